//! Throughput of the `.ll` reader on a large generated module that looks like clang 19
//! output for C: a mix of `-O0`-style functions (allocas, loads and stores, numbered
//! values and labels) and `-O2`-style ones (phis, selects, switches, tail calls), with
//! globals, struct types, declarations, attribute groups and metadata.
//!
//! Run with `cargo bench -p jit-core --bench read_ll`; set `READ_LL_DUMP=path` to also
//! write the generated module to a file.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::Write;

/// A tiny deterministic PRNG (xorshift), so every run reads the same module.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes function bodies with symbolic names (`%tN` values, `LN:` labels, `%LN` label
/// references) and renumbers them the way LLVM's printer does: in order of definition.
struct Body {
    text: String,
    next_sym: u32,
}

impl Body {
    fn new() -> Self {
        Body {
            text: String::new(),
            next_sym: 0,
        }
    }
    fn sym(&mut self) -> u32 {
        self.next_sym += 1;
        self.next_sym
    }
    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// Renumbers symbols; `first` is the first number after the parameters (the entry
    /// block's number).
    fn finish(self, first: u32) -> String {
        // Pass 1: definition order.
        let mut map = vec![0u32; self.next_sym as usize + 1];
        let mut n = first + 1; // the entry block takes `first`
        for line in self.text.lines() {
            let l = line.trim_start();
            let sym = if let Some(rest) = l.strip_prefix("%t") {
                rest.split(' ').next()
            } else if let Some(rest) = l.strip_prefix('L') {
                rest.split(':').next()
            } else {
                None
            };
            if let Some(s) = sym.and_then(|s| s.parse::<usize>().ok()) {
                map[s] = n;
                n += 1;
            }
        }
        // Pass 2: rewrite.
        let mut out = String::with_capacity(self.text.len());
        let b = self.text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let at_line_start = i == 0 || b[i - 1] == b'\n';
            let label_def = at_line_start && b[i] == b'L';
            let sym_ref = b[i] == b'%' && matches!(b.get(i + 1), Some(b't' | b'L'));
            if label_def || sym_ref {
                let start = if label_def { i + 1 } else { i + 2 };
                let mut j = start;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                let s: usize = self.text[start..j].parse().unwrap_or(0);
                if label_def {
                    let _ = write!(out, "{}", map[s]);
                } else {
                    let _ = write!(out, "%{}", map[s]);
                }
                i = j;
            } else {
                out.push(b[i] as char);
                i += 1;
            }
        }
        out
    }
}

