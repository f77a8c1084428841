//! The order in which a function's blocks are lowered and emitted.
//!
//! Reachable IR blocks come in reverse post-order (a block's first successor is visited last
//! by the depth-first walk, so it is laid out right after the block, as clang lays out the
//! fall-through path). Every *critical* edge — from a block with several successors to a
//! block with several predecessors — gets an edge block of its own, placed right after its
//! source (back edges first, so that a loop's moves fall through from its branch and end in
//! the jump back): the register allocator needs a place for the moves of that edge, and an
//! edge block that ends up holding no move costs nothing (emission skips blocks that only
//! jump). An `invoke`'s two edges always get blocks (the normal one defines the call's
//! results, the landing one receives the exception: see [`crate::eh`]); landing blocks are
//! cold and go after all the others.
//!
//! Duplicate edges (a `switch` whose cases share a target, `br %c, %x, %x`) count once: a
//! lowered block's successor list has no duplicates.

use jit_core::entity::SecondaryMap;
use jit_core::ir::{Block, Body};

/// A block of the lowered function.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LoweredBlock {
    /// An IR block.
    Orig(Block),
    /// The block on the critical edge `from → to` (holds only the edge's moves and a jump).
    Edge {
        /// Source IR block.
        from: Block,
        /// Destination IR block.
        to: Block,
    },
}

/// Index of a lowered block (also its `regalloc2::Block` index).
pub type LBlock = u32;

/// Lowered blocks, their CFG and the map from IR blocks.
#[derive(Debug, Default)]
pub struct BlockOrder {
    /// Lowered blocks in layout order; the first is the entry block.
    pub blocks: Vec<LoweredBlock>,
    /// Lowered index of each reachable IR block.
    pub index: SecondaryMap<Block, Option<LBlock>>,
    /// Successors of each lowered block, without duplicates.
    pub succs: Vec<Vec<LBlock>>,
    /// Predecessors of each lowered block.
    pub preds: Vec<Vec<LBlock>>,
    /// For each lowered block of an IR block: its unique IR successor targets, in
    /// terminator order (parallel to `succs`).
    pub ir_succs: Vec<Vec<Block>>,
}

