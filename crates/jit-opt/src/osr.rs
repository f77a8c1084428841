//! On-stack replacement entries: the rest of a function from one loop header on, as a new
//! function that takes tier 0's frame pointer and reads from that frame every value live at
//! the header (see [`jit_core::backend::OSR_SYMBOL`] for the contract with tier-0 code, and
//! [`jit_core::backend::Backend::tier0_frame`] for where the values are).
//!
//! The entry `f.osr.N(ptr %frame)` is a copy of `f`'s body with a new entry block that jumps
//! to the header; blocks the header cannot reach are dropped. What the copy needs from
//! before the header comes out of the frame:
//! - a value defined where the header cannot reach (a parameter, an instruction of a block
//!   that dominates the header and is not in its loop nest) becomes a load from its slot in
//!   the new entry block, under the same name, so its uses stay as they are; a static
//!   `alloca` (and a `byval` parameter) becomes its address in tier 0's frame, which stays
//!   alive below the entry's (tier 0 called the entry and returns its result), except a
//!   scalar local whose address never escapes (clang -O0's locals): nothing reads tier 0's
//!   copy after the entry starts, so the entry copies it into an `alloca` of its own, which
//!   SROA promotes;
//! - the header's phis get an incoming value from the new entry block: their slots, which
//!   tier 0 filled on the edge into the header before it counted there;
//! - a value defined in a block that dominates the header *and* that the header reaches (an
//!   outer loop's header, say) has two definitions now: the frame's on entry, its own
//!   instruction later. It is demoted to a stack slot (stored in both places, loaded at
//!   every use) and the pipeline's `sroa` promotes it back to SSA with the phis this needs.
//!
//! Any other value is defined after the header on every path and keeps its instruction.
//! The entry returns the function's return type; tier 0 returns its result as its own.

use std::collections::HashMap;

use jit_core::backend::FrameHome;
use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{
    Block, Body, FuncId, Inst, InstKind, Intrinsic, Linkage, Module, Operand, SrcLoc, Type,
    TypeData, Value, ValueData, ValueDef,
};

use crate::analysis::{Cfg, DomTree};
use crate::edit::{self, for_each_operand_mut};

/// New instructions by where they go (next to an instruction, or at a block's end).
type Placements<K> = HashMap<K, Vec<Inst>>;

