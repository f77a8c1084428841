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

mod keep;
mod lower;

pub use keep::keeps_vectors;

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

/// The value of every lane of a constant integer vector whose lanes, mapped by `lane`,
/// are all the same.
fn splat_const(m: &Module, op: Operand, lane: impl Fn(u128) -> u128) -> Option<u128> {
    let Operand::Const(c) = op else {
        return None;
    };
    match &m.const_data(c).kind {
        ConstKind::Zero => Some(0),
        ConstKind::Aggregate(elems) => {
            let mut value = None;
            for &e in elems.iter() {
                let ConstKind::Int(v) = m.const_data(e).kind else {
                    return None;
                };
                let v = lane(v);
                if value.is_some_and(|a| a != v) {
                    return None;
                }
                value = Some(v);
            }
            value
        }
        _ => None,
    }
}

/// The splat amount of a shift-by-constant vector operand, if every lane is the same
/// amount below the lane width.
fn splat_amount(m: &Module, op: Operand, lanes: Lanes) -> Option<u8> {
    let k = splat_const(m, op, |v| v)?;
    (k < u128::from(lanes.bits())).then_some(k as u8)
}

/// The amount of a funnel shift by a splat constant, modulo the lane width.
fn splat_amount_mod(m: &Module, op: Operand, lanes: Lanes) -> Option<u8> {
    let width = u128::from(lanes.bits());
    splat_const(m, op, |v| v % width).map(|k| k as u8)
}

/// `value` in every lane of `lanes`.
fn every_lane(lanes: Lanes, value: u128) -> u128 {
    (0..lanes.count()).fold(0, |bits, k| bits | value << (k * lanes.bits()))
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
