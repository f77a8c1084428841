//! C++ programs on the interpreter (`tests/cxx/`, compiled by clang++-19 for the host at
//! -O0 and -O2): the ones that never throw print what the native build prints, although
//! they are full of invokes, landing pads and personalities; the one that throws stops with
//! a runtime error naming C++ exceptions, the throwing call and its function, instead of
//! aborting in the unwinder. libstdc++ is loaded into the child first (the engine does not
//! load it by itself yet). Skipped without clang++-19.

use jit_core::{Arch, ExecutionEngine};
use std::path::{Path, PathBuf};
use std::time::Duration;

const CHILD_ENTRY: &str = "cxx_child_entry";
const TIMEOUT: Duration = Duration::from_secs(120);

/// The child side: does nothing unless re-executed by [`jit_tests::child::run`].
#[test]
fn cxx_child_entry() {
    let Some(req) = jit_tests::child::request() else {
        return;
    };
    // SAFETY: a NUL-terminated name; loading a library runs its constructors, which
    // libstdc++'s are made for. The handle stays open for the process's life.
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
        let module = jit_core::reader::parse_module(&src, &ll).map_err(|e| e.to_string())?;
        jit_core::verifier::verify_module(&module).map_err(|e| e.to_string())?;
        let mut engine = jit_interp::Interpreter::try_new().map_err(|e| e.to_string())?;
        engine.add_module(module).map_err(|e| e.to_string())?;
        engine.run_main(&[ll], &[]).map_err(|e| e.to_string())
    };
    let code = jit_tests::child::on_big_stack(run);
    jit_tests::child::exit(code.map_err(|e| format!("interpreter error: {e}")))
}

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cxx")
}

fn run_child(ll: &Path) -> Result<jit_tests::Outcome, String> {
    jit_tests::child::run(CHILD_ENTRY, ll, &[], "", TIMEOUT)
}

#[test]
fn cxx_programs_run_on_the_interpreter() {
    if jit_tests::cxx::clangxx().is_none() {
        eprintln!("clang++-19 is not installed: skipped");
        return;
    }
    let arch = Arch::host().expect("supported host").name();
    let mut failures = Vec::new();
    let mut ran = 0;
    for p in jit_tests::cxx::cxx_programs() {
        let native = match p.run_native(&out_dir()) {
            Ok(o) => o,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        for opt in ["O0", "O2"] {
            let ll = match p.compile(arch, opt, jit_tests::cxx::Emit::Text, &out_dir()) {
                Ok(ll) => ll,
                Err(e) => {
                    failures.push(e);
                    continue;
                }
            };
            let got = match run_child(&ll) {
                Ok(o) => o,
                Err(e) => {
                    failures.push(format!("{}: {e}", ll.display()));
                    continue;
                }
            };
            ran += 1;
            let problem = if p.throws {
                // Stops at the first throw, with what and where.
                let e = &got.stderr;
                let ok = got.exit != 0
                    && e.contains("a C++ exception is thrown here (call to `__cxa_throw`)")
                    && e.contains("runtime error in `_Z5checki`")
                    && e.contains(&format!("{}:", ll.display()));
                (!ok).then(|| format!("exit {}, stderr:\n{e}", got.exit))
            } else if got.stdout != native.stdout || got.exit != native.exit {
                Some(format!(
                    "exit {} (native {}), stdout:\n{}\nnative stdout:\n{}\nstderr:\n{}",
                    got.exit,
                    native.exit,
                    String::from_utf8_lossy(&got.stdout),
                    String::from_utf8_lossy(&native.stdout),
                    got.stderr
                ))
            } else {
                None
            };
            if let Some(problem) = problem {
                failures.push(format!("{}: {problem}", ll.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(ran >= 8, "only {ran} runs");
}
