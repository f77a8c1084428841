//! Tier 0 (AArch64): calls (AAPCS64 argument and result moves), inline assembly and intrinsics.

use super::*;

impl FnLower<'_, '_> {
    /// Inline asm: barriers and padding (nothing), `yield` and barrier instructions.
    /// Results are the inputs tied to them, otherwise zero.
    pub(super) fn inline_asm(&mut self, a: &InlineAsm, args: &[CallArg], res: Option<Value>) -> R {
        let word = match a.action() {
            AsmAction::Nop => None,
            AsmAction::Pause => Some(0xd503_203f),
            AsmAction::Fence(AsmFence::DmbIsh) => Some(0xd503_3bbf),
            AsmAction::Fence(AsmFence::DmbSy) => Some(0xd503_3fbf),
            AsmAction::Fence(AsmFence::DsbIsh) => Some(0xd503_3b9f),
            AsmAction::Fence(AsmFence::DsbSy) => Some(0xd503_3f9f),
            AsmAction::Fence(AsmFence::Isb) => Some(0xd503_3fdf),
            _ => return self.general_asm(a, args, res),
        };
        if let Some(w) = word {
            self.asm.word(w);
        }
        let Some(v) = res else { return Ok(()) };
        let rty = self.body.values[v].ty;
        let o = self.slot(v)?;
        let n = self.size(rty).max(8);
        self.asm.zero(FP, o, n);
        let tied = a.tied_args();
        let single = tied.len() == 1;
        for (k, t) in tied.iter().enumerate() {
            let Some(i) = t else { continue };
            let (off, ty) = if single {
                (0, rty)
            } else {
                self.member_path(rty, &[k as u32])?
            };
            self.store_mem(args[*i].value, ty, FP, o + off)?;
        }
        Ok(())
    }

