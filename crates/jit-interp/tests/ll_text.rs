//! Interpreter tests written as `.ll` text: constructs that are awkward to build by hand.

use jit_core::{EngineError, ExecutionEngine, GenericValue};
use jit_interp::Interpreter;

fn engine(src: &str) -> Interpreter {
    let module = jit_core::reader::parse_module(src, "test.ll").expect("parses");
    let mut e = Interpreter::new();
    e.add_module(module).expect("loads");
    e
}

fn int(bits: u32, v: u128) -> GenericValue {
    GenericValue::int(bits, v)
}

#[test]
fn odd_width_loads_and_stores_touch_only_their_bytes() {
    let mut e = engine(
        r#"
define i64 @f(i64 %v) {
  %p = alloca i64, align 8
  store i64 -1, ptr %p
  %t = trunc i64 %v to i24
  store i24 %t, ptr %p
  %r = load i64, ptr %p
  ret i64 %r
}
define i40 @g(i40 %a) {
  %p = alloca i40
  store i40 %a, ptr %p
  %x = load i40, ptr %p
  %y = ashr i40 %x, 4
  ret i40 %y
}
"#,
    );
    assert_eq!(
        e.run_function("f", &[int(64, 0x12_3456)]).unwrap(),
        int(64, 0xFFFF_FFFF_FF12_3456)
    );
    assert_eq!(
        e.run_function("g", &[int(40, 0x80_0000_0000)]).unwrap(),
        int(40, 0xF8_0000_0000)
    );
}

#[test]
fn aggregates_vectors_and_switch() {
    let mut e = engine(
        r#"
define i32 @agg(i32 %a, i32 %b) {
  %s0 = insertvalue { i8, i32, [2 x i16] } undef, i32 %a, 1
  %s1 = insertvalue { i8, i32, [2 x i16] } %s0, i16 7, 2, 1
  %p = alloca { i8, i32, [2 x i16] }
  store { i8, i32, [2 x i16] } %s1, ptr %p
  %q = getelementptr inbounds { i8, i32, [2 x i16] }, ptr %p, i64 0, i32 2, i64 1
  %h = load i16, ptr %q
  %hx = zext i16 %h to i32
  %l = load { i8, i32, [2 x i16] }, ptr %p
  %x = extractvalue { i8, i32, [2 x i16] } %l, 1
  %r = add i32 %x, %hx
  %r2 = mul i32 %r, %b
  ret i32 %r2
}
define float @vec(float %a, float %b) {
  %v0 = insertelement <2 x float> poison, float %a, i32 0
  %v1 = insertelement <2 x float> %v0, float %b, i32 1
  %s = shufflevector <2 x float> %v1, <2 x float> poison, <2 x i32> <i32 1, i32 0>
  %m = fmul <2 x float> %v1, %s
  %c = fcmp olt <2 x float> %m, <float 10.0, float 10.0>
  %z = select <2 x i1> %c, <2 x float> %m, <2 x float> zeroinitializer
  %e0 = extractelement <2 x float> %z, i64 0
  %e1 = extractelement <2 x float> %z, i64 1
  %r = fadd float %e0, %e1
  ret float %r
}
define i32 @sw(i64 %v) {
entry:
  switch i64 %v, label %other [
    i64 -5, label %neg
    i64 1000000000000, label %big
    i64 3, label %neg
  ]
neg:
  %p = phi i32 [ 1, %entry ], [ 1, %entry ]
  ret i32 %p
big:
  ret i32 2
other:
  ret i32 3
}
"#,
    );
    assert_eq!(
        e.run_function("agg", &[int(32, 5), int(32, 3)]).unwrap(),
        int(32, 36)
    );
    assert_eq!(
        e.run_function("vec", &[GenericValue::Float(2.0), GenericValue::Float(3.0)])
            .unwrap(),
        GenericValue::Float(12.0)
    );
    assert_eq!(
        e.run_function("vec", &[GenericValue::Float(2.0), GenericValue::Float(6.0)])
            .unwrap(),
        GenericValue::Float(0.0)
    );
    for (v, want) in [(-5i64, 1), (3, 1), (1_000_000_000_000, 2), (4, 3)] {
        assert_eq!(
            e.run_function("sw", &[int(64, v as u64 as u128)]).unwrap(),
            int(32, want)
        );
    }
}

