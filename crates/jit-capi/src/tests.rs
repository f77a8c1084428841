//! Rust-side checks of the handle design (the C programs in `tests/capi/` test the API as C
//! sees it).

use crate::core::builder::*;
use crate::core::context::*;
use crate::core::types::*;
use crate::core::values::*;
use std::ffi::CStr;

fn text(p: *mut std::ffi::c_char) -> String {
    assert!(!p.is_null());
    // SAFETY: a message from this library, freed once below.
    let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    // SAFETY: as above.
    unsafe { LLVMDisposeMessage(p) };
    s
}

#[test]
fn handles_are_interned_and_names_unique() {
    // SAFETY: every handle passed is one this library just returned.
    unsafe {
        let ctx = LLVMContextCreate();
        assert_eq!(LLVMInt32TypeInContext(ctx), LLVMInt32TypeInContext(ctx));
        assert_ne!(
            LLVMInt32TypeInContext(ctx),
            LLVMInt32Type(),
            "contexts have their own types"
        );
        let i32t = LLVMInt32TypeInContext(ctx);
        let m = LLVMModuleCreateWithNameInContext(c"m".as_ptr(), ctx);
        let mut params = [i32t, i32t];
        let fty = LLVMFunctionType(i32t, params.as_mut_ptr(), 2, 0);
        let f = LLVMAddFunction(m, c"f".as_ptr(), fty);
        assert_eq!(LLVMGetNamedFunction(m, c"f".as_ptr()), f);
        assert_eq!(LLVMGetParam(f, 1), LLVMGetParam(f, 1));
        let g = LLVMAddFunction(m, c"f".as_ptr(), fty);
        assert_eq!(CStr::from_ptr(LLVMGetValueName(g)).to_str(), Ok("f.1"));

        let b = LLVMCreateBuilderInContext(ctx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlock(f, c"entry".as_ptr()));
        let x = LLVMBuildAdd(b, LLVMGetParam(f, 0), LLVMGetParam(f, 1), c"x".as_ptr());
        let y = LLVMBuildAdd(b, x, x, c"x".as_ptr());
        assert_eq!(CStr::from_ptr(LLVMGetValueName(y)).to_str(), Ok("x1"));
        LLVMBuildRet(b, y);
        LLVMDisposeBuilder(b);
        let ir = text(LLVMPrintModuleToString(m));
        assert!(ir.contains("%x1 = add i32 %x, %x"), "{ir}");
        assert_eq!(
            LLVMTypeOf(x),
            i32t,
            "module types come back as the context's handles"
        );
        LLVMDisposeModule(m);
        LLVMContextDispose(ctx);
    }
}

#[test]
fn named_structs_are_copied_into_modules_by_name() {
    // SAFETY: every handle passed is one this library just returned.
    unsafe {
        let ctx = LLVMContextCreate();
        let st = LLVMStructCreateNamed(ctx, c"pair".as_ptr());
        let mut fields = [LLVMInt64TypeInContext(ctx), LLVMDoubleTypeInContext(ctx)];
        LLVMStructSetBody(st, fields.as_mut_ptr(), 2, 0);
        let m = LLVMModuleCreateWithNameInContext(c"m".as_ptr(), ctx);
        let g = LLVMAddGlobal(m, st, c"g".as_ptr());
        LLVMSetInitializer(g, LLVMConstNull(st));
        let ir = text(LLVMPrintModuleToString(m));
        assert!(ir.contains("%pair = type { i64, double }"), "{ir}");
        assert!(ir.contains("@g = global %pair zeroinitializer"), "{ir}");
        assert_eq!(LLVMGlobalGetValueType(g), st);
        LLVMDisposeModule(m);
        LLVMContextDispose(ctx);
    }
}

