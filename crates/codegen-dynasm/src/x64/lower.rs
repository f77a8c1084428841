//! Tier-0 lowering of one function: a single pass over the blocks in layout order.
//!
//! Every SSA value lives in its own stack slot below `rbp` (8 bytes for scalars, kept
//! zero-extended to 64 bits; the layout size rounded to 8 for aggregates; 16 for `i128`);
//! static allocas are frame areas whose address is `rbp - k`. Instructions load their
//! operands into scratch registers (`rax`, `rcx`, `rdx`, `r8`–`r11`, `xmm0`/`xmm1`), compute
//! and store the result once. Constants stay immediates; an `icmp` whose only use is the
//! branch right after it becomes `cmp` + `jcc`.
//!
//! A result computed in `rax` stays there for the next instruction, whose first operand
//! load takes it from `rax` instead of the slot. The store to the slot is skipped when it
//! is needless: the value has exactly one use (counted in one pre-pass over the function),
//! that use is the next instruction of the same block, and that instruction's first
//! operand load is the value into `rax` (`FnLower::takes_from_rax` lists the kinds).
//! Values used by a phi, in another block, more than once, or by a call keep their store.
//! Lowering checks the promise: reading a value whose store was skipped from anywhere but
//! `rax` is an internal error.
//!
//! **Invariant for later tiers (`returns_twice`)**: no value is kept in a register across a
//! call, so when `setjmp` returns a second time every value is read from its slot. A
//! register allocator must keep that property for values live across such calls.

mod atomic;

use std::collections::HashMap;

use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, dynasm};
use jit_core::DataLayout;
use jit_core::backend::{CodegenError, OSR_AT_ENTRY, OSR_SYMBOL, TIER_UP_SYMBOL};
use jit_core::ir::{
    AsmAction, AsmConstraint, AsmConstraintKind, AsmFence, BinaryOp, Block, Body, CallArg, CastOp,
    Const, ConstKind, FloatPredicate, FuncId, Function, GlobalRef, InlineAsm, Inst, InstKind,
    IntPredicate, Intrinsic, Module, Operand, ParamAttrs, SrcLoc, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;

use super::abi::{ArgLayout, ArgLoc, Eightbyte, RetLoc, classify_ret, layout_args};
use super::consts::{CVal, bit_width, eval};
use super::emit::{Asm, Cc, GP_ARGS, R8, R9, R10, R11, RAX, RBP, RCX, RDI, RDX, RSI, RSP};
use crate::blockaddr::BlockLabels;
use crate::frame0::{FrameAlloc, FrameHome64, PlanError, alloc_size, plan_results};
use crate::objbuild::SymbolTable as Symbols;
use crate::tierup::{Counter, counted_blocks};

mod arith;
mod calls;
mod control;
mod general_asm;
mod quad;
mod values;
mod vecabi;
mod x87;

type R = Result<(), CodegenError>;

/// Where a value lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// No value (void).
    None,
    /// Stored at `[rbp + off]`.
    Slot(i32),
    /// The value is the address `rbp + off` (static alloca, byval parameter).
    Addr(i32),
}

/// A patch applied to `.text` once labels are resolved.
#[derive(Clone, Debug)]
pub enum Fixup {
    /// The imm32 of the prologue's `sub rsp, imm32`.
    Frame {
        /// Offset of the imm32.
        at: usize,
        /// Frame size.
        size: u32,
    },
    /// The imm32 of a `mov r64, imm32`: the distance between two labels plus an addend.
    Distance {
        /// Offset of the imm32.
        at: usize,
        /// The label counted positively.
        plus: DynamicLabel,
        /// The label subtracted.
        minus: DynamicLabel,
        /// Added to the distance.
        addend: i64,
    },
    /// A jump table of `i32` offsets relative to the table start.
    Table {
        /// Offset of the table.
        at: usize,
        /// Target of each entry.
        targets: Vec<DynamicLabel>,
    },
}

/// Resolved fixups, applied to the finished code.
pub struct ResolvedFixups(Vec<(usize, Vec<u8>)>);

