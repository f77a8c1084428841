//! Small functions written as `.ll` text, translated, compiled at both opt levels and
//! called in this process; results are checked against values computed by hand (or by
//! Rust for the float cases).

use peer_cranelift::{CraneliftEngine, OptLevel, TranslateError, translate};

const LEVELS: [OptLevel; 2] = [OptLevel::None, OptLevel::Speed];

fn build(src: &str, opt: OptLevel) -> CraneliftEngine {
    let m = jit_core::parse_module(src, "test.ll").expect("parses");
    translate(&m, opt)
        .and_then(|t| t.compile())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn error(src: &str) -> TranslateError {
    let m = jit_core::parse_module(src, "test.ll").expect("parses");
    match translate(&m, OptLevel::None).and_then(|t| t.compile()) {
        Ok(_) => panic!("translated unexpectedly"),
        Err(e) => e,
    }
}

macro_rules! func {
    ($engine:expr, $name:literal, fn($($arg:ty),*) -> $ret:ty) => {{
        let p = $engine.function($name).expect(concat!("function ", $name));
        // SAFETY: the test's .ll text defines the function with exactly this C signature.
        unsafe { std::mem::transmute::<*const u8, extern "C" fn($($arg),*) -> $ret>(p) }
    }};
}

const ARITH: &str = r#"
define i32 @arith(i32 %a, i32 %b) {
  %s = add i32 %a, %b
  %m = mul i32 %s, 3
  %d = sdiv i32 %m, %b
  %r = srem i32 %a, %b
  %x = xor i32 %d, %r
  %l = shl i32 %x, 2
  %h = ashr i32 %l, 1
  ret i32 %h
}
define i32 @bytes(i32 %a) {
  %t = trunc i32 %a to i8
  %u = add i8 %t, 100
  %z = zext i8 %u to i32
  %n = sext i8 %u to i32
  %r = sub i32 %z, %n
  ret i32 %r
}
define i32 @bool(i32 %a, i32 %b) {
  %c = icmp slt i32 %a, %b
  %d = icmp ugt i32 %a, %b
  %e = xor i1 %c, %d
  %f = add i1 %e, true
  %w = zext i1 %f to i32
  %s = sext i1 %e to i32
  %r = add i32 %w, %s
  ret i32 %r
}
define i64 @wide(i64 %a, i64 %b) {
  %x = zext i64 %a to i128
  %y = zext i64 %b to i128
  %p = mul i128 %x, %y
  %q = udiv i128 %p, 7
  %h = lshr i128 %q, 64
  %l = trunc i128 %q to i64
  %hh = trunc i128 %h to i64
  %r = xor i64 %l, %hh
  ret i64 %r
}
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.ctpop.i32(i32)
declare i32 @llvm.ctlz.i32(i32, i1)
declare i32 @llvm.bswap.i32(i32)
declare i32 @llvm.fshl.i32(i32, i32, i32)
define i32 @bits(i32 %a, i32 %b) {
  %1 = call i32 @llvm.smax.i32(i32 %a, i32 %b)
  %2 = call i32 @llvm.umin.i32(i32 %a, i32 %b)
  %3 = call i32 @llvm.ctpop.i32(i32 %1)
  %4 = call i32 @llvm.ctlz.i32(i32 %2, i1 false)
  %5 = call i32 @llvm.bswap.i32(i32 %a)
  %6 = call i32 @llvm.fshl.i32(i32 %a, i32 %b, i32 7)
  %7 = add i32 %3, %4
  %8 = xor i32 %7, %5
  %9 = xor i32 %8, %6
  ret i32 %9
}
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
define { i64, i64 } @pair(i32 %a, i32 %b) {
  %o = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  %v = extractvalue { i32, i1 } %o, 0
  %f = extractvalue { i32, i1 } %o, 1
  %v64 = sext i32 %v to i64
  %f64 = zext i1 %f to i64
  %p = insertvalue { i64, i64 } poison, i64 %v64, 0
  %q = insertvalue { i64, i64 } %p, i64 %f64, 1
  ret { i64, i64 } %q
}
"#;

#[repr(C)]
#[derive(Debug, PartialEq)]
struct Pair(i64, i64);

#[test]
fn integer_arithmetic() {
    for opt in LEVELS {
        let e = build(ARITH, opt);
        let arith = func!(e, "arith", fn(i32, i32) -> i32);
        let model = |a: i32, b: i32| {
            let d = ((a + b) * 3) / b;
            ((d ^ (a % b)) << 2) >> 1
        };
        for (a, b) in [(7, 3), (-20, 6), (1000, -7), (5, 1)] {
            assert_eq!(arith(a, b), model(a, b), "arith({a}, {b}) at {opt:?}");
        }
        let bytes = func!(e, "bytes", fn(i32) -> i32);
        for a in [0, 27, 28, 100, 200, -1] {
            let u = (a as u8).wrapping_add(100);
            assert_eq!(bytes(a), u as i32 - (u as i8) as i32, "bytes({a})");
        }
        let boolf = func!(e, "bool", fn(i32, i32) -> i32);
        for (a, b) in [(1, 2), (2, 1), (3, 3), (-1, 1)] {
            let e1 = (a < b) ^ ((a as u32) > (b as u32));
            let f = !e1;
            assert_eq!(boolf(a, b), f as i32 - e1 as i32, "bool({a}, {b})");
        }
        let wide = func!(e, "wide", fn(u64, u64) -> u64);
        for (a, b) in [(u64::MAX, u64::MAX - 3), (12345, 67890), (1 << 63, 3)] {
            let q = (a as u128 * b as u128) / 7;
            assert_eq!(
                wide(a, b),
                (q as u64) ^ ((q >> 64) as u64),
                "wide({a}, {b})"
            );
        }
        let bits = func!(e, "bits", fn(i32, i32) -> i32);
        for (a, b) in [(0x1234_5678i32, -5i32), (-1, 0x0f0f), (0, 1)] {
            let (mx, mn) = (a.max(b), (a as u32).min(b as u32));
            let r = (mx.count_ones() + mn.leading_zeros()) as i32
                ^ (a as u32).swap_bytes() as i32
                ^ ((a as u32).wrapping_shl(7) | (b as u32) >> 25) as i32;
            assert_eq!(bits(a, b), r, "bits({a}, {b})");
        }
        let pair = func!(e, "pair", fn(i32, i32) -> Pair);
        assert_eq!(pair(1, 2), Pair(3, 0));
        assert_eq!(pair(i32::MAX, 1), Pair(i32::MIN as i64, 1));
    }
}

const LOOPS: &str = r#"
define i64 @sum_to(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %s1 = add i64 %s, %i
  %i1 = add i64 %i, 1
  %c = icmp sle i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %r = phi i64 [ %s1, %loop ]
  ret i64 %r
}
define i32 @classify(i32 %x) {
entry:
  switch i32 %x, label %other [
    i32 0, label %zero
    i32 1, label %small
    i32 2, label %small
    i32 100, label %join
  ]
zero:
  br label %join
small:
  %m = mul i32 %x, 10
  br label %join
other:
  br label %join
join:
  %r = phi i32 [ -1, %zero ], [ %m, %small ], [ 7, %other ], [ 1000, %entry ]
  ret i32 %r
}
define i32 @gcd(i32 %a, i32 %b) {
entry:
  %z = icmp eq i32 %b, 0
  br i1 %z, label %out, label %rec
rec:
  %r = urem i32 %a, %b
  %g = call i32 @gcd(i32 %b, i32 %r)
  ret i32 %g
out:
  ret i32 %a
}
"#;

#[test]
fn loops_phis_switch_and_recursion() {
    for opt in LEVELS {
        let e = build(LOOPS, opt);
        let sum_to = func!(e, "sum_to", fn(i64) -> i64);
        assert_eq!(sum_to(10), 55);
        assert_eq!(sum_to(100_000), 5_000_050_000);
        let classify = func!(e, "classify", fn(i32) -> i32);
        let got: Vec<i32> = [0, 1, 2, 3, 100, -5].iter().map(|&x| classify(x)).collect();
        assert_eq!(got, [-1, 10, 20, 7, 1000, 7]);
        let gcd = func!(e, "gcd", fn(i32, i32) -> i32);
        assert_eq!(gcd(1071, 462), 21);
    }
}

const GLOBALS: &str = r#"
%struct.point = type { i32, i64, [3 x i16] }
@counter = internal global i32 5, align 4
@name = private constant [6 x i8] c"hello\00"
@points = global [2 x %struct.point] [%struct.point { i32 1, i64 2, [3 x i16] [i16 3, i16 4, i16 5] }, %struct.point { i32 6, i64 7, [3 x i16] [i16 8, i16 9, i16 10] }]
@ptrs = global [3 x ptr] [ptr @counter, ptr getelementptr inbounds (i8, ptr @name, i64 2), ptr @bump]
@tail = global ptr getelementptr inbounds ([2 x %struct.point], ptr @points, i64 0, i64 1, i32 2, i64 1)

define i32 @bump() {
  %v = load i32, ptr @counter
  %n = add i32 %v, 1
  store i32 %n, ptr @counter
  ret i32 %n
}
define i64 @field_sum(i64 %i) {
  %p = getelementptr inbounds [2 x %struct.point], ptr @points, i64 0, i64 %i
  %a = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 0
  %b = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 1
  %c = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 2, i64 2
  %x = load i32, ptr %a
  %y = load i64, ptr %b
  %z = load i16, ptr %c
  %x1 = sext i32 %x to i64
  %z1 = zext i16 %z to i64
  %s = add i64 %x1, %y
  %t = add i64 %s, %z1
  ret i64 %t
}
define i32 @through_table() {
  %f = load ptr, ptr getelementptr inbounds ([3 x ptr], ptr @ptrs, i64 0, i64 2)
  %r = call i32 %f()
  %c = load ptr, ptr @ptrs
  %v = load i32, ptr %c
  %s = load ptr, ptr getelementptr inbounds ([3 x ptr], ptr @ptrs, i64 0, i64 1)
  %ch = load i8, ptr %s
  %ch32 = zext i8 %ch to i32
  %t = load ptr, ptr @tail
  %tv = load i16, ptr %t
  %tv32 = zext i16 %tv to i32
  %a = add i32 %r, %v
  %b = mul i32 %a, 1000
  %d = add i32 %b, %ch32
  %e = mul i32 %d, 100
  %g = add i32 %e, %tv32
  ret i32 %g
}
"#;

#[test]
fn globals_structs_and_relocations() {
    for opt in LEVELS {
        let e = build(GLOBALS, opt);
        let field_sum = func!(e, "field_sum", fn(i64) -> i64);
        assert_eq!(field_sum(0), 1 + 2 + 5);
        assert_eq!(field_sum(1), 6 + 7 + 10);
        let through = func!(e, "through_table", fn() -> i32);
        // bump: 6, counter now 6 → 12; 'l' = 108; tail points at points[1].c[1] = 9.
        assert_eq!(through(), ((6 + 6) * 1000 + 108) * 100 + 9);
    }
}

const LIBC: &str = r#"
@fmt = private constant [11 x i8] c"%d|%.3f|%s\00"
@word = private constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define i64 @format(ptr %out, i32 %n, double %x) {
  %buf = alloca [32 x i8], align 16
  call void @llvm.memset.p0.i64(ptr %buf, i8 0, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @word, i64 4, i1 false)
  %r = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %out, i64 64, ptr @fmt, i32 %n, double %x, ptr %buf)
  %l = call i64 @strlen(ptr %out)
  ret i64 %l
}
"#;

