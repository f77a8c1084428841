//! What an instruction may do besides computing its result: read or write memory, trap,
//! or have effects the program can observe. Every pass that deletes, merges or moves
//! instructions asks here, so the rules are in one place:
//!
//! - volatile and atomic accesses, fences, `va_arg` and calls are never deleted or moved
//!   (calls may write any memory: the reader keeps no `memory(...)` attributes, so only the
//!   intrinsics listed in [`pure_intrinsic`] are known not to);
//! - an `invoke` is a call with all of a call's effects (and a terminator); a `landingpad`
//!   is where an exception re-enters the function, after the callee wrote what it wrote, so
//!   it counts as writing memory too, and neither is ever deleted (`resume` neither);
//! - a plain load reads memory; it may be deleted when unused, but moved only where memory
//!   is known not to change and its address is known to be valid;
//! - integer division and remainder trap on a zero divisor (and `INT_MIN / -1`), so they
//!   move only when the divisor is a constant that cannot trap;
//! - `alloca` is tied to its frame and never moves or merges.

use jit_core::ir::{Body, ConstKind, InstKind, Intrinsic, Module, Operand};

/// Intrinsics that compute a result from their arguments and nothing else (no memory, no
/// trap, no other effect; the default floating-point environment assumed, as LLVM does
/// without `strictfp`).
pub(crate) fn pure_intrinsic(i: Intrinsic) -> bool {
    use Intrinsic::*;
    matches!(
        i,
        Smax | Smin
            | Umax
            | Umin
            | Abs
            | Scmp
            | Ucmp
            | Fabs
            | Sqrt
            | Floor
            | Ceil
            | Trunc
            | Round
            | RoundEven
            | Rint
            | NearbyInt
            | Lround
            | Llround
            | Lrint
            | Llrint
            | Copysign
            | Fma
            | FMulAdd
            | MinNum
            | MaxNum
            | Minimum
            | Maximum
            | Pow
            | Powi
            | Exp
            | Exp2
            | Log
            | Log2
            | Log10
            | Sin
            | Cos
            | Ldexp
            | IsFpClass
            | Ctpop
            | Ctlz
            | Cttz
            | Bswap
            | BitReverse
            | Fshl
            | Fshr
            | SAddWithOverflow
            | UAddWithOverflow
            | SSubWithOverflow
            | USubWithOverflow
            | SMulWithOverflow
            | UMulWithOverflow
            | SAddSat
            | UAddSat
            | SSubSat
            | USubSat
            | PtrMask
            | Expect
            | ExpectWithProbability
    )
}

/// The intrinsic a direct call calls, if any.
pub(crate) fn called_intrinsic(m: &Module, kind: &InstKind) -> Option<Intrinsic> {
    let InstKind::Call { callee, .. } = kind else {
        return None;
    };
    let Operand::Const(c) = callee else {
        return None;
    };
    match m.consts[*c].kind {
        ConstKind::GlobalAddr(jit_core::ir::GlobalRef::Function(f)) => m.functions[f].intrinsic,
        _ => None,
    }
}

/// True for a call of a pure intrinsic.
pub(crate) fn is_pure_call(m: &Module, kind: &InstKind) -> bool {
    called_intrinsic(m, kind).is_some_and(pure_intrinsic)
}

/// True when the instruction may be deleted if its result is unused: no effect but its
/// result (loads included: reading memory has no effect).
pub(crate) fn removable_if_unused(m: &Module, kind: &InstKind) -> bool {
    match kind {
        InstKind::Load { volatile, .. } => !volatile,
        InstKind::Call { .. } => is_pure_call(m, kind),
        k => k.only_computes(),
    }
}

/// True when the instruction computes its result from its operands alone (no memory, no
/// trap, no effect), so it may be merged with an equal one or executed where it was not
/// (speculated, hoisted). `freeze` is excluded (two freezes of one value may differ) and so
/// is `alloca`.
pub(crate) fn is_pure(m: &Module, body: &Body, kind: &InstKind) -> bool {
    match kind {
        InstKind::Binary { op, rhs, .. } => {
            use jit_core::ir::BinaryOp::*;
            match op {
                UDiv | URem => nonzero_const(m, *rhs, false),
                SDiv | SRem => nonzero_const(m, *rhs, true),
                _ => true,
            }
        }
        InstKind::FNeg { .. }
        | InstKind::ICmp { .. }
        | InstKind::FCmp { .. }
        | InstKind::Gep { .. }
        | InstKind::Cast { .. }
        | InstKind::Select { .. }
        | InstKind::ExtractValue { .. }
        | InstKind::InsertValue { .. }
        | InstKind::ExtractElement { .. }
        | InstKind::InsertElement { .. }
        | InstKind::ShuffleVector { .. } => true,
        InstKind::Call { .. } => {
            let _ = body;
            is_pure_call(m, kind)
        }
        _ => false,
    }
}

/// True when `op` is an integer constant other than zero (and, when `signed`, other than
/// all ones, so that `INT_MIN / -1` cannot trap either).
fn nonzero_const(m: &Module, op: Operand, signed: bool) -> bool {
    let Operand::Const(c) = op else { return false };
    let ConstKind::Int(v) = m.consts[c].kind else {
        return false;
    };
    let Some(bits) = m
        .types
        .get(m.consts[c].ty)
        .and(m.types.int_bits(m.consts[c].ty))
    else {
        return false;
    };
    let all_ones = if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    v != 0 && !(signed && v == all_ones)
}

/// True when the instruction may write memory (or has an effect that orders memory):
/// stores, calls other than pure intrinsics, invokes and landing pads, atomics, fences,
/// `va_arg`, volatile loads.
pub(crate) fn may_write_memory(m: &Module, kind: &InstKind) -> bool {
    match kind {
        InstKind::Store { .. }
        | InstKind::AtomicStore { .. }
        | InstKind::AtomicRmw { .. }
        | InstKind::CmpXchg { .. }
        | InstKind::Fence { .. }
        | InstKind::VaArg { .. }
        | InstKind::AtomicLoad { .. }
        | InstKind::Invoke { .. }
        | InstKind::LandingPad { .. } => true,
        InstKind::Load { volatile, .. } => *volatile,
        InstKind::Call { .. } => !is_pure_call(m, kind) && !is_no_op_call(m, kind),
        _ => false,
    }
}

/// Calls of intrinsics that do nothing at run time (`llvm.lifetime.*`, `llvm.assume`,
/// annotations...): they neither read nor write memory the program sees.
pub(crate) fn is_no_op_call(m: &Module, kind: &InstKind) -> bool {
    called_intrinsic(m, kind).is_some_and(|i| i.is_no_op())
}
