//! IR in memory → finalized, callable native code, end to end through the engine: a new
//! engine (default memory manager), `add_module`, then `get_function_address`, which
//! compiles, links, sets permissions and flushes the instruction cache. Measured for every
//! x86-64 corpus module (-O0 and -O2) and for a generated module of 10,000 small functions.
//!
//! `cargo bench -p jit --bench finalize`; figures go to `docs/benchmarks-internal.md`.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use jit::jit_core::ExecutionEngine;
use jit::jit_core::ir::Module;
use jit::{EngineBuilder, EngineKind, Mcjit};
use std::fmt::Write as _;

fn engine() -> Mcjit {
    EngineBuilder::new()
        .kind(EngineKind::Mcjit)
        .build_mcjit()
        .expect("native engine")
}

/// A module of `n` small functions, each calling the previous one, so every function is
/// reachable from the last and linking has work to do.
fn generated_module(n: usize) -> Module {
    let mut text = String::new();
    text.push_str("define i32 @f0(i32 %x) {\n  %r = add i32 %x, 1\n  ret i32 %r\n}\n");
    for i in 1..n {
        let _ = write!(
            text,
            "define i32 @f{i}(i32 %x) {{\nentry:\n  %c = icmp slt i32 %x, {i}\n  br i1 %c, label %a, label %b\n\
             a:\n  %y = mul i32 %x, 3\n  %z = call i32 @f{p}(i32 %y)\n  ret i32 %z\n\
             b:\n  %w = sub i32 %x, {i}\n  ret i32 %w\n}}\n",
            p = i - 1
        );
    }
    jit::load_module_str(&text, "generated.ll").expect("generated module is valid")
}

fn finalize(c: &mut Criterion) {
    if jit::native_backend().is_err() {
        eprintln!("no native backend for this host: nothing to measure");
        return;
    }
    let mut group = c.benchmark_group("finalize");
    group.sample_size(20);
    let big = generated_module(10_000);
    let last = "f9999";
    group.throughput(Throughput::Elements(10_000));
    group.bench_function("generated_10000_functions", |b| {
        b.iter_batched(
            || big.clone(),
            |m| {
                let mut e = engine();
                e.add_module(m).expect("add");
                e.get_function_address(last).expect("address")
            },
            BatchSize::LargeInput,
        )
    });
    let arch = std::env::consts::ARCH;
    for opt in ["O0", "O2"] {
        let modules: Vec<Module> = jit_tests::programs()
            .iter()
            .map(|p| jit::load_module_file(&p.ll_path(arch, opt)).expect("corpus module"))
            .collect();
        group.throughput(Throughput::Elements(modules.len() as u64));
        group.bench_function(format!("corpus_all_{}_modules_{opt}", modules.len()), |b| {
            b.iter_batched(
                || modules.clone(),
                |ms| {
                    for m in ms {
                        let mut e = engine();
                        e.add_module(m).expect("add");
                        e.get_function_address("main").expect("main");
                    }
                },
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, finalize);
criterion_main!(benches);
