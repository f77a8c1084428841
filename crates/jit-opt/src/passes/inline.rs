//! `inline` and `always-inline`: replaces direct calls by a copy of the callee's body,
//! bottom-up over the call graph (callees are finished before their callers, so a callee's
//! size is measured after its own inlining); and `globaldce`, which turns internal
//! functions nothing refers to any more into declarations.
//!
//! # When a call is inlined
//! The callee is a definition with the call's exact function type, not varargs, not
//! `noinline` (nor `optnone` when the options respect it), not in the caller's strongly
//! connected component (no recursion), and nothing in it would change meaning when copied
//! into another frame: no `blockaddress` of its blocks or `indirectbr`, no call of a
//! `returns_twice` function (`setjmp` would capture the caller's frame), no `va_start`, no
//! `llvm.frameaddress`/`returnaddress`, no `musttail` call, no `alloca` outside its entry
//! block, no `llvm.eh.typeid.for` (its value numbers the type infos of the function it is
//! in).
//!
//! Exception handling: only `call` sites are inlined, never `invoke` sites. A callee that
//! unwinds (invokes, landing pads, `resume`) is copied whole, its landing pads reached from
//! its own invokes and its `resume` continuing the unwinding out of the caller, which is
//! what the exception did out of the call; the caller must have the callee's personality,
//! or none (it then takes the callee's). The personality of every function counts as a
//! reference for `globaldce`. `alwaysinline` callees are inlined whenever that holds; others when their cost
//! (5 per instruction) is at most the threshold (225 by default, as LLVM's) or, for an
//! internal function called exactly once, at most 40 times it (the original then dies).
//! A caller stops growing past 50,000 instructions.
//!
//! # How
//! The call's block is split after the call; the callee's blocks are copied in with its
//! parameters mapped to the arguments (a `byval` argument gets its own copy: an `alloca` in
//! the caller's entry block and a `memcpy`), `ret` becomes a branch to the continuation
//! (with a phi when there are several), static allocas move to the caller's entry block,
//! and the copied calls lose their `tail` marker (the callee's stack is the caller's now).
//!
//! - Requires: nothing.
//! - Preserves: nothing.
//! - Invalidates: everything in the callers.

use std::collections::{HashMap, HashSet};

use jit_core::DataLayout;
use jit_core::entity::{EntityRef, SecondaryMap};
use jit_core::ir::{
    Block, Body, CallArg, Const, ConstKind, DebugDeclare, DebugLoc, FnAttrs, FuncId, GlobalRef,
    Inst, InstData, InstKind, Intrinsic, Linkage, Module, Operand, ParamAttrs, TailKind, Type,
    ValueData, ValueDef,
};

use crate::edit::{self, Replacements, for_each_operand_mut, for_each_successor_mut};
use crate::{PassCx, optimizable};

/// LLVM's default threshold; one instruction costs 5.
const DEFAULT_THRESHOLD: i32 = 225;
const INSTRUCTION_COST: i64 = 5;
/// Multiplier of the threshold for internal functions with one call (the original dies).
const SINGLE_CALL_FACTOR: i64 = 40;
/// A caller stops growing past this many instructions (except for `alwaysinline`).
const MAX_CALLER_SIZE: usize = 50_000;

/// The function a call or invoke calls directly.
pub(crate) fn direct_callee(m: &Module, kind: &InstKind) -> Option<FuncId> {
    let Operand::Const(c) = kind.as_call()?.callee else {
        return None;
    };
    match m.consts[c].kind {
        ConstKind::GlobalAddr(GlobalRef::Function(f)) => Some(f),
        _ => None,
    }
}

/// Two personalities name the same function (through casts).
fn same_personality(m: &Module, a: Const, b: Const) -> bool {
    a == b || matches!((m.strip_to_global(a), m.strip_to_global(b)), (Some(x), Some(y)) if x == y)
}