impl BlockOrder {
    /// Computes the order for `body` (which must have an entry block).
    pub fn new(body: &Body) -> BlockOrder {
        let mut order = BlockOrder::default();
        let Some(entry) = body.entry() else {
            return order;
        };
        // Unique successors of each block, in terminator order.
        let mut unique: SecondaryMap<Block, Vec<Block>> = SecondaryMap::default();
        for &b in &body.layout {
            let mut list: Vec<Block> = Vec::new();
            for s in body.successors(b) {
                if !list.contains(&s) {
                    list.push(s);
                }
            }
            unique[b] = list;
        }
        // Reverse post-order by an explicit stack (functions can be very deep).
        let mut visited: SecondaryMap<Block, bool> = SecondaryMap::default();
        let mut post: Vec<Block> = Vec::with_capacity(body.layout.len());
        let mut stack: Vec<(Block, usize)> = vec![(entry, 0)];
        visited[entry] = true;
        while let Some(&mut (b, ref mut next)) = stack.last_mut() {
            let succs = &unique[b];
            // Visit successors last to first, so the first one ends up right after `b`.
            if *next < succs.len() {
                let s = succs[succs.len() - 1 - *next];
                *next += 1;
                if !visited[s] {
                    visited[s] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
                stack.pop();
            }
        }
        let rpo: Vec<Block> = post.into_iter().rev().collect();
        // Reachable predecessor counts decide which edges are critical.
        let mut npreds: SecondaryMap<Block, u32> = SecondaryMap::default();
        for &b in &rpo {
            for &s in &unique[b] {
                npreds[s] += 1;
            }
        }
        let mut rpo_index: SecondaryMap<Block, u32> = SecondaryMap::with_default(u32::MAX);
        for (k, &b) in rpo.iter().enumerate() {
            rpo_index[b] = k as u32;
        }
        // An invoke's two edges always get blocks: the normal one takes the call's results
        // from their registers, the unwind one is where the unwinder lands.
        let invokes = |b: Block| {
            body.terminator(b)
                .is_some_and(|t| body.insts[t].kind.unwind_dest().is_some())
        };
        let split = |b: Block, s: Block| unique[b].len() > 1 && (npreds[s] > 1 || invokes(b));
        let mut edges: Vec<Block> = Vec::new();
        let mut landings: Vec<LoweredBlock> = Vec::new();
        for &b in &rpo {
            order.push(LoweredBlock::Orig(b));
            order.index[b] = Some(order.blocks.len() as LBlock - 1);
            if unique[b].len() > 1 {
                // Edge blocks follow their source, back edges first: the loop's edge then
                // falls through from the branch and ends in the one jump back, where the
                // exit's edge first would cost a taken branch to it and then that jump.
                edges.clear();
                edges.extend(unique[b].iter().copied().filter(|&s| split(b, s)));
                edges.sort_by_key(|&s| rpo_index[s] > rpo_index[b]);
                for &s in &edges {
                    // Landings are cold: they go after every other block.
                    if invokes(b) && unique[b].last() == Some(&s) {
                        landings.push(LoweredBlock::Edge { from: b, to: s });
                        continue;
                    }
                    order.push(LoweredBlock::Edge { from: b, to: s });
                }
            }
        }
        for l in landings {
            order.push(l);
        }
        // Wire successors: an IR block's edge goes to its edge block when it has one.
        let n = order.blocks.len();
        order.succs = vec![Vec::new(); n];
        order.preds = vec![Vec::new(); n];
        order.ir_succs = vec![Vec::new(); n];
        for i in 0..n {
            match order.blocks[i] {
                LoweredBlock::Orig(b) => {
                    for &s in &unique[b] {
                        let target = if split(b, s) {
                            // Its edge block is among those right after `b`.
                            let e = (i + 1..n)
                                .find(|&e| order.blocks[e] == LoweredBlock::Edge { from: b, to: s })
                                .expect("every critical edge has its block after its source");
                            e as LBlock
                        } else {
                            order.index[s].expect("successors of reachable blocks are reachable")
                        };
                        order.succs[i].push(target);
                        order.ir_succs[i].push(s);
                    }
                }
                LoweredBlock::Edge { to, .. } => {
                    let t = order.index[to].expect("edge targets are reachable");
                    order.succs[i].push(t);
                    order.ir_succs[i].push(to);
                }
            }
        }
        for i in 0..n {
            for k in 0..order.succs[i].len() {
                let s = order.succs[i][k] as usize;
                order.preds[s].push(i as LBlock);
            }
        }
        order
    }

    fn push(&mut self, b: LoweredBlock) {
        self.blocks.push(b);
    }

    /// Number of lowered blocks.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// True when the function has no block.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The lowered successor that the edge `from → to` of IR block `from` enters (an edge
    /// block or `to` itself).
    pub fn edge_target(&self, from: LBlock, to: Block) -> LBlock {
        let i = from as usize;
        let k = self.ir_succs[i]
            .iter()
            .position(|&s| s == to)
            .expect("an edge of the terminator");
        self.succs[i][k]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::reader::parse_module;

    fn order_of(text: &str) -> (BlockOrder, Vec<String>) {
        let m = parse_module(text, "t.ll").expect("parses");
        let f = &m.functions[jit_core::ir::FuncId::from_u32(0)];
        let body = f.body.as_ref().expect("defined");
        let order = BlockOrder::new(body);
        let names = order
            .blocks
            .iter()
            .map(|b| match b {
                LoweredBlock::Orig(b) => body.blocks[*b].name.as_deref().unwrap_or("?").to_string(),
                LoweredBlock::Edge { from, to } => format!(
                    "{}->{}",
                    body.blocks[*from].name.as_deref().unwrap_or("?"),
                    body.blocks[*to].name.as_deref().unwrap_or("?")
                ),
            })
            .collect();
        (order, names)
    }

    #[test]
    fn loop_with_critical_back_edge() {
        let (order, names) = order_of(
            "define i32 @f(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %j, %head ]
  %j = add i32 %i, 1
  %c = icmp slt i32 %j, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %j
dead:
  br label %exit
}",
        );
        assert_eq!(names, ["entry", "head", "head->head", "exit"]);
        assert_eq!(order.succs[1], [2, 3]);
        assert_eq!(order.succs[2], [1]);
        assert_eq!(order.preds[1], [0, 2]);
        assert_eq!(order.edge_target(1, order_ir(&order, 3)), 3);
    }

    fn order_ir(order: &BlockOrder, i: usize) -> Block {
        match order.blocks[i] {
            LoweredBlock::Orig(b) => b,
            LoweredBlock::Edge { to, .. } => to,
        }
    }

    #[test]
    fn duplicate_switch_targets_count_once() {
        let (order, names) = order_of(
            "define void @f(i32 %x) {
entry:
  switch i32 %x, label %a [ i32 1, label %b
                            i32 2, label %b
                            i32 3, label %a ]
a:
  br label %b
b:
  ret void
}",
        );
        assert_eq!(names, ["entry", "entry->b", "a", "b"]);
        assert_eq!(order.succs[0], [2, 1]);
        assert_eq!(order.preds[3], [1, 2]);
    }
}
