//! Constants blocks, at module level and in function bodies.
//!
//! A block is read in two steps: its records (each with the type `SETTYPE` made current)
//! are collected, then resolved in order with memoization, so a constant may use one that
//! comes later in the block (LLVM's writer orders constants by type and use count, not by
//! dependency). Resolution depth is bounded; a cycle is an error.

use super::module::{ModuleReader, decode_signed};
use crate::bitstream::Entry;
use crate::codes::{binop, cst};
use crate::error::{DResult, limit, malformed, unsupported};
use jit_core::ir::{
    BinaryOp, CastOp, Const, ConstExpr, ConstKind, FloatPredicate, GlobalRef, InlineAsm,
    IntPredicate, Operand, Type, TypeData,
};

/// How deep constant operands may nest through forward references.
const MAX_DEPTH: u32 = 256;

/// One collected record.
struct CRec {
    ty: Type,
    code: u32,
    ops: Vec<u64>,
    /// Bit position, for messages.
    at: u64,
}

/// A decoded predicate of `icmp`/`fcmp`.
pub(crate) enum Pred {
    Int(IntPredicate),
    Float(FloatPredicate),
}

pub(crate) fn decode_pred(v: u64) -> Option<Pred> {
    use FloatPredicate as F;
    use IntPredicate as I;
    Some(match v {
        0 => Pred::Float(F::False),
        1 => Pred::Float(F::Oeq),
        2 => Pred::Float(F::Ogt),
        3 => Pred::Float(F::Oge),
        4 => Pred::Float(F::Olt),
        5 => Pred::Float(F::Ole),
        6 => Pred::Float(F::One),
        7 => Pred::Float(F::Ord),
        8 => Pred::Float(F::Uno),
        9 => Pred::Float(F::Ueq),
        10 => Pred::Float(F::Ugt),
        11 => Pred::Float(F::Uge),
        12 => Pred::Float(F::Ult),
        13 => Pred::Float(F::Ule),
        14 => Pred::Float(F::Une),
        15 => Pred::Float(F::True),
        32 => Pred::Int(I::Eq),
        33 => Pred::Int(I::Ne),
        34 => Pred::Int(I::Ugt),
        35 => Pred::Int(I::Uge),
        36 => Pred::Int(I::Ult),
        37 => Pred::Int(I::Ule),
        38 => Pred::Int(I::Sgt),
        39 => Pred::Int(I::Sge),
        40 => Pred::Int(I::Slt),
        41 => Pred::Int(I::Sle),
        _ => return None,
    })
}

pub(crate) fn decode_cast(v: u64) -> Option<CastOp> {
    use CastOp::*;
    Some(match v {
        0 => Trunc,
        1 => ZExt,
        2 => SExt,
        3 => FPToUI,
        4 => FPToSI,
        5 => UIToFP,
        6 => SIToFP,
        7 => FPTrunc,
        8 => FPExt,
        9 => PtrToInt,
        10 => IntToPtr,
        11 => BitCast,
        12 => AddrSpaceCast,
        _ => return None,
    })
}

pub(crate) fn decode_binop(v: u64, float: bool) -> Option<BinaryOp> {
    use BinaryOp::*;
    Some(match (v, float) {
        (binop::ADD, false) => Add,
        (binop::ADD, true) => FAdd,
        (binop::SUB, false) => Sub,
        (binop::SUB, true) => FSub,
        (binop::MUL, false) => Mul,
        (binop::MUL, true) => FMul,
        (binop::UDIV, false) => UDiv,
        (binop::SDIV, false) => SDiv,
        (binop::SDIV, true) => FDiv,
        (binop::UREM, false) => URem,
        (binop::SREM, false) => SRem,
        (binop::SREM, true) => FRem,
        (binop::SHL, false) => Shl,
        (binop::LSHR, false) => LShr,
        (binop::ASHR, false) => AShr,
        (binop::AND, false) => And,
        (binop::OR, false) => Or,
        (binop::XOR, false) => Xor,
        _ => return None,
    })
}

