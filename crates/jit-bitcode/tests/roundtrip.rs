//! Round trips: every corpus module and run filetest written by our writer and read back
//! by our reader prints the same; LLVM 19 reads our bitcode back to the same module; our
//! reader reads LLVM 19's bitcode (`llvm-as-19`, and `clang-19 -c -emit-llvm` of the
//! corpus sources with debug information) to the module LLVM's own `llvm-dis-19` text gives.

mod common;

use common::*;
use jit_core::printer::print_module;
use std::process::Command;

#[test]
fn our_writer_and_reader_round_trip_every_module() {
    let mut n = 0;
    for path in ll_files() {
        let m = read_ll(&path);
        if jit_core::verifier::verify_module(&m).is_err() {
            continue;
        }
        let bytes =
            jit_bitcode::write_module(&m).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(jit_bitcode::is_bitcode(&bytes));
        let back = jit_bitcode::read_module(&bytes, "rt.bc")
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (want, got) = (
            normalize(&print_module(&m)),
            normalize(&print_module(&back)),
        );
        assert!(
            want == got,
            "{}: {}",
            path.display(),
            first_difference(&got, &want)
        );
        // The same module is always written to the same bytes (no hash order leaks).
        assert!(
            jit_bitcode::write_module(&m).unwrap() == bytes,
            "{}: the writer is not deterministic",
            path.display()
        );
        n += 1;
    }
    assert!(n > 300, "only {n} modules round-tripped");
}

#[test]
fn llvm_reads_our_bitcode_back() {
    let (Some(dis), Some(opt)) = (tool("llvm-dis-19"), tool("opt-19")) else {
        return;
    };
    let dir = scratch("llvm-dis");
    for path in corpus_sample() {
        let m = read_ll(&path);
        let bc = dir.join("m.bc");
        std::fs::write(&bc, jit_bitcode::write_module(&m).unwrap()).unwrap();
        // LLVM's verifier accepts it...
        run(Command::new(opt)
            .args(["-passes=verify", "-disable-output"])
            .arg(&bc));
        // ...and its disassembler prints the module we wrote.
        let text = run(Command::new(dis).arg(&bc).arg("-o").arg("-"));
        let text = String::from_utf8(text).unwrap();
        let theirs = parse_ll(&text, "llvm-dis output")
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (want, got) = (
            normalize(&print_module(&m)),
            normalize(&print_module(&theirs)),
        );
        assert!(
            want == got,
            "{}: {}",
            path.display(),
            first_difference(&want, &got)
        );
    }
}

