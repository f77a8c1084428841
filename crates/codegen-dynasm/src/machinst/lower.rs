//! Instruction selection driver: walks the lowered blocks, asks the ISA to lower each IR
//! instruction, and keeps the bookkeeping every ISA needs — the virtual registers of each
//! SSA value, use counts for folding, side-effect colours, phi arguments.
//!
//! # Walking backwards
//! Each block is lowered from its terminator up. An instruction asks for the registers of
//! the values it reads with [`Lower::use_reg`], which marks them *needed*; when the walk
//! reaches a producer whose value nobody needed and that has no side effect, the producer
//! is skipped. A value is needed from the start when a phi or another block uses it (defs
//! dominate uses, so those users are never lowered before their producer's block is done).
//! So an instruction *folds* a producer into itself (a compare into a branch, an address
//! computation into an addressing mode) simply by reading the producer's operands instead
//! of its result, and dead code costs nothing.
//!
//! A load may only be folded into a user of the same block with the same *colour*: the
//! number of instructions with side effects (stores, calls, atomics, volatile accesses)
//! before it in the block. Equal colours mean no such instruction lies between them, so
//! moving the load down to its user reads the same memory.
//!
//! Instructions are produced in forward order *within* one IR instruction (into
//! [`Lower::emit`]); the groups are reversed at the end of the block.

use jit_core::DataLayout;
use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    Body, Const, ConstKind, FnAttrs, FuncId, Function, GlobalRef, Inst, InstKind, Module, Operand,
    SrcLoc, Type, TypeData, Value, ValueDef,
};
use regalloc2::{RegClass, VReg};

use super::blockorder::{BlockOrder, LBlock, LoweredBlock};
pub use super::layout::{Layouts, Leaf, MAX_LEAVES};
use super::vcode::VCode;
use super::{MachInst, Reg};

/// Why a function is left to tier 0: something this tier does not lower yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported(pub String);

/// Shorthand for a lowering step.
pub type LResult<T = ()> = Result<T, Unsupported>;

/// Makes an [`Unsupported`] from anything printable.
pub fn unsupported<T>(what: impl Into<String>) -> LResult<T> {
    Err(Unsupported(what.into()))
}

/// An ISA's instruction selection, driven by [`lower_function`].
pub trait LowerIsa<'a> {
    /// The ISA's machine instruction.
    type Inst: MachInst;
    /// The shared lowering state.
    fn ctx(&mut self) -> &mut Lower<'a, Self::Inst>;
    /// Lowers the function's entry: defines every parameter's registers from the argument
    /// registers and stack slots.
    fn lower_args(&mut self) -> LResult;
    /// Lowers one non-terminator instruction (its result is used, or it has effects).
    fn lower_inst(&mut self, inst: Inst) -> LResult;
    /// Lowers the terminator `inst` of the current block; `succs` are the lowered
    /// successors in the order of [`BlockOrder::ir_succs`].
    fn lower_terminator(&mut self, inst: Inst, succs: &[LBlock]) -> LResult;
    /// An unconditional jump to lowered block `target` (ends edge blocks).
    fn gen_jump(&mut self, target: LBlock) -> Self::Inst;
    /// Materialises a constant into fresh registers (one per part of its type).
    fn materialize(&mut self, c: Const, ty: Type) -> LResult<Vec<Reg>>;
    /// A fresh register of `class` holding zero.
    fn zero(&mut self, class: RegClass) -> Reg;
    /// At the start of an invoke's normal edge block: defines the invoke's result from the
    /// registers the call returned it in (see [`crate::eh`]).
    fn lower_invoke_result(&mut self, _invoke: Inst) -> LResult {
        unsupported("invoke")
    }
    /// At the start of an invoke's landing block: the registers holding the exception
    /// pointer and the (zero-extended) selector the unwinder passes.
    fn lower_landing(&mut self) -> LResult<Vec<Reg>> {
        unsupported("landing pads")
    }
}

/// A value made of pieces of other values: no code, its registers are theirs.
#[derive(Clone, Debug, PartialEq)]
enum Composite {
    /// `extractvalue agg, path`: leaves `start..start + len` of `agg`.
    Extract {
        agg: Operand,
        start: usize,
        len: usize,
    },
    /// `insertvalue agg, elt, path`: `agg`'s leaves with `start..start + len` from `elt`.
    Insert {
        agg: Operand,
        elt: Operand,
        start: usize,
        len: usize,
    },
    /// A value whose every leaf is a leaf of another value or zero: `zext` to `i128`,
    /// `trunc` of an `i128` to `i64`, `i128` shifts by exactly 64.
    Pieces(Box<[Piece]>),
}

/// One leaf of a [`Composite::Pieces`] value.
#[derive(Copy, Clone, Debug, PartialEq)]
enum Piece {
    /// Leaf `k` of an operand.
    Of(Operand, usize),
    /// An integer zero.
    Zero,
}

