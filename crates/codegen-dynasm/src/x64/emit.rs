//! Low-level x86-64 emission on top of dynasm: register numbers, sized moves between
//! registers and memory, width normalisation, and the few encodings that carry a symbol
//! relocation (`call rel32`, `lea reg, [rip+sym]`, `mov reg, [rip+sym@GOTPCREL]`), which are
//! written byte by byte so the relocation offset is exact.

use dynasmrt::x64::X64Relocation;
use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler, dynasm};
use jit_core::object::{RelocKind, SymbolIndex};

/// `rax`.
pub const RAX: u8 = 0;
/// `rcx`.
pub const RCX: u8 = 1;
/// `rdx`.
pub const RDX: u8 = 2;
/// `rsp`.
pub const RSP: u8 = 4;
/// `rbp`.
pub const RBP: u8 = 5;
/// `rsi`.
pub const RSI: u8 = 6;
/// `rdi`.
pub const RDI: u8 = 7;
/// `r8`.
pub const R8: u8 = 8;
/// `r9`.
pub const R9: u8 = 9;
/// `r10`: holds an indirect callee.
pub const R10: u8 = 10;
/// `r11`: scratch for float constants.
pub const R11: u8 = 11;

/// Integer argument registers of the System V ABI, in order.
pub const GP_ARGS: [u8; 6] = [RDI, RSI, RDX, RCX, R8, R9];

/// x86 condition codes used by `jcc`/`setcc`/`cmovcc`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Cc {
    /// Equal / zero.
    E,
    /// Not equal / not zero.
    Ne,
    /// Unsigned below.
    B,
    /// Unsigned below or equal.
    Be,
    /// Unsigned above.
    A,
    /// Unsigned above or equal.
    Ae,
    /// Signed less.
    L,
    /// Signed less or equal.
    Le,
    /// Signed greater.
    G,
    /// Signed greater or equal.
    Ge,
    /// Overflow.
    O,
    /// Parity (unordered after `ucomis*`).
    P,
    /// No parity.
    Np,
}

impl Cc {
    /// The opposite condition.
    pub fn invert(self) -> Cc {
        match self {
            Cc::E => Cc::Ne,
            Cc::Ne => Cc::E,
            Cc::B => Cc::Ae,
            Cc::Ae => Cc::B,
            Cc::Be => Cc::A,
            Cc::A => Cc::Be,
            Cc::L => Cc::Ge,
            Cc::Ge => Cc::L,
            Cc::Le => Cc::G,
            Cc::G => Cc::Le,
            Cc::P => Cc::Np,
            Cc::Np => Cc::P,
            Cc::O => Cc::O,
        }
    }
    fn code(self) -> u8 {
        match self {
            Cc::O => 0x0,
            Cc::B => 0x2,
            Cc::Ae => 0x3,
            Cc::E => 0x4,
            Cc::Ne => 0x5,
            Cc::Be => 0x6,
            Cc::A => 0x7,
            Cc::P => 0xa,
            Cc::Np => 0xb,
            Cc::L => 0xc,
            Cc::Ge => 0xd,
            Cc::Le => 0xe,
            Cc::G => 0xf,
        }
    }
}

pub use crate::objbuild::TextReloc;

/// The code buffer of one module plus the relocations against symbols.
pub struct Asm {
    /// The dynasm assembler (labels are per block, resolved at `finalize`).
    pub ops: VecAssembler<X64Relocation>,
    /// Relocations against symbols.
    pub relocs: Vec<TextReloc>,
    /// Frame descriptions of the functions, for `.eh_frame`.
    pub unwind: crate::unwind::UnwindTable,
    /// Source lines and variable slots of the function being emitted, when the module has
    /// debug information (see [`crate::debuginfo`]).
    pub debug: Option<crate::debuginfo::FunctionDebug>,
}

impl Asm {
    /// An empty buffer.
    pub fn new() -> Self {
        Asm {
            ops: VecAssembler::new(0),
            relocs: Vec::new(),
            unwind: crate::unwind::UnwindTable::new(jit_core::target::Arch::X86_64),
            debug: None,
        }
    }

    /// Current offset.
    pub fn pos(&self) -> usize {
        self.ops.offset().0
    }

    /// `push rbp; mov rbp, rsp`, each step recorded for the unwind tables.
    pub fn frame_record(&mut self) {
        use crate::unwind::FrameStep;
        self.byte(0x55); // push rbp
        self.unwind.mark(self.pos(), FrameStep::RecordPushed);
        self.ops.extend([0x48, 0x89, 0xe5]); // mov rbp, rsp
        self.unwind.mark(self.pos(), FrameStep::FramePointerSet);
    }

