//! Function bodies: `DECLAREBLOCKS`, the function's constants, one record per
//! instruction (operands as value ids relative to the next value number, with the type
//! given where the operand is a forward reference), then its value symbol table.

use super::constants::{Pred, decode_binop, decode_cast, decode_pred};
use super::module::{ModuleReader, decode_align, decode_signed};
use crate::bitstream::Entry;
use crate::codes::{block, call as callf, clause as clausef, func as rec, invoke as invokef, vst};
use crate::error::{DResult, malformed, unsupported};
use jit_core::ir::{
    ArithFlags, AtomicOrdering, Block, BlockData, Body, CallArg, ConstKind, FuncId, GlobalRef,
    Inst, InstData, InstKind, LandingPadClause, Operand, RmwOp, SyncScope, TailKind, Type,
    TypeData, Value, ValueData, ValueDef,
};

/// The operands of the record being decoded, consumed left to right.
struct Ops {
    v: Vec<u64>,
    i: usize,
}

impl Ops {
    fn next(&mut self) -> DResult<u64> {
        let v = self.v.get(self.i).copied();
        self.i += 1;
        v.map_or_else(|| malformed("the record ends too early"), Ok)
    }
    fn left(&self) -> usize {
        self.v.len().saturating_sub(self.i)
    }
    fn opt(&mut self) -> Option<u64> {
        let v = self.v.get(self.i).copied();
        self.i += 1;
        v
    }
}

/// Per-body state.
struct FnState {
    body: Body,
    nparams: u32,
    nblocks: u32,
    cur_block: u32,
    /// Value number of the first instruction result.
    inst_base: Option<usize>,
    /// Forward references: (value id, type expected).
    fwd: Vec<(usize, Type)>,
    /// Operand bundle tags seen since the last call.
    bundles: Vec<u64>,
}

/// Fast-math flags as bitcode encodes them.
fn decode_fmf(v: u64) -> u16 {
    if v & 1 != 0 {
        return ArithFlags::FAST;
    }
    let map = [
        (1 << 1, ArithFlags::NNAN),
        (1 << 2, ArithFlags::NINF),
        (1 << 3, ArithFlags::NSZ),
        (1 << 4, ArithFlags::ARCP),
        (1 << 5, ArithFlags::CONTRACT),
        (1 << 6, ArithFlags::AFN),
        (1 << 7, ArithFlags::REASSOC),
    ];
    if v & 0xfe == 0xfe {
        return ArithFlags::FAST;
    }
    map.iter()
        .filter(|(b, _)| v & b != 0)
        .fold(0, |acc, (_, f)| acc | f)
}

fn decode_ordering(v: u64) -> DResult<AtomicOrdering> {
    Ok(match v {
        1 => AtomicOrdering::Unordered,
        2 => AtomicOrdering::Monotonic,
        3 => AtomicOrdering::Acquire,
        4 => AtomicOrdering::Release,
        5 => AtomicOrdering::AcqRel,
        6 => AtomicOrdering::SeqCst,
        _ => return malformed(format!("atomic ordering {v}")),
    })
}

fn decode_rmw(v: u64) -> DResult<RmwOp> {
    match RmwOp::ALL.get(v as usize) {
        Some(&op) if v < 17 => Ok(op),
        _ => unsupported(format!("atomicrmw operation {v}")),
    }
}

