//! Compares: `icmp`/`fcmp` as conditions folded into their readers (branches, selects,
//! `cset`), and selects.

use jit_core::ir::{BinaryOp, FloatPredicate, InstKind, IntPredicate, Operand};

use super::super::enc::Ext;
use super::super::inst::{Cond, CselOp, Inst, Rhs, Size};
use super::{Isel, imm12, mask, sext_bits};
use crate::aarch64::emit::Cond as Cc;
use crate::machinst::Reg;
use crate::machinst::lower::LResult;

fn swap_pred(p: IntPredicate) -> IntPredicate {
    use IntPredicate::*;
    match p {
        Eq => Eq,
        Ne => Ne,
        Ugt => Ult,
        Uge => Ule,
        Ult => Ugt,
        Ule => Uge,
        Sgt => Slt,
        Sge => Sle,
        Slt => Sgt,
        Sle => Sge,
    }
}

fn int_cc(p: IntPredicate) -> Cc {
    use IntPredicate::*;
    match p {
        Eq => Cc::Eq,
        Ne => Cc::Ne,
        Ugt => Cc::Hi,
        Uge => Cc::Hs,
        Ult => Cc::Lo,
        Ule => Cc::Ls,
        Sgt => Cc::Gt,
        Sge => Cc::Ge,
        Slt => Cc::Lt,
        Sle => Cc::Le,
    }
}

/// The predicate that holds exactly when `p` does not.
fn inverse_fpred(p: FloatPredicate) -> FloatPredicate {
    use FloatPredicate::*;
    match p {
        False => True,
        True => False,
        Oeq => Une,
        Une => Oeq,
        Ogt => Ule,
        Ule => Ogt,
        Oge => Ult,
        Ult => Oge,
        Olt => Uge,
        Uge => Olt,
        Ole => Ugt,
        Ugt => Ole,
        One => Ueq,
        Ueq => One,
        Ord => Uno,
        Uno => Ord,
    }
}

/// The condition that holds exactly when `c` does not (same compare).
pub fn invert_cond(c: Cond) -> Cond {
    match c {
        Cond::Cmp {
            size,
            cc,
            lhs,
            rhs,
            negate,
        } => Cond::Cmp {
            size,
            cc: cc.invert(),
            lhs,
            rhs,
            negate,
        },
        Cond::Tst { size, cc, lhs, rhs } => Cond::Tst {
            size,
            cc: cc.invert(),
            lhs,
            rhs,
        },
        Cond::Float {
            double,
            pred,
            lhs,
            rhs,
        } => Cond::Float {
            double,
            pred: inverse_fpred(pred),
            lhs,
            rhs,
        },
        Cond::Cmp128 { cc, a, b } => Cond::Cmp128 {
            cc: cc.invert(),
            a,
            b,
        },
        // De Morgan: not (a and b) is (not a) or (not b).
        Cond::Chain { first, second, or } => Cond::Chain {
            first: Box::new(invert_cond(*first)),
            second: Box::new(invert_cond(*second)),
            or: !or,
        },
    }
}

