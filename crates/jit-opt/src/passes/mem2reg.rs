//! `mem2reg`: promotes allocas whose address never escapes to SSA values.
//!
//! An alloca is promotable when it allocates one element of a scalar or vector type and
//! every use of its address is a non-volatile load or store of exactly that type through
//! it, or an `llvm.lifetime.*` marker (deleted with it). Promotion is the classic
//! construction: phis go at the iterated dominance frontier of the blocks that store (for
//! variables read in some block before being stored there), the phis nothing needs are
//! deleted at the end; a walk of the dominator tree
//! then replaces each load by the value reaching it (`undef` before any store) and fills
//! the phis on every edge. Loads and stores in unreachable blocks go too (a load there reads
//! `undef`).
//!
//! Functions that call `setjmp` (any `returns_twice` function) are left alone: their
//! locals stay in memory, so after the second return they hold what the native program's
//! do.
//!
//! - Requires: nothing.
//! - Preserves: the CFG (blocks and edges).
//! - Invalidates: instruction lists (allocas, loads, stores removed; phis added).

use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{Block, Body, FuncId, Inst, InstKind, Intrinsic, Module, Operand, Type, Value};

use crate::PassCx;
use crate::analysis::{Cfg, DomTree};
use crate::edit::{self, Replacements};
use crate::effects::called_intrinsic;
use crate::fold::int_const;

/// The pass entry point.
pub(crate) fn run(m: &mut Module, _cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    if edit::calls_returns_twice(m, body) {
        return false;
    }
    let allocas = promotable_allocas(m, body);
    promote(m, body, &allocas)
}

const NONE: u32 = u32::MAX;

/// True when the type can live in an SSA value the backends handle: integers, floats,
/// pointers and vectors (aggregates are split by SROA instead).
fn promotable_type(m: &Module, ty: Type) -> bool {
    m.types.is_scalar(ty) || m.types.is_vector(ty)
}

/// The allocas of `body` that can be promoted.
pub(crate) fn promotable_allocas(m: &Module, body: &Body) -> Vec<Inst> {
    // Candidate slot of each value: the alloca's result.
    let mut candidate: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    let mut list = Vec::new();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if let InstKind::Alloca { ty, count, .. } = &body.insts[i].kind
                && promotable_type(m, *ty)
                && int_const(m, *count).is_some_and(|(_, n)| n == 1)
                && let Some(v) = body.insts[i].result
            {
                candidate[v] = true;
                list.push(i);
            }
        }
    }
    if list.is_empty() {
        return list;
    }
    let mut escaped: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let kind = &body.insts[i].kind;
            kind.for_each_operand(|op| {
                let Operand::Value(v) = op else { return };
                if candidate[v] && !use_is_promotable(m, body, kind, v) {
                    escaped[v] = true;
                }
            });
        }
    }
    list.retain(|&i| {
        let v = body.insts[i].result.expect("alloca has a result");
        !escaped[v]
    });
    list
}

/// True when instruction `kind` uses alloca `v` only as a promotable load, store or
/// lifetime marker would.
fn use_is_promotable(m: &Module, body: &Body, kind: &InstKind, v: Value) -> bool {
    let alloc_ty = match body.values[v].def {
        jit_core::ir::ValueDef::Inst(a) => match &body.insts[a].kind {
            InstKind::Alloca { ty, .. } => *ty,
            _ => return false,
        },
        _ => return false,
    };
    match kind {
        InstKind::Load {
            ptr,
            volatile: false,
            ..
        } => *ptr == Operand::Value(v),
        InstKind::Store {
            value,
            ptr,
            volatile: false,
            ..
        } => {
            *ptr == Operand::Value(v)
                && *value != Operand::Value(v)
                && edit::operand_type(m, body, *value) == alloc_ty
        }
        InstKind::Call { callee, args, .. } => {
            matches!(
                called_intrinsic(m, kind),
                Some(Intrinsic::LifetimeStart | Intrinsic::LifetimeEnd)
            ) && *callee != Operand::Value(v)
                && args.len() == 2
                && args[0].value != Operand::Value(v)
        }
        _ => false,
    }
}

