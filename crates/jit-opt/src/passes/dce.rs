//! `dce` and `adce`: dead code elimination.
//!
//! `dce` deletes instructions whose result is unused and that have no other effect
//! ([`crate::effects::removable_if_unused`]), following chains of such instructions with
//! use counts. `adce` assumes everything dead and marks live what an effectful instruction
//! or a terminator needs, transitively: it also deletes dead cycles (a loop counter phi
//! that only feeds itself), which use counts cannot see. Neither removes branches: control
//! flow is `simplifycfg`'s.
//!
//! - Requires: nothing.
//! - Preserves: the CFG.
//! - Invalidates: instruction lists.

use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{Body, FuncId, Inst, Module, Operand};

use crate::PassCx;
use crate::edit;
use crate::effects::removable_if_unused;

/// `dce`.
pub(crate) fn run_dce(m: &mut Module, _cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    remove_dead(m, body)
}

/// `adce`.
pub(crate) fn run_adce(m: &mut Module, _cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    aggressive(m, body)
}

/// Deletes unused instructions without effects, transitively; true when any went.
pub(crate) fn remove_dead(m: &Module, body: &mut Body) -> bool {
    let mut counts = edit::use_counts(body);
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    let mut work: Vec<Inst> = Vec::new();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let d = &body.insts[i];
            if let Some(r) = d.result
                && counts[r.index()] == 0
                && removable_if_unused(m, &d.kind)
            {
                work.push(i);
            }
        }
    }
    let mut any = false;
    while let Some(i) = work.pop() {
        if dead[i] {
            continue;
        }
        dead[i] = true;
        any = true;
        body.insts[i].kind.for_each_operand(|op| {
            let Operand::Value(v) = op else { return };
            counts[v.index()] -= 1;
            if counts[v.index()] == 0
                && let Some(d) = edit::def_inst(body, v)
                && !dead[d]
                && removable_if_unused(m, &body.insts[d].kind)
            {
                work.push(d);
            }
        });
    }
    if any {
        edit::remove_marked(body, &dead);
    }
    any
}

/// Deletes every instruction no effect depends on; true when any went.
pub(crate) fn aggressive(m: &Module, body: &mut Body) -> bool {
    let mut live: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    let mut work: Vec<Inst> = Vec::new();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let d = &body.insts[i];
            if d.result.is_none() || !removable_if_unused(m, &d.kind) {
                live[i] = true;
                work.push(i);
            }
        }
    }
    while let Some(i) = work.pop() {
        body.insts[i].kind.for_each_operand(|op| {
            let Operand::Value(v) = op else { return };
            if let Some(d) = edit::def_inst(body, v)
                && !live[d]
            {
                live[d] = true;
                work.push(d);
            }
        });
    }
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    let mut any = false;
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if !live[i] {
                dead[i] = true;
                any = true;
            }
        }
    }
    if any {
        edit::remove_marked(body, &dead);
    }
    any
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    #[test]
    fn adce_removes_dead_cycles_dce_does_not() {
        let text = "define i32 @f(i32 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
              %dead = phi i32 [ 0, %entry ], [ %dead1, %loop ]
              %dead1 = add i32 %dead, 7
              %i1 = add i32 %i, 1
              %c = icmp slt i32 %i1, %n
              br i1 %c, label %loop, label %out
            out:
              ret i32 %i1
            }";
        let (mut m, f) = parse_body(text);
        crate::run_passes(&mut m, "dce").unwrap();
        assert!(jit_core::printer::print_function(&m, f).contains("%dead1"));
        crate::run_passes(&mut m, "adce").unwrap();
        let out = jit_core::printer::print_function(&m, f);
        assert!(!out.contains("%dead"), "{out}");
        assert!(out.contains("%i1 = add"), "{out}");
    }
}
