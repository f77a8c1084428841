//! x86-64 instruction selection for the optimizing tier: IR instructions to [`Inst`]s over
//! virtual registers (see [`crate::machinst`] for the driver and its folding rules).
//!
//! What it folds: compares into branches, `cmov` and `setcc`; `getelementptr` chains,
//! static allocas and globals into addressing modes (`[base + index * scale + disp]`);
//! single-use loads into the right operand of ALU, compare and SSE instructions and into
//! sign-extensions; immediates into every instruction that takes one; additions and
//! multiplications by 3, 5, 9 into `lea`; divisions by powers of two into shifts.
//!
//! Vectors: the 128-bit vector code of the functions [`keeps_vectors`] accepts becomes SSE2
//! instructions; other vector code reaches this tier scalarized by the legalizer.
//!
//! What it leaves to tier 0 (the whole function, see [`crate::machinst`]): values other
//! than integers up to 64 bits, pointers, `float`, `double` and kept 128-bit vectors
//! (aggregates, `i128`, `x86_fp80`, `fp128`); variadic definitions; `byval` parameters and arguments;
//! aggregate returns; calls of `returns_twice` functions; atomics; inline asm; `va_arg`;
//! overflow and saturating intrinsics; `stacksave`; a block that several `indirectbr`s
//! enter on critical edges (see [`crate::blockaddr`]).

use std::collections::HashMap;

use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    AtomicOrdering, BinaryOp, CallArg, CastOp, Const, ConstKind, FloatPredicate, FnAttrs,
    GlobalRef, Inst as IrInst, InstKind, IntPredicate, Intrinsic, Operand, ParamAttrs, RmwOp,
    SyncScope, Type, TypeData, Value,
};
use jit_core::object::SymbolIndex;
use regalloc2::{PReg, PRegSet, RegClass};

use super::inst::{
    AluOp, Amode, BitCountOp, Callee, Cond, FOp, Inst, Rmi, RmwLoopOp, ShiftOp, Size, UnOp, gpr,
    xmm,
};
use crate::machinst::blockorder::LBlock;
use crate::machinst::lower::{LResult, Leaf, LowerIsa, operand_regs, unsupported};
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
    /// The register save area and argument counts of a variadic function.
    va: Option<VaFrame>,
    /// The function keeps its vector code (see [`vector`]).
    vectors: bool,
    /// Exception tables and the landing pads of the invokes.
    pub eh: crate::eh::PadSites,
}

