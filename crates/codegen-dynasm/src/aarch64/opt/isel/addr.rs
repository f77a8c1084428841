//! Addresses: `getelementptr` chains, static allocas and globals folded into addressing
//! modes; loads, stores and `getelementptr` values.

use jit_core::ir::{
    ArithFlags, BinaryOp, CastOp, Const, GlobalRef, Inst as IrInst, InstKind, Operand, Type, Value,
};

use super::super::enc::{Ext, LdSt, Shift};
use super::super::inst::{AluOp, Amode, Inst, Rhs, Size};
use super::{AddrParts, Base, Index, Isel, imm12};
use crate::machinst::Reg;
use crate::machinst::lower::{GepTerms, LResult, unsupported};
use crate::x64::consts::{CVal, eval};

impl Isel<'_, '_> {
    /// Whether the address of `ptr`, folded, would use an index register: a
    /// side-effect-free dry run of [`Self::addr`].
    pub(super) fn uses_index(&self, ptr: Operand, depth: u32) -> bool {
        let ptr = self.ctx.resolve(ptr);
        let Operand::Value(v) = ptr else {
            return false;
        };
        if self.object_of[v].is_some() || depth >= 3 {
            return false;
        }
        match self.foldable_gep(ptr) {
            Some((base, t)) => match t.vars.as_slice() {
                [] => self.uses_index(base, depth + 1),
                [_] => true,
                _ => false,
            },
            None => false,
        }
    }

    /// The base and terms of the `getelementptr` producing `ptr`, when it may be folded
    /// into the instruction being lowered: same block, and either a constant offset only
    /// or this is its only use (a shared variable index is computed once instead).
    pub(super) fn foldable_gep(&self, ptr: Operand) -> Option<(Operand, GepTerms)> {
        let Operand::Value(v) = ptr else { return None };
        let p = self.ctx.same_block_producer(ptr)?;
        let InstKind::Gep {
            source_ty,
            base,
            indices,
            ..
        } = &self.ctx.body.insts[p].kind
        else {
            return None;
        };
        let t = self.ctx.gep_terms(*source_ty, indices)?;
        match t.vars.as_slice() {
            [] => Some((*base, t)),
            [(_, scale, bits)] if *bits <= 64 && *scale > 0 && self.ctx.use_count(v) == 1 => {
                Some((*base, t))
            }
            _ => None,
        }
    }

    /// The load that produces `op` (after aliases) when it can be folded into the current
    /// instruction, with exactly type `ty`: its address operand.
    pub(super) fn foldable_load_of(&self, op: Operand, ty: Type) -> Option<Operand> {
        let op = self.ctx.resolve(op);
        let load = self.ctx.foldable_load(op)?;
        let v = self.ctx.body.insts[load].result?;
        if self.ctx.value_ty(v) != ty {
            return None;
        }
        match self.ctx.body.insts[load].kind {
            InstKind::Load { ptr, .. } => Some(ptr),
            _ => None,
        }
    }

    /// The index register for a `getelementptr` term `idx × scale` with an index of
    /// `bits` (sign-extended when narrower than 64): `None` when `scale` is no power of
    /// two (the caller multiplies).
    pub(super) fn index_of(
        &mut self,
        idx: Operand,
        scale: i64,
        bits: u32,
    ) -> LResult<Option<(Index, i64)>> {
        if scale <= 0 || !(scale as u64).is_power_of_two() {
            return Ok(None);
        }
        let shift = scale.trailing_zeros() as u8;
        let (reg, ext, k) = match bits {
            64 => {
                let (idx, k64) = self.peel_offset(idx, 64);
                // A same-block `sext i32` feeding only this index folds into `sxtw`.
                if let Some(p) = self.single_use_producer(idx)
                    && let InstKind::Cast {
                        op: CastOp::SExt,
                        value,
                        ..
                    } = self.ctx.body.insts[p].kind
                    && self.bits(self.ctx.ty(value))? == 32
                {
                    let (value, k32) = self.peel_offset(value, 32);
                    (self.put(value)?, Ext::Sxtw, k64.wrapping_add(k32))
                } else {
                    (self.put(idx)?, Ext::Uxtx, k64)
                }
            }
            32 => {
                let (idx, k) = self.peel_offset(idx, 32);
                (self.put(idx)?, Ext::Sxtw, k)
            }
            b if b > 64 => return unsupported("an index wider than 64 bits"),
            b => {
                let r = self.put(idx)?;
                (self.sext(r, b, Size::X), Ext::Uxtx, 0)
            }
        };
        Ok(Some((Index { reg, ext, shift }, k.wrapping_mul(scale))))
    }

