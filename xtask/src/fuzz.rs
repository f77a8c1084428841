//! `cargo xtask fuzz`: the in-tree fuzzers of `crates/jit-fuzz` (no nightly, no
//! cargo-fuzz).
//!
//! Builds the `jit-fuzz` binary and runs one target at a time in a child process. A child
//! that dies of a signal (JIT code crashing, a stack overflow) is not the end of the
//! campaign: the child records each case's seed before running it (`--progress`), so the
//! case that killed it is named, its input written to `target/fuzz/findings/`, and the
//! campaign resumes at the next seed with what is left of the budget. Findings make the
//! task fail. `test` runs [`FuzzArgs::ci_slice`], a fixed seed range per target.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use crate::process;

/// The targets of `jit-fuzz`.
const TARGETS: &[&str] = &["ll-reader", "bitcode-reader", "irgen", "executor-protocol"];

/// Options of `cargo xtask fuzz`.
#[derive(Debug, Clone, clap::Args)]
pub struct FuzzArgs {
    /// One target: ll-reader, bitcode-reader, irgen or executor-protocol (default: all in
    /// turn).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(TARGETS))]
    target: Option<String>,
    /// Seconds per target (default 60 unless --count is given).
    #[arg(long)]
    time: Option<u64>,
    /// Cases per target (a fixed seed range: deterministic).
    #[arg(long)]
    count: Option<u64>,
    /// The first seed.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Build the fuzzer with optimizations (faster cases, slower build).
    #[arg(long)]
    release: bool,
    /// The slice `cargo xtask test` runs: each target's fixed seed range from 0 (20000
    /// mutants of each reader, 3000 generated modules, 50000 executor-protocol sessions).
    #[arg(long, conflicts_with_all = ["time", "count", "seed"])]
    ci: bool,
}

impl FuzzArgs {
    /// What `cargo xtask test` runs: fixed seed ranges, about 20 s on two cores.
    pub fn ci_slice() -> Self {
        FuzzArgs {
            target: None,
            time: None,
            count: None,
            seed: 0,
            release: false,
            ci: true,
        }
    }

    /// Cases of `target` in the CI slice.
    fn ci_count(target: &str) -> u64 {
        match target {
            "ll-reader" => 20_000,
            "bitcode-reader" => 20_000,
            // A session is cheap (no code runs): ~2 s in a debug build.
            "executor-protocol" => 50_000,
            _ => 3_000,
        }
    }
}

/// Runs the campaign described by `args`.
pub fn run(root: &Path, cargo: &Path, args: &FuzzArgs) -> Result<()> {
    let mut build = Command::new(cargo);
    build
        .args(["build", "-p", "jit-fuzz", "--bin", "jit-fuzz"])
        .current_dir(root);
    if args.release {
        build.arg("--release");
    }
    process::run(&mut build)?;
    let exe = root
        .join("target")
        .join(if args.release { "release" } else { "debug" })
        .join("jit-fuzz");
    let out = root.join("target/fuzz");
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let targets: Vec<&str> = match &args.target {
        Some(t) => vec![t.as_str()],
        None => TARGETS.to_vec(),
    };
    let mut failures = Vec::new();
    for target in targets {
        let count = if args.ci {
            Some(FuzzArgs::ci_count(target))
        } else {
            args.count
        };
        let time = match (args.time, count) {
            (None, None) => Some(60),
            (t, _) => t,
        };
        failures.extend(campaign(root, &exe, &out, target, args.seed, count, time)?);
    }
    if !failures.is_empty() {
        bail!(
            "{} fuzz finding(s):\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
    }
    Ok(())
}

/// One target's campaign, restarted past cases that kill the process. Returns the
/// findings (one line each).
fn campaign(
    root: &Path,
    exe: &Path,
    out: &Path,
    target: &str,
    first: u64,
    count: Option<u64>,
    time: Option<u64>,
) -> Result<Vec<String>> {
    let progress: PathBuf = out.join(format!("{target}.progress"));
    let start = Instant::now();
    let mut seed = first;
    let mut findings = Vec::new();
    loop {
        let mut cmd = Command::new(exe);
        cmd.arg("--target")
            .arg(target)
            .arg("--seed")
            .arg(seed.to_string())
            .arg("--root")
            .arg(root)
            .arg("--progress")
            .arg(&progress);
        if let Some(c) = count {
            let done = seed - first;
            if done >= c {
                break;
            }
            cmd.arg("--count").arg((c - done).to_string());
        }
        if let Some(t) = time {
            let left = Duration::from_secs(t).saturating_sub(start.elapsed());
            if left.is_zero() {
                break;
            }
            cmd.arg("--time").arg(left.as_secs().max(1).to_string());
        }
        let _ = std::fs::remove_file(&progress);
        let shown = process::display(&cmd);
        let status = cmd
            .status()
            .with_context(|| format!("could not start `{shown}`"))?;
        match status.code() {
            Some(0) => break,
            Some(1) => {
                findings.push(format!("{target}: see the findings printed above"));
                break;
            }
            Some(_) => bail!("`{shown}` failed with {}", process::describe(status)),
            None => {
                // Killed by a signal: the progress file names the case.
                let text = std::fs::read_to_string(&progress).unwrap_or_default();
                let crashed: u64 = text
                    .split_whitespace()
                    .nth(1)
                    .and_then(|s| s.parse().ok())
                    .with_context(|| {
                        format!(
                            "`{shown}` died with {} before its first case",
                            process::describe(status)
                        )
                    })?;
                println!(
                    "  finding: {target} seed {crashed}: the process died with {}",
                    process::describe(status)
                );
                let mut dump = Command::new(exe);
                dump.args(["--target", target, "--dump", "--count", "1", "--seed"])
                    .arg(crashed.to_string())
                    .arg("--root")
                    .arg(root);
                process::run(&mut dump)?;
                findings.push(format!(
                    "{target} seed {crashed}: crashed ({})",
                    process::describe(status)
                ));
                seed = crashed + 1;
            }
        }
    }
    Ok(findings)
}