/// The pieces of an `i128` operation that only moves whole 64-bit halves.
fn halves_of(
    m: &Module,
    kind: &InstKind,
    ty: Type,
    op_ty: impl Fn(Operand) -> Type,
) -> Option<Composite> {
    use jit_core::ir::{BinaryOp, CastOp};
    let is = |t: Type, b: u32| matches!(m.types.data(t), TypeData::Int(w) if *w == b);
    let narrow =
        |t: Type| matches!(m.types.data(t), TypeData::Int(w) if *w <= 64) || m.types.is_ptr(t);
    let pieces = |p: Vec<Piece>| Some(Composite::Pieces(p.into_boxed_slice()));
    match kind {
        InstKind::Cast {
            op: CastOp::ZExt,
            value,
            ..
        } if is(ty, 128) && narrow(op_ty(*value)) => {
            pieces(vec![Piece::Of(*value, 0), Piece::Zero])
        }
        InstKind::Cast {
            op: CastOp::Trunc,
            value,
            ..
        } if is(ty, 64) && is(op_ty(*value), 128) => pieces(vec![Piece::Of(*value, 0)]),
        InstKind::Binary {
            op: op @ (BinaryOp::LShr | BinaryOp::Shl),
            lhs,
            rhs: Operand::Const(c),
            ..
        } if is(ty, 128) && m.const_data(*c).kind == jit_core::ir::ConstKind::Int(64) => {
            if *op == BinaryOp::LShr {
                pieces(vec![Piece::Of(*lhs, 1), Piece::Zero])
            } else {
                pieces(vec![Piece::Zero, Piece::Of(*lhs, 0)])
            }
        }
        _ => None,
    }
}

/// The registers of one value: a range of [`Lower`]'s register pool.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
struct RegRange {
    start: u32,
    len: u32,
}

/// Lowering state of one function, shared by the ISAs.
pub struct Lower<'a, I: MachInst> {
    /// The module.
    pub m: &'a Module,
    /// Its data layout.
    pub dl: &'a DataLayout,
    /// The function's id.
    pub fid: FuncId,
    /// The function.
    pub func: &'a Function,
    /// Its body.
    pub body: &'a Body,
    /// The block order.
    pub order: &'a BlockOrder,
    /// The machine code being built.
    pub vcode: VCode<I>,
    value_regs: SecondaryMap<Value, RegRange>,
    pool: Vec<Reg>,
    /// Operand references to each value in the IR.
    uses: SecondaryMap<Value, u32>,
    /// Values whose registers some lowered (or not yet lowered) user reads.
    needed: SecondaryMap<Value, bool>,
    /// Values that are another operand under a new name (see [`alias_of`]).
    alias: SecondaryMap<Value, Option<Operand>>,
    /// Values made of other values' registers (`extractvalue`, `insertvalue`).
    composite: SecondaryMap<Value, Option<Composite>>,
    /// Type layouts of the module, shared by its functions.
    pub layouts: &'a std::cell::RefCell<Layouts>,
    /// Labels of the module's address-taken blocks.
    pub block_labels: &'a crate::blockaddr::BlockLabels,
    /// Where each address-taken block of this function is bound, by lowered block
    /// (see [`crate::blockaddr::landings`]), sorted.
    pub landings: Vec<(LBlock, dynasmrt::DynamicLabel)>,
    /// Constant-offset addresses folded into their users in other blocks (see
    /// [`sunk_addresses`]): their base.
    sunk: SecondaryMap<Value, Option<Operand>>,
    /// Side-effect colour of each instruction (see the module doc).
    colors: SecondaryMap<Inst, u32>,
    /// The lowered block being lowered.
    pub block: LBlock,
    /// The IR instruction being lowered.
    cur_inst: Option<Inst>,
    group: Vec<I>,
    block_rev: Vec<I>,
    /// Whether machine instructions carry source locations (the function has a
    /// subprogram): then `block_rev_dbg` runs parallel to `block_rev`.
    dbg: bool,
    block_rev_dbg: Vec<Option<jit_core::ir::DebugLoc>>,
}

