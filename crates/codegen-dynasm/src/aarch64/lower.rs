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
use jit_core::backend::CodegenError;
use jit_core::ir::{
    AsmAction, AsmFence, BinaryOp, Block, Body, CallArg, CastOp, Const, ConstKind, FloatPredicate,
    FuncId, Function, GlobalRef, InlineAsm, Inst, InstKind, IntPredicate, Intrinsic, Module,
    Operand, ParamAttrs, SrcLoc, Type, TypeData, Value,
};

use super::abi::{ArgLoc, RetLoc, classify_ret, layout_args};
use super::emit::{Asm, Cond, FP, Mem, SP, X8, X9, X10, X11, X12, X13, X14, X16};
use crate::blockaddr::{BlockLabels, PendingText, function_symbol};
use crate::objbuild::SymbolTable;
use crate::x64::consts::{CVal, bit_width, eval};

mod quad;

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
enum Loc {
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
}

impl<'a> Lowerer<'a> {
    /// A lowerer for module `m`; jump tables go to `.rodata` (section `rodata` of the
    /// object) from offset `tables_start` on; `blocks` labels the blocks whose address the
    /// module takes.
    pub fn new(
        m: &'a Module,
        dl: &'a DataLayout,
        rodata: jit_core::object::SectionIndex,
        tables_start: u64,
        blocks: &'a BlockLabels,
    ) -> Self {
        Lowerer {
            m,
            dl,
            fixups: Vec::new(),
            tables_end: tables_start,
            rodata,
            blocks,
            block_relocs: Vec::new(),
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
        };
        let at = fl.run()?;
        let size = fl.frame.next_multiple_of(16);
        self.fixups.push(Fixup::Frame { at, size });
        Ok(())
    }
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
    fn err(&self, msg: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported {
            function: self.func.name.to_string(),
            location: format!("{}:{}", crate::objbuild::file_of(self.m), self.cur_loc),
            message: msg.into(),
        }
    }

