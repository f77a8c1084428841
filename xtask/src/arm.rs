//! `cargo xtask test-arm`: cross-builds the tests for `aarch64-unknown-linux-gnu` and runs
//! them under QEMU user-mode emulation, so the AArch64 side of the engine is tested on an
//! x86-64 machine.
//!
//! It sets itself up: the rustup target, and (as root) Debian's `qemu-user-static`,
//! `gcc-aarch64-linux-gnu`, `libc6-dev-arm64-cross` and `libstdc++-12-dev-arm64-cross`.
//! Test binaries run through cargo's target runner; children they spawn (the `jit`
//! binary) run through `JIT_TEST_RUNNER`,
//! because without binfmt_misc an emulated process cannot exec another AArch64 binary.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

use crate::process;
use crate::setup::{self, Requirement};

/// The Rust target triple.
pub const TARGET: &str = "aarch64-unknown-linux-gnu";

/// QEMU with the cross sysroot, as a command prefix.
pub const RUNNER: &str = "qemu-aarch64-static -L /usr/aarch64-linux-gnu";

/// The packages whose tests run under QEMU.
const PACKAGES: &[&str] = &[
    "jit-core",
    "jit-interp",
    "jit-asm",
    "jit-legalize",
    "jit-opt",
    "mm-common",
    "mm-section",
    "mm-pool",
    "mm-huge",
    "jit-plugin",
    "budget-mm",
    "jit-link",
    "jit-mcjit",
    "jit",
    "jit-cli",
    "jit-capi",
    "jit-filetests",
    "jit-bitcode",
    "jit-irlink",
    "jit-perf",
    "jit-gdb",
    "jit-remote",
    "jit-executor",
];

const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        probe: "aarch64-linux-gnu-as",
        package: "binutils-aarch64-linux-gnu",
    },
    Requirement {
        probe: "qemu-aarch64-static",
        package: "qemu-user-static",
    },
    Requirement {
        probe: "aarch64-linux-gnu-gcc",
        package: "gcc-aarch64-linux-gnu",
    },
    Requirement {
        probe: "/usr/aarch64-linux-gnu/include/stdio.h",
        package: "libc6-dev-arm64-cross",
    },
    // The C++ corpus runs under QEMU with the AArch64 libstdc++.
    Requirement {
        probe: crate::corpus::AARCH64_LIBSTDCXX_HEADER,
        package: "libstdc++-12-dev-arm64-cross",
    },
];

/// Adds the rustup target when it is missing.
fn ensure_target() -> Result<()> {
    let installed =
        process::stdout_of(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if installed.lines().any(|l| l.trim() == TARGET) {
        return Ok(());
    }
    if !setup::find_in_path("rustup") {
        bail!("the Rust target {TARGET} is missing and rustup is not available to add it");
    }
    process::run(Command::new("rustup").args(["target", "add", TARGET]))
}

/// Sets the cross linker, C compiler (for libffi's bundled C code and for tests that
/// compile C), the runner of test binaries and the runner of the children they spawn.
pub fn cross_env(cmd: &mut Command) -> &mut Command {
    cmd.env(
        "CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER",
        "aarch64-linux-gnu-gcc",
    )
    .env("CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER", RUNNER)
    .env("CC_aarch64_unknown_linux_gnu", "aarch64-linux-gnu-gcc")
    .env("AR_aarch64_unknown_linux_gnu", "aarch64-linux-gnu-ar")
    .env("JIT_TEST_RUNNER", RUNNER)
    .env("JIT_TEST_CC", "aarch64-linux-gnu-gcc")
}

/// Sets up the cross toolchain and runs the AArch64 tests.
pub fn run(root: &Path, cargo: &Path) -> Result<()> {
    ensure_target()?;
    setup::ensure_packages("cargo xtask test-arm", REQUIREMENTS)?;
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root).args(["test", "--target", TARGET]);
    for p in PACKAGES {
        cmd.args(["-p", p]);
    }
    process::run(cross_env(&mut cmd))?;
    // codegen-dynasm: the unit tests (encoding tables of both ISAs) and the AArch64 test
    // target; its x86-64 execution tests run x86-64 code and only make sense on x86-64.
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args(["test", "--target", TARGET, "-p", "codegen-dynasm"])
        .args(CODEGEN_TARGETS);
    process::run(cross_env(&mut cmd))?;
    // The x86-64 `jit` compiling the AArch64 corpus for the AArch64 executor built above,
    // which runs under QEMU: the compiler natively, only the program emulated.
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let executor = target_dir.join(TARGET).join("debug").join("jit-executor");
    if !executor.is_file() {
        bail!(
            "{} was not built by the AArch64 test run",
            executor.display()
        );
    }
    process::run(
        Command::new(cargo)
            .current_dir(root)
            .args(["test", "-p", "jit-cli", "--test", "out_of_process"])
            .args(["aarch64_corpus_runs_in_an_aarch64_executor"])
            .env("JIT_AARCH64_EXECUTOR", &executor),
    )
}

/// The test targets of `codegen-dynasm` that run under QEMU.
const CODEGEN_TARGETS: &[&str] = &[
    "--lib",
    "--test",
    "aarch64",
    "--test",
    "aarch64_opt",
    "--test",
    "atomics",
    "--test",
    "blockaddr",
    "--test",
    "debuginfo",
    "--test",
    "tierup",
];
