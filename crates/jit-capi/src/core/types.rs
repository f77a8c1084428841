//! Types: made in a context (`...InContext`, or the global context), interned there.

use crate::boundary::{LLVMBool, c_array, c_str_or_empty, guard, malloc_string};
use crate::core::context::global_context;
use crate::handles::{self, LLVMContextRef, LLVMTypeRef, LLVMValueRef, ValueKey, local_type};
use jit_core::ir::{MAX_INT_BITS, Type, TypeData};
use std::ffi::{c_char, c_uint};

/// `LLVMTypeKind`, the kinds of types (values as in LLVM-C).
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(
    missing_docs,
    non_camel_case_types,
    reason = "LLVM's type kinds, named as in LLVM-C"
)]
pub enum LLVMTypeKind {
    LLVMVoidTypeKind = 0,
    LLVMHalfTypeKind = 1,
    LLVMFloatTypeKind = 2,
    LLVMDoubleTypeKind = 3,
    LLVMX86_FP80TypeKind = 4,
    LLVMFP128TypeKind = 5,
    LLVMPPC_FP128TypeKind = 6,
    LLVMLabelTypeKind = 7,
    LLVMIntegerTypeKind = 8,
    LLVMFunctionTypeKind = 9,
    LLVMStructTypeKind = 10,
    LLVMArrayTypeKind = 11,
    LLVMPointerTypeKind = 12,
    LLVMVectorTypeKind = 13,
    LLVMMetadataTypeKind = 14,
}

fn in_ctx(
    c: LLVMContextRef,
    f: impl FnOnce(&mut jit_core::ir::Types) -> Result<Type, String>,
) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: `c` comes from the C caller: NULL or a handle of this library.
        let ctx = unsafe { handles::context(c) }?;
        let t = f(&mut ctx.ir.types)?;
        Ok(ctx.type_ref(t))
    })
}

macro_rules! fixed_types {
    ($($in_ctx:ident, $global:ident, $ty:expr, $doc:literal;)*) => {$(
        #[doc = concat!("`", stringify!($in_ctx), "`: ", $doc, " in context `c`.")]
        ///
        /// # Safety
        /// `c` is a context handle.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $in_ctx(c: LLVMContextRef) -> LLVMTypeRef {
            in_ctx(c, |_| Ok($ty))
        }
        #[doc = concat!("`", stringify!($global), "`: ", $doc, " in the global context.")]
        #[unsafe(no_mangle)]
        pub extern "C" fn $global() -> LLVMTypeRef {
            in_ctx(global_context(), |_| Ok($ty))
        }
    )*};
}

fixed_types! {
    LLVMVoidTypeInContext, LLVMVoidType, Type::VOID, "`void`";
    LLVMInt1TypeInContext, LLVMInt1Type, Type::I1, "`i1`";
    LLVMInt8TypeInContext, LLVMInt8Type, Type::I8, "`i8`";
    LLVMInt16TypeInContext, LLVMInt16Type, Type::I16, "`i16`";
    LLVMInt32TypeInContext, LLVMInt32Type, Type::I32, "`i32`";
    LLVMInt64TypeInContext, LLVMInt64Type, Type::I64, "`i64`";
    LLVMInt128TypeInContext, LLVMInt128Type, Type::I128, "`i128`";
    LLVMFloatTypeInContext, LLVMFloatType, Type::F32, "`float`";
    LLVMDoubleTypeInContext, LLVMDoubleType, Type::F64, "`double`";
    LLVMLabelTypeInContext, LLVMLabelType, Type::LABEL, "`label`";
}

fn int_type(t: &mut jit_core::ir::Types, bits: c_uint) -> Result<Type, String> {
    if bits == 0 || bits > MAX_INT_BITS {
        return Err(format!(
            "integer width {bits} is out of range (1 to {MAX_INT_BITS})"
        ));
    }
    Ok(t.int(bits))
}

/// `LLVMIntTypeInContext`: `iN` in context `c` (1 ≤ N ≤ 128; NULL otherwise).
///
/// # Safety
/// `c` is a context handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMIntTypeInContext(c: LLVMContextRef, bits: c_uint) -> LLVMTypeRef {
    in_ctx(c, |t| int_type(t, bits))
}

/// `LLVMIntType`: `iN` in the global context.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMIntType(bits: c_uint) -> LLVMTypeRef {
    in_ctx(global_context(), |t| int_type(t, bits))
}

/// `LLVMPointerType`: `ptr addrspace(N)` in the context of `element` (pointers are opaque).
///
/// # Safety
/// `element` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPointerType(
    element: LLVMTypeRef,
    address_space: c_uint,
) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: checked handle per the caller's guarantee.
        let e = unsafe { handles::ty(element) }?;
        Ok(in_ctx(
            e.ctx,
            |t| Ok(t.intern(TypeData::Ptr(address_space))),
        ))
    })
}

