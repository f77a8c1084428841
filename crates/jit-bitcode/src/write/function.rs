//! Function bodies: blocks, instructions (operands as value ids relative to the
//! instruction, with their type when they are defined later), value names.

use super::WResult;
use super::enumerate::{Enum, is_metadata, operand_type};
use super::module::{MD_EMPTY, MD_SCOPE_LIST, WIDTH, encode_align, encode_signed};
use crate::bitstream::BitWriter;
use crate::codes::{
    binop, block, call as callf, clause as clausef, func as rec, invoke as invokef, vst,
};
use jit_core::entity::EntityRef;
use jit_core::ir::{
    ArithFlags, AtomicOrdering, BinaryOp, Block, Body, CallArg, CastOp, ConstKind, FloatPredicate,
    FuncId, InstKind, IntPredicate, Intrinsic, LandingPadClause, Module, Operand, RmwOp, SyncScope,
    TailKind, Type,
};

pub(super) fn encode_binop(op: BinaryOp) -> u64 {
    use BinaryOp::*;
    match op {
        Add | FAdd => binop::ADD,
        Sub | FSub => binop::SUB,
        Mul | FMul => binop::MUL,
        UDiv => binop::UDIV,
        SDiv | FDiv => binop::SDIV,
        URem => binop::UREM,
        SRem | FRem => binop::SREM,
        Shl => binop::SHL,
        LShr => binop::LSHR,
        AShr => binop::ASHR,
        And => binop::AND,
        Or => binop::OR,
        Xor => binop::XOR,
    }
}

pub(super) fn encode_cast(op: CastOp) -> u64 {
    use CastOp::*;
    match op {
        Trunc => 0,
        ZExt => 1,
        SExt => 2,
        FPToUI => 3,
        FPToSI => 4,
        UIToFP => 5,
        SIToFP => 6,
        FPTrunc => 7,
        FPExt => 8,
        PtrToInt => 9,
        IntToPtr => 10,
        BitCast => 11,
        AddrSpaceCast => 12,
    }
}

pub(super) fn encode_ipred(p: IntPredicate) -> u64 {
    use IntPredicate::*;
    match p {
        Eq => 32,
        Ne => 33,
        Ugt => 34,
        Uge => 35,
        Ult => 36,
        Ule => 37,
        Sgt => 38,
        Sge => 39,
        Slt => 40,
        Sle => 41,
    }
}

pub(super) fn encode_fpred(p: FloatPredicate) -> u64 {
    use FloatPredicate::*;
    match p {
        False => 0,
        Oeq => 1,
        Ogt => 2,
        Oge => 3,
        Olt => 4,
        Ole => 5,
        One => 6,
        Ord => 7,
        Uno => 8,
        Ueq => 9,
        Ugt => 10,
        Uge => 11,
        Ult => 12,
        Ule => 13,
        Une => 14,
        True => 15,
    }
}

fn encode_fmf(f: ArithFlags) -> u64 {
    if f.0 & ArithFlags::FAST != 0 {
        return 0xfe;
    }
    [
        (ArithFlags::NNAN, 1 << 1),
        (ArithFlags::NINF, 1 << 2),
        (ArithFlags::NSZ, 1 << 3),
        (ArithFlags::ARCP, 1 << 4),
        (ArithFlags::CONTRACT, 1 << 5),
        (ArithFlags::AFN, 1 << 6),
        (ArithFlags::REASSOC, 1 << 7),
    ]
    .iter()
    .filter(|(b, _)| f.0 & b != 0)
    .fold(0, |acc, (_, v)| acc | v)
}

fn encode_ordering(o: AtomicOrdering) -> u64 {
    match o {
        AtomicOrdering::Unordered => 1,
        AtomicOrdering::Monotonic => 2,
        AtomicOrdering::Acquire => 3,
        AtomicOrdering::Release => 4,
        AtomicOrdering::AcqRel => 5,
        AtomicOrdering::SeqCst => 6,
    }
}

