//! Low-level AArch64 emission on top of dynasm: register numbers, loads and stores with any
//! offset (the encoder picks `ldur`/scaled `ldr`/register offset), immediates, and the
//! instructions that carry a symbol relocation (`bl`, `adrp`+`add`, `adrp`+`ldr` of a GOT
//! entry), which are written as whole words so the relocation offset is exact.
//!
//! Registers used by the tier-0 lowering (all caller-saved, so nothing needs saving):
//! `x0`–`x8` arguments/results, `x9`–`x15` scratch, `x16`/`x17` address temporaries (also
//! what linker veneers clobber, which is fine between a `bl` and its callee), `v0`–`v7`
//! arguments, `v16`–`v18` float scratch. `x18` (platform register) is never touched.

use dynasmrt::aarch64::Aarch64Relocation;
use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler, dynasm};
use jit_core::object::{RelocKind, SymbolIndex};

use crate::objbuild::TextReloc;

/// Frame pointer.
pub const FP: u8 = 29;
/// Stack pointer (as a base register; encodes as 31).
pub const SP: u8 = 31;
/// Indirect result register (sret).
pub const X8: u8 = 8;
/// Scratch registers.
pub const X9: u8 = 9;
/// Scratch.
pub const X10: u8 = 10;
/// Scratch.
pub const X11: u8 = 11;
/// Scratch.
pub const X12: u8 = 12;
/// Scratch.
pub const X13: u8 = 13;
/// Scratch.
pub const X14: u8 = 14;
/// Scratch.
pub const X15: u8 = 15;
/// Address temporary.
pub const X16: u8 = 16;
/// Address temporary used by [`Asm::mem`] for large offsets.
pub const X17: u8 = 17;

/// Condition codes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the architectural condition names")]
pub enum Cond {
    Eq = 0,
    Ne = 1,
    Hs = 2,
    Lo = 3,
    Mi = 4,
    Pl = 5,
    Vs = 6,
    Vc = 7,
    Hi = 8,
    Ls = 9,
    Ge = 10,
    Lt = 11,
    Gt = 12,
    Le = 13,
}

impl Cond {
    /// The opposite condition.
    pub fn invert(self) -> Cond {
        use Cond::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            Hs => Lo,
            Lo => Hs,
            Mi => Pl,
            Pl => Mi,
            Vs => Vc,
            Vc => Vs,
            Hi => Ls,
            Ls => Hi,
            Ge => Lt,
            Lt => Ge,
            Gt => Le,
            Le => Gt,
        }
    }
}

/// A load or store: access width and register file.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mem {
    /// `ldrb`/`strb` (zero-extending load).
    B,
    /// `ldrh`/`strh`.
    H,
    /// 32-bit `ldr w`/`str w`.
    W,
    /// 64-bit.
    X,
    /// `ldrsw` (load only).
    Sw,
    /// 32-bit float register `s`.
    S,
    /// 64-bit float register `d`.
    D,
    /// 128-bit `q`.
    Q,
}

impl Mem {
    /// (size field, V bit, opc for load, opc for store, log2 bytes).
    fn fields(self) -> (u32, u32, u32, u32, u32) {
        match self {
            Mem::B => (0, 0, 1, 0, 0),
            Mem::H => (1, 0, 1, 0, 1),
            Mem::W => (2, 0, 1, 0, 2),
            Mem::X => (3, 0, 1, 0, 3),
            Mem::Sw => (2, 0, 2, 2, 2),
            Mem::S => (2, 1, 1, 0, 2),
            Mem::D => (3, 1, 1, 0, 3),
            Mem::Q => (0, 1, 3, 2, 4),
        }
    }

    /// The zero-extending integer access of `n` bytes (1, 2, 4, 8).
    pub fn of_size(n: u32) -> Mem {
        match n {
            1 => Mem::B,
            2 => Mem::H,
            4 => Mem::W,
            _ => Mem::X,
        }
    }
}

