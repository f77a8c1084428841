//! The x86-64 machine instructions of the optimizing tier, and their register operands.
//!
//! Two-address operations (`add`, `imul`, shifts, SSE arithmetic) define their result in
//! the register of their left operand (a "reuse" constraint); compares never stand alone:
//! a [`Cond`] lives inside the instruction that reads the flags (branch, `setcc`, `cmov`),
//! so nothing can come between the compare and its reader.

use jit_core::ir::FloatPredicate;
use jit_core::object::SymbolIndex;
use regalloc2::{PReg, PRegSet, RegClass};

use crate::machinst::blockorder::LBlock;
use crate::machinst::{MachInst, OperandVisitor, Reg, Terminator};
use crate::x64::emit::Cc;

/// `rax`..`r15` and `xmm0`..`xmm15` as allocator registers.
pub fn gpr(hw: u8) -> PReg {
    PReg::new(hw as usize, RegClass::Int)
}
/// An SSE register.
pub fn xmm(hw: u8) -> PReg {
    PReg::new(hw as usize, RegClass::Float)
}

/// Operand width of an integer operation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Size {
    /// 32 bits (writes zero-extend to 64).
    L,
    /// 64 bits.
    Q,
}

/// A memory operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Amode {
    /// `[base + disp]`.
    Base {
        /// Base register.
        base: Reg,
        /// Displacement.
        disp: i32,
    },
    /// `[base + index * (1 << shift) + disp]`.
    Index {
        /// Base register.
        base: Reg,
        /// Index register.
        index: Reg,
        /// log2 of the scale (0..=3).
        shift: u8,
        /// Displacement.
        disp: i32,
    },
    /// `sym + index * (1 << shift) + disp` for a symbol defined in this object (its
    /// address is formed in the scratch `r11` first).
    Sym {
        /// The symbol.
        sym: SymbolIndex,
        /// Optional index register and shift.
        index: Option<(Reg, u8)>,
        /// Displacement.
        disp: i32,
    },
    /// A frame object (static alloca) plus an optional scaled index, addressed from `rbp`.
    Frame {
        /// Frame object number.
        obj: u32,
        /// Optional index register and shift.
        index: Option<(Reg, u8)>,
        /// Displacement.
        disp: i32,
    },
    /// The outgoing argument area: `[rsp + off]`.
    Outgoing {
        /// Offset.
        off: i32,
    },
    /// An incoming stack argument: `[rbp + 16 + off]`.
    Incoming {
        /// Offset from the first stack argument.
        off: i32,
    },
    /// An entry of the function's constant pool (16-byte aligned, after its code).
    Pool {
        /// Entry number.
        idx: u32,
    },
}

impl Amode {
    fn visit(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Amode::Base { base, .. } => v.use_reg(base),
            Amode::Index { base, index, .. } => {
                v.use_reg(base);
                v.use_reg(index);
            }
            Amode::Frame {
                index: Some((r, _)),
                ..
            }
            | Amode::Sym {
                index: Some((r, _)),
                ..
            } => v.use_reg(r),
            _ => {}
        }
    }
}

/// A register, memory or immediate operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Rmi {
    /// A register.
    Reg(Reg),
    /// Memory.
    Mem(Amode),
    /// A sign-extended 32-bit immediate.
    Imm(i32),
}

impl Rmi {
    fn visit(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Rmi::Reg(r) => v.use_reg(r),
            Rmi::Mem(a) => a.visit(v),
            Rmi::Imm(_) => {}
        }
    }
}

/// A compare whose flags the enclosing instruction reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// `cmp lhs, rhs` then condition `cc`.
    Int {
        /// Width.
        size: Size,
        /// Condition.
        cc: Cc,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Rmi,
    },
    /// `test lhs, rhs` then condition `cc` (`E`/`Ne` for zero tests).
    Test {
        /// Width.
        size: Size,
        /// Condition.
        cc: Cc,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Rmi,
    },
    /// A 128-bit ordered compare of register pairs: `cmp lhs_lo, rhs_lo` then `sbb` of the
    /// high halves into a scratch; `cc` is one of `B`, `Ae`, `L`, `Ge`.
    Wide {
        /// Condition.
        cc: Cc,
        /// Left (low, high).
        lhs: (Reg, Reg),
        /// Right (low, high).
        rhs: (Reg, Reg),
    },
    /// `ucomiss`/`ucomisd lhs, rhs` then an IEEE predicate (two flags for `oeq`/`une`).
    Float {
        /// `double` rather than `float`.
        double: bool,
        /// Predicate (with operands already swapped where the encoding needs it).
        pred: FloatPredicate,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Reg,
    },
}

