//! Pass pipeline speed against code generation, on the inputs of the compile-time target
//! ("pipeline time at OptLevel 2 ≤ code generation time"):
//!
//! - the whole host corpus at clang -O0 and -O2 (every `.ll` without inline assembly, one
//!   module at a time);
//! - a generated module of huge -O0-style functions (thousands of locals, blocks and a
//!   large switch), the shape that exposes anything worse than linear;
//! - any `.ll` files named in `JIT_OPT_BENCH_LL` (colon separated), e.g. the SQLite module
//!   `cargo xtask apps` links (`target/xtask-apps/.../sqlite*.O0.ll`).
//!
//! Before criterion's own runs it prints one table: IR instructions, the time of each level's
//! pipeline, and x86-64 code generation of the unoptimized module (tier 0) and of the
//! level-2 output at level 2. Figures go to `docs/benchmarks-internal.md`.

use std::path::PathBuf;
use std::time::Instant;

use codegen_dynasm::X64Backend;
use criterion::{Criterion, criterion_main};
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::Module;

fn instructions(m: &Module) -> usize {
    m.functions
        .values()
        .filter_map(|f| f.body.as_ref())
        .map(|b| {
            b.layout
                .iter()
                .map(|&x| b.blocks[x].insts.len())
                .sum::<usize>()
        })
        .sum()
}

fn parse(path: &PathBuf) -> Module {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    jit_core::reader::parse_module(&text, &path.display().to_string())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A module of `functions` functions in clang -O0's style: `locals` allocas, a chain of
/// `blocks` if/else diamonds updating them, a loop, and a switch of `cases` cases.
fn generated(functions: usize, locals: usize, blocks: usize, cases: usize) -> Module {
    let mut t = String::new();
    for f in 0..functions {
        t.push_str(&format!("define i32 @f{f}(i32 %n) {{\nentry:\n"));
        for v in 0..locals {
            t.push_str(&format!(
                "  %v{v} = alloca i32, align 4\n  store i32 {v}, ptr %v{v}\n"
            ));
        }
        t.push_str("  br label %b0\n");
        for b in 0..blocks {
            let (x, y) = (b % locals, (b * 7 + 3) % locals);
            t.push_str(&format!(
                "b{b}:\n  %l{b} = load i32, ptr %v{x}\n  %c{b} = icmp slt i32 %l{b}, %n\n  br i1 %c{b}, label %t{b}, label %e{b}\n\
                 t{b}:\n  %a{b} = load i32, ptr %v{y}\n  %s{b} = add nsw i32 %a{b}, %l{b}\n  store i32 %s{b}, ptr %v{y}\n  br label %j{b}\n\
                 e{b}:\n  %m{b} = mul nsw i32 %l{b}, 3\n  store i32 %m{b}, ptr %v{x}\n  br label %j{b}\n\
                 j{b}:\n  br label %b{}\n",
                b + 1
            ));
        }
        t.push_str(&format!(
            "b{blocks}:\n  %sel = load i32, ptr %v0\n  switch i32 %sel, label %def [\n"
        ));
        for c in 0..cases {
            t.push_str(&format!("    i32 {c}, label %case{c}\n"));
        }
        t.push_str("  ]\n");
        for c in 0..cases {
            t.push_str(&format!(
                "case{c}:\n  %r{c} = load i32, ptr %v{}\n  ret i32 %r{c}\n",
                c % locals
            ));
        }
        t.push_str("def:\n  %last = load i32, ptr %v1\n  ret i32 %last\n}\n\n");
    }
    jit_core::reader::parse_module(&t, "generated.ll").expect("generated IR parses")
}

struct Input {
    name: String,
    modules: Vec<Module>,
}

fn inputs() -> Vec<Input> {
    let arch = std::env::consts::ARCH;
    let mut out = Vec::new();
    for level in ["O0", "O2"] {
        let mut files: Vec<PathBuf> = jit_tests::all_ll_files()
            .into_iter()
            .filter(|p| {
                p.parent()
                    .and_then(|d| d.file_name())
                    .is_some_and(|d| d == arch)
                    && p.to_string_lossy().ends_with(&format!(".{level}.ll"))
            })
            .collect();
        files.sort();
        // Inline assembly goes through the system assembler (a process per snippet), which
        // would drown the code generator's own time: those modules are left out.
        let modules: Vec<Module> = files
            .iter()
            .map(parse)
            .filter(|m| {
                !m.consts
                    .values()
                    .any(|c| matches!(c.kind, jit_core::ir::ConstKind::InlineAsm(_)))
            })
            .collect();
        out.push(Input {
            name: format!("corpus {level} ({} modules without asm)", modules.len()),
            modules,
        });
    }
    out.push(Input {
        name: "generated -O0 style (4 functions x 25k instructions)".to_string(),
        modules: vec![generated(4, 400, 2000, 2000)],
    });
    if let Ok(list) = std::env::var("JIT_OPT_BENCH_LL") {
        for p in list.split(':').filter(|p| !p.is_empty()) {
            let path = PathBuf::from(p);
            out.push(Input {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                modules: vec![parse(&path)],
            });
        }
    }
    out
}

fn optimize_all(modules: &[Module], level: u8) -> (Vec<Module>, f64) {
    let mut out: Vec<Module> = modules.to_vec();
    let t = Instant::now();
    for m in &mut out {
        jit_opt::optimize(m, level).expect("the pipeline runs");
    }
    (out, t.elapsed().as_secs_f64())
}

fn codegen_all(modules: &[Module], level: u8) -> f64 {
    let opts = CodegenOptions {
        opt_level: level,
        ..CodegenOptions::default()
    };
    let t = Instant::now();
    for m in modules {
        // Some corpus modules use what this backend lacks on this host; time the others.
        let _ = X64Backend.compile(m, &opts);
    }
    t.elapsed().as_secs_f64()
}

fn report(inputs: &[Input]) {
    eprintln!(
        "{:<52} {:>9} {:>9} {:>9} {:>9} {:>11} {:>11} {:>9}",
        "input", "insts", "O1 ms", "O2 ms", "O3 ms", "cg(IR) ms", "cg(O2) ms", "O2 after"
    );
    for input in inputs {
        let insts: usize = input.modules.iter().map(instructions).sum();
        let (_, o1) = optimize_all(&input.modules, 1);
        let (optimized, o2) = optimize_all(&input.modules, 2);
        let (_, o3) = optimize_all(&input.modules, 3);
        let cg_plain = codegen_all(&input.modules, 0);
        let cg_opt = codegen_all(&optimized, 2);
        let after: usize = optimized.iter().map(instructions).sum();
        eprintln!(
            "{:<52} {:>9} {:>9.2} {:>9.2} {:>9.2} {:>11.2} {:>11.2} {:>9}",
            input.name,
            insts,
            o1 * 1e3,
            o2 * 1e3,
            o3 * 1e3,
            cg_plain * 1e3,
            cg_opt * 1e3,
            after
        );
    }
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();
    report(&inputs);
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    for input in &inputs {
        for level in [1u8, 2] {
            group.bench_function(format!("{} O{level}", input.name), |b| {
                b.iter(|| optimize_all(&input.modules, level))
            });
        }
    }
    group.finish();
}

#[allow(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]
mod group {
    criterion::criterion_group!(benches, super::bench);
}
use group::benches;
criterion_main!(benches);
