//! Allocate + write + publish of 1, 100 and 10,000 small (48-byte) functions, per function,
//! with `pool` and `section` side by side. Each timed batch belongs to one module that is
//! released (untimed) afterwards, so every batch starts from the same state.
//!
//! Run with `cargo bench -p mm-pool --bench alloc_publish`. Before measuring, it prints the
//! memory footprint per function (granule or page rounding plus metadata) of each manager.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jit_core::memory::{MemoryManager, ModuleId, SectionKind};
use mm_pool::PoolMemoryManager;
use mm_section::SectionMemoryManager;
use std::time::{Duration, Instant};

const SIZE: usize = 48;
const BATCHES: [u32; 3] = [1, 100, 10_000];

/// 48 bytes of code-like content (`int3` padded `mov eax, imm; ret`).
fn body(i: u32) -> [u8; SIZE] {
    let mut b = [0xcc; SIZE];
    b[0] = 0xb8;
    b[1..5].copy_from_slice(&i.to_le_bytes());
    b[5] = 0xc3;
    b
}

/// Allocates, writes and publishes `n` functions for `owner`.
fn batch(mm: &mut dyn MemoryManager, owner: ModuleId, n: u32) {
    for i in 0..n {
        let p = mm
            .allocate(SectionKind::Code, SIZE, 16, owner, ".text")
            .unwrap();
        let b = body(i);
        // SAFETY: the manager handed out SIZE writable bytes at `local`.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p.local.as_ptr(), SIZE) };
    }
    mm.finalize().unwrap();
}

fn managers() -> Vec<(&'static str, Box<dyn MemoryManager>)> {
    vec![
        ("pool", Box::new(PoolMemoryManager::new().unwrap())),
        ("section", Box::new(SectionMemoryManager::new().unwrap())),
    ]
}

/// Prints bytes per function beyond the 48 payload bytes, for each manager and batch.
fn footprint() {
    for n in BATCHES {
        let mut pool = PoolMemoryManager::new().unwrap();
        let before = pool.pool_stats();
        batch(&mut pool, ModuleId(0), n);
        let after = pool.pool_stats();
        let granule_bytes = after.arenas[0].live * mm_pool::GRANULE;
        let meta = after.metadata_bytes - before.metadata_bytes;
        let fixed = before.metadata_bytes;
        let mut section = SectionMemoryManager::new().unwrap();
        batch(&mut section, ModuleId(0), n);
        let committed = section.committed_bytes();
        let nn = n as f64;
        eprintln!(
            "footprint n={n:>5}: pool {:>6.1} B/fn over payload ({:.1} granule rounding + {:.1} \
             records; fixed bitmaps {} KiB per manager); section {:>8.1} B/fn over payload \
             ({} bytes committed)",
            (granule_bytes + meta) as f64 / nn - SIZE as f64,
            granule_bytes as f64 / nn - SIZE as f64,
            meta as f64 / nn,
            fixed >> 10,
            committed as f64 / nn - SIZE as f64,
            committed,
        );
    }
}

fn alloc_publish(c: &mut Criterion) {
    footprint();
    let mut group = c.benchmark_group("alloc_publish");
    for n in BATCHES {
        group.throughput(Throughput::Elements(n as u64));
        for (name, mut mm) in managers() {
            let mut next = 0u32;
            group.bench_with_input(BenchmarkId::new(name, n), &n, |b, &n| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let owner = ModuleId(next);
                        next = next.wrapping_add(1);
                        let t = Instant::now();
                        batch(mm.as_mut(), owner, n);
                        total += t.elapsed();
                        mm.release(owner);
                    }
                    total
                })
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    targets = alloc_publish
}
criterion_main!(benches);
