//! Linker.h: `LLVMLinkModules2` over the IR module linker (`jit-irlink`).

use crate::boundary::{LLVMBool, guard};
use crate::handles::{self, LLVMModuleRef};

/// `LLVMLinkerMode` (only `LLVMLinkerDestroySource` remains in LLVM).
pub type LLVMLinkerMode = std::ffi::c_int;

/// `LLVMLinkModules2`: links `src` into `dest` and destroys `src` (also when linking
/// fails, as LLVM does). Symbols resolve by linkage (a definition beats a declaration, a
/// strong definition a weak, `linkonce` or `common` one; two strong ones are an error),
/// `appending` globals such as `llvm.global_ctors` are concatenated, local symbols are
/// renamed apart. Returns 0 on success, 1 on error (the message is kept for
/// `JitGetLastErrorMessage`; LLVM sends it to the context's diagnostic handler). Handles
/// of `dest`'s values stay valid; those of `src`'s die with it.
///
/// # Safety
/// `dest` and `src` are module handles of one context, `src` owned by the client.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMLinkModules2(dest: LLVMModuleRef, src: LLVMModuleRef) -> LLVMBool {
    guard(1, || {
        if std::ptr::eq(dest, src) {
            return Err("LLVMLinkModules2: a module cannot be linked into itself".to_string());
        }
        // SAFETY: per the caller's guarantee.
        let s = unsafe { handles::module(src) }?;
        if !s.owner.is_null() {
            return Err(format!(
                "LLVMLinkModules2: module `{}` is owned by an execution engine and cannot be linked away",
                s.ir.name
            ));
        }
        let src_ctx = s.ctx;
        let src_ir = std::mem::take(&mut s.ir);
        // SAFETY: made by `Box::into_raw`; the client gave it up to this call; freed once.
        drop(unsafe { Box::from_raw(src) });
        // SAFETY: per the caller's guarantee.
        let d = unsafe { handles::module(dest) }?;
        d.check_mutable()?;
        if d.ctx != src_ctx {
            return Err("LLVMLinkModules2: the modules belong to different contexts".to_string());
        }
        jit::jit_irlink::link_modules(&mut d.ir, src_ir)
            .map_err(|e| format!("LLVMLinkModules2: {e}"))?;
        d.context()?.yield_now();
        Ok(0)
    })
}