/// Defined functions in bottom-up order (callees first), with each one's SCC number.
fn bottom_up(
    m: &Module,
    only: Option<&HashSet<FuncId>>,
) -> (Vec<FuncId>, SecondaryMap<FuncId, u32>) {
    let n = m.functions.len();
    let mut edges: Vec<Vec<FuncId>> = vec![Vec::new(); n];
    // With a set of functions to optimize, the graph is theirs alone: the walk costs what
    // they cost, not what the module does.
    let in_graph = |f: FuncId| only.is_none_or(|s| s.contains(&f));
    let mut members: Vec<FuncId> = match only {
        Some(s) => s.iter().copied().collect(),
        None => m.functions.keys().collect(),
    };
    members.sort();
    for &f in &members {
        let Some(body) = &m.functions[f].body else {
            continue;
        };
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                if let Some(g) = direct_callee(m, &body.insts[i].kind)
                    && m.functions[g].body.is_some()
                    && in_graph(g)
                    && !edges[f.index()].contains(&g)
                {
                    edges[f.index()].push(g);
                }
            }
        }
    }
    // Tarjan's algorithm, iterative; SCCs come out callees first.
    const UNSEEN: u32 = u32::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut scc: SecondaryMap<FuncId, u32> = SecondaryMap::with_default(u32::MAX);
    let mut order = Vec::new();
    let mut next = 0u32;
    let mut scc_count = 0u32;
    for root in members.iter().map(|f| f.index()) {
        if index[root] != UNSEEN || m.functions[FuncId::new(root)].body.is_none() {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(top) = work.last_mut() {
            let v = top.0;
            if top.1 < edges[v].len() {
                let w = edges[v][top.1].index();
                top.1 += 1;
                if index[w] == UNSEEN {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    loop {
                        let w = stack.pop().expect("on the stack");
                        on_stack[w] = false;
                        scc[FuncId::new(w)] = scc_count;
                        order.push(FuncId::new(w));
                        if w == v {
                            break;
                        }
                    }
                    scc_count += 1;
                }
            }
        }
    }
    (order, scc)
}

/// Why a function can be copied into callers, or not, and what it costs.
#[derive(Clone, Copy)]
struct CalleeInfo {
    inlinable: bool,
    size: usize,
    /// It has invokes, landing pads or resumes: the caller needs its personality.
    has_eh: bool,
}

fn callee_info(m: &Module, cx: &PassCx, g: FuncId) -> CalleeInfo {
    let respect_optnone = cx.opts.respect_optnone;
    let func = &m.functions[g];
    let no = CalleeInfo {
        inlinable: false,
        size: 0,
        has_eh: false,
    };
    let Some(body) = &func.body else { return no };
    let varargs = m.types.function_sig(func.ty).is_none_or(|(_, _, va)| va);
    if varargs
        || func.attrs.has(FnAttrs::NOINLINE)
        || func.attrs.has(FnAttrs::NAKED)
        || func.attrs.has(FnAttrs::RETURNS_TWICE)
        || (respect_optnone && func.attrs.has(FnAttrs::OPTNONE))
        || cx.address_taken.contains_key(&g)
    {
        return no;
    }
    let entry = body.entry();
    let mut size = 0;
    let mut has_eh = false;
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            size += 1;
            let kind = &body.insts[i].kind;
            match kind {
                InstKind::IndirectBr { .. } | InstKind::VaArg { .. } => return no,
                InstKind::Alloca { count, .. } => {
                    let constant = crate::fold::int_const(m, *count).is_some();
                    if Some(b) != entry || !constant {
                        return no;
                    }
                }
                InstKind::Call { callee, tail, .. } => {
                    if *tail == TailKind::MustTail || edit::is_returns_twice_callee(m, *callee) {
                        return no;
                    }
                    if let Some(
                        Intrinsic::VaStart
                        | Intrinsic::VaCopy
                        | Intrinsic::FrameAddress
                        | Intrinsic::ReturnAddress
                        | Intrinsic::StackSave
                        | Intrinsic::StackRestore
                        // Its value numbers the type infos of the function it is in.
                        | Intrinsic::EhTypeidFor,
                    ) = crate::effects::called_intrinsic(m, kind)
                    {
                        return no;
                    }
                }
                InstKind::Invoke { callee, .. } => {
                    if edit::is_returns_twice_callee(m, *callee) {
                        return no;
                    }
                    has_eh = true;
                }
                InstKind::LandingPad { .. } | InstKind::Resume { .. } => has_eh = true,
                _ => {}
            }
        }
    }
    // Code that unwinds needs the personality that reads its landing pads.
    if has_eh && func.personality.is_none() {
        return no;
    }
    CalleeInfo {
        inlinable: true,
        size,
        has_eh,
    }
}

