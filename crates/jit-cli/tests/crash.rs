//! Crash reports of `jit run` (`jit::crash`): a program storing through a null pointer in a
//! named function dies of SIGSEGV, as natively, after one line on stderr naming the
//! function (and `file:line` with debug information) and a backtrace of its JIT frames.
//! `JIT_CRASH_REPORT=0` turns the report off; faults outside JIT code are left to the
//! previous handler.
//!
//! Skipped under `JIT_TEST_RUNNER` (QEMU user mode emulates signal delivery and exit
//! statuses of its own).

use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::Output;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/crash")
        .join(name)
        .display()
        .to_string()
}

fn under_runner() -> bool {
    if std::env::var_os("JIT_TEST_RUNNER").is_some() {
        eprintln!("note: crash reports are not checked under JIT_TEST_RUNNER");
        return true;
    }
    false
}

fn jit(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = jit_tests::command(env!("CARGO_BIN_EXE_jit"));
    cmd.args(args).env_remove("JIT_CRASH_REPORT");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("spawn jit")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `fixture` with `extra` options and checks the death by SIGSEGV; returns stderr.
fn crash(fixture_name: &str, extra: &[&str]) -> String {
    let path = fixture(fixture_name);
    let mut args = vec!["run"];
    args.extend(extra);
    args.push(&path);
    let o = jit(&args, &[]);
    let err = stderr(&o);
    assert_eq!(
        o.status.signal(),
        Some(libc::SIGSEGV),
        "{:?}: {err}",
        o.status
    );
    assert!(
        !err.contains("panicked") && !err.contains("internal error"),
        "{err}"
    );
    err
}

#[test]
fn null_store_names_the_function_and_dies_of_sigsegv() {
    if under_runner() {
        return;
    }
    for extra in [
        &[][..],
        &["--tiering=off"],
        &["--tiering=on", "--tier-threshold=1", "--tier-sync"],
    ] {
        let err = crash("null_store.ll", extra);
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("jit: program crashed: SIGSEGV (address 0x0) in hot_spot (module "),
            "{extra:?}: {err}"
        );
        assert!(first.ends_with("null_store.ll)"), "{extra:?}: {err}");
        // The JIT frames, innermost first: hot_spot, its caller run, then main.
        let frames: Vec<&str> = err.lines().filter(|l| l.starts_with("jit:   #")).collect();
        assert_eq!(frames.len(), 3, "{extra:?}: {err}");
        for (frame, name) in frames.iter().zip(["hot_spot+", "run+", "main+"]) {
            assert!(frame.contains(name), "{extra:?}: `{frame}` in\n{err}");
        }
    }
}

#[test]
fn with_debug_information_the_report_names_file_and_line() {
    if under_runner() {
        return;
    }
    let err = crash("null_store_g.ll", &["--tiering=off"]);
    assert!(
        err.lines().next().unwrap_or_default().starts_with(
            "jit: program crashed: SIGSEGV (address 0x0) in hot_spot at /src/crash.c:15 (module "
        ),
        "{err}"
    );
    assert!(err.contains(" run+0x"), "{err}");
    assert!(
        err.contains("at /src/crash.c:19:3"),
        "the call in run: {err}"
    );
    assert!(
        err.contains("at /src/crash.c:24:10"),
        "the call in main: {err}"
    );
}

#[test]
fn the_report_can_be_turned_off() {
    if under_runner() {
        return;
    }
    let o = jit(
        &["run", &fixture("null_store.ll")],
        &[("JIT_CRASH_REPORT", "0")],
    );
    assert_eq!(o.status.signal(), Some(libc::SIGSEGV), "{}", stderr(&o));
    assert!(!stderr(&o).contains("program crashed"), "{}", stderr(&o));
}

