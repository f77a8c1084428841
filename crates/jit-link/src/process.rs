//! The process's symbols: one search, shared by every linker (and the interpreter) of the
//! process, as LLVM's `sys::DynamicLibrary` keeps it for its JITs.
//!
//! # Search order ([`search`])
//! 1. symbols added with [`add_symbol`] (`LLVMAddSymbol`), newest value winning;
//! 2. the process's global scope, `dlsym(RTLD_DEFAULT)`: the program, what it was linked
//!    with, and every library opened `RTLD_GLOBAL` since — the libraries loaded with
//!    [`load_library`] / [`load_library_by_name`] (`jit run --load PATH`, `-l NAME`,
//!    `LLVMLoadLibraryPermanently`) included, and searched again by handle after it;
//! 3. the C libraries, `libc.so.6` then `libm.so.6`, opened when a name is first missed:
//!    Rust links with `--as-needed`, so `libm` may not be loaded at all and some `libc`
//!    symbols may be missing from the global scope;
//! 4. the C++ runtime a C++ program links by default, `libstdc++.so.6` then
//!    `libgcc_s.so.1`, opened `RTLD_GLOBAL` (so that later lookups, and libraries loaded
//!    after, see them) the first time a *strong* reference is missed everywhere else. A C
//!    program never needs a name from them, so it never pays for loading them; a weak
//!    reference ([`search_loaded`]) never opens them either.
//!
//! Every library is opened once per process and never closed. [`searched`] describes the
//! libraries in that order, with what happened when opening them, for error messages.
//! [`generation`] changes whenever the result of a search may have changed (a symbol
//! added, a library loaded or opened), so callers may cache answers until it does.

use std::collections::{BTreeMap, HashMap};
use std::ffi::{CStr, CString, c_void};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// The C libraries searched after the global scope (step 3).
pub const C_LIBRARIES: [&str; 2] = ["libc.so.6", "libm.so.6"];

/// The C++ runtime searched last (step 4), opened only when a strong reference is missed.
pub const CXX_RUNTIME: [&str; 2] = ["libstdc++.so.6", "libgcc_s.so.1"];

/// A library that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot load library `{library}`: {message}")]
pub struct LoadError {
    /// The library as the caller named it (`-lNAME` for [`load_library_by_name`]).
    pub library: String,
    /// The dynamic loader's message (`dlerror`).
    pub message: String,
}

/// A library the search opens itself, when it is first needed.
struct OnDemand {
    name: &'static str,
    /// The handle (as an address, so statics stay `Sync`), or the loader's message.
    handle: OnceLock<Result<usize, String>>,
}

impl OnDemand {
    const fn new(name: &'static str) -> Self {
        OnDemand {
            name,
            handle: OnceLock::new(),
        }
    }

    /// Opens the library (once), `RTLD_NOW | RTLD_GLOBAL`.
    fn open(&self) -> Option<usize> {
        let h = self.handle.get_or_init(|| {
            let h = open(self.name);
            GENERATION.fetch_add(1, Ordering::AcqRel);
            h
        });
        h.as_ref().ok().copied()
    }

    /// The handle when the library was opened already.
    fn opened(&self) -> Option<usize> {
        self.handle.get().and_then(|h| h.as_ref().ok().copied())
    }

    fn describe(&self) -> String {
        match self.handle.get() {
            None => format!("{} (not opened: no name was missing before it)", self.name),
            Some(Ok(_)) => self.name.to_string(),
            Some(Err(e)) => format!("{} (cannot open: {e})", self.name),
        }
    }
}

static C_LIBS: [OnDemand; 2] = [OnDemand::new(C_LIBRARIES[0]), OnDemand::new(C_LIBRARIES[1])];
static CXX_LIBS: [OnDemand; 2] = [OnDemand::new(CXX_RUNTIME[0]), OnDemand::new(CXX_RUNTIME[1])];

/// A library loaded on request.
struct Loaded {
    /// How it was asked for (`--load` path, `-lNAME`).
    label: String,
    handle: usize,
}

/// What callers added: symbols and libraries.
struct Registry {
    symbols: BTreeMap<String, u64>,
    libraries: Vec<Loaded>,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    symbols: BTreeMap::new(),
    libraries: Vec::new(),
});

/// Bumped whenever a search may answer differently than before.
static GENERATION: AtomicU64 = AtomicU64::new(0);

fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(|e| e.into_inner())
}

/// The dynamic loader's last error message on this thread.
fn dlerror_text() -> String {
    // SAFETY: dlerror returns NULL or a NUL-terminated string valid until the next dl* call
    // on this thread; it is copied at once.
    let e = unsafe { libc::dlerror() };
    if e.is_null() {
        "unknown error".to_string()
    } else {
        // SAFETY: non-NULL, NUL-terminated (see above).
        unsafe { CStr::from_ptr(e) }.to_string_lossy().into_owned()
    }
}

