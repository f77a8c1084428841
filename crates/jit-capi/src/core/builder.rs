//! Basic blocks and the instruction builder (instructions go to the end of a block).

use crate::boundary::{c_array, c_str_or_empty, guard};
use crate::core::context::global_context;
use crate::handles::{
    self, BuilderBox, LLVMBasicBlockRef, LLVMBuilderRef, LLVMContextRef, LLVMTypeRef, LLVMValueRef,
    ModuleBox, ValueKey,
};
use jit_core::ir::{
    ArithFlags, BinaryOp, Block, CastOp, FloatPredicate, FuncId, FunctionBuilder, Inst, InstKind,
    IntPredicate, Linkage, Operand, Type, TypeData, Value, ValueDef,
};
use std::ffi::{c_char, c_int, c_uint};

/// `LLVMAppendBasicBlockInContext`: a new block at the end of function `f` (which becomes a
/// definition).
///
/// # Safety
/// `c` is a context handle (or NULL: the function's), `f` a value handle, `name` NULL or a
/// NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAppendBasicBlockInContext(
    c: LLVMContextRef,
    f: LLVMValueRef,
    name: *const c_char,
) -> LLVMBasicBlockRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let (h, name) = unsafe { (handles::value(f)?, c_str_or_empty(name)) };
        let ValueKey::Function(func) = h.key else {
            return Err("LLVMAppendBasicBlock: the value is not a function".to_string());
        };
        if !c.is_null() && c != h.ctx {
            return Err(
                "LLVMAppendBasicBlockInContext: the function belongs to another context"
                    .to_string(),
            );
        }
        // SAFETY: module values live with their module.
        let mb = unsafe { handles::value_module(h) }?;
        mb.check_mutable()?;
        if mb.ir.functions[func].intrinsic.is_some() {
            return Err("LLVMAppendBasicBlock: intrinsics cannot have a body".to_string());
        }
        mb.ensure_body(func);
        let n = mb.unique_local(func, &name);
        let b = FunctionBuilder::new(&mut mb.ir, func).create_block(n.as_deref());
        Ok(mb.block_ref(func, b))
    })
}

/// `LLVMAppendBasicBlock`: [`LLVMAppendBasicBlockInContext`] in the function's context.
///
/// # Safety
/// As [`LLVMAppendBasicBlockInContext`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAppendBasicBlock(
    f: LLVMValueRef,
    name: *const c_char,
) -> LLVMBasicBlockRef {
    // SAFETY: forwarded.
    unsafe { LLVMAppendBasicBlockInContext(std::ptr::null_mut(), f, name) }
}

/// `LLVMGetBasicBlockParent`: the function of a block.
///
/// # Safety
/// `bb` is a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetBasicBlockParent(bb: LLVMBasicBlockRef) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee; blocks live with their module.
        let h = unsafe { handles::block(bb) }?;
        // SAFETY: as above.
        let mb = unsafe { handles::module(h.module) }?;
        Ok(mb.value_ref(ValueKey::Function(h.func)))
    })
}

/// `LLVMGetEntryBasicBlock`: the first block of a function (NULL for a declaration).
///
/// # Safety
/// `f` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetEntryBasicBlock(f: LLVMValueRef) -> LLVMBasicBlockRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(f) }?;
        let ValueKey::Function(func) = h.key else {
            return Err("not a function".to_string());
        };
        // SAFETY: module values live with their module.
        let mb = unsafe { handles::value_module(h) }?;
        let entry = mb.ir.functions[func]
            .body
            .as_ref()
            .and_then(|b| b.entry())
            .ok_or("the function has no body")?;
        Ok(mb.block_ref(func, entry))
    })
}

/// `LLVMCreateBuilderInContext`: a builder; free it with `LLVMDisposeBuilder`.
///
/// # Safety
/// `c` is a context handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateBuilderInContext(c: LLVMContextRef) -> LLVMBuilderRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        unsafe { handles::context(c) }?;
        Ok(Box::into_raw(BuilderBox::new_boxed(c)))
    })
}

/// `LLVMCreateBuilder`: a builder in the global context.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreateBuilder() -> LLVMBuilderRef {
    // SAFETY: the global context is a valid context handle.
    unsafe { LLVMCreateBuilderInContext(global_context()) }
}

/// `LLVMDisposeBuilder`.
///
/// # Safety
/// `b` is NULL or a builder handle not disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeBuilder(b: LLVMBuilderRef) {
    guard((), || {
        if b.is_null() {
            return Ok(());
        }
        // SAFETY: checked, then freed once (made by `Box::into_raw`).
        unsafe {
            handles::builder(b)?;
            drop(Box::from_raw(b));
        }
        Ok(())
    })
}

