//! Encoding of the optimizing tier's AArch64 instructions, after register allocation
//! (every operand is a physical register). Words come from [`super::enc`]; branches to
//! labels and literal loads go through dynasm, which resolves them.
//!
//! `x16` and `v31` are the register allocator's scratch registers, and `x17` is never
//! allocated: within one instruction the encoder may use all three (an offset no
//! immediate reaches, a symbol's page, a jump-table entry, the bits of a float constant).
//!
//! The frame is addressed from `sp` (positive offsets fit the scaled 12-bit forms), or from
//! `x29` in functions whose `sp` moves after the prologue.

use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, dynasm};
use jit_core::ir::RmwOp;
use jit_core::object::{RelocKind, SymbolIndex};
use regalloc2::{Allocation, RegClass};

use super::enc::{self, Ext, LdSt, Shift, logical_imm};
use super::inst::{
    AluOp, Amode, BitOp, Callee, Cond, CselOp, FOp, FUn, FlagUse, FmaOp, Inst, Rhs, ShiftOp, Size,
};
use crate::aarch64::emit::{Asm, Cond as Cc, FP, SP, X16, X17};
use crate::aarch64::lower::Fixup;
use crate::blockaddr::PendingText;
use crate::machinst::blockorder::LBlock;
use crate::machinst::emit::{BranchContext, EmitIsa, Frame};

/// Emits one function of the optimizing tier into the module's buffer.
pub struct Emitter<'a> {
    /// The module's code buffer.
    pub asm: &'a mut Asm,
    /// Label of each lowered block.
    pub labels: Vec<DynamicLabel>,
    /// Jump tables (in `.rodata`) to fill once the code is assembled.
    pub fixups: &'a mut Vec<Fixup>,
    /// End of the jump tables in `.rodata` so far.
    pub tables_end: &'a mut u64,
    /// The `.rodata` section symbol (jump tables are addressed from it).
    pub rodata: SymbolIndex,
    /// Address the frame from `x29` (the function moves `sp`).
    pub fp_based: bool,
    /// Float constants loaded from after the function: bits, label.
    pool: Vec<(u64, DynamicLabel)>,
    /// Module-wide labels of address-taken blocks, by the lowered block they land on,
    /// sorted ([`crate::blockaddr::landings`]).
    pub landings: Vec<(LBlock, DynamicLabel)>,
    /// `.text` relocations whose addends still lack a block's offset.
    pub block_relocs: &'a mut Vec<PendingText>,
    /// Each invoke's call instruction (start and end offsets), landing label and site index.
    pub eh_sites: Vec<(usize, usize, DynamicLabel, u32)>,
}

impl<'a> Emitter<'a> {
    /// An emitter for one function.
    pub fn new(
        asm: &'a mut Asm,
        labels: Vec<DynamicLabel>,
        fixups: &'a mut Vec<Fixup>,
        tables_end: &'a mut u64,
        rodata: SymbolIndex,
        fp_based: bool,
        block_relocs: &'a mut Vec<PendingText>,
    ) -> Self {
        Emitter {
            asm,
            labels,
            fixups,
            tables_end,
            rodata,
            fp_based,
            pool: Vec::new(),
            landings: Vec::new(),
            block_relocs,
            eh_sites: Vec::new(),
        }
    }

    fn w(&mut self, word: u32) {
        self.asm.word(word);
    }

    /// Base register and offset of a byte offset from `sp` after the prologue.
    fn frame_addr(&self, frame: &Frame, sp_off: i64) -> (u8, i64) {
        if self.fp_based {
            (FP, sp_off - i64::from(frame.size))
        } else {
            (SP, sp_off)
        }
    }

    /// A load or store at `[base, #off]` for any offset (`x17` for offsets no immediate
    /// form reaches).
    fn ldst_off(&mut self, k: LdSt, rt: u8, base: u8, off: i64) {
        let scale = 1i64 << k.shift;
        if off >= 0 && off % scale == 0 && off / scale < 4096 {
            self.w(enc::ldst_uimm(k, rt, base, (off / scale) as u32));
        } else if (-256..256).contains(&off) {
            self.w(enc::ldst_unscaled(k, rt, base, off as i32));
        } else {
            self.mov_imm(X17, off as u64);
            self.w(enc::ldst_reg(k, rt, base, X17, Ext::Uxtx, false));
        }
    }

    fn access(&mut self, k: LdSt, rt: u8, addr: &Amode, frame: &Frame) {
        match *addr {
            Amode::Imm { base, off } => self.ldst_off(k, rt, base.hw(), off),
            Amode::Index {
                base,
                index,
                ext,
                scaled,
            } => self.w(enc::ldst_reg(k, rt, base.hw(), index.hw(), ext, scaled)),
            Amode::Frame { obj, off } => {
                let (b, o) = self.frame_addr(frame, i64::from(frame.objects[obj as usize]) + off);
                self.ldst_off(k, rt, b, o);
            }
            Amode::Outgoing { off } => self.ldst_off(k, rt, SP, off),
            Amode::Incoming { off } => self.ldst_off(k, rt, FP, 16 + off),
            Amode::Sym { sym, off, lo12 } => {
                if lo12 {
                    self.reloc(RelocKind::AdrPrelPgHi21, sym, off);
                    self.w(0x9000_0000 | u32::from(X17));
                    self.reloc(RelocKind::LdstAbsLo12Nc { shift: k.shift }, sym, off);
                    self.w(enc::ldst_uimm(k, rt, X17, 0));
                } else {
                    self.asm.addr_sym(X17, sym, off);
                    self.w(enc::ldst_uimm(k, rt, X17, 0));
                }
            }
        }
    }

    fn reloc(&mut self, kind: RelocKind, symbol: SymbolIndex, addend: i64) {
        let offset = self.asm.pos() as u64;
        self.asm.relocs.push(crate::objbuild::TextReloc {
            offset,
            kind,
            symbol,
            addend,
        });
    }

