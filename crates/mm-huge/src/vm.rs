//! Thin, checked wrappers over the system calls the manager uses: the common ones from
//! `mm_common::sys`, plus the huge-page specific ones.

use jit_core::memory::MmError;

pub(crate) use mm_common::sys::{decommit, os_error, protect, reserve, unmap};

/// Marks `[addr, addr + len)` for transparent huge pages.
///
/// # Safety
/// The range must lie inside the caller's reservation.
pub(crate) unsafe fn advise_huge(addr: usize, len: usize) -> Result<(), String> {
    // SAFETY: forwarded from the caller; MADV_HUGEPAGE changes no contents.
    if unsafe { libc::madvise(addr as *mut _, len, libc::MADV_HUGEPAGE) } != 0 {
        return Err(os_error("madvise(MADV_HUGEPAGE)"));
    }
    Ok(())
}

/// Replaces `[addr, addr + len)` by read-write hugetlbfs memory (reserved now, so a
/// shortage is an error here rather than a SIGBUS later).
///
/// # Safety
/// The range must lie inside the caller's reservation, be huge-page aligned, and hold
/// nothing live.
pub(crate) unsafe fn map_hugetlb(addr: usize, len: usize) -> Result<(), String> {
    let flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED | libc::MAP_HUGETLB;
    // SAFETY: forwarded from the caller.
    let p = unsafe {
        libc::mmap(
            addr as *mut _,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            flags,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return Err(os_error("mmap(MAP_HUGETLB)"));
    }
    Ok(())
}

/// Replaces `[addr, addr + len)` by fresh inaccessible ordinary pages (undoes
/// [`map_hugetlb`]).
///
/// # Safety
/// As [`map_hugetlb`].
pub(crate) unsafe fn map_none(addr: usize, len: usize) -> Result<(), MmError> {
    let flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED | libc::MAP_NORESERVE;
    // SAFETY: forwarded from the caller.
    let p = unsafe { libc::mmap(addr as *mut _, len, libc::PROT_NONE, flags, -1, 0) };
    if p == libc::MAP_FAILED {
        return Err(MmError::Other(os_error("mmap")));
    }
    Ok(())
}
