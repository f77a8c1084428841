//! `sccp`: sparse conditional constant propagation (Wegman–Zadeck). Values start unknown;
//! starting from the entry, only blocks reached by an executable edge are evaluated, a
//! branch on a known constant makes only its taken edge executable, and a phi merges only
//! its executable incoming edges. At the fixpoint every value known constant is replaced by
//! it and every branch on a constant becomes `br` (the blocks it no longer reaches are left
//! for `simplifycfg`).
//!
//! Folding is [`crate::fold::simplify`]'s, so every case LangRef leaves undefined stays
//! unfolded. `undef` and `poison` count as "not constant" (no value is picked for them).
//! Parameters, loads (other than from constant globals), calls and anything with effects
//! are not constant. Both edges of an `invoke` are executable once its block is: whether
//! the callee returns or throws is never known.
//!
//! - Requires: nothing.
//! - Preserves: blocks (edges may go).
//! - Invalidates: the CFG, instruction lists.

use jit_core::DataLayout;
use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{Block, Body, Const, ConstKind, FuncId, Inst, InstKind, Module, Operand};

use crate::PassCx;
use crate::edit::{self, Users};
use crate::effects::removable_if_unused;
use crate::fold;
use crate::hash::FastSet;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Lat {
    /// Not known yet (no executable definition seen).
    Unknown,
    /// Always this constant.
    Const(Const),
    /// Not a constant.
    Varies,
}

/// The pass entry point.
pub(crate) fn run(m: &mut Module, cx: &PassCx, f: FuncId, body: &mut Body) -> bool {
    let mut s = Solver::new(body);
    s.solve(m, cx.dl, f, body);
    s.rewrite(m, body)
}

struct Solver {
    lat: Vec<Lat>,
    exec_block: SecondaryMap<Block, bool>,
    exec_edge: FastSet<(Block, Block)>,
    users: Users,
    inst_work: Vec<Inst>,
    block_work: Vec<Block>,
}

impl Solver {
    fn new(body: &Body) -> Self {
        Solver {
            lat: vec![Lat::Unknown; body.values.len()],
            exec_block: SecondaryMap::with_default(false),
            exec_edge: FastSet::default(),
            users: Users::build(body),
            inst_work: Vec::new(),
            block_work: Vec::new(),
        }
    }

    /// The lattice value of an operand.
    fn of(&self, m: &Module, op: Operand) -> Lat {
        match op {
            Operand::Value(v) => self.lat[v.index()],
            Operand::Const(c) => match m.consts[c].kind {
                ConstKind::Undef | ConstKind::Poison => Lat::Varies,
                _ => Lat::Const(c),
            },
        }
    }

    fn set(&mut self, v: jit_core::ir::Value, new: Lat) {
        let old = self.lat[v.index()];
        let merged = match (old, new) {
            (Lat::Varies, _) | (_, Lat::Unknown) => return,
            (Lat::Unknown, n) => n,
            (Lat::Const(a), Lat::Const(b)) if a == b => return,
            _ => Lat::Varies,
        };
        if merged == old {
            return;
        }
        self.lat[v.index()] = merged;
        self.inst_work.extend_from_slice(self.users.of(v));
    }

    fn mark_edge(&mut self, body: &Body, from: Block, to: Block) {
        if !self.exec_edge.insert((from, to)) {
            return;
        }
        if self.exec_block[to] {
            // A new way in: the phis may merge one more value.
            self.inst_work.extend(edit::phis(body, to));
        } else {
            self.exec_block[to] = true;
            self.block_work.push(to);
        }
    }

    fn solve(&mut self, m: &mut Module, dl: &DataLayout, f: FuncId, body: &Body) {
        let Some(entry) = body.entry() else { return };
        for v in body.values.keys() {
            if matches!(body.values[v].def, jit_core::ir::ValueDef::Param(_)) {
                self.lat[v.index()] = Lat::Varies;
            }
        }
        self.exec_block[entry] = true;
        self.block_work.push(entry);
        loop {
            if let Some(b) = self.block_work.pop() {
                for k in 0..body.blocks[b].insts.len() {
                    self.visit(m, dl, f, body, body.blocks[b].insts[k]);
                }
            } else if let Some(i) = self.inst_work.pop() {
                if self.exec_block[body.insts[i].block] {
                    self.visit(m, dl, f, body, i);
                }
            } else {
                break;
            }
        }
    }

