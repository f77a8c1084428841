//! Every C++ corpus program (`tests/corpus/cpp/`), as clang++-19 compiled it for this machine
//! at -O0 and -O2, run by `jit run` at the levels the C corpus uses (tier 0, the optimizing
//! tier at OptLevel 1 and 2, tiered with replacement at the first count and mid-run, and
//! the interpreter for programs without threads) must print exactly what the native
//! program printed and exit with the same status (134 for the program that ends in
//! `std::terminate`). The libstdc++ these programs need is found by the engine itself.
//!
//! The interpreter does not unwind C++ exceptions: a program that throws must stop there
//! with the interpreter's clear error ([`stopped_at_throw`]); every program that does not
//! throw, the `-fno-exceptions` variants included, must pass.

use jit_tests::{Outcome, Program, cpp};

/// True when the interpreter stopped `p` where it throws, as it must (never a crash or a
/// wrong answer).
fn stopped_at_throw(p: &Program, got: &Outcome) -> bool {
    !cpp::exceptions_disabled(p)
        && got.exit == 1
        && got
            .stderr
            .contains("a C++ exception is thrown here (call to `__cxa_")
}

/// Runs every `step`th C++ program of `opt` with `jit run --engine ENGINE FLAGS`.
fn run_cpp_corpus(engine: &str, opt: &str, flags: &[&str], step: usize) {
    let arch = std::env::consts::ARCH;
    let programs = cpp::programs();
    assert!(
        programs.len() >= 12
            && programs
                .iter()
                .filter(|p| cpp::exceptions_disabled(p))
                .count()
                >= 5,
        "the C++ corpus has only {} programs",
        programs.len()
    );
    let what = format!(
        "jit run --engine {engine}{}{} (C++ {opt})",
        if flags.is_empty() { "" } else { " " },
        flags.join(" ")
    );
    jit_tests::check_corpus(
        &what,
        &programs.iter().step_by(step).cloned().collect::<Vec<_>>(),
        &[opt],
        |p, opt| {
            if engine == "interp" && cpp::native_only(p) {
                return Ok(None);
            }
            let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
                .args(["run", "--engine", engine])
                .args(flags)
                .arg(cpp::ll_path(p, arch, opt))
                .args(&p.args)
                .output()
                .map_err(|e| format!("cannot start jit: {e}"))?;
            let got: Outcome = out.into();
            if engine == "interp" && stopped_at_throw(p, &got) {
                return Ok(None);
            }
            Ok(Some(got))
        },
    );
}

/// Whether this build has a native backend for the host.
fn native_engine_available() -> bool {
    matches!(std::env::consts::ARCH, "x86_64" | "aarch64")
}

fn emulated() -> bool {
    std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty())
}

#[test]
fn native_engine_runs_cpp_corpus_o0() {
    if native_engine_available() {
        run_cpp_corpus("mcjit", "O0", &["-O0"], 1);
    }
}

#[test]
fn native_engine_runs_cpp_corpus_o2() {
    if native_engine_available() {
        run_cpp_corpus("mcjit", "O2", &["-O0"], 1);
    }
}

#[test]
fn optimizing_tier_runs_cpp_corpus() {
    if native_engine_available() {
        for (opt, level) in [("O0", "-O2"), ("O2", "-O2"), ("O0", "-O1"), ("O2", "-O1")] {
            run_cpp_corpus("mcjit", opt, &[level], 1);
        }
    }
}

/// The default `jit run` (tiered), and tiering with every function replaced at its first
/// call and at a count reached in the middle of the work. Under an emulator, two settings.
#[test]
fn tiering_runs_cpp_corpus() {
    if !native_engine_available() {
        return;
    }
    run_cpp_corpus("mcjit", "O0", &[], 1);
    let settings: &[(&str, &str)] = if emulated() {
        &[("O2", "1")]
    } else {
        &[("O0", "1"), ("O0", "40"), ("O2", "1"), ("O2", "40")]
    };
    for (opt, threshold) in settings {
        run_cpp_corpus(
            "mcjit",
            opt,
            &[
                "--tiering=on",
                "--tier-sync",
                &format!("--tier-threshold={threshold}"),
            ],
            1,
        );
    }
}

#[test]
fn interpreter_runs_cpp_corpus() {
    for opt in ["O0", "O2"] {
        run_cpp_corpus("interp", opt, &[], 1);
    }
}

/// A C++ ELF object (`clang++ -c -fPIC`, exceptions on) run by `jit run prog.o`: its own
/// `.eh_frame` and `.gcc_except_table` are kept and registered, so its exceptions unwind
/// through its destructors and are caught as in the native program.
#[test]
fn cxx_object_files_throw_and_catch() {
    if !native_engine_available() || jit_tests::cxx::clangxx().is_none() {
        return;
    }
    let program = cpp::programs()
        .into_iter()
        .find(|p| p.name == "exc_destructors")
        .expect("exc_destructors is in the C++ corpus");
    let object = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exc_destructors.o");
    let built = std::process::Command::new("clang++-19")
        .arg(format!("--target={}-linux-gnu", std::env::consts::ARCH))
        .args(["-O1", "-fPIC", "-c"])
        .arg(cpp::source_path(&program))
        .arg("-o")
        .arg(&object)
        .output()
        .expect("running clang++-19");
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    jit_tests::check_corpus(
        "jit run (C++ ELF object)",
        std::slice::from_ref(&program),
        &["O1"],
        |_, _| {
            let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
                .arg("run")
                .arg(&object)
                .output()
                .map_err(|e| format!("cannot start jit: {e}"))?;
            Ok(Some(out.into()))
        },
    );
}

/// The program in a `jit-executor` (`jit run --executor`): exceptions unwind through the
/// `.eh_frame` sections the executor registered, threads and `thread_local` objects use its
/// runtime, and static objects are destroyed at its exit.
#[test]
fn cpp_corpus_runs_out_of_process() {
    if !native_engine_available() {
        return;
    }
    let executor = jit_tests::executor_command().join(" ");
    let step = if emulated() { 3 } else { 1 };
    run_cpp_corpus("mcjit", "O0", &["--executor", &executor, "-O0"], step);
    run_cpp_corpus("mcjit", "O2", &["--executor", &executor, "-O2"], step);
}
