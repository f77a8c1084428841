//! TargetMachine.h: targets, target machines, and emitting a module as an ELF relocatable
//! object through the native backend (`jit::emit_object`, what `jit compile` writes).
//!
//! The two targets (x86-64 and AArch64) are static descriptions; a target machine records
//! the triple, CPU, features and optimisation level it was made with. Assembly output is
//! not supported (objects only), and the CPU and feature strings do not change the code.

use crate::boundary::{LLVMBool, c_str, c_str_or_empty, guard, guard_out, malloc_string};
use crate::handles::{self, LLVMModuleRef};
use crate::irreader::{LLVMMemoryBufferRef, new_buffer};
use crate::target::{LLVMTargetDataRef, layout_for, new_target_data};
use jit_core::Arch;
use std::ffi::{CStr, c_char, c_int};

const TM_MAGIC: u32 = 0x4a54_4d63;

/// The static description behind `LLVMTargetRef`.
#[repr(C)]
pub struct Target {
    arch: Arch,
    name: &'static CStr,
    description: &'static CStr,
}

/// `LLVMTargetRef`.
pub type LLVMTargetRef = *const Target;

static TARGETS: [Target; 2] = [
    Target {
        arch: Arch::X86_64,
        name: c"x86-64",
        description: c"64-bit X86: EM64T and AMD64",
    },
    Target {
        arch: Arch::AArch64,
        name: c"aarch64",
        description: c"AArch64 (little endian)",
    },
];

/// The box behind `LLVMTargetMachineRef`.
#[repr(C)]
pub struct TargetMachine {
    magic: u32,
    target: LLVMTargetRef,
    arch: Arch,
    triple: String,
    cpu: String,
    features: String,
    opt_level: u8,
}

/// `LLVMTargetMachineRef`.
pub type LLVMTargetMachineRef = *mut TargetMachine;

/// `LLVMCodeGenOptLevel`: None, Less, Default, Aggressive (0-3).
pub type LLVMCodeGenOptLevel = c_int;
/// `LLVMRelocMode` (every mode gives position-independent code here).
pub type LLVMRelocMode = c_int;
/// `LLVMCodeGenFileType`: 0 assembly, 1 object.
pub type LLVMCodeGenFileType = c_int;
/// `LLVMCodeModel` (as in ExecutionEngine.h).
pub type LLVMCodeModel = c_int;

fn target(t: LLVMTargetRef) -> Result<&'static Target, String> {
    TARGETS
        .iter()
        .find(|x| std::ptr::eq(*x, t))
        .ok_or_else(|| "not a valid LLVMTargetRef".to_string())
}

/// The target machine behind a handle.
///
/// # Safety
/// `p` is NULL or a handle of this library.
unsafe fn machine<'a>(p: LLVMTargetMachineRef) -> Result<&'a mut TargetMachine, String> {
    if p.is_null() {
        return Err("LLVMTargetMachineRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != TM_MAGIC {
        return Err("not a valid LLVMTargetMachineRef (or already disposed)".to_string());
    }
    // SAFETY: checked above.
    Ok(unsafe { &mut *p })
}

fn host_triple() -> &'static str {
    match Arch::host() {
        Some(Arch::AArch64) => "aarch64-unknown-linux-gnu",
        _ => "x86_64-unknown-linux-gnu",
    }
}

/// `LLVMGetDefaultTargetTriple`: the host's triple; free with `LLVMDisposeMessage`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMGetDefaultTargetTriple() -> *mut c_char {
    guard(std::ptr::null_mut(), || Ok(malloc_string(host_triple())))
}

/// `LLVMNormalizeTargetTriple`: the triple as given (this library reads the architecture
/// from its first component); free with `LLVMDisposeMessage`.
///
/// # Safety
/// `triple` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMNormalizeTargetTriple(triple: *const c_char) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        Ok(malloc_string(&unsafe { c_str(triple, "triple") }?))
    })
}

