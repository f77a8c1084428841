//! `cargo xtask csmith`: the differential loop on random C programs.
//!
//! For each seed, Debian's `csmith` writes a random C program (fixed options, so a seed
//! names the same program on every machine with csmith 2.3), clang-19 turns it into `.ll`
//! for each selected architecture and level, and the program built natively from that same
//! `.ll` is the oracle (AArch64 runs under QEMU). `jit run` then runs the `.ll` on each
//! selected engine at each selected engine OptLevel (`--level`: 1 to 3 run the IR optimizer
//! before the engine runs the program, `jit run -O<level>`), and its stdout (csmith's
//! checksum line) and exit status must equal the oracle's.
//!
//! Outcomes per (architecture, level, engine): **pass**; **fail** (a different output or
//! status, a crash, an error, or no answer within the time limit); **unsupported** (the
//! reader rejects the `.ll` as valid IR this engine does not support, such as integers
//! wider than it handles; kept apart so it is neither a pass nor noise among failures);
//! **skip** (csmith or clang failed, or the oracle itself did not finish in time, failed or
//! printed no checksum, or the native builds at different levels disagree: csmith programs
//! may loop for a very long time, and a few have undefined behaviour). Each failure is listed with
//! commands that reproduce it and the `cargo xtask reduce` command that shrinks it (x86-64),
//! and its program (C and every `.ll`) is copied into the `--keep` directory. The task
//! fails if any run failed.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use crate::apps::{self, Arch, Engine, Opt};
use crate::level::Level;
use crate::process::{self, Captured};
use crate::setup::{self, Requirement};

/// Arguments of `cargo xtask csmith`.
#[derive(Debug, Clone, clap::Args)]
pub struct CsmithArgs {
    /// First seed.
    #[arg(long, default_value_t = 1)]
    from: u64,
    /// Number of consecutive seeds from `--from`.
    #[arg(long, default_value_t = 100)]
    count: u64,
    /// Exact seeds to run instead of the `--from`/`--count` range (comma separated).
    #[arg(long = "seeds", value_delimiter = ',', conflicts_with_all = ["from", "count"])]
    seeds: Vec<u64>,
    /// Architectures: x86_64, aarch64 (under QEMU) or both.
    #[arg(long, value_enum, default_value = "x86_64")]
    arch: ArchChoice,
    /// Optimization levels the C is compiled at (comma separated).
    #[arg(long = "opt", value_enum, value_delimiter = ',', default_values = ["O0", "O2"])]
    opts: Vec<Opt>,
    /// Engines of `jit run` (comma separated; default both).
    #[arg(long = "engine", value_enum, value_delimiter = ',')]
    engines: Vec<Engine>,
    /// The engine's OptLevels, `jit run -O<level>` (comma separated, 0 to 3; default 0).
    #[arg(long = "level", value_delimiter = ',', default_values_t = [0u8],
          value_parser = clap::value_parser!(u8).range(0..=3))]
    levels: Vec<u8>,
    /// Also run the native engine tiered, every function replaced by optimized code right
    /// after its first call or loop iteration (`jit run --tiering=on --tier-sync
    /// --tier-threshold=1`), as one more engine level (`jit-tiered`).
    #[arg(long)]
    tiering: bool,
    /// Seeds checked at the same time (default 2: the machine's cores are shared).
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    /// Where failing programs are kept (default: target/xtask-csmith/failures).
    #[arg(long)]
    keep: Option<PathBuf>,
}

impl CsmithArgs {
    /// The slice `cargo xtask test` runs: a few seeds known to pass whose programs are not
    /// trivial, on the host at both levels and on both engines.
    pub fn ci_slice() -> Self {
        CsmithArgs {
            from: 1,
            count: 0,
            seeds: CI_SEEDS.to_vec(),
            arch: ArchChoice::X86_64,
            opts: vec![Opt::O0, Opt::O2],
            engines: Vec::new(),
            levels: vec![0, 2],
            tiering: false,
            jobs: 2,
            keep: None,
        }
    }
}

