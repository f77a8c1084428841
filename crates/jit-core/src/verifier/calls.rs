//! Calls: the type rules of a call instruction, and the note for a direct call whose type
//! differs from its callee's.

use super::{FnVerifier, Severity};
use crate::ir::{Block, CallArg, ConstKind, GlobalRef, InlineAsm, Inst, Operand, Type, TypeData};

impl<'m> FnVerifier<'_, 'm> {
    /// Type rules of a call (operands are known to exist): callee, function type,
    /// arguments against the parameters, and the result against the return type.
    pub(super) fn call_type_error(
        &self,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        rt: Type,
    ) -> Option<String> {
        let ty = self.ty();
        let t = |o: Operand| self.op_type(o).unwrap_or(Type::VOID);
        let show = |x: Type| ty.show(x);
        if !ty.is_ptr(t(callee)) {
            return Some(format!("callee must be a pointer, not {}", show(t(callee))));
        }
        let Some(TypeData::Function {
            ret,
            params,
            varargs,
        }) = ty.data(fn_ty)
        else {
            return Some(format!("call type {} is not a function type", show(fn_ty)));
        };
        let n = args.len();
        if (*varargs && n < params.len()) || (!*varargs && n != params.len()) {
            return Some(format!(
                "{n} arguments for {} parameters{}",
                params.len(),
                if *varargs { " (and varargs)" } else { "" }
            ));
        }
        for (k, a) in args.iter().enumerate() {
            let at = t(a.value);
            if let Some(&pt) = params.get(k) {
                if at != pt {
                    return Some(format!(
                        "argument {k} has type {}, but the parameter has type {}",
                        show(at),
                        show(pt)
                    ));
                }
            } else if !ty.is_first_class(at) {
                return Some(format!("variadic argument {k} has type {}", show(at)));
            }
            if let Some(e) = self.attr_error(&a.attrs, at) {
                return Some(format!("argument {k}: {e}"));
            }
        }
        if *ret != Type::VOID && rt != *ret {
            return Some(format!(
                "result type {} differs from the return type {}",
                show(rt),
                show(*ret)
            ));
        }
        if let Operand::Const(c) = callee
            && let Some(ConstKind::InlineAsm(a)) = self.m.consts.get(c).map(|d| &d.kind)
        {
            return self.inline_asm_error(a, *ret, args, *varargs);
        }
        None
    }

    /// An inline asm call: one argument per input or indirect output, one result per
    /// direct output (a struct of them when there are several).
    fn inline_asm_error(
        &self,
        a: &InlineAsm,
        ret: Type,
        args: &[CallArg],
        varargs: bool,
    ) -> Option<String> {
        let ty = self.ty();
        if varargs {
            return Some("inline asm cannot be called with a variadic type".into());
        }
        let operands: Vec<_> = a.constraints.iter().filter(|c| c.takes_arg()).collect();
        if operands.len() != args.len() {
            return Some(format!(
                "inline asm constraints take {} arguments, the call passes {}",
                operands.len(),
                args.len()
            ));
        }
        for (k, (c, arg)) in operands.iter().zip(args).enumerate() {
            if c.indirect {
                let at = self.op_type(arg.value).unwrap_or(Type::VOID);
                if !ty.is_ptr(at) {
                    return Some(format!("inline asm indirect operand {k} must be a pointer"));
                }
                if c.elem_ty.is_none() {
                    return Some(format!(
                        "inline asm indirect operand {k} needs an elementtype attribute"
                    ));
                }
            }
        }
        let results = a.constraints.iter().filter(|c| c.is_result()).count();
        let ok = match results {
            0 => ret == Type::VOID,
            1 => ret != Type::VOID,
            n => ty.struct_fields(ret).is_some_and(|f| f.len() == n),
        };
        if !ok {
            return Some(format!(
                "inline asm has {results} outputs but returns {}",
                ty.show(ret)
            ));
        }
        None
    }

    pub(super) fn direct_call_note(&mut self, b: Block, i: Inst, callee: Operand, fn_ty: Type) {
        let Operand::Const(c) = callee else { return };
        let Some(ConstKind::GlobalAddr(GlobalRef::Function(f))) =
            self.m.consts.get(c).map(|d| &d.kind)
        else {
            return;
        };
        let Some(target) = self.m.functions.get(*f) else {
            return;
        };
        if target.ty != fn_ty {
            let msg = format!(
                "call type {} differs from the callee's type {}",
                self.ty().show(fn_ty),
                self.ty().show(target.ty)
            );
            self.report(Severity::Note, Some(b), Some(i), msg);
        }
    }
}