/// How many places refer to each function (calls, address uses, initializers).
fn reference_counts(m: &Module) -> Vec<u32> {
    let mut counts = vec![0u32; m.functions.len()];
    let mut seen = vec![false; m.consts.len()];
    let mut stack: Vec<jit_core::ir::Const> = Vec::new();
    let mut note =
        |m: &Module, c: jit_core::ir::Const, counts: &mut Vec<u32>, seen: &mut Vec<bool>| {
            // Constants nest; each distinct constant is walked once, but every use of a
            // function's address at the top counts.
            if let ConstKind::GlobalAddr(GlobalRef::Function(f)) = m.consts[c].kind {
                counts[f.index()] += 1;
                return;
            }
            if seen[c.index()] {
                return;
            }
            stack.push(c);
            while let Some(c) = stack.pop() {
                if seen[c.index()] {
                    continue;
                }
                seen[c.index()] = true;
                match &m.consts[c].kind {
                    ConstKind::GlobalAddr(GlobalRef::Function(f)) => counts[f.index()] += 1,
                    ConstKind::Aggregate(items) => stack.extend(items.iter().copied()),
                    ConstKind::Expr(e) => match e {
                        jit_core::ir::ConstExpr::Gep { base, indices, .. } => {
                            stack.push(*base);
                            stack.extend(indices.iter().copied());
                        }
                        jit_core::ir::ConstExpr::Cast { value, .. } => stack.push(*value),
                        jit_core::ir::ConstExpr::Binary { lhs, rhs, .. }
                        | jit_core::ir::ConstExpr::ICmp { lhs, rhs, .. }
                        | jit_core::ir::ConstExpr::FCmp { lhs, rhs, .. } => {
                            stack.push(*lhs);
                            stack.push(*rhs);
                        }
                        jit_core::ir::ConstExpr::Select {
                            cond,
                            if_true,
                            if_false,
                        } => stack.extend([*cond, *if_true, *if_false]),
                    },
                    // A block address keeps its function alive.
                    ConstKind::BlockAddress { func, .. } => counts[func.index()] += 1,
                    _ => {}
                }
            }
        };
    for func in m.functions.values() {
        // A personality is referred to like an operand (the unwinder calls it).
        if let Some(p) = func.personality {
            note(m, p, &mut counts, &mut seen);
        }
        let Some(body) = &func.body else { continue };
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                body.insts[i].kind.for_each_operand(|op| {
                    if let Operand::Const(c) = op {
                        note(m, c, &mut counts, &mut seen);
                    }
                });
            }
        }
    }
    for g in m.globals.values() {
        if let Some(c) = g.init {
            note(m, c, &mut counts, &mut seen);
        }
    }
    for a in m.aliases.values() {
        note(m, a.aliasee, &mut counts, &mut seen);
    }
    counts
}

/// `inline` (`always_only`: `always-inline`).
pub(crate) fn run(m: &mut Module, cx: &PassCx, always_only: bool) -> Vec<FuncId> {
    let (order, scc) = bottom_up(m, cx.opts.only.as_ref());
    let threshold = i64::from(cx.inline_threshold.unwrap_or(DEFAULT_THRESHOLD));
    // Counting references walks the whole module; with a set of functions to optimize the
    // count is not worth it, and every callee counts as called from elsewhere too (no
    // single-call bonus: its original stays anyway).
    let mut refs = match cx.opts.only {
        Some(_) => vec![u32::MAX / 2; m.functions.len()],
        None => reference_counts(m),
    };
    let mut info: SecondaryMap<FuncId, Option<CalleeInfo>> = SecondaryMap::with_default(None);
    let mut changed = Vec::new();
    for f in order {
        if !optimizable(m, f, cx.opts) {
            continue;
        }
        let Some(mut body) = m.functions[f].body.take() else {
            continue;
        };
        let did = inline_into(
            m,
            cx,
            f,
            &mut body,
            &scc,
            threshold,
            always_only,
            &mut refs,
            &mut info,
        );
        m.functions[f].body = Some(body);
        if did {
            changed.push(f);
        }
        // The caller's own size changed: measure it again when it is a callee.
        info[f] = None;
    }
    changed
}

