//! C ABI through FFI: clang-made IR (`fixtures/abi_mapped.c`) calls Rust functions mapped with
//! `add_global_mapping` that take and return structs (byval, sret, register pairs, `<2 x
//! float>`), sign- and zero-extended small integers, calls back an interpreted function, and
//! hands an interpreted varargs function's `va_list` to `vsnprintf`.

use jit_core::ExecutionEngine;
use jit_interp::Interpreter;

/// The Rust functions the fixture calls and the tests that run it: the fixture is clang's
/// x86-64 output, so they exist only there.
#[cfg(target_arch = "x86_64")]
mod mapped_functions {
    use super::*;

    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Big {
        a: i64,
        b: i64,
        c: i64,
        d: i64,
    }
    #[repr(C)]
    struct Pair {
        x: i64,
        y: i64,
    }
    #[repr(C)]
    struct DPair {
        x: f64,
        y: f64,
    }
    #[repr(C)]
    struct FPair {
        x: f32,
        y: f32,
    }

    extern "C" fn take_big(b: Big, k: i32) -> i64 {
        (b.a + 2 * b.b + 3 * b.c + 4 * b.d) * i64::from(k)
    }
    extern "C" fn make_big(s: i64) -> Big {
        Big {
            a: s,
            b: s * 2,
            c: s * 3,
            d: s * 4,
        }
    }
    extern "C" fn swap_pair(p: Pair) -> Pair {
        Pair { x: p.y, y: p.x }
    }
    extern "C" fn scale_dpair(p: DPair, k: f64) -> DPair {
        DPair {
            x: p.x * k,
            y: p.y * k,
        }
    }
    extern "C" fn add_fpair(a: FPair, b: FPair) -> FPair {
        FPair {
            x: a.x + b.x,
            y: a.y + b.y,
        }
    }
    extern "C" fn neg_char(c: i8) -> i8 {
        c.wrapping_neg()
    }
    extern "C" fn inc_ushort(s: u16) -> u16 {
        s.wrapping_add(1)
    }
    extern "C" fn call_twice(f: extern "C" fn(i64) -> i64, v: i64) -> i64 {
        f(f(v))
    }

    fn run(ll: &str, name: &str) {
        let module = jit_core::reader::parse_module(ll, name).expect("fixture parses");
        let mut e = Interpreter::new();
        let map: [(&str, *const ()); 8] = [
            ("take_big", take_big as *const ()),
            ("make_big", make_big as *const ()),
            ("swap_pair", swap_pair as *const ()),
            ("scale_dpair", scale_dpair as *const ()),
            ("add_fpair", add_fpair as *const ()),
            ("neg_char", neg_char as *const ()),
            ("inc_ushort", inc_ushort as *const ()),
            ("call_twice", call_twice as *const ()),
        ];
        for (n, f) in map {
            e.add_global_mapping(n, f as u64);
        }
        e.add_module(module).expect("fixture loads");
        let code = e.run_main(&[name.to_string()], &[]).expect("runs");
        let expected = "300 5 20 25|8 7|4.5 -6|1.75 2.75|-5 0|15|str 0.667 q -9000000000";
        let out = e.get_global_value_address("out").unwrap();
        // SAFETY: `out` is a live, NUL-terminated char[128] global of the engine.
        let got = unsafe { std::ffi::CStr::from_ptr(out as *const std::ffi::c_char) };
        assert_eq!(got.to_str().unwrap(), expected, "{name}");
        assert_eq!(code, expected.len() as i32, "{name}");
    }

    #[test]
    fn structs_and_extensions_cross_ffi_at_o0() {
        run(
            include_str!("fixtures/abi_mapped.O0.ll"),
            "abi_mapped.O0.ll",
        );
    }

    #[test]
    fn structs_and_extensions_cross_ffi_at_o2() {
        run(
            include_str!("fixtures/abi_mapped.O2.ll"),
            "abi_mapped.O2.ll",
        );
    }
}

/// Calls `f` as a C varargs function.
extern "C" fn call_variadic(f: unsafe extern "C" fn(i32, ...) -> i32) -> i32 {
    // SAFETY: the test passes an interpreted varargs function's trampoline; the interpreter
    // reports the call as an error instead of reading variadic arguments.
    unsafe { f(1, 2) }
}

