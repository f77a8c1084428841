//! One instruction at a time: arithmetic, comparisons, memory, casts, aggregates, vectors
//! and control flow; `getelementptr` becomes a constant offset plus scaled index terms.

use super::{LResult, Lowerer, unsupported};
use crate::abi::AbiTy;
use crate::code::*;
use crate::consts::{float_op, int_op};
use crate::tyinfo;
use jit_core::ir::{ConstKind, Inst, InstKind, Operand, ParamAttrs, Type, TypeData};

impl Lowerer<'_, '_> {
    pub(super) fn inst(&mut self, i: Inst, in_entry: bool) -> LResult<()> {
        let body = self.func.body.as_ref().expect("body");
        let data = &body.insts[i];
        let res = data.result;
        let dst = res.map_or(NONE, |v| self.slot(v));
        let rty = res.map_or(Type::VOID, |v| self.vty(v));
        let types = &self.m.types;
        match &data.kind {
            InstKind::Phi { .. } => {}
            InstKind::Binary { op, lhs, rhs, .. } => {
                let (a, b) = (self.opnd(*lhs)?, self.opnd(*rhs)?);
                match types.data(rty) {
                    TypeData::Int(bits) => {
                        let iop = int_op(*op).ok_or(FailKind::Msg("float op on ints".into()))?;
                        let bits = *bits as u8;
                        self.push(if bits <= 64 {
                            Op::IBin {
                                op: iop,
                                bits,
                                dst,
                                a,
                                b,
                            }
                        } else {
                            Op::IBinW {
                                op: iop,
                                bits,
                                dst,
                                a,
                                b,
                            }
                        });
                    }
                    TypeData::Float | TypeData::Double => {
                        let fop = float_op(*op).ok_or(FailKind::Msg("int op on floats".into()))?;
                        let fp = tyinfo::fp(types, rty).expect("float type");
                        self.push(Op::FBin {
                            op: fop,
                            fp,
                            dst,
                            a,
                            b,
                        });
                    }
                    TypeData::X86Fp80 | TypeData::Fp128 => {
                        let fop = float_op(*op).ok_or(FailKind::Msg("int op on floats".into()))?;
                        let w = tyinfo::wide(types, rty).expect("wide float type");
                        self.push(Op::WBin {
                            op: fop,
                            w,
                            dst,
                            a,
                            b,
                        });
                    }
                    TypeData::Vector { .. } => {
                        let shape = self.shape(rty)?;
                        let kind = match (int_op(*op), float_op(*op)) {
                            (Some(o), _) => VecKind::IBin(o),
                            (_, Some(o)) => VecKind::FBin(o),
                            _ => return unsupported("vector op"),
                        };
                        let w = self.words(rty);
                        self.vec(VecSite {
                            kind,
                            src: shape,
                            res: shape,
                            dst,
                            ops: [(a, w), (b, w), (NONE, 0)],
                            words: w,
                        });
                    }
                    _ => return unsupported(format!("{} on this type", op.name())),
                }
            }
            InstKind::FNeg { arg, .. } => {
                let a = self.opnd(*arg)?;
                if let Some(fp) = tyinfo::fp(types, rty) {
                    self.push(Op::FNeg { fp, dst, a });
                } else if let Some(w) = tyinfo::wide(types, rty) {
                    self.push(Op::WNeg { w, dst, a });
                } else {
                    let shape = self.shape(rty)?;
                    let w = self.words(rty);
                    self.vec(VecSite {
                        kind: VecKind::FNeg,
                        src: shape,
                        res: shape,
                        dst,
                        ops: [(a, w), (NONE, 0), (NONE, 0)],
                        words: w,
                    });
                }
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                let oty = self.oty(*lhs);
                let (a, b) = (self.opnd(*lhs)?, self.opnd(*rhs)?);
                if let Some(bits) = tyinfo::int_bits(types, oty) {
                    let bits = bits as u8;
                    let pred = *pred;
                    self.push(if bits <= 64 {
                        Op::ICmp {
                            pred,
                            bits,
                            dst,
                            a,
                            b,
                        }
                    } else {
                        Op::ICmpW {
                            pred,
                            bits,
                            dst,
                            a,
                            b,
                        }
                    });
                } else {
                    self.vec_cmp(VecKind::ICmp(*pred), oty, rty, dst, (a, b))?;
                }
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let oty = self.oty(*lhs);
                let (a, b) = (self.opnd(*lhs)?, self.opnd(*rhs)?);
                if let Some(fp) = tyinfo::fp(types, oty) {
                    self.push(Op::FCmp {
                        pred: *pred,
                        fp,
                        dst,
                        a,
                        b,
                    });
                } else if let Some(w) = tyinfo::wide(types, oty) {
                    self.push(Op::WCmp {
                        pred: *pred,
                        w,
                        dst,
                        a,
                        b,
                    });
                } else {
                    self.vec_cmp(VecKind::FCmp(*pred), oty, rty, dst, (a, b))?;
                }
            }
            InstKind::Alloca { ty, count, align } => {
                let elem_size = self.dl.alloc_size(types, *ty);
                let align = if *align == 0 {
                    self.dl.abi_align(types, *ty)
                } else {
                    u64::from(*align)
                };
                let const_count = match count {
                    Operand::Const(c) => match self.m.consts[*c].kind {
                        ConstKind::Int(n) => u64::try_from(n).ok(),
                        _ => None,
                    },
                    Operand::Value(_) => None,
                };
                match const_count {
                    Some(n) if in_entry && elem_size.saturating_mul(n) < (1 << 30) => {
                        let off = self.out.frame_size.next_multiple_of(align);
                        self.out.frame_size = off + elem_size * n;
                        self.out.frame_align = self.out.frame_align.max(align);
                        if off > u64::from(u32::MAX) {
                            return unsupported("frame too large");
                        }
                        self.push(Op::FrameAddr {
                            dst,
                            off: off as u32,
                        });
                    }
                    _ => {
                        let count_bits =
                            tyinfo::int_bits(types, self.oty(*count)).unwrap_or(64) as u8;
                        let count = self.opnd(*count)?;
                        self.push(Op::Alloca {
                            dst,
                            count,
                            count_bits,
                            align: align as u32,
                            elem_size,
                        });
                    }
                }
            }
            InstKind::Load { ptr, .. } => {
                let ptr = self.opnd(*ptr)?;
                let size = self.dl.store_size(types, rty) as u32;
                let words = self.words(rty);
                self.push(Op::Load {
                    dst,
                    ptr,
                    size,
                    words,
                });
            }
            InstKind::Store { value, ptr, .. } => {
                let size = self.dl.store_size(types, self.oty(*value)) as u32;
                let src = self.opnd(*value)?;
                let ptr = self.opnd(*ptr)?;
                self.push(Op::Store { src, ptr, size });
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                if let TypeData::Vector { len, .. } = *self.m.types.data(rty) {
                    self.vector_gep(dst, rty, len, *source_ty, *base, indices)?;
                } else {
                    self.gep(dst, *source_ty, *base, indices)?;
                }
            }
            InstKind::Cast { op, value, .. } => {
                let from = self.oty(*value);
                let a = self.opnd(*value)?;
                let (fw, tw) = (self.words(from), self.words(rty));
                let both_vec = types.is_vector(from) && types.is_vector(rty);
                let is_bitcast = matches!(
                    op,
                    jit_core::ir::CastOp::BitCast | jit_core::ir::CastOp::AddrSpaceCast
                );
                if is_bitcast {
                    self.push(Op::Copy {
                        dst,
                        a,
                        words: fw.min(tw),
                    });
                } else if both_vec {
                    let (src, res_shape) = (self.shape(from)?, self.shape(rty)?);
                    let conv = tyinfo::conv_for(
                        types,
                        *op,
                        tyinfo::scalar_of(types, from),
                        tyinfo::scalar_of(types, rty),
                    )
                    .ok_or(FailKind::Msg(format!("unsupported vector {}", op.name())))?;
                    self.vec(VecSite {
                        kind: VecKind::Conv(conv),
                        src,
                        res: res_shape,
                        dst,
                        ops: [(a, fw), (NONE, 0), (NONE, 0)],
                        words: tw,
                    });
                } else {
                    let conv =
                        tyinfo::conv_for(types, *op, from, rty).ok_or(FailKind::Msg(format!(
                            "unsupported {} from {} to {}",
                            op.name(),
                            types.display(from),
                            types.display(rty)
                        )))?;
                    self.push(Op::Conv {
                        conv,
                        src2: fw > 1,
                        dst2: tw > 1,
                        dst,
                        a,
                    });
                }
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                let cty = self.oty(*cond);
                let (c, a, b) = (
                    self.opnd(*cond)?,
                    self.opnd(*if_true)?,
                    self.opnd(*if_false)?,
                );
                let w = self.words(rty);
                if types.is_vector(cty) {
                    let cs = self.shape(cty)?;
                    let rs = self.shape(rty)?;
                    self.vec(VecSite {
                        kind: VecKind::Select,
                        src: cs,
                        res: rs,
                        dst,
                        ops: [(c, self.words(cty)), (a, w), (b, w)],
                        words: w,
                    });
                } else {
                    self.push(Op::Select {
                        dst,
                        c,
                        a,
                        b,
                        words: w,
                    });
                }
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            } => self.call(dst, rty, *callee, *fn_ty, args, ret_attrs)?,
            InstKind::ExtractValue { agg, indices } => {
                let (off, mty) = self.walk(self.oty(*agg), indices)?;
                let agg = self.opnd(*agg)?;
                let size = self.dl.store_size(types, mty) as u32;
                let words = self.words(mty);
                self.push(Op::Extract {
                    dst,
                    agg,
                    off,
                    size,
                    words,
                });
            }
            InstKind::InsertValue { agg, elt, indices } => {
                let aty = self.oty(*agg);
                let (off, mty) = self.walk(aty, indices)?;
                let size = self.dl.store_size(types, mty) as u32;
                let words = self.words(aty);
                let (agg, elt) = (self.opnd(*agg)?, self.opnd(*elt)?);
                self.push(Op::Insert {
                    dst,
                    agg,
                    elt,
                    off,
                    size,
                    words,
                });
            }
            InstKind::ExtractElement { vec, index } => {
                let vty = self.oty(*vec);
                let src = self.shape(vty)?;
                let res_shape = self.shape(rty)?;
                let w = self.words(vty);
                let (v, ix) = (self.opnd(*vec)?, self.opnd(*index)?);
                self.vec(VecSite {
                    kind: VecKind::Extract,
                    src,
                    res: res_shape,
                    dst,
                    ops: [(v, w), (ix, 1), (NONE, 0)],
                    words: self.words(rty),
                });
            }
            InstKind::InsertElement { vec, elt, index } => {
                let shape = self.shape(rty)?;
                let w = self.words(rty);
                let ew = self.words(self.oty(*elt));
                let (v, e, ix) = (self.opnd(*vec)?, self.opnd(*elt)?, self.opnd(*index)?);
                self.vec(VecSite {
                    kind: VecKind::Insert,
                    src: shape,
                    res: shape,
                    dst,
                    ops: [(v, w), (e, ew), (ix, 1)],
                    words: w,
                });
            }
            InstKind::ShuffleVector { a, b, mask } => {
                let aty = self.oty(*a);
                let src = self.shape(aty)?;
                let res_shape = self.shape(rty)?;
                let w = self.words(aty);
                let (x, y) = (self.opnd(*a)?, self.opnd(*b)?);
                self.vec(VecSite {
                    kind: VecKind::Shuffle(mask.clone()),
                    src,
                    res: res_shape,
                    dst,
                    ops: [(x, w), (y, w), (NONE, 0)],
                    words: self.words(rty),
                });
            }
            InstKind::Freeze { arg } => {
                let a = self.opnd(*arg)?;
                let words = self.words(rty);
                self.push(Op::Copy { dst, a, words });
            }
            InstKind::VaArg { list } => {
                let list = self.opnd(*list)?;
                let abi = AbiTy::of(types, self.dl, rty, &ParamAttrs::default());
                let idx = self.out.va_args.len() as u32;
                self.out.va_args.push(VaArgSite {
                    list,
                    dst,
                    words: self.words(rty),
                    abi,
                });
                self.push(Op::VaArg { idx });
            }
            InstKind::Ret { value } => {
                let (val, words) = match value {
                    Some(v) => (self.opnd(*v)?, self.words(self.oty(*v))),
                    None => (NONE, 0),
                };
                self.push(Op::Ret { val, words });
            }
            InstKind::Br { dest } => {
                let edge = self.edge(*dest);
                self.push(Op::Br { edge });
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                let c = self.opnd(*cond)?;
                let t = self.edge(*then_dest);
                let f = self.edge(*else_dest);
                self.push(Op::CondBr { c, t, f });
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => {
                let words = self.words(self.oty(*value));
                let v = self.opnd(*value)?;
                let default = self.edge(*default);
                let mut table: Vec<(u128, u32)> =
                    cases.iter().map(|&(k, b)| (k, self.edge(b))).collect();
                table.sort_by_key(|&(k, _)| k);
                table.dedup_by_key(|&mut (k, _)| k);
                let idx = self.out.switches.len() as u32;
                self.out.switches.push(SwitchTable {
                    words,
                    default,
                    cases: table,
                });
                self.push(Op::Switch { v, idx });
            }
            InstKind::Unreachable => self.push(Op::Unreachable),
            // The interpreter never unwinds (a throw stops the program, see
            // `Intercept::Throw`): an invoke is a call and a branch to its normal
            // destination, and landing pads and `resume` are never reached.
            InstKind::Invoke {
                callee,
                fn_ty,
                args,
                ret_attrs,
                normal,
                ..
            } => {
                self.call(dst, rty, *callee, *fn_ty, args, ret_attrs)?;
                let edge = self.edge(*normal);
                self.push(Op::Br { edge });
            }
            InstKind::LandingPad { .. } | InstKind::Resume { .. } => {
                return Err(FailKind::Msg(format!(
                    "`{}` reached, but the interpreter never unwinds a C++ exception",
                    data.kind.opcode()
                )));
            }
            InstKind::IndirectBr { addr, dests } => {
                let a = self.opnd(*addr)?;
                let func = self.out.key.func;
                let mut table: Vec<(u64, u32)> = dests
                    .iter()
                    .map(|&b| (block_address(func, b), self.edge(b)))
                    .collect();
                table.sort_by_key(|&(k, _)| k);
                table.dedup_by_key(|&mut (k, _)| k);
                let idx = self.out.indirects.len() as u32;
                self.out.indirects.push(IndirectTable { dests: table });
                self.push(Op::IndirectBr { a, idx });
            }
            InstKind::AtomicLoad { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::AtomicRmw { .. }
            | InstKind::CmpXchg { .. }
            | InstKind::Fence { .. } => self.atomic(&data.kind, dst, rty)?,
        }
        Ok(())
    }

    /// Byte offset and type of the member at `indices` of an aggregate of type `ty`.
    fn walk(&self, ty: Type, indices: &[u32]) -> LResult<(u32, Type)> {
        let mut off = 0u64;
        let mut cur = ty;
        for &i in indices {
            let (o, t) = self
                .dl
                .member_offset(&self.m.types, cur, u64::from(i))
                .ok_or(FailKind::Msg("bad aggregate index".into()))?;
            off += o;
            cur = t;
        }
        Ok((off as u32, cur))
    }

    fn gep(
        &mut self,
        dst: Slot,
        source_ty: Type,
        base: Operand,
        indices: &[Operand],
    ) -> LResult<()> {
        let base = self.opnd(base)?;
        let mut items = Vec::with_capacity(indices.len());
        for &ix in indices {
            let Some(bits) = tyinfo::int_bits(&self.m.types, self.oty(ix)) else {
                return unsupported("getelementptr index that is not an integer");
            };
            items.push(GepIndex {
                konst: self.const_int(ix, bits),
                opnd: ix,
                lane: None,
                bits,
            });
        }
        self.gep_items(dst, source_ty, base, &items)
    }

    /// The value of integer constant `o` of width `bits`, sign-extended (undef reads as 0).
    fn const_int(&self, o: Operand, bits: u32) -> Option<i64> {
        let Operand::Const(c) = o else { return None };
        match self.m.consts[c].kind {
            ConstKind::Int(v) => Some(crate::value::sext128(v, bits) as i64),
            ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => Some(0),
            _ => None,
        }
    }

    /// A `getelementptr` whose result is `<lanes x ptr>`: the scalar address computation
    /// once per lane, on that lane of every vector operand (scalar operands are splat).
    fn vector_gep(
        &mut self,
        dst: Slot,
        rty: Type,
        lanes: u32,
        source_ty: Type,
        base: Operand,
        indices: &[Operand],
    ) -> LResult<()> {
        let res_shape = self.shape(rty)?;
        let res_words = self.words(rty);
        for lane in 0..lanes {
            let lane_index = self.raw_const(u64::from(lane))?;
            let base_lane = self.lane_operand(base, lane_index)?;
            let mut items = Vec::with_capacity(indices.len());
            for &ix in indices {
                let ity = self.oty(ix);
                let elem = tyinfo::scalar_of(&self.m.types, ity);
                let Some(bits) = tyinfo::int_bits(&self.m.types, elem) else {
                    return unsupported("getelementptr index that is not an integer");
                };
                let (konst, lane) = match ix {
                    Operand::Const(c) => match &self.m.consts[c].kind {
                        ConstKind::Aggregate(elems) => {
                            let e = elems.get(lane as usize).copied();
                            (
                                e.and_then(|e| self.const_int(Operand::Const(e), bits)),
                                None,
                            )
                        }
                        _ => (self.const_int(ix, bits), None),
                    },
                    Operand::Value(_) if self.m.types.is_vector(ity) => {
                        (None, Some(self.lane_operand(ix, lane_index)?))
                    }
                    Operand::Value(_) => (None, None),
                };
                items.push(GepIndex {
                    konst,
                    opnd: ix,
                    lane,
                    bits,
                });
            }
            let address = self.temp_slot(1)?;
            self.gep_items(address, source_ty, base_lane, &items)?;
            self.vec(VecSite {
                kind: VecKind::Insert,
                src: res_shape,
                res: res_shape,
                dst,
                ops: [(dst, res_words), (address, 1), (lane_index, 1)],
                words: res_words,
            });
        }
        Ok(())
    }

    /// Lane `lane_index` (a constant operand) of `o` when it is a vector, else `o` itself.
    fn lane_operand(&mut self, o: Operand, lane_index: Opnd) -> LResult<Opnd> {
        let ty = self.oty(o);
        let v = self.opnd(o)?;
        if !self.m.types.is_vector(ty) {
            return Ok(v);
        }
        let elem = tyinfo::scalar_of(&self.m.types, ty);
        let lane = self.temp_slot(self.words(elem))?;
        let (src, res) = (self.shape(ty)?, self.shape(elem)?);
        let w = self.words(ty);
        self.vec(VecSite {
            kind: VecKind::Extract,
            src,
            res,
            dst: lane,
            ops: [(v, w), (lane_index, 1), (NONE, 0)],
            words: self.words(elem),
        });
        Ok(lane)
    }

    /// The address computation of `getelementptr`, its indices already resolved.
    fn gep_items(
        &mut self,
        dst: Slot,
        source_ty: Type,
        base: Opnd,
        items: &[GepIndex],
    ) -> LResult<()> {
        let types = &self.m.types;
        let mut off: i64 = 0;
        let mut terms = Vec::new();
        let mut cur = source_ty;
        for (n, item) in items.iter().enumerate() {
            let (konst, bits) = (item.konst, item.bits);
            let scale: i64;
            if n == 0 {
                scale = self.dl.alloc_size(types, cur) as i64;
            } else if types.struct_fields(cur).is_some() {
                let Some(k) = konst else {
                    return unsupported("getelementptr with a variable struct index");
                };
                let (o, t) = self
                    .dl
                    .member_offset(types, cur, k as u64)
                    .ok_or(FailKind::Msg("bad struct index".into()))?;
                off = off.wrapping_add(o as i64);
                cur = t;
                continue;
            } else if let Some((el, _)) = types.array_elem(cur) {
                scale = self.dl.alloc_size(types, el) as i64;
                cur = el;
            } else {
                return unsupported("getelementptr indexes into a scalar");
            }
            match konst {
                Some(k) => off = off.wrapping_add(k.wrapping_mul(scale)),
                None => {
                    let idx = match item.lane {
                        Some(lane) => lane,
                        None => self.opnd(item.opnd)?,
                    };
                    terms.push(GepTerm {
                        idx,
                        bits: bits as u8,
                        scale,
                    });
                }
            }
        }
        let start = self.out.gep_terms.len() as u32;
        let nterms = terms.len() as u32;
        self.out.gep_terms.extend(terms);
        self.push(Op::Gep {
            dst,
            base,
            off,
            terms: start,
            nterms,
        });
        Ok(())
    }
}

/// One `getelementptr` index after operand resolution: a constant, or a variable that is
/// either the IR operand itself or (vector GEPs) one lane of it already extracted.
struct GepIndex {
    konst: Option<i64>,
    opnd: Operand,
    lane: Option<Opnd>,
    bits: u32,
}