#[allow(
    clippy::too_many_arguments,
    reason = "the state of the bottom-up walk, threaded through"
)]
fn inline_into(
    m: &mut Module,
    cx: &PassCx,
    f: FuncId,
    body: &mut Body,
    scc: &SecondaryMap<FuncId, u32>,
    threshold: i64,
    always_only: bool,
    refs: &mut [u32],
    info: &mut SecondaryMap<FuncId, Option<CalleeInfo>>,
) -> bool {
    let mut calls: Vec<(Inst, FuncId)> = Vec::new();
    let mut size = 0usize;
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            size += 1;
            // Invoke sites are not inlined: the copied calls would have to become invokes
            // unwinding to the site's landing pad, and its `resume`s branches into it.
            if matches!(body.insts[i].kind, InstKind::Call { .. })
                && let Some(g) = direct_callee(m, &body.insts[i].kind)
                && m.functions[g].body.is_some()
                && scc[g] != scc[f]
            {
                calls.push((i, g));
            }
        }
    }
    if calls.is_empty() {
        return false;
    }
    let mut state = Splice {
        after: SecondaryMap::with_default(Vec::new()),
        entry_allocas: Vec::new(),
        repl: Replacements::new(),
    };
    let mut did = false;
    // Last call first: each split moves only what follows the call.
    for &(ci, g) in calls.iter().rev() {
        let gi = match info[g] {
            Some(x) => x,
            None => {
                let x = callee_info(m, cx, g);
                info[g] = Some(x);
                x
            }
        };
        if !gi.inlinable {
            continue;
        }
        let callee = &m.functions[g];
        let always = callee.attrs.has(FnAttrs::ALWAYSINLINE);
        if always_only && !always {
            continue;
        }
        if !always {
            let cost = gi.size as i64 * INSTRUCTION_COST;
            let single = callee.linkage.is_local() && refs[g.index()] == 1;
            let limit = if single {
                threshold.saturating_mul(SINGLE_CALL_FACTOR)
            } else {
                threshold
            };
            if cost > limit || size > MAX_CALLER_SIZE {
                continue;
            }
        }
        // The call must match the callee's type exactly.
        let InstKind::Call { fn_ty, .. } = &body.insts[ci].kind else {
            continue;
        };
        if *fn_ty != callee.ty {
            continue;
        }
        // Landing pads are read by the function's personality: the callee's unwinding code
        // may only move into a caller with the same personality, or none yet (it then
        // takes the callee's, as LLVM's inliner does).
        let personality = match (gi.has_eh, m.functions[f].personality, callee.personality) {
            (false, _, _) => None,
            (true, None, Some(p)) => Some(p),
            (true, Some(mine), Some(theirs)) if same_personality(m, mine, theirs) => None,
            (true, _, _) => continue,
        };
        if state.inline_call(m, cx.dl, body, ci, g, refs) {
            size += gi.size;
            did = true;
            if personality.is_some() {
                m.functions[f].personality = personality;
            }
        }
    }
    if did {
        state.finish(body);
    }
    did
}

/// Edits collected while inlining into one caller, applied once at the end.
struct Splice {
    /// Blocks to place after a block in the layout.
    after: SecondaryMap<Block, Vec<Block>>,
    /// Allocas moved to the caller's entry block.
    entry_allocas: Vec<Inst>,
    repl: Replacements,
}

