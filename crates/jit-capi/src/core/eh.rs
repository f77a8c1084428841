//! Core.h: Itanium exception handling (`invoke`, `landingpad` and its clauses, `resume`,
//! personality functions, an invoke's destinations) and `LLVMGetInstructionOpcode`.
//!
//! As in LLVM, the builder does not check where a landing pad goes or that the function has
//! a personality: the verifier (`LLVMVerifyModule`, and every engine before it runs a
//! module) does.

use super::builder::{At, build, call_operands, inst_of};
use crate::boundary::{LLVMBool, guard};
use crate::handles::{
    self, LLVMBasicBlockRef, LLVMBuilderRef, LLVMTypeRef, LLVMValueRef, ModuleBox, ValueKey,
};
use jit_core::ir::{
    BinaryOp, CastOp, Const, ConstKind, FuncId, Inst, InstKind, LandingPadClause, Operand,
    TypeData, Value, ValueDef,
};
use std::ffi::{c_char, c_uint};

/// The value handle of a module constant: a function or global by its own handle (as LLVM
/// returns the `Function *` itself), anything else as a constant.
fn const_ref(mb: &mut ModuleBox, c: Const) -> LLVMValueRef {
    match mb.ir.consts[c].kind {
        ConstKind::GlobalAddr(r) => mb.global_ref(r),
        _ => mb.value_ref(ValueKey::Const(c)),
    }
}

/// The function a value handle names.
fn function_of(v: LLVMValueRef) -> Result<(&'static mut ModuleBox, FuncId), String> {
    // SAFETY: `v` comes from the C caller (a value handle); module values live with their module.
    let h = unsafe { handles::value(v) }?;
    let ValueKey::Function(f) = h.key else {
        return Err("the value is not a function".to_string());
    };
    // SAFETY: as above.
    Ok((unsafe { handles::value_module(h) }?, f))
}

/// The operation of instruction `i` of function `f`.
fn inst_kind_mut(mb: &mut ModuleBox, f: FuncId, i: Inst) -> Result<&mut InstKind, String> {
    let body = mb.ir.functions[f].body.as_mut().ok_or("no body")?;
    Ok(&mut body.insts[i].kind)
}

/// `LLVMBuildInvoke2`: `invoke fn_ty f(args...) to label %then unwind label %catch`. The
/// result (when the callee returns a value) is defined on the normal edge only.
///
/// # Safety
/// `b` is a builder handle, `fn_ty` a type handle, `f` a value handle, `args` valid for
/// `num_args` value handles, `then` and `catch` block handles, `name` NULL or
/// NUL-terminated.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments, reason = "LLVM-C's signature")]
pub unsafe extern "C" fn LLVMBuildInvoke2(
    b: LLVMBuilderRef,
    fn_ty: LLVMTypeRef,
    f: LLVMValueRef,
    args: *const LLVMValueRef,
    num_args: c_uint,
    then: LLVMBasicBlockRef,
    catch: LLVMBasicBlockRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "invoke", |a| {
        // SAFETY: per the caller's guarantee.
        let (t, callee, ops) = unsafe { call_operands(a, fn_ty, f, args, num_args) }?;
        let (normal, unwind) = (a.block(then)?, a.block(catch)?);
        Ok(a.fb().invoke(t, callee, &ops, normal, unwind))
    })
}

/// `LLVMBuildLandingPad`: `landingpad ty` without clauses (add them with `LLVMAddClause`,
/// mark it with `LLVMSetCleanup`; `num_clauses` is only a hint). A non-NULL `pers_fn`
/// becomes the personality of the function, where LLVM keeps it since 3.7.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `pers_fn` NULL or a value handle, `name`
/// NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildLandingPad(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    pers_fn: LLVMValueRef,
    num_clauses: c_uint,
    name: *const c_char,
) -> LLVMValueRef {
    let _ = num_clauses;
    build(b, name, "landingpad", |a| {
        let t = a.ty(ty)?;
        if !pers_fn.is_null() {
            let p = personality_const(a.mb, pers_fn)?;
            a.mb.ir.functions[a.func].personality = Some(p);
        }
        let v = a.fb().landing_pad(t, false, &[]);
        result_inst(a, v)
    })
}

