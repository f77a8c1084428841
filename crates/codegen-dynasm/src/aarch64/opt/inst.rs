//! The AArch64 machine instructions of the optimizing tier, and their register operands.
//!
//! Every instruction is three-address (no "reuse" constraints). Compares never stand
//! alone: a [`Cond`] lives inside the instruction that reads the flags (branch, `cset`,
//! `csel`, `fcsel`), so nothing can come between the compare and its reader. Operands
//! that may be the zero register are `Option<Reg>` (`None` is `xzr`/`wzr`), so constant
//! zeros cost no register.

use jit_core::ir::{FloatPredicate, RmwOp};
use jit_core::object::SymbolIndex;
use regalloc2::{PReg, PRegSet, RegClass};

use super::enc::{Ext, LdSt, Shift};
use crate::aarch64::emit::Cond as Cc;
use crate::machinst::blockorder::LBlock;
use crate::machinst::{MachInst, OperandVisitor, Reg, Terminator};

/// A general register as an allocator register.
pub fn xreg(hw: u8) -> PReg {
    PReg::new(hw as usize, RegClass::Int)
}

/// A SIMD&FP register (`v0`..`v31`; scalars live in their `s`/`d` views).
pub fn vreg(hw: u8) -> PReg {
    PReg::new(hw as usize, RegClass::Float)
}

/// Operand width of an integer operation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Size {
    /// 32 bits (`w` registers; writes zero-extend to 64).
    W,
    /// 64 bits.
    X,
}

impl Size {
    /// The width that holds `bits`.
    pub fn of_bits(bits: u32) -> Size {
        if bits <= 32 { Size::W } else { Size::X }
    }
    /// Whether this is the 64-bit form.
    pub fn is64(self) -> bool {
        self == Size::X
    }
    /// Bits of the width.
    pub fn bits(self) -> u32 {
        if self == Size::X { 64 } else { 32 }
    }
}

/// The second operand of an integer operation.
#[derive(Clone, Debug, PartialEq)]
pub enum Rhs {
    /// A register.
    Reg(Reg),
    /// `imm12` (optionally shifted left by 12): `add`, `sub`, `cmp`, `cmn` only.
    Imm12 {
        /// The 12-bit value.
        imm: u16,
        /// Shifted left by 12.
        lsl12: bool,
    },
    /// A shifted register (`ror` for logical operations only).
    Shifted {
        /// The register.
        reg: Reg,
        /// The shift.
        shift: Shift,
        /// The amount (below the operation width).
        amount: u8,
    },
    /// An extended register, then shifted left by 0..=4: `add`, `sub`, `cmp`, `cmn` only.
    Extended {
        /// The register.
        reg: Reg,
        /// The extension.
        ext: Ext,
        /// Left shift after extension.
        amount: u8,
    },
    /// A bitmask immediate (`N:immr:imms`): logical operations only.
    Logical(u16),
}

impl Rhs {
    fn visit(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Rhs::Reg(r) | Rhs::Shifted { reg: r, .. } | Rhs::Extended { reg: r, .. } => {
                v.use_reg(r)
            }
            Rhs::Imm12 { .. } | Rhs::Logical(_) => {}
        }
    }
}

/// A memory operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Amode {
    /// `[base, #off]`: scaled `imm12` or unscaled `imm9` when one fits, else the offset is
    /// formed in `x17`.
    Imm {
        /// Base register.
        base: Reg,
        /// Byte offset.
        off: i64,
    },
    /// `[base, index, ext {#size}]`.
    Index {
        /// Base register.
        base: Reg,
        /// Index register (its low 32 bits for `Sxtw`/`Uxtw`).
        index: Reg,
        /// `Uxtx` (`lsl`), `Sxtw`, `Uxtw` or `Sxtx`.
        ext: Ext,
        /// Shifted left by log2 of the access size.
        scaled: bool,
    },
    /// A frame object (static alloca) plus a byte offset.
    Frame {
        /// Frame object number.
        obj: u32,
        /// Byte offset.
        off: i64,
    },
    /// The outgoing argument area: `[sp, #off]`.
    Outgoing {
        /// Offset.
        off: i64,
    },
    /// An incoming stack argument: `[x29, #16 + off]`.
    Incoming {
        /// Offset from the first stack argument.
        off: i64,
    },
    /// `sym + off` for a symbol defined in this object: `adrp x17` then the access with a
    /// `:lo12:` relocation when `lo12` (the address is aligned to the access size), else
    /// `adrp`+`add` into `x17` first.
    Sym {
        /// The symbol.
        sym: SymbolIndex,
        /// Offset added.
        off: i64,
        /// The low 12 bits may be folded into the access.
        lo12: bool,
    },
}

