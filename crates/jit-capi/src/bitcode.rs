//! BitReader.h and BitWriter.h: modules from and to LLVM bitcode (`jit-bitcode`).
//!
//! Every reader reads the whole module at once; the "lazy" `LLVMGetBitcodeModule*` forms
//! differ only in owning the buffer when they succeed, as in LLVM. Modules read are
//! verified (the engines rely on it), like `LLVMParseIRInContext`'s. The `…2` forms have
//! no message out-parameter: their error is kept for `JitGetLastErrorMessage`.

use crate::boundary::{LLVMBool, c_str, guard, guard_out};
use crate::handles::{self, LLVMContextRef, LLVMModuleRef, ModuleBox};
use crate::irreader::{LLVMMemoryBufferRef, buffer, free_buffer, new_buffer};
use std::ffi::{c_char, c_int};

/// Reads the buffer's bitcode into a new module of context `c`.
///
/// # Safety
/// `c` a context handle, `buf` a buffer handle, `out` NULL or writable.
unsafe fn parse(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out: *mut LLVMModuleRef,
    what: &str,
) -> Result<(), String> {
    if !out.is_null() {
        // SAFETY: per the caller's guarantee.
        unsafe { *out = std::ptr::null_mut() };
    }
    // SAFETY: per the caller's guarantee.
    let ctx = unsafe { handles::context(c) }?;
    // SAFETY: per the caller's guarantee.
    let b = unsafe { buffer(buf) }?;
    if out.is_null() {
        return Err(format!("{what}: OutModule is NULL"));
    }
    if !jit::jit_bitcode::is_bitcode(b.bytes()) {
        return Err(format!(
            "{}: not LLVM bitcode (no `BC\\xC0\\xDE` magic number)",
            b.name()
        ));
    }
    let module = jit::read_module_bytes(b.bytes(), b.name()).map_err(|e| e.to_string())?;
    ctx.yield_now();
    // SAFETY: checked non-NULL above.
    unsafe { *out = Box::into_raw(ModuleBox::new_boxed(c, module)) };
    Ok(())
}

/// `LLVMParseBitcodeInContext`: reads bitcode into a new module; 0 on success, else 1
/// with a message in `*out_message`. The buffer stays the caller's.
///
/// # Safety
/// `c` a context handle, `buf` a buffer handle, `out_m` writable, `out_message` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMParseBitcodeInContext(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_message, 1, || {
            parse(c, buf, out_m, "LLVMParseBitcodeInContext")?;
            Ok(0)
        })
    }
}

/// `LLVMParseBitcodeInContext2`: as [`LLVMParseBitcodeInContext`], the error kept for
/// `JitGetLastErrorMessage`.
///
/// # Safety
/// `c` a context handle, `buf` a buffer handle, `out_m` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMParseBitcodeInContext2(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
) -> LLVMBool {
    guard(1, || {
        // SAFETY: per the caller's guarantee.
        unsafe { parse(c, buf, out_m, "LLVMParseBitcodeInContext2") }?;
        Ok(0)
    })
}

/// `LLVMParseBitcode`: [`LLVMParseBitcodeInContext`] in the global context.
///
/// # Safety
/// As [`LLVMParseBitcodeInContext`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMParseBitcode(
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    let c = crate::core::context::LLVMGetGlobalContext();
    // SAFETY: forwarded.
    unsafe { LLVMParseBitcodeInContext(c, buf, out_m, out_message) }
}

/// `LLVMParseBitcode2`: [`LLVMParseBitcodeInContext2`] in the global context.
///
/// # Safety
/// As [`LLVMParseBitcodeInContext2`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMParseBitcode2(
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
) -> LLVMBool {
    let c = crate::core::context::LLVMGetGlobalContext();
    // SAFETY: forwarded.
    unsafe { LLVMParseBitcodeInContext2(c, buf, out_m) }
}

/// The lazy forms: the module owns the buffer once read (here: it is freed).
///
/// # Safety
/// As [`parse`].
unsafe fn lazy(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out: *mut LLVMModuleRef,
    what: &str,
) -> Result<(), String> {
    // SAFETY: per the caller's guarantee.
    unsafe { parse(c, buf, out, what) }?;
    // SAFETY: `parse` checked the handle; the module now owns (and drops) it.
    unsafe { free_buffer(buf) };
    Ok(())
}

/// `LLVMGetBitcodeModuleInContext`: reads the module; takes ownership of the buffer when
/// it succeeds. 0 on success, else 1 with a message.
///
/// # Safety
/// As [`LLVMParseBitcodeInContext`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBitcodeModuleInContext(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(out_message, 1, || {
            lazy(c, buf, out_m, "LLVMGetBitcodeModuleInContext")?;
            Ok(0)
        })
    }
}