/// The code buffer of one module plus relocations against symbols.
pub struct Asm {
    /// The dynasm assembler.
    pub ops: VecAssembler<Aarch64Relocation>,
    /// Relocations against symbols.
    pub relocs: Vec<TextReloc>,
    /// Frame descriptions of the functions, for `.eh_frame`.
    pub unwind: crate::unwind::UnwindTable,
    /// Source lines and variable slots of the function being emitted, when the module has
    /// debug information (see [`crate::debuginfo`]).
    pub debug: Option<crate::debuginfo::FunctionDebug>,
}

impl Default for Asm {
    fn default() -> Self {
        Self::new()
    }
}

impl Asm {
    /// An empty buffer.
    pub fn new() -> Self {
        Asm {
            ops: VecAssembler::new(0),
            relocs: Vec::new(),
            unwind: crate::unwind::UnwindTable::new(jit_core::target::Arch::AArch64),
            debug: None,
        }
    }

    /// Current offset.
    pub fn pos(&self) -> usize {
        self.ops.offset().0
    }

    /// `stp x29, x30, [sp, #-16]!; mov x29, sp`, each step recorded for the unwind tables.
    pub fn frame_record(&mut self) {
        use crate::unwind::FrameStep;
        self.word(0xa9bf_7bfd); // stp x29, x30, [sp, #-16]!
        self.unwind.mark(self.pos(), FrameStep::RecordPushed);
        self.word(0x9100_03fd); // mov x29, sp
        self.unwind.mark(self.pos(), FrameStep::FramePointerSet);
    }

    /// Appends one instruction word.
    pub fn word(&mut self, w: u32) {
        self.ops.extend(w.to_le_bytes());
    }

    fn reloc(&mut self, kind: RelocKind, symbol: SymbolIndex, addend: i64) {
        let offset = self.pos() as u64;
        self.relocs.push(TextReloc {
            offset,
            kind,
            symbol,
            addend,
        });
    }

    /// `bl sym` (`R_AARCH64_CALL26`; the linker adds a veneer when out of range).
    pub fn bl_sym(&mut self, sym: SymbolIndex) {
        self.reloc(RelocKind::Call26, sym, 0);
        self.word(0x9400_0000);
    }

    /// `adrp rd, sym+addend ; add rd, rd, :lo12:sym+addend`.
    pub fn addr_sym(&mut self, rd: u8, sym: SymbolIndex, addend: i64) {
        let rd = u32::from(rd);
        self.reloc(RelocKind::AdrPrelPgHi21, sym, addend);
        self.word(0x9000_0000 | rd);
        self.reloc(RelocKind::AddAbsLo12Nc, sym, addend);
        self.word(0x9100_0000 | (rd << 5) | rd);
    }

    /// `adrp x16, sym+addend ; ldr w17, [x16, :lo12:sym+addend] ; subs w17, w17, #1 ;
    /// str w17, [x16, :lo12:sym+addend]`: decrements the 4-byte-aligned `u32` at
    /// `sym+addend`, leaving the flags of the result and its page in `x16` (for
    /// [`Self::add_lo12`]).
    pub fn sub1_u32_sym(&mut self, sym: SymbolIndex, addend: i64) {
        let (page, v) = (u32::from(X16), u32::from(X17));
        self.reloc(RelocKind::AdrPrelPgHi21, sym, addend);
        self.word(0x9000_0000 | page);
        self.reloc(RelocKind::LdstAbsLo12Nc { shift: 2 }, sym, addend);
        self.word(0xb940_0000 | (page << 5) | v); // ldr w17, [x16, #lo12]
        self.word(0x7100_0400 | (v << 5) | v); // subs w17, w17, #1
        self.reloc(RelocKind::LdstAbsLo12Nc { shift: 2 }, sym, addend);
        self.word(0xb900_0000 | (page << 5) | v); // str w17, [x16, #lo12]
    }

    /// `add rd, rn, :lo12:sym+addend`: completes an address whose page `adrp` put in `rn`.
    pub fn add_lo12(&mut self, rd: u8, rn: u8, sym: SymbolIndex, addend: i64) {
        self.reloc(RelocKind::AddAbsLo12Nc, sym, addend);
        self.word(0x9100_0000 | (u32::from(rn) << 5) | u32::from(rd));
    }

