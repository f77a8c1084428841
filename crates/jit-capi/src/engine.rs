//! ExecutionEngine.h: engines over the facade's [`EngineBuilder`], running functions,
//! addresses of symbols, and module ownership.
//!
//! An engine owns the modules given to it (and its memory manager): `LLVMDisposeExecutionEngine`
//! frees them. Finalization (code generation, relocation, protections, icache) is implicit
//! and idempotent in `LLVMGetFunctionAddress`, `LLVMGetGlobalValueAddress`,
//! `LLVMGetPointerToGlobal`, `LLVMRunFunction`, `LLVMRunFunctionAsMain` and
//! `LLVMRunStaticConstructors` — the engine behind the facade does it on first use.

use crate::boundary::{
    LLVMBool, c_array, c_str, c_str_or_empty, guard, guard_out, read_sized, set_last_error,
    write_error,
};
use crate::generic_value::{LLVMGenericValueRef, generic, new_generic};
use crate::handles::{self, LLVMModuleRef, LLVMValueRef, ModuleBox, ValueKey};
use crate::mm::{LLVMMCJITMemoryManagerRef, MmSource, take_mm};
use crate::target::{LLVMTargetDataRef, TargetData, host_layout, new_target_data};
use jit::{
    CodeModel, EngineBuilder, EngineKind, EventListeners, JitError, NativeOptions, TierPolicy,
};
use jit_core::{ExecutionEngine, ModuleHandle};
use std::ffi::{c_char, c_int, c_uint, c_void};
use std::sync::atomic::{AtomicU8, Ordering};

const EE_MAGIC: u32 = 0x4a45_6e67;

/// `LLVMCodeModel` values.
pub mod code_model {
    /// `LLVMCodeModelDefault`.
    pub const DEFAULT: i32 = 0;
    /// `LLVMCodeModelJITDefault`.
    pub const JIT_DEFAULT: i32 = 1;
    /// `LLVMCodeModelLarge`, the largest value.
    pub const LARGE: i32 = 6;
}

/// `struct LLVMMCJITCompilerOptions`, laid out as in LLVM-C.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct LLVMMCJITCompilerOptions {
    /// `OptLevel` (0–3).
    pub opt_level: c_uint,
    /// `CodeModel` (an `LLVMCodeModel`).
    pub code_model: c_int,
    /// `NoFramePointerElim`.
    pub no_frame_pointer_elim: LLVMBool,
    /// `EnableFastISel`.
    pub enable_fast_isel: LLVMBool,
    /// `MCJMM`: a memory manager the engine takes, or NULL for the default one.
    pub mcjmm: LLVMMCJITMemoryManagerRef,
}

impl Default for LLVMMCJITCompilerOptions {
    fn default() -> Self {
        LLVMMCJITCompilerOptions {
            opt_level: 0,
            code_model: code_model::JIT_DEFAULT,
            no_frame_pointer_elim: 0,
            enable_fast_isel: 0,
            mcjmm: std::ptr::null_mut(),
        }
    }
}

/// The box behind `LLVMExecutionEngineRef`.
#[repr(C)]
pub struct EngineBox {
    magic: u32,
    /// The engine (dropped first on dispose, with its memory manager).
    engine: Option<Box<dyn ExecutionEngine>>,
    /// Which engine it is.
    pub kind: EngineKind,
    /// The modules it owns, with their engine handles.
    pub modules: Vec<(ModuleHandle, LLVMModuleRef)>,
    /// The last error, for `LLVMExecutionEngineGetErrMsg`.
    pub last_error: Option<String>,
    target_data: Box<TargetData>,
    /// The native engine's event listeners (`JitRegisterEventListener` adds to them).
    pub listeners: EventListeners,
}

/// `LLVMExecutionEngineRef`.
pub type LLVMExecutionEngineRef = *mut EngineBox;

