//! The control-flow graph of one function as the passes see it: unique successors and
//! predecessors of every block, and the reverse postorder of the blocks reachable from the
//! entry. Built in one walk into flat arrays (no allocation per block: functions of tens of
//! thousands of blocks rebuild it often); a pass that changes edges builds it again.

use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{Block, Body};

/// Per-block lists in one flat array: block `b`'s list is `list[start[b]..start[b + 1]]`.
struct Lists {
    start: Vec<u32>,
    list: Vec<Block>,
}

impl Lists {
    fn of(&self, b: Block) -> &[Block] {
        match (self.start.get(b.index()), self.start.get(b.index() + 1)) {
            (Some(&s), Some(&e)) => &self.list[s as usize..e as usize],
            _ => &[],
        }
    }
}

/// Successors, predecessors and reverse postorder of a body.
pub(crate) struct Cfg {
    succs: Lists,
    preds: Lists,
    /// Blocks reachable from the entry, in reverse postorder (entry first).
    pub rpo: Vec<Block>,
    /// Position of each block in `rpo`; `u32::MAX` for unreachable blocks.
    pub rpo_index: SecondaryMap<Block, u32>,
}

impl Cfg {
    /// Builds the graph of `body`.
    pub(crate) fn build(body: &Body) -> Self {
        let n = body.blocks.len();
        // Unique successors, in terminator order; a switch with thousands of cases dedupes
        // in linear time with the "last listed by" marks.
        let mut listed_by: Vec<u32> = vec![u32::MAX; n];
        let mut succ_start = vec![0u32; n + 1];
        let mut succ_list: Vec<Block> = Vec::with_capacity(body.layout.len() * 2);
        let mut pred_count = vec![0u32; n + 1];
        let mut in_layout = vec![false; n];
        for &b in &body.layout {
            in_layout[b.index()] = true;
        }
        for bi in 0..n {
            succ_start[bi] = succ_list.len() as u32;
            let b = Block::new(bi);
            if !in_layout[bi] {
                continue;
            }
            if let Some(t) = body.terminator(b) {
                body.insts[t].kind.for_each_successor(|s| {
                    if listed_by[s.index()] != bi as u32 {
                        listed_by[s.index()] = bi as u32;
                        succ_list.push(s);
                        pred_count[s.index() + 1] += 1;
                    }
                });
            }
        }
        succ_start[n] = succ_list.len() as u32;
        // Predecessors in layout order.
        for k in 0..n {
            pred_count[k + 1] += pred_count[k];
        }
        let mut fill = pred_count.clone();
        let mut pred_list = vec![Block::new(0); succ_list.len()];
        for &b in &body.layout {
            let (s, e) = (succ_start[b.index()], succ_start[b.index() + 1]);
            for &x in &succ_list[s as usize..e as usize] {
                pred_list[fill[x.index()] as usize] = b;
                fill[x.index()] += 1;
            }
        }
        let succs = Lists {
            start: succ_start,
            list: succ_list,
        };
        let preds = Lists {
            start: pred_count,
            list: pred_list,
        };
        let (rpo, rpo_index) = reverse_postorder(body, &succs);
        Cfg {
            succs,
            preds,
            rpo,
            rpo_index,
        }
    }

    /// Unique successors of `b`, in terminator order.
    pub(crate) fn succs(&self, b: Block) -> &[Block] {
        self.succs.of(b)
    }

    /// Unique predecessors of `b`, in layout order (blocks in the layout only, reachable
    /// or not).
    pub(crate) fn preds(&self, b: Block) -> &[Block] {
        self.preds.of(b)
    }

    /// True when `b` is reachable from the entry.
    pub(crate) fn reachable(&self, b: Block) -> bool {
        self.rpo_index[b] != u32::MAX
    }
}

/// Reverse postorder of the blocks reachable from the entry, by an iterative depth-first
/// walk (no recursion: bodies may have tens of thousands of blocks in a chain).
fn reverse_postorder(body: &Body, succs: &Lists) -> (Vec<Block>, SecondaryMap<Block, u32>) {
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
        let list = succs.of(b);
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
