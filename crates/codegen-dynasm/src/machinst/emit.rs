//! Frame layout and the emission loop shared by the ISAs.
//!
//! # Frame (both ISAs; addresses grow upwards)
//! ```text
//!   incoming stack arguments        FP + 16 ...
//!   return address / saved LR       FP + 8
//!   saved FP                        FP          <- frame pointer (rbp / x29)
//!   callee-saved registers written by the function
//!   spill slots (8 bytes each)
//!   static allocas and other frame objects
//!   outgoing stack arguments        SP + 0 ...  <- SP after the prologue
//! ```
//! The distance FP − SP is a multiple of 16. Offsets in [`Frame`] are from SP after the
//! prologue; an ISA that must address from FP (x86-64, where dynamic allocas move `rsp`)
//! subtracts [`Frame::size`].

use regalloc2::{Allocation, Edit, InstPosition, PReg, PRegSet, RegClass};

use super::blockorder::LBlock;
use super::regalloc::Allocated;
use super::{MachInst, OperandVisitor, Reg, Terminator};

/// The frame of one function.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    /// Bytes from SP (after the prologue) up to the saved FP.
    pub size: u32,
    /// Callee-saved registers the function writes, with their SP offsets.
    pub saves: Vec<(PReg, u32)>,
    /// SP offset of spill slot 0.
    pub spill_base: u32,
    /// SP offset of each frame object.
    pub objects: Vec<u32>,
    /// Bytes of outgoing stack arguments at SP.
    pub outgoing: u32,
}

impl Frame {
    /// Lays out a frame: `objects` are (size, align ≤ 16) pairs, `callee_saved` the ISA's
    /// callee-saved registers in save order.
    pub fn layout(
        objects: &[(u32, u32)],
        outgoing: u32,
        num_spillslots: usize,
        written: PRegSet,
        callee_saved: &[PReg],
    ) -> Frame {
        let mut off = outgoing.next_multiple_of(16);
        let mut offsets = Vec::with_capacity(objects.len());
        for &(size, align) in objects {
            off = off.next_multiple_of(align.clamp(1, 16));
            offsets.push(off);
            off += size;
        }
        off = off.next_multiple_of(8);
        let spill_base = off;
        off += 8 * num_spillslots as u32;
        let mut saves = Vec::new();
        for &r in callee_saved {
            if written.contains(r) {
                saves.push((r, off));
                off += 8;
            }
        }
        Frame {
            size: off.next_multiple_of(16),
            saves,
            spill_base,
            objects: offsets,
            outgoing,
        }
    }

    /// SP offset of a spill slot.
    pub fn spill_offset(&self, slot: usize) -> u32 {
        self.spill_base + 8 * slot as u32
    }
}

/// Tells `debug` the frame-pointer offsets of frame objects: `declared` pairs an `alloca`
/// with its object. The frame pointer is at SP + [`Frame::size`] on both ISAs.
pub fn record_object_slots(
    debug: Option<&mut crate::debuginfo::FunctionDebug>,
    frame: &Frame,
    declared: &[(jit_core::ir::Value, u32)],
) {
    let Some(d) = debug else { return };
    for &(v, obj) in declared {
        if let Some(&off) = frame.objects.get(obj as usize) {
            d.slot(v, i64::from(off) - i64::from(frame.size));
        }
    }
}

/// The encoding side of an ISA.
pub trait EmitIsa<I: MachInst> {
    /// Marks the start of lowered block `b` (binds its label); `loop_header` when a later
    /// block branches back to it (the ISA may align it).
    fn bind_block(&mut self, b: LBlock, loop_header: bool);
    /// Block `b` is not emitted: branches to it go to the block just bound, which is where
    /// anything else that names `b` (a block address landing there) must point too.
    fn bind_forwarded(&mut self, _b: LBlock) {}
    /// The function's prologue.
    fn prologue(&mut self, frame: &Frame);
    /// Encodes one instruction (every register operand is physical). `next` is the block
    /// laid out right after the current one, and `target` maps a lowered block to the
    /// block a branch to it must reach (forwarders resolved).
    fn emit_inst(&mut self, inst: &I, frame: &Frame, ctx: &BranchContext<'_>);
    /// Encodes a move the register allocator inserted.
    fn emit_move(&mut self, from: Allocation, to: Allocation, class: RegClass, frame: &Frame);
    /// The code emitted from here on comes from source location `loc` (only called when the
    /// function has debug information; see [`crate::debuginfo`]).
    fn source_location(&mut self, _loc: jit_core::ir::DebugLoc) {}
}

/// Where branches go: forwarding blocks resolved, and which block comes next.
pub struct BranchContext<'a> {
    forward: &'a [LBlock],
    /// The next block in layout, if any.
    pub next: Option<LBlock>,
}

impl BranchContext<'_> {
    /// The block a branch to `b` should jump to.
    pub fn target(&self, b: LBlock) -> LBlock {
        self.forward[b as usize]
    }
    /// True when a jump to `b` can fall through instead.
    pub fn falls_through(&self, b: LBlock) -> bool {
        self.next == Some(self.target(b))
    }
}