impl EngineBox {
    /// The engine. (Symbols added with `LLVMAddSymbol` need no mapping: both engines
    /// search them through `jit_link::process` before the libraries.)
    pub fn engine(&mut self) -> &mut dyn ExecutionEngine {
        self.engine
            .as_deref_mut()
            .expect("the engine lives until dispose")
    }
    /// The engine, shared (statistics, waiting).
    pub fn engine_ref(&self) -> &dyn ExecutionEngine {
        self.engine
            .as_deref()
            .expect("the engine lives until dispose")
    }
    fn fail<T>(&mut self, message: String) -> Result<T, String> {
        self.last_error = Some(message.clone());
        Err(message)
    }
}

impl Drop for EngineBox {
    fn drop(&mut self) {
        self.magic = 0;
        drop(self.engine.take());
        for (_, m) in self.modules.drain(..) {
            // SAFETY: the engine owns these module boxes (made by `Box::into_raw`); each is
            // freed once, here.
            drop(unsafe { Box::from_raw(m) });
        }
    }
}

/// The engine behind a handle.
///
/// # Safety
/// `p` is NULL or a handle of this library.
pub unsafe fn engine_box<'a>(p: LLVMExecutionEngineRef) -> Result<&'a mut EngineBox, String> {
    if p.is_null() {
        return Err("LLVMExecutionEngineRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != EE_MAGIC {
        return Err("not a valid LLVMExecutionEngineRef (or already disposed)".to_string());
    }
    // SAFETY: checked above.
    Ok(unsafe { &mut *p })
}

/// `JitSetGDBRegistrationDefault`: 0 not set (the facade's default, `$JIT_GDB`), 1 on,
/// 2 off.
static GDB_DEFAULT: AtomicU8 = AtomicU8::new(0);

/// Sets GDB registration for engines created from now on.
pub fn set_gdb_default(on: bool) {
    GDB_DEFAULT.store(if on { 1 } else { 2 }, Ordering::Relaxed);
}

/// The process's GDB registration setting, if `JitSetGDBRegistrationDefault` was called.
fn gdb_default() -> Option<bool> {
    match GDB_DEFAULT.load(Ordering::Relaxed) {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

/// How to make the engine.
struct Recipe {
    builder: EngineBuilder,
    /// The kind `builder` was given.
    kind: EngineKind,
    manager: Option<MmSource>,
    /// Fall back to the interpreter when the native engine is not available.
    fallback: bool,
}

/// Builds an engine for module `m` and gives it the module. On failure after the module
/// was checked, the module (and the manager) are freed, as LLVM's builder does.
fn create(
    out: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    recipe: Recipe,
) -> Result<LLVMBool, String> {
    if out.is_null() {
        return Err("OutEE is NULL".to_string());
    }
    // SAFETY: `out` is writable (the caller's out-parameter).
    unsafe { *out = std::ptr::null_mut() };
    // SAFETY: `m` comes from the C caller: NULL or a handle of this library.
    let mb = unsafe { handles::module(m) }?;
    if !mb.owner.is_null() {
        return Err(format!(
            "module `{}` is already owned by an execution engine",
            mb.ir.name
        ));
    }
    // From here on the module is ours: freed on failure.
    // SAFETY: the client gave up the module (made by `Box::into_raw`).
    let owned = unsafe { Box::from_raw(m) };
    let Recipe {
        builder,
        kind,
        manager,
        fallback,
    } = recipe;
    let listeners = EventListeners::new();
    let mut builder = builder.event_listeners(listeners.clone());
    if let Some(on) = gdb_default() {
        builder = builder.gdb_registration(on);
    }
    let built = match manager {
        Some(MmSource::Manager(mgr)) => builder.build_with_memory_manager(mgr),
        None => builder.build(),
    };
    let (engine, kind) = match built {
        Ok(e) => (e, kind),
        Err(JitError::NotBuilt(_)) if fallback => {
            let e = EngineBuilder::new()
                .kind(EngineKind::Interpreter)
                .build()
                .map_err(|e| e.to_string())?;
            (e, EngineKind::Interpreter)
        }
        Err(e) => return Err(e.to_string()),
    };
    let layout = owned
        .ir
        .datalayout
        .clone()
        .unwrap_or_else(|| host_layout().to_string());
    let mut ee = Box::new(EngineBox {
        magic: EE_MAGIC,
        engine: Some(engine),
        kind,
        modules: Vec::new(),
        last_error: None,
        target_data: new_target_data(&layout, true),
        listeners,
    });
    let handle = ee
        .engine()
        .add_module(owned.ir.clone())
        .map_err(|e| e.to_string())?;
    let ee_ptr = Box::into_raw(ee);
    let m = Box::into_raw(owned);
    // SAFETY: both pointers were just made from boxes.
    unsafe {
        (*m).owner = ee_ptr;
        (*ee_ptr).modules.push((handle, m));
        *out = ee_ptr;
    }
    Ok(0)
}

/// `LLVMCreateExecutionEngineForModule`: the native engine when available, else the
/// interpreter. Takes the module (freed on failure). 0 on success, else 1 with a message.
///
/// # Safety
/// `out_ee` is writable, `m` a module handle, `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateExecutionEngineForModule(
    out_ee: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    let recipe = Recipe {
        builder: EngineBuilder::new().kind(EngineKind::Mcjit),
        kind: EngineKind::Mcjit,
        manager: None,
        fallback: true,
    };
    // SAFETY: `out_error` per the caller's guarantee.
    unsafe { guard_out(out_error, 1, || create(out_ee, m, recipe)) }
}

/// `LLVMCreateInterpreterForModule`: the interpreter. Takes the module (freed on failure).
///
/// # Safety
/// As [`LLVMCreateExecutionEngineForModule`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateInterpreterForModule(
    out_interp: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    let recipe = Recipe {
        builder: EngineBuilder::new().kind(EngineKind::Interpreter),
        kind: EngineKind::Interpreter,
        manager: None,
        fallback: false,
    };
    // SAFETY: `out_error` per the caller's guarantee.
    unsafe { guard_out(out_error, 1, || create(out_interp, m, recipe)) }
}

/// `LLVMCreateJITCompilerForModule`: the native engine at `opt_level`, other options at
/// their defaults. Takes the module (freed on failure).
///
/// # Safety
/// As [`LLVMCreateExecutionEngineForModule`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateJITCompilerForModule(
    out_jit: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    opt_level: c_uint,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    let builder = EngineBuilder::new()
        .kind(EngineKind::Mcjit)
        .opt_level(opt_level.min(3) as u8);
    let recipe = Recipe {
        builder,
        kind: EngineKind::Mcjit,
        manager: None,
        fallback: false,
    };
    // SAFETY: `out_error` per the caller's guarantee.
    unsafe { guard_out(out_error, 1, || create(out_jit, m, recipe)) }
}

