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
//! inline asm; `va_arg`; overflow and saturating intrinsics; thread-local addresses; a
//! block that several `indirectbr`s enter on critical edges (see [`crate::blockaddr`]).

mod addr;
mod arith;
mod atomic;
mod call;
mod checked;
mod cond;
mod div;
mod hoist;
mod wide;

pub use cond::invert_cond;

use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    BinaryOp, CastOp, Const, ConstKind, FnAttrs, GlobalRef, Inst as IrInst, InstKind, Operand,
    ParamAttrs, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;
use regalloc2::RegClass;

use super::enc::{Ext, Shift, logical_imm};
use super::inst::{AluOp, Amode, CselOp, Inst, Rhs, Size};
use crate::machinst::blockorder::LBlock;
use crate::machinst::lower::{LResult, Leaf, LowerIsa, operand_regs, unsupported};
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
    /// The register save areas and argument counts of a variadic function.
    va: Option<VaFrame>,
    /// Constants kept in registers across the function (see [`hoist`]).
    hoisted: hoist::Hoisted,
    /// Exception tables and the landing pads of the invokes.
    pub eh: crate::eh::PadSites,
}

/// What `llvm.va_start` needs to know about a variadic function's frame (AAPCS64
/// `va_list`: `__stack`, `__gr_top`, `__vr_top`, `__gr_offs`, `__vr_offs`).
#[derive(Copy, Clone, Debug)]
struct VaFrame {
    /// Frame object of the 64-byte save area of `x0`–`x7`.
    gr: u32,
    /// Frame object of the 128-byte save area of `q0`–`q7`.
    vr: u32,
    /// General argument registers the named parameters take.
    gp_used: u8,
    /// SIMD&FP argument registers the named parameters take.
    fp_used: u8,
    /// Bytes of named parameters on the stack.
    stack_bytes: u32,
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
    /// The frame object of a static `alloca` (see [`Lower::static_allocas`]), if it has one.
    pub(crate) fn alloca_object(&self, v: Value) -> Option<u32> {
        *self.object_of.get(v)
    }

    /// Prepares selection for the function of `ctx`; `Err` when the function uses
    /// something this tier leaves to tier 0.
    pub fn new(ctx: Lower<'a, Inst>, syms: &'b mut SymbolTable) -> LResult<Self> {
        let m = ctx.m;
        let func = ctx.func;
        let Some((_, _, varargs)) = m.types.function_sig(func.ty) else {
            return unsupported("function type");
        };
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
            va: None,
            hoisted: hoist::Hoisted::default(),
            eh: Default::default(),
        };
        isel.eh = match crate::eh::PadSites::new(m, isel.ctx.dl, isel.syms, isel.ctx.fid) {
            Ok(eh) => eh,
            Err(e) => return unsupported(e),
        };
        if varargs {
            let Some((_, param_tys, _)) = m.types.function_sig(func.ty) else {
                return unsupported("function type");
            };
            let mut attrs = func.param_attrs.iter().map(Some);
            let lay = match crate::aarch64::abi::layout_args(m, isel.ctx.dl, param_tys, &mut attrs)
            {
                Ok(l) => l,
                Err(e) => return unsupported(e),
            };
            let gr = isel.objects.len() as u32;
            isel.objects.push((64, 16));
            isel.objects.push((128, 16));
            isel.va = Some(VaFrame {
                gr,
                vr: gr + 1,
                gp_used: lay.gp_used,
                fp_used: lay.fp_used,
                stack_bytes: lay.stack_size,
            });
        }
        // Static allocas of the entry block are frame objects.
        for (v, size, align) in isel.ctx.static_allocas()? {
            isel.object_of[v] = Some(isel.objects.len() as u32);
            isel.objects.push((size, align));
        }
        isel.plan_hoisting();
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