#[test]
fn errors_are_reported_not_raised() {
    // SAFETY: NULL and wrong-kind handles are what is being tested; the library checks them.
    unsafe {
        assert!(LLVMGetParam(std::ptr::null_mut(), 0).is_null());
        let msg = crate::boundary::take_last_error().unwrap_or_default();
        assert!(msg.contains("NULL"), "{msg}");
        let ctx = LLVMContextCreate();
        let wrong = LLVMInt8TypeInContext(ctx).cast();
        assert!(LLVMGetParam(wrong, 0).is_null());
        let msg = crate::boundary::take_last_error().unwrap_or_default();
        assert!(msg.contains("not a valid LLVMValueRef"), "{msg}");
        LLVMContextDispose(ctx);
    }
}

/// A module with a loop, parsed in `ctx`.
///
/// # Safety
/// `ctx` is a live context handle.
unsafe fn loop_module(ctx: crate::handles::LLVMContextRef) -> crate::handles::LLVMModuleRef {
    let ir = "define i64 @sum_to(i64 %n) {\nentry:\n  br label %loop\nloop:\n  \
              %i = phi i64 [ 0, %entry ], [ %i1, %loop ]\n  \
              %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]\n  %acc1 = add i64 %acc, %i\n  \
              %i1 = add i64 %i, 1\n  %more = icmp slt i64 %i1, %n\n  \
              br i1 %more, label %loop, label %done\ndone:\n  ret i64 %acc1\n}\n";
    let mut m = std::ptr::null_mut();
    // SAFETY: `ir` is valid for its length; the buffer is taken by the parser.
    unsafe {
        let buf = crate::irreader::LLVMCreateMemoryBufferWithMemoryRangeCopy(
            ir.as_ptr().cast(),
            ir.len(),
            c"loop.ll".as_ptr(),
        );
        let mut error = std::ptr::null_mut();
        assert_eq!(
            crate::irreader::LLVMParseIRInContext(ctx, buf, &mut m, &mut error),
            0
        );
    }
    m
}

#[test]
fn tiering_options_follow_the_size_idiom() {
    use crate::ext::*;
    let size = std::mem::size_of::<JitTieringOptions>();
    let mut raw = [0xabu8; 32];
    // SAFETY: `raw` is writable for its whole length, more than the sizes passed.
    unsafe { JitInitializeTieringOptions(raw.as_mut_ptr().cast(), 4) };
    assert_eq!(raw[..4], jit::TierPolicy::default().threshold.to_ne_bytes());
    assert!(raw[4..].iter().all(|&b| b == 0xab), "only 4 bytes written");
    // SAFETY: as above.
    unsafe { JitInitializeTieringOptions(raw.as_mut_ptr().cast(), size + 4) };
    assert!(
        raw[4..].iter().all(|&b| b == 0xab),
        "a larger struct is left alone"
    );
    let msg = crate::boundary::take_last_error().unwrap_or_default();
    assert!(msg.contains("do not match"), "{msg}");

    // SAFETY: every handle passed is one this library just returned; refused calls leave
    // the module to the caller, who disposes it.
    unsafe {
        let ctx = LLVMContextCreate();
        let m = loop_module(ctx);
        let mut ee = std::ptr::null_mut();
        let mut error = std::ptr::null_mut();
        let mut options = crate::engine::LLVMMCJITCompilerOptions::default();
        let mut t = JitTieringOptions {
            threshold: 1,
            opt_level: 2,
            synchronous: 1,
        };
        let r = JitCreateTieredCompilerForModule(
            &mut ee,
            m,
            &mut options,
            std::mem::size_of_val(&options),
            &t,
            size + 1,
            &mut error,
        );
        assert_eq!(r, 1);
        assert!(text(error).contains("tiering options struct passed is"));
        options.opt_level = 3;
        let r = JitCreateTieredCompilerForModule(
            &mut ee,
            m,
            &mut options,
            std::mem::size_of_val(&options),
            &t,
            size,
            &mut error,
        );
        assert_eq!(r, 1);
        assert!(text(error).contains("OptLevel 3 with tiering"));
        options.opt_level = 0;
        t.opt_level = 0;
        let r = JitCreateTieredCompilerForModule(
            &mut ee,
            m,
            &mut options,
            std::mem::size_of_val(&options),
            &t,
            size,
            &mut error,
        );
        assert_eq!(r, 1);
        assert!(text(error).contains("tiering OptLevel 0 is out of range"));
        assert!(ee.is_null());
        LLVMDisposeModule(m);
        LLVMContextDispose(ctx);
    }
}