impl Amode {
    fn visit(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Amode::Imm { base, .. } => v.use_reg(base),
            Amode::Index { base, index, .. } => {
                v.use_reg(base);
                v.use_reg(index);
            }
            Amode::Frame { .. }
            | Amode::Outgoing { .. }
            | Amode::Incoming { .. }
            | Amode::Sym { .. } => {}
        }
    }
}

/// A compare whose flags the enclosing instruction reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    /// `cmp lhs, rhs` (`cmn` when `negate`) then condition `cc`.
    Cmp {
        /// Width.
        size: Size,
        /// Condition.
        cc: Cc,
        /// Left operand.
        lhs: Reg,
        /// Right operand (no logical immediate).
        rhs: Rhs,
        /// `cmn` (compare with the negated right operand).
        negate: bool,
    },
    /// `tst lhs, rhs` then `Eq`/`Ne` (or `Mi`/`Pl` on the sign bit).
    Tst {
        /// Width.
        size: Size,
        /// Condition.
        cc: Cc,
        /// Left operand.
        lhs: Reg,
        /// Right operand (register, shifted register or bitmask immediate).
        rhs: Rhs,
    },
    /// A 128-bit compare of `a` and `b` (low, high halves): `cmp` + `ccmp` for `Eq`/`Ne`,
    /// `cmp` + `sbcs` for `Hs`/`Lo`/`Ge`/`Lt` (other predicates swap the operands first).
    Cmp128 {
        /// Condition.
        cc: Cc,
        /// Left operand (low, high).
        a: (Reg, Reg),
        /// Right operand (low, high).
        b: (Reg, Reg),
    },
    /// Two conditions joined with `ccmp`: `second` (a [`Cond::Cmp`] whose right operand is
    /// a register or an immediate below 32) is compared only when `first` holds (`or`
    /// false: both must hold) or fails (`or` true: either may hold); otherwise the flags
    /// are set to decide `second`'s condition code directly.
    Chain {
        /// The first compare (one condition code).
        first: Box<Cond>,
        /// The second compare.
        second: Box<Cond>,
        /// Either rather than both.
        or: bool,
    },
    /// `fcmp lhs, rhs` (`#0.0` when `rhs` is `None`) then an IEEE predicate, which may
    /// need two conditions (see [`float_ccs`]).
    Float {
        /// `double` rather than `float`.
        double: bool,
        /// The predicate (never `false`/`true`).
        pred: FloatPredicate,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Option<Reg>,
    },
}

impl Cond {
    fn visit(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Cond::Cmp { lhs, rhs, .. } | Cond::Tst { lhs, rhs, .. } => {
                v.use_reg(lhs);
                rhs.visit(v);
            }
            Cond::Float { lhs, rhs, .. } => {
                v.use_reg(lhs);
                if let Some(r) = rhs {
                    v.use_reg(r);
                }
            }
            Cond::Chain { first, second, .. } => {
                first.visit(v);
                second.visit(v);
            }
            Cond::Cmp128 { a, b, .. } => {
                v.use_reg(&mut a.0);
                v.use_reg(&mut a.1);
                v.use_reg(&mut b.0);
                v.use_reg(&mut b.1);
            }
        }
    }

    /// The conditions after the compare: the predicate holds when the first (or the
    /// second, if any) holds.
    pub fn ccs(&self) -> (Cc, Option<Cc>) {
        match self {
            Cond::Cmp { cc, .. } | Cond::Tst { cc, .. } | Cond::Cmp128 { cc, .. } => (*cc, None),
            Cond::Float { pred, .. } => float_ccs(*pred),
            Cond::Chain { second, .. } => second.ccs(),
        }
    }
}

