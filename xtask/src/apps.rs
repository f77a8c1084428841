//! `cargo xtask apps`: whole applications nobody here wrote, run through `jit run` and
//! compared with the natively built program.
//!
//! The applications come from crates.io (the only network this project may use), pinned:
//! Lua 5.4 from `lua-src`, the SQLite amalgamation (270,000 lines of C) from
//! `libsqlite3-sys`, the compressors zlib (`libz-sys`), bzip2 (`bzip2-sys`), LZ4
//! (`lz4-sys`) and Zstandard (`zstd-sys`, 60,000 lines with its dictionary builder), and in
//! C++ the Jsonnet interpreter with its test suite (`jsonnet-sys`). Each is compiled by
//! clang-19 (clang++-19 for C++) to one `.ll` per source file, linked by `llvm-link-19` into
//! a single module (SQLite's is about 15 MB at -O0, Jsonnet's too), and built natively from
//! that same IR as the oracle. The drivers and scripts in `tests/apps/` are ours: a
//! minimal `lua` front end running `tests/apps/lua/*.lua`, an SQLite program using the
//! C API (DDL, prepared inserts, joins, window functions, JSON, printf, date functions,
//! error paths), and for each compressor a program that compresses generated data at
//! several levels and with the streaming APIs, decompresses it, and prints sizes and
//! checksums. Lua exercises setjmp/longjmp error handling and, with clang, computed
//! `goto` dispatch (`indirectbr`); SQLite exercises atomics, function pointers and a very
//! large module; the compressors exercise bit manipulation, unaligned loads, 64-bit
//! multiplies and tight loops over byte buffers.
//!
//! Jsonnet 0.17.0 (nine C++11 files of the core, MD5, and nlohmann's `json.hpp`) is run by
//! `tests/apps/jsonnet/driver.cpp`, which applies the rules of Jsonnet's own `run_tests.sh`
//! and `run_fmt_tests.sh` to the upstream `test_suite/` in one process: 146 evaluations
//! checked against their `.golden` files (89 of them are `error.*` tests, whose static and
//! runtime errors are C++ exceptions thrown in the parser or the VM and caught in
//! `libjsonnet.cpp`) and 158 formatter runs. It exercises the Itanium exception ABI
//! (`invoke`, `landingpad`, `resume`, typeinfo matching, the unwinder walking JIT frames),
//! the STL (maps, sets, lists, UTF-32 strings, string streams, `std::cerr` redirected to
//! capture `std.trace`) and static constructors. The whole suite runs on x86-64 at -O2
//! (4 s natively); elsewhere every 8th test of each list, since each evaluation parses the
//! 1,400-line standard library again. The interpreter runs C++ but stops a program at its
//! first throw (`docs/exceptions.md`), so Jsonnet runs on the native engine only (the skip
//! is printed). `jit run` finds libstdc++ by itself; nothing here preloads it.
//!
//! Every combination of application × architecture (x86-64 natively, AArch64 under QEMU) ×
//! `-O0`/`-O2` × engine (native code, interpreter) × engine OptLevel (`--level`, `jit run
//! -O<level>`: 1 to 3 run the IR optimizer first; `--tiering` adds the native engine tiered
//! as `jit run` is by default, and with every function tiered up at its first call) selected
//! by the flags runs; the task fails if any output or exit status differs from the native
//! program's.
//!
//! `--from` picks what `jit run` is given: `ll` (the linked `.ll`, the default), `bc`
//! (each file compiled with `clang -c -emit-llvm`, linked by `llvm-link-19` into bitcode)
//! or `jit-link` (the same bitcode files linked by `jit link`, our own module linker; the
//! native oracle is still built from `llvm-link-19`'s output).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail, ensure};

use crate::arm;
use crate::level::Level;
use crate::process;
use crate::setup::{self, Requirement};

