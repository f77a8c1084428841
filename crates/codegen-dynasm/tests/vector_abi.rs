//! Vectors and `fp128` between JIT code and native code on x86-64: compiled functions
//! called from Rust with `__m128` arguments and results (one whole SSE register each,
//! classes SSE+SSEUP; `fp128` travels the same way), and compiled code calling a native
//! Rust function through a pointer. The AArch64 twin is in `aarch64.rs`.
#![cfg(target_arch = "x86_64")]
// rustc passes SIMD types of an enabled target feature (SSE is baseline) in vector
// registers under `extern "C"`, exactly as C does `__m128`; the lint does not know that.
#![allow(improper_ctypes_definitions)]

mod support;

use std::arch::x86_64::{__m128, _mm_sub_ps};

use support::build::compile;
use support::load;

/// Functions with vector and `fp128` signatures, as clang emits them for `__m128`,
/// `__m128i` and `__float128`.
const IR: &str = r#"
define <4 x float> @muladd(<4 x float> %a, <4 x float> %b, <4 x float> %c) {
  %m = fmul <4 x float> %a, %b
  %s = fadd <4 x float> %m, %c
  ret <4 x float> %s
}

define <4 x float> @via_native(ptr %f, <4 x float> %a, <4 x float> %b) {
  %r = call <4 x float> %f(<4 x float> %a, <4 x float> %b)
  %s = fadd <4 x float> %r, <float 1.0, float 1.0, float 1.0, float 1.0>
  ret <4 x float> %s
}

define <2 x i64> @ninth(<2 x i64> %a0, <2 x i64> %a1, <2 x i64> %a2, <2 x i64> %a3, i32 %k, <2 x i64> %a4, <2 x i64> %a5, <2 x i64> %a6, <2 x i64> %a7, <2 x i64> %a8) {
  %s = add <2 x i64> %a0, %a8
  %kk = sext i32 %k to i64
  %v = insertelement <2 x i64> poison, i64 %kk, i32 0
  %w = shufflevector <2 x i64> %v, <2 x i64> poison, <2 x i32> zeroinitializer
  %r = add <2 x i64> %s, %w
  ret <2 x i64> %r
}

define fp128 @qpoly(fp128 %x, fp128 %a, fp128 %b) {
  %m = fmul fp128 %x, %a
  %s = fadd fp128 %m, %b
  ret fp128 %s
}
"#;

fn parse() -> jit_core::ir::Module {
    let text = format!(
        "target datalayout = \"{}\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n{IR}",
        codegen_dynasm::x64::X86_64_DATALAYOUT
    );
    let m = jit_core::reader::parse_module(&text, "test.ll").unwrap_or_else(|e| panic!("{e}"));
    jit_core::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    m
}

fn v(x: [f32; 4]) -> __m128 {
    // SAFETY: both are 16 plain bytes.
    unsafe { std::mem::transmute(x) }
}

fn lanes(x: __m128) -> [f32; 4] {
    // SAFETY: both are 16 plain bytes.
    unsafe { std::mem::transmute(x) }
}

fn bits<T>(x: u128) -> T {
    // SAFETY: only instantiated with 16-byte plain-data vector types.
    unsafe { std::mem::transmute_copy(&x) }
}

extern "C" fn native_sub(a: __m128, b: __m128) -> __m128 {
    // SAFETY: SSE is part of the x86-64 baseline.
    unsafe { _mm_sub_ps(a, b) }
}

/// binary128 bit patterns of small integers.
fn q(n: u32) -> u128 {
    if n == 0 {
        return 0;
    }
    let e = 31 - n.leading_zeros();
    let frac = (u128::from(n) << (112 - e)) & ((1u128 << 112) - 1);
    ((16383 + u128::from(e)) << 112) | frac
}

#[test]
fn vectors_and_fp128_cross_calls_with_native_code() {
    let l = load(&compile(&parse()));
    type V3 = extern "C" fn(__m128, __m128, __m128) -> __m128;
    // SAFETY: the signatures match the IR.
    let muladd: V3 = unsafe { l.func("muladd") };
    let r = muladd(
        v([1.0, 2.0, 3.0, 4.0]),
        v([0.5, -1.0, 2.0, 8.0]),
        v([10.0; 4]),
    );
    assert_eq!(lanes(r), [10.5, 8.0, 16.0, 42.0]);

    type Via = extern "C" fn(extern "C" fn(__m128, __m128) -> __m128, __m128, __m128) -> __m128;
    // SAFETY: as above.
    let via: Via = unsafe { l.func("via_native") };
    let r = via(
        native_sub,
        v([5.0, 6.0, 7.0, 8.0]),
        v([1.0, 1.5, -2.0, 0.0]),
    );
    assert_eq!(lanes(r), [5.0, 5.5, 10.0, 9.0]);

    // Nine 16-byte vectors: the ninth goes on the stack, 16-aligned.
    type Ninth = extern "C" fn(
        __m128,
        __m128,
        __m128,
        __m128,
        i32,
        __m128,
        __m128,
        __m128,
        __m128,
        __m128,
    ) -> __m128;
    // SAFETY: `__m128` and `<2 x i64>` are the same register class.
    let ninth: Ninth = unsafe { l.func("ninth") };
    let i = |a: u64, b: u64| bits::<__m128>(u128::from(a) | (u128::from(b) << 64));
    let z = i(0, 0);
    let r = ninth(i(1, 2), z, z, z, -3, z, z, z, z, i(100, 200));
    assert_eq!(lanes_u128(r), u128::from(98u64) | (199u128 << 64));

    // fp128 is an SSE+SSEUP value too: 3 * 5 + 7 = 22.
    // SAFETY: as above.
    let qpoly: V3 = unsafe { l.func("qpoly") };
    let r = qpoly(bits(q(3)), bits(q(5)), bits(q(7)));
    assert_eq!(lanes_u128(r), q(22));
}

fn lanes_u128(x: __m128) -> u128 {
    // SAFETY: both are 16 plain bytes.
    unsafe { std::mem::transmute(x) }
}