/// Builds the OSR entry of function `f` at loop header `header` of `body` (the body tier 0
/// compiled, which `m` may no longer hold: `f` gives the signature and attributes) as a new
/// function `name` of `m`, with `homes` (indexed by the body's values) saying where tier 0
/// keeps each value. `Err` says why no entry can be made (tier-0 code keeps running).
pub fn build_entry(
    m: &mut Module,
    f: FuncId,
    old: &Body,
    header: Block,
    homes: &[FrameHome],
    name: &str,
) -> Result<FuncId, String> {
    let (ret_ty, _, varargs) = m
        .types
        .function_sig(m.functions[f].ty)
        .ok_or("function type")?;
    if varargs {
        return Err("variadic functions have no OSR entry".into());
    }
    if homes.len() != old.values.len() {
        return Err("tier 0's frame does not match the function".into());
    }
    if !old.layout.contains(&header) {
        return Err(format!("block {} is not in the function", header.as_u32()));
    }
    // The entry would need the personality and a landing pad for every invoke left in its
    // copy, and demoting an invoke's result to a slot needs a store on its normal edge:
    // not done yet, so such functions keep running in tier 0.
    if old.has_eh() {
        return Err("functions with exception handling have no OSR entry yet".into());
    }
    let cfg = Cfg::build(old);
    if !cfg.reachable(header) {
        return Err("the loop header is unreachable".into());
    }
    let dom = DomTree::build(&cfg);

    // Blocks the header reaches (itself included).
    let mut reached: SecondaryMap<Block, bool> = SecondaryMap::with_default(false);
    let mut stack = vec![header];
    reached[header] = true;
    while let Some(b) = stack.pop() {
        for &s in cfg.succs(b) {
            if !reached[s] {
                reached[s] = true;
                stack.push(s);
            }
        }
    }

    // Which values the kept blocks use (phi operands only on edges that stay).
    let mut used: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    for &b in old.layout.iter().filter(|&&b| reached[b]) {
        for &i in &old.blocks[b].insts {
            match &old.insts[i].kind {
                InstKind::Phi { incoming } => {
                    for &(op, pred) in incoming {
                        if let Operand::Value(v) = op
                            && reached[pred]
                        {
                            used[v] = true;
                        }
                    }
                }
                kind => kind.for_each_operand(|op| {
                    if let Operand::Value(v) = op {
                        used[v] = true;
                    }
                }),
            }
        }
    }
    let def_block = |v: Value| match old.values[v].def {
        ValueDef::Param(_) => None,
        ValueDef::Inst(i) => Some(old.insts[i].block),
    };
    // Valid at the header's top: parameters and values of blocks that strictly dominate it.
    let available = |v: Value| match def_block(v) {
        None => true,
        Some(d) => d != header && cfg.reachable(d) && dom.dominates(d, header),
    };

    // The copy: value `v` of `f` is value `v + 1` (value 0 is the frame pointer);
    // instructions and blocks keep their numbers.
    let shift = |v: Value| Value::new(v.index() + 1);
    let mut body = Body::default();
    let frame = body.values.push(ValueData {
        ty: Type::PTR,
        def: ValueDef::Param(0),
        name: Some("osr.frame".into()),
    });
    for vd in old.values.values() {
        body.values.push(vd.clone());
    }
    for data in old.insts.values() {
        let mut data = data.clone();
        data.result = data.result.map(shift);
        for_each_operand_mut(&mut data.kind, |op| {
            if let Operand::Value(v) = op {
                *v = shift(*v);
            }
        });
        body.insts.push(data);
    }
    for data in old.blocks.values() {
        body.blocks.push(data.clone());
    }
    let entry = edit::new_block(&mut body, Some("osr.entry".into()));
    let loc = old.blocks[header].loc;
    let mut entry_insts: Vec<Inst> = Vec::new();
    let mut allocas: Vec<Inst> = Vec::new();
    // Instructions to place right after an instruction, and before one.
    let mut after: Placements<Inst> = HashMap::new();
    let mut before: Placements<Inst> = HashMap::new();
    // Loads at the end of a block (before its terminator), for phi operands.
    let mut at_end: Placements<Block> = HashMap::new();

    let loadable = |m: &Module, ty: Type| match m.types.data(ty) {
        TypeData::Int(bits) => *bits <= 128,
        TypeData::Ptr(_) | TypeData::Float | TypeData::Double => true,
        _ => false,
    };
    // The address `frame + off`, as a new instruction of the entry block.
    let frame_addr = |m: &mut Module, body: &mut Body, insts: &mut Vec<Inst>, off: i32| {
        let index = Operand::Const(m.const_i64(i64::from(off)));
        let (gep, addr) = edit::new_inst(
            body,
            InstKind::Gep {
                source_ty: Type::I8,
                base: Operand::Value(frame),
                indices: vec![index].into_boxed_slice(),
                inbounds: true,
            },
            Some(Type::PTR),
            entry,
            loc,
        );
        insts.push(gep);
        (gep, addr.expect("a getelementptr has a result"))
    };
    let load = |ptr: Value| InstKind::Load {
        ptr: Operand::Value(ptr),
        align: 8,
        volatile: false,
    };

    for v in old.values.keys() {
        if !used[v] || !available(v) {
            continue;
        }
        let ty = old.values[v].ty;
        let nv = shift(v);
        let reached_def = def_block(v).is_some_and(|d| reached[d]);
        match homes[v.index()] {
            FrameHome::Addr(off) if !reached_def && private_scalar(m, old, v).is_some() => {
                // A local whose address never escapes: nothing reads tier 0's copy once the
                // entry runs (tier 0 returns right after it), so the entry takes a copy of
                // its own, which SROA promotes to SSA values.
                let ty = private_scalar(m, old, v).expect("checked");
                let (_, addr) = frame_addr(m, &mut body, &mut entry_insts, off);
                let (li, lv) = edit::new_inst(&mut body, load(addr), Some(ty), entry, loc);
                entry_insts.push(li);
                let one = Operand::Const(m.const_i32(1));
                let (ai, _) = edit::new_inst(
                    &mut body,
                    InstKind::Alloca {
                        ty,
                        count: one,
                        align: 0,
                    },
                    None,
                    entry,
                    loc,
                );
                retarget(&mut body, ai, nv);
                allocas.push(ai);
                let (si, _) = edit::new_inst(
                    &mut body,
                    InstKind::Store {
                        value: Operand::Value(lv.expect("a load has a result")),
                        ptr: Operand::Value(nv),
                        align: 0,
                        volatile: false,
                    },
                    None,
                    entry,
                    loc,
                );
                entry_insts.push(si);
            }
            FrameHome::Addr(off) if !reached_def => {
                // A static alloca or byval parameter: its address in tier 0's frame, under
                // the value's own name.
                let (gep, _) = frame_addr(m, &mut body, &mut entry_insts, off);
                retarget(&mut body, gep, nv);
            }
            FrameHome::Slot(off) if loadable(m, ty) => {
                let (_, addr) = frame_addr(m, &mut body, &mut entry_insts, off);
                if !reached_def {
                    let (li, _) = edit::new_inst(&mut body, load(addr), None, entry, loc);
                    retarget(&mut body, li, nv);
                    entry_insts.push(li);
                    continue;
                }
                // Defined again later: demoted to a slot, stored on entry and after its
                // definition, loaded at each use.
                let (li, lv) = edit::new_inst(&mut body, load(addr), Some(ty), entry, loc);
                entry_insts.push(li);
                let one = Operand::Const(m.const_i32(1));
                let (ai, slot) = edit::new_inst(
                    &mut body,
                    InstKind::Alloca {
                        ty,
                        count: one,
                        align: 0,
                    },
                    Some(Type::PTR),
                    entry,
                    loc,
                );
                allocas.push(ai);
                let slot = slot.expect("an alloca has a result");
                let lv = lv.expect("a load has a result");
                let store = |value: Value| InstKind::Store {
                    value: Operand::Value(value),
                    ptr: Operand::Value(slot),
                    align: 0,
                    volatile: false,
                };
                let (si, _) = edit::new_inst(&mut body, store(lv), None, entry, loc);
                entry_insts.push(si);
                let def = match old.values[v].def {
                    ValueDef::Inst(i) => i,
                    ValueDef::Param(_) => unreachable!("parameters are never defined again"),
                };
                let d = old.insts[def].block;
                // After the definition (after the last phi, for a phi).
                let anchor = if matches!(old.insts[def].kind, InstKind::Phi { .. }) {
                    edit::phis(old, d).last().unwrap_or(def)
                } else {
                    def
                };
                let (si, _) = edit::new_inst(&mut body, store(nv), None, d, loc);
                after.entry(anchor).or_default().push(si);
                demote_uses(
                    &mut body,
                    old,
                    &reached,
                    nv,
                    ty,
                    slot,
                    &mut before,
                    &mut at_end,
                );
            }
            home => {
                let shown = old.values[v]
                    .name
                    .as_deref()
                    .map_or_else(|| v.as_u32().to_string(), str::to_string);
                return Err(format!(
                    "%{shown} ({}) is live at the loop header but tier 0 keeps it as {home:?}",
                    m.types.display(ty)
                ));
            }
        }
    }

    // The header's phis take their slots on the edge from the entry.
    for p in edit::phis(old, header).collect::<Vec<_>>() {
        let v = old.insts[p].result.expect("a phi has a result");
        let ty = old.values[v].ty;
        let FrameHome::Slot(off) = homes[v.index()] else {
            return Err("a phi of the loop header has no slot".into());
        };
        if !loadable(m, ty) {
            return Err(format!(
                "a phi of the loop header is a {}",
                m.types.display(ty)
            ));
        }
        let (_, addr) = frame_addr(m, &mut body, &mut entry_insts, off);
        let (li, lv) = edit::new_inst(&mut body, load(addr), Some(ty), entry, loc);
        entry_insts.push(li);
        if let InstKind::Phi { incoming } = &mut body.insts[p].kind {
            incoming.push((Operand::Value(lv.expect("a load has a result")), entry));
        }
    }

    // Edges from dropped blocks go away.
    for &b in old.layout.iter().filter(|&&b| reached[b]) {
        for p in edit::phis(old, b).collect::<Vec<_>>() {
            if let InstKind::Phi { incoming } = &mut body.insts[p].kind {
                incoming.retain(|&(_, pred)| pred == entry || reached[pred]);
            }
        }
    }

    // Place the new instructions.
    let (jump, _) = edit::new_inst(&mut body, InstKind::Br { dest: header }, None, entry, loc);
    let mut list = allocas;
    list.extend(entry_insts);
    list.push(jump);
    body.blocks[entry].insts = list;
    if !after.is_empty() || !before.is_empty() || !at_end.is_empty() {
        for &b in old.layout.iter().filter(|&&b| reached[b]) {
            let old_list = std::mem::take(&mut body.blocks[b].insts);
            let mut list = Vec::with_capacity(old_list.len());
            let last = old_list.last().copied();
            for i in old_list {
                list.extend(before.get(&i).into_iter().flatten());
                if Some(i) == last {
                    list.extend(at_end.get(&b).into_iter().flatten());
                }
                list.push(i);
                list.extend(after.get(&i).into_iter().flatten());
            }
            body.blocks[b].insts = list;
        }
    }
    body.layout = std::iter::once(entry)
        .chain(old.layout.iter().copied().filter(|&b| reached[b]))
        .collect();

    // The new function.
    let func = &m.functions[f];
    let (attrs, ret_attrs, loc) = (func.attrs.clone(), func.ret_attrs.clone(), func.loc);
    let ty = m.types.function(ret_ty, &[Type::PTR], false);
    let g = m
        .declare_function(name, ty)
        .map_err(|e| format!("OSR entry `{name}`: {e}"))?;
    let new = &mut m.functions[g];
    new.linkage = Linkage::External;
    new.attrs = attrs;
    new.ret_attrs = ret_attrs;
    new.loc = loc;
    new.params = vec![frame];
    new.body = Some(body);
    Ok(g)
}

