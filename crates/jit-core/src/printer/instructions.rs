//! One instruction, as `%r = opcode operands`.

use super::attrs::{write_flags, write_param_attrs};
use super::constants::write_int;
use super::function::FunctionPrinter;
use super::write_type;
use crate::ir::{
    CallArg, ConstKind, Inst, InstKind, Intrinsic, LandingPadClause, Operand, ParamAttrs, TailKind,
    Type, TypeData,
};
use std::fmt::{self, Write};

/// Written for the dropped scope-list argument of `llvm.experimental.noalias.scope.decl`:
/// one alias scope (named by a string) in its own domain, the shape LLVM's verifier requires.
const SCOPE_LIST_PLACEHOLDER: &str = "!{!{!\"jit.scope\", !{!\"jit.domain\"}}}";

impl FunctionPrinter<'_> {
    /// Writes one instruction (`%r = ...`) without indentation or newline.
    pub(crate) fn inst(&self, out: &mut impl Write, inst: Inst) -> fmt::Result {
        let Some(body) = &self.func.body else {
            return out.write_str("<badref>");
        };
        let Some(data) = body.insts.get(inst) else {
            return out.write_str("<badref>");
        };
        let result_ty = data.result.and_then(|v| body.values.get(v)).map(|d| d.ty);
        if let Some(v) = data.result {
            self.value_name(out, v)?;
            out.write_str(" = ")?;
        }
        let types = self.types();
        if self.atomic_inst(out, &data.kind, result_ty)? {
            return Ok(());
        }
        match &data.kind {
            InstKind::Binary {
                op,
                flags,
                lhs,
                rhs,
            } => {
                out.write_str(op.name())?;
                write_flags(out, *flags)?;
                out.write_char(' ')?;
                self.typed(out, *lhs)?;
                out.write_str(", ")?;
                self.operand(out, *rhs)
            }
            InstKind::FNeg { flags, arg } => {
                out.write_str("fneg")?;
                write_flags(out, *flags)?;
                out.write_char(' ')?;
                self.typed(out, *arg)
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                write!(out, "icmp {} ", pred.name())?;
                self.typed(out, *lhs)?;
                out.write_str(", ")?;
                self.operand(out, *rhs)
            }
            InstKind::FCmp {
                pred,
                flags,
                lhs,
                rhs,
            } => {
                out.write_str("fcmp")?;
                write_flags(out, *flags)?;
                write!(out, " {} ", pred.name())?;
                self.typed(out, *lhs)?;
                out.write_str(", ")?;
                self.operand(out, *rhs)
            }
            InstKind::Alloca { ty, count, align } => {
                out.write_str("alloca ")?;
                write_type(out, types, *ty)?;
                if !self.is_i32_one(*count) {
                    out.write_str(", ")?;
                    self.typed(out, *count)?;
                }
                Self::align(out, *align)
            }
            InstKind::Load {
                ptr,
                align,
                volatile,
            } => {
                out.write_str(if *volatile { "load volatile " } else { "load " })?;
                self.write_opt_type(out, result_ty)?;
                out.write_str(", ")?;
                self.typed(out, *ptr)?;
                Self::align(out, *align)
            }
            InstKind::Store {
                value,
                ptr,
                align,
                volatile,
            } => {
                out.write_str(if *volatile {
                    "store volatile "
                } else {
                    "store "
                })?;
                self.typed(out, *value)?;
                out.write_str(", ")?;
                self.typed(out, *ptr)?;
                Self::align(out, *align)
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                inbounds,
            } => {
                out.write_str(if *inbounds {
                    "getelementptr inbounds "
                } else {
                    "getelementptr "
                })?;
                write_type(out, types, *source_ty)?;
                out.write_str(", ")?;
                self.typed(out, *base)?;
                for &i in indices.iter() {
                    out.write_str(", ")?;
                    self.typed(out, i)?;
                }
                Ok(())
            }
            InstKind::Cast { op, flags, value } => {
                out.write_str(op.name())?;
                write_flags(out, *flags)?;
                out.write_char(' ')?;
                self.typed(out, *value)?;
                out.write_str(" to ")?;
                self.write_opt_type(out, result_ty)
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                out.write_str("select ")?;
                self.typed(out, *cond)?;
                out.write_str(", ")?;
                self.typed(out, *if_true)?;
                out.write_str(", ")?;
                self.typed(out, *if_false)
            }
            InstKind::Phi { incoming } => {
                out.write_str("phi ")?;
                self.write_opt_type(out, result_ty)?;
                for (i, (v, b)) in incoming.iter().enumerate() {
                    out.write_str(if i == 0 { " [ " } else { ", [ " })?;
                    self.operand(out, *v)?;
                    out.write_str(", ")?;
                    self.block_ref(out, *b)?;
                    out.write_str(" ]")?;
                }
                Ok(())
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                tail,
            } => {
                out.write_str(match tail {
                    TailKind::None => "call",
                    TailKind::Tail => "tail call",
                    TailKind::MustTail => "musttail call",
                    TailKind::NoTail => "notail call",
                })?;
                self.call_site(out, *callee, *fn_ty, args, ret_attrs)
            }
            InstKind::Invoke {
                callee,
                fn_ty,
                args,
                ret_attrs,
                normal,
                unwind,
            } => {
                out.write_str("invoke")?;
                self.call_site(out, *callee, *fn_ty, args, ret_attrs)?;
                // LLVM puts the destinations on a line of their own.
                out.write_str("\n          to label ")?;
                self.block_ref(out, *normal)?;
                out.write_str(" unwind label ")?;
                self.block_ref(out, *unwind)
            }
            InstKind::LandingPad { cleanup, clauses } => {
                out.write_str("landingpad ")?;
                self.write_opt_type(out, result_ty)?;
                if *cleanup {
                    out.write_str("\n          cleanup")?;
                }
                for c in clauses.iter() {
                    out.write_str(match c {
                        LandingPadClause::Catch(_) => "\n          catch ",
                        LandingPadClause::Filter(_) => "\n          filter ",
                    })?;
                    self.typed(out, c.operand())?;
                }
                Ok(())
            }
            InstKind::Resume { value } => {
                out.write_str("resume ")?;
                self.typed(out, *value)
            }
            InstKind::ExtractValue { agg, indices } => {
                out.write_str("extractvalue ")?;
                self.typed(out, *agg)?;
                for i in indices.iter() {
                    write!(out, ", {i}")?;
                }
                Ok(())
            }
            InstKind::InsertValue { agg, elt, indices } => {
                out.write_str("insertvalue ")?;
                self.typed(out, *agg)?;
                out.write_str(", ")?;
                self.typed(out, *elt)?;
                for i in indices.iter() {
                    write!(out, ", {i}")?;
                }
                Ok(())
            }
            InstKind::ExtractElement { vec, index } => {
                out.write_str("extractelement ")?;
                self.typed(out, *vec)?;
                out.write_str(", ")?;
                self.typed(out, *index)
            }
            InstKind::InsertElement { vec, elt, index } => {
                out.write_str("insertelement ")?;
                self.typed(out, *vec)?;
                out.write_str(", ")?;
                self.typed(out, *elt)?;
                out.write_str(", ")?;
                self.typed(out, *index)
            }
            InstKind::ShuffleVector { a, b, mask } => {
                out.write_str("shufflevector ")?;
                self.typed(out, *a)?;
                out.write_str(", ")?;
                self.typed(out, *b)?;
                write!(out, ", <{} x i32> <", mask.len())?;
                for (i, lane) in mask.iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    match lane {
                        Some(n) => write!(out, "i32 {n}")?,
                        None => out.write_str("i32 poison")?,
                    }
                }
                out.write_char('>')
            }
            InstKind::Freeze { arg } => {
                out.write_str("freeze ")?;
                self.typed(out, *arg)
            }
            InstKind::VaArg { list } => {
                out.write_str("va_arg ")?;
                self.typed(out, *list)?;
                out.write_str(", ")?;
                self.write_opt_type(out, result_ty)
            }
            InstKind::Ret { value } => match value {
                Some(v) => {
                    out.write_str("ret ")?;
                    self.typed(out, *v)
                }
                None => out.write_str("ret void"),
            },
            InstKind::Br { dest } => {
                out.write_str("br label ")?;
                self.block_ref(out, *dest)
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                out.write_str("br ")?;
                self.typed(out, *cond)?;
                out.write_str(", label ")?;
                self.block_ref(out, *then_dest)?;
                out.write_str(", label ")?;
                self.block_ref(out, *else_dest)
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => {
                out.write_str("switch ")?;
                self.typed(out, *value)?;
                out.write_str(", label ")?;
                self.block_ref(out, *default)?;
                out.write_str(" [")?;
                let vty = self.operand_type(*value);
                let bits = vty.and_then(|t| match types.get(t) {
                    Some(TypeData::Int(b)) => Some(*b),
                    _ => None,
                });
                for (v, b) in cases.iter() {
                    out.write_str("\n    ")?;
                    self.write_opt_type(out, vty)?;
                    out.write_char(' ')?;
                    write_int(out, bits.unwrap_or(0), *v)?;
                    out.write_str(", label ")?;
                    self.block_ref(out, *b)?;
                }
                out.write_str(if cases.is_empty() { "]" } else { "\n  ]" })
            }
            InstKind::Unreachable => out.write_str("unreachable"),
            InstKind::IndirectBr { addr, dests } => {
                out.write_str("indirectbr ")?;
                self.typed(out, *addr)?;
                out.write_str(", [")?;
                for (i, &b) in dests.iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    out.write_str("label ")?;
                    self.block_ref(out, b)?;
                }
                out.write_char(']')
            }
            InstKind::AtomicLoad { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::AtomicRmw { .. }
            | InstKind::CmpXchg { .. }
            | InstKind::Fence { .. } => unreachable!("written by atomic_inst"),
        }
    }

    /// What follows `call`/`invoke`: ` [ret attrs] T callee(args)`.
    fn call_site(
        &self,
        out: &mut impl Write,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        ret_attrs: &ParamAttrs,
    ) -> fmt::Result {
        let types = self.types();
        let is_scope_decl = self.is_intrinsic(callee, Intrinsic::NoAliasScopeDecl);
        write_param_attrs(out, types, ret_attrs)?;
        out.write_char(' ')?;
        match types.get(fn_ty) {
            Some(TypeData::Function {
                ret,
                varargs: false,
                ..
            }) => write_type(out, types, *ret)?,
            _ => write_type(out, types, fn_ty)?,
        }
        out.write_char(' ')?;
        self.operand(out, callee)?;
        out.write_char('(')?;
        let asm_elem_tys: Vec<Option<Type>> = match callee {
            Operand::Const(c) => match self.m.consts.get(c).map(|d| &d.kind) {
                Some(ConstKind::InlineAsm(a)) => a
                    .constraints
                    .iter()
                    .filter(|c| c.takes_arg())
                    .map(|c| c.elem_ty)
                    .collect(),
                _ => Vec::new(),
            },
            Operand::Value(_) => Vec::new(),
        };
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.write_str(", ")?;
            }
            self.write_opt_type(out, self.operand_type(a.value))?;
            write_param_attrs(out, types, &a.attrs)?;
            if let Some(Some(t)) = asm_elem_tys.get(i) {
                out.write_str(" elementtype(")?;
                write_type(out, types, *t)?;
                out.write_char(')')?;
            }
            out.write_char(' ')?;
            if is_scope_decl && self.is_metadata_placeholder(a.value) {
                // LLVM's verifier wants a list of one alias scope here.
                out.write_str(SCOPE_LIST_PLACEHOLDER)?;
            } else {
                self.operand(out, a.value)?;
            }
        }
        out.write_char(')')
    }
}
