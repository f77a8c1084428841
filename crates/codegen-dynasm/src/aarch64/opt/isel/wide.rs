//! `i128` on register pairs (low, high): `adds`/`adc` and `subs`/`sbc`, logic per half,
//! products from `mul`/`umulh`/`madd` (a single `umulh`/`smulh` when both operands are
//! extended 64-bit values), shifts by constants with `extr`, compares with `cmp` +
//! `ccmp`/`sbcs`, sign extension; division and shifts by a register through libgcc
//! (`__udivti3`, `__ashlti3`, ...). Moves of whole halves (`zext`, `trunc` to `i64`,
//! shifts by 64) are composites of the shared driver and cost nothing.

use jit_core::ir::{BinaryOp, CastOp, InstKind, IntPredicate, Operand, Type, TypeData, Value};
use regalloc2::PReg;

use super::super::inst::{AluOp, Callee, Cond, Inst, Rhs, Size, xreg};
use super::Isel;
use crate::aarch64::emit::Cond as Cc;
use crate::machinst::Reg;
use crate::machinst::lower::{LResult, unsupported};

impl Isel<'_, '_> {
    /// Whether `ty` is an integer of 65 to 128 bits (held in two registers).
    pub(super) fn is_wide(&self, ty: Type) -> bool {
        matches!(self.ctx.type_data(ty), TypeData::Int(65..=128))
    }

    /// The two halves of a 128-bit operand.
    fn halves(&mut self, op: Operand) -> LResult<(Reg, Reg)> {
        match self.put_regs(op)?[..] {
            [lo, hi] => Ok((lo, hi)),
            _ => unsupported("a wide integer of another shape"),
        }
    }

    /// The two registers of the 128-bit value `v`.
    fn wide_dsts(&mut self, v: Value) -> LResult<(Reg, Reg)> {
        match self.ctx.value_regs(v)?[..] {
            [lo, hi] => Ok((lo, hi)),
            _ => unsupported("a wide integer of another shape"),
        }
    }

    /// The 64-bit operand `op` is extended from (signed or not), when it is a `zext` or
    /// `sext` of a value of at most 64 bits.
    fn widened_from_64(&self, op: Operand) -> Option<(Operand, bool)> {
        let p = self.ctx.producer(self.ctx.resolve(op))?;
        match self.ctx.body.insts[p].kind {
            InstKind::Cast {
                op: CastOp::ZExt,
                value,
                ..
            } if self.ctx.ty(value) == Type::I64 => Some((value, false)),
            InstKind::Cast {
                op: CastOp::SExt,
                value,
                ..
            } if self.ctx.ty(value) == Type::I64 => Some((value, true)),
            _ => None,
        }
    }

