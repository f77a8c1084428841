//! Runs every corpus program of the host architecture (`tests/corpus/<arch>/NAME.O{0,2}.ll`)
//! on the interpreter and compares stdout and exit code with the native program's; then the
//! same for this crate's own fixtures (`tests/fixtures/NAME.O{0,2}.ll` with `NAME.stdout`,
//! `NAME.exit` and optionally `NAME.stderr`, a substring the error output must contain).
//!
//! Each program runs in a child process ([`jit_tests::child`]), because C's stdout cannot be
//! captured in-process.

use jit_core::{Arch, ExecutionEngine};
use std::path::Path;
use std::time::Duration;

const CHILD_ENTRY: &str = "corpus_child_entry";
const TIMEOUT: Duration = Duration::from_secs(60);

/// The child side: does nothing unless re-executed by [`jit_tests::child::run`].
#[test]
fn corpus_child_entry() {
    let Some(req) = jit_tests::child::request() else {
        return;
    };
    let run = move || -> Result<i32, String> {
        let ll = req.input.to_string_lossy().into_owned();
        let src = std::fs::read_to_string(&ll).map_err(|e| e.to_string())?;
        let module = jit_core::reader::parse_module(&src, &ll).map_err(|e| e.to_string())?;
        let mut engine = jit_interp::Interpreter::try_new().map_err(|e| e.to_string())?;
        engine.add_module(module).map_err(|e| e.to_string())?;
        let mut argv = vec![ll];
        argv.extend(req.args);
        engine.run_main(&argv, &[]).map_err(|e| e.to_string())
    };
    let code = jit_tests::child::on_big_stack(run);
    jit_tests::child::exit(code.map_err(|e| format!("interpreter error: {e}")))
}

fn run_child(ll: &Path, args: &[String]) -> Result<jit_tests::Outcome, String> {
    jit_tests::child::run(CHILD_ENTRY, ll, args, "", TIMEOUT)
}

#[test]
fn corpus_matches_native() {
    let arch = Arch::host().expect("supported host").name();
    let dir = jit_tests::corpus_dir().join(arch);
    if !dir.is_dir() {
        eprintln!("no {} corpus: skipped", dir.display());
        return;
    }
    let programs: Vec<_> = jit_tests::programs()
        .into_iter()
        .filter(|p| !p.native_only())
        .collect();
    jit_tests::check_corpus("interpreter corpus", &programs, &["O0", "O2"], |p, opt| {
        let ll = p.ll_path(arch, opt);
        if !ll.exists() {
            return Ok(None);
        }
        run_child(&ll, &p.args).map(Some)
    });
}

/// This crate's fixtures: like the corpus, and some must fail with a given error.
#[cfg(target_arch = "x86_64")]
#[test]
fn fixtures_match_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "exit").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    let read = |name: &str, ext: &str| std::fs::read(dir.join(format!("{name}.{ext}")));
    let fixtures: Vec<jit_tests::Program> = names
        .iter()
        .map(|name| jit_tests::Program {
            name: name.clone(),
            args: Vec::new(),
            expected_stdout: read(name, "stdout").unwrap_or_default(),
            expected_exit: String::from_utf8_lossy(&read(name, "exit").expect("exit file"))
                .trim()
                .parse()
                .expect("exit code"),
        })
        .collect();
    jit_tests::check_corpus(
        "interpreter fixtures",
        &fixtures,
        &["O0", "O2"],
        |p, opt| {
            let want_err = read(&p.name, "stderr")
                .map(|b| String::from_utf8_lossy(&b).trim().to_string())
                .unwrap_or_default();
            let got = run_child(&dir.join(format!("{}.{opt}.ll", p.name)), &[])?;
            if !got.stderr.contains(&want_err) {
                return Err(format!(
                    "stderr {:?} does not contain {want_err:?}",
                    got.stderr.trim()
                ));
            }
            Ok(Some(got))
        },
    );
}
