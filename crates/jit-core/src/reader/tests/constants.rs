//! Reader unit tests: integer, float and long double constants, aggregates and
//! constant expressions.

use super::*;

fn init_of(m: &Module, name: &str) -> crate::ir::Const {
    m.globals[m.global_by_name(name).expect("global")]
        .init
        .expect("init")
}

#[test]
fn integer_constants_of_all_widths() {
    let m = parse(
        "@a = global i8 -128\n@b = global i8 255\n@c = global i1 true\n@d = global i1 -1\n\
         @e = global i128 -1\n@f = global i128 170141183460469231731687303715884105727\n\
         @g = global i64 18446744073709551615\n@h = global i24 -8388608\n@i = global i33 4294967296\n\
         @j = global i48 u0xFFFFFFFFFFFF\n@k = global i56 0\n@l = global i40 -1\n",
    );
    let v = |n: &str| match m.consts[init_of(&m, n)].kind {
        ConstKind::Int(v) => v,
        _ => panic!("int"),
    };
    assert_eq!(v("a"), 0x80);
    assert_eq!(v("b"), 0xff);
    assert_eq!(v("c"), 1);
    assert_eq!(v("d"), 1);
    assert_eq!(v("e"), u128::MAX);
    assert_eq!(v("f"), i128::MAX as u128);
    assert_eq!(v("g"), u64::MAX as u128);
    assert_eq!(v("h"), 0x80_0000);
    assert_eq!(v("i"), 1 << 32);
    assert_eq!(v("j"), 0xFFFF_FFFF_FFFF);
    assert_eq!(v("l"), (1 << 40) - 1);
    err_has("@a = global i8 256", "does not fit in i8");
    err_has("@a = global i8 -129", "does not fit in i8");
    err_has(
        "@a = global i128 340282366920938463463374607431768211456",
        "does not fit in i128",
    );
    err_has("@a = global i32 1.5", "must have a floating-point type");
    err_has("@a = global double 1", "must have an integer type");
    err_has(
        "@a = global i32 true",
        "'true' constants must have the 'i1' type",
    );
}

#[test]
fn float_constants() {
    let m = parse(
        "@a = global double 1.000000e+00\n@b = global double 0x400921FB54442D18\n\
         @c = global float 0x3FB99999A0000000\n@d = global float -2.5\n@e = global double -0.0\n\
         @f = global float 0x7FF8000000000000\n",
    );
    let bits = |n: &str| match m.consts[init_of(&m, n)].kind {
        ConstKind::Float(b) => b,
        _ => panic!("float"),
    };
    assert_eq!(bits("a"), 1.0f64.to_bits());
    assert_eq!(bits("b"), std::f64::consts::PI.to_bits());
    assert_eq!(bits("c"), (0.1f32 as f64).to_bits());
    assert_eq!(bits("d"), (-2.5f64).to_bits());
    assert_eq!(bits("e"), (-0.0f64).to_bits());
    err_has(
        "@a = global float 0.1",
        "not exactly representable as 'float'",
    );
    err_has(
        "@a = global float 0x3FB999999999999A",
        "not exactly representable",
    );
    err_has(
        "@a = global double 0xK3FFF8000000000000000",
        "x86_fp80 constant '0xK3FFF8000000000000000' must have type 'x86_fp80', not 'double'",
    );
    err_has("@a = global double 0xL0000", "fp128 constant");
    let e = err_has("@a = global half 0xH3C00", "unsupported type 'half'");
    assert_eq!(e.kind, ParseErrorKind::Unsupported);
}

fn global_const(m: &Module, name: &str) -> (Type, ConstKind) {
    let g = m.globals.iter().find(|(_, g)| &*g.name == name).unwrap().1;
    let c = g.init.expect("initialized");
    (m.consts[c].ty, m.consts[c].kind.clone())
}

#[test]
fn long_double_constants() {
    let m = parse(
        "@k = global x86_fp80 0xK3FFF8000000000000000\n\
         @kneg = global x86_fp80 0xKC000C000000000000000\n\
         @l = global fp128 0xL00000000000000003FFF000000000000\n\
         @lfrac = global fp128 0xL00000000000000013FFF800000000000\n\
         @dec = global x86_fp80 1.500000e+00\n\
         @hexd = global fp128 0x3FF0000000000000\n\
         @z = global fp128 zeroinitializer\n\
         @arr = global [2 x x86_fp80] [x86_fp80 0xK00000000000000000001, x86_fp80 0xK7FFF8000000000000000]\n",
    );
    assert_eq!(
        global_const(&m, "k"),
        (
            Type::X86_FP80,
            ConstKind::WideFloat(0x3fff_8000_0000_0000_0000)
        )
    );
    assert_eq!(
        global_const(&m, "kneg"),
        (
            Type::X86_FP80,
            ConstKind::WideFloat(0xc000_c000_0000_0000_0000)
        )
    );
    // 0xL: the low 64 bits of the binary128 encoding come first.
    assert_eq!(
        global_const(&m, "l"),
        (Type::FP128, ConstKind::WideFloat(0x3fff_u128 << 112))
    );
    assert_eq!(
        global_const(&m, "lfrac"),
        (
            Type::FP128,
            ConstKind::WideFloat((0x3fff_8000_0000_0000_u128 << 64) | 1)
        )
    );
    assert_eq!(
        global_const(&m, "dec"),
        (
            Type::X86_FP80,
            ConstKind::WideFloat(0x3fff_c000_0000_0000_0000)
        )
    );
    assert_eq!(
        global_const(&m, "hexd"),
        (Type::FP128, ConstKind::WideFloat(0x3fff_u128 << 112))
    );
    assert_eq!(global_const(&m, "z"), (Type::FP128, ConstKind::Zero));
}

