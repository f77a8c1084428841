//! Calls: direct (interpreted, intercepted or external) and indirect calls with their
//! argument ABI, and intrinsics.

use super::{LResult, Lowerer, param_abi, unsupported};
use crate::abi::AbiTy;
use crate::code::*;
use crate::tyinfo;
use jit_core::ir::{CallArg, Function, GlobalRef, Intrinsic, Operand, ParamAttrs, Type, TypeData};

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

    fn intrinsic(&mut self, dst: Slot, rty: Type, fd: &Function, args: &[CallArg]) -> LResult<()> {
        let name = &fd.name;
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
}
