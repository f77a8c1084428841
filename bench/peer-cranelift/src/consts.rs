//! Module constants: symbolic evaluation of constant expressions (an integer or a symbol
//! plus offset) and the bytes and relocations of global initializers.

use crate::{ModuleCx, Symbol, TranslateError};
use cranelift_module::DataDescription;
use cranelift_module::Module as _;
use jit_core::ir::{BinaryOp, CastOp, Const, ConstExpr, ConstKind, GlobalRef, GlobalVar, TypeData};

/// The value of an integer or pointer constant.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Sym {
    /// A plain integer (zero-extended bits).
    Int(u128),
    /// The address of a module-level entity plus a byte offset.
    Addr(GlobalRef, i64),
    /// `addr(a) - addr(b) + k` (relative lookup tables), truncated to the constant's type.
    Diff(GlobalRef, GlobalRef, i64),
}

fn unsupported(item: &str, what: impl Into<String>) -> TranslateError {
    TranslateError::Unsupported {
        item: item.to_string(),
        what: what.into(),
    }
}

fn int_bits(cx: &ModuleCx, c: Const) -> u32 {
    match cx.m.types.data(cx.m.consts[c].ty) {
        TypeData::Int(b) => *b,
        _ => 64,
    }
}

fn mask(v: u128, bits: u32) -> u128 {
    if bits >= 128 {
        v
    } else {
        v & ((1u128 << bits) - 1)
    }
}

fn sext(v: u128, bits: u32) -> i128 {
    if bits >= 128 {
        v as i128
    } else {
        let s = 128 - bits;
        ((v << s) as i128) >> s
    }
}

/// Evaluates an integer or pointer constant.
pub fn eval(cx: &mut ModuleCx, c: Const, item: &str) -> Result<Sym, TranslateError> {
    let m = cx.m;
    let data = &m.consts[c];
    let ty = data.ty;
    Ok(match &data.kind {
        ConstKind::WideFloat(_)
        | ConstKind::WideInt(_)
        | ConstKind::BlockAddress { .. }
        | ConstKind::InlineAsm(_) => {
            return Err(unsupported(
                item,
                "long double, integer over 128 bits, blockaddress or inline asm constant",
            ));
        }
        ConstKind::Int(v) => Sym::Int(*v),
        ConstKind::Null | ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Sym::Int(0),
        ConstKind::GlobalAddr(r) => Sym::Addr(*r, 0),
        ConstKind::Expr(e) => match e {
            ConstExpr::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                let (source_ty, base, indices) = (*source_ty, *base, indices.clone());
                let off = gep_offset(cx, source_ty, &indices, item)?;
                match eval(cx, base, item)? {
                    Sym::Addr(r, o) => Sym::Addr(r, o.wrapping_add(off)),
                    Sym::Int(v) => Sym::Int(mask(v.wrapping_add(off as i128 as u128), 64)),
                    Sym::Diff(..) => {
                        return Err(unsupported(item, "getelementptr on an address difference"));
                    }
                }
            }
            ConstExpr::Cast { op, value } => {
                let (op, value) = (*op, *value);
                let from_bits = int_bits(cx, value);
                let to_bits = match cx.m.types.data(ty) {
                    TypeData::Int(b) => *b,
                    TypeData::Ptr(_) => 64,
                    _ => return Err(unsupported(item, format!("constant {} cast", op.name()))),
                };
                let v = eval(cx, value, item)?;
                match (op, v) {
                    (
                        CastOp::PtrToInt
                        | CastOp::IntToPtr
                        | CastOp::BitCast
                        | CastOp::AddrSpaceCast,
                        Sym::Addr(..),
                    ) if to_bits == 64 => v,
                    (_, Sym::Addr(..)) => {
                        return Err(unsupported(item, "truncated address in a constant"));
                    }
                    (
                        CastOp::Trunc | CastOp::SExt | CastOp::ZExt | CastOp::BitCast,
                        Sym::Diff(..),
                    ) => v,
                    (_, Sym::Diff(..)) => {
                        return Err(unsupported(item, "cast of an address difference"));
                    }
                    (CastOp::SExt, Sym::Int(x)) => {
                        Sym::Int(mask(sext(x, from_bits) as u128, to_bits))
                    }
                    (
                        CastOp::Trunc
                        | CastOp::ZExt
                        | CastOp::PtrToInt
                        | CastOp::IntToPtr
                        | CastOp::BitCast
                        | CastOp::AddrSpaceCast,
                        Sym::Int(x),
                    ) => Sym::Int(mask(x, to_bits)),
                    (op, _) => {
                        return Err(unsupported(
                            item,
                            format!("constant {} expression", op.name()),
                        ));
                    }
                }
            }
            ConstExpr::Binary { op, lhs, rhs } => {
                let (op, lhs, rhs) = (*op, *lhs, *rhs);
                let bits = int_bits(cx, c);
                let a = eval(cx, lhs, item)?;
                let b = eval(cx, rhs, item)?;
                match (op, a, b) {
                    (BinaryOp::Add, Sym::Addr(r, o), Sym::Int(x))
                    | (BinaryOp::Add, Sym::Int(x), Sym::Addr(r, o)) => {
                        Sym::Addr(r, o.wrapping_add(x as i64))
                    }
                    (BinaryOp::Sub, Sym::Addr(r, o), Sym::Int(x)) => {
                        Sym::Addr(r, o.wrapping_sub(x as i64))
                    }
                    (BinaryOp::Sub, Sym::Addr(r1, o1), Sym::Addr(r2, o2)) if r1 == r2 => {
                        Sym::Int(mask(o1.wrapping_sub(o2) as i128 as u128, bits))
                    }
                    (BinaryOp::Sub, Sym::Addr(r1, o1), Sym::Addr(r2, o2)) => {
                        Sym::Diff(r1, r2, o1.wrapping_sub(o2))
                    }
                    (BinaryOp::Add, Sym::Diff(a, b, k), Sym::Int(x))
                    | (BinaryOp::Add, Sym::Int(x), Sym::Diff(a, b, k)) => {
                        Sym::Diff(a, b, k.wrapping_add(x as i64))
                    }
                    (op, Sym::Int(x), Sym::Int(y)) => {
                        let v = match op {
                            BinaryOp::Add => x.wrapping_add(y),
                            BinaryOp::Sub => x.wrapping_sub(y),
                            BinaryOp::Mul => x.wrapping_mul(y),
                            BinaryOp::And => x & y,
                            BinaryOp::Or => x | y,
                            BinaryOp::Xor => x ^ y,
                            BinaryOp::Shl if (y as u32) < bits => x << y,
                            BinaryOp::LShr if (y as u32) < bits => x >> y,
                            _ => {
                                return Err(unsupported(
                                    item,
                                    format!("constant {} expression", op.name()),
                                ));
                            }
                        };
                        Sym::Int(mask(v, bits))
                    }
                    _ => {
                        return Err(unsupported(
                            item,
                            format!("constant {} expression on addresses", op.name()),
                        ));
                    }
                }
            }
            _ => {
                return Err(unsupported(
                    item,
                    "constant comparison or select expression",
                ));
            }
        },
        ConstKind::Float(_) | ConstKind::Aggregate(_) | ConstKind::Bytes(_) => {
            return Err(unsupported(
                item,
                "non-integer constant where an integer is needed",
            ));
        }
    })
}

