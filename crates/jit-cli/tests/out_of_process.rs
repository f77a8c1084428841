//! `jit run` with the program in a `jit-executor` (`--out-of-process`, `--executor`,
//! `--connect`): the corpus runs there exactly as in process; a crash, an abort, a stack
//! overflow, an endless loop (`--timeout`) or an executor killed from outside end the
//! program, never `jit`, which reports the signal and exits 128 + N (124 on timeout); a
//! listening executor serves `--connect`; and, with `JIT_AARCH64_EXECUTOR` set (by
//! `cargo xtask test-arm`), the x86-64 `jit` runs the AArch64 corpus in an AArch64 executor
//! under QEMU.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Output, Stdio};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
        .display()
        .to_string()
}

/// `jit` with the test executor named by `--executor`.
fn jit_oop(args: &[&str]) -> std::process::Command {
    let mut cmd = jit_tests::command(env!("CARGO_BIN_EXE_jit"));
    cmd.arg("run")
        .arg("--executor")
        .arg(jit_tests::executor_command().join(" "))
        .args(args)
        .env_remove("JIT_CRASH_REPORT");
    cmd
}

fn output(cmd: &mut std::process::Command) -> Output {
    cmd.output().expect("spawn jit")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs every `step`th corpus program of `arch` through `executor` with `flags`.
fn run_corpus(what: &str, arch: &str, executor: &[String], flags: &[&str], step: usize) {
    let programs = jit_tests::programs();
    assert!(programs.len() >= 40);
    let chosen: Vec<_> = programs.iter().step_by(step).cloned().collect();
    for opt in ["O0", "O2"] {
        jit_tests::check_corpus(what, &chosen, &[opt], |p, opt| {
            let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
                .arg("run")
                .arg("--executor")
                .arg(executor.join(" "))
                .args(flags)
                .arg(p.ll_path(arch, opt))
                .args(&p.args)
                .output()
                .map_err(|e| format!("cannot start jit: {e}"))?;
            Ok(Some(out.into()))
        });
    }
}

#[test]
fn corpus_runs_out_of_process() {
    // Under QEMU both processes are emulated: a quarter of the corpus says enough there.
    let step = if jit_tests::under_emulator() { 4 } else { 1 };
    run_corpus(
        "jit run --executor (-O0)",
        std::env::consts::ARCH,
        &jit_tests::executor_command(),
        &["-O0"],
        step,
    );
    run_corpus(
        "jit run --executor (-O2)",
        std::env::consts::ARCH,
        &jit_tests::executor_command(),
        &["-O2"],
        step * 2,
    );
}

#[test]
fn exit_handlers_destructors_and_stdio_match_in_process() {
    let file = fixture("oop/exit_dtors.ll");
    let inproc =
        output(jit_tests::command(env!("CARGO_BIN_EXE_jit")).args(["run", "-O1", &file, "arg"]));
    let oop = output(&mut jit_oop(&["-O1", &file, "arg"]));
    assert_eq!(inproc.status.code(), Some(42), "{}", stderr(&inproc));
    assert_eq!(oop.status.code(), Some(42), "{}", stderr(&oop));
    assert_eq!(stdout(&oop), stdout(&inproc));
    assert_eq!(
        stdout(&oop),
        "ctor\nargc=2 argv1=arg\nleaving with 42atexit second\natexit first\ndtor\n"
    );
}

/// Runs `file` out of process and checks that `jit` survived the program's death by
/// `signal`, said so on stderr, and exited 128 + signal.
fn dies_of(file: &str, signal: i32, name: &str) -> Output {
    let o = output(&mut jit_oop(&[&fixture(file)]));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(128 + signal), "{:?}: {err}", o.status);
    assert!(
        err.contains(&format!("jit: program killed by signal {signal} ({name})")),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    o
}

#[test]
fn crashes_end_the_program_not_jit() {
    dies_of("crash/null_store.ll", libc::SIGSEGV, "SIGSEGV");
    let o = dies_of("oop/abort.ll", libc::SIGABRT, "SIGABRT");
    assert_eq!(stdout(&o), "before abort\n");
    dies_of("oop/overflow.ll", libc::SIGSEGV, "SIGSEGV");
}

#[test]
fn an_endless_program_is_stopped_by_the_timeout() {
    let started = std::time::Instant::now();
    let o = output(&mut jit_oop(&["--timeout", "1", &fixture("oop/spin.ll")]));
    assert_eq!(o.status.code(), Some(124), "{}", stderr(&o));
    assert_eq!(stdout(&o), "spinning\n");
    assert!(stderr(&o).contains("--timeout"), "{}", stderr(&o));
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
    // Without an executor the option is refused.
    let o = output(jit_tests::command(env!("CARGO_BIN_EXE_jit")).args([
        "run",
        "--timeout",
        "1",
        &fixture("oop/spin.ll"),
    ]));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--timeout needs the program out of process"));
}

#[test]
fn an_executor_killed_mid_run_is_reported() {
    let mut child = jit_oop(&[&fixture("oop/wait_for_kill.ll")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn jit");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("the program prints its pid");
    let pid: i32 = line.trim().parse().expect("a pid");
    // SAFETY: plain kill(2) of the process that printed its pid (the program's own).
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    let o = child.wait_with_output().expect("jit ends");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(128 + libc::SIGKILL), "{err}");
    assert!(
        err.contains("jit: program killed by signal 9 (SIGKILL)"),
        "{err}"
    );
}

#[test]
fn a_listening_executor_serves_connect() {
    let socket = std::env::temp_dir().join(format!("jit-oop-test-{}.sock", std::process::id()));
    let _ = std::fs::remove_file(&socket);
    let address = format!("unix:{}", socket.display());
    let cmd = jit_tests::executor_command();
    let mut executor = std::process::Command::new(&cmd[0])
        .args(&cmd[1..])
        .args(["--listen", &address, "--once"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn jit-executor");
    for _ in 0..600 {
        if socket.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let o = output(jit_tests::command(env!("CARGO_BIN_EXE_jit")).args([
        "run",
        "--connect",
        &address,
        &fixture("oop/exit_dtors.ll"),
        "x",
    ]));
    // The program's output is the executor's (its stdout), its status comes back to jit.
    assert_eq!(o.status.code(), Some(42), "{}", stderr(&o));
    // With --once the listener served the connection itself and ends as its program did.
    let status = executor
        .wait()
        .expect("the executor ends after one connection");
    assert_eq!(status.code(), Some(42), "{status:?}");
    let mut printed = String::new();
    std::io::Read::read_to_string(&mut executor.stdout.take().expect("piped"), &mut printed)
        .expect("read the executor's stdout");
    assert!(printed.contains("argc=2 argv1=x\n"), "{printed}");
    let _ = std::fs::remove_file(&socket);
}

#[test]
fn bad_executor_commands_are_errors_not_hangs() {
    let o = output(jit_tests::command(env!("CARGO_BIN_EXE_jit")).args([
        "run",
        "--executor",
        "/nonexistent/jit-executor",
        &fixture("oop/exit_dtors.ll"),
    ]));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/nonexistent/jit-executor"),
        "{}",
        stderr(&o)
    );
    // A command that is not an executor: it exits at once without a word.
    let o = output(jit_tests::command(env!("CARGO_BIN_EXE_jit")).args([
        "run",
        "--executor",
        "true",
        &fixture("oop/exit_dtors.ll"),
    ]));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("executor"), "{}", stderr(&o));
}

/// The x86-64 `jit` compiles the AArch64 corpus and runs it in an AArch64 executor under
/// QEMU. `cargo xtask test-arm` builds that executor and names it in `JIT_AARCH64_EXECUTOR`.
#[test]
fn aarch64_corpus_runs_in_an_aarch64_executor() {
    let Ok(executor) = std::env::var("JIT_AARCH64_EXECUTOR") else {
        eprintln!("note: JIT_AARCH64_EXECUTOR is not set (cargo xtask test-arm sets it)");
        return;
    };
    if std::env::consts::ARCH != "x86_64" || jit_tests::under_emulator() {
        return;
    }
    let cmd: Vec<String> = [
        "qemu-aarch64-static",
        "-L",
        "/usr/aarch64-linux-gnu",
        executor.as_str(),
    ]
    .map(String::from)
    .to_vec();
    run_corpus(
        "jit run (x86-64) in an AArch64 executor, -O0",
        "aarch64",
        &cmd,
        &["-O0"],
        1,
    );
    run_corpus(
        "jit run (x86-64) in an AArch64 executor, -O2",
        "aarch64",
        &cmd,
        &["-O2"],
        2,
    );
}
