//! The `Jit*` extensions: what LLVM-C has no word for. `cargo xtask headers` turns this
//! file into `include/jit.h` with cbindgen, so everything public here is C API.
//!
//! Conventions as in LLVM-C: `LLVMBool` status returns are 0 on success; messages are
//! `malloc`'d and freed with `LLVMDisposeMessage`; structs filled for the caller take a
//! `size` argument (`sizeof` as the caller's header has it): a smaller struct is filled as
//! far as it goes, a larger one is refused because the header and library do not match.

use crate::boundary::{
    LLVMBool, c_str, guard, guard_out, malloc_string, read_sized, take_last_error,
};
use crate::engine::{LLVMExecutionEngineRef, LLVMMCJITCompilerOptions, create_mcjit, engine_box};
use crate::handles::LLVMModuleRef;
use crate::listeners::LLVMJITEventListenerRef;
use crate::mm::{LLVMMCJITMemoryManagerRef, MmSource, mm, new_mm};
use jit::{EngineKind, TierPolicy};
use jit_core::memory::MmStats;
use std::ffi::{c_char, c_uint};

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

/// How a tiered engine tiers (`JitCreateTieredCompilerForModule`); `JitInitializeTieringOptions`
/// gives the defaults.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct JitTieringOptions {
    /// Calls plus loop iterations of a function before it is recompiled (0 counts as 1).
    /// Default 2000.
    pub threshold: c_uint,
    /// The OptLevel of tier-up code, 1 to 3: the IR pipeline and the optimizing backend.
    /// Default 2.
    pub opt_level: c_uint,
    /// Non-zero: the thread whose counter ran out waits until the replacement is compiled
    /// (or refused), so its next call runs it. For deterministic tests; default 0.
    pub synchronous: LLVMBool,
}

impl From<TierPolicy> for JitTieringOptions {
    fn from(p: TierPolicy) -> Self {
        JitTieringOptions {
            threshold: p.threshold,
            opt_level: c_uint::from(p.level),
            synchronous: LLVMBool::from(p.synchronous),
        }
    }
}

/// Counters of tiered execution (all zero for an engine that does not tier).
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct JitTieringStats {
    /// Functions whose counter ran out (tier-up requests).
    pub requests: u64,
    /// Functions recompiled and switched to their optimized code.
    pub published: u64,
    /// Functions left in tier 0 because their replacement could not be made.
    pub failed: u64,
    /// Modules whose IR went through the tier-up pipeline.
    pub modules_optimized: u64,
    /// On-stack-replacement entries made: optimized code a running tier-0 loop went on in.
    pub osr_entries: u64,
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

/// Reads the caller's tiering options of `size` bytes (the size idiom: smaller is read as
/// far as it goes, the rest default; larger is refused; NULL is the defaults) as a policy.
///
/// # Safety
/// `p` is NULL or valid for reading `size` bytes.
unsafe fn tier_policy(p: *const JitTieringOptions, size: usize) -> Result<TierPolicy, String> {
    // SAFETY: `p` is NULL or readable for `size` bytes per the caller's guarantee.
    let o = unsafe {
        read_sized(
            p,
            size,
            JitTieringOptions::from(TierPolicy::default()),
            "JitCreateTieredCompilerForModule",
            "tiering options struct",
        )
    }?;
    if !(1..=3).contains(&o.opt_level) {
        return Err(format!(
            "JitCreateTieredCompilerForModule: tiering OptLevel {} is out of range (1 to 3)",
            o.opt_level
        ));
    }
    Ok(TierPolicy {
        threshold: o.threshold.max(1),
        level: o.opt_level as u8,
        synchronous: o.synchronous != 0,
    })
}

/// Fills the first `size` bytes of `options` with the defaults of tiering (threshold 2000,
/// OptLevel 2, not synchronous). A struct larger than this library's is left alone and
/// the error is kept for `JitGetLastErrorMessage` (`JitCreateTieredCompilerForModule`
/// refuses it too).
///
/// # Safety
/// `options` is valid for writing `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitInitializeTieringOptions(options: *mut JitTieringOptions, size: usize) {
    guard((), || {
        let ours = JitTieringOptions::from(TierPolicy::default());
        // SAFETY: per the caller's guarantee.
        unsafe { fill(options, size, ours, "JitInitializeTieringOptions") }.map(|_| ())
    })
}