impl<'a, I: MachInst> Lower<'a, I> {
    /// Prepares lowering of function `fid` of `m` in block order `order`.
    pub fn new(
        m: &'a Module,
        dl: &'a DataLayout,
        fid: FuncId,
        order: &'a BlockOrder,
        layouts: &'a std::cell::RefCell<Layouts>,
        block_labels: &'a crate::blockaddr::BlockLabels,
    ) -> LResult<Self> {
        let func = &m.functions[fid];
        let Some(body) = func.body.as_ref() else {
            return unsupported("a declaration has no body");
        };
        let mut landings =
            crate::blockaddr::landings(body, fid, order, block_labels).map_err(Unsupported)?;
        landings.sort_unstable_by_key(|&(b, _)| b);
        let mut alias: SecondaryMap<Value, Option<Operand>> = SecondaryMap::default();
        for lb in &order.blocks {
            let LoweredBlock::Orig(b) = *lb else { continue };
            for &i in &body.blocks[b].insts {
                if let Some(v) = body.insts[i].result
                    && let Some(op) = alias_of(m, body, &body.insts[i].kind, v)
                {
                    // Chains resolve to their root: defs come before uses in RPO... except
                    // through phis, which are never aliases, so one step back suffices.
                    let root = match op {
                        Operand::Value(w) => alias[w].unwrap_or(op),
                        c => c,
                    };
                    alias[v] = Some(root);
                }
            }
        }
        let resolve = |op: Operand| match op {
            Operand::Value(v) => alias[v].unwrap_or(op),
            c => c,
        };
        let mut cache = layouts.borrow_mut();
        let mut composite: SecondaryMap<Value, Option<Composite>> = SecondaryMap::default();
        for lb in &order.blocks {
            let LoweredBlock::Orig(b) = *lb else { continue };
            for &i in &body.blocks[b].insts {
                let Some(v) = body.insts[i].result else {
                    continue;
                };
                let op_ty = |op: Operand| match op {
                    Operand::Value(w) => body.values[w].ty,
                    Operand::Const(c) => m.const_data(c).ty,
                };
                let c = match &body.insts[i].kind {
                    InstKind::ExtractValue { agg, indices } => {
                        leaf_range(m, dl, &mut cache, op_ty(*agg), indices).map(|(start, len)| {
                            Composite::Extract {
                                agg: resolve(*agg),
                                start,
                                len,
                            }
                        })
                    }
                    InstKind::InsertValue { agg, elt, indices } => {
                        leaf_range(m, dl, &mut cache, op_ty(*agg), indices).map(|(start, len)| {
                            Composite::Insert {
                                agg: resolve(*agg),
                                elt: resolve(*elt),
                                start,
                                len,
                            }
                        })
                    }
                    kind => halves_of(m, kind, body.values[v].ty, op_ty).map(|c| match c {
                        Composite::Pieces(p) => Composite::Pieces(
                            p.iter()
                                .map(|&piece| match piece {
                                    Piece::Of(op, k) => Piece::Of(resolve(op), k),
                                    z => z,
                                })
                                .collect(),
                        ),
                        c => c,
                    }),
                };
                composite[v] = c;
            }
        }
        let sunk = sunk_addresses(m, dl, &mut cache, body, order, &alias, &composite);
        drop(cache);
        // The value a sunk address's users in other blocks read instead of it.
        let sunk_root = |mut op: Operand| {
            while let Operand::Value(v) = op
                && let Some(base) = sunk[v]
            {
                op = base;
            }
            op
        };
        let mut uses: SecondaryMap<Value, u32> = SecondaryMap::default();
        let mut needed: SecondaryMap<Value, bool> = SecondaryMap::default();
        let mut colors: SecondaryMap<Inst, u32> = SecondaryMap::default();
        for lb in &order.blocks {
            let LoweredBlock::Orig(b) = *lb else { continue };
            let mut color = 0;
            for &i in &body.blocks[b].insts {
                let kind = &body.insts[i].kind;
                let is_phi = matches!(kind, InstKind::Phi { .. });
                kind.for_each_operand(|op| {
                    if let Operand::Value(v) = resolve(op) {
                        uses[v] += 1;
                        let elsewhere = match body.values[v].def {
                            ValueDef::Inst(d) => body.insts[d].block != b,
                            ValueDef::Param(_) => true,
                        };
                        if sunk[v].is_some() && elsewhere {
                            // Folded into this user's address: its base is read here.
                            if let Operand::Value(root) = sunk_root(Operand::Value(v)) {
                                needed[root] = true;
                            }
                        } else if is_phi || elsewhere {
                            needed[v] = true;
                        }
                    }
                });
                colors[i] = color;
                if has_side_effects(m, kind) {
                    color += 1;
                }
            }
        }
        // A composite that another block or a phi reads is never lowered itself: the
        // values it is made of are needed in its place.
        let mut work: Vec<Value> = body
            .values
            .keys()
            .filter(|&v| needed[v] && composite[v].is_some())
            .collect();
        while let Some(v) = work.pop() {
            let parts: Vec<Operand> = match &composite[v] {
                Some(Composite::Extract { agg, .. }) => vec![*agg],
                Some(Composite::Insert { agg, elt, .. }) => vec![*agg, *elt],
                Some(Composite::Pieces(p)) => p
                    .iter()
                    .filter_map(|piece| match piece {
                        Piece::Of(op, _) => Some(*op),
                        Piece::Zero => None,
                    })
                    .collect(),
                None => Vec::new(),
            };
            for p in parts {
                if let Operand::Value(w) = p
                    && !needed[w]
                {
                    needed[w] = true;
                    if composite[w].is_some() {
                        work.push(w);
                    }
                }
            }
        }
        Ok(Lower {
            m,
            dl,
            fid,
            func,
            body,
            order,
            vcode: VCode::new(&order.succs, &order.preds),
            value_regs: SecondaryMap::default(),
            pool: Vec::new(),
            uses,
            needed,
            alias,
            composite,
            layouts,
            block_labels,
            landings,
            sunk,
            colors,
            block: 0,
            cur_inst: None,
            group: Vec::new(),
            block_rev: Vec::new(),
            dbg: func.subprogram.is_some() && !m.debug.is_empty(),
            block_rev_dbg: Vec::new(),
        })
    }

