//! Constants: integers, aggregates, global addresses and constant expressions.

use super::floats::write_float_literal;
use super::names::write_quoted_bytes;
use super::{Nest, write_type};
use crate::entity::EntityRef;
use crate::ir::{
    ConstExpr, ConstKind, GlobalRef, InlineAsm, Module, Type, TypeData, write_local_name,
};
use std::fmt::{self, Write};

/// Writes an integer of `bits` bits (stored zero-extended) as LLVM does: signed decimal,
/// `true`/`false` for `i1`.
pub(super) fn write_int(out: &mut impl Write, bits: u32, v: u128) -> fmt::Result {
    match bits {
        1 => out.write_str(if v & 1 != 0 { "true" } else { "false" }),
        2..=127 => {
            let shift = 128 - bits;
            write!(out, "{}", ((v << shift) as i128) >> shift)
        }
        128 => write!(out, "{}", v as i128),
        _ => write!(out, "{v}"),
    }
}

pub(super) fn write_typed_const(
    out: &mut impl Write,
    m: &Module,
    c: crate::ir::Const,
    nest: Nest,
) -> fmt::Result {
    match m.consts.get(c) {
        Some(d) => {
            write_type(out, &m.types, d.ty)?;
            out.write_char(' ')?;
            write_const(out, m, c, nest)
        }
        None => out.write_str("<badtype> <badref>"),
    }
}

fn write_global_ref(out: &mut impl Write, m: &Module, r: GlobalRef) -> fmt::Result {
    let name = match r {
        GlobalRef::Function(f) => m.functions.get(f).map(|f| &*f.name),
        GlobalRef::Global(g) => m.globals.get(g).map(|g| &*g.name),
        GlobalRef::Alias(a) => m.aliases.get(a).map(|a| &*a.name),
    };
    match name {
        Some(n) => write_local_name(out, '@', n),
        None => out.write_str("@<badref>"),
    }
}

/// Writes a constant's value (without its type).
pub(super) fn write_const(
    out: &mut impl Write,
    m: &Module,
    c: crate::ir::Const,
    nest: Nest,
) -> fmt::Result {
    let (Some(data), Some(nest)) = (m.consts.get(c), nest.enter(c.index())) else {
        return out.write_str("<badref>");
    };
    let types = &m.types;
    match &data.kind {
        ConstKind::Int(v) => match types.get(data.ty) {
            Some(TypeData::Int(bits)) => write_int(out, *bits, *v),
            _ => write!(out, "{v}"),
        },
        ConstKind::WideInt(words) => {
            let bits = types.int_bits(data.ty).unwrap_or(words.len() as u32 * 64);
            out.write_str(&crate::ir::wideint::to_signed_decimal(words, bits))
        }
        ConstKind::Float(bits) => write_float_literal(out, *bits),
        ConstKind::WideFloat(bits) => match types.get(data.ty) {
            Some(TypeData::Fp128) => {
                write!(out, "0xL{:016X}{:016X}", *bits as u64, (*bits >> 64) as u64)
            }
            _ => write!(out, "0xK{:04X}{:016X}", (*bits >> 64) as u16, *bits as u64),
        },
        // A metadata argument the reader dropped: write an empty node, which reads back as
        // the same placeholder and which LLVM accepts.
        ConstKind::Undef | ConstKind::Poison | ConstKind::Zero
            if matches!(types.get(data.ty), Some(TypeData::Metadata)) =>
        {
            out.write_str("!{}")
        }
        ConstKind::Null => out.write_str("null"),
        ConstKind::Undef => out.write_str("undef"),
        ConstKind::Poison => out.write_str("poison"),
        ConstKind::Zero => out.write_str("zeroinitializer"),
        ConstKind::Bytes(b) => {
            out.write_char('c')?;
            write_quoted_bytes(out, b)
        }
        ConstKind::GlobalAddr(r) => write_global_ref(out, m, *r),
        ConstKind::BlockAddress { func, block } => {
            out.write_str("blockaddress(")?;
            write_global_ref(out, m, GlobalRef::Function(*func))?;
            out.write_str(", ")?;
            match m.functions.get(*func) {
                Some(f) => {
                    let slots = super::Slots::new(f);
                    super::FunctionPrinter::new(m, f, &slots).block_ref(out, *block)?;
                }
                None => out.write_str("%<badref>")?,
            }
            out.write_char(')')
        }
        ConstKind::Aggregate(elems) => {
            let (open, close) = match types.get(data.ty) {
                Some(TypeData::Array { .. }) => ("[", "]"),
                Some(TypeData::Vector { .. }) => ("<", ">"),
                Some(TypeData::Struct { packed: true, .. }) => ("<{", "}>"),
                _ if types.named_info(data.ty).is_some_and(|n| n.packed) => ("<{", "}>"),
                _ => ("{", "}"),
            };
            let is_struct = open.ends_with('{');
            out.write_str(open)?;
            if is_struct && !elems.is_empty() {
                out.write_char(' ')?;
            }
            for (i, &e) in elems.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                write_typed_const(out, m, e, nest)?;
            }
            if is_struct && !elems.is_empty() {
                out.write_char(' ')?;
            }
            out.write_str(close)
        }
        ConstKind::Expr(e) => write_const_expr(out, m, data.ty, e, nest),
        ConstKind::InlineAsm(a) => write_inline_asm(out, a),
    }
}