/// The bits of the `double` equal to the `float` with bits `b` (exact; NaN payloads kept).
pub(crate) fn f32_bits_to_f64_bits(b: u32) -> u64 {
    let sign = u64::from(b >> 31) << 63;
    let exp = (b >> 23) & 0xff;
    let frac = u64::from(b & 0x7f_ffff);
    match exp {
        0xff => sign | (0x7ff << 52) | (frac << 29),
        0 if frac == 0 => sign,
        0 => {
            // Subnormal float: normalize (a double has the range).
            let shift = frac.leading_zeros() - (64 - 23);
            let mant = (frac << (shift + 1)) & 0x7f_ffff;
            let e = 1023 - 126 - 1 - i64::from(shift);
            sign | ((e as u64) << 52) | (mant << 29)
        }
        e => sign | ((u64::from(e) + 1023 - 127) << 52) | (frac << 29),
    }
}

/// Whether an integer type is at most 64 bits wide.
fn words_for(bits: u32) -> usize {
    bits.div_ceil(64) as usize
}

impl ModuleReader<'_> {
    /// Reads a constants block whose first value gets the next value id.
    pub(super) fn read_constants(&mut self) -> DResult<()> {
        let mut recs: Vec<CRec> = Vec::new();
        let mut ty: Option<Type> = None;
        loop {
            match self.next()? {
                Entry::EndBlock => break,
                Entry::Eof => return malformed("the input ends inside CONSTANTS_BLOCK"),
                Entry::SubBlock(_) => self.c.skip_block(),
                Entry::Record(cst::SETTYPE) => {
                    self.what = "SETTYPE".into();
                    ty = Some(self.type_id(self.op(0)?)?);
                }
                Entry::Record(code) => {
                    self.what = format!("constant record {code}");
                    let Some(t) = ty else {
                        return malformed("a constant before any SETTYPE");
                    };
                    recs.push(CRec {
                        ty: t,
                        code,
                        ops: self.c.record().ops.clone(),
                        at: self.at,
                    });
                }
            }
        }
        let base = self.vals.len();
        let mut memo: Vec<Option<Const>> = vec![None; recs.len()];
        let mut busy = vec![false; recs.len()];
        for i in 0..recs.len() {
            let c = self.resolve(&recs, &mut memo, &mut busy, base, i, 0)?;
            self.vals.push((Operand::Const(c), recs[i].ty));
        }
        self.what.clear();
        Ok(())
    }

    fn resolve(
        &mut self,
        recs: &[CRec],
        memo: &mut [Option<Const>],
        busy: &mut [bool],
        base: usize,
        i: usize,
        depth: u32,
    ) -> DResult<Const> {
        if let Some(c) = memo[i] {
            return Ok(c);
        }
        if depth > MAX_DEPTH {
            return limit(format!("constants nest more than {MAX_DEPTH} deep"));
        }
        if busy[i] {
            return malformed(format!(
                "constant {} is defined in terms of itself",
                base + i
            ));
        }
        busy[i] = true;
        let r = &recs[i];
        self.at = r.at;
        self.what = format!("constant {} (record {})", base + i, r.code);
        let c = self.decode_const(recs, memo, busy, base, i, depth)?;
        busy[i] = false;
        memo[i] = Some(c);
        Ok(c)
    }

    /// The constant and type of value id `id` while reading a constants block.
    fn const_ref(
        &mut self,
        recs: &[CRec],
        memo: &mut [Option<Const>],
        busy: &mut [bool],
        base: usize,
        id: u64,
        depth: u32,
    ) -> DResult<(Const, Type)> {
        let id = usize::try_from(id).unwrap_or(usize::MAX);
        if id < base {
            return match self.vals[id] {
                (Operand::Const(c), t) => Ok((c, t)),
                _ => malformed(format!("constant operand {id} is not a constant")),
            };
        }
        let Some(j) = id.checked_sub(base).filter(|&j| j < recs.len()) else {
            return malformed(format!("constant operand {id} is not defined"));
        };
        let c = self.resolve(recs, memo, busy, base, j, depth + 1)?;
        let (at, what) = (recs[j].at, format!("constant {id}"));
        let _ = (at, what);
        Ok((c, recs[j].ty))
    }

    fn decode_const(
        &mut self,
        recs: &[CRec],
        memo: &mut [Option<Const>],
        busy: &mut [bool],
        base: usize,
        i: usize,
        depth: u32,
    ) -> DResult<Const> {
        let r = &recs[i];
        let ty = r.ty;
        let ops = &r.ops;
        let op = |j: usize| -> DResult<u64> {
            ops.get(j).copied().map_or_else(
                || malformed(format!("constant record {} has too few operands", r.code)),
                Ok,
            )
        };
        let data = self.m.types.data(ty).clone();
        let kind = match r.code {
            cst::NULL => match data {
                TypeData::Int(_) => return Ok(self.m.const_int(ty, 0)),
                TypeData::Float | TypeData::Double => ConstKind::Float(0),
                TypeData::X86Fp80 | TypeData::Fp128 => ConstKind::WideFloat(0),
                TypeData::Ptr(_) => ConstKind::Null,
                TypeData::Array { .. }
                | TypeData::Vector { .. }
                | TypeData::Struct { .. }
                | TypeData::Named(_) => ConstKind::Zero,
                _ => return malformed("a null constant of a type without values"),
            },
            cst::UNDEF | cst::POISON => {
                if !self.m.is_first_class(ty) {
                    return malformed("undef or poison of a type without values");
                }
                if r.code == cst::UNDEF {
                    ConstKind::Undef
                } else {
                    ConstKind::Poison
                }
            }
            cst::INTEGER => {
                let Some(bits) = self.m.types.int_bits(ty) else {
                    return malformed("an integer constant of a non-integer type");
                };
                let v = decode_signed(op(0)?);
                if bits > 128 {
                    let mut words = vec![if v < 0 { u64::MAX } else { 0 }; words_for(bits)];
                    words[0] = v as u64;
                    return Ok(self.m.const_wide(ty, words));
                }
                return Ok(self.m.const_int(ty, v as i128 as u128));
            }
            cst::WIDE_INTEGER => {
                let Some(bits) = self.m.types.int_bits(ty) else {
                    return malformed("an integer constant of a non-integer type");
                };
                if ops.is_empty() || ops.len() > words_for(bits) + 1 {
                    return malformed(format!("a wide integer of {} words for i{bits}", ops.len()));
                }
                let words: Vec<u64> = ops.iter().map(|&w| decode_signed(w) as u64).collect();
                return Ok(self.m.const_wide(ty, words));
            }
            cst::FLOAT => match data {
                TypeData::Float => {
                    let b = op(0)?;
                    ConstKind::Float(f32_bits_to_f64_bits(b as u32))
                }
                TypeData::Double => ConstKind::Float(op(0)?),
                TypeData::X86Fp80 => {
                    let (a, b) = (op(0)?, op(1)?);
                    let lo = (b & 0xffff) | (a << 16);
                    let hi = a >> 48;
                    ConstKind::WideFloat(u128::from(lo) | (u128::from(hi & 0xffff) << 64))
                }
                TypeData::Fp128 => {
                    ConstKind::WideFloat(u128::from(op(0)?) | (u128::from(op(1)?) << 64))
                }
                _ => return malformed("a floating-point constant of a non-float type"),
            },
            cst::AGGREGATE => {
                let n = ops.len();
                let want: Vec<Type> = match &data {
                    TypeData::Struct { fields, .. } => fields.to_vec(),
                    TypeData::Named(_) => self
                        .m
                        .types
                        .struct_fields(ty)
                        .map(|(f, _)| f.to_vec())
                        .unwrap_or_default(),
                    TypeData::Array { elem, len } if *len == n as u64 => vec![*elem; n],
                    TypeData::Vector { elem, len } if *len as usize == n => vec![*elem; n],
                    _ => {
                        return malformed(
                            "an aggregate constant whose size does not match its type",
                        );
                    }
                };
                if want.len() != n {
                    return malformed("an aggregate constant whose size does not match its type");
                }
                let mut elems = Vec::with_capacity(n);
                for (k, &id) in ops.iter().enumerate() {
                    let (c, t) = self.const_ref(recs, memo, busy, base, id, depth)?;
                    if t != want[k] {
                        return malformed(format!(
                            "element {k} of an aggregate has the wrong type"
                        ));
                    }
                    elems.push(c);
                }
                ConstKind::Aggregate(elems.into())
            }
            cst::STRING | cst::CSTRING => {
                let mut bytes: Vec<u8> = ops.iter().map(|&b| b as u8).collect();
                if r.code == cst::CSTRING {
                    bytes.push(0);
                }
                match data {
                    TypeData::Array {
                        elem: Type::I8,
                        len,
                    } if len == bytes.len() as u64 => ConstKind::Bytes(bytes.into()),
                    _ => {
                        return malformed(
                            "a string constant whose type is not [N x i8] of its length",
                        );
                    }
                }
            }
            cst::DATA => {
                let (elem, len) = match data {
                    TypeData::Array { elem, len } => (elem, len),
                    TypeData::Vector { elem, len } => (elem, u64::from(len)),
                    _ => return malformed("a data constant of a non-sequential type"),
                };
                if len != ops.len() as u64 {
                    return malformed("a data constant whose length does not match its type");
                }
                if elem == Type::I8 && matches!(data, TypeData::Array { .. }) {
                    ConstKind::Bytes(ops.iter().map(|&b| b as u8).collect())
                } else {
                    let mut elems = Vec::with_capacity(ops.len());
                    for &v in ops {
                        let c = match self.m.types.data(elem) {
                            TypeData::Int(b) if *b <= 64 => self.m.const_int(elem, u128::from(v)),
                            TypeData::Float => self
                                .m
                                .constant(elem, ConstKind::Float(f32_bits_to_f64_bits(v as u32))),
                            TypeData::Double => self.m.constant(elem, ConstKind::Float(v)),
                            _ => {
                                return malformed(
                                    "a data constant of elements that are not ints or floats",
                                );
                            }
                        };
                        elems.push(c);
                    }
                    ConstKind::Aggregate(elems.into())
                }
            }
            cst::CE_BINOP => {
                let float = self.m.types.is_float(ty)
                    || matches!(data, TypeData::Vector { elem, .. } if self.m.types.is_float(elem));
                let Some(bop) = decode_binop(op(0)?, float) else {
                    return malformed(format!("binary operator {} on this type", op(0)?));
                };
                let (lhs, lt) = self.const_ref(recs, memo, busy, base, op(1)?, depth)?;
                let (rhs, rt) = self.const_ref(recs, memo, busy, base, op(2)?, depth)?;
                if lt != ty || rt != ty {
                    return malformed("a constant binary operator's operands differ from its type");
                }
                ConstKind::Expr(ConstExpr::Binary { op: bop, lhs, rhs })
            }
            cst::CE_UNOP => return unsupported("constant unary operators (fneg)"),
            cst::CE_CAST => {
                let Some(cop) = decode_cast(op(0)?) else {
                    return malformed(format!("cast opcode {}", op(0)?));
                };
                let _opty = self.type_id(op(1)?)?;
                let (value, _) = self.const_ref(recs, memo, busy, base, op(2)?, depth)?;
                ConstKind::Expr(ConstExpr::Cast { op: cop, value })
            }
            cst::CE_GEP
            | cst::CE_GEP_WITH_INRANGE
            | cst::CE_GEP_OLD
            | cst::CE_INBOUNDS_GEP
            | cst::CE_GEP_WITH_INRANGE_INDEX_OLD => {
                let (source_ty, inbounds, start) = match r.code {
                    cst::CE_GEP | cst::CE_GEP_WITH_INRANGE_INDEX_OLD => {
                        (self.type_id(op(0)?)?, op(1)? & 1 != 0, 2)
                    }
                    cst::CE_GEP_WITH_INRANGE => {
                        let width = op(2)?;
                        if width > 64 {
                            return unsupported("inrange bounds wider than 64 bits");
                        }
                        (self.type_id(op(0)?)?, op(1)? & 1 != 0, 5)
                    }
                    _ if ops.len() % 2 == 1 => {
                        (self.type_id(op(0)?)?, r.code == cst::CE_INBOUNDS_GEP, 1)
                    }
                    _ => return unsupported("a getelementptr constant without its source type"),
                };
                let rest = ops.get(start..).unwrap_or(&[]);
                if rest.len() < 2 || rest.len() % 2 != 0 {
                    return malformed("a getelementptr constant without a base and type pairs");
                }
                let mut operands = Vec::with_capacity(rest.len() / 2);
                for pair in rest.chunks(2) {
                    let _t = self.type_id(pair[0])?;
                    let (c, _) = self.const_ref(recs, memo, busy, base, pair[1], depth)?;
                    operands.push(c);
                }
                let base_c = operands.remove(0);
                ConstKind::Expr(ConstExpr::Gep {
                    source_ty,
                    base: base_c,
                    indices: operands.into(),
                    inbounds,
                })
            }
            cst::CE_SELECT => {
                let (cond, _) = self.const_ref(recs, memo, busy, base, op(0)?, depth)?;
                let (if_true, _) = self.const_ref(recs, memo, busy, base, op(1)?, depth)?;
                let (if_false, _) = self.const_ref(recs, memo, busy, base, op(2)?, depth)?;
                ConstKind::Expr(ConstExpr::Select {
                    cond,
                    if_true,
                    if_false,
                })
            }
            cst::CE_CMP => {
                let _opty = self.type_id(op(0)?)?;
                let (lhs, _) = self.const_ref(recs, memo, busy, base, op(1)?, depth)?;
                let (rhs, _) = self.const_ref(recs, memo, busy, base, op(2)?, depth)?;
                match decode_pred(op(3)?) {
                    Some(Pred::Int(pred)) => ConstKind::Expr(ConstExpr::ICmp { pred, lhs, rhs }),
                    Some(Pred::Float(pred)) => ConstKind::Expr(ConstExpr::FCmp { pred, lhs, rhs }),
                    None => return malformed(format!("comparison predicate {}", op(3)?)),
                }
            }
            cst::BLOCKADDRESS => {
                let _fnty = self.type_id(op(0)?)?;
                let (f, _) = self.const_ref(recs, memo, busy, base, op(1)?, depth)?;
                let ConstKind::GlobalAddr(GlobalRef::Function(func)) = self.m.consts[f].kind else {
                    return malformed("blockaddress of something that is not a function");
                };
                let bb = u32::try_from(op(2)?)
                    .map_or_else(|_| malformed("blockaddress block number"), Ok)?;
                let c = self.m.constant(
                    Type::PTR,
                    ConstKind::BlockAddress {
                        func,
                        block: jit_core::ir::Block::from_u32(bb),
                    },
                );
                self.block_addresses.push(c);
                return Ok(c);
            }
            cst::INLINEASM | cst::INLINEASM_OLD3 | cst::INLINEASM_OLD2 | cst::INLINEASM_OLD => {
                let mut k = 0;
                if r.code == cst::INLINEASM {
                    self.type_id(op(0)?)?;
                    k = 1;
                }
                let flags = op(k)?;
                let asm_len = op(k + 1)? as usize;
                let s = k + 2;
                let Some(tmpl) = ops.get(s..s.saturating_add(asm_len)) else {
                    return malformed("an inline asm string longer than its record");
                };
                let c_len = op(s + asm_len)? as usize;
                let cs = s + asm_len + 1;
                let Some(cons) = ops.get(cs..cs.saturating_add(c_len)) else {
                    return malformed("an inline asm constraint string longer than its record");
                };
                let text = |v: &[u64]| -> DResult<String> {
                    String::from_utf8(v.iter().map(|&b| b as u8).collect())
                        .map_or_else(|_| unsupported("inline asm that is not UTF-8"), Ok)
                };
                let template = text(tmpl)?;
                let constraint_text = text(cons)?;
                let constraints = match jit_core::ir::parse_constraints(&constraint_text) {
                    Ok(c) => c,
                    Err(e) => return unsupported(e.to_string()),
                };
                let old = r.code == cst::INLINEASM_OLD;
                ConstKind::InlineAsm(Box::new(InlineAsm {
                    template,
                    constraint_text,
                    constraints: constraints.into(),
                    side_effect: flags & 1 != 0,
                    align_stack: flags & 2 != 0,
                    intel_dialect: !old && flags & 4 != 0,
                    unwind: !old && flags & 8 != 0,
                }))
            }
            cst::DSO_LOCAL_EQUIVALENT => return unsupported("dso_local_equivalent constants"),
            cst::NO_CFI_VALUE => return unsupported("no_cfi constants"),
            cst::PTRAUTH => return unsupported("ptrauth constants"),
            cst::CE_EXTRACTELT | cst::CE_INSERTELT | cst::CE_SHUFFLEVEC | cst::CE_SHUFVEC_EX => {
                return unsupported("vector constant expressions");
            }
            c => return unsupported(format!("unknown constant record {c}")),
        };
        let _ = i;
        let ty = if matches!(kind, ConstKind::InlineAsm(_)) {
            Type::PTR
        } else {
            ty
        };
        Ok(self.m.constant(ty, kind))
    }
}