/// `LLVMPositionBuilderAtEnd`: new instructions go to the end of `bb`.
///
/// # Safety
/// `b` is a builder handle, `bb` a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPositionBuilderAtEnd(b: LLVMBuilderRef, bb: LLVMBasicBlockRef) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let (bld, h) = unsafe { (handles::builder(b)?, handles::block(bb)?) };
        bld.at = Some(h);
        Ok(())
    })
}

/// `LLVMClearInsertionPosition`.
///
/// # Safety
/// `b` is a builder handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMClearInsertionPosition(b: LLVMBuilderRef) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        unsafe { handles::builder(b) }?.at = None;
        Ok(())
    })
}

/// `LLVMGetInsertBlock`: the block the builder appends to (NULL when not positioned).
///
/// # Safety
/// `b` is a builder handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetInsertBlock(b: LLVMBuilderRef) -> LLVMBasicBlockRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let Some(at) = unsafe { handles::builder(b) }?.at else {
            return Ok(std::ptr::null_mut());
        };
        // SAFETY: blocks live with their module.
        Ok(unsafe { handles::module(at.module) }?.block_ref(at.func, at.block))
    })
}

/// The insertion point of a builder call, with helpers to read its arguments.
pub(super) struct At<'a> {
    pub(super) mb: &'a mut ModuleBox,
    pub(super) func: FuncId,
    pub(super) block: Block,
}

impl At<'_> {
    pub(super) fn op(&mut self, v: LLVMValueRef, what: &str) -> Result<Operand, String> {
        // SAFETY: `v` comes from the C caller: NULL or a handle of this library.
        let h = unsafe { handles::value(v) }.map_err(|e| format!("{what}: {e}"))?;
        self.mb
            .operand(h, self.func)
            .map_err(|e| format!("{what}: {e}"))
    }
    pub(super) fn ty(&mut self, t: LLVMTypeRef) -> Result<Type, String> {
        // SAFETY: `t` comes from the C caller: NULL or a handle of this library.
        let h = unsafe { handles::ty(t) }?;
        self.mb.import_type(h)
    }
    pub(super) fn op_type(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => {
                self.mb.ir.functions[self.func]
                    .body
                    .as_ref()
                    .expect("has a body")
                    .values[v]
                    .ty
            }
            Operand::Const(c) => self.mb.ir.consts[c].ty,
        }
    }
    pub(super) fn block(&mut self, bb: LLVMBasicBlockRef) -> Result<Block, String> {
        // SAFETY: `bb` comes from the C caller: NULL or a handle of this library.
        let h = unsafe { handles::block(bb) }?;
        if !std::ptr::eq(h.module, self.mb) || h.func != self.func {
            return Err("the block belongs to another function".to_string());
        }
        Ok(h.block)
    }
    pub(super) fn fb(&mut self) -> FunctionBuilder<'_> {
        let mut fb = FunctionBuilder::new(&mut self.mb.ir, self.func);
        fb.switch_to_block(self.block);
        fb
    }
    pub(super) fn ins(&mut self, kind: InstKind, ty: Type) -> (Inst, Option<Value>) {
        self.fb().ins(kind, ty)
    }
}

/// Runs one builder operation: checks the builder, then names the result.
pub(super) fn build(
    b: LLVMBuilderRef,
    name: *const c_char,
    op: &str,
    f: impl FnOnce(&mut At<'_>) -> Result<(Inst, Option<Value>), String>,
) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        let run = || -> Result<LLVMValueRef, String> {
            // SAFETY: `b` comes from the C caller: NULL or a handle of this library.
            let bld = unsafe { handles::builder(b) }?;
            let at = bld.at.ok_or("the builder is not positioned in a block")?;
            // SAFETY: blocks (and so insertion points) live with their module.
            let mb = unsafe { handles::module(at.module) }?;
            mb.check_mutable()?;
            // SAFETY: `name` comes from the C caller: NULL or NUL-terminated.
            let name = unsafe { c_str_or_empty(name) };
            let mut a = At {
                mb,
                func: at.func,
                block: at.block,
            };
            let (inst, result) = f(&mut a)?;
            Ok(match result {
                Some(v) => {
                    let n = a.mb.unique_local(at.func, &name);
                    a.mb.ir.functions[at.func]
                        .body
                        .as_mut()
                        .expect("has a body")
                        .values[v]
                        .name = n;
                    a.mb.value_ref(ValueKey::Result(at.func, v))
                }
                None => a.mb.value_ref(ValueKey::Inst(at.func, inst)),
            })
        };
        run().map_err(|e| format!("{op}: {e}"))
    })
}