#[test]
fn calls_into_libc_including_varargs_with_doubles() {
    for opt in LEVELS {
        let e = build(LIBC, opt);
        let format = func!(e, "format", fn(*mut u8, i32, f64) -> i64);
        let mut out = [0u8; 64];
        let len = format(out.as_mut_ptr(), -42, 2.5);
        assert_eq!(&out[..len as usize], b"-42|2.500|abc");
    }
}

const FLOATS: &str = r#"
declare double @llvm.sqrt.f64(double)
declare double @llvm.fabs.f64(double)
declare double @llvm.floor.f64(double)
declare float @llvm.fmuladd.f32(float, float, float)
declare double @llvm.pow.f64(double, double)
define double @poly(double %x) {
  %a = fmul double %x, %x
  %b = fsub double %a, 2.0
  %c = call double @llvm.fabs.f64(double %b)
  %d = call double @llvm.sqrt.f64(double %c)
  %e = call double @llvm.floor.f64(double %d)
  %f = frem double %d, 0.75
  %g = fadd double %e, %f
  %p = call double @llvm.pow.f64(double %x, double 3.0)
  %h = fdiv double %g, %p
  ret double %h
}
define i32 @conv(float %x, float %y) {
  %m = call float @llvm.fmuladd.f32(float %x, float %y, float 1.0)
  %d = fpext float %m to double
  %i = fptosi double %d to i32
  %u = fptoui float %x to i8
  %u32 = zext i8 %u to i32
  %nan = fcmp uno float %x, %y
  %lt = fcmp olt float %x, %y
  %n32 = zext i1 %nan to i32
  %l32 = zext i1 %lt to i32
  %s = mul i32 %i, 1000
  %t = add i32 %s, %u32
  %v = mul i32 %t, 10
  %w = add i32 %v, %n32
  %z = mul i32 %w, 10
  %q = add i32 %z, %l32
  ret i32 %q
}
"#;

