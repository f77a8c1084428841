//! Constant evaluation: a module constant to the bytes of its in-memory image, with global
//! and function addresses resolved through the engine. Global initializers are written with
//! it, and function constants are pre-evaluated with it into each function's constant pool.

use crate::tyinfo;
use crate::value::{self, Fp, IntOp};
use jit_core::ir::{BinaryOp, Const, ConstExpr, ConstKind, GlobalRef, Module, Type, TypeData};
use jit_core::{DataLayout, EngineError};

/// Resolves the address of a module-level symbol.
pub(crate) type Resolver<'a> = dyn FnMut(GlobalRef) -> Result<u64, EngineError> + 'a;

/// Evaluates constants of one module.
pub(crate) struct ConstEval<'a, 'r> {
    /// The module.
    pub(crate) m: &'a Module,
    /// Its data layout.
    pub(crate) dl: &'a DataLayout,
    /// Address resolver.
    pub(crate) resolve: &'a mut Resolver<'r>,
}

fn bad(m: &Module, what: String) -> EngineError {
    EngineError::InvalidModule {
        module: m.name.clone(),
        message: what,
    }
}

/// The [`IntOp`] of an integer [`BinaryOp`].
pub(crate) fn int_op(op: BinaryOp) -> Option<IntOp> {
    Some(match op {
        BinaryOp::Add => IntOp::Add,
        BinaryOp::Sub => IntOp::Sub,
        BinaryOp::Mul => IntOp::Mul,
        BinaryOp::UDiv => IntOp::UDiv,
        BinaryOp::SDiv => IntOp::SDiv,
        BinaryOp::URem => IntOp::URem,
        BinaryOp::SRem => IntOp::SRem,
        BinaryOp::Shl => IntOp::Shl,
        BinaryOp::LShr => IntOp::LShr,
        BinaryOp::AShr => IntOp::AShr,
        BinaryOp::And => IntOp::And,
        BinaryOp::Or => IntOp::Or,
        BinaryOp::Xor => IntOp::Xor,
        _ => return None,
    })
}

/// The [`value::FloatOp`] of a float [`BinaryOp`].
pub(crate) fn float_op(op: BinaryOp) -> Option<value::FloatOp> {
    use value::FloatOp as F;
    Some(match op {
        BinaryOp::FAdd => F::Add,
        BinaryOp::FSub => F::Sub,
        BinaryOp::FMul => F::Mul,
        BinaryOp::FDiv => F::Div,
        BinaryOp::FRem => F::Rem,
        _ => return None,
    })
}

impl ConstEval<'_, '_> {
    /// Writes the image of `c` into `out` (at least its allocation size long).
    pub(crate) fn write(&mut self, c: Const, out: &mut [u8]) -> Result<(), EngineError> {
        let m = self.m;
        let data = &m.consts[c];
        let ty = data.ty;
        let types = &m.types;
        match &data.kind {
            ConstKind::Null | ConstKind::Undef | ConstKind::Poison | ConstKind::Zero => {
                let n = (self.dl.alloc_size(types, ty) as usize).min(out.len());
                out[..n].fill(0);
            }
            ConstKind::Bytes(b) => {
                let n = b.len().min(out.len());
                out[..n].copy_from_slice(&b[..n]);
            }
            ConstKind::WideInt(words) => {
                let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
                let n = (self.dl.store_size(types, ty) as usize)
                    .min(bytes.len())
                    .min(out.len());
                out[..n].copy_from_slice(&bytes[..n]);
            }
            ConstKind::Aggregate(elems) => match types.data(ty) {
                TypeData::Vector { elem, .. } => {
                    let shape = tyinfo::shape(types, ty)
                        .ok_or_else(|| bad(m, format!("unsupported vector constant {c}")))?;
                    let _ = elem;
                    for (i, &e) in elems.iter().enumerate() {
                        let v = self.scalar(e)?;
                        shape.set(out, i, v as u64);
                    }
                }
                _ => {
                    for (i, &e) in elems.iter().enumerate() {
                        let (off, _) = self
                            .dl
                            .member_offset(types, ty, i as u64)
                            .ok_or_else(|| bad(m, format!("bad aggregate constant {c}")))?;
                        let off = off as usize;
                        if off > out.len() {
                            return Err(bad(m, format!("aggregate constant {c} overflows")));
                        }
                        self.write(e, &mut out[off..])?;
                    }
                }
            },
            _ => {
                let v = self.scalar(c)?;
                let n = (self.dl.store_size(types, ty) as usize)
                    .min(16)
                    .min(out.len());
                out[..n].copy_from_slice(&v.to_le_bytes()[..n]);
            }
        }
        Ok(())
    }