/// `LLVMGetHostCPUName`: the host CPU's name (`x86-64` or `generic`); free with
/// `LLVMDisposeMessage`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMGetHostCPUName() -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        Ok(malloc_string(match Arch::host() {
            Some(Arch::AArch64) => "generic",
            _ => "x86-64",
        }))
    })
}

/// `LLVMGetHostCPUFeatures`: the host's feature string (empty: the backend chooses its
/// instructions itself); free with `LLVMDisposeMessage`.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMGetHostCPUFeatures() -> *mut c_char {
    guard(std::ptr::null_mut(), || Ok(malloc_string("")))
}

/// `LLVMGetFirstTarget`: the first of the targets (x86-64, then AArch64).
#[unsafe(no_mangle)]
pub extern "C" fn LLVMGetFirstTarget() -> LLVMTargetRef {
    &TARGETS[0]
}

/// `LLVMGetNextTarget`: the target after `t`, NULL after the last.
///
/// # Safety
/// `t` is a target handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetNextTarget(t: LLVMTargetRef) -> LLVMTargetRef {
    guard(std::ptr::null(), || {
        let t = target(t)?;
        let i = TARGETS
            .iter()
            .position(|x| std::ptr::eq(x, t))
            .unwrap_or(TARGETS.len());
        Ok(TARGETS
            .get(i + 1)
            .map_or(std::ptr::null(), |x| x as LLVMTargetRef))
    })
}

/// `LLVMGetTargetFromName`: `x86-64` (or `x86_64`) and `aarch64` (or `arm64`); NULL for
/// others.
///
/// # Safety
/// `name` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetFromName(name: *const c_char) -> LLVMTargetRef {
    guard(std::ptr::null(), || {
        // SAFETY: per the caller's guarantee.
        let n = unsafe { c_str(name, "Name") }?;
        let arch = match &*n {
            "x86-64" | "x86_64" => Arch::X86_64,
            "aarch64" | "arm64" => Arch::AArch64,
            _ => return Err(format!("LLVMGetTargetFromName: no target named `{n}`")),
        };
        Ok(TARGETS
            .iter()
            .find(|t| t.arch == arch)
            .map_or(std::ptr::null(), |t| t as LLVMTargetRef))
    })
}

/// `LLVMGetTargetFromTriple`: the target for a triple's architecture; 0 on success, else
/// 1 with a message in `*error_message`.
///
/// # Safety
/// `triple` NUL-terminated; `t` writable; `error_message` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetFromTriple(
    triple: *const c_char,
    t: *mut LLVMTargetRef,
    error_message: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(error_message, 1, || {
            if t.is_null() {
                return Err("LLVMGetTargetFromTriple: T is NULL".to_string());
            }
            *t = std::ptr::null();
            let tr = c_str(triple, "Triple")?;
            let arch = Arch::from_triple(&tr).ok_or_else(|| {
                format!("No available targets are compatible with triple \"{tr}\" (this library has x86-64 and aarch64)")
            })?;
            *t = TARGETS
                .iter()
                .find(|x| x.arch == arch)
                .map_or(std::ptr::null(), |x| x as LLVMTargetRef);
            Ok(0)
        })
    }
}

/// `LLVMGetTargetName`: the target's short name (`x86-64`, `aarch64`).
///
/// # Safety
/// `t` is a target handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetName(t: LLVMTargetRef) -> *const c_char {
    guard(std::ptr::null(), || Ok(target(t)?.name.as_ptr()))
}

/// `LLVMGetTargetDescription`: one line about the target.
///
/// # Safety
/// `t` is a target handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetDescription(t: LLVMTargetRef) -> *const c_char {
    guard(std::ptr::null(), || Ok(target(t)?.description.as_ptr()))
}

macro_rules! target_has {
    ($($name:ident),* $(,)?) => {$(
        #[doc = concat!("`", stringify!($name), "`: true for both targets.")]
        ///
        /// # Safety
        /// `t` is a target handle.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(t: LLVMTargetRef) -> LLVMBool {
            guard(0, || target(t).map(|_| 1))
        }
    )*};
}

