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