fn binary(
    b: LLVMBuilderRef,
    op: BinaryOp,
    flags: u16,
    l: LLVMValueRef,
    r: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, op.name(), |a| {
        let (lhs, rhs) = (a.op(l, "left operand")?, a.op(r, "right operand")?);
        let ty = a.op_type(lhs);
        if a.op_type(rhs) != ty {
            return Err("the operands have different types".to_string());
        }
        let types = &a.mb.ir.types;
        let elem = types
            .array_elem(ty)
            .filter(|_| types.is_vector(ty))
            .map_or(ty, |(e, _)| e);
        if op.is_float() != types.is_float(elem) || !(types.is_float(elem) || types.is_int(elem)) {
            return Err(format!(
                "operands of type {} do not suit `{}`",
                types.display(ty),
                op.name()
            ));
        }
        Ok(a.ins(
            InstKind::Binary {
                op,
                flags: ArithFlags(flags),
                lhs,
                rhs,
            },
            ty,
        ))
    })
}

macro_rules! binaries {
    ($($name:ident => $op:ident, $flags:expr;)*) => {$(
        #[doc = concat!("`", stringify!($name), "`: `", stringify!($op), "` of two values of one type.")]
        ///
        /// # Safety
        /// `b` is a builder handle, `l` and `r` value handles, `name` NULL or NUL-terminated.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(b: LLVMBuilderRef, l: LLVMValueRef, r: LLVMValueRef, name: *const c_char) -> LLVMValueRef {
            binary(b, BinaryOp::$op, $flags, l, r, name)
        }
    )*};
}

binaries! {
    LLVMBuildAdd => Add, 0;
    LLVMBuildNSWAdd => Add, ArithFlags::NSW;
    LLVMBuildNUWAdd => Add, ArithFlags::NUW;
    LLVMBuildSub => Sub, 0;
    LLVMBuildNSWSub => Sub, ArithFlags::NSW;
    LLVMBuildNUWSub => Sub, ArithFlags::NUW;
    LLVMBuildMul => Mul, 0;
    LLVMBuildNSWMul => Mul, ArithFlags::NSW;
    LLVMBuildNUWMul => Mul, ArithFlags::NUW;
    LLVMBuildUDiv => UDiv, 0;
    LLVMBuildExactUDiv => UDiv, ArithFlags::EXACT;
    LLVMBuildSDiv => SDiv, 0;
    LLVMBuildExactSDiv => SDiv, ArithFlags::EXACT;
    LLVMBuildURem => URem, 0;
    LLVMBuildSRem => SRem, 0;
    LLVMBuildShl => Shl, 0;
    LLVMBuildLShr => LShr, 0;
    LLVMBuildAShr => AShr, 0;
    LLVMBuildAnd => And, 0;
    LLVMBuildOr => Or, 0;
    LLVMBuildXor => Xor, 0;
    LLVMBuildFAdd => FAdd, 0;
    LLVMBuildFSub => FSub, 0;
    LLVMBuildFMul => FMul, 0;
    LLVMBuildFDiv => FDiv, 0;
    LLVMBuildFRem => FRem, 0;
}

fn negate(
    b: LLVMBuilderRef,
    v: LLVMValueRef,
    name: *const c_char,
    op: BinaryOp,
    zero_or_ones: u128,
) -> LLVMValueRef {
    build(b, name, "neg/not", |a| {
        let x = a.op(v, "operand")?;
        let ty = a.op_type(x);
        if !a.mb.ir.types.is_int(ty) {
            return Err("the operand is not an integer".to_string());
        }
        let k = a.mb.ir.const_int(ty, zero_or_ones);
        let (lhs, rhs) = if op == BinaryOp::Sub {
            (Operand::Const(k), x)
        } else {
            (x, Operand::Const(k))
        };
        Ok(a.ins(
            InstKind::Binary {
                op,
                flags: ArithFlags::default(),
                lhs,
                rhs,
            },
            ty,
        ))
    })
}

/// `LLVMBuildNeg`: `sub 0, v`.
///
/// # Safety
/// `b` is a builder handle, `v` a value handle, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildNeg(
    b: LLVMBuilderRef,
    v: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    negate(b, v, name, BinaryOp::Sub, 0)
}

/// `LLVMBuildNot`: `xor v, -1`.
///
/// # Safety
/// `b` is a builder handle, `v` a value handle, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildNot(
    b: LLVMBuilderRef,
    v: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    negate(b, v, name, BinaryOp::Xor, u128::MAX)
}

/// `LLVMBuildFNeg`: `fneg v`.
///
/// # Safety
/// `b` is a builder handle, `v` a value handle, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildFNeg(
    b: LLVMBuilderRef,
    v: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "fneg", |a| {
        let x = a.op(v, "operand")?;
        let ty = a.op_type(x);
        if !a.mb.ir.types.is_float(ty) {
            return Err("the operand is not a floating-point value".to_string());
        }
        Ok(a.ins(
            InstKind::FNeg {
                flags: ArithFlags::default(),
                arg: x,
            },
            ty,
        ))
    })
}

