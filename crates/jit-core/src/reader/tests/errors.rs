//! Reader unit tests: every kind of error, with its position, and inputs that must never
//! panic (truncated, byte-flipped, deeply nested).

use super::*;

#[test]
fn error_positions_and_format() {
    let e = err("define void @f() {\n  ret void\n  foo\n}\n");
    assert_eq!((e.line, e.col), (3, 3));
    assert_eq!(e.to_string(), "test.ll:3:3: unknown instruction 'foo'");
    assert_eq!(e.kind, ParseErrorKind::Malformed);
}

#[test]
fn undefined_names() {
    let e = err_has(
        "define void @f() {\n  br label %nowhere\n}\n",
        "use of undefined label '%nowhere'",
    );
    assert_eq!((e.line, e.col), (2, 12));
    err_has(
        "define i32 @f() {\n  %1 = add i32 %x, 1\n  ret i32 %1\n}\n",
        "use of undefined value '%x'",
    );
    err_has(
        "define i32 @f() {\n  %1 = add i32 %7, 1\n  ret i32 %1\n}\n",
        "use of undefined value '%7'",
    );
    let e = err_has(
        "define void @f() {\n  call void @g()\n  ret void\n}\n",
        "use of undefined global '@g'",
    );
    assert_eq!((e.line, e.col), (2, 13));
    err_has(
        "@a = global %T zeroinitializer\n",
        "use of undefined type '%T'",
    );
    err_has("declare void @f() #3\n", "undefined attribute group '#3'");
}

#[test]
fn duplicates_and_numbering() {
    err_has(
        "@a = global i32 0\n@a = global i32 1\n",
        "redefinition of global '@a'",
    );
    err_has(
        "declare void @a()\ndefine void @a() {\n  ret void\n}\n",
        "redefinition of global '@a'",
    );
    err_has(
        "define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  %y = add i32 %x, 2\n  ret i32 %y\n}\n",
        "redefinition of '%y'",
    );
    err_has(
        "define i32 @f(i32 %x, i32 %x) {\n  ret i32 %x\n}\n",
        "redefinition of parameter '%x'",
    );
    err_has(
        "define i32 @f(i32 %0) {\n  %3 = add i32 %0, 1\n  ret i32 %3\n}\n",
        "instruction expected to be numbered '%2', found '%3'",
    );
    err_has(
        "define void @f() {\n  br label %2\n2:\n  ret void\n}\n",
        "label expected to be numbered '%1', found '%2'",
    );
    err_has(
        "%T = type { i32 }\n%T = type { i64 }\n",
        "redefinition of type '%T'",
    );
    err_has(
        "attributes #0 = { }\nattributes #0 = { }\n",
        "redefinition of attribute group '#0'",
    );
    err_has(
        "define void @f() {\nentry:\n  br label %entry\nentry:\n  ret void\n}\n",
        "redefinition of '%entry'",
    );
}

#[test]
fn type_mismatches() {
    err_has(
        "define i32 @f(i64 %x) {\n  %1 = add i32 %x, 1\n  ret i32 %1\n}\n",
        "'%x' defined with type 'i64' but expected 'i32'",
    );
    err_has(
        "define i32 @f(i1 %c) {\nentry:\n  br label %b\nb:\n  %p = phi i32 [ %v, %entry ]\n  %v = add i64 1, 2\n  ret i32 %p\n}\n",
        "'%v' is defined with type 'i64' but was used with type 'i32'",
    );
    err_has(
        "define i32 @f() {\n  ret i64 0\n}\n",
        "does not match the function's return type 'i32'",
    );
    err_has(
        "define void @f(i32 %x) {\n  br i1 %x, label %a, label %a\na:\n  ret void\n}\n",
        "'%x' defined with type 'i32' but expected 'i1'",
    );
    err_has(
        "define void @f(i32 %x) {\n  %1 = fadd i32 %x, %x\n  ret void\n}\n",
        "'fadd' needs floating-point operands, not 'i32'",
    );
    err_has(
        "define void @f(ptr %p) {\n  %1 = trunc ptr %p to i32\n  ret void\n}\n",
        "invalid cast 'trunc' from 'ptr' to 'i32'",
    );
    err_has(
        "define void @f() {\n  %1 = call i32 (i32) @g(i64 1)\n  ret void\n}\ndeclare i32 @g(i32)\n",
        "argument 1 has type 'i64' but the function type says 'i32'",
    );
    err_has(
        "define void @f() {\n  %1 = call i32 (i32) @g()\n  ret void\n}\ndeclare i32 @g(i32)\n",
        "call passes 0 arguments",
    );
    err_has(
        "define void @f() {\n  %x = call void @g()\n  ret void\n}\ndeclare void @g()\n",
        "returns void cannot have a name",
    );
    err_has(
        "define void @f() {\nentry:\n  %x = add i32 %entry, 1\n  ret void\n}\n",
        "'%entry' is a label, not a value",
    );
    err_has(
        "define void @f(i32 %x) {\n  br label %x\n}\n",
        "'%x' is a value, not a label",
    );
    err_has(
        "define void @f({ i32 } %s) {\n  %1 = extractvalue { i32 } %s, 1\n  ret void\n}\n",
        "index 1 is out of range",
    );
}

