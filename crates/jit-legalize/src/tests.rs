//! Printed IR before and after legalization (insta snapshots), results of legalized
//! functions against the originals on the interpreter, and the errors for what the pass
//! does not rewrite.

use super::*;
use jit_core::ExecutionEngine;
use jit_core::GenericValue;
use jit_core::printer::print_function;

const HEADER: &str = "target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n";

fn parse(body: &str) -> Module {
    let src = format!("{HEADER}{body}");
    jit_core::parse_module(&src, "test.ll").unwrap_or_else(|e| panic!("{e}\n{src}"))
}

/// The function `name` printed before and after legalization.
fn before_after(body: &str, name: &str) -> String {
    let m = parse(body);
    let f = m.function_by_name(name).expect("function");
    let before = print_function(&m, f);
    let legal = legalize(&m).expect("legalizes");
    let after = print_function(&legal, f);
    let verified = jit_core::verifier::verify_module(&legal);
    assert!(verified.is_ok(), "{:?}\n{after}", verified.err());
    format!("; before\n{before}\n; after\n{after}")
}

#[test]
fn binary_ops_loads_and_stores() {
    insta::assert_snapshot!(before_after(
        "define void @f(ptr %p, ptr %q) {\n\
         \x20 %a = load <4 x i32>, ptr %p, align 4\n\
         \x20 %b = load <4 x i32>, ptr %q, align 1\n\
         \x20 %s = add nsw <4 x i32> %a, %b\n\
         \x20 %d = sdiv <4 x i32> %s, <i32 3, i32 poison, i32 -2, i32 7>\n\
         \x20 %h = shl <4 x i32> %d, splat (i32 2)\n\
         \x20 store <4 x i32> %h, ptr %p, align 16\n\
         \x20 ret void\n}\n",
        "f"
    ));
}

#[test]
fn compare_select_and_widen() {
    insta::assert_snapshot!(before_after(
        "define <2 x i64> @f(<2 x i32> %a, <2 x i32> %b) {\n\
         \x20 %c = icmp slt <2 x i32> %a, %b\n\
         \x20 %m = select <2 x i1> %c, <2 x i32> %a, <2 x i32> %b\n\
         \x20 %z = zext <2 x i1> %c to <2 x i64>\n\
         \x20 %w = sext <2 x i32> %m to <2 x i64>\n\
         \x20 %r = add <2 x i64> %w, %z\n\
         \x20 ret <2 x i64> %r\n}\n",
        "f"
    ));
}

#[test]
fn shuffles_and_variable_lane_access() {
    insta::assert_snapshot!(before_after(
        "define i32 @f(<4 x i32> %v, <2 x i32> %w, i32 %i, i32 %x) {\n\
         \x20 %s = shufflevector <4 x i32> %v, <4 x i32> poison, <3 x i32> <i32 3, i32 poison, i32 0>\n\
         \x20 %t = shufflevector <2 x i32> %w, <2 x i32> zeroinitializer, <4 x i32> <i32 0, i32 2, i32 1, i32 3>\n\
         \x20 %u = insertelement <4 x i32> %t, i32 %x, i32 %i\n\
         \x20 %e = extractelement <4 x i32> %u, i32 %i\n\
         \x20 %f = extractelement <3 x i32> %s, i64 0\n\
         \x20 %r = add i32 %e, %f\n\
         \x20 ret i32 %r\n}\n",
        "f"
    ));
}

#[test]
fn bitcasts_between_shapes() {
    insta::assert_snapshot!(before_after(
        "define i16 @f(<16 x i8> %v, <4 x i32> %w) {\n\
         \x20 %c = icmp eq <16 x i8> %v, zeroinitializer\n\
         \x20 %m = bitcast <16 x i1> %c to i16\n\
         \x20 %l = bitcast <4 x i32> %w to <2 x i64>\n\
         \x20 %x = extractelement <2 x i64> %l, i64 1\n\
         \x20 %t = trunc i64 %x to i16\n\
         \x20 %r = xor i16 %m, %t\n\
         \x20 ret i16 %r\n}\n",
        "f"
    ));
}

#[test]
fn reductions_and_elementwise_intrinsics() {
    insta::assert_snapshot!(before_after(
        "declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)\n\
         declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>)\n\
         declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>)\n\
         declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)\n\
         define double @f(<2 x double> %a, <2 x double> %b, <4 x i32> %c, ptr %out) {\n\
         \x20 %m = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %a, <2 x double> %b, <2 x double> %a)\n\
         \x20 %s = call double @llvm.vector.reduce.fadd.v2f64(double -0.0, <2 x double> %m)\n\
         \x20 %p = call <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %c)\n\
         \x20 %x = call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %p)\n\
         \x20 store i32 %x, ptr %out\n\
         \x20 ret double %s\n}\n",
        "f"
    ));
}

