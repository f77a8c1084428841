//! Lowering: one IR function to the compact [`LFunc`] the execution loop runs, once, at the
//! function's first call.
//!
//! Values get dense word slots; operands become slot-or-constant indices with constants
//! evaluated to their runtime bits; static allocas of the entry block are folded into one
//! fixed frame area; blocks become instruction indices and every CFG edge carries its phi
//! moves. An instruction that cannot be lowered (unknown intrinsic, unsupported construct,
//! undefined symbol) becomes an [`Op::Fail`] so it errors only if executed.

use crate::abi::AbiTy;
use crate::code::*;
use crate::consts::{ConstEval, Resolver, float_op, int_op};
use crate::tyinfo::{self, words};
use jit_core::ir::{
    Block, CallArg, Const, ConstKind, Function, GlobalRef, Inst, InstKind, Intrinsic, Module,
    Operand, ParamAttrs, Type, TypeData, Value,
};
use jit_core::{DataLayout, EngineError};
use std::collections::HashMap;
use std::rc::Rc;

struct Lowerer<'a, 'r> {
    m: &'a Module,
    dl: &'a DataLayout,
    func: &'a Function,
    module_idx: u32,
    resolve: &'a mut Resolver<'r>,
    out: LFunc,
    slots: Vec<u32>,
    const_map: HashMap<Const, u32>,
    edge_map: HashMap<(Block, Block), u32>,
    cur_block: Block,
    cur_layout: u32,
}

type LResult<T> = Result<T, FailKind>;

fn unsupported<T>(what: impl Into<String>) -> LResult<T> {
    Err(FailKind::Msg(what.into()))
}

/// Describes a parameter or argument of type `ty` as the C ABI passes it (the pointee for
/// `byval`/`sret` pointers).
pub(crate) fn param_abi(m: &Module, dl: &DataLayout, ty: Type, attrs: &ParamAttrs) -> AbiTy {
    match attrs.byval.or(attrs.sret) {
        Some(t) => AbiTy::of(&m.types, dl, t, &ParamAttrs::default()),
        None => AbiTy::of(&m.types, dl, ty, attrs),
    }
}

/// Lowers function `key` of module `m`.
pub(crate) fn lower(
    m: &Module,
    dl: &DataLayout,
    key: FnKey,
    module_name: Rc<str>,
    resolve: &mut Resolver<'_>,
) -> Result<LFunc, EngineError> {
    let func = &m.functions[key.func];
    let body = func
        .body
        .as_ref()
        .ok_or_else(|| EngineError::NotFound(func.name.to_string()))?;
    let types = &m.types;
    let (ret_ty, _, varargs) =
        types
            .function_sig(func.ty)
            .ok_or_else(|| EngineError::InvalidModule {
                module: m.name.clone(),
                message: format!("@{} has no function type", func.name),
            })?;
    // Slots.
    let mut slots = Vec::with_capacity(body.values.len());
    let mut next: u64 = 0;
    for (_, v) in body.values.iter() {
        slots.push(next as u32);
        next += u64::from(words(types, dl, v.ty));
    }
    if next >= u64::from(CONST) {
        return Err(EngineError::Unsupported(format!(
            "@{}: too many values",
            func.name
        )));
    }
    let params = func
        .params
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let ty = body.values[v].ty;
            let attrs = func.param_attrs.get(i).cloned().unwrap_or_default();
            let byval = attrs.byval.map(|t| {
                let size = dl.alloc_size(types, t);
                let align = attrs
                    .align
                    .map(u64::from)
                    .unwrap_or_else(|| dl.abi_align(types, t));
                (size, align.max(1))
            });
            Param {
                slot: slots[v.as_u32() as usize],
                words: words(types, dl, ty),
                byval,
                abi: param_abi(m, dl, ty, &attrs),
                sret: attrs.sret.is_some(),
            }
        })
        .collect();
    let out = LFunc {
        key,
        name: func.name.clone(),
        module_name,
        nregs: next as u32,
        frame_size: 0,
        frame_align: 16,
        params,
        ret_abi: AbiTy::of(types, dl, ret_ty, &func.ret_attrs),
        varargs,
        code: Vec::new(),
        locs: Vec::new(),
        op_blocks: Vec::new(),
        consts: Vec::new(),
        gep_terms: Vec::new(),
        edges: Vec::new(),
        moves: Vec::new(),
        switches: Vec::new(),
        calls: Vec::new(),
        intrs: Vec::new(),
        vecs: Vec::new(),
        va_args: Vec::new(),
        fails: Vec::new(),
    };
    let mut l = Lowerer {
        m,
        dl,
        func,
        module_idx: key.module,
        resolve,
        out,
        slots,
        const_map: HashMap::new(),
        edge_map: HashMap::new(),
        cur_block: Block::from_u32(0),
        cur_layout: 0,
    };
    let mut block_pc = vec![NONE; body.blocks.len()];
    let entry = body.entry();
    for (li, &b) in body.layout.iter().enumerate() {
        block_pc[b.as_u32() as usize] = l.out.code.len() as u32;
        l.cur_block = b;
        l.cur_layout = li as u32;
        for &i in &body.blocks[b].insts {
            let loc = body.insts[i].loc;
            let before = l.out.code.len();
            if let Err(e) = l.inst(i, Some(b) == entry) {
                l.out.code.truncate(before);
                let idx = l.out.fails.len() as u32;
                l.out.fails.push(e);
                l.out.code.push(Op::Fail { idx });
            }
            while l.out.locs.len() < l.out.code.len() {
                l.out.locs.push(loc);
                l.out.op_blocks.push(li as u32);
            }
        }
        // A block without terminator (malformed) must not fall into the next one.
        if body.terminator(b).is_none() {
            let idx = l.out.fails.len() as u32;
            l.out
                .fails
                .push(FailKind::Msg("block has no terminator".to_string()));
            l.out.code.push(Op::Fail { idx });
            l.out.locs.push(body.blocks[b].loc);
            l.out.op_blocks.push(li as u32);
        }
    }
    for e in &mut l.out.edges {
        e.target = block_pc.get(e.target as usize).copied().unwrap_or(NONE);
    }
    if l.out.edges.iter().any(|e| e.target == NONE) {
        return Err(EngineError::InvalidModule {
            module: m.name.clone(),
            message: format!("@{}: branch to a block not in the layout", func.name),
        });
    }
    l.out.frame_size = l.out.frame_size.next_multiple_of(16);
    Ok(l.out)
}

