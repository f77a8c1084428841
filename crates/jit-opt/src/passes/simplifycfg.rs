//! `simplifycfg`: control-flow cleanup.
//!
//! Repeated until nothing changes (each round linear in the function):
//! - terminators with a known outcome become `br`: `br` on a constant or with both targets
//!   equal, `switch` on a constant or whose cases all go to the default, `indirectbr` on a
//!   constant `blockaddress` of one of its destinations;
//! - blocks unreachable from the entry are deleted;
//! - a block holding only `br %next` is bypassed: its predecessors branch to `%next`
//!   directly when `%next`'s phis allow it (a predecessor already reaching `%next` must
//!   bring the same value), and it is deleted once unreachable;
//! - a block holding only a phi and a conditional branch on it (what `&&` and `||` become)
//!   is skipped by each predecessor that brings a constant: that predecessor branches
//!   straight to the side the constant picks;
//! - a block with a single predecessor that ends in an unconditional branch to it is merged
//!   into that predecessor;
//! - phis with one incoming value (or all equal) are replaced by it.
//!
//! Blocks whose address is taken (`blockaddress`) are never deleted, merged or bypassed,
//! and `indirectbr` edges are never redirected: the address a program computed must still
//! name the block it named.
//!
//! - Requires: nothing.
//! - Preserves: nothing about the CFG.
//! - Invalidates: the CFG, dominators, loops.

use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{Block, Body, ConstKind, FuncId, Inst, InstKind, Module, Operand};

use crate::PassCx;
use crate::analysis::Cfg;
use crate::edit::{self, Replacements, for_each_successor_mut};
use crate::fold::int_const;

/// Rounds before giving up on a fixpoint.
const MAX_ROUNDS: usize = 32;
/// Largest (predecessors × phi entries) product checked when bypassing a block.
const MAX_PHI_CHECK: usize = 4096;

/// The pass entry point.
pub(crate) fn run(m: &mut Module, cx: &PassCx, f: FuncId, body: &mut Body) -> bool {
    let taken = cx.address_taken.get(&f).map_or(&[][..], Vec::as_slice);
    simplify(m, f, body, taken)
}

/// Runs the rounds; true when anything changed. `address_taken` are the blocks a
/// `blockaddress` names.
pub(crate) fn simplify(
    m: &mut Module,
    f: FuncId,
    body: &mut Body,
    address_taken: &[Block],
) -> bool {
    let mut taken: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    for &b in address_taken {
        taken[b] = true;
    }
    let mut changed = false;
    for _ in 0..MAX_ROUNDS {
        let mut round = false;
        round |= fold_terminators(m, f, body);
        let mut cfg = Cfg::build(body);
        if remove_unreachable(body, &taken, &cfg) {
            round = true;
            cfg = Cfg::build(body);
        }
        round |= bypass_empty_blocks(body, &taken, &cfg);
        round |= thread_known_branches(m, body, &taken);
        round |= merge_into_predecessors(body, &taken);
        round |= simplify_phis(body);
        changed |= round;
        if !round {
            break;
        }
    }
    changed
}

