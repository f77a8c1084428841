//! 128-bit vectors in SSE registers (SSE2 only, so the code runs on every x86-64).
//!
//! clang's loop and SLP vectorizers write `<4 x i32>`, `<2 x double>`, ... operations; the
//! shared legalizer turns them into per-lane scalar code, which the optimizing tier
//! compiles well enough but at a quarter of the lanes per instruction. For a function whose
//! every vector operation is one [`keeps_vectors`] accepts, legalization leaves the vectors
//! alone and this module selects packed instructions for them:
//! - element-wise integer and float arithmetic (the 32-bit multiply as two `pmuludq`),
//!   shifts and funnel shifts (rotates) by a constant, `fneg`, `abs`, `sqrt`, `fabs`,
//!   `fmuladd` (a multiply and an add), signed and unsigned min/max, saturating add/sub of
//!   8- and 16-bit lanes, `sitofp`/`fptosi` between `<4 x i32>` and `<4 x float>`;
//! - loads and stores of any alignment (`movups`), constants from the pool, splats and
//!   one-source lane permutations (`pshufd`), inserts and extracts at constant lanes;
//! - `llvm.vector.reduce.{add,and,or,xor,smin,smax,umin,umax}`;
//! - `icmp`/`fcmp` as masks (each lane all ones or zeros; `<N x i1>` of a compare of
//!   128-bit vectors has 128/N-bit lanes), combined with `and`/`or`/`xor`, used by `select`,
//!   `zext`/`sext` and `bitcast` to an integer (`pmovmskb`, `movmskps`, `movmskpd`);
//! - vector phis, selects on a scalar condition, freezes and bitcasts;
//! - vectors as parameters, results and call arguments, one SSE register each (System V).
//!
//!
//! 64-bit vectors of 8-, 16- and 32-bit lanes live in the low half of a register (`movq`
//! loads and stores; the upper lanes are don't-care, which element-wise instructions
//! tolerate): the same arithmetic, halves of 128-bit vectors and their concatenation
//! (`punpcklqdq`), bitcasts to and from `i64` and `double`; their compares and reductions
//! are not kept.
//!
//! Anything else with vectors (32-bit or wider than 128-bit vectors, variadic calls with
//! vectors, two-source shuffles, 64-bit compares, variable shifts, widening and narrowing
//! casts, byte inserts, ...) keeps the function scalarized; so does inline asm (the tier
//! leaves such functions to tier 0). `JIT_TRACE_TIER` says which instruction decided it.
//!
//! A vector value is one float-class register; such a function's float spill slots are 16
//! bytes ([`crate::machinst::vcode::VCode::wide_float_slots`]).

use jit_core::ir::{
    BinaryOp, CallArg, CastOp, Const, ConstKind, FloatPredicate, FuncId, GlobalRef, Inst as IrInst,
    InstData, InstKind, IntPredicate, Module, Operand, Type, TypeData,
};
use regalloc2::RegClass;

use super::super::inst::{Inst, VMask, VOp, VPerm, VShift, VUnary};
use super::Isel;
use crate::machinst::Reg;
use crate::machinst::lower::{LResult, unsupported};

/// The lanes of a 128-bit vector, or of a 64-bit one (its low half; the upper lanes of
/// the register are don't-care).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Lanes {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
}

impl Lanes {
    fn of(m: &Module, ty: Type) -> Option<Lanes> {
        let TypeData::Vector { elem, len } = m.types.data(ty) else {
            return None;
        };
        let lanes = match (m.types.data(*elem), *len) {
            (TypeData::Int(8), 16 | 8) => Lanes::I8,
            (TypeData::Int(16), 8 | 4) => Lanes::I16,
            (TypeData::Int(32), 4 | 2) => Lanes::I32,
            (TypeData::Int(64), 2) => Lanes::I64,
            (TypeData::Float, 4 | 2) => Lanes::F32,
            (TypeData::Double, 2) => Lanes::F64,
            _ => return None,
        };
        Some(lanes)
    }

    /// The lanes of the vectors a `<N x i1>` compare result is made from (the mask keeps
    /// their width: each lane all ones or all zeros).
    fn of_mask(m: &Module, ty: Type) -> Option<Lanes> {
        let TypeData::Vector { elem, len } = m.types.data(ty) else {
            return None;
        };
        if !matches!(m.types.data(*elem), TypeData::Int(1)) {
            return None;
        }
        Some(match len {
            16 => Lanes::I8,
            8 => Lanes::I16,
            4 => Lanes::I32,
            2 => Lanes::I64,
            _ => return None,
        })
    }

    /// [`Lanes::of`] a vector or [`Lanes::of_mask`] a mask.
    fn of_any(m: &Module, ty: Type) -> Option<Lanes> {
        Lanes::of(m, ty).or_else(|| Lanes::of_mask(m, ty))
    }

    /// The lanes of the same width as integers (a mask or a bitcast of floats).
    fn as_int(self) -> Lanes {
        match self {
            Lanes::F32 => Lanes::I32,
            Lanes::F64 => Lanes::I64,
            l => l,
        }
    }

    fn count(self) -> u32 {
        match self {
            Lanes::I8 => 16,
            Lanes::I16 => 8,
            Lanes::I32 | Lanes::F32 => 4,
            Lanes::I64 | Lanes::F64 => 2,
        }
    }

    fn bits(self) -> u32 {
        128 / self.count()
    }

    fn is_float(self) -> bool {
        matches!(self, Lanes::F32 | Lanes::F64)
    }
}

/// Whether `ty` is a 64-bit vector [`Lanes::of`] accepts (held in the low half of a
/// register).
fn is_narrow(m: &Module, ty: Type) -> bool {
    match (Lanes::of(m, ty), m.types.data(ty)) {
        (Some(l), TypeData::Vector { len, .. }) => *len < l.count(),
        _ => false,
    }
}

/// The number of lanes of vector type `ty` (0 for other types).
fn lane_count(m: &Module, ty: Type) -> u32 {
    match m.types.data(ty) {
        TypeData::Vector { len, .. } => *len,
        _ => 0,
    }
}

/// The packed instruction of an element-wise binary operation, if SSE2 has one.
fn packed_op(op: BinaryOp, lanes: Lanes) -> Option<VOp> {
    use BinaryOp::*;
    use Lanes::*;
    Some(match (op, lanes) {
        (Add, I8) => VOp::Paddb,
        (Add, I16) => VOp::Paddw,
        (Add, I32) => VOp::Paddd,
        (Add, I64) => VOp::Paddq,
        (Sub, I8) => VOp::Psubb,
        (Sub, I16) => VOp::Psubw,
        (Sub, I32) => VOp::Psubd,
        (Sub, I64) => VOp::Psubq,
        (And, I8 | I16 | I32 | I64) => VOp::Pand,
        (Or, I8 | I16 | I32 | I64) => VOp::Por,
        (Xor, I8 | I16 | I32 | I64) => VOp::Pxor,
        (Mul, I16) => VOp::Pmullw,
        (FAdd, F32) => VOp::Addps,
        (FAdd, F64) => VOp::Addpd,
        (FSub, F32) => VOp::Subps,
        (FSub, F64) => VOp::Subpd,
        (FMul, F32) => VOp::Mulps,
        (FMul, F64) => VOp::Mulpd,
        (FDiv, F32) => VOp::Divps,
        (FDiv, F64) => VOp::Divpd,
        _ => return None,
    })
}