/// Promotes `allocas` (each must be promotable); true when anything changed.
pub(crate) fn promote(m: &mut Module, body: &mut Body, allocas: &[Inst]) -> bool {
    if allocas.is_empty() {
        return false;
    }
    let n = allocas.len();
    let mut slot_of: SecondaryMap<Value, u32> = SecondaryMap::with_default(NONE);
    let mut slot_ty: Vec<Type> = Vec::with_capacity(n);
    for (k, &a) in allocas.iter().enumerate() {
        let v = body.insts[a].result.expect("alloca result");
        slot_of[v] = k as u32;
        let InstKind::Alloca { ty, .. } = body.insts[a].kind else {
            unreachable!("promote is given allocas")
        };
        slot_ty.push(ty);
    }
    // Loads of the wrong type make the slot unpromotable after all (checked here, where the
    // load's result type is at hand).
    let mut bad = vec![false; n];
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if let InstKind::Load {
                ptr: Operand::Value(p),
                ..
            } = body.insts[i].kind
            {
                let s = slot_of[p];
                if s != NONE
                    && body.insts[i]
                        .result
                        .is_none_or(|r| body.values[r].ty != slot_ty[s as usize])
                {
                    bad[s as usize] = true;
                }
            }
        }
    }
    if bad.iter().any(|&x| x) {
        let keep: Vec<Inst> = allocas
            .iter()
            .zip(&bad)
            .filter(|(_, b)| !**b)
            .map(|(a, _)| *a)
            .collect();
        return promote(m, body, &keep);
    }

    let cfg = Cfg::build(body);
    let dom = DomTree::build(&cfg);

    // Blocks that store to each slot, and blocks that load a slot before storing it.
    let mut def_blocks: Vec<Vec<Block>> = vec![Vec::new(); n];
    let mut use_blocks: Vec<Vec<Block>> = vec![Vec::new(); n];
    let mut stored_in: Vec<Block> = vec![Block::new(u32::MAX as usize - 1); n];
    for &b in &cfg.rpo {
        for &i in &body.blocks[b].insts {
            match body.insts[i].kind {
                InstKind::Store {
                    ptr: Operand::Value(p),
                    ..
                } if slot_of[p] != NONE => {
                    let s = slot_of[p] as usize;
                    if stored_in[s] != b {
                        stored_in[s] = b;
                        def_blocks[s].push(b);
                    }
                }
                InstKind::Load {
                    ptr: Operand::Value(p),
                    ..
                } if slot_of[p] != NONE => {
                    let s = slot_of[p] as usize;
                    if stored_in[s] != b && use_blocks[s].last() != Some(&b) {
                        use_blocks[s].push(b);
                    }
                }
                _ => {}
            }
        }
    }

    // Phi placement: the iterated dominance frontier of the def blocks, for the slots read
    // in some block before being written there ("semi-pruned": a slot only ever used
    // where it was just stored needs no phi). Liveness is not computed — on -O0 code, where
    // every local lives across the whole function, walking live ranges costs far more than
    // the frontier — so some phis are dead; they are deleted after renaming.
    let df = dom.frontiers(&cfg);
    let nblocks = body.blocks.len();
    let mut def_stamp = vec![NONE; nblocks];
    let mut phi_stamp = vec![NONE; nblocks];
    let mut placed: SecondaryMap<Block, Vec<(u32, Inst)>> = SecondaryMap::with_default(Vec::new());
    let mut work: Vec<Block> = Vec::new();
    for s in 0..n {
        if use_blocks[s].is_empty() {
            continue;
        }
        let stamp = s as u32;
        for &b in &def_blocks[s] {
            def_stamp[b.index()] = stamp;
        }
        // The iterated frontier.
        work.clear();
        work.extend(def_blocks[s].iter().copied());
        while let Some(b) = work.pop() {
            for &d in df.of(b) {
                if phi_stamp[d.index()] == stamp {
                    continue;
                }
                phi_stamp[d.index()] = stamp;
                let (phi, _) = edit::new_inst(
                    body,
                    InstKind::Phi {
                        incoming: Vec::new(),
                    },
                    Some(slot_ty[s]),
                    d,
                    body.blocks[d].loc,
                );
                placed[d].push((stamp, phi));
                if def_stamp[d.index()] != stamp {
                    work.push(d);
                }
            }
        }
    }

    // Renaming along the dominator tree, with an undo log for the current values.
    let mut undef_of: Vec<Operand> = Vec::with_capacity(n);
    for &ty in &slot_ty {
        undef_of.push(edit::undef(m, ty));
    }
    let mut cur: Vec<Operand> = undef_of.clone();
    let mut undo: Vec<(u32, Operand)> = Vec::new();
    let mut repl = Replacements::new();
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    for &a in allocas {
        dead[a] = true;
    }
    let Some(entry) = body.entry() else {
        return false;
    };
    // (block, undo mark, next child)
    let mut stack: Vec<(Block, usize, usize)> = Vec::new();
    let enter = |b: Block,
                 body: &mut Body,
                 cur: &mut Vec<Operand>,
                 undo: &mut Vec<(u32, Operand)>,
                 repl: &mut Replacements,
                 dead: &mut SecondaryMap<Inst, bool>| {
        for &(s, phi) in &placed[b] {
            let v = body.insts[phi].result.expect("phi result");
            undo.push((s, cur[s as usize]));
            cur[s as usize] = Operand::Value(v);
        }
        for k in 0..body.blocks[b].insts.len() {
            let i = body.blocks[b].insts[k];
            match &body.insts[i].kind {
                InstKind::Load {
                    ptr: Operand::Value(p),
                    ..
                } if slot_of[*p] != NONE => {
                    let s = slot_of[*p] as usize;
                    let r = body.insts[i].result.expect("load result");
                    repl.replace(r, cur[s]);
                    dead[i] = true;
                }
                InstKind::Store {
                    value,
                    ptr: Operand::Value(p),
                    ..
                } if slot_of[*p] != NONE => {
                    let s = slot_of[*p];
                    undo.push((s, cur[s as usize]));
                    cur[s as usize] = repl.resolve(*value);
                    dead[i] = true;
                }
                InstKind::Call { args, .. } if args.len() == 2 => {
                    if let Operand::Value(p) = args[1].value
                        && slot_of[p] != NONE
                    {
                        dead[i] = true;
                    }
                }
                _ => {}
            }
        }
        // Phi entries on every edge out of `b` (one per edge, as the verifier wants).
        let mut succs = Vec::new();
        if let Some(t) = body.terminator(b) {
            body.insts[t].kind.for_each_successor(|s| succs.push(s));
        }
        for s in succs {
            for &(slot, phi) in &placed[s] {
                let val = cur[slot as usize];
                if let InstKind::Phi { incoming } = &mut body.insts[phi].kind {
                    incoming.push((val, b));
                }
            }
        }
    };
    let mark = undo.len();
    enter(entry, body, &mut cur, &mut undo, &mut repl, &mut dead);
    stack.push((entry, mark, 0));
    while let Some(top) = stack.last_mut() {
        let b = top.0;
        let children = dom.children(b);
        if top.2 < children.len() {
            let c = children[top.2];
            top.2 += 1;
            let mark = undo.len();
            enter(c, body, &mut cur, &mut undo, &mut repl, &mut dead);
            stack.push((c, mark, 0));
        } else {
            let mark = top.1;
            while undo.len() > mark {
                let (s, old) = undo.pop().expect("above the mark");
                cur[s as usize] = old;
            }
            stack.pop();
        }
    }

    // Unreachable blocks: their loads read undef, their stores and markers go; the phis
    // placed in reachable blocks get undef from unreachable predecessors.
    for &b in &body.layout {
        if cfg.reachable(b) {
            continue;
        }
        for &i in &body.blocks[b].insts {
            match &body.insts[i].kind {
                InstKind::Load {
                    ptr: Operand::Value(p),
                    ..
                } if slot_of[*p] != NONE => {
                    let r = body.insts[i].result.expect("load result");
                    repl.replace(r, undef_of[slot_of[*p] as usize]);
                    dead[i] = true;
                }
                InstKind::Store {
                    ptr: Operand::Value(p),
                    ..
                } if slot_of[*p] != NONE => dead[i] = true,
                InstKind::Call { args, .. } if args.len() == 2 => {
                    if let Operand::Value(p) = args[1].value
                        && slot_of[p] != NONE
                    {
                        dead[i] = true;
                    }
                }
                _ => {}
            }
        }
        let mut succs = Vec::new();
        if let Some(t) = body.terminator(b) {
            body.insts[t].kind.for_each_successor(|s| succs.push(s));
        }
        for s in succs {
            for &(slot, phi) in &placed[s] {
                let val = undef_of[slot as usize];
                if let InstKind::Phi { incoming } = &mut body.insts[phi].kind {
                    incoming.push((val, b));
                }
            }
        }
    }

    // Place the new phis and drop what was promoted.
    let mut new_phis: Vec<Inst> = Vec::new();
    for k in 0..body.layout.len() {
        let b = body.layout[k];
        let here = std::mem::take(&mut placed[b]);
        let old = std::mem::take(&mut body.blocks[b].insts);
        let mut insts = Vec::with_capacity(old.len() + here.len());
        insts.extend(here.iter().map(|&(_, phi)| phi));
        new_phis.extend(here.iter().map(|&(_, phi)| phi));
        insts.extend(old.into_iter().filter(|&i| !dead[i]));
        body.blocks[b].insts = insts;
    }
    repl.apply(body);
    remove_dead_phis(body, &new_phis);
    // A declaration of a promoted alloca describes nothing any more (the variable's
    // values would need `#dbg_value`, which the IR does not model): dropped.
    body.debug_declares
        .retain(|d| *slot_of.get(d.address) == NONE);
    true
}