#[test]
fn loop_phi_and_vector_gep() {
    insta::assert_snapshot!(before_after(
        "define i64 @f(ptr %p, i64 %n) {\n\
         entry:\n\
         \x20 br label %loop\n\
         loop:\n\
         \x20 %i = phi i64 [ 0, %entry ], [ %i2, %loop ]\n\
         \x20 %acc = phi <2 x i64> [ zeroinitializer, %entry ], [ %acc2, %loop ]\n\
         \x20 %ptrs = getelementptr inbounds i64, ptr %p, <2 x i64> <i64 0, i64 1>\n\
         \x20 %pi = ptrtoint <2 x ptr> %ptrs to <2 x i64>\n\
         \x20 %acc2 = add <2 x i64> %acc, %pi\n\
         \x20 %i2 = add i64 %i, 1\n\
         \x20 %c = icmp ult i64 %i2, %n\n\
         \x20 br i1 %c, label %loop, label %exit\n\
         exit:\n\
         \x20 %r = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %acc2)\n\
         \x20 ret i64 %r\n}\n\
         declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>)\n",
        "f"
    ));
}

#[test]
fn abi_carriers_stay_vectors() {
    insta::assert_snapshot!(before_after(
        "declare <2 x float> @g(<2 x float>)\n\
         define { <2 x float>, <2 x float> } @f(<2 x float> %a) {\n\
         \x20 %b = fmul <2 x float> %a, %a\n\
         \x20 %c = call <2 x float> @g(<2 x float> %b)\n\
         \x20 %d = fadd <2 x float> %c, <float 1.0, float 2.0>\n\
         \x20 %s = insertvalue { <2 x float>, <2 x float> } poison, <2 x float> %d, 0\n\
         \x20 %t = insertvalue { <2 x float>, <2 x float> } %s, <2 x float> %c, 1\n\
         \x20 ret { <2 x float>, <2 x float> } %t\n}\n",
        "f"
    ));
}

#[test]
fn functions_without_vectors_are_not_copied() {
    let m = parse("define i32 @f(i32 %a) {\n  %b = add i32 %a, 1\n  ret i32 %b\n}\n");
    assert!(matches!(legalize(&m), Ok(Cow::Borrowed(_))));
    assert!(functions_to_legalize(&m).is_empty());
}

#[test]
fn unsupported_constructs_are_named_errors() {
    let cases = [
        (
            "declare { <2 x i32>, <2 x i1> } @llvm.sadd.with.overflow.v2i32(<2 x i32>, <2 x i32>)\n\
             define <2 x i32> @f(<2 x i32> %a) {\n\
             \x20 %r = call { <2 x i32>, <2 x i1> } @llvm.sadd.with.overflow.v2i32(<2 x i32> %a, <2 x i32> %a)\n\
             \x20 %v = extractvalue { <2 x i32>, <2 x i1> } %r, 0\n\
             \x20 ret <2 x i32> %v\n}\n",
            "llvm.sadd.with.overflow.v2i32",
        ),
        (
            "declare float @llvm.vector.reduce.fmaximum.v2f32(<2 x float>)\n\
             define float @f(<2 x float> %a) {\n\
             \x20 %r = call float @llvm.vector.reduce.fmaximum.v2f32(<2 x float> %a)\n\
             \x20 ret float %r\n}\n",
            "llvm.vector.reduce.fmaximum",
        ),
        (
            "declare <2 x i32> @llvm.masked.expandload.v2i32(ptr, <2 x i1>, <2 x i32>)\n\
             define <2 x i32> @f(ptr %p, <2 x i1> %m) {\n\
             \x20 %r = call <2 x i32> @llvm.masked.expandload.v2i32(ptr %p, <2 x i1> %m, <2 x i32> poison)\n\
             \x20 ret <2 x i32> %r\n}\n",
            "llvm.masked.expandload",
        ),
    ];
    for (src, needle) in cases {
        let m = parse(src);
        let e = legalize(&m).expect_err("an error");
        let text = e.to_string();
        assert!(
            text.contains(needle) && text.contains("test.ll:") && text.contains("@f"),
            "{text}"
        );
        let cg: CodegenError = e.into();
        assert!(matches!(cg, CodegenError::Unsupported { .. }));
    }
}

