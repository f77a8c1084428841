//! Debugging JIT code with stock gdb: `jit run` registers its code with GDB's JIT interface
//! (on by default, as lli does), so gdb breaks in JIT functions by name and by `file:line`,
//! shows their source lines, backtraces through JIT frames into `main`, prints parameters
//! and locals at -O0, and `finish`es back to the JIT caller.
//!
//! The program is `tests/gdb/prog.c` (`main` → `run` → `hot_spot`), as clang-19 `-g` IR at
//! -O0 and -O2 (`-ffile-prefix-map` keeps the paths relative: gdb runs in that directory).
//! The expectations are what gdb shows for the same IR under `lli-19`. The tests skip,
//! saying why, where gdb is missing or may not trace (no ptrace, not x86-64, under QEMU).

use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gdb")
}

/// Why gdb cannot run here, if it cannot.
fn unavailable() -> Option<String> {
    if !cfg!(all(target_arch = "x86_64", target_os = "linux")) {
        return Some("the gdb tests run on x86-64 Linux".into());
    }
    if std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty()) {
        return Some("the program would run under an emulator".into());
    }
    match Command::new("gdb").arg("--version").output() {
        Ok(o) if o.status.success() => None,
        _ => Some("no `gdb` on PATH".into()),
    }
}

/// gdb's output (stdout, then stderr: batch mode prints some messages there) for `commands`
/// on `jit run ARGS`, or `None` (after saying why) when gdb cannot trace here.
fn gdb(commands: &[&str], args: &[&str]) -> Option<String> {
    if let Some(why) = unavailable() {
        println!("skipped: {why}");
        return None;
    }
    let mut cmd = Command::new("gdb");
    cmd.current_dir(dir())
        .args(["-batch", "-nx", "-iex", "set debuginfod enabled off"])
        .args(["-iex", "set breakpoint pending on"]);
    for c in commands {
        cmd.args(["-ex", c]);
    }
    cmd.arg("--args")
        .arg(env!("CARGO_BIN_EXE_jit"))
        .arg("run")
        .args(args)
        .env_remove("JIT_GDB");
    let out = cmd.output().expect("spawn gdb");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if text.contains("ptrace: Operation not permitted") || text.contains("Couldn't get registers") {
        println!("skipped: gdb cannot trace processes here (ptrace)");
        return None;
    }
    println!("--- gdb ---\n{text}-----------");
    Some(text)
}

/// The lines of `out` from the first one containing `start` on, for checks in order.
fn after<'a>(out: &'a str, start: &str) -> &'a str {
    let at = out
        .find(start)
        .unwrap_or_else(|| panic!("gdb output lacks `{start}`"));
    &out[at..]
}

fn assert_has(out: &str, needle: &str) {
    assert!(out.contains(needle), "gdb output lacks `{needle}`");
}

#[test]
fn break_backtrace_args_locals_and_finish_at_o0() {
    let Some(out) = gdb(
        &[
            "break hot_spot",
            "run",
            "bt 3",
            "info args",
            "next",
            "print acc",
            "print *p",
            "break prog.c:18",
            "continue",
            "print acc",
            "finish",
            "print pt",
            "delete",
            "continue",
        ],
        &["prog.O0.ll"],
    ) else {
        return;
    };
    // A breakpoint set before the code exists resolves when the module is registered,
    // after the prologue (the parameters are already in their slots).
    let out = after(&out, "Breakpoint 1, hot_spot (rounds=10, p=0x");
    assert_has(out, ") at prog.c:13\n13\t    int acc = 7;");
    // Three JIT frames, each at its call's line.
    let out = after(out, "#0  hot_spot (rounds=10, p=0x");
    let out = after(out, "#1  0x");
    assert_has(out, " in run (n=2) at prog.c:26");
    let out = after(out, "#2  0x");
    assert_has(out, " in main () at prog.c:31");
    let out = after(out, "rounds = 10\np = 0x");
    let out = after(out, "14\t    for (int i = 0; i < rounds; i++) {");
    let out = after(out, "$1 = 7");
    let out = after(out, "$2 = {x = 3, y = 40}");
    // By line: the loop ran ten times.
    let out = after(out, "Breakpoint 2 at 0x");
    assert_has(out, ": file prog.c, line 18.");
    let out = after(out, "Breakpoint 2, hot_spot (rounds=10, p=0x");
    let out = after(out, "18\t    checksum += acc;");
    let out = after(out, "$3 = -2020936409");
    // Back in the JIT caller (gdb prints `Run till exit` on stderr) with the value
    // returned; the caller's locals are there too.
    let out = after(out, " in run (n=2) at prog.c:26");
    let out = after(out, "Value returned is $4 = -2020936409");
    let out = after(out, "$5 = {x = 3, y = ");
    assert_has(out, "result 253097364 checksum 253094478");
}

#[test]
fn break_by_name_and_line_and_backtrace_at_o2() {
    let Some(out) = gdb(
        &[
            "break prog.c:26",
            "break hot_spot",
            "run",
            "bt 2",
            "continue",
            "bt 3",
            "finish",
            "delete",
            "continue",
        ],
        &["-O2", "prog.O2.ll"],
    ) else {
        return;
    };
    // Optimized code keeps its line table: the call's line in `run`, then the callee.
    let out = after(&out, "Breakpoint 1, run (");
    let out = after(
        out,
        ") at prog.c:26\n26\t        total += hot_spot(10, &pt);",
    );
    let out = after(out, "#1  0x");
    assert_has(out, " in main () at prog.c:31");
    let out = after(out, "Breakpoint 2, hot_spot (");
    let out = after(out, ") at prog.c:1");
    let out = after(out, "#1  0x");
    let out = after(out, " in run (");
    let out = after(out, "#2  0x");
    let out = after(out, " in main () at prog.c:31");
    let out = after(out, " in run (");
    assert_has(out, "result 253097364 checksum 253094478");
}

#[test]
fn gdb_registration_can_be_turned_off() {
    let Some(out) = gdb(&["break hot_spot", "run"], &["--gdb=off", "prog.O0.ll"]) else {
        return;
    };
    // The program runs to its end without stopping: gdb never learns of `hot_spot`.
    assert!(!out.contains("Breakpoint 1, hot_spot"), "stopped anyway");
    assert_has(&out, "result 253097364 checksum 253094478");
}