/// `asm [sideeffect] [alignstack] [inteldialect] [unwind] "template", "constraints"`.
fn write_inline_asm(out: &mut impl Write, a: &InlineAsm) -> fmt::Result {
    out.write_str("asm ")?;
    for (on, word) in [
        (a.side_effect, "sideeffect "),
        (a.align_stack, "alignstack "),
        (a.intel_dialect, "inteldialect "),
        (a.unwind, "unwind "),
    ] {
        if on {
            out.write_str(word)?;
        }
    }
    write_quoted_bytes(out, a.template.as_bytes())?;
    out.write_str(", ")?;
    write_quoted_bytes(out, a.constraint_text.as_bytes())
}

fn write_const_expr(
    out: &mut impl Write,
    m: &Module,
    ty: Type,
    e: &ConstExpr,
    nest: Nest,
) -> fmt::Result {
    match e {
        ConstExpr::Gep {
            source_ty,
            base,
            indices,
            inbounds,
        } => {
            out.write_str(if *inbounds {
                "getelementptr inbounds ("
            } else {
                "getelementptr ("
            })?;
            write_type(out, &m.types, *source_ty)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *base, nest)?;
            for &i in indices.iter() {
                out.write_str(", ")?;
                write_typed_const(out, m, i, nest)?;
            }
            out.write_char(')')
        }
        ConstExpr::Cast { op, value } => {
            write!(out, "{} (", op.name())?;
            write_typed_const(out, m, *value, nest)?;
            out.write_str(" to ")?;
            write_type(out, &m.types, ty)?;
            out.write_char(')')
        }
        ConstExpr::Binary { op, lhs, rhs } => {
            write!(out, "{} (", op.name())?;
            write_typed_const(out, m, *lhs, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *rhs, nest)?;
            out.write_char(')')
        }
        ConstExpr::ICmp { pred, lhs, rhs } => {
            write!(out, "icmp {} (", pred.name())?;
            write_typed_const(out, m, *lhs, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *rhs, nest)?;
            out.write_char(')')
        }
        ConstExpr::FCmp { pred, lhs, rhs } => {
            write!(out, "fcmp {} (", pred.name())?;
            write_typed_const(out, m, *lhs, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *rhs, nest)?;
            out.write_char(')')
        }
        ConstExpr::Select {
            cond,
            if_true,
            if_false,
        } => {
            out.write_str("select (")?;
            write_typed_const(out, m, *cond, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *if_true, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *if_false, nest)?;
            out.write_char(')')
        }
    }
}