#[test]
fn malformed_syntax() {
    err_has(
        "define i32 @f() {\n  %1 = add i32 1\n  ret i32 %1\n}\n",
        "expected ','",
    );
    err_has(
        "define void @f() {\n  ret void\n",
        "function body is not closed",
    );
    err_has("define void @f() {\n}\n", "needs at least one block");
    err_has("@a = global i32", "expected a value of type 'i32'");
    err_has("@s = global [2 x i8] c\"a", "unterminated string");
    err_has("i32 5", "expected a top-level entity, found 'i32'");
    err_has("@a = global i0 0", "integer type 'i0' is invalid");
    err_has(
        "@a = global i8388608 0",
        "integer type 'i8388608' is wider than 8388607 bits",
    );
    err_has(
        "@a = global i136 87112285931760246646623899502532662132736",
        "does not fit in i136",
    );
    err_has("@a = global ptr* null", "typed pointers");
    err_has("@a = global foo 0", "expected a type, found 'foo'");
    err_has("!0 = !{!1, !{}\n", "unbalanced brackets");
    err_has(
        "!0 = !{!1 ]\n",
        "expected ',' or '}' in a metadata tuple, found ']'",
    );
    err_has(
        "@a = global i32 0 garbage",
        "expected a top-level entity, found 'garbage'",
    );
    err_has("\u{7f}", "unexpected character U+007F");
}

#[test]
fn unsupported_constructs() {
    let cases: &[(&str, &str)] = &[
        ("module asm \"nop\"\n", "module-level"),
        (
            "define void @f() personality ptr @p {\n  %x = cleanuppad within none []\n  ret void\n}\n",
            "funclet exception handling ('cleanuppad'",
        ),
        (
            "define void @f() {\n  catchret from %x to label %a\n}\n",
            "funclet exception handling ('catchret'",
        ),
        (
            "define void @f(ptr %p) {\n  %x = atomicrmw add ptr %p, i32 1 syncscope(\"agent\") seq_cst\n  ret void\n}\n",
            "synchronization scope \"agent\"",
        ),
        ("module asm \"nop\"\n", "module-level inline asm"),
        ("@a = ifunc void (), ptr @r\n", "ifuncs are not supported"),
        ("declare void @f() gc \"shadow\"\n", "garbage collection"),
        (
            "define void @f() prefix i32 1 {\n  ret void\n}\n",
            "prefix data",
        ),
        ("@a = global half 0xH3C00\n", "unsupported type 'half'"),
        (
            "@a = global ppc_fp128 0xM0\n",
            "unsupported type 'ppc_fp128'",
        ),
        (
            "@a = global <vscale x 4 x i32> zeroinitializer\n",
            "scalable vectors",
        ),
        ("declare void @f(label)\n", "'label' parameters"),
        ("declare token @f()\n", "'token' type"),
        (
            "define void @f() {\n  call void @g() [ \"deopt\"(i32 1) ]\n  ret void\n}\ndeclare void @g()\n",
            "operand bundles",
        ),
        (
            "declare void @f(ptr inalloca(i32))\n",
            "'inalloca' attribute",
        ),
        ("@a = addrspace(1) global i32 0\n", "address space 1"),
        ("^0 = module: (path: \"\")\n", "module summary"),
    ];
    for (src, needle) in cases {
        let e = err_has(src, needle);
        assert_eq!(e.kind, ParseErrorKind::Unsupported, "{src}");
    }
}

#[test]
fn deep_nesting_is_a_limit_error_not_a_crash() {
    let depth = 10_000;
    let ty = format!("{}i32{}", "[1 x ".repeat(depth), "]".repeat(depth));
    let e = err_has(
        &format!("@a = global {ty} zeroinitializer\n"),
        "nested too deeply",
    );
    assert_eq!(e.kind, ParseErrorKind::Limit);
    let st = format!("{}i32{}", "{ ".repeat(depth), " }".repeat(depth));
    err_has(
        &format!("@a = global {st} zeroinitializer\n"),
        "nested too deeply",
    );
    // Metadata nodes nest like constants: too deep is a limit error too.
    let e = err_has(
        &format!("!0 = {}{}\n", "!{".repeat(depth), "}".repeat(depth)),
        "nested too deeply",
    );
    assert_eq!(e.kind, ParseErrorKind::Limit);
    parse(&format!("!0 = {}{}\n", "!{".repeat(100), "}".repeat(100)));
    // Nesting up to the limit works.
    let ok = format!("{}i8{}", "[1 x ".repeat(100), "]".repeat(100));
    parse(&format!("@a = global {ok} zeroinitializer\n"));
}