#[test]
fn intrinsics_and_overflow() {
    let mut e = engine(
        r#"
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i16 @llvm.bswap.i16(i16)
declare double @llvm.fmuladd.f64(double, double, double)
declare i32 @llvm.smax.i32(i32, i32)
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
declare void @llvm.trap()
declare i32 @llvm.some.unknown.intrinsic(i32)

define i32 @ovf(i32 %a, i32 %b) {
  %r = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  %o = extractvalue { i32, i1 } %r, 1
  %v = extractvalue { i32, i1 } %r, 0
  %oz = zext i1 %o to i32
  %s = shl i32 %oz, 31
  %lo = and i32 %v, 255
  %x = or i32 %s, %lo
  ret i32 %x
}
define i1 @umul(i64 %a, i64 %b) {
  %r = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %o = extractvalue { i64, i1 } %r, 1
  ret i1 %o
}
define i32 @misc(i32 %a) {
  %c = call i32 @llvm.ctlz.i32(i32 %a, i1 false)
  %b = call i16 @llvm.bswap.i16(i16 258)
  %bz = zext i16 %b to i32
  %m = call i32 @llvm.smax.i32(i32 %c, i32 -4)
  %s = add i32 %m, %bz
  ret i32 %s
}
define i64 @objsize(ptr %p) {
  %a = call i64 @llvm.objectsize.i64.p0(ptr %p, i1 false, i1 true, i1 false)
  %b = call i64 @llvm.objectsize.i64.p0(ptr %p, i1 true, i1 true, i1 false)
  %s = add i64 %a, %b
  ret i64 %s
}
define double @fma(double %a, double %b, double %c) {
  %r = call double @llvm.fmuladd.f64(double %a, double %b, double %c)
  ret double %r
}
define void @trap() {
  call void @llvm.trap()
  unreachable
}
define i32 @unknown(i1 %c) {
  br i1 %c, label %yes, label %no
yes:
  %r = call i32 @llvm.some.unknown.intrinsic(i32 1)
  ret i32 %r
no:
  ret i32 0
}
"#,
    );
    assert_eq!(
        e.run_function("ovf", &[int(32, 0x7FFF_FFFF), int(32, 1)])
            .unwrap(),
        int(32, 0x8000_0000)
    );
    assert_eq!(
        e.run_function("ovf", &[int(32, 2), int(32, 3)]).unwrap(),
        int(32, 5)
    );
    assert_eq!(
        e.run_function("umul", &[int(64, 1 << 32), int(64, 1 << 32)])
            .unwrap(),
        int(1, 1)
    );
    // ctlz(1) = 31, bswap(0x0102) = 0x0201 = 513.
    assert_eq!(
        e.run_function("misc", &[int(32, 1)]).unwrap(),
        int(32, 31 + 513)
    );
    assert_eq!(
        e.run_function("objsize", &[GenericValue::Pointer(0x1000)])
            .unwrap(),
        int(64, u64::MAX as u128)
    );
    let r = e
        .run_function(
            "fma",
            &[
                GenericValue::Double(0.1),
                GenericValue::Double(10.0),
                GenericValue::Double(-1.0),
            ],
        )
        .unwrap();
    let want = if cfg!(target_arch = "aarch64") {
        0.1f64.mul_add(10.0, -1.0)
    } else {
        0.1 * 10.0 - 1.0
    };
    assert_eq!(r, GenericValue::Double(want));
    let err = e.run_function("trap", &[]).unwrap_err();
    assert!(err.to_string().contains("trap"), "{err}");
    // An unknown intrinsic fails only when executed, naming it.
    assert_eq!(e.run_function("unknown", &[int(1, 0)]).unwrap(), int(32, 0));
    let err = e.run_function("unknown", &[int(1, 1)]).unwrap_err();
    assert!(matches!(err, EngineError::Runtime { .. }), "{err}");
    assert!(
        err.to_string().contains("@llvm.some.unknown.intrinsic"),
        "{err}"
    );
}