    /// An index `x ± k` computed in the same block for this use only, as (`x`, `±k`), so
    /// the constant joins the displacement (at 32 bits only without signed wrap, which
    /// keeps the sign extension exact).
    fn peel_offset(&self, idx: Operand, bits: u32) -> (Operand, i64) {
        if let Some(p) = self.single_use_producer(idx)
            && let InstKind::Binary {
                op: op @ (BinaryOp::Add | BinaryOp::Sub),
                lhs,
                rhs,
                flags,
            } = self.ctx.body.insts[p].kind
            && (bits == 64 || flags.0 & ArithFlags::NSW != 0)
            && self.bits(self.ctx.ty(lhs)).ok() == Some(bits)
            && let Some(k) = self.const_at(rhs, bits)
        {
            let k = super::sext_bits(bits, k) as i64;
            return (
                lhs,
                if op == BinaryOp::Add {
                    k
                } else {
                    k.wrapping_neg()
                },
            );
        }
        (idx, 0)
    }

    /// Decomposes the address `ptr` through same-block `getelementptr`s, static allocas
    /// and global symbols.
    pub(super) fn addr(&mut self, ptr: Operand, depth: u32) -> LResult<AddrParts> {
        let ptr = self.ctx.resolve(ptr);
        let v = match ptr {
            Operand::Const(c) => return self.const_addr(c),
            Operand::Value(v) => v,
        };
        if let Some(obj) = self.object_of[v] {
            return Ok(AddrParts {
                base: Base::Frame(obj),
                index: None,
                disp: 0,
            });
        }
        if depth < 3
            && let Some((base, t)) = self.foldable_gep(ptr)
        {
            match t.vars.as_slice() {
                [] => {
                    let mut a = self.addr(base, depth + 1)?;
                    a.disp = a.disp.wrapping_add(t.disp);
                    return Ok(a);
                }
                &[(idx, scale, bits)] if !self.uses_index(base, depth + 1) => {
                    let mut a = self.addr(base, depth + 1)?;
                    a.disp = a.disp.wrapping_add(t.disp);
                    match self.index_of(idx, scale, bits)? {
                        Some((i, k)) => {
                            a.index = Some(i);
                            a.disp = a.disp.wrapping_add(k);
                        }
                        None => {
                            let (i, k) = self.index_of(idx, 1, bits)?.expect("scale 1");
                            let base = self.base_reg(&a.base)?;
                            let sum = self.tmp();
                            self.scaled_sum(sum, base, i, scale);
                            a.base = Base::Reg(sum);
                            a.disp = a.disp.wrapping_add(k.wrapping_mul(scale));
                        }
                    }
                    return Ok(a);
                }
                _ => {}
            }
        }
        Ok(AddrParts {
            base: Base::Reg(self.ctx.use_reg(v)?),
            index: None,
            disp: 0,
        })
    }

    /// `dst = base + index × scale` for a scale that is no power of two: `smaddl` for a
    /// 32-bit index (the multiply extends it), else `madd`.
    fn scaled_sum(&mut self, dst: Reg, base: Reg, i: Index, scale: i64) {
        let k = self.imm(scale as u64);
        if i.ext == Ext::Sxtw && i32::try_from(scale).is_ok() {
            self.emit(Inst::MulLong {
                signed: true,
                dst,
                lhs: i.reg,
                rhs: k,
                acc: Some(base),
            });
        } else {
            let r = self.index_reg(i);
            self.emit(Inst::MulAdd {
                size: Size::X,
                sub: false,
                dst,
                lhs: r,
                rhs: k,
                acc: Some(base),
            });
        }
    }

    /// The index as a plain 64-bit register (extension applied, shift not).
    pub(super) fn index_reg(&mut self, i: Index) -> Reg {
        match i.ext {
            Ext::Sxtw => self.sext(i.reg, 32, Size::X),
            _ => i.reg,
        }
    }