#[test]
fn tiering_stats_of_engines() {
    use crate::engine::*;
    use crate::ext::*;
    // SAFETY: every handle passed is one this library just returned.
    unsafe {
        let ctx = LLVMContextCreate();
        let mut ee = std::ptr::null_mut();
        let mut error = std::ptr::null_mut();
        let mut st = JitTieringStats {
            requests: 7,
            ..JitTieringStats::default()
        };
        let size = std::mem::size_of::<JitTieringStats>();

        // The interpreter does not tier: zeros, and nothing to wait for.
        assert_eq!(
            LLVMCreateInterpreterForModule(&mut ee, loop_module(ctx), &mut error),
            0
        );
        JitWaitForTierUp(ee);
        assert_eq!(JitGetTieringStats(ee, &mut st, size, &mut error), 0);
        assert_eq!(st.requests, 0);
        LLVMDisposeExecutionEngine(ee);

        // Threshold 1, synchronous: the first call makes `sum_to` tier up.
        let t = JitTieringOptions {
            threshold: 1,
            opt_level: 2,
            synchronous: 1,
        };
        let r = JitCreateTieredCompilerForModule(
            &mut ee,
            loop_module(ctx),
            std::ptr::null_mut(),
            0,
            &t,
            std::mem::size_of_val(&t),
            &mut error,
        );
        assert_eq!(r, 0);
        let address = LLVMGetFunctionAddress(ee, c"sum_to".as_ptr());
        if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
            assert_ne!(address, 0);
            // SAFETY: finalized code of `i64 (i64)`.
            let f = std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(address as usize);
            assert_eq!(f(100), 4950);
            JitWaitForTierUp(ee);
            assert_eq!(f(100), 4950);
            assert_eq!(LLVMGetFunctionAddress(ee, c"sum_to".as_ptr()), address);
            assert_eq!(JitGetTieringStats(ee, &mut st, size, &mut error), 0);
            assert_eq!((st.requests, st.published, st.failed), (1, 1, 0), "{st:?}");
            assert_eq!(st.modules_optimized, 1);
        }
        LLVMDisposeExecutionEngine(ee);
        LLVMContextDispose(ctx);
    }
}

