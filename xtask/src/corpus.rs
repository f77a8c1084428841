//! `cargo xtask corpus [--check]`: the C corpus under `tests/corpus/`.
//!
//! Layout (everything but `src/` is generated and checked in):
//! - `src/NAME.c`, optionally `src/NAME.args` (one command-line argument per line);
//! - `x86_64/NAME.O0.ll`, `x86_64/NAME.O2.ll`, `aarch64/NAME.O0.ll`, `aarch64/NAME.O2.ll`:
//!   `clang-19 -S -emit-llvm --target=<arch>-linux-gnu -O<n>` (plain `-O2`: the loop and SLP
//!   vectorizers are on, as in real builds, so the -O2 files are full of vector code);
//! - `expected/NAME.stdout` and `expected/NAME.exit`: what the program prints and its exit
//!   code (decimal, newline-terminated), from the x86-64 -O0 build run natively.
//!
//! The oracle is cross-checked: each generated `.ll` file is compiled to an executable at
//! its own optimization level and run with the program's arguments, natively for x86-64
//! and under `qemu-aarch64-static` for AArch64. All four runs must agree exactly (stdout
//! and exit code); otherwise the program depends on undefined or target-specific
//! behaviour and must be fixed.
//!
//! Generation always happens in a temporary directory. Without `--check` the results then
//! replace the checked-in files (stale generated files are removed); with `--check` they
//! are compared with the checked-in files, where `.ll` files may differ only in lines
//! containing `clang version` (the compiler's identification string).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use anyhow::{Context as _, Result, bail, ensure};

use crate::process::{self, Captured};
use crate::setup::{self, Requirement};

/// Arguments of `cargo xtask corpus`.
#[derive(Debug, clap::Args)]
pub struct CorpusArgs {
    /// Regenerate into a temporary directory and fail if anything differs from the
    /// checked-in files, instead of updating them.
    #[arg(long)]
    check: bool,
    /// Only these programs (names without `.c`); with `--check`, only their files are compared.
    #[arg(value_name = "NAME")]
    only: Vec<String>,
}

const CLANG: &str = "clang-19";
const QEMU_AARCH64: &str = "qemu-aarch64-static";
const AARCH64_SYSROOT: &str = "/usr/aarch64-linux-gnu";
/// The generated directories, each fully owned by this task.
const GENERATED_DIRS: [&str; 3] = ["x86_64", "aarch64", "expected"];
/// How long one corpus program may run before it is considered hung.
const RUN_LIMIT: Duration = Duration::from_secs(60);

const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        probe: CLANG,
        package: "clang-19",
    },
    Requirement {
        probe: "aarch64-linux-gnu-gcc",
        package: "gcc-aarch64-linux-gnu",
    },
    Requirement {
        probe: "/usr/aarch64-linux-gnu/include/stdio.h",
        package: "libc6-dev-arm64-cross",
    },
    Requirement {
        probe: QEMU_AARCH64,
        package: "qemu-user-static",
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    const ALL: [Arch; 2] = [Arch::X86_64, Arch::Aarch64];

    fn dir(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
        }
    }

    fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-linux-gnu",
            Arch::Aarch64 => "aarch64-linux-gnu",
        }
    }
}

const OPT_LEVELS: [&str; 2] = ["O0", "O2"];

/// One corpus program.
#[derive(Debug, Clone)]
struct Program {
    name: String,
    args: Vec<String>,
}