    /// `adrp rd, :got:sym ; ldr rd, [rd, :got_lo12:sym]`: the address of a symbol that may
    /// live anywhere.
    pub fn got_load(&mut self, rd: u8, sym: SymbolIndex) {
        let rd = u32::from(rd);
        self.reloc(RelocKind::AdrGotPage, sym, 0);
        self.word(0x9000_0000 | rd);
        self.reloc(RelocKind::Ld64GotLo12Nc, sym, 0);
        self.word(0xf940_0000 | (rd << 5) | rd);
    }

    /// A load or store of `rt` at `[base + off]`, any offset (`x17` is used for offsets no
    /// immediate form reaches, so neither `rt` nor `base` may be `x17` then).
    pub fn mem(&mut self, load: bool, kind: Mem, rt: u8, base: u8, off: i64) {
        let (size, v, lopc, sopc, shift) = kind.fields();
        let opc = if load { lopc } else { sopc };
        let w = (size << 30)
            | (0b111 << 27)
            | (v << 26)
            | (opc << 22)
            | (u32::from(base) << 5)
            | u32::from(rt);
        let scale = 1i64 << shift;
        if (-256..256).contains(&off) {
            self.word(w | (((off as u32) & 0x1ff) << 12));
        } else if off >= 0 && off % scale == 0 && off / scale < 4096 {
            self.word(w | (1 << 24) | (((off / scale) as u32) << 10));
        } else {
            debug_assert!((v == 1 || rt != X17) && base != X17);
            self.imm(X17, off as u64);
            self.word(w | (1 << 21) | (u32::from(X17) << 16) | (0b011 << 13) | (0b10 << 10));
        }
    }

    /// `ldr` of `kind` into `rt` from `[base + off]`.
    pub fn ld(&mut self, kind: Mem, rt: u8, base: u8, off: i64) {
        self.mem(true, kind, rt, base, off);
    }

    /// `str` of `kind` from `rt` to `[base + off]`.
    pub fn st(&mut self, kind: Mem, rt: u8, base: u8, off: i64) {
        self.mem(false, kind, rt, base, off);
    }

    /// 64-bit load.
    pub fn ldx(&mut self, rt: u8, base: u8, off: i64) {
        self.ld(Mem::X, rt, base, off);
    }

    /// 64-bit store.
    pub fn stx(&mut self, rt: u8, base: u8, off: i64) {
        self.st(Mem::X, rt, base, off);
    }

    /// `rd = base + off` (`base` may be `sp`/`x29`; uses `x17` for large offsets).
    pub fn add_off(&mut self, rd: u8, base: u8, off: i64) {
        let (rd_, rn) = (u32::from(rd), u32::from(base));
        let (sub, mag) = if off < 0 {
            (1u32, off.unsigned_abs())
        } else {
            (0, off as u64)
        };
        let op = 0x9100_0000 | (sub << 30);
        if mag < 4096 {
            self.word(op | ((mag as u32) << 10) | (rn << 5) | rd_);
        } else if mag < (1 << 24) {
            let hi = (mag >> 12) as u32;
            let lo = (mag & 0xfff) as u32;
            self.word(op | (1 << 22) | (hi << 10) | (rn << 5) | rd_);
            if lo != 0 {
                self.word(op | (lo << 10) | (rd_ << 5) | rd_);
            }
        } else {
            // add/sub (extended register, uxtx) so `sp` works as base and destination.
            self.imm(X17, mag);
            self.word(0x8b20_6000 | (sub << 30) | (u32::from(X17) << 16) | (rn << 5) | rd_);
        }
    }

    /// `mov rd, rn` (64-bit; either may be `sp` when the other is not `xzr`).
    pub fn mov(&mut self, rd: u8, rn: u8) {
        if rd == rn {
            return;
        }
        if rd == SP || rn == SP {
            self.add_off(rd, rn, 0);
        } else {
            dynasm!(self.ops ; .arch aarch64 ; mov X(rd), X(rn));
        }
    }

