//! Values: functions, parameters, global variables, names and constants.

use crate::boundary::{LLVMBool, c_bytes, c_str, c_str_or_empty, guard, malloc_string};
use crate::core::context::global_context;
use crate::handles::{
    self, LLVMContextRef, LLVMModuleRef, LLVMTypeRef, LLVMValueRef, ValueH, ValueKey,
};
use jit_core::ir::{ConstKind, GlobalRef, Linkage, Type, TypeData};
use std::ffi::{c_char, c_double, c_uint, c_ulonglong};

/// `LLVMLinkage` (values as in LLVM-C; obsolete kinds read as external).
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs, reason = "LLVM's linkage kinds")]
pub enum LLVMLinkage {
    LLVMExternalLinkage = 0,
    LLVMAvailableExternallyLinkage = 1,
    LLVMLinkOnceAnyLinkage = 2,
    LLVMLinkOnceODRLinkage = 3,
    LLVMLinkOnceODRAutoHideLinkage = 4,
    LLVMWeakAnyLinkage = 5,
    LLVMWeakODRLinkage = 6,
    LLVMAppendingLinkage = 7,
    LLVMInternalLinkage = 8,
    LLVMPrivateLinkage = 9,
    LLVMDLLImportLinkage = 10,
    LLVMDLLExportLinkage = 11,
    LLVMExternalWeakLinkage = 12,
    LLVMGhostLinkage = 13,
    LLVMCommonLinkage = 14,
    LLVMLinkerPrivateLinkage = 15,
    LLVMLinkerPrivateWeakLinkage = 16,
}

/// `LLVMAddFunction`: declares a function of type `fn_ty` (a definition once it gets a
/// block). A taken name gets a numeric suffix, as in LLVM.
///
/// # Safety
/// `m` is a module handle, `name` NULL or a NUL-terminated string, `fn_ty` a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddFunction(
    m: LLVMModuleRef,
    name: *const c_char,
    fn_ty: LLVMTypeRef,
) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: checked handles per the caller's guarantee.
        let (mb, t, name) = unsafe {
            (
                handles::module(m)?,
                handles::ty(fn_ty)?,
                c_str_or_empty(name),
            )
        };
        mb.check_mutable()?;
        let ty = mb.import_type(t)?;
        if !mb.ir.types.is_function(ty) {
            return Err("LLVMAddFunction: the type is not a function type".to_string());
        }
        let name = mb.unique_global(&name);
        let f = mb
            .ir
            .declare_function(&name, ty)
            .map_err(|e| e.to_string())?;
        Ok(mb.value_ref(ValueKey::Function(f)))
    })
}

/// `LLVMGetNamedFunction`: the function named `name`, or NULL.
///
/// # Safety
/// `m` is a module handle, `name` a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetNamedFunction(
    m: LLVMModuleRef,
    name: *const c_char,
) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let (mb, name) = unsafe { (handles::module(m)?, c_str(name, "name")?) };
        Ok(match mb.ir.function_by_name(&name) {
            Some(f) => mb.value_ref(ValueKey::Function(f)),
            None => std::ptr::null_mut(),
        })
    })
}

fn function_of(
    v: LLVMValueRef,
) -> Result<(&'static mut handles::ModuleBox, jit_core::ir::FuncId), String> {
    // SAFETY: `v` comes from the C caller (a value handle); module values live with their module.
    let h = unsafe { handles::value(v) }?;
    let ValueKey::Function(f) = h.key else {
        return Err("the value is not a function".to_string());
    };
    // SAFETY: as above.
    Ok((unsafe { handles::value_module(h) }?, f))
}

/// `LLVMCountParams`: the number of parameters of a function.
///
/// # Safety
/// `f` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCountParams(f: LLVMValueRef) -> c_uint {
    guard(0, || {
        let (mb, f) = function_of(f)?;
        let (_, p, _) = mb
            .ir
            .types
            .function_sig(mb.ir.functions[f].ty)
            .ok_or("not a function type")?;
        Ok(p.len() as c_uint)
    })
}

