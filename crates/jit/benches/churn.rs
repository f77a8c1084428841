//! Add-module / call / remove-module churn per memory manager: criterion measures one cycle,
//! and with `JIT_CHURN_CURVE=N` the benchmark first runs N cycles per manager (the issue's
//! figure is 1,000,000) and prints resident memory and mapped bytes every N/10 cycles — the
//! curve recorded in `docs/benchmarks-internal.md` (the test `add_call_remove_cycles_keep_memory_flat`
//! asserts the bound; this records the shape).
//!
//! `JIT_CHURN_CURVE=1000000 cargo bench -p jit --bench churn`

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{Criterion, criterion_group};
use jit::jit_core::ExecutionEngine;
use jit::jit_core::ir::Module;
use jit::{Mcjit, McjitBuilder};

const MANAGERS: [&str; 3] = ["section", "pool", "huge"];

fn engine(manager: &str) -> Mcjit {
    McjitBuilder::new()
        .backend(jit::native_backend().expect("native backend"))
        .memory_manager(jit::create_memory_manager(manager).expect("manager"))
        .build()
        .expect("engine")
}

/// Code, read-only data and read-write data, like a small real module.
fn module() -> Module {
    let text = "@table = private constant [2 x i32] [i32 0, i32 7]\n\
                @counter = internal global i32 0\n\
                define i32 @f(i32 %x) {\n\
                  %t = load i32, ptr getelementptr inbounds ([2 x i32], ptr @table, i64 0, i64 1)\n\
                  %c = load i32, ptr @counter\n\
                  %c1 = add i32 %c, 1\n\
                  store i32 %c1, ptr @counter\n\
                  %a = add i32 %x, %t\n\
                  ret i32 %a\n\
                }\n";
    jit::load_module_str(text, "churn.ll").expect("valid module")
}

/// One cycle; returns the module for the next one.
fn cycle(e: &mut Mcjit, m: Module) -> Module {
    let h = e.add_module(m).expect("add");
    let addr = e.get_function_address("f").expect("address");
    // SAFETY: `f` was compiled from `define i32 @f(i32)` for this machine.
    let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(addr as usize) };
    assert_eq!(f(1), 8);
    e.remove_module(h).expect("remove")
}

fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4
}

fn print_curve(cycles: usize) {
    for manager in MANAGERS {
        let mut e = engine(manager);
        let mut m = module();
        let step = (cycles / 10).max(1);
        println!("curve {manager}: cycles, resident KiB, manager bytes_reserved, mappings");
        for i in 0..=cycles {
            if i % step == 0 {
                let s = e.memory_manager().stats();
                println!(
                    "curve {manager}: {i}, {}, {}, {}",
                    rss_kib(),
                    s.bytes_reserved,
                    s.mappings
                );
            }
            if i < cycles {
                m = cycle(&mut e, m);
            }
        }
    }
}

fn churn(c: &mut Criterion) {
    let mut group = c.benchmark_group("add_call_remove");
    for manager in MANAGERS {
        let mut e = engine(manager);
        let mut m = Some(module());
        group.bench_function(manager, |b| {
            b.iter(|| m = Some(cycle(&mut e, m.take().expect("module"))))
        });
    }
    group.finish();
}

criterion_group!(benches, churn);

fn main() {
    if jit::native_backend().is_err() {
        eprintln!("no native backend for this host: nothing to measure");
        return;
    }
    if let Some(n) = std::env::var("JIT_CHURN_CURVE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        print_curve(n);
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