#[test]
fn float_math() {
    for opt in LEVELS {
        let e = build(FLOATS, opt);
        let poly = func!(e, "poly", fn(f64) -> f64);
        for x in [0.5f64, 3.0, -7.25] {
            let d = (x * x - 2.0).abs().sqrt();
            let want = (d.floor() + d % 0.75) / x.powf(3.0);
            assert_eq!(poly(x).to_bits(), want.to_bits(), "poly({x})");
        }
        let conv = func!(e, "conv", fn(f32, f32) -> i32);
        let model = |x: f32, y: f32| {
            let i = ((x * y + 1.0) as f64) as i32;
            ((i * 1000 + (x as u8) as i32) * 10 + (x.is_nan() || y.is_nan()) as i32) * 10
                + (x < y) as i32
        };
        for (x, y) in [(2.5f32, 4.0f32), (200.0, -0.5), (7.0, f32::NAN)] {
            assert_eq!(conv(x, y), model(x, y), "conv({x}, {y})");
        }
    }
}

const ODD: &str = r#"
%packed = type <{ i8, i24, i40 }>
define i64 @odd(ptr %p, i32 %x) {
  %a = getelementptr inbounds %packed, ptr %p, i32 0, i32 1
  %b = getelementptr inbounds %packed, ptr %p, i32 0, i32 2
  %t = trunc i32 %x to i24
  %u = add i24 %t, 1
  store i24 %u, ptr %a, align 1
  %l = load i24, ptr %a, align 1
  %s = sext i24 %l to i40
  store i40 %s, ptr %b, align 1
  %v = load i40, ptr %b, align 1
  %w = zext i40 %v to i64
  ret i64 %w
}
"#;

