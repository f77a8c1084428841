//! C++ with exceptions (`tests/cxx/`: invokes, landing pads with every clause kind,
//! resumes, personalities, `llvm.eh.typeid.for`): clang++-19's bitcode reads to the module
//! LLVM's disassembler prints and to the module clang's `.ll` text reads to; our writer's
//! bitcode reads back to the same module, and LLVM 19 verifies it and disassembles it to
//! the same module too.

mod common;

use common::*;
use jit_core::printer::print_module;
use jit_tests::cxx::{Emit, clangxx, cxx_programs};
use std::process::Command;

#[test]
fn cxx_bitcode_round_trips_through_both_readers_and_llvm() {
    let (Some(dis), Some(opt)) = (tool("llvm-dis-19"), tool("opt-19")) else {
        return;
    };
    if clangxx().is_none() {
        assert!(tools_optional(), "clang++-19 is needed");
        return;
    }
    let dir = scratch("cxx");
    let mut n = 0;
    let mut invokes = 0;
    for p in cxx_programs() {
        for arch in ["x86_64", "aarch64"] {
            for level in ["O0", "O2"] {
                let bc = p.compile(arch, level, Emit::Bitcode, &dir).unwrap();
                let ll = p.compile(arch, level, Emit::Text, &dir).unwrap();
                let bytes = std::fs::read(&bc).unwrap();
                let ours = jit_bitcode::read_module(&bytes, &bc.display().to_string())
                    .unwrap_or_else(|e| panic!("{e}"));
                jit_core::verifier::verify_module(&ours)
                    .unwrap_or_else(|e| panic!("{}: {e}", bc.display()));
                let got = normalize(&print_module(&ours));
                invokes += got.matches("invoke ").count();
                // As LLVM's disassembler reads the same bitcode.
                let text =
                    String::from_utf8(run(Command::new(dis).arg(&bc).arg("-o").arg("-"))).unwrap();
                let theirs = parse_ll(&text, "llvm-dis output")
                    .unwrap_or_else(|e| panic!("{}: {e}", bc.display()));
                let want = normalize(&print_module(&theirs));
                assert!(
                    got == want,
                    "{}: {}",
                    bc.display(),
                    first_difference(&got, &want)
                );
                // As clang's text for the same source reads.
                let from_text = normalize(&print_module(&read_ll(&ll)));
                assert!(
                    got == from_text,
                    "{} vs {}: {}",
                    bc.display(),
                    ll.display(),
                    first_difference(&got, &from_text)
                );
                // Our writer, read back by our reader and by LLVM.
                let written = jit_bitcode::write_module(&ours)
                    .unwrap_or_else(|e| panic!("{}: {e}", bc.display()));
                let back = jit_bitcode::read_module(&written, "rt.bc")
                    .unwrap_or_else(|e| panic!("{}: {e}", bc.display()));
                let again = normalize(&print_module(&back));
                assert!(
                    got == again,
                    "{}: {}",
                    bc.display(),
                    first_difference(&again, &got)
                );
                let rt = dir.join(format!("{}.{arch}.{level}.rt.bc", p.name));
                std::fs::write(&rt, &written).unwrap();
                run(Command::new(opt)
                    .args(["-passes=verify", "-disable-output"])
                    .arg(&rt));
                let text =
                    String::from_utf8(run(Command::new(dis).arg(&rt).arg("-o").arg("-"))).unwrap();
                let llvm_back = parse_ll(&text, "llvm-dis output")
                    .unwrap_or_else(|e| panic!("{}: {e}", rt.display()));
                let llvm_again = normalize(&print_module(&llvm_back));
                assert!(
                    got == llvm_again,
                    "{}: {}",
                    rt.display(),
                    first_difference(&llvm_again, &got)
                );
                n += 1;
            }
        }
    }
    eprintln!("{n} C++ bitcode modules compared ({invokes} invokes)");
    assert!(n >= 16 && invokes > 100);
}
