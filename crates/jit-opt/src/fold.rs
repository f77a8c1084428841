//! Constant folding and instruction simplification: given an instruction whose operands
//! are (partly) known, the existing operand or constant it always computes, if any. No new
//! instruction is made here (that is instcombine's job); SCCP, GVN and instcombine share it.
//!
//! The rules follow LangRef's semantics exactly:
//! - integers of every width up to 128 bits fold (wider ones are left to the legalizer);
//!   anything LangRef makes poison or undefined — division by zero, `INT_MIN / -1`, shifts
//!   by the width or more, out-of-range float-to-int conversions — is left unfolded, so the
//!   program does at run time whatever it did before;
//! - `float` and `double` fold with IEEE arithmetic in the value's own precision, and only
//!   when neither an input nor the result is a NaN (a folded NaN's payload could differ from
//!   the one the hardware makes); identities are the bit-exact ones (`x + -0.0`, `x * 1.0`),
//!   never `x + 0.0` or `x * 0.0`; `x86_fp80` and `fp128` do not fold;
//! - vectors and aggregates are left alone, except `extractvalue` of a constant or of the
//!   `insertvalue` that set the member;
//! - `undef` and `poison` operands only fold where every choice of their value gives the
//!   same answer (`x ^ x`, `and x, 0`), never by picking a value.

use jit_core::DataLayout;
use jit_core::ir::{
    BinaryOp, Body, CastOp, Const, ConstExpr, ConstKind, FloatPredicate, GlobalRef, InstKind,
    IntPredicate, Intrinsic, Linkage, Module, Operand, Type, TypeData, Value,
};

use crate::edit::operand_type;

/// Mask of the low `bits` bits.
pub(crate) fn mask(bits: u32) -> u128 {
    if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    }
}

/// `v` (the low `bits` bits) sign-extended.
pub(crate) fn sext(v: u128, bits: u32) -> i128 {
    if bits >= 128 {
        v as i128
    } else {
        let shift = 128 - bits;
        ((v << shift) as i128) >> shift
    }
}

/// Width of an integer type of at most 128 bits.
pub(crate) fn small_int_bits(m: &Module, ty: Type) -> Option<u32> {
    m.types.int_bits(ty).filter(|&b| b <= 128)
}

/// The value of an integer constant of at most 128 bits.
pub(crate) fn int_const(m: &Module, op: Operand) -> Option<(u32, u128)> {
    let Operand::Const(c) = op else { return None };
    let d = &m.consts[c];
    let bits = small_int_bits(m, d.ty)?;
    match d.kind {
        ConstKind::Int(v) => Some((bits, v)),
        ConstKind::Zero => Some((bits, 0)),
        _ => None,
    }
}

/// A float or double constant (not NaN) as `f64` (floats exactly widened), with its type.
fn float_const(m: &Module, op: Operand) -> Option<(Type, f64)> {
    let Operand::Const(c) = op else { return None };
    let d = &m.consts[c];
    if d.ty != Type::F32 && d.ty != Type::F64 {
        return None;
    }
    let v = match d.kind {
        ConstKind::Float(bits) => f64::from_bits(bits),
        ConstKind::Zero => 0.0,
        _ => return None,
    };
    (!v.is_nan()).then_some((d.ty, v))
}

/// A float constant of type `ty` (F32 or F64) from an `f64` (rounded to `float` for F32);
/// `None` for NaN.
fn make_float(m: &mut Module, ty: Type, v: f64) -> Option<Operand> {
    let v = if ty == Type::F32 {
        f64::from(v as f32)
    } else {
        v
    };
    if v.is_nan() {
        return None;
    }
    Some(Operand::Const(
        m.constant(ty, ConstKind::Float(v.to_bits())),
    ))
}

/// An integer constant of type `ty`.
pub(crate) fn make_int(m: &mut Module, ty: Type, v: u128) -> Operand {
    Operand::Const(m.const_int(ty, v))
}

fn is_undef_like(m: &Module, op: Operand) -> bool {
    matches!(op, Operand::Const(c) if matches!(m.consts[c].kind, ConstKind::Undef | ConstKind::Poison))
}