fn int_predicate(p: c_int) -> Result<IntPredicate, String> {
    use IntPredicate::*;
    Ok(match p {
        32 => Eq,
        33 => Ne,
        34 => Ugt,
        35 => Uge,
        36 => Ult,
        37 => Ule,
        38 => Sgt,
        39 => Sge,
        40 => Slt,
        41 => Sle,
        _ => return Err(format!("{p} is not an LLVMIntPredicate")),
    })
}

fn real_predicate(p: c_int) -> Result<FloatPredicate, String> {
    use FloatPredicate::*;
    Ok(match p {
        0 => False,
        1 => Oeq,
        2 => Ogt,
        3 => Oge,
        4 => Olt,
        5 => Ole,
        6 => One,
        7 => Ord,
        8 => Uno,
        9 => Ueq,
        10 => Ugt,
        11 => Uge,
        12 => Ult,
        13 => Ule,
        14 => Une,
        15 => True,
        _ => return Err(format!("{p} is not an LLVMRealPredicate")),
    })
}

/// `LLVMBuildICmp`: `icmp` with an `LLVMIntPredicate` (`LLVMIntEQ` = 32 ... `LLVMIntSLE` = 41).
///
/// # Safety
/// `b` is a builder handle, `l` and `r` value handles, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildICmp(
    b: LLVMBuilderRef,
    pred: c_int,
    l: LLVMValueRef,
    r: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "icmp", |a| {
        let pred = int_predicate(pred)?;
        let (lhs, rhs) = (a.op(l, "left operand")?, a.op(r, "right operand")?);
        let ty = a.op_type(lhs);
        if a.op_type(rhs) != ty || !(a.mb.ir.types.is_int(ty) || a.mb.ir.types.is_ptr(ty)) {
            return Err("the operands must be integers or pointers of one type".to_string());
        }
        Ok(a.ins(InstKind::ICmp { pred, lhs, rhs }, Type::I1))
    })
}

/// `LLVMBuildFCmp`: `fcmp` with an `LLVMRealPredicate` (0 ... 15).
///
/// # Safety
/// `b` is a builder handle, `l` and `r` value handles, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildFCmp(
    b: LLVMBuilderRef,
    pred: c_int,
    l: LLVMValueRef,
    r: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "fcmp", |a| {
        let pred = real_predicate(pred)?;
        let (lhs, rhs) = (a.op(l, "left operand")?, a.op(r, "right operand")?);
        let ty = a.op_type(lhs);
        if a.op_type(rhs) != ty || !a.mb.ir.types.is_float(ty) {
            return Err("the operands must be floating-point values of one type".to_string());
        }
        Ok(a.ins(
            InstKind::FCmp {
                pred,
                flags: ArithFlags::default(),
                lhs,
                rhs,
            },
            Type::I1,
        ))
    })
}

/// `LLVMBuildRet`: `ret v`.
///
/// # Safety
/// `b` is a builder handle, `v` a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildRet(b: LLVMBuilderRef, v: LLVMValueRef) -> LLVMValueRef {
    build(b, std::ptr::null(), "ret", |a| {
        let x = a.op(v, "returned value")?;
        let want = a.mb.ir.return_type(a.func);
        if a.op_type(x) != want {
            return Err("the value's type differs from the function's return type".to_string());
        }
        Ok(a.ins(InstKind::Ret { value: Some(x) }, Type::VOID))
    })
}

/// `LLVMBuildRetVoid`: `ret void`.
///
/// # Safety
/// `b` is a builder handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildRetVoid(b: LLVMBuilderRef) -> LLVMValueRef {
    build(b, std::ptr::null(), "ret void", |a| {
        Ok(a.ins(InstKind::Ret { value: None }, Type::VOID))
    })
}

/// `LLVMBuildUnreachable`.
///
/// # Safety
/// `b` is a builder handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildUnreachable(b: LLVMBuilderRef) -> LLVMValueRef {
    build(b, std::ptr::null(), "unreachable", |a| {
        Ok(a.ins(InstKind::Unreachable, Type::VOID))
    })
}

/// `LLVMBuildBr`: `br label %dest`.
///
/// # Safety
/// `b` is a builder handle, `dest` a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildBr(b: LLVMBuilderRef, dest: LLVMBasicBlockRef) -> LLVMValueRef {
    build(b, std::ptr::null(), "br", |a| {
        let dest = a.block(dest)?;
        Ok(a.ins(InstKind::Br { dest }, Type::VOID))
    })
}

