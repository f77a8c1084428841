//! Calls (AAPCS64 through [`crate::aarch64::abi`]), the function's parameters and
//! returns, and intrinsics.

use jit_core::ir::{
    CallArg, ConstKind, GlobalRef, Inst as IrInst, InstKind, IntPredicate, Intrinsic, Operand,
    ParamAttrs, Type, TypeData,
};
use regalloc2::{PReg, PRegSet, RegClass};

use super::super::enc::{LdSt, logical_imm};
use super::super::inst::{
    AluOp, Amode, BitOp, Callee, Cond, CselOp, FOp, FUn, FmaOp, Inst, Rhs, ShiftOp, Size, vreg,
    xreg,
};
use super::Isel;
use crate::aarch64::abi::{ArgLoc, RetLoc, classify_ret, layout_args};
use crate::aarch64::emit::Cond as Cc;
use crate::machinst::Reg;
use crate::machinst::lower::{LResult, unsupported};
use crate::x64::consts::{CVal, eval};

/// The registers a call may destroy: every caller-saved register of AAPCS64 the allocator
/// hands out (`x0`–`x15`, `v0`–`v7`, `v16`–`v30`; the callee-saved `d8`–`d15` keep only
/// their low 64 bits, all a scalar needs).
pub fn caller_saved() -> PRegSet {
    let mut s = PRegSet::empty();
    for r in 0..=15 {
        s.add(xreg(r));
    }
    for v in (0..=7).chain(16..=30) {
        s.add(vreg(v));
    }
    s
}

impl<'a> Isel<'a, '_> {
    /// A funnel shift of a narrow width (below 32): `a` and `b` concatenated in one
    /// register, shifted, and the `bits`-wide window extracted.
    fn narrow_funnel(
        &mut self,
        left: bool,
        a: Operand,
        b: Operand,
        k: Operand,
        dst: Reg,
        bits: u32,
    ) -> LResult {
        let w = bits as u8;
        let size = Size::of_bits(2 * bits);
        let (hi, lo) = (self.put(a)?, self.put(b)?);
        let cat = self.tmp();
        self.emit(Inst::alu(
            AluOp::Orr,
            size,
            cat,
            lo,
            Rhs::Shifted {
                reg: hi,
                shift: super::super::enc::Shift::Lsl,
                amount: w,
            },
        ));
        if let Some(k) = self.const_bits(k) {
            let k = (k % u64::from(bits)) as u8;
            let lsb = if left { (w - k) % (2 * w) } else { k };
            let lsb = if left && k == 0 { w } else { lsb };
            self.emit(Inst::extract(false, size, dst, cat, lsb, w));
            return Ok(());
        }
        if !bits.is_power_of_two() {
            return unsupported("funnel shifts of odd widths by a variable amount");
        }
        let amount = self.put(k)?;
        let m = logical_imm(u64::from(bits) - 1, false).expect("a run of ones");
        let kk = self.tmp();
        self.emit(Inst::alu(AluOp::And, Size::W, kk, amount, Rhs::Logical(m)));
        let shifted = self.tmp();
        self.emit(Inst::ShiftReg {
            op: if left { ShiftOp::Lsl } else { ShiftOp::Lsr },
            size,
            dst: shifted,
            src: cat,
            amount: kk,
        });
        let lsb = if left { w } else { 0 };
        self.emit(Inst::extract(false, size, dst, shifted, lsb, w));
        Ok(())
    }
}

/// Where one leaf of an argument or result travels.
#[derive(Copy, Clone, Debug)]
enum Place {
    /// An ABI register.
    Reg(PReg),
    /// An offset in the stack argument area.
    Stack(i64),
}

/// The libm function for a math intrinsic.
fn libm_name(intr: Intrinsic, double: bool) -> Option<&'static str> {
    use Intrinsic::*;
    let (d, f) = match intr {
        Pow => ("pow", "powf"),
        Exp => ("exp", "expf"),
        Exp2 => ("exp2", "exp2f"),
        Log => ("log", "logf"),
        Log2 => ("log2", "log2f"),
        Log10 => ("log10", "log10f"),
        Sin => ("sin", "sinf"),
        Cos => ("cos", "cosf"),
        _ => return None,
    };
    Some(if double { d } else { f })
}