/// `LLVMGetBitcodeModuleInContext2`: as [`LLVMGetBitcodeModuleInContext`], the error kept
/// for `JitGetLastErrorMessage`.
///
/// # Safety
/// As [`LLVMParseBitcodeInContext2`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBitcodeModuleInContext2(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
) -> LLVMBool {
    guard(1, || {
        // SAFETY: per the caller's guarantee.
        unsafe { lazy(c, buf, out_m, "LLVMGetBitcodeModuleInContext2") }?;
        Ok(0)
    })
}

/// `LLVMGetBitcodeModule`: [`LLVMGetBitcodeModuleInContext`] in the global context.
///
/// # Safety
/// As [`LLVMGetBitcodeModuleInContext`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBitcodeModule(
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    let c = crate::core::context::LLVMGetGlobalContext();
    // SAFETY: forwarded.
    unsafe { LLVMGetBitcodeModuleInContext(c, buf, out_m, out_message) }
}

/// `LLVMGetBitcodeModule2`: [`LLVMGetBitcodeModuleInContext2`] in the global context.
///
/// # Safety
/// As [`LLVMGetBitcodeModuleInContext2`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBitcodeModule2(
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
) -> LLVMBool {
    let c = crate::core::context::LLVMGetGlobalContext();
    // SAFETY: forwarded.
    unsafe { LLVMGetBitcodeModuleInContext2(c, buf, out_m) }
}

/// The module's bitcode.
///
/// # Safety
/// `m` is a module handle.
unsafe fn bitcode(m: LLVMModuleRef) -> Result<Vec<u8>, String> {
    // SAFETY: per the caller's guarantee.
    let mb = unsafe { handles::module(m) }?;
    jit::jit_bitcode::write_module(&mb.ir).map_err(|e| e.to_string())
}

/// `LLVMWriteBitcodeToFile`: 0 on success (the error is kept for
/// `JitGetLastErrorMessage`).
///
/// # Safety
/// `m` a module handle; `path` NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMWriteBitcodeToFile(m: LLVMModuleRef, path: *const c_char) -> c_int {
    guard(-1, || {
        // SAFETY: per the caller's guarantee.
        let (bytes, path) = unsafe { (bitcode(m)?, c_str(path, "Path")?) };
        std::fs::write(&*path, bytes)
            .map_err(|e| format!("LLVMWriteBitcodeToFile: {path}: {e}"))?;
        Ok(0)
    })
}

/// `LLVMWriteBitcodeToFD`: writes to an open file descriptor, closing it when
/// `should_close` is set; 0 on success.
///
/// # Safety
/// `m` a module handle; `fd` an open descriptor the caller lets this write to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMWriteBitcodeToFD(
    m: LLVMModuleRef,
    fd: c_int,
    should_close: c_int,
    unbuffered: c_int,
) -> c_int {
    let _ = unbuffered;
    guard(-1, || {
        // SAFETY: per the caller's guarantee.
        let bytes = unsafe { bitcode(m) }?;
        let mut done = 0;
        while done < bytes.len() {
            // SAFETY: writing from a live slice to the caller's descriptor.
            let n = unsafe { libc::write(fd, bytes[done..].as_ptr().cast(), bytes.len() - done) };
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(format!("LLVMWriteBitcodeToFD: {e}"));
            }
            done += n as usize;
        }
        if should_close != 0 {
            // SAFETY: the caller gave the descriptor to close.
            unsafe { libc::close(fd) };
        }
        Ok(0)
    })
}

/// `LLVMWriteBitcodeToFileHandle`: [`LLVMWriteBitcodeToFD`] without closing.
///
/// # Safety
/// As [`LLVMWriteBitcodeToFD`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMWriteBitcodeToFileHandle(m: LLVMModuleRef, handle: c_int) -> c_int {
    // SAFETY: forwarded.
    unsafe { LLVMWriteBitcodeToFD(m, handle, 0, 1) }
}

/// `LLVMWriteBitcodeToMemoryBuffer`: a new buffer holding the module's bitcode (NULL on
/// error); free with `LLVMDisposeMemoryBuffer`.
///
/// # Safety
/// `m` is a module handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMWriteBitcodeToMemoryBuffer(m: LLVMModuleRef) -> LLVMMemoryBufferRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let bytes = unsafe { bitcode(m) }?;
        Ok(new_buffer(&bytes, ""))
    })
}
