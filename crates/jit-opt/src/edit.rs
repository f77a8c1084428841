//! Editing a function body without use lists: the helpers every pass shares.
//!
//! The IR keeps no def-use chains, so passes do not "replace all uses" eagerly. They record
//! replacements in a [`Replacements`] map (value → operand), read operands through it while
//! they work, and rewrite every operand of the function once at the end ([`Replacements::apply`]):
//! one linear sweep however many values were replaced. Instructions are deleted by marking
//! them and sweeping each block once ([`remove_marked`]); new instructions are pushed to the
//! arenas and placed by rebuilding a block's instruction list, never by inserting into the
//! middle of a long `Vec` one at a time.
//!
//! Deleted instructions, values and blocks stay in the arenas (nothing refers to them); the
//! verifier and every consumer look only at the layout.

use std::collections::HashMap;

use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{
    Block, BlockData, Body, ConstKind, Inst, InstData, InstKind, LandingPadClause, Module, Operand,
    SrcLoc, Type, Value, ValueData, ValueDef,
};

/// Calls `f` on every operand of `kind`, for writing (the order of
/// [`InstKind::for_each_operand`]).
pub(crate) fn for_each_operand_mut(kind: &mut InstKind, mut f: impl FnMut(&mut Operand)) {
    match kind {
        InstKind::Binary { lhs, rhs, .. }
        | InstKind::ICmp { lhs, rhs, .. }
        | InstKind::FCmp { lhs, rhs, .. } => {
            f(lhs);
            f(rhs);
        }
        InstKind::FNeg { arg, .. } | InstKind::Freeze { arg } => f(arg),
        InstKind::Alloca { count, .. } => f(count),
        InstKind::Load { ptr, .. } | InstKind::AtomicLoad { ptr, .. } => f(ptr),
        InstKind::Store { value, ptr, .. } | InstKind::AtomicStore { value, ptr, .. } => {
            f(value);
            f(ptr);
        }
        InstKind::AtomicRmw { ptr, value, .. } => {
            f(ptr);
            f(value);
        }
        InstKind::Gep { base, indices, .. } => {
            f(base);
            indices.iter_mut().for_each(f);
        }
        InstKind::Cast { value, .. } => f(value),
        InstKind::Select {
            cond,
            if_true,
            if_false,
        } => {
            f(cond);
            f(if_true);
            f(if_false);
        }
        InstKind::Phi { incoming } => incoming.iter_mut().for_each(|(v, _)| f(v)),
        InstKind::Call { callee, args, .. } | InstKind::Invoke { callee, args, .. } => {
            args.iter_mut().for_each(|a| f(&mut a.value));
            f(callee);
        }
        InstKind::LandingPad { clauses, .. } => clauses.iter_mut().for_each(|c| match c {
            LandingPadClause::Catch(o) | LandingPadClause::Filter(o) => f(o),
        }),
        InstKind::Resume { value } => f(value),
        InstKind::ExtractValue { agg, .. } => f(agg),
        InstKind::InsertValue { agg, elt, .. } => {
            f(agg);
            f(elt);
        }
        InstKind::ExtractElement { vec, index } => {
            f(vec);
            f(index);
        }
        InstKind::InsertElement { vec, elt, index } => {
            f(vec);
            f(elt);
            f(index);
        }
        InstKind::ShuffleVector { a, b, .. } => {
            f(a);
            f(b);
        }
        InstKind::VaArg { list } => f(list),
        InstKind::CmpXchg {
            ptr, expected, new, ..
        } => {
            f(ptr);
            f(expected);
            f(new);
        }
        InstKind::Ret { value } => {
            if let Some(v) = value {
                f(v)
            }
        }
        InstKind::CondBr { cond, .. } => f(cond),
        InstKind::Switch { value, .. } => f(value),
        InstKind::IndirectBr { addr, .. } => f(addr),
        InstKind::Fence { .. } | InstKind::Br { .. } | InstKind::Unreachable => {}
    }
}

/// Calls `f` on every successor of a terminator, for writing.
pub(crate) fn for_each_successor_mut(kind: &mut InstKind, mut f: impl FnMut(&mut Block)) {
    match kind {
        InstKind::Br { dest } => f(dest),
        InstKind::CondBr {
            then_dest,
            else_dest,
            ..
        } => {
            f(then_dest);
            f(else_dest);
        }
        InstKind::Switch { default, cases, .. } => {
            f(default);
            cases.iter_mut().for_each(|(_, b)| f(b));
        }
        InstKind::IndirectBr { dests, .. } => dests.iter_mut().for_each(f),
        InstKind::Invoke { normal, unwind, .. } => {
            f(normal);
            f(unwind);
        }
        _ => {}
    }
}

/// The type of an operand.
pub(crate) fn operand_type(m: &Module, body: &Body, op: Operand) -> Type {
    match op {
        Operand::Value(v) => body.values[v].ty,
        Operand::Const(c) => m.consts[c].ty,
    }
}

