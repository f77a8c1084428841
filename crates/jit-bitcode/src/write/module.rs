//! The file: identification block, module block (header, types, attributes, global
//! records, constants, metadata, function bodies), string table.

use super::WResult;
use super::enumerate::Enum;
use crate::bitstream::BitWriter;
use crate::codes::{self, attr, block, cst, ident, module as rec, ty};
use jit_core::ir::{ConstKind, GlobalRef, Linkage, Module, Type, TypeData};

/// Abbreviation width of every block this writer opens.
pub(super) const WIDTH: u32 = 3;

/// Metadata ids of the nodes written for dropped `metadata` arguments.
pub(super) const MD_SCOPE_LIST: u64 = 4;
pub(super) const MD_EMPTY: u64 = 5;
const MD_COUNT: u64 = 6;

pub(super) fn encode_linkage(l: Linkage) -> u64 {
    use Linkage::*;
    match l {
        External => 0,
        Weak => 16,
        Appending => 2,
        Internal => 3,
        LinkOnce => 18,
        ExternWeak => 7,
        Common => 8,
        Private => 9,
        WeakOdr => 17,
        LinkOnceOdr => 19,
        AvailableExternally => 12,
    }
}

pub(super) fn encode_align(a: Option<u32>) -> u64 {
    match a {
        Some(a) if a > 0 => u64::from(a.trailing_zeros()) + 1,
        _ => 0,
    }
}

/// LLVM's signed VBR convention.
pub(super) fn encode_signed(v: i64) -> u64 {
    if v >= 0 {
        (v as u64) << 1
    } else {
        (v.unsigned_abs() << 1) | 1
    }
}

fn chars(s: &str) -> Vec<u64> {
    s.bytes().map(u64::from).collect()
}

/// The string table being built.
#[derive(Default)]
pub(super) struct Strtab {
    pub bytes: Vec<u8>,
}

impl Strtab {
    fn add(&mut self, s: &str) -> (u64, u64) {
        let off = self.bytes.len() as u64;
        self.bytes.extend_from_slice(s.as_bytes());
        (off, s.len() as u64)
    }
}

pub(super) fn write(m: &Module) -> WResult<Vec<u8>> {
    let mut e = Enum::new(m)?;
    let mut w = BitWriter::new();
    for &b in &codes::MAGIC {
        w.emit(u64::from(b), 8);
    }
    w.enter_block(block::IDENTIFICATION, WIDTH);
    w.record(ident::STRING, &chars("jit"));
    w.record(ident::EPOCH, &[0]);
    w.end_block();

    // Attribute lists are numbered before the blocks that define them are written.
    let fn_lists = function_attr_lists(m, &mut e)?;
    let call_lists = super::function::call_attr_lists(m, &mut e)?;

    let mut strtab = Strtab::default();
    w.enter_block(block::MODULE, WIDTH);
    w.record(rec::VERSION, &[2]);
    write_types(&mut w, m, &e)?;
    write_attributes(&mut w, &e);
    if let Some(t) = &m.triple {
        w.record(rec::TRIPLE, &chars(t));
    }
    if let Some(d) = &m.datalayout {
        w.record(rec::DATALAYOUT, &chars(d));
    }
    if let Some(s) = &m.source_filename {
        w.record(rec::SOURCE_FILENAME, &chars(s));
    }
    let mut sections: Vec<&str> = Vec::new();
    for g in m.globals.values() {
        if let Some(s) = &g.section {
            if !sections.contains(&&**s) {
                sections.push(s);
                w.record(rec::SECTIONNAME, &chars(s));
            }
        }
    }
    for g in m.globals.values() {
        let (off, len) = strtab.add(&g.name);
        let init = match g.init {
            Some(c) => u64::from(e.const_value(m, c)?) + 1,
            None => 0,
        };
        let section = g
            .section
            .as_deref()
            .and_then(|s| sections.iter().position(|x| *x == s))
            .map_or(0, |i| i as u64 + 1);
        w.record(
            rec::GLOBALVAR,
            &[
                off,
                len,
                e.ty(g.value_ty)?,
                2 | u64::from(g.is_constant),
                init,
                encode_linkage(g.linkage),
                encode_align(g.align),
                section,
                0,
                u64::from(g.thread_local),
                u64::from(g.unnamed_addr),
                0,
                0,
                0,
                0,
                0,
            ],
        );
    }
    for (i, f) in m.functions.values().enumerate() {
        let (off, len) = strtab.add(&f.name);
        // The personality's value id + 1 (0: none).
        let personality = match f.personality {
            Some(c) => u64::from(e.const_value(m, c)?) + 1,
            None => 0,
        };
        w.record(
            rec::FUNCTION,
            &[
                off,
                len,
                e.ty(f.ty)?,
                0,
                u64::from(f.body.is_none()),
                encode_linkage(f.linkage),
                fn_lists[i],
                encode_align(f.align),
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                personality,
                0,
                0,
            ],
        );
    }
    for a in m.aliases.values() {
        let (off, len) = strtab.add(&a.name);
        w.record(
            rec::ALIAS,
            &[
                off,
                len,
                e.ty(a.value_ty)?,
                0,
                u64::from(e.const_value(m, a.aliasee)?),
                encode_linkage(a.linkage),
                0,
                0,
                0,
                0,
                0,
            ],
        );
    }
    write_constants(&mut w, m, &e)?;
    if e.needs_metadata {
        write_metadata(&mut w);
    }
    let mut call_lists = call_lists.into_iter();
    for (fi, f) in m.functions.iter() {
        if f.body.is_some() {
            super::function::write_body(&mut w, m, &e, fi, &mut call_lists)?;
        }
    }
    w.end_block();
    w.enter_block(block::STRTAB, WIDTH);
    w.blob_record(codes::misc::STRTAB_BLOB, &strtab.bytes);
    w.end_block();
    Ok(w.finish())
}

