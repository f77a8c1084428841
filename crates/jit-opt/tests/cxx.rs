//! The optimizer on C++ with exception handling (`tests/cxx/`, compiled by clang++-19):
//!
//! - every pass alone and every level pipeline, on both targets and both clang levels,
//!   with the verifier after each pass (invokes, landing pads, resumes and personalities
//!   everywhere: the structure must survive every transformation), and the printed output
//!   must read back;
//! - the programs that never throw, optimized at OptLevel 1 to 3, print on the interpreter
//!   what the native build prints (libstdc++ loaded into the child first).
//!
//! Skipped without clang++-19.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jit_core::{Arch, ExecutionEngine};
use jit_opt::PassOptions;
use jit_tests::cxx::{Emit, clangxx, cxx_programs};

const CHILD_ENTRY: &str = "opt_cxx_child_entry";
const TIMEOUT: Duration = Duration::from_secs(120);

const PIPELINES: &[&str] = &[
    "mem2reg",
    "sroa",
    "instcombine",
    "sccp",
    "simplifycfg",
    "adce",
    "gvn",
    "licm",
    "inline",
    "globaldce",
    "sroa,licm,gvn,indvars",
    "default<O1>",
    "default<O2>",
    "default<O3>",
];

fn options() -> PassOptions {
    PassOptions {
        respect_optnone: false,
        verify_each: true,
        ..PassOptions::default()
    }
}

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cxx")
}

#[test]
fn every_pass_keeps_exception_handling_valid() {
    if clangxx().is_none() {
        eprintln!("clang++-19 is not installed: skipped");
        return;
    }
    let mut failures = Vec::new();
    let mut runs = 0;
    for p in cxx_programs() {
        for arch in ["x86_64", "aarch64"] {
            for level in ["O0", "O2"] {
                let ll = p.compile(arch, level, Emit::Text, &out_dir()).unwrap();
                let name = ll.display().to_string();
                let text = std::fs::read_to_string(&ll).unwrap();
                let original = jit_core::reader::parse_module(&text, &name).unwrap();
                for pipeline in PIPELINES {
                    let mut m = original.clone();
                    runs += 1;
                    if let Err(e) = jit_opt::run_passes_with(&mut m, pipeline, &options()) {
                        failures.push(format!("{name}: {pipeline}: {e}"));
                        continue;
                    }
                    let printed = jit_core::printer::print_module(&m);
                    if let Err(e) = jit_core::reader::parse_module(&printed, &name) {
                        failures.push(format!("{name}: {pipeline}: output does not read: {e}"));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {runs} runs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(runs >= 200, "only {runs} runs");
}

/// The child side: loads libstdc++, optimizes at the level in `mode`, then interprets.
#[test]
fn opt_cxx_child_entry() {
    let Some(req) = jit_tests::child::request() else {
        return;
    };
    // SAFETY: a NUL-terminated name; the library stays loaded for the process's life.
    let handle = unsafe {
        libc::dlopen(
            c"libstdc++.so.6".as_ptr(),
            libc::RTLD_NOW | libc::RTLD_GLOBAL,
        )
    };
    if handle.is_null() {
        jit_tests::child::exit(Err("cannot load libstdc++.so.6".into()));
    }
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
        engine.run_main(&[ll], &[]).map_err(|e| e.to_string())
    };
    let code = jit_tests::child::on_big_stack(run);
    jit_tests::child::exit(code.map_err(|e| format!("interpreter error: {e}")))
}

fn run_child(ll: &Path, level: &str) -> Result<jit_tests::Outcome, String> {
    jit_tests::child::run(CHILD_ENTRY, ll, &[], level, TIMEOUT)
}

#[test]
fn optimized_cxx_programs_match_native_on_interpreter() {
    if clangxx().is_none() {
        eprintln!("clang++-19 is not installed: skipped");
        return;
    }
    let arch = Arch::host().expect("supported host").name();
    let mut failures = Vec::new();
    let mut ran = 0;
    for p in cxx_programs().into_iter().filter(|p| !p.throws) {
        let native = p.run_native(&out_dir()).unwrap();
        for clang_level in ["O0", "O2"] {
            let ll = p
                .compile(arch, clang_level, Emit::Text, &out_dir())
                .unwrap();
            for level in ["1", "2", "3"] {
                let got = match run_child(&ll, level) {
                    Ok(o) => o,
                    Err(e) => {
                        failures.push(format!("{} at -O{level}: {e}", ll.display()));
                        continue;
                    }
                };
                ran += 1;
                if got.stdout != native.stdout || got.exit != native.exit {
                    failures.push(format!(
                        "{} at -O{level}: exit {} (native {}), stderr:\n{}",
                        ll.display(),
                        got.exit,
                        native.exit,
                        got.stderr
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(ran >= 12, "only {ran} runs");
}
