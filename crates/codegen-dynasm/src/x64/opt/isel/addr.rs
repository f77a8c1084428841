//! addr

use super::*;

impl Isel<'_, '_> {
    /// How many index registers the address of `ptr` would use if folded (0 or 1, or 2
    /// for "cannot fold"): a side-effect-free dry run of [`Self::addr`].
    pub(super) fn index_count(&self, ptr: Operand, depth: u32) -> u32 {
        let ptr = self.ctx.resolve(ptr);
        let Operand::Value(v) = ptr else { return 0 };
        if self.object_of[v].is_some() {
            return 0;
        }
        if depth >= 3 {
            return 0;
        }
        let Some(p) = self.ctx.same_block_producer(ptr) else {
            return 0;
        };
        let InstKind::Gep {
            source_ty,
            base,
            indices,
            ..
        } = &self.ctx.body.insts[p].kind
        else {
            return 0;
        };
        let Some(t) = self.ctx.gep_terms(*source_ty, indices) else {
            return 0;
        };
        match t.vars.as_slice() {
            [] => self.index_count(*base, depth + 1),
            [(_, scale, bits)]
                if matches!(scale, 1 | 2 | 4 | 8)
                    && *bits <= 64
                    && self.index_count(*base, depth + 1) == 0 =>
            {
                1
            }
            _ => 0,
        }
    }

