//! Calls: direct (interpreted, intercepted or external) and indirect calls with their
//! argument ABI, and intrinsics.

use super::{LResult, Lowerer, param_abi, unsupported};
use crate::abi::AbiTy;
use crate::code::*;
use crate::tyinfo;
use jit_core::ir::{
    AsmAction, CallArg, ConstKind, Function, GlobalRef, InlineAsm, Intrinsic, Operand, ParamAttrs,
    Type, TypeData,
};

impl Lowerer<'_, '_> {
    pub(super) fn call(
        &mut self,
        dst: Slot,
        rty: Type,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        ret_attrs: &ParamAttrs,
    ) -> LResult<()> {
        let m = self.m;
        let types = &m.types;
        let (_, params, varargs) = types
            .function_sig(fn_ty)
            .ok_or(FailKind::Msg("call without a function type".into()))?;
        let nfixed = params.len();
        if let Operand::Const(c) = callee
            && let ConstKind::InlineAsm(a) = &m.consts[c].kind
        {
            return self.inline_asm(dst, rty, a, args);
        }
        let direct = match callee {
            Operand::Const(c) => match m.strip_to_global(c) {
                Some(GlobalRef::Function(f)) => Some(f),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let callee = match direct {
            Some(f) => {
                let fd = &m.functions[f];
                if fd.intrinsic.is_some() || (fd.body.is_none() && fd.name.starts_with("llvm.")) {
                    return self.intrinsic(dst, rty, fd, args);
                }
                if fd.body.is_some() {
                    Callee::Interp(FnKey {
                        module: self.module_idx,
                        func: f,
                    })
                } else if let Some(i) = Intercept::from_name(&fd.name) {
                    Callee::Intercept(i)
                } else {
                    Callee::Extern(fd.name.clone())
                }
            }
            None => Callee::Indirect(self.opnd(callee)?),
        };
        let mut specs = Vec::with_capacity(args.len());
        for a in args {
            let ty = self.oty(a.value);
            let opnd = self.opnd(a.value)?;
            let kind = if let Some(t) = a.attrs.byval {
                let size = self.dl.alloc_size(types, t);
                let align = a
                    .attrs
                    .align
                    .map(u64::from)
                    .unwrap_or_else(|| self.dl.abi_align(types, t));
                ArgKind::Byval {
                    size,
                    align: align.max(1),
                }
            } else if a.attrs.sret.is_some() {
                ArgKind::Sret
            } else {
                ArgKind::Value
            };
            specs.push(ArgSpec {
                opnd,
                words: self.words(ty),
                abi: param_abi(m, self.dl, ty, &a.attrs),
                kind,
            });
        }
        let idx = self.out.calls.len() as u32;
        self.out.calls.push(CallSite {
            callee,
            args: specs,
            dst,
            ret_words: self.words(rty),
            ret_abi: AbiTy::of(types, self.dl, rty, ret_attrs),
            nfixed,
            varargs,
            resolved: std::cell::Cell::new(None),
            ffi: std::cell::OnceCell::new(),
        });
        self.push(Op::Call { idx });
        Ok(())
    }

    /// `llvm.eh.typeid.for(ti)`: a per-function constant, the selector the function's
    /// landing pads would see for `ti` ([`jit_core::ir::Module::eh_typeid`]). The
    /// interpreter never enters a landing pad, so only consistency matters.
    fn eh_typeid_for(&mut self, dst: Slot, args: &[CallArg]) -> LResult<()> {
        let Some(Operand::Const(ti)) = args.first().map(|a| a.value) else {
            return unsupported("llvm.eh.typeid.for needs a type info constant");
        };
        let id = self
            .m
            .eh_typeid(self.out.key.func, ti)
            .ok_or(FailKind::Msg(
                "llvm.eh.typeid.for of an unknown type info".into(),
            ))?;
        if dst != NONE {
            let k = self.raw_const(u64::from(id))?;
            self.push(Op::Copy {
                dst,
                a: k,
                words: 1,
            });
        }
        Ok(())
    }

    fn intrinsic(&mut self, dst: Slot, rty: Type, fd: &Function, args: &[CallArg]) -> LResult<()> {
        let name = &fd.name;
        if fd.intrinsic == Some(Intrinsic::EhTypeidFor) {
            return self.eh_typeid_for(dst, args);
        }
        let kind = match fd.intrinsic {
            Some(i) => {
                if i.is_no_op() && dst == NONE {
                    return Ok(());
                }
                IntrKind::Std(i)
            }
            None => {
                let rest = name.strip_prefix("llvm.").unwrap_or(name);
                if let Some(r) = rest.strip_prefix("vector.reduce.") {
                    let op = r.split('.').next().unwrap_or("");
                    IntrKind::Reduce(match op {
                        "add" => ReduceOp::Add,
                        "mul" => ReduceOp::Mul,
                        "and" => ReduceOp::And,
                        "or" => ReduceOp::Or,
                        "xor" => ReduceOp::Xor,
                        "smax" => ReduceOp::Smax,
                        "smin" => ReduceOp::Smin,
                        "umax" => ReduceOp::Umax,
                        "umin" => ReduceOp::Umin,
                        "fadd" => ReduceOp::FAdd,
                        "fmul" => ReduceOp::FMul,
                        "fmax" | "fmaximum" => ReduceOp::FMax,
                        "fmin" | "fminimum" => ReduceOp::FMin,
                        _ => return unsupported(format!("unknown intrinsic @{name}")),
                    })
                } else if rest.starts_with("load.relative.") {
                    IntrKind::LoadRelative
                } else {
                    return unsupported(format!("unknown intrinsic @{name}"));
                }
            }
        };
        if let IntrKind::Std(
            Intrinsic::DbgDeclare
            | Intrinsic::DbgValue
            | Intrinsic::DbgLabel
            | Intrinsic::DbgAssign,
        ) = kind
        {
            return Ok(());
        }
        let types = &self.m.types;
        // Float intrinsics on long doubles: `llvm.fabs.f80`, `llvm.floor.f128`, ...
        let first_ty = args.first().map(|a| self.oty(a.value));
        let wide = first_ty
            .and_then(|t| tyinfo::wide(types, t))
            .or_else(|| tyinfo::wide(types, rty));
        let kind = match (kind, wide) {
            (IntrKind::Std(i), Some(w)) => IntrKind::Wide(i, w),
            (k, _) => k,
        };
        let mut ops = Vec::with_capacity(args.len());
        let mut shapes = Vec::with_capacity(args.len());
        for a in args {
            let ty = self.oty(a.value);
            if matches!(types.data(ty), TypeData::Metadata | TypeData::Label) {
                ops.push((NONE, 0));
                shapes.push(None);
                continue;
            }
            shapes.push(tyinfo::intrinsic_shape(types, ty));
            let w = self.words(ty);
            ops.push((self.opnd(a.value)?, w));
        }
        let res = if rty == Type::VOID {
            None
        } else {
            let st = types
                .struct_fields(rty)
                .and_then(|(f, _)| f.first().copied());
            tyinfo::intrinsic_shape(types, st.unwrap_or(rty))
        };
        let flag_off = if types.struct_fields(rty).is_some() {
            self.dl
                .member_offset(types, rty, 1)
                .map_or(0, |(o, _)| o as u32)
        } else {
            0
        };
        let idx = self.out.intrs.len() as u32;
        self.out.intrs.push(IntrSite {
            kind,
            name: name.clone(),
            args: ops,
            shapes,
            dst,
            words: self.words(rty),
            res,
            flag_off,
        });
        self.push(Op::Intr { idx });
        Ok(())
    }

    /// An inline asm call: barriers, hints and fences, and `cpuid`/`rdtsc` on x86-64
    /// hosts; anything else fails when executed, naming the template.
    fn inline_asm(&mut self, dst: Slot, rty: Type, a: &InlineAsm, args: &[CallArg]) -> LResult<()> {
        let action = a.action();
        let runs_here = match action {
            AsmAction::Nop | AsmAction::Pause => true,
            AsmAction::Fence(f) => f.is_x86() == cfg!(target_arch = "x86_64"),
            AsmAction::Cpuid | AsmAction::Rdtsc => cfg!(target_arch = "x86_64"),
            AsmAction::Other => false,
        };
        if !runs_here {
            return self.general_asm(dst, rty, a, args);
        }
        #[cfg(target_arch = "x86_64")]
        let (ax_arg, cx_arg) = cpuid_inputs(a);
        let types = &self.m.types;
        let results: Vec<_> = a.constraints.iter().filter(|c| c.is_result()).collect();
        let tied = a.tied_args();
        let mut outs = Vec::new();
        for (k, c) in results.iter().enumerate() {
            let (off, ty) = if results.len() == 1 {
                (0, rty)
            } else {
                self.dl
                    .member_offset(types, rty, k as u64)
                    .ok_or(FailKind::Msg("inline asm result type".into()))?
            };
            let src = match (action, c.register().and_then(x86_gpr)) {
                (AsmAction::Cpuid | AsmAction::Rdtsc, Some(r)) => AsmSrc::Reg(r),
                _ => match tied.get(k).copied().flatten() {
                    Some(i) => AsmSrc::Arg(i),
                    None => AsmSrc::Zero,
                },
            };
            outs.push(AsmOut {
                off: off as u32,
                size: self.dl.store_size(types, ty).min(8) as u32,
                src,
            });
        }
        let mut ops = Vec::with_capacity(args.len());
        for arg in args {
            let ty = self.oty(arg.value);
            let w = self.words(ty);
            ops.push((self.opnd(arg.value)?, w));
        }
        let plan = self.out.asms.len() as u32;
        self.out.asms.push(AsmPlan {
            action,
            #[cfg(target_arch = "x86_64")]
            ax_arg,
            #[cfg(target_arch = "x86_64")]
            cx_arg,
            outs,
            general: None,
        });
        let idx = self.out.intrs.len() as u32;
        self.out.intrs.push(IntrSite {
            kind: IntrKind::InlineAsm(plan),
            name: format!("asm \"{}\"", a.template.escape_debug()).into(),
            args: ops,
            shapes: Vec::new(),
            dst,
            words: self.words(rty),
            res: None,
            flag_off: 0,
        });
        self.push(Op::Intr { idx });
        Ok(())
    }

    /// Any other inline asm: the snippet assembled for the host by `jit-asm`, run from
    /// executable memory on a buffer of the operands.
    fn general_asm(
        &mut self,
        dst: Slot,
        rty: Type,
        a: &InlineAsm,
        args: &[CallArg],
    ) -> LResult<()> {
        let typed: Vec<_> = args.iter().map(|x| (x.value, self.oty(x.value))).collect();
        let ret = (!matches!(self.m.types.data(rty), jit_core::ir::TypeData::Void)).then_some(rty);
        let site = jit_asm::compile_site(self.m, self.dl, a, jit_asm::Isa::host(), &typed, ret)
            .map_err(|e| FailKind::Msg(e.to_string()))?;
        let results = site.results.clone();
        let thunk = jit_asm::ExecThunk::new(site.snippet).map_err(|e| {
            FailKind::Msg(format!(
                "inline asm `{}`: no executable memory: {e}",
                a.template.escape_debug()
            ))
        })?;
        let mut ops = Vec::with_capacity(args.len());
        for arg in args {
            let ty = self.oty(arg.value);
            let w = self.words(ty);
            ops.push((self.opnd(arg.value)?, w));
        }
        let plan = self.out.asms.len() as u32;
        self.out.asms.push(AsmPlan {
            action: AsmAction::Other,
            #[cfg(target_arch = "x86_64")]
            ax_arg: None,
            #[cfg(target_arch = "x86_64")]
            cx_arg: None,
            outs: Vec::new(),
            general: Some(std::sync::Arc::new(GeneralAsm { thunk, results })),
        });
        let idx = self.out.intrs.len() as u32;
        self.out.intrs.push(IntrSite {
            kind: IntrKind::InlineAsm(plan),
            name: format!("asm \"{}\"", a.template.escape_debug()).into(),
            args: ops,
            shapes: Vec::new(),
            dst,
            words: self.words(rty),
            res: None,
            flag_off: 0,
        });
        self.push(Op::Intr { idx });
        Ok(())
    }
}

/// The call argument indices of the `eax` input (cpuid's leaf) and of the `ecx` input
/// (subleaf), named by the constraint itself or by the output it is tied to; only x86-64
/// hosts run `cpuid`.
#[cfg(target_arch = "x86_64")]
fn cpuid_inputs(a: &InlineAsm) -> (Option<usize>, Option<usize>) {
    let operands: Vec<_> = a.constraints.iter().filter(|c| c.takes_arg()).collect();
    let outputs: Vec<_> = a
        .constraints
        .iter()
        .filter(|c| c.kind == jit_core::ir::AsmConstraintKind::Output)
        .collect();
    let reg_of = |c: &jit_core::ir::AsmConstraint| -> Option<u8> {
        let own = c.register().and_then(x86_gpr);
        own.or_else(|| {
            let n = c.tied()? as usize;
            outputs.get(n)?.register().and_then(x86_gpr)
        })
    };
    let arg_in = |r: u8| {
        operands
            .iter()
            .position(|c| c.kind == jit_core::ir::AsmConstraintKind::Input && reg_of(c) == Some(r))
    };
    (arg_in(0), arg_in(2))
}

/// `eax`..`edx` (0..=3) from an LLVM register name (`ax`, `eax`, `rax`, ...).
fn x86_gpr(name: &str) -> Option<u8> {
    match name.to_ascii_lowercase().as_str() {
        "ax" | "eax" | "rax" | "al" => Some(0),
        "bx" | "ebx" | "rbx" | "bl" => Some(1),
        "cx" | "ecx" | "rcx" | "cl" => Some(2),
        "dx" | "edx" | "rdx" | "dl" => Some(3),
        _ => None,
    }
}