/// `LLVMCreateMCJITCompilerForModule` for a tiered engine: the same options, size idiom
/// and ownership rules (the engine takes the module and `options->MCJMM`, both freed on
/// failure; nothing is taken when an argument is refused), but the module starts as tier-0
/// code that counts calls and loop iterations, and a function that reaches
/// `tiering->threshold` is recompiled at `tiering->opt_level` on the engine's compile
/// thread and swapped in; addresses handed out never change. `options->OptLevel` must be 0
/// (tier-0 code is OptLevel 0; anything else is refused). `tiering` NULL means the
/// defaults; `size_of_tiering` follows the size idiom like `size_of_options`. A client
/// memory manager (`options->MCJMM`) works: its callbacks may then be called from the
/// compile thread, never concurrently with each other. 0 on success.
///
/// # Safety
/// `out_jit` is writable, `m` a module handle, `options` valid for `size_of_options`
/// bytes (or NULL), `tiering` valid for `size_of_tiering` bytes (or NULL), `out_error`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitCreateTieredCompilerForModule(
    out_jit: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    options: *mut LLVMMCJITCompilerOptions,
    size_of_options: usize,
    tiering: *const JitTieringOptions,
    size_of_tiering: usize,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            if !out_jit.is_null() {
                // NULL unless an engine is made, whichever check fails.
                *out_jit = std::ptr::null_mut();
            }
            let policy = tier_policy(tiering, size_of_tiering)?;
            create_mcjit(
                "JitCreateTieredCompilerForModule",
                out_jit,
                m,
                options,
                size_of_options,
                Some(policy),
                None,
            )
        })
    }
}

/// Where `JitCreateCompilerInExecutor` runs code: an executor process to start or to reach.
/// `JitInitializeExecutorOptions` gives the defaults.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct JitExecutorOptions {
    /// A command line that starts an executor (words separated by spaces), for instance
    /// `"/usr/lib/jit/jit-executor --mm pool"` or `"qemu-aarch64-static -L
    /// /usr/aarch64-linux-gnu /opt/arm64/jit-executor"`. NULL when `Address` is given.
    pub command: *const c_char,
    /// The address of a listening executor (`jit-executor --listen ADDR`): `unix:PATH` or
    /// `HOST:PORT`. NULL when `Command` is given.
    pub address: *const c_char,
    /// Seconds program code (a call, `main`) may run before the executor is killed and the
    /// call fails; 0: no limit (the default).
    pub timeout_seconds: f64,
}

impl Default for JitExecutorOptions {
    fn default() -> Self {
        JitExecutorOptions {
            command: std::ptr::null(),
            address: std::ptr::null(),
            timeout_seconds: 0.0,
        }
    }
}

/// Fills `options` (`size` = `sizeof(JitExecutorOptions)`) with the defaults.
///
/// # Safety
/// `options` is NULL or writable for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitInitializeExecutorOptions(
    options: *mut JitExecutorOptions,
    size: usize,
) {
    guard((), || {
        if options.is_null() {
            return Err("JitInitializeExecutorOptions: Options is NULL".into());
        }
        let d = JitExecutorOptions::default();
        let n = size.min(std::mem::size_of::<JitExecutorOptions>());
        // SAFETY: `options` is writable for `size` bytes; at most that many are copied.
        unsafe {
            std::ptr::copy_nonoverlapping(
                (&d as *const JitExecutorOptions).cast::<u8>(),
                options.cast::<u8>(),
                n,
            )
        };
        Ok(())
    })
}

