//! `cargo xtask corpus [--check] [--lang c|cpp]`: the C corpus under `tests/corpus/` and
//! the C++ corpus under `tests/corpus/cpp/`.
//!
//! Layout of each (everything but `src/` is generated and checked in):
//! - `src/NAME.c` (C) or `src/NAME.cpp` (C++), optionally `src/NAME.args` (one command-line
//!   argument per line);
//! - `x86_64/NAME.O0.ll`, `x86_64/NAME.O2.ll`, `aarch64/NAME.O0.ll`, `aarch64/NAME.O2.ll`:
//!   `clang-19` (C) or `clang++-19` (C++, exceptions on: the product's target) with
//!   `-S -emit-llvm --target=<arch>-linux-gnu -O<n>` (plain `-O2`: the loop and SLP
//!   vectorizers are on, as in real builds, so the -O2 files are full of vector code);
//! - `expected/NAME.stdout` and `expected/NAME.exit`: what the program prints and its exit
//!   status (decimal, newline-terminated), from the x86-64 -O0 build run natively. A C++
//!   program may end by a signal (std::terminate aborts): its status is then 128 + the
//!   signal number, as a shell reports it (134 for SIGABRT); a C program may not.
//!
//! A C++ source whose `// corpus:` line says `also -fno-exceptions` is a second program,
//! `NAME_noexc`, compiled from the same source with `-fno-exceptions` (such sources test
//! the parts of C++ that do not need exception handling; `#if __cpp_exceptions` keeps the
//! rest out of that variant).
//!
//! The oracle is cross-checked: each generated `.ll` file is compiled to an executable at
//! its own optimization level and run with the program's arguments, natively for x86-64
//! and under `qemu-aarch64-static` for AArch64 (C++ linked against Debian's cross
//! libstdc++). All four runs must agree exactly (stdout and exit status); otherwise the
//! program depends on undefined or target-specific behaviour and must be fixed.
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
    /// Only this corpus: `c` (tests/corpus) or `cpp` (tests/corpus/cpp); both by default.
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// Only these programs (names without `.c`/`.cpp`; `NAME_noexc` for a C++ variant);
    /// with `--check`, only their files are compared.
    #[arg(value_name = "NAME")]
    only: Vec<String>,
}

/// The language of a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// C, compiled by clang-19: `tests/corpus`.
    C,
    /// C++, compiled by clang++-19: `tests/corpus/cpp`.
    Cpp,
}

impl Lang {
    const ALL: [Lang; 2] = [Lang::C, Lang::Cpp];

    /// The corpus directory under `tests/`.
    fn dir(self) -> &'static str {
        match self {
            Lang::C => "corpus",
            Lang::Cpp => "corpus/cpp",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Lang::C => "c",
            Lang::Cpp => "cpp",
        }
    }

    fn compiler(self) -> &'static str {
        match self {
            Lang::C => CLANG,
            Lang::Cpp => CLANGXX,
        }
    }

    /// Libraries the native executables link with (libstdc++ comes with the C++ driver).
    fn link_flags(self) -> &'static [&'static str] {
        match self {
            Lang::C => &["-lm"],
            Lang::Cpp => &["-lm", "-pthread"],
        }
    }

    /// Whether a program may end by a signal (C++: std::terminate aborts).
    fn signals_allowed(self) -> bool {
        self == Lang::Cpp
    }
}

const CLANG: &str = "clang-19";
const CLANGXX: &str = "clang++-19";
/// The marker (on a `// corpus:` line of a C++ source) asking for a `-fno-exceptions`
/// variant.
const NO_EXCEPTIONS_MARKER: &str = "also -fno-exceptions";
/// The name suffix of that variant.
const NO_EXCEPTIONS_SUFFIX: &str = "_noexc";
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
    Requirement {
        probe: "/usr/include/c++/12/iostream",
        package: "libstdc++-12-dev",
    },
    Requirement {
        probe: AARCH64_LIBSTDCXX_HEADER,
        package: "libstdc++-12-dev-arm64-cross",
    },
];

