//! Reader unit tests of Itanium exception handling: `personality`, `invoke` in the forms
//! clang writes, `landingpad` clauses, `resume`, and the errors for malformed ones.

use super::*;
use crate::ir::LandingPadClause;

/// The shapes of clang 19's C++ output, by hand: an invoke with return attributes, a
/// varargs invoke with its function type, an indirect invoke, a calling convention and
/// a call-site attribute group; landing pads with every clause kind; a resume.
const EH: &str = r#"
@_ZTIi = external constant ptr
declare i32 @__gxx_personality_v0(...)
declare i32 @may_throw(i32)
declare i32 @printf(ptr, ...)
declare fastcc void @fast()

define i32 @f(i32 %x, ptr %fp) personality ptr @__gxx_personality_v0 {
entry:
  %a = invoke noundef i32 @may_throw(i32 noundef %x)
          to label %cont unwind label %lpad
cont:
  %b = invoke i32 (ptr, ...) @printf(ptr null, i32 %a) #0
          to label %cont2 unwind label %lpad
cont2:
  invoke fastcc void %fp() to label %cont3 unwind label %lpad2
cont3:
  invoke fastcc void @fast() to label %done unwind label %lpad2, !dbg !0
done:
  ret i32 %b
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
          catch ptr null
          filter [1 x ptr] [ptr @_ZTIi]
          filter [0 x ptr] zeroinitializer
  br label %rethrow
lpad2:
  %lp2 = landingpad { ptr, i32 } cleanup
  br label %rethrow
rethrow:
  %v = phi { ptr, i32 } [ %lp, %lpad ], [ %lp2, %lpad2 ]
  resume { ptr, i32 } %v
}

attributes #0 = { nounwind }
!0 = !{}
"#;