impl Splice {
    fn inline_call(
        &mut self,
        m: &mut Module,
        dl: &DataLayout,
        body: &mut Body,
        ci: Inst,
        g: FuncId,
        refs: &mut [u32],
    ) -> bool {
        let Some(callee) = m.functions[g].body.clone() else {
            return false;
        };
        let callee_params = m.functions[g].params.clone();
        let param_attrs = m.functions[g].param_attrs.clone();
        let Some(caller_entry) = body.entry() else {
            return false;
        };
        let InstKind::Call { args, .. } = body.insts[ci].kind.clone() else {
            return false;
        };
        if args.len() != callee_params.len() {
            return false;
        }
        let memcpy = if param_attrs.iter().any(|a| a.byval.is_some()) {
            match memcpy_decl(m) {
                Some(f) => Some(f),
                None => return false,
            }
        } else {
            None
        };
        let cb = body.insts[ci].block;
        let loc = body.insts[ci].loc;
        // The callee's source locations become "inlined at the call"; without a call-site
        // location there is nothing to chain them to, and they are dropped.
        let call_dbg = body.insts[ci].dbg;
        let mut dbg_map: HashMap<DebugLoc, DebugLoc> = HashMap::new();
        let mut inlined_dbg = |m: &mut Module, l: Option<DebugLoc>| -> Option<DebugLoc> {
            let (l, cs) = (l?, call_dbg?);
            if !m.debug.locations.is_valid(l) || !m.debug.locations.is_valid(cs) {
                return None;
            }
            Some(
                *dbg_map
                    .entry(l)
                    .or_insert_with(|| m.debug.inlined_location(l, cs)),
            )
        };
        let Some(pos) = body.blocks[cb].insts.iter().position(|&i| i == ci) else {
            return false;
        };

        // Parameters → arguments (a byval argument is copied first).
        let mut vmap: Vec<Option<Operand>> = vec![None; callee.values.len()];
        let mut before_call: Vec<Inst> = Vec::new();
        for (k, &p) in callee_params.iter().enumerate() {
            let arg = self.repl.resolve(args[k].value);
            let byval = param_attrs
                .get(k)
                .and_then(|a| a.byval)
                .or(args[k].attrs.byval);
            vmap[p.index()] = Some(match byval {
                Some(ty) => {
                    let align = param_attrs
                        .get(k)
                        .and_then(|a| a.align)
                        .unwrap_or(dl.abi_align(&m.types, ty) as u32);
                    let one = Operand::Const(m.const_i32(1));
                    let (a, copy) = edit::new_inst(
                        body,
                        InstKind::Alloca {
                            ty,
                            count: one,
                            align,
                        },
                        Some(Type::PTR),
                        caller_entry,
                        loc,
                    );
                    self.entry_allocas.push(a);
                    let copy = Operand::Value(copy.expect("alloca result"));
                    let size = Operand::Const(m.const_i64(dl.alloc_size(&m.types, ty) as i64));
                    let no = Operand::Const(m.const_int(Type::I1, 0));
                    let memcpy = memcpy.expect("declared for byval");
                    let callee_c = Operand::Const(m.const_addr(GlobalRef::Function(memcpy)));
                    let arg_of = |value| CallArg {
                        value,
                        attrs: ParamAttrs::default(),
                    };
                    let (c, _) = edit::new_inst(
                        body,
                        InstKind::Call {
                            callee: callee_c,
                            fn_ty: m.functions[memcpy].ty,
                            args: Box::new([arg_of(copy), arg_of(arg), arg_of(size), arg_of(no)]),
                            ret_attrs: ParamAttrs::default(),
                            tail: TailKind::None,
                        },
                        None,
                        cb,
                        loc,
                    );
                    body.insts[c].dbg = call_dbg;
                    before_call.push(c);
                    copy
                }
                None => arg,
            });
        }

        // Split the call's block: what follows the call moves to `cont`.
        let tail = body.blocks[cb].insts.split_off(pos + 1);
        body.blocks[cb].insts.pop();
        let cont = edit::new_block(body, None);
        for &i in &tail {
            body.insts[i].block = cont;
        }
        body.blocks[cont].insts = tail;
        for s in edit::unique_successors(body, cont) {
            edit::rename_phi_pred(body, s, cb, cont);
        }

        // New blocks, and new values for every callee result (phis may refer forward).
        let mut bmap: SecondaryMap<Block, Option<Block>> = SecondaryMap::with_default(None);
        let mut new_blocks = Vec::with_capacity(callee.layout.len());
        for &b in &callee.layout {
            let nb = edit::new_block(body, callee.blocks[b].name.clone());
            body.blocks[nb].loc = callee.blocks[b].loc;
            bmap[b] = Some(nb);
            new_blocks.push(nb);
        }
        let first_new_inst = body.insts.len();
        let mut k = 0usize;
        for &b in &callee.layout {
            for &i in &callee.blocks[b].insts {
                if let Some(r) = callee.insts[i].result {
                    let d = &callee.values[r];
                    let nv = body.values.push(ValueData {
                        ty: d.ty,
                        def: ValueDef::Inst(Inst::new(first_new_inst + k)),
                        name: d.name.clone(),
                    });
                    vmap[r.index()] = Some(Operand::Value(nv));
                }
                k += 1;
            }
        }
        // Copy the instructions.
        let mut returns: Vec<(Option<Operand>, Block)> = Vec::new();
        for &b in &callee.layout {
            let nb = bmap[b].expect("mapped");
            let mut list = Vec::with_capacity(callee.blocks[b].insts.len());
            for &i in &callee.blocks[b].insts {
                let src = &callee.insts[i];
                let mut kind = src.kind.clone();
                for_each_operand_mut(&mut kind, |op| {
                    if let Operand::Value(v) = *op {
                        *op = vmap[v.index()].expect("callee values are defined in its layout");
                    }
                });
                if let InstKind::Phi { incoming } = &mut kind {
                    for (_, p) in incoming.iter_mut() {
                        // A phi entry for a block outside the layout would not verify.
                        *p = bmap[*p].unwrap_or(*p);
                    }
                }
                for_each_successor_mut(&mut kind, |s| *s = bmap[*s].unwrap_or(*s));
                // `tail` promises the call reads none of the caller's stack; the callee's
                // allocas (and byval copies) are the caller's stack now.
                if let InstKind::Call { tail, .. } = &mut kind
                    && *tail == TailKind::Tail
                {
                    *tail = TailKind::None;
                }
                if let Some(d) = direct_callee(m, &kind) {
                    refs[d.index()] += 1;
                }
                let mut block = nb;
                if let InstKind::Ret { value } = kind {
                    returns.push((value, nb));
                    kind = InstKind::Br { dest: cont };
                } else if matches!(kind, InstKind::Alloca { .. }) {
                    block = caller_entry;
                }
                let result = src.result.map(|r| match vmap[r.index()] {
                    Some(Operand::Value(v)) => v,
                    _ => unreachable!("results map to new values"),
                });
                let dbg = inlined_dbg(m, src.dbg);
                let ni = body.insts.push(InstData {
                    kind,
                    result,
                    block,
                    loc: src.loc,
                    dbg,
                });
                if block == caller_entry && nb != caller_entry {
                    self.entry_allocas.push(ni);
                } else {
                    list.push(ni);
                }
            }
            body.blocks[nb].insts = list;
        }
        debug_assert_eq!(body.insts.len(), first_new_inst + k);

        // The call's block runs the copies, then enters the callee's entry.
        let entry_copy = bmap[callee.layout[0]].expect("mapped");
        body.blocks[cb].insts.extend(before_call);
        let (br, _) = edit::new_inst(body, InstKind::Br { dest: entry_copy }, None, cb, loc);
        body.insts[br].dbg = call_dbg;
        body.blocks[cb].insts.push(br);

        // The callee's variable declarations, for the copies of their addresses.
        for d in &callee.debug_declares {
            let Some(Operand::Value(address)) = vmap.get(d.address.index()).copied().flatten()
            else {
                continue;
            };
            let Some(dloc) = inlined_dbg(m, d.loc) else {
                continue;
            };
            body.debug_declares.push(DebugDeclare {
                address,
                variable: d.variable,
                expression: d.expression.clone(),
                loc: Some(dloc),
            });
        }

        // The call's result.
        if let Some(r) = body.insts[ci].result {
            let ty = body.values[r].ty;
            let value = match returns.as_slice() {
                [] => edit::poison(m, ty),
                [(v, _)] => v.unwrap_or_else(|| edit::poison(m, ty)),
                _ => {
                    let mut incoming = Vec::with_capacity(returns.len());
                    for &(v, b) in &returns {
                        let v = match v {
                            Some(v) => v,
                            None => edit::poison(m, ty),
                        };
                        incoming.push((v, b));
                    }
                    let (phi, pv) =
                        edit::new_inst(body, InstKind::Phi { incoming }, Some(ty), cont, loc);
                    body.insts[phi].dbg = call_dbg;
                    body.blocks[cont].insts.insert(0, phi);
                    Operand::Value(pv.expect("phi result"))
                }
            };
            self.repl.replace(r, value);
        }
        refs[g.index()] = refs[g.index()].saturating_sub(1);
        let after = &mut self.after[cb];
        let mut placed = new_blocks;
        placed.push(cont);
        // Blocks placed after `cb` earlier (by a later call in the same block, now in
        // `cont`'s tail) come after `cont`.
        placed.append(after);
        *after = placed;
        true
    }