    fn byte(&mut self, b: u8) {
        self.ops.push(b);
    }
    fn u32le(&mut self, v: u32) {
        self.ops.extend(v.to_le_bytes());
    }

    /// `call rel32` to a symbol (`R_X86_64_PLT32`).
    pub fn call_sym(&mut self, sym: SymbolIndex) {
        self.byte(0xe8);
        let at = self.pos() as u64;
        self.u32le(0);
        self.relocs.push(TextReloc {
            offset: at,
            kind: RelocKind::Plt32,
            symbol: sym,
            addend: -4,
        });
    }

    fn rip_rel(&mut self, opcode: u8, reg: u8, sym: SymbolIndex, kind: RelocKind, addend: i64) {
        self.byte(0x48 | ((reg >> 3) << 2));
        self.byte(opcode);
        self.byte(((reg & 7) << 3) | 0b101);
        let at = self.pos() as u64;
        self.u32le(0);
        self.relocs.push(TextReloc {
            offset: at,
            kind,
            symbol: sym,
            addend: addend - 4,
        });
    }

    /// An SSE instruction with a two-byte opcode between registers: `[prefix] [REX] 0F
    /// opcode ModRM(11, reg, rm) [imm8]` (`prefix` 0 for none). `reg` is ModRM.reg (a
    /// register or an opcode extension), `rm` ModRM.rm.
    pub fn sse_rr(&mut self, prefix: u8, opcode: u8, reg: u8, rm: u8, imm: Option<u8>) {
        if prefix != 0 {
            self.byte(prefix);
        }
        if reg >= 8 || rm >= 8 {
            self.byte(0x40 | (reg >> 3) << 2 | rm >> 3);
        }
        self.byte(0x0f);
        self.byte(opcode);
        self.byte(0xc0 | (reg & 7) << 3 | (rm & 7));
        if let Some(k) = imm {
            self.byte(k);
        }
    }

    /// `op` with `reg` and the memory operand `[base + index << shift + disp]`, in the
    /// shortest encoding. dynasm gives a memory operand with a run-time base register a SIB
    /// byte and a 32-bit displacement whatever the values (it cannot pick at assembly time):
    /// three or four bytes more per access, and for `lea` worse than size — a displacement
    /// field makes `lea base + index + 0` a three-component `lea`, which takes two cycles
    /// instead of one on current cores (the optimizing tier's loop-carried `add`s are
    /// `lea`s). Here: no SIB unless the base is `rsp`/`r12` or there is an index, no
    /// displacement when it is 0 and the base allows it (not `rbp`/`r13`; with scale 1 the
    /// two registers swap instead), else 8 bits when it fits. The index is never `rsp`.
    pub fn mem_op(&mut self, op: MemOp, reg: u8, base: u8, index: Option<(u8, u8)>, disp: i32) {
        debug_assert!(index.is_none_or(|(i, s)| i != 4 && s <= 3), "bad index");
        let (base, index) = match index {
            Some((i, 0)) if disp == 0 && base & 7 == 5 && i & 7 != 5 => (i, Some((base, 0))),
            _ => (base, index),
        };
        if op.operand16 {
            self.byte(0x66);
        }
        let x = index.map_or(0, |(i, _)| i >> 3);
        let rex = 0x40 | u8::from(op.wide) << 3 | (reg >> 3) << 2 | x << 1 | base >> 3;
        // `spl`/`bpl`/`sil`/`dil` exist only with a REX prefix (without, 4-7 are `ah`-`bh`).
        if rex != 0x40 || (op.byte_reg && (4..8).contains(&reg)) {
            self.byte(rex);
        }
        for &b in op.opcode {
            self.byte(b);
        }
        let md: u8 = if disp == 0 && base & 7 != 5 {
            0
        } else if i8::try_from(disp).is_ok() {
            1
        } else {
            2
        };
        let sib = match index {
            Some((i, s)) => Some(s << 6 | (i & 7) << 3 | (base & 7)),
            None if base & 7 == 4 => Some(0x24),
            None => None,
        };
        let rm = if sib.is_some() { 4 } else { base & 7 };
        self.byte(md << 6 | (reg & 7) << 3 | rm);
        if let Some(sib) = sib {
            self.byte(sib);
        }
        match md {
            1 => self.byte(disp as i8 as u8),
            2 => self.u32le(disp as u32),
            _ => {}
        }
    }

