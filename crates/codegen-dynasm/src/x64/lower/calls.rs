//! Tier 0 (x86-64): calls (System V argument placement, varargs, results), libcalls, inline asm and the intrinsics clang emits.

use super::*;

impl FnLower<'_, '_> {
    /// Inline asm: barriers and padding (nothing), `pause`, fences, `cpuid` and `rdtsc`.
    /// Results are the inputs tied to them, or what `cpuid`/`rdtsc` put in their
    /// explicit registers, otherwise zero.
    pub(super) fn inline_asm(&mut self, a: &InlineAsm, args: &[CallArg], res: Option<Value>) -> R {
        let action = a.action();
        let mut regs: Vec<Option<u8>> = Vec::new();
        match action {
            AsmAction::Nop => {}
            AsmAction::Pause => dynasm!(self.asm.ops ; .arch x64 ; pause),
            AsmAction::Fence(AsmFence::MFence) => dynasm!(self.asm.ops ; .arch x64 ; mfence),
            AsmAction::Fence(AsmFence::LFence) => dynasm!(self.asm.ops ; .arch x64 ; lfence),
            AsmAction::Fence(AsmFence::SFence) => dynasm!(self.asm.ops ; .arch x64 ; sfence),
            AsmAction::Cpuid | AsmAction::Rdtsc => {
                let outputs: Vec<_> = a
                    .constraints
                    .iter()
                    .filter(|c| c.kind == AsmConstraintKind::Output)
                    .collect();
                let reg_of = |c: &AsmConstraint| {
                    c.register().and_then(x86_gpr).or_else(|| {
                        let n = c.tied()? as usize;
                        outputs.get(n)?.register().and_then(x86_gpr)
                    })
                };
                let inputs: Vec<_> = a.constraints.iter().filter(|c| c.takes_arg()).collect();
                let input = |r: u8| {
                    inputs
                        .iter()
                        .zip(args)
                        .find(|(c, _)| c.kind == AsmConstraintKind::Input && reg_of(c) == Some(r))
                        .map(|(_, arg)| arg.value)
                };
                let (leaf, sub) = (input(RAX), input(RCX));
                // rbx is callee-saved and cpuid writes it.
                dynasm!(self.asm.ops ; .arch x64 ; push rbx ; xor ecx, ecx ; xor eax, eax);
                if let Some(v) = sub {
                    self.gp(RCX, v)?;
                }
                if let Some(v) = leaf {
                    self.gp(RAX, v)?;
                }
                if action == AsmAction::Cpuid {
                    dynasm!(self.asm.ops ; .arch x64 ; cpuid);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; rdtsc);
                }
                // Park rax, rcx, rdx, rbx in r8..r11 (by register number) before restoring rbx.
                dynasm!(self.asm.ops ; .arch x64
                    ; mov r8, rax ; mov r9, rcx ; mov r10, rdx ; mov r11, rbx ; pop rbx);
                regs = a
                    .constraints
                    .iter()
                    .filter(|c| c.is_result())
                    .map(|c| c.register().and_then(x86_gpr).map(|r| R8 + r))
                    .collect();
            }
            AsmAction::Fence(_) | AsmAction::Other => return self.general_asm(a, args, res),
        }
        let Some(v) = res else { return Ok(()) };
        let rty = self.body.values[v].ty;
        let o = self.slot(v)?;
        self.zero_slot(rty, o)?;
        let tied = a.tied_args();
        let single = tied.len() == 1;
        for (k, t) in tied.iter().enumerate() {
            let (off, ty) = if single {
                (0, rty)
            } else {
                self.member_path(rty, &[k as u32])?
            };
            if let Some(Some(r)) = regs.get(k) {
                let n = self.size(ty).min(8) as u32;
                self.asm.st_n(RBP, o + off, *r, n);
            } else if let Some(i) = t {
                self.store_mem(args[*i].value, ty, RBP, o + off)?;
            }
        }
        Ok(())
    }

    /// A call to a helper with arguments already in registers (the stack is 16-aligned
    /// between instructions).
    pub(super) fn aligned_call(&mut self, s: SymbolIndex) {
        self.asm.call_sym(s);
    }

    // ---------------------------------------------------------------- calls

    pub(super) fn call(
        &mut self,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        res: Option<Value>,
    ) -> R {
        if let Operand::Const(c) = callee
            && let ConstKind::InlineAsm(a) = &self.m.const_data(c).kind
        {
            return self.inline_asm(a, args, res);
        }
        if let Operand::Const(c) = callee
            && let Some(GlobalRef::Function(f)) = self.m.strip_to_global(c)
        {
            let func = &self.m.functions[f];
            if func.name.starts_with("llvm.load.relative.") && args.len() == 2 && res.is_some() {
                // ptr + sext(load i32 (ptr + off))
                let v = res.ok_or_else(|| self.err("load.relative without a result"))?;
                let obits = bit_width(self.m, self.ty_of(args[1].value));
                self.gp(RDX, args[0].value)?;
                self.gp(RCX, args[1].value)?;
                self.asm.sext(RCX, obits);
                dynasm!(self.asm.ops ; .arch x64 ; movsxd rax, DWORD [rdx + rcx] ; add rax, rdx);
                let o = self.slot(v)?;
                self.asm.st(RBP, o, RAX);
                return Ok(());
            }
            if func.name.starts_with("llvm.eh.typeid.for") {
                let v = res.ok_or_else(|| self.err("llvm.eh.typeid.for without a result"))?;
                let ti = args
                    .first()
                    .ok_or_else(|| self.err("llvm.eh.typeid.for without a type"))?;
                let id =
                    crate::eh::typeid_for(self.m, self.dl, self.syms, self.eh.as_mut(), ti.value)
                        .map_err(|e| self.err(e))?;
                let o = self.slot(v)?;
                self.asm.imm(RAX, u64::from(id));
                self.asm.st(RBP, o, RAX);
                return Ok(());
            }
            if let Some(intr) = func.intrinsic {
                return self.intrinsic(intr, args, res);
            }
            if func.name.starts_with("llvm.") {
                return Err(self.err(format!("intrinsic `@{}`", func.name)));
            }
        }
        let (ret_ty, params, varargs) = self
            .m
            .types
            .function_sig(fn_ty)
            .ok_or_else(|| self.err("call type"))?;
        let mut tys: Vec<Type> = params.to_vec();
        for a in args.iter().skip(params.len()) {
            tys.push(self.ty_of(a.value));
        }
        let mut attrs = args.iter().map(|a| Some(&a.attrs));
        let lay = layout_args(self.m, self.dl, &tys, &mut attrs).map_err(|e| self.err(e))?;
        let retloc = classify_ret(self.m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        let stack = lay.stack_size.next_multiple_of(16) as i32;
        if stack > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; sub rsp, stack);
        }
        // Stack arguments first (they may use any scratch register).
        for (i, a) in args.iter().enumerate() {
            match lay.locs[i] {
                ArgLoc::Stack(off) => {
                    let ty = tys[i];
                    self.gp(RAX, a.value)?;
                    if a.attrs.has(ParamAttrs::SIGNEXT) {
                        self.asm.sext(RAX, bit_width(self.m, ty));
                    }
                    self.asm.st(RSP, off as i32, RAX);
                    if self.is_i128(ty) || self.is_x87(ty) {
                        self.gp_hi(RAX, a.value)?;
                        self.asm.st(RSP, off as i32 + 8, RAX);
                    }
                }
                ArgLoc::Byval { off, size } => {
                    self.gp(RSI, a.value)?;
                    self.asm.copy(RSP, off as i32, RSI, 0, u64::from(size), RAX);
                }
                // Whole SSE registers are loaded here too: materialising a constant may
                // use rcx, which the integer arguments below take.
                ArgLoc::Stack16 { off, .. } => self.arg_stack16(a.value, tys[i], off)?,
                ArgLoc::Xmm16 { first, n } => self.arg_xmm16(first, n, a.value, tys[i])?,
                _ => {}
            }
        }
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            match lay.locs[i] {
                ArgLoc::Gp(r) => {
                    let r = GP_ARGS[r as usize];
                    self.gp(r, a.value)?;
                    if a.attrs.has(ParamAttrs::SIGNEXT) {
                        self.asm.sext(r, bit_width(self.m, ty));
                    }
                }
                ArgLoc::Gp2(r) => {
                    self.gp(GP_ARGS[r as usize], a.value)?;
                    self.gp_hi(GP_ARGS[r as usize + 1], a.value)?;
                }
                ArgLoc::Xmm(x) => {
                    let f32 = matches!(self.data(ty), TypeData::Float);
                    self.xmm(x, a.value, f32)?;
                }
                _ => {}
            }
        }
        let direct = match callee {
            Operand::Const(c) => match self.const_val(c)? {
                CVal::Sym(r, 0) => self.syms.of(self.m, r),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        if varargs {
            let n = i32::from(lay.xmm_used);
            dynasm!(self.asm.ops ; .arch x64 ; mov eax, n);
        }
        let begin = match direct {
            Some(s) => {
                let begin = self.asm.pos();
                self.asm.call_sym(s);
                begin
            }
            None => {
                self.gp(R10, callee)?;
                let begin = self.asm.pos();
                dynasm!(self.asm.ops ; .arch x64 ; call r10);
                begin
            }
        };
        self.last_call = Some((begin, self.asm.pos(), stack));
        if stack > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; add rsp, stack);
        }
        if retloc == RetLoc::X87 && res.is_none() {
            self.pop80();
        }
        let Some(v) = res else { return Ok(()) };
        let o = self.slot(v)?;
        match retloc {
            RetLoc::Void => {}
            RetLoc::Gp => {
                let bits = bit_width(self.m, ret_ty);
                if bits < 64 && self.m.types.is_int(ret_ty) {
                    self.asm.zext(RAX, bits);
                }
                self.asm.st(RBP, o, RAX);
            }
            RetLoc::Gp2 => {
                self.asm.st(RBP, o, RAX);
                self.asm.st(RBP, o + 8, RDX);
            }
            RetLoc::Xmm => {
                let f32 = matches!(self.data(ret_ty), TypeData::Float);
                self.st_xmm(o, 0, f32);
            }
            RetLoc::X87 => self.fstp80(o),
            RetLoc::Parts(parts) => self.regs_to_parts(&parts, o),
            RetLoc::Xmm16(n) => {
                let size = self.size(ret_ty);
                self.store_xmm16(0, n, o, size);
            }
        }
        Ok(())
    }

    /// A call of a libc/libm function with the given register setup already done.
    pub(super) fn libcall(&mut self, name: &'static str) {
        let s = self.syms.external(self.m, name);
        self.asm.call_sym(s);
    }

    pub(super) fn intrinsic(&mut self, intr: Intrinsic, args: &[CallArg], res: Option<Value>) -> R {
        use Intrinsic::*;
        let missing = self.err("intrinsic argument count");
        let arg = |i: usize| -> Result<Operand, CodegenError> {
            args.get(i).map(|a| a.value).ok_or(missing.clone())
        };
        if intr.is_no_op() || matches!(intr, InvariantStart) {
            if let Some(v) = res {
                let o = self.slot(v)?;
                self.asm.zero(RBP, o, 8, RCX);
            }
            return Ok(());
        }
        match intr {
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                self.gp(RDI, arg(0)?)?;
                self.gp(RSI, arg(1)?)?;
                self.gp(RDX, arg(2)?)?;
                let name = match intr {
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
                    .ok_or_else(|| self.err("va_start in a non-variadic function"))?;
                self.gp(RDX, arg(0)?)?;
                let gp = i32::from(va.gp_used) * 8;
                let fp = 48 + i32::from(va.xmm_used) * 16;
                let ov = 16 + va.stack_bytes as i32;
                let save = va.save_area;
                dynasm!(self.asm.ops ; .arch x64
                    ; mov DWORD [rdx], gp
                    ; mov DWORD [rdx + 4], fp
                    ; lea rax, [rbp + ov]
                    ; mov [rdx + 8], rax
                    ; lea rax, [rbp + save]
                    ; mov [rdx + 16], rax);
                Ok(())
            }
            VaEnd => Ok(()),
            VaCopy => {
                self.gp(RDX, arg(0)?)?;
                self.gp(RSI, arg(1)?)?;
                self.asm.copy(RDX, 0, RSI, 0, 24, RCX);
                Ok(())
            }
            StackSave => {
                let o = self.slot(self.result(res)?)?;
                dynasm!(self.asm.ops ; .arch x64 ; mov [rbp + o], rsp);
                Ok(())
            }
            StackRestore => {
                self.gp(RAX, arg(0)?)?;
                dynasm!(self.asm.ops ; .arch x64 ; mov rsp, rax);
                Ok(())
            }
            FltRounds => {
                // MXCSR.RC (bits 13-14): nearest 0 -> 1, down 1 -> 3, up 2 -> 2, zero 3 -> 0.
                let o = self.slot(self.result(res)?)?;
                dynasm!(self.asm.ops ; .arch x64
                    ; stmxcsr [rbp + o]
                    ; mov ecx, [rbp + o] ; shr ecx, 11 ; and ecx, 0xc
                    ; mov eax, 0x0231 ; shr eax, cl ; and eax, 0xf
                    ; mov [rbp + o], rax);
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                dynasm!(self.asm.ops ; .arch x64 ; ud2);
                Ok(())
            }
            ThreadLocalAddress => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                let var = arg(0)?;
                let (size, align) = crate::objbuild::thread_local_layout(self.m, self.dl, var)
                    .map_err(|e| self.err(e))?;
                self.gp(RDI, var)?;
                self.asm.imm(RSI, size);
                self.asm.imm(RDX, align);
                self.libcall(crate::objbuild::TLS_ADDRESS_FN);
                self.asm.st(RBP, o, RAX);
                Ok(())
            }
            Expect
            | ExpectWithProbability
            | LaunderInvariantGroup
            | StripInvariantGroup
            | PtrAnnotation
            | Annotation => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                let o = self.slot(v)?;
                self.put_slot(arg(0)?, ty, o)
            }
            _ => {
                let v =
                    res.ok_or_else(|| self.err(format!("intrinsic `llvm.{}`", intr.base_name())))?;
                self.value_intrinsic(intr, args, v)
            }
        }
    }

    pub(super) fn value_intrinsic(&mut self, intr: Intrinsic, args: &[CallArg], v: Value) -> R {
        use Intrinsic::*;
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        let a0 = args
            .first()
            .map(|a| a.value)
            .ok_or_else(|| self.err("intrinsic arguments"))?;
        let a = |i: usize| args.get(i).map(|a| a.value);
        if self.is_x87(ty) || self.is_x87(self.ty_of(a0)) {
            return self.intrinsic80(intr, args, v);
        }
        if self.is_fp128(ty) || self.is_fp128(self.ty_of(a0)) {
            return self.intrinsic_quad(intr, args, v);
        }
        let is_float = matches!(self.data(ty), TypeData::Float | TypeData::Double);
        let f32 = matches!(self.data(ty), TypeData::Float);
        if self.is_i128(ty) && matches!(intr, Smax | Smin | Umax | Umin | Abs) {
            return self.minmax128(intr, a0, a(1), ty, o);
        }
        if !is_float
            && !self.is_word(ty)
            && !matches!(
                intr,
                SAddWithOverflow
                    | UAddWithOverflow
                    | SSubWithOverflow
                    | USubWithOverflow
                    | SMulWithOverflow
                    | UMulWithOverflow
            )
        {
            return Err(self.err(format!(
                "intrinsic `llvm.{}` on `{}`",
                intr.base_name(),
                self.m.types.display(ty)
            )));
        }
        match intr {
            Smax | Smin | Umax | Umin => {
                let bits = self.int_bits(ty)?;
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                if matches!(intr, Smax | Smin) {
                    self.asm.sext(RAX, bits);
                    self.asm.sext(RCX, bits);
                }
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                let cc = match intr {
                    Smax => Cc::L,
                    Smin => Cc::G,
                    Umax => Cc::B,
                    _ => Cc::A,
                };
                self.asm.cmov(cc, RAX, RCX);
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            Abs => {
                let bits = self.int_bits(ty)?;
                self.gp(RAX, a0)?;
                self.asm.sext(RAX, bits);
                dynasm!(self.asm.ops ; .arch x64 ; mov rcx, rax ; neg rcx);
                self.asm.cmov(Cc::Ge, RAX, RCX);
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            Ctpop => {
                let bits = self.int_bits(ty)?;
                self.gp(RAX, a0)?;
                dynasm!(self.asm.ops ; .arch x64
                    ; xor ecx, ecx
                    ; test rax, rax ; jz >done
                    ; again: ; inc ecx ; lea rdx, [rax - 1] ; and rax, rdx ; jnz <again
                    ; done:);
                let _ = bits;
                self.asm.st(RBP, o, RCX);
            }
            Ctlz | Cttz => {
                let bits = self.int_bits(ty)? as i32;
                self.gp(RAX, a0)?;
                if intr == Ctlz {
                    // ctlz = bits - 1 - bsr(x); x == 0 -> bits.
                    dynasm!(self.asm.ops ; .arch x64
                        ; mov ecx, bits ; test rax, rax ; jz >done
                        ; bsr rax, rax ; mov ecx, bits - 1 ; sub ecx, eax
                        ; done:);
                } else {
                    dynasm!(self.asm.ops ; .arch x64
                        ; mov ecx, bits ; test rax, rax ; jz >done
                        ; bsf rcx, rax
                        ; done:);
                }
                self.asm.st(RBP, o, RCX);
            }
            Bswap => {
                let bits = self.int_bits(ty)?;
                if bits % 16 != 0 {
                    return Err(self.err("bswap of an odd width"));
                }
                self.gp(RAX, a0)?;
                dynasm!(self.asm.ops ; .arch x64 ; bswap rax);
                if bits < 64 {
                    let sh = (64 - bits) as i8;
                    dynasm!(self.asm.ops ; .arch x64 ; shr rax, sh);
                }
                self.asm.st(RBP, o, RAX);
            }
            Fshl | Fshr => {
                let bits = self.int_bits(ty)?;
                let (b, c) = (
                    a(1).ok_or_else(|| self.err("argument"))?,
                    a(2).ok_or_else(|| self.err("argument"))?,
                );
                self.gp(RAX, a0)?;
                self.gp(RDX, b)?;
                self.gp(RCX, c)?;
                if bits == 64 {
                    if intr == Fshl {
                        dynasm!(self.asm.ops ; .arch x64 ; shld rax, rdx, cl);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; shrd rdx, rax, cl ; mov rax, rdx);
                    }
                } else if bits <= 32 {
                    // t = a:b in 64 bits; shift by c % bits.
                    let sh = bits as i8;
                    let w = bits as i32;
                    dynasm!(self.asm.ops ; .arch x64
                        ; shl rax, sh ; or rax, rdx
                        ; mov r8, rax ; mov eax, ecx ; xor edx, edx ; mov ecx, w ; div ecx ; mov ecx, edx
                        ; mov rax, r8);
                    if intr == Fshl {
                        dynasm!(self.asm.ops ; .arch x64 ; shl rax, cl ; shr rax, sh);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; shr rax, cl);
                    }
                    self.asm.zext(RAX, bits);
                } else {
                    return Err(self.err("funnel shift of this width"));
                }
                self.asm.st(RBP, o, RAX);
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => {
                let (fields, _) = self
                    .m
                    .types
                    .struct_fields(ty)
                    .ok_or_else(|| self.err("overflow result type"))?;
                let ity = *fields
                    .first()
                    .ok_or_else(|| self.err("overflow result type"))?;
                let bits = self.int_bits(ity)?;
                if bits > 64 {
                    return Err(self.err("i128 overflow intrinsics"));
                }
                let (off1, _) = self.member_path(ty, &[1])?;
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                let signed = matches!(intr, SAddWithOverflow | SSubWithOverflow | SMulWithOverflow);
                if bits == 64 {
                    match intr {
                        SAddWithOverflow | UAddWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx)
                        }
                        SSubWithOverflow | USubWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx)
                        }
                        SMulWithOverflow => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rcx),
                        _ => dynasm!(self.asm.ops ; .arch x64 ; mul rcx),
                    }
                    let cc = match intr {
                        UAddWithOverflow | USubWithOverflow => Cc::B,
                        _ => Cc::O,
                    };
                    self.asm.setcc(cc, RCX);
                } else {
                    if signed {
                        self.asm.sext(RAX, bits);
                        self.asm.sext(RCX, bits);
                    }
                    match intr {
                        SAddWithOverflow | UAddWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx)
                        }
                        SSubWithOverflow | USubWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx)
                        }
                        _ => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rcx),
                    }
                    // Overflowed when the wide result differs from its own narrowing, or
                    // (64-bit multiply of > 32-bit operands) when the multiply overflowed.
                    if bits > 32 && matches!(intr, SMulWithOverflow | UMulWithOverflow) {
                        self.asm.setcc(Cc::O, R9);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; xor r9d, r9d);
                    }
                    if intr == UMulWithOverflow && bits > 32 {
                        // Redo as an unsigned full multiply: rdx != 0 means overflow.
                        self.gp(RAX, a0)?;
                        self.gp(RCX, b)?;
                        dynasm!(self.asm.ops ; .arch x64 ; mul rcx ; test rdx, rdx ; setnz r9b);
                    }
                    self.asm.mov(RDX, RAX);
                    if signed {
                        self.asm.sext(RDX, bits);
                    } else {
                        self.asm.zext(RDX, bits);
                    }
                    dynasm!(self.asm.ops ; .arch x64 ; cmp rdx, rax ; setne cl ; or cl, r9b ; movzx ecx, cl);
                    self.asm.zext(RAX, bits);
                }
                let n = self.store_size(ity) as u32;
                self.asm.zero(RBP, o, self.size(ty).max(8), RDX);
                self.asm.st_bytes(RBP, o, RAX, n);
                self.asm.st_n(RBP, o + off1, RCX, 1);
            }
            SAddSat | SSubSat | UAddSat | USubSat => {
                let bits = self.int_bits(ty)?;
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                let umax = if bits >= 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                match intr {
                    UAddSat => {
                        if bits == 64 {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx ; jnc >ok ; mov rax, -1 ; ok:);
                        } else {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                            self.asm.imm(RCX, umax);
                            dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                            self.asm.cmov(Cc::A, RAX, RCX);
                        }
                    }
                    USubSat => {
                        dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx ; jae >ok ; xor eax, eax ; ok:)
                    }
                    _ if bits == 64 => {
                        dynasm!(self.asm.ops ; .arch x64 ; mov rdx, rax);
                        if intr == SAddSat {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                        } else {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
                        }
                        // Saturate toward the sign of the first operand.
                        dynasm!(self.asm.ops ; .arch x64
                            ; jno >ok ; sar rdx, 63 ; mov rax, QWORD i64::MAX ; xor rax, rdx ; ok:);
                    }
                    _ => {
                        self.asm.sext(RAX, bits);
                        self.asm.sext(RCX, bits);
                        if intr == SAddSat {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                        } else {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
                        }
                        let max = (umax >> 1) as i64;
                        self.asm.imm(RCX, max as u64);
                        dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                        self.asm.cmov(Cc::G, RAX, RCX);
                        self.asm.imm(RCX, (-max - 1) as u64);
                        dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                        self.asm.cmov(Cc::L, RAX, RCX);
                    }
                }
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            IsFpClass => {
                let x = a0;
                let xty = self.ty_of(x);
                let f32 = matches!(self.data(xty), TypeData::Float);
                if !matches!(self.data(xty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("is.fpclass of this type"));
                }
                let Some(Operand::Const(mc)) = a(1) else {
                    return Err(self.err("is.fpclass mask"));
                };
                let CVal::Bits(mask) = self.const_val(mc)? else {
                    return Err(self.err("is.fpclass mask"));
                };
                // Class index in ecx: 0 snan 1 qnan 2 -inf 3 -normal 4 -subnormal 5 -zero
                // 6 +zero 7 +subnormal 8 +normal 9 +inf; then (mask >> class) & 1.
                self.gp(RAX, x)?;
                let (mbits, ebits) = if f32 { (23i8, 8i8) } else { (52i8, 11i8) };
                let sign = mbits + ebits;
                dynasm!(self.asm.ops ; .arch x64
                    ; mov rdx, rax ; shr rdx, mbits ; and edx, (1 << ebits) - 1   // exponent
                    ; mov r8, rax ; shl r8, 64 - mbits                          // mantissa (top-aligned)
                    ; mov r9, rax ; shr r9, sign ; and r9d, 1                     // sign
                    ; cmp edx, (1 << ebits) - 1 ; jne >finite
                    ; test r8, r8 ; jnz >nan
                    ; mov ecx, 9 ; test r9d, r9d ; jz >done ; mov ecx, 2 ; jmp >done
                    ; nan: ; xor ecx, ecx ; bt r8, 63 ; adc ecx, 0 ; jmp >done
                    ; finite: ; test edx, edx ; jnz >normal
                    ; test r8, r8 ; jnz >sub
                    ; mov ecx, 6 ; test r9d, r9d ; jz >done ; mov ecx, 5 ; jmp >done
                    ; sub: ; mov ecx, 7 ; test r9d, r9d ; jz >done ; mov ecx, 4 ; jmp >done
                    ; normal: ; mov ecx, 8 ; test r9d, r9d ; jz >done ; mov ecx, 3
                    ; done:);
                self.asm.imm(RAX, mask as u64);
                dynasm!(self.asm.ops ; .arch x64 ; shr eax, cl ; and eax, 1);
                self.asm.st(RBP, o, RAX);
            }
            BitReverse => {
                let bits = self.int_bits(ty)? as i32;
                self.gp(RAX, a0)?;
                dynasm!(self.asm.ops ; .arch x64
                    ; xor ecx, ecx ; mov edx, bits
                    ; again: ; shr rax, 1 ; rcl rcx, 1 ; dec edx ; jnz <again);
                self.asm.st(RBP, o, RCX);
            }
            Lround | Llround | Lrint | Llrint => {
                let aty = self.ty_of(a0);
                let af32 = matches!(self.data(aty), TypeData::Float);
                if !matches!(self.data(aty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("lround/lrint of this type"));
                }
                let name = match (intr, af32) {
                    (Lround, false) => "lround",
                    (Lround, true) => "lroundf",
                    (Llround, false) => "llround",
                    (Llround, true) => "llroundf",
                    (Lrint, false) => "lrint",
                    (Lrint, true) => "lrintf",
                    (Llrint, false) => "llrint",
                    _ => "llrintf",
                };
                self.xmm(0, a0, af32)?;
                self.libcall(name);
                let bits = self.int_bits(ty)?;
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            Ldexp if is_float => {
                let n = a(1).ok_or_else(|| self.err("argument"))?;
                self.xmm(0, a0, f32)?;
                self.gp(RDI, n)?;
                self.libcall(if f32 { "ldexpf" } else { "ldexp" });
                self.st_xmm(o, 0, f32);
            }
            Scmp | Ucmp => {
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                let abits = self.int_bits(self.ty_of(a0))?;
                if abits > 64 {
                    return Err(self.err("three-way compare of i128"));
                }
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                if intr == Scmp {
                    self.asm.sext(RAX, abits);
                    self.asm.sext(RCX, abits);
                }
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                let (gt, lt) = if intr == Scmp {
                    (Cc::G, Cc::L)
                } else {
                    (Cc::A, Cc::B)
                };
                self.asm.setcc(gt, RAX);
                self.asm.setcc(lt, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
                let bits = self.int_bits(ty)?;
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            FrameAddress | ReturnAddress => {
                let Operand::Const(c) = a0 else {
                    return Err(self.err("frame or return address of a variable depth"));
                };
                if self.const_val(c)? != CVal::Bits(0) {
                    return Err(self.err("frame or return address of an outer frame"));
                }
                if intr == FrameAddress {
                    dynasm!(self.asm.ops ; .arch x64 ; mov [rbp + o], rbp);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mov rax, [rbp + 8] ; mov [rbp + o], rax);
                }
            }
            ObjectSize => {
                // Unknown size: -1 for "maximum", 0 for "minimum".
                let min = match a(1) {
                    Some(Operand::Const(c)) => self.const_val(c)? == CVal::Bits(1),
                    _ => false,
                };
                let bits = self.int_bits(ty)?;
                let v = if min {
                    0
                } else if bits >= 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                self.asm.imm(RAX, v);
                self.asm.st(RBP, o, RAX);
            }
            IsConstant => {
                self.asm.imm(RAX, 0);
                self.asm.st(RBP, o, RAX);
            }
            PtrMask => {
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                dynasm!(self.asm.ops ; .arch x64 ; and rax, rcx);
                self.asm.st(RBP, o, RAX);
            }
            Fabs if is_float => {
                self.gp(RAX, a0)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; and eax, 0x7fff_ffff);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; btr rax, 63);
                }
                self.asm.st(RBP, o, RAX);
            }
            Copysign if is_float => {
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                let sign = if f32 { 1u64 << 31 } else { 1u64 << 63 };
                self.asm.imm(RDX, sign);
                dynasm!(self.asm.ops ; .arch x64 ; and rcx, rdx ; not rdx ; and rax, rdx ; or rax, rcx);
                self.asm.st(RBP, o, RAX);
            }
            Sqrt if is_float => {
                self.xmm(0, a0, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; sqrtss xmm0, xmm0);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; sqrtsd xmm0, xmm0);
                }
                self.st_xmm(o, 0, f32);
            }
            FMulAdd if is_float => {
                self.xmm(0, a0, f32)?;
                self.xmm(1, a(1).ok_or_else(|| self.err("argument"))?, f32)?;
                self.xmm(2, a(2).ok_or_else(|| self.err("argument"))?, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; mulss xmm0, xmm1 ; addss xmm0, xmm2);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mulsd xmm0, xmm1 ; addsd xmm0, xmm2);
                }
                self.st_xmm(o, 0, f32);
            }
            Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt | Fma | MinNum | MaxNum
            | Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos
                if is_float =>
            {
                let name: &'static str = match (intr, f32) {
                    (Floor, false) => "floor",
                    (Floor, true) => "floorf",
                    (Ceil, false) => "ceil",
                    (Ceil, true) => "ceilf",
                    (Trunc, false) => "trunc",
                    (Trunc, true) => "truncf",
                    (Round, false) => "round",
                    (Round, true) => "roundf",
                    (RoundEven, false) => "roundeven",
                    (RoundEven, true) => "roundevenf",
                    (Rint, false) => "rint",
                    (Rint, true) => "rintf",
                    (NearbyInt, false) => "nearbyint",
                    (NearbyInt, true) => "nearbyintf",
                    (Fma, false) => "fma",
                    (Fma, true) => "fmaf",
                    (MinNum, false) => "fmin",
                    (MinNum, true) => "fminf",
                    (MaxNum, false) => "fmax",
                    (MaxNum, true) => "fmaxf",
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
                    _ => "cosf",
                };
                for (i, arg) in args.iter().enumerate().take(3) {
                    self.xmm(i as u8, arg.value, f32)?;
                }
                self.libcall(name);
                self.st_xmm(o, 0, f32);
            }
            _ => return Err(self.err(format!("intrinsic `llvm.{}`", intr.base_name()))),
        }
        Ok(())
    }
}
