//! The AArch64 optimizing tier (OptLevel ≥ 1).
//!
//! - On every host: disassembly snapshots (`aarch64-linux-gnu-objdump -d`, stored with
//!   insta; re-bless with `INSTA_UPDATE=always cargo test -p codegen-dynasm --test
//!   aarch64_opt`) of small functions, so code quality is reviewable; each is skipped with
//!   a note when objdump is missing.
//! - On AArch64 (natively or under `cargo xtask test-arm`): functions compiled at -O2,
//!   loaded by the real engine and called, compared with reference semantics — every
//!   integer operation at every width with register and constant operands, compares,
//!   IEEE predicates, conversions, bit and overflow intrinsics, and the calling convention.

mod support;

use std::process::Command;

use codegen_dynasm::A64Backend;
use codegen_dynasm::elfwrite::write_elf;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::Module;
use jit_core::object::CompiledObject;
use support::build::parse_a64;

fn compile_o2(m: &Module) -> CompiledObject {
    A64Backend
        .compile(
            m,
            &CodegenOptions {
                opt_level: 2,
                ..CodegenOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

/// `objdump -d` of the object's code, without addresses' file name line.
fn objdump(obj: &CompiledObject, name: &str) -> Option<String> {
    if Command::new("aarch64-linux-gnu-objdump")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("note: aarch64-linux-gnu-objdump missing (binutils-aarch64-linux-gnu); skipped");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("a64-opt-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.o"));
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
            .filter(|l| !l.contains("file format") && !l.trim().is_empty())
            .map(|l| l.trim_end().replace('\t', " "))
            .collect::<Vec<_>>()
            .join("\n")
            + "\n",
    )
}

/// Panics when a function of `m` is compiled by tier 0 at -O2: tier 0's prologue is
/// recognisable by its patched frame size (`mov x16, #frame; movk; sub sp, sp, x16`).
fn assert_all_optimized(m: &Module) {
    let obj = compile_o2(m);
    let code = &obj.sections[0].data;
    for s in &obj.symbols {
        let (Some(sec), true) = (s.section, s.size >= 20) else {
            continue;
        };
        if sec.0 != 0 {
            continue;
        }
        let at = s.offset as usize + 16;
        let word = u32::from_le_bytes(code[at..at + 4].try_into().unwrap());
        assert_ne!(word, 0xcb30_63ff, "`{}` fell back to tier 0", s.name);
    }
}

fn snapshot(name: &str, ll: &str) {
    let m = parse_a64(ll);
    assert_all_optimized(&m);
    let obj = compile_o2(&m);
    if let Some(text) = objdump(&obj, name) {
        insta::assert_snapshot!(name, text);
    }
}

/// A loop over an `i32` array: the load takes `[base, index, lsl #2]`, the compare and
/// branch fuse, the sum stays in a register.
#[test]
fn sum_array_loop() {
    snapshot(
        "sum_array_loop",
        "define i32 @sum(ptr %a, i64 %n) {\nentry:\n  %z = icmp sgt i64 %n, 0\n  br i1 %z, label %loop, label %done\n\
         loop:\n  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]\n  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n\
           %p = getelementptr inbounds i32, ptr %a, i64 %i\n  %v = load i32, ptr %p, align 4\n\
           %s1 = add nsw i32 %v, %s\n  %i1 = add nuw nsw i64 %i, 1\n  %c = icmp eq i64 %i1, %n\n\
           br i1 %c, label %done, label %loop\n\
         done:\n  %r = phi i32 [ 0, %entry ], [ %s1, %loop ]\n  ret i32 %r\n}\n",
    );
}

/// Struct-array addressing: a `sext i32` index folds into `sxtw`, a 12-byte stride into
/// `madd`, field offsets into the immediate; `add` with a shifted and an extended operand.
#[test]
fn addressing_and_operand_folding() {
    snapshot(
        "addressing_and_operand_folding",
        "%S = type { i32, i32, i32 }\n\
         define i32 @field(ptr %s, i32 %i) {\n  %x = sext i32 %i to i64\n  %p = getelementptr inbounds %S, ptr %s, i64 %x, i32 2\n  %v = load i32, ptr %p\n  ret i32 %v\n}\n\
         define i64 @elem(ptr %a, i32 %i) {\n  %x = sext i32 %i to i64\n  %p = getelementptr inbounds i64, ptr %a, i64 %x\n  %v = load i64, ptr %p\n  ret i64 %v\n}\n\
         define i64 @ops(i64 %a, i64 %b, i32 %c) {\n  %s = shl i64 %b, 3\n  %t = add i64 %a, %s\n  %e = sext i32 %c to i64\n  %u = sub i64 %t, %e\n\
           %m = mul i64 %a, %b\n  %v = add i64 %u, %m\n  %n = xor i64 %b, -1\n  %w = and i64 %v, %n\n  %k = and i64 %w, 255\n  ret i64 %k\n}\n\
         define void @store_zero(ptr %p, i64 %i) {\n  %q = getelementptr inbounds i16, ptr %p, i64 %i\n  store i16 0, ptr %q\n  ret void\n}\n",
    );
}

/// Compares into `csel`/`cset`/`cneg`, `cbz`, `cmn` for negative immediates, `tst` for a
/// mask test, and the two-condition IEEE predicates.
#[test]
fn compares_and_selects() {
    snapshot(
        "compares_and_selects",
        "declare i32 @llvm.smax.i32(i32, i32)\ndeclare i64 @llvm.abs.i64(i64, i1)\n\
         define i32 @max(i32 %a, i32 %b) {\n  %r = call i32 @llvm.smax.i32(i32 %a, i32 %b)\n  ret i32 %r\n}\n\
         define i64 @abs(i64 %a) {\n  %r = call i64 @llvm.abs.i64(i64 %a, i1 false)\n  ret i64 %r\n}\n\
         define i32 @neg_imm(i32 %a) {\n  %c = icmp slt i32 %a, -5\n  %r = zext i1 %c to i32\n  ret i32 %r\n}\n\
         define i64 @masked(i64 %a, i64 %x, i64 %y) {\n  %m = and i64 %a, 16\n  %c = icmp eq i64 %m, 0\n  %r = select i1 %c, i64 %x, i64 %y\n  ret i64 %r\n}\n\
         define i32 @zero_branch(ptr %p) {\nentry:\n  %c = icmp eq ptr %p, null\n  br i1 %c, label %a, label %b\na:\n  ret i32 1\nb:\n  %v = load i32, ptr %p\n  ret i32 %v\n}\n\
         define i1 @one(double %a, double %b) {\n  %c = fcmp one double %a, %b\n  ret i1 %c\n}\n\
         define double @ueq_sel(double %a, double %b, double %x, double %y) {\n  %c = fcmp ueq double %a, %b\n  %r = select i1 %c, double %x, double %y\n  ret double %r\n}\n",
    );
}

/// `and`/`or` of compares: `cmp` + `ccmp` + one branch or `csel`.
#[test]
fn compare_chains_snapshot() {
    snapshot(
        "compare_chains",
        "define i32 @probe(ptr %keys, i64 %slot, i64 %key) {\nentry:\n  br label %loop\n\
         loop:\n  %s = phi i64 [ %slot, %entry ], [ %next, %loop ]\n  %p = getelementptr inbounds i64, ptr %keys, i64 %s\n\
           %k = load i64, ptr %p\n  %empty = icmp eq i64 %k, 0\n  %hit = icmp eq i64 %k, %key\n  %stop = or i1 %empty, %hit\n\
           %n = add i64 %s, 1\n  %next = and i64 %n, 8191\n  br i1 %stop, label %done, label %loop\n\
         done:\n  %r = zext i1 %hit to i32\n  ret i32 %r\n}\n\
         define i32 @in_range(i32 %x, i32 %lo, i32 %hi) {\n  %a = icmp sge i32 %x, %lo\n  %b = icmp slt i32 %x, %hi\n  %c = and i1 %a, %b\n  %r = select i1 %c, i32 %x, i32 0\n  ret i32 %r\n}\n",
    );
}

/// Narrow integers: `ubfiz`/`ubfx`/`sbfx` for shifts and extensions, sign-extending loads.
#[test]
fn narrow_integers() {
    snapshot(
        "narrow_integers",
        "define i8 @shl8(i8 %a) {\n  %r = shl i8 %a, 3\n  ret i8 %r\n}\n\
         define i16 @ashr16(i16 %a) {\n  %r = ashr i16 %a, 4\n  ret i16 %r\n}\n\
         define i64 @ld_sext(ptr %p) {\n  %v = load i16, ptr %p\n  %r = sext i16 %v to i64\n  ret i64 %r\n}\n\
         define i32 @add8(i8 %a, i8 %b) {\n  %s = add i8 %a, %b\n  %r = zext i8 %s to i32\n  ret i32 %r\n}\n\
         define i32 @sdiv4(i32 %a) {\n  %r = sdiv i32 %a, 4\n  ret i32 %r\n}\n\
         define i64 @urem(i64 %a, i64 %b) {\n  %r = urem i64 %a, %b\n  ret i64 %r\n}\n",
    );
}

/// Float code: `fmadd` for `fmuladd`, `frintm` for `floor`, `fminnm` for `minnum`,
/// `fmov` immediates and literal-pool constants, conversions.
#[test]
fn float_code() {
    snapshot(
        "float_code",
        "declare double @llvm.fmuladd.f64(double, double, double)\ndeclare double @llvm.floor.f64(double)\n\
         declare float @llvm.minnum.f32(float, float)\ndeclare double @llvm.copysign.f64(double, double)\n\
         define double @poly(double %x, double %y) {\n  %ny = fneg double %y\n  %a = call double @llvm.fmuladd.f64(double %x, double 2.0, double %ny)\n\
           %b = fmul double %a, 0x3FB999999999999A\n  %c = call double @llvm.floor.f64(double %b)\n  ret double %c\n}\n\
         define float @mn(float %a, float %b) {\n  %r = call float @llvm.minnum.f32(float %a, float %b)\n  ret float %r\n}\n\
         define double @cs(double %a, double %b) {\n  %r = call double @llvm.copysign.f64(double %a, double %b)\n  ret double %r\n}\n\
         define i64 @conv(double %d, i32 %i) {\n  %u = fptoui double %d to i64\n  %f = sitofp i32 %i to double\n  %g = fptosi double %f to i64\n  %r = add i64 %u, %g\n  ret i64 %r\n}\n",
    );
}

/// Calls: arguments in `x0`–`x7`/`v0`–`v7` and on the stack, values live across calls in
/// callee-saved registers saved with `stp`, an aggregate result in `x0:x1`.
#[test]
fn calls_and_frames() {
    snapshot(
        "calls_and_frames",
        "declare i64 @g(i64, i64, i64, i64, i64, i64, i64, i64, i64, double)\ndeclare [2 x i64] @pair(i64)\n\
         define i64 @f(i64 %a, i64 %b) {\n  %x = call i64 @g(i64 %a, i64 %b, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 %b, double 1.5)\n\
           %y = call i64 @g(i64 %x, i64 %a, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 0, double 0.0)\n\
           %p = call [2 x i64] @pair(i64 %y)\n  %q = extractvalue [2 x i64] %p, 1\n  %s = add i64 %q, %a\n  %t = add i64 %s, %x\n  ret i64 %t\n}\n",
    );
}

/// Bit operations: `cnt` through SIMD, `clz`, `rbit`+`clz`, `rev`, `ror`, `extr`.
#[test]
fn bit_operations() {
    snapshot(
        "bit_operations",
        "declare i64 @llvm.ctpop.i64(i64)\ndeclare i32 @llvm.ctlz.i32(i32, i1)\ndeclare i16 @llvm.cttz.i16(i16, i1)\n\
         declare i32 @llvm.bswap.i32(i32)\ndeclare i64 @llvm.fshl.i64(i64, i64, i64)\ndeclare i32 @llvm.fshr.i32(i32, i32, i32)\n\
         define i64 @pop(i64 %a) {\n  %r = call i64 @llvm.ctpop.i64(i64 %a)\n  ret i64 %r\n}\n\
         define i32 @lz(i32 %a) {\n  %r = call i32 @llvm.ctlz.i32(i32 %a, i1 false)\n  ret i32 %r\n}\n\
         define i16 @tz(i16 %a) {\n  %r = call i16 @llvm.cttz.i16(i16 %a, i1 false)\n  ret i16 %r\n}\n\
         define i32 @bs(i32 %a) {\n  %r = call i32 @llvm.bswap.i32(i32 %a)\n  ret i32 %r\n}\n\
         define i64 @rotl(i64 %a) {\n  %r = call i64 @llvm.fshl.i64(i64 %a, i64 %a, i64 13)\n  ret i64 %r\n}\n\
         define i32 @funnel(i32 %a, i32 %b) {\n  %r = call i32 @llvm.fshr.i32(i32 %a, i32 %b, i32 7)\n  ret i32 %r\n}\n",
    );
}

#[cfg(target_arch = "aarch64")]
mod exec {
    use super::*;
    use jit_core::ir::{BinaryOp, IntPredicate};
    use support::build::binary_op_functions;
    use support::engine::{addr, engine_at};
    use support::reference::{
        OPS, PREDS, SAMPLES, WIDTHS, check_binary_ops, mask, pred_ref, reference, sx,
    };

    /// `text` at -O2 in the engine, after checking that no function fell back to tier 0.
    fn o2(text: &str) -> jit_mcjit::Mcjit {
        let m = parse_a64(text);
        assert_all_optimized(&m);
        engine_at(m, 2)
    }

    fn fn1(e: &mut jit_mcjit::Mcjit, name: &str) -> extern "C" fn(i64) -> i64 {
        // SAFETY: every function looked up with this helper is `i64 (i64)`.
        unsafe { std::mem::transmute(addr(e, name)) }
    }

    fn fn2(e: &mut jit_mcjit::Mcjit, name: &str) -> extern "C" fn(i64, i64) -> i64 {
        // SAFETY: every function looked up with this helper is `i64 (i64, i64)`.
        unsafe { std::mem::transmute(addr(e, name)) }
    }

    #[test]
    fn integer_ops_at_every_width() {
        let mut m = support::build::a64_module();
        let names = binary_op_functions(&mut m, &WIDTHS, &OPS);
        let mut e = engine_at(m, 2);
        let checked = check_binary_ops(&names, &SAMPLES, |name| fn2(&mut e, name));
        assert!(checked > 5_000);
    }

    /// Constants that take every immediate path: `imm12` (shifted too), negated, bitmask,
    /// powers of two (shifts, masks, signed division), 2^n + 1 (`add` with a shift), none.
    const CONSTANTS: [i64; 18] = [
        1,
        2,
        3,
        4,
        5,
        8,
        9,
        16,
        255,
        4095,
        4096,
        0x12_3000,
        -1,
        -2,
        -4096,
        0xff00,
        0x5555_5555_5555_5555,
        0x1234_5678_9abc,
    ];

    #[test]
    fn integer_ops_with_constant_operands() {
        let mut text = String::new();
        let mut cases = Vec::new();
        for &w in &WIDTHS {
            for op in OPS {
                for (ki, &k) in CONSTANTS.iter().enumerate() {
                    let k = sx(w, mask(w, k as u64 as u128)) as i64;
                    let kv = if matches!(op, BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr) {
                        k.rem_euclid(i64::from(w))
                    } else {
                        k
                    };
                    for (side, lhs_const) in [("r", false), ("l", true)] {
                        let name = format!("{}_{w}_{ki}_{side}", op.name());
                        let ty = format!("i{w}");
                        let (a, b) = if lhs_const {
                            (kv.to_string(), "%x".to_string())
                        } else {
                            ("%x".to_string(), kv.to_string())
                        };
                        let conv = if w == 64 {
                            "  %x = add i64 %p, 0\n".to_string()
                        } else {
                            format!("  %x = trunc i64 %p to {ty}\n")
                        };
                        let back = if w == 64 {
                            "  ret i64 %r\n".to_string()
                        } else {
                            format!("  %z = zext {ty} %r to i64\n  ret i64 %z\n")
                        };
                        text += &format!(
                            "define i64 @{name}(i64 %p) {{\n{conv}  %r = {} {ty} {a}, {b}\n{back}}}\n",
                            op.name()
                        );
                        cases.push((name, op, w, kv, lhs_const));
                    }
                }
            }
        }
        let mut e = o2(&text);
        let mut checked = 0;
        for (name, op, w, k, lhs_const) in cases {
            let f = fn1(&mut e, &name);
            for &a in &SAMPLES {
                let a =
                    if lhs_const && matches!(op, BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr) {
                        a.rem_euclid(i64::from(w))
                    } else {
                        a
                    };
                let (x, y) = if lhs_const { (k, a) } else { (a, k) };
                if let Some(want) = reference(op, w, x, y) {
                    assert_eq!(f(a) as u64, want, "{name}({a}) with constant {k}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 30_000, "{checked}");
    }

    #[test]
    fn compares_in_branches_selects_and_values() {
        let mut text = String::new();
        let mut cases = Vec::new();
        for &w in &WIDTHS {
            let ty = format!("i{w}");
            let conv = |p: &str, x: &str| {
                if w == 64 {
                    format!("  %{x} = add i64 %{p}, 0\n")
                } else {
                    format!("  %{x} = trunc i64 %{p} to {ty}\n")
                }
            };
            for p in PREDS {
                let name = format!("{}_{w}", p.name());
                // As a value, as a select and as a branch, against a register and zero.
                text += &format!(
                    "define i64 @v_{name}(i64 %p, i64 %q) {{\n{}{}  %c = icmp {} {ty} %x, %y\n  %r = zext i1 %c to i64\n  ret i64 %r\n}}\n\
                     define i64 @s_{name}(i64 %p, i64 %q) {{\n{}{}  %c = icmp {} {ty} %x, %y\n  %r = select i1 %c, i64 7, i64 %q\n  ret i64 %r\n}}\n\
                     define i64 @b_{name}(i64 %p, i64 %q) {{\nentry:\n{}  %c = icmp {} {ty} %x, 0\n  br i1 %c, label %t, label %f\nt:\n  ret i64 1\nf:\n  ret i64 0\n}}\n",
                    conv("p", "x"),
                    conv("q", "y"),
                    p.name(),
                    conv("p", "x"),
                    conv("q", "y"),
                    p.name(),
                    conv("p", "x"),
                    p.name(),
                );
                cases.push((name, p, w));
            }
        }
        let mut e = o2(&text);
        for (name, p, w) in cases {
            let (v, s, b) = (
                fn2(&mut e, &format!("v_{name}")),
                fn2(&mut e, &format!("s_{name}")),
                fn2(&mut e, &format!("b_{name}")),
            );
            for &a in &SAMPLES {
                for &c in &SAMPLES {
                    let want = pred_ref(p, w, a, c);
                    assert_eq!(v(a, c), i64::from(want), "v_{name}({a}, {c})");
                    assert_eq!(s(a, c), if want { 7 } else { c }, "s_{name}({a}, {c})");
                }
                assert_eq!(b(a, 0), i64::from(pred_ref(p, w, a, 0)), "b_{name}({a})");
            }
        }
    }

    /// `and`/`or` of compares become `cmp` + `ccmp` chains in branches and selects.
    #[test]
    fn compare_chains() {
        let combos: [(IntPredicate, &str, IntPredicate, &str, bool); 8] = [
            (IntPredicate::Slt, "%y", IntPredicate::Ne, "7", false),
            (IntPredicate::Eq, "0", IntPredicate::Eq, "%y", true),
            (IntPredicate::Ugt, "%y", IntPredicate::Ult, "100", false),
            (IntPredicate::Sge, "-3", IntPredicate::Sle, "-1", true),
            (IntPredicate::Ne, "%y", IntPredicate::Sgt, "%y", false),
            (IntPredicate::Ule, "31", IntPredicate::Eq, "-31", true),
            (IntPredicate::Slt, "0", IntPredicate::Uge, "%y", false),
            (IntPredicate::Eq, "%y", IntPredicate::Ne, "120", true),
        ];
        let mut text = String::new();
        let mut cases = Vec::new();
        for &w in &[8u32, 32, 64] {
            let ty = format!("i{w}");
            let conv = |p: &str, x: &str| {
                if w == 64 {
                    format!("  %{x} = add i64 %{p}, 0\n")
                } else {
                    format!("  %{x} = trunc i64 %{p} to {ty}\n")
                }
            };
            for (k, &(p1, r1, p2, r2, or)) in combos.iter().enumerate() {
                let op = if or { "or" } else { "and" };
                let body = format!(
                    "{}{}  %c1 = icmp {} {ty} %x, {r1}\n  %c2 = icmp {} {ty} %x, {r2}\n  %c = {op} i1 %c1, %c2\n",
                    conv("p", "x"),
                    conv("q", "y"),
                    p1.name(),
                    p2.name()
                );
                text += &format!(
                    "define i64 @b{w}_{k}(i64 %p, i64 %q) {{\nentry:\n{body}  br i1 %c, label %t, label %f\nt:\n  ret i64 1\nf:\n  ret i64 0\n}}\n\
                     define i64 @s{w}_{k}(i64 %p, i64 %q) {{\n{body}  %r = select i1 %c, i64 %p, i64 5\n  ret i64 %r\n}}\n\
                     define i64 @n{w}_{k}(i64 %p, i64 %q) {{\n{body}  %n = xor i1 %c, true\n  %r = select i1 %n, i64 %p, i64 5\n  ret i64 %r\n}}\n"
                );
                cases.push((w, k, p1, r1, p2, r2, or));
            }
        }
        let mut e = o2(&text);
        for (w, k, p1, r1, p2, r2, or) in cases {
            let (b, s, n) = (
                fn2(&mut e, &format!("b{w}_{k}")),
                fn2(&mut e, &format!("s{w}_{k}")),
                fn2(&mut e, &format!("n{w}_{k}")),
            );
            for &x in &SAMPLES {
                for &y in &SAMPLES {
                    let operand = |r: &str| {
                        if r == "%y" {
                            y
                        } else {
                            r.parse::<i64>().unwrap()
                        }
                    };
                    let (c1, c2) = (
                        pred_ref(p1, w, x, operand(r1)),
                        pred_ref(p2, w, x, operand(r2)),
                    );
                    let c = if or { c1 || c2 } else { c1 && c2 };
                    assert_eq!(b(x, y), i64::from(c), "b{w}_{k}({x}, {y})");
                    assert_eq!(s(x, y), if c { x } else { 5 }, "s{w}_{k}({x}, {y})");
                    assert_eq!(n(x, y), if c { 5 } else { x }, "n{w}_{k}({x}, {y})");
                }
            }
        }
    }

    #[test]
    fn ieee_predicates() {
        const PREDS: [&str; 14] = [
            "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule",
            "une", "uno",
        ];
        let mut text = String::new();
        for p in PREDS {
            text += &format!(
                "define i64 @v_{p}(double %a, double %b) {{\n  %c = fcmp {p} double %a, %b\n  %r = zext i1 %c to i64\n  ret i64 %r\n}}\n\
                 define i64 @s_{p}(double %a, double %b) {{\n  %c = fcmp {p} double %a, %b\n  %r = select i1 %c, i64 5, i64 9\n  ret i64 %r\n}}\n\
                 define double @f_{p}(double %a, double %b) {{\n  %c = fcmp {p} double %a, %b\n  %r = select i1 %c, double %a, double 4.0\n  ret double %r\n}}\n\
                 define i64 @b_{p}(float %a, float %b) {{\nentry:\n  %c = fcmp {p} float %a, %b\n  br i1 %c, label %t, label %f\nt:\n  ret i64 1\nf:\n  ret i64 0\n}}\n"
            );
        }
        let mut e = o2(&text);
        let vals = [f64::NAN, -1.0, 0.0, -0.0, 2.5, f64::INFINITY];
        for p in PREDS {
            let reference = |a: f64, b: f64| -> bool {
                let uno = a.is_nan() || b.is_nan();
                match p {
                    "oeq" => !uno && a == b,
                    "ogt" => !uno && a > b,
                    "oge" => !uno && a >= b,
                    "olt" => !uno && a < b,
                    "ole" => !uno && a <= b,
                    "one" => !uno && a != b,
                    "ord" => !uno,
                    "ueq" => uno || a == b,
                    "ugt" => uno || a > b,
                    "uge" => uno || a >= b,
                    "ult" => uno || a < b,
                    "ule" => uno || a <= b,
                    "une" => uno || a != b,
                    _ => uno,
                }
            };
            // SAFETY: the signatures match the IR.
            let (v, s, f, b): (
                extern "C" fn(f64, f64) -> i64,
                extern "C" fn(f64, f64) -> i64,
                extern "C" fn(f64, f64) -> f64,
                extern "C" fn(f32, f32) -> i64,
            ) = unsafe {
                (
                    std::mem::transmute(addr(&mut e, &format!("v_{p}"))),
                    std::mem::transmute(addr(&mut e, &format!("s_{p}"))),
                    std::mem::transmute(addr(&mut e, &format!("f_{p}"))),
                    std::mem::transmute(addr(&mut e, &format!("b_{p}"))),
                )
            };
            for &x in &vals {
                for &y in &vals {
                    let want = reference(x, y);
                    assert_eq!(v(x, y), i64::from(want), "fcmp {p} {x} {y}");
                    assert_eq!(s(x, y), if want { 5 } else { 9 }, "select {p} {x} {y}");
                    let got = f(x, y);
                    let expect = if want { x } else { 4.0 };
                    assert!(
                        got.to_bits() == expect.to_bits() || (got.is_nan() && expect.is_nan()),
                        "fcsel {p} {x} {y}: {got}"
                    );
                    assert_eq!(b(x as f32, y as f32), i64::from(want), "branch {p} {x} {y}");
                }
            }
        }
    }

    #[test]
    fn conversions_and_float_intrinsics() {
        let m = o2(
            "declare double @llvm.floor.f64(double)\ndeclare double @llvm.ceil.f64(double)\n\
             declare double @llvm.trunc.f64(double)\ndeclare double @llvm.round.f64(double)\n\
             declare double @llvm.roundeven.f64(double)\ndeclare double @llvm.rint.f64(double)\n\
             declare double @llvm.nearbyint.f64(double)\ndeclare double @llvm.copysign.f64(double, double)\n\
             declare double @llvm.minnum.f64(double, double)\ndeclare double @llvm.maximum.f64(double, double)\n\
             declare double @llvm.fma.f64(double, double, double)\n\
             define double @floor(double %x) {\n  %r = call double @llvm.floor.f64(double %x)\n  ret double %r\n}\n\
             define double @ceil(double %x) {\n  %r = call double @llvm.ceil.f64(double %x)\n  ret double %r\n}\n\
             define double @trunc(double %x) {\n  %r = call double @llvm.trunc.f64(double %x)\n  ret double %r\n}\n\
             define double @round(double %x) {\n  %r = call double @llvm.round.f64(double %x)\n  ret double %r\n}\n\
             define double @roundeven(double %x) {\n  %r = call double @llvm.roundeven.f64(double %x)\n  ret double %r\n}\n\
             define double @rint(double %x) {\n  %r = call double @llvm.rint.f64(double %x)\n  ret double %r\n}\n\
             define double @nearbyint(double %x) {\n  %r = call double @llvm.nearbyint.f64(double %x)\n  ret double %r\n}\n\
             define double @copysign(double %x, double %y) {\n  %r = call double @llvm.copysign.f64(double %x, double %y)\n  ret double %r\n}\n\
             define double @minnum(double %x, double %y) {\n  %r = call double @llvm.minnum.f64(double %x, double %y)\n  ret double %r\n}\n\
             define double @maximum(double %x, double %y) {\n  %r = call double @llvm.maximum.f64(double %x, double %y)\n  ret double %r\n}\n\
             define double @fma(double %x, double %y) {\n  %r = call double @llvm.fma.f64(double %x, double %y, double 0x3FB999999999999A)\n  ret double %r\n}\n\
             declare double @llvm.fmuladd.f64(double, double, double)\n\
             define double @fms(double %x, double %y, double %z) {\n  %n = fneg double %x\n  %r = call double @llvm.fmuladd.f64(double %n, double %y, double %z)\n  ret double %r\n}\n\
             define double @fnms(double %x, double %y, double %z) {\n  %n = fneg double %z\n  %r = call double @llvm.fmuladd.f64(double %x, double %y, double %n)\n  ret double %r\n}\n\
             define double @fnma(double %x, double %y, double %z) {\n  %n = fneg double %x\n  %m = fneg double %z\n  %r = call double @llvm.fmuladd.f64(double %n, double %y, double %m)\n  ret double %r\n}\n\
             define double @twice(double %x) {\n  %r = fmul double 2.0, %x\n  ret double %r\n}\n\
             define i64 @to_u64(double %x) {\n  %r = fptoui double %x to i64\n  ret i64 %r\n}\n\
             define i64 @to_i8(double %x) {\n  %r = fptosi double %x to i8\n  %z = zext i8 %r to i64\n  ret i64 %z\n}\n\
             define double @from_u64(i64 %x) {\n  %r = uitofp i64 %x to double\n  ret double %r\n}\n\
             define double @from_i16(i64 %x) {\n  %t = trunc i64 %x to i16\n  %r = sitofp i16 %t to double\n  ret double %r\n}\n\
             define float @narrowed(double %x) {\n  %r = fptrunc double %x to float\n  ret float %r\n}\n\
             define i64 @bits(double %x) {\n  %r = bitcast double %x to i64\n  ret i64 %r\n}\n",
        );
        let mut e = m;
        let unary = |e: &mut jit_mcjit::Mcjit, n: &str| -> extern "C" fn(f64) -> f64 {
            // SAFETY: `double (double)`.
            unsafe { std::mem::transmute(addr(e, n)) }
        };
        let binary = |e: &mut jit_mcjit::Mcjit, n: &str| -> extern "C" fn(f64, f64) -> f64 {
            // SAFETY: `double (double, double)`.
            unsafe { std::mem::transmute(addr(e, n)) }
        };
        let xs = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.7, -0.0, 1e300];
        for &x in &xs {
            assert_eq!(unary(&mut e, "floor")(x), x.floor(), "floor {x}");
            assert_eq!(unary(&mut e, "ceil")(x), x.ceil(), "ceil {x}");
            assert_eq!(unary(&mut e, "trunc")(x), x.trunc(), "trunc {x}");
            assert_eq!(unary(&mut e, "round")(x), x.round(), "round {x}");
            assert_eq!(
                unary(&mut e, "roundeven")(x),
                x.round_ties_even(),
                "roundeven {x}"
            );
            assert_eq!(unary(&mut e, "rint")(x), x.round_ties_even(), "rint {x}");
            assert_eq!(
                unary(&mut e, "nearbyint")(x),
                x.round_ties_even(),
                "nearbyint {x}"
            );
            assert_eq!(
                binary(&mut e, "copysign")(3.0, x).to_bits(),
                3.0f64.copysign(x).to_bits()
            );
            assert_eq!(
                binary(&mut e, "fma")(x, 3.0),
                x.mul_add(3.0, 0.1),
                "fma {x}"
            );
        }
        let ternary = |e: &mut jit_mcjit::Mcjit, n: &str| -> extern "C" fn(f64, f64, f64) -> f64 {
            // SAFETY: `double (double, double, double)`.
            unsafe { std::mem::transmute(addr(e, n)) }
        };
        for &x in &xs {
            let (y, z) = (1.25, 0.3);
            assert_eq!(
                ternary(&mut e, "fms")(x, y, z),
                (-x).mul_add(y, z),
                "fms {x}"
            );
            assert_eq!(
                ternary(&mut e, "fnms")(x, y, z),
                x.mul_add(y, -z),
                "fnms {x}"
            );
            assert_eq!(
                ternary(&mut e, "fnma")(x, y, z),
                (-x).mul_add(y, -z),
                "fnma {x}"
            );
            assert_eq!(unary(&mut e, "twice")(x), x * 2.0, "twice {x}");
        }
        assert_eq!(binary(&mut e, "minnum")(f64::NAN, 2.0), 2.0);
        assert_eq!(binary(&mut e, "minnum")(-3.0, 2.0), -3.0);
        assert!(binary(&mut e, "maximum")(f64::NAN, 2.0).is_nan());
        assert_eq!(binary(&mut e, "maximum")(-3.0, 2.0), 2.0);
        // SAFETY: the signatures match the IR.
        unsafe {
            let f: extern "C" fn(f64) -> u64 = std::mem::transmute(addr(&mut e, "to_u64"));
            assert_eq!(f(1.8446744073709550e19), 18_446_744_073_709_549_568);
            assert_eq!(f(3.9), 3);
            let f: extern "C" fn(f64) -> u64 = std::mem::transmute(addr(&mut e, "to_i8"));
            assert_eq!(f(-3.9), 0xfd);
            let f: extern "C" fn(u64) -> f64 = std::mem::transmute(addr(&mut e, "from_u64"));
            assert_eq!(f(u64::MAX), 18_446_744_073_709_551_615.0);
            let f: extern "C" fn(u64) -> f64 = std::mem::transmute(addr(&mut e, "from_i16"));
            assert_eq!(f(0xffff_8000), -32768.0);
            let f: extern "C" fn(f64) -> f32 = std::mem::transmute(addr(&mut e, "narrowed"));
            assert_eq!(f(0.1), 0.1f32);
            let f: extern "C" fn(f64) -> u64 = std::mem::transmute(addr(&mut e, "bits"));
            assert_eq!(f(-0.0), 1 << 63);
        }
    }

    #[test]
    fn bit_overflow_and_saturating_intrinsics() {
        let mut text = String::new();
        for w in [8u32, 16, 32, 64] {
            let t = format!("i{w}");
            let conv = if w == 64 {
                "  %x = add i64 %p, 0\n  %y = add i64 %q, 0\n".to_string()
            } else {
                format!("  %x = trunc i64 %p to {t}\n  %y = trunc i64 %q to {t}\n")
            };
            let ret = |v: &str| {
                if w == 64 {
                    format!("  ret i64 {v}\n")
                } else {
                    format!("  %z = zext {t} {v} to i64\n  ret i64 %z\n")
                }
            };
            for f in ["ctpop", "bswap", "bitreverse"] {
                if f == "bswap" && w == 8 {
                    continue;
                }
                text += &format!(
                    "declare {t} @llvm.{f}.{t}({t})\ndefine i64 @{f}{w}(i64 %p, i64 %q) {{\n{conv}  %r = call {t} @llvm.{f}.{t}({t} %x)\n{}}}\n",
                    ret("%r")
                );
            }
            for f in ["ctlz", "cttz"] {
                text += &format!(
                    "declare {t} @llvm.{f}.{t}({t}, i1)\ndefine i64 @{f}{w}(i64 %p, i64 %q) {{\n{conv}  %r = call {t} @llvm.{f}.{t}({t} %x, i1 false)\n{}}}\n",
                    ret("%r")
                );
            }
            for f in ["sadd", "uadd", "ssub", "usub", "smul", "umul"] {
                text += &format!(
                    "declare {{{t}, i1}} @llvm.{f}.with.overflow.{t}({t}, {t})\n\
                     define i64 @{f}v{w}(i64 %p, i64 %q) {{\n{conv}  %s = call {{{t}, i1}} @llvm.{f}.with.overflow.{t}({t} %x, {t} %y)\n\
                       %v = extractvalue {{{t}, i1}} %s, 0\n{}}}\n\
                     define i64 @{f}f{w}(i64 %p, i64 %q) {{\n{conv}  %s = call {{{t}, i1}} @llvm.{f}.with.overflow.{t}({t} %x, {t} %y)\n\
                       %o = extractvalue {{{t}, i1}} %s, 1\n  %r = zext i1 %o to i64\n  ret i64 %r\n}}\n",
                    ret("%v")
                );
            }
            for f in ["sadd", "uadd", "ssub", "usub"] {
                text += &format!(
                    "declare {t} @llvm.{f}.sat.{t}({t}, {t})\ndefine i64 @{f}s{w}(i64 %p, i64 %q) {{\n{conv}  %r = call {t} @llvm.{f}.sat.{t}({t} %x, {t} %y)\n{}}}\n",
                    ret("%r")
                );
            }
            text += &format!(
                "declare {t} @llvm.fshl.{t}({t}, {t}, {t})\ndefine i64 @rotl{w}(i64 %p, i64 %q) {{\n{conv}  %r = call {t} @llvm.fshl.{t}({t} %x, {t} %x, {t} %y)\n{}}}\n",
                ret("%r")
            );
        }
        let mut e = o2(&text);
        for w in [8u32, 16, 32, 64] {
            let m = |x: i64| mask(w, x as u64 as u128);
            for &a in &SAMPLES {
                let ua = m(a);
                let call = |e: &mut jit_mcjit::Mcjit, n: &str, b: i64| {
                    fn2(e, &format!("{n}{w}"))(a, b) as u64 as u128
                };
                assert_eq!(
                    call(&mut e, "ctpop", 0),
                    u128::from(ua.count_ones()),
                    "ctpop{w} {a}"
                );
                let lz = if ua == 0 {
                    w
                } else {
                    ua.leading_zeros() - (128 - w)
                };
                assert_eq!(call(&mut e, "ctlz", 0), u128::from(lz), "ctlz{w} {a}");
                let tz = if ua == 0 { w } else { ua.trailing_zeros() };
                assert_eq!(call(&mut e, "cttz", 0), u128::from(tz), "cttz{w} {a}");
                if w > 8 {
                    let swapped = (ua << (128 - w)).swap_bytes();
                    assert_eq!(call(&mut e, "bswap", 0), swapped, "bswap{w} {a}");
                }
                let rev = (ua << (128 - w)).reverse_bits();
                assert_eq!(call(&mut e, "bitreverse", 0), rev, "bitreverse{w} {a}");
                for &b in &SAMPLES {
                    let ub = m(b);
                    let (sa, sb) = (sx(w, ua), sx(w, ub));
                    let fits_s = |r: i128| r >= -(1i128 << (w - 1)) && r < (1i128 << (w - 1));
                    let fits_u = |r: i128| r >= 0 && r < (1i128 << w);
                    let ovf = [
                        ("sadd", sa + sb, !fits_s(sa + sb)),
                        ("uadd", (ua + ub) as i128, !fits_u((ua + ub) as i128)),
                        ("ssub", sa - sb, !fits_s(sa - sb)),
                        (
                            "usub",
                            ua as i128 - ub as i128,
                            !fits_u(ua as i128 - ub as i128),
                        ),
                        ("smul", sa * sb, !fits_s(sa * sb)),
                        ("umul", (ua * ub) as i128, !fits_u((ua * ub) as i128)),
                    ];
                    for (f, r, o) in ovf {
                        assert_eq!(
                            fn2(&mut e, &format!("{f}v{w}"))(a, b) as u64,
                            mask(w, r as u128) as u64,
                            "{f}.with.overflow.i{w}({a}, {b}) value"
                        );
                        assert_eq!(
                            fn2(&mut e, &format!("{f}f{w}"))(a, b),
                            i64::from(o),
                            "{f}.with.overflow.i{w}({a}, {b}) flag"
                        );
                    }
                    let smax = (1i128 << (w - 1)) - 1;
                    let smin = -(1i128 << (w - 1));
                    let umax = (1i128 << w) - 1;
                    let sat = [
                        ("sadd", (sa + sb).clamp(smin, smax)),
                        ("uadd", (ua as i128 + ub as i128).clamp(0, umax)),
                        ("ssub", (sa - sb).clamp(smin, smax)),
                        ("usub", (ua as i128 - ub as i128).clamp(0, umax)),
                    ];
                    for (f, r) in sat {
                        assert_eq!(
                            fn2(&mut e, &format!("{f}s{w}"))(a, b) as u64,
                            mask(w, r as u128) as u64,
                            "{f}.sat.i{w}({a}, {b})"
                        );
                    }
                    let k = ub % u128::from(w);
                    let rot = if k == 0 {
                        ua
                    } else {
                        mask(w, (ua << k) | (ua >> (u128::from(w) - k)))
                    };
                    assert_eq!(
                        fn2(&mut e, &format!("rotl{w}"))(a, b) as u64 as u128,
                        rot,
                        "rotl{w}({a}, {b})"
                    );
                }
            }
        }
    }

    #[test]
    fn i128_on_register_pairs() {
        const OPS: [&str; 13] = [
            "add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "udiv", "sdiv", "urem",
            "srem",
        ];
        let build = |name: &str, body: &str| {
            format!(
                "define void @{name}(ptr %out, i64 %alo, i64 %ahi, i64 %blo, i64 %bhi) {{\n\
                   %a0 = zext i64 %alo to i128\n  %a1 = zext i64 %ahi to i128\n  %a2 = shl i128 %a1, 64\n  %a = or i128 %a0, %a2\n\
                   %b0 = zext i64 %blo to i128\n  %b1 = zext i64 %bhi to i128\n  %b2 = shl i128 %b1, 64\n  %b = or i128 %b0, %b2\n\
                 {body}  store i128 %r, ptr %out, align 16\n  ret void\n}}\n"
            )
        };
        let mut text = String::new();
        for op in OPS {
            text += &build(op, &format!("  %r = {op} i128 %a, %b\n"));
        }
        const KS: [u32; 6] = [1, 13, 63, 64, 65, 127];
        for k in KS {
            for op in ["shl", "lshr", "ashr"] {
                text += &build(&format!("{op}_{k}"), &format!("  %r = {op} i128 %a, {k}\n"));
            }
        }
        for p in [
            "eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle",
        ] {
            text += &build(
                &format!("icmp_{p}"),
                &format!("  %c = icmp {p} i128 %a, %b\n  %r = zext i1 %c to i128\n"),
            );
        }
        text += &build(
            "widening",
            "  %x = zext i64 %alo to i128\n  %y = zext i64 %blo to i128\n  %r = mul i128 %x, %y\n",
        );
        text += &build(
            "sext",
            "  %x = trunc i64 %alo to i32\n  %r = sext i32 %x to i128\n",
        );
        let mut e = o2(&text);
        let vals: [u128; 8] = [
            0,
            1,
            5,
            u128::MAX,
            1 << 64,
            (1 << 127) | 12345,
            0x1234_5678_9abc_def0_0fed_cba9_8765_4321,
            u64::MAX as u128,
        ];
        let call = |e: &mut jit_mcjit::Mcjit, name: &str, a: u128, b: u128| -> u128 {
            // SAFETY: `void (ptr, i64, i64, i64, i64)`; the output is 16 bytes.
            let f: extern "C" fn(*mut u128, u64, u64, u64, u64) =
                unsafe { std::mem::transmute(addr(e, name)) };
            let mut out = 0u128;
            f(
                &mut out,
                a as u64,
                (a >> 64) as u64,
                b as u64,
                (b >> 64) as u64,
            );
            out
        };
        for &a in &vals {
            for &b in &vals {
                let (sa, sb) = (a as i128, b as i128);
                for op in OPS {
                    let want = match op {
                        "add" => Some(a.wrapping_add(b)),
                        "sub" => Some(a.wrapping_sub(b)),
                        "mul" => Some(a.wrapping_mul(b)),
                        "and" => Some(a & b),
                        "or" => Some(a | b),
                        "xor" => Some(a ^ b),
                        "shl" => (b < 128).then(|| a << b),
                        "lshr" => (b < 128).then(|| a >> b),
                        "ashr" => (b < 128).then(|| (sa >> b) as u128),
                        "udiv" => (b != 0).then(|| a / b),
                        "urem" => (b != 0).then(|| a % b),
                        "sdiv" => {
                            (b != 0 && !(sa == i128::MIN && sb == -1)).then(|| (sa / sb) as u128)
                        }
                        _ => (b != 0 && !(sa == i128::MIN && sb == -1)).then(|| (sa % sb) as u128),
                    };
                    if let Some(want) = want {
                        assert_eq!(call(&mut e, op, a, b), want, "{op} {a:#x} {b:#x}");
                    }
                }
                let preds: [(&str, bool); 10] = [
                    ("eq", a == b),
                    ("ne", a != b),
                    ("ugt", a > b),
                    ("uge", a >= b),
                    ("ult", a < b),
                    ("ule", a <= b),
                    ("sgt", sa > sb),
                    ("sge", sa >= sb),
                    ("slt", sa < sb),
                    ("sle", sa <= sb),
                ];
                for (p, want) in preds {
                    assert_eq!(
                        call(&mut e, &format!("icmp_{p}"), a, b),
                        u128::from(want),
                        "icmp {p} {a:#x} {b:#x}"
                    );
                }
                assert_eq!(
                    call(&mut e, "widening", a, b),
                    u128::from(a as u64) * u128::from(b as u64)
                );
            }
            for k in KS {
                assert_eq!(call(&mut e, &format!("shl_{k}"), a, 0), a << k);
                assert_eq!(call(&mut e, &format!("lshr_{k}"), a, 0), a >> k);
                assert_eq!(
                    call(&mut e, &format!("ashr_{k}"), a, 0),
                    ((a as i128) >> k) as u128
                );
            }
            assert_eq!(
                call(&mut e, "sext", a, 0),
                (a as u32 as i32 as i128) as u128
            );
        }
    }

    #[test]
    fn atomics() {
        const OPS: [&str; 11] = [
            "xchg", "add", "sub", "and", "nand", "or", "xor", "max", "min", "umax", "umin",
        ];
        let mut text = String::new();
        for w in [8u32, 16, 32, 64] {
            let t = format!("i{w}");
            let tr = |v: &str, x: &str| {
                if w == 64 {
                    format!("  %{x} = add i64 %{v}, 0\n")
                } else {
                    format!("  %{x} = trunc i64 %{v} to {t}\n")
                }
            };
            let ret = |v: &str| {
                if w == 64 {
                    format!("  ret i64 {v}\n")
                } else {
                    format!("  %z = zext {t} {v} to i64\n  ret i64 %z\n")
                }
            };
            for op in OPS {
                // Returns the old value; the new one stays in memory.
                text += &format!(
                    "define i64 @{op}{w}(ptr %p, i64 %q) {{\n{}  %o = atomicrmw {op} ptr %p, {t} %y seq_cst, align {}\n{}}}\n",
                    tr("q", "y"),
                    w / 8,
                    ret("%o")
                );
            }
            text += &format!(
                "define i64 @cas{w}(ptr %p, i64 %e, i64 %n, ptr %out) {{\n{}{}  %r = cmpxchg ptr %p, {t} %x, {t} %y acq_rel monotonic, align {}\n\
                   %o = extractvalue {{ {t}, i1 }} %r, 0\n  %k = extractvalue {{ {t}, i1 }} %r, 1\n{}\
                   %kz = zext i1 %k to i64\n  %s = mul i64 %kz, 3\n  %t = add i64 %oz, %s\n  store i64 %t, ptr %out\n  ret i64 %kz\n}}\n\
                 define i64 @ld{w}(ptr %p) {{\n  %v = load atomic {t}, ptr %p acquire, align {}\n{}}}\n\
                 define void @st{w}(ptr %p, i64 %q) {{\n{}  store atomic {t} %y, ptr %p release, align {}\n  fence seq_cst\n  ret void\n}}\n",
                tr("e", "x"),
                tr("n", "y"),
                w / 8,
                if w == 64 {
                    "  %oz = add i64 %o, 0\n".to_string()
                } else {
                    format!("  %oz = zext {t} %o to i64\n")
                },
                w / 8,
                ret("%v"),
                tr("q", "y"),
                w / 8
            );
        }
        let mut e = o2(&text);
        for w in [8u32, 16, 32, 64] {
            let m = |x: i64| mask(w, x as u64 as u128) as u64;
            for &a in &SAMPLES {
                for &b in &SAMPLES {
                    let (ua, ub) = (m(a), m(b));
                    let (sa, sb) = (sx(w, u128::from(ua)), sx(w, u128::from(ub)));
                    for op in OPS {
                        let want_new = match op {
                            "xchg" => ub,
                            "add" => m(a.wrapping_add(b)),
                            "sub" => m(a.wrapping_sub(b)),
                            "and" => ua & ub,
                            "nand" => m(!(a & b)),
                            "or" => ua | ub,
                            "xor" => ua ^ ub,
                            "max" => m(sa.max(sb) as i64),
                            "min" => m(sa.min(sb) as i64),
                            "umax" => ua.max(ub),
                            _ => ua.min(ub),
                        };
                        let mut cell = ua;
                        // SAFETY: `i64 (ptr, i64)`; the cell is 8 bytes, little-endian.
                        let f: extern "C" fn(*mut u64, i64) -> u64 =
                            unsafe { std::mem::transmute(addr(&mut e, &format!("{op}{w}"))) };
                        assert_eq!(f(&mut cell, b), ua, "{op}{w}({a}, {b}) old");
                        assert_eq!(m(cell as i64), want_new, "{op}{w}({a}, {b}) new");
                    }
                    // SAFETY: the signatures match the IR.
                    let cas: extern "C" fn(*mut u64, i64, i64, *mut u64) -> u64 =
                        unsafe { std::mem::transmute(addr(&mut e, &format!("cas{w}"))) };
                    let mut cell = ua;
                    let mut out = 0u64;
                    assert_eq!(cas(&mut cell, a, b, &mut out), 1, "cas{w} hit");
                    assert_eq!(out, ua.wrapping_add(3), "cas{w} hit old");
                    assert_eq!(m(cell as i64), ub);
                    if ub != m(a.wrapping_add(1)) {
                        assert_eq!(
                            cas(&mut cell, a.wrapping_add(1), a, &mut out),
                            0,
                            "cas{w} miss"
                        );
                        assert_eq!(out, ub, "cas{w} miss old");
                        assert_eq!(m(cell as i64), ub);
                    }
                }
                // SAFETY: the signatures match the IR.
                let (ld, st): (
                    extern "C" fn(*const u64) -> u64,
                    extern "C" fn(*mut u64, i64),
                ) = unsafe {
                    (
                        std::mem::transmute(addr(&mut e, &format!("ld{w}"))),
                        std::mem::transmute(addr(&mut e, &format!("st{w}"))),
                    )
                };
                let mut cell = 0u64;
                st(&mut cell, a);
                assert_eq!(cell, m(a), "st{w}");
                assert_eq!(ld(&cell), m(a), "ld{w}");
            }
        }
    }

    #[test]
    fn calling_convention_and_variadic_definitions() {
        let mut e = o2("%D2 = type { double, double }\n\
             define i64 @many(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i32 signext %j, float %k) {\n\
               %s1 = mul i64 %i, 10\n  %s2 = add i64 %s1, %a\n  %j64 = sext i32 %j to i64\n  %s3 = mul i64 %j64, 100\n  %s4 = add i64 %s2, %s3\n\
               %s5 = add i64 %s4, %h\n  %kf = fptosi float %k to i64\n  %s6 = add i64 %s5, %kf\n  ret i64 %s6\n}\n\
             define i64 @call_many() {\n\
               %r = call i64 @many(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i32 signext -3, float 1000.0)\n  ret i64 %r\n}\n\
             define %D2 @swap([2 x double] alignstack(8) %v) {\n\
               %a = extractvalue [2 x double] %v, 0\n  %b = extractvalue [2 x double] %v, 1\n\
               %r0 = insertvalue %D2 undef, double %b, 0\n  %r1 = insertvalue %D2 %r0, double %a, 1\n  ret %D2 %r1\n}\n\
             define double @call_swap() {\n\
               %r = call %D2 @swap([2 x double] [double 1.0, double 8.0])\n  %x = extractvalue %D2 %r, 0\n  %y = extractvalue %D2 %r, 1\n\
               %z = fmul double %y, 0x4059000000000000\n  %s = fadd double %x, %z\n  ret double %s\n}\n\
             define [2 x i64] @pair(i64 %x) {\n  %a = insertvalue [2 x i64] undef, i64 %x, 0\n  %y = mul i64 %x, 3\n  %b = insertvalue [2 x i64] %a, i64 %y, 1\n  ret [2 x i64] %b\n}\n\
             define i64 @call_pair(i64 %x) {\n  %p = call [2 x i64] @pair(i64 %x)\n  %a = extractvalue [2 x i64] %p, 0\n  %b = extractvalue [2 x i64] %p, 1\n  %s = sub i64 %b, %a\n  ret i64 %s\n}\n\
             declare void @llvm.va_start.p0(ptr)\ndeclare void @llvm.va_end.p0(ptr)\n\
             %va = type { ptr, ptr, ptr, i32, i32 }\n\
             define i64 @sum_ints(i32 %n, ...) {\nentry:\n  %ap = alloca %va, align 8\n  call void @llvm.va_start.p0(ptr %ap)\n\
               %gro = getelementptr inbounds i8, ptr %ap, i64 24\n  br label %loop\n\
             loop:\n  %i = phi i32 [ 0, %entry ], [ %i1, %next ]\n  %s = phi i64 [ 0, %entry ], [ %s1, %next ]\n  %c = icmp slt i32 %i, %n\n  br i1 %c, label %body, label %done\n\
             body:\n  %off = load i32, ptr %gro, align 8\n  %inreg = icmp slt i32 %off, 0\n  br i1 %inreg, label %reg, label %stack\n\
             reg:\n  %noff = add i32 %off, 8\n  store i32 %noff, ptr %gro, align 8\n  %topp = getelementptr inbounds i8, ptr %ap, i64 8\n  %top = load ptr, ptr %topp, align 8\n\
               %o64 = sext i32 %off to i64\n  %rp = getelementptr inbounds i8, ptr %top, i64 %o64\n  br label %got\n\
             stack:\n  %sp = load ptr, ptr %ap, align 8\n  %nsp = getelementptr inbounds i8, ptr %sp, i64 8\n  store ptr %nsp, ptr %ap, align 8\n  br label %got\n\
             got:\n  %vp = phi ptr [ %rp, %reg ], [ %sp, %stack ]\n  %v = load i64, ptr %vp, align 8\n  %s1 = add i64 %s, %v\n  br label %next\n\
             next:\n  %i1 = add i32 %i, 1\n  br label %loop\n\
             done:\n  call void @llvm.va_end.p0(ptr %ap)\n  ret i64 %s\n}\n\
             define i64 @call_sum() {\n\
               %r = call i64 (i32, ...) @sum_ints(i32 10, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)\n  ret i64 %r\n}\n");
        // SAFETY: signatures match the IR.
        unsafe {
            let f: extern "C" fn() -> i64 = std::mem::transmute(addr(&mut e, "call_many"));
            assert_eq!(f(), 90 + 1 - 300 + 8 + 1000);
            let f: extern "C" fn() -> f64 = std::mem::transmute(addr(&mut e, "call_swap"));
            assert_eq!(f(), 8.0 + 100.0);
            let f: extern "C" fn(i64) -> i64 = std::mem::transmute(addr(&mut e, "call_pair"));
            assert_eq!(f(21), 42);
            let f: extern "C" fn() -> i64 = std::mem::transmute(addr(&mut e, "call_sum"));
            assert_eq!(f(), 55);
        }
    }
}
