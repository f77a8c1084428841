//! Atomic instructions: each becomes one op that the execution loop performs with the
//! host's atomic instructions ([`crate::atomics`]).

use super::{LResult, Lowerer, unsupported};
use crate::code::*;
use jit_core::ir::{InstKind, Operand, Type};

impl Lowerer<'_, '_> {
    /// Bytes an atomic access of type `ty` touches (1, 2, 4 or 8).
    fn atomic_size(&self, ty: Type) -> LResult<u8> {
        match self.dl.store_size(&self.m.types, ty) {
            n @ (1 | 2 | 4 | 8) => Ok(n as u8),
            n => unsupported(format!("atomic access of {n} bytes")),
        }
    }

    fn atomic_operand_size(&self, op: Operand) -> LResult<u8> {
        self.atomic_size(self.oty(op))
    }

    pub(super) fn atomic(&mut self, kind: &InstKind, dst: Slot, rty: Type) -> LResult<()> {
        match kind {
            InstKind::AtomicLoad { ptr, ordering, .. } => {
                let size = self.atomic_size(rty)?;
                let ptr = self.opnd(*ptr)?;
                self.push(Op::AtomicLoad {
                    dst,
                    ptr,
                    size,
                    ordering: *ordering,
                });
            }
            InstKind::AtomicStore {
                value,
                ptr,
                ordering,
                ..
            } => {
                let size = self.atomic_operand_size(*value)?;
                let (src, ptr) = (self.opnd(*value)?, self.opnd(*ptr)?);
                self.push(Op::AtomicStore {
                    src,
                    ptr,
                    size,
                    ordering: *ordering,
                });
            }
            InstKind::AtomicRmw {
                op,
                ptr,
                value,
                ordering,
                ..
            } => {
                let size = self.atomic_operand_size(*value)?;
                let (ptr, val) = (self.opnd(*ptr)?, self.opnd(*value)?);
                self.push(Op::AtomicRmw {
                    op: *op,
                    size,
                    ordering: *ordering,
                    dst,
                    ptr,
                    val,
                });
            }
            InstKind::CmpXchg {
                ptr,
                expected,
                new,
                success,
                failure,
                ..
            } => {
                let size = u32::from(self.atomic_operand_size(*expected)?);
                let site = CmpXchgSite {
                    ptr: self.opnd(*ptr)?,
                    expected: self.opnd(*expected)?,
                    new: self.opnd(*new)?,
                    size,
                    dst,
                    words: self.words(rty),
                    success: *success,
                    failure: *failure,
                };
                let idx = self.out.cmpxchgs.len() as u32;
                self.out.cmpxchgs.push(site);
                self.push(Op::CmpXchg { idx });
            }
            InstKind::Fence { ordering, scope } => self.push(Op::Fence {
                ordering: *ordering,
                scope: *scope,
            }),
            _ => return unsupported(format!("'{}' is not atomic", kind.opcode())),
        }
        Ok(())
    }
}