#[test]
fn odd_integer_widths_in_packed_structs() {
    for opt in LEVELS {
        let e = build(ODD, opt);
        let odd = func!(e, "odd", fn(*mut u8, i32) -> i64);
        let mut mem = [0xAAu8; 16];
        // 0x7fffff + 1 wraps to -2^23 in i24, sign-extended into i40.
        let r = odd(mem.as_mut_ptr(), 0x7f_ffff);
        assert_eq!(r, ((-(1i64 << 23)) as u64 & ((1 << 40) - 1)) as i64);
        assert_eq!(&mem[1..4], &[0x00, 0x00, 0x80]);
        // i24 occupies 4 bytes of layout (its alloc size) but stores 3; the i40 starts at 5.
        assert_eq!(mem[4], 0xAA, "the i24 store wrote past its 3 bytes");
        assert_eq!(mem[10], 0xAA, "the i40 store wrote past its 5 bytes");
        let r = odd(mem.as_mut_ptr(), 41);
        assert_eq!(r, 42);
    }
}

#[test]
fn unsupported_constructs_are_errors_naming_the_function() {
    let e = error("define i32 @va(ptr %ap) {\n  %v = va_arg ptr %ap, i32\n  ret i32 %v\n}\n");
    assert!(
        e.to_string().contains("@va") && e.to_string().contains("va_arg"),
        "{e}"
    );
    let e = error(
        "@tls = thread_local global i32 0\ndefine i32 @t() {\n  %v = load i32, ptr @tls\n  ret i32 %v\n}\n",
    );
    assert!(e.to_string().contains("thread_local"), "{e}");
    let e = error(
        "declare void @definitely_not_a_symbol_xyz()\ndefine void @f() {\n  call void @definitely_not_a_symbol_xyz()\n  ret void\n}\n",
    );
    assert!(e.to_string().contains("definitely_not_a_symbol_xyz"), "{e}");
}

