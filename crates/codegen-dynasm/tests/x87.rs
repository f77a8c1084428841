//! `x86_fp80` (C `long double`) on the x64 backend: arithmetic, comparisons with NaN,
//! conversions at the edges of every integer width, calls with the System V X87 class
//! (arguments in memory, results in `st(0)`), checked against exact bit patterns.
mod support;

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenOptions};
use support::load;

const ONE: u128 = 0x3fff_8000_0000_0000_0000;

/// `v` (exactly representable in double) as x86_fp80 bits.
fn ld(v: f64) -> u128 {
    jit_core::ir::f64_to_x87_bits(v)
}

fn bytes(v: u128) -> [u8; 16] {
    v.to_le_bytes()
}

fn bits(b: &[u8; 16]) -> u128 {
    u128::from_le_bytes(*b) & ((1u128 << 80) - 1)
}

const IR: &str = r#"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define x86_fp80 @arith(i32 %op, x86_fp80 %a, x86_fp80 %b) noinline {
  switch i32 %op, label %add [i32 1, label %sub
                              i32 2, label %mul
                              i32 3, label %div
                              i32 4, label %rem
                              i32 5, label %neg]
add:
  %s = fadd x86_fp80 %a, %b
  ret x86_fp80 %s
sub:
  %d = fsub x86_fp80 %a, %b
  ret x86_fp80 %d
mul:
  %m = fmul x86_fp80 %a, %b
  ret x86_fp80 %m
div:
  %q = fdiv x86_fp80 %a, %b
  ret x86_fp80 %q
rem:
  %r = frem x86_fp80 %a, %b
  ret x86_fp80 %r
neg:
  %n = fneg x86_fp80 %a
  ret x86_fp80 %n
}

define void @binop(i32 %op, ptr %a, ptr %b, ptr %out) {
  %x = load x86_fp80, ptr %a, align 16
  %y = load x86_fp80, ptr %b, align 16
  %r = call x86_fp80 @arith(i32 %op, x86_fp80 %x, x86_fp80 %y)
  store x86_fp80 %r, ptr %out, align 16
  %unused = call x86_fp80 @arith(i32 0, x86_fp80 %x, x86_fp80 %y)
  ret void
}

define i32 @cmp(ptr %a, ptr %b) {
  %x = load x86_fp80, ptr %a, align 16
  %y = load x86_fp80, ptr %b, align 16
  %c0 = fcmp oeq x86_fp80 %x, %y
  %c1 = fcmp olt x86_fp80 %x, %y
  %c2 = fcmp ole x86_fp80 %x, %y
  %c3 = fcmp ogt x86_fp80 %x, %y
  %c4 = fcmp uno x86_fp80 %x, %y
  %c5 = fcmp une x86_fp80 %x, %y
  %c6 = fcmp ult x86_fp80 %x, %y
  %c7 = fcmp uge x86_fp80 %x, %y
  %z0 = zext i1 %c0 to i32
  %z1 = zext i1 %c1 to i32
  %z2 = zext i1 %c2 to i32
  %z3 = zext i1 %c3 to i32
  %z4 = zext i1 %c4 to i32
  %z5 = zext i1 %c5 to i32
  %z6 = zext i1 %c6 to i32
  %z7 = zext i1 %c7 to i32
  %s1 = shl i32 %z1, 1
  %s2 = shl i32 %z2, 2
  %s3 = shl i32 %z3, 3
  %s4 = shl i32 %z4, 4
  %s5 = shl i32 %z5, 5
  %s6 = shl i32 %z6, 6
  %s7 = shl i32 %z7, 7
  %o1 = or i32 %z0, %s1
  %o2 = or i32 %o1, %s2
  %o3 = or i32 %o2, %s3
  %o4 = or i32 %o3, %s4
  %o5 = or i32 %o4, %s5
  %o6 = or i32 %o5, %s6
  %o7 = or i32 %o6, %s7
  ret i32 %o7
}

define i64 @to_u64(ptr %a) {
  %x = load x86_fp80, ptr %a, align 16
  %r = fptoui x86_fp80 %x to i64
  ret i64 %r
}

define i64 @to_i64(ptr %a) {
  %x = load x86_fp80, ptr %a, align 16
  %r = fptosi x86_fp80 %x to i64
  ret i64 %r
}

