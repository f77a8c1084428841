//! `cargo xtask bench`: our engine side by side with LLVM 19 (MCJIT, ORC), cranelift-jit and
//! native clang, written up in `docs/benchmarks.md` with SVG charts under `docs/bench/`.
//!
//! The measuring happens in the `bench/` workspace (excluded from the main one so that the
//! main build never needs LLVM or Cranelift): this task installs what it needs, builds that
//! workspace and the `jit` CLI in release mode, and runs `jit-bench all`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result};
use clap::Args;

use crate::process;
use crate::setup::{self, Requirement};

/// Options of `cargo xtask bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Few runs on a small sample: checks the pipeline in about a minute; its numbers are
    /// not the report's.
    #[arg(long)]
    quick: bool,
    /// Where the bench workspace and the release `jit` CLI are built (default:
    /// `$JIT_BENCH_TARGET_DIR`, else `bench/target`).
    #[arg(long)]
    target_dir: Option<PathBuf>,
    /// Leave the Cranelift peer out even when it builds.
    #[arg(long)]
    no_cranelift: bool,
}

/// What the measures and the LLVM peer need on the machine.
const NEEDS: &[Requirement] = &[
    Requirement {
        probe: "clang-19",
        package: "clang-19",
    },
    Requirement {
        probe: "lli-19",
        package: "llvm-19",
    },
    Requirement {
        probe: "/usr/lib/llvm-19/include/llvm-c/Core.h",
        package: "llvm-19-dev",
    },
    Requirement {
        probe: "hyperfine",
        package: "hyperfine",
    },
];

/// Where Debian's LLVM 19 lives (for `llvm-sys`).
const LLVM_PREFIX: &str = "/usr/lib/llvm-19";

/// Runs the whole benchmark and writes the report.
pub fn run(root: &Path, cargo: &Path, args: &BenchArgs) -> Result<()> {
    setup::ensure_packages("cargo xtask bench", NEEDS)?;
    let target = args
        .target_dir
        .clone()
        .or_else(|| std::env::var_os("JIT_BENCH_TARGET_DIR").map(PathBuf::from))
        .unwrap_or_else(|| root.join("bench/target"));
    let llvm_prefix =
        std::env::var("LLVM_SYS_191_PREFIX").unwrap_or_else(|_| LLVM_PREFIX.to_string());

    eprintln!(
        "xtask: building the jit CLI (release) into {}",
        target.display()
    );
    process::run(
        Command::new(cargo)
            .args(["build", "--release", "-p", "jit-cli", "--target-dir"])
            .arg(&target)
            .current_dir(root),
    )?;

    let bench_build = |features: &[&str]| {
        Command::new(cargo)
            .args(["build", "--release", "--bin", "jit-bench", "--target-dir"])
            .arg(&target)
            .args(features)
            .current_dir(root.join("bench"))
            .env("LLVM_SYS_191_PREFIX", &llvm_prefix)
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    let with_cranelift = !args.no_cranelift && {
        eprintln!("xtask: building jit-bench with the Cranelift peer");
        bench_build(&["--features", "cranelift"])
    };
    if !with_cranelift {
        if !args.no_cranelift {
            eprintln!(
                "xtask: warning: the Cranelift peer does not build; measuring without it \
                 (the report lists its columns as not measured)"
            );
        }
        anyhow::ensure!(
            bench_build(&[]),
            "building the bench workspace failed (see the errors above)"
        );
    }

    let release = target.join("release");
    let work = target.join("bench-work");
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let mut cmd = Command::new(release.join("jit-bench"));
    cmd.arg("all")
        .arg("--repo")
        .arg(root)
        .arg("--work")
        .arg(&work)
        .arg("--jit-cli")
        .arg(release.join("jit"));
    if args.quick {
        cmd.arg("--quick");
    }
    process::run(&mut cmd)?;
    eprintln!("xtask: report written to docs/benchmarks.md (charts in docs/bench/)");
    Ok(())
}
