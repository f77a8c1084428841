//! What can go wrong while linking, each variant saying whose fault it is.

use jit_core::memory::{MmError, ModuleId};
use jit_core::object::RelocKind;
use jit_core::target::Arch;

/// A linking failure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// The object's code is for another architecture than the linker's (caller's input).
    #[error("object `{object}` contains {object_arch} code, the linker links {linker_arch}")]
    WrongArch {
        /// Object name.
        object: String,
        /// The object's architecture.
        object_arch: Arch,
        /// The linker's architecture.
        linker_arch: Arch,
    },
    /// An object is already loaded for that owner (engine bug).
    #[error("an object is already loaded for module {0:?}")]
    AlreadyLoaded(ModuleId),
    /// The memory manager refused (resource limit or the manager's fault).
    #[error("object `{object}`: {source}")]
    Memory {
        /// Object name.
        object: String,
        /// The manager's error.
        source: MmError,
    },
    /// A symbol resolves nowhere: not in the engine's objects, not in the global mappings,
    /// not in the process (the program's fault, or a missing library).
    #[error(
        "undefined symbol `{symbol}` {}; searched {}",
        jit_core::engine::undefined_symbol_user(.module, .referenced_from.as_deref()),
        jit_core::engine::undefined_symbol_searched(.searched)
    )]
    UndefinedSymbol {
        /// The symbol.
        symbol: String,
        /// The object needing it.
        module: String,
        /// The function (or data) whose code or initializer refers to it, when known.
        referenced_from: Option<String>,
        /// The libraries searched, in order (see `process::searched`).
        searched: Vec<String>,
    },
    /// Two objects define the same strong global symbol (the program's fault).
    #[error("symbol `{symbol}` is defined by both `{first}` and `{second}`")]
    DuplicateSymbol {
        /// The symbol.
        symbol: String,
        /// The object defining it first.
        first: String,
        /// The object defining it again.
        second: String,
    },
    /// A relocated value does not fit its field (the objects are too far apart or the code
    /// model is wrong).
    #[error(
        "relocation {kind:?} against `{symbol}` at `{section}`+{offset:#x} in `{object}` overflows: value {value:#x} {why}"
    )]
    Overflow {
        /// Object name.
        object: String,
        /// Section patched.
        section: String,
        /// Offset of the place.
        offset: u64,
        /// Relocation kind.
        kind: RelocKind,
        /// Target symbol (`<section>` for section symbols).
        symbol: String,
        /// The value that did not fit.
        value: i128,
        /// What the field needs.
        why: &'static str,
    },
    /// A relocation or symbol refers outside its object (malformed input).
    #[error("object `{object}`: {message}")]
    Malformed {
        /// Object name.
        object: String,
        /// What is wrong.
        message: String,
    },
}