/// The byte offset a `getelementptr` with constant indices adds to its base, if every index
/// is an integer constant (wrapping arithmetic, as LangRef defines it without `inbounds`).
pub(crate) fn const_gep_offset(
    m: &Module,
    dl: &DataLayout,
    source_ty: Type,
    indices: impl IntoIterator<Item = Operand>,
) -> Option<i64> {
    let mut ty = source_ty;
    let mut offset: i64 = 0;
    for (k, idx) in indices.into_iter().enumerate() {
        let (bits, v) = int_const(m, idx)?;
        let v = sext(v, bits) as i64;
        if k == 0 {
            let size = dl.alloc_size(&m.types, ty) as i64;
            offset = offset.wrapping_add(size.wrapping_mul(v));
            continue;
        }
        match m.types.data(ty) {
            TypeData::Struct { .. } | TypeData::Named(_) => {
                let (off, member) = dl.member_offset(&m.types, ty, u64::try_from(v).ok()?)?;
                offset = offset.wrapping_add(off as i64);
                ty = member;
            }
            TypeData::Array { elem, .. } => {
                let size = dl.alloc_size(&m.types, *elem) as i64;
                offset = offset.wrapping_add(size.wrapping_mul(v));
                ty = *elem;
            }
            _ => return None,
        }
    }
    Some(offset)
}

/// What an instruction computes, when it is an operand it already has or a constant.
/// `result_ty` is the type of its result.
pub(crate) fn simplify(
    m: &mut Module,
    dl: &DataLayout,
    body: &Body,
    kind: &InstKind,
    result_ty: Type,
    self_value: Option<Value>,
) -> Option<Operand> {
    match kind {
        InstKind::Binary { op, lhs, rhs, .. } => binary(m, *op, *lhs, *rhs, result_ty),
        InstKind::FNeg { arg, .. } => {
            let (ty, v) = float_const(m, *arg)?;
            make_float(m, ty, -v)
        }
        InstKind::ICmp { pred, lhs, rhs } => {
            let ty = operand_type(m, body, *lhs);
            icmp(m, *pred, *lhs, *rhs, ty)
        }
        InstKind::FCmp { pred, lhs, rhs, .. } => {
            // `fcmp false`/`true` of vectors is a vector of i1 (left to run time).
            if m.types.is_vector(operand_type(m, body, *lhs)) {
                return None;
            }
            fcmp(m, *pred, *lhs, *rhs)
        }
        InstKind::Cast { op, value, .. } => {
            let from = operand_type(m, body, *value);
            cast(m, *op, *value, from, result_ty)
        }
        InstKind::Select {
            cond,
            if_true,
            if_false,
        } => select(m, *cond, *if_true, *if_false, result_ty),
        InstKind::Phi { incoming } => {
            let mut only: Option<Operand> = None;
            for &(v, _) in incoming.iter() {
                if Some(v) == self_value.map(Operand::Value) || Some(v) == only {
                    continue;
                }
                if only.is_some() {
                    return None;
                }
                only = Some(v);
            }
            only
        }
        InstKind::Gep {
            source_ty,
            base,
            indices,
            ..
        } => {
            if m.types.is_vector(result_ty) {
                return None;
            }
            let zero = indices
                .iter()
                .all(|&i| int_const(m, i).is_some_and(|(_, v)| v == 0));
            if zero {
                return Some(*base);
            }
            // A constant base with constant indices is a constant expression: on a global
            // as written, on a constant GEP of a global as one byte offset.
            if let Operand::Const(b) = base
                && !matches!(m.consts[*b].kind, ConstKind::GlobalAddr(_))
                && indices.iter().all(|&i| int_const(m, i).is_some())
                && let Some((g, base_off)) = const_global_offset(m, dl, *b)
                && let Some(off) = const_gep_offset(m, dl, *source_ty, indices.iter().copied())
            {
                let global = m.const_addr(GlobalRef::Global(g));
                let total = m.const_i64(base_off.wrapping_add(off));
                let c = m.constant(
                    Type::PTR,
                    ConstKind::Expr(ConstExpr::Gep {
                        source_ty: Type::I8,
                        base: global,
                        indices: Box::new([total]),
                        inbounds: false,
                    }),
                );
                return Some(Operand::Const(c));
            }
            if let Operand::Const(b) = base
                && indices.iter().all(|&i| int_const(m, i).is_some())
                && matches!(
                    m.consts[*b].kind,
                    ConstKind::GlobalAddr(GlobalRef::Global(_))
                )
                && const_gep_offset(m, dl, *source_ty, indices.iter().copied()).is_some()
            {
                let idx: Vec<Const> = indices
                    .iter()
                    .map(|i| match i {
                        Operand::Const(c) => *c,
                        Operand::Value(_) => unreachable!("checked constant"),
                    })
                    .collect();
                let inbounds = matches!(kind, InstKind::Gep { inbounds: true, .. });
                let c = m.constant(
                    Type::PTR,
                    ConstKind::Expr(ConstExpr::Gep {
                        source_ty: *source_ty,
                        base: *b,
                        indices: idx.into(),
                        inbounds,
                    }),
                );
                return Some(Operand::Const(c));
            }
            None
        }
        InstKind::ExtractValue { agg, indices } => extract_value(m, body, *agg, indices),
        InstKind::Load {
            ptr,
            volatile: false,
            ..
        } => load_constant(m, dl, *ptr, result_ty),
        InstKind::Call { .. } => call(m, kind, result_ty),
        _ => None,
    }
}