/// Arguments of `cargo xtask apps`.
#[derive(Debug, Clone, clap::Args)]
pub struct AppsArgs {
    /// Applications to run (default: all).
    #[arg(long = "app", value_enum)]
    apps: Vec<App>,
    /// Architectures (default: both; AArch64 runs under QEMU).
    #[arg(long = "arch", value_enum)]
    arches: Vec<Arch>,
    /// Optimization levels the C is compiled at (default: both).
    #[arg(long = "opt", value_enum)]
    opts: Vec<Opt>,
    /// Engines of `jit run` (default: both).
    #[arg(long = "engine", value_enum)]
    engines: Vec<Engine>,
    /// The engine's OptLevels, `jit run -O<level>` (comma separated, 0 to 3; default 0).
    #[arg(long = "level", value_delimiter = ',', default_values_t = [0u8],
          value_parser = clap::value_parser!(u8).range(0..=3))]
    levels: Vec<u8>,
    /// Also run the native engine tiered: as `jit run` is by default (`default`: hot
    /// functions replaced in the background), and with every function replaced right
    /// after its first call or loop iteration (`tiered`: `--tier-sync --tier-threshold=1`).
    #[arg(long)]
    tiering: bool,
    /// The form of IR `jit run` is given (default: ll).
    #[arg(long = "from", value_enum, default_value = "ll")]
    from: From,
    /// Run the native engine's programs in a `jit-executor` (`jit run --out-of-process`;
    /// one OptLevel per run, so no tiered levels; the interpreter is not run).
    #[arg(long)]
    out_of_process: bool,
}

/// What `jit run` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum From {
    /// `.ll` text linked by `llvm-link-19 -S`.
    Ll,
    /// Bitcode from `clang -c -emit-llvm`, linked by `llvm-link-19`.
    Bc,
    /// Bitcode from `clang -c -emit-llvm`, linked by `jit link`.
    JitLink,
}

