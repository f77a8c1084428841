//! Every corpus program, as clang-19 compiled it for this machine at -O0 and -O2, run by
//! `jit run --engine interp` and `--engine mcjit` (tier 0, and at OptLevel 1 and 2 the IR
//! optimizer and then the optimizing tier, and tiered: tier 0 replaced function by function
//! as counters run out), must print exactly what the native program printed and exit with the
//! same code.

fn run_corpus(engine: &str, opt: &str) {
    run_corpus_at(engine, opt, 0);
}

fn run_corpus_at(engine: &str, opt: &str, level: u8) {
    run_corpus_with(engine, opt, &[&format!("-O{level}")]);
}

fn run_corpus_with(engine: &str, opt: &str, flags: &[&str]) {
    let arch = std::env::consts::ARCH;
    let programs = jit_tests::programs();
    assert!(
        programs.len() >= 40,
        "the corpus has only {} programs",
        programs.len()
    );
    jit_tests::check_corpus(
        &format!("jit run --engine {engine} {}", flags.join(" ")),
        &programs,
        &[opt],
        |p, opt| {
            if engine == "interp" && p.native_only() {
                return Ok(None);
            }
            let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
                .args(["run", "--engine", engine])
                .args(flags)
                .arg(p.ll_path(arch, opt))
                .args(&p.args)
                .output()
                .map_err(|e| format!("cannot start jit: {e}"))?;
            Ok(Some(out.into()))
        },
    );
}

#[test]
fn interpreter_runs_corpus_o0() {
    run_corpus("interp", "O0");
}

#[test]
fn interpreter_runs_corpus_o2() {
    run_corpus("interp", "O2");
}

/// Whether this build has a native backend for the host (the tests of `--engine mcjit` run
/// only there; elsewhere `unbuilt_native_engine_is_a_clear_error` in cli.rs covers it).
fn native_engine_available() -> bool {
    matches!(std::env::consts::ARCH, "x86_64" | "aarch64")
}

#[test]
fn native_engine_runs_corpus_o0() {
    if native_engine_available() {
        run_corpus("mcjit", "O0");
    }
}

#[test]
fn native_engine_runs_corpus_o2() {
    if native_engine_available() {
        run_corpus("mcjit", "O2");
    }
}

#[test]
fn optimizing_tier_runs_corpus_o0_ir() {
    if native_engine_available() {
        for level in [1, 2] {
            run_corpus_at("mcjit", "O0", level);
        }
    }
}

#[test]
fn optimizing_tier_runs_corpus_o2_ir() {
    if native_engine_available() {
        run_corpus_at("mcjit", "O2", 2);
    }
}

#[test]
fn optimizing_tier_level_1_runs_corpus_o2_ir() {
    if native_engine_available() {
        run_corpus_at("mcjit", "O2", 1);
    }
}

#[test]
fn interpreter_runs_optimized_corpus() {
    run_corpus_at("interp", "O0", 2);
}

/// Tiering with every function replaced at its first call or loop iteration (threshold 1),
/// and at a threshold where replacement happens in the middle of the program's work, with
/// tier-0 frames still on the stack below optimized ones.
#[test]
fn tiering_runs_corpus() {
    if native_engine_available() {
        for opt in ["O0", "O2"] {
            for threshold in ["1", "40"] {
                run_corpus_with(
                    "mcjit",
                    opt,
                    &[
                        "--tiering=on",
                        "--tier-sync",
                        &format!("--tier-threshold={threshold}"),
                    ],
                );
            }
        }
    }
}
