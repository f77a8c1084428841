//! Workspace test support: finds the C corpus (`tests/corpus/`; the C++ one in
//! `tests/corpus/cpp/` through [`cpp`]) and describes each program —
//! its source, the clang-19 `.ll` files per target and optimisation level, its arguments and
//! the output and exit code of the natively built program (the oracle).
//!
//! The integration tests that run the corpus live beside the crates that they exercise
//! (`crates/jit-cli/tests/`, `crates/jit-core/tests/`, ...) and use this crate to find it,
//! to run it ([`check_corpus`] compares every run with the native program) and to run one
//! program in a child process of the test binary ([`child`]).

use std::path::{Path, PathBuf};

pub mod child;
pub mod cpp;
pub mod cxx;

/// Root of the corpus: `tests/corpus` in the workspace.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// One C program of the corpus.
#[derive(Clone, Debug)]
pub struct Program {
    /// File stem, e.g. `struct_byval`.
    pub name: String,
    /// Command-line arguments (after the program name).
    pub args: Vec<String>,
    /// What the native program prints on stdout.
    pub expected_stdout: Vec<u8>,
    /// The native program's exit code.
    pub expected_exit: i32,
}

impl Program {
    /// The `.ll` file for `arch` (`x86_64` or `aarch64`) at `opt` (`O0` or `O2`).
    pub fn ll_path(&self, arch: &str, opt: &str) -> PathBuf {
        corpus_dir()
            .join(arch)
            .join(format!("{}.{opt}.ll", self.name))
    }
    /// The C source.
    pub fn source_path(&self) -> PathBuf {
        corpus_dir().join("src").join(format!("{}.c", self.name))
    }
    /// Whether the source says `corpus: clang-only` (it uses clang extensions such as
    /// `_BitInt` that the system gcc lacks); tests that compile the C with another compiler
    /// skip it.
    pub fn clang_only(&self) -> bool {
        self.source_says("corpus: clang-only")
    }
    /// Whether interpreter tests skip the program: its source says `corpus: native-only`
    /// (no program does at present). Threaded programs run on the interpreter everywhere,
    /// under QEMU too.
    pub fn native_only(&self) -> bool {
        self.source_says("corpus: native-only")
    }
    /// Whether the program declares thread-local variables: their ELF sections (`.tdata`,
    /// `.tbss`) and TLS relocations in objects from other compilers are not loaded yet, so
    /// the object-file tests skip it (the `.ll` paths support them).
    pub fn uses_thread_locals(&self) -> bool {
        self.source_says("_Thread_local") || self.source_says("__thread")
    }
    fn source_says(&self, marker: &str) -> bool {
        std::fs::read_to_string(self.source_path()).is_ok_and(|src| src.contains(marker))
    }
}

/// Whether the tests run under an emulator (`JIT_TEST_RUNNER`, QEMU in test-arm).
pub fn under_emulator() -> bool {
    std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty())
}

/// Every program of the corpus, sorted by name. Panics (it is test support) when a program
/// lacks its expected-output files, so an incomplete corpus fails loudly.
pub fn programs() -> Vec<Program> {
    let src = corpus_dir().join("src");
    let mut names: Vec<String> = std::fs::read_dir(&src)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()))
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "c").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let expected = corpus_dir().join("expected");
            let read = |ext: &str| {
                let p = expected.join(format!("{name}.{ext}"));
                std::fs::read(&p)
                    .unwrap_or_else(|e| panic!("{}: {e} (run `cargo xtask corpus`)", p.display()))
            };
            let expected_stdout = read("stdout");
            let exit_text = String::from_utf8_lossy(&read("exit")).trim().to_string();
            let expected_exit = exit_text
                .parse()
                .unwrap_or_else(|_| panic!("{name}.exit holds `{exit_text}`, not an exit code"));
            let args = std::fs::read_to_string(src.join(format!("{name}.args")))
                .map(|s| s.lines().map(str::to_owned).collect())
                .unwrap_or_default();
            Program {
                name,
                args,
                expected_stdout,
                expected_exit,
            }
        })
        .collect()
}

/// Every `.ll` file of the corpus (all targets, all levels), sorted.
pub fn all_ll_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for arch in ["x86_64", "aarch64"] {
        if let Ok(dir) = std::fs::read_dir(corpus_dir().join(arch)) {
            out.extend(
                dir.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ll")),
            );
        }
    }
    out.sort();
    out
}