/// The instruction defining `v` (just built by `a`) and `v`.
fn result_inst(a: &mut At<'_>, v: Value) -> Result<(Inst, Option<Value>), String> {
    let body = a.mb.ir.functions[a.func].body.as_ref().ok_or("no body")?;
    match body.values[v].def {
        ValueDef::Inst(i) => Ok((i, Some(v))),
        ValueDef::Param(_) => Err("internal: a landingpad without its instruction".to_string()),
    }
}

/// A personality given through the API: a pointer constant of the module.
fn personality_const(mb: &mut ModuleBox, p: LLVMValueRef) -> Result<Const, String> {
    // SAFETY: `p` comes from the C caller: NULL or a handle of this library.
    let h = unsafe { handles::value(p) }.map_err(|e| format!("personality: {e}"))?;
    let c = mb.constant(h).map_err(|e| format!("personality: {e}"))?;
    if !mb.ir.types.is_ptr(mb.ir.consts[c].ty) {
        return Err("the personality is not a pointer".to_string());
    }
    Ok(c)
}

/// `LLVMBuildResume`: `resume ty exn`, continuing to unwind with a landing pad's value.
///
/// # Safety
/// `b` is a builder handle, `exn` a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildResume(b: LLVMBuilderRef, exn: LLVMValueRef) -> LLVMValueRef {
    build(b, std::ptr::null(), "resume", |a| {
        let v = a.op(exn, "exception value")?;
        Ok((a.fb().resume(v), None))
    })
}

/// `LLVMAddClause`: appends a clause to a landing pad: a `filter` when the constant is an
/// array (of type infos), a `catch` otherwise, as LLVM tells them apart.
///
/// # Safety
/// `landing_pad` and `clause_val` are value handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddClause(landing_pad: LLVMValueRef, clause_val: LLVMValueRef) {
    guard((), || {
        let (mb, f, i) = inst_of(landing_pad)?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(clause_val) }?;
        let c = mb.constant(h).map_err(|e| format!("LLVMAddClause: {e}"))?;
        let is_array = matches!(mb.ir.types.data(mb.ir.consts[c].ty), TypeData::Array { .. });
        let InstKind::LandingPad { clauses, .. } = inst_kind_mut(mb, f, i)? else {
            return Err("LLVMAddClause: not a landingpad".to_string());
        };
        let mut v = clauses.to_vec();
        v.push(if is_array {
            LandingPadClause::Filter(c.into())
        } else {
            LandingPadClause::Catch(c.into())
        });
        *clauses = v.into();
        Ok(())
    })
}

/// `LLVMSetCleanup`: sets or clears the `cleanup` flag of a landing pad.
///
/// # Safety
/// `landing_pad` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetCleanup(landing_pad: LLVMValueRef, val: LLVMBool) {
    guard((), || {
        let (mb, f, i) = inst_of(landing_pad)?;
        mb.check_mutable()?;
        let InstKind::LandingPad { cleanup, .. } = inst_kind_mut(mb, f, i)? else {
            return Err("LLVMSetCleanup: not a landingpad".to_string());
        };
        *cleanup = val != 0;
        Ok(())
    })
}

/// `LLVMIsCleanup`: whether a landing pad has the `cleanup` flag (0 for other values).
///
/// # Safety
/// `landing_pad` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMIsCleanup(landing_pad: LLVMValueRef) -> LLVMBool {
    guard(0, || {
        let (mb, f, i) = inst_of(landing_pad)?;
        match inst_kind_mut(mb, f, i)? {
            InstKind::LandingPad { cleanup, .. } => Ok(LLVMBool::from(*cleanup)),
            _ => Err("LLVMIsCleanup: not a landingpad".to_string()),
        }
    })
}

/// `LLVMGetNumClauses`: the number of clauses of a landing pad (0 for other values).
///
/// # Safety
/// `landing_pad` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetNumClauses(landing_pad: LLVMValueRef) -> c_uint {
    guard(0, || {
        let (mb, f, i) = inst_of(landing_pad)?;
        match inst_kind_mut(mb, f, i)? {
            InstKind::LandingPad { clauses, .. } => Ok(clauses.len() as c_uint),
            _ => Err("LLVMGetNumClauses: not a landingpad".to_string()),
        }
    })
}

