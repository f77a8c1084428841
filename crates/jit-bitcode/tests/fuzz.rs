//! Mutants of every corpus module's bitcode (ours, and `llvm-as-19`'s for some) never
//! crash the reader, nor the verifier, printer and writer on what it accepts, and never
//! take long. `JIT_FUZZ_MUTANTS` sets the mutants per file (default 24).

mod common;

use common::*;
use std::time::Duration;

fn mutants() -> usize {
    std::env::var("JIT_FUZZ_MUTANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if tools_optional() { 8 } else { 24 })
}

#[test]
fn mutants_of_every_corpus_module_never_crash() {
    let mut total = jit_bitcode::fuzz::FuzzReport::default();
    for (i, path) in corpus_sample().iter().enumerate() {
        let m = read_ll(path);
        let bytes = jit_bitcode::write_module(&m).unwrap();
        let r = jit_bitcode::fuzz::fuzz(&bytes, i as u64 + 1, mutants(), Duration::from_secs(5))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        total.mutants += r.mutants;
        total.read += r.read;
        total.slowest = total.slowest.max(r.slowest);
    }
    eprintln!("{total:?}");
    assert!(total.mutants > 1000 / if tools_optional() { 5 } else { 1 });
    // Some mutants (bits flipped in names, constants, unused records) still read.
    assert!(total.read > 0 && total.read < total.mutants, "{total:?}");
}

#[test]
fn mutants_of_llvm_bitcode_never_crash() {
    let Some(asm) = tool("llvm-as-19") else {
        return;
    };
    let dir = scratch("fuzz-llvm-as");
    for (i, path) in corpus_sample().iter().enumerate().step_by(7) {
        let bc = dir.join("m.bc");
        run(std::process::Command::new(asm).arg(path).arg("-o").arg(&bc));
        let bytes = std::fs::read(&bc).unwrap();
        jit_bitcode::fuzz::fuzz(&bytes, 1000 + i as u64, mutants(), Duration::from_secs(5))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

#[test]
fn every_truncation_is_an_error() {
    let path = jit_tests::corpus_dir().join("x86_64/global_initializers.O0.ll");
    let bytes = jit_bitcode::write_module(&read_ll(&path)).unwrap();
    for n in 0..bytes.len() {
        let e = jit_bitcode::read_module(&bytes[..n], "t.bc");
        assert!(
            e.is_err(),
            "a truncation to {n} of {} bytes was read",
            bytes.len()
        );
    }
}

/// Mutants of C++ bitcode with exception handling (invoke, landingpad, resume records and
/// personalities): clang's and our writer's.
#[test]
fn mutants_of_exception_handling_bitcode_never_crash() {
    if jit_tests::cxx::clangxx().is_none() {
        assert!(tools_optional(), "clang++-19 is needed");
        return;
    }
    let dir = scratch("fuzz-cxx");
    let mut seed = 5000;
    for p in jit_tests::cxx::cxx_programs()
        .into_iter()
        .filter(|p| matches!(p.name.as_str(), "eh_shapes" | "exception_specs"))
    {
        for level in ["O0", "O2"] {
            let bc = p
                .compile("x86_64", level, jit_tests::cxx::Emit::Bitcode, &dir)
                .unwrap();
            let clang = std::fs::read(&bc).unwrap();
            let m = jit_bitcode::read_module(&clang, "cxx.bc").unwrap();
            let ours = jit_bitcode::write_module(&m).unwrap();
            for bytes in [clang, ours] {
                seed += 1;
                jit_bitcode::fuzz::fuzz(&bytes, seed, 4 * mutants(), Duration::from_secs(5))
                    .unwrap_or_else(|e| panic!("{}: {e}", bc.display()));
            }
        }
    }
}
