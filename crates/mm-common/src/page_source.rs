//! Where pages come from: one reserved virtual range, parts of which are committed,
//! re-protected and decommitted. A placement policy (`mm_section::SectionMemoryManager`)
//! only ever talks to the [`PageSource`] trait, so tests can substitute a fake and every
//! manager reuses the mmap implementation.

use crate::sys;
use jit_core::memory::MmError;

/// Page protections a JIT needs. There is deliberately no writable-and-executable variant.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Protection {
    /// No access (reserved or decommitted pages).
    None,
    /// Read + write: sections being written, and variables.
    ReadWrite,
    /// Read only: constants after finalize.
    ReadOnly,
    /// Read + execute: code after finalize.
    ReadExecute,
}

/// A reserved range of virtual memory, manipulated in whole pages. Offsets and lengths are
/// relative to [`PageSource::base`] and must be multiples of [`PageSource::page_size`].
pub trait PageSource: Send {
    /// The page size (granularity of every other call).
    fn page_size(&self) -> usize;
    /// Address of the first reserved byte.
    fn base(&self) -> usize;
    /// Size of the reservation in bytes.
    fn len(&self) -> usize;
    /// True when the reservation is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Makes `[offset, offset+len)` usable with `prot`; its contents are zero.
    fn commit(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError>;
    /// Changes the protection of committed pages.
    fn protect(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError>;
    /// Returns the pages' memory to the system and makes them inaccessible again. The range
    /// stays reserved; a later `commit` sees zeros.
    fn decommit(&mut self, offset: usize, len: usize) -> Result<(), MmError>;
}

/// The system page size (`sysconf(_SC_PAGESIZE)`).
pub fn system_page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n <= 0 { 4096 } else { n as usize }
}

/// A `PROT_NONE` anonymous mapping reserved with `mmap`, unmapped on drop.
#[derive(Debug)]
pub struct MmapPageSource {
    base: usize,
    len: usize,
    page_size: usize,
}

impl MmapPageSource {
    /// Reserves `len` bytes (rounded up to whole pages) of address space, inaccessible and
    /// without backing memory until committed.
    pub fn reserve(len: usize) -> Result<Self, MmError> {
        let page_size = system_page_size();
        let len = len
            .checked_next_multiple_of(page_size)
            .filter(|&l| l > 0)
            .ok_or_else(|| MmError::Invalid(format!("cannot reserve {len} bytes")))?;
        let base = sys::reserve(len).map_err(|reason| MmError::OutOfMemory {
            size: len,
            section: "<reservation>".into(),
            reason,
        })?;
        Ok(MmapPageSource {
            base,
            len,
            page_size,
        })
    }

    fn check(&self, offset: usize, len: usize) -> Result<usize, MmError> {
        let ok = offset % self.page_size == 0
            && len % self.page_size == 0
            && offset.checked_add(len).is_some_and(|end| end <= self.len);
        if !ok {
            return Err(MmError::Invalid(format!(
                "page range {offset:#x}+{len:#x} is not page aligned inside the {:#x}-byte reservation",
                self.len
            )));
        }
        Ok(self.base + offset)
    }
}

impl PageSource for MmapPageSource {
    fn page_size(&self) -> usize {
        self.page_size
    }
    fn base(&self) -> usize {
        self.base
    }
    fn len(&self) -> usize {
        self.len
    }
    fn commit(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError> {
        // Reserved pages are never touched before commit, and decommit drops their
        // contents, so committing is a protection change.
        self.protect(offset, len, prot)
    }
    fn protect(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError> {
        let p = self.check(offset, len)?;
        // SAFETY: `check` proved the range lies inside our own reservation.
        unsafe { sys::protect(p, len, prot) }
    }
    fn decommit(&mut self, offset: usize, len: usize) -> Result<(), MmError> {
        let p = self.check(offset, len)?;
        // SAFETY: the range lies inside our reservation; the caller no longer uses it, so
        // dropping its contents and making it inaccessible breaks no live reference.
        unsafe { sys::decommit(p, len) }
    }
}

impl Drop for MmapPageSource {
    fn drop(&mut self) {
        // SAFETY: the mapping was created by `reserve` with exactly this base and length and
        // is unmapped only here.
        unsafe { sys::unmap(self.base, self.len) };
    }
}

/// A page source over part of a range that someone else reserved and will unmap (for
/// example the data window of a manager whose code lives in the rest of its reservation).
/// It never maps or unmaps; it only changes protections and decommits inside its part.
#[derive(Debug)]
pub struct RangePageSource {
    base: usize,
    len: usize,
    page_size: usize,
}

impl RangePageSource {
    /// A page source over `[base, base + len)`, in pages of `page_size` bytes.
    ///
    /// # Safety
    /// The range is page aligned, reserved by the caller, stays mapped for the page
    /// source's life, and nothing else uses it.
    pub unsafe fn new(base: usize, len: usize, page_size: usize) -> Self {
        RangePageSource {
            base,
            len,
            page_size,
        }
    }

    fn check(&self, offset: usize, len: usize) -> Result<usize, MmError> {
        let ok = offset % self.page_size == 0
            && len % self.page_size == 0
            && offset.checked_add(len).is_some_and(|e| e <= self.len);
        if !ok {
            return Err(MmError::Invalid(format!(
                "page range {offset:#x}+{len:#x} outside the {:#x}-byte window",
                self.len
            )));
        }
        Ok(self.base + offset)
    }
}

impl PageSource for RangePageSource {
    fn page_size(&self) -> usize {
        self.page_size
    }
    fn base(&self) -> usize {
        self.base
    }
    fn len(&self) -> usize {
        self.len
    }
    fn commit(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError> {
        self.protect(offset, len, prot)
    }
    fn protect(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError> {
        let addr = self.check(offset, len)?;
        // SAFETY: `check` keeps the range inside the window, which `new`'s caller gave us.
        unsafe { sys::protect(addr, len, prot) }
    }
    fn decommit(&mut self, offset: usize, len: usize) -> Result<(), MmError> {
        let addr = self.check(offset, len)?;
        // SAFETY: inside the window; the placement policy decommits only released pages.
        unsafe { sys::decommit(addr, len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mmap_source_and_a_window_over_part_of_it() {
        let page = system_page_size();
        let mut src = MmapPageSource::reserve(8 * page).unwrap();
        src.commit(0, page, Protection::ReadWrite).unwrap();
        // SAFETY: the first page was just committed read-write.
        unsafe { (src.base() as *mut u8).write(7) };
        assert!(src.commit(1, page, Protection::ReadWrite).is_err());
        assert!(src.protect(0, 9 * page, Protection::ReadOnly).is_err());
        // SAFETY: pages 4..8 of our reservation, used by nothing else; `src` outlives it.
        let mut win = unsafe { RangePageSource::new(src.base() + 4 * page, 4 * page, page) };
        win.commit(page, page, Protection::ReadWrite).unwrap();
        let p = (win.base() + page) as *mut u8;
        // SAFETY: committed read-write just above.
        unsafe { p.write(9) };
        win.decommit(page, page).unwrap();
        win.commit(page, page, Protection::ReadWrite).unwrap();
        // SAFETY: committed again; decommitted pages read as zero.
        assert_eq!(unsafe { p.read() }, 0);
        assert!(win.protect(4 * page, page, Protection::ReadOnly).is_err());
        // SAFETY: page 0 is still committed.
        assert_eq!(unsafe { (src.base() as *const u8).read() }, 7);
    }
}
