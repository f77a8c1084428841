//! Tier-0 lowering of one function for AArch64: a single pass over the blocks in layout
//! order.
//!
//! Every SSA value lives in its own frame slot below `x29` (8 bytes for scalars, kept
//! zero-extended to 64 bits — a `float` is its 32 bits zero-extended; the layout size
//! rounded to 8 for aggregates; 16 for `i128`); static allocas of the entry block are frame
//! areas whose address is `x29 - k`. Instructions load operands into scratch registers
//! (`x9`–`x15`, `v16`–`v18`), compute, and store the result once. An `icmp` whose only use
//! is the branch right after it becomes `cmp` + `b.cond`; phis are parallel copies on each
//! edge.
//!
//! Frame: `stp x29, x30, [sp, #-16]!; mov x29, sp; sub sp, sp, #frame` (the size patched
//! once known); incoming stack arguments are at `x29 + 16`; variadic functions spill
//! `x0`–`x7` (64 bytes) and `q0`–`q7` (128 bytes) for `va_start`. `sp` stays 16-byte
//! aligned; dynamic allocas move it.
//!
//! **`returns_twice` invariant**: no value is kept in a register across a call, so when
//! `setjmp` returns a second time every value is read from its slot. A later register
//! allocator must keep values that are live across such calls in memory (or in callee-saved
//! registers that `longjmp` restores).

mod atomic;
mod general_asm;

use std::collections::HashMap;

use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, dynasm};
use jit_core::DataLayout;
use jit_core::backend::{CodegenError, OSR_SYMBOL, TIER_UP_SYMBOL};
use jit_core::ir::{
    AsmAction, AsmFence, BinaryOp, Block, Body, CallArg, CastOp, Const, ConstKind, FloatPredicate,
    FuncId, Function, GlobalRef, InlineAsm, Inst, InstKind, IntPredicate, Intrinsic, Module,
    Operand, ParamAttrs, SrcLoc, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;

use super::abi::{ArgLayout, ArgLoc, RetLoc, classify_ret, layout_args};
use super::emit::{Asm, Cond, FP, Mem, SP, X8, X9, X10, X11, X12, X13, X14, X15, X16};
use crate::blockaddr::{BlockLabels, PendingText, function_symbol};
use crate::frame0::{FrameAlloc, FrameHome64, PlanError, alloc_size, plan_results};
use crate::objbuild::SymbolTable;
use crate::tierup::{Counter, counted_blocks};
use crate::x64::consts::{CVal, bit_width, eval};

mod arith;
mod calls;
mod control;
mod quad;
mod values;

type R = Result<(), CodegenError>;

/// The load/store kind of one v-register element of `elem_size` bytes.
fn fp_mem(elem_size: u8) -> Mem {
    match elem_size {
        4 => Mem::S,
        8 => Mem::D,
        _ => Mem::Q,
    }
}

/// Where a value lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// No value (void).
    None,
    /// Stored at `[x29 + off]`.
    Slot(i64),
    /// The value is the address `x29 + off` (static alloca).
    Addr(i64),
}

/// A patch of the code once all functions are assembled.
#[derive(Clone, Debug)]
pub enum Fixup {
    /// The frame size of a prologue's `movz x16` / `movk x16` pair.
    Frame {
        /// Offset of the pair.
        at: usize,
        /// Frame size.
        size: u32,
    },
    /// A `movz`/`movk` pair setting `reg` to the distance between two labels plus an
    /// addend (32 bits, sign-extended by the instruction that follows).
    Distance {
        /// Offset of the pair.
        at: usize,
        /// The register set.
        reg: u8,
        /// The label counted positively.
        plus: DynamicLabel,
        /// The label subtracted.
        minus: DynamicLabel,
        /// Added to the distance.
        addend: i64,
    },
    /// A jump table in `.rodata`: one `i32` per entry, the target's offset from the table
    /// start (written as `Pc32` relocations against `.text`).
    Table {
        /// Offset of the table in `.rodata`.
        at: u64,
        /// Target of each entry.
        targets: Vec<DynamicLabel>,
    },
}

/// Fixups with label offsets resolved (before `finalize` consumes the assembler): code
/// patches, and jump-table entries as (`.rodata` offsets of the entry and of its table,
/// `.text` offset of the target).
pub struct ResolvedFixups(Vec<(usize, Vec<u8>)>, Vec<(u64, u64, u64)>);

