//! A small, deterministic, time-boxed fuzz test of the `.ll` reader: real clang output
//! mutated at random (bytes replaced, ranges deleted or duplicated, lines swapped,
//! truncation) must read to a module or a `ParseError`, never a panic or a hang.
//!
//! Set `READER_MUTATIONS=N` to run N mutations per file instead of the default.

use std::path::Path;
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[u8] = b"%@!#$\"[]{}()<>,=*x0123456789-.:;\n \\cipv";

fn mutate(src: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = src.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        if v.is_empty() {
            break;
        }
        let at = rng.below(v.len());
        match rng.below(6) {
            0 => v[at] = INTERESTING[rng.below(INTERESTING.len())],
            1 => {
                let end = (at + 1 + rng.below(40)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                let end = (at + 1 + rng.below(80)).min(v.len());
                let chunk = v[at..end].to_vec();
                let to = rng.below(v.len());
                v.splice(to..to, chunk);
            }
            3 => v.truncate(at),
            4 => {
                // Swap two lines.
                let text = String::from_utf8_lossy(&v).into_owned();
                let mut lines: Vec<&str> = text.lines().collect();
                if lines.len() > 2 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                }
                v = lines.join("\n").into_bytes();
            }
            _ => {
                // Replace a token-ish run with a keyword that changes meaning.
                const WORDS: &[&str] = &[
                    "i32", "ptr", "label", "void", "i0", "[1 x", "{", "undef", "%0", "@x", "!{",
                    "call", "phi", "type", "opaque", "...", "#0", "c\"",
                ];
                let end = (at + rng.below(8)).min(v.len());
                let w = WORDS[rng.below(WORDS.len())].as_bytes().to_vec();
                v.splice(at..end, w);
            }
        }
    }
    v
}

fn files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    for dir in ["fixtures/clang", "bad-input"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            out.extend(
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ll")),
            );
        }
    }
    out.sort();
    out
}

#[test]
fn mutated_clang_output_never_panics() {
    let per_file: usize = std::env::var("READER_MUTATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(150);
    let budget = Duration::from_secs(20);
    let start = Instant::now();
    let mut rng = Rng(0x5EED);
    let mut runs = 0usize;
    let mut errors = 0usize;
    for path in files() {
        let src = std::fs::read(&path).expect("readable");
        if src.len() > 200_000 {
            continue;
        }
        for _ in 0..per_file {
            if start.elapsed() > budget {
                break;
            }
            let m = mutate(&src, &mut rng);
            let text = String::from_utf8_lossy(&m);
            let t = Instant::now();
            let r = std::panic::catch_unwind(|| jit_core::parse_module(&text, "mutant.ll"));
            let Ok(r) = r else {
                let _ = std::fs::write("/tmp/reader-mutant.ll", &m);
                panic!(
                    "the reader panicked on a mutant of {} (saved to /tmp/reader-mutant.ll)",
                    path.display()
                );
            };
            // Linear time: even the largest fixture reads in far less than this.
            assert!(
                t.elapsed() < Duration::from_secs(2),
                "slow read of a mutant of {}",
                path.display()
            );
            errors += r.is_err() as usize;
            runs += 1;
        }
    }
    assert!(runs > 0);
    eprintln!("{runs} mutants read, {errors} rejected");
}
