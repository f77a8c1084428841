//! Which functions keep their vector code: the forms [`super::lower`] selects.

use super::*;

/// Whether the optimizing tier compiles function `f`'s vector code as it is: its vectors
/// fit one SSE register, and every instruction that touches one is a form this module
/// selects. With `JIT_TRACE_TIER` set,
/// a function with vectors that is refused says why on stderr.
pub fn keeps_vectors(m: &Module, f: FuncId) -> bool {
    match vector_refusal(m, f) {
        None => true,
        Some(why) => {
            if std::env::var_os("JIT_TRACE_TIER").is_some() {
                eprintln!(
                    "jit: {}: `@{}` scalarizes its vectors: {why}",
                    m.location_file(),
                    m.functions[f].name
                );
            }
            false
        }
    }
}

/// Why [`keeps_vectors`] refuses `f`, if it does (`f` has vectors the module cannot keep).
fn vector_refusal(m: &Module, f: FuncId) -> Option<String> {
    let func = &m.functions[f];
    let body = func.body.as_ref()?;
    let vec = |t: Type| m.types.is_vector(t);
    let ty_of = |op: Operand| match op {
        Operand::Value(v) => body.values[v].ty,
        Operand::Const(c) => m.const_data(c).ty,
    };
    let (ret, params, _) = m.types.function_sig(func.ty)?;
    // Vectors cross the function's boundary in one SSE register each (the System V
    // convention for 64- and 128-bit vectors).
    let register = |t: Type| !vec(t) || Lanes::of(m, t).is_some();
    if !register(ret) || !params.iter().all(|&p| register(p)) {
        return Some("vector parameters or return value wider than a register".into());
    }
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let data = &body.insts[i];
            if let InstKind::Call {
                callee: Operand::Const(c),
                ..
            } = data.kind
                && matches!(m.const_data(c).kind, ConstKind::InlineAsm(_))
            {
                // The optimizing tier leaves such functions to tier 0, which needs them
                // scalarized.
                return jit_legalize::has_vectors(m, f).then(|| "inline asm".into());
            }
            let result = data.result.map(|v| body.values[v].ty);
            let mut touches = result.is_some_and(vec);
            let mut constants_ok = true;
            data.kind.for_each_operand(|op| {
                let t = ty_of(op);
                if vec(t) {
                    touches = true;
                    if let Operand::Const(c) = op {
                        constants_ok &= any_const_bits(m, c, t).is_some();
                    }
                }
            });
            if !touches {
                continue;
            }
            if !constants_ok {
                return Some(format!("a vector constant of `{}`", data.kind.opcode()));
            }
            if !inst_kept(m, data, result, &ty_of) {
                return Some(format!("`{}` at {}", data.kind.opcode(), data.loc));
            }
        }
    }
    None
}