/// Entry point of `cargo xtask corpus`.
pub fn run(root: &Path, args: &CorpusArgs) -> Result<()> {
    ensure!(
        cfg!(all(target_os = "linux", target_arch = "x86_64")),
        "corpus generation needs an x86-64 Linux host: the expected outputs come from native x86-64 runs"
    );
    setup::ensure_packages("`cargo xtask corpus`", REQUIREMENTS)?;
    check_clang_version()?;

    let corpus = root.join("tests").join("corpus");
    let src = corpus.join("src");
    let mut programs = discover(&src)?;
    if !args.only.is_empty() {
        for name in &args.only {
            ensure!(
                programs.iter().any(|p| &p.name == name),
                "no corpus program named `{name}` (looked for {}/{name}.c)",
                src.display()
            );
        }
        programs.retain(|p| args.only.contains(&p.name));
    }

    let tmp = TempDir::new("corpus")?;
    for dir in GENERATED_DIRS.iter().chain(["build"].iter()) {
        fs::create_dir_all(tmp.path.join(dir))
            .with_context(|| format!("creating {}", tmp.path.join(dir).display()))?;
    }
    generate_all(&src, &tmp.path, &programs)?;

    let names: BTreeSet<String> = programs.iter().map(|p| p.name.clone()).collect();
    // With an explicit program list only those programs' files are in scope.
    let scope = |file: &str| args.only.is_empty() || names.contains(program_of(file));
    if args.check {
        compare(&corpus, &tmp.path, &scope)?;
        println!(
            "corpus: {} programs checked, generated files are up to date",
            programs.len()
        );
    } else {
        let changed = install(&corpus, &tmp.path, &scope)?;
        println!(
            "corpus: {} programs generated ({changed} files written or removed)",
            programs.len()
        );
    }
    Ok(())
}

fn check_clang_version() -> Result<()> {
    let version = process::stdout_of(Command::new(CLANG).arg("--version"))?;
    let first = version.lines().next().unwrap_or_default();
    ensure!(
        first.contains("clang version 19."),
        "`{CLANG} --version` reports `{first}`, expected clang 19"
    );
    Ok(())
}

/// Finds `src/*.c` (sorted) and reads each program's `.args` file when present.
fn discover(src: &Path) -> Result<Vec<Program>> {
    let mut programs = Vec::new();
    let entries = fs::read_dir(src).with_context(|| format!("reading {}", src.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("reading {}", src.display()))?
            .path();
        if path.extension().is_none_or(|e| e != "c") {
            continue;
        }
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            bail!("{} has a name that is not UTF-8", path.display());
        };
        ensure!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "corpus program {} must be named with letters, digits and underscores",
            path.display()
        );
        let args_path = src.join(format!("{name}.args"));
        let args = if args_path.exists() {
            let text = fs::read_to_string(&args_path)
                .with_context(|| format!("reading {}", args_path.display()))?;
            text.lines().map(str::to_owned).collect()
        } else {
            Vec::new()
        };
        programs.push(Program {
            name: name.to_owned(),
            args,
        });
    }
    ensure!(
        !programs.is_empty(),
        "no C programs found in {}",
        src.display()
    );
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

/// Generates every program's files into `out`, in parallel; reports all failures.
fn generate_all(src: &Path, out: &Path, programs: &[Program]) -> Result<()> {
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(programs.len());
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::<(String, anyhow::Error)>::new());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(i) else {
                        break;
                    };
                    match generate(src, out, program) {
                        Ok(()) => println!("corpus: {} ok", program.name),
                        Err(err) => {
                            println!("corpus: {} FAILED", program.name);
                            if let Ok(mut f) = failures.lock() {
                                f.push((program.name.clone(), err));
                            }
                        }
                    }
                }
            });
        }
    });
    let mut failures = failures
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if failures.is_empty() {
        return Ok(());
    }
    failures.sort_by(|a, b| a.0.cmp(&b.0));
    let mut msg = format!("{} corpus program(s) failed:", failures.len());
    for (name, err) in &failures {
        msg.push_str(&format!("\n\n[{name}] {err:#}"));
    }
    bail!(msg)
}

/// One configuration's run of a program.
struct Run {
    label: String,
    out: Captured,
}