/// Seeds of the CI slice: 1,100 to 3,300 lines of C each (structs, unions, bit-fields,
/// pointers to pointers, volatile globals); each one's oracle runs in milliseconds.
const CI_SEEDS: &[u64] = &[1, 2, 3, 4, 8, 10];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ArchChoice {
    #[value(name = "x86_64")]
    X86_64,
    Aarch64,
    Both,
}

/// Options every program is generated with, besides the seed: csmith's defaults, written
/// out so a seed keeps meaning the same program if Debian's defaults change.
const CSMITH_OPTIONS: &[&str] = &["--max-funcs", "10", "--max-block-depth", "5"];
const CSMITH_INCLUDE: &str = "/usr/include/csmith";
const CLANG: &str = "clang-19";

/// How long csmith and clang may take for one program.
const TOOL_LIMIT: Duration = Duration::from_secs(60);
/// How long the oracle may run on x86-64 (QEMU gets more); longer is a skip.
const ORACLE_LIMIT: Duration = Duration::from_secs(5);
const ORACLE_LIMIT_QEMU: Duration = Duration::from_secs(20);

const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        probe: "csmith",
        package: "csmith",
    },
    Requirement {
        probe: "/usr/include/csmith/csmith.h",
        package: "libcsmith-dev",
    },
    Requirement {
        probe: CLANG,
        package: "clang-19",
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
    Requirement {
        probe: "/usr/aarch64-linux-gnu/include/stdio.h",
        package: "libc6-dev-arm64-cross",
    },
];

/// The outcome of one (seed, architecture, level, engine).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Pass,
    Fail(String),
    Unsupported(String),
    Skip(String),
}

/// One combination the loop runs for every seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Combo {
    arch: Arch,
    opt: Opt,
    engine: Engine,
    /// The engine's OptLevel.
    level: Level,
}

/// The `cargo xtask csmith` options that select a level.
fn selector(level: Level) -> String {
    match level {
        Level::O(n) => format!("--level {n}"),
        Level::Tiered | Level::Default => "--engine mcjit --tiering".into(),
    }
}

impl Combo {
    /// `x86_64 -O0 mcjit jit-O2`: clang's level, the engine, the engine's level.
    fn label(self) -> String {
        format!(
            "{} {} {} jit-{}",
            self.arch.name(),
            self.opt.flag(),
            self.engine.name(),
            self.level.name()
        )
    }
}

/// Counts per combination.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    pass: usize,
    fail: usize,
    unsupported: usize,
    skip: usize,
}

/// Everything the workers share.
struct Shared<'a> {
    work: PathBuf,
    keep: PathBuf,
    jits: Vec<(Arch, PathBuf)>,
    opts: &'a [Opt],
    engines: &'a [Engine],
    levels: Vec<Level>,
    results: Mutex<Vec<(u64, Combo, Outcome)>>,
}

