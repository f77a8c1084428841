//! Constants used inside loops are materialised once, after the function's entry, instead
//! of at every use.
//!
//! The shared driver materialises a constant at each use, which costs nothing for the
//! one-instruction forms (`movz`, `movn`, a bitmask `orr`, `movi`, `fmov`) but repeats a
//! `movz`/`movk` pair, a literal-pool load or an `adrp`+`add` on every loop iteration.
//! Before lowering, a scan finds the constants that instructions of loop blocks read and
//! that take two instructions or a load to form — integers, floats, and the addresses of
//! globals — and gives each a register defined right after the parameters; every use then
//! reads that register. The allocator keeps such a long-lived value in a register where it
//! can and spills it (one reload per use, no worse than forming it again) where it cannot.
//!
//! Loop blocks are those on a cycle of the block order: every back edge (to an earlier
//! block of the reverse post-order) marks the blocks between its target and its source.

use std::collections::HashMap;

use jit_core::ir::{Const, ConstKind, GlobalRef, InstKind, Operand, Type, TypeData};
use jit_core::object::SymbolIndex;

use super::super::enc::logical_imm;
use super::super::inst::{Amode, Inst};
use super::{Isel, imm12};
use crate::machinst::Reg;
use crate::machinst::blockorder::LoweredBlock;
use crate::machinst::lower::LResult;
use crate::x64::consts::{CVal, eval};

/// Most constants of each register class kept in registers across a function.
const MAX_HOISTED: usize = 8;

/// The hoisted constants of a function.
#[derive(Default)]
pub(super) struct Hoisted {
    /// Integer and float constants by (constant, type): their register.
    pub consts: HashMap<(Const, Type), Reg>,
    /// Addresses of symbols (without offset): their register, and whether the symbol is
    /// reached through the GOT.
    pub syms: HashMap<SymbolIndex, (Reg, bool)>,
}

/// Instructions an integer constant takes to form in a register.
fn int_cost(v: u64) -> u32 {
    let halves = |x: u64| (0..4).filter(|i| (x >> (16 * i)) & 0xffff != 0).count() as u32;
    let direct = halves(v).min(halves(!v)).max(1);
    if direct <= 1 || logical_imm(v, true).is_some() {
        1
    } else {
        direct
    }
}

impl Isel<'_, '_> {
    /// Finds the constants worth keeping in registers (see the module doc) and makes their
    /// registers; [`Self::emit_hoisted`] defines them at the entry.
    pub(super) fn plan_hoisting(&mut self) {
        let order = self.ctx.order;
        let body = self.ctx.body;
        let m = self.ctx.m;
        let n = order.len();
        let mut in_loop = vec![false; n];
        for (b, succs) in order.succs.iter().enumerate() {
            for &s in succs {
                let s = s as usize;
                if s <= b {
                    for flag in &mut in_loop[s..=b] {
                        *flag = true;
                    }
                }
            }
        }
        // Each constant read in a loop block, with whether some such use needs it in a
        // register (an operand the instruction cannot fold as an immediate).
        let mut needs: HashMap<(Const, Type), bool> = HashMap::new();
        let mut order_seen: Vec<(Const, Type)> = Vec::new();
        for (lb, block) in order.blocks.iter().enumerate() {
            let LoweredBlock::Orig(b) = *block else {
                continue;
            };
            for &i in &body.blocks[b].insts {
                let kind = &body.insts[i].kind;
                let mut note = |op: Operand, in_reg: bool| {
                    if let Operand::Const(c) = op {
                        let key = (c, m.const_data(c).ty);
                        let e = needs.entry(key).or_insert_with(|| {
                            order_seen.push(key);
                            false
                        });
                        *e |= in_reg;
                    }
                };
                if let InstKind::Phi { incoming } = kind {
                    for &(op, pred) in incoming {
                        if order.index[pred].is_some_and(|p| in_loop[p as usize]) {
                            note(op, true);
                        }
                    }
                } else if in_loop[lb] {
                    self.int_uses(kind, &mut note);
                }
            }
        }
        let mut ints: Vec<((Const, Type), u32)> = Vec::new();
        let mut floats = 0usize;
        let mut syms = 0usize;
        for key @ (c, ty) in order_seen {
            match m.const_data(c).kind {
                ConstKind::Float(b) if ty == Type::F64 || ty == Type::F32 => {
                    let double = ty == Type::F64;
                    let bits = if double {
                        b
                    } else {
                        u64::from((f64::from_bits(b) as f32).to_bits())
                    };
                    // `fmov` immediates too: a register costs less than re-forming
                    // the value on every iteration.
                    if bits != 0 && floats < MAX_HOISTED {
                        floats += 1;
                        let r = self.ftmp();
                        self.hoisted.consts.insert(key, r);
                    }
                }
                ConstKind::Int(v) if matches!(m.types.data(ty), TypeData::Int(1..=64)) => {
                    if needs[&key] && v != 0 {
                        ints.push((key, int_cost(v as u64)));
                    }
                }
                _ => {
                    if syms < MAX_HOISTED
                        && let Ok(CVal::Sym(r, _)) = eval(m, self.ctx.dl, c)
                        && let Some(s) = self.syms.of(m, r)
                        && !matches!(r, GlobalRef::Global(g) if m.globals[g].thread_local)
                        && !self.hoisted.syms.contains_key(&s)
                    {
                        syms += 1;
                        let reg = self.tmp();
                        let got = !self.syms.is_defined(s);
                        self.hoisted.syms.insert(s, (reg, got));
                    }
                }
            }
        }
        // The dearest to form first (a stable sort keeps the order of appearance).
        ints.sort_by_key(|&(_, cost)| std::cmp::Reverse(cost));
        for (key, _) in ints.into_iter().take(MAX_HOISTED.saturating_sub(syms / 2)) {
            let r = self.tmp();
            self.hoisted.consts.insert(key, r);
        }
    }

