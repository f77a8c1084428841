//! A [`MemoryManager`] made of C callbacks: LLVM-C's `LLVMCreateSimpleMCJITMemoryManager`
//! table, and the shape the dylib plugin ABI reuses (a plugin's entry point returns a table
//! with `abi_version` and `struct_size` first, followed by these four callbacks).
//!
//! The client owns the memory it hands out: `release` gives nothing back (LLVM's callback
//! interface has no way to), and `destroy` is called exactly once, when the adapter is
//! dropped. A callback returning NULL, a misaligned block or a failed `finalize` becomes an
//! [`MmError`], never a crash.

use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind};
use std::ffi::{CString, c_char, c_int, c_uint, c_void};
use std::ptr::NonNull;

/// `allocCode(opaque, size, align, section_id, section_name) -> uint8_t *`.
pub type AllocCodeFn =
    unsafe extern "C" fn(*mut c_void, usize, c_uint, c_uint, *const c_char) -> *mut u8;
/// `allocData(opaque, size, align, section_id, section_name, is_read_only) -> uint8_t *`.
pub type AllocDataFn =
    unsafe extern "C" fn(*mut c_void, usize, c_uint, c_uint, *const c_char, c_int) -> *mut u8;
/// `finalize(opaque, char **err_msg) -> LLVMBool` (0 = success; a message set on failure is
/// `malloc`'d by the client and freed here).
pub type FinalizeFn = unsafe extern "C" fn(*mut c_void, *mut *mut c_char) -> c_int;
/// `destroy(opaque)`.
pub type DestroyFn = unsafe extern "C" fn(*mut c_void);

/// The callback table, laid out as C sees it.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct MemoryManagerCallbacks {
    /// Passed back to every callback.
    pub opaque: *mut c_void,
    /// Memory for code sections.
    pub alloc_code: AllocCodeFn,
    /// Memory for data sections.
    pub alloc_data: AllocDataFn,
    /// Makes code executable (and flushes the instruction cache).
    pub finalize: FinalizeFn,
    /// Frees the client's state; called once.
    pub destroy: DestroyFn,
}

unsafe extern "C" {
    fn free(p: *mut c_void);
}

/// The adapter: a [`MemoryManager`] that forwards to C callbacks.
pub struct CallbackMemoryManager {
    name: String,
    callbacks: MemoryManagerCallbacks,
    next_section_id: c_uint,
    stats: MmStats,
    destroyed: bool,
}

// SAFETY: the client promises, by handing the table to an engine, that the callbacks may be
// called from the thread using the engine (one thread at a time: the trait takes `&mut self`).
unsafe impl Send for CallbackMemoryManager {}

impl CallbackMemoryManager {
    /// An adapter over `callbacks`, reported as `name`.
    ///
    /// # Safety
    /// The callbacks are valid functions following the documented contracts for as long as
    /// the adapter lives, and `destroy(opaque)` may be called once when it is dropped.
    pub unsafe fn new(name: &str, callbacks: MemoryManagerCallbacks) -> Self {
        CallbackMemoryManager {
            name: name.to_string(),
            callbacks,
            next_section_id: 0,
            stats: MmStats::default(),
            destroyed: false,
        }
    }
}

impl MemoryManager for CallbackMemoryManager {
    fn name(&self) -> &str {
        &self.name
    }

    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError> {
        let _ = owner;
        if !align.is_power_of_two() {
            return Err(MmError::Invalid(format!(
                "alignment {align} is not a power of two"
            )));
        }
        let align_c = c_uint::try_from(align)
            .map_err(|_| MmError::Invalid(format!("alignment {align} too large")))?;
        let id = self.next_section_id;
        self.next_section_id += 1;
        let cname = CString::new(section_name.replace('\0', " ")).unwrap_or_default();
        let cb = self.callbacks;
        // SAFETY: the callbacks follow their contracts (see `new`); `cname` outlives the call.
        let p = unsafe {
            match kind {
                SectionKind::Code => (cb.alloc_code)(cb.opaque, size, align_c, id, cname.as_ptr()),
                SectionKind::ReadOnly => {
                    (cb.alloc_data)(cb.opaque, size, align_c, id, cname.as_ptr(), 1)
                }
                SectionKind::ReadWrite => {
                    (cb.alloc_data)(cb.opaque, size, align_c, id, cname.as_ptr(), 0)
                }
            }
        };
        let Some(local) = NonNull::new(p) else {
            return Err(MmError::OutOfMemory {
                size,
                section: section_name.to_string(),
                reason: format!("the client memory manager `{}` returned NULL", self.name),
            });
        };
        if (p as usize) % align != 0 {
            return Err(MmError::Invalid(format!(
                "the client memory manager `{}` returned {p:p} for section `{section_name}`, not aligned to {align}",
                self.name
            )));
        }
        // SAFETY: the client returned a block of at least `size` writable bytes.
        unsafe { std::ptr::write_bytes(p, 0, size) };
        self.stats.allocations += 1;
        self.stats.bytes_used += size as u64;
        Ok(Placement {
            local,
            target: p as u64,
        })
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        let mut msg: *mut c_char = std::ptr::null_mut();
        let cb = self.callbacks;
        // SAFETY: the callback follows its contract; `msg` is a valid out-pointer.
        let failed = unsafe { (cb.finalize)(cb.opaque, &mut msg) } != 0;
        let text = if msg.is_null() {
            None
        } else {
            // SAFETY: the client stored a NUL-terminated `malloc`'d string; we own it now.
            let t = unsafe { std::ffi::CStr::from_ptr(msg) }
                .to_string_lossy()
                .into_owned();
            // SAFETY: as above; freed once.
            unsafe { free(msg.cast()) };
            Some(t)
        };
        if failed {
            return Err(MmError::Other(format!(
                "the client memory manager `{}` failed to finalize: {}",
                self.name,
                text.unwrap_or_else(|| "no message".to_string())
            )));
        }
        self.stats.publishes += 1;
        Ok(())
    }

    fn release(&mut self, owner: ModuleId) {
        let _ = owner;
    }

    fn stats(&self) -> MmStats {
        MmStats {
            notes: "client callbacks (LLVMCreateSimpleMCJITMemoryManager)".to_string(),
            ..self.stats.clone()
        }
    }
}

impl Drop for CallbackMemoryManager {
    fn drop(&mut self) {
        if !self.destroyed {
            self.destroyed = true;
            let cb = self.callbacks;
            // SAFETY: `destroy` is valid (see `new`) and called exactly once, here.
            unsafe { (cb.destroy)(cb.opaque) };
        }
    }
}