/// `LLVMGetClause`: clause `idx` of a landing pad (its constant); NULL when out of range.
///
/// # Safety
/// `landing_pad` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetClause(landing_pad: LLVMValueRef, idx: c_uint) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        let (mb, f, i) = inst_of(landing_pad)?;
        let op = match inst_kind_mut(mb, f, i)? {
            InstKind::LandingPad { clauses, .. } => clauses
                .get(idx as usize)
                .map(LandingPadClause::operand)
                .ok_or_else(|| {
                    format!(
                        "LLVMGetClause: index {idx} out of range (the landingpad has {})",
                        clauses.len()
                    )
                })?,
            _ => return Err("LLVMGetClause: not a landingpad".to_string()),
        };
        match op {
            Operand::Const(c) => Ok(const_ref(mb, c)),
            Operand::Value(v) => Ok(mb.value_ref(ValueKey::Result(f, v))),
        }
    })
}

/// `LLVMHasPersonalityFn`.
///
/// # Safety
/// `f` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMHasPersonalityFn(f: LLVMValueRef) -> LLVMBool {
    guard(0, || {
        let (mb, f) = function_of(f)?;
        Ok(LLVMBool::from(mb.ir.functions[f].personality.is_some()))
    })
}

/// `LLVMGetPersonalityFn`: the personality (NULL when the function has none).
///
/// # Safety
/// `f` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetPersonalityFn(f: LLVMValueRef) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        let (mb, f) = function_of(f)?;
        Ok(match mb.ir.functions[f].personality {
            Some(c) => const_ref(mb, c),
            None => std::ptr::null_mut(),
        })
    })
}

/// `LLVMSetPersonalityFn`: sets the personality of a function (NULL removes it).
///
/// # Safety
/// `f` is a value handle, `personality` NULL or a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetPersonalityFn(f: LLVMValueRef, personality: LLVMValueRef) {
    guard((), || {
        let (mb, f) = function_of(f)?;
        mb.check_mutable()?;
        let p = if personality.is_null() {
            None
        } else {
            Some(personality_const(mb, personality)?)
        };
        mb.ir.functions[f].personality = p;
        Ok(())
    })
}

/// Reads or rewrites one destination of an invoke.
fn invoke_dest(
    inv: LLVMValueRef,
    what: &str,
    unwind: bool,
    set: Option<LLVMBasicBlockRef>,
) -> Result<LLVMBasicBlockRef, String> {
    let (mb, f, i) = inst_of(inv)?;
    let new = match set {
        Some(bb) => {
            mb.check_mutable()?;
            // SAFETY: `bb` comes from the C caller: NULL or a handle of this library.
            let h = unsafe { handles::block(bb) }?;
            if !std::ptr::eq(h.module, mb) || h.func != f {
                return Err(format!("{what}: the block belongs to another function"));
            }
            Some(h.block)
        }
        None => None,
    };
    let InstKind::Invoke {
        normal, unwind: u, ..
    } = inst_kind_mut(mb, f, i)?
    else {
        return Err(format!("{what}: not an invoke"));
    };
    let slot = if unwind { u } else { normal };
    if let Some(b) = new {
        *slot = b;
    }
    let b = *slot;
    Ok(mb.block_ref(f, b))
}

/// `LLVMGetNormalDest`: where an invoke continues when the callee returns.
///
/// # Safety
/// `invoke_inst` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetNormalDest(invoke_inst: LLVMValueRef) -> LLVMBasicBlockRef {
    guard(std::ptr::null_mut(), || {
        invoke_dest(invoke_inst, "LLVMGetNormalDest", false, None)
    })
}

/// `LLVMGetUnwindDest`: the landing pad block of an invoke (this IR has no other
/// instructions with an unwind destination).
///
/// # Safety
/// `invoke_inst` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetUnwindDest(invoke_inst: LLVMValueRef) -> LLVMBasicBlockRef {
    guard(std::ptr::null_mut(), || {
        invoke_dest(invoke_inst, "LLVMGetUnwindDest", true, None)
    })
}

