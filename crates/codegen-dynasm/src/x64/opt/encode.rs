//! Encoding of the optimizing tier's x86-64 instructions with dynasm, after register
//! allocation (every operand is a physical register).
//!
//! `r11` and `xmm15` are never allocated: the register allocator uses them to break move
//! cycles, and an instruction's encoding may use them in between (a symbol's address for a
//! memory operand, a 64-bit constant, the population-count masks).

use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, dynasm};
use jit_core::ir::FloatPredicate;
use regalloc2::{Allocation, RegClass};

use super::inst::{
    AluOp, Amode, BitCountOp, Callee, Cond, FOp, FlagOp, Inst, Rmi, RmwLoopOp, ShiftOp, Size, UnOp,
    VPerm,
};
use crate::machinst::blockorder::LBlock;
use crate::machinst::emit::{BranchContext, EmitIsa, Frame};
use crate::x64::emit::{Asm, Cc, MemOp, R11, RBP, RSP};
use crate::x64::lower::Fixup;

/// A resolved memory operand.
#[derive(Copy, Clone)]
enum Mem {
    /// `[base + disp]`.
    B(u8, i32),
    /// `[base + index << shift + disp]`.
    I(u8, u8, u8, i32),
    /// `[rip + label]`.
    L(DynamicLabel),
}

/// Expands one dynasm instruction over every shape of memory operand: `with_mem!(ops, m,
/// [mov Rq(d), QWORD], [])` is `mov Rq(d), QWORD [m]`.
macro_rules! with_mem {
    ($ops:expr, $m:expr, [$($pre:tt)*], [$($post:tt)*]) => {
        match $m {
            Mem::B(b, d) => dynasm!($ops ; .arch x64 ; $($pre)* [Rq(b) + d] $($post)*),
            Mem::I(b, i, 0, d) => dynasm!($ops ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) + d] $($post)*),
            Mem::I(b, i, 1, d) => dynasm!($ops ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) * 2 + d] $($post)*),
            Mem::I(b, i, 2, d) => dynasm!($ops ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) * 4 + d] $($post)*),
            Mem::I(b, i, _, d) => dynasm!($ops ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) * 8 + d] $($post)*),
            Mem::L(l) => dynasm!($ops ; .arch x64 ; $($pre)* [=>l] $($post)*),
        }
    };
}

/// Emits one function of the optimizing tier into the module's buffer.
pub struct Emitter<'a> {
    /// The module's code buffer.
    pub asm: &'a mut Asm,
    /// Label of each lowered block.
    pub labels: Vec<DynamicLabel>,
    /// Label of each constant-pool entry.
    pub pool_labels: Vec<DynamicLabel>,
    /// Patches applied after assembly (jump tables).
    pub fixups: &'a mut Vec<Fixup>,
    /// Float-class spill slots are 16 bytes (the function keeps vectors in SSE registers).
    pub wide_float_slots: bool,
    /// Module-wide labels of address-taken blocks, by the lowered block they land on,
    /// sorted ([`crate::blockaddr::landings`]).
    pub landings: Vec<(LBlock, DynamicLabel)>,
    /// Each invoke's call instruction (start and end offsets), landing label and site index.
    pub eh_sites: Vec<(usize, usize, DynamicLabel, u32)>,
}

