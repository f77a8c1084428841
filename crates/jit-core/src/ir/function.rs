//! Functions: signature, attributes and (for definitions) a body of blocks, instructions
//! and SSA values, each in its own arena.

use super::instructions::{Inst, InstData, InstKind, ParamAttrs, SrcLoc};
use super::module::Linkage;
use super::types::Type;
use crate::entity;
use crate::entity::{EntityRef, PrimaryMap};

entity!(
    /// A function-local SSA value: a parameter or an instruction result.
    Value,
    "v"
);
entity!(
    /// A basic block of one function.
    Block,
    "bb"
);

/// How a value is defined.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// The n-th parameter.
    Param(u32),
    /// The result of an instruction.
    Inst(Inst),
}

/// A value's type, definition and `.ll` name (`None` for numbered values like `%3`).
#[derive(Clone, Debug, PartialEq)]
pub struct ValueData {
    /// Type of the value.
    pub ty: Type,
    /// Where it comes from.
    pub def: ValueDef,
    /// Name without `%`, if it has one.
    pub name: Option<Box<str>>,
}

/// A basic block: its instructions in order (phis first, one terminator last).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockData {
    /// Name without `%` (or the label's number as written, for `3:` labels: `None`).
    pub name: Option<Box<str>>,
    /// Instructions in execution order.
    pub insts: Vec<Inst>,
    /// Position of the label in the `.ll` text.
    pub loc: SrcLoc,
}

/// The code of a defined function.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Body {
    /// All values (parameters first).
    pub values: PrimaryMap<Value, ValueData>,
    /// All instructions.
    pub insts: PrimaryMap<Inst, InstData>,
    /// All blocks; `layout` gives their order.
    pub blocks: PrimaryMap<Block, BlockData>,
    /// Blocks in layout order; the first is the entry block.
    pub layout: Vec<Block>,
    /// Variable declarations (`llvm.dbg.declare`, `#dbg_declare`) in the order they appear;
    /// not instructions, so passes need not step over them. A declaration whose address
    /// is no longer an instruction in the layout (promoted by mem2reg) describes nothing.
    pub debug_declares: Vec<super::DebugDeclare>,
}

impl Body {
    /// Drops the [`Body::debug_declares`] whose address is no longer there: an
    /// instruction that left the layout (promoted, split or deleted), or a value out of
    /// range. Returns how many were dropped.
    pub fn prune_debug_declares(&mut self) -> usize {
        if self.debug_declares.is_empty() {
            return 0;
        }
        let mut live = vec![false; self.insts.len()];
        for &b in &self.layout {
            for &i in &self.blocks[b].insts {
                if let Some(x) = live.get_mut(i.index()) {
                    *x = true;
                }
            }
        }
        let before = self.debug_declares.len();
        let (values, insts) = (&self.values, &self.insts);
        self.debug_declares
            .retain(|d| match values.get(d.address).map(|v| v.def) {
                Some(ValueDef::Param(_)) => true,
                Some(ValueDef::Inst(i)) => {
                    live.get(i.index()).copied().unwrap_or(false)
                        && insts[i].result == Some(d.address)
                }
                None => false,
            });
        before - self.debug_declares.len()
    }

