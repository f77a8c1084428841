//! The benchmark kernels (`bench/kernels/*.c`), compiled by clang-19 at plain -O2 (with
//! vector code, as the harness compiles them) and run through the Cranelift peer at both
//! opt levels: each must print exactly what the native clang -O2 build prints. Skipped
//! (with a message) when clang-19 is not installed.

use std::path::Path;
use std::process::Command;

fn clang(args: &[&str]) -> bool {
    Command::new("clang-19")
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
#[cfg_attr(not(target_arch = "x86_64"), ignore = "x86-64 only")]
fn kernels_match_native_output() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kernels");
    if Command::new("clang-19").arg("--version").output().is_err() {
        println!("clang-19 not installed: kernels not checked");
        return;
    }
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("no bench/kernels directory: nothing to check");
        return;
    };
    let mut sources: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    sources.sort();
    let tmp = std::env::temp_dir().join(format!("peer-cranelift-kernels-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut checked = 0;
    for src in &sources {
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let ll = tmp.join(format!("{name}.ll"));
        let exe = tmp.join(&name);
        let s = src.to_str().unwrap();
        assert!(clang(&[
            "-O2",
            "-S",
            "-emit-llvm",
            s,
            "-o",
            ll.to_str().unwrap()
        ]));
        assert!(clang(&["-O2", s, "-o", exe.to_str().unwrap(), "-lm"]));
        let native = Command::new(&exe).output().unwrap();
        for opt in ["none", "speed"] {
            let peer = Command::new(env!("CARGO_BIN_EXE_peer-cranelift-run"))
                .args(["--opt", opt])
                .arg(&ll)
                .output()
                .unwrap();
            assert_eq!(
                (peer.status.code(), String::from_utf8_lossy(&peer.stdout)),
                (
                    native.status.code(),
                    String::from_utf8_lossy(&native.stdout)
                ),
                "kernel {name} at opt {opt}; stderr: {}",
                String::from_utf8_lossy(&peer.stderr)
            );
            checked += 1;
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    println!(
        "kernels: {checked} runs match native ({} kernels)",
        sources.len()
    );
}

/// The corpus programs again, this time compiled at plain -O2 (the checked-in `.ll` files
/// are built with `-fno-vectorize`), so the vector paths see what clang's vectorizers emit.
#[test]
#[cfg_attr(not(target_arch = "x86_64"), ignore = "x86-64 only")]
fn vectorized_corpus_matches_expected_output() {
    if Command::new("clang-19").arg("--version").output().is_err() {
        println!("clang-19 not installed: vectorized corpus not checked");
        return;
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut sources: Vec<_> = std::fs::read_dir(corpus.join("src"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    sources.sort();
    let tmp = std::env::temp_dir().join(format!("peer-cranelift-vec-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let (mut passed, mut untranslated, mut failed) = (0, Vec::new(), Vec::new());
    for src in &sources {
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let ll = tmp.join(format!("{name}.ll"));
        assert!(clang(&[
            "-O2",
            "-w",
            "-S",
            "-emit-llvm",
            src.to_str().unwrap(),
            "-o",
            ll.to_str().unwrap()
        ]));
        let args: Vec<String> =
            std::fs::read_to_string(corpus.join("src").join(format!("{name}.args")))
                .map(|t| t.lines().map(str::to_string).collect())
                .unwrap_or_default();
        let expected =
            std::fs::read(corpus.join("expected").join(format!("{name}.stdout"))).unwrap();
        let exit: i32 =
            std::fs::read_to_string(corpus.join("expected").join(format!("{name}.exit")))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_peer-cranelift-run"))
            .args(["--opt", "speed"])
            .arg(&ll)
            .args(&args)
            .current_dir(&tmp)
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() == Some(125) && stderr.contains("not translated") {
            untranslated.push(format!("{name}: {}", stderr.trim()));
        } else if out.status.code() == Some(exit) && out.stdout == expected {
            passed += 1;
        } else {
            failed.push(format!(
                "{name}: status {:?}; stderr: {}",
                out.status,
                stderr.trim()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    for u in &untranslated {
        println!("not translated: {u}");
    }
    println!(
        "vectorized corpus: {} programs, {passed} passed, {} not translated, {} failed",
        sources.len(),
        untranslated.len(),
        failed.len()
    );
    assert!(failed.is_empty(), "{failed:#?}");
}

const VARIADIC_C: &str = r#"
#include <stdarg.h>
#include <stdio.h>
__attribute__((noinline)) double mix(int n, ...) {
    va_list ap, copy;
    va_start(ap, n);
    va_copy(copy, ap);
    double total = 0;
    for (int i = 0; i < n; i++) {
        if (i % 3 == 2) total += va_arg(ap, double);
        else total += va_arg(ap, long) * (i + 1);
    }
    long first = va_arg(copy, long);
    va_end(copy);
    va_end(ap);
    return total + first * 1000;
}
__attribute__((noinline)) float fixed_float(float scale, int tag, ...) {
    va_list ap;
    va_start(ap, tag);
    double d = va_arg(ap, double);
    int k = va_arg(ap, int);
    va_end(ap);
    return (float)(d * scale) + k + tag;
}
__attribute__((noinline)) void say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}
int main(void) {
    printf("%.3f\n", mix(2, 5L, 7L));
    printf("%.3f\n", mix(20, 1L, 2L, 0.5, 3L, 4L, 1.25, 5L, 6L, 2.5, 7L, 8L, 3.75, 9L, 10L,
                          5.0, 11L, 12L, 6.25, 13L, 14L));
    printf("%.3f\n", fixed_float(2.0f, 'A', 1.5, 7));
    say("%d %s %.2f %ld %d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n", 1, "two",
        3.0, 4L, 5, 6, 7, 8, 9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
    return 0;
}
"#;

/// Variadic definitions (`va_start`, `va_arg` as clang lowers it, `va_copy`, `vprintf`),
/// with arguments beyond the registers, against the native build at -O0 and -O2.
#[test]
#[cfg_attr(
    not(target_arch = "x86_64"),
    ignore = "variadic definitions are x86-64 only"
)]
fn variadic_definitions_match_native() {
    if Command::new("clang-19").arg("--version").output().is_err() {
        println!("clang-19 not installed: variadic definitions not checked");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("peer-cranelift-va-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let src = tmp.join("va.c");
    std::fs::write(&src, VARIADIC_C).unwrap();
    let s = src.to_str().unwrap();
    for o in ["-O0", "-O2"] {
        let ll = tmp.join(format!("va{o}.ll"));
        let exe = tmp.join(format!("va{o}"));
        assert!(clang(&[
            o,
            "-S",
            "-emit-llvm",
            s,
            "-o",
            ll.to_str().unwrap()
        ]));
        assert!(clang(&[o, s, "-o", exe.to_str().unwrap()]));
        let native = Command::new(&exe).output().unwrap();
        for opt in ["none", "speed"] {
            let peer = Command::new(env!("CARGO_BIN_EXE_peer-cranelift-run"))
                .args(["--opt", opt])
                .arg(&ll)
                .output()
                .unwrap();
            assert_eq!(
                (peer.status.code(), String::from_utf8_lossy(&peer.stdout)),
                (
                    native.status.code(),
                    String::from_utf8_lossy(&native.stdout)
                ),
                "{o} at opt {opt}; stderr: {}",
                String::from_utf8_lossy(&peer.stderr)
            );
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