/// `LLVMPointerTypeInContext`: `ptr addrspace(N)` in context `c`.
///
/// # Safety
/// `c` is a context handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPointerTypeInContext(
    c: LLVMContextRef,
    address_space: c_uint,
) -> LLVMTypeRef {
    in_ctx(c, |t| Ok(t.intern(TypeData::Ptr(address_space))))
}

/// Reads a list of type handles of one context.
///
/// # Safety
/// `p` is valid for `n` handles.
unsafe fn type_list(
    p: *const LLVMTypeRef,
    n: c_uint,
    ctx: Option<LLVMContextRef>,
) -> Result<(LLVMContextRef, Vec<Type>), String> {
    // SAFETY: per the caller's guarantee.
    let list = unsafe { c_array(p, n as usize, "the type array") }?;
    let mut out = Vec::with_capacity(list.len());
    let mut c = ctx;
    for (i, &t) in list.iter().enumerate() {
        // SAFETY: elements are type handles per the caller's guarantee.
        let h = unsafe { handles::ty(t) }.map_err(|e| format!("element {i}: {e}"))?;
        if *c.get_or_insert(h.ctx) != h.ctx {
            return Err(format!("element {i} belongs to another context"));
        }
        out.push(h.ty);
    }
    Ok((c.unwrap_or_else(global_context), out))
}

/// `LLVMFunctionType`: `ret (params...)`, with `...` when `is_var_arg`.
///
/// # Safety
/// `ret` is a type handle; `params` is valid for `count` type handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMFunctionType(
    ret: LLVMTypeRef,
    params: *const LLVMTypeRef,
    count: c_uint,
    is_var_arg: LLVMBool,
) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let r = unsafe { handles::ty(ret) }?;
        // SAFETY: per the caller's guarantee.
        let (c, ps) = unsafe { type_list(params, count, Some(r.ctx)) }?;
        Ok(in_ctx(c, |t| {
            if ps
                .iter()
                .any(|&p| matches!(t.data(p), TypeData::Void | TypeData::Function { .. }))
            {
                return Err("a function parameter cannot be void or a function type".to_string());
            }
            Ok(t.function(r.ty, &ps, is_var_arg != 0))
        }))
    })
}

/// `LLVMStructTypeInContext`: a literal struct `{ elems... }` (`<{ }>` when packed).
///
/// # Safety
/// `c` is a context handle; `elems` is valid for `count` type handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMStructTypeInContext(
    c: LLVMContextRef,
    elems: *const LLVMTypeRef,
    count: c_uint,
    packed: LLVMBool,
) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let (c, fs) = unsafe { type_list(elems, count, Some(c)) }?;
        Ok(in_ctx(c, |t| Ok(t.struct_(&fs, packed != 0))))
    })
}

/// `LLVMStructType`: a literal struct in the global context.
///
/// # Safety
/// `elems` is valid for `count` type handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMStructType(
    elems: *const LLVMTypeRef,
    count: c_uint,
    packed: LLVMBool,
) -> LLVMTypeRef {
    // SAFETY: forwarded.
    unsafe { LLVMStructTypeInContext(global_context(), elems, count, packed) }
}

/// `LLVMStructCreateNamed`: an opaque named struct `%name` (the existing one if the name is
/// taken); give it a body with `LLVMStructSetBody`.
///
/// # Safety
/// `c` is a context handle; `name` a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMStructCreateNamed(
    c: LLVMContextRef,
    name: *const c_char,
) -> LLVMTypeRef {
    // SAFETY: per the caller's guarantee.
    let name = unsafe { c_str_or_empty(name) }.into_owned();
    in_ctx(c, |t| {
        if name.is_empty() {
            return Err("LLVMStructCreateNamed: empty name".to_string());
        }
        Ok(t.named_struct(&name))
    })
}

/// `LLVMStructSetBody`: sets the fields of a named struct.
///
/// # Safety
/// `st` is a type handle; `elems` is valid for `count` type handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMStructSetBody(
    st: LLVMTypeRef,
    elems: *const LLVMTypeRef,
    count: c_uint,
    packed: LLVMBool,
) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let s = unsafe { handles::ty(st) }?;
        // SAFETY: per the caller's guarantee.
        let (_, fs) = unsafe { type_list(elems, count, Some(s.ctx)) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(s.ctx) }?;
        if ctx.ir.types.named_info(s.ty).is_none() {
            return Err("LLVMStructSetBody: not a named struct".to_string());
        }
        ctx.ir.types.set_body(s.ty, &fs, packed != 0);
        Ok(())
    })
}

/// `LLVMArrayType2`: `[count x elem]`.
///
/// # Safety
/// `elem` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMArrayType2(elem: LLVMTypeRef, count: u64) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let e = unsafe { handles::ty(elem) }?;
        Ok(in_ctx(e.ctx, |t| {
            if matches!(
                t.data(e.ty),
                TypeData::Void | TypeData::Function { .. } | TypeData::Label
            ) {
                return Err("array elements cannot be void, label or function types".to_string());
            }
            Ok(t.array(e.ty, count))
        }))
    })
}

