//! arith

use super::*;

impl Isel<'_, '_> {
    pub(super) fn icmp_cond(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Cond> {
        if matches!(self.ctx.type_data(self.ctx.ty(lhs)), TypeData::Int(128)) {
            return self.icmp128(pred, lhs, rhs);
        }
        let bits = self.bits(self.ctx.ty(lhs))?;
        let (mut pred, mut lhs, mut rhs) = (pred, self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        if self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
            std::mem::swap(&mut lhs, &mut rhs);
            pred = swap_pred(pred);
        }
        let cc = int_cc(pred);
        if is_signed(pred) && bits != 32 && bits != 64 {
            let l = self.put(lhs)?;
            let l = self.sext64(l, bits);
            let rhs = match self.const_bits(rhs) {
                Some(k) => {
                    let sh = 64 - bits;
                    let k = ((k << sh) as i64) >> sh;
                    match i32::try_from(k) {
                        Ok(k) => Rmi::Imm(k),
                        // The constant's register holds its `bits` bits zero-extended;
                        // the compare is of 64-bit sign extensions (fuzzing found
                        // `icmp slt i33 %x, -3704117893` true for %x = 0).
                        Err(_) => {
                            let r = self.put(rhs)?;
                            Rmi::Reg(self.sext64(r, bits))
                        }
                    }
                }
                None => {
                    let r = self.put(rhs)?;
                    Rmi::Reg(self.sext64(r, bits))
                }
            };
            return Ok(Cond::Int {
                size: Size::Q,
                cc,
                lhs: l,
                rhs,
            });
        }
        let size = size_for(bits);
        if matches!(pred, IntPredicate::Eq | IntPredicate::Ne) && self.const_bits(rhs) == Some(0) {
            let l = self.put(lhs)?;
            return Ok(Cond::Test {
                size,
                cc,
                lhs: l,
                rhs: Rmi::Reg(l),
            });
        }
        let l = self.put(lhs)?;
        let r = self.rmi(rhs, size, bits)?;
        Ok(Cond::Int {
            size,
            cc,
            lhs: l,
            rhs: r,
        })
    }

    /// A compare of two `i128` values: equality through `xor`/`or` of the halves, order
    /// through `cmp` + `sbb` (greater-than forms swap their operands).
    fn icmp128(&mut self, pred: IntPredicate, lhs: Operand, rhs: Operand) -> LResult<Cond> {
        use IntPredicate::*;
        let (a, b) = (self.put_regs(lhs)?, self.put_regs(rhs)?);
        let (&[alo, ahi], &[blo, bhi]) = (a.as_slice(), b.as_slice()) else {
            return unsupported("an i128 compare of another shape");
        };
        if matches!(pred, Eq | Ne) {
            let (x, y, z) = (self.tmp(), self.tmp(), self.tmp());
            self.emit(Inst::Alu {
                op: AluOp::Xor,
                size: Size::Q,
                dst: x,
                lhs: alo,
                rhs: Rmi::Reg(blo),
            });
            self.emit(Inst::Alu {
                op: AluOp::Xor,
                size: Size::Q,
                dst: y,
                lhs: ahi,
                rhs: Rmi::Reg(bhi),
            });
            self.emit(Inst::Alu {
                op: AluOp::Or,
                size: Size::Q,
                dst: z,
                lhs: x,
                rhs: Rmi::Reg(y),
            });
            return Ok(Cond::Test {
                size: Size::Q,
                cc: if pred == Eq { Cc::E } else { Cc::Ne },
                lhs: z,
                rhs: Rmi::Reg(z),
            });
        }
        let (cc, swap) = match pred {
            Ult => (Cc::B, false),
            Uge => (Cc::Ae, false),
            Ugt => (Cc::B, true),
            Ule => (Cc::Ae, true),
            Slt => (Cc::L, false),
            Sge => (Cc::Ge, false),
            Sgt => (Cc::L, true),
            _ => (Cc::Ge, true),
        };
        let (l, r) = if swap {
            ((blo, bhi), (alo, ahi))
        } else {
            ((alo, ahi), (blo, bhi))
        };
        Ok(Cond::Wide { cc, lhs: l, rhs: r })
    }

    /// `i128` arithmetic on register pairs.
    pub(super) fn binary128(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        v: Value,
    ) -> LResult {
        let dsts = self.ctx.value_regs(v)?.to_vec();
        let [dlo, dhi] = dsts[..] else {
            return unsupported("an i128 result of another shape");
        };
        match op {
            BinaryOp::Add | BinaryOp::Sub => {
                let (a, b) = (self.put_regs(lhs)?, self.put_regs(rhs)?);
                self.emit(Inst::Alu128 {
                    sub: op == BinaryOp::Sub,
                    dst_lo: dlo,
                    dst_hi: dhi,
                    lhs_lo: a[0],
                    lhs_hi: a[1],
                    rhs_lo: b[0],
                    rhs_hi: b[1],
                });
            }
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => {
                let aop = match op {
                    BinaryOp::And => AluOp::And,
                    BinaryOp::Or => AluOp::Or,
                    _ => AluOp::Xor,
                };
                let (a, b) = (self.put_regs(lhs)?, self.put_regs(rhs)?);
                for k in 0..2 {
                    self.emit(Inst::Alu {
                        op: aop,
                        size: Size::Q,
                        dst: dsts[k],
                        lhs: a[k],
                        rhs: Rmi::Reg(b[k]),
                    });
                }
            }
            BinaryOp::Mul => {
                // Both sides widened from 64 bits the same way: one `mul`/`imul`.
                let signed = match (self.widened_from_64(lhs), self.widened_from_64(rhs)) {
                    (Some(false), Some(false)) => Some(false),
                    (Some(true), Some(true)) => Some(true),
                    _ => None,
                };
                let (a, b) = (self.put_regs(lhs)?, self.put_regs(rhs)?);
                if let Some(signed) = signed {
                    self.emit(Inst::MulHi {
                        signed,
                        src: a[0],
                        src2: b[0],
                        dst: dhi,
                        tmp: dlo,
                    });
                    return Ok(());
                }
                let hi0 = self.tmp();
                self.emit(Inst::MulHi {
                    signed: false,
                    src: a[0],
                    src2: b[0],
                    dst: hi0,
                    tmp: dlo,
                });
                let (t1, t2, s1) = (self.tmp(), self.tmp(), self.tmp());
                self.emit(Inst::Imul {
                    size: Size::Q,
                    dst: t1,
                    lhs: a[0],
                    rhs: Rmi::Reg(b[1]),
                });
                self.emit(Inst::Imul {
                    size: Size::Q,
                    dst: t2,
                    lhs: a[1],
                    rhs: Rmi::Reg(b[0]),
                });
                self.emit(Inst::Lea {
                    size: Size::Q,
                    dst: s1,
                    addr: Amode::Index {
                        base: t1,
                        index: t2,
                        shift: 0,
                        disp: 0,
                    },
                });
                self.emit(Inst::Lea {
                    size: Size::Q,
                    dst: dhi,
                    addr: Amode::Index {
                        base: s1,
                        index: hi0,
                        shift: 0,
                        disp: 0,
                    },
                });
            }
            BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr => {
                let Some(k) = self.const_bits(rhs) else {
                    return unsupported("i128 shifts by a variable amount");
                };
                let k = (k & 127) as u8;
                let a = self.put_regs(lhs)?;
                self.shift128(op, k, a[0], a[1], dlo, dhi);
            }
            BinaryOp::UDiv | BinaryOp::SDiv | BinaryOp::URem | BinaryOp::SRem => {
                let name = match op {
                    BinaryOp::UDiv => "__udivti3",
                    BinaryOp::SDiv => "__divti3",
                    BinaryOp::URem => "__umodti3",
                    _ => "__modti3",
                };
                let (a, b) = (self.put_regs(lhs)?, self.put_regs(rhs)?);
                let sym = self.syms.external(self.ctx.m, name);
                self.emit_call(
                    Callee::Sym(sym),
                    vec![
                        (a[0], gpr(GP_ARGS[0])),
                        (a[1], gpr(GP_ARGS[1])),
                        (b[0], gpr(GP_ARGS[2])),
                        (b[1], gpr(GP_ARGS[3])),
                    ],
                    vec![(dlo, gpr(0)), (dhi, gpr(2))],
                );
            }
            _ => return unsupported(format!("i128 `{}`", op.name())),
        }
        Ok(())
    }

    fn shift128(&mut self, op: BinaryOp, k: u8, lo: Reg, hi: Reg, dlo: Reg, dhi: Reg) {
        let shift = |isel: &mut Self, op: ShiftOp, dst: Reg, src: Reg, imm: u8| {
            isel.emit(Inst::Shift {
                op,
                size: Size::Q,
                dst,
                src,
                amount: None,
                imm,
            });
        };
        match (op, k) {
            (_, 0) => {
                self.copy(dlo, lo);
                self.copy(dhi, hi);
            }
            (BinaryOp::Shl, 1..=63) => {
                self.emit(Inst::DoubleShift {
                    left: true,
                    size: Size::Q,
                    dst: dhi,
                    src: hi,
                    fill: lo,
                    amount: None,
                    imm: k,
                });
                shift(self, ShiftOp::Shl, dlo, lo, k);
            }
            (BinaryOp::Shl, _) => {
                shift(self, ShiftOp::Shl, dhi, lo, k - 64);
                self.emit(Inst::Imm { dst: dlo, value: 0 });
            }
            (_, 1..=63) => {
                self.emit(Inst::DoubleShift {
                    left: false,
                    size: Size::Q,
                    dst: dlo,
                    src: lo,
                    fill: hi,
                    amount: None,
                    imm: k,
                });
                let sop = if op == BinaryOp::AShr {
                    ShiftOp::Sar
                } else {
                    ShiftOp::Shr
                };
                shift(self, sop, dhi, hi, k);
            }
            (BinaryOp::LShr, _) => {
                shift(self, ShiftOp::Shr, dlo, hi, k - 64);
                self.emit(Inst::Imm { dst: dhi, value: 0 });
            }
            _ => {
                shift(self, ShiftOp::Sar, dlo, hi, k - 64);
                shift(self, ShiftOp::Sar, dhi, hi, 63);
            }
        }
    }

    /// Whether `op` is an `i128` widened from 64 bits or fewer: `Some(false)` for a zero
    /// extension (or a constant below 2^63), `Some(true)` for a sign extension.
    fn widened_from_64(&self, op: Operand) -> Option<bool> {
        let op = self.ctx.resolve(op);
        if let Operand::Const(c) = op
            && let ConstKind::Int(v) = self.ctx.m.const_data(c).kind
        {
            return (v >> 63 == 0).then_some(false);
        }
        let p = self.ctx.producer(op)?;
        match &self.ctx.body.insts[p].kind {
            InstKind::Cast {
                op: CastOp::ZExt,
                value,
                ..
            } if self.bits(self.ctx.ty(*value)).is_ok() => Some(false),
            InstKind::Cast {
                op: CastOp::SExt,
                value,
                ..
            } if self.bits(self.ctx.ty(*value)).is_ok() => Some(true),
            _ => None,
        }
    }

    /// The compare for `fcmp pred lhs, rhs`; `Err(bool)` when the result is constant.
    pub(super) fn fcmp_cond(
        &mut self,
        pred: FloatPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Result<Cond, bool>> {
        use FloatPredicate::*;
        let double = self.is_double(self.ctx.ty(lhs))?;
        let (pred, lhs, rhs) = match pred {
            False => return Ok(Err(false)),
            True => return Ok(Err(true)),
            Olt => (Ogt, rhs, lhs),
            Ole => (Oge, rhs, lhs),
            Ugt => (Ult, rhs, lhs),
            Uge => (Ule, rhs, lhs),
            p => (p, lhs, rhs),
        };
        let l = self.put(lhs)?;
        let r = self.put(rhs)?;
        Ok(Ok(Cond::Float {
            double,
            pred,
            lhs: l,
            rhs: r,
        }))
    }

    /// The compare that decides a branch or select on `c`: a same-block `icmp`/`fcmp` is
    /// folded, anything else is tested against zero. `Err(bool)` for a constant.
    pub(super) fn cond_of(&mut self, c: Operand) -> LResult<Result<Cond, bool>> {
        let c = self.ctx.resolve(c);
        if let Some(k) = self.const_bits(c) {
            return Ok(Err(k & 1 != 0));
        }
        if let Some(p) = self.ctx.same_block_producer(c) {
            match self.ctx.body.insts[p].kind {
                InstKind::ICmp { pred, lhs, rhs } if self.bits(self.ctx.ty(lhs)).is_ok() => {
                    return Ok(Ok(self.icmp_cond(pred, lhs, rhs)?));
                }
                InstKind::FCmp { pred, lhs, rhs, .. } => {
                    return self.fcmp_cond(pred, lhs, rhs);
                }
                _ => {}
            }
        }
        let r = self.put(c)?;
        Ok(Ok(Cond::Test {
            size: Size::L,
            cc: Cc::Ne,
            lhs: r,
            rhs: Rmi::Reg(r),
        }))
    }

    pub(super) fn setcc(&mut self, cond: Result<Cond, bool>, dst: Reg) {
        match cond {
            Err(k) => self.emit(Inst::Imm {
                dst,
                value: u64::from(k),
            }),
            Ok(cond) => {
                let tmp = matches!(
                    cond,
                    Cond::Float {
                        pred: FloatPredicate::Oeq | FloatPredicate::Une,
                        ..
                    }
                )
                .then(|| self.tmp());
                self.emit(Inst::Setcc { cond, dst, tmp });
            }
        }
    }

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
        if matches!(self.ctx.type_data(ty), TypeData::Int(128)) {
            unreachable!("i128 arithmetic goes through binary128");
        }
        let bits = self.bits(ty)?;
        let size = size_for(bits);
        // Operations that can set bits above the width need re-extension at odd widths.
        let refix = bits != 32
            && bits != 64
            && matches!(
                op,
                BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Shl
            );
        let out = if refix { self.tmp() } else { dst };
        let (mut lhs, mut rhs) = (self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        let commutative = matches!(
            op,
            BinaryOp::Add | BinaryOp::Mul | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
        );
        if commutative && self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
            std::mem::swap(&mut lhs, &mut rhs);
        }
        // A load on the left folds into the instruction once it is on the right.
        if commutative
            && (bits == 32 || bits == 64)
            && self.const_bits(rhs).is_none()
            && self.foldable_load_of(lhs, ty).is_some()
            && self.foldable_load_of(rhs, ty).is_none()
        {
            std::mem::swap(&mut lhs, &mut rhs);
        }
        match op {
            BinaryOp::Add => {
                if let Some(k) = self.imm32(rhs, size) {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Lea {
                        size,
                        dst: out,
                        addr: Amode::Base { base: a, disp: k },
                    });
                } else if let Some((x, sh)) = self.scaled(rhs) {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Lea {
                        size,
                        dst: out,
                        addr: Amode::Index {
                            base: a,
                            index: x,
                            shift: sh,
                            disp: 0,
                        },
                    });
                } else {
                    let r = self.rmi(rhs, size, bits)?;
                    let a = self.put(lhs)?;
                    match r {
                        Rmi::Reg(b) => self.emit(Inst::Lea {
                            size,
                            dst: out,
                            addr: Amode::Index {
                                base: a,
                                index: b,
                                shift: 0,
                                disp: 0,
                            },
                        }),
                        r => self.emit(Inst::Alu {
                            op: AluOp::Add,
                            size,
                            dst: out,
                            lhs: a,
                            rhs: r,
                        }),
                    }
                }
            }
            BinaryOp::Sub => {
                if self.const_bits(lhs) == Some(0) {
                    let b = self.put(rhs)?;
                    self.emit(Inst::Unary {
                        op: UnOp::Neg,
                        size,
                        dst: out,
                        src: b,
                    });
                } else if let Some(k) = self.imm32(rhs, size)
                    && let Some(nk) = k.checked_neg()
                {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Lea {
                        size,
                        dst: out,
                        addr: Amode::Base { base: a, disp: nk },
                    });
                } else {
                    self.alu(AluOp::Sub, size, bits, lhs, rhs, out)?;
                }
            }
            BinaryOp::Mul => self.mul(size, bits, lhs, rhs, out)?,
            BinaryOp::And => self.alu(AluOp::And, size, bits, lhs, rhs, out)?,
            BinaryOp::Or => self.alu(AluOp::Or, size, bits, lhs, rhs, out)?,
            BinaryOp::Xor => {
                let all = if bits == 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                if self.const_bits(rhs) == Some(all) && (bits == 32 || bits == 64) {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Unary {
                        op: UnOp::Not,
                        size,
                        dst: out,
                        src: a,
                    });
                } else {
                    self.alu(AluOp::Xor, size, bits, lhs, rhs, out)?;
                }
            }
            BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr => {
                self.shift(op, bits, lhs, rhs, out)?
            }
            BinaryOp::UDiv | BinaryOp::URem | BinaryOp::SDiv | BinaryOp::SRem => {
                self.divide(op, bits, lhs, rhs, out)?
            }
            _ => return unsupported(format!("integer `{}`", op.name())),
        }
        if refix {
            self.emit(Inst::Ext {
                signed: false,
                from: bits as u8,
                dst,
                src: out,
            });
        }
        Ok(())
    }

    /// `x << k` or `x * 2^k` (k ≤ 3) in the same block: an index for `lea`.
    pub(super) fn scaled(&mut self, op: Operand) -> Option<(Reg, u8)> {
        let p = self.ctx.same_block_producer(op)?;
        let InstKind::Binary {
            op: bop, lhs, rhs, ..
        } = self.ctx.body.insts[p].kind
        else {
            return None;
        };
        let bits = self.bits(self.ctx.ty(lhs)).ok()?;
        if bits != 64 && bits != 32 {
            return None;
        }
        let k = self.const_bits(rhs)?;
        let sh = match bop {
            BinaryOp::Shl if (1..=3).contains(&k) => k as u8,
            BinaryOp::Mul if matches!(k, 2 | 4 | 8) => k.trailing_zeros() as u8,
            _ => return None,
        };
        let x = self.put(lhs).ok()?;
        Some((x, sh))
    }

    pub(super) fn alu(
        &mut self,
        op: AluOp,
        size: Size,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        let r = self.rmi(rhs, size, bits)?;
        let a = self.put(lhs)?;
        self.emit(Inst::Alu {
            op,
            size,
            dst,
            lhs: a,
            rhs: r,
        });
        Ok(())
    }

    pub(super) fn mul(
        &mut self,
        size: Size,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        if let Some(k) = self.const_bits(rhs) {
            let a = self.put(lhs)?;
            let k = if size == Size::L {
                u64::from(k as u32)
            } else {
                k
            };
            match k {
                0 => self.emit(Inst::Imm { dst, value: 0 }),
                1 => self.emit(Inst::Lea {
                    size,
                    dst,
                    addr: Amode::Base { base: a, disp: 0 },
                }),
                3 | 5 | 9 => self.emit(Inst::Lea {
                    size,
                    dst,
                    addr: Amode::Index {
                        base: a,
                        index: a,
                        shift: (k - 1).trailing_zeros() as u8,
                        disp: 0,
                    },
                }),
                k if k.is_power_of_two() => self.emit(Inst::Shift {
                    op: ShiftOp::Shl,
                    size,
                    dst,
                    src: a,
                    amount: None,
                    imm: k.trailing_zeros() as u8,
                }),
                _ => match self.imm32(rhs, size) {
                    Some(imm) => self.emit(Inst::ImulImm {
                        size,
                        dst,
                        src: a,
                        imm,
                    }),
                    None => {
                        let b = self.put(rhs)?;
                        self.emit(Inst::Imul {
                            size,
                            dst,
                            lhs: a,
                            rhs: Rmi::Reg(b),
                        });
                    }
                },
            }
            return Ok(());
        }
        let r = match self.rmi(rhs, size, bits)? {
            Rmi::Imm(_) => unreachable!("constants handled above"),
            r => r,
        };
        let a = self.put(lhs)?;
        self.emit(Inst::Imul {
            size,
            dst,
            lhs: a,
            rhs: r,
        });
        Ok(())
    }

    pub(super) fn shift(
        &mut self,
        op: BinaryOp,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        let sop = match op {
            BinaryOp::Shl => ShiftOp::Shl,
            BinaryOp::LShr => ShiftOp::Shr,
            _ => ShiftOp::Sar,
        };
        // Arithmetic shifts of odd widths work on the sign-extended value, then re-extend.
        let (src, size, fix) = if sop == ShiftOp::Sar {
            let (r, size) = self.signed_operand(lhs, bits)?;
            (r, size, bits != 32 && bits != 64)
        } else {
            (self.put(lhs)?, size_for(bits), false)
        };
        let out = if fix { self.tmp() } else { dst };
        match self.const_bits(rhs) {
            Some(k) => {
                let k = (k as u32) & if size == Size::L { 31 } else { 63 };
                self.emit(Inst::Shift {
                    op: sop,
                    size,
                    dst: out,
                    src,
                    amount: None,
                    imm: k as u8,
                });
            }
            None => {
                let amount = self.put(rhs)?;
                self.emit(Inst::Shift {
                    op: sop,
                    size,
                    dst: out,
                    src,
                    amount: Some(amount),
                    imm: 0,
                });
            }
        }
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

    pub(super) fn float_binary(
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
                return self.libcall(name, &[lhs, rhs], Some((dst, true)));
            }
        };
        // Commutative: a constant or a foldable load goes to the right, where it folds.
        let (lhs, rhs) = if matches!(fop, FOp::Add | FOp::Mul) {
            let folds = |isel: &Self, op: Operand| {
                matches!(isel.ctx.resolve(op), Operand::Const(_))
                    || isel.foldable_load_of(op, ty).is_some()
            };
            if folds(self, lhs) && !folds(self, rhs) {
                (rhs, lhs)
            } else {
                (lhs, rhs)
            }
        } else {
            (lhs, rhs)
        };
        let r = self.frm(rhs, double)?;
        let a = self.put(lhs)?;
        self.emit(Inst::FAlu {
            op: fop,
            double,
            dst,
            lhs: a,
            rhs: r,
        });
        Ok(())
    }

    pub(super) fn fneg(&mut self, arg: Operand, dst: Reg, ty: Type) -> LResult {
        let double = self.is_double(ty)?;
        let mask = if double { 1u128 << 63 } else { 1u128 << 31 };
        let m = self.pool_entry(mask);
        let a = self.put(arg)?;
        self.emit(Inst::FAlu {
            op: FOp::Xor,
            double,
            dst,
            lhs: a,
            rhs: Rmi::Mem(m),
        });
        Ok(())
    }

    /// Conversions to and from `i128` (those that only move halves are composites).
    pub(super) fn cast128(&mut self, op: CastOp, value: Operand, v: Value) -> LResult {
        let to = self.ctx.value_ty(v);
        let from = self.ctx.ty(value);
        let dsts = self.ctx.value_regs(v)?.to_vec();
        match (op, dsts.as_slice()) {
            (CastOp::SExt, &[dlo, dhi]) => {
                let bits = self.bits(from)?;
                let x = self.put(value)?;
                if bits < 64 {
                    self.emit(Inst::Ext {
                        signed: true,
                        from: bits as u8,
                        dst: dlo,
                        src: x,
                    });
                } else {
                    self.copy(dlo, x);
                }
                self.emit(Inst::Shift {
                    op: ShiftOp::Sar,
                    size: Size::Q,
                    dst: dhi,
                    src: dlo,
                    amount: None,
                    imm: 63,
                });
            }
            (CastOp::ZExt, &[dlo, dhi]) => {
                // Only from a type that is not a plain integer register (else a composite).
                let x = self.put(value)?;
                self.copy(dlo, x);
                self.emit(Inst::Imm { dst: dhi, value: 0 });
            }
            (CastOp::Trunc, &[dst]) => {
                let bits = self.bits(to)?;
                let halves = self.put_regs(value)?;
                if bits < 64 {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: bits as u8,
                        dst,
                        src: halves[0],
                    });
                } else {
                    self.copy(dst, halves[0]);
                }
            }
            (CastOp::SIToFP | CastOp::UIToFP, &[dst]) => {
                let double = self.is_double(to)?;
                let name = match (op, double) {
                    (CastOp::SIToFP, true) => "__floattidf",
                    (CastOp::SIToFP, false) => "__floattisf",
                    (_, true) => "__floatuntidf",
                    (_, false) => "__floatuntisf",
                };
                let halves = self.put_regs(value)?;
                let sym = self.syms.external(self.ctx.m, name);
                self.emit_call(
                    Callee::Sym(sym),
                    vec![(halves[0], gpr(GP_ARGS[0])), (halves[1], gpr(GP_ARGS[1]))],
                    vec![(dst, xmm(0))],
                );
            }
            (CastOp::FPToSI | CastOp::FPToUI, &[dlo, dhi]) => {
                let double = self.is_double(from)?;
                let name = match (op, double) {
                    (CastOp::FPToSI, true) => "__fixdfti",
                    (CastOp::FPToSI, false) => "__fixsfti",
                    (_, true) => "__fixunsdfti",
                    (_, false) => "__fixunssfti",
                };
                let x = self.put(value)?;
                let sym = self.syms.external(self.ctx.m, name);
                self.emit_call(
                    Callee::Sym(sym),
                    vec![(x, xmm(0))],
                    vec![(dlo, gpr(0)), (dhi, gpr(2))],
                );
            }
            _ => return unsupported(format!("`{}` involving i128", op.name())),
        }
        Ok(())
    }

    pub(super) fn cast(&mut self, op: CastOp, value: Operand, dst: Reg, to: Type) -> LResult {
        let from = self.ctx.ty(value);
        match op {
            CastOp::Trunc | CastOp::PtrToInt => {
                let tb = self.bits(to)?;
                let s = self.put(value)?;
                if tb >= 64 {
                    self.copy(dst, s);
                } else {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: tb as u8,
                        dst,
                        src: s,
                    });
                }
            }
            CastOp::ZExt | CastOp::IntToPtr => {
                // Already zero-extended (this is reached only when not an alias).
                let s = self.put(value)?;
                self.copy(dst, s);
            }
            CastOp::SExt => {
                let fb = self.bits(from)?;
                let tb = self.bits(to)?;
                let v = self.ctx.resolve(value);
                if matches!(fb, 8 | 16 | 32)
                    && tb >= 32
                    && let Some(ptr) = self.foldable_load_of(value, from)
                {
                    let addr = self.amode(ptr)?;
                    let raw = if tb == 64 { dst } else { self.tmp() };
                    self.emit(Inst::Load {
                        bytes: (fb / 8) as u8,
                        signed: true,
                        dst: raw,
                        addr,
                    });
                    if tb < 64 {
                        self.emit(Inst::Ext {
                            signed: false,
                            from: tb as u8,
                            dst,
                            src: raw,
                        });
                    }
                    return Ok(());
                }
                let s = self.put(v)?;
                if tb == 64 {
                    self.emit(Inst::Ext {
                        signed: true,
                        from: fb as u8,
                        dst,
                        src: s,
                    });
                } else {
                    let wide = self.sext64(s, fb);
                    self.emit(Inst::Ext {
                        signed: false,
                        from: tb as u8,
                        dst,
                        src: wide,
                    });
                }
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                let to_double = self.is_double(to)?;
                self.is_double(from)?;
                let s = self.put(value)?;
                self.emit(Inst::FToF {
                    to_double,
                    dst,
                    src: s,
                });
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let double = self.is_double(from)?;
                let tb = self.bits(to)?;
                if op == CastOp::FPToUI && tb == 64 {
                    let s = self.put(value)?;
                    let pattern = if double {
                        u128::from(9_223_372_036_854_775_808f64.to_bits())
                    } else {
                        u128::from(9_223_372_036_854_775_808f32.to_bits())
                    };
                    let Amode::Pool { idx } = self.pool_entry(pattern) else {
                        unreachable!("pool entries are pool amodes");
                    };
                    let tmp = self.ftmp();
                    self.emit(Inst::FToU64 {
                        double,
                        dst,
                        src: s,
                        tmp,
                        bias: idx,
                    });
                    return Ok(());
                }
                let size = if op == CastOp::FPToSI && tb <= 32 {
                    Size::L
                } else {
                    Size::Q
                };
                let s = self.put(value)?;
                let raw = if tb == 32 && size == Size::L || tb == 64 {
                    dst
                } else {
                    self.tmp()
                };
                self.emit(Inst::FToInt {
                    double,
                    size,
                    dst: raw,
                    src: s,
                });
                if raw != dst {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: tb as u8,
                        dst,
                        src: raw,
                    });
                }
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let double = self.is_double(to)?;
                let fb = self.bits(from)?;
                if op == CastOp::UIToFP && fb == 64 {
                    let s = self.put(value)?;
                    let tmp = self.tmp();
                    self.emit(Inst::U64ToF {
                        double,
                        dst,
                        src: s,
                        tmp,
                    });
                    return Ok(());
                }
                let s = self.put(value)?;
                let (src, size) = if op == CastOp::UIToFP {
                    (s, Size::Q)
                } else {
                    match fb {
                        32 => (s, Size::L),
                        64 => (s, Size::Q),
                        _ => (self.sext64(s, fb), Size::Q),
                    }
                };
                self.emit(Inst::IntToF {
                    double,
                    size,
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
}