fn function_attr_lists(m: &Module, e: &mut Enum) -> WResult<Vec<u64>> {
    let mut out = Vec::with_capacity(m.functions.len());
    for f in m.functions.values() {
        let params: Vec<_> = f.param_attrs.iter().map(|p| (p.clone(), None)).collect();
        out.push(e.attr_list(f.attrs.flags, &f.ret_attrs, &params)?);
    }
    Ok(out)
}

fn write_types(w: &mut BitWriter, m: &Module, e: &Enum) -> WResult<()> {
    let _ = m;
    w.enter_block(block::TYPE_NEW, WIDTH);
    w.record(ty::NUMENTRY, &[e.type_order.len() as u64]);
    for &t in &e.type_order {
        let types = &e.types;
        match types.data(t) {
            TypeData::Void => w.record(ty::VOID, &[]),
            TypeData::Int(b) => w.record(ty::INTEGER, &[u64::from(*b)]),
            TypeData::Float => w.record(ty::FLOAT, &[]),
            TypeData::Double => w.record(ty::DOUBLE, &[]),
            TypeData::X86Fp80 => w.record(ty::X86_FP80, &[]),
            TypeData::Fp128 => w.record(ty::FP128, &[]),
            TypeData::Ptr(space) => w.record(ty::OPAQUE_POINTER, &[u64::from(*space)]),
            TypeData::Array { elem, len } => w.record(ty::ARRAY, &[*len, e.ty(*elem)?]),
            TypeData::Vector { elem, len } => {
                w.record(ty::VECTOR, &[u64::from(*len), e.ty(*elem)?]);
            }
            TypeData::Struct { fields, packed } => {
                let mut ops = vec![u64::from(*packed)];
                for &f in fields.iter() {
                    ops.push(e.ty(f)?);
                }
                w.record(ty::STRUCT_ANON, &ops);
            }
            TypeData::Named(_) => {
                let Some(n) = types.named_info(t) else {
                    return Err(format!("named struct {} has no entry", t.as_u32()));
                };
                w.record(ty::STRUCT_NAME, &chars(&n.name));
                match &n.fields {
                    Some(fields) => {
                        let mut ops = vec![u64::from(n.packed)];
                        for &f in fields.iter() {
                            ops.push(e.ty(f)?);
                        }
                        w.record(ty::STRUCT_NAMED, &ops);
                    }
                    None => w.record(ty::OPAQUE, &[0]),
                }
            }
            TypeData::Function {
                ret,
                params,
                varargs,
            } => {
                let mut ops = vec![u64::from(*varargs), e.ty(*ret)?];
                for &p in params.iter() {
                    ops.push(e.ty(p)?);
                }
                w.record(ty::FUNCTION, &ops);
            }
            TypeData::Label => w.record(ty::LABEL, &[]),
            TypeData::Metadata => w.record(ty::METADATA, &[]),
        }
    }
    w.end_block();
    Ok(())
}

fn write_attributes(w: &mut BitWriter, e: &Enum) {
    if e.groups.is_empty() {
        return;
    }
    w.enter_block(block::PARAMATTR_GROUP, WIDTH);
    for (i, (index, attrs)) in e.groups.iter().enumerate() {
        let mut ops = vec![i as u64 + 1, u64::from(*index)];
        ops.extend_from_slice(attrs);
        w.record(attr::GRP_ENTRY, &ops);
    }
    w.end_block();
    w.enter_block(block::PARAMATTR, WIDTH);
    for list in &e.lists {
        w.record(attr::ENTRY, list);
    }
    w.end_block();
}