/// Emits an allocated function: prologue, then every block (forwarders skipped) with the
/// allocator's moves interleaved. `is_jump` tells which instructions are unconditional
/// jumps (and to where).
pub fn emit_function<I: MachInst, E: EmitIsa<I>>(
    e: &mut E,
    alloc: &Allocated<I>,
    frame: &Frame,
    is_jump: impl Fn(&I) -> Option<LBlock>,
) {
    let vcode = &alloc.vcode;
    let nblocks = vcode.num_blocks_pushed();
    let block_edits = edits_by_block(alloc);
    let (hoisted, emptied) = hoist_shared_edge_moves(alloc, &block_edits, &is_jump);
    // A block that holds only a jump, with no allocator move, forwards to its target.
    let mut direct: Vec<Option<LBlock>> = vec![None; nblocks];
    for (b, slot) in direct.iter_mut().enumerate() {
        let range = vcode.block_range(b);
        let has_edits = !block_edits[b].is_empty() && !emptied[b];
        if range.len() == 1 && !has_edits && b != 0 {
            *slot = is_jump(&vcode.insts[range.start]);
        }
    }
    let mut forward: Vec<LBlock> = (0..nblocks as LBlock).collect();
    for (b, slot) in forward.iter_mut().enumerate() {
        // Follow the chain, at most `nblocks` steps (a cycle of empty blocks is an
        // infinite loop in the program; it then keeps its own jumps).
        let mut t = b as LBlock;
        for _ in 0..nblocks {
            match direct[t as usize] {
                Some(n) if n != t => t = n,
                _ => break,
            }
        }
        if direct[t as usize].is_none() {
            *slot = t;
        }
    }
    let emitted: Vec<LBlock> = (0..nblocks as LBlock)
        .filter(|&b| forward[b as usize] == b)
        .collect();
    // The skipped blocks, by the block they forward to.
    let mut skipped: Vec<(LBlock, LBlock)> = (0..nblocks as LBlock)
        .filter(|&b| forward[b as usize] != b)
        .map(|b| (forward[b as usize], b))
        .collect();
    skipped.sort_unstable();

    // Loop headers: targets of a branch from a block laid out at or after them.
    let mut position = vec![usize::MAX; nblocks];
    for (k, &b) in emitted.iter().enumerate() {
        position[b as usize] = k;
    }
    let mut header = vec![false; nblocks];
    for &b in &emitted {
        for s in vcode.block_successors(b as usize) {
            let t = forward[s] as usize;
            if position[t] <= position[b as usize] {
                header[t] = true;
            }
        }
    }
    e.prologue(frame);
    let mut edits = alloc.edits.iter().peekable();
    for (k, &b) in emitted.iter().enumerate() {
        e.bind_block(b, header[b as usize]);
        let first = skipped.partition_point(|&(t, _)| t < b);
        for &(_, x) in skipped[first..].iter().take_while(|&&(t, _)| t == b) {
            e.bind_forwarded(x);
        }
        let ctx = BranchContext {
            forward: &forward,
            next: emitted.get(k + 1).copied(),
        };
        if emptied[b as usize] {
            // Its moves went before the branch that leads here (kept as a block only when
            // its jump could not be forwarded).
            while edits
                .peek()
                .is_some_and(|(pt, _)| pt.inst().index() < vcode.block_range(b as usize).end)
            {
                edits.next();
            }
        }
        for i in vcode.block_range(b as usize) {
            let inst = regalloc2::Inst::new(i);
            if let Some(Some(loc)) = vcode.srclocs.get(i) {
                e.source_location(*loc);
            }
            // Skip edits of blocks that were forwarded away (they have none by
            // construction) and emit those before this instruction.
            while let Some((pt, _)) = edits.peek()
                && pt.inst() < inst
            {
                edits.next();
            }
            while let Some((pt, Edit::Move { from, to })) = edits.peek()
                && pt.inst() == inst
                && pt.pos() == InstPosition::Before
            {
                e.emit_move(*from, *to, class_of(*from, *to), frame);
                edits.next();
            }
            if i + 1 == vcode.block_range(b as usize).end {
                for &(from, to) in &hoisted[b as usize] {
                    e.emit_move(from, to, class_of(from, to), frame);
                }
            }
            e.emit_inst(&vcode.insts[i], frame, &ctx);
            while let Some((pt, Edit::Move { from, to })) = edits.peek()
                && pt.inst() == inst
                && pt.pos() == InstPosition::After
            {
                debug_assert!(
                    vcode.insts[i].terminator() == Terminator::None,
                    "a move after a terminator"
                );
                e.emit_move(*from, *to, class_of(*from, *to), frame);
                edits.next();
            }
        }
    }
}