/// The condition codes after `fcmp` that decide an IEEE predicate: it holds when either
/// holds. `fcmp` sets NZCV to 0110 (equal), 1000 (less), 0010 (greater) or 0011
/// (unordered), so every predicate but `one` and `ueq` is a single condition.
pub fn float_ccs(pred: FloatPredicate) -> (Cc, Option<Cc>) {
    use FloatPredicate::*;
    match pred {
        Oeq => (Cc::Eq, None),
        Ogt => (Cc::Gt, None),
        Oge => (Cc::Ge, None),
        Olt => (Cc::Mi, None),
        Ole => (Cc::Ls, None),
        One => (Cc::Mi, Some(Cc::Gt)),
        Ord => (Cc::Vc, None),
        Uno => (Cc::Vs, None),
        Ueq => (Cc::Eq, Some(Cc::Vs)),
        Ugt => (Cc::Hi, None),
        Uge => (Cc::Pl, None),
        Ult => (Cc::Lt, None),
        Ule => (Cc::Le, None),
        Une => (Cc::Ne, None),
        // Constant predicates are folded by instruction selection; these never reach
        // here, and `vs`/`vc` of an `fcmp` give the right answer only by accident.
        False => (Cc::Vs, None),
        True => (Cc::Vc, None),
    }
}

/// Two-operand integer operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the A64 mnemonics")]
pub enum AluOp {
    Add,
    Sub,
    And,
    Orr,
    Eor,
    /// `and` with the inverted right operand.
    Bic,
    /// `orr` with the inverted right operand.
    Orn,
    /// `eor` with the inverted right operand.
    Eon,
}

/// Register-amount shifts (`lslv` ...).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the A64 mnemonics")]
pub enum ShiftOp {
    Lsl,
    Lsr,
    Asr,
    Ror,
}

/// One-source bit operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the A64 mnemonics")]
pub enum BitOp {
    Rbit,
    /// Bytes swapped within each halfword.
    Rev16,
    /// All bytes reversed.
    Rev,
    Clz,
}

/// Conditional selects: `rd = cond ? t : f(e)`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CselOp {
    /// `f(e) = e`.
    Csel,
    /// `f(e) = e + 1`.
    Csinc,
    /// `f(e) = !e`.
    Csinv,
    /// `f(e) = -e`.
    Csneg,
}

/// Two-operand float operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the A64 mnemonics")]
pub enum FOp {
    Add,
    Sub,
    Mul,
    Div,
    /// `fmax` / `fmin`: NaN if either operand is NaN (`llvm.maximum`/`minimum`).
    Max,
    Min,
    /// `fmaxnm` / `fminnm`: the number if one operand is a quiet NaN (`maxnum`/`minnum`).
    MaxNm,
    MinNm,
}

/// One-operand float operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "the A64 mnemonics")]
pub enum FUn {
    Mov,
    Abs,
    Neg,
    Sqrt,
    /// Round to nearest, ties to even (`roundeven`).
    RintN,
    /// Towards +∞ (`ceil`).
    RintP,
    /// Towards −∞ (`floor`).
    RintM,
    /// Towards zero (`trunc`).
    RintZ,
    /// Nearest, ties away from zero (`round`).
    RintA,
    /// Current mode, signalling inexact (`rint`).
    RintX,
    /// Current mode, quietly (`nearbyint`).
    RintI,
}

/// Fused multiply-add forms: `dst = ±acc ± a·b`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FmaOp {
    /// `acc + a·b`.
    Madd,
    /// `acc − a·b`.
    Msub,
    /// `−acc − a·b`.
    Nmadd,
    /// `a·b − acc`.
    Nmsub,
}