/// Runs the loop over the selected seeds; fails if any run differs from the oracle.
pub fn run(root: &Path, cargo: &Path, args: &CsmithArgs) -> Result<()> {
    let arches = match args.arch {
        ArchChoice::X86_64 => vec![Arch::X86_64],
        ArchChoice::Aarch64 => vec![Arch::Aarch64],
        ArchChoice::Both => vec![Arch::X86_64, Arch::Aarch64],
    };
    let engines = apps::or_all(&args.engines, &[Engine::Mcjit, Engine::Interp]);
    let opts = apps::or_all(&args.opts, &[Opt::O0, Opt::O2]);
    setup::ensure_packages("cargo xtask csmith", REQUIREMENTS)?;
    if arches.contains(&Arch::Aarch64) {
        setup::ensure_packages("cargo xtask csmith (AArch64)", ARM_REQUIREMENTS)?;
    }
    let seeds: Vec<u64> = if args.seeds.is_empty() {
        (args.from..args.from.saturating_add(args.count)).collect()
    } else {
        args.seeds.clone()
    };
    let work = root.join("target").join("xtask-csmith");
    let keep = args.keep.clone().unwrap_or_else(|| work.join("failures"));
    let mut jits = Vec::new();
    for &arch in &arches {
        jits.push((arch, apps::build_jit(root, cargo, arch)?));
    }
    let shared = Shared {
        work: work.join("seeds"),
        keep,
        jits,
        opts: &opts,
        engines: &engines,
        levels: args
            .levels
            .iter()
            .map(|&n| Level::O(n))
            .chain(args.tiering.then_some(Level::Tiered))
            .collect(),
        results: Mutex::new(Vec::new()),
    };
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let errors = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..args.jobs.max(1) {
            scope.spawn(|| {
                while let Some(&seed) = seeds.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(e) = check_seed(&shared, seed) {
                        println!("csmith: seed {seed}: error: {e:#}");
                        errors
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(format!("seed {seed}: {e:#}"));
                    }
                }
            });
        }
    });
    let results = std::mem::take(&mut *shared.results.lock().unwrap_or_else(|p| p.into_inner()));
    let errors = errors.into_inner().unwrap_or_else(|p| p.into_inner());
    let failures = summarize(&results, &seeds, &shared, start.elapsed());
    if !errors.is_empty() {
        bail!(
            "the loop itself failed on {} seeds:\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
    if failures > 0 {
        bail!("{failures} runs differ from the natively built programs");
    }
    Ok(())
}

/// Prints the table and the failures; returns the number of failures.
fn summarize(
    results: &[(u64, Combo, Outcome)],
    seeds: &[u64],
    shared: &Shared<'_>,
    elapsed: Duration,
) -> usize {
    let mut combos: Vec<(Combo, Tally)> = Vec::new();
    for (_, combo, outcome) in results {
        let i = match combos.iter().position(|(c, _)| c == combo) {
            Some(i) => i,
            None => {
                combos.push((*combo, Tally::default()));
                combos.len() - 1
            }
        };
        let t = &mut combos[i].1;
        match outcome {
            Outcome::Pass => t.pass += 1,
            Outcome::Fail(_) => t.fail += 1,
            Outcome::Unsupported(_) => t.unsupported += 1,
            Outcome::Skip(_) => t.skip += 1,
        }
    }
    combos.sort_by_key(|(c, _)| c.label());
    println!(
        "\ncsmith: {} seeds in {:.1} s",
        seeds.len(),
        elapsed.as_secs_f64()
    );
    println!(
        "{:<32} {:>6} {:>6} {:>12} {:>6}",
        "arch opt engine level", "pass", "fail", "unsupported", "skip"
    );
    for (combo, t) in &combos {
        println!(
            "{:<32} {:>6} {:>6} {:>12} {:>6}",
            combo.label(),
            t.pass,
            t.fail,
            t.unsupported,
            t.skip
        );
    }
    let mut listed: Vec<&(u64, Combo, Outcome)> = results
        .iter()
        .filter(|(_, _, o)| matches!(o, Outcome::Fail(_) | Outcome::Unsupported(_)))
        .collect();
    listed.sort_by_key(|(seed, combo, _)| (*seed, combo.label()));
    let mut failures = 0;
    let mut last_unsupported: Option<(u64, &String)> = None;
    for (seed, combo, outcome) in listed {
        match outcome {
            Outcome::Fail(reason) => {
                failures += 1;
                println!("FAIL seed {seed} {}: {reason}", combo.label());
                println!(
                    "    reproduce: cargo xtask csmith --seeds {seed} --arch {} --opt {} --engine {} {}",
                    combo.arch.name(),
                    &combo.opt.flag()[1..],
                    combo.engine.name(),
                    selector(combo.level)
                );
                let ll = shared
                    .keep
                    .join(seed.to_string())
                    .join(ll_name(*seed, combo));
                let jit = shared
                    .jits
                    .iter()
                    .find(|(arch, _)| *arch == combo.arch)
                    .map_or(Path::new("jit"), |(_, jit)| jit.as_path());
                let mut cmd = combo.arch.command(jit);
                cmd.args(["run", "--engine", combo.engine.name()])
                    .args(combo.level.flags())
                    .arg(&ll);
                println!("    or: {}", process::display(&cmd));
                if combo.arch == Arch::X86_64 {
                    let how = match combo.level {
                        Level::O(n) => format!("--level {n}"),
                        Level::Tiered | Level::Default => "--tiered".to_string(),
                    };
                    println!(
                        "    shrink it: cargo xtask reduce {} --engine {} {how}",
                        ll.display(),
                        combo.engine.name()
                    );
                }
            }
            Outcome::Unsupported(reason) => {
                // One line per seed and reason: every combination usually says the same.
                if last_unsupported != Some((*seed, reason)) {
                    println!("UNSUPPORTED seed {seed} {}: {reason}", combo.label());
                    last_unsupported = Some((*seed, reason));
                }
            }
            Outcome::Pass | Outcome::Skip(_) => {}
        }
    }
    failures
}

fn ll_name(seed: u64, combo: &Combo) -> String {
    format!("{seed}-{}-{}.ll", combo.arch.name(), &combo.opt.flag()[1..])
}

/// Generates, compiles and checks one seed on every combination; records the outcomes.
fn check_seed(shared: &Shared<'_>, seed: u64) -> Result<()> {
    let dir = shared.work.join(seed.to_string());
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let combos: Vec<Combo> = shared
        .jits
        .iter()
        .flat_map(|&(arch, _)| {
            shared.opts.iter().flat_map(move |&opt| {
                shared.engines.iter().flat_map(move |&engine| {
                    shared
                        .levels
                        .iter()
                        // Tiering is the native engine's.
                        .filter(move |&&level| level.for_interpreter() || engine == Engine::Mcjit)
                        .map(move |&level| Combo {
                            arch,
                            opt,
                            engine,
                            level,
                        })
                })
            })
        })
        .collect();
    let record = |outcomes: Vec<(Combo, Outcome)>| {
        let mut r = shared.results.lock().unwrap_or_else(|p| p.into_inner());
        r.extend(outcomes.into_iter().map(|(c, o)| (seed, c, o)));
    };
    let c_file = dir.join(format!("{seed}.c"));
    let mut gen_cmd = Command::new("csmith");
    // csmith writes `platform.info` into its working directory.
    gen_cmd
        .current_dir(&dir)
        .arg("--seed")
        .arg(seed.to_string())
        .args(CSMITH_OPTIONS)
        .arg("-o")
        .arg(&c_file);
    if let Err(why) = tool(&mut gen_cmd) {
        println!("csmith: seed {seed}: skipped: {why}");
        record(
            combos
                .iter()
                .map(|&c| (c, Outcome::Skip(why.clone())))
                .collect(),
        );
        return Ok(());
    }
    let mut outcomes = Vec::new();
    for (arch, jit) in &shared.jits {
        let oracles: Vec<OracleRun> = shared
            .opts
            .iter()
            .map(|&opt| {
                let ll = dir.join(ll_name(
                    seed,
                    &Combo {
                        arch: *arch,
                        opt,
                        engine: Engine::Mcjit,
                        level: Level::O(0),
                    },
                ));
                let native = oracle(&c_file, &ll, *arch, opt);
                (opt, ll, native)
            })
            .collect();
        let undefined = oracles_disagree(&oracles);
        for (opt, ll, native) in &oracles {
            let mine = combos
                .iter()
                .filter(|c| c.arch == *arch && c.opt == *opt)
                .copied();
            match (native, &undefined) {
                (Err(why), _) | (Ok(_), Some(why)) => {
                    outcomes.extend(mine.map(|c| (c, Outcome::Skip(why.clone()))));
                }
                (Ok((native, native_secs)), None) => {
                    outcomes.extend(mine.map(|c| (c, run_engine(jit, ll, c, native, *native_secs))))
                }
            }
        }
    }
    let failed = outcomes.iter().any(|(_, o)| matches!(o, Outcome::Fail(_)));
    for (combo, outcome) in &outcomes {
        if let Outcome::Fail(reason) = outcome {
            println!("csmith: seed {seed} {}: FAILED: {reason}", combo.label());
        }
    }
    if failed {
        let kept = shared.keep.join(seed.to_string());
        fs::create_dir_all(&kept)?;
        for entry in fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|x| x == "c" || x == "ll") {
                let name = path.file_name().context("a file without a name")?;
                fs::copy(&path, kept.join(name))?;
            }
        }
    } else {
        let passed = outcomes.iter().filter(|(_, o)| *o == Outcome::Pass).count();
        let aside = outcomes.iter().find_map(|(_, o)| match o {
            Outcome::Skip(why) => Some(format!("; skipped: {why}")),
            Outcome::Unsupported(why) => Some(format!("; unsupported: {why}")),
            Outcome::Pass | Outcome::Fail(_) => None,
        });
        println!(
            "csmith: seed {seed}: {passed} of {} runs pass{}",
            outcomes.len(),
            aside.unwrap_or_default()
        );
    }
    record(outcomes);
    fs::remove_dir_all(&dir)?;
    Ok(())
}