/// `LLVMSetNormalDest`.
///
/// # Safety
/// `invoke_inst` is a value handle, `b` a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetNormalDest(invoke_inst: LLVMValueRef, b: LLVMBasicBlockRef) {
    guard((), || {
        invoke_dest(invoke_inst, "LLVMSetNormalDest", false, Some(b)).map(|_| ())
    })
}

/// `LLVMSetUnwindDest`.
///
/// # Safety
/// `invoke_inst` is a value handle, `b` a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetUnwindDest(invoke_inst: LLVMValueRef, b: LLVMBasicBlockRef) {
    guard((), || {
        invoke_dest(invoke_inst, "LLVMSetUnwindDest", true, Some(b)).map(|_| ())
    })
}

/// LLVM-C's `LLVMOpcode` numbering.
fn opcode(kind: &InstKind) -> c_uint {
    use BinaryOp::*;
    match kind {
        InstKind::Ret { .. } => 1,
        InstKind::Br { .. } | InstKind::CondBr { .. } => 2,
        InstKind::Switch { .. } => 3,
        InstKind::IndirectBr { .. } => 4,
        InstKind::Invoke { .. } => 5,
        InstKind::Unreachable => 7,
        InstKind::FNeg { .. } => 66,
        InstKind::Binary { op, .. } => match op {
            Add => 8,
            FAdd => 9,
            Sub => 10,
            FSub => 11,
            Mul => 12,
            FMul => 13,
            UDiv => 14,
            SDiv => 15,
            FDiv => 16,
            URem => 17,
            SRem => 18,
            FRem => 19,
            Shl => 20,
            LShr => 21,
            AShr => 22,
            And => 23,
            Or => 24,
            Xor => 25,
        },
        InstKind::Alloca { .. } => 26,
        InstKind::Load { .. } | InstKind::AtomicLoad { .. } => 27,
        InstKind::Store { .. } | InstKind::AtomicStore { .. } => 28,
        InstKind::Gep { .. } => 29,
        InstKind::Cast { op, .. } => match op {
            CastOp::Trunc => 30,
            CastOp::ZExt => 31,
            CastOp::SExt => 32,
            CastOp::FPToUI => 33,
            CastOp::FPToSI => 34,
            CastOp::UIToFP => 35,
            CastOp::SIToFP => 36,
            CastOp::FPTrunc => 37,
            CastOp::FPExt => 38,
            CastOp::PtrToInt => 39,
            CastOp::IntToPtr => 40,
            CastOp::BitCast => 41,
            CastOp::AddrSpaceCast => 60,
        },
        InstKind::ICmp { .. } => 42,
        InstKind::FCmp { .. } => 43,
        InstKind::Phi { .. } => 44,
        InstKind::Call { .. } => 45,
        InstKind::Select { .. } => 46,
        InstKind::VaArg { .. } => 49,
        InstKind::ExtractElement { .. } => 50,
        InstKind::InsertElement { .. } => 51,
        InstKind::ShuffleVector { .. } => 52,
        InstKind::ExtractValue { .. } => 53,
        InstKind::InsertValue { .. } => 54,
        InstKind::Freeze { .. } => 68,
        InstKind::Fence { .. } => 55,
        InstKind::CmpXchg { .. } => 56,
        InstKind::AtomicRmw { .. } => 57,
        InstKind::Resume { .. } => 58,
        InstKind::LandingPad { .. } => 59,
    }
}

/// `LLVMGetInstructionOpcode`: the `LLVMOpcode` of an instruction (0 for other values).
///
/// # Safety
/// `inst` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetInstructionOpcode(inst: LLVMValueRef) -> c_uint {
    guard(0, || {
        // Not an error for LLVM: any value may be asked, and non-instructions answer 0.
        let Ok((mb, f, i)) = inst_of(inst) else {
            return Ok(0);
        };
        Ok(mb.ir.functions[f]
            .body
            .as_ref()
            .and_then(|b| b.insts.get(i))
            .map_or(0, |d| opcode(&d.kind)))
    })
}