fn binary(m: &mut Module, op: BinaryOp, lhs: Operand, rhs: Operand, ty: Type) -> Option<Operand> {
    use BinaryOp::*;
    if op.is_float() {
        return float_binary(m, op, lhs, rhs, ty);
    }
    let bits = small_int_bits(m, ty)?;
    let mk = mask(bits);
    let l = int_const(m, lhs).map(|(_, v)| v);
    let r = int_const(m, rhs).map(|(_, v)| v);
    if let (Some(a), Some(b)) = (l, r) {
        let shift_ok = b < u128::from(bits);
        let v = match op {
            Add => a.wrapping_add(b),
            Sub => a.wrapping_sub(b),
            Mul => a.wrapping_mul(b),
            UDiv if b != 0 => a / b,
            URem if b != 0 => a % b,
            SDiv | SRem if b != 0 => {
                let (sa, sb) = (sext(a, bits), sext(b, bits));
                let min = sext(1u128 << (bits - 1), bits);
                if sa == min && sb == -1 {
                    return None;
                }
                (if op == SDiv {
                    sa.wrapping_div(sb)
                } else {
                    sa.wrapping_rem(sb)
                }) as u128
            }
            Shl if shift_ok => a << b,
            LShr if shift_ok => a >> b,
            AShr if shift_ok => (sext(a, bits) >> b) as u128,
            And => a & b,
            Or => a | b,
            Xor => a ^ b,
            _ => return None,
        };
        return Some(make_int(m, ty, v & mk));
    }
    let same = lhs == rhs;
    let zero = |v: Option<u128>| v == Some(0);
    let one = |v: Option<u128>| v == Some(1);
    let ones = |v: Option<u128>| v == Some(mk);
    match op {
        Add | Or | Xor if zero(r) => Some(lhs),
        Add | Or | Xor if zero(l) => Some(rhs),
        Sub | Shl | LShr | AShr if zero(r) => Some(lhs),
        Sub | Xor if same && !is_undef_like(m, lhs) => Some(make_int(m, ty, 0)),
        Mul | And if zero(r) => Some(make_int(m, ty, 0)),
        Mul | And if zero(l) => Some(make_int(m, ty, 0)),
        Mul | UDiv | SDiv if one(r) => Some(lhs),
        Mul if one(l) => Some(rhs),
        URem | SRem if one(r) => Some(make_int(m, ty, 0)),
        And if ones(r) => Some(lhs),
        And if ones(l) => Some(rhs),
        Or if ones(r) || ones(l) => Some(make_int(m, ty, mk)),
        And | Or if same => Some(lhs),
        Shl | LShr | AShr if zero(l) => Some(make_int(m, ty, 0)),
        _ => None,
    }
}