impl Cond {
    fn visit(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Cond::Int { lhs, rhs, .. } | Cond::Test { lhs, rhs, .. } => {
                v.use_reg(lhs);
                rhs.visit(v);
            }
            Cond::Float { lhs, rhs, .. } => {
                v.use_reg(lhs);
                v.use_reg(rhs);
            }
            Cond::Wide { lhs, rhs, .. } => {
                v.use_reg(&mut lhs.0);
                v.use_reg(&mut lhs.1);
                v.use_reg(&mut rhs.0);
                v.use_reg(&mut rhs.1);
            }
        }
    }
}

/// Integer ALU operations with two operands.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum AluOp {
    Add,
    Sub,
    And,
    Or,
    Xor,
}

/// Operations done by [`Inst::AtomicLoop`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "LLVM's atomicrmw operations")]
pub enum RmwLoopOp {
    And,
    Or,
    Xor,
    Nand,
    Max,
    Min,
    UMax,
    UMin,
}

/// Operations of [`Inst::AluFlags`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum FlagOp {
    Add,
    Sub,
    Imul,
}

/// Shifts and rotates.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum ShiftOp {
    Shl,
    Shr,
    Sar,
    Rol,
    Ror,
}

/// SSE scalar arithmetic.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum FOp {
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
    /// Bitwise operations on the whole register (`andps`, `orps`, `xorps`, `andnps`).
    And,
    Or,
    Xor,
    AndNot,
}

/// Packed SSE2 operations on 128-bit vectors, register to register.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum VOp {
    Paddb,
    Paddw,
    Paddd,
    Paddq,
    Psubb,
    Psubw,
    Psubd,
    Psubq,
    Pand,
    Por,
    Pxor,
    Pandn,
    Paddsb,
    Paddsw,
    Paddusb,
    Paddusw,
    Psubsb,
    Psubsw,
    Psubusb,
    Psubusw,
    Pmullw,
    Pmuludq,
    Pcmpeqb,
    Pcmpeqw,
    Pcmpeqd,
    Pcmpgtb,
    Pcmpgtw,
    Pcmpgtd,
    Pminsw,
    Pmaxsw,
    Pminub,
    Pmaxub,
    Punpcklbw,
    Punpckldq,
    Punpcklqdq,
    Addps,
    Addpd,
    Subps,
    Subpd,
    Mulps,
    Mulpd,
    Divps,
    Divpd,
    /// `movsd` between registers: the low 64 bits of the right operand, the high ones kept.
    Movsd,
    /// `movss` between registers: the low 32 bits of the right operand, the rest kept.
    Movss,
}

impl VOp {
    /// The mandatory prefix (0 for none) and the opcode after `0F`.
    pub fn encoding(self) -> (u8, u8) {
        use VOp::*;
        match self {
            Paddb => (0x66, 0xfc),
            Paddw => (0x66, 0xfd),
            Paddd => (0x66, 0xfe),
            Paddq => (0x66, 0xd4),
            Psubb => (0x66, 0xf8),
            Psubw => (0x66, 0xf9),
            Psubd => (0x66, 0xfa),
            Psubq => (0x66, 0xfb),
            Pand => (0x66, 0xdb),
            Por => (0x66, 0xeb),
            Pxor => (0x66, 0xef),
            Pandn => (0x66, 0xdf),
            Paddsb => (0x66, 0xec),
            Paddsw => (0x66, 0xed),
            Paddusb => (0x66, 0xdc),
            Paddusw => (0x66, 0xdd),
            Psubsb => (0x66, 0xe8),
            Psubsw => (0x66, 0xe9),
            Psubusb => (0x66, 0xd8),
            Psubusw => (0x66, 0xd9),
            Pcmpeqb => (0x66, 0x74),
            Pcmpeqw => (0x66, 0x75),
            Pcmpeqd => (0x66, 0x76),
            Pcmpgtb => (0x66, 0x64),
            Pcmpgtw => (0x66, 0x65),
            Pcmpgtd => (0x66, 0x66),
            Pminsw => (0x66, 0xea),
            Pmaxsw => (0x66, 0xee),
            Pminub => (0x66, 0xda),
            Pmaxub => (0x66, 0xde),
            Pmullw => (0x66, 0xd5),
            Pmuludq => (0x66, 0xf4),
            Punpcklbw => (0x66, 0x60),
            Punpckldq => (0x66, 0x62),
            Punpcklqdq => (0x66, 0x6c),
            Addps => (0, 0x58),
            Addpd => (0x66, 0x58),
            Subps => (0, 0x5c),
            Subpd => (0x66, 0x5c),
            Mulps => (0, 0x59),
            Mulpd => (0x66, 0x59),
            Divps => (0, 0x5e),
            Divpd => (0x66, 0x5e),
            Movsd => (0xf2, 0x10),
            Movss => (0xf3, 0x10),
        }
    }
}

