//! Analysis.h: the verifier.

use crate::boundary::{LLVMBool, guard, malloc_string};
use crate::handles::{self, LLVMModuleRef, LLVMValueRef, ValueKey};
use std::ffi::{c_char, c_int};

/// `LLVMVerifierFailureAction` values.
pub mod action {
    /// Print the problems to standard error and abort the process (as LLVM does).
    pub const ABORT_PROCESS: i32 = 0;
    /// Print the problems to standard error and return 1.
    pub const PRINT_MESSAGE: i32 = 1;
    /// Only return 1 (and the message, when asked for).
    pub const RETURN_STATUS: i32 = 2;
}

fn act(action: c_int, problems: &str) {
    if action == action::ABORT_PROCESS || action == action::PRINT_MESSAGE {
        eprint!("{problems}");
        if !problems.ends_with('\n') {
            eprintln!();
        }
    }
    if action == action::ABORT_PROCESS {
        std::process::abort();
    }
}

/// `LLVMVerifyModule`: 1 when the module is malformed. With a non-NULL `out_message`, a
/// message is always stored (empty when the module is valid) and must be freed with
/// `LLVMDisposeMessage`. `LLVMAbortProcessAction` aborts the process on failure, as LLVM.
///
/// # Safety
/// `m` is a module handle; `out_message` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMVerifyModule(
    m: LLVMModuleRef,
    action: c_int,
    out_message: *mut *mut c_char,
) -> LLVMBool {
    let (status, text) = guard((1, String::new()), || {
        // SAFETY: per the caller's guarantee.
        let mb = unsafe { handles::module(m) }.map_err(|e| format!("LLVMVerifyModule: {e}"))?;
        Ok(match jit_core::verifier::verify_module(&mb.ir) {
            Ok(()) => (0, String::new()),
            Err(e) => (1, e.to_string()),
        })
    });
    let text = if status != 0 && text.is_empty() {
        crate::boundary::take_last_error().unwrap_or_else(|| "the module is malformed".to_string())
    } else {
        text
    };
    if !out_message.is_null() {
        // SAFETY: writable per the caller's guarantee.
        unsafe { *out_message = malloc_string(&text) };
    }
    if status != 0 {
        act(action, &text);
    }
    status
}

/// `LLVMVerifyFunction`: 1 when the function is malformed.
///
/// # Safety
/// `f` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMVerifyFunction(f: LLVMValueRef, action: c_int) -> LLVMBool {
    let (status, text) = guard((1, "LLVMVerifyFunction: bad handle".to_string()), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(f) }?;
        let ValueKey::Function(func) = h.key else {
            return Err("LLVMVerifyFunction: not a function".to_string());
        };
        // SAFETY: module values live with their module.
        let mb = unsafe { handles::value_module(h) }?;
        Ok(match jit_core::verifier::verify_function(&mb.ir, func) {
            Ok(()) => (0, String::new()),
            Err(e) => (1, e.to_string()),
        })
    });
    if status != 0 {
        act(action, &text);
    }
    status
}
