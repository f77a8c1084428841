//! The dominator tree of the reachable blocks, by the Cooper–Harvey–Kennedy iterative
//! algorithm over reverse postorder (two or three sweeps on the reducible graphs compilers
//! make), with preorder/postorder numbers of the tree so that "does `a` dominate `b`" is
//! two comparisons, and dominance frontiers on request.

use super::cfg::Cfg;
use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::Block;

/// Immediate dominators and the tree they form.
pub(crate) struct DomTree {
    /// Immediate dominator of each reachable block; the entry's is itself. `None` for
    /// unreachable blocks.
    idom: SecondaryMap<Block, Option<Block>>,
    /// Children of each block in the tree, in reverse postorder: block `b`'s are
    /// `child_list[child_start[b]..child_start[b + 1]]` (flat, as the CFG's lists).
    child_start: Vec<u32>,
    child_list: Vec<Block>,
    /// Preorder number of each reachable block.
    pre: SecondaryMap<Block, u32>,
    /// Largest preorder number in each block's subtree.
    last: SecondaryMap<Block, u32>,
    /// Blocks in tree preorder (their count numbers the next block).
    preorder: Vec<Block>,
}

impl DomTree {
    /// Computes the tree of the blocks `cfg` finds reachable.
    pub(crate) fn build(cfg: &Cfg) -> Self {
        let n = cfg.rpo.len();
        let mut idom_rpo: Vec<u32> = vec![u32::MAX; n];
        if n > 0 {
            idom_rpo[0] = 0;
        }
        let mut changed = true;
        while changed {
            changed = false;
            for k in 1..n {
                let b = cfg.rpo[k];
                let mut new: u32 = u32::MAX;
                for &p in cfg.preds(b) {
                    let pk = cfg.rpo_index[p];
                    if pk == u32::MAX || idom_rpo[pk as usize] == u32::MAX {
                        continue;
                    }
                    new = if new == u32::MAX {
                        pk
                    } else {
                        intersect(&idom_rpo, pk, new)
                    };
                }
                if new != u32::MAX && idom_rpo[k] != new {
                    idom_rpo[k] = new;
                    changed = true;
                }
            }
        }
        let mut idom = SecondaryMap::with_default(None);
        let nb = cfg.rpo.iter().map(|b| b.index() + 1).max().unwrap_or(0);
        let mut child_start = vec![0u32; nb + 1];
        for &up in idom_rpo.iter().skip(1) {
            let d = cfg.rpo[up as usize];
            child_start[d.index() + 1] += 1;
        }
        for i in 0..nb {
            child_start[i + 1] += child_start[i];
        }
        let mut fill = child_start.clone();
        let mut child_list = vec![Block::new(0); n.saturating_sub(1)];
        for (k, (&b, &up)) in cfg.rpo.iter().zip(&idom_rpo).enumerate() {
            let d = cfg.rpo[up as usize];
            idom[b] = Some(d);
            if k > 0 {
                child_list[fill[d.index()] as usize] = b;
                fill[d.index()] += 1;
            }
        }
        let mut t = DomTree {
            idom,
            child_start,
            child_list,
            pre: SecondaryMap::with_default(u32::MAX),
            last: SecondaryMap::with_default(0),
            preorder: Vec::with_capacity(n),
        };
        if n > 0 {
            t.number(cfg.rpo[0]);
        }
        t
    }

    /// Preorder/postorder numbering by an explicit stack.
    fn number(&mut self, root: Block) {
        let mut stack: Vec<(Block, usize)> = vec![(root, 0)];
        self.pre[root] = 0;
        self.preorder.push(root);
        while let Some(top) = stack.last_mut() {
            let b = top.0;
            if top.1 < self.children(b).len() {
                let c = self.children(b)[top.1];
                top.1 += 1;
                self.pre[c] = self.preorder.len() as u32;
                self.preorder.push(c);
                stack.push((c, 0));
            } else {
                self.last[b] = self.preorder.len() as u32 - 1;
                stack.pop();
            }
        }
    }

    /// Immediate dominator (`None` for the entry and unreachable blocks).
    pub(crate) fn idom(&self, b: Block) -> Option<Block> {
        self.idom[b].filter(|&d| d != b)
    }

    /// True when `b` is reachable (in the tree).
    pub(crate) fn contains(&self, b: Block) -> bool {
        self.idom[b].is_some()
    }

