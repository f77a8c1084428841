//! AArch64 instruction selection for the optimizing tier: IR instructions to [`Inst`]s over
//! virtual registers (see [`crate::machinst`] for the driver and its folding rules).
//!
//! What it folds:
//! - compares into `b.cond`/`cbz`/`cbnz`, `csel`/`csinc`/`csinv`/`csneg`, `cset`/`csetm`
//!   and `fcsel` (`and` + compare with zero into `tst`; a negative immediate into `cmn`);
//! - `getelementptr` chains, static allocas and globals into addressing modes: `[base,
//!   #imm]` (scaled 12-bit or unscaled 9-bit), `[base, Xm, lsl #s]`, `[base, Wm, sxtw #s]`
//!   (an `i32` index, or a same-block `sext i32` of one), `adrp` + `:lo12:` for globals;
//!   a scale that is no power of two into `madd`;
//! - shifts into the shifted-register operand of `add`/`sub`/logic/compares,
//!   `sext` (then a left shift of at most 4) into the extended-register operand of 64-bit
//!   `add`/`sub` (`add x0, x1, w2, sxtw`), multiplications into `madd`/`msub`, `xor -1`
//!   into `bic`/`orn`/`eon`/`mvn`, constants into arithmetic (`imm12`) and bitmask
//!   immediates, zero constants into `xzr`;
//! - `sext` of a load into `ldrsb`/`ldrsh`/`ldrsw`; narrow shifts and extensions into
//!   `ubfx`/`sbfx`/`ubfiz`.
//!
//! What it leaves to tier 0 (the whole function, see [`crate::machinst`]): values other
//! than integers up to 64 bits, pointers, `float` and `double` (aggregates, vectors,
//! `i128`, `fp128`); variadic definitions; arguments and results passed in several
//! registers or by `byval` copy (HFAs, small structs); calls of `returns_twice` functions;
//! atomics; inline asm; `va_arg`; `indirectbr`/`blockaddress`; overflow and saturating
//! intrinsics; thread-local addresses.

mod arith;
mod call;

use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    BinaryOp, CastOp, Const, ConstKind, FloatPredicate, FnAttrs, GlobalRef, Inst as IrInst,
    InstKind, IntPredicate, Operand, ParamAttrs, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;
use regalloc2::RegClass;

use super::enc::{Ext, LdSt, Shift, logical_imm};
use super::inst::{AluOp, Amode, Cond, CselOp, Inst, Rhs, Size};
use crate::aarch64::emit::Cond as Cc;
use crate::machinst::blockorder::LBlock;
use crate::machinst::lower::{GepTerms, LResult, LowerIsa, gep_terms, unsupported};
use crate::machinst::{Lower, Reg};
use crate::objbuild::SymbolTable;
use crate::x64::consts::{CVal, eval};

/// Instruction selection state of one function.
pub struct Isel<'a, 'b> {
    /// The shared lowering state.
    pub ctx: Lower<'a, Inst>,
    syms: &'b mut SymbolTable,
    /// Frame objects: (size, alignment).
    pub objects: Vec<(u32, u32)>,
    object_of: SecondaryMap<Value, Option<u32>>,
    /// Bytes of outgoing stack arguments needed by the largest call.
    pub outgoing: u32,
    /// `sp` moves after the prologue (dynamic allocas, `stackrestore`): the frame is then
    /// addressed from `x29`.
    pub dynamic_sp: bool,
}

/// An index register of an address: `reg` extended by `ext` (`Uxtx` for a 64-bit index,
/// `Sxtw` to sign-extend its low 32 bits) and shifted left by `shift`.
#[derive(Copy, Clone, Debug)]
struct Index {
    reg: Reg,
    ext: Ext,
    shift: u8,
}

/// An address being assembled from `getelementptr` chains.
struct AddrParts {
    base: Base,
    index: Option<Index>,
    disp: i64,
}