    /// Integer operations on `i128` (`v` receives the result).
    pub(super) fn binary128(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        v: Value,
    ) -> LResult {
        if !matches!(self.ctx.type_data(self.ctx.ty(lhs)), TypeData::Int(128)) {
            return unsupported("integers of 65 to 127 bits");
        }
        match op {
            BinaryOp::Add | BinaryOp::Sub => {
                let (a, b) = (self.halves(lhs)?, self.halves(rhs)?);
                let (lo, hi) = self.wide_dsts(v)?;
                self.emit(Inst::AddSub128 {
                    sub: op == BinaryOp::Sub,
                    lo,
                    hi,
                    a,
                    b,
                });
            }
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => {
                let alu = match op {
                    BinaryOp::And => AluOp::And,
                    BinaryOp::Or => AluOp::Orr,
                    _ => AluOp::Eor,
                };
                let (a, b) = (self.halves(lhs)?, self.halves(rhs)?);
                let (lo, hi) = self.wide_dsts(v)?;
                self.emit(Inst::alu(alu, Size::X, lo, a.0, Rhs::Reg(b.0)));
                self.emit(Inst::alu(alu, Size::X, hi, a.1, Rhs::Reg(b.1)));
            }
            BinaryOp::Mul => self.mul128(lhs, rhs, v)?,
            BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr => match self.const_bits(rhs) {
                Some(k) => {
                    let a = self.halves(lhs)?;
                    let (lo, hi) = self.wide_dsts(v)?;
                    self.shift128(op, (k % 128) as u8, a, (lo, hi));
                }
                None => {
                    let name = match op {
                        BinaryOp::Shl => "__ashlti3",
                        BinaryOp::LShr => "__lshrti3",
                        _ => "__ashrti3",
                    };
                    let a = self.halves(lhs)?;
                    let (k, _) = self.halves(rhs)?;
                    self.wide_libcall(name, &[a.0, a.1, k], v)?;
                }
            },
            BinaryOp::UDiv | BinaryOp::SDiv | BinaryOp::URem | BinaryOp::SRem => {
                let name = match op {
                    BinaryOp::UDiv => "__udivti3",
                    BinaryOp::SDiv => "__divti3",
                    BinaryOp::URem => "__umodti3",
                    _ => "__modti3",
                };
                let (a, b) = (self.halves(lhs)?, self.halves(rhs)?);
                self.wide_libcall(name, &[a.0, a.1, b.0, b.1], v)?;
            }
            _ => return unsupported(format!("i128 `{}`", op.name())),
        }
        Ok(())
    }

    /// Calls a libgcc helper whose arguments are `args` in `x0`, `x1`, ... and whose
    /// `i128` result is `x0:x1`.
    fn wide_libcall(&mut self, name: &'static str, args: &[Reg], v: Value) -> LResult {
        let (lo, hi) = self.wide_dsts(v)?;
        let sym = self.syms.external(self.ctx.m, name);
        let uses: Vec<(Reg, PReg)> = args
            .iter()
            .enumerate()
            .map(|(k, &r)| (r, xreg(k as u8)))
            .collect();
        self.emit_call(Callee::Sym(sym), uses, vec![(lo, xreg(0)), (hi, xreg(1))]);
        Ok(())
    }

    fn mul128(&mut self, lhs: Operand, rhs: Operand, v: Value) -> LResult {
        let (lo, hi) = self.wide_dsts(v)?;
        // Both operands extended from 64 bits the same way: one high-half multiply.
        if let (Some((a, sa)), Some((b, sb))) =
            (self.widened_from_64(lhs), self.widened_from_64(rhs))
            && sa == sb
        {
            let (a, b) = (self.put(a)?, self.put(b)?);
            self.emit(Inst::MulAdd {
                size: Size::X,
                sub: false,
                dst: lo,
                lhs: a,
                rhs: b,
                acc: None,
            });
            self.emit(Inst::MulHigh {
                signed: sa,
                dst: hi,
                lhs: a,
                rhs: b,
            });
            return Ok(());
        }
        let (a, b) = (self.halves(lhs)?, self.halves(rhs)?);
        // hi = umulh(a.lo, b.lo) + a.lo·b.hi + a.hi·b.lo
        let h0 = self.tmp();
        self.emit(Inst::MulHigh {
            signed: false,
            dst: h0,
            lhs: a.0,
            rhs: b.0,
        });
        let h1 = self.tmp();
        self.emit(Inst::MulAdd {
            size: Size::X,
            sub: false,
            dst: h1,
            lhs: a.0,
            rhs: b.1,
            acc: Some(h0),
        });
        self.emit(Inst::MulAdd {
            size: Size::X,
            sub: false,
            dst: hi,
            lhs: a.1,
            rhs: b.0,
            acc: Some(h1),
        });
        self.emit(Inst::MulAdd {
            size: Size::X,
            sub: false,
            dst: lo,
            lhs: a.0,
            rhs: b.0,
            acc: None,
        });
        Ok(())
    }