#[test]
fn we_read_llvm_as_output() {
    let Some(asm) = tool("llvm-as-19") else {
        return;
    };
    let dir = scratch("llvm-as");
    for path in corpus_sample() {
        let bc = dir.join("m.bc");
        run(Command::new(asm).arg(&path).arg("-o").arg(&bc));
        let bytes = std::fs::read(&bc).unwrap();
        let ours = jit_bitcode::read_module(&bytes, &path.display().to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        let want = normalize(&print_module(&read_ll(&path)));
        let got = normalize(&print_module(&ours));
        assert!(
            want == got,
            "{}: {}",
            path.display(),
            first_difference(&got, &want)
        );
    }
}

/// clang's own bitcode (with debug records, metadata, attribute groups, use lists) for
/// both targets, compared with what LLVM's disassembler makes of it.
#[test]
fn we_read_clang_bitcode_as_llvm_dis_does() {
    let (Some(clang), Some(dis)) = (tool("clang-19"), tool("llvm-dis-19")) else {
        return;
    };
    let dir = scratch("clang");
    let mut n = 0;
    let step = if tools_optional() { 5 } else { 1 };
    for p in jit_tests::programs().into_iter().step_by(step) {
        for (target, opt) in [("x86_64-linux-gnu", "-O2"), ("aarch64-linux-gnu", "-O0")] {
            let bc = dir.join(format!("{}.{target}.bc", p.name));
            run(Command::new(clang)
                .args(["-c", "-emit-llvm", "-g", "-w", opt])
                .arg(format!("--target={target}"))
                .arg(p.source_path())
                .arg("-o")
                .arg(&bc));
            let bytes = std::fs::read(&bc).unwrap();
            let ours = jit_bitcode::read_module(&bytes, &bc.display().to_string())
                .unwrap_or_else(|e| panic!("{e}"));
            let text =
                String::from_utf8(run(Command::new(dis).arg(&bc).arg("-o").arg("-"))).unwrap();
            let theirs = parse_ll(&text, "llvm-dis output")
                .unwrap_or_else(|e| panic!("{}: {e}", bc.display()));
            let (got, want) = (
                normalize(&print_module(&ours)),
                normalize(&print_module(&theirs)),
            );
            assert!(
                got == want,
                "{}: {}",
                bc.display(),
                first_difference(&got, &want)
            );
            n += 1;
        }
    }
    assert!(n >= 80 / step, "only {n} clang modules compared");
}

/// What the corpus has little of: metadata arguments (an alias scope for
/// `llvm.experimental.noalias.scope.decl`), shuffle masks with poison lanes, switches on
/// `i128` with wide cases, inline asm.
#[test]
fn metadata_arguments_shuffles_wide_switches_and_asm_survive_llvm() {
    let (Some(dis), Some(opt)) = (tool("llvm-dis-19"), tool("opt-19")) else {
        return;
    };
    let text = r#"target triple = "x86_64-pc-linux-gnu"
declare void @llvm.experimental.noalias.scope.decl(metadata)
define i32 @f(ptr %p, <4 x i32> %v, i128 %w) {
entry:
  call void @llvm.experimental.noalias.scope.decl(metadata !0)
  %s = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 poison, i32 1, i32 0>
  %e = extractelement <4 x i32> %s, i64 0
  switch i128 %w, label %d [ i128 170141183460469231731687303715884105727, label %a
                              i128 -5, label %b ]
a:
  ret i32 %e
b:
  %r = call i32 asm sideeffect "mov $1, $0", "=r,r,~{dirflag}"(i32 %e)
  ret i32 %r
d:
  ret i32 0
}
!0 = !{!1}
!1 = distinct !{!1, !2}
!2 = distinct !{!2}
"#;
    let m = parse_ll(text, "md.ll").unwrap();
    let dir = scratch("md");
    let bc = dir.join("md.bc");
    std::fs::write(&bc, jit_bitcode::write_module(&m).unwrap()).unwrap();
    run(Command::new(opt)
        .args(["-passes=verify", "-disable-output"])
        .arg(&bc));
    let out = String::from_utf8(run(Command::new(dis).arg(&bc).arg("-o").arg("-"))).unwrap();
    assert!(
        out.contains("call void @llvm.experimental.noalias.scope.decl(metadata !0)"),
        "{out}"
    );
    assert!(out.contains("<i32 3, i32 poison, i32 1, i32 0>"), "{out}");
    assert!(
        out.contains("i128 170141183460469231731687303715884105727, label %a"),
        "{out}"
    );
    let back = parse_ll(&out, "dis.ll").unwrap();
    assert_eq!(
        normalize(&print_module(&back)),
        normalize(&print_module(&m))
    );
}

/// LLVM's own JIT runs programs from our bitcode and prints what the native builds do.
#[test]
fn lli_runs_programs_from_our_bitcode() {
    if std::env::consts::ARCH != "x86_64" {
        return;
    }
    let Some(lli) = tool("lli-19") else { return };
    let dir = scratch("lli");
    let mut ran = 0;
    for p in jit_tests::programs()
        .iter()
        .filter(|p| !p.native_only())
        .step_by(9)
    {
        let m = read_ll(&p.ll_path("x86_64", "O2"));
        let bc = dir.join(format!("{}.bc", p.name));
        std::fs::write(&bc, jit_bitcode::write_module(&m).unwrap()).unwrap();
        let out = Command::new(lli).arg(&bc).args(&p.args).output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&p.expected_stdout),
            "{}",
            p.name
        );
        ran += 1;
    }
    assert!(ran >= 5);
}