#[test]
fn interpreted_varargs_function_called_from_c_is_an_error() {
    let src = r#"
define internal i32 @vfn(i32 %n, ...) {
  ret i32 %n
}
declare i32 @call_variadic(ptr)
define i32 @go() {
  %r = call i32 @call_variadic(ptr @vfn)
  ret i32 %r
}
define i32 @direct() {
  %p = alloca ptr
  store ptr @vfn, ptr %p
  %f = load ptr, ptr %p
  %r = call i32 (i32, ...) %f(i32 9, i32 10)
  ret i32 %r
}
"#;
    let module = jit_core::reader::parse_module(src, "vfn.ll").expect("parses");
    let mut e = Interpreter::new();
    e.add_global_mapping("call_variadic", call_variadic as *const () as u64);
    e.add_module(module).unwrap();
    let err = e.run_function("go", &[]).unwrap_err();
    assert!(
        err.to_string()
            .contains("varargs function @vfn called from C"),
        "{err}"
    );
    // Through a pointer inside interpreted code it is interpreted directly and works.
    assert_eq!(
        e.run_function("direct", &[]).unwrap(),
        jit_core::GenericValue::int(32, 9)
    );
}

/// IR declaring native functions with vector signatures, calling them and an interpreted
/// function through a pointer (which stays interpreted, whatever libffi can express).
const VECTOR_CALLS: &str = r#"
declare <4 x float> @native_sub(<4 x float>, <4 x float>)
define internal <4 x float> @twice(<4 x float> %a) {
  %r = fadd <4 x float> %a, %a
  ret <4 x float> %r
}
define float @via_native() {
  %r = call <4 x float> @native_sub(<4 x float> <float 5.0, float 6.0, float 7.0, float 8.0>, <4 x float> <float 1.0, float 1.5, float -2.0, float 0.0>)
  %a = extractelement <4 x float> %r, i32 0
  %b = extractelement <4 x float> %r, i32 2
  %s = fadd float %a, %b
  ret float %s
}
define float @via_pointer() {
  %p = alloca ptr
  store ptr @twice, ptr %p
  %f = load ptr, ptr %p
  %r = call <4 x float> %f(<4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>)
  %x = extractelement <4 x float> %r, i32 3
  ret float %x
}
"#;

#[cfg(target_arch = "x86_64")]
#[test]
fn whole_sse_register_vectors_to_native_code_are_a_clean_error() {
    // libffi has no SSE+SSEUP class: a `__m128` argument cannot be passed through it.
    extern "C" fn never(a: f64) -> f64 {
        a
    }
    let module = jit_core::reader::parse_module(VECTOR_CALLS, "vec.ll").expect("parses");
    let mut e = Interpreter::new();
    e.add_global_mapping("native_sub", never as *const () as u64);
    e.add_module(module).unwrap();
    let err = e.run_function("via_native", &[]).unwrap_err().to_string();
    assert!(
        err.contains("16-byte vector in a call to native code"),
        "{err}"
    );
    assert_eq!(
        e.run_function("via_pointer", &[]).unwrap(),
        jit_core::GenericValue::Float(8.0)
    );
}

#[cfg(target_arch = "aarch64")]
#[test]
fn short_vectors_reach_native_code_in_q_registers() {
    use std::arch::aarch64::{float32x4_t, vsubq_f32};
    #[allow(improper_ctypes_definitions)] // NEON types travel in v registers, as in C.
    extern "C" fn native_sub(a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON is part of the AArch64 baseline.
        unsafe { vsubq_f32(a, b) }
    }
    let module = jit_core::reader::parse_module(VECTOR_CALLS, "vec.ll").expect("parses");
    let mut e = Interpreter::new();
    e.add_global_mapping("native_sub", native_sub as *const () as u64);
    e.add_module(module).unwrap();
    // (5 - 1) + (7 - -2)
    assert_eq!(
        e.run_function("via_native", &[]).unwrap(),
        jit_core::GenericValue::Float(13.0)
    );
    assert_eq!(
        e.run_function("via_pointer", &[]).unwrap(),
        jit_core::GenericValue::Float(8.0)
    );
}
