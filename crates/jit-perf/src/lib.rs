//! Lets `perf` name the code jit engines generate: two [`JitEventListener`]s that record
//! every function of every object an engine makes executable.
//!
//! - [`PerfMapListener`] appends `START SIZE name` lines to `/tmp/perf-<pid>.map`, the
//!   simple JIT interface `perf report` reads by itself (names only).
//! - [`JitDumpListener`] writes `jit-<pid>.dump` in perf's jitdump format (code bytes and
//!   line tables too) for `perf inject --jit`, which turns each function into an ELF
//!   file so that `perf report` and `perf annotate` show names, source lines and
//!   instructions.
//!
//! Both are process-wide singletons ([`PerfMapListener::global`],
//! [`JitDumpListener::global`]): one file per process, shared by every engine, safe to
//! call from any thread. Only code of the host architecture is recorded. This crate does
//! not decide when to use them: the `jit` facade attaches them for `jit run --perf-map` /
//! `--jitdump` and the `JIT_PERF_MAP` / `JIT_JITDUMP` environment variables, and the C API
//! hands them out as `LLVMCreatePerfJITEventListener`.
//!
//! # Layers
//! ```text
//!   functions.rs  LoadedObject ──► (name, address, size) of each function
//!   perf_map.rs   functions ──► /tmp/perf-<pid>.map lines
//!   jitdump.rs    records encoded (pure, unit tested) ──► jit-<pid>.dump
//! ```
//!
//! [`JitEventListener`]: jit_core::events::JitEventListener

mod error;
mod functions;
pub mod jitdump;
mod perf_map;

pub use error::PerfError;
pub use functions::{LoadedFunction, loaded_functions};
pub use jitdump::JitDumpListener;
pub use perf_map::PerfMapListener;

/// True when environment variable `name` asks for something: set, and neither empty nor
/// `0`, `false`, `off` or `no` (any case).
pub fn env_enabled(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| {
        let v = v.trim().to_ascii_lowercase();
        !matches!(v.as_str(), "" | "0" | "false" | "off" | "no")
    })
}