/// Runs a tool that must succeed within [`TOOL_LIMIT`]; the error is a one-line reason.
fn tool(cmd: &mut Command) -> std::result::Result<(), String> {
    let shown = process::display(cmd);
    match process::capture_within(cmd, TOOL_LIMIT) {
        Err(e) => Err(format!("{e:#}")),
        Ok(None) => Err(format!("`{shown}` timed out")),
        Ok(Some(out)) if !out.status.success() => Err(format!(
            "`{shown}` failed with {}: {}",
            process::describe(out.status),
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .next()
                .unwrap_or("")
        )),
        Ok(Some(_)) => Ok(()),
    }
}

/// Compiles the C to `ll`, builds the native program from that `.ll` and runs it. An
/// error is why the combination is skipped.
fn oracle(
    c_file: &Path,
    ll: &Path,
    arch: Arch,
    opt: Opt,
) -> std::result::Result<(Captured, f64), String> {
    tool(
        Command::new(CLANG)
            .args(["-S", "-emit-llvm", "-w", arch.clang_target(), opt.flag()])
            .arg("-I")
            .arg(CSMITH_INCLUDE)
            .arg(c_file)
            .arg("-o")
            .arg(ll),
    )?;
    let native = ll.with_extension("native");
    tool(
        Command::new(CLANG)
            .args(["-w", arch.clang_target(), opt.flag()])
            .arg(ll)
            .arg("-o")
            .arg(&native),
    )?;
    let limit = match arch {
        Arch::X86_64 => ORACLE_LIMIT,
        Arch::Aarch64 => ORACLE_LIMIT_QEMU,
    };
    let start = Instant::now();
    let out = process::capture_within(&mut arch.command(&native), limit)
        .map_err(|e| format!("{e:#}"))?
        .ok_or_else(|| format!("the native program runs longer than {} s", limit.as_secs()))?;
    if !out.status.success() || !out.stdout.starts_with(b"checksum = ") {
        return Err(format!(
            "the native program ended with {} and {} a checksum (undefined behaviour)",
            process::describe(out.status),
            if out.stdout.starts_with(b"checksum = ") {
                "printed"
            } else {
                "did not print"
            }
        ));
    }
    Ok((out, start.elapsed().as_secs_f64()))
}

