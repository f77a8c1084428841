//! `sroa`: scalar replacement of aggregates. An alloca whose address never escapes and is
//! only accessed at constant offsets (through `getelementptr`s with constant indices) is
//! split into one alloca per accessed piece ("tile"), and then everything promotable is
//! promoted to SSA values as `mem2reg` does.
//!
//! # How
//! 1. Every use of the alloca's address is followed through constant GEPs to an access at
//!    a byte range: a load or store (aggregate loads and stores count as one access per
//!    scalar member), `llvm.memset`/`llvm.memcpy`/`llvm.memmove` with a constant length, or
//!    a lifetime marker. Anything else — a variable index, a volatile access, the address
//!    passed to a call, stored, compared or cast — and the alloca is left alone.
//! 2. Overlapping loads and stores form clusters; each cluster is cut at every access
//!    boundary into tiles. A tile accessed exactly by some load or store takes its type; a
//!    tile only reached by wider accesses is an integer of its width. Bytes only reached by
//!    `memset`/`memcpy` (padding, untouched fields) become byte-array tiles, so copies stay
//!    exact.
//! 3. Each access is rewritten onto the tiles it covers: a one-tile access goes to the tile
//!    directly; a wider integer, float or vector access is assembled from (or split into)
//!    the tiles with shifts, `zext`/`trunc`, `bitcast` and `insert`/`extractelement` — the
//!    x86-64 ABI's `{ i64, i32 }` views of a three-`int` struct become plain SSA values this
//!    way; memory intrinsics become per-tile loads and stores (a `memcpy` from a constant
//!    global becomes loads that instcombine folds). An access that cannot be assembled
//!    (a pointer straddling tiles, say) leaves the alloca alone.
//! 4. The new allocas, and every other promotable alloca, are promoted ([`super::mem2reg`]).
//!
//! Functions that call `setjmp` are left alone (see `mem2reg`).
//!
//! - Requires: nothing.
//! - Preserves: the CFG.
//! - Invalidates: instruction lists.

use jit_core::DataLayout;
use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    ArithFlags, BinaryOp, Block, Body, CallArg, CastOp, Const, ConstKind, DebugLoc, FuncId, Inst,
    InstKind, Intrinsic, Module, Operand, ParamAttrs, SrcLoc, TailKind, Type, TypeData, Value,
};

use crate::PassCx;
use crate::edit::{self, Replacements, Users};
use crate::effects::called_intrinsic;
use crate::fold::{const_gep_offset, int_const, mask};

/// Most tiles one alloca is split into.
const MAX_TILES: usize = 128;
/// Most scalar members an aggregate load or store is expanded into.
const MAX_LEAVES: usize = 64;
/// Most rounds (a `memcpy` between two split allocas is handled one side per round).
const MAX_ROUNDS: usize = 4;

/// The pass entry point.
pub(crate) fn run(m: &mut Module, cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    if edit::calls_returns_twice(m, body) {
        return false;
    }
    let mut changed = false;
    for _ in 0..MAX_ROUNDS {
        let (did, deferred) = split_round(m, cx.dl, body);
        changed |= did;
        if !deferred {
            break;
        }
    }
    let promotable = super::mem2reg::promotable_allocas(m, body);
    changed |= super::mem2reg::promote(m, body, &promotable);
    changed
}

/// What one access does at its byte range.
#[derive(Clone, Debug)]
enum What {
    /// A scalar or vector load.
    Load(Type),
    /// A scalar or vector store of `value`.
    Store(Type, Operand),
    /// An aggregate load, expanded into its scalar members.
    LoadAgg(Type, Vec<Leaf>),
    /// An aggregate store, expanded into its scalar members.
    StoreAgg(Operand, Vec<Leaf>),
    /// `memset` of the byte `value`.
    MemSet(Operand),
    /// `memcpy`/`memmove` with the alloca as destination (`true`) or source, and the other
    /// pointer.
    MemCpy(bool, Operand),
}

/// A scalar member of an aggregate: byte offset, type, `extractvalue` path.
#[derive(Clone, Debug)]
struct Leaf {
    offset: u64,
    ty: Type,
    path: Vec<u32>,
}

#[derive(Clone, Debug)]
struct Access {
    inst: Inst,
    offset: u64,
    size: u64,
    what: What,
}

/// The accesses of one alloca, or why it cannot be split.
struct Analysis {
    accesses: Vec<Access>,
    /// GEPs and lifetime markers to delete.
    dead: Vec<Inst>,
    /// Memory intrinsics whose other pointer is another candidate alloca.
    shared_copies: Vec<Inst>,
}