/// `LLVMGetParam`: parameter `index` of a function (NULL when out of range).
///
/// # Safety
/// `f` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetParam(f: LLVMValueRef, index: c_uint) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        let (mb, func) = function_of(f)?;
        let (_, p, _) = mb
            .ir
            .types
            .function_sig(mb.ir.functions[func].ty)
            .ok_or("not a function type")?;
        if index as usize >= p.len() {
            return Err(format!(
                "LLVMGetParam: index {index} out of range (the function has {})",
                p.len()
            ));
        }
        Ok(mb.value_ref(ValueKey::Param(func, index)))
    })
}

/// `LLVMAddGlobal`: a global variable of type `ty` (a declaration until it gets an
/// initializer). A taken name gets a numeric suffix.
///
/// # Safety
/// `m` is a module handle, `ty` a type handle, `name` NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMAddGlobal(
    m: LLVMModuleRef,
    ty: LLVMTypeRef,
    name: *const c_char,
) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: checked handles per the caller's guarantee.
        let (mb, t, name) =
            unsafe { (handles::module(m)?, handles::ty(ty)?, c_str_or_empty(name)) };
        mb.check_mutable()?;
        let ty = mb.import_type(t)?;
        if !mb.ir.is_first_class(ty) {
            return Err("LLVMAddGlobal: a global cannot have this type".to_string());
        }
        let name = mb.unique_global(&name);
        let g = mb
            .ir
            .add_global(&name, ty, None, false)
            .map_err(|e| e.to_string())?;
        Ok(mb.value_ref(ValueKey::Global(g)))
    })
}

/// `LLVMGetNamedGlobal`: the global variable named `name`, or NULL.
///
/// # Safety
/// `m` is a module handle, `name` a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetNamedGlobal(m: LLVMModuleRef, name: *const c_char) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let (mb, name) = unsafe { (handles::module(m)?, c_str(name, "name")?) };
        Ok(match mb.ir.global_by_name(&name) {
            Some(g) => mb.value_ref(ValueKey::Global(g)),
            None => std::ptr::null_mut(),
        })
    })
}

fn global_of(
    v: LLVMValueRef,
) -> Result<(&'static mut handles::ModuleBox, jit_core::ir::GlobalId), String> {
    // SAFETY: `v` comes from the C caller (a value handle); module values live with their module.
    let h = unsafe { handles::value(v) }?;
    let ValueKey::Global(g) = h.key else {
        return Err("the value is not a global variable".to_string());
    };
    // SAFETY: as above.
    Ok((unsafe { handles::value_module(h) }?, g))
}

/// `LLVMSetInitializer`: the initial value of a global variable (a constant of the
/// global's type).
///
/// # Safety
/// `g` and `c` are value handles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetInitializer(g: LLVMValueRef, c: LLVMValueRef) {
    guard((), || {
        let (mb, gid) = global_of(g)?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let ch = unsafe { handles::value(c) }?;
        let k = mb.constant(ch)?;
        if mb.ir.consts[k].ty != mb.ir.globals[gid].value_ty {
            return Err(
                "LLVMSetInitializer: the initializer's type differs from the global's".to_string(),
            );
        }
        mb.ir.globals[gid].init = Some(k);
        Ok(())
    })
}

/// `LLVMGetInitializer`: the initializer of a global variable, or NULL.
///
/// # Safety
/// `g` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetInitializer(g: LLVMValueRef) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        let (mb, gid) = global_of(g)?;
        Ok(match mb.ir.globals[gid].init {
            Some(k) => mb.value_ref(ValueKey::Const(k)),
            None => std::ptr::null_mut(),
        })
    })
}

/// `LLVMSetGlobalConstant`: marks a global variable `constant` (or not).
///
/// # Safety
/// `g` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetGlobalConstant(g: LLVMValueRef, is_constant: LLVMBool) {
    guard((), || {
        let (mb, gid) = global_of(g)?;
        mb.check_mutable()?;
        mb.ir.globals[gid].is_constant = is_constant != 0;
        Ok(())
    })
}

/// `LLVMIsGlobalConstant`.
///
/// # Safety
/// `g` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMIsGlobalConstant(g: LLVMValueRef) -> LLVMBool {
    guard(0, || {
        let (mb, gid) = global_of(g)?;
        Ok(LLVMBool::from(mb.ir.globals[gid].is_constant))
    })
}

