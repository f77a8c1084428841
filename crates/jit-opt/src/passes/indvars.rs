//! `indvars`, the part of LLVM's induction-variable simplification that pays off most in a
//! JIT: uses after a loop of an induction variable are rewritten in terms of its next value.
//!
//! In `while (a[i] < p) i++; use(i);` the header's phi `i` and its increment `i + 1` are
//! both live when the loop exits, so they need two registers and the back edge needs a copy.
//! Computing `i` after the loop as `(i + 1) - 1` ends `i`'s life at the increment: the
//! register allocator then gives both the same register and the copy disappears.
//!
//! Rewritten: an integer header phi whose every in-loop incoming value is one `add`/`sub` of
//! the phi and a constant, or a pointer phi advanced by one constant-offset `getelementptr`,
//! when the increment's block dominates every exiting block of the loop (so in the
//! iteration that leaves, the increment ran: `next - step` is exactly the phi's value,
//! wrapping arithmetic included). Only uses in blocks outside the loop change (a phi's use
//! counts in its incoming block); one recomputation per block, placed after its phis (and
//! its `landingpad`: a loop left by an exception has run the increment too, since the
//! increment's block dominates the exiting invoke).
//!
//! - Requires: nothing (builds the CFG, dominators and loops).
//! - Preserves: the CFG.
//! - Invalidates: instruction lists (new instructions), uses.

use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    ArithFlags, BinaryOp, Block, Body, FuncId, Inst, InstKind, Module, Operand, Type, Value,
};

use crate::PassCx;
use crate::analysis::loops::find_loops;
use crate::analysis::{Cfg, DomTree};
use crate::edit::{self, Users};
use crate::fold::{const_gep_offset, int_const};

/// The pass entry point.
pub(crate) fn run(m: &mut Module, cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    let cfg = Cfg::build(body);
    let dom = DomTree::build(&cfg);
    let loops = find_loops(&cfg, &dom);
    if loops.is_empty() {
        return false;
    }
    let users = Users::build(body);
    let mut changed = false;
    let mut in_loop: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    for l in &loops {
        for &b in &l.blocks {
            in_loop[b] = true;
        }
        let exiting: Vec<Block> = l
            .blocks
            .iter()
            .copied()
            .filter(|&b| cfg.succs(b).iter().any(|&s| !in_loop[s]))
            .collect();
        let phis: Vec<Inst> = edit::phis(body, l.header).collect();
        for phi in phis {
            let Some(iv) = body.insts[phi].result else {
                continue;
            };
            let Some((next, step)) = induction(m, cx, body, phi, &in_loop) else {
                continue;
            };
            let Some(next_inst) = edit::def_inst(body, next) else {
                continue;
            };
            let d = body.insts[next_inst].block;
            if !in_loop[d] || !exiting.iter().all(|&x| dom.dominates(d, x)) {
                continue;
            }
            changed |= rewrite_outside_uses(m, body, &users, &in_loop, iv, next, step);
        }
        for &b in &l.blocks {
            in_loop[b] = false;
        }
    }
    changed
}

/// How a header phi advances: the value it takes on every back edge and the step, when it
/// is an induction variable (`add`/`sub` of a constant, or a constant-offset pointer step).
fn induction(
    m: &Module,
    cx: &PassCx,
    body: &Body,
    phi: Inst,
    in_loop: &SecondaryMap<Block, bool>,
) -> Option<(Value, Step)> {
    let iv = body.insts[phi].result?;
    let ty = body.values[iv].ty;
    let int = m.types.int_bits(ty).is_some_and(|b| b <= 128);
    if !int && ty != Type::PTR {
        return None;
    }
    let InstKind::Phi { incoming } = &body.insts[phi].kind else {
        return None;
    };
    let mut inside = incoming
        .iter()
        .filter(|(_, b)| in_loop[*b])
        .map(|(v, _)| *v);
    let Operand::Value(next) = inside.next()? else {
        return None;
    };
    if !inside.all(|v| v == Operand::Value(next)) {
        return None;
    }
    let def = edit::def_inst(body, next)?;
    let step = match &body.insts[def].kind {
        InstKind::Binary { op, lhs, rhs, .. } if int => {
            let (k, negate) = match (*op, *lhs, *rhs) {
                (BinaryOp::Add, Operand::Value(v), k) if v == iv => (k, false),
                (BinaryOp::Add, k, Operand::Value(v)) if v == iv => (k, false),
                (BinaryOp::Sub, Operand::Value(v), k) if v == iv => (k, true),
                _ => return None,
            };
            let (bits, k) = int_const(m, k)?;
            let k = if negate { k.wrapping_neg() } else { k };
            let mask = if bits >= 128 {
                u128::MAX
            } else {
                (1u128 << bits) - 1
            };
            Step::Int(k & mask)
        }
        InstKind::Gep {
            source_ty,
            base: Operand::Value(v),
            indices,
            ..
        } if *v == iv && ty == Type::PTR => Step::Bytes(const_gep_offset(
            m,
            cx.dl,
            *source_ty,
            indices.iter().copied(),
        )?),
        _ => return None,
    };
    Some((next, step))
}

