//! The writer (see `module.rs`).

use jit_core::ir::Module;

/// Writes `m` as bitcode.
pub fn write_module(m: &Module) -> Vec<u8> {
    let _ = m;
    Vec::new()
}