impl ResolvedFixups {
    /// Resolves the labels the fixups name.
    pub fn resolve(asm: &Asm, fixups: &[Fixup]) -> Result<Self, String> {
        let off = |l: DynamicLabel| {
            asm.ops
                .labels()
                .resolve_dynamic(l)
                .map(|o| o.0)
                .map_err(|e| e.to_string())
        };
        let mut out = Vec::with_capacity(fixups.len());
        let mut entries = Vec::new();
        for f in fixups {
            match f {
                Fixup::Frame { at, size } => {
                    let lo = 0xd280_0000 | ((size & 0xffff) << 5) | u32::from(X16);
                    let hi = 0xf2a0_0000 | ((size >> 16) << 5) | u32::from(X16);
                    let mut bytes = lo.to_le_bytes().to_vec();
                    bytes.extend(hi.to_le_bytes());
                    out.push((*at, bytes));
                }
                Fixup::Distance {
                    at,
                    reg,
                    plus,
                    minus,
                    addend,
                } => {
                    let v = (off(*plus)? as i64 - off(*minus)? as i64).wrapping_add(*addend);
                    let v = i32::try_from(v)
                        .map_err(|_| "block address difference beyond 2 GiB".to_string())?
                        as u32;
                    let lo = 0xd280_0000 | ((v & 0xffff) << 5) | u32::from(*reg);
                    let hi = 0xf2a0_0000 | ((v >> 16) << 5) | u32::from(*reg);
                    let mut bytes = lo.to_le_bytes().to_vec();
                    bytes.extend(hi.to_le_bytes());
                    out.push((*at, bytes));
                }
                Fixup::Table { at, targets } => {
                    for (i, &t) in targets.iter().enumerate() {
                        entries.push((at + 4 * i as u64, *at, off(t)? as u64));
                    }
                }
            }
        }
        Ok(ResolvedFixups(out, entries))
    }

    /// Jump-table entries: (`.rodata` offsets of the entry and of its table, `.text` offset
    /// of the target).
    pub fn table_entries(&self) -> &[(u64, u64, u64)] {
        &self.1
    }

    /// Writes the patches into the code.
    pub fn apply(&self, code: &mut [u8]) {
        for (at, bytes) in &self.0 {
            code[*at..*at + bytes.len()].copy_from_slice(bytes);
        }
    }
}

#[derive(Copy, Clone, Debug)]
struct VaInfo {
    gr_area: i64,
    vr_area: i64,
    gp_used: u8,
    fp_used: u8,
    stack_bytes: u32,
}

/// Lowers functions one after another.
pub struct Lowerer<'a> {
    m: &'a Module,
    dl: &'a DataLayout,
    /// Frame-size and jump-table patches.
    pub fixups: Vec<Fixup>,
    /// End of the jump tables in `.rodata` (they start where [`Lowerer::new`] says).
    pub tables_end: u64,
    rodata: jit_core::object::SectionIndex,
    blocks: &'a BlockLabels,
    /// Relocations of block addresses in code, whose addends wait for the block offsets.
    pub block_relocs: Vec<PendingText>,
    counters: Option<SymbolIndex>,
    /// The next function lowered may be left for optimized code at its loop headers (see
    /// [`crate::tierup::osr_eligible`]); counting only.
    pub osr: bool,
    /// The exception tables of the function just lowered, when it has invokes.
    pub eh: Option<crate::unwind::FunctionEh>,
}

impl<'a> Lowerer<'a> {
    /// A lowerer for module `m`; jump tables go to `.rodata` (section `rodata` of the
    /// object) from offset `tables_start` on; `blocks` labels the blocks whose address the
    /// module takes; with `counters` (the tier-up counter array, see [`crate::tierup`])
    /// every function counts its calls and loop iterations.
    pub fn new(
        m: &'a Module,
        dl: &'a DataLayout,
        rodata: jit_core::object::SectionIndex,
        tables_start: u64,
        blocks: &'a BlockLabels,
        counters: Option<SymbolIndex>,
    ) -> Self {
        Lowerer {
            m,
            dl,
            fixups: Vec::new(),
            tables_end: tables_start,
            rodata,
            blocks,
            block_relocs: Vec::new(),
            counters,
            osr: false,
            eh: None,
        }
    }