fn linkage_from_int(l: std::ffi::c_int) -> Result<LLVMLinkage, String> {
    use LLVMLinkage::*;
    const ALL: [LLVMLinkage; 17] = [
        LLVMExternalLinkage,
        LLVMAvailableExternallyLinkage,
        LLVMLinkOnceAnyLinkage,
        LLVMLinkOnceODRLinkage,
        LLVMLinkOnceODRAutoHideLinkage,
        LLVMWeakAnyLinkage,
        LLVMWeakODRLinkage,
        LLVMAppendingLinkage,
        LLVMInternalLinkage,
        LLVMPrivateLinkage,
        LLVMDLLImportLinkage,
        LLVMDLLExportLinkage,
        LLVMExternalWeakLinkage,
        LLVMGhostLinkage,
        LLVMCommonLinkage,
        LLVMLinkerPrivateLinkage,
        LLVMLinkerPrivateWeakLinkage,
    ];
    usize::try_from(l)
        .ok()
        .and_then(|i| ALL.get(i).copied())
        .ok_or_else(|| format!("{l} is not an LLVMLinkage"))
}

fn to_linkage(l: LLVMLinkage) -> Linkage {
    use LLVMLinkage::*;
    match l {
        LLVMAvailableExternallyLinkage => Linkage::AvailableExternally,
        LLVMLinkOnceAnyLinkage => Linkage::LinkOnce,
        LLVMLinkOnceODRLinkage | LLVMLinkOnceODRAutoHideLinkage => Linkage::LinkOnceOdr,
        LLVMWeakAnyLinkage | LLVMLinkerPrivateWeakLinkage => Linkage::Weak,
        LLVMWeakODRLinkage => Linkage::WeakOdr,
        LLVMAppendingLinkage => Linkage::Appending,
        LLVMInternalLinkage => Linkage::Internal,
        LLVMPrivateLinkage | LLVMLinkerPrivateLinkage => Linkage::Private,
        LLVMExternalWeakLinkage => Linkage::ExternWeak,
        LLVMCommonLinkage => Linkage::Common,
        LLVMExternalLinkage | LLVMDLLImportLinkage | LLVMDLLExportLinkage | LLVMGhostLinkage => {
            Linkage::External
        }
    }
}

/// `LLVMSetLinkage`: the linkage of a function or global variable.
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetLinkage(v: LLVMValueRef, l: std::ffi::c_int) {
    guard((), || {
        let l = linkage_from_int(l)?;
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(v) }?;
        // SAFETY: module values live with their module.
        let mb = unsafe { handles::value_module(h) }?;
        mb.check_mutable()?;
        match h.key {
            ValueKey::Function(f) => mb.ir.functions[f].linkage = to_linkage(l),
            ValueKey::Global(g) => mb.ir.globals[g].linkage = to_linkage(l),
            _ => return Err("LLVMSetLinkage: not a function or global variable".to_string()),
        }
        Ok(())
    })
}

/// `LLVMGetLinkage`.
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetLinkage(v: LLVMValueRef) -> LLVMLinkage {
    use LLVMLinkage::*;
    guard(LLVMExternalLinkage, || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(v) }?;
        // SAFETY: module values live with their module.
        let mb = unsafe { handles::value_module(h) }?;
        let l = match h.key {
            ValueKey::Function(f) => mb.ir.functions[f].linkage,
            ValueKey::Global(g) => mb.ir.globals[g].linkage,
            _ => return Err("LLVMGetLinkage: not a function or global variable".to_string()),
        };
        Ok(match l {
            Linkage::External => LLVMExternalLinkage,
            Linkage::Internal => LLVMInternalLinkage,
            Linkage::Private => LLVMPrivateLinkage,
            Linkage::Weak => LLVMWeakAnyLinkage,
            Linkage::WeakOdr => LLVMWeakODRLinkage,
            Linkage::LinkOnce => LLVMLinkOnceAnyLinkage,
            Linkage::LinkOnceOdr => LLVMLinkOnceODRLinkage,
            Linkage::Common => LLVMCommonLinkage,
            Linkage::ExternWeak => LLVMExternalWeakLinkage,
            Linkage::AvailableExternally => LLVMAvailableExternallyLinkage,
            Linkage::Appending => LLVMAppendingLinkage,
        })
    })
}