const VECTORS: &str = r#"
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>)
define i32 @vsum(ptr %p, i32 %k, i64 %lane) {
  %v = load <4 x i32>, ptr %p, align 4
  %i = insertelement <4 x i32> poison, i32 %k, i64 0
  %s = shufflevector <4 x i32> %i, <4 x i32> poison, <4 x i32> zeroinitializer
  %m = mul <4 x i32> %v, %s
  %a = add <4 x i32> %m, <i32 1, i32 2, i32 3, i32 4>
  %c = icmp sgt <4 x i32> %a, <i32 10, i32 10, i32 10, i32 10>
  %sel = select <4 x i1> %c, <4 x i32> %a, <4 x i32> zeroinitializer
  %mx = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %sel, <4 x i32> <i32 5, i32 5, i32 5, i32 5>)
  %rev = shufflevector <4 x i32> %mx, <4 x i32> %v, <4 x i32> <i32 3, i32 2, i32 5, i32 0>
  store <4 x i32> %rev, ptr %p, align 4
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %rev)
  %e = extractelement <4 x i32> %rev, i64 %lane
  %w = mul i32 %r, 1000
  %t = add i32 %w, %e
  ret i32 %t
}
define i64 @vcast(i64 %a, i64 %b) {
  %x = insertelement <2 x i64> zeroinitializer, i64 %a, i32 0
  %y = insertelement <2 x i64> %x, i64 %b, i32 1
  %z = bitcast <2 x i64> %y to <4 x i32>
  %q = extractelement <4 x i32> %z, i32 1
  %r = extractelement <4 x i32> %z, i32 2
  %q64 = zext i32 %q to i64
  %r64 = zext i32 %r to i64
  %s = shl i64 %q64, 32
  %t = or i64 %s, %r64
  ret i64 %t
}
define double @vfma(ptr %p) {
  %v = load <2 x double>, ptr %p, align 8
  %f = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %v, <2 x double> <double 2.0, double 3.0>, <2 x double> <double 0.5, double 0.25>)
  %n = fneg <2 x double> %f
  store <2 x double> %n, ptr %p, align 8
  %a = extractelement <2 x double> %f, i64 0
  %b = extractelement <2 x double> %f, i64 1
  %r = fsub double %a, %b
  ret double %r
}
"#;

#[test]
fn vector_operations_native_and_lane_by_lane() {
    for opt in LEVELS {
        let e = build(VECTORS, opt);
        let vsum = func!(e, "vsum", fn(*mut i32, i32, i64) -> i32);
        let mut mem = [1i32, 2, 3, 4];
        // a = v*3 + [1,2,3,4] = [4,8,12,16]; > 10 keeps [0,0,12,16]; smax 5 → [5,5,12,16];
        // shuffle [3,2,5,0] of mx ++ v → [16,12,v[1]=2,5].
        let r = vsum(mem.as_mut_ptr(), 3, 1);
        assert_eq!(mem, [16, 12, 2, 5]);
        assert_eq!(r, (16 + 12 + 2 + 5) * 1000 + 12);
        let vcast = func!(e, "vcast", fn(u64, u64) -> u64);
        assert_eq!(
            vcast(0x1111_2222_3333_4444, 0x5555_6666_7777_8888),
            0x1111_2222_7777_8888
        );
        let vfma = func!(e, "vfma", fn(*mut f64) -> f64);
        let mut d = [1.5f64, -2.0];
        let r = vfma(d.as_mut_ptr());
        assert_eq!(d, [-(1.5 * 2.0 + 0.5), -(-2.0 * 3.0 + 0.25)]);
        assert_eq!(r, 3.5 - (-5.75));
    }
}

const ABI_AND_CLASSES: &str = r#"
declare i1 @llvm.is.fpclass.f64(double, i32)
define { <2 x float>, float } @hfa(<2 x float> %a, float %b) {
  %x = extractelement <2 x float> %a, i64 0
  %y = extractelement <2 x float> %a, i64 1
  %s = fadd float %x, %b
  %v = insertelement <2 x float> poison, float %y, i64 0
  %w = insertelement <2 x float> %v, float %s, i64 1
  %r = insertvalue { <2 x float>, float } poison, <2 x float> %w, 0
  %q = insertvalue { <2 x float>, float } %r, float %x, 1
  ret { <2 x float>, float } %q
}
define i32 @classes(double %x) {
  %nan = call i1 @llvm.is.fpclass.f64(double %x, i32 3)
  %inf = call i1 @llvm.is.fpclass.f64(double %x, i32 516)
  %fin = call i1 @llvm.is.fpclass.f64(double %x, i32 504)
  %sub = call i1 @llvm.is.fpclass.f64(double %x, i32 144)
  %neg = call i1 @llvm.is.fpclass.f64(double %x, i32 60)
  %a = zext i1 %nan to i32
  %b = zext i1 %inf to i32
  %c = zext i1 %fin to i32
  %d = zext i1 %sub to i32
  %e = zext i1 %neg to i32
  %b2 = shl i32 %b, 1
  %c2 = shl i32 %c, 2
  %d2 = shl i32 %d, 3
  %e2 = shl i32 %e, 4
  %r1 = or i32 %a, %b2
  %r2 = or i32 %r1, %c2
  %r3 = or i32 %r2, %d2
  %r4 = or i32 %r3, %e2
  ret i32 %r4
}
"#;