    /// `rd = v` in as few instructions as the value allows.
    pub fn mov_imm(&mut self, rd: u8, v: u64) {
        let halves = |x: u64| (0..4).filter(|i| (x >> (16 * i)) & 0xffff != 0).count();
        let top = |x: u64| {
            (0..4u32)
                .rev()
                .find(|i| (x >> (16 * i)) & 0xffff != 0)
                .unwrap_or(0)
        };
        if halves(v) <= 1 {
            let hw = top(v);
            self.w(enc::movw(
                true,
                2,
                rd,
                ((v >> (16 * hw)) & 0xffff) as u32,
                hw,
            ));
        } else if halves(!v) <= 1 {
            let hw = top(!v);
            self.w(enc::movw(
                true,
                0,
                rd,
                ((!v >> (16 * hw)) & 0xffff) as u32,
                hw,
            ));
        } else if v >> 32 == 0 && halves(!v & 0xffff_ffff) <= 1 {
            let n = !v & 0xffff_ffff;
            let hw = top(n);
            self.w(enc::movw(
                false,
                0,
                rd,
                ((n >> (16 * hw)) & 0xffff) as u32,
                hw,
            ));
        } else if let Some(n) = logical_imm(v, true) {
            self.w(enc::logic_imm(true, 1, rd, 31, n));
        } else {
            self.asm.imm(rd, v);
        }
    }

    /// `rd = rn + k` (64-bit; `rn` may be `sp`).
    fn add_off(&mut self, rd: u8, rn: u8, k: i64) {
        self.asm.add_off(rd, rn, k);
    }

    fn alu(&mut self, op: AluOp, size: Size, d: u8, lhs: Option<u8>, rhs: &Rhs) {
        let is64 = size.is64();
        let n = lhs.unwrap_or(31);
        let (logic, opc, invert) = match op {
            AluOp::Add => (false, 0, false),
            AluOp::Sub => (false, 1, false),
            AluOp::And => (true, 0, false),
            AluOp::Orr => (true, 1, false),
            AluOp::Eor => (true, 2, false),
            AluOp::Bic => (true, 0, true),
            AluOp::Orn => (true, 1, true),
            AluOp::Eon => (true, 2, true),
        };
        let word = if logic {
            match *rhs {
                Rhs::Reg(m) => enc::logic_shifted(is64, opc, invert, d, n, m.hw(), Shift::Lsl, 0),
                Rhs::Shifted { reg, shift, amount } => {
                    enc::logic_shifted(is64, opc, invert, d, n, reg.hw(), shift, amount)
                }
                Rhs::Logical(imm) => enc::logic_imm(is64, opc, d, n, imm),
                Rhs::Imm12 { .. } | Rhs::Extended { .. } => {
                    unreachable!("no such operand of a logical operation")
                }
            }
        } else {
            let sub = opc == 1;
            match *rhs {
                Rhs::Reg(m) => enc::addsub_shifted(is64, sub, false, d, n, m.hw(), Shift::Lsl, 0),
                Rhs::Shifted { reg, shift, amount } => {
                    enc::addsub_shifted(is64, sub, false, d, n, reg.hw(), shift, amount)
                }
                Rhs::Imm12 { imm, lsl12 } => {
                    enc::addsub_imm(is64, sub, false, d, n, u32::from(imm), lsl12)
                }
                Rhs::Extended { reg, ext, amount } => {
                    enc::addsub_ext(is64, sub, false, d, n, reg.hw(), ext, amount)
                }
                Rhs::Logical(_) => unreachable!("no bitmask immediate for add/sub"),
            }
        };
        self.w(word);
    }

    /// Emits the compare of `cond` (sets the flags).
    fn compare(&mut self, cond: &Cond) {
        let word = match cond {
            Cond::Chain { first, second, or } => {
                self.compare(first);
                let (c1, _) = first.ccs();
                let Cond::Cmp {
                    size,
                    cc,
                    lhs,
                    ref rhs,
                    negate,
                } = **second
                else {
                    unreachable!("the second compare of a chain is a cmp");
                };
                let (m, imm) = match *rhs {
                    Rhs::Reg(r) => (r.hw(), false),
                    Rhs::Imm12 { imm, lsl12: false } if imm < 32 => (imm as u8, true),
                    _ => unreachable!("a ccmp operand is a register or a 5-bit immediate"),
                };
                // Compare `second` when `first` decides nothing alone; else force its answer.
                let (when, nzcv) = if *or {
                    (c1.invert(), enc::nzcv_making(cc as u8, true))
                } else {
                    (c1, enc::nzcv_making(cc as u8, false))
                };
                enc::ccmp_any(size.is64(), negate, lhs.hw(), m, imm, nzcv, when as u8)
            }
            Cond::Cmp {
                size,
                lhs,
                rhs,
                negate,
                ..
            } => {
                let (is64, sub, n) = (size.is64(), !negate, lhs.hw());
                match *rhs {
                    Rhs::Reg(m) => {
                        enc::addsub_shifted(is64, sub, true, 31, n, m.hw(), Shift::Lsl, 0)
                    }
                    Rhs::Shifted { reg, shift, amount } => {
                        enc::addsub_shifted(is64, sub, true, 31, n, reg.hw(), shift, amount)
                    }
                    Rhs::Imm12 { imm, lsl12 } => {
                        enc::addsub_imm(is64, sub, true, 31, n, u32::from(imm), lsl12)
                    }
                    Rhs::Extended { reg, ext, amount } => {
                        enc::addsub_ext(is64, sub, true, 31, n, reg.hw(), ext, amount)
                    }
                    Rhs::Logical(_) => unreachable!("no bitmask immediate for cmp"),
                }
            }
            Cond::Tst { size, lhs, rhs, .. } => {
                let (is64, n) = (size.is64(), lhs.hw());
                match *rhs {
                    Rhs::Reg(m) => enc::logic_shifted(is64, 3, false, 31, n, m.hw(), Shift::Lsl, 0),
                    Rhs::Shifted { reg, shift, amount } => {
                        enc::logic_shifted(is64, 3, false, 31, n, reg.hw(), shift, amount)
                    }
                    Rhs::Logical(imm) => enc::logic_imm(is64, 3, 31, n, imm),
                    Rhs::Imm12 { .. } | Rhs::Extended { .. } => {
                        unreachable!("no such operand of tst")
                    }
                }
            }
            Cond::Float {
                double, lhs, rhs, ..
            } => enc::fcmp(*double, lhs.hw(), rhs.map(|r| r.hw())),
            Cond::Cmp128 { cc, a, b } => {
                self.w(enc::addsub_shifted(
                    true,
                    true,
                    true,
                    31,
                    a.0.hw(),
                    b.0.hw(),
                    Shift::Lsl,
                    0,
                ));
                if matches!(cc, Cc::Eq | Cc::Ne) {
                    // Equal low halves: compare the high ones; else "not equal".
                    enc::ccmp(a.1.hw(), b.1.hw(), 0, Cc::Eq as u8)
                } else {
                    enc::adc(true, true, 31, a.1.hw(), b.1.hw())
                }
            }
        };
        self.w(word);
    }

