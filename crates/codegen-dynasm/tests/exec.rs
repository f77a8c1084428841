//! Execution tests that need Rust: native code (this test, standing in for any C caller)
//! calling JIT code through the C ABI — aggregates returned in registers and through
//! `sret`, `byval` arguments, variadic definitions — plus code-generation errors, object
//! symbols and a compile-time scaling check.
//!
//! Everything that is plain IR semantics lives in the `.ll` filetests
//! (`tests/filetests/run/`, run by `cargo test -p jit-filetests`), which execute on the
//! interpreter and on the native engine of each host at every level.

mod support;

use jit_core::ir::{BinaryOp, CastOp, FunctionBuilder, InstKind, Intrinsic, Operand, Type};
use support::build::{compile, declare, define, module, parse};
use support::load;

/// Aggregates as a native caller sees them: `{i64, i64}` in `rax:rdx`, `{double, double}`
/// in `xmm0:xmm1`, `{i64, double}` in `rax:xmm0`, a 32-byte array through `sret`, and one
/// passed `byval` after eight integers. (JIT-to-JIT calls with the same shapes are in
/// `run/call-aggregates.ll`.)
#[test]
fn aggregates_cross_the_c_abi() {
    let m = parse(
        "define { i64, i64 } @mk(i64 %a, i64 %b) {
  %s1 = insertvalue { i64, i64 } undef, i64 %a, 0
  %s2 = insertvalue { i64, i64 } %s1, i64 %b, 1
  ret { i64, i64 } %s2
}
define { double, double } @dmk(double %a) {
  %a2 = fadd double %a, %a
  %s1 = insertvalue { double, double } zeroinitializer, double %a, 0
  %s2 = insertvalue { double, double } %s1, double %a2, 1
  ret { double, double } %s2
}
define { i64, double } @mixed(i64 %a, double %d) {
  %s1 = insertvalue { i64, double } undef, i64 %a, 0
  %s2 = insertvalue { i64, double } %s1, double %d, 1
  ret { i64, double } %s2
}
define void @fill(ptr sret([4 x i64]) %out, i64 %v) {
  store i64 %v, ptr %out
  %p1 = getelementptr inbounds i64, ptr %out, i64 1
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %p1
  %p2 = getelementptr inbounds i64, ptr %out, i64 2
  %v2 = add i64 %v, 2
  store i64 %v2, ptr %p2
  %p3 = getelementptr inbounds i64, ptr %out, i64 3
  %v3 = add i64 %v, 3
  store i64 %v3, ptr %p3
  ret void
}
define i64 @sum_byval(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, ptr byval([4 x i64]) align 8 %s) {
  %t1 = add i64 %a, %h
  %s0 = load i64, ptr %s
  %p3 = getelementptr inbounds i64, ptr %s, i64 3
  %s3 = load i64, ptr %p3
  %u1 = add i64 %t1, %s0
  %u2 = mul i64 %s3, 1000
  %u3 = add i64 %u1, %u2
  store i64 0, ptr %s
  ret i64 %u3
}
",
    );
    let l = load(&compile(&m));
    #[repr(C)]
    #[derive(Debug, PartialEq)]
    struct Pair(i64, i64);
    #[repr(C)]
    #[derive(Debug, PartialEq)]
    struct DPair(f64, f64);
    #[repr(C)]
    #[derive(Debug, PartialEq)]
    struct Mixed(i64, f64);
    #[repr(C)]
    struct Big([i64; 4]);
    // SAFETY: signatures match the IR.
    unsafe {
        let mk: extern "C" fn(i64, i64) -> Pair = l.func("mk");
        assert_eq!(mk(3, -4), Pair(3, -4));
        let dmk: extern "C" fn(f64) -> DPair = l.func("dmk");
        assert_eq!(dmk(1.25), DPair(1.25, 2.5));
        let mixed: extern "C" fn(i64, f64) -> Mixed = l.func("mixed");
        assert_eq!(mixed(7, 0.5), Mixed(7, 0.5));
        let fill: extern "C" fn(i64) -> Big = l.func("fill");
        assert_eq!(fill(10).0, [10, 11, 12, 13]);
        let sum: extern "C" fn(i64, i64, i64, i64, i64, i64, i64, i64, Big) -> i64 =
            l.func("sum_byval");
        let big = Big([100, 101, 102, 103]);
        assert_eq!(sum(1, 2, 3, 4, 5, 6, 7, 8, big), 1 + 8 + 100 + 103_000);
    }
}

/// An internal global is a local symbol of the object (the linker must not export it).
#[test]
fn internal_globals_are_local_symbols() {
    let m = parse(
        "@counter = global i32 5
@table = internal constant [2 x ptr] [ptr @counter, ptr null]
define ptr @first() {
  %p = load ptr, ptr @table
  ret ptr %p
}
",
    );
    let obj = compile(&m);
    let binding = |name: &str| {
        obj.symbols
            .iter()
            .find(|s| s.name == name && s.section.is_some())
            .map(|s| s.binding)
    };
    assert_eq!(binding("table"), Some(jit_core::object::Binding::Local));
    assert_eq!(binding("counter"), Some(jit_core::object::Binding::Global));
}

