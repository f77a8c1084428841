//! Questions about IR types that lowering and constant folding ask: how many words a value
//! takes, its lane shape, and which [`Conv`] a cast instruction performs.

use crate::code::{Elem, Shape};
use crate::value::{Conv, Fp};
use crate::wide::{AnyFp, Wide};
use jit_core::DataLayout;
use jit_core::ir::{CastOp, Type, TypeData, Types};

/// Words of the frame a value of type `ty` occupies (0 for `void`).
pub(crate) fn words(types: &Types, dl: &DataLayout, ty: Type) -> u32 {
    match types.data(ty) {
        TypeData::Void | TypeData::Label | TypeData::Metadata | TypeData::Function { .. } => 0,
        _ => dl
            .alloc_size(types, ty)
            .div_ceil(8)
            .clamp(1, u64::from(u32::MAX / 4)) as u32,
    }
}

/// The element kind of a scalar type (pointers are 64-bit integers).
pub(crate) fn elem(types: &Types, ty: Type) -> Option<Elem> {
    match types.data(ty) {
        TypeData::Int(b) if *b <= 64 => Some(Elem::Int(*b as u8)),
        TypeData::Ptr(_) => Some(Elem::Int(64)),
        TypeData::Float => Some(Elem::F32),
        TypeData::Double => Some(Elem::F64),
        _ => None,
    }
}

/// The lane shape of a scalar or vector type.
pub(crate) fn shape(types: &Types, ty: Type) -> Option<Shape> {
    match types.data(ty) {
        TypeData::Vector { elem: e, len } => Some(Shape {
            elem: elem(types, *e)?,
            lanes: *len,
        }),
        _ => Some(Shape {
            elem: elem(types, ty)?,
            lanes: 0,
        }),
    }
}

/// The shape of an intrinsic's argument or result: as [`shape`], plus i65..i128 scalars,
/// which the integer intrinsics compute on as `u128` before any lane access
/// (`Machine::lanewise`, `Machine::with_overflow`).
pub(crate) fn intrinsic_shape(types: &Types, ty: Type) -> Option<Shape> {
    shape(types, ty).or_else(|| match *types.data(ty) {
        TypeData::Int(b @ 65..=128) => Some(Shape {
            elem: Elem::Int(b as u8),
            lanes: 0,
        }),
        _ => None,
    })
}

/// Integer width of an integer or pointer type.
pub(crate) fn int_bits(types: &Types, ty: Type) -> Option<u32> {
    match types.data(ty) {
        TypeData::Int(b) => Some(*b),
        TypeData::Ptr(_) => Some(64),
        _ => None,
    }
}

/// The float format of a float type.
pub(crate) fn fp(types: &Types, ty: Type) -> Option<Fp> {
    match types.data(ty) {
        TypeData::Float => Some(Fp::F32),
        TypeData::Double => Some(Fp::F64),
        _ => None,
    }
}

/// The wide format (`x86_fp80`, `fp128`) of a type.
pub(crate) fn wide(types: &Types, ty: Type) -> Option<Wide> {
    match types.data(ty) {
        TypeData::X86Fp80 => Some(Wide::X87),
        TypeData::Fp128 => Some(Wide::Quad),
        _ => None,
    }
}

/// Any float format of a type, wide ones included.
fn any_fp(types: &Types, ty: Type) -> Option<AnyFp> {
    match fp(types, ty) {
        Some(Fp::F32) => Some(AnyFp::F32),
        Some(Fp::F64) => Some(AnyFp::F64),
        None => wide(types, ty).map(AnyFp::Wide),
    }
}

/// The conversion of a cast from or to a wide float type, if it is one.
fn wide_conv_for(types: &Types, op: CastOp, from: Type, to: Type) -> Option<Conv> {
    let (wf, wt) = (wide(types, from), wide(types, to));
    if wf.is_none() && wt.is_none() {
        return None;
    }
    let ib = |t| int_bits(types, t).map(|b| b as u8);
    Some(match op {
        CastOp::FPTrunc | CastOp::FPExt => Conv::WideFp {
            from: any_fp(types, from)?,
            to: any_fp(types, to)?,
        },
        CastOp::FPToUI | CastOp::FPToSI => Conv::WideToInt {
            from: wf?,
            to: ib(to)?,
            signed: op == CastOp::FPToSI,
        },
        CastOp::UIToFP | CastOp::SIToFP => Conv::IntToWide {
            from: ib(from)?,
            to: wt?,
            signed: op == CastOp::SIToFP,
        },
        CastOp::BitCast => Conv::Same,
        _ => return None,
    })
}

/// The conversion a scalar cast from `from` to `to` performs (element types for vectors).
pub(crate) fn conv_for(types: &Types, op: CastOp, from: Type, to: Type) -> Option<Conv> {
    if wide(types, from).is_some() || wide(types, to).is_some() {
        return wide_conv_for(types, op, from, to);
    }
    let ib = |t| int_bits(types, t).map(|b| b as u8);
    Some(match op {
        CastOp::Trunc | CastOp::ZExt | CastOp::PtrToInt | CastOp::IntToPtr => {
            Conv::Resize { to: ib(to)? }
        }
        CastOp::SExt => Conv::SExt {
            from: ib(from)?,
            to: ib(to)?,
        },
        CastOp::FPTrunc | CastOp::FPExt => Conv::FpFp { to: fp(types, to)? },
        CastOp::FPToUI | CastOp::FPToSI => Conv::FpToInt {
            from: fp(types, from)?,
            to: ib(to)?,
            signed: op == CastOp::FPToSI,
        },
        CastOp::UIToFP | CastOp::SIToFP => Conv::IntToFp {
            from: ib(from)?,
            to: fp(types, to)?,
            signed: op == CastOp::SIToFP,
        },
        CastOp::BitCast | CastOp::AddrSpaceCast => Conv::Same,
    })
}

/// The element type of a vector type, or the type itself.
pub(crate) fn scalar_of(types: &Types, ty: Type) -> Type {
    match types.data(ty) {
        TypeData::Vector { elem, .. } => *elem,
        _ => ty,
    }
}