#[test]
fn scalar_intrinsic_names() {
    assert_eq!(scalar_intrinsic_name("llvm.smax.v4i32"), "llvm.smax.i32");
    assert_eq!(
        scalar_intrinsic_name("llvm.powi.v2f64.i32"),
        "llvm.powi.f64.i32"
    );
    assert_eq!(
        scalar_intrinsic_name("llvm.lround.v2i64.v2f64"),
        "llvm.lround.i64.f64"
    );
    assert_eq!(scalar_intrinsic_name("llvm.fabs.v16f32"), "llvm.fabs.f32");
    assert_eq!(scalar_intrinsic_name("llvm.vp.add"), "llvm.vp.add");
}

/// Functions `i64 (i64, i64)` with vectors inside, each run on the interpreter before and
/// after legalization with the same arguments.
const SEMANTIC: &str = "\
declare <4 x i8> @llvm.umax.v4i8(<4 x i8>, <4 x i8>)
declare i8 @llvm.vector.reduce.add.v4i8(<4 x i8>)
declare <2 x i32> @llvm.fshl.v2i32(<2 x i32>, <2 x i32>, <2 x i32>)
declare <2 x i16> @llvm.bswap.v2i16(<2 x i16>)
declare <4 x i16> @llvm.uadd.sat.v4i16(<4 x i16>, <4 x i16>)
declare i16 @llvm.vector.reduce.or.v4i16(<4 x i16>)
declare <2 x i64> @llvm.abs.v2i64(<2 x i64>, i1)
declare i64 @llvm.vector.reduce.mul.v2i64(<2 x i64>)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare float @llvm.vector.reduce.fmax.v4f32(<4 x float>)
declare <8 x i32> @llvm.ctlz.v8i32(<8 x i32>, i1)
declare i32 @llvm.vector.reduce.umin.v8i32(<8 x i32>)

define i64 @bytes(i64 %a, i64 %b) {
  %va = bitcast i64 %a to <8 x i8>
  %vb = bitcast i64 %b to <8 x i8>
  %lo = shufflevector <8 x i8> %va, <8 x i8> %vb, <4 x i32> <i32 0, i32 9, i32 2, i32 15>
  %hi = shufflevector <8 x i8> %va, <8 x i8> poison, <4 x i32> <i32 7, i32 6, i32 5, i32 4>
  %m = call <4 x i8> @llvm.umax.v4i8(<4 x i8> %lo, <4 x i8> %hi)
  %s = call i8 @llvm.vector.reduce.add.v4i8(<4 x i8> %m)
  %w = zext <4 x i8> %m to <4 x i32>
  %x = bitcast <4 x i32> %w to i128
  %y = trunc i128 %x to i64
  %z = zext i8 %s to i64
  %r = xor i64 %y, %z
  ret i64 %r
}

define i64 @mask(i64 %a, i64 %b) {
  %va = bitcast i64 %a to <8 x i8>
  %vb = bitcast i64 %b to <8 x i8>
  %c = icmp ugt <8 x i8> %va, %vb
  %m = bitcast <8 x i1> %c to i8
  %sel = select <8 x i1> %c, <8 x i8> %va, <8 x i8> %vb
  %back = bitcast i8 %m to <8 x i1>
  %cnt = zext <8 x i1> %back to <8 x i8>
  %sum = add <8 x i8> %sel, %cnt
  %r0 = bitcast <8 x i8> %sum to i64
  %mz = zext i8 %m to i64
  %r = mul i64 %r0, %mz
  ret i64 %r
}

define i64 @lanes(i64 %a, i64 %b) {
  %v = bitcast i64 %a to <2 x i32>
  %i = and i64 %b, 1
  %j = xor i64 %i, 1
  %e = extractelement <2 x i32> %v, i64 %i
  %u = insertelement <2 x i32> %v, i32 %e, i64 %j
  %sh = call <2 x i32> @llvm.fshl.v2i32(<2 x i32> %u, <2 x i32> %v, <2 x i32> <i32 3, i32 29>)
  %h = bitcast <2 x i32> %sh to <4 x i16>
  %sw = shufflevector <4 x i16> %h, <4 x i16> poison, <2 x i32> <i32 1, i32 2>
  %bs = call <2 x i16> @llvm.bswap.v2i16(<2 x i16> %sw)
  %wide = shufflevector <2 x i16> %bs, <2 x i16> %bs, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %sat = call <4 x i16> @llvm.uadd.sat.v4i16(<4 x i16> %wide, <4 x i16> %h)
  %o = call i16 @llvm.vector.reduce.or.v4i16(<4 x i16> %sat)
  %o64 = sext i16 %o to i64
  %r0 = bitcast <4 x i16> %sat to i64
  %r = add i64 %r0, %o64
  ret i64 %r
}