/// `LLVMBuildCondBr`: `br i1 cond, label %then, label %else`.
///
/// # Safety
/// `b` is a builder handle, `cond` a value handle, `then`/`els` block handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildCondBr(
    b: LLVMBuilderRef,
    cond: LLVMValueRef,
    then: LLVMBasicBlockRef,
    els: LLVMBasicBlockRef,
) -> LLVMValueRef {
    build(b, std::ptr::null(), "br", |a| {
        let c = a.op(cond, "condition")?;
        if a.op_type(c) != Type::I1 {
            return Err("the condition is not an i1".to_string());
        }
        let (then_dest, else_dest) = (a.block(then)?, a.block(els)?);
        Ok(a.ins(
            InstKind::CondBr {
                cond: c,
                then_dest,
                else_dest,
            },
            Type::VOID,
        ))
    })
}

/// `LLVMBuildSwitch`: `switch v, label %default []`; add cases with `LLVMAddCase`
/// (`num_cases` is only a hint).
///
/// # Safety
/// `b` is a builder handle, `v` a value handle, `default` a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildSwitch(
    b: LLVMBuilderRef,
    v: LLVMValueRef,
    default: LLVMBasicBlockRef,
    num_cases: c_uint,
) -> LLVMValueRef {
    let _ = num_cases;
    build(b, std::ptr::null(), "switch", |a| {
        let value = a.op(v, "switched value")?;
        if !a.mb.ir.types.is_int(a.op_type(value)) {
            return Err("the switched value is not an integer".to_string());
        }
        let default = a.block(default)?;
        Ok(a.ins(
            InstKind::Switch {
                value,
                default,
                cases: Box::new([]),
            },
            Type::VOID,
        ))
    })
}

/// Reads an instruction handle: its module, function and instruction.
pub(super) fn inst_of(v: LLVMValueRef) -> Result<(&'static mut ModuleBox, FuncId, Inst), String> {
    // SAFETY: `v` comes from the C caller: NULL or a handle of this library.
    let h = unsafe { handles::value(v) }?;
    // SAFETY: module values live with their module.
    let mb = unsafe { handles::value_module(h) }?;
    let (f, i) = match h.key {
        ValueKey::Inst(f, i) => (f, i),
        ValueKey::Result(f, val) => {
            match mb.ir.functions[f].body.as_ref().map(|b| b.values[val].def) {
                Some(ValueDef::Inst(i)) => (f, i),
                _ => return Err("the value is not an instruction".to_string()),
            }
        }
        _ => return Err("the value is not an instruction".to_string()),
    };
    Ok((mb, f, i))
}

/// `LLVMAddCase`: adds `case on_val, label %dest` to a switch.
///
/// # Safety
/// `switch` and `on_val` are value handles, `dest` a block handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddCase(
    switch: LLVMValueRef,
    on_val: LLVMValueRef,
    dest: LLVMBasicBlockRef,
) {
    guard((), || {
        let (mb, f, i) = inst_of(switch)?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let (vh, bh) = unsafe { (handles::value(on_val)?, handles::block(dest)?) };
        if !std::ptr::eq(bh.module, mb) || bh.func != f {
            return Err("LLVMAddCase: the block belongs to another function".to_string());
        }
        let k = mb.constant(vh)?;
        let jit_core::ir::ConstKind::Int(n) = mb.ir.consts[k].kind else {
            return Err("LLVMAddCase: the case value is not an integer constant".to_string());
        };
        let body = mb.ir.functions[f].body.as_mut().ok_or("no body")?;
        let InstKind::Switch { cases, .. } = &mut body.insts[i].kind else {
            return Err("LLVMAddCase: not a switch".to_string());
        };
        let mut v = cases.to_vec();
        v.push((n, bh.block));
        *cases = v.into();
        Ok(())
    })
}

/// `LLVMBuildPhi`: an empty `phi ty`; add edges with `LLVMAddIncoming`.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildPhi(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "phi", |a| {
        let t = a.ty(ty)?;
        Ok(a.ins(
            InstKind::Phi {
                incoming: Vec::new(),
            },
            t,
        ))
    })
}

/// `LLVMAddIncoming`: adds `count` edges `[values[i], blocks[i]]` to a phi.
///
/// # Safety
/// `phi` is a value handle; `values` and `blocks` are valid for `count` handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddIncoming(
    phi: LLVMValueRef,
    values: *const LLVMValueRef,
    blocks: *const LLVMBasicBlockRef,
    count: c_uint,
) {
    guard((), || {
        let (mb, f, i) = inst_of(phi)?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let (vs, bs) = unsafe {
            (
                c_array(values, count as usize, "values")?,
                c_array(blocks, count as usize, "blocks")?,
            )
        };
        let block = mb.ir.functions[f].body.as_ref().ok_or("no body")?.insts[i].block;
        let mut a = At { mb, func: f, block };
        let mut edges = Vec::with_capacity(vs.len());
        for (&v, &bb) in vs.iter().zip(bs) {
            edges.push((a.op(v, "incoming value")?, a.block(bb)?));
        }
        let body = a.mb.ir.functions[f].body.as_mut().ok_or("no body")?;
        let InstKind::Phi { incoming } = &mut body.insts[i].kind else {
            return Err("LLVMAddIncoming: not a phi".to_string());
        };
        incoming.extend(edges);
        Ok(())
    })
}