define i32 @to_i8(ptr %a) {
  %x = load x86_fp80, ptr %a, align 16
  %r = fptosi x86_fp80 %x to i8
  %w = sext i8 %r to i32
  ret i32 %w
}

define i128 @to_i128(ptr %a) {
  %x = load x86_fp80, ptr %a, align 16
  %r = fptosi x86_fp80 %x to i128
  ret i128 %r
}

define void @from_u64(i64 %v, ptr %out) {
  %r = uitofp i64 %v to x86_fp80
  store x86_fp80 %r, ptr %out, align 16
  ret void
}

define void @from_i16(i16 %v, ptr %out) {
  %r = sitofp i16 %v to x86_fp80
  store x86_fp80 %r, ptr %out, align 16
  ret void
}

define void @from_i128(i128 %v, ptr %out) {
  %r = sitofp i128 %v to x86_fp80
  store x86_fp80 %r, ptr %out, align 16
  ret void
}

define void @from_u128(i128 %v, ptr %out) {
  %r = uitofp i128 %v to x86_fp80
  store x86_fp80 %r, ptr %out, align 16
  ret void
}

define double @to_double(ptr %a) {
  %x = load x86_fp80, ptr %a, align 16
  %r = fptrunc x86_fp80 %x to double
  ret double %r
}

define void @from_float(float %f, ptr %out) {
  %r = fpext float %f to x86_fp80
  store x86_fp80 %r, ptr %out, align 16
  ret void
}

define void @floor_const(ptr %out) {
  %f = call x86_fp80 @llvm.floor.f80(x86_fp80 0xKC000A000000000000000)
  %t = call x86_fp80 @llvm.trunc.f80(x86_fp80 0xKC000A000000000000000)
  %c = call x86_fp80 @llvm.copysign.f80(x86_fp80 %f, x86_fp80 0xK3FFF8000000000000000)
  %s = fadd x86_fp80 %c, %t
  store x86_fp80 %s, ptr %out, align 16
  ret void
}

declare x86_fp80 @llvm.floor.f80(x86_fp80)
declare x86_fp80 @llvm.trunc.f80(x86_fp80)
declare x86_fp80 @llvm.copysign.f80(x86_fp80, x86_fp80)
"#;

