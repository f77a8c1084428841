//! Integer division: by a constant as shifts or a multiply by the reciprocal (see
//! [`crate::machinst::divconst`]), otherwise `div`/`idiv` (20–90 cycles).

use super::*;
use crate::machinst::divconst::{self, sign_extend};

impl Isel<'_, '_> {
    pub(super) fn divide(
        &mut self,
        op: BinaryOp,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        let signed = matches!(op, BinaryOp::SDiv | BinaryOp::SRem);
        let rem = matches!(op, BinaryOp::URem | BinaryOp::SRem);
        if let Some(k) = self.const_bits(rhs) {
            let k = if bits >= 64 {
                k
            } else {
                k & ((1u64 << bits) - 1)
            };
            let by_constant = if signed {
                self.sdiv_by_constant(bits, rem, lhs, sign_extend(k, bits), dst)?
            } else {
                self.udiv_by_constant(bits, rem, lhs, k, dst)?
            };
            if by_constant {
                return Ok(());
            }
        }
        let (a, b, size) = if signed {
            let (a, size) = self.signed_operand(lhs, bits)?;
            let (b, _) = self.signed_operand(rhs, bits)?;
            (a, b, size)
        } else {
            (self.put(lhs)?, self.put(rhs)?, size_for(bits))
        };
        let fix = signed && bits != 32 && bits != 64;
        let out = if fix { self.tmp() } else { dst };
        let tmp = self.tmp();
        self.emit(Inst::Div {
            signed,
            size,
            dividend: a,
            divisor: b,
            dst: out,
            tmp,
            rem,
        });
        if fix {
            self.emit(Inst::Ext {
                signed: false,
                from: bits as u8,
                dst,
                src: out,
            });
        }
        Ok(())
    }

    /// `lhs / k` or `lhs % k`, unsigned, without a divide; false when `k` has no cheaper
    /// sequence (or the width is not 32/64 bits, apart from powers of two).
    fn udiv_by_constant(
        &mut self,
        bits: u32,
        rem: bool,
        lhs: Operand,
        k: u64,
        dst: Reg,
    ) -> LResult<bool> {
        let size = size_for(bits);
        if k.is_power_of_two() {
            // A shift or a mask (values are kept zero-extended, so any width works).
            let a = self.put(lhs)?;
            if rem {
                let mask = self.imm_operand(k - 1, size);
                self.alu_rr(AluOp::And, size, dst, a, mask);
            } else {
                self.shift_imm(ShiftOp::Shr, size, dst, a, k.trailing_zeros());
            }
            return Ok(true);
        }
        let Some(m) = divconst::unsigned(k, bits) else {
            return Ok(false);
        };
        let x = self.put(lhs)?;
        let q = if rem { self.tmp() } else { dst };
        let hi = self.tmp();
        if bits == 32 {
            // The 64-bit product of the zero-extended dividend holds mulhu in its top half.
            let prod = self.tmp();
            self.mul_by(Size::Q, prod, x, m.mul);
            self.shift_imm(ShiftOp::Shr, Size::Q, hi, prod, 32);
        } else {
            let mreg = self.tmp();
            self.emit(Inst::Imm {
                dst: mreg,
                value: m.mul,
            });
            let lo = self.tmp();
            self.emit(Inst::MulHi {
                signed: false,
                src: x,
                src2: mreg,
                dst: hi,
                tmp: lo,
            });
        }
        if m.add {
            // q = (((x - hi) >> 1) + hi) >> (s - 1): the (N+1)-th bit of the multiplier.
            let (diff, half, sum) = (self.tmp(), self.tmp(), self.tmp());
            self.alu_rr(AluOp::Sub, size, diff, x, Rmi::Reg(hi));
            self.shift_imm(ShiftOp::Shr, size, half, diff, 1);
            self.alu_rr(AluOp::Add, size, sum, half, Rmi::Reg(hi));
            self.shift_imm(ShiftOp::Shr, size, q, sum, m.shift - 1);
        } else {
            self.shift_imm(ShiftOp::Shr, size, q, hi, m.shift);
        }
        if rem {
            self.remainder(size, dst, x, q, k);
        }
        Ok(true)
    }

