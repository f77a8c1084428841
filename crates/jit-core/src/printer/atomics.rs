//! Atomic memory instructions, in the exact syntax the reader accepts.

use super::function::FunctionPrinter;
use crate::ir::{AtomicOrdering, InstKind, SyncScope, Type};
use std::fmt::{self, Write};

fn scope_and_ordering(
    out: &mut impl Write,
    scope: SyncScope,
    ordering: AtomicOrdering,
) -> fmt::Result {
    if scope == SyncScope::SingleThread {
        out.write_str(" syncscope(\"singlethread\")")?;
    }
    write!(out, " {}", ordering.name())
}

impl FunctionPrinter<'_> {
    /// Writes an atomic instruction (without the result name); false when `kind` is not one.
    pub(super) fn atomic_inst(
        &self,
        out: &mut impl Write,
        kind: &InstKind,
        result_ty: Option<Type>,
    ) -> Result<bool, fmt::Error> {
        let volatile_kw = |v: bool| if v { "volatile " } else { "" };
        match kind {
            InstKind::AtomicLoad {
                ptr,
                align,
                volatile,
                ordering,
                scope,
            } => {
                write!(out, "load atomic {}", volatile_kw(*volatile))?;
                self.write_opt_type(out, result_ty)?;
                out.write_str(", ")?;
                self.typed(out, *ptr)?;
                scope_and_ordering(out, *scope, *ordering)?;
                Self::align(out, *align)?;
            }
            InstKind::AtomicStore {
                value,
                ptr,
                align,
                volatile,
                ordering,
                scope,
            } => {
                write!(out, "store atomic {}", volatile_kw(*volatile))?;
                self.typed(out, *value)?;
                out.write_str(", ")?;
                self.typed(out, *ptr)?;
                scope_and_ordering(out, *scope, *ordering)?;
                Self::align(out, *align)?;
            }
            InstKind::AtomicRmw {
                op,
                ptr,
                value,
                align,
                volatile,
                ordering,
                scope,
            } => {
                write!(out, "atomicrmw {}{} ", volatile_kw(*volatile), op.name())?;
                self.typed(out, *ptr)?;
                out.write_str(", ")?;
                self.typed(out, *value)?;
                scope_and_ordering(out, *scope, *ordering)?;
                Self::align(out, *align)?;
            }
            InstKind::CmpXchg {
                ptr,
                expected,
                new,
                align,
                volatile,
                weak,
                success,
                failure,
                scope,
            } => {
                out.write_str("cmpxchg ")?;
                if *weak {
                    out.write_str("weak ")?;
                }
                out.write_str(volatile_kw(*volatile))?;
                self.typed(out, *ptr)?;
                out.write_str(", ")?;
                self.typed(out, *expected)?;
                out.write_str(", ")?;
                self.typed(out, *new)?;
                scope_and_ordering(out, *scope, *success)?;
                write!(out, " {}", failure.name())?;
                Self::align(out, *align)?;
            }
            InstKind::Fence { ordering, scope } => {
                out.write_str("fence")?;
                scope_and_ordering(out, *scope, *ordering)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
