//! The optimizing tier (OptLevel 2) on hand-written IR that stresses the register
//! allocator and instruction selection: more live values than registers, values live
//! across calls, phi cycles (swap, rotation), critical edges, narrow and odd widths,
//! `i128`, aggregates. Each function runs natively; results are checked against values
//! computed in Rust and against tier 0 (OptLevel 0) on the same inputs. The last tests
//! snapshot the disassembly of small functions so code-quality regressions show in review
//! (re-bless with `INSTA_UPDATE=always cargo test -p codegen-dynasm --test opt`).

#![cfg(target_arch = "x86_64")]

mod support;

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::Module;
use jit_core::object::CompiledObject;
use support::{Loaded, disasm, load};

fn parse(text: &str) -> Module {
    let text = format!(
        "target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"\n\
         target triple = \"x86_64-unknown-linux-gnu\"\n{text}"
    );
    let m = jit_core::reader::parse_module(&text, "opt.ll").unwrap_or_else(|e| panic!("{e}"));
    jit_core::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    m
}

fn compile_at(m: &Module, level: u8) -> CompiledObject {
    X64Backend
        .compile(
            m,
            &CodegenOptions {
                opt_level: level,
                ..CodegenOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The module compiled by tier 0 and by the optimizing tier, both loaded.
fn both(text: &str) -> (Loaded, Loaded, CompiledObject) {
    let m = parse(text);
    let o2 = compile_at(&m, 2);
    (load(&compile_at(&m, 0)), load(&o2), o2)
}

/// 24 values live at once (more than the 13 allocatable integer registers), combined so
/// that every one matters in the result.
#[test]
fn more_live_values_than_registers() {
    let mut text = String::from("define i64 @pressure(i64 %x) {\n");
    for i in 0..24 {
        text += &format!("  %v{i} = mul i64 %x, {}\n", 2 * i + 3);
    }
    text += "  %s0 = xor i64 %v0, 1\n";
    for i in 1..24 {
        // Rotate through the values so none dies early.
        text += &format!("  %s{i} = add i64 %s{}, %v{}\n", i - 1, (i * 7) % 24);
        text += &format!("  %t{i} = xor i64 %s{i}, %v{}\n", 23 - i);
    }
    text += "  %r = add i64 %s23, %t23\n  ret i64 %r\n}\n";
    let (l0, l2, _) = both(&text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (extern "C" fn(i64) -> i64, extern "C" fn(i64) -> i64) =
        unsafe { (l0.func("pressure"), l2.func("pressure")) };
    for x in [0, 1, -1, 12345, i64::MIN, 0x5555_5555] {
        assert_eq!(f0(x), f2(x), "x = {x}");
    }
}

/// Float values live across calls must survive in callee-saved stack slots (SSE registers
/// are all caller-saved).
#[test]
fn floats_live_across_calls() {
    let text = "declare double @sqrt(double)
define double @f(double %a, double %b, double %c) {
  %x = fmul double %a, %b
  %y = fadd double %b, %c
  %s = call double @sqrt(double %a)
  %z = fsub double %x, %y
  %t = call double @sqrt(double %z)
  %u = fadd double %s, %t
  %w = fmul double %u, %c
  ret double %w
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (
        extern "C" fn(f64, f64, f64) -> f64,
        extern "C" fn(f64, f64, f64) -> f64,
    ) = unsafe { (l0.func("f"), l2.func("f")) };
    for (a, b, c) in [(4.0, 3.0, 1.0), (9.0, 2.5, -0.5), (100.0, 1.0, 2.0)] {
        assert_eq!(f0(a, b, c).to_bits(), f2(a, b, c).to_bits());
        let want = (a.sqrt() + (a * b - (b + c)).sqrt()) * c;
        assert_eq!(f2(a, b, c).to_bits(), want.to_bits());
    }
}

/// Integer values live across calls, more of them than callee-saved registers.
#[test]
fn integers_live_across_calls() {
    let mut text = String::from("declare i64 @labs(i64)\ndefine i64 @g(i64 %x) {\n");
    for i in 0..10 {
        text += &format!("  %v{i} = add i64 %x, {}\n", i * 1000 + 1);
    }
    text += "  %c = call i64 @labs(i64 %x)\n  %a0 = add i64 %c, %v0\n";
    for i in 1..10 {
        text += &format!("  %a{i} = mul i64 %a{}, %v{i}\n", i - 1);
    }
    text += "  ret i64 %a9\n}\n";
    let (l0, l2, _) = both(&text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (extern "C" fn(i64) -> i64, extern "C" fn(i64) -> i64) =
        unsafe { (l0.func("g"), l2.func("g")) };
    for x in [-7, 0, 3, 99] {
        assert_eq!(f0(x), f2(x));
    }
}

/// Phis that swap and rotate their values every iteration: the parallel moves on the back
/// edge form cycles.
#[test]
fn phi_swap_and_rotate() {
    let text = "define i64 @rot(i64 %n, i64 %a0, i64 %b0, i64 %c0) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %a = phi i64 [ %a0, %entry ], [ %b, %loop ]
  %b = phi i64 [ %b0, %entry ], [ %c, %loop ]
  %c = phi i64 [ %c0, %entry ], [ %a, %loop ]
  %x = phi i64 [ 1, %entry ], [ %y, %loop ]
  %y = phi i64 [ 2, %entry ], [ %x, %loop ]
  %i1 = add i64 %i, 1
  %done = icmp uge i64 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  %m = mul i64 %a, 1000000
  %k = mul i64 %b, 1000
  %s = add i64 %m, %k
  %t = add i64 %s, %c
  %u = mul i64 %t, 10
  %r = add i64 %u, %x
  ret i64 %r
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (
        extern "C" fn(i64, i64, i64, i64) -> i64,
        extern "C" fn(i64, i64, i64, i64) -> i64,
    ) = unsafe { (l0.func("rot"), l2.func("rot")) };
    for n in 1..8 {
        assert_eq!(f0(n, 1, 2, 3), f2(n, 1, 2, 3), "n = {n}");
    }
    // The exit sees the phis of the last iteration: the initial values after one, and
    // rotated once after two (a=2, b=3, c=1, x=2).
    assert_eq!(f2(1, 1, 2, 3), (1_000_000 + 2000 + 3) * 10 + 1);
    assert_eq!(f2(2, 1, 2, 3), (2_000_000 + 3000 + 1) * 10 + 2);
}

/// Critical edges (a conditional branch into a block with several predecessors) with phi
/// arguments that differ per edge.
#[test]
fn critical_edges_with_phis() {
    let text = "define i32 @crit(i32 %x, i32 %y) {
entry:
  %c = icmp slt i32 %x, %y
  br i1 %c, label %join, label %mid
mid:
  %d = icmp eq i32 %x, 7
  br i1 %d, label %join, label %other
other:
  %z = mul i32 %x, %y
  br label %join
join:
  %p = phi i32 [ %y, %entry ], [ 100, %mid ], [ %z, %other ]
  %q = phi i32 [ %x, %entry ], [ %y, %mid ], [ 5, %other ]
  %r = sub i32 %p, %q
  ret i32 %r
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (
        extern "C" fn(i32, i32) -> i32,
        extern "C" fn(i32, i32) -> i32,
    ) = unsafe { (l0.func("crit"), l2.func("crit")) };
    for (x, y) in [(1, 2), (7, 3), (9, 3), (-4, -9), (7, 7)] {
        assert_eq!(f0(x, y), f2(x, y), "({x}, {y})");
    }
    assert_eq!(f2(7, 3), 100 - 3);
    assert_eq!(f2(9, 3), 27 - 5);
}

/// Odd widths stay zero-extended through arithmetic, shifts and compares.
#[test]
fn odd_widths() {
    let text = "define i64 @odd(i64 %a, i64 %b) {
  %x = trunc i64 %a to i13
  %y = trunc i64 %b to i13
  %s = add i13 %x, %y
  %m = mul i13 %s, %x
  %h = ashr i13 %m, 3
  %c = icmp slt i13 %h, %y
  %z = zext i13 %h to i64
  %cz = zext i1 %c to i64
  %sh = shl i64 %cz, 20
  %r = or i64 %z, %sh
  ret i64 %r
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (
        extern "C" fn(i64, i64) -> i64,
        extern "C" fn(i64, i64) -> i64,
    ) = unsafe { (l0.func("odd"), l2.func("odd")) };
    for a in [0, 1, 4095, 4096, 8191, -1, 1234567] {
        for b in [0, 3, 8000, -5] {
            assert_eq!(f0(a, b), f2(a, b), "({a}, {b})");
        }
    }
}

/// 128-bit arithmetic on register pairs, through memory and back.
#[test]
fn i128_arithmetic() {
    let text = "define void @wide(ptr %out, i64 %a, i64 %b) {
  %x = zext i64 %a to i128
  %y = sext i64 %b to i128
  %p = mul i128 %x, %y
  %s = add i128 %p, %x
  %d = sub i128 %s, %y
  %l = shl i128 %d, 13
  %r = lshr i128 %l, 70
  %q = ashr i128 %d, 3
  %c = icmp ult i128 %q, %r
  %cz = zext i1 %c to i128
  %t = xor i128 %q, %cz
  store i128 %t, ptr %out
  %o2 = getelementptr i128, ptr %out, i64 1
  store i128 %r, ptr %o2
  ret void
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (
        extern "C" fn(*mut u128, i64, i64),
        extern "C" fn(*mut u128, i64, i64),
    ) = unsafe { (l0.func("wide"), l2.func("wide")) };
    for (a, b) in [
        (3, 4),
        (-1, -1),
        (i64::MAX, i64::MIN),
        (123456789, -987654321),
    ] {
        let (mut o0, mut o2) = ([0u128; 2], [0u128; 2]);
        f0(o0.as_mut_ptr(), a, b);
        f2(o2.as_mut_ptr(), a, b);
        assert_eq!(o0, o2, "({a}, {b})");
    }
}

/// Aggregates returned in two registers, taken apart and rebuilt without memory.
#[test]
fn aggregates_in_registers() {
    let text = "define { i64, double } @pair(i64 %a, double %b) {
  %p = insertvalue { i64, double } undef, i64 %a, 0
  %q = insertvalue { i64, double } %p, double %b, 1
  ret { i64, double } %q
}
define double @use_pair(i64 %a, double %b) {
  %r = call { i64, double } @pair(i64 %a, double %b)
  %x = extractvalue { i64, double } %r, 0
  %y = extractvalue { i64, double } %r, 1
  %f = sitofp i64 %x to double
  %s = fadd double %f, %y
  ret double %s
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (
        extern "C" fn(i64, f64) -> f64,
        extern "C" fn(i64, f64) -> f64,
    ) = unsafe { (l0.func("use_pair"), l2.func("use_pair")) };
    assert_eq!(f2(40, 2.5), 42.5);
    assert_eq!(f0(-3, 0.25), f2(-3, 0.25));
}

/// Every predicate of `fcmp` in branches, selects and values, with NaNs.
#[test]
fn float_predicates_with_nans() {
    let preds = [
        "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une",
        "uno",
    ];
    let mut text = String::new();
    for p in preds {
        text += &format!(
            "define i32 @v_{p}(double %a, double %b) {{
  %c = fcmp {p} double %a, %b
  %z = zext i1 %c to i32
  ret i32 %z
}}
define i32 @b_{p}(double %a, double %b) {{
entry:
  %c = fcmp {p} double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}}
define i32 @s_{p}(double %a, double %b) {{
  %c = fcmp {p} double %a, %b
  %s = select i1 %c, i32 1, i32 0
  ret i32 %s
}}
"
        );
    }
    let (l0, l2, _) = both(&text);
    let vals = [0.0, -0.0, 1.0, -2.5, f64::NAN, f64::INFINITY];
    for p in preds {
        for form in ["v", "b", "s"] {
            let name = format!("{form}_{p}");
            // SAFETY: the signature matches the IR.
            let (f0, f2): (
                extern "C" fn(f64, f64) -> i32,
                extern "C" fn(f64, f64) -> i32,
            ) = unsafe { (l0.func(&name), l2.func(&name)) };
            for a in vals {
                for b in vals {
                    assert_eq!(f0(a, b), f2(a, b), "{name}({a}, {b})");
                }
            }
        }
    }
}

/// A dense switch (jump table) and a sparse one (search) with phis in the targets.
#[test]
fn switches() {
    let text = "define i32 @sw(i32 %x) {
entry:
  switch i32 %x, label %d [ i32 0, label %a
                            i32 1, label %b
                            i32 2, label %c
                            i32 3, label %a
                            i32 5, label %b
                            i32 1000000, label %c ]
a:
  br label %j
b:
  br label %j
c:
  br label %j
d:
  br label %j
j:
  %r = phi i32 [ 10, %a ], [ 20, %b ], [ 30, %c ], [ %x, %d ]
  ret i32 %r
}";
    let (l0, l2, _) = both(text);
    // SAFETY: the signature matches the IR.
    let (f0, f2): (extern "C" fn(i32) -> i32, extern "C" fn(i32) -> i32) =
        unsafe { (l0.func("sw"), l2.func("sw")) };
    for x in [-1, 0, 1, 2, 3, 4, 5, 6, 999_999, 1_000_000, 1_000_001] {
        assert_eq!(f0(x), f2(x), "x = {x}");
    }
}

const KERNELS: &str = "@table = internal global [256 x i32] zeroinitializer, align 16
define i32 @crc_step(i32 %c, ptr %p) {
  %b = load i8, ptr %p, align 1
  %t = trunc i32 %c to i8
  %x = xor i8 %b, %t
  %i = zext i8 %x to i64
  %e = getelementptr inbounds [256 x i32], ptr @table, i64 0, i64 %i
  %v = load i32, ptr %e, align 4
  %s = lshr i32 %c, 8
  %r = xor i32 %v, %s
  ret i32 %r
}
define i64 @sum(ptr %a, i64 %n) {
entry:
  %z = icmp eq i64 %n, 0
  br i1 %z, label %exit, label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %p = getelementptr inbounds i64, ptr %a, i64 %i
  %v = load i64, ptr %p, align 8
  %s1 = add i64 %s, %v
  %i1 = add nuw i64 %i, 1
  %d = icmp eq i64 %i1, %n
  br i1 %d, label %exit, label %loop
exit:
  %r = phi i64 [ 0, %entry ], [ %s1, %loop ]
  ret i64 %r
}
define i32 @clamp(i32 %x, i32 %lo, i32 %hi) {
  %a = icmp slt i32 %x, %lo
  %b = select i1 %a, i32 %lo, i32 %x
  %c = icmp sgt i32 %b, %hi
  %d = select i1 %c, i32 %hi, i32 %b
  ret i32 %d
}
";

#[test]
fn kernels_run() {
    let (l0, l2, _) = both(KERNELS);
    // SAFETY: the signatures match the IR.
    unsafe {
        let (s0, s2): (
            extern "C" fn(*const i64, i64) -> i64,
            extern "C" fn(*const i64, i64) -> i64,
        ) = (l0.func("sum"), l2.func("sum"));
        let data: Vec<i64> = (0..100).map(|i| i * i - 50).collect();
        assert_eq!(s2(data.as_ptr(), 100), data.iter().sum());
        assert_eq!(s0(data.as_ptr(), 7), s2(data.as_ptr(), 7));
        assert_eq!(s2(data.as_ptr(), 0), 0);
        let c: extern "C" fn(i32, i32, i32) -> i32 = l2.func("clamp");
        assert_eq!((c(5, 0, 3), c(-5, 0, 3), c(2, 0, 3)), (3, 0, 2));
    }
}

#[test]
fn kernels_disassembly() {
    let (_, _, obj) = both(KERNELS);
    for f in ["crc_step", "sum", "clamp"] {
        insta::assert_snapshot!(format!("o2_{f}"), disasm(&obj, f));
    }
}
