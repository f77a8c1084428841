//! Overflow-checked (`llvm.*.with.overflow`) and saturating (`llvm.*.sat`) arithmetic.
//!
//! At 32 and 64 bits the flags of `adds`/`subs` decide (`vs` for signed overflow, the
//! carry for unsigned), products compare their high half (`umulh`/`smulh`, or the upper
//! word of `umull`/`smull`). Narrower widths compute the exact result at 32 bits from
//! extended operands and check that it fits.

use jit_core::ir::{Intrinsic, Operand, Type, Value};

use super::super::enc::{Ext, Shift, logical_imm};
use super::super::inst::{AluOp, Cond, CselOp, FlagUse, Inst, Rhs, Size};
use super::{Isel, imm12};
use crate::aarch64::emit::Cond as Cc;
use crate::machinst::Reg;
use crate::machinst::lower::{LResult, unsupported};

impl Isel<'_, '_> {
    /// The right operand of a flag-setting `adds`/`subs`: an `imm12` or a register (never a
    /// negated immediate, whose carry means something else).
    fn flag_rhs(&mut self, op: Operand, bits: u32) -> LResult<Rhs> {
        if let Some(k) = self.const_at(op, bits)
            && let Some(r) = imm12(k)
        {
            return Ok(r);
        }
        Ok(Rhs::Reg(self.put(op)?))
    }

    /// `{iN, i1} @llvm.[su](add|sub|mul).with.overflow(a, b)` into the two registers of `v`.
    pub(super) fn overflow(
        &mut self,
        intr: Intrinsic,
        a: Operand,
        b: Operand,
        v: Value,
    ) -> LResult {
        use Intrinsic::*;
        let bits = self.bits(self.ctx.ty(a))?;
        let dsts = self.ctx.value_regs(v)?.to_vec();
        let [dst, flag] = dsts[..] else {
            return unsupported("an overflow result of another shape");
        };
        let signed = matches!(intr, SAddWithOverflow | SSubWithOverflow | SMulWithOverflow);
        let size = Size::of_bits(bits);
        let mul = matches!(intr, SMulWithOverflow | UMulWithOverflow);
        if bits == size.bits() && !mul {
            let sub = matches!(intr, SSubWithOverflow | USubWithOverflow);
            let cc = match (signed, sub) {
                (true, _) => Cc::Vs,
                (false, false) => Cc::Hs,
                (false, true) => Cc::Lo,
            };
            let rhs = self.flag_rhs(b, bits)?;
            let lhs = self.put(a)?;
            self.emit(Inst::AddSubFlags {
                sub,
                size,
                dst,
                lhs,
                rhs,
                then: FlagUse::Overflow { flag, cc },
            });
            return Ok(());
        }
        if mul && bits == 64 {
            let (x, y) = (self.put(a)?, self.put(b)?);
            self.emit(Inst::MulAdd {
                size: Size::X,
                sub: false,
                dst,
                lhs: x,
                rhs: y,
                acc: None,
            });
            let hi = self.tmp();
            self.emit(Inst::MulHigh {
                signed,
                dst: hi,
                lhs: x,
                rhs: y,
            });
            // The high half must be the sign (or zero) extension of the low half.
            let rhs = if signed {
                Rhs::Shifted {
                    reg: dst,
                    shift: Shift::Asr,
                    amount: 63,
                }
            } else {
                Rhs::Imm12 {
                    imm: 0,
                    lsl12: false,
                }
            };
            self.emit(Inst::CSet {
                cond: Cond::Cmp {
                    size: Size::X,
                    cc: Cc::Ne,
                    lhs: hi,
                    rhs,
                    negate: false,
                },
                dst: flag,
                mask: false,
            });
            return Ok(());
        }
        if mul && bits == 32 {
            let (x, y) = (self.put(a)?, self.put(b)?);
            let p = self.tmp();
            self.emit(Inst::MulLong {
                signed,
                dst: p,
                lhs: x,
                rhs: y,
                acc: None,
            });
            self.zext_into(dst, p, 32);
            let cond = if signed {
                Cond::Cmp {
                    size: Size::X,
                    cc: Cc::Ne,
                    lhs: p,
                    rhs: Rhs::Extended {
                        reg: p,
                        ext: Ext::Sxtw,
                        amount: 0,
                    },
                    negate: false,
                }
            } else {
                let high = logical_imm(!0xffff_ffff, true).expect("a run of ones");
                Cond::Tst {
                    size: Size::X,
                    cc: Cc::Ne,
                    lhs: p,
                    rhs: Rhs::Logical(high),
                }
            };
            self.emit(Inst::CSet {
                cond,
                dst: flag,
                mask: false,
            });
            return Ok(());
        }
        if bits > 32 {
            return unsupported("overflow checks of odd widths above 32 bits");
        }
        // Narrow: the exact result at 32 bits, then whether it fits in `bits`.
        let (x, y) = if signed {
            (
                self.signed_operand(a, bits)?.0,
                self.signed_operand(b, bits)?.0,
            )
        } else {
            (self.put(a)?, self.put(b)?)
        };
        let t = self.tmp();
        match intr {
            SAddWithOverflow | UAddWithOverflow => {
                self.emit(Inst::alu(AluOp::Add, Size::W, t, x, Rhs::Reg(y)))
            }
            SSubWithOverflow | USubWithOverflow => {
                self.emit(Inst::alu(AluOp::Sub, Size::W, t, x, Rhs::Reg(y)))
            }
            _ => self.emit(Inst::MulAdd {
                size: Size::W,
                sub: false,
                dst: t,
                lhs: x,
                rhs: y,
                acc: None,
            }),
        }
        self.zext_into(dst, t, bits);
        let fitted = if signed {
            self.sext(t, bits, Size::W)
        } else {
            dst
        };
        self.emit(Inst::CSet {
            cond: Cond::Cmp {
                size: Size::W,
                cc: Cc::Ne,
                lhs: t,
                rhs: Rhs::Reg(fitted),
                negate: false,
            },
            dst: flag,
            mask: false,
        });
        Ok(())
    }

