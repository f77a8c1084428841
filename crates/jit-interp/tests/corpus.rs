//! Runs every corpus program of the host architecture (`tests/corpus/<arch>/NAME.O{0,2}.ll`)
//! on the interpreter and compares stdout and exit code with the native program's; then the
//! same for this crate's own fixtures (`tests/fixtures/NAME.O{0,2}.ll` with `NAME.stdout`,
//! `NAME.exit` and optionally `NAME.stderr`, a substring the error output must contain).
//!
//! Each program runs in a child process (this test binary re-executed with
//! `JIT_INTERP_CORPUS_LL` set), because C's stdout cannot be captured in-process: the child
//! points file descriptor 1 at a file and exits with the program's exit code.

use jit_core::{Arch, ExecutionEngine};
use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

const LL: &str = "JIT_INTERP_CORPUS_LL";
const OUT: &str = "JIT_INTERP_CORPUS_OUT";
const ARGS: &str = "JIT_INTERP_CORPUS_ARGS";
const SEP: char = '\u{1f}';

/// The child side: does nothing unless re-executed by `corpus_matches_native`.
#[test]
fn corpus_child_entry() {
    let Ok(ll) = std::env::var(LL) else { return };
    let out = std::env::var(OUT).expect("output file");
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
        let module = jit_core::reader::parse_module(&src, &ll).map_err(|e| e.to_string())?;
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
            eprintln!("interpreter error: {e}");
            std::process::exit(70)
        }
    }
}

fn run_child(ll: &Path, args: &[String], out: &Path) -> Result<(i32, String), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
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
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let mut err = String::new();
            if let Some(mut s) = child.stderr.take() {
                let _ = s.read_to_string(&mut err);
            }
            return Ok((status.code().unwrap_or(-1), err));
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            return Err("timed out after 60 s".to_string());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn corpus_matches_native() {
    let arch = Arch::host().expect("supported host").name();
    let dir = jit_tests::corpus_dir().join(arch);
    if !dir.is_dir() {
        eprintln!("no {} corpus: skipped", dir.display());
        return;
    }
    let tmp = std::env::temp_dir().join(format!("jit-interp-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut failures = Vec::new();
    let mut ran = 0;
    for p in jit_tests::programs()
        .into_iter()
        .filter(|p| !p.native_only())
    {
        for opt in ["O0", "O2"] {
            let ll = p.ll_path(arch, opt);
            if !ll.exists() {
                continue;
            }
            ran += 1;
            let out = tmp.join(format!("{}.{opt}.out", p.name));
            match run_child(&ll, &p.args, &out) {
                Ok((code, err)) => {
                    let got = std::fs::read(&out).unwrap_or_default();
                    if got != p.expected_stdout || code != p.expected_exit {
                        failures.push(format!(
                            "{}.{opt}: exit {code} (want {}), stdout {} (want {} bytes){}",
                            p.name,
                            p.expected_exit,
                            if got == p.expected_stdout {
                                "ok"
                            } else {
                                "differs"
                            },
                            p.expected_stdout.len(),
                            if err.is_empty() {
                                String::new()
                            } else {
                                format!("; {}", err.trim())
                            }
                        ));
                    }
                }
                Err(e) => failures.push(format!("{}.{opt}: {e}", p.name)),
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!("{ran} corpus runs, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "corpus failures:\n{}",
        failures.join("\n")
    );
}

#[cfg(target_arch = "x86_64")]
#[test]
fn fixtures_match_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let tmp = std::env::temp_dir().join(format!("jit-interp-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut failures = Vec::new();
    let mut ran = 0;
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "exit").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    for name in names {
        let read = |ext: &str| std::fs::read(dir.join(format!("{name}.{ext}")));
        let want_out = read("stdout").unwrap_or_default();
        let want_exit: i32 = String::from_utf8_lossy(&read("exit").expect("exit file"))
            .trim()
            .parse()
            .expect("exit code");
        let want_err = read("stderr")
            .map(|b| String::from_utf8_lossy(&b).trim().to_string())
            .unwrap_or_default();
        for opt in ["O0", "O2"] {
            let ll = dir.join(format!("{name}.{opt}.ll"));
            ran += 1;
            let out = tmp.join(format!("{name}.{opt}.out"));
            match run_child(&ll, &[], &out) {
                Ok((code, err)) => {
                    let got = std::fs::read(&out).unwrap_or_default();
                    if got != want_out || code != want_exit || !err.contains(&want_err) {
                        failures.push(format!(
                            "{name}.{opt}: exit {code} (want {want_exit}), stdout {:?} (want {:?}), stderr {:?} (want it to contain {want_err:?})",
                            String::from_utf8_lossy(&got),
                            String::from_utf8_lossy(&want_out),
                            err.trim()
                        ));
                    }
                }
                Err(e) => failures.push(format!("{name}.{opt}: {e}")),
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!("{ran} fixture runs, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "fixture failures:\n{}",
        failures.join("\n")
    );
}
