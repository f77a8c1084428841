//! `licm`: loop-invariant code motion. For each natural loop, innermost first, the
//! instructions that compute the same value on every iteration move to the loop's
//! preheader (made when the loop has none: a block that every entry into the loop passes,
//! holding phis for the header's outside entries).
//!
//! What moves, in dominance order so that moved instructions can feed later ones:
//! - pure instructions ([`crate::effects::is_pure`]) whose operands are all defined outside
//!   the loop (or moved already): executing them when the loop runs zero times is harmless;
//! - plain loads with an invariant address, when nothing in the loop may write the memory
//!   they read and executing them early cannot fault where the program did not. A write may
//!   touch the load's memory unless both addresses are based on distinct identified objects
//!   (different allocas, different globals, a `noalias` parameter and anything else, or an
//!   alloca whose address never escapes and anything unidentified); any call other than a
//!   pure intrinsic, atomic access or fence in the loop counts as writing everything. The
//!   load must be safe to execute early: its address is at a constant offset inside an
//!   alloca or a global, or its block dominates every latch and every exit of the loop.
//!
//! Volatile and atomic accesses, calls, invokes, landing pads, allocas and phis never move;
//! an invoke in the loop writes everything. A loop whose header is a landing pad gets no
//! preheader (nothing may come before the `landingpad`), so nothing is hoisted from it.
//!
//! - Requires: nothing (builds the CFG, dominators and loops).
//! - Preserves: nothing about the CFG when a preheader is made.
//! - Invalidates: the CFG, dominators, loops, instruction lists.

use jit_core::DataLayout;
use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    Block, Body, ConstExpr, ConstKind, FuncId, GlobalRef, Inst, InstKind, Intrinsic, Linkage,
    Module, Operand, ParamAttrs, Value, ValueDef,
};

use crate::PassCx;
use crate::analysis::loops::{Loop, find_loops};
use crate::analysis::{Cfg, DomTree};
use crate::edit::{self, for_each_successor_mut};
use crate::effects::{called_intrinsic, is_pure, may_write_memory};
use crate::fold::{const_gep_offset, int_const};

/// The pass entry point.
pub(crate) fn run(m: &mut Module, cx: &PassCx, f: FuncId, body: &mut Body) -> bool {
    let cfg = Cfg::build(body);
    let dom = DomTree::build(&cfg);
    let loops = find_loops(&cfg, &dom);
    if loops.is_empty() {
        return false;
    }
    let mut changed = false;
    for l in &loops {
        changed |= ensure_preheader(m, body, &cfg, l).is_some_and(|made| made);
    }
    let cfg = Cfg::build(body);
    let dom = DomTree::build(&cfg);
    let loops = find_loops(&cfg, &dom);
    let facts = Facts::new(m, f, body);
    for l in &loops {
        let Some(pre) = existing_preheader(body, &cfg, l) else {
            continue;
        };
        changed |= hoist(m, cx.dl, body, &cfg, &dom, &facts, l, pre);
    }
    changed
}

/// The loop's preheader, if it has one: the only outside predecessor of the header,
/// branching nowhere else.
fn existing_preheader(body: &Body, cfg: &Cfg, l: &Loop) -> Option<Block> {
    let mut inside: Vec<Block> = l.blocks.clone();
    inside.sort_unstable();
    let outside: Vec<Block> = cfg
        .preds(l.header)
        .iter()
        .copied()
        .filter(|p| inside.binary_search(p).is_err() && cfg.reachable(*p))
        .collect();
    let [p] = outside[..] else { return None };
    let t = body.terminator(p)?;
    matches!(body.insts[t].kind, InstKind::Br { dest } if dest == l.header).then_some(p)
}