    /// True when `a` dominates `b` (every block dominates itself). False when either is
    /// unreachable.
    pub(crate) fn dominates(&self, a: Block, b: Block) -> bool {
        let (pa, pb) = (self.pre[a], self.pre[b]);
        pa != u32::MAX && pb != u32::MAX && pa <= pb && pb <= self.last[a]
    }

    /// Children in the tree.
    pub(crate) fn children(&self, b: Block) -> &[Block] {
        match (
            self.child_start.get(b.index()),
            self.child_start.get(b.index() + 1),
        ) {
            (Some(&s), Some(&e)) => &self.child_list[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Dominance frontier of every reachable block (CHK's method: walk up from each
    /// predecessor of a join block to its immediate dominator), as flat lists.
    pub(crate) fn frontiers(&self, cfg: &Cfg) -> Frontiers {
        // (block, a block of its frontier) pairs, then grouped by block.
        let mut pairs: Vec<(u32, Block)> = Vec::new();
        let mut last_for: Vec<u32> = Vec::new();
        for &b in &cfg.rpo {
            let preds = cfg.preds(b);
            if preds.len() < 2 {
                continue;
            }
            let Some(d) = self.idom[b] else { continue };
            for &p in preds {
                if !self.contains(p) {
                    continue;
                }
                let mut runner = p;
                while runner != d {
                    let r = runner.index();
                    if last_for.len() <= r {
                        last_for.resize(r + 1, u32::MAX);
                    }
                    // Each join block is added to a runner's frontier once.
                    if last_for[r] != b.as_u32() {
                        last_for[r] = b.as_u32();
                        pairs.push((r as u32, b));
                    }
                    match self.idom(runner) {
                        Some(up) => runner = up,
                        None => break,
                    }
                }
            }
        }
        let n = last_for.len();
        let mut start = vec![0u32; n + 1];
        for &(r, _) in &pairs {
            start[r as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut list = vec![Block::new(0); pairs.len()];
        for &(r, b) in &pairs {
            list[fill[r as usize] as usize] = b;
            fill[r as usize] += 1;
        }
        Frontiers { start, list }
    }
}

/// Dominance frontiers, flat: [`Frontiers::of`] gives one block's.
pub(crate) struct Frontiers {
    start: Vec<u32>,
    list: Vec<Block>,
}

impl Frontiers {
    /// The dominance frontier of `b`.
    pub(crate) fn of(&self, b: Block) -> &[Block] {
        match (self.start.get(b.index()), self.start.get(b.index() + 1)) {
            (Some(&s), Some(&e)) => &self.list[s as usize..e as usize],
            _ => &[],
        }
    }
}

fn intersect(idom: &[u32], mut a: u32, mut b: u32) -> u32 {
    while a != b {
        while a > b {
            a = idom[a as usize];
        }
        while b > a {
            b = idom[b as usize];
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::parse_body;

    #[test]
    fn diamond_and_loop() {
        let (m, f) = parse_body(
            "define void @f(i1 %c) {
             entry:
               br i1 %c, label %a, label %b
             a:
               br label %join
             b:
               br label %join
             join:
               br i1 %c, label %join, label %out
             out:
               ret void
             dead:
               br label %join
             }",
        );
        let body = m.functions[f].body.as_ref().unwrap();
        let cfg = Cfg::build(body);
        let t = DomTree::build(&cfg);
        let blk = |name: &str| {
            body.layout
                .iter()
                .copied()
                .find(|&b| body.blocks[b].name.as_deref() == Some(name))
                .unwrap()
        };
        let (entry, a, b, join, out, dead) = (
            blk("entry"),
            blk("a"),
            blk("b"),
            blk("join"),
            blk("out"),
            blk("dead"),
        );
        assert_eq!(t.idom(join), Some(entry));
        assert_eq!(t.idom(a), Some(entry));
        assert_eq!(t.idom(out), Some(join));
        assert!(t.dominates(entry, out));
        assert!(!t.dominates(a, join));
        assert!(!t.contains(dead));
        assert!(!t.dominates(dead, join));
        let df = t.frontiers(&cfg);
        assert_eq!(df.of(a), [join]);
        assert_eq!(df.of(b), [join]);
        assert_eq!(df.of(join), [join]);
        assert!(df.of(entry).is_empty());
    }
}