#[test]
fn long_double_instructions() {
    let m = parse(
        "define x86_fp80 @f(x86_fp80 %a, fp128 %q, ptr %p) {\n\
         \x20 %s = fadd x86_fp80 %a, 0xK3FFF8000000000000000\n\
         \x20 %n = fneg x86_fp80 %s\n\
         \x20 %c = fcmp uno x86_fp80 %s, %n\n\
         \x20 %d = fpext double 1.0 to x86_fp80\n\
         \x20 %t = fptrunc fp128 %q to double\n\
         \x20 %i = fptosi x86_fp80 %a to i128\n\
         \x20 %u = uitofp i64 7 to fp128\n\
         \x20 %b = bitcast fp128 %q to i128\n\
         \x20 %l = load x86_fp80, ptr %p, align 16\n\
         \x20 store fp128 %u, ptr %p, align 16\n\
         \x20 %r = call x86_fp80 @llvm.fabs.f80(x86_fp80 %l)\n\
         \x20 ret x86_fp80 %r\n\
         }\n\
         declare x86_fp80 @llvm.fabs.f80(x86_fp80)\n",
    );
    assert_eq!(kinds(&m, "f").len(), 12);
    err_has(
        "define void @f(x86_fp80 %a) {\n  %t = fptrunc x86_fp80 %a to fp128\n  ret void\n}\n",
        "invalid cast 'fptrunc' from 'x86_fp80' to 'fp128'",
    );
    err_has(
        "define void @f(x86_fp80 %a) {\n  %t = bitcast x86_fp80 %a to i64\n  ret void\n}\n",
        "invalid cast 'bitcast'",
    );
    err_has(
        "@a = global fp128 0xK3FFF8000000000000000",
        "x86_fp80 constant '0xK3FFF8000000000000000' must have type 'x86_fp80', not 'fp128'",
    );
    err_has(
        "@a = global x86_fp80 0xK3FFF80000000000000000",
        "more than 20 digits",
    );
    err_has(
        "@a = global fp128 0xL3FFF800000000000000000000000000000",
        "more than 32 digits",
    );
    err_has(
        "@a = global i32 0xK3FFF8000000000000000",
        "must have type 'x86_fp80'",
    );
}

#[test]
fn aggregate_constants() {
    let m = parse(
        "%struct.S = type { i32, ptr, [2 x i8] }\n%struct.P = type <{ i8, i32 }>\n\
         @s = global %struct.S { i32 1, ptr @s, [2 x i8] c\"a\\00\" }\n\
         @p = global %struct.P <{ i8 1, i32 2 }>\n@lit = global <{ i8, i16 }> <{ i8 1, i16 2 }>\n\
         @arr = global [3 x i16] [i16 1, i16 2, i16 3]\n@empty = global [0 x i32] []\n\
         @z = global { i32, double } zeroinitializer\n@u = global ptr undef\n@q = global i32 poison\n\
         @v = global <4 x i32> <i32 1, i32 2, i32 3, i32 4>\n@n = global ptr null\n",
    );
    let ConstKind::Aggregate(f) = &m.consts[init_of(&m, "s")].kind else {
        panic!("agg")
    };
    assert_eq!(f.len(), 3);
    assert_eq!(
        m.consts[f[1]].kind,
        ConstKind::GlobalAddr(GlobalRef::Global(m.global_by_name("s").expect("s")))
    );
    assert!(
        matches!(m.consts[init_of(&m, "empty")].kind, ConstKind::Aggregate(ref e) if e.is_empty())
    );
    assert_eq!(m.consts[init_of(&m, "z")].kind, ConstKind::Zero);
    assert_eq!(m.consts[init_of(&m, "n")].kind, ConstKind::Null);
    err_has(
        "@a = global [2 x i32] [i32 1]",
        "has 1 elements but its type '[2 x i32]' says 2",
    );
    err_has(
        "@a = global [2 x i32] [i32 1, i64 2]",
        "element 1 has type 'i64'",
    );
    err_has(
        "@a = global { i32 } { i32 1, i32 2 }",
        "more elements than its type",
    );
    err_has(
        "@a = global <{ i32 }> { i32 1 }",
        "needs an unpacked struct type",
    );
    err_has(
        "@a = global { i32 } <{ i32 1 }>",
        "needs a packed struct type",
    );
    err_has(
        "@a = global [2 x i8] c\"abc\"",
        "has 3 bytes but its type '[2 x i8]' says 2",
    );
    err_has(
        "@a = global i32 null",
        "'null' constants must have a pointer type",
    );
}