fn set_name(h: ValueH, name: &str) -> Result<(), String> {
    if h.module.is_null() {
        return if name.is_empty() {
            Ok(())
        } else {
            Err("constants cannot be named".to_string())
        };
    }
    // SAFETY: module values live with their module.
    let mb = unsafe { handles::value_module(h) }?;
    mb.check_mutable()?;
    match h.key {
        ValueKey::Function(_) | ValueKey::Global(_) => {
            let current = mb.ir.symbol_name(match h.key {
                ValueKey::Function(f) => GlobalRef::Function(f),
                ValueKey::Global(g) => GlobalRef::Global(g),
                _ => unreachable!("matched above"),
            });
            if current == name {
                return Ok(());
            }
            Err(format!(
                "renaming the global symbol `@{current}` is not supported"
            ))
        }
        ValueKey::Param(f, i) => {
            let n = mb.unique_local(f, name);
            if mb.ir.functions[f].body.is_some() {
                let p = mb.ir.functions[f].params[i as usize];
                mb.ir.functions[f].body.as_mut().expect("checked").values[p].name = n;
            } else if let Some(n) = n {
                mb.pending_param_names.insert((f, i), n);
            } else {
                mb.pending_param_names.remove(&(f, i));
            }
            Ok(())
        }
        ValueKey::Result(f, v) => {
            let n = mb.unique_local(f, name);
            mb.ir.functions[f]
                .body
                .as_mut()
                .ok_or("function has no body")?
                .values[v]
                .name = n;
            Ok(())
        }
        ValueKey::Inst(..) | ValueKey::Const(_) => Ok(()),
    }
}

fn get_name(h: ValueH) -> Result<(String, Option<&'static mut handles::ModuleBox>), String> {
    if h.module.is_null() {
        return Ok((String::new(), None));
    }
    // SAFETY: module values live with their module.
    let mb = unsafe { handles::value_module(h) }?;
    let name = match h.key {
        ValueKey::Function(f) => mb.ir.functions[f].name.to_string(),
        ValueKey::Global(g) => mb.ir.globals[g].name.to_string(),
        ValueKey::Param(f, i) => match &mb.ir.functions[f].body {
            Some(b) => b.values[mb.ir.functions[f].params[i as usize]]
                .name
                .as_deref()
                .unwrap_or("")
                .to_string(),
            None => mb
                .pending_param_names
                .get(&(f, i))
                .map(|n| n.to_string())
                .unwrap_or_default(),
        },
        ValueKey::Result(f, v) => mb.ir.functions[f]
            .body
            .as_ref()
            .and_then(|b| b.values[v].name.as_deref())
            .unwrap_or("")
            .to_string(),
        ValueKey::Inst(..) | ValueKey::Const(_) => String::new(),
    };
    Ok((name, Some(mb)))
}

/// `LLVMSetValueName2`: names a value (`len` bytes at `name`). Local names are made unique
/// in their function (`x`, `x1`, ...); renaming functions and globals is not supported.
///
/// # Safety
/// `v` is a value handle; `name` is valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetValueName2(v: LLVMValueRef, name: *const c_char, len: usize) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let (h, bytes) = unsafe { (handles::value(v)?, c_bytes(name, len)?) };
        set_name(h, &String::from_utf8_lossy(bytes))
    })
}

/// `LLVMSetValueName`: names a value (NUL-terminated name).
///
/// # Safety
/// `v` is a value handle; `name` NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetValueName(v: LLVMValueRef, name: *const c_char) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let (h, name) = unsafe { (handles::value(v)?, c_str_or_empty(name)) };
        set_name(h, &name)
    })
}

/// `LLVMGetValueName2`: the name of a value ("" when unnamed), owned by its module; `*len`
/// gets its length.
///
/// # Safety
/// `v` is a value handle; `len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetValueName2(v: LLVMValueRef, len: *mut usize) -> *const c_char {
    guard(std::ptr::null(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(v) }?;
        let (name, mb) = get_name(h)?;
        if !len.is_null() {
            // SAFETY: writable per the caller's guarantee.
            unsafe { *len = name.len() };
        }
        Ok(match mb {
            Some(mb) => mb.c_string(&name),
            None => c"".as_ptr(),
        })
    })
}

