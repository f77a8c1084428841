//! Where pages come from: one reserved virtual range, parts of which are committed,
//! re-protected and decommitted. The placement policy in [`crate::SectionMemoryManager`]
//! only ever talks to this trait, so tests can substitute a fake and other managers can
//! reuse the mmap implementation.

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

fn prot_bits(prot: Protection) -> libc::c_int {
    match prot {
        Protection::None => libc::PROT_NONE,
        Protection::ReadWrite => libc::PROT_READ | libc::PROT_WRITE,
        Protection::ReadOnly => libc::PROT_READ,
        Protection::ReadExecute => libc::PROT_READ | libc::PROT_EXEC,
    }
}

fn os_error(what: &str) -> String {
    format!("{what}: {}", std::io::Error::last_os_error())
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
        // SAFETY: an anonymous, private, PROT_NONE mapping at an address of the kernel's
        // choice touches no existing memory.
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
            return Err(MmError::OutOfMemory {
                size: len,
                section: "<reservation>".into(),
                reason: os_error("mmap"),
            });
        }
        Ok(MmapPageSource {
            base: p as usize,
            len,
            page_size,
        })
    }

    fn check(&self, offset: usize, len: usize) -> Result<*mut libc::c_void, MmError> {
        let ok = offset % self.page_size == 0
            && len % self.page_size == 0
            && offset.checked_add(len).is_some_and(|end| end <= self.len);
        if !ok {
            return Err(MmError::Invalid(format!(
                "page range {offset:#x}+{len:#x} is not page aligned inside the {:#x}-byte reservation",
                self.len
            )));
        }
        Ok((self.base + offset) as *mut libc::c_void)
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
        if unsafe { libc::mprotect(p, len, prot_bits(prot)) } != 0 {
            return Err(MmError::Protect(os_error("mprotect")));
        }
        Ok(())
    }
    fn decommit(&mut self, offset: usize, len: usize) -> Result<(), MmError> {
        let p = self.check(offset, len)?;
        // SAFETY: the range lies inside our reservation; the caller no longer uses it, so
        // dropping its contents and making it inaccessible breaks no live reference.
        unsafe {
            if libc::madvise(p, len, libc::MADV_DONTNEED) != 0 {
                return Err(MmError::Other(os_error("madvise(MADV_DONTNEED)")));
            }
            if libc::mprotect(p, len, libc::PROT_NONE) != 0 {
                return Err(MmError::Protect(os_error("mprotect")));
            }
        }
        Ok(())
    }
}

impl Drop for MmapPageSource {
    fn drop(&mut self) {
        // SAFETY: the mapping was created by `reserve` with exactly this base and length and
        // is unmapped only here.
        unsafe {
            libc::munmap(self.base as *mut libc::c_void, self.len);
        }
    }
}