/// The bits of the `float` equal to the `double` with bits `b` (exact for the values a
/// `float` constant holds; NaN payloads kept).
fn f64_bits_to_f32_bits(b: u64) -> u64 {
    let sign = ((b >> 63) as u32) << 31;
    let exp = ((b >> 52) & 0x7ff) as i64;
    let frac = b & ((1u64 << 52) - 1);
    let bits = if exp == 0x7ff {
        sign | (0xff << 23) | (frac >> 29) as u32
    } else if exp == 0 {
        sign
    } else {
        let e = exp - 1023 + 127;
        if e >= 0xff {
            sign | (0xff << 23)
        } else if e <= 0 {
            // A float subnormal: shift the significand with its leading one in.
            let mant = (frac | (1u64 << 52)) >> (29 + (1 - e)).min(63);
            sign | mant as u32
        } else {
            sign | ((e as u32) << 23) | (frac >> 29) as u32
        }
    };
    u64::from(bits)
}

fn write_constants(w: &mut BitWriter, m: &Module, e: &Enum) -> WResult<()> {
    if e.const_order.is_empty() {
        return Ok(());
    }
    w.enter_block(block::CONSTANTS, WIDTH);
    let mut cur: Option<Type> = None;
    let id = |c| e.const_value(m, c).map(u64::from);
    for &c in &e.const_order {
        let d = e.data(c)?;
        if cur != Some(d.ty) {
            w.record(cst::SETTYPE, &[e.ty(d.ty)?]);
            cur = Some(d.ty);
        }
        let data = e
            .types
            .get(d.ty)
            .ok_or_else(|| format!("constant of type {} outside the table", d.ty.as_u32()))?;
        match &d.kind {
            ConstKind::Int(v) => {
                let bits = e.types.int_bits(d.ty).unwrap_or(64);
                if bits <= 64 {
                    let shift = 64 - bits;
                    let s = ((*v as u64) << shift) as i64 >> shift;
                    w.record(cst::INTEGER, &[encode_signed(s)]);
                } else {
                    let words = [*v as u64, (*v >> 64) as u64];
                    let n = if words[1] == 0 { 1 } else { 2 };
                    let ops: Vec<u64> = words[..n]
                        .iter()
                        .map(|&x| encode_signed(x as i64))
                        .collect();
                    w.record(cst::WIDE_INTEGER, &ops);
                }
            }
            ConstKind::WideInt(words) => {
                let n = words.iter().rposition(|&x| x != 0).map_or(1, |i| i + 1);
                let ops: Vec<u64> = words[..n]
                    .iter()
                    .map(|&x| encode_signed(x as i64))
                    .collect();
                w.record(cst::WIDE_INTEGER, &ops);
            }
            ConstKind::Float(bits) => match data {
                TypeData::Float => w.record(cst::FLOAT, &[f64_bits_to_f32_bits(*bits)]),
                _ => w.record(cst::FLOAT, &[*bits]),
            },
            ConstKind::WideFloat(bits) => {
                let lo = *bits as u64;
                let hi = (*bits >> 64) as u64;
                match data {
                    TypeData::X86Fp80 => {
                        w.record(
                            cst::FLOAT,
                            &[((hi & 0xffff) << 48) | (lo >> 16), lo & 0xffff],
                        );
                    }
                    _ => w.record(cst::FLOAT, &[lo, hi]),
                }
            }
            ConstKind::Null | ConstKind::Zero => w.record(cst::NULL, &[]),
            ConstKind::Undef => w.record(cst::UNDEF, &[]),
            ConstKind::Poison => w.record(cst::POISON, &[]),
            ConstKind::Aggregate(items) => {
                let ops = items.iter().map(|&x| id(x)).collect::<WResult<Vec<_>>>()?;
                w.record(cst::AGGREGATE, &ops);
            }
            ConstKind::Bytes(b) => {
                w.record(
                    cst::STRING,
                    &b.iter().map(|&x| u64::from(x)).collect::<Vec<_>>(),
                );
            }
            ConstKind::GlobalAddr(_) => {
                return Err("internal: a global address among constants".into());
            }
            ConstKind::Expr(x) => write_const_expr(w, m, e, x)?,
            ConstKind::BlockAddress { func, block } => {
                let f = m
                    .functions
                    .get(*func)
                    .ok_or_else(|| "blockaddress of a missing function".to_string())?;
                let bb = f
                    .body
                    .as_ref()
                    .and_then(|b| b.layout.iter().position(|x| x == block))
                    .ok_or_else(|| format!("blockaddress of a block @{} does not have", f.name))?;
                let fid = e.global_id(m, GlobalRef::Function(*func));
                w.record(cst::BLOCKADDRESS, &[e.ty(f.ty)?, u64::from(fid), bb as u64]);
            }
            ConstKind::InlineAsm(asm) => {
                let fnty = e
                    .asm_fn_ty
                    .get(&c)
                    .copied()
                    .ok_or_else(|| "inline asm that no call uses".to_string())?;
                let flags = u64::from(asm.side_effect)
                    | u64::from(asm.align_stack) << 1
                    | u64::from(asm.intel_dialect) << 2
                    | u64::from(asm.unwind) << 3;
                let mut ops = vec![e.ty(fnty)?, flags, asm.template.len() as u64];
                ops.extend(chars(&asm.template));
                ops.push(asm.constraint_text.len() as u64);
                ops.extend(chars(&asm.constraint_text));
                w.record(cst::INLINEASM, &ops);
            }
        }
    }
    w.end_block();
    Ok(())
}