/// Makes a preheader for `l` when it has none; `Some(true)` when one was made, `None`
/// when none can be (an `indirectbr` enters the loop, or its header is a landing pad). An
/// invoke's normal edge may be redirected to the preheader; its unwind edge never is.
fn ensure_preheader(m: &mut Module, body: &mut Body, cfg: &Cfg, l: &Loop) -> Option<bool> {
    if existing_preheader(body, cfg, l).is_some() {
        return Some(false);
    }
    let h = l.header;
    // A landing pad is entered by unwind edges only, and must stay first in its block: a
    // preheader cannot stand in front of it.
    if body.is_pad_block(h) {
        return None;
    }
    let mut inside: Vec<Block> = l.blocks.clone();
    inside.sort_unstable();
    let outside: Vec<Block> = cfg
        .preds(h)
        .iter()
        .copied()
        .filter(|p| inside.binary_search(p).is_err() && cfg.reachable(*p))
        .collect();
    if outside.is_empty() {
        return None;
    }
    for &p in &outside {
        let t = body.terminator(p)?;
        if matches!(body.insts[t].kind, InstKind::IndirectBr { .. }) {
            return None;
        }
    }
    let pre = edit::new_block(body, None);
    body.blocks[pre].loc = body.blocks[h].loc;
    // Outside edges go to the preheader.
    for &p in &outside {
        let t = body.terminator(p).expect("checked");
        for_each_successor_mut(&mut body.insts[t].kind, |s| {
            if *s == h {
                *s = pre;
            }
        });
    }
    // The header's phis take their outside entries from the preheader.
    let mut pre_insts = Vec::new();
    let phis: Vec<Inst> = edit::phis(body, h).collect();
    for phi in phis {
        let InstKind::Phi { incoming } = &body.insts[phi].kind else {
            continue;
        };
        let (from_outside, mut kept): (Vec<_>, Vec<_>) = incoming
            .iter()
            .copied()
            .partition(|(_, p)| outside.contains(p));
        let first = from_outside.first().map(|&(v, _)| v);
        let value = match first {
            Some(v) if from_outside.iter().all(|&(w, _)| w == v) => v,
            Some(_) => {
                let ty = body.values[body.insts[phi].result.expect("phi result")].ty;
                let (new_phi, r) = edit::new_inst(
                    body,
                    InstKind::Phi {
                        incoming: from_outside,
                    },
                    Some(ty),
                    pre,
                    body.blocks[h].loc,
                );
                pre_insts.push(new_phi);
                Operand::Value(r.expect("phi result"))
            }
            None => edit::undef(m, body.values[body.insts[phi].result.expect("phi")].ty),
        };
        kept.push((value, pre));
        body.insts[phi].kind = InstKind::Phi { incoming: kept };
    }
    let (br, _) = edit::new_inst(
        body,
        InstKind::Br { dest: h },
        None,
        pre,
        body.blocks[h].loc,
    );
    pre_insts.push(br);
    body.blocks[pre].insts = pre_insts;
    let at = body
        .layout
        .iter()
        .position(|&b| b == h)
        .unwrap_or(body.layout.len());
    body.layout.insert(at, pre);
    Some(true)
}

/// What a memory address is based on.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Object {
    Alloca(Value),
    Global(jit_core::ir::GlobalId),
    NoAliasParam(Value),
    Unknown,
}

/// Per-function facts for alias questions.
struct Facts {
    /// Allocas whose address is only loaded from, stored to or offset by GEPs.
    escaped: SecondaryMap<Value, bool>,
    noalias_params: Vec<Value>,
}

impl Facts {
    fn new(m: &Module, f: FuncId, body: &Body) -> Self {
        let func = &m.functions[f];
        let noalias_params = func
            .params
            .iter()
            .zip(&func.param_attrs)
            .filter(|(_, a)| a.has(ParamAttrs::NOALIAS))
            .map(|(v, _)| *v)
            .collect();
        // An alloca escapes when its address (or a GEP of it) is used other than as the
        // address of a load or store.
        let mut escaped: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
        let mut base_of: SecondaryMap<Value, Option<Value>> = SecondaryMap::with_default(None);
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                let d = &body.insts[i];
                match &d.kind {
                    InstKind::Alloca { .. } => {
                        if let Some(r) = d.result {
                            base_of[r] = Some(r);
                        }
                    }
                    InstKind::Gep {
                        base: Operand::Value(p),
                        ..
                    } => {
                        if let (Some(r), Some(a)) = (d.result, base_of[*p]) {
                            base_of[r] = Some(a);
                        }
                    }
                    _ => {}
                }
            }
        }
        // GEP chains are defined before use in dominance order; a GEP of a GEP defined
        // later in the layout (possible across blocks) is caught by treating unknown bases
        // as escapes below.
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                let kind = &body.insts[i].kind;
                let mut ok_use = |op: Operand, allowed: bool| {
                    if let Operand::Value(v) = op
                        && let Some(a) = base_of[v]
                        && !allowed
                    {
                        escaped[a] = true;
                    }
                };
                match kind {
                    InstKind::Load { ptr, .. } => ok_use(*ptr, true),
                    InstKind::Store { value, ptr, .. } => {
                        ok_use(*value, false);
                        ok_use(*ptr, true);
                    }
                    InstKind::Gep { base, indices, .. } => {
                        ok_use(*base, true);
                        for &x in indices.iter() {
                            ok_use(x, false);
                        }
                    }
                    k => k.for_each_operand(|op| ok_use(op, false)),
                }
            }
        }
        Facts {
            escaped,
            noalias_params,
        }
    }

    /// The object `ptr` is based on (through GEPs of any indices).
    fn object(&self, m: &Module, body: &Body, ptr: Operand) -> Object {
        let mut cur = ptr;
        for _ in 0..32 {
            match cur {
                Operand::Const(c) => {
                    return match &m.consts[c].kind {
                        ConstKind::GlobalAddr(GlobalRef::Global(g)) => Object::Global(*g),
                        ConstKind::Expr(ConstExpr::Gep { base, .. }) => {
                            cur = Operand::Const(*base);
                            continue;
                        }
                        _ => Object::Unknown,
                    };
                }
                Operand::Value(v) => match body.values[v].def {
                    ValueDef::Param(_) => {
                        return if self.noalias_params.contains(&v) {
                            Object::NoAliasParam(v)
                        } else {
                            Object::Unknown
                        };
                    }
                    ValueDef::Inst(i) => match &body.insts[i].kind {
                        InstKind::Alloca { .. } => return Object::Alloca(v),
                        InstKind::Gep { base, .. } => cur = *base,
                        _ => return Object::Unknown,
                    },
                },
            }
        }
        Object::Unknown
    }

    /// True when memory based on `a` and memory based on `b` may overlap.
    fn may_alias(&self, a: Object, b: Object) -> bool {
        let private = |o: Object| matches!(o, Object::Alloca(v) if !self.escaped[v]);
        match (a, b) {
            (Object::Unknown, o) | (o, Object::Unknown) => !private(o),
            (x, y) => x == y,
        }
    }
}