impl Lowerer<'_, '_> {
    fn body(&self) -> &jit_core::ir::Body {
        self.func
            .body
            .as_ref()
            .expect("lowered functions have bodies")
    }

    fn vty(&self, v: Value) -> Type {
        self.body().values[v].ty
    }

    fn oty(&self, o: Operand) -> Type {
        match o {
            Operand::Value(v) => self.vty(v),
            Operand::Const(c) => self.m.consts[c].ty,
        }
    }

    fn words(&self, ty: Type) -> u32 {
        words(&self.m.types, self.dl, ty)
    }

    fn slot(&self, v: Value) -> Slot {
        self.slots[v.as_u32() as usize]
    }

    fn opnd(&mut self, o: Operand) -> LResult<Opnd> {
        match o {
            Operand::Value(v) => Ok(self.slot(v)),
            Operand::Const(c) => self.constant(c),
        }
    }

    fn constant(&mut self, c: Const) -> LResult<Opnd> {
        if let Some(&k) = self.const_map.get(&c) {
            return Ok(k);
        }
        let ty = self.m.consts[c].ty;
        let n = self.words(ty).max(1) as usize;
        let mut buf = vec![0u64; n];
        let module_name = self.m.name.clone();
        let mut ev = ConstEval {
            m: self.m,
            dl: self.dl,
            resolve: &mut *self.resolve,
        };
        ev.write(c, crate::memory::as_bytes_mut(&mut buf))
            .map_err(|e| match e {
                EngineError::UndefinedSymbol { symbol, module } => {
                    FailKind::Undefined { symbol, module }
                }
                other => FailKind::Msg(format!("in module {module_name}: {other}")),
            })?;
        let k = self.out.consts.len() as u32;
        if k >= CONST {
            return unsupported("constant pool too large");
        }
        self.out.consts.extend_from_slice(&buf);
        let k = k | CONST;
        self.const_map.insert(c, k);
        Ok(k)
    }

    fn push(&mut self, op: Op) {
        self.out.code.push(op);
    }

    fn shape(&self, ty: Type) -> LResult<Shape> {
        match tyinfo::shape(&self.m.types, ty) {
            Some(s) => Ok(s),
            None => unsupported(format!(
                "values of type {} are not supported here",
                self.m.types.display(ty)
            )),
        }
    }

    fn vec(&mut self, site: VecSite) {
        let idx = self.out.vecs.len() as u32;
        self.out.vecs.push(site);
        self.push(Op::Vector { idx });
    }