/// The range of `alloc.edits` at each block's instructions.
fn edits_by_block<I: MachInst>(alloc: &Allocated<I>) -> Vec<std::ops::Range<usize>> {
    let vcode = &alloc.vcode;
    let mut at = 0usize;
    (0..vcode.num_blocks_pushed())
        .map(|b| {
            let range = vcode.block_range(b);
            let (first, end) = (range.start, range.end);
            while at < alloc.edits.len() && alloc.edits[at].0.inst().index() < first {
                at += 1;
            }
            let start = at;
            while at < alloc.edits.len() && alloc.edits[at].0.inst().index() < end {
                at += 1;
            }
            start..at
        })
        .collect()
}

/// Moves on both out-edges of a conditional branch that are the same — typically a value
/// carried around a loop that also leaves it in the same register, as clang's LCSSA phis
/// make it — are done once before the branch instead of in two edge blocks, which then
/// hold only a jump and are skipped: the loop's back edge becomes a single conditional
/// branch. Allowed when no move writes a register the branch instruction names (a fused
/// compare reads its operands after the moves now). Putting the moves between the compare
/// and the jump, as LLVM does when they conflict, measured slower here (fib at -O2, x86-64:
/// 0.13 s against 0.12 s with the moves left on the edges; it also splits a compare from
/// its jump, which the cores fuse), so conflicting moves stay where they are. Returns the
/// moves per branching block and which edge blocks lost theirs.
#[allow(clippy::type_complexity, reason = "two parallel per-block tables")]
fn hoist_shared_edge_moves<I: MachInst>(
    alloc: &Allocated<I>,
    block_edits: &[std::ops::Range<usize>],
    is_jump: &impl Fn(&I) -> Option<LBlock>,
) -> (Vec<Vec<(Allocation, Allocation)>>, Vec<bool>) {
    let vcode = &alloc.vcode;
    let n = vcode.num_blocks_pushed();
    let mut hoisted = vec![Vec::new(); n];
    let mut emptied = vec![false; n];
    // The moves of an edge block: every edit before its lone jump, if all are moves.
    let edge_moves = |s: usize| -> Option<Vec<(Allocation, Allocation)>> {
        let range = vcode.block_range(s);
        if range.len() != 1 || s == 0 || is_jump(&vcode.insts[range.start]).is_none() {
            return None;
        }
        if regalloc2::Function::block_preds(vcode, regalloc2::Block::new(s)).len() != 1 {
            return None;
        }
        let edits = &alloc.edits[block_edits[s].clone()];
        edits
            .iter()
            .map(|(pt, e)| match e {
                Edit::Move { from, to } if pt.pos() == InstPosition::Before => Some((*from, *to)),
                _ => None,
            })
            .collect()
    };
    for (b, slot) in hoisted.iter_mut().enumerate() {
        let range = vcode.block_range(b);
        if range.is_empty() {
            continue;
        }
        let last = range.end - 1;
        let succs: Vec<usize> = vcode.block_successors(b).collect();
        let [s1, s2] = succs[..] else { continue };
        if s1 == s2 || vcode.insts[last].terminator() != Terminator::Branch {
            continue;
        }
        let (Some(m1), Some(m2)) = (edge_moves(s1), edge_moves(s2)) else {
            continue;
        };
        if m1.is_empty() || m1 != m2 {
            continue;
        }
        let mut branch = vcode.insts[last].clone();
        let mut mentioned = RegCollector(PRegSet::empty());
        branch.visit_operands(&mut mentioned);
        if m1
            .iter()
            .any(|(_, to)| to.as_reg().is_some_and(|r| mentioned.0.contains(r)))
        {
            continue;
        }
        *slot = m1;
        emptied[s1] = true;
        emptied[s2] = true;
    }
    (hoisted, emptied)
}

/// Collects the physical registers an allocated instruction names.
struct RegCollector(PRegSet);

impl RegCollector {
    fn add(&mut self, r: &Reg) {
        if let Some(p) = r.as_phys() {
            self.0.add(p);
        }
    }
}

impl OperandVisitor for RegCollector {
    fn use_reg(&mut self, r: &mut Reg) {
        self.add(r);
    }
    fn use_fixed(&mut self, r: &mut Reg, p: PReg) {
        self.add(r);
        self.0.add(p);
    }
    fn use_late(&mut self, r: &mut Reg) {
        self.add(r);
    }
    fn def_reg(&mut self, r: &mut Reg) {
        self.add(r);
    }
    fn def_early(&mut self, r: &mut Reg) {
        self.add(r);
    }
    fn def_fixed(&mut self, r: &mut Reg, p: PReg) {
        self.add(r);
        self.0.add(p);
    }
    fn def_reuse(&mut self, r: &mut Reg, _input: usize) {
        self.add(r);
    }
    fn temp(&mut self, r: &mut Reg) {
        self.add(r);
    }
    fn temp_fixed(&mut self, r: &mut Reg, p: PReg) {
        self.add(r);
        self.0.add(p);
    }
}

fn class_of(from: Allocation, to: Allocation) -> RegClass {
    from.as_reg()
        .or(to.as_reg())
        .map_or(RegClass::Int, |r| r.class())
}
