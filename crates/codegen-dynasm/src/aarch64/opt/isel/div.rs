//! Integer division: by a constant as shifts or a multiply by the reciprocal (see
//! [`crate::machinst::divconst`]), otherwise `udiv`/`sdiv` (and `msub` for remainders).

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
        let size = Size::of_bits(bits);
        if let Some(k) = self.const_at(rhs, bits) {
            let by_constant = if signed {
                self.sdiv_by_constant(bits, rem, lhs, sign_extend(k, bits), dst)?
            } else {
                self.udiv_by_constant(bits, rem, lhs, k, dst)?
            };
            if by_constant {
                return Ok(());
            }
        }
        let (a, b) = if signed {
            (
                self.signed_operand(lhs, bits)?.0,
                self.signed_operand(rhs, bits)?.0,
            )
        } else {
            (self.put(lhs)?, self.put(rhs)?)
        };
        let fix = signed && bits != size.bits();
        let out = if fix { self.tmp() } else { dst };
        if rem {
            let q = self.tmp();
            self.emit(Inst::Div {
                signed,
                size,
                dst: q,
                lhs: a,
                rhs: b,
            });
            // a − q·b
            self.emit(Inst::MulAdd {
                size,
                sub: true,
                dst: out,
                lhs: q,
                rhs: b,
                acc: Some(a),
            });
        } else {
            self.emit(Inst::Div {
                signed,
                size,
                dst: out,
                lhs: a,
                rhs: b,
            });
        }
        if fix {
            self.zext_into(dst, out, bits);
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
        let size = Size::of_bits(bits);
        if k.is_power_of_two() && k > 1 {
            // A mask or a shift (values are kept zero-extended, so any width works).
            let a = self.put(lhs)?;
            let n = k.trailing_zeros() as u8;
            if rem {
                let m = logical_imm(k - 1, size.is64()).expect("a run of ones");
                self.emit(Inst::alu(AluOp::And, size, dst, a, Rhs::Logical(m)));
            } else {
                self.emit(Inst::extract(false, size, dst, a, n, bits as u8 - n));
            }
            return Ok(true);
        }
        let Some(m) = divconst::unsigned(k, bits) else {
            return Ok(false);
        };
        let x = self.put(lhs)?;
        let mreg = self.imm(m.mul);
        let hi = self.tmp();
        let q = if rem { self.tmp() } else { dst };
        if bits == 32 {
            // umull: the 64-bit product holds mulhu in its top half.
            let prod = self.tmp();
            self.emit(Inst::MulLong {
                signed: false,
                dst: prod,
                lhs: x,
                rhs: mreg,
                acc: None,
            });
            if !m.add {
                let lsb = 32 + m.shift as u8;
                self.emit(Inst::extract(false, Size::X, q, prod, lsb, 64 - lsb));
                return self.finish_remainder(rem, size, dst, x, q, k);
            }
            self.emit(Inst::extract(false, Size::X, hi, prod, 32, 32));
        } else {
            self.emit(Inst::MulHigh {
                signed: false,
                dst: hi,
                lhs: x,
                rhs: mreg,
            });
            if !m.add {
                self.shift_right(false, size, q, hi, m.shift);
                return self.finish_remainder(rem, size, dst, x, q, k);
            }
        }
        // q = (((x - hi) >> 1) + hi) >> (s - 1): the (N+1)-th bit of the multiplier.
        let (diff, sum) = (self.tmp(), self.tmp());
        self.emit(Inst::alu(AluOp::Sub, size, diff, x, Rhs::Reg(hi)));
        self.emit(Inst::alu(
            AluOp::Add,
            size,
            sum,
            hi,
            Rhs::Shifted {
                reg: diff,
                shift: Shift::Lsr,
                amount: 1,
            },
        ));
        self.shift_right(false, size, q, sum, m.shift - 1);
        self.finish_remainder(rem, size, dst, x, q, k)
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
        let size = Size::of_bits(bits);
        if bits != size.bits() {
            return Ok(false);
        }
        let mag = k.unsigned_abs();
        if mag.is_power_of_two() && mag > 1 && mag.trailing_zeros() < bits - 1 {
            // Round towards zero: add 2^n − 1 to negative dividends first.
            let n = mag.trailing_zeros() as u8;
            let a = self.put(lhs)?;
            let w = bits as u8;
            let sign = self.tmp();
            self.emit(Inst::extract(true, size, sign, a, w - 1, 1));
            let biased = self.tmp();
            self.emit(Inst::alu(
                AluOp::Add,
                size,
                biased,
                a,
                Rhs::Shifted {
                    reg: sign,
                    shift: Shift::Lsr,
                    amount: w - n,
                },
            ));
            if rem {
                let m = logical_imm(!(mag - 1), size.is64()).expect("a run of ones");
                let rounded = self.tmp();
                self.emit(Inst::alu(
                    AluOp::And,
                    size,
                    rounded,
                    biased,
                    Rhs::Logical(m),
                ));
                self.emit(Inst::alu(AluOp::Sub, size, dst, a, Rhs::Reg(rounded)));
            } else if k < 0 {
                let q = self.tmp();
                self.emit(Inst::extract(true, size, q, biased, n, w - n));
                self.emit(Inst::Alu {
                    op: AluOp::Sub,
                    size,
                    dst,
                    lhs: None,
                    rhs: Rhs::Reg(q),
                });
            } else {
                self.emit(Inst::extract(true, size, dst, biased, n, w - n));
            }
            return Ok(true);
        }
        let Some(m) = divconst::signed(k, bits) else {
            return Ok(false);
        };
        let x = self.put(lhs)?;
        let mreg = self.imm(mask(bits, m.mul as u64));
        let correction = m.correction(k);
        let shifted = self.tmp();
        if bits == 32 {
            // smull: the 64-bit product holds mulhs in its top half.
            let prod = self.tmp();
            self.emit(Inst::MulLong {
                signed: true,
                dst: prod,
                lhs: x,
                rhs: mreg,
                acc: None,
            });
            match correction {
                None => {
                    let lsb = 32 + m.shift as u8;
                    self.emit(Inst::extract(true, Size::X, shifted, prod, lsb, 64 - lsb));
                }
                Some(add) => {
                    let (hi, c) = (self.tmp(), self.tmp());
                    self.emit(Inst::extract(true, Size::X, hi, prod, 32, 32));
                    let op = if add { AluOp::Add } else { AluOp::Sub };
                    self.emit(Inst::alu(op, size, c, hi, Rhs::Reg(x)));
                    self.shift_right(true, size, shifted, c, m.shift);
                }
            }
        } else {
            let hi = self.tmp();
            self.emit(Inst::MulHigh {
                signed: true,
                dst: hi,
                lhs: x,
                rhs: mreg,
            });
            let c = match correction {
                None => hi,
                Some(add) => {
                    let c = self.tmp();
                    let op = if add { AluOp::Add } else { AluOp::Sub };
                    self.emit(Inst::alu(op, size, c, hi, Rhs::Reg(x)));
                    c
                }
            };
            self.shift_right(true, size, shifted, c, m.shift);
        }
        // One more for negative quotients: round towards zero.
        let q = if rem { self.tmp() } else { dst };
        self.emit(Inst::alu(
            AluOp::Add,
            size,
            q,
            shifted,
            Rhs::Shifted {
                reg: shifted,
                shift: Shift::Lsr,
                amount: bits as u8 - 1,
            },
        ));
        self.finish_remainder(rem, size, dst, x, q, k as u64)
    }

    /// For a remainder, `dst = x - q·k` (`msub`); nothing for a quotient (already in `dst`).
    fn finish_remainder(
        &mut self,
        rem: bool,
        size: Size,
        dst: Reg,
        x: Reg,
        q: Reg,
        k: u64,
    ) -> LResult<bool> {
        if rem {
            let kreg = self.imm(mask(size.bits(), k));
            self.emit(Inst::MulAdd {
                size,
                sub: true,
                dst,
                lhs: q,
                rhs: kreg,
                acc: Some(x),
            });
        }
        Ok(true)
    }

    /// `dst = src >> amount` (`lsr`/`asr`; a copy for 0).
    fn shift_right(&mut self, signed: bool, size: Size, dst: Reg, src: Reg, amount: u32) {
        if amount == 0 {
            self.emit(Inst::Mov { dst, src });
        } else {
            let n = amount as u8;
            let w = size.bits() as u8;
            self.emit(Inst::extract(signed, size, dst, src, n, w - n));
        }
    }
}