define i64 @arith(i64 %a, i64 %b) {
  %va = insertelement <2 x i64> poison, i64 %a, i64 0
  %vab = insertelement <2 x i64> %va, i64 %b, i64 1
  %d = sdiv <2 x i64> %vab, <i64 7, i64 -3>
  %rm = urem <2 x i64> %vab, <i64 10, i64 9>
  %sh = ashr <2 x i64> %vab, <i64 3, i64 60>
  %ab = call <2 x i64> @llvm.abs.v2i64(<2 x i64> %sh, i1 false)
  %t1 = sub <2 x i64> %d, %rm
  %t2 = add <2 x i64> %t1, %ab
  %p = call i64 @llvm.vector.reduce.mul.v2i64(<2 x i64> %t2)
  %f = sitofp <2 x i64> %t2 to <2 x double>
  %g = fmul <2 x double> %f, <double 0.5, double 0.25>
  %n = fneg <2 x double> %g
  %k = fptosi <2 x double> %n to <2 x i32>
  %kk = bitcast <2 x i32> %k to i64
  %r = xor i64 %p, %kk
  ret i64 %r
}

define i64 @floats(i64 %a, i64 %b) {
  %va = bitcast i64 %a to <2 x i32>
  %vb = bitcast i64 %b to <2 x i32>
  %w = shufflevector <2 x i32> %va, <2 x i32> %vb, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %f = sitofp <4 x i32> %w to <4 x float>
  %h = fmul <4 x float> %f, splat (float 0.5)
  %m = call <4 x float> @llvm.fma.v4f32(<4 x float> %f, <4 x float> %h, <4 x float> %f)
  %c = fcmp olt <4 x float> %m, zeroinitializer
  %z = select <4 x i1> %c, <4 x float> zeroinitializer, <4 x float> %m
  %mx = call float @llvm.vector.reduce.fmax.v4f32(<4 x float> %z)
  %d = fpext float %mx to double
  %i = bitcast double %d to i64
  ret i64 %i
}

define i64 @wide(i64 %a, i64 %b) {
  %v0 = insertelement <8 x i32> zeroinitializer, i32 1, i64 3
  %ta = trunc i64 %a to i32
  %tb = trunc i64 %b to i32
  %v1 = insertelement <8 x i32> %v0, i32 %ta, i64 5
  %v2 = insertelement <8 x i32> %v1, i32 %tb, i64 7
  %z = call <8 x i32> @llvm.ctlz.v8i32(<8 x i32> %v2, i1 false)
  %m = call i32 @llvm.vector.reduce.umin.v8i32(<8 x i32> %z)
  %bytes = bitcast <8 x i32> %z to <32 x i8>
  %e = extractelement <32 x i8> %bytes, i64 20
  %ee = zext i8 %e to i32
  %s = add i32 %m, %ee
  %r = zext i32 %s to i64
  ret i64 %r
}

define i64 @memory(i64 %a, i64 %b) {
  %p = alloca [4 x i64], align 16
  store i64 %a, ptr %p
  %q = getelementptr i8, ptr %p, i64 8
  store i64 %b, ptr %q
  %v = load <3 x float>, ptr %p, align 4
  %w = fadd <3 x float> %v, <float 1.0, float 2.0, float 3.0>
  %q3 = getelementptr i8, ptr %p, i64 13
  store <3 x float> %w, ptr %q3, align 1
  %bits = icmp ne <16 x i8> zeroinitializer, zeroinitializer
  %c = trunc i64 %a to i16
  %mask = bitcast i16 %c to <16 x i1>
  store <16 x i1> %mask, ptr %p, align 1
  %mv = load <16 x i1>, ptr %p, align 1
  %mm = or <16 x i1> %mv, %bits
  %cnt = call i16 @llvm.ctpop.i16(i16 %c)
  %back = bitcast <16 x i1> %mm to i16
  %x = load i64, ptr %q3, align 1
  %y = zext i16 %back to i64
  %yc = zext i16 %cnt to i64
  %r0 = add i64 %x, %y
  %r = add i64 %r0, %yc
  ret i64 %r
}
declare i16 @llvm.ctpop.i16(i16)

declare <4 x i16> @llvm.masked.load.v4i16.p0(ptr, i32, <4 x i1>, <4 x i16>)
declare void @llvm.masked.store.v4i16.p0(<4 x i16>, ptr, i32, <4 x i1>)
declare <2 x i32> @llvm.masked.gather.v2i32.v2p0(<2 x ptr>, i32, <2 x i1>, <2 x i32>)
declare void @llvm.masked.scatter.v2i32.v2p0(<2 x i32>, <2 x ptr>, i32, <2 x i1>)