/// Deletes the phis of `new_phis` that nothing but such phis uses (transitively): the dead
/// ones that placement without liveness makes.
fn remove_dead_phis(body: &mut Body, new_phis: &[Inst]) {
    if new_phis.is_empty() {
        return;
    }
    let mut is_new: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    let mut new_inst: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    for &phi in new_phis {
        new_inst[phi] = true;
        if let Some(r) = body.insts[phi].result {
            is_new[r] = true;
        }
    }
    // Live: used by an instruction other than a new phi, or by a live new phi.
    let mut live: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    let mut work: Vec<Value> = Vec::new();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if new_inst[i] {
                continue;
            }
            body.insts[i].kind.for_each_operand(|op| {
                if let Operand::Value(v) = op
                    && is_new[v]
                    && !live[v]
                {
                    live[v] = true;
                    work.push(v);
                }
            });
        }
    }
    while let Some(v) = work.pop() {
        let Some(i) = edit::def_inst(body, v) else {
            continue;
        };
        body.insts[i].kind.for_each_operand(|op| {
            if let Operand::Value(w) = op
                && is_new[w]
                && !live[w]
            {
                live[w] = true;
                work.push(w);
            }
        });
    }
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    let mut any = false;
    for &phi in new_phis {
        if let Some(r) = body.insts[phi].result
            && !live[r]
        {
            dead[phi] = true;
            any = true;
        }
    }
    if any {
        edit::remove_marked(body, &dead);
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    fn run(text: &str) -> String {
        let (mut m, _) = parse_body(text);
        crate::run_passes(&mut m, "mem2reg").unwrap();
        jit_core::printer::print_module(&m)
    }

    #[test]
    fn escaping_and_volatile_allocas_stay() {
        let out = run("declare void @g(ptr)
            define i32 @f() {
              %a = alloca i32
              %b = alloca i32
              %c = alloca i32
              store i32 1, ptr %a
              call void @g(ptr %a)
              store volatile i32 2, ptr %b
              store i32 3, ptr %c
              %x = load i32, ptr %a
              %y = load i32, ptr %b
              %z = load i32, ptr %c
              %s = add i32 %x, %y
              %t = add i32 %s, %z
              ret i32 %t
            }");
        assert!(out.contains("%a = alloca"));
        assert!(out.contains("%b = alloca"));
        assert!(!out.contains("%c = alloca"));
        assert!(out.contains("add i32 %s, 3"));
    }

    #[test]
    fn mismatched_load_type_stays() {
        let out = run("define i32 @f() {
              %a = alloca i32
              store i32 1, ptr %a
              %x = load i16, ptr %a
              %y = zext i16 %x to i32
              ret i32 %y
            }");
        assert!(out.contains("alloca"));
    }
}
