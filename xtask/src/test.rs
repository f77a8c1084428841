//! `cargo xtask test`: the project's test pipeline, one step after another, stopping at
//! the first failure. A step is one line in [`STEPS`].

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context as _, Result};

use crate::{process, setup};

/// What a step can use: where the workspace is and which cargo to run.
pub struct Ctx {
    /// The workspace root; commands run there.
    pub root: PathBuf,
    /// The cargo executable (the one running xtask when known).
    pub cargo: PathBuf,
}

impl Ctx {
    /// Runs `cargo <args>` in the workspace root, failing unless it succeeds.
    pub fn cargo(&self, args: &[&str]) -> Result<()> {
        process::run(Command::new(&self.cargo).args(args).current_dir(&self.root))
    }
}

/// One named step of the pipeline.
pub struct Step {
    /// Printed before the step runs and in the failure message.
    pub name: &'static str,
    /// What the step does.
    pub action: Action,
}

/// What a step does.
pub enum Action {
    /// `cargo <args>` in the workspace root; the arguments are separated by whitespace.
    Cargo(&'static str),
    /// Any other check, written in Rust.
    Func(fn(&Ctx) -> Result<()>),
}

impl Step {
    /// A step that runs `cargo <args>` (arguments separated by whitespace).
    pub const fn cargo(name: &'static str, args: &'static str) -> Step {
        Step {
            name,
            action: Action::Cargo(args),
        }
    }

    /// A step that runs a function.
    pub const fn func(name: &'static str, f: fn(&Ctx) -> Result<()>) -> Step {
        Step {
            name,
            action: Action::Func(f),
        }
    }

    fn run(&self, cx: &Ctx) -> Result<()> {
        match self.action {
            Action::Cargo(args) => cx.cargo(&args.split_whitespace().collect::<Vec<_>>()),
            Action::Func(f) => f(cx),
        }
    }
}

/// Programs some tests drive: LLVM's assembler checks printed IR, the cross toolchain and
/// QEMU run AArch64 code, valgrind checks the C API programs.
const TEST_TOOLS: &[setup::Requirement] = &[
    setup::Requirement {
        probe: "clang-19",
        package: "clang-19",
    },
    setup::Requirement {
        probe: "llvm-as-19",
        package: "llvm-19",
    },
    setup::Requirement {
        probe: "aarch64-linux-gnu-gcc",
        package: "gcc-aarch64-linux-gnu",
    },
    setup::Requirement {
        probe: "/usr/aarch64-linux-gnu/include/stdio.h",
        package: "libc6-dev-arm64-cross",
    },
    setup::Requirement {
        probe: crate::corpus::AARCH64_LIBSTDCXX_HEADER,
        package: "libstdc++-12-dev-arm64-cross",
    },
    setup::Requirement {
        probe: "as",
        package: "binutils",
    },
    setup::Requirement {
        probe: "aarch64-linux-gnu-as",
        package: "binutils-aarch64-linux-gnu",
    },
    setup::Requirement {
        probe: "qemu-aarch64-static",
        package: "qemu-user-static",
    },
    setup::Requirement {
        probe: "valgrind",
        package: "valgrind",
    },
    // Debuggers and profilers see JIT code: the gdb and perf tests drive the real tools.
    setup::Requirement {
        probe: "gdb",
        package: "gdb",
    },
    setup::Requirement {
        probe: "perf",
        package: "linux-perf",
    },
];

/// The pipeline, in order. Add a step by adding a line.
pub const STEPS: &[Step] = &[
    Step::func("tools the tests use", |_| {
        setup::ensure_packages_or_warn("the test suite", TEST_TOOLS)
    }),
    Step::cargo("rustfmt", "fmt --all -- --check"),
    Step::cargo("clippy", "clippy --workspace --all-targets -- -D warnings"),
    Step::func("C headers up to date", |cx| {
        crate::headers::run(&cx.root, &crate::headers::HeadersArgs { check: true })
    }),
    Step::cargo("cargo test", "test --workspace"),
    Step::func("test-arm (AArch64 under QEMU)", |cx| {
        crate::arm::run(&cx.root, &cx.cargo)
    }),
    Step::func("applications (SQLite, zlib, Lua, Jsonnet at -O2)", |cx| {
        crate::apps::AppsArgs::ci_slices()
            .iter()
            .try_for_each(|slice| crate::apps::run(&cx.root, &cx.cargo, slice))
    }),
    Step::func(
        "fuzz slice (fixed seeds of ll-reader, bitcode-reader, irgen, executor-protocol)",
        |cx| crate::fuzz::run(&cx.root, &cx.cargo, &crate::fuzz::FuzzArgs::ci_slice()),
    ),
    Step::func("csmith differential slice (6 seeds, x86-64)", |cx| {
        crate::csmith::run(&cx.root, &cx.cargo, &crate::csmith::CsmithArgs::ci_slice())
    }),
];

/// The cargo executable running xtask (or `cargo` from `PATH`).
pub fn cargo_path() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")))
}

/// Runs every step in order; the first failure ends the run with an error naming it.
pub fn run(root: &Path) -> Result<()> {
    let cargo = cargo_path();
    setup::ensure_rust_components(&cargo)?;
    let cx = Ctx {
        root: root.to_path_buf(),
        cargo,
    };
    let total = Instant::now();
    for (i, step) in STEPS.iter().enumerate() {
        println!("==> [{}/{}] {}", i + 1, STEPS.len(), step.name);
        let start = Instant::now();
        let result = step.run(&cx);
        let secs = start.elapsed().as_secs_f64();
        result.with_context(|| format!("step `{}` failed after {secs:.1} s", step.name))?;
        println!("    {} ok ({secs:.1} s)", step.name);
    }
    println!(
        "==> all {} steps passed ({:.1} s)",
        STEPS.len(),
        total.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The long runs `cargo xtask test` only samples: the full one-million-cycle
/// add/call/remove test of every memory manager, in a release build, alone in its process.
pub fn soak(root: &Path) -> Result<()> {
    let cx = Ctx {
        root: root.to_path_buf(),
        cargo: cargo_path(),
    };
    cx.cargo(&[
        "test",
        "--release",
        "-p",
        "jit",
        "--test",
        "managers",
        "--",
        "--ignored",
        "--test-threads=1",
    ])
}
