//! Transforms/PassBuilder.h: `LLVMRunPasses` and its options, over `jit-opt`.
//!
//! The pipeline text is parsed by `jit_opt::run_passes_with` with LLVM's semantics
//! (`optnone` functions are left alone); unknown pass names are errors naming the pass, and
//! the passes accepted as no-ops are listed in `docs/capi.md`. Of the options, `VerifyEach`,
//! `DebugLogging` and `InlinerThreshold` change what happens; the others (vectorization,
//! unrolling, LICM caps, call-graph profile, function merging) are recorded and have no
//! effect, as this optimizer has none of those transformations.

use crate::boundary::{LLVMBool, c_str, guard, guard_error};
use crate::error::LLVMErrorRef;
use crate::handles::{self, LLVMModuleRef};
use std::ffi::{c_char, c_int, c_uint, c_void};

const OPTIONS_MAGIC: u32 = 0x4a50_424f;

/// The box behind `LLVMPassBuilderOptionsRef`: LLVM's `LLVMPassBuilderOptions` fields.
#[repr(C)]
pub struct PassBuilderOptions {
    magic: u32,
    /// `VerifyEach`.
    pub verify_each: bool,
    /// `DebugLogging`.
    pub debug_logging: bool,
    /// `LoopInterleaving` (recorded).
    pub loop_interleaving: bool,
    /// `LoopVectorization` (recorded).
    pub loop_vectorization: bool,
    /// `SLPVectorization` (recorded).
    pub slp_vectorization: bool,
    /// `LoopUnrolling` (recorded).
    pub loop_unrolling: bool,
    /// `ForgetAllSCEVInLoopUnroll` (recorded).
    pub forget_all_scev_in_loop_unroll: bool,
    /// `LicmMssaOptCap` (recorded).
    pub licm_mssa_opt_cap: c_uint,
    /// `LicmMssaNoAccForPromotionCap` (recorded).
    pub licm_mssa_no_acc_for_promotion_cap: c_uint,
    /// `CallGraphProfile` (recorded).
    pub call_graph_profile: bool,
    /// `MergeFunctions` (recorded).
    pub merge_functions: bool,
    /// `InlinerThreshold`; negative means the default.
    pub inliner_threshold: c_int,
}

/// `LLVMPassBuilderOptionsRef`.
pub type LLVMPassBuilderOptionsRef = *mut PassBuilderOptions;

/// `LLVMTargetMachineRef`: accepted (NULL or not) and not used.
pub type LLVMTargetMachineRef = *mut c_void;

/// The options behind a handle.
///
/// # Safety
/// `p` is NULL or a handle of this library.
unsafe fn options<'a>(p: LLVMPassBuilderOptionsRef) -> Result<&'a mut PassBuilderOptions, String> {
    if p.is_null() {
        return Err("LLVMPassBuilderOptionsRef is NULL".to_string());
    }
    // SAFETY: non-NULL handles of this library start with their magic (`repr(C)`).
    if unsafe { *(p as *const u32) } != OPTIONS_MAGIC {
        return Err(
            "not a valid LLVMPassBuilderOptionsRef (wrong kind of handle, or already disposed)"
                .to_string(),
        );
    }
    // SAFETY: checked above.
    Ok(unsafe { &mut *p })
}

/// `LLVMRunPasses`: runs `passes` on `m`; NULL on success, else an error to consume.
///
/// # Safety
/// `m` is a module handle, `passes` a NUL-terminated string, `opts` NULL or an options
/// handle; `tm` is not read.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMRunPasses(
    m: LLVMModuleRef,
    passes: *const c_char,
    tm: LLVMTargetMachineRef,
    opts: LLVMPassBuilderOptionsRef,
) -> LLVMErrorRef {
    let _ = tm;
    guard_error(|| {
        // SAFETY: per the caller's guarantee.
        let mb = unsafe { handles::module(m) }.map_err(|e| format!("LLVMRunPasses: {e}"))?;
        mb.check_mutable()?;
        // SAFETY: per the caller's guarantee.
        let text = unsafe { c_str(passes, "LLVMRunPasses: the pass pipeline") }?;
        let mut run_options = jit_opt::PassOptions::default();
        if !opts.is_null() {
            // SAFETY: per the caller's guarantee.
            let o = unsafe { options(opts) }?;
            run_options.verify_each |= o.verify_each;
            run_options.debug_logging = o.debug_logging;
            if o.inliner_threshold >= 0 {
                run_options.inline_threshold = Some(o.inliner_threshold);
            }
        }
        jit_opt::run_passes_with(&mut mb.ir, &text, &run_options).map_err(|e| e.to_string())
    })
}