/// One piece of the split alloca.
#[derive(Clone, Debug)]
struct Tile {
    start: u64,
    end: u64,
    kind: TileKind,
    alloca: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum TileKind {
    /// A value of this type (scalar or vector).
    Typed(Type),
    /// Bytes only copied or set in bulk.
    Bytes,
    /// Bytes only ever written: nothing reads them, so they need no memory at all.
    Dropped,
}

/// One round over every candidate; returns (changed, some alloca deferred).
fn split_round(m: &mut Module, dl: &DataLayout, body: &mut Body) -> (bool, bool) {
    // Candidates: one element of a sized type.
    let mut candidates: Vec<(Inst, Value, Type, u32)> = Vec::new();
    let mut is_candidate: SecondaryMap<Value, bool> = SecondaryMap::with_default(false);
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if let InstKind::Alloca { ty, count, align } = &body.insts[i].kind
                && int_const(m, *count).is_some_and(|(_, n)| n == 1)
                && let Some(v) = body.insts[i].result
                && m.is_first_class(*ty)
                && dl.alloc_size(&m.types, *ty) > 0
            {
                candidates.push((i, v, *ty, *align));
                is_candidate[v] = true;
            }
        }
    }
    if candidates.is_empty() {
        return (false, false);
    }
    let users = Users::build(body);
    let mut plans = Vec::new();
    let mut deferred = false;
    let mut claimed: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    for &(a, v, ty, align) in &candidates {
        let size = dl.alloc_size(&m.types, ty);
        let Some(analysis) = analyze(m, dl, body, &users, v, size, &is_candidate) else {
            continue;
        };
        // A copy between two candidates is rewritten for one of them per round.
        if analysis.shared_copies.iter().any(|&i| claimed[i]) {
            deferred = true;
            continue;
        }
        let Some(mut tiles) = make_tiles(m, dl, &analysis.accesses, size) else {
            continue;
        };
        drop_unread(&analysis.accesses, &mut tiles);
        // Only bulk copies that are read: splitting would make the same bytes again (no
        // gain), and would keep the other end of a copy waiting for a round. (Bytes nobody
        // reads are dropped, which is worth doing.)
        if !tiles.iter().any(|t| matches!(t.kind, TileKind::Typed(_)))
            && tiles.iter().any(|t| t.kind == TileKind::Bytes)
        {
            continue;
        }
        // Splitting into the alloca's own single tile gains nothing.
        if tiles.len() == 1
            && tiles[0].start == 0
            && tiles[0].kind == TileKind::Typed(ty)
            && analysis
                .accesses
                .iter()
                .all(|acc| matches!(acc.what, What::Load(t) | What::Store(t, _) if t == ty))
        {
            continue;
        }
        if !accesses_fit(m, dl, &analysis.accesses, &tiles) {
            continue;
        }
        for &i in &analysis.shared_copies {
            claimed[i] = true;
        }
        // The other end of a rewritten copy has new loads and stores: look again.
        deferred |= !analysis.shared_copies.is_empty();
        plans.push((a, align, analysis, tiles));
    }
    if plans.is_empty() {
        return (false, deferred);
    }
    let mut rw = Rewriter {
        before: SecondaryMap::with_default(Vec::new()),
        dead: SecondaryMap::with_default(false),
        repl: Replacements::new(),
    };
    for (a, align, analysis, tiles) in plans {
        rw.split(m, dl, body, a, align, analysis, tiles);
    }
    rw.finish(body);
    (true, deferred)
}