/// Byte offset of a constant-index GEP.
pub fn gep_offset(
    cx: &mut ModuleCx,
    source_ty: jit_core::ir::Type,
    indices: &[Const],
    item: &str,
) -> Result<i64, TranslateError> {
    let m = cx.m;
    let ts = &m.types;
    let mut off: i64 = 0;
    let mut cur = source_ty;
    for (n, &idx) in indices.iter().enumerate() {
        let bits = int_bits(cx, idx);
        let v = match cx.m.consts[idx].kind {
            ConstKind::Int(v) => sext(v, bits) as i64,
            ConstKind::Zero | ConstKind::Null => 0,
            _ => return Err(unsupported(item, "non-integer GEP index in a constant")),
        };
        if n == 0 {
            off = off.wrapping_add(v.wrapping_mul(cx.dl.alloc_size(ts, cur) as i64));
            continue;
        }
        let (member_off, member) = cx
            .dl
            .member_offset(ts, cur, v as u64)
            .ok_or_else(|| unsupported(item, "GEP index into a non-aggregate"))?;
        if ts.struct_fields(cur).is_some() {
            off = off.wrapping_add(member_off as i64);
        } else {
            let stride = cx.dl.alloc_size(ts, member) as i64;
            off = off.wrapping_add(v.wrapping_mul(stride));
        }
        cur = member;
    }
    Ok(off)
}

struct Image {
    bytes: Vec<u8>,
    relocs: Vec<(u64, GlobalRef, i64)>,
    diffs: Vec<Patch>,
}

/// A field of a data object that holds `addr(plus) - addr(minus) + addend` truncated to
/// `size` bytes; Cranelift has no such relocation, so it is written after finalization.
#[derive(Clone, Debug)]
pub struct Patch {
    /// Byte offset in the data object.
    pub offset: u64,
    /// Width of the field (1, 2, 4 or 8 bytes).
    pub size: u64,
    /// The symbol added.
    pub plus: GlobalRef,
    /// The symbol subtracted.
    pub minus: GlobalRef,
    /// The constant term.
    pub addend: i64,
}