fn o0_function(out: &mut String, idx: usize, rng: &mut Rng) {
    let _ = writeln!(
        out,
        "; Function Attrs: noinline nounwind optnone uwtable\ndefine dso_local i32 @f{idx}(i32 noundef %0, ptr noundef %1, double noundef %2) #0 {{"
    );
    let mut b = Body::new();
    let (a0, a1, a2, i, s) = (b.sym(), b.sym(), b.sym(), b.sym(), b.sym());
    b.line(&format!("  %t{a0} = alloca i32, align 4"));
    b.line(&format!("  %t{a1} = alloca ptr, align 8"));
    b.line(&format!("  %t{a2} = alloca double, align 8"));
    b.line(&format!("  %t{i} = alloca i32, align 4"));
    b.line(&format!("  %t{s} = alloca %struct.S, align 8"));
    b.line(&format!("  store i32 %0, ptr %t{a0}, align 4"));
    b.line(&format!("  store ptr %1, ptr %t{a1}, align 8"));
    b.line(&format!("  store double %2, ptr %t{a2}, align 8"));
    b.line(&format!("  store i32 0, ptr %t{i}, align 4"));
    let (cond, body, inc, end) = (b.sym(), b.sym(), b.sym(), b.sym());
    b.line(&format!("  br label %L{cond}"));
    b.line("");
    b.line(&format!(
        "L{cond}:                                                ; preds = %L{inc}, %3"
    ));
    let (x, y, c) = (b.sym(), b.sym(), b.sym());
    b.line(&format!("  %t{x} = load i32, ptr %t{i}, align 4"));
    b.line(&format!("  %t{y} = load i32, ptr %t{a0}, align 4"));
    b.line(&format!("  %t{c} = icmp slt i32 %t{x}, %t{y}"));
    b.line(&format!("  br i1 %t{c}, label %L{body}, label %L{end}"));
    b.line("");
    b.line(&format!(
        "L{body}:                                               ; preds = %L{cond}"
    ));
    let reps = 2 + rng.below(4);
    for _ in 0..reps {
        let (p, k, k64, gep, v, sum, fld, d, m, call) = (
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
        );
        let konst = rng.below(1000);
        b.line(&format!("  %t{p} = load ptr, ptr %t{a1}, align 8"));
        b.line(&format!("  %t{k} = load i32, ptr %t{i}, align 4"));
        b.line(&format!("  %t{k64} = sext i32 %t{k} to i64"));
        b.line(&format!(
            "  %t{gep} = getelementptr inbounds i32, ptr %t{p}, i64 %t{k64}"
        ));
        b.line(&format!("  %t{v} = load i32, ptr %t{gep}, align 4"));
        b.line(&format!("  %t{sum} = add nsw i32 %t{v}, {konst}"));
        b.line(&format!("  store i32 %t{sum}, ptr %t{gep}, align 4"));
        b.line(&format!(
            "  %t{fld} = getelementptr inbounds %struct.S, ptr %t{s}, i32 0, i32 2"
        ));
        b.line(&format!("  %t{d} = load double, ptr %t{a2}, align 8"));
        b.line(&format!("  %t{m} = fmul double %t{d}, 0x400921FB54442D18"));
        b.line(&format!("  store double %t{m}, ptr %t{fld}, align 8"));
        b.line(&format!(
            "  %t{call} = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %t{sum}, double noundef %t{m})"
        ));
    }
    b.line(&format!("  br label %L{inc}"));
    b.line("");
    b.line(&format!(
        "L{inc}:                                               ; preds = %L{body}"
    ));
    let (l, n) = (b.sym(), b.sym());
    b.line(&format!("  %t{l} = load i32, ptr %t{i}, align 4"));
    b.line(&format!("  %t{n} = add nsw i32 %t{l}, 1"));
    b.line(&format!("  store i32 %t{n}, ptr %t{i}, align 4"));
    b.line(&format!("  br label %L{cond}, !llvm.loop !5"));
    b.line("");
    b.line(&format!(
        "L{end}:                                               ; preds = %L{cond}"
    ));
    let (r, c1, c2, dflt, ret) = (b.sym(), b.sym(), b.sym(), b.sym(), b.sym());
    b.line(&format!("  %t{r} = load i32, ptr %t{i}, align 4"));
    b.line(&format!("  switch i32 %t{r}, label %L{dflt} ["));
    b.line(&format!("    i32 0, label %L{c1}"));
    b.line(&format!("    i32 1, label %L{c2}"));
    b.line("  ]");
    b.line("");
    b.line(&format!("L{c1}:"));
    b.line(&format!("  store i32 10, ptr %t{i}, align 4"));
    b.line(&format!("  br label %L{ret}"));
    b.line(&format!("L{c2}:"));
    b.line(&format!("  store i32 20, ptr %t{i}, align 4"));
    b.line(&format!("  br label %L{ret}"));
    b.line(&format!("L{dflt}:"));
    b.line(&format!("  br label %L{ret}"));
    b.line(&format!("L{ret}:"));
    let rv = b.sym();
    b.line(&format!("  %t{rv} = load i32, ptr %t{i}, align 4"));
    b.line(&format!("  ret i32 %t{rv}"));
    out.push_str(&b.finish(3));
    out.push_str("}\n\n");
}

fn o2_function(out: &mut String, idx: usize, rng: &mut Rng) {
    let _ = writeln!(
        out,
        "; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable\ndefine dso_local i64 @g{idx}(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {{"
    );
    let mut b = Body::new();
    let (c0, ph, lp, exit) = (b.sym(), b.sym(), b.sym(), b.sym());
    b.line(&format!("  %t{c0} = icmp sgt i32 %1, 0"));
    b.line(&format!("  br i1 %t{c0}, label %L{ph}, label %L{exit}"));
    b.line("");
    b.line(&format!(
        "L{ph}:                                                ; preds = %2"
    ));
    let n64 = b.sym();
    b.line(&format!("  %t{n64} = zext nneg i32 %1 to i64"));
    b.line(&format!("  br label %L{lp}"));
    b.line("");
    b.line(&format!(
        "L{lp}:                                                ; preds = %L{lp}, %L{ph}"
    ));
    let (iv, acc, next_iv, next_acc) = (b.sym(), b.sym(), b.sym(), b.sym());
    b.line(&format!(
        "  %t{iv} = phi i64 [ 0, %L{ph} ], [ %t{next_iv}, %L{lp} ]"
    ));
    b.line(&format!(
        "  %t{acc} = phi i64 [ 0, %L{ph} ], [ %t{next_acc}, %L{lp} ]"
    ));
    let mut last = acc;
    let reps = 2 + rng.below(5);
    for _ in 0..reps {
        let (gep, v, ext, mul, sel, cmp, add) = (
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
            b.sym(),
        );
        let k = rng.below(64) + 1;
        b.line(&format!(
            "  %t{gep} = getelementptr inbounds i32, ptr %0, i64 %t{iv}"
        ));
        b.line(&format!(
            "  %t{v} = load i32, ptr %t{gep}, align 4, !tbaa !7"
        ));
        b.line(&format!("  %t{ext} = sext i32 %t{v} to i64"));
        b.line(&format!("  %t{mul} = mul nsw i64 %t{ext}, {k}"));
        b.line(&format!("  %t{cmp} = icmp ugt i64 %t{mul}, 1000"));
        b.line(&format!(
            "  %t{sel} = select i1 %t{cmp}, i64 %t{mul}, i64 %t{ext}"
        ));
        b.line(&format!("  %t{add} = add nsw i64 %t{sel}, %t{last}"));
        last = add;
    }
    b.line(&format!("  %t{next_acc} = xor i64 %t{last}, 12345"));
    b.line(&format!("  %t{next_iv} = add nuw nsw i64 %t{iv}, 1"));
    let done = b.sym();
    b.line(&format!("  %t{done} = icmp eq i64 %t{next_iv}, %t{n64}"));
    b.line(&format!(
        "  br i1 %t{done}, label %L{exit}, label %L{lp}, !llvm.loop !9"
    ));
    b.line("");
    b.line(&format!(
        "L{exit}:                                               ; preds = %L{lp}, %2"
    ));
    let (res, call) = (b.sym(), b.sym());
    b.line(&format!(
        "  %t{res} = phi i64 [ 0, %2 ], [ %t{next_acc}, %L{lp} ]"
    ));
    b.line(&format!(
        "  %t{call} = tail call i64 @llvm.smax.i64(i64 %t{res}, i64 -7)"
    ));
    b.line(&format!("  ret i64 %t{call}"));
    out.push_str(&b.finish(2));
    out.push_str("}\n\n");
}

