//! Tier 0 (AArch64): where values live and how operands reach registers — slots, constants, loads and stores of every width.

use super::*;

impl FnLower<'_, '_> {
    pub(super) fn err(&self, msg: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported {
            function: self.func.name.to_string(),
            location: format!("{}:{}", crate::objbuild::file_of(self.m), self.cur_loc),
            message: msg.into(),
        }
    }

    pub(super) fn ty_of(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body.values[v].ty,
            Operand::Const(c) => self.m.const_data(c).ty,
        }
    }

    pub(super) fn data(&self, ty: Type) -> &TypeData {
        self.m.types.data(ty)
    }

    pub(super) fn size(&self, ty: Type) -> u64 {
        self.dl.alloc_size(&self.m.types, ty)
    }

    pub(super) fn store_size(&self, ty: Type) -> u64 {
        self.dl.store_size(&self.m.types, ty)
    }

    pub(super) fn alloc(&mut self, size: u64, align: u64) -> Result<i64, CodegenError> {
        let size = size.max(1).next_multiple_of(8);
        let align = align.clamp(8, 16);
        let end = (u64::from(self.frame) + size).next_multiple_of(align);
        if end > 0x7fff_0000 {
            return Err(CodegenError::Limit(format!(
                "function `@{}`: stack frame too large",
                self.func.name
            )));
        }
        self.frame = end as u32;
        Ok(-(end as i64))
    }

    pub(super) fn slot(&self, v: Value) -> Result<i64, CodegenError> {
        match self.loc[v.as_u32() as usize] {
            Loc::Slot(o) => Ok(o),
            _ => Err(self.err("use of a value without storage")),
        }
    }

    pub(super) fn result(&self, res: Option<Value>) -> Result<Value, CodegenError> {
        res.ok_or_else(|| self.err("instruction without a result"))
    }

    pub(super) fn is_word(&self, ty: Type) -> bool {
        match self.data(ty) {
            TypeData::Int(b) => *b <= 64,
            TypeData::Float | TypeData::Double | TypeData::Ptr(_) => true,
            _ => false,
        }
    }

    pub(super) fn is_i128(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Int(b) if *b > 64)
    }

    pub(super) fn is_f32(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Float)
    }

    pub(super) fn int_bits(&self, ty: Type) -> Result<u32, CodegenError> {
        match self.data(ty) {
            TypeData::Int(b) if *b <= 128 => Ok(*b),
            TypeData::Ptr(_) => Ok(64),
            _ => Err(self.err(format!(
                "integer operation on `{}`",
                self.m.types.display(ty)
            ))),
        }
    }

    /// Lane count and lane size in bytes of a vector whose lanes are whole bytes.
    pub(super) fn lane_shape(&self, vty: Type, ety: Type) -> Result<(u64, u64), CodegenError> {
        let lanes = self.m.types.array_elem(vty).map_or(0, |(_, n)| n);
        let lane_size = self.store_size(ety);
        let bits = match self.data(ety) {
            TypeData::Int(b) => u64::from(*b),
            _ => lane_size * 8,
        };
        if lanes == 0 || bits != lane_size * 8 {
            return Err(self.err(format!("lane access in `{}`", self.m.types.display(vty))));
        }
        Ok((lanes, lane_size))
    }

    pub(super) fn const_val(&self, c: Const) -> Result<CVal, CodegenError> {
        eval(self.m, self.dl, c).map_err(|e| self.err(e))
    }

    pub(super) fn const_int(&self, op: Operand) -> Option<u64> {
        let Operand::Const(c) = op else { return None };
        match eval(self.m, self.dl, c).ok()? {
            CVal::Bits(b) => Some(b as u64),
            CVal::Sym(..) | CVal::Block(..) | CVal::BlockDiff(..) => None,
        }
    }

    // ---------------------------------------------------------------- operands

    /// Loads a word operand (its 64-bit slot pattern) into `reg`.
    pub(super) fn gp(&mut self, reg: u8, op: Operand) -> R {
        match op {
            Operand::Value(v) => match self.loc[v.as_u32() as usize] {
                Loc::Slot(o) => self.asm.ldx(reg, FP, o),
                Loc::Addr(o) => self.asm.add_off(reg, FP, o),
                Loc::None => return Err(self.err("use of a void value")),
            },
            Operand::Const(c) => self.gp_const(reg, c)?,
        }
        Ok(())
    }

    pub(super) fn gp_const(&mut self, reg: u8, c: Const) -> R {
        let err = match eval(self.m, self.dl, c) {
            Ok(CVal::Bits(b)) => {
                self.asm.imm(reg, b as u64);
                return Ok(());
            }
            Ok(CVal::Sym(r, off)) => {
                let s = self
                    .syms
                    .of(self.m, r)
                    .ok_or_else(|| self.err("address of an intrinsic"))?;
                if self.syms.is_defined(s) {
                    self.asm.addr_sym(reg, s, off);
                } else {
                    self.asm.got_load(reg, s);
                    if off != 0 {
                        self.asm.imm(X16, off as u64);
                        dynasm!(self.asm.ops ; .arch aarch64 ; add X(reg), X(reg), x16);
                    }
                }
                return Ok(());
            }
            Ok(CVal::Block(f, b, off)) => {
                self.block_addr(reg, f, b, off)?;
                return Ok(());
            }
            Ok(CVal::BlockDiff(f, plus, minus, addend)) => {
                function_symbol(self.syms, f).map_err(|e| self.err(e))?;
                let (Some(plus), Some(minus)) =
                    (self.blocks.get(f, plus), self.blocks.get(f, minus))
                else {
                    return Err(
                        self.err("internal error (please report): blockaddress without a label")
                    );
                };
                let at = self.asm.pos();
                self.asm.word(0);
                self.asm.word(0);
                self.fixups.push(Fixup::Distance {
                    at,
                    reg,
                    plus,
                    minus,
                    addend,
                });
                self.asm.sext(reg, reg, 32);
                let bits = bit_width(self.m, self.m.const_data(c).ty);
                if bits < 64 {
                    self.asm.zext(reg, bits);
                }
                return Ok(());
            }
            Err(e) => e,
        };
        let data = self.m.const_data(c);
        if let ConstKind::Expr(jit_core::ir::ConstExpr::Cast {
            op: CastOp::PtrToInt | CastOp::Trunc,
            value,
        }) = &data.kind
        {
            let bits = bit_width(self.m, data.ty);
            if bits < 64 {
                self.gp_const(reg, *value)?;
                self.asm.zext(reg, bits);
                return Ok(());
            }
        }
        Err(self.err(err))
    }

    /// High 64 bits of an `i128` operand.
    pub(super) fn gp_hi(&mut self, reg: u8, op: Operand) -> R {
        match op {
            Operand::Value(v) => {
                let o = self.slot(v)?;
                self.asm.ldx(reg, FP, o + 8);
            }
            Operand::Const(c) => match self.const_val(c)? {
                CVal::Bits(b) => self.asm.imm(reg, (b >> 64) as u64),
                CVal::Sym(..) | CVal::Block(..) => self.asm.imm(reg, 0),
                CVal::BlockDiff(..) => {
                    return Err(self.err("block address difference wider than 64 bits"));
                }
            },
        }
        Ok(())
    }

    /// Loads a float/double operand into `v<r>`.
    pub(super) fn fp(&mut self, r: u8, op: Operand, f32: bool) -> R {
        match op {
            Operand::Value(v) if matches!(self.loc[v.as_u32() as usize], Loc::Slot(_)) => {
                let o = self.slot(v)?;
                self.asm.ld(if f32 { Mem::S } else { Mem::D }, r, FP, o);
            }
            _ => {
                self.gp(X9, op)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; fmov D(r), x9);
            }
        }
        Ok(())
    }

    /// Stores `v<r>` into a slot (a `float` zero-extended to 8 bytes).
    pub(super) fn st_fp(&mut self, o: i64, r: u8, f32: bool) {
        if f32 {
            dynasm!(self.asm.ops ; .arch aarch64 ; fmov w9, S(r));
            self.asm.stx(X9, FP, o);
        } else {
            self.asm.st(Mem::D, r, FP, o);
        }
    }

    /// Writes the value of `op` (type `ty`) in memory format at `[base + off]`.
    /// `base` must not be `x9`/`x10`.
    pub(super) fn store_mem(&mut self, op: Operand, ty: Type, base: u8, off: i64) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.gp(X9, op)?;
            self.asm.st_bytes(X9, base, off, n, X10);
            return Ok(());
        }
        if self.is_i128(ty) {
            // i65..i128 write only their store size (packed bitfields store i72 in 9 bytes).
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.gp(X9, op)?;
            self.asm.stx(X9, base, off);
            self.gp_hi(X9, op)?;
            self.asm.st_bytes(X9, base, off + 8, high_bytes, X10);
            return Ok(());
        }
        match op {
            Operand::Value(v) => {
                let n = self.store_size(ty);
                match self.loc[v.as_u32() as usize] {
                    Loc::Slot(o) => self.asm.copy(base, off, FP, o, n, X9),
                    _ => return Err(self.err("aggregate value without a slot")),
                }
            }
            Operand::Const(c) => self.write_const(c, ty, base, off)?,
        }
        Ok(())
    }

    pub(super) fn write_const(&mut self, c: Const, ty: Type, base: u8, off: i64) -> R {
        let data = self.m.const_data(c);
        match &data.kind {
            ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => {
                let n = self.store_size(ty);
                self.asm.zero(base, off, n);
            }
            ConstKind::Aggregate(elems) => match self.data(ty) {
                TypeData::Struct { .. } | TypeData::Named(_) => {
                    let layout = self.dl.struct_layout(&self.m.types, ty);
                    let fields = self
                        .m
                        .types
                        .struct_fields(ty)
                        .map(|(f, _)| f.to_vec())
                        .unwrap_or_default();
                    self.asm.zero(base, off, layout.size);
                    for ((e, f), o) in elems.iter().zip(fields).zip(layout.offsets.iter()) {
                        self.write_const(*e, f, base, off + *o as i64)?;
                    }
                }
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    let elem = *elem;
                    let sz = self.size(elem) as i64;
                    for (i, e) in elems.iter().enumerate() {
                        self.write_const(*e, elem, base, off + i as i64 * sz)?;
                    }
                }
                _ => return Err(self.err("aggregate constant of scalar type")),
            },
            ConstKind::Bytes(bytes) => {
                let bytes = bytes.clone();
                for (i, chunk) in bytes.chunks(8).enumerate() {
                    let mut w = [0u8; 8];
                    w[..chunk.len()].copy_from_slice(chunk);
                    self.asm.imm(X9, u64::from_le_bytes(w));
                    self.asm
                        .st_bytes(X9, base, off + 8 * i as i64, chunk.len() as u32, X10);
                }
            }
            ConstKind::WideFloat(bits) if self.is_quad(ty) => {
                self.write_const_quad(*bits, base, off)
            }
            _ => self.store_mem(Operand::Const(c), ty, base, off)?,
        }
        Ok(())
    }

    /// Copies the value of `op` (type `ty`) into the slot at `off`.
    pub(super) fn put_slot(&mut self, op: Operand, ty: Type, off: i64) -> R {
        if self.is_word(ty) {
            self.gp(X9, op)?;
            self.asm.stx(X9, FP, off);
            Ok(())
        } else {
            self.store_mem(op, ty, FP, off)
        }
    }

    /// Loads a value of type `ty` from `[base + off]` into the slot `dst`.
    /// `base` must not be `x9`/`x10`.
    pub(super) fn load_mem(&mut self, ty: Type, base: u8, off: i64, dst: i64) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.asm.ld_bytes(X9, base, off, n, X10);
            if let TypeData::Int(b) = self.data(ty)
                && *b % 8 != 0
            {
                self.asm.zext(X9, *b);
            }
            self.asm.stx(X9, FP, dst);
        } else if self.is_quad(ty) {
            self.asm.ldx(X9, base, off);
            self.asm.stx(X9, FP, dst);
            self.asm.ldx(X9, base, off + 8);
            self.asm.stx(X9, FP, dst + 8);
        } else if self.is_i128(ty) {
            // Only the store size, zero-extended above the width (the slot invariant).
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.asm.ldx(X9, base, off);
            self.asm.stx(X9, FP, dst);
            self.asm.ld_bytes(X9, base, off + 8, high_bytes, X10);
            self.asm.zext(X9, self.int_bits(ty)? - 64);
            self.asm.stx(X9, FP, dst + 8);
        } else if self.m.types.is_aggregate(ty) || self.m.types.is_vector(ty) {
            // Vectors in slots keep their memory layout (lanes via extract/insertelement).
            let n = self.store_size(ty);
            self.asm.copy(FP, dst, base, off, n, X9);
        } else {
            return Err(self.err(format!("load of `{}`", self.m.types.display(ty))));
        }
        Ok(())
    }

    /// A frame copy of an operand of any type (constants materialised): its slot offset.
    pub(super) fn in_memory(&mut self, op: Operand, ty: Type) -> Result<i64, CodegenError> {
        match op {
            Operand::Value(v) => self.slot(v),
            Operand::Const(c) => {
                let tmp = self.alloc(self.size(ty).max(16), 16)?;
                self.write_const(c, ty, FP, tmp)?;
                Ok(tmp)
            }
        }
    }

    // ---------------------------------------------------------------- driver

    /// Lowers the function; returns the offset of the frame-size patch.
    /// `x86_fp80` has no meaning on AArch64 (clang never emits it there): a function
    /// touching it is refused as a whole with a clear message.
    pub(super) fn refuse_long_double(&self, ret_ty: Type, param_tys: &[Type]) -> R {
        fn wide(types: &jit_core::ir::Types, t: Type, depth: u32) -> bool {
            if depth > 32 {
                return false;
            }
            match types.data(t) {
                TypeData::X86Fp80 => true,
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    wide(types, *elem, depth + 1)
                }
                TypeData::Struct { .. } | TypeData::Named(_) => types
                    .struct_fields(t)
                    .is_some_and(|(f, _)| f.iter().any(|&f| wide(types, f, depth + 1))),
                _ => false,
            }
        }
        let types = &self.m.types;
        let body = self.body;
        let mut found = std::iter::once(ret_ty)
            .chain(param_tys.iter().copied())
            .any(|t| wide(types, t, 0))
            || body.values.values().any(|v| wide(types, v.ty, 0));
        if !found {
            for &b in &body.layout {
                for &i in &body.blocks[b].insts {
                    body.insts[i].kind.for_each_operand(|op| {
                        if let Operand::Const(c) = op {
                            found |= wide(types, self.m.const_data(c).ty, 0);
                        }
                    });
                }
            }
        }
        if found {
            return Err(self
                .err("`x86_fp80` (the x87 long double) is not supported by the AArch64 backend"));
        }
        Ok(())
    }
}
