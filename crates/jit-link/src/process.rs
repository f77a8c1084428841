//! Symbols of the process itself: `dlsym(RTLD_DEFAULT)`, then libraries the linker opens
//! explicitly. Rust links with `--as-needed`, so `libm` may not be loaded at all and some
//! `libc` symbols may be missing from the global scope: both are `dlopen`ed once.

use std::collections::HashMap;
use std::ffi::CString;

/// Libraries opened for lookups after the global scope.
const LIBRARIES: &[&str] = &["libc.so.6", "libm.so.6"];

/// A cache of process symbol lookups.
#[derive(Debug, Default)]
pub(crate) struct ProcessSymbols {
    /// Handles of the opened libraries (as addresses, so the linker stays `Send`); opened on
    /// first use and never closed.
    handles: Option<Vec<usize>>,
    cache: HashMap<String, Option<u64>>,
}

impl ProcessSymbols {
    /// The address of `name` in the process, if some loaded library defines it.
    pub(crate) fn lookup(&mut self, name: &str) -> Option<u64> {
        if let Some(&hit) = self.cache.get(name) {
            return hit;
        }
        let found = self.lookup_uncached(name);
        self.cache.insert(name.to_string(), found);
        found
    }

    fn lookup_uncached(&mut self, name: &str) -> Option<u64> {
        let cname = CString::new(name).ok()?;
        // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name only reads the name.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, cname.as_ptr()) };
        if !p.is_null() {
            return Some(p as u64);
        }
        let handles = self.handles.get_or_insert_with(|| {
            LIBRARIES
                .iter()
                .filter_map(|lib| {
                    let c = CString::new(*lib).ok()?;
                    // SAFETY: dlopen of a system library by NUL-terminated name; the handle
                    // is kept for the life of the process (never closed).
                    let h = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL) };
                    (!h.is_null()).then_some(h as usize)
                })
                .collect()
        });
        handles.iter().find_map(|&h| {
            // SAFETY: `h` is a live handle from dlopen; the name is NUL-terminated.
            let p = unsafe { libc::dlsym(h as *mut libc::c_void, cname.as_ptr()) };
            (!p.is_null()).then_some(p as u64)
        })
    }
}