#[test]
fn constant_expressions() {
    let m = parse(
        "@s = constant [4 x i8] c\"abc\\00\"\n\
         @p = global ptr getelementptr inbounds ([4 x i8], ptr @s, i64 0, i64 1)\n\
         @q = global ptr getelementptr (i8, ptr @x, i64 16)\n\
         @r = global i64 ptrtoint (ptr @s to i64)\n\
         @d = global i64 sub (i64 ptrtoint (ptr @s to i64), i64 ptrtoint (ptr @x to i64))\n\
         @t = global i32 trunc (i64 ptrtoint (ptr @s to i64) to i32)\n\
         @a = global i64 add nuw (i64 ptrtoint (ptr @s to i64), i64 8)\n\
         @i = global ptr inttoptr (i64 4096 to ptr)\n@b = global ptr bitcast (ptr @s to ptr)\n\
         @v = global ptr getelementptr inbounds inrange(-16, 8) ({ [3 x ptr] }, ptr @vt, i32 0, i32 0, i32 2)\n\
         @vt = global { [3 x ptr] } zeroinitializer\n\
         @x = global [32 x i8] zeroinitializer\n",
    );
    let ConstKind::Expr(ConstExpr::Gep {
        inbounds, indices, ..
    }) = &m.consts[init_of(&m, "p")].kind
    else {
        panic!("gep")
    };
    assert!(*inbounds && indices.len() == 2);
    assert!(matches!(
        m.consts[init_of(&m, "r")].kind,
        ConstKind::Expr(ConstExpr::Cast {
            op: CastOp::PtrToInt,
            ..
        })
    ));
    assert!(matches!(
        m.consts[init_of(&m, "d")].kind,
        ConstKind::Expr(ConstExpr::Binary {
            op: BinaryOp::Sub,
            ..
        })
    ));
    err_has(
        "@a = global ptr blockaddress(@f, %bb)",
        "blockaddress names '@f', which is not a function",
    );
    err_has(
        "@a = global ptr dso_local_equivalent @f",
        "'dso_local_equivalent' constants",
    );
    err_has("@a = global ptr no_cfi @f", "'no_cfi' constants");
    err_has(
        "@a = global i32 ptrtoint (ptr @a to i64)",
        "cast produces 'i64' but 'i32'",
    );
    err_has(
        "@a = global i64 zext (ptr @a to i64)",
        "invalid cast 'zext' from 'ptr' to 'i64'",
    );
    err_has(
        "%S = type { i32 }\n@a = global ptr getelementptr (%S, ptr @a, i32 0, i32 1)",
        "must be a constant field number below 1",
    );
}

#[test]
fn integers_wider_than_128_bits() {
    let src = "@a = global i136 -1\n\
               @b = global i256 340282366920938463463374607431768211456\n\
               @c = global i200 -803469022129495137770981046170581301261101496891396417650688\n\
               define i160 @f(i160 %x) {\n\
               \x20 %y = add i160 %x, u0x8000000000000000000000000000000000000000\n\
               \x20 %z = lshr i160 %y, 3\n\
               \x20 ret i160 %z\n}\n";
    let m = parse(src);
    let init = |name: &str| {
        let g = m.global_by_name(name).expect("global");
        let c = m.globals[g].init.expect("initializer");
        m.const_data(c).kind.clone()
    };
    assert_eq!(
        init("a"),
        ConstKind::WideInt(vec![u64::MAX, u64::MAX, 0xff].into())
    );
    assert_eq!(init("b"), ConstKind::WideInt(vec![0, 0, 1, 0].into()));
    // -2^199, the most negative i200.
    assert_eq!(init("c"), ConstKind::WideInt(vec![0, 0, 0, 0x80].into()));
    let printed = crate::printer::print_module(&m);
    assert!(printed.contains("@a = global i136 -1"), "{printed}");
    assert!(
        printed.contains("i256 340282366920938463463374607431768211456"),
        "{printed}"
    );
    assert!(
        printed.contains("i160 %x, -730750818665451459101842416358141509827966271488"),
        "{printed}"
    );
    let again = parse(&printed);
    assert_eq!(crate::printer::print_module(&again), printed);
    crate::verifier::verify_module(&m).expect("verifies");
}