    fn visit(&mut self, m: &mut Module, dl: &DataLayout, f: FuncId, body: &Body, i: Inst) {
        let data = &body.insts[i];
        let b = data.block;
        match &data.kind {
            InstKind::Phi { incoming } => {
                let r = data.result.expect("phi result");
                let mut acc = Lat::Unknown;
                for &(v, p) in incoming {
                    if !self.exec_edge.contains(&(p, b)) {
                        continue;
                    }
                    acc = match (acc, self.of(m, v)) {
                        (Lat::Unknown, x) | (x, Lat::Unknown) => x,
                        (Lat::Const(a), Lat::Const(c)) if a == c => acc,
                        _ => Lat::Varies,
                    };
                    if acc == Lat::Varies {
                        break;
                    }
                }
                self.set(r, acc);
            }
            InstKind::Br { dest } => self.mark_edge(body, b, *dest),
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => match self.of(m, *cond) {
                Lat::Unknown => {}
                Lat::Const(c) => {
                    let taken = match fold::int_const(m, Operand::Const(c)) {
                        Some((_, 0)) => *else_dest,
                        Some(_) => *then_dest,
                        None => {
                            self.mark_edge(body, b, *then_dest);
                            *else_dest
                        }
                    };
                    self.mark_edge(body, b, taken);
                }
                Lat::Varies => {
                    self.mark_edge(body, b, *then_dest);
                    self.mark_edge(body, b, *else_dest);
                }
            },
            InstKind::Switch {
                value,
                default,
                cases,
            } => match self.of(m, *value) {
                Lat::Unknown => {}
                Lat::Const(c) if fold::int_const(m, Operand::Const(c)).is_some() => {
                    let (_, v) = fold::int_const(m, Operand::Const(c)).expect("checked");
                    let dest = cases
                        .iter()
                        .find(|(k, _)| *k == v)
                        .map_or(*default, |(_, d)| *d);
                    self.mark_edge(body, b, dest);
                }
                _ => {
                    self.mark_edge(body, b, *default);
                    for &(_, d) in cases.iter() {
                        self.mark_edge(body, b, d);
                    }
                }
            },
            InstKind::IndirectBr { dests, .. } => {
                for &d in dests.iter() {
                    self.mark_edge(body, b, d);
                }
            }
            // A call whose outcome is never known: it may return (the normal edge, where
            // its result is defined) or throw (the unwind edge).
            InstKind::Invoke { normal, unwind, .. } => {
                if let Some(r) = data.result {
                    self.set(r, Lat::Varies);
                }
                self.mark_edge(body, b, *normal);
                self.mark_edge(body, b, *unwind);
            }
            kind => {
                let Some(r) = data.result else { return };
                let ty = body.values[r].ty;
                let foldable = removable_if_unused(m, kind)
                    && !matches!(kind, InstKind::Alloca { .. } | InstKind::Freeze { .. });
                if !foldable {
                    self.set(r, Lat::Varies);
                    return;
                }
                // Operands known constant are substituted (on a copy, made only when some
                // value operand is a known constant); any unknown one waits.
                let mut unknown = false;
                let mut substitute = false;
                kind.for_each_operand(|op| {
                    if let Operand::Value(v) = op {
                        match self.lat[v.index()] {
                            Lat::Const(_) => substitute = true,
                            Lat::Unknown => unknown = true,
                            Lat::Varies => {}
                        }
                    }
                });
                let copy;
                let k = if substitute {
                    let mut c = kind.clone();
                    edit::for_each_operand_mut(&mut c, |op| {
                        if let Operand::Value(v) = *op
                            && let Lat::Const(k) = self.lat[v.index()]
                        {
                            *op = Operand::Const(k);
                        }
                    });
                    copy = c;
                    &copy
                } else {
                    kind
                };
                let _ = f;
                let result = match fold::simplify(m, dl, body, k, ty, Some(r)) {
                    Some(Operand::Const(c)) => self.of(m, Operand::Const(c)),
                    Some(Operand::Value(v)) => self.lat[v.index()],
                    None if unknown => Lat::Unknown,
                    None => Lat::Varies,
                };
                self.set(r, result);
            }
        }
    }

    /// Replaces constant values and folds decided branches; true when anything changed.
    fn rewrite(&self, m: &mut Module, body: &mut Body) -> bool {
        let mut repl = edit::Replacements::new();
        let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
        let mut changed = false;
        for k in 0..body.layout.len() {
            let b = body.layout[k];
            if !self.exec_block[b] {
                continue;
            }
            for &i in &body.blocks[b].insts {
                let d = &body.insts[i];
                let Some(r) = d.result else { continue };
                if let Lat::Const(c) = self.lat[r.index()]
                    && removable_if_unused(m, &d.kind)
                {
                    repl.replace(r, Operand::Const(c));
                    dead[i] = true;
                    changed = true;
                }
            }
            // Branches whose non-executable edges can go.
            let Some(t) = body.terminator(b) else {
                continue;
            };
            let mut succs = Vec::new();
            body.insts[t].kind.for_each_successor(|s| succs.push(s));
            if matches!(body.insts[t].kind, InstKind::IndirectBr { .. }) {
                continue;
            }
            let live: Vec<Block> = succs
                .iter()
                .copied()
                .filter(|&s| self.exec_edge.contains(&(b, s)))
                .collect();
            if live.is_empty() || live.len() == succs.len() {
                continue;
            }
            let mut first_live = live[0];
            if live.iter().any(|&s| s != first_live) {
                continue;
            }
            // Exactly one executable destination: branch there.
            super::simplifycfg::drop_edges_but_one(body, t, b, first_live);
            first_live = live[0];
            body.insts[t].kind = InstKind::Br { dest: first_live };
            changed = true;
        }
        if changed {
            edit::remove_marked(body, &dead);
            repl.apply(body);
            let _ = m;
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    #[test]
    fn constant_through_loop_phi() {
        let (mut m, f) = parse_body(
            "define i32 @f(i32 %n) {
            entry:
              br label %loop
            loop:
              %x = phi i32 [ 5, %entry ], [ %y, %body ]
              %i = phi i32 [ 0, %entry ], [ %i1, %body ]
              %c = icmp slt i32 %i, %n
              br i1 %c, label %body, label %out
            body:
              %t = icmp eq i32 %x, 5
              %y = select i1 %t, i32 5, i32 7
              %i1 = add i32 %i, 1
              br label %loop
            out:
              ret i32 %x
            }",
        );
        crate::run_passes(&mut m, "sccp").unwrap();
        let out = jit_core::printer::print_function(&m, f);
        assert!(out.contains("ret i32 5"), "{out}");
    }
}
