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
use jit_core::backend::{CodegenError, CodegenOptions};
use jit_core::ir::{
    AsmAction, AsmConstraint, AsmConstraintKind, AsmFence, BinaryOp, Block, Body, CallArg, CastOp,
    Const, ConstKind, FloatPredicate, FuncId, Function, GlobalRef, InlineAsm, Inst, InstKind,
    IntPredicate, Intrinsic, Module, Operand, ParamAttrs, SrcLoc, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;

use super::abi::{ArgLoc, Eightbyte, RetLoc, classify_ret, layout_args};
use super::consts::{CVal, bit_width, eval};
use super::emit::{Asm, Cc, GP_ARGS, R8, R9, R10, R11, RAX, RBP, RCX, RDI, RDX, RSI, RSP};
use crate::blockaddr::BlockLabels;
use crate::objbuild::SymbolTable as Symbols;

mod general_asm;
mod quad;
mod vecabi;
mod x87;

type R = Result<(), CodegenError>;

/// Where a value lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Loc {
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
    /// Patches to apply after assembly.
    pub fixups: Vec<Fixup>,
}

impl<'a> Lowerer<'a> {
    /// A lowerer for module `m`.
    /// `blocks` labels the blocks whose address the module takes.
    pub fn new(
        m: &'a Module,
        dl: &'a DataLayout,
        _options: &CodegenOptions,
        blocks: &'a BlockLabels,
    ) -> Self {
        Lowerer {
            m,
            dl,
            loc: Vec::new(),
            uses: Vec::new(),
            labels: Vec::new(),
            blocks,
            fixups: Vec::new(),
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
        };
        let r = fl.run();
        self.loc = fl.loc;
        self.uses = fl.uses;
        self.labels = fl.labels;
        r
    }
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