/// A native variadic call (this test) into a JIT variadic definition whose `va_list` is
/// read by the C library (JIT-to-JIT: `run/varargs.ll`).
#[test]
fn variadic_definition_builds_a_real_va_list() {
    // fmt_v(buf, n, fmt, ...) { va_list ap; va_start(ap); r = vsnprintf(buf, n, fmt, ap); va_end(ap); return r }
    let mut m = module();
    let vsn = declare(
        &mut m,
        "vsnprintf",
        Type::I32,
        &[Type::PTR, Type::I64, Type::PTR, Type::PTR],
        false,
    );
    let vs = declare(&mut m, "llvm.va_start.p0", Type::VOID, &[Type::PTR], false);
    let ve = declare(&mut m, "llvm.va_end.p0", Type::VOID, &[Type::PTR], false);
    let vc = declare(
        &mut m,
        "llvm.va_copy.p0",
        Type::VOID,
        &[Type::PTR, Type::PTR],
        false,
    );
    assert_eq!(m.functions[vs].intrinsic, Some(Intrinsic::VaStart));
    let ty = m
        .types
        .function(Type::I32, &[Type::PTR, Type::I64, Type::PTR], true);
    let f = m.define_function("fmt_v", ty).unwrap();
    let va_list = m.types.array(Type::I8, 24);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let ap = b.alloca(va_list);
    let ap2 = b.alloca(va_list);
    b.call_function(vs, &[ap.into()]);
    b.call_function(vc, &[ap2.into(), ap.into()]);
    let (buf, n, fmt) = (b.param(0), b.param(1), b.param(2));
    let (_, r) = b.call_function(vsn, &[buf.into(), n.into(), fmt.into(), ap2.into()]);
    b.call_function(ve, &[ap.into()]);
    b.ret(Some(r.unwrap().into()));
    let l = load(&compile(&m));
    // SAFETY: signature matches the IR (a C variadic function).
    unsafe {
        let f: unsafe extern "C" fn(*mut u8, i64, *const u8, ...) -> i32 = l.func("fmt_v");
        let mut buf = [0u8; 128];
        let fmt =
            c"%d %s %.3f %ld %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f".as_ptr();
        f(
            buf.as_mut_ptr(),
            128,
            fmt.cast(),
            1i32,
            c"two".as_ptr(),
            3.0f64,
            4i64,
            5i32,
            6i32,
            7i32,
            8i32,
            1.0f64,
            2.0f64,
            3.0f64,
            4.0f64,
            5.0f64,
            6.0f64,
            7.0f64,
            8.0f64,
            9.0f64,
        );
        let s = std::ffi::CStr::from_bytes_until_nul(&buf)
            .unwrap()
            .to_str()
            .unwrap();
        assert_eq!(
            s,
            "1 two 3.000 4 5 6 7 8 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0"
        );
    }
}

/// The `va_arg` instruction reading what a native variadic call passed (JIT-to-JIT:
/// `run/varargs.ll`).
#[test]
fn va_arg_reads_what_a_native_variadic_call_passed() {
    // pick(n, ...) = sum of 7 i64 va_args + (i64) sum of 9 double va_args
    let mut m = module();
    let vs = declare(&mut m, "llvm.va_start.p0", Type::VOID, &[Type::PTR], false);
    let ty = m.types.function(Type::I64, &[Type::I32], true);
    let f = m.define_function("pick", ty).unwrap();
    let va_list = m.types.array(Type::I8, 24);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let ap = b.alloca(va_list);
    b.call_function(vs, &[ap.into()]);
    let mut acc: Operand = b.module().const_i64(0).into();
    for _ in 0..7 {
        let v = b
            .ins(InstKind::VaArg { list: ap.into() }, Type::I64)
            .1
            .unwrap();
        acc = b.binary(BinaryOp::Add, acc, v).into();
    }
    let mut dacc: Operand = b.module().const_f64(0.0).into();
    for _ in 0..9 {
        let v = b
            .ins(InstKind::VaArg { list: ap.into() }, Type::F64)
            .1
            .unwrap();
        dacc = b.binary(BinaryOp::FAdd, dacc, v).into();
    }
    let di = b.cast(CastOp::FPToSI, dacc, Type::I64);
    let r = b.binary(BinaryOp::Add, acc, di);
    b.ret(Some(r.into()));
    let l = load(&compile(&m));
    // SAFETY: signatures match the IR.
    unsafe {
        let pick: unsafe extern "C" fn(i32, ...) -> i64 = l.func("pick");
        let r = pick(
            0, 1i64, 2i64, 3i64, 4i64, 5i64, 6i64, 7i64, 0.5f64, 1.5f64, 2.0f64, 3.0f64, 4.0f64,
            5.0f64, 6.0f64, 7.0f64, 8.0f64,
        );
        assert_eq!(r, 28 + 37);
    }
}

