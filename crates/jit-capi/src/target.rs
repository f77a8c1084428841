//! Target.h: target data (layout strings) and the target initializers. The
//! `LLVMInitializeNative*` functions are `static inline` in the compatibility header; the
//! per-target initializers are exported here and do nothing (the targets are built in).

use crate::boundary::{c_str, guard, malloc_string};
use jit_core::Arch;
use std::ffi::{c_char, c_uint};

const TD_MAGIC: u32 = 0x4a54_4461;

/// The box behind `LLVMTargetDataRef`.
#[repr(C)]
pub struct TargetData {
    magic: u32,
    /// The layout string.
    pub layout: String,
    /// Owned by an engine (`LLVMGetExecutionEngineTargetData`): not for the client to free.
    pub engine_owned: bool,
}

/// `LLVMTargetDataRef`.
pub type LLVMTargetDataRef = *mut TargetData;

/// A new target-data box.
pub fn new_target_data(layout: &str, engine_owned: bool) -> Box<TargetData> {
    Box::new(TargetData {
        magic: TD_MAGIC,
        layout: layout.to_string(),
        engine_owned,
    })
}

/// clang's data layout for the host (what modules without one are taken to use).
pub fn host_layout() -> &'static str {
    layout_for(Arch::host().unwrap_or(Arch::X86_64))
}

/// clang 19's data layout for Linux on `arch`.
pub fn layout_for(arch: Arch) -> &'static str {
    match arch {
        Arch::AArch64 => "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32",
        Arch::X86_64 => {
            "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
        }
    }
}

unsafe fn td<'a>(p: LLVMTargetDataRef) -> Result<&'a mut TargetData, String> {
    if p.is_null() {
        return Err("LLVMTargetDataRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != TD_MAGIC {
        return Err("not a valid LLVMTargetDataRef".to_string());
    }
    // SAFETY: checked above.
    Ok(unsafe { &mut *p })
}

/// `LLVMCreateTargetData`: target data for a layout string (NULL when it does not parse).
///
/// # Safety
/// `layout` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateTargetData(layout: *const c_char) -> LLVMTargetDataRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let s = unsafe { c_str(layout, "layout") }?;
        jit_core::DataLayout::parse(&s).map_err(|e| format!("LLVMCreateTargetData: {e}"))?;
        Ok(Box::into_raw(new_target_data(&s, false)))
    })
}

/// `LLVMDisposeTargetData`: frees target data made by `LLVMCreateTargetData` (the engine's
/// own is refused).
///
/// # Safety
/// `t` is NULL or a target-data handle not disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeTargetData(t: LLVMTargetDataRef) {
    guard((), || {
        if t.is_null() {
            return Ok(());
        }
        // SAFETY: per the caller's guarantee.
        let d = unsafe { td(t) }?;
        if d.engine_owned {
            return Err(
                "LLVMDisposeTargetData: this target data belongs to an execution engine"
                    .to_string(),
            );
        }
        d.magic = 0;
        // SAFETY: made by `Box::into_raw`; freed once here.
        drop(unsafe { Box::from_raw(t) });
        Ok(())
    })
}

/// `LLVMCopyStringRepOfTargetData`: the layout string; free with `LLVMDisposeMessage`.
///
/// # Safety
/// `t` is a target-data handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCopyStringRepOfTargetData(t: LLVMTargetDataRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        Ok(malloc_string(&unsafe { td(t) }?.layout))
    })
}

/// `LLVMSetModuleDataLayout`: gives the module the layout of `t` (as
/// `LLVMSetDataLayout` with its string).
///
/// # Safety
/// `m` is a module handle, `t` a target-data handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetModuleDataLayout(
    m: crate::handles::LLVMModuleRef,
    t: LLVMTargetDataRef,
) {
    guard((), || {
        // SAFETY: per the caller's guarantee.
        let (mb, d) = unsafe { (crate::handles::module(m)?, td(t)?) };
        mb.check_mutable()?;
        mb.ir.datalayout = Some(d.layout.clone());
        Ok(())
    })
}

/// `LLVMPointerSize`: the size of a pointer in bytes.
///
/// # Safety
/// `t` is a target-data handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMPointerSize(t: LLVMTargetDataRef) -> c_uint {
    guard(0, || {
        // SAFETY: per the caller's guarantee.
        unsafe { td(t) }?;
        Ok(8)
    })
}

macro_rules! initializers {
    ($($name:ident),* $(,)?) => {$(
        #[doc = concat!("`", stringify!($name), "`: nothing to do (the target is built in).")]
        #[unsafe(no_mangle)]
        pub extern "C" fn $name() {}
    )*};
}

initializers!(
    LLVMInitializeX86TargetInfo,
    LLVMInitializeX86Target,
    LLVMInitializeX86TargetMC,
    LLVMInitializeX86AsmPrinter,
    LLVMInitializeX86AsmParser,
    LLVMInitializeX86Disassembler,
    LLVMInitializeAArch64TargetInfo,
    LLVMInitializeAArch64Target,
    LLVMInitializeAArch64TargetMC,
    LLVMInitializeAArch64AsmPrinter,
    LLVMInitializeAArch64AsmParser,
    LLVMInitializeAArch64Disassembler,
    LLVMLinkInMCJIT,
    LLVMLinkInInterpreter,
);