/// `LLVMBuildCall2`: `call fn_ty f(args...)`.
///
/// # Safety
/// `b` is a builder handle, `fn_ty` a type handle, `f` a value handle, `args` valid for
/// `num_args` value handles, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildCall2(
    b: LLVMBuilderRef,
    fn_ty: LLVMTypeRef,
    f: LLVMValueRef,
    args: *const LLVMValueRef,
    num_args: c_uint,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "call", |a| {
        // SAFETY: per the caller's guarantee.
        let (t, callee, ops) = unsafe { call_operands(a, fn_ty, f, args, num_args) }?;
        Ok(a.fb().call(t, callee, &ops))
    })
}

/// The function type, callee and arguments of a call or invoke, checked against each other.
///
/// # Safety
/// `args` is valid for `num_args` value handles (or NULL when `num_args` is 0).
pub(super) unsafe fn call_operands(
    a: &mut At<'_>,
    fn_ty: LLVMTypeRef,
    f: LLVMValueRef,
    args: *const LLVMValueRef,
    num_args: c_uint,
) -> Result<(Type, Operand, Vec<Operand>), String> {
    let t = a.ty(fn_ty)?;
    let (_, params, varargs) =
        a.mb.ir
            .types
            .function_sig(t)
            .ok_or("the type is not a function type")?;
    let params = params.to_vec();
    let callee = a.op(f, "callee")?;
    // SAFETY: per the caller's guarantee.
    let list = unsafe { c_array(args, num_args as usize, "args") }?;
    if list.len() < params.len() || (!varargs && list.len() > params.len()) {
        return Err(format!(
            "{} arguments given, the function type takes {}",
            list.len(),
            params.len()
        ));
    }
    let mut ops = Vec::with_capacity(list.len());
    for (i, &v) in list.iter().enumerate() {
        let op = a.op(v, &format!("argument {i}"))?;
        if let Some(&p) = params.get(i)
            && a.op_type(op) != p
        {
            return Err(format!("argument {i} has the wrong type"));
        }
        ops.push(op);
    }
    Ok((t, callee, ops))
}

/// `LLVMBuildAlloca`: `alloca ty`.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildAlloca(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "alloca", |a| {
        let t = a.ty(ty)?;
        let v = a.fb().alloca(t);
        Ok((inst_of_value(a, v), Some(v)))
    })
}

/// `LLVMBuildArrayAlloca`: `alloca ty, count`.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `count` a value handle, `name` NULL or
/// NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildArrayAlloca(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    count: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "alloca", |a| {
        let t = a.ty(ty)?;
        let n = a.op(count, "count")?;
        if !a.mb.ir.types.is_int(a.op_type(n)) {
            return Err("the count is not an integer".to_string());
        }
        Ok(a.ins(
            InstKind::Alloca {
                ty: t,
                count: n,
                align: 0,
            },
            Type::PTR,
        ))
    })
}

fn inst_of_value(a: &mut At<'_>, v: Value) -> Inst {
    match a.mb.ir.functions[a.func]
        .body
        .as_ref()
        .expect("has a body")
        .values[v]
        .def
    {
        ValueDef::Inst(i) => i,
        ValueDef::Param(_) => unreachable!("builder results are instruction results"),
    }
}

/// `LLVMBuildLoad2`: `load ty, ptr`.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `ptr` a value handle, `name` NULL or
/// NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildLoad2(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    ptr: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "load", |a| {
        let t = a.ty(ty)?;
        let p = a.op(ptr, "address")?;
        if !a.mb.ir.types.is_ptr(a.op_type(p)) {
            return Err("the address is not a pointer".to_string());
        }
        if !a.mb.ir.is_first_class(t) {
            return Err("cannot load a value of this type".to_string());
        }
        Ok(a.ins(
            InstKind::Load {
                ptr: p,
                align: 0,
                volatile: false,
            },
            t,
        ))
    })
}

/// `LLVMBuildStore`: `store v, ptr`.
///
/// # Safety
/// `b` is a builder handle, `v` and `ptr` value handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildStore(
    b: LLVMBuilderRef,
    v: LLVMValueRef,
    ptr: LLVMValueRef,
) -> LLVMValueRef {
    build(b, std::ptr::null(), "store", |a| {
        let value = a.op(v, "stored value")?;
        let p = a.op(ptr, "address")?;
        if !a.mb.ir.types.is_ptr(a.op_type(p)) {
            return Err("the address is not a pointer".to_string());
        }
        Ok(a.ins(
            InstKind::Store {
                value,
                ptr: p,
                align: 0,
                volatile: false,
            },
            Type::VOID,
        ))
    })
}