#[test]
fn setjmp_longjmp_and_dead_frames() {
    let mut e = engine(
        r#"
@buf = global [200 x i64] zeroinitializer
declare i32 @_setjmp(ptr) returns_twice
declare void @longjmp(ptr, i32) noreturn

define void @deep(i32 %n) {
  %z = icmp eq i32 %n, 0
  br i1 %z, label %jump, label %rec
jump:
  call void @longjmp(ptr @buf, i32 0)
  unreachable
rec:
  %m = sub i32 %n, 1
  call void @deep(i32 %m)
  ret void
}
define i32 @catch() {
  %r = call i32 @_setjmp(ptr @buf)
  %first = icmp eq i32 %r, 0
  br i1 %first, label %go, label %done
go:
  call void @deep(i32 1000)
  ret i32 -1
done:
  ret i32 %r
}
define i32 @arm() {
  %r = call i32 @_setjmp(ptr @buf)
  ret i32 %r
}
define void @stale() {
  call void @longjmp(ptr @buf, i32 5)
  unreachable
}
"#,
    );
    // longjmp(.., 0) makes setjmp return 1.
    assert_eq!(e.run_function("catch", &[]).unwrap(), int(32, 1));
    assert_eq!(e.run_function("arm", &[]).unwrap(), int(32, 0));
    let err = e.run_function("stale", &[]).unwrap_err();
    assert!(err.to_string().contains("already returned"), "{err}");
}

#[test]
fn run_main_passes_argc_argv_envp() {
    let mut e = engine(
        r#"
declare i64 @strlen(ptr)
define i32 @main(i32 %argc, ptr %argv, ptr %envp) {
  %a1p = getelementptr ptr, ptr %argv, i64 1
  %a1 = load ptr, ptr %a1p
  %l = call i64 @strlen(ptr %a1)
  %e0 = load ptr, ptr %envp
  %le = call i64 @strlen(ptr %e0)
  %e1p = getelementptr ptr, ptr %envp, i64 1
  %e1 = load ptr, ptr %e1p
  %null = icmp eq ptr %e1, null
  %nz = zext i1 %null to i64
  %s = add i64 %l, %le
  %s2 = mul i64 %s, 10
  %s3 = add i64 %s2, %nz
  %t = trunc i64 %s3 to i32
  %r = add i32 %t, %argc
  ret i32 %r
}
"#,
    );
    let args = ["prog".to_string(), "hello".to_string()];
    let env = ["A=bc".to_string()];
    // (5 + 4) * 10 + 1 + argc 2
    assert_eq!(e.run_main(&args, &env).unwrap(), 93);
}

#[test]
fn modules_link_to_each_other_and_can_be_removed() {
    let lib = jit_core::reader::parse_module(
        r#"
@counter = global i32 40
define i32 @bump(i32 %by) {
  %v = load i32, ptr @counter
  %n = add i32 %v, %by
  store i32 %n, ptr @counter
  ret i32 %n
}
"#,
        "lib.ll",
    )
    .unwrap();
    let app = jit_core::reader::parse_module(
        r#"
@counter = external global i32
@fp = global ptr @bump
declare i32 @bump(i32)
define i32 @use() {
  %a = call i32 @bump(i32 1)
  %f = load ptr, ptr @fp
  %b = call i32 %f(i32 %a)
  %c = load i32, ptr @counter
  ret i32 %c
}
"#,
        "app.ll",
    )
    .unwrap();
    let mut e = Interpreter::new();
    let h_lib = e.add_module(lib).unwrap();
    let h_app = e.add_module(app).unwrap();
    assert_eq!(e.find_function("use"), Some(h_app));
    assert_eq!(e.find_function("bump"), Some(h_lib));
    // 40 + 1 = 41, then 41 + 41 = 82.
    assert_eq!(e.run_function("use", &[]).unwrap(), int(32, 82));
    let removed = e.remove_module(h_app).unwrap();
    assert_eq!(removed.name, "app.ll");
    assert!(e.find_function("use").is_none());
    assert!(matches!(
        e.run_function("use", &[]),
        Err(EngineError::NotFound(_))
    ));
    assert_eq!(e.run_function("bump", &[int(32, 1)]).unwrap(), int(32, 83));
}

