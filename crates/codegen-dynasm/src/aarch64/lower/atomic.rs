//! Atomic instructions on AArch64 with the ARMv8.0 base instruction set (no LSE, so the
//! code runs on every ARMv8 core): `ldar`/`stlr` for acquire loads and release stores,
//! load/store-exclusive loops for read-modify-writes and `cmpxchg` (the acquire `ldaxr*`
//! and release `stlxr*` forms chosen per ordering), `dmb ish` / `dmb ishld` for fences.
//! Acquire/release exclusives are sequentially consistent with `ldar`/`stlr` (RCsc), which
//! is what makes `seq_cst` operations need no extra barrier.

use dynasmrt::{DynasmApi, DynasmLabelApi, dynasm};
use jit_core::backend::CodegenError;
use jit_core::ir::{AtomicOrdering, InstKind, RmwOp, SyncScope, Type, TypeData, Value};

use super::{FnLower, R};
use crate::aarch64::emit::{Cond, FP, Mem, X9, X10, X11, X12, X13, X14, X15};

/// The zero register in the `Rt2`/`Rs` fields of exclusive instructions.
const ZR: u32 = 31;
/// `dmb ish`: full barrier in the inner-shareable domain.
const DMB_ISH: u32 = 0xd503_3bbf;
/// `dmb ishld`: orders earlier loads against later loads and stores.
const DMB_ISHLD: u32 = 0xd503_39bf;
/// `clrex`: drops the exclusive monitor after a failed compare.
const CLREX: u32 = 0xd503_305f;

/// Encodes a load/store-exclusive-family instruction of `n` bytes: `o2`, `l` (load),
/// `o0` (acquire/release), status register `rs` (`ZR` for loads).
fn exclusive(n: u32, o2: u32, l: u32, o0: u32, rs: u32, rn: u8, rt: u8) -> u32 {
    let size = n.trailing_zeros();
    (size << 30)
        | 0x0800_0000
        | (o2 << 23)
        | (l << 22)
        | (rs << 16)
        | (o0 << 15)
        | (ZR << 10)
        | (u32::from(rn) << 5)
        | u32::from(rt)
}

impl FnLower<'_, '_> {
    fn atomic_bytes(&self, ty: Type) -> Result<u32, CodegenError> {
        let n = self.store_size(ty);
        if !matches!(n, 1 | 2 | 4 | 8) || !self.is_word(ty) {
            return Err(self.err(format!(
                "atomic access of type `{}`",
                self.m.types.display(ty)
            )));
        }
        Ok(n as u32)
    }

    /// `ldxr*`/`ldaxr*` of `n` bytes: `rt` = zero-extended `[rn]`.
    fn load_exclusive(&mut self, n: u32, acquire: bool, rt: u8, rn: u8) {
        self.asm
            .word(exclusive(n, 0, 1, u32::from(acquire), ZR, rn, rt));
    }

    /// `stxr*`/`stlxr*` of `n` bytes: `ws` = 0 when `rt` was stored.
    fn store_exclusive(&mut self, n: u32, release: bool, ws: u8, rt: u8, rn: u8) {
        self.asm.word(exclusive(
            n,
            0,
            0,
            u32::from(release),
            u32::from(ws),
            rn,
            rt,
        ));
    }