target_has!(
    LLVMTargetHasJIT,
    LLVMTargetHasTargetMachine,
    LLVMTargetHasAsmBackend,
);

/// `LLVMCreateTargetMachine`: a target machine for `triple` (whose architecture must be
/// `t`'s). `level` 0-3 is the backend's optimisation level; the relocation mode and code
/// model are accepted (the objects are position independent, small code model). NULL on
/// error (kept for `JitGetLastErrorMessage`).
///
/// # Safety
/// `t` a target handle; the strings NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateTargetMachine(
    t: LLVMTargetRef,
    triple: *const c_char,
    cpu: *const c_char,
    features: *const c_char,
    level: LLVMCodeGenOptLevel,
    reloc: LLVMRelocMode,
    code_model: LLVMCodeModel,
) -> LLVMTargetMachineRef {
    let _ = (reloc, code_model);
    guard(std::ptr::null_mut(), || {
        let tg = target(t)?;
        // SAFETY: per the caller's guarantee.
        let (tr, cpu, features) = unsafe {
            (
                c_str_or_empty(triple),
                c_str_or_empty(cpu),
                c_str_or_empty(features),
            )
        };
        let tr = if tr.is_empty() {
            host_triple().into()
        } else {
            tr
        };
        if Arch::from_triple(&tr) != Some(tg.arch) {
            return Err(format!(
                "LLVMCreateTargetMachine: triple `{tr}` is not for target {}",
                tg.name.to_string_lossy()
            ));
        }
        Ok(Box::into_raw(Box::new(TargetMachine {
            magic: TM_MAGIC,
            target: tg,
            arch: tg.arch,
            triple: tr.into_owned(),
            cpu: cpu.into_owned(),
            features: features.into_owned(),
            opt_level: level.clamp(0, 3) as u8,
        })))
    })
}

/// `LLVMDisposeTargetMachine`.
///
/// # Safety
/// `tm` is NULL or a target-machine handle not disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposeTargetMachine(tm: LLVMTargetMachineRef) {
    guard((), || {
        if tm.is_null() {
            return Ok(());
        }
        // SAFETY: per the caller's guarantee.
        unsafe { machine(tm) }?.magic = 0;
        // SAFETY: made by `Box::into_raw`; freed once here.
        drop(unsafe { Box::from_raw(tm) });
        Ok(())
    })
}

/// `LLVMGetTargetMachineTarget`.
///
/// # Safety
/// `tm` is a target-machine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetMachineTarget(tm: LLVMTargetMachineRef) -> LLVMTargetRef {
    // SAFETY: per the caller's guarantee.
    guard(std::ptr::null(), || Ok(unsafe { machine(tm) }?.target))
}

/// `LLVMGetTargetMachineTriple`; free with `LLVMDisposeMessage`.
///
/// # Safety
/// `tm` is a target-machine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetMachineTriple(tm: LLVMTargetMachineRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let m = unsafe { machine(tm) }?;
        Ok(malloc_string(&m.triple))
    })
}

/// `LLVMGetTargetMachineCPU`; free with `LLVMDisposeMessage`.
///
/// # Safety
/// `tm` is a target-machine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetMachineCPU(tm: LLVMTargetMachineRef) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let m = unsafe { machine(tm) }?;
        Ok(malloc_string(&m.cpu))
    })
}

/// `LLVMGetTargetMachineFeatureString`; free with `LLVMDisposeMessage`.
///
/// # Safety
/// `tm` is a target-machine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMGetTargetMachineFeatureString(
    tm: LLVMTargetMachineRef,
) -> *mut c_char {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let m = unsafe { machine(tm) }?;
        Ok(malloc_string(&m.features))
    })
}