/// One level's `.ll` and what its native build did (output and seconds), or why there is
/// no oracle.
type OracleRun = (Opt, PathBuf, std::result::Result<(Captured, f64), String>);

/// csmith's programs are meant to be free of undefined behaviour, yet some are not (an
/// endless loop without side effects, which C lets the optimizer assume away, so that -O2
/// runs off the end of `main`). A program whose native builds at different levels finish
/// with different results has no single right answer: its reason to be skipped. (A build
/// that does not finish in time is skipped on its own: it may just be slow.)
fn oracles_disagree(oracles: &[OracleRun]) -> Option<String> {
    let mut finished = oracles
        .iter()
        .filter_map(|(opt, _, o)| o.as_ref().ok().map(|o| (opt, o)));
    let (first_opt, (first, _)) = finished.next()?;
    finished
        .find(|(_, o)| o.0.stdout != first.stdout || o.0.status.code() != first.status.code())
        .map(|(opt, _)| {
            format!(
                "undefined behaviour: the native programs at {} and {} disagree",
                first_opt.flag(),
                opt.flag()
            )
        })
}

/// How long an engine may take, given the oracle's time: the interpreter is two orders
/// of magnitude slower than native code, and process start-up dominates short programs.
fn engine_limit(native_secs: f64) -> Duration {
    Duration::from_secs_f64((native_secs * 300.0).clamp(30.0, 300.0))
}

