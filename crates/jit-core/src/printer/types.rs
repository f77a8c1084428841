//! Types in `.ll` syntax (`<badtype>` for indices outside the table).

use super::Nest;
use crate::entity::EntityRef;
use crate::ir::{Type, TypeData, Types, write_local_name};
use std::fmt::{self, Write};

fn write_type_list(out: &mut impl Write, types: &Types, items: &[Type], nest: Nest) -> fmt::Result {
    for (i, &t) in items.iter().enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        write_type_in(out, types, t, nest)?;
    }
    Ok(())
}

pub(super) fn write_type_in(
    out: &mut impl Write,
    types: &Types,
    t: Type,
    nest: Nest,
) -> fmt::Result {
    let (Some(data), Some(nest)) = (types.get(t), nest.enter(t.index())) else {
        return out.write_str("<badtype>");
    };
    match data {
        TypeData::Void => out.write_str("void"),
        TypeData::Int(b) => write!(out, "i{b}"),
        TypeData::Float => out.write_str("float"),
        TypeData::Double => out.write_str("double"),
        TypeData::X86Fp80 => out.write_str("x86_fp80"),
        TypeData::Fp128 => out.write_str("fp128"),
        TypeData::Ptr(0) => out.write_str("ptr"),
        TypeData::Ptr(a) => write!(out, "ptr addrspace({a})"),
        TypeData::Array { elem, len } => {
            write!(out, "[{len} x ")?;
            write_type_in(out, types, *elem, nest)?;
            out.write_char(']')
        }
        TypeData::Vector { elem, len } => {
            write!(out, "<{len} x ")?;
            write_type_in(out, types, *elem, nest)?;
            out.write_char('>')
        }
        TypeData::Struct { fields, packed } => write_struct_body(out, types, fields, *packed, nest),
        TypeData::Named(_) => match types.named_info(t) {
            Some(n) => write_local_name(out, '%', &n.name),
            None => out.write_str("<badtype>"),
        },
        TypeData::Function {
            ret,
            params,
            varargs,
        } => {
            write_type_in(out, types, *ret, nest)?;
            out.write_str(" (")?;
            write_type_list(out, types, params, nest)?;
            if *varargs {
                out.write_str(if params.is_empty() { "..." } else { ", ..." })?;
            }
            out.write_char(')')
        }
        TypeData::Label => out.write_str("label"),
        TypeData::Metadata => out.write_str("metadata"),
    }
}

pub(super) fn write_struct_body(
    out: &mut impl Write,
    types: &Types,
    fields: &[Type],
    packed: bool,
    nest: Nest,
) -> fmt::Result {
    if fields.is_empty() {
        return out.write_str(if packed { "<{}>" } else { "{}" });
    }
    out.write_str(if packed { "<{ " } else { "{ " })?;
    write_type_list(out, types, fields, nest)?;
    out.write_str(if packed { " }>" } else { " }" })
}