    /// A compare with zero for equality, which `cbz`/`cbnz` decide without flags.
    fn zero_test(cond: &Cond) -> Option<(Size, u8, bool)> {
        match *cond {
            Cond::Cmp {
                size,
                cc: cc @ (Cc::Eq | Cc::Ne),
                lhs,
                rhs: Rhs::Imm12 { imm: 0, .. },
                negate: false,
            } => Some((size, lhs.hw(), cc == Cc::Ne)),
            _ => None,
        }
    }

    /// `cbz`/`cbnz` (`nonzero`) of `r` at `size`.
    fn cbz(&mut self, size: Size, r: u8, nonzero: bool, l: DynamicLabel) {
        let o = &mut self.asm.ops;
        match (size, nonzero) {
            (Size::W, false) => dynasm!(o ; .arch aarch64 ; cbz W(r), =>l),
            (Size::X, false) => dynasm!(o ; .arch aarch64 ; cbz X(r), =>l),
            (Size::W, true) => dynasm!(o ; .arch aarch64 ; cbnz W(r), =>l),
            (Size::X, true) => dynasm!(o ; .arch aarch64 ; cbnz X(r), =>l),
        }
    }

    /// Jumps to `l` when the compared `cond` holds.
    fn jump_if(&mut self, cond: &Cond, l: DynamicLabel) {
        let (c1, c2) = cond.ccs();
        self.asm.bcond(c1, l);
        if let Some(c2) = c2 {
            self.asm.bcond(c2, l);
        }
    }

    /// Jumps to `l` when the compared `cond` does not hold.
    fn jump_unless(&mut self, cond: &Cond, l: DynamicLabel) {
        match cond.ccs() {
            (c, None) => self.asm.bcond(c.invert(), l),
            // The two-condition predicates are each other's complement: `one` is `mi` or
            // `gt`, `ueq` is `eq` or `vs`.
            (Cc::Mi, Some(Cc::Gt)) => {
                self.asm.bcond(Cc::Eq, l);
                self.asm.bcond(Cc::Vs, l);
            }
            _ => {
                self.asm.bcond(Cc::Mi, l);
                self.asm.bcond(Cc::Gt, l);
            }
        }
    }

    fn label(&self, ctx: &BranchContext<'_>, b: LBlock) -> DynamicLabel {
        self.labels[ctx.target(b) as usize]
    }

    fn branch(&mut self, cond: &Cond, taken: LBlock, not_taken: LBlock, ctx: &BranchContext<'_>) {
        let t = self.label(ctx, taken);
        let n = self.label(ctx, not_taken);
        if let Some((size, r, nonzero)) = Self::zero_test(cond) {
            if ctx.falls_through(not_taken) {
                self.cbz(size, r, nonzero, t);
            } else if ctx.falls_through(taken) {
                self.cbz(size, r, !nonzero, n);
            } else {
                self.cbz(size, r, nonzero, t);
                self.asm.b(n);
            }
            return;
        }
        self.compare(cond);
        self.jump_on(cond, taken, not_taken, ctx);
    }

    /// The jumps of a two-way branch on `cond`'s flags (the compare already done).
    fn jump_on(&mut self, cond: &Cond, taken: LBlock, not_taken: LBlock, ctx: &BranchContext<'_>) {
        let t = self.label(ctx, taken);
        let n = self.label(ctx, not_taken);
        if ctx.falls_through(not_taken) {
            self.jump_if(cond, t);
        } else if ctx.falls_through(taken) {
            self.jump_unless(cond, n);
        } else {
            self.jump_if(cond, t);
            self.asm.b(n);
        }
    }

    fn switch(
        &mut self,
        index: u8,
        tmp: u8,
        cases: &[(u64, LBlock)],
        default: LBlock,
        ctx: &BranchContext<'_>,
    ) {
        let dflt = self.label(ctx, default);
        let n = cases.len() as u64;
        let (min, max) = (cases[0].0, cases[cases.len() - 1].0);
        let range = max.wrapping_sub(min);
        if n >= 4 && range < 4 * n && range < 65_536 {
            let mut targets = vec![dflt; range as usize + 1];
            for &(v, b) in cases {
                targets[(v - min) as usize] = self.label(ctx, b);
            }
            let idx = if min == 0 {
                index
            } else {
                if min < 4096 {
                    self.w(enc::addsub_imm(
                        true, true, false, tmp, index, min as u32, false,
                    ));
                } else {
                    self.mov_imm(X17, min);
                    self.w(enc::addsub_shifted(
                        true,
                        true,
                        false,
                        tmp,
                        index,
                        X17,
                        Shift::Lsl,
                        0,
                    ));
                }
                tmp
            };
            self.asm.cmp_imm(idx, range, X17);
            self.asm.bcond(Cc::Hi, dflt);
            // Entries are `i32` offsets of the targets from the table start.
            let at = *self.tables_end;
            *self.tables_end = at + 4 * (range + 1);
            self.asm.addr_sym(X16, self.rodata, at as i64);
            // ldrsw x17, [x16, idx, lsl #2]
            let k = LdSt::int(2, true, true, false);
            self.w(enc::ldst_reg(k, X17, X16, idx, Ext::Uxtx, true));
            self.w(enc::addsub_shifted(
                true,
                false,
                false,
                X16,
                X16,
                X17,
                Shift::Lsl,
                0,
            ));
            self.w(enc::br(X16));
            self.fixups.push(Fixup::Table { at, targets });
        } else {
            let sorted: Vec<(u64, DynamicLabel)> = cases
                .iter()
                .map(|&(v, b)| (v, self.label(ctx, b)))
                .collect();
            self.search(index, &sorted, dflt, ctx.falls_through(default));
        }
    }

