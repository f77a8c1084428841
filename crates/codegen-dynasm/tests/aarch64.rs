//! AArch64 backend tests.
//!
//! - On every host: compile errors (`Unsupported`, `WrongTarget`), ELF objects written with
//!   `elfwrite` and checked with `aarch64-linux-gnu-objdump -dr` against stored disassembly
//!   (re-bless with `JIT_BLESS=1`), and a corpus program compiled, written as `.o`, linked
//!   with `aarch64-linux-gnu-gcc` and run under `qemu-aarch64-static` (each skipped with a
//!   note when the tool is missing).
//! - On AArch64 (natively or under `cargo xtask test-arm`): builder-made and `.ll` functions
//!   compiled by [`A64Backend`], loaded by the real engine (`jit_mcjit` + `mm_section`) and
//!   called, compared with reference semantics.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen_dynasm::A64Backend;
use codegen_dynasm::elfwrite::write_elf;
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::ir::Module;
use jit_core::object::{CompiledObject, RelocKind};
use support::build::{a64_module as module, add_function, compile_with, parse_a64 as parse};

fn compile(m: &Module) -> CompiledObject {
    compile_with(&A64Backend, m)
}

/// `add(i64, i64) -> i64`.
fn add_module() -> Module {
    let mut m = module();
    add_function(&mut m);
    m
}

/// `sum(n) = 0 + 1 + ... + (n - 1)`: a loop with phis and a fused compare-and-branch.
fn sum_module() -> Module {
    let mut m = module();
    support::build::sum_function(&mut m);
    m
}

// ------------------------------------------------------------------ errors

fn unsupported(text: &str) -> String {
    match A64Backend.compile(&parse(text), &CodegenOptions::default()) {
        Err(e @ CodegenError::Unsupported { .. }) => e.to_string(),
        other => panic!("expected Unsupported, got {other:?}"),
    }
}

#[test]
fn vector_arguments_beyond_four_q_registers_are_unsupported_with_a_location() {
    // clang passes such vectors by reference; a by-value one has no AAPCS64 home here.
    let msg = unsupported(
        "declare void @g(<32 x float>)\ndefine void @f(ptr %p) {\n  %v = load <32 x float>, ptr %p\n  call void @g(<32 x float> %v)\n  ret void\n}\n",
    );
    assert!(
        msg.contains("test.ll:6:3") && msg.contains("<32 x float>"),
        "{msg}"
    );
}

#[test]
fn thread_local_addresses_call_the_tls_runtime() {
    let text = "@t = thread_local global [3 x i64] zeroinitializer, align 32\n\
                declare ptr @llvm.threadlocal.address.p0(ptr)\n\
                define ptr @f() {\n  %p = call ptr @llvm.threadlocal.address.p0(ptr @t)\n  ret ptr %p\n}\n";
    let obj = A64Backend
        .compile(&parse(text), &CodegenOptions::default())
        .expect("compiles");
    assert!(
        obj.symbols.iter().any(|s| s.name == "__jit_tls_address"),
        "the intrinsic calls the emulated-TLS runtime"
    );
    // The variable's own storage is the initial image, laid out like any global.
    assert!(obj.symbols.iter().any(|s| s.name == "t"));
}