    /// The static allocas of the entry block (constant count, alignment ≤ 16, under 1 GiB)
    /// with their size and alignment in bytes: each ISA makes them frame objects. A call of a
    /// `returns_twice` function (setjmp) anywhere in the body is `Unsupported`: tier 0 keeps
    /// every value of such a function in memory.
    pub fn static_allocas(&self) -> LResult<Vec<(Value, u32, u32)>> {
        let (m, body) = (self.m, self.body);
        let entry = body.entry();
        let mut allocas = Vec::new();
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                let data = &body.insts[i];
                if let InstKind::Call { callee, .. } = &data.kind
                    && let Operand::Const(c) = callee
                    && let Some(GlobalRef::Function(f)) = m.strip_to_global(*c)
                    && m.functions[f].attrs.has(FnAttrs::RETURNS_TWICE)
                {
                    return unsupported("calls of returns_twice functions (setjmp)");
                }
                if let InstKind::Alloca { ty, count, align } = &data.kind
                    && Some(b) == entry
                    && let Operand::Const(c) = count
                    && let ConstKind::Int(n) = m.const_data(*c).kind
                {
                    let align = if *align == 0 {
                        self.dl.abi_align(&m.types, *ty)
                    } else {
                        u64::from(*align)
                    };
                    let size = self
                        .layouts
                        .borrow_mut()
                        .alloc_size(m, self.dl, *ty)
                        .saturating_mul(n as u64);
                    if align <= 16 && size < (1 << 30) {
                        let v = data.result.expect("alloca has a result");
                        allocas.push((v, size as u32, align as u32));
                    }
                }
            }
        }
        Ok(allocas)
    }

    /// The terms of a `getelementptr` (see [`GepTerms`]). Indices keep their own types (an
    /// index that is a `zext` alias must still count as 64 bits wide: it is not
    /// sign-extended).
    pub fn gep_terms(&self, source_ty: Type, indices: &[Operand]) -> Option<GepTerms> {
        let mut layouts = self.layouts.borrow_mut();
        gep_terms(self.m, self.dl, &mut layouts, source_ty, indices, |op| {
            self.ty(op)
        })
    }

    /// A fresh virtual register of `class`.
    pub fn new_reg(&mut self, class: RegClass) -> Reg {
        self.vcode.new_vreg(class)
    }

    /// Appends a machine instruction to the current IR instruction's code.
    pub fn emit(&mut self, inst: I) {
        self.group.push(inst);
    }

    /// The IR instruction being lowered.
    pub fn current(&self) -> Option<Inst> {
        self.cur_inst
    }

    /// The `.ll` position of the instruction being lowered.
    pub fn loc(&self) -> SrcLoc {
        self.cur_inst
            .map_or(self.func.loc, |i| self.body.insts[i].loc)
    }

    /// The type of an operand.
    pub fn ty(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body.values[v].ty,
            Operand::Const(c) => self.m.const_data(c).ty,
        }
    }

    /// The type of a value.
    pub fn value_ty(&self, v: Value) -> Type {
        self.body.values[v].ty
    }

    /// The type's description.
    pub fn type_data(&self, ty: Type) -> &'a TypeData {
        self.m.types.data(ty)
    }

    /// The scalar pieces of a value of type `ty`, or `None` when this tier does not keep
    /// such values in registers.
    pub fn leaves(&mut self, ty: Type) -> Option<std::rc::Rc<[Leaf]>> {
        self.layouts.borrow_mut().leaves(self.m, self.dl, ty)
    }

    /// The registers value `v` is read from, for an instruction that uses it (marks `v`
    /// needed, so its producer is lowered).
    pub fn use_regs(&mut self, v: Value) -> LResult<&[Reg]> {
        self.check_not_sunk(v)?;
        self.needed[v] = true;
        self.value_regs(v)
    }

    /// The single register of a scalar value read by the instruction being lowered.
    pub fn use_reg(&mut self, v: Value) -> LResult<Reg> {
        self.check_not_sunk(v)?;
        self.needed[v] = true;
        self.value_reg(v)
    }

    /// A sunk address is in no register outside its own block: its users there fold it.
    fn check_not_sunk(&self, v: Value) -> LResult {
        if self.sunk[v].is_some()
            && let (ValueDef::Inst(d), Some(user)) = (self.body.values[v].def, self.cur_inst)
            && self.body.insts[d].block != self.body.insts[user].block
        {
            return unsupported("internal: an address sunk into its users did not fold");
        }
        Ok(())
    }

    /// The registers that hold value `v` (made on first request); a producer writes them.
    pub fn value_regs(&mut self, v: Value) -> LResult<&[Reg]> {
        if let Some(c) = &self.composite[v] {
            // A composite read where a plain value is expected (an address operand, say),
            // not through `operand_regs`: a member extracted from a value is a slice of
            // that value's registers (clang's `extractvalue` of a `{ ptr, ptr }` call
            // result used as an address in another block); anything else is assembled
            // only by `operand_regs`, so the function is left to tier 0.
            let &Composite::Extract {
                agg: Operand::Value(w),
                start,
                len,
            } = c
            else {
                return unsupported("internal: a composite value read as a plain one");
            };
            let regs = self.value_regs(w)?;
            return regs.get(start..start + len).ok_or_else(|| {
                Unsupported("internal: an extracted member outside its aggregate".into())
            });
        }
        let r = self.value_regs[v];
        if r.len == 0 {
            let ty = self.body.values[v].ty;
            let Some(leaves) = self.leaves(ty) else {
                return unsupported(format!("values of type {}", self.m.types.display(ty)));
            };
            let start = self.pool.len() as u32;
            for leaf in leaves.iter() {
                let reg = self.vcode.new_vreg(leaf.class);
                self.pool.push(reg);
            }
            self.value_regs[v] = RegRange {
                start,
                len: leaves.len() as u32,
            };
        }
        let r = self.value_regs[v];
        Ok(&self.pool[r.start as usize..(r.start + r.len) as usize])
    }

    /// The single register of a scalar value.
    pub fn value_reg(&mut self, v: Value) -> LResult<Reg> {
        let regs = self.value_regs(v)?;
        match regs {
            [r] => Ok(*r),
            _ => unsupported("a multi-register value used as a scalar"),
        }
    }

    /// Whether some user reads `v` (so its definition must be lowered).
    pub fn is_needed(&self, v: Value) -> bool {
        self.needed[v]
    }

    /// Operand references to `v` in the IR.
    pub fn use_count(&self, v: Value) -> u32 {
        self.uses[v]
    }

    /// The instruction that defines `op`, if it is an instruction result.
    pub fn producer(&self, op: Operand) -> Option<Inst> {
        match op {
            Operand::Value(v) => match self.body.values[v].def {
                ValueDef::Inst(i) => Some(i),
                ValueDef::Param(_) => None,
            },
            Operand::Const(_) => None,
        }
    }

    /// The operand `op` stands for once no-op conversions are looked through.
    pub fn resolve(&self, op: Operand) -> Operand {
        match op {
            Operand::Value(v) => self.alias[v].unwrap_or(op),
            c => c,
        }
    }

    /// Whether value `v` is another operand under a new name or made of other values'
    /// registers (its instruction is skipped).
    pub fn is_alias(&self, v: Value) -> bool {
        self.alias[v].is_some() || self.composite[v].is_some()
    }

    /// The producer of `op` when it lies in the same block as the instruction being
    /// lowered: pure producers (address arithmetic, compares) may be recomputed there.
    pub fn same_block_producer(&self, op: Operand) -> Option<Inst> {
        let p = self.producer(op)?;
        let user = self.cur_inst?;
        let sunk = matches!(op, Operand::Value(v) if self.sunk[v].is_some());
        (sunk || self.body.insts[p].block == self.body.insts[user].block).then_some(p)
    }

    /// The producer of `op` when it is a load that may be folded into the instruction being
    /// lowered: same block, no side effect in between, and this is its only use (so it is
    /// then skipped rather than loaded twice).
    pub fn foldable_load(&self, op: Operand) -> Option<Inst> {
        let p = self.same_block_producer(op)?;
        let user = self.cur_inst?;
        let Operand::Value(v) = op else { return None };
        let InstKind::Load {
            volatile: false, ..
        } = self.body.insts[p].kind
        else {
            return None;
        };
        (self.uses[v] == 1 && self.colors[p] == self.colors[user]).then_some(p)
    }

    fn finish_group(&mut self) {
        if self.dbg {
            // Every machine instruction of the group comes from the IR instruction.
            let loc = self.cur_inst.and_then(|i| self.body.insts[i].dbg);
            let n = self.group.len();
            self.block_rev_dbg.extend(std::iter::repeat_n(loc, n));
        }
        // Groups are collected last to first; within a group, instructions are in order.
        for inst in self.group.drain(..).rev() {
            self.block_rev.push(inst);
        }
    }

    fn finish_block(&mut self, params: Vec<VReg>, args: Vec<Vec<VReg>>) {
        let insts: Vec<I> = self.block_rev.drain(..).rev().collect();
        if self.dbg {
            let locs = self.block_rev_dbg.drain(..).rev();
            self.vcode.srclocs.extend(locs);
        }
        self.vcode.push_block(params, insts, args);
    }
}

