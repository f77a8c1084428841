//! What running code in a `jit-executor` costs against running it in process: publishing a
//! module (add, compile, link, place, finalize, remove; the executor answers `Allocate`,
//! `Lookup`, `Finalize`, `RegisterEhFrames`, `Release` over a pipe) for every corpus module,
//! and one call (`run_function` of a two-instruction function: a round trip over a pipe
//! against a libffi call). Issue 19's targets: publishing ≤ 2x the in-process time, a call
//! ≤ 20 µs.
//!
//! `cargo build --release -p jit-executor && cargo bench -p jit --bench executor`; figures
//! go to `docs/benchmarks-internal.md`.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use jit::jit_core::ExecutionEngine;
use jit::jit_core::engine::GenericValue;
use jit::jit_core::ir::Module;
use jit::{EngineBuilder, EngineKind, Executor, Mcjit};

fn in_process() -> Mcjit {
    EngineBuilder::new()
        .kind(EngineKind::Mcjit)
        .build_mcjit()
        .expect("native engine")
}

fn out_of_process() -> Option<Mcjit> {
    let exe = std::env::current_exe().ok()?;
    let built = exe.parent()?.parent()?.join("jit-executor");
    if !built.is_file() {
        eprintln!(
            "{} is not built (cargo build --release -p jit-executor): out-of-process figures skipped",
            built.display()
        );
        return None;
    }
    let exec = Executor::launch(&jit_tests::executor_command()).expect("launch jit-executor");
    Some(
        EngineBuilder::new()
            .executor(exec)
            .build_mcjit()
            .expect("engine with an executor"),
    )
}

/// Adds, publishes and removes each module in turn.
fn publish_all(e: &mut Mcjit, modules: Vec<Module>) {
    for m in modules {
        let h = e.add_module(m).expect("add");
        e.get_function_address("main").expect("main");
        e.remove_module(h).expect("remove");
    }
}

fn executor(c: &mut Criterion) {
    if jit::native_backend().is_err() {
        eprintln!("no native backend for this host: nothing to measure");
        return;
    }
    let Some(mut remote) = out_of_process() else {
        return;
    };
    let mut local = in_process();
    let mut group = c.benchmark_group("executor");
    group.sample_size(20);
    let arch = std::env::consts::ARCH;
    let modules: Vec<Module> = jit_tests::programs()
        .iter()
        .map(|p| jit::load_module_file(&p.ll_path(arch, "O0")).expect("corpus module"))
        .collect();
    group.throughput(Throughput::Elements(modules.len() as u64));
    for (name, engine) in [("in_process", &mut local), ("out_of_process", &mut remote)] {
        group.bench_function(format!("publish_corpus_O0_{name}"), |b| {
            b.iter_batched(
                || modules.clone(),
                |ms| publish_all(engine, ms),
                BatchSize::LargeInput,
            )
        });
    }
    group.throughput(Throughput::Elements(1));
    let twice = "define i32 @twice(i32 %x) {\n  %r = mul i32 %x, 2\n  ret i32 %r\n}\n";
    for (name, engine) in [("in_process", &mut local), ("out_of_process", &mut remote)] {
        engine
            .add_module(jit::load_module_str(twice, "twice.ll").expect("module"))
            .expect("add");
        let arg = [GenericValue::int(32, 21)];
        group.bench_function(format!("call_{name}"), |b| {
            b.iter(|| engine.run_function("twice", &arg).expect("call"))
        });
    }
    group.finish();
}

criterion_group!(benches, executor);
criterion_main!(benches);
