//! Every corpus program, as clang-19 compiled it for this machine at -O0 and -O2, run by
//! `jit run --engine interp`, must print exactly what the native program printed and exit
//! with the same code.

fn run_corpus(engine: &str, opt: &str) {
    let arch = std::env::consts::ARCH;
    let programs = jit_tests::programs();
    assert!(
        programs.len() >= 40,
        "the corpus has only {} programs",
        programs.len()
    );
    let mut failures = Vec::new();
    for p in &programs {
        if engine == "interp" && p.native_only() {
            continue;
        }
        let ll = p.ll_path(arch, opt);
        let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
            .args(["run", "--engine", engine])
            .arg(&ll)
            .args(&p.args)
            .output()
            .expect("spawn jit");
        let code = out.status.code().unwrap_or(-1);
        if out.stdout != p.expected_stdout || code != p.expected_exit {
            failures.push(format!(
                "{} ({opt}): exit {code} (want {}), stdout {} (want {} bytes)\n--- stderr:\n{}\n--- stdout:\n{}",
                p.name,
                p.expected_exit,
                if out.stdout == p.expected_stdout { "same" } else { "differs" },
                p.expected_stdout.len(),
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&out.stdout).chars().take(2000).collect::<String>(),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
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

/// `jit run prog.o`: every corpus program compiled by the system C compiler
/// (`$JIT_TEST_CC`, default `cc`) with `-O1 -fPIC -c` runs on the native engine with the
/// native program's output.
#[test]
fn gcc_objects_run_on_the_native_engine() {
    let cc = std::env::var("JIT_TEST_CC").unwrap_or_else(|_| "cc".to_string());
    let dir = std::env::temp_dir().join(format!("jit-cli-objects-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    for p in jit_tests::programs()
        .into_iter()
        .filter(|p| !p.clang_only() && !p.uses_thread_locals())
    {
        let obj = dir.join(format!("{}.o", p.name));
        let mut compile = std::process::Command::new(&cc);
        compile.args(["-O1", "-fPIC", "-c", "-w"]);
        if cfg!(target_arch = "aarch64") {
            // GCC's default outline atomics call helpers (`__aarch64_cas4_acq`, ...) that
            // live in the static libgcc.a, which no shared library exports to the engine.
            compile.arg("-mno-outline-atomics");
        }
        let status = compile
            .arg(p.source_path())
            .arg("-o")
            .arg(&obj)
            .status()
            .unwrap_or_else(|e| panic!("cannot run the C compiler `{cc}`: {e}"));
        assert!(status.success(), "{cc} failed on {}", p.name);
        let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
            .arg("run")
            .arg(&obj)
            .args(&p.args)
            .output()
            .expect("spawn jit");
        if out.stdout != p.expected_stdout || out.status.code() != Some(p.expected_exit) {
            failures.push(format!(
                "{}: exit {:?} (want {}); stderr: {}",
                p.name,
                out.status.code(),
                p.expected_exit,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
