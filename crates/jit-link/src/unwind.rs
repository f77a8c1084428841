//! Registration of placed `.eh_frame` sections with the process's unwinder, so that C++
//! exceptions, `backtrace()` and debuggers walk through JIT frames.
//!
//! Two unwinders exist on Linux. libgcc's (`libgcc_s`, what glibc programs and libstdc++
//! use) takes a whole section, terminated by a zero length, in `__register_frame`, and keeps
//! a pointer to it until `__deregister_frame` (which reads its first word: the memory must
//! still be mapped then). LLVM's libunwind gives `__register_frame` the meaning "one FDE"
//! and offers `__unw_add_dynamic_eh_frame_section` for whole sections; it is preferred when
//! the process has it.

use std::ffi::c_void;
use std::sync::OnceLock;

type SectionFn = unsafe extern "C" fn(*const c_void);

/// The process's functions to add and remove a whole `.eh_frame` section.
#[derive(Copy, Clone)]
struct Unwinder {
    add: SectionFn,
    remove: SectionFn,
}

fn lookup(name: &std::ffi::CStr) -> Option<SectionFn> {
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name has no preconditions.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: both unwinders declare these functions as `void f(void *)` (libunwind's
    // take a `uintptr_t`, passed the same way).
    Some(unsafe { std::mem::transmute::<*mut c_void, SectionFn>(p) })
}

fn unwinder() -> Option<Unwinder> {
    static UNWINDER: OnceLock<Option<Unwinder>> = OnceLock::new();
    *UNWINDER.get_or_init(|| {
        let pair = |add, remove| {
            Some(Unwinder {
                add: lookup(add)?,
                remove: lookup(remove)?,
            })
        };
        pair(
            c"__unw_add_dynamic_eh_frame_section",
            c"__unw_remove_dynamic_eh_frame_section",
        )
        .or_else(|| pair(c"__register_frame", c"__deregister_frame"))
    })
}

/// A registered `.eh_frame` section; deregistered on drop, which must happen while the
/// section is still mapped.
#[derive(Debug)]
pub struct EhFrameRegistration {
    address: u64,
}

impl EhFrameRegistration {
    /// Registers the section at `address` (in this process), which holds complete
    /// CIE/FDE records followed by a zero length word and stays mapped and unchanged until
    /// the registration is dropped. `None` when the process has no unwinder to tell, or the
    /// section is empty.
    ///
    /// # Safety
    /// `address` points to such a section in this process.
    pub unsafe fn register(address: u64) -> Option<Self> {
        let u = unwinder()?;
        // SAFETY: the caller guarantees a readable section of at least one word.
        if unsafe { (address as *const u32).read_unaligned() } == 0 {
            return None;
        }
        // SAFETY: a well-formed, terminated section that outlives the registration.
        unsafe { (u.add)(address as *const c_void) };
        Some(EhFrameRegistration { address })
    }
}

impl Drop for EhFrameRegistration {
    fn drop(&mut self) {
        if let Some(u) = unwinder() {
            // SAFETY: registered by `register`, once; the section is still mapped (the
            // linker drops registrations before releasing memory).
            unsafe { (u.remove)(self.address as *const c_void) };
        }
    }
}