    /// The entry block.
    pub fn entry(&self) -> Option<Block> {
        self.layout.first().copied()
    }
    /// The last instruction of `block`, if it is a terminator.
    pub fn terminator(&self, block: Block) -> Option<Inst> {
        let last = *self.blocks[block].insts.last()?;
        self.insts[last].kind.is_terminator().then_some(last)
    }
    /// The instruction's operation.
    pub fn kind(&self, inst: Inst) -> &InstKind {
        &self.insts[inst].kind
    }
    /// The type of a value.
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v].ty
    }
    /// The `landingpad` of `block`: its first instruction after the phis, when that is a
    /// landing pad. Such a block is a *pad block*: the verifier requires that every edge
    /// into it is the unwind edge of an `invoke`, and that every `landingpad` is placed so.
    pub fn landing_pad(&self, block: Block) -> Option<Inst> {
        let first = self.blocks[block]
            .insts
            .iter()
            .copied()
            .find(|&i| !matches!(self.insts[i].kind, InstKind::Phi { .. }))?;
        matches!(self.insts[first].kind, InstKind::LandingPad { .. }).then_some(first)
    }
    /// True when `block` starts (after its phis) with a `landingpad`.
    pub fn is_pad_block(&self, block: Block) -> bool {
        self.landing_pad(block).is_some()
    }
    /// True when the body has an `invoke`, `landingpad` or `resume`: code that takes part in
    /// exception unwinding.
    pub fn has_eh(&self) -> bool {
        // Through the layout: passes leave deleted instructions in the arena.
        self.layout.iter().any(|&b| {
            self.blocks[b].insts.iter().any(|&i| {
                matches!(
                    self.insts[i].kind,
                    InstKind::Invoke { .. } | InstKind::LandingPad { .. } | InstKind::Resume { .. }
                )
            })
        })
    }
    /// Successors of `block` (duplicates kept, in terminator order).
    pub fn successors(&self, block: Block) -> Vec<Block> {
        let mut out = Vec::new();
        if let Some(t) = self.terminator(block) {
            self.insts[t].kind.for_each_successor(|b| out.push(b));
        }
        out
    }
    /// For every block (indexed by block number), whether an edge comes to it from a block
    /// at or after it in layout order. Every cycle of the CFG, reducible or not, has such an
    /// edge (it must go backwards somewhere), so these blocks cover every loop and a body
    /// without one has none.
    pub fn layout_back_edge_targets(&self) -> Vec<bool> {
        let mut position = vec![usize::MAX; self.blocks.len()];
        for (i, &b) in self.layout.iter().enumerate() {
            position[b.index()] = i;
        }
        let mut targets = vec![false; self.blocks.len()];
        for (i, &b) in self.layout.iter().enumerate() {
            if let Some(t) = self.terminator(b) {
                self.insts[t].kind.for_each_successor(|s| {
                    if position[s.index()] <= i {
                        targets[s.index()] = true;
                    }
                });
            }
        }
        targets
    }
    /// Predecessor lists of every block, each in layout order without duplicates.
    pub fn predecessors(&self) -> crate::entity::SecondaryMap<Block, Vec<Block>> {
        let mut preds: crate::entity::SecondaryMap<Block, Vec<Block>> = Default::default();
        for &b in &self.layout {
            let mut succ = self.successors(b);
            succ.sort_unstable();
            succ.dedup();
            for s in succ {
                preds[s].push(b);
            }
        }
        preds
    }
}

/// Function-level attributes that change how a function may be compiled or called.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FnAttrs {
    /// Bit set of the constants below.
    pub flags: u32,
}

impl FnAttrs {
    /// `returns_twice` (setjmp and friends).
    pub const RETURNS_TWICE: u32 = 1 << 0;
    /// `noreturn`.
    pub const NORETURN: u32 = 1 << 1;
    /// `nounwind`.
    pub const NOUNWIND: u32 = 1 << 2;
    /// `noinline`.
    pub const NOINLINE: u32 = 1 << 3;
    /// `optnone`.
    pub const OPTNONE: u32 = 1 << 4;
    /// `alwaysinline`.
    pub const ALWAYSINLINE: u32 = 1 << 5;
    /// `naked`.
    pub const NAKED: u32 = 1 << 6;
    /// `"frame-pointer"="all"` or `"non-leaf"`.
    pub const FRAME_POINTER: u32 = 1 << 7;
    /// `cold`.
    pub const COLD: u32 = 1 << 8;

    /// Keywords and their bits, in the order the printer writes them.
    pub const KEYWORDS: [(&'static str, u32); 8] = [
        ("returns_twice", Self::RETURNS_TWICE),
        ("noreturn", Self::NORETURN),
        ("nounwind", Self::NOUNWIND),
        ("noinline", Self::NOINLINE),
        ("optnone", Self::OPTNONE),
        ("alwaysinline", Self::ALWAYSINLINE),
        ("naked", Self::NAKED),
        ("cold", Self::COLD),
    ];

    /// True when flag `bit` is set.
    pub fn has(&self, bit: u32) -> bool {
        self.flags & bit != 0
    }
}

/// A function declaration or definition.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Symbol name without `@`.
    pub name: Box<str>,
    /// The function type.
    pub ty: Type,
    /// Linkage (`external` for declarations).
    pub linkage: Linkage,
    /// Attributes of each parameter.
    pub param_attrs: Vec<ParamAttrs>,
    /// Attributes of the return value.
    pub ret_attrs: ParamAttrs,
    /// Function attributes.
    pub attrs: FnAttrs,
    /// `align N` on the function, if given.
    pub align: Option<u32>,
    /// Which intrinsic this is, for `llvm.*` declarations.
    pub intrinsic: Option<super::intrinsics::Intrinsic>,
    /// The body; `None` for a declaration.
    pub body: Option<Body>,
    /// Parameter values of a definition (empty for declarations).
    pub params: Vec<Value>,
    /// Position of the `define`/`declare` in the `.ll` text.
    pub loc: SrcLoc,
    /// `personality ptr @__gxx_personality_v0`: the function that interprets this
    /// function's landing pads while an exception unwinds through it.
    pub personality: Option<super::Const>,
    /// `!dbg !N` on the definition: the function's `DISubprogram`.
    pub subprogram: Option<super::DiSubprogram>,
}

impl Function {
    /// True for `declare`d functions (no body).
    pub fn is_declaration(&self) -> bool {
        self.body.is_none()
    }
}
