//! `cargo xtask`: developer tasks for the jit workspace.
//!
//! The alias in `.cargo/config.toml` runs this binary, so every task is
//! `cargo xtask <task>` from anywhere inside the repository:
//!
//! - `cargo xtask corpus [--check] [--lang c|cpp]` regenerates the C corpus under
//!   `tests/corpus/` and the C++ corpus under `tests/corpus/cpp/` (LLVM IR for x86-64 and
//!   AArch64 at -O0 and -O2, plus the expected output of each program, cross-checked
//!   between optimization levels and architectures), or with `--check` verifies that what
//!   is checked in is up to date.
//! - `cargo xtask headers [--check]` writes `include/jit.h` (cbindgen) and the LLVM-C
//!   compatibility headers under `include/llvm-c/`, or checks that they are up to date.
//! - `cargo xtask test` runs the project's test pipeline (formatting, clippy, tests, and
//!   `test-arm`).
//! - `cargo xtask test-arm` cross-builds the tests for AArch64 and runs them under QEMU.
//! - `cargo xtask soak` runs the long tests that `test` runs only a slice of (release build).
//! - `cargo xtask apps` runs whole applications (Lua, SQLite, compressors, and Jsonnet's test
//!   suite in C++) from crates.io through `jit run` on both architectures, levels and engines,
//!   against the native programs.
//! - `cargo xtask csmith [--from N] [--count K] [--seeds S,...] [--arch x86_64|aarch64|both]
//!   [--opt O0,O2] [--engine mcjit,interp] [--jobs J] [--keep DIR]` is the differential loop:
//!   csmith's random C programs, compiled by clang-19 to `.ll`, run by `jit run` on both
//!   engines and compared with the natively built program (AArch64 under QEMU). Failing
//!   programs are kept in DIR with the commands that reproduce them; `test` runs six seeds.
//! - `cargo xtask fuzz [--target ll-reader|bitcode-reader|irgen|executor-protocol] [--time S] [--count K]
//!   [--seed N] [--release] [--ci]` runs the in-tree fuzzers of `crates/jit-fuzz`: mutated `.ll`
//!   text and bitcode through the readers, and random valid modules on the interpreter
//!   and the native engine at -O0..-O3. Findings go to `target/fuzz/findings/`; `test`
//!   runs a fixed seed range of each target.
//! - `cargo xtask bench [--quick]` measures our engine side by side with LLVM 19 (MCJIT,
//!   ORC), cranelift-jit and native clang, and writes `docs/benchmarks.md` with its charts.
//!
//! Tasks install the system tools they need when running as root and otherwise say
//! exactly which packages are missing.

mod apps;
mod arm;
mod bench;
mod corpus;
mod csmith;
mod fuzz;
mod headers;
mod level;
mod process;
mod reduce;
mod setup;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

/// Developer tasks for the jit workspace.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Regenerate the C and C++ corpora (.ll files and expected outputs) under tests/corpus/.
    Corpus(corpus::CorpusArgs),
    /// Generate include/jit.h (cbindgen) and the include/llvm-c compatibility headers.
    Headers(headers::HeadersArgs),
    /// Run the test pipeline: rustfmt check, clippy with -D warnings, cargo test, test-arm.
    Test,
    /// Cross-build the tests for aarch64-unknown-linux-gnu and run them under QEMU.
    TestArm,
    /// Long runs kept out of `cargo xtask test` (which runs a small slice of each): one
    /// million add/call/remove cycles per memory manager with resident memory checked.
    Soak,
    /// Whole applications from crates.io (Lua, SQLite, zlib, bzip2, LZ4, Zstandard) through
    /// `jit run`, compared with the native programs, on x86-64 and AArch64 (QEMU), -O0/-O2,
    /// both engines.
    Apps(apps::AppsArgs),
    /// Benchmarks side by side with LLVM 19 (MCJIT, ORC), cranelift-jit and native clang;
    /// writes docs/benchmarks.md and the charts in docs/bench/ (not part of `test`).
    Bench(bench::BenchArgs),
    /// The differential loop on random C programs: csmith writes them, clang-19 compiles
    /// them to .ll, `jit run` (both engines) must match the natively built program.
    Csmith(csmith::CsmithArgs),
    /// In-tree fuzzing (crates/jit-fuzz): mutated .ll and bitcode through the readers, and
    /// random valid modules run on the interpreter and the native engine at -O0..-O3.
    Fuzz(fuzz::FuzzArgs),
    /// Shrink a `.ll` that `jit run` gets wrong (a kept csmith failure) with llvm-reduce-19,
    /// keeping what makes it differ from its native builds.
    Reduce(reduce::ReduceArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = workspace_root().and_then(|root| match cli.command {
        Task::Corpus(args) => corpus::run(&root, &args),
        Task::Headers(args) => headers::run(&root, &args),
        Task::Test => test::run(&root),
        Task::TestArm => arm::run(&root, &test::cargo_path()),
        Task::Soak => test::soak(&root),
        Task::Apps(args) => apps::run(&root, &test::cargo_path(), &args),
        Task::Bench(args) => bench::run(&root, &test::cargo_path(), &args),
        Task::Csmith(args) => csmith::run(&root, &test::cargo_path(), &args),
        Task::Fuzz(args) => fuzz::run(&root, &test::cargo_path(), &args),
        Task::Reduce(args) => reduce::run(&root, &test::cargo_path(), &args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> Result<PathBuf> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest_dir
        .parent()
        .with_context(|| format!("{} has no parent directory", manifest_dir.display()))?;
    anyhow::ensure!(
        root.join("Cargo.toml").is_file(),
        "workspace root {} has no Cargo.toml",
        root.display()
    );
    Ok(root.to_path_buf())
}