    fn edge(&mut self, to: Block) -> u32 {
        let from = self.cur_block;
        if let Some(&e) = self.edge_map.get(&(from, to)) {
            return e;
        }
        let start = self.out.moves.len() as u32;
        let mut dsts = Vec::new();
        let body = self.func.body.as_ref().expect("body");
        let phis: Vec<Inst> = body.blocks[to]
            .insts
            .iter()
            .copied()
            .take_while(|&i| matches!(body.insts[i].kind, InstKind::Phi { .. }))
            .collect();
        for i in phis {
            let body = self.func.body.as_ref().expect("body");
            let data = &body.insts[i];
            let (InstKind::Phi { incoming }, Some(res)) = (&data.kind, data.result) else {
                continue;
            };
            let Some(&(src, _)) = incoming.iter().find(|(_, b)| *b == from) else {
                continue;
            };
            let words = self.words(self.vty(res));
            let dst = self.slot(res);
            // An incoming constant that cannot be evaluated reads as zero here; the phi is
            // only observable if the edge is taken, and such constants fail elsewhere too.
            let src = self.opnd(src).unwrap_or(NONE);
            if src == NONE {
                continue;
            }
            dsts.push((dst, words));
            self.out.moves.push(Move { dst, src, words });
        }
        let moves = &self.out.moves[start as usize..];
        let tmp = moves.iter().any(|mv| {
            mv.src & CONST == 0
                && dsts
                    .iter()
                    .any(|&(d, w)| mv.src < d + w && d < mv.src + mv.words)
        });
        let e = self.out.edges.len() as u32;
        self.out.edges.push(Edge {
            target: to.as_u32(),
            moves: start,
            nmoves: moves.len() as u32,
            tmp,
        });
        self.edge_map.insert((from, to), e);
        e
    }