/// Generates the four `.ll` files of one program, builds and runs each, cross-checks the
/// runs and writes the expected files.
fn generate(src: &Path, out: &Path, program: &Program) -> Result<()> {
    let name = &program.name;
    let mut runs = Vec::new();
    for arch in Arch::ALL {
        for opt in OPT_LEVELS {
            let ll = out.join(arch.dir()).join(format!("{name}.{opt}.ll"));
            // Run in src/ with a relative input so the ModuleID and source_filename
            // lines do not depend on where the repository is.
            let mut emit = Command::new(CLANG);
            emit.current_dir(src)
                .args(["-S", "-emit-llvm"])
                .arg(format!("--target={}", arch.triple()))
                .arg(format!("-{opt}"))
                .arg(format!("{name}.c"))
                .arg("-o")
                .arg(&ll);
            compile(&mut emit).with_context(|| format!("emitting IR for {}", arch.dir()))?;

            // Build the executable from the very IR that gets checked in.
            let exe = out
                .join("build")
                .join(format!("{name}.{}.{opt}", arch.dir()));
            let mut build = Command::new(CLANG);
            build
                .arg(format!("--target={}", arch.triple()))
                .arg(format!("-{opt}"))
                .arg(&ll)
                .arg("-o")
                .arg(&exe)
                .arg("-lm");
            compile(&mut build)
                .with_context(|| format!("building the {} executable", arch.dir()))?;

            let mut cmd = match arch {
                Arch::X86_64 => Command::new(&exe),
                Arch::Aarch64 => {
                    let mut c = Command::new(QEMU_AARCH64);
                    c.arg("-L").arg(AARCH64_SYSROOT).arg(&exe);
                    c
                }
            };
            cmd.args(&program.args).current_dir(out).env("LC_ALL", "C");
            let label = format!("{} -{opt}", arch.dir());
            let captured = process::capture(&mut cmd, RUN_LIMIT)
                .with_context(|| format!("running the {label} build"))?;
            ensure!(
                captured.status.code().is_some(),
                "the {label} build ended with {} (stderr: {})",
                process::describe(captured.status),
                String::from_utf8_lossy(&captured.stderr).trim_end()
            );
            runs.push(Run {
                label,
                out: captured,
            });
        }
    }

    let reference = &runs[0];
    for other in &runs[1..] {
        if other.out.stdout != reference.out.stdout || other.out.status != reference.out.status {
            bail!(
                "output differs between {} and {}: the program relies on undefined or \
                 target-specific behaviour\n{}",
                reference.label,
                other.label,
                explain_difference(reference, other)
            );
        }
    }
    let code = reference.out.status.code().unwrap_or_default();
    let expected = out.join("expected");
    write(
        &expected.join(format!("{name}.stdout")),
        &reference.out.stdout,
    )?;
    write(
        &expected.join(format!("{name}.exit")),
        format!("{code}\n").as_bytes(),
    )?;
    Ok(())
}

/// Runs a compiler command, failing with its diagnostics.
fn compile(cmd: &mut Command) -> Result<()> {
    let shown = process::display(cmd);
    let out = process::capture(cmd, Duration::from_secs(300))?;
    if !out.status.success() {
        bail!(
            "`{shown}` failed with {}:\n{}",
            process::describe(out.status),
            String::from_utf8_lossy(&out.stderr).trim_end()
        );
    }
    Ok(())
}

fn explain_difference(a: &Run, b: &Run) -> String {
    let mut msg = String::new();
    if a.out.status != b.out.status {
        msg.push_str(&format!(
            "  {}: {}, {}: {}\n",
            a.label,
            process::describe(a.out.status),
            b.label,
            process::describe(b.out.status)
        ));
    }
    let left = String::from_utf8_lossy(&a.out.stdout);
    let right = String::from_utf8_lossy(&b.out.stdout);
    let mut l = left.lines();
    let mut r = right.lines();
    let mut line = 1;
    loop {
        match (l.next(), r.next()) {
            (None, None) => break,
            (x, y) if x == y => line += 1,
            (x, y) => {
                msg.push_str(&format!(
                    "  first difference at stdout line {line}:\n    {}: {}\n    {}: {}\n",
                    a.label,
                    x.unwrap_or("<end of output>"),
                    b.label,
                    y.unwrap_or("<end of output>")
                ));
                break;
            }
        }
    }
    if msg.is_empty() {
        msg.push_str("  (the outputs differ only in line endings or trailing bytes)\n");
    }
    msg
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

/// The program a generated file belongs to: the file name up to its first dot.
fn program_of(file: &str) -> &str {
    file.split('.').next().unwrap_or(file)
}

/// Relative paths (like `x86_64/NAME.O0.ll`) of the files in the generated directories.
fn generated_files(base: &Path, scope: &dyn Fn(&str) -> bool) -> Result<BTreeSet<String>> {
    let mut files = BTreeSet::new();
    for dir in GENERATED_DIRS {
        let path = base.join(dir);
        if !path.exists() {
            continue;
        }
        for entry in fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))? {
            let entry = entry.with_context(|| format!("reading {}", path.display()))?;
            let file_name = entry.file_name();
            let Some(file) = file_name.to_str() else {
                bail!("{} contains a file whose name is not UTF-8", path.display());
            };
            if entry.file_type().is_ok_and(|t| t.is_file()) && scope(file) {
                files.insert(format!("{dir}/{file}"));
            }
        }
    }
    Ok(files)
}