/// `LLVMInitializeMCJITCompilerOptions`: fills the first `size` bytes of `options` with the
/// defaults (all zero, `CodeModel` = `LLVMCodeModelJITDefault`).
///
/// # Safety
/// `options` is valid for writing `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMInitializeMCJITCompilerOptions(
    options: *mut LLVMMCJITCompilerOptions,
    size: usize,
) {
    guard((), || {
        if options.is_null() {
            return Err("LLVMInitializeMCJITCompilerOptions: options is NULL".to_string());
        }
        let ours = LLVMMCJITCompilerOptions::default();
        let n = size.min(std::mem::size_of::<LLVMMCJITCompilerOptions>());
        // SAFETY: `options` is writable for `size` ≥ `n` bytes; `ours` is readable for `n`.
        unsafe {
            std::ptr::copy_nonoverlapping((&raw const ours).cast::<u8>(), options.cast::<u8>(), n)
        };
        Ok(())
    })
}

fn code_model_of(v: c_int) -> Result<CodeModel, String> {
    Ok(match v {
        0 => CodeModel::Default,
        1 => CodeModel::JitDefault,
        2 => CodeModel::Tiny,
        3 => CodeModel::Small,
        4 => CodeModel::Kernel,
        5 => CodeModel::Medium,
        6 => CodeModel::Large,
        _ => return Err(format!("{v} is not an LLVMCodeModel")),
    })
}

