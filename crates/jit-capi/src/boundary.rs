//! The boundary between C and Rust: panics never cross it, errors become `malloc`'d
//! messages, and NULL handles are reported instead of dereferenced.
//!
//! Every `extern "C"` entry point runs its body through one of the `guard*` functions:
//! a panic is caught with `catch_unwind` and turned into an error (or the function's
//! "failed" return value), and the message of the last error of a function without an
//! error out-parameter is kept per thread for `JitGetLastErrorMessage`.

use std::cell::RefCell;
use std::ffi::{CStr, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// LLVM-C's boolean: `int`, 0 is false (and, for status returns, success).
pub type LLVMBool = std::ffi::c_int;

thread_local! {
    static LAST_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Records `message` as the calling thread's last error.
pub fn set_last_error(message: impl Into<String>) {
    let message = message.into();
    LAST_ERROR.with(|e| *e.borrow_mut() = Some(message));
}

/// Takes the calling thread's last error.
pub fn take_last_error() -> Option<String> {
    LAST_ERROR.with(|e| e.borrow_mut().take())
}

/// A copy of `s` in memory from `malloc`, NUL-terminated, for the client to free with
/// `LLVMDisposeMessage` (interior NULs are replaced by spaces). NULL only when out of memory.
pub fn malloc_string(s: &str) -> *mut c_char {
    let bytes = s.as_bytes();
    // SAFETY: malloc with a non-zero size; the result is checked for NULL before use.
    let p = unsafe { libc::malloc(bytes.len() + 1) }.cast::<u8>();
    if p.is_null() {
        return std::ptr::null_mut();
    }
    for (i, &b) in bytes.iter().enumerate() {
        // SAFETY: `p` holds `bytes.len() + 1` bytes and `i < bytes.len()`.
        unsafe { *p.add(i) = if b == 0 { b' ' } else { b } };
    }
    // SAFETY: the last of the `bytes.len() + 1` bytes.
    unsafe { *p.add(bytes.len()) = 0 };
    p.cast()
}

/// Stores a `malloc`'d copy of `message` in `*out` when `out` is not NULL.
///
/// # Safety
/// `out` is NULL or valid for writing one pointer.
pub unsafe fn write_error(out: *mut *mut c_char, message: &str) {
    if !out.is_null() {
        // SAFETY: the caller guarantees `out` is writable.
        unsafe { *out = malloc_string(message) };
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    format!("internal error in the jit library (a bug; please report it): {what}")
}

/// Runs `f`; a panic or an `Err` is recorded as the thread's last error and gives `failed`.
pub fn guard<R>(failed: R, f: impl FnOnce() -> Result<R, String>) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(r)) => r,
        Ok(Err(message)) => {
            set_last_error(message);
            failed
        }
        Err(payload) => {
            set_last_error(panic_message(payload.as_ref()));
            failed
        }
    }
}

/// For functions returning `LLVMErrorRef`: runs `f`; success is NULL (`LLVMErrorSuccess`),
/// an `Err` or a panic becomes an error object holding the message.
pub fn guard_error(f: impl FnOnce() -> Result<(), String>) -> crate::error::LLVMErrorRef {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => std::ptr::null_mut(),
        Ok(Err(message)) => crate::error::new_error(message),
        Err(payload) => crate::error::new_error(panic_message(payload.as_ref())),
    }
}

/// Like [`guard`], and also stores the message in `*out_error` (when not NULL).
///
/// # Safety
/// `out_error` is NULL or valid for writing one pointer.
pub unsafe fn guard_out<R>(
    out_error: *mut *mut c_char,
    failed: R,
    f: impl FnOnce() -> Result<R, String>,
) -> R {
    let result = match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => Err(panic_message(payload.as_ref())),
    };
    match result {
        Ok(r) => r,
        Err(message) => {
            // SAFETY: forwarded from the caller.
            unsafe { write_error(out_error, &message) };
            set_last_error(message);
            failed
        }
    }
}

/// Reads a C string argument (`what` names it in the error); invalid UTF-8 is replaced.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string.
pub unsafe fn c_str<'a>(p: *const c_char, what: &str) -> Result<std::borrow::Cow<'a, str>, String> {
    if p.is_null() {
        return Err(format!("{what} is NULL"));
    }
    // SAFETY: non-NULL and NUL-terminated per the caller's guarantee.
    Ok(unsafe { CStr::from_ptr(p) }.to_string_lossy())
}

/// Reads a C string argument that may be NULL (read as the empty string).
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string.
pub unsafe fn c_str_or_empty<'a>(p: *const c_char) -> std::borrow::Cow<'a, str> {
    if p.is_null() {
        return "".into();
    }
    // SAFETY: non-NULL and NUL-terminated per the caller's guarantee.
    unsafe { CStr::from_ptr(p) }.to_string_lossy()
}

/// Reads `len` bytes at `p` as a name (LLVM's `(const char *Name, size_t Len)` pairs).
///
/// # Safety
/// `p` is NULL (only with `len == 0`) or valid for reading `len` bytes.
pub unsafe fn c_bytes<'a>(p: *const c_char, len: usize) -> Result<&'a [u8], String> {
    if len == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err("a NULL pointer was passed with a non-zero length".to_string());
    }
    // SAFETY: valid for `len` bytes per the caller's guarantee.
    Ok(unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) })
}

/// Reads an array argument of `n` elements.
///
/// # Safety
/// `p` is NULL (only with `n == 0`) or valid for reading `n` elements.
pub unsafe fn c_array<'a, T>(p: *const T, n: usize, what: &str) -> Result<&'a [T], String> {
    if n == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(format!("{what} is NULL but its count is {n}"));
    }
    // SAFETY: valid for `n` elements per the caller's guarantee.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

/// Reads a struct argument that the caller sized itself (`size` = `sizeof` as its header
/// has it): a smaller struct is read as far as it goes over `defaults`, a larger one is
/// refused because the header and the library do not match, NULL means `defaults`.
/// `what` names the function and `which` the struct in the message.
///
/// # Safety
/// `p` is NULL or valid for reading `size` bytes.
pub unsafe fn read_sized<T: Copy>(
    p: *const T,
    size: usize,
    defaults: T,
    what: &str,
    which: &str,
) -> Result<T, String> {
    let ours = std::mem::size_of::<T>();
    if size > ours {
        return Err(format!(
            "{what}: the {which} passed is {size} bytes, larger than this library's {ours}: \
             the header and the library do not match"
        ));
    }
    let mut out = defaults;
    if !p.is_null() {
        // SAFETY: `p` is readable for `size` bytes per the caller's guarantee, and `size`
        // ≤ `ours`, the size of `out`.
        unsafe { std::ptr::copy_nonoverlapping(p.cast::<u8>(), (&raw mut out).cast::<u8>(), size) };
    }
    Ok(out)
}
