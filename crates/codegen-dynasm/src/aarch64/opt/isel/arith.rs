//! Integer and float arithmetic, shifts, divisions and conversions.
//!
//! Integers narrower than their register width (`i1`, `i8`, `i16`, odd widths) are kept
//! zero-extended (see [`crate::machinst`]): operations whose low bits depend only on the
//! operands' low bits (`add`, `sub`, `mul`, `shl`) run at 32 or 64 bits and re-extend their
//! result; `lshr`, `udiv` and `urem` of zero-extended values need nothing; signed ones
//! (`ashr`, `sdiv`, `srem`) sign-extend their operands first.

use jit_core::ir::{BinaryOp, CastOp, InstKind, Operand, Type};

use super::super::enc::{LdSt, Shift, logical_imm};
use super::super::inst::{AluOp, FOp, FUn, Inst, Rhs, ShiftOp, Size};
use super::{Isel, mask};
use crate::machinst::Reg;
use crate::machinst::lower::{LResult, unsupported};

impl Isel<'_, '_> {
    pub(super) fn binary(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
        ty: Type,
    ) -> LResult {
        if op.is_float() {
            return self.float_binary(op, lhs, rhs, dst, ty);
        }
        let bits = self.bits(ty)?;
        let size = Size::of_bits(bits);
        // Operations that can set bits above a narrow width re-extend their result.
        let refix =
            bits != size.bits() && matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul);
        let out = if refix { self.tmp() } else { dst };
        let (mut lhs, mut rhs) = (self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        let commutative = matches!(
            op,
            BinaryOp::Add | BinaryOp::Mul | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
        );
        if commutative
            && ((self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none())
                || (self.const_bits(rhs).is_none()
                    && !self.foldable_operand(rhs, bits)
                    && self.foldable_operand(lhs, bits)))
        {
            std::mem::swap(&mut lhs, &mut rhs);
        }
        match op {
            BinaryOp::Add => self.add_sub(false, size, bits, lhs, rhs, out)?,
            BinaryOp::Sub => self.add_sub(true, size, bits, lhs, rhs, out)?,
            BinaryOp::Mul => self.mul(size, bits, lhs, rhs, out)?,
            BinaryOp::And => self.logic(AluOp::And, size, bits, lhs, rhs, out)?,
            BinaryOp::Or => self.logic(AluOp::Orr, size, bits, lhs, rhs, out)?,
            BinaryOp::Xor => self.logic(AluOp::Eor, size, bits, lhs, rhs, out)?,
            BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr => {
                self.shift(op, bits, lhs, rhs, out)?
            }
            BinaryOp::UDiv | BinaryOp::URem | BinaryOp::SDiv | BinaryOp::SRem => {
                self.divide(op, bits, lhs, rhs, out)?
            }
            _ => return unsupported(format!("integer `{}`", op.name())),
        }
        if refix {
            self.zext_into(dst, out, bits);
        }
        Ok(())
    }

    /// Whether `op` is a single-use producer the right operand of an arithmetic or logical
    /// instruction can absorb (a shift, a multiplication, a sign extension, an inversion).
    fn foldable_operand(&self, op: Operand, bits: u32) -> bool {
        let Some(p) = self.single_use_producer(op) else {
            return false;
        };
        match self.ctx.body.insts[p].kind {
            InstKind::Binary {
                op: BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr,
                rhs,
                ..
            } => self.const_bits(rhs).is_some() && (bits == 32 || bits == 64),
            InstKind::Binary {
                op: BinaryOp::Mul, ..
            } => true,
            InstKind::Binary {
                op: BinaryOp::Xor,
                rhs,
                ..
            } => self.const_at(rhs, bits) == Some(mask(bits, u64::MAX)),
            InstKind::Cast {
                op: CastOp::SExt, ..
            } => bits == 64,
            _ => false,
        }
    }

