//! `jit` with LLVM bitcode and several inputs: the whole corpus from bitcode (`llvm-as-19`
//! of the corpus `.ll`, and `clang-19 -c -emit-llvm` of its sources, on both engines);
//! programs split over modules, objects, archives and shared libraries; `jit link`;
//! `jit compile --emit-bc`; bad bitcode as one clear error.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn jit() -> Command {
    jit_tests::command(env!("CARGO_BIN_EXE_jit"))
}

fn scratch() -> PathBuf {
    let d = std::env::temp_dir().join(format!("jit-cli-bitcode-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `name` when it runs; under an emulator (where the host's LLVM is not visible) a missing
/// tool skips the test, elsewhere it fails it (CI installs LLVM 19).
fn tool(name: &str) -> Option<&str> {
    let ok = Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(name);
    }
    let emulated = std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty());
    assert!(
        emulated,
        "`{name}` is needed (`cargo xtask test` installs LLVM 19)"
    );
    eprintln!("note: `{name}` is not available under the emulator; skipped");
    None
}

fn ok(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// clang's flag for the architecture the tests run on (the host's clang, under QEMU too).
fn target_flag() -> String {
    format!("--target={}-linux-gnu", std::env::consts::ARCH)
}

fn native() -> bool {
    matches!(std::env::consts::ARCH, "x86_64" | "aarch64")
}

/// Whether the tests run under an emulator: the corpus runs from bitcode are then sampled
/// (every fourth program), the native runs of `corpus.rs` covering the rest.
fn emulated() -> bool {
    std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty())
}

fn run_corpus_from(
    label: &str,
    engine: &str,
    opt: &str,
    make_bc: impl Fn(&jit_tests::Program, &Path) -> Result<(), String>,
) {
    let dir = scratch();
    let step = if emulated() { 4 } else { 1 };
    let programs: Vec<_> = jit_tests::programs().into_iter().step_by(step).collect();
    jit_tests::check_corpus(label, &programs, &[opt], |p, _| {
        if engine == "interp" && p.native_only() {
            return Ok(None);
        }
        let bc = dir.join(format!("{}.{engine}.{opt}.bc", p.name));
        make_bc(p, &bc)?;
        let out = jit()
            .args(["run", "--engine", engine])
            .arg(&bc)
            .args(&p.args)
            .output()
            .map_err(|e| format!("cannot start jit: {e}"))?;
        Ok(Some(out.into()))
    });
}

fn llvm_as(p: &jit_tests::Program, opt: &str, bc: &Path) -> Result<(), String> {
    let out = Command::new("llvm-as-19")
        .arg(p.ll_path(std::env::consts::ARCH, opt))
        .arg("-o")
        .arg(bc)
        .output()
        .map_err(|e| e.to_string())?;
    out.status
        .success()
        .then_some(())
        .ok_or_else(|| String::from_utf8_lossy(&out.stderr).into_owned())
}

fn clang_bc(p: &jit_tests::Program, opt: &str, bc: &Path) -> Result<(), String> {
    let out = Command::new("clang-19")
        .args(["-c", "-emit-llvm", "-g", "-w", &format!("-{opt}")])
        .arg(target_flag())
        .arg(p.source_path())
        .arg("-o")
        .arg(bc)
        .output()
        .map_err(|e| e.to_string())?;
    out.status
        .success()
        .then_some(())
        .ok_or_else(|| String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn corpus_from_llvm_as_bitcode_runs_natively() {
    if !native() || tool("llvm-as-19").is_none() {
        return;
    }
    for opt in ["O0", "O2"] {
        run_corpus_from("jit run (llvm-as-19 bitcode)", "mcjit", opt, |p, bc| {
            llvm_as(p, opt, bc)
        });
    }
}

#[test]
fn corpus_from_llvm_as_bitcode_runs_on_the_interpreter() {
    if tool("llvm-as-19").is_none() {
        return;
    }
    run_corpus_from(
        "jit run --engine interp (llvm-as-19 bitcode)",
        "interp",
        "O2",
        |p, bc| llvm_as(p, "O2", bc),
    );
}

#[test]
fn corpus_from_clang_emit_llvm_runs_on_both_engines() {
    if tool("clang-19").is_none() {
        return;
    }
    if native() {
        run_corpus_from(
            "jit run (clang-19 -c -emit-llvm -O2 -g)",
            "mcjit",
            "O2",
            |p, bc| clang_bc(p, "O2", bc),
        );
    }
    run_corpus_from(
        "jit run --engine interp (clang-19 -c -emit-llvm -O0 -g)",
        "interp",
        "O0",
        |p, bc| clang_bc(p, "O0", bc),
    );
}

const MAIN_C: &str = r#"#include <stdio.h>
#include <math.h>
int helper(int);
int from_archive(int);
extern int shared_counter;
__attribute__((constructor)) static void c1(void) { shared_counter += 10; }
int main(int argc, char **argv) {
  (void)argv;
  printf("helper=%d archive=%d counter=%d sqrt=%.1f\n", helper(4), from_archive(argc), shared_counter, sqrt(2.25));
  return 3;
}
"#;

const LIB_C: &str = r#"int shared_counter = 1;
static int twice(int x) { return 2 * x; }
__attribute__((constructor)) static void c2(void) { shared_counter += 100; }
int helper(int x) { return twice(x) + 1; }
"#;

const AR1_C: &str =
    "int undefined_nowhere(void);\nint ar_unused(void) { return undefined_nowhere(); }\n";
const AR2_C: &str = "int from_archive(int x) { return 40 + x; }\n";

const WANT: &str = "helper=9 archive=41 counter=111 sqrt=1.5\n";

/// The program of [`MAIN_C`] and its pieces: main as bitcode, the library as `.ll`,
/// bitcode and an object, and archives of objects and of bitcode (each with a member that
/// must not be loaded: it uses a symbol defined nowhere).
struct Pieces {
    main_bc: PathBuf,
    lib_ll: PathBuf,
    lib_bc: PathBuf,
    lib_o: PathBuf,
    ar_o: PathBuf,
    ar_bc: PathBuf,
}

fn pieces() -> Option<Pieces> {
    let clang = tool("clang-19")?;
    let dir = scratch();
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let (main_c, lib_c) = (write("main.c", MAIN_C), write("lib.c", LIB_C));
    let (ar1_c, ar2_c) = (write("ar1.c", AR1_C), write("ar2.c", AR2_C));
    let cc = |src: &Path, out: &str, args: &[&str]| {
        let o = dir.join(out);
        ok(Command::new(clang)
            .args(["-w", "-fPIC"])
            .arg(target_flag())
            .args(args)
            .arg(src)
            .arg("-o")
            .arg(&o));
        o
    };
    let main_bc = cc(&main_c, "main.bc", &["-c", "-emit-llvm", "-O1"]);
    let lib_ll = cc(&lib_c, "lib.ll", &["-S", "-emit-llvm", "-O0"]);
    let lib_bc = cc(&lib_c, "lib.bc", &["-c", "-emit-llvm", "-O2"]);
    let lib_o = cc(&lib_c, "lib.o", &["-c", "-O2"]);
    let ar_objs = [cc(&ar1_c, "ar1.o", &["-c"]), cc(&ar2_c, "ar2.o", &["-c"])];
    let ar_bcs = [
        cc(&ar1_c, "ar1.bc", &["-c", "-emit-llvm"]),
        cc(&ar2_c, "ar2.bc", &["-c", "-emit-llvm"]),
    ];
    let ar = |name: &str, members: &[PathBuf]| {
        let a = dir.join(name);
        let _ = std::fs::remove_file(&a);
        ok(Command::new("ar").arg("rcs").arg(&a).args(members));
        a
    };
    Some(Pieces {
        main_bc,
        lib_ll,
        lib_bc,
        lib_o,
        ar_o: ar("libobjs.a", &ar_objs),
        ar_bc: ar("libbcs.a", &ar_bcs),
    })
}

fn expect_program(out: Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        WANT,
        "stderr: {stderr}"
    );
    assert_eq!(out.status.code(), Some(3), "stderr: {stderr}");
}

#[test]
fn programs_of_several_modules_objects_archives_and_libraries() {
    let Some(p) = pieces() else { return };
    let engines: &[&str] = if native() {
        &["interp", "mcjit"]
    } else {
        &["interp"]
    };
    for engine in engines {
        for lib in [&p.lib_ll, &p.lib_bc] {
            let out = jit()
                .args(["run", "--engine", engine, "-l", "m", "--extra-module"])
                .arg(lib)
                .arg("--extra-archive")
                .arg(&p.ar_bc)
                .arg(&p.main_bc)
                .output()
                .unwrap();
            expect_program(out);
        }
    }
    if native() {
        let out = jit()
            .args(["run", "--extra-object"])
            .arg(&p.lib_o)
            .arg("--extra-archive")
            .arg(&p.ar_o)
            .arg(&p.main_bc)
            .output()
            .unwrap();
        expect_program(out);
        // The library as a shared object loaded by path.
        let so = scratch().join("liblib.so");
        // With the C compiler of the tests' target (the cross gcc under QEMU).
        let cc = std::env::var("JIT_TEST_CC").unwrap_or_else(|_| "cc".into());
        ok(Command::new(cc)
            .args(["-shared", "-fPIC", "-O2"])
            .arg(scratch().join("lib.c"))
            .arg("-o")
            .arg(&so));
        let ar2 = scratch().join("ar2.bc");
        let out = jit()
            .arg("run")
            .arg("--load")
            .arg(&so)
            .arg("--extra-module")
            .arg(&ar2)
            .arg(&p.main_bc)
            .output()
            .unwrap();
        expect_program(out);
    }
    // Objects need the native engine; a member using a missing symbol is never loaded.
    let out = jit()
        .args(["run", "--engine", "interp", "--extra-object"])
        .arg(&p.lib_o)
        .arg(&p.main_bc)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mcjit engine only"));
    let out = jit()
        .args(["run", "-l", "surely-not-a-library"])
        .arg(&p.main_bc)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-lsurely-not-a-library"));
}

#[test]
fn link_and_emit_bc() {
    let Some(p) = pieces() else { return };
    let dir = scratch();
    let linked = dir.join("linked.bc");
    ok(jit()
        .arg("link")
        .arg(&p.main_bc)
        .arg(&p.lib_ll)
        .arg(dir.join("ar2.bc"))
        .arg("-o")
        .arg(&linked));
    let out = jit()
        .args(["run", "-l", "m"])
        .arg(&linked)
        .output()
        .unwrap();
    expect_program(out);
    let text = dir.join("linked.ll");
    ok(jit()
        .arg("link")
        .arg("-S")
        .arg(&p.main_bc)
        .arg(&p.lib_ll)
        .arg("-o")
        .arg(&text));
    let t = std::fs::read_to_string(&text).unwrap();
    assert!(
        t.contains("define i32 @helper")
            && t.contains("@llvm.global_ctors = appending global [2 x"),
        "{t}"
    );
    ok(jit().arg("check").arg(&text));
    // Two definitions of one symbol.
    let out = jit()
        .arg("link")
        .arg(&p.lib_ll)
        .arg(&p.lib_bc)
        .arg("-o")
        .arg(dir.join("x.bc"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is defined in both"),
        "{out:?}"
    );
    // compile --emit-bc, then run and check what it wrote.
    let bc = dir.join("emitted.bc");
    ok(jit()
        .args(["compile", "--emit-bc"])
        .arg(&p.lib_ll)
        .arg("-o")
        .arg(&bc));
    let bytes = std::fs::read(&bc).unwrap();
    assert_eq!(&bytes[..4], b"BC\xC0\xDE");
    ok(jit().arg("check").arg(&bc));
    if let Some(dis) = tool("llvm-dis-19") {
        let out = ok(Command::new(dis).arg(&bc).arg("-o").arg("-"));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("define i32 @helper(i32 noundef %0)")
        );
    }
}

#[test]
fn bad_bitcode_is_one_clear_error() {
    let dir = scratch();
    let hello = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hello.ll");
    let bc = dir.join("hello.bc");
    ok(jit()
        .args(["compile", "--emit-bc"])
        .arg(&hello)
        .arg("-o")
        .arg(&bc));
    let bytes = std::fs::read(&bc).unwrap();
    let out = ok(jit().arg("run").arg(&bc));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Hello, world!\n");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", bytes[..(bytes.len() / 2) & !3].to_vec()),
        ("odd length", bytes[..bytes.len() - 1].to_vec()),
        ("magic only", b"BC\xC0\xDE".to_vec()),
        ("bad version", {
            let mut b = bytes.clone();
            b[40..48].copy_from_slice(&[0xff; 8]);
            b
        }),
    ];
    for (what, data) in cases {
        let f = dir.join(format!("{}.bc", what.replace(' ', "_")));
        std::fs::write(&f, &data).unwrap();
        for cmd in ["run", "check"] {
            let out = jit().arg(cmd).arg(&f).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{what}: {err}");
            assert!(
                err.contains(&*f.display().to_string()) && err.contains("bit "),
                "{what}: {err}"
            );
            assert!(
                !err.contains("panicked") && !err.contains("internal error"),
                "{what}: {err}"
            );
            assert_eq!(err.trim_end().lines().count(), 1, "{what}: {err}");
        }
    }
}
