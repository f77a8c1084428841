//! Tier 0 (x86-64): arithmetic, compares, casts and address computation.

use super::*;

impl FnLower<'_, '_> {
    /// Lane-by-lane copy for small vectors (at most 16 bytes, 1/2/4/8-byte lanes).
    pub(super) fn shuffle(&mut self, a: Operand, b: Operand, mask: &[Option<u32>], v: Value) -> R {
        let rty = self.body.values[v].ty;
        let aty = self.ty_of(a);
        let (Some((elem, _)), Some((_, na))) =
            (self.m.types.array_elem(rty), self.m.types.array_elem(aty))
        else {
            return Err(self.err("shufflevector on non-vectors"));
        };
        let esz = self.size(elem) as u32;
        if !matches!(esz, 1 | 2 | 4 | 8) || self.size(rty) > 16 || self.size(aty) > 16 {
            return Err(self.err("shufflevector of this vector type"));
        }
        let o = self.slot(v)?;
        let total = self.size(rty).max(8);
        self.asm.zero(RBP, o, total, RCX);
        for (i, lane) in mask.iter().enumerate() {
            let Some(k) = lane else { continue };
            let (src, k) = if u64::from(*k) < na {
                (a, *k)
            } else {
                (b, *k - na as u32)
            };
            let dst = o + (i as u32 * esz) as i32;
            match src {
                Operand::Value(sv) => {
                    let so = self.slot(sv)? + (k * esz) as i32;
                    self.asm.ld_n(RCX, RBP, so, esz);
                }
                Operand::Const(c) => {
                    let mut bytes = [0u8; 16];
                    let cty = self.m.const_data(c).ty;
                    if !self.const_bytes(c, cty, &mut bytes, 0) {
                        return Err(self.err("shufflevector of this constant"));
                    }
                    let at = (k * esz) as usize;
                    let mut w = [0u8; 8];
                    w[..esz as usize].copy_from_slice(&bytes[at..at + esz as usize]);
                    self.asm.imm(RCX, u64::from_le_bytes(w));
                }
            }
            self.asm.st_n(RBP, dst, RCX, esz);
        }
        Ok(())
    }

