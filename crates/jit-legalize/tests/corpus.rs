//! Differential test: every corpus `.ll` of the host architecture that computes with vectors
//! runs on the interpreter twice, as clang wrote it and legalized; both runs must print the
//! same bytes and exit with the same code (and match the native program).
//!
//! Each run happens in a child process ([`jit_tests::child`]), because C's stdout cannot be
//! captured in-process.

use jit_core::{Arch, ExecutionEngine};
use std::time::Duration;

const CHILD_ENTRY: &str = "corpus_child_entry";
const LEGALIZED: &str = "legalized";
const TIMEOUT: Duration = Duration::from_secs(120);

/// The child side: does nothing unless re-executed by [`jit_tests::child::run`].
#[test]
fn corpus_child_entry() {
    let Some(req) = jit_tests::child::request() else {
        return;
    };
    let legalized = req.mode == LEGALIZED;
    let run = move || -> Result<i32, String> {
        let ll = req.input.to_string_lossy().into_owned();
        let src = std::fs::read_to_string(&ll).map_err(|e| e.to_string())?;
        let mut module = jit_core::reader::parse_module(&src, &ll).map_err(|e| e.to_string())?;
        if legalized {
            jit_legalize::legalize_in_place(&mut module).map_err(|e| e.to_string())?;
            jit_core::verifier::verify_module(&module).map_err(|e| format!("{e:?}"))?;
        }
        let mut engine = jit_interp::Interpreter::try_new().map_err(|e| e.to_string())?;
        engine.add_module(module).map_err(|e| e.to_string())?;
        let mut argv = vec![ll];
        argv.extend(req.args);
        engine.run_main(&argv, &[]).map_err(|e| e.to_string())
    };
    let code = jit_tests::child::on_big_stack(run);
    jit_tests::child::exit(code)
}

#[test]
fn legalized_corpus_prints_the_same() {
    let arch = Arch::host().expect("supported host").name();
    let programs: Vec<_> = jit_tests::programs()
        .into_iter()
        .filter(|p| !p.native_only())
        .collect();
    let compared =
        jit_tests::check_corpus("legalized corpus", &programs, &["O0", "O2"], |p, opt| {
            let ll = p.ll_path(arch, opt);
            let Ok(src) = std::fs::read_to_string(&ll) else {
                return Ok(None);
            };
            let m = jit_core::reader::parse_module(&src, &ll.to_string_lossy())
                .unwrap_or_else(|e| panic!("{e}"));
            if jit_legalize::functions_to_legalize(&m).is_empty()
                && jit_legalize::functions_with_wide_ints(&m).is_empty()
            {
                // Nothing to rewrite: the module is handed back as it is.
                assert!(matches!(
                    jit_legalize::legalize(&m),
                    Ok(std::borrow::Cow::Borrowed(_))
                ));
                return Ok(None);
            }
            let run = |mode| jit_tests::child::run(CHILD_ENTRY, &ll, &p.args, mode, TIMEOUT);
            let (orig, legal) = (run("original")?, run(LEGALIZED)?);
            if orig.exit != legal.exit || orig.stdout != legal.stdout {
                return Err(format!(
                    "original exit {} / {} bytes, legalized exit {} / {} bytes; {}",
                    orig.exit,
                    orig.stdout.len(),
                    legal.exit,
                    legal.stdout.len(),
                    legal.stderr.trim()
                ));
            }
            Ok(Some(legal))
        });
    assert!(
        compared >= 20,
        "only {compared} corpus files compute with vectors: is the O2 corpus vectorized?"
    );
}
