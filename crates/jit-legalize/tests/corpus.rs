//! Differential test: every corpus `.ll` of the host architecture that computes with vectors
//! runs on the interpreter twice, as clang wrote it and legalized; both runs must print the
//! same bytes and exit with the same code (and match the native program).
//!
//! Each run happens in a child process (this test binary re-executed with `LEGALIZE_LL`
//! set), because C's stdout cannot be captured in-process.

use jit_core::{Arch, ExecutionEngine};
use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

const LL: &str = "LEGALIZE_CORPUS_LL";
const OUT: &str = "LEGALIZE_CORPUS_OUT";
const ARGS: &str = "LEGALIZE_CORPUS_ARGS";
const MODE: &str = "LEGALIZE_CORPUS_MODE";
const SEP: char = '\u{1f}';

/// The child side: does nothing unless re-executed by `legalized_corpus_prints_the_same`.
#[test]
fn corpus_child_entry() {
    let Ok(ll) = std::env::var(LL) else { return };
    let out = std::env::var(OUT).expect("output file");
    let legalized = std::env::var(MODE).is_ok_and(|m| m == "legalized");
    let args: Vec<String> = std::env::var(ARGS)
        .unwrap_or_default()
        .split_terminator(SEP)
        .map(str::to_owned)
        .collect();
    let file = std::fs::File::create(&out).expect("create the output file");
    // SAFETY: dup2 onto fd 1 of a file we own; the child only runs this test.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::dup2(std::os::fd::AsRawFd::as_raw_fd(&file), 1);
    }
    let run = move || -> Result<i32, String> {
        let src = std::fs::read_to_string(&ll).map_err(|e| e.to_string())?;
        let mut module = jit_core::reader::parse_module(&src, &ll).map_err(|e| e.to_string())?;
        if legalized {
            jit_legalize::legalize_in_place(&mut module).map_err(|e| e.to_string())?;
            jit_core::verifier::verify_module(&module).map_err(|e| format!("{e:?}"))?;
        }
        let mut engine = jit_interp::Interpreter::try_new().map_err(|e| e.to_string())?;
        engine.add_module(module).map_err(|e| e.to_string())?;
        let mut argv = vec![ll.clone()];
        argv.extend(args);
        engine.run_main(&argv, &[]).map_err(|e| e.to_string())
    };
    let code = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("spawn")
        .join()
        .unwrap_or_else(|_| Err("the interpreter panicked".to_string()));
    // SAFETY: flushing stdio has no preconditions.
    unsafe { libc::fflush(std::ptr::null_mut()) };
    match code {
        Ok(c) => std::process::exit(c),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(70)
        }
    }
}

/// Exit code, stdout and stderr of one interpreter run.
fn run_child(ll: &Path, args: &[String], mode: &str, out: &Path) -> (i32, Vec<u8>, String) {
    let exe = std::env::current_exe().expect("test binary");
    let joined: String = args.iter().map(|a| format!("{a}{SEP}")).collect();
    let mut child = jit_tests::command(exe)
        .args([
            "--exact",
            "corpus_child_entry",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(LL, ll)
        .env(OUT, out)
        .env(ARGS, joined)
        .env(MODE, mode)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the child");
    let start = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code().unwrap_or(-1);
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            break -2;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut err = String::new();
    if let Some(mut s) = child.stderr.take() {
        let _ = s.read_to_string(&mut err);
    }
    (code, std::fs::read(out).unwrap_or_default(), err)
}

#[test]
fn legalized_corpus_prints_the_same() {
    let arch = Arch::host().expect("supported host").name();
    let tmp = std::env::temp_dir().join(format!("jit-legalize-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut failures = Vec::new();
    let mut compared = 0;
    for p in jit_tests::programs()
        .into_iter()
        .filter(|p| !p.native_only())
    {
        for opt in ["O0", "O2"] {
            let ll = p.ll_path(arch, opt);
            let Ok(src) = std::fs::read_to_string(&ll) else {
                continue;
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
                continue;
            }
            compared += 1;
            let o = tmp.join(format!("{}.{opt}.orig", p.name));
            let l = tmp.join(format!("{}.{opt}.legal", p.name));
            let orig = run_child(&ll, &p.args, "original", &o);
            let legal = run_child(&ll, &p.args, "legalized", &l);
            if orig.0 != legal.0 || orig.1 != legal.1 {
                failures.push(format!(
                    "{}.{opt}: original exit {} / {} bytes, legalized exit {} / {} bytes; {}",
                    p.name,
                    orig.0,
                    orig.1.len(),
                    legal.0,
                    legal.1.len(),
                    legal.2.trim()
                ));
            } else if legal.1 != p.expected_stdout || legal.0 != p.expected_exit {
                failures.push(format!(
                    "{}.{opt}: both differ from the native program",
                    p.name
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!("{compared} corpus files with vectors compared");
    assert!(
        compared >= 20,
        "only {compared} corpus files compute with vectors: is the O2 corpus vectorized?"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
