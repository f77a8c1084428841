//! The `.ll` filetests of the workspace (`tests/filetests/`): one test per directory, each
//! running every file in it and reporting every failure with its `file:line`.
//!
//! `JIT_FILETESTS_FILTER=TEXT` runs only files whose path contains TEXT,
//! `JIT_FILETESTS_LEVELS=0,2` picks the native levels, `JIT_FILETESTS_BLESS=1` rewrites
//! snapshots that differ. See `tests/filetests/README.md`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use jit_filetests::{Config, Optimizer, Summary};

/// The IR optimizer `test opt` files run: `jit-opt` (through the facade, which depends on
/// it), with LLVM's semantics for the pipeline text.
const OPTIMIZER: Option<Optimizer> = Some(|m, pipeline| Ok(jit::jit_opt::run_passes(m, pipeline)?));

/// The directories, one test each.
const DIRECTORIES: [&str; 5] = ["parse", "verify", "run", "compile", "opt"];

fn root() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/jit-filetests lies two levels below the workspace");
    workspace.join("tests/filetests")
}

fn config() -> Config {
    Config::from_env()
        .unwrap_or_else(|e| panic!("{e}"))
        .with_optimizer(OPTIMIZER)
}

/// Prints the summary where it is seen even when the test passes (libtest captures
/// `println!`, not direct writes to stderr), and fails with every failure.
fn report(summary: &Summary) {
    let _ = std::io::stderr().write_all(summary.overview().as_bytes());
    assert!(summary.passed(), "\n{}", summary.failure_text());
}

fn check_dir(name: &str) {
    let config = config();
    let summary = jit_filetests::run_dir(&root().join(name), &config);
    assert!(
        !summary.files.is_empty() || config.filter.is_some(),
        "no test files in tests/filetests/{name}"
    );
    report(&summary);
}

#[test]
fn parse() {
    check_dir("parse");
}

#[test]
fn verify() {
    check_dir("verify");
}

#[test]
fn run() {
    check_dir("run");
}

#[test]
fn compile() {
    check_dir("compile");
}

#[test]
fn opt() {
    check_dir("opt");
}

/// A file outside the directories above would never run.
#[test]
fn every_file_is_in_a_tested_directory() {
    let mut stray = Vec::new();
    for entry in std::fs::read_dir(root()).expect("tests/filetests exists") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let known = path.is_dir() && DIRECTORIES.contains(&name.as_str());
        if !known && name != "README.md" {
            stray.push(name);
        }
    }
    assert!(
        stray.is_empty(),
        "not in a tested directory of tests/filetests: {stray:?}"
    );
}

/// The expected values of run lines, checked against LLVM's own build of each file
/// (`clang-19` at -O0 and -O2): an expected value the interpreter agrees with can still be
/// wrong. Needs LLVM 19 (which `cargo xtask test` installs); says so and passes without it.
#[test]
fn run_lines_agree_with_llvm() {
    // Under an emulator (`cargo xtask test-arm`) the programs clang builds would be for
    // the wrong machine; the native AArch64 engine is checked there against the
    // interpreter and the expected values, which this test checks on x86-64.
    let tools = match jit_filetests::llvm::Tools::find() {
        _ if std::env::var_os("JIT_TEST_RUNNER").is_some() => {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED the LLVM check of run lines: the tests run under an emulator (JIT_TEST_RUNNER)"
            );
            return;
        }
        Ok(t) => t,
        Err(why) => {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED the LLVM check of run lines: {why}"
            );
            return;
        }
    };
    let config = config();
    let mut files = Vec::new();
    for dir in ["run", "compile", "opt"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
            .unwrap_or_default();
        paths.sort();
        for path in paths {
            let wanted = config
                .filter
                .as_deref()
                .is_none_or(|f| path.to_string_lossy().contains(f));
            if !wanted || path.extension().is_none_or(|e| e != "ll") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a readable test file");
            // Malformed directives fail in the directory's own test.
            if let Ok(file) = jit_filetests::TestFile::parse(&path, &text)
                && !file.runs.is_empty()
            {
                files.push(file);
            }
        }
    }
    // Building with clang dominates: one worker per core, each with its scratch directory.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let scratch = std::env::temp_dir().join(format!("jit-filetests-llvm-{}", std::process::id()));
    let mut reports: Vec<(usize, jit_filetests::FileReport)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..workers)
            .map(|w| {
                let (files, next, tools) = (&files, &next, &tools);
                let scratch = scratch.join(w.to_string());
                s.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(i) else { break };
                        let mut report = jit_filetests::FileReport::new(&file.path);
                        let outcome = jit_filetests::llvm::check(file, tools, &scratch);
                        report.record("llvm", 0, outcome);
                        done.push((i, report));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("an LLVM check worker"))
            .collect()
    });
    let _ = std::fs::remove_dir_all(&scratch);
    reports.sort_by_key(|(i, _)| *i);
    // Named so that the overview reads `filetests llvm-check: ...`.
    let mut summary = Summary::new(&root().join("llvm-check"));
    for (_, r) in reports {
        summary.push(r);
    }
    report(&summary);
}