    /// `lea reg, [rip + sym + addend]` (`R_X86_64_PC32`).
    pub fn lea_sym(&mut self, reg: u8, sym: SymbolIndex, addend: i64) {
        self.rip_rel(0x8d, reg, sym, RelocKind::Pc32, addend);
    }

    /// `sub dword [rip + sym + addend], 1` (`R_X86_64_PC32`). The CPU adds the address of
    /// the next instruction, which is 5 bytes past the displacement here (the displacement,
    /// then the 1-byte immediate), hence the addend's `- 5`.
    pub fn sub1_u32_sym(&mut self, sym: SymbolIndex, addend: i64) {
        self.byte(0x83);
        self.byte(0x2d); // ModRM: /5 (sub), rip + disp32
        let at = self.pos() as u64;
        self.u32le(0);
        self.byte(1);
        self.relocs.push(TextReloc {
            offset: at,
            kind: RelocKind::Pc32,
            symbol: sym,
            addend: addend - 5,
        });
    }

    /// `mov reg, [rip + sym@GOTPCREL]`: the address of a symbol that may live anywhere.
    pub fn got_load(&mut self, reg: u8, sym: SymbolIndex) {
        self.rip_rel(0x8b, reg, sym, RelocKind::GotPcRel, 0);
    }

    /// Loads a 64-bit immediate with the shortest encoding.
    pub fn imm(&mut self, reg: u8, v: u64) {
        if v == 0 {
            dynasm!(self.ops ; .arch x64 ; xor Rd(reg), Rd(reg));
        } else if v <= u32::MAX as u64 {
            dynasm!(self.ops ; .arch x64 ; mov Rd(reg), v as i32);
        } else if (v as i64) >= i32::MIN as i64 && (v as i64) < 0 {
            dynasm!(self.ops ; .arch x64 ; mov Rq(reg), v as i64 as i32);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov Rq(reg), QWORD v as i64);
        }
    }

    /// `mov dst, src` (64-bit).
    pub fn mov(&mut self, dst: u8, src: u8) {
        if dst != src {
            dynasm!(self.ops ; .arch x64 ; mov Rq(dst), Rq(src));
        }
    }

    /// `mov reg, qword [base + off]`.
    pub fn ld(&mut self, reg: u8, base: u8, off: i32) {
        self.mem_op(MemOp::LOAD64, reg, base, None, off);
    }
    /// `mov qword [base + off], reg`.
    pub fn st(&mut self, base: u8, off: i32, reg: u8) {
        self.mem_op(MemOp::STORE64, reg, base, None, off);
    }
    /// `lea reg, [base + off]`.
    pub fn lea(&mut self, reg: u8, base: u8, off: i32) {
        self.mem_op(MemOp::LEA64, reg, base, None, off);
    }

    /// Zero-extending load of 1, 2, 4 or 8 bytes.
    pub fn ld_n(&mut self, reg: u8, base: u8, off: i32, n: u32) {
        self.mem_op(MemOp::load(n as u8, false), reg, base, None, off);
    }
    /// Store of the low 1, 2, 4 or 8 bytes.
    pub fn st_n(&mut self, base: u8, off: i32, reg: u8, n: u32) {
        self.mem_op(MemOp::store(n as u8), reg, base, None, off);
    }

    /// Loads `n` (1..=8) bytes zero-extended into `reg`; odd sizes use `tmp` as well.
    pub fn ld_bytes(&mut self, reg: u8, base: u8, off: i32, n: u32, tmp: u8) {
        if matches!(n, 1 | 2 | 4 | 8) {
            return self.ld_n(reg, base, off, n);
        }
        let mut done = 0;
        while done < n {
            let piece = piece_size(n - done);
            if done == 0 {
                self.ld_n(reg, base, off, piece);
            } else {
                self.ld_n(tmp, base, off + done as i32, piece);
                let sh = (done * 8) as i8;
                dynasm!(self.ops ; .arch x64 ; shl Rq(tmp), sh ; or Rq(reg), Rq(tmp));
            }
            done += piece;
        }
    }

    /// Stores the low `n` (1..=8) bytes of `reg`; odd sizes shift `reg` (clobbered).
    pub fn st_bytes(&mut self, base: u8, off: i32, reg: u8, n: u32) {
        if matches!(n, 1 | 2 | 4 | 8) {
            return self.st_n(base, off, reg, n);
        }
        let mut done = 0;
        while done < n {
            let piece = piece_size(n - done);
            self.st_n(base, off + done as i32, reg, piece);
            done += piece;
            if done < n {
                let sh = (piece * 8) as i8;
                dynasm!(self.ops ; .arch x64 ; shr Rq(reg), sh);
            }
        }
    }

    /// Copies `n` bytes from `[src + so]` to `[dst + do_]` through `tmp`.
    pub fn copy(&mut self, dst: u8, do_: i32, src: u8, so: i32, n: u64, tmp: u8) {
        let mut done = 0u64;
        while done < n {
            let left = n - done;
            let piece = if left >= 8 {
                8
            } else {
                piece_size(left as u32)
            };
            self.ld_n(tmp, src, so + done as i32, piece);
            self.st_n(dst, do_ + done as i32, tmp, piece);
            done += u64::from(piece);
        }
    }

    /// Zero-fills `n` bytes at `[dst + off]` (uses `tmp`).
    pub fn zero(&mut self, dst: u8, off: i32, n: u64, tmp: u8) {
        dynasm!(self.ops ; .arch x64 ; xor Rd(tmp), Rd(tmp));
        let mut done = 0u64;
        while done < n {
            let left = n - done;
            let piece = if left >= 8 {
                8
            } else {
                piece_size(left as u32)
            };
            self.st_n(dst, off + done as i32, tmp, piece);
            done += u64::from(piece);
        }
    }

    /// Clears the bits of `reg` above `bits` (the slot invariant: zero-extended).
    pub fn zext(&mut self, reg: u8, bits: u32) {
        match bits {
            64.. => {}
            32 => dynasm!(self.ops ; .arch x64 ; mov Rd(reg), Rd(reg)),
            16 => dynasm!(self.ops ; .arch x64 ; movzx Rd(reg), Rw(reg)),
            8 => dynasm!(self.ops ; .arch x64 ; movzx Rd(reg), Rb(reg)),
            1..=31 => {
                let mask = ((1u32 << bits) - 1) as i32;
                dynasm!(self.ops ; .arch x64 ; and Rd(reg), mask);
            }
            _ => {
                let sh = (64 - bits) as i8;
                dynasm!(self.ops ; .arch x64 ; shl Rq(reg), sh ; shr Rq(reg), sh);
            }
        }
    }

    /// Sign-extends the low `bits` of `reg` to 64 bits.
    pub fn sext(&mut self, reg: u8, bits: u32) {
        match bits {
            64.. => {}
            32 => dynasm!(self.ops ; .arch x64 ; movsxd Rq(reg), Rd(reg)),
            16 => dynasm!(self.ops ; .arch x64 ; movsx Rq(reg), Rw(reg)),
            8 => dynasm!(self.ops ; .arch x64 ; movsx Rq(reg), Rb(reg)),
            _ => {
                let sh = (64 - bits) as i8;
                dynasm!(self.ops ; .arch x64 ; shl Rq(reg), sh ; sar Rq(reg), sh);
            }
        }
    }

    /// `jcc label`.
    pub fn jcc(&mut self, cc: Cc, label: DynamicLabel) {
        // 0F 8x rel32, patched by dynasm's label machinery through a `jmp`-like relocation.
        match cc {
            Cc::E => dynasm!(self.ops ; .arch x64 ; je =>label),
            Cc::Ne => dynasm!(self.ops ; .arch x64 ; jne =>label),
            Cc::B => dynasm!(self.ops ; .arch x64 ; jb =>label),
            Cc::Be => dynasm!(self.ops ; .arch x64 ; jbe =>label),
            Cc::A => dynasm!(self.ops ; .arch x64 ; ja =>label),
            Cc::Ae => dynasm!(self.ops ; .arch x64 ; jae =>label),
            Cc::L => dynasm!(self.ops ; .arch x64 ; jl =>label),
            Cc::Le => dynasm!(self.ops ; .arch x64 ; jle =>label),
            Cc::G => dynasm!(self.ops ; .arch x64 ; jg =>label),
            Cc::Ge => dynasm!(self.ops ; .arch x64 ; jge =>label),
            Cc::O => dynasm!(self.ops ; .arch x64 ; jo =>label),
            Cc::P => dynasm!(self.ops ; .arch x64 ; jp =>label),
            Cc::Np => dynasm!(self.ops ; .arch x64 ; jnp =>label),
        }
    }

    /// `jmp label`.
    pub fn jmp(&mut self, label: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; jmp =>label);
    }

    /// `setcc reg8` then zero-extends to 32 bits (so the whole register is 0 or 1).
    pub fn setcc(&mut self, cc: Cc, reg: u8) {
        // SETcc r/m8: [REX] 0F 9x /0; a REX prefix makes sil/dil addressable.
        if reg >= 4 {
            self.byte(0x40 | (reg >> 3));
        }
        self.byte(0x0f);
        self.byte(0x90 | cc.code());
        self.byte(0xc0 | (reg & 7));
        dynasm!(self.ops ; .arch x64 ; movzx Rd(reg), Rb(reg));
    }

    /// `cmovcc dst, src` (64-bit).
    pub fn cmov(&mut self, cc: Cc, dst: u8, src: u8) {
        // REX.W 0F 4x /r with dst in reg, src in r/m.
        self.byte(0x48 | ((dst >> 3) << 2) | (src >> 3));
        self.byte(0x0f);
        self.byte(0x40 | cc.code());
        self.byte(0xc0 | ((dst & 7) << 3) | (src & 7));
    }

    /// `cmp reg, imm` for a zero-extended 64-bit constant (through `tmp` when it does not
    /// fit a sign-extended imm32).
    pub fn cmp_imm(&mut self, reg: u8, v: u64, tmp: u8) {
        if v <= i32::MAX as u64 || (v as i64) >= i32::MIN as i64 && (v as i64) < 0 {
            dynasm!(self.ops ; .arch x64 ; cmp Rq(reg), v as i64 as i32);
        } else {
            self.imm(tmp, v);
            dynasm!(self.ops ; .arch x64 ; cmp Rq(reg), Rq(tmp));
        }
    }

    /// Adds a constant to `reg` (through `tmp` when needed).
    pub fn add_imm(&mut self, reg: u8, v: i64, tmp: u8) {
        if v == 0 {
        } else if v >= i32::MIN as i64 && v <= i32::MAX as i64 {
            dynasm!(self.ops ; .arch x64 ; add Rq(reg), v as i32);
        } else {
            self.imm(tmp, v as u64);
            dynasm!(self.ops ; .arch x64 ; add Rq(reg), Rq(tmp));
        }
    }
}

