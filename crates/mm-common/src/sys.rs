//! Thin, checked wrappers over the system calls memory managers make. Addresses and lengths
//! are page aligned by the callers.

use crate::page_source::Protection;
use jit_core::memory::MmError;

/// `what: <last OS error>`.
pub fn os_error(what: &str) -> String {
    format!("{what}: {}", std::io::Error::last_os_error())
}

/// The `PROT_*` bits of a protection.
pub fn prot_bits(prot: Protection) -> libc::c_int {
    match prot {
        Protection::None => libc::PROT_NONE,
        Protection::ReadWrite => libc::PROT_READ | libc::PROT_WRITE,
        Protection::ReadOnly => libc::PROT_READ,
        Protection::ReadExecute => libc::PROT_READ | libc::PROT_EXEC,
    }
}

/// Reserves `len` bytes of inaccessible address space without backing memory; returns its
/// address, or the reason it failed.
pub fn reserve(len: usize) -> Result<usize, String> {
    // SAFETY: a fresh anonymous PROT_NONE mapping at a kernel-chosen address touches no
    // existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        Err(os_error("mmap"))
    } else {
        Ok(p as usize)
    }
}

/// Unmaps `[addr, addr + len)`.
///
/// # Safety
/// The range must be a reservation of the caller that nothing refers to any more.
pub unsafe fn unmap(addr: usize, len: usize) {
    // SAFETY: forwarded from the caller.
    unsafe { libc::munmap(addr as *mut libc::c_void, len) };
}

/// Changes the protection of `[addr, addr + len)`.
///
/// # Safety
/// The range must lie inside the caller's reservation, and no live reference may depend on
/// the access being removed.
pub unsafe fn protect(addr: usize, len: usize, prot: Protection) -> Result<(), MmError> {
    // SAFETY: forwarded from the caller.
    if unsafe { libc::mprotect(addr as *mut libc::c_void, len, prot_bits(prot)) } != 0 {
        return Err(MmError::Protect(os_error("mprotect")));
    }
    Ok(())
}

/// Drops the contents of `[addr, addr + len)` and makes it inaccessible; a later commit
/// sees zeros.
///
/// # Safety
/// As [`protect`]; the contents are lost.
pub unsafe fn decommit(addr: usize, len: usize) -> Result<(), MmError> {
    // SAFETY: forwarded from the caller.
    if unsafe { libc::madvise(addr as *mut libc::c_void, len, libc::MADV_DONTNEED) } != 0 {
        return Err(MmError::Other(os_error("madvise(MADV_DONTNEED)")));
    }
    // SAFETY: forwarded from the caller.
    unsafe { protect(addr, len, Protection::None) }
}
