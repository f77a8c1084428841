//! Type rules the parser can check on its own (operand kinds of arithmetic and casts,
//! getelementptr indices). The verifier checks everything that needs the whole function.

use super::error::PResult;
use super::lexer::Tok;
use super::parser::Parser;
use crate::ir::{ArithFlags, BinaryOp, CastOp, Type, TypeData, Types};

/// Scalar kind of a type, looking through vectors: (kind, width, vector length).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Kind {
    Int(u32),
    Float(u32),
    Ptr,
    Other,
}

fn scalar_kind(types: &Types, t: Type) -> (Kind, Option<u32>) {
    let (elem, len) = match types.data(t) {
        TypeData::Vector { elem, len } => (*elem, Some(*len)),
        _ => (t, None),
    };
    let k = match types.data(elem) {
        TypeData::Int(b) => Kind::Int(*b),
        TypeData::Float => Kind::Float(32),
        TypeData::Double => Kind::Float(64),
        TypeData::X86Fp80 => Kind::Float(80),
        TypeData::Fp128 => Kind::Float(128),
        TypeData::Ptr(_) => Kind::Ptr,
        _ => Kind::Other,
    };
    (k, len)
}

impl<'a> Parser<'a> {
    /// `Err(message)` when `op` cannot convert `from` to `to`.
    pub(super) fn check_cast(&self, op: CastOp, from: Type, to: Type) -> Result<(), String> {
        let types = &self.m.types;
        let (fk, fl) = scalar_kind(types, from);
        let (tk, tl) = scalar_kind(types, to);
        let ok = fl == tl
            && match op {
                CastOp::Trunc => matches!((fk, tk), (Kind::Int(a), Kind::Int(b)) if a > b),
                CastOp::ZExt | CastOp::SExt => {
                    matches!((fk, tk), (Kind::Int(a), Kind::Int(b)) if a < b)
                }
                CastOp::FPTrunc => matches!((fk, tk), (Kind::Float(a), Kind::Float(b)) if a > b),
                CastOp::FPExt => matches!((fk, tk), (Kind::Float(a), Kind::Float(b)) if a < b),
                CastOp::FPToUI | CastOp::FPToSI => {
                    matches!((fk, tk), (Kind::Float(_), Kind::Int(_)))
                }
                CastOp::UIToFP | CastOp::SIToFP => {
                    matches!((fk, tk), (Kind::Int(_), Kind::Float(_)))
                }
                CastOp::PtrToInt => matches!((fk, tk), (Kind::Ptr, Kind::Int(_))),
                CastOp::IntToPtr => matches!((fk, tk), (Kind::Int(_), Kind::Ptr)),
                CastOp::AddrSpaceCast => matches!((fk, tk), (Kind::Ptr, Kind::Ptr)),
                CastOp::BitCast => match (fk, tk) {
                    (Kind::Ptr, Kind::Ptr) => true,
                    (Kind::Ptr, _) | (_, Kind::Ptr) | (Kind::Other, _) | (_, Kind::Other) => false,
                    (Kind::Int(a) | Kind::Float(a), Kind::Int(b) | Kind::Float(b)) => a == b,
                },
            };
        // bitcast may also change the lane count when the total width is equal.
        let ok = ok
            || (op == CastOp::BitCast && {
                let bits = |k: Kind, l: Option<u32>| match k {
                    Kind::Int(b) | Kind::Float(b) => Some(b as u64 * l.unwrap_or(1) as u64),
                    _ => None,
                };
                let (a, b) = (bits(fk, fl), bits(tk, tl));
                a.is_some() && a == b
            });
        if ok {
            Ok(())
        } else {
            Err(format!(
                "invalid cast '{}' from '{}' to '{}'",
                op.name(),
                self.ty_str(from),
                self.ty_str(to)
            ))
        }
    }

    /// `Err(message)` when `op` does not apply to operands of type `ty`.
    pub(super) fn check_binary(&self, op: BinaryOp, ty: Type) -> Result<(), String> {
        let (k, _) = scalar_kind(&self.m.types, ty);
        let ok = if op.is_float() {
            matches!(k, Kind::Float(_))
        } else {
            matches!(k, Kind::Int(_))
        };
        if ok {
            Ok(())
        } else {
            Err(format!(
                "'{}' needs {} operands, not '{}'",
                op.name(),
                if op.is_float() {
                    "floating-point"
                } else {
                    "integer"
                },
                self.ty_str(ty)
            ))
        }
    }

    /// True for integer or vector-of-integer types.
    pub(super) fn is_int_like(&self, t: Type) -> bool {
        matches!(scalar_kind(&self.m.types, t).0, Kind::Int(_))
    }

    /// True for float/double or vectors of them.
    pub(super) fn is_float_like(&self, t: Type) -> bool {
        matches!(scalar_kind(&self.m.types, t).0, Kind::Float(_))
    }

    /// True for pointers or vectors of pointers.
    pub(super) fn is_ptr_like(&self, t: Type) -> bool {
        matches!(scalar_kind(&self.m.types, t).0, Kind::Ptr)
    }

    /// The `i1` type, or `<N x i1>` when `t` is a vector (result of comparisons).
    pub(super) fn bool_like(&mut self, t: Type) -> Type {
        match *self.m.types.data(t) {
            TypeData::Vector { len, .. } => self.m.types.vector(Type::I1, len),
            _ => Type::I1,
        }
    }

    /// `Err(message)` when `indices` (constant values where known; the first steps over
    /// `source_ty` itself) do not walk a valid path through `source_ty`.
    pub(super) fn check_gep(
        &self,
        source_ty: Type,
        indices: &[Option<u128>],
    ) -> Result<(), String> {
        let types = &self.m.types;
        if matches!(
            types.data(source_ty),
            TypeData::Void | TypeData::Label | TypeData::Metadata | TypeData::Function { .. }
        ) || types.is_opaque(source_ty)
        {
            return Err(format!(
                "getelementptr source type '{}' is not sized",
                self.ty_str(source_ty)
            ));
        }
        let mut cur = source_ty;
        for (i, idx) in indices.iter().enumerate().skip(1) {
            cur = match types.data(cur) {
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => *elem,
                TypeData::Struct { .. } | TypeData::Named(_) => {
                    let (fields, _) = types.struct_fields(cur).unwrap_or((&[], false));
                    match idx
                        .and_then(|v| usize::try_from(v).ok())
                        .and_then(|v| fields.get(v))
                    {
                        Some(&f) => f,
                        None => {
                            return Err(format!(
                                "getelementptr index {i} into '{}' must be a constant field number below {}",
                                self.ty_str(cur),
                                fields.len()
                            ));
                        }
                    }
                }
                _ => {
                    return Err(format!(
                        "getelementptr index {i} cannot index into '{}'",
                        self.ty_str(cur)
                    ));
                }
            };
        }
        Ok(())
    }

    /// `nuw nsw exact disjoint nneg` and the fast-math flags, in any order.
    pub(super) fn parse_arith_flags(&mut self) -> PResult<ArithFlags> {
        let mut flags = 0u16;
        while self.tok.kind == Tok::Ident {
            match ArithFlags::keyword(self.cur_text()) {
                Some(b) => {
                    flags |= b;
                    self.bump()?;
                }
                None => break,
            }
        }
        Ok(ArithFlags(flags))
    }
}
