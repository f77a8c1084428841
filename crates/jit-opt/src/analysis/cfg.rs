//! The control-flow graph of one function as the passes see it: unique successors and
//! predecessors of every block, and the reverse postorder of the blocks reachable from the
//! entry. Built in one walk; a pass that changes edges builds it again.

use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{Block, Body};

/// Successors, predecessors and reverse postorder of a body.
pub(crate) struct Cfg {
    /// Unique successors of each block, in terminator order.
    pub succs: SecondaryMap<Block, Vec<Block>>,
    /// Unique predecessors of each block, in layout order (blocks in the layout only,
    /// reachable or not).
    pub preds: SecondaryMap<Block, Vec<Block>>,
    /// Blocks reachable from the entry, in reverse postorder (entry first).
    pub rpo: Vec<Block>,
    /// Position of each block in `rpo`; `u32::MAX` for unreachable blocks.
    pub rpo_index: SecondaryMap<Block, u32>,
}

impl Cfg {
    /// Builds the graph of `body`.
    pub(crate) fn build(body: &Body) -> Self {
        let mut succs: SecondaryMap<Block, Vec<Block>> = SecondaryMap::with_default(Vec::new());
        let mut preds: SecondaryMap<Block, Vec<Block>> = SecondaryMap::with_default(Vec::new());
        // Last block that listed each block as a successor: a switch with thousands of
        // cases dedupes in linear time.
        let mut listed_by: Vec<Option<Block>> = vec![None; body.blocks.len()];
        for &b in &body.layout {
            let mut list = Vec::new();
            if let Some(t) = body.terminator(b) {
                body.insts[t].kind.for_each_successor(|s| {
                    if listed_by[s.index()] != Some(b) {
                        listed_by[s.index()] = Some(b);
                        list.push(s);
                    }
                });
            }
            for &s in &list {
                preds[s].push(b);
            }
            succs[b] = list;
        }
        let (rpo, rpo_index) = reverse_postorder(body, &succs);
        Cfg {
            succs,
            preds,
            rpo,
            rpo_index,
        }
    }

    /// True when `b` is reachable from the entry.
    pub(crate) fn reachable(&self, b: Block) -> bool {
        self.rpo_index[b] != u32::MAX
    }
}

/// Reverse postorder of the blocks reachable from the entry, by an iterative depth-first
/// walk (no recursion: bodies may have tens of thousands of blocks in a chain).
fn reverse_postorder(
    body: &Body,
    succs: &SecondaryMap<Block, Vec<Block>>,
) -> (Vec<Block>, SecondaryMap<Block, u32>) {
    let mut index = SecondaryMap::with_default(u32::MAX);
    let Some(entry) = body.entry() else {
        return (Vec::new(), index);
    };
    let mut visited = vec![false; body.blocks.len()];
    let mut post = Vec::with_capacity(body.layout.len());
    // (block, next successor to look at)
    let mut stack: Vec<(Block, usize)> = vec![(entry, 0)];
    visited[entry.index()] = true;
    while let Some(top) = stack.last_mut() {
        let b = top.0;
        let list = &succs[b];
        if top.1 < list.len() {
            let s = list[top.1];
            top.1 += 1;
            if !visited[s.index()] {
                visited[s.index()] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    for (k, &b) in post.iter().enumerate() {
        index[b] = k as u32;
    }
    (post, index)
}