/// Follows every use of alloca `root` (of `size` bytes) through constant GEPs.
fn analyze(
    m: &Module,
    dl: &DataLayout,
    body: &Body,
    users: &Users,
    root: Value,
    size: u64,
    is_candidate: &SecondaryMap<Value, bool>,
) -> Option<Analysis> {
    let mut out = Analysis {
        accesses: Vec::new(),
        dead: Vec::new(),
        shared_copies: Vec::new(),
    };
    let mut work: Vec<(Value, u64)> = vec![(root, 0)];
    let mut seen = 0usize;
    while let Some((p, offset)) = work.pop() {
        let list = users.of(p);
        let mut k = 0;
        while k < list.len() {
            let i = list[k];
            // An instruction using `p` twice appears twice in a row.
            let mut uses = 1;
            while k + uses < list.len() && list[k + uses] == i {
                uses += 1;
            }
            k += uses;
            seen += 1;
            if seen > 100_000 {
                return None;
            }
            let kind = &body.insts[i].kind;
            let within = |len: u64| offset.checked_add(len).is_some_and(|e| e <= size);
            match kind {
                InstKind::Gep {
                    source_ty,
                    base,
                    indices,
                    ..
                } if *base == Operand::Value(p) && uses == 1 => {
                    let off = const_gep_offset(m, dl, *source_ty, indices.iter().copied())?;
                    let r = body.insts[i].result?;
                    if m.types.is_vector(body.values[r].ty) {
                        return None;
                    }
                    let new = i64::try_from(offset).ok()?.checked_add(off)?;
                    work.push((r, u64::try_from(new).ok()?));
                    out.dead.push(i);
                }
                InstKind::Load {
                    ptr,
                    volatile: false,
                    ..
                } if *ptr == Operand::Value(p) => {
                    let ty = body.values[body.insts[i].result?].ty;
                    let len = dl.store_size(&m.types, ty);
                    if !within(len) {
                        return None;
                    }
                    let what = if m.types.is_aggregate(ty) {
                        What::LoadAgg(ty, leaves(m, dl, ty)?)
                    } else {
                        What::Load(ty)
                    };
                    out.accesses.push(Access {
                        inst: i,
                        offset,
                        size: len,
                        what,
                    });
                }
                InstKind::Store {
                    value,
                    ptr,
                    volatile: false,
                    ..
                } if *ptr == Operand::Value(p) && uses == 1 => {
                    let ty = edit::operand_type(m, body, *value);
                    let len = dl.store_size(&m.types, ty);
                    if !within(len) {
                        return None;
                    }
                    let what = if m.types.is_aggregate(ty) {
                        What::StoreAgg(*value, leaves(m, dl, ty)?)
                    } else {
                        What::Store(ty, *value)
                    };
                    out.accesses.push(Access {
                        inst: i,
                        offset,
                        size: len,
                        what,
                    });
                }
                InstKind::Call { args, callee, .. } if *callee != Operand::Value(p) => {
                    match called_intrinsic(m, kind)? {
                        Intrinsic::LifetimeStart | Intrinsic::LifetimeEnd => out.dead.push(i),
                        Intrinsic::Memset if uses == 1 && args.len() == 4 => {
                            if args[0].value != Operand::Value(p) || !not_volatile(m, args[3].value)
                            {
                                return None;
                            }
                            let (_, len) = int_const(m, args[2].value)?;
                            let len = u64::try_from(len).ok()?;
                            if !within(len) {
                                return None;
                            }
                            if len > 0 {
                                out.accesses.push(Access {
                                    inst: i,
                                    offset,
                                    size: len,
                                    what: What::MemSet(args[1].value),
                                });
                            } else {
                                out.dead.push(i);
                            }
                        }
                        Intrinsic::Memcpy | Intrinsic::Memmove if uses == 1 && args.len() == 4 => {
                            if !not_volatile(m, args[3].value) {
                                return None;
                            }
                            let dst = args[0].value == Operand::Value(p);
                            let other = if dst { args[1].value } else { args[0].value };
                            let (_, len) = int_const(m, args[2].value)?;
                            let len = u64::try_from(len).ok()?;
                            if !within(len) {
                                return None;
                            }
                            if derives_from(body, other, root) {
                                return None;
                            }
                            if let Some(base) = underlying_alloca(body, other)
                                && is_candidate[base]
                            {
                                out.shared_copies.push(i);
                            }
                            if len > 0 {
                                out.accesses.push(Access {
                                    inst: i,
                                    offset,
                                    size: len,
                                    what: What::MemCpy(dst, other),
                                });
                            } else {
                                out.dead.push(i);
                            }
                        }
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
    }
    Some(out)
}

/// True when `op` is the constant `i1 false`.
fn not_volatile(m: &Module, op: Operand) -> bool {
    int_const(m, op).is_some_and(|(_, v)| v == 0)
}

/// The alloca a pointer is (through GEPs), if any.
fn underlying_alloca(body: &Body, mut op: Operand) -> Option<Value> {
    for _ in 0..64 {
        let Operand::Value(v) = op else { return None };
        let i = edit::def_inst(body, v)?;
        match &body.insts[i].kind {
            InstKind::Alloca { .. } => return Some(v),
            InstKind::Gep { base, .. } => op = *base,
            _ => return None,
        }
    }
    None
}

/// True when `op` is `root` or a GEP chain on it.
fn derives_from(body: &Body, op: Operand, root: Value) -> bool {
    let mut cur = op;
    for _ in 0..64 {
        let Operand::Value(v) = cur else { return false };
        if v == root {
            return true;
        }
        let Some(i) = edit::def_inst(body, v) else {
            return false;
        };
        match &body.insts[i].kind {
            InstKind::Gep { base, .. } => cur = *base,
            _ => return false,
        }
    }
    true
}

/// The scalar members of an aggregate type with their offsets, or `None` when there are
/// too many or one is not a scalar or vector.
fn leaves(m: &Module, dl: &DataLayout, ty: Type) -> Option<Vec<Leaf>> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    collect_leaves(m, dl, ty, 0, &mut path, &mut out)?;
    Some(out)
}

fn collect_leaves(
    m: &Module,
    dl: &DataLayout,
    ty: Type,
    offset: u64,
    path: &mut Vec<u32>,
    out: &mut Vec<Leaf>,
) -> Option<()> {
    match m.types.data(ty) {
        TypeData::Struct { .. } | TypeData::Named(_) => {
            let layout = dl.struct_layout(&m.types, ty);
            let (fields, _) = m.types.struct_fields(ty)?;
            for (k, &f) in fields.iter().enumerate() {
                path.push(k as u32);
                collect_leaves(m, dl, f, offset + layout.offsets[k], path, out)?;
                path.pop();
            }
        }
        TypeData::Array { elem, len } => {
            let esize = dl.alloc_size(&m.types, *elem);
            if *len > MAX_LEAVES as u64 {
                return None;
            }
            for k in 0..*len {
                path.push(k as u32);
                collect_leaves(m, dl, *elem, offset + k * esize, path, out)?;
                path.pop();
            }
        }
        _ if m.types.is_scalar(ty) || m.types.is_vector(ty) => {
            if out.len() >= MAX_LEAVES {
                return None;
            }
            out.push(Leaf {
                offset,
                ty,
                path: path.clone(),
            });
        }
        _ => return None,
    }
    Some(())
}

/// The byte ranges and types of the loads and stores of an access list (aggregate ones
/// by member).
fn typed_ranges(m: &Module, dl: &DataLayout, accesses: &[Access]) -> Vec<(u64, u64, Type)> {
    let mut out = Vec::new();
    for a in accesses {
        match &a.what {
            What::Load(t) | What::Store(t, _) => out.push((a.offset, a.offset + a.size, *t)),
            What::LoadAgg(_, ls) | What::StoreAgg(_, ls) => {
                for l in ls {
                    let s = a.offset + l.offset;
                    out.push((s, s + dl.store_size(&m.types, l.ty), l.ty));
                }
            }
            What::MemSet(_) | What::MemCpy(..) => {}
        }
    }
    out
}

/// Cuts the alloca into tiles (see the module doc).
fn make_tiles(
    m: &mut Module,
    dl: &DataLayout,
    accesses: &[Access],
    size: u64,
) -> Option<Vec<Tile>> {
    let mut ranges = typed_ranges(m, dl, accesses);
    ranges.retain(|r| r.1 > r.0);
    ranges.sort_by_key(|r| (r.0, r.1));
    // Clusters of overlapping typed ranges.
    let mut clusters: Vec<(u64, u64)> = Vec::new();
    for &(s, e, _) in &ranges {
        match clusters.last_mut() {
            Some(c) if s < c.1 => c.1 = c.1.max(e),
            _ => clusters.push((s, e)),
        }
    }
    // Boundaries: every typed endpoint, and bulk endpoints inside clusters.
    let mut cuts: Vec<u64> = ranges.iter().flat_map(|r| [r.0, r.1]).collect();
    for a in accesses {
        if matches!(a.what, What::MemSet(_) | What::MemCpy(..)) {
            for point in [a.offset, a.offset + a.size] {
                if clusters.iter().any(|&(s, e)| s < point && point < e) {
                    cuts.push(point);
                }
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut tiles: Vec<Tile> = Vec::new();
    for &(cs, ce) in &clusters {
        let inner: Vec<u64> = cuts
            .iter()
            .copied()
            .filter(|&c| c >= cs && c <= ce)
            .collect();
        for w in inner.windows(2) {
            let (s, e) = (w[0], w[1]);
            let exact = ranges.iter().find(|r| r.0 == s && r.1 == e).map(|r| r.2);
            let kind = match exact {
                Some(t) => TileKind::Typed(t),
                // Only reached by wider accesses: an integer of its width.
                None if e - s <= 16 => TileKind::Typed(int_of(m, e - s)),
                None => return None,
            };
            tiles.push(Tile {
                start: s,
                end: e,
                kind,
                alloca: None,
            });
            if tiles.len() > MAX_TILES {
                return None;
            }
        }
    }
    // Bytes reached only by memset/memcpy: maximal runs outside the clusters.
    let mut bulk: Vec<(u64, u64)> = accesses
        .iter()
        .filter(|a| matches!(a.what, What::MemSet(_) | What::MemCpy(..)))
        .map(|a| (a.offset, a.offset + a.size))
        .collect();
    bulk.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::new();
    for (s, e) in bulk {
        match merged.last_mut() {
            Some(r) if s <= r.1 => r.1 = r.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let gap = |m: &mut Module, start: u64, end: u64| {
        let kind = match end - start {
            len @ (1 | 2 | 4 | 8) => TileKind::Typed(int_of(m, len)),
            _ => TileKind::Bytes,
        };
        Tile {
            start,
            end,
            kind,
            alloca: None,
        }
    };
    for (s, e) in merged {
        let mut at = s;
        for &(cs, ce) in &clusters {
            if ce <= at || cs >= e {
                continue;
            }
            if cs > at {
                tiles.push(gap(m, at, cs));
            }
            at = at.max(ce);
        }
        if at < e {
            tiles.push(gap(m, at, e));
        }
    }
    tiles.sort_by_key(|t| t.start);
    if tiles.len() > MAX_TILES || tiles.last().is_some_and(|t| t.end > size) {
        return None;
    }
    Some(tiles)
}

/// Marks byte tiles nothing reads (no load, no copy out of them) as dropped: writes to
/// them (memset, copies in) are simply not made.
fn drop_unread(accesses: &[Access], tiles: &mut [Tile]) {
    for t in tiles.iter_mut() {
        if t.kind != TileKind::Bytes {
            continue;
        }
        let read = accesses.iter().any(|a| {
            let overlaps = a.offset < t.end && t.start < a.offset + a.size;
            overlaps
                && matches!(
                    a.what,
                    What::Load(_) | What::LoadAgg(..) | What::MemCpy(false, _)
                )
        });
        if !read {
            t.kind = TileKind::Dropped;
        }
    }
}

/// Index of the tile starting at `start`, and of the one ending at `end` (inclusive).
fn tile_span(tiles: &[Tile], start: u64, end: u64) -> Option<(usize, usize)> {
    let first = tiles.binary_search_by_key(&start, |t| t.start).ok()?;
    let mut last = first;
    while tiles[last].end < end {
        last += 1;
        if last >= tiles.len() || tiles[last].start != tiles[last - 1].end {
            return None;
        }
    }
    (tiles[last].end == end).then_some((first, last))
}

/// True when a value of `ty` can be assembled from tiles `span` (or split into them).
fn composable(m: &Module, dl: &DataLayout, tiles: &[Tile], span: (usize, usize), ty: Type) -> bool {
    if span.0 == span.1 {
        return true;
    }
    let parts = &tiles[span.0..=span.1];
    // A vector whose lanes are the tiles.
    if let TypeData::Vector { elem, len } = *m.types.data(ty)
        && parts.len() == len as usize
        && parts.iter().all(|t| t.kind == TileKind::Typed(elem))
    {
        return true;
    }
    let total = dl.store_size(&m.types, ty);
    let whole = match m.types.data(ty) {
        TypeData::Int(bits) => *bits <= 128 && u64::from(*bits) == total * 8,
        TypeData::Float | TypeData::Double => true,
        TypeData::Vector { elem, .. } => {
            total <= 16 && (m.types.is_int(*elem) || *elem == Type::F32 || *elem == Type::F64)
        }
        _ => false,
    };
    whole && parts.iter().all(|t| tile_as_int_ok(m, dl, t))
}

/// True when a tile's value converts to the integer of its bytes and back.
fn tile_as_int_ok(m: &Module, dl: &DataLayout, t: &Tile) -> bool {
    let len = t.end - t.start;
    match t.kind {
        TileKind::Bytes => len <= 16,
        TileKind::Dropped => false,
        TileKind::Typed(ty) => match m.types.data(ty) {
            TypeData::Int(bits) => u64::from(*bits) == len * 8,
            TypeData::Float | TypeData::Double => dl.store_size(&m.types, ty) == len,
            _ => false,
        },
    }
}

/// True when every access can be rewritten onto the tiles.
fn accesses_fit(m: &Module, dl: &DataLayout, accesses: &[Access], tiles: &[Tile]) -> bool {
    for a in accesses {
        let ok = match &a.what {
            What::Load(t) | What::Store(t, _) => tile_span(tiles, a.offset, a.offset + a.size)
                .is_some_and(|span| composable(m, dl, tiles, span, *t)),
            What::LoadAgg(_, ls) | What::StoreAgg(_, ls) => ls.iter().all(|l| {
                let s = a.offset + l.offset;
                tile_span(tiles, s, s + dl.store_size(&m.types, l.ty))
                    .is_some_and(|span| composable(m, dl, tiles, span, l.ty))
            }),
            What::MemSet(_) | What::MemCpy(..) => true,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// Collects the rewrite of every split alloca, applied to the blocks once at the end.
struct Rewriter {
    /// New instructions to place before an existing one.
    before: SecondaryMap<Inst, Vec<Inst>>,
    dead: SecondaryMap<Inst, bool>,
    repl: Replacements,
}

/// Appends new instructions before `at`.
struct Emit<'r> {
    body: &'r mut Body,
    block: Block,
    loc: SrcLoc,
    /// The source location of the access being replaced, given to its replacements.
    dbg: Option<DebugLoc>,
    out: &'r mut Vec<Inst>,
}

impl Emit<'_> {
    fn ins(&mut self, kind: InstKind, ty: Type) -> Operand {
        let (i, v) = edit::new_inst(self.body, kind, Some(ty), self.block, self.loc);
        self.body.insts[i].dbg = self.dbg;
        self.out.push(i);
        v.map_or(Operand::Const(Const::from_u32(0)), Operand::Value)
    }
    fn effect(&mut self, kind: InstKind) {
        let (i, _) = edit::new_inst(self.body, kind, None, self.block, self.loc);
        self.body.insts[i].dbg = self.dbg;
        self.out.push(i);
    }
    fn load(&mut self, ty: Type, ptr: Operand, align: u32) -> Operand {
        self.ins(
            InstKind::Load {
                ptr,
                align,
                volatile: false,
            },
            ty,
        )
    }
    fn store(&mut self, value: Operand, ptr: Operand, align: u32) {
        self.effect(InstKind::Store {
            value,
            ptr,
            align,
            volatile: false,
        });
    }
    fn cast(&mut self, op: CastOp, value: Operand, to: Type) -> Operand {
        self.ins(
            InstKind::Cast {
                op,
                flags: ArithFlags::default(),
                value,
            },
            to,
        )
    }
    fn binary(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, ty: Type) -> Operand {
        self.ins(
            InstKind::Binary {
                op,
                flags: ArithFlags::default(),
                lhs,
                rhs,
            },
            ty,
        )
    }
    /// `ptr + offset` as an `i8` GEP (the pointer itself for 0).
    fn offset(&mut self, m: &mut Module, ptr: Operand, offset: u64) -> Operand {
        if offset == 0 {
            return ptr;
        }
        let idx = Operand::Const(m.const_i64(offset as i64));
        self.ins(
            InstKind::Gep {
                source_ty: Type::I8,
                base: ptr,
                indices: Box::new([idx]),
                inbounds: false,
            },
            Type::PTR,
        )
    }
}

impl Rewriter {
    #[allow(
        clippy::too_many_arguments,
        reason = "one call per split alloca with everything it was planned with"
    )]
    fn split(
        &mut self,
        m: &mut Module,
        dl: &DataLayout,
        body: &mut Body,
        alloca: Inst,
        align: u32,
        analysis: Analysis,
        mut tiles: Vec<Tile>,
    ) {
        let block = body.insts[alloca].block;
        let loc = body.insts[alloca].loc;
        let base_align = if align == 0 { 1 } else { u64::from(align) };
        let one = Operand::Const(m.const_i32(1));
        let mut new_allocas = Vec::new();
        for t in tiles.iter_mut() {
            if t.kind == TileKind::Dropped {
                continue;
            }
            let ty = tile_type(m, t);
            let at = if t.start == 0 {
                base_align
            } else {
                base_align.min(1 << t.start.trailing_zeros())
            };
            let at = at.max(dl.abi_align(&m.types, ty).min(16)).min(1 << 30) as u32;
            let (i, v) = edit::new_inst(
                body,
                InstKind::Alloca {
                    ty,
                    count: one,
                    align: at,
                },
                Some(Type::PTR),
                block,
                loc,
            );
            new_allocas.push(i);
            t.alloca = v;
        }
        self.before[alloca].extend(new_allocas);
        self.dead[alloca] = true;
        for i in analysis.dead {
            self.dead[i] = true;
        }
        for a in analysis.accesses {
            let mut out = Vec::new();
            let at = a.inst;
            let mut e = Emit {
                block: body.insts[at].block,
                loc: body.insts[at].loc,
                dbg: body.insts[at].dbg,
                body,
                out: &mut out,
            };
            self.access(m, dl, &mut e, &a, &tiles);
            self.before[at].extend(out);
            self.dead[at] = true;
        }
    }

    fn access(
        &mut self,
        m: &mut Module,
        dl: &DataLayout,
        e: &mut Emit,
        a: &Access,
        tiles: &[Tile],
    ) {
        match &a.what {
            What::Load(ty) => {
                let v = load_span(m, dl, e, tiles, a.offset, *ty);
                let r = e.body.insts[a.inst].result.expect("load result");
                self.repl.replace(r, v);
            }
            What::Store(ty, value) => {
                let value = self.repl.resolve(*value);
                store_span(m, dl, e, tiles, a.offset, *ty, value);
            }
            What::LoadAgg(ty, ls) => {
                let mut agg = edit::undef(m, *ty);
                for l in ls {
                    let v = load_span(m, dl, e, tiles, a.offset + l.offset, l.ty);
                    agg = e.ins(
                        InstKind::InsertValue {
                            agg,
                            elt: v,
                            indices: l.path.clone().into(),
                        },
                        *ty,
                    );
                }
                let r = e.body.insts[a.inst].result.expect("load result");
                self.repl.replace(r, agg);
            }
            What::StoreAgg(value, ls) => {
                let value = self.repl.resolve(*value);
                for l in ls {
                    let v = e.ins(
                        InstKind::ExtractValue {
                            agg: value,
                            indices: l.path.clone().into(),
                        },
                        l.ty,
                    );
                    store_span(m, dl, e, tiles, a.offset + l.offset, l.ty, v);
                }
            }
            What::MemSet(byte) => {
                let byte = self.repl.resolve(*byte);
                let original = e.body.insts[a.inst].kind.clone();
                for t in tiles {
                    let (s, end) = (t.start.max(a.offset), t.end.min(a.offset + a.size));
                    if s >= end || t.kind == TileKind::Dropped {
                        continue;
                    }
                    let ptr = Operand::Value(t.alloca.expect("tile alloca"));
                    let whole = s == t.start && end == t.end;
                    if whole
                        && let TileKind::Typed(ty) = t.kind
                        && let Some(v) = splat(m, dl, ty, byte)
                    {
                        e.store(v, ptr, 1);
                        continue;
                    }
                    let p = e.offset(m, ptr, s - t.start);
                    let len = Operand::Const(m.const_i64((end - s) as i64));
                    e.effect(mem_call(&original, p, byte, len));
                }
            }
            What::MemCpy(to_alloca, other) => {
                let other = self.repl.resolve(*other);
                let original = e.body.insts[a.inst].kind.clone();
                for t in tiles {
                    let (s, end) = (t.start.max(a.offset), t.end.min(a.offset + a.size));
                    // A dropped tile is never copied out of (it would not be dropped).
                    if s >= end || t.kind == TileKind::Dropped {
                        continue;
                    }
                    let ptr = Operand::Value(t.alloca.expect("tile alloca"));
                    let there = e.offset(m, other, s - a.offset);
                    let whole = s == t.start && end == t.end;
                    if whole && let TileKind::Typed(ty) = t.kind {
                        if *to_alloca {
                            let v = e.load(ty, there, 1);
                            e.store(v, ptr, 0);
                        } else {
                            let v = e.load(ty, ptr, 0);
                            e.store(v, there, 1);
                        }
                        continue;
                    }
                    let here = e.offset(m, ptr, s - t.start);
                    let len = Operand::Const(m.const_i64((end - s) as i64));
                    let (dst, src) = if *to_alloca {
                        (here, there)
                    } else {
                        (there, here)
                    };
                    e.effect(mem_call(&original, dst, src, len));
                }
            }
        }
    }

    /// Places the new instructions and drops the old ones, one sweep per block.
    fn finish(self, body: &mut Body) {
        for k in 0..body.layout.len() {
            let b = body.layout[k];
            let old = std::mem::take(&mut body.blocks[b].insts);
            let mut insts = Vec::with_capacity(old.len());
            for i in old {
                insts.extend(self.before[i].iter().copied());
                if !self.dead[i] {
                    insts.push(i);
                }
            }
            body.blocks[b].insts = insts;
        }
        self.repl.apply(body);
    }
}

/// The type of a tile's alloca.
fn tile_type(m: &mut Module, t: &Tile) -> Type {
    match t.kind {
        TileKind::Typed(ty) => ty,
        TileKind::Bytes | TileKind::Dropped => m.types.array(Type::I8, t.end - t.start),
    }
}

/// A copy of memory intrinsic call `original` with new pointer/value and length operands.
fn mem_call(original: &InstKind, first: Operand, second: Operand, len: Operand) -> InstKind {
    let InstKind::Call {
        callee,
        fn_ty,
        args,
        ret_attrs,
        ..
    } = original
    else {
        unreachable!("a memory intrinsic call")
    };
    let arg = |value| CallArg {
        value,
        attrs: ParamAttrs::default(),
    };
    InstKind::Call {
        callee: *callee,
        fn_ty: *fn_ty,
        args: Box::new([arg(first), arg(second), arg(len), args[3].clone()]),
        ret_attrs: ret_attrs.clone(),
        tail: TailKind::None,
    }
}

/// The value of `ty` whose every byte is `byte`, when it can be written as a constant.
fn splat(m: &mut Module, dl: &DataLayout, ty: Type, byte: Operand) -> Option<Operand> {
    let (_, b) = int_const(m, byte)?;
    let b = b as u8;
    let size = dl.store_size(&m.types, ty);
    let repeated =
        |n: u64| -> u128 { (0..n.min(16)).fold(0u128, |acc, _| (acc << 8) | u128::from(b)) };
    match m.types.data(ty).clone() {
        TypeData::Int(bits) if bits <= 128 => {
            Some(Operand::Const(m.const_int(ty, repeated(size) & mask(bits))))
        }
        TypeData::Float | TypeData::Double => {
            let raw = repeated(size);
            let v = if ty == Type::F32 {
                f64::from(f32::from_bits(raw as u32))
            } else {
                f64::from_bits(raw as u64)
            };
            (!v.is_nan()).then(|| Operand::Const(m.constant(ty, ConstKind::Float(v.to_bits()))))
        }
        TypeData::Ptr(_) if b == 0 => Some(Operand::Const(m.const_null())),
        _ if b == 0 && m.types.is_vector(ty) => {
            Some(Operand::Const(m.constant(ty, ConstKind::Zero)))
        }
        _ => None,
    }
}

/// The integer type of `bytes` bytes.
fn int_of(m: &mut Module, bytes: u64) -> Type {
    m.types.int((bytes * 8) as u32)
}

/// Loads a value of `ty` at byte `offset` from the tiles (one tile directly, several
/// assembled).
fn load_span(
    m: &mut Module,
    dl: &DataLayout,
    e: &mut Emit,
    tiles: &[Tile],
    offset: u64,
    ty: Type,
) -> Operand {
    let size = dl.store_size(&m.types, ty);
    let (first, last) = tile_span(tiles, offset, offset + size).expect("checked by accesses_fit");
    if first == last {
        let t = &tiles[first];
        return e.load(ty, Operand::Value(t.alloca.expect("tile alloca")), 0);
    }
    let parts = &tiles[first..=last];
    if let TypeData::Vector { elem, len } = *m.types.data(ty)
        && parts.len() == len as usize
        && parts.iter().all(|t| t.kind == TileKind::Typed(elem))
    {
        let mut vec = edit::undef(m, ty);
        for (k, t) in parts.iter().enumerate() {
            let lane = e.load(elem, Operand::Value(t.alloca.expect("tile alloca")), 0);
            let index = Operand::Const(m.const_i32(k as i32));
            vec = e.ins(
                InstKind::InsertElement {
                    vec,
                    elt: lane,
                    index,
                },
                ty,
            );
        }
        return vec;
    }
    let wide = int_of(m, size);
    let mut acc: Option<Operand> = None;
    for t in parts {
        let len = t.end - t.start;
        let piece_ty = int_of(m, len);
        let ptr = Operand::Value(t.alloca.expect("tile alloca"));
        let piece = match t.kind {
            TileKind::Typed(tt) if !m.types.is_int(tt) => {
                let v = e.load(tt, ptr, 0);
                e.cast(CastOp::BitCast, v, piece_ty)
            }
            _ => e.load(piece_ty, ptr, 0),
        };
        let mut piece = e.cast(CastOp::ZExt, piece, wide);
        let shift = (t.start - offset) * 8;
        if shift > 0 {
            let amount = Operand::Const(m.const_int(wide, u128::from(shift)));
            piece = e.binary(BinaryOp::Shl, piece, amount, wide);
        }
        acc = Some(match acc {
            None => piece,
            Some(prev) => e.binary(BinaryOp::Or, prev, piece, wide),
        });
    }
    let acc = acc.expect("at least two tiles");
    if wide == ty {
        acc
    } else {
        e.cast(CastOp::BitCast, acc, ty)
    }
}

/// Stores `value` of `ty` at byte `offset` into the tiles.
#[allow(
    clippy::too_many_arguments,
    reason = "the emitter, the tiles, and what to store where"
)]
fn store_span(
    m: &mut Module,
    dl: &DataLayout,
    e: &mut Emit,
    tiles: &[Tile],
    offset: u64,
    ty: Type,
    value: Operand,
) {
    let size = dl.store_size(&m.types, ty);
    let (first, last) = tile_span(tiles, offset, offset + size).expect("checked by accesses_fit");
    if first == last {
        let t = &tiles[first];
        e.store(value, Operand::Value(t.alloca.expect("tile alloca")), 0);
        return;
    }
    let parts = &tiles[first..=last];
    if let TypeData::Vector { elem, len } = *m.types.data(ty)
        && parts.len() == len as usize
        && parts.iter().all(|t| t.kind == TileKind::Typed(elem))
    {
        for (k, t) in parts.iter().enumerate() {
            let index = Operand::Const(m.const_i32(k as i32));
            let lane = e.ins(InstKind::ExtractElement { vec: value, index }, elem);
            e.store(lane, Operand::Value(t.alloca.expect("tile alloca")), 0);
        }
        return;
    }
    let wide = int_of(m, size);
    let bits = if wide == ty {
        value
    } else {
        e.cast(CastOp::BitCast, value, wide)
    };
    for t in parts {
        let len = t.end - t.start;
        let piece_ty = int_of(m, len);
        let shift = (t.start - offset) * 8;
        let mut piece = bits;
        if shift > 0 {
            let amount = Operand::Const(m.const_int(wide, u128::from(shift)));
            piece = e.binary(BinaryOp::LShr, piece, amount, wide);
        }
        let piece = e.cast(CastOp::Trunc, piece, piece_ty);
        let ptr = Operand::Value(t.alloca.expect("tile alloca"));
        match t.kind {
            TileKind::Typed(tt) if !m.types.is_int(tt) => {
                let v = e.cast(CastOp::BitCast, piece, tt);
                e.store(v, ptr, 0);
            }
            _ => e.store(piece, ptr, 0),
        }
    }
}