/// `LLVMGetValueName`: the name of a value ("" when unnamed), owned by its module.
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetValueName(v: LLVMValueRef) -> *const c_char {
    // SAFETY: forwarded.
    unsafe { LLVMGetValueName2(v, std::ptr::null_mut()) }
}

/// `LLVMPrintValueToString`: a function's or global's `.ll` text, or a constant's;
/// free with `LLVMDisposeMessage`.
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPrintValueToString(v: LLVMValueRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let h = unsafe { handles::value(v) }?;
        let text = if h.module.is_null() {
            // SAFETY: a value's context is live while the value is.
            let ctx = unsafe { handles::context(h.ctx) }?;
            let ValueKey::Const(c) = h.key else {
                return Err("malformed value".to_string());
            };
            jit_core::printer::print_constant(&ctx.ir, c)
        } else {
            // SAFETY: module values live with their module.
            let mb = unsafe { handles::value_module(h) }?;
            match h.key {
                ValueKey::Function(f) => jit_core::printer::print_function(&mb.ir, f),
                ValueKey::Const(c) => jit_core::printer::print_constant(&mb.ir, c),
                ValueKey::Inst(f, i) => jit_core::printer::print_instruction(&mb.ir, f, i),
                ValueKey::Result(f, val) => {
                    match mb.ir.functions[f].body.as_ref().map(|b| b.values[val].def) {
                        Some(jit_core::ir::ValueDef::Inst(i)) => {
                            jit_core::printer::print_instruction(&mb.ir, f, i)
                        }
                        _ => String::new(),
                    }
                }
                _ => get_name(h)?.0,
            }
        };
        Ok(malloc_string(&text))
    })
}

fn ctx_const(
    t: LLVMTypeRef,
    f: impl FnOnce(&mut jit_core::ir::Module, Type) -> Result<jit_core::ir::Const, String>,
) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: `t` comes from the C caller: NULL or a handle of this library.
        let h = unsafe { handles::ty(t) }?;
        // SAFETY: a type's context is live while the type is.
        let ctx = unsafe { handles::context(h.ctx) }?;
        let c = f(&mut ctx.ir, h.ty)?;
        Ok(ctx.const_ref(c))
    })
}

/// `LLVMConstInt`: an integer constant of type `ty` (`n` truncated; with `sign_extend`,
/// `n` is read as signed for types wider than 64 bits).
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstInt(
    ty: LLVMTypeRef,
    n: c_ulonglong,
    sign_extend: LLVMBool,
) -> LLVMValueRef {
    ctx_const(ty, |m, t| {
        if !m.types.is_int(t) {
            return Err("LLVMConstInt: not an integer type".to_string());
        }
        let v = if sign_extend != 0 {
            n as i64 as i128 as u128
        } else {
            u128::from(n)
        };
        Ok(m.const_int(t, v))
    })
}

/// `LLVMConstReal`: a `float` or `double` constant.
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstReal(ty: LLVMTypeRef, n: c_double) -> LLVMValueRef {
    ctx_const(ty, |m, t| match m.types.data(t) {
        TypeData::Float => Ok(m.const_f32(n as f32)),
        TypeData::Double => Ok(m.const_f64(n)),
        TypeData::X86Fp80 => {
            Ok(m.constant(t, ConstKind::WideFloat(jit_core::ir::f64_to_x87_bits(n))))
        }
        TypeData::Fp128 => {
            Ok(m.constant(t, ConstKind::WideFloat(jit_core::ir::f64_to_quad_bits(n))))
        }
        _ => Err("LLVMConstReal: not a floating-point type".to_string()),
    })
}

/// `LLVMConstNull`: the zero value of a type (`0`, `0.0`, `null`, `zeroinitializer`).
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstNull(ty: LLVMTypeRef) -> LLVMValueRef {
    ctx_const(ty, |m, t| {
        let kind = match m.types.data(t) {
            TypeData::Int(_) => ConstKind::Int(0),
            TypeData::Float | TypeData::Double => ConstKind::Float(0),
            TypeData::X86Fp80 | TypeData::Fp128 => ConstKind::WideFloat(0),
            TypeData::Ptr(_) => ConstKind::Null,
            TypeData::Array { .. }
            | TypeData::Vector { .. }
            | TypeData::Struct { .. }
            | TypeData::Named(_) => ConstKind::Zero,
            _ => return Err("LLVMConstNull: the type has no values".to_string()),
        };
        Ok(m.constant(t, kind))
    })
}

