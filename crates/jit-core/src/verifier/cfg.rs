//! Control flow of one function: successor and predecessor lists (one entry per edge),
//! reachability, and dominators by the Cooper–Harvey–Kennedy iterative algorithm with
//! dominator-tree intervals for constant-time dominance queries.

pub(super) const NONE: u32 = u32::MAX;

/// Control flow of one function: edges, reachability and the dominator tree.
#[derive(Default)]
pub(super) struct Cfg {
    /// Per block index: `succs[succ_start[b]..succ_start[b+1]]`, duplicates kept.
    succ_start: Vec<u32>,
    succs: Vec<u32>,
    /// Per block index: predecessors with one entry per edge, sorted.
    pred_start: Vec<u32>,
    preds: Vec<u32>,
    /// Postorder number of reachable blocks, `NONE` for unreachable ones.
    po: Vec<u32>,
    /// Immediate dominator (entry: itself), `NONE` when unreachable.
    idom: Vec<u32>,
    /// Preorder / postorder interval of each block in the dominator tree.
    dom_in: Vec<u32>,
    dom_out: Vec<u32>,
}

impl Cfg {
    pub(super) fn succs(&self, b: usize) -> &[u32] {
        &self.succs[self.succ_start[b] as usize..self.succ_start[b + 1] as usize]
    }
    pub(super) fn preds(&self, b: usize) -> &[u32] {
        &self.preds[self.pred_start[b] as usize..self.pred_start[b + 1] as usize]
    }
    pub(super) fn reachable(&self, b: usize) -> bool {
        self.po.get(b).is_some_and(|&p| p != NONE)
    }
    /// True when block `a` dominates block `b` (both reachable).
    pub(super) fn dominates(&self, a: usize, b: usize) -> bool {
        self.reachable(a)
            && self.reachable(b)
            && self.dom_in[a] <= self.dom_in[b]
            && self.dom_out[b] <= self.dom_out[a]
    }

    /// True when the edge `start → end` dominates a use at the end of `use_block` (as an
    /// invoke's normal edge must dominate the uses of its result): every path from the entry
    /// to the use takes that edge. `phi_block` is the block of the phi when the use is a phi
    /// entry for `use_block`; an entry of `end`'s phi for `start` sits on the edge itself.
    /// An edge that is one of several from `start` to `end` dominates nothing.
    pub(super) fn edge_dominates(
        &self,
        start: usize,
        end: usize,
        use_block: usize,
        phi_block: Option<usize>,
    ) -> bool {
        let edges = self
            .succs(start)
            .iter()
            .filter(|&&s| s as usize == end)
            .count();
        if phi_block == Some(end) && use_block == start {
            return edges == 1;
        }
        if !self.dominates(end, use_block) {
            return false;
        }
        let mut seen_start = false;
        for &p in self.preds(end) {
            let p = p as usize;
            if p == start {
                if seen_start {
                    return false;
                }
                seen_start = true;
            } else if self.reachable(p) && !self.dominates(end, p) {
                return false;
            }
        }
        true
    }

    /// Builds edges from `succ_lists` (per block index) and dominators from `entry`.
    pub(super) fn build(n: usize, succ_lists: &[Vec<u32>], entry: usize) -> Cfg {
        let mut cfg = Cfg::default();
        cfg.succ_start.reserve(n + 1);
        cfg.succ_start.push(0);
        for s in succ_lists {
            cfg.succs.extend_from_slice(s);
            cfg.succ_start.push(cfg.succs.len() as u32);
        }
        // Predecessors (one per edge).
        let mut count = vec![0u32; n + 1];
        for &s in &cfg.succs {
            count[s as usize + 1] += 1;
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        cfg.preds = vec![0; cfg.succs.len()];
        let mut fill = count.clone();
        for b in 0..n {
            for k in cfg.succ_start[b]..cfg.succ_start[b + 1] {
                let s = cfg.succs[k as usize] as usize;
                cfg.preds[fill[s] as usize] = b as u32;
                fill[s] += 1;
            }
        }
        cfg.pred_start = count;

        // Postorder by an iterative depth-first search from the entry.
        cfg.po = vec![NONE; n];
        let mut visited = vec![false; n];
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut stack: Vec<(u32, u32)> = vec![(entry as u32, 0)];
        visited[entry] = true;
        while let Some(top) = stack.last_mut() {
            let (b, i) = *top;
            let succ = cfg.succs(b as usize);
            if (i as usize) < succ.len() {
                top.1 += 1;
                let s = succ[i as usize] as usize;
                if !visited[s] {
                    visited[s] = true;
                    stack.push((s as u32, 0));
                }
            } else {
                cfg.po[b as usize] = order.len() as u32;
                order.push(b);
                stack.pop();
            }
        }

        // Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm".
        cfg.idom = vec![NONE; n];
        cfg.idom[entry] = entry as u32;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in order.iter().rev() {
                let b = b as usize;
                if b == entry {
                    continue;
                }
                let mut new_idom = NONE;
                for &p in cfg.preds(b) {
                    if cfg.idom[p as usize] == NONE {
                        continue;
                    }
                    new_idom = if new_idom == NONE {
                        p
                    } else {
                        cfg.intersect(p, new_idom)
                    };
                }
                if new_idom != cfg.idom[b] {
                    cfg.idom[b] = new_idom;
                    changed = true;
                }
            }
        }

        // Dominator tree intervals.
        let mut kids_count = vec![0u32; n + 1];
        for b in 0..n {
            let d = cfg.idom[b];
            if d != NONE && b != entry {
                kids_count[d as usize + 1] += 1;
            }
        }
        for i in 0..n {
            kids_count[i + 1] += kids_count[i];
        }
        let mut kids = vec![0u32; kids_count[n] as usize];
        let mut fill = kids_count.clone();
        for b in 0..n {
            let d = cfg.idom[b];
            if d != NONE && b != entry {
                kids[fill[d as usize] as usize] = b as u32;
                fill[d as usize] += 1;
            }
        }
        cfg.dom_in = vec![0; n];
        cfg.dom_out = vec![0; n];
        let mut clock = 0u32;
        let mut stack: Vec<(u32, u32)> = vec![(entry as u32, kids_count[entry])];
        cfg.dom_in[entry] = clock;
        clock += 1;
        while let Some(top) = stack.last_mut() {
            let (b, i) = *top;
            if i < kids_count[b as usize + 1] {
                top.1 += 1;
                let k = kids[i as usize];
                cfg.dom_in[k as usize] = clock;
                clock += 1;
                stack.push((k, kids_count[k as usize]));
            } else {
                cfg.dom_out[b as usize] = clock;
                clock += 1;
                stack.pop();
            }
        }
        cfg
    }

    fn intersect(&self, a: u32, b: u32) -> u32 {
        let (mut a, mut b) = (a, b);
        while a != b {
            while self.po[a as usize] < self.po[b as usize] {
                a = self.idom[a as usize];
            }
            while self.po[b as usize] < self.po[a as usize] {
                b = self.idom[b as usize];
            }
        }
        a
    }
}
