//! The process's symbol search, as LLVM's `sys::DynamicLibrary` keeps it: shared libraries
//! loaded for good (`jit run -l NAME`, `--load PATH`, `LLVMLoadLibraryPermanently`), and
//! symbols registered by name (`LLVMAddSymbol`), which are found before any library.
//!
//! Libraries are opened `RTLD_NOW | RTLD_GLOBAL` and never closed, so both engines, which
//! look names up in the process's global scope, see their symbols. Registered symbols are
//! not in that scope: an engine sees them through [`registered_symbols`] (the C API maps
//! them into each engine) or [`search_for_address_of_symbol`].

use std::collections::HashMap;
use std::sync::Mutex;

/// Symbols added with [`add_symbol`], newest value winning.
static SYMBOLS: Mutex<Option<HashMap<String, u64>>> = Mutex::new(None);
/// Bumped on every [`add_symbol`], so users of [`registered_symbols`] can tell what is new.
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Opens a shared library for the rest of the process (never closed). `None` makes the
/// program's own symbols searchable, which they already are.
pub fn load_library_permanently(path: Option<&str>) -> Result<(), String> {
    let Some(path) = path else { return Ok(()) };
    // SAFETY: opening a library runs its initializers; that is what the caller asks for,
    // as with `dlopen` in C. The handle is leaked on purpose: libraries are never unloaded
    // (their TLS destructors and registered callbacks would outlive the code).
    let lib = unsafe {
        libloading::os::unix::Library::open(
            Some(path),
            libloading::os::unix::RTLD_NOW | libloading::os::unix::RTLD_GLOBAL,
        )
    }
    .map_err(|e| format!("cannot load library `{path}`: {e}"))?;
    std::mem::forget(lib);
    Ok(())
}

/// Loads `libNAME.so` (as `-lNAME` would name it) from the dynamic loader's search path.
pub fn load_library_by_name(name: &str) -> Result<(), String> {
    let file = format!("lib{name}.so");
    load_library_permanently(Some(&file)).or_else(|first| {
        // Some libraries ship only a versioned name (`libm.so.6`) outside -dev packages.
        for v in 0..10 {
            if load_library_permanently(Some(&format!("{file}.{v}"))).is_ok() {
                return Ok(());
            }
        }
        Err(format!("-l{name}: {first}"))
    })
}

/// Registers `name` at `address`, found before any library's symbol of that name.
pub fn add_symbol(name: &str, address: u64) {
    let mut guard = SYMBOLS.lock().unwrap_or_else(|e| e.into_inner());
    guard
        .get_or_insert_with(HashMap::new)
        .insert(name.to_string(), address);
    GENERATION.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
}

/// Every registered symbol, and the generation they are current for.
pub fn registered_symbols() -> (u64, Vec<(String, u64)>) {
    let guard = SYMBOLS.lock().unwrap_or_else(|e| e.into_inner());
    let list = guard
        .as_ref()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), *v)).collect())
        .unwrap_or_default();
    (GENERATION.load(std::sync::atomic::Ordering::SeqCst), list)
}

/// The generation of the registered symbols (changes whenever one is added).
pub fn symbols_generation() -> u64 {
    GENERATION.load(std::sync::atomic::Ordering::SeqCst)
}

/// The address of `name`: a registered symbol, else the process's global scope (the
/// program and every library loaded globally). `None` when nowhere.
pub fn search_for_address_of_symbol(name: &str) -> Option<u64> {
    {
        let guard = SYMBOLS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&a) = guard.as_ref().and_then(|m| m.get(name)) {
            return Some(a);
        }
    }
    let this = libloading::os::unix::Library::this();
    let mut bytes = name.as_bytes().to_vec();
    bytes.push(0);
    // SAFETY: looking a name up does not call it; the pointer is only returned as an
    // address. `bytes` is NUL-terminated.
    let sym = unsafe { this.get::<*const u8>(bytes.as_slice()) }.ok()?;
    // For a data or function symbol, the `Symbol` holds its address.
    let addr = sym.into_raw() as u64;
    std::mem::forget(this);
    (addr != 0).then_some(addr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_symbols_come_first_and_the_process_is_searched() {
        assert!(search_for_address_of_symbol("jit_test_symbol_nowhere").is_none());
        add_symbol("jit_test_symbol_nowhere", 0x1234);
        assert_eq!(
            search_for_address_of_symbol("jit_test_symbol_nowhere"),
            Some(0x1234)
        );
        assert!(search_for_address_of_symbol("malloc").is_some());
        add_symbol("labs", 0x42);
        assert_eq!(search_for_address_of_symbol("labs"), Some(0x42));
        assert!(
            registered_symbols()
                .1
                .iter()
                .any(|(n, a)| n == "labs" && *a == 0x42)
        );
    }

    #[test]
    fn loading_a_missing_library_is_an_error() {
        let e = load_library_permanently(Some("/nonexistent/libnothing.so")).unwrap_err();
        assert!(e.contains("/nonexistent/libnothing.so"), "{e}");
        assert!(load_library_by_name("m").is_ok());
        assert!(load_library_by_name("surely-not-a-library").is_err());
    }
}
