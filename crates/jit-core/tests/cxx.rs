//! Real C++: the programs of `tests/cxx/` (STL containers, iostreams, every exception
//! handling shape clang emits for Linux) compiled by `clang++-19 -S -emit-llvm` at -O0 and
//! -O2 for x86-64 and AArch64. Each module must read, verify and print back to text that
//! reads to the same text again, that `llvm-as-19` accepts, and that `llvm-diff-19` finds
//! identical to clang's output function by function (same instructions, operands, clauses
//! and control flow; attributes and metadata, which the reader drops, are not compared).
//! Skipped, with a message, when LLVM 19 is not installed.

use jit_core::ir::{InstKind, LandingPadClause, Module};
use jit_core::printer::print_module;
use jit_core::reader::parse_module;
use jit_core::verifier::verify_module;
use jit_tests::cxx::{Emit, clangxx, cxx_programs};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cxx")
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// How many invokes, landing pads, resumes, clauses and personalities a module has.
#[derive(Debug, Default, PartialEq, Eq)]
struct EhCounts {
    invokes: usize,
    pads: usize,
    cleanups: usize,
    catches: usize,
    filters: usize,
    resumes: usize,
    personalities: usize,
}

fn eh_counts(m: &Module) -> EhCounts {
    let mut c = EhCounts::default();
    for f in m.functions.values() {
        c.personalities += usize::from(f.personality.is_some());
        let Some(body) = &f.body else { continue };
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                match &body.insts[i].kind {
                    InstKind::Invoke { .. } => c.invokes += 1,
                    InstKind::Resume { .. } => c.resumes += 1,
                    InstKind::LandingPad { cleanup, clauses } => {
                        c.pads += 1;
                        c.cleanups += usize::from(*cleanup);
                        for cl in clauses.iter() {
                            match cl {
                                LandingPadClause::Catch(_) => c.catches += 1,
                                LandingPadClause::Filter(_) => c.filters += 1,
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    c
}

/// The same counts from clang's text, line by line.
fn text_counts(text: &str) -> EhCounts {
    let mut c = EhCounts::default();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with(';') {
            continue;
        }
        let op = t.split_once(" = ").map_or(t, |(_, r)| r);
        c.invokes += usize::from(op.starts_with("invoke "));
        c.pads += usize::from(op.starts_with("landingpad "));
        c.resumes += usize::from(op.starts_with("resume "));
        c.cleanups += usize::from(t == "cleanup");
        c.catches += usize::from(t.starts_with("catch "));
        c.filters += usize::from(t.starts_with("filter "));
        c.personalities += usize::from(t.starts_with("define ") && t.contains(" personality "));
    }
    c
}

fn llvm_as_accepts(text: &str) -> Result<(), String> {
    let mut child = Command::new("llvm-as-19")
        .args(["-", "-o", "/dev/null"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn check_one(path: &Path) -> Result<EhCounts, String> {
    let name = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let m1 = parse_module(&src, &name).map_err(|e| format!("does not read: {e}"))?;
    verify_module(&m1).map_err(|e| format!("does not verify:\n{e}"))?;
    let counts = eh_counts(&m1);
    let expected = text_counts(&src);
    if counts != expected {
        return Err(format!(
            "EH structure differs from clang's text:\n  read:  {counts:?}\n  clang: {expected:?}"
        ));
    }
    let text1 = print_module(&m1);
    let m2 = parse_module(&text1, &name).map_err(|e| format!("printed text does not read: {e}"))?;
    verify_module(&m2).map_err(|e| format!("printed text does not verify:\n{e}"))?;
    let text2 = print_module(&m2);
    if text1 != text2 {
        let line = text1
            .lines()
            .zip(text2.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |n| n + 1);
        return Err(format!("printing is not stable (line {line})"));
    }
    llvm_as_accepts(&text1).map_err(|e| format!("llvm-as-19 rejects the printed text:\n{e}"))?;
    let printed = path.with_extension("printed.ll");
    std::fs::write(&printed, &text1).map_err(|e| e.to_string())?;
    let diff = Command::new("llvm-diff-19")
        .arg(path)
        .arg(&printed)
        .output()
        .map_err(|e| e.to_string())?;
    if !diff.status.success() {
        let report = String::from_utf8_lossy(&diff.stderr);
        return Err(format!(
            "llvm-diff-19 finds the printed module different:\n{}",
            report.chars().take(3000).collect::<String>()
        ));
    }
    Ok(counts)
}

#[test]
fn clang_cxx_output_reads_verifies_and_round_trips() {
    if clangxx().is_none() || !have("llvm-as-19") || !have("llvm-diff-19") {
        eprintln!("clang++-19, llvm-as-19 or llvm-diff-19 is not installed: skipped");
        return;
    }
    let mut failures = Vec::new();
    let mut total = EhCounts::default();
    let mut n = 0;
    for p in cxx_programs() {
        for arch in ["x86_64", "aarch64"] {
            for opt in ["O0", "O2"] {
                let ll = match p.compile(arch, opt, Emit::Text, &out_dir()) {
                    Ok(ll) => ll,
                    Err(e) => {
                        failures.push(e);
                        continue;
                    }
                };
                match check_one(&ll) {
                    Ok(c) => {
                        n += 1;
                        total.invokes += c.invokes;
                        total.pads += c.pads;
                        total.filters += c.filters;
                        total.resumes += c.resumes;
                    }
                    Err(e) => failures.push(format!("{}: {e}", ll.display())),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    eprintln!("{n} C++ modules round-trip: {total:?}");
    // The programs exercise every construct.
    assert!(total.invokes > 100 && total.pads > 50 && total.resumes > 10);
    assert!(
        total.filters > 0,
        "exception_specs.cpp gives filter clauses"
    );
}