    /// A single-use, same-block multiplication feeding `op`: its operands.
    fn mul_operands(&self, op: Operand) -> Option<(Operand, Operand)> {
        let p = self.single_use_producer(op)?;
        match self.ctx.body.insts[p].kind {
            InstKind::Binary {
                op: BinaryOp::Mul,
                lhs,
                rhs,
                ..
            } => Some((lhs, rhs)),
            _ => None,
        }
    }

    fn add_sub(
        &mut self,
        sub: bool,
        size: Size,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        // `a ± b·c` is `madd`/`msub` (a power of two stays a shifted operand).
        if let Some((b, c)) = self.mul_operands(rhs)
            && [b, c]
                .iter()
                .all(|&x| self.const_bits(x).is_none_or(|k| !k.is_power_of_two()))
        {
            let (b, c) = (self.put(b)?, self.put(c)?);
            let acc = self.put_z(lhs)?;
            self.emit(Inst::MulAdd {
                size,
                sub,
                dst,
                lhs: b,
                rhs: c,
                acc,
            });
            return Ok(());
        }
        if self.const_at(lhs, bits) == Some(0) && sub {
            // `neg`, with a shifted operand when one folds.
            let rhs = match self.shifted_operand(rhs, size, bits, false)? {
                Some(r) => r,
                None => Rhs::Reg(self.put(rhs)?),
            };
            self.emit(Inst::Alu {
                op: AluOp::Sub,
                size,
                dst,
                lhs: None,
                rhs,
            });
            return Ok(());
        }
        let (r, negated) = self.arith_rhs(rhs, size, bits)?;
        let a = self.put(lhs)?;
        let op = if sub != negated {
            AluOp::Sub
        } else {
            AluOp::Add
        };
        self.emit(Inst::alu(op, size, dst, a, r));
        Ok(())
    }

    fn logic(
        &mut self,
        op: AluOp,
        size: Size,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        let all = mask(bits, u64::MAX);
        if op == AluOp::Eor && self.const_at(rhs, bits) == Some(all) && bits == size.bits() {
            // `mvn`, with a shifted operand when one folds.
            let r = match self.shifted_operand(lhs, size, bits, true)? {
                Some(r) => r,
                None => Rhs::Reg(self.put(lhs)?),
            };
            self.emit(Inst::Alu {
                op: AluOp::Orn,
                size,
                dst,
                lhs: None,
                rhs: r,
            });
            return Ok(());
        }
        // `a op ~b` in one instruction (`orn`/`eon` would set the bits above a narrow
        // width, `bic` never does).
        if let Some(p) = self.single_use_producer(rhs)
            && let InstKind::Binary {
                op: BinaryOp::Xor,
                lhs: inner,
                rhs: ones,
                ..
            } = self.ctx.body.insts[p].kind
            && self.const_at(ones, bits) == Some(all)
            && (op == AluOp::And || bits == size.bits())
        {
            let inverted = match op {
                AluOp::And => AluOp::Bic,
                AluOp::Orr => AluOp::Orn,
                _ => AluOp::Eon,
            };
            let r = match self.shifted_operand(inner, size, bits, true)? {
                Some(r) => r,
                None => Rhs::Reg(self.put(inner)?),
            };
            let a = self.put(lhs)?;
            self.emit(Inst::alu(inverted, size, dst, a, r));
            return Ok(());
        }
        let r = self.logic_rhs(rhs, size, bits)?;
        let a = self.put(lhs)?;
        self.emit(Inst::alu(op, size, dst, a, r));
        Ok(())
    }