#[cfg(target_arch = "x86_64")]
#[test]
fn va_arg_instruction_reads_registers_then_the_overflow_area() {
    let mut e = engine(
        r#"
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
define internal double @sum(i32 %n, ...) {
entry:
  %ap = alloca [1 x { i32, i32, ptr, ptr }], align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc2, %loop ]
  %k = va_arg ptr %ap, i64
  %d = va_arg ptr %ap, double
  %kf = sitofp i64 %k to double
  %t = fmul double %kf, %d
  %acc2 = fadd double %acc, %t
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, %n
  br i1 %more, label %loop, label %done
done:
  call void @llvm.va_end.p0(ptr %ap)
  ret double %acc2
}
define double @go() {
  %r = call double (i32, ...) @sum(i32 10, i64 1, double 0.5, i64 2, double 0.5, i64 3, double 0.5,
      i64 4, double 0.5, i64 5, double 0.5, i64 6, double 0.5, i64 7, double 0.5, i64 8, double 0.5,
      i64 9, double 0.5, i64 10, double 0.5)
  ret double %r
}
"#,
    );
    assert_eq!(
        e.run_function("go", &[]).unwrap(),
        GenericValue::Double(27.5)
    );
}

#[test]
fn runaway_recursion_is_a_stack_overflow_error() {
    let mut e = engine(
        r#"
define i64 @forever(i64 %n) {
  %m = add i64 %n, 1
  %r = call i64 @forever(i64 %m)
  ret i64 %r
}
"#,
    );
    let err = e.run_function("forever", &[int(64, 0)]).unwrap_err();
    assert!(err.to_string().contains("stack overflow"), "{err}");
}

#[test]
fn getelementptr_with_vector_operands_computes_each_lane() {
    // The loop vectorizer's shape: a scalar base with a vector of indices, a vector of bases
    // with a scalar index, and a struct field reached through a splat index.
    let mut e = engine(
        r#"
%pair = type { i32, i64 }
@arr = global [8 x i32] [i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17]
@pairs = global [4 x %pair] [%pair { i32 1, i64 100 }, %pair { i32 2, i64 200 }, %pair { i32 3, i64 300 }, %pair { i32 4, i64 400 }]

define i32 @scalar_base(i64 %k) {
  %i0 = insertelement <4 x i64> poison, i64 %k, i64 0
  %i1 = insertelement <4 x i64> %i0, i64 1, i64 1
  %i2 = insertelement <4 x i64> %i1, i64 5, i64 2
  %i3 = insertelement <4 x i64> %i2, i64 7, i64 3
  %ps = getelementptr inbounds i32, ptr @arr, <4 x i64> %i3
  %p0 = extractelement <4 x ptr> %ps, i64 0
  %p3 = extractelement <4 x ptr> %ps, i64 3
  %a = load i32, ptr %p0
  %b = load i32, ptr %p3
  %s = mul i32 %a, 100
  %r = add i32 %s, %b
  ret i32 %r
}

define i64 @vector_base(i64 %j) {
  %b0 = insertelement <2 x ptr> poison, ptr @pairs, i64 0
  %q = getelementptr inbounds %pair, ptr @pairs, i64 2
  %b1 = insertelement <2 x ptr> %b0, ptr %q, i64 1
  %ps = getelementptr inbounds %pair, <2 x ptr> %b1, i64 %j, <2 x i32> <i32 1, i32 1>
  %p1 = extractelement <2 x ptr> %ps, i64 1
  %v = load i64, ptr %p1
  ret i64 %v
}

define i32 @constant_vector_index() {
  %ps = getelementptr [8 x i32], ptr @arr, i64 0, <2 x i64> <i64 6, i64 2>
  %p0 = extractelement <2 x ptr> %ps, i32 0
  %p1 = extractelement <2 x ptr> %ps, i32 1
  %a = load i32, ptr %p0
  %b = load i32, ptr %p1
  %r = sub i32 %a, %b
  ret i32 %r
}
"#,
    );
    assert_eq!(
        e.run_function("scalar_base", &[int(64, 4)]).unwrap(),
        int(32, 1417)
    );
    assert_eq!(
        e.run_function("vector_base", &[int(64, 1)]).unwrap(),
        int(64, 400)
    );
    assert_eq!(
        e.run_function("constant_vector_index", &[]).unwrap(),
        int(32, 4)
    );
}