/// A file of Debian's cross libstdc++ for AArch64 (headers, and the library the C++
/// programs run with under QEMU).
pub const AARCH64_LIBSTDCXX_HEADER: &str = "/usr/aarch64-linux-gnu/include/c++/12/iostream";

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
    /// The source file's stem (the name, but for a `-fno-exceptions` variant).
    source: String,
    args: Vec<String>,
    /// Compiler flags besides the target and the level.
    flags: Vec<&'static str>,
}

/// Entry point of `cargo xtask corpus`.
pub fn run(root: &Path, args: &CorpusArgs) -> Result<()> {
    ensure!(
        cfg!(all(target_os = "linux", target_arch = "x86_64")),
        "corpus generation needs an x86-64 Linux host: the expected outputs come from native x86-64 runs"
    );
    setup::ensure_packages("`cargo xtask corpus`", REQUIREMENTS)?;
    check_clang_version()?;
    let langs: Vec<Lang> = match args.lang {
        Some(l) => vec![l],
        None => Lang::ALL.to_vec(),
    };
    let mut all = Vec::new();
    for &lang in &langs {
        let src = root.join("tests").join(lang.dir()).join("src");
        all.push((lang, discover(&src, lang)?));
    }
    for name in &args.only {
        ensure!(
            all.iter().any(|(_, ps)| ps.iter().any(|p| &p.name == name)),
            "no corpus program named `{name}` (looked for {name}.c and {name}.cpp in tests/corpus)"
        );
    }
    for (lang, mut programs) in all {
        if !args.only.is_empty() {
            programs.retain(|p| args.only.contains(&p.name));
            if programs.is_empty() {
                continue;
            }
        }
        run_one(root, lang, &programs, args)?;
    }
    Ok(())
}

/// Generates (or checks) one corpus.
fn run_one(root: &Path, lang: Lang, programs: &[Program], args: &CorpusArgs) -> Result<()> {
    let corpus = root.join("tests").join(lang.dir());
    let src = corpus.join("src");
    let tmp = TempDir::new(&format!("corpus-{}", lang.extension()))?;
    for dir in GENERATED_DIRS.iter().chain(["build"].iter()) {
        fs::create_dir_all(tmp.path.join(dir))
            .with_context(|| format!("creating {}", tmp.path.join(dir).display()))?;
    }
    generate_all(&src, &tmp.path, programs, lang)?;

    let names: BTreeSet<String> = programs.iter().map(|p| p.name.clone()).collect();
    // With an explicit program list only those programs' files are in scope.
    let scope = |file: &str| args.only.is_empty() || names.contains(program_of(file));
    let what = format!("{} corpus", lang.extension());
    if args.check {
        compare(&corpus, &tmp.path, &scope)?;
        println!(
            "{what}: {} programs checked, generated files are up to date",
            programs.len()
        );
    } else {
        let changed = install(&corpus, &tmp.path, &scope)?;
        println!(
            "{what}: {} programs generated ({changed} files written or removed)",
            programs.len()
        );
    }
    Ok(())
}

fn check_clang_version() -> Result<()> {
    for compiler in [CLANG, CLANGXX] {
        let version = process::stdout_of(Command::new(compiler).arg("--version"))?;
        let first = version.lines().next().unwrap_or_default();
        ensure!(
            first.contains("clang version 19."),
            "`{compiler} --version` reports `{first}`, expected clang 19"
        );
    }
    Ok(())
}