    /// Places the new blocks in the layout and the moved allocas in the entry block, and
    /// rewrites every operand once.
    fn finish(mut self, body: &mut Body) {
        let old = std::mem::take(&mut body.layout);
        let mut layout = Vec::with_capacity(old.len());
        let mut stack: Vec<Block> = Vec::new();
        for b in old {
            stack.push(b);
            while let Some(x) = stack.pop() {
                layout.push(x);
                let next = std::mem::take(&mut self.after[x]);
                stack.extend(next.into_iter().rev());
            }
        }
        body.layout = layout;
        if let Some(entry) = body.entry() {
            let mut insts = std::mem::take(&mut self.entry_allocas);
            for &a in &insts {
                body.insts[a].block = entry;
            }
            insts.append(&mut body.blocks[entry].insts);
            body.blocks[entry].insts = insts;
        }
        self.repl.apply(body);
    }
}

/// `llvm.memcpy.p0.p0.i64`, declared when the module has none.
fn memcpy_decl(m: &mut Module) -> Option<FuncId> {
    let name = "llvm.memcpy.p0.p0.i64";
    let ty = m.types.function(
        Type::VOID,
        &[Type::PTR, Type::PTR, Type::I64, Type::I1],
        false,
    );
    match m.function_by_name(name) {
        Some(f) => (m.functions[f].ty == ty).then_some(f),
        None if m.lookup(name).is_some() => None,
        None => m.declare_function(name, ty).ok(),
    }
}