/// A module of `n` functions.
fn generate(n: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::new();
    out.push_str(
        "; ModuleID = 'bench.c'\nsource_filename = \"bench.c\"\n\
         target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"\n\
         target triple = \"x86_64-unknown-linux-gnu\"\n\n\
         %struct.S = type { i32, [4 x i8], double, ptr }\n\n\
         @.str = private unnamed_addr constant [11 x i8] c\"%d and %f\\0A\\00\", align 1\n\
         @table = dso_local global [4 x ptr] [ptr @f0, ptr @f1, ptr @g0, ptr null], align 16\n\
         @gs = dso_local global %struct.S { i32 1, [4 x i8] c\"ab\\00\\00\", double 3.500000e+00, ptr @gs }, align 8\n\n",
    );
    for i in 0..n {
        if i % 2 == 0 {
            o0_function(&mut out, i / 2, &mut rng);
        } else {
            o2_function(&mut out, i / 2, &mut rng);
        }
    }
    out.push_str(
        "declare i32 @printf(ptr noundef, ...) #2\n\n\
         declare i64 @llvm.smax.i64(i64, i64) #3\n\n\
         attributes #0 = { noinline nounwind optnone uwtable \"frame-pointer\"=\"all\" \"min-legal-vector-width\"=\"0\" \"no-trapping-math\"=\"true\" \"stack-protector-buffer-size\"=\"8\" \"target-cpu\"=\"x86-64\" \"target-features\"=\"+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87\" \"tune-cpu\"=\"generic\" }\n\
         attributes #1 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable \"min-legal-vector-width\"=\"0\" \"no-trapping-math\"=\"true\" }\n\
         attributes #2 = { \"frame-pointer\"=\"all\" }\n\
         attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }\n\n\
         !llvm.module.flags = !{!0, !1}\n!llvm.ident = !{!2}\n\n\
         !0 = !{i32 1, !\"wchar_size\", i32 4}\n!1 = !{i32 7, !\"uwtable\", i32 2}\n\
         !2 = !{!\"clang version 19.1.7\"}\n!3 = !{}\n!4 = !{}\n\
         !5 = distinct !{!5, !6}\n!6 = !{!\"llvm.loop.mustprogress\"}\n\
         !7 = !{!8, !8, i64 0}\n!8 = !{!\"int\", !10, i64 0}\n\
         !9 = distinct !{!9, !6}\n!10 = !{!\"omnipotent char\", !11, i64 0}\n!11 = !{!\"Simple C/C++ TBAA\"}\n",
    );
    out
}

fn read_ll(c: &mut Criterion) {
    let src = generate(5_000);
    // Fail loudly rather than benchmark an error path.
    if let Err(e) = jit_core::parse_module(&src, "bench.ll") {
        panic!("generated module does not parse: {e}");
    }
    if let Ok(path) = std::env::var("READ_LL_DUMP") {
        let _ = std::fs::write(path, &src);
    }
    let mut g = c.benchmark_group("read_ll");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.sample_size(20);
    g.bench_function(format!("generated_{}MB", src.len() / 1_000_000), |b| {
        b.iter(|| jit_core::parse_module(std::hint::black_box(&src), "bench.ll"))
    });
    g.finish();
}

criterion_group!(benches, read_ll);
criterion_main!(benches);