/// Finds `src/*.c` or `src/*.cpp` (sorted), reads each program's `.args` file when
/// present, and adds the `-fno-exceptions` variants C++ sources ask for.
fn discover(src: &Path, lang: Lang) -> Result<Vec<Program>> {
    let mut programs = Vec::new();
    let entries = fs::read_dir(src).with_context(|| format!("reading {}", src.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("reading {}", src.display()))?
            .path();
        if path.extension().is_none_or(|e| e != lang.extension()) {
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
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let variant = lang == Lang::Cpp
            && text
                .lines()
                .any(|l| l.starts_with("// corpus:") && l.contains(NO_EXCEPTIONS_MARKER));
        if variant {
            programs.push(Program {
                name: format!("{name}{NO_EXCEPTIONS_SUFFIX}"),
                source: name.to_owned(),
                args: args.clone(),
                flags: vec!["-fno-exceptions"],
            });
        }
        programs.push(Program {
            name: name.to_owned(),
            source: name.to_owned(),
            args,
            flags: Vec::new(),
        });
    }
    ensure!(
        !programs.is_empty(),
        "no {} programs found in {}",
        lang.extension(),
        src.display()
    );
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if let Some(w) = programs.windows(2).find(|w| w[0].name == w[1].name) {
        bail!(
            "two corpus programs are named `{}` (a source and another's -fno-exceptions variant)",
            w[0].name
        );
    }
    Ok(programs)
}

/// Generates every program's files into `out`, in parallel; reports all failures.
fn generate_all(src: &Path, out: &Path, programs: &[Program], lang: Lang) -> Result<()> {
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
                    match generate(src, out, program, lang) {
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
fn generate(src: &Path, out: &Path, program: &Program, lang: Lang) -> Result<()> {
    let name = &program.name;
    let mut runs = Vec::new();
    for arch in Arch::ALL {
        for opt in OPT_LEVELS {
            let ll = out.join(arch.dir()).join(format!("{name}.{opt}.ll"));
            // Run in src/ with a relative input so the ModuleID and source_filename
            // lines do not depend on where the repository is.
            let mut emit = Command::new(lang.compiler());
            emit.current_dir(src)
                .args(["-S", "-emit-llvm"])
                .arg(format!("--target={}", arch.triple()))
                .arg(format!("-{opt}"))
                .args(&program.flags)
                .arg(format!("{}.{}", program.source, lang.extension()))
                .arg("-o")
                .arg(&ll);
            compile(&mut emit).with_context(|| format!("emitting IR for {}", arch.dir()))?;

            // Build the executable from the very IR that gets checked in.
            let exe = out
                .join("build")
                .join(format!("{name}.{}.{opt}", arch.dir()));
            let mut build = Command::new(lang.compiler());
            build
                .arg(format!("--target={}", arch.triple()))
                .arg(format!("-{opt}"))
                .arg(&ll)
                .arg("-o")
                .arg(&exe)
                .args(lang.link_flags());
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
                exit_status(captured.status, lang).is_some(),
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
        if other.out.stdout != reference.out.stdout
            || exit_status(other.out.status, lang) != exit_status(reference.out.status, lang)
        {
            bail!(
                "output differs between {} and {}: the program relies on undefined or \
                 target-specific behaviour\n{}",
                reference.label,
                other.label,
                explain_difference(reference, other)
            );
        }
    }
    let code = exit_status(reference.out.status, lang).unwrap_or_default();
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

/// The exit status recorded for a run: the exit code, or for a C++ program ended by a
/// signal 128 + the signal number (as a shell reports it). `None` when the run may not end
/// that way.
fn exit_status(status: std::process::ExitStatus, lang: Lang) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt as _;
    match (status.code(), status.signal()) {
        (Some(code), _) => Some(code),
        (None, Some(sig)) if lang.signals_allowed() => Some(128 + sig),
        _ => None,
    }
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
            (true, false) => problems.push(format!(
                "missing (not checked in): {}",
                corpus.join(file).display()
            )),
            (false, true) => problems.push(format!(
                "stale (no source program): {}",
                corpus.join(file).display()
            )),
            _ => {
                let a = fs::read(fresh.join(file))
                    .with_context(|| format!("reading generated {file}"))?;
                let b = fs::read(corpus.join(file))
                    .with_context(|| format!("reading {}", corpus.join(file).display()))?;
                if !same_content(file, &a, &b) {
                    problems.push(format!("out of date: {}", corpus.join(file).display()));
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