    /// The value of a scalar constant (integer zero-extended, float bits, address).
    pub(crate) fn scalar(&mut self, c: Const) -> Result<u128, EngineError> {
        let m = self.m;
        let data = &m.consts[c];
        let ty = data.ty;
        let types = &m.types;
        Ok(match &data.kind {
            ConstKind::Int(v) => *v,
            ConstKind::Float(bits) => match types.data(ty) {
                TypeData::Float => u128::from((f64::from_bits(*bits) as f32).to_bits()),
                _ => u128::from(*bits),
            },
            ConstKind::WideFloat(bits) => *bits,
            ConstKind::Null | ConstKind::Undef | ConstKind::Poison | ConstKind::Zero => 0,
            ConstKind::GlobalAddr(r) => u128::from((self.resolve)(*r)?),
            ConstKind::BlockAddress { func, block } => {
                u128::from(crate::code::block_address(*func, *block))
            }
            ConstKind::Expr(e) => self.expr(c, ty, e)?,
            ConstKind::InlineAsm(a) => {
                return Err(bad(
                    m,
                    format!("inline asm `{}` used as a value", a.template),
                ));
            }
            ConstKind::WideInt(_) => {
                return Err(bad(
                    m,
                    format!("integer constant {c} wider than 128 bits used as a scalar"),
                ));
            }
            ConstKind::Aggregate(_) | ConstKind::Bytes(_) => {
                // A small aggregate used as a scalar (e.g. bitcast of a vector constant).
                let mut buf = [0u8; 16];
                if self.dl.alloc_size(types, ty) > 16 {
                    return Err(bad(m, format!("aggregate constant {c} used as a scalar")));
                }
                self.write(c, &mut buf)?;
                u128::from_le_bytes(buf)
            }
        })
    }

    fn expr(&mut self, c: Const, ty: Type, e: &ConstExpr) -> Result<u128, EngineError> {
        let m = self.m;
        let types = &m.types;
        match e {
            ConstExpr::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                let mut addr = self.scalar(*base)? as u64;
                let mut cur = *source_ty;
                for (n, &i) in indices.iter().enumerate() {
                    let ity = m.consts[i].ty;
                    let bits = tyinfo::int_bits(types, ity).unwrap_or(64);
                    let idx = value::sext128(self.scalar(i)?, bits) as i64;
                    if n == 0 {
                        let sz = self.dl.alloc_size(types, cur) as i64;
                        addr = addr.wrapping_add(idx.wrapping_mul(sz) as u64);
                        continue;
                    }
                    if types.struct_fields(cur).is_some() {
                        let (off, mty) = self
                            .dl
                            .member_offset(types, cur, idx as u64)
                            .ok_or_else(|| bad(m, format!("bad struct index in {c}")))?;
                        addr = addr.wrapping_add(off);
                        cur = mty;
                    } else if let Some((el, _)) = types.array_elem(cur) {
                        let sz = self.dl.alloc_size(types, el) as i64;
                        addr = addr.wrapping_add(idx.wrapping_mul(sz) as u64);
                        cur = el;
                    } else {
                        return Err(bad(m, format!("getelementptr {c} indexes a scalar")));
                    }
                }
                Ok(u128::from(addr))
            }
            ConstExpr::Cast { op, value } => {
                let from = m.consts[*value].ty;
                let v = self.scalar(*value)?;
                let conv = tyinfo::conv_for(types, *op, from, ty)
                    .ok_or_else(|| bad(m, format!("unsupported cast constant {c}")))?;
                Ok(value::convert(conv, v))
            }
            ConstExpr::Binary { op, lhs, rhs } => {
                let (a, b) = (self.scalar(*lhs)?, self.scalar(*rhs)?);
                if let Some(iop) = int_op(*op) {
                    let bits = tyinfo::int_bits(types, ty).unwrap_or(64);
                    value::int_binop128(iop, bits, a, b)
                        .map_err(|f| bad(m, format!("constant {c}: {}", f.message())))
                } else if let Some(w) = tyinfo::wide(types, ty) {
                    let fop = float_op(*op).unwrap_or(value::FloatOp::Add);
                    Ok(crate::wide::bin(w, fop, a, b))
                } else {
                    let fp = tyinfo::fp(types, ty).unwrap_or(Fp::F64);
                    let fop = float_op(*op).unwrap_or(value::FloatOp::Add);
                    Ok(fp.put(value::fbin(fop, fp.get(a), fp.get(b))))
                }
            }
            ConstExpr::ICmp { pred, lhs, rhs } => {
                let bits = tyinfo::int_bits(types, m.consts[*lhs].ty).unwrap_or(64);
                let (a, b) = (self.scalar(*lhs)?, self.scalar(*rhs)?);
                Ok(u128::from(value::icmp128(*pred, bits, a, b)))
            }
            ConstExpr::FCmp { pred, lhs, rhs } => {
                if let Some(w) = tyinfo::wide(types, m.consts[*lhs].ty) {
                    let (a, b) = (self.scalar(*lhs)?, self.scalar(*rhs)?);
                    return Ok(u128::from(crate::wide::cmp(w, *pred, a, b)));
                }
                let fp = tyinfo::fp(types, m.consts[*lhs].ty).unwrap_or(Fp::F64);
                let (a, b) = (self.scalar(*lhs)?, self.scalar(*rhs)?);
                Ok(u128::from(value::fcmp(*pred, fp.get(a), fp.get(b))))
            }
            ConstExpr::Select {
                cond,
                if_true,
                if_false,
            } => {
                if self.scalar(*cond)? & 1 != 0 {
                    self.scalar(*if_true)
                } else {
                    self.scalar(*if_false)
                }
            }
        }
    }
}
