//! x86-64 instruction selection for the optimizing tier: IR instructions to [`Inst`]s over
//! virtual registers (see [`crate::machinst`] for the driver and its folding rules).
//!
//! What it folds: compares into branches, `cmov` and `setcc`; `getelementptr` chains,
//! static allocas and globals into addressing modes (`[base + index * scale + disp]`);
//! single-use loads into the right operand of ALU, compare and SSE instructions and into
//! sign-extensions; immediates into every instruction that takes one; additions and
//! multiplications by 3, 5, 9 into `lea`; divisions by powers of two into shifts.
//!
//! What it leaves to tier 0 (the whole function, see [`crate::machinst`]): values other
//! than integers up to 64 bits, pointers, `float` and `double` (aggregates, vectors,
//! `i128`, `x86_fp80`, `fp128`); variadic definitions; `byval` parameters and arguments;
//! aggregate returns; calls of `returns_twice` functions; atomics; inline asm; `va_arg`;
//! `indirectbr`/`blockaddress`; overflow and saturating intrinsics; `stacksave`.

use std::collections::HashMap;

use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    BinaryOp, CallArg, CastOp, Const, ConstKind, FloatPredicate, FnAttrs, GlobalRef,
    Inst as IrInst, InstKind, IntPredicate, Intrinsic, Operand, ParamAttrs, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;
use regalloc2::{PReg, PRegSet, RegClass};

use super::inst::{
    AluOp, Amode, BitCountOp, Callee, Cond, FOp, Inst, Rmi, ShiftOp, Size, UnOp, gpr, xmm,
};
use crate::machinst::blockorder::LBlock;
use crate::machinst::lower::{LResult, LowerIsa, gep_terms, unsupported};
use crate::machinst::{Lower, Reg};
use crate::objbuild::SymbolTable;
use crate::x64::abi::{ArgLoc, RetLoc, classify_ret, layout_args};
use crate::x64::consts::{CVal, eval};
use crate::x64::emit::{Cc, GP_ARGS};

/// The registers a call may destroy: every caller-saved register of System V.
pub fn caller_saved() -> PRegSet {
    let mut s = PRegSet::empty();
    for r in [0u8, 1, 2, 6, 7, 8, 9, 10, 11] {
        s.add(gpr(r));
    }
    for x in 0..16 {
        s.add(xmm(x));
    }
    s
}

/// Instruction selection state of one function.
pub struct Isel<'a, 'b> {
    /// The shared lowering state.
    pub ctx: Lower<'a, Inst>,
    syms: &'b mut SymbolTable,
    /// Constant pool entries (16 bytes each, 16-byte aligned after the code).
    pub pool: Vec<u128>,
    pool_index: HashMap<u128, u32>,
    /// Frame objects: (size, alignment).
    pub objects: Vec<(u32, u32)>,
    object_of: SecondaryMap<Value, Option<u32>>,
    /// Bytes of outgoing stack arguments needed by the largest call.
    pub outgoing: u32,
}

fn size_for(bits: u32) -> Size {
    if bits <= 32 { Size::L } else { Size::Q }
}

fn swap_pred(p: IntPredicate) -> IntPredicate {
    use IntPredicate::*;
    match p {
        Eq => Eq,
        Ne => Ne,
        Ugt => Ult,
        Uge => Ule,
        Ult => Ugt,
        Ule => Uge,
        Sgt => Slt,
        Sge => Sle,
        Slt => Sgt,
        Sle => Sge,
    }
}

fn is_signed(p: IntPredicate) -> bool {
    use IntPredicate::*;
    matches!(p, Sgt | Sge | Slt | Sle)
}

fn int_cc(p: IntPredicate) -> Cc {
    use IntPredicate::*;
    match p {
        Eq => Cc::E,
        Ne => Cc::Ne,
        Ugt => Cc::A,
        Uge => Cc::Ae,
        Ult => Cc::B,
        Ule => Cc::Be,
        Sgt => Cc::G,
        Sge => Cc::Ge,
        Slt => Cc::L,
        Sle => Cc::Le,
    }
}

/// An address being assembled from `getelementptr` chains.
struct AddrParts {
    base: Base,
    index: Option<(Reg, u8)>,
    disp: i64,
}

enum Base {
    None,
    Reg(Reg),
    Frame(u32),
    Sym(SymbolIndex),
}