    /// Lowers `load atomic`, `store atomic`, `atomicrmw`, `cmpxchg` and `fence`.
    pub(super) fn atomic(&mut self, kind: &InstKind, res: Option<Value>) -> R {
        match kind {
            InstKind::AtomicLoad { ptr, ordering, .. } => {
                let v = self.result(res)?;
                let n = self.atomic_bytes(self.body.values[v].ty)?;
                let o = self.slot(v)?;
                self.gp(X9, *ptr)?;
                if ordering.is_acquire() {
                    self.asm.word(exclusive(n, 1, 1, 1, ZR, X9, X10)); // ldar*
                } else {
                    self.asm.ld(Mem::of_size(n), X10, X9, 0);
                }
                self.asm.stx(X10, FP, o);
                Ok(())
            }
            InstKind::AtomicStore {
                value,
                ptr,
                ordering,
                ..
            } => {
                let n = self.atomic_bytes(self.ty_of(*value))?;
                self.gp(X9, *ptr)?;
                self.gp(X10, *value)?;
                if ordering.is_release() {
                    self.asm.word(exclusive(n, 1, 0, 1, ZR, X9, X10)); // stlr*
                } else {
                    self.asm.st(Mem::of_size(n), X10, X9, 0);
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
                let v = self.result(res)?;
                let ty = self.ty_of(*value);
                let n = self.atomic_bytes(ty)?;
                let o = self.slot(v)?;
                self.gp(X9, *ptr)?;
                self.gp(X10, *value)?;
                let again = self.asm.ops.new_dynamic_label();
                self.asm.ops.dynamic_label(again);
                self.load_exclusive(n, ordering.is_acquire(), X11, X9);
                self.rmw_compute(*op, n, ty)?;
                self.store_exclusive(n, ordering.is_release(), X13, X12, X9);
                dynasm!(self.asm.ops ; .arch aarch64 ; cbnz W(X13), =>again);
                self.asm.stx(X11, FP, o);
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
                let v = self.result(res)?;
                let n = self.atomic_bytes(self.ty_of(*expected))?;
                let o = self.slot(v)?;
                self.gp(X9, *ptr)?;
                self.gp(X10, *expected)?;
                self.gp(X12, *new)?;
                let acquire = success.is_acquire() || failure.is_acquire();
                let (again, fail, done) = (
                    self.asm.ops.new_dynamic_label(),
                    self.asm.ops.new_dynamic_label(),
                    self.asm.ops.new_dynamic_label(),
                );
                self.asm.ops.dynamic_label(again);
                self.load_exclusive(n, acquire, X11, X9);
                self.asm.cmp(X11, X10);
                self.asm.bcond(Cond::Ne, fail);
                self.store_exclusive(n, success.is_release(), X13, X12, X9);
                dynasm!(self.asm.ops ; .arch aarch64 ; cbnz W(X13), =>again);
                self.asm.imm(X14, 1);
                self.asm.b(done);
                self.asm.ops.dynamic_label(fail);
                self.asm.word(CLREX);
                self.asm.imm(X14, 0);
                self.asm.ops.dynamic_label(done);
                if n == 8 {
                    self.asm.stx(X11, FP, o);
                    self.asm.stx(X14, FP, o + 8);
                } else {
                    // `{ iN, i1 }`: the flag is the byte right after the value.
                    let sh = n * 8;
                    dynasm!(self.asm.ops ; .arch aarch64 ; lsl X(X14), X(X14), sh ; orr X(X11), X(X11), X(X14));
                    self.asm.stx(X11, FP, o);
                }
                Ok(())
            }
            InstKind::Fence { ordering, scope } => {
                if *scope == SyncScope::System {
                    match ordering {
                        AtomicOrdering::Acquire => self.asm.word(DMB_ISHLD),
                        AtomicOrdering::Release
                        | AtomicOrdering::AcqRel
                        | AtomicOrdering::SeqCst => self.asm.word(DMB_ISH),
                        _ => {}
                    }
                }
                Ok(())
            }
            _ => Err(self.err("not an atomic instruction")),
        }
    }

    /// `x12` = `op(x11, x10)` for an `atomicrmw` of `n` bytes (`x11` the old value, `x10`
    /// the operand, both zero-extended); clobbers `x14`, `x15`, `v16`, `v17`.
    fn rmw_compute(&mut self, op: RmwOp, n: u32, ty: Type) -> R {
        let bits = n * 8;
        match op {
            RmwOp::Xchg => self.asm.mov(X12, X10),
            RmwOp::Add => dynasm!(self.asm.ops ; .arch aarch64 ; add X(X12), X(X11), X(X10)),
            RmwOp::Sub => dynasm!(self.asm.ops ; .arch aarch64 ; sub X(X12), X(X11), X(X10)),
            RmwOp::And => dynasm!(self.asm.ops ; .arch aarch64 ; and X(X12), X(X11), X(X10)),
            RmwOp::Or => dynasm!(self.asm.ops ; .arch aarch64 ; orr X(X12), X(X11), X(X10)),
            RmwOp::Xor => dynasm!(self.asm.ops ; .arch aarch64 ; eor X(X12), X(X11), X(X10)),
            RmwOp::Nand => dynasm!(self.asm.ops ; .arch aarch64
                ; and X(X12), X(X11), X(X10) ; mvn X(X12), X(X12)),
            RmwOp::Max | RmwOp::Min => {
                self.asm.sext(X14, X11, bits);
                self.asm.sext(X15, X10, bits);
                self.asm.cmp(X14, X15);
                let c = if op == RmwOp::Max { Cond::Ge } else { Cond::Le };
                self.asm.csel(X12, X11, X10, c);
            }
            RmwOp::UMax | RmwOp::UMin => {
                self.asm.cmp(X11, X10);
                let c = if op == RmwOp::UMax {
                    Cond::Hs
                } else {
                    Cond::Ls
                };
                self.asm.csel(X12, X11, X10, c);
            }
            RmwOp::UIncWrap => {
                dynasm!(self.asm.ops ; .arch aarch64 ; add x12, x11, 1);
                self.asm.cmp(X11, X10);
                self.asm.csel(X12, ZR as u8, X12, Cond::Hs);
            }
            RmwOp::UDecWrap => {
                dynasm!(self.asm.ops ; .arch aarch64 ; sub x12, x11, 1);
                self.asm.cmp(X11, X10);
                self.asm.csel(X12, X10, X12, Cond::Hi);
                self.asm.cmp_imm(X11, 0, X14);
                self.asm.csel(X12, X10, X12, Cond::Eq);
            }
            RmwOp::FAdd | RmwOp::FSub | RmwOp::FMax | RmwOp::FMin => {
                let f32 = match self.data(ty) {
                    TypeData::Float => true,
                    TypeData::Double => false,
                    _ => return Err(self.err("floating-point atomicrmw on a non-float type")),
                };
                if f32 {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmov S(16), W(X11) ; fmov S(17), W(X10));
                    match op {
                        RmwOp::FAdd => {
                            dynasm!(self.asm.ops ; .arch aarch64 ; fadd S(16), S(16), S(17))
                        }
                        RmwOp::FSub => {
                            dynasm!(self.asm.ops ; .arch aarch64 ; fsub S(16), S(16), S(17))
                        }
                        RmwOp::FMax => {
                            dynasm!(self.asm.ops ; .arch aarch64 ; fmaxnm S(16), S(16), S(17))
                        }
                        _ => dynasm!(self.asm.ops ; .arch aarch64 ; fminnm S(16), S(16), S(17)),
                    }
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmov W(X12), S(16));
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmov D(16), X(X11) ; fmov D(17), X(X10));
                    match op {
                        RmwOp::FAdd => {
                            dynasm!(self.asm.ops ; .arch aarch64 ; fadd D(16), D(16), D(17))
                        }
                        RmwOp::FSub => {
                            dynasm!(self.asm.ops ; .arch aarch64 ; fsub D(16), D(16), D(17))
                        }
                        RmwOp::FMax => {
                            dynasm!(self.asm.ops ; .arch aarch64 ; fmaxnm D(16), D(16), D(17))
                        }
                        _ => dynasm!(self.asm.ops ; .arch aarch64 ; fminnm D(16), D(16), D(17)),
                    }
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmov X(X12), D(16));
                }
            }
        }
        Ok(())
    }
}