enum Base {
    None,
    Reg(Reg),
    Frame(u32),
    /// A symbol defined in this object and the log2 of its alignment.
    Sym(SymbolIndex, u8),
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

fn int_cc(p: IntPredicate) -> Cc {
    use IntPredicate::*;
    match p {
        Eq => Cc::Eq,
        Ne => Cc::Ne,
        Ugt => Cc::Hi,
        Uge => Cc::Hs,
        Ult => Cc::Lo,
        Ule => Cc::Ls,
        Sgt => Cc::Gt,
        Sge => Cc::Ge,
        Slt => Cc::Lt,
        Sle => Cc::Le,
    }
}

/// The predicate that holds exactly when `p` does not.
fn inverse_fpred(p: FloatPredicate) -> FloatPredicate {
    use FloatPredicate::*;
    match p {
        False => True,
        True => False,
        Oeq => Une,
        Une => Oeq,
        Ogt => Ule,
        Ule => Ogt,
        Oge => Ult,
        Ult => Oge,
        Olt => Uge,
        Uge => Olt,
        Ole => Ugt,
        Ugt => Ole,
        One => Ueq,
        Ueq => One,
        Ord => Uno,
        Uno => Ord,
    }
}

/// The condition that holds exactly when `c` does not (same compare).
pub fn invert_cond(c: Cond) -> Cond {
    match c {
        Cond::Cmp {
            size,
            cc,
            lhs,
            rhs,
            negate,
        } => Cond::Cmp {
            size,
            cc: cc.invert(),
            lhs,
            rhs,
            negate,
        },
        Cond::Tst { size, cc, lhs, rhs } => Cond::Tst {
            size,
            cc: cc.invert(),
            lhs,
            rhs,
        },
        Cond::Float {
            double,
            pred,
            lhs,
            rhs,
        } => Cond::Float {
            double,
            pred: inverse_fpred(pred),
            lhs,
            rhs,
        },
    }
}

/// The low `bits` of `v`.
fn mask(bits: u32, v: u64) -> u64 {
    if bits >= 64 {
        v
    } else {
        v & ((1u64 << bits) - 1)
    }
}

/// `v`'s low `bits` sign-extended to 64.
fn sext_bits(bits: u32, v: u64) -> u64 {
    if bits >= 64 || bits == 0 {
        v
    } else {
        let sh = 64 - bits;
        (((v << sh) as i64) >> sh) as u64
    }
}

/// The `imm12` operand for `k` at width `size`, if `k` is one.
fn imm12(k: u64) -> Option<Rhs> {
    if k < 4096 {
        Some(Rhs::Imm12 {
            imm: k as u16,
            lsl12: false,
        })
    } else if k & 0xfff == 0 && k < (1 << 24) {
        Some(Rhs::Imm12 {
            imm: (k >> 12) as u16,
            lsl12: true,
        })
    } else {
        None
    }
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
        if func.param_attrs.iter().any(|a| a.has(ParamAttrs::INREG)) {
            return unsupported("inreg parameters");
        }
        let mut isel = Isel {
            ctx,
            syms,
            objects: Vec::new(),
            object_of: SecondaryMap::default(),
            outgoing: 0,
            dynamic_sp: false,
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

    /// Bits of an integer or pointer type (`Unsupported` for other types).
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

    /// The integer bits of a constant operand (after aliases), as stored.
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

    /// A constant operand's value at `bits` (zero-extended).
    fn const_at(&self, op: Operand, bits: u32) -> Option<u64> {
        self.const_bits(op).map(|k| mask(bits, k))
    }

    /// The float constant's bits in its own format, if `op` is one.
    fn const_float(&self, op: Operand, double: bool) -> Option<u64> {
        let Operand::Const(c) = self.ctx.resolve(op) else {
            return None;
        };
        match self.ctx.m.const_data(c).kind {
            ConstKind::Float(b) => Some(if double {
                b
            } else {
                u64::from((f64::from_bits(b) as f32).to_bits())
            }),
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Some(0),
            _ => None,
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

    /// `op` as an integer operand that may be the zero register (`None`).
    fn put_z(&mut self, op: Operand) -> LResult<Option<Reg>> {
        if self.const_bits(op) == Some(0) {
            return Ok(None);
        }
        self.put(op).map(Some)
    }

    /// A register holding the constant `value`.
    fn imm(&mut self, value: u64) -> Reg {
        let dst = self.tmp();
        self.emit(Inst::Imm { dst, value });
        dst
    }

    /// `dst = src` when both are registers of the same class.
    fn copy(&mut self, dst: Reg, src: Reg) {
        if src.class() == RegClass::Float {
            self.emit(Inst::FUnary {
                op: super::inst::FUn::Mov,
                double: true,
                dst,
                src,
            });
        } else {
            self.emit(Inst::Mov { dst, src });
        }
    }

    /// The same-block producer of `op` (after aliases) when this is its only use, so
    /// folding it into the instruction being lowered removes it.
    fn single_use_producer(&self, op: Operand) -> Option<IrInst> {
        let op = self.ctx.resolve(op);
        let Operand::Value(v) = op else { return None };
        let p = self.ctx.same_block_producer(op)?;
        (self.ctx.use_count(v) == 1 && !self.ctx.is_alias(v)).then_some(p)
    }

    /// Zero-extends the low `bits` of `src` into a new register (the width invariant).
    fn zext(&mut self, src: Reg, bits: u32) -> Reg {
        if bits >= 64 {
            return src;
        }
        let dst = self.tmp();
        self.zext_into(dst, src, bits);
        dst
    }

    fn zext_into(&mut self, dst: Reg, src: Reg, bits: u32) {
        if bits >= 64 {
            self.copy(dst, src);
        } else if bits == 32 {
            // `mov wd, wn` clears the upper half.
            self.emit(Inst::Alu {
                op: AluOp::Orr,
                size: Size::W,
                dst,
                lhs: None,
                rhs: Rhs::Reg(src),
            });
        } else {
            self.emit(Inst::extract(
                false,
                Size::of_bits(bits),
                dst,
                src,
                0,
                bits as u8,
            ));
        }
    }

    /// Sign-extends the low `bits` of `src` to the width `to` (32 or 64) into a new register.
    fn sext(&mut self, src: Reg, bits: u32, to: Size) -> Reg {
        if bits >= to.bits() {
            return src;
        }
        let dst = self.tmp();
        self.emit(Inst::extract(true, to, dst, src, 0, bits as u8));
        dst
    }

    /// `op` sign-extended to a full 32- or 64-bit register and the width to operate at
    /// (for signed operations on narrow values).
    fn signed_operand(&mut self, op: Operand, bits: u32) -> LResult<(Reg, Size)> {
        let size = Size::of_bits(bits);
        let r = self.put(op)?;
        Ok((self.sext(r, bits, size), size))
    }

    /// `op` as the right operand of `add`/`sub`/`cmp` at `size` for a `bits`-wide
    /// operation: an `imm12`, a folded shift or extension, or a register. `Some(true)` in
    /// the second place when the operand is a negated immediate (flip `add`/`sub`,
    /// `cmp`/`cmn`); constant zero stays `#0`.
    fn arith_rhs(&mut self, op: Operand, size: Size, bits: u32) -> LResult<(Rhs, bool)> {
        if let Some(k) = self.const_at(op, bits) {
            // Zero-extended like the values it meets (a narrow `add`/`sub` re-extends its
            // result, so only the low bits matter there).
            if let Some(r) = imm12(k) {
                return Ok((r, false));
            }
            let neg = mask(size.bits(), k.wrapping_neg());
            if let Some(r) = imm12(neg) {
                return Ok((r, true));
            }
            return Ok((Rhs::Reg(self.imm(k)), false));
        }
        if let Some(r) = self.shifted_operand(op, size, bits, false)? {
            return Ok((r, false));
        }
        if size == Size::X
            && let Some(r) = self.extended_operand(op)?
        {
            return Ok((r, false));
        }
        Ok((Rhs::Reg(self.put(op)?), false))
    }

    /// `op` as the right operand of a logical operation at `size`: a bitmask immediate, a
    /// folded shift, or a register.
    fn logic_rhs(&mut self, op: Operand, size: Size, bits: u32) -> LResult<Rhs> {
        if let Some(k) = self.const_at(op, bits) {
            if let Some(n) = logical_imm(k, size.is64()) {
                return Ok(Rhs::Logical(n));
            }
            return Ok(Rhs::Reg(self.imm(k)));
        }
        if let Some(r) = self.shifted_operand(op, size, bits, true)? {
            return Ok(r);
        }
        Ok(Rhs::Reg(self.put(op)?))
    }

    /// A single-use, same-block shift by a constant as a shifted-register operand (at 32
    /// and 64 bits, where the shift needs no re-extension; `rotates` allows `ror` from
    /// `fshl`/`fshr` of one value).
    fn shifted_operand(
        &mut self,
        op: Operand,
        size: Size,
        bits: u32,
        rotates: bool,
    ) -> LResult<Option<Rhs>> {
        if bits != size.bits() {
            return Ok(None);
        }
        let Some(p) = self.single_use_producer(op) else {
            return Ok(None);
        };
        let (shift, src, k) = match self.ctx.body.insts[p].kind {
            InstKind::Binary {
                op: bop, lhs, rhs, ..
            } => {
                let Some(k) = self.const_bits(rhs) else {
                    return Ok(None);
                };
                match bop {
                    BinaryOp::Shl if k < u64::from(bits) => (Shift::Lsl, lhs, k),
                    BinaryOp::LShr if k < u64::from(bits) => (Shift::Lsr, lhs, k),
                    BinaryOp::AShr if k < u64::from(bits) => (Shift::Asr, lhs, k),
                    BinaryOp::Mul if k.is_power_of_two() && k > 1 => {
                        (Shift::Lsl, lhs, u64::from(k.trailing_zeros()))
                    }
                    _ => return Ok(None),
                }
            }
            _ if rotates => match self.rotate_of(p) {
                Some((src, k)) => (Shift::Ror, src, k),
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        if k == 0 {
            return Ok(None);
        }
        let reg = self.put(src)?;
        Ok(Some(Rhs::Shifted {
            reg,
            shift,
            amount: k as u8,
        }))
    }

    /// A rotate right by a constant (`fshl`/`fshr` of one value), as (value, amount).
    fn rotate_of(&self, p: IrInst) -> Option<(Operand, u64)> {
        use jit_core::ir::Intrinsic::{Fshl, Fshr};
        let InstKind::Call { callee, args, .. } = &self.ctx.body.insts[p].kind else {
            return None;
        };
        let Operand::Const(c) = callee else {
            return None;
        };
        let Some(GlobalRef::Function(f)) = self.ctx.m.strip_to_global(*c) else {
            return None;
        };
        let intr = self.ctx.m.functions[f].intrinsic?;
        let [a, b, k] = &args[..] else { return None };
        let bits = u64::from(self.bits(self.ctx.ty(a.value)).ok()?);
        if self.ctx.resolve(a.value) != self.ctx.resolve(b.value) {
            return None;
        }
        let k = self.const_bits(k.value)? % bits;
        match intr {
            Fshr => Some((a.value, k)),
            Fshl => Some((a.value, (bits - k) % bits)),
            _ => None,
        }
    }

    /// A single-use, same-block sign extension to 64 bits (optionally then shifted left by
    /// at most 4) as an extended-register operand of a 64-bit `add`/`sub`/`cmp`.
    fn extended_operand(&mut self, op: Operand) -> LResult<Option<Rhs>> {
        let Some(p) = self.single_use_producer(op) else {
            return Ok(None);
        };
        let (inner, amount) = match self.ctx.body.insts[p].kind {
            InstKind::Binary {
                op: BinaryOp::Shl,
                lhs,
                rhs,
                ..
            } => match self.const_bits(rhs) {
                Some(k @ 1..=4) => (lhs, k as u8),
                _ => return Ok(None),
            },
            _ => (op, 0),
        };
        let sext = if amount == 0 {
            Some(p)
        } else {
            self.single_use_producer(inner)
        };
        let Some(s) = sext else { return Ok(None) };
        let InstKind::Cast {
            op: CastOp::SExt,
            value,
            ..
        } = self.ctx.body.insts[s].kind
        else {
            return Ok(None);
        };
        let ext = match self.bits(self.ctx.ty(value))? {
            8 => Ext::Sxtb,
            16 => Ext::Sxth,
            32 => Ext::Sxtw,
            _ => return Ok(None),
        };
        let reg = self.put(value)?;
        Ok(Some(Rhs::Extended { reg, ext, amount }))
    }

    // ------------------------------------------------------------------ addresses

    /// Whether the address of `ptr`, folded, would use an index register: a
    /// side-effect-free dry run of [`Self::addr`].
    fn uses_index(&self, ptr: Operand, depth: u32) -> bool {
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
    fn foldable_gep(&self, ptr: Operand) -> Option<(Operand, GepTerms)> {
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
        let t = self.terms(*source_ty, indices)?;
        match t.vars.as_slice() {
            [] => Some((*base, t)),
            [(_, scale, bits)] if *bits <= 64 && *scale > 0 && self.ctx.use_count(v) == 1 => {
                Some((*base, t))
            }
            _ => None,
        }
    }

    /// The terms of a `getelementptr`. Indices keep their own types (an index that is a
    /// `zext` alias must still count as 64 bits wide: it is not sign-extended).
    fn terms(&self, source_ty: Type, indices: &[Operand]) -> Option<GepTerms> {
        gep_terms(self.ctx.m, self.ctx.dl, source_ty, indices, |op| {
            self.ctx.ty(op)
        })
    }

    /// The load that produces `op` (after aliases) when it can be folded into the current
    /// instruction, with exactly type `ty`: its address operand.
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

    /// The index register for a `getelementptr` term `idx × scale` with an index of
    /// `bits` (sign-extended when narrower than 64): `None` when `scale` is no power of
    /// two (the caller multiplies).
    fn index_of(&mut self, idx: Operand, scale: i64, bits: u32) -> LResult<Option<Index>> {
        if scale <= 0 || !(scale as u64).is_power_of_two() {
            return Ok(None);
        }
        let shift = scale.trailing_zeros() as u8;
        let (reg, ext) = match bits {
            64 => {
                // A same-block `sext i32` feeding only this index folds into `sxtw`.
                if let Some(p) = self.single_use_producer(idx)
                    && let InstKind::Cast {
                        op: CastOp::SExt,
                        value,
                        ..
                    } = self.ctx.body.insts[p].kind
                    && self.bits(self.ctx.ty(value))? == 32
                {
                    (self.put(value)?, Ext::Sxtw)
                } else {
                    (self.put(idx)?, Ext::Uxtx)
                }
            }
            32 => (self.put(idx)?, Ext::Sxtw),
            b if b > 64 => return unsupported("an index wider than 64 bits"),
            b => {
                let r = self.put(idx)?;
                (self.sext(r, b, Size::X), Ext::Uxtx)
            }
        };
        Ok(Some(Index { reg, ext, shift }))
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
                        Some(i) => a.index = Some(i),
                        None => {
                            // base + idx × scale in one `madd`.
                            let i = self.index_of(idx, 1, bits)?.expect("scale 1");
                            let r = self.index_reg(i);
                            let base = self.base_reg(&a.base)?;
                            let k = self.imm(scale as u64);
                            let sum = self.tmp();
                            self.emit(Inst::MulAdd {
                                size: Size::X,
                                sub: false,
                                dst: sum,
                                lhs: r,
                                rhs: k,
                                acc: Some(base),
                            });
                            a.base = Base::Reg(sum);
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

    /// The index as a plain 64-bit register (extension applied, shift not).
    fn index_reg(&mut self, i: Index) -> Reg {
        match i.ext {
            Ext::Sxtw => self.sext(i.reg, 32, Size::X),
            _ => i.reg,
        }
    }

    fn const_addr(&mut self, c: Const) -> LResult<AddrParts> {
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
    fn amode_at(&mut self, ptr: Operand, extra: i64, shift: u8) -> LResult<Amode> {
        let mut a = self.addr(ptr, 0)?;
        a.disp = a.disp.wrapping_add(extra);
        self.amode_of(a, shift)
    }

    fn amode(&mut self, ptr: Operand, shift: u8) -> LResult<Amode> {
        self.amode_at(ptr, 0, shift)
    }

    fn amode_of(&mut self, a: AddrParts, shift: u8) -> LResult<Amode> {
        if let Some(i) = a.index {
            let direct = a.disp == 0
                && (i.shift == 0 || i.shift == shift)
                && matches!(i.ext, Ext::Uxtx | Ext::Sxtw);
            if direct && let Base::Reg(base) = a.base {
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
    fn add_index(&mut self, base: Reg, i: Index) -> Reg {
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
    fn base_reg(&mut self, b: &Base) -> LResult<Reg> {
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
    fn addr_into(&mut self, a: AddrParts, dst: Reg) -> LResult {
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
    fn add_const(&mut self, dst: Reg, src: Reg, k: i64) {
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

    // ------------------------------------------------------------------ compares

    fn icmp_cond(&mut self, pred: IntPredicate, lhs: Operand, rhs: Operand) -> LResult<Cond> {
        let bits = self.bits(self.ctx.ty(lhs))?;
        let (mut pred, mut lhs, mut rhs) = (pred, self.ctx.resolve(lhs), self.ctx.resolve(rhs));
        if self.const_bits(lhs).is_some() && self.const_bits(rhs).is_none() {
            std::mem::swap(&mut lhs, &mut rhs);
            pred = swap_pred(pred);
        }
        let cc = int_cc(pred);
        let signed = matches!(
            pred,
            IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
        );
        let size = Size::of_bits(bits);
        if matches!(pred, IntPredicate::Eq | IntPredicate::Ne)
            && self.const_at(rhs, bits) == Some(0)
        {
            // `(x & y) ==/!= 0` is `tst x, y`.
            if let Some(p) = self.single_use_producer(lhs)
                && let InstKind::Binary {
                    op: BinaryOp::And,
                    lhs: a,
                    rhs: b,
                    ..
                } = self.ctx.body.insts[p].kind
            {
                let (a, b) = if self.const_bits(a).is_some() {
                    (b, a)
                } else {
                    (a, b)
                };
                let r = self.logic_rhs(b, size, bits)?;
                let l = self.put(a)?;
                return Ok(Cond::Tst {
                    size,
                    cc,
                    lhs: l,
                    rhs: r,
                });
            }
            let l = self.put(lhs)?;
            return Ok(Cond::Cmp {
                size,
                cc,
                lhs: l,
                rhs: Rhs::Imm12 {
                    imm: 0,
                    lsl12: false,
                },
                negate: false,
            });
        }
        if signed && bits != size.bits() {
            // Narrow signed compares work on sign-extended values; the right operand of
            // an 8- or 16-bit compare is extended by the compare itself.
            let l = self.put(lhs)?;
            let l = self.sext(l, bits, size);
            let (r, negate) = match self.const_at(rhs, bits) {
                Some(k) => {
                    let k = mask(size.bits(), sext_bits(bits, k));
                    match (imm12(k), imm12(mask(size.bits(), k.wrapping_neg()))) {
                        (Some(r), _) => (r, false),
                        (None, Some(r)) if k != 0 => (r, true),
                        _ => (Rhs::Reg(self.imm(k)), false),
                    }
                }
                None => {
                    let r = self.put(rhs)?;
                    match bits {
                        8 => (
                            Rhs::Extended {
                                reg: r,
                                ext: Ext::Sxtb,
                                amount: 0,
                            },
                            false,
                        ),
                        16 => (
                            Rhs::Extended {
                                reg: r,
                                ext: Ext::Sxth,
                                amount: 0,
                            },
                            false,
                        ),
                        _ => (Rhs::Reg(self.sext(r, bits, size)), false),
                    }
                }
            };
            return Ok(Cond::Cmp {
                size,
                cc,
                lhs: l,
                rhs: r,
                negate,
            });
        }
        let (r, negate) = self.arith_rhs(rhs, size, bits)?;
        let l = self.put(lhs)?;
        Ok(Cond::Cmp {
            size,
            cc,
            lhs: l,
            rhs: r,
            negate,
        })
    }

    /// The compare for `fcmp pred lhs, rhs`; `Err(bool)` when the result is constant.
    fn fcmp_cond(
        &mut self,
        pred: FloatPredicate,
        lhs: Operand,
        rhs: Operand,
    ) -> LResult<Result<Cond, bool>> {
        let double = self.is_double(self.ctx.ty(lhs))?;
        match pred {
            FloatPredicate::False => return Ok(Err(false)),
            FloatPredicate::True => return Ok(Err(true)),
            _ => {}
        }
        let l = self.put(lhs)?;
        // `fcmp x, #0.0` for a +0.0 constant (a -0.0 compares equal too).
        let r = match self.const_float(rhs, double) {
            Some(b) if b << 1 == 0 => None,
            _ => Some(self.put(rhs)?),
        };
        Ok(Ok(Cond::Float {
            double,
            pred,
            lhs: l,
            rhs: r,
        }))
    }

    /// The compare that decides a branch or select on `c`: a same-block `icmp`/`fcmp` is
    /// folded (through `xor c, true`), anything else is tested against zero. `Err(bool)`
    /// for a constant.
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
                InstKind::Binary {
                    op: BinaryOp::Xor,
                    lhs,
                    rhs,
                    ..
                } if self.bits(self.ctx.ty(lhs)) == Ok(1)
                    && self.const_at(rhs, 1) == Some(1)
                    && self.ctx.same_block_producer(lhs).is_some() =>
                {
                    return Ok(match self.cond_of(lhs)? {
                        Ok(c) => Ok(invert_cond(c)),
                        Err(k) => Err(!k),
                    });
                }
                _ => {}
            }
        }
        let r = self.put(c)?;
        Ok(Ok(Cond::Cmp {
            size: Size::W,
            cc: Cc::Ne,
            lhs: r,
            rhs: Rhs::Imm12 {
                imm: 0,
                lsl12: false,
            },
            negate: false,
        }))
    }

    /// `dst = cond` as 0/1.
    fn setcc(&mut self, cond: Result<Cond, bool>, dst: Reg) {
        match cond {
            Err(k) => self.emit(Inst::Imm {
                dst,
                value: u64::from(k),
            }),
            Ok(cond) => self.emit(Inst::CSet {
                cond,
                dst,
                mask: false,
            }),
        }
    }

    /// `dst = c ? t : f` for integers of `bits`.
    fn select_int(&mut self, c: Operand, t: Operand, f: Operand, dst: Reg, bits: u32) -> LResult {
        let cond = match self.cond_of(c)? {
            Err(k) => {
                let src = self.put(if k { t } else { f })?;
                self.copy(dst, src);
                return Ok(());
            }
            Ok(cond) => cond,
        };
        let all = mask(bits, u64::MAX);
        let size = Size::of_bits(bits);
        match (self.const_at(t, bits), self.const_at(f, bits)) {
            (Some(1), Some(0)) => {
                self.emit(Inst::CSet {
                    cond,
                    dst,
                    mask: false,
                });
                return Ok(());
            }
            (Some(0), Some(1)) => {
                self.emit(Inst::CSet {
                    cond: invert_cond(cond),
                    dst,
                    mask: false,
                });
                return Ok(());
            }
            (Some(a), Some(0)) if a == all && bits == size.bits() => {
                self.emit(Inst::CSet {
                    cond,
                    dst,
                    mask: true,
                });
                return Ok(());
            }
            _ => {}
        }
        let if_true = self.put_z(t)?;
        let if_false = self.put_z(f)?;
        self.emit(Inst::CSel {
            op: CselOp::Csel,
            size,
            cond,
            dst,
            if_true,
            if_false,
        });
        Ok(())
    }

    // ------------------------------------------------------------------ memory

    fn load(&mut self, ptr: Operand, dst: Reg, ty: Type) -> LResult {
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let k = LdSt::float(double, true);
            let addr = self.amode(ptr, k.shift)?;
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
        let addr = self.amode(ptr, shift)?;
        let odd = bits != (bytes * 8) as u32 && bits != 1;
        let raw = if odd { self.tmp() } else { dst };
        self.emit(Inst::Load { k, dst: raw, addr });
        if odd {
            self.zext_into(dst, raw, bits);
        }
        Ok(())
    }

    fn store(&mut self, value: Operand, ptr: Operand) -> LResult {
        let ty = self.ctx.ty(value);
        if self.ctx.m.types.is_float(ty) {
            let double = self.is_double(ty)?;
            let k = LdSt::float(double, false);
            // A +0.0 is stored from `xzr`.
            let (k, src) = match self.const_float(value, double) {
                Some(0) => (LdSt::int(k.shift, false, false, false), None),
                _ => (k, Some(self.put(value)?)),
            };
            let addr = self.amode(ptr, k.shift)?;
            self.emit(Inst::Store { k, src, addr });
            return Ok(());
        }
        self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) {
            return unsupported(format!("stores of {bytes} bytes"));
        }
        let shift = bytes.trailing_zeros() as u8;
        let src = self.put_z(value)?;
        let addr = self.amode(ptr, shift)?;
        self.emit(Inst::Store {
            k: LdSt::int(shift, false, false, false),
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
        // The address of the first part (base, at most one index) as an addressing-mode
        // computation, then the other indices added one by one.
        let mut a = self.addr(*base, 1)?;
        a.disp = a.disp.wrapping_add(t.disp);
        let mut rest = t.vars.as_slice();
        if a.index.is_none()
            && let Some(&(idx, scale, bits)) = rest.first()
            && let Some(i) = self.index_of(idx, scale, bits)?
        {
            a.index = Some(i);
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
            match self.index_of(idx, scale, bits)? {
                Some(i) => {
                    let sum = self.add_index(acc, i);
                    self.copy(next, sum);
                }
                None => {
                    let i = self.index_of(idx, 1, bits)?.expect("scale 1");
                    let r = self.index_reg(i);
                    let k = self.imm(scale as u64);
                    self.emit(Inst::MulAdd {
                        size: Size::X,
                        sub: false,
                        dst: next,
                        lhs: r,
                        rhs: k,
                        acc: Some(acc),
                    });
                }
            }
            acc = next;
        }
        Ok(())
    }

    fn switch(
        &mut self,
        value: Operand,
        default: jit_core::ir::Block,
        cases: &[(u128, jit_core::ir::Block)],
    ) -> LResult {
        self.bits(self.ctx.ty(value))?;
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

impl<'a> LowerIsa<'a> for Isel<'a, '_> {
    type Inst = Inst;

    fn ctx(&mut self) -> &mut Lower<'a, Inst> {
        &mut self.ctx
    }

    fn lower_args(&mut self) -> LResult {
        self.args()
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
                self.fneg(arg, dst)
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
                if self.ctx.m.types.is_float(ty) {
                    let double = self.is_double(ty)?;
                    match self.cond_of(cond)? {
                        Err(k) => {
                            let src = self.put(if k { if_true } else { if_false })?;
                            self.copy(dst, src);
                        }
                        Ok(c) => {
                            let t = self.put(if_true)?;
                            let f = self.put(if_false)?;
                            self.emit(Inst::FCsel {
                                double,
                                cond: c,
                                dst,
                                if_true: t,
                                if_false: f,
                            });
                        }
                    }
                    Ok(())
                } else {
                    let bits = self.bits(ty)?;
                    self.select_int(cond, if_true, if_false, dst, bits)
                }
            }
            InstKind::Cast { op, value, .. } => {
                let dst = self.result(inst)?;
                let to = self.ctx.value_ty(data.result.expect("casts have results"));
                self.cast(op, value, dst, to)
            }
            InstKind::Load { ptr, .. } => {
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
                    self.emit(Inst::AddrOf {
                        dst,
                        addr: Amode::Frame { obj, off: 0 },
                    });
                    return Ok(());
                }
                self.dynamic_alloca(ty, count, align, dst)
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
                ConstKind::Float(b) => {
                    if double {
                        b
                    } else {
                        u64::from((f64::from_bits(b) as f32).to_bits())
                    }
                }
                ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => 0,
                _ => return unsupported("a float constant expression"),
            };
            self.emit(Inst::FImm { double, dst, bits });
            return Ok(vec![dst]);
        }
        let bits = self.bits(ty)?;
        let dst = self.tmp();
        match eval(m, self.ctx.dl, c) {
            Ok(CVal::Bits(b)) => {
                self.emit(Inst::Imm {
                    dst,
                    value: mask(bits, b as u64),
                });
            }
            Ok(CVal::Sym(..)) => {
                let a = self.const_addr(c)?;
                if bits < 64 {
                    let wide = self.tmp();
                    self.addr_into(a, wide)?;
                    self.zext_into(dst, wide, bits);
                } else {
                    self.addr_into(a, dst)?;
                }
            }
            _ => return unsupported("a constant this tier does not materialise"),
        }
        Ok(vec![dst])
    }
}
