//! The `#[repr(C)]` types of plugin ABI version 1 (`docs/plugin-abi.md`).
//!
//! The four mandatory callbacks have exactly the types of LLVM-C's
//! `LLVMCreateSimpleMCJITMemoryManager` callbacks (and of the facade's
//! `jit::callback_mm`), so one adapter serves both.

use std::ffi::{c_char, c_int, c_uint, c_void};

/// The ABI version this library speaks; a table with another version is refused.
pub const ABI_VERSION: u32 = 1;

/// Name of the entry point a plugin exports.
pub const ENTRY_SYMBOL: &str = "jit_memory_manager_plugin_v1";

/// The entry point: `const JitMemoryManagerPlugin *jit_memory_manager_plugin_v1(const char
/// *config, char **error)`. `config` is the text after `PATH:` (empty if none). On failure
/// it returns NULL and may store a `malloc`'d message in `*error` (the caller frees it).
pub type EntryFn = unsafe extern "C" fn(*const c_char, *mut *mut c_char) -> *const PluginTable;

/// `allocate_code(opaque, size, align, section_id, section_name) -> uint8_t *`.
pub type AllocCodeFn =
    unsafe extern "C" fn(*mut c_void, usize, c_uint, c_uint, *const c_char) -> *mut u8;
/// `allocate_data(opaque, size, align, section_id, section_name, is_read_only) -> uint8_t *`.
pub type AllocDataFn =
    unsafe extern "C" fn(*mut c_void, usize, c_uint, c_uint, *const c_char, c_int) -> *mut u8;
/// `finalize(opaque, char **error) -> int`: 0 on success; on failure nonzero, with an
/// optional `malloc`'d message in `*error`.
pub type FinalizeFn = unsafe extern "C" fn(*mut c_void, *mut *mut c_char) -> c_int;
/// `destroy(opaque)`: called once; frees the manager, its memory and the table.
pub type DestroyFn = unsafe extern "C" fn(*mut c_void);
/// `begin_module(opaque, owner)`: the allocations that follow belong to module `owner`.
pub type BeginModuleFn = unsafe extern "C" fn(*mut c_void, u32);
/// `release(opaque, owner)`: frees every block allocated for module `owner`.
pub type ReleaseFn = unsafe extern "C" fn(*mut c_void, u32);
/// `stats(opaque, out)`: fills `*out` (its `struct_size` says how much the caller has).
pub type StatsFn = unsafe extern "C" fn(*mut c_void, *mut PluginStats);
/// `last_error(opaque) -> const char *`: why the last allocation returned NULL (NULL or a
/// string valid until the next call into the plugin).
pub type LastErrorFn = unsafe extern "C" fn(*mut c_void) -> *const c_char;

/// The table a plugin's entry point returns. Fields after `destroy` are optional: NULL, or
/// beyond `struct_size`, means absent. The table stays valid until `destroy(opaque)`.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PluginTable {
    /// Must be [`ABI_VERSION`].
    pub abi_version: u32,
    /// `sizeof` the table as the plugin built it; at least [`MIN_STRUCT_SIZE`].
    pub struct_size: u32,
    /// Passed back to every callback.
    pub opaque: *mut c_void,
    /// Memory for code sections (mandatory).
    pub allocate_code: Option<AllocCodeFn>,
    /// Memory for data sections (mandatory).
    pub allocate_data: Option<AllocDataFn>,
    /// Applies final protections and flushes the instruction cache (mandatory).
    pub finalize: Option<FinalizeFn>,
    /// Frees everything (mandatory).
    pub destroy: Option<DestroyFn>,
    /// Optional: announces the owner of the following allocations.
    pub begin_module: Option<BeginModuleFn>,
    /// Optional: frees one module's blocks (without it, memory is freed by `destroy` only).
    pub release: Option<ReleaseFn>,
    /// Optional: counters.
    pub stats: Option<StatsFn>,
    /// Optional: the reason for the last NULL allocation.
    pub last_error: Option<LastErrorFn>,
    /// Optional: the manager's short name (NUL-terminated; NULL = the library's file name).
    pub name: *const c_char,
    /// Optional: one line describing the manager (NUL-terminated).
    pub description: *const c_char,
}

/// Size of the mandatory part of [`PluginTable`] (through `destroy`).
pub const MIN_STRUCT_SIZE: u32 = std::mem::offset_of!(PluginTable, begin_module) as u32;

/// Counters a plugin reports through `stats` (the fields of `MmStats`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PluginStats {
    /// Set by the caller: `sizeof` its struct. The plugin writes no field beyond it.
    pub struct_size: u32,
    /// Zero.
    pub reserved: u32,
    /// Bytes of address space reserved.
    pub bytes_reserved: u64,
    /// Bytes handed out and not released.
    pub bytes_used: u64,
    /// Live mappings.
    pub mappings: u64,
    /// Allocations so far.
    pub allocations: u64,
    /// Finalizes that changed protections.
    pub publishes: u64,
    /// Instruction-cache invalidations.
    pub icache_flushes: u64,
    /// Free-form state, NUL-terminated (truncated to fit).
    pub notes: [c_char; 256],
}

impl Default for PluginStats {
    fn default() -> Self {
        PluginStats {
            struct_size: std::mem::size_of::<PluginStats>() as u32,
            reserved: 0,
            bytes_reserved: 0,
            bytes_used: 0,
            mappings: 0,
            allocations: 0,
            publishes: 0,
            icache_flushes: 0,
            notes: [0; 256],
        }
    }
}