/// The `frint` form of a rounding intrinsic (exactly libm's semantics).
fn rounding(intr: Intrinsic) -> Option<FUn> {
    use Intrinsic::*;
    Some(match intr {
        Floor => FUn::RintM,
        Ceil => FUn::RintP,
        Trunc => FUn::RintZ,
        Round => FUn::RintA,
        RoundEven => FUn::RintN,
        Rint => FUn::RintX,
        NearbyInt => FUn::RintI,
        _ => return None,
    })
}

impl<'a> Isel<'a, '_> {
    /// Where each leaf of a value of type `ty` travels when it is placed at `loc`: its ABI
    /// register, or its offset in the stack argument area. `Err` when the leaves do not
    /// line up with the registers (a field straddling two registers, an `fp128`).
    fn places(&mut self, loc: ArgLoc, ty: Type) -> LResult<Vec<Place>> {
        let Some(leaves) = self.ctx.leaves(ty) else {
            return unsupported(format!(
                "arguments or results of type {}",
                self.ctx.m.types.display(ty)
            ));
        };
        for leaf in leaves.iter() {
            if leaf.class == RegClass::Float {
                self.is_double(leaf.ty)?;
            } else {
                self.bits(leaf.ty)?;
            }
        }
        let ints_in_words = |n: u8| {
            leaves.len() == usize::from(n)
                && leaves
                    .iter()
                    .enumerate()
                    .all(|(k, l)| l.class == RegClass::Int && l.offset == 8 * k as u32)
        };
        Ok(match loc {
            ArgLoc::Gp { first, n } if ints_in_words(n) => {
                (0..n).map(|k| Place::Reg(xreg(first + k))).collect()
            }
            ArgLoc::X8 if ints_in_words(1) => vec![Place::Reg(xreg(8))],
            ArgLoc::Fp {
                first,
                n,
                elem_size: elem @ (4 | 8),
            } if leaves.len() == usize::from(n)
                && leaves.iter().enumerate().all(|(k, l)| {
                    l.class == RegClass::Float
                        && l.offset == u32::from(elem) * k as u32
                        && self.ctx.dl.store_size(&self.ctx.m.types, l.ty) == u64::from(elem)
                }) =>
            {
                (0..n).map(|k| Place::Reg(vreg(first + k))).collect()
            }
            ArgLoc::Stack { off, .. } => leaves
                .iter()
                .map(|l| Place::Stack(i64::from(off + l.offset)))
                .collect(),
            _ => return unsupported("an argument or result whose fields straddle registers"),
        })
    }

    /// The places of a result classified as `retloc`.
    fn ret_places(&mut self, retloc: RetLoc, ty: Type) -> LResult<Vec<Place>> {
        match retloc {
            RetLoc::Void => Ok(Vec::new()),
            RetLoc::Gp(n) => self.places(ArgLoc::Gp { first: 0, n }, ty),
            RetLoc::Fp { n, elem_size } => self.places(
                ArgLoc::Fp {
                    first: 0,
                    n,
                    elem_size,
                },
                ty,
            ),
        }
    }

    /// Defines the parameters from their ABI locations (entry block).
    pub(super) fn args(&mut self) -> LResult {
        let m = self.ctx.m;
        let func = self.ctx.func;
        let Some((_, param_tys, _)) = m.types.function_sig(func.ty) else {
            return unsupported("function type");
        };
        let mut attrs = func.param_attrs.iter().map(Some);
        let lay = match layout_args(m, self.ctx.dl, param_tys, &mut attrs) {
            Ok(l) => l,
            Err(e) => return unsupported(e),
        };
        let mut params = Vec::new();
        // Loads of stack parameters and addresses of `byval` copies, then the
        // zero-extensions of narrow parameters, all after `Args`.
        let mut loads: Vec<Inst> = Vec::new();
        let mut after = Vec::new();
        for (i, &p) in func.params.iter().enumerate() {
            let ty = self.ctx.value_ty(p);
            let loc = lay.locs[i];
            if let ArgLoc::Byval { off, .. } = loc {
                // The parameter is the address of the caller's copy.
                if self.ctx.is_needed(p) {
                    let dst = self.ctx.value_reg(p)?;
                    loads.push(Inst::AddrOf {
                        dst,
                        addr: Amode::Incoming {
                            off: i64::from(off),
                        },
                    });
                }
                continue;
            }
            let places = self.places(loc, ty)?;
            if !self.ctx.is_needed(p) {
                continue;
            }
            let leaves = self.ctx.leaves(ty).expect("places checked the type");
            let dsts = self.ctx.value_regs(p)?.to_vec();
            for ((leaf, dst), place) in leaves.iter().zip(dsts).zip(places) {
                let float = leaf.class == RegClass::Float;
                let bits = if float { 64 } else { self.bits(leaf.ty)? };
                match place {
                    // The bits above a narrow argument are unspecified.
                    Place::Reg(preg) if bits < 64 => {
                        let raw = self.tmp();
                        params.push((raw, preg));
                        after.push((dst, raw, bits));
                    }
                    Place::Reg(preg) => params.push((dst, preg)),
                    Place::Stack(off) => {
                        let addr = Amode::Incoming { off };
                        if float {
                            let double = self.is_double(leaf.ty)?;
                            loads.push(Inst::Load {
                                k: LdSt::float(double, true),
                                dst,
                                addr,
                            });
                            continue;
                        }
                        let bytes = self.ctx.dl.store_size(&m.types, leaf.ty) as u32;
                        let shift = bytes.trailing_zeros() as u8;
                        let k = LdSt::int(shift, true, false, false);
                        if bits == bytes * 8 || bits == 1 {
                            loads.push(Inst::Load { k, dst, addr });
                        } else {
                            let raw = self.tmp();
                            loads.push(Inst::Load { k, dst: raw, addr });
                            after.push((dst, raw, bits));
                        }
                    }
                }
            }
        }
        let va_save = self.va.map(|v| (v.gr, v.vr));
        self.emit(Inst::Args { params, va_save });
        for i in loads {
            self.emit(i);
        }
        for (dst, raw, bits) in after {
            self.zext_into(dst, raw, bits);
        }
        self.emit_hoisted()
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
        if let Some(v) = value
            && retloc != RetLoc::Void
        {
            let places = self.ret_places(retloc, ret_ty)?;
            let regs = self.put_regs(v)?;
            let signext = self.ctx.func.ret_attrs.has(ParamAttrs::SIGNEXT);
            for (r, place) in regs.into_iter().zip(places) {
                let Place::Reg(p) = place else {
                    return unsupported("a result on the stack");
                };
                let bits = self.bits(ret_ty).unwrap_or(64);
                let r = if signext && bits < 32 {
                    self.sext(r, bits, Size::W)
                } else {
                    r
                };
                rets.push((r, p));
            }
        }
        self.emit(Inst::Ret { rets });
        Ok(())
    }

    /// Calls a C function with scalar arguments; `ret` receives the result (its class
    /// picks `x0` or `v0`).
    pub(super) fn libcall(
        &mut self,
        name: &'static str,
        args: &[Operand],
        ret: Option<Reg>,
    ) -> LResult {
        let sym = self.syms.external(self.ctx.m, name);
        let mut uses = Vec::new();
        let (mut g, mut v) = (0u8, 0u8);
        for &a in args {
            let r = self.put(a)?;
            if r.class() == RegClass::Float {
                uses.push((r, vreg(v)));
                v += 1;
            } else {
                uses.push((r, xreg(g)));
                g += 1;
            }
        }
        let defs: Vec<(Reg, PReg)> = match ret {
            Some(d) if d.class() == RegClass::Float => vec![(d, vreg(0))],
            Some(d) => vec![(d, xreg(0))],
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
        invoke: Option<(
            crate::machinst::blockorder::LBlock,
            crate::machinst::blockorder::LBlock,
            u32,
        )>,
    ) -> LResult {
        let kind: &'a InstKind = &self.ctx.body.insts[inst].kind;
        let Some(call) = kind.as_call() else {
            unreachable!("call on a call");
        };
        let (callee, fn_ty, args) = (call.callee, call.fn_ty, call.args);
        let m = self.ctx.m;
        if let Operand::Const(c) = callee {
            if let ConstKind::InlineAsm(_) = &m.const_data(c).kind {
                return unsupported("inline asm");
            }
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
        let Some((ret_ty, params, _)) = m.types.function_sig(fn_ty) else {
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
            None => self.result_defs(inst, retloc, ret_ty, false)?,
            // Taken at the start of the normal edge block.
            Some(_) => (Vec::new(), Vec::new()),
        };
        let mut uses = Vec::new();
        let mut stack_stores: Vec<(Option<Reg>, i64, LdSt)> = Vec::new();
        let mut byval: Vec<(Operand, u32, u32)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            let loc = lay.locs[i];
            if let ArgLoc::Byval { off, size } = loc {
                byval.push((a.value, off, size));
                continue;
            }
            let places = self.places(loc, ty)?;
            let leaves = self.ctx.leaves(ty).expect("places checked the type");
            let signext = a.attrs.has(ParamAttrs::SIGNEXT);
            // A scalar integer on the stack takes a whole 8-byte slot (zero stays `xzr`).
            if let ([leaf], [Place::Stack(off)]) = (&leaves[..], &places[..])
                && leaf.class == RegClass::Int
                && !(signext && self.bits(leaf.ty)? < 32)
            {
                let src = self.put_z(a.value)?;
                stack_stores.push((src, *off, LdSt::int(3, false, false, false)));
                continue;
            }
            let regs = self.put_regs(a.value)?;
            for ((leaf, r), place) in leaves.iter().zip(regs).zip(places) {
                let float = leaf.class == RegClass::Float;
                let bits = if float { 64 } else { self.bits(leaf.ty)? };
                let r = if signext && bits < 32 {
                    self.sext(r, bits, Size::W)
                } else {
                    r
                };
                match place {
                    Place::Reg(p) => uses.push((r, p)),
                    Place::Stack(off) => {
                        let k = if float {
                            LdSt::float(self.is_double(leaf.ty)?, false)
                        } else {
                            let bytes = self.ctx.dl.store_size(&m.types, leaf.ty) as u32;
                            LdSt::int(bytes.trailing_zeros() as u8, false, false, false)
                        };
                        stack_stores.push((Some(r), off, k));
                    }
                }
            }
        }
        // Copies of byval arguments first: a large one calls memcpy, which must not run
        // between the stores of the other stack arguments and the call.
        for (src, off, size) in byval {
            self.copy_to_outgoing(src, off, size)?;
        }
        for (src, off, k) in stack_stores {
            self.emit(Inst::Store {
                k,
                src,
                addr: Amode::Outgoing { off },
            });
        }
        self.outgoing = self.outgoing.max(lay.stack_size.next_multiple_of(16));
        let target = match self.ctx.resolve(callee) {
            Operand::Const(c) => match eval(m, self.ctx.dl, c) {
                Ok(CVal::Sym(r, 0)) => match self.syms.of(m, r) {
                    Some(s) => Callee::Sym(s),
                    None => return unsupported("a call of an intrinsic's address"),
                },
                _ => Callee::Reg(self.put(callee)?),
            },
            Operand::Value(_) => Callee::Reg(self.put(callee)?),
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
        retloc: RetLoc,
        ret_ty: Type,
        fresh: bool,
    ) -> LResult<(Vec<(Reg, PReg)>, Vec<(Reg, Reg, u32)>)> {
        let mut defs: Vec<(Reg, PReg)> = Vec::new();
        let mut narrow: Vec<(Reg, Reg, u32)> = Vec::new();
        let result = self.ctx.body.insts[inst].result;
        if let Some(v) = result
            && retloc != RetLoc::Void
        {
            let places = self.ret_places(retloc, ret_ty)?;
            let leaves = self.ctx.leaves(ret_ty).expect("places checked the type");
            let dsts = self.ctx.value_regs(v)?.to_vec();
            for ((leaf, dst), place) in leaves.iter().zip(dsts).zip(places) {
                let Place::Reg(p) = place else {
                    return unsupported("a result on the stack");
                };
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
                    narrow.push((
                        dst,
                        raw,
                        if dst.class() == RegClass::Float {
                            64
                        } else {
                            bits
                        },
                    ));
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
            self.zext_into(dst, raw, bits);
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
        let (defs, narrow) = self.result_defs(inst, retloc, ret_ty, true)?;
        if !defs.is_empty() {
            self.emit(Inst::EntryDefs { defs });
            self.extend_results(narrow);
        }
        Ok(())
    }

    /// At the start of an invoke's landing block: the exception pointer (`x0`) and the
    /// selector (`w1`, zero-extended).
    pub(super) fn landing(&mut self) -> LResult<Vec<Reg>> {
        let (exception, raw) = (self.tmp(), self.tmp());
        self.emit(Inst::EntryDefs {
            defs: vec![(exception, xreg(0)), (raw, xreg(1))],
        });
        let selector = self.tmp();
        self.zext_into(selector, raw, 32);
        Ok(vec![exception, selector])
    }

    /// Copies `size` bytes from `src` into the outgoing argument area at `off` (a `byval`
    /// argument): inline up to 128 bytes, else through `memcpy`.
    fn copy_to_outgoing(&mut self, src: Operand, off: u32, size: u32) -> LResult {
        if size <= 128 {
            for (at, shift) in Self::pieces(u64::from(size)) {
                let t = self.tmp();
                let addr = self.amode_at(src, at as i64, shift)?;
                self.emit(Inst::Load {
                    k: LdSt::int(shift, true, false, false),
                    dst: t,
                    addr,
                });
                self.emit(Inst::Store {
                    k: LdSt::int(shift, false, false, false),
                    src: Some(t),
                    addr: Amode::Outgoing {
                        off: i64::from(off) + at as i64,
                    },
                });
            }
            return Ok(());
        }
        let d = self.tmp();
        self.emit(Inst::AddrOf {
            dst: d,
            addr: Amode::Outgoing {
                off: i64::from(off),
            },
        });
        let s = self.put(src)?;
        let n = self.imm(u64::from(size));
        let sym = self.syms.external(self.ctx.m, "memcpy");
        self.emit_call(
            Callee::Sym(sym),
            vec![(d, xreg(0)), (s, xreg(1)), (n, xreg(2))],
            Vec::new(),
        );
        Ok(())
    }

    fn intrinsic(&mut self, inst: IrInst, intr: Intrinsic, args: &[CallArg]) -> LResult {
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
                let v = self.imm(u64::from(id));
                self.copy(dst, v);
                Ok(())
            }
            LifetimeStart | LifetimeEnd | DbgDeclare | DbgValue | DbgLabel | DbgAssign | Assume
            | NoAliasScopeDecl | SideEffect | Prefetch | InvariantEnd | Annotation
            | VarAnnotation | CodeViewAnnotation => {
                if result.is_some_and(|v| self.ctx.is_needed(v)) {
                    return unsupported(format!("a used result of `{}`", intr.base_name()));
                }
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                self.emit(Inst::Trap);
                Ok(())
            }
            StackSave => {
                let dst = self.result(inst)?;
                self.emit(Inst::StackSave { dst });
                self.dynamic_sp = true;
                Ok(())
            }
            StackRestore => {
                let src = self.put(arg(0)?)?;
                self.emit(Inst::StackRestore { src });
                self.dynamic_sp = true;
                Ok(())
            }
            VaStart => {
                let Some(va) = self.va else {
                    return unsupported("va_start outside a variadic function");
                };
                let list = arg(0)?;
                let fields = [
                    Amode::Incoming {
                        off: i64::from(va.stack_bytes),
                    },
                    Amode::Frame {
                        obj: va.gr,
                        off: 64,
                    },
                    Amode::Frame {
                        obj: va.vr,
                        off: 128,
                    },
                ];
                for (k, field) in fields.into_iter().enumerate() {
                    let t = self.tmp();
                    self.emit(Inst::AddrOf {
                        dst: t,
                        addr: field,
                    });
                    let addr = self.amode_at(list, 8 * k as i64, 3)?;
                    self.emit(Inst::Store {
                        k: LdSt::int(3, false, false, false),
                        src: Some(t),
                        addr,
                    });
                }
                let offs = [
                    -8 * (8 - i64::from(va.gp_used.min(8))),
                    -16 * (8 - i64::from(va.fp_used.min(8))),
                ];
                for (k, o) in offs.into_iter().enumerate() {
                    let src = (o != 0).then(|| self.imm(u64::from(o as i32 as u32)));
                    let addr = self.amode_at(list, 24 + 4 * k as i64, 2)?;
                    self.emit(Inst::Store {
                        k: LdSt::int(2, false, false, false),
                        src,
                        addr,
                    });
                }
                Ok(())
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => match result {
                Some(v) => self.overflow(intr, arg(0)?, arg(1)?, v),
                None => Ok(()),
            },
            VaEnd => Ok(()),
            VaCopy => {
                let (d, s) = (arg(0)?, arg(1)?);
                self.inline_memcpy(d, s, 32)
            }
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                let (d, s, n) = (arg(0)?, arg(1)?, arg(2)?);
                if let Some(len) = self.const_bits(n)
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

    /// The piece sizes of a `len`-byte copy: 8, 4, 2, 1 bytes, largest first.
    fn pieces(len: u64) -> Vec<(u64, u8)> {
        let mut out = Vec::new();
        let mut done = 0u64;
        while done < len {
            let shift = [3u8, 2, 1, 0]
                .into_iter()
                .find(|&s| (1u64 << s) <= len - done)
                .expect("1 fits");
            out.push((done, shift));
            done += 1 << shift;
        }
        out
    }

    fn inline_memcpy(&mut self, d: Operand, s: Operand, len: u64) -> LResult {
        // Loads first (into temporaries), then stores: correct for overlapping memmove too.
        let mut loaded = Vec::new();
        for (off, shift) in Self::pieces(len) {
            let t = self.tmp();
            let addr = self.amode_at(s, off as i64, shift)?;
            self.emit(Inst::Load {
                k: LdSt::int(shift, true, false, false),
                dst: t,
                addr,
            });
            loaded.push((t, off, shift));
        }
        for (t, off, shift) in loaded {
            let addr = self.amode_at(d, off as i64, shift)?;
            self.emit(Inst::Store {
                k: LdSt::int(shift, false, false, false),
                src: Some(t),
                addr,
            });
        }
        Ok(())
    }

    fn inline_memset(&mut self, d: Operand, val: Operand, len: u64) -> LResult {
        let src = match self.const_bits(val).map(|b| b & 0xff) {
            Some(0) => None,
            Some(b) => Some(self.imm(b.wrapping_mul(0x0101_0101_0101_0101))),
            None => {
                let b = self.put(val)?;
                let b8 = self.zext(b, 8);
                let k = self.imm(0x0101_0101_0101_0101);
                let r = self.tmp();
                self.emit(Inst::MulAdd {
                    size: Size::X,
                    sub: false,
                    dst: r,
                    lhs: b8,
                    rhs: k,
                    acc: None,
                });
                Some(r)
            }
        };
        for (off, shift) in Self::pieces(len) {
            let addr = self.amode_at(d, off as i64, shift)?;
            self.emit(Inst::Store {
                k: LdSt::int(shift, false, false, false),
                src,
                addr,
            });
        }
        Ok(())
    }

    fn value_intrinsic(
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
        if let Some(op) = rounding(intr) {
            let double = self.is_double(ty)?;
            let a = self.put(arg(0)?)?;
            self.emit(Inst::FUnary {
                op,
                double,
                dst,
                src: a,
            });
            return Ok(());
        }
        if let Some(name) = libm_name(intr, self.is_double(ty).unwrap_or(true)) {
            self.is_double(ty)?;
            let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
            return self.libcall(name, &ops, Some(dst));
        }
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
                let cond = self.icmp_cond(pred, a, b)?;
                let (ra, rb) = (self.put_z(a)?, self.put_z(b)?);
                self.emit(Inst::CSel {
                    op: CselOp::Csel,
                    size: Size::of_bits(bits),
                    cond,
                    dst,
                    if_true: ra,
                    if_false: rb,
                });
                Ok(())
            }
            Abs => {
                let bits = self.bits(ty)?;
                let (x, size) = self.signed_operand(arg(0)?, bits)?;
                let out = if bits == size.bits() { dst } else { self.tmp() };
                self.emit(Inst::CSel {
                    op: CselOp::Csneg,
                    size,
                    cond: Cond::Cmp {
                        size,
                        cc: Cc::Ge,
                        lhs: x,
                        rhs: Rhs::Imm12 {
                            imm: 0,
                            lsl12: false,
                        },
                        negate: false,
                    },
                    dst: out,
                    if_true: Some(x),
                    if_false: Some(x),
                });
                if out != dst {
                    self.zext_into(dst, out, bits);
                }
                Ok(())
            }
            Scmp | Ucmp => {
                let bits = self.bits(ty)?;
                let (a, b) = (arg(0)?, arg(1)?);
                let (gt, lt) = if intr == Scmp {
                    (IntPredicate::Sgt, IntPredicate::Slt)
                } else {
                    (IntPredicate::Ugt, IntPredicate::Ult)
                };
                let (g, l) = (self.tmp(), self.tmp());
                let c = self.icmp_cond(gt, a, b)?;
                self.setcc(Ok(c), g);
                let c = self.icmp_cond(lt, a, b)?;
                self.setcc(Ok(c), l);
                let out = self.tmp();
                self.emit(Inst::alu(AluOp::Sub, Size::X, out, g, Rhs::Reg(l)));
                self.zext_into(dst, out, bits);
                Ok(())
            }
            Fabs | Sqrt => {
                let double = self.is_double(ty)?;
                let a = self.put(arg(0)?)?;
                let op = if intr == Fabs { FUn::Abs } else { FUn::Sqrt };
                self.emit(Inst::FUnary {
                    op,
                    double,
                    dst,
                    src: a,
                });
                Ok(())
            }
            Copysign => {
                let double = self.is_double(ty)?;
                let (mag, sign) = (self.put(arg(0)?)?, self.put(arg(1)?)?);
                self.emit(Inst::Copysign {
                    double,
                    dst,
                    mag,
                    sign,
                });
                Ok(())
            }
            Fma | FMulAdd => {
                // `fmuladd` may fuse or not; LLVM fuses on AArch64, and so do we.
                let double = self.is_double(ty)?;
                // Negated operands fold: c − a·b, a·b − c, −a·b − c.
                let (a, neg_a) = self.unnegated(arg(0)?);
                let (c, neg_c) = self.unnegated(arg(2)?);
                let op = match (neg_a, neg_c) {
                    (false, false) => FmaOp::Madd,
                    (true, false) => FmaOp::Msub,
                    (false, true) => FmaOp::Nmsub,
                    (true, true) => FmaOp::Nmadd,
                };
                let (a, b, c) = (self.put(a)?, self.put(arg(1)?)?, self.put(c)?);
                self.emit(Inst::Fma {
                    op,
                    double,
                    dst,
                    a,
                    b,
                    acc: c,
                });
                Ok(())
            }
            MinNum | MaxNum | Minimum | Maximum => {
                let double = self.is_double(ty)?;
                let (a, b) = (self.put(arg(0)?)?, self.put(arg(1)?)?);
                let op = match intr {
                    MinNum => FOp::MinNm,
                    MaxNum => FOp::MaxNm,
                    Minimum => FOp::Min,
                    _ => FOp::Max,
                };
                self.emit(Inst::FAlu {
                    op,
                    double,
                    dst,
                    lhs: a,
                    rhs: b,
                });
                Ok(())
            }
            Ctpop => {
                let bits = self.bits(ty)?;
                let a = self.put(arg(0)?)?;
                let tmp = self.ftmp();
                self.emit(Inst::Popcnt {
                    size: Size::of_bits(bits),
                    dst,
                    src: a,
                    tmp,
                });
                Ok(())
            }
            Ctlz => {
                let bits = self.bits(ty)?;
                let size = Size::of_bits(bits);
                let a = self.put(arg(0)?)?;
                if bits == size.bits() {
                    self.emit(Inst::Bit {
                        op: BitOp::Clz,
                        size,
                        dst,
                        src: a,
                    });
                } else {
                    // Count at the register width, then drop the zeros above the width.
                    let t = self.tmp();
                    self.emit(Inst::Bit {
                        op: BitOp::Clz,
                        size,
                        dst: t,
                        src: a,
                    });
                    self.emit(Inst::alu(
                        AluOp::Sub,
                        size,
                        dst,
                        t,
                        Rhs::Imm12 {
                            imm: (size.bits() - bits) as u16,
                            lsl12: false,
                        },
                    ));
                }
                Ok(())
            }
            Cttz => {
                let bits = self.bits(ty)?;
                let size = Size::of_bits(bits);
                let mut a = self.put(arg(0)?)?;
                if bits != size.bits() {
                    // A zero input has `bits` trailing zeros: set the bit above the width.
                    let stop = logical_imm(1u64 << bits, size.is64()).expect("one bit");
                    let t = self.tmp();
                    self.emit(Inst::alu(AluOp::Orr, size, t, a, Rhs::Logical(stop)));
                    a = t;
                }
                let r = self.tmp();
                self.emit(Inst::Bit {
                    op: BitOp::Rbit,
                    size,
                    dst: r,
                    src: a,
                });
                self.emit(Inst::Bit {
                    op: BitOp::Clz,
                    size,
                    dst,
                    src: r,
                });
                Ok(())
            }
            Bswap => {
                let bits = self.bits(ty)?;
                let a = self.put(arg(0)?)?;
                let (op, size) = match bits {
                    64 => (BitOp::Rev, Size::X),
                    32 => (BitOp::Rev, Size::W),
                    // The upper halfword is zero and stays zero.
                    16 => (BitOp::Rev16, Size::W),
                    _ => return unsupported("bswap of an odd width"),
                };
                self.emit(Inst::Bit {
                    op,
                    size,
                    dst,
                    src: a,
                });
                Ok(())
            }
            BitReverse => {
                let bits = self.bits(ty)?;
                let size = Size::of_bits(bits);
                let a = self.put(arg(0)?)?;
                if bits == size.bits() {
                    self.emit(Inst::Bit {
                        op: BitOp::Rbit,
                        size,
                        dst,
                        src: a,
                    });
                } else {
                    let t = self.tmp();
                    self.emit(Inst::Bit {
                        op: BitOp::Rbit,
                        size,
                        dst: t,
                        src: a,
                    });
                    let sh = (size.bits() - bits) as u8;
                    self.emit(Inst::extract(false, size, dst, t, sh, bits as u8));
                }
                Ok(())
            }
            SAddSat | UAddSat | SSubSat | USubSat => {
                self.saturating(intr, arg(0)?, arg(1)?, dst, ty)
            }
            Fshl | Fshr => self.funnel(intr == Fshl, arg(0)?, arg(1)?, arg(2)?, dst, ty),
            PtrMask => {
                let (p, m) = (arg(0)?, arg(1)?);
                let r = self.logic_rhs(m, Size::X, 64)?;
                let a = self.put(p)?;
                self.emit(Inst::alu(AluOp::And, Size::X, dst, a, r));
                Ok(())
            }
            // `llvm.invariant.start` returns a token nothing reads (`invariant.end` only).
            IsConstant | InvariantStart => {
                self.emit(Inst::Imm { dst, value: 0 });
                Ok(())
            }
            _ => unsupported(format!("intrinsic `{}`", intr.base_name())),
        }
    }

    /// `fshl`/`fshr` at 32 or 64 bits: `extr` for constant amounts, `ror` for rotates by
    /// a register.
    fn funnel(
        &mut self,
        left: bool,
        a: Operand,
        b: Operand,
        k: Operand,
        dst: Reg,
        ty: Type,
    ) -> LResult {
        let bits = self.bits(ty)?;
        let size = Size::of_bits(bits);
        if bits < 32 {
            return self.narrow_funnel(left, a, b, k, dst, bits);
        }
        if bits != size.bits() {
            return unsupported("funnel shifts of odd widths");
        }
        if let Some(k) = self.const_bits(k) {
            let k = (k % u64::from(bits)) as u8;
            if k == 0 {
                let src = self.put(if left { a } else { b })?;
                self.copy(dst, src);
                return Ok(());
            }
            // fshl(a, b, k) = (a:b) >> (bits − k); fshr(a, b, k) = (a:b) >> k.
            let lsb = if left { bits as u8 - k } else { k };
            let (hi, lo) = (self.put(a)?, self.put(b)?);
            self.emit(Inst::Extr {
                size,
                dst,
                hi,
                lo,
                lsb,
            });
            return Ok(());
        }
        if self.ctx.resolve(a) != self.ctx.resolve(b) {
            return unsupported("funnel shifts by a variable amount");
        }
        let src = self.put(a)?;
        let amount = self.put(k)?;
        let amount = if left {
            let n = self.tmp();
            self.emit(Inst::Alu {
                op: AluOp::Sub,
                size,
                dst: n,
                lhs: None,
                rhs: Rhs::Reg(amount),
            });
            n
        } else {
            amount
        };
        self.emit(Inst::ShiftReg {
            op: ShiftOp::Ror,
            size,
            dst,
            src,
            amount,
        });
        Ok(())
    }
}
