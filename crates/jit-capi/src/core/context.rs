//! Contexts, modules and messages.

use crate::boundary::{LLVMBool, c_bytes, c_str, c_str_or_empty, guard, guard_out, malloc_string};
use crate::handles::{self, Context, LLVMContextRef, LLVMModuleRef, ModuleBox};
use jit_core::ir::Module;
use std::ffi::c_char;
use std::sync::OnceLock;

static GLOBAL_CONTEXT: OnceLock<usize> = OnceLock::new();

/// The global context (made on first use, never freed).
pub fn global_context() -> LLVMContextRef {
    *GLOBAL_CONTEXT.get_or_init(|| Box::into_raw(Context::new_boxed(true)) as usize)
        as LLVMContextRef
}

/// `LLVMContextCreate`: a new context; free it with `LLVMContextDispose`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMContextCreate() -> LLVMContextRef {
    guard(std::ptr::null_mut(), || {
        Ok(Box::into_raw(Context::new_boxed(false)))
    })
}

/// `LLVMGetGlobalContext`: the process-wide context used by the functions without
/// `InContext`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMGetGlobalContext() -> LLVMContextRef {
    guard(std::ptr::null_mut(), || Ok(global_context()))
}

/// `LLVMContextDispose`: frees a context with its types and constants. Disposing the global
/// context does nothing.
///
/// # Safety
/// `c` is NULL or a context handle; its modules and builders were disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMContextDispose(c: LLVMContextRef) {
    guard((), || {
        // SAFETY: checked handle per the caller's guarantee.
        let ctx = unsafe { handles::context(c) }?;
        if !ctx.is_global {
            // SAFETY: made by `Box::into_raw` in `LLVMContextCreate`; freed once here.
            drop(unsafe { Box::from_raw(c) });
        }
        Ok(())
    })
}

fn new_module(name: &str, ctx: LLVMContextRef) -> Result<LLVMModuleRef, String> {
    // SAFETY: `ctx` is checked by `handles::context` (callers pass their argument).
    unsafe { handles::context(ctx) }?;
    let mut ir = Module::new(name);
    ir.source_filename = Some(name.to_string());
    Ok(Box::into_raw(ModuleBox::new_boxed(ctx, ir)))
}

/// `LLVMModuleCreateWithName`: an empty module in the global context.
///
/// # Safety
/// `name` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMModuleCreateWithName(name: *const c_char) -> LLVMModuleRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let name = unsafe { c_str_or_empty(name) };
        new_module(&name, global_context())
    })
}

/// `LLVMModuleCreateWithNameInContext`: an empty module in context `c`.
///
/// # Safety
/// `name` is NULL or a NUL-terminated string; `c` is a context handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMModuleCreateWithNameInContext(
    name: *const c_char,
    c: LLVMContextRef,
) -> LLVMModuleRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let name = unsafe { c_str_or_empty(name) };
        new_module(&name, c)
    })
}

/// `LLVMDisposeModule`: frees a module the client owns. A module owned by an execution
/// engine is freed by `LLVMDisposeExecutionEngine`; disposing it here is refused (the error
/// is kept for `JitGetLastErrorMessage`) instead of freeing it twice.
///
/// # Safety
/// `m` is NULL or a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeModule(m: LLVMModuleRef) {
    guard((), || {
        if m.is_null() {
            return Ok(());
        }
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        if !mb.owner.is_null() {
            return Err(format!(
                "LLVMDisposeModule: module `{}` is owned by an execution engine; dispose the engine instead",
                mb.ir.name
            ));
        }
        // SAFETY: made by `Box::into_raw`; the client owns it and frees it once.
        drop(unsafe { Box::from_raw(m) });
        Ok(())
    })
}

/// `LLVMGetModuleContext`.
///
/// # Safety
/// `m` is NULL or a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetModuleContext(m: LLVMModuleRef) -> LLVMContextRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: checked handle per the caller's guarantee.
        Ok(unsafe { handles::module(m) }?.ctx)
    })
}

/// `LLVMGetModuleIdentifier`: the module's name (owned by the module); `*len` gets its length.
///
/// # Safety
/// `m` is NULL or a module handle; `len` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetModuleIdentifier(
    m: LLVMModuleRef,
    len: *mut usize,
) -> *const c_char {
    guard(std::ptr::null(), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        let name = mb.ir.name.clone();
        if !len.is_null() {
            // SAFETY: writable per the caller's guarantee.
            unsafe { *len = name.len() };
        }
        Ok(mb.c_string(&name))
    })
}

/// `LLVMSetTarget`: sets the target triple.
///
/// # Safety
/// `m` is a module handle; `triple` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetTarget(m: LLVMModuleRef, triple: *const c_char) {
    guard((), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let t = unsafe { c_str_or_empty(triple) };
        mb.ir.triple = (!t.is_empty()).then(|| t.into_owned());
        Ok(())
    })
}

