//! `jit-bench`: measures our engine side by side with LLVM 19 (MCJIT, ORC) and
//! cranelift-jit on the same work, writes the results as JSON and renders
//! `docs/benchmarks.md` with SVG charts. `cargo xtask bench` builds and runs it.
//!
//! - `jit-bench all --repo DIR --work DIR --jit-cli PATH [--quick]`: every measure, then the
//!   report (results in `WORK/results.json`).
//! - `jit-bench report --repo DIR --results FILE`: the report from saved results.
//! - `jit-bench child ...`: one engine's share of a measure, run by `all` in its own process.

mod engines;
mod generated;
mod measure;
mod report;
mod results;

use engines::EngineId;
use measure::Config;
use results::Results;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jit-bench: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `--name value` options and `--flag` switches.
struct Options {
    values: BTreeMap<String, String>,
    flags: Vec<String>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut values = BTreeMap::new();
        let mut flags = Vec::new();
        let mut it = args.iter().peekable();
        while let Some(a) = it.next() {
            let Some(name) = a.strip_prefix("--") else {
                return Err(format!("unexpected argument `{a}`"));
            };
            match it.peek() {
                Some(v) if !v.starts_with("--") => {
                    values.insert(name.to_string(), it.next().cloned().unwrap_or_default());
                }
                _ => flags.push(name.to_string()),
            }
        }
        Ok(Options { values, flags })
    }
    fn get(&self, name: &str) -> Result<&str, String> {
        self.values
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| format!("missing --{name}"))
    }
    fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }
    fn config(&self) -> Result<Config, String> {
        Ok(Config {
            repo: PathBuf::from(self.get("repo")?),
            work: PathBuf::from(self.get("work")?),
            jit_cli: PathBuf::from(self.values.get("jit-cli").cloned().unwrap_or_default()),
            quick: self.flag("quick"),
        })
    }
    fn engine(&self) -> Result<EngineId, String> {
        let id = self.get("engine")?;
        EngineId::parse(id).ok_or_else(|| format!("unknown engine `{id}`"))
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let usage = "usage: jit-bench all --repo DIR --work DIR --jit-cli PATH [--quick] | \
                 jit-bench kernels --repo DIR --work DIR --jit-cli PATH --results FILE | \
                 jit-bench report --repo DIR --results FILE";
    let Some((command, rest)) = args.split_first() else {
        return Err(usage.to_string());
    };
    match command.as_str() {
        "all" => {
            let o = Options::parse(rest)?;
            let cfg = o.config()?;
            std::fs::create_dir_all(&cfg.work)
                .map_err(|e| format!("{}: {e}", cfg.work.display()))?;
            let results = run_all(&cfg)?;
            let path = cfg.work.join("results.json");
            let text = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("jit-bench: results in {}", path.display());
            report::write(&cfg.repo, &results)
        }
        "kernels" => {
            // Re-measures code speed only, into an earlier run's results (e.g. after a
            // backend change), and renders the report again.
            let o = Options::parse(rest)?;
            let cfg = o.config()?;
            export_config(&cfg);
            let path = o.get("results")?;
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let mut results: Results =
                serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            results.skipped.retain(|s| !s.starts_with("code speed"));
            match measure::build_kernels(&cfg) {
                Ok(kernels) => {
                    let (notes, levels) = measure::compare_opt_levels(&kernels);
                    results.opt_levels = notes;
                    results.kernels = measure::kernels(&cfg, &kernels, &levels);
                }
                Err(e) => results
                    .skipped
                    .push(format!("code speed: the kernels did not build: {e}")),
            }
            results.method.insert(
                "code speed (re-measured)".into(),
                format!("kernels re-measured alone at {}", utc_now()),
            );
            let text = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
            std::fs::write(path, text).map_err(|e| format!("{path}: {e}"))?;
            report::write(&cfg.repo, &results)
        }
        "report" => {
            let o = Options::parse(rest)?;
            let path = o.get("results")?;
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let results: Results =
                serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            report::write(&PathBuf::from(o.get("repo")?), &results)
        }
        "child" => {
            let Some((kind, rest)) = rest.split_first() else {
                return Err("child: which measure?".to_string());
            };
            let mut o = Options::parse(rest)?;
            // Children find the corpus and the quick flag through the environment the
            // driver passes on.
            for (k, var) in [("repo", "JIT_BENCH_REPO"), ("work", "JIT_BENCH_WORK")] {
                if let Ok(v) = std::env::var(var) {
                    o.values.entry(k.to_string()).or_insert(v);
                }
            }
            if std::env::var("JIT_BENCH_QUICK").is_ok_and(|v| v == "1") {
                o.flags.push("quick".to_string());
            }
            let cfg = o.config()?;
            let engine = o.engine()?;
            let out = PathBuf::from(o.get("out")?);
            match kind.as_str() {
                "compile" => {
                    let start = o
                        .get("start")?
                        .parse()
                        .map_err(|e| format!("--start: {e}"))?;
                    measure::child_compile(&cfg, &engine, start, &out)
                }
                "first-call" => measure::child_first_call(&cfg, &engine, &out),
                "kernel" => {
                    measure::child_kernel(&cfg, &engine, &PathBuf::from(o.get("ll")?), &out)
                }
                "memory" => {
                    let n = o
                        .get("functions")?
                        .parse()
                        .map_err(|e| format!("--functions: {e}"))?;
                    measure::child_memory(&engine, n, &out)
                }
                other => Err(format!("unknown child measure `{other}`")),
            }
        }
        _ => Err(usage.to_string()),
    }
}