    fn ty_of(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body.values[v].ty,
            Operand::Const(c) => self.m.const_data(c).ty,
        }
    }

    fn data(&self, ty: Type) -> &'a TypeData {
        self.m.types.data(ty)
    }

    fn size(&self, ty: Type) -> u64 {
        self.dl.alloc_size(&self.m.types, ty)
    }

    fn store_size(&self, ty: Type) -> u64 {
        self.dl.store_size(&self.m.types, ty)
    }

    fn alloc(&mut self, size: u64, align: u64) -> Result<i32, CodegenError> {
        let size = size.max(1).next_multiple_of(8);
        let align = align.clamp(8, 16);
        let end = (u64::from(self.frame) + size).next_multiple_of(align);
        if end > 0x7fff_0000 {
            return Err(CodegenError::Limit(format!(
                "function `@{}`: stack frame too large",
                self.func.name
            )));
        }
        self.frame = end as u32;
        Ok(-(end as i32))
    }

    fn slot(&self, v: Value) -> Result<i32, CodegenError> {
        if self.taken == Some(v) {
            return Err(self.bug("slot of a value whose store was skipped"));
        }
        match self.loc[v.as_u32() as usize] {
            Loc::Slot(o) => Ok(o),
            _ => Err(self.err("use of a value without storage (void result or misplaced alloca)")),
        }
    }

    fn result(&self, res: Option<Value>) -> Result<Value, CodegenError> {
        res.ok_or_else(|| self.err("instruction without a result"))
    }

    /// True for types whose slot holds one 8-byte scalar.
    fn is_word(&self, ty: Type) -> bool {
        match self.data(ty) {
            TypeData::Int(b) => *b <= 64,
            TypeData::Float | TypeData::Double | TypeData::Ptr(_) => true,
            TypeData::Vector { .. } => self.size(ty) <= 8,
            _ => false,
        }
    }

    fn is_i128(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Int(b) if *b > 64)
    }

    // ---------------------------------------------------------------- operands

    fn const_val(&self, c: Const) -> Result<CVal, CodegenError> {
        eval(self.m, self.dl, c).map_err(|e| self.err(e))
    }

    /// Loads a word-sized operand (its 64-bit slot pattern) into `reg`, touching no other
    /// register.
    fn gp(&mut self, reg: u8, op: Operand) -> R {
        let cached = self.rax_cache.take();
        if reg == RAX && cached.is_some() && op == Operand::Value(cached.expect("checked")) {
            // Taken only if nothing was emitted before (which could have clobbered `rax`).
            if self.unstored == cached && self.asm.pos() == self.inst_start {
                self.taken = self.unstored.take();
            }
            return Ok(());
        }
        match op {
            Operand::Value(v) if self.taken == Some(v) => {
                return Err(self.bug("value read again after its slot store was skipped"));
            }
            Operand::Value(v) => match self.loc[v.as_u32() as usize] {
                Loc::Slot(o) => self.asm.ld(reg, RBP, o),
                Loc::Addr(o) => self.asm.lea(reg, RBP, o),
                Loc::None => return Err(self.err("use of a void value")),
            },
            Operand::Const(c) => self.gp_const(reg, c)?,
        }
        Ok(())
    }

    /// Whether `op` is the value the previous instruction left in `rax` (and no operand of
    /// the current instruction has been loaded yet).
    fn in_rax(&self, op: Operand) -> bool {
        matches!(op, Operand::Value(v) if self.rax_cache == Some(v))
    }

    /// Like [`Self::gp`], but takes `op` from `rax` (`mov reg, rax`) when the previous
    /// instruction left it there. Clobbers `rax` in that case.
    fn gp_via_rax(&mut self, reg: u8, op: Operand) -> R {
        if self.in_rax(op) {
            self.gp(RAX, op)?;
            self.asm.mov(reg, RAX);
            return Ok(());
        }
        self.gp(reg, op)
    }

    /// Materialises a constant into `reg` (no other register is touched).
    fn gp_const(&mut self, reg: u8, c: Const) -> R {
        let err = match eval(self.m, self.dl, c) {
            Ok(CVal::Bits(b)) => {
                self.asm.imm(reg, b as u64);
                return Ok(());
            }
            Ok(CVal::Sym(r, off)) => {
                let s = self
                    .syms
                    .of(self.m, r)
                    .ok_or_else(|| self.err("address of an intrinsic"))?;
                if self.syms.is_defined(s) {
                    self.asm.lea_sym(reg, s, off);
                } else {
                    if !fits_i32(off as u64) {
                        return Err(self.err("offset beyond 2 GiB from an external symbol"));
                    }
                    self.asm.got_load(reg, s);
                    self.asm.add_imm(reg, off, reg);
                }
                return Ok(());
            }
            Ok(CVal::Block(f, b, off)) => {
                let l = self.block_label(f, b)?;
                dynasm!(self.asm.ops ; .arch x64 ; lea Rq(reg), [=>l]);
                if !fits_i32(off as u64) {
                    return Err(self.err("offset beyond 2 GiB from a block address"));
                }
                self.asm.add_imm(reg, off, reg);
                return Ok(());
            }
            Ok(CVal::BlockDiff(f, plus, minus, addend)) => {
                let plus = self.block_label(f, plus)?;
                let minus = self.block_label(f, minus)?;
                // `mov r64, imm32` (sign-extended), the imm32 patched once labels are placed.
                self.asm
                    .ops
                    .extend([0x48 | (reg >> 3), 0xc7, 0xc0 | (reg & 7)]);
                let at = self.asm.pos();
                self.asm.ops.extend([0, 0, 0, 0]);
                self.fixups.push(Fixup::Distance {
                    at,
                    plus,
                    minus,
                    addend,
                });
                let bits = bit_width(self.m, self.m.const_data(c).ty);
                if bits < 64 {
                    self.asm.zext(reg, bits);
                }
                return Ok(());
            }
            Err(e) => e,
        };
        let data = self.m.const_data(c);
        // A truncated address (`ptrtoint (ptr @g to i32)`): compute it whole, then narrow.
        if let ConstKind::Expr(jit_core::ir::ConstExpr::Cast {
            op: CastOp::PtrToInt | CastOp::Trunc,
            value,
        }) = &data.kind
        {
            let bits = bit_width(self.m, data.ty);
            if bits < 64 {
                self.gp_const(reg, *value)?;
                self.asm.zext(reg, bits);
                return Ok(());
            }
        }
        // Small vector/aggregate constants travel as their bytes.
        if self.m.types.is_vector(data.ty) || self.m.types.is_aggregate(data.ty) {
            let mut bytes = [0u8; 16];
            if self.size(data.ty) <= 8 && self.const_bytes(c, data.ty, &mut bytes, 0) {
                self.asm.imm(
                    reg,
                    u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
                );
                return Ok(());
            }
        }
        Err(self.err(err))
    }

    /// Bytes of a constant made of integers and floats; false for anything else.
    fn const_bytes(&self, c: Const, ty: Type, out: &mut [u8; 16], off: usize) -> bool {
        let data = self.m.const_data(c);
        match &data.kind {
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison | ConstKind::Null => true,
            ConstKind::Int(_) | ConstKind::Float(_) => {
                let Ok(CVal::Bits(b)) = eval(self.m, self.dl, c) else {
                    return false;
                };
                let n = self.store_size(ty) as usize;
                if off + n > 16 {
                    return false;
                }
                out[off..off + n].copy_from_slice(&b.to_le_bytes()[..n]);
                true
            }
            ConstKind::Aggregate(elems) => elems.iter().enumerate().all(|(i, &e)| {
                match self.dl.member_offset(&self.m.types, ty, i as u64) {
                    Some((o, t)) => self.const_bytes(e, t, out, off + o as usize),
                    None => false,
                }
            }),
            _ => false,
        }
    }

    /// High 64 bits of an `i128` operand.
    fn gp_hi(&mut self, reg: u8, op: Operand) -> R {
        match op {
            Operand::Value(v) => {
                let o = self.slot(v)?;
                self.asm.ld(reg, RBP, o + 8);
            }
            Operand::Const(c) => match self.const_val(c)? {
                CVal::Bits(b) => self.asm.imm(reg, (b >> 64) as u64),
                CVal::Sym(..) | CVal::Block(..) => self.asm.imm(reg, 0),
                CVal::BlockDiff(..) => {
                    return Err(self.err("block address difference wider than 64 bits"));
                }
            },
        }
        Ok(())
    }

    /// Loads a float/double operand into `xmm<x>`.
    fn xmm(&mut self, x: u8, op: Operand, f32: bool) -> R {
        self.rax_cache = None;
        match op {
            Operand::Value(v) if matches!(self.loc[v.as_u32() as usize], Loc::Slot(_)) => {
                let o = self.slot(v)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; movss Rx(x), DWORD [rbp + o]);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd Rx(x), QWORD [rbp + o]);
                }
            }
            _ => {
                self.gp(R11, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; movq Rx(x), Rq(R11));
            }
        }
        Ok(())
    }

    /// Stores `xmm<x>` into a result slot (f32 zero-extended to 8 bytes).
    fn st_xmm(&mut self, off: i32, x: u8, f32: bool) {
        if f32 {
            dynasm!(self.asm.ops ; .arch x64 ; movd eax, Rx(x) ; mov QWORD [rbp + off], rax);
        } else {
            dynasm!(self.asm.ops ; .arch x64 ; movsd QWORD [rbp + off], Rx(x));
        }
    }

    /// Writes the value of `op` (type `ty`) in memory format at `[base + off]`.
    /// `base` must not be `rax` or `rcx`.
    fn store_mem(&mut self, op: Operand, ty: Type, base: u8, off: i32) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.gp(RCX, op)?;
            self.asm.st_bytes(base, off, RCX, n);
            return Ok(());
        }
        if self.is_i128(ty) {
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.gp(RCX, op)?;
            self.asm.st(base, off, RCX);
            self.gp_hi(RCX, op)?;
            self.asm.st_bytes(base, off + 8, RCX, high_bytes);
            return Ok(());
        }
        match op {
            Operand::Value(v) => {
                let n = self.store_size(ty);
                match self.loc[v.as_u32() as usize] {
                    Loc::Slot(o) => self.asm.copy(base, off, RBP, o, n, RCX),
                    _ => return Err(self.err("aggregate value without a slot")),
                }
            }
            Operand::Const(c) => self.write_const(c, ty, base, off)?,
        }
        Ok(())
    }

    /// Writes a constant of any type at `[base + off]` in memory format.
    fn write_const(&mut self, c: Const, ty: Type, base: u8, off: i32) -> R {
        let data = self.m.const_data(c);
        match &data.kind {
            ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => {
                let n = self.store_size(ty);
                self.asm.zero(base, off, n, RCX);
            }
            ConstKind::Aggregate(elems) => match self.data(ty) {
                TypeData::Struct { .. } | TypeData::Named(_) => {
                    let layout = self.dl.struct_layout(&self.m.types, ty);
                    let fields = self
                        .m
                        .types
                        .struct_fields(ty)
                        .map(|(f, _)| f)
                        .unwrap_or(&[]);
                    self.asm.zero(base, off, layout.size, RCX);
                    for ((e, f), o) in elems.iter().zip(fields).zip(layout.offsets.iter()) {
                        self.write_const(*e, *f, base, off + *o as i32)?;
                    }
                }
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    let sz = self.size(*elem) as i32;
                    for (i, e) in elems.iter().enumerate() {
                        self.write_const(*e, *elem, base, off + i as i32 * sz)?;
                    }
                }
                _ => return Err(self.err("aggregate constant of scalar type")),
            },
            ConstKind::Bytes(bytes) => {
                for (i, chunk) in bytes.chunks(8).enumerate() {
                    let mut w = [0u8; 8];
                    w[..chunk.len()].copy_from_slice(chunk);
                    self.asm.imm(RCX, u64::from_le_bytes(w));
                    self.asm
                        .st_bytes(base, off + 8 * i as i32, RCX, chunk.len() as u32);
                }
            }
            ConstKind::WideFloat(bits) if self.is_x87(ty) => self.write_const80(*bits, base, off),
            ConstKind::WideFloat(bits) if self.is_fp128(ty) => {
                self.write_const_quad(*bits, base, off)
            }
            _ => self.store_mem(Operand::Const(c), ty, base, off)?,
        }
        Ok(())
    }

    /// Copies the value of `op` (type `ty`) into the slot at `off`.
    /// `va_arg` on the System V `va_list` for integer, pointer and floating-point types.
    fn va_arg(&mut self, list: Operand, v: Value) -> R {
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        let (sse, bits) = match self.data(ty) {
            TypeData::Int(b) if *b <= 64 => (false, *b),
            TypeData::Ptr(_) => (false, 64),
            TypeData::Float => (true, 32),
            TypeData::Double => (true, 64),
            _ => return Err(self.err(format!("va_arg of `{}`", self.m.types.display(ty)))),
        };
        self.gp(RDX, list)?;
        if sse {
            dynasm!(self.asm.ops ; .arch x64
                ; mov eax, [rdx + 4] ; cmp eax, 176 ; jae >stack
                ; mov rcx, [rdx + 16] ; mov rcx, [rcx + rax] ; add eax, 16 ; mov [rdx + 4], eax ; jmp >done
                ; stack: ; mov rax, [rdx + 8] ; mov rcx, [rax] ; add rax, 8 ; mov [rdx + 8], rax
                ; done:);
        } else {
            dynasm!(self.asm.ops ; .arch x64
                ; mov eax, [rdx] ; cmp eax, 48 ; jae >stack
                ; mov rcx, [rdx + 16] ; mov rcx, [rcx + rax] ; add eax, 8 ; mov [rdx], eax ; jmp >done
                ; stack: ; mov rax, [rdx + 8] ; mov rcx, [rax] ; add rax, 8 ; mov [rdx + 8], rax
                ; done:);
        }
        self.asm.zext(RCX, bits);
        self.asm.st(RBP, o, RCX);
        Ok(())
    }

    fn put_slot(&mut self, op: Operand, ty: Type, off: i32) -> R {
        if self.is_word(ty) {
            self.gp(RCX, op)?;
            self.asm.st(RBP, off, RCX);
            Ok(())
        } else {
            self.store_mem(op, ty, RBP, off)
        }
    }

    /// Loads a value of type `ty` from memory at `[base + off]` into the slot `dst`.
    /// `base` must not be `rax` or `rcx`.
    fn load_mem(&mut self, ty: Type, base: u8, off: i32, dst: i32) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.asm.ld_bytes(RCX, base, off, n, RAX);
            if let TypeData::Int(b) = self.data(ty)
                && *b % 8 != 0
            {
                self.asm.zext(RCX, *b);
            }
            self.asm.st(RBP, dst, RCX);
        } else if self.is_i128(ty) {
            // i65..i128: touch only the store size (packed bitfields load i72 from 9 bytes),
            // and keep the slot invariant (zero-extended above the width).
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.asm.ld(RCX, base, off);
            self.asm.st(RBP, dst, RCX);
            self.asm.ld_bytes(RCX, base, off + 8, high_bytes, RAX);
            self.asm.zext(RCX, self.int_bits(ty)? - 64);
            self.asm.st(RBP, dst + 8, RCX);
        } else {
            let n = self.store_size(ty);
            self.asm.copy(RBP, dst, base, off, n, RCX);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- driver

    fn run(&mut self) -> R {
        let body = self.body;
        let m = self.m;
        let nvals = body.values.len();
        self.loc.clear();
        self.loc.resize(nvals, Loc::None);
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
        let (ret_ty, param_tys, varargs) = m
            .types
            .function_sig(self.func.ty)
            .ok_or_else(|| self.err("function type"))?;
        self.ret = classify_ret(m, self.dl, ret_ty).map_err(|e| self.err(e))?;

        // Frame: variadic register save area, parameters, values, static allocas.
        let va_save = if varargs {
            Some(self.alloc(176, 16)?)
        } else {
            None
        };
        let mut attrs = self.func.param_attrs.iter().map(Some);
        let params = layout_args(m, self.dl, param_tys, &mut attrs).map_err(|e| self.err(e))?;
        for (i, &p) in self.func.params.iter().enumerate() {
            let ty = body.values[p].ty;
            self.loc[p.as_u32() as usize] = match params.locs[i] {
                ArgLoc::Byval { off, .. } => Loc::Addr(16 + off as i32),
                _ => Loc::Slot(self.alloc(self.size(ty).max(8), 8)?),
            };
        }
        let entry = body.entry();
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                let data = &body.insts[i];
                let Some(v) = data.result else { continue };
                let ty = body.values[v].ty;
                if let InstKind::Alloca {
                    ty: aty,
                    count,
                    align,
                } = &data.kind
                    && Some(b) == entry
                    && let Operand::Const(c) = count
                    && let ConstKind::Int(n) = m.const_data(*c).kind
                {
                    let align = if *align == 0 {
                        self.dl.abi_align(&m.types, *aty)
                    } else {
                        u64::from(*align)
                    };
                    if align <= 16 {
                        let size = self.size(*aty).saturating_mul(n as u64);
                        self.loc[v.as_u32() as usize] = Loc::Addr(self.alloc(size, align)?);
                        continue;
                    }
                }
                let size = self.size(ty).max(8);
                self.loc[v.as_u32() as usize] = Loc::Slot(self.alloc(size, 8)?);
            }
        }

        // Prologue: rbp chain, frame (size patched at the end).
        dynasm!(self.asm.ops ; .arch x64 ; push rbp ; mov rbp, rsp);
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

        for (bi, &b) in body.layout.iter().enumerate() {
            let next = body.layout.get(bi + 1).copied();
            let label = self.labels[b.as_u32() as usize];
            self.asm.ops.dynamic_label(label);
            self.pending_rax = None;
            let insts = &body.blocks[b].insts;
            for (ii, &i) in insts.iter().enumerate() {
                self.cur_loc = body.insts[i].loc;
                let following = insts.get(ii + 1).copied();
                self.lower_inst(b, i, following, next)?;
            }
            self.fused = None;
        }

        let frame = self.frame.next_multiple_of(16);
        self.fixups.push(Fixup::Frame {
            at: frame_at,
            size: frame,
        });
        Ok(())
    }

    fn label(&self, b: Block) -> DynamicLabel {
        self.labels[b.as_u32() as usize]
    }

    /// The module-wide label of block `b` of `f`, whose address the module takes.
    fn block_label(&self, f: FuncId, b: Block) -> Result<DynamicLabel, CodegenError> {
        if self.syms.function(f).is_none() {
            return Err(self.err("blockaddress of a function without code in this module"));
        }
        self.blocks
            .get(f, b)
            .ok_or_else(|| self.bug("blockaddress constant without a label"))
    }

    /// `indirectbr`: a jump through a register to a block's code. The phis of a successor
    /// are copied for the edge from `b` only when the jump goes there, so the target is
    /// compared with each successor that has phis (its copies are made in a stub, as for
    /// conditional branches); a target without phis is jumped to directly.
    fn indirect_br(&mut self, b: Block, addr: Operand, dests: &[Block]) -> R {
        self.gp(RAX, addr)?;
        let (with_phis, all) = self.phi_successors(dests);
        for (k, &d) in with_phis.iter().enumerate() {
            let stub = self.edge(b, d);
            if all && k + 1 == with_phis.len() {
                // The target is one of `dests` (LangRef): the last one needs no test.
                self.asm.jmp(stub);
                return self.emit_stubs();
            }
            let target = self.label(d);
            dynasm!(self.asm.ops ; .arch x64 ; lea rcx, [=>target] ; cmp rax, rcx);
            self.asm.jcc(Cc::E, stub);
        }
        dynasm!(self.asm.ops ; .arch x64 ; jmp rax);
        self.emit_stubs()
    }

    /// The distinct successors among `dests` that have phis, and whether all of them have.
    fn phi_successors(&self, dests: &[Block]) -> (Vec<Block>, bool) {
        let mut seen = std::collections::HashSet::with_capacity(dests.len());
        let mut distinct: Vec<Block> = dests.iter().copied().filter(|&d| seen.insert(d)).collect();
        let n = distinct.len();
        distinct.retain(|&d| self.has_phis(d));
        let all = distinct.len() == n;
        (distinct, all)
    }

    fn has_phis(&self, b: Block) -> bool {
        self.body.blocks[b]
            .insts
            .first()
            .is_some_and(|&i| matches!(self.body.insts[i].kind, InstKind::Phi { .. }))
    }

    /// The label to jump to for edge `from -> to`: the block itself, or a stub doing the
    /// phi copies (emitted after the terminator).
    fn edge(&mut self, from: Block, to: Block) -> DynamicLabel {
        if !self.has_phis(to) {
            return self.label(to);
        }
        // All stubs of one terminator share `from`: key them by target.
        if let Some(&l) = self.stub_of.get(&to) {
            return l;
        }
        let l = self.asm.ops.new_dynamic_label();
        self.stubs.push((l, from, to));
        self.stub_of.insert(to, l);
        l
    }

    fn emit_stubs(&mut self) -> R {
        let stubs = std::mem::take(&mut self.stubs);
        self.stub_of.clear();
        for &(l, from, to) in &stubs {
            self.asm.ops.dynamic_label(l);
            self.phi_copies(from, to)?;
            let target = self.label(to);
            self.asm.jmp(target);
        }
        Ok(())
    }

    /// Parallel copy of the phis of `to` for the edge from `from`.
    fn phi_copies(&mut self, from: Block, to: Block) -> R {
        let body = self.body;
        let mut phis: Vec<(Value, Operand)> = Vec::new();
        for &i in &body.blocks[to].insts {
            let InstKind::Phi { incoming } = &body.insts[i].kind else {
                break;
            };
            let Some(v) = body.insts[i].result else {
                continue;
            };
            // Phis with many predecessors (big switches) get an index so that the copies
            // of all edges stay linear.
            let found = if incoming.len() > 8 {
                self.phi_maps
                    .entry(i)
                    .or_insert_with(|| {
                        let mut map = HashMap::with_capacity(incoming.len());
                        for &(op, b) in incoming.iter().rev() {
                            map.insert(b, op);
                        }
                        map
                    })
                    .get(&from)
                    .copied()
            } else {
                incoming.iter().find(|(_, b)| *b == from).map(|&(op, _)| op)
            };
            let Some(op) = found else {
                return Err(self.err("phi without an incoming value for a predecessor"));
            };
            phis.push((v, op));
        }
        let conflict = phis.iter().any(
            |&(_, op)| matches!(op, Operand::Value(src) if phis.iter().any(|&(d, _)| d == src)),
        );
        if !conflict {
            for &(v, op) in &phis {
                if op == Operand::Value(v) {
                    continue;
                }
                let ty = body.values[v].ty;
                let off = self.slot(v)?;
                self.put_slot(op, ty, off)?;
            }
            return Ok(());
        }
        // Read everything first (push), then write (pop in reverse).
        for &(v, op) in &phis {
            let ty = body.values[v].ty;
            if self.is_word(ty) {
                self.gp(RCX, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; push rcx);
            } else if self.is_i128(ty) || self.is_x87(ty) || self.is_fp128(ty) {
                self.gp(RCX, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; push rcx);
                self.gp_hi(RCX, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; push rcx);
            } else {
                return Err(self.err("swapping aggregate phis"));
            }
        }
        for &(v, _) in phis.iter().rev() {
            let ty = body.values[v].ty;
            let off = self.slot(v)?;
            if self.is_i128(ty) || self.is_x87(ty) || self.is_fp128(ty) {
                dynasm!(self.asm.ops ; .arch x64 ; pop rcx ; mov [rbp + off + 8], rcx);
            }
            dynasm!(self.asm.ops ; .arch x64 ; pop rcx ; mov [rbp + off], rcx);
        }
        Ok(())
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
            InstKind::Unreachable => {
                dynasm!(self.asm.ops ; .arch x64 ; ud2);
                Ok(())
            }
        }
    }

    /// Lane-by-lane copy for small vectors (at most 16 bytes, 1/2/4/8-byte lanes).
    fn shuffle(&mut self, a: Operand, b: Operand, mask: &[Option<u32>], v: Value) -> R {
        let rty = self.body.values[v].ty;
        let aty = self.ty_of(a);
        let (Some((elem, _)), Some((_, na))) =
            (self.m.types.array_elem(rty), self.m.types.array_elem(aty))
        else {
            return Err(self.err("shufflevector on non-vectors"));
        };
        let esz = self.size(elem) as u32;
        if !matches!(esz, 1 | 2 | 4 | 8) || self.size(rty) > 16 || self.size(aty) > 16 {
            return Err(self.err("shufflevector of this vector type"));
        }
        let o = self.slot(v)?;
        let total = self.size(rty).max(8);
        self.asm.zero(RBP, o, total, RCX);
        for (i, lane) in mask.iter().enumerate() {
            let Some(k) = lane else { continue };
            let (src, k) = if u64::from(*k) < na {
                (a, *k)
            } else {
                (b, *k - na as u32)
            };
            let dst = o + (i as u32 * esz) as i32;
            match src {
                Operand::Value(sv) => {
                    let so = self.slot(sv)? + (k * esz) as i32;
                    self.asm.ld_n(RCX, RBP, so, esz);
                }
                Operand::Const(c) => {
                    let mut bytes = [0u8; 16];
                    let cty = self.m.const_data(c).ty;
                    if !self.const_bytes(c, cty, &mut bytes, 0) {
                        return Err(self.err("shufflevector of this constant"));
                    }
                    let at = (k * esz) as usize;
                    let mut w = [0u8; 8];
                    w[..esz as usize].copy_from_slice(&bytes[at..at + esz as usize]);
                    self.asm.imm(RCX, u64::from_le_bytes(w));
                }
            }
            self.asm.st_n(RBP, dst, RCX, esz);
        }
        Ok(())
    }

    /// Inline asm: barriers and padding (nothing), `pause`, fences, `cpuid` and `rdtsc`.
    /// Results are the inputs tied to them, or what `cpuid`/`rdtsc` put in their
    /// explicit registers, otherwise zero.
    fn inline_asm(&mut self, a: &InlineAsm, args: &[CallArg], res: Option<Value>) -> R {
        let action = a.action();
        let mut regs: Vec<Option<u8>> = Vec::new();
        match action {
            AsmAction::Nop => {}
            AsmAction::Pause => dynasm!(self.asm.ops ; .arch x64 ; pause),
            AsmAction::Fence(AsmFence::MFence) => dynasm!(self.asm.ops ; .arch x64 ; mfence),
            AsmAction::Fence(AsmFence::LFence) => dynasm!(self.asm.ops ; .arch x64 ; lfence),
            AsmAction::Fence(AsmFence::SFence) => dynasm!(self.asm.ops ; .arch x64 ; sfence),
            AsmAction::Cpuid | AsmAction::Rdtsc => {
                let outputs: Vec<_> = a
                    .constraints
                    .iter()
                    .filter(|c| c.kind == AsmConstraintKind::Output)
                    .collect();
                let reg_of = |c: &AsmConstraint| {
                    c.register().and_then(x86_gpr).or_else(|| {
                        let n = c.tied()? as usize;
                        outputs.get(n)?.register().and_then(x86_gpr)
                    })
                };
                let inputs: Vec<_> = a.constraints.iter().filter(|c| c.takes_arg()).collect();
                let input = |r: u8| {
                    inputs
                        .iter()
                        .zip(args)
                        .find(|(c, _)| c.kind == AsmConstraintKind::Input && reg_of(c) == Some(r))
                        .map(|(_, arg)| arg.value)
                };
                let (leaf, sub) = (input(RAX), input(RCX));
                // rbx is callee-saved and cpuid writes it.
                dynasm!(self.asm.ops ; .arch x64 ; push rbx ; xor ecx, ecx ; xor eax, eax);
                if let Some(v) = sub {
                    self.gp(RCX, v)?;
                }
                if let Some(v) = leaf {
                    self.gp(RAX, v)?;
                }
                if action == AsmAction::Cpuid {
                    dynasm!(self.asm.ops ; .arch x64 ; cpuid);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; rdtsc);
                }
                // Park rax, rcx, rdx, rbx in r8..r11 (by register number) before restoring rbx.
                dynasm!(self.asm.ops ; .arch x64
                    ; mov r8, rax ; mov r9, rcx ; mov r10, rdx ; mov r11, rbx ; pop rbx);
                regs = a
                    .constraints
                    .iter()
                    .filter(|c| c.is_result())
                    .map(|c| c.register().and_then(x86_gpr).map(|r| R8 + r))
                    .collect();
            }
            AsmAction::Fence(_) | AsmAction::Other => return self.general_asm(a, args, res),
        }
        let Some(v) = res else { return Ok(()) };
        let rty = self.body.values[v].ty;
        let o = self.slot(v)?;
        self.zero_slot(rty, o)?;
        let tied = a.tied_args();
        let single = tied.len() == 1;
        for (k, t) in tied.iter().enumerate() {
            let (off, ty) = if single {
                (0, rty)
            } else {
                self.member_path(rty, &[k as u32])?
            };
            if let Some(Some(r)) = regs.get(k) {
                let n = self.size(ty).min(8) as u32;
                self.asm.st_n(RBP, o + off, *r, n);
            } else if let Some(i) = t {
                self.store_mem(args[*i].value, ty, RBP, o + off)?;
            }
        }
        Ok(())
    }

    fn zero_slot(&mut self, ty: Type, o: i32) -> R {
        let n = self.size(ty).max(8);
        self.asm.zero(RBP, o, n, RCX);
        Ok(())
    }

    fn member_path(&self, mut ty: Type, indices: &[u32]) -> Result<(i32, Type), CodegenError> {
        let mut off = 0u64;
        for &ix in indices {
            let (o, t) = self
                .dl
                .member_offset(&self.m.types, ty, u64::from(ix))
                .ok_or_else(|| self.err("aggregate index out of range"))?;
            off += o;
            ty = t;
        }
        Ok((off as i32, ty))
    }

    // ---------------------------------------------------------------- arithmetic

    fn int_bits(&self, ty: Type) -> Result<u32, CodegenError> {
        match self.data(ty) {
            TypeData::Int(b) => Ok(*b),
            TypeData::Ptr(_) => Ok(64),
            _ => Err(self.err(format!(
                "integer operation on `{}`",
                self.m.types.display(ty)
            ))),
        }
    }

    /// A constant operand that fits a sign-extended imm32 as a 64-bit slot value.
    fn imm_of(&self, op: Operand) -> Option<i32> {
        let Operand::Const(c) = op else { return None };
        match eval(self.m, self.dl, c).ok()? {
            CVal::Bits(b) if b <= u64::MAX as u128 && fits_i32(b as u64) => {
                Some(b as u64 as i64 as i32)
            }
            _ => None,
        }
    }

    fn binary(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, v: Value) -> R {
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        if op.is_float() {
            if self.is_x87(ty) {
                return self.binary80(op, lhs, rhs, o);
            }
            if self.is_fp128(ty) {
                return self.binary_quad(op, lhs, rhs, o);
            }
            let f32 = matches!(self.data(ty), TypeData::Float);
            if self.m.types.is_vector(ty) {
                return self.vector2f(op, lhs, rhs, o);
            }
            if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                return Err(self.err("float arithmetic on this type"));
            }
            if op == BinaryOp::FRem {
                self.xmm(0, lhs, f32)?;
                self.xmm(1, rhs, f32)?;
                let s = self
                    .syms
                    .external(self.m, if f32 { "fmodf" } else { "fmod" });
                self.aligned_call(s);
                self.st_xmm(o, 0, f32);
                return Ok(());
            }
            self.xmm(0, lhs, f32)?;
            self.xmm(1, rhs, f32)?;
            match (op, f32) {
                (BinaryOp::FAdd, true) => dynasm!(self.asm.ops ; .arch x64 ; addss xmm0, xmm1),
                (BinaryOp::FAdd, false) => dynasm!(self.asm.ops ; .arch x64 ; addsd xmm0, xmm1),
                (BinaryOp::FSub, true) => dynasm!(self.asm.ops ; .arch x64 ; subss xmm0, xmm1),
                (BinaryOp::FSub, false) => dynasm!(self.asm.ops ; .arch x64 ; subsd xmm0, xmm1),
                (BinaryOp::FMul, true) => dynasm!(self.asm.ops ; .arch x64 ; mulss xmm0, xmm1),
                (BinaryOp::FMul, false) => dynasm!(self.asm.ops ; .arch x64 ; mulsd xmm0, xmm1),
                (BinaryOp::FDiv, true) => dynasm!(self.asm.ops ; .arch x64 ; divss xmm0, xmm1),
                _ => dynasm!(self.asm.ops ; .arch x64 ; divsd xmm0, xmm1),
            }
            self.st_xmm(o, 0, f32);
            return Ok(());
        }
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            return self.binary128(op, lhs, rhs, bits, o);
        }
        self.gp(RAX, lhs)?;
        let imm = self.imm_of(rhs);
        use BinaryOp::*;
        match op {
            Add | Sub | And | Or | Xor | Mul => {
                if let Some(k) = imm {
                    match op {
                        Add => dynasm!(self.asm.ops ; .arch x64 ; add rax, k),
                        Sub => dynasm!(self.asm.ops ; .arch x64 ; sub rax, k),
                        And => dynasm!(self.asm.ops ; .arch x64 ; and rax, k),
                        Or => dynasm!(self.asm.ops ; .arch x64 ; or rax, k),
                        Xor => dynasm!(self.asm.ops ; .arch x64 ; xor rax, k),
                        _ => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rax, k),
                    }
                } else {
                    self.gp(RCX, rhs)?;
                    match op {
                        Add => dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx),
                        Sub => dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx),
                        And => dynasm!(self.asm.ops ; .arch x64 ; and rax, rcx),
                        Or => dynasm!(self.asm.ops ; .arch x64 ; or rax, rcx),
                        Xor => dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx),
                        _ => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rcx),
                    }
                }
                // and/or/xor of zero-extended inputs stay zero-extended, except with a
                // sign-extended negative immediate.
                if matches!(op, Add | Sub | Mul) || imm.is_some_and(|k| k < 0) {
                    self.asm.zext(RAX, bits);
                }
                self.leave_in_rax(v, o);
            }
            Shl | LShr | AShr => {
                if op == AShr {
                    self.asm.sext(RAX, bits);
                }
                match imm {
                    Some(k) if (0..64).contains(&k) => {
                        let k = k as i8;
                        match op {
                            Shl => dynasm!(self.asm.ops ; .arch x64 ; shl rax, k),
                            LShr => dynasm!(self.asm.ops ; .arch x64 ; shr rax, k),
                            _ => dynasm!(self.asm.ops ; .arch x64 ; sar rax, k),
                        }
                    }
                    _ => {
                        self.gp(RCX, rhs)?;
                        match op {
                            Shl => dynasm!(self.asm.ops ; .arch x64 ; shl rax, cl),
                            LShr => dynasm!(self.asm.ops ; .arch x64 ; shr rax, cl),
                            _ => dynasm!(self.asm.ops ; .arch x64 ; sar rax, cl),
                        }
                    }
                }
                self.asm.zext(RAX, bits);
                self.leave_in_rax(v, o);
            }
            UDiv | URem => {
                self.gp(RCX, rhs)?;
                dynasm!(self.asm.ops ; .arch x64 ; xor edx, edx ; div rcx);
                let r = if op == UDiv { RAX } else { RDX };
                self.asm.st(RBP, o, r);
            }
            SDiv | SRem => {
                self.gp(RCX, rhs)?;
                self.asm.sext(RAX, bits);
                self.asm.sext(RCX, bits);
                dynasm!(self.asm.ops ; .arch x64 ; cqo ; idiv rcx);
                let r = if op == SDiv { RAX } else { RDX };
                self.asm.zext(r, bits);
                self.asm.st(RBP, o, r);
            }
            _ => unreachable!("float ops handled above"),
        }
        Ok(())
    }

    /// `<2 x float>` arithmetic with packed SSE on the low 8 bytes.
    fn vector2f(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, o: i32) -> R {
        let ty = self.ty_of(lhs);
        let ok = matches!(self.data(ty), TypeData::Vector { elem, len: 2 } if *elem == Type::F32);
        if !ok || op == BinaryOp::FRem {
            return Err(self.err(format!(
                "vector `{}` on `{}`",
                op.name(),
                self.m.types.display(ty)
            )));
        }
        for (x, v) in [(0u8, lhs), (1u8, rhs)] {
            self.gp(R11, v)?;
            dynasm!(self.asm.ops ; .arch x64 ; movq Rx(x), Rq(R11));
        }
        match op {
            BinaryOp::FAdd => dynasm!(self.asm.ops ; .arch x64 ; addps xmm0, xmm1),
            BinaryOp::FSub => dynasm!(self.asm.ops ; .arch x64 ; subps xmm0, xmm1),
            BinaryOp::FMul => dynasm!(self.asm.ops ; .arch x64 ; mulps xmm0, xmm1),
            _ => dynasm!(self.asm.ops ; .arch x64 ; divps xmm0, xmm1),
        }
        dynasm!(self.asm.ops ; .arch x64 ; movq QWORD [rbp + o], xmm0);
        Ok(())
    }

    /// `smax`/`smin`/`umax`/`umin` (`b` given) and `abs` on an i65..i128 `a`.
    fn minmax128(
        &mut self,
        intr: Intrinsic,
        a: Operand,
        b: Option<Operand>,
        ty: Type,
        o: i32,
    ) -> R {
        use Intrinsic::*;
        let high_bits = self.int_bits(ty)? - 64;
        if intr == Abs {
            // (x ^ sign) - sign over both halves.
            self.gp(RAX, a)?;
            self.gp_hi(RDX, a)?;
            self.asm.sext(RDX, high_bits);
            dynasm!(self.asm.ops ; .arch x64
                ; mov rcx, rdx ; sar rcx, 63 ; xor rax, rcx ; xor rdx, rcx
                ; sub rax, rcx ; sbb rdx, rcx);
            self.asm.zext(RDX, high_bits);
        } else {
            let b = b.ok_or_else(|| self.err("argument"))?;
            let pred = match intr {
                Smax => IntPredicate::Sgt,
                Smin => IntPredicate::Slt,
                Umax => IntPredicate::Ugt,
                _ => IntPredicate::Ult,
            };
            let cc = self.icmp128(pred, a, b)?;
            // Keep the outcome out of the flags: loading a zero constant clobbers them.
            self.asm.setcc(cc, R9);
            self.gp(RAX, a)?;
            self.gp_hi(RDX, a)?;
            self.gp(RCX, b)?;
            self.gp_hi(R8, b)?;
            dynasm!(self.asm.ops ; .arch x64 ; test r9d, r9d);
            self.asm.cmov(Cc::E, RAX, RCX);
            self.asm.cmov(Cc::E, RDX, R8);
        }
        self.asm.st(RBP, o, RAX);
        self.asm.st(RBP, o + 8, RDX);
        Ok(())
    }

    /// Integer arithmetic on i65..i128 in `rdx:rax`; operands and result are zero-extended
    /// above `bits` in their slots, like narrower integers.
    fn binary128(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, bits: u32, o: i32) -> R {
        use BinaryOp::*;
        let high_bits = bits - 64;
        match op {
            UDiv | SDiv | URem | SRem => {
                let name = match op {
                    UDiv => "__udivti3",
                    SDiv => "__divti3",
                    URem => "__umodti3",
                    _ => "__modti3",
                };
                self.gp(RDI, lhs)?;
                self.gp_hi(RSI, lhs)?;
                self.gp(RDX, rhs)?;
                self.gp_hi(RCX, rhs)?;
                if matches!(op, SDiv | SRem) {
                    self.asm.sext(RSI, high_bits);
                    self.asm.sext(RCX, high_bits);
                }
                let s = self.syms.external(self.m, name);
                self.aligned_call(s);
                self.asm.zext(RDX, high_bits);
                self.asm.st(RBP, o, RAX);
                self.asm.st(RBP, o + 8, RDX);
                return Ok(());
            }
            _ => {}
        }
        self.gp(RAX, lhs)?;
        self.gp_hi(RDX, lhs)?;
        self.gp(RCX, rhs)?;
        self.gp_hi(R8, rhs)?;
        if op == AShr {
            self.asm.sext(RDX, high_bits);
        }
        match op {
            Add => dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx ; adc rdx, r8),
            Sub => dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx ; sbb rdx, r8),
            And => dynasm!(self.asm.ops ; .arch x64 ; and rax, rcx ; and rdx, r8),
            Or => dynasm!(self.asm.ops ; .arch x64 ; or rax, rcx ; or rdx, r8),
            Xor => dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx ; xor rdx, r8),
            Mul => dynasm!(self.asm.ops ; .arch x64
                ; mov r9, rax ; imul r9, r8      // a_lo * b_hi
                ; mov r10, rdx ; imul r10, rcx   // a_hi * b_lo
                ; mul rcx                        // rdx:rax = a_lo * b_lo
                ; add rdx, r9 ; add rdx, r10),
            Shl => dynasm!(self.asm.ops ; .arch x64
                ; shld rdx, rax, cl ; shl rax, cl ; test cl, 64 ; jz >done
                ; mov rdx, rax ; xor eax, eax ; done:),
            LShr => dynasm!(self.asm.ops ; .arch x64
                ; shrd rax, rdx, cl ; shr rdx, cl ; test cl, 64 ; jz >done
                ; mov rax, rdx ; xor edx, edx ; done:),
            AShr => dynasm!(self.asm.ops ; .arch x64
                ; shrd rax, rdx, cl ; sar rdx, cl ; test cl, 64 ; jz >done
                ; mov rax, rdx ; sar rdx, 63 ; done:),
            _ => return Err(self.err(format!("i128 `{}`", op.name()))),
        }
        self.asm.zext(RDX, high_bits);
        self.asm.st(RBP, o, RAX);
        self.asm.st(RBP, o + 8, RDX);
        Ok(())
    }

    /// Emits the compare and returns the condition that is true when the predicate holds.
    fn icmp(&mut self, pred: IntPredicate, lhs: Operand, rhs: Operand) -> Result<Cc, CodegenError> {
        let ty = self.ty_of(lhs);
        if self.data(ty) == &TypeData::Int(128) || self.is_i128(ty) {
            return self.icmp128(pred, lhs, rhs);
        }
        let bits = self.int_bits(ty)?;
        let signed = matches!(
            pred,
            IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
        );
        self.gp(RAX, lhs)?;
        if signed && bits < 64 {
            self.asm.sext(RAX, bits);
        }
        let imm = match self.imm_of(rhs) {
            Some(k) if signed && bits < 64 => {
                // The slot holds the zero-extended value; compare against its sign extension.
                let sh = 64 - bits;
                let ks = ((k as i64 as u64) << sh) as i64 >> sh;
                i32::try_from(ks).ok()
            }
            other => other,
        };
        match imm {
            Some(k) => dynasm!(self.asm.ops ; .arch x64 ; cmp rax, k),
            _ => {
                self.gp(RCX, rhs)?;
                if signed && bits < 64 {
                    self.asm.sext(RCX, bits);
                }
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
            }
        }
        Ok(match pred {
            IntPredicate::Eq => Cc::E,
            IntPredicate::Ne => Cc::Ne,
            IntPredicate::Ugt => Cc::A,
            IntPredicate::Uge => Cc::Ae,
            IntPredicate::Ult => Cc::B,
            IntPredicate::Ule => Cc::Be,
            IntPredicate::Sgt => Cc::G,
            IntPredicate::Sge => Cc::Ge,
            IntPredicate::Slt => Cc::L,
            IntPredicate::Sle => Cc::Le,
        })
    }

    fn icmp128(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> Result<Cc, CodegenError> {
        use IntPredicate::*;
        let (a, b) = match pred {
            Ugt | Sgt | Ule | Sle => (rhs, lhs),
            _ => (lhs, rhs),
        };
        let bits = self.int_bits(self.ty_of(lhs))?;
        self.gp(RAX, a)?;
        self.gp_hi(RDX, a)?;
        self.gp(RCX, b)?;
        self.gp_hi(R8, b)?;
        if matches!(pred, Slt | Sgt | Sle | Sge) {
            // Slots hold iN zero-extended: sign-extend the high words from bit N-1.
            self.asm.sext(RDX, bits - 64);
            self.asm.sext(R8, bits - 64);
        }
        if matches!(pred, Eq | Ne) {
            dynasm!(self.asm.ops ; .arch x64 ; xor rax, rcx ; xor rdx, r8 ; or rax, rdx);
            return Ok(if pred == Eq { Cc::E } else { Cc::Ne });
        }
        dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx ; sbb rdx, r8);
        Ok(match pred {
            Ult | Ugt => Cc::B,
            Uge | Ule => Cc::Ae,
            Slt | Sgt => Cc::L,
            _ => Cc::Ge,
        })
    }

    /// Leaves the 0/1 result in `rax`.
    fn fcmp(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        use FloatPredicate::*;
        if self.is_x87(self.ty_of(lhs)) {
            return self.fcmp80(pred, lhs, rhs);
        }
        if self.is_fp128(self.ty_of(lhs)) {
            return self.fcmp_quad(pred, lhs, rhs);
        }
        let f32 = matches!(self.data(self.ty_of(lhs)), TypeData::Float);
        let swap = matches!(pred, Olt | Ole | Ugt | Uge);
        let (a, b) = if swap { (rhs, lhs) } else { (lhs, rhs) };
        match pred {
            False => {
                self.asm.imm(RAX, 0);
                return Ok(());
            }
            True => {
                self.asm.imm(RAX, 1);
                return Ok(());
            }
            _ => {}
        }
        self.xmm(0, a, f32)?;
        self.xmm(1, b, f32)?;
        if f32 {
            dynasm!(self.asm.ops ; .arch x64 ; ucomiss xmm0, xmm1);
        } else {
            dynasm!(self.asm.ops ; .arch x64 ; ucomisd xmm0, xmm1);
        }
        self.setcc_after_ucomi(pred);
        Ok(())
    }

    /// `rax` = `pred` from the flags of an unordered compare (`ucomisd`, `fucomip`: ZF, PF,
    /// CF, PF meaning unordered) whose operands were swapped for `olt`, `ole`, `ugt`, `uge`,
    /// since only the "above" conditions are safe with unordered operands.
    fn setcc_after_ucomi(&mut self, pred: FloatPredicate) {
        use FloatPredicate::*;
        match pred {
            Oeq => {
                self.asm.setcc(Cc::E, RAX);
                self.asm.setcc(Cc::Np, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; and eax, ecx);
            }
            Une => {
                self.asm.setcc(Cc::Ne, RAX);
                self.asm.setcc(Cc::P, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; or eax, ecx);
            }
            Ogt | Olt => self.asm.setcc(Cc::A, RAX),
            Oge | Ole => self.asm.setcc(Cc::Ae, RAX),
            One => self.asm.setcc(Cc::Ne, RAX),
            Ueq => self.asm.setcc(Cc::E, RAX),
            Ugt | Ult => self.asm.setcc(Cc::B, RAX),
            Uge | Ule => self.asm.setcc(Cc::Be, RAX),
            Ord => self.asm.setcc(Cc::Np, RAX),
            _ => self.asm.setcc(Cc::P, RAX),
        }
    }

    fn gep(&mut self, source_ty: Type, base: Operand, indices: &[Operand], v: Value) -> R {
        let o = self.slot(v)?;
        self.gp(RAX, base)?;
        let mut off: i64 = 0;
        let mut cur = source_ty;
        for (i, &idx) in indices.iter().enumerate() {
            let ity = self.ty_of(idx);
            if !self.m.types.is_int(ity) {
                return Err(self.err("getelementptr with a vector index"));
            }
            let ibits = bit_width(self.m, ity);
            let (elem_size, next) = if i == 0 {
                (self.size(cur), cur)
            } else {
                match self.data(cur) {
                    TypeData::Struct { .. } | TypeData::Named(_) => {
                        let Operand::Const(c) = idx else {
                            return Err(self.err("variable struct index"));
                        };
                        let CVal::Bits(k) = self.const_val(c)? else {
                            return Err(self.err("struct index"));
                        };
                        let (fo, t) = self
                            .dl
                            .member_offset(&self.m.types, cur, k as u64)
                            .ok_or_else(|| self.err("struct index out of range"))?;
                        off = off.wrapping_add(fo as i64);
                        cur = t;
                        continue;
                    }
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                        (self.size(*elem), *elem)
                    }
                    _ => return Err(self.err("getelementptr through a scalar")),
                }
            };
            cur = next;
            match idx {
                Operand::Const(c) => {
                    let CVal::Bits(k) = self.const_val(c)? else {
                        return Err(self.err("symbolic gep index"));
                    };
                    let k = if ibits >= 64 {
                        k as u64 as i64
                    } else {
                        ((k as u64) << (64 - ibits)) as i64 >> (64 - ibits)
                    };
                    off = off.wrapping_add(k.wrapping_mul(elem_size as i64));
                }
                Operand::Value(_) => {
                    if elem_size == 0 {
                        continue;
                    }
                    self.gp(RCX, idx)?;
                    if ibits > 64 {
                        // Only the low 64 bits of an i128 index matter for addresses.
                    } else {
                        self.asm.sext(RCX, ibits);
                    }
                    if elem_size.is_power_of_two() {
                        let sh = elem_size.trailing_zeros() as i8;
                        if sh > 0 {
                            dynasm!(self.asm.ops ; .arch x64 ; shl rcx, sh);
                        }
                    } else if elem_size <= i32::MAX as u64 {
                        dynasm!(self.asm.ops ; .arch x64 ; imul rcx, rcx, elem_size as i32);
                    } else {
                        self.asm.imm(RDX, elem_size);
                        dynasm!(self.asm.ops ; .arch x64 ; imul rcx, rdx);
                    }
                    dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                }
            }
        }
        self.asm.add_imm(RAX, off, RCX);
        self.leave_in_rax(v, o);
        Ok(())
    }

    fn cast(&mut self, op: CastOp, value: Operand, v: Value) -> R {
        let to = self.body.values[v].ty;
        let from = self.ty_of(value);
        let o = self.slot(v)?;
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        let from_f32 = matches!(self.data(from), TypeData::Float);
        let to_f32 = matches!(self.data(to), TypeData::Float);
        if op != CastOp::BitCast && (self.m.types.is_vector(from) || self.m.types.is_vector(to)) {
            return Err(self.err(format!("vector `{}`", op.name())));
        }
        if self.is_fp128(from) || self.is_fp128(to) {
            return self.cast_quad(op, value, from, to, o);
        }
        if self.m.types.is_long_float(from) || self.m.types.is_long_float(to) {
            return self.cast80(op, value, from, to, o);
        }
        match op {
            CastOp::Trunc | CastOp::PtrToInt | CastOp::IntToPtr | CastOp::ZExt => {
                if !self.is_word(from) && !self.is_i128(from) {
                    return Err(self.err("vector cast"));
                }
                self.gp(RAX, value)?;
                if tbits < 64 && tbits < fbits {
                    self.asm.zext(RAX, tbits);
                }
                self.asm.st(RBP, o, RAX);
                if tbits > 64 {
                    if fbits > 64 {
                        self.gp_hi(RAX, value)?;
                        self.asm.zext(RAX, tbits - 64);
                        self.asm.st(RBP, o + 8, RAX);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; mov QWORD [rbp + o + 8], 0);
                    }
                }
            }
            CastOp::SExt => {
                self.gp(RAX, value)?;
                self.asm.sext(RAX, fbits);
                if tbits > 64 {
                    self.asm.st(RBP, o, RAX);
                    if fbits > 64 {
                        self.gp_hi(RAX, value)?;
                        self.asm.sext(RAX, fbits - 64);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; sar rax, 63);
                    }
                    self.asm.zext(RAX, tbits - 64);
                    self.asm.st(RBP, o + 8, RAX);
                } else {
                    self.asm.zext(RAX, tbits);
                    self.asm.st(RBP, o, RAX);
                }
            }
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                if self.size(from) != self.size(to) && self.is_word(from) != self.is_word(to) {
                    return Err(self.err("bitcast between sizes"));
                }
                self.put_slot(value, from, o)?;
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                self.xmm(0, value, from_f32)?;
                match (from_f32, to_f32) {
                    (false, true) => dynasm!(self.asm.ops ; .arch x64 ; cvtsd2ss xmm0, xmm0),
                    (true, false) => dynasm!(self.asm.ops ; .arch x64 ; cvtss2sd xmm0, xmm0),
                    _ => {}
                }
                self.st_xmm(o, 0, to_f32);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                if tbits > 64 {
                    // libgcc: __fix{,uns}{s,d}fti(x) -> rax:rdx
                    self.xmm(0, value, from_f32)?;
                    let name = match (op == CastOp::FPToSI, from_f32) {
                        (true, false) => "__fixdfti",
                        (true, true) => "__fixsfti",
                        (false, false) => "__fixunsdfti",
                        (false, true) => "__fixunssfti",
                    };
                    self.libcall(name);
                    self.asm.zext(RDX, tbits - 64);
                    self.asm.st(RBP, o, RAX);
                    self.asm.st(RBP, o + 8, RDX);
                    return Ok(());
                }
                self.xmm(0, value, from_f32)?;
                let unsigned64 = op == CastOp::FPToUI && tbits == 64;
                if unsigned64 {
                    // x < 2^63: plain; else convert x - 2^63 and set the top bit.
                    let two63 = if from_f32 {
                        u64::from(2f32.powi(63).to_bits())
                    } else {
                        2f64.powi(63).to_bits()
                    };
                    self.asm.imm(R11, two63);
                    dynasm!(self.asm.ops ; .arch x64 ; movq xmm1, r11);
                    if from_f32 {
                        dynasm!(self.asm.ops ; .arch x64
                            ; ucomiss xmm0, xmm1 ; jae >big
                            ; cvttss2si rax, xmm0 ; jmp >done
                            ; big: ; subss xmm0, xmm1 ; cvttss2si rax, xmm0 ; btc rax, 63
                            ; done:);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64
                            ; ucomisd xmm0, xmm1 ; jae >big
                            ; cvttsd2si rax, xmm0 ; jmp >done
                            ; big: ; subsd xmm0, xmm1 ; cvttsd2si rax, xmm0 ; btc rax, 63
                            ; done:);
                    }
                } else if from_f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; cvttss2si rax, xmm0);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvttsd2si rax, xmm0);
                }
                self.asm.zext(RAX, tbits);
                self.asm.st(RBP, o, RAX);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                if fbits > 64 {
                    // libgcc: __float{,un}ti{s,d}f(rdi:rsi) -> xmm0
                    self.gp(RDI, value)?;
                    self.gp_hi(RSI, value)?;
                    if op == CastOp::SIToFP {
                        self.asm.sext(RSI, fbits - 64);
                    }
                    let name = match (op == CastOp::SIToFP, to_f32) {
                        (true, false) => "__floattidf",
                        (true, true) => "__floattisf",
                        (false, false) => "__floatuntidf",
                        (false, true) => "__floatuntisf",
                    };
                    self.libcall(name);
                    self.st_xmm(o, 0, to_f32);
                    return Ok(());
                }
                self.gp(RAX, value)?;
                if op == CastOp::SIToFP {
                    self.asm.sext(RAX, fbits);
                }
                if op == CastOp::UIToFP && fbits == 64 {
                    // Top bit set: halve (keeping the low bit for rounding), convert, double.
                    if to_f32 {
                        dynasm!(self.asm.ops ; .arch x64
                            ; test rax, rax ; js >big
                            ; cvtsi2ss xmm0, rax ; jmp >done
                            ; big: ; mov rcx, rax ; shr rcx, 1 ; and eax, 1 ; or rcx, rax
                            ; cvtsi2ss xmm0, rcx ; addss xmm0, xmm0
                            ; done:);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64
                            ; test rax, rax ; js >big
                            ; cvtsi2sd xmm0, rax ; jmp >done
                            ; big: ; mov rcx, rax ; shr rcx, 1 ; and eax, 1 ; or rcx, rax
                            ; cvtsi2sd xmm0, rcx ; addsd xmm0, xmm0
                            ; done:);
                    }
                } else if to_f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2ss xmm0, rax);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2sd xmm0, rax);
                }
                self.st_xmm(o, 0, to_f32);
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- control flow

    fn ret(&mut self, value: Option<Operand>) -> R {
        let rty = self.ty_of_ret();
        match (self.ret.clone(), value) {
            (RetLoc::Void, _) | (_, None) => {
                if let Some(p) = self.sret_param() {
                    self.gp(RAX, Operand::Value(p))?;
                }
            }
            (RetLoc::Gp, Some(v)) => {
                self.gp(RAX, v)?;
                if self.func.ret_attrs.has(ParamAttrs::SIGNEXT) {
                    let bits = bit_width(self.m, rty);
                    self.asm.sext(RAX, bits);
                }
            }
            (RetLoc::Gp2, Some(v)) => {
                self.gp(RAX, v)?;
                self.gp_hi(RDX, v)?;
            }
            (RetLoc::Xmm, Some(v)) => {
                let f32 = matches!(self.data(rty), TypeData::Float);
                self.xmm(0, v, f32)?;
            }
            (RetLoc::X87, Some(v)) => self.ret80(v)?,
            (RetLoc::Xmm16(n), Some(v)) => {
                let o = self.wide_addr(v, rty)?;
                self.load_xmm16(0, n, o);
            }
            (RetLoc::Parts(parts), Some(v)) => {
                // Materialise into a temporary area below the frame when constant.
                let base = match v {
                    Operand::Value(val) => self.slot(val)?,
                    Operand::Const(_) => {
                        let size = self.size(rty);
                        let t = self.alloc(size, 8)?;
                        self.store_mem(v, rty, RBP, t)?;
                        t
                    }
                };
                self.parts_to_regs(&parts, base);
            }
        }
        dynasm!(self.asm.ops ; .arch x64 ; mov rsp, rbp ; pop rbp ; ret);
        Ok(())
    }

    fn parts_to_regs(&mut self, parts: &[Eightbyte], base: i32) {
        let (mut g, mut x) = (0usize, 0u8);
        for (k, p) in parts.iter().enumerate() {
            let o = base + 8 * k as i32;
            match p {
                Eightbyte::Int => {
                    self.asm.ld([RAX, RDX][g], RBP, o);
                    g += 1;
                }
                Eightbyte::Sse => {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd Rx(x), QWORD [rbp + o]);
                    x += 1;
                }
            }
        }
    }

    fn regs_to_parts(&mut self, parts: &[Eightbyte], base: i32) {
        let (mut g, mut x) = (0usize, 0u8);
        for (k, p) in parts.iter().enumerate() {
            let o = base + 8 * k as i32;
            match p {
                Eightbyte::Int => {
                    self.asm.st(RBP, o, [RAX, RDX][g]);
                    g += 1;
                }
                Eightbyte::Sse => {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd QWORD [rbp + o], Rx(x));
                    x += 1;
                }
            }
        }
    }

    fn ty_of_ret(&self) -> Type {
        self.m
            .types
            .function_sig(self.func.ty)
            .map_or(Type::VOID, |(r, _, _)| r)
    }

    fn sret_param(&self) -> Option<Value> {
        self.func
            .param_attrs
            .iter()
            .position(|a| a.sret.is_some())
            .map(|i| self.func.params[i])
    }

    fn switch(&mut self, b: Block, value: Operand, default: Block, cases: &[(u128, Block)]) -> R {
        let ty = self.ty_of(value);
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            return Err(self.err("switch on i128"));
        }
        self.gp(RAX, value)?;
        let dflt = self.edge(b, default);
        let n = cases.len() as u64;
        let (min, max) = cases.iter().fold((u128::MAX, 0u128), |(lo, hi), (v, _)| {
            (lo.min(*v), hi.max(*v))
        });
        let range = max.wrapping_sub(min) as u64;
        if n >= 4 && max >= min && range < 4 * n && range < 100_000 {
            // Dense: jump table of i32 offsets relative to the table.
            let mut targets = vec![dflt; range as usize + 1];
            for &(v, t) in cases {
                targets[(v - min) as usize] = self.edge(b, t);
            }
            if min != 0 {
                self.imm_sub(min as u64);
            }
            self.asm.cmp_imm(RAX, range, RCX);
            self.asm.jcc(Cc::A, dflt);
            let table = self.asm.ops.new_dynamic_label();
            dynasm!(self.asm.ops ; .arch x64
                ; lea rcx, [=>table]
                ; movsxd rax, DWORD [rcx + rax * 4]
                ; add rax, rcx
                ; jmp rax
                ; .align 4
                ; =>table);
            let at = self.asm.pos();
            self.asm
                .ops
                .extend(std::iter::repeat_n(0u8, targets.len() * 4));
            self.fixups.push(Fixup::Table { at, targets });
        } else {
            // Sparse: binary search over the sorted cases, compare chains at the leaves.
            let mut sorted: Vec<(u64, DynamicLabel)> = Vec::with_capacity(cases.len());
            for &(v, t) in cases {
                let l = self.edge(b, t);
                sorted.push((v as u64, l));
            }
            sorted.sort_unstable_by_key(|&(v, _)| v);
            self.switch_search(&sorted, dflt);
        }
        self.emit_stubs()
    }

    /// Emits the search for `rax` (zero-extended) among sorted `cases`.
    fn switch_search(&mut self, cases: &[(u64, DynamicLabel)], dflt: DynamicLabel) {
        if cases.len() <= 4 {
            for &(v, l) in cases {
                self.asm.cmp_imm(RAX, v, RCX);
                self.asm.jcc(Cc::E, l);
            }
            self.asm.jmp(dflt);
            return;
        }
        let mid = cases.len() / 2;
        let upper = self.asm.ops.new_dynamic_label();
        self.asm.cmp_imm(RAX, cases[mid].0, RCX);
        self.asm.jcc(Cc::Ae, upper);
        self.switch_search(&cases[..mid], dflt);
        self.asm.ops.dynamic_label(upper);
        self.switch_search(&cases[mid..], dflt);
    }

    fn imm_sub(&mut self, k: u64) {
        if fits_i32(k) {
            dynasm!(self.asm.ops ; .arch x64 ; sub rax, k as i64 as i32);
        } else {
            self.asm.imm(RCX, k);
            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
        }
    }

    /// A call to a helper with arguments already in registers (the stack is 16-aligned
    /// between instructions).
    fn aligned_call(&mut self, s: SymbolIndex) {
        self.asm.call_sym(s);
    }

    // ---------------------------------------------------------------- calls

    fn call(&mut self, callee: Operand, fn_ty: Type, args: &[CallArg], res: Option<Value>) -> R {
        if let Operand::Const(c) = callee
            && let ConstKind::InlineAsm(a) = &self.m.const_data(c).kind
        {
            return self.inline_asm(a, args, res);
        }
        if let Operand::Const(c) = callee
            && let Some(GlobalRef::Function(f)) = self.m.strip_to_global(c)
        {
            let func = &self.m.functions[f];
            if func.name.starts_with("llvm.load.relative.") && args.len() == 2 && res.is_some() {
                // ptr + sext(load i32 (ptr + off))
                let v = res.ok_or_else(|| self.err("load.relative without a result"))?;
                let obits = bit_width(self.m, self.ty_of(args[1].value));
                self.gp(RDX, args[0].value)?;
                self.gp(RCX, args[1].value)?;
                self.asm.sext(RCX, obits);
                dynasm!(self.asm.ops ; .arch x64 ; movsxd rax, DWORD [rdx + rcx] ; add rax, rdx);
                let o = self.slot(v)?;
                self.asm.st(RBP, o, RAX);
                return Ok(());
            }
            if let Some(intr) = func.intrinsic {
                return self.intrinsic(intr, args, res);
            }
            if func.name.starts_with("llvm.") {
                return Err(self.err(format!("intrinsic `@{}`", func.name)));
            }
        }
        let (ret_ty, params, varargs) = self
            .m
            .types
            .function_sig(fn_ty)
            .ok_or_else(|| self.err("call type"))?;
        let mut tys: Vec<Type> = params.to_vec();
        for a in args.iter().skip(params.len()) {
            tys.push(self.ty_of(a.value));
        }
        let mut attrs = args.iter().map(|a| Some(&a.attrs));
        let lay = layout_args(self.m, self.dl, &tys, &mut attrs).map_err(|e| self.err(e))?;
        let retloc = classify_ret(self.m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        let stack = lay.stack_size.next_multiple_of(16) as i32;
        if stack > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; sub rsp, stack);
        }
        // Stack arguments first (they may use any scratch register).
        for (i, a) in args.iter().enumerate() {
            match lay.locs[i] {
                ArgLoc::Stack(off) => {
                    let ty = tys[i];
                    self.gp(RAX, a.value)?;
                    if a.attrs.has(ParamAttrs::SIGNEXT) {
                        self.asm.sext(RAX, bit_width(self.m, ty));
                    }
                    self.asm.st(RSP, off as i32, RAX);
                    if self.is_i128(ty) || self.is_x87(ty) {
                        self.gp_hi(RAX, a.value)?;
                        self.asm.st(RSP, off as i32 + 8, RAX);
                    }
                }
                ArgLoc::Byval { off, size } => {
                    self.gp(RSI, a.value)?;
                    self.asm.copy(RSP, off as i32, RSI, 0, u64::from(size), RAX);
                }
                // Whole SSE registers are loaded here too: materialising a constant may
                // use rcx, which the integer arguments below take.
                ArgLoc::Stack16 { off, .. } => self.arg_stack16(a.value, tys[i], off)?,
                ArgLoc::Xmm16 { first, n } => self.arg_xmm16(first, n, a.value, tys[i])?,
                _ => {}
            }
        }
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            match lay.locs[i] {
                ArgLoc::Gp(r) => {
                    let r = GP_ARGS[r as usize];
                    self.gp(r, a.value)?;
                    if a.attrs.has(ParamAttrs::SIGNEXT) {
                        self.asm.sext(r, bit_width(self.m, ty));
                    }
                }
                ArgLoc::Gp2(r) => {
                    self.gp(GP_ARGS[r as usize], a.value)?;
                    self.gp_hi(GP_ARGS[r as usize + 1], a.value)?;
                }
                ArgLoc::Xmm(x) => {
                    let f32 = matches!(self.data(ty), TypeData::Float);
                    self.xmm(x, a.value, f32)?;
                }
                _ => {}
            }
        }
        let direct = match callee {
            Operand::Const(c) => match self.const_val(c)? {
                CVal::Sym(r, 0) => self.syms.of(self.m, r),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        if varargs {
            let n = i32::from(lay.xmm_used);
            dynasm!(self.asm.ops ; .arch x64 ; mov eax, n);
        }
        match direct {
            Some(s) => self.asm.call_sym(s),
            None => {
                self.gp(R10, callee)?;
                dynasm!(self.asm.ops ; .arch x64 ; call r10);
            }
        }
        if stack > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; add rsp, stack);
        }
        if retloc == RetLoc::X87 && res.is_none() {
            self.pop80();
        }
        let Some(v) = res else { return Ok(()) };
        let o = self.slot(v)?;
        match retloc {
            RetLoc::Void => {}
            RetLoc::Gp => {
                let bits = bit_width(self.m, ret_ty);
                if bits < 64 && self.m.types.is_int(ret_ty) {
                    self.asm.zext(RAX, bits);
                }
                self.asm.st(RBP, o, RAX);
            }
            RetLoc::Gp2 => {
                self.asm.st(RBP, o, RAX);
                self.asm.st(RBP, o + 8, RDX);
            }
            RetLoc::Xmm => {
                let f32 = matches!(self.data(ret_ty), TypeData::Float);
                self.st_xmm(o, 0, f32);
            }
            RetLoc::X87 => self.fstp80(o),
            RetLoc::Parts(parts) => self.regs_to_parts(&parts, o),
            RetLoc::Xmm16(n) => {
                let size = self.size(ret_ty);
                self.store_xmm16(0, n, o, size);
            }
        }
        Ok(())
    }

    /// A call of a libc/libm function with the given register setup already done.
    fn libcall(&mut self, name: &'static str) {
        let s = self.syms.external(self.m, name);
        self.asm.call_sym(s);
    }

    fn intrinsic(&mut self, intr: Intrinsic, args: &[CallArg], res: Option<Value>) -> R {
        use Intrinsic::*;
        let missing = self.err("intrinsic argument count");
        let arg = |i: usize| -> Result<Operand, CodegenError> {
            args.get(i).map(|a| a.value).ok_or(missing.clone())
        };
        if intr.is_no_op() || matches!(intr, InvariantStart) {
            if let Some(v) = res {
                let o = self.slot(v)?;
                self.asm.zero(RBP, o, 8, RCX);
            }
            return Ok(());
        }
        match intr {
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                self.gp(RDI, arg(0)?)?;
                self.gp(RSI, arg(1)?)?;
                self.gp(RDX, arg(2)?)?;
                let name = match intr {
                    Memcpy | MemcpyInline => "memcpy",
                    Memmove => "memmove",
                    _ => "memset",
                };
                self.libcall(name);
                Ok(())
            }
            VaStart => {
                let va = self
                    .va
                    .ok_or_else(|| self.err("va_start in a non-variadic function"))?;
                self.gp(RDX, arg(0)?)?;
                let gp = i32::from(va.gp_used) * 8;
                let fp = 48 + i32::from(va.xmm_used) * 16;
                let ov = 16 + va.stack_bytes as i32;
                let save = va.save_area;
                dynasm!(self.asm.ops ; .arch x64
                    ; mov DWORD [rdx], gp
                    ; mov DWORD [rdx + 4], fp
                    ; lea rax, [rbp + ov]
                    ; mov [rdx + 8], rax
                    ; lea rax, [rbp + save]
                    ; mov [rdx + 16], rax);
                Ok(())
            }
            VaEnd => Ok(()),
            VaCopy => {
                self.gp(RDX, arg(0)?)?;
                self.gp(RSI, arg(1)?)?;
                self.asm.copy(RDX, 0, RSI, 0, 24, RCX);
                Ok(())
            }
            StackSave => {
                let o = self.slot(self.result(res)?)?;
                dynasm!(self.asm.ops ; .arch x64 ; mov [rbp + o], rsp);
                Ok(())
            }
            StackRestore => {
                self.gp(RAX, arg(0)?)?;
                dynasm!(self.asm.ops ; .arch x64 ; mov rsp, rax);
                Ok(())
            }
            FltRounds => {
                // MXCSR.RC (bits 13-14): nearest 0 -> 1, down 1 -> 3, up 2 -> 2, zero 3 -> 0.
                let o = self.slot(self.result(res)?)?;
                dynasm!(self.asm.ops ; .arch x64
                    ; stmxcsr [rbp + o]
                    ; mov ecx, [rbp + o] ; shr ecx, 11 ; and ecx, 0xc
                    ; mov eax, 0x0231 ; shr eax, cl ; and eax, 0xf
                    ; mov [rbp + o], rax);
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                dynasm!(self.asm.ops ; .arch x64 ; ud2);
                Ok(())
            }
            ThreadLocalAddress => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                let var = arg(0)?;
                let (size, align) = crate::objbuild::thread_local_layout(self.m, self.dl, var)
                    .map_err(|e| self.err(e))?;
                self.gp(RDI, var)?;
                self.asm.imm(RSI, size);
                self.asm.imm(RDX, align);
                self.libcall(crate::objbuild::TLS_ADDRESS_FN);
                self.asm.st(RBP, o, RAX);
                Ok(())
            }
            Expect
            | ExpectWithProbability
            | LaunderInvariantGroup
            | StripInvariantGroup
            | PtrAnnotation
            | Annotation => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                let o = self.slot(v)?;
                self.put_slot(arg(0)?, ty, o)
            }
            _ => {
                let v =
                    res.ok_or_else(|| self.err(format!("intrinsic `llvm.{}`", intr.base_name())))?;
                self.value_intrinsic(intr, args, v)
            }
        }
    }

    fn value_intrinsic(&mut self, intr: Intrinsic, args: &[CallArg], v: Value) -> R {
        use Intrinsic::*;
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        let a0 = args
            .first()
            .map(|a| a.value)
            .ok_or_else(|| self.err("intrinsic arguments"))?;
        let a = |i: usize| args.get(i).map(|a| a.value);
        if self.is_x87(ty) || self.is_x87(self.ty_of(a0)) {
            return self.intrinsic80(intr, args, v);
        }
        if self.is_fp128(ty) || self.is_fp128(self.ty_of(a0)) {
            return self.intrinsic_quad(intr, args, v);
        }
        let is_float = matches!(self.data(ty), TypeData::Float | TypeData::Double);
        let f32 = matches!(self.data(ty), TypeData::Float);
        if self.is_i128(ty) && matches!(intr, Smax | Smin | Umax | Umin | Abs) {
            return self.minmax128(intr, a0, a(1), ty, o);
        }
        if !is_float
            && !self.is_word(ty)
            && !matches!(
                intr,
                SAddWithOverflow
                    | UAddWithOverflow
                    | SSubWithOverflow
                    | USubWithOverflow
                    | SMulWithOverflow
                    | UMulWithOverflow
            )
        {
            return Err(self.err(format!(
                "intrinsic `llvm.{}` on `{}`",
                intr.base_name(),
                self.m.types.display(ty)
            )));
        }
        match intr {
            Smax | Smin | Umax | Umin => {
                let bits = self.int_bits(ty)?;
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                if matches!(intr, Smax | Smin) {
                    self.asm.sext(RAX, bits);
                    self.asm.sext(RCX, bits);
                }
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                let cc = match intr {
                    Smax => Cc::L,
                    Smin => Cc::G,
                    Umax => Cc::B,
                    _ => Cc::A,
                };
                self.asm.cmov(cc, RAX, RCX);
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            Abs => {
                let bits = self.int_bits(ty)?;
                self.gp(RAX, a0)?;
                self.asm.sext(RAX, bits);
                dynasm!(self.asm.ops ; .arch x64 ; mov rcx, rax ; neg rcx);
                self.asm.cmov(Cc::Ge, RAX, RCX);
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            Ctpop => {
                let bits = self.int_bits(ty)?;
                self.gp(RAX, a0)?;
                dynasm!(self.asm.ops ; .arch x64
                    ; xor ecx, ecx
                    ; test rax, rax ; jz >done
                    ; again: ; inc ecx ; lea rdx, [rax - 1] ; and rax, rdx ; jnz <again
                    ; done:);
                let _ = bits;
                self.asm.st(RBP, o, RCX);
            }
            Ctlz | Cttz => {
                let bits = self.int_bits(ty)? as i32;
                self.gp(RAX, a0)?;
                if intr == Ctlz {
                    // ctlz = bits - 1 - bsr(x); x == 0 -> bits.
                    dynasm!(self.asm.ops ; .arch x64
                        ; mov ecx, bits ; test rax, rax ; jz >done
                        ; bsr rax, rax ; mov ecx, bits - 1 ; sub ecx, eax
                        ; done:);
                } else {
                    dynasm!(self.asm.ops ; .arch x64
                        ; mov ecx, bits ; test rax, rax ; jz >done
                        ; bsf rcx, rax
                        ; done:);
                }
                self.asm.st(RBP, o, RCX);
            }
            Bswap => {
                let bits = self.int_bits(ty)?;
                if bits % 16 != 0 {
                    return Err(self.err("bswap of an odd width"));
                }
                self.gp(RAX, a0)?;
                dynasm!(self.asm.ops ; .arch x64 ; bswap rax);
                if bits < 64 {
                    let sh = (64 - bits) as i8;
                    dynasm!(self.asm.ops ; .arch x64 ; shr rax, sh);
                }
                self.asm.st(RBP, o, RAX);
            }
            Fshl | Fshr => {
                let bits = self.int_bits(ty)?;
                let (b, c) = (
                    a(1).ok_or_else(|| self.err("argument"))?,
                    a(2).ok_or_else(|| self.err("argument"))?,
                );
                self.gp(RAX, a0)?;
                self.gp(RDX, b)?;
                self.gp(RCX, c)?;
                if bits == 64 {
                    if intr == Fshl {
                        dynasm!(self.asm.ops ; .arch x64 ; shld rax, rdx, cl);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; shrd rdx, rax, cl ; mov rax, rdx);
                    }
                } else if bits <= 32 {
                    // t = a:b in 64 bits; shift by c % bits.
                    let sh = bits as i8;
                    let w = bits as i32;
                    dynasm!(self.asm.ops ; .arch x64
                        ; shl rax, sh ; or rax, rdx
                        ; mov r8, rax ; mov eax, ecx ; xor edx, edx ; mov ecx, w ; div ecx ; mov ecx, edx
                        ; mov rax, r8);
                    if intr == Fshl {
                        dynasm!(self.asm.ops ; .arch x64 ; shl rax, cl ; shr rax, sh);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; shr rax, cl);
                    }
                    self.asm.zext(RAX, bits);
                } else {
                    return Err(self.err("funnel shift of this width"));
                }
                self.asm.st(RBP, o, RAX);
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => {
                let (fields, _) = self
                    .m
                    .types
                    .struct_fields(ty)
                    .ok_or_else(|| self.err("overflow result type"))?;
                let ity = *fields
                    .first()
                    .ok_or_else(|| self.err("overflow result type"))?;
                let bits = self.int_bits(ity)?;
                if bits > 64 {
                    return Err(self.err("i128 overflow intrinsics"));
                }
                let (off1, _) = self.member_path(ty, &[1])?;
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                let signed = matches!(intr, SAddWithOverflow | SSubWithOverflow | SMulWithOverflow);
                if bits == 64 {
                    match intr {
                        SAddWithOverflow | UAddWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx)
                        }
                        SSubWithOverflow | USubWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx)
                        }
                        SMulWithOverflow => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rcx),
                        _ => dynasm!(self.asm.ops ; .arch x64 ; mul rcx),
                    }
                    let cc = match intr {
                        UAddWithOverflow | USubWithOverflow => Cc::B,
                        _ => Cc::O,
                    };
                    self.asm.setcc(cc, RCX);
                } else {
                    if signed {
                        self.asm.sext(RAX, bits);
                        self.asm.sext(RCX, bits);
                    }
                    match intr {
                        SAddWithOverflow | UAddWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx)
                        }
                        SSubWithOverflow | USubWithOverflow => {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx)
                        }
                        _ => dynasm!(self.asm.ops ; .arch x64 ; imul rax, rcx),
                    }
                    // Overflowed when the wide result differs from its own narrowing, or
                    // (64-bit multiply of > 32-bit operands) when the multiply overflowed.
                    if bits > 32 && matches!(intr, SMulWithOverflow | UMulWithOverflow) {
                        self.asm.setcc(Cc::O, R9);
                    } else {
                        dynasm!(self.asm.ops ; .arch x64 ; xor r9d, r9d);
                    }
                    if intr == UMulWithOverflow && bits > 32 {
                        // Redo as an unsigned full multiply: rdx != 0 means overflow.
                        self.gp(RAX, a0)?;
                        self.gp(RCX, b)?;
                        dynasm!(self.asm.ops ; .arch x64 ; mul rcx ; test rdx, rdx ; setnz r9b);
                    }
                    self.asm.mov(RDX, RAX);
                    if signed {
                        self.asm.sext(RDX, bits);
                    } else {
                        self.asm.zext(RDX, bits);
                    }
                    dynasm!(self.asm.ops ; .arch x64 ; cmp rdx, rax ; setne cl ; or cl, r9b ; movzx ecx, cl);
                    self.asm.zext(RAX, bits);
                }
                let n = self.store_size(ity) as u32;
                self.asm.zero(RBP, o, self.size(ty).max(8), RDX);
                self.asm.st_bytes(RBP, o, RAX, n);
                self.asm.st_n(RBP, o + off1, RCX, 1);
            }
            SAddSat | SSubSat | UAddSat | USubSat => {
                let bits = self.int_bits(ty)?;
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                let umax = if bits >= 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                match intr {
                    UAddSat => {
                        if bits == 64 {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx ; jnc >ok ; mov rax, -1 ; ok:);
                        } else {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                            self.asm.imm(RCX, umax);
                            dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                            self.asm.cmov(Cc::A, RAX, RCX);
                        }
                    }
                    USubSat => {
                        dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx ; jae >ok ; xor eax, eax ; ok:)
                    }
                    _ if bits == 64 => {
                        dynasm!(self.asm.ops ; .arch x64 ; mov rdx, rax);
                        if intr == SAddSat {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                        } else {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
                        }
                        // Saturate toward the sign of the first operand.
                        dynasm!(self.asm.ops ; .arch x64
                            ; jno >ok ; sar rdx, 63 ; mov rax, QWORD i64::MAX ; xor rax, rdx ; ok:);
                    }
                    _ => {
                        self.asm.sext(RAX, bits);
                        self.asm.sext(RCX, bits);
                        if intr == SAddSat {
                            dynasm!(self.asm.ops ; .arch x64 ; add rax, rcx);
                        } else {
                            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
                        }
                        let max = (umax >> 1) as i64;
                        self.asm.imm(RCX, max as u64);
                        dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                        self.asm.cmov(Cc::G, RAX, RCX);
                        self.asm.imm(RCX, (-max - 1) as u64);
                        dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                        self.asm.cmov(Cc::L, RAX, RCX);
                    }
                }
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            IsFpClass => {
                let x = a0;
                let xty = self.ty_of(x);
                let f32 = matches!(self.data(xty), TypeData::Float);
                if !matches!(self.data(xty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("is.fpclass of this type"));
                }
                let Some(Operand::Const(mc)) = a(1) else {
                    return Err(self.err("is.fpclass mask"));
                };
                let CVal::Bits(mask) = self.const_val(mc)? else {
                    return Err(self.err("is.fpclass mask"));
                };
                // Class index in ecx: 0 snan 1 qnan 2 -inf 3 -normal 4 -subnormal 5 -zero
                // 6 +zero 7 +subnormal 8 +normal 9 +inf; then (mask >> class) & 1.
                self.gp(RAX, x)?;
                let (mbits, ebits) = if f32 { (23i8, 8i8) } else { (52i8, 11i8) };
                let sign = mbits + ebits;
                dynasm!(self.asm.ops ; .arch x64
                    ; mov rdx, rax ; shr rdx, mbits ; and edx, (1 << ebits) - 1   // exponent
                    ; mov r8, rax ; shl r8, 64 - mbits                          // mantissa (top-aligned)
                    ; mov r9, rax ; shr r9, sign ; and r9d, 1                     // sign
                    ; cmp edx, (1 << ebits) - 1 ; jne >finite
                    ; test r8, r8 ; jnz >nan
                    ; mov ecx, 9 ; test r9d, r9d ; jz >done ; mov ecx, 2 ; jmp >done
                    ; nan: ; xor ecx, ecx ; bt r8, 63 ; adc ecx, 0 ; jmp >done
                    ; finite: ; test edx, edx ; jnz >normal
                    ; test r8, r8 ; jnz >sub
                    ; mov ecx, 6 ; test r9d, r9d ; jz >done ; mov ecx, 5 ; jmp >done
                    ; sub: ; mov ecx, 7 ; test r9d, r9d ; jz >done ; mov ecx, 4 ; jmp >done
                    ; normal: ; mov ecx, 8 ; test r9d, r9d ; jz >done ; mov ecx, 3
                    ; done:);
                self.asm.imm(RAX, mask as u64);
                dynasm!(self.asm.ops ; .arch x64 ; shr eax, cl ; and eax, 1);
                self.asm.st(RBP, o, RAX);
            }
            BitReverse => {
                let bits = self.int_bits(ty)? as i32;
                self.gp(RAX, a0)?;
                dynasm!(self.asm.ops ; .arch x64
                    ; xor ecx, ecx ; mov edx, bits
                    ; again: ; shr rax, 1 ; rcl rcx, 1 ; dec edx ; jnz <again);
                self.asm.st(RBP, o, RCX);
            }
            Lround | Llround | Lrint | Llrint => {
                let aty = self.ty_of(a0);
                let af32 = matches!(self.data(aty), TypeData::Float);
                if !matches!(self.data(aty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("lround/lrint of this type"));
                }
                let name = match (intr, af32) {
                    (Lround, false) => "lround",
                    (Lround, true) => "lroundf",
                    (Llround, false) => "llround",
                    (Llround, true) => "llroundf",
                    (Lrint, false) => "lrint",
                    (Lrint, true) => "lrintf",
                    (Llrint, false) => "llrint",
                    _ => "llrintf",
                };
                self.xmm(0, a0, af32)?;
                self.libcall(name);
                let bits = self.int_bits(ty)?;
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            Ldexp if is_float => {
                let n = a(1).ok_or_else(|| self.err("argument"))?;
                self.xmm(0, a0, f32)?;
                self.gp(RDI, n)?;
                self.libcall(if f32 { "ldexpf" } else { "ldexp" });
                self.st_xmm(o, 0, f32);
            }
            Scmp | Ucmp => {
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                let abits = self.int_bits(self.ty_of(a0))?;
                if abits > 64 {
                    return Err(self.err("three-way compare of i128"));
                }
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                if intr == Scmp {
                    self.asm.sext(RAX, abits);
                    self.asm.sext(RCX, abits);
                }
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                let (gt, lt) = if intr == Scmp {
                    (Cc::G, Cc::L)
                } else {
                    (Cc::A, Cc::B)
                };
                self.asm.setcc(gt, RAX);
                self.asm.setcc(lt, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
                let bits = self.int_bits(ty)?;
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            FrameAddress | ReturnAddress => {
                let Operand::Const(c) = a0 else {
                    return Err(self.err("frame or return address of a variable depth"));
                };
                if self.const_val(c)? != CVal::Bits(0) {
                    return Err(self.err("frame or return address of an outer frame"));
                }
                if intr == FrameAddress {
                    dynasm!(self.asm.ops ; .arch x64 ; mov [rbp + o], rbp);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mov rax, [rbp + 8] ; mov [rbp + o], rax);
                }
            }
            ObjectSize => {
                // Unknown size: -1 for "maximum", 0 for "minimum".
                let min = match a(1) {
                    Some(Operand::Const(c)) => self.const_val(c)? == CVal::Bits(1),
                    _ => false,
                };
                let bits = self.int_bits(ty)?;
                let v = if min {
                    0
                } else if bits >= 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                self.asm.imm(RAX, v);
                self.asm.st(RBP, o, RAX);
            }
            IsConstant => {
                self.asm.imm(RAX, 0);
                self.asm.st(RBP, o, RAX);
            }
            PtrMask => {
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                dynasm!(self.asm.ops ; .arch x64 ; and rax, rcx);
                self.asm.st(RBP, o, RAX);
            }
            Fabs if is_float => {
                self.gp(RAX, a0)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; and eax, 0x7fff_ffff);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; btr rax, 63);
                }
                self.asm.st(RBP, o, RAX);
            }
            Copysign if is_float => {
                let b = a(1).ok_or_else(|| self.err("argument"))?;
                self.gp(RAX, a0)?;
                self.gp(RCX, b)?;
                let sign = if f32 { 1u64 << 31 } else { 1u64 << 63 };
                self.asm.imm(RDX, sign);
                dynasm!(self.asm.ops ; .arch x64 ; and rcx, rdx ; not rdx ; and rax, rdx ; or rax, rcx);
                self.asm.st(RBP, o, RAX);
            }
            Sqrt if is_float => {
                self.xmm(0, a0, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; sqrtss xmm0, xmm0);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; sqrtsd xmm0, xmm0);
                }
                self.st_xmm(o, 0, f32);
            }
            FMulAdd if is_float => {
                self.xmm(0, a0, f32)?;
                self.xmm(1, a(1).ok_or_else(|| self.err("argument"))?, f32)?;
                self.xmm(2, a(2).ok_or_else(|| self.err("argument"))?, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch x64 ; mulss xmm0, xmm1 ; addss xmm0, xmm2);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mulsd xmm0, xmm1 ; addsd xmm0, xmm2);
                }
                self.st_xmm(o, 0, f32);
            }
            Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt | Fma | MinNum | MaxNum
            | Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos
                if is_float =>
            {
                let name: &'static str = match (intr, f32) {
                    (Floor, false) => "floor",
                    (Floor, true) => "floorf",
                    (Ceil, false) => "ceil",
                    (Ceil, true) => "ceilf",
                    (Trunc, false) => "trunc",
                    (Trunc, true) => "truncf",
                    (Round, false) => "round",
                    (Round, true) => "roundf",
                    (RoundEven, false) => "roundeven",
                    (RoundEven, true) => "roundevenf",
                    (Rint, false) => "rint",
                    (Rint, true) => "rintf",
                    (NearbyInt, false) => "nearbyint",
                    (NearbyInt, true) => "nearbyintf",
                    (Fma, false) => "fma",
                    (Fma, true) => "fmaf",
                    (MinNum, false) => "fmin",
                    (MinNum, true) => "fminf",
                    (MaxNum, false) => "fmax",
                    (MaxNum, true) => "fmaxf",
                    (Pow, false) => "pow",
                    (Pow, true) => "powf",
                    (Exp, false) => "exp",
                    (Exp, true) => "expf",
                    (Exp2, false) => "exp2",
                    (Exp2, true) => "exp2f",
                    (Log, false) => "log",
                    (Log, true) => "logf",
                    (Log2, false) => "log2",
                    (Log2, true) => "log2f",
                    (Log10, false) => "log10",
                    (Log10, true) => "log10f",
                    (Sin, false) => "sin",
                    (Sin, true) => "sinf",
                    (Cos, false) => "cos",
                    _ => "cosf",
                };
                for (i, arg) in args.iter().enumerate().take(3) {
                    self.xmm(i as u8, arg.value, f32)?;
                }
                self.libcall(name);
                self.st_xmm(o, 0, f32);
            }
            _ => return Err(self.err(format!("intrinsic `llvm.{}`", intr.base_name()))),
        }
        Ok(())
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