    /// Lowers function `f` at the end of `asm`.
    pub fn lower_function(&mut self, asm: &mut Asm, syms: &mut SymbolTable, f: FuncId) -> R {
        let m = self.m;
        let func = &m.functions[f];
        let body = func.body.as_ref().expect("defined function");
        let mut fl = FnLower {
            m,
            dl: self.dl,
            fid: f,
            func,
            body,
            asm,
            syms,
            blocks: self.blocks,
            block_relocs: &mut self.block_relocs,
            loc: Vec::new(),
            uses: Vec::new(),
            labels: Vec::new(),
            frame: 0,
            stubs: Vec::new(),
            stub_of: HashMap::new(),
            fused: None,
            va: None,
            ret: RetLoc::Void,
            cur_loc: func.loc,
            shadows: HashMap::new(),
            fixups: &mut self.fixups,
            tables_end: &mut self.tables_end,
            rodata: self.rodata,
            counter: self.counters.map(|a| Counter::of(a, f)),
            osr: self.osr && self.counters.is_some(),
            tier_up_stubs: Vec::new(),
            eh: None,
            landings: Vec::new(),
            last_call: None,
        };
        let at = fl.run()?;
        self.eh = fl.eh.take();
        let size = fl.frame.next_multiple_of(16);
        self.fixups.push(Fixup::Frame { at, size });
        Ok(())
    }
}

/// Tier 0's frame of a function before its code: the home of every value (see the module
/// doc), the variadic register save areas, the argument layout and the bytes allocated.
/// The backend's `tier0_frame` reads the homes from here too, so they are the ones the code
/// uses.
pub(crate) struct FramePlan {
    loc: Vec<Loc>,
    va_areas: Option<(i64, i64)>,
    params: ArgLayout,
    size: u32,
}

impl FramePlan {
    /// Where each value lives, as the engine's OSR sees it.
    pub(crate) fn homes(&self) -> Vec<jit_core::backend::FrameHome> {
        crate::frame0::engine_homes(&self.loc, |l| match *l {
            Loc::None => None,
            Loc::Slot(o) => Some(FrameHome64::Slot(o)),
            Loc::Addr(o) => Some(FrameHome64::Addr(o)),
        })
    }
}

/// Plans the frame of `func` (see [`FramePlan`]), reusing `loc`'s buffer.
pub(crate) fn plan_frame(
    m: &Module,
    dl: &DataLayout,
    func: &Function,
    body: &Body,
    mut loc: Vec<Loc>,
) -> Result<FramePlan, PlanError> {
    let Some((_, param_tys, varargs)) = m.types.function_sig(func.ty) else {
        return Err(PlanError::Abi("function type".into()));
    };
    let mut frame = FrameAlloc::default();
    let in_one_register = |ty: Type| match m.types.data(ty) {
        TypeData::Int(b) => *b <= 128,
        TypeData::Float | TypeData::Double | TypeData::Ptr(_) => true,
        _ => false,
    };
    loc.clear();
    loc.resize(body.values.len(), Loc::None);
    let va_areas = if varargs {
        Some((frame.alloc(64, 16)?, frame.alloc(128, 16)?))
    } else {
        None
    };
    let mut attrs = func.param_attrs.iter().map(Some);
    let params = layout_args(m, dl, param_tys, &mut attrs).map_err(PlanError::Abi)?;
    for (i, &p) in func.params.iter().enumerate() {
        let ty = body.values[p].ty;
        loc[p.as_u32() as usize] = match params.locs.get(i) {
            // Stack arguments in memory form (not one register's worth) stay where the
            // caller put them.
            Some(ArgLoc::Stack { off, .. }) if !in_one_register(ty) => {
                Loc::Slot(16 + i64::from(*off))
            }
            Some(ArgLoc::Byval { off, .. }) => Loc::Addr(16 + i64::from(*off)),
            _ => Loc::Slot(frame.alloc(alloc_size(m, dl, ty).max(8), 16)?),
        };
    }
    plan_results(m, dl, body, &mut frame, true, |v, h| {
        loc[v.as_u32() as usize] = match h {
            FrameHome64::Slot(o) => Loc::Slot(o),
            FrameHome64::Addr(o) => Loc::Addr(o),
        };
    })?;
    Ok(FramePlan {
        loc,
        va_areas,
        params,
        size: frame.size,
    })
}