impl<'a, 'b> Isel<'a, 'b> {
    /// Prepares selection for the function of `ctx`; `Err` when the function uses
    /// something this tier leaves to tier 0.
    pub fn new(ctx: Lower<'a, Inst>, syms: &'b mut SymbolTable) -> LResult<Self> {
        let m = ctx.m;
        let func = ctx.func;
        let body = ctx.body;
        let Some((_, _, varargs)) = m.types.function_sig(func.ty) else {
            return unsupported("function type");
        };
        if varargs {
            return unsupported("variadic definitions");
        }
        if func.attrs.has(FnAttrs::NAKED) {
            return unsupported("naked functions");
        }
        if func
            .param_attrs
            .iter()
            .any(|a| a.byval.is_some() || a.has(ParamAttrs::INREG))
        {
            return unsupported("byval or inreg parameters");
        }
        let mut isel = Isel {
            ctx,
            syms,
            pool: Vec::new(),
            pool_index: HashMap::new(),
            objects: Vec::new(),
            object_of: SecondaryMap::default(),
            outgoing: 0,
        };
        // Static allocas of the entry block are frame objects.
        let entry = body.entry();
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                let data = &body.insts[i];
                if let InstKind::Call { callee, .. } = &data.kind
                    && let Operand::Const(c) = callee
                    && let Some(GlobalRef::Function(f)) = m.strip_to_global(*c)
                    && m.functions[f].attrs.has(FnAttrs::RETURNS_TWICE)
                {
                    return unsupported("calls of returns_twice functions (setjmp)");
                }
                if let InstKind::Alloca { ty, count, align } = &data.kind
                    && Some(b) == entry
                    && let Operand::Const(c) = count
                    && let ConstKind::Int(n) = m.const_data(*c).kind
                {
                    let align = if *align == 0 {
                        isel.ctx.dl.abi_align(&m.types, *ty)
                    } else {
                        u64::from(*align)
                    };
                    let size = isel
                        .ctx
                        .dl
                        .alloc_size(&m.types, *ty)
                        .saturating_mul(n as u64);
                    if align <= 16 && size < (1 << 30) {
                        let v = data.result.expect("alloca has a result");
                        isel.object_of[v] = Some(isel.objects.len() as u32);
                        isel.objects.push((size as u32, align as u32));
                    }
                }
            }
        }
        Ok(isel)
    }

    fn bits(&self, ty: Type) -> LResult<u32> {
        match self.ctx.type_data(ty) {
            TypeData::Int(b) if *b <= 64 => Ok(*b),
            TypeData::Ptr(_) => Ok(64),
            _ => unsupported(format!("type {}", self.ctx.m.types.display(ty))),
        }
    }

    fn is_double(&self, ty: Type) -> LResult<bool> {
        match self.ctx.type_data(ty) {
            TypeData::Double => Ok(true),
            TypeData::Float => Ok(false),
            _ => unsupported(format!("type {}", self.ctx.m.types.display(ty))),
        }
    }

    fn emit(&mut self, i: Inst) {
        self.ctx.emit(i);
    }

    fn tmp(&mut self) -> Reg {
        self.ctx.new_reg(RegClass::Int)
    }

    fn ftmp(&mut self) -> Reg {
        self.ctx.new_reg(RegClass::Float)
    }

    fn result(&mut self, inst: IrInst) -> LResult<Reg> {
        let Some(v) = self.ctx.body.insts[inst].result else {
            return unsupported("an instruction without a result");
        };
        self.ctx.value_reg(v)
    }

    // ------------------------------------------------------------------ operands

    /// The integer bits of a constant operand (after aliases), zero-extended.
    fn const_bits(&self, op: Operand) -> Option<u64> {
        let Operand::Const(c) = self.ctx.resolve(op) else {
            return None;
        };
        match &self.ctx.m.const_data(c).kind {
            ConstKind::Int(v) => Some(*v as u64),
            ConstKind::Null | ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Some(0),
            _ => None,
        }
    }

    /// The operand as an immediate for an operation of `size` (sign-extended imm32).
    fn imm32(&self, op: Operand, size: Size) -> Option<i32> {
        let v = self.const_bits(op)?;
        match size {
            Size::L => Some(v as u32 as i32),
            Size::Q => i32::try_from(v as i64).ok(),
        }
    }

    /// A register holding `op` (a constant is materialised here).
    fn put(&mut self, op: Operand) -> LResult<Reg> {
        match self.ctx.resolve(op) {
            Operand::Value(v) => self.ctx.use_reg(v),
            Operand::Const(c) => {
                let ty = self.ctx.m.const_data(c).ty;
                let regs = self.materialize(c, ty)?;
                Ok(regs[0])
            }
        }
    }

    /// `op` as the right operand of an integer operation of `size` whose natural width is
    /// `bits`: an immediate, a folded load of exactly that width, or a register.
    fn rmi(&mut self, op: Operand, size: Size, bits: u32) -> LResult<Rmi> {
        if let Some(k) = self.imm32(op, size) {
            return Ok(Rmi::Imm(k));
        }
        let want = match bits {
            32 => Some(Type::I32),
            64 => Some(Type::I64),
            _ => None,
        };
        if let Some(ty) = want
            && let Some(ptr) = self.foldable_load_of(op, ty).or_else(|| {
                (bits == 64)
                    .then(|| self.foldable_load_of(op, Type::PTR))
                    .flatten()
            })
        {
            return Ok(Rmi::Mem(self.amode(ptr)?));
        }
        Ok(Rmi::Reg(self.put(op)?))
    }

    /// `op` as the right operand of an SSE instruction: a folded load, a pool constant or a
    /// register.
    fn frm(&mut self, op: Operand, double: bool) -> LResult<Rmi> {
        let op = self.ctx.resolve(op);
        if let Operand::Const(c) = op
            && let ConstKind::Float(bits) = self.ctx.m.const_data(c).kind
        {
            let pattern = if double {
                u128::from(bits)
            } else {
                u128::from((f64::from_bits(bits) as f32).to_bits())
            };
            return Ok(Rmi::Mem(self.pool_entry(pattern)));
        }
        let ty = if double { Type::F64 } else { Type::F32 };
        if let Some(ptr) = self.foldable_load_of(op, ty) {
            return Ok(Rmi::Mem(self.amode(ptr)?));
        }
        Ok(Rmi::Reg(self.put(op)?))
    }

    fn pool_entry(&mut self, bits: u128) -> Amode {
        let idx = *self.pool_index.entry(bits).or_insert_with(|| {
            self.pool.push(bits);
            self.pool.len() as u32 - 1
        });
        Amode::Pool { idx }
    }

    /// Zero-extends the low `bits` of `src` into a new register (the width invariant).
    fn zext(&mut self, src: Reg, bits: u32) -> Reg {
        if bits >= 64 {
            return src;
        }
        let dst = self.tmp();
        self.emit(Inst::Ext {
            signed: false,
            from: bits as u8,
            dst,
            src,
        });
        dst
    }

    /// Sign-extends the low `bits` of `src` to 64 bits into a new register.
    fn sext64(&mut self, src: Reg, bits: u32) -> Reg {
        if bits >= 64 {
            return src;
        }
        let dst = self.tmp();
        self.emit(Inst::Ext {
            signed: true,
            from: bits as u8,
            dst,
            src,
        });
        dst
    }

    /// `op` sign-extended to 64 bits when it is narrower than 32 or 64 bits wide (so signed
    /// operations can work on a full register); also returns the width to operate at.
    fn signed_operand(&mut self, op: Operand, bits: u32) -> LResult<(Reg, Size)> {
        let r = self.put(op)?;
        Ok(match bits {
            32 => (r, Size::L),
            64 => (r, Size::Q),
            _ => (self.sext64(r, bits), Size::Q),
        })
    }

    // ------------------------------------------------------------------ addresses

    /// How many index registers the address of `ptr` would use if folded (0 or 1, or 2
    /// for "cannot fold"): a side-effect-free dry run of [`Self::addr`].
    fn index_count(&self, ptr: Operand, depth: u32) -> u32 {
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
        let Some(t) = self.terms(*source_ty, indices) else {
            return 0;
        };
        match t.vars.as_slice() {
            [] => self.index_count(*base, depth + 1),
            [(_, scale, bits)] if matches!(scale, 1 | 2 | 4 | 8) && *bits <= 64 => {
                if self.index_count(*base, depth + 1) == 0 {
                    1
                } else {
                    0
                }
            }
            _ => 0,
        }
    }

    /// The terms of a `getelementptr`. Indices keep their own types (an index that is a
    /// `zext` alias must still count as 64 bits wide: it is not sign-extended).
    fn terms(
        &self,
        source_ty: Type,
        indices: &[Operand],
    ) -> Option<crate::machinst::lower::GepTerms> {
        gep_terms(self.ctx.m, self.ctx.dl, source_ty, indices, |op| {
            self.ctx.ty(op)
        })
    }

    /// The load that produces `op` (after aliases) when it can be folded into the current
    /// instruction as a memory operand of exactly `ty`.
    fn foldable_load_of(&self, op: Operand, ty: Type) -> Option<Operand> {
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
    fn addr(&mut self, ptr: Operand, depth: u32) -> LResult<AddrParts> {
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
            && let Some(t) = self.terms(*source_ty, indices)
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

    fn const_addr(&mut self, c: Const) -> LResult<AddrParts> {
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
    fn amode_at(&mut self, ptr: Operand, extra: i64) -> LResult<Amode> {
        let mut a = self.addr(ptr, 0)?;
        a.disp = a.disp.wrapping_add(extra);
        self.amode_of(a)
    }

    fn amode(&mut self, ptr: Operand) -> LResult<Amode> {
        self.amode_at(ptr, 0)
    }

    fn amode_of(&mut self, mut a: AddrParts) -> LResult<Amode> {
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

    fn base_reg(&mut self, b: &Base) -> LResult<Reg> {
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

    // ------------------------------------------------------------------ compares

    fn icmp_cond(&mut self, pred: IntPredicate, lhs: Operand, rhs: Operand) -> LResult<Cond> {
        let bits = self.bits(self.ctx.ty(lhs))?;
        let (mut pred, mut lhs, mut rhs) = (pred, self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        if self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
            std::mem::swap(&mut lhs, &mut rhs);
            pred = swap_pred(pred);
        }
        let cc = int_cc(pred);
        if is_signed(pred) && bits != 32 && bits != 64 {
            let l = self.put(lhs)?;
            let l = self.sext64(l, bits);
            let rhs = match self.const_bits(rhs) {
                Some(k) => {
                    let sh = 64 - bits;
                    let k = ((k << sh) as i64) >> sh;
                    match i32::try_from(k) {
                        Ok(k) => Rmi::Imm(k),
                        Err(_) => Rmi::Reg(self.put(rhs)?),
                    }
                }
                None => {
                    let r = self.put(rhs)?;
                    Rmi::Reg(self.sext64(r, bits))
                }
            };
            return Ok(Cond::Int {
                size: Size::Q,
                cc,
                lhs: l,
                rhs,
            });
        }
        let size = size_for(bits);
        if matches!(pred, IntPredicate::Eq | IntPredicate::Ne) && self.const_bits(rhs) == Some(0) {
            let l = self.put(lhs)?;
            return Ok(Cond::Test {
                size,
                cc,
                lhs: l,
                rhs: Rmi::Reg(l),
            });
        }
        let l = self.put(lhs)?;
        let r = self.rmi(rhs, size, bits)?;
        Ok(Cond::Int {
            size,
            cc,
            lhs: l,
            rhs: r,
        })
    }

    /// The compare for `fcmp pred lhs, rhs`; `Err(bool)` when the result is constant.
    fn fcmp_cond(
        &mut self,
        pred: FloatPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Result<Cond, bool>> {
        use FloatPredicate::*;
        let double = self.is_double(self.ctx.ty(lhs))?;
        let (pred, lhs, rhs) = match pred {
            False => return Ok(Err(false)),
            True => return Ok(Err(true)),
            Olt => (Ogt, rhs, lhs),
            Ole => (Oge, rhs, lhs),
            Ugt => (Ult, rhs, lhs),
            Uge => (Ule, rhs, lhs),
            p => (p, lhs, rhs),
        };
        let l = self.put(lhs)?;
        let r = self.put(rhs)?;
        Ok(Ok(Cond::Float {
            double,
            pred,
            lhs: l,
            rhs: r,
        }))
    }

    /// The compare that decides a branch or select on `c`: a same-block `icmp`/`fcmp` is
    /// folded, anything else is tested against zero. `Err(bool)` for a constant.
    fn cond_of(&mut self, c: Operand) -> LResult<Result<Cond, bool>> {
        let c = self.ctx.resolve(c);
        if let Some(k) = self.const_bits(c) {
            return Ok(Err(k & 1 != 0));
        }
        if let Some(p) = self.ctx.same_block_producer(c) {
            match self.ctx.body.insts[p].kind {
                InstKind::ICmp { pred, lhs, rhs } if self.bits(self.ctx.ty(lhs)).is_ok() => {
                    return Ok(Ok(self.icmp_cond(pred, lhs, rhs)?));
                }
                InstKind::FCmp { pred, lhs, rhs, .. } => {
                    return self.fcmp_cond(pred, lhs, rhs);
                }
                _ => {}
            }
        }
        let r = self.put(c)?;
        Ok(Ok(Cond::Test {
            size: Size::L,
            cc: Cc::Ne,
            lhs: r,
            rhs: Rmi::Reg(r),
        }))
    }

    fn setcc(&mut self, cond: Result<Cond, bool>, dst: Reg) {
        match cond {
            Err(k) => self.emit(Inst::Imm {
                dst,
                value: u64::from(k),
            }),
            Ok(cond) => {
                let tmp = matches!(
                    cond,
                    Cond::Float {
                        pred: FloatPredicate::Oeq | FloatPredicate::Une,
                        ..
                    }
                )
                .then(|| self.tmp());
                self.emit(Inst::Setcc { cond, dst, tmp });
            }
        }
    }

    // ------------------------------------------------------------------ arithmetic

    fn binary(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, dst: Reg, ty: Type) -> LResult {
        if op.is_float() {
            return self.float_binary(op, lhs, rhs, dst, ty);
        }
        let bits = self.bits(ty)?;
        let size = size_for(bits);
        // Operations that can set bits above the width need re-extension at odd widths.
        let refix = bits != 32
            && bits != 64
            && matches!(
                op,
                BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Shl
            );
        let out = if refix { self.tmp() } else { dst };
        let (mut lhs, mut rhs) = (self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        let commutative = matches!(
            op,
            BinaryOp::Add | BinaryOp::Mul | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
        );
        if commutative && self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
            std::mem::swap(&mut lhs, &mut rhs);
        }
        match op {
            BinaryOp::Add => {
                if let Some(k) = self.imm32(rhs, size) {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Lea {
                        size,
                        dst: out,
                        addr: Amode::Base { base: a, disp: k },
                    });
                } else if let Some((x, sh)) = self.scaled(rhs) {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Lea {
                        size,
                        dst: out,
                        addr: Amode::Index {
                            base: a,
                            index: x,
                            shift: sh,
                            disp: 0,
                        },
                    });
                } else {
                    let r = self.rmi(rhs, size, bits)?;
                    let a = self.put(lhs)?;
                    match r {
                        Rmi::Reg(b) => self.emit(Inst::Lea {
                            size,
                            dst: out,
                            addr: Amode::Index {
                                base: a,
                                index: b,
                                shift: 0,
                                disp: 0,
                            },
                        }),
                        r => self.emit(Inst::Alu {
                            op: AluOp::Add,
                            size,
                            dst: out,
                            lhs: a,
                            rhs: r,
                        }),
                    }
                }
            }
            BinaryOp::Sub => {
                if self.const_bits(lhs) == Some(0) {
                    let b = self.put(rhs)?;
                    self.emit(Inst::Unary {
                        op: UnOp::Neg,
                        size,
                        dst: out,
                        src: b,
                    });
                } else if let Some(k) = self.imm32(rhs, size)
                    && let Some(nk) = k.checked_neg()
                {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Lea {
                        size,
                        dst: out,
                        addr: Amode::Base { base: a, disp: nk },
                    });
                } else {
                    self.alu(AluOp::Sub, size, bits, lhs, rhs, out)?;
                }
            }
            BinaryOp::Mul => self.mul(size, bits, lhs, rhs, out)?,
            BinaryOp::And => self.alu(AluOp::And, size, bits, lhs, rhs, out)?,
            BinaryOp::Or => self.alu(AluOp::Or, size, bits, lhs, rhs, out)?,
            BinaryOp::Xor => {
                let all = if bits == 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                if self.const_bits(rhs) == Some(all) && (bits == 32 || bits == 64) {
                    let a = self.put(lhs)?;
                    self.emit(Inst::Unary {
                        op: UnOp::Not,
                        size,
                        dst: out,
                        src: a,
                    });
                } else {
                    self.alu(AluOp::Xor, size, bits, lhs, rhs, out)?;
                }
            }
            BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr => {
                self.shift(op, bits, lhs, rhs, out)?
            }
            BinaryOp::UDiv | BinaryOp::URem | BinaryOp::SDiv | BinaryOp::SRem => {
                self.divide(op, bits, lhs, rhs, out)?
            }
            _ => return unsupported(format!("integer `{}`", op.name())),
        }
        if refix {
            self.emit(Inst::Ext {
                signed: false,
                from: bits as u8,
                dst,
                src: out,
            });
        }
        Ok(())
    }

    /// `x << k` or `x * 2^k` (k ≤ 3) in the same block: an index for `lea`.
    fn scaled(&mut self, op: Operand) -> Option<(Reg, u8)> {
        let p = self.ctx.same_block_producer(op)?;
        let InstKind::Binary {
            op: bop, lhs, rhs, ..
        } = self.ctx.body.insts[p].kind
        else {
            return None;
        };
        let bits = self.bits(self.ctx.ty(lhs)).ok()?;
        if bits != 64 && bits != 32 {
            return None;
        }
        let k = self.const_bits(rhs)?;
        let sh = match bop {
            BinaryOp::Shl if (1..=3).contains(&k) => k as u8,
            BinaryOp::Mul if matches!(k, 2 | 4 | 8) => k.trailing_zeros() as u8,
            _ => return None,
        };
        let x = self.put(lhs).ok()?;
        Some((x, sh))
    }

    fn alu(
        &mut self,
        op: AluOp,
        size: Size,
        bits: u32,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        let r = self.rmi(rhs, size, bits)?;
        let a = self.put(lhs)?;
        self.emit(Inst::Alu {
            op,
            size,
            dst,
            lhs: a,
            rhs: r,
        });
        Ok(())
    }

    fn mul(&mut self, size: Size, bits: u32, lhs: Operand, rhs: Operand, dst: Reg) -> LResult {
        if let Some(k) = self.const_bits(rhs) {
            let a = self.put(lhs)?;
            let k = if size == Size::L {
                u64::from(k as u32)
            } else {
                k
            };
            match k {
                0 => self.emit(Inst::Imm { dst, value: 0 }),
                1 => self.emit(Inst::Lea {
                    size,
                    dst,
                    addr: Amode::Base { base: a, disp: 0 },
                }),
                3 | 5 | 9 => self.emit(Inst::Lea {
                    size,
                    dst,
                    addr: Amode::Index {
                        base: a,
                        index: a,
                        shift: (k - 1).trailing_zeros() as u8,
                        disp: 0,
                    },
                }),
                k if k.is_power_of_two() => self.emit(Inst::Shift {
                    op: ShiftOp::Shl,
                    size,
                    dst,
                    src: a,
                    amount: None,
                    imm: k.trailing_zeros() as u8,
                }),
                _ => match self.imm32(rhs, size) {
                    Some(imm) => self.emit(Inst::ImulImm {
                        size,
                        dst,
                        src: a,
                        imm,
                    }),
                    None => {
                        let b = self.put(rhs)?;
                        self.emit(Inst::Imul {
                            size,
                            dst,
                            lhs: a,
                            rhs: Rmi::Reg(b),
                        });
                    }
                },
            }
            return Ok(());
        }
        let r = match self.rmi(rhs, size, bits)? {
            Rmi::Imm(_) => unreachable!("constants handled above"),
            r => r,
        };
        let a = self.put(lhs)?;
        self.emit(Inst::Imul {
            size,
            dst,
            lhs: a,
            rhs: r,
        });
        Ok(())
    }

    fn shift(&mut self, op: BinaryOp, bits: u32, lhs: Operand, rhs: Operand, dst: Reg) -> LResult {
        let sop = match op {
            BinaryOp::Shl => ShiftOp::Shl,
            BinaryOp::LShr => ShiftOp::Shr,
            _ => ShiftOp::Sar,
        };
        // Arithmetic shifts of odd widths work on the sign-extended value, then re-extend.
        let (src, size, fix) = if sop == ShiftOp::Sar {
            let (r, size) = self.signed_operand(lhs, bits)?;
            (r, size, bits != 32 && bits != 64)
        } else {
            (self.put(lhs)?, size_for(bits), false)
        };
        let out = if fix { self.tmp() } else { dst };
        match self.const_bits(rhs) {
            Some(k) => {
                let k = (k as u32) & if size == Size::L { 31 } else { 63 };
                self.emit(Inst::Shift {
                    op: sop,
                    size,
                    dst: out,
                    src,
                    amount: None,
                    imm: k as u8,
                });
            }
            None => {
                let amount = self.put(rhs)?;
                self.emit(Inst::Shift {
                    op: sop,
                    size,
                    dst: out,
                    src,
                    amount: Some(amount),
                    imm: 0,
                });
            }
        }
        if fix {
            self.emit(Inst::Ext {
                signed: false,
                from: bits as u8,
                dst,
                src: out,
            });
        }
        Ok(())
    }

    fn divide(&mut self, op: BinaryOp, bits: u32, lhs: Operand, rhs: Operand, dst: Reg) -> LResult {
        let signed = matches!(op, BinaryOp::SDiv | BinaryOp::SRem);
        let rem = matches!(op, BinaryOp::URem | BinaryOp::SRem);
        // Unsigned division by a power of two is a shift or a mask.
        if !signed
            && let Some(k) = self.const_bits(rhs)
            && k.is_power_of_two()
        {
            let a = self.put(lhs)?;
            let size = size_for(bits);
            if rem {
                let mask = k - 1;
                match i32::try_from(mask) {
                    Ok(m) => self.emit(Inst::Alu {
                        op: AluOp::And,
                        size,
                        dst,
                        lhs: a,
                        rhs: Rmi::Imm(m),
                    }),
                    Err(_) => {
                        let mreg = self.tmp();
                        self.emit(Inst::Imm {
                            dst: mreg,
                            value: mask,
                        });
                        self.emit(Inst::Alu {
                            op: AluOp::And,
                            size,
                            dst,
                            lhs: a,
                            rhs: Rmi::Reg(mreg),
                        });
                    }
                }
            } else {
                self.emit(Inst::Shift {
                    op: ShiftOp::Shr,
                    size,
                    dst,
                    src: a,
                    amount: None,
                    imm: k.trailing_zeros() as u8,
                });
            }
            return Ok(());
        }
        let (a, b, size) = if signed {
            let (a, size) = self.signed_operand(lhs, bits)?;
            let (b, _) = self.signed_operand(rhs, bits)?;
            (a, b, size)
        } else {
            (self.put(lhs)?, self.put(rhs)?, size_for(bits))
        };
        let fix = signed && bits != 32 && bits != 64;
        let out = if fix { self.tmp() } else { dst };
        let tmp = self.tmp();
        self.emit(Inst::Div {
            signed,
            size,
            dividend: a,
            divisor: b,
            dst: out,
            tmp,
            rem,
        });
        if fix {
            self.emit(Inst::Ext {
                signed: false,
                from: bits as u8,
                dst,
                src: out,
            });
        }
        Ok(())
    }

    fn float_binary(
        &mut self,
        op: BinaryOp,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
        ty: Type,
    ) -> LResult {
        let double = self.is_double(ty)?;
        let fop = match op {
            BinaryOp::FAdd => FOp::Add,
            BinaryOp::FSub => FOp::Sub,
            BinaryOp::FMul => FOp::Mul,
            BinaryOp::FDiv => FOp::Div,
            _ => {
                let name = if double { "fmod" } else { "fmodf" };
                return self.libcall(name, &[lhs, rhs], Some((dst, true)));
            }
        };
        let r = self.frm(rhs, double)?;
        let a = self.put(lhs)?;
        self.emit(Inst::FAlu {
            op: fop,
            double,
            dst,
            lhs: a,
            rhs: r,
        });
        Ok(())
    }

    fn fneg(&mut self, arg: Operand, dst: Reg, ty: Type) -> LResult {
        let double = self.is_double(ty)?;
        let mask = if double { 1u128 << 63 } else { 1u128 << 31 };
        let m = self.pool_entry(mask);
        let a = self.put(arg)?;
        self.emit(Inst::FAlu {
            op: FOp::Xor,
            double,
            dst,
            lhs: a,
            rhs: Rmi::Mem(m),
        });
        Ok(())
    }

    // ------------------------------------------------------------------ casts

    fn cast(&mut self, op: CastOp, value: Operand, dst: Reg, to: Type) -> LResult {
        let from = self.ctx.ty(value);
        match op {
            CastOp::Trunc | CastOp::PtrToInt => {
                let tb = self.bits(to)?;
                let s = self.put(value)?;
                if tb >= 64 {
                    self.copy(dst, s);
                } else {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: tb as u8,
                        dst,
                        src: s,
                    });
                }
            }
            CastOp::ZExt | CastOp::IntToPtr => {
                // Already zero-extended (this is reached only when not an alias).
                let s = self.put(value)?;
                self.copy(dst, s);
            }
            CastOp::SExt => {
                let fb = self.bits(from)?;
                let tb = self.bits(to)?;
                let v = self.ctx.resolve(value);
                if matches!(fb, 8 | 16 | 32)
                    && tb >= 32
                    && let Some(ptr) = self.foldable_load_of(value, from)
                {
                    let addr = self.amode(ptr)?;
                    let raw = if tb == 64 { dst } else { self.tmp() };
                    self.emit(Inst::Load {
                        bytes: (fb / 8) as u8,
                        signed: true,
                        dst: raw,
                        addr,
                    });
                    if tb < 64 {
                        self.emit(Inst::Ext {
                            signed: false,
                            from: tb as u8,
                            dst,
                            src: raw,
                        });
                    }
                    return Ok(());
                }
                let s = self.put(v)?;
                if tb == 64 {
                    self.emit(Inst::Ext {
                        signed: true,
                        from: fb as u8,
                        dst,
                        src: s,
                    });
                } else {
                    let wide = self.sext64(s, fb);
                    self.emit(Inst::Ext {
                        signed: false,
                        from: tb as u8,
                        dst,
                        src: wide,
                    });
                }
            }
            CastOp::FPTrunc | CastOp::FPExt => {
                let to_double = self.is_double(to)?;
                self.is_double(from)?;
                let s = self.put(value)?;
                self.emit(Inst::FToF {
                    to_double,
                    dst,
                    src: s,
                });
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let double = self.is_double(from)?;
                let tb = self.bits(to)?;
                if op == CastOp::FPToUI && tb == 64 {
                    return unsupported("fptoui to i64");
                }
                let size = if op == CastOp::FPToSI && tb <= 32 {
                    Size::L
                } else {
                    Size::Q
                };
                let s = self.put(value)?;
                let raw = if tb == 32 && size == Size::L || tb == 64 {
                    dst
                } else {
                    self.tmp()
                };
                self.emit(Inst::FToInt {
                    double,
                    size,
                    dst: raw,
                    src: s,
                });
                if raw != dst {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: tb as u8,
                        dst,
                        src: raw,
                    });
                }
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let double = self.is_double(to)?;
                let fb = self.bits(from)?;
                if op == CastOp::UIToFP && fb == 64 {
                    return unsupported("uitofp from i64");
                }
                let s = self.put(value)?;
                let (src, size) = if op == CastOp::UIToFP {
                    (s, Size::Q)
                } else {
                    match fb {
                        32 => (s, Size::L),
                        64 => (s, Size::Q),
                        _ => (self.sext64(s, fb), Size::Q),
                    }
                };
                self.emit(Inst::IntToF {
                    double,
                    size,
                    dst,
                    src,
                });
            }
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                let s = self.put(value)?;
                let ff = self.ctx.m.types.is_float(from);
                let tf = self.ctx.m.types.is_float(to);
                match (ff, tf) {
                    (false, true) => {
                        let double = self.is_double(to)?;
                        self.emit(Inst::MovToF {
                            double,
                            dst,
                            src: s,
                        });
                    }
                    (true, false) => {
                        let double = self.is_double(from)?;
                        self.emit(Inst::MovFromF {
                            double,
                            dst,
                            src: s,
                        });
                    }
                    _ => self.copy(dst, s),
                }
            }
        }
        Ok(())
    }

    /// `dst = src` for one class.
    fn copy(&mut self, dst: Reg, src: Reg) {
        if src.class() == RegClass::Float {
            self.emit(Inst::FAlu {
                op: FOp::Or,
                double: true,
                dst,
                lhs: src,
                rhs: Rmi::Reg(src),
            });
        } else {
            self.emit(Inst::Lea {
                size: Size::Q,
                dst,
                addr: Amode::Base { base: src, disp: 0 },
            });
        }
    }

    // ------------------------------------------------------------------ memory

    fn load(&mut self, ptr: Operand, dst: Reg, ty: Type) -> LResult {
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let addr = self.amode(ptr)?;
            self.emit(Inst::FLoad { double, dst, addr });
            return Ok(());
        }
        let bits = self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) {
            return unsupported(format!("loads of {bytes} bytes"));
        }
        let addr = self.amode(ptr)?;
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

    fn store(&mut self, value: Operand, ptr: Operand) -> LResult {
        let ty = self.ctx.ty(value);
        let value = self.ctx.resolve(value);
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let src = self.put(value)?;
            let addr = self.amode(ptr)?;
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
        let addr = self.amode(ptr)?;
        self.emit(Inst::Store {
            bytes: bytes as u8,
            src,
            addr,
        });
        Ok(())
    }

    fn gep_value(&mut self, inst: IrInst, dst: Reg) -> LResult {
        let InstKind::Gep {
            source_ty,
            base,
            indices,
            ..
        } = &self.ctx.body.insts[inst].kind
        else {
            unreachable!("gep_value on a gep");
        };
        let Some(t) = self.terms(*source_ty, indices) else {
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

    // ------------------------------------------------------------------ calls

    /// Calls a C function with scalar arguments; `ret` is the destination and whether it is
    /// a float.
    fn libcall(
        &mut self,
        name: &'static str,
        args: &[Operand],
        ret: Option<(Reg, bool)>,
    ) -> LResult {
        let sym = self.syms.external(self.ctx.m, name);
        let mut uses = Vec::new();
        let (mut g, mut x) = (0usize, 0u8);
        for &a in args {
            let r = self.put(a)?;
            if r.class() == RegClass::Float {
                uses.push((r, xmm(x)));
                x += 1;
            } else {
                uses.push((r, gpr(GP_ARGS[g])));
                g += 1;
            }
        }
        let defs: Vec<(Reg, PReg)> = match ret {
            Some((d, true)) => vec![(d, xmm(0))],
            Some((d, false)) => vec![(d, gpr(0))],
            None => Vec::new(),
        };
        self.emit_call(Callee::Sym(sym), uses, defs);
        Ok(())
    }

    fn emit_call(&mut self, callee: Callee, uses: Vec<(Reg, PReg)>, defs: Vec<(Reg, PReg)>) {
        let mut clobbers = caller_saved();
        for (_, p) in &defs {
            clobbers.remove(*p);
        }
        self.emit(Inst::Call {
            callee,
            uses,
            defs,
            clobbers,
        });
    }

    fn call(&mut self, inst: IrInst) -> LResult {
        let InstKind::Call {
            callee,
            fn_ty,
            args,
            ret_attrs,
            ..
        } = &self.ctx.body.insts[inst].kind
        else {
            unreachable!("call on a call");
        };
        let (callee, fn_ty, ret_attrs) = (*callee, *fn_ty, ret_attrs.clone());
        let m = self.ctx.m;
        if let Operand::Const(c) = callee {
            match &m.const_data(c).kind {
                ConstKind::InlineAsm(_) => return unsupported("inline asm"),
                _ => {
                    if let Some(GlobalRef::Function(f)) = m.strip_to_global(c) {
                        if let Some(intr) = m.functions[f].intrinsic {
                            return self.intrinsic(inst, intr, args);
                        }
                        if m.functions[f].name.starts_with("llvm.") {
                            return unsupported(format!("intrinsic `@{}`", m.functions[f].name));
                        }
                    }
                }
            }
        }
        let Some((ret_ty, params, varargs)) = m.types.function_sig(fn_ty) else {
            return unsupported("call type");
        };
        let mut tys: Vec<Type> = params.to_vec();
        for a in args.iter().skip(params.len()) {
            tys.push(self.ctx.ty(a.value));
        }
        if args
            .iter()
            .any(|a| a.attrs.byval.is_some() || a.attrs.has(ParamAttrs::INREG))
        {
            return unsupported("byval or inreg arguments");
        }
        let mut attrs = args.iter().map(|a| Some(&a.attrs));
        let lay = match layout_args(m, self.ctx.dl, &tys, &mut attrs) {
            Ok(l) => l,
            Err(e) => return unsupported(e),
        };
        let retloc = match classify_ret(m, self.ctx.dl, ret_ty) {
            Ok(r) => r,
            Err(e) => return unsupported(e),
        };
        let result = self.ctx.body.insts[inst].result;
        let defs: Vec<(Reg, PReg)> = match (&retloc, result) {
            (RetLoc::Void, _) | (_, None) => Vec::new(),
            (RetLoc::Gp, Some(_)) => {
                self.bits(ret_ty)?;
                vec![(self.tmp(), gpr(0))]
            }
            (RetLoc::Xmm, Some(v)) => {
                self.is_double(ret_ty)?;
                vec![(self.ctx.value_reg(v)?, xmm(0))]
            }
            _ => return unsupported("calls returning aggregates, i128 or long double"),
        };
        // The value operands, in argument order.
        let mut uses = Vec::new();
        let mut stack_stores = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let ty = tys[i];
            let loc = lay.locs[i];
            let reg = match loc {
                ArgLoc::Gp(_) | ArgLoc::Stack(_) if !self.ctx.m.types.is_float(ty) => {
                    let bits = self.bits(ty)?;
                    if a.attrs.has(ParamAttrs::SIGNEXT) && bits < 32 {
                        let r = self.put(a.value)?;
                        let w = self.sext64(r, bits);
                        Some(self.zext(w, 32))
                    } else if let ArgLoc::Stack(_) = loc
                        && let Some(k) = self.imm32(a.value, Size::Q)
                    {
                        stack_stores.push((Rmi::Imm(k), loc, false));
                        None
                    } else {
                        Some(self.put(a.value)?)
                    }
                }
                ArgLoc::Xmm(_) | ArgLoc::Stack(_) => {
                    self.is_double(ty)?;
                    Some(self.put(a.value)?)
                }
                _ => return unsupported("arguments passed as vectors, i128 or long double"),
            };
            match (loc, reg) {
                (ArgLoc::Gp(r), Some(reg)) => uses.push((reg, gpr(GP_ARGS[r as usize]))),
                (ArgLoc::Xmm(x), Some(reg)) => uses.push((reg, xmm(x))),
                (ArgLoc::Stack(_), Some(reg)) => {
                    let float = reg.class() == RegClass::Float;
                    stack_stores.push((Rmi::Reg(reg), loc, float));
                }
                _ => {}
            }
        }
        for (src, loc, float) in stack_stores {
            let ArgLoc::Stack(off) = loc else { continue };
            let addr = Amode::Outgoing { off: off as i32 };
            match src {
                Rmi::Reg(r) if float => self.emit(Inst::FStore {
                    double: true,
                    src: r,
                    addr,
                }),
                src => self.emit(Inst::Store {
                    bytes: 8,
                    src,
                    addr,
                }),
            }
        }
        self.outgoing = self.outgoing.max(lay.stack_size.next_multiple_of(16));
        if varargs {
            let al = self.tmp();
            self.emit(Inst::Imm {
                dst: al,
                value: u64::from(lay.xmm_used),
            });
            uses.push((al, gpr(0)));
        }
        let target = match self.ctx.resolve(callee) {
            Operand::Const(c) => match eval(m, self.ctx.dl, c) {
                Ok(CVal::Sym(r, 0)) => match self.syms.of(m, r) {
                    Some(s) => Callee::Sym(s),
                    None => return unsupported("a call of an intrinsic's address"),
                },
                _ => Callee::Reg(self.put(callee)?),
            },
            Operand::Value(v) => Callee::Reg(self.ctx.use_reg(v)?),
        };
        let narrow_result = match (&retloc, result) {
            (RetLoc::Gp, Some(v)) => Some((v, self.bits(ret_ty)?)),
            _ => None,
        };
        self.emit_call(target, uses, defs.clone());
        if let Some((v, bits)) = narrow_result {
            let raw = defs[0].0;
            let dst = self.ctx.value_reg(v)?;
            let _ = ret_attrs;
            if bits < 64 {
                self.emit(Inst::Ext {
                    signed: false,
                    from: bits as u8,
                    dst,
                    src: raw,
                });
            } else {
                self.copy(dst, raw);
            }
        }
        Ok(())
    }

    fn intrinsic(&mut self, inst: IrInst, intr: Intrinsic, args: &[CallArg]) -> LResult {
        use Intrinsic::*;
        let arg = |i: usize| -> LResult<Operand> {
            match args.get(i) {
                Some(a) => Ok(a.value),
                None => unsupported("intrinsic argument count"),
            }
        };
        let result = self.ctx.body.insts[inst].result;
        match intr {
            LifetimeStart | LifetimeEnd | DbgDeclare | DbgValue | DbgLabel | DbgAssign | Assume
            | NoAliasScopeDecl | SideEffect | Prefetch | InvariantEnd | Annotation
            | VarAnnotation | CodeViewAnnotation => {
                if result.is_some() {
                    return unsupported(format!("a used result of `{}`", intr.base_name()));
                }
                Ok(())
            }
            Trap | DebugTrap | UbsanTrap => {
                self.emit(Inst::Trap);
                Ok(())
            }
            Memcpy | MemcpyInline | Memmove | Memset | MemsetInline => {
                let (d, s, n) = (arg(0)?, arg(1)?, arg(2)?);
                let len = self.const_bits(n);
                if let Some(len) = len
                    && len <= 64
                {
                    return if matches!(intr, Memset | MemsetInline) {
                        self.inline_memset(d, s, len)
                    } else {
                        self.inline_memcpy(d, s, len)
                    };
                }
                let name = match intr {
                    Memcpy | MemcpyInline => "memcpy",
                    Memmove => "memmove",
                    _ => "memset",
                };
                self.libcall(name, &[d, s, n], None)
            }
            _ => {
                let Some(v) = result else {
                    return unsupported(format!(
                        "intrinsic `{}` without a result",
                        intr.base_name()
                    ));
                };
                let dst = self.ctx.value_reg(v)?;
                let ty = self.ctx.value_ty(v);
                self.value_intrinsic(intr, args, dst, ty)
            }
        }
    }

    fn inline_memcpy(&mut self, d: Operand, s: Operand, len: u64) -> LResult {
        let mut done = 0u64;
        // Loads first (into temporaries), then stores: correct for overlapping memmove too.
        let mut pieces = Vec::new();
        while done < len {
            let piece = [8u64, 4, 2, 1]
                .into_iter()
                .find(|&p| p <= len - done)
                .expect("1 fits");
            let t = self.tmp();
            let addr = self.amode_at(s, done as i64)?;
            self.emit(Inst::Load {
                bytes: piece as u8,
                signed: false,
                dst: t,
                addr,
            });
            pieces.push((t, done, piece));
            done += piece;
        }
        for (t, off, piece) in pieces {
            let addr = self.amode_at(d, off as i64)?;
            self.emit(Inst::Store {
                bytes: piece as u8,
                src: Rmi::Reg(t),
                addr,
            });
        }
        Ok(())
    }

    fn inline_memset(&mut self, d: Operand, val: Operand, len: u64) -> LResult {
        let byte = match self.const_bits(val) {
            Some(b) => Some(b & 0xff),
            None => None,
        };
        let wide = match byte {
            Some(b) => {
                let pattern = b.wrapping_mul(0x0101_0101_0101_0101);
                if i32::try_from(pattern as i64).is_ok() {
                    Rmi::Imm(pattern as i32)
                } else {
                    let r = self.tmp();
                    self.emit(Inst::Imm {
                        dst: r,
                        value: pattern,
                    });
                    Rmi::Reg(r)
                }
            }
            None => {
                let b = self.put(val)?;
                let k = self.tmp();
                self.emit(Inst::Imm {
                    dst: k,
                    value: 0x0101_0101_0101_0101,
                });
                let b8 = self.zext(b, 8);
                let r = self.tmp();
                self.emit(Inst::Imul {
                    size: Size::Q,
                    dst: r,
                    lhs: b8,
                    rhs: Rmi::Reg(k),
                });
                Rmi::Reg(r)
            }
        };
        let mut done = 0u64;
        while done < len {
            let piece = [8u64, 4, 2, 1]
                .into_iter()
                .find(|&p| p <= len - done)
                .expect("1 fits");
            let addr = self.amode_at(d, done as i64)?;
            let src = match &wide {
                Rmi::Imm(k) => Rmi::Imm(*k),
                other => other.clone(),
            };
            self.emit(Inst::Store {
                bytes: piece as u8,
                src,
                addr,
            });
            done += piece;
        }
        Ok(())
    }

    fn value_intrinsic(
        &mut self,
        intr: Intrinsic,
        args: &[CallArg],
        dst: Reg,
        ty: Type,
    ) -> LResult {
        use Intrinsic::*;
        let arg = |i: usize| -> LResult<Operand> {
            match args.get(i) {
                Some(a) => Ok(a.value),
                None => unsupported("intrinsic argument count"),
            }
        };
        match intr {
            Smax | Smin | Umax | Umin => {
                let bits = self.bits(ty)?;
                let (a, b) = (arg(0)?, arg(1)?);
                let pred = match intr {
                    Smax => IntPredicate::Sgt,
                    Smin => IntPredicate::Slt,
                    Umax => IntPredicate::Ugt,
                    _ => IntPredicate::Ult,
                };
                let _ = bits;
                let cond = self.icmp_cond(pred, a, b)?;
                let (ra, rb) = (self.put(a)?, self.put(b)?);
                self.emit(Inst::Cmov {
                    cond,
                    dst,
                    if_false: rb,
                    if_true: ra,
                });
                Ok(())
            }
            Abs => {
                let bits = self.bits(ty)?;
                let (x, size) = self.signed_operand(arg(0)?, bits)?;
                let neg = self.tmp();
                self.emit(Inst::Unary {
                    op: UnOp::Neg,
                    size,
                    dst: neg,
                    src: x,
                });
                let out = if bits == 32 || bits == 64 {
                    dst
                } else {
                    self.tmp()
                };
                self.emit(Inst::Cmov {
                    cond: Cond::Test {
                        size,
                        cc: Cc::L,
                        lhs: x,
                        rhs: Rmi::Reg(x),
                    },
                    dst: out,
                    if_false: x,
                    if_true: neg,
                });
                if out != dst {
                    self.emit(Inst::Ext {
                        signed: false,
                        from: bits as u8,
                        dst,
                        src: out,
                    });
                }
                Ok(())
            }
            Fabs => {
                let double = self.is_double(ty)?;
                let mask = if double {
                    (1u128 << 63) - 1
                } else {
                    (1u128 << 31) - 1
                };
                let m = self.pool_entry(mask);
                let a = self.put(arg(0)?)?;
                self.emit(Inst::FAlu {
                    op: FOp::And,
                    double,
                    dst,
                    lhs: a,
                    rhs: Rmi::Mem(m),
                });
                Ok(())
            }
            Copysign => {
                let double = self.is_double(ty)?;
                let sign = if double { 1u128 << 63 } else { 1u128 << 31 };
                let (ms, ma) = (self.pool_entry(sign), self.pool_entry(sign - 1));
                let (a, b) = (self.put(arg(0)?)?, self.put(arg(1)?)?);
                let (t1, t2) = (self.ftmp(), self.ftmp());
                self.emit(Inst::FAlu {
                    op: FOp::And,
                    double,
                    dst: t1,
                    lhs: a,
                    rhs: Rmi::Mem(ma),
                });
                self.emit(Inst::FAlu {
                    op: FOp::And,
                    double,
                    dst: t2,
                    lhs: b,
                    rhs: Rmi::Mem(ms),
                });
                self.emit(Inst::FAlu {
                    op: FOp::Or,
                    double,
                    dst,
                    lhs: t1,
                    rhs: Rmi::Reg(t2),
                });
                Ok(())
            }
            Sqrt => {
                let double = self.is_double(ty)?;
                let a = self.put(arg(0)?)?;
                self.emit(Inst::FSqrt {
                    double,
                    dst,
                    src: a,
                });
                Ok(())
            }
            FMulAdd => {
                let double = self.is_double(ty)?;
                let r = self.frm(arg(1)?, double)?;
                let a = self.put(arg(0)?)?;
                let t = self.ftmp();
                self.emit(Inst::FAlu {
                    op: FOp::Mul,
                    double,
                    dst: t,
                    lhs: a,
                    rhs: r,
                });
                let c = self.frm(arg(2)?, double)?;
                self.emit(Inst::FAlu {
                    op: FOp::Add,
                    double,
                    dst,
                    lhs: t,
                    rhs: c,
                });
                Ok(())
            }
            Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt | Fma | MinNum | MaxNum
            | Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos => {
                let double = self.is_double(ty)?;
                let name = libm_name(intr, double);
                let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
                self.libcall(name, &ops, Some((dst, true)))
            }
            Ctpop | Ctlz | Cttz => {
                let bits = self.bits(ty)?;
                let size = size_for(bits);
                if bits != 32 && bits != 64 && intr == Ctlz {
                    // Count in 64 bits, then drop the leading zeros above the width.
                    let a = self.put(arg(0)?)?;
                    let t = self.tmp();
                    self.emit(Inst::BitCount {
                        op: BitCountOp::Lzcnt,
                        size: Size::Q,
                        dst: t,
                        src: a,
                    });
                    self.emit(Inst::Lea {
                        size: Size::L,
                        dst,
                        addr: Amode::Base {
                            base: t,
                            disp: -(64 - bits as i32),
                        },
                    });
                    return Ok(());
                }
                let a = self.put(arg(0)?)?;
                let op = match intr {
                    Ctpop => BitCountOp::Popcnt,
                    Ctlz => BitCountOp::Lzcnt,
                    _ => BitCountOp::Tzcnt,
                };
                if op == BitCountOp::Tzcnt && bits != 32 && bits != 64 {
                    // Zero-extended input: a zero has `bits` trailing zeros, not 32/64.
                    let t = self.tmp();
                    self.emit(Inst::BitCount {
                        op,
                        size: Size::Q,
                        dst: t,
                        src: a,
                    });
                    let k = self.tmp();
                    self.emit(Inst::Imm {
                        dst: k,
                        value: u64::from(bits),
                    });
                    self.emit(Inst::Cmov {
                        cond: Cond::Test {
                            size: Size::Q,
                            cc: Cc::E,
                            lhs: a,
                            rhs: Rmi::Reg(a),
                        },
                        dst,
                        if_false: t,
                        if_true: k,
                    });
                    return Ok(());
                }
                self.emit(Inst::BitCount {
                    op,
                    size,
                    dst,
                    src: a,
                });
                Ok(())
            }
            Bswap => {
                let bits = self.bits(ty)?;
                let a = self.put(arg(0)?)?;
                match bits {
                    32 | 64 => self.emit(Inst::Unary {
                        op: UnOp::Bswap,
                        size: size_for(bits),
                        dst,
                        src: a,
                    }),
                    16 => {
                        let t = self.tmp();
                        self.emit(Inst::Unary {
                            op: UnOp::Bswap,
                            size: Size::L,
                            dst: t,
                            src: a,
                        });
                        self.emit(Inst::Shift {
                            op: ShiftOp::Shr,
                            size: Size::L,
                            dst,
                            src: t,
                            amount: None,
                            imm: 16,
                        });
                    }
                    _ => return unsupported("bswap of an odd width"),
                }
                Ok(())
            }
            Fshl | Fshr => {
                let bits = self.bits(ty)?;
                let (a, b, c) = (arg(0)?, arg(1)?, arg(2)?);
                if self.ctx.resolve(a) != self.ctx.resolve(b) || (bits != 32 && bits != 64) {
                    return unsupported("funnel shifts other than rotates");
                }
                let op = if intr == Fshl {
                    ShiftOp::Rol
                } else {
                    ShiftOp::Ror
                };
                let src = self.put(a)?;
                let size = size_for(bits);
                match self.const_bits(c) {
                    Some(k) => self.emit(Inst::Shift {
                        op,
                        size,
                        dst,
                        src,
                        amount: None,
                        imm: (k % u64::from(bits)) as u8,
                    }),
                    None => {
                        let amount = self.put(c)?;
                        self.emit(Inst::Shift {
                            op,
                            size,
                            dst,
                            src,
                            amount: Some(amount),
                            imm: 0,
                        });
                    }
                }
                Ok(())
            }
            PtrMask => {
                let (p, mask) = (arg(0)?, arg(1)?);
                self.alu(AluOp::And, Size::Q, 64, p, mask, dst)
            }
            IsConstant => {
                self.emit(Inst::Imm { dst, value: 0 });
                Ok(())
            }
            _ => unsupported(format!("intrinsic `{}`", intr.base_name())),
        }
    }

    // ------------------------------------------------------------------ terminators

    fn ret(&mut self, value: Option<Operand>) -> LResult {
        let m = self.ctx.m;
        let Some((ret_ty, _, _)) = m.types.function_sig(self.ctx.func.ty) else {
            return unsupported("function type");
        };
        let retloc = match classify_ret(m, self.ctx.dl, ret_ty) {
            Ok(r) => r,
            Err(e) => return unsupported(e),
        };
        let mut rets = Vec::new();
        match (retloc, value) {
            (RetLoc::Void, _) | (_, None) => {
                let sret = self
                    .ctx
                    .func
                    .param_attrs
                    .iter()
                    .position(|a| a.sret.is_some())
                    .map(|i| self.ctx.func.params[i]);
                if let Some(p) = sret {
                    let r = self.ctx.use_reg(p)?;
                    rets.push((r, gpr(0)));
                }
            }
            (RetLoc::Gp, Some(v)) => {
                let bits = self.bits(ret_ty)?;
                let r = self.put(v)?;
                let r = if self.ctx.func.ret_attrs.has(ParamAttrs::SIGNEXT) && bits < 32 {
                    let w = self.sext64(r, bits);
                    self.zext(w, 32)
                } else {
                    r
                };
                rets.push((r, gpr(0)));
            }
            (RetLoc::Xmm, Some(v)) => {
                self.is_double(ret_ty)?;
                let r = self.put(v)?;
                rets.push((r, xmm(0)));
            }
            _ => return unsupported("returning aggregates, i128 or long double"),
        }
        self.emit(Inst::Ret { rets });
        Ok(())
    }

    fn switch(
        &mut self,
        value: Operand,
        default: jit_core::ir::Block,
        cases: &[(u128, jit_core::ir::Block)],
    ) -> LResult {
        let bits = self.bits(self.ctx.ty(value))?;
        let _ = bits;
        let lb = self.ctx.block;
        let order = self.ctx.order;
        let dflt = order.edge_target(lb, default);
        if cases.is_empty() {
            self.emit(Inst::Jmp { target: dflt });
            return Ok(());
        }
        let mut list: Vec<(u64, LBlock)> = cases
            .iter()
            .map(|&(v, b)| (v as u64, order.edge_target(lb, b)))
            .collect();
        list.sort_unstable_by_key(|&(v, _)| v);
        let index = self.put(value)?;
        let tmp = self.tmp();
        self.emit(Inst::Switch {
            index,
            tmp,
            cases: list,
            default: dflt,
        });
        Ok(())
    }
}

