//! What huge pages buy: thousands of tiny functions (`lea eax, [rdi + 1]; ret`, or AArch64
//! `add w0, w0, #1; ret`), each in its own 4 KiB slot, called in a pseudo-random chain, so
//! nearly every call lands on a different 4 KiB page. With 4 KiB pages the chain misses the
//! instruction TLB; on 2 MiB pages a handful of entries cover all of it.
//!
//! Compares `huge` (THP), `huge` forced to ordinary pages, `section` and `pool`, for 512
//! functions (2 MiB of code), 8192 (32 MiB) and 32768 (128 MiB: the pool's whole default
//! code arena). Run with
//! `cargo bench -p mm-huge --bench spread_calls`.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jit_core::memory::{MemoryManager, ModuleId, SectionKind};
use mm_huge::{HugeConfig, HugeMemoryManager, HugeSource};
use mm_pool::PoolMemoryManager;
use mm_section::SectionMemoryManager;
use std::hint::black_box;
use std::time::Duration;

const SLOT: usize = 4096;
const COUNTS: [usize; 3] = [512, 8192, 32768];

/// `fn(u32) -> u32 { x + 1 }` for the host.
fn plus_one() -> Vec<u8> {
    if cfg!(target_arch = "aarch64") {
        [0x1100_0400u32, 0xd65f_03c0]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect()
    } else {
        vec![0x8d, 0x47, 0x01, 0xc3]
    }
}

/// A reproducible shuffle of `0..n` (xorshift + Fisher–Yates).
fn permutation(n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for i in (1..n).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
    v
}

/// Sum of `AnonHugePages` (kB) over the smaps entries overlapping `range`.
fn huge_kb(range: std::ops::Range<u64>) -> u64 {
    let Ok(text) = std::fs::read_to_string("/proc/self/smaps") else {
        return 0;
    };
    let mut inside = false;
    let mut sum = 0;
    for line in text.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        if let Some((a, b)) = first.split_once('-')
            && let (Ok(a), Ok(b)) = (u64::from_str_radix(a, 16), u64::from_str_radix(b, 16))
        {
            inside = a < range.end && range.start < b;
        } else if inside && let Some(rest) = line.strip_prefix("AnonHugePages:") {
            sum += rest
                .split_whitespace()
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(0);
        }
    }
    sum
}

type Fun = extern "C" fn(u32) -> u32;

/// Places `n` functions through `mm`, publishes them, and returns them in chain order.
fn place(mm: &mut dyn MemoryManager, n: usize) -> (Vec<Fun>, std::ops::Range<u64>) {
    let code = plus_one();
    let mut addrs = Vec::with_capacity(n);
    for _ in 0..n {
        let p = mm
            .allocate(SectionKind::Code, SLOT, SLOT, ModuleId(0), ".text")
            .unwrap();
        // SAFETY: SLOT writable bytes at `local`, and the code is shorter.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), p.local.as_ptr(), code.len()) };
        addrs.push(p.target);
    }
    mm.finalize().unwrap();
    let lo = *addrs.iter().min().unwrap();
    let hi = *addrs.iter().max().unwrap() + SLOT as u64;
    let funs = permutation(n)
        .into_iter()
        .map(|i| {
            // SAFETY: each address holds a published `fn(u32) -> u32` for this ISA.
            unsafe { std::mem::transmute::<usize, Fun>(addrs[i] as usize) }
        })
        .collect();
    (funs, lo..hi)
}

fn managers() -> Vec<(&'static str, Box<dyn MemoryManager>)> {
    let huge = |source| {
        HugeMemoryManager::with_config(&HugeConfig {
            source,
            ..HugeConfig::default()
        })
        .unwrap()
    };
    vec![
        ("huge", Box::new(huge(HugeSource::Thp))),
        ("huge-normal-pages", Box::new(huge(HugeSource::Normal))),
        ("section", Box::new(SectionMemoryManager::new().unwrap())),
        ("pool", Box::new(PoolMemoryManager::new().unwrap())),
    ]
}

fn spread_calls(c: &mut Criterion) {
    if !cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        return;
    }
    let mut group = c.benchmark_group("spread_calls");
    for n in COUNTS {
        group.throughput(Throughput::Elements(n as u64));
        for (name, mut mm) in managers() {
            let (funs, range) = place(mm.as_mut(), n);
            eprintln!(
                "{name} n={n}: {} KiB of code on huge pages (AnonHugePages); {}",
                huge_kb(range),
                mm.stats().notes
            );
            group.bench_with_input(BenchmarkId::new(name, n), &funs, |b, funs| {
                b.iter(|| {
                    let mut acc = 0u32;
                    for f in funs {
                        acc = f(black_box(acc));
                    }
                    assert_eq!(acc as usize, funs.len());
                    acc
                })
            });
            drop(funs);
            drop(mm);
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
    targets = spread_calls
}
criterion_main!(benches);