/// The allocated type of `v` when it is a one-element alloca of a scalar whose address
/// never escapes: every use loads from it or stores a value to it, or marks its lifetime.
fn private_scalar(m: &Module, body: &Body, v: Value) -> Option<Type> {
    let ValueDef::Inst(def) = body.values[v].def else {
        return None;
    };
    let InstKind::Alloca {
        ty,
        count: Operand::Const(c),
        ..
    } = body.insts[def].kind
    else {
        return None;
    };
    let scalar = matches!(
        m.types.data(ty),
        TypeData::Int(_) | TypeData::Ptr(_) | TypeData::Float | TypeData::Double
    );
    if !scalar || m.consts[c].kind != jit_core::ir::ConstKind::Int(1) {
        return None;
    }
    let me = Operand::Value(v);
    let private = body.layout.iter().all(|&b| {
        body.blocks[b].insts.iter().all(|&i| {
            let kind = &body.insts[i].kind;
            let mut mentions = false;
            kind.for_each_operand(|op| mentions |= op == me);
            !mentions
                || match kind {
                    InstKind::Load { ptr, .. } => *ptr == me,
                    InstKind::Store { value, ptr, .. } => *ptr == me && *value != me,
                    _ => matches!(
                        crate::effects::called_intrinsic(m, kind),
                        Some(Intrinsic::LifetimeStart | Intrinsic::LifetimeEnd)
                    ),
                }
        })
    });
    private.then_some(ty)
}

