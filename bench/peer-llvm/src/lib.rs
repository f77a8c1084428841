//! LLVM 19 as a benchmark peer, through the LLVM-C API of Debian's `llvm-19-dev`.
//!
//! A [`Llvm`] owns one thread-safe context; `.ll` text is parsed into it once
//! ([`Llvm::parse`]), outside any timing, and every compile starts from a clone of that
//! parsed module, so LLVM, like our engine, goes from an in-memory module to a finalized
//! function pointer. Engines: MCJIT at a chosen code-generation level (its default memory
//! manager is LLVM's `SectionMemoryManager`) and ORC's LLJIT (whole-module, not lazy).

use llvm_sys::core::*;
use llvm_sys::error::*;
use llvm_sys::execution_engine::*;
use llvm_sys::ir_reader::LLVMParseIRInContext;
use llvm_sys::orc2::lljit::*;
use llvm_sys::orc2::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::target_machine::*;
use std::ffi::{CStr, CString, c_char};
use std::ptr;

/// What went wrong in LLVM, with LLVM's own message.
#[derive(Debug, thiserror::Error)]
#[error("LLVM: {0}")]
pub struct LlvmError(pub String);

fn owned_message(msg: *mut c_char) -> String {
    if msg.is_null() {
        return "unknown error".to_string();
    }
    // SAFETY: LLVM returned a NUL-terminated message that we own and free here.
    unsafe {
        let s = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeMessage(msg);
        s
    }
}

fn check(err: LLVMErrorRef) -> Result<(), LlvmError> {
    if err.is_null() {
        return Ok(());
    }
    // SAFETY: `err` is a live error; getting its message consumes it.
    unsafe {
        let msg = LLVMGetErrorMessage(err);
        let s = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(msg);
        Err(LlvmError(s))
    }
}

/// The LLVM JIT peers, sharing one context.
pub struct Llvm {
    tsc: LLVMOrcThreadSafeContextRef,
    context: LLVMContextRef,
}

/// A parsed module; compiles clone it.
pub struct ParsedModule {
    module: LLVMModuleRef,
}

impl Drop for ParsedModule {
    fn drop(&mut self) {
        // SAFETY: we own the module; nothing else refers to it (engines own clones).
        unsafe { LLVMDisposeModule(self.module) }
    }
}

/// A copy of a parsed module that an engine will own; dropped unused, it is disposed.
pub struct ModuleCopy {
    module: LLVMModuleRef,
}

impl ModuleCopy {
    /// Hands the module over to LLVM, which then owns it.
    fn into_raw(self) -> LLVMModuleRef {
        let m = self.module;
        std::mem::forget(self);
        m
    }
}

impl Drop for ModuleCopy {
    fn drop(&mut self) {
        // SAFETY: the copy was never handed over, so we still own it.
        unsafe { LLVMDisposeModule(self.module) }
    }
}

/// A live engine holding compiled code; dropping it frees the code.
pub enum LiveEngine {
    /// MCJIT.
    Mcjit(LLVMExecutionEngineRef),
    /// ORC LLJIT.
    Orc(LLVMOrcLLJITRef),
}

impl Drop for LiveEngine {
    fn drop(&mut self) {
        // SAFETY: each engine was created by us and is disposed exactly once.
        unsafe {
            match *self {
                LiveEngine::Mcjit(ee) => LLVMDisposeExecutionEngine(ee),
                LiveEngine::Orc(j) => {
                    let _ = check(LLVMOrcDisposeLLJIT(j));
                }
            }
        }
    }
}

fn opt_level(level: u32) -> LLVMCodeGenOptLevel {
    match level {
        0 => LLVMCodeGenOptLevel::LLVMCodeGenLevelNone,
        1 => LLVMCodeGenOptLevel::LLVMCodeGenLevelLess,
        2 => LLVMCodeGenOptLevel::LLVMCodeGenLevelDefault,
        _ => LLVMCodeGenOptLevel::LLVMCodeGenLevelAggressive,
    }
}

impl Llvm {
    /// Initializes the native target and MCJIT, and makes the shared context.
    pub fn new() -> Result<Self, LlvmError> {
        // SAFETY: LLVM's initialization functions are idempotent; the context is ours.
        unsafe {
            LLVMLinkInMCJIT();
            if LLVM_InitializeNativeTarget() != 0
                || LLVM_InitializeNativeAsmPrinter() != 0
                || LLVM_InitializeNativeAsmParser() != 0
            {
                return Err(LlvmError("no native target in this LLVM".to_string()));
            }
            let tsc = LLVMOrcCreateNewThreadSafeContext();
            let context = LLVMOrcThreadSafeContextGetContext(tsc);
            Ok(Llvm { tsc, context })
        }
    }

    /// Parses `.ll` text (and verifies it, as `LLVMParseIRInContext` does).
    pub fn parse(&self, text: &str, name: &str) -> Result<ParsedModule, LlvmError> {
        let name = CString::new(name).map_err(|e| LlvmError(e.to_string()))?;
        // SAFETY: the buffer copies the text; parsing takes ownership of the buffer.
        unsafe {
            let buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(
                text.as_ptr().cast(),
                text.len(),
                name.as_ptr(),
            );
            let mut module = ptr::null_mut();
            let mut msg = ptr::null_mut();
            if LLVMParseIRInContext(self.context, buf, &mut module, &mut msg) != 0 {
                return Err(LlvmError(owned_message(msg)));
            }
            Ok(ParsedModule { module })
        }
    }

    /// A fresh copy of a parsed module, for an engine to own (not timed by callers).
    pub fn clone_module(&self, m: &ParsedModule) -> ModuleCopy {
        // SAFETY: the module is live; the clone lives in the same context.
        ModuleCopy {
            module: unsafe { LLVMCloneModule(m.module) },
        }
    }