fn write_const_expr(
    w: &mut BitWriter,
    m: &Module,
    e: &Enum,
    x: &jit_core::ir::ConstExpr,
) -> WResult<()> {
    use jit_core::ir::ConstExpr;
    let id = |c| e.const_value(m, c).map(u64::from);
    let tyof = |c| e.data(c).and_then(|d| e.ty(d.ty));
    match x {
        ConstExpr::Gep {
            source_ty,
            base,
            indices,
            inbounds,
        } => {
            let mut ops = vec![e.ty(*source_ty)?, u64::from(*inbounds)];
            for &c in std::iter::once(base).chain(indices.iter()) {
                ops.push(tyof(c)?);
                ops.push(id(c)?);
            }
            w.record(cst::CE_GEP, &ops);
        }
        ConstExpr::Cast { op, value } => {
            w.record(
                cst::CE_CAST,
                &[
                    super::function::encode_cast(*op),
                    tyof(*value)?,
                    id(*value)?,
                ],
            );
        }
        ConstExpr::Binary { op, lhs, rhs } => {
            w.record(
                cst::CE_BINOP,
                &[super::function::encode_binop(*op), id(*lhs)?, id(*rhs)?],
            );
        }
        ConstExpr::ICmp { pred, lhs, rhs } => {
            w.record(
                cst::CE_CMP,
                &[
                    tyof(*lhs)?,
                    id(*lhs)?,
                    id(*rhs)?,
                    super::function::encode_ipred(*pred),
                ],
            );
        }
        ConstExpr::FCmp { pred, lhs, rhs } => {
            w.record(
                cst::CE_CMP,
                &[
                    tyof(*lhs)?,
                    id(*lhs)?,
                    id(*rhs)?,
                    super::function::encode_fpred(*pred),
                ],
            );
        }
        ConstExpr::Select {
            cond,
            if_true,
            if_false,
        } => {
            w.record(cst::CE_SELECT, &[id(*cond)?, id(*if_true)?, id(*if_false)?]);
        }
    }
    Ok(())
}

/// The nodes dropped `metadata` arguments are written as: `!{}`, and for
/// `llvm.experimental.noalias.scope.decl` a list of one scope in its own domain.
fn write_metadata(w: &mut BitWriter) {
    const STRING_OLD: u32 = 1;
    const NODE: u32 = 3;
    w.enter_block(block::METADATA, WIDTH);
    w.record(STRING_OLD, &chars("jit.scope")); // 0
    w.record(STRING_OLD, &chars("jit.domain")); // 1
    w.record(NODE, &[2]); // 2: !{!"jit.domain"}
    w.record(NODE, &[1, 3]); // 3: !{!"jit.scope", !2}
    w.record(NODE, &[3 + 1]); // 4: !{!3}
    w.record(NODE, &[]); // 5: !{}
    debug_assert_eq!(MD_COUNT, 6);
    w.end_block();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_bits_round_trip() {
        use crate::read::f32_bits_to_f64_bits;
        for b in [
            0u32,
            1,
            0x7f_ffff,
            0x80_0000,
            0x3f80_0000,
            0x7f80_0000,
            0x7fc0_0001,
            0x7fa0_0000,
            0xff80_0000,
            0x8000_0001,
        ] {
            assert_eq!(
                f64_bits_to_f32_bits(f32_bits_to_f64_bits(b)),
                u64::from(b),
                "{b:#x}"
            );
            if !f32::from_bits(b).is_nan() {
                assert_eq!(
                    f64::from_bits(f32_bits_to_f64_bits(b)),
                    f64::from(f32::from_bits(b))
                );
            }
        }
    }
}
