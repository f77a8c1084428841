//! JIT event listeners (LLVM's `JITEventListener.h` C functions): process-wide listeners a
//! client attaches to engines (`JitRegisterEventListener`) so that profilers and debuggers
//! see the code.
//!
//! As in LLVM, each listener is a singleton that lives as long as the process and is never
//! disposed: every call of a constructor returns the same handle. A handle points to a
//! [`ListenerBox`] that starts with a magic number, so a bad pointer is refused rather than
//! used.
//!
//! | function | here |
//! |---|---|
//! | `LLVMCreatePerfJITEventListener` | perf jitdump (`jit-<pid>.dump`, `jit_perf::JitDumpListener`), as LLVM's |
//! | `LLVMCreateGDBRegistrationListener` | GDB's JIT interface (`jit_gdb::GdbRegistration`); engines have it already unless `JIT_GDB=0` |
//! | `LLVMCreateIntelJITEventListener` | NULL (no VTune support, as LLVM built without it) |
//! | `LLVMCreateOProfileJITEventListener` | NULL (no OProfile support, likewise) |

use crate::boundary::guard;
use jit::JitEventListener;
use std::sync::{Arc, OnceLock};

const LISTENER_MAGIC: u32 = 0x4a4c_736e;

/// The object behind `LLVMJITEventListenerRef`.
#[repr(C)]
pub struct ListenerBox {
    magic: u32,
    /// The listener.
    pub listener: Arc<dyn JitEventListener>,
}

/// `LLVMJITEventListenerRef`.
pub type LLVMJITEventListenerRef = *mut ListenerBox;

/// A handle that lives for the rest of the process, made once per `slot`.
fn singleton(
    slot: &'static OnceLock<Result<usize, String>>,
    make: impl FnOnce() -> Result<Arc<dyn JitEventListener>, String>,
) -> Result<LLVMJITEventListenerRef, String> {
    let made = slot.get_or_init(|| {
        make().map(|listener| {
            Box::into_raw(Box::new(ListenerBox {
                magic: LISTENER_MAGIC,
                listener,
            })) as usize
        })
    });
    made.clone().map(|p| p as LLVMJITEventListenerRef)
}

/// The listener behind a handle.
///
/// # Safety
/// `p` is NULL or a handle of this library (which never frees them).
pub unsafe fn listener(p: LLVMJITEventListenerRef) -> Result<Arc<dyn JitEventListener>, String> {
    if p.is_null() {
        return Err("LLVMJITEventListenerRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`) and
    // are never freed.
    if unsafe { (*p).magic } != LISTENER_MAGIC {
        return Err("not a valid LLVMJITEventListenerRef".to_string());
    }
    // SAFETY: checked above.
    Ok(unsafe { (*p).listener.clone() })
}

/// The perf jitdump listener's handle (see `JitCreatePerfMapEventListener` for the other).
pub(crate) fn perf_jitdump() -> Result<LLVMJITEventListenerRef, String> {
    static SLOT: OnceLock<Result<usize, String>> = OnceLock::new();
    singleton(&SLOT, || {
        jit::jit_perf::JitDumpListener::global()
            .map(|l| l as Arc<dyn JitEventListener>)
            .map_err(|e| format!("perf jitdump: {e}"))
    })
}

/// The perf map listener's handle.
pub(crate) fn perf_map() -> Result<LLVMJITEventListenerRef, String> {
    static SLOT: OnceLock<Result<usize, String>> = OnceLock::new();
    singleton(&SLOT, || {
        jit::jit_perf::PerfMapListener::global()
            .map(|l| l as Arc<dyn JitEventListener>)
            .map_err(|e| format!("perf map: {e}"))
    })
}

/// `LLVMCreatePerfJITEventListener`: the listener that writes a perf jitdump file,
/// `jit-<pid>.dump` in `$JITDUMPDIR` or else `~/.debug/jit`, for `perf record -k 1` and
/// `perf inject --jit` (as LLVM's). NULL when the file cannot be made, with the reason for
/// `JitGetLastErrorMessage`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreatePerfJITEventListener() -> LLVMJITEventListenerRef {
    guard(std::ptr::null_mut(), perf_jitdump)
}

/// `LLVMCreateGDBRegistrationListener`: the process's GDB JIT interface listener
/// (`__jit_debug_register_code`, one in-memory ELF with symbols and DWARF per loaded object).
/// Engines register with it by default, as MCJIT's do; attaching it again is harmless.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreateGDBRegistrationListener() -> LLVMJITEventListenerRef {
    static SLOT: OnceLock<Result<usize, String>> = OnceLock::new();
    guard(std::ptr::null_mut(), || {
        singleton(&SLOT, || Ok(jit::jit_gdb::listener()))
    })
}

/// `LLVMCreateIntelJITEventListener`: NULL, as from an LLVM built without VTune support.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreateIntelJITEventListener() -> LLVMJITEventListenerRef {
    std::ptr::null_mut()
}

/// `LLVMCreateOProfileJITEventListener`: NULL, as from an LLVM built without OProfile
/// support.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreateOProfileJITEventListener() -> LLVMJITEventListenerRef {
    std::ptr::null_mut()
}