#[test]
fn unsupported_constructs_name_function_and_location() {
    use codegen_dynasm::X64Backend;
    use jit_core::backend::{Backend, CodegenError, CodegenOptions};
    use jit_core::ir::SrcLoc;
    // Vectors travel in SSE registers; a result wider than xmm0-xmm3 has no home.
    let mut m = module();
    let v32 = m.types.vector(Type::I32, 32);
    let f = define(&mut m, "vec_add", v32, &[v32, v32]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (x, y) = (b.param(0), b.param(1));
    let v = b.binary(BinaryOp::Add, x, y);
    b.ret(Some(v.into()));
    let err = X64Backend
        .compile(&m, &CodegenOptions::default())
        .unwrap_err();
    assert_eq!(
        err,
        CodegenError::Unsupported {
            function: "vec_add".into(),
            location: "test.ll:0:0".into(),
            message: "returning `<32 x i32>` (more than 64 bytes of vector)".into()
        }
    );
    // The same operation on vectors in memory is scalarized (jit-legalize); a vector
    // operation the legalizer does not rewrite fails at the instruction, with its location.
    let mut m = module();
    let v4 = m.types.vector(Type::I32, 4);
    let f = define(&mut m, "vec_add", Type::VOID, &[Type::PTR, Type::PTR]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    b.set_loc(SrcLoc { line: 7, col: 9 });
    let (p, q) = (b.param(0), b.param(1));
    let x = b.load(v4, p);
    let v = b.binary(BinaryOp::Add, x, x);
    b.store(v, q);
    b.ret(None);
    assert!(X64Backend.compile(&m, &CodegenOptions::default()).is_ok());
    let masked_ty = m.types.function(v4, &[Type::PTR, v4, v4], false);
    let masked = m
        .declare_function("llvm.masked.expandload.v4i32", masked_ty)
        .expect("declared");
    let g = define(&mut m, "vec_masked", Type::VOID, &[Type::PTR]);
    let mut b = FunctionBuilder::new(&mut m, g);
    let e = b.create_block(None);
    b.switch_to_block(e);
    b.set_loc(SrcLoc { line: 8, col: 3 });
    let p = b.param(0);
    let x = b.load(v4, p);
    b.call_function(masked, &[p.into(), x.into(), x.into()]);
    b.ret(None);
    let err = X64Backend
        .compile(&m, &CodegenOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "test.ll:8:3: in function `@vec_masked`: unsupported: intrinsic `llvm.masked.expandload.v4i32`"
    );

    let mut m = module();
    m.triple = Some("aarch64-unknown-linux-gnu".into());
    assert!(matches!(
        X64Backend.compile(&m, &CodegenOptions::default()),
        Err(CodegenError::WrongTarget { .. })
    ));
}

#[test]
fn huge_switch_into_one_phi_compiles_linearly() {
    // 40,000 sparse cases, each through its own block into one join phi.
    let n = 40_000u32;
    let mut m = module();
    let f = define(&mut m, "huge", Type::I64, &[Type::I32]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let entry = b.create_block(None);
    let dflt = b.create_block(None);
    let join = b.create_block(None);
    let blocks: Vec<_> = (0..n).map(|_| b.create_block(None)).collect();
    b.switch_to_block(entry);
    let p = b.param(0);
    let cases: Vec<(u128, jit_core::ir::Block)> = blocks
        .iter()
        .enumerate()
        .map(|(i, &bl)| (i as u128 * 7, bl))
        .collect();
    b.switch(p, dflt, &cases);
    for &bl in &blocks {
        b.switch_to_block(bl);
        b.br(join);
    }
    b.switch_to_block(dflt);
    b.br(join);
    b.switch_to_block(join);
    let phi = b.phi(Type::I64);
    b.ret(Some(phi.into()));
    for (i, &bl) in blocks.iter().enumerate() {
        let c = b.module().const_i64(i as i64 * 3);
        b.add_phi_incoming(phi, c, bl);
    }
    let d = b.module().const_i64(-1);
    b.add_phi_incoming(phi, d, dflt);
    let t = std::time::Instant::now();
    let obj = compile(&m);
    let dt = t.elapsed();
    assert!(
        dt.as_secs_f64() < 5.0,
        "compiling a {n}-case switch took {dt:?}"
    );
    let l = load(&obj);
    // SAFETY: signature matches the IR.
    let f: extern "C" fn(i32) -> i64 = unsafe { l.func("huge") };
    for i in [0, 1, 2, 999, 20_000, 39_999] {
        assert_eq!(f(i * 7), i as i64 * 3);
        assert_eq!(f(i * 7 + 1), -1);
    }
    assert_eq!(f(-7), -1);
}