/// Packed shifts by an immediate.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum VShift {
    Psllw,
    Pslld,
    Psllq,
    Psrlw,
    Psrld,
    Psrlq,
    Psraw,
    Psrad,
}

impl VShift {
    /// The opcode after `66 0F` and the ModRM.reg extension.
    pub fn encoding(self) -> (u8, u8) {
        use VShift::*;
        match self {
            Psllw => (0x71, 6),
            Pslld => (0x72, 6),
            Psllq => (0x73, 6),
            Psrlw => (0x71, 2),
            Psrld => (0x72, 2),
            Psrlq => (0x73, 2),
            Psraw => (0x71, 4),
            Psrad => (0x72, 4),
        }
    }
}

/// Packed unary operations: `op dst, src` (`dst` only written).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum VUnary {
    Sqrtps,
    Sqrtpd,
    /// 32-bit integers to `float`.
    Cvtdq2ps,
    /// `float` to 32-bit integers, truncating.
    Cvttps2dq,
}

impl VUnary {
    /// The mandatory prefix (0 for none) and the opcode after `0F`.
    pub fn encoding(self) -> (u8, u8) {
        match self {
            VUnary::Sqrtps => (0, 0x51),
            VUnary::Sqrtpd => (0x66, 0x51),
            VUnary::Cvtdq2ps => (0, 0x5b),
            VUnary::Cvttps2dq => (0xf3, 0x5b),
        }
    }
}

/// The top bit of each lane into a general register.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum VMask {
    /// 16 byte lanes.
    Pmovmskb,
    /// 4 32-bit lanes.
    Movmskps,
    /// 2 64-bit lanes.
    Movmskpd,
}

impl VMask {
    /// The mandatory prefix (0 for none) and the opcode after `0F`.
    pub fn encoding(self) -> (u8, u8) {
        match self {
            VMask::Pmovmskb => (0x66, 0xd7),
            VMask::Movmskps => (0, 0x50),
            VMask::Movmskpd => (0x66, 0x50),
        }
    }
}

/// Lane permutations by an immediate.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum VPerm {
    /// The four 32-bit lanes.
    Pshufd,
    /// The four low 16-bit lanes (the high half copied).
    Pshuflw,
}

/// Unary integer operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum UnOp {
    Neg,
    Not,
    Bswap,
}

/// What a call calls.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A symbol (`call rel32`, a PLT-style relocation).
    Sym(SymbolIndex),
    /// A register.
    Reg(Reg),
}