/// What one iteration adds to an induction variable.
#[derive(Copy, Clone)]
enum Step {
    /// An integer added (wrapping, masked to the type's width).
    Int(u128),
    /// Bytes added to a pointer.
    Bytes(i64),
}

/// Replaces the uses of `iv` outside the loop with `next - step`, computed once per block.
fn rewrite_outside_uses(
    m: &mut Module,
    body: &mut Body,
    users: &Users,
    in_loop: &SecondaryMap<Block, bool>,
    iv: Value,
    next: Value,
    step: Step,
) -> bool {
    let ty = body.values[iv].ty;
    let mut made: Vec<(Block, Value)> = Vec::new();
    let mut changed = false;
    let mut seen: Vec<Inst> = Vec::new();
    for &user in users.of(iv) {
        if seen.contains(&user) {
            continue;
        }
        seen.push(user);
        let ub = body.insts[user].block;
        if let InstKind::Phi { incoming } = &body.insts[user].kind {
            let preds: Vec<Block> = incoming
                .iter()
                .filter(|(v, p)| *v == Operand::Value(iv) && !in_loop[*p])
                .map(|(_, p)| *p)
                .collect();
            for p in preds {
                let r = recomputed(m, body, &mut made, p, ty, next, step);
                if let InstKind::Phi { incoming } = &mut body.insts[user].kind {
                    for (v, pred) in incoming.iter_mut() {
                        if *pred == p && *v == Operand::Value(iv) {
                            *v = Operand::Value(r);
                        }
                    }
                }
                changed = true;
            }
        } else if !in_loop[ub] {
            let r = recomputed(m, body, &mut made, ub, ty, next, step);
            edit::for_each_operand_mut(&mut body.insts[user].kind, |op| {
                if *op == Operand::Value(iv) {
                    *op = Operand::Value(r);
                }
            });
            changed = true;
        }
    }
    changed
}

/// `next - step` in `block` (after its phis and landing pad), made once per block.
fn recomputed(
    m: &mut Module,
    body: &mut Body,
    made: &mut Vec<(Block, Value)>,
    block: Block,
    ty: Type,
    next: Value,
    step: Step,
) -> Value {
    if let Some(&(_, v)) = made.iter().find(|(b, _)| *b == block) {
        return v;
    }
    let kind = match step {
        // `next + (-step)`, the canonical form (`const_int` truncates to the width).
        Step::Int(k) => InstKind::Binary {
            op: BinaryOp::Add,
            flags: ArithFlags::default(),
            lhs: Operand::Value(next),
            rhs: Operand::Const(m.const_int(ty, k.wrapping_neg())),
        },
        Step::Bytes(k) => {
            let i64_ty = m.types.int(64);
            InstKind::Gep {
                source_ty: m.types.int(8),
                base: Operand::Value(next),
                indices: vec![Operand::Const(
                    m.const_int(i64_ty, k.wrapping_neg() as u64 as u128),
                )]
                .into_boxed_slice(),
                inbounds: false,
            }
        }
    };
    let loc = body.blocks[block].loc;
    let (inst, result) = edit::new_inst(body, kind, Some(ty), block, loc);
    // After the phis, and after the landing pad of a pad block (it must come first).
    let at = body.blocks[block]
        .insts
        .iter()
        .position(|&i| {
            !matches!(
                body.insts[i].kind,
                InstKind::Phi { .. } | InstKind::LandingPad { .. }
            )
        })
        .unwrap_or(body.blocks[block].insts.len());
    body.blocks[block].insts.insert(at, inst);
    let v = result.expect("a typed result");
    made.push((block, v));
    v
}