struct FnLower<'a, 'b> {
    m: &'a Module,
    dl: &'a DataLayout,
    fid: FuncId,
    func: &'a Function,
    body: &'a Body,
    asm: &'b mut Asm,
    syms: &'b mut SymbolTable,
    blocks: &'a BlockLabels,
    block_relocs: &'b mut Vec<PendingText>,
    loc: Vec<Loc>,
    uses: Vec<u32>,
    labels: Vec<DynamicLabel>,
    frame: u32,
    stubs: Vec<(DynamicLabel, Block, Block)>,
    /// Stubs of the current terminator by target block.
    stub_of: HashMap<Block, DynamicLabel>,
    fused: Option<(Value, Cond)>,
    va: Option<VaInfo>,
    ret: RetLoc,
    cur_loc: SrcLoc,
    /// Temporary slots for parallel phi copies, per phi value.
    shadows: HashMap<Value, i64>,
    fixups: &'b mut Vec<Fixup>,
    tables_end: &'b mut u64,
    rodata: jit_core::object::SectionIndex,
    /// This function's tier-up counter, when counting.
    counter: Option<Counter>,
    /// Loop headers call [`OSR_SYMBOL`] (see [`crate::tierup::osr_eligible`]).
    osr: bool,
    /// (stub, return point, block passed to [`OSR_SYMBOL`]) of each counter check, for
    /// `emit_tier_up_stubs`.
    tier_up_stubs: Vec<(DynamicLabel, DynamicLabel, Option<u32>)>,
    /// Exception tables, for a function with landing pads.
    eh: Option<crate::unwind::FunctionEh>,
    /// Landing pads to emit after the blocks (see [`crate::eh`]).
    landings: Vec<crate::eh::Landing>,
    /// The last call's instruction bytes and the stack bytes pushed for its arguments.
    last_call: Option<(usize, usize, u64)>,
}

/// `(min, range)` of a switch dense enough for a jump table: at least 4 cases covering at
/// least a third of a range of at most 4096 values.
fn dense(cases: &[(u128, Block)]) -> Option<(u64, u64)> {
    if cases.len() < 4 {
        return None;
    }
    let min = cases.iter().map(|c| c.0).min()?;
    let max = cases.iter().map(|c| c.0).max()?;
    let range = max.checked_sub(min)? + 1;
    (range <= 4096 && range <= 3 * cases.len() as u128 && max <= u128::from(u64::MAX))
        .then_some((min as u64, range as u64))
}

impl FnLower<'_, '_> {
    fn member_path(&self, mut ty: Type, indices: &[u32]) -> Result<(i64, Type), CodegenError> {
        let mut off = 0u64;
        for &ix in indices {
            let (o, t) = self
                .dl
                .member_offset(&self.m.types, ty, u64::from(ix))
                .ok_or_else(|| self.err("aggregate index out of range"))?;
            off += o;
            ty = t;
        }
        Ok((off as i64, ty))
    }