/// `dlopen(name, RTLD_NOW | RTLD_GLOBAL)`: the handle as an address, or dlerror's text.
fn open(name: &str) -> Result<usize, String> {
    let c = CString::new(name).map_err(|_| "the name contains a NUL byte".to_string())?;
    // SAFETY: dlopen with a NUL-terminated name. Opening runs the library's initializers,
    // which is what loading a library means; the handle is never closed (code and data of
    // the library may be referenced by JIT code and registered callbacks for good).
    let h = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL) };
    if h.is_null() {
        Err(dlerror_text())
    } else {
        Ok(h as usize)
    }
}

/// `dlsym(handle, name)` as an address.
fn sym(handle: *mut c_void, name: &CStr) -> Option<u64> {
    // SAFETY: `handle` is RTLD_DEFAULT or a handle from dlopen that is never closed; the
    // name is NUL-terminated. Looking a name up does not run anything.
    let p = unsafe { libc::dlsym(handle, name.as_ptr()) };
    (!p.is_null()).then_some(p as u64)
}

/// Loads the shared library at `path` (or found by the dynamic loader's search when `path`
/// has no `/`) for the rest of the process, its symbols visible to every search from now
/// on. Loading the same library again is harmless.
pub fn load_library(path: &str) -> Result<(), LoadError> {
    let handle = open(path).map_err(|message| LoadError {
        library: path.to_string(),
        message,
    })?;
    note_loaded(path.to_string(), handle);
    Ok(())
}

/// Loads `libNAME.so` as the static linker's `-lNAME` names it, found by the dynamic
/// loader's search (`LD_LIBRARY_PATH`, the loader cache, the system directories). Outside
/// development packages many libraries exist only under a versioned name
/// (`libstdc++.so.6`), so `libNAME.so.N` is tried next for N = 0..=9. Returns the file
/// name that was opened.
pub fn load_library_by_name(name: &str) -> Result<String, LoadError> {
    let file = format!("lib{name}.so");
    let first = match open(&file) {
        Ok(h) => {
            note_loaded(format!("-l{name} ({file})"), h);
            return Ok(file);
        }
        Err(e) => e,
    };
    for v in 0..10 {
        let versioned = format!("{file}.{v}");
        if let Ok(h) = open(&versioned) {
            note_loaded(format!("-l{name} ({versioned})"), h);
            return Ok(versioned);
        }
    }
    Err(LoadError {
        library: format!("-l{name}"),
        message: first,
    })
}

fn note_loaded(label: String, handle: usize) {
    let mut r = registry();
    if !r.libraries.iter().any(|l| l.handle == handle) {
        r.libraries.push(Loaded { label, handle });
    }
    GENERATION.fetch_add(1, Ordering::AcqRel);
}

/// Makes `name` resolve to `address` in every search from now on, before any library.
pub fn add_symbol(name: &str, address: u64) {
    registry().symbols.insert(name.to_string(), address);
    GENERATION.fetch_add(1, Ordering::AcqRel);
}

/// Changes whenever a search may answer differently than before.
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

/// The address of `name` in the process (see the module documentation for the order),
/// opening the C libraries and then the C++ runtime when the name is missed everywhere
/// before them.
pub fn search(name: &str) -> Option<u64> {
    search_with(name, true)
}

/// [`search`] without opening the C++ runtime: for weak references, which resolve to 0
/// when nothing defines them, so that a C program's weak references never load it.
pub fn search_loaded(name: &str) -> Option<u64> {
    search_with(name, false)
}

fn search_with(name: &str, open_runtime: bool) -> Option<u64> {
    let handles: Vec<usize> = {
        let r = registry();
        if let Some(&a) = r.symbols.get(name) {
            return Some(a);
        }
        r.libraries.iter().map(|l| l.handle).collect()
    };
    let cname = CString::new(name).ok()?;
    let found = dlsym_search(&cname, &handles, open_runtime);
    if let Some(a) = found {
        RESOLVED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(a)
            .or_insert_with(|| name.to_string());
    }
    found
}

fn dlsym_search(cname: &CStr, handles: &[usize], open_runtime: bool) -> Option<u64> {
    if let Some(a) = sym(libc::RTLD_DEFAULT, cname) {
        return Some(a);
    }
    let in_handle = |h: &usize| sym(*h as *mut c_void, cname);
    if let Some(a) = handles.iter().find_map(in_handle) {
        return Some(a);
    }
    if let Some(a) = C_LIBS
        .iter()
        .filter_map(OnDemand::open)
        .find_map(|h| in_handle(&h))
    {
        return Some(a);
    }
    let runtime = |lib: &OnDemand| {
        if open_runtime {
            lib.open()
        } else {
            lib.opened()
        }
    };
    CXX_LIBS
        .iter()
        .filter_map(runtime)
        .find_map(|h| in_handle(&h))
}