/// `LLVMCreateMCJITCompilerForModule`: the native engine with options. `size` is
/// `sizeof(LLVMMCJITCompilerOptions)` as the caller's header has it: smaller (an older
/// header) gets the defaults for the missing fields; larger fails, because the header and
/// the library do not match (the module and manager are then not taken). Otherwise the
/// engine takes the module and the memory manager (both freed on failure).
///
/// # Safety
/// `out_jit` is writable, `m` a module handle, `options` valid for `size` bytes (or NULL
/// with any size: defaults), `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateMCJITCompilerForModule(
    out_jit: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    options: *const LLVMMCJITCompilerOptions,
    size: usize,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: `out_error` per the caller's guarantee.
    unsafe {
        guard_out(out_error, 1, || {
            create_mcjit(
                "LLVMCreateMCJITCompilerForModule",
                out_jit,
                m,
                options,
                size,
                None,
                None,
            )
        })
    }
}

/// The native engine with `LLVMMCJITCompilerOptions` (the size idiom of
/// [`LLVMCreateMCJITCompilerForModule`]), tiering with `tiering` when given: what
/// `LLVMCreateMCJITCompilerForModule` and `JitCreateTieredCompilerForModule` share. `what`
/// names the C function in messages. Everything is checked before the module and the
/// memory manager are taken; with tiering, `OptLevel` must be 0 (tier-0 code is OptLevel 0;
/// the tier-up level is the policy's).
///
/// # Safety
/// As [`LLVMCreateMCJITCompilerForModule`].
pub(crate) unsafe fn create_mcjit(
    what: &str,
    out_jit: *mut LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    options: *const LLVMMCJITCompilerOptions,
    size: usize,
    tiering: Option<TierPolicy>,
    executor: Option<jit::Executor>,
) -> Result<LLVMBool, String> {
    if out_jit.is_null() {
        return Err(format!("{what}: OutJIT is NULL"));
    }
    // SAFETY: `out_jit` is writable (the caller's out-parameter): NULL until an engine is made.
    unsafe { *out_jit = std::ptr::null_mut() };
    // SAFETY: `options` is NULL or readable for `size` bytes per the caller's guarantee.
    let o = unsafe {
        read_sized(
            options,
            size,
            LLVMMCJITCompilerOptions::default(),
            what,
            "options struct",
        )
    }?;
    let cm = code_model_of(o.code_model)?;
    if o.opt_level > 3 {
        return Err(format!("OptLevel {} is out of range (0 to 3)", o.opt_level));
    }
    if tiering.is_some() && o.opt_level != 0 {
        return Err(format!(
            "{what}: OptLevel {} with tiering: tier-0 code is always OptLevel 0, so \
             Options->OptLevel must be 0; the level of tier-up code is JitTieringOptions.opt_level",
            o.opt_level
        ));
    }
    // SAFETY: `m` comes from the C caller: NULL or a handle of this library.
    unsafe { handles::module(m) }?;
    if executor.is_some() && !o.mcjmm.is_null() {
        return Err(format!(
            "{what}: Options->MCJMM is set, but the code runs in an executor, whose own memory manager places it"
        ));
    }
    let manager = if o.mcjmm.is_null() {
        None
    } else {
        // SAFETY: `mcjmm` comes from the C caller: a memory-manager handle of this library.
        Some(unsafe { take_mm(o.mcjmm) }?)
    };
    let mut builder = EngineBuilder::new()
        .kind(EngineKind::Mcjit)
        .opt_level(o.opt_level as u8)
        .tiering(tiering);
    if let Some(e) = executor {
        builder = builder.executor(e);
    }
    let builder = builder.native_options(NativeOptions {
        code_model: cm,
        no_frame_pointer_elim: o.no_frame_pointer_elim != 0,
        fast_isel: o.enable_fast_isel != 0,
    });
    create(
        out_jit,
        m,
        Recipe {
            builder,
            kind: EngineKind::Mcjit,
            manager,
            fallback: false,
        },
    )
}

/// `LLVMDisposeExecutionEngine`: frees the engine, its memory manager and its modules.
///
/// # Safety
/// `ee` is NULL or an engine handle not disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeExecutionEngine(ee: LLVMExecutionEngineRef) {
    guard((), || {
        if ee.is_null() {
            return Ok(());
        }
        // SAFETY: checked, then freed once (made by `Box::into_raw`).
        unsafe {
            engine_box(ee)?;
            drop(Box::from_raw(ee));
        }
        Ok(())
    })
}