impl ResolvedFixups {
    /// Resolves label offsets (before `finalize` consumes the assembler).
    pub fn resolve(asm: &Asm, fixups: &[Fixup]) -> Result<Self, String> {
        let mut out = Vec::with_capacity(fixups.len());
        for f in fixups {
            match f {
                Fixup::Frame { at, size } => out.push((*at, size.to_le_bytes().to_vec())),
                Fixup::Distance {
                    at,
                    plus,
                    minus,
                    addend,
                } => {
                    let labels = asm.ops.labels();
                    let p = labels.resolve_dynamic(*plus).map_err(|e| e.to_string())?;
                    let q = labels.resolve_dynamic(*minus).map_err(|e| e.to_string())?;
                    let v = (p.0 as i64 - q.0 as i64).wrapping_add(*addend);
                    let v = i32::try_from(v)
                        .map_err(|_| "block address difference beyond 2 GiB".to_string())?;
                    out.push((*at, v.to_le_bytes().to_vec()));
                }
                Fixup::Table { at, targets } => {
                    let mut bytes = Vec::with_capacity(targets.len() * 4);
                    for &t in targets {
                        let off = asm
                            .ops
                            .labels()
                            .resolve_dynamic(t)
                            .map_err(|e| e.to_string())?;
                        bytes.extend((off.0 as i64 - *at as i64).to_le_bytes()[..4].iter());
                    }
                    out.push((*at, bytes));
                }
            }
        }
        Ok(ResolvedFixups(out))
    }

    /// Writes the patches into the code.
    pub fn apply(&self, code: &mut [u8]) {
        for (at, bytes) in &self.0 {
            code[*at..*at + bytes.len()].copy_from_slice(bytes);
        }
    }
}

/// Variadic-function frame facts for `llvm.va_start`.
#[derive(Copy, Clone, Debug)]
struct VaInfo {
    save_area: i32,
    gp_used: u8,
    xmm_used: u8,
    stack_bytes: u32,
}

/// Lowers functions one after another, reusing its buffers.
pub struct Lowerer<'a> {
    m: &'a Module,
    dl: &'a DataLayout,
    loc: Vec<Loc>,
    uses: Vec<u32>,
    labels: Vec<DynamicLabel>,
    blocks: &'a BlockLabels,
    counters: Option<SymbolIndex>,
    /// Patches to apply after assembly.
    pub fixups: Vec<Fixup>,
    /// The next function lowered may be left for optimized code at its loop headers (see
    /// [`crate::tierup::osr_eligible`]); counting only.
    pub osr: bool,
    /// The exception tables of the function just lowered, when it has invokes.
    pub eh: Option<crate::unwind::FunctionEh>,
}

impl<'a> Lowerer<'a> {
    /// A lowerer for module `m`.
    /// `blocks` labels the blocks whose address the module takes; with `counters` (the
    /// tier-up counter array, see [`crate::tierup`]) every function counts its calls and
    /// loop iterations.
    pub fn new(
        m: &'a Module,
        dl: &'a DataLayout,
        blocks: &'a BlockLabels,
        counters: Option<SymbolIndex>,
    ) -> Self {
        Lowerer {
            m,
            dl,
            loc: Vec::new(),
            uses: Vec::new(),
            labels: Vec::new(),
            blocks,
            counters,
            fixups: Vec::new(),
            osr: false,
            eh: None,
        }
    }

    /// Lowers function `f` at the end of `asm`.
    pub fn lower_function(&mut self, asm: &mut Asm, syms: &mut Symbols, f: FuncId) -> R {
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
            loc: std::mem::take(&mut self.loc),
            uses: std::mem::take(&mut self.uses),
            labels: std::mem::take(&mut self.labels),
            fixups: &mut self.fixups,
            frame: 0,
            stubs: Vec::new(),
            stub_of: HashMap::new(),
            phi_maps: HashMap::new(),
            fused: None,
            va: None,
            ret: RetLoc::Void,
            cur_loc: func.loc,
            pending_rax: None,
            rax_cache: None,
            following: None,
            unstored: None,
            taken: None,
            inst_start: 0,
            counter: self.counters.map(|a| Counter::of(a, f)),
            osr: self.osr && self.counters.is_some(),
            tier_up_stubs: Vec::new(),
            eh: None,
            landings: Vec::new(),
            last_call: None,
        };
        let r = fl.run();
        self.eh = fl.eh.take();
        self.loc = fl.loc;
        self.uses = fl.uses;
        self.labels = fl.labels;
        r
    }
}

/// Tier 0's frame of a function before its code: the home of every value (see the module
/// doc), the variadic register save area, the argument layout and the bytes allocated.
/// [`crate::x64::X64Backend`]'s `tier0_frame` reads the homes from here too, so they are the
/// ones the code uses.
pub(crate) struct FramePlan {
    loc: Vec<Loc>,
    va_save: Option<i32>,
    params: ArgLayout,
    size: u32,
}

