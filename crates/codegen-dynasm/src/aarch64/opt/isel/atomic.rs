//! Atomics with the ARMv8.0 base instruction set (no LSE, so the code runs on every ARMv8
//! core), as tier 0 does: `ldar`/`stlr` for acquire loads and release stores (RCsc, so
//! `seq_cst` needs no extra barrier), load/store-exclusive loops for `atomicrmw` and
//! `cmpxchg`, `dmb ish`/`dmb ishld` for fences.

use jit_core::ir::{AtomicOrdering, InstKind, RmwOp, SyncScope, Type, Value};

use super::super::inst::{Inst, Size};
use super::Isel;
use crate::machinst::lower::{LResult, unsupported};

impl Isel<'_, '_> {
    /// Bytes of an atomic access of `ty` (an integer of 8, 16, 32 or 64 bits, or a pointer).
    fn atomic_bytes(&self, ty: Type) -> LResult<u8> {
        let bits = self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) || bits != (bytes * 8) as u32 {
            return unsupported(format!(
                "atomic accesses of type {}",
                self.ctx.m.types.display(ty)
            ));
        }
        Ok(bytes as u8)
    }

    /// Lowers `load atomic`, `store atomic`, `fence`, `atomicrmw` and `cmpxchg`.
    pub(super) fn atomic(&mut self, kind: &InstKind, result: Option<Value>) -> LResult {
        match *kind {
            InstKind::AtomicLoad { ptr, ordering, .. } => {
                let Some(v) = result else {
                    return unsupported("an atomic load without a result");
                };
                let ty = self.ctx.value_ty(v);
                let bytes = self.atomic_bytes(ty)?;
                if !ordering.is_acquire() {
                    return self.load_value(ptr, v);
                }
                let dst = self.ctx.value_reg(v)?;
                let base = self.put(ptr)?;
                self.emit(Inst::LoadAcquire { bytes, dst, base });
                Ok(())
            }
            InstKind::AtomicStore {
                value,
                ptr,
                ordering,
                ..
            } => {
                let bytes = self.atomic_bytes(self.ctx.ty(value))?;
                if !ordering.is_release() {
                    return self.store(value, ptr);
                }
                let src = self.put_z(value)?;
                let base = self.put(ptr)?;
                self.emit(Inst::StoreRelease { bytes, src, base });
                Ok(())
            }
            InstKind::Fence { ordering, scope } => {
                if scope == SyncScope::System {
                    match ordering {
                        AtomicOrdering::Acquire => self.emit(Inst::Fence { acquire: true }),
                        AtomicOrdering::Release
                        | AtomicOrdering::AcqRel
                        | AtomicOrdering::SeqCst => self.emit(Inst::Fence { acquire: false }),
                        _ => {}
                    }
                }
                Ok(())
            }
            InstKind::AtomicRmw {
                op,
                ptr,
                value,
                ordering,
                ..
            } => {
                let Some(v) = result else {
                    return unsupported("an atomicrmw without a result");
                };
                if !matches!(
                    op,
                    RmwOp::Xchg
                        | RmwOp::Add
                        | RmwOp::Sub
                        | RmwOp::And
                        | RmwOp::Nand
                        | RmwOp::Or
                        | RmwOp::Xor
                        | RmwOp::Max
                        | RmwOp::Min
                        | RmwOp::UMax
                        | RmwOp::UMin
                ) {
                    return unsupported(format!("atomicrmw {}", op.name()));
                }
                let ty = self.ctx.ty(value);
                let bytes = self.atomic_bytes(ty)?;
                let mut val = self.put(value)?;
                if matches!(op, RmwOp::Max | RmwOp::Min) && bytes < 4 {
                    val = self.sext(val, u32::from(bytes) * 8, Size::W);
                }
                let base = self.put(ptr)?;
                let old = self.ctx.value_reg(v)?;
                let (new, status) = (self.tmp(), self.tmp());
                self.emit(Inst::AtomicRmw {
                    op,
                    bytes,
                    acquire: ordering.is_acquire(),
                    release: ordering.is_release(),
                    base,
                    val,
                    old,
                    new,
                    status,
                });
                Ok(())
            }
            InstKind::CmpXchg {
                ptr,
                expected,
                new,
                success,
                failure,
                ..
            } => {
                let Some(v) = result else {
                    return unsupported("a cmpxchg without a result");
                };
                let bytes = self.atomic_bytes(self.ctx.ty(expected))?;
                let dsts = self.ctx.value_regs(v)?.to_vec();
                let [old, ok] = dsts[..] else {
                    return unsupported("a cmpxchg result of another shape");
                };
                let e = self.put(expected)?;
                let n = self.put(new)?;
                let base = self.put(ptr)?;
                let status = self.tmp();
                self.emit(Inst::CmpXchg {
                    bytes,
                    acquire: success.is_acquire() || failure.is_acquire(),
                    release: success.is_release(),
                    base,
                    expected: e,
                    new: n,
                    old,
                    ok,
                    status,
                });
                Ok(())
            }
            _ => unsupported("not an atomic instruction"),
        }
    }
}