fn encode_scope(s: SyncScope) -> u64 {
    match s {
        SyncScope::SingleThread => 0,
        SyncScope::System => 1,
    }
}

fn encode_rmw(op: RmwOp) -> u64 {
    RmwOp::ALL.iter().position(|&o| o == op).unwrap_or(0) as u64
}

/// The attribute list of every call and invoke, in the order the bodies are written.
pub(super) fn call_attr_lists(m: &Module, e: &mut Enum) -> WResult<Vec<u64>> {
    let mut out = Vec::new();
    for f in m.functions.values() {
        let Some(body) = &f.body else { continue };
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                return Err(format!("@{}: block {} does not exist", f.name, b.as_u32()));
            };
            for &i in &bd.insts {
                let Some(inst) = body.insts.get(i) else {
                    return Err(format!(
                        "@{}: instruction {} does not exist",
                        f.name,
                        i.as_u32()
                    ));
                };
                if let Some(call) = inst.kind.as_call() {
                    let (callee, args, ret_attrs) = (&call.callee, call.args, call.ret_attrs);
                    let elems: Vec<Option<Type>> = match callee {
                        Operand::Const(c) => match m.consts.get(*c).map(|d| &d.kind) {
                            Some(ConstKind::InlineAsm(asm)) => asm
                                .constraints
                                .iter()
                                .filter(|c| c.takes_arg())
                                .map(|c| c.elem_ty)
                                .collect(),
                            _ => Vec::new(),
                        },
                        Operand::Value(_) => Vec::new(),
                    };
                    let params: Vec<_> = args
                        .iter()
                        .enumerate()
                        .map(|(k, a)| (a.attrs.clone(), elems.get(k).copied().flatten()))
                        .collect();
                    out.push(e.attr_list(0, ret_attrs, &params)?);
                }
            }
        }
    }
    Ok(out)
}

/// Per-body numbering.
struct Ids {
    /// Value id of each local value (indexed by `Value`).
    local: Vec<u32>,
    /// Block number of each block (indexed by `Block`).
    bb: Vec<u32>,
}

pub(super) fn write_body(
    w: &mut BitWriter,
    m: &Module,
    e: &Enum,
    fi: FuncId,
    call_lists: &mut impl Iterator<Item = u64>,
) -> WResult<()> {
    let f = &m.functions[fi];
    let Some(body) = &f.body else { return Ok(()) };
    let mut ids = Ids {
        local: vec![u32::MAX; body.values.len()],
        bb: vec![u32::MAX; body.blocks.len()],
    };
    let mut next = e.num_values;
    for &p in &f.params {
        if let Some(slot) = ids.local.get_mut(p.index()) {
            *slot = next;
        }
        next += 1;
    }
    for (k, &b) in body.layout.iter().enumerate() {
        let Some(slot) = ids.bb.get_mut(b.index()) else {
            return Err(format!("@{}: block {} does not exist", f.name, b.as_u32()));
        };
        *slot = k as u32;
    }
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if let Some(v) = body.insts.get(i).and_then(|d| d.result) {
                if let Some(slot) = ids.local.get_mut(v.index()) {
                    *slot = next;
                }
                next += 1;
            }
        }
    }
    w.enter_block(block::FUNCTION, WIDTH);
    w.record(rec::DECLAREBLOCKS, &[body.layout.len() as u64]);
    let mut inst_id = e.num_values + f.params.len() as u32;
    let mut enc = Enc {
        m,
        e,
        body,
        ids: &ids,
        fname: &f.name,
        ops: Vec::new(),
        inst_id: 0,
    };
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let Some(inst) = body.insts.get(i) else {
                return Err(format!(
                    "@{}: instruction {} does not exist",
                    f.name,
                    i.as_u32()
                ));
            };
            enc.inst_id = inst_id;
            enc.ops.clear();
            let list = if inst.kind.as_call().is_some() {
                call_lists.next().unwrap_or(0)
            } else {
                0
            };
            let code = enc.inst(&inst.kind, inst.result, list)?;
            w.record(code, &enc.ops);
            if inst.result.is_some() {
                inst_id += 1;
            }
        }
    }
    // Names.
    let named_values: Vec<_> = body
        .values
        .iter()
        .filter_map(|(v, d)| Some((ids.local.get(v.index()).copied()?, d.name.as_deref()?)))
        .filter(|(id, _)| *id != u32::MAX)
        .collect();
    let named_blocks: Vec<_> = body
        .layout
        .iter()
        .enumerate()
        .filter_map(|(k, &b)| Some((k, body.blocks[b].name.as_deref()?)))
        .collect();
    if !named_values.is_empty() || !named_blocks.is_empty() {
        w.enter_block(block::VALUE_SYMTAB, WIDTH);
        for (id, name) in named_values {
            let mut ops = vec![u64::from(id)];
            ops.extend(name.bytes().map(u64::from));
            w.record(vst::ENTRY, &ops);
        }
        for (k, name) in named_blocks {
            let mut ops = vec![k as u64];
            ops.extend(name.bytes().map(u64::from));
            w.record(vst::BBENTRY, &ops);
        }
        w.end_block();
    }
    w.end_block();
    Ok(())
}

