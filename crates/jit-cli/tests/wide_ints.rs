//! `_BitInt(N)` for N > 128 (tests/wide/bitint_arith.c): clang-19 compiled it for x86-64
//! at -O0 and -O2 (the only target where clang-19 has such widths); `jit run` must print
//! what the native program printed, with both engines. On other hosts the module is
//! retargeted by its header lines: the program makes no calls whose lowering depends on
//! the target (only `printf` with `i64`/`i32`/`ptr` arguments), and its wide integers go
//! through memory (`byval`/`sret`), so the IR means the same there.

use std::path::{Path, PathBuf};

fn wide_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("wide")
}

/// The `.ll` text with the host's target triple and datalayout.
fn for_host(ll: &str) -> String {
    if std::env::consts::ARCH == "x86_64" {
        return ll.to_owned();
    }
    ll.lines()
        .map(|l| {
            if l.starts_with("target datalayout") {
                "target datalayout = \"e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\""
                    .to_owned()
            } else if l.starts_with("target triple") {
                "target triple = \"aarch64-unknown-linux-gnu\"".to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn run(engine: &str, opt: &str) {
    let dir = wide_dir();
    let ll = std::fs::read_to_string(dir.join(format!("bitint_arith.{opt}.ll"))).expect("ll");
    let tmp =
        std::env::temp_dir().join(format!("jit-wide-{}-{engine}-{opt}.ll", std::process::id()));
    std::fs::write(&tmp, for_host(&ll)).expect("write");
    let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
        .args(["run", "--engine", engine])
        .arg(&tmp)
        .output()
        .expect("spawn jit");
    let _ = std::fs::remove_file(&tmp);
    let want = std::fs::read(dir.join("bitint_arith.stdout")).expect("stdout");
    let exit: i32 = std::fs::read_to_string(dir.join("bitint_arith.exit"))
        .expect("exit")
        .trim()
        .parse()
        .expect("exit code");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&want),
        "{engine} {opt}; stderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(exit), "{engine} {opt}");
}

#[test]
fn bitint_arith_native_o0() {
    run("mcjit", "O0");
}

#[test]
fn bitint_arith_native_o2() {
    run("mcjit", "O2");
}

#[test]
fn bitint_arith_interp_o0() {
    run("interp", "O0");
}

#[test]
fn bitint_arith_interp_o2() {
    run("interp", "O2");
}
