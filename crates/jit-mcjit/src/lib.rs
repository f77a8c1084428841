//! The MCJIT-style native execution engine: IR modules (compiled by a [`Backend`] given to
//! the builder) and relocatable objects (ELF `.o` files or [`CompiledObject`]s) go in; they
//! are linked by `jit-link` into memory owned by a [`MemoryManager`] (by default
//! `mm-section`) and run natively. It implements [`ExecutionEngine`], like the interpreter.
//!
//! It does not generate code itself (the facade wires in `codegen-dynasm`) and does not read
//! `.ll` files.
//!
//! # Semantics (MCJIT's, with its gaps closed)
//! - **Lazy**: `add_module` only checks the target; a module is compiled when one of its
//!   symbols is first needed (`get_function_address`, `run_function`, ...), together with the
//!   modules that define what it uses. `finalize` compiles everything pending.
//! - **OptLevel**: at levels 1 to 3 a module goes through `jit-opt`'s pass pipeline of that
//!   level just before it is first compiled (so modules never needed are never optimized),
//!   and the backend gets the level too. `remove_module` returns the optimized IR.
//! - **Tiering** (opt-in, [`McjitBuilder::tiering`]): modules are compiled as tier-0 code
//!   that counts calls and loop iterations per function; a function whose count runs out is
//!   recompiled at the policy's level (IR pipeline + optimizing backend) on the engine's
//!   compile thread and swapped in through its entry stub, without stopping anything.
//!   Addresses handed out stay valid. See `tier.rs` for the mechanism and its limits.
//! - **Implicit finalize**: `get_function_address`, `get_global_value_address`,
//!   `run_function`, `run_main` and `run_static_constructors` resolve relocations and make
//!   code executable (W^X) first; repeated calls only look the symbol up.
//! - **Removal frees memory**: `remove_module` forgets the module's symbols and releases its
//!   sections through the memory manager (LLVM keeps them).
//! - **Exit**: `exit`, `atexit` and `__cxa_atexit` used by JIT code resolve to engine functions
//!   that run exit handlers and the static destructors before the real `exit` (see
//!   `exit.rs`); `run_main` runs the same sequence when `main` returns.
//! - **Static constructors and destructors** of every module and object are merged by
//!   priority (`llvm.global_ctors`, `.init_array.N`), as a static linker sorts them.
//! - **Thread-local variables**: `__jit_tls_address`, which the backends call for
//!   `llvm.threadlocal.address`, gives each thread its own copy of each variable; every
//!   direct use of a thread-local global is made to go through the intrinsic when a module
//!   is added (`jit_opt::address_thread_locals`); a library's thread-local variables stay
//!   the library's; destructors of C++ `thread_local` objects (`__cxa_thread_atexit`) run
//!   when their thread ends, or when `main` returns or `exit` is called on the thread that
//!   runs it (`tls.rs`).
//! - **Symbol resolution**: see `jit-link` (objects, then global mappings, then the process:
//!   symbols added with `jit_link::process::add_symbol`, the global scope, libc and libm,
//!   and the C++ runtime — libstdc++, libgcc_s — opened only when a name is missing). A
//!   weak or `linkonce_odr` definition yields to the first one loaded, so several modules
//!   share one copy of an inline function's static local.
//!
//! - **Out of process** ([`McjitBuilder::executor`]): the code is generated for an
//!   executor's architecture and placed in its memory (`jit_remote::RemoteMemoryManager`),
//!   names resolve in its process (`jit_remote::RemoteSymbols`, the linker's
//!   `SymbolSource`), its `.eh_frame` sections are registered there, and calls,
//!   constructors, destructors and `main` run there; how the program ended comes back
//!   (`EngineError::Killed` for a signal). No tiering there. See
//!   `docs/executor-protocol.md`.
//!
//! # Tests
//! `tests/programs.rs` compiles C files with `cc -O1 -fPIC -c`, runs them through the engine
//! in a child process and compares stdout and exit status with the native build (and runs
//! the whole `tests/corpus` the same way against its expected output);
//! `tests/fake_backend.rs` drives the IR path with a backend returning canned code. For
//! AArch64 under QEMU, run the tests with `--target aarch64-unknown-linux-gnu`, the cargo
//! runner and linker variables, `JIT_TEST_CC=aarch64-linux-gnu-gcc` and
//! `JIT_TEST_RUNNER="qemu-aarch64-static -L /usr/aarch64-linux-gnu"` (`jit-link` honours
//! `JIT_TEST_CC` too).
//!
//! [`Backend`]: jit_core::backend::Backend
//! [`MemoryManager`]: jit_core::memory::MemoryManager
//! [`ExecutionEngine`]: jit_core::engine::ExecutionEngine
//! [`CompiledObject`]: jit_core::object::CompiledObject

mod builder;
mod call;
mod engine;
mod exit;
mod tier;
mod tls;

pub use builder::{CodeModel, McjitBuilder};
pub use engine::{
    Mcjit, McjitStats, MemoryManagerRef, symbolize_in_process, try_symbolize_in_process,
};
pub use jit_core::engine::SymbolInfo;
pub use jit_core::engine::TierStats;
pub use jit_core::events::{JitEventListener, LoadedObject};
pub use jit_link::EventListeners;
pub use tier::{DEFAULT_THRESHOLD, TierPolicy};