/// Whether this module selects instruction `data`, which touches a vector.
fn inst_kept(
    m: &Module,
    data: &InstData,
    result: Option<Type>,
    ty_of: &dyn Fn(Operand) -> Type,
) -> bool {
    let lanes_of = |t: Type| Lanes::of(m, t);
    let mask_of = |t: Type| Lanes::of_mask(m, t);
    let result_lanes = result.and_then(lanes_of);
    let result_mask = result.and_then(mask_of);
    let result_any = result_lanes.or(result_mask);
    match &data.kind {
        InstKind::Binary { op, .. } if result_mask.is_some() => {
            matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)
        }
        InstKind::ICmp { lhs, .. } => {
            let l = lanes_of(ty_of(*lhs));
            l.is_some()
                && l == result_mask
                && matches!(l, Some(Lanes::I8 | Lanes::I16 | Lanes::I32))
        }
        InstKind::FCmp { lhs, .. } => {
            let l = lanes_of(ty_of(*lhs));
            l.is_some_and(Lanes::is_float) && l.map(Lanes::as_int) == result_mask
        }
        InstKind::Select { cond, .. } if mask_of(ty_of(*cond)).is_some() => {
            result_lanes.is_some_and(|l| Some(l.as_int()) == mask_of(ty_of(*cond)))
        }
        InstKind::Cast {
            op: CastOp::ZExt | CastOp::SExt,
            value,
            ..
        } => result_lanes.is_some() && result_lanes == mask_of(ty_of(*value)),
        InstKind::Cast {
            op: CastOp::SIToFP,
            value,
            ..
        } => result_lanes == Some(Lanes::F32) && lanes_of(ty_of(*value)) == Some(Lanes::I32),
        InstKind::Cast {
            op: CastOp::FPToSI,
            value,
            ..
        } => result_lanes == Some(Lanes::I32) && lanes_of(ty_of(*value)) == Some(Lanes::F32),
        InstKind::Cast {
            op: CastOp::BitCast,
            value,
            ..
        } if mask_of(ty_of(*value)).is_some() => {
            // The mask's lanes as bits of an integer (`pmovmskb`, `movmskps`, `movmskpd`).
            result.is_some_and(|t| !m.types.is_vector(t))
                && mask_of(ty_of(*value)) != Some(Lanes::I16)
        }
        InstKind::Binary { op, rhs, .. } => {
            let Some(l) = result_lanes else {
                return false;
            };
            packed_op(*op, l).is_some()
                || (*op == BinaryOp::Mul && l == Lanes::I32)
                || (packed_shift(*op, l).is_some() && splat_amount(m, *rhs, l).is_some())
        }
        InstKind::FNeg { .. } => result_lanes.is_some_and(Lanes::is_float),
        InstKind::Load { .. } => result_lanes.is_some(),
        InstKind::Store { value, ptr, .. } => {
            lanes_of(ty_of(*value)).is_some() && !m.types.is_vector(ty_of(*ptr))
        }
        InstKind::Phi { .. } | InstKind::Freeze { .. } => result_any.is_some(),
        InstKind::Select { cond, .. } => result_any.is_some() && !m.types.is_vector(ty_of(*cond)),
        InstKind::Cast {
            op: CastOp::BitCast,
            value,
            ..
        } => {
            // Between vectors, or a 64-bit vector and an `i64` or a `double`.
            let scalar64 = |t: Type| t == Type::I64 || t == Type::F64;
            let from = ty_of(*value);
            match (result_lanes, lanes_of(from)) {
                (Some(_), Some(_)) => true,
                (Some(_), None) => result.is_some_and(|t| is_narrow(m, t)) && scalar64(from),
                (None, Some(_)) => is_narrow(m, from) && result.is_some_and(scalar64),
                (None, None) => false,
            }
        }
        InstKind::InsertElement { vec, index, .. } => {
            let Some(l) = result_lanes else {
                return false;
            };
            let Some(k) = const_lane(m, *index, l) else {
                return false;
            };
            (is_poison(m, *vec) && k == 0) || l != Lanes::I8
        }
        InstKind::ExtractElement { vec, index } => {
            let Some(l) = lanes_of(ty_of(*vec)) else {
                return false;
            };
            l != Lanes::I8 && const_lane(m, *index, l).is_some()
        }
        InstKind::ShuffleVector { a, mask, .. } => {
            let Some(l) = result_lanes else {
                return false;
            };
            let n = lane_count(m, ty_of(*a));
            lanes_of(ty_of(*a)) == Some(l)
                && (pshufd_mask(mask, l, n).is_some()
                    || is_splat0(mask, l)
                    || (is_narrow(m, ty_of(*a)) && is_concat(mask, n)))
        }
        InstKind::Call { .. } => {
            call_kept(m, data, result_lanes, ty_of) || plain_call_kept(m, data, result, ty_of)
        }
        InstKind::Ret { value: Some(v) } => lanes_of(ty_of(*v)).is_some(),
        _ => false,
    }
}

/// Whether call `data` passes or returns vectors only in whole SSE registers: a call of
/// a function (not an intrinsic), not variadic.
fn plain_call_kept(
    m: &Module,
    data: &InstData,
    result: Option<Type>,
    ty_of: &dyn Fn(Operand) -> Type,
) -> bool {
    let InstKind::Call {
        callee,
        fn_ty,
        args,
        ..
    } = &data.kind
    else {
        return false;
    };
    if let Operand::Const(c) = callee
        && let Some(GlobalRef::Function(f)) = m.strip_to_global(*c)
        && m.functions[f].name.starts_with("llvm.")
    {
        return false;
    }
    if m.types
        .function_sig(*fn_ty)
        .is_none_or(|(_, _, varargs)| varargs)
    {
        return false;
    }
    let register = |t: Type| !m.types.is_vector(t) || Lanes::of(m, t).is_some();
    result.is_none_or(register) && args.iter().all(|a| register(ty_of(a.value)))
}

/// Whether this module selects call `data` (which touches a vector): a reduction or an
/// element-wise intrinsic.
fn call_kept(
    m: &Module,
    data: &InstData,
    result: Option<Lanes>,
    ty_of: &dyn Fn(Operand) -> Type,
) -> bool {
    let Some((name, args)) = intrinsic(m, data) else {
        return false;
    };
    match (result, args) {
        (Some(l), _) => match elementwise(name, l, args.len()) {
            Some(Elementwise::Funnel { .. }) => splat_amount_mod(m, args[2].value, l).is_some(),
            kind => kind.is_some(),
        },
        (None, [arg]) => {
            let ty = ty_of(arg.value);
            !is_narrow(m, ty) && Lanes::of(m, ty).is_some_and(|l| reduction(name, l).is_some())
        }
        _ => false,
    }
}
