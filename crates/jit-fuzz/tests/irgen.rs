//! The generator's own checks, fast enough for every `cargo test`: 50 generated modules
//! survive the printer round trip and give the same results on the interpreter and the
//! native engine at -O0..-O3, and their results depend on the arguments (so the
//! comparison compares something).

use jit_fuzz::{Fuzzer, Target, irgen, targets};
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn fifty_generated_modules_agree_on_every_engine() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fuzzer = Fuzzer::new(Target::Irgen, &root).expect("irgen needs no corpus");
    for seed in 0..50 {
        if let Err(f) = fuzzer.run_case(seed) {
            panic!(
                "irgen seed {seed}: {}\n{}",
                f.message,
                String::from_utf8_lossy(&f.input)
            );
        }
    }
}

#[test]
fn results_depend_on_the_arguments_and_the_seed() {
    let native = jit::native_backend().is_ok();
    let mut distinct = BTreeSet::new();
    let mut varying = 0;
    for seed in 1000..1020 {
        let r = targets::check_generated(&irgen::generate(seed), seed, native)
            .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        varying += usize::from(r.iter().collect::<BTreeSet<_>>().len() > 1);
        distinct.extend(r);
    }
    assert!(
        varying >= 15,
        "only {varying} of 20 modules depend on their arguments"
    );
    assert!(
        distinct.len() >= 50,
        "only {} distinct results",
        distinct.len()
    );
}

#[test]
fn mutation_targets_run_a_slice_without_findings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for target in [Target::LlReader, Target::BitcodeReader] {
        let fuzzer = Fuzzer::new(target, &root).expect("the seed corpus reads");
        let stats = jit_fuzz::campaign(&fuzzer, 0, Some(300), None, |_| {});
        assert_eq!(stats.execs, 300);
        assert!(stats.accepted > 0, "{target:?}: no mutant was accepted");
        if let Some(f) = stats.findings.first() {
            panic!("{} seed {}: {}", target.name(), f.seed, f.message);
        }
    }
}

/// Every reproducer under `tests/fuzz/regressions/` passes its target's check now: a
/// `.bc` file the bitcode reader's, a `.ll` file defining `@fuzz_main` the differential
/// check (arguments from the seed in its `irgen-<seed>` name, else 0), any other `.ll`
/// file the `.ll` reader's, each within [`targets::SLOW_CASE`]. A `.ll` file with a
/// `; xfail: why` line must still fail.
#[test]
fn regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz/regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for path in entries.map(|e| e.expect("a directory entry").path()) {
        let bytes = std::fs::read(&path).expect("a regression file reads");
        let name = path.file_stem().unwrap_or_default().to_string_lossy();
        let seed = name
            .rsplit('-')
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let target = match path.extension().and_then(|e| e.to_str()) {
            Some("bc") => Target::BitcodeReader,
            Some("ll") if String::from_utf8_lossy(&bytes).contains("@fuzz_main(") => Target::Irgen,
            Some("ll") => Target::LlReader,
            _ => continue,
        };
        // `; xfail: why` marks a reproducer of a bug not fixed yet: it must still fail,
        // and its passing is reported so that the mark is removed.
        let xfail = String::from_utf8_lossy(&bytes)
            .lines()
            .any(|l| l.starts_with("; xfail"));
        let start = std::time::Instant::now();
        let result = targets::check_input(target, &bytes, seed).and_then(|()| {
            if start.elapsed() > targets::SLOW_CASE {
                Err(format!("took {:?}", start.elapsed()))
            } else {
                Ok(())
            }
        });
        match (result, xfail) {
            (Ok(()), false) | (Err(_), true) => {}
            (Err(e), false) => panic!("{}: {e}", path.display()),
            (Ok(()), true) => panic!("{} passes now: remove its `; xfail` line", path.display()),
        }
    }
}
