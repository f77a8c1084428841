//! Calls: the type rules of a call instruction, and the note for a direct call whose type
//! differs from its callee's.

use super::{FnVerifier, Severity};
use crate::ir::{Block, CallArg, ConstKind, GlobalRef, Inst, Operand, Type, TypeData};

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