fn gep(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    ptr: LLVMValueRef,
    indices: &dyn Fn(&mut At<'_>) -> Result<Vec<Operand>, String>,
    inbounds: bool,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "getelementptr", |a| {
        let t = a.ty(ty)?;
        let base = a.op(ptr, "base address")?;
        if !a.mb.ir.types.is_ptr(a.op_type(base)) {
            return Err("the base is not a pointer".to_string());
        }
        let idx = indices(a)?;
        for (i, &op) in idx.iter().enumerate() {
            if !a.mb.ir.types.is_int(a.op_type(op)) {
                return Err(format!("index {i} is not an integer"));
            }
        }
        Ok(a.ins(
            InstKind::Gep {
                source_ty: t,
                base,
                indices: idx.into(),
                inbounds,
            },
            Type::PTR,
        ))
    })
}

fn index_list(
    p: *const LLVMValueRef,
    n: c_uint,
) -> impl Fn(&mut At<'_>) -> Result<Vec<Operand>, String> {
    move |a| {
        // SAFETY: `p` comes from the C caller, valid for `n` value handles.
        let list = unsafe { c_array(p, n as usize, "indices") }?;
        list.iter()
            .enumerate()
            .map(|(i, &v)| a.op(v, &format!("index {i}")))
            .collect()
    }
}

/// `LLVMBuildGEP2`: `getelementptr ty, ptr, indices...`.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `ptr` a value handle, `indices` valid for
/// `num_indices` value handles, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildGEP2(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    ptr: LLVMValueRef,
    indices: *const LLVMValueRef,
    num_indices: c_uint,
    name: *const c_char,
) -> LLVMValueRef {
    gep(b, ty, ptr, &index_list(indices, num_indices), false, name)
}

/// `LLVMBuildInBoundsGEP2`: `getelementptr inbounds ty, ptr, indices...`.
///
/// # Safety
/// As [`LLVMBuildGEP2`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildInBoundsGEP2(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    ptr: LLVMValueRef,
    indices: *const LLVMValueRef,
    num_indices: c_uint,
    name: *const c_char,
) -> LLVMValueRef {
    gep(b, ty, ptr, &index_list(indices, num_indices), true, name)
}

/// `LLVMBuildStructGEP2`: the address of field `idx` of the struct of type `ty` at `ptr`.
///
/// # Safety
/// `b` is a builder handle, `ty` a type handle, `ptr` a value handle, `name` NULL or
/// NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildStructGEP2(
    b: LLVMBuilderRef,
    ty: LLVMTypeRef,
    ptr: LLVMValueRef,
    idx: c_uint,
    name: *const c_char,
) -> LLVMValueRef {
    let indices = move |a: &mut At<'_>| -> Result<Vec<Operand>, String> {
        // SAFETY: `ty` comes from the C caller: NULL or a handle of this library.
        let t = a.ty(ty)?;
        let n =
            a.mb.ir
                .types
                .struct_fields(t)
                .ok_or("the type is not a struct")?
                .0
                .len();
        if idx as usize >= n {
            return Err(format!("field {idx} out of range (the struct has {n})"));
        }
        Ok(vec![
            Operand::Const(a.mb.ir.const_i32(0)),
            Operand::Const(a.mb.ir.const_i32(idx as i32)),
        ])
    };
    gep(b, ty, ptr, &indices, true, name)
}

fn cast(
    b: LLVMBuilderRef,
    op: CastOp,
    v: LLVMValueRef,
    to: LLVMTypeRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, op.name(), |a| {
        let x = a.op(v, "operand")?;
        let t = a.ty(to)?;
        let from = a.op_type(x);
        let ts = &a.mb.ir.types;
        let (fi, ti) = (ts.int_bits(from), ts.int_bits(t));
        let ok = match op {
            CastOp::Trunc => matches!((fi, ti), (Some(f), Some(t)) if f > t),
            CastOp::ZExt | CastOp::SExt => matches!((fi, ti), (Some(f), Some(t)) if f < t),
            CastOp::FPToSI | CastOp::FPToUI => ts.is_float(from) && ti.is_some(),
            CastOp::SIToFP | CastOp::UIToFP => fi.is_some() && ts.is_float(t),
            CastOp::FPTrunc => matches!(
                (ts.data(from), ts.data(t)),
                (TypeData::Double, TypeData::Float)
            ),
            CastOp::FPExt => matches!(
                (ts.data(from), ts.data(t)),
                (TypeData::Float, TypeData::Double)
            ),
            CastOp::PtrToInt => ts.is_ptr(from) && ti.is_some(),
            CastOp::IntToPtr => fi.is_some() && ts.is_ptr(t),
            CastOp::BitCast | CastOp::AddrSpaceCast => ts.is_scalar(from) && ts.is_scalar(t),
        };
        if !ok {
            return Err(format!(
                "cannot convert {} to {}",
                ts.display(from),
                ts.display(t)
            ));
        }
        Ok(a.ins(
            InstKind::Cast {
                op,
                flags: ArithFlags::default(),
                value: x,
            },
            t,
        ))
    })
}

