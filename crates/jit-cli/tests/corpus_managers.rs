//! The whole corpus under every memory manager: `jit run --engine mcjit --mm NAME` for the
//! managers of the registry, and `--mm-plugin` for the example plugin (`budget-mm`), at -O0
//! and -O2, each program printing exactly what the native program printed. Also the ways a
//! manager is chosen: `--mm`, `--mm-plugin`, the environment, `jit managers`.
//!
//! On both ISAs: natively on x86-64, under QEMU for AArch64 (`cargo xtask test-arm`).

use std::path::{Path, PathBuf};
use std::process::Output;

fn native_engine_available() -> bool {
    matches!(std::env::consts::ARCH, "x86_64" | "aarch64")
}

fn jit() -> std::process::Command {
    let mut c = jit_tests::command(env!("CARGO_BIN_EXE_jit"));
    c.env_remove("JIT_MEMORY_MANAGER")
        .env_remove("JIT_MEMORY_MANAGER_PLUGIN");
    c
}

/// The example plugin, built (as a dev-dependency) beside the `jit` binary.
fn budget_plugin() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_jit"));
    let dir = bin.parent().unwrap();
    for d in [dir.to_path_buf(), dir.join("deps")] {
        let p = d.join("libbudget_mm.so");
        if p.exists() {
            return p;
        }
    }
    panic!("libbudget_mm.so was not built beside {}", bin.display())
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs every corpus program with `jit run --engine mcjit <manager_args>` at -O0 and -O2,
/// where this build has a native engine.
fn corpus_under(manager_args: &[String]) {
    if !native_engine_available() {
        return;
    }
    let arch = std::env::consts::ARCH;
    let programs = jit_tests::programs();
    assert!(
        programs.len() >= 40,
        "the corpus has only {}",
        programs.len()
    );
    let what = format!("{manager_args:?}");
    jit_tests::check_corpus(&what, &programs, &["O0", "O2"], |p, opt| {
        let out = jit()
            .args(["run", "--engine", "mcjit"])
            .args(manager_args)
            .arg(p.ll_path(arch, opt))
            .args(&p.args)
            .output()
            .map_err(|e| format!("cannot start jit: {e}"))?;
        Ok(Some(out.into()))
    });
}

fn mm(name: &str) -> Vec<String> {
    vec!["--mm".into(), name.into()]
}

#[test]
fn corpus_under_section() {
    corpus_under(&mm("section"));
}

#[test]
fn corpus_under_pool() {
    corpus_under(&mm("pool"));
}

#[test]
fn corpus_under_huge() {
    corpus_under(&mm("huge"));
}

#[test]
fn corpus_under_the_example_plugin() {
    corpus_under(&[
        "--mm-plugin".to_string(),
        format!("{}:budget=512M", budget_plugin().display()),
    ]);
}

fn hello() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hello.ll")
}

#[test]
fn managers_lists_this_build_and_given_plugins() {
    let o = jit()
        .args(["managers", "--mm-plugin"])
        .arg(budget_plugin())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    let names: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(names, ["huge", "pool", "section", "budget"], "{text}");
    assert!(
        text.contains("plugin ") && text.contains("byte budget"),
        "{text}"
    );
}

#[test]
fn unknown_manager_is_one_clear_line_listing_the_available_ones() {
    let o = jit()
        .args(["run", "--engine", "mcjit", "--mm", "warp"])
        .arg(hello())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("unknown memory manager `warp` (available: huge, pool, section)"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let o = jit()
        .args([
            "run",
            "--engine",
            "mcjit",
            "--mm-plugin",
            "/no/such/plugin.so",
        ])
        .arg(hello())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("memory manager plugin /no/such/plugin.so"),
        "{err}"
    );
}

#[test]
fn environment_chooses_when_no_flag_does() {
    if !native_engine_available() {
        return;
    }
    let o = jit()
        .env("JIT_MEMORY_MANAGER", "warp")
        .args(["run", "--engine", "mcjit"])
        .arg(hello())
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("unknown memory manager `warp`"),
        "{}",
        stderr(&o)
    );
    // The flag wins over the environment.
    let o = jit()
        .env("JIT_MEMORY_MANAGER", "warp")
        .args(["run", "--engine", "mcjit", "--mm", "pool"])
        .arg(hello())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The plugin variable wins over the name variable; `log=yes` shows it was used.
    let o = jit()
        .env("JIT_MEMORY_MANAGER", "warp")
        .env(
            "JIT_MEMORY_MANAGER_PLUGIN",
            format!("{}:log=yes", budget_plugin().display()),
        )
        .args(["run", "--engine", "mcjit"])
        .arg(hello())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("budget-mm: Code `.text`"),
        "{}",
        stderr(&o)
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout), "Hello, world!\n");
}

#[test]
fn a_plugin_over_budget_is_a_clear_error() {
    if !native_engine_available() {
        return;
    }
    let o = jit()
        .args(["run", "--engine", "mcjit", "--mm-plugin"])
        .arg(format!("{}:budget=16", budget_plugin().display()))
        .arg(hello())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("budget of 16 bytes exceeded"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}
