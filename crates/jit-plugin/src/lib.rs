//! The memory-manager plugin ABI, and the helper that turns a Rust [`MemoryManager`] into a
//! plugin.
//!
//! A plugin is a shared library (`cdylib`) exporting one C function under the well-known
//! name [`ENTRY_SYMBOL`] (`jit_memory_manager_plugin_v1`, of type [`EntryFn`]). The engine
//! calls it with a configuration string and gets back a [`PluginTable`]: `abi_version` and
//! `struct_size` first, then the callback shape of LLVM-C's
//! `LLVMCreateSimpleMCJITMemoryManager` (so the facade drives it with the same adapter as
//! the C API's client managers), then optional entries. The full contract is in
//! `docs/plugin-abi.md`.
//!
//! For Rust authors, [`export_memory_manager_plugin!`] does all of it: given a
//! [`ManagerFactory`] (the same value a build-time manager registers with `inventory`) it
//! defines the entry point, and every `extern "C"` function behind the table catches
//! panics, so a panicking manager becomes an error, never an unwind across the boundary.
//!
//! This crate depends on `jit-core` only; it does not load plugins (the facade `jit` does).
//!
//! Limitation inherited from the LLVM shape: a block has one address, written and run
//! alike. A manager whose [`Placement`](jit_core::memory::Placement) has `local != target`
//! (a dual mapping, like `pool`) cannot be exported; its allocations fail with a message
//! saying so.

mod abi;
mod export;

pub use abi::{
    ABI_VERSION, AllocCodeFn, AllocDataFn, BeginModuleFn, DestroyFn, ENTRY_SYMBOL, EntryFn,
    FinalizeFn, LastErrorFn, MIN_STRUCT_SIZE, PluginStats, PluginTable, ReleaseFn, StatsFn,
};
pub use export::export_entry;
pub use jit_core::memory::{ManagerFactory, MemoryManager, MmError};

/// Defines the plugin entry point `jit_memory_manager_plugin_v1` for a manager.
///
/// Either from a [`ManagerFactory`] value:
/// ```ignore
/// jit_plugin::export_memory_manager_plugin!(my_crate::FACTORY);
/// ```
/// or from a name, a one-line description and a constructor
/// `fn(&str) -> Result<Box<dyn MemoryManager>, MmError>` that receives the configuration
/// string:
/// ```ignore
/// jit_plugin::export_memory_manager_plugin!("budget", "counts and limits bytes", create);
/// ```
/// Use it once per `cdylib`.
#[macro_export]
macro_rules! export_memory_manager_plugin {
    ($name:expr, $description:expr, $create:expr $(,)?) => {
        $crate::export_memory_manager_plugin!($crate::ManagerFactory {
            name: $name,
            description: $description,
            create: $create,
        });
    };
    ($factory:expr $(,)?) => {
        /// The memory-manager plugin entry point (see `docs/plugin-abi.md`).
        ///
        /// # Safety
        /// `config` is NULL or a NUL-terminated string; `error` is NULL or points to
        /// writable storage for one pointer.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn jit_memory_manager_plugin_v1(
            config: *const ::std::ffi::c_char,
            error: *mut *mut ::std::ffi::c_char,
        ) -> *const $crate::PluginTable {
            // SAFETY: the caller's guarantees are forwarded unchanged.
            unsafe { $crate::export_entry(config, error, $factory) }
        }
    };
}