define i64 @masked(i64 %a, i64 %b) {
  %p = alloca i64, align 8
  store i64 %a, ptr %p
  %bits = trunc i64 %b to i4
  %m = bitcast i4 %bits to <4 x i1>
  %l = call <4 x i16> @llvm.masked.load.v4i16.p0(ptr %p, i32 2, <4 x i1> %m, <4 x i16> <i16 1, i16 2, i16 3, i16 4>)
  %x = xor <4 x i16> %l, splat (i16 -1)
  %nm = xor <4 x i1> %m, splat (i1 true)
  call void @llvm.masked.store.v4i16.p0(<4 x i16> %x, ptr %p, i32 2, <4 x i1> %nm)
  %q = getelementptr i8, ptr %p, i64 2
  %pv0 = insertelement <2 x ptr> poison, ptr %q, i64 0
  %pv = insertelement <2 x ptr> %pv0, ptr %p, i64 1
  %m2 = shufflevector <4 x i1> %m, <4 x i1> poison, <2 x i32> <i32 1, i32 3>
  %g = call <2 x i32> @llvm.masked.gather.v2i32.v2p0(<2 x ptr> %pv, i32 1, <2 x i1> %m2, <2 x i32> <i32 7, i32 9>)
  %g2 = mul <2 x i32> %g, splat (i32 3)
  call void @llvm.masked.scatter.v2i32.v2p0(<2 x i32> %g2, <2 x ptr> %pv, i32 1, <2 x i1> %m2)
  %r0 = load i64, ptr %p
  %lw = bitcast <4 x i16> %l to i64
  %r = add i64 %r0, %lw
  ret i64 %r
}
";

fn run(mut m: Module, name: &str, a: u64, b: u64) -> GenericValue {
    // These functions use no calls or va_list, so they mean the same on every host: let
    // the interpreter take them as its own (the snapshots keep the x86-64 header).
    m.triple = None;
    m.datalayout = None;
    let mut engine = jit_interp::Interpreter::try_new().expect("interpreter");
    engine.add_module(m).expect("module");
    engine
        .run_function(
            name,
            &[
                GenericValue::int(64, u128::from(a)),
                GenericValue::int(64, u128::from(b)),
            ],
        )
        .unwrap_or_else(|e| panic!("{name}({a:#x}, {b:#x}): {e}"))
}

#[test]
fn legalized_functions_compute_the_same() {
    let original = parse(SEMANTIC);
    let legal = legalize(&original).expect("legalizes").into_owned();
    jit_core::verifier::verify_module(&legal).expect("legalized module verifies");
    assert_eq!(
        functions_to_legalize(&legal),
        Vec::<FuncId>::new(),
        "vectors left:\n{}",
        jit_core::printer::print_module(&legal)
    );
    let inputs = [
        (0u64, 0u64),
        (1, 2),
        (0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210),
        (u64::MAX, 7),
        (0x8000_0000_0000_0000, 0x7fff_ffff_ffff_ffff),
        (0x00ff_00ff_1234_0000, 0xdead_beef_0000_0001),
        (0x1122_3344_5566_7788, 0b1010),
        (0x8899_aabb_ccdd_eeff, 0b0101),
        (0x0f0f_0f0f_f0f0_f0f0, 0b1111),
    ];
    for name in [
        "bytes", "mask", "lanes", "arith", "floats", "wide", "memory",
    ] {
        for &(a, b) in &inputs {
            let want = run(original.clone(), name, a, b);
            let got = run(legal.clone(), name, a, b);
            assert_eq!(got, want, "{name}({a:#x}, {b:#x})");
        }
    }
}

// ---------------------------------------------------------------- integers wider than 128 bits

