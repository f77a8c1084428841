//! The `Jit*` extensions: what LLVM-C has no word for. `cargo xtask headers` turns this
//! file into `include/jit.h` with cbindgen, so everything public here is C API.
//!
//! Conventions as in LLVM-C: `LLVMBool` status returns are 0 on success; messages are
//! `malloc`'d and freed with `LLVMDisposeMessage`; structs filled for the caller take a
//! `size` argument (`sizeof` as the caller's header has it): a smaller struct is filled as
//! far as it goes, a larger one is refused because the header and library do not match.

use crate::boundary::{LLVMBool, c_str, guard, guard_out, malloc_string, take_last_error};
use crate::engine::{LLVMExecutionEngineRef, engine_box};
use crate::mm::{LLVMMCJITMemoryManagerRef, MmSource, mm, new_mm};
use jit::EngineKind;
use jit_core::memory::MmStats;
use std::ffi::c_char;

/// Counters of a memory manager.
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct JitMemoryManagerStats {
    /// Bytes of address space reserved.
    pub bytes_reserved: u64,
    /// Bytes handed out and not released.
    pub bytes_used: u64,
    /// Live mappings.
    pub mappings: u64,
    /// Allocations so far.
    pub allocations: u64,
    /// Finalizations that changed protections.
    pub publishes: u64,
    /// Instruction-cache invalidations.
    pub icache_flushes: u64,
}

/// Facts about an execution engine.
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct JitEngineStats {
    /// Modules the engine owns.
    pub modules: u64,
    /// 1 for the native (MCJIT) engine, 0 for the interpreter.
    pub is_native: LLVMBool,
}

/// Copies `ours` into the caller's struct of `size` bytes (the size idiom above).
///
/// # Safety
/// `out` is valid for writing `size` bytes.
unsafe fn fill<T: Copy>(out: *mut T, size: usize, ours: T, what: &str) -> Result<LLVMBool, String> {
    let n = std::mem::size_of::<T>();
    if out.is_null() {
        return Err(format!("{what}: the output struct is NULL"));
    }
    if size > n {
        return Err(format!(
            "{what}: the struct passed is {size} bytes, larger than this library's {n}: the header and the library do not match"
        ));
    }
    // SAFETY: `out` is writable for `size` bytes per the caller's guarantee; `ours` is `n` ≥ `size`.
    unsafe {
        std::ptr::copy_nonoverlapping((&raw const ours).cast::<u8>(), out.cast::<u8>(), size)
    };
    Ok(0)
}

fn mm_stats(s: &MmStats) -> JitMemoryManagerStats {
    JitMemoryManagerStats {
        bytes_reserved: s.bytes_reserved,
        bytes_used: s.bytes_used,
        mappings: s.mappings,
        allocations: s.allocations,
        publishes: s.publishes,
        icache_flushes: s.icache_flushes,
    }
}

/// The calling thread's last error message, from a function that has no error
/// out-parameter and returned NULL, 0 or nothing (NULL when there is none). The message is
/// cleared; free it with `LLVMDisposeMessage`.
#[unsafe(no_mangle)]
pub extern "C" fn JitGetLastErrorMessage() -> *mut c_char {
    match take_last_error() {
        Some(m) => malloc_string(&m),
        None => std::ptr::null_mut(),
    }
}

/// A memory manager of the library's registry by spec `NAME[:CONFIG]` (`"section"`,
/// `"pool:reserve=64M"`, ...; see `JitListMemoryManagers`), for
/// `LLVMMCJITCompilerOptions.MCJMM`. NULL with a message for an unknown name or a bad
/// configuration. Free it with `LLVMDisposeMCJITMemoryManager` unless an engine takes it.
///
/// # Safety
/// `spec` is NUL-terminated; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitCreateMemoryManagerByName(
    spec: *const c_char,
    out_error: *mut *mut c_char,
) -> LLVMMCJITMemoryManagerRef {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, std::ptr::null_mut(), || {
            let spec = c_str(spec, "spec")?;
            let m = jit::create_memory_manager(&spec).map_err(|e| e.to_string())?;
            Ok(new_mm(MmSource::Manager(m)))
        })
    }
}