#[repr(C)]
#[derive(Debug, PartialEq, Clone, Copy)]
struct F2(f32, f32);
#[repr(C)]
#[derive(Debug, PartialEq)]
struct F3(f32, f32, f32);

#[test]
fn packed_vector_abi_and_fp_classes() {
    for opt in LEVELS {
        let e = build(ABI_AND_CLASSES, opt);
        // A C struct of two floats travels in one XMM register, like `<2 x float>`.
        let hfa = func!(e, "hfa", fn(F2, f32) -> F3);
        assert_eq!(hfa(F2(1.5, 2.5), 4.0), F3(2.5, 5.5, 1.5));
        let classes = func!(e, "classes", fn(f64) -> i32);
        let model = |x: f64| {
            x.is_nan() as i32
                | (x.is_infinite() as i32) << 1
                | (x.is_finite() as i32) << 2
                | (x.is_subnormal() as i32) << 3
                | ((x.is_sign_negative() && !x.is_nan() && x != 0.0
                    || x == 0.0 && x.is_sign_negative()) as i32)
                    << 4
        };
        for x in [
            0.0,
            -0.0,
            1.0,
            -2.5,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            5e-324,
            -5e-324,
            f64::MIN_POSITIVE,
        ] {
            assert_eq!(classes(x), model(x), "classes({x})");
        }
    }
}

const DYNAMIC: &str = r#"
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
define i64 @vla(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 1, %entry ], [ %i1, %body ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %body ]
  %c = icmp sle i64 %i, %n
  br i1 %c, label %body, label %done
body:
  %sp = call ptr @llvm.stacksave.p0()
  %buf = alloca i64, i64 %i, align 16
  %last = getelementptr inbounds i64, ptr %buf, i64 %i
  %end = getelementptr inbounds i64, ptr %last, i64 -1
  store i64 %i, ptr %buf
  store i64 %i, ptr %end
  %a = load i64, ptr %buf
  %b = load i64, ptr %end
  %p = ptrtoint ptr %buf to i64
  %al = and i64 %p, 15
  %s = add i64 %a, %b
  %s2 = add i64 %s, %al
  %acc1 = add i64 %acc, %s2
  call void @llvm.stackrestore.p0(ptr %sp)
  %i1 = add i64 %i, 1
  br label %loop
done:
  ret i64 %acc
}
"#;

#[test]
fn dynamic_alloca_and_stack_save_restore() {
    for opt in LEVELS {
        let e = build(DYNAMIC, opt);
        let vla = func!(e, "vla", fn(i64) -> i64);
        // Each iteration adds 2*i; the buffers are 16-byte aligned.
        assert_eq!(vla(100), 100 * 101);
        // 5000 rounds allocate 100 MB in total, more than the 64 MiB region: this only
        // works because every round's stackrestore gives its buffer back.
        assert_eq!(vla(5000), 5000 * 5001);
        assert_eq!(vla(5000), 5000 * 5001);
    }
}

#[cfg(target_arch = "x86_64")]
const NATIVE_VECTOR_ABI: &str = r#"
define <4 x i32> @vadd(<4 x i32> %a, <4 x i32> %b) {
  %s = add <4 x i32> %a, %b
  %t = shufflevector <4 x i32> %s, <4 x i32> %a, <4 x i32> <i32 1, i32 0, i32 7, i32 2>
  ret <4 x i32> %t
}
"#;