impl ModuleReader<'_> {
    pub(super) fn read_function(&mut self, f: FuncId) -> DResult<()> {
        let fty = self.m.functions[f].ty;
        let Some((_, params, _)) = self.m.types.function_sig(fty) else {
            return malformed("a function without a function type");
        };
        let params = params.to_vec();
        let module_vals = self.vals.len();
        let mut st = FnState {
            body: Body::default(),
            nparams: params.len() as u32,
            nblocks: 0,
            cur_block: 0,
            inst_base: None,
            fwd: Vec::new(),
            bundles: Vec::new(),
        };
        let mut param_vals = Vec::with_capacity(params.len());
        for (i, &t) in params.iter().enumerate() {
            let v = st.body.values.push(ValueData {
                ty: t,
                def: ValueDef::Param(i as u32),
                name: None,
            });
            param_vals.push(v);
            self.vals.push((Operand::Value(v), t));
        }
        let r = self.read_body(&mut st);
        let result = r.and_then(|()| self.finish_body(&mut st));
        self.vals.truncate(module_vals);
        result?;
        let func = &mut self.m.functions[f];
        func.params = param_vals;
        func.body = Some(st.body);
        Ok(())
    }

    fn finish_body(&mut self, st: &mut FnState) -> DResult<()> {
        self.what = "the end of the function".into();
        if st.nblocks == 0 {
            return malformed("a function body without DECLAREBLOCKS");
        }
        if st.cur_block < st.nblocks {
            return malformed(format!(
                "block {} of {} has no terminator",
                st.cur_block, st.nblocks
            ));
        }
        for &(id, ty) in &st.fwd {
            match self.vals.get(id) {
                Some(&(_, t)) if t == ty => {}
                Some(_) => {
                    return malformed(format!(
                        "value {id} is used before its definition with another type"
                    ));
                }
                None => return malformed(format!("value {id} is used but never defined")),
            }
        }
        Ok(())
    }

    fn read_body(&mut self, st: &mut FnState) -> DResult<()> {
        loop {
            match self.next()? {
                Entry::EndBlock => return Ok(()),
                Entry::Eof => return malformed("the input ends inside FUNCTION_BLOCK"),
                Entry::SubBlock(block::CONSTANTS) => {
                    if st.inst_base.is_some() {
                        return unsupported("a constants block after the first instruction");
                    }
                    self.c.enter_block()?;
                    self.read_constants()?;
                }
                Entry::SubBlock(block::VALUE_SYMTAB) => {
                    self.c.enter_block()?;
                    self.read_local_names(st)?;
                }
                Entry::SubBlock(block::METADATA | block::METADATA_ATTACHMENT | block::USELIST) => {
                    self.c.skip_block()
                }
                Entry::SubBlock(id) => {
                    return unsupported(format!("unknown block id {id} in FUNCTION_BLOCK"));
                }
                Entry::Record(code) => {
                    self.what = rec::name(code);
                    let ops = Ops {
                        v: self.c.record().ops.clone(),
                        i: 0,
                    };
                    self.instruction(st, code, ops)?;
                }
            }
        }
    }

    fn read_local_names(&mut self, st: &mut FnState) -> DResult<()> {
        loop {
            match self.next()? {
                Entry::EndBlock => return Ok(()),
                Entry::Eof => return malformed("the input ends inside VALUE_SYMTAB"),
                Entry::SubBlock(_) => self.c.skip_block(),
                Entry::Record(vst::ENTRY) => {
                    self.what = "VST_ENTRY".into();
                    let id = self.op(0)? as usize;
                    let name = self.op_string(1)?;
                    if let Some(&(Operand::Value(v), _)) = self.vals.get(id) {
                        if let Some(d) = st.body.values.get_mut(v) {
                            d.name = Some(name.into());
                        }
                    }
                }
                Entry::Record(vst::BBENTRY) => {
                    self.what = "VST_BBENTRY".into();
                    let bb = self.op(0)?;
                    let name = self.op_string(1)?;
                    if bb >= u64::from(st.nblocks) {
                        return malformed(format!("a name for block {bb}, which does not exist"));
                    }
                    st.body.blocks[Block::from_u32(bb as u32)].name = Some(name.into());
                }
                Entry::Record(_) => {}
            }
        }
    }

    /// The next value number.
    fn inst_num(&self) -> u64 {
        self.vals.len() as u64
    }

    /// The operand for absolute value id `id` of type `ty` (a forward reference when not
    /// yet defined).
    fn value_by_id(&mut self, st: &mut FnState, id: u64, ty: Type) -> DResult<Operand> {
        if ty == Type::METADATA {
            return Ok(Operand::Const(
                self.m.constant(Type::METADATA, ConstKind::Undef),
            ));
        }
        if let Some(&(op, t)) = usize::try_from(id).ok().and_then(|i| self.vals.get(i)) {
            if t != ty {
                return malformed(format!(
                    "value {id} has type {} where {} is expected",
                    self.m.types.display(t),
                    self.m.types.display(ty)
                ));
            }
            return Ok(op);
        }
        self.forward(st, id, ty)
    }

    fn forward(&mut self, st: &mut FnState, id: u64, ty: Type) -> DResult<Operand> {
        let base = match st.inst_base {
            Some(b) => b,
            None => {
                st.inst_base = Some(self.vals.len());
                self.vals.len()
            }
        };
        let k = id.saturating_sub(base as u64);
        if id < base as u64 || k >= 1 << 28 {
            return malformed(format!("value id {id} is out of range"));
        }
        if ty == Type::VOID || !self.m.is_first_class(ty) {
            return malformed(format!(
                "a forward reference to value {id} of a type without values"
            ));
        }
        st.fwd.push((id as usize, ty));
        Ok(Operand::Value(Value::from_u32(st.nparams + k as u32)))
    }

    /// A relative value id followed, for forward references, by its type id.
    fn value_and_type(&mut self, st: &mut FnState, ops: &mut Ops) -> DResult<(Operand, Type)> {
        let rel = ops.next()?;
        let id = self.inst_num().wrapping_sub(rel) & 0xffff_ffff;
        if let Some(&(op, t)) = usize::try_from(id).ok().and_then(|i| self.vals.get(i)) {
            return Ok((op, t));
        }
        let ty = self.type_id(ops.next()?)?;
        Ok((self.forward(st, id, ty)?, ty))
    }

    /// A relative value id of a known type.
    fn value(&mut self, st: &mut FnState, ops: &mut Ops, ty: Type) -> DResult<Operand> {
        let rel = ops.next()?;
        let id = self.inst_num().wrapping_sub(rel) & 0xffff_ffff;
        self.value_by_id(st, id, ty)
    }

    fn block_ref(&self, st: &FnState, bb: u64) -> DResult<Block> {
        if bb >= u64::from(st.nblocks) {
            return malformed(format!(
                "block {bb} does not exist ({} declared)",
                st.nblocks
            ));
        }
        Ok(Block::from_u32(bb as u32))
    }

    fn scope(&self, v: u64) -> DResult<SyncScope> {
        if self.sync_scopes.is_empty() {
            return match v {
                0 => Ok(SyncScope::SingleThread),
                1 => Ok(SyncScope::System),
                _ => unsupported(format!("synchronization scope {v}")),
            };
        }
        match self.sync_scopes.get(v as usize).map(String::as_str) {
            Some("singlethread") => Ok(SyncScope::SingleThread),
            Some("") => Ok(SyncScope::System),
            Some(s) => unsupported(format!("synchronization scope \"{s}\"")),
            None => malformed(format!("synchronization scope {v} is not named")),
        }
    }

    /// Appends an instruction to the current block; `result` is its type unless void.
    fn push(&mut self, st: &mut FnState, kind: InstKind, result: Type) -> DResult<()> {
        if st.cur_block >= st.nblocks {
            return malformed("an instruction after the last block's terminator");
        }
        if st.inst_base.is_none() {
            st.inst_base = Some(self.vals.len());
        }
        let block = Block::from_u32(st.cur_block);
        let inst: Inst = st.body.insts.next_key();
        let value = if result == Type::VOID {
            None
        } else {
            let v = st.body.values.push(ValueData {
                ty: result,
                def: ValueDef::Inst(inst),
                name: None,
            });
            self.vals.push((Operand::Value(v), result));
            Some(v)
        };
        let term = kind.is_terminator();
        st.body.insts.push(InstData {
            kind,
            result: value,
            block,
            loc: Default::default(),
            dbg: None,
        });
        st.body.blocks[block].insts.push(inst);
        if term {
            st.cur_block += 1;
        }
        Ok(())
    }

    fn is_fp(&self, t: Type) -> bool {
        match self.m.types.data(t) {
            TypeData::Vector { elem, .. } => self.m.types.is_float(*elem),
            _ => self.m.types.is_float(t),
        }
    }

    fn instruction(&mut self, st: &mut FnState, code: u32, mut ops: Ops) -> DResult<()> {
        let o = &mut ops;
        match code {
            rec::DECLAREBLOCKS => {
                let n = o.next()?;
                if st.nblocks != 0 {
                    return malformed("a second DECLAREBLOCKS");
                }
                if n == 0 || n > self.c.bits_left() / 2 + 1 || n >= 1 << 28 {
                    return malformed(format!("DECLAREBLOCKS {n}"));
                }
                st.nblocks = n as u32;
                for _ in 0..n {
                    let b = st.body.blocks.push(BlockData::default());
                    st.body.layout.push(b);
                }
                Ok(())
            }
            rec::INST_BINOP => {
                let (lhs, ty) = self.value_and_type(st, o)?;
                let rhs = self.value(st, o, ty)?;
                let opc = o.next()?;
                let Some(op) = decode_binop(opc, self.is_fp(ty)) else {
                    return malformed(format!("binary opcode {opc} on this type"));
                };
                let mut flags = 0u16;
                if let Some(f) = o.opt() {
                    use jit_core::ir::BinaryOp::*;
                    flags = match op {
                        Add | Sub | Mul | Shl => {
                            (if f & 1 != 0 { ArithFlags::NUW } else { 0 })
                                | (if f & 2 != 0 { ArithFlags::NSW } else { 0 })
                        }
                        UDiv | SDiv | LShr | AShr if f & 1 != 0 => ArithFlags::EXACT,
                        Or if f & 1 != 0 => ArithFlags::DISJOINT,
                        _ if op.is_float() => decode_fmf(f),
                        _ => 0,
                    };
                }
                let kind = InstKind::Binary {
                    op,
                    flags: ArithFlags(flags),
                    lhs,
                    rhs,
                };
                self.push(st, kind, ty)
            }
            rec::INST_UNOP => {
                let (arg, ty) = self.value_and_type(st, o)?;
                if o.next()? != 0 {
                    return unsupported("a unary operator other than fneg");
                }
                let flags = ArithFlags(o.opt().map_or(0, decode_fmf));
                self.push(st, InstKind::FNeg { flags, arg }, ty)
            }
            rec::INST_CAST => {
                let (value, _) = self.value_and_type(st, o)?;
                let ty = self.type_id(o.next()?)?;
                let opc = o.next()?;
                let Some(op) = decode_cast(opc) else {
                    return malformed(format!("cast opcode {opc}"));
                };
                let mut flags = 0;
                if let Some(f) = o.opt() {
                    use jit_core::ir::CastOp::*;
                    flags = match op {
                        ZExt | UIToFP if f & 1 != 0 => ArithFlags::NNEG,
                        Trunc => {
                            (if f & 1 != 0 { ArithFlags::NUW } else { 0 })
                                | (if f & 2 != 0 { ArithFlags::NSW } else { 0 })
                        }
                        _ => 0,
                    };
                }
                let kind = InstKind::Cast {
                    op,
                    flags: ArithFlags(flags),
                    value,
                };
                self.push(st, kind, ty)
            }
            rec::INST_GEP => {
                let inbounds = o.next()? & 1 != 0;
                let source_ty = self.type_id(o.next()?)?;
                let (base, bty) = self.value_and_type(st, o)?;
                let mut vec_len = match self.m.types.data(bty) {
                    TypeData::Vector { len, .. } => Some(*len),
                    _ => None,
                };
                let mut indices = Vec::new();
                while o.left() > 0 {
                    let (idx, t) = self.value_and_type(st, o)?;
                    if let TypeData::Vector { len, .. } = self.m.types.data(t) {
                        vec_len = vec_len.or(Some(*len));
                    }
                    indices.push(idx);
                }
                let ty = match vec_len {
                    Some(n) => self.m.types.vector(bty_elem(self, bty), n),
                    None => bty,
                };
                let kind = InstKind::Gep {
                    source_ty,
                    base,
                    indices: indices.into(),
                    inbounds,
                };
                self.push(st, kind, ty)
            }
            rec::INST_VSELECT => {
                let (if_true, ty) = self.value_and_type(st, o)?;
                let if_false = self.value(st, o, ty)?;
                let (cond, _) = self.value_and_type(st, o)?;
                let kind = InstKind::Select {
                    cond,
                    if_true,
                    if_false,
                };
                self.push(st, kind, ty)
            }
            rec::INST_EXTRACTELT => {
                let (vec, vty) = self.value_and_type(st, o)?;
                let (index, _) = self.value_and_type(st, o)?;
                let Some((elem, _)) = self
                    .m
                    .types
                    .array_elem(vty)
                    .filter(|_| self.m.types.is_vector(vty))
                else {
                    return malformed("extractelement from a non-vector");
                };
                self.push(st, InstKind::ExtractElement { vec, index }, elem)
            }
            rec::INST_INSERTELT => {
                let (vec, vty) = self.value_and_type(st, o)?;
                let Some((elem, _)) = self
                    .m
                    .types
                    .array_elem(vty)
                    .filter(|_| self.m.types.is_vector(vty))
                else {
                    return malformed("insertelement into a non-vector");
                };
                let elt = self.value(st, o, elem)?;
                let (index, _) = self.value_and_type(st, o)?;
                self.push(st, InstKind::InsertElement { vec, elt, index }, vty)
            }
            rec::INST_SHUFFLEVEC => {
                let (a, vty) = self.value_and_type(st, o)?;
                let b = self.value(st, o, vty)?;
                let (mask, mty) = self.value_and_type(st, o)?;
                let Some((elem, _)) = self
                    .m
                    .types
                    .array_elem(vty)
                    .filter(|_| self.m.types.is_vector(vty))
                else {
                    return malformed("shufflevector of non-vectors");
                };
                let Operand::Const(mc) = mask else {
                    return malformed("a shufflevector mask that is not a constant");
                };
                let Some((_, n)) = self.m.types.array_elem(mty) else {
                    return malformed("a shufflevector mask that is not a vector");
                };
                let lanes: Vec<Option<u32>> = match &self.m.consts[mc].kind {
                    ConstKind::Zero => vec![Some(0); n as usize],
                    ConstKind::Undef | ConstKind::Poison => vec![None; n as usize],
                    ConstKind::Aggregate(items) => items
                        .iter()
                        .map(|&c| match self.m.consts[c].kind {
                            ConstKind::Int(v) => Ok(Some(v as u32)),
                            ConstKind::Undef | ConstKind::Poison => Ok(None),
                            _ => malformed("a shufflevector mask lane that is not an integer"),
                        })
                        .collect::<DResult<_>>()?,
                    _ => return malformed("a shufflevector mask of an unexpected form"),
                };
                let rty = self.m.types.vector(elem, lanes.len() as u32);
                let kind = InstKind::ShuffleVector {
                    a,
                    b,
                    mask: lanes.into(),
                };
                self.push(st, kind, rty)
            }
            rec::INST_CMP | rec::INST_CMP2 => {
                let (lhs, ty) = self.value_and_type(st, o)?;
                let rhs = self.value(st, o, ty)?;
                let p = o.next()?;
                let flags = ArithFlags(o.opt().map_or(0, decode_fmf));
                let rty = match self.m.types.data(ty) {
                    TypeData::Vector { len, .. } => {
                        let len = *len;
                        self.m.types.vector(Type::I1, len)
                    }
                    _ => Type::I1,
                };
                let kind = match decode_pred(p) {
                    Some(Pred::Int(pred)) => InstKind::ICmp { pred, lhs, rhs },
                    Some(Pred::Float(pred)) => InstKind::FCmp {
                        pred,
                        flags,
                        lhs,
                        rhs,
                    },
                    None => return malformed(format!("comparison predicate {p}")),
                };
                self.push(st, kind, rty)
            }
            rec::INST_RET => {
                let value = if o.left() == 0 {
                    None
                } else {
                    Some(self.value_and_type(st, o)?.0)
                };
                if o.left() > 0 {
                    return unsupported("ret of several values");
                }
                self.push(st, InstKind::Ret { value }, Type::VOID)
            }
            rec::INST_BR => {
                let first = self.block_ref(st, o.next()?)?;
                let kind = if o.left() == 0 {
                    InstKind::Br { dest: first }
                } else {
                    let else_dest = self.block_ref(st, o.next()?)?;
                    let cond = self.value(st, o, Type::I1)?;
                    InstKind::CondBr {
                        cond,
                        then_dest: first,
                        else_dest,
                    }
                };
                self.push(st, kind, Type::VOID)
            }
            rec::INST_SWITCH => {
                let tyid = o.next()?;
                if tyid >> 16 == 0x4B5 {
                    return unsupported("the old switch encoding of LLVM 3.x");
                }
                let ty = self.type_id(tyid)?;
                let value = self.value(st, o, ty)?;
                let default = self.block_ref(st, o.next()?)?;
                if o.left() % 2 != 0 {
                    return malformed("switch cases come in (value, block) pairs");
                }
                let mut cases = Vec::with_capacity(o.left() / 2);
                while o.left() > 0 {
                    let id = o.next()?;
                    let bb = self.block_ref(st, o.next()?)?;
                    let c = match usize::try_from(id).ok().and_then(|i| self.vals.get(i)) {
                        Some(&(Operand::Const(c), t)) if t == ty => c,
                        _ => {
                            return malformed(format!(
                                "switch case value {id} is not a constant of the switch's type"
                            ));
                        }
                    };
                    let ConstKind::Int(v) = self.m.consts[c].kind else {
                        return unsupported("a switch case wider than 128 bits");
                    };
                    cases.push((v, bb));
                }
                let kind = InstKind::Switch {
                    value,
                    default,
                    cases: cases.into(),
                };
                self.push(st, kind, Type::VOID)
            }
            rec::INST_INDIRECTBR => {
                let ty = self.type_id(o.next()?)?;
                let addr = self.value(st, o, ty)?;
                let mut dests = Vec::new();
                while o.left() > 0 {
                    dests.push(self.block_ref(st, o.next()?)?);
                }
                let kind = InstKind::IndirectBr {
                    addr,
                    dests: dests.into(),
                };
                self.push(st, kind, Type::VOID)
            }
            rec::INST_UNREACHABLE => self.push(st, InstKind::Unreachable, Type::VOID),
            rec::INST_PHI => {
                let ty = self.type_id(o.next()?)?;
                if !self.m.is_first_class(ty) {
                    return malformed("a phi of a type without values");
                }
                let pairs = o.left() / 2;
                let mut incoming = Vec::with_capacity(pairs);
                for _ in 0..pairs {
                    let rel = decode_signed(o.next()?);
                    let id = (self.inst_num() as i64).wrapping_sub(rel) as u64 & 0xffff_ffff;
                    let v = self.value_by_id(st, id, ty)?;
                    let bb = self.block_ref(st, o.next()?)?;
                    incoming.push((v, bb));
                }
                self.push(st, InstKind::Phi { incoming }, ty)
            }
            rec::INST_ALLOCA => {
                let ty = self.type_id(o.next()?)?;
                let opty = self.type_id(o.next()?)?;
                let count_id = o.next()?;
                let count = self.value_by_id(st, count_id, opty)?;
                let rec_ = o.next()?;
                if rec_ & (1 << 6) == 0 {
                    return unsupported(
                        "an alloca without its explicit type (typed-pointer bitcode)",
                    );
                }
                if rec_ & (1 << 5) != 0 {
                    return unsupported("inalloca");
                }
                let enc = (rec_ & 0x1f) | (((rec_ >> 8) & 0x7) << 5);
                let align = decode_align(enc)?.unwrap_or(0);
                if o.opt().is_some_and(|a| a != 0) {
                    return unsupported("an alloca in another address space");
                }
                self.push(st, InstKind::Alloca { ty, count, align }, Type::PTR)
            }
            rec::INST_LOAD | rec::INST_LOADATOMIC => {
                let (ptr, _) = self.value_and_type(st, o)?;
                let want = if code == rec::INST_LOAD { 3 } else { 5 };
                if o.left() != want {
                    return unsupported("a load without its explicit type (typed-pointer bitcode)");
                }
                let ty = self.type_id(o.next()?)?;
                let align = decode_align(o.next()?)?.unwrap_or(0);
                let volatile = o.next()? != 0;
                let kind = if code == rec::INST_LOAD {
                    InstKind::Load {
                        ptr,
                        align,
                        volatile,
                    }
                } else {
                    InstKind::AtomicLoad {
                        ptr,
                        align,
                        volatile,
                        ordering: decode_ordering(o.next()?)?,
                        scope: self.scope(o.next()?)?,
                    }
                };
                self.push(st, kind, ty)
            }
            rec::INST_STORE | rec::INST_STOREATOMIC => {
                let (ptr, _) = self.value_and_type(st, o)?;
                let (value, _) = self.value_and_type(st, o)?;
                let align = decode_align(o.next()?)?.unwrap_or(0);
                let volatile = o.next()? != 0;
                let kind = if code == rec::INST_STORE {
                    InstKind::Store {
                        value,
                        ptr,
                        align,
                        volatile,
                    }
                } else {
                    InstKind::AtomicStore {
                        value,
                        ptr,
                        align,
                        volatile,
                        ordering: decode_ordering(o.next()?)?,
                        scope: self.scope(o.next()?)?,
                    }
                };
                self.push(st, kind, Type::VOID)
            }
            rec::INST_CMPXCHG => {
                let (ptr, _) = self.value_and_type(st, o)?;
                let (expected, ty) = self.value_and_type(st, o)?;
                let new = self.value(st, o, ty)?;
                let volatile = o.next()? != 0;
                let success = decode_ordering(o.next()?)?;
                let scope = self.scope(o.next()?)?;
                let failure = decode_ordering(o.next()?)?;
                let weak = o.next()? != 0;
                let align = decode_align(o.opt().unwrap_or(0))?.unwrap_or(0);
                let rty = self.m.types.struct_(&[ty, Type::I1], false);
                let kind = InstKind::CmpXchg {
                    ptr,
                    expected,
                    new,
                    align,
                    volatile,
                    weak,
                    success,
                    failure,
                    scope,
                };
                self.push(st, kind, rty)
            }
            rec::INST_ATOMICRMW => {
                let (ptr, _) = self.value_and_type(st, o)?;
                let (value, ty) = self.value_and_type(st, o)?;
                let op = decode_rmw(o.next()?)?;
                let volatile = o.next()? != 0;
                let ordering = decode_ordering(o.next()?)?;
                let scope = self.scope(o.next()?)?;
                let align = decode_align(o.opt().unwrap_or(0))?.unwrap_or(0);
                let kind = InstKind::AtomicRmw {
                    op,
                    ptr,
                    value,
                    align,
                    volatile,
                    ordering,
                    scope,
                };
                self.push(st, kind, ty)
            }
            rec::INST_FENCE => {
                let ordering = decode_ordering(o.next()?)?;
                let scope = self.scope(o.next()?)?;
                self.push(st, InstKind::Fence { ordering, scope }, Type::VOID)
            }
            rec::INST_VAARG => {
                let lty = self.type_id(o.next()?)?;
                let list = self.value(st, o, lty)?;
                let ty = self.type_id(o.next()?)?;
                self.push(st, InstKind::VaArg { list }, ty)
            }
            rec::INST_EXTRACTVAL | rec::INST_INSERTVAL => {
                let (agg, aty) = self.value_and_type(st, o)?;
                let elt = if code == rec::INST_INSERTVAL {
                    Some(self.value_and_type(st, o)?)
                } else {
                    None
                };
                let mut indices = Vec::new();
                let mut t = aty;
                while o.left() > 0 {
                    let i = o.next()?;
                    if !self.m.types.is_aggregate(t) {
                        return malformed("an extractvalue/insertvalue index into a non-aggregate");
                    }
                    let Some(m) = self.m.types.member(t, i) else {
                        return malformed(format!("aggregate index {i} is out of range"));
                    };
                    t = m;
                    indices.push(i as u32);
                }
                if indices.is_empty() {
                    return malformed("extractvalue/insertvalue without indices");
                }
                match elt {
                    None => self.push(
                        st,
                        InstKind::ExtractValue {
                            agg,
                            indices: indices.into(),
                        },
                        t,
                    ),
                    Some((elt, ety)) => {
                        if ety != t {
                            return malformed("insertvalue of a value of the wrong type");
                        }
                        let kind = InstKind::InsertValue {
                            agg,
                            elt,
                            indices: indices.into(),
                        };
                        self.push(st, kind, aty)
                    }
                }
            }
            rec::INST_FREEZE => {
                let (arg, ty) = self.value_and_type(st, o)?;
                self.push(st, InstKind::Freeze { arg }, ty)
            }
            rec::INST_CALL => self.call(st, o),
            rec::OPERAND_BUNDLE => {
                st.bundles.push(o.next()?);
                Ok(())
            }
            rec::DEBUG_LOC
            | rec::DEBUG_LOC_AGAIN
            | rec::BLOCKADDR_USERS
            | rec::DEBUG_RECORD_VALUE
            | rec::DEBUG_RECORD_DECLARE
            | rec::DEBUG_RECORD_ASSIGN
            | rec::DEBUG_RECORD_VALUE_SIMPLE
            | rec::DEBUG_RECORD_LABEL => Ok(()),
            rec::INST_INVOKE => self.invoke(st, o),
            rec::INST_LANDINGPAD | rec::INST_LANDINGPAD_OLD => {
                self.landing_pad(st, o, code == rec::INST_LANDINGPAD_OLD)
            }
            rec::INST_RESUME => {
                let (value, _) = self.value_and_type(st, o)?;
                self.push(st, InstKind::Resume { value }, Type::VOID)
            }
            rec::INST_CLEANUPRET
            | rec::INST_CATCHRET
            | rec::INST_CATCHPAD
            | rec::INST_CLEANUPPAD
            | rec::INST_CATCHSWITCH => unsupported(format!(
                "funclet exception handling (record {code}, Windows EH) is not supported"
            )),
            rec::INST_CALLBR => unsupported("callbr is not supported"),
            rec::INST_GEP_OLD
            | rec::INST_INBOUNDS_GEP_OLD
            | rec::INST_STORE_OLD
            | rec::INST_STOREATOMIC_OLD
            | rec::INST_CMPXCHG_OLD
            | rec::INST_ATOMICRMW_OLD
            | rec::INST_SELECT => unsupported(format!(
                "instruction record {code} of typed-pointer bitcode (before LLVM 15)"
            )),
            _ => unsupported(format!("unknown instruction record {code}")),
        }
    }

    fn call(&mut self, st: &mut FnState, o: &mut Ops) -> DResult<()> {
        let attrs = o.next()?;
        let flags = o.next()?;
        let cc = (flags >> callf::CCONV_SHIFT) & 0x3ff;
        if cc != 0 && cc != 8 {
            return unsupported(format!("a call with calling convention {cc}"));
        }
        if flags & callf::FMF != 0 {
            o.next()?;
        }
        if flags & callf::EXPLICIT_TYPE == 0 {
            return unsupported("a call without its explicit function type (before LLVM 3.8)");
        }
        let Some(site) = self.call_site(st, o, attrs, "call")? else {
            // A call to `llvm.dbg.*`: dropped, as the `.ll` reader does.
            return Ok(());
        };
        let tail = if flags & callf::MUSTTAIL != 0 {
            TailKind::MustTail
        } else if flags & callf::NOTAIL != 0 {
            TailKind::NoTail
        } else if flags & callf::TAIL != 0 {
            TailKind::Tail
        } else {
            TailKind::None
        };
        let kind = InstKind::Call {
            callee: site.callee,
            fn_ty: site.fn_ty,
            args: site.args.into(),
            ret_attrs: site.ret_attrs,
            tail,
        };
        self.push(st, kind, site.ret)
    }

    /// `INST_INVOKE: [attrs, cc, normal bb, unwind bb, fnty, callee, args...]`.
    fn invoke(&mut self, st: &mut FnState, o: &mut Ops) -> DResult<()> {
        let attrs = o.next()?;
        let ccinfo = o.next()?;
        let cc = ccinfo & invokef::CCONV_MASK;
        if cc != 0 && cc != 8 {
            return unsupported(format!("an invoke with calling convention {cc}"));
        }
        let normal = self.block_ref(st, o.next()?)?;
        let unwind = self.block_ref(st, o.next()?)?;
        if ccinfo & invokef::EXPLICIT_TYPE == 0 {
            return unsupported("an invoke without its explicit function type (before LLVM 3.8)");
        }
        let Some(site) = self.call_site(st, o, attrs, "invoke")? else {
            return malformed("an invoke of a debug intrinsic (it cannot be dropped)");
        };
        let kind = InstKind::Invoke {
            callee: site.callee,
            fn_ty: site.fn_ty,
            args: site.args.into(),
            ret_attrs: site.ret_attrs,
            normal,
            unwind,
        };
        self.push(st, kind, site.ret)
    }

    /// `INST_LANDINGPAD: [ty, cleanup, n, (kind, clause)*]`; the old record (LLVM < 3.7)
    /// has the personality after the type, which then belongs to the function.
    fn landing_pad(&mut self, st: &mut FnState, o: &mut Ops, old: bool) -> DResult<()> {
        let ty = self.type_id(o.next()?)?;
        if !self.m.is_first_class(ty) {
            return malformed("a landingpad of a type without values");
        }
        if old {
            let (p, pt) = self.value_and_type(st, o)?;
            let (Operand::Const(p), true) = (p, self.m.types.is_ptr(pt)) else {
                return malformed("a landingpad personality that is not a pointer constant");
            };
            let Some(f) = self.current_fn else {
                return malformed("a landingpad outside a function body");
            };
            match self.m.functions[f].personality {
                None => self.m.functions[f].personality = Some(p),
                Some(q) if q == p => {}
                Some(_) => return malformed("landing pads with different personalities"),
            }
        }
        let cleanup = o.next()? != 0;
        let n = o.next()?;
        if n > o.left() as u64 {
            return malformed(format!("a landingpad of {n} clauses in a shorter record"));
        }
        let mut clauses = Vec::with_capacity(n as usize);
        for _ in 0..n {
            let which = o.next()?;
            let (c, ct) = self.value_and_type(st, o)?;
            let Operand::Const(c) = c else {
                return malformed("a landingpad clause that is not a constant");
            };
            let is_array = matches!(self.m.types.data(ct), TypeData::Array { .. });
            clauses.push(match which {
                clausef::CATCH if !is_array => LandingPadClause::Catch(c.into()),
                clausef::FILTER if is_array => LandingPadClause::Filter(c.into()),
                clausef::CATCH | clausef::FILTER => {
                    return malformed("a catch clause of an array type or a filter of another");
                }
                _ => return malformed(format!("landingpad clause kind {which}")),
            });
        }
        let kind = InstKind::LandingPad {
            cleanup,
            clauses: clauses.into(),
        };
        self.push(st, kind, ty)
    }

    /// What a call and an invoke share, from the function type on: `[fnty, callee,
    /// args...]`, with the operand bundles read before the record. `None` for a call to
    /// `llvm.dbg.*` (the caller drops it).
    fn call_site(
        &mut self,
        st: &mut FnState,
        o: &mut Ops,
        attrs: u64,
        what: &str,
    ) -> DResult<Option<CallSite>> {
        let fn_ty = self.type_id(o.next()?)?;
        let Some((ret, params, varargs)) = self.m.types.function_sig(fn_ty) else {
            return malformed(format!("a {what} whose type is not a function type"));
        };
        let params = params.to_vec();
        let (callee, _) = self.value_and_type(st, o)?;
        let list = self.attr_list(attrs)?;
        list.check_supported()?;
        let mut args = Vec::with_capacity(params.len());
        for (i, &pt) in params.iter().enumerate() {
            if pt == Type::LABEL {
                return unsupported("label arguments (asm goto)");
            }
            let value = self.value(st, o, pt)?;
            let attrs = list
                .params
                .get(i)
                .map(|s| s.param.clone())
                .unwrap_or_default();
            args.push(CallArg { value, attrs });
        }
        while o.left() > 0 {
            if !varargs {
                return malformed(format!(
                    "a {what} passes more arguments than its function type takes"
                ));
            }
            let i = args.len();
            let (value, _) = self.value_and_type(st, o)?;
            let attrs = list
                .params
                .get(i)
                .map(|s| s.param.clone())
                .unwrap_or_default();
            args.push(CallArg { value, attrs });
        }
        let callee_name = match callee {
            Operand::Const(c) => match self.m.consts[c].kind {
                ConstKind::GlobalAddr(GlobalRef::Function(f)) => {
                    Some(self.m.functions[f].name.to_string())
                }
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let bundles = std::mem::take(&mut st.bundles);
        if !bundles.is_empty() && callee_name.as_deref() != Some("llvm.assume") {
            let tag = self
                .bundle_tags
                .get(bundles[0] as usize)
                .cloned()
                .unwrap_or_else(|| format!("#{}", bundles[0]));
            return unsupported(format!("operand bundles are not supported (\"{tag}\")"));
        }
        if callee_name
            .as_deref()
            .is_some_and(|n| n.starts_with("llvm.dbg."))
        {
            if ret != Type::VOID {
                return malformed("a call to a debug intrinsic with a result");
            }
            return Ok(None);
        }
        // Inline asm: the operands' element types belong to the constraints.
        let callee = match callee {
            Operand::Const(c) => match &self.m.consts[c].kind {
                ConstKind::InlineAsm(asm) => {
                    let mut asm = asm.clone();
                    let mut tys =
                        (0..args.len()).map(|i| list.params.get(i).and_then(|s| s.elem_ty));
                    for con in asm.constraints.iter_mut().filter(|c| c.takes_arg()) {
                        con.elem_ty = tys.next().flatten();
                    }
                    Operand::Const(self.m.constant(Type::PTR, ConstKind::InlineAsm(asm)))
                }
                _ => callee,
            },
            v => v,
        };
        Ok(Some(CallSite {
            callee,
            fn_ty,
            ret,
            args,
            ret_attrs: list.ret.param.clone(),
        }))
    }
}

/// The call half of a call or invoke record, decoded.
struct CallSite {
    callee: Operand,
    fn_ty: Type,
    ret: Type,
    args: Vec<CallArg>,
    ret_attrs: jit_core::ir::ParamAttrs,
}

/// The pointer type a vector `getelementptr` yields lanes of.
fn bty_elem(r: &ModuleReader<'_>, bty: Type) -> Type {
    match r.m.types.data(bty) {
        TypeData::Vector { elem, .. } => *elem,
        _ => bty,
    }
}