/// A constant offset inside an alloca or a global of known size: safe to load early.
fn dereferenceable(m: &Module, dl: &DataLayout, body: &Body, ptr: Operand, size: u64) -> bool {
    let mut offset: i64 = 0;
    let mut cur = ptr;
    for _ in 0..32 {
        match cur {
            Operand::Const(c) => {
                return match &m.consts[c].kind {
                    ConstKind::GlobalAddr(GlobalRef::Global(g)) => {
                        let gv = &m.globals[*g];
                        let total = dl.alloc_size(&m.types, gv.value_ty);
                        gv.linkage != Linkage::ExternWeak
                            && offset >= 0
                            && (offset as u64).saturating_add(size) <= total
                    }
                    ConstKind::Expr(ConstExpr::Gep {
                        source_ty,
                        base,
                        indices,
                        ..
                    }) => {
                        let Some(o) = const_gep_offset(
                            m,
                            dl,
                            *source_ty,
                            indices.iter().map(|&i| Operand::Const(i)),
                        ) else {
                            return false;
                        };
                        offset = offset.wrapping_add(o);
                        cur = Operand::Const(*base);
                        continue;
                    }
                    _ => false,
                };
            }
            Operand::Value(v) => {
                let Some(i) = edit::def_inst(body, v) else {
                    return false;
                };
                match &body.insts[i].kind {
                    InstKind::Alloca { ty, count, .. } => {
                        let n = int_const(m, *count).map_or(0, |(_, n)| n as u64);
                        let total = dl.alloc_size(&m.types, *ty).saturating_mul(n);
                        return offset >= 0 && (offset as u64).saturating_add(size) <= total;
                    }
                    InstKind::Gep {
                        source_ty,
                        base,
                        indices,
                        ..
                    } => {
                        let Some(o) = const_gep_offset(m, dl, *source_ty, indices.iter().copied())
                        else {
                            return false;
                        };
                        offset = offset.wrapping_add(o);
                        cur = *base;
                    }
                    _ => return false,
                }
            }
        }
    }
    false
}

/// What the loop may write.
struct Writes {
    /// Something writes memory nobody can name (a call, an atomic, a fence).
    everything: bool,
    /// Objects stores write.
    objects: Vec<Object>,
}

fn loop_writes(m: &Module, body: &Body, facts: &Facts, l: &Loop) -> Writes {
    let mut w = Writes {
        everything: false,
        objects: Vec::new(),
    };
    for &b in &l.blocks {
        for &i in &body.blocks[b].insts {
            let kind = &body.insts[i].kind;
            if !may_write_memory(m, kind) {
                continue;
            }
            match kind {
                InstKind::Store {
                    ptr,
                    volatile: false,
                    ..
                } => {
                    let o = facts.object(m, body, *ptr);
                    if !w.objects.contains(&o) {
                        w.objects.push(o);
                    }
                }
                InstKind::Call { args, .. }
                    if matches!(
                        called_intrinsic(m, kind),
                        Some(
                            Intrinsic::Memcpy
                                | Intrinsic::MemcpyInline
                                | Intrinsic::Memmove
                                | Intrinsic::Memset
                                | Intrinsic::MemsetInline
                        )
                    ) && !args.is_empty() =>
                {
                    let o = facts.object(m, body, args[0].value);
                    if !w.objects.contains(&o) {
                        w.objects.push(o);
                    }
                }
                _ => w.everything = true,
            }
        }
    }
    w
}