#[cfg(target_arch = "x86_64")]
#[test]
fn native_vectors_cross_calls_in_one_register() {
    use std::arch::x86_64::__m128i;
    for opt in LEVELS {
        let e = build(NATIVE_VECTOR_ABI, opt);
        let vadd = func!(e, "vadd", fn(__m128i, __m128i) -> __m128i);
        // SAFETY: __m128i and [i32; 4] have the same size; plain bit reinterpretation.
        let (a, b): (__m128i, __m128i) = unsafe {
            (
                std::mem::transmute::<[i32; 4], __m128i>([1, 2, 3, 4]),
                std::mem::transmute::<[i32; 4], __m128i>([10, 20, 30, 40]),
            )
        };
        // SAFETY: as above.
        let r = unsafe { std::mem::transmute::<__m128i, [i32; 4]>(vadd(a, b)) };
        assert_eq!(r, [22, 11, 4, 33]);
    }
}

const WIDE_ODD: &str = r#"
define i64 @wide_odd(ptr %p, i64 %x, i64 %y) {
  %a = zext i64 %x to i72
  %b = sext i64 %y to i72
  %s = shl i72 %a, 8
  %t = add i72 %s, %b
  store i72 %t, ptr %p, align 1
  %l = load i72, ptr %p, align 1
  %q = sdiv i72 %l, -3
  %h = lshr i72 %q, 40
  %r = trunc i72 %h to i64
  ret i64 %r
}
"#;

#[test]
fn integers_between_64_and_128_bits() {
    for opt in LEVELS {
        let e = build(WIDE_ODD, opt);
        let wide_odd = func!(e, "wide_odd", fn(*mut u8, i64, i64) -> i64);
        let model = |x: i64, y: i64| {
            let m72 = (1i128 << 72) - 1;
            let t = (((x as u64 as i128) << 8) + y as i128) & m72;
            let signed = (t << 56) >> 56;
            let q = (signed / -3) & m72;
            (q >> 40) as i64
        };
        for (x, y) in [
            (0x0123_4567_89ab_cdef, -5),
            (-1, 1),
            (42, 7),
            (i64::MIN, i64::MAX),
        ] {
            let mut mem = [0x55u8; 16];
            assert_eq!(
                wide_odd(mem.as_mut_ptr(), x, y),
                model(x, y),
                "wide_odd({x}, {y})"
            );
            assert_eq!(mem[9], 0x55, "the i72 store wrote past its 9 bytes");
        }
    }
}

const MASKS: &str = r#"
define i32 @any_equal(ptr %p, i32 %x) {
  %v = load <4 x i32>, ptr %p, align 4
  %i = insertelement <4 x i32> poison, i32 %x, i64 0
  %s = shufflevector <4 x i32> %i, <4 x i32> poison, <4 x i32> zeroinitializer
  %c = icmp eq <4 x i32> %v, %s
  %b = bitcast <4 x i1> %c to i4
  %z = zext i4 %b to i32
  %back = bitcast i4 %b to <4 x i1>
  %l2 = extractelement <4 x i1> %back, i64 2
  %l2z = zext i1 %l2 to i32
  %sh = shl i32 %l2z, 8
  %r = or i32 %z, %sh
  ret i32 %r
}
"#;

#[test]
fn vector_masks_bitcast_to_integers_and_back() {
    for opt in LEVELS {
        let e = build(MASKS, opt);
        let any_equal = func!(e, "any_equal", fn(*const i32, i32) -> i32);
        let v = [7, 3, 7, 9];
        assert_eq!(any_equal(v.as_ptr(), 7), 0b0101 | 1 << 8);
        assert_eq!(any_equal(v.as_ptr(), 9), 0b1000);
        assert_eq!(any_equal(v.as_ptr(), 4), 0);
    }
}

const SWITCH128: &str = r#"
define i32 @pick(i64 %hi, i64 %lo) {
entry:
  %h = zext i64 %hi to i128
  %l = zext i64 %lo to i128
  %s = shl i128 %h, 64
  %v = or i128 %s, %l
  switch i128 %v, label %other [
    i128 5, label %five
    i128 18446744073709551621, label %big
  ]
five:
  br label %out
big:
  br label %out
other:
  br label %out
out:
  %r = phi i32 [ 5, %five ], [ 99, %big ], [ -1, %other ]
  ret i32 %r
}
"#;

#[test]
fn switch_on_i128() {
    for opt in LEVELS {
        let e = build(SWITCH128, opt);
        let pick = func!(e, "pick", fn(u64, u64) -> i32);
        assert_eq!(pick(0, 5), 5);
        assert_eq!(pick(1, 5), 99);
        assert_eq!(pick(2, 5), -1);
    }
}