/// Machine instructions of the optimizing tier.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    /// Defines the parameters from the argument registers at function entry; a variadic
    /// function first stores all six integer and eight SSE argument registers into its
    /// register save area (frame object `va_save`).
    Args {
        /// Each parameter register and the ABI register it arrives in.
        params: Vec<(Reg, PReg)>,
        /// The register save area of a variadic function.
        va_save: Option<u32>,
    },
    /// `dst = value` (64-bit).
    Imm {
        /// Destination.
        dst: Reg,
        /// The bits.
        value: u64,
    },
    /// `lea dst, [addr]` (at 32 bits: the low half of the address, zero-extended).
    Lea {
        /// Width of the result.
        size: Size,
        /// Destination.
        dst: Reg,
        /// The address computed.
        addr: Amode,
    },
    /// `dst = &sym + disp` for a symbol defined elsewhere (through the GOT).
    GotAddr {
        /// Destination.
        dst: Reg,
        /// The symbol.
        sym: SymbolIndex,
        /// Offset added.
        disp: i32,
    },
    /// `dst = lhs op rhs` (two-address: `dst` is `lhs`'s register).
    Alu {
        /// Operation.
        op: AluOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Rmi,
    },
    /// `dst = lhs * rhs` (two-address).
    Imul {
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand (never an immediate: see [`Inst::ImulImm`]).
        rhs: Rmi,
    },
    /// `dst = lhs op rhs` (two-address), then `flag = 1` when `cc` holds on the flags
    /// the operation set (overflow and carry of `add`, `sub`, `imul`).
    AluFlags {
        /// Operation.
        op: FlagOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Reg,
        /// Condition read after the operation.
        cc: Cc,
        /// 0 or 1.
        flag: Reg,
    },
    /// 128-bit `add`/`adc` or `sub`/`sbb` on register pairs (two-address on `lhs`).
    Alu128 {
        /// `sub`/`sbb` rather than `add`/`adc`.
        sub: bool,
        /// Result low half.
        dst_lo: Reg,
        /// Result high half.
        dst_hi: Reg,
        /// Left low half.
        lhs_lo: Reg,
        /// Left high half.
        lhs_hi: Reg,
        /// Right low half.
        rhs_lo: Reg,
        /// Right high half.
        rhs_hi: Reg,
    },
    /// `shld dst, fill, k` (left: `dst = src << k | fill >> (w - k)`) or `shrd dst, fill, k`
    /// (`dst = src >> k | fill << (w - k)`), two-address on `src`; `k` is `imm` or, with
    /// `amount`, `cl` (taken modulo the width, as `llvm.fshl`/`fshr` want).
    DoubleShift {
        /// `shld` rather than `shrd`.
        left: bool,
        /// Operand width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// The half shifted.
        src: Reg,
        /// The half whose bits shift in.
        fill: Reg,
        /// A variable amount, in `rcx`.
        amount: Option<Reg>,
        /// Amount when `amount` is `None`.
        imm: u8,
    },
    /// `dst = src * imm`.
    ImulImm {
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Multiplicand.
        src: Reg,
        /// Multiplier.
        imm: i32,
    },
    /// `neg`, `not`, `bswap` (two-address).
    Unary {
        /// Operation.
        op: UnOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Operand.
        src: Reg,
    },
    /// Shift or rotate by an immediate or by `cl` (two-address).
    Shift {
        /// Operation.
        op: ShiftOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Operand.
        src: Reg,
        /// `Some(reg in rcx)` or `None` with `imm`.
        amount: Option<Reg>,
        /// The immediate amount when `amount` is `None`.
        imm: u8,
    },
    /// Division of `rax` (zero- or sign-extended into `rdx`) by `divisor`.
    Div {
        /// `idiv` rather than `div`.
        signed: bool,
        /// Width.
        size: Size,
        /// The dividend, in `rax`.
        dividend: Reg,
        /// The divisor.
        divisor: Reg,
        /// The quotient (in `rax`) or remainder (in `rdx`).
        dst: Reg,
        /// The other of `rax`/`rdx`, destroyed.
        tmp: Reg,
        /// `dst` is the remainder.
        rem: bool,
    },
    /// `dst = src * src2` high half (`mul`/`imul` one-operand form: rdx:rax = rax * src2).
    MulHi {
        /// Signed multiply.
        signed: bool,
        /// Multiplicand, in `rax`.
        src: Reg,
        /// Multiplier.
        src2: Reg,
        /// High half, in `rdx`.
        dst: Reg,
        /// Low half (in `rax`), destroyed.
        tmp: Reg,
    },
    /// Zero- or sign-extension of the low `from` bits of `src` to 64 bits.
    Ext {
        /// Sign rather than zero extension.
        signed: bool,
        /// Source width in bits (1..=63).
        from: u8,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// Load of `bytes` (1, 2, 4, 8) into a general register, zero- or sign-extended.
    Load {
        /// Bytes loaded.
        bytes: u8,
        /// Sign-extend rather than zero-extend.
        signed: bool,
        /// Destination.
        dst: Reg,
        /// Address.
        addr: Amode,
    },
    /// Store of the low `bytes` of `src`.
    Store {
        /// Bytes stored.
        bytes: u8,
        /// Value (register or immediate).
        src: Rmi,
        /// Address.
        addr: Amode,
    },
    /// `dst = cond ? 1 : 0`.
    Setcc {
        /// The compare.
        cond: Cond,
        /// Destination.
        dst: Reg,
        /// A scratch register for the float predicates that test two flags (`oeq`, `une`).
        tmp: Option<Reg>,
    },
    /// `dst = cond ? if_true : if_false` (two-address on `if_false`).
    Cmov {
        /// The compare.
        cond: Cond,
        /// Destination.
        dst: Reg,
        /// Value when false.
        if_false: Reg,
        /// Value when true.
        if_true: Reg,
    },
    /// Conditional branch.
    Branch {
        /// The compare.
        cond: Cond,
        /// Target when true.
        taken: LBlock,
        /// Target when false.
        not_taken: LBlock,
    },
    /// A branch on `first || second` (`any`) or `first && second` (not `any`): two compares
    /// and jumps, the second only evaluated when the first does not decide.
    Branch2 {
        /// `||` rather than `&&`.
        any: bool,
        /// The first compare.
        first: Cond,
        /// The second compare.
        second: Cond,
        /// Target when the combination holds.
        taken: LBlock,
        /// Target otherwise.
        not_taken: LBlock,
    },
    /// `jmp target`.
    Jmp {
        /// Target.
        target: LBlock,
    },
    /// `jmp addr` (`indirectbr`): the successors are the block's, the address one of
    /// their landings (see [`crate::blockaddr::landings`]).
    JmpInd {
        /// The address.
        addr: Reg,
    },
    /// `lea dst, [rip + label]`: the address of a block (`blockaddress`).
    BlockAddr {
        /// Destination.
        dst: Reg,
        /// The block's module-wide label.
        label: dynasmrt::DynamicLabel,
    },
    /// A jump through a table of `targets` indexed by `index - min` (default when out of
    /// range), or a search among sparse cases.
    Switch {
        /// The value switched on (zero-extended).
        index: Reg,
        /// A scratch register.
        tmp: Reg,
        /// (case value, successor) pairs, sorted by value.
        cases: Vec<(u64, LBlock)>,
        /// Successor when no case matches.
        default: LBlock,
    },
    /// Epilogue and `ret`; the returned values are in their ABI registers.
    Ret {
        /// Each returned register and its ABI register.
        rets: Vec<(Reg, PReg)>,
    },
    /// `dst = rsp` (`llvm.stacksave`).
    ReadSp {
        /// Destination.
        dst: Reg,
    },
    /// `rsp = src` (`llvm.stackrestore`).
    WriteSp {
        /// The saved stack pointer.
        src: Reg,
    },
    /// `uitofp` from a 64-bit integer: halves values with the top bit set (keeping the
    /// rounding bit), converts as signed and doubles.
    U64ToF {
        /// `double` result.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
        /// Scratch.
        tmp: Reg,
    },
    /// `fptoui` to a 64-bit integer: values from 2^63 up are converted after subtracting
    /// 2^63 (pool entry `bias`), which is added back to the result.
    FToU64 {
        /// `double` source.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
        /// SSE scratch.
        tmp: Reg,
        /// Pool entry holding 2^63 in the source format.
        bias: u32,
    },
    /// `mfence`.
    Mfence,
    /// `xchg [addr], val` / `lock xadd [addr], val`: `dst` gets the old value (two-address
    /// on `val`).
    AtomicSwap {
        /// `xadd` rather than `xchg`.
        add: bool,
        /// Bytes.
        bytes: u8,
        /// Address.
        addr: Amode,
        /// Operand.
        val: Reg,
        /// The old value.
        dst: Reg,
    },
    /// `lock cmpxchg [addr], new` with the expected value in `rax`; `dst` (rax) gets the old
    /// value and `ok` whether it equalled the expected one.
    CmpXchg {
        /// Bytes.
        bytes: u8,
        /// Address.
        addr: Amode,
        /// Expected value (in rax).
        expected: Reg,
        /// New value.
        new: Reg,
        /// Old value (in rax).
        dst: Reg,
        /// 1 when the exchange happened.
        ok: Reg,
    },
    /// A read-modify-write loop: `old = [addr]; do { new = old op val } while
    /// (!cmpxchg(addr, old, new))`, `dst` (rax) the old value.
    AtomicLoop {
        /// Operation on the old value and `val`.
        op: RmwLoopOp,
        /// Bytes.
        bytes: u8,
        /// Address.
        addr: Amode,
        /// Operand.
        val: Reg,
        /// Scratch for the new value.
        tmp: Reg,
        /// Old value (in rax).
        dst: Reg,
    },
    /// `ud2` in the middle of a block (`llvm.trap`).
    Trap,
    /// `ud2` ending a block (`unreachable`).
    Unreachable,
    /// A packed vector operation, two-address: `dst = lhs op rhs`.
    VAlu {
        /// Operation.
        op: VOp,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Reg,
    },
    /// A packed shift by `amount` bits, two-address.
    VShiftImm {
        /// Operation.
        op: VShift,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
        /// Shift amount.
        amount: u8,
    },
    /// `pshufd`/`pshuflw dst, src, imm`.
    VPermute {
        /// Which permutation.
        op: VPerm,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
        /// Lane selectors, two bits each.
        imm: u8,
    },
    /// `cmpps`/`cmppd dst, rhs, pred`: each lane all ones where the compare holds,
    /// two-address on `lhs`.
    VCmpF {
        /// `cmppd` rather than `cmpps`.
        double: bool,
        /// The compare: 0 eq, 1 lt, 2 le, 3 unord, 4 neq, 5 nlt, 6 nle, 7 ord.
        pred: u8,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Reg,
    },
    /// A packed unary operation.
    VUn {
        /// Operation.
        op: VUnary,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// The top bit of each lane of `src` into the low bits of a general register.
    VMoveMask {
        /// Lane width.
        op: VMask,
        /// Destination (general register).
        dst: Reg,
        /// Vector.
        src: Reg,
    },
    /// `pextrw dst, src, lane`: a 16-bit lane, zero-extended into a general register.
    VExtractW {
        /// Destination (general register).
        dst: Reg,
        /// Vector.
        src: Reg,
        /// Lane (0..8).
        lane: u8,
    },
    /// `pinsrw dst, src, lane`: the low 16 bits of a general register into a lane,
    /// two-address on `vec`.
    VInsertW {
        /// Destination.
        dst: Reg,
        /// Vector.
        vec: Reg,
        /// General register.
        src: Reg,
        /// Lane (0..8).
        lane: u8,
    },
    /// A 16-byte vector load (`movups`; any alignment).
    VLoad {
        /// Destination.
        dst: Reg,
        /// Address.
        addr: Amode,
    },
    /// An 8-byte vector load into the low half (`movq`; the high half zeroed).
    VLoadLow {
        /// Destination.
        dst: Reg,
        /// Address.
        addr: Amode,
    },
    /// An 8-byte vector store of the low half (`movq`).
    VStoreLow {
        /// Value.
        src: Reg,
        /// Address.
        addr: Amode,
    },
    /// A 16-byte vector store (`movups`; any alignment).
    VStore {
        /// Value.
        src: Reg,
        /// Address.
        addr: Amode,
    },
    /// `dst = src` between SSE registers (`movaps`).
    FCopy {
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `dst = +0.0` (`xorps dst, dst`).
    FZero {
        /// Destination.
        dst: Reg,
    },
    /// `dst = cond ? if_true : if_false` for SSE registers (a short branch around a move;
    /// two-address on `if_false`).
    FSelect {
        /// The compare.
        cond: Cond,
        /// Destination.
        dst: Reg,
        /// Value when false.
        if_false: Reg,
        /// Value when true.
        if_true: Reg,
    },
    /// An `invoke`'s call, which ends its block: the normal successor takes the results
    /// from their registers ([`Inst::EntryDefs`]), the landing successor is where the
    /// unwinder resumes (see [`crate::eh`]).
    Invoke {
        /// What is called.
        callee: Callee,
        /// Arguments in their ABI registers.
        uses: Vec<(Reg, PReg)>,
        /// Registers the call destroys.
        clobbers: PRegSet,
        /// Successor when the callee returns.
        normal: LBlock,
        /// Successor when an exception unwinds out of it.
        landing: LBlock,
        /// Index of the landing pad's clauses in the function's list.
        site: u32,
    },
    /// Values that arrive in fixed registers at a block's start (an invoke's results, a
    /// landing pad's exception pointer and selector); no code.
    EntryDefs {
        /// The registers defined, with where they arrive.
        defs: Vec<(Reg, PReg)>,
    },
    /// A call.
    Call {
        /// What is called.
        callee: Callee,
        /// Arguments in their ABI registers.
        uses: Vec<(Reg, PReg)>,
        /// Results in their ABI registers.
        defs: Vec<(Reg, PReg)>,
        /// Registers the call destroys.
        clobbers: PRegSet,
    },
    /// `dst = sp` adjusted for a dynamic alloca: `sub rsp, size; and rsp, -align;
    /// lea dst, [rsp + outgoing]`.
    DynAlloca {
        /// Destination.
        dst: Reg,
        /// Bytes (already rounded up to 16).
        size: Reg,
    },
    /// Load of a `float`/`double` into an SSE register.
    FLoad {
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Address.
        addr: Amode,
    },
    /// Store of a `float`/`double`.
    FStore {
        /// `double`.
        double: bool,
        /// Value.
        src: Reg,
        /// Address.
        addr: Amode,
    },
    /// `sqrtss`/`sqrtsd dst, src`.
    FSqrt {
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// Scalar SSE arithmetic, two-address.
    FAlu {
        /// Operation.
        op: FOp,
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand (register or memory).
        rhs: Rmi,
    },
    /// `cvtsi2ss/sd dst, src` from a signed 32/64-bit integer.
    IntToF {
        /// `double` result.
        double: bool,
        /// Source width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `cvttss2si/cvttsd2si dst, src` (truncating) to a signed 32/64-bit integer.
    FToInt {
        /// `double` source.
        double: bool,
        /// Result width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `cvtss2sd` / `cvtsd2ss`.
    FToF {
        /// Converts to `double` (else to `float`).
        to_double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `movd`/`movq` from a general register to an SSE register.
    MovToF {
        /// 64-bit.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `movd`/`movq` from an SSE register to a general register.
    MovFromF {
        /// 64-bit.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `roundss/roundsd dst, src, mode` (SSE4.1).
    FRound {
        /// `double`.
        double: bool,
        /// Rounding-control immediate.
        mode: u8,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// Bit counting (population, leading and trailing zeros) at 32 or 64 bits, with the
    /// baseline x86-64 instruction set (`bsr`/`bsf` and a bit-parallel population count).
    BitCount {
        /// Which count.
        op: BitCountOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
}

/// Bit-counting instructions.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "x86 mnemonics")]
pub enum BitCountOp {
    Popcnt,
    Lzcnt,
    Tzcnt,
}

impl MachInst for Inst {
    fn visit_operands(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Inst::Args { params, .. } => {
                for (r, p) in params {
                    v.def_fixed(r, *p);
                }
            }
            Inst::ReadSp { dst } => v.def_reg(dst),
            Inst::WriteSp { src } => v.use_reg(src),
            Inst::U64ToF { dst, src, tmp, .. } => {
                v.use_reg(src);
                v.temp(tmp);
                v.def_early(dst);
            }
            Inst::FToU64 { dst, src, tmp, .. } => {
                v.use_reg(src);
                v.temp(tmp);
                v.def_reg(dst);
            }
            Inst::Mfence => {}
            Inst::AtomicSwap { addr, val, dst, .. } => {
                v.use_reg(val);
                addr.visit(v);
                v.def_reuse(dst, 0);
            }
            Inst::CmpXchg {
                addr,
                expected,
                new,
                dst,
                ok,
                ..
            } => {
                v.use_fixed(expected, gpr(0));
                v.use_reg(new);
                addr.visit(v);
                v.def_fixed(dst, gpr(0));
                v.def_reg(ok);
            }
            Inst::AtomicLoop {
                addr,
                val,
                tmp,
                dst,
                ..
            } => {
                v.use_reg(val);
                addr.visit(v);
                v.temp(tmp);
                v.temp_fixed(dst, gpr(0));
            }
            Inst::Imm { dst, .. } | Inst::GotAddr { dst, .. } => v.def_reg(dst),
            Inst::Lea { dst, addr, .. } => {
                addr.visit(v);
                v.def_reg(dst);
            }
            Inst::Alu { dst, lhs, rhs, .. } | Inst::Imul { dst, lhs, rhs, .. } => {
                v.use_reg(lhs);
                rhs.visit(v);
                v.def_reuse(dst, 0);
            }
            Inst::AluFlags {
                dst,
                lhs,
                rhs,
                flag,
                ..
            } => {
                v.use_reg(lhs);
                v.use_reg(rhs);
                v.def_reuse(dst, 0);
                v.def_reg(flag);
            }
            Inst::Alu128 {
                dst_lo,
                dst_hi,
                lhs_lo,
                lhs_hi,
                rhs_lo,
                rhs_hi,
                ..
            } => {
                v.use_reg(lhs_lo);
                v.use_reg(lhs_hi);
                v.use_reg(rhs_lo);
                // Read after `dst_lo` is written: it must not share its register.
                v.use_late(rhs_hi);
                v.def_reuse(dst_lo, 0);
                v.def_reuse(dst_hi, 1);
            }
            Inst::DoubleShift {
                dst,
                src,
                fill,
                amount,
                ..
            } => {
                v.use_reg(src);
                v.use_reg(fill);
                if let Some(a) = amount {
                    v.use_fixed(a, gpr(1));
                }
                v.def_reuse(dst, 0);
            }
            Inst::ImulImm { dst, src, .. } => {
                v.use_reg(src);
                v.def_reg(dst);
            }
            Inst::Unary { dst, src, .. } => {
                v.use_reg(src);
                v.def_reuse(dst, 0);
            }
            Inst::Shift {
                dst, src, amount, ..
            } => {
                v.use_reg(src);
                if let Some(a) = amount {
                    v.use_fixed(a, gpr(1));
                }
                v.def_reuse(dst, 0);
            }
            Inst::Div {
                dividend,
                divisor,
                dst,
                tmp,
                rem,
                ..
            } => {
                // The divisor is read late so it never shares rax/rdx with the results:
                // `cqo`/`xor edx, edx` writes rdx before `div` reads the divisor.
                let (d, t) = if *rem { (2, 0) } else { (0, 2) };
                v.use_fixed(dividend, gpr(0));
                v.use_late(divisor);
                v.def_fixed(dst, gpr(d));
                v.def_fixed(tmp, gpr(t));
            }
            Inst::MulHi {
                src,
                src2,
                dst,
                tmp,
                ..
            } => {
                v.use_fixed(src, gpr(0));
                v.use_reg(src2);
                v.def_fixed(dst, gpr(2));
                v.def_fixed(tmp, gpr(0));
            }
            Inst::Ext { dst, src, .. } => {
                v.use_reg(src);
                v.def_reg(dst);
            }
            Inst::VAlu { dst, lhs, rhs, .. } | Inst::VCmpF { dst, lhs, rhs, .. } => {
                v.use_reg(lhs);
                v.use_reg(rhs);
                v.def_reuse(dst, 0);
            }
            Inst::VShiftImm { dst, src, .. } => {
                v.use_reg(src);
                v.def_reuse(dst, 0);
            }
            Inst::VPermute { dst, src, .. }
            | Inst::VExtractW { dst, src, .. }
            | Inst::VMoveMask { dst, src, .. }
            | Inst::VUn { dst, src, .. } => {
                v.use_reg(src);
                v.def_reg(dst);
            }
            Inst::VInsertW { dst, vec, src, .. } => {
                v.use_reg(vec);
                v.use_reg(src);
                v.def_reuse(dst, 0);
            }
            Inst::VStore { src, addr } | Inst::VStoreLow { src, addr } => {
                v.use_reg(src);
                addr.visit(v);
            }
            Inst::Load { dst, addr, .. }
            | Inst::FLoad { dst, addr, .. }
            | Inst::VLoad { dst, addr }
            | Inst::VLoadLow { dst, addr } => {
                addr.visit(v);
                v.def_reg(dst);
            }
            Inst::Store { src, addr, .. } => {
                src.visit(v);
                addr.visit(v);
            }
            Inst::FStore { src, addr, .. } => {
                v.use_reg(src);
                addr.visit(v);
            }
            Inst::Setcc { cond, dst, tmp } => {
                cond.visit(v);
                if let Some(t) = tmp {
                    v.temp(t);
                }
                v.def_reg(dst);
            }
            Inst::Cmov {
                cond,
                dst,
                if_false,
                if_true,
            }
            | Inst::FSelect {
                cond,
                dst,
                if_false,
                if_true,
            } => {
                v.use_reg(if_false);
                v.use_reg(if_true);
                cond.visit(v);
                v.def_reuse(dst, 0);
            }
            Inst::Branch { cond, .. } => cond.visit(v),
            Inst::Branch2 { first, second, .. } => {
                first.visit(v);
                second.visit(v);
            }
            Inst::Jmp { .. } | Inst::Trap | Inst::Unreachable => {}
            Inst::JmpInd { addr } => v.use_reg(addr),
            Inst::BlockAddr { dst, .. } => v.def_reg(dst),
            Inst::FZero { dst } => v.def_reg(dst),
            Inst::Switch { index, tmp, .. } => {
                v.use_reg(index);
                v.temp(tmp);
            }
            Inst::Ret { rets } => {
                for (r, p) in rets {
                    v.use_fixed(r, *p);
                }
            }
            Inst::Invoke { callee, uses, .. } => {
                if let Callee::Reg(r) = callee {
                    v.use_reg(r);
                }
                for (r, p) in uses {
                    v.use_fixed(r, *p);
                }
            }
            // Defined at the block's very start, so no edge move can reuse those registers.
            Inst::EntryDefs { defs } => {
                for (r, p) in defs {
                    v.temp_fixed(r, *p);
                }
            }
            Inst::Call {
                callee, uses, defs, ..
            } => {
                if let Callee::Reg(r) = callee {
                    v.use_reg(r);
                }
                for (r, p) in uses {
                    v.use_fixed(r, *p);
                }
                for (r, p) in defs {
                    v.def_fixed(r, *p);
                }
            }
            Inst::DynAlloca { dst, size } => {
                v.use_reg(size);
                v.def_reg(dst);
            }
            Inst::FAlu { dst, lhs, rhs, .. } => {
                v.use_reg(lhs);
                rhs.visit(v);
                v.def_reuse(dst, 0);
            }
            Inst::FSqrt { dst, src, .. }
            | Inst::FCopy { dst, src }
            | Inst::IntToF { dst, src, .. }
            | Inst::FToInt { dst, src, .. }
            | Inst::FToF { dst, src, .. }
            | Inst::MovToF { dst, src, .. }
            | Inst::MovFromF { dst, src, .. }
            | Inst::FRound { dst, src, .. } => {
                v.use_reg(src);
                v.def_reg(dst);
            }
            Inst::BitCount { dst, src, .. } => {
                // Written before the source is fully read (the sequences use `dst` as a
                // scratch).
                v.use_reg(src);
                v.def_early(dst);
            }
        }
    }

    fn clobbers(&self) -> PRegSet {
        match self {
            Inst::Call { clobbers, .. } | Inst::Invoke { clobbers, .. } => *clobbers,
            _ => PRegSet::empty(),
        }
    }

    fn terminator(&self) -> Terminator {
        match self {
            Inst::Ret { .. } | Inst::Unreachable => Terminator::Ret,
            Inst::Branch { .. }
            | Inst::Branch2 { .. }
            | Inst::Jmp { .. }
            | Inst::JmpInd { .. }
            | Inst::Invoke { .. }
            | Inst::Switch { .. } => Terminator::Branch,
            _ => Terminator::None,
        }
    }

    fn gen_copy(dst: Reg, src: Reg) -> Inst {
        if dst.class() == RegClass::Float {
            Inst::FCopy { dst, src }
        } else {
            Inst::Lea {
                size: Size::Q,
                dst,
                addr: Amode::Base { base: src, disp: 0 },
            }
        }
    }
}