#[test]
fn invoke_landingpad_resume_and_personality() {
    let m = parse(EH);
    let f = func(&m, "f");
    let p = f.personality.expect("personality");
    assert_eq!(
        m.strip_to_global(p).map(|r| m.symbol_name(r)),
        Some("__gxx_personality_v0")
    );
    let body = f.body.as_ref().expect("body");
    let k = kinds(&m, "f");
    let InstKind::Invoke {
        fn_ty,
        args,
        ret_attrs,
        normal,
        unwind,
        ..
    } = &k[0]
    else {
        panic!("invoke: {:?}", k[0])
    };
    assert!(ret_attrs.has(ParamAttrs::NOUNDEF));
    assert!(args[0].attrs.has(ParamAttrs::NOUNDEF));
    assert_eq!(m.types.function_sig(*fn_ty).map(|s| s.1.len()), Some(1));
    assert_eq!(body.blocks[*normal].name.as_deref(), Some("cont"));
    assert_eq!(body.blocks[*unwind].name.as_deref(), Some("lpad"));
    // The invoke has a result and ends its block.
    assert!(
        body.insts[body.blocks[body.layout[0]].insts[0]]
            .result
            .is_some()
    );
    assert_eq!(body.blocks[body.layout[0]].insts.len(), 1);
    let InstKind::Invoke { fn_ty, args, .. } = &k[1] else {
        panic!("varargs invoke")
    };
    assert!(m.types.function_sig(*fn_ty).expect("fn type").2);
    assert_eq!(args.len(), 2);
    let InstKind::Invoke { callee, .. } = &k[2] else {
        panic!("indirect invoke")
    };
    assert!(matches!(callee, Operand::Value(_)));
    assert!(matches!(k[3], InstKind::Invoke { .. }));
    let InstKind::LandingPad { cleanup, clauses } = &k[5] else {
        panic!("landingpad: {:?}", k[5])
    };
    assert!(*cleanup);
    assert_eq!(clauses.len(), 4);
    assert!(matches!(clauses[0], LandingPadClause::Catch(_)));
    assert!(
        matches!(clauses[1], LandingPadClause::Catch(Operand::Const(c)) if m.consts[c].kind == ConstKind::Null)
    );
    assert!(
        matches!(clauses[3], LandingPadClause::Filter(Operand::Const(c)) if m.consts[c].kind == ConstKind::Zero)
    );
    let lp = body.landing_pad(body.layout[5]).expect("pad block");
    let ty = body.values[body.insts[lp].result.expect("result")].ty;
    assert_eq!(m.types.display(ty).to_string(), "{ ptr, i32 }");
    assert!(
        matches!(k[7], InstKind::LandingPad { cleanup: true, ref clauses } if clauses.is_empty())
    );
    assert!(matches!(k.last(), Some(InstKind::Resume { .. })));
    assert!(body.has_eh());
    crate::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn eh_typeid_for_is_an_intrinsic() {
    let m =
        parse("declare i32 @llvm.eh.typeid.for.p0(ptr)\ndeclare i32 @llvm.eh.typeid.for(ptr)\n");
    for name in ["llvm.eh.typeid.for.p0", "llvm.eh.typeid.for"] {
        assert_eq!(
            func(&m, name).intrinsic,
            Some(crate::ir::Intrinsic::EhTypeidFor)
        );
    }
    crate::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn malformed_exception_handling_is_an_error() {
    let pre = "declare void @g()\ndeclare i32 @p(...)\n";
    let cases: &[(&str, &str)] = &[
        // Truncated invokes.
        (
            "define void @f() personality ptr @p {\n  invoke void @g()\n}\n",
            "expected 'to'",
        ),
        (
            "define void @f() personality ptr @p {\n  invoke void @g() to label %a\n}\n",
            "expected 'unwind'",
        ),
        (
            "define void @f() personality ptr @p {\n  invoke void @g() to label %a unwind\n}\n",
            "expected 'label'",
        ),
        (
            "define void @f() personality ptr @p {\n  invoke void @g() to label %a unwind label\n",
            "expected a label name",
        ),
        (
            "define void @f() personality ptr @p {\n  invoke void (i32) @g(i64 1) to label %a unwind label %b\na:\n  ret void\nb:\n  ret void\n}\n",
            "argument 1 has type 'i64' but the function type says 'i32'",
        ),
        (
            "define void @f() personality ptr @p {\n  invoke void () @g(i32 1) to label %a unwind label %b\na:\n  ret void\nb:\n  ret void\n}\n",
            "invoke passes 1 argument but the function type 'void ()' takes 0",
        ),
        (
            "define void @f() personality ptr @p {\n  invoke void @g() to label %a unwind label %b\n}\n",
            "use of undefined label '%a'",
        ),
        // Clauses.
        (
            "define void @f() personality ptr @p {\n  %x = landingpad { ptr, i32 } catch [1 x ptr] zeroinitializer\n  ret void\n}\n",
            "'catch' clause has an invalid type",
        ),
        (
            "define void @f() personality ptr @p {\n  %x = landingpad { ptr, i32 } filter ptr null\n  ret void\n}\n",
            "'filter' clause has an invalid type",
        ),
        (
            "define void @f(ptr %t) personality ptr @p {\n  %x = landingpad { ptr, i32 } catch ptr %t\n  ret void\n}\n",
            "the 'catch' clause argument must be a constant",
        ),
        (
            "define void @f() personality ptr @p {\n  %x = landingpad { ptr, i32 } catch i32 1.5\n  ret void\n}\n",
            "",
        ),
        (
            "define void @f() personality i32 0 {\n  ret void\n}\n",
            "the personality function must be a pointer constant",
        ),
        (
            "define void @f() personality ptr {\n  ret void\n}\n",
            "constant",
        ),
        (
            "define void @f() personality ptr @p {\n  resume { ptr, i32 }\n}\n",
            "",
        ),
        (
            "define void @f() personality ptr @p {\n  %x = landingpad void cleanup\n  ret void\n}\n",
            "invalid value type 'void'",
        ),
    ];
    for (src, needle) in cases {
        let src = format!("{pre}{src}");
        let e = err_has(&src, needle);
        assert_eq!(e.kind, ParseErrorKind::Malformed, "{e}");
        assert!(e.line > 2, "{e}");
    }
}

#[test]
fn invoke_positions_and_result_numbering() {
    // An unnamed invoke result takes the next number, like a call's.
    let m = parse(
        "declare i32 @g()\ndeclare i32 @p(...)\n\
         define i32 @f() personality ptr @p {\n  %1 = invoke i32 @g()\n          to label %2 unwind label %3\n\n\
         2:\n  ret i32 %1\n\n3:\n  %4 = landingpad { ptr, i32 }\n          cleanup\n  resume { ptr, i32 } %4\n}\n",
    );
    let f = func(&m, "f");
    let body = f.body.as_ref().expect("body");
    let inv = body.blocks[body.layout[0]].insts[0];
    assert_eq!((body.insts[inv].loc.line, body.insts[inv].loc.col), (4, 3));
    crate::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
}