/// `globaldce`: internal functions that nothing refers to become declarations (the arena
/// keeps every function, so they cannot vanish; a declaration costs nothing to compile).
pub(crate) fn global_dce(m: &mut Module, cx: &PassCx) -> Vec<FuncId> {
    // With a set of functions to optimize, whoever asked keeps every function.
    if cx.opts.only.is_some() {
        return Vec::new();
    }
    let refs = reference_counts(m);
    let mut changed = Vec::new();
    let ids: Vec<FuncId> = m.functions.keys().collect();
    for f in ids {
        let func = &m.functions[f];
        if func.body.is_none()
            || !func.linkage.is_local()
            || refs[f.index()] > 0
            || (cx.opts.respect_optnone && func.attrs.has(FnAttrs::OPTNONE))
        {
            continue;
        }
        let func = &mut m.functions[f];
        func.body = None;
        func.params.clear();
        func.linkage = Linkage::External;
        // A declaration has no landing pads to interpret.
        func.personality = None;
        changed.push(f);
    }
    changed
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    fn run(text: &str, passes: &str) -> String {
        let (mut m, _) = parse_body(text);
        crate::run_passes(&mut m, passes).unwrap();
        jit_core::printer::print_module(&m)
    }

    #[test]
    fn setjmp_callers_and_noinline_stay_calls() {
        let out = run(
            "declare i32 @setjmp(ptr) returns_twice
            define internal i32 @jumps(ptr %b) {
              %r = call i32 @setjmp(ptr %b)
              ret i32 %r
            }
            define internal i32 @never(i32 %x) noinline {
              ret i32 %x
            }
            define internal i32 @small(i32 %x) {
              %y = add i32 %x, 1
              ret i32 %y
            }
            define i32 @main(ptr %b) {
              %a = call i32 @jumps(ptr %b)
              %c = call i32 @never(i32 %a)
              %d = call i32 @small(i32 %c)
              ret i32 %d
            }",
            "inline",
        );
        assert!(out.contains("call i32 @jumps"), "{out}");
        assert!(out.contains("call i32 @never"), "{out}");
        assert!(!out.contains("call i32 @small"), "{out}");
    }
}
