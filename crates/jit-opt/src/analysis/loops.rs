//! Natural loops: a back edge is an edge to a block that dominates its source; the loop of
//! a header is every block that reaches one of its back edges' sources without passing
//! through the header. Loops sharing a header are one loop. Irreducible cycles (no header
//! dominating them) are not loops here, and passes leave them alone.
//!
//! Each loop's body is found by a backward walk from its latches, so building all loops
//! costs the sum of their sizes (the body size times the nesting depth).

use super::cfg::Cfg;
use super::domtree::DomTree;
use jit_core::entity::SecondaryMap;
use jit_core::ir::Block;

/// One natural loop.
pub(crate) struct Loop {
    /// The header, which dominates every block of the loop.
    pub header: Block,
    /// Every block of the loop, header first.
    pub blocks: Vec<Block>,
}

/// All natural loops of a function, innermost first (a loop comes before every loop that
/// contains it).
pub(crate) fn find_loops(cfg: &Cfg, dom: &DomTree) -> Vec<Loop> {
    let mut loops = Vec::new();
    let mut mark: SecondaryMap<Block, u32> = SecondaryMap::with_default(u32::MAX);
    for &h in &cfg.rpo {
        let latches: Vec<Block> = cfg
            .preds(h)
            .iter()
            .copied()
            .filter(|&p| dom.dominates(h, p))
            .collect();
        if latches.is_empty() {
            continue;
        }
        let id = loops.len() as u32;
        let mut blocks = vec![h];
        mark[h] = id;
        let mut work: Vec<Block> = Vec::new();
        for &l in &latches {
            if mark[l] != id {
                mark[l] = id;
                blocks.push(l);
                work.push(l);
            }
        }
        while let Some(b) = work.pop() {
            for &p in cfg.preds(b) {
                // Unreachable predecessors are not part of any loop.
                if mark[p] != id && dom.contains(p) {
                    mark[p] = id;
                    blocks.push(p);
                    work.push(p);
                }
            }
        }
        loops.push(Loop { header: h, blocks });
    }
    // An inner loop has fewer blocks than any loop containing it.
    loops.sort_by_key(|l| l.blocks.len());
    loops
}
