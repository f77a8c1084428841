//! Running one program in a child process: the test binary re-executes itself for a single
//! test (the child entry), which points file descriptor 1 at a file, runs the program and
//! exits with its exit code. C's stdout cannot be captured in-process, and a program may
//! call `exit()` or crash, so every run gets a process of its own.
//!
//! The parent side is [`run`]; the child entry is a `#[test]` that starts with
//! `let Some(req) = jit_tests::child::request() else { return };` and ends with
//! [`exit`].

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::Outcome;

const INPUT: &str = "JIT_TESTS_CHILD_INPUT";
const OUT: &str = "JIT_TESTS_CHILD_OUT";
const ARGS: &str = "JIT_TESTS_CHILD_ARGS";
const MODE: &str = "JIT_TESTS_CHILD_MODE";
/// Ends every argument, so that empty arguments survive the environment.
const SEP: char = '\u{1f}';
/// The exit code of a child that could not run its program (the engine failed).
pub const ENGINE_ERROR: i32 = 70;

/// What the parent asked the child to run.
#[derive(Clone, Debug)]
pub struct Request {
    /// The program: a `.ll` file or an object.
    pub input: PathBuf,
    /// Its arguments (after the program name).
    pub args: Vec<String>,
    /// The caller's own word on how to run it (e.g. `legalized`); empty when not given.
    pub mode: String,
}

/// The child side. In a normal test run: `None`. In a child started by [`run`]: the
/// request, with file descriptor 1 already pointing at the output file the parent reads.
pub fn request() -> Option<Request> {
    let input = PathBuf::from(std::env::var_os(INPUT)?);
    let out = std::env::var_os(OUT).expect("the child's output file");
    let args = std::env::var(ARGS)
        .unwrap_or_default()
        .split_terminator(SEP)
        .map(str::to_owned)
        .collect();
    let mode = std::env::var(MODE).unwrap_or_default();
    let file = std::fs::File::create(&out).expect("create the child's output file");
    flush_all();
    // SAFETY: dup2 of a file we own onto fd 1, after flushing what the test harness wrote;
    // the child runs only this test, so nothing else writes to fd 1 meanwhile. The file
    // itself is closed when `file` drops; fd 1 stays open.
    unsafe {
        libc::dup2(std::os::fd::AsRawFd::as_raw_fd(&file), 1);
    }
    Some(Request { input, args, mode })
}

/// Ends the child: flushes C and Rust output, then exits with the program's exit code (C
/// `exit`, so `atexit` handlers run), or prints the error and exits with [`ENGINE_ERROR`].
pub fn exit(result: Result<i32, String>) -> ! {
    flush_all();
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(ENGINE_ERROR)
        }
    }
}

/// Runs `program` on a thread with a 256 MiB stack, as deeply recursive C programs need on
/// the interpreter; a panic becomes an error.
pub fn on_big_stack(
    program: impl FnOnce() -> Result<i32, String> + Send + 'static,
) -> Result<i32, String> {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(program)
        .map_err(|e| format!("cannot start the program's thread: {e}"))?
        .join()
        .unwrap_or_else(|_| Err("the program panicked".to_string()))
}

fn flush_all() {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    // SAFETY: fflush(NULL) flushes every C stream; it has no preconditions.
    unsafe { libc::fflush(std::ptr::null_mut()) };
}

/// The parent side: runs the test `entry` of this test binary as a child (through
/// `JIT_TEST_RUNNER` when set) for `input` with `args` and `mode`, and returns what the
/// program did; `Err` when the child could not be started or ran longer than `timeout`.
pub fn run(
    entry: &str,
    input: &Path,
    args: &[String],
    mode: &str,
    timeout: Duration,
) -> Result<Outcome, String> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let unique = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let scratch =
        std::env::temp_dir().join(format!("jit-tests-child-{}-{unique}", std::process::id()));
    let (out, err) = (scratch.with_extension("out"), scratch.with_extension("err"));
    let result = run_with_files(entry, input, args, mode, timeout, &out, &err);
    let _ = std::fs::remove_file(&out);
    let _ = std::fs::remove_file(&err);
    result
}

fn run_with_files(
    entry: &str,
    input: &Path,
    args: &[String],
    mode: &str,
    timeout: Duration,
    out: &Path,
    err: &Path,
) -> Result<Outcome, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let joined: String = args.iter().map(|a| format!("{a}{SEP}")).collect();
    // stderr goes to a file rather than a pipe: a chatty child never blocks on a full pipe.
    let err_file = std::fs::File::create(err).map_err(|e| e.to_string())?;
    let mut child = crate::command(exe)
        .args([entry, "--exact", "--nocapture", "--test-threads=1"])
        .env(INPUT, input)
        .env(OUT, out)
        .env(ARGS, joined)
        .env(MODE, mode)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err_file)
        .spawn()
        .map_err(|e| format!("cannot start the child: {e}"))?;
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s", timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Outcome {
        exit: status.code().unwrap_or(-1),
        stdout: std::fs::read(out).unwrap_or_default(),
        stderr: String::from_utf8_lossy(&std::fs::read(err).unwrap_or_default()).into_owned(),
    })
}