/// Pushes a new instruction (and its result value, when `result_ty` is given and not
/// `void`) to the arenas of `body`, recorded as belonging to `block`. The caller places it
/// in the block's instruction list.
pub(crate) fn new_inst(
    body: &mut Body,
    kind: InstKind,
    result_ty: Option<Type>,
    block: Block,
    loc: SrcLoc,
) -> (Inst, Option<Value>) {
    let inst = body.insts.next_key();
    let result = result_ty.filter(|&t| t != Type::VOID).map(|ty| {
        body.values.push(ValueData {
            ty,
            def: ValueDef::Inst(inst),
            name: None,
        })
    });
    body.insts.push(InstData {
        kind,
        result,
        block,
        loc,
        dbg: None,
    });
    (inst, result)
}

/// Pushes a new, empty block to the arena (not yet in the layout).
pub(crate) fn new_block(body: &mut Body, name: Option<Box<str>>) -> Block {
    body.blocks.push(BlockData {
        name,
        insts: Vec::new(),
        loc: SrcLoc::default(),
    })
}

/// The instruction defining `v`, if it is not a parameter.
pub(crate) fn def_inst(body: &Body, v: Value) -> Option<Inst> {
    match body.values[v].def {
        ValueDef::Inst(i) => Some(i),
        ValueDef::Param(_) => None,
    }
}

/// Values replaced by other operands, resolved lazily and applied in one sweep.
pub(crate) struct Replacements {
    map: SecondaryMap<Value, Option<Operand>>,
    any: bool,
}

impl Replacements {
    /// No replacements yet.
    pub(crate) fn new() -> Self {
        Replacements {
            map: SecondaryMap::with_default(None),
            any: false,
        }
    }

    /// True when something was replaced.
    pub(crate) fn is_empty(&self) -> bool {
        !self.any
    }

    /// The operand `op` stands for now.
    pub(crate) fn resolve(&self, mut op: Operand) -> Operand {
        while let Operand::Value(v) = op {
            match self.map[v] {
                Some(next) => op = next,
                None => break,
            }
        }
        op
    }

    /// Replaces every use of `v` by `with` (resolved first, so no cycle can form).
    pub(crate) fn replace(&mut self, v: Value, with: Operand) {
        let with = self.resolve(with);
        if with == Operand::Value(v) || self.map[v].is_some() {
            return;
        }
        self.map[v] = Some(with);
        self.any = true;
    }

    /// Resolves every operand of `kind`.
    pub(crate) fn resolve_operands(&self, kind: &mut InstKind) {
        if self.any {
            for_each_operand_mut(kind, |op| *op = self.resolve(*op));
        }
    }

    /// Rewrites every operand of every instruction in the layout.
    pub(crate) fn apply(&self, body: &mut Body) {
        if !self.any {
            return;
        }
        for bi in 0..body.layout.len() {
            let b = body.layout[bi];
            for k in 0..body.blocks[b].insts.len() {
                let i = body.blocks[b].insts[k];
                self.resolve_operands(&mut body.insts[i].kind);
            }
        }
    }
}

/// Removes the instructions `dead` marks from their blocks' lists (one sweep).
pub(crate) fn remove_marked(body: &mut Body, dead: &SecondaryMap<Inst, bool>) {
    for &b in &body.layout {
        body.blocks[b].insts.retain(|&i| !dead[i]);
    }
}

/// Number of uses of every value by instructions in the layout.
pub(crate) fn use_counts(body: &Body) -> Vec<u32> {
    let mut counts = vec![0u32; body.values.len()];
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            body.insts[i].kind.for_each_operand(|op| {
                if let Operand::Value(v) = op {
                    counts[v.index()] += 1;
                }
            });
        }
    }
    counts
}

/// The users of every value (instructions in the layout; an instruction using a value
/// twice is listed twice), as one flat array with per-value ranges.
pub(crate) struct Users {
    start: Vec<u32>,
    list: Vec<Inst>,
}