    pub(super) fn const_addr(&mut self, c: Const) -> LResult<AddrParts> {
        match eval(self.ctx.m, self.ctx.dl, c) {
            Ok(CVal::Sym(r, off)) => {
                let Some(s) = self.syms.of(self.ctx.m, r) else {
                    return unsupported("the address of an intrinsic");
                };
                if let GlobalRef::Global(g) = r
                    && self.ctx.m.globals[g].thread_local
                {
                    return unsupported("thread-local globals");
                }
                if let Some(base) = self.hoisted_sym(s) {
                    return Ok(AddrParts {
                        base: Base::Reg(base),
                        index: None,
                        disp: off,
                    });
                }
                if self.syms.is_defined(s) {
                    let align = match r {
                        GlobalRef::Global(g) => {
                            let gv = &self.ctx.m.globals[g];
                            u64::from(gv.align.unwrap_or(0))
                                .max(self.ctx.dl.abi_align(&self.ctx.m.types, gv.value_ty))
                                .max(1)
                        }
                        _ => 1,
                    };
                    Ok(AddrParts {
                        base: Base::Sym(s, align.trailing_zeros().min(4) as u8),
                        index: None,
                        disp: off,
                    })
                } else {
                    let dst = self.tmp();
                    self.emit(Inst::GotAddr { dst, sym: s });
                    Ok(AddrParts {
                        base: Base::Reg(dst),
                        index: None,
                        disp: off,
                    })
                }
            }
            Ok(CVal::Bits(b)) => Ok(AddrParts {
                base: Base::None,
                index: None,
                disp: b as i64,
            }),
            _ => unsupported("a symbolic address this tier does not fold"),
        }
    }

    /// The memory operand for `ptr` plus `extra` bytes, for an access of `1 << shift`
    /// bytes.
    pub(super) fn amode_at(&mut self, ptr: Operand, extra: i64, shift: u8) -> LResult<Amode> {
        let mut a = self.addr(ptr, 0)?;
        a.disp = a.disp.wrapping_add(extra);
        self.amode_of(a, shift)
    }

    pub(super) fn amode(&mut self, ptr: Operand, shift: u8) -> LResult<Amode> {
        self.amode_at(ptr, 0, shift)
    }

    pub(super) fn amode_of(&mut self, a: AddrParts, shift: u8) -> LResult<Amode> {
        if let Some(i) = a.index {
            if (i.shift == 0 || i.shift == shift) && matches!(i.ext, Ext::Uxtx | Ext::Sxtw) {
                // `[base, index, ext #size]`, the displacement folded into the base.
                let base = match (a.base, a.disp) {
                    (Base::Reg(b), 0) => b,
                    (Base::Reg(b), d) => {
                        let t = self.tmp();
                        self.add_const(t, b, d);
                        t
                    }
                    (Base::Frame(obj), off) => {
                        let t = self.tmp();
                        self.emit(Inst::AddrOf {
                            dst: t,
                            addr: Amode::Frame { obj, off },
                        });
                        t
                    }
                    (Base::Sym(sym, _), off) => {
                        let t = self.tmp();
                        self.emit(Inst::AddrOf {
                            dst: t,
                            addr: Amode::Sym {
                                sym,
                                off,
                                lo12: false,
                            },
                        });
                        t
                    }
                    (Base::None, d) => self.imm(d as u64),
                };
                return Ok(Amode::Index {
                    base,
                    index: i.reg,
                    ext: i.ext,
                    scaled: i.shift != 0,
                });
            }
            let base = self.base_reg(&a.base)?;
            let sum = self.add_index(base, i);
            return Ok(Amode::Imm {
                base: sum,
                off: a.disp,
            });
        }
        Ok(match a.base {
            Base::Reg(base) => Amode::Imm { base, off: a.disp },
            Base::Frame(obj) => Amode::Frame { obj, off: a.disp },
            Base::Sym(sym, align) => Amode::Sym {
                sym,
                off: a.disp,
                lo12: align >= shift && a.disp % (1i64 << shift) == 0,
            },
            Base::None => {
                let base = self.imm(a.disp as u64);
                Amode::Imm { base, off: 0 }
            }
        })
    }

    /// `base + index` in a new register.
    pub(super) fn add_index(&mut self, base: Reg, i: Index) -> Reg {
        let sum = self.tmp();
        let rhs = match i.ext {
            Ext::Uxtx => Rhs::Shifted {
                reg: i.reg,
                shift: Shift::Lsl,
                amount: i.shift,
            },
            ext if i.shift <= 4 => Rhs::Extended {
                reg: i.reg,
                ext,
                amount: i.shift,
            },
            _ => {
                let r = self.index_reg(i);
                Rhs::Shifted {
                    reg: r,
                    shift: Shift::Lsl,
                    amount: i.shift,
                }
            }
        };
        self.emit(Inst::alu(AluOp::Add, Size::X, sum, base, rhs));
        sum
    }