impl AppsArgs {
    /// The slices `cargo xtask test` runs, at -O2 (vector code, the optimizer's shapes) on
    /// the host: SQLite and zlib (small, but bit-level code SQLite lacks) on the native
    /// engine, Lua (computed-goto dispatch, `indirectbr`, setjmp error handling) on both
    /// engines; the native engine's slices at OptLevel 2 too (the IR optimizer and the
    /// optimizing tier); Jsonnet (C++ exceptions thrown and caught across translation
    /// units, the STL) on the native engine at OptLevels 0 and 2 and tiered, with one build.
    pub fn ci_slices() -> Vec<Self> {
        let slice = |app, engine, levels: &[u8], from| AppsArgs {
            apps: vec![app],
            arches: vec![Arch::X86_64],
            opts: vec![Opt::O2],
            engines: vec![engine],
            levels: levels.to_vec(),
            tiering: false,
            from,
            out_of_process: false,
        };
        let tiered = |app| AppsArgs {
            tiering: true,
            ..slice(app, Engine::Mcjit, &[], From::Ll)
        };
        vec![
            slice(App::Sqlite, Engine::Mcjit, &[0, 2], From::Ll),
            slice(App::Lua, Engine::Mcjit, &[0, 2], From::Ll),
            slice(App::Zlib, Engine::Mcjit, &[0, 2], From::Ll),
            // `jit run` as users run it (tiered), and every function tiered up at once.
            tiered(App::Sqlite),
            tiered(App::Zlib),
            slice(App::Lua, Engine::Interp, &[0], From::Ll),
            // Bitcode, and our own module linker, on the smaller applications.
            slice(App::Zlib, Engine::Mcjit, &[0], From::JitLink),
            slice(App::Lua, Engine::Mcjit, &[0], From::Bc),
            AppsArgs {
                tiering: true,
                ..slice(App::Jsonnet, Engine::Mcjit, &[0, 2], From::Ll)
            },
            // The program in a jit-executor process.
            AppsArgs {
                out_of_process: true,
                ..slice(App::Sqlite, Engine::Mcjit, &[2], From::Ll)
            },
            AppsArgs {
                out_of_process: true,
                ..slice(App::Lua, Engine::Mcjit, &[0], From::Ll)
            },
        ]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum App {
    Lua,
    Sqlite,
    Zlib,
    Bzip2,
    Lz4,
    Zstd,
    Jsonnet,
}

impl App {
    const ALL: &[App] = &[
        App::Lua,
        App::Sqlite,
        App::Zlib,
        App::Bzip2,
        App::Lz4,
        App::Zstd,
        App::Jsonnet,
    ];

    /// Whether the application throws C++ exceptions: the interpreter stops a program at
    /// its first throw.
    fn needs_unwinding(self) -> bool {
        self == App::Jsonnet
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Arch {
    #[value(name = "x86_64")]
    X86_64,
    Aarch64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Opt {
    #[value(name = "O0")]
    O0,
    #[value(name = "O2")]
    O2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Engine {
    Mcjit,
    Interp,
}

impl Arch {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
        }
    }
    pub(crate) fn clang_target(self) -> &'static str {
        match self {
            Arch::X86_64 => "--target=x86_64-linux-gnu",
            Arch::Aarch64 => "--target=aarch64-linux-gnu",
        }
    }
    /// A command running `program` on this architecture.
    pub(crate) fn command(self, program: &Path) -> Command {
        match self {
            Arch::X86_64 => Command::new(program),
            Arch::Aarch64 => {
                let mut words = arm::RUNNER.split_whitespace();
                let mut cmd = Command::new(words.next().unwrap_or("qemu-aarch64-static"));
                cmd.args(words).arg(program);
                cmd
            }
        }
    }
}

impl App {
    fn name(self) -> &'static str {
        match self {
            App::Lua => "lua",
            App::Sqlite => "sqlite",
            App::Zlib => "zlib",
            App::Bzip2 => "bzip2",
            App::Lz4 => "lz4",
            App::Zstd => "zstd",
            App::Jsonnet => "jsonnet",
        }
    }
}

impl Opt {
    pub(crate) fn flag(self) -> &'static str {
        match self {
            Opt::O0 => "-O0",
            Opt::O2 => "-O2",
        }
    }
}

impl Engine {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Engine::Mcjit => "mcjit",
            Engine::Interp => "interp",
        }
    }
}

/// Crates whose sources are the applications, pinned so results are reproducible (the
/// version as in the crate's directory name, with its build metadata).
const LUA_CRATE: (&str, &str) = ("lua-src", "551.1.0");
const SQLITE_CRATE: (&str, &str) = ("libsqlite3-sys", "0.40.0");
const ZLIB_CRATE: (&str, &str) = ("libz-sys", "1.1.31");
const BZIP2_CRATE: (&str, &str) = ("bzip2-sys", "0.1.13+1.0.8");
const LZ4_CRATE: (&str, &str) = ("lz4-sys", "1.11.1+lz4-1.10.0");
const ZSTD_CRATE: (&str, &str) = ("zstd-sys", "2.1.3+zstd.1.5.7");
const JSONNET_CRATE: (&str, &str) = ("jsonnet-sys", "0.17.0");
/// The Lua release inside `lua-src`.
const LUA_DIR: &str = "lua-5.4.9";

const CLANG: &str = "clang-19";
const CLANGXX: &str = "clang++-19";
const LLVM_LINK: &str = "llvm-link-19";
/// How long one run may take (the interpreter under QEMU is the slowest).
const RUN_LIMIT: Duration = Duration::from_secs(600);

const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        probe: CLANG,
        package: "clang-19",
    },
    Requirement {
        probe: CLANGXX,
        package: "clang-19",
    },
    Requirement {
        probe: "/usr/include/c++/12/iostream",
        package: "libstdc++-12-dev",
    },
    Requirement {
        probe: LLVM_LINK,
        package: "llvm-19",
    },
];