impl Emitter<'_> {
    fn mem(&mut self, a: &Amode, frame: &Frame) -> Mem {
        match *a {
            Amode::Base { base, disp } => Mem::B(base.hw(), disp),
            Amode::Index {
                base,
                index,
                shift,
                disp,
            } => Mem::I(base.hw(), index.hw(), shift, disp),
            Amode::Sym { sym, index, disp } => {
                self.asm.lea_sym(R11, sym, 0);
                match index {
                    Some((i, sh)) => Mem::I(R11, i.hw(), sh, disp),
                    None => Mem::B(R11, disp),
                }
            }
            Amode::Frame { obj, index, disp } => {
                let off = frame.objects[obj as usize] as i32 - frame.size as i32 + disp;
                match index {
                    Some((i, sh)) => Mem::I(RBP, i.hw(), sh, off),
                    None => Mem::B(RBP, off),
                }
            }
            Amode::Outgoing { off } => Mem::B(RSP, off),
            Amode::Incoming { off } => Mem::B(RBP, 16 + off),
            Amode::Pool { idx } => Mem::L(self.pool_labels[idx as usize]),
        }
    }

    fn spill(&self, frame: &Frame, slot: usize) -> i32 {
        frame.spill_offset(slot) as i32 - frame.size as i32
    }

    fn alu_rr(&mut self, op: AluOp, size: Size, d: u8, s: u8) {
        let o = &mut self.asm.ops;
        match (op, size) {
            (AluOp::Add, Size::L) => dynasm!(o ; .arch x64 ; add Rd(d), Rd(s)),
            (AluOp::Add, Size::Q) => dynasm!(o ; .arch x64 ; add Rq(d), Rq(s)),
            (AluOp::Sub, Size::L) => dynasm!(o ; .arch x64 ; sub Rd(d), Rd(s)),
            (AluOp::Sub, Size::Q) => dynasm!(o ; .arch x64 ; sub Rq(d), Rq(s)),
            (AluOp::And, Size::L) => dynasm!(o ; .arch x64 ; and Rd(d), Rd(s)),
            (AluOp::And, Size::Q) => dynasm!(o ; .arch x64 ; and Rq(d), Rq(s)),
            (AluOp::Or, Size::L) => dynasm!(o ; .arch x64 ; or Rd(d), Rd(s)),
            (AluOp::Or, Size::Q) => dynasm!(o ; .arch x64 ; or Rq(d), Rq(s)),
            (AluOp::Xor, Size::L) => dynasm!(o ; .arch x64 ; xor Rd(d), Rd(s)),
            (AluOp::Xor, Size::Q) => dynasm!(o ; .arch x64 ; xor Rq(d), Rq(s)),
        }
    }

    fn alu_ri(&mut self, op: AluOp, size: Size, d: u8, k: i32) {
        let o = &mut self.asm.ops;
        match (op, size) {
            (AluOp::Add, Size::L) => dynasm!(o ; .arch x64 ; add Rd(d), k),
            (AluOp::Add, Size::Q) => dynasm!(o ; .arch x64 ; add Rq(d), k),
            (AluOp::Sub, Size::L) => dynasm!(o ; .arch x64 ; sub Rd(d), k),
            (AluOp::Sub, Size::Q) => dynasm!(o ; .arch x64 ; sub Rq(d), k),
            (AluOp::And, Size::L) => dynasm!(o ; .arch x64 ; and Rd(d), k),
            (AluOp::And, Size::Q) => dynasm!(o ; .arch x64 ; and Rq(d), k),
            (AluOp::Or, Size::L) => dynasm!(o ; .arch x64 ; or Rd(d), k),
            (AluOp::Or, Size::Q) => dynasm!(o ; .arch x64 ; or Rq(d), k),
            (AluOp::Xor, Size::L) => dynasm!(o ; .arch x64 ; xor Rd(d), k),
            (AluOp::Xor, Size::Q) => dynasm!(o ; .arch x64 ; xor Rq(d), k),
        }
    }

    fn alu_rm(&mut self, op: AluOp, size: Size, d: u8, m: Mem) {
        let o = &mut self.asm.ops;
        match (op, size) {
            (AluOp::Add, Size::L) => with_mem!(o, m, [add Rd(d), DWORD], []),
            (AluOp::Add, Size::Q) => with_mem!(o, m, [add Rq(d), QWORD], []),
            (AluOp::Sub, Size::L) => with_mem!(o, m, [sub Rd(d), DWORD], []),
            (AluOp::Sub, Size::Q) => with_mem!(o, m, [sub Rq(d), QWORD], []),
            (AluOp::And, Size::L) => with_mem!(o, m, [and Rd(d), DWORD], []),
            (AluOp::And, Size::Q) => with_mem!(o, m, [and Rq(d), QWORD], []),
            (AluOp::Or, Size::L) => with_mem!(o, m, [or Rd(d), DWORD], []),
            (AluOp::Or, Size::Q) => with_mem!(o, m, [or Rq(d), QWORD], []),
            (AluOp::Xor, Size::L) => with_mem!(o, m, [xor Rd(d), DWORD], []),
            (AluOp::Xor, Size::Q) => with_mem!(o, m, [xor Rq(d), QWORD], []),
        }
    }

    fn alu(&mut self, op: AluOp, size: Size, d: u8, rhs: &Rmi, frame: &Frame) {
        match rhs {
            Rmi::Reg(r) => self.alu_rr(op, size, d, r.hw()),
            Rmi::Imm(k) => self.alu_ri(op, size, d, *k),
            Rmi::Mem(a) => {
                let m = self.mem(a, frame);
                self.alu_rm(op, size, d, m);
            }
        }
    }

    /// Emits the compare of `cond` (sets the flags).
    fn compare(&mut self, cond: &Cond, frame: &Frame) {
        match cond {
            Cond::Int { size, lhs, rhs, .. } => {
                let l = lhs.hw();
                match rhs {
                    Rmi::Reg(r) => {
                        let r = r.hw();
                        match size {
                            Size::L => dynasm!(self.asm.ops ; .arch x64 ; cmp Rd(l), Rd(r)),
                            Size::Q => dynasm!(self.asm.ops ; .arch x64 ; cmp Rq(l), Rq(r)),
                        }
                    }
                    Rmi::Imm(k) => match size {
                        Size::L => dynasm!(self.asm.ops ; .arch x64 ; cmp Rd(l), *k),
                        Size::Q => dynasm!(self.asm.ops ; .arch x64 ; cmp Rq(l), *k),
                    },
                    Rmi::Mem(a) => {
                        let m = self.mem(a, frame);
                        let o = &mut self.asm.ops;
                        match size {
                            Size::L => with_mem!(o, m, [cmp Rd(l), DWORD], []),
                            Size::Q => with_mem!(o, m, [cmp Rq(l), QWORD], []),
                        }
                    }
                }
            }
            Cond::Test { size, lhs, rhs, .. } => {
                let l = lhs.hw();
                match rhs {
                    Rmi::Reg(r) => {
                        let r = r.hw();
                        match size {
                            Size::L => dynasm!(self.asm.ops ; .arch x64 ; test Rd(l), Rd(r)),
                            Size::Q => dynasm!(self.asm.ops ; .arch x64 ; test Rq(l), Rq(r)),
                        }
                    }
                    Rmi::Imm(k) => match size {
                        Size::L => dynasm!(self.asm.ops ; .arch x64 ; test Rd(l), *k),
                        Size::Q => dynasm!(self.asm.ops ; .arch x64 ; test Rq(l), *k),
                    },
                    Rmi::Mem(a) => {
                        let m = self.mem(a, frame);
                        let o = &mut self.asm.ops;
                        match size {
                            Size::L => with_mem!(o, m, [test DWORD], [, Rd(l)]),
                            Size::Q => with_mem!(o, m, [test QWORD], [, Rq(l)]),
                        }
                    }
                }
            }
            Cond::Wide { lhs, rhs, .. } => {
                let (ll, lh, rl, rh) = (lhs.0.hw(), lhs.1.hw(), rhs.0.hw(), rhs.1.hw());
                dynasm!(self.asm.ops ; .arch x64
                    ; cmp Rq(ll), Rq(rl) ; mov r11, Rq(lh) ; sbb r11, Rq(rh));
            }
            Cond::Float {
                double, lhs, rhs, ..
            } => {
                let (l, r) = (lhs.hw(), rhs.hw());
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; ucomisd Rx(l), Rx(r));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; ucomiss Rx(l), Rx(r));
                }
            }
        }
    }

    /// Jumps to `target` when `cond` (already compared) holds; falls through otherwise.
    fn jump_if(&mut self, cond: &Cond, target: DynamicLabel) {
        match cond {
            Cond::Int { cc, .. } | Cond::Test { cc, .. } | Cond::Wide { cc, .. } => {
                self.asm.jcc(*cc, target)
            }
            Cond::Float { pred, .. } => match float_flags(*pred) {
                Flags::One(cc) => self.asm.jcc(cc, target),
                Flags::BothEqualAndOrdered => {
                    let skip = self.asm.ops.new_dynamic_label();
                    self.asm.jcc(Cc::P, skip);
                    self.asm.jcc(Cc::E, target);
                    self.asm.ops.dynamic_label(skip);
                }
                Flags::EitherNotEqualOrUnordered => {
                    self.asm.jcc(Cc::P, target);
                    self.asm.jcc(Cc::Ne, target);
                }
            },
        }
    }

    /// Jumps to `target` when `cond` (already compared) does not hold.
    fn jump_unless(&mut self, cond: &Cond, target: DynamicLabel) {
        match cond {
            Cond::Int { cc, .. } | Cond::Test { cc, .. } | Cond::Wide { cc, .. } => {
                self.asm.jcc(cc.invert(), target)
            }
            Cond::Float { pred, .. } => match float_flags(*pred) {
                Flags::One(cc) => self.asm.jcc(cc.invert(), target),
                Flags::BothEqualAndOrdered => {
                    self.asm.jcc(Cc::P, target);
                    self.asm.jcc(Cc::Ne, target);
                }
                Flags::EitherNotEqualOrUnordered => {
                    let skip = self.asm.ops.new_dynamic_label();
                    self.asm.jcc(Cc::P, skip);
                    self.asm.jcc(Cc::E, target);
                    self.asm.ops.dynamic_label(skip);
                }
            },
        }
    }

    fn setcc8(&mut self, cc: Cc, reg: u8) {
        // SETcc r/m8: [REX] 0F 9x /0; the REX prefix makes sil/dil addressable.
        let code = cc_code(cc);
        if reg >= 4 {
            self.asm.ops.push(0x40 | (reg >> 3));
        }
        self.asm.ops.extend([0x0f, 0x90 | code, 0xc0 | (reg & 7)]);
    }

    fn cmov(&mut self, cc: Cc, d: u8, s: u8) {
        self.asm.cmov(cc, d, s);
    }

    /// `op` with register `reg` and memory operand `m` (not a constant-pool label).
    fn mem_op(&mut self, op: MemOp, reg: u8, m: Mem) {
        match m {
            Mem::B(b, disp) => self.asm.mem_op(op, reg, b, None, disp),
            Mem::I(b, i, s, disp) => self.asm.mem_op(op, reg, b, Some((i, s)), disp),
            Mem::L(_) => unreachable!("a label operand goes through dynasm"),
        }
    }

    fn load(&mut self, bytes: u8, signed: bool, d: u8, m: Mem) {
        if !matches!(m, Mem::L(_)) {
            return self.mem_op(MemOp::load(bytes, signed), d, m);
        }
        let o = &mut self.asm.ops;
        match (bytes, signed) {
            (1, false) => with_mem!(o, m, [movzx Rd(d), BYTE], []),
            (1, true) => with_mem!(o, m, [movsx Rq(d), BYTE], []),
            (2, false) => with_mem!(o, m, [movzx Rd(d), WORD], []),
            (2, true) => with_mem!(o, m, [movsx Rq(d), WORD], []),
            (4, false) => with_mem!(o, m, [mov Rd(d), DWORD], []),
            (4, true) => with_mem!(o, m, [movsxd Rq(d), DWORD], []),
            _ => with_mem!(o, m, [mov Rq(d), QWORD], []),
        }
    }

    fn store(&mut self, bytes: u8, src: &Rmi, m: Mem) {
        if let (Rmi::Reg(r), false) = (src, matches!(m, Mem::L(_))) {
            return self.mem_op(MemOp::store(bytes), r.hw(), m);
        }
        let o = &mut self.asm.ops;
        match src {
            Rmi::Reg(r) => {
                let s = r.hw();
                match bytes {
                    1 => with_mem!(o, m, [mov BYTE], [, Rb(s)]),
                    2 => with_mem!(o, m, [mov WORD], [, Rw(s)]),
                    4 => with_mem!(o, m, [mov DWORD], [, Rd(s)]),
                    _ => with_mem!(o, m, [mov QWORD], [, Rq(s)]),
                }
            }
            Rmi::Imm(k) => {
                let k = *k;
                match bytes {
                    1 => with_mem!(o, m, [mov BYTE], [, k as i8]),
                    2 => with_mem!(o, m, [mov WORD], [, k as i16]),
                    4 => with_mem!(o, m, [mov DWORD], [, k]),
                    _ => with_mem!(o, m, [mov QWORD], [, k]),
                }
            }
            Rmi::Mem(_) => unreachable!("memory-to-memory store"),
        }
    }

    fn ext(&mut self, signed: bool, from: u8, d: u8, s: u8) {
        let o = &mut self.asm.ops;
        match (signed, from) {
            (false, 8) => dynasm!(o ; .arch x64 ; movzx Rd(d), Rb(s)),
            (false, 16) => dynasm!(o ; .arch x64 ; movzx Rd(d), Rw(s)),
            (false, 32) => dynasm!(o ; .arch x64 ; mov Rd(d), Rd(s)),
            (false, 1..=31) => {
                let mask = ((1u32 << from) - 1) as i32;
                dynasm!(o ; .arch x64 ; mov Rd(d), Rd(s) ; and Rd(d), mask);
            }
            (false, _) => {
                let sh = (64 - from) as i8;
                if d != s {
                    dynasm!(o ; .arch x64 ; mov Rq(d), Rq(s));
                }
                dynasm!(o ; .arch x64 ; shl Rq(d), sh ; shr Rq(d), sh);
            }
            (true, 8) => dynasm!(o ; .arch x64 ; movsx Rq(d), Rb(s)),
            (true, 16) => dynasm!(o ; .arch x64 ; movsx Rq(d), Rw(s)),
            (true, 32) => dynasm!(o ; .arch x64 ; movsxd Rq(d), Rd(s)),
            (true, _) => {
                let sh = (64 - from) as i8;
                if d != s {
                    dynasm!(o ; .arch x64 ; mov Rq(d), Rq(s));
                }
                dynasm!(o ; .arch x64 ; shl Rq(d), sh ; sar Rq(d), sh);
            }
        }
    }

    fn mov_rr(&mut self, d: u8, s: u8) {
        if d != s {
            dynasm!(self.asm.ops ; .arch x64 ; mov Rq(d), Rq(s));
        }
    }

    fn movaps(&mut self, d: u8, s: u8) {
        if d != s {
            dynasm!(self.asm.ops ; .arch x64 ; movaps Rx(d), Rx(s));
        }
    }

    fn shift(&mut self, op: ShiftOp, size: Size, d: u8, by_cl: bool, k: u8) {
        let o = &mut self.asm.ops;
        let k = k as i8;
        match (op, size, by_cl) {
            (ShiftOp::Shl, Size::L, false) => dynasm!(o ; .arch x64 ; shl Rd(d), k),
            (ShiftOp::Shl, Size::Q, false) => dynasm!(o ; .arch x64 ; shl Rq(d), k),
            (ShiftOp::Shr, Size::L, false) => dynasm!(o ; .arch x64 ; shr Rd(d), k),
            (ShiftOp::Shr, Size::Q, false) => dynasm!(o ; .arch x64 ; shr Rq(d), k),
            (ShiftOp::Sar, Size::L, false) => dynasm!(o ; .arch x64 ; sar Rd(d), k),
            (ShiftOp::Sar, Size::Q, false) => dynasm!(o ; .arch x64 ; sar Rq(d), k),
            (ShiftOp::Rol, Size::L, false) => dynasm!(o ; .arch x64 ; rol Rd(d), k),
            (ShiftOp::Rol, Size::Q, false) => dynasm!(o ; .arch x64 ; rol Rq(d), k),
            (ShiftOp::Ror, Size::L, false) => dynasm!(o ; .arch x64 ; ror Rd(d), k),
            (ShiftOp::Ror, Size::Q, false) => dynasm!(o ; .arch x64 ; ror Rq(d), k),
            (ShiftOp::Shl, Size::L, true) => dynasm!(o ; .arch x64 ; shl Rd(d), cl),
            (ShiftOp::Shl, Size::Q, true) => dynasm!(o ; .arch x64 ; shl Rq(d), cl),
            (ShiftOp::Shr, Size::L, true) => dynasm!(o ; .arch x64 ; shr Rd(d), cl),
            (ShiftOp::Shr, Size::Q, true) => dynasm!(o ; .arch x64 ; shr Rq(d), cl),
            (ShiftOp::Sar, Size::L, true) => dynasm!(o ; .arch x64 ; sar Rd(d), cl),
            (ShiftOp::Sar, Size::Q, true) => dynasm!(o ; .arch x64 ; sar Rq(d), cl),
            (ShiftOp::Rol, Size::L, true) => dynasm!(o ; .arch x64 ; rol Rd(d), cl),
            (ShiftOp::Rol, Size::Q, true) => dynasm!(o ; .arch x64 ; rol Rq(d), cl),
            (ShiftOp::Ror, Size::L, true) => dynasm!(o ; .arch x64 ; ror Rd(d), cl),
            (ShiftOp::Ror, Size::Q, true) => dynasm!(o ; .arch x64 ; ror Rq(d), cl),
        }
    }

    fn falu(&mut self, op: FOp, double: bool, d: u8, rhs: &Rmi, frame: &Frame) {
        match rhs {
            Rmi::Reg(r) => {
                let s = r.hw();
                let o = &mut self.asm.ops;
                match (op, double) {
                    (FOp::Add, true) => dynasm!(o ; .arch x64 ; addsd Rx(d), Rx(s)),
                    (FOp::Add, false) => dynasm!(o ; .arch x64 ; addss Rx(d), Rx(s)),
                    (FOp::Sub, true) => dynasm!(o ; .arch x64 ; subsd Rx(d), Rx(s)),
                    (FOp::Sub, false) => dynasm!(o ; .arch x64 ; subss Rx(d), Rx(s)),
                    (FOp::Mul, true) => dynasm!(o ; .arch x64 ; mulsd Rx(d), Rx(s)),
                    (FOp::Mul, false) => dynasm!(o ; .arch x64 ; mulss Rx(d), Rx(s)),
                    (FOp::Div, true) => dynasm!(o ; .arch x64 ; divsd Rx(d), Rx(s)),
                    (FOp::Div, false) => dynasm!(o ; .arch x64 ; divss Rx(d), Rx(s)),
                    (FOp::Min, true) => dynasm!(o ; .arch x64 ; minsd Rx(d), Rx(s)),
                    (FOp::Min, false) => dynasm!(o ; .arch x64 ; minss Rx(d), Rx(s)),
                    (FOp::Max, true) => dynasm!(o ; .arch x64 ; maxsd Rx(d), Rx(s)),
                    (FOp::Max, false) => dynasm!(o ; .arch x64 ; maxss Rx(d), Rx(s)),
                    (FOp::And, _) => dynasm!(o ; .arch x64 ; andps Rx(d), Rx(s)),
                    (FOp::Or, _) => {
                        if d != s {
                            dynasm!(o ; .arch x64 ; orps Rx(d), Rx(s));
                        }
                    }
                    (FOp::Xor, _) => dynasm!(o ; .arch x64 ; xorps Rx(d), Rx(s)),
                    (FOp::AndNot, _) => dynasm!(o ; .arch x64 ; andnps Rx(d), Rx(s)),
                }
            }
            Rmi::Mem(a) => {
                let m = self.mem(a, frame);
                let o = &mut self.asm.ops;
                match (op, double) {
                    (FOp::Add, true) => with_mem!(o, m, [addsd Rx(d), QWORD], []),
                    (FOp::Add, false) => with_mem!(o, m, [addss Rx(d), DWORD], []),
                    (FOp::Sub, true) => with_mem!(o, m, [subsd Rx(d), QWORD], []),
                    (FOp::Sub, false) => with_mem!(o, m, [subss Rx(d), DWORD], []),
                    (FOp::Mul, true) => with_mem!(o, m, [mulsd Rx(d), QWORD], []),
                    (FOp::Mul, false) => with_mem!(o, m, [mulss Rx(d), DWORD], []),
                    (FOp::Div, true) => with_mem!(o, m, [divsd Rx(d), QWORD], []),
                    (FOp::Div, false) => with_mem!(o, m, [divss Rx(d), DWORD], []),
                    (FOp::Min, true) => with_mem!(o, m, [minsd Rx(d), QWORD], []),
                    (FOp::Min, false) => with_mem!(o, m, [minss Rx(d), DWORD], []),
                    (FOp::Max, true) => with_mem!(o, m, [maxsd Rx(d), QWORD], []),
                    (FOp::Max, false) => with_mem!(o, m, [maxss Rx(d), DWORD], []),
                    // 16-byte operands: only pool entries, which are 16-byte aligned.
                    (FOp::And, _) => with_mem!(o, m, [andps Rx(d), OWORD], []),
                    (FOp::Or, _) => with_mem!(o, m, [orps Rx(d), OWORD], []),
                    (FOp::Xor, _) => with_mem!(o, m, [xorps Rx(d), OWORD], []),
                    (FOp::AndNot, _) => with_mem!(o, m, [andnps Rx(d), OWORD], []),
                }
            }
            Rmi::Imm(_) => unreachable!("SSE immediate"),
        }
    }

    fn bit_count(&mut self, op: BitCountOp, size: Size, d: u8, s: u8) {
        let o = &mut self.asm.ops;
        match (op, size) {
            (BitCountOp::Lzcnt, Size::Q) => dynasm!(o ; .arch x64
                ; bsr Rq(d), Rq(s) ; mov r11, -1 ; cmovz Rq(d), r11 ; neg Rq(d) ; add Rq(d), 63),
            (BitCountOp::Lzcnt, Size::L) => dynasm!(o ; .arch x64
                ; bsr Rd(d), Rd(s) ; mov r11d, -1 ; cmovz Rd(d), r11d ; neg Rd(d) ; add Rd(d), 31),
            (BitCountOp::Tzcnt, Size::Q) => dynasm!(o ; .arch x64
                ; bsf Rq(d), Rq(s) ; mov r11d, 64 ; cmovz Rq(d), r11),
            (BitCountOp::Tzcnt, Size::L) => dynasm!(o ; .arch x64
                ; bsf Rd(d), Rd(s) ; mov r11d, 32 ; cmovz Rd(d), r11d),
            (BitCountOp::Popcnt, Size::Q) => {
                // Bit-parallel count: pairs, nibbles, bytes, then a multiply sums the bytes.
                // `d` is never `s` (an early def), so `s` survives as the scratch base.
                dynasm!(o ; .arch x64
                    ; mov Rq(d), Rq(s) ; shr Rq(d), 1
                    ; mov r11, QWORD 0x5555_5555_5555_5555 ; and Rq(d), r11
                    ; neg Rq(d) ; add Rq(d), Rq(s)
                    ; mov r11, QWORD 0x3333_3333_3333_3333
                    ; push Rq(s) ; mov Rq(s), Rq(d) ; and Rq(s), r11 ; shr Rq(d), 2 ; and Rq(d), r11
                    ; add Rq(d), Rq(s)
                    ; mov Rq(s), Rq(d) ; shr Rq(s), 4 ; add Rq(d), Rq(s)
                    ; mov r11, QWORD 0x0f0f_0f0f_0f0f_0f0f ; and Rq(d), r11
                    ; mov r11, QWORD 0x0101_0101_0101_0101 ; imul Rq(d), r11 ; shr Rq(d), 56
                    ; pop Rq(s));
            }
            (BitCountOp::Popcnt, Size::L) => {
                dynasm!(o ; .arch x64
                    ; mov Rd(d), Rd(s) ; shr Rd(d), 1 ; and Rd(d), 0x5555_5555
                    ; neg Rd(d) ; add Rd(d), Rd(s)
                    ; mov r11d, Rd(d) ; and r11d, 0x3333_3333 ; shr Rd(d), 2 ; and Rd(d), 0x3333_3333
                    ; add Rd(d), r11d
                    ; mov r11d, Rd(d) ; shr r11d, 4 ; add Rd(d), r11d ; and Rd(d), 0x0f0f_0f0f
                    ; imul Rd(d), Rd(d), 0x0101_0101 ; shr Rd(d), 24);
            }
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
        let label = |b: LBlock| ctx.target(b);
        let dflt = self.labels[label(default) as usize];
        let n = cases.len() as u64;
        let (min, max) = (cases[0].0, cases[cases.len() - 1].0);
        let range = max.wrapping_sub(min);
        if n >= 4 && range < 4 * n && range < 100_000 {
            let mut targets = vec![dflt; range as usize + 1];
            for &(v, b) in cases {
                targets[(v - min) as usize] = self.labels[label(b) as usize];
            }
            self.mov_rr(tmp, index);
            if min != 0 {
                if let Ok(k) = i32::try_from(min as i64) {
                    dynasm!(self.asm.ops ; .arch x64 ; sub Rq(tmp), k);
                } else {
                    self.asm.imm(R11, min);
                    dynasm!(self.asm.ops ; .arch x64 ; sub Rq(tmp), r11);
                }
            }
            dynasm!(self.asm.ops ; .arch x64 ; cmp Rq(tmp), range as i32);
            self.asm.jcc(Cc::A, dflt);
            let table = self.asm.ops.new_dynamic_label();
            dynasm!(self.asm.ops ; .arch x64
                ; lea r11, [=>table]
                ; movsxd Rq(tmp), DWORD [r11 + Rq(tmp) * 4]
                ; add Rq(tmp), r11
                ; jmp Rq(tmp)
                ; .align 4
                ; =>table);
            let at = self.asm.pos();
            self.asm
                .ops
                .extend(std::iter::repeat_n(0u8, targets.len() * 4));
            self.fixups.push(Fixup::Table { at, targets });
        } else {
            let sorted: Vec<(u64, DynamicLabel)> = cases
                .iter()
                .map(|&(v, b)| (v, self.labels[label(b) as usize]))
                .collect();
            self.search(index, &sorted, dflt);
        }
    }

    fn cmp_imm(&mut self, r: u8, v: u64) {
        self.asm.cmp_imm(r, v, R11);
    }

    fn search(&mut self, index: u8, cases: &[(u64, DynamicLabel)], dflt: DynamicLabel) {
        if cases.len() <= 4 {
            for &(v, l) in cases {
                self.cmp_imm(index, v);
                self.asm.jcc(Cc::E, l);
            }
            self.asm.jmp(dflt);
            return;
        }
        let mid = cases.len() / 2;
        let upper = self.asm.ops.new_dynamic_label();
        self.cmp_imm(index, cases[mid].0);
        self.asm.jcc(Cc::Ae, upper);
        self.search(index, &cases[..mid], dflt);
        self.asm.ops.dynamic_label(upper);
        self.search(index, &cases[mid..], dflt);
    }

    /// `rax = [m]; again: tmp = rax op val; lock cmpxchg [m], tmp; jne again` — `rax`
    /// ends holding the old value (zero-extended).
    fn atomic_loop(&mut self, op: RmwLoopOp, bytes: u8, addr: &Amode, v: u8, t: u8, frame: &Frame) {
        let m = self.mem(addr, frame);
        // The address may use r11 (a symbol): form it once and keep it there.
        let m = match m {
            Mem::L(_) => m,
            m => {
                let o = &mut self.asm.ops;
                with_mem!(o, m, [lea r11,], []);
                Mem::B(R11, 0)
            }
        };
        self.load(bytes, false, 0, m);
        let again = self.asm.ops.new_dynamic_label();
        self.asm.ops.dynamic_label(again);
        let signed = matches!(op, RmwLoopOp::Max | RmwLoopOp::Min);
        match (signed, bytes) {
            (true, 1) => dynasm!(self.asm.ops ; .arch x64 ; movsx Rq(t), al),
            (true, 2) => dynasm!(self.asm.ops ; .arch x64 ; movsx Rq(t), ax),
            (true, 4) => dynasm!(self.asm.ops ; .arch x64 ; movsxd Rq(t), eax),
            _ => dynasm!(self.asm.ops ; .arch x64 ; mov Rq(t), rax),
        }
        let size = if bytes == 8 { Size::Q } else { Size::L };
        match op {
            RmwLoopOp::And => self.alu_rr(AluOp::And, size, t, v),
            RmwLoopOp::Or => self.alu_rr(AluOp::Or, size, t, v),
            RmwLoopOp::Xor => self.alu_rr(AluOp::Xor, size, t, v),
            RmwLoopOp::Nand => {
                self.alu_rr(AluOp::And, size, t, v);
                dynasm!(self.asm.ops ; .arch x64 ; not Rq(t));
            }
            RmwLoopOp::Max | RmwLoopOp::Min | RmwLoopOp::UMax | RmwLoopOp::UMin => {
                // `v` comes extended to 64 bits per signedness (see isel) and `t` was
                // extended the same way above, so one 64-bit compare decides.
                dynasm!(self.asm.ops ; .arch x64 ; cmp Rq(v), Rq(t));
                let cc = match op {
                    RmwLoopOp::Max => Cc::G,
                    RmwLoopOp::Min => Cc::L,
                    RmwLoopOp::UMax => Cc::A,
                    _ => Cc::B,
                };
                self.cmov(cc, t, v);
            }
        }
        let o = &mut self.asm.ops;
        match bytes {
            1 => with_mem!(o, m, [lock cmpxchg BYTE], [, Rb(t)]),
            2 => with_mem!(o, m, [lock cmpxchg WORD], [, Rw(t)]),
            4 => with_mem!(o, m, [lock cmpxchg DWORD], [, Rd(t)]),
            _ => with_mem!(o, m, [lock cmpxchg QWORD], [, Rq(t)]),
        }
        dynasm!(self.asm.ops ; .arch x64 ; jne =>again);
        match bytes {
            1 => dynasm!(self.asm.ops ; .arch x64 ; movzx eax, al),
            2 => dynasm!(self.asm.ops ; .arch x64 ; movzx eax, ax),
            4 => dynasm!(self.asm.ops ; .arch x64 ; mov eax, eax),
            _ => {}
        }
    }

    /// Pads to a multiple of `align` with the fewest long NOPs (the padding runs whenever
    /// the code falls into the aligned block).
    fn align_with_nops(&mut self, align: usize) {
        // The recommended NOP forms of 1 to 9 bytes (`0f 1f /0` with growing addressing).
        const NOPS: [&[u8]; 9] = [
            &[0x90],
            &[0x66, 0x90],
            &[0x0f, 0x1f, 0x00],
            &[0x0f, 0x1f, 0x40, 0x00],
            &[0x0f, 0x1f, 0x44, 0x00, 0x00],
            &[0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
            &[0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
            &[0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
            &[0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        ];
        let mut pad = self.asm.pos().next_multiple_of(align) - self.asm.pos();
        while pad > 0 {
            let n = pad.min(NOPS.len());
            self.asm.ops.extend(NOPS[n - 1].iter().copied());
            pad -= n;
        }
    }

    fn epilogue(&mut self, frame: &Frame) {
        for &(r, off) in &frame.saves {
            let o = off as i32 - frame.size as i32;
            let hw = r.hw_enc() as u8;
            dynasm!(self.asm.ops ; .arch x64 ; mov Rq(hw), QWORD [rbp + o]);
        }
        dynasm!(self.asm.ops ; .arch x64 ; mov rsp, rbp ; pop rbp ; ret);
    }

    /// Emits the constant pool after the function's code.
    pub fn emit_pool(&mut self, pool: &[u128]) {
        if pool.is_empty() {
            return;
        }
        self.asm.ops.align(16, 0xcc);
        for (i, &bits) in pool.iter().enumerate() {
            let l = self.pool_labels[i];
            self.asm.ops.dynamic_label(l);
            self.asm.ops.extend(bits.to_le_bytes());
        }
    }
}

/// Which flags decide an IEEE predicate after `ucomis*` (operands already ordered so the
/// `lt`/`le` forms are `gt`/`ge` with swapped operands).
enum Flags {
    One(Cc),
    /// `oeq`: ZF set and PF clear.
    BothEqualAndOrdered,
    /// `une`: ZF clear or PF set.
    EitherNotEqualOrUnordered,
}

fn float_flags(p: FloatPredicate) -> Flags {
    use FloatPredicate::*;
    match p {
        Ogt => Flags::One(Cc::A),
        Oge => Flags::One(Cc::Ae),
        Ult => Flags::One(Cc::B),
        Ule => Flags::One(Cc::Be),
        One => Flags::One(Cc::Ne),
        Ueq => Flags::One(Cc::E),
        Ord => Flags::One(Cc::Np),
        Uno => Flags::One(Cc::P),
        Oeq => Flags::BothEqualAndOrdered,
        Une => Flags::EitherNotEqualOrUnordered,
        // Swapped away by instruction selection; keep a consistent meaning anyway.
        Olt => Flags::One(Cc::B),
        Ole => Flags::One(Cc::Be),
        Ugt => Flags::One(Cc::A),
        Uge => Flags::One(Cc::Ae),
        False | True => Flags::One(Cc::O),
    }
}

fn cc_code(cc: Cc) -> u8 {
    match cc {
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

impl Emitter<'_> {
    /// The jumps of a two-way branch on `cond`'s flags (the compare already done).
    fn jump_on(&mut self, cond: &Cond, taken: LBlock, not_taken: LBlock, ctx: &BranchContext<'_>) {
        let t = self.labels[ctx.target(taken) as usize];
        let n = self.labels[ctx.target(not_taken) as usize];
        if ctx.falls_through(not_taken) {
            self.jump_if(cond, t);
        } else if ctx.falls_through(taken) {
            self.jump_unless(cond, n);
        } else {
            self.jump_if(cond, t);
            self.asm.jmp(n);
        }
    }
}

impl EmitIsa<Inst> for Emitter<'_> {
    fn source_location(&mut self, loc: jit_core::ir::DebugLoc) {
        let pos = self.asm.pos();
        if let Some(d) = &mut self.asm.debug {
            d.at(pos, Some(loc));
        }
    }

    fn bind_block(&mut self, b: LBlock, loop_header: bool) {
        if loop_header {
            self.align_with_nops(16);
        }
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
        if frame.size > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; sub rsp, frame.size as i32);
        }
        for &(r, off) in &frame.saves {
            let o = off as i32 - frame.size as i32;
            let hw = r.hw_enc() as u8;
            dynasm!(self.asm.ops ; .arch x64 ; mov QWORD [rbp + o], Rq(hw));
            let step = crate::unwind::FrameStep::Saved {
                dwarf: crate::unwind::x64_dwarf_gp(hw),
                fp_offset: o,
            };
            self.asm.unwind.mark(self.asm.pos(), step);
        }
    }

    fn emit_move(&mut self, from: Allocation, to: Allocation, class: RegClass, frame: &Frame) {
        let float = class == RegClass::Float;
        match (from.as_reg(), to.as_reg(), from.as_stack(), to.as_stack()) {
            (Some(f), Some(t), _, _) => {
                let (f, t) = (f.hw_enc() as u8, t.hw_enc() as u8);
                if float {
                    self.movaps(t, f);
                } else {
                    self.mov_rr(t, f);
                }
            }
            (Some(f), None, _, Some(slot)) => {
                let o = self.spill(frame, slot.index());
                let f = f.hw_enc() as u8;
                if float && self.wide_float_slots {
                    dynasm!(self.asm.ops ; .arch x64 ; movups OWORD [rbp + o], Rx(f));
                } else if float {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd QWORD [rbp + o], Rx(f));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mov QWORD [rbp + o], Rq(f));
                }
            }
            (None, Some(t), Some(slot), _) => {
                let o = self.spill(frame, slot.index());
                let t = t.hw_enc() as u8;
                if float && self.wide_float_slots {
                    dynasm!(self.asm.ops ; .arch x64 ; movups Rx(t), OWORD [rbp + o]);
                } else if float {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd Rx(t), QWORD [rbp + o]);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mov Rq(t), QWORD [rbp + o]);
                }
            }
            _ => unreachable!("regalloc2 never moves stack to stack"),
        }
    }

    fn emit_inst(&mut self, inst: &Inst, frame: &Frame, ctx: &BranchContext<'_>) {
        match inst {
            Inst::Args { va_save, .. } => {
                if let Some(obj) = va_save {
                    let base = frame.objects[*obj as usize] as i32 - frame.size as i32;
                    for (i, r) in [7u8, 6, 2, 1, 8, 9].into_iter().enumerate() {
                        let o = base + 8 * i as i32;
                        dynasm!(self.asm.ops ; .arch x64 ; mov QWORD [rbp + o], Rq(r));
                    }
                    for x in 0..8u8 {
                        let o = base + 48 + 16 * i32::from(x);
                        dynasm!(self.asm.ops ; .arch x64 ; movaps [rbp + o], Rx(x));
                    }
                }
            }
            Inst::ReadSp { dst } => {
                let d = dst.hw();
                dynasm!(self.asm.ops ; .arch x64 ; mov Rq(d), rsp);
            }
            Inst::WriteSp { src } => {
                let s = src.hw();
                dynasm!(self.asm.ops ; .arch x64 ; mov rsp, Rq(s));
            }
            Inst::U64ToF {
                double,
                dst,
                src,
                tmp,
            } => {
                let (d, s, t) = (dst.hw(), src.hw(), tmp.hw());
                let (big, done) = (
                    self.asm.ops.new_dynamic_label(),
                    self.asm.ops.new_dynamic_label(),
                );
                dynasm!(self.asm.ops ; .arch x64 ; test Rq(s), Rq(s) ; js =>big);
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2sd Rx(d), Rq(s) ; jmp =>done);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2ss Rx(d), Rq(s) ; jmp =>done);
                }
                // Halve, keeping the lowest bit so rounding stays correct, then double.
                dynasm!(self.asm.ops ; .arch x64
                    ; =>big
                    ; mov Rq(t), Rq(s) ; shr Rq(t), 1 ; mov r11, Rq(s) ; and r11d, 1 ; or Rq(t), r11);
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2sd Rx(d), Rq(t) ; addsd Rx(d), Rx(d));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsi2ss Rx(d), Rq(t) ; addss Rx(d), Rx(d));
                }
                dynasm!(self.asm.ops ; .arch x64 ; =>done);
            }
            Inst::FToU64 {
                double,
                dst,
                src,
                tmp,
                bias,
            } => {
                let (d, s, t) = (dst.hw(), src.hw(), tmp.hw());
                let b = self.pool_labels[*bias as usize];
                let (big, done) = (
                    self.asm.ops.new_dynamic_label(),
                    self.asm.ops.new_dynamic_label(),
                );
                if *double {
                    dynasm!(self.asm.ops ; .arch x64
                        ; ucomisd Rx(s), QWORD [=>b] ; jae =>big
                        ; cvttsd2si Rq(d), Rx(s) ; jmp =>done
                        ; =>big
                        ; movaps Rx(t), Rx(s) ; subsd Rx(t), QWORD [=>b] ; cvttsd2si Rq(d), Rx(t)
                        ; btc Rq(d), 63
                        ; =>done);
                } else {
                    dynasm!(self.asm.ops ; .arch x64
                        ; ucomiss Rx(s), DWORD [=>b] ; jae =>big
                        ; cvttss2si Rq(d), Rx(s) ; jmp =>done
                        ; =>big
                        ; movaps Rx(t), Rx(s) ; subss Rx(t), DWORD [=>b] ; cvttss2si Rq(d), Rx(t)
                        ; btc Rq(d), 63
                        ; =>done);
                }
            }
            Inst::Mfence => dynasm!(self.asm.ops ; .arch x64 ; mfence),
            Inst::AtomicSwap {
                add,
                bytes,
                addr,
                dst,
                ..
            } => {
                let m = self.mem(addr, frame);
                let d = dst.hw();
                let o = &mut self.asm.ops;
                match (add, bytes) {
                    (false, 1) => with_mem!(o, m, [xchg BYTE], [, Rb(d)]),
                    (false, 2) => with_mem!(o, m, [xchg WORD], [, Rw(d)]),
                    (false, 4) => with_mem!(o, m, [xchg DWORD], [, Rd(d)]),
                    (false, _) => with_mem!(o, m, [xchg QWORD], [, Rq(d)]),
                    (true, 1) => with_mem!(o, m, [lock xadd BYTE], [, Rb(d)]),
                    (true, 2) => with_mem!(o, m, [lock xadd WORD], [, Rw(d)]),
                    (true, 4) => with_mem!(o, m, [lock xadd DWORD], [, Rd(d)]),
                    (true, _) => with_mem!(o, m, [lock xadd QWORD], [, Rq(d)]),
                }
                // The old value is zero-extended like every narrow integer.
                match bytes {
                    1 => dynasm!(self.asm.ops ; .arch x64 ; movzx Rd(d), Rb(d)),
                    2 => dynasm!(self.asm.ops ; .arch x64 ; movzx Rd(d), Rw(d)),
                    _ => {}
                }
            }
            Inst::CmpXchg {
                bytes,
                addr,
                new,
                ok,
                ..
            } => {
                let m = self.mem(addr, frame);
                let n = new.hw();
                let o = &mut self.asm.ops;
                match bytes {
                    1 => with_mem!(o, m, [lock cmpxchg BYTE], [, Rb(n)]),
                    2 => with_mem!(o, m, [lock cmpxchg WORD], [, Rw(n)]),
                    4 => with_mem!(o, m, [lock cmpxchg DWORD], [, Rd(n)]),
                    _ => with_mem!(o, m, [lock cmpxchg QWORD], [, Rq(n)]),
                }
                let k = ok.hw();
                self.setcc8(Cc::E, k);
                dynasm!(self.asm.ops ; .arch x64 ; movzx Rd(k), Rb(k));
                match bytes {
                    1 => dynasm!(self.asm.ops ; .arch x64 ; movzx eax, al),
                    2 => dynasm!(self.asm.ops ; .arch x64 ; movzx eax, ax),
                    _ => {}
                }
            }
            Inst::AtomicLoop {
                op,
                bytes,
                addr,
                val,
                tmp,
                ..
            } => self.atomic_loop(*op, *bytes, addr, val.hw(), tmp.hw(), frame),
            Inst::Imm { dst, value } => self.asm.imm(dst.hw(), *value),
            Inst::Lea {
                size: Size::Q,
                dst,
                addr:
                    Amode::Sym {
                        sym,
                        index: None,
                        disp,
                    },
            } => self.asm.lea_sym(dst.hw(), *sym, i64::from(*disp)),
            Inst::Lea { size, dst, addr } => {
                let m = self.mem(addr, frame);
                let d = dst.hw();
                let o = &mut self.asm.ops;
                let op = match size {
                    Size::Q => MemOp::LEA64,
                    Size::L => MemOp::LEA32,
                };
                match m {
                    Mem::B(b, 0) if op.wide && b == d => {}
                    Mem::B(b, 0) if op.wide => dynasm!(o ; .arch x64 ; mov Rq(d), Rq(b)),
                    Mem::L(_) if op.wide => with_mem!(o, m, [lea Rq(d),], []),
                    Mem::L(_) => with_mem!(o, m, [lea Rd(d),], []),
                    m => self.mem_op(op, d, m),
                }
            }
            Inst::GotAddr { dst, sym, disp } => {
                let d = dst.hw();
                self.asm.got_load(d, *sym);
                if *disp != 0 {
                    dynasm!(self.asm.ops ; .arch x64 ; add Rq(d), *disp);
                }
            }
            Inst::Alu {
                op,
                size,
                dst,
                lhs,
                rhs,
            } => {
                debug_assert_eq!(dst, lhs, "two-address ALU");
                self.alu(*op, *size, dst.hw(), rhs, frame);
            }
            Inst::Imul { size, dst, rhs, .. } => {
                let d = dst.hw();
                match rhs {
                    Rmi::Reg(r) => {
                        let s = r.hw();
                        match size {
                            Size::L => dynasm!(self.asm.ops ; .arch x64 ; imul Rd(d), Rd(s)),
                            Size::Q => dynasm!(self.asm.ops ; .arch x64 ; imul Rq(d), Rq(s)),
                        }
                    }
                    Rmi::Mem(a) => {
                        let m = self.mem(a, frame);
                        let o = &mut self.asm.ops;
                        match size {
                            Size::L => with_mem!(o, m, [imul Rd(d), DWORD], []),
                            Size::Q => with_mem!(o, m, [imul Rq(d), QWORD], []),
                        }
                    }
                    Rmi::Imm(k) => match size {
                        Size::L => dynasm!(self.asm.ops ; .arch x64 ; imul Rd(d), Rd(d), *k),
                        Size::Q => dynasm!(self.asm.ops ; .arch x64 ; imul Rq(d), Rq(d), *k),
                    },
                }
            }
            Inst::AluFlags {
                op,
                size,
                dst,
                rhs,
                cc,
                flag,
                ..
            } => {
                let (d, r, f) = (dst.hw(), rhs.hw(), flag.hw());
                match (op, size) {
                    (FlagOp::Add, _) => self.alu_rr(AluOp::Add, *size, d, r),
                    (FlagOp::Sub, _) => self.alu_rr(AluOp::Sub, *size, d, r),
                    (FlagOp::Imul, Size::L) => {
                        dynasm!(self.asm.ops ; .arch x64 ; imul Rd(d), Rd(r))
                    }
                    (FlagOp::Imul, Size::Q) => {
                        dynasm!(self.asm.ops ; .arch x64 ; imul Rq(d), Rq(r))
                    }
                }
                self.setcc8(*cc, f);
                dynasm!(self.asm.ops ; .arch x64 ; movzx Rd(f), Rb(f));
            }
            Inst::Alu128 {
                sub,
                dst_lo,
                dst_hi,
                rhs_lo,
                rhs_hi,
                ..
            } => {
                let (dl, dh, rl, rh) = (dst_lo.hw(), dst_hi.hw(), rhs_lo.hw(), rhs_hi.hw());
                if *sub {
                    dynasm!(self.asm.ops ; .arch x64 ; sub Rq(dl), Rq(rl) ; sbb Rq(dh), Rq(rh));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; add Rq(dl), Rq(rl) ; adc Rq(dh), Rq(rh));
                }
            }
            Inst::DoubleShift {
                left,
                size,
                dst,
                fill,
                amount,
                imm,
                ..
            } => {
                let (d, f, k) = (dst.hw(), fill.hw(), *imm as i8);
                let o = &mut self.asm.ops;
                match (left, size, amount.is_some()) {
                    (true, Size::L, false) => dynasm!(o ; .arch x64 ; shld Rd(d), Rd(f), k),
                    (true, Size::Q, false) => dynasm!(o ; .arch x64 ; shld Rq(d), Rq(f), k),
                    (false, Size::L, false) => dynasm!(o ; .arch x64 ; shrd Rd(d), Rd(f), k),
                    (false, Size::Q, false) => dynasm!(o ; .arch x64 ; shrd Rq(d), Rq(f), k),
                    (true, Size::L, true) => dynasm!(o ; .arch x64 ; shld Rd(d), Rd(f), cl),
                    (true, Size::Q, true) => dynasm!(o ; .arch x64 ; shld Rq(d), Rq(f), cl),
                    (false, Size::L, true) => dynasm!(o ; .arch x64 ; shrd Rd(d), Rd(f), cl),
                    (false, Size::Q, true) => dynasm!(o ; .arch x64 ; shrd Rq(d), Rq(f), cl),
                }
            }
            Inst::ImulImm {
                size,
                dst,
                src,
                imm,
            } => {
                let (d, s) = (dst.hw(), src.hw());
                match size {
                    Size::L => dynasm!(self.asm.ops ; .arch x64 ; imul Rd(d), Rd(s), *imm),
                    Size::Q => dynasm!(self.asm.ops ; .arch x64 ; imul Rq(d), Rq(s), *imm),
                }
            }
            Inst::Unary { op, size, dst, .. } => {
                let d = dst.hw();
                let o = &mut self.asm.ops;
                match (op, size) {
                    (UnOp::Neg, Size::L) => dynasm!(o ; .arch x64 ; neg Rd(d)),
                    (UnOp::Neg, Size::Q) => dynasm!(o ; .arch x64 ; neg Rq(d)),
                    (UnOp::Not, Size::L) => dynasm!(o ; .arch x64 ; not Rd(d)),
                    (UnOp::Not, Size::Q) => dynasm!(o ; .arch x64 ; not Rq(d)),
                    (UnOp::Bswap, Size::L) => dynasm!(o ; .arch x64 ; bswap Rd(d)),
                    (UnOp::Bswap, Size::Q) => dynasm!(o ; .arch x64 ; bswap Rq(d)),
                }
            }
            Inst::Shift {
                op,
                size,
                dst,
                amount,
                imm,
                ..
            } => self.shift(*op, *size, dst.hw(), amount.is_some(), *imm),
            Inst::Div {
                signed,
                size,
                divisor,
                ..
            } => {
                let r = divisor.hw();
                let o = &mut self.asm.ops;
                match (signed, size) {
                    (false, Size::L) => dynasm!(o ; .arch x64 ; xor edx, edx ; div Rd(r)),
                    (false, Size::Q) => dynasm!(o ; .arch x64 ; xor edx, edx ; div Rq(r)),
                    (true, Size::L) => dynasm!(o ; .arch x64 ; cdq ; idiv Rd(r)),
                    (true, Size::Q) => dynasm!(o ; .arch x64 ; cqo ; idiv Rq(r)),
                }
            }
            Inst::MulHi { signed, src2, .. } => {
                let r = src2.hw();
                if *signed {
                    dynasm!(self.asm.ops ; .arch x64 ; imul Rq(r));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; mul Rq(r));
                }
            }
            Inst::Ext {
                signed,
                from,
                dst,
                src,
            } => self.ext(*signed, *from, dst.hw(), src.hw()),
            Inst::Load {
                bytes,
                signed,
                dst,
                addr,
            } => {
                let m = self.mem(addr, frame);
                self.load(*bytes, *signed, dst.hw(), m);
            }
            Inst::Store { bytes, src, addr } => {
                let m = self.mem(addr, frame);
                self.store(*bytes, src, m);
            }
            Inst::Setcc { cond, dst, tmp } => {
                self.compare(cond, frame);
                let d = dst.hw();
                match cond {
                    Cond::Int { cc, .. } | Cond::Test { cc, .. } | Cond::Wide { cc, .. } => {
                        self.setcc8(*cc, d)
                    }
                    Cond::Float { pred, .. } => match float_flags(*pred) {
                        Flags::One(cc) => self.setcc8(cc, d),
                        Flags::BothEqualAndOrdered => {
                            let t = tmp.expect("oeq has a scratch").hw();
                            self.setcc8(Cc::E, d);
                            self.setcc8(Cc::Np, t);
                            dynasm!(self.asm.ops ; .arch x64 ; and Rb(d), Rb(t));
                        }
                        Flags::EitherNotEqualOrUnordered => {
                            let t = tmp.expect("une has a scratch").hw();
                            self.setcc8(Cc::Ne, d);
                            self.setcc8(Cc::P, t);
                            dynasm!(self.asm.ops ; .arch x64 ; or Rb(d), Rb(t));
                        }
                    },
                }
                dynasm!(self.asm.ops ; .arch x64 ; movzx Rd(d), Rb(d));
            }
            Inst::Cmov {
                cond, dst, if_true, ..
            } => {
                self.compare(cond, frame);
                let (d, t) = (dst.hw(), if_true.hw());
                match cond {
                    Cond::Int { cc, .. } | Cond::Test { cc, .. } | Cond::Wide { cc, .. } => {
                        self.cmov(*cc, d, t)
                    }
                    Cond::Float { pred, .. } => match float_flags(*pred) {
                        Flags::One(cc) => self.cmov(cc, d, t),
                        _ => {
                            let skip = self.asm.ops.new_dynamic_label();
                            self.jump_unless(cond, skip);
                            self.mov_rr(d, t);
                            self.asm.ops.dynamic_label(skip);
                        }
                    },
                }
            }
            Inst::FSelect {
                cond, dst, if_true, ..
            } => {
                self.compare(cond, frame);
                let skip = self.asm.ops.new_dynamic_label();
                self.jump_unless(cond, skip);
                self.movaps(dst.hw(), if_true.hw());
                self.asm.ops.dynamic_label(skip);
            }
            Inst::Branch {
                cond,
                taken,
                not_taken,
            } => {
                self.compare(cond, frame);
                self.jump_on(cond, *taken, *not_taken, ctx);
            }
            Inst::Branch2 {
                any,
                first,
                second,
                taken,
                not_taken,
            } => {
                let t = self.labels[ctx.target(*taken) as usize];
                let n = self.labels[ctx.target(*not_taken) as usize];
                self.compare(first, frame);
                if *any {
                    self.jump_if(first, t);
                } else {
                    self.jump_unless(first, n);
                }
                self.compare(second, frame);
                if ctx.falls_through(*not_taken) {
                    self.jump_if(second, t);
                } else if ctx.falls_through(*taken) {
                    self.jump_unless(second, n);
                } else {
                    self.jump_if(second, t);
                    self.asm.jmp(n);
                }
            }
            Inst::Jmp { target } => {
                if !ctx.falls_through(*target) {
                    let l = self.labels[ctx.target(*target) as usize];
                    self.asm.jmp(l);
                }
            }
            Inst::JmpInd { addr } => {
                let r = addr.hw();
                dynasm!(self.asm.ops ; .arch x64 ; jmp Rq(r));
            }
            Inst::BlockAddr { dst, label } => {
                let (r, l) = (dst.hw(), *label);
                dynasm!(self.asm.ops ; .arch x64 ; lea Rq(r), [=>l]);
            }
            Inst::Switch {
                index,
                tmp,
                cases,
                default,
            } => self.switch(index.hw(), tmp.hw(), cases, *default, ctx),
            Inst::Ret { .. } => self.epilogue(frame),
            Inst::Trap | Inst::Unreachable => dynasm!(self.asm.ops ; .arch x64 ; ud2),
            Inst::Invoke {
                callee,
                normal,
                landing,
                site,
                ..
            } => {
                let begin = self.asm.pos();
                match callee {
                    Callee::Sym(s) => self.asm.call_sym(*s),
                    Callee::Reg(r) => {
                        let r = r.hw();
                        dynasm!(self.asm.ops ; .arch x64 ; call Rq(r));
                    }
                }
                let land = self.labels[ctx.target(*landing) as usize];
                self.eh_sites.push((begin, self.asm.pos(), land, *site));
                if !ctx.falls_through(*normal) {
                    let l = self.labels[ctx.target(*normal) as usize];
                    self.asm.jmp(l);
                }
            }
            Inst::EntryDefs { .. } => {}
            Inst::Call { callee, .. } => match callee {
                Callee::Sym(s) => self.asm.call_sym(*s),
                Callee::Reg(r) => {
                    let r = r.hw();
                    dynasm!(self.asm.ops ; .arch x64 ; call Rq(r));
                }
            },
            Inst::DynAlloca { dst, size } => {
                let (d, s) = (dst.hw(), size.hw());
                let out = frame.outgoing as i32;
                dynasm!(self.asm.ops ; .arch x64 ; sub rsp, Rq(s) ; lea Rq(d), [rsp + out]);
            }
            Inst::FLoad { double, dst, addr } => {
                let m = self.mem(addr, frame);
                let d = dst.hw();
                let o = &mut self.asm.ops;
                if *double {
                    with_mem!(o, m, [movsd Rx(d), QWORD], []);
                } else {
                    with_mem!(o, m, [movss Rx(d), DWORD], []);
                }
            }
            Inst::VLoad { dst, addr } => {
                let m = self.mem(addr, frame);
                let d = dst.hw();
                let o = &mut self.asm.ops;
                with_mem!(o, m, [movups Rx(d), OWORD], []);
            }
            Inst::VLoadLow { dst, addr } => {
                let m = self.mem(addr, frame);
                let d = dst.hw();
                let o = &mut self.asm.ops;
                with_mem!(o, m, [movq Rx(d), QWORD], []);
            }
            Inst::VStoreLow { src, addr } => {
                let m = self.mem(addr, frame);
                let s = src.hw();
                let o = &mut self.asm.ops;
                with_mem!(o, m, [movq QWORD], [, Rx(s)]);
            }
            Inst::VStore { src, addr } => {
                let m = self.mem(addr, frame);
                let s = src.hw();
                let o = &mut self.asm.ops;
                with_mem!(o, m, [movups OWORD], [, Rx(s)]);
            }
            Inst::VAlu { op, dst, rhs, .. } => {
                let (prefix, opcode) = op.encoding();
                self.asm.sse_rr(prefix, opcode, dst.hw(), rhs.hw(), None);
            }
            Inst::VCmpF {
                double,
                pred,
                dst,
                rhs,
                ..
            } => {
                let prefix = if *double { 0x66 } else { 0 };
                self.asm
                    .sse_rr(prefix, 0xc2, dst.hw(), rhs.hw(), Some(*pred));
            }
            Inst::VUn { op, dst, src } => {
                let (prefix, opcode) = op.encoding();
                self.asm.sse_rr(prefix, opcode, dst.hw(), src.hw(), None);
            }
            Inst::VMoveMask { op, dst, src } => {
                let (prefix, opcode) = op.encoding();
                self.asm.sse_rr(prefix, opcode, dst.hw(), src.hw(), None);
            }
            Inst::VShiftImm {
                op, dst, amount, ..
            } => {
                let (opcode, ext) = op.encoding();
                self.asm.sse_rr(0x66, opcode, ext, dst.hw(), Some(*amount));
            }
            Inst::VPermute { op, dst, src, imm } => {
                let prefix = match op {
                    VPerm::Pshufd => 0x66,
                    VPerm::Pshuflw => 0xf2,
                };
                self.asm
                    .sse_rr(prefix, 0x70, dst.hw(), src.hw(), Some(*imm));
            }
            Inst::VExtractW { dst, src, lane } => {
                self.asm.sse_rr(0x66, 0xc5, dst.hw(), src.hw(), Some(*lane));
            }
            Inst::VInsertW { dst, src, lane, .. } => {
                self.asm.sse_rr(0x66, 0xc4, dst.hw(), src.hw(), Some(*lane));
            }
            Inst::FStore { double, src, addr } => {
                let m = self.mem(addr, frame);
                let s = src.hw();
                let o = &mut self.asm.ops;
                if *double {
                    with_mem!(o, m, [movsd QWORD], [, Rx(s)]);
                } else {
                    with_mem!(o, m, [movss DWORD], [, Rx(s)]);
                }
            }
            Inst::FAlu {
                op,
                double,
                dst,
                lhs,
                rhs,
            } => {
                debug_assert_eq!(dst, lhs, "two-address SSE");
                self.falu(*op, *double, dst.hw(), rhs, frame);
            }
            Inst::FSqrt { double, dst, src } => {
                let (d, s) = (dst.hw(), src.hw());
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; sqrtsd Rx(d), Rx(s));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; sqrtss Rx(d), Rx(s));
                }
            }
            Inst::IntToF {
                double,
                size,
                dst,
                src,
            } => {
                let (d, s) = (dst.hw(), src.hw());
                let o = &mut self.asm.ops;
                match (double, size) {
                    (true, Size::L) => dynasm!(o ; .arch x64 ; cvtsi2sd Rx(d), Rd(s)),
                    (true, Size::Q) => dynasm!(o ; .arch x64 ; cvtsi2sd Rx(d), Rq(s)),
                    (false, Size::L) => dynasm!(o ; .arch x64 ; cvtsi2ss Rx(d), Rd(s)),
                    (false, Size::Q) => dynasm!(o ; .arch x64 ; cvtsi2ss Rx(d), Rq(s)),
                }
            }
            Inst::FToInt {
                double,
                size,
                dst,
                src,
            } => {
                let (d, s) = (dst.hw(), src.hw());
                let o = &mut self.asm.ops;
                match (double, size) {
                    (true, Size::L) => dynasm!(o ; .arch x64 ; cvttsd2si Rd(d), Rx(s)),
                    (true, Size::Q) => dynasm!(o ; .arch x64 ; cvttsd2si Rq(d), Rx(s)),
                    (false, Size::L) => dynasm!(o ; .arch x64 ; cvttss2si Rd(d), Rx(s)),
                    (false, Size::Q) => dynasm!(o ; .arch x64 ; cvttss2si Rq(d), Rx(s)),
                }
            }
            Inst::FToF {
                to_double,
                dst,
                src,
            } => {
                let (d, s) = (dst.hw(), src.hw());
                if *to_double {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtss2sd Rx(d), Rx(s));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; cvtsd2ss Rx(d), Rx(s));
                }
            }
            Inst::MovToF { double, dst, src } => {
                let (d, s) = (dst.hw(), src.hw());
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; movq Rx(d), Rq(s));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; movd Rx(d), Rd(s));
                }
            }
            Inst::MovFromF { double, dst, src } => {
                let (d, s) = (dst.hw(), src.hw());
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; movq Rq(d), Rx(s));
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; movd Rd(d), Rx(s));
                }
            }
            Inst::FRound {
                double,
                mode,
                dst,
                src,
            } => {
                let (d, s) = (dst.hw(), src.hw());
                let k = *mode as i8;
                if *double {
                    dynasm!(self.asm.ops ; .arch x64 ; roundsd Rx(d), Rx(s), k);
                } else {
                    dynasm!(self.asm.ops ; .arch x64 ; roundss Rx(d), Rx(s), k);
                }
            }
            Inst::FCopy { dst, src } => self.movaps(dst.hw(), src.hw()),
            Inst::FZero { dst } => {
                let d = dst.hw();
                dynasm!(self.asm.ops ; .arch x64 ; xorps Rx(d), Rx(d));
            }
            Inst::BitCount { op, size, dst, src } => self.bit_count(*op, *size, dst.hw(), src.hw()),
        }
    }
}