/// `LLVMSetTargetMachineAsmVerbosity`: accepted (no assembly output).
///
/// # Safety
/// `tm` is a target-machine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMSetTargetMachineAsmVerbosity(
    tm: LLVMTargetMachineRef,
    verbose: LLVMBool,
) {
    let _ = verbose;
    // SAFETY: per the caller's guarantee.
    guard((), || unsafe { machine(tm) }.map(|_| ()))
}

/// `LLVMCreateTargetDataLayout`: the target's data layout (clang 19's for Linux); free with
/// `LLVMDisposeTargetData`.
///
/// # Safety
/// `tm` is a target-machine handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMCreateTargetDataLayout(tm: LLVMTargetMachineRef) -> LLVMTargetDataRef {
    guard(std::ptr::null_mut(), || {
        // SAFETY: per the caller's guarantee.
        let m = unsafe { machine(tm) }?;
        Ok(Box::into_raw(new_target_data(layout_for(m.arch), false)))
    })
}

/// The object file for module `m` on machine `tm`.
///
/// # Safety
/// `tm` a target-machine handle, `m` a module handle.
unsafe fn emit(
    tm: LLVMTargetMachineRef,
    m: LLVMModuleRef,
    kind: LLVMCodeGenFileType,
) -> Result<Vec<u8>, String> {
    // SAFETY: per the caller's guarantee.
    let (tm, mb) = unsafe { (machine(tm)?, handles::module(m)?) };
    if kind != 1 {
        return Err("assembly output is not supported (use LLVMObjectFile)".to_string());
    }
    if let Some(t) = &mb.ir.triple {
        if Arch::from_triple(t) != Some(tm.arch) {
            return Err(format!(
                "the module's triple `{t}` is not for this target machine (`{}`)",
                tm.triple
            ));
        }
    }
    jit_core::verifier::verify_module(&mb.ir).map_err(|e| e.to_string())?;
    let bytes = jit::emit_object(&mb.ir, tm.arch, tm.opt_level).map_err(|e| e.to_string())?;
    mb.context()?.yield_now();
    Ok(bytes)
}

/// `LLVMTargetMachineEmitToFile`: writes the module as an ELF relocatable object; 0 on
/// success, else 1 with a message in `*error_message`.
///
/// # Safety
/// `tm` a target-machine handle, `m` a module handle, `filename` NUL-terminated,
/// `error_message` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMTargetMachineEmitToFile(
    tm: LLVMTargetMachineRef,
    m: LLVMModuleRef,
    filename: *const c_char,
    codegen: LLVMCodeGenFileType,
    error_message: *mut *mut c_char,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(error_message, 1, || {
            let path = c_str(filename, "Filename")?.into_owned();
            let bytes = emit(tm, m, codegen)?;
            std::fs::write(&path, bytes).map_err(|e| format!("{path}: {e}"))?;
            Ok(0)
        })
    }
}

/// `LLVMTargetMachineEmitToMemoryBuffer`: the module as an ELF relocatable object in a new
/// buffer (free with `LLVMDisposeMemoryBuffer`); 0 on success, else 1 with a message.
///
/// # Safety
/// `tm` a target-machine handle, `m` a module handle, `out_buf` writable, `error_message`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMTargetMachineEmitToMemoryBuffer(
    tm: LLVMTargetMachineRef,
    m: LLVMModuleRef,
    codegen: LLVMCodeGenFileType,
    error_message: *mut *mut c_char,
    out_buf: *mut LLVMMemoryBufferRef,
) -> LLVMBool {
    // SAFETY: per the caller's guarantee.
    unsafe {
        guard_out(error_message, 1, || {
            if out_buf.is_null() {
                return Err("LLVMTargetMachineEmitToMemoryBuffer: OutMemBuf is NULL".to_string());
            }
            *out_buf = std::ptr::null_mut();
            let bytes = emit(tm, m, codegen)?;
            *out_buf = new_buffer(&bytes, "");
            Ok(0)
        })
    }
}