    /// The base of an address as a register.
    pub(super) fn base_reg(&mut self, b: &Base) -> LResult<Reg> {
        let addr = match *b {
            Base::Reg(r) => return Ok(r),
            Base::None => return Ok(self.imm(0)),
            Base::Frame(obj) => Amode::Frame { obj, off: 0 },
            Base::Sym(sym, _) => Amode::Sym {
                sym,
                off: 0,
                lo12: false,
            },
        };
        let dst = self.tmp();
        self.emit(Inst::AddrOf { dst, addr });
        Ok(dst)
    }

    /// `dst = address parts` (for `getelementptr` values and symbol constants).
    pub(super) fn addr_into(&mut self, a: AddrParts, dst: Reg) -> LResult {
        let (base, disp) = match (a.base, a.index) {
            (Base::Sym(sym, _), None) => {
                self.emit(Inst::AddrOf {
                    dst,
                    addr: Amode::Sym {
                        sym,
                        off: a.disp,
                        lo12: false,
                    },
                });
                return Ok(());
            }
            (Base::Frame(obj), None) => {
                self.emit(Inst::AddrOf {
                    dst,
                    addr: Amode::Frame { obj, off: a.disp },
                });
                return Ok(());
            }
            (Base::None, None) => {
                self.emit(Inst::Imm {
                    dst,
                    value: a.disp as u64,
                });
                return Ok(());
            }
            (base, Some(i)) if a.disp == 0 => {
                let b = self.base_reg(&base)?;
                let rhs = match i.ext {
                    Ext::Uxtx => Rhs::Shifted {
                        reg: i.reg,
                        shift: Shift::Lsl,
                        amount: i.shift,
                    },
                    ext if i.shift <= 4 => Rhs::Extended {
                        reg: i.reg,
                        ext,
                        amount: i.shift,
                    },
                    _ => {
                        let r = self.index_reg(i);
                        Rhs::Shifted {
                            reg: r,
                            shift: Shift::Lsl,
                            amount: i.shift,
                        }
                    }
                };
                self.emit(Inst::alu(AluOp::Add, Size::X, dst, b, rhs));
                return Ok(());
            }
            (base, Some(i)) => {
                let b = self.base_reg(&base)?;
                (self.add_index(b, i), a.disp)
            }
            (base, None) => (self.base_reg(&base)?, a.disp),
        };
        self.add_const(dst, base, disp);
        Ok(())
    }

    /// `dst = src + k` (64-bit).
    pub(super) fn add_const(&mut self, dst: Reg, src: Reg, k: i64) {
        if k == 0 {
            self.copy(dst, src);
            return;
        }
        let (op, mag) = if k < 0 {
            (AluOp::Sub, k.unsigned_abs())
        } else {
            (AluOp::Add, k as u64)
        };
        match imm12(mag) {
            Some(rhs) => self.emit(Inst::alu(op, Size::X, dst, src, rhs)),
            None if mag < (1 << 24) => {
                let mid = self.tmp();
                self.emit(Inst::alu(
                    op,
                    Size::X,
                    mid,
                    src,
                    Rhs::Imm12 {
                        imm: (mag >> 12) as u16,
                        lsl12: true,
                    },
                ));
                self.emit(Inst::alu(
                    op,
                    Size::X,
                    dst,
                    mid,
                    Rhs::Imm12 {
                        imm: (mag & 0xfff) as u16,
                        lsl12: false,
                    },
                ));
            }
            None => {
                let r = self.imm(k as u64);
                self.emit(Inst::alu(AluOp::Add, Size::X, dst, src, Rhs::Reg(r)));
            }
        }
    }

    /// Loads value `v` (every leaf of it) from `ptr`.
    pub(super) fn load_value(&mut self, ptr: Operand, v: Value) -> LResult {
        let ty = self.ctx.value_ty(v);
        let Some(leaves) = self.ctx.leaves(ty) else {
            return unsupported(format!("loads of {}", self.ctx.m.types.display(ty)));
        };
        let dsts = self.ctx.value_regs(v)?.to_vec();
        for (leaf, dst) in leaves.iter().zip(dsts) {
            self.load_leaf(ptr, i64::from(leaf.offset), dst, leaf.ty)?;
        }
        Ok(())
    }

