//! The optimizer on the whole C corpus (`tests/corpus/`), with two independent judges:
//!
//! - the verifier: every pass alone and every level pipeline runs on every corpus module of
//!   both targets and both clang levels (no panic, no error, the verifier clean after each
//!   pass — `verify_each` is on in tests);
//! - the native program: every host corpus program, optimized at OptLevel 1, 2 and 3, runs
//!   on the reference interpreter and must print what the native build printed and exit the
//!   same way (the interpreter shares no code with the passes, so it judges them alone).

use std::path::Path;
use std::time::Duration;

use jit_core::{Arch, ExecutionEngine};
use jit_opt::PassOptions;

const CHILD_ENTRY: &str = "opt_corpus_child_entry";
const TIMEOUT: Duration = Duration::from_secs(120);

/// Every pipeline the fuzz test runs: each pass alone, then the level pipelines.
const PIPELINES: &[&str] = &[
    "mem2reg",
    "sroa",
    "instcombine",
    "instsimplify",
    "sccp",
    "simplifycfg",
    "dce",
    "adce",
    "gvn",
    "early-cse",
    "licm",
    "inline",
    "always-inline",
    "globaldce",
    "sroa,licm,gvn",
    "default<O1>",
    "default<O2>",
    "default<O3>",
];

/// Options that optimize `optnone` functions (all of clang's -O0 output) too.
fn options() -> PassOptions {
    PassOptions {
        respect_optnone: false,
        verify_each: true,
        ..PassOptions::default()
    }
}

#[test]
fn every_pass_on_every_corpus_module_verifies() {
    let files = jit_tests::all_ll_files();
    assert!(files.len() >= 100, "only {} corpus files", files.len());
    let mut failures = Vec::new();
    let mut runs = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = file.display().to_string();
        let original = jit_core::reader::parse_module(&text, &name).unwrap();
        for pipeline in PIPELINES {
            let mut m = original.clone();
            runs += 1;
            if let Err(e) = jit_opt::run_passes_with(&mut m, pipeline, &options()) {
                failures.push(format!("{name}: {pipeline}: {e}"));
                continue;
            }
            // The printed module reads back (what `jit opt` writes must be valid text).
            let printed = jit_core::printer::print_module(&m);
            if let Err(e) = jit_core::reader::parse_module(&printed, &name) {
                failures.push(format!("{name}: {pipeline}: output does not parse: {e}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {runs} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The child side: optimizes at the level in `mode`, then interprets.
#[test]
fn opt_corpus_child_entry() {
    let Some(req) = jit_tests::child::request() else {
        return;
    };
    let run = move || -> Result<i32, String> {
        let ll = req.input.to_string_lossy().into_owned();
        let src = std::fs::read_to_string(&ll).map_err(|e| e.to_string())?;
        let mut module = jit_core::reader::parse_module(&src, &ll).map_err(|e| e.to_string())?;
        let level: u8 = req
            .mode
            .parse()
            .map_err(|_| format!("bad level {}", req.mode))?;
        jit_opt::optimize_with(&mut module, level, &options()).map_err(|e| e.to_string())?;
        let mut engine = jit_interp::Interpreter::try_new().map_err(|e| e.to_string())?;
        engine.add_module(module).map_err(|e| e.to_string())?;
        let mut argv = vec![ll];
        argv.extend(req.args);
        engine.run_main(&argv, &[]).map_err(|e| e.to_string())
    };
    let code = jit_tests::child::on_big_stack(run);
    jit_tests::child::exit(code.map_err(|e| format!("interpreter error: {e}")))
}

fn run_child(ll: &Path, args: &[String], level: &str) -> Result<jit_tests::Outcome, String> {
    jit_tests::child::run(CHILD_ENTRY, ll, args, level, TIMEOUT)
}

fn optimized_corpus_on_interpreter(clang_level: &str) {
    let arch = Arch::host().expect("supported host").name();
    let programs: Vec<_> = jit_tests::programs()
        .into_iter()
        .filter(|p| !p.native_only())
        .collect();
    let labels = ["1", "2", "3"];
    jit_tests::check_corpus(
        &format!("optimized {clang_level} corpus on the interpreter"),
        &programs,
        &labels,
        |p, level| {
            let ll = p.ll_path(arch, clang_level);
            if !ll.exists() {
                return Ok(None);
            }
            run_child(&ll, &p.args, level).map(Some)
        },
    );
}

#[test]
fn optimized_o0_corpus_matches_native_on_interpreter() {
    optimized_corpus_on_interpreter("O0");
}

#[test]
fn optimized_o2_corpus_matches_native_on_interpreter() {
    optimized_corpus_on_interpreter("O2");
}
