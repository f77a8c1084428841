//! Memory buffers and IRReader.h (`LLVMParseIRInContext`).

use crate::boundary::{LLVMBool, c_bytes, c_str, c_str_or_empty, guard, guard_out};
use crate::handles::{self, LLVMContextRef, LLVMModuleRef, ModuleBox};
use std::ffi::c_char;

const BUFFER_MAGIC: u32 = 0x4a4d_4266;

/// `LLVMMemoryBufferRef`: bytes with a name (used in parse messages).
#[repr(C)]
pub struct MemoryBuffer {
    magic: u32,
    /// The bytes, followed by a NUL (not counted in the size).
    data: Vec<u8>,
    /// The buffer's name.
    name: String,
}

/// `LLVMMemoryBufferRef`.
pub type LLVMMemoryBufferRef = *mut MemoryBuffer;

impl MemoryBuffer {
    /// The bytes (without the NUL this library appends).
    pub fn bytes(&self) -> &[u8] {
        &self.data[..self.data.len() - 1]
    }
    /// The buffer's name ("<buffer>" when it has none).
    pub fn name(&self) -> &str {
        if self.name.is_empty() {
            "<buffer>"
        } else {
            &self.name
        }
    }
}

/// Frees a buffer handle (already checked).
///
/// # Safety
/// `b` is a live buffer handle made by this library, freed once.
pub(crate) unsafe fn free_buffer(b: LLVMMemoryBufferRef) {
    // SAFETY: per the caller's guarantee (made by `Box::into_raw`).
    unsafe {
        (*b).magic = 0;
        drop(Box::from_raw(b));
    }
}

pub(crate) fn new_buffer(bytes: &[u8], name: &str) -> LLVMMemoryBufferRef {
    let mut data = Vec::with_capacity(bytes.len() + 1);
    data.extend_from_slice(bytes);
    data.push(0);
    Box::into_raw(Box::new(MemoryBuffer {
        magic: BUFFER_MAGIC,
        data,
        name: name.to_string(),
    }))
}

pub(crate) unsafe fn buffer<'a>(p: LLVMMemoryBufferRef) -> Result<&'a mut MemoryBuffer, String> {
    if p.is_null() {
        return Err("LLVMMemoryBufferRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != BUFFER_MAGIC {
        return Err("not a valid LLVMMemoryBufferRef (or already disposed)".to_string());
    }
    // SAFETY: checked above.
    Ok(unsafe { &mut *p })
}

/// `LLVMCreateMemoryBufferWithMemoryRange`: a buffer over `len` bytes. This library always
/// copies them, so the client's memory need not outlive the buffer.
///
/// # Safety
/// `data` is valid for `len` bytes; `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateMemoryBufferWithMemoryRange(
    data: *const c_char,
    len: usize,
    name: *const c_char,
    requires_null_terminator: LLVMBool,
) -> LLVMMemoryBufferRef {
    let _ = requires_null_terminator;
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let (bytes, name) = unsafe { (c_bytes(data, len)?, c_str_or_empty(name)) };
        Ok(new_buffer(bytes, &name))
    })
}

/// `LLVMCreateMemoryBufferWithMemoryRangeCopy`: a buffer holding a copy of `len` bytes.
///
/// # Safety
/// `data` is valid for `len` bytes; `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateMemoryBufferWithMemoryRangeCopy(
    data: *const c_char,
    len: usize,
    name: *const c_char,
) -> LLVMMemoryBufferRef {
    // SAFETY: forwarded.
    unsafe { LLVMCreateMemoryBufferWithMemoryRange(data, len, name, 0) }
}

/// `LLVMCreateMemoryBufferWithContentsOfFile`: reads a file; 0 on success, else 1 with a
/// message in `*out_message`.
///
/// # Safety
/// `path` is NUL-terminated; `out_buf` writable; `out_message` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateMemoryBufferWithContentsOfFile(
    path: *const c_char,
    out_buf: *mut LLVMMemoryBufferRef,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: `out_message` per the caller's guarantee.
    unsafe {
        guard_out(out_message, 1, || {
            if out_buf.is_null() {
                return Err(
                    "LLVMCreateMemoryBufferWithContentsOfFile: OutMemBuf is NULL".to_string(),
                );
            }
            let path = c_str(path, "path")?;
            let bytes = std::fs::read(&*path).map_err(|e| format!("{path}: {e}"))?;
            *out_buf = new_buffer(&bytes, &path);
            Ok(0)
        })
    }
}

/// `LLVMGetBufferStart`: the buffer's bytes (NUL-terminated).
///
/// # Safety
/// `b` is a buffer handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBufferStart(b: LLVMMemoryBufferRef) -> *const c_char {
    guard(std::ptr::null(), || {
        // SAFETY: per the caller's guarantee.
        Ok(unsafe { buffer(b) }?.data.as_ptr().cast())
    })
}

/// `LLVMGetBufferSize`: the number of bytes (without the trailing NUL).
///
/// # Safety
/// `b` is a buffer handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBufferSize(b: LLVMMemoryBufferRef) -> usize {
    // SAFETY: per the caller's guarantee.
    guard(0, || Ok(unsafe { buffer(b) }?.data.len() - 1))
}

/// `LLVMDisposeMemoryBuffer`.
///
/// # Safety
/// `b` is NULL or a buffer handle not disposed (or given to `LLVMParseIRInContext`) before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeMemoryBuffer(b: LLVMMemoryBufferRef) {
    guard((), || {
        if b.is_null() {
            return Ok(());
        }
        // SAFETY: checked, then freed once (made by `Box::into_raw`).
        unsafe {
            buffer(b)?.magic = 0;
            drop(Box::from_raw(b));
        }
        Ok(())
    })
}

/// `LLVMParseIRInContext`: parses `.ll` text or LLVM bitcode (told apart by the bitcode
/// magic number) into a new module of context `c`; 0 on success. Takes ownership of the buffer (freed even on failure). The module is verified;
/// problems are reported as `file:line:col: message` lines in `*out_message`.
///
/// # Safety
/// `c` is a context handle, `buf` a buffer handle, `out_m` writable, `out_message` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMParseIRInContext(
    c: LLVMContextRef,
    buf: LLVMMemoryBufferRef,
    out_m: *mut LLVMModuleRef,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: `out_message` per the caller's guarantee.
    unsafe {
        guard_out(out_message, 1, || {
            let owned = buffer(buf).map(|_| Box::from_raw(buf));
            if !out_m.is_null() {
                *out_m = std::ptr::null_mut();
            }
            let mut owned = owned?;
            owned.magic = 0;
            handles::context(c)?;
            if out_m.is_null() {
                return Err("LLVMParseIRInContext: OutM is NULL".to_string());
            }
            let name = if owned.name.is_empty() {
                "<buffer>"
            } else {
                &owned.name
            };
            let bytes = &owned.data[..owned.data.len() - 1];
            // Bitcode too, told apart by its magic number, as LLVM's `parseIR` does.
            let module = if jit::jit_bitcode::is_bitcode(bytes) {
                jit::jit_bitcode::read_module(bytes, name).map_err(|e| e.to_string())?
            } else {
                let text = std::str::from_utf8(bytes)
                    .map_err(|e| format!("{}: not UTF-8 text: {e}", owned.name))?;
                jit_core::reader::parse_module(text, name).map_err(|e| e.to_string())?
            };
            jit_core::verifier::verify_module(&module).map_err(|e| e.to_string())?;
            *out_m = Box::into_raw(ModuleBox::new_boxed(c, module));
            Ok(0)
        })
    }
}