/// `LLVMCreatePassBuilderOptions`: LLVM's defaults.
#[unsafe(no_mangle)]
pub extern "C" fn LLVMCreatePassBuilderOptions() -> LLVMPassBuilderOptionsRef {
    Box::into_raw(Box::new(PassBuilderOptions {
        magic: OPTIONS_MAGIC,
        verify_each: false,
        debug_logging: false,
        loop_interleaving: true,
        loop_vectorization: true,
        slp_vectorization: true,
        loop_unrolling: true,
        forget_all_scev_in_loop_unroll: false,
        licm_mssa_opt_cap: 100,
        licm_mssa_no_acc_for_promotion_cap: 250,
        call_graph_profile: true,
        merge_functions: false,
        inliner_threshold: -1,
    }))
}

/// `LLVMDisposePassBuilderOptions` (NULL is ignored).
///
/// # Safety
/// `opts` is NULL or an options handle not disposed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn LLVMDisposePassBuilderOptions(opts: LLVMPassBuilderOptionsRef) {
    guard((), || {
        if opts.is_null() {
            return Ok(());
        }
        // SAFETY: checked, then freed once (made by `Box::into_raw`).
        unsafe {
            options(opts)?;
            (*opts).magic = 0;
            drop(Box::from_raw(opts));
        }
        Ok(())
    })
}

/// Defines a setter of one option field.
macro_rules! setter {
    ($(#[$doc:meta])* $name:ident, $field:ident, $cty:ty, $conv:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// `opts` is an options handle.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(opts: LLVMPassBuilderOptionsRef, value: $cty) {
            guard((), || {
                // SAFETY: per the caller's guarantee.
                let o = unsafe { options(opts) }.map_err(|e| format!("{}: {e}", stringify!($name)))?;
                o.$field = $conv(value);
                Ok(())
            })
        }
    };
}

fn flag(v: LLVMBool) -> bool {
    v != 0
}

fn same<T>(v: T) -> T {
    v
}

setter!(
    /// `LLVMPassBuilderOptionsSetVerifyEach`.
    LLVMPassBuilderOptionsSetVerifyEach, verify_each, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetDebugLogging`.
    LLVMPassBuilderOptionsSetDebugLogging, debug_logging, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetLoopInterleaving` (recorded).
    LLVMPassBuilderOptionsSetLoopInterleaving, loop_interleaving, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetLoopVectorization` (recorded).
    LLVMPassBuilderOptionsSetLoopVectorization, loop_vectorization, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetSLPVectorization` (recorded).
    LLVMPassBuilderOptionsSetSLPVectorization, slp_vectorization, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetLoopUnrolling` (recorded).
    LLVMPassBuilderOptionsSetLoopUnrolling, loop_unrolling, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetForgetAllSCEVInLoopUnroll` (recorded).
    LLVMPassBuilderOptionsSetForgetAllSCEVInLoopUnroll, forget_all_scev_in_loop_unroll, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetLicmMssaOptCap` (recorded).
    LLVMPassBuilderOptionsSetLicmMssaOptCap, licm_mssa_opt_cap, c_uint, same
);
setter!(
    /// `LLVMPassBuilderOptionsSetLicmMssaNoAccForPromotionCap` (recorded).
    LLVMPassBuilderOptionsSetLicmMssaNoAccForPromotionCap, licm_mssa_no_acc_for_promotion_cap, c_uint, same
);
setter!(
    /// `LLVMPassBuilderOptionsSetCallGraphProfile` (recorded).
    LLVMPassBuilderOptionsSetCallGraphProfile, call_graph_profile, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetMergeFunctions` (recorded).
    LLVMPassBuilderOptionsSetMergeFunctions, merge_functions, LLVMBool, flag
);
setter!(
    /// `LLVMPassBuilderOptionsSetInlinerThreshold`.
    LLVMPassBuilderOptionsSetInlinerThreshold, inliner_threshold, c_int, same
);