#[test]
fn faults_outside_jit_code_are_not_reported_as_jit_crashes() {
    if under_runner() {
        return;
    }
    // strlen(NULL) faults in libc: the process still dies of SIGSEGV, without a report.
    let dir = std::env::temp_dir().join(format!("jit-cli-crash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("libc_fault.ll");
    std::fs::write(
        &path,
        "declare i64 @strlen(ptr)\n\
         define i32 @main() {\n  %n = call i64 @strlen(ptr null)\n  %r = trunc i64 %n to i32\n  ret i32 %r\n}\n",
    )
    .unwrap();
    let o = jit(&["run", path.to_str().unwrap()], &[]);
    assert_eq!(o.status.signal(), Some(libc::SIGSEGV), "{}", stderr(&o));
    assert!(!stderr(&o).contains("program crashed"), "{}", stderr(&o));
}

#[test]
fn tier_up_replacements_and_osr_entries_are_named_after_their_function() {
    if under_runner() {
        return;
    }
    let err = crash(
        "null_store_hot.ll",
        &["--tiering=on", "--tier-threshold=1", "--tier-sync"],
    );
    assert!(
        err.starts_with("jit: program crashed: SIGSEGV (address 0x0) in hot_spot (module "),
        "{err}"
    );
    let frames: Vec<&str> = err.lines().filter(|l| l.starts_with("jit:   #")).collect();
    assert!(frames.len() >= 3, "{err}");
    assert!(frames[0].contains(" hot_spot+"), "{err}");
    // run's loop may have moved to an OSR entry (`run.osr.N`) below its tier-0 frame.
    assert!(frames[1].contains(" run"), "{err}");
    assert!(frames.last().unwrap().contains(" main+"), "{err}");
}

const OVERFLOW_CHILD: &str = "JIT_CRASH_TEST_OVERFLOW_CHILD";

/// Recurses until the stack runs out (`black_box` keeps every frame; no input reaches the
/// base case).
fn recurse(n: u64) -> u64 {
    let frame = [n; 64];
    std::hint::black_box(&frame);
    if std::hint::black_box(n) == u64::MAX {
        return 0;
    }
    recurse(std::hint::black_box(n + 1)) + frame[7]
}

/// In a child process (this test binary run again): installs crash reports on a thread
/// and overflows its stack in Rust code.
#[test]
fn overflow_child_entry() {
    if std::env::var_os(OVERFLOW_CHILD).is_none() {
        return;
    }
    let t = std::thread::spawn(|| {
        jit::crash::install().expect("crash reports install");
        recurse(0)
    });
    let _ = t.join();
    std::process::exit(3);
}

#[test]
fn rust_stack_overflows_still_get_rusts_message() {
    if under_runner() {
        return;
    }
    let o = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "overflow_child_entry",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(OVERFLOW_CHILD, "1")
        .env_remove("JIT_CRASH_REPORT")
        .output()
        .expect("run the child");
    let err = stderr(&o);
    assert!(
        err.contains("has overflowed its stack"),
        "{:?}: {err}",
        o.status
    );
    assert!(!err.contains("program crashed"), "{err}");
    assert_eq!(o.status.signal(), Some(libc::SIGABRT), "{err}");
}

#[test]
fn division_by_zero_is_a_reported_sigfpe() {
    if under_runner() || !cfg!(target_arch = "x86_64") {
        // AArch64's division by zero does not trap.
        return;
    }
    let dir = std::env::temp_dir().join(format!("jit-cli-crash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("fpe.ll");
    std::fs::write(
        &path,
        "define i32 @divide(i32 %a, i32 %b) noinline {\n  %q = sdiv i32 %a, %b\n  ret i32 %q\n}\n\
         define i32 @main(i32 %argc, ptr %argv) {\n  %z = sub i32 %argc, 1\n  \
         %r = call i32 @divide(i32 7, i32 %z)\n  ret i32 %r\n}\n",
    )
    .unwrap();
    let o = jit(&["run", "--tiering=off", path.to_str().unwrap()], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.signal(), Some(libc::SIGFPE), "{err}");
    assert!(
        err.starts_with("jit: program crashed: SIGFPE in divide (module "),
        "{err}"
    );
    assert!(err.contains("jit:   #1 main+"), "{err}");
}