    /// Binary search over sorted case values (unsigned: values are zero-extended).
    fn search(
        &mut self,
        index: u8,
        cases: &[(u64, DynamicLabel)],
        dflt: DynamicLabel,
        dflt_next: bool,
    ) {
        if cases.len() <= 4 {
            for &(v, l) in cases {
                self.asm.cmp_imm(index, v, X17);
                self.asm.bcond(Cc::Eq, l);
            }
            if !dflt_next {
                self.asm.b(dflt);
            }
            return;
        }
        let mid = cases.len() / 2;
        let upper = self.asm.ops.new_dynamic_label();
        self.asm.cmp_imm(index, cases[mid].0, X17);
        self.asm.bcond(Cc::Hs, upper);
        self.search(index, &cases[..mid], dflt, false);
        self.asm.ops.dynamic_label(upper);
        self.search(index, &cases[mid..], dflt, dflt_next);
    }

    /// The callee-saved registers the frame allocation itself stores (`stp ..., [sp,
    /// #-size]!`) and the epilogue reloads while freeing it (`ldp ..., [sp], #size`): the
    /// first one or two saves when they sit at the bottom of a frame that holds nothing
    /// else below them and `sp` never moves.
    fn writeback_saves(&self, frame: &Frame) -> usize {
        let saves = &frame.saves;
        if self.fp_based || saves.is_empty() || saves[0].1 != 0 {
            return 0;
        }
        let pair = saves.len() > 1 && saves[1].0.class() == saves[0].0.class() && saves[1].1 == 8;
        match pair {
            true if frame.size <= 504 => 2,
            false if frame.size <= 255 => 1,
            _ => 0,
        }
    }

    /// Stores (prologue, with the frame allocation when `writeback`) or reloads (epilogue,
    /// freeing the frame) the callee-saved registers the writeback forms cover.
    fn writeback(&mut self, frame: &Frame, load: bool, n: usize) {
        let saves = &frame.saves;
        let v = saves[0].0.class() == RegClass::Float;
        let size = frame.size as i32;
        let off = if load { size } else { -size };
        let r0 = saves[0].0.hw_enc() as u8;
        if n == 2 {
            let r1 = saves[1].0.hw_enc() as u8;
            self.w(enc::pair_writeback(load, v, r0, r1, SP, off));
        } else {
            self.w(enc::single_writeback(load, v, r0, SP, off));
        }
    }

    /// `stp`/`ldp` (or single `str`/`ldr`) of the callee-saved registers after the first
    /// `skip`, from `x29`.
    fn save_restore(&mut self, frame: &Frame, load: bool, skip: usize) {
        let saves = &frame.saves;
        let mut i = skip;
        while i < saves.len() {
            let (r, off) = saves[i];
            let v = r.class() == RegClass::Float;
            let fp_off = i64::from(off) - i64::from(frame.size);
            let pair = saves.get(i + 1).filter(|(r2, off2)| {
                r2.class() == r.class() && *off2 == off + 8 && (-512..=496).contains(&fp_off)
            });
            let hw = r.hw_enc() as u8;
            match pair {
                Some(&(r2, _)) => {
                    self.w(enc::pair(load, v, hw, r2.hw_enc() as u8, FP, fp_off as i32));
                    i += 2;
                }
                None => {
                    let k = if v {
                        LdSt::float(true, load)
                    } else {
                        LdSt::int(3, load, false, false)
                    };
                    self.ldst_off(k, hw, FP, fp_off);
                    i += 1;
                }
            }
        }
    }

    fn epilogue(&mut self, frame: &Frame) {
        let n = self.writeback_saves(frame);
        self.save_restore(frame, true, n);
        if n > 0 {
            self.writeback(frame, true, n);
        } else if frame.size > 0 || self.fp_based {
            self.w(0x9100_03bf); // mov sp, x29
        }
        self.w(0xa8c1_7bfd); // ldp x29, x30, [sp], #16
        self.w(enc::RET);
    }

    /// Emits the float constants after the function's code.
    pub fn finish(&mut self) {
        if self.pool.is_empty() {
            return;
        }
        self.asm.ops.align(8, 0);
        for &(bits, l) in &self.pool {
            self.asm.ops.dynamic_label(l);
            self.asm.ops.extend(bits.to_le_bytes());
        }
    }

    fn float_imm(&mut self, double: bool, d: u8, bits: u64) {
        if bits == 0 {
            self.w(enc::movi_zero(d));
        } else if let Some(k) = enc::fmov_imm8(bits, double) {
            self.w(enc::fmov_imm(double, d, k));
        } else {
            let l = match self.pool.iter().find(|e| e.0 == bits) {
                Some(&(_, l)) => l,
                None => {
                    let l = self.asm.ops.new_dynamic_label();
                    self.pool.push((bits, l));
                    l
                }
            };
            let o = &mut self.asm.ops;
            if double {
                dynasm!(o ; .arch aarch64 ; ldr D(d), =>l);
            } else {
                dynasm!(o ; .arch aarch64 ; ldr S(d), =>l);
            }
        }
    }

