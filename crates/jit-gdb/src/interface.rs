//! The debugger's side of the contract: the `__jit_debug_descriptor` global, the doubly
//! linked list of `jit_code_entry` records it heads, and `__jit_debug_register_code`, the
//! function a debugger puts a breakpoint on to hear of changes to the list.
//!
//! The names, layouts and constants are fixed by the GDB manual ("JIT Compilation
//! Interface"); a debugger finds them by symbol name in every loaded objective file, so
//! they are `#[unsafe(no_mangle)]` and must survive linking (the registration code refers
//! to both, which keeps them in any binary that can register anything).

use std::cell::UnsafeCell;
use std::ptr::{self, NonNull};
use std::sync::Mutex;

/// `action_flag`: nothing happened.
pub const JIT_NOACTION: u32 = 0;
/// `action_flag`: `relevant_entry` was just added to the list.
pub const JIT_REGISTER_FN: u32 = 1;
/// `action_flag`: `relevant_entry` was just removed from the list.
pub const JIT_UNREGISTER_FN: u32 = 2;

/// `struct jit_code_entry`: one in-memory object file in the list.
#[repr(C)]
#[derive(Debug)]
pub struct JitCodeEntry {
    /// Next entry, or null.
    pub next_entry: *mut JitCodeEntry,
    /// Previous entry, or null for the first one.
    pub prev_entry: *mut JitCodeEntry,
    /// First byte of the object file image.
    pub symfile_addr: *const u8,
    /// Size of the image in bytes.
    pub symfile_size: u64,
}

/// `struct jit_descriptor`: the head of the list and the last change.
#[repr(C)]
#[derive(Debug)]
pub struct JitDescriptor {
    /// Version of the interface: 1.
    pub version: u32,
    /// [`JIT_NOACTION`], [`JIT_REGISTER_FN`] or [`JIT_UNREGISTER_FN`].
    pub action_flag: u32,
    /// The entry the last action was about.
    pub relevant_entry: *mut JitCodeEntry,
    /// The first entry of the list, or null.
    pub first_entry: *mut JitCodeEntry,
}

/// The storage of [`__jit_debug_descriptor`]: a [`JitDescriptor`] that this crate changes
/// only under its list lock, and that debuggers read while the process is stopped.
#[repr(transparent)]
#[derive(Debug)]
pub struct DescriptorCell(UnsafeCell<JitDescriptor>);

// SAFETY: every write to the descriptor (and to the entries it links) happens with
// `LIST_LOCK` held; readers in the process go through the same lock (`registered_images`).
unsafe impl Sync for DescriptorCell {}

impl DescriptorCell {
    /// The descriptor, for reading it under the same discipline as a debugger: only while
    /// nothing registers or unregisters objects (see [`registered_images`]).
    pub fn as_ptr(&self) -> *mut JitDescriptor {
        self.0.get()
    }
}

/// The descriptor debuggers look up by name.
#[unsafe(no_mangle)]
#[used]
#[allow(
    non_upper_case_globals,
    reason = "the name is fixed by the GDB JIT interface"
)]
pub static __jit_debug_descriptor: DescriptorCell =
    DescriptorCell(UnsafeCell::new(JitDescriptor {
        version: 1,
        action_flag: JIT_NOACTION,
        relevant_entry: ptr::null_mut(),
        first_entry: ptr::null_mut(),
    }));

/// Called after every change to the list; a debugger stops here (breakpoint) and reads
/// `__jit_debug_descriptor`. The body must stay opaque so that neither this function nor
/// calls to it are optimised away.
#[unsafe(no_mangle)]
#[inline(never)]
pub extern "C" fn __jit_debug_register_code() {
    // SAFETY: an empty assembly block: no operands, no effect on registers or memory. It
    // only stops the compiler from treating the function as empty (it may read memory, so
    // stores to the list before the call are kept).
    unsafe { std::arch::asm!("", options(nostack, preserves_flags)) }
}

