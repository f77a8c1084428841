//! Compile speed: a generated module of 10,000 small functions (a loop, a compare chain,
//! arithmetic, a call), IR in memory -> `CompiledObject`. Also prints functions/s and MB/s of
//! the module's `.ll` text.

use std::time::Instant;

use codegen_dynasm::X64Backend;
use criterion::{Criterion, Throughput, criterion_main};
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::{BinaryOp, CastOp, FuncId, FunctionBuilder, IntPredicate, Module, Type};

const FUNCTIONS: usize = 10_000;

/// `f_i(a, b)`: sum of `a*i + b` over a loop of `b` iterations, plus `f_{i-1}(a, 1)`.
fn generate() -> Module {
    let mut m = Module::new("bench");
    m.triple = Some("x86_64-unknown-linux-gnu".into());
    m.datalayout = Some(codegen_dynasm::x64::X86_64_DATALAYOUT.into());
    let ty = m.types.function(Type::I64, &[Type::I64, Type::I32], false);
    let mut prev: Option<FuncId> = None;
    for i in 0..FUNCTIONS {
        let f = m.define_function(&format!("f_{i}"), ty).unwrap();
        let mut b = FunctionBuilder::new(&mut m, f);
        let entry = b.create_block(Some("entry"));
        let head = b.create_block(Some("head"));
        let body = b.create_block(Some("body"));
        let exit = b.create_block(Some("exit"));
        b.switch_to_block(entry);
        let (a, n) = (b.param(0), b.param(1));
        let n64 = b.cast(CastOp::SExt, n, Type::I64);
        b.br(head);
        b.switch_to_block(head);
        let k = b.phi(Type::I64);
        let acc = b.phi(Type::I64);
        let c = b.icmp(IntPredicate::Slt, k, n64);
        b.cond_br(c, body, exit);
        b.switch_to_block(body);
        let ci = b.module().const_i64(i as i64);
        let t = b.binary(BinaryOp::Mul, a, ci);
        let t2 = b.binary(BinaryOp::Add, t, k);
        let t3 = b.binary(BinaryOp::Xor, t2, acc);
        let acc2 = b.binary(BinaryOp::Add, acc, t3);
        let one = b.module().const_i64(1);
        let k2 = b.binary(BinaryOp::Add, k, one);
        b.br(head);
        b.switch_to_block(exit);
        let r = match prev {
            Some(p) => {
                let one32 = b.module().const_i32(1);
                let (_, r) = b.call_function(p, &[a.into(), one32.into()]);
                b.binary(BinaryOp::Add, acc, r.unwrap())
            }
            None => acc,
        };
        b.ret(Some(r.into()));
        let zero = b.module().const_i64(0);
        b.add_phi_incoming(k, zero, entry);
        b.add_phi_incoming(k, k2, body);
        b.add_phi_incoming(acc, zero, entry);
        b.add_phi_incoming(acc, acc2, body);
        prev = Some(f);
    }
    m
}

fn bench(c: &mut Criterion) {
    let m = generate();
    let ir_bytes = jit_core::printer::print_module(&m).len();
    let opts = CodegenOptions::default();
    // One plain measurement for the report.
    let t = Instant::now();
    let obj = X64Backend.compile(&m, &opts).unwrap();
    let dt = t.elapsed().as_secs_f64();
    eprintln!(
        "10k functions: {:.2} ms, {:.0} functions/s, {:.1} MB/s of .ll text ({} bytes IR, {} bytes code)",
        dt * 1e3,
        FUNCTIONS as f64 / dt,
        ir_bytes as f64 / dt / 1e6,
        ir_bytes,
        obj.sections[0].data.len()
    );
    let mut g = c.benchmark_group("compile");
    g.throughput(Throughput::Elements(FUNCTIONS as u64));
    g.sample_size(20);
    g.bench_function("10k_small_functions", |b| {
        b.iter(|| X64Backend.compile(&m, &opts).unwrap())
    });
    g.finish();

    // Every corpus module (parsed once, outside the measurement): IR -> CompiledObject.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/x86_64");
    let mut modules = Vec::new();
    let mut bytes = 0usize;
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ll"))
        {
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if let Ok(m) = jit_core::reader::parse_module(&text, &name)
                && X64Backend.compile(&m, &opts).is_ok()
            {
                bytes += text.len();
                modules.push(m);
            }
        }
    }
    if modules.is_empty() {
        return;
    }
    let t = Instant::now();
    for m in &modules {
        X64Backend.compile(m, &opts).unwrap();
    }
    let dt = t.elapsed().as_secs_f64();
    eprintln!(
        "corpus: {} modules in {:.2} ms ({:.1} MB/s of .ll text)",
        modules.len(),
        dt * 1e3,
        bytes as f64 / dt / 1e6
    );
    let mut g = c.benchmark_group("compile");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus_all_modules", |b| {
        b.iter(|| {
            for m in &modules {
                X64Backend.compile(m, &opts).unwrap();
            }
        })
    });
    g.finish();
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