    /// A load/store-exclusive loop applying `op` (`val` the operand) to `[a]`; `old`
    /// receives the previous value.
    fn atomic_rmw(
        &mut self,
        op: RmwOp,
        bytes: u8,
        (acquire, release): (bool, bool),
        a: u8,
        val: u8,
        (old, new, status): (u8, u8, u8),
    ) {
        let again = self.asm.ops.new_dynamic_label();
        self.asm.ops.dynamic_label(again);
        self.w(enc::exclusive(bytes, false, true, acquire, 31, a, old));
        let is64 = bytes == 8;
        let size = if is64 { Size::X } else { Size::W };
        let logic = |s: &mut Self, opc: u8, invert: bool| {
            s.w(enc::logic_shifted(
                is64,
                opc,
                invert,
                new,
                old,
                val,
                Shift::Lsl,
                0,
            ));
        };
        let stored = match op {
            RmwOp::Xchg => val,
            RmwOp::Add | RmwOp::Sub => {
                let sub = op == RmwOp::Sub;
                self.w(enc::addsub_shifted(
                    is64,
                    sub,
                    false,
                    new,
                    old,
                    val,
                    Shift::Lsl,
                    0,
                ));
                new
            }
            RmwOp::And => {
                logic(self, 0, false);
                new
            }
            RmwOp::Or => {
                logic(self, 1, false);
                new
            }
            RmwOp::Xor => {
                logic(self, 2, false);
                new
            }
            RmwOp::Nand => {
                logic(self, 0, false);
                self.w(enc::logic_shifted(
                    is64,
                    1,
                    true,
                    new,
                    31,
                    new,
                    Shift::Lsl,
                    0,
                ));
                new
            }
            RmwOp::Max | RmwOp::Min | RmwOp::UMax | RmwOp::UMin => {
                let signed = matches!(op, RmwOp::Max | RmwOp::Min);
                // Narrow signed values compare sign-extended (the operand already is).
                let cur = if signed && bytes < 4 {
                    self.w(enc::bitfield(false, 0, new, old, 0, bytes * 8 - 1));
                    new
                } else {
                    old
                };
                self.w(enc::addsub_shifted(
                    is64,
                    true,
                    true,
                    31,
                    cur,
                    val,
                    Shift::Lsl,
                    0,
                ));
                let cc = match op {
                    RmwOp::Max => Cc::Gt,
                    RmwOp::Min => Cc::Lt,
                    RmwOp::UMax => Cc::Hi,
                    _ => Cc::Lo,
                };
                self.w(Self::csel_word(CselOp::Csel, size, new, cur, val, cc));
                new
            }
            _ => unreachable!("instruction selection keeps other atomicrmw operations out"),
        };
        self.w(enc::exclusive(
            bytes, false, false, release, status, a, stored,
        ));
        self.cbz(Size::W, status, true, again);
    }

    fn csel_word(op: CselOp, size: Size, d: u8, t: u8, f: u8, c: Cc) -> u32 {
        let (op_bit, o2) = match op {
            CselOp::Csel => (false, false),
            CselOp::Csinc => (false, true),
            CselOp::Csinv => (true, false),
            CselOp::Csneg => (true, true),
        };
        enc::csel(size.is64(), op_bit, o2, d, t, f, c as u8)
    }
}

fn hw_or_zero(r: Option<crate::machinst::Reg>) -> u8 {
    r.map_or(31, |r| r.hw())
}