/// The packed shift of `op` by a constant, if SSE2 has one.
fn packed_shift(op: BinaryOp, lanes: Lanes) -> Option<VShift> {
    use BinaryOp::*;
    use Lanes::*;
    Some(match (op, lanes) {
        (Shl, I16) => VShift::Psllw,
        (Shl, I32) => VShift::Pslld,
        (Shl, I64) => VShift::Psllq,
        (LShr, I16) => VShift::Psrlw,
        (LShr, I32) => VShift::Psrld,
        (LShr, I64) => VShift::Psrlq,
        (AShr, I16) => VShift::Psraw,
        (AShr, I32) => VShift::Psrad,
        _ => return None,
    })
}

/// The 128 bits of a vector constant (lane 0 lowest), if it is made of plain numbers.
fn const_bits(m: &Module, c: Const, lanes: Lanes) -> Option<u128> {
    let bits = lanes.bits();
    let lane = |e: Const| -> Option<u128> {
        let v = match m.const_data(e).kind {
            ConstKind::Int(v) => v,
            ConstKind::Float(f) if lanes == Lanes::F32 => {
                u128::from((f64::from_bits(f) as f32).to_bits())
            }
            ConstKind::Float(f) => u128::from(f),
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => 0,
            _ => return None,
        };
        Some(v & (u128::MAX >> (128 - bits)))
    };
    match &m.const_data(c).kind {
        ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Some(0),
        ConstKind::Aggregate(elems) if elems.len() as u32 <= lanes.count() => {
            let mut out = 0u128;
            for (k, &e) in elems.iter().enumerate() {
                out |= lane(e)? << (bits * k as u32);
            }
            Some(out)
        }
        ConstKind::Bytes(bytes) if bytes.len() as u32 * 8 <= bits * lanes.count() => {
            let mut out = 0u128;
            for &b in bytes.iter().rev() {
                out = out << 8 | u128::from(b);
            }
            Some(out)
        }
        _ => None,
    }
}