/// Runs `ll` on one engine and compares it with the oracle.
fn run_engine(jit: &Path, ll: &Path, combo: Combo, native: &Captured, native_secs: f64) -> Outcome {
    let limit = engine_limit(native_secs);
    let mut cmd = combo.arch.command(jit);
    cmd.args(["run", "--engine", combo.engine.name()])
        .args(combo.level.flags())
        .arg(ll);
    let got = match process::capture_within(&mut cmd, limit) {
        Err(e) => return Outcome::Fail(format!("{e:#}")),
        Ok(None) => {
            return Outcome::Fail(format!(
                "no answer within {} s (native: {native_secs:.2} s)",
                limit.as_secs()
            ));
        }
        Ok(Some(got)) => got,
    };
    if got.stdout == native.stdout && got.status.code() == native.status.code() {
        return Outcome::Pass;
    }
    if let Some(why) = reader_unsupported(jit, ll, combo.arch) {
        return Outcome::Unsupported(why);
    }
    Outcome::Fail(apps::first_difference(native, &got))
}

/// If the reader rejects `ll` as valid IR it does not support, its message. `jit check`
/// reports every reader error as `file:line:col: message`; the messages of the
/// "unsupported" kind say so (`... is not supported`, `unsupported type`, `wider than`).
fn reader_unsupported(jit: &Path, ll: &Path, arch: Arch) -> Option<String> {
    let mut cmd = arch.command(jit);
    cmd.arg("check").arg(ll);
    let out = process::capture_within(&mut cmd, TOOL_LIMIT).ok()??;
    if out.status.success() {
        return None;
    }
    unsupported_message(&String::from_utf8_lossy(&out.stderr))
}