/// Whether an instruction must be kept even when its result is unused, and orders loads
/// (see the module doc on colours).
pub fn has_side_effects(m: &Module, kind: &InstKind) -> bool {
    match kind {
        InstKind::Load { volatile, .. } => *volatile,
        InstKind::Call { callee, .. } => !is_pure_intrinsic_call(m, *callee),
        // The driver binds a landing pad's value as a block parameter, never lowers it.
        InstKind::LandingPad { .. } => false,
        // An unused pure result is not computed (a division by zero is undefined
        // behaviour, so dropping one is allowed); every other kind (stores, atomics,
        // terminators, and any kind added later) has an effect.
        k => !k.only_computes(),
    }
}

/// Calls of intrinsics that neither read nor write memory and cannot trap.
fn is_pure_intrinsic_call(m: &Module, callee: Operand) -> bool {
    use jit_core::ir::Intrinsic::*;
    let Operand::Const(c) = callee else {
        return false;
    };
    let Some(jit_core::ir::GlobalRef::Function(f)) = m.strip_to_global(c) else {
        return false;
    };
    matches!(
        m.functions[f].intrinsic,
        Some(
            Smax | Smin
                | Umax
                | Umin
                | Abs
                | Fabs
                | Sqrt
                | Floor
                | Ceil
                | Trunc
                | Round
                | RoundEven
                | Rint
                | NearbyInt
                | Copysign
                | Fma
                | FMulAdd
                | MinNum
                | MaxNum
                | Ctpop
                | Ctlz
                | Cttz
                | Bswap
                | BitReverse
                | Fshl
                | Fshr
                | Expect
        )
    )
}