const ARM_REQUIREMENTS: &[Requirement] = &[
    Requirement {
        probe: "qemu-aarch64-static",
        package: "qemu-user-static",
    },
    Requirement {
        probe: "aarch64-linux-gnu-gcc",
        package: "gcc-aarch64-linux-gnu",
    },
    // The C++ applications' headers and runtime for AArch64.
    Requirement {
        probe: crate::corpus::AARCH64_LIBSTDCXX_HEADER,
        package: "libstdc++-12-dev-arm64-cross",
    },
];

/// Runs the selected combinations; fails if any differs from the native program.
pub fn run(root: &Path, cargo: &Path, args: &AppsArgs) -> Result<()> {
    let apps = or_all(&args.apps, App::ALL);
    let arches = or_all(&args.arches, &[Arch::X86_64, Arch::Aarch64]);
    let opts = or_all(&args.opts, &[Opt::O0, Opt::O2]);
    let engines = or_all(&args.engines, &[Engine::Mcjit, Engine::Interp]);
    setup::ensure_packages("cargo xtask apps", REQUIREMENTS)?;
    if arches.contains(&Arch::Aarch64) {
        setup::ensure_packages("cargo xtask apps (AArch64)", ARM_REQUIREMENTS)?;
    }
    let work = root.join("target").join("xtask-apps");
    let sources = fetch_sources(cargo, &work)?;
    let mut failures = Vec::new();
    let mut passed = 0;
    for &arch in &arches {
        let jit = build_jit(root, cargo, arch)?;
        let levels: Vec<Level> = args
            .levels
            .iter()
            .map(|&n| Level::O(n))
            .chain(
                [Level::Default, Level::Tiered]
                    .into_iter()
                    .filter(|_| args.tiering),
            )
            .collect();
        for &app in &apps {
            for &opt in &opts {
                let build = build_app(root, &work, &sources, app, arch, opt, args.from, &jit)?;
                let label = format!("{} {} {}", app.name(), arch.name(), opt.flag());
                let start = Instant::now();
                let native = process::capture(
                    arch.command(&build.native)
                        .args(&build.args)
                        .current_dir(&build.dir),
                    RUN_LIMIT,
                )
                .with_context(|| format!("running the native {label}"))?;
                let native_secs = start.elapsed().as_secs_f64();
                ensure!(
                    native.status.code().is_some(),
                    "the native {label} ended with {}",
                    process::describe(native.status)
                );
                if app.needs_unwinding() && engines.contains(&Engine::Interp) {
                    println!(
                        "apps: {label} interp: skipped (the interpreter does not unwind C++ exceptions)"
                    );
                }
                let oop = args.out_of_process;
                for (engine, level) in engines.iter().flat_map(|&e| {
                    levels
                        .iter()
                        .filter(move |l| l.for_interpreter() || e == Engine::Mcjit)
                        .filter(move |l| !oop || (e == Engine::Mcjit && l.for_interpreter()))
                        .map(move |&l| (e, l))
                }) {
                    if engine == Engine::Interp && app.needs_unwinding() {
                        continue;
                    }
                    let start = Instant::now();
                    let got = process::capture(
                        arch.command(&jit)
                            .args(["run", "--engine", engine.name()])
                            .args(level.flags())
                            .args(oop.then_some("--out-of-process"))
                            .arg(&build.ll)
                            .args(&build.args)
                            .current_dir(&build.dir),
                        RUN_LIMIT,
                    )
                    .with_context(|| format!("running {label} on {}", engine.name()))?;
                    let secs = start.elapsed().as_secs_f64();
                    let what = format!(
                        "{label} {}{} jit-{}",
                        engine.name(),
                        if oop { " out-of-process" } else { "" },
                        level.name()
                    );
                    if got.stdout == native.stdout && got.status.code() == native.status.code() {
                        passed += 1;
                        println!("apps: {what}: ok ({secs:.2} s; native {native_secs:.2} s)");
                    } else {
                        let reason = first_difference(&native, &got);
                        println!("apps: {what}: FAILED: {reason}");
                        failures.push(format!("{what}: {reason}"));
                    }
                }
            }
        }
    }
    if !failures.is_empty() {
        bail!(
            "{} of {} application runs differ from the native programs:\n{}",
            failures.len(),
            failures.len() + passed,
            failures.join("\n")
        );
    }
    println!("apps: all {passed} runs match the native programs");
    Ok(())
}