impl Users {
    /// Builds the lists in two sweeps.
    pub(crate) fn build(body: &Body) -> Self {
        let n = body.values.len();
        let mut start = vec![0u32; n + 1];
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                body.insts[i].kind.for_each_operand(|op| {
                    if let Operand::Value(v) = op {
                        start[v.index() + 1] += 1;
                    }
                });
            }
        }
        for k in 0..n {
            start[k + 1] += start[k];
        }
        let mut fill = start.clone();
        let mut list = vec![Inst::new(0); start[n] as usize];
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                body.insts[i].kind.for_each_operand(|op| {
                    if let Operand::Value(v) = op {
                        list[fill[v.index()] as usize] = i;
                        fill[v.index()] += 1;
                    }
                });
            }
        }
        Users { start, list }
    }

    /// The instructions using `v` (as of when the lists were built).
    pub(crate) fn of(&self, v: Value) -> &[Inst] {
        match (self.start.get(v.index()), self.start.get(v.index() + 1)) {
            (Some(&a), Some(&b)) => &self.list[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// The blocks of each function whose address is taken by a `blockaddress` constant of the
/// module: they must never be deleted or merged away. One scan of the constant arena
/// (passes get it through [`crate::PassCx`] instead of scanning per function).
pub(crate) fn address_taken_map(m: &Module) -> HashMap<jit_core::ir::FuncId, Vec<Block>> {
    let mut out: HashMap<jit_core::ir::FuncId, Vec<Block>> = HashMap::new();
    for c in m.consts.values() {
        if let ConstKind::BlockAddress { func, block } = c.kind {
            out.entry(func).or_default().push(block);
        }
    }
    out
}

/// The unique successors of `block`, in terminator order.
pub(crate) fn unique_successors(body: &Body, block: Block) -> Vec<Block> {
    let mut out = Vec::new();
    if let Some(t) = body.terminator(block) {
        body.insts[t].kind.for_each_successor(|s| out.push(s));
    }
    // Sorting is linear enough and keeps a thousand-case switch away from quadratic scans.
    out.sort_unstable();
    out.dedup();
    out
}

/// Number of edges into every block from blocks in the layout.
pub(crate) fn pred_edge_counts(body: &Body) -> Vec<u32> {
    let mut counts = vec![0u32; body.blocks.len()];
    for &b in &body.layout {
        if let Some(t) = body.terminator(b) {
            body.insts[t]
                .kind
                .for_each_successor(|s| counts[s.index()] += 1);
        }
    }
    counts
}

/// Number of edges from `from` to `to`.
pub(crate) fn edge_count(body: &Body, from: Block, to: Block) -> usize {
    let mut n = 0;
    if let Some(t) = body.terminator(from) {
        body.insts[t]
            .kind
            .for_each_successor(|s| n += usize::from(s == to));
    }
    n
}

/// The phi instructions at the start of `block`.
pub(crate) fn phis(body: &Body, block: Block) -> impl Iterator<Item = Inst> + '_ {
    body.blocks[block]
        .insts
        .iter()
        .copied()
        .take_while(move |&i| matches!(body.insts[i].kind, InstKind::Phi { .. }))
}

/// Removes `n` phi entries for predecessor `pred` from every phi of `block` (`n` edges from
/// `pred` to `block` went away); one sweep per phi.
pub(crate) fn remove_phi_entries_n(body: &mut Body, block: Block, pred: Block, n: usize) {
    if n == 0 {
        return;
    }
    let list: Vec<Inst> = phis(body, block).collect();
    for i in list {
        if let InstKind::Phi { incoming } = &mut body.insts[i].kind {
            let mut left = n;
            incoming.retain(|&(_, p)| {
                if p == pred && left > 0 {
                    left -= 1;
                    false
                } else {
                    true
                }
            });
        }
    }
}

/// Removes every phi entry for `pred` from the phis of `block`.
pub(crate) fn remove_phi_entries(body: &mut Body, block: Block, pred: Block) {
    let list: Vec<Inst> = phis(body, block).collect();
    for i in list {
        if let InstKind::Phi { incoming } = &mut body.insts[i].kind {
            incoming.retain(|&(_, p)| p != pred);
        }
    }
}

/// In the phis of `block`, entries naming `old` now name `new`.
pub(crate) fn rename_phi_pred(body: &mut Body, block: Block, old: Block, new: Block) {
    let list: Vec<Inst> = phis(body, block).collect();
    for i in list {
        if let InstKind::Phi { incoming } = &mut body.insts[i].kind {
            for (_, p) in incoming.iter_mut() {
                if *p == old {
                    *p = new;
                }
            }
        }
    }
}

/// `undef` of type `ty`.
pub(crate) fn undef(m: &mut Module, ty: Type) -> Operand {
    Operand::Const(m.constant(ty, ConstKind::Undef))
}

/// `poison` of type `ty`.
pub(crate) fn poison(m: &mut Module, ty: Type) -> Operand {
    Operand::Const(m.constant(ty, ConstKind::Poison))
}

/// Names of C library functions that return twice, recognised even when the declaration
/// lacks the `returns_twice` attribute.
const RETURNS_TWICE_NAMES: &[&str] = &[
    "setjmp",
    "_setjmp",
    "__setjmp",
    "sigsetjmp",
    "__sigsetjmp",
    "savectx",
    "vfork",
    "getcontext",
];

/// True when the function `callee` (a constant callee operand) returns twice.
pub(crate) fn is_returns_twice_callee(m: &Module, callee: Operand) -> bool {
    let Operand::Const(c) = callee else {
        return false;
    };
    match m.consts[c].kind {
        ConstKind::GlobalAddr(jit_core::ir::GlobalRef::Function(f)) => {
            let func = &m.functions[f];
            func.attrs.has(jit_core::ir::FnAttrs::RETURNS_TWICE)
                || RETURNS_TWICE_NAMES.contains(&&*func.name)
        }
        _ => false,
    }
}

/// True when the body calls a function that returns twice (`setjmp`): such functions keep
/// their locals in memory, as the native program does, and nothing is inlined from them.
pub(crate) fn calls_returns_twice(m: &Module, body: &Body) -> bool {
    body.layout.iter().any(|&b| {
        body.blocks[b].insts.iter().any(|&i| {
            body.insts[i]
                .kind
                .as_call()
                .is_some_and(|c| is_returns_twice_callee(m, c.callee))
        })
    })
}