/// The native engine with its code in another process (an executor: crash isolation, or
/// another architecture — the engine compiles for the executor's). Like
/// `LLVMCreateMCJITCompilerForModule` (same options and size idiom; `Options->MCJMM` must be
/// NULL: the executor's own manager places the code); `executor` (size idiom with
/// `size_of_executor`) names the executor. `LLVMGetFunctionAddress` then returns addresses
/// in the executor, `LLVMRunFunction` and `LLVMRunFunctionAsMain` run there; after `main`
/// the executor has ended (its exit handlers and destructors ran there), and a program
/// killed by a signal is an error naming it. The options are checked and the executor
/// started (or reached) before the module is taken: when that fails the caller still owns
/// it. 0 on success.
///
/// # Safety
/// As `LLVMCreateMCJITCompilerForModule`; `executor` valid for `size_of_executor` bytes,
/// its strings NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitCreateCompilerInExecutor(
    out_jit: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    options: *mut LLVMMCJITCompilerOptions,
    size_of_options: usize,
    executor: *const JitExecutorOptions,
    size_of_executor: usize,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    const WHAT: &str = "JitCreateCompilerInExecutor";
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            if !out_jit.is_null() {
                *out_jit = std::ptr::null_mut();
            }
            if executor.is_null() {
                return Err(format!("{WHAT}: Executor is NULL"));
            }
            let e = read_sized(
                executor,
                size_of_executor,
                JitExecutorOptions::default(),
                WHAT,
                "executor options struct",
            )?;
            let command = if e.command.is_null() {
                None
            } else {
                Some(c_str(e.command, "Command")?)
            };
            let address = if e.address.is_null() {
                None
            } else {
                Some(c_str(e.address, "Address")?)
            };
            let exec = match (command, address) {
                (Some(c), None) => {
                    let words: Vec<String> = c.split_whitespace().map(String::from).collect();
                    jit::Executor::launch(&words)
                }
                (None, Some(a)) => jit::Executor::connect(&a),
                _ => {
                    return Err(format!(
                        "{WHAT}: exactly one of Executor->Command and Executor->Address must be set"
                    ));
                }
            }
            .map_err(|err| format!("{WHAT}: {err}"))?;
            if e.timeout_seconds.is_nan() || e.timeout_seconds < 0.0 {
                return Err(format!(
                    "{WHAT}: Executor->TimeoutSeconds is {}",
                    e.timeout_seconds
                ));
            }
            if e.timeout_seconds > 0.0 {
                exec.set_run_timeout(
                    std::time::Duration::try_from_secs_f64(e.timeout_seconds).ok(),
                );
            }
            create_mcjit(WHAT, out_jit, m, options, size_of_options, None, Some(exec))
        })
    }
}

/// Waits until the engine's compile thread has served every tier-up request made so far
/// (each function replaced, or left in tier 0). Returns at once for an engine that does
/// not tier. A bad handle only sets the error for `JitGetLastErrorMessage`.
///
/// # Safety
/// `ee` is an engine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitWaitForTierUp(ee: LLVMExecutionEngineRef) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        unsafe { engine_box(ee) }?.engine_ref().wait_for_tier_up();
        Ok(())
    })
}

/// The engine's tiering counters (all zero for an engine that does not tier); 0 on
/// success.
///
/// # Safety
/// `ee` is an engine handle; `out` valid for `size` bytes; `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitGetTieringStats(
    ee: LLVMExecutionEngineRef,
    out: *mut JitTieringStats,
    size: usize,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            let s = engine_box(ee)?
                .engine_ref()
                .tier_stats()
                .unwrap_or_default();
            let stats = JitTieringStats {
                requests: s.requests,
                published: s.published,
                failed: s.failed,
                modules_optimized: s.modules_optimized,
                osr_entries: s.osr_entries,
            };
            fill(out, size, stats, "JitGetTieringStats")
        })
    }
}

/// Attaches a JIT event listener (from `LLVMCreatePerfJITEventListener`,
/// `JitCreatePerfMapEventListener`, ...) to an engine, as LLVM's
/// `ExecutionEngine::RegisterJITEventListener`: it is told about every object of native
/// code the engine makes executable from now on (modules are compiled on first use, so
/// attaching right after making the engine sees all of them; tier-up replacements too) and
/// about their freeing. The interpreter makes no code: nothing is reported. 0 on success;
/// 1 for a NULL or bad handle.
///
/// # Safety
/// `ee` is an engine handle, `listener` NULL or a listener handle; `out_error` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitRegisterEventListener(
    ee: LLVMExecutionEngineRef,
    listener: LLVMJITEventListenerRef,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            let e = engine_box(ee)?;
            let l = crate::listeners::listener(listener)?;
            e.listeners.add(l);
            Ok(0)
        })
    }
}