/// The libm function for a math intrinsic.
fn libm_name(intr: Intrinsic, double: bool) -> &'static str {
    use Intrinsic::*;
    let (d, f) = match intr {
        Floor => ("floor", "floorf"),
        Ceil => ("ceil", "ceilf"),
        Trunc => ("trunc", "truncf"),
        Round => ("round", "roundf"),
        RoundEven => ("roundeven", "roundevenf"),
        Rint => ("rint", "rintf"),
        NearbyInt => ("nearbyint", "nearbyintf"),
        Fma => ("fma", "fmaf"),
        MinNum => ("fmin", "fminf"),
        MaxNum => ("fmax", "fmaxf"),
        Pow => ("pow", "powf"),
        Exp => ("exp", "expf"),
        Exp2 => ("exp2", "exp2f"),
        Log => ("log", "logf"),
        Log2 => ("log2", "log2f"),
        Log10 => ("log10", "log10f"),
        Sin => ("sin", "sinf"),
        _ => ("cos", "cosf"),
    };
    if double { d } else { f }
}

impl<'a> LowerIsa<'a> for Isel<'a, '_> {
    type Inst = Inst;

    fn ctx(&mut self) -> &mut Lower<'a, Inst> {
        &mut self.ctx
    }

    fn lower_args(&mut self) -> LResult {
        let m = self.ctx.m;
        let func = self.ctx.func;
        let Some((_, param_tys, _)) = m.types.function_sig(func.ty) else {
            return unsupported("function type");
        };
        let mut attrs = func.param_attrs.iter().map(Some);
        let lay = match layout_args(m, self.ctx.dl, param_tys, &mut attrs) {
            Ok(l) => l,
            Err(e) => return unsupported(e),
        };
        let mut params = Vec::new();
        let mut after = Vec::new();
        for (i, &p) in func.params.iter().enumerate() {
            let ty = self.ctx.value_ty(p);
            let float = m.types.is_float(ty);
            if float {
                self.is_double(ty)?;
            } else {
                self.bits(ty)?;
            }
            if !self.ctx.is_needed(p) {
                continue;
            }
            let dst = self.ctx.value_reg(p)?;
            let bits = if float { 64 } else { self.bits(ty)? };
            match lay.locs[i] {
                ArgLoc::Gp(r) => {
                    if bits < 64 {
                        let raw = self.tmp();
                        params.push((raw, gpr(GP_ARGS[r as usize])));
                        after.push(Inst::Ext {
                            signed: false,
                            from: bits as u8,
                            dst,
                            src: raw,
                        });
                    } else {
                        params.push((dst, gpr(GP_ARGS[r as usize])));
                    }
                }
                ArgLoc::Xmm(x) => params.push((dst, xmm(x))),
                ArgLoc::Stack(off) => {
                    let addr = Amode::Incoming { off: off as i32 };
                    if float {
                        let double = self.is_double(ty)?;
                        after.push(Inst::FLoad { double, dst, addr });
                    } else {
                        let bytes = match bits {
                            1..=8 => 1,
                            9..=16 => 2,
                            17..=32 => 4,
                            _ => 8,
                        };
                        let exact = bits == bytes * 8 || bits == 1;
                        if exact {
                            after.push(Inst::Load {
                                bytes: bytes as u8,
                                signed: false,
                                dst,
                                addr,
                            });
                        } else {
                            let raw = self.tmp();
                            after.push(Inst::Load {
                                bytes: bytes as u8,
                                signed: false,
                                dst: raw,
                                addr,
                            });
                            after.push(Inst::Ext {
                                signed: false,
                                from: bits as u8,
                                dst,
                                src: raw,
                            });
                        }
                    }
                }
                _ => return unsupported("parameters passed as vectors, i128 or long double"),
            }
        }
        self.emit(Inst::Args { params });
        for i in after {
            self.emit(i);
        }
        Ok(())
    }

    fn lower_inst(&mut self, inst: IrInst) -> LResult {
        let data = &self.ctx.body.insts[inst];
        let kind = data.kind.clone();
        match kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let dst = self.result(inst)?;
                let ty = self.ctx.ty(lhs);
                self.binary(op, lhs, rhs, dst, ty)
            }
            InstKind::FNeg { arg, .. } => {
                let dst = self.result(inst)?;
                let ty = self.ctx.ty(arg);
                self.fneg(arg, dst, ty)
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                let dst = self.result(inst)?;
                let cond = self.icmp_cond(pred, lhs, rhs)?;
                self.setcc(Ok(cond), dst);
                Ok(())
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let dst = self.result(inst)?;
                let cond = self.fcmp_cond(pred, lhs, rhs)?;
                self.setcc(cond, dst);
                Ok(())
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                let dst = self.result(inst)?;
                let ty = self.ctx.ty(if_true);
                let float = self.ctx.m.types.is_float(ty);
                if !float {
                    self.bits(ty)?;
                }
                let c = self.cond_of(cond)?;
                match c {
                    Err(k) => {
                        let src = self.put(if k { if_true } else { if_false })?;
                        self.copy(dst, src);
                    }
                    Ok(c) => {
                        let t = self.put(if_true)?;
                        let f = self.put(if_false)?;
                        if float {
                            self.emit(Inst::FSelect {
                                cond: c,
                                dst,
                                if_false: f,
                                if_true: t,
                            });
                        } else {
                            self.emit(Inst::Cmov {
                                cond: c,
                                dst,
                                if_false: f,
                                if_true: t,
                            });
                        }
                    }
                }
                Ok(())
            }
            InstKind::Cast { op, value, .. } => {
                let dst = self.result(inst)?;
                let to = self.ctx.value_ty(data.result.expect("casts have results"));
                self.cast(op, value, dst, to)
            }
            InstKind::Load {
                ptr, volatile: _, ..
            } => {
                let v = data.result.expect("loads have results");
                let ty = self.ctx.value_ty(v);
                let dst = self.ctx.value_reg(v)?;
                self.load(ptr, dst, ty)
            }
            InstKind::Store { value, ptr, .. } => self.store(value, ptr),
            InstKind::Gep { .. } => {
                let dst = self.result(inst)?;
                self.gep_value(inst, dst)
            }
            InstKind::Alloca { ty, count, align } => {
                let v = data.result.expect("allocas have results");
                let dst = self.ctx.value_reg(v)?;
                if let Some(obj) = self.object_of[v] {
                    self.emit(Inst::Lea {
                        size: Size::Q,
                        dst,
                        addr: Amode::Frame {
                            obj,
                            index: None,
                            disp: 0,
                        },
                    });
                    return Ok(());
                }
                if align > 16 {
                    return unsupported("dynamic allocas aligned beyond 16 bytes");
                }
                let elem = self.ctx.dl.alloc_size(&self.ctx.m.types, ty);
                let n = self.put(count)?;
                let nb = self.bits(self.ctx.ty(count))?;
                let n = self.zext(n, nb);
                let bytes = self.tmp();
                match i32::try_from(elem) {
                    Ok(k) => self.emit(Inst::ImulImm {
                        size: Size::Q,
                        dst: bytes,
                        src: n,
                        imm: k,
                    }),
                    Err(_) => return unsupported("alloca of a huge type"),
                }
                let rounded = self.tmp();
                self.emit(Inst::Lea {
                    size: Size::Q,
                    dst: rounded,
                    addr: Amode::Base {
                        base: bytes,
                        disp: 15,
                    },
                });
                let masked = self.tmp();
                self.emit(Inst::Alu {
                    op: AluOp::And,
                    size: Size::Q,
                    dst: masked,
                    lhs: rounded,
                    rhs: Rmi::Imm(-16),
                });
                self.emit(Inst::DynAlloca { dst, size: masked });
                Ok(())
            }
            InstKind::Call { .. } => self.call(inst),
            InstKind::Freeze { arg } => {
                let dst = self.result(inst)?;
                let s = self.put(arg)?;
                self.copy(dst, s);
                Ok(())
            }
            other => unsupported(format!("`{}`", other.opcode())),
        }
    }

    fn lower_terminator(&mut self, inst: IrInst, succs: &[LBlock]) -> LResult {
        let kind = self.ctx.body.insts[inst].kind.clone();
        let lb = self.ctx.block;
        let order = self.ctx.order;
        match kind {
            InstKind::Ret { value } => self.ret(value),
            InstKind::Br { .. } => {
                self.emit(Inst::Jmp { target: succs[0] });
                Ok(())
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                let t = order.edge_target(lb, then_dest);
                let e = order.edge_target(lb, else_dest);
                if t == e {
                    self.emit(Inst::Jmp { target: t });
                    return Ok(());
                }
                match self.cond_of(cond)? {
                    Err(k) => self.emit(Inst::Jmp {
                        target: if k { t } else { e },
                    }),
                    Ok(c) => self.emit(Inst::Branch {
                        cond: c,
                        taken: t,
                        not_taken: e,
                    }),
                }
                Ok(())
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => self.switch(value, default, &cases),
            InstKind::Unreachable => {
                self.emit(Inst::Unreachable);
                Ok(())
            }
            other => unsupported(format!("terminator `{}`", other.opcode())),
        }
    }

    fn gen_jump(&mut self, target: LBlock) -> Inst {
        Inst::Jmp { target }
    }

    fn materialize(&mut self, c: Const, ty: Type) -> LResult<Vec<Reg>> {
        let m = self.ctx.m;
        if m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let dst = self.ftmp();
            let bits = match m.const_data(c).kind {
                ConstKind::Float(b) => b,
                ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => 0,
                _ => return unsupported("a float constant expression"),
            };
            if bits == 0 {
                self.emit(Inst::FZero { dst });
            } else {
                let pattern = if double {
                    u128::from(bits)
                } else {
                    u128::from((f64::from_bits(bits) as f32).to_bits())
                };
                let addr = self.pool_entry(pattern);
                self.emit(Inst::FLoad { double, dst, addr });
            }
            return Ok(vec![dst]);
        }
        self.bits(ty)?;
        let dst = self.tmp();
        match eval(m, self.ctx.dl, c) {
            Ok(CVal::Bits(b)) => {
                let bits = self.bits(ty)?;
                let v = if bits >= 64 {
                    b as u64
                } else {
                    (b as u64) & ((1u64 << bits) - 1)
                };
                self.emit(Inst::Imm { dst, value: v });
            }
            Ok(CVal::Sym(..)) => {
                let a = self.const_addr(c)?;
                let amode = self.amode_of(a)?;
                self.emit(Inst::Lea {
                    size: Size::Q,
                    dst,
                    addr: amode,
                });
                let bits = self.bits(ty)?;
                if bits < 64 {
                    return Ok(vec![self.zext(dst, bits)]);
                }
            }
            _ => return unsupported("a constant this tier does not materialise"),
        }
        Ok(vec![dst])
    }
}
