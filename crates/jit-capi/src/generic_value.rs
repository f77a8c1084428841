//! `LLVMGenericValueRef`: arguments and results of `LLVMRunFunction`.

use crate::boundary::{LLVMBool, guard};
use crate::handles::{self, LLVMTypeRef};
use jit_core::GenericValue;
use jit_core::ir::TypeData;
use std::ffi::{c_double, c_uint, c_ulonglong, c_void};

const GV_MAGIC: u32 = 0x4a47_5661;

/// The box behind `LLVMGenericValueRef`.
#[repr(C)]
pub struct GenericValueBox {
    magic: u32,
    /// The value.
    pub value: GenericValue,
}

/// `LLVMGenericValueRef`.
pub type LLVMGenericValueRef = *mut GenericValueBox;

/// A new generic value handle.
pub fn new_generic(value: GenericValue) -> LLVMGenericValueRef {
    Box::into_raw(Box::new(GenericValueBox {
        magic: GV_MAGIC,
        value,
    }))
}

/// The value behind a handle.
///
/// # Safety
/// `p` is NULL or a handle of this library.
pub unsafe fn generic(p: LLVMGenericValueRef) -> Result<GenericValue, String> {
    if p.is_null() {
        return Err("LLVMGenericValueRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != GV_MAGIC {
        return Err("not a valid LLVMGenericValueRef (or already disposed)".to_string());
    }
    // SAFETY: checked above.
    Ok(unsafe { (*p).value })
}

fn type_data(t: LLVMTypeRef) -> Result<TypeData, String> {
    // SAFETY: `t` comes from the C caller: NULL or a handle of this library.
    let h = unsafe { handles::ty(t) }?;
    // SAFETY: a type's context is live while the type is.
    let ctx = unsafe { handles::context(h.ctx) }?;
    Ok(ctx.ir.types.data(h.ty).clone())
}

/// `LLVMCreateGenericValueOfInt`: an integer of `ty`'s width (`n` truncated; with
/// `is_signed`, sign-extended for widths above 64).
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateGenericValueOfInt(
    ty: LLVMTypeRef,
    n: c_ulonglong,
    is_signed: LLVMBool,
) -> LLVMGenericValueRef {
    guard(std::ptr::null_mut(), || {
        let TypeData::Int(bits) = type_data(ty)? else {
            return Err("LLVMCreateGenericValueOfInt: not an integer type".to_string());
        };
        let v = if is_signed != 0 {
            n as i64 as i128 as u128
        } else {
            u128::from(n)
        };
        Ok(new_generic(GenericValue::int(bits, v)))
    })
}

/// `LLVMCreateGenericValueOfPointer`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreateGenericValueOfPointer(p: *mut c_void) -> LLVMGenericValueRef {
    guard(std::ptr::null_mut(), || {
        Ok(new_generic(GenericValue::Pointer(p as u64)))
    })
}

/// `LLVMCreateGenericValueOfFloat`: a `float` or `double` (by `ty`).
///
/// # Safety
/// `ty` is a type handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateGenericValueOfFloat(
    ty: LLVMTypeRef,
    n: c_double,
) -> LLVMGenericValueRef {
    guard(std::ptr::null_mut(), || match type_data(ty)? {
        TypeData::Float => Ok(new_generic(GenericValue::Float(n as f32))),
        TypeData::Double => Ok(new_generic(GenericValue::Double(n))),
        _ => Err("LLVMCreateGenericValueOfFloat: not a floating-point type".to_string()),
    })
}

/// `LLVMGenericValueIntWidth`: the width of an integer value (0 for others).
///
/// # Safety
/// `gv` is a generic value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGenericValueIntWidth(gv: LLVMGenericValueRef) -> c_uint {
    guard(0, || {
        // SAFETY: per the caller's guarantee.
        let v = unsafe { generic(gv) }?;
        Ok(match v {
            GenericValue::Int { bits, .. } => bits,
            GenericValue::Pointer(_) => 64,
            _ => 0,
        })
    })
}

/// `LLVMGenericValueToInt`: the integer, sign- or zero-extended to 64 bits.
///
/// # Safety
/// `gv` is a generic value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGenericValueToInt(
    gv: LLVMGenericValueRef,
    is_signed: LLVMBool,
) -> c_ulonglong {
    guard(0, || {
        // SAFETY: per the caller's guarantee.
        let v = unsafe { generic(gv) }?;
        Ok(match v {
            GenericValue::Int { value, .. } if is_signed == 0 => value as u64,
            GenericValue::Pointer(p) => p,
            other => other.as_i64() as u64,
        })
    })
}

/// `LLVMGenericValueToPointer`.
///
/// # Safety
/// `gv` is a generic value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGenericValueToPointer(gv: LLVMGenericValueRef) -> *mut c_void {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        Ok(match unsafe { generic(gv) }? {
            GenericValue::Pointer(p) => p as *mut c_void,
            GenericValue::Int { value, .. } => value as u64 as *mut c_void,
            _ => std::ptr::null_mut(),
        })
    })
}

/// `LLVMGenericValueToFloat`: the value as a `double` (`ty` says float or double).
///
/// # Safety
/// `ty` is a type handle, `gv` a generic value handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGenericValueToFloat(
    ty: LLVMTypeRef,
    gv: LLVMGenericValueRef,
) -> c_double {
    let _ = ty;
    guard(0.0, || {
        // SAFETY: per the caller's guarantee.
        Ok(match unsafe { generic(gv) }? {
            GenericValue::Float(f) => f64::from(f),
            GenericValue::Double(d) => d,
            _ => return Err("LLVMGenericValueToFloat: not a floating-point value".to_string()),
        })
    })
}

/// `LLVMDisposeGenericValue` (NULL is ignored).
///
/// # Safety
/// `gv` is NULL or a generic value handle not disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeGenericValue(gv: LLVMGenericValueRef) {
    guard((), || {
        if gv.is_null() {
            return Ok(());
        }
        // SAFETY: checked, then freed once (made by `Box::into_raw`).
        unsafe {
            generic(gv)?;
            (*gv).magic = 0;
            drop(Box::from_raw(gv));
        }
        Ok(())
    })
}
