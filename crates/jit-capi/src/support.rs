//! Support.h: the process's libraries and symbols (`jit::dylib` over
//! `jit_link::process`), as both engines see them, and the command-line hook frontends
//! call.

use crate::boundary::{LLVMBool, c_str, c_str_or_empty, guard};
use std::ffi::{c_char, c_int, c_void};

/// `LLVMLoadLibraryPermanently`: loads a shared library for the rest of the process, its
/// symbols visible to every engine; NULL makes the program's own symbols searchable (they
/// are). Returns 0 on success, 1 on failure (the message, naming the library and giving the
/// loader's reason, is kept for `JitGetLastErrorMessage`). libc, libm and the C++ runtime
/// need no loading (see `jit_link::process`).
///
/// # Safety
/// `filename` is NULL or NUL-terminated. Loading runs the library's initializers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMLoadLibraryPermanently(filename: *const c_char) -> LLVMBool {
    guard(1, || {
        let path = if filename.is_null() {
            None
        } else {
            // SAFETY: per the caller's guarantee.
            Some(unsafe { c_str(filename, "Filename") }?.into_owned())
        };
        jit::dylib::load_library_permanently(path.as_deref())?;
        Ok(0)
    })
}

/// `LLVMAddSymbol`: makes `name` resolve to `value` in every engine (before any
/// library's symbol of that name), and for [`LLVMSearchForAddressOfSymbol`].
///
/// # Safety
/// `name` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddSymbol(name: *const c_char, value: *mut c_void) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let name = unsafe { c_str(name, "symbolName") }?;
        jit::dylib::add_symbol(&name, value as u64);
        Ok(())
    })
}

/// `LLVMSearchForAddressOfSymbol`: the address an engine would give a module's reference
/// to `name` from the process — a symbol added with [`LLVMAddSymbol`], else one of the
/// program, of the libraries loaded globally, of libc and libm, or of the C++ runtime
/// (opened for this when needed); NULL when nowhere.
///
/// # Safety
/// `name` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSearchForAddressOfSymbol(name: *const c_char) -> *mut c_void {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let name = unsafe { c_str(name, "symbolName") }?;
        Ok(jit::dylib::search_for_address_of_symbol(&name)
            .map_or(std::ptr::null_mut(), |a| a as *mut c_void))
    })
}

/// `LLVMParseCommandLineOptions`: accepted and ignored (this library has no LLVM
/// command-line options).
///
/// # Safety
/// The arguments are not read.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMParseCommandLineOptions(
    argc: c_int,
    argv: *const *const c_char,
    overview: *const c_char,
) {
    let _ = (argc, argv);
    guard((), || {
        // SAFETY: per the caller's guarantee (NULL or NUL-terminated).
        let _ = unsafe { c_str_or_empty(overview) };
        Ok(())
    })
}