const WIDE: &str = "
define i64 @mulhi(i64 %a, i64 %b) {
  %x = zext i64 %a to i200
  %y = zext i64 %b to i200
  %xs = shl i200 %x, 70
  %p = mul i200 %xs, %y
  %h = lshr i200 %p, 134
  %r = trunc i200 %h to i64
  ret i64 %r
}
define i64 @divback(i64 %a, i64 %b) {
  %x = zext i64 %a to i256
  %y = zext i64 %b to i256
  %b1 = or i256 %y, 1
  %xs = shl i256 %x, 120
  %p = mul i256 %xs, %b1
  %q = udiv i256 %p, %b1
  %r0 = urem i256 %p, %b1
  %h = lshr i256 %q, 120
  %t = trunc i256 %h to i64
  %rt = trunc i256 %r0 to i64
  %r = add i64 %t, %rt
  ret i64 %r
}
define i64 @signed(i64 %a, i64 %b) {
  %x = sext i64 %a to i160
  %y = sext i64 %b to i160
  %y1 = or i160 %y, 1
  %big = shl i160 %x, 90
  %q = sdiv i160 %big, %y1
  %rm = srem i160 %big, %y1
  %sh = ashr i160 %q, 90
  %lt = icmp slt i160 %x, %y
  %ult = icmp ult i160 %x, %y
  %s = trunc i160 %sh to i64
  %rr = trunc i160 %rm to i64
  %l = zext i1 %lt to i64
  %u = zext i1 %ult to i64
  %u2 = shl i64 %u, 1
  %m = xor i64 %s, %rr
  %m2 = shl i64 %m, 2
  %o = or i64 %m2, %l
  %r = or i64 %o, %u2
  ret i64 %r
}
define i64 @varshift(i64 %a, i64 %b) {
entry:
  %x = zext i64 %a to i136
  %amt = and i64 %b, 63
  %n = zext i64 %amt to i136
  %n2 = add i136 %n, 60
  %l = shl i136 %x, %n2
  %rt = lshr i136 %l, %n2
  %sx = sext i64 %a to i136
  %ar = ashr i136 %sx, %n
  %eq = icmp eq i136 %rt, %x
  br i1 %eq, label %yes, label %no
yes:
  br label %done
no:
  br label %done
done:
  %v = phi i136 [ %ar, %yes ], [ 0, %no ]
  %t = trunc i136 %v to i64
  ret i64 %t
}
define i64 @memory(i64 %a, i64 %b) {
  %slot = alloca [3 x i64], align 8
  store i64 -1, ptr %slot, align 8
  %s1 = getelementptr i8, ptr %slot, i64 8
  store i64 -1, ptr %s1, align 8
  %s2 = getelementptr i8, ptr %slot, i64 16
  store i64 -1, ptr %s2, align 8
  %x = zext i64 %a to i136
  %y = zext i64 %b to i136
  %ys = shl i136 %y, 72
  %v = or i136 %x, %ys
  store i136 %v, ptr %slot, align 1
  %back = load i136, ptr %slot, align 1
  %c = icmp eq i136 %back, %v
  %tail = load i64, ptr %s2, align 8
  %hi = lshr i136 %back, 72
  %h = trunc i136 %hi to i64
  %cc = select i1 %c, i64 %h, i64 0
  %r = xor i64 %cc, %tail
  ret i64 %r
}
";

#[test]
fn wide_integers_become_words() {
    insta::assert_snapshot!(before_after(
        "define void @f(ptr %p, i64 %k) {\n\
         \x20 %a = load i136, ptr %p, align 1\n\
         \x20 %b = add i136 %a, 340282366920938463463374607431768211457\n\
         \x20 %c = icmp ult i136 %b, %a\n\
         \x20 %d = select i1 %c, i136 %a, i136 %b\n\
         \x20 %e = zext i64 %k to i136\n\
         \x20 %f = lshr i136 %d, 3\n\
         \x20 %g = xor i136 %f, %e\n\
         \x20 store i136 %g, ptr %p, align 1\n\
         \x20 ret void\n}\n",
        "f"
    ));
}