impl FramePlan {
    /// Where each value lives, as the engine's OSR sees it.
    pub(crate) fn homes(&self) -> Vec<jit_core::backend::FrameHome> {
        crate::frame0::engine_homes(&self.loc, |l| match *l {
            Loc::None => None,
            Loc::Slot(o) => Some(FrameHome64::Slot(i64::from(o))),
            Loc::Addr(o) => Some(FrameHome64::Addr(i64::from(o))),
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
    loc.clear();
    loc.resize(body.values.len(), Loc::None);
    // Variadic register save area, parameters, values, static allocas.
    let va_save = if varargs {
        Some(frame.alloc(176, 16)? as i32)
    } else {
        None
    };
    let mut attrs = func.param_attrs.iter().map(Some);
    let params = layout_args(m, dl, param_tys, &mut attrs).map_err(PlanError::Abi)?;
    for (i, &p) in func.params.iter().enumerate() {
        let ty = body.values[p].ty;
        loc[p.as_u32() as usize] = match params.locs[i] {
            ArgLoc::Byval { off, .. } => Loc::Addr(16 + off as i32),
            _ => Loc::Slot(frame.alloc(alloc_size(m, dl, ty).max(8), 8)? as i32),
        };
    }
    plan_results(m, dl, body, &mut frame, false, |v, h| {
        loc[v.as_u32() as usize] = match h {
            FrameHome64::Slot(o) => Loc::Slot(o as i32),
            FrameHome64::Addr(o) => Loc::Addr(o as i32),
        };
    })?;
    Ok(FramePlan {
        loc,
        va_save,
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
    syms: &'b mut Symbols,
    blocks: &'a BlockLabels,
    loc: Vec<Loc>,
    uses: Vec<u32>,
    labels: Vec<DynamicLabel>,
    fixups: &'b mut Vec<Fixup>,
    frame: u32,
    stubs: Vec<(DynamicLabel, Block, Block)>,
    stub_of: HashMap<Block, DynamicLabel>,
    phi_maps: HashMap<Inst, HashMap<Block, Operand>>,
    fused: Option<(Value, Cc)>,
    va: Option<VaInfo>,
    ret: RetLoc,
    cur_loc: SrcLoc,
    /// The value the previous instruction left in `rax` (and in its slot).
    pending_rax: Option<Value>,
    /// Valid until the first operand load of the current instruction.
    rax_cache: Option<Value>,
    /// The instruction after the one being lowered, in the same block.
    following: Option<Inst>,
    /// A value left in `rax` whose slot store was skipped: the next instruction must take
    /// it from `rax` with its first operand load.
    unstored: Option<Value>,
    /// The skipped-store value the current instruction took from `rax`; its slot holds
    /// nothing, so any further read of it is an engine bug.
    taken: Option<Value>,
    /// Code offset where the current instruction starts.
    inst_start: usize,
    /// This function's tier-up counter, when counting.
    counter: Option<Counter>,
    /// Loop headers call [`OSR_SYMBOL`] (see [`crate::tierup::osr_eligible`]).
    osr: bool,
    /// (stub, return point, block passed to [`OSR_SYMBOL`]) of each counter check, for
    /// [`Self::emit_tier_up_stubs`].
    tier_up_stubs: Vec<(DynamicLabel, DynamicLabel, Option<u32>)>,
    /// Exception tables, for a function with landing pads.
    eh: Option<crate::unwind::FunctionEh>,
    /// Landing pads to emit after the blocks (see [`crate::eh`]).
    landings: Vec<crate::eh::Landing>,
    /// The last call's instruction bytes and the stack bytes pushed for its arguments.
    last_call: Option<(usize, usize, i32)>,
}

fn fits_i32(v: u64) -> bool {
    (v as i64) >= i32::MIN as i64 && (v as i64) <= i32::MAX as i64
}

impl<'a, 'b> FnLower<'a, 'b> {
    fn err(&self, msg: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported {
            function: self.func.name.to_string(),
            location: format!("{}:{}", super::file_of(self.m), self.cur_loc),
            message: msg.into(),
        }
    }

    /// An internal error: the lowering broke one of its own invariants.
    fn bug(&self, msg: &str) -> CodegenError {
        if cfg!(debug_assertions) {
            panic!("x64 lowering of `@{}`: {msg}", self.func.name);
        }
        self.err(format!("internal error (please report): {msg}"))
    }

    fn run(&mut self) -> R {
        let body = self.body;
        let m = self.m;
        let nvals = body.values.len();
        self.uses.clear();
        self.uses.resize(nvals, 0);
        self.labels.clear();
        for b in body.blocks.keys() {
            let l = match self.blocks.get(self.fid, b) {
                Some(l) => l,
                None => self.asm.ops.new_dynamic_label(),
            };
            self.labels.push(l);
        }
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                body.insts[i].kind.for_each_operand(|op| {
                    if let Operand::Value(v) = op {
                        self.uses[v.as_u32() as usize] += 1;
                    }
                });
            }
        }
        let (ret_ty, _, _) = m
            .types
            .function_sig(self.func.ty)
            .ok_or_else(|| self.err("function type"))?;
        self.ret = classify_ret(m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        self.eh =
            crate::eh::function_eh(m, self.dl, self.syms, self.fid).map_err(|e| self.err(e))?;

        let loc = std::mem::take(&mut self.loc);
        let plan = plan_frame(m, self.dl, self.func, body, loc)
            .map_err(|e| e.into_codegen(&self.func.name, |e| self.err(e)))?;
        let FramePlan {
            loc,
            va_save,
            params,
            size,
        } = plan;
        self.loc = loc;
        self.frame = size;
        if let Some(d) = &mut self.asm.debug {
            // Static allocas are frame areas at fixed `rbp` offsets for the whole function.
            for v in crate::debuginfo::declared_addresses(self.func) {
                if let Some(Loc::Addr(o)) = self.loc.get(v.as_u32() as usize) {
                    d.slot(v, i64::from(*o));
                }
            }
        }

        // Prologue: rbp chain, frame (size patched at the end).
        self.asm.frame_record();
        self.asm.ops.extend([0x48, 0x81, 0xec]);
        let frame_at = self.asm.pos();
        self.asm.ops.extend([0, 0, 0, 0]);
        if let Some(save) = va_save {
            for (i, &r) in GP_ARGS.iter().enumerate() {
                self.asm.st(RBP, save + 8 * i as i32, r);
            }
            for x in 0..8u8 {
                let o = save + 48 + 16 * i32::from(x);
                dynasm!(self.asm.ops ; .arch x64 ; movdqa [rbp + o], Rx(x));
            }
            self.va = Some(VaInfo {
                save_area: save,
                gp_used: params.gp_used,
                xmm_used: params.xmm_used,
                stack_bytes: params.stack_size,
            });
        }
        for (i, &p) in self.func.params.iter().enumerate() {
            let ty = body.values[p].ty;
            let Loc::Slot(dst) = self.loc[p.as_u32() as usize] else {
                continue;
            };
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            match params.locs[i] {
                ArgLoc::Gp(r) => {
                    let r = GP_ARGS[r as usize];
                    if bits < 64 {
                        self.asm.mov(RAX, r);
                        self.asm.zext(RAX, bits);
                        self.asm.st(RBP, dst, RAX);
                    } else {
                        self.asm.st(RBP, dst, r);
                    }
                }
                ArgLoc::Gp2(r) => {
                    self.asm.st(RBP, dst, GP_ARGS[r as usize]);
                    self.asm.st(RBP, dst + 8, GP_ARGS[r as usize + 1]);
                }
                ArgLoc::Xmm(x) => {
                    let f32 = matches!(self.data(ty), TypeData::Float);
                    self.st_xmm(dst, x, f32);
                }
                ArgLoc::Xmm16 { first, n } => {
                    let size = self.size(ty);
                    self.store_xmm16(first, n, dst, size);
                }
                ArgLoc::Stack16 { off, .. } => self.param_stack16(ty, off, dst),
                ArgLoc::Stack(off) => {
                    let src = 16 + off as i32;
                    self.asm.ld(RAX, RBP, src);
                    if bits < 64 {
                        self.asm.zext(RAX, bits);
                    }
                    self.asm.st(RBP, dst, RAX);
                    if self.is_i128(ty) || self.is_x87(ty) {
                        self.asm.ld(RAX, RBP, src + 8);
                        self.asm.st(RBP, dst + 8, RAX);
                    }
                }
                ArgLoc::Byval { .. } => {}
            }
        }

        // Every argument is in the frame now: see `crate::tierup` for why counting is safe
        // here and at the top of the counted blocks.
        let counted = match self.counter {
            Some(_) => {
                let (blocks, fid) = (self.blocks, self.fid);
                self.count(self.osr.then_some(OSR_AT_ENTRY));
                counted_blocks(body, |b| blocks.get(fid, b).is_some())
            }
            None => Vec::new(),
        };
        // Source lines are recorded only for modules with debug information.
        let lines = self.asm.debug.is_some();
        for (bi, &b) in body.layout.iter().enumerate() {
            let next = body.layout.get(bi + 1).copied();
            let label = self.labels[b.as_u32() as usize];
            self.asm.ops.dynamic_label(label);
            self.pending_rax = None;
            if counted.get(b.as_u32() as usize) == Some(&true) {
                self.count(self.osr.then_some(b.as_u32()));
            }
            let insts = &body.blocks[b].insts;
            for (ii, &i) in insts.iter().enumerate() {
                self.cur_loc = body.insts[i].loc;
                if lines && let Some(d) = &mut self.asm.debug {
                    d.at(self.asm.ops.offset().0, body.insts[i].dbg);
                }
                let following = insts.get(ii + 1).copied();
                self.lower_inst(b, i, following, next)?;
            }
            self.fused = None;
        }
        if let Some(d) = &mut self.asm.debug {
            d.no_line(self.asm.ops.offset().0);
        }
        self.emit_landings()?;
        self.emit_tier_up_stubs();

        let frame = self.frame.next_multiple_of(16);
        self.fixups.push(Fixup::Frame {
            at: frame_at,
            size: frame,
        });
        Ok(())
    }

    /// An invoke: the call (its instruction a call site of the exception tables), the
    /// normal edge's phi copies and jump; the landing pad comes after the blocks.
    fn invoke(
        &mut self,
        b: Block,
        (callee, fn_ty, args, res): (Operand, Type, &[CallArg], Option<Value>),
        normal: Block,
        unwind: Block,
        next: Option<Block>,
    ) -> R {
        self.last_call = None;
        self.call(callee, fn_ty, args, res)?;
        if let Some((begin, end, stack)) = self.last_call.take() {
            let (value, clauses, cleanup) =
                crate::eh::landing_pad(self.m, self.dl, self.syms, self.body, unwind)
                    .map_err(|e| self.err(e))?;
            let label = self.asm.ops.new_dynamic_label();
            let Some(eh) = self.eh.as_mut() else {
                return Err(self.err("invoke in a function without a personality"));
            };
            eh.add_site(begin, end, label, &clauses, cleanup);
            self.landings.push(crate::eh::Landing {
                label,
                from: b,
                to: unwind,
                stack: stack as u32,
                value,
            });
        }
        self.pending_rax = None;
        if self.has_phis(normal) {
            self.phi_copies(b, normal)?;
        }
        if Some(normal) != next {
            let t = self.label(normal);
            self.asm.jmp(t);
        }
        Ok(())
    }

    /// The landing pads of the function's invokes (see [`crate::eh`]): the exception
    /// pointer comes in `rax`, the selector in `edx`.
    fn emit_landings(&mut self) -> R {
        for l in std::mem::take(&mut self.landings) {
            self.asm.ops.dynamic_label(l.label);
            if l.stack > 0 {
                let stack = l.stack as i32;
                dynasm!(self.asm.ops ; .arch x64 ; add rsp, stack);
            }
            if let Some(v) = l.value {
                let o = self.slot(v)?;
                self.asm.st(RBP, o, RAX);
                self.asm.st(RBP, o + 8, RDX);
            }
            if self.has_phis(l.to) {
                self.phi_copies(l.from, l.to)?;
            }
            let t = self.label(l.to);
            self.asm.jmp(t);
        }
        Ok(())
    }

    /// Decrements this function's tier-up counter: `sub dword [rip+counter], 1; je stub`,
    /// the call out of line (see [`Self::emit_tier_up_stubs`]); `osr` is the block number
    /// for [`OSR_SYMBOL`] when the function may leave its loops for optimized code.
    fn count(&mut self, osr: Option<u32>) {
        let Some(c) = self.counter else { return };
        self.asm.sub1_u32_sym(c.array, c.offset);
        let stub = self.asm.ops.new_dynamic_label();
        let back = self.asm.ops.new_dynamic_label();
        self.asm.jcc(Cc::E, stub);
        self.asm.ops.dynamic_label(back);
        self.tier_up_stubs.push((stub, back, osr));
    }

    /// The slow paths of [`Self::count`], after the function's last block: each calls
    /// `__jit_tier_up(&counter)` and goes back; at a loop header of a function that may
    /// leave it, `__jit_osr(&counter, header, rbp)` instead, and when that gives an entry,
    /// calls it with `rbp` and returns its result as this function's (see
    /// [`jit_core::backend::OSR_SYMBOL`]). The stack is 16-byte aligned there, as at every
    /// instruction boundary of tier-0 code, and every live value is in its slot.
    fn emit_tier_up_stubs(&mut self) {
        let Some(c) = self.counter else { return };
        if self.tier_up_stubs.is_empty() {
            return;
        }
        let tier_up = self.syms.external(self.m, TIER_UP_SYMBOL);
        let osr = self.osr.then(|| self.syms.external(self.m, OSR_SYMBOL));
        for (stub, back, header) in std::mem::take(&mut self.tier_up_stubs) {
            self.asm.ops.dynamic_label(stub);
            self.asm.lea_sym(RDI, c.array, c.offset);
            match (header, osr) {
                (Some(block), Some(osr)) => {
                    let block = block as i32;
                    dynasm!(self.asm.ops ; .arch x64 ; mov esi, block ; mov rdx, rbp);
                    self.asm.call_sym(osr);
                    dynasm!(self.asm.ops ; .arch x64 ; test rax, rax);
                    self.asm.jcc(Cc::E, back);
                    dynasm!(self.asm.ops
                        ; .arch x64
                        ; mov rdi, rbp
                        ; call rax
                        ; mov rsp, rbp
                        ; pop rbp
                        ; ret
                    );
                }
                _ => {
                    self.asm.call_sym(tier_up);
                    self.asm.jmp(back);
                }
            }
        }
    }

    /// Lowers instruction `i`, then checks that a value whose slot store was skipped was
    /// taken from `rax`.
    fn lower_inst(&mut self, b: Block, i: Inst, following: Option<Inst>, next: Option<Block>) -> R {
        self.rax_cache = self.pending_rax.take();
        self.following = following;
        self.taken = None;
        self.inst_start = self.asm.pos();
        let expect_taken = self.unstored;
        self.lower_kind(b, i, following, next)?;
        if expect_taken.is_some() && self.taken != expect_taken {
            return Err(self.bug("a value whose slot store was skipped was not taken from rax"));
        }
        Ok(())
    }

    /// Stores `rax`, which holds `v`, to `v`'s slot `o`, and notes that `rax` holds `v`.
    /// The store is skipped when it is needless: `v`'s only use is the next instruction
    /// of this block and that instruction's first operand load takes `v` from `rax`
    /// (see [`Self::takes_from_rax`]). Such a `v` is never live across a call, nor used
    /// by a phi or in another block, so the `returns_twice` invariant holds.
    fn leave_in_rax(&mut self, v: Value, o: i32) {
        if self.uses[v.as_u32() as usize] == 1
            && let Some(n) = self.following
            && self.takes_from_rax(&self.body.insts[n].kind, v)
        {
            self.unstored = Some(v);
        } else {
            self.asm.st(RBP, o, RAX);
        }
        self.pending_rax = Some(v);
    }

    /// Whether lowering `kind` loads operand `v` into `rax` with `gp(RAX, v)` (directly or
    /// through [`Self::gp_via_rax`]) before it emits any code or loads any other operand,
    /// so the load hits the `rax` cache.
    fn takes_from_rax(&self, kind: &InstKind, v: Value) -> bool {
        let v = Operand::Value(v);
        match kind {
            InstKind::Binary { op, lhs, .. } => !op.is_float() && *lhs == v,
            InstKind::ICmp { lhs, .. } => *lhs == v,
            InstKind::Cast { op, value, .. } => {
                matches!(
                    op,
                    CastOp::Trunc
                        | CastOp::ZExt
                        | CastOp::SExt
                        | CastOp::PtrToInt
                        | CastOp::IntToPtr
                ) && *value == v
            }
            InstKind::Gep { base, .. } => *base == v,
            InstKind::Load { ptr, .. } => *ptr == v,
            InstKind::Store { value, ptr, .. } => {
                *ptr == v || (*value == v && self.is_word(self.ty_of(*value)))
            }
            InstKind::CondBr { cond, .. } => *cond == v,
            InstKind::Ret { value } => *value == Some(v) && self.ret == RetLoc::Gp,
            _ => false,
        }
    }

    fn lower_kind(&mut self, b: Block, i: Inst, following: Option<Inst>, next: Option<Block>) -> R {
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
                let aty = self.ty_of(*arg);
                if self.is_x87(aty) {
                    let o = self.slot(v)?;
                    return self.fneg80(*arg, o);
                }
                if self.is_fp128(aty) {
                    let o = self.slot(v)?;
                    return self.fneg_quad(*arg, o);
                }
                let f32 = matches!(self.data(aty), TypeData::Float);
                if self.m.types.is_vector(aty) {
                    if !matches!(self.data(aty), TypeData::Vector { elem, len: 2 } if *elem == Type::F32)
                    {
                        return Err(self.err("fneg of this vector type"));
                    }
                    self.gp(RAX, *arg)?;
                    self.asm.imm(RCX, 0x8000_0000_8000_0000);
                    dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx);
                    let o = self.slot(v)?;
                    self.asm.st(RBP, o, RAX);
                    return Ok(());
                }
                self.gp(RAX, *arg)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; xor eax, 0x8000_0000u32 as i32);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; btc rax, 63);
                }
                let o = self.slot(v)?;
                self.asm.st(RBP, o, RAX);
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
                self.asm.setcc(cc, RAX);
                let o = self.slot(v)?;
                self.leave_in_rax(v, o);
                Ok(())
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let v = self.result(res)?;
                if self.m.types.is_vector(self.ty_of(*lhs)) {
                    return Err(self.err("vector fcmp"));
                }
                self.fcmp(*pred, *lhs, *rhs)?;
                let o = self.slot(v)?;
                self.leave_in_rax(v, o);
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
                self.gp(RAX, *count)?;
                self.asm.sext(RAX, cbits);
                if size > i32::MAX as u64 {
                    return Err(self.err("dynamic alloca of an element larger than 2 GiB"));
                }
                if size != 1 {
                    dynasm!(self.asm.ops ; .arch x64 ; imul rax, rax, size as i32);
                }
                dynasm!(self.asm.ops ; .arch x64 ; add rax, 15 ; and rax, -16 ; sub rsp, rax);
                if align > 16 {
                    let mask = -(align as i64) as i32;
                    dynasm!(self.asm.ops ; .arch x64 ; and rsp, mask);
                }
                let o = self.slot(v)?;
                dynasm!(self.asm.ops ; .arch x64 ; mov [rbp + o], rsp);
                Ok(())
            }
            InstKind::Load { ptr, .. } => {
                let v = self.result(res)?;
                let ty = body.values[v].ty;
                let o = self.slot(v)?;
                self.gp_via_rax(RDX, *ptr)?;
                self.load_mem(ty, RDX, 0, o)
            }
            InstKind::Store { value, ptr, .. } => {
                let ty = self.ty_of(*value);
                if self.is_word(ty) && self.in_rax(*value) {
                    // The value the previous instruction computed: store it from `rax`.
                    let n = self.store_size(ty) as u32;
                    self.gp(RAX, *value)?;
                    self.gp(RDX, *ptr)?;
                    self.asm.st_bytes(RDX, 0, RAX, n);
                    return Ok(());
                }
                self.gp_via_rax(RDX, *ptr)?;
                self.store_mem(*value, ty, RDX, 0)
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
                if self.m.types.is_vector(self.ty_of(*cond)) {
                    return Err(self.err("vector select"));
                }
                let ty = body.values[v].ty;
                let o = self.slot(v)?;
                if self.is_word(ty) {
                    self.gp(RCX, *if_true)?;
                    self.gp(RDX, *if_false)?;
                    self.gp(RAX, *cond)?;
                    dynasm!(self.asm.ops ; .arch x64 ; test al, 1);
                    self.asm.cmov(Cc::E, RCX, RDX);
                    self.asm.st(RBP, o, RCX);
                } else {
                    let skip = self.asm.ops.new_dynamic_label();
                    let done = self.asm.ops.new_dynamic_label();
                    self.gp(RAX, *cond)?;
                    dynasm!(self.asm.ops ; .arch x64 ; test al, 1 ; jz =>skip);
                    self.put_slot(*if_true, ty, o)?;
                    dynasm!(self.asm.ops ; .arch x64 ; jmp =>done ; =>skip);
                    self.put_slot(*if_false, ty, o)?;
                    dynasm!(self.asm.ops ; .arch x64 ; =>done);
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
                ..
            } => self.call(*callee, *fn_ty, args, res),
            InstKind::ExtractValue { agg, indices } => {
                let v = self.result(res)?;
                let (off, ty) = self.member_path(self.ty_of(*agg), indices)?;
                let o = self.slot(v)?;
                match *agg {
                    Operand::Value(a) => {
                        let src = self.slot(a)?;
                        self.load_mem(ty, RBP, src + off, o)
                    }
                    Operand::Const(c) => {
                        // Materialise the constant in a frame temporary, then load the member.
                        let aty = self.ty_of(*agg);
                        let tmp = self.alloc(self.size(aty), 8)?;
                        self.write_const(c, aty, RBP, tmp)?;
                        self.load_mem(ty, RBP, tmp + off, o)
                    }
                }
            }
            InstKind::InsertValue { agg, elt, indices } => {
                let v = self.result(res)?;
                let aty = body.values[v].ty;
                let (off, ty) = self.member_path(aty, indices)?;
                let o = self.slot(v)?;
                if *agg != Operand::Value(v) {
                    self.put_slot(*agg, aty, o)?;
                }
                self.store_mem(*elt, ty, RBP, o + off)
            }
            InstKind::ExtractElement { vec, index } => {
                let v = self.result(res)?;
                let ety = body.values[v].ty;
                let Operand::Const(ic) = index else {
                    return Err(self.err("extractelement with a variable index"));
                };
                let CVal::Bits(ix) = self.const_val(*ic)? else {
                    return Err(self.err("extractelement index"));
                };
                let esz = self.size(ety) as i32;
                let o = self.slot(v)?;
                let tmp = o;
                let lanes = self
                    .m
                    .types
                    .array_elem(self.ty_of(*vec))
                    .map_or(0, |(_, n)| n);
                if ix >= u128::from(lanes) {
                    // Out-of-range lane: the result is poison.
                    return self.zero_slot(ety, o);
                }
                match *vec {
                    Operand::Value(a) => {
                        let src = self.slot(a)?;
                        self.load_mem(ety, RBP, src + esz * ix as i32, o)
                    }
                    Operand::Const(c) => {
                        let el = match &self.m.const_data(c).kind {
                            ConstKind::Aggregate(e) => e.get(ix as usize).copied(),
                            _ => None,
                        };
                        match el {
                            Some(e) => self.put_slot(Operand::Const(e), ety, tmp),
                            None => self.zero_slot(ety, o),
                        }
                    }
                }
            }
            InstKind::InsertElement { vec, elt, index } => {
                let v = self.result(res)?;
                let vty = body.values[v].ty;
                let ety = self.ty_of(*elt);
                let Operand::Const(ic) = index else {
                    return Err(self.err("insertelement with a variable index"));
                };
                let CVal::Bits(ix) = self.const_val(*ic)? else {
                    return Err(self.err("insertelement index"));
                };
                let o = self.slot(v)?;
                self.put_slot(*vec, vty, o)?;
                let lanes = self.m.types.array_elem(vty).map_or(0, |(_, n)| n);
                if ix >= u128::from(lanes) {
                    // Out-of-range lane: the result is poison; keep the vector.
                    return Ok(());
                }
                let esz = self.size(ety) as i32;
                self.store_mem(*elt, ety, RBP, o + esz * ix as i32)
            }
            InstKind::ShuffleVector { a, b: bv, mask } => {
                let v = self.result(res)?;
                self.shuffle(*a, *bv, mask, v)
            }
            InstKind::VaArg { list } => {
                let v = self.result(res)?;
                self.va_arg(*list, v)
            }
            InstKind::Ret { value } => self.ret(*value),
            InstKind::Br { dest } => {
                // Phi copies go inline: this edge is the only one leaving the block.
                if self.has_phis(*dest) {
                    self.phi_copies(b, *dest)?;
                }
                if Some(*dest) != next {
                    let t = self.label(*dest);
                    self.asm.jmp(t);
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
                        self.gp(RAX, op)?;
                        dynasm!(self.asm.ops ; .arch x64 ; test al, 1);
                        Cc::Ne
                    }
                };
                let t = self.edge(b, *then_dest);
                let e = self.edge(b, *else_dest);
                // Stubs are emitted right after the branch, so nothing falls through then.
                let no_stubs = self.stubs.is_empty();
                let e_falls = no_stubs && e == self.label(*else_dest) && Some(*else_dest) == next;
                let t_falls = no_stubs && t == self.label(*then_dest) && Some(*then_dest) == next;
                if t_falls && !e_falls {
                    self.asm.jcc(cc.invert(), e);
                } else {
                    self.asm.jcc(cc, t);
                    if !e_falls {
                        self.asm.jmp(e);
                    }
                }
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
                self.asm.ld(RDI, RBP, o);
                let resume = self.syms.external(self.m, "_Unwind_Resume");
                self.asm.call_sym(resume);
                dynasm!(self.asm.ops ; .arch x64 ; ud2);
                Ok(())
            }
            InstKind::Unreachable => {
                dynasm!(self.asm.ops ; .arch x64 ; ud2);
                Ok(())
            }
        }
    }
}

/// `rax`..`rbx` (0..=3) from an LLVM register name (`ax`, `eax`, `rax`, ...).
fn x86_gpr(name: &str) -> Option<u8> {
    match name.to_ascii_lowercase().as_str() {
        "ax" | "eax" | "rax" | "al" => Some(RAX),
        "cx" | "ecx" | "rcx" | "cl" => Some(RCX),
        "dx" | "edx" | "rdx" | "dl" => Some(RDX),
        "bx" | "ebx" | "rbx" | "bl" => Some(3),
        _ => None,
    }
}