#[test]
fn exception_handling_through_the_builder() {
    use crate::core::eh::*;
    // SAFETY: every handle passed is one this library just returned.
    unsafe {
        let ctx = LLVMContextCreate();
        let i32t = LLVMInt32TypeInContext(ctx);
        let ptr = LLVMPointerTypeInContext(ctx, 0);
        let m = LLVMModuleCreateWithNameInContext(c"eh".as_ptr(), ctx);
        let pers_ty = LLVMFunctionType(i32t, std::ptr::null_mut(), 0, 1);
        let pers = LLVMAddFunction(m, c"__gxx_personality_v0".as_ptr(), pers_ty);
        let mut p = [i32t];
        let gty = LLVMFunctionType(i32t, p.as_mut_ptr(), 1, 0);
        let g = LLVMAddFunction(m, c"g".as_ptr(), gty);
        let f = LLVMAddFunction(m, c"f".as_ptr(), gty);
        assert_eq!(LLVMHasPersonalityFn(f), 0);
        assert!(LLVMGetPersonalityFn(f).is_null());
        let entry = LLVMAppendBasicBlock(f, c"entry".as_ptr());
        let ok = LLVMAppendBasicBlock(f, c"ok".as_ptr());
        let lpad = LLVMAppendBasicBlock(f, c"lpad".as_ptr());
        let other = LLVMAppendBasicBlock(f, c"other".as_ptr());
        let b = LLVMCreateBuilderInContext(ctx);
        LLVMPositionBuilderAtEnd(b, entry);
        let mut args = [LLVMGetParam(f, 0)];
        let r = LLVMBuildInvoke2(b, gty, g, args.as_mut_ptr(), 1, ok, lpad, c"r".as_ptr());
        assert!(!r.is_null(), "{:?}", crate::boundary::take_last_error());
        assert_eq!(LLVMGetInstructionOpcode(r), 5, "LLVMInvoke");
        assert_eq!(LLVMGetNormalDest(r), ok);
        assert_eq!(LLVMGetUnwindDest(r), lpad);
        LLVMSetUnwindDest(r, other);
        assert_eq!(LLVMGetUnwindDest(r), other);
        LLVMSetUnwindDest(r, lpad);
        LLVMPositionBuilderAtEnd(b, ok);
        LLVMBuildRet(b, r);
        LLVMPositionBuilderAtEnd(b, lpad);
        let mut fields = [ptr, i32t];
        let lp_ty = LLVMStructTypeInContext(ctx, fields.as_mut_ptr(), 2, 0);
        let lp = LLVMBuildLandingPad(b, lp_ty, pers, 2, c"lp".as_ptr());
        assert!(!lp.is_null(), "{:?}", crate::boundary::take_last_error());
        assert_eq!(LLVMGetInstructionOpcode(lp), 59, "LLVMLandingPad");
        assert_eq!(LLVMHasPersonalityFn(f), 1, "the landing pad set it");
        assert_eq!(LLVMGetPersonalityFn(f), pers);
        LLVMAddClause(lp, LLVMConstPointerNull(ptr));
        let empty = LLVMArrayType2(ptr, 0);
        LLVMAddClause(lp, LLVMConstNull(empty));
        assert_eq!(LLVMIsCleanup(lp), 0);
        LLVMSetCleanup(lp, 1);
        assert_eq!(LLVMIsCleanup(lp), 1);
        assert_eq!(LLVMGetNumClauses(lp), 2);
        assert_eq!(LLVMTypeOf(LLVMGetClause(lp, 1)), empty);
        assert!(LLVMGetClause(lp, 2).is_null());
        let res = LLVMBuildResume(b, lp);
        assert_eq!(LLVMGetInstructionOpcode(res), 58, "LLVMResume");
        LLVMPositionBuilderAtEnd(b, other);
        LLVMBuildUnreachable(b);
        assert_eq!(LLVMGetInstructionOpcode(LLVMGetParam(f, 0)), 0);
        assert!(LLVMGetNormalDest(lp).is_null(), "not an invoke");
        let ir = text(LLVMPrintModuleToString(m));
        assert!(
            ir.contains("define i32 @f(i32 %0) personality ptr @__gxx_personality_v0 {"),
            "{ir}"
        );
        assert!(
            ir.contains("  %r = invoke i32 @g(i32 %0)\n          to label %ok unwind label %lpad"),
            "{ir}"
        );
        assert!(
            ir.contains("landingpad { ptr, i32 }\n          cleanup\n          catch ptr null\n          filter [0 x ptr] zeroinitializer"),
            "{ir}"
        );
        let mut msg = std::ptr::null_mut();
        assert_eq!(
            crate::analysis::LLVMVerifyModule(m, crate::analysis::action::RETURN_STATUS, &mut msg),
            0,
            "{}",
            text(msg)
        );
        text(msg);
        // Without the personality the verifier complains; NULL removes it.
        LLVMSetPersonalityFn(f, std::ptr::null_mut());
        assert_eq!(LLVMHasPersonalityFn(f), 0);
        let mut msg = std::ptr::null_mut();
        assert_eq!(
            crate::analysis::LLVMVerifyModule(m, crate::analysis::action::RETURN_STATUS, &mut msg),
            1
        );
        let msg = text(msg);
        assert!(
            msg.contains("invoke in a function without a personality"),
            "{msg}"
        );
        LLVMSetPersonalityFn(f, pers);
        // A personality must be a pointer.
        LLVMSetPersonalityFn(f, LLVMConstInt(i32t, 1, 0));
        assert_eq!(LLVMGetPersonalityFn(f), pers, "refused, unchanged");
        LLVMDisposeBuilder(b);
        LLVMDisposeModule(m);
        LLVMContextDispose(ctx);
    }
}