    fn mul(&mut self, size: Size, bits: u32, lhs: Operand, rhs: Operand, dst: Reg) -> LResult {
        if let Some(k) = self.const_at(rhs, bits) {
            let a = self.put(lhs)?;
            if k == 0 {
                self.emit(Inst::Imm { dst, value: 0 });
            } else if k == 1 {
                self.copy(dst, a);
            } else if k.is_power_of_two() {
                self.emit(Inst::lsl_imm(size, dst, a, k.trailing_zeros() as u8));
            } else if (k - 1).is_power_of_two() && (k - 1).trailing_zeros() < size.bits() {
                // x·(2^n + 1) = x + (x << n).
                let n = (k - 1).trailing_zeros() as u8;
                self.emit(Inst::alu(
                    AluOp::Add,
                    size,
                    dst,
                    a,
                    Rhs::Shifted {
                        reg: a,
                        shift: Shift::Lsl,
                        amount: n,
                    },
                ));
            } else {
                let r = self.put(rhs)?;
                self.emit(Inst::MulAdd {
                    size,
                    sub: false,
                    dst,
                    lhs: a,
                    rhs: r,
                    acc: None,
                });
            }
            return Ok(());
        }
        // 32×32→64 products of extended values: `smull`/`umull`.
        if bits == 64
            && let Some((a, signed_a)) = self.extended_from_32(lhs)
            && let Some((b, signed_b)) = self.extended_from_32(rhs)
            && signed_a == signed_b
        {
            let (a, b) = (self.put(a)?, self.put(b)?);
            self.emit(Inst::MulLong {
                signed: signed_a,
                dst,
                lhs: a,
                rhs: b,
                acc: None,
            });
            return Ok(());
        }
        let (a, b) = (self.put(lhs)?, self.put(rhs)?);
        self.emit(Inst::MulAdd {
            size,
            sub: false,
            dst,
            lhs: a,
            rhs: b,
            acc: None,
        });
        Ok(())
    }

    /// An `i32` value extended to 64 bits by a single-use same-block `sext` (signed) or by
    /// a `zext` (unsigned, an alias): the `i32` operand.
    fn extended_from_32(&self, op: Operand) -> Option<(Operand, bool)> {
        let resolved = self.ctx.resolve(op);
        if resolved != op && self.bits(self.ctx.ty(resolved)).ok()? == 32 {
            return Some((resolved, false));
        }
        let p = self.single_use_producer(op)?;
        match self.ctx.body.insts[p].kind {
            InstKind::Cast {
                op: CastOp::SExt,
                value,
                ..
            } if self.bits(self.ctx.ty(value)).ok()? == 32 => Some((value, true)),
            _ => None,
        }
    }

    fn shift(&mut self, op: BinaryOp, bits: u32, lhs: Operand, rhs: Operand, dst: Reg) -> LResult {
        let size = Size::of_bits(bits);
        let exact = bits == size.bits();
        if let Some(k) = self.const_bits(rhs) {
            // Shifts by the width or more are poison: any result will do.
            let k = (k % u64::from(bits)) as u8;
            let a = self.put(lhs)?;
            let w = bits as u8;
            if k == 0 {
                self.copy(dst, a);
                return Ok(());
            }
            match op {
                // `ubfiz` keeps the result within the width.
                BinaryOp::Shl => self.emit(Inst::Bitfield {
                    signed: false,
                    size,
                    dst,
                    src: a,
                    immr: ((size.bits() as u8) - k) % size.bits() as u8,
                    imms: w - 1 - k,
                }),
                BinaryOp::LShr => self.emit(Inst::extract(false, size, dst, a, k, w - k)),
                _ if exact => self.emit(Inst::extract(true, size, dst, a, k, w - k)),
                _ => {
                    let t = self.tmp();
                    self.emit(Inst::extract(true, size, t, a, k, w - k));
                    self.zext_into(dst, t, bits);
                }
            }
            return Ok(());
        }
        let amount = self.put(rhs)?;
        match op {
            BinaryOp::Shl => {
                let out = if exact { dst } else { self.tmp() };
                let a = self.put(lhs)?;
                self.emit(Inst::ShiftReg {
                    op: ShiftOp::Lsl,
                    size,
                    dst: out,
                    src: a,
                    amount,
                });
                if !exact {
                    self.zext_into(dst, out, bits);
                }
            }
            BinaryOp::LShr => {
                let a = self.put(lhs)?;
                self.emit(Inst::ShiftReg {
                    op: ShiftOp::Lsr,
                    size,
                    dst,
                    src: a,
                    amount,
                });
            }
            _ => {
                let (a, size) = self.signed_operand(lhs, bits)?;
                let out = if exact { dst } else { self.tmp() };
                self.emit(Inst::ShiftReg {
                    op: ShiftOp::Asr,
                    size,
                    dst: out,
                    src: a,
                    amount,
                });
                if !exact {
                    self.zext_into(dst, out, bits);
                }
            }
        }
        Ok(())
    }

