//! call

use super::super::inst::FlagOp;
use super::*;
use crate::x64::abi::Eightbyte;

impl<'a> Isel<'a, '_> {
    /// Calls a C function with scalar arguments; `ret` is the destination and whether it is
    /// a float.
    pub(super) fn libcall(
        &mut self,
        name: &'static str,
        args: &[Operand],
        ret: Option<(Reg, bool)>,
    ) -> LResult {
        let sym = self.syms.external(self.ctx.m, name);
        let mut uses = Vec::new();
        let (mut g, mut x) = (0usize, 0u8);
        for &a in args {
            let r = self.put(a)?;
            if r.class() == RegClass::Float {
                uses.push((r, xmm(x)));
                x += 1;
            } else {
                uses.push((r, gpr(GP_ARGS[g])));
                g += 1;
            }
        }
        let defs: Vec<(Reg, PReg)> = match ret {
            Some((d, true)) => vec![(d, xmm(0))],
            Some((d, false)) => vec![(d, gpr(0))],
            None => Vec::new(),
        };
        self.emit_call(Callee::Sym(sym), uses, defs);
        Ok(())
    }

    pub(super) fn emit_call(
        &mut self,
        callee: Callee,
        uses: Vec<(Reg, PReg)>,
        defs: Vec<(Reg, PReg)>,
    ) {
        let mut clobbers = caller_saved();
        for (_, p) in &defs {
            clobbers.remove(*p);
        }
        self.emit(Inst::Call {
            callee,
            uses,
            defs,
            clobbers,
        });
    }

    pub(super) fn call(&mut self, inst: IrInst) -> LResult {
        self.call_or_invoke(inst, None)
    }

    /// The call of a `call` or, with its lowered successors and landing-pad site, of an
    /// `invoke` (whose results its normal edge block takes: [`Self::invoke_result`]).
    pub(super) fn call_or_invoke(
        &mut self,
        inst: IrInst,
        invoke: Option<(LBlock, LBlock, u32)>,
    ) -> LResult {
        let kind: &'a InstKind = &self.ctx.body.insts[inst].kind;
        let Some(call) = kind.as_call() else {
            unreachable!("call on a call");
        };
        let (callee, fn_ty, args) = (call.callee, call.fn_ty, call.args);
        let m = self.ctx.m;
        if let Operand::Const(c) = callee {
            match &m.const_data(c).kind {
                ConstKind::InlineAsm(_) => return unsupported("inline asm"),
                _ => {
                    if let Some(GlobalRef::Function(f)) = m.strip_to_global(c) {
                        if invoke.is_some() && m.functions[f].name.starts_with("llvm.") {
                            return unsupported("an invoke of an intrinsic");
                        }
                        if let Some(intr) = m.functions[f].intrinsic {
                            return self.intrinsic(inst, intr, args);
                        }
                        if m.functions[f].name.starts_with("llvm.") {
                            return unsupported(format!("intrinsic `@{}`", m.functions[f].name));
                        }
                    }
                }
            }
        }
        let Some((ret_ty, params, varargs)) = m.types.function_sig(fn_ty) else {
            return unsupported("call type");
        };
        let mut tys: Vec<Type> = params.to_vec();
        for a in args.iter().skip(params.len()) {
            tys.push(self.ctx.ty(a.value));
        }
        if args.iter().any(|a| a.attrs.has(ParamAttrs::INREG)) {
            return unsupported("inreg arguments");
        }
        let mut attrs = args.iter().map(|a| Some(&a.attrs));
        let lay = match layout_args(m, self.ctx.dl, &tys, &mut attrs) {
            Ok(l) => l,
            Err(e) => return unsupported(e),
        };
        let retloc = match classify_ret(m, self.ctx.dl, ret_ty) {
            Ok(r) => r,
            Err(e) => return unsupported(e),
        };
        let (defs, narrow) = match invoke {
            None => self.result_defs(inst, &retloc, ret_ty, false)?,
            // Taken at the start of the normal edge block.
            Some(_) => (Vec::new(), Vec::new()),
        };
        // The value operands, in argument order.
        let mut uses = Vec::new();
        let mut stack_stores: Vec<(Rmi, u32, bool)> = Vec::new();
        let mut byval: Vec<(Operand, u32, u32)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            match lay.locs[i] {
                ArgLoc::Gp(r) => {
                    let bits = self.bits(ty)?;
                    let reg = self.put(a.value)?;
                    let reg = if a.attrs.has(ParamAttrs::SIGNEXT) && bits < 32 {
                        let w = self.sext64(reg, bits);
                        self.zext(w, 32)
                    } else {
                        reg
                    };
                    uses.push((reg, gpr(GP_ARGS[r as usize])));
                }
                ArgLoc::Gp2(r) => {
                    let regs = self.put_regs(a.value)?;
                    let [lo, hi] = regs[..] else {
                        return unsupported("a two-register argument of another shape");
                    };
                    uses.push((lo, gpr(GP_ARGS[r as usize])));
                    uses.push((hi, gpr(GP_ARGS[r as usize + 1])));
                }
                ArgLoc::Xmm(x) => {
                    if !self.is_vector_value(ty) {
                        self.is_double(ty)?;
                    }
                    let reg = self.put(a.value)?;
                    uses.push((reg, xmm(x)));
                }
                ArgLoc::Xmm16 { first, n: 1 } if self.is_vector_value(ty) => {
                    let reg = self.put(a.value)?;
                    uses.push((reg, xmm(first)));
                }
                ArgLoc::Stack(off) => {
                    let float = self.ctx.m.types.is_float(ty);
                    if !float && self.ctx.leaves(ty).is_some_and(|l| l.len() == 1) {
                        let bits = self.bits(ty)?;
                        if let Some(k) = self.imm32(a.value, Size::Q) {
                            stack_stores.push((Rmi::Imm(k), off, false));
                            continue;
                        }
                        let reg = self.put(a.value)?;
                        let reg = if a.attrs.has(ParamAttrs::SIGNEXT) && bits < 32 {
                            let w = self.sext64(reg, bits);
                            self.zext(w, 32)
                        } else {
                            reg
                        };
                        stack_stores.push((Rmi::Reg(reg), off, false));
                    } else {
                        if float {
                            self.is_double(ty)?;
                        }
                        let regs = self.put_regs(a.value)?;
                        if regs.len() > 2 {
                            return unsupported("an aggregate passed on the stack");
                        }
                        for (k, reg) in regs.into_iter().enumerate() {
                            let f = reg.class() == RegClass::Float;
                            stack_stores.push((Rmi::Reg(reg), off + 8 * k as u32, f));
                        }
                    }
                }
                ArgLoc::Byval { off, size } => byval.push((a.value, off, size)),
                _ => return unsupported("arguments passed as vectors or long double"),
            }
        }
        // Copies of byval arguments first: a large one calls memcpy, which must not run
        // between the stores of the other stack arguments and the call.
        for (src, off, size) in byval {
            self.copy_to_outgoing(src, off, size)?;
        }
        for (src, off, float) in stack_stores {
            let addr = Amode::Outgoing { off: off as i32 };
            match src {
                Rmi::Reg(r) if float => self.emit(Inst::FStore {
                    double: true,
                    src: r,
                    addr,
                }),
                src => self.emit(Inst::Store {
                    bytes: 8,
                    src,
                    addr,
                }),
            }
        }
        self.outgoing = self.outgoing.max(lay.stack_size.next_multiple_of(16));
        if varargs {
            let al = self.tmp();
            self.emit(Inst::Imm {
                dst: al,
                value: u64::from(lay.xmm_used),
            });
            uses.push((al, gpr(0)));
        }
        let target = match self.ctx.resolve(callee) {
            Operand::Const(c) => match eval(m, self.ctx.dl, c) {
                Ok(CVal::Sym(r, 0)) => match self.syms.of(m, r) {
                    Some(s) => Callee::Sym(s),
                    None => return unsupported("a call of an intrinsic's address"),
                },
                _ => Callee::Reg(self.put(callee)?),
            },
            Operand::Value(v) => Callee::Reg(self.ctx.use_reg(v)?),
        };
        match invoke {
            None => self.emit_call(target, uses, defs),
            Some((normal, landing, site)) => self.emit(Inst::Invoke {
                callee: target,
                uses,
                clobbers: caller_saved(),
                normal,
                landing,
                site,
            }),
        }
        self.extend_results(narrow);
        Ok(())
    }

    /// Where a call's result leaves arrive (each in its ABI register; `fresh`: always into a
    /// new register, copied to the value's after) and the narrow integers to re-extend.
    #[allow(clippy::type_complexity, reason = "two lists of register pairs")]
    fn result_defs(
        &mut self,
        inst: IrInst,
        retloc: &RetLoc,
        ret_ty: Type,
        fresh: bool,
    ) -> LResult<(Vec<(Reg, PReg)>, Vec<(Reg, Reg, u32)>)> {
        let mut defs: Vec<(Reg, PReg)> = Vec::new();
        let mut narrow: Vec<(Reg, Reg, u32)> = Vec::new();
        let result = self.ctx.body.insts[inst].result;
        if let Some(v) = result
            && *retloc != RetLoc::Void
        {
            let pregs = self.ret_pregs(retloc, ret_ty)?;
            let leaves = self.ctx.leaves(ret_ty).expect("ret_pregs checked the type");
            let dsts = self.ctx.value_regs(v)?.to_vec();
            for ((leaf, dst), p) in leaves.iter().zip(dsts).zip(pregs) {
                let bits = match self.ctx.type_data(leaf.ty) {
                    TypeData::Int(b) => *b,
                    _ => 64,
                };
                if bits < 64 || fresh {
                    let raw = if dst.class() == RegClass::Float {
                        self.ftmp()
                    } else {
                        self.tmp()
                    };
                    defs.push((raw, p));
                    narrow.push((dst, raw, bits));
                } else {
                    defs.push((dst, p));
                }
            }
        }
        Ok((defs, narrow))
    }

    /// Copies results that arrived in other registers, re-extending narrow integers.
    fn extend_results(&mut self, narrow: Vec<(Reg, Reg, u32)>) {
        for (dst, raw, bits) in narrow {
            if bits < 64 && dst.class() == RegClass::Int {
                self.emit(Inst::Ext {
                    signed: false,
                    from: bits as u8,
                    dst,
                    src: raw,
                });
            } else {
                self.emit(<Inst as crate::machinst::MachInst>::gen_copy(dst, raw));
            }
        }
    }

    /// At the start of an invoke's normal edge block: its results from their registers.
    pub(super) fn invoke_result(&mut self, inst: IrInst) -> LResult {
        let kind: &'a InstKind = &self.ctx.body.insts[inst].kind;
        let Some(call) = kind.as_call() else {
            return unsupported("invoke results of a non-call");
        };
        let m = self.ctx.m;
        let Some((ret_ty, _, _)) = m.types.function_sig(call.fn_ty) else {
            return unsupported("call type");
        };
        let retloc = match classify_ret(m, self.ctx.dl, ret_ty) {
            Ok(r) => r,
            Err(e) => return unsupported(e),
        };
        let (defs, narrow) = self.result_defs(inst, &retloc, ret_ty, true)?;
        if !defs.is_empty() {
            self.emit(Inst::EntryDefs { defs });
            self.extend_results(narrow);
        }
        Ok(())
    }

    /// At the start of an invoke's landing block: the exception pointer (`rax`) and the
    /// selector (`edx`, zero-extended).
    pub(super) fn landing(&mut self) -> LResult<Vec<Reg>> {
        let (exception, raw) = (self.tmp(), self.tmp());
        self.emit(Inst::EntryDefs {
            defs: vec![(exception, gpr(0)), (raw, gpr(2))],
        });
        let selector = self.tmp();
        self.emit(Inst::Ext {
            signed: false,
            from: 32,
            dst: selector,
            src: raw,
        });
        Ok(vec![exception, selector])
    }

    pub(super) fn intrinsic(&mut self, inst: IrInst, intr: Intrinsic, args: &[CallArg]) -> LResult {
        use Intrinsic::*;
        let arg = |i: usize| -> LResult<Operand> {
            match args.get(i) {
                Some(a) => Ok(a.value),
                None => unsupported("intrinsic argument count"),
            }
        };
        let result = self.ctx.body.insts[inst].result;
        match intr {
            EhTypeidFor => {
                let (m, dl) = (self.ctx.m, self.ctx.dl);
                let id = match crate::eh::typeid_for(m, dl, self.syms, self.eh.tables(), arg(0)?) {
                    Ok(id) => id,
                    Err(e) => return unsupported(e),
                };
                let dst = self.result(inst)?;
                self.emit(Inst::Imm {
                    dst,
                    value: u64::from(id),
                });
                Ok(())
            }
            LifetimeStart | LifetimeEnd | DbgDeclare | DbgValue | DbgLabel | DbgAssign | Assume
            | NoAliasScopeDecl | SideEffect | Prefetch | InvariantEnd | Annotation
            | VarAnnotation | CodeViewAnnotation => {
                if result.is_some() {
                    return unsupported(format!("a used result of `{}`", intr.base_name()));
                }
                Ok(())
            }
            VaStart => {
                let Some(va) = self.va else {
                    return unsupported("va_start outside a variadic function");
                };
                let list = arg(0)?;
                let fields = [
                    (0, Rmi::Imm(i32::from(va.gp_used) * 8), 4u8),
                    (4, Rmi::Imm(48 + i32::from(va.xmm_used) * 16), 4u8),
                ];
                for (off, src, bytes) in fields {
                    let addr = self.amode_at(list, off)?;
                    self.emit(Inst::Store { bytes, src, addr });
                }
                let overflow = self.tmp();
                self.emit(Inst::Lea {
                    size: Size::Q,
                    dst: overflow,
                    addr: Amode::Incoming {
                        off: va.stack_bytes as i32,
                    },
                });
                let save = self.tmp();
                self.emit(Inst::Lea {
                    size: Size::Q,
                    dst: save,
                    addr: Amode::Frame {
                        obj: va.save,
                        index: None,
                        disp: 0,
                    },
                });
                for (off, r) in [(8, overflow), (16, save)] {
                    let addr = self.amode_at(list, off)?;
                    self.emit(Inst::Store {
                        bytes: 8,
                        src: Rmi::Reg(r),
                        addr,
                    });
                }
                Ok(())
            }
            VaEnd => Ok(()),
            VaCopy => self.inline_memcpy(arg(0)?, arg(1)?, 24),
            StackSave => {
                let Some(v) = result else { return Ok(()) };
                let dst = self.ctx.value_reg(v)?;
                self.emit(Inst::ReadSp { dst });
                Ok(())
            }
            StackRestore => {
                let src = self.put(arg(0)?)?;
                self.emit(Inst::WriteSp { src });
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                self.emit(Inst::Trap);
                Ok(())
            }
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                let (d, s, n) = (arg(0)?, arg(1)?, arg(2)?);
                let len = self.const_bits(n);
                if let Some(len) = len
                    && len <= 64
                {
                    return if matches!(intr, Memset | MemsetInline) {
                        self.inline_memset(d, s, len)
                    } else {
                        self.inline_memcpy(d, s, len)
                    };
                }
                let name = match intr {
                    Memcpy | MemcpyInline => "memcpy",
                    Memmove => "memmove",
                    _ => "memset",
                };
                self.libcall(name, &[d, s, n], None)
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => {
                let Some(v) = result else { return Ok(()) };
                let dsts = self.ctx.value_regs(v)?.to_vec();
                let [val, flag] = dsts[..] else {
                    return unsupported("an overflow intrinsic of another shape");
                };
                let ty = self.ctx.ty(arg(0)?);
                self.overflow(intr, arg(0)?, arg(1)?, val, flag, ty)
            }
            _ => {
                let Some(v) = result else {
                    return unsupported(format!(
                        "intrinsic `{}` without a result",
                        intr.base_name()
                    ));
                };
                let dst = self.ctx.value_reg(v)?;
                let ty = self.ctx.value_ty(v);
                self.value_intrinsic(intr, args, dst, ty)
            }
        }
    }

    /// Copies `size` bytes from `src` to the outgoing argument area at `off`.
    fn copy_to_outgoing(&mut self, src: Operand, off: u32, size: u32) -> LResult {
        if size <= 128 {
            let mut done = 0u32;
            while done < size {
                let piece = [8u32, 4, 2, 1]
                    .into_iter()
                    .find(|&p| p <= size - done)
                    .expect("1 fits");
                let t = self.tmp();
                let from = self.amode_at(src, i64::from(done))?;
                self.emit(Inst::Load {
                    bytes: piece as u8,
                    signed: false,
                    dst: t,
                    addr: from,
                });
                self.emit(Inst::Store {
                    bytes: piece as u8,
                    src: Rmi::Reg(t),
                    addr: Amode::Outgoing {
                        off: (off + done) as i32,
                    },
                });
                done += piece;
            }
            return Ok(());
        }
        let dst = self.tmp();
        self.emit(Inst::Lea {
            size: Size::Q,
            dst,
            addr: Amode::Outgoing { off: off as i32 },
        });
        let from = self.put(src)?;
        let n = self.tmp();
        self.emit(Inst::Imm {
            dst: n,
            value: u64::from(size),
        });
        let sym = self.syms.external(self.ctx.m, "memcpy");
        self.emit_call(
            Callee::Sym(sym),
            vec![
                (dst, gpr(GP_ARGS[0])),
                (from, gpr(GP_ARGS[1])),
                (n, gpr(GP_ARGS[2])),
            ],
            Vec::new(),
        );
        Ok(())
    }

    pub(super) fn inline_memcpy(&mut self, d: Operand, s: Operand, len: u64) -> LResult {
        let mut done = 0u64;
        // Loads first (into temporaries), then stores: correct for overlapping memmove too.
        let mut pieces = Vec::new();
        while done < len {
            let piece = [8u64, 4, 2, 1]
                .into_iter()
                .find(|&p| p <= len - done)
                .expect("1 fits");
            let t = self.tmp();
            let addr = self.amode_at(s, done as i64)?;
            self.emit(Inst::Load {
                bytes: piece as u8,
                signed: false,
                dst: t,
                addr,
            });
            pieces.push((t, done, piece));
            done += piece;
        }
        for (t, off, piece) in pieces {
            let addr = self.amode_at(d, off as i64)?;
            self.emit(Inst::Store {
                bytes: piece as u8,
                src: Rmi::Reg(t),
                addr,
            });
        }
        Ok(())
    }

    pub(super) fn inline_memset(&mut self, d: Operand, val: Operand, len: u64) -> LResult {
        let byte = self.const_bits(val).map(|b| b & 0xff);
        let wide = match byte {
            Some(b) => {
                let pattern = b.wrapping_mul(0x0101_0101_0101_0101);
                if i32::try_from(pattern as i64).is_ok() {
                    Rmi::Imm(pattern as i32)
                } else {
                    let r = self.tmp();
                    self.emit(Inst::Imm {
                        dst: r,
                        value: pattern,
                    });
                    Rmi::Reg(r)
                }
            }
            None => {
                let b = self.put(val)?;
                let k = self.tmp();
                self.emit(Inst::Imm {
                    dst: k,
                    value: 0x0101_0101_0101_0101,
                });
                let b8 = self.zext(b, 8);
                let r = self.tmp();
                self.emit(Inst::Imul {
                    size: Size::Q,
                    dst: r,
                    lhs: b8,
                    rhs: Rmi::Reg(k),
                });
                Rmi::Reg(r)
            }
        };
        let mut done = 0u64;
        while done < len {
            let piece = [8u64, 4, 2, 1]
                .into_iter()
                .find(|&p| p <= len - done)
                .expect("1 fits");
            let addr = self.amode_at(d, done as i64)?;
            let src = match &wide {
                Rmi::Imm(k) => Rmi::Imm(*k),
                other => other.clone(),
            };
            self.emit(Inst::Store {
                bytes: piece as u8,
                src,
                addr,
            });
            done += piece;
        }
        Ok(())
    }

    pub(super) fn value_intrinsic(
        &mut self,
        intr: Intrinsic,
        args: &[CallArg],
        dst: Reg,
        ty: Type,
    ) -> LResult {
        use Intrinsic::*;
        let arg = |i: usize| -> LResult<Operand> {
            match args.get(i) {
                Some(a) => Ok(a.value),
                None => unsupported("intrinsic argument count"),
            }
        };
        match intr {
            Smax | Smin | Umax | Umin => {
                let bits = self.bits(ty)?;
                let (a, b) = (arg(0)?, arg(1)?);
                let pred = match intr {
                    Smax => IntPredicate::Sgt,
                    Smin => IntPredicate::Slt,
                    Umax => IntPredicate::Ugt,
                    _ => IntPredicate::Ult,
                };
                let _ = bits;
                let cond = self.icmp_cond(pred, a, b)?;
                let (ra, rb) = (self.put(a)?, self.put(b)?);
                self.emit(Inst::Cmov {
                    cond,
                    dst,
                    if_false: rb,
                    if_true: ra,
                });
                Ok(())
            }
            Abs => {
                let bits = self.bits(ty)?;
                let (x, size) = self.signed_operand(arg(0)?, bits)?;
                let neg = self.tmp();
                self.emit(Inst::Unary {
                    op: UnOp::Neg,
                    size,
                    dst: neg,
                    src: x,
                });
                let out = if bits == 32 || bits == 64 {
                    dst
                } else {
                    self.tmp()
                };
                self.emit(Inst::Cmov {
                    cond: Cond::Test {
                        size,
                        cc: Cc::L,
                        lhs: x,
                        rhs: Rmi::Reg(x),
                    },
                    dst: out,
                    if_false: x,
                    if_true: neg,
                });
                if out != dst {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: bits as u8,
                        dst,
                        src: out,
                    });
                }
                Ok(())
            }
            Fabs => {
                let double = self.is_double(ty)?;
                let mask = if double {
                    (1u128 << 63) - 1
                } else {
                    (1u128 << 31) - 1
                };
                let m = self.pool_entry(mask);
                let a = self.put(arg(0)?)?;
                self.emit(Inst::FAlu {
                    op: FOp::And,
                    double,
                    dst,
                    lhs: a,
                    rhs: Rmi::Mem(m),
                });
                Ok(())
            }
            Copysign => {
                let double = self.is_double(ty)?;
                let sign = if double { 1u128 << 63 } else { 1u128 << 31 };
                let (ms, ma) = (self.pool_entry(sign), self.pool_entry(sign - 1));
                let (a, b) = (self.put(arg(0)?)?, self.put(arg(1)?)?);
                let (t1, t2) = (self.ftmp(), self.ftmp());
                self.emit(Inst::FAlu {
                    op: FOp::And,
                    double,
                    dst: t1,
                    lhs: a,
                    rhs: Rmi::Mem(ma),
                });
                self.emit(Inst::FAlu {
                    op: FOp::And,
                    double,
                    dst: t2,
                    lhs: b,
                    rhs: Rmi::Mem(ms),
                });
                self.emit(Inst::FAlu {
                    op: FOp::Or,
                    double,
                    dst,
                    lhs: t1,
                    rhs: Rmi::Reg(t2),
                });
                Ok(())
            }
            Sqrt => {
                let double = self.is_double(ty)?;
                let a = self.put(arg(0)?)?;
                self.emit(Inst::FSqrt {
                    double,
                    dst,
                    src: a,
                });
                Ok(())
            }
            FMulAdd => {
                let double = self.is_double(ty)?;
                let r = self.frm(arg(1)?, double)?;
                let a = self.put(arg(0)?)?;
                let t = self.ftmp();
                self.emit(Inst::FAlu {
                    op: FOp::Mul,
                    double,
                    dst: t,
                    lhs: a,
                    rhs: r,
                });
                let c = self.frm(arg(2)?, double)?;
                self.emit(Inst::FAlu {
                    op: FOp::Add,
                    double,
                    dst,
                    lhs: t,
                    rhs: c,
                });
                Ok(())
            }
            Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt | Fma | MinNum | MaxNum
            | Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos => {
                let double = self.is_double(ty)?;
                let name = libm_name(intr, double);
                let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
                self.libcall(name, &ops, Some((dst, true)))
            }
            Ctpop | Ctlz | Cttz => {
                let bits = self.bits(ty)?;
                let size = size_for(bits);
                if bits != 32 && bits != 64 && intr == Ctlz {
                    // Count in 64 bits, then drop the leading zeros above the width.
                    let a = self.put(arg(0)?)?;
                    let t = self.tmp();
                    self.emit(Inst::BitCount {
                        op: BitCountOp::Lzcnt,
                        size: Size::Q,
                        dst: t,
                        src: a,
                    });
                    self.emit(Inst::Lea {
                        size: Size::L,
                        dst,
                        addr: Amode::Base {
                            base: t,
                            disp: -(64 - bits as i32),
                        },
                    });
                    return Ok(());
                }
                let a = self.put(arg(0)?)?;
                let op = match intr {
                    Ctpop => BitCountOp::Popcnt,
                    Ctlz => BitCountOp::Lzcnt,
                    _ => BitCountOp::Tzcnt,
                };
                if op == BitCountOp::Tzcnt && bits != 32 && bits != 64 {
                    // Zero-extended input: a zero has `bits` trailing zeros, not 32/64.
                    let t = self.tmp();
                    self.emit(Inst::BitCount {
                        op,
                        size: Size::Q,
                        dst: t,
                        src: a,
                    });
                    let k = self.tmp();
                    self.emit(Inst::Imm {
                        dst: k,
                        value: u64::from(bits),
                    });
                    self.emit(Inst::Cmov {
                        cond: Cond::Test {
                            size: Size::Q,
                            cc: Cc::E,
                            lhs: a,
                            rhs: Rmi::Reg(a),
                        },
                        dst,
                        if_false: t,
                        if_true: k,
                    });
                    return Ok(());
                }
                self.emit(Inst::BitCount {
                    op,
                    size,
                    dst,
                    src: a,
                });
                Ok(())
            }
            Bswap => {
                let bits = self.bits(ty)?;
                let a = self.put(arg(0)?)?;
                match bits {
                    32 | 64 => self.emit(Inst::Unary {
                        op: UnOp::Bswap,
                        size: size_for(bits),
                        dst,
                        src: a,
                    }),
                    16 => {
                        let t = self.tmp();
                        self.emit(Inst::Unary {
                            op: UnOp::Bswap,
                            size: Size::L,
                            dst: t,
                            src: a,
                        });
                        self.emit(Inst::Shift {
                            op: ShiftOp::Shr,
                            size: Size::L,
                            dst,
                            src: t,
                            amount: None,
                            imm: 16,
                        });
                    }
                    _ => return unsupported("bswap of an odd width"),
                }
                Ok(())
            }
            Fshl | Fshr => {
                let bits = self.bits(ty)?;
                let (a, b, c) = (arg(0)?, arg(1)?, arg(2)?);
                if bits != 32 && bits != 64 {
                    return unsupported("funnel shifts of widths other than 32 and 64 bits");
                }
                if self.ctx.resolve(a) != self.ctx.resolve(b) {
                    // shld keeps the first operand's high bits, shrd the second's low ones.
                    let left = intr == Fshl;
                    let (shifted, fill) = if left { (a, b) } else { (b, a) };
                    let src = self.put(shifted)?;
                    let fill = self.put(fill)?;
                    let size = size_for(bits);
                    let (amount, imm) = match self.const_bits(c) {
                        Some(k) => (None, (k % u64::from(bits)) as u8),
                        None => (Some(self.put(c)?), 0),
                    };
                    self.emit(Inst::DoubleShift {
                        left,
                        size,
                        dst,
                        src,
                        fill,
                        amount,
                        imm,
                    });
                    return Ok(());
                }
                let op = if intr == Fshl {
                    ShiftOp::Rol
                } else {
                    ShiftOp::Ror
                };
                let src = self.put(a)?;
                let size = size_for(bits);
                match self.const_bits(c) {
                    Some(k) => self.emit(Inst::Shift {
                        op,
                        size,
                        dst,
                        src,
                        amount: None,
                        imm: (k % u64::from(bits)) as u8,
                    }),
                    None => {
                        let amount = self.put(c)?;
                        self.emit(Inst::Shift {
                            op,
                            size,
                            dst,
                            src,
                            amount: Some(amount),
                            imm: 0,
                        });
                    }
                }
                Ok(())
            }
            SAddSat | UAddSat | SSubSat | USubSat => {
                let bits = self.bits(ty)?;
                self.saturating(intr, arg(0)?, arg(1)?, dst, bits)
            }
            PtrMask => {
                let (p, mask) = (arg(0)?, arg(1)?);
                self.alu(AluOp::And, Size::Q, 64, p, mask, dst)
            }
            // `llvm.invariant.start` returns a token nothing reads (`invariant.end` only).
            IsConstant | InvariantStart => {
                self.emit(Inst::Imm { dst, value: 0 });
                Ok(())
            }
            _ => unsupported(format!("intrinsic `{}`", intr.base_name())),
        }
    }

    /// The ABI register of each leaf of a returned value of type `ty` (System V: up to two
    /// eightbytes in `rax`/`rdx` and `xmm0`/`xmm1`, one leaf per eightbyte).
    /// `{iN, i1}` results of the `*.with.overflow` intrinsics: 64-bit operations read
    /// the hardware flags; narrower ones compute exactly at 64 bits and compare.
    fn overflow(
        &mut self,
        intr: Intrinsic,
        a: Operand,
        b: Operand,
        val: Reg,
        flag: Reg,
        ty: Type,
    ) -> LResult {
        use Intrinsic::*;
        let bits = self.bits(ty)?;
        let signed = matches!(intr, SAddWithOverflow | SSubWithOverflow | SMulWithOverflow);
        if bits == 64 {
            let (ra, rb) = (self.put(a)?, self.put(b)?);
            if intr == UMulWithOverflow {
                let hi = self.tmp();
                self.emit(Inst::MulHi {
                    signed: false,
                    src: ra,
                    src2: rb,
                    dst: hi,
                    tmp: val,
                });
                self.emit(Inst::Setcc {
                    cond: Cond::Test {
                        size: Size::Q,
                        cc: Cc::Ne,
                        lhs: hi,
                        rhs: Rmi::Reg(hi),
                    },
                    dst: flag,
                    tmp: None,
                });
                return Ok(());
            }
            let op = match intr {
                SAddWithOverflow | UAddWithOverflow => FlagOp::Add,
                SSubWithOverflow | USubWithOverflow => FlagOp::Sub,
                _ => FlagOp::Imul,
            };
            self.emit(Inst::AluFlags {
                op,
                size: Size::Q,
                dst: val,
                lhs: ra,
                rhs: rb,
                cc: if signed { Cc::O } else { Cc::B },
                flag,
            });
            return Ok(());
        }
        // Narrower: exact result at 64 bits (inputs extended per signedness).
        let (ra, rb) = if signed {
            let (x, _) = self.signed_operand(a, bits)?;
            let (y, _) = self.signed_operand(b, bits)?;
            (self.sext64(x, bits), self.sext64(y, bits))
        } else {
            (self.put(a)?, self.put(b)?)
        };
        let wide = self.tmp();
        match intr {
            SAddWithOverflow | UAddWithOverflow => self.emit(Inst::Alu {
                op: AluOp::Add,
                size: Size::Q,
                dst: wide,
                lhs: ra,
                rhs: Rmi::Reg(rb),
            }),
            SSubWithOverflow | USubWithOverflow => self.emit(Inst::Alu {
                op: AluOp::Sub,
                size: Size::Q,
                dst: wide,
                lhs: ra,
                rhs: Rmi::Reg(rb),
            }),
            _ => self.emit(Inst::Imul {
                size: Size::Q,
                dst: wide,
                lhs: ra,
                rhs: Rmi::Reg(rb),
            }),
        }
        self.emit(Inst::Ext {
            signed: false,
            from: bits as u8,
            dst: val,
            src: wide,
        });
        // Overflow exactly when the wide result differs from the narrow one re-extended.
        let back = self.tmp();
        self.emit(Inst::Ext {
            signed,
            from: bits as u8,
            dst: back,
            src: wide,
        });
        self.emit(Inst::Setcc {
            cond: Cond::Int {
                size: Size::Q,
                cc: Cc::Ne,
                lhs: back,
                rhs: Rmi::Reg(wide),
            },
            dst: flag,
            tmp: None,
        });
        Ok(())
    }

    /// Saturating addition and subtraction.
    fn saturating(
        &mut self,
        intr: Intrinsic,
        a: Operand,
        b: Operand,
        dst: Reg,
        bits: u32,
    ) -> LResult {
        use Intrinsic::*;
        let signed = matches!(intr, SAddSat | SSubSat);
        let add = matches!(intr, SAddSat | UAddSat);
        let max = if bits == 64 {
            u64::MAX
        } else {
            (1u64 << bits) - 1
        };
        if !signed {
            let (ra, rb) = (self.put(a)?, self.put(b)?);
            let size = size_for(bits);
            let r = self.tmp();
            let limit = self.tmp();
            if add {
                // Wide enough for the carry below 64 bits; at 64 bits the sum wraps below a.
                let wide_size = if bits < 64 { Size::Q } else { size };
                self.emit(Inst::Alu {
                    op: AluOp::Add,
                    size: wide_size,
                    dst: r,
                    lhs: ra,
                    rhs: Rmi::Reg(rb),
                });
                self.emit(Inst::Imm {
                    dst: limit,
                    value: max,
                });
                let cond = if bits < 64 {
                    Cond::Int {
                        size: Size::Q,
                        cc: Cc::A,
                        lhs: r,
                        rhs: Rmi::Reg(limit),
                    }
                } else {
                    Cond::Int {
                        size: Size::Q,
                        cc: Cc::B,
                        lhs: r,
                        rhs: Rmi::Reg(ra),
                    }
                };
                self.emit(Inst::Cmov {
                    cond,
                    dst,
                    if_false: r,
                    if_true: limit,
                });
            } else {
                self.emit(Inst::Alu {
                    op: AluOp::Sub,
                    size,
                    dst: r,
                    lhs: ra,
                    rhs: Rmi::Reg(rb),
                });
                self.emit(Inst::Imm {
                    dst: limit,
                    value: 0,
                });
                self.emit(Inst::Cmov {
                    cond: Cond::Int {
                        size,
                        cc: Cc::B,
                        lhs: ra,
                        rhs: Rmi::Reg(rb),
                    },
                    dst,
                    if_false: r,
                    if_true: limit,
                });
            }
            return Ok(());
        }
        let (x, _) = self.signed_operand(a, bits)?;
        let (y, _) = self.signed_operand(b, bits)?;
        let (x, y) = (self.sext64(x, bits), self.sext64(y, bits));
        let smax = (max >> 1) as i64;
        let smin = -smax - 1;
        if bits == 64 {
            // Overflow flag, then the bound on the side of `a`'s sign.
            let sum = self.tmp();
            let flag = self.tmp();
            self.emit(Inst::AluFlags {
                op: if add { FlagOp::Add } else { FlagOp::Sub },
                size: Size::Q,
                dst: sum,
                lhs: x,
                rhs: y,
                cc: Cc::O,
                flag,
            });
            let sign = self.tmp();
            self.emit(Inst::Shift {
                op: ShiftOp::Sar,
                size: Size::Q,
                dst: sign,
                src: x,
                amount: None,
                imm: 63,
            });
            let k = self.tmp();
            self.emit(Inst::Imm {
                dst: k,
                value: smax as u64,
            });
            let bound = self.tmp();
            self.emit(Inst::Alu {
                op: AluOp::Xor,
                size: Size::Q,
                dst: bound,
                lhs: sign,
                rhs: Rmi::Reg(k),
            });
            self.emit(Inst::Cmov {
                cond: Cond::Test {
                    size: Size::L,
                    cc: Cc::Ne,
                    lhs: flag,
                    rhs: Rmi::Reg(flag),
                },
                dst,
                if_false: sum,
                if_true: bound,
            });
            return Ok(());
        }
        // Exact at 64 bits, then clamp to [smin, smax] and narrow.
        let wide = self.tmp();
        self.emit(Inst::Alu {
            op: if add { AluOp::Add } else { AluOp::Sub },
            size: Size::Q,
            dst: wide,
            lhs: x,
            rhs: Rmi::Reg(y),
        });
        let (hi, lo) = (self.tmp(), self.tmp());
        self.emit(Inst::Imm {
            dst: hi,
            value: smax as u64,
        });
        self.emit(Inst::Imm {
            dst: lo,
            value: smin as u64,
        });
        let c1 = self.tmp();
        self.emit(Inst::Cmov {
            cond: Cond::Int {
                size: Size::Q,
                cc: Cc::G,
                lhs: wide,
                rhs: Rmi::Reg(hi),
            },
            dst: c1,
            if_false: wide,
            if_true: hi,
        });
        let c2 = self.tmp();
        self.emit(Inst::Cmov {
            cond: Cond::Int {
                size: Size::Q,
                cc: Cc::L,
                lhs: c1,
                rhs: Rmi::Reg(lo),
            },
            dst: c2,
            if_false: c1,
            if_true: lo,
        });
        self.emit(Inst::Ext {
            signed: false,
            from: bits as u8,
            dst,
            src: c2,
        });
        Ok(())
    }

    pub(super) fn ret_pregs(&mut self, retloc: &RetLoc, ty: Type) -> LResult<Vec<PReg>> {
        match retloc {
            RetLoc::Void => Ok(Vec::new()),
            RetLoc::Gp => {
                self.bits(ty)?;
                Ok(vec![gpr(0)])
            }
            RetLoc::Xmm => {
                if !self.is_vector_value(ty) {
                    self.is_double(ty)?;
                }
                Ok(vec![xmm(0)])
            }
            RetLoc::Xmm16(1) if self.is_vector_value(ty) => Ok(vec![xmm(0)]),
            RetLoc::Gp2 => Ok(vec![gpr(0), gpr(2)]),
            RetLoc::Parts(parts) => {
                let Some(leaves) = self.ctx.leaves(ty) else {
                    return unsupported("returning this aggregate");
                };
                if leaves.len() != parts.len()
                    || leaves
                        .iter()
                        .enumerate()
                        .any(|(k, l)| l.offset != 8 * k as u32)
                {
                    return unsupported("returning an aggregate with several fields per eightbyte");
                }
                let (mut g, mut x) = (0usize, 0u8);
                let mut out = Vec::new();
                for (leaf, part) in leaves.iter().zip(parts) {
                    match (part, leaf.class) {
                        (Eightbyte::Int, RegClass::Int) => {
                            out.push(gpr([0, 2][g]));
                            g += 1;
                        }
                        (Eightbyte::Sse, RegClass::Float) => {
                            out.push(xmm(x));
                            x += 1;
                        }
                        _ => {
                            return unsupported(
                                "an aggregate return mixing classes in an eightbyte",
                            );
                        }
                    }
                }
                Ok(out)
            }
            _ => unsupported("returning vectors or long double"),
        }
    }

    pub(super) fn ret(&mut self, value: Option<Operand>) -> LResult {
        let m = self.ctx.m;
        let Some((ret_ty, _, _)) = m.types.function_sig(self.ctx.func.ty) else {
            return unsupported("function type");
        };
        let retloc = match classify_ret(m, self.ctx.dl, ret_ty) {
            Ok(r) => r,
            Err(e) => return unsupported(e),
        };
        let mut rets = Vec::new();
        match (retloc, value) {
            (RetLoc::Void, _) | (_, None) => {
                let sret = self
                    .ctx
                    .func
                    .param_attrs
                    .iter()
                    .position(|a| a.sret.is_some())
                    .map(|i| self.ctx.func.params[i]);
                if let Some(p) = sret {
                    let r = self.ctx.use_reg(p)?;
                    rets.push((r, gpr(0)));
                }
            }
            (RetLoc::Gp, Some(v)) => {
                let bits = self.bits(ret_ty)?;
                let r = self.put(v)?;
                let r = if self.ctx.func.ret_attrs.has(ParamAttrs::SIGNEXT) && bits < 32 {
                    let w = self.sext64(r, bits);
                    self.zext(w, 32)
                } else {
                    r
                };
                rets.push((r, gpr(0)));
            }
            (retloc, Some(v)) => {
                let pregs = self.ret_pregs(&retloc, ret_ty)?;
                let regs = self.put_regs(v)?;
                rets.extend(regs.into_iter().zip(pregs));
            }
        }
        self.emit(Inst::Ret { rets });
        Ok(())
    }

    pub(super) fn switch(
        &mut self,
        value: Operand,
        default: jit_core::ir::Block,
        cases: &[(u128, jit_core::ir::Block)],
    ) -> LResult {
        let bits = self.bits(self.ctx.ty(value))?;
        let _ = bits;
        let lb = self.ctx.block;
        let order = self.ctx.order;
        let dflt = order.edge_target(lb, default);
        if cases.is_empty() {
            self.emit(Inst::Jmp { target: dflt });
            return Ok(());
        }
        let mut list: Vec<(u64, LBlock)> = cases
            .iter()
            .map(|&(v, b)| (v as u64, order.edge_target(lb, b)))
            .collect();
        list.sort_unstable_by_key(|&(v, _)| v);
        let index = self.put(value)?;
        let tmp = self.tmp();
        self.emit(Inst::Switch {
            index,
            tmp,
            cases: list,
            default: dflt,
        });
        Ok(())
    }
}