    fn ty_of(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body.values[v].ty,
            Operand::Const(c) => self.m.const_data(c).ty,
        }
    }

    fn data(&self, ty: Type) -> &TypeData {
        self.m.types.data(ty)
    }

    fn size(&self, ty: Type) -> u64 {
        self.dl.alloc_size(&self.m.types, ty)
    }

    fn store_size(&self, ty: Type) -> u64 {
        self.dl.store_size(&self.m.types, ty)
    }

    fn alloc(&mut self, size: u64, align: u64) -> Result<i64, CodegenError> {
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
        Ok(-(end as i64))
    }

    fn slot(&self, v: Value) -> Result<i64, CodegenError> {
        match self.loc[v.as_u32() as usize] {
            Loc::Slot(o) => Ok(o),
            _ => Err(self.err("use of a value without storage")),
        }
    }

    fn result(&self, res: Option<Value>) -> Result<Value, CodegenError> {
        res.ok_or_else(|| self.err("instruction without a result"))
    }

    fn is_word(&self, ty: Type) -> bool {
        match self.data(ty) {
            TypeData::Int(b) => *b <= 64,
            TypeData::Float | TypeData::Double | TypeData::Ptr(_) => true,
            _ => false,
        }
    }

    fn is_i128(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Int(b) if *b > 64)
    }

    fn is_f32(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Float)
    }

    fn int_bits(&self, ty: Type) -> Result<u32, CodegenError> {
        match self.data(ty) {
            TypeData::Int(b) if *b <= 128 => Ok(*b),
            TypeData::Ptr(_) => Ok(64),
            _ => Err(self.err(format!(
                "integer operation on `{}`",
                self.m.types.display(ty)
            ))),
        }
    }

    /// Lane count and lane size in bytes of a vector whose lanes are whole bytes.
    fn lane_shape(&self, vty: Type, ety: Type) -> Result<(u64, u64), CodegenError> {
        let lanes = self.m.types.array_elem(vty).map_or(0, |(_, n)| n);
        let lane_size = self.store_size(ety);
        let bits = match self.data(ety) {
            TypeData::Int(b) => u64::from(*b),
            _ => lane_size * 8,
        };
        if lanes == 0 || bits != lane_size * 8 {
            return Err(self.err(format!("lane access in `{}`", self.m.types.display(vty))));
        }
        Ok((lanes, lane_size))
    }

    fn const_val(&self, c: Const) -> Result<CVal, CodegenError> {
        eval(self.m, self.dl, c).map_err(|e| self.err(e))
    }

    fn const_int(&self, op: Operand) -> Option<u64> {
        let Operand::Const(c) = op else { return None };
        match eval(self.m, self.dl, c).ok()? {
            CVal::Bits(b) => Some(b as u64),
            CVal::Sym(..) | CVal::Block(..) | CVal::BlockDiff(..) => None,
        }
    }

    // ---------------------------------------------------------------- operands

    /// Loads a word operand (its 64-bit slot pattern) into `reg`.
    fn gp(&mut self, reg: u8, op: Operand) -> R {
        match op {
            Operand::Value(v) => match self.loc[v.as_u32() as usize] {
                Loc::Slot(o) => self.asm.ldx(reg, FP, o),
                Loc::Addr(o) => self.asm.add_off(reg, FP, o),
                Loc::None => return Err(self.err("use of a void value")),
            },
            Operand::Const(c) => self.gp_const(reg, c)?,
        }
        Ok(())
    }

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
                    self.asm.addr_sym(reg, s, off);
                } else {
                    self.asm.got_load(reg, s);
                    if off != 0 {
                        self.asm.imm(X16, off as u64);
                        dynasm!(self.asm.ops ; .arch aarch64 ; add X(reg), X(reg), x16);
                    }
                }
                return Ok(());
            }
            Ok(CVal::Block(f, b, off)) => {
                self.block_addr(reg, f, b, off)?;
                return Ok(());
            }
            Ok(CVal::BlockDiff(f, plus, minus, addend)) => {
                function_symbol(self.syms, f).map_err(|e| self.err(e))?;
                let (Some(plus), Some(minus)) =
                    (self.blocks.get(f, plus), self.blocks.get(f, minus))
                else {
                    return Err(
                        self.err("internal error (please report): blockaddress without a label")
                    );
                };
                let at = self.asm.pos();
                self.asm.word(0);
                self.asm.word(0);
                self.fixups.push(Fixup::Distance {
                    at,
                    reg,
                    plus,
                    minus,
                    addend,
                });
                self.asm.sext(reg, reg, 32);
                let bits = bit_width(self.m, self.m.const_data(c).ty);
                if bits < 64 {
                    self.asm.zext(reg, bits);
                }
                return Ok(());
            }
            Err(e) => e,
        };
        let data = self.m.const_data(c);
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
        Err(self.err(err))
    }

    /// High 64 bits of an `i128` operand.
    fn gp_hi(&mut self, reg: u8, op: Operand) -> R {
        match op {
            Operand::Value(v) => {
                let o = self.slot(v)?;
                self.asm.ldx(reg, FP, o + 8);
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

    /// Loads a float/double operand into `v<r>`.
    fn fp(&mut self, r: u8, op: Operand, f32: bool) -> R {
        match op {
            Operand::Value(v) if matches!(self.loc[v.as_u32() as usize], Loc::Slot(_)) => {
                let o = self.slot(v)?;
                self.asm.ld(if f32 { Mem::S } else { Mem::D }, r, FP, o);
            }
            _ => {
                self.gp(X9, op)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; fmov D(r), x9);
            }
        }
        Ok(())
    }

    /// Stores `v<r>` into a slot (a `float` zero-extended to 8 bytes).
    fn st_fp(&mut self, o: i64, r: u8, f32: bool) {
        if f32 {
            dynasm!(self.asm.ops ; .arch aarch64 ; fmov w9, S(r));
            self.asm.stx(X9, FP, o);
        } else {
            self.asm.st(Mem::D, r, FP, o);
        }
    }

    /// Writes the value of `op` (type `ty`) in memory format at `[base + off]`.
    /// `base` must not be `x9`/`x10`.
    fn store_mem(&mut self, op: Operand, ty: Type, base: u8, off: i64) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.gp(X9, op)?;
            self.asm.st_bytes(X9, base, off, n, X10);
            return Ok(());
        }
        if self.is_i128(ty) {
            // i65..i128 write only their store size (packed bitfields store i72 in 9 bytes).
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.gp(X9, op)?;
            self.asm.stx(X9, base, off);
            self.gp_hi(X9, op)?;
            self.asm.st_bytes(X9, base, off + 8, high_bytes, X10);
            return Ok(());
        }
        match op {
            Operand::Value(v) => {
                let n = self.store_size(ty);
                match self.loc[v.as_u32() as usize] {
                    Loc::Slot(o) => self.asm.copy(base, off, FP, o, n, X9),
                    _ => return Err(self.err("aggregate value without a slot")),
                }
            }
            Operand::Const(c) => self.write_const(c, ty, base, off)?,
        }
        Ok(())
    }

    fn write_const(&mut self, c: Const, ty: Type, base: u8, off: i64) -> R {
        let data = self.m.const_data(c);
        match &data.kind {
            ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison => {
                let n = self.store_size(ty);
                self.asm.zero(base, off, n);
            }
            ConstKind::Aggregate(elems) => match self.data(ty) {
                TypeData::Struct { .. } | TypeData::Named(_) => {
                    let layout = self.dl.struct_layout(&self.m.types, ty);
                    let fields = self
                        .m
                        .types
                        .struct_fields(ty)
                        .map(|(f, _)| f.to_vec())
                        .unwrap_or_default();
                    self.asm.zero(base, off, layout.size);
                    for ((e, f), o) in elems.iter().zip(fields).zip(layout.offsets.iter()) {
                        self.write_const(*e, f, base, off + *o as i64)?;
                    }
                }
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    let elem = *elem;
                    let sz = self.size(elem) as i64;
                    for (i, e) in elems.iter().enumerate() {
                        self.write_const(*e, elem, base, off + i as i64 * sz)?;
                    }
                }
                _ => return Err(self.err("aggregate constant of scalar type")),
            },
            ConstKind::Bytes(bytes) => {
                let bytes = bytes.clone();
                for (i, chunk) in bytes.chunks(8).enumerate() {
                    let mut w = [0u8; 8];
                    w[..chunk.len()].copy_from_slice(chunk);
                    self.asm.imm(X9, u64::from_le_bytes(w));
                    self.asm
                        .st_bytes(X9, base, off + 8 * i as i64, chunk.len() as u32, X10);
                }
            }
            ConstKind::WideFloat(bits) if self.is_quad(ty) => {
                self.write_const_quad(*bits, base, off)
            }
            _ => self.store_mem(Operand::Const(c), ty, base, off)?,
        }
        Ok(())
    }

    /// Copies the value of `op` (type `ty`) into the slot at `off`.
    fn put_slot(&mut self, op: Operand, ty: Type, off: i64) -> R {
        if self.is_word(ty) {
            self.gp(X9, op)?;
            self.asm.stx(X9, FP, off);
            Ok(())
        } else {
            self.store_mem(op, ty, FP, off)
        }
    }

    /// Loads a value of type `ty` from `[base + off]` into the slot `dst`.
    /// `base` must not be `x9`/`x10`.
    fn load_mem(&mut self, ty: Type, base: u8, off: i64, dst: i64) -> R {
        if self.is_word(ty) {
            let n = self.store_size(ty) as u32;
            self.asm.ld_bytes(X9, base, off, n, X10);
            if let TypeData::Int(b) = self.data(ty)
                && *b % 8 != 0
            {
                self.asm.zext(X9, *b);
            }
            self.asm.stx(X9, FP, dst);
        } else if self.is_quad(ty) {
            self.asm.ldx(X9, base, off);
            self.asm.stx(X9, FP, dst);
            self.asm.ldx(X9, base, off + 8);
            self.asm.stx(X9, FP, dst + 8);
        } else if self.is_i128(ty) {
            // Only the store size, zero-extended above the width (the slot invariant).
            let high_bytes = self.store_size(ty) as u32 - 8;
            self.asm.ldx(X9, base, off);
            self.asm.stx(X9, FP, dst);
            self.asm.ld_bytes(X9, base, off + 8, high_bytes, X10);
            self.asm.zext(X9, self.int_bits(ty)? - 64);
            self.asm.stx(X9, FP, dst + 8);
        } else if self.m.types.is_aggregate(ty) || self.m.types.is_vector(ty) {
            // Vectors in slots keep their memory layout (lanes via extract/insertelement).
            let n = self.store_size(ty);
            self.asm.copy(FP, dst, base, off, n, X9);
        } else {
            return Err(self.err(format!("load of `{}`", self.m.types.display(ty))));
        }
        Ok(())
    }

    /// A frame copy of an operand of any type (constants materialised): its slot offset.
    fn in_memory(&mut self, op: Operand, ty: Type) -> Result<i64, CodegenError> {
        match op {
            Operand::Value(v) => self.slot(v),
            Operand::Const(c) => {
                let tmp = self.alloc(self.size(ty).max(16), 16)?;
                self.write_const(c, ty, FP, tmp)?;
                Ok(tmp)
            }
        }
    }

    // ---------------------------------------------------------------- driver

    /// Lowers the function; returns the offset of the frame-size patch.
    /// `x86_fp80` has no meaning on AArch64 (clang never emits it there): a function
    /// touching it is refused as a whole with a clear message.
    fn refuse_long_double(&self, ret_ty: Type, param_tys: &[Type]) -> R {
        fn wide(types: &jit_core::ir::Types, t: Type, depth: u32) -> bool {
            if depth > 32 {
                return false;
            }
            match types.data(t) {
                TypeData::X86Fp80 => true,
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    wide(types, *elem, depth + 1)
                }
                TypeData::Struct { .. } | TypeData::Named(_) => types
                    .struct_fields(t)
                    .is_some_and(|(f, _)| f.iter().any(|&f| wide(types, f, depth + 1))),
                _ => false,
            }
        }
        let types = &self.m.types;
        let body = self.body;
        let mut found = std::iter::once(ret_ty)
            .chain(param_tys.iter().copied())
            .any(|t| wide(types, t, 0))
            || body.values.values().any(|v| wide(types, v.ty, 0));
        if !found {
            for &b in &body.layout {
                for &i in &body.blocks[b].insts {
                    body.insts[i].kind.for_each_operand(|op| {
                        if let Operand::Const(c) = op {
                            found |= wide(types, self.m.const_data(c).ty, 0);
                        }
                    });
                }
            }
        }
        if found {
            return Err(self
                .err("`x86_fp80` (the x87 long double) is not supported by the AArch64 backend"));
        }
        Ok(())
    }

    fn run(&mut self) -> Result<usize, CodegenError> {
        let body = self.body;
        let m = self.m;
        let nvals = body.values.len();
        self.loc = vec![Loc::None; nvals];
        self.uses = vec![0; nvals];
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
        self.refuse_long_double(ret_ty, param_tys)?;
        self.ret = classify_ret(m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        let mut attrs = self.func.param_attrs.iter().map(Some);
        let params = layout_args(m, self.dl, param_tys, &mut attrs).map_err(|e| self.err(e))?;

        let va_areas = if varargs {
            Some((self.alloc(64, 16)?, self.alloc(128, 16)?))
        } else {
            None
        };
        for (i, &p) in self.func.params.iter().enumerate() {
            let ty = body.values[p].ty;
            self.loc[p.as_u32() as usize] = match params.locs.get(i) {
                Some(ArgLoc::Stack { off, .. }) if !self.is_word(ty) && !self.is_i128(ty) => {
                    Loc::Slot(16 + i64::from(*off))
                }
                Some(ArgLoc::Byval { off, .. }) => Loc::Addr(16 + i64::from(*off)),
                _ => Loc::Slot(self.alloc(self.size(ty).max(8), 16)?),
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
                if matches!(self.data(ty), TypeData::Void) {
                    continue;
                }
                let size = self.size(ty).max(8);
                self.loc[v.as_u32() as usize] = Loc::Slot(self.alloc(size, 8)?);
            }
        }

        // Prologue: frame record, frame (size patched at the end).
        self.asm.word(0xa9bf_7bfd); // stp x29, x30, [sp, #-16]!
        self.asm.word(0x9100_03fd); // mov x29, sp
        let frame_at = self.asm.pos();
        self.asm.word(0xd280_0000 | u32::from(X16)); // movz x16, #frame_lo
        self.asm.word(0xf2a0_0000 | u32::from(X16)); // movk x16, #frame_hi, lsl 16
        self.asm.word(0xcb30_63ff); // sub sp, sp, x16 (uxtx)
        if let Some((gr, vr)) = va_areas {
            for r in 0..8u8 {
                self.asm.stx(r, FP, gr + 8 * i64::from(r));
                self.asm.st(Mem::Q, r, FP, vr + 16 * i64::from(r));
            }
            self.va = Some(VaInfo {
                gr_area: gr,
                vr_area: vr,
                gp_used: params.gp_used,
                fp_used: params.fp_used,
                stack_bytes: params.stack_size,
            });
        }
        for (i, &p) in self.func.params.iter().enumerate() {
            let ty = body.values[p].ty;
            let dst = match self.loc[p.as_u32() as usize] {
                Loc::Slot(o) if o < 0 => o,
                _ => continue,
            };
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            match params.locs[i] {
                ArgLoc::Gp { first, n } => {
                    if n == 1 && bits < 64 {
                        self.asm.mov(X9, first);
                        self.asm.zext(X9, bits);
                        self.asm.stx(X9, FP, dst);
                    } else {
                        for k in 0..n {
                            self.asm.stx(first + k, FP, dst + 8 * i64::from(k));
                        }
                    }
                }
                ArgLoc::X8 => self.asm.stx(X8, FP, dst),
                ArgLoc::Fp {
                    first,
                    n,
                    elem_size,
                } => {
                    if n == 1 && self.is_word(ty) {
                        self.st_fp(dst, first, elem_size == 4);
                    } else {
                        let k = fp_mem(elem_size);
                        for j in 0..n {
                            self.asm.st(
                                k,
                                first + j,
                                FP,
                                dst + i64::from(j) * i64::from(elem_size),
                            );
                        }
                    }
                }
                ArgLoc::Byval { .. } => {}
                ArgLoc::Stack { off, size } => {
                    let src = 16 + i64::from(off);
                    if self.is_word(ty) {
                        self.asm
                            .ld_bytes(X9, FP, src, self.store_size(ty) as u32, X10);
                        self.asm.zext(X9, bits);
                        self.asm.stx(X9, FP, dst);
                    } else {
                        self.asm.copy(FP, dst, FP, src, u64::from(size), X9);
                    }
                }
            }
        }

        for (bi, &b) in body.layout.iter().enumerate() {
            let next = body.layout.get(bi + 1).copied();
            let label = self.labels[b.as_u32() as usize];
            self.asm.ops.dynamic_label(label);
            let insts = &body.blocks[b].insts;
            for (ii, &i) in insts.iter().enumerate() {
                self.cur_loc = body.insts[i].loc;
                let following = insts.get(ii + 1).copied();
                self.lower_inst(b, i, following, next)?;
            }
            self.fused = None;
        }
        Ok(frame_at)
    }

    fn label(&self, b: Block) -> DynamicLabel {
        self.labels[b.as_u32() as usize]
    }

    /// `adrp`+`add` of block `b` of `f` (plus `off`): relocations against `f`'s symbol
    /// (±4 GiB, so any block of the module is in reach) whose addends get the block's
    /// offset once every function is assembled.
    fn block_addr(&mut self, reg: u8, f: FuncId, b: Block, off: i64) -> R {
        let s = function_symbol(self.syms, f).map_err(|e| self.err(e))?;
        if self.blocks.get(f, b).is_none() {
            return Err(self.err("internal error (please report): blockaddress without a label"));
        }
        let first = self.asm.relocs.len();
        self.asm.addr_sym(reg, s, off);
        for reloc in first..self.asm.relocs.len() {
            self.block_relocs.push(PendingText {
                reloc,
                func: f,
                block: b,
            });
        }
        Ok(())
    }

    /// `indirectbr`: `br` to a block's code. The phis of a successor are copied for the
    /// edge from `b` only when the jump goes there, so the target is compared with each
    /// successor that has phis (its copies are made in a stub, as for conditional
    /// branches); a target without phis is jumped to directly.
    fn indirect_br(&mut self, b: Block, addr: Operand, dests: &[Block]) -> R {
        self.gp(X9, addr)?;
        let (with_phis, all) = self.phi_successors(dests);
        for (k, &d) in with_phis.iter().enumerate() {
            let stub = self.edge(b, d);
            if all && k + 1 == with_phis.len() {
                // The target is one of `dests` (LangRef): the last one needs no test.
                self.asm.b(stub);
                return self.emit_stubs();
            }
            self.block_addr(X10, self.fid, d, 0)?;
            self.asm.cmp(X9, X10);
            let skip = self.asm.ops.new_dynamic_label();
            self.asm.bcond(Cond::Ne, skip);
            self.asm.b(stub);
            self.asm.ops.dynamic_label(skip);
        }
        dynasm!(self.asm.ops ; .arch aarch64 ; br x9);
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

    fn edge(&mut self, from: Block, to: Block) -> DynamicLabel {
        if !self.has_phis(to) {
            return self.label(to);
        }
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
            self.asm.b(target);
        }
        Ok(())
    }

    fn shadow(&mut self, v: Value) -> Result<i64, CodegenError> {
        if let Some(&o) = self.shadows.get(&v) {
            return Ok(o);
        }
        let ty = self.body.values[v].ty;
        let o = self.alloc(self.size(ty).max(8), 16)?;
        self.shadows.insert(v, o);
        Ok(o)
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
            let Some(&(op, _)) = incoming.iter().find(|(_, b)| *b == from) else {
                return Err(self.err("phi without an incoming value for a predecessor"));
            };
            if op != Operand::Value(v) {
                phis.push((v, op));
            }
        }
        let conflict = phis.iter().any(
            |&(_, op)| matches!(op, Operand::Value(src) if phis.iter().any(|&(d, _)| d == src)),
        );
        if !conflict {
            for &(v, op) in &phis {
                let ty = body.values[v].ty;
                let off = self.slot(v)?;
                self.put_slot(op, ty, off)?;
            }
            return Ok(());
        }
        let mut staged = Vec::with_capacity(phis.len());
        for &(v, op) in &phis {
            let ty = body.values[v].ty;
            let sh = self.shadow(v)?;
            self.put_slot(op, ty, sh)?;
            staged.push((v, sh));
        }
        for (v, sh) in staged {
            let ty = body.values[v].ty;
            let off = self.slot(v)?;
            let n = self.size(ty).max(8).next_multiple_of(8);
            self.asm.copy(FP, off, FP, sh, n, X9);
        }
        Ok(())
    }

    /// Inline asm: barriers and padding (nothing), `yield` and barrier instructions.
    /// Results are the inputs tied to them, otherwise zero.
    fn inline_asm(&mut self, a: &InlineAsm, args: &[CallArg], res: Option<Value>) -> R {
        let word = match a.action() {
            AsmAction::Nop => None,
            AsmAction::Pause => Some(0xd503_203f),
            AsmAction::Fence(AsmFence::DmbIsh) => Some(0xd503_3bbf),
            AsmAction::Fence(AsmFence::DmbSy) => Some(0xd503_3fbf),
            AsmAction::Fence(AsmFence::DsbIsh) => Some(0xd503_3b9f),
            AsmAction::Fence(AsmFence::DsbSy) => Some(0xd503_3f9f),
            AsmAction::Fence(AsmFence::Isb) => Some(0xd503_3fdf),
            _ => return self.general_asm(a, args, res),
        };
        if let Some(w) = word {
            self.asm.word(w);
        }
        let Some(v) = res else { return Ok(()) };
        let rty = self.body.values[v].ty;
        let o = self.slot(v)?;
        let n = self.size(rty).max(8);
        self.asm.zero(FP, o, n);
        let tied = a.tied_args();
        let single = tied.len() == 1;
        for (k, t) in tied.iter().enumerate() {
            let Some(i) = t else { continue };
            let (off, ty) = if single {
                (0, rty)
            } else {
                self.member_path(rty, &[k as u32])?
            };
            self.store_mem(args[*i].value, ty, FP, o + off)?;
        }
        Ok(())
    }

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
            InstKind::Unreachable => {
                self.asm.word(0xd420_0020); // brk #1
                Ok(())
            }
        }
    }

    fn switch(&mut self, b: Block, value: Operand, default: Block, cases: &[(u128, Block)]) -> R {
        let bits = self.int_bits(self.ty_of(value))?;
        if bits > 64 {
            return Err(self.err("switch on i128"));
        }
        self.gp(X11, value)?;
        if let Some((min, range)) = dense(cases) {
            // Jump table in `.rodata`: entries are `i32` offsets of the targets from the
            // table start.
            if min != 0 {
                self.asm.imm(X10, min);
                dynasm!(self.asm.ops ; .arch aarch64 ; sub x11, x11, x10);
            }
            self.asm.cmp_imm(X11, range - 1, X10);
            let inside = self.asm.ops.new_dynamic_label();
            self.asm.bcond(Cond::Ls, inside);
            let d = self.edge(b, default);
            self.asm.b(d);
            self.asm.ops.dynamic_label(inside);
            let at = *self.tables_end;
            *self.tables_end = at + 4 * range;
            let sec = self.syms.section_symbol(self.rodata);
            self.asm.addr_sym(X16, sec, at as i64);
            // ldrsw x17, [x16, x11, lsl #2]
            self.asm
                .word(0xb8a0_7800 | (u32::from(X11) << 16) | (u32::from(X16) << 5) | 17);
            dynasm!(self.asm.ops ; .arch aarch64 ; add x16, x16, x17 ; br x16);
            let mut targets = vec![d; range as usize];
            for &(k, dest) in cases {
                targets[(k as u64 - min) as usize] = self.edge(b, dest);
            }
            self.fixups.push(Fixup::Table { at, targets });
            return self.emit_stubs();
        }
        let mut sorted: Vec<(u64, DynamicLabel)> = Vec::with_capacity(cases.len());
        for &(k, dest) in cases {
            let l = self.edge(b, dest);
            sorted.push((k as u64, l));
        }
        sorted.sort_unstable_by_key(|c| c.0);
        let d = self.edge(b, default);
        self.search(&sorted, d);
        self.emit_stubs()
    }

    /// Binary search over sorted case values in `x11` (unsigned: values are zero-extended);
    /// ends with a branch to `default`.
    fn search(&mut self, cases: &[(u64, DynamicLabel)], default: DynamicLabel) {
        let eq = |s: &mut Self, k: u64, l: DynamicLabel| {
            let skip = s.asm.ops.new_dynamic_label();
            s.asm.cmp_imm(X11, k, X10);
            s.asm.bcond(Cond::Ne, skip);
            s.asm.b(l);
            s.asm.ops.dynamic_label(skip);
        };
        if cases.len() <= 4 {
            for &(k, l) in cases {
                eq(self, k, l);
            }
            self.asm.b(default);
            return;
        }
        let mid = cases.len() / 2;
        let (k, l) = cases[mid];
        eq(self, k, l);
        // Flags still hold `x11 - k`: lower half right here, upper half after it.
        let lower = self.asm.ops.new_dynamic_label();
        let upper = self.asm.ops.new_dynamic_label();
        self.asm.bcond(Cond::Lo, lower);
        self.asm.b(upper);
        self.asm.ops.dynamic_label(lower);
        self.search(&cases[..mid], default);
        self.asm.ops.dynamic_label(upper);
        self.search(&cases[mid + 1..], default);
    }

    fn ret(&mut self, value: Option<Operand>) -> R {
        if let Some(op) = value {
            let ty = self.ty_of(op);
            match self.ret {
                RetLoc::Void => {}
                RetLoc::Gp(1) if self.is_word(ty) => self.gp(0, op)?,
                RetLoc::Gp(n) => {
                    if self.is_i128(ty) {
                        self.gp(0, op)?;
                        self.gp_hi(1, op)?;
                    } else {
                        let src = self.in_memory(op, ty)?;
                        for k in 0..n {
                            self.asm.ldx(k, FP, src + 8 * i64::from(k));
                        }
                    }
                }
                RetLoc::Fp { n, elem_size } => {
                    if n == 1 && self.is_word(ty) {
                        self.fp(0, op, elem_size == 4)?;
                    } else {
                        let src = self.in_memory(op, ty)?;
                        let k = fp_mem(elem_size);
                        for j in 0..n {
                            self.asm
                                .ld(k, j, FP, src + i64::from(j) * i64::from(elem_size));
                        }
                    }
                }
            }
        }
        self.asm.word(0x9100_03bf); // mov sp, x29
        self.asm.word(0xa8c1_7bfd); // ldp x29, x30, [sp], #16
        self.asm.word(0xd65f_03c0); // ret
        Ok(())
    }

    // ---------------------------------------------------------------- arithmetic

    fn binary(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, v: Value) -> R {
        let ty = self.body.values[v].ty;
        let o = self.slot(v)?;
        if op.is_float() {
            if self.is_quad(ty) {
                return self.binary_quad(op, lhs, rhs, o);
            }
            if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                return Err(self.err("float arithmetic on this type"));
            }
            let f32 = self.is_f32(ty);
            if op == BinaryOp::FRem {
                self.fp(0, lhs, f32)?;
                self.fp(1, rhs, f32)?;
                let s = self
                    .syms
                    .external(self.m, if f32 { "fmodf" } else { "fmod" });
                self.asm.bl_sym(s);
                self.st_fp(o, 0, f32);
                return Ok(());
            }
            self.fp(16, lhs, f32)?;
            self.fp(17, rhs, f32)?;
            match (op, f32) {
                (BinaryOp::FAdd, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fadd s16, s16, s17)
                }
                (BinaryOp::FAdd, false) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fadd d16, d16, d17)
                }
                (BinaryOp::FSub, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fsub s16, s16, s17)
                }
                (BinaryOp::FSub, false) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fsub d16, d16, d17)
                }
                (BinaryOp::FMul, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmul s16, s16, s17)
                }
                (BinaryOp::FMul, false) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmul d16, d16, d17)
                }
                (BinaryOp::FDiv, true) => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fdiv s16, s16, s17)
                }
                _ => dynasm!(self.asm.ops ; .arch aarch64 ; fdiv d16, d16, d17),
            }
            self.st_fp(o, 16, f32);
            return Ok(());
        }
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            return self.binary128(op, lhs, rhs, bits, o);
        }
        self.gp(X9, lhs)?;
        self.gp(X10, rhs)?;
        use BinaryOp::*;
        match op {
            Add => dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10),
            Sub => dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10),
            Mul => dynasm!(self.asm.ops ; .arch aarch64 ; mul x9, x9, x10),
            And => dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x10),
            Or => dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x10),
            Xor => dynasm!(self.asm.ops ; .arch aarch64 ; eor x9, x9, x10),
            Shl => dynasm!(self.asm.ops ; .arch aarch64 ; lsl x9, x9, x10),
            LShr => dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x10),
            AShr => {
                self.asm.sext(X9, X9, bits);
                dynasm!(self.asm.ops ; .arch aarch64 ; asr x9, x9, x10);
            }
            UDiv => dynasm!(self.asm.ops ; .arch aarch64 ; udiv x9, x9, x10),
            URem => dynasm!(self.asm.ops ; .arch aarch64
                ; udiv x11, x9, x10 ; msub x9, x11, x10, x9),
            SDiv | SRem => {
                self.asm.sext(X9, X9, bits);
                self.asm.sext(X10, X10, bits);
                if op == SDiv {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sdiv x9, x9, x10);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sdiv x11, x9, x10 ; msub x9, x11, x10, x9);
                }
            }
            _ => unreachable!("float ops handled above"),
        }
        if !matches!(op, And | Or | Xor | LShr | UDiv | URem) {
            self.asm.zext(X9, bits);
        }
        self.asm.stx(X9, FP, o);
        Ok(())
    }

    /// `smax`/`smin`/`umax`/`umin` (`b` given) and `abs` on an i65..i128 `a`.
    fn minmax128(
        &mut self,
        which: Intrinsic,
        a: Operand,
        b: Option<Operand>,
        bits: u32,
        o: i64,
    ) -> R {
        use Intrinsic::*;
        let high_bits = bits - 64;
        let Some(b) = b else {
            // abs: (x ^ sign) - sign over both halves.
            self.gp(X9, a)?;
            self.gp_hi(X10, a)?;
            self.asm.sext(X10, X10, high_bits);
            dynasm!(self.asm.ops ; .arch aarch64
                ; asr x11, x10, 63 ; eor x9, x9, x11 ; eor x10, x10, x11
                ; subs x9, x9, x11 ; sbc x10, x10, x11);
            self.asm.zext(X10, high_bits);
            self.asm.stx(X9, FP, o);
            self.asm.stx(X10, FP, o + 8);
            return Ok(());
        };
        let pred = match which {
            Smax => IntPredicate::Sgt,
            Smin => IntPredicate::Slt,
            Umax => IntPredicate::Ugt,
            _ => IntPredicate::Ult,
        };
        let c = self.icmp(pred, a, b)?;
        // Loads and immediates leave the flags alone.
        self.gp(X9, a)?;
        self.gp_hi(X10, a)?;
        self.gp(X11, b)?;
        self.gp_hi(X12, b)?;
        self.asm.csel(X9, X9, X11, c);
        self.asm.csel(X10, X10, X12, c);
        self.asm.stx(X9, FP, o);
        self.asm.stx(X10, FP, o + 8);
        Ok(())
    }

    /// Integer arithmetic on i65..i128 in `x10:x9`; operands and result are zero-extended
    /// above `bits` in their slots, like narrower integers.
    fn binary128(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, bits: u32, o: i64) -> R {
        use BinaryOp::*;
        let high_bits = bits - 64;
        if matches!(op, UDiv | SDiv | URem | SRem) {
            let name = match op {
                UDiv => "__udivti3",
                SDiv => "__divti3",
                URem => "__umodti3",
                _ => "__modti3",
            };
            self.gp(0, lhs)?;
            self.gp_hi(1, lhs)?;
            self.gp(2, rhs)?;
            self.gp_hi(3, rhs)?;
            if matches!(op, SDiv | SRem) {
                self.asm.sext(1, 1, high_bits);
                self.asm.sext(3, 3, high_bits);
            }
            let s = self.syms.external(self.m, name);
            self.asm.bl_sym(s);
            self.asm.zext(1, high_bits);
            self.asm.stx(0, FP, o);
            self.asm.stx(1, FP, o + 8);
            return Ok(());
        }
        self.gp(X9, lhs)?;
        self.gp_hi(X10, lhs)?;
        self.gp(X11, rhs)?;
        self.gp_hi(X12, rhs)?;
        if op == AShr {
            self.asm.sext(X10, X10, high_bits);
        }
        match op {
            Add => dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x11 ; adc x10, x10, x12),
            Sub => dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x11 ; sbc x10, x10, x12),
            And => dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x11 ; and x10, x10, x12),
            Or => dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x11 ; orr x10, x10, x12),
            Xor => dynasm!(self.asm.ops ; .arch aarch64 ; eor x9, x9, x11 ; eor x10, x10, x12),
            Mul => dynasm!(self.asm.ops ; .arch aarch64
                ; umulh x13, x9, x11
                ; madd x13, x9, x12, x13
                ; madd x10, x10, x11, x13
                ; mul x9, x9, x11),
            Shl => dynasm!(self.asm.ops ; .arch aarch64
                ; lsl x13, x10, x11
                ; lsr x14, x9, 1
                ; mvn x15, x11
                ; lsr x14, x14, x15
                ; orr x13, x13, x14
                ; lsl x12, x9, x11
                ; tst x11, 64
                ; csel x10, x12, x13, ne
                ; csel x9, xzr, x12, ne),
            LShr => dynasm!(self.asm.ops ; .arch aarch64
                ; lsr x13, x9, x11
                ; lsl x14, x10, 1
                ; mvn x15, x11
                ; lsl x14, x14, x15
                ; orr x13, x13, x14
                ; lsr x12, x10, x11
                ; tst x11, 64
                ; csel x9, x12, x13, ne
                ; csel x10, xzr, x12, ne),
            AShr => dynasm!(self.asm.ops ; .arch aarch64
                ; lsr x13, x9, x11
                ; lsl x14, x10, 1
                ; mvn x15, x11
                ; lsl x14, x14, x15
                ; orr x13, x13, x14
                ; asr x12, x10, x11
                ; asr x15, x10, 63
                ; tst x11, 64
                ; csel x9, x12, x13, ne
                ; csel x10, x15, x12, ne),
            _ => return Err(self.err(format!("i128 `{}`", op.name()))),
        }
        self.asm.zext(X10, high_bits);
        self.asm.stx(X9, FP, o);
        self.asm.stx(X10, FP, o + 8);
        Ok(())
    }

    /// Emits the compare; returns the condition true when the predicate holds.
    fn icmp(
        &mut self,
        pred: IntPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> Result<Cond, CodegenError> {
        use IntPredicate::*;
        let ty = self.ty_of(lhs);
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            let (a, b) = match pred {
                Ugt | Sgt | Ule | Sle => (rhs, lhs),
                _ => (lhs, rhs),
            };
            self.gp(X9, a)?;
            self.gp_hi(X10, a)?;
            self.gp(X11, b)?;
            self.gp_hi(X12, b)?;
            if matches!(pred, Slt | Sgt | Sle | Sge) {
                self.asm.sext(X10, X10, bits - 64);
                self.asm.sext(X12, X12, bits - 64);
            }
            if matches!(pred, Eq | Ne) {
                dynasm!(self.asm.ops ; .arch aarch64
                    ; eor x9, x9, x11 ; eor x10, x10, x12 ; orr x9, x9, x10 ; cmp x9, 0);
                return Ok(if pred == Eq { Cond::Eq } else { Cond::Ne });
            }
            dynasm!(self.asm.ops ; .arch aarch64 ; cmp x9, x11 ; sbcs xzr, x10, x12);
            return Ok(match pred {
                Ult | Ugt => Cond::Lo,
                Uge | Ule => Cond::Hs,
                Slt | Sgt => Cond::Lt,
                _ => Cond::Ge,
            });
        }
        let signed = matches!(pred, Sgt | Sge | Slt | Sle);
        self.gp(X9, lhs)?;
        if signed {
            self.asm.sext(X9, X9, bits);
        }
        match self.const_int(rhs) {
            Some(k) if !signed => self.asm.cmp_imm(X9, k, X10),
            _ => {
                self.gp(X10, rhs)?;
                if signed {
                    self.asm.sext(X10, X10, bits);
                }
                self.asm.cmp(X9, X10);
            }
        }
        Ok(match pred {
            Eq => Cond::Eq,
            Ne => Cond::Ne,
            Ugt => Cond::Hi,
            Uge => Cond::Hs,
            Ult => Cond::Lo,
            Ule => Cond::Ls,
            Sgt => Cond::Gt,
            Sge => Cond::Ge,
            Slt => Cond::Lt,
            Sle => Cond::Le,
        })
    }

    /// Leaves the 0/1 result in `x9`.
    fn fcmp(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        use FloatPredicate::*;
        let ty = self.ty_of(lhs);
        if self.is_quad(ty) {
            return self.fcmp_quad(pred, lhs, rhs);
        }
        if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
            return Err(self.err("fcmp of this type"));
        }
        let f32 = self.is_f32(ty);
        match pred {
            False => {
                self.asm.imm(X9, 0);
                return Ok(());
            }
            True => {
                self.asm.imm(X9, 1);
                return Ok(());
            }
            _ => {}
        }
        self.fp(16, lhs, f32)?;
        self.fp(17, rhs, f32)?;
        if f32 {
            dynasm!(self.asm.ops ; .arch aarch64 ; fcmp s16, s17);
        } else {
            dynasm!(self.asm.ops ; .arch aarch64 ; fcmp d16, d17);
        }
        let two = |s: &mut Self, a: Cond, b: Cond| {
            s.asm.cset(X9, a);
            s.asm.cset(X10, b);
            dynasm!(s.asm.ops ; .arch aarch64 ; orr x9, x9, x10);
        };
        match pred {
            Oeq => self.asm.cset(X9, Cond::Eq),
            Ogt => self.asm.cset(X9, Cond::Gt),
            Oge => self.asm.cset(X9, Cond::Ge),
            Olt => self.asm.cset(X9, Cond::Mi),
            Ole => self.asm.cset(X9, Cond::Ls),
            One => two(self, Cond::Mi, Cond::Gt),
            Ord => self.asm.cset(X9, Cond::Vc),
            Uno => self.asm.cset(X9, Cond::Vs),
            Ueq => two(self, Cond::Eq, Cond::Vs),
            Ugt => self.asm.cset(X9, Cond::Hi),
            Uge => self.asm.cset(X9, Cond::Pl),
            Ult => self.asm.cset(X9, Cond::Lt),
            Ule => self.asm.cset(X9, Cond::Le),
            _ => self.asm.cset(X9, Cond::Ne),
        }
        Ok(())
    }

    fn gep(&mut self, source_ty: Type, base: Operand, indices: &[Operand], v: Value) -> R {
        let o = self.slot(v)?;
        self.gp(X9, base)?;
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
                        let Some(k) = self.const_int(idx) else {
                            return Err(self.err("variable struct index"));
                        };
                        let (fo, t) = self
                            .dl
                            .member_offset(&self.m.types, cur, k)
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
                    self.gp(X10, idx)?;
                    self.asm.sext(X10, X10, ibits.min(64));
                    self.asm.imm(X11, elem_size);
                    dynasm!(self.asm.ops ; .arch aarch64 ; madd x9, x10, x11, x9);
                }
            }
        }
        if off != 0 {
            self.asm.imm(X10, off as u64);
            dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10);
        }
        self.asm.stx(X9, FP, o);
        Ok(())
    }

    fn cast(&mut self, op: CastOp, value: Operand, v: Value) -> R {
        let to = self.body.values[v].ty;
        let from = self.ty_of(value);
        let o = self.slot(v)?;
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        let from_f32 = self.is_f32(from);
        let to_f32 = self.is_f32(to);
        if self.m.types.is_vector(from) || self.m.types.is_vector(to) {
            return Err(self.err(format!("vector `{}`", op.name())));
        }
        if self.m.types.is_long_float(from) || self.m.types.is_long_float(to) {
            return self.cast_quad(op, value, from, to, o);
        }
        match op {
            CastOp::Trunc | CastOp::PtrToInt | CastOp::IntToPtr | CastOp::ZExt => {
                if !self.is_word(from) && !self.is_i128(from) {
                    return Err(self.err("cast of an aggregate"));
                }
                self.gp(X9, value)?;
                if tbits < 64 && tbits < fbits {
                    self.asm.zext(X9, tbits);
                }
                self.asm.stx(X9, FP, o);
                if tbits > 64 {
                    if fbits > 64 {
                        self.gp_hi(X9, value)?;
                        self.asm.zext(X9, tbits - 64);
                        self.asm.stx(X9, FP, o + 8);
                    } else {
                        self.asm.stx(31, FP, o + 8);
                    }
                }
            }
            CastOp::SExt => {
                self.gp(X9, value)?;
                self.asm.sext(X9, X9, fbits);
                if tbits > 64 {
                    self.asm.stx(X9, FP, o);
                    if fbits > 64 {
                        self.gp_hi(X9, value)?;
                        self.asm.sext(X9, X9, fbits - 64);
                    } else {
                        dynasm!(self.asm.ops ; .arch aarch64 ; asr x9, x9, 63);
                    }
                    self.asm.zext(X9, tbits - 64);
                    self.asm.stx(X9, FP, o + 8);
                } else {
                    self.asm.zext(X9, tbits);
                    self.asm.stx(X9, FP, o);
                }
            }
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                if self.size(from) != self.size(to) {
                    return Err(self.err("bitcast between sizes"));
                }
                self.put_slot(value, from, o)?;
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                self.fp(16, value, from_f32)?;
                match (from_f32, to_f32) {
                    (false, true) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvt s16, d16),
                    (true, false) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvt d16, s16),
                    _ => {}
                }
                self.st_fp(o, 16, to_f32);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let signed = op == CastOp::FPToSI;
                if tbits > 64 {
                    self.fp(0, value, from_f32)?;
                    let name = match (signed, from_f32) {
                        (true, false) => "__fixdfti",
                        (true, true) => "__fixsfti",
                        (false, false) => "__fixunsdfti",
                        (false, true) => "__fixunssfti",
                    };
                    let s = self.syms.external(self.m, name);
                    self.asm.bl_sym(s);
                    self.asm.zext(1, tbits - 64);
                    self.asm.stx(0, FP, o);
                    self.asm.stx(1, FP, o + 8);
                    return Ok(());
                }
                self.fp(16, value, from_f32)?;
                match (signed, from_f32) {
                    (true, true) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzs x9, s16),
                    (true, false) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzs x9, d16),
                    (false, true) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzu x9, s16),
                    (false, false) => dynasm!(self.asm.ops ; .arch aarch64 ; fcvtzu x9, d16),
                }
                self.asm.zext(X9, tbits);
                self.asm.stx(X9, FP, o);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let signed = op == CastOp::SIToFP;
                if fbits > 64 {
                    self.gp(0, value)?;
                    self.gp_hi(1, value)?;
                    if signed {
                        self.asm.sext(1, 1, fbits - 64);
                    }
                    let name = match (signed, to_f32) {
                        (true, false) => "__floattidf",
                        (true, true) => "__floattisf",
                        (false, false) => "__floatuntidf",
                        (false, true) => "__floatuntisf",
                    };
                    let s = self.syms.external(self.m, name);
                    self.asm.bl_sym(s);
                    self.st_fp(o, 0, to_f32);
                    return Ok(());
                }
                self.gp(X9, value)?;
                if signed {
                    self.asm.sext(X9, X9, fbits);
                }
                match (signed, to_f32) {
                    (true, true) => dynasm!(self.asm.ops ; .arch aarch64 ; scvtf s16, x9),
                    (true, false) => dynasm!(self.asm.ops ; .arch aarch64 ; scvtf d16, x9),
                    (false, true) => dynasm!(self.asm.ops ; .arch aarch64 ; ucvtf s16, x9),
                    (false, false) => dynasm!(self.asm.ops ; .arch aarch64 ; ucvtf d16, x9),
                }
                self.st_fp(o, 16, to_f32);
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- calls

    fn call(
        &mut self,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        ret_attrs: &ParamAttrs,
        res: Option<Value>,
    ) -> R {
        let _ = ret_attrs;
        if let Operand::Const(c) = callee
            && let ConstKind::InlineAsm(a) = &self.m.const_data(c).kind
        {
            return self.inline_asm(a, args, res);
        }
        if let Operand::Const(c) = callee
            && let ConstKind::GlobalAddr(GlobalRef::Function(f)) = self.m.const_data(c).kind
        {
            let func = &self.m.functions[f];
            if let Some(which) = func.intrinsic {
                return self.intrinsic(which, args, res);
            }
            if func.name.starts_with("llvm.") {
                return Err(self.err(format!("intrinsic `@{}`", func.name)));
            }
        }
        let (ret_ty, _, _) = self
            .m
            .types
            .function_sig(fn_ty)
            .ok_or_else(|| self.err("call through a non-function type"))?;
        let tys: Vec<Type> = args.iter().map(|a| self.ty_of(a.value)).collect();
        let mut attrs = args.iter().map(|a| Some(&a.attrs));
        let layout = layout_args(self.m, self.dl, &tys, &mut attrs).map_err(|e| self.err(e))?;
        let retloc = classify_ret(self.m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        // Aggregate constants need frame copies before `sp` moves.
        let mut mem = Vec::with_capacity(args.len());
        for (a, &ty) in args.iter().zip(&tys) {
            let needs = !self.is_word(ty) && !self.is_i128(ty);
            mem.push(if needs {
                Some(self.in_memory(a.value, ty)?)
            } else {
                None
            });
        }
        let stack = u64::from(layout.stack_size.next_multiple_of(16));
        if stack > 0 {
            self.asm.add_off(SP, SP, -(stack as i64));
        }
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            let sext = a.attrs.has(ParamAttrs::SIGNEXT) && bits < 64;
            if let ArgLoc::Byval { off, size } = layout.locs[i] {
                let off = i64::from(off);
                if size > 128 {
                    // memcpy(sp + off, ptr, size): no argument register is loaded yet.
                    self.asm.add_off(0, SP, off);
                    self.gp(1, a.value)?;
                    self.asm.imm(2, u64::from(size));
                    self.libcall("memcpy");
                } else {
                    self.gp(X12, a.value)?;
                    self.asm.copy(SP, off, X12, 0, u64::from(size), X9);
                }
            }
            if let ArgLoc::Stack { off, size } = layout.locs[i] {
                let off = i64::from(off);
                if let Some(src) = mem[i] {
                    self.asm.copy(SP, off, FP, src, u64::from(size), X9);
                } else if self.is_i128(ty) {
                    self.gp(X9, a.value)?;
                    self.asm.stx(X9, SP, off);
                    self.gp_hi(X9, a.value)?;
                    self.asm.stx(X9, SP, off + 8);
                } else {
                    self.gp(X9, a.value)?;
                    if sext {
                        self.asm.sext(X9, X9, bits);
                    }
                    self.asm.stx(X9, SP, off);
                }
            }
        }
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            let sext = a.attrs.has(ParamAttrs::SIGNEXT) && bits < 64;
            match layout.locs[i] {
                ArgLoc::Gp { first, n } => {
                    if let Some(src) = mem[i] {
                        for k in 0..n {
                            self.asm.ldx(first + k, FP, src + 8 * i64::from(k));
                        }
                    } else if n == 2 {
                        self.gp(first, a.value)?;
                        self.gp_hi(first + 1, a.value)?;
                    } else {
                        self.gp(first, a.value)?;
                        if sext {
                            self.asm.sext(first, first, bits);
                        }
                    }
                }
                ArgLoc::X8 => self.gp(X8, a.value)?,
                ArgLoc::Fp {
                    first,
                    n,
                    elem_size,
                } => {
                    if let Some(src) = mem[i] {
                        let k = fp_mem(elem_size);
                        for j in 0..n {
                            self.asm.ld(
                                k,
                                first + j,
                                FP,
                                src + i64::from(j) * i64::from(elem_size),
                            );
                        }
                    } else {
                        self.fp(first, a.value, elem_size == 4)?;
                    }
                }
                ArgLoc::Stack { .. } | ArgLoc::Byval { .. } => {}
            }
        }
        match callee {
            Operand::Const(c) => match self.const_val(c)? {
                CVal::Sym(r, 0) => {
                    let s = self
                        .syms
                        .of(self.m, r)
                        .ok_or_else(|| self.err("call of an intrinsic's address"))?;
                    self.asm.bl_sym(s);
                }
                _ => {
                    self.gp(X16, callee)?;
                    dynasm!(self.asm.ops ; .arch aarch64 ; blr x16);
                }
            },
            Operand::Value(_) => {
                self.gp(X16, callee)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; blr x16);
            }
        }
        if stack > 0 {
            self.asm.add_off(SP, SP, stack as i64);
        }
        let Some(v) = res else { return Ok(()) };
        if matches!(self.loc[v.as_u32() as usize], Loc::None) {
            return Ok(());
        }
        let o = self.slot(v)?;
        let rty = self.body.values[v].ty;
        match retloc {
            RetLoc::Void => {}
            RetLoc::Gp(n) => {
                if n == 1 && self.is_word(rty) {
                    let bits = bit_width(self.m, rty);
                    self.asm.zext(0, bits);
                }
                for k in 0..n {
                    self.asm.stx(k, FP, o + 8 * i64::from(k));
                }
            }
            RetLoc::Fp { n, elem_size } => {
                if n == 1 && self.is_word(rty) {
                    self.st_fp(o, 0, elem_size == 4);
                } else {
                    let k = fp_mem(elem_size);
                    for j in 0..n {
                        self.asm
                            .st(k, j, FP, o + i64::from(j) * i64::from(elem_size));
                    }
                }
            }
        }
        Ok(())
    }

    /// Calls a libc/libm function with the given integer / float arguments already placed.
    fn libcall(&mut self, name: &'static str) {
        let s = self.syms.external(self.m, name);
        self.asm.bl_sym(s);
    }

    fn intrinsic(&mut self, which: Intrinsic, args: &[CallArg], res: Option<Value>) -> R {
        use Intrinsic::*;
        let missing = self.err(format!("llvm.{} with too few arguments", which.base_name()));
        let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
        let arg = |i: usize| -> Result<Operand, CodegenError> {
            ops.get(i).copied().ok_or_else(|| missing.clone())
        };
        if which.is_no_op() {
            return Ok(());
        }
        if let Some(v) = res
            && (self.is_quad(self.body.values[v].ty)
                || ops.first().is_some_and(|&a| self.is_quad(self.ty_of(a))))
        {
            return self.intrinsic_quad(which, args, v);
        }
        match which {
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                self.gp(0, arg(0)?)?;
                self.gp(1, arg(1)?)?;
                self.gp(2, arg(2)?)?;
                let name = match which {
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
                    .ok_or_else(|| self.err("va_start in a function that is not variadic"))?;
                self.gp(X12, arg(0)?)?;
                self.asm
                    .add_off(X9, FP, 16 + i64::from(va.stack_bytes.next_multiple_of(8)));
                self.asm.stx(X9, X12, 0);
                self.asm.add_off(X9, FP, va.gr_area + 64);
                self.asm.stx(X9, X12, 8);
                self.asm.add_off(X9, FP, va.vr_area + 128);
                self.asm.stx(X9, X12, 16);
                let gr_offs = -(8 - i64::from(va.gp_used)) * 8;
                let vr_offs = -(8 - i64::from(va.fp_used)) * 16;
                self.asm.imm(X9, gr_offs as u32 as u64);
                self.asm.st(Mem::W, X9, X12, 24);
                self.asm.imm(X9, vr_offs as u32 as u64);
                self.asm.st(Mem::W, X9, X12, 28);
                Ok(())
            }
            VaEnd => Ok(()),
            VaCopy => {
                self.gp(X12, arg(0)?)?;
                self.gp(X13, arg(1)?)?;
                self.asm.copy(X12, 0, X13, 0, 32, X9);
                Ok(())
            }
            StackSave => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                self.asm.mov(X9, SP);
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            StackRestore => {
                self.gp(X9, arg(0)?)?;
                self.asm.mov(SP, X9);
                Ok(())
            }
            ThreadLocalAddress => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                let var = arg(0)?;
                let (size, align) = crate::objbuild::thread_local_layout(self.m, self.dl, var)
                    .map_err(|e| self.err(e))?;
                self.gp(0, var)?;
                self.asm.imm(1, size);
                self.asm.imm(2, align);
                let s = self.syms.external(self.m, crate::objbuild::TLS_ADDRESS_FN);
                self.asm.bl_sym(s);
                self.asm.stx(0, FP, o);
                Ok(())
            }
            Expect | ExpectWithProbability | LaunderInvariantGroup | StripInvariantGroup => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                let o = self.slot(v)?;
                self.put_slot(arg(0)?, ty, o)
            }
            IsConstant => {
                let v = self.result(res)?;
                let o = self.slot(v)?;
                self.asm.stx(31, FP, o);
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                self.asm.word(0xd420_0020);
                Ok(())
            }
            Smax | Smin | Umax | Umin => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                let bits = self.int_bits(ty)?;
                if bits > 64 {
                    return self.minmax128(which, arg(0)?, Some(arg(1)?), bits, self.slot(v)?);
                }
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                let signed = matches!(which, Smax | Smin);
                if signed {
                    self.asm.sext(X11, X9, bits);
                    self.asm.sext(X12, X10, bits);
                    self.asm.cmp(X11, X12);
                } else {
                    self.asm.cmp(X9, X10);
                }
                let c = match which {
                    Smax => Cond::Gt,
                    Smin => Cond::Lt,
                    Umax => Cond::Hi,
                    _ => Cond::Lo,
                };
                self.asm.csel(X9, X9, X10, c);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            Scmp | Ucmp => {
                // -1, 0 or 1 as the result type: `cset` of "greater", `csinv` to -1 when
                // "less".
                let v = self.result(res)?;
                let rbits = self.int_bits(self.body.values[v].ty)?;
                let bits = self.int_bits(self.ty_of(arg(0)?))?;
                if bits > 64 || rbits > 64 {
                    return Err(self.err("llvm.scmp/ucmp on integers wider than 64 bits"));
                }
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                let (gt, lt) = if which == Scmp {
                    self.asm.sext(X9, X9, bits);
                    self.asm.sext(X10, X10, bits);
                    (Cond::Gt, Cond::Lt)
                } else {
                    (Cond::Hi, Cond::Lo)
                };
                self.asm.cmp(X9, X10);
                self.asm.cset(X11, gt);
                // csinv x11, x11, xzr, !lt
                self.asm
                    .word(0xda80_0000 | (31 << 16) | ((lt.invert() as u32) << 12) | (11 << 5) | 11);
                self.asm.zext(X11, rbits);
                let o = self.slot(v)?;
                self.asm.stx(X11, FP, o);
                Ok(())
            }
            Abs => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                if bits > 64 {
                    return self.minmax128(which, arg(0)?, None, bits, self.slot(v)?);
                }
                self.gp(X9, arg(0)?)?;
                self.asm.sext(X9, X9, bits);
                dynasm!(self.asm.ops ; .arch aarch64 ; cmp x9, 0 ; neg x10, x9);
                self.asm.csel(X9, X10, X9, Cond::Lt);
                self.asm.zext(X9, bits);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            Fabs | Sqrt | Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err(format!("llvm.{} of this type", which.base_name())));
                }
                let f32 = self.is_f32(ty);
                self.fp(16, arg(0)?, f32)?;
                macro_rules! un {
                    ($op:ident) => {
                        if f32 {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op s16, s16)
                        } else {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op d16, d16)
                        }
                    };
                }
                match which {
                    Fabs => un!(fabs),
                    Sqrt => un!(fsqrt),
                    Floor => un!(frintm),
                    Ceil => un!(frintp),
                    Trunc => un!(frintz),
                    Round => un!(frinta),
                    RoundEven => un!(frintn),
                    Rint => un!(frintx),
                    _ => un!(frinti),
                }
                let o = self.slot(v)?;
                self.st_fp(o, 16, f32);
                Ok(())
            }
            MinNum | MaxNum | Minimum | Maximum | Copysign => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err(format!("llvm.{} of this type", which.base_name())));
                }
                let f32 = self.is_f32(ty);
                let o = self.slot(v)?;
                if which == Copysign {
                    self.gp(X9, arg(0)?)?;
                    self.gp(X10, arg(1)?)?;
                    let sign: u64 = if f32 { 0x8000_0000 } else { 1 << 63 };
                    self.asm.imm(X11, sign);
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; bic x9, x9, x11 ; and x10, x10, x11 ; orr x9, x9, x10);
                    self.asm.stx(X9, FP, o);
                    return Ok(());
                }
                self.fp(16, arg(0)?, f32)?;
                self.fp(17, arg(1)?, f32)?;
                macro_rules! bin {
                    ($op:ident) => {
                        if f32 {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op s16, s16, s17)
                        } else {
                            dynasm!(self.asm.ops ; .arch aarch64 ; $op d16, d16, d17)
                        }
                    };
                }
                match which {
                    MinNum => bin!(fminnm),
                    MaxNum => bin!(fmaxnm),
                    Minimum => bin!(fmin),
                    _ => bin!(fmax),
                }
                self.st_fp(o, 16, f32);
                Ok(())
            }
            Fma | FMulAdd => {
                let v = self.result(res)?;
                let ty = self.body.values[v].ty;
                if !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
                    return Err(self.err("fma of this type"));
                }
                let f32 = self.is_f32(ty);
                self.fp(16, arg(0)?, f32)?;
                self.fp(17, arg(1)?, f32)?;
                self.fp(18, arg(2)?, f32)?;
                if f32 {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmadd s16, s16, s17, s18);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; fmadd d16, d16, d17, d18);
                }
                let o = self.slot(v)?;
                self.st_fp(o, 16, f32);
                Ok(())
            }
            Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos | Lround | Llround | Lrint
            | Llrint => {
                let v = self.result(res)?;
                let a0 = arg(0)?;
                let aty = self.ty_of(a0);
                if !matches!(self.data(aty), TypeData::Float | TypeData::Double) {
                    return Err(self.err(format!("llvm.{} of this type", which.base_name())));
                }
                let f32 = self.is_f32(aty);
                self.fp(0, a0, f32)?;
                if which == Pow {
                    self.fp(1, arg(1)?, f32)?;
                }
                let name: &'static str = match (which, f32) {
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
                    (Cos, true) => "cosf",
                    (Lround | Llround, false) => "lround",
                    (Lround | Llround, true) => "lroundf",
                    (_, false) => "lrint",
                    (_, true) => "lrintf",
                };
                self.libcall(name);
                let o = self.slot(v)?;
                let rty = self.body.values[v].ty;
                if matches!(self.data(rty), TypeData::Float | TypeData::Double) {
                    self.st_fp(o, 0, self.is_f32(rty));
                } else {
                    let bits = self.int_bits(rty)?;
                    self.asm.zext(0, bits);
                    self.asm.stx(0, FP, o);
                }
                Ok(())
            }
            Ctpop | Ctlz | Cttz | Bswap | BitReverse => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                if bits > 64 {
                    return Err(self.err(format!("i128 llvm.{}", which.base_name())));
                }
                self.gp(X9, arg(0)?)?;
                match which {
                    Ctpop => {
                        // SWAR popcount.
                        self.asm.imm(X11, 0x5555_5555_5555_5555);
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsr x10, x9, 1 ; and x10, x10, x11 ; sub x9, x9, x10);
                        self.asm.imm(X11, 0x3333_3333_3333_3333);
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsr x10, x9, 2 ; and x10, x10, x11 ; and x9, x9, x11 ; add x9, x9, x10
                            ; lsr x10, x9, 4 ; add x9, x9, x10);
                        self.asm.imm(X11, 0x0f0f_0f0f_0f0f_0f0f);
                        dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x11);
                        self.asm.imm(X11, 0x0101_0101_0101_0101);
                        dynasm!(self.asm.ops ; .arch aarch64 ; mul x9, x9, x11 ; lsr x9, x9, 56);
                    }
                    Ctlz => {
                        dynasm!(self.asm.ops ; .arch aarch64 ; clz x9, x9);
                        if bits < 64 {
                            self.asm.imm(X10, u64::from(64 - bits));
                            dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10);
                        }
                    }
                    Cttz => {
                        if bits < 64 {
                            self.asm.imm(X10, 1u64 << bits);
                            dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x10);
                        }
                        dynasm!(self.asm.ops ; .arch aarch64 ; rbit x9, x9 ; clz x9, x9);
                    }
                    Bswap | BitReverse => {
                        if which == Bswap {
                            if bits % 16 != 0 {
                                return Err(self.err("bswap of an odd width"));
                            }
                            dynasm!(self.asm.ops ; .arch aarch64 ; rev x9, x9);
                        } else {
                            dynasm!(self.asm.ops ; .arch aarch64 ; rbit x9, x9);
                        }
                        if bits < 64 {
                            self.asm.imm(X10, u64::from(64 - bits));
                            dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x10);
                        }
                    }
                    _ => unreachable!(),
                }
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            Fshl | Fshr => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                self.gp(X11, arg(2)?)?;
                if bits == 64 {
                    // fshl: (a << c) | (b >> 1 >> ~c); fshr: (b >> c) | (a << 1 << ~c)
                    if which == Fshl {
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsl x12, x9, x11 ; lsr x13, x10, 1 ; mvn x14, x11
                            ; lsr x13, x13, x14 ; orr x9, x12, x13);
                    } else {
                        dynasm!(self.asm.ops ; .arch aarch64
                            ; lsr x12, x10, x11 ; lsl x13, x9, 1 ; mvn x14, x11
                            ; lsl x13, x13, x14 ; orr x9, x12, x13);
                    }
                } else if bits <= 32 {
                    // x = a:b in 64 bits; shift by c % bits.
                    self.asm.imm(X12, u64::from(bits));
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; udiv x13, x11, x12 ; msub x11, x13, x12, x11
                        ; lsl x9, x9, x12 ; orr x9, x9, x10);
                    if which == Fshl {
                        dynasm!(self.asm.ops ; .arch aarch64 ; lsl x9, x9, x11 ; lsr x9, x9, x12);
                    } else {
                        dynasm!(self.asm.ops ; .arch aarch64 ; lsr x9, x9, x11);
                    }
                    self.asm.zext(X9, bits);
                } else {
                    return Err(self.err(format!("llvm.{} on i{bits}", which.base_name())));
                }
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => self.overflow(which, arg(0)?, arg(1)?, res),
            SAddSat | UAddSat | SSubSat | USubSat => {
                let v = self.result(res)?;
                let bits = self.int_bits(self.body.values[v].ty)?;
                if bits > 64 {
                    return Err(self.err(format!("llvm.{} on i{bits}", which.base_name())));
                }
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                if bits == 64 {
                    self.saturate64(which);
                    let o = self.slot(v)?;
                    self.asm.stx(X9, FP, o);
                    return Ok(());
                }
                let signed = matches!(which, SAddSat | SSubSat);
                if signed {
                    self.asm.sext(X9, X9, bits);
                    self.asm.sext(X10, X10, bits);
                }
                if matches!(which, SAddSat | UAddSat) {
                    dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10);
                }
                let (lo, hi) = if signed {
                    ((-1i64 << (bits - 1)) as u64, (1u64 << (bits - 1)) - 1)
                } else {
                    (0, (1u64 << bits) - 1)
                };
                self.asm.imm(X11, hi);
                self.asm.cmp(X9, X11);
                self.asm.csel(X9, X11, X9, Cond::Gt);
                self.asm.imm(X11, lo);
                self.asm.cmp(X9, X11);
                self.asm.csel(X9, X11, X9, Cond::Lt);
                self.asm.zext(X9, bits);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            PtrMask => {
                let v = self.result(res)?;
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; and x9, x9, x10);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            LoadRelative => {
                let v = self.result(res)?;
                self.gp(X9, arg(0)?)?;
                self.gp(X10, arg(1)?)?;
                dynasm!(self.asm.ops ; .arch aarch64 ; add x10, x9, x10);
                self.asm.ld(Mem::Sw, X10, X10, 0);
                dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10);
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            IsFpClass => {
                let v = self.result(res)?;
                let Some(mask) = self.const_int(arg(1)?) else {
                    return Err(self.err("llvm.is.fpclass with a variable mask"));
                };
                if mask != 3 {
                    return Err(self.err(format!("llvm.is.fpclass mask {mask}")));
                }
                let a = arg(0)?;
                self.fcmp(FloatPredicate::Uno, a, a)?;
                let o = self.slot(v)?;
                self.asm.stx(X9, FP, o);
                Ok(())
            }
            FrameAddress => {
                let v = self.result(res)?;
                if self.const_int(arg(0)?) != Some(0) {
                    return Err(self.err("llvm.frameaddress of an outer frame"));
                }
                let o = self.slot(v)?;
                self.asm.stx(FP, FP, o);
                Ok(())
            }
            _ => Err(self.err(format!("intrinsic llvm.{}", which.base_name()))),
        }
    }

    /// x9 = `which`(x9, x10) on i64, saturating: the flags of the 64-bit add or subtract
    /// say whether it wrapped.
    fn saturate64(&mut self, which: Intrinsic) {
        use Intrinsic::*;
        match which {
            // Carry out: clamp to all ones.
            UAddSat => dynasm!(self.asm.ops ; .arch aarch64
                ; adds x9, x9, x10 ; csinv x9, x9, xzr, lo),
            // Borrow (carry clear): clamp to zero.
            USubSat => dynasm!(self.asm.ops ; .arch aarch64
                ; subs x9, x9, x10 ; csel x9, x9, xzr, hs),
            _ => {
                // On signed overflow the result saturates toward the first operand's sign:
                // (a >> 63) ^ i64::MAX is i64::MAX for a >= 0 and i64::MIN for a < 0.
                self.asm.imm(X12, i64::MAX as u64);
                dynasm!(self.asm.ops ; .arch aarch64 ; asr x11, x9, 63 ; eor x11, x11, x12);
                if which == SAddSat {
                    dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x10);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x10);
                }
                self.asm.csel(X9, X11, X9, Cond::Vs);
            }
        }
    }

    fn overflow(&mut self, which: Intrinsic, a: Operand, b: Operand, res: Option<Value>) -> R {
        use Intrinsic::*;
        let v = self.result(res)?;
        let sty = self.body.values[v].ty;
        let (o0, ity) = self.member_path(sty, &[0])?;
        let (o1, _) = self.member_path(sty, &[1])?;
        let bits = self.int_bits(ity)?;
        if bits > 64 {
            return Err(self.err(format!("i128 llvm.{}", which.base_name())));
        }
        let base = self.slot(v)?;
        self.gp(X9, a)?;
        self.gp(X10, b)?;
        if bits == 64 {
            match which {
                UAddWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x10);
                    self.asm.cset(X11, Cond::Hs);
                }
                SAddWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; adds x9, x9, x10);
                    self.asm.cset(X11, Cond::Vs);
                }
                USubWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x10);
                    self.asm.cset(X11, Cond::Lo);
                }
                SSubWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; subs x9, x9, x10);
                    self.asm.cset(X11, Cond::Vs);
                }
                UMulWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; umulh x12, x9, x10 ; mul x9, x9, x10 ; cmp x12, 0);
                    self.asm.cset(X11, Cond::Ne);
                }
                _ => {
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; smulh x12, x9, x10 ; mul x9, x9, x10 ; asr x13, x9, 63 ; cmp x12, x13);
                    self.asm.cset(X11, Cond::Ne);
                }
            }
        } else {
            let signed = matches!(
                which,
                SAddWithOverflow | SSubWithOverflow | SMulWithOverflow
            );
            if signed {
                self.asm.sext(X9, X9, bits);
                self.asm.sext(X10, X10, bits);
            }
            match which {
                UAddWithOverflow | SAddWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; add x9, x9, x10)
                }
                USubWithOverflow | SSubWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; sub x9, x9, x10)
                }
                UMulWithOverflow => {
                    dynasm!(self.asm.ops ; .arch aarch64 ; umulh x12, x9, x10 ; mul x9, x9, x10)
                }
                _ => {
                    if bits > 32 {
                        return Err(self.err(format!("llvm.smul.with.overflow on i{bits}")));
                    }
                    dynasm!(self.asm.ops ; .arch aarch64 ; mul x9, x9, x10)
                }
            }
            if signed {
                // Overflow when the 64-bit result differs from its own `bits` sign extension.
                self.asm.sext(X12, X9, bits);
                self.asm.cmp(X12, X9);
                self.asm.cset(X11, Cond::Ne);
            } else {
                // Overflow when bits above `bits` are set (or, for usub, borrowed).
                self.asm.mov(X13, X9);
                self.asm.imm(X14, u64::from(bits));
                dynasm!(self.asm.ops ; .arch aarch64 ; lsr x13, x13, x14);
                if which == UMulWithOverflow {
                    dynasm!(self.asm.ops ; .arch aarch64 ; orr x13, x13, x12);
                }
                dynasm!(self.asm.ops ; .arch aarch64 ; cmp x13, 0);
                self.asm.cset(X11, Cond::Ne);
            }
            self.asm.zext(X9, bits);
        }
        self.asm.stx(X9, FP, base + o0);
        self.asm.st(Mem::B, X11, FP, base + o1);
        Ok(())
    }
}