    /// Calls `note(operand, needs_register)` for the operands of `kind`: `needs_register`
    /// is false where instruction selection folds an integer constant (immediates of
    /// `add`/`sub`/`cmp`, bitmask immediates, shift amounts, multiplications and divisions
    /// by powers of two, `getelementptr` indices, zero).
    fn int_uses(&self, kind: &InstKind, note: &mut dyn FnMut(Operand, bool)) {
        let m = self.ctx.m;
        let width = |op: Operand| match op {
            Operand::Const(c) => match m.types.data(m.const_data(c).ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            },
            Operand::Value(_) => 64,
        };
        let k_of = |op: Operand| match op {
            Operand::Const(c) => match m.const_data(c).kind {
                ConstKind::Int(v) => Some(super::mask(width(op), v as u64)),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let arith = |op: Operand| {
            k_of(op).is_some_and(|k| {
                let neg = super::mask(width(op), k.wrapping_neg());
                k != 0 && imm12(k).is_none() && imm12(neg).is_none()
            })
        };
        match *kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                use jit_core::ir::BinaryOp::*;
                let logic = |x: Operand| {
                    k_of(x).is_some_and(|k| {
                        let all = super::mask(width(x), u64::MAX);
                        k != 0
                            && k != all
                            && logical_imm(k, true).is_none()
                            && logical_imm(k, false).is_none()
                    })
                };
                let mul = |x: Operand| {
                    k_of(x).is_some_and(|k| {
                        k > 1 && !k.is_power_of_two() && !(k - 1).is_power_of_two()
                    })
                };
                let (l, r) = match op {
                    Add => (arith(lhs), arith(rhs)),
                    Sub => (k_of(lhs).is_some_and(|k| k != 0), arith(rhs)),
                    And | Or | Xor => (logic(lhs), logic(rhs)),
                    Mul => (mul(lhs), mul(rhs)),
                    UDiv | URem | SDiv | SRem => (
                        k_of(lhs).is_some(),
                        k_of(rhs).is_some_and(|k| !k.is_power_of_two()),
                    ),
                    Shl | LShr | AShr => (k_of(lhs).is_some(), false),
                    _ => (true, true),
                };
                note(lhs, l);
                note(rhs, r);
            }
            InstKind::ICmp { lhs, rhs, .. } => {
                note(lhs, arith(lhs));
                note(rhs, arith(rhs));
            }
            InstKind::Gep { base, .. } => note(base, true),
            InstKind::Store { value, ptr, .. } => {
                note(value, k_of(value) != Some(0));
                note(ptr, true);
            }
            InstKind::Call { ref args, .. } => {
                // The callee is a symbol of `bl`, never a register.
                for a in args.iter() {
                    note(a.value, true);
                }
            }
            ref k => k.for_each_operand(|op| note(op, k_of(op) != Some(0))),
        }
    }

    /// Defines the hoisted constants' registers (right after the parameters).
    pub(super) fn emit_hoisted(&mut self) -> LResult {
        let mut consts: Vec<((Const, Type), Reg)> =
            self.hoisted.consts.iter().map(|(&k, &r)| (k, r)).collect();
        consts.sort_by_key(|(_, r)| format!("{r:?}"));
        for ((c, ty), r) in consts {
            match self.ctx.m.const_data(c).kind {
                ConstKind::Float(b) => {
                    let double = ty == Type::F64;
                    let bits = if double {
                        b
                    } else {
                        u64::from((f64::from_bits(b) as f32).to_bits())
                    };
                    self.emit(Inst::FImm {
                        double,
                        dst: r,
                        bits,
                    });
                }
                ConstKind::Int(v) => {
                    let bits = self.bits(ty)?;
                    self.emit(Inst::Imm {
                        dst: r,
                        value: super::mask(bits, v as u64),
                    });
                }
                _ => {}
            }
        }
        let mut syms: Vec<(SymbolIndex, (Reg, bool))> =
            self.hoisted.syms.iter().map(|(&s, &v)| (s, v)).collect();
        syms.sort_by_key(|(s, _)| s.0);
        for (sym, (r, got)) in syms {
            if got {
                self.emit(Inst::GotAddr { dst: r, sym });
            } else {
                self.emit(Inst::AddrOf {
                    dst: r,
                    addr: Amode::Sym {
                        sym,
                        off: 0,
                        lo12: false,
                    },
                });
            }
        }
        Ok(())
    }

    /// The register of a hoisted constant, if `c` of type `ty` is one.
    pub(super) fn hoisted_const(&self, c: Const, ty: Type) -> Option<Reg> {
        self.hoisted.consts.get(&(c, ty)).copied()
    }

    /// The register holding the address of symbol `s`, if hoisted.
    pub(super) fn hoisted_sym(&self, s: SymbolIndex) -> Option<Reg> {
        self.hoisted.syms.get(&s).map(|&(r, _)| r)
    }
}