#[test]
fn fp128_compiles_and_x86_fp80_is_unsupported() {
    let fp128 = parse(
        "define fp128 @f(fp128 %a, double %d) {\n  %w = fpext double %d to fp128\n  %b = fadd fp128 %a, %w\n  %c = fcmp ult fp128 %b, 0xL00000000000000003FFF000000000000\n  %r = select i1 %c, fp128 %b, fp128 %a\n  ret fp128 %r\n}\n",
    );
    let obj = A64Backend
        .compile(&fp128, &CodegenOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let calls: Vec<&str> = obj.symbols.iter().map(|s| s.name.as_str()).collect();
    // `ult` is "not oge": `__getf2`, which answers false for unordered operands.
    for helper in ["__extenddftf2", "__addtf3", "__getf2"] {
        assert!(
            calls.contains(&helper),
            "{helper} not referenced: {calls:?}"
        );
    }
    let msg = unsupported(
        "define void @g(ptr %p) {\n  store x86_fp80 0xK3FFF8000000000000000, ptr %p\n  ret void\n}\n",
    );
    assert!(
        msg.contains("x87 long double") && msg.contains("@g"),
        "{msg}"
    );
}

#[test]
fn x86_modules_are_refused() {
    let mut m = add_module();
    m.triple = Some("x86_64-unknown-linux-gnu".into());
    assert!(matches!(
        A64Backend.compile(&m, &CodegenOptions::default()),
        Err(CodegenError::WrongTarget { .. })
    ));
}

// ------------------------------------------------------------------ objects and objdump

fn tool(name: &str) -> bool {
    Command::new(name).arg("--version").output().is_ok()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("a64-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// `objdump -dr` of the object, without the file-name line.
fn objdump(obj: &CompiledObject, name: &str) -> Option<String> {
    if !tool("aarch64-linux-gnu-objdump") {
        eprintln!("note: aarch64-linux-gnu-objdump missing (binutils-aarch64-linux-gnu); skipped");
        return None;
    }
    let path = temp(&format!("{name}.o"));
    std::fs::write(&path, write_elf(obj).unwrap()).unwrap();
    let out = Command::new("aarch64-linux-gnu-objdump")
        .args(["-dr", "--no-show-raw-insn"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        text.lines()
            .filter(|l| !l.contains("file format"))
            .map(|l| l.trim_end())
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
            + "\n",
    )
}

/// Compares with `tests/snapshots/aarch64/NAME.txt`; `JIT_BLESS=1` rewrites it.
fn check_snapshot(name: &str, text: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/aarch64")
        .join(format!("{name}.txt"));
    if std::env::var_os("JIT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        want == text,
        "disassembly of `{name}` differs from {}:\n--- want\n{want}\n--- got\n{text}\n\
         (re-bless with JIT_BLESS=1 cargo test -p codegen-dynasm --test aarch64)",
        path.display()
    );
}

#[test]
fn disassembly_of_add() {
    if let Some(text) = objdump(&compile(&add_module()), "add") {
        check_snapshot("add", &text);
    }
}

#[test]
fn disassembly_of_loop_with_phis() {
    if let Some(text) = objdump(&compile(&sum_module()), "sum") {
        check_snapshot("sum", &text);
    }
}

#[test]
fn disassembly_shows_relocations() {
    let m = parse(
        "@g = global i32 5\n@msg = constant [3 x i8] c\"hi\\00\"\n\
         declare i32 @puts(ptr)\n\
         define i32 @f() {\n  %v = load i32, ptr @g\n  %r = call i32 @puts(ptr @msg)\n  %s = add i32 %v, %r\n  ret i32 %s\n}\n",
    );
    if let Some(text) = objdump(&compile(&m), "relocs") {
        check_snapshot("relocs", &text);
        for r in [
            "R_AARCH64_ADR_PREL_PG_HI21",
            "R_AARCH64_ADD_ABS_LO12_NC",
            "R_AARCH64_CALL26\tputs",
        ] {
            assert!(text.contains(r), "{r} missing:\n{text}");
        }
    }
}

/// A dense switch becomes a table of `Pc32` entries in `.rodata`, reached by `adrp`+`add`.
#[test]
fn dense_switch_has_a_rodata_jump_table() {
    let m = parse(
        "define i32 @sw(i32 %x) {\nentry:\n  switch i32 %x, label %d [ i32 10, label %a  i32 11, label %b  i32 12, label %a  i32 14, label %b ]\n\
         a:\n  ret i32 1\nb:\n  ret i32 2\nd:\n  ret i32 0\n}\n",
    );
    let obj = compile(&m);
    let rodata = obj
        .sections
        .iter()
        .position(|s| s.name == ".rodata")
        .unwrap();
    let entries: Vec<_> = obj
        .relocations
        .iter()
        .filter(|r| r.section.0 as usize == rodata)
        .collect();
    assert_eq!(entries.len(), 5, "one entry per value 10..=14");
    assert!(entries.iter().all(|r| r.kind == RelocKind::Pc32));
    assert_eq!(obj.sections[rodata].size, 20);
    assert!(
        obj.relocations
            .iter()
            .any(|r| r.kind == RelocKind::AdrPrelPgHi21)
    );
}

/// A corpus program compiled by our backend, written as `.o`, linked by the cross gcc and
/// run under QEMU prints what the native program printed.
#[test]
fn written_object_links_and_runs_under_qemu() {
    if !tool("aarch64-linux-gnu-gcc") || !tool("qemu-aarch64-static") {
        eprintln!("note: aarch64-linux-gnu-gcc or qemu-aarch64-static missing; skipped");
        return;
    }
    let programs: Vec<_> = jit_tests::programs()
        .into_iter()
        .filter(|p| {
            ["recursion", "struct_hfa", "varargs", "computed_goto"].contains(&p.name.as_str())
        })
        .collect();
    assert_eq!(programs.len(), 4);
    jit_tests::check_corpus(
        "objects linked by gcc",
        &programs,
        &["O0", "O2"],
        |p, opt| {
            let name = &p.name;
            let text = std::fs::read_to_string(p.ll_path("aarch64", opt)).unwrap();
            let m = jit_core::reader::parse_module(&text, name).unwrap();
            let obj = compile(&m);
            let o = temp(&format!("{name}.{opt}.o"));
            let exe = temp(&format!("{name}.{opt}"));
            std::fs::write(&o, write_elf(&obj).unwrap()).unwrap();
            let st = Command::new("aarch64-linux-gnu-gcc")
                .arg(&o)
                .arg("-o")
                .arg(&exe)
                .arg("-lm")
                .status()
                .unwrap();
            assert!(st.success(), "linking {name}.{opt}");
            let out = Command::new("qemu-aarch64-static")
                .args(["-L", "/usr/aarch64-linux-gnu"])
                .arg(&exe)
                .args(&p.args)
                .output()
                .unwrap();
            Ok(Some(out.into()))
        },
    );
}

// ------------------------------------------------------------------ execution on AArch64

#[cfg(target_arch = "aarch64")]
// rustc passes NEON types in v registers under `extern "C"`, exactly as C does; the
// lint does not know that.
#[allow(improper_ctypes_definitions)]
mod exec {
    use super::*;
    use std::arch::aarch64::{float32x4_t, vsubq_f32};
    use support::build::binary_op_functions;
    use support::engine::{addr, engine};
    use support::reference::{OPS, SAMPLES, WIDTHS, check_binary_ops};

    #[test]
    fn add_and_loop() {
        let mut e = engine(add_module());
        // SAFETY: the signature matches the IR.
        let add: extern "C" fn(i64, i64) -> i64 =
            unsafe { std::mem::transmute(addr(&mut e, "add")) };
        assert_eq!(add(40, 2), 42);
        assert_eq!(add(-1, -1), -2);
        let mut e = engine(sum_module());
        // SAFETY: the signature matches the IR.
        let sum: extern "C" fn(i64) -> i64 = unsafe { std::mem::transmute(addr(&mut e, "sum")) };
        assert_eq!(sum(0), 0);
        assert_eq!(sum(10), 45);
        assert_eq!(sum(1000), 499_500);
    }

    #[test]
    fn integer_ops_at_every_width() {
        let mut m = module();
        let names = binary_op_functions(&mut m, &WIDTHS, &OPS);
        let mut e = engine(m);
        let checked = check_binary_ops(&names, &SAMPLES, |name| {
            // SAFETY: the signature matches the IR.
            unsafe { std::mem::transmute(addr(&mut e, name)) }
        });
        assert!(checked > 5_000);
    }

    #[test]
    fn stack_arguments_hfas_and_struct_returns() {
        let m = parse(
            "%D2 = type { double, double }\n\
             define i64 @many(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i32 signext %j) {\n\
               %s1 = mul i64 %i, 10\n  %s2 = add i64 %s1, %a\n  %j64 = sext i32 %j to i64\n  %s3 = mul i64 %j64, 100\n  %s4 = add i64 %s2, %s3\n  %s5 = add i64 %s4, %h\n  ret i64 %s5\n}\n\
             define i64 @call_many() {\n\
               %r = call i64 @many(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i32 signext -3)\n  ret i64 %r\n}\n\
             define float @sum4([4 x float] alignstack(8) %v) {\n\
               %a = extractvalue [4 x float] %v, 0\n  %b = extractvalue [4 x float] %v, 3\n  %s = fadd float %a, %b\n  ret float %s\n}\n\
             define float @call_sum4() {\n\
               %r = call float @sum4([4 x float] [float 1.5, float 2.0, float 3.0, float 4.25])\n  ret float %r\n}\n\
             define %D2 @swap([2 x double] alignstack(8) %v) {\n\
               %a = extractvalue [2 x double] %v, 0\n  %b = extractvalue [2 x double] %v, 1\n\
               %r0 = insertvalue %D2 undef, double %b, 0\n  %r1 = insertvalue %D2 %r0, double %a, 1\n  ret %D2 %r1\n}\n\
             define double @call_swap() {\n\
               %r = call %D2 @swap([2 x double] [double 1.0, double 8.0])\n  %x = extractvalue %D2 %r, 0\n  %y = extractvalue %D2 %r, 1\n\
               %z = fmul double %y, 0x4059000000000000\n  %s = fadd double %x, %z\n  ret double %s\n}\n\
             define i128 @mul128(i128 %a, i128 %b) {\n  %r = mul i128 %a, %b\n  ret i128 %r\n}\n\
             define i64 @hi_of_square(i64 %x) {\n  %w = zext i64 %x to i128\n  %p = call i128 @mul128(i128 %w, i128 %w)\n  %h = lshr i128 %p, 64\n  %t = trunc i128 %h to i64\n  ret i64 %t\n}\n",
        );
        let mut e = engine(m);
        // SAFETY: signatures match the IR.
        unsafe {
            let f: extern "C" fn() -> i64 = std::mem::transmute(addr(&mut e, "call_many"));
            assert_eq!(f(), 90 + 1 - 300 + 8);
            let f: extern "C" fn() -> f32 = std::mem::transmute(addr(&mut e, "call_sum4"));
            assert_eq!(f(), 5.75);
            let f: extern "C" fn() -> f64 = std::mem::transmute(addr(&mut e, "call_swap"));
            assert_eq!(f(), 8.0 + 100.0);
            let f: extern "C" fn(u64) -> u64 = std::mem::transmute(addr(&mut e, "hi_of_square"));
            assert_eq!(
                f(u64::MAX),
                ((u128::from(u64::MAX) * u128::from(u64::MAX)) >> 64) as u64
            );
        }
    }

    #[test]
    fn varargs_calls_and_float_intrinsics() {
        let m = parse(
            "@fmtstr = private constant [11 x i8] c\"%d %.2f %s\\00\"\n@x = private constant [2 x i8] c\"x\\00\"\n\
             declare i32 @snprintf(ptr, i64, ptr, ...)\n\
             declare double @llvm.fmuladd.f64(double, double, double)\n\
             declare double @llvm.floor.f64(double)\n\
             define i32 @fmt(ptr %buf) {\n\
               %r = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 64, ptr @fmtstr, i32 42, double 3.5, ptr @x)\n  ret i32 %r\n}\n\
             define double @fma(double %a, double %b, double %c) {\n\
               %r = call double @llvm.fmuladd.f64(double %a, double %b, double %c)\n  %f = call double @llvm.floor.f64(double %r)\n  ret double %f\n}\n\
             define i32 @conv(double %d) {\n  %i = fptosi double %d to i32\n  %u = uitofp i32 7 to double\n  %s = fadd double %d, %u\n  %j = fptoui double %s to i32\n  %r = add i32 %i, %j\n  ret i32 %r\n}\n",
        );
        let mut e = engine(m);
        // SAFETY: signatures match the IR; the buffer is 64 bytes.
        unsafe {
            let f: extern "C" fn(*mut u8) -> i32 = std::mem::transmute(addr(&mut e, "fmt"));
            let mut buf = [0u8; 64];
            let n = f(buf.as_mut_ptr()) as usize;
            assert_eq!(&buf[..n], b"42 3.50 x");
            let f: extern "C" fn(f64, f64, f64) -> f64 = std::mem::transmute(addr(&mut e, "fma"));
            assert_eq!(f(2.5, 2.0, 0.75), 5.0);
            let f: extern "C" fn(f64) -> i32 = std::mem::transmute(addr(&mut e, "conv"));
            assert_eq!(f(-2.5), -2 + 4);
        }
    }

    #[test]
    fn dense_switch_and_phi_swaps() {
        let m = parse(
            "define i32 @sw(i32 %x) {\nentry:\n  switch i32 %x, label %d [ i32 10, label %a  i32 11, label %b  i32 12, label %c  i32 14, label %a ]\n\
             a:\n  br label %join\nb:\n  br label %join\nc:\n  br label %join\nd:\n  br label %join\n\
             join:\n  %r = phi i32 [1, %a], [2, %b], [3, %c], [0, %d]\n  ret i32 %r\n}\n\
             define i64 @swap_loop(i64 %n) {\nentry:\n  br label %loop\nloop:\n\
               %a = phi i64 [1, %entry], [%b, %loop]\n  %b = phi i64 [2, %entry], [%a, %loop]\n\
               %i = phi i64 [0, %entry], [%i1, %loop]\n  %i1 = add i64 %i, 1\n  %c = icmp ult i64 %i1, %n\n\
               br i1 %c, label %loop, label %out\nout:\n  %r = mul i64 %a, 10\n  %s = add i64 %r, %b\n  ret i64 %s\n}\n",
        );
        let mut e = engine(m);
        // SAFETY: signatures match the IR.
        unsafe {
            let f: extern "C" fn(i32) -> i32 = std::mem::transmute(addr(&mut e, "sw"));
            let got: Vec<i32> = [9, 10, 11, 12, 13, 14, 15, -1]
                .iter()
                .map(|&x| f(x))
                .collect();
            assert_eq!(got, [0, 1, 2, 3, 0, 1, 0, 0]);
            let f: extern "C" fn(u64) -> u64 = std::mem::transmute(addr(&mut e, "swap_loop"));
            assert_eq!([f(1), f(2), f(3)], [12, 21, 12]);
        }
    }

    #[test]
    fn sparse_switch_searches() {
        let keys: Vec<i64> = (0..40).map(|i| i * i * 1001 - 7000).collect();
        let mut text =
            String::from("define i64 @sp(i64 %x) {\nentry:\n  switch i64 %x, label %d [");
        for (i, k) in keys.iter().enumerate() {
            text += &format!(" i64 {k}, label %c{i}");
        }
        text += " ]\nd:\n  ret i64 -1\n";
        for i in 0..keys.len() {
            text += &format!("c{i}:\n  ret i64 {i}\n");
        }
        text += "}\n";
        let mut e = engine(parse(&text));
        // SAFETY: the signature matches the IR.
        let f: extern "C" fn(i64) -> i64 = unsafe { std::mem::transmute(addr(&mut e, "sp")) };
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(f(k), i as i64, "case {k}");
            assert_eq!(f(k + 1), -1, "between cases after {k}");
        }
        assert_eq!(f(i64::MIN), -1);
        assert_eq!(f(i64::MAX), -1);
    }

    #[test]
    fn byval_arguments_are_copies() {
        let m = parse(
            "%S = type { [40 x i64] }\n%T = type { i64, i64, i64 }\n\
             define i64 @take(i64 %a, ptr byval(%S) align 8 %s, ptr byval(%T) align 16 %t) {\n\
               %p = getelementptr %S, ptr %s, i64 0, i32 0, i64 39\n  %x = load i64, ptr %p\n\
               store i64 0, ptr %p\n  %q = getelementptr %T, ptr %t, i64 0, i32 2\n  %y = load i64, ptr %q\n\
               %r = add i64 %x, %y\n  %r2 = add i64 %r, %a\n  ret i64 %r2\n}\n\
             define i64 @give() {\n  %s = alloca %S\n  %t = alloca %T\n\
               %p = getelementptr %S, ptr %s, i64 0, i32 0, i64 39\n  store i64 100, ptr %p\n\
               %q = getelementptr %T, ptr %t, i64 0, i32 2\n  store i64 20, ptr %q\n\
               %r = call i64 @take(i64 3, ptr byval(%S) align 8 %s, ptr byval(%T) align 16 %t)\n\
               %after = load i64, ptr %p\n  %sum = add i64 %r, %after\n  ret i64 %sum\n}\n",
        );
        let mut e = engine(m);
        // SAFETY: the signature matches the IR.
        let f: extern "C" fn() -> i64 = unsafe { std::mem::transmute(addr(&mut e, "give")) };
        // The callee's store hits its copy: the caller's struct still holds 100.
        assert_eq!(f(), 123 + 100);
    }

    /// Vector members of aggregates stay vectors (jit-legalize reads and rebuilds them
    /// with constant-lane `extractelement`/`insertelement`); the arithmetic is per lane.
    extern "C" fn native_sub(a: float32x4_t, b: float32x4_t) -> float32x4_t {
        // SAFETY: NEON is part of the AArch64 baseline.
        unsafe { vsubq_f32(a, b) }
    }

    fn v(x: [f32; 4]) -> float32x4_t {
        // SAFETY: both are 16 plain bytes.
        unsafe { std::mem::transmute(x) }
    }

    fn lanes<T>(x: float32x4_t) -> T {
        // SAFETY: only instantiated with 16-byte plain-data types.
        unsafe { std::mem::transmute_copy(&x) }
    }

    /// binary128 bit patterns of small integers.
    fn q(n: u32) -> float32x4_t {
        let e = 31 - n.leading_zeros();
        let frac = (u128::from(n) << (112 - e)) & ((1u128 << 112) - 1);
        // SAFETY: both are 16 plain bytes.
        unsafe { std::mem::transmute(((16383 + u128::from(e)) << 112) | frac) }
    }

    /// Vectors, HVAs of vectors and `fp128` between JIT code and native code: compiled
    /// functions called from Rust with `float32x4_t` (one q register each) and compiled
    /// code calling a native function through a pointer. The x86-64 twin is
    /// `tests/vector_abi.rs`.
    #[test]
    fn vectors_and_fp128_cross_calls_with_native_code() {
        let m = parse(
            r#"
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
%pair = type { <4 x float>, <4 x float> }
define %pair @swap([2 x <4 x float>] %p) {
  %a = extractvalue [2 x <4 x float>] %p, 0
  %b = extractvalue [2 x <4 x float>] %p, 1
  %r0 = insertvalue %pair poison, <4 x float> %b, 0
  %r1 = insertvalue %pair %r0, <4 x float> %a, 1
  ret %pair %r1
}
define <4 x float> @swap_second(<4 x float> %a, <4 x float> %b) {
  %p0 = insertvalue [2 x <4 x float>] poison, <4 x float> %a, 0
  %p1 = insertvalue [2 x <4 x float>] %p0, <4 x float> %b, 1
  %r = call %pair @swap([2 x <4 x float>] %p1)
  %x = extractvalue %pair %r, 1
  ret <4 x float> %x
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
"#,
        );
        let mut e = engine(m);
        type V3 = extern "C" fn(float32x4_t, float32x4_t, float32x4_t) -> float32x4_t;
        // SAFETY: the signatures match the IR.
        let muladd: V3 = unsafe { std::mem::transmute(addr(&mut e, "muladd")) };
        let r = muladd(
            v([1.0, 2.0, 3.0, 4.0]),
            v([0.5, -1.0, 2.0, 8.0]),
            v([10.0; 4]),
        );
        assert_eq!(lanes::<[f32; 4]>(r), [10.5, 8.0, 16.0, 42.0]);

        type Native = extern "C" fn(float32x4_t, float32x4_t) -> float32x4_t;
        type Via = extern "C" fn(Native, float32x4_t, float32x4_t) -> float32x4_t;
        // SAFETY: as above.
        let via: Via = unsafe { std::mem::transmute(addr(&mut e, "via_native")) };
        let r = via(
            native_sub,
            v([5.0, 6.0, 7.0, 8.0]),
            v([1.0, 1.5, -2.0, 0.0]),
        );
        assert_eq!(lanes::<[f32; 4]>(r), [5.0, 5.5, 10.0, 9.0]);

        // An HVA of two vectors (q0, q1 both ways, as clang does; rustc passes a struct of
        // two NEON vectors by reference, so JIT code makes this call).
        type Swap2 = extern "C" fn(float32x4_t, float32x4_t) -> float32x4_t;
        // SAFETY: as above.
        let second: Swap2 = unsafe { std::mem::transmute(addr(&mut e, "swap_second")) };
        let r = second(v([1.0; 4]), v([2.0; 4]));
        assert_eq!(lanes::<[f32; 4]>(r), [1.0; 4]);

        // Nine 16-byte vectors: the ninth goes on the stack, 16-aligned.
        type Ninth = extern "C" fn(
            float32x4_t,
            float32x4_t,
            float32x4_t,
            float32x4_t,
            i32,
            float32x4_t,
            float32x4_t,
            float32x4_t,
            float32x4_t,
            float32x4_t,
        ) -> float32x4_t;
        // SAFETY: `float32x4_t` and `<2 x i64>` both travel in q registers.
        let ninth: Ninth = unsafe { std::mem::transmute(addr(&mut e, "ninth")) };
        let i = |a: u64, b: u64| -> float32x4_t {
            // SAFETY: both are 16 plain bytes.
            unsafe { std::mem::transmute(u128::from(a) | (u128::from(b) << 64)) }
        };
        let z = i(0, 0);
        let r = ninth(i(1, 2), z, z, z, -3, z, z, z, z, i(100, 200));
        assert_eq!(lanes::<u128>(r), 98 | (199u128 << 64));

        // fp128 (long double) is a q register too: 3 * 5 + 7 = 22.
        // SAFETY: as above.
        let qpoly: V3 = unsafe { std::mem::transmute(addr(&mut e, "qpoly")) };
        let r = qpoly(q(3), q(5), q(7));
        assert_eq!(lanes::<u128>(r), lanes::<u128>(q(22)));
    }

    #[test]
    fn vector_members_of_aggregates() {
        let m = parse(
            "%P = type { <2 x float>, <4 x i32>, <3 x i16> }\n\
             define i64 @f(ptr %p, ptr %q) {\n\
               %s = load %P, ptr %p\n\
               %a = extractvalue %P %s, 0\n  %b = extractvalue %P %s, 1\n\
               %c = extractvalue %P %s, 2\n\
               %a2 = fmul <2 x float> %a, <float 2.0, float -1.0>\n\
               %b2 = shufflevector <4 x i32> %b, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>\n\
               %c2 = add <3 x i16> %c, <i16 1, i16 2, i16 3>\n\
               %t0 = insertvalue %P %s, <2 x float> %a2, 0\n\
               %t1 = insertvalue %P %t0, <4 x i32> %b2, 1\n\
               %t2 = insertvalue %P %t1, <3 x i16> %c2, 2\n\
               store %P %t2, ptr %q\n\
               %r = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> <i64 0, i64 5>)\n\
               %e = extractelement <4 x i32> %b2, i64 0\n  %w = sext i32 %e to i64\n\
               %x = add i64 %r, %w\n  ret i64 %x\n}\n\
             declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>)\n",
        );
        let mut e = engine(m);
        // SAFETY: the signature matches the IR.
        let f: extern "C" fn(*const u8, *mut u8) -> i64 =
            unsafe { std::mem::transmute(addr(&mut e, "f")) };
        #[repr(C)]
        struct P {
            a: [f32; 2],
            pad: [u8; 8],
            b: [i32; 4],
            c: [i16; 3],
            rest: [u8; 10],
        }
        let src = P {
            a: [1.5, 4.0],
            pad: [0; 8],
            b: [10, -20, 30, -40],
            c: [100, -1, 7],
            rest: [0; 10],
        };
        let mut dst = P {
            a: [0.0; 2],
            pad: [0; 8],
            b: [0; 4],
            c: [0; 3],
            rest: [0; 10],
        };
        let r = f((&raw const src).cast(), (&raw mut dst).cast());
        assert_eq!(r, 5 - 40);
        assert_eq!(dst.a, [3.0, -4.0]);
        assert_eq!(dst.b, [-40, 30, -20, 10]);
        assert_eq!(dst.c, [101, 1, 10]);
    }
}

// ------------------------------------------------------------------ inline asm

#[test]
fn inline_asm_barriers_and_hints() {
    let m = parse(
        r#"
define i64 @f(i64 %x) {
  call void asm sideeffect "", "~{memory}"()
  call void asm sideeffect ".p2align 4\0Anop", ""()
  call void asm sideeffect "yield", ""()
  call void asm sideeffect "dmb ish", "~{memory}"()
  call void asm sideeffect "isb", ""()
  %y = call i64 asm sideeffect "", "=r,0"(i64 %x)
  ret i64 %y
}
"#,
    );
    let obj = compile(&m);
    let words: Vec<u32> = obj
        .sections
        .iter()
        .filter(|s| s.kind == jit_core::memory::SectionKind::Code)
        .flat_map(|s| s.data.chunks_exact(4))
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    for w in [0xd503_203f_u32, 0xd503_3bbf, 0xd503_3fdf] {
        assert!(words.contains(&w), "{w:#x} missing");
    }
    // A general template is assembled: `rev x9, x10` sits between the operand moves.
    let m = parse(
        "define i64 @g(i64 %x) {\n  %r = call i64 asm \"rev $0, $1\", \"=r,r\"(i64 %x)\n  ret i64 %r\n}\n",
    );
    let obj = compile(&m);
    let words: Vec<u32> = obj
        .sections
        .iter()
        .filter(|s| s.kind == jit_core::memory::SectionKind::Code)
        .flat_map(|s| s.data.chunks_exact(4))
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    assert!(words.contains(&0xdac0_0d49), "rev x9, x10 missing");
    let msg = unsupported(
        "define i64 @h(i64 %x) {\n  %r = call i64 asm \"frob $0, $1\", \"=r,r\"(i64 %x)\n  ret i64 %r\n}\n",
    );
    assert!(
        msg.contains("frob $0, $1") && msg.contains("rejected"),
        "{msg}"
    );
}