/// Names found by [`search`] in the libraries, by the address found (the first name when
/// several share one). For a thread-local variable of a library, `dlsym` gives the
/// instance of the thread that asked; see [`name_of_resolved`].
static RESOLVED: Mutex<BTreeMap<u64, String>> = Mutex::new(BTreeMap::new());

/// The name a search found at `address` in a library, if any: lets an engine that was
/// given the address of a library's thread-local variable (the instance of the thread that
/// linked the code) find the variable again, and through [`search`] on another thread that
/// thread's instance.
pub fn name_of_resolved(address: u64) -> Option<String> {
    RESOLVED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&address)
        .cloned()
}

/// The libraries a [`search`] goes through, in order, as shown in "undefined symbol"
/// messages: the process itself, the C libraries, the C++ runtime and the libraries
/// loaded on request, each with what happened when it was opened.
pub fn searched() -> Vec<String> {
    let mut out = vec!["the process (dlsym)".to_string()];
    out.extend(
        registry()
            .libraries
            .iter()
            .map(|l| format!("{} (loaded)", l.label)),
    );
    out.extend(C_LIBS.iter().chain(&CXX_LIBS).map(OnDemand::describe));
    out
}

/// Whether the C++ runtime's first library (`libstdc++.so.6`) was opened by a search.
pub fn cxx_runtime_opened() -> bool {
    CXX_LIBS[0].opened().is_some()
}

/// Where a linker finds the names its objects, its other objects and its global mappings
/// do not define: by default this process ([`search`], through a per-linker cache); for
/// code that runs in another process, that process (`jit-remote`'s executor symbols).
pub trait SymbolSource: Send + std::fmt::Debug {
    /// The address of `name`, or `None`; a `weak` reference must not make the source load
    /// a library it has not loaded yet.
    fn lookup(&mut self, name: &str, weak: bool) -> Option<u64>;
    /// The names about to be looked up (the linker calls it once per resolution with every
    /// name it will ask for), so a source that must ask another process can ask once.
    fn prefetch(&mut self, names: &[(String, bool)]) {
        let _ = names;
    }
    /// Where the source looked, in order, for undefined-symbol messages.
    fn searched(&self) -> Vec<String>;
}

/// A cache of [`search`] answers for one linker, valid while [`generation`] does not
/// change.
#[derive(Debug, Default)]
pub(crate) struct ProcessSymbols {
    generation: u64,
    cache: HashMap<(String, bool), Option<u64>>,
}

impl ProcessSymbols {
    /// The address of `name` in the process; a `weak` reference does not open the C++
    /// runtime (see [`search_loaded`]).
    pub(crate) fn lookup(&mut self, name: &str, weak: bool) -> Option<u64> {
        let now = generation();
        if now != self.generation {
            self.cache.clear();
            self.generation = now;
        }
        let key = (name.to_string(), weak);
        if let Some(&hit) = self.cache.get(&key) {
            return hit;
        }
        let found = search_with(name, !weak);
        // Opening a library bumped the generation: the answers cached so far stay right
        // for the names they were asked for, and the next lookup starts afresh anyway.
        self.cache.insert(key, found);
        found
    }
}

impl SymbolSource for ProcessSymbols {
    fn lookup(&mut self, name: &str, weak: bool) -> Option<u64> {
        ProcessSymbols::lookup(self, name, weak)
    }
    fn searched(&self) -> Vec<String> {
        searched()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_symbols_come_first_and_the_process_is_searched() {
        assert!(search("jit_link_test_symbol_nowhere").is_none());
        let before = generation();
        add_symbol("jit_link_test_symbol_nowhere", 0x1234);
        assert_ne!(generation(), before);
        assert_eq!(search("jit_link_test_symbol_nowhere"), Some(0x1234));
        assert!(search("malloc").is_some());
        add_symbol("jit_link_test_labs", 0x42);
        assert_eq!(search_loaded("jit_link_test_labs"), Some(0x42));
    }

    #[test]
    fn the_cxx_runtime_is_found_when_a_name_needs_it() {
        // `operator new(unsigned long)`: in libstdc++, which this test binary does not link.
        let a = search("_Znwm").expect("libstdc++.so.6 defines _Znwm");
        assert_ne!(a, 0);
        assert!(cxx_runtime_opened());
        assert!(searched().iter().any(|s| s == "libstdc++.so.6"));
    }

    #[test]
    fn loading_a_missing_library_is_an_error_naming_it() {
        let e = load_library("/nonexistent/libnothing.so").unwrap_err();
        assert_eq!(e.library, "/nonexistent/libnothing.so");
        assert!(e.to_string().contains("/nonexistent/libnothing.so"), "{e}");
        assert!(!e.message.is_empty());
        assert!(load_library_by_name("m").is_ok());
        assert!(searched().iter().any(|s| s.starts_with("-lm (")));
        let e = load_library_by_name("surely-not-a-library").unwrap_err();
        assert_eq!(e.library, "-lsurely-not-a-library");
        assert!(e.message.contains("libsurely-not-a-library.so"), "{e}");
    }
}