/// The 128 bits of a `<N x i1>` mask constant: each lane all ones where the element is 1.
fn mask_bits(m: &Module, c: Const, lanes: Lanes) -> Option<u128> {
    let bits = lanes.bits();
    let ones = u128::MAX >> (128 - bits);
    match &m.const_data(c).kind {
        ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Some(0),
        ConstKind::Aggregate(elems) if elems.len() as u32 == lanes.count() => {
            let mut out = 0u128;
            for (k, &e) in elems.iter().enumerate() {
                let set = match m.const_data(e).kind {
                    ConstKind::Int(v) => v & 1 == 1,
                    ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => false,
                    _ => return None,
                };
                if set {
                    out |= ones << (bits * k as u32);
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// The bits of a vector or mask constant of type `ty`.
fn any_const_bits(m: &Module, c: Const, ty: Type) -> Option<u128> {
    match (Lanes::of(m, ty), Lanes::of_mask(m, ty)) {
        (Some(l), _) => const_bits(m, c, l),
        (_, Some(l)) => mask_bits(m, c, l),
        _ => None,
    }
}

/// The lane a constant index names, if it is in range.
fn const_lane(m: &Module, index: Operand, lanes: Lanes) -> Option<u32> {
    let Operand::Const(c) = index else {
        return None;
    };
    match m.const_data(c).kind {
        ConstKind::Int(v) if v < u128::from(lanes.count()) => Some(v as u32),
        ConstKind::Zero => Some(0),
        _ => None,
    }
}

/// The splat amount of a shift-by-constant vector operand, if every lane is the same
/// amount below the lane width.
fn splat_amount(m: &Module, op: Operand, lanes: Lanes) -> Option<u8> {
    let Operand::Const(c) = op else {
        return None;
    };
    let k = match &m.const_data(c).kind {
        ConstKind::Zero => 0,
        ConstKind::Aggregate(elems) => {
            let mut amount = None;
            for &e in elems.iter() {
                let ConstKind::Int(v) = m.const_data(e).kind else {
                    return None;
                };
                if amount.is_some_and(|a| a != v) {
                    return None;
                }
                amount = Some(v);
            }
            amount?
        }
        _ => return None,
    };
    (k < u128::from(lanes.bits())).then_some(k as u8)
}

/// The amount of a funnel shift by a splat constant, modulo the lane width.
fn splat_amount_mod(m: &Module, op: Operand, lanes: Lanes) -> Option<u8> {
    let Operand::Const(c) = op else {
        return None;
    };
    let width = u128::from(lanes.bits());
    let k = match &m.const_data(c).kind {
        ConstKind::Zero => 0,
        ConstKind::Aggregate(elems) => {
            let mut amount = None;
            for &e in elems.iter() {
                let ConstKind::Int(v) = m.const_data(e).kind else {
                    return None;
                };
                if amount.is_some_and(|a| a != v % width) {
                    return None;
                }
                amount = Some(v % width);
            }
            amount?
        }
        _ => return None,
    };
    Some(k as u8)
}

fn is_poison(m: &Module, op: Operand) -> bool {
    matches!(op, Operand::Const(c)
        if matches!(m.const_data(c).kind, ConstKind::Undef | ConstKind::Poison))
}

/// The `pshufd` selector of a one-source shuffle of sources of `n` lanes, with the source
/// (0 for `a`, 1 for `b`), if the mask permutes 32- or 64-bit lanes of one operand.
fn pshufd_mask(mask: &[Option<u32>], lanes: Lanes, n: u32) -> Option<(u8, u8)> {
    let full = lanes.count();
    if mask.len() as u32 > full
        || n == 0
        || !matches!(lanes, Lanes::I32 | Lanes::F32 | Lanes::I64 | Lanes::F64)
    {
        return None;
    }
    let source = mask.iter().flatten().next().map_or(0, |&k| k / n);
    let mut imm = 0u8;
    for i in 0..full as usize {
        // Lanes past the result's own are don't-care: left in place.
        let k = match mask.get(i) {
            Some(Some(k)) if k / n == source => k % n,
            Some(Some(_)) => return None,
            Some(None) | None => i as u32,
        };
        if full == 4 {
            imm |= (k as u8) << (2 * i);
        } else {
            // A 64-bit lane is two 32-bit ones.
            let pair = (2 * k as u8) | (2 * k as u8 + 1) << 2;
            imm |= pair << (4 * i);
        }
    }
    Some((imm, source as u8))
}

/// Whether `mask` concatenates two 64-bit sources of `n` lanes into one 128-bit result.
fn is_concat(mask: &[Option<u32>], n: u32) -> bool {
    mask.len() as u32 == 2 * n
        && mask
            .iter()
            .enumerate()
            .all(|(i, k)| k.is_none_or(|k| k == i as u32))
}

/// Whether every lane of `mask` is lane 0 of `a` (or poison): a splat.
fn is_splat0(mask: &[Option<u32>], lanes: Lanes) -> bool {
    mask.len() as u32 <= lanes.count() && mask.iter().all(|k| matches!(k, Some(0) | None))
}

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
                return has_vectors(m, body).then(|| "inline asm".into());
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

/// Whether any instruction of `body` has a vector result or operand.
fn has_vectors(m: &Module, body: &jit_core::ir::Body) -> bool {
    let vec = |op: Operand| match op {
        Operand::Value(v) => m.types.is_vector(body.values[v].ty),
        Operand::Const(c) => m.types.is_vector(m.const_data(c).ty),
    };
    body.insts.values().any(|d| {
        let mut any = d
            .result
            .is_some_and(|v| m.types.is_vector(body.values[v].ty));
        d.kind.for_each_operand(|op| any |= vec(op));
        any
    })
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

/// The intrinsic a call calls, by its name after `llvm.`, and the call's arguments.
fn intrinsic<'m>(m: &'m Module, data: &'m InstData) -> Option<(&'m str, &'m [CallArg])> {
    let InstKind::Call { callee, args, .. } = &data.kind else {
        return None;
    };
    let Operand::Const(c) = callee else {
        return None;
    };
    let Some(GlobalRef::Function(f)) = m.strip_to_global(*c) else {
        return None;
    };
    Some((m.functions[f].name.strip_prefix("llvm.")?, args))
}

/// How `llvm.vector.reduce.<name>` combines two lanes, if this module selects it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Reduction {
    /// A packed operation (`add`, `and`, `or`, `xor`).
    Packed(VOp),
    /// `smin`, `smax`, `umin`, `umax`.
    MinMax { max: bool, signed: bool },
}

/// The reduction `llvm.vector.reduce.<name>` over `lanes`, if this module selects it.
fn reduction(name: &str, lanes: Lanes) -> Option<Reduction> {
    let op = name.strip_prefix("vector.reduce.")?.split('.').next()?;
    let packed = |v: VOp| Some(Reduction::Packed(v));
    match (op, lanes) {
        ("add", Lanes::I8) => packed(VOp::Paddb),
        ("add", Lanes::I16) => packed(VOp::Paddw),
        ("add", Lanes::I32) => packed(VOp::Paddd),
        ("add", Lanes::I64) => packed(VOp::Paddq),
        ("and", Lanes::I8 | Lanes::I16 | Lanes::I32 | Lanes::I64) => packed(VOp::Pand),
        ("or", Lanes::I8 | Lanes::I16 | Lanes::I32 | Lanes::I64) => packed(VOp::Por),
        ("xor", Lanes::I8 | Lanes::I16 | Lanes::I32 | Lanes::I64) => packed(VOp::Pxor),
        ("smin" | "smax" | "umin" | "umax", Lanes::I8 | Lanes::I16 | Lanes::I32) => {
            Some(Reduction::MinMax {
                max: op.ends_with("max"),
                signed: op.starts_with('s'),
            })
        }
        _ => None,
    }
}

/// An element-wise intrinsic this module selects.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Elementwise {
    /// `llvm.fmuladd`: a multiply and an add, rounded each (LLVM lets it fuse or not).
    MulAdd,
    /// `llvm.smin`, `llvm.smax`, `llvm.umin`, `llvm.umax`.
    MinMax { max: bool, signed: bool },
    /// `llvm.fshl`/`llvm.fshr` by a splat constant (rotates when both inputs are one).
    Funnel { left: bool },
    /// `llvm.abs` of integers.
    Abs,
    /// `llvm.{s,u}{add,sub}.sat` of bytes and 16-bit lanes (one SSE2 instruction).
    Saturating(VOp),
    /// `llvm.sqrt`.
    Sqrt,
    /// `llvm.fabs`.
    Fabs,
}

/// The element-wise intrinsic `llvm.<name>` is for a result of `lanes` and `arity`
/// arguments, if this module selects it.
fn elementwise(name: &str, lanes: Lanes, arity: usize) -> Option<Elementwise> {
    let kind = match (name.split('.').next()?, lanes) {
        ("fmuladd", Lanes::F32 | Lanes::F64) => Elementwise::MulAdd,
        (op @ ("smin" | "smax" | "umin" | "umax"), Lanes::I8 | Lanes::I16 | Lanes::I32) => {
            Elementwise::MinMax {
                max: op.ends_with("max"),
                signed: op.starts_with('s'),
            }
        }
        (op @ ("fshl" | "fshr"), Lanes::I16 | Lanes::I32 | Lanes::I64) => {
            Elementwise::Funnel { left: op == "fshl" }
        }
        ("abs", Lanes::I8 | Lanes::I16 | Lanes::I32 | Lanes::I64) => Elementwise::Abs,
        (op, Lanes::I8 | Lanes::I16) if name.starts_with(&format!("{op}.sat.")) => {
            Elementwise::Saturating(saturating_op(op, lanes)?)
        }
        ("sqrt", Lanes::F32 | Lanes::F64) => Elementwise::Sqrt,
        ("fabs", Lanes::F32 | Lanes::F64) => Elementwise::Fabs,
        _ => return None,
    };
    let want = match kind {
        Elementwise::MulAdd | Elementwise::Funnel { .. } => 3,
        Elementwise::MinMax { .. } | Elementwise::Abs | Elementwise::Saturating(_) => 2,
        Elementwise::Sqrt | Elementwise::Fabs => 1,
    };
    (arity == want).then_some(kind)
}

/// The SSE2 instruction of `llvm.<op>.sat` on bytes or 16-bit lanes.
fn saturating_op(op: &str, lanes: Lanes) -> Option<VOp> {
    let byte = lanes == Lanes::I8;
    Some(match (op, byte) {
        ("sadd", true) => VOp::Paddsb,
        ("sadd", false) => VOp::Paddsw,
        ("uadd", true) => VOp::Paddusb,
        ("uadd", false) => VOp::Paddusw,
        ("ssub", true) => VOp::Psubsb,
        ("ssub", false) => VOp::Psubsw,
        ("usub", true) => VOp::Psubusb,
        ("usub", false) => VOp::Psubusw,
        _ => return None,
    })
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

impl<'a> Isel<'a, '_> {
    /// Whether `ty` is a vector this function keeps in an SSE register.
    pub(super) fn is_vector_value(&self, ty: Type) -> bool {
        self.vectors && Lanes::of(self.ctx.m, ty).is_some()
    }

    fn vtmp(&mut self) -> Reg {
        self.ctx.new_reg(RegClass::Float)
    }

    fn valu(&mut self, op: VOp, lhs: Reg, rhs: Reg) -> Reg {
        let dst = self.vtmp();
        self.emit(Inst::VAlu { op, dst, lhs, rhs });
        dst
    }

    fn vperm(&mut self, op: VPerm, src: Reg, imm: u8) -> Reg {
        let dst = self.vtmp();
        self.emit(Inst::VPermute { op, dst, src, imm });
        dst
    }

    /// A vector constant in a register.
    pub(super) fn vector_const(&mut self, c: Const, ty: Type) -> LResult<Reg> {
        self.ctx.vcode.wide_float_slots = true;
        let Some(bits) = any_const_bits(self.ctx.m, c, ty) else {
            return unsupported("a vector constant expression");
        };
        let dst = self.vtmp();
        if bits == 0 {
            self.emit(Inst::FZero { dst });
        } else {
            let addr = self.pool_entry(bits);
            self.emit(Inst::VLoad { dst, addr });
        }
        Ok(dst)
    }

    /// Selects IR instruction `inst` when it computes with vectors; false when it does not.
    pub(super) fn lower_vector(&mut self, inst: IrInst) -> LResult<bool> {
        let m = self.ctx.m;
        let data: &'a InstData = &self.ctx.body.insts[inst];
        let result_ty = data.result.map(|v| self.ctx.value_ty(v));
        let result_lanes = result_ty.and_then(|t| Lanes::of(m, t));
        let lanes_of = |isel: &Self, op: Operand| Lanes::of(m, isel.ctx.ty(op));
        match data.kind {
            InstKind::Store { value, ptr, .. } => {
                if lanes_of(self, value).is_none() {
                    return Ok(false);
                }
                self.ctx.vcode.wide_float_slots = true;
                let src = self.put(value)?;
                let addr = self.amode_at(ptr, 0)?;
                if is_narrow(m, self.ctx.ty(value)) {
                    self.emit(Inst::VStoreLow { src, addr });
                } else {
                    self.emit(Inst::VStore { src, addr });
                }
                return Ok(true);
            }
            InstKind::ExtractElement { vec, index } => {
                let Some(l) = lanes_of(self, vec) else {
                    return Ok(false);
                };
                self.ctx.vcode.wide_float_slots = true;
                let Some(k) = const_lane(m, index, l) else {
                    return unsupported("extractelement at a variable index");
                };
                let dst = self.result(inst)?;
                let src = self.put(vec)?;
                self.extract(l, k, src, dst)?;
                return Ok(true);
            }
            InstKind::Call { ref args, .. } => {
                if result_ty.is_some_and(|t| m.types.is_vector(t))
                    || args.iter().any(|a| m.types.is_vector(self.ctx.ty(a.value)))
                {
                    // Vectors in and out of calls are spilled around them whole.
                    self.ctx.vcode.wide_float_slots = true;
                }
                let Some((name, args)) = intrinsic(m, data) else {
                    return Ok(false);
                };
                if let Some(l) = result_lanes {
                    let Some(kind) = elementwise(name, l, args.len()) else {
                        return unsupported(format!("a call of `llvm.{name}`"));
                    };
                    self.ctx.vcode.wide_float_slots = true;
                    let dst = self.result(inst)?;
                    let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
                    self.elementwise(kind, l, &ops, dst)?;
                    return Ok(true);
                }
                let Some(l) = args.first().and_then(|a| lanes_of(self, a.value)) else {
                    return Ok(false);
                };
                let Some(op) = reduction(name, l) else {
                    return unsupported(format!("a call of `llvm.{name}`"));
                };
                self.ctx.vcode.wide_float_slots = true;
                let dst = self.result(inst)?;
                let x = self.put(args[0].value)?;
                self.reduce(op, l, x, dst);
                return Ok(true);
            }
            InstKind::Cast {
                op: CastOp::BitCast,
                value,
                ..
            } if is_narrow(m, self.ctx.ty(value)) && result_lanes.is_none() => {
                // A 64-bit vector as an `i64` or a `double`.
                self.ctx.vcode.wide_float_slots = true;
                let dst = self.result(inst)?;
                let src = self.put(value)?;
                if dst.class() == RegClass::Int {
                    self.emit(Inst::MovFromF {
                        double: true,
                        dst,
                        src,
                    });
                } else {
                    self.emit(Inst::FCopy { dst, src });
                }
                return Ok(true);
            }
            InstKind::Cast {
                op: CastOp::BitCast,
                value,
                ..
            } if Lanes::of_mask(m, self.ctx.ty(value)).is_some() && result_lanes.is_none() => {
                // A mask's lanes as the bits of an integer.
                self.ctx.vcode.wide_float_slots = true;
                let op = match Lanes::of_mask(m, self.ctx.ty(value)) {
                    Some(Lanes::I8) => VMask::Pmovmskb,
                    Some(Lanes::I32) => VMask::Movmskps,
                    Some(Lanes::I64) => VMask::Movmskpd,
                    _ => return unsupported("a bitcast of an <8 x i1> mask"),
                };
                let dst = self.result(inst)?;
                let src = self.put(value)?;
                self.emit(Inst::VMoveMask { op, dst, src });
                return Ok(true);
            }
            _ => {}
        }
        let Some(l) = result_ty.and_then(|t| Lanes::of_any(m, t)) else {
            return Ok(false);
        };
        self.ctx.vcode.wide_float_slots = true;
        match data.kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let dst = self.result(inst)?;
                self.vector_binary(op, l, lhs, rhs, dst)?;
            }
            InstKind::FNeg { arg, .. } => {
                let dst = self.result(inst)?;
                let sign: u128 = if l == Lanes::F32 {
                    0x8000_0000_8000_0000_8000_0000_8000_0000
                } else {
                    0x8000_0000_0000_0000_8000_0000_0000_0000
                };
                let mask = self.vtmp();
                let addr = self.pool_entry(sign);
                self.emit(Inst::VLoad { dst: mask, addr });
                let x = self.put(arg)?;
                self.emit(Inst::VAlu {
                    op: VOp::Pxor,
                    dst,
                    lhs: x,
                    rhs: mask,
                });
            }
            InstKind::Load { ptr, .. } => {
                let dst = self.result(inst)?;
                let addr = self.amode_at(ptr, 0)?;
                if result_ty.is_some_and(|t| is_narrow(m, t)) {
                    self.emit(Inst::VLoadLow { dst, addr });
                } else {
                    self.emit(Inst::VLoad { dst, addr });
                }
            }
            InstKind::Cast { op, value, .. } => {
                let dst = self.result(inst)?;
                let src = self.put(value)?;
                if matches!(op, CastOp::SIToFP | CastOp::FPToSI) {
                    let op = if op == CastOp::SIToFP {
                        VUnary::Cvtdq2ps
                    } else {
                        VUnary::Cvttps2dq
                    };
                    self.emit(Inst::VUn { op, dst, src });
                } else if op == CastOp::ZExt {
                    // A mask's lanes are all ones or zeros: keep bit 0 of each.
                    let mut ones = 0u128;
                    for k in 0..l.count() {
                        ones |= 1 << (k * l.bits());
                    }
                    let one = self.vtmp();
                    let addr = self.pool_entry(ones);
                    self.emit(Inst::VLoad { dst: one, addr });
                    self.emit(Inst::VAlu {
                        op: VOp::Pand,
                        dst,
                        lhs: src,
                        rhs: one,
                    });
                } else if src.class() == RegClass::Int {
                    // An `i64` as a 64-bit vector.
                    self.emit(Inst::MovToF {
                        double: true,
                        dst,
                        src,
                    });
                } else {
                    // Bitcasts between vectors (or from a `double`), and sign extensions of
                    // masks, keep the bits.
                    self.emit(Inst::FCopy { dst, src });
                }
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                let dst = self.result(inst)?;
                self.vector_icmp(pred, l, lhs, rhs, dst)?;
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let dst = self.result(inst)?;
                self.vector_fcmp(pred, l, lhs, rhs, dst)?;
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } if Lanes::of_mask(m, self.ctx.ty(cond)).is_some() => {
                let dst = self.result(inst)?;
                let mask = self.put(cond)?;
                let t = self.put(if_true)?;
                let f = self.put(if_false)?;
                self.blend(mask, t, f, dst);
            }
            InstKind::InsertElement { vec, elt, index } => {
                let Some(k) = const_lane(m, index, l) else {
                    return unsupported("insertelement at a variable index");
                };
                let dst = self.result(inst)?;
                let s = self.put(elt)?;
                if is_poison(m, vec) && k == 0 {
                    // The other lanes are poison: whatever the register holds.
                    if l.is_float() {
                        self.emit(Inst::FCopy { dst, src: s });
                    } else {
                        self.emit(Inst::MovToF {
                            double: l == Lanes::I64,
                            dst,
                            src: s,
                        });
                    }
                } else {
                    let v = self.put(vec)?;
                    self.insert(l, k, v, s, dst)?;
                }
            }
            InstKind::ShuffleVector { a, b, ref mask } => {
                let dst = self.result(inst)?;
                let n = lane_count(m, self.ctx.ty(a));
                if let Some((imm, source)) = pshufd_mask(mask, l, n) {
                    let src = self.put(if source == 0 { a } else { b })?;
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src,
                        imm,
                    });
                } else if is_splat0(mask, l) {
                    let src = self.put(a)?;
                    let words = match l {
                        Lanes::I8 => self.valu(VOp::Punpcklbw, src, src),
                        _ => src,
                    };
                    let low = self.vperm(VPerm::Pshuflw, words, 0);
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src: low,
                        imm: 0,
                    });
                } else if is_concat(mask, n) && is_narrow(m, self.ctx.ty(a)) {
                    let low = self.put(a)?;
                    let high = self.put(b)?;
                    self.emit(Inst::VAlu {
                        op: VOp::Punpcklqdq,
                        dst,
                        lhs: low,
                        rhs: high,
                    });
                } else {
                    return unsupported("a two-source or narrow-lane shufflevector");
                }
            }
            // Phis, selects and freezes of vectors are copies of one register.
            InstKind::Select { .. } | InstKind::Freeze { .. } | InstKind::Phi { .. } => {
                return Ok(false);
            }
            ref other => return unsupported(format!("`{}` on vectors", other.opcode())),
        }
        Ok(true)
    }

    fn vector_binary(
        &mut self,
        op: BinaryOp,
        l: Lanes,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        if let Some(shift) = packed_shift(op, l) {
            let Some(amount) = splat_amount(self.ctx.m, rhs, l) else {
                return unsupported("a vector shift by a variable amount");
            };
            let src = self.put(lhs)?;
            self.emit(Inst::VShiftImm {
                op: shift,
                dst,
                src,
                amount,
            });
            return Ok(());
        }
        let a = self.put(lhs)?;
        let b = self.put(rhs)?;
        if let Some(vop) = packed_op(op, l) {
            self.emit(Inst::VAlu {
                op: vop,
                dst,
                lhs: a,
                rhs: b,
            });
            return Ok(());
        }
        if op == BinaryOp::Mul && l == Lanes::I32 {
            // SSE2 multiplies the even 32-bit lanes into 64-bit products (`pmuludq`): once
            // for lanes 0 and 2, once for 1 and 3 moved down, then the low halves are
            // gathered.
            let even = self.valu(VOp::Pmuludq, a, b);
            let odd_lanes = |isel: &mut Self, op: Operand, r: Reg| {
                if isel.is_splat(op) {
                    r
                } else {
                    isel.vperm(VPerm::Pshufd, r, 0xf5)
                }
            };
            let a_odd = odd_lanes(self, lhs, a);
            let b_odd = odd_lanes(self, rhs, b);
            let odd = self.valu(VOp::Pmuludq, a_odd, b_odd);
            let even_low = self.vperm(VPerm::Pshufd, even, 0x08);
            let odd_low = self.vperm(VPerm::Pshufd, odd, 0x08);
            self.emit(Inst::VAlu {
                op: VOp::Punpckldq,
                dst,
                lhs: even_low,
                rhs: odd_low,
            });
            return Ok(());
        }
        unsupported(format!("`{}` on vectors", op.name()))
    }

    /// `dst = |a|` lane by lane (the minimum integer stays itself).
    fn vector_abs(&mut self, l: Lanes, a: Reg, dst: Reg) {
        match l {
            // max(a, -a) signed for 16-bit lanes, min(a, -a) unsigned for bytes.
            Lanes::I8 | Lanes::I16 => {
                let zero = self.vtmp();
                self.emit(Inst::FZero { dst: zero });
                let (sub, pick) = if l == Lanes::I8 {
                    (VOp::Psubb, VOp::Pminub)
                } else {
                    (VOp::Psubw, VOp::Pmaxsw)
                };
                let neg = self.valu(sub, zero, a);
                self.emit(Inst::VAlu {
                    op: pick,
                    dst,
                    lhs: a,
                    rhs: neg,
                });
            }
            // (a ^ s) - s with s the sign of each lane.
            _ => {
                let high = self.vtmp();
                self.emit(Inst::VShiftImm {
                    op: VShift::Psrad,
                    dst: high,
                    src: a,
                    amount: 31,
                });
                let sign = if l == Lanes::I64 {
                    self.vperm(VPerm::Pshufd, high, 0xf5)
                } else {
                    high
                };
                let flipped = self.valu(VOp::Pxor, a, sign);
                let sub = if l == Lanes::I64 {
                    VOp::Psubq
                } else {
                    VOp::Psubd
                };
                self.emit(Inst::VAlu {
                    op: sub,
                    dst,
                    lhs: flipped,
                    rhs: sign,
                });
            }
        }
    }

    /// `dst = fshl/fshr(a, b, k)`: the high (fshl) or low (fshr) lane of the double-width
    /// concatenation `a:b` shifted by `k` (below the lane width).
    fn funnel(&mut self, l: Lanes, left: bool, a: Reg, b: Reg, k: u8, dst: Reg) {
        let w = l.bits() as u8;
        let (shl, shr) = match l {
            Lanes::I16 => (VShift::Psllw, VShift::Psrlw),
            Lanes::I32 => (VShift::Pslld, VShift::Psrld),
            _ => (VShift::Psllq, VShift::Psrlq),
        };
        if k == 0 {
            self.emit(Inst::FCopy {
                dst,
                src: if left { a } else { b },
            });
            return;
        }
        let (up, down) = if left { (k, w - k) } else { (w - k, k) };
        let high = self.vtmp();
        self.emit(Inst::VShiftImm {
            op: shl,
            dst: high,
            src: a,
            amount: up,
        });
        let low = self.vtmp();
        self.emit(Inst::VShiftImm {
            op: shr,
            dst: low,
            src: b,
            amount: down,
        });
        self.emit(Inst::VAlu {
            op: VOp::Por,
            dst,
            lhs: high,
            rhs: low,
        });
    }

    /// `dst = mask ? t : f`, lane by lane (`mask` lanes all ones or all zeros).
    fn blend(&mut self, mask: Reg, t: Reg, f: Reg, dst: Reg) {
        let kept = self.valu(VOp::Pand, mask, t);
        let other = self.valu(VOp::Pandn, mask, f);
        self.emit(Inst::VAlu {
            op: VOp::Por,
            dst,
            lhs: kept,
            rhs: other,
        });
    }

    /// A register of all ones.
    fn all_ones(&mut self) -> Reg {
        let r = self.vtmp();
        let addr = self.pool_entry(u128::MAX);
        self.emit(Inst::VLoad { dst: r, addr });
        r
    }

    /// The top bit of each lane of `lanes`, as a register.
    fn sign_bits(&mut self, lanes: Lanes) -> Reg {
        let lane_sign: u128 = 1 << (lanes.bits() - 1);
        let mut bits = 0u128;
        for k in 0..lanes.count() {
            bits |= lane_sign << (k * lanes.bits());
        }
        let r = self.vtmp();
        let addr = self.pool_entry(bits);
        self.emit(Inst::VLoad { dst: r, addr });
        r
    }

    /// `icmp` of integer vectors: SSE2 has equality and signed greater-than; unsigned
    /// compares flip the top bits first, the other predicates swap or invert.
    fn vector_icmp(
        &mut self,
        pred: IntPredicate,
        l: Lanes,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        use IntPredicate::*;
        let (eq, gt) = match l {
            Lanes::I8 => (VOp::Pcmpeqb, VOp::Pcmpgtb),
            Lanes::I16 => (VOp::Pcmpeqw, VOp::Pcmpgtw),
            Lanes::I32 => (VOp::Pcmpeqd, VOp::Pcmpgtd),
            _ => return unsupported("icmp of 64-bit lanes"),
        };
        let mut a = self.put(lhs)?;
        let mut b = self.put(rhs)?;
        if matches!(pred, Ugt | Uge | Ult | Ule) {
            let flip = self.sign_bits(l);
            a = self.valu(VOp::Pxor, a, flip);
            b = self.valu(VOp::Pxor, b, flip);
        }
        // (operation, swap the operands, invert the result)
        let (op, swap, invert) = match pred {
            Eq => (eq, false, false),
            Ne => (eq, false, true),
            Sgt | Ugt => (gt, false, false),
            Slt | Ult => (gt, true, false),
            Sge | Uge => (gt, true, true),
            Sle | Ule => (gt, false, true),
        };
        let (x, y) = if swap { (b, a) } else { (a, b) };
        if invert {
            let r = self.valu(op, x, y);
            let ones = self.all_ones();
            self.emit(Inst::VAlu {
                op: VOp::Pxor,
                dst,
                lhs: r,
                rhs: ones,
            });
        } else {
            self.emit(Inst::VAlu {
                op,
                dst,
                lhs: x,
                rhs: y,
            });
        }
        Ok(())
    }

    /// `fcmp` of float vectors with `cmpps`/`cmppd` (its eight predicates; `one` and `ueq`
    /// combine two).
    fn vector_fcmp(
        &mut self,
        pred: FloatPredicate,
        l: Lanes,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        use FloatPredicate::*;
        let double = l == Lanes::I64;
        match pred {
            False => {
                self.emit(Inst::FZero { dst });
                return Ok(());
            }
            True => {
                let ones = self.all_ones();
                self.emit(Inst::FCopy { dst, src: ones });
                return Ok(());
            }
            _ => {}
        }
        let a = self.put(lhs)?;
        let b = self.put(rhs)?;
        let cmp = |isel: &mut Self, pred: u8, swap: bool, dst: Reg| {
            let (lhs, rhs) = if swap { (b, a) } else { (a, b) };
            isel.emit(Inst::VCmpF {
                double,
                pred,
                dst,
                lhs,
                rhs,
            });
        };
        // cmpps predicates: 0 eq, 1 lt, 2 le, 3 unord, 4 neq, 5 nlt, 6 nle, 7 ord; the
        // ordered ones are false and the negated ones true on NaN.
        let (first, second, combine) = match pred {
            Oeq => ((0, false), None, VOp::Pand),
            Olt => ((1, false), None, VOp::Pand),
            Ole => ((2, false), None, VOp::Pand),
            Ogt => ((1, true), None, VOp::Pand),
            Oge => ((2, true), None, VOp::Pand),
            Uno => ((3, false), None, VOp::Pand),
            Une => ((4, false), None, VOp::Pand),
            Uge => ((5, false), None, VOp::Pand),
            Ugt => ((6, false), None, VOp::Pand),
            Ule => ((5, true), None, VOp::Pand),
            Ult => ((6, true), None, VOp::Pand),
            Ord => ((7, false), None, VOp::Pand),
            One => ((7, false), Some((4, false)), VOp::Pand),
            Ueq => ((3, false), Some((0, false)), VOp::Por),
            False | True => unreachable!("handled above"),
        };
        match second {
            None => cmp(self, first.0, first.1, dst),
            Some(second) => {
                let x = self.vtmp();
                cmp(self, first.0, first.1, x);
                let y = self.vtmp();
                cmp(self, second.0, second.1, y);
                self.emit(Inst::VAlu {
                    op: combine,
                    dst,
                    lhs: x,
                    rhs: y,
                });
            }
        }
        Ok(())
    }

    fn elementwise(&mut self, kind: Elementwise, l: Lanes, ops: &[Operand], dst: Reg) -> LResult {
        let a = self.put(ops[0])?;
        match kind {
            Elementwise::Sqrt => {
                let op = if l == Lanes::F32 {
                    VUnary::Sqrtps
                } else {
                    VUnary::Sqrtpd
                };
                self.emit(Inst::VUn { op, dst, src: a });
                return Ok(());
            }
            Elementwise::Fabs => {
                let sign = self.sign_bits(l.as_int());
                self.emit(Inst::VAlu {
                    op: VOp::Pandn,
                    dst,
                    lhs: sign,
                    rhs: a,
                });
                return Ok(());
            }
            Elementwise::Abs => {
                self.vector_abs(l, a, dst);
                return Ok(());
            }
            Elementwise::Funnel { left } => {
                let b = self.put(ops[1])?;
                let Some(k) = splat_amount_mod(self.ctx.m, ops[2], l) else {
                    return unsupported("a funnel shift by a variable amount");
                };
                self.funnel(l, left, a, b, k, dst);
                return Ok(());
            }
            Elementwise::MulAdd | Elementwise::MinMax { .. } | Elementwise::Saturating(_) => {}
        }
        let b = self.put(ops[1])?;
        if let Elementwise::Saturating(op) = kind {
            self.emit(Inst::VAlu {
                op,
                dst,
                lhs: a,
                rhs: b,
            });
            return Ok(());
        }
        let (max, signed) = match kind {
            Elementwise::MulAdd => {
                let (mul, add) = if l == Lanes::F32 {
                    (VOp::Mulps, VOp::Addps)
                } else {
                    (VOp::Mulpd, VOp::Addpd)
                };
                let product = self.valu(mul, a, b);
                let c = self.put(ops[2])?;
                self.emit(Inst::VAlu {
                    op: add,
                    dst,
                    lhs: product,
                    rhs: c,
                });
                return Ok(());
            }
            Elementwise::MinMax { max, signed } => (max, signed),
            _ => unreachable!("handled above"),
        };
        self.min_max(l, max, signed, a, b, dst);
        Ok(())
    }

    /// `dst = min/max(a, b)` lane by lane.
    fn min_max(&mut self, l: Lanes, max: bool, signed: bool, a: Reg, b: Reg, dst: Reg) {
        // SSE2 has signed 16-bit and unsigned 8-bit minimum and maximum; the other
        // signedness flips the top bit of each lane around them.
        let native = match (l, signed, max) {
            (Lanes::I16, true, false) => Some(VOp::Pminsw),
            (Lanes::I16, true, true) => Some(VOp::Pmaxsw),
            (Lanes::I8, false, false) => Some(VOp::Pminub),
            (Lanes::I8, false, true) => Some(VOp::Pmaxub),
            _ => None,
        };
        if let Some(op) = native {
            self.emit(Inst::VAlu {
                op,
                dst,
                lhs: a,
                rhs: b,
            });
            return;
        }
        if l != Lanes::I32 {
            let op = match (l, max) {
                (Lanes::I16, false) => VOp::Pminsw,
                (Lanes::I16, true) => VOp::Pmaxsw,
                (_, false) => VOp::Pminub,
                (_, true) => VOp::Pmaxub,
            };
            let flip = self.sign_bits(l);
            let fa = self.valu(VOp::Pxor, a, flip);
            let fb = self.valu(VOp::Pxor, b, flip);
            let r = self.valu(op, fa, fb);
            self.emit(Inst::VAlu {
                op: VOp::Pxor,
                dst,
                lhs: r,
                rhs: flip,
            });
            return;
        }
        // 32-bit lanes: a mask of the lanes where a > b (signed, or after flipping the
        // top bits for unsigned), then a blend.
        let greater = if signed {
            self.valu(VOp::Pcmpgtd, a, b)
        } else {
            let flip = self.sign_bits(l);
            let fa = self.valu(VOp::Pxor, a, flip);
            let fb = self.valu(VOp::Pxor, b, flip);
            self.valu(VOp::Pcmpgtd, fa, fb)
        };
        let (when_greater, otherwise) = if max { (a, b) } else { (b, a) };
        self.blend(greater, when_greater, otherwise, dst);
    }

    /// `dst = op` of every lane of `x` (lane 0 of halves combined, then of quarters, ...).
    fn reduce(&mut self, op: Reduction, l: Lanes, x: Reg, dst: Reg) {
        let combine = |isel: &mut Self, a: Reg, b: Reg| match op {
            Reduction::Packed(v) => isel.valu(v, a, b),
            Reduction::MinMax { max, signed } => {
                let r = isel.vtmp();
                isel.min_max(l, max, signed, a, b, r);
                r
            }
        };
        let high = self.vperm(VPerm::Pshufd, x, 0x4e);
        let mut acc = combine(self, x, high);
        if l.count() >= 4 {
            let odd = self.vperm(VPerm::Pshufd, acc, 0xb1);
            acc = combine(self, acc, odd);
        }
        // 16-bit neighbours within each 32 bits, then bytes within each 16.
        for (lanes, shift, amount) in [(8, VShift::Psrld, 16), (16, VShift::Psrlw, 8)] {
            if l.count() >= lanes {
                let down = self.vtmp();
                self.emit(Inst::VShiftImm {
                    op: shift,
                    dst: down,
                    src: acc,
                    amount,
                });
                acc = combine(self, acc, down);
            }
        }
        match l {
            Lanes::I8 => {
                let word = self.ctx.new_reg(RegClass::Int);
                self.emit(Inst::VExtractW {
                    dst: word,
                    src: acc,
                    lane: 0,
                });
                self.emit(Inst::Ext {
                    signed: false,
                    from: 8,
                    dst,
                    src: word,
                });
            }
            Lanes::I16 => self.emit(Inst::VExtractW {
                dst,
                src: acc,
                lane: 0,
            }),
            _ => self.emit(Inst::MovFromF {
                double: l == Lanes::I64,
                dst,
                src: acc,
            }),
        }
    }

    /// Whether vector `op` has the same value in every lane: a splat constant or shuffle.
    fn is_splat(&self, op: Operand) -> bool {
        let m = self.ctx.m;
        match self.ctx.resolve(op) {
            Operand::Const(c) => match &m.const_data(c).kind {
                ConstKind::Aggregate(elems) => elems.windows(2).all(|w| w[0] == w[1]),
                _ => true,
            },
            Operand::Value(v) => {
                let Some(p) = self.ctx.producer(Operand::Value(v)) else {
                    return false;
                };
                match &self.ctx.body.insts[p].kind {
                    InstKind::ShuffleVector { mask, .. } => {
                        let first = mask.iter().flatten().next();
                        mask.iter().all(|k| k.is_none() || k.as_ref() == first)
                    }
                    _ => false,
                }
            }
        }
    }

    /// `dst = lane k of src`.
    fn extract(&mut self, l: Lanes, k: u32, src: Reg, dst: Reg) -> LResult {
        let k = k as u8;
        match l {
            Lanes::I16 => self.emit(Inst::VExtractW { dst, src, lane: k }),
            Lanes::I32 | Lanes::I64 => {
                let double = l == Lanes::I64;
                let from = match (k, double) {
                    (0, _) => src,
                    (_, false) => self.vperm(VPerm::Pshufd, src, k),
                    (_, true) => self.vperm(VPerm::Pshufd, src, 0xee),
                };
                self.emit(Inst::MovFromF {
                    double,
                    dst,
                    src: from,
                });
            }
            Lanes::F32 | Lanes::F64 => {
                if k == 0 {
                    self.emit(Inst::FCopy { dst, src });
                } else {
                    let imm = if l == Lanes::F32 { k } else { 0xee };
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src,
                        imm,
                    });
                }
            }
            Lanes::I8 => return unsupported("extractelement of a byte lane"),
        }
        Ok(())
    }

    /// `dst = vec with lane k replaced by s`.
    fn insert(&mut self, l: Lanes, k: u32, vec: Reg, s: Reg, dst: Reg) -> LResult {
        match l {
            Lanes::I16 => self.emit(Inst::VInsertW {
                dst,
                vec,
                src: s,
                lane: k as u8,
            }),
            Lanes::I64 | Lanes::F64 => {
                let low = if l == Lanes::I64 {
                    let t = self.vtmp();
                    self.emit(Inst::MovToF {
                        double: true,
                        dst: t,
                        src: s,
                    });
                    t
                } else {
                    s
                };
                let op = if k == 0 { VOp::Movsd } else { VOp::Punpcklqdq };
                self.emit(Inst::VAlu {
                    op,
                    dst,
                    lhs: vec,
                    rhs: low,
                });
            }
            Lanes::I32 | Lanes::F32 => {
                let low = if l == Lanes::I32 {
                    let t = self.vtmp();
                    self.emit(Inst::MovToF {
                        double: false,
                        dst: t,
                        src: s,
                    });
                    t
                } else {
                    s
                };
                // `movss` replaces lane 0; another lane is swapped with lane 0 around it.
                if k == 0 {
                    self.emit(Inst::VAlu {
                        op: VOp::Movss,
                        dst,
                        lhs: vec,
                        rhs: low,
                    });
                } else {
                    let mut lanes = [0u8, 1, 2, 3];
                    lanes.swap(0, k as usize);
                    let swap = lanes
                        .iter()
                        .enumerate()
                        .fold(0u8, |imm, (i, &from)| imm | from << (2 * i));
                    let swapped = self.vperm(VPerm::Pshufd, vec, swap);
                    let merged = self.valu(VOp::Movss, swapped, low);
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src: merged,
                        imm: swap,
                    });
                }
            }
            Lanes::I8 => return unsupported("insertelement into a byte lane"),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_source_shuffles_become_pshufd_selectors() {
        let m =
            |v: &[i64]| -> Vec<Option<u32>> { v.iter().map(|&k| u32::try_from(k).ok()).collect() };
        // Reverse, from `a`; from `b` (lanes 4..8), with a poison lane left in place.
        assert_eq!(
            pshufd_mask(&m(&[3, 2, 1, 0]), Lanes::I32, 4),
            Some((0x1b, 0))
        );
        assert_eq!(
            pshufd_mask(&m(&[5, -1, 7, 4]), Lanes::F32, 4),
            Some((0b00_11_01_01, 1))
        );
        // 64-bit lanes are pairs of 32-bit ones: swap, splat of lane 1.
        assert_eq!(pshufd_mask(&m(&[1, 0]), Lanes::I64, 2), Some((0x4e, 0)));
        assert_eq!(pshufd_mask(&m(&[1, 1]), Lanes::F64, 2), Some((0xee, 0)));
        // A 64-bit half of a 128-bit source; a swap of a 64-bit source's two lanes (the
        // lanes past the result stay in place).
        assert_eq!(pshufd_mask(&m(&[2, 3]), Lanes::I32, 4), Some((0xee, 0)));
        assert_eq!(pshufd_mask(&m(&[1, 0]), Lanes::I32, 2), Some((0xe1, 0)));
        assert_eq!(pshufd_mask(&m(&[3, 2]), Lanes::I32, 2), Some((0xe1, 1)));
        // Two sources, or narrow lanes: not one pshufd.
        assert_eq!(pshufd_mask(&m(&[0, 4, 1, 5]), Lanes::I32, 4), None);
        assert_eq!(
            pshufd_mask(&m(&[0, 0, 0, 0, 0, 0, 0, 0]), Lanes::I16, 8),
            None
        );
        assert!(is_concat(&m(&[0, 1, 2, -1]), 2));
        assert!(!is_concat(&m(&[0, 1, 3, 2]), 2));
        assert!(is_splat0(&m(&[0, -1, 0, 0, 0, 0, 0, 0]), Lanes::I16));
        assert!(!is_splat0(&m(&[0, 1, 0, 0, 0, 0, 0, 0]), Lanes::I16));
    }

    #[test]
    fn vector_constants_are_their_lanes_little_end_first() {
        let src = "define void @f(ptr %p) {\n\
                   store <4 x i32> <i32 1, i32 -1, i32 poison, i32 7>, ptr %p\n\
                   store <4 x float> <float 1.0, float -0.0, float 0.5, float 2.0>, ptr %p\n\
                   store <8 x i16> <i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7, i16 -1>, ptr %p\n\
                   ret void\n}\n";
        let m = jit_core::reader::parse_module(src, "t.ll").unwrap();
        let f = m.functions.keys().next().unwrap();
        let body = m.functions[f].body.as_ref().unwrap();
        let stored: Vec<Const> = body
            .insts
            .values()
            .filter_map(|d| match d.kind {
                InstKind::Store {
                    value: Operand::Const(c),
                    ..
                } => Some(c),
                _ => None,
            })
            .collect();
        assert_eq!(
            const_bits(&m, stored[0], Lanes::I32),
            Some(0x0000_0007_0000_0000_ffff_ffff_0000_0001)
        );
        assert_eq!(
            const_bits(&m, stored[1], Lanes::F32),
            Some(0x4000_0000_3f00_0000_8000_0000_3f80_0000)
        );
        assert_eq!(
            const_bits(&m, stored[2], Lanes::I16),
            Some(0xffff_0007_0006_0005_0004_0003_0002_0001)
        );
        assert!(keeps_vectors(&m, f));
    }
}
