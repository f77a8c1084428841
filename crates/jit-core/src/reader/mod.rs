//! The `.ll` reader: LLVM IR text in, a [`Module`] out.
//!
//! It reads everything clang 19 emits for plain C (any optimisation level, x86-64 and
//! AArch64 triples, with or without `-g`) and rejects the rest of LLVM IR with a clear
//! [`ParseError`] naming the construct and its `line:col`. It never panics on bad input
//! and runs in linear time: one pass, a hand-written lexer handing out zero-copy tokens,
//! recursive descent with a depth limit, and forward references (values, blocks, globals,
//! types, attribute groups) resolved without a second pass.
//!
//! ```text
//!   &str ──lexer──▶ tokens ──parser──▶ Module (types, constants, globals, functions)
//!                             ├─ toplevel.rs   type definitions, globals, aliases, headers
//!                             ├─ types.rs      types, named structs
//!                             ├─ constants.rs  literals, aggregates, constant expressions
//!                             ├─ attrs.rs      attributes
//!                             ├─ metadata.rs   metadata, debug information
//!                             ├─ function.rs   bodies, blocks, local symbol table
//!                             ├─ instructions.rs  one parser per opcode
//!                             └─ checks.rs     operand type rules
//! ```
//!
//! # What is kept, ignored and rejected
//! - **Kept**: named and literal types; globals with linkage, `constant`, `align`,
//!   `section`, `thread_local`, `unnamed_addr`, initializer; aliases; functions with
//!   linkage, parameter/return attributes that matter ([`crate::ir::ParamAttrs`]), the
//!   [`crate::ir::FnAttrs`] bits (from inline keywords and `#N` groups), `align`, the
//!   personality function (any `ptr` constant); every
//!   instruction of [`crate::ir::InstKind`] with its flags; a [`crate::ir::SrcLoc`] on every
//!   instruction, block, function and global.
//! - **Debug information** (`metadata.rs`): `!dbg` on instructions and functions,
//!   `llvm.dbg.declare` calls and `#dbg_declare` records (whose address is a local value),
//!   and the `DI*` nodes they reach, resolved at the end of the module into
//!   [`crate::ir::DebugInfo`]; the "Dwarf Version" module flag. Every `!N` must be defined.
//! - **Ignored** (parsed and dropped): comments, `; ModuleID` (used as the module name
//!   when present), comdats, visibility, `dso_local`, partitions, other metadata (TBAA,
//!   loop metadata, other module flags, `DIGlobalVariableExpression`s, unknown `DI*`
//!   kinds) and attachments, `#dbg_value`/`#dbg_assign`/`#dbg_label` records and the
//!   other `llvm.dbg.*` calls (dropped entirely: variable values are not modelled), other
//!   `metadata` call arguments (kept as `undef` of type `metadata`), call-site attribute
//!   groups, operand bundles on `llvm.assume`, other attributes. `fastcc` is read as the C convention (clang's optimiser only gives it to
//!   internal functions whose every call is in the module).
//! - **Rejected** ([`ParseErrorKind::Unsupported`]): module-level asm, funclet exception
//!   handling (`catchpad`, `cleanuppad`, `catchswitch`, `catchret`, `cleanupret`; Itanium
//!   `invoke`, `landingpad`, `resume` and `personality` are read), `callbr`,
//!   synchronization scopes other than the system and `singlethread`, other
//!   calling conventions, `half`/`bfloat`/`ppc_fp128`, integers wider
//!   than LangRef's 2^23 - 1 bits, scalable vectors, `token`, `label` parameters, operand bundles, GC,
//!   prefix/prologue data, ifuncs, module asm, `inalloca`, address spaces other than 0 on
//!   globals, typed pointers.
//!
//! # Checked here, and left to the verifier
//! The reader checks what it can see while reading: every operand against the type written
//! before it (including forward references, checked when the definition arrives), integer
//! literals against their width, `float` literals for exactness, aggregate constants against
//! their type, operand kinds of arithmetic, comparisons and casts, call and invoke arguments
//! against an explicit function type, `landingpad` clauses (constants; arrays for `filter`,
//! non-arrays for `catch`), `getelementptr` struct indices, `extractvalue`/`insertvalue`
//! paths, `ret` against the return type, numbering order, duplicate and undefined names,
//! structs that contain themselves. Not checked here (the verifier's job): terminators at the
//! end of blocks (a block may end without one), phis at block starts and matching
//! predecessors, dominance, calls matching the callee's declared type, intrinsic signatures.

mod attrs;
mod blockaddr;
mod checks;
mod constants;
mod error;
mod function;
pub(crate) mod fxhash;
mod instructions;
mod lexer;
mod metadata;
mod parser;
mod toplevel;
mod types;

#[cfg(test)]
mod tests;

pub use error::{ParseError, ParseErrorKind};

use crate::ir::Module;

/// Reads a module from `.ll` text. `file_name` is used in error messages, and as the
/// module name unless the text starts with a `; ModuleID = '...'` comment.
pub fn parse_module(source: &str, file_name: &str) -> Result<Module, ParseError> {
    if u32::try_from(source.len()).is_err() {
        return Err(ParseError {
            file: file_name.to_string(),
            line: 1,
            col: 1,
            message: "input is larger than 4 GiB".to_string(),
            kind: ParseErrorKind::Limit,
        });
    }
    let name = module_id(source).unwrap_or(file_name);
    let mut module = parser::Parser::new(source, name)
        .and_then(|p| p.parse_module())
        .map_err(|d| d.into_error(file_name))?;
    module.source_path = Some(file_name.to_string());
    Ok(module)
}

/// The name in a leading `; ModuleID = 'name'` comment.
fn module_id(source: &str) -> Option<&str> {
    let rest = source.strip_prefix("; ModuleID = '")?;
    let line = rest.lines().next()?;
    line.strip_suffix('\'')
}