fn command_line(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            let text = String::from_utf8_lossy(&o.stdout).into_owned();
            let text = if text.trim().is_empty() {
                String::from_utf8_lossy(&o.stderr).into_owned()
            } else {
                text
            };
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_else(|| format!("`{program}` not found"))
}

fn utc_now() -> String {
    command_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"])
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_string())
}

fn machine() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")?
                .split_once(':')
                .map(|x| x.1.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string());
    m.insert("cpu".into(), model);
    m.insert(
        "cores".into(),
        std::thread::available_parallelism()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "unknown".into()),
    );
    m.insert(
        "kernel".into(),
        std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .map(|s| format!("Linux {}", s.trim()))
            .unwrap_or_else(|_| "unknown".into()),
    );
    m.insert("load_before".into(), load_average());
    m
}

/// The cranelift-jit version in a Cargo.lock of the bench workspace, if any.
fn cranelift_version(repo: &std::path::Path) -> Option<String> {
    for lock in ["bench/Cargo.lock", "bench/peer-cranelift/Cargo.lock"] {
        let text = std::fs::read_to_string(repo.join(lock)).ok()?;
        let mut lines = text.lines();
        while let Some(l) = lines.next() {
            if l.trim() == "name = \"cranelift-jit\"" {
                let v = lines
                    .next()?
                    .trim()
                    .strip_prefix("version = ")?
                    .trim_matches('"');
                return Some(v.to_string());
            }
        }
    }
    None
}

fn versions(repo: &std::path::Path) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    v.insert("rustc".into(), command_line("rustc", &["--version"]));
    v.insert("clang".into(), command_line("clang-19", &["--version"]));
    v.insert("LLVM (llvm-sys, MCJIT/ORC)".into(), peer_llvm::version());
    v.insert(
        "lli".into(),
        command_line("lli-19", &["--version"])
            .replace("LLVM (http://llvm.org/):", "")
            .trim()
            .to_string(),
    );
    v.insert(
        "hyperfine".into(),
        command_line("hyperfine", &["--version"]),
    );
    let cl = match (cfg!(feature = "cranelift"), cranelift_version(repo)) {
        (true, Some(ver)) => format!("cranelift-jit {ver}"),
        (true, None) => "cranelift-jit (version unknown)".to_string(),
        (false, _) => "not built into this harness".to_string(),
    };
    v.insert("cranelift".into(), cl);
    v
}

/// Passes the configuration on to the measuring children through the environment.
fn export_config(cfg: &Config) {
    // SAFETY: set before any thread of ours starts; children read them.
    unsafe {
        std::env::set_var("JIT_BENCH_REPO", &cfg.repo);
        std::env::set_var("JIT_BENCH_WORK", &cfg.work);
        std::env::set_var("JIT_BENCH_QUICK", if cfg.quick { "1" } else { "0" });
    }
}

/// Every measure, in order, with the machine's description around them.
fn run_all(cfg: &Config) -> Result<Results, String> {
    export_config(cfg);
    let mut r = Results {
        quick: cfg.quick,
        started: utc_now(),
        machine: machine(),
        versions: versions(&cfg.repo),
        ..Results::default()
    };
    let compile_repeat = measure::Repeat::compile(cfg.quick);
    r.method.insert("compile".into(), compile_repeat.describe());
    r.method.insert(
        "first call".into(),
        format!(
            "1 warm-up, then {} timed runs in one process",
            measure::first_call_runs(cfg.quick)
        ),
    );
    r.method.insert(
        "code speed".into(),
        format!(
            "1 warm-up call of `main`, then {} timed calls (1 when the warm-up took over 3 s); native: the same count of process runs",
            measure::kernel_runs(cfg.quick)
        ),
    );
    r.method.insert(
        "whole process".into(),
        format!(
            "hyperfine -N, 1 warm-up, {} runs",
            if cfg.quick { 2 } else { 5 }
        ),
    );

    r.compile = measure::compile(cfg)?;
    r.first_call = measure::first_call(cfg);
    match measure::build_kernels(cfg) {
        Ok(kernels) => {
            let (notes, levels) = measure::compare_opt_levels(&kernels);
            r.opt_levels = notes;
            r.kernels = measure::kernels(cfg, &kernels, &levels);
        }
        Err(e) => r
            .skipped
            .push(format!("code speed: the kernels did not build: {e}")),
    }
    r.memory = measure::memory(cfg);
    if !cfg.jit_cli.is_file() {
        r.skipped.push(format!(
            "whole process: no `jit` binary at `{}` (pass --jit-cli)",
            cfg.jit_cli.display()
        ));
    } else if !command_line("hyperfine", &["--version"]).starts_with("hyperfine") {
        r.skipped
            .push("whole process: hyperfine is not installed".to_string());
    } else {
        match measure::process(cfg) {
            Ok(rows) => r.process = rows,
            Err(e) => r.skipped.push(format!("whole process: {e}")),
        }
    }
    r.machine.insert("load_after".into(), load_average());
    r.finished = utc_now();
    Ok(r)
}
