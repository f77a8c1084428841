//! The writer: a [`Module`] out as bitcode that LLVM 19 reads (`llvm-dis-19` prints it as
//! the text our printer writes, up to the order of named struct definitions).
//!
//! ```text
//!   enumerate.rs  value ids (globals, functions, aliases, then every constant used, in
//!                 dependency order), type ids (elements before the types made of them),
//!                 the constants a record needs that the IR keeps inline (switch case
//!                 values, shuffle masks), attribute groups and lists
//!   module.rs     identification, module header and global records, constants,
//!                 metadata for dropped `metadata` arguments, string table
//!   function.rs   function bodies, one encoder per instruction kind
//! ```
//!
//! Every record is unabbreviated (the string table's blob excepted); the files are about
//! twice the size of LLVM's own, and read as fast. The format is module version 2 (value
//! ids relative to the instruction, names in the string table), as LLVM 5 to 19 write it.

mod enumerate;
mod function;
mod module;

use jit_core::ir::Module;

/// Why a module cannot be written: it is malformed (an index out of range, a construct
/// the verifier rejects), which only a module built by hand can be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot write bitcode for module `{module}`: {message}")]
pub struct WriteError {
    /// The module's name.
    pub module: String,
    /// What is wrong.
    pub message: String,
}

pub(crate) type WResult<T> = Result<T, String>;

/// Writes `m` as bitcode.
pub fn write_module(m: &Module) -> Result<Vec<u8>, WriteError> {
    module::write(m).map_err(|message| WriteError {
        module: m.name.clone(),
        message,
    })
}
