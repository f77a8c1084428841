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

use super::super::enc::{fmov_imm8, logical_imm};
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
        let mut seen: std::collections::HashSet<(Const, Type)> = Default::default();
        let mut first_seen: Vec<(Const, Type)> = Vec::new();
        for (lb, block) in order.blocks.iter().enumerate() {
            let LoweredBlock::Orig(b) = *block else {
                continue;
            };
            for &i in &body.blocks[b].insts {
                let kind = &body.insts[i].kind;
                let phi = matches!(kind, InstKind::Phi { .. });
                let mut note = |op: Operand, from_loop: bool| {
                    if let Operand::Const(c) = op
                        && from_loop
                    {
                        let ty = m.const_data(c).ty;
                        if seen.insert((c, ty)) {
                            first_seen.push((c, ty));
                        }
                    }
                };
                match kind {
                    InstKind::Phi { incoming } => {
                        for &(op, pred) in incoming {
                            let from_loop = order.index[pred].is_some_and(|p| in_loop[p as usize]);
                            note(op, from_loop);
                        }
                    }
                    // Callees are symbols of `bl`, never registers.
                    InstKind::Call { args, .. } => {
                        for a in args.iter() {
                            note(a.value, in_loop[lb]);
                        }
                    }
                    k => k.for_each_operand(|op| note(op, in_loop[lb] && !phi)),
                }
            }
        }
        let (mut ints, mut floats) = (0usize, 0usize);
        for key @ (c, ty) in first_seen {
            let data = m.const_data(c);
            match data.kind {
                ConstKind::Float(b) if ty == Type::F64 || ty == Type::F32 => {
                    let double = ty == Type::F64;
                    let bits = if double {
                        b
                    } else {
                        u64::from((f64::from_bits(b) as f32).to_bits())
                    };
                    if bits != 0 && fmov_imm8(bits, double).is_none() && floats < MAX_HOISTED {
                        floats += 1;
                        let r = self.ftmp();
                        self.hoisted.consts.insert(key, r);
                    }
                }
                ConstKind::Int(v) if matches!(m.types.data(ty), TypeData::Int(1..=64)) => {
                    // Operands an instruction folds (`imm12`, bitmask immediates) never
                    // need the register.
                    let v = v as u64;
                    let folds = imm12(v).is_some()
                        || imm12(v.wrapping_neg()).is_some()
                        || logical_imm(v, true).is_some()
                        || logical_imm(v, false).is_some();
                    if !folds && int_cost(v) >= 2 && ints < MAX_HOISTED {
                        ints += 1;
                        let r = self.tmp();
                        self.hoisted.consts.insert(key, r);
                    }
                }
                _ => {
                    if ints < MAX_HOISTED
                        && let Ok(CVal::Sym(r, _)) = eval(m, self.ctx.dl, c)
                        && let Some(s) = self.syms.of(m, r)
                        && !matches!(r, GlobalRef::Global(g) if m.globals[g].thread_local)
                        && !self.hoisted.syms.contains_key(&s)
                    {
                        ints += 1;
                        let reg = self.tmp();
                        let got = !self.syms.is_defined(s);
                        self.hoisted.syms.insert(s, (reg, got));
                    }
                }
            }
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
