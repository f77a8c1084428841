//! Operand type rules of each instruction (calls are in `calls.rs`).

use super::FnVerifier;
use super::ty::is_pow2_or_zero;
use crate::ir::{InstKind, Operand, Type, TypeData};

impl<'m> FnVerifier<'_, 'm> {
    /// Type rules of one instruction (operands are known to exist).
    pub(super) fn type_error(
        &self,
        kind: &InstKind,
        rt: Type,
        sig: Option<(Type, &'m [Type], bool)>,
    ) -> Option<String> {
        let ty = self.ty();
        let t = |o: Operand| self.op_type(o).unwrap_or(Type::VOID);
        let show = |x: Type| ty.show(x);
        let differs_from_operand = |a: Type| {
            Some(format!(
                "result type {} differs from operand type {}",
                show(rt),
                show(a)
            ))
        };
        match kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let (a, b) = (t(*lhs), t(*rhs));
                if a != b {
                    return Some(format!(
                        "both operands of {} must have the same type ({} and {})",
                        op.name(),
                        show(a),
                        show(b)
                    ));
                }
                if op.is_float() && !ty.is_fp_or_fp_vector(a) {
                    return Some(format!(
                        "{} requires floating-point operands, not {}",
                        op.name(),
                        show(a)
                    ));
                }
                if !op.is_float() && !ty.is_int_or_int_vector(a) {
                    return Some(format!(
                        "{} requires integer operands, not {}",
                        op.name(),
                        show(a)
                    ));
                }
                if rt != a {
                    return differs_from_operand(a);
                }
            }
            InstKind::FNeg { arg, .. } => {
                let a = t(*arg);
                if !ty.is_fp_or_fp_vector(a) {
                    return Some(format!(
                        "fneg requires a floating-point operand, not {}",
                        show(a)
                    ));
                }
                if rt != a {
                    return differs_from_operand(a);
                }
            }
            InstKind::ICmp { lhs, rhs, .. } | InstKind::FCmp { lhs, rhs, .. } => {
                let (a, b) = (t(*lhs), t(*rhs));
                let name = kind.opcode();
                if a != b {
                    return Some(format!(
                        "both operands of {name} must have the same type ({} and {})",
                        show(a),
                        show(b)
                    ));
                }
                let (elem, lanes) = ty.lanes(a);
                let ok = if matches!(kind, InstKind::ICmp { .. }) {
                    ty.is_int(elem) || ty.is_ptr(elem)
                } else {
                    ty.is_fp(elem)
                };
                if !ok {
                    return Some(format!("invalid operand type {} for {name}", show(a)));
                }
                let (relem, rlanes) = ty.lanes(rt);
                if ty.int_bits(relem) != Some(1) || rlanes != lanes {
                    return Some(format!("{name} must produce i1, not {}", show(rt)));
                }
            }
            InstKind::Alloca {
                ty: at,
                count,
                align,
            } => {
                if !ty.is_sized(*at) {
                    return Some(format!("cannot allocate unsized type {}", show(*at)));
                }
                if !ty.is_int(t(*count)) {
                    return Some(format!(
                        "alloca count must be an integer, not {}",
                        show(t(*count))
                    ));
                }
                if !is_pow2_or_zero(*align) {
                    return Some(format!("alignment {align} is not a power of two"));
                }
                if !ty.is_ptr(rt) {
                    return Some(format!("alloca produces a pointer, not {}", show(rt)));
                }
            }
            InstKind::Load { ptr, align, .. } => {
                if !ty.is_ptr(t(*ptr)) {
                    return Some(format!(
                        "load address must be a pointer, not {}",
                        show(t(*ptr))
                    ));
                }
                if !ty.is_first_class(rt) || !ty.is_sized(rt) {
                    return Some(format!("cannot load a value of type {}", show(rt)));
                }
                if !is_pow2_or_zero(*align) {
                    return Some(format!("alignment {align} is not a power of two"));
                }
            }
            InstKind::Store {
                value, ptr, align, ..
            } => {
                if !ty.is_ptr(t(*ptr)) {
                    return Some(format!(
                        "store address must be a pointer, not {}",
                        show(t(*ptr))
                    ));
                }
                let vt = t(*value);
                if !ty.is_first_class(vt) || !ty.is_sized(vt) {
                    return Some(format!("cannot store a value of type {}", show(vt)));
                }
                if !is_pow2_or_zero(*align) {
                    return Some(format!("alignment {align} is not a power of two"));
                }
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                if !ty.is_ptr(ty.lanes(t(*base)).0) {
                    return Some(format!(
                        "getelementptr base must be a pointer, not {}",
                        show(t(*base))
                    ));
                }
                if !ty.is_sized(*source_ty) {
                    return Some(format!(
                        "getelementptr source type {} is not sized",
                        show(*source_ty)
                    ));
                }
                let mut cur = *source_ty;
                for (k, &idx) in indices.iter().enumerate() {
                    let it = t(idx);
                    if !ty.is_int_or_int_vector(it) {
                        return Some(format!(
                            "getelementptr index {k} must be an integer, not {}",
                            show(it)
                        ));
                    }
                    if k == 0 {
                        continue;
                    }
                    if ty.struct_fields(cur).is_some() {
                        let value = match idx {
                            Operand::Const(c) => self.m.int_or_splat(c),
                            Operand::Value(_) => None,
                        };
                        let Some(v) = value.filter(|_| ty.int_bits(ty.lanes(it).0) == Some(32))
                        else {
                            return Some(format!(
                                "getelementptr index {k} into struct {} must be an i32 constant",
                                show(cur)
                            ));
                        };
                        match ty.member(cur, u64::try_from(v).unwrap_or(u64::MAX)) {
                            Ok(f) => cur = f,
                            Err(e) => return Some(format!("getelementptr index {k}: {e}")),
                        }
                    } else {
                        match ty.data(cur) {
                            Some(TypeData::Array { elem, .. } | TypeData::Vector { elem, .. }) => {
                                cur = *elem
                            }
                            _ => {
                                return Some(format!(
                                    "getelementptr index {k} indexes into non-aggregate type {}",
                                    show(cur)
                                ));
                            }
                        }
                    }
                }
                if !ty.is_ptr(ty.lanes(rt).0) {
                    return Some(format!(
                        "getelementptr produces a pointer, not {}",
                        show(rt)
                    ));
                }
            }
            InstKind::Cast { op, value, .. } => return ty.cast_error(*op, t(*value), rt),
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                let c = t(*cond);
                let (celem, clanes) = ty.lanes(c);
                if ty.int_bits(celem) != Some(1)
                    || (clanes.is_some() && clanes != ty.lanes(t(*if_true)).1)
                {
                    return Some(format!("select condition must be i1, not {}", show(c)));
                }
                let (a, b) = (t(*if_true), t(*if_false));
                if a != b {
                    return Some(format!(
                        "select arms have different types ({} and {})",
                        show(a),
                        show(b)
                    ));
                }
                if rt != a {
                    return differs_from_operand(a);
                }
            }
            InstKind::Phi { .. } => {}
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ..
            }
            | InstKind::Invoke {
                callee,
                fn_ty,
                args,
                ..
            } => return self.call_type_error(*callee, *fn_ty, args, rt),
            InstKind::LandingPad { cleanup, clauses } => {
                return self.landing_pad_error(*cleanup, clauses, rt);
            }
            InstKind::Resume { value } => {
                if !self.is_eh_value_type(t(*value)) {
                    return Some(format!(
                        "resume operand must be {{ ptr, i32 }} (a landing pad's value), not {}",
                        show(t(*value))
                    ));
                }
            }
            InstKind::ExtractValue { agg, indices } => {
                let member = self.value_path(t(*agg), indices);
                match member {
                    Err(e) => return Some(e),
                    Ok(m) if m != rt => {
                        return Some(format!(
                            "result type {} differs from the member type {}",
                            show(rt),
                            show(m)
                        ));
                    }
                    _ => {}
                }
            }
            InstKind::InsertValue { agg, elt, indices } => {
                match self.value_path(t(*agg), indices) {
                    Err(e) => return Some(e),
                    Ok(m) if m != t(*elt) => {
                        return Some(format!(
                            "inserted value has type {}, the member has type {}",
                            show(t(*elt)),
                            show(m)
                        ));
                    }
                    _ => {}
                }
                if rt != t(*agg) {
                    return Some(format!(
                        "result type {} differs from the aggregate type {}",
                        show(rt),
                        show(t(*agg))
                    ));
                }
            }
            InstKind::ExtractElement { vec, index } => {
                let Some(TypeData::Vector { elem, .. }) = ty.data(t(*vec)) else {
                    return Some(format!(
                        "extractelement needs a vector, not {}",
                        show(t(*vec))
                    ));
                };
                if !ty.is_int(t(*index)) {
                    return Some("extractelement index must be an integer".into());
                }
                if rt != *elem {
                    return Some(format!(
                        "result type {} differs from the element type {}",
                        show(rt),
                        show(*elem)
                    ));
                }
            }
            InstKind::InsertElement { vec, elt, index } => {
                let Some(TypeData::Vector { elem, .. }) = ty.data(t(*vec)) else {
                    return Some(format!(
                        "insertelement needs a vector, not {}",
                        show(t(*vec))
                    ));
                };
                if t(*elt) != *elem {
                    return Some(format!(
                        "inserted value has type {}, the element type is {}",
                        show(t(*elt)),
                        show(*elem)
                    ));
                }
                if !ty.is_int(t(*index)) {
                    return Some("insertelement index must be an integer".into());
                }
                if rt != t(*vec) {
                    return Some(format!(
                        "result type {} differs from the vector type {}",
                        show(rt),
                        show(t(*vec))
                    ));
                }
            }
            InstKind::ShuffleVector { a, b, mask } => {
                let Some(TypeData::Vector { elem, len }) = ty.data(t(*a)) else {
                    return Some(format!("shufflevector needs vectors, not {}", show(t(*a))));
                };
                if t(*b) != t(*a) {
                    return Some("shufflevector operands have different types".into());
                }
                if let Some(l) = mask
                    .iter()
                    .flatten()
                    .find(|&&l| u64::from(l) >= 2 * u64::from(*len))
                {
                    return Some(format!("mask lane {l} is out of range"));
                }
                match ty.data(rt) {
                    Some(TypeData::Vector { elem: re, len: rl })
                        if re == elem && *rl as usize == mask.len() => {}
                    _ => return Some(format!("result type {} does not match the mask", show(rt))),
                }
            }
            InstKind::Freeze { arg } => {
                if rt != t(*arg) {
                    return differs_from_operand(t(*arg));
                }
            }
            InstKind::VaArg { list } => {
                if !ty.is_ptr(t(*list)) {
                    return Some(format!(
                        "va_arg list must be a pointer, not {}",
                        show(t(*list))
                    ));
                }
            }
            InstKind::Ret { value } => {
                let (ret, _, _) = sig?;
                match value {
                    None if ret != Type::VOID => {
                        return Some(format!("ret void in a function returning {}", show(ret)));
                    }
                    Some(v) if t(*v) != ret => {
                        return Some(format!(
                            "returned value has type {}, but the function returns {}",
                            show(t(*v)),
                            show(ret)
                        ));
                    }
                    _ => {}
                }
            }
            InstKind::Br { .. } | InstKind::Unreachable => {}
            InstKind::IndirectBr { addr, .. } => {
                if !ty.is_ptr(t(*addr)) {
                    return Some(format!(
                        "indirectbr address must be a pointer, not {}",
                        show(t(*addr))
                    ));
                }
            }
            InstKind::AtomicLoad { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::AtomicRmw { .. }
            | InstKind::CmpXchg { .. }
            | InstKind::Fence { .. } => return self.atomic_error(kind, rt),
            InstKind::CondBr { cond, .. } => {
                if ty.int_bits(t(*cond)) != Some(1) {
                    return Some(format!(
                        "branch condition must be i1, not {}",
                        show(t(*cond))
                    ));
                }
            }
            InstKind::Switch { value, .. } => {
                if !ty.is_int(t(*value)) {
                    return Some(format!(
                        "switch value must be an integer, not {}",
                        show(t(*value))
                    ));
                }
            }
        }
        None
    }

    /// The member type at `path` inside aggregate `agg` (for extract/insertvalue).
    fn value_path(&self, agg: Type, path: &[u32]) -> Result<Type, String> {
        if path.is_empty() {
            return Err("extractvalue/insertvalue need at least one index".into());
        }
        let ty = self.ty();
        let mut cur = agg;
        for &k in path {
            if ty.lanes(cur).1.is_some() {
                return Err(format!(
                    "cannot index into vector {} with extractvalue/insertvalue",
                    ty.show(cur)
                ));
            }
            cur = ty.member(cur, u64::from(k))?;
        }
        Ok(cur)
    }
}