    fn float_binary(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
        ty: Type,
    ) -> LResult {
        let double = self.is_double(ty)?;
        let fop = match op {
            BinaryOp::FAdd => FOp::Add,
            BinaryOp::FSub => FOp::Sub,
            BinaryOp::FMul => FOp::Mul,
            BinaryOp::FDiv => FOp::Div,
            _ => {
                let name = if double { "fmod" } else { "fmodf" };
                return self.libcall(name, &[lhs, rhs], Some(dst));
            }
        };
        // x·2 is x + x.
        let two = if double {
            2.0f64.to_bits()
        } else {
            u64::from(2.0f32.to_bits())
        };
        let (lhs, rhs, fop) = match fop {
            FOp::Mul if self.const_float(rhs, double) == Some(two) => (lhs, lhs, FOp::Add),
            FOp::Mul if self.const_float(lhs, double) == Some(two) => (rhs, rhs, FOp::Add),
            _ => (lhs, rhs, fop),
        };
        let a = self.put(lhs)?;
        let b = self.put(rhs)?;
        self.emit(Inst::FAlu {
            op: fop,
            double,
            dst,
            lhs: a,
            rhs: b,
        });
        Ok(())
    }

    /// `op` without a same-block, single-use `fneg` in front of it, and whether there was
    /// one (for the fused multiply-add forms).
    pub(super) fn unnegated(&self, op: Operand) -> (Operand, bool) {
        if let Some(p) = self.single_use_producer(op)
            && let InstKind::FNeg { arg, .. } = self.ctx.body.insts[p].kind
        {
            return (arg, true);
        }
        (op, false)
    }

    pub(super) fn fneg(&mut self, arg: Operand, dst: Reg) -> LResult {
        let double = self.is_double(self.ctx.ty(arg))?;
        let a = self.put(arg)?;
        self.emit(Inst::FUnary {
            op: FUn::Neg,
            double,
            dst,
            src: a,
        });
        Ok(())
    }