/// Runs `f` on a checked engine; errors are kept for `LLVMExecutionEngineGetErrMsg` and
/// `JitGetLastErrorMessage`.
fn with_engine<R>(
    ee: LLVMExecutionEngineRef,
    failed: R,
    f: impl FnOnce(&mut EngineBox) -> Result<R, String>,
) -> R {
    guard(failed, || {
        // SAFETY: `ee` comes from the C caller: NULL or a handle of this library.
        let e = unsafe { engine_box(ee) }?;
        match f(e) {
            Ok(r) => Ok(r),
            Err(msg) => e.fail(msg),
        }
    })
}

/// The symbol name of a function or global value handle.
fn symbol_of(v: LLVMValueRef) -> Result<String, String> {
    // SAFETY: `v` comes from the C caller: NULL or a handle of this library.
    let h = unsafe { handles::value(v) }?;
    // SAFETY: module values live with their module.
    let mb = unsafe { handles::value_module(h) }?;
    match h.key {
        ValueKey::Function(f) => Ok(mb.ir.functions[f].name.to_string()),
        ValueKey::Global(g) => Ok(mb.ir.globals[g].name.to_string()),
        _ => Err("the value is not a function or global variable".to_string()),
    }
}

/// `LLVMRunStaticConstructors`: runs `@llvm.global_ctors` of every module.
///
/// # Safety
/// `ee` is an engine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMRunStaticConstructors(ee: LLVMExecutionEngineRef) {
    with_engine(ee, (), |e| {
        e.engine()
            .run_static_constructors()
            .map_err(|e| e.to_string())
    })
}

/// `LLVMRunStaticDestructors`: runs `@llvm.global_dtors` of every module (once).
///
/// # Safety
/// `ee` is an engine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMRunStaticDestructors(ee: LLVMExecutionEngineRef) {
    with_engine(ee, (), |e| {
        e.engine()
            .run_static_destructors()
            .map_err(|e| e.to_string())
    })
}

unsafe fn string_list(p: *const *const c_char, n: Option<usize>) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    if p.is_null() {
        return Ok(out);
    }
    let mut i = 0;
    loop {
        if n.is_some_and(|n| i >= n) {
            break;
        }
        // SAFETY: the caller guarantees `n` entries, or a NULL-terminated array.
        let s = unsafe { *p.add(i) };
        if s.is_null() {
            break;
        }
        // SAFETY: entries are NUL-terminated strings.
        out.push(unsafe { c_str_or_empty(s) }.into_owned());
        i += 1;
    }
    Ok(out)
}

/// `LLVMRunFunctionAsMain`: runs `main(argc, argv, envp)` of the engine's modules as a
/// program (`f` must be `main`): static constructors first unless already run, exit handlers
/// and destructors at the end or on `exit()`. Returns the exit code, or -1 after an error
/// (see `LLVMExecutionEngineGetErrMsg`).
///
/// # Safety
/// `ee` is an engine handle, `f` a value handle, `argv` valid for `argc` strings, `envp`
/// NULL or a NULL-terminated array of strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMRunFunctionAsMain(
    ee: LLVMExecutionEngineRef,
    f: LLVMValueRef,
    argc: c_uint,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> c_int {
    with_engine(ee, -1, |e| {
        let name = symbol_of(f)?;
        if name != "main" {
            return Err(format!(
                "LLVMRunFunctionAsMain: only `main` can run as a program, not `{name}`"
            ));
        }
        // SAFETY: per the caller's guarantee.
        let args = unsafe { c_array(argv, argc as usize, "argv") }?;
        // SAFETY: per the caller's guarantee.
        let args = unsafe { string_list(args.as_ptr(), Some(args.len())) }?;
        // SAFETY: per the caller's guarantee.
        let env = unsafe { string_list(envp, None) }?;
        e.engine().run_main(&args, &env).map_err(|e| e.to_string())
    })
}