/// The reader's message in `jit check`'s stderr if it is of the "unsupported" kind.
fn unsupported_message(stderr: &str) -> Option<String> {
    let first = stderr.lines().next().unwrap_or("").trim();
    // Past `file:line:col: `, so the file name cannot match.
    let message = first.splitn(4, ':').nth(3).unwrap_or(first).trim();
    let unsupported = ["not supported", "unsupported", "wider than"]
        .iter()
        .any(|phrase| message.contains(phrase));
    unsupported.then(|| message.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use std::os::unix::process::ExitStatusExt as _;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: CsmithArgs,
    }

    #[test]
    fn options_parse_as_documented() {
        let cli = Cli::try_parse_from([
            "csmith", "--from", "7", "--count", "3", "--arch", "both", "--opt", "O2", "--engine",
            "interp", "--jobs", "4", "--keep", "/tmp/k", "--level", "1,3",
        ])
        .expect("valid options");
        let a = cli.args;
        assert_eq!((a.from, a.count, a.jobs), (7, 3, 4));
        assert_eq!(a.arch, ArchChoice::Both);
        assert_eq!(a.opts, vec![Opt::O2]);
        assert_eq!(a.engines, vec![Engine::Interp]);
        assert_eq!(a.keep, Some(PathBuf::from("/tmp/k")));
        assert_eq!(a.levels, vec![1, 3]);
        assert!(!a.tiering);
        let tiered = Cli::try_parse_from(["csmith", "--tiering", "--level", "2"])
            .expect("tiering")
            .args;
        assert!(tiered.tiering);
        assert_eq!(Level::Tiered.flags()[0], "--tiering=on");
        assert_eq!(Level::O(2).flags(), vec!["-O2".to_string()]);
        assert!(Cli::try_parse_from(["csmith", "--level", "4"]).is_err());
        let defaults = Cli::try_parse_from(["csmith"]).expect("defaults").args;
        assert_eq!(defaults.opts, vec![Opt::O0, Opt::O2]);
        assert_eq!(defaults.arch, ArchChoice::X86_64);
        assert_eq!(defaults.levels, vec![0]);
        let listed = Cli::try_parse_from(["csmith", "--seeds", "4,9", "--opt", "O0,O2"])
            .expect("a seed list")
            .args;
        assert_eq!(listed.seeds, vec![4, 9]);
        assert!(Cli::try_parse_from(["csmith", "--seeds", "4", "--from", "2"]).is_err());
    }

    #[test]
    fn reader_unsupported_is_told_apart_from_malformed_ir() {
        let wide = "/w/unsupported/1.ll:12:7: integer type 'i136' is wider than 128 bits\n";
        assert_eq!(
            unsupported_message(wide).as_deref(),
            Some("integer type 'i136' is wider than 128 bits")
        );
        assert!(unsupported_message("a.ll:1:1: ifuncs are not supported").is_some());
        // The file name alone does not make an error "unsupported".
        assert_eq!(
            unsupported_message("/w/unsupported/1.ll:3:9: expected ')'"),
            None
        );
        assert_eq!(unsupported_message(""), None);
    }

    fn oracle_run(opt: Opt, stdout: &str, code: i32) -> OracleRun {
        let captured = Captured {
            stdout: stdout.as_bytes().to_vec(),
            stderr: Vec::new(),
            status: std::process::ExitStatus::from_raw(code << 8),
        };
        (opt, PathBuf::from("x.ll"), Ok((captured, 0.01)))
    }

    #[test]
    fn levels_that_disagree_mean_undefined_behaviour() {
        let same = [
            oracle_run(Opt::O0, "checksum = 1\n", 0),
            oracle_run(Opt::O2, "checksum = 1\n", 0),
        ];
        assert_eq!(oracles_disagree(&same), None);
        let differ = [
            oracle_run(Opt::O0, "checksum = 1\n", 0),
            oracle_run(Opt::O2, "checksum = 2\n", 0),
        ];
        assert!(oracles_disagree(&differ).is_some());
        let status = [
            oracle_run(Opt::O0, "checksum = 1\n", 0),
            oracle_run(Opt::O2, "checksum = 1\n", 1),
        ];
        assert!(oracles_disagree(&status).is_some());
        // A level that timed out is skipped on its own; the other still counts.
        let slow = [
            (Opt::O0, PathBuf::from("x.ll"), Err("slow".to_string())),
            oracle_run(Opt::O2, "checksum = 1\n", 0),
        ];
        assert_eq!(oracles_disagree(&slow), None);
    }

    #[test]
    fn engines_get_more_time_than_the_oracle_within_bounds() {
        assert_eq!(engine_limit(0.001), Duration::from_secs(30));
        assert_eq!(engine_limit(0.5), Duration::from_secs(150));
        assert_eq!(engine_limit(100.0), Duration::from_secs(300));
    }
}
