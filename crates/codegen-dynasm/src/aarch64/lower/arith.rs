//! Tier 0 (AArch64): arithmetic, comparisons, address arithmetic and casts.

use super::*;

impl FnLower<'_, '_> {
    pub(super) fn binary(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, v: Value) -> R {
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        if op.is_float() {
            if self.is_quad(ty) {
                return self.binary_quad(op, lhs, rhs, o);
            }
            if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                return Err(self.err("float arithmetic on this type"));
            }
            let f32 = self.is_f32(ty);
            if op == BinaryOp::FRem {
                self.fp(0, lhs, f32)?;
                self.fp(1, rhs, f32)?;
                let s = self
                    .syms
                    .external(self.m, if f32 { "fmodf" } else { "fmod" });
                self.asm.bl_sym(s);
                self.st_fp(o, 0, f32);
                return Ok(());
            }
            self.fp(16, lhs, f32)?;
            self.fp(17, rhs, f32)?;
            match (op, f32) {
                (BinaryOp::FAdd, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fadd s16, s16, s17)
                }
                (BinaryOp::FAdd, false) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fadd d16, d16, d17)
                }
                (BinaryOp::FSub, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fsub s16, s16, s17)
                }
                (BinaryOp::FSub, false) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fsub d16, d16, d17)
                }
                (BinaryOp::FMul, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmul s16, s16, s17)
                }
                (BinaryOp::FMul, false) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmul d16, d16, d17)
                }
                (BinaryOp::FDiv, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fdiv s16, s16, s17)
                }
                _ => dynasm!(self.asm.ops ; .arch aarch64 ; fdiv d16, d16, d17),
            }
            self.st_fp(o, 16, f32);
            return Ok(());
        }
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            return self.binary128(op, lhs, rhs, bits, o);
        }
        self.gp(X9, lhs)?;
        self.gp(X10, rhs)?;
        use BinaryOp::*;
        match op {
            Add => dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10),
            Sub => dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10),
            Mul => dynasm!(self.asm.ops ; .arch aarch64 ; mul x9, x9, x10),
            And => dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x10),
            Or => dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x10),
            Xor => dynasm!(self.asm.ops ; .arch aarch64 ; eor x9, x9, x10),
            Shl => dynasm!(self.asm.ops ; .arch aarch64 ; lsl x9, x9, x10),
            LShr => dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x10),
            AShr => {
                self.asm.sext(X9, X9, bits);
                dynasm!(self.asm.ops ; .arch aarch64 ; asr x9, x9, x10);
            }
            UDiv => dynasm!(self.asm.ops ; .arch aarch64 ; udiv x9, x9, x10),
            URem => dynasm!(self.asm.ops ; .arch aarch64
                ; udiv x11, x9, x10 ; msub x9, x11, x10, x9),
            SDiv | SRem => {
                self.asm.sext(X9, X9, bits);
                self.asm.sext(X10, X10, bits);
                if op == SDiv {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sdiv x9, x9, x10);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sdiv x11, x9, x10 ; msub x9, x11, x10, x9);
                }
            }
            _ => unreachable!("float ops handled above"),
        }
        if !matches!(op, And | Or | Xor | LShr | UDiv | URem) {
            self.asm.zext(X9, bits);
        }
        self.asm.stx(X9, FP, o);
        Ok(())
    }

    /// `smax`/`smin`/`umax`/`umin` (`b` given) and `abs` on an i65..i128 `a`.
    pub(super) fn minmax128(
        &mut self,
        which: Intrinsic,
        a: Operand,
        b: Option<Operand>,
        bits: u32,
        o: i64,
    ) -> R {
        use Intrinsic::*;
        let high_bits = bits - 64;
        let Some(b) = b else {
            // abs: (x ^ sign) - sign over both halves.
            self.gp(X9, a)?;
            self.gp_hi(X10, a)?;
            self.asm.sext(X10, X10, high_bits);
            dynasm!(self.asm.ops ; .arch aarch64
                ; asr x11, x10, 63 ; eor x9, x9, x11 ; eor x10, x10, x11
                ; subs x9, x9, x11 ; sbc x10, x10, x11);
            self.asm.zext(X10, high_bits);
            self.asm.stx(X9, FP, o);
            self.asm.stx(X10, FP, o + 8);
            return Ok(());
        };
        let pred = match which {
            Smax => IntPredicate::Sgt,
            Smin => IntPredicate::Slt,
            Umax => IntPredicate::Ugt,
            _ => IntPredicate::Ult,
        };
        let c = self.icmp(pred, a, b)?;
        // Loads and immediates leave the flags alone.
        self.gp(X9, a)?;
        self.gp_hi(X10, a)?;
        self.gp(X11, b)?;
        self.gp_hi(X12, b)?;
        self.asm.csel(X9, X9, X11, c);
        self.asm.csel(X10, X10, X12, c);
        self.asm.stx(X9, FP, o);
        self.asm.stx(X10, FP, o + 8);
        Ok(())
    }

    /// Integer arithmetic on i65..i128 in `x10:x9`; operands and result are zero-extended
    /// above `bits` in their slots, like narrower integers.
    pub(super) fn binary128(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        bits: u32,
        o: i64,
    ) -> R {
        use BinaryOp::*;
        let high_bits = bits - 64;
        if matches!(op, UDiv | SDiv | URem | SRem) {
            let name = match op {
                UDiv => "__udivti3",
                SDiv => "__divti3",
                URem => "__umodti3",
                _ => "__modti3",
            };
            self.gp(0, lhs)?;
            self.gp_hi(1, lhs)?;
            self.gp(2, rhs)?;
            self.gp_hi(3, rhs)?;
            if matches!(op, SDiv | SRem) {
                self.asm.sext(1, 1, high_bits);
                self.asm.sext(3, 3, high_bits);
            }
            let s = self.syms.external(self.m, name);
            self.asm.bl_sym(s);
            self.asm.zext(1, high_bits);
            self.asm.stx(0, FP, o);
            self.asm.stx(1, FP, o + 8);
            return Ok(());
        }
        self.gp(X9, lhs)?;
        self.gp_hi(X10, lhs)?;
        self.gp(X11, rhs)?;
        self.gp_hi(X12, rhs)?;
        if op == AShr {
            self.asm.sext(X10, X10, high_bits);
        }
        match op {
            Add => dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x11 ; adc x10, x10, x12),
            Sub => dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x11 ; sbc x10, x10, x12),
            And => dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x11 ; and x10, x10, x12),
            Or => dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x11 ; orr x10, x10, x12),
            Xor => dynasm!(self.asm.ops ; .arch aarch64 ; eor x9, x9, x11 ; eor x10, x10, x12),
            Mul => dynasm!(self.asm.ops ; .arch aarch64
                ; umulh x13, x9, x11
                ; madd x13, x9, x12, x13
                ; madd x10, x10, x11, x13
                ; mul x9, x9, x11),
            Shl => dynasm!(self.asm.ops ; .arch aarch64
                ; lsl x13, x10, x11
                ; lsr x14, x9, 1
                ; mvn x15, x11
                ; lsr x14, x14, x15
                ; orr x13, x13, x14
                ; lsl x12, x9, x11
                ; tst x11, 64
                ; csel x10, x12, x13, ne
                ; csel x9, xzr, x12, ne),
            LShr => dynasm!(self.asm.ops ; .arch aarch64
                ; lsr x13, x9, x11
                ; lsl x14, x10, 1
                ; mvn x15, x11
                ; lsl x14, x14, x15
                ; orr x13, x13, x14
                ; lsr x12, x10, x11
                ; tst x11, 64
                ; csel x9, x12, x13, ne
                ; csel x10, xzr, x12, ne),
            AShr => dynasm!(self.asm.ops ; .arch aarch64
                ; lsr x13, x9, x11
                ; lsl x14, x10, 1
                ; mvn x15, x11
                ; lsl x14, x14, x15
                ; orr x13, x13, x14
                ; asr x12, x10, x11
                ; asr x15, x10, 63
                ; tst x11, 64
                ; csel x9, x12, x13, ne
                ; csel x10, x15, x12, ne),
            _ => return Err(self.err(format!("i128 `{}`", op.name()))),
        }
        self.asm.zext(X10, high_bits);
        self.asm.stx(X9, FP, o);
        self.asm.stx(X10, FP, o + 8);
        Ok(())
    }

    /// Emits the compare; returns the condition true when the predicate holds.
    pub(super) fn icmp(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> Result<Cond, CodegenError> {
        use IntPredicate::*;
        let ty = self.ty_of(lhs);
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            let (a, b) = match pred {
                Ugt | Sgt | Ule | Sle => (rhs, lhs),
                _ => (lhs, rhs),
            };
            self.gp(X9, a)?;
            self.gp_hi(X10, a)?;
            self.gp(X11, b)?;
            self.gp_hi(X12, b)?;
            if matches!(pred, Slt | Sgt | Sle | Sge) {
                self.asm.sext(X10, X10, bits - 64);
                self.asm.sext(X12, X12, bits - 64);
            }
            if matches!(pred, Eq | Ne) {
                dynasm!(self.asm.ops ; .arch aarch64
                    ; eor x9, x9, x11 ; eor x10, x10, x12 ; orr x9, x9, x10 ; cmp x9, 0);
                return Ok(if pred == Eq { Cond::Eq } else { Cond::Ne });
            }
            dynasm!(self.asm.ops ; .arch aarch64 ; cmp x9, x11 ; sbcs xzr, x10, x12);
            return Ok(match pred {
                Ult | Ugt => Cond::Lo,
                Uge | Ule => Cond::Hs,
                Slt | Sgt => Cond::Lt,
                _ => Cond::Ge,
            });
        }
        let signed = matches!(pred, Sgt | Sge | Slt | Sle);
        self.gp(X9, lhs)?;
        if signed {
            self.asm.sext(X9, X9, bits);
        }
        match self.const_int(rhs) {
            Some(k) if !signed => self.asm.cmp_imm(X9, k, X10),
            _ => {
                self.gp(X10, rhs)?;
                if signed {
                    self.asm.sext(X10, X10, bits);
                }
                self.asm.cmp(X9, X10);
            }
        }
        Ok(match pred {
            Eq => Cond::Eq,
            Ne => Cond::Ne,
            Ugt => Cond::Hi,
            Uge => Cond::Hs,
            Ult => Cond::Lo,
            Ule => Cond::Ls,
            Sgt => Cond::Gt,
            Sge => Cond::Ge,
            Slt => Cond::Lt,
            Sle => Cond::Le,
        })
    }

    /// Leaves the 0/1 result in `x9`.
    pub(super) fn fcmp(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        use FloatPredicate::*;
        let ty = self.ty_of(lhs);
        if self.is_quad(ty) {
            return self.fcmp_quad(pred, lhs, rhs);
        }
        if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
            return Err(self.err("fcmp of this type"));
        }
        let f32 = self.is_f32(ty);
        match pred {
            False => {
                self.asm.imm(X9, 0);
                return Ok(());
            }
            True => {
                self.asm.imm(X9, 1);
                return Ok(());
            }
            _ => {}
        }
        self.fp(16, lhs, f32)?;
        self.fp(17, rhs, f32)?;
        if f32 {
            dynasm!(self.asm.ops ; .arch aarch64 ; fcmp s16, s17);
        } else {
            dynasm!(self.asm.ops ; .arch aarch64 ; fcmp d16, d17);
        }
        let two = |s: &mut Self, a: Cond, b: Cond| {
            s.asm.cset(X9, a);
            s.asm.cset(X10, b);
            dynasm!(s.asm.ops ; .arch aarch64 ; orr x9, x9, x10);
        };
        match pred {
            Oeq => self.asm.cset(X9, Cond::Eq),
            Ogt => self.asm.cset(X9, Cond::Gt),
            Oge => self.asm.cset(X9, Cond::Ge),
            Olt => self.asm.cset(X9, Cond::Mi),
            Ole => self.asm.cset(X9, Cond::Ls),
            One => two(self, Cond::Mi, Cond::Gt),
            Ord => self.asm.cset(X9, Cond::Vc),
            Uno => self.asm.cset(X9, Cond::Vs),
            Ueq => two(self, Cond::Eq, Cond::Vs),
            Ugt => self.asm.cset(X9, Cond::Hi),
            Uge => self.asm.cset(X9, Cond::Pl),
            Ult => self.asm.cset(X9, Cond::Lt),
            Ule => self.asm.cset(X9, Cond::Le),
            _ => self.asm.cset(X9, Cond::Ne),
        }
        Ok(())
    }

    pub(super) fn gep(
        &mut self,
        source_ty: Type,
        base: Operand,
        indices: &[Operand],
        v: Value,
    ) -> R {
        let o = self.slot(v)?;
        self.gp(X9, base)?;
        let mut off: i64 = 0;
        let mut cur = source_ty;
        for (i, &idx) in indices.iter().enumerate() {
            let ity = self.ty_of(idx);
            if !self.m.types.is_int(ity) {
                return Err(self.err("getelementptr with a vector index"));
            }
            let ibits = bit_width(self.m, ity);
            let (elem_size, next) = if i == 0 {
                (self.size(cur), cur)
            } else {
                match self.data(cur) {
                    TypeData::Struct { .. } | TypeData::Named(_) => {
                        let Some(k) = self.const_int(idx) else {
                            return Err(self.err("variable struct index"));
                        };
                        let (fo, t) = self
                            .dl
                            .member_offset(&self.m.types, cur, k)
                            .ok_or_else(|| self.err("struct index out of range"))?;
                        off = off.wrapping_add(fo as i64);
                        cur = t;
                        continue;
                    }
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                        (self.size(*elem), *elem)
                    }
                    _ => return Err(self.err("getelementptr through a scalar")),
                }
            };
            cur = next;
            match idx {
                Operand::Const(c) => {
                    let CVal::Bits(k) = self.const_val(c)? else {
                        return Err(self.err("symbolic gep index"));
                    };
                    let k = if ibits >= 64 {
                        k as u64 as i64
                    } else {
                        ((k as u64) << (64 - ibits)) as i64 >> (64 - ibits)
                    };
                    off = off.wrapping_add(k.wrapping_mul(elem_size as i64));
                }
                Operand::Value(_) => {
                    if elem_size == 0 {
                        continue;
                    }
                    self.gp(X10, idx)?;
                    self.asm.sext(X10, X10, ibits.min(64));
                    self.asm.imm(X11, elem_size);
                    dynasm!(self.asm.ops ; .arch aarch64 ; madd x9, x10, x11, x9);
                }
            }
        }
        if off != 0 {
            self.asm.imm(X10, off as u64);
            dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10);
        }
        self.asm.stx(X9, FP, o);
        Ok(())
    }

    pub(super) fn cast(&mut self, op: CastOp, value: Operand, v: Value) -> R {
        let to = self.body.values[v].ty;
        let from = self.ty_of(value);
        let o = self.slot(v)?;
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        let from_f32 = self.is_f32(from);
        let to_f32 = self.is_f32(to);
        if self.m.types.is_vector(from) || self.m.types.is_vector(to) {
            return Err(self.err(format!("vector `{}`", op.name())));
        }
        if self.m.types.is_long_float(from) || self.m.types.is_long_float(to) {
            return self.cast_quad(op, value, from, to, o);
        }
        match op {
            CastOp::Trunc | CastOp::PtrToInt | CastOp::IntToPtr | CastOp::ZExt => {
                if !self.is_word(from) && !self.is_i128(from) {
                    return Err(self.err("cast of an aggregate"));
                }
                self.gp(X9, value)?;
                if tbits < 64 && tbits < fbits {
                    self.asm.zext(X9, tbits);
                }
                self.asm.stx(X9, FP, o);
                if tbits > 64 {
                    if fbits > 64 {
                        self.gp_hi(X9, value)?;
                        self.asm.zext(X9, tbits - 64);
                        self.asm.stx(X9, FP, o + 8);
                    } else {
                        self.asm.stx(31, FP, o + 8);
                    }
                }
            }
            CastOp::SExt => {
                self.gp(X9, value)?;
                self.asm.sext(X9, X9, fbits);
                if tbits > 64 {
                    self.asm.stx(X9, FP, o);
                    if fbits > 64 {
                        self.gp_hi(X9, value)?;
                        self.asm.sext(X9, X9, fbits - 64);
                    } else {
                        dynasm!(self.asm.ops ; .arch aarch64 ; asr x9, x9, 63);
                    }
                    self.asm.zext(X9, tbits - 64);
                    self.asm.stx(X9, FP, o + 8);
                } else {
                    self.asm.zext(X9, tbits);
                    self.asm.stx(X9, FP, o);
                }
            }
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                if self.size(from) != self.size(to) {
                    return Err(self.err("bitcast between sizes"));
                }
                self.put_slot(value, from, o)?;
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                self.fp(16, value, from_f32)?;
                match (from_f32, to_f32) {
                    (false, true) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvt s16, d16),
                    (true, false) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvt d16, s16),
                    _ => {}
                }
                self.st_fp(o, 16, to_f32);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let signed = op == CastOp::FPToSI;
                if tbits > 64 {
                    self.fp(0, value, from_f32)?;
                    let name = match (signed, from_f32) {
                        (true, false) => "__fixdfti",
                        (true, true) => "__fixsfti",
                        (false, false) => "__fixunsdfti",
                        (false, true) => "__fixunssfti",
                    };
                    let s = self.syms.external(self.m, name);
                    self.asm.bl_sym(s);
                    self.asm.zext(1, tbits - 64);
                    self.asm.stx(0, FP, o);
                    self.asm.stx(1, FP, o + 8);
                    return Ok(());
                }
                self.fp(16, value, from_f32)?;
                match (signed, from_f32) {
                    (true, true) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzs x9, s16),
                    (true, false) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzs x9, d16),
                    (false, true) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzu x9, s16),
                    (false, false) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzu x9, d16),
                }
                self.asm.zext(X9, tbits);
                self.asm.stx(X9, FP, o);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let signed = op == CastOp::SIToFP;
                if fbits > 64 {
                    self.gp(0, value)?;
                    self.gp_hi(1, value)?;
                    if signed {
                        self.asm.sext(1, 1, fbits - 64);
                    }
                    let name = match (signed, to_f32) {
                        (true, false) => "__floattidf",
                        (true, true) => "__floattisf",
                        (false, false) => "__floatuntidf",
                        (false, true) => "__floatuntisf",
                    };
                    let s = self.syms.external(self.m, name);
                    self.asm.bl_sym(s);
                    self.st_fp(o, 0, to_f32);
                    return Ok(());
                }
                self.gp(X9, value)?;
                if signed {
                    self.asm.sext(X9, X9, fbits);
                }
                match (signed, to_f32) {
                    (true, true) => dynasm!(self.asm.ops ; .arch aarch64 ; scvtf s16, x9),
                    (true, false) => dynasm!(self.asm.ops ; .arch aarch64 ; scvtf d16, x9),
                    (false, true) => dynasm!(self.asm.ops ; .arch aarch64 ; ucvtf s16, x9),
                    (false, false) => dynasm!(self.asm.ops ; .arch aarch64 ; ucvtf d16, x9),
                }
                self.st_fp(o, 16, to_f32);
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- calls
}
