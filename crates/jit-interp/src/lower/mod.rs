//! Lowering: one IR function to the compact [`LFunc`] the execution loop runs, once, at the
//! function's first call.
//!
//! Values get dense word slots; operands become slot-or-constant indices with constants
//! evaluated to their runtime bits; static allocas of the entry block are folded into one
//! fixed frame area; blocks become instruction indices and every CFG edge carries its phi
//! moves. An instruction that cannot be lowered (unknown intrinsic, unsupported construct,
//! undefined symbol) becomes an [`Op::Fail`] so it errors only if executed.
//!
//! `inst.rs` lowers one instruction (and `getelementptr` into an offset and scaled terms),
//! `call.rs` calls and intrinsics.

mod atomic;
mod call;
mod inst;

use crate::abi::AbiTy;
use crate::code::*;
use crate::consts::{ConstEval, Resolver};
use crate::tyinfo::{self, words};
use jit_core::ir::{
    Block, Const, Function, Inst, InstKind, Module, Operand, ParamAttrs, Type, Value,
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
        asms: Vec::new(),
        vecs: Vec::new(),
        va_args: Vec::new(),
        cmpxchgs: Vec::new(),
        indirects: Vec::new(),
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
                EngineError::UndefinedSymbol { symbol, module, .. } => {
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

    /// A fresh scratch slot of `words` words, past the slots of the function's values.
    fn temp_slot(&mut self, words: u32) -> LResult<Slot> {
        let slot = self.out.nregs;
        let next = u64::from(slot) + u64::from(words.max(1));
        if next >= u64::from(CONST) {
            return unsupported("too many values");
        }
        self.out.nregs = next as u32;
        Ok(slot)
    }

    /// A one-word constant operand holding `value`.
    fn raw_const(&mut self, value: u64) -> LResult<Opnd> {
        let k = self.out.consts.len() as u32;
        if k >= CONST {
            return unsupported("constant pool too large");
        }
        self.out.consts.push(value);
        Ok(k | CONST)
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

    /// A lane-wise vector comparison of `a` and `b` (of type `oty`) giving `rty`.
    fn vec_cmp(
        &mut self,
        kind: VecKind,
        oty: Type,
        rty: Type,
        dst: Slot,
        (a, b): (Opnd, Opnd),
    ) -> LResult<()> {
        let src = self.shape(oty)?;
        let res_shape = self.shape(rty)?;
        let w = self.words(oty);
        self.vec(VecSite {
            kind,
            src,
            res: res_shape,
            dst,
            ops: [(a, w), (b, w), (NONE, 0)],
            words: self.words(rty),
        });
        Ok(())
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
}
