//! Tier 0 (x86-64): where values live and how operands reach registers — slots, constants, loads and stores of every width.

use super::*;

impl<'a, 'b> FnLower<'a, 'b> {
    pub(super) fn ty_of(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body.values[v].ty,
            Operand::Const(c) => self.m.const_data(c).ty,
        }
    }

    pub(super) fn data(&self, ty: Type) -> &'a TypeData {
        self.m.types.data(ty)
    }

    pub(super) fn size(&self, ty: Type) -> u64 {
        self.dl.alloc_size(&self.m.types, ty)
    }

    pub(super) fn store_size(&self, ty: Type) -> u64 {
        self.dl.store_size(&self.m.types, ty)
    }

    pub(super) fn alloc(&mut self, size: u64, align: u64) -> Result<i32, CodegenError> {
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
        Ok(-(end as i32))
    }

    pub(super) fn slot(&self, v: Value) -> Result<i32, CodegenError> {
        if self.taken == Some(v) {
            return Err(self.bug("slot of a value whose store was skipped"));
        }
        match self.loc[v.as_u32() as usize] {
            Loc::Slot(o) => Ok(o),
            _ => Err(self.err("use of a value without storage (void result or misplaced alloca)")),
        }
    }

    pub(super) fn result(&self, res: Option<Value>) -> Result<Value, CodegenError> {
        res.ok_or_else(|| self.err("instruction without a result"))
    }

    /// True for types whose slot holds one 8-byte scalar.
    pub(super) fn is_word(&self, ty: Type) -> bool {
        match self.data(ty) {
            TypeData::Int(b) => *b <= 64,
            TypeData::Float | TypeData::Double | TypeData::Ptr(_) => true,
            TypeData::Vector { .. } => self.size(ty) <= 8,
            _ => false,
        }
    }

    pub(super) fn is_i128(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Int(b) if *b > 64)
    }

    // ---------------------------------------------------------------- operands

    pub(super) fn const_val(&self, c: Const) -> Result<CVal, CodegenError> {
        eval(self.m, self.dl, c).map_err(|e| self.err(e))
    }

    /// Loads a word-sized operand (its 64-bit slot pattern) into `reg`, touching no other
    /// register.
    pub(super) fn gp(&mut self, reg: u8, op: Operand) -> R {
        let cached = self.rax_cache.take();
        if reg == RAX && cached.is_some() && op == Operand::Value(cached.expect("checked")) {
            // Taken only if nothing was emitted before (which could have clobbered `rax`).
            if self.unstored == cached && self.asm.pos() == self.inst_start {
                self.taken = self.unstored.take();
            }
            return Ok(());
        }
        match op {
            Operand::Value(v) if self.taken == Some(v) => {
                return Err(self.bug("value read again after its slot store was skipped"));
            }
            Operand::Value(v) => match self.loc[v.as_u32() as usize] {
                Loc::Slot(o) => self.asm.ld(reg, RBP, o),
                Loc::Addr(o) => self.asm.lea(reg, RBP, o),
                Loc::None => return Err(self.err("use of a void value")),
            },
            Operand::Const(c) => self.gp_const(reg, c)?,
        }
        Ok(())
    }

    /// Whether `op` is the value the previous instruction left in `rax` (and no operand of
    /// the current instruction has been loaded yet).
    pub(super) fn in_rax(&self, op: Operand) -> bool {
        matches!(op, Operand::Value(v) if self.rax_cache == Some(v))
    }

    /// Like [`Self::gp`], but takes `op` from `rax` (`mov reg, rax`) when the previous
    /// instruction left it there. Clobbers `rax` in that case.
    pub(super) fn gp_via_rax(&mut self, reg: u8, op: Operand) -> R {
        if self.in_rax(op) {
            self.gp(RAX, op)?;
            self.asm.mov(reg, RAX);
            return Ok(());
        }
        self.gp(reg, op)
    }

    /// Materialises a constant into `reg` (no other register is touched).
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
                    self.asm.lea_sym(reg, s, off);
                } else {
                    if !fits_i32(off as u64) {
                        return Err(self.err("offset beyond 2 GiB from an external symbol"));
                    }
                    self.asm.got_load(reg, s);
                    self.asm.add_imm(reg, off, reg);
                }
                return Ok(());
            }
            Ok(CVal::Block(f, b, off)) => {
                let l = self.block_label(f, b)?;
                dynasm!(self.asm.ops ; .arch x64 ; lea Rq(reg), [=>l]);
                if !fits_i32(off as u64) {
                    return Err(self.err("offset beyond 2 GiB from a block address"));
                }
                self.asm.add_imm(reg, off, reg);
                return Ok(());
            }
            Ok(CVal::BlockDiff(f, plus, minus, addend)) => {
                let plus = self.block_label(f, plus)?;
                let minus = self.block_label(f, minus)?;
                // `mov r64, imm32` (sign-extended), the imm32 patched once labels are placed.
                self.asm
                    .ops
                    .extend([0x48 | (reg >> 3), 0xc7, 0xc0 | (reg & 7)]);
                let at = self.asm.pos();
                self.asm.ops.extend([0, 0, 0, 0]);
                self.fixups.push(Fixup::Distance {
                    at,
                    plus,
                    minus,
                    addend,
                });
                let bits = bit_width(self.m, self.m.const_data(c).ty);
                if bits < 64 {
                    self.asm.zext(reg, bits);
                }
                return Ok(());
            }
            Err(e) => e,
        };
        let data = self.m.const_data(c);
        // A truncated address (`ptrtoint (ptr @g to i32)`): compute it whole, then narrow.
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
        // Small vector/aggregate constants travel as their bytes.
        if self.m.types.is_vector(data.ty) || self.m.types.is_aggregate(data.ty) {
            let mut bytes = [0u8; 16];
            if self.size(data.ty) <= 8 && self.const_bytes(c, data.ty, &mut bytes, 0) {
                self.asm.imm(
                    reg,
                    u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
                );
                return Ok(());
            }
        }
        Err(self.err(err))
    }

    /// Bytes of a constant made of integers and floats; false for anything else.
    pub(super) fn const_bytes(&self, c: Const, ty: Type, out: &mut [u8; 16], off: usize) -> bool {
        let data = self.m.const_data(c);
        match &data.kind {
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison | ConstKind::Null => true,
            ConstKind::Int(_) | ConstKind::Float(_) => {
                let Ok(CVal::Bits(b)) = eval(self.m, self.dl, c) else {
                    return false;
                };
                let n = self.store_size(ty) as usize;
                if off + n > 16 {
                    return false;
                }
                out[off..off + n].copy_from_slice(&b.to_le_bytes()[..n]);
                true
            }
            ConstKind::Aggregate(elems) => elems.iter().enumerate().all(|(i, &e)| {
                match self.dl.member_offset(&self.m.types, ty, i as u64) {
                    Some((o, t)) => self.const_bytes(e, t, out, off + o as usize),
                    None => false,
                }
            }),
            _ => false,
        }
    }

    /// High 64 bits of an `i128` operand.
    pub(super) fn gp_hi(&mut self, reg: u8, op: Operand) -> R {
        match op {
            Operand::Value(v) => {
                let o = self.slot(v)?;
                self.asm.ld(reg, RBP, o + 8);
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

    /// Loads a float/double operand into `xmm<x>`.
    pub(super) fn xmm(&mut self, x: u8, op: Operand, f32: bool) -> R {
        self.rax_cache = None;
        match op {
            Operand::Value(v) if matches!(self.loc[v.as_u32() as usize], Loc::Slot(_)) => {
                let o = self.slot(v)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; movss Rx(x), DWORD [rbp + o]);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd Rx(x), QWORD [rbp + o]);
                }
            }
            _ => {
                self.gp(R11, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; movq Rx(x), Rq(R11));
            }
        }
        Ok(())
    }

    /// Stores `xmm<x>` into a result slot (f32 zero-extended to 8 bytes).
    pub(super) fn st_xmm(&mut self, off: i32, x: u8, f32: bool) {
        if f32 {
            dynasm!(self.asm.ops ; .arch x64 ; movd eax, Rx(x) ; mov QWORD [rbp + off], rax);
        } else {
            dynasm!(self.asm.ops ; .arch x64 ; movsd QWORD [rbp + off], Rx(x));
        }
    }

    /// Writes the value of `op` (type `ty`) in memory format at `[base + off]`.
    /// `base` must not be `rax` or `rcx`.
    pub(super) fn store_mem(&mut self, op: Operand, ty: Type, base: u8, off: i32) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.gp(RCX, op)?;
            self.asm.st_bytes(base, off, RCX, n);
            return Ok(());
        }
        if self.is_i128(ty) {
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.gp(RCX, op)?;
            self.asm.st(base, off, RCX);
            self.gp_hi(RCX, op)?;
            self.asm.st_bytes(base, off + 8, RCX, high_bytes);
            return Ok(());
        }
        match op {
            Operand::Value(v) => {
                let n = self.store_size(ty);
                match self.loc[v.as_u32() as usize] {
                    Loc::Slot(o) => self.asm.copy(base, off, RBP, o, n, RCX),
                    _ => return Err(self.err("aggregate value without a slot")),
                }
            }
            Operand::Const(c) => self.write_const(c, ty, base, off)?,
        }
        Ok(())
    }

    /// Writes a constant of any type at `[base + off]` in memory format.
    pub(super) fn write_const(&mut self, c: Const, ty: Type, base: u8, off: i32) -> R {
        let data = self.m.const_data(c);
        match &data.kind {
            ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => {
                let n = self.store_size(ty);
                self.asm.zero(base, off, n, RCX);
            }
            ConstKind::Aggregate(elems) => match self.data(ty) {
                TypeData::Struct { .. } | TypeData::Named(_) => {
                    let layout = self.dl.struct_layout(&self.m.types, ty);
                    let fields = self
                        .m
                        .types
                        .struct_fields(ty)
                        .map(|(f, _)| f)
                        .unwrap_or(&[]);
                    self.asm.zero(base, off, layout.size, RCX);
                    for ((e, f), o) in elems.iter().zip(fields).zip(layout.offsets.iter()) {
                        self.write_const(*e, *f, base, off + *o as i32)?;
                    }
                }
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    let sz = self.size(*elem) as i32;
                    for (i, e) in elems.iter().enumerate() {
                        self.write_const(*e, *elem, base, off + i as i32 * sz)?;
                    }
                }
                _ => return Err(self.err("aggregate constant of scalar type")),
            },
            ConstKind::Bytes(bytes) => {
                for (i, chunk) in bytes.chunks(8).enumerate() {
                    let mut w = [0u8; 8];
                    w[..chunk.len()].copy_from_slice(chunk);
                    self.asm.imm(RCX, u64::from_le_bytes(w));
                    self.asm
                        .st_bytes(base, off + 8 * i as i32, RCX, chunk.len() as u32);
                }
            }
            ConstKind::WideFloat(bits) if self.is_x87(ty) => self.write_const80(*bits, base, off),
            ConstKind::WideFloat(bits) if self.is_fp128(ty) => {
                self.write_const_quad(*bits, base, off)
            }
            _ => self.store_mem(Operand::Const(c), ty, base, off)?,
        }
        Ok(())
    }

    /// Copies the value of `op` (type `ty`) into the slot at `off`.
    /// `va_arg` on the System V `va_list` for integer, pointer and floating-point types.
    pub(super) fn va_arg(&mut self, list: Operand, v: Value) -> R {
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        let (sse, bits) = match self.data(ty) {
            TypeData::Int(b) if *b <= 64 => (false, *b),
            TypeData::Ptr(_) => (false, 64),
            TypeData::Float => (true, 32),
            TypeData::Double => (true, 64),
            _ => return Err(self.err(format!("va_arg of `{}`", self.m.types.display(ty)))),
        };
        self.gp(RDX, list)?;
        if sse {
            dynasm!(self.asm.ops ; .arch x64
                ; mov eax, [rdx + 4] ; cmp eax, 176 ; jae >stack
                ; mov rcx, [rdx + 16] ; mov rcx, [rcx + rax] ; add eax, 16 ; mov [rdx + 4], eax ; jmp >done
                ; stack: ; mov rax, [rdx + 8] ; mov rcx, [rax] ; add rax, 8 ; mov [rdx + 8], rax
                ; done:);
        } else {
            dynasm!(self.asm.ops ; .arch x64
                ; mov eax, [rdx] ; cmp eax, 48 ; jae >stack
                ; mov rcx, [rdx + 16] ; mov rcx, [rcx + rax] ; add eax, 8 ; mov [rdx], eax ; jmp >done
                ; stack: ; mov rax, [rdx + 8] ; mov rcx, [rax] ; add rax, 8 ; mov [rdx + 8], rax
                ; done:);
        }
        self.asm.zext(RCX, bits);
        self.asm.st(RBP, o, RCX);
        Ok(())
    }

    pub(super) fn put_slot(&mut self, op: Operand, ty: Type, off: i32) -> R {
        if self.is_word(ty) {
            self.gp(RCX, op)?;
            self.asm.st(RBP, off, RCX);
            Ok(())
        } else {
            self.store_mem(op, ty, RBP, off)
        }
    }

    /// Loads a value of type `ty` from memory at `[base + off]` into the slot `dst`.
    /// `base` must not be `rax` or `rcx`.
    pub(super) fn load_mem(&mut self, ty: Type, base: u8, off: i32, dst: i32) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.asm.ld_bytes(RCX, base, off, n, RAX);
            if let TypeData::Int(b) = self.data(ty)
                && *b % 8 != 0
            {
                self.asm.zext(RCX, *b);
            }
            self.asm.st(RBP, dst, RCX);
        } else if self.is_i128(ty) {
            // i65..i128: touch only the store size (packed bitfields load i72 from 9 bytes),
            // and keep the slot invariant (zero-extended above the width).
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.asm.ld(RCX, base, off);
            self.asm.st(RBP, dst, RCX);
            self.asm.ld_bytes(RCX, base, off + 8, high_bytes, RAX);
            self.asm.zext(RCX, self.int_bits(ty)? - 64);
            self.asm.st(RBP, dst + 8, RCX);
        } else {
            let n = self.store_size(ty);
            self.asm.copy(RBP, dst, base, off, n, RCX);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- driver

    pub(super) fn zero_slot(&mut self, ty: Type, o: i32) -> R {
        let n = self.size(ty).max(8);
        self.asm.zero(RBP, o, n, RCX);
        Ok(())
    }

    pub(super) fn member_path(
        &self,
        mut ty: Type,
        indices: &[u32],
    ) -> Result<(i32, Type), CodegenError> {
        let mut off = 0u64;
        for &ix in indices {
            let (o, t) = self
                .dl
                .member_offset(&self.m.types, ty, u64::from(ix))
                .ok_or_else(|| self.err("aggregate index out of range"))?;
            off += o;
            ty = t;
        }
        Ok((off as i32, ty))
    }

    // ---------------------------------------------------------------- arithmetic

    pub(super) fn int_bits(&self, ty: Type) -> Result<u32, CodegenError> {
        match self.data(ty) {
            TypeData::Int(b) => Ok(*b),
            TypeData::Ptr(_) => Ok(64),
            _ => Err(self.err(format!(
                "integer operation on `{}`",
                self.m.types.display(ty)
            ))),
        }
    }

    /// A constant operand that fits a sign-extended imm32 as a 64-bit slot value.
    pub(super) fn imm_of(&self, op: Operand) -> Option<i32> {
        let Operand::Const(c) = op else { return None };
        match eval(self.m, self.dl, c).ok()? {
            CVal::Bits(b) if b <= u64::MAX as u128 && fits_i32(b as u64) => {
                Some(b as u64 as i64 as i32)
            }
            _ => None,
        }
    }
}