    pub(super) fn cast(&mut self, op: CastOp, value: Operand, dst: Reg, to: Type) -> LResult {
        let from = self.ctx.ty(value);
        match op {
            CastOp::Trunc | CastOp::PtrToInt => {
                let tb = self.bits(to)?;
                self.bits(from)?;
                let s = self.put(value)?;
                self.zext_into(dst, s, tb);
            }
            CastOp::ZExt | CastOp::IntToPtr => {
                // Already zero-extended (this is reached only when not an alias).
                self.bits(from)?;
                self.bits(to)?;
                let s = self.put(value)?;
                self.copy(dst, s);
            }
            CastOp::SExt => {
                let fb = self.bits(from)?;
                let tb = self.bits(to)?;
                let size = Size::of_bits(tb);
                if matches!(fb, 8 | 16 | 32)
                    && let Some(ptr) = self.foldable_load_of(value, from)
                {
                    // `ldrsb`/`ldrsh`/`ldrsw` sign-extend to 32 or 64 bits.
                    let shift = (fb / 8).trailing_zeros() as u8;
                    let addr = self.amode(ptr, shift)?;
                    let k = LdSt::int(shift, true, true, size == Size::W);
                    let raw = if tb == size.bits() { dst } else { self.tmp() };
                    self.emit(Inst::Load { k, dst: raw, addr });
                    if raw != dst {
                        self.zext_into(dst, raw, tb);
                    }
                    return Ok(());
                }
                let s = self.put(value)?;
                if tb == size.bits() {
                    self.emit(Inst::extract(true, size, dst, s, 0, fb as u8));
                } else {
                    let t = self.tmp();
                    self.emit(Inst::extract(true, size, t, s, 0, fb as u8));
                    self.zext_into(dst, t, tb);
                }
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                let to_double = self.is_double(to)?;
                let from_double = self.is_double(from)?;
                let s = self.put(value)?;
                if to_double == from_double {
                    self.copy(dst, s);
                } else {
                    self.emit(Inst::FCvt {
                        to_double,
                        dst,
                        src: s,
                    });
                }
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let double = self.is_double(from)?;
                let tb = self.bits(to)?;
                let size = Size::of_bits(tb);
                let s = self.put(value)?;
                let raw = if tb == size.bits() { dst } else { self.tmp() };
                self.emit(Inst::FToInt {
                    signed: op == CastOp::FPToSI,
                    size,
                    double,
                    dst: raw,
                    src: s,
                });
                if raw != dst {
                    self.zext_into(dst, raw, tb);
                }
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let double = self.is_double(to)?;
                let fb = self.bits(from)?;
                let signed = op == CastOp::SIToFP;
                let (src, size) = if signed {
                    self.signed_operand(value, fb)?
                } else {
                    (self.put(value)?, Size::of_bits(fb))
                };
                self.emit(Inst::IntToF {
                    signed,
                    size,
                    double,
                    dst,
                    src,
                });
            }
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                let s = self.put(value)?;
                let ff = self.ctx.m.types.is_float(from);
                let tf = self.ctx.m.types.is_float(to);
                match (ff, tf) {
                    (false, true) => {
                        let double = self.is_double(to)?;
                        self.emit(Inst::MovToF {
                            double,
                            dst,
                            src: s,
                        });
                    }
                    (true, false) => {
                        let double = self.is_double(from)?;
                        self.emit(Inst::MovFromF {
                            double,
                            dst,
                            src: s,
                        });
                    }
                    _ => self.copy(dst, s),
                }
            }
        }
        Ok(())
    }

    pub(super) fn dynamic_alloca(
        &mut self,
        ty: Type,
        count: Operand,
        align: u32,
        dst: Reg,
    ) -> LResult {
        if align > 16 {
            return unsupported("dynamic allocas aligned beyond 16 bytes");
        }
        let elem = self.ctx.dl.alloc_size(&self.ctx.m.types, ty);
        if elem >= 1 << 32 {
            return unsupported("alloca of a huge type");
        }
        let nb = self.bits(self.ctx.ty(count))?;
        let n = self.put(count)?;
        let n = self.zext(n, nb);
        let bytes = self.tmp();
        if elem.is_power_of_two() {
            self.emit(Inst::lsl_imm(
                Size::X,
                bytes,
                n,
                elem.trailing_zeros() as u8,
            ));
        } else {
            let k = self.imm(elem);
            self.emit(Inst::MulAdd {
                size: Size::X,
                sub: false,
                dst: bytes,
                lhs: n,
                rhs: k,
                acc: None,
            });
        }
        let rounded = self.tmp();
        self.emit(Inst::alu(
            AluOp::Add,
            Size::X,
            rounded,
            bytes,
            Rhs::Imm12 {
                imm: 15,
                lsl12: false,
            },
        ));
        let masked = self.tmp();
        let m = logical_imm(!15, true).expect("a run of ones");
        self.emit(Inst::alu(
            AluOp::And,
            Size::X,
            masked,
            rounded,
            Rhs::Logical(m),
        ));
        self.emit(Inst::DynAlloca { dst, size: masked });
        self.dynamic_sp = true;
        Ok(())
    }
}
