//! Mutation fuzzing of the reader: truncations, bit flips, byte overwrites, inserted,
//! deleted and repeated words, applied to valid bitcode. Every mutant must be read to a
//! module or rejected with an error, without a panic and in bounded time; a module read
//! from a mutant must also survive the verifier, the printer and the writer. The crate's
//! tests run it on every corpus module briefly (`JIT_FUZZ_MUTANTS` sets how many mutants
//! per file); it is the body of a cargo-fuzz target too (`check_one` on raw bytes).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64*), so a failure is reproducible from its
/// seed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced by a constant).
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1) ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number below `n` (which must not be 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// One mutant of `seed`, and what was done to it.
pub fn mutate(seed: &[u8], rng: &mut Rng) -> (Vec<u8>, String) {
    let mut d = seed.to_vec();
    if d.is_empty() {
        return (d, "empty".into());
    }
    let what = match rng.below(7) {
        0 => {
            // Truncate at a word boundary (the length stays valid for the container).
            let n = rng.below(d.len() / 4 + 1) * 4;
            d.truncate(n);
            format!("truncated to {n} bytes")
        }
        1 => {
            let mut flips = Vec::new();
            for _ in 0..1 + rng.below(4) {
                let bit = rng.below(d.len() * 8);
                d[bit / 8] ^= 1 << (bit % 8);
                flips.push(bit);
            }
            format!("bits {flips:?} flipped")
        }
        2 => {
            let at = rng.below(d.len());
            let v = rng.next_u64() as u8;
            d[at] = v;
            format!("byte {at} set to {v:#x}")
        }
        3 => {
            let at = rng.below(d.len() / 4 + 1) * 4;
            let w = (rng.next_u64() as u32).to_le_bytes();
            d.splice(at..at, w);
            format!("a word inserted at byte {at}")
        }
        4 if d.len() >= 8 => {
            let at = rng.below(d.len() / 4 - 1) * 4 + 4;
            d.drain(at..at + 4);
            format!("the word at byte {at} deleted")
        }
        5 if d.len() >= 16 => {
            let from = rng.below(d.len() / 4) * 4;
            let len = (rng.below(8) + 1) * 4;
            let end = (from + len).min(d.len());
            let chunk = d[from..end].to_vec();
            let at = rng.below(d.len() / 4) * 4;
            d.splice(at..at, chunk);
            format!("bytes {from}..{end} repeated at byte {at}")
        }
        _ => {
            // A large value written over a 32-bit word: lengths, counts, ids.
            let at = rng.below(d.len() / 4) * 4;
            let v = [
                0xffff_ffffu32,
                0x7fff_ffff,
                0x8000_0000,
                0x0001_0000,
                0xffff,
            ][rng.below(5)];
            let end = (at + 4).min(d.len());
            d[at..end].copy_from_slice(&v.to_le_bytes()[..end - at]);
            format!("the word at byte {at} set to {v:#x}")
        }
    };
    (d, what)
}

/// Reads `bytes`; when they read as a module, verifies, prints and writes it. Panics only
/// if one of them does (which is the bug this looks for).
pub fn check_one(bytes: &[u8]) {
    if let Ok(m) = crate::read_module(bytes, "mutant.bc") {
        let ok = jit_core::verifier::verify_module(&m).is_ok();
        let _ = jit_core::printer::print_module(&m);
        if ok {
            let _ = crate::write_module(&m);
        }
    }
}

/// What [`fuzz`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FuzzReport {
    /// Mutants tried.
    pub mutants: usize,
    /// Mutants that still read as a module.
    pub read: usize,
    /// The slowest read.
    pub slowest: Duration,
}

/// Runs `count` mutants of `seed` through [`check_one`]. Fails, naming the mutation, when
/// one panics or takes longer than `limit`.
pub fn fuzz(
    seed: &[u8],
    rng_seed: u64,
    count: usize,
    limit: Duration,
) -> Result<FuzzReport, String> {
    let mut rng = Rng::new(rng_seed);
    let mut report = FuzzReport::default();
    for i in 0..count {
        let (mutant, what) = mutate(seed, &mut rng);
        let start = Instant::now();
        let read = catch_unwind(AssertUnwindSafe(|| {
            let ok = crate::read_module(&mutant, "mutant.bc").is_ok();
            check_one(&mutant);
            ok
        }));
        let took = start.elapsed();
        match read {
            Ok(ok) => report.read += usize::from(ok),
            Err(_) => return Err(format!("mutant {i} (seed {rng_seed}, {what}) panicked")),
        }
        if took > limit {
            return Err(format!(
                "mutant {i} (seed {rng_seed}, {what}) took {took:?} (limit {limit:?})"
            ));
        }
        report.slowest = report.slowest.max(took);
        report.mutants += 1;
    }
    Ok(report)
}
