//! The IR module linker: moves one [`Module`] into another, resolving symbols by linkage
//! as `llvm-link` and `LLVMLinkModules2` do. Used by the C API, `jit link` and `jit run
//! --extra-module` on the interpreter's behalf where one module is wanted.
//!
//! ```text
//!   types.rs    source types → destination types (named structs merged by name and body)
//!   resolve.rs  which definition of each external symbol survives
//!   copy.rs     constants and function bodies rewritten into the destination
//! ```
//!
//! # Rules
//! - A declaration takes the definition from the other module; two declarations merge.
//! - Of two definitions, a strong one (`external`, `internal` aside) beats `weak`,
//!   `linkonce` (`_odr` too), `common` and `available_externally`; between two weak ones
//!   the destination's stays; of two `common` the larger stays; two strong definitions are
//!   an error ([`LinkError::MultiplyDefined`]).
//! - `appending` globals (`llvm.global_ctors`, `llvm.global_dtors`, `llvm.used`) are
//!   concatenated, destination elements first.
//! - `internal` and `private` symbols never resolve across modules: a source local whose
//!   name is taken is renamed (`name.1`, ...), and a destination local that an incoming
//!   external symbol needs the name of is renamed likewise.
//! - Comdats are not in the IR (its readers drop them), so a comdat group is resolved
//!   member by member through the linkage of each member: with the `linkonce_odr` members
//!   clang emits, the result is the same definitions, with duplicate private members kept.
//! - Modules for different architectures do not link ([`LinkError::Target`]); the
//!   destination keeps its triple and data layout (the source's when it has none).

mod copy;
mod resolve;
mod types;

use jit_core::ir::Module;

/// Why two modules do not link.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Two strong definitions of one symbol.
    #[error("symbol `@{name}` is defined in both `{dest}` and `{src}`")]
    MultiplyDefined {
        /// The symbol.
        name: String,
        /// The destination module's name.
        dest: String,
        /// The source module's name.
        src: String,
    },
    /// The modules are for different machines.
    #[error("cannot link `{src}` (triple `{src_triple}`) into `{dest}` (triple `{dest_triple}`)")]
    Target {
        /// The destination module.
        dest: String,
        /// Its triple.
        dest_triple: String,
        /// The source module.
        src: String,
        /// Its triple.
        src_triple: String,
    },
    /// The symbols cannot be resolved as written (appending with non-appending, a
    /// malformed module).
    #[error("cannot link `{src}` into `{dest}`: {message}")]
    Invalid {
        /// The destination module.
        dest: String,
        /// The source module.
        src: String,
        /// What is wrong.
        message: String,
    },
}

/// Links `src` into `dest`; `src` is consumed. On error `dest` may hold part of `src`
/// (as with LLVM, the destination should then be discarded).
pub fn link_modules(dest: &mut Module, src: Module) -> Result<(), LinkError> {
    check_targets(dest, &src)?;
    if dest.triple.is_none() {
        dest.triple = src.triple.clone();
    }
    if dest.datalayout.is_none() {
        dest.datalayout = src.datalayout.clone();
    }
    if dest.source_filename.is_none() {
        dest.source_filename = src.source_filename.clone();
    }
    let (dest_name, src_name) = (dest.name.clone(), src.name.clone());
    let invalid = |message: String| LinkError::Invalid {
        dest: dest_name.clone(),
        src: src_name.clone(),
        message,
    };
    let tmap = types::map_types(dest, &src).map_err(&invalid)?;
    let plan = resolve::plan(dest, &src, &tmap)?;
    copy::copy(dest, &src, &tmap, &plan).map_err(&invalid)
}

fn check_targets(dest: &Module, src: &Module) -> Result<(), LinkError> {
    let (Some(a), Some(b)) = (&dest.triple, &src.triple) else {
        return Ok(());
    };
    let arch = |t: &str| jit_core::Arch::from_triple(t);
    if arch(a) != arch(b) {
        return Err(LinkError::Target {
            dest: dest.name.clone(),
            dest_triple: a.clone(),
            src: src.name.clone(),
            src_triple: b.clone(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
