//! The `.ll` printer: writes a [`Module`] as LLVM IR text in clang's style.
//!
//! The output is meant to be read back by [`crate::reader`] into an equal module and to be
//! accepted by LLVM's own tools (`llvm-as`, `opt -S`). What it writes:
//!
//! - the header (`; ModuleID`, `source_filename`, `target datalayout`, `target triple`),
//!   named struct definitions, globals, aliases, then functions in module order;
//! - function attributes inline after the parameter list (no `#N` attribute groups);
//! - unnamed values and blocks numbered exactly as LLVM numbers them: parameters first, then
//!   for each block in layout order its label (when unnamed; an unnamed entry block takes a
//!   number but prints no label) and the unnamed instruction results in order;
//! - names quoted where LLVM's lexer needs it; duplicate names inside one function (possible
//!   through [`crate::ir::FunctionBuilder`]) are made unique deterministically by appending the
//!   smallest number that makes them unique (`x`, `x1`, `x2`, ...), so the text never holds two
//!   definitions of one name;
//! - floating-point constants in LLVM's format: `%e`-style decimal with six fraction digits
//!   when that reads back to the same `double`, else the `double`'s bits in hexadecimal.
//!
//! - a `metadata` argument the reader dropped (kept as `metadata undef`) as `!{}`, and as a
//!   one-scope list for `llvm.experimental.noalias.scope.decl`, so LLVM accepts the text;
//! - block labels with LLVM's `; preds = ...` comment;
//! - debug information ([`crate::ir::DebugInfo`]) as LLVM 19 writes it: `!dbg !N` on
//!   instructions and definitions, `#dbg_declare` records, the `DI*` nodes,
//!   `!llvm.dbg.cu` and the "Dwarf Version" / "Debug Info Version" module flags, numbered
//!   by a walk of the module so that printing what was read back gives the same text
//!   (see `debuginfo.rs` for what is left out because LLVM's verifier would reject it;
//!   declarations' subprograms are not written). [`print_function`] and
//!   [`print_instruction`] write no debug information.
//!
//! Everything is written through [`std::fmt::Write`] into one buffer; malformed IR (indices
//! out of range, built through the API) never panics, it prints as `<badref>` or `<badtype>`
//! so the [`crate::verifier`] can show it.
//!
//! # Layout
//! `module.rs` and `function.rs` walk the module; `instructions.rs` writes one instruction;
//! `slots.rs` numbers values and blocks; `types.rs`, `constants.rs`, `floats.rs`,
//! `attrs.rs` and `names.rs` write the pieces.

mod atomics;
mod attrs;
mod constants;
mod debuginfo;
mod floats;
mod function;
mod instructions;
mod module;
mod names;
mod slots;
mod types;

pub use floats::write_float_literal;
pub(crate) use function::FunctionPrinter;
pub(crate) use slots::Slots;

use crate::ir::{FuncId, Inst, Module, Type, Types};
use constants::write_typed_const;
use module::{ModulePrinter, estimate_size};
use std::fmt::{self, Write};
use types::write_type_in;

/// Nesting limit for types and constants, so that cyclic garbage (forward indices made
/// through the API) cannot recurse without end.
const MAX_DEPTH: u32 = 256;

/// Prints a whole module.
pub fn print_module(m: &Module) -> String {
    let mut s = String::with_capacity(estimate_size(m));
    // Writing into a `String` cannot fail.
    let _ = write_module(&mut s, m);
    s
}

/// Writes a whole module to `out`.
pub fn write_module(out: &mut impl Write, m: &Module) -> fmt::Result {
    ModulePrinter::new(m).module(out)
}

/// A module that displays as its `.ll` text: `format!("{}", DisplayModule(&m))`.
pub struct DisplayModule<'a>(pub &'a Module);

impl fmt::Display for DisplayModule<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_module(f, self.0)
    }
}

/// Prints one function (`define ... { ... }` or `declare ...`), numbered as in the module.
pub fn print_function(m: &Module, f: FuncId) -> String {
    let mut s = String::new();
    let mut p = ModulePrinter::new(m);
    let _ = p.function(&mut s, f);
    s
}

/// Prints one instruction of function `f` without indentation or newline
/// (`%3 = add nsw i32 %1, %2`), with the value numbering of the whole function.
pub fn print_instruction(m: &Module, f: FuncId, inst: Inst) -> String {
    let mut s = String::new();
    if let Some(func) = m.functions.get(f) {
        let slots = Slots::new(func);
        let _ = FunctionPrinter::new(m, func, &slots).inst(&mut s, inst);
    } else {
        s.push_str("<badref>");
    }
    s
}

/// Prints a constant with its type (`i32 -1`, `ptr @g`, `[2 x i8] c"a\00"`).
pub fn print_constant(m: &Module, c: crate::ir::Const) -> String {
    let mut s = String::new();
    let _ = write_typed_const(&mut s, m, c, Nest::TOP);
    s
}

/// Prints a type (`{ i32, ptr }`); unlike [`Types::display`] it never panics on indices
/// outside the table.
pub fn print_type(types: &Types, t: Type) -> String {
    let mut s = String::new();
    let _ = write_type(&mut s, types, t);
    s
}

/// Writes a type in `.ll` syntax, printing `<badtype>` for indices outside the table.
pub fn write_type(out: &mut impl Write, types: &Types, t: Type) -> fmt::Result {
    write_type_in(out, types, t, Nest::TOP)
}

/// Where a recursive walk over types or constants is. Interning makes every member of a
/// literal type, and every operand of a constant, older (a smaller index) than its parent,
/// so a member that is not older is malformed (possibly cyclic) and is not followed; depth
/// is capped as well, to bound the stack.
#[derive(Copy, Clone)]
struct Nest {
    below: usize,
    depth: u32,
}

impl Nest {
    const TOP: Nest = Nest {
        below: usize::MAX,
        depth: 0,
    };
    /// The nest for the members of entity `index`, or `None` when it must not be entered.
    fn enter(self, index: usize) -> Option<Nest> {
        (index < self.below && self.depth < MAX_DEPTH).then_some(Nest {
            below: index,
            depth: self.depth + 1,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests;