#[test]
fn nesting_at_the_limit_fits_on_a_test_thread_stack() {
    // Test threads have 2 MiB of stack; the depth limit must fail before the stack does,
    // for the deepest-recursing constant forms too.
    for depth in [200, 300] {
        let mut c = "ptr @x".to_string();
        for i in 0..depth {
            c = if i % 2 == 0 {
                format!("ptr getelementptr (i8, {c}, i64 1)")
            } else {
                format!("ptr inttoptr (i64 ptrtoint ({c} to i64) to ptr)")
            };
        }
        let src = format!("@x = global i8 0\n@y = global {c}\n");
        let r = parse_module(&src, "t.ll");
        if depth < 128 {
            assert!(r.is_ok(), "{r:?}");
        } else if let Err(e) = r {
            assert_eq!(e.kind, ParseErrorKind::Limit);
        }
        let (mut t, mut c) = ("i32".to_string(), "7".to_string());
        for _ in 0..depth {
            c = format!("[{t} {c}]");
            t = format!("[1 x {t}]");
        }
        let r = parse_module(&format!("@z = global {t} {c}\n"), "t.ll");
        match r {
            Ok(_) => assert!(depth < 256),
            Err(e) => assert_eq!(e.kind, ParseErrorKind::Limit, "{e}"),
        }
    }
}

#[test]
fn recursive_struct_by_value_is_an_error() {
    err_has(
        "%a = type { i32, %b }\n%b = type { [2 x %a] }\n",
        "contains itself",
    );
    // Recursion through a pointer is fine.
    parse("%a = type { i32, ptr }\n");
}

#[test]
fn block_without_terminator_is_left_to_the_verifier() {
    let m = parse("define void @f() {\na:\n  %x = add i32 1, 2\nb:\n  ret void\n}\n");
    let body = func(&m, "f").body.as_ref().expect("body");
    assert_eq!(body.layout.len(), 2);
    assert!(body.terminator(body.layout[0]).is_none());
}

#[test]
fn truncated_inputs_never_panic() {
    // Every prefix of a realistic module either parses or gives an error.
    let src = "; ModuleID = 'a.c'\n%struct.S = type { i32, [4 x i8] }\n\
        @.str = private unnamed_addr constant [4 x i8] c\"%d\\0A\\00\", align 1\n\
        @g = global ptr getelementptr inbounds ([4 x i8], ptr @.str, i64 0, i64 1), align 8\n\
        define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {\n\
        \x20 %3 = alloca i32, align 4\n  store i32 %0, ptr %3, align 4, !tbaa !2\n\
        \x20 %4 = icmp sgt i32 %0, 1\n  br i1 %4, label %5, label %7\n\
        5:\n  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %0)\n  br label %7\n\
        7:\n  %8 = phi i32 [ 0, %2 ], [ 1, %5 ]\n  switch i32 %8, label %9 [\n    i32 0, label %9\n  ]\n\
        9:\n  ret i32 %8\n}\ndeclare i32 @printf(ptr noundef, ...) #1\n\
        attributes #0 = { nounwind \"frame-pointer\"=\"all\" }\nattributes #1 = { nounwind }\n\
        !2 = !{!3, !3, i64 0}\n!3 = !{!\"int\", !4, i64 0}\n!4 = !{!\"omnipotent char\"}\n";
    parse(src);
    for end in 0..src.len() {
        if src.is_char_boundary(end) {
            let _ = parse_module(&src[..end], "t.ll");
        }
    }
}

#[test]
fn byte_flips_never_panic() {
    let src = "@g = global [2 x i32] [i32 1, i32 2]\ndefine i32 @f(i32 %x) {\nentry:\n  %a = add nsw i32 %x, 1\n  br label %b\nb:\n  %p = phi i32 [ %a, %entry ]\n  ret i32 %p\n}\n";
    let bytes = src.as_bytes();
    for i in 0..bytes.len() {
        for &b in b"%@!#\"[]{}()<>,=x0-.:;\n" {
            let mut v = bytes.to_vec();
            v[i] = b;
            if let Ok(s) = std::str::from_utf8(&v) {
                let _ = parse_module(s, "t.ll");
            }
        }
    }
}