    fn inst(&mut self, i: Inst, in_entry: bool) -> LResult<()> {
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
                    let src = self.shape(oty)?;
                    let res_shape = self.shape(rty)?;
                    let w = self.words(oty);
                    self.vec(VecSite {
                        kind: VecKind::ICmp(*pred),
                        src,
                        res: res_shape,
                        dst,
                        ops: [(a, w), (b, w), (NONE, 0)],
                        words: self.words(rty),
                    });
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
                } else {
                    let src = self.shape(oty)?;
                    let res_shape = self.shape(rty)?;
                    let w = self.words(oty);
                    self.vec(VecSite {
                        kind: VecKind::FCmp(*pred),
                        src,
                        res: res_shape,
                        dst,
                        ops: [(a, w), (b, w), (NONE, 0)],
                        words: self.words(rty),
                    });
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
            } => self.gep(dst, *source_ty, *base, indices)?,
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
        let types = &self.m.types;
        let base = self.opnd(base)?;
        let mut off: i64 = 0;
        let mut terms = Vec::new();
        let mut cur = source_ty;
        for (n, &ix) in indices.iter().enumerate() {
            let ity = self.oty(ix);
            let Some(bits) = tyinfo::int_bits(types, ity) else {
                return unsupported("getelementptr with vector indices");
            };
            let konst = match ix {
                Operand::Const(c) => match self.m.consts[c].kind {
                    ConstKind::Int(v) => Some(crate::value::sext128(v, bits) as i64),
                    ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => {
                        Some(0)
                    }
                    _ => None,
                },
                Operand::Value(_) => None,
            };
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
                    let idx = self.opnd(ix)?;
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

    fn call(
        &mut self,
        dst: Slot,
        rty: Type,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        ret_attrs: &ParamAttrs,
    ) -> LResult<()> {
        let m = self.m;
        let types = &m.types;
        let (_, params, varargs) = types
            .function_sig(fn_ty)
            .ok_or(FailKind::Msg("call without a function type".into()))?;
        let nfixed = params.len();
        let direct = match callee {
            Operand::Const(c) => match m.strip_to_global(c) {
                Some(GlobalRef::Function(f)) => Some(f),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let callee = match direct {
            Some(f) => {
                let fd = &m.functions[f];
                if fd.intrinsic.is_some() || (fd.body.is_none() && fd.name.starts_with("llvm.")) {
                    return self.intrinsic(dst, rty, fd, args);
                }
                if fd.body.is_some() {
                    Callee::Interp(FnKey {
                        module: self.module_idx,
                        func: f,
                    })
                } else if let Some(i) = Intercept::from_name(&fd.name) {
                    Callee::Intercept(i)
                } else {
                    Callee::Extern(fd.name.clone())
                }
            }
            None => Callee::Indirect(self.opnd(callee)?),
        };
        let mut specs = Vec::with_capacity(args.len());
        for a in args {
            let ty = self.oty(a.value);
            let opnd = self.opnd(a.value)?;
            let kind = if let Some(t) = a.attrs.byval {
                let size = self.dl.alloc_size(types, t);
                let align = a
                    .attrs
                    .align
                    .map(u64::from)
                    .unwrap_or_else(|| self.dl.abi_align(types, t));
                ArgKind::Byval {
                    size,
                    align: align.max(1),
                }
            } else if a.attrs.sret.is_some() {
                ArgKind::Sret
            } else {
                ArgKind::Value
            };
            specs.push(ArgSpec {
                opnd,
                words: self.words(ty),
                abi: param_abi(m, self.dl, ty, &a.attrs),
                kind,
            });
        }
        let idx = self.out.calls.len() as u32;
        self.out.calls.push(CallSite {
            callee,
            args: specs,
            dst,
            ret_words: self.words(rty),
            ret_abi: AbiTy::of(types, self.dl, rty, ret_attrs),
            nfixed,
            varargs,
            resolved: std::cell::Cell::new(None),
            ffi: std::cell::OnceCell::new(),
        });
        self.push(Op::Call { idx });
        Ok(())
    }

    fn intrinsic(&mut self, dst: Slot, rty: Type, fd: &Function, args: &[CallArg]) -> LResult<()> {
        let name = &fd.name;
        let kind = match fd.intrinsic {
            Some(i) => {
                if i.is_no_op() && dst == NONE {
                    return Ok(());
                }
                IntrKind::Std(i)
            }
            None => {
                let rest = name.strip_prefix("llvm.").unwrap_or(name);
                if let Some(r) = rest.strip_prefix("vector.reduce.") {
                    let op = r.split('.').next().unwrap_or("");
                    IntrKind::Reduce(match op {
                        "add" => ReduceOp::Add,
                        "mul" => ReduceOp::Mul,
                        "and" => ReduceOp::And,
                        "or" => ReduceOp::Or,
                        "xor" => ReduceOp::Xor,
                        "smax" => ReduceOp::Smax,
                        "smin" => ReduceOp::Smin,
                        "umax" => ReduceOp::Umax,
                        "umin" => ReduceOp::Umin,
                        "fadd" => ReduceOp::FAdd,
                        "fmul" => ReduceOp::FMul,
                        "fmax" | "fmaximum" => ReduceOp::FMax,
                        "fmin" | "fminimum" => ReduceOp::FMin,
                        _ => return unsupported(format!("unknown intrinsic @{name}")),
                    })
                } else if rest.starts_with("load.relative.") {
                    IntrKind::LoadRelative
                } else {
                    return unsupported(format!("unknown intrinsic @{name}"));
                }
            }
        };
        if let IntrKind::Std(
            Intrinsic::DbgDeclare
            | Intrinsic::DbgValue
            | Intrinsic::DbgLabel
            | Intrinsic::DbgAssign,
        ) = kind
        {
            return Ok(());
        }
        let types = &self.m.types;
        let mut ops = Vec::with_capacity(args.len());
        let mut shapes = Vec::with_capacity(args.len());
        for a in args {
            let ty = self.oty(a.value);
            if matches!(types.data(ty), TypeData::Metadata | TypeData::Label) {
                ops.push((NONE, 0));
                shapes.push(None);
                continue;
            }
            shapes.push(tyinfo::shape(types, ty));
            let w = self.words(ty);
            ops.push((self.opnd(a.value)?, w));
        }
        let res = if rty == Type::VOID {
            None
        } else {
            let st = types
                .struct_fields(rty)
                .and_then(|(f, _)| f.first().copied());
            tyinfo::shape(types, st.unwrap_or(rty))
        };
        let flag_off = if types.struct_fields(rty).is_some() {
            self.dl
                .member_offset(types, rty, 1)
                .map_or(0, |(o, _)| o as u32)
        } else {
            0
        };
        let idx = self.out.intrs.len() as u32;
        self.out.intrs.push(IntrSite {
            kind,
            name: name.clone(),
            args: ops,
            shapes,
            dst,
            words: self.words(rty),
            res,
            flag_off,
        });
        self.push(Op::Intr { idx });
        Ok(())
    }
}