    /// A register holding the scalar `op` (a constant is materialised here, a piece of a
    /// composite is found).
    fn put(&mut self, op: Operand) -> LResult<Reg> {
        match self.ctx.resolve(op) {
            Operand::Value(v) if !self.ctx.is_alias(v) => self.ctx.use_reg(v),
            op => match operand_regs(self, op)?.as_slice() {
                [r] => Ok(*r),
                _ => unsupported("an aggregate used as a scalar"),
            },
        }
    }

    /// The registers holding `op`, one per leaf of its type.
    fn put_regs(&mut self, op: Operand) -> LResult<Vec<Reg>> {
        operand_regs(self, op)
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
            return Ok((Rhs::Reg(self.put(op)?), false));
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
            return Ok(Rhs::Reg(self.put(op)?));
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

impl Isel<'_, '_> {
    /// Materialises an aggregate or `i128` constant leaf by leaf.
    fn materialize_pieces(&mut self, c: Const, ty: Type) -> LResult<Vec<Reg>> {
        let m = self.ctx.m;
        let Some(leaves) = self.ctx.leaves(ty) else {
            return unsupported(format!("constants of type {}", m.types.display(ty)));
        };
        match &m.const_data(c).kind {
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => {
                Ok(leaves.iter().map(|l: &Leaf| self.zero(l.class)).collect())
            }
            ConstKind::Int(v) if leaves.len() == 2 => {
                Ok(vec![self.imm(*v as u64), self.imm((*v >> 64) as u64)])
            }
            ConstKind::Aggregate(elems) => {
                let mut out = Vec::new();
                for (k, &e) in elems.iter().enumerate() {
                    let Some(ety) = m.types.member(ty, k as u64) else {
                        return unsupported("an aggregate constant of the wrong shape");
                    };
                    out.extend(self.materialize(e, ety)?);
                }
                Ok(out)
            }
            ConstKind::Bytes(bytes) => Ok(bytes.iter().map(|&b| self.imm(u64::from(b))).collect()),
            _ => unsupported("an aggregate constant this tier does not materialise"),
        }
    }

    /// `select` of a value of several leaves: one conditional select per leaf.
    fn select_leaves(&mut self, c: Operand, t: Operand, f: Operand, v: Value) -> LResult {
        let dsts = self.ctx.value_regs(v)?.to_vec();
        match self.cond_of(c)? {
            Err(k) => {
                let src = self.put_regs(if k { t } else { f })?;
                for (d, s) in dsts.into_iter().zip(src) {
                    self.copy(d, s);
                }
            }
            Ok(cond) => {
                let t = self.put_regs(t)?;
                let f = self.put_regs(f)?;
                for ((dst, t), f) in dsts.into_iter().zip(t).zip(f) {
                    if dst.class() == RegClass::Float {
                        self.emit(Inst::FCsel {
                            double: true,
                            cond: cond.clone(),
                            dst,
                            if_true: t,
                            if_false: f,
                        });
                    } else {
                        self.emit(Inst::CSel {
                            op: CselOp::Csel,
                            size: Size::X,
                            cond: cond.clone(),
                            dst,
                            if_true: Some(t),
                            if_false: Some(f),
                        });
                    }
                }
            }
        }
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
                let ty = self.ctx.ty(lhs);
                if self.is_wide(ty) {
                    let v = data.result.expect("binary operations have results");
                    return self.binary128(op, lhs, rhs, v);
                }
                let dst = self.result(inst)?;
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
                let ty = self.ctx.ty(if_true);
                if self.ctx.leaves(ty).is_some_and(|l| l.len() > 1) {
                    let v = data.result.expect("selects have results");
                    return self.select_leaves(cond, if_true, if_false, v);
                }
                let dst = self.result(inst)?;
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
                let v = data.result.expect("casts have results");
                if self.is_wide(self.ctx.ty(value)) || self.is_wide(self.ctx.value_ty(v)) {
                    return self.cast128(op, value, v);
                }
                let dst = self.result(inst)?;
                let to = self.ctx.value_ty(data.result.expect("casts have results"));
                self.cast(op, value, dst, to)
            }
            InstKind::Load { ptr, .. } => {
                let v = data.result.expect("loads have results");
                self.load_value(ptr, v)
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
            InstKind::AtomicLoad { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::Fence { .. }
            | InstKind::AtomicRmw { .. }
            | InstKind::CmpXchg { .. } => self.atomic(&kind, data.result),
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
            InstKind::IndirectBr { addr, .. } => {
                let addr = self.put(addr)?;
                self.emit(Inst::JmpInd { addr });
                Ok(())
            }
            InstKind::Unreachable => {
                self.emit(Inst::Unreachable);
                Ok(())
            }
            InstKind::Invoke { unwind, .. } => {
                let (m, dl, body) = (self.ctx.m, self.ctx.dl, self.ctx.body);
                let site = match self.eh.add(m, dl, self.syms, body, unwind) {
                    Ok(site) => site,
                    Err(e) => return unsupported(e),
                };
                // Blocks order puts an edge block on both edges: normal first.
                let [normal, landing] = succs[..] else {
                    return unsupported("an invoke whose edges are one");
                };
                self.call_or_invoke(inst, Some((normal, landing, site)))
            }
            InstKind::Resume { value } => {
                let regs = self.put_regs(value)?;
                let Some(&exception) = regs.first() else {
                    return unsupported("resume of an empty value");
                };
                let resume = self.syms.external(self.ctx.m, "_Unwind_Resume");
                self.emit_call(
                    super::inst::Callee::Sym(resume),
                    vec![(exception, super::inst::xreg(0))],
                    Vec::new(),
                );
                self.emit(Inst::Unreachable);
                Ok(())
            }
            other => unsupported(format!("terminator `{}`", other.opcode())),
        }
    }

    fn zero(&mut self, class: RegClass) -> Reg {
        if class == RegClass::Float {
            let dst = self.ftmp();
            self.emit(Inst::FImm {
                double: true,
                dst,
                bits: 0,
            });
            dst
        } else {
            self.imm(0)
        }
    }

    fn gen_jump(&mut self, target: LBlock) -> Inst {
        Inst::Jmp { target }
    }

    fn lower_invoke_result(&mut self, invoke: IrInst) -> LResult {
        self.invoke_result(invoke)
    }

    fn lower_landing(&mut self) -> LResult<Vec<Reg>> {
        self.landing()
    }

    fn materialize(&mut self, c: Const, ty: Type) -> LResult<Vec<Reg>> {
        if let Some(r) = self.hoisted_const(c, ty) {
            return Ok(vec![r]);
        }
        let m = self.ctx.m;
        if !m.types.is_scalar(ty) || matches!(m.types.data(ty), TypeData::Int(65..)) {
            return self.materialize_pieces(c, ty);
        }
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
            Ok(CVal::Block(func, block, off)) if bits == 64 => {
                if self.ctx.block_labels.get(func, block).is_none() {
                    return unsupported("a blockaddress without a label");
                }
                let Some(sym) = self.syms.function(func) else {
                    return unsupported("the blockaddress of a function without code here");
                };
                self.emit(Inst::BlockAddr {
                    dst,
                    sym,
                    func,
                    block,
                    off,
                });
            }
            _ => {
                // `ptrtoint`/`trunc` of an address to a narrower integer: the address,
                // truncated.
                if let ConstKind::Expr(jit_core::ir::ConstExpr::Cast {
                    op: CastOp::PtrToInt | CastOp::Trunc,
                    value,
                }) = &m.const_data(c).kind
                    && bits < 64
                {
                    let inner_ty = m.const_data(*value).ty;
                    let wide = self.materialize(*value, inner_ty)?;
                    let [w] = wide[..] else {
                        return unsupported("a constant this tier does not materialise");
                    };
                    self.zext_into(dst, w, bits);
                } else {
                    return unsupported("a constant this tier does not materialise");
                }
            }
        }
        Ok(vec![dst])
    }
}