/// `LLVMConstPointerNull`: `null` of a pointer type.
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstPointerNull(ty: LLVMTypeRef) -> LLVMValueRef {
    ctx_const(ty, |m, t| {
        if !m.types.is_ptr(t) {
            return Err("LLVMConstPointerNull: not a pointer type".to_string());
        }
        Ok(m.constant(t, ConstKind::Null))
    })
}

/// `LLVMConstAllOnes`: an integer with every bit set.
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstAllOnes(ty: LLVMTypeRef) -> LLVMValueRef {
    ctx_const(ty, |m, t| {
        if !m.types.is_int(t) {
            return Err("LLVMConstAllOnes: not an integer type".to_string());
        }
        Ok(m.const_int(t, u128::MAX))
    })
}

/// `LLVMGetUndef`: `undef` of a type.
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetUndef(ty: LLVMTypeRef) -> LLVMValueRef {
    ctx_const(ty, |m, t| Ok(m.constant(t, ConstKind::Undef)))
}

/// `LLVMGetPoison`: `poison` of a type.
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetPoison(ty: LLVMTypeRef) -> LLVMValueRef {
    ctx_const(ty, |m, t| Ok(m.constant(t, ConstKind::Poison)))
}

/// `LLVMConstStringInContext`: a `[N x i8]` constant from `len` bytes, plus a NUL unless
/// `dont_null_terminate`.
///
/// # Safety
/// `c` is a context handle; `s` is valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstStringInContext(
    c: LLVMContextRef,
    s: *const c_char,
    len: c_uint,
    dont_null_terminate: LLVMBool,
) -> LLVMValueRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let (ctx, bytes) = unsafe { (handles::context(c)?, c_bytes(s, len as usize)?) };
        let mut b = bytes.to_vec();
        if dont_null_terminate == 0 {
            b.push(0);
        }
        let k = ctx.ir.const_bytes(&b);
        Ok(ctx.const_ref(k))
    })
}

/// `LLVMConstString`: [`LLVMConstStringInContext`] in the global context.
///
/// # Safety
/// `s` is valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstString(
    s: *const c_char,
    len: c_uint,
    dont_null_terminate: LLVMBool,
) -> LLVMValueRef {
    // SAFETY: forwarded.
    unsafe { LLVMConstStringInContext(global_context(), s, len, dont_null_terminate) }
}

fn int_const_value(v: LLVMValueRef) -> Result<(u128, u32), String> {
    // SAFETY: `v` comes from the C caller: NULL or a handle of this library.
    let h = unsafe { handles::value(v) }?;
    let ValueKey::Const(c) = h.key else {
        return Err("not a constant".to_string());
    };
    let m = if h.module.is_null() {
        // SAFETY: a value's context is live while the value is.
        &unsafe { handles::context(h.ctx) }?.ir
    } else {
        // SAFETY: module values live with their module.
        &unsafe { handles::value_module(h) }?.ir
    };
    let d = &m.consts[c];
    match (&d.kind, m.types.int_bits(d.ty)) {
        (ConstKind::Int(v), Some(bits)) => Ok((*v, bits)),
        (ConstKind::Zero, Some(bits)) => Ok((0, bits)),
        _ => Err("not an integer constant".to_string()),
    }
}

/// `LLVMConstIntGetZExtValue`: an integer constant, zero-extended (0 for other values).
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstIntGetZExtValue(v: LLVMValueRef) -> c_ulonglong {
    guard(0, || Ok(int_const_value(v)?.0 as c_ulonglong))
}

/// `LLVMConstIntGetSExtValue`: an integer constant, sign-extended (0 for other values).
///
/// # Safety
/// `v` is a value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMConstIntGetSExtValue(v: LLVMValueRef) -> i64 {
    guard(0, || {
        let (v, bits) = int_const_value(v)?;
        Ok(jit_core::GenericValue::int(bits, v).as_i64())
    })
}