/// A command that runs `exe`, through the runner named by `JIT_TEST_RUNNER` when set (e.g.
/// `qemu-aarch64-static -L /usr/aarch64-linux-gnu` when the tests themselves run under QEMU,
/// where a cross-built child could not otherwise be executed).
pub fn command(exe: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
    match std::env::var("JIT_TEST_RUNNER") {
        Ok(runner) if !runner.trim().is_empty() => {
            let mut parts = runner.split_whitespace();
            let mut cmd = std::process::Command::new(parts.next().unwrap_or_default());
            cmd.args(parts).arg(exe);
            cmd
        }
        _ => std::process::Command::new(exe),
    }
}

/// The command that starts this build's `jit-executor` (in the target directory the test
/// binary runs from; `cargo test --workspace` and `cargo xtask test` build it), through
/// `JIT_TEST_RUNNER` when set: what `jit run --executor` and `Executor::launch` take.
/// Panics, naming the fix, when it was not built.
pub fn executor_command() -> Vec<String> {
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/<triple?>/<profile>/deps/test-binary → target/<triple?>/<profile>/jit-executor
    let path = exe
        .parent()
        .and_then(|deps| deps.parent())
        .map(|dir| dir.join("jit-executor"))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "jit-executor is not built beside {}: run `cargo build -p jit-executor` (with the same --target), or `cargo test --workspace`",
                exe.display()
            )
        });
    let mut cmd: Vec<String> = std::env::var("JIT_TEST_RUNNER")
        .map(|r| r.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    cmd.push(path.display().to_string());
    cmd
}

/// What one run of a program did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Exit code; 128 + the signal number when a signal ended the process (134 for
    /// SIGABRT), -1 when neither is known.
    pub exit: i32,
    /// Everything it printed on stdout.
    pub stdout: Vec<u8>,
    /// Everything it printed on stderr.
    pub stderr: String,
}

impl From<std::process::Output> for Outcome {
    fn from(out: std::process::Output) -> Self {
        use std::os::unix::process::ExitStatusExt as _;
        Outcome {
            // As a shell reports it (and as the corpus records it): 128 + the signal.
            exit: out
                .status
                .code()
                .or_else(|| out.status.signal().map(|s| 128 + s))
                .unwrap_or(-1),
            stdout: out.stdout,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Program {
    /// `None` when `got` is what the native program did; otherwise how it differs, with
    /// what the run printed to help find out why.
    pub fn mismatch(&self, got: &Outcome) -> Option<String> {
        if got.stdout == self.expected_stdout && got.exit == self.expected_exit {
            return None;
        }
        let mut text = format!(
            "exit {} (want {}), stdout {} (want {} bytes)",
            got.exit,
            self.expected_exit,
            if got.stdout == self.expected_stdout {
                "same"
            } else {
                "differs"
            },
            self.expected_stdout.len()
        );
        if !got.stderr.trim().is_empty() {
            text.push_str("\n--- stderr:\n");
            text.extend(got.stderr.trim_end().chars().take(4000));
        }
        if got.stdout != self.expected_stdout && !got.stdout.is_empty() {
            text.push_str("\n--- stdout:\n");
            text.extend(String::from_utf8_lossy(&got.stdout).chars().take(2000));
        }
        Some(text)
    }
}

/// Runs each of `programs` at each optimisation level of `opts` (`O0`, `O2`; any label a
/// caller's `run` understands) through `run`, and panics listing every run that failed or
/// did not do what the native program did. `run` returns `Ok(None)` for a combination that
/// does not apply (it is not counted). Returns how many runs were compared.
pub fn check_corpus(
    what: &str,
    programs: &[Program],
    opts: &[&str],
    mut run: impl FnMut(&Program, &str) -> Result<Option<Outcome>, String>,
) -> usize {
    let mut failures = Vec::new();
    let mut ran = 0;
    for p in programs {
        for opt in opts {
            let problem = match run(p, opt) {
                Ok(None) => continue,
                Ok(Some(got)) => p.mismatch(&got),
                Err(e) => Some(e),
            };
            ran += 1;
            if let Some(problem) = problem {
                failures.push(format!("{}.{opt}: {problem}", p.name));
            }
        }
    }
    eprintln!("{what}: {ran} runs, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "{what}: {} of {ran} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    ran
}
