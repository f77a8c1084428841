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