    /// `lhs / k` or `lhs % k`, signed (rounding towards zero), without a divide; false when
    /// `k` has no cheaper sequence or the width is not 32/64 bits.
    fn sdiv_by_constant(
        &mut self,
        bits: u32,
        rem: bool,
        lhs: Operand,
        k: i64,
        dst: Reg,
    ) -> LResult<bool> {
        if bits != 32 && bits != 64 {
            return Ok(false);
        }
        let size = size_for(bits);
        let mag = k.unsigned_abs();
        if mag.is_power_of_two() && mag > 1 && mag.trailing_zeros() < bits - 1 {
            let n = mag.trailing_zeros();
            let x = self.put(lhs)?;
            // Negative dividends get 2^n - 1 added first, so the shift rounds towards zero.
            let bias = self.tmp();
            if n == 1 {
                self.shift_imm(ShiftOp::Shr, size, bias, x, bits - 1);
            } else {
                let sign = self.tmp();
                self.shift_imm(ShiftOp::Sar, size, sign, x, bits - 1);
                self.shift_imm(ShiftOp::Shr, size, bias, sign, bits - n);
            }
            let biased = self.tmp();
            self.alu_rr(AluOp::Add, size, biased, x, Rmi::Reg(bias));
            if rem {
                let mask = self.imm_operand((mag - 1) ^ u64::MAX, size);
                let rounded = self.tmp();
                self.alu_rr(AluOp::And, size, rounded, biased, mask);
                self.alu_rr(AluOp::Sub, size, dst, x, Rmi::Reg(rounded));
            } else if k < 0 {
                let q = self.tmp();
                self.shift_imm(ShiftOp::Sar, size, q, biased, n);
                self.emit(Inst::Unary {
                    op: UnOp::Neg,
                    size,
                    dst,
                    src: q,
                });
            } else {
                self.shift_imm(ShiftOp::Sar, size, dst, biased, n);
            }
            return Ok(true);
        }
        let Some(m) = divconst::signed(k, bits) else {
            return Ok(false);
        };
        let x = self.put(lhs)?;
        let correction = m.correction(k);
        let hi = self.tmp();
        if bits == 32 {
            // The 64-bit product of the sign-extended dividend holds mulhs in its top half.
            let wide = self.sext64(x, 32);
            let prod = self.tmp();
            self.mul_by(Size::Q, prod, wide, m.mul as u64);
            let amount = if correction.is_none() {
                32 + m.shift
            } else {
                32
            };
            self.shift_imm(ShiftOp::Sar, Size::Q, hi, prod, amount);
        } else {
            let mreg = self.tmp();
            self.emit(Inst::Imm {
                dst: mreg,
                value: m.mul as u64,
            });
            let lo = self.tmp();
            self.emit(Inst::MulHi {
                signed: true,
                src: x,
                src2: mreg,
                dst: hi,
                tmp: lo,
            });
        }
        let shifted = match correction {
            // 32-bit without correction: the shift is already in the 64-bit one.
            None if bits == 32 => hi,
            None => {
                let t = self.tmp();
                self.shift_imm(ShiftOp::Sar, size, t, hi, m.shift);
                t
            }
            Some(add) => {
                let (c, t) = (self.tmp(), self.tmp());
                let op = if add { AluOp::Add } else { AluOp::Sub };
                self.alu_rr(op, size, c, hi, Rmi::Reg(x));
                self.shift_imm(ShiftOp::Sar, size, t, c, m.shift);
                t
            }
        };
        // One more for negative quotients: round towards zero.
        let sign = self.tmp();
        self.shift_imm(ShiftOp::Shr, size, sign, shifted, bits - 1);
        let q = if rem { self.tmp() } else { dst };
        self.alu_rr(AluOp::Add, size, q, shifted, Rmi::Reg(sign));
        if rem {
            self.remainder(size, dst, x, q, k as u64);
        }
        Ok(true)
    }

    /// `dst = x - q * k`.
    fn remainder(&mut self, size: Size, dst: Reg, x: Reg, q: Reg, k: u64) {
        let prod = self.tmp();
        self.mul_by(size, prod, q, k);
        self.alu_rr(AluOp::Sub, size, dst, x, Rmi::Reg(prod));
    }

    /// `dst = src * k` (`imul` with an immediate when `k` fits one).
    fn mul_by(&mut self, size: Size, dst: Reg, src: Reg, k: u64) {
        let imm = match size {
            Size::L => Some(k as u32 as i32),
            Size::Q => i32::try_from(k as i64).ok(),
        };
        match imm {
            Some(imm) => self.emit(Inst::ImulImm {
                size,
                dst,
                src,
                imm,
            }),
            None => {
                let kreg = self.tmp();
                self.emit(Inst::Imm {
                    dst: kreg,
                    value: k,
                });
                self.emit(Inst::Imul {
                    size,
                    dst,
                    lhs: src,
                    rhs: Rmi::Reg(kreg),
                });
            }
        }
    }

    /// `k` as an operand of a `size` ALU instruction: an immediate when it fits.
    fn imm_operand(&mut self, k: u64, size: Size) -> Rmi {
        let imm = match size {
            Size::L => Some(k as u32 as i32),
            Size::Q => i32::try_from(k as i64).ok(),
        };
        match imm {
            Some(i) => Rmi::Imm(i),
            None => {
                let r = self.tmp();
                self.emit(Inst::Imm { dst: r, value: k });
                Rmi::Reg(r)
            }
        }
    }

    fn alu_rr(&mut self, op: AluOp, size: Size, dst: Reg, lhs: Reg, rhs: Rmi) {
        self.emit(Inst::Alu {
            op,
            size,
            dst,
            lhs,
            rhs,
        });
    }

    fn shift_imm(&mut self, op: ShiftOp, size: Size, dst: Reg, src: Reg, amount: u32) {
        self.emit(Inst::Shift {
            op,
            size,
            dst,
            src,
            amount: None,
            imm: amount as u8,
        });
    }
}