/// A memory manager from a plugin: a shared library with the plugin entry point, named by
/// `PATH[:CONFIG]`. NULL with a message when it cannot be loaded. The library is never
/// unloaded.
///
/// # Safety
/// `spec` is NUL-terminated; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitCreateMemoryManagerFromPlugin(
    spec: *const c_char,
    out_error: *mut *mut c_char,
) -> LLVMMCJITMemoryManagerRef {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, std::ptr::null_mut(), || {
            let spec = c_str(spec, "plugin path")?;
            let (path, config) = jit::plugin::split_plugin_spec(&spec);
            let m = jit::plugin::load_memory_manager_plugin(std::path::Path::new(path), config)
                .map_err(|e| e.to_string())?;
            Ok(new_mm(MmSource::Manager(Box::new(m))))
        })
    }
}

/// The memory managers built into the library, one `name: description` line each, in
/// `*out_names` (free with `LLVMDisposeMessage`); 0 on success.
///
/// # Safety
/// `out_names` is writable; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitListMemoryManagers(
    out_names: *mut *mut c_char,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            if out_names.is_null() {
                return Err("JitListMemoryManagers: OutNames is NULL".to_string());
            }
            let lines: Vec<String> = jit::available_memory_managers()
                .iter()
                .map(|f| format!("{}: {}", f.name, f.description))
                .collect();
            *out_names = malloc_string(&lines.join("\n"));
            Ok(0)
        })
    }
}

/// The counters of a memory manager no engine took yet; 0 on success.
///
/// # Safety
/// `m` is a memory-manager handle; `out` valid for `size` bytes; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitGetMemoryManagerStats(
    m: LLVMMCJITMemoryManagerRef,
    out: *mut JitMemoryManagerStats,
    size: usize,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            let MmSource::Manager(x) = &mm(m)?.source;
            let stats = mm_stats(&x.stats());
            fill(out, size, stats, "JitGetMemoryManagerStats")
        })
    }
}

/// Facts about an engine; 0 on success.
///
/// # Safety
/// `ee` is an engine handle; `out` valid for `size` bytes; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitGetEngineStats(
    ee: LLVMExecutionEngineRef,
    out: *mut JitEngineStats,
    size: usize,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            let e = engine_box(ee)?;
            let stats = JitEngineStats {
                modules: e.modules.len() as u64,
                is_native: LLVMBool::from(e.kind == EngineKind::Mcjit),
            };
            fill(out, size, stats, "JitGetEngineStats")
        })
    }
}

/// Finalizes every module of the engine now (code generation, relocations, protections,
/// instruction cache) instead of on first use; 0 on success. The interpreter has nothing
/// to finalize. The native engine finalizes all pending modules at once whenever a symbol
/// is resolved, so this resolves one defined symbol of the engine's modules.
///
/// # Safety
/// `ee` is an engine handle; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitFinalizeAllModules(
    ee: LLVMExecutionEngineRef,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            let e = engine_box(ee)?;
            if e.kind == EngineKind::Interpreter {
                return Ok(0);
            }
            let symbol = e.modules.iter().find_map(|&(_, m)| {
                // SAFETY: the engine owns these live module boxes.
                let ir = &(*m).ir;
                let f = ir
                    .functions
                    .values()
                    .find(|f| !f.is_declaration() && !f.linkage.is_local());
                let g = ir
                    .globals
                    .values()
                    .find(|g| g.init.is_some() && !g.linkage.is_local());
                f.map(|f| f.name.to_string())
                    .or_else(|| g.map(|g| g.name.to_string()))
            });
            if let Some(name) = symbol {
                e.engine()
                    .get_global_value_address(&name)
                    .map_err(|err| format!("JitFinalizeAllModules: {err}"))?;
            }
            Ok(0)
        })
    }
}

/// The engine's kind as a static string: `"interpreter"` or `"mcjit"` (NULL for a bad
/// handle).
///
/// # Safety
/// `ee` is an engine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitGetEngineKindName(ee: LLVMExecutionEngineRef) -> *const c_char {
    guard(std::ptr::null(), || {
        // SAFETY: per the caller's guarantee.
        Ok(match unsafe { engine_box(ee) }?.kind {
            EngineKind::Interpreter => c"interpreter".as_ptr(),
            EngineKind::Mcjit => c"mcjit".as_ptr(),
        })
    })
}
