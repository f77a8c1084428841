//! Shared by the integration tests: corpus files, LLVM's tools, text normalization.

#![allow(dead_code, reason = "each test file uses a part")]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Every corpus `.ll` (both targets, both levels) and the filetests that run.
pub fn ll_files() -> Vec<PathBuf> {
    let mut v = jit_tests::all_ll_files();
    let ft = jit_tests::corpus_dir().join("../filetests");
    for dir in ["run", "compile"] {
        if let Ok(rd) = std::fs::read_dir(ft.join(dir)) {
            let mut more: Vec<PathBuf> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ll"))
                .collect();
            more.sort();
            v.extend(more);
        }
    }
    assert!(v.len() > 300, "only {} .ll files found", v.len());
    v
}

/// Every corpus `.ll`, or under an emulator every fifth (the tests are slow there).
pub fn corpus_sample() -> Vec<PathBuf> {
    let step = if tools_optional() { 5 } else { 1 };
    jit_tests::all_ll_files()
        .into_iter()
        .step_by(step)
        .collect()
}

/// Whether LLVM 19's tools may be missing here: only under an emulator (the AArch64
/// tests run under QEMU, where the host's LLVM is not visible). Elsewhere a missing tool
/// fails the test, since CI installs them.
pub fn tools_optional() -> bool {
    std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty())
}

/// `name` if it runs; `None` (with a note) where tools are optional; a panic otherwise.
pub fn tool(name: &str) -> Option<&str> {
    let ok = Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(name);
    }
    assert!(
        tools_optional(),
        "`{name}` is needed (Debian package llvm-19 / clang-19; `cargo xtask test` installs it)"
    );
    eprintln!("note: `{name}` is not available under the emulator; skipped");
    None
}

/// Runs a tool, panicking with its stderr on failure.
pub fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A scratch directory for this test binary.
pub fn scratch(what: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("jit-bitcode-{what}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Module text for comparison: no `; ModuleID` or `source_filename` line (LLVM invents a
/// source file name for modules without one), named struct definitions sorted (their
/// order follows each tool's type numbering), and declarations of intrinsics left out
/// (LLVM gives intrinsics their attributes when it reads a module).
pub fn normalize(text: &str) -> String {
    let mut types: Vec<&str> = Vec::new();
    let mut rest: Vec<&str> = Vec::new();
    for l in text.lines() {
        if l.starts_with("; ModuleID") || l.starts_with("source_filename") {
            continue;
        }
        if l.starts_with("declare") && l.contains("@llvm.") {
            continue;
        }
        if l.starts_with('%') && l.contains(" = type ") {
            types.push(l);
        } else {
            rest.push(l);
        }
    }
    types.sort_unstable();
    let mut out = types.join("\n");
    out.push('\n');
    out.push_str(&rest.join("\n"));
    out
}

/// The `.ll` file read and printed by our reader and printer.
pub fn read_ll(path: &Path) -> jit_core::ir::Module {
    let text = std::fs::read_to_string(path).unwrap();
    parse_ll(&text, &path.display().to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// Reads `.ll` text without its debug information, which the bitcode reader and writer
/// leave out (so the two readers' modules compare equal).
pub fn parse_ll(
    text: &str,
    name: &str,
) -> Result<jit_core::ir::Module, jit_core::reader::ParseError> {
    let mut m = jit_core::reader::parse_module(text, name)?;
    m.strip_debug_info();
    Ok(m)
}

/// A first differing line, for messages.
pub fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  ours:   {x}\n  theirs: {y}", i + 1);
        }
    }
    format!(
        "lengths differ: {} vs {} lines",
        a.lines().count(),
        b.lines().count()
    )
}