#[test]
fn invoke_is_a_call_and_a_branch_and_a_throw_stops_the_program() {
    let mut e = engine(
        r#"
; Stand-ins for libstdc++'s type infos (not loaded here).
@_ZTIi = constant ptr null
@_ZTIl = constant ptr null
declare i32 @__gxx_personality_v0(...)
declare i32 @llvm.eh.typeid.for.p0(ptr)
declare void @__cxa_throw(ptr, ptr, ptr)
declare void @_ZSt20__throw_length_errorPKc(ptr)

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

; The invoke's result reaches the normal destination's phi on its edge.
define i32 @f(i32 %x, i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %call, label %join
call:
  %r = invoke i32 @twice(i32 %x)
          to label %join unwind label %lpad
join:
  %p = phi i32 [ %r, %call ], [ -1, %entry ]
  ret i32 %p
lpad:
  %lp = landingpad { ptr, i32 }
          catch ptr @_ZTIi
  ret i32 0
}

; A per-function numbering of the type infos: the catch clauses first, in order.
define i32 @ids() personality ptr @__gxx_personality_v0 {
entry:
  %a = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIl)
  %b = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi)
  %a10 = mul i32 %a, 10
  %r = add i32 %a10, %b
  invoke void @_ZSt20__throw_length_errorPKc(ptr null)
          to label %never unwind label %lpad
never:
  unreachable
lpad:
  %lp = landingpad { ptr, i32 }
          catch ptr @_ZTIi
          catch ptr @_ZTIl
  ret i32 %r
}

define i32 @ids_pad() personality ptr @__gxx_personality_v0 {
entry:
  %a = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIl)
  %b = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi)
  %a10 = mul i32 %a, 10
  %r = add i32 %a10, %b
  %t = invoke i32 @twice(i32 1)
          to label %ok unwind label %lpad
ok:
  ret i32 %r
lpad:
  %lp = landingpad { ptr, i32 }
          catch ptr @_ZTIi
          catch ptr @_ZTIl
  ret i32 0
}

define void @throws(ptr %e) {
  call void @__cxa_throw(ptr %e, ptr @_ZTIi, ptr null)
  unreachable
}

define i32 @ids_only() personality ptr @__gxx_personality_v0 {
  %a = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIl)
  %b = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi)
  %a10 = mul i32 %a, 10
  %r = add i32 %a10, %b
  ret i32 %r
}
"#,
    );
    let b = |v: bool| int(1, u128::from(v));
    assert_eq!(
        e.run_function("f", &[int(32, 21), b(true)]).unwrap(),
        int(32, 42)
    );
    assert_eq!(
        e.run_function("f", &[int(32, 21), b(false)]).unwrap(),
        int(32, (-1i32) as u32 as u128)
    );
    // No landing pad is in @ids_only: its typeids are numbered by call order (l = 1, i = 2);
    // in @ids_pad by the clauses (i = 1, l = 2).
    assert_eq!(e.run_function("ids_only", &[]).unwrap(), int(32, 12));
    assert_eq!(e.run_function("ids_pad", &[]).unwrap(), int(32, 21));
    // std::__throw_length_error throws: the program stops at the call, named.
    let err = e.run_function("ids", &[]).unwrap_err();
    let EngineError::Runtime {
        function,
        location,
        message,
    } = &err
    else {
        panic!("{err}")
    };
    assert_eq!(function, "ids");
    assert!(location.starts_with("test.ll:"), "{err}");
    assert!(
        message.contains("C++ exception") && message.contains("std::__throw_length_error"),
        "{err}"
    );
    let err = e
        .run_function("throws", &[GenericValue::Pointer(0)])
        .unwrap_err();
    assert!(err.to_string().contains("call to `__cxa_throw`"), "{err}");
}
