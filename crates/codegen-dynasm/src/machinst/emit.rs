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
use super::{MachInst, Terminator};

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

/// The encoding side of an ISA.
pub trait EmitIsa<I: MachInst> {
    /// Marks the start of lowered block `b` (binds its label); `loop_header` when a later
    /// block branches back to it (the ISA may align it).
    fn bind_block(&mut self, b: LBlock, loop_header: bool);
    /// The function's prologue.
    fn prologue(&mut self, frame: &Frame);
    /// Encodes one instruction (every register operand is physical). `next` is the block
    /// laid out right after the current one, and `target` maps a lowered block to the
    /// block a branch to it must reach (forwarders resolved).
    fn emit_inst(&mut self, inst: &I, frame: &Frame, ctx: &BranchContext<'_>);
    /// Encodes a move the register allocator inserted.
    fn emit_move(&mut self, from: Allocation, to: Allocation, class: RegClass, frame: &Frame);
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
    // A block that holds only a jump, with no allocator move, forwards to its target.
    let mut edit_at = 0usize;
    let mut direct: Vec<Option<LBlock>> = vec![None; nblocks];
    for (b, slot) in direct.iter_mut().enumerate() {
        let range = vcode.block_range(b);
        let first = regalloc2::Inst::new(range.start);
        let last = regalloc2::Inst::new(range.end - 1);
        while edit_at < alloc.edits.len() && alloc.edits[edit_at].0.inst() < first {
            edit_at += 1;
        }
        let has_edits = edit_at < alloc.edits.len() && alloc.edits[edit_at].0.inst() <= last;
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
        let ctx = BranchContext {
            forward: &forward,
            next: emitted.get(k + 1).copied(),
        };
        for i in vcode.block_range(b as usize) {
            let inst = regalloc2::Inst::new(i);
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

fn class_of(from: Allocation, to: Allocation) -> RegClass {
    from.as_reg()
        .or(to.as_reg())
        .map_or(RegClass::Int, |r| r.class())
}