/// `LLVMRunFunction`: calls a function with generic values; NULL after an error (see
/// `LLVMExecutionEngineGetErrMsg`). Free the result with `LLVMDisposeGenericValue`.
///
/// # Safety
/// `ee` is an engine handle, `f` a value handle, `args` valid for `num_args` generic value
/// handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMRunFunction(
    ee: LLVMExecutionEngineRef,
    f: LLVMValueRef,
    num_args: c_uint,
    args: *const LLVMGenericValueRef,
) -> LLVMGenericValueRef {
    with_engine(ee, std::ptr::null_mut(), |e| {
        let name = symbol_of(f)?;
        // SAFETY: per the caller's guarantee.
        let list = unsafe { c_array(args, num_args as usize, "args") }?;
        let values = list
            .iter()
            // SAFETY: elements are generic value handles per the caller's guarantee.
            .map(|&g| unsafe { generic(g) })
            .collect::<Result<Vec<_>, _>>()?;
        let r = e
            .engine()
            .run_function(&name, &values)
            .map_err(|e| e.to_string())?;
        Ok(new_generic(r))
    })
}

/// `LLVMFreeMachineCodeForFunction`: does nothing (code is freed with its module).
///
/// # Safety
/// `ee` is an engine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMFreeMachineCodeForFunction(
    ee: LLVMExecutionEngineRef,
    f: LLVMValueRef,
) {
    let _ = f;
    with_engine(ee, (), |_| Ok(()))
}

/// `LLVMAddModule`: gives the engine another module (it takes ownership).
///
/// # Safety
/// `ee` is an engine handle, `m` a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddModule(ee: LLVMExecutionEngineRef, m: LLVMModuleRef) {
    with_engine(ee, (), |e| {
        // SAFETY: per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        if !mb.owner.is_null() {
            return Err(format!(
                "LLVMAddModule: module `{}` is already owned by an engine",
                mb.ir.name
            ));
        }
        let h = e
            .engine()
            .add_module(mb.ir.clone())
            .map_err(|e| e.to_string())?;
        mb.owner = e;
        e.modules.push((h, m));
        Ok(())
    })
}

/// `LLVMRemoveModule`: takes a module back from the engine (its code and data are
/// released); 0 on success, with the module in `*out_mod`.
///
/// # Safety
/// `ee` is an engine handle, `m` a module handle, `out_mod` writable, `out_error` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMRemoveModule(
    ee: LLVMExecutionEngineRef,
    m: LLVMModuleRef,
    out_mod: *mut LLVMModuleRef,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    let r = with_engine(ee, Err(()), |e| {
        let pos = e
            .modules
            .iter()
            .position(|&(_, x)| x == m)
            .ok_or("LLVMRemoveModule: the engine does not own this module")?;
        let handle = e.modules[pos].0;
        let ir = e
            .engine()
            .remove_module(handle)
            .map_err(|e| e.to_string())?;
        e.modules.remove(pos);
        // SAFETY: the module box is live (the engine owned it until now).
        let mb: &mut ModuleBox = unsafe { &mut *m };
        mb.ir = ir;
        mb.owner = std::ptr::null_mut();
        if !out_mod.is_null() {
            // SAFETY: writable per the caller's guarantee.
            unsafe { *out_mod = m };
        }
        Ok(Ok(()))
    });
    match r {
        Ok(()) => 0,
        Err(()) => {
            let msg = crate::boundary::take_last_error().unwrap_or_default();
            // SAFETY: per the caller's guarantee.
            unsafe { write_error(out_error, &msg) };
            set_last_error(msg);
            1
        }
    }
}

