//! `LLVMMCJITMemoryManagerRef`: client memory managers (C callbacks, through the facade's
//! [`CallbackMemoryManager`] adapter), and the registry's and plugins' managers (`ext`).

use crate::boundary::guard;
use jit::callback_mm::{
    AllocCodeFn, AllocDataFn, CallbackMemoryManager, DestroyFn, FinalizeFn, MemoryManagerCallbacks,
};
use jit_core::memory::MemoryManager;
use std::ffi::c_void;

const MM_MAGIC: u32 = 0x4a4d_4d67;

/// What a memory-manager handle holds until an engine takes it.
pub enum MmSource {
    /// A manager: the client's callbacks, one of the registry's, or a plugin's.
    Manager(Box<dyn MemoryManager>),
}

/// The box behind `LLVMMCJITMemoryManagerRef`.
#[repr(C)]
pub struct MmBox {
    magic: u32,
    /// The manager.
    pub source: MmSource,
}

/// `LLVMMCJITMemoryManagerRef`.
pub type LLVMMCJITMemoryManagerRef = *mut MmBox;

/// A new handle.
pub fn new_mm(source: MmSource) -> LLVMMCJITMemoryManagerRef {
    Box::into_raw(Box::new(MmBox {
        magic: MM_MAGIC,
        source,
    }))
}

/// The box behind a handle.
///
/// # Safety
/// `p` is NULL or a handle of this library.
pub unsafe fn mm<'a>(p: LLVMMCJITMemoryManagerRef) -> Result<&'a mut MmBox, String> {
    if p.is_null() {
        return Err("LLVMMCJITMemoryManagerRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != MM_MAGIC {
        return Err(
            "not a valid LLVMMCJITMemoryManagerRef (or already given to an engine or disposed)"
                .to_string(),
        );
    }
    // SAFETY: checked above.
    Ok(unsafe { &mut *p })
}

/// Takes the manager out of its handle and frees the handle (an engine now owns it).
///
/// # Safety
/// `p` is a handle of this library, not used again by the caller.
pub unsafe fn take_mm(p: LLVMMCJITMemoryManagerRef) -> Result<MmSource, String> {
    // SAFETY: per the caller's guarantee.
    unsafe { mm(p) }?.magic = 0;
    // SAFETY: made by `Box::into_raw` in `new_mm`; freed once here.
    Ok(unsafe { Box::from_raw(p) }.source)
}

/// `LLVMCreateSimpleMCJITMemoryManager`: a memory manager made of client callbacks, or NULL
/// when any callback is NULL. An engine given it (through `LLVMMCJITCompilerOptions.MCJMM`)
/// owns it; otherwise free it with `LLVMDisposeMCJITMemoryManager`. `destroy(opaque)` is
/// called exactly once, when the manager is freed. Blocks returned by the allocation
/// callbacks must stay valid until then; a NULL block makes engine building or code
/// loading fail with an error.
///
/// # Safety
/// The callbacks are valid functions for as long as the manager lives.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateSimpleMCJITMemoryManager(
    opaque: *mut c_void,
    allocate_code_section: Option<AllocCodeFn>,
    allocate_data_section: Option<AllocDataFn>,
    finalize_memory: Option<FinalizeFn>,
    destroy: Option<DestroyFn>,
) -> LLVMMCJITMemoryManagerRef {
    guard(std::ptr::null_mut(), || {
        let (Some(alloc_code), Some(alloc_data), Some(finalize), Some(destroy)) = (
            allocate_code_section,
            allocate_data_section,
            finalize_memory,
            destroy,
        ) else {
            return Err(
                "LLVMCreateSimpleMCJITMemoryManager: every callback must be non-NULL".to_string(),
            );
        };
        let callbacks = MemoryManagerCallbacks {
            opaque,
            alloc_code,
            alloc_data,
            finalize,
            destroy,
        };
        // SAFETY: the caller guarantees the callbacks' validity for the manager's lifetime.
        let adapter = unsafe { CallbackMemoryManager::new("client", callbacks) };
        Ok(new_mm(MmSource::Manager(Box::new(adapter))))
    })
}

/// `LLVMDisposeMCJITMemoryManager`: frees a memory manager no engine took (NULL is
/// ignored); a callback manager's `destroy` runs now.
///
/// # Safety
/// `m` is NULL or a handle not given to an engine nor disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeMCJITMemoryManager(m: LLVMMCJITMemoryManagerRef) {
    guard((), || {
        if m.is_null() {
            return Ok(());
        }
        // SAFETY: per the caller's guarantee.
        drop(unsafe { take_mm(m) }?);
        Ok(())
    })
}