/// `LLVMArrayType`: `[count x elem]` (32-bit count).
///
/// # Safety
/// `elem` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMArrayType(elem: LLVMTypeRef, count: c_uint) -> LLVMTypeRef {
    // SAFETY: forwarded.
    unsafe { LLVMArrayType2(elem, u64::from(count)) }
}

/// `LLVMGetTypeKind`.
///
/// # Safety
/// `t` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTypeKind(t: LLVMTypeRef) -> LLVMTypeKind {
    use LLVMTypeKind::*;
    guard(LLVMVoidTypeKind, || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::ty(t) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(h.ctx) }?;
        Ok(match ctx.ir.types.data(h.ty) {
            TypeData::Void => LLVMVoidTypeKind,
            TypeData::Int(_) => LLVMIntegerTypeKind,
            TypeData::Float => LLVMFloatTypeKind,
            TypeData::Double => LLVMDoubleTypeKind,
            TypeData::X86Fp80 => LLVMX86_FP80TypeKind,
            TypeData::Fp128 => LLVMFP128TypeKind,
            TypeData::Ptr(_) => LLVMPointerTypeKind,
            TypeData::Array { .. } => LLVMArrayTypeKind,
            TypeData::Vector { .. } => LLVMVectorTypeKind,
            TypeData::Struct { .. } | TypeData::Named(_) => LLVMStructTypeKind,
            TypeData::Function { .. } => LLVMFunctionTypeKind,
            TypeData::Label => LLVMLabelTypeKind,
            TypeData::Metadata => LLVMMetadataTypeKind,
        })
    })
}

/// `LLVMGetIntTypeWidth`: the width of an integer type (0 for other types).
///
/// # Safety
/// `t` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetIntTypeWidth(t: LLVMTypeRef) -> c_uint {
    guard(0, || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::ty(t) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(h.ctx) }?;
        ctx.ir
            .types
            .int_bits(h.ty)
            .ok_or_else(|| "not an integer type".to_string())
    })
}

/// `LLVMGetTypeContext`.
///
/// # Safety
/// `t` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTypeContext(t: LLVMTypeRef) -> LLVMContextRef {
    // SAFETY: per the caller's guarantee.
    guard(std::ptr::null_mut(), || Ok(unsafe { handles::ty(t) }?.ctx))
}

/// `LLVMGetReturnType`: the return type of a function type.
///
/// # Safety
/// `t` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetReturnType(t: LLVMTypeRef) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::ty(t) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(h.ctx) }?;
        let (r, _, _) = ctx
            .ir
            .types
            .function_sig(h.ty)
            .ok_or("not a function type")?;
        Ok(ctx.type_ref(r))
    })
}

/// `LLVMCountParamTypes`: the number of parameters of a function type.
///
/// # Safety
/// `t` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCountParamTypes(t: LLVMTypeRef) -> c_uint {
    guard(0, || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::ty(t) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(h.ctx) }?;
        let (_, p, _) = ctx
            .ir
            .types
            .function_sig(h.ty)
            .ok_or("not a function type")?;
        Ok(p.len() as c_uint)
    })
}

/// `LLVMPrintTypeToString`: the type in `.ll` syntax; free with `LLVMDisposeMessage`.
///
/// # Safety
/// `t` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPrintTypeToString(t: LLVMTypeRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::ty(t) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(h.ctx) }?;
        Ok(malloc_string(&ctx.ir.types.display(h.ty).to_string()))
    })
}

/// `LLVMTypeOf`: the type of a value.
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMTypeOf(v: LLVMValueRef) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(v) }?;
        if h.module.is_null() {
            // SAFETY: a value's context is live while the value is.
            let ctx = unsafe { handles::context(h.ctx) }?;
            let ValueKey::Const(c) = h.key else {
                return Err("malformed value".to_string());
            };
            let t = ctx.ir.consts[c].ty;
            return Ok(ctx.type_ref(t));
        }
        // SAFETY: module values are valid while their module lives.
        let mb = unsafe { handles::module(h.module) }?;
        let t = local_type(&mb.ir, h.key)?;
        // SAFETY: a module's context outlives it; it is a separate allocation.
        let ctx = unsafe { handles::context(mb.ctx) }?;
        Ok(ctx.export_type(&mb.ir.types, t))
    })
}

/// `LLVMGlobalGetValueType`: the value type of a global variable, or the function type of a
/// function.
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGlobalGetValueType(v: LLVMValueRef) -> LLVMTypeRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(v) }?;
        // SAFETY: module values are valid while their module lives.
        let mb = unsafe { handles::value_module(h) }?;
        let t = match h.key {
            ValueKey::Function(f) => mb.ir.functions[f].ty,
            ValueKey::Global(g) => mb.ir.globals[g].value_ty,
            _ => {
                return Err("LLVMGlobalGetValueType: not a function or global variable".to_string());
            }
        };
        // SAFETY: a module's context outlives it; it is a separate allocation.
        let ctx = unsafe { handles::context(mb.ctx) }?;
        Ok(ctx.export_type(&mb.ir.types, t))
    })
}
