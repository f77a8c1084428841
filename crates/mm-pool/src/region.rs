//! The pool's address space: one reservation holding the three arenas, and (when memfd
//! works) a second, writable view of the code and read-only arenas.
//!
//! ```text
//! target range (one reservation, in branch reach):  [ code: RX view | rodata: R view | data: RW ]
//!                                                       \ memfd offset 0   \ memfd offset code_len
//! writable alias (anywhere):                        [ code: RW view | rodata: RW view ]
//! ```
//! Without memfd (or if a shared executable mapping is refused) the code and read-only arenas
//! are plain private pages, writable until `finalize` flips whole pages (see [`Backing`]).

use jit_core::memory::MmError;
use std::os::fd::{FromRawFd, OwnedFd};

/// How the code and read-only arenas get W^X.
#[derive(Debug)]
pub(crate) enum Backing {
    /// One memfd mapped twice: written at `alias`, run/read in the reservation.
    Dual {
        /// Keeps the memory object alive (the mappings would too; this documents it).
        _fd: OwnedFd,
        /// Address of the writable view of `[code | rodata]`.
        alias: usize,
        /// Its length (`code_len + ro_len`).
        alias_len: usize,
    },
    /// One private view; whole pages are flipped RW → RX/R at finalize. The string says why
    /// the dual mapping was not used.
    Flip(String),
}

/// The reservation and its views; everything is unmapped on drop.
#[derive(Debug)]
pub(crate) struct Region {
    pub(crate) base: usize,
    pub(crate) code_len: usize,
    pub(crate) ro_len: usize,
    pub(crate) rw_len: usize,
    pub(crate) backing: Backing,
}

fn os_error(what: &str) -> String {
    format!("{what}: {}", std::io::Error::last_os_error())
}

/// `mmap` returning the address or the OS error text.
///
/// # Safety
/// As `libc::mmap`; with `MAP_FIXED` the target range must belong to the caller.
unsafe fn map(
    addr: usize,
    len: usize,
    prot: libc::c_int,
    flags: libc::c_int,
    fd: libc::c_int,
    off: usize,
) -> Result<usize, String> {
    // SAFETY: forwarded from the caller.
    let p = unsafe { libc::mmap(addr as *mut _, len, prot, flags, fd, off as libc::off_t) };
    if p == libc::MAP_FAILED {
        Err(os_error("mmap"))
    } else {
        Ok(p as usize)
    }
}

impl Region {
    /// Total bytes of the reservation.
    pub(crate) fn len(&self) -> usize {
        self.code_len + self.ro_len + self.rw_len
    }

    /// Live mappings we created: the reservation (whose code, rodata and data parts are
    /// separate kernel mappings in dual mode) and the writable alias.
    pub(crate) fn mappings(&self) -> u64 {
        match self.backing {
            Backing::Dual { .. } => 4,
            Backing::Flip(_) => 1,
        }
    }

    /// Reserves `code + ro + rw` bytes (each a multiple of the page size) and sets up the
    /// views; `dual` = try the memfd dual mapping first.
    pub(crate) fn new(
        code_len: usize,
        ro_len: usize,
        rw_len: usize,
        dual: bool,
    ) -> Result<Self, MmError> {
        let total = code_len + ro_len + rw_len;
        // SAFETY: a fresh anonymous PROT_NONE mapping at a kernel-chosen address.
        let base = unsafe {
            map(
                0,
                total,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        }
        .map_err(|reason| MmError::OutOfMemory {
            size: total,
            section: "<pool reservation>".into(),
            reason,
        })?;
        let mut region = Region {
            base,
            code_len,
            ro_len,
            rw_len,
            backing: Backing::Flip("dual mapping disabled by configuration".into()),
        };
        let rw = libc::PROT_READ | libc::PROT_WRITE;
        // SAFETY: the data arena lies inside our reservation.
        if unsafe { libc::mprotect((base + code_len + ro_len) as *mut _, rw_len, rw) } != 0 {
            return Err(MmError::Protect(os_error("mprotect")));
        }
        if dual {
            match region.try_dual() {
                Ok(b) => region.backing = b,
                Err(why) => region.backing = Backing::Flip(why),
            }
        }
        if let Backing::Flip(_) = region.backing {
            // SAFETY: the code and rodata arenas lie inside our reservation.
            if unsafe { libc::mprotect(base as *mut _, code_len + ro_len, rw) } != 0 {
                return Err(MmError::Protect(os_error("mprotect")));
            }
        }
        Ok(region)
    }

    /// Creates the memfd, its writable alias and the RX / R views over the code and rodata
    /// arenas. On failure everything is undone and the reason returned.
    fn try_dual(&self) -> Result<Backing, String> {
        let len = self.code_len + self.ro_len;
        let name = c"jit-mm-pool";
        // SAFETY: memfd_create with a valid C string; MFD_EXEC is refused (EINVAL) by
        // kernels before 6.3, then we retry without it.
        let mut fd =
            unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC | libc::MFD_EXEC) };
        if fd < 0 {
            // SAFETY: as above.
            fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
        }
        if fd < 0 {
            return Err(format!("memfd unavailable ({})", os_error("memfd_create")));
        }
        // SAFETY: `fd` is a fresh descriptor we own.
        let owned = unsafe { OwnedFd::from_raw_fd(fd) };
        // SAFETY: plain syscall on our descriptor.
        if unsafe { libc::ftruncate(fd, len as libc::off_t) } != 0 {
            return Err(format!("memfd unusable ({})", os_error("ftruncate")));
        }
        let shared = libc::MAP_SHARED;
        // SAFETY: a new shared mapping of our memfd at a kernel-chosen address.
        let alias = unsafe { map(0, len, libc::PROT_READ | libc::PROT_WRITE, shared, fd, 0) }
            .map_err(|e| format!("memfd alias refused ({e})"))?;
        let fixed = shared | libc::MAP_FIXED;
        // SAFETY: MAP_FIXED over the code and rodata parts of our own reservation.
        let views = unsafe {
            map(
                self.base,
                self.code_len,
                libc::PROT_READ | libc::PROT_EXEC,
                fixed,
                fd,
                0,
            )
            .and_then(|_| {
                map(
                    self.base + self.code_len,
                    self.ro_len,
                    libc::PROT_READ,
                    fixed,
                    fd,
                    self.code_len,
                )
            })
        };
        if let Err(e) = views {
            // SAFETY: undo: drop the alias and put private PROT_NONE pages back over our
            // own reservation.
            unsafe {
                libc::munmap(alias as *mut _, len);
                let _ = map(
                    self.base,
                    len,
                    libc::PROT_NONE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_FIXED,
                    -1,
                    0,
                );
            }
            return Err(format!("executable shared mapping refused ({e})"));
        }
        Ok(Backing::Dual {
            _fd: owned,
            alias,
            alias_len: len,
        })
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        // SAFETY: these are exactly the mappings `new` created; nothing refers to them once
        // the manager is gone (the protocol ends with dropping the manager).
        unsafe {
            libc::munmap(self.base as *mut _, self.len());
            if let Backing::Dual {
                alias, alias_len, ..
            } = self.backing
            {
                libc::munmap(alias as *mut _, alias_len);
            }
        }
    }
}