    /// MCJIT at code-generation level `level` (0–3) owning `module` (from
    /// [`Llvm::clone_module`]); returns the engine and the address of `symbol`, compiled,
    /// relocated and made executable.
    pub fn mcjit(
        &self,
        module: ModuleCopy,
        level: u32,
        symbol: &str,
    ) -> Result<(LiveEngine, u64), LlvmError> {
        let sym = CString::new(symbol).map_err(|e| LlvmError(e.to_string()))?;
        // SAFETY: standard MCJIT creation; the engine takes ownership of the module.
        unsafe {
            let mut options: LLVMMCJITCompilerOptions = std::mem::zeroed();
            let size = std::mem::size_of::<LLVMMCJITCompilerOptions>();
            LLVMInitializeMCJITCompilerOptions(&mut options, size);
            options.OptLevel = level;
            let mut ee = ptr::null_mut();
            let mut msg = ptr::null_mut();
            let module = module.into_raw();
            if LLVMCreateMCJITCompilerForModule(&mut ee, module, &mut options, size, &mut msg) != 0
            {
                return Err(LlvmError(owned_message(msg)));
            }
            let engine = LiveEngine::Mcjit(ee);
            let addr = LLVMGetFunctionAddress(ee, sym.as_ptr());
            if addr == 0 {
                return Err(LlvmError(format!("MCJIT: no function `{symbol}`")));
            }
            Ok((engine, addr))
        }
    }

    /// ORC LLJIT at code-generation level `level`, with the process's symbols visible,
    /// owning `module`; returns the engine and the address of `symbol` after the whole
    /// module was compiled and linked.
    pub fn orc(
        &self,
        module: ModuleCopy,
        level: u32,
        symbol: &str,
    ) -> Result<(LiveEngine, u64), LlvmError> {
        let sym = CString::new(symbol).map_err(|e| LlvmError(e.to_string()))?;
        // SAFETY: standard LLJIT creation through the C API; ownership of the builder,
        // target machine builder and thread-safe module passes to LLVM as documented.
        unsafe {
            let triple = LLVMGetDefaultTargetTriple();
            let mut target = ptr::null_mut();
            let mut msg = ptr::null_mut();
            if LLVMGetTargetFromTriple(triple, &mut target, &mut msg) != 0 {
                LLVMDisposeMessage(triple);
                return Err(LlvmError(owned_message(msg)));
            }
            let cpu = LLVMGetHostCPUName();
            let features = LLVMGetHostCPUFeatures();
            let tm = LLVMCreateTargetMachine(
                target,
                triple,
                cpu,
                features,
                opt_level(level),
                LLVMRelocMode::LLVMRelocDefault,
                LLVMCodeModel::LLVMCodeModelJITDefault,
            );
            LLVMDisposeMessage(triple);
            LLVMDisposeMessage(cpu);
            LLVMDisposeMessage(features);
            let jtmb = LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(tm);
            let builder = LLVMOrcCreateLLJITBuilder();
            LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, jtmb);
            let mut jit = ptr::null_mut();
            check(LLVMOrcCreateLLJIT(&mut jit, builder))?;
            let engine = LiveEngine::Orc(jit);
            let dylib = LLVMOrcLLJITGetMainJITDylib(jit);
            let mut generator = ptr::null_mut();
            check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
                &mut generator,
                LLVMOrcLLJITGetGlobalPrefix(jit),
                None,
                ptr::null_mut(),
            ))?;
            LLVMOrcJITDylibAddGenerator(dylib, generator);
            let tsm = LLVMOrcCreateNewThreadSafeModule(module.into_raw(), self.tsc);
            check(LLVMOrcLLJITAddLLVMIRModule(jit, dylib, tsm))?;
            let mut addr: LLVMOrcExecutorAddress = 0;
            check(LLVMOrcLLJITLookup(jit, &mut addr, sym.as_ptr()))?;
            Ok((engine, addr))
        }
    }
}

impl Drop for Llvm {
    fn drop(&mut self) {
        // SAFETY: modules and engines hold their own references to the context.
        unsafe { LLVMOrcDisposeThreadSafeContext(self.tsc) }
    }
}

/// The LLVM version this crate is linked against, e.g. `19.1.7`.
pub fn version() -> String {
    let (mut major, mut minor, mut patch) = (0, 0, 0);
    // SAFETY: plain out-parameters.
    unsafe { LLVMGetVersion(&mut major, &mut minor, &mut patch) };
    format!("{major}.{minor}.{patch}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADD: &str = "define i32 @add1(i32 %x) {\n  %r = add i32 %x, 1\n  ret i32 %r\n}\n";

    fn call(addr: u64) -> i32 {
        // SAFETY: the address is `add1` compiled for this machine.
        let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(addr as usize) };
        f(41)
    }

    #[test]
    fn mcjit_and_orc_compile_and_call() {
        let llvm = Llvm::new().unwrap();
        let m = llvm.parse(ADD, "add.ll").unwrap();
        for level in [0, 2] {
            let (_e, addr) = llvm.mcjit(llvm.clone_module(&m), level, "add1").unwrap();
            assert_eq!(call(addr), 42);
            let (_e, addr) = llvm.orc(llvm.clone_module(&m), level, "add1").unwrap();
            assert_eq!(call(addr), 42);
        }
        assert!(version().starts_with("19."));
    }

    #[test]
    fn parse_errors_say_where() {
        let llvm = Llvm::new().unwrap();
        let err = llvm.parse("define i32 @f( {", "bad.ll").err().unwrap();
        assert!(err.to_string().contains("bad.ll"), "{err}");
    }
}