/// Encodes one instruction into `ops`.
struct Enc<'a> {
    m: &'a Module,
    e: &'a Enum,
    body: &'a Body,
    ids: &'a Ids,
    fname: &'a str,
    ops: Vec<u64>,
    inst_id: u32,
}

impl Enc<'_> {
    fn id(&self, op: Operand) -> WResult<u32> {
        match op {
            Operand::Value(v) => match self.ids.local.get(v.index()) {
                Some(&id) if id != u32::MAX => Ok(id),
                _ => Err(format!(
                    "@{}: value {} is not defined in the body",
                    self.fname,
                    v.as_u32()
                )),
            },
            Operand::Const(c) => self.e.const_value(self.m, c),
        }
    }
    fn ty(&self, op: Operand) -> WResult<Type> {
        operand_type(self.m, self.body, op)
    }
    /// A relative id, plus the type for forward references.
    fn vt(&mut self, op: Operand) -> WResult<()> {
        let id = self.id(op)?;
        self.ops.push(u64::from(self.inst_id.wrapping_sub(id)));
        if id >= self.inst_id {
            let t = self.ty(op)?;
            self.ops.push(self.e.ty(t)?);
        }
        Ok(())
    }
    /// The operands a call and an invoke share: `[fnty, callee, fixed args...,
    /// (vararg, type)...]`.
    fn call_site(&mut self, callee: Operand, fn_ty: Type, args: &[CallArg]) -> WResult<()> {
        self.ops.push(self.tid(fn_ty)?);
        self.vt(callee)?;
        let Some((_, params, _)) = self.e.types.function_sig(fn_ty) else {
            return Err(format!(
                "@{}: a call whose type is not a function type",
                self.fname
            ));
        };
        let nfixed = params.len();
        let scope_decl = match callee {
            Operand::Const(c) => matches!(
                self.m.consts.get(c).map(|d| &d.kind),
                Some(ConstKind::GlobalAddr(jit_core::ir::GlobalRef::Function(f)))
                    if self.m.functions.get(*f).is_some_and(|f| f.intrinsic == Some(Intrinsic::NoAliasScopeDecl))
            ),
            Operand::Value(_) => false,
        };
        for (i, a) in args.iter().enumerate() {
            if is_metadata(self.m, a.value) {
                let md = if scope_decl { MD_SCOPE_LIST } else { MD_EMPTY };
                self.ops
                    .push(u64::from(self.inst_id.wrapping_sub(md as u32)));
            } else if i < nfixed {
                self.v(a.value)?;
            } else {
                self.vt(a.value)?;
            }
        }
        Ok(())
    }
    /// A relative id.
    fn v(&mut self, op: Operand) -> WResult<()> {
        let id = self.id(op)?;
        self.ops.push(u64::from(self.inst_id.wrapping_sub(id)));
        Ok(())
    }
    fn tid(&self, t: Type) -> WResult<u64> {
        self.e.ty(t)
    }
    fn bb(&self, b: Block) -> WResult<u64> {
        match self.ids.bb.get(b.index()) {
            Some(&k) if k != u32::MAX => Ok(u64::from(k)),
            _ => Err(format!(
                "@{}: branch to a block not in the layout",
                self.fname
            )),
        }
    }

    fn inst(
        &mut self,
        k: &InstKind,
        result: Option<jit_core::ir::Value>,
        list: u64,
    ) -> WResult<u32> {
        let result_ty = match result {
            Some(v) => Some(self.ty(Operand::Value(v))?),
            None => None,
        };
        Ok(match k {
            InstKind::Binary {
                op,
                flags,
                lhs,
                rhs,
            } => {
                self.vt(*lhs)?;
                self.v(*rhs)?;
                self.ops.push(encode_binop(*op));
                use BinaryOp::*;
                let f = flags.0;
                let bits = match op {
                    Add | Sub | Mul | Shl => {
                        u64::from(f & ArithFlags::NUW != 0)
                            | u64::from(f & ArithFlags::NSW != 0) << 1
                    }
                    UDiv | SDiv | LShr | AShr => u64::from(f & ArithFlags::EXACT != 0),
                    Or => u64::from(f & ArithFlags::DISJOINT != 0),
                    _ if op.is_float() => encode_fmf(*flags),
                    _ => 0,
                };
                if bits != 0 {
                    self.ops.push(bits);
                }
                rec::INST_BINOP
            }
            InstKind::FNeg { flags, arg } => {
                self.vt(*arg)?;
                self.ops.push(0);
                let f = encode_fmf(*flags);
                if f != 0 {
                    self.ops.push(f);
                }
                rec::INST_UNOP
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                self.vt(*lhs)?;
                self.v(*rhs)?;
                self.ops.push(encode_ipred(*pred));
                rec::INST_CMP2
            }
            InstKind::FCmp {
                pred,
                flags,
                lhs,
                rhs,
            } => {
                self.vt(*lhs)?;
                self.v(*rhs)?;
                self.ops.push(encode_fpred(*pred));
                let f = encode_fmf(*flags);
                if f != 0 {
                    self.ops.push(f);
                }
                rec::INST_CMP2
            }
            InstKind::Alloca { ty, count, align } => {
                self.ops.push(self.tid(*ty)?);
                let ct = self.ty(*count)?;
                self.ops.push(self.tid(ct)?);
                self.ops.push(u64::from(self.id(*count)?));
                let a = encode_align(Some(*align));
                self.ops.push((a & 0x1f) | (1 << 6) | ((a >> 5) << 8));
                rec::INST_ALLOCA
            }
            InstKind::Load {
                ptr,
                align,
                volatile,
            } => {
                self.vt(*ptr)?;
                let t = result_ty.ok_or("a load without a result")?;
                self.ops.push(self.tid(t)?);
                self.ops.push(encode_align(Some(*align)));
                self.ops.push(u64::from(*volatile));
                rec::INST_LOAD
            }
            InstKind::Store {
                value,
                ptr,
                align,
                volatile,
            } => {
                self.vt(*ptr)?;
                self.vt(*value)?;
                self.ops.push(encode_align(Some(*align)));
                self.ops.push(u64::from(*volatile));
                rec::INST_STORE
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                inbounds,
            } => {
                self.ops.push(u64::from(*inbounds));
                self.ops.push(self.tid(*source_ty)?);
                self.vt(*base)?;
                for &i in indices.iter() {
                    self.vt(i)?;
                }
                rec::INST_GEP
            }
            InstKind::Cast { op, flags, value } => {
                self.vt(*value)?;
                let t = result_ty.ok_or("a cast without a result")?;
                self.ops.push(self.tid(t)?);
                self.ops.push(encode_cast(*op));
                let f = flags.0;
                let bits = match op {
                    CastOp::ZExt | CastOp::UIToFP => u64::from(f & ArithFlags::NNEG != 0),
                    CastOp::Trunc => {
                        u64::from(f & ArithFlags::NUW != 0)
                            | u64::from(f & ArithFlags::NSW != 0) << 1
                    }
                    _ => 0,
                };
                if bits != 0 {
                    self.ops.push(bits);
                }
                rec::INST_CAST
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                self.vt(*if_true)?;
                self.v(*if_false)?;
                self.vt(*cond)?;
                rec::INST_VSELECT
            }
            InstKind::Phi { incoming } => {
                let t = result_ty.ok_or("a phi without a result")?;
                self.ops.push(self.tid(t)?);
                for &(v, b) in incoming {
                    let id = self.id(v)?;
                    self.ops
                        .push(encode_signed(i64::from(self.inst_id) - i64::from(id)));
                    self.ops.push(self.bb(b)?);
                }
                rec::INST_PHI
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                tail,
                ..
            } => {
                self.ops.push(list);
                let tail_bits = match tail {
                    TailKind::None => 0,
                    TailKind::Tail => callf::TAIL,
                    TailKind::MustTail => callf::TAIL | callf::MUSTTAIL,
                    TailKind::NoTail => callf::NOTAIL,
                };
                self.ops.push(tail_bits | callf::EXPLICIT_TYPE);
                self.call_site(*callee, *fn_ty, args)?;
                rec::INST_CALL
            }
            InstKind::ExtractValue { agg, indices } => {
                self.vt(*agg)?;
                self.ops.extend(indices.iter().map(|&i| u64::from(i)));
                rec::INST_EXTRACTVAL
            }
            InstKind::InsertValue { agg, elt, indices } => {
                self.vt(*agg)?;
                self.vt(*elt)?;
                self.ops.extend(indices.iter().map(|&i| u64::from(i)));
                rec::INST_INSERTVAL
            }
            InstKind::ExtractElement { vec, index } => {
                self.vt(*vec)?;
                self.vt(*index)?;
                rec::INST_EXTRACTELT
            }
            InstKind::InsertElement { vec, elt, index } => {
                self.vt(*vec)?;
                self.v(*elt)?;
                self.vt(*index)?;
                rec::INST_INSERTELT
            }
            InstKind::ShuffleVector { a, b, mask } => {
                self.vt(*a)?;
                self.v(*b)?;
                let c = *self
                    .e
                    .mask_consts
                    .get(mask)
                    .ok_or("internal: a shuffle mask was not numbered")?;
                self.vt(Operand::Const(c))?;
                rec::INST_SHUFFLEVEC
            }
            InstKind::Freeze { arg } => {
                self.vt(*arg)?;
                rec::INST_FREEZE
            }
            InstKind::VaArg { list } => {
                let lt = self.ty(*list)?;
                self.ops.push(self.tid(lt)?);
                self.v(*list)?;
                let t = result_ty.ok_or("a va_arg without a result")?;
                self.ops.push(self.tid(t)?);
                rec::INST_VAARG
            }
            InstKind::AtomicLoad {
                ptr,
                align,
                volatile,
                ordering,
                scope,
            } => {
                self.vt(*ptr)?;
                let t = result_ty.ok_or("a load without a result")?;
                self.ops.push(self.tid(t)?);
                self.ops.push(encode_align(Some(*align)));
                self.ops.push(u64::from(*volatile));
                self.ops.push(encode_ordering(*ordering));
                self.ops.push(encode_scope(*scope));
                rec::INST_LOADATOMIC
            }
            InstKind::AtomicStore {
                value,
                ptr,
                align,
                volatile,
                ordering,
                scope,
            } => {
                self.vt(*ptr)?;
                self.vt(*value)?;
                self.ops.push(encode_align(Some(*align)));
                self.ops.push(u64::from(*volatile));
                self.ops.push(encode_ordering(*ordering));
                self.ops.push(encode_scope(*scope));
                rec::INST_STOREATOMIC
            }
            InstKind::AtomicRmw {
                op,
                ptr,
                value,
                align,
                volatile,
                ordering,
                scope,
            } => {
                self.vt(*ptr)?;
                self.vt(*value)?;
                self.ops.push(encode_rmw(*op));
                self.ops.push(u64::from(*volatile));
                self.ops.push(encode_ordering(*ordering));
                self.ops.push(encode_scope(*scope));
                self.ops.push(encode_align(Some(*align)));
                rec::INST_ATOMICRMW
            }
            InstKind::CmpXchg {
                ptr,
                expected,
                new,
                align,
                volatile,
                weak,
                success,
                failure,
                scope,
            } => {
                self.vt(*ptr)?;
                self.vt(*expected)?;
                self.v(*new)?;
                self.ops.push(u64::from(*volatile));
                self.ops.push(encode_ordering(*success));
                self.ops.push(encode_scope(*scope));
                self.ops.push(encode_ordering(*failure));
                self.ops.push(u64::from(*weak));
                self.ops.push(encode_align(Some(*align)));
                rec::INST_CMPXCHG
            }
            InstKind::Fence { ordering, scope } => {
                self.ops.push(encode_ordering(*ordering));
                self.ops.push(encode_scope(*scope));
                rec::INST_FENCE
            }
            InstKind::Ret { value } => {
                if let Some(v) = value {
                    self.vt(*v)?;
                }
                rec::INST_RET
            }
            InstKind::Br { dest } => {
                self.ops.push(self.bb(*dest)?);
                rec::INST_BR
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                self.ops.push(self.bb(*then_dest)?);
                self.ops.push(self.bb(*else_dest)?);
                self.v(*cond)?;
                rec::INST_BR
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => {
                let t = self.ty(*value)?;
                self.ops.push(self.tid(t)?);
                self.v(*value)?;
                self.ops.push(self.bb(*default)?);
                for &(v, b) in cases.iter() {
                    let c = *self
                        .e
                        .case_consts
                        .get(&(t, v))
                        .ok_or("internal: a switch case was not numbered")?;
                    self.ops.push(u64::from(self.e.const_value(self.m, c)?));
                    self.ops.push(self.bb(b)?);
                }
                rec::INST_SWITCH
            }
            InstKind::Unreachable => rec::INST_UNREACHABLE,
            InstKind::IndirectBr { addr, dests } => {
                let t = self.ty(*addr)?;
                self.ops.push(self.tid(t)?);
                self.v(*addr)?;
                for &d in dests.iter() {
                    self.ops.push(self.bb(d)?);
                }
                rec::INST_INDIRECTBR
            }
            InstKind::Invoke {
                callee,
                fn_ty,
                args,
                normal,
                unwind,
                ..
            } => {
                self.ops.push(list);
                self.ops.push(invokef::EXPLICIT_TYPE);
                self.ops.push(self.bb(*normal)?);
                self.ops.push(self.bb(*unwind)?);
                self.call_site(*callee, *fn_ty, args)?;
                rec::INST_INVOKE
            }
            InstKind::LandingPad { cleanup, clauses } => {
                let t = result_ty.ok_or("a landingpad without a result")?;
                self.ops.push(self.tid(t)?);
                self.ops.push(u64::from(*cleanup));
                self.ops.push(clauses.len() as u64);
                for c in clauses.iter() {
                    self.ops.push(match c {
                        LandingPadClause::Catch(_) => clausef::CATCH,
                        LandingPadClause::Filter(_) => clausef::FILTER,
                    });
                    self.vt(c.operand())?;
                }
                rec::INST_LANDINGPAD
            }
            InstKind::Resume { value } => {
                self.vt(*value)?;
                rec::INST_RESUME
            }
        })
    }
}