/// What `llvm.va_start` needs to know about a variadic function's frame.
#[derive(Copy, Clone, Debug)]
struct VaFrame {
    /// Frame object of the 176-byte register save area.
    save: u32,
    /// Integer argument registers the named parameters take.
    gp_used: u8,
    /// SSE argument registers the named parameters take.
    xmm_used: u8,
    /// Bytes of named parameters on the stack.
    stack_bytes: u32,
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

mod addr;
mod arith;
mod call;
mod div;
mod vector;

pub use vector::keeps_vectors;

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
            pool: Vec::new(),
            pool_index: HashMap::new(),
            objects: Vec::new(),
            object_of: SecondaryMap::default(),
            outgoing: 0,
            va: None,
            vectors: false,
            eh: Default::default(),
        };
        isel.eh = match crate::eh::PadSites::new(m, isel.ctx.dl, isel.syms, isel.ctx.fid) {
            Ok(eh) => eh,
            Err(e) => return unsupported(e),
        };
        isel.vectors = isel.ctx.layouts.borrow().vectors;
        if isel.vectors
            && let Some((ret, params, _)) = m.types.function_sig(func.ty)
            && (m.types.is_vector(ret) || params.iter().any(|&p| m.types.is_vector(p)))
        {
            // Vector parameters and results are spilled whole.
            isel.ctx.vcode.wide_float_slots = true;
        }
        if varargs {
            // The register save area: six integer registers, then eight SSE registers.
            let Some((_, param_tys, _)) = m.types.function_sig(func.ty) else {
                return unsupported("function type");
            };
            let mut attrs = func.param_attrs.iter().map(Some);
            let lay = match layout_args(m, isel.ctx.dl, param_tys, &mut attrs) {
                Ok(l) => l,
                Err(e) => return unsupported(e),
            };
            let save = isel.objects.len() as u32;
            isel.objects.push((176, 16));
            isel.va = Some(VaFrame {
                save,
                gp_used: lay.gp_used,
                xmm_used: lay.xmm_used,
                stack_bytes: lay.stack_size,
            });
        }
        // Static allocas of the entry block are frame objects.
        for (v, size, align) in isel.ctx.static_allocas()? {
            isel.object_of[v] = Some(isel.objects.len() as u32);
            isel.objects.push((size, align));
        }
        Ok(isel)
    }

    pub(super) fn bits(&self, ty: Type) -> LResult<u32> {
        match self.ctx.type_data(ty) {
            TypeData::Int(b) if *b <= 64 => Ok(*b),
            TypeData::Ptr(_) => Ok(64),
            _ => unsupported(format!("type {}", self.ctx.m.types.display(ty))),
        }
    }

    pub(super) fn is_double(&self, ty: Type) -> LResult<bool> {
        match self.ctx.type_data(ty) {
            TypeData::Double => Ok(true),
            TypeData::Float => Ok(false),
            _ => unsupported(format!("type {}", self.ctx.m.types.display(ty))),
        }
    }

    pub(super) fn emit(&mut self, i: Inst) {
        self.ctx.emit(i);
    }

    pub(super) fn tmp(&mut self) -> Reg {
        self.ctx.new_reg(RegClass::Int)
    }

    pub(super) fn ftmp(&mut self) -> Reg {
        self.ctx.new_reg(RegClass::Float)
    }

    pub(super) fn result(&mut self, inst: IrInst) -> LResult<Reg> {
        let Some(v) = self.ctx.body.insts[inst].result else {
            return unsupported("an instruction without a result");
        };
        self.ctx.value_reg(v)
    }

    /// The integer bits of a constant operand (after aliases), zero-extended.
    pub(super) fn const_bits(&self, op: Operand) -> Option<u64> {
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
    pub(super) fn imm32(&self, op: Operand, size: Size) -> Option<i32> {
        let v = self.const_bits(op)?;
        match size {
            Size::L => Some(v as u32 as i32),
            Size::Q => i32::try_from(v as i64).ok(),
        }
    }

    /// A register holding the scalar `op` (a constant is materialised here).
    pub(super) fn put(&mut self, op: Operand) -> LResult<Reg> {
        match self.ctx.resolve(op) {
            Operand::Value(v) if !self.ctx.is_alias(v) => self.ctx.use_reg(v),
            op => match operand_regs(self, op)?.as_slice() {
                [r] => Ok(*r),
                _ => unsupported("an aggregate used as a scalar"),
            },
        }
    }

    /// The registers holding `op`, one per leaf of its type.
    pub(super) fn put_regs(&mut self, op: Operand) -> LResult<Vec<Reg>> {
        operand_regs(self, op)
    }

    /// `op` as the right operand of an integer operation of `size` whose natural width is
    /// `bits`: an immediate, a folded load of exactly that width, or a register.
    pub(super) fn rmi(&mut self, op: Operand, size: Size, bits: u32) -> LResult<Rmi> {
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
    pub(super) fn frm(&mut self, op: Operand, double: bool) -> LResult<Rmi> {
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

    pub(super) fn pool_entry(&mut self, bits: u128) -> Amode {
        let idx = *self.pool_index.entry(bits).or_insert_with(|| {
            self.pool.push(bits);
            self.pool.len() as u32 - 1
        });
        Amode::Pool { idx }
    }

    /// Zero-extends the low `bits` of `src` into a new register (the width invariant).
    pub(super) fn zext(&mut self, src: Reg, bits: u32) -> Reg {
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
    pub(super) fn sext64(&mut self, src: Reg, bits: u32) -> Reg {
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
    pub(super) fn signed_operand(&mut self, op: Operand, bits: u32) -> LResult<(Reg, Size)> {
        let r = self.put(op)?;
        Ok(match bits {
            32 => (r, Size::L),
            64 => (r, Size::Q),
            _ => (self.sext64(r, bits), Size::Q),
        })
    }

    /// Materialises an aggregate or `i128` constant leaf by leaf.
    fn materialize_pieces(&mut self, c: Const, ty: Type) -> LResult<Vec<Reg>> {
        let m = self.ctx.m;
        let Some(leaves) = self.ctx.leaves(ty) else {
            return unsupported(format!("constants of type {}", m.types.display(ty)));
        };
        let zero = |isel: &mut Self, leaf: &Leaf| {
            if leaf.class == RegClass::Float {
                let dst = isel.ftmp();
                isel.emit(Inst::FZero { dst });
                dst
            } else {
                let dst = isel.tmp();
                isel.emit(Inst::Imm { dst, value: 0 });
                dst
            }
        };
        match &m.const_data(c).kind {
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => {
                Ok(leaves.iter().map(|l| zero(self, l)).collect())
            }
            ConstKind::Int(v) if leaves.len() == 2 => {
                let mut out = Vec::new();
                for half in [*v as u64, (*v >> 64) as u64] {
                    let dst = self.tmp();
                    self.emit(Inst::Imm { dst, value: half });
                    out.push(dst);
                }
                Ok(out)
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
            ConstKind::Bytes(bytes) => Ok(bytes
                .iter()
                .map(|&b| {
                    let dst = self.tmp();
                    self.emit(Inst::Imm {
                        dst,
                        value: u64::from(b),
                    });
                    dst
                })
                .collect()),
            _ => unsupported("an aggregate constant this tier does not materialise"),
        }
    }

    fn atomic_rmw(&mut self, op: RmwOp, ptr: Operand, value: Operand, v: Value) -> LResult {
        let ty = self.ctx.ty(value);
        if op.is_float() || self.ctx.m.types.is_float(ty) {
            return unsupported("floating-point atomicrmw");
        }
        let bits = self.bits(ty)?;
        let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
        if !matches!(bytes, 1 | 2 | 4 | 8) || (bits != (bytes * 8) as u32 && ty != Type::PTR) {
            return unsupported("atomicrmw of an odd width");
        }
        let dst = self.ctx.value_reg(v)?;
        let bytes = bytes as u8;
        let loop_op = match op {
            RmwOp::Xchg | RmwOp::Add | RmwOp::Sub => None,
            RmwOp::And => Some(RmwLoopOp::And),
            RmwOp::Or => Some(RmwLoopOp::Or),
            RmwOp::Xor => Some(RmwLoopOp::Xor),
            RmwOp::Nand => Some(RmwLoopOp::Nand),
            RmwOp::Max => Some(RmwLoopOp::Max),
            RmwOp::Min => Some(RmwLoopOp::Min),
            RmwOp::UMax => Some(RmwLoopOp::UMax),
            RmwOp::UMin => Some(RmwLoopOp::UMin),
            _ => return unsupported(format!("atomicrmw {}", op.name())),
        };
        let val = self.put(value)?;
        match loop_op {
            Some(lop) => {
                let val = if matches!(lop, RmwLoopOp::Max | RmwLoopOp::Min) {
                    self.sext64(val, bits)
                } else {
                    val
                };
                let addr = self.amode(ptr)?;
                let tmp = self.tmp();
                self.emit(Inst::AtomicLoop {
                    op: lop,
                    bytes,
                    addr,
                    val,
                    tmp,
                    dst,
                });
            }
            None => {
                let val = if op == RmwOp::Sub {
                    let n = self.tmp();
                    self.emit(Inst::Unary {
                        op: UnOp::Neg,
                        size: Size::Q,
                        dst: n,
                        src: val,
                    });
                    n
                } else {
                    val
                };
                let addr = self.amode(ptr)?;
                // 32-bit forms zero the upper half; the encoder zero-extends 8/16-bit ones.
                self.emit(Inst::AtomicSwap {
                    add: op != RmwOp::Xchg,
                    bytes,
                    addr,
                    val,
                    dst,
                });
            }
        }
        Ok(())
    }

    /// A branch condition that is `a || b` or `a && b` of two same-block compares: branch
    /// on each compare instead of materialising both and combining (`Some((any, a, b))`).
    fn short_circuit(&self, cond: Operand) -> Option<(bool, Operand, Operand)> {
        let cond = self.ctx.resolve(cond);
        let p = self.ctx.same_block_producer(cond)?;
        let InstKind::Binary { op, lhs, rhs, .. } = self.ctx.body.insts[p].kind else {
            return None;
        };
        if self.ctx.ty(lhs) != Type::I1 {
            return None;
        }
        let any = match op {
            BinaryOp::Or => true,
            BinaryOp::And => false,
            _ => return None,
        };
        let is_compare = |op: Operand| {
            self.const_bits(op).is_none()
                && self
                    .ctx
                    .same_block_producer(self.ctx.resolve(op))
                    .is_some_and(|q| {
                        matches!(
                            self.ctx.body.insts[q].kind,
                            InstKind::ICmp { .. } | InstKind::FCmp { .. }
                        )
                    })
        };
        (is_compare(lhs) && is_compare(rhs)).then_some((any, lhs, rhs))
    }

    /// `dst = src` for one class.
    pub(super) fn copy(&mut self, dst: Reg, src: Reg) {
        self.emit(<Inst as crate::machinst::MachInst>::gen_copy(dst, src));
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
            let Some(leaves) = self.ctx.leaves(ty) else {
                return unsupported(format!("parameters of type {}", m.types.display(ty)));
            };
            if !self.ctx.is_needed(p) {
                continue;
            }
            let dsts = self.ctx.value_regs(p)?.to_vec();
            // Where each leaf arrives: a register or an incoming stack offset.
            if let ArgLoc::Byval { off, .. } = lay.locs[i] {
                // The parameter is the address of the caller's copy.
                after.push(Inst::Lea {
                    size: Size::Q,
                    dst: dsts[0],
                    addr: Amode::Incoming { off: off as i32 },
                });
                continue;
            }
            let places: Vec<Result<PReg, i32>> = match lay.locs[i] {
                ArgLoc::Gp(r) => vec![Ok(gpr(GP_ARGS[r as usize]))],
                ArgLoc::Gp2(r) => vec![
                    Ok(gpr(GP_ARGS[r as usize])),
                    Ok(gpr(GP_ARGS[r as usize + 1])),
                ],
                ArgLoc::Xmm(x) => vec![Ok(xmm(x))],
                // A kept vector, whole in one SSE register.
                ArgLoc::Xmm16 { first, n: 1 } if self.is_vector_value(ty) => vec![Ok(xmm(first))],
                ArgLoc::Stack(off) => (0..leaves.len() as i32)
                    .map(|k| Err(off as i32 + 8 * k))
                    .collect(),
                _ => return unsupported("parameters passed as vectors or long double"),
            };
            if places.len() != leaves.len() {
                return unsupported("a parameter split across registers unlike its fields");
            }
            for ((leaf, dst), place) in leaves.iter().zip(dsts).zip(places) {
                let float = leaf.class == RegClass::Float;
                let bits = if float { 64 } else { self.bits(leaf.ty)? };
                if float && !(self.is_vector_value(leaf.ty) && place.is_ok()) {
                    self.is_double(leaf.ty)?;
                }
                match place {
                    Ok(preg) if bits < 64 => {
                        let raw = self.tmp();
                        params.push((raw, preg));
                        after.push(Inst::Ext {
                            signed: false,
                            from: bits as u8,
                            dst,
                            src: raw,
                        });
                    }
                    Ok(preg) => params.push((dst, preg)),
                    Err(off) => {
                        let addr = Amode::Incoming { off };
                        if float {
                            let double = self.is_double(leaf.ty)?;
                            after.push(Inst::FLoad { double, dst, addr });
                            continue;
                        }
                        let bytes = match bits {
                            1..=8 => 1,
                            9..=16 => 2,
                            17..=32 => 4,
                            _ => 8,
                        };
                        let exact = bits == bytes * 8 || bits == 1;
                        let raw = if exact { dst } else { self.tmp() };
                        after.push(Inst::Load {
                            bytes: bytes as u8,
                            signed: false,
                            dst: raw,
                            addr,
                        });
                        if !exact {
                            after.push(Inst::Ext {
                                signed: false,
                                from: bits as u8,
                                dst,
                                src: raw,
                            });
                        }
                    }
                }
            }
        }
        let va_save = self.va.map(|v| v.save);
        self.emit(Inst::Args { params, va_save });
        for i in after {
            self.emit(i);
        }
        Ok(())
    }

    fn lower_inst(&mut self, inst: IrInst) -> LResult {
        if self.vectors && self.lower_vector(inst)? {
            return Ok(());
        }
        let data = &self.ctx.body.insts[inst];
        let kind: &'a InstKind = &data.kind;
        match *kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let ty = self.ctx.ty(lhs);
                if matches!(self.ctx.type_data(ty), TypeData::Int(128)) {
                    let v = data.result.expect("binary operations have results");
                    return self.binary128(op, lhs, rhs, v);
                }
                let dst = self.result(inst)?;
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
                let v = data.result.expect("selects have results");
                let dsts = self.ctx.value_regs(v)?.to_vec();
                match self.cond_of(cond)? {
                    Err(k) => {
                        let src = self.put_regs(if k { if_true } else { if_false })?;
                        for (d, s) in dsts.into_iter().zip(src) {
                            self.copy(d, s);
                        }
                    }
                    Ok(c) => {
                        let t = self.put_regs(if_true)?;
                        let f = self.put_regs(if_false)?;
                        for ((dst, t), f) in dsts.into_iter().zip(t).zip(f) {
                            if dst.class() == RegClass::Float {
                                self.emit(Inst::FSelect {
                                    cond: c.clone(),
                                    dst,
                                    if_false: f,
                                    if_true: t,
                                });
                            } else {
                                self.emit(Inst::Cmov {
                                    cond: c.clone(),
                                    dst,
                                    if_false: f,
                                    if_true: t,
                                });
                            }
                        }
                    }
                }
                Ok(())
            }
            InstKind::Cast { op, value, .. } => {
                let v = data.result.expect("casts have results");
                let wide = |t: Type| matches!(self.ctx.type_data(t), TypeData::Int(128));
                if wide(self.ctx.ty(value)) || wide(self.ctx.value_ty(v)) {
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
                let elem = self
                    .ctx
                    .layouts
                    .borrow_mut()
                    .alloc_size(self.ctx.m, self.ctx.dl, ty);
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
            InstKind::AtomicLoad { ptr, .. } => {
                // x86-64 is TSO: every ordering of a load is a plain load.
                let v = data.result.expect("loads have results");
                self.load_value(ptr, v)
            }
            InstKind::AtomicStore {
                value,
                ptr,
                ordering,
                scope,
                ..
            } => {
                self.store(value, ptr)?;
                if ordering == AtomicOrdering::SeqCst && scope == SyncScope::System {
                    self.emit(Inst::Mfence);
                }
                Ok(())
            }
            InstKind::Fence { ordering, scope } => {
                if ordering == AtomicOrdering::SeqCst && scope == SyncScope::System {
                    self.emit(Inst::Mfence);
                }
                Ok(())
            }
            InstKind::AtomicRmw { op, ptr, value, .. } => {
                let v = data.result.expect("atomicrmw has a result");
                self.atomic_rmw(op, ptr, value, v)
            }
            InstKind::CmpXchg {
                ptr, expected, new, ..
            } => {
                let v = data.result.expect("cmpxchg has a result");
                let ty = self.ctx.ty(expected);
                let bits = self.bits(ty)?;
                let bytes = self.ctx.dl.store_size(&self.ctx.m.types, ty);
                if !matches!(bytes, 1 | 2 | 4 | 8) || bits != (bytes * 8) as u32 {
                    return unsupported("cmpxchg of an odd width");
                }
                let dsts = self.ctx.value_regs(v)?.to_vec();
                let [old, ok] = dsts[..] else {
                    return unsupported("cmpxchg result of another shape");
                };
                let e = self.put(expected)?;
                let n = self.put(new)?;
                let addr = self.amode(ptr)?;
                self.emit(Inst::CmpXchg {
                    bytes: bytes as u8,
                    addr,
                    expected: e,
                    new: n,
                    dst: old,
                    ok,
                });
                Ok(())
            }
            InstKind::Freeze { arg } => {
                let dst = self.result(inst)?;
                let s = self.put(arg)?;
                self.copy(dst, s);
                Ok(())
            }
            ref other => unsupported(format!("`{}`", other.opcode())),
        }
    }

    fn lower_terminator(&mut self, inst: IrInst, succs: &[LBlock]) -> LResult {
        let kind: &'a InstKind = &self.ctx.body.insts[inst].kind;
        let lb = self.ctx.block;
        let order = self.ctx.order;
        match *kind {
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
                if let Some((any, a, b)) = self.short_circuit(cond) {
                    match (self.cond_of(a)?, self.cond_of(b)?) {
                        (Ok(first), Ok(second)) => {
                            self.emit(Inst::Branch2 {
                                any,
                                first,
                                second,
                                taken: t,
                                not_taken: e,
                            });
                            return Ok(());
                        }
                        _ => return unsupported("a constant operand of a branch's `and`/`or`"),
                    }
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
                ref cases,
            } => self.switch(value, default, cases),
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
                    Callee::Sym(resume),
                    vec![(exception, gpr(GP_ARGS[0]))],
                    Vec::new(),
                );
                self.emit(Inst::Unreachable);
                Ok(())
            }
            ref other => unsupported(format!("terminator `{}`", other.opcode())),
        }
    }

    fn zero(&mut self, class: RegClass) -> Reg {
        if class == RegClass::Float {
            let dst = self.ftmp();
            self.emit(Inst::FZero { dst });
            dst
        } else {
            let dst = self.tmp();
            self.emit(Inst::Imm { dst, value: 0 });
            dst
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
        let m = self.ctx.m;
        if self.vectors && m.types.is_vector(ty) {
            return Ok(vec![self.vector_const(c, ty)?]);
        }
        if !m.types.is_scalar(ty) || matches!(m.types.data(ty), TypeData::Int(65..)) {
            return self.materialize_pieces(c, ty);
        }
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
            Ok(CVal::Block(f, b, off)) => {
                let Some(label) = self.ctx.block_labels.get(f, b) else {
                    return unsupported("a blockaddress without a label");
                };
                if self.syms.function(f).is_none() {
                    return unsupported("the blockaddress of a function without code here");
                }
                if off == 0 {
                    self.emit(Inst::BlockAddr { dst, label });
                } else {
                    let off = i32::try_from(off)
                        .or_else(|_| unsupported("a blockaddress offset beyond 2 GiB"))?;
                    let base = self.tmp();
                    self.emit(Inst::BlockAddr { dst: base, label });
                    self.emit(Inst::Lea {
                        size: Size::Q,
                        dst,
                        addr: Amode::Base { base, disp: off },
                    });
                }
            }
            _ => return unsupported("a constant this tier does not materialise"),
        }
        Ok(vec![dst])
    }
}