    /// Loads one scalar of type `ty` from `ptr + off`.
    fn load_leaf(&mut self, ptr: Operand, off: i64, dst: Reg, ty: Type) -> LResult {
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let k = LdSt::float(double, true);
            let addr = self.amode_at(ptr, off, k.shift)?;
            self.emit(Inst::Load { k, dst, addr });
            return Ok(());
        }
        let bits = self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) {
            return unsupported(format!("loads of {bytes} bytes"));
        }
        let shift = bytes.trailing_zeros() as u8;
        let k = LdSt::int(shift, true, false, false);
        let addr = self.amode_at(ptr, off, shift)?;
        let odd = bits != (bytes * 8) as u32 && bits != 1;
        let raw = if odd { self.tmp() } else { dst };
        self.emit(Inst::Load { k, dst: raw, addr });
        if odd {
            self.zext_into(dst, raw, bits);
        }
        Ok(())
    }

    /// Stores `value` (every leaf of it) to `ptr`.
    pub(super) fn store(&mut self, value: Operand, ptr: Operand) -> LResult {
        let ty = self.ctx.ty(value);
        let Some(leaves) = self.ctx.leaves(ty) else {
            return unsupported(format!("stores of {}", self.ctx.m.types.display(ty)));
        };
        if leaves.len() == 1 {
            return self.store_leaf(Some(value), None, ptr, 0, ty);
        }
        let srcs = self.put_regs(value)?;
        for (leaf, src) in leaves.iter().zip(srcs) {
            self.store_leaf(None, Some(src), ptr, i64::from(leaf.offset), leaf.ty)?;
        }
        Ok(())
    }

    /// Stores the scalar `value` (or the register `reg`) of type `ty` to `ptr + off`; zero
    /// constants are stored from `xzr`.
    fn store_leaf(
        &mut self,
        value: Option<Operand>,
        reg: Option<Reg>,
        ptr: Operand,
        off: i64,
        ty: Type,
    ) -> LResult {
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let k = LdSt::float(double, false);
            let (k, src) = match (value, reg) {
                (Some(v), _) if self.const_float(v, double) == Some(0) => {
                    (LdSt::int(k.shift, false, false, false), None)
                }
                (Some(v), _) => (k, Some(self.put(v)?)),
                (None, r) => (k, r),
            };
            let addr = self.amode_at(ptr, off, k.shift)?;
            self.emit(Inst::Store { k, src, addr });
            return Ok(());
        }
        self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) {
            return unsupported(format!("stores of {bytes} bytes"));
        }
        let shift = bytes.trailing_zeros() as u8;
        let src = match value {
            Some(v) => self.put_z(v)?,
            None => reg,
        };
        let addr = self.amode_at(ptr, off, shift)?;
        self.emit(Inst::Store {
            k: LdSt::int(shift, false, false, false),
            src,
            addr,
        });
        Ok(())
    }

    pub(super) fn gep_value(&mut self, inst: IrInst, dst: Reg) -> LResult {
        let InstKind::Gep {
            source_ty,
            base,
            indices,
            ..
        } = &self.ctx.body.insts[inst].kind
        else {
            unreachable!("gep_value on a gep");
        };
        let Some(t) = self.ctx.gep_terms(*source_ty, indices) else {
            return unsupported("getelementptr with vector or variable struct indices");
        };
        // The address of the first part (base, at most one index) as an addressing-mode
        // computation, then the other indices added one by one.
        let mut a = self.addr(*base, 1)?;
        a.disp = a.disp.wrapping_add(t.disp);
        let mut rest = t.vars.as_slice();
        if a.index.is_none()
            && let Some(&(idx, scale, bits)) = rest.first()
            && let Some((i, k)) = self.index_of(idx, scale, bits)?
        {
            a.index = Some(i);
            a.disp = a.disp.wrapping_add(k);
            rest = &rest[1..];
        }
        if rest.is_empty() {
            return self.addr_into(a, dst);
        }
        let acc0 = self.tmp();
        self.addr_into(a, acc0)?;
        let mut acc = acc0;
        for (n, &(idx, scale, bits)) in rest.iter().enumerate() {
            let next = if n + 1 == rest.len() { dst } else { self.tmp() };
            // Offsets peeled off the index are added as plain numbers.
            let (i, k) = match self.index_of(idx, scale, bits)? {
                Some((i, k)) => (Some(i), k),
                None => (None, 0),
            };
            let sum = match i {
                Some(i) => self.add_index(acc, i),
                None => {
                    let (i, k) = self.index_of(idx, 1, bits)?.expect("scale 1");
                    let t = self.tmp();
                    self.scaled_sum(t, acc, i, scale);
                    let u = self.tmp();
                    self.add_const(u, t, k.wrapping_mul(scale));
                    u
                }
            };
            self.add_const(next, sum, k);
            acc = next;
        }
        Ok(())
    }
}
