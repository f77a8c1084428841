//! Helpers shared by the integration tests: building C files into ELF objects.

#![allow(dead_code, reason = "each test file uses a different subset")]

use std::path::PathBuf;
use std::process::Command;

/// The C compiler for objects of the target: `$JIT_TEST_CC`, else `cc` (set it to
/// `aarch64-linux-gnu-gcc` when running AArch64 test binaries under QEMU).
pub fn c_compiler() -> String {
    std::env::var("JIT_TEST_CC").unwrap_or_else(|_| "cc".into())
}

/// Compiles `tests/c/<name>.c` with `cc -O1 -fPIC -c` plus `flags`, returning the `.o` bytes.
pub fn build_c(name: &str, flags: &[&str]) -> Vec<u8> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/c")
        .join(format!("{name}.c"));
    // A path of its own per call: tests run in parallel and may build the same source, and
    // one must never read an object another is still writing.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let unique = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "jit-link-{name}-{}-{}-{unique}.o",
        flags.join("").replace(['-', '='], ""),
        std::process::id()
    ));
    let status = Command::new(c_compiler())
        .args(["-O1", "-fPIC", "-c"])
        .args(flags)
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .status()
        .expect("running cc (gcc is required for these tests)");
    assert!(status.success(), "cc failed on {}", src.display());
    let bytes = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    bytes
}