/// The registers holding `op` for an instruction that reads it: a constant is materialised
/// (leaf by leaf for aggregates), a composite is assembled from the values it is made of.
pub fn operand_regs<'a, L: LowerIsa<'a>>(isa: &mut L, op: Operand) -> LResult<Vec<Reg>> {
    let op = isa.ctx().resolve(op);
    match op {
        Operand::Const(c) => {
            let ty = isa.ctx().m.const_data(c).ty;
            isa.materialize(c, ty)
        }
        Operand::Value(v) => match isa.ctx().composite[v].clone() {
            None => Ok(isa.ctx().use_regs(v)?.to_vec()),
            Some(Composite::Extract { agg, start, len }) => {
                let regs = operand_regs(isa, agg)?;
                Ok(regs[start..start + len].to_vec())
            }
            Some(Composite::Insert {
                agg,
                elt,
                start,
                len,
            }) => {
                let mut regs = operand_regs(isa, agg)?;
                let e = operand_regs(isa, elt)?;
                regs.splice(start..start + len, e);
                Ok(regs)
            }
            Some(Composite::Pieces(pieces)) => {
                let mut regs = Vec::with_capacity(pieces.len());
                for piece in pieces.iter() {
                    regs.push(match *piece {
                        Piece::Of(op, k) => operand_regs(isa, op)?[k],
                        Piece::Zero => isa.zero(RegClass::Int),
                    });
                }
                Ok(regs)
            }
        },
    }
}

/// The leaves of the member at `indices` inside an aggregate of type `ty`: (first, count).
fn leaf_range(
    m: &Module,
    dl: &DataLayout,
    layouts: &mut Layouts,
    ty: Type,
    indices: &[u32],
) -> Option<(usize, usize)> {
    layouts.leaves(m, dl, ty)?;
    let mut start = 0usize;
    let mut cur = ty;
    for &k in indices {
        let member = m.types.member(cur, u64::from(k))?;
        // Leaves of the members before `k`.
        for j in 0..k {
            let before = m.types.member(cur, u64::from(j))?;
            start += layouts.leaves(m, dl, before)?.len();
        }
        cur = member;
    }
    Some((start, layouts.leaves(m, dl, cur)?.len()))
}

