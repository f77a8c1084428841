//! `jit-fuzz`: the command line behind `cargo xtask fuzz`.
//!
//! ```text
//! jit-fuzz [--target ll-reader|bitcode-reader|irgen|executor-protocol|all]
//!          [--time S] [--count K] [--seed N] [--root DIR] [--progress FILE] [--dump]
//! jit-fuzz --target T --file F [--seed N]
//! ```
//!
//! Runs cases `N, N+1, ...` of each target until `K` cases ran or `S` seconds passed (the
//! default: 60 s per target). Findings are written to
//! `DIR/target/fuzz/findings/<target>-<seed>.{ll,bc,bin}` and their seeds printed; the exit
//! status is 1 when there was one. `--progress FILE` writes each case's `target seed` to
//! FILE before running it, so that a driver can name the case that killed the process.
//! `--dump` writes the inputs of the selected cases to the findings directory without
//! running them (a generated module, a mutant). `--file F` runs the target's check on a
//! saved input instead (a finding, a regression file; `--seed` picks `irgen`'s arguments)
//! and reports how long each stage of it took.

use jit_fuzz::{Fuzzer, Target, campaign};
use std::os::unix::fs::FileExt as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The most data memory (`RLIMIT_DATA`) the fuzzer may use: a case that asks for more
/// (a mutant with absurd alignments or sizes) ends the process with an allocation failure,
/// which `cargo xtask fuzz` reports as a finding, instead of waking the machine's OOM
/// killer.
const MEMORY_LIMIT: u64 = 6 << 30;

/// Lowers this process's data-segment limit to `bytes` (never raises it).
fn limit_memory(bytes: u64) {
    let mut cur = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid resource and a pointer to a live rlimit.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_DATA, &mut cur) == 0 && cur.rlim_cur > bytes {
            let new = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: cur.rlim_max,
            };
            let _ = libc::setrlimit(libc::RLIMIT_DATA, &new);
        }
    }
}

struct Options {
    targets: Vec<Target>,
    time: Option<Duration>,
    count: Option<u64>,
    seed: u64,
    root: PathBuf,
    progress: Option<PathBuf>,
    dump: bool,
    files: Vec<PathBuf>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        targets: Target::ALL.to_vec(),
        time: None,
        count: None,
        seed: 0,
        root: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")),
        progress: None,
        dump: false,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        let number = |v: String| v.parse::<u64>().map_err(|e| format!("{a} {v}: {e}"));
        match a.as_str() {
            "--target" => {
                let v = value()?;
                o.targets = if v == "all" {
                    Target::ALL.to_vec()
                } else {
                    vec![v.parse().map_err(|e: jit_fuzz::FuzzError| e.to_string())?]
                };
            }
            "--time" => o.time = Some(Duration::from_secs(number(value()?)?)),
            "--count" => o.count = Some(number(value()?)?),
            "--seed" => o.seed = number(value()?)?,
            "--root" => o.root = PathBuf::from(value()?),
            "--progress" => o.progress = Some(PathBuf::from(value()?)),
            "--dump" => o.dump = true,
            "--file" => o.files.push(PathBuf::from(value()?)),
            "-h" | "--help" => {
                println!(
                    "jit-fuzz [--target ll-reader|bitcode-reader|irgen|executor-protocol|all] \
                     [--time S] [--count K] [--seed N] [--root DIR] [--progress FILE] \
                     [--dump] [--file INPUT]..."
                );
                std::process::exit(0);
            }
            _ => return Err(format!("unknown argument `{a}` (see --help)")),
        }
    }
    if o.time.is_none() && o.count.is_none() {
        o.time = Some(Duration::from_secs(60));
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("jit-fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    let o = Options {
        root: o.root.canonicalize().unwrap_or(o.root.clone()),
        ..o
    };
    limit_memory(MEMORY_LIMIT);
    // A crash in JIT code names the function before the process dies.
    let _ = jit::crash::install();
    if !o.files.is_empty() {
        return check_files(&o);
    }
    let findings_dir = o.root.join("target/fuzz/findings");
    let mut found = 0usize;
    for &target in &o.targets {
        let fuzzer = match Fuzzer::new(target, &o.root) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("jit-fuzz: {e}");
                return ExitCode::from(2);
            }
        };
        if let Err(e) = std::fs::create_dir_all(&findings_dir) {
            eprintln!("jit-fuzz: {}: {e}", findings_dir.display());
            return ExitCode::from(2);
        }
        if o.dump {
            for seed in o.seed..o.seed + o.count.unwrap_or(1) {
                let path =
                    findings_dir.join(format!("{}-{seed}.{}", target.name(), target.extension()));
                if let Err(e) = std::fs::write(&path, fuzzer.input(seed)) {
                    eprintln!("jit-fuzz: {}: {e}", path.display());
                    return ExitCode::from(2);
                }
                println!("{}", path.display());
            }
            continue;
        }
        // The progress file is overwritten in place with fixed-width lines, never
        // truncated, so a process killed at any moment leaves a whole line behind.
        let progress = match o.progress.as_ref().map(std::fs::File::create).transpose() {
            Ok(f) => f,
            Err(e) => {
                eprintln!("jit-fuzz: progress file: {e}");
                return ExitCode::from(2);
            }
        };
        let stats = campaign(&fuzzer, o.seed, o.count, o.time, |seed| {
            if let Some(f) = &progress {
                let line = format!("{:<16} {seed:020}\n", target.name());
                let _ = f.write_all_at(line.as_bytes(), 0);
            }
        });
        let secs = stats.elapsed.as_secs_f64();
        println!(
            "{}: {} cases (seeds {}..{}), {} accepted, {:.1} s ({:.0}/s), {} findings",
            target.name(),
            stats.execs,
            o.seed,
            o.seed + stats.execs,
            stats.accepted,
            secs,
            stats.execs as f64 / secs.max(1e-9),
            stats.findings.len()
        );
        for f in &stats.findings {
            let path = f.path(&o.root);
            let _ = std::fs::write(&path, &f.input);
            let first = f.message.lines().next().unwrap_or("");
            println!("  finding: {} seed {}: {first}", target.name(), f.seed);
            println!("           {}", path.display());
        }
        found += stats.findings.len();
    }
    if found > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `--file`: the check of the (one) selected target on saved inputs.
fn check_files(o: &Options) -> ExitCode {
    let [target] = o.targets[..] else {
        eprintln!("jit-fuzz: --file needs one --target");
        return ExitCode::from(2);
    };
    let mut failed = false;
    for f in &o.files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("jit-fuzz: {}: {e}", f.display());
                return ExitCode::from(2);
            }
        };
        let start = std::time::Instant::now();
        let result = jit_fuzz::targets::check_input(target, &bytes, o.seed);
        let took = start.elapsed();
        match result {
            Ok(()) => println!("{}: ok ({took:?})", f.display()),
            Err(e) => {
                failed = true;
                println!("{}: ({took:?})\n{e}", f.display());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