/// `LLVMFindFunction`: the defined function named `name` in the engine's modules; 0 when
/// found (with it in `*out_fn`), 1 otherwise.
///
/// # Safety
/// `ee` is an engine handle, `name` NUL-terminated, `out_fn` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMFindFunction(
    ee: LLVMExecutionEngineRef,
    name: *const c_char,
    out_fn: *mut LLVMValueRef,
) -> LLVMBool {
    with_engine(ee, 1, |e| {
        if out_fn.is_null() {
            return Err("LLVMFindFunction: OutFn is NULL".to_string());
        }
        // SAFETY: writable per the caller's guarantee.
        unsafe { *out_fn = std::ptr::null_mut() };
        // SAFETY: per the caller's guarantee.
        let name = unsafe { c_str(name, "name") }?;
        let Some(h) = e.engine().find_function(&name) else {
            return Ok(1);
        };
        let Some(&(_, m)) = e.modules.iter().find(|(x, _)| *x == h) else {
            return Ok(1);
        };
        // SAFETY: the engine owns this live module box.
        let mb = unsafe { &mut *m };
        let Some(f) = mb.ir.function_by_name(&name) else {
            return Ok(1);
        };
        // SAFETY: writable per the caller's guarantee.
        unsafe { *out_fn = mb.value_ref(ValueKey::Function(f)) };
        Ok(0)
    })
}

/// `LLVMGetExecutionEngineTargetData`: the engine's data layout (owned by the engine).
///
/// # Safety
/// `ee` is an engine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetExecutionEngineTargetData(
    ee: LLVMExecutionEngineRef,
) -> LLVMTargetDataRef {
    with_engine(ee, std::ptr::null_mut(), |e| Ok(&raw mut *e.target_data))
}

/// `LLVMAddGlobalMapping`: makes the symbol of `global` resolve to `addr`.
///
/// # Safety
/// `ee` is an engine handle, `global` a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddGlobalMapping(
    ee: LLVMExecutionEngineRef,
    global: LLVMValueRef,
    addr: *mut c_void,
) {
    with_engine(ee, (), |e| {
        let name = symbol_of(global)?;
        e.engine().add_global_mapping(&name, addr as u64);
        Ok(())
    })
}

/// `LLVMGetPointerToGlobal`: the address of a function or global variable (NULL after an
/// error).
///
/// # Safety
/// `ee` is an engine handle, `global` a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetPointerToGlobal(
    ee: LLVMExecutionEngineRef,
    global: LLVMValueRef,
) -> *mut c_void {
    with_engine(ee, std::ptr::null_mut(), |e| {
        let name = symbol_of(global)?;
        let a = e
            .engine()
            .get_global_value_address(&name)
            .map_err(|e| e.to_string())?;
        Ok(a as *mut c_void)
    })
}

fn address(ee: LLVMExecutionEngineRef, name: *const c_char) -> u64 {
    with_engine(ee, 0, |e| {
        // SAFETY: `name` comes from the C caller: NUL-terminated.
        let name = unsafe { c_str(name, "name") }?;
        e.engine()
            .get_global_value_address(&name)
            .map_err(|e| e.to_string())
    })
}

/// `LLVMGetGlobalValueAddress`: the address of a global variable or function; 0 when
/// not found (see `LLVMExecutionEngineGetErrMsg`).
///
/// # Safety
/// `ee` is an engine handle, `name` NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetGlobalValueAddress(
    ee: LLVMExecutionEngineRef,
    name: *const c_char,
) -> u64 {
    address(ee, name)
}

/// `LLVMGetFunctionAddress`: the address of a function, callable from C; 0 when not found.
///
/// # Safety
/// `ee` is an engine handle, `name` NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetFunctionAddress(
    ee: LLVMExecutionEngineRef,
    name: *const c_char,
) -> u64 {
    address(ee, name)
}

/// `LLVMExecutionEngineGetErrMsg`: 1 and the engine's last error in `*out_error` (then
/// cleared), or 0 when there is none.
///
/// # Safety
/// `ee` is an engine handle, `out_error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMExecutionEngineGetErrMsg(
    ee: LLVMExecutionEngineRef,
    out_error: *mut *mut c_char,
) -> LLVMBool {
    guard(0, || {
        // SAFETY: per the caller's guarantee.
        let e = unsafe { engine_box(ee) }?;
        Ok(match e.last_error.take() {
            Some(msg) => {
                // SAFETY: per the caller's guarantee.
                unsafe { write_error(out_error, &msg) };
                1
            }
            None => 0,
        })
    })
}