/// Serializes changes to the list under [`__jit_debug_descriptor`] across every
/// registration in the process.
static LIST_LOCK: Mutex<()> = Mutex::new(());

/// An image linked into the list; unlinked (and the debugger told) when dropped.
#[derive(Debug)]
pub(crate) struct Registered {
    /// The entry, allocated with `Box` and owned by this value.
    entry: NonNull<JitCodeEntry>,
    /// The object file image the entry points to.
    image: Box<[u8]>,
}

// SAFETY: the entry is only touched under `LIST_LOCK`; the image is plain bytes.
unsafe impl Send for Registered {}

impl Registered {
    /// Links `image` at the head of the list and calls [`__jit_debug_register_code`].
    pub(crate) fn register(image: Vec<u8>) -> Registered {
        let image = image.into_boxed_slice();
        let entry = NonNull::from(Box::leak(Box::new(JitCodeEntry {
            next_entry: ptr::null_mut(),
            prev_entry: ptr::null_mut(),
            symfile_addr: image.as_ptr(),
            symfile_size: image.len() as u64,
        })));
        let _guard = crate::lock(&LIST_LOCK);
        let d = __jit_debug_descriptor.as_ptr();
        let e = entry.as_ptr();
        // SAFETY: `LIST_LOCK` is held, so nothing else reads or writes the descriptor or
        // the entries in this process; `d` points to the static descriptor, `e` to the new
        // entry and `first` (when not null) to a live entry owned by a `Registered`.
        unsafe {
            let first = (*d).first_entry;
            (*e).next_entry = first;
            if !first.is_null() {
                (*first).prev_entry = e;
            }
            (*d).first_entry = e;
            (*d).relevant_entry = e;
            (*d).action_flag = JIT_REGISTER_FN;
        }
        __jit_debug_register_code();
        Registered { entry, image }
    }

    /// The registered image.
    pub(crate) fn image(&self) -> &[u8] {
        &self.image
    }

    /// Unlinks the entry, tells the debugger and frees it (same as dropping).
    pub(crate) fn unregister(self) {
        drop(self);
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        let guard = crate::lock(&LIST_LOCK);
        let d = __jit_debug_descriptor.as_ptr();
        let e = self.entry.as_ptr();
        // SAFETY: `LIST_LOCK` is held; `e` is our live entry, linked in the list since
        // `register`, and its neighbours are live entries of other `Registered` values.
        unsafe {
            let prev = (*e).prev_entry;
            let next = (*e).next_entry;
            if !next.is_null() {
                (*next).prev_entry = prev;
            }
            if prev.is_null() {
                (*d).first_entry = next;
            } else {
                (*prev).next_entry = next;
            }
            (*d).relevant_entry = e;
            (*d).action_flag = JIT_UNREGISTER_FN;
        }
        __jit_debug_register_code();
        // SAFETY: as above; the debugger has read the entry, nothing links to it any more.
        unsafe {
            (*d).relevant_entry = ptr::null_mut();
            (*d).action_flag = JIT_NOACTION;
        }
        drop(guard);
        // SAFETY: `entry` came from `Box::leak` in `register` and is no longer linked.
        drop(unsafe { Box::from_raw(e) });
    }
}

/// Copies of the images currently in the list, first entry first: what a debugger that
/// attached now would load (every registration in the process, through this crate).
pub fn registered_images() -> Vec<Vec<u8>> {
    let _guard = crate::lock(&LIST_LOCK);
    let mut out = Vec::new();
    // SAFETY: `LIST_LOCK` is held, so the list is not changing; every linked entry is live
    // and points to `symfile_size` bytes of its owner's image.
    unsafe {
        let mut e = (*__jit_debug_descriptor.as_ptr()).first_entry;
        while !e.is_null() {
            let len = usize::try_from((*e).symfile_size).unwrap_or(0);
            out.push(std::slice::from_raw_parts((*e).symfile_addr, len).to_vec());
            e = (*e).next_entry;
        }
    }
    out
}