    pub(super) fn binary(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, v: Value) -> R {
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        if op.is_float() {
            if self.is_x87(ty) {
                return self.binary80(op, lhs, rhs, o);
            }
            if self.is_fp128(ty) {
                return self.binary_quad(op, lhs, rhs, o);
            }
            let f32 = matches!(self.data(ty), TypeData::Float);
            if self.m.types.is_vector(ty) {
                return self.vector2f(op, lhs, rhs, o);
            }
            if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                return Err(self.err("float arithmetic on this type"));
            }
            if op == BinaryOp::FRem {
                self.xmm(0, lhs, f32)?;
                self.xmm(1, rhs, f32)?;
                let s = self
                    .syms
                    .external(self.m, if f32 { "fmodf" } else { "fmod" });
                self.aligned_call(s);
                self.st_xmm(o, 0, f32);
                return Ok(());
            }
            self.xmm(0, lhs, f32)?;
            self.xmm(1, rhs, f32)?;
            match (op, f32) {
                (BinaryOp::FAdd, true) => dynasm!(self.asm.ops ; .arch x64 ; addss xmm0, xmm1),
                (BinaryOp::FAdd, false) => dynasm!(self.asm.ops ; .arch x64 ; addsd xmm0, xmm1),
                (BinaryOp::FSub, true) => dynasm!(self.asm.ops ; .arch x64 ; subss xmm0, xmm1),
                (BinaryOp::FSub, false) => dynasm!(self.asm.ops ; .arch x64 ; subsd xmm0, xmm1),
                (BinaryOp::FMul, true) => dynasm!(self.asm.ops ; .arch x64 ; mulss xmm0, xmm1),
                (BinaryOp::FMul, false) => dynasm!(self.asm.ops ; .arch x64 ; mulsd xmm0, xmm1),
                (BinaryOp::FDiv, true) => dynasm!(self.asm.ops ; .arch x64 ; divss xmm0, xmm1),
                _ => dynasm!(self.asm.ops ; .arch x64 ; divsd xmm0, xmm1),
            }
            self.st_xmm(o, 0, f32);
            return Ok(());
        }
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            return self.binary128(op, lhs, rhs, bits, o);
        }
        self.gp(RAX, lhs)?;
        let imm = self.imm_of(rhs);
        use BinaryOp::*;
        match op {
            Add | Sub | And | Or | Xor | Mul => {
                if let Some(k) = imm {
                    match op {
                        Add => dynasm!(self.asm.ops ; .arch x64 ; add rax, k),
                        Sub => dynasm!(self.asm.ops ; .arch x64 ; sub rax, k),
                        And => dynasm!(self.asm.ops ; .arch x64 ; and rax, k),
                        Or => dynasm!(self.asm.ops ; .arch x64 ; or rax, k),
                        Xor => dynasm!(self.asm.ops ; .arch x64 ; xor rax, k),
                        _ => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rax, k),
                    }
                } else {
                    self.gp(RCX, rhs)?;
                    match op {
                        Add => dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx),
                        Sub => dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx),
                        And => dynasm!(self.asm.ops ; .arch x64 ; and rax, rcx),
                        Or => dynasm!(self.asm.ops ; .arch x64 ; or rax, rcx),
                        Xor => dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx),
                        _ => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rcx),
                    }
                }
                // and/or/xor of zero-extended inputs stay zero-extended, except with a
                // sign-extended negative immediate.
                if matches!(op, Add | Sub | Mul) || imm.is_some_and(|k| k < 0) {
                    self.asm.zext(RAX, bits);
                }
                self.leave_in_rax(v, o);
            }
            Shl | LShr | AShr => {
                if op == AShr {
                    self.asm.sext(RAX, bits);
                }
                match imm {
                    Some(k) if (0..64).contains(&k) => {
                        let k = k as i8;
                        match op {
                            Shl => dynasm!(self.asm.ops ; .arch x64 ; shl rax, k),
                            LShr => dynasm!(self.asm.ops ; .arch x64 ; shr rax, k),
                            _ => dynasm!(self.asm.ops ; .arch x64 ; sar rax, k),
                        }
                    }
                    _ => {
                        self.gp(RCX, rhs)?;
                        match op {
                            Shl => dynasm!(self.asm.ops ; .arch x64 ; shl rax, cl),
                            LShr => dynasm!(self.asm.ops ; .arch x64 ; shr rax, cl),
                            _ => dynasm!(self.asm.ops ; .arch x64 ; sar rax, cl),
                        }
                    }
                }
                self.asm.zext(RAX, bits);
                self.leave_in_rax(v, o);
            }
            UDiv | URem => {
                self.gp(RCX, rhs)?;
                dynasm!(self.asm.ops ; .arch x64 ; xor edx, edx ; div rcx);
                let r = if op == UDiv { RAX } else { RDX };
                self.asm.st(RBP, o, r);
            }
            SDiv | SRem => {
                self.gp(RCX, rhs)?;
                self.asm.sext(RAX, bits);
                self.asm.sext(RCX, bits);
                dynasm!(self.asm.ops ; .arch x64 ; cqo ; idiv rcx);
                let r = if op == SDiv { RAX } else { RDX };
                self.asm.zext(r, bits);
                self.asm.st(RBP, o, r);
            }
            _ => unreachable!("float ops handled above"),
        }
        Ok(())
    }

    /// `<2 x float>` arithmetic with packed SSE on the low 8 bytes.
    pub(super) fn vector2f(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, o: i32) -> R {
        let ty = self.ty_of(lhs);
        let ok = matches!(self.data(ty), TypeData::Vector { elem, len: 2 } if *elem == Type::F32);
        if !ok || op == BinaryOp::FRem {
            return Err(self.err(format!(
                "vector `{}` on `{}`",
                op.name(),
                self.m.types.display(ty)
            )));
        }
        for (x, v) in [(0u8, lhs), (1u8, rhs)] {
            self.gp(R11, v)?;
            dynasm!(self.asm.ops ; .arch x64 ; movq Rx(x), Rq(R11));
        }
        match op {
            BinaryOp::FAdd => dynasm!(self.asm.ops ; .arch x64 ; addps xmm0, xmm1),
            BinaryOp::FSub => dynasm!(self.asm.ops ; .arch x64 ; subps xmm0, xmm1),
            BinaryOp::FMul => dynasm!(self.asm.ops ; .arch x64 ; mulps xmm0, xmm1),
            _ => dynasm!(self.asm.ops ; .arch x64 ; divps xmm0, xmm1),
        }
        dynasm!(self.asm.ops ; .arch x64 ; movq QWORD [rbp + o], xmm0);
        Ok(())
    }

    /// `smax`/`smin`/`umax`/`umin` (`b` given) and `abs` on an i65..i128 `a`.
    pub(super) fn minmax128(
        &mut self,
        intr: Intrinsic,
        a: Operand,
        b: Option<Operand>,
        ty: Type,
        o: i32,
    ) -> R {
        use Intrinsic::*;
        let high_bits = self.int_bits(ty)? - 64;
        if intr == Abs {
            // (x ^ sign) - sign over both halves.
            self.gp(RAX, a)?;
            self.gp_hi(RDX, a)?;
            self.asm.sext(RDX, high_bits);
            dynasm!(self.asm.ops ; .arch x64
                ; mov rcx, rdx ; sar rcx, 63 ; xor rax, rcx ; xor rdx, rcx
                ; sub rax, rcx ; sbb rdx, rcx);
            self.asm.zext(RDX, high_bits);
        } else {
            let b = b.ok_or_else(|| self.err("argument"))?;
            let pred = match intr {
                Smax => IntPredicate::Sgt,
                Smin => IntPredicate::Slt,
                Umax => IntPredicate::Ugt,
                _ => IntPredicate::Ult,
            };
            let cc = self.icmp128(pred, a, b)?;
            // Keep the outcome out of the flags: loading a zero constant clobbers them.
            self.asm.setcc(cc, R9);
            self.gp(RAX, a)?;
            self.gp_hi(RDX, a)?;
            self.gp(RCX, b)?;
            self.gp_hi(R8, b)?;
            dynasm!(self.asm.ops ; .arch x64 ; test r9d, r9d);
            self.asm.cmov(Cc::E, RAX, RCX);
            self.asm.cmov(Cc::E, RDX, R8);
        }
        self.asm.st(RBP, o, RAX);
        self.asm.st(RBP, o + 8, RDX);
        Ok(())
    }

    /// Integer arithmetic on i65..i128 in `rdx:rax`; operands and result are zero-extended
    /// above `bits` in their slots, like narrower integers.
    pub(super) fn binary128(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        bits: u32,
        o: i32,
    ) -> R {
        use BinaryOp::*;
        let high_bits = bits - 64;
        match op {
            UDiv | SDiv | URem | SRem => {
                let name = match op {
                    UDiv => "__udivti3",
                    SDiv => "__divti3",
                    URem => "__umodti3",
                    _ => "__modti3",
                };
                self.gp(RDI, lhs)?;
                self.gp_hi(RSI, lhs)?;
                self.gp(RDX, rhs)?;
                self.gp_hi(RCX, rhs)?;
                if matches!(op, SDiv | SRem) {
                    self.asm.sext(RSI, high_bits);
                    self.asm.sext(RCX, high_bits);
                }
                let s = self.syms.external(self.m, name);
                self.aligned_call(s);
                self.asm.zext(RDX, high_bits);
                self.asm.st(RBP, o, RAX);
                self.asm.st(RBP, o + 8, RDX);
                return Ok(());
            }
            _ => {}
        }
        self.gp(RAX, lhs)?;
        self.gp_hi(RDX, lhs)?;
        self.gp(RCX, rhs)?;
        self.gp_hi(R8, rhs)?;
        if op == AShr {
            self.asm.sext(RDX, high_bits);
        }
        match op {
            Add => dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx ; adc rdx, r8),
            Sub => dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx ; sbb rdx, r8),
            And => dynasm!(self.asm.ops ; .arch x64 ; and rax, rcx ; and rdx, r8),
            Or => dynasm!(self.asm.ops ; .arch x64 ; or rax, rcx ; or rdx, r8),
            Xor => dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx ; xor rdx, r8),
            Mul => dynasm!(self.asm.ops ; .arch x64
                ; mov r9, rax ; imul r9, r8      // a_lo * b_hi
                ; mov r10, rdx ; imul r10, rcx   // a_hi * b_lo
                ; mul rcx                        // rdx:rax = a_lo * b_lo
                ; add rdx, r9 ; add rdx, r10),
            Shl => dynasm!(self.asm.ops ; .arch x64
                ; shld rdx, rax, cl ; shl rax, cl ; test cl, 64 ; jz >done
                ; mov rdx, rax ; xor eax, eax ; done:),
            LShr => dynasm!(self.asm.ops ; .arch x64
                ; shrd rax, rdx, cl ; shr rdx, cl ; test cl, 64 ; jz >done
                ; mov rax, rdx ; xor edx, edx ; done:),
            AShr => dynasm!(self.asm.ops ; .arch x64
                ; shrd rax, rdx, cl ; sar rdx, cl ; test cl, 64 ; jz >done
                ; mov rax, rdx ; sar rdx, 63 ; done:),
            _ => return Err(self.err(format!("i128 `{}`", op.name()))),
        }
        self.asm.zext(RDX, high_bits);
        self.asm.st(RBP, o, RAX);
        self.asm.st(RBP, o + 8, RDX);
        Ok(())
    }

    /// Emits the compare and returns the condition that is true when the predicate holds.
    pub(super) fn icmp(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> Result<Cc, CodegenError> {
        let ty = self.ty_of(lhs);
        if self.data(ty) == &TypeData::Int(128) || self.is_i128(ty) {
            return self.icmp128(pred, lhs, rhs);
        }
        let bits = self.int_bits(ty)?;
        let signed = matches!(
            pred,
            IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
        );
        self.gp(RAX, lhs)?;
        if signed && bits < 64 {
            self.asm.sext(RAX, bits);
        }
        let imm = match self.imm_of(rhs) {
            Some(k) if signed && bits < 64 => {
                // The slot holds the zero-extended value; compare against its sign extension.
                let sh = 64 - bits;
                let ks = ((k as i64 as u64) << sh) as i64 >> sh;
                i32::try_from(ks).ok()
            }
            other => other,
        };
        match imm {
            Some(k) => dynasm!(self.asm.ops ; .arch x64 ; cmp rax, k),
            _ => {
                self.gp(RCX, rhs)?;
                if signed && bits < 64 {
                    self.asm.sext(RCX, bits);
                }
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
            }
        }
        Ok(match pred {
            IntPredicate::Eq => Cc::E,
            IntPredicate::Ne => Cc::Ne,
            IntPredicate::Ugt => Cc::A,
            IntPredicate::Uge => Cc::Ae,
            IntPredicate::Ult => Cc::B,
            IntPredicate::Ule => Cc::Be,
            IntPredicate::Sgt => Cc::G,
            IntPredicate::Sge => Cc::Ge,
            IntPredicate::Slt => Cc::L,
            IntPredicate::Sle => Cc::Le,
        })
    }

    pub(super) fn icmp128(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> Result<Cc, CodegenError> {
        use IntPredicate::*;
        let (a, b) = match pred {
            Ugt | Sgt | Ule | Sle => (rhs, lhs),
            _ => (lhs, rhs),
        };
        let bits = self.int_bits(self.ty_of(lhs))?;
        self.gp(RAX, a)?;
        self.gp_hi(RDX, a)?;
        self.gp(RCX, b)?;
        self.gp_hi(R8, b)?;
        if matches!(pred, Slt | Sgt | Sle | Sge) {
            // Slots hold iN zero-extended: sign-extend the high words from bit N-1.
            self.asm.sext(RDX, bits - 64);
            self.asm.sext(R8, bits - 64);
        }
        if matches!(pred, Eq | Ne) {
            dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx ; xor rdx, r8 ; or rax, rdx);
            return Ok(if pred == Eq { Cc::E } else { Cc::Ne });
        }
        dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx ; sbb rdx, r8);
        Ok(match pred {
            Ult | Ugt => Cc::B,
            Uge | Ule => Cc::Ae,
            Slt | Sgt => Cc::L,
            _ => Cc::Ge,
        })
    }

    /// Leaves the 0/1 result in `rax`.
    pub(super) fn fcmp(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        use FloatPredicate::*;
        if self.is_x87(self.ty_of(lhs)) {
            return self.fcmp80(pred, lhs, rhs);
        }
        if self.is_fp128(self.ty_of(lhs)) {
            return self.fcmp_quad(pred, lhs, rhs);
        }
        let f32 = matches!(self.data(self.ty_of(lhs)), TypeData::Float);
        let swap = matches!(pred, Olt | Ole | Ugt | Uge);
        let (a, b) = if swap { (rhs, lhs) } else { (lhs, rhs) };
        match pred {
            False => {
                self.asm.imm(RAX, 0);
                return Ok(());
            }
            True => {
                self.asm.imm(RAX, 1);
                return Ok(());
            }
            _ => {}
        }
        self.xmm(0, a, f32)?;
        self.xmm(1, b, f32)?;
        if f32 {
            dynasm!(self.asm.ops ; .arch x64 ; ucomiss xmm0, xmm1);
        } else {
            dynasm!(self.asm.ops ; .arch x64 ; ucomisd xmm0, xmm1);
        }
        self.setcc_after_ucomi(pred);
        Ok(())
    }

    /// `rax` = `pred` from the flags of an unordered compare (`ucomisd`, `fucomip`: ZF, PF,
    /// CF, PF meaning unordered) whose operands were swapped for `olt`, `ole`, `ugt`, `uge`,
    /// since only the "above" conditions are safe with unordered operands.
    pub(super) fn setcc_after_ucomi(&mut self, pred: FloatPredicate) {
        use FloatPredicate::*;
        match pred {
            Oeq => {
                self.asm.setcc(Cc::E, RAX);
                self.asm.setcc(Cc::Np, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; and eax, ecx);
            }
            Une => {
                self.asm.setcc(Cc::Ne, RAX);
                self.asm.setcc(Cc::P, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; or eax, ecx);
            }
            Ogt | Olt => self.asm.setcc(Cc::A, RAX),
            Oge | Ole => self.asm.setcc(Cc::Ae, RAX),
            One => self.asm.setcc(Cc::Ne, RAX),
            Ueq => self.asm.setcc(Cc::E, RAX),
            Ugt | Ult => self.asm.setcc(Cc::B, RAX),
            Uge | Ule => self.asm.setcc(Cc::Be, RAX),
            Ord => self.asm.setcc(Cc::Np, RAX),
            _ => self.asm.setcc(Cc::P, RAX),
        }
    }

    pub(super) fn gep(
        &mut self,
        source_ty: Type,
        base: Operand,
        indices: &[Operand],
        v: Value,
    ) -> R {
        let o = self.slot(v)?;
        self.gp(RAX, base)?;
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
                        let Operand::Const(c) = idx else {
                            return Err(self.err("variable struct index"));
                        };
                        let CVal::Bits(k) = self.const_val(c)? else {
                            return Err(self.err("struct index"));
                        };
                        let (fo, t) = self
                            .dl
                            .member_offset(&self.m.types, cur, k as u64)
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
                    self.gp(RCX, idx)?;
                    if ibits > 64 {
                        // Only the low 64 bits of an i128 index matter for addresses.
                    } else {
                        self.asm.sext(RCX, ibits);
                    }
                    if elem_size.is_power_of_two() {
                        let sh = elem_size.trailing_zeros() as i8;
                        if sh > 0 {
                            dynasm!(self.asm.ops ; .arch x64 ; shl rcx, sh);
                        }
                    } else if elem_size <= i32::MAX as u64 {
                        dynasm!(self.asm.ops ; .arch x64 ; imul rcx, rcx, elem_size as i32);
                    } else {
                        self.asm.imm(RDX, elem_size);
                        dynasm!(self.asm.ops ; .arch x64 ; imul rcx, rdx);
                    }
                    dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                }
            }
        }
        self.asm.add_imm(RAX, off, RCX);
        self.leave_in_rax(v, o);
        Ok(())
    }

    pub(super) fn cast(&mut self, op: CastOp, value: Operand, v: Value) -> R {
        let to = self.body.values[v].ty;
        let from = self.ty_of(value);
        let o = self.slot(v)?;
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        let from_f32 = matches!(self.data(from), TypeData::Float);
        let to_f32 = matches!(self.data(to), TypeData::Float);
        if op != CastOp::BitCast && (self.m.types.is_vector(from) || self.m.types.is_vector(to)) {
            return Err(self.err(format!("vector `{}`", op.name())));
        }
        if self.is_fp128(from) || self.is_fp128(to) {
            return self.cast_quad(op, value, from, to, o);
        }
        if self.m.types.is_long_float(from) || self.m.types.is_long_float(to) {
            return self.cast80(op, value, from, to, o);
        }
        match op {
            CastOp::Trunc | CastOp::PtrToInt | CastOp::IntToPtr | CastOp::ZExt => {
                if !self.is_word(from) && !self.is_i128(from) {
                    return Err(self.err("vector cast"));
                }
                self.gp(RAX, value)?;
                if tbits < 64 && tbits < fbits {
                    self.asm.zext(RAX, tbits);
                }
                self.asm.st(RBP, o, RAX);
                if tbits > 64 {
                    if fbits > 64 {
                        self.gp_hi(RAX, value)?;
                        self.asm.zext(RAX, tbits - 64);
                        self.asm.st(RBP, o + 8, RAX);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; mov QWORD [rbp + o + 8], 0);
                    }
                }
            }
            CastOp::SExt => {
                self.gp(RAX, value)?;
                self.asm.sext(RAX, fbits);
                if tbits > 64 {
                    self.asm.st(RBP, o, RAX);
                    if fbits > 64 {
                        self.gp_hi(RAX, value)?;
                        self.asm.sext(RAX, fbits - 64);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; sar rax, 63);
                    }
                    self.asm.zext(RAX, tbits - 64);
                    self.asm.st(RBP, o + 8, RAX);
                } else {
                    self.asm.zext(RAX, tbits);
                    self.asm.st(RBP, o, RAX);
                }
            }
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                if self.size(from) != self.size(to) && self.is_word(from) != self.is_word(to) {
                    return Err(self.err("bitcast between sizes"));
                }
                self.put_slot(value, from, o)?;
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                self.xmm(0, value, from_f32)?;
                match (from_f32, to_f32) {
                    (false, true) => dynasm!(self.asm.ops ; .arch x64 ; cvtsd2ss xmm0, xmm0),
                    (true, false) => dynasm!(self.asm.ops ; .arch x64 ; cvtss2sd xmm0, xmm0),
                    _ => {}
                }
                self.st_xmm(o, 0, to_f32);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                if tbits > 64 {
                    // libgcc: __fix{,uns}{s,d}fti(x) -> rax:rdx
                    self.xmm(0, value, from_f32)?;
                    let name = match (op == CastOp::FPToSI, from_f32) {
                        (true, false) => "__fixdfti",
                        (true, true) => "__fixsfti",
                        (false, false) => "__fixunsdfti",
                        (false, true) => "__fixunssfti",
                    };
                    self.libcall(name);
                    self.asm.zext(RDX, tbits - 64);
                    self.asm.st(RBP, o, RAX);
                    self.asm.st(RBP, o + 8, RDX);
                    return Ok(());
                }
                self.xmm(0, value, from_f32)?;
                let unsigned64 = op == CastOp::FPToUI && tbits == 64;
                if unsigned64 {
                    // x < 2^63: plain; else convert x - 2^63 and set the top bit.
                    let two63 = if from_f32 {
                        u64::from(2f32.powi(63).to_bits())
                    } else {
                        2f64.powi(63).to_bits()
                    };
                    self.asm.imm(R11, two63);
                    dynasm!(self.asm.ops ; .arch x64 ; movq xmm1, r11);
                    if from_f32 {
                        dynasm!(self.asm.ops ; .arch x64
                            ; ucomiss xmm0, xmm1 ; jae >big
                            ; cvttss2si rax, xmm0 ; jmp >done
                            ; big: ; subss xmm0, xmm1 ; cvttss2si rax, xmm0 ; btc rax, 63
                            ; done:);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64
                            ; ucomisd xmm0, xmm1 ; jae >big
                            ; cvttsd2si rax, xmm0 ; jmp >done
                            ; big: ; subsd xmm0, xmm1 ; cvttsd2si rax, xmm0 ; btc rax, 63
                            ; done:);
                    }
                } else if from_f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; cvttss2si rax, xmm0);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvttsd2si rax, xmm0);
                }
                self.asm.zext(RAX, tbits);
                self.asm.st(RBP, o, RAX);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                if fbits > 64 {
                    // libgcc: __float{,un}ti{s,d}f(rdi:rsi) -> xmm0
                    self.gp(RDI, value)?;
                    self.gp_hi(RSI, value)?;
                    if op == CastOp::SIToFP {
                        self.asm.sext(RSI, fbits - 64);
                    }
                    let name = match (op == CastOp::SIToFP, to_f32) {
                        (true, false) => "__floattidf",
                        (true, true) => "__floattisf",
                        (false, false) => "__floatuntidf",
                        (false, true) => "__floatuntisf",
                    };
                    self.libcall(name);
                    self.st_xmm(o, 0, to_f32);
                    return Ok(());
                }
                self.gp(RAX, value)?;
                if op == CastOp::SIToFP {
                    self.asm.sext(RAX, fbits);
                }
                if op == CastOp::UIToFP && fbits == 64 {
                    // Top bit set: halve (keeping the low bit for rounding), convert, double.
                    if to_f32 {
                        dynasm!(self.asm.ops ; .arch x64
                            ; test rax, rax ; js >big
                            ; cvtsi2ss xmm0, rax ; jmp >done
                            ; big: ; mov rcx, rax ; shr rcx, 1 ; and eax, 1 ; or rcx, rax
                            ; cvtsi2ss xmm0, rcx ; addss xmm0, xmm0
                            ; done:);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64
                            ; test rax, rax ; js >big
                            ; cvtsi2sd xmm0, rax ; jmp >done
                            ; big: ; mov rcx, rax ; shr rcx, 1 ; and eax, 1 ; or rcx, rax
                            ; cvtsi2sd xmm0, rcx ; addsd xmm0, xmm0
                            ; done:);
                    }
                } else if to_f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2ss xmm0, rax);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2sd xmm0, rax);
                }
                self.st_xmm(o, 0, to_f32);
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- control flow
}