impl Isel<'_, '_> {
    pub(super) fn icmp_cond(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Cond> {
        if self.is_wide(self.ctx.ty(lhs)) {
            return self.icmp128(pred, lhs, rhs);
        }
        let bits = self.bits(self.ctx.ty(lhs))?;
        let (mut pred, mut lhs, mut rhs) = (pred, self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        if self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
            std::mem::swap(&mut lhs, &mut rhs);
            pred = swap_pred(pred);
        }
        let cc = int_cc(pred);
        let signed = matches!(
            pred,
            IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
        );
        let size = Size::of_bits(bits);
        if matches!(pred, IntPredicate::Eq | IntPredicate::Ne)
            && self.const_at(rhs, bits) == Some(0)
        {
            // `(x & y) ==/!= 0` is `tst x, y`.
            if let Some(p) = self.single_use_producer(lhs)
                && let InstKind::Binary {
                    op: BinaryOp::And,
                    lhs: a,
                    rhs: b,
                    ..
                } = self.ctx.body.insts[p].kind
            {
                let (a, b) = if self.const_bits(a).is_some() {
                    (b, a)
                } else {
                    (a, b)
                };
                let r = self.logic_rhs(b, size, bits)?;
                let l = self.put(a)?;
                return Ok(Cond::Tst {
                    size,
                    cc,
                    lhs: l,
                    rhs: r,
                });
            }
            let l = self.put(lhs)?;
            return Ok(Cond::Cmp {
                size,
                cc,
                lhs: l,
                rhs: Rhs::Imm12 {
                    imm: 0,
                    lsl12: false,
                },
                negate: false,
            });
        }
        if signed && bits != size.bits() {
            // Narrow signed compares work on sign-extended values; the right operand of
            // an 8- or 16-bit compare is extended by the compare itself.
            let l = self.put(lhs)?;
            let l = self.sext(l, bits, size);
            let (r, negate) = match self.const_at(rhs, bits) {
                Some(k) => {
                    let k = mask(size.bits(), sext_bits(bits, k));
                    match (imm12(k), imm12(mask(size.bits(), k.wrapping_neg()))) {
                        (Some(r), _) => (r, false),
                        (None, Some(r)) if k != 0 => (r, true),
                        _ => (Rhs::Reg(self.imm(k)), false),
                    }
                }
                None => {
                    let r = self.put(rhs)?;
                    match bits {
                        8 => (
                            Rhs::Extended {
                                reg: r,
                                ext: Ext::Sxtb,
                                amount: 0,
                            },
                            false,
                        ),
                        16 => (
                            Rhs::Extended {
                                reg: r,
                                ext: Ext::Sxth,
                                amount: 0,
                            },
                            false,
                        ),
                        _ => (Rhs::Reg(self.sext(r, bits, size)), false),
                    }
                }
            };
            return Ok(Cond::Cmp {
                size,
                cc,
                lhs: l,
                rhs: r,
                negate,
            });
        }
        let (r, negate) = self.arith_rhs(rhs, size, bits)?;
        let l = self.put(lhs)?;
        Ok(Cond::Cmp {
            size,
            cc,
            lhs: l,
            rhs: r,
            negate,
        })
    }

    /// The compare for `fcmp pred lhs, rhs`; `Err(bool)` when the result is constant.
    pub(super) fn fcmp_cond(
        &mut self,
        pred: FloatPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Result<Cond, bool>> {
        let double = self.is_double(self.ctx.ty(lhs))?;
        match pred {
            FloatPredicate::False => return Ok(Err(false)),
            FloatPredicate::True => return Ok(Err(true)),
            _ => {}
        }
        let l = self.put(lhs)?;
        // `fcmp x, #0.0` for a +0.0 constant (a -0.0 compares equal too).
        let r = match self.const_float(rhs, double) {
            Some(b) if b << 1 == 0 => None,
            _ => Some(self.put(rhs)?),
        };
        Ok(Ok(Cond::Float {
            double,
            pred,
            lhs: l,
            rhs: r,
        }))
    }

    /// The compare that decides a branch or select on `c`: a same-block `icmp`/`fcmp` is
    /// folded (through `xor c, true`), anything else is tested against zero. `Err(bool)`
    /// for a constant.
    pub(super) fn cond_of(&mut self, c: Operand) -> LResult<Result<Cond, bool>> {
        let c = self.ctx.resolve(c);
        if let Some(k) = self.const_bits(c) {
            return Ok(Err(k & 1 != 0));
        }
        if let Some(p) = self.ctx.same_block_producer(c) {
            match self.ctx.body.insts[p].kind {
                InstKind::ICmp { pred, lhs, rhs }
                    if self.bits(self.ctx.ty(lhs)).is_ok() || self.is_wide(self.ctx.ty(lhs)) =>
                {
                    return Ok(Ok(self.icmp_cond(pred, lhs, rhs)?));
                }
                InstKind::FCmp { pred, lhs, rhs, .. } => {
                    return self.fcmp_cond(pred, lhs, rhs);
                }
                InstKind::Binary {
                    op: op @ (BinaryOp::And | BinaryOp::Or),
                    lhs,
                    rhs,
                    ..
                } if self.bits(self.ctx.ty(lhs)) == Ok(1)
                    && self.ctx.same_block_producer(lhs).is_some() =>
                {
                    if let Ok(first) = self.cond_of(lhs)?
                        && first.ccs().1.is_none()
                    {
                        let second = self.chain_operand(rhs)?;
                        return Ok(Ok(Cond::Chain {
                            first: Box::new(first),
                            second: Box::new(second),
                            or: op == BinaryOp::Or,
                        }));
                    }
                }
                InstKind::Binary {
                    op: BinaryOp::Xor,
                    lhs,
                    rhs,
                    ..
                } if self.bits(self.ctx.ty(lhs)) == Ok(1)
                    && self.const_at(rhs, 1) == Some(1)
                    && self.ctx.same_block_producer(lhs).is_some() =>
                {
                    return Ok(match self.cond_of(lhs)? {
                        Ok(c) => Ok(invert_cond(c)),
                        Err(k) => Err(!k),
                    });
                }
                _ => {}
            }
        }
        let r = self.put(c)?;
        Ok(Ok(Cond::Cmp {
            size: Size::W,
            cc: Cc::Ne,
            lhs: r,
            rhs: Rhs::Imm12 {
                imm: 0,
                lsl12: false,
            },
            negate: false,
        }))
    }

    /// The `i1` operand `c` as the second compare of a chain: a `cmp` whose right operand
    /// `ccmp` can take (a register or an immediate below 32).
    fn chain_operand(&mut self, c: Operand) -> LResult<Cond> {
        let c = self.ctx.resolve(c);
        let zero = Rhs::Imm12 {
            imm: 0,
            lsl12: false,
        };
        if let Some(p) = self.ctx.same_block_producer(c)
            && let InstKind::ICmp { pred, lhs, rhs } = self.ctx.body.insts[p].kind
            && let Ok(bits) = self.bits(self.ctx.ty(lhs))
        {
            let (mut pred, mut lhs, mut rhs) = (pred, self.ctx.resolve(lhs), self.ctx.resolve(rhs));
            if self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
                std::mem::swap(&mut lhs, &mut rhs);
                pred = swap_pred(pred);
            }
            let signed = matches!(
                pred,
                IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
            );
            let size = Size::of_bits(bits);
            let narrow_signed = signed && bits != size.bits();
            let l = self.put(lhs)?;
            let l = if narrow_signed {
                self.sext(l, bits, size)
            } else {
                l
            };
            let (r, negate) = match self.const_at(rhs, bits) {
                Some(k) => {
                    let k = if narrow_signed {
                        mask(size.bits(), sext_bits(bits, k))
                    } else {
                        k
                    };
                    let neg = mask(size.bits(), k.wrapping_neg());
                    if k < 32 {
                        (
                            Rhs::Imm12 {
                                imm: k as u16,
                                lsl12: false,
                            },
                            false,
                        )
                    } else if neg < 32 {
                        (
                            Rhs::Imm12 {
                                imm: neg as u16,
                                lsl12: false,
                            },
                            true,
                        )
                    } else {
                        (Rhs::Reg(self.imm(k)), false)
                    }
                }
                None => {
                    let r = self.put(rhs)?;
                    let r = if narrow_signed {
                        self.sext(r, bits, size)
                    } else {
                        r
                    };
                    (Rhs::Reg(r), false)
                }
            };
            return Ok(Cond::Cmp {
                size,
                cc: int_cc(pred),
                lhs: l,
                rhs: r,
                negate,
            });
        }
        let r = self.put(c)?;
        Ok(Cond::Cmp {
            size: Size::W,
            cc: Cc::Ne,
            lhs: r,
            rhs: zero,
            negate: false,
        })
    }

    /// `dst = cond` as 0/1.
    pub(super) fn setcc(&mut self, cond: Result<Cond, bool>, dst: Reg) {
        match cond {
            Err(k) => self.emit(Inst::Imm {
                dst,
                value: u64::from(k),
            }),
            Ok(cond) => self.emit(Inst::CSet {
                cond,
                dst,
                mask: false,
            }),
        }
    }

    /// `dst = c ? t : f` for integers of `bits`.
    pub(super) fn select_int(
        &mut self,
        c: Operand,
        t: Operand,
        f: Operand,
        dst: Reg,
        bits: u32,
    ) -> LResult {
        let cond = match self.cond_of(c)? {
            Err(k) => {
                let src = self.put(if k { t } else { f })?;
                self.copy(dst, src);
                return Ok(());
            }
            Ok(cond) => cond,
        };
        let all = mask(bits, u64::MAX);
        let size = Size::of_bits(bits);
        match (self.const_at(t, bits), self.const_at(f, bits)) {
            (Some(1), Some(0)) => {
                self.emit(Inst::CSet {
                    cond,
                    dst,
                    mask: false,
                });
                return Ok(());
            }
            (Some(0), Some(1)) => {
                self.emit(Inst::CSet {
                    cond: invert_cond(cond),
                    dst,
                    mask: false,
                });
                return Ok(());
            }
            (Some(a), Some(0)) if a == all && bits == size.bits() => {
                self.emit(Inst::CSet {
                    cond,
                    dst,
                    mask: true,
                });
                return Ok(());
            }
            _ => {}
        }
        let if_true = self.put_z(t)?;
        let if_false = self.put_z(f)?;
        self.emit(Inst::CSel {
            op: CselOp::Csel,
            size,
            cond,
            dst,
            if_true,
            if_false,
        });
        Ok(())
    }
}