fn write_const(
    cx: &mut ModuleCx,
    c: Const,
    at: u64,
    img: &mut Image,
    item: &str,
) -> Result<(), TranslateError> {
    let data = cx.m.consts[c].clone();
    let m = cx.m;
    let ts = &m.types;
    let size = cx.dl.store_size(ts, data.ty);
    let slot = |img: &mut Image, n: u64| -> Result<std::ops::Range<usize>, TranslateError> {
        let end = at.checked_add(n).filter(|&e| e <= img.bytes.len() as u64);
        match end {
            Some(e) => Ok(at as usize..e as usize),
            None => Err(unsupported(item, "initializer larger than its global")),
        }
    };
    match &data.kind {
        ConstKind::WideFloat(_)
        | ConstKind::WideInt(_)
        | ConstKind::BlockAddress { .. }
        | ConstKind::InlineAsm(_) => {
            return Err(unsupported(
                item,
                "long double, integer over 128 bits, blockaddress or inline asm constant",
            ));
        }
        ConstKind::Null | ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => {}
        ConstKind::Float(bits) => match ts.data(data.ty) {
            TypeData::Float => {
                let r = slot(img, 4)?;
                let v = (f64::from_bits(*bits) as f32).to_bits();
                img.bytes[r].copy_from_slice(&v.to_le_bytes());
            }
            TypeData::Double => {
                let r = slot(img, 8)?;
                img.bytes[r].copy_from_slice(&bits.to_le_bytes());
            }
            _ => {
                return Err(unsupported(
                    item,
                    "floating-point constant of an unusual type",
                ));
            }
        },
        ConstKind::Bytes(b) => {
            let r = slot(img, b.len() as u64)?;
            img.bytes[r].copy_from_slice(b);
        }
        ConstKind::Aggregate(elems) => match ts.data(data.ty) {
            TypeData::Struct { .. } | TypeData::Named(_) => {
                let layout = cx.dl.struct_layout(ts, data.ty);
                for (i, &e) in elems.iter().enumerate() {
                    let off = *layout
                        .offsets
                        .get(i)
                        .ok_or_else(|| unsupported(item, "struct constant with extra fields"))?;
                    write_const(cx, e, at + off, img, item)?;
                }
            }
            TypeData::Array { elem, .. } => {
                let stride = cx.dl.alloc_size(ts, *elem);
                for (i, &e) in elems.iter().enumerate() {
                    write_const(cx, e, at + i as u64 * stride, img, item)?;
                }
            }
            TypeData::Vector { elem, .. } => {
                let elem = *elem;
                if cx.dl.store_size(ts, elem) != cx.dl.alloc_size(ts, elem)
                    || matches!(ts.data(elem), TypeData::Int(b) if b % 8 != 0)
                {
                    return Err(unsupported(item, "vector constant of sub-byte elements"));
                }
                let stride = cx.dl.alloc_size(ts, elem);
                for (i, &e) in elems.iter().enumerate() {
                    write_const(cx, e, at + i as u64 * stride, img, item)?;
                }
            }
            _ => return Err(unsupported(item, "aggregate constant of a scalar type")),
        },
        ConstKind::Int(_) | ConstKind::GlobalAddr(_) | ConstKind::Expr(_) => {
            match eval(cx, c, item)? {
                Sym::Int(v) => {
                    let r = slot(img, size)?;
                    let bytes = v.to_le_bytes();
                    img.bytes[r].copy_from_slice(&bytes[..size as usize]);
                }
                Sym::Diff(plus, minus, addend) => {
                    slot(img, size)?;
                    img.diffs.push(Patch {
                        offset: at,
                        size,
                        plus,
                        minus,
                        addend,
                    });
                }
                Sym::Addr(g, off) => {
                    if size != 8 {
                        return Err(unsupported(item, "address stored in fewer than 8 bytes"));
                    }
                    slot(img, 8)?;
                    img.relocs.push((at, g, off));
                }
            }
        }
    }
    Ok(())
}

/// The contents, alignment and relocations of a global definition, with the fields to
/// patch after finalization.
pub fn data_description(
    cx: &mut ModuleCx,
    global: &GlobalVar,
    init: Const,
    item: &str,
) -> Result<(DataDescription, Vec<Patch>), TranslateError> {
    let m = cx.m;
    let ts = &m.types;
    let size = cx.dl.alloc_size(ts, global.value_ty);
    let align = u64::from(global.align.unwrap_or(0)).max(cx.dl.abi_align(ts, global.value_ty));
    let mut desc = DataDescription::new();
    desc.set_align(align.max(1));
    let all_zero = matches!(
        cx.m.consts[init].kind,
        ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison
    );
    if all_zero {
        desc.define_zeroinit(size.max(1) as usize);
        return Ok((desc, Vec::new()));
    }
    let mut img = Image {
        bytes: vec![0; size.max(1) as usize],
        relocs: Vec::new(),
        diffs: Vec::new(),
    };
    write_const(cx, init, 0, &mut img, item)?;
    for (at, target, addend) in std::mem::take(&mut img.relocs) {
        let at = u32::try_from(at).map_err(|_| unsupported(item, "relocation beyond 4 GiB"))?;
        match cx.symbol(target, 0)? {
            (Symbol::Func(f), off) => {
                if addend != 0 || off != 0 {
                    return Err(unsupported(item, "offset from a function address"));
                }
                let fr = cx.jit.declare_func_in_data(f, &mut desc);
                desc.write_function_addr(at, fr);
            }
            (Symbol::Data(d), off) => {
                let gv = cx.jit.declare_data_in_data(d, &mut desc);
                desc.write_data_addr(at, gv, addend.wrapping_add(off));
            }
        }
    }
    desc.define(img.bytes.into_boxed_slice());
    Ok((desc, img.diffs))
}
