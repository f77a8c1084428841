//! Real memory for interpreted programs.
//!
//! * **Globals** of a module live in one zeroed, suitably aligned block ([`GlobalBlock`]),
//!   allocated before any initializer is written, so initializers can hold each other's
//!   addresses. The block lives until the module is removed.
//! * **Allocas** live in a [`Stack`]: one anonymous mapping per interpreter, grown upwards by
//!   a bump pointer; a call records the pointer at entry and restores it at return, and
//!   `llvm.stacksave`/`stackrestore` read and write it. Pages are committed on first touch.
//! * **The heap** is libc's: programs call `malloc`/`free` themselves through FFI.
//!
//! Every address the program sees is a real address, so pointers pass freely to and from C.
//! Accesses through the first page (below [`NULL_PAGE`]) are reported as errors instead of
//! faulting; any other wild access faults exactly as the native program would.

use crate::value::Fault;

/// Addresses below this are the null page: a load, store or call there is an error.
pub(crate) const NULL_PAGE: u64 = 4096;

/// Size of the virtual range reserved for a stack (committed lazily by the kernel).
const STACK_SIZE: usize = 256 << 20;

/// The alloca stack of one interpreter.
pub(crate) struct Stack {
    base: *mut u8,
    size: usize,
    /// The first free byte.
    pub(crate) sp: u64,
}

impl Stack {
    /// Reserves a stack (an anonymous private mapping, not committed up front).
    pub(crate) fn new() -> Result<Stack, String> {
        // SAFETY: an anonymous private mapping with no fixed address touches no existing
        // memory; the result is checked for MAP_FAILED.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                STACK_SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err("cannot reserve the interpreter stack".to_string());
        }
        let base = p.cast::<u8>();
        Ok(Stack {
            base,
            size: STACK_SIZE,
            sp: base as u64,
        })
    }

    /// One past the last usable byte.
    fn end(&self) -> u64 {
        self.base as u64 + self.size as u64
    }

    /// Carves `size` bytes aligned to `align` (a power of two) and returns their address.
    #[inline]
    pub(crate) fn alloc(&mut self, size: u64, align: u64) -> Result<u64, Fault> {
        let align = align.max(1);
        let start = self.sp.checked_add(align - 1).map(|v| v & !(align - 1));
        match start.and_then(|s| s.checked_add(size).map(|e| (s, e))) {
            Some((s, e)) if e <= self.end() => {
                self.sp = e;
                Ok(s)
            }
            _ => Err(Fault::Msg(
                "stack overflow: the interpreter's 256 MiB alloca stack is exhausted".to_string(),
            )),
        }
    }

    /// Sets the stack pointer (`llvm.stackrestore`, frame exit, longjmp); values outside the
    /// stack are refused.
    pub(crate) fn restore(&mut self, sp: u64) -> Result<(), Fault> {
        if sp < self.base as u64 || sp > self.end() {
            return Err(Fault::Msg(format!(
                "llvm.stackrestore with {sp:#x}, which is not a stack address"
            )));
        }
        self.sp = sp;
        Ok(())
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        // SAFETY: `base`/`size` are exactly the mapping made in `new`, unmapped once here.
        unsafe {
            libc::munmap(self.base.cast(), self.size);
        }
    }
}

/// The zeroed block holding every global variable of one module.
pub(crate) struct GlobalBlock {
    ptr: *mut u8,
    layout: std::alloc::Layout,
}

impl GlobalBlock {
    /// Allocates `size` zeroed bytes aligned to `align`.
    pub(crate) fn new(size: u64, align: u64) -> Result<GlobalBlock, String> {
        let size = usize::try_from(size.max(1)).map_err(|_| "globals too large".to_string())?;
        let align = usize::try_from(align.max(16)).map_err(|_| "bad alignment".to_string())?;
        let layout = std::alloc::Layout::from_size_align(size, align)
            .map_err(|e| format!("cannot lay out the globals: {e}"))?;
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return Err(format!("cannot allocate {size} bytes of globals"));
        }
        Ok(GlobalBlock { ptr, layout })
    }

    /// Address of the first byte.
    pub(crate) fn base(&self) -> u64 {
        self.ptr as u64
    }
}

impl Drop for GlobalBlock {
    fn drop(&mut self) {
        // SAFETY: `ptr` was allocated in `new` with exactly this layout.
        unsafe { std::alloc::dealloc(self.ptr, self.layout) }
    }
}

/// Checks that an access of `len` bytes at `addr` is not in the null page.
#[inline]
pub(crate) fn check(addr: u64, what: &str) -> Result<(), Fault> {
    if addr < NULL_PAGE {
        return Err(Fault::Msg(format!(
            "{what} through invalid pointer {addr:#x} (null page)"
        )));
    }
    Ok(())
}

/// Copies `len` bytes from program memory at `addr` into `dst`.
///
/// # Safety
/// `addr..addr+dst.len()` must be readable memory of the program (the interpreter trusts
/// the program as a native CPU would; only the null page is checked by callers).
#[inline]
pub(crate) unsafe fn read_bytes(addr: u64, dst: &mut [u8]) {
    // SAFETY: the caller guarantees the source range is readable; `dst` is a valid
    // exclusive slice and cannot overlap program memory handed out by the interpreter.
    unsafe { std::ptr::copy(addr as *const u8, dst.as_mut_ptr(), dst.len()) }
}

/// Copies `src` into program memory at `addr`.
///
/// # Safety
/// `addr..addr+src.len()` must be writable memory of the program.
#[inline]
pub(crate) unsafe fn write_bytes(addr: u64, src: &[u8]) {
    // SAFETY: the caller guarantees the destination range is writable.
    unsafe { std::ptr::copy(src.as_ptr(), addr as *mut u8, src.len()) }
}

/// Views words as their bytes (little-endian image).
#[inline]
pub(crate) fn as_bytes(w: &[u64]) -> &[u8] {
    // SAFETY: u8 has alignment 1 and every bit pattern is a valid u8; the length covers
    // exactly the words' storage, which the shared borrow keeps alive and unaliased by writes.
    unsafe { std::slice::from_raw_parts(w.as_ptr().cast::<u8>(), w.len() * 8) }
}

/// Views words as their bytes, for writing.
#[inline]
pub(crate) fn as_bytes_mut(w: &mut [u64]) -> &mut [u8] {
    // SAFETY: as in `as_bytes`; the exclusive borrow makes the byte view the only access.
    unsafe { std::slice::from_raw_parts_mut(w.as_mut_ptr().cast::<u8>(), w.len() * 8) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_alignment_and_restore() {
        let mut s = Stack::new().unwrap();
        let a = s.alloc(3, 1).unwrap();
        let b = s.alloc(8, 16).unwrap();
        assert_eq!(b % 16, 0);
        assert!(b >= a + 3);
        s.restore(a).unwrap();
        assert_eq!(s.sp, a);
        assert!(s.alloc(u64::MAX / 2, 8).is_err());
        assert!(s.restore(12).is_err());
    }
}
