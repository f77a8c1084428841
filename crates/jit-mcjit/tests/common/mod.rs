//! Helpers shared by the integration tests: C files to objects and native executables.

#![allow(dead_code, reason = "each test file uses a different subset")]

use std::path::PathBuf;
use std::process::Command;

/// `tests/c/<name>.c`.
pub fn source(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/c")
        .join(format!("{name}.c"))
}

/// A fresh path in the test scratch directory: unique per call, because tests run in
/// parallel and may build the same source at the same time.
pub fn scratch(file: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let unique = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("jit-mcjit-{}-{unique}-{file}", std::process::id()))
}

/// The C compiler for the target: `$JIT_TEST_CC`, else `cc` (set it to
/// `aarch64-linux-gnu-gcc` when running AArch64 test binaries under QEMU).
pub fn c_compiler() -> String {
    std::env::var("JIT_TEST_CC").unwrap_or_else(|_| "cc".into())
}

/// A command running `program` for the target: through `$JIT_TEST_RUNNER` (e.g.
/// `qemu-aarch64-static -L /usr/aarch64-linux-gnu`) when set, directly otherwise.
pub fn target_command(program: &std::path::Path) -> Command {
    jit_tests::command(program)
}

fn cc(args: &[&std::ffi::OsStr]) {
    let status = Command::new(c_compiler())
        .args(args)
        .status()
        .expect("running cc (gcc is required for these tests)");
    assert!(status.success(), "cc {args:?} failed");
}

/// Compiles `tests/c/<name>.c` with `cc -O1 -fPIC -c`; returns the object's path.
pub fn object(name: &str) -> PathBuf {
    let out = scratch(&format!("{name}.o"));
    cc(&[
        "-O1".as_ref(),
        "-fPIC".as_ref(),
        "-c".as_ref(),
        source(name).as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    out
}

/// Compiles and links `tests/c/<name>.c` files into a native executable; returns its path.
pub fn executable(names: &[&str]) -> PathBuf {
    let out = scratch(&format!("{}.exe", names.join("+")));
    let sources: Vec<PathBuf> = names.iter().map(|n| source(n)).collect();
    let mut args: Vec<&std::ffi::OsStr> = vec!["-O1".as_ref()];
    args.extend(sources.iter().map(|s| s.as_os_str()));
    args.extend(["-o".as_ref(), out.as_os_str(), "-lm".as_ref()]);
    cc(&args);
    out
}
