//! Compiles `.ll` files again and again in one process, as the benchmark's compile measure
//! does (a fresh engine per module, code generation to a callable `main`), so that a
//! profiler sees the compiler and not process start-up or the reader:
//! `perf record -g cargo run --release -p jit --example compile_loop -- -O2 10 FILE.ll...`.
//! Prints the time per round.

use std::time::Instant;

use jit::jit_core::ExecutionEngine;
use jit::{EngineBuilder, EngineKind};

fn main() {
    let mut args = std::env::args().skip(1);
    let level: u8 = args
        .next()
        .and_then(|a| a.strip_prefix("-O").and_then(|n| n.parse().ok()))
        .expect("usage: compile_loop -O<level> ROUNDS FILE.ll...");
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).expect("ROUNDS");
    let modules: Vec<_> = args
        .map(|p| jit::load_module_file(std::path::Path::new(&p)).expect("a valid module"))
        .collect();
    for _ in 0..rounds {
        let start = Instant::now();
        for m in &modules {
            let mut e = EngineBuilder::new()
                .kind(EngineKind::Mcjit)
                .opt_level(level)
                .build_mcjit()
                .expect("an engine");
            e.add_module(m.clone()).expect("the module compiles");
            let _ = e.get_function_address("main");
        }
        println!("{:.2} ms", start.elapsed().as_secs_f64() * 1e3);
    }
}
