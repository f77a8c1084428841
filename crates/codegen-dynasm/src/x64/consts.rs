//! Compile-time evaluation of constants: integers, float bit patterns and symbol + offset
//! (addresses of globals with constant GEPs and casts folded in). Used for instruction
//! operands (immediates, `lea`) and for global initializers (bytes + `Abs64` relocations).

use jit_core::DataLayout;
use jit_core::ir::{
    BinaryOp, Block, CastOp, Const, ConstExpr, ConstKind, FuncId, GlobalRef, IntPredicate, Module,
    Type, TypeData,
};

/// The value of a constant known at compile time.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CVal {
    /// Bits of an integer, float (as stored: `f32` bits for `float`), or null pointer,
    /// zero-extended.
    Bits(u128),
    /// The address of a global plus a byte offset.
    Sym(GlobalRef, i64),
    /// The address of a basic block's code (`blockaddress(@f, %bb)`) plus a byte offset:
    /// known only once the function is assembled.
    Block(FuncId, Block, i64),
    /// The distance between two blocks of one function plus a byte offset
    /// (`&&a - &&b + off`, GCC's position-independent label tables), truncated or
    /// sign-extended like the integer it is: known once the function is assembled.
    BlockDiff(FuncId, Block, Block, i64),
}

fn mask(bits: u32, v: u128) -> u128 {
    if bits >= 128 {
        v
    } else {
        v & ((1u128 << bits) - 1)
    }
}

fn sext(bits: u32, v: u128) -> i128 {
    if bits >= 128 || bits == 0 {
        v as i128
    } else {
        let sh = 128 - bits;
        ((v << sh) as i128) >> sh
    }
}

/// Width in bits of an integer or pointer type (floats: 32/64).
pub fn bit_width(m: &Module, ty: Type) -> u32 {
    match m.types.data(ty) {
        TypeData::Int(b) => *b,
        TypeData::Float => 32,
        TypeData::Double | TypeData::Ptr(_) => 64,
        TypeData::X86Fp80 => 80,
        TypeData::Fp128 => 128,
        _ => 64,
    }
}

/// Float constants are stored as `f64` bits; gives the bits of the value in its own type.
pub fn float_bits(m: &Module, ty: Type, f64bits: u64) -> u128 {
    if matches!(m.types.data(ty), TypeData::Float) {
        u128::from((f64::from_bits(f64bits) as f32).to_bits())
    } else {
        u128::from(f64bits)
    }
}

/// Evaluates `c`; `Err` names what cannot be folded.
pub fn eval(m: &Module, dl: &DataLayout, c: Const) -> Result<CVal, String> {
    let data = m.const_data(c);
    let ty = data.ty;
    Ok(match &data.kind {
        ConstKind::Int(v) => CVal::Bits(*v),
        ConstKind::Float(b) => CVal::Bits(float_bits(m, ty, *b)),
        ConstKind::WideFloat(b) => CVal::Bits(*b),
        ConstKind::Null | ConstKind::Undef | ConstKind::Poison | ConstKind::Zero => CVal::Bits(0),
        ConstKind::GlobalAddr(GlobalRef::Alias(a)) => eval(m, dl, m.aliases[*a].aliasee)?,
        ConstKind::GlobalAddr(r) => CVal::Sym(*r, 0),
        ConstKind::WideInt(_) => {
            return Err("integer constant wider than 128 bits used as a scalar".into());
        }
        ConstKind::Aggregate(_) | ConstKind::Bytes(_) => {
            return Err("aggregate constant used as a scalar".into());
        }
        ConstKind::Expr(e) => eval_expr(m, dl, ty, e)?,
        ConstKind::BlockAddress { func, block } => CVal::Block(*func, *block, 0),
        ConstKind::InlineAsm(_) => return Err("inline asm used as a value".into()),
    })
}

fn int_of(v: CVal) -> Result<u128, String> {
    match v {
        CVal::Bits(b) => Ok(b),
        CVal::Sym(..) | CVal::Block(..) | CVal::BlockDiff(..) => {
            Err("arithmetic on a symbol address in a constant expression".into())
        }
    }
}

