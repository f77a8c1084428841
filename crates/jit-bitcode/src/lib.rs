//! LLVM bitcode for the jit IR: a reader of the format LLVM 19 writes (`clang -c
//! -emit-llvm`, `llvm-as`; LLVM 5 and later where the format allows) building straight
//! into [`jit_core::ir::Module`], and a writer whose output LLVM 19 reads back
//! (`llvm-dis`, `lli`, `clang`).
//!
//! ```text
//!   bitstream/   the container: bits, blocks, abbreviations, records (no IR knowledge)
//!   codes.rs     LLVM's block ids, record codes and encodings
//!   read/        bitcode → Module (module, types, attributes, constants, functions)
//!   write/       Module → bitcode
//!   fuzz.rs      the mutation harness (truncations, bit flips) the tests and CI run
//! ```
//!
//! The IR keeps what the `.ll` reader keeps (see [`jit_core::reader`]) except debug
//! information, so a module read from bitcode prints as the same text as the module read
//! from `llvm-dis` output of that bitcode when it has none. **Debug information**: the
//! reader leaves [`jit_core::ir::Module::debug`], `InstData::dbg`,
//! `Function::subprogram` and `Body::debug_declares` empty (debug metadata is skipped
//! with the rest of the metadata, `llvm.dbg.declare` calls and `#dbg_*` records are
//! dropped); the writer writes none of it (a module with debug information is written as
//! one without). Bad input never panics and never loops: every length in the file is checked
//! against what is left of it, and errors ([`BitcodeError`]) name the bit offset and the
//! block and record being read. Not read: metadata (skipped whole), use-list orders,
//! summaries, symbol tables; not written: metadata other than what dropped `metadata`
//! arguments need, comdats, visibility (the IR has none of them).

mod bitstream;
mod codes;
mod error;
pub mod fuzz;
mod read;
mod write;

pub use error::{BitcodeError, BitcodeErrorKind};
pub use read::read_module;
pub use write::write_module;

/// True when `bytes` start like bitcode: the raw magic `BC\xC0\xDE` or the wrapper
/// header's `\xDE\xC0\x17\x0B`.
pub fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.len() >= 4 && (bytes[..4] == codes::MAGIC || bytes[..4] == codes::WRAPPER_MAGIC)
}