#[test]
fn x86_fp80_end_to_end() {
    let m = jit_core::reader::parse_module(IR, "x87.ll").unwrap();
    let obj = X64Backend
        .compile(&m, &CodegenOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let l = load(&obj);
    // SAFETY: the signature matches the IR definition.
    let binop: extern "C" fn(i32, *const u8, *const u8, *mut u8) = unsafe { l.func("binop") };
    let op = |k: i32, a: u128, b: u128| {
        let (x, y, mut out) = (bytes(a), bytes(b), [0u8; 16]);
        binop(k, x.as_ptr(), y.as_ptr(), out.as_mut_ptr());
        bits(&out)
    };
    assert_eq!(op(0, ld(1.5), ld(2.25)), ld(3.75));
    assert_eq!(op(1, ld(1.5), ld(2.25)), ld(-0.75));
    assert_eq!(op(2, ld(1.5), ld(-4.0)), ld(-6.0));
    // 1/3 rounded to a 64-bit significand, and 1 + 2^-63 (not a double).
    assert_eq!(op(3, ONE, ld(3.0)), 0x3ffd_aaaa_aaaa_aaaa_aaab);
    assert_eq!(op(0, ONE, ld(2f64.powi(-63))), ONE | 1);
    assert_eq!(op(4, ld(-7.5), ld(2.0)), ld(-1.5));
    assert_eq!(op(4, ld(1e300), ld(3.0)), ld(1e300 % 3.0));
    assert_eq!(op(5, ld(2.5), 0), ld(-2.5));

    // SAFETY: the signature matches the IR definition.
    let cmp: extern "C" fn(*const u8, *const u8) -> i32 = unsafe { l.func("cmp") };
    let c = |a: u128, b: u128| cmp(bytes(a).as_ptr(), bytes(b).as_ptr());
    let nan = ld(f64::NAN);
    // bits: oeq olt ole ogt uno une ult uge
    assert_eq!(c(ld(1.0), ld(2.0)), 0b0110_0110);
    assert_eq!(c(ld(2.0), ld(2.0)), 0b1000_0101);
    assert_eq!(c(ld(3.0), ld(2.0)), 0b1010_1000);
    assert_eq!(c(nan, ld(2.0)), 0b1111_0000);
    assert_eq!(c(ld(0.0), ld(-0.0)), 0b1000_0101);

    // SAFETY: the signature matches the IR definition.
    let to_u64: extern "C" fn(*const u8) -> u64 = unsafe { l.func("to_u64") };
    // SAFETY: the signature matches the IR definition.
    let to_i64: extern "C" fn(*const u8) -> i64 = unsafe { l.func("to_i64") };
    // SAFETY: the signature matches the IR definition.
    let to_i8: extern "C" fn(*const u8) -> i32 = unsafe { l.func("to_i8") };
    // SAFETY: the signature matches the IR definition.
    let to_i128: extern "C" fn(*const u8) -> i128 = unsafe { l.func("to_i128") };
    let u64_max = 0x403e_ffff_ffff_ffff_ffffu128;
    assert_eq!(to_u64(bytes(u64_max).as_ptr()), u64::MAX);
    assert_eq!(to_u64(bytes(ld(2f64.powi(63))).as_ptr()), 1 << 63);
    assert_eq!(to_u64(bytes(ld(12345.99)).as_ptr()), 12345);
    assert_eq!(to_i64(bytes(ld(-2.99)).as_ptr()), -2);
    assert_eq!(
        to_i64(bytes(ld(-9.2e18)).as_ptr()),
        -9_200_000_000_000_000_000
    );
    assert_eq!(to_i8(bytes(ld(-128.9)).as_ptr()), -128);
    assert_eq!(
        to_i128(bytes(ld(-(2f64.powi(100)))).as_ptr()),
        -(1i128 << 100)
    );

    // SAFETY: the signature matches the IR definition.
    let from_u64: extern "C" fn(u64, *mut u8) = unsafe { l.func("from_u64") };
    // SAFETY: the signature matches the IR definition.
    let from_i16: extern "C" fn(i16, *mut u8) = unsafe { l.func("from_i16") };
    // SAFETY: the signature matches the IR definition.
    let from_i128: extern "C" fn(i128, *mut u8) = unsafe { l.func("from_i128") };
    // SAFETY: the signature matches the IR definition.
    let from_u128: extern "C" fn(u128, *mut u8) = unsafe { l.func("from_u128") };
    let mut out = [0u8; 16];
    from_u64(u64::MAX, out.as_mut_ptr());
    assert_eq!(bits(&out), u64_max);
    from_u64(3, out.as_mut_ptr());
    assert_eq!(bits(&out), ld(3.0));
    from_i16(-300, out.as_mut_ptr());
    assert_eq!(bits(&out), ld(-300.0));
    from_i128(-(1i128 << 100) - (1 << 40), out.as_mut_ptr());
    // -(2^100 + 2^40): 61 significant bits, exact in x86_fp80 (not in double).
    assert_eq!(bits(&out), 0xc063_8000_0000_0000_0008);
    // 2^100 + 1 rounds to 2^100 (64-bit significand), ties-to-even at the boundary.
    from_u128((1u128 << 100) + 1, out.as_mut_ptr());
    assert_eq!(bits(&out), ld(2f64.powi(100)));
    from_u128(u128::MAX, out.as_mut_ptr());
    assert_eq!(bits(&out), ld(2f64.powi(128)));

    // SAFETY: the signature matches the IR definition.
    let to_double: extern "C" fn(*const u8) -> f64 = unsafe { l.func("to_double") };
    assert_eq!(to_double(bytes(op(3, ONE, ld(3.0))).as_ptr()), 1.0 / 3.0);
    // SAFETY: the signature matches the IR definition.
    let from_float: extern "C" fn(f32, *mut u8) = unsafe { l.func("from_float") };
    from_float(0.1, out.as_mut_ptr());
    assert_eq!(bits(&out), ld(f64::from(0.1f32)));

    // SAFETY: the signature matches the IR definition.
    let floor_const: extern "C" fn(*mut u8) = unsafe { l.func("floor_const") };
    floor_const(out.as_mut_ptr());
    // copysign(floor(-2.5), +1) + trunc(-2.5) = 3 + -2
    assert_eq!(bits(&out), ONE);
}