    /// A 128-bit shift by the constant `k` (below 128).
    fn shift128(&mut self, op: BinaryOp, k: u8, (alo, ahi): (Reg, Reg), (lo, hi): (Reg, Reg)) {
        let lsl = |d: Reg, s: Reg, k: u8| Inst::lsl_imm(Size::X, d, s, k);
        let shr =
            |signed: bool, d: Reg, s: Reg, k: u8| Inst::extract(signed, Size::X, d, s, k, 64 - k);
        match (op, k) {
            (_, 0) => {
                self.copy(lo, alo);
                self.copy(hi, ahi);
            }
            (BinaryOp::Shl, 1..=63) => {
                self.emit(Inst::Extr {
                    size: Size::X,
                    dst: hi,
                    hi: ahi,
                    lo: alo,
                    lsb: 64 - k,
                });
                self.emit(lsl(lo, alo, k));
            }
            (BinaryOp::Shl, _) => {
                self.emit(lsl(hi, alo, k - 64));
                self.emit(Inst::Imm { dst: lo, value: 0 });
            }
            (_, 1..=63) => {
                self.emit(Inst::Extr {
                    size: Size::X,
                    dst: lo,
                    hi: ahi,
                    lo: alo,
                    lsb: k,
                });
                self.emit(shr(op == BinaryOp::AShr, hi, ahi, k));
            }
            (BinaryOp::LShr, _) => {
                self.emit(shr(false, lo, ahi, k - 64));
                self.emit(Inst::Imm { dst: hi, value: 0 });
            }
            _ => {
                self.emit(shr(true, lo, ahi, k - 64));
                self.emit(shr(true, hi, ahi, 63));
            }
        }
    }

    /// The condition of an `icmp` on `i128` values.
    pub(super) fn icmp128(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Cond> {
        use IntPredicate::*;
        // `sbcs` gives `hs`/`lo`/`ge`/`lt` of a − b; the other orders swap the operands.
        let (cc, swap) = match pred {
            Eq => (Cc::Eq, false),
            Ne => (Cc::Ne, false),
            Uge => (Cc::Hs, false),
            Ult => (Cc::Lo, false),
            Sge => (Cc::Ge, false),
            Slt => (Cc::Lt, false),
            Ule => (Cc::Hs, true),
            Ugt => (Cc::Lo, true),
            Sle => (Cc::Ge, true),
            Sgt => (Cc::Lt, true),
        };
        let (mut a, mut b) = (self.halves(lhs)?, self.halves(rhs)?);
        if swap {
            std::mem::swap(&mut a, &mut b);
        }
        Ok(Cond::Cmp128 { cc, a, b })
    }

    /// Casts to or from `i128` that are not composites: sign extension, truncation below
    /// 64 bits.
    pub(super) fn cast128(&mut self, op: CastOp, value: Operand, v: Value) -> LResult {
        let from = self.ctx.ty(value);
        let to = self.ctx.value_ty(v);
        match op {
            CastOp::SExt if self.is_wide(to) => {
                let fb = self.bits(from)?;
                let s = self.put(value)?;
                let (lo, hi) = self.wide_dsts(v)?;
                let wide = self.sext(s, fb, Size::X);
                self.copy(lo, wide);
                self.emit(Inst::extract(true, Size::X, hi, wide, 63, 1));
                Ok(())
            }
            CastOp::ZExt if self.is_wide(to) => {
                let s = self.put(value)?;
                let (lo, hi) = self.wide_dsts(v)?;
                self.copy(lo, s);
                self.emit(Inst::Imm { dst: hi, value: 0 });
                Ok(())
            }
            CastOp::Trunc if self.is_wide(from) && !self.is_wide(to) => {
                let tb = self.bits(to)?;
                let (lo, _) = self.halves(value)?;
                let dst = self.ctx.value_reg(v)?;
                self.zext_into(dst, lo, tb);
                Ok(())
            }
            _ => unsupported(format!("`{}` to or from i128", op.name())),
        }
    }
}