fn eval_expr(m: &Module, dl: &DataLayout, ty: Type, e: &ConstExpr) -> Result<CVal, String> {
    let bits = bit_width(m, ty);
    match e {
        ConstExpr::Gep {
            source_ty,
            base,
            indices,
            ..
        } => {
            let base = eval(m, dl, *base)?;
            let mut off: i64 = 0;
            let mut cur = *source_ty;
            for (i, &idx) in indices.iter().enumerate() {
                let idx_bits = bit_width(m, m.const_data(idx).ty);
                let iv = sext(idx_bits, int_of(eval(m, dl, idx)?)?) as i64;
                if i == 0 {
                    off = off.wrapping_add(iv.wrapping_mul(dl.alloc_size(&m.types, cur) as i64));
                    continue;
                }
                match m.types.data(cur) {
                    TypeData::Struct { .. } | TypeData::Named(_) => {
                        let (o, t) = dl
                            .member_offset(&m.types, cur, iv as u64)
                            .ok_or("bad struct index in constant getelementptr")?;
                        off = off.wrapping_add(o as i64);
                        cur = t;
                    }
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                        let sz = dl.alloc_size(&m.types, *elem) as i64;
                        off = off.wrapping_add(iv.wrapping_mul(sz));
                        cur = *elem;
                    }
                    _ => return Err("constant getelementptr through a non-aggregate".into()),
                }
            }
            Ok(match base {
                CVal::Sym(r, o) => CVal::Sym(r, o.wrapping_add(off)),
                CVal::Block(f, b, o) => CVal::Block(f, b, o.wrapping_add(off)),
                CVal::BlockDiff(..) => {
                    return Err("getelementptr on a block address difference".into());
                }
                CVal::Bits(b) => {
                    CVal::Bits(mask(64, (b as i128).wrapping_add(off as i128) as u128))
                }
            })
        }
        ConstExpr::Cast { op, value } => {
            let src_ty = m.const_data(*value).ty;
            let v = eval(m, dl, *value)?;
            let src_bits = bit_width(m, src_ty);
            match op {
                CastOp::PtrToInt | CastOp::IntToPtr | CastOp::BitCast | CastOp::AddrSpaceCast => {
                    Ok(match v {
                        CVal::Sym(..) | CVal::Block(..) if bits < 64 => {
                            return Err("truncated symbol address".into());
                        }
                        CVal::Sym(..) | CVal::Block(..) | CVal::BlockDiff(..) => v,
                        CVal::Bits(b) => CVal::Bits(mask(bits, b)),
                    })
                }
                // A label distance stays small: narrowing it and widening it back with the
                // sign keep its value, which the user then stores at its own width.
                CastOp::Trunc | CastOp::SExt if matches!(v, CVal::BlockDiff(..)) => Ok(v),
                CastOp::Trunc | CastOp::ZExt => Ok(CVal::Bits(mask(bits, int_of(v)?))),
                CastOp::SExt => Ok(CVal::Bits(mask(bits, sext(src_bits, int_of(v)?) as u128))),
                _ => Err(format!("constant `{}` expression", op.name())),
            }
        }
        ConstExpr::Binary { op, lhs, rhs } => {
            let a = eval(m, dl, *lhs)?;
            let b = eval(m, dl, *rhs)?;
            match (op, a, b) {
                (BinaryOp::Add, CVal::Sym(r, o), CVal::Bits(x))
                | (BinaryOp::Add, CVal::Bits(x), CVal::Sym(r, o)) => {
                    Ok(CVal::Sym(r, o.wrapping_add(x as i64)))
                }
                (BinaryOp::Sub, CVal::Sym(r, o), CVal::Bits(x)) => {
                    Ok(CVal::Sym(r, o.wrapping_sub(x as i64)))
                }
                (BinaryOp::Add, CVal::Block(f, b, o), CVal::Bits(x))
                | (BinaryOp::Add, CVal::Bits(x), CVal::Block(f, b, o)) => {
                    Ok(CVal::Block(f, b, o.wrapping_add(x as i64)))
                }
                (BinaryOp::Sub, CVal::Block(f, b, o), CVal::Bits(x)) => {
                    Ok(CVal::Block(f, b, o.wrapping_sub(x as i64)))
                }
                (BinaryOp::Sub, CVal::Block(f1, b1, o1), CVal::Block(f2, b2, o2))
                    if (f1, b1) == (f2, b2) =>
                {
                    Ok(CVal::Bits(mask(bits, o1.wrapping_sub(o2) as i128 as u128)))
                }
                (BinaryOp::Sub, CVal::Sym(r1, o1), CVal::Sym(r2, o2)) if r1 == r2 => {
                    Ok(CVal::Bits(mask(bits, o1.wrapping_sub(o2) as i128 as u128)))
                }
                (BinaryOp::Sub, CVal::Block(f1, b1, o1), CVal::Block(f2, b2, o2)) if f1 == f2 => {
                    Ok(CVal::BlockDiff(f1, b1, b2, o1.wrapping_sub(o2)))
                }
                (BinaryOp::Add, CVal::BlockDiff(f, p, q, o), CVal::Bits(x))
                | (BinaryOp::Add, CVal::Bits(x), CVal::BlockDiff(f, p, q, o)) => {
                    Ok(CVal::BlockDiff(f, p, q, o.wrapping_add(x as i64)))
                }
                (BinaryOp::Sub, CVal::BlockDiff(f, p, q, o), CVal::Bits(x)) => {
                    Ok(CVal::BlockDiff(f, p, q, o.wrapping_sub(x as i64)))
                }
                (_, CVal::Bits(x), CVal::Bits(y)) => {
                    let r = match op {
                        BinaryOp::Add => x.wrapping_add(y),
                        BinaryOp::Sub => x.wrapping_sub(y),
                        BinaryOp::Mul => x.wrapping_mul(y),
                        BinaryOp::And => x & y,
                        BinaryOp::Or => x | y,
                        BinaryOp::Xor => x ^ y,
                        BinaryOp::Shl if y < 128 => x << y,
                        BinaryOp::LShr if y < 128 => x >> y,
                        BinaryOp::UDiv if y != 0 => x / y,
                        BinaryOp::URem if y != 0 => x % y,
                        _ => return Err(format!("constant `{}` expression", op.name())),
                    };
                    Ok(CVal::Bits(mask(bits, r)))
                }
                _ => Err(format!("constant `{}` on symbol addresses", op.name())),
            }
        }
        ConstExpr::ICmp { pred, lhs, rhs } => {
            let w = bit_width(m, m.const_data(*lhs).ty);
            let (a, b) = (eval(m, dl, *lhs)?, eval(m, dl, *rhs)?);
            let (x, y) = match (a, b) {
                (CVal::Bits(x), CVal::Bits(y)) => (x, y),
                (CVal::Sym(r1, o1), CVal::Sym(r2, o2)) if r1 == r2 => {
                    (o1 as u64 as u128, o2 as u64 as u128)
                }
                (CVal::Block(f1, b1, o1), CVal::Block(f2, b2, o2)) if (f1, b1) == (f2, b2) => {
                    (o1 as u64 as u128, o2 as u64 as u128)
                }
                _ => return Err("constant icmp on symbol addresses".into()),
            };
            let (sx, sy) = (sext(w, x), sext(w, y));
            let r = match pred {
                IntPredicate::Eq => x == y,
                IntPredicate::Ne => x != y,
                IntPredicate::Ugt => x > y,
                IntPredicate::Uge => x >= y,
                IntPredicate::Ult => x < y,
                IntPredicate::Ule => x <= y,
                IntPredicate::Sgt => sx > sy,
                IntPredicate::Sge => sx >= sy,
                IntPredicate::Slt => sx < sy,
                IntPredicate::Sle => sx <= sy,
            };
            Ok(CVal::Bits(u128::from(r)))
        }
        ConstExpr::Select {
            cond,
            if_true,
            if_false,
        } => {
            if int_of(eval(m, dl, *cond)?)? & 1 != 0 {
                eval(m, dl, *if_true)
            } else {
                eval(m, dl, *if_false)
            }
        }
        ConstExpr::FCmp { .. } => Err("constant fcmp expression".into()),
    }
}