pub(crate) fn or_all<T: Copy>(chosen: &[T], all: &[T]) -> Vec<T> {
    if chosen.is_empty() {
        all.to_vec()
    } else {
        chosen.to_vec()
    }
}

/// A short account of how `got` differs from `expected`.
pub(crate) fn first_difference(expected: &process::Captured, got: &process::Captured) -> String {
    let stderr = String::from_utf8_lossy(&got.stderr);
    let stderr = stderr.lines().next().unwrap_or("").trim();
    if got.status.code() != expected.status.code() {
        return format!(
            "ended with {} (native: {}){}",
            process::describe(got.status),
            process::describe(expected.status),
            if stderr.is_empty() {
                String::new()
            } else {
                format!("; stderr: {stderr}")
            }
        );
    }
    let (e, g) = (
        String::from_utf8_lossy(&expected.stdout),
        String::from_utf8_lossy(&got.stdout),
    );
    match e
        .lines()
        .zip(g.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
    {
        Some((n, (a, b))) => format!("line {}: expected {a:?}, got {b:?}", n + 1),
        None => format!(
            "output has {} lines, native has {}",
            g.lines().count(),
            e.lines().count()
        ),
    }
}

/// Where the application sources are, after fetching them from crates.io.
struct Sources {
    lua: PathBuf,
    sqlite: PathBuf,
    zlib: PathBuf,
    bzip2: PathBuf,
    lz4: PathBuf,
    zstd: PathBuf,
    jsonnet: PathBuf,
}

/// Fetches the pinned crates with cargo (into its registry cache) and finds their sources.
fn fetch_sources(cargo: &Path, work: &Path) -> Result<Sources> {
    let fetch = work.join("fetch");
    fs::create_dir_all(fetch.join("src"))?;
    // A requirement cannot carry build metadata: `=0.1.13`, not `=0.1.13+1.0.8`.
    let requirement = |(name, version): (&str, &str)| {
        format!(
            "{name} = \"={}\"\n",
            version.split('+').next().unwrap_or(version)
        )
    };
    let manifest = format!(
        "# Generated by `cargo xtask apps`: pulls application sources from crates.io.\n\
         [package]\nname = \"apps-fetch\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{}{} = {{ version = \"={}\", features = [\"bundled\"] }}\n{}{}{}{}{}\n\
         [workspace]\n",
        requirement(LUA_CRATE),
        SQLITE_CRATE.0,
        SQLITE_CRATE.1,
        requirement(ZLIB_CRATE),
        requirement(BZIP2_CRATE),
        requirement(LZ4_CRATE),
        requirement(ZSTD_CRATE),
        requirement(JSONNET_CRATE),
    );
    fs::write(fetch.join("Cargo.toml"), manifest)?;
    fs::write(fetch.join("src").join("lib.rs"), "")?;
    let manifest_path = fetch.join("Cargo.toml");
    process::run(
        Command::new(cargo)
            .arg("fetch")
            .arg("--manifest-path")
            .arg(&manifest_path),
    )
    .context("fetching the application crates from crates.io")?;
    let metadata = process::stdout_of(
        Command::new(cargo)
            .args(["metadata", "--format-version", "1", "--manifest-path"])
            .arg(&manifest_path),
    )?;
    let crate_dir = |(name, version): (&str, &str)| -> Result<PathBuf> {
        let needle = format!("{name}-{version}");
        metadata
            .split("\"manifest_path\":\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(Path::new)
            .find(|p| p.parent().and_then(Path::file_name) == Some(needle.as_ref()))
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .with_context(|| format!("`cargo metadata` does not list {needle}"))
    };
    Ok(Sources {
        lua: crate_dir(LUA_CRATE)?.join(LUA_DIR),
        sqlite: crate_dir(SQLITE_CRATE)?.join("sqlite3"),
        zlib: crate_dir(ZLIB_CRATE)?.join("src").join("zlib"),
        bzip2: crate_dir(BZIP2_CRATE)?.join("bzip2-1.0.8"),
        lz4: crate_dir(LZ4_CRATE)?.join("liblz4").join("lib"),
        zstd: crate_dir(ZSTD_CRATE)?.join("zstd").join("lib"),
        jsonnet: crate_dir(JSONNET_CRATE)?.join("jsonnet"),
    })
}

/// Builds `jit` for `arch` (release) and returns the executable.
pub(crate) fn build_jit(root: &Path, cargo: &Path, arch: Arch) -> Result<PathBuf> {
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args(["build", "--release", "-p", "jit-cli", "-p", "jit-executor"]);
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    match arch {
        Arch::X86_64 => {
            process::run(&mut cmd)?;
            Ok(target_dir.join("release").join("jit"))
        }
        Arch::Aarch64 => {
            cmd.args(["--target", arm::TARGET]);
            process::run(arm::cross_env(&mut cmd))?;
            Ok(target_dir.join(arm::TARGET).join("release").join("jit"))
        }
    }
}

/// One application built for one architecture and level.
struct Build {
    /// The linked module `jit run` gets.
    ll: PathBuf,
    /// The native executable built from the same IR.
    native: PathBuf,
    /// Command-line arguments of both.
    args: Vec<String>,
    /// Working directory of both runs.
    dir: PathBuf,
}

#[allow(clippy::too_many_arguments, reason = "one build of one combination")]
fn build_app(
    root: &Path,
    work: &Path,
    sources: &Sources,
    app: App,
    arch: Arch,
    opt: Opt,
    from: From,
    jit: &Path,
) -> Result<Build> {
    let name = app.name();
    let suffix = match from {
        From::Ll => "",
        From::Bc => "-bc",
        From::JitLink => "-jitlink",
    };
    let dir = work.join(format!(
        "{name}-{}-{}{suffix}",
        arch.name(),
        &opt.flag()[1..]
    ));
    let parts = dir.join("parts");
    if parts.exists() {
        fs::remove_dir_all(&parts)?;
    }
    fs::create_dir_all(&parts)?;
    let drivers = root.join("tests").join("apps").join(name);
    let recipe = recipe(sources, app, &drivers, &dir.join("generated"), arch, opt)?;
    let mut units = recipe.units;
    units.push(drivers.join(recipe.lang.driver()));
    let mut lls = Vec::new();
    let mut children = Vec::new();
    for unit in &units {
        let stem = unit.file_stem().and_then(|s| s.to_str()).unwrap_or("unit");
        let ll = parts.join(format!(
            "{stem}.{}",
            if from == From::Ll { "ll" } else { "bc" }
        ));
        let mut cmd = Command::new(recipe.lang.compiler());
        let kind = if from == From::Ll { "-S" } else { "-c" };
        cmd.args([kind, "-emit-llvm", "-w", arch.clang_target(), opt.flag()])
            .args(recipe.lang.std())
            .args(recipe.defines);
        for include in &recipe.includes {
            cmd.arg("-I").arg(include);
        }
        cmd.arg(unit).arg("-o").arg(&ll);
        children.push((
            process::display(&cmd),
            cmd.spawn()
                .with_context(|| format!("starting {}", recipe.lang.compiler()))?,
        ));
        lls.push(ll);
        // Two compilers at a time: the machine has two cores.
        if children.len() == 2 {
            wait_all(&mut children)?;
        }
    }
    wait_all(&mut children)?;
    let linked = dir.join(format!(
        "{name}.{}",
        if from == From::Ll { "ll" } else { "bc" }
    ));
    let mut link = Command::new(LLVM_LINK);
    if from == From::Ll {
        link.arg("-S");
    }
    process::run(link.arg("-o").arg(&linked).args(&lls))?;
    let native = dir.join(format!("{name}.native"));
    // clang++ links the C++ runtime too.
    process::run(
        Command::new(recipe.lang.compiler())
            .args([arch.clang_target(), opt.flag(), "-w"])
            .arg(&linked)
            .arg("-o")
            .arg(&native)
            .args(["-lm", "-ldl", "-lpthread"]),
    )?;
    let ll = if from == From::JitLink {
        let ours = dir.join(format!("{name}.jit-link.bc"));
        process::run(
            arch.command(jit)
                .arg("link")
                .args(&lls)
                .arg("-o")
                .arg(&ours),
        )?;
        ours
    } else {
        linked
    };
    Ok(Build {
        ll,
        native,
        args: recipe.args,
        dir,
    })
}

/// How one application is compiled: its language, its source files (besides our driver),
/// the flags its crate's build script passes, and the driver's arguments.
struct Recipe {
    lang: Lang,
    units: Vec<PathBuf>,
    includes: Vec<PathBuf>,
    defines: &'static [&'static str],
    args: Vec<String>,
}

/// The language of an application: which clang driver compiles and links it, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    C,
    /// C++ at this `-std=`, clang's defaults otherwise (exceptions and RTTI on).
    Cxx(&'static str),
}

impl Lang {
    fn compiler(self) -> &'static str {
        match self {
            Lang::C => CLANG,
            Lang::Cxx(_) => CLANGXX,
        }
    }
    fn std(self) -> Option<String> {
        match self {
            Lang::C => None,
            Lang::Cxx(std) => Some(format!("-std={std}")),
        }
    }
    /// Our program in `tests/apps/<app>/`.
    fn driver(self) -> &'static str {
        match self {
            Lang::C => "driver.c",
            Lang::Cxx(_) => "driver.cpp",
        }
    }
}