/// The successor a terminator certainly goes to, if its outcome is known.
fn known_target(m: &Module, f: FuncId, kind: &InstKind) -> Option<Block> {
    match kind {
        InstKind::CondBr {
            cond,
            then_dest,
            else_dest,
        } => {
            if then_dest == else_dest {
                return Some(*then_dest);
            }
            let (_, c) = int_const(m, *cond)?;
            Some(if c != 0 { *then_dest } else { *else_dest })
        }
        InstKind::Switch {
            value,
            default,
            cases,
        } => {
            if cases.iter().all(|(_, b)| b == default) {
                return Some(*default);
            }
            let (_, v) = int_const(m, *value)?;
            Some(
                cases
                    .iter()
                    .find(|(c, _)| *c == v)
                    .map_or(*default, |(_, b)| *b),
            )
        }
        InstKind::IndirectBr { addr, dests } => {
            let Operand::Const(c) = addr else { return None };
            match m.consts[*c].kind {
                ConstKind::BlockAddress { func, block } if func == f && dests.contains(&block) => {
                    Some(block)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Replaces terminators with a known outcome by `br`, dropping the phi entries of the
/// edges that go away.
fn fold_terminators(m: &Module, f: FuncId, body: &mut Body) -> bool {
    let mut changed = false;
    for k in 0..body.layout.len() {
        let b = body.layout[k];
        let Some(t) = body.terminator(b) else {
            continue;
        };
        let Some(target) = known_target(m, f, &body.insts[t].kind) else {
            continue;
        };
        // Every edge but one to `target` goes away.
        drop_edges_but_one(body, t, b, target);
        body.insts[t].kind = InstKind::Br { dest: target };
        changed = true;
    }
    changed
}

/// Before terminator `t` of `b` becomes `br target`: drops the phi entries of every edge
/// but one to `target`, counting edges per successor (one sweep per phi however many cases
/// a switch had).
pub(crate) fn drop_edges_but_one(body: &mut Body, t: Inst, b: Block, target: Block) {
    let mut edges = Vec::new();
    body.insts[t].kind.for_each_successor(|s| edges.push(s));
    edges.sort_unstable();
    let mut k = 0;
    while k < edges.len() {
        let s = edges[k];
        let mut n = 0;
        while k < edges.len() && edges[k] == s {
            n += 1;
            k += 1;
        }
        let gone = if s == target { n - 1 } else { n };
        edit::remove_phi_entries_n(body, s, b, gone);
    }
}

/// Deletes the blocks not reachable from the entry (unless their address is taken).
fn remove_unreachable(body: &mut Body, taken: &SecondaryMap<Block, bool>, cfg: &Cfg) -> bool {
    let dead: Vec<Block> = body
        .layout
        .iter()
        .copied()
        .filter(|&b| !cfg.reachable(b) && !taken[b])
        .collect();
    if dead.is_empty() {
        return false;
    }
    let mut is_dead: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    for &b in &dead {
        is_dead[b] = true;
    }
    // One sweep over the phis of the blocks that stay.
    for k in 0..body.layout.len() {
        let b = body.layout[k];
        if is_dead[b] {
            continue;
        }
        let list: Vec<Inst> = edit::phis(body, b).collect();
        for i in list {
            if let InstKind::Phi { incoming } = &mut body.insts[i].kind {
                incoming.retain(|&(_, p)| !is_dead[p]);
            }
        }
    }
    body.layout.retain(|&b| !is_dead[b]);
    true
}

/// The destination of a block that holds nothing but `br %dest` (and is not the entry).
fn forwarding_target(body: &Body, b: Block) -> Option<Block> {
    let insts = &body.blocks[b].insts;
    if insts.len() != 1 || body.entry() == Some(b) {
        return None;
    }
    match body.insts[insts[0]].kind {
        InstKind::Br { dest } if dest != b => Some(dest),
        _ => None,
    }
}

/// Bypasses blocks that only branch on.
fn bypass_empty_blocks(body: &mut Body, taken: &SecondaryMap<Block, bool>, cfg: &Cfg) -> bool {
    let mut touched: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    let mut removed: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    let mut changed = false;
    for k in 0..body.layout.len() {
        let b = body.layout[k];
        if taken[b] || touched[b] || !cfg.reachable(b) {
            continue;
        }
        let Some(dest) = forwarding_target(body, b) else {
            continue;
        };
        if touched[dest] || removed[dest] {
            continue;
        }
        let preds = cfg.preds(b).to_vec();
        if preds.iter().any(|&p| touched[p] || removed[p]) {
            continue;
        }
        let dest_phis: Vec<Inst> = edit::phis(body, dest).collect();
        let entries: usize = dest_phis
            .iter()
            .map(|&i| match &body.insts[i].kind {
                InstKind::Phi { incoming } => incoming.len(),
                _ => 0,
            })
            .sum();
        if !dest_phis.is_empty() && preds.len().saturating_mul(entries) > MAX_PHI_CHECK {
            continue;
        }
        let mut moved_any = false;
        for &p in &preds {
            let Some(t) = body.terminator(p) else {
                continue;
            };
            if matches!(body.insts[t].kind, InstKind::IndirectBr { .. }) {
                continue;
            }
            // Each phi of `dest` must be able to take, for `p`, the value it takes for `b`.
            let compatible = dest_phis.iter().all(|&phi| {
                let InstKind::Phi { incoming } = &body.insts[phi].kind else {
                    return true;
                };
                let via_b = incoming.iter().find(|(_, q)| *q == b).map(|(v, _)| *v);
                incoming
                    .iter()
                    .filter(|(_, q)| *q == p)
                    .all(|(v, _)| Some(*v) == via_b)
            });
            if !compatible {
                continue;
            }
            let mut n = 0;
            for_each_successor_mut(&mut body.insts[t].kind, |s| {
                if *s == b {
                    *s = dest;
                    n += 1;
                }
            });
            for &phi in &dest_phis {
                if let InstKind::Phi { incoming } = &mut body.insts[phi].kind {
                    let via_b = incoming
                        .iter()
                        .find(|(_, q)| *q == b)
                        .map(|(v, _)| *v)
                        .expect("a phi of a successor has an entry for each predecessor");
                    incoming.extend(std::iter::repeat_n((via_b, p), n));
                }
            }
            touched[p] = true;
            moved_any = true;
        }
        if moved_any {
            touched[dest] = true;
            touched[b] = true;
            changed = true;
            // No predecessor left: `b` is gone (its entry in the phis of `dest` too).
            let left = preds.iter().any(|&p| edit::edge_count(body, p, b) > 0);
            if !left {
                edit::remove_phi_entries(body, dest, b);
                removed[b] = true;
            }
        }
    }
    if changed {
        body.layout.retain(|&b| !removed[b]);
    }
    changed
}

/// For blocks `b: %p = phi i1 [...]; br i1 %p, %t, %f` where `%p` has no other use: each
/// predecessor whose incoming value is a constant branches to `%t` or `%f` directly (when
/// the target's phis allow it, as for [`bypass_empty_blocks`]).
fn thread_known_branches(m: &Module, body: &mut Body, taken: &SecondaryMap<Block, bool>) -> bool {
    let mut candidates = Vec::new();
    for &b in &body.layout {
        let insts = &body.blocks[b].insts;
        if insts.len() != 2 || taken[b] || body.entry() == Some(b) {
            continue;
        }
        let (phi, br) = (insts[0], insts[1]);
        let (InstKind::Phi { .. }, InstKind::CondBr { cond, .. }) =
            (&body.insts[phi].kind, &body.insts[br].kind)
        else {
            continue;
        };
        if Some(*cond) == body.insts[phi].result.map(Operand::Value) {
            candidates.push((b, phi, br));
        }
    }
    if candidates.is_empty() {
        return false;
    }
    let uses = edit::use_counts(body);
    let mut changed = false;
    for (b, phi, br) in candidates {
        let r = body.insts[phi].result.expect("phi result");
        // Used by the branch only.
        if uses[r.index()] != 1 {
            continue;
        }
        let InstKind::CondBr {
            then_dest,
            else_dest,
            ..
        } = body.insts[br].kind
        else {
            continue;
        };
        let InstKind::Phi { incoming } = &body.insts[phi].kind else {
            continue;
        };
        let mut preds: Vec<(Block, bool)> = Vec::new();
        for &(v, p) in incoming {
            if let Some((1, c)) = int_const(m, v)
                && !preds.iter().any(|&(q, _)| q == p)
            {
                preds.push((p, c != 0));
            }
        }
        for (p, value) in preds {
            let target = if value { then_dest } else { else_dest };
            if target == b {
                continue;
            }
            let Some(t) = body.terminator(p) else {
                continue;
            };
            if matches!(body.insts[t].kind, InstKind::IndirectBr { .. }) {
                continue;
            }
            // The target's phis take, for `p`, what they take for `b`.
            let target_phis: Vec<Inst> = edit::phis(body, target).collect();
            let compatible = target_phis.iter().all(|&tp| {
                let InstKind::Phi { incoming } = &body.insts[tp].kind else {
                    return true;
                };
                let via_b = incoming.iter().find(|(_, q)| *q == b).map(|(v, _)| *v);
                incoming
                    .iter()
                    .filter(|(_, q)| *q == p)
                    .all(|(v, _)| Some(*v) == via_b)
            });
            if !compatible {
                continue;
            }
            let mut n = 0;
            for_each_successor_mut(&mut body.insts[t].kind, |s| {
                if *s == b {
                    *s = target;
                    n += 1;
                }
            });
            if n == 0 {
                continue;
            }
            for &tp in &target_phis {
                if let InstKind::Phi { incoming } = &mut body.insts[tp].kind {
                    let via_b = incoming
                        .iter()
                        .find(|(_, q)| *q == b)
                        .map(|(v, _)| *v)
                        .expect("a phi of a successor has an entry for each predecessor");
                    incoming.extend(std::iter::repeat_n((via_b, p), n));
                }
            }
            edit::remove_phi_entries_n(body, b, p, n);
            changed = true;
        }
    }
    changed
}

/// Merges each block into its single predecessor when that predecessor branches only to
/// it; chains merge in one go.
fn merge_into_predecessors(body: &mut Body, taken: &SecondaryMap<Block, bool>) -> bool {
    let preds = edit::pred_edge_counts(body);
    let mut removed: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    let mut repl = Replacements::new();
    let mut changed = false;
    for k in 0..body.layout.len() {
        let p = body.layout[k];
        if removed[p] {
            continue;
        }
        while let Some(t) = body.terminator(p) {
            let InstKind::Br { dest: b } = body.insts[t].kind else {
                break;
            };
            if b == p || taken[b] || preds[b.index()] != 1 || body.entry() == Some(b) {
                break;
            }
            // The phis of `b` have their single entry's value.
            let insts = std::mem::take(&mut body.blocks[b].insts);
            let mut moved = Vec::with_capacity(insts.len());
            for i in insts {
                if let InstKind::Phi { incoming } = &body.insts[i].kind {
                    if let (Some(r), Some(&(v, _))) = (body.insts[i].result, incoming.first()) {
                        repl.replace(r, v);
                    }
                    continue;
                }
                body.insts[i].block = p;
                moved.push(i);
            }
            body.blocks[p].insts.pop();
            body.blocks[p].insts.extend(moved);
            // Successors of `b` now have `p` as predecessor.
            for s in edit::unique_successors(body, p) {
                edit::rename_phi_pred(body, s, b, p);
            }
            removed[b] = true;
            changed = true;
        }
    }
    if changed {
        body.layout.retain(|&b| !removed[b]);
        repl.apply(body);
    }
    changed
}

/// Replaces phis whose incoming values are all one value (or itself).
fn simplify_phis(body: &mut Body) -> bool {
    let mut repl = Replacements::new();
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    // Repeat: a phi may become trivial once another is replaced.
    for _ in 0..4 {
        let mut any = false;
        for &b in &body.layout {
            for i in edit::phis(body, b) {
                if dead[i] {
                    continue;
                }
                let InstKind::Phi { incoming } = &body.insts[i].kind else {
                    continue;
                };
                let Some(r) = body.insts[i].result else {
                    continue;
                };
                let mut only: Option<Operand> = None;
                let mut trivial = true;
                for &(v, _) in incoming {
                    let v = repl.resolve(v);
                    if v == Operand::Value(r) || Some(v) == only {
                        continue;
                    }
                    if only.is_some() {
                        trivial = false;
                        break;
                    }
                    only = Some(v);
                }
                if trivial && let Some(v) = only {
                    repl.replace(r, v);
                    dead[i] = true;
                    any = true;
                }
            }
        }
        if !any {
            break;
        }
    }
    if repl.is_empty() {
        return false;
    }
    edit::remove_marked(body, &dead);
    repl.apply(body);
    true
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    fn run(text: &str) -> String {
        let (mut m, f) = parse_body(text);
        crate::run_passes(&mut m, "simplifycfg").unwrap();
        jit_core::printer::print_function(&m, f)
    }

    #[test]
    fn address_taken_blocks_survive() {
        let out = run("@t = global ptr blockaddress(@f, %target)
            define i32 @f(ptr %p) {
            entry:
              indirectbr ptr %p, [label %target, label %other]
            target:
              br label %other
            other:
              ret i32 1
            }");
        assert!(out.contains("target:"), "{out}");
        assert!(out.contains("indirectbr"), "{out}");
    }

    #[test]
    fn constant_branch_and_unreachable_block() {
        let out = run("define i32 @f(i32 %x) {
            entry:
              br i1 true, label %a, label %b
            a:
              br label %join
            b:
              br label %join
            join:
              %r = phi i32 [ 1, %a ], [ 2, %b ]
              ret i32 %r
            }");
        assert!(!out.contains("phi"), "{out}");
        assert!(out.contains("ret i32 1"), "{out}");
    }
}