impl EmitIsa<Inst> for Emitter<'_> {
    fn source_location(&mut self, loc: jit_core::ir::DebugLoc) {
        let pos = self.asm.pos();
        if let Some(d) = &mut self.asm.debug {
            d.at(pos, Some(loc));
        }
    }

    fn bind_block(&mut self, b: LBlock, _loop_header: bool) {
        let l = self.labels[b as usize];
        self.asm.ops.dynamic_label(l);
        self.bind_forwarded(b);
    }

    fn bind_forwarded(&mut self, b: LBlock) {
        for l in crate::blockaddr::landing_labels(&self.landings, b) {
            self.asm.ops.dynamic_label(l);
        }
    }

    fn prologue(&mut self, frame: &Frame) {
        self.asm.frame_record();
        let size = u64::from(frame.size);
        let n = self.writeback_saves(frame);
        if n > 0 {
            self.writeback(frame, false, n);
        } else if size > 0 {
            if size < (1 << 24) {
                let (hi, lo) = ((size >> 12) as u32, (size & 0xfff) as u32);
                if hi != 0 {
                    self.w(enc::addsub_imm(true, true, false, SP, SP, hi, true));
                }
                if lo != 0 {
                    self.w(enc::addsub_imm(true, true, false, SP, SP, lo, false));
                }
            } else {
                self.mov_imm(X16, size);
                self.w(enc::addsub_ext(
                    true,
                    true,
                    false,
                    SP,
                    SP,
                    X16,
                    Ext::Uxtx,
                    0,
                ));
            }
        }
        self.save_restore(frame, false, n);
        let end = self.asm.pos();
        for &(r, off) in &frame.saves {
            let dwarf =
                crate::unwind::aarch64_dwarf(r.hw_enc() as u8, r.class() == RegClass::Float);
            let fp_offset = off as i32 - frame.size as i32;
            self.asm
                .unwind
                .mark(end, crate::unwind::FrameStep::Saved { dwarf, fp_offset });
        }
    }

    fn emit_move(&mut self, from: Allocation, to: Allocation, class: RegClass, frame: &Frame) {
        let float = class == RegClass::Float;
        let k = |load| {
            if float {
                LdSt::float(true, load)
            } else {
                LdSt::int(3, load, false, false)
            }
        };
        match (from.as_reg(), to.as_reg(), from.as_stack(), to.as_stack()) {
            (Some(f), Some(t), _, _) => {
                let (f, t) = (f.hw_enc() as u8, t.hw_enc() as u8);
                if f != t {
                    if float {
                        self.w(enc::fp1(true, 0, t, f));
                    } else {
                        self.w(enc::mov(t, f));
                    }
                }
            }
            (Some(f), None, _, Some(slot)) => {
                let (b, o) = self.frame_addr(frame, i64::from(frame.spill_offset(slot.index())));
                self.ldst_off(k(false), f.hw_enc() as u8, b, o);
            }
            (None, Some(t), Some(slot), _) => {
                let (b, o) = self.frame_addr(frame, i64::from(frame.spill_offset(slot.index())));
                self.ldst_off(k(true), t.hw_enc() as u8, b, o);
            }
            _ => unreachable!("regalloc2 never moves stack to stack"),
        }
    }

    fn emit_inst(&mut self, inst: &Inst, frame: &Frame, ctx: &BranchContext<'_>) {
        match inst {
            Inst::Args { va_save, .. } => {
                if let Some((gr, vr)) = *va_save {
                    for r in 0..8u8 {
                        let o = i64::from(frame.objects[gr as usize]) + 8 * i64::from(r);
                        let (b, o) = self.frame_addr(frame, o);
                        self.ldst_off(LdSt::int(3, false, false, false), r, b, o);
                        let o = i64::from(frame.objects[vr as usize]) + 16 * i64::from(r);
                        let (b, o) = self.frame_addr(frame, o);
                        self.ldst_off(LdSt::q(false), r, b, o);
                    }
                }
            }
            Inst::Imm { dst, value } => self.mov_imm(dst.hw(), *value),
            Inst::Mov { dst, src } => {
                if dst.hw() != src.hw() {
                    self.w(enc::mov(dst.hw(), src.hw()));
                }
            }
            Inst::Alu {
                op,
                size,
                dst,
                lhs,
                rhs,
            } => self.alu(*op, *size, dst.hw(), lhs.map(|r| r.hw()), rhs),
            Inst::MulAdd {
                size,
                sub,
                dst,
                lhs,
                rhs,
                acc,
            } => self.w(enc::dp3(
                size.is64(),
                0,
                *sub,
                dst.hw(),
                lhs.hw(),
                rhs.hw(),
                hw_or_zero(*acc),
            )),
            Inst::MulLong {
                signed,
                dst,
                lhs,
                rhs,
                acc,
            } => self.w(enc::dp3(
                true,
                if *signed { 1 } else { 5 },
                false,
                dst.hw(),
                lhs.hw(),
                rhs.hw(),
                hw_or_zero(*acc),
            )),
            Inst::MulHigh {
                signed,
                dst,
                lhs,
                rhs,
            } => self.w(enc::dp3(
                true,
                if *signed { 2 } else { 6 },
                false,
                dst.hw(),
                lhs.hw(),
                rhs.hw(),
                31,
            )),
            Inst::AddSubFlags {
                sub,
                size,
                dst,
                lhs,
                rhs,
                then,
            } => {
                let (is64, d, n) = (size.is64(), dst.hw(), lhs.hw());
                let word = match *rhs {
                    Rhs::Reg(m) => {
                        enc::addsub_shifted(is64, *sub, true, d, n, m.hw(), Shift::Lsl, 0)
                    }
                    Rhs::Shifted { reg, shift, amount } => {
                        enc::addsub_shifted(is64, *sub, true, d, n, reg.hw(), shift, amount)
                    }
                    Rhs::Imm12 { imm, lsl12 } => {
                        enc::addsub_imm(is64, *sub, true, d, n, u32::from(imm), lsl12)
                    }
                    Rhs::Extended { reg, ext, amount } => {
                        enc::addsub_ext(is64, *sub, true, d, n, reg.hw(), ext, amount)
                    }
                    Rhs::Logical(_) => unreachable!("no bitmask immediate for adds/subs"),
                };
                self.w(word);
                match then {
                    FlagUse::Overflow { flag, cc } => {
                        self.w(Self::csel_word(
                            CselOp::Csinc,
                            Size::X,
                            flag.hw(),
                            31,
                            31,
                            cc.invert(),
                        ));
                    }
                    FlagUse::SatUnsigned if *sub => {
                        // No borrow (hs): the difference, else zero.
                        self.w(Self::csel_word(CselOp::Csel, *size, d, d, 31, Cc::Hs));
                    }
                    FlagUse::SatUnsigned => {
                        // No carry (lo): the sum, else all ones.
                        self.w(Self::csel_word(CselOp::Csinv, *size, d, d, 31, Cc::Lo));
                    }
                    FlagUse::SatSigned { tmp } => {
                        let t = tmp.hw();
                        let w = size.bits() as u8;
                        // asr t, d, #(w-1); eor t, t, #(1 << (w-1)); csel d, t, d, vs
                        self.w(enc::bitfield(is64, 0, t, d, w - 1, w - 1));
                        let sign = logical_imm(1u64 << (w - 1), is64).expect("one bit");
                        self.w(enc::logic_imm(is64, 2, t, t, sign));
                        self.w(Self::csel_word(CselOp::Csel, *size, d, t, d, Cc::Vs));
                    }
                }
            }
            Inst::AddSub128 { sub, lo, hi, a, b } => {
                self.w(enc::addsub_shifted(
                    true,
                    *sub,
                    true,
                    lo.hw(),
                    a.0.hw(),
                    b.0.hw(),
                    Shift::Lsl,
                    0,
                ));
                self.w(enc::adc(*sub, false, hi.hw(), a.1.hw(), b.1.hw()));
            }
            Inst::Div {
                signed,
                size,
                dst,
                lhs,
                rhs,
            } => self.w(enc::dp2(
                size.is64(),
                if *signed { 3 } else { 2 },
                dst.hw(),
                lhs.hw(),
                rhs.hw(),
            )),
            Inst::ShiftReg {
                op,
                size,
                dst,
                src,
                amount,
            } => {
                let opcode = match op {
                    ShiftOp::Lsl => 8,
                    ShiftOp::Lsr => 9,
                    ShiftOp::Asr => 10,
                    ShiftOp::Ror => 11,
                };
                self.w(enc::dp2(
                    size.is64(),
                    opcode,
                    dst.hw(),
                    src.hw(),
                    amount.hw(),
                ));
            }
            Inst::Bitfield {
                signed,
                size,
                dst,
                src,
                immr,
                imms,
            } => self.w(enc::bitfield(
                size.is64(),
                if *signed { 0 } else { 2 },
                dst.hw(),
                src.hw(),
                *immr,
                *imms,
            )),
            Inst::Extr {
                size,
                dst,
                hi,
                lo,
                lsb,
            } => self.w(enc::extr(size.is64(), dst.hw(), hi.hw(), lo.hw(), *lsb)),
            Inst::Bit { op, size, dst, src } => {
                let opcode = match (op, size) {
                    (BitOp::Rbit, _) => 0,
                    (BitOp::Rev16, _) => 1,
                    (BitOp::Rev, Size::W) => 2,
                    (BitOp::Rev, Size::X) => 3,
                    (BitOp::Clz, _) => 4,
                };
                self.w(enc::dp1(size.is64(), opcode, dst.hw(), src.hw()));
            }
            Inst::CSel {
                op,
                size,
                cond,
                dst,
                if_true,
                if_false,
            } => {
                self.compare(cond);
                let (d, t, f) = (dst.hw(), hw_or_zero(*if_true), hw_or_zero(*if_false));
                let (c1, c2) = cond.ccs();
                self.w(Self::csel_word(*op, *size, d, t, f, c1));
                if let Some(c2) = c2 {
                    self.w(Self::csel_word(CselOp::Csel, *size, d, t, d, c2));
                }
            }
            Inst::CSet { cond, dst, mask } => {
                self.compare(cond);
                let d = dst.hw();
                let (c1, c2) = cond.ccs();
                // cset d, c = csinc d, xzr, xzr, !c; csetm d, c = csinv d, xzr, xzr, !c.
                let op = if *mask { CselOp::Csinv } else { CselOp::Csinc };
                self.w(Self::csel_word(op, Size::X, d, 31, 31, c1.invert()));
                if let Some(c2) = c2 {
                    self.w(Self::csel_word(op, Size::X, d, d, 31, c2.invert()));
                }
            }
            Inst::Branch {
                cond,
                taken,
                not_taken,
            } => self.branch(cond, *taken, *not_taken, ctx),
            Inst::Jmp { target } => {
                if !ctx.falls_through(*target) {
                    let l = self.label(ctx, *target);
                    self.asm.b(l);
                }
            }
            Inst::BlockAddr {
                dst,
                sym,
                func,
                block,
                off,
            } => {
                let first = self.asm.relocs.len();
                self.asm.addr_sym(dst.hw(), *sym, *off);
                for reloc in first..self.asm.relocs.len() {
                    self.block_relocs.push(PendingText {
                        reloc,
                        func: *func,
                        block: *block,
                    });
                }
            }
            Inst::JmpInd { addr } => {
                let r = addr.hw();
                dynasm!(self.asm.ops ; .arch aarch64 ; br X(r));
            }
            Inst::Switch {
                index,
                tmp,
                cases,
                default,
            } => self.switch(index.hw(), tmp.hw(), cases, *default, ctx),
            Inst::Ret { .. } => self.epilogue(frame),
            Inst::Trap | Inst::Unreachable => self.w(enc::BRK),
            Inst::Load { k, dst, addr } => self.access(*k, dst.hw(), addr, frame),
            Inst::Store { k, src, addr } => self.access(*k, hw_or_zero(*src), addr, frame),
            Inst::AddrOf { dst, addr } => {
                let d = dst.hw();
                match *addr {
                    Amode::Imm { base, off } => self.add_off(d, base.hw(), off),
                    Amode::Index {
                        base, index, ext, ..
                    } => self.w(enc::addsub_ext(
                        true,
                        false,
                        false,
                        d,
                        base.hw(),
                        index.hw(),
                        ext,
                        0,
                    )),
                    Amode::Frame { obj, off } => {
                        let (b, o) =
                            self.frame_addr(frame, i64::from(frame.objects[obj as usize]) + off);
                        self.add_off(d, b, o);
                    }
                    Amode::Outgoing { off } => self.add_off(d, SP, off),
                    Amode::Incoming { off } => self.add_off(d, FP, 16 + off),
                    Amode::Sym { sym, off, .. } => self.asm.addr_sym(d, sym, off),
                }
            }
            Inst::GotAddr { dst, sym } => self.asm.got_load(dst.hw(), *sym),
            Inst::Call { callee, .. } => match callee {
                Callee::Sym(s) => self.asm.bl_sym(*s),
                Callee::Reg(r) => self.w(enc::blr(r.hw())),
            },
            Inst::Invoke {
                callee,
                normal,
                landing,
                site,
                ..
            } => {
                let begin = self.asm.pos();
                match callee {
                    Callee::Sym(s) => self.asm.bl_sym(*s),
                    Callee::Reg(r) => self.w(enc::blr(r.hw())),
                }
                let land = self.labels[ctx.target(*landing) as usize];
                self.eh_sites.push((begin, self.asm.pos(), land, *site));
                if !ctx.falls_through(*normal) {
                    let l = self.labels[ctx.target(*normal) as usize];
                    self.asm.b(l);
                }
            }
            Inst::EntryDefs { .. } => {}
            Inst::DynAlloca { dst, size } => {
                self.w(enc::addsub_ext(
                    true,
                    true,
                    false,
                    SP,
                    SP,
                    size.hw(),
                    Ext::Uxtx,
                    0,
                ));
                self.add_off(dst.hw(), SP, i64::from(frame.outgoing));
            }
            Inst::StackSave { dst } => self.add_off(dst.hw(), SP, 0),
            Inst::StackRestore { src } => self.add_off(SP, src.hw(), 0),
            Inst::FAlu {
                op,
                double,
                dst,
                lhs,
                rhs,
            } => {
                let opcode = match op {
                    FOp::Mul => 0,
                    FOp::Div => 1,
                    FOp::Add => 2,
                    FOp::Sub => 3,
                    FOp::Max => 4,
                    FOp::Min => 5,
                    FOp::MaxNm => 6,
                    FOp::MinNm => 7,
                };
                self.w(enc::fp2(*double, opcode, dst.hw(), lhs.hw(), rhs.hw()));
            }
            Inst::FUnary {
                op,
                double,
                dst,
                src,
            } => {
                let opcode = match op {
                    FUn::Mov => 0,
                    FUn::Abs => 1,
                    FUn::Neg => 2,
                    FUn::Sqrt => 3,
                    FUn::RintN => 8,
                    FUn::RintP => 9,
                    FUn::RintM => 10,
                    FUn::RintZ => 11,
                    FUn::RintA => 12,
                    FUn::RintX => 14,
                    FUn::RintI => 15,
                };
                if *op != FUn::Mov || dst.hw() != src.hw() {
                    self.w(enc::fp1(*double, opcode, dst.hw(), src.hw()));
                }
            }
            Inst::FCvt {
                to_double,
                dst,
                src,
            } => {
                // The type field is the source's; the opcode names the destination.
                let word = if *to_double {
                    enc::fp1(false, 5, dst.hw(), src.hw())
                } else {
                    enc::fp1(true, 4, dst.hw(), src.hw())
                };
                self.w(word);
            }
            Inst::Fma {
                op,
                double,
                dst,
                a,
                b,
                acc,
            } => {
                let (o1, o0) = match op {
                    FmaOp::Madd => (false, false),
                    FmaOp::Msub => (false, true),
                    FmaOp::Nmadd => (true, false),
                    FmaOp::Nmsub => (true, true),
                };
                self.w(enc::fp3(
                    *double,
                    o1,
                    o0,
                    dst.hw(),
                    a.hw(),
                    b.hw(),
                    acc.hw(),
                ));
            }
            Inst::FCsel {
                double,
                cond,
                dst,
                if_true,
                if_false,
            } => {
                self.compare(cond);
                let (d, t, f) = (dst.hw(), if_true.hw(), if_false.hw());
                let (c1, c2) = cond.ccs();
                self.w(enc::fcsel(*double, d, t, f, c1 as u8));
                if let Some(c2) = c2 {
                    self.w(enc::fcsel(*double, d, t, d, c2 as u8));
                }
            }
            Inst::FImm { double, dst, bits } => self.float_imm(*double, dst.hw(), *bits),
            Inst::IntToF {
                signed,
                size,
                double,
                dst,
                src,
            } => self.w(enc::fcvt_int(
                size.is64(),
                *double,
                0,
                if *signed { 2 } else { 3 },
                dst.hw(),
                src.hw(),
            )),
            Inst::FToInt {
                signed,
                size,
                double,
                dst,
                src,
            } => self.w(enc::fcvt_int(
                size.is64(),
                *double,
                3,
                if *signed { 0 } else { 1 },
                dst.hw(),
                src.hw(),
            )),
            Inst::MovToF { double, dst, src } => {
                self.w(enc::fcvt_int(*double, *double, 0, 7, dst.hw(), src.hw()))
            }
            Inst::MovFromF { double, dst, src } => {
                self.w(enc::fcvt_int(*double, *double, 0, 6, dst.hw(), src.hw()))
            }
            Inst::Popcnt {
                size,
                dst,
                src,
                tmp,
            } => {
                let (d, s, t) = (dst.hw(), src.hw(), tmp.hw());
                self.w(enc::fcvt_int(size.is64(), size.is64(), 0, 7, t, s));
                self.w(enc::cnt8b(t, t));
                self.w(enc::addv8b(t, t));
                self.w(enc::fcvt_int(false, false, 0, 6, d, t));
            }
            Inst::LoadAcquire { bytes, dst, base } => {
                self.w(enc::exclusive(
                    *bytes,
                    true,
                    true,
                    true,
                    31,
                    base.hw(),
                    dst.hw(),
                ));
            }
            Inst::StoreRelease { bytes, src, base } => {
                let s = hw_or_zero(*src);
                self.w(enc::exclusive(*bytes, true, false, true, 31, base.hw(), s));
            }
            Inst::Fence { acquire } => {
                self.w(if *acquire {
                    enc::DMB_ISHLD
                } else {
                    enc::DMB_ISH
                });
            }
            Inst::AtomicRmw {
                op,
                bytes,
                acquire,
                release,
                base,
                val,
                old,
                new,
                status,
            } => self.atomic_rmw(
                *op,
                *bytes,
                (*acquire, *release),
                base.hw(),
                val.hw(),
                (old.hw(), new.hw(), status.hw()),
            ),
            Inst::CmpXchg {
                bytes,
                acquire,
                release,
                base,
                expected,
                new,
                old,
                ok,
                status,
            } => {
                let (a, e, n, o, s) = (base.hw(), expected.hw(), new.hw(), old.hw(), status.hw());
                let again = self.asm.ops.new_dynamic_label();
                let fail = self.asm.ops.new_dynamic_label();
                let done = self.asm.ops.new_dynamic_label();
                let size = if *bytes == 8 { Size::X } else { Size::W };
                self.asm.ops.dynamic_label(again);
                self.w(enc::exclusive(*bytes, false, true, *acquire, 31, a, o));
                self.w(enc::addsub_shifted(
                    size.is64(),
                    true,
                    true,
                    31,
                    o,
                    e,
                    Shift::Lsl,
                    0,
                ));
                self.asm.bcond(Cc::Ne, fail);
                self.w(enc::exclusive(*bytes, false, false, *release, s, a, n));
                self.cbz(Size::W, s, true, again);
                self.asm.b(done);
                self.asm.ops.dynamic_label(fail);
                self.w(enc::CLREX);
                self.asm.ops.dynamic_label(done);
                // The flags still hold the compare: equal on success.
                self.w(Self::csel_word(
                    CselOp::Csinc,
                    Size::X,
                    ok.hw(),
                    31,
                    31,
                    Cc::Ne,
                ));
            }
            Inst::Copysign {
                double,
                dst,
                mag,
                sign,
            } => {
                let d = dst.hw();
                self.w(enc::movi_zero(d));
                self.w(enc::fp1(*double, 2, d, d));
                self.w(enc::bsl8b(d, sign.hw(), mag.hw()));
            }
        }
    }
}