#[test]
fn wide_integers_compute_like_u128_math() {
    let original = parse(WIDE);
    let legal = legalize(&original).expect("legalizes").into_owned();
    jit_core::verifier::verify_module(&legal).expect("legalized module verifies");
    assert!(functions_with_wide_ints(&legal).is_empty());
    let inputs = [
        (0u64, 0u64),
        (1, 2),
        (0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210),
        (u64::MAX, 7),
        (0x8000_0000_0000_0000, 0x7fff_ffff_ffff_ffff),
        (0xdead_beef_0000_0001, u64::MAX),
        (0x1122_3344_5566_7788, 0x7f),
    ];
    let int = |g: GenericValue| match g {
        GenericValue::Int { value, .. } => value as u64,
        other => panic!("{other:?}"),
    };
    for (a, b) in inputs {
        // (a * 2^70 * b) >> 134 == (a * b) >> 64
        let want = ((u128::from(a) * u128::from(b)) >> 64) as u64;
        assert_eq!(
            int(run(legal.clone(), "mulhi", a, b)),
            want,
            "mulhi({a:#x}, {b:#x})"
        );
        // (a * 2^120 * b') / b' == a * 2^120, remainder 0.
        assert_eq!(
            int(run(legal.clone(), "divback", a, b)),
            a,
            "divback({a:#x}, {b:#x})"
        );
        // sdiv/srem of a * 2^90 by b' (odd), checked where a * 2^90 fits an i128.
        let (sa, sb) = (i128::from(a as i64), i128::from(b as i64));
        let got = int(run(legal.clone(), "signed", a, b));
        let lt = u64::from(sa < sb);
        let ult = u64::from((sa as u128) < (sb as u128));
        assert_eq!(got & 3, lt | (ult << 1), "signed({a:#x}, {b:#x}) compares");
        if sa.unsigned_abs() < (1 << 37) {
            let full = sa << 90;
            let (quot, rem) = (full / (sb | 1), full % (sb | 1));
            let want = ((((quot >> 90) as u64) ^ (rem as u64)) << 2) | lt | (ult << 1);
            assert_eq!(got, want, "signed({a:#x}, {b:#x})");
        }
        let n = (b & 63) as u32;
        let fits = n + 60 + (64 - a.leading_zeros()) <= 136;
        let want = if fits { (sa >> n) as u64 } else { 0 };
        assert_eq!(
            int(run(legal.clone(), "varshift", a, b)),
            want,
            "varshift({a:#x}, {b:#x})"
        );
        // Stores touch 17 bytes: the top byte of the third word keeps its 0xff filler.
        let want = b ^ 0xffff_ffff_ffff_ff00 ^ (b >> 56);
        assert_eq!(
            int(run(legal.clone(), "memory", a, b)),
            want,
            "memory({a:#x}, {b:#x})"
        );
    }
}

#[test]
fn wide_integers_at_abi_boundaries_are_named_errors() {
    let cases = [
        (
            "define i256 @f(i64 %a) {\n  %x = zext i64 %a to i256\n  ret i256 %x\n}\n",
            "parameters or return values",
        ),
        (
            "define double @f(ptr %p) {\n  %x = load i256, ptr %p\n  %d = uitofp i256 %x to double\n  ret double %d\n}\n",
            "uitofp",
        ),
        (
            "define void @f(ptr %p) {\n  %x = load i20000, ptr %p\n  store i20000 %x, ptr %p\n  ret void\n}\n",
            "wider than 16384 bits",
        ),
        (
            "declare void @g(i200)\ndefine void @f(ptr %p) {\n  %x = load i200, ptr %p\n  call void @g(i200 %x)\n  ret void\n}\n",
            "call",
        ),
    ];
    for (src, needle) in cases {
        let m = parse(src);
        let e = legalize(&m).expect_err("an error");
        let text = e.to_string();
        assert!(
            text.contains(needle) && text.contains("test.ll:") && text.contains("@f"),
            "{text}"
        );
    }
}