impl Default for Asm {
    fn default() -> Self {
        Self::new()
    }
}

fn piece_size(left: u32) -> u32 {
    if left >= 4 {
        4
    } else if left >= 2 {
        2
    } else {
        1
    }
}

/// An instruction with a ModRM memory operand, as [`Asm::mem_op`] encodes it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MemOp {
    /// The opcode bytes (after any prefix).
    pub opcode: &'static [u8],
    /// REX.W: 64-bit operand size.
    pub wide: bool,
    /// The `0x66` operand-size prefix (16-bit operand).
    pub operand16: bool,
    /// ModRM.reg names a byte register (so 4-7 need a REX prefix to mean `spl`-`dil`).
    pub byte_reg: bool,
}

impl MemOp {
    const fn new(opcode: &'static [u8], wide: bool) -> Self {
        MemOp {
            opcode,
            wide,
            operand16: false,
            byte_reg: false,
        }
    }
    /// `mov r64, m64`.
    pub const LOAD64: MemOp = MemOp::new(&[0x8b], true);
    /// `mov m64, r64`.
    pub const STORE64: MemOp = MemOp::new(&[0x89], true);
    /// `lea r64, m`.
    pub const LEA64: MemOp = MemOp::new(&[0x8d], true);
    /// `lea r32, m` (the low half of the address, zero-extended).
    pub const LEA32: MemOp = MemOp::new(&[0x8d], false);

    /// A load of `bytes` (1, 2, 4, 8) into a 64-bit register, zero- or sign-extended:
    /// `movzx r32`/`movsx r64` (bytes, halves), `mov r32`/`movsxd r64` (words), `mov r64`.
    pub const fn load(bytes: u8, signed: bool) -> MemOp {
        match (bytes, signed) {
            (1, false) => MemOp::new(&[0x0f, 0xb6], false),
            (1, true) => MemOp::new(&[0x0f, 0xbe], true),
            (2, false) => MemOp::new(&[0x0f, 0xb7], false),
            (2, true) => MemOp::new(&[0x0f, 0xbf], true),
            (4, false) => MemOp::new(&[0x8b], false),
            (4, true) => MemOp::new(&[0x63], true),
            _ => MemOp::LOAD64,
        }
    }

    /// A store of the low `bytes` (1, 2, 4, 8) of a register.
    pub const fn store(bytes: u8) -> MemOp {
        match bytes {
            1 => MemOp {
                byte_reg: true,
                ..MemOp::new(&[0x88], false)
            },
            2 => MemOp {
                operand16: true,
                ..MemOp::new(&[0x89], false)
            },
            4 => MemOp::new(&[0x89], false),
            _ => MemOp::STORE64,
        }
    }
}