/// `LLVMGetTarget`: the target triple ("" when unset), owned by the module.
///
/// # Safety
/// `m` is a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTarget(m: LLVMModuleRef) -> *const c_char {
    guard(std::ptr::null(), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        let t = mb.ir.triple.clone().unwrap_or_default();
        Ok(mb.c_string(&t))
    })
}

/// `LLVMSetDataLayout`: sets the data layout string.
///
/// # Safety
/// `m` is a module handle; `layout` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetDataLayout(m: LLVMModuleRef, layout: *const c_char) {
    guard((), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let t = unsafe { c_str_or_empty(layout) };
        if !t.is_empty() {
            jit_core::DataLayout::parse(&t).map_err(|e| format!("LLVMSetDataLayout: {e}"))?;
        }
        mb.ir.datalayout = (!t.is_empty()).then(|| t.into_owned());
        Ok(())
    })
}

/// `LLVMGetDataLayoutStr`: the data layout string ("" when unset), owned by the module.
///
/// # Safety
/// `m` is a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetDataLayoutStr(m: LLVMModuleRef) -> *const c_char {
    guard(std::ptr::null(), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        let t = mb.ir.datalayout.clone().unwrap_or_default();
        Ok(mb.c_string(&t))
    })
}

/// `LLVMGetDataLayout`: the older name of [`LLVMGetDataLayoutStr`].
///
/// # Safety
/// `m` is a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetDataLayout(m: LLVMModuleRef) -> *const c_char {
    // SAFETY: forwarded.
    unsafe { LLVMGetDataLayoutStr(m) }
}

/// `LLVMPrintModuleToString`: the module as `.ll` text; free with `LLVMDisposeMessage`.
///
/// # Safety
/// `m` is a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPrintModuleToString(m: LLVMModuleRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        Ok(malloc_string(&jit_core::printer::print_module(&mb.ir)))
    })
}

/// `LLVMPrintModuleToFile`: writes the `.ll` text to a file; 0 on success.
///
/// # Safety
/// `m` is a module handle; `filename` a NUL-terminated string; `error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPrintModuleToFile(
    m: LLVMModuleRef,
    filename: *const c_char,
    error: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: `error` per the caller's guarantee.
    unsafe {
        guard_out(error, 1, || {
            let mb = handles::module(m)?;
            let path = c_str(filename, "file name")?;
            std::fs::write(&*path, jit_core::printer::print_module(&mb.ir))
                .map_err(|e| format!("{path}: {e}"))?;
            Ok(0)
        })
    }
}

/// `LLVMDumpModule`: prints the module to standard error.
///
/// # Safety
/// `m` is a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDumpModule(m: LLVMModuleRef) {
    guard((), || {
        // SAFETY: checked handle per the caller's guarantee.
        let mb = unsafe { handles::module(m) }?;
        eprint!("{}", jit_core::printer::print_module(&mb.ir));
        Ok(())
    })
}

/// `LLVMCreateMessage`: a `malloc`'d copy of a string, for `LLVMDisposeMessage`.
///
/// # Safety
/// `message` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateMessage(message: *const c_char) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        Ok(malloc_string(&unsafe { c_str_or_empty(message) }))
    })
}

/// `LLVMDisposeMessage`: frees a message this library returned (NULL is ignored).
///
/// # Safety
/// `message` is NULL or a message from this library, not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeMessage(message: *mut c_char) {
    // SAFETY: messages are allocated with `malloc` (`malloc_string`); free(NULL) is a no-op.
    unsafe { libc::free(message.cast()) }
}

/// `LLVMSetModuleIdentifier`: renames the module.
///
/// # Safety
/// `m` is a module handle; `ident` is valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetModuleIdentifier(
    m: LLVMModuleRef,
    ident: *const c_char,
    len: usize,
) {
    guard((), || {
        // SAFETY: checked handle and buffer per the caller's guarantee.
        let (mb, bytes) = unsafe { (handles::module(m)?, c_bytes(ident, len)?) };
        mb.ir.name = String::from_utf8_lossy(bytes).into_owned();
        Ok(())
    })
}

/// `LLVMContextSetYieldCallback`: `callback(c, opaque)` is called between long steps
/// (after reading bitcode, linking modules, emitting an object); NULL removes it.
///
/// # Safety
/// `c` is a context handle; `callback` NULL or callable with `opaque` while the context
/// lives.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMContextSetYieldCallback(
    c: LLVMContextRef,
    callback: Option<handles::YieldCallback>,
    opaque: *mut std::ffi::c_void,
) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let ctx = unsafe { handles::context(c) }?;
        ctx.yield_callback = callback.map(|f| (f, opaque));
        Ok(())
    })
}