/// A JIT event listener that appends `START SIZE name` lines for every function to
/// `/tmp/perf-<pid>.map`, which `perf report` reads by itself (names only; the jitdump of
/// `LLVMCreatePerfJITEventListener` carries code and lines too). One per process, never
/// disposed; NULL when the file cannot be created (the reason for
/// `JitGetLastErrorMessage`). `$JIT_PERF_MAP=1` attaches it to every engine.
#[unsafe(no_mangle)]
pub extern "C" fn JitCreatePerfMapEventListener() -> LLVMJITEventListenerRef {
    guard(std::ptr::null_mut(), crate::listeners::perf_map)
}

/// Writes `value` through `out` unless `out` is NULL.
///
/// # Safety
/// `out` is NULL or valid for writing one `T`.
unsafe fn put<T>(out: *mut T, value: T) {
    if !out.is_null() {
        // SAFETY: non-NULL, and writable per the caller's guarantee.
        unsafe { out.write(value) };
    }
}

/// Names the JIT code at `address`: the function whose machine code holds it, the module
/// it was compiled from, and with debug information (`!dbg` metadata, clang `-g`) the
/// source file (directory joined with file name), line and column. Tier-0 code, tiering
/// entry stubs and tier-up replacements all give the function's own name. For a return
/// address (a backtrace), pass `address - 1`, which is still in the call instruction.
///
/// `ee` NULL searches every native engine of the process. Each out-pointer may be NULL;
/// strings are `malloc`'d, freed with `LLVMDisposeMessage`; `*out_file` is NULL without
/// debug information, `*out_line` and `*out_column` 0 when unknown; `*out_offset` is the
/// distance from the function's first byte. Returns 0 when the address was named; 1 when it
/// is not JIT code of that engine (or of any engine; the interpreter makes no code), every
/// out-value then NULL or 0, or for a bad handle (the message for
/// `JitGetLastErrorMessage`).
///
/// # Safety
/// `ee` is NULL or an engine handle; each out-pointer is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn JitSymbolizeAddress(
    ee: LLVMExecutionEngineRef,
    address: u64,
    out_function: *mut *mut c_char,
    out_module: *mut *mut c_char,
    out_file: *mut *mut c_char,
    out_line: *mut c_uint,
    out_column: *mut c_uint,
    out_offset: *mut u64,
) -> LLVMBool {
    guard(1, || {
        // SAFETY: the out-pointers are NULL or writable per the caller's guarantee.
        unsafe {
            put(out_function, std::ptr::null_mut());
            put(out_module, std::ptr::null_mut());
            put(out_file, std::ptr::null_mut());
            put(out_line, 0);
            put(out_column, 0);
            put(out_offset, 0);
        }
        let info = if ee.is_null() {
            jit::symbolize_in_process(address)
        } else {
            // SAFETY: per the caller's guarantee.
            unsafe { engine_box(ee) }?.engine_ref().symbolize(address)
        };
        let Some(s) = info else { return Ok(1) };
        let malloced = |s: &str, out: *mut *mut c_char| {
            if out.is_null() {
                return Ok(std::ptr::null_mut());
            }
            let p = malloc_string(s);
            if p.is_null() {
                return Err("JitSymbolizeAddress: out of memory".to_string());
            }
            Ok(p)
        };
        let function = malloced(&s.function, out_function)?;
        let module = malloced(&s.module, out_module)?;
        let file = match &s.file {
            Some(f) => malloced(f, out_file)?,
            None => std::ptr::null_mut(),
        };
        // SAFETY: as above.
        unsafe {
            put(out_function, function);
            put(out_module, module);
            put(out_file, file);
            put(out_line, s.line);
            put(out_column, s.column);
            put(out_offset, s.offset);
        }
        Ok(0)
    })
}

/// Whether engines created from now on register their code with GDB's JIT interface
/// (`__jit_debug_register_code`: symbols, lines and variables for gdb and LLDB). Without a
/// call, the default is on, as in MCJIT, unless `$JIT_GDB=0`; a call overrides the
/// environment for the whole process. Engines that exist keep their setting; attaching
/// `LLVMCreateGDBRegistrationListener` with `JitRegisterEventListener` still registers an
/// engine's code.
#[unsafe(no_mangle)]
pub extern "C" fn JitSetGDBRegistrationDefault(on: LLVMBool) {
    crate::engine::set_gdb_default(on != 0);
}