/// What reads the flags of [`Inst::AddSubFlags`].
#[derive(Clone, Debug, PartialEq)]
pub enum FlagUse {
    /// `cset flag, cc` (an overflow bit).
    Overflow {
        /// The bit's register.
        flag: Reg,
        /// The condition that means overflow.
        cc: Cc,
    },
    /// Unsigned saturation: all ones on a carry out of an add, zero on a borrow.
    SatUnsigned,
    /// Signed saturation: on overflow, the extreme of the sign opposite to the wrapped
    /// result's (formed in `tmp`).
    SatSigned {
        /// Scratch register.
        tmp: Reg,
    },
}

/// What a call calls.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A symbol (`bl`, `R_AARCH64_CALL26`).
    Sym(SymbolIndex),
    /// A register (`blr`).
    Reg(Reg),
}

/// Machine instructions of the optimizing tier.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    /// Defines the parameters from the argument registers at function entry.
    Args {
        /// Each parameter register and the ABI register it arrives in.
        params: Vec<(Reg, PReg)>,
        /// The frame objects of a variadic function's register save areas (`x0`–`x7`,
        /// then `q0`–`q7`), filled here before anything can overwrite the registers.
        va_save: Option<(u32, u32)>,
    },
    /// `dst = value` (`movz`/`movn`/`movk` or a bitmask `orr`).
    Imm {
        /// Destination.
        dst: Reg,
        /// The bits (zero-extended from 32 at `Size::W`).
        value: u64,
    },
    /// `dst = src` (64-bit register copy).
    Mov {
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `dst = lhs op rhs`; `lhs` `None` is the zero register (`neg`, `mvn`; then `rhs` is a
    /// plain or shifted register).
    Alu {
        /// Operation.
        op: AluOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Option<Reg>,
        /// Right operand.
        rhs: Rhs,
    },
    /// `dst = acc ± lhs · rhs` (`madd`/`msub`; `acc` `None` is zero: `mul`/`mneg`).
    MulAdd {
        /// Width.
        size: Size,
        /// Subtract the product (`msub`).
        sub: bool,
        /// Destination.
        dst: Reg,
        /// Multiplicand.
        lhs: Reg,
        /// Multiplier.
        rhs: Reg,
        /// Addend.
        acc: Option<Reg>,
    },
    /// `dst = acc + ext(lhs) · ext(rhs)` from 32 to 64 bits (`smaddl`/`umaddl`;
    /// `smull`/`umull` without `acc`).
    MulLong {
        /// Sign-extend the 32-bit operands.
        signed: bool,
        /// Destination.
        dst: Reg,
        /// Multiplicand (low 32 bits).
        lhs: Reg,
        /// Multiplier (low 32 bits).
        rhs: Reg,
        /// Addend.
        acc: Option<Reg>,
    },
    /// High 64 bits of the 128-bit product (`smulh`/`umulh`).
    MulHigh {
        /// Signed.
        signed: bool,
        /// Destination.
        dst: Reg,
        /// Multiplicand.
        lhs: Reg,
        /// Multiplier.
        rhs: Reg,
    },
    /// `adds`/`subs dst, lhs, rhs` and a use of the flags (overflow bits, saturation).
    AddSubFlags {
        /// `subs` rather than `adds`.
        sub: bool,
        /// Width.
        size: Size,
        /// Destination (the wrapped result, then the saturated one).
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand (register, shifted, extended or `imm12`).
        rhs: Rhs,
        /// The flags' reader.
        then: FlagUse,
    },
    /// 128-bit `add`/`sub`: `adds`/`subs` on the low halves, `adc`/`sbc` on the high ones.
    AddSub128 {
        /// Subtract.
        sub: bool,
        /// Low half of the result (written first: never shares a register with the
        /// operands' high halves).
        lo: Reg,
        /// High half of the result.
        hi: Reg,
        /// Left operand (low, high).
        a: (Reg, Reg),
        /// Right operand (low, high).
        b: (Reg, Reg),
    },
    /// `sdiv`/`udiv` (a zero divisor gives 0: no trap).
    Div {
        /// Signed.
        signed: bool,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Dividend.
        lhs: Reg,
        /// Divisor.
        rhs: Reg,
    },
    /// Shift by a register (the amount is taken modulo the width).
    ShiftReg {
        /// Operation.
        op: ShiftOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Value shifted.
        src: Reg,
        /// Amount.
        amount: Reg,
    },
    /// `sbfm`/`ubfm`: immediate shifts, bit-field extracts and inserts into zeros,
    /// extensions.
    Bitfield {
        /// Sign-extending (`sbfm`) rather than zero-filling (`ubfm`).
        signed: bool,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
        /// Rotate amount.
        immr: u8,
        /// Last source bit.
        imms: u8,
    },
    /// `extr dst, hi, lo, #lsb` (bits `lsb..` of `hi:lo`; `ror` when `hi == lo`).
    Extr {
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// High half.
        hi: Reg,
        /// Low half.
        lo: Reg,
        /// Lowest bit taken.
        lsb: u8,
    },
    /// `rbit`, `rev16`, `rev`, `clz`.
    Bit {
        /// Operation.
        op: BitOp,
        /// Width.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `dst = cond ? if_true : op(if_false)` (`None` is the zero register).
    CSel {
        /// Which select.
        op: CselOp,
        /// Width.
        size: Size,
        /// The compare.
        cond: Cond,
        /// Destination (written before `if_true`/`if_false` are read again when the
        /// condition needs two codes, so then it never shares their registers).
        dst: Reg,
        /// Value when true.
        if_true: Option<Reg>,
        /// Operand when false.
        if_false: Option<Reg>,
    },
    /// `dst = cond ? 1 : 0` (`cset`), or `cond ? -1 : 0` (`csetm`) with `mask`.
    CSet {
        /// The compare.
        cond: Cond,
        /// Destination.
        dst: Reg,
        /// All ones rather than one.
        mask: bool,
    },
    /// Conditional branch (`b.cond`, or `cbz`/`cbnz` for a compare with zero).
    Branch {
        /// The compare.
        cond: Cond,
        /// Target when true.
        taken: LBlock,
        /// Target when false.
        not_taken: LBlock,
    },
    /// `b target`.
    Jmp {
        /// Target.
        target: LBlock,
    },
    /// `br addr` (`indirectbr`): the successors are the block's, the address one of
    /// their landings (see [`crate::blockaddr::landings`]).
    JmpInd {
        /// The address.
        addr: Reg,
    },
    /// `adrp`+`add` of a block's address (`blockaddress`): relocations against its
    /// function's symbol whose addends get the block's offset once the module is assembled
    /// (see [`crate::blockaddr`]).
    BlockAddr {
        /// Destination.
        dst: Reg,
        /// The function's symbol.
        sym: SymbolIndex,
        /// The function.
        func: jit_core::ir::FuncId,
        /// The block.
        block: jit_core::ir::Block,
        /// Bytes added to the address.
        off: i64,
    },
    /// A jump through a table in `.rodata` of `targets` indexed by `index - min` (default
    /// when out of range), or a binary search among sparse cases.
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
    /// `brk #1` in the middle of a block (`llvm.trap`).
    Trap,
    /// `brk #1` ending a block (`unreachable`).
    Unreachable,
    /// A load into a general (`k.v` false) or float register.
    Load {
        /// Access shape.
        k: LdSt,
        /// Destination.
        dst: Reg,
        /// Address.
        addr: Amode,
    },
    /// A store of a general register (`None`: `xzr`) or float register.
    Store {
        /// Access shape.
        k: LdSt,
        /// Value.
        src: Option<Reg>,
        /// Address.
        addr: Amode,
    },
    /// `dst = &addr` for the address forms without an index register scaling by an access
    /// size (`Index` must not be scaled).
    AddrOf {
        /// Destination.
        dst: Reg,
        /// The address.
        addr: Amode,
    },
    /// `dst = &sym` through the GOT (a symbol defined elsewhere).
    GotAddr {
        /// Destination.
        dst: Reg,
        /// The symbol.
        sym: SymbolIndex,
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
    /// `sub sp, sp, size` then `dst = sp + outgoing` (a dynamic alloca; `size` is a
    /// multiple of 16).
    DynAlloca {
        /// Destination.
        dst: Reg,
        /// Bytes.
        size: Reg,
    },
    /// `dst = sp` (`llvm.stacksave`).
    StackSave {
        /// Destination.
        dst: Reg,
    },
    /// `sp = src` (`llvm.stackrestore`).
    StackRestore {
        /// The saved stack pointer.
        src: Reg,
    },
    /// Scalar float arithmetic.
    FAlu {
        /// Operation.
        op: FOp,
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Reg,
    },
    /// One-operand float operations.
    FUnary {
        /// Operation.
        op: FUn,
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `fcvt` between `float` and `double`.
    FCvt {
        /// Converts to `double` (else to `float`).
        to_double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// Fused multiply-add (`llvm.fma`, `llvm.fmuladd`).
    Fma {
        /// Form.
        op: FmaOp,
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Multiplicand.
        a: Reg,
        /// Multiplier.
        b: Reg,
        /// Addend.
        acc: Reg,
    },
    /// `dst = cond ? if_true : if_false` for float registers.
    FCsel {
        /// `double`.
        double: bool,
        /// The compare.
        cond: Cond,
        /// Destination (never shares a register with the operands when the condition
        /// needs two codes).
        dst: Reg,
        /// Value when true.
        if_true: Reg,
        /// Value when false.
        if_false: Reg,
    },
    /// A float constant: `movi` for +0.0, `fmov` for its 8-bit immediates, else the bits
    /// formed in `x16` and moved over.
    FImm {
        /// `double`.
        double: bool,
        /// Destination.
        dst: Reg,
        /// The bits in the type's format.
        bits: u64,
    },
    /// `scvtf`/`ucvtf` from a 32- or 64-bit integer.
    IntToF {
        /// Signed source.
        signed: bool,
        /// Source width.
        size: Size,
        /// `double` result.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `fcvtzs`/`fcvtzu` (truncating, saturating) to a 32- or 64-bit integer.
    FToInt {
        /// Signed result.
        signed: bool,
        /// Result width.
        size: Size,
        /// `double` source.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `fmov` from a general register to a float register (bit copy).
    MovToF {
        /// 64-bit.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// `fmov` from a float register to a general register (bit copy).
    MovFromF {
        /// 64-bit.
        double: bool,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
    },
    /// Population count through the SIMD unit (`fmov`, `cnt`, `addv`, `fmov`).
    Popcnt {
        /// Width of the source.
        size: Size,
        /// Destination.
        dst: Reg,
        /// Source.
        src: Reg,
        /// A float scratch register.
        tmp: Reg,
    },
    /// `ldar` of `bytes` (an acquire load, zero-extending).
    LoadAcquire {
        /// Bytes loaded (1, 2, 4, 8).
        bytes: u8,
        /// Destination.
        dst: Reg,
        /// Address.
        base: Reg,
    },
    /// `stlr` of `bytes` (a release store; `None` stores zero).
    StoreRelease {
        /// Bytes stored.
        bytes: u8,
        /// Value.
        src: Option<Reg>,
        /// Address.
        base: Reg,
    },
    /// `dmb ishld` (`acquire`) or `dmb ish`.
    Fence {
        /// Orders earlier loads only.
        acquire: bool,
    },
    /// An `atomicrmw` as a load/store-exclusive loop.
    AtomicRmw {
        /// The operation (integer ones only).
        op: RmwOp,
        /// Bytes accessed.
        bytes: u8,
        /// `ldaxr` rather than `ldxr`.
        acquire: bool,
        /// `stlxr` rather than `stxr`.
        release: bool,
        /// Address.
        base: Reg,
        /// Operand (sign-extended to 32 bits for a narrow `max`/`min`).
        val: Reg,
        /// The old value (written inside the loop, so never shares a register with the
        /// operands).
        old: Reg,
        /// Scratch: the new value.
        new: Reg,
        /// Scratch: the store-exclusive status.
        status: Reg,
    },
    /// A `cmpxchg` as a load/store-exclusive loop.
    CmpXchg {
        /// Bytes accessed.
        bytes: u8,
        /// `ldaxr` rather than `ldxr`.
        acquire: bool,
        /// `stlxr` rather than `stxr`.
        release: bool,
        /// Address.
        base: Reg,
        /// The expected value (zero-extended).
        expected: Reg,
        /// The value stored on success.
        new: Reg,
        /// The value found (written inside the loop).
        old: Reg,
        /// 1 when the exchange happened.
        ok: Reg,
        /// Scratch: the store-exclusive status.
        status: Reg,
    },
    /// `dst = copysign(mag, sign)` (`movi`, `fneg` make the sign mask in `dst`, `bsl`
    /// merges).
    Copysign {
        /// `double`.
        double: bool,
        /// Destination (written before the operands are read).
        dst: Reg,
        /// Magnitude.
        mag: Reg,
        /// Sign.
        sign: Reg,
    },
}

impl Inst {
    /// `dst = lhs op rhs`.
    pub fn alu(op: AluOp, size: Size, dst: Reg, lhs: Reg, rhs: Rhs) -> Inst {
        Inst::Alu {
            op,
            size,
            dst,
            lhs: Some(lhs),
            rhs,
        }
    }

    /// `ubfx`/`sbfx dst, src, #lsb, #width`.
    pub fn extract(signed: bool, size: Size, dst: Reg, src: Reg, lsb: u8, width: u8) -> Inst {
        Inst::Bitfield {
            signed,
            size,
            dst,
            src,
            immr: lsb,
            imms: lsb + width - 1,
        }
    }

    /// `lsl dst, src, #k` (also `ubfiz` with the width's bits).
    pub fn lsl_imm(size: Size, dst: Reg, src: Reg, k: u8) -> Inst {
        let bits = size.bits() as u8;
        Inst::Bitfield {
            signed: false,
            size,
            dst,
            src,
            immr: (bits - k) % bits,
            imms: bits - 1 - k,
        }
    }
}

fn visit_opt(r: &mut Option<Reg>, v: &mut dyn OperandVisitor) {
    if let Some(r) = r {
        v.use_reg(r);
    }
}

impl MachInst for Inst {
    fn visit_operands(&mut self, v: &mut dyn OperandVisitor) {
        match self {
            Inst::Args { params, .. } => {
                for (r, p) in params {
                    v.def_fixed(r, *p);
                }
            }
            Inst::Imm { dst, .. }
            | Inst::GotAddr { dst, .. }
            | Inst::StackSave { dst }
            | Inst::FImm { dst, .. } => v.def_reg(dst),
            Inst::Mov { dst, src }
            | Inst::Bitfield { dst, src, .. }
            | Inst::Bit { dst, src, .. }
            | Inst::FUnary { dst, src, .. }
            | Inst::FCvt { dst, src, .. }
            | Inst::IntToF { dst, src, .. }
            | Inst::FToInt { dst, src, .. }
            | Inst::MovToF { dst, src, .. }
            | Inst::MovFromF { dst, src, .. } => {
                v.use_reg(src);
                v.def_reg(dst);
            }
            Inst::Alu { dst, lhs, rhs, .. } => {
                visit_opt(lhs, v);
                rhs.visit(v);
                v.def_reg(dst);
            }
            Inst::MulAdd {
                dst, lhs, rhs, acc, ..
            }
            | Inst::MulLong {
                dst, lhs, rhs, acc, ..
            } => {
                v.use_reg(lhs);
                v.use_reg(rhs);
                visit_opt(acc, v);
                v.def_reg(dst);
            }
            Inst::MulHigh { dst, lhs, rhs, .. }
            | Inst::Div { dst, lhs, rhs, .. }
            | Inst::FAlu { dst, lhs, rhs, .. } => {
                v.use_reg(lhs);
                v.use_reg(rhs);
                v.def_reg(dst);
            }
            Inst::AddSubFlags {
                dst,
                lhs,
                rhs,
                then,
                ..
            } => {
                v.use_reg(lhs);
                rhs.visit(v);
                v.def_reg(dst);
                match then {
                    FlagUse::Overflow { flag, .. } => v.def_reg(flag),
                    FlagUse::SatSigned { tmp } => v.temp(tmp),
                    FlagUse::SatUnsigned => {}
                }
            }
            Inst::AddSub128 { lo, hi, a, b, .. } => {
                v.use_reg(&mut a.0);
                v.use_reg(&mut a.1);
                v.use_reg(&mut b.0);
                v.use_reg(&mut b.1);
                v.def_early(lo);
                v.def_reg(hi);
            }
            Inst::ShiftReg {
                dst, src, amount, ..
            } => {
                v.use_reg(src);
                v.use_reg(amount);
                v.def_reg(dst);
            }
            Inst::Extr { dst, hi, lo, .. } => {
                v.use_reg(hi);
                v.use_reg(lo);
                v.def_reg(dst);
            }
            Inst::CSel {
                cond,
                dst,
                if_true,
                if_false,
                ..
            } => {
                visit_opt(if_true, v);
                visit_opt(if_false, v);
                let two = cond.ccs().1.is_some();
                cond.visit(v);
                if two {
                    v.def_early(dst);
                } else {
                    v.def_reg(dst);
                }
            }
            Inst::CSet { cond, dst, .. } => {
                cond.visit(v);
                v.def_reg(dst);
            }
            Inst::FCsel {
                cond,
                dst,
                if_true,
                if_false,
                ..
            } => {
                v.use_reg(if_true);
                v.use_reg(if_false);
                let two = cond.ccs().1.is_some();
                cond.visit(v);
                if two {
                    v.def_early(dst);
                } else {
                    v.def_reg(dst);
                }
            }
            Inst::Branch { cond, .. } => cond.visit(v),
            Inst::Jmp { .. } | Inst::Trap | Inst::Unreachable => {}
            Inst::JmpInd { addr } => v.use_reg(addr),
            Inst::BlockAddr { dst, .. } => v.def_reg(dst),
            Inst::Switch { index, tmp, .. } => {
                v.use_reg(index);
                v.temp(tmp);
            }
            Inst::Ret { rets } => {
                for (r, p) in rets {
                    v.use_fixed(r, *p);
                }
            }
            Inst::Load { dst, addr, .. } | Inst::AddrOf { dst, addr } => {
                addr.visit(v);
                v.def_reg(dst);
            }
            Inst::Store { src, addr, .. } => {
                visit_opt(src, v);
                addr.visit(v);
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
            Inst::StackRestore { src } => v.use_reg(src),
            Inst::Fma { dst, a, b, acc, .. } => {
                v.use_reg(a);
                v.use_reg(b);
                v.use_reg(acc);
                v.def_reg(dst);
            }
            Inst::Popcnt { dst, src, tmp, .. } => {
                v.use_reg(src);
                v.temp(tmp);
                v.def_reg(dst);
            }
            Inst::LoadAcquire { dst, base, .. } => {
                v.use_reg(base);
                v.def_reg(dst);
            }
            Inst::StoreRelease { src, base, .. } => {
                visit_opt(src, v);
                v.use_reg(base);
            }
            Inst::Fence { .. } => {}
            Inst::AtomicRmw {
                base,
                val,
                old,
                new,
                status,
                ..
            } => {
                v.use_reg(base);
                v.use_reg(val);
                v.def_early(old);
                v.temp(new);
                v.temp(status);
            }
            Inst::CmpXchg {
                base,
                expected,
                new,
                old,
                ok,
                status,
                ..
            } => {
                v.use_reg(base);
                v.use_reg(expected);
                v.use_reg(new);
                v.def_early(old);
                v.def_reg(ok);
                v.temp(status);
            }
            Inst::Copysign { dst, mag, sign, .. } => {
                v.use_reg(mag);
                v.use_reg(sign);
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
            | Inst::Jmp { .. }
            | Inst::JmpInd { .. }
            | Inst::Switch { .. }
            | Inst::Invoke { .. } => Terminator::Branch,
            _ => Terminator::None,
        }
    }

    fn gen_copy(dst: Reg, src: Reg) -> Inst {
        if dst.class() == RegClass::Float {
            Inst::FUnary {
                op: FUn::Mov,
                double: true,
                dst,
                src,
            }
        } else {
            Inst::Mov { dst, src }
        }
    }
}