fn float_binary(
    m: &mut Module,
    op: BinaryOp,
    lhs: Operand,
    rhs: Operand,
    ty: Type,
) -> Option<Operand> {
    use BinaryOp::*;
    if ty != Type::F32 && ty != Type::F64 {
        return None;
    }
    let l = float_const(m, lhs);
    let r = float_const(m, rhs);
    if let (Some((_, a)), Some((_, b))) = (l, r) {
        let v = if ty == Type::F32 {
            let (a, b) = (a as f32, b as f32);
            f64::from(match op {
                FAdd => a + b,
                FSub => a - b,
                FMul => a * b,
                FDiv => a / b,
                FRem => a % b,
                _ => return None,
            })
        } else {
            match op {
                FAdd => a + b,
                FSub => a - b,
                FMul => a * b,
                FDiv => a / b,
                FRem => a % b,
                _ => return None,
            }
        };
        return make_float(m, ty, v);
    }
    // Bit-exact identities only.
    let is =
        |c: Option<(Type, f64)>, want: f64| c.is_some_and(|(_, v)| v.to_bits() == want.to_bits());
    match op {
        FAdd if is(r, -0.0) => Some(lhs),
        FAdd if is(l, -0.0) => Some(rhs),
        FSub if is(r, 0.0) => Some(lhs),
        FMul | FDiv if is(r, 1.0) => Some(lhs),
        FMul if is(l, 1.0) => Some(rhs),
        _ => None,
    }
}

/// Folds an integer predicate on two known values of `bits` bits.
pub(crate) fn eval_icmp(pred: IntPredicate, a: u128, b: u128, bits: u32) -> bool {
    use IntPredicate::*;
    let (sa, sb) = (sext(a, bits), sext(b, bits));
    match pred {
        Eq => a == b,
        Ne => a != b,
        Ugt => a > b,
        Uge => a >= b,
        Ult => a < b,
        Ule => a <= b,
        Sgt => sa > sb,
        Sge => sa >= sb,
        Slt => sa < sb,
        Sle => sa <= sb,
    }
}

fn bool_const(m: &mut Module, v: bool) -> Operand {
    make_int(m, Type::I1, u128::from(v))
}

/// True for a pointer constant that is certainly not null: the address of a defined
/// global or function (an `extern_weak` symbol may be null).
fn nonnull_ptr(m: &Module, op: Operand) -> bool {
    let Operand::Const(c) = op else { return false };
    match m.consts[c].kind {
        ConstKind::GlobalAddr(GlobalRef::Global(g)) => m.globals[g].linkage != Linkage::ExternWeak,
        ConstKind::GlobalAddr(GlobalRef::Function(f)) => {
            m.functions[f].linkage != Linkage::ExternWeak
        }
        _ => false,
    }
}

fn is_null(m: &Module, op: Operand) -> bool {
    matches!(op, Operand::Const(c) if matches!(m.consts[c].kind, ConstKind::Null | ConstKind::Zero))
}

fn icmp(
    m: &mut Module,
    pred: IntPredicate,
    lhs: Operand,
    rhs: Operand,
    ty: Type,
) -> Option<Operand> {
    use IntPredicate::*;
    if m.types.is_vector(ty) {
        return None;
    }
    if let (Some((bits, a)), Some((_, b))) = (int_const(m, lhs), int_const(m, rhs)) {
        return Some(bool_const(m, eval_icmp(pred, a, b, bits)));
    }
    if lhs == rhs && !is_undef_like(m, lhs) {
        return Some(bool_const(m, matches!(pred, Eq | Uge | Ule | Sge | Sle)));
    }
    if m.types.is_ptr(ty) && matches!(pred, Eq | Ne) {
        let known_ne =
            (is_null(m, lhs) && nonnull_ptr(m, rhs)) || (is_null(m, rhs) && nonnull_ptr(m, lhs));
        let known_eq = is_null(m, lhs) && is_null(m, rhs);
        if known_ne || known_eq {
            return Some(bool_const(m, (pred == Eq) == known_eq));
        }
    }
    // Comparisons against the extremes of the unsigned range.
    if let Some((bits, b)) = int_const(m, rhs) {
        match pred {
            Ult if b == 0 => return Some(bool_const(m, false)),
            Uge if b == 0 => return Some(bool_const(m, true)),
            Ugt if b == mask(bits) => return Some(bool_const(m, false)),
            Ule if b == mask(bits) => return Some(bool_const(m, true)),
            _ => {}
        }
    }
    None
}

/// Folds a float predicate on two known, non-NaN-or-NaN values.
pub(crate) fn eval_fcmp(pred: FloatPredicate, a: f64, b: f64) -> bool {
    use FloatPredicate::*;
    let unordered = a.is_nan() || b.is_nan();
    match pred {
        False => false,
        True => true,
        Ord => !unordered,
        Uno => unordered,
        Oeq => !unordered && a == b,
        Ogt => !unordered && a > b,
        Oge => !unordered && a >= b,
        Olt => !unordered && a < b,
        Ole => !unordered && a <= b,
        One => !unordered && a != b,
        Ueq => unordered || a == b,
        Ugt => unordered || a > b,
        Uge => unordered || a >= b,
        Ult => unordered || a < b,
        Ule => unordered || a <= b,
        Une => unordered || a != b,
    }
}

