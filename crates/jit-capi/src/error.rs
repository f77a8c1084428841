//! Error.h: `LLVMErrorRef`, the error objects LLVM-C's newer functions (`LLVMRunPasses`)
//! return. `NULL` is success (`LLVMErrorSuccess`); an error is a box holding its message,
//! consumed exactly once by `LLVMGetErrorMessage` or `LLVMConsumeError`.

use crate::boundary::{c_str_or_empty, guard, malloc_string};
use std::ffi::{c_char, c_void};

const ERROR_MAGIC: u32 = 0x4a45_7272;

/// The box behind `LLVMErrorRef`.
#[repr(C)]
pub struct ErrorBox {
    magic: u32,
    /// What went wrong.
    pub message: String,
}

/// `LLVMErrorRef`.
pub type LLVMErrorRef = *mut ErrorBox;

/// `LLVMErrorTypeId`: the address of a static naming the kind.
pub type LLVMErrorTypeId = *const c_void;

/// The one kind of error this library makes (LLVM's `StringError`).
static STRING_ERROR_ID: u8 = 0;

/// A new error handle with `message`.
pub fn new_error(message: impl Into<String>) -> LLVMErrorRef {
    Box::into_raw(Box::new(ErrorBox {
        magic: ERROR_MAGIC,
        message: message.into(),
    }))
}

/// Checks a handle; `Err` when it is NULL or not a live error.
///
/// # Safety
/// `e` is NULL or a handle of this library.
unsafe fn check(e: LLVMErrorRef) -> Result<&'static mut ErrorBox, String> {
    if e.is_null() {
        return Err("LLVMErrorRef is NULL (LLVMErrorSuccess has no message)".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(e as *const u32) } != ERROR_MAGIC {
        return Err("not a valid LLVMErrorRef (or already consumed)".to_string());
    }
    // SAFETY: checked above: a live error box.
    Ok(unsafe { &mut *e })
}

/// Frees a checked error.
///
/// # Safety
/// `e` passed [`check`] and is not used again.
unsafe fn free(e: LLVMErrorRef) {
    // SAFETY: per the caller's guarantee (made by `Box::into_raw`).
    unsafe {
        (*e).magic = 0;
        drop(Box::from_raw(e));
    }
}

/// `LLVMGetErrorTypeId`: the kind of `err` (always the string-error kind).
///
/// # Safety
/// `err` is an error handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetErrorTypeId(err: LLVMErrorRef) -> LLVMErrorTypeId {
    guard(std::ptr::null(), || {
        // SAFETY: per the caller's guarantee.
        unsafe { check(err) }?;
        Ok(LLVMGetStringErrorTypeId())
    })
}

/// `LLVMGetStringErrorTypeId`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMGetStringErrorTypeId() -> LLVMErrorTypeId {
    std::ptr::from_ref(&STRING_ERROR_ID).cast()
}

/// `LLVMConsumeError`: frees `err` (NULL is ignored).
///
/// # Safety
/// `err` is NULL or an error handle not consumed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConsumeError(err: LLVMErrorRef) {
    guard((), || {
        if err.is_null() {
            return Ok(());
        }
        // SAFETY: per the caller's guarantee; checked, then freed once.
        unsafe {
            check(err)?;
            free(err);
        }
        Ok(())
    })
}

/// `LLVMGetErrorMessage`: the message (free with `LLVMDisposeErrorMessage`); consumes
/// `err`. NULL for a NULL or invalid handle.
///
/// # Safety
/// `err` is an error handle not consumed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetErrorMessage(err: LLVMErrorRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let e = unsafe { check(err) }?;
        let text = malloc_string(&e.message);
        // SAFETY: checked above; consumed here, once.
        unsafe { free(err) };
        Ok(text)
    })
}

/// `LLVMDisposeErrorMessage` (NULL is ignored).
///
/// # Safety
/// `message` is NULL or a string from `LLVMGetErrorMessage`, not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeErrorMessage(message: *mut c_char) {
    guard((), || {
        // SAFETY: the message was allocated with `malloc` (`malloc_string`).
        unsafe { libc::free(message.cast()) };
        Ok(())
    })
}

/// `LLVMCreateStringError`: a new error with a copy of `message` (NULL reads as empty).
///
/// # Safety
/// `message` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateStringError(message: *const c_char) -> LLVMErrorRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let text = unsafe { c_str_or_empty(message) };
        Ok(new_error(text.into_owned()))
    })
}