    pub(super) fn call(
        &mut self,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        ret_attrs: &ParamAttrs,
        res: Option<Value>,
    ) -> R {
        let _ = ret_attrs;
        if let Operand::Const(c) = callee
            && let ConstKind::InlineAsm(a) = &self.m.const_data(c).kind
        {
            return self.inline_asm(a, args, res);
        }
        if let Operand::Const(c) = callee
            && let ConstKind::GlobalAddr(GlobalRef::Function(f)) = self.m.const_data(c).kind
        {
            let func = &self.m.functions[f];
            if func.name.starts_with("llvm.eh.typeid.for") {
                let v = res.ok_or_else(|| self.err("llvm.eh.typeid.for without a result"))?;
                let ti = args
                    .first()
                    .ok_or_else(|| self.err("llvm.eh.typeid.for without a type"))?;
                let id =
                    crate::eh::typeid_for(self.m, self.dl, self.syms, self.eh.as_mut(), ti.value)
                        .map_err(|e| self.err(e))?;
                let o = self.slot(v)?;
                self.asm.imm(X9, u64::from(id));
                self.asm.stx(X9, FP, o);
                return Ok(());
            }
            if let Some(which) = func.intrinsic {
                return self.intrinsic(which, args, res);
            }
            if func.name.starts_with("llvm.") {
                return Err(self.err(format!("intrinsic `@{}`", func.name)));
            }
        }
        let (ret_ty, _, _) = self
            .m
            .types
            .function_sig(fn_ty)
            .ok_or_else(|| self.err("call through a non-function type"))?;
        let tys: Vec<Type> = args.iter().map(|a| self.ty_of(a.value)).collect();
        let mut attrs = args.iter().map(|a| Some(&a.attrs));
        let layout = layout_args(self.m, self.dl, &tys, &mut attrs).map_err(|e| self.err(e))?;
        let retloc = classify_ret(self.m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        // Aggregate constants need frame copies before `sp` moves.
        let mut mem = Vec::with_capacity(args.len());
        for (a, &ty) in args.iter().zip(&tys) {
            let needs = !self.is_word(ty) && !self.is_i128(ty);
            mem.push(if needs {
                Some(self.in_memory(a.value, ty)?)
            } else {
                None
            });
        }
        let stack = u64::from(layout.stack_size.next_multiple_of(16));
        if stack > 0 {
            self.asm.add_off(SP, SP, -(stack as i64));
        }
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            let sext = a.attrs.has(ParamAttrs::SIGNEXT) && bits < 64;
            if let ArgLoc::Byval { off, size } = layout.locs[i] {
                let off = i64::from(off);
                if size > 128 {
                    // memcpy(sp + off, ptr, size): no argument register is loaded yet.
                    self.asm.add_off(0, SP, off);
                    self.gp(1, a.value)?;
                    self.asm.imm(2, u64::from(size));
                    self.libcall("memcpy");
                } else {
                    self.gp(X12, a.value)?;
                    self.asm.copy(SP, off, X12, 0, u64::from(size), X9);
                }
            }
            if let ArgLoc::Stack { off, size } = layout.locs[i] {
                let off = i64::from(off);
                if let Some(src) = mem[i] {
                    self.asm.copy(SP, off, FP, src, u64::from(size), X9);
                } else if self.is_i128(ty) {
                    self.gp(X9, a.value)?;
                    self.asm.stx(X9, SP, off);
                    self.gp_hi(X9, a.value)?;
                    self.asm.stx(X9, SP, off + 8);
                } else {
                    self.gp(X9, a.value)?;
                    if sext {
                        self.asm.sext(X9, X9, bits);
                    }
                    self.asm.stx(X9, SP, off);
                }
            }
        }
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            let sext = a.attrs.has(ParamAttrs::SIGNEXT) && bits < 64;
            match layout.locs[i] {
                ArgLoc::Gp { first, n } => {
                    if let Some(src) = mem[i] {
                        for k in 0..n {
                            self.asm.ldx(first + k, FP, src + 8 * i64::from(k));
                        }
                    } else if n == 2 {
                        self.gp(first, a.value)?;
                        self.gp_hi(first + 1, a.value)?;
                    } else {
                        self.gp(first, a.value)?;
                        if sext {
                            self.asm.sext(first, first, bits);
                        }
                    }
                }
                ArgLoc::X8 => self.gp(X8, a.value)?,
                ArgLoc::Fp {
                    first,
                    n,
                    elem_size,
                } => {
                    if let Some(src) = mem[i] {
                        let k = fp_mem(elem_size);
                        for j in 0..n {
                            self.asm.ld(
                                k,
                                first + j,
                                FP,
                                src + i64::from(j) * i64::from(elem_size),
                            );
                        }
                    } else {
                        self.fp(first, a.value, elem_size == 4)?;
                    }
                }
                ArgLoc::Stack { .. } | ArgLoc::Byval { .. } => {}
            }
        }
        let direct = match callee {
            Operand::Const(c) => match self.const_val(c)? {
                CVal::Sym(r, 0) => Some(
                    self.syms
                        .of(self.m, r)
                        .ok_or_else(|| self.err("call of an intrinsic's address"))?,
                ),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let begin = match direct {
            Some(s) => {
                let begin = self.asm.pos();
                self.asm.bl_sym(s);
                begin
            }
            None => {
                self.gp(X16, callee)?;
                let begin = self.asm.pos();
                dynasm!(self.asm.ops ; .arch aarch64 ; blr x16);
                begin
            }
        };
        self.last_call = Some((begin, self.asm.pos(), stack));
        if stack > 0 {
            self.asm.add_off(SP, SP, stack as i64);
        }
        let Some(v) = res else { return Ok(()) };
        if matches!(self.loc[v.as_u32() as usize], Loc::None) {
            return Ok(());
        }
        let o = self.slot(v)?;
        let rty = self.body.values[v].ty;
        match retloc {
            RetLoc::Void => {}
            RetLoc::Gp(n) => {
                if n == 1 && self.is_word(rty) {
                    let bits = bit_width(self.m, rty);
                    self.asm.zext(0, bits);
                }
                for k in 0..n {
                    self.asm.stx(k, FP, o + 8 * i64::from(k));
                }
            }
            RetLoc::Fp { n, elem_size } => {
                if n == 1 && self.is_word(rty) {
                    self.st_fp(o, 0, elem_size == 4);
                } else {
                    let k = fp_mem(elem_size);
                    for j in 0..n {
                        self.asm
                            .st(k, j, FP, o + i64::from(j) * i64::from(elem_size));
                    }
                }
            }
        }
        Ok(())
    }

    /// Calls a libc/libm function with the given integer / float arguments already placed.
    pub(super) fn libcall(&mut self, name: &'static str) {
        let s = self.syms.external(self.m, name);
        self.asm.bl_sym(s);
    }

    pub(super) fn intrinsic(
        &mut self,
        which: Intrinsic,
        args: &[CallArg],
        res: Option<Value>,
    ) -> R {
        use Intrinsic::*;
        let missing = self.err(format!("llvm.{} with too few arguments", which.base_name()));
        let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
        let arg = |i: usize| -> Result<Operand, CodegenError> {
            ops.get(i).copied().ok_or_else(|| missing.clone())
        };
        if which.is_no_op() {
            return Ok(());
        }
        if let Some(v) = res
            && (self.is_quad(self.body.values[v].ty)
                || ops.first().is_some_and(|&a| self.is_quad(self.ty_of(a))))
        {
            return self.intrinsic_quad(which, args, v);
        }
        match which {
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                self.gp(0, arg(0)?)?;
                self.gp(1, arg(1)?)?;
                self.gp(2, arg(2)?)?;
                let name = match which {
                    Memcpy | MemcpyInline => "memcpy",
                    Memmove => "memmove",
                    _ => "memset",
                };
                self.libcall(name);
                Ok(())
            }
            VaStart => {
                let va = self
                    .va
                    .ok_or_else(|| self.err("va_start in a function that is not variadic"))?;
                self.gp(X12, arg(0)?)?;
                self.asm
                    .add_off(X9, FP, 16 + i64::from(va.stack_bytes.next_multiple_of(8)));
                self.asm.stx(X9, X12, 0);
                self.asm.add_off(X9, FP, va.gr_area + 64);
                self.asm.stx(X9, X12, 8);
                self.asm.add_off(X9, FP, va.vr_area + 128);
                self.asm.stx(X9, X12, 16);
                let gr_offs = -(8 - i64::from(va.gp_used)) * 8;
                let vr_offs = -(8 - i64::from(va.fp_used)) * 16;
                self.asm.imm(X9, gr_offs as u32 as u64);
                self.asm.st(Mem::W, X9, X12, 24);
                self.asm.imm(X9, vr_offs as u32 as u64);
                self.asm.st(Mem::W, X9, X12, 28);
                Ok(())
            }
            VaEnd => Ok(()),
            VaCopy => {
                self.gp(X12, arg(0)?)?;
                self.gp(X13, arg(1)?)?;
                self.asm.copy(X12, 0, X13, 0, 32, X9);
                Ok(())
            }
            StackSave => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                self.asm.mov(X9, SP);
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            StackRestore => {
                self.gp(X9, arg(0)?)?;
                self.asm.mov(SP, X9);
                Ok(())
            }
            ThreadLocalAddress => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                let var = arg(0)?;
                let (size, align) = crate::objbuild::thread_local_layout(self.m, self.dl, var)
                    .map_err(|e| self.err(e))?;
                self.gp(0, var)?;
                self.asm.imm(1, size);
                self.asm.imm(2, align);
                let s = self.syms.external(self.m, crate::objbuild::TLS_ADDRESS_FN);
                self.asm.bl_sym(s);
                self.asm.stx(0, FP, o);
                Ok(())
            }
            Expect | ExpectWithProbability | LaunderInvariantGroup | StripInvariantGroup => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                let o = self.slot(v)?;
                self.put_slot(arg(0)?, ty, o)
            }
            // `llvm.invariant.start` returns a token nothing reads (`invariant.end` only).
            IsConstant | InvariantStart => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                self.asm.stx(31, FP, o);
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                self.asm.word(0xd420_0020);
                Ok(())
            }
            Smax | Smin | Umax | Umin => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                let bits = self.int_bits(ty)?;
                if bits > 64 {
                    return self.minmax128(which, arg(0)?, Some(arg(1)?), bits, self.slot(v)?);
                }
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                let signed = matches!(which, Smax | Smin);
                if signed {
                    self.asm.sext(X11, X9, bits);
                    self.asm.sext(X12, X10, bits);
                    self.asm.cmp(X11, X12);
                } else {
                    self.asm.cmp(X9, X10);
                }
                let c = match which {
                    Smax => Cond::Gt,
                    Smin => Cond::Lt,
                    Umax => Cond::Hi,
                    _ => Cond::Lo,
                };
                self.asm.csel(X9, X9, X10, c);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            Scmp | Ucmp => {
                // -1, 0 or 1 as the result type: `cset` of "greater", `csinv` to -1 when
                // "less".
                let v = self.result(res)?;
                let rbits = self.int_bits(self.body.values[v].ty)?;
                let bits = self.int_bits(self.ty_of(arg(0)?))?;
                if bits > 64 || rbits > 64 {
                    return Err(self.err("llvm.scmp/ucmp on integers wider than 64 bits"));
                }
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                let (gt, lt) = if which == Scmp {
                    self.asm.sext(X9, X9, bits);
                    self.asm.sext(X10, X10, bits);
                    (Cond::Gt, Cond::Lt)
                } else {
                    (Cond::Hi, Cond::Lo)
                };
                self.asm.cmp(X9, X10);
                self.asm.cset(X11, gt);
                // csinv x11, x11, xzr, !lt
                self.asm
                    .word(0xda80_0000 | (31 << 16) | ((lt.invert() as u32) << 12) | (11 << 5) | 11);
                self.asm.zext(X11, rbits);
                let o = self.slot(v)?;
                self.asm.stx(X11, FP, o);
                Ok(())
            }
            Abs => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                if bits > 64 {
                    return self.minmax128(which, arg(0)?, None, bits, self.slot(v)?);
                }
                self.gp(X9, arg(0)?)?;
                self.asm.sext(X9, X9, bits);
                dynasm!(self.asm.ops ; .arch aarch64 ; cmp x9, 0 ; neg x10, x9);
                self.asm.csel(X9, X10, X9, Cond::Lt);
                self.asm.zext(X9, bits);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            Fabs | Sqrt | Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err(format!("llvm.{} of this type", which.base_name())));
                }
                let f32 = self.is_f32(ty);
                self.fp(16, arg(0)?, f32)?;
                macro_rules! un {
                    ($op:ident) => {
                        if f32 {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op s16, s16)
                        } else {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op d16, d16)
                        }
                    };
                }
                match which {
                    Fabs => un!(fabs),
                    Sqrt => un!(fsqrt),
                    Floor => un!(frintm),
                    Ceil => un!(frintp),
                    Trunc => un!(frintz),
                    Round => un!(frinta),
                    RoundEven => un!(frintn),
                    Rint => un!(frintx),
                    _ => un!(frinti),
                }
                let o = self.slot(v)?;
                self.st_fp(o, 16, f32);
                Ok(())
            }
            MinNum | MaxNum | Minimum | Maximum | Copysign => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err(format!("llvm.{} of this type", which.base_name())));
                }
                let f32 = self.is_f32(ty);
                let o = self.slot(v)?;
                if which == Copysign {
                    self.gp(X9, arg(0)?)?;
                    self.gp(X10, arg(1)?)?;
                    let sign: u64 = if f32 { 0x8000_0000 } else { 1 << 63 };
                    self.asm.imm(X11, sign);
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; bic x9, x9, x11 ; and x10, x10, x11 ; orr x9, x9, x10);
                    self.asm.stx(X9, FP, o);
                    return Ok(());
                }
                self.fp(16, arg(0)?, f32)?;
                self.fp(17, arg(1)?, f32)?;
                macro_rules! bin {
                    ($op:ident) => {
                        if f32 {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op s16, s16, s17)
                        } else {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op d16, d16, d17)
                        }
                    };
                }
                match which {
                    MinNum => bin!(fminnm),
                    MaxNum => bin!(fmaxnm),
                    Minimum => bin!(fmin),
                    _ => bin!(fmax),
                }
                self.st_fp(o, 16, f32);
                Ok(())
            }
            Fma | FMulAdd => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("fma of this type"));
                }
                let f32 = self.is_f32(ty);
                self.fp(16, arg(0)?, f32)?;
                self.fp(17, arg(1)?, f32)?;
                self.fp(18, arg(2)?, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmadd s16, s16, s17, s18);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmadd d16, d16, d17, d18);
                }
                let o = self.slot(v)?;
                self.st_fp(o, 16, f32);
                Ok(())
            }
            Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos | Lround | Llround | Lrint
            | Llrint => {
                let v = self.result(res)?;
                let a0 = arg(0)?;
                let aty = self.ty_of(a0);
                if !matches!(self.data(aty), TypeData::Float | TypeData::Double) {
                    return Err(self.err(format!("llvm.{} of this type", which.base_name())));
                }
                let f32 = self.is_f32(aty);
                self.fp(0, a0, f32)?;
                if which == Pow {
                    self.fp(1, arg(1)?, f32)?;
                }
                let name: &'static str = match (which, f32) {
                    (Pow, false) => "pow",
                    (Pow, true) => "powf",
                    (Exp, false) => "exp",
                    (Exp, true) => "expf",
                    (Exp2, false) => "exp2",
                    (Exp2, true) => "exp2f",
                    (Log, false) => "log",
                    (Log, true) => "logf",
                    (Log2, false) => "log2",
                    (Log2, true) => "log2f",
                    (Log10, false) => "log10",
                    (Log10, true) => "log10f",
                    (Sin, false) => "sin",
                    (Sin, true) => "sinf",
                    (Cos, false) => "cos",
                    (Cos, true) => "cosf",
                    (Lround | Llround, false) => "lround",
                    (Lround | Llround, true) => "lroundf",
                    (_, false) => "lrint",
                    (_, true) => "lrintf",
                };
                self.libcall(name);
                let o = self.slot(v)?;
                let rty = self.body.values[v].ty;
                if matches!(self.data(rty), TypeData::Float | TypeData::Double) {
                    self.st_fp(o, 0, self.is_f32(rty));
                } else {
                    let bits = self.int_bits(rty)?;
                    self.asm.zext(0, bits);
                    self.asm.stx(0, FP, o);
                }
                Ok(())
            }
            Ctpop | Ctlz | Cttz | Bswap | BitReverse => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                if bits > 64 {
                    return Err(self.err(format!("i128 llvm.{}", which.base_name())));
                }
                self.gp(X9, arg(0)?)?;
                match which {
                    Ctpop => {
                        // SWAR popcount.
                        self.asm.imm(X11, 0x5555_5555_5555_5555);
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsr x10, x9, 1 ; and x10, x10, x11 ; sub x9, x9, x10);
                        self.asm.imm(X11, 0x3333_3333_3333_3333);
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsr x10, x9, 2 ; and x10, x10, x11 ; and x9, x9, x11 ; add x9, x9, x10
                            ; lsr x10, x9, 4 ; add x9, x9, x10);
                        self.asm.imm(X11, 0x0f0f_0f0f_0f0f_0f0f);
                        dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x11);
                        self.asm.imm(X11, 0x0101_0101_0101_0101);
                        dynasm!(self.asm.ops ; .arch aarch64 ; mul x9, x9, x11 ; lsr x9, x9, 56);
                    }
                    Ctlz => {
                        dynasm!(self.asm.ops ; .arch aarch64 ; clz x9, x9);
                        if bits < 64 {
                            self.asm.imm(X10, u64::from(64 - bits));
                            dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10);
                        }
                    }
                    Cttz => {
                        if bits < 64 {
                            self.asm.imm(X10, 1u64 << bits);
                            dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x10);
                        }
                        dynasm!(self.asm.ops ; .arch aarch64 ; rbit x9, x9 ; clz x9, x9);
                    }
                    Bswap | BitReverse => {
                        if which == Bswap {
                            if bits % 16 != 0 {
                                return Err(self.err("bswap of an odd width"));
                            }
                            dynasm!(self.asm.ops ; .arch aarch64 ; rev x9, x9);
                        } else {
                            dynasm!(self.asm.ops ; .arch aarch64 ; rbit x9, x9);
                        }
                        if bits < 64 {
                            self.asm.imm(X10, u64::from(64 - bits));
                            dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x10);
                        }
                    }
                    _ => unreachable!(),
                }
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            Fshl | Fshr => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                self.gp(X11, arg(2)?)?;
                if bits == 64 {
                    // fshl: (a << c) | (b >> 1 >> ~c); fshr: (b >> c) | (a << 1 << ~c)
                    if which == Fshl {
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsl x12, x9, x11 ; lsr x13, x10, 1 ; mvn x14, x11
                            ; lsr x13, x13, x14 ; orr x9, x12, x13);
                    } else {
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsr x12, x10, x11 ; lsl x13, x9, 1 ; mvn x14, x11
                            ; lsl x13, x13, x14 ; orr x9, x12, x13);
                    }
                } else if bits <= 32 {
                    // x = a:b in 64 bits; shift by c % bits.
                    self.asm.imm(X12, u64::from(bits));
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; udiv x13, x11, x12 ; msub x11, x13, x12, x11
                        ; lsl x9, x9, x12 ; orr x9, x9, x10);
                    if which == Fshl {
                        dynasm!(self.asm.ops ; .arch aarch64 ; lsl x9, x9, x11 ; lsr x9, x9, x12);
                    } else {
                        dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x11);
                    }
                    self.asm.zext(X9, bits);
                } else {
                    return Err(self.err(format!("llvm.{} on i{bits}", which.base_name())));
                }
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => self.overflow(which, arg(0)?, arg(1)?, res),
            SAddSat | UAddSat | SSubSat | USubSat => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                if bits > 64 {
                    return Err(self.err(format!("llvm.{} on i{bits}", which.base_name())));
                }
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                if bits == 64 {
                    self.saturate64(which);
                    let o = self.slot(v)?;
                    self.asm.stx(X9, FP, o);
                    return Ok(());
                }
                let signed = matches!(which, SAddSat | SSubSat);
                if signed {
                    self.asm.sext(X9, X9, bits);
                    self.asm.sext(X10, X10, bits);
                }
                if matches!(which, SAddSat | UAddSat) {
                    dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10);
                }
                let (lo, hi) = if signed {
                    ((-1i64 << (bits - 1)) as u64, (1u64 << (bits - 1)) - 1)
                } else {
                    (0, (1u64 << bits) - 1)
                };
                self.asm.imm(X11, hi);
                self.asm.cmp(X9, X11);
                self.asm.csel(X9, X11, X9, Cond::Gt);
                self.asm.imm(X11, lo);
                self.asm.cmp(X9, X11);
                self.asm.csel(X9, X11, X9, Cond::Lt);
                self.asm.zext(X9, bits);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            PtrMask => {
                let v = self.result(res)?;
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x10);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            LoadRelative => {
                let v = self.result(res)?;
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; add x10, x9, x10);
                self.asm.ld(Mem::Sw, X10, X10, 0);
                dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            IsFpClass => {
                let v = self.result(res)?;
                let Some(mask) = self.const_int(arg(1)?) else {
                    return Err(self.err("llvm.is.fpclass with a variable mask"));
                };
                let a = arg(0)?;
                if mask == 3 {
                    self.fcmp(FloatPredicate::Uno, a, a)?;
                    let o = self.slot(v)?;
                    self.asm.stx(X9, FP, o);
                    return Ok(());
                }
                let (mbits, ebits) = match self.data(self.ty_of(a)) {
                    TypeData::Float => (23u64, 8u64),
                    TypeData::Double => (52, 11),
                    _ => return Err(self.err("llvm.is.fpclass of this type")),
                };
                // Class index in x13: 0 snan 1 qnan 2 -inf 3 -normal 4 -subnormal 5 -zero
                // 6 +zero 7 +subnormal 8 +normal 9 +inf; then (mask >> class) & 1.
                self.gp(X9, a)?;
                self.asm.imm(X14, mbits);
                self.asm.imm(X15, (1 << ebits) - 1);
                dynasm!(self.asm.ops ; .arch aarch64
                    ; lsr x10, x9, x14 ; and x10, x10, x15          // exponent
                    ; mov x12, #64 ; sub x12, x12, x14 ; lsl x11, x9, x12  // mantissa, top-aligned
                );
                self.asm.imm(X12, mbits + ebits);
                dynasm!(self.asm.ops ; .arch aarch64
                    ; lsr x12, x9, x12 ; and x12, x12, #1          // sign
                    ; cmp x10, x15 ; b.ne >finite
                    ; cbnz x11, >nan
                    ; mov x13, #9 ; cbz x12, >done ; mov x13, #2 ; b >done
                    ; nan: ; lsr x13, x11, #63 ; b >done
                    ; finite: ; cbnz x10, >normal
                    ; cbnz x11, >sub
                    ; mov x13, #6 ; cbz x12, >done ; mov x13, #5 ; b >done
                    ; sub: ; mov x13, #7 ; cbz x12, >done ; mov x13, #4 ; b >done
                    ; normal: ; mov x13, #8 ; cbz x12, >done ; mov x13, #3
                    ; done:
                );
                self.asm.imm(X9, mask);
                dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x13 ; and x9, x9, #1);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            FrameAddress => {
                let v = self.result(res)?;
                if self.const_int(arg(0)?) != Some(0) {
                    return Err(self.err("llvm.frameaddress of an outer frame"));
                }
                let o = self.slot(v)?;
                self.asm.stx(FP, FP, o);
                Ok(())
            }
            _ => Err(self.err(format!("intrinsic llvm.{}", which.base_name()))),
        }
    }

    /// x9 = `which`(x9, x10) on i64, saturating: the flags of the 64-bit add or subtract
    /// say whether it wrapped.
    pub(super) fn saturate64(&mut self, which: Intrinsic) {
        use Intrinsic::*;
        match which {
            // Carry out: clamp to all ones.
            UAddSat => dynasm!(self.asm.ops ; .arch aarch64
                ; adds x9, x9, x10 ; csinv x9, x9, xzr, lo),
            // Borrow (carry clear): clamp to zero.
            USubSat => dynasm!(self.asm.ops ; .arch aarch64
                ; subs x9, x9, x10 ; csel x9, x9, xzr, hs),
            _ => {
                // On signed overflow the result saturates toward the first operand's sign:
                // (a >> 63) ^ i64::MAX is i64::MAX for a >= 0 and i64::MIN for a < 0.
                self.asm.imm(X12, i64::MAX as u64);
                dynasm!(self.asm.ops ; .arch aarch64 ; asr x11, x9, 63 ; eor x11, x11, x12);
                if which == SAddSat {
                    dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x10);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x10);
                }
                self.asm.csel(X9, X11, X9, Cond::Vs);
            }
        }
    }

    pub(super) fn overflow(
        &mut self,
        which: Intrinsic,
        a: Operand,
        b: Operand,
        res: Option<Value>,
    ) -> R {
        use Intrinsic::*;
        let v = self.result(res)?;
        let sty = self.body.values[v].ty;
        let (o0, ity) = self.member_path(sty, &[0])?;
        let (o1, _) = self.member_path(sty, &[1])?;
        let bits = self.int_bits(ity)?;
        if bits > 64 {
            return Err(self.err(format!("i128 llvm.{}", which.base_name())));
        }
        let base = self.slot(v)?;
        self.gp(X9, a)?;
        self.gp(X10, b)?;
        if bits == 64 {
            match which {
                UAddWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x10);
                    self.asm.cset(X11, Cond::Hs);
                }
                SAddWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x10);
                    self.asm.cset(X11, Cond::Vs);
                }
                USubWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x10);
                    self.asm.cset(X11, Cond::Lo);
                }
                SSubWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x10);
                    self.asm.cset(X11, Cond::Vs);
                }
                UMulWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; umulh x12, x9, x10 ; mul x9, x9, x10 ; cmp x12, 0);
                    self.asm.cset(X11, Cond::Ne);
                }
                _ => {
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; smulh x12, x9, x10 ; mul x9, x9, x10 ; asr x13, x9, 63 ; cmp x12, x13);
                    self.asm.cset(X11, Cond::Ne);
                }
            }
        } else {
            let signed = matches!(
                which,
                SAddWithOverflow | SSubWithOverflow | SMulWithOverflow
            );
            if signed {
                self.asm.sext(X9, X9, bits);
                self.asm.sext(X10, X10, bits);
            }
            match which {
                UAddWithOverflow | SAddWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10)
                }
                USubWithOverflow | SSubWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10)
                }
                UMulWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; umulh x12, x9, x10 ; mul x9, x9, x10)
                }
                _ => {
                    if bits > 32 {
                        return Err(self.err(format!("llvm.smul.with.overflow on i{bits}")));
                    }
                    dynasm!(self.asm.ops ; .arch aarch64 ; mul x9, x9, x10)
                }
            }
            if signed {
                // Overflow when the 64-bit result differs from its own `bits` sign extension.
                self.asm.sext(X12, X9, bits);
                self.asm.cmp(X12, X9);
                self.asm.cset(X11, Cond::Ne);
            } else {
                // Overflow when bits above `bits` are set (or, for usub, borrowed).
                self.asm.mov(X13, X9);
                self.asm.imm(X14, u64::from(bits));
                dynasm!(self.asm.ops ; .arch aarch64 ; lsr x13, x13, x14);
                if which == UMulWithOverflow {
                    dynasm!(self.asm.ops ; .arch aarch64 ; orr x13, x13, x12);
                }
                dynasm!(self.asm.ops ; .arch aarch64 ; cmp x13, 0);
                self.asm.cset(X11, Cond::Ne);
            }
            self.asm.zext(X9, bits);
        }
        self.asm.stx(X9, FP, base + o0);
        self.asm.st(Mem::B, X11, FP, base + o1);
        Ok(())
    }
}