macro_rules! casts {
    ($($name:ident => $op:ident;)*) => {$(
        #[doc = concat!("`", stringify!($name), "`: `", stringify!($op), "` of a value to type `to`.")]
        ///
        /// # Safety
        /// `b` is a builder handle, `v` a value handle, `to` a type handle, `name` NULL or
        /// NUL-terminated.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(b: LLVMBuilderRef, v: LLVMValueRef, to: LLVMTypeRef, name: *const c_char) -> LLVMValueRef {
            cast(b, CastOp::$op, v, to, name)
        }
    )*};
}

casts! {
    LLVMBuildTrunc => Trunc;
    LLVMBuildZExt => ZExt;
    LLVMBuildSExt => SExt;
    LLVMBuildFPTrunc => FPTrunc;
    LLVMBuildFPExt => FPExt;
    LLVMBuildFPToUI => FPToUI;
    LLVMBuildFPToSI => FPToSI;
    LLVMBuildUIToFP => UIToFP;
    LLVMBuildSIToFP => SIToFP;
    LLVMBuildPtrToInt => PtrToInt;
    LLVMBuildIntToPtr => IntToPtr;
    LLVMBuildBitCast => BitCast;
}

/// `LLVMBuildSelect`: `select i1 cond, a, b`.
///
/// # Safety
/// `b` is a builder handle, `cond`/`then`/`els` value handles, `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildSelect(
    b: LLVMBuilderRef,
    cond: LLVMValueRef,
    then: LLVMValueRef,
    els: LLVMValueRef,
    name: *const c_char,
) -> LLVMValueRef {
    build(b, name, "select", |a| {
        let c = a.op(cond, "condition")?;
        let (t, e) = (a.op(then, "true value")?, a.op(els, "false value")?);
        if a.op_type(c) != Type::I1 {
            return Err("the condition is not an i1".to_string());
        }
        let ty = a.op_type(t);
        if a.op_type(e) != ty {
            return Err("the two values have different types".to_string());
        }
        Ok(a.ins(
            InstKind::Select {
                cond: c,
                if_true: t,
                if_false: e,
            },
            ty,
        ))
    })
}

fn global_string(b: LLVMBuilderRef, s: *const c_char, name: *const c_char) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the C caller's guarantee (builder handle, NUL-terminated strings).
        let (bld, text, name) = unsafe {
            (
                handles::builder(b)?,
                crate::boundary::c_str(s, "string")?,
                c_str_or_empty(name),
            )
        };
        let at = bld
            .at
            .ok_or("LLVMBuildGlobalString: the builder is not positioned in a block")?;
        // SAFETY: insertion points live with their module.
        let mb = unsafe { handles::module(at.module) }?;
        mb.check_mutable()?;
        let mut bytes = text.as_bytes().to_vec();
        bytes.push(0);
        let init = mb.ir.const_bytes(&bytes);
        let ty = mb.ir.consts[init].ty;
        let gname = mb.unique_global(if name.is_empty() { ".str" } else { &name });
        let g = mb
            .ir
            .add_global(&gname, ty, Some(init), true)
            .map_err(|e| e.to_string())?;
        let gv = &mut mb.ir.globals[g];
        gv.linkage = Linkage::Private;
        gv.unnamed_addr = true;
        gv.align = Some(1);
        Ok(mb.value_ref(ValueKey::Global(g)))
    })
}

/// `LLVMBuildGlobalString`: a private constant global holding `s` and a NUL; returns it.
///
/// # Safety
/// `b` is a builder handle; `s` a NUL-terminated string; `name` NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildGlobalString(
    b: LLVMBuilderRef,
    s: *const c_char,
    name: *const c_char,
) -> LLVMValueRef {
    global_string(b, s, name)
}

/// `LLVMBuildGlobalStringPtr`: as [`LLVMBuildGlobalString`]; with opaque pointers the
/// global's address is the pointer to its first character.
///
/// # Safety
/// As [`LLVMBuildGlobalString`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMBuildGlobalStringPtr(
    b: LLVMBuilderRef,
    s: *const c_char,
    name: *const c_char,
) -> LLVMValueRef {
    global_string(b, s, name)
}
