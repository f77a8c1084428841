//! The process's symbol search as LLVM's `sys::DynamicLibrary` keeps it: shared libraries
//! loaded for good (`jit run -l NAME`, `--load PATH`, `LLVMLoadLibraryPermanently`), and
//! symbols registered by name (`LLVMAddSymbol`), which are found before any library.
//!
//! This is a thin layer over `jit_link::process`, the one search both engines use when a
//! module needs a name no module defines: added symbols, the process's global scope
//! (libraries loaded here are opened `RTLD_NOW | RTLD_GLOBAL` and never closed), `libc` and
//! `libm`, then the C++ runtime (`libstdc++.so.6`, `libgcc_s.so.1`), opened only when a
//! name is missing everywhere else.

use jit_link::process;

/// Opens a shared library for the rest of the process (never closed). `None` makes the
/// program's own symbols searchable, which they already are. The error names the library
/// and gives the dynamic loader's message.
pub fn load_library_permanently(path: Option<&str>) -> Result<(), String> {
    match path {
        None => Ok(()),
        Some(path) => process::load_library(path).map_err(|e| e.to_string()),
    }
}

/// Loads `libNAME.so` (as `-lNAME` would name it) from the dynamic loader's search path,
/// or its versioned name (`libstdc++.so.6`) when only that exists. Returns the file opened.
pub fn load_library_by_name(name: &str) -> Result<String, String> {
    process::load_library_by_name(name).map_err(|e| e.to_string())
}

/// Registers `name` at `address`, found before any library's symbol of that name by every
/// engine of the process (and by [`search_for_address_of_symbol`]).
pub fn add_symbol(name: &str, address: u64) {
    process::add_symbol(name, address);
}

/// The address of `name` as an engine would resolve a module's reference to it from the
/// process: a registered symbol, else the libraries (see the module documentation); `None`
/// when nowhere.
pub fn search_for_address_of_symbol(name: &str) -> Option<u64> {
    process::search(name)
}

/// The libraries a search goes through, in order, as shown in error messages.
pub fn searched_libraries() -> Vec<String> {
    process::searched()
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
    }

    #[test]
    fn loading_a_missing_library_is_an_error() {
        let e = load_library_permanently(Some("/nonexistent/libnothing.so")).unwrap_err();
        assert!(e.contains("/nonexistent/libnothing.so"), "{e}");
        assert!(load_library_by_name("m").is_ok());
        let e = load_library_by_name("surely-not-a-library").unwrap_err();
        assert!(e.contains("-lsurely-not-a-library"), "{e}");
        assert!(searched_libraries().iter().any(|l| l.starts_with("-lm (")));
    }
}