/// Compares freshly generated files with the checked-in ones.
fn compare(corpus: &Path, fresh: &Path, scope: &dyn Fn(&str) -> bool) -> Result<()> {
    let new = generated_files(fresh, scope)?;
    let old = generated_files(corpus, scope)?;
    let mut problems = Vec::new();
    for file in new.union(&old) {
        match (new.contains(file), old.contains(file)) {
            (true, false) => {
                problems.push(format!("missing (not checked in): tests/corpus/{file}"))
            }
            (false, true) => {
                problems.push(format!("stale (no source program): tests/corpus/{file}"))
            }
            _ => {
                let a = fs::read(fresh.join(file))
                    .with_context(|| format!("reading generated {file}"))?;
                let b = fs::read(corpus.join(file))
                    .with_context(|| format!("reading tests/corpus/{file}"))?;
                if !same_content(file, &a, &b) {
                    problems.push(format!("out of date: tests/corpus/{file}"));
                }
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    bail!(
        "the checked-in corpus does not match what `cargo xtask corpus` generates:\n  {}\n\
         run `cargo xtask corpus` and commit the result",
        problems.join("\n  ")
    )
}

/// Byte equality, except that `.ll` files ignore lines naming the clang version.
fn same_content(file: &str, a: &[u8], b: &[u8]) -> bool {
    if !file.ends_with(".ll") {
        return a == b;
    }
    let strip = |bytes: &[u8]| -> Vec<Vec<u8>> {
        bytes
            .split(|&c| c == b'\n')
            .filter(|line| !line.windows(13).any(|w| w == b"clang version"))
            .map(<[u8]>::to_vec)
            .collect()
    };
    strip(a) == strip(b)
}

/// Copies generated files into the corpus and removes stale ones; returns how many files
/// were written or removed (unchanged files are left alone).
fn install(corpus: &Path, fresh: &Path, scope: &dyn Fn(&str) -> bool) -> Result<usize> {
    let new = generated_files(fresh, scope)?;
    let old = generated_files(corpus, scope)?;
    let mut changed = 0;
    for dir in GENERATED_DIRS {
        fs::create_dir_all(corpus.join(dir))
            .with_context(|| format!("creating {}", corpus.join(dir).display()))?;
    }
    for file in old.difference(&new) {
        let path = corpus.join(file);
        fs::remove_file(&path).with_context(|| format!("removing stale {}", path.display()))?;
        changed += 1;
    }
    for file in &new {
        let bytes =
            fs::read(fresh.join(file)).with_context(|| format!("reading generated {file}"))?;
        let dest = corpus.join(file);
        if fs::read(&dest).ok().as_deref() != Some(bytes.as_slice()) {
            write(&dest, &bytes)?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// A temporary directory removed when dropped.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(tag: &str) -> Result<Self> {
        let path = std::env::temp_dir().join(format!("jit-xtask-{tag}-{}", std::process::id()));
        if path.exists() {
            fs::remove_dir_all(&path).with_context(|| format!("clearing {}", path.display()))?;
        }
        fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(TempDir { path })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Best effort: a leftover directory in the temp dir is harmless.
        let _ = fs::remove_dir_all(&self.path);
    }
}