#[allow(
    clippy::too_many_arguments,
    reason = "the analyses of the function, built once for all its loops"
)]
fn hoist(
    m: &Module,
    dl: &DataLayout,
    body: &mut Body,
    cfg: &Cfg,
    dom: &DomTree,
    facts: &Facts,
    l: &Loop,
    pre: Block,
) -> bool {
    let mut in_loop: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    for &b in &l.blocks {
        in_loop[b] = true;
    }
    let writes = loop_writes(m, body, facts, l);
    // Blocks that leave the loop, and latches: a load in a block dominating all of them
    // runs on every entry into the loop.
    let mut must_pass: Vec<Block> = Vec::new();
    for &b in &l.blocks {
        if cfg.succs(b).iter().any(|&s| !in_loop[s] || s == l.header) {
            must_pass.push(b);
        }
    }
    let mut order: Vec<Block> = l.blocks.clone();
    order.sort_by_key(|&b| cfg.rpo_index[b]);
    let mut hoisted: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    let mut moved: Vec<Inst> = Vec::new();
    let mut moved_mark: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    for &b in &order {
        for &i in &body.blocks[b].insts {
            let d = &body.insts[i];
            let Some(r) = d.result else { continue };
            let kind = &d.kind;
            if matches!(kind, InstKind::Phi { .. }) {
                continue;
            }
            let mut invariant = true;
            kind.for_each_operand(|op| {
                if let Operand::Value(v) = op {
                    let outside = match body.values[v].def {
                        ValueDef::Param(_) => true,
                        ValueDef::Inst(di) => !in_loop[body.insts[di].block],
                    };
                    if !outside && !hoisted[v] {
                        invariant = false;
                    }
                }
            });
            if !invariant {
                continue;
            }
            let movable = if is_pure(m, body, kind) {
                true
            } else if let InstKind::Load {
                ptr,
                volatile: false,
                ..
            } = kind
            {
                let obj = facts.object(m, body, *ptr);
                let clobbered =
                    writes.everything || writes.objects.iter().any(|&o| facts.may_alias(o, obj));
                let size = dl.store_size(&m.types, body.values[r].ty);
                !clobbered
                    && (dereferenceable(m, dl, body, *ptr, size)
                        || must_pass.iter().all(|&x| dom.dominates(b, x)))
            } else {
                false
            };
            if movable {
                hoisted[r] = true;
                moved.push(i);
                moved_mark[i] = true;
            }
        }
    }
    if moved.is_empty() {
        return false;
    }
    for &b in &l.blocks {
        body.blocks[b].insts.retain(|&i| !moved_mark[i]);
    }
    for &i in &moved {
        body.insts[i].block = pre;
    }
    let term = body.blocks[pre]
        .insts
        .pop()
        .expect("the preheader branches");
    body.blocks[pre].insts.extend(moved);
    body.blocks[pre].insts.push(term);
    true
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    fn run(text: &str) -> String {
        let (mut m, f) = parse_body(text);
        crate::run_passes(&mut m, "licm").unwrap();
        jit_core::printer::print_function(&m, f)
    }

    const LOOP: &str = "@g = global i32 5
        @h = global i32 0
        declare void @ext()
        define i32 @f(i32 %n, ptr %p) {
        entry:
          br label %loop
        loop:
          %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
          %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]
          %k = mul i32 %n, 3
          %v = load i32, ptr @g
          %w = load i32, ptr %p
          STORE
          %t = add i32 %k, %v
          %t2 = add i32 %t, %w
          %acc1 = add i32 %acc, %t2
          %i1 = add i32 %i, 1
          %c = icmp slt i32 %i1, %n
          br i1 %c, label %loop, label %out
        out:
          ret i32 %acc1
        }";

    #[test]
    fn hoists_invariants_not_clobbered_loads() {
        let out = run(&LOOP.replace("STORE", "store i32 %i, ptr @h"));
        let entry = out.split("loop:").next().unwrap().to_string();
        assert!(entry.contains("%k = mul"), "{out}");
        assert!(entry.contains("%v = load i32, ptr @g"), "{out}");
        // %p may point at @h, which the loop writes.
        assert!(!entry.contains("%w = load"), "{out}");
        let out = run(&LOOP.replace("STORE", "call void @ext()"));
        let entry = out.split("loop:").next().unwrap().to_string();
        assert!(entry.contains("%k = mul"), "{out}");
        assert!(!entry.contains("load"), "{out}");
    }
}