fn fcmp(m: &mut Module, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> Option<Operand> {
    match pred {
        FloatPredicate::False => return Some(bool_const(m, false)),
        FloatPredicate::True => return Some(bool_const(m, true)),
        _ => {}
    }
    // NaN constants compare deterministically, so fcmp may see them.
    let val = |m: &Module, op: Operand| -> Option<f64> {
        let Operand::Const(c) = op else { return None };
        let d = &m.consts[c];
        if d.ty != Type::F32 && d.ty != Type::F64 {
            return None;
        }
        match d.kind {
            ConstKind::Float(bits) => Some(f64::from_bits(bits)),
            ConstKind::Zero => Some(0.0),
            _ => None,
        }
    };
    let (a, b) = (val(m, lhs)?, val(m, rhs)?);
    Some(bool_const(m, eval_fcmp(pred, a, b)))
}

fn cast(m: &mut Module, op: CastOp, value: Operand, from: Type, to: Type) -> Option<Operand> {
    use CastOp::*;
    if from == to && op == BitCast {
        return Some(value);
    }
    if m.types.is_vector(from) || m.types.is_vector(to) {
        return None;
    }
    let Operand::Const(c) = value else {
        return None;
    };
    if matches!(m.consts[c].kind, ConstKind::Undef | ConstKind::Poison) {
        // A cast of undef may not be undef (zext undef has zero high bits); poison stays
        // poison, but leave both to run time.
        return None;
    }
    match op {
        Trunc | ZExt | SExt => {
            let (fb, v) = int_const(m, value)?;
            let tb = small_int_bits(m, to)?;
            let r = match op {
                Trunc => v & mask(tb),
                ZExt => v,
                _ => (sext(v, fb) as u128) & mask(tb),
            };
            Some(make_int(m, to, r))
        }
        FPTrunc | FPExt => {
            let (_, v) = float_const(m, value)?;
            if to != Type::F32 && to != Type::F64 {
                return None;
            }
            make_float(m, to, v)
        }
        FPToSI | FPToUI => {
            let (_, v) = float_const(m, value)?;
            let tb = small_int_bits(m, to)?;
            let t = v.trunc();
            let limit = 2f64.powi(tb as i32 - i32::from(op == FPToSI));
            let in_range = if op == FPToSI {
                t >= -limit && t < limit
            } else {
                t > -1.0 && t < limit
            };
            if !t.is_finite() || !in_range {
                return None;
            }
            Some(make_int(m, to, (t as i128 as u128) & mask(tb)))
        }
        SIToFP | UIToFP => {
            let (fb, v) = int_const(m, value)?;
            if to != Type::F32 && to != Type::F64 {
                return None;
            }
            let f = match (op == SIToFP, to == Type::F32) {
                (true, true) => f64::from(sext(v, fb) as f32),
                (true, false) => sext(v, fb) as f64,
                (false, true) => f64::from(v as f32),
                (false, false) => v as f64,
            };
            make_float(m, to, f)
        }
        PtrToInt => {
            if is_null(m, value) {
                let _ = small_int_bits(m, to)?;
                return Some(make_int(m, to, 0));
            }
            None
        }
        IntToPtr => {
            let (_, v) = int_const(m, value)?;
            (v == 0).then(|| Operand::Const(m.const_null()))
        }
        BitCast => {
            let (fd, td) = (m.types.data(from).clone(), m.types.data(to).clone());
            match (fd, td) {
                (TypeData::Int(32), TypeData::Float) => {
                    let (_, v) = int_const(m, value)?;
                    make_float(m, to, f64::from(f32::from_bits(v as u32)))
                }
                (TypeData::Int(64), TypeData::Double) => {
                    let (_, v) = int_const(m, value)?;
                    make_float(m, to, f64::from_bits(v as u64))
                }
                (TypeData::Float, TypeData::Int(32)) => {
                    let (_, v) = float_const(m, value)?;
                    Some(make_int(m, to, u128::from((v as f32).to_bits())))
                }
                (TypeData::Double, TypeData::Int(64)) => {
                    let (_, v) = float_const(m, value)?;
                    Some(make_int(m, to, u128::from(v.to_bits())))
                }
                _ => None,
            }
        }
        AddrSpaceCast => None,
    }
}

fn select(m: &mut Module, cond: Operand, t: Operand, f: Operand, ty: Type) -> Option<Operand> {
    if t == f {
        return Some(t);
    }
    if let Some((1, c)) = int_const(m, cond) {
        return Some(if c == 1 { t } else { f });
    }
    if ty == Type::I1 && int_const(m, t) == Some((1, 1)) && int_const(m, f) == Some((1, 0)) {
        return Some(cond);
    }
    None
}

fn extract_value(m: &mut Module, body: &Body, agg: Operand, indices: &[u32]) -> Option<Operand> {
    match agg {
        Operand::Const(c) => {
            let mut cur = c;
            for &k in indices {
                let ty = m.consts[cur].ty;
                let member_ty = m.types.member(ty, u64::from(k))?;
                cur = match &m.consts[cur].kind {
                    ConstKind::Aggregate(items) => *items.get(k as usize)?,
                    ConstKind::Zero => m.constant(member_ty, ConstKind::Zero),
                    ConstKind::Undef => m.constant(member_ty, ConstKind::Undef),
                    ConstKind::Poison => m.constant(member_ty, ConstKind::Poison),
                    _ => return None,
                };
            }
            // `zeroinitializer` of an integer or pointer is spelled 0 or null elsewhere.
            let d = &m.consts[cur];
            if d.kind == ConstKind::Zero {
                let ty = d.ty;
                if let Some(_bits) = small_int_bits(m, ty) {
                    return Some(make_int(m, ty, 0));
                }
                if m.types.is_ptr(ty) {
                    return Some(Operand::Const(m.const_null()));
                }
            }
            Some(Operand::Const(cur))
        }
        Operand::Value(v) => {
            // extractvalue (insertvalue agg, elt, path), path → elt, looking through
            // insertions of disjoint members.
            let mut cur = v;
            for _ in 0..64 {
                let i = crate::edit::def_inst(body, cur)?;
                let InstKind::InsertValue {
                    agg,
                    elt,
                    indices: set,
                } = &body.insts[i].kind
                else {
                    return None;
                };
                if **set == *indices {
                    return Some(*elt);
                }
                let common = set.iter().zip(indices).take_while(|(a, b)| a == b).count();
                if common == set.len().min(indices.len()) {
                    // One path contains the other: the member is partly replaced.
                    return None;
                }
                match *agg {
                    Operand::Value(a) => cur = a,
                    c @ Operand::Const(_) => return extract_value(m, body, c, indices),
                }
            }
            None
        }
    }
}

fn call(m: &mut Module, kind: &InstKind, ty: Type) -> Option<Operand> {
    let which = crate::effects::called_intrinsic(m, kind)?;
    let InstKind::Call { args, .. } = kind else {
        return None;
    };
    use Intrinsic::*;
    if matches!(which, Expect | ExpectWithProbability) {
        return Some(args.first()?.value);
    }
    let bits = small_int_bits(m, ty)?;
    let a = int_const(m, args.first()?.value)?.1;
    let v = match which {
        Ctpop => u128::from(a.count_ones()),
        Ctlz => {
            if a == 0 {
                // ctlz(0) is the width, or poison with is_zero_poison: leave it.
                return None;
            }
            u128::from(a.leading_zeros() - (128 - bits))
        }
        Cttz => {
            if a == 0 {
                return None;
            }
            u128::from(a.trailing_zeros())
        }
        Bswap if bits % 16 == 0 => a.swap_bytes() >> (128 - bits),
        Smax | Smin | Umax | Umin => {
            let b = int_const(m, args.get(1)?.value)?.1;
            let (sa, sb) = (sext(a, bits), sext(b, bits));
            match which {
                Smax => {
                    if sa >= sb {
                        a
                    } else {
                        b
                    }
                }
                Smin => {
                    if sa <= sb {
                        a
                    } else {
                        b
                    }
                }
                Umax => a.max(b),
                _ => a.min(b),
            }
        }
        _ => return None,
    };
    Some(make_int(m, ty, v & mask(bits)))
}

/// A load of type `ty` from a constant address into a `constant` global with a definitive
/// initializer: the value read, when every byte of it is known.
fn load_constant(m: &mut Module, dl: &DataLayout, ptr: Operand, ty: Type) -> Option<Operand> {
    let Operand::Const(c) = ptr else { return None };
    let (g, offset) = const_global_offset(m, dl, c)?;
    let gv = &m.globals[g];
    if !gv.is_constant || gv.thread_local {
        return None;
    }
    // A definition another module may replace does not fix the value.
    if matches!(
        gv.linkage,
        Linkage::Weak | Linkage::LinkOnce | Linkage::ExternWeak | Linkage::Common
    ) {
        return None;
    }
    let init = gv.init?;
    let gty = gv.value_ty;
    let offset = u64::try_from(offset).ok()?;
    let size = dl.store_size(&m.types, ty);
    if size == 0 || offset.checked_add(size)? > dl.alloc_size(&m.types, gty) {
        return None;
    }
    read_constant(m, dl, init, offset, ty)
}

/// The global and byte offset a constant pointer designates (`@g`, or a constant
/// `getelementptr` on it).
pub(crate) fn const_global_offset(
    m: &Module,
    dl: &DataLayout,
    c: Const,
) -> Option<(jit_core::ir::GlobalId, i64)> {
    match &m.consts[c].kind {
        ConstKind::GlobalAddr(GlobalRef::Global(g)) => Some((*g, 0)),
        ConstKind::Expr(ConstExpr::Gep {
            source_ty,
            base,
            indices,
            ..
        }) => {
            let (g, base_off) = const_global_offset(m, dl, *base)?;
            let off = const_gep_offset(
                m,
                dl,
                *source_ty,
                indices.iter().map(|&i| Operand::Const(i)),
            )?;
            Some((g, base_off.wrapping_add(off)))
        }
        _ => None,
    }
}

/// The value of type `want` stored at `offset` in constant `c`, when known: a whole
/// member of the same type, or an integer/float assembled from known bytes.
pub(crate) fn read_constant(
    m: &mut Module,
    dl: &DataLayout,
    c: Const,
    offset: u64,
    want: Type,
) -> Option<Operand> {
    // A member of exactly the wanted type and place is returned as it is (pointers too).
    if let Some(found) = find_member(m, dl, c, offset, want) {
        return Some(Operand::Const(found));
    }
    let size = dl.store_size(&m.types, want) as usize;
    if size == 0 || size > 16 {
        return None;
    }
    let mut bytes = [0u8; 16];
    let mut known = [false; 16];
    collect_bytes(m, dl, c, offset, &mut bytes[..size], &mut known[..size], 0)?;
    if !known[..size].iter().all(|&k| k) {
        return None;
    }
    let raw = u128::from_le_bytes(bytes);
    match m.types.data(want).clone() {
        TypeData::Int(bits) if bits <= 128 => Some(make_int(m, want, raw & mask(bits))),
        TypeData::Float => make_float(m, want, f64::from(f32::from_bits(raw as u32))),
        TypeData::Double => make_float(m, want, f64::from_bits(raw as u64)),
        TypeData::Ptr(_) if raw == 0 => Some(Operand::Const(m.const_null())),
        _ => None,
    }
}

/// The member constant at `offset` whose type is `want`, descending through aggregates.
fn find_member(
    m: &mut Module,
    dl: &DataLayout,
    c: Const,
    offset: u64,
    want: Type,
) -> Option<Const> {
    let mut cur = c;
    let mut off = offset;
    for _ in 0..64 {
        let ty = m.consts[cur].ty;
        if off == 0 && ty == want {
            let kind = &m.consts[cur].kind;
            return match kind {
                ConstKind::Undef | ConstKind::Poison => None,
                ConstKind::Zero if small_int_bits(m, ty).is_some() => Some(m.const_int(ty, 0)),
                ConstKind::Zero if m.types.is_ptr(ty) => Some(m.const_null()),
                ConstKind::Zero if ty == Type::F32 || ty == Type::F64 => {
                    Some(m.constant(ty, ConstKind::Float(0)))
                }
                ConstKind::Zero => None,
                _ => Some(cur),
            };
        }
        let (index, member_off, member_ty) = member_at(m, dl, ty, off)?;
        cur = match &m.consts[cur].kind {
            ConstKind::Aggregate(items) => *items.get(index as usize)?,
            ConstKind::Zero => m.constant(member_ty, ConstKind::Zero),
            _ => return None,
        };
        off -= member_off;
    }
    None
}

/// The member of aggregate type `ty` containing byte `off`: (index, its offset, its type).
fn member_at(m: &Module, dl: &DataLayout, ty: Type, off: u64) -> Option<(u64, u64, Type)> {
    match m.types.data(ty) {
        TypeData::Array { elem, len } => {
            let size = dl.alloc_size(&m.types, *elem);
            if size == 0 {
                return None;
            }
            let k = off / size;
            (k < *len).then_some((k, k * size, *elem))
        }
        TypeData::Struct { .. } | TypeData::Named(_) => {
            let layout = dl.struct_layout(&m.types, ty);
            let (fields, _) = m.types.struct_fields(ty)?;
            let k = layout.offsets.iter().rposition(|&o| o <= off)?;
            let f = fields[k];
            (off - layout.offsets[k] < dl.alloc_size(&m.types, f)).then_some((
                k as u64,
                layout.offsets[k],
                f,
            ))
        }
        _ => None,
    }
}

/// Fills `out[i]` with byte `offset + i` of constant `c` (little endian), marking `known`.
/// `None` when a byte in the window comes from something without known bytes (a pointer,
/// `undef`, a constant expression).
fn collect_bytes(
    m: &Module,
    dl: &DataLayout,
    c: Const,
    offset: u64,
    out: &mut [u8],
    known: &mut [bool],
    depth: u32,
) -> Option<()> {
    if depth > 64 {
        return None;
    }
    let ty = m.consts[c].ty;
    let size = dl.store_size(&m.types, ty);
    let window = out.len() as u64;
    // Overlap of [offset, offset + window) with [0, size).
    if offset >= size {
        return Some(());
    }
    let put = |out: &mut [u8], known: &mut [bool], pos: u64, byte: u8| {
        if pos >= offset && pos - offset < window {
            out[(pos - offset) as usize] = byte;
            known[(pos - offset) as usize] = true;
        }
    };
    let first = offset;
    let last = (offset + window).min(size);
    match &m.consts[c].kind {
        ConstKind::Zero => {
            for p in first..last {
                put(out, known, p, 0);
            }
        }
        ConstKind::Int(v) => {
            for p in first..last.min(16) {
                put(out, known, p, (v >> (8 * p)) as u8);
            }
        }
        ConstKind::Float(bits) => {
            let raw: u64 = if ty == Type::F32 {
                u64::from((f64::from_bits(*bits) as f32).to_bits())
            } else if ty == Type::F64 {
                *bits
            } else {
                return None;
            };
            for p in first..last.min(8) {
                put(out, known, p, (raw >> (8 * p)) as u8);
            }
        }
        ConstKind::Null => {
            for p in first..last {
                put(out, known, p, 0);
            }
        }
        ConstKind::Bytes(b) => {
            for p in first..last {
                put(out, known, p, *b.get(p as usize)?);
            }
        }
        ConstKind::Aggregate(items) => {
            let mut p = first;
            while p < last {
                let (k, moff, mty) = match member_at(m, dl, ty, p) {
                    Some(x) => x,
                    None => {
                        // Padding between members: unknown bytes, skip one.
                        p += 1;
                        continue;
                    }
                };
                let item = *items.get(k as usize)?;
                // Let the member fill what overlaps the window.
                let sub_off = offset.saturating_sub(moff);
                let start_in_window = moff.saturating_sub(offset) as usize;
                if start_in_window < out.len() {
                    collect_bytes(
                        m,
                        dl,
                        item,
                        sub_off,
                        &mut out[start_in_window..],
                        &mut known[start_in_window..],
                        depth + 1,
                    )?;
                }
                let msize = dl.alloc_size(&m.types, mty).max(1);
                p = moff + msize;
            }
        }
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_and_signs() {
        assert_eq!(sext(0xff, 8), -1);
        assert_eq!(sext(0x7f, 8), 127);
        assert_eq!(sext(1, 1), -1);
        assert_eq!(mask(24), 0xff_ffff);
        assert!(eval_icmp(IntPredicate::Slt, 0x80, 0x7f, 8));
        assert!(!eval_icmp(IntPredicate::Ult, 0x80, 0x7f, 8));
        assert!(eval_fcmp(FloatPredicate::Une, f64::NAN, 1.0));
        assert!(!eval_fcmp(FloatPredicate::Oeq, f64::NAN, f64::NAN));
    }
}