    /// Materialises a 64-bit constant with `movz`/`movn` + `movk`.
    pub fn imm(&mut self, rd: u8, v: u64) {
        let rd = u32::from(rd);
        if v == 0 || v == u64::MAX {
            // movz rd, #0 / movn rd, #0
            self.word(if v == 0 { 0xd280_0000 } else { 0x9280_0000 } | rd);
            return;
        }
        let ones = (0..4)
            .filter(|i| (v >> (16 * i)) & 0xffff == 0xffff)
            .count();
        let zeros = (0..4).filter(|i| (v >> (16 * i)) & 0xffff == 0).count();
        let inverted = ones > zeros;
        let skip = if inverted { 0xffff } else { 0 };
        let mut first = true;
        for i in 0..4u32 {
            let h = ((v >> (16 * i)) & 0xffff) as u32;
            if h == skip {
                continue;
            }
            if first {
                if inverted {
                    // movn: rd = !(imm16 << 16*i)
                    self.word(0x9280_0000 | (i << 21) | ((!h & 0xffff) << 5) | rd);
                } else {
                    self.word(0xd280_0000 | (i << 21) | (h << 5) | rd);
                }
                first = false;
            } else {
                self.word(0xf280_0000 | (i << 21) | (h << 5) | rd);
            }
        }
    }

    /// Zero-extends the low `bits` of `rd` in place (no-op at 64).
    pub fn zext(&mut self, rd: u8, bits: u32) {
        if bits >= 64 || bits == 0 {
            return;
        }
        // ubfx rd, rd, #0, #bits  == ubfm rd, rd, #0, #bits-1
        let r = u32::from(rd);
        self.word(0xd340_0000 | ((bits - 1) << 10) | (r << 5) | r);
    }

    /// Sign-extends the low `bits` of `rn` into `rd` (copy at 64).
    pub fn sext(&mut self, rd: u8, rn: u8, bits: u32) {
        if bits >= 64 || bits == 0 {
            self.mov(rd, rn);
            return;
        }
        // sbfm rd, rn, #0, #bits-1
        self.word(0x9340_0000 | ((bits - 1) << 10) | (u32::from(rn) << 5) | u32::from(rd));
    }

    /// `b label`.
    pub fn b(&mut self, l: DynamicLabel) {
        dynasm!(self.ops ; .arch aarch64 ; b =>l);
    }

    /// `b.cond label` (±1 MiB; used for short in-function skips and block edges).
    pub fn bcond(&mut self, c: Cond, l: DynamicLabel) {
        match c {
            Cond::Eq => dynasm!(self.ops ; .arch aarch64 ; b.eq =>l),
            Cond::Ne => dynasm!(self.ops ; .arch aarch64 ; b.ne =>l),
            Cond::Hs => dynasm!(self.ops ; .arch aarch64 ; b.hs =>l),
            Cond::Lo => dynasm!(self.ops ; .arch aarch64 ; b.lo =>l),
            Cond::Mi => dynasm!(self.ops ; .arch aarch64 ; b.mi =>l),
            Cond::Pl => dynasm!(self.ops ; .arch aarch64 ; b.pl =>l),
            Cond::Vs => dynasm!(self.ops ; .arch aarch64 ; b.vs =>l),
            Cond::Vc => dynasm!(self.ops ; .arch aarch64 ; b.vc =>l),
            Cond::Hi => dynasm!(self.ops ; .arch aarch64 ; b.hi =>l),
            Cond::Ls => dynasm!(self.ops ; .arch aarch64 ; b.ls =>l),
            Cond::Ge => dynasm!(self.ops ; .arch aarch64 ; b.ge =>l),
            Cond::Lt => dynasm!(self.ops ; .arch aarch64 ; b.lt =>l),
            Cond::Gt => dynasm!(self.ops ; .arch aarch64 ; b.gt =>l),
            Cond::Le => dynasm!(self.ops ; .arch aarch64 ; b.le =>l),
        }
    }

    /// `cset rd, cond` (64-bit 0/1).
    pub fn cset(&mut self, rd: u8, c: Cond) {
        // csinc rd, xzr, xzr, !cond
        let inv = c.invert() as u32;
        self.word(0x9a9f_07e0 | (inv << 12) | u32::from(rd));
    }