/// The operand an instruction's result merely renames, given the invariant that integers
/// are kept zero-extended: `zext`, `freeze`, pointer/integer casts at 64 bits, `bitcast`
/// within a register class, `llvm.expect`, `llvm.launder`/`strip.invariant.group`.
pub fn alias_of(m: &Module, body: &Body, kind: &InstKind, v: Value) -> Option<Operand> {
    use jit_core::ir::CastOp;
    let ty = body.values[v].ty;
    let op_ty = |op: Operand| match op {
        Operand::Value(w) => body.values[w].ty,
        Operand::Const(c) => m.const_data(c).ty,
    };
    let word = |t: Type| matches!(m.types.data(t), TypeData::Int(64) | TypeData::Ptr(_));
    let scalar_int = |t: Type| matches!(m.types.data(t), TypeData::Int(b) if *b <= 64);
    match kind {
        InstKind::Freeze { arg } => Some(*arg),
        InstKind::Cast { op, value, .. } => {
            let from = op_ty(*value);
            let same = match op {
                CastOp::ZExt => scalar_int(from) && scalar_int(ty),
                CastOp::PtrToInt | CastOp::IntToPtr | CastOp::AddrSpaceCast => {
                    word(from) && word(ty)
                }
                CastOp::BitCast => from == ty || (word(from) && word(ty) && !m.types.is_float(ty)),
                _ => false,
            };
            same.then_some(*value)
        }
        InstKind::Call { callee, args, .. } => {
            use jit_core::ir::Intrinsic::*;
            let Operand::Const(c) = callee else {
                return None;
            };
            let Some(jit_core::ir::GlobalRef::Function(f)) = m.strip_to_global(*c) else {
                return None;
            };
            match m.functions[f].intrinsic {
                Some(Expect | ExpectWithProbability) if scalar_int(ty) => {
                    args.first().map(|a| a.value)
                }
                _ if matches!(
                    &*m.functions[f].name,
                    n if n.starts_with("llvm.launder.invariant.group")
                        || n.starts_with("llvm.strip.invariant.group")
                ) =>
                {
                    args.first().map(|a| a.value)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A `getelementptr`'s address as `base + disp + Σ index × scale`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GepTerms {
    /// Constant byte offset.
    pub disp: i64,
    /// Variable indices with their byte scale and their width in bits (indices narrower
    /// than 64 bits are sign-extended, wider ones truncated).
    pub vars: Vec<(Operand, i64, u32)>,
}

/// The addresses sunk into their users (LLVM's CodeGenPrepare does the same): a
/// `getelementptr` with only constant indices whose every use is the address of a plain
/// load or store, some of them in other blocks than its own (clang's LICM and GVN hoist
/// field addresses out of loops). Each such user folds `base + offset` into its addressing
/// mode, reading the base, instead of the hoisted address holding a register across the
/// loop. Gives each sunk value's base.
fn sunk_addresses(
    m: &Module,
    dl: &DataLayout,
    layouts: &mut Layouts,
    body: &Body,
    order: &BlockOrder,
    alias: &SecondaryMap<Value, Option<Operand>>,
    composite: &SecondaryMap<Value, Option<Composite>>,
) -> SecondaryMap<Value, Option<Operand>> {
    let mut sunk: SecondaryMap<Value, Option<Operand>> = SecondaryMap::default();
    let resolve = |op: Operand| match op {
        Operand::Value(v) => alias[v].unwrap_or(op),
        c => c,
    };
    // Candidates: constant-offset addresses.
    let mut any = false;
    for lb in &order.blocks {
        let LoweredBlock::Orig(b) = *lb else { continue };
        for &i in &body.blocks[b].insts {
            let data = &body.insts[i];
            let (
                Some(v),
                InstKind::Gep {
                    source_ty,
                    base,
                    indices,
                    ..
                },
            ) = (data.result, &data.kind)
            else {
                continue;
            };
            if alias[v].is_some() || composite[v].is_some() {
                continue;
            }
            // The indices as the ISAs' address folding reads them (unresolved: an index
            // keeps its own type), so that a constant offset here is one there.
            let ty_of = |op: Operand| match op {
                Operand::Value(w) => body.values[w].ty,
                Operand::Const(c) => m.const_data(c).ty,
            };
            if let Some(t) = gep_terms(m, dl, layouts, *source_ty, indices, ty_of)
                && t.vars.is_empty()
                && i32::try_from(t.disp).is_ok()
            {
                sunk[v] = Some(resolve(*base));
                any = true;
            }
        }
    }
    if !any {
        return sunk;
    }
    // Keep those used only as load/store addresses, somewhere outside their block.
    let mut outside: SecondaryMap<Value, bool> = SecondaryMap::default();
    for lb in &order.blocks {
        let LoweredBlock::Orig(b) = *lb else { continue };
        for &i in &body.blocks[b].insts {
            let kind = &body.insts[i].kind;
            let address = match kind {
                InstKind::Load {
                    ptr,
                    volatile: false,
                    ..
                }
                | InstKind::Store {
                    ptr,
                    volatile: false,
                    ..
                } => Some(resolve(*ptr)),
                _ => None,
            };
            kind.for_each_operand(|op| {
                let Operand::Value(v) = resolve(op) else { return };
                if sunk[v].is_none() {
                    return;
                }
                // Only as the address (a store of the address itself is a value use).
                let as_address = address == Some(Operand::Value(v))
                    && !matches!(kind, InstKind::Store { value, .. } if resolve(*value) == Operand::Value(v));
                if !as_address {
                    sunk[v] = None;
                } else if let ValueDef::Inst(d) = body.values[v].def
                    && body.insts[d].block != b
                {
                    outside[v] = true;
                }
            });
        }
    }
    for v in body.values.keys() {
        if !outside[v] {
            sunk[v] = None;
        }
    }
    sunk
}

/// Splits a `getelementptr` over `source_ty` with `indices` (already resolved through
/// aliases, typed by `ty_of`) into constant and variable terms; `None` for what addresses
/// cannot be (a variable struct index, a vector index).
fn gep_terms(
    m: &Module,
    dl: &DataLayout,
    layouts: &mut Layouts,
    source_ty: Type,
    indices: &[Operand],
    ty_of: impl Fn(Operand) -> Type,
) -> Option<GepTerms> {
    use jit_core::ir::ConstKind;
    let mut t = GepTerms::default();
    let mut cur = source_ty;
    for (k, &idx) in indices.iter().enumerate() {
        let bits = m.types.int_bits(ty_of(idx))?;
        let elem_size = if k == 0 {
            layouts.alloc_size(m, dl, cur)
        } else {
            match m.types.data(cur) {
                TypeData::Struct { .. } | TypeData::Named(_) => {
                    let Operand::Const(c) = idx else { return None };
                    let ConstKind::Int(n) = m.const_data(c).kind else {
                        return None;
                    };
                    let (off, field) = layouts.member_offset(m, dl, cur, n as u64)?;
                    t.disp = t.disp.wrapping_add(off as i64);
                    cur = field;
                    continue;
                }
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    cur = *elem;
                    layouts.alloc_size(m, dl, *elem)
                }
                _ => return None,
            }
        };
        match idx {
            Operand::Const(c) => {
                let v = match m.const_data(c).kind {
                    ConstKind::Int(n) => n,
                    ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => 0,
                    _ => return None,
                };
                let n = if bits >= 64 {
                    v as u64 as i64
                } else {
                    ((v as u64) << (64 - bits)) as i64 >> (64 - bits)
                };
                t.disp = t.disp.wrapping_add(n.wrapping_mul(elem_size as i64));
            }
            Operand::Value(_) => {
                if elem_size != 0 {
                    t.vars.push((idx, elem_size as i64, bits));
                }
            }
        }
    }
    Some(t)
}

/// Lowers the function the ISA's context describes into machine code with virtual
/// registers.
pub fn lower_function<'a, L: LowerIsa<'a>>(isa: &mut L) -> LResult<VCode<L::Inst>> {
    let order: &BlockOrder = isa.ctx().order;
    let body: &Body = isa.ctx().body;
    let m = isa.ctx().m;
    for lb in 0..order.len() {
        let succs: &[LBlock] = &order.succs[lb];
        isa.ctx().block = lb as LBlock;
        match order.blocks[lb] {
            LoweredBlock::Orig(b) => {
                let insts = &body.blocks[b].insts;
                let Some((&term, rest)) = insts.split_last() else {
                    return unsupported("a block without a terminator");
                };
                isa.ctx().cur_inst = Some(term);
                isa.lower_terminator(term, succs)?;
                isa.ctx().finish_group();
                let args = branch_args(isa, lb as LBlock, b)?;
                isa.ctx().finish_group();
                for &i in rest.iter().rev() {
                    let data = &body.insts[i];
                    // A landing pad's value is a block parameter, passed by the landing blocks.
                    if matches!(
                        data.kind,
                        InstKind::Phi { .. } | InstKind::LandingPad { .. }
                    ) {
                        continue;
                    }
                    let unused = data
                        .result
                        .is_none_or(|v| !isa.ctx().needed[v] || isa.ctx().is_alias(v));
                    if unused && !has_side_effects(m, &data.kind) {
                        continue;
                    }
                    isa.ctx().cur_inst = Some(i);
                    isa.lower_inst(i)?;
                    isa.ctx().finish_group();
                }
                isa.ctx().cur_inst = None;
                if lb == 0 {
                    isa.lower_args()?;
                    isa.ctx().finish_group();
                }
                let mut params = Vec::new();
                for &i in insts {
                    let data = &body.insts[i];
                    let last = match data.kind {
                        InstKind::Phi { .. } => false,
                        InstKind::LandingPad { .. } => true,
                        _ => break,
                    };
                    let Some(v) = data.result else { continue };
                    for r in isa.ctx().value_regs(v)? {
                        params.push(r.as_virt().expect("virtual before allocation"));
                    }
                    if last {
                        break;
                    }
                }
                isa.ctx().finish_block(params, args);
            }
            LoweredBlock::Edge { from, to } => {
                let target = succs[0];
                let jump = isa.gen_jump(target);
                isa.ctx().emit(jump);
                isa.ctx().finish_group();
                let mut args = branch_args(isa, lb as LBlock, from)?;
                isa.ctx().finish_group();
                let term = body.terminator(from).expect("edges leave terminators");
                if let InstKind::Invoke { normal, unwind, .. } = body.insts[term].kind {
                    if to == unwind {
                        let regs = isa.lower_landing()?;
                        args[0].extend(regs.iter().map(|r| r.as_virt().expect("virtual")));
                    } else if to == normal {
                        isa.ctx().cur_inst = Some(term);
                        isa.lower_invoke_result(term)?;
                        isa.ctx().cur_inst = None;
                    }
                    isa.ctx().finish_group();
                }
                isa.ctx().finish_block(Vec::new(), args);
            }
        }
    }
    let ctx = isa.ctx();
    let succs = ctx.order.succs.clone();
    let preds = ctx.order.preds.clone();
    let mut vcode = std::mem::replace(&mut ctx.vcode, VCode::new(&succs, &preds));
    vcode.finish();
    Ok(vcode)
}

/// The arguments lowered block `lb` (whose code comes from IR block `ir_from`) passes to
/// each successor's phis; constants are materialised in `lb`.
fn branch_args<'a, L: LowerIsa<'a>>(
    isa: &mut L,
    lb: LBlock,
    ir_from: jit_core::ir::Block,
) -> LResult<Vec<Vec<VReg>>> {
    let order: &BlockOrder = isa.ctx().order;
    let body: &Body = isa.ctx().body;
    let mut all = Vec::with_capacity(order.succs[lb as usize].len());
    for k in 0..order.succs[lb as usize].len() {
        let target = order.succs[lb as usize][k];
        let mut args = Vec::new();
        // Only an IR block has phis; an edge block's successor is its IR target.
        if let LoweredBlock::Orig(tb) = order.blocks[target as usize] {
            for &i in &body.blocks[tb].insts {
                let InstKind::Phi { incoming } = &body.insts[i].kind else {
                    break;
                };
                let Some(&(op, _)) = incoming.iter().find(|(_, p)| *p == ir_from) else {
                    return unsupported("a phi without a value for a predecessor");
                };
                let regs = operand_regs(isa, op)?;
                args.extend(regs.iter().map(|r| r.as_virt().expect("virtual")));
            }
        }
        all.push(args);
    }
    Ok(all)
}