    fn lower_inst(&mut self, b: Block, i: Inst, following: Option<Inst>, next: Option<Block>) -> R {
        let body = self.body;
        let data = &body.insts[i];
        let res = data.result;
        match &data.kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let v = self.result(res)?;
                self.binary(*op, *lhs, *rhs, v)
            }
            InstKind::FNeg { arg, .. } => {
                let v = self.result(res)?;
                let ty = self.ty_of(*arg);
                if self.is_quad(ty) {
                    let o = self.slot(v)?;
                    return self.fneg_quad(*arg, o);
                }
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("fneg of this type"));
                }
                let f32 = self.is_f32(ty);
                self.fp(16, *arg, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fneg s16, s16);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fneg d16, d16);
                }
                let o = self.slot(v)?;
                self.st_fp(o, 16, f32);
                Ok(())
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                let v = self.result(res)?;
                let cc = self.icmp(*pred, *lhs, *rhs)?;
                if let Some(n) = following
                    && let InstKind::CondBr {
                        cond: Operand::Value(c),
                        ..
                    } = body.insts[n].kind
                    && c == v
                    && self.uses[v.as_u32() as usize] == 1
                {
                    self.fused = Some((v, cc));
                    return Ok(());
                }
                self.asm.cset(X9, cc);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let v = self.result(res)?;
                self.fcmp(*pred, *lhs, *rhs)?;
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            InstKind::Alloca { ty, count, align } => {
                let v = self.result(res)?;
                if let Loc::Addr(_) = self.loc[v.as_u32() as usize] {
                    return Ok(());
                }
                let size = self.size(*ty);
                let align = if *align == 0 {
                    self.dl.abi_align(&self.m.types, *ty)
                } else {
                    u64::from(*align)
                };
                let cbits = bit_width(self.m, self.ty_of(*count));
                self.gp(X9, *count)?;
                self.asm.sext(X9, X9, cbits.min(64));
                self.asm.imm(X10, size);
                dynasm!(self.asm.ops ; .arch aarch64
                    ; mul x9, x9, x10
                    ; add x9, x9, 15
                    ; and x9, x9, 0xffff_ffff_ffff_fff0u64
                    ; mov x10, sp
                    ; sub x10, x10, x9);
                if align > 16 {
                    self.asm.imm(X11, (align as i64).wrapping_neg() as u64);
                    dynasm!(self.asm.ops ; .arch aarch64 ; and x10, x10, x11);
                }
                self.asm.mov(SP, X10);
                let o = self.slot(v)?;
                self.asm.stx(X10, FP, o);
                Ok(())
            }
            InstKind::Load { ptr, .. } => {
                let v = self.result(res)?;
                let ty = body.values[v].ty;
                let o = self.slot(v)?;
                self.gp(X12, *ptr)?;
                self.load_mem(ty, X12, 0, o)
            }
            InstKind::Store { value, ptr, .. } => {
                let ty = self.ty_of(*value);
                self.gp(X12, *ptr)?;
                self.store_mem(*value, ty, X12, 0)
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                let v = self.result(res)?;
                self.gep(*source_ty, *base, indices, v)
            }
            InstKind::Cast { op, value, .. } => {
                let v = self.result(res)?;
                self.cast(*op, *value, v)
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                let v = self.result(res)?;
                let ty = body.values[v].ty;
                let o = self.slot(v)?;
                if self.is_word(ty) {
                    self.gp(X10, *if_true)?;
                    self.gp(X11, *if_false)?;
                    self.gp(X12, *cond)?;
                    dynasm!(self.asm.ops ; .arch aarch64 ; tst x12, 1);
                    self.asm.csel(X9, X10, X11, Cond::Ne);
                    self.asm.stx(X9, FP, o);
                } else {
                    let skip = self.asm.ops.new_dynamic_label();
                    let done = self.asm.ops.new_dynamic_label();
                    self.gp(X12, *cond)?;
                    dynasm!(self.asm.ops ; .arch aarch64 ; tst x12, 1 ; b.eq =>skip);
                    self.put_slot(*if_true, ty, o)?;
                    dynasm!(self.asm.ops ; .arch aarch64 ; b =>done ; =>skip);
                    self.put_slot(*if_false, ty, o)?;
                    dynasm!(self.asm.ops ; .arch aarch64 ; =>done);
                }
                Ok(())
            }
            InstKind::Phi { .. } => Ok(()),
            InstKind::Freeze { arg } => {
                let v = self.result(res)?;
                let ty = body.values[v].ty;
                let o = self.slot(v)?;
                self.put_slot(*arg, ty, o)
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            } => self.call(*callee, *fn_ty, args, ret_attrs, res),
            InstKind::ExtractValue { agg, indices } => {
                let v = self.result(res)?;
                let aty = self.ty_of(*agg);
                let (off, ty) = self.member_path(aty, indices)?;
                let o = self.slot(v)?;
                let src = self.in_memory(*agg, aty)?;
                self.load_mem(ty, FP, src + off, o)
            }
            InstKind::InsertValue { agg, elt, indices } => {
                let v = self.result(res)?;
                let aty = body.values[v].ty;
                let (off, ty) = self.member_path(aty, indices)?;
                let o = self.slot(v)?;
                if *agg != Operand::Value(v) {
                    self.put_slot(*agg, aty, o)?;
                }
                self.store_mem(*elt, ty, FP, o + off)
            }
            // Constant lanes only: `jit-legalize` turns every other vector operation into
            // scalar code and leaves these at ABI boundaries (vector parameters, results).
            InstKind::ExtractElement { vec, index } if self.const_int(*index).is_some() => {
                let v = self.result(res)?;
                let ety = body.values[v].ty;
                let o = self.slot(v)?;
                let ix = self.const_int(*index).expect("checked");
                let vty = self.ty_of(*vec);
                let (lanes, lane_size) = self.lane_shape(vty, ety)?;
                if ix >= lanes {
                    // Out-of-range lane: the result is poison.
                    self.asm.zero(FP, o, self.size(ety).max(8));
                    return Ok(());
                }
                let src = self.in_memory(*vec, vty)?;
                self.load_mem(ety, FP, src + (ix * lane_size) as i64, o)
            }
            InstKind::InsertElement { vec, elt, index } if self.const_int(*index).is_some() => {
                let v = self.result(res)?;
                let vty = body.values[v].ty;
                let ety = self.ty_of(*elt);
                let o = self.slot(v)?;
                let ix = self.const_int(*index).expect("checked");
                let (lanes, lane_size) = self.lane_shape(vty, ety)?;
                if *vec != Operand::Value(v) {
                    self.put_slot(*vec, vty, o)?;
                }
                if ix >= lanes {
                    return Ok(());
                }
                self.store_mem(*elt, ety, FP, o + (ix * lane_size) as i64)
            }
            InstKind::ExtractElement { .. }
            | InstKind::InsertElement { .. }
            | InstKind::ShuffleVector { .. } => {
                Err(self.err(format!("vector instruction `{}`", data.kind.opcode())))
            }
            InstKind::VaArg { .. } => Err(self.err("va_arg instruction")),
            InstKind::Ret { value } => self.ret(*value),
            InstKind::Br { dest } => {
                if self.has_phis(*dest) {
                    self.phi_copies(b, *dest)?;
                }
                if Some(*dest) != next {
                    let t = self.label(*dest);
                    self.asm.b(t);
                }
                Ok(())
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                let cc = match (*cond, self.fused.take()) {
                    (Operand::Value(c), Some((f, cc))) if c == f => cc,
                    (op, _) => {
                        self.gp(X9, op)?;
                        dynasm!(self.asm.ops ; .arch aarch64 ; tst x9, 1);
                        Cond::Ne
                    }
                };
                let t = self.edge(b, *then_dest);
                let e = self.edge(b, *else_dest);
                // `b.cond` reaches ±1 MiB: it only skips over an unconditional `b`
                // (±128 MiB), so block distance never limits a function.
                let no_stubs = self.stubs.is_empty();
                let e_falls = no_stubs && e == self.label(*else_dest) && Some(*else_dest) == next;
                let t_falls = no_stubs && t == self.label(*then_dest) && Some(*then_dest) == next;
                let skip = self.asm.ops.new_dynamic_label();
                if t_falls && !e_falls {
                    self.asm.bcond(cc, skip);
                    self.asm.b(e);
                } else {
                    self.asm.bcond(cc.invert(), skip);
                    self.asm.b(t);
                    if !e_falls {
                        self.asm.ops.dynamic_label(skip);
                        self.asm.b(e);
                        return self.emit_stubs();
                    }
                }
                self.asm.ops.dynamic_label(skip);
                self.emit_stubs()
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => self.switch(b, *value, *default, cases),
            InstKind::AtomicLoad { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::AtomicRmw { .. }
            | InstKind::CmpXchg { .. }
            | InstKind::Fence { .. } => self.atomic(&data.kind, res),
            InstKind::IndirectBr { addr, dests } => self.indirect_br(b, *addr, dests),
            InstKind::Invoke {
                callee,
                fn_ty,
                args,
                normal,
                unwind,
                ..
            } => self.invoke(b, (*callee, *fn_ty, args, res), *normal, *unwind, next),
            // Its value is stored by the landing stub (see `crate::eh`).
            InstKind::LandingPad { .. } => Ok(()),
            InstKind::Resume { value } => {
                let Operand::Value(v) = *value else {
                    return Err(self.err("resume of a constant"));
                };
                let o = self.slot(v)?;
                self.asm.ldx(0, FP, o);
                let resume = self.syms.external(self.m, "_Unwind_Resume");
                self.asm.bl_sym(resume);
                self.asm.word(0xd420_0020); // brk #1
                Ok(())
            }
            InstKind::Unreachable => {
                self.asm.word(0xd420_0020); // brk #1
                Ok(())
            }
        }
    }
}
