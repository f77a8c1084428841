//! Workspace test support: finds the C corpus (`tests/corpus/`) and describes each program —
//! its source, the clang-19 `.ll` files per target and optimisation level, its arguments and
//! the output and exit code of the natively built program (the oracle).
//!
//! The integration tests that run the corpus live beside the crates that they exercise
//! (`crates/jit-cli/tests/`, `crates/jit-core/tests/`) and use this crate to find it.

use std::path::{Path, PathBuf};

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
    /// Whether the source says `corpus: native-only`: it runs threads, which the reference
    /// interpreter does not (it executes on one thread), so interpreter tests skip it.
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