/// Invokes with vectors (a vector result, taken apart on a new block on the normal edge
/// since the normal destination has another predecessor; a vector argument) and a function
/// whose wide division splits the block ending in an invoke (the landing pad's phi follows
/// the split).
const EH: &str = "declare i32 @__gxx_personality_v0(...)
define <2 x i32> @pair(i64 %a, i64 %b) {
  %x = trunc i64 %a to i32
  %y = trunc i64 %b to i32
  %v0 = insertelement <2 x i32> poison, i32 %x, i64 0
  %v1 = insertelement <2 x i32> %v0, i32 %y, i64 1
  ret <2 x i32> %v1
}
define i64 @sum2(<2 x i32> %v) {
  %x = extractelement <2 x i32> %v, i64 0
  %y = extractelement <2 x i32> %v, i64 1
  %s = add i32 %x, %y
  %r = zext i32 %s to i64
  ret i64 %r
}
define i64 @id(i64 %x) {
  ret i64 %x
}
define i64 @vec_invoke(i64 %a, i64 %b) personality ptr @__gxx_personality_v0 {
entry:
  %c = icmp ult i64 %a, %b
  br i1 %c, label %call, label %join
call:
  %v = invoke <2 x i32> @pair(i64 %a, i64 %b)
          to label %join unwind label %lpad
join:
  %p = phi <2 x i32> [ %v, %call ], [ <i32 7, i32 9>, %entry ]
  %d = add <2 x i32> %p, %p
  %s = invoke i64 @sum2(<2 x i32> %d)
          to label %done unwind label %lpad
done:
  ret i64 %s
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
define i64 @wide_invoke(i64 %a, i64 %b) personality ptr @__gxx_personality_v0 {
entry:
  %x = zext i64 %a to i256
  %y = zext i64 %b to i256
  %y1 = or i256 %y, 1
  %q = udiv i256 %x, %y1
  %t = trunc i256 %q to i64
  %r = invoke i64 @id(i64 %t)
          to label %ok unwind label %lpad
ok:
  ret i64 %r
lpad:
  %w = phi i64 [ %t, %entry ]
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
";

#[test]
fn exception_handling_survives_legalization() {
    insta::assert_snapshot!(before_after(EH, "vec_invoke"));
    insta::assert_snapshot!(before_after(EH, "wide_invoke"));
    let original = parse(EH);
    let legal = legalize_owned(&original);
    let inputs = [(1u64, 2u64), (5, 3), (0xffff_ffff, 0x1_0000_0001), (100, 7)];
    for name in ["vec_invoke", "wide_invoke"] {
        for &(a, b) in &inputs {
            let want = run(original.clone(), name, a, b);
            let got = run(legal.clone(), name, a, b);
            assert_eq!(got, want, "{name}({a:#x}, {b:#x})");
        }
    }
}

/// Both passes, as the backends and the interpreter run them.
fn legalize_owned(m: &Module) -> Module {
    let mut owned = m.clone();
    legalize_in_place(&mut owned).expect("legalizes");
    jit_core::verifier::verify_module(&owned)
        .unwrap_or_else(|e| panic!("{e}\n{}", jit_core::printer::print_module(&owned)));
    owned
}

/// Gives every instruction of `f` its own `DILocation` (line = its line in the text) and
/// returns the lines by instruction.
fn locate_every_instruction(m: &mut Module, f: FuncId) -> HashMap<Inst, u32> {
    use jit_core::ir::{DiFileData, DiLocationData, DiScopeData, DiScopeKind};
    let file = m.debug.files.push(DiFileData::default());
    let scope = m.debug.scopes.push(DiScopeData {
        file: Some(file),
        kind: DiScopeKind::File,
    });
    let mut lines = HashMap::new();
    let body = m.functions[f].body.as_mut().expect("body");
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let data = &mut body.insts[i];
            let loc = m.debug.locations.push(DiLocationData {
                line: data.loc.line,
                column: data.loc.col,
                scope,
                inlined_at: None,
            });
            data.dbg = Some(loc);
            lines.insert(i, data.loc.line);
        }
    }
    lines
}

/// Every instruction in the legalized function has the location of the instruction it was
/// made for: the old ones keep theirs, the new ones (after the old instruction list) carry
/// a location of one of the rewritten instructions.
fn check_inherited(m: &Module, f: FuncId, before: &HashMap<Inst, u32>, rewritten: &[u32]) {
    let body = m.functions[f].body.as_ref().expect("body");
    let mut new = 0;
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let data = &body.insts[i];
            let line = data.dbg.map(|l| m.debug.locations[l].line);
            match before.get(&i) {
                Some(&old) => assert_eq!(line, Some(old)),
                None => {
                    new += 1;
                    let line = line.unwrap_or_else(|| {
                        panic!("{:?} has no location", data.kind);
                    });
                    assert!(rewritten.contains(&line), "{line} for {:?}", data.kind);
                }
            }
        }
    }
    assert!(new > 0, "the pass made instructions");
}

#[test]
fn new_instructions_inherit_the_source_location() {
    // Vectors: lines 4 (load), 5 (add), 6 (store; the header takes lines 1-2) are
    // rewritten lane by lane.
    let mut m = parse(
        "define void @f(ptr %p) {\n\
         \x20 %a = load <4 x i32>, ptr %p, align 4\n\
         \x20 %s = add <4 x i32> %a, splat (i32 1)\n\
         \x20 store <4 x i32> %s, ptr %p, align 4\n\
         \x20 ret void\n}\n",
    );
    let f = m.function_by_name("f").expect("f");
    let before = locate_every_instruction(&mut m, f);
    legalize_function_in_place(&mut m, f).expect("legalizes");
    check_inherited(&m, f, &before, &[4, 5, 6]);

    // Wide integers: load, multiplication and store (lines 4-6) become word arithmetic.
    let mut m = parse(
        "define void @g(ptr %p) {\n\
         \x20 %a = load i256, ptr %p, align 8\n\
         \x20 %m = mul i256 %a, %a\n\
         \x20 store i256 %m, ptr %p, align 8\n\
         \x20 ret void\n}\n",
    );
    let g = m.function_by_name("g").expect("g");
    let before = locate_every_instruction(&mut m, g);
    legalize_wide_function(&mut m, g).expect("legalizes");
    check_inherited(&m, g, &before, &[4, 5, 6]);
}