/// Makes instruction `inst` (just made) define `v` (any fresh result it had stays unused).
fn retarget(body: &mut Body, inst: Inst, v: Value) {
    body.insts[inst].result = Some(v);
    body.values[v].def = ValueDef::Inst(inst);
}

/// Replaces every use of `v` in the kept blocks by a load of `slot` just before the user
/// (at the end of the incoming block, for a phi).
#[allow(
    clippy::too_many_arguments,
    reason = "the edit lists of one transformation"
)]
fn demote_uses(
    body: &mut Body,
    old: &Body,
    reached: &SecondaryMap<Block, bool>,
    v: Value,
    ty: Type,
    slot: Value,
    before: &mut Placements<Inst>,
    at_end: &mut Placements<Block>,
) {
    let load = InstKind::Load {
        ptr: Operand::Value(slot),
        align: 0,
        volatile: false,
    };
    for &b in old.layout.iter().filter(|&&b| reached[b]) {
        for &i in &old.blocks[b].insts {
            let mut uses = false;
            body.insts[i]
                .kind
                .for_each_operand(|op| uses |= op == Operand::Value(v));
            if !uses {
                continue;
            }
            if let InstKind::Phi { incoming } = &body.insts[i].kind {
                let preds: Vec<Block> = incoming
                    .iter()
                    .filter(|&&(op, _)| op == Operand::Value(v))
                    .map(|&(_, p)| p)
                    .collect();
                for p in preds {
                    if !reached[p] {
                        continue;
                    }
                    let (li, lv) =
                        edit::new_inst(body, load.clone(), Some(ty), p, SrcLoc::default());
                    at_end.entry(p).or_default().push(li);
                    let lv = lv.expect("a load has a result");
                    if let InstKind::Phi { incoming } = &mut body.insts[i].kind {
                        for (op, pred) in incoming.iter_mut() {
                            if *pred == p && *op == Operand::Value(v) {
                                *op = Operand::Value(lv);
                            }
                        }
                    }
                }
                continue;
            }
            let (li, lv) = edit::new_inst(body, load.clone(), Some(ty), b, body.insts[i].loc);
            before.entry(i).or_default().push(li);
            let lv = lv.expect("a load has a result");
            for_each_operand_mut(&mut body.insts[i].kind, |op| {
                if *op == Operand::Value(v) {
                    *op = Operand::Value(lv);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::parse_body;
    use jit_core::engine::{ExecutionEngine, GenericValue};

    /// Every value in an 8-byte slot of its own: value `v` at `8 * v`.
    fn homes(body: &Body) -> Vec<FrameHome> {
        (0..body.values.len())
            .map(|v| FrameHome::Slot(8 * v as i32))
            .collect()
    }

    fn value_named(body: &Body, name: &str) -> usize {
        body.values
            .iter()
            .position(|(_, d)| d.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no %{name}"))
    }

    fn block_named(body: &Body, name: &str) -> Block {
        body.layout
            .iter()
            .copied()
            .find(|&b| body.blocks[b].name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no block {name}"))
    }

    /// Makes the entry at `header`, optimizes it at OptLevel 2 (as tiering does), and runs
    /// it on the interpreter with a frame holding `state` (value name, value).
    fn run_entry(text: &str, header: &str, state: &[(&str, u64)]) -> GenericValue {
        let (mut m, f) = parse_body(text);
        let body = m.functions[f].body.clone().expect("a body");
        let h = block_named(&body, header);
        let homes = homes(&body);
        let g = build_entry(&mut m, f, &body, h, &homes, "f.osr").expect("an entry");
        jit_core::verifier::verify_function(&m, g).expect("the entry verifies");
        crate::optimize(&mut m, 2).expect("the pipeline runs");
        jit_core::verifier::verify_module(&m).expect("the optimized module verifies");
        let mut frame = vec![0u64; body.values.len()];
        for &(name, v) in state {
            frame[value_named(&body, name)] = v;
        }
        let mut e = jit_interp::Interpreter::new();
        e.add_module(m).expect("the module loads");
        let ptr = GenericValue::Pointer(frame.as_mut_ptr() as u64);
        e.run_function("f.osr", &[ptr]).expect("the entry runs")
    }

    const SUM: &str = "define i64 @sum(i64 %n, i64 %k) {
entry:
  %k2 = mul i64 %k, 2
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %t = add i64 %i, %k2
  %s1 = add i64 %s, %t
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %r = add i64 %s1, %k
  ret i64 %r
}
";

    #[test]
    fn a_loop_goes_on_from_the_frame() {
        // sum(10, 3) = sum of (i + 6) for i < 10, plus 3 = 45 + 60 + 3. Entering at i = 4
        // with the sum of the first four iterations (0+6 .. 3+6 = 30).
        let r = run_entry(
            SUM,
            "loop",
            &[("n", 10), ("k", 3), ("k2", 6), ("i", 4), ("s", 30)],
        );
        assert_eq!(r, GenericValue::int(64, 108));
    }

    #[test]
    fn an_outer_loop_defines_its_values_again() {
        // Entering the inner loop of row 1 of 3 (columns 0..4): the outer loop's %row and
        // %acc come from the frame now and from the outer header later.
        let text = "define i32 @grid(i32 %rows, i32 %cols) {
entry:
  br label %outer
outer:
  %row = phi i32 [ 0, %entry ], [ %row1, %latch ]
  %acc = phi i32 [ 0, %entry ], [ %a1, %latch ]
  %base = mul i32 %row, 100
  br label %inner
inner:
  %col = phi i32 [ 0, %outer ], [ %col1, %inner ]
  %a = phi i32 [ %acc, %outer ], [ %a1, %inner ]
  %x = add i32 %base, %col
  %a1 = add i32 %a, %x
  %col1 = add i32 %col, 1
  %ci = icmp slt i32 %col1, %cols
  br i1 %ci, label %inner, label %latch
latch:
  %row1 = add i32 %row, 1
  %co = icmp slt i32 %row1, %rows
  br i1 %co, label %outer, label %done
done:
  ret i32 %a1
}
";
        // Row 0 adds 0+1+2+3 = 6; row 1 at column 2 has added 100 + 101 = 201 more.
        let r = run_entry(
            text,
            "inner",
            &[
                ("rows", 3),
                ("cols", 4),
                ("row", 1),
                ("acc", 6),
                ("base", 100),
                ("col", 2),
                ("a", 207),
            ],
        );
        // Rows 0..3: 6 + 406 + 806.
        assert_eq!(r, GenericValue::int(32, 1218));
    }

    /// A loop over a local in memory, counting from 5; `escape` is spliced into the entry
    /// block.
    fn counting(escape: &str) -> String {
        format!(
            "@keep = global ptr null
define i32 @count(i32 %n) {{
entry:
  %cell = alloca i32
  store i32 5, ptr %cell
  {escape}
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = load i32, ptr %cell
  %v1 = add i32 %v, %i
  store i32 %v1, ptr %cell
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %r = load i32, ptr %cell
  ret i32 %r
}}
"
        )
    }

    /// Runs `counting(escape)` from i = 3 with the local (tier 0 keeps it in the frame word
    /// at `8 * cell`) holding 8; returns the result and the frame word afterwards.
    fn run_counting(escape: &str) -> (GenericValue, u32) {
        let (mut m, f) = parse_body(&counting(escape));
        let body = m.functions[f].body.clone().expect("a body");
        let cell = value_named(&body, "cell");
        let mut homes = homes(&body);
        homes[cell] = FrameHome::Addr(8 * cell as i32);
        let h = block_named(&body, "loop");
        let g = build_entry(&mut m, f, &body, h, &homes, "f.osr").expect("an entry");
        jit_core::verifier::verify_function(&m, g).expect("the entry verifies");
        crate::optimize(&mut m, 2).expect("the pipeline runs");
        let mut frame = vec![0u64; body.values.len()];
        frame[value_named(&body, "n")] = 6;
        frame[value_named(&body, "i")] = 3;
        frame[cell] = 8;
        let mut e = jit_interp::Interpreter::new();
        e.add_module(m).expect("the module loads");
        let ptr = GenericValue::Pointer(frame.as_mut_ptr() as u64);
        let r = e.run_function("f.osr", &[ptr]).expect("the entry runs");
        (r, frame[cell] as u32)
    }

    #[test]
    fn static_allocas_are_copied_unless_their_address_escapes() {
        // 8 + 3 + 4 + 5 either way. A private local is copied into the entry's frame (and
        // promoted); one whose address escaped stays in tier 0's frame, which sees every
        // store.
        assert_eq!(run_counting(""), (GenericValue::int(32, 20), 8));
        assert_eq!(
            run_counting("store ptr %cell, ptr @keep"),
            (GenericValue::int(32, 20), 20)
        );
    }

    #[test]
    fn what_cannot_be_entered_is_refused() {
        let (mut m, f) = parse_body(SUM);
        let body = m.functions[f].body.clone().expect("a body");
        let h = block_named(&body, "loop");
        let short = vec![FrameHome::None; 2];
        assert!(build_entry(&mut m, f, &body, h, &short, "a").is_err());
        let mut homes = homes(&body);
        homes[value_named(&body, "s")] = FrameHome::None;
        let e = build_entry(&mut m, f, &body, h, &homes, "b").unwrap_err();
        assert!(e.contains("phi"), "{e}");
        homes = self::homes(&body);
        homes[value_named(&body, "n")] = FrameHome::None;
        let e = build_entry(&mut m, f, &body, h, &homes, "c").unwrap_err();
        assert!(e.contains("%n (i64) is live"), "{e}");
    }
}