    /// `csel rd, rn, rm, cond` (64-bit).
    pub fn csel(&mut self, rd: u8, rn: u8, rm: u8, c: Cond) {
        self.word(
            0x9a80_0000
                | (u32::from(rm) << 16)
                | ((c as u32) << 12)
                | (u32::from(rn) << 5)
                | u32::from(rd),
        );
    }

    /// `cmp rn, rm` (64-bit).
    pub fn cmp(&mut self, rn: u8, rm: u8) {
        dynasm!(self.ops ; .arch aarch64 ; cmp X(rn), X(rm));
    }

    /// `cmp rn, #imm` for any 64-bit constant (through `tmp` when it does not fit imm12).
    pub fn cmp_imm(&mut self, rn: u8, v: u64, tmp: u8) {
        if v < 4096 {
            // subs xzr, rn, #v
            self.word(0xf100_001f | ((v as u32) << 10) | (u32::from(rn) << 5));
        } else if v.wrapping_neg() < 4096 {
            // adds xzr, rn, #-v
            self.word(0xb100_001f | ((v.wrapping_neg() as u32) << 10) | (u32::from(rn) << 5));
        } else {
            self.imm(tmp, v);
            self.cmp(rn, tmp);
        }
    }

    /// Copies `n` bytes from `[src + so]` to `[dst + do_]` through `tmp`.
    pub fn copy(&mut self, dst: u8, do_: i64, src: u8, so: i64, n: u64, tmp: u8) {
        let mut done = 0u64;
        while done < n {
            let piece = piece_size(n - done);
            let k = Mem::of_size(piece as u32);
            self.ld(k, tmp, src, so + done as i64);
            self.st(k, tmp, dst, do_ + done as i64);
            done += piece;
        }
    }

    /// Zero-fills `n` bytes at `[dst + off]`.
    pub fn zero(&mut self, dst: u8, off: i64, n: u64) {
        let mut done = 0u64;
        while done < n {
            let piece = piece_size(n - done);
            self.st(Mem::of_size(piece as u32), 31, dst, off + done as i64);
            done += piece;
        }
    }

    /// Loads `n` (1..=8) bytes zero-extended into `rd`; odd sizes use `tmp` too.
    pub fn ld_bytes(&mut self, rd: u8, base: u8, off: i64, n: u32, tmp: u8) {
        if matches!(n, 1 | 2 | 4 | 8) {
            return self.ld(Mem::of_size(n), rd, base, off);
        }
        let mut done = 0u32;
        while done < n {
            let piece = piece_size(u64::from(n - done)) as u32;
            if done == 0 {
                self.ld(Mem::of_size(piece), rd, base, off);
            } else {
                self.ld(Mem::of_size(piece), tmp, base, off + i64::from(done));
                // orr rd, rd, tmp, lsl #(8*done)
                self.word(
                    0xaa00_0000
                        | (u32::from(tmp) << 16)
                        | ((8 * done) << 10)
                        | (u32::from(rd) << 5)
                        | u32::from(rd),
                );
            }
            done += piece;
        }
    }

    /// Stores the low `n` (1..=8) bytes of `rs`; odd sizes use `tmp` for the shifted rest.
    pub fn st_bytes(&mut self, rs: u8, base: u8, off: i64, n: u32, tmp: u8) {
        if matches!(n, 1 | 2 | 4 | 8) {
            return self.st(Mem::of_size(n), rs, base, off);
        }
        let mut done = 0u32;
        while done < n {
            let piece = piece_size(u64::from(n - done)) as u32;
            if done == 0 {
                self.st(Mem::of_size(piece), rs, base, off);
            } else {
                // lsr tmp, rs, #(8*done)  == ubfm tmp, rs, #sh, #63
                let sh = 8 * done;
                self.word(0xd340_fc00 | (sh << 16) | (u32::from(rs) << 5) | u32::from(tmp));
                self.st(Mem::of_size(piece), tmp, base, off + i64::from(done));
            }
            done += piece;
        }
    }
}

fn piece_size(left: u64) -> u64 {
    if left >= 8 {
        8
    } else if left >= 4 {
        4
    } else if left >= 2 {
        2
    } else {
        1
    }
}
