//! The `jit` command's behaviour on good and bad input: one clear message, exit code 1,
//! never a panic.

use std::path::{Path, PathBuf};
use std::process::Output;

fn jit(args: &[&str]) -> Output {
    jit_tests::command(env!("CARGO_BIN_EXE_jit"))
        .args(args)
        .output()
        .expect("spawn jit")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_ll(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jit-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn assert_clean_failure(o: &Output, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert!(err.contains(needle), "stderr lacks `{needle}`: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("internal error"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "want one line: {err}");
}

#[test]
fn runs_hello_example() {
    let hello = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hello.ll");
    let o = jit(&["run", hello.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "Hello, world!\n",
        "{}",
        stderr(&o)
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn exit_code_and_arguments_reach_the_program() {
    let path = temp_ll(
        "argc.ll",
        "define i32 @main(i32 %argc, ptr %argv) {\n  %r = add i32 %argc, 40\n  ret i32 %r\n}\n",
    );
    let o = jit(&["run", path.to_str().unwrap(), "a", "-b", "--c"]);
    assert_eq!(o.status.code(), Some(44), "{}", stderr(&o));
}

#[test]
fn missing_file() {
    let o = jit(&["run", "/nonexistent/prog.ll"]);
    assert_clean_failure(&o, "/nonexistent/prog.ll");
}

#[test]
fn malformed_ir_names_file_line_and_column() {
    let path = temp_ll(
        "bad.ll",
        "define i32 @main() {\n  %x = frobnicate i32 1\n  ret i32 0\n}\n",
    );
    for cmd in ["run", "check"] {
        let o = jit(&[cmd, path.to_str().unwrap()]);
        assert_clean_failure(&o, "bad.ll:2:");
    }
}

#[test]
fn verifier_errors_fail_check() {
    let path = temp_ll(
        "noterm.ll",
        "define i32 @main() {\n  %x = add i32 1, 2\n}\n",
    );
    let o = jit(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("noterm.ll:"), "{}", stderr(&o));
}

#[test]
fn check_accepts_good_ir() {
    let path = temp_ll("good.ll", "define i32 @main() {\n  ret i32 0\n}\n");
    let o = jit(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn ir_for_another_target_is_rejected() {
    let other = if std::env::consts::ARCH == "x86_64" {
        "aarch64-unknown-linux-gnu"
    } else {
        "x86_64-pc-linux-gnu"
    };
    let path = temp_ll(
        "other.ll",
        &format!("target triple = \"{other}\"\ndefine i32 @main() {{\n  ret i32 0\n}}\n"),
    );
    let o = jit(&["run", path.to_str().unwrap()]);
    assert_clean_failure(&o, other);
}

#[test]
fn unknown_engine_is_a_clear_error() {
    let path = temp_ll("ok.ll", "define i32 @main() {\n  ret i32 0\n}\n");
    assert_clean_failure(
        &jit(&["run", "--engine", "warp", path.to_str().unwrap()]),
        "unknown engine `warp`",
    );
}

#[test]
fn native_engine_runs_or_says_it_is_not_built_for_this_host() {
    let path = temp_ll("seven.ll", "define i32 @main() {\n  ret i32 7\n}\n");
    let o = jit(&["run", "--engine", "mcjit", path.to_str().unwrap()]);
    if matches!(std::env::consts::ARCH, "x86_64" | "aarch64") {
        assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    } else {
        assert_clean_failure(&o, "backend yet");
    }
}

#[test]
fn undefined_external_symbol_is_a_clear_error() {
    let path = temp_ll(
        "undef.ll",
        "declare i32 @no_such_function_anywhere(i32)\ndefine i32 @main() {\n  %r = call i32 @no_such_function_anywhere(i32 1)\n  ret i32 %r\n}\n",
    );
    for engine in ["interp", "mcjit"] {
        let o = jit(&["run", "--engine", engine, path.to_str().unwrap()]);
        if engine == "mcjit" && !matches!(std::env::consts::ARCH, "x86_64" | "aarch64") {
            continue; // no native backend for this host yet
        }
        assert_clean_failure(&o, "no_such_function_anywhere");
        // Who needs it, and every library searched: those given with -l and --load too.
        let o = jit(&[
            "run",
            "--engine",
            engine,
            "-l",
            "atomic",
            "--load",
            "libgcc_s.so.1",
            path.to_str().unwrap(),
        ]);
        assert_clean_failure(&o, "referenced by `main` in module");
        let err = stderr(&o);
        for lib in [
            "-latomic (libatomic.so",
            "libgcc_s.so.1 (loaded)",
            "libc.so.6",
            "libm.so.6",
            "libstdc++.so.6",
        ] {
            assert!(err.contains(lib), "{engine}: `{lib}` missing: {err}");
        }
    }
}

/// A library that does not load is one message naming it and the dynamic loader's reason,
/// for `-l` and `--load` alike, before anything runs.
#[test]
fn libraries_that_do_not_load_are_named() {
    let path = temp_ll("lib_ok.ll", "define i32 @main() {\n  ret i32 0\n}\n");
    let o = jit(&[
        "run",
        "--load",
        "/nonexistent/libnothing.so",
        path.to_str().unwrap(),
    ]);
    assert_clean_failure(
        &o,
        "cannot load library `/nonexistent/libnothing.so`: /nonexistent/libnothing.so: cannot open shared object file",
    );
    let o = jit(&["run", "-l", "surely-not-a-library", path.to_str().unwrap()]);
    assert_clean_failure(
        &o,
        "cannot load library `-lsurely-not-a-library`: libsurely-not-a-library.so: ",
    );
    let o = jit(&["run", "-l", "m", "-l", "atomic", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn division_by_zero_is_a_runtime_error() {
    let path = temp_ll(
        "div.ll",
        "define i32 @main(i32 %argc, ptr %argv) {\n  %d = sub i32 %argc, 1\n  %q = sdiv i32 7, %d\n  ret i32 %q\n}\n",
    );
    // The interpreter detects it; native code traps as a native program would.
    assert_clean_failure(
        &jit(&["run", "--engine", "interp", path.to_str().unwrap()]),
        "division by zero",
    );
}

#[test]
fn object_files_need_the_native_engine() {
    let src = temp_ll("obj.c", "int main(void) { return 3; }\n");
    let obj = src.with_extension("o");
    let cc = std::env::var("JIT_TEST_CC").unwrap_or_else(|_| "cc".to_string());
    let status = std::process::Command::new(&cc)
        .args(["-fPIC", "-c"])
        .arg(&src)
        .arg("-o")
        .arg(&obj)
        .status()
        .expect("run the C compiler");
    assert!(status.success());
    assert_eq!(jit(&["run", obj.to_str().unwrap()]).status.code(), Some(3));
    assert_clean_failure(
        &jit(&["run", "--engine", "interp", obj.to_str().unwrap()]),
        "mcjit engine only",
    );
}

/// `jit opt`: -O runs the level pipeline (on clang -O0's `optnone` functions too),
/// --passes runs a pipeline with LLVM's semantics, the output reads back, errors are one
/// line.
#[test]
fn opt_prints_the_optimized_module() {
    let text = "define i32 @main(i32 %argc, ptr %argv) noinline optnone {\n  %a = alloca i32\n  store i32 %argc, ptr %a\n  %v = load i32, ptr %a\n  %r = add i32 %v, 40\n  ret i32 %r\n}\n";
    let path = temp_ll("opt_in.ll", text);
    let out = path.with_file_name("opt_out.ll");
    let o = jit(&[
        "opt",
        "-O2",
        path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let optimized = std::fs::read_to_string(&out).unwrap();
    assert!(!optimized.contains("alloca"), "{optimized}");
    assert!(optimized.contains("add i32 %argc, 40"), "{optimized}");
    // The output is a program `jit run` runs.
    let r = jit(&["run", out.to_str().unwrap(), "x"]);
    assert_eq!(r.status.code(), Some(42), "{}", stderr(&r));

    // --passes leaves `optnone` functions alone, as LLVM does, unless told otherwise.
    let kept = jit(&["opt", "--passes=mem2reg", path.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&kept.stdout).contains("alloca"));
    let promoted = jit(&[
        "opt",
        "--passes=function(mem2reg),instcombine",
        "--ignore-optnone",
        path.to_str().unwrap(),
    ]);
    let promoted = String::from_utf8_lossy(&promoted.stdout).into_owned();
    assert!(!promoted.contains("alloca"), "{promoted}");

    let bad = jit(&["opt", "--passes=mem2reg,frobnicate", path.to_str().unwrap()]);
    assert_clean_failure(&bad, "unknown pass name 'frobnicate'");
    let misplaced = jit(&["opt", "--passes=function(inline)", path.to_str().unwrap()]);
    assert_clean_failure(&misplaced, "cannot run inside function(...)");
}