    /// `@llvm.[su](add|sub).sat(a, b)`.
    pub(super) fn saturating(
        &mut self,
        intr: Intrinsic,
        a: Operand,
        b: Operand,
        dst: Reg,
        ty: Type,
    ) -> LResult {
        use Intrinsic::*;
        let bits = self.bits(ty)?;
        let size = Size::of_bits(bits);
        let signed = matches!(intr, SAddSat | SSubSat);
        let sub = matches!(intr, SSubSat | USubSat);
        if bits == size.bits() {
            let rhs = self.flag_rhs(b, bits)?;
            let lhs = self.put(a)?;
            let then = if signed {
                FlagUse::SatSigned { tmp: self.tmp() }
            } else {
                FlagUse::SatUnsigned
            };
            self.emit(Inst::AddSubFlags {
                sub,
                size,
                dst,
                lhs,
                rhs,
                then,
            });
            return Ok(());
        }
        if bits > 32 {
            return unsupported("saturating arithmetic of odd widths above 32 bits");
        }
        let cmp = |lhs: Reg, rhs: Rhs, cc: Cc| Cond::Cmp {
            size: Size::W,
            cc,
            lhs,
            rhs,
            negate: false,
        };
        if !signed {
            let (x, y) = (self.put(a)?, self.put(b)?);
            let t = self.tmp();
            let op = if sub { AluOp::Sub } else { AluOp::Add };
            self.emit(Inst::alu(op, Size::W, t, x, Rhs::Reg(y)));
            if sub {
                // x ≥ y: the difference, else zero.
                self.emit(Inst::CSel {
                    op: CselOp::Csel,
                    size: Size::W,
                    cond: cmp(x, Rhs::Reg(y), Cc::Hs),
                    dst,
                    if_true: Some(t),
                    if_false: None,
                });
            } else {
                let max = (1u64 << bits) - 1;
                let m = self.imm(max);
                self.emit(Inst::CSel {
                    op: CselOp::Csel,
                    size: Size::W,
                    cond: cmp(t, Rhs::Reg(m), Cc::Hi),
                    dst,
                    if_true: Some(m),
                    if_false: Some(t),
                });
            }
            return Ok(());
        }
        let (x, _) = self.signed_operand(a, bits)?;
        let (y, _) = self.signed_operand(b, bits)?;
        let t = self.tmp();
        let op = if sub { AluOp::Sub } else { AluOp::Add };
        self.emit(Inst::alu(op, Size::W, t, x, Rhs::Reg(y)));
        let max = (1u64 << (bits - 1)) - 1;
        let min = (!max) & 0xffff_ffff;
        let (hi, lo) = (self.imm(max), self.imm(min));
        let t1 = self.tmp();
        self.emit(Inst::CSel {
            op: CselOp::Csel,
            size: Size::W,
            cond: cmp(t, Rhs::Reg(hi), Cc::Gt),
            dst: t1,
            if_true: Some(hi),
            if_false: Some(t),
        });
        let t2 = self.tmp();
        self.emit(Inst::CSel {
            op: CselOp::Csel,
            size: Size::W,
            cond: cmp(t1, Rhs::Reg(lo), Cc::Lt),
            dst: t2,
            if_true: Some(lo),
            if_false: Some(t1),
        });
        self.zext_into(dst, t2, bits);
        Ok(())
    }
}