/// The `.c` files directly in `dir`, sorted, except those `skip` rejects.
fn c_files(dir: &Path, skip: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>> {
    let mut units: Vec<PathBuf> = fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(&skip))
        .collect();
    units.sort();
    Ok(units)
}

/// Writes the bytes of `input` as the elements of a C array initializer, ending with a 0,
/// which is how Jsonnet's build embeds its standard library in the library.
fn embed_bytes(input: &Path, output: &Path) -> Result<()> {
    let bytes = fs::read(input).with_context(|| format!("reading {}", input.display()))?;
    let mut text = String::with_capacity(bytes.len() * 4 + 2);
    for b in bytes {
        text.push_str(&b.to_string());
        text.push(',');
    }
    text.push_str("0\n");
    fs::write(output, text).with_context(|| format!("writing {}", output.display()))
}

/// How `app` is built; files it generates go to `generated`.
fn recipe(
    sources: &Sources,
    app: App,
    drivers: &Path,
    generated: &Path,
    arch: Arch,
    opt: Opt,
) -> Result<Recipe> {
    let named = |dir: &Path, names: &[&str]| -> Vec<PathBuf> {
        names.iter().map(|n| dir.join(format!("{n}.c"))).collect()
    };
    Ok(match app {
        App::Lua => Recipe {
            lang: Lang::C,
            units: c_files(&sources.lua, |_| false)?,
            includes: vec![sources.lua.clone()],
            defines: &["-DLUA_USE_LINUX"],
            args: vec![drivers.join("test.lua").display().to_string()],
        },
        App::Sqlite => Recipe {
            lang: Lang::C,
            units: vec![sources.sqlite.join("sqlite3.c")],
            includes: vec![sources.sqlite.clone()],
            defines: &[],
            args: Vec::new(),
        },
        // The library proper; the gz* file functions need more of POSIX than the driver uses.
        App::Zlib => Recipe {
            lang: Lang::C,
            units: named(
                &sources.zlib,
                &[
                    "adler32", "compress", "crc32", "deflate", "infback", "inffast", "inflate",
                    "inftrees", "trees", "uncompr", "zutil",
                ],
            ),
            includes: vec![sources.zlib.clone()],
            defines: &["-DSTDC", "-D_LARGEFILE64_SOURCE"],
            args: Vec::new(),
        },
        App::Bzip2 => Recipe {
            lang: Lang::C,
            units: named(
                &sources.bzip2,
                &[
                    "blocksort",
                    "bzlib",
                    "compress",
                    "crctable",
                    "decompress",
                    "huffman",
                    "randtable",
                ],
            ),
            includes: vec![sources.bzip2.clone()],
            defines: &["-DBZ_NO_STDIO", "-D_FILE_OFFSET_BITS=64"],
            args: Vec::new(),
        },
        App::Lz4 => Recipe {
            lang: Lang::C,
            units: named(&sources.lz4, &["lz4", "lz4frame", "lz4hc", "xxhash"]),
            includes: vec![sources.lz4.clone()],
            defines: &[],
            args: Vec::new(),
        },
        // As zstd-sys builds it: xxhash inlined through its header, no assembly files.
        App::Zstd => {
            let mut units = Vec::new();
            for dir in ["common", "compress", "decompress", "dictBuilder"] {
                units.extend(c_files(&sources.zstd.join(dir), |n| n.contains("xxhash"))?);
            }
            Recipe {
                lang: Lang::C,
                units,
                includes: vec![sources.zstd.clone(), sources.zstd.join("common")],
                defines: &[
                    "-DXXH_PRIVATE_API",
                    "-DZSTD_LIB_DEPRECATED=0",
                    "-DZSTD_DISABLE_ASM",
                ],
                args: Vec::new(),
            }
        }
        // As jsonnet-sys builds the library (the core and MD5 as C++11, the standard library
        // embedded from `stdlib/std.jsonnet`). The driver runs the upstream test suite: in
        // full on x86-64 at -O2 (4 s natively), every 8th file elsewhere, where each of the
        // suite's evaluations parsing the standard library again at -O0 or under QEMU would
        // make a run last a minute or more.
        App::Jsonnet => {
            let src = &sources.jsonnet;
            fs::create_dir_all(generated)?;
            embed_bytes(
                &src.join("stdlib").join("std.jsonnet"),
                &generated.join("std.jsonnet.h"),
            )?;
            let core = [
                "desugarer",
                "formatter",
                "lexer",
                "libjsonnet",
                "parser",
                "pass",
                "static_analysis",
                "string_utils",
                "vm",
            ];
            let mut units: Vec<PathBuf> = core
                .iter()
                .map(|n| src.join("core").join(format!("{n}.cpp")))
                .collect();
            let third_party = src.join("third_party");
            units.push(third_party.join("md5").join("md5.cpp"));
            let stride = if arch == Arch::X86_64 && opt == Opt::O2 {
                1
            } else {
                8
            };
            Recipe {
                lang: Lang::Cxx("c++11"),
                units,
                includes: vec![
                    generated.to_path_buf(),
                    src.join("include"),
                    third_party.join("md5"),
                    third_party.join("json"),
                ],
                defines: &[],
                args: vec![src.display().to_string(), stride.to_string()],
            }
        }
    })
}

fn wait_all(children: &mut Vec<(String, std::process::Child)>) -> Result<()> {
    for (shown, mut child) in children.drain(..) {
        let status = child.wait()?;
        ensure!(
            status.success(),
            "`{shown}` failed with {}",
            process::describe(status)
        );
    }
    Ok(())
}
