//! The layout and block structure: blocks and instructions listed once, terminators at the
//! end, phis at the start, branch targets in the layout, and the CFG built from them.

use super::FnVerifier;
use super::cfg::{Cfg, NONE};
use crate::entity::EntityRef;
use crate::ir::{Block, InstKind};
use crate::printer::{FunctionPrinter, Slots};

impl<'m> FnVerifier<'_, 'm> {
    /// Checks the layout and records where blocks and instructions are; false when the body
    /// is unusable (no blocks).
    pub(super) fn layout(&mut self) -> bool {
        let Some(body) = self.body else { return false };
        if body.layout.is_empty() {
            self.err(
                None,
                None,
                "a function definition needs at least one block".into(),
            );
            return false;
        }
        self.block_pos = vec![NONE; body.blocks.len()];
        self.inst_block = vec![NONE; body.insts.len()];
        self.inst_pos = vec![NONE; body.insts.len()];
        let mut first_bad = true;
        for (pos, &b) in body.layout.iter().enumerate() {
            let Some(bd) = body.blocks.get(b) else {
                self.err(
                    None,
                    None,
                    format!("layout lists block {b}, which does not exist"),
                );
                continue;
            };
            if self.block_pos[b.index()] != NONE {
                self.err(Some(b), None, "block appears twice in the layout".into());
                continue;
            }
            self.block_pos[b.index()] = pos as u32;
            for (ipos, &i) in bd.insts.iter().enumerate() {
                let Some(id) = body.insts.get(i) else {
                    self.err(Some(b), None, format!("instruction {i} does not exist"));
                    continue;
                };
                if self.inst_block[i.index()] != NONE {
                    self.err(
                        Some(b),
                        Some(i),
                        "instruction appears twice in the layout".into(),
                    );
                    continue;
                }
                self.inst_block[i.index()] = b.as_u32();
                self.inst_pos[i.index()] = ipos as u32;
                if id.block != b && first_bad {
                    first_bad = false;
                    let msg = format!(
                        "instruction is listed in this block but records block {}",
                        id.block
                    );
                    self.err(Some(b), Some(i), msg);
                }
            }
        }
        if self.block_pos.get(body.layout[0].index()).copied() != Some(0) {
            return false;
        }
        true
    }

    /// Structure of each block and the CFG.
    pub(super) fn blocks(&mut self) {
        let body = self.body.expect("checked by layout");
        let n = body.blocks.len();
        let mut succ_lists: Vec<Vec<u32>> = vec![Vec::new(); n];
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            if self.block_pos[b.index()] == NONE {
                continue;
            }
            if bd.insts.is_empty() {
                self.err(Some(b), None, "block is empty".into());
                continue;
            }
            let mut seen_non_phi = false;
            let last = bd.insts.len() - 1;
            for (k, &i) in bd.insts.iter().enumerate() {
                let Some(id) = body.insts.get(i) else {
                    continue;
                };
                let is_term = id.kind.is_terminator();
                if is_term && k != last {
                    self.err(
                        Some(b),
                        Some(i),
                        "terminator in the middle of a block".into(),
                    );
                }
                if k == last && !is_term {
                    self.err(
                        Some(b),
                        Some(i),
                        "block does not end in a terminator".into(),
                    );
                }
                if let InstKind::Phi { .. } = id.kind {
                    if seen_non_phi {
                        self.err(Some(b), Some(i), "phi after a non-phi instruction".into());
                    }
                } else {
                    seen_non_phi = true;
                }
            }
            let Some(term) = body.insts.get(bd.insts[last]) else {
                continue;
            };
            let mut bad = Vec::new();
            term.kind.for_each_successor(|s| {
                if self.block_pos.get(s.index()).is_some_and(|&p| p != NONE) {
                    succ_lists[b.index()].push(s.as_u32());
                } else {
                    bad.push(s);
                }
            });
            for s in bad {
                let msg = format!("branch to block {s}, which is not in the function's layout");
                self.err(Some(b), Some(bd.insts[last]), msg);
            }
        }
        let entry = body.layout[0];
        self.cfg = Cfg::build(n, &succ_lists, entry.index());
        let entry_preds: Vec<u32> = self.cfg.preds(entry.index()).to_vec();
        if !entry_preds.is_empty() {
            let slots = self.slots.get_or_insert_with(|| Slots::new(self.func));
            let p = FunctionPrinter::new(self.m, self.func, slots);
            let mut names = String::new();
            let mut last = NONE;
            for &pb in &entry_preds {
                if pb == last {
                    continue;
                }
                if last != NONE {
                    names.push_str(", ");
                }
                last = pb;
                let _ = p.block_ref(&mut names, Block::from_u32(pb));
            }
            self.err(
                Some(entry),
                None,
                format!("the entry block has predecessors ({names})"),
            );
        }
        if let Some(bd) = body.blocks.get(entry) {
            for &i in &bd.insts {
                if let Some(InstKind::Phi { .. }) = body.insts.get(i).map(|d| &d.kind) {
                    self.err(
                        Some(entry),
                        Some(i),
                        "the entry block cannot have phis".into(),
                    );
                }
            }
        }
    }
}