    /// The load that produces `op` (after aliases) when it can be folded into the current
    /// instruction as a memory operand of exactly `ty`.
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
            && let Some(p) = self.ctx.same_block_producer(ptr)
            && let InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } = &self.ctx.body.insts[p].kind
            && let Some(t) = self.ctx.gep_terms(*source_ty, indices)
        {
            let base = *base;
            match t.vars.as_slice() {
                [] => {
                    let mut a = self.addr(base, depth + 1)?;
                    a.disp = a.disp.wrapping_add(t.disp);
                    return Ok(a);
                }
                &[(idx, scale, bits)]
                    if matches!(scale, 1 | 2 | 4 | 8)
                        && bits <= 64
                        && self.index_count(base, depth + 1) == 0 =>
                {
                    let mut a = self.addr(base, depth + 1)?;
                    let r = self.put(idx)?;
                    let r = self.sext64(r, bits);
                    a.index = Some((r, scale.trailing_zeros() as u8));
                    a.disp = a.disp.wrapping_add(t.disp);
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

    pub(super) fn const_addr(&mut self, c: Const) -> LResult<AddrParts> {
        match eval(self.ctx.m, self.ctx.dl, c) {
            Ok(CVal::Sym(r, off)) => {
                let Some(s) = self.syms.of(self.ctx.m, r) else {
                    return unsupported("the address of an intrinsic");
                };
                if self.syms.is_defined(s) {
                    Ok(AddrParts {
                        base: Base::Sym(s),
                        index: None,
                        disp: off,
                    })
                } else {
                    let dst = self.tmp();
                    self.emit(Inst::GotAddr {
                        dst,
                        sym: s,
                        disp: 0,
                    });
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

    /// The memory operand for `ptr` plus `extra` bytes.
    pub(super) fn amode_at(&mut self, ptr: Operand, extra: i64) -> LResult<Amode> {
        let mut a = self.addr(ptr, 0)?;
        a.disp = a.disp.wrapping_add(extra);
        self.amode_of(a)
    }

    pub(super) fn amode(&mut self, ptr: Operand) -> LResult<Amode> {
        self.amode_at(ptr, 0)
    }

    pub(super) fn amode_of(&mut self, mut a: AddrParts) -> LResult<Amode> {
        if i32::try_from(a.disp).is_err() {
            // Fold the displacement into the base register.
            let base = self.base_reg(&a.base)?;
            let k = self.tmp();
            self.emit(Inst::Imm {
                dst: k,
                value: a.disp as u64,
            });
            let sum = self.tmp();
            self.emit(Inst::Alu {
                op: AluOp::Add,
                size: Size::Q,
                dst: sum,
                lhs: base,
                rhs: Rmi::Reg(k),
            });
            a = AddrParts {
                base: Base::Reg(sum),
                index: a.index,
                disp: 0,
            };
        }
        let disp = a.disp as i32;
        Ok(match (a.base, a.index) {
            (Base::Frame(obj), index) => Amode::Frame { obj, index, disp },
            (Base::Reg(base), None) => Amode::Base { base, disp },
            (Base::Reg(base), Some((index, shift))) => Amode::Index {
                base,
                index,
                shift,
                disp,
            },
            (Base::Sym(sym), index) => Amode::Sym { sym, index, disp },
            (base @ Base::None, index) => {
                let base = self.base_reg(&base)?;
                match index {
                    Some((index, shift)) => Amode::Index {
                        base,
                        index,
                        shift,
                        disp,
                    },
                    None => Amode::Base { base, disp },
                }
            }
        })
    }

    pub(super) fn base_reg(&mut self, b: &Base) -> LResult<Reg> {
        let dst = self.tmp();
        match *b {
            Base::None => self.emit(Inst::Imm { dst, value: 0 }),
            Base::Reg(r) => return Ok(r),
            Base::Frame(obj) => self.emit(Inst::Lea {
                size: Size::Q,
                dst,
                addr: Amode::Frame {
                    obj,
                    index: None,
                    disp: 0,
                },
            }),
            Base::Sym(sym) => self.emit(Inst::Lea {
                size: Size::Q,
                dst,
                addr: Amode::Sym {
                    sym,
                    index: None,
                    disp: 0,
                },
            }),
        }
        Ok(dst)
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
            let addr = self.amode_at(ptr, off)?;
            self.emit(Inst::FLoad { double, dst, addr });
            return Ok(());
        }
        let bits = self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) {
            return unsupported(format!("loads of {bytes} bytes"));
        }
        let addr = self.amode_at(ptr, off)?;
        let odd = bits != (bytes * 8) as u32 && bits != 1;
        let raw = if odd { self.tmp() } else { dst };
        self.emit(Inst::Load {
            bytes: bytes as u8,
            signed: false,
            dst: raw,
            addr,
        });
        if odd {
            self.emit(Inst::Ext {
                signed: false,
                from: bits as u8,
                dst,
                src: raw,
            });
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
            return self.store_leaf(value, ptr, 0, ty);
        }
        let srcs = self.put_regs(value)?;
        for (leaf, src) in leaves.iter().zip(srcs) {
            let addr = self.amode_at(ptr, i64::from(leaf.offset))?;
            if leaf.class == RegClass::Float {
                let double = self.is_double(leaf.ty)?;
                self.emit(Inst::FStore { double, src, addr });
            } else {
                let bytes = self.ctx.dl.store_size(&self.ctx.m.types, leaf.ty);
                if !matches!(bytes, 1 | 2 | 4 | 8) {
                    return unsupported(format!("stores of {bytes} bytes"));
                }
                self.emit(Inst::Store {
                    bytes: bytes as u8,
                    src: Rmi::Reg(src),
                    addr,
                });
            }
        }
        Ok(())
    }

    /// Stores the scalar `value` of type `ty` to `ptr + off` (immediates folded).
    fn store_leaf(&mut self, value: Operand, ptr: Operand, off: i64, ty: Type) -> LResult {
        let value = self.ctx.resolve(value);
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let src = self.put(value)?;
            let addr = self.amode_at(ptr, off)?;
            self.emit(Inst::FStore { double, src, addr });
            return Ok(());
        }
        self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) {
            return unsupported(format!("stores of {bytes} bytes"));
        }
        let src = match self.const_bits(value) {
            Some(k) if bytes < 8 || i32::try_from(k as i64).is_ok() => Rmi::Imm(k as i32),
            _ => Rmi::Reg(self.put(value)?),
        };
        let addr = self.amode_at(ptr, off)?;
        self.emit(Inst::Store {
            bytes: bytes as u8,
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
        let result = self.ctx.body.insts[inst].result.expect("gep result");
        let one_mode = match t.vars.as_slice() {
            [] => true,
            [(_, scale, _)] => matches!(scale, 1 | 2 | 4 | 8) && self.index_count(*base, 1) == 0,
            _ => false,
        };
        if one_mode {
            let addr = self.amode(Operand::Value(result))?;
            self.emit(Inst::Lea {
                size: Size::Q,
                dst,
                addr,
            });
            return Ok(());
        }
        // General: base + disp + Σ index × scale.
        let mut acc = self.put(*base)?;
        for &(idx, scale, bits) in &t.vars {
            let r = self.put(idx)?;
            let r = self.sext64(r, bits);
            let term = if (scale as u64).is_power_of_two() && scale <= 8 {
                None
            } else {
                let t = self.tmp();
                match i32::try_from(scale) {
                    Ok(k) => self.emit(Inst::ImulImm {
                        size: Size::Q,
                        dst: t,
                        src: r,
                        imm: k,
                    }),
                    Err(_) => {
                        let k = self.tmp();
                        self.emit(Inst::Imm {
                            dst: k,
                            value: scale as u64,
                        });
                        self.emit(Inst::Imul {
                            size: Size::Q,
                            dst: t,
                            lhs: r,
                            rhs: Rmi::Reg(k),
                        });
                    }
                }
                Some(t)
            };
            let next = self.tmp();
            let (index, shift) = match term {
                Some(t) => (t, 0),
                None => (r, scale.trailing_zeros() as u8),
            };
            self.emit(Inst::Lea {
                size: Size::Q,
                dst: next,
                addr: Amode::Index {
                    base: acc,
                    index,
                    shift,
                    disp: 0,
                },
            });
            acc = next;
        }
        let addr = self.amode_of(AddrParts {
            base: Base::Reg(acc),
            index: None,
            disp: t.disp,
        })?;
        self.emit(Inst::Lea {
            size: Size::Q,
            dst,
            addr,
        });
        Ok(())
    }
}
