//! Round trips through the reader and the printer: for every `.ll` file of the C corpus
//! (`tests/corpus/{x86_64,aarch64}/*.ll`) and under `tests/fixtures/`, parse → print → parse →
//! print must give the same text twice, and both modules must verify. When LLVM 19 is
//! installed, `llvm-as-19` must also accept every printed module.

use jit_core::printer::print_module;
use jit_core::reader::parse_module;
use jit_core::verifier::verify_module;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.ll` files inside `dir` and its subdirectories, sorted.
fn ll_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()));
        for e in entries {
            let p = e.expect("directory entry").path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "ll") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// The corpus files, or `None` when the corpus has not been generated.
fn corpus_files() -> Option<Vec<PathBuf>> {
    let root = crate_dir().join("../../tests/corpus");
    let dirs: Vec<PathBuf> = ["x86_64", "aarch64"]
        .iter()
        .map(|a| root.join(a))
        .filter(|d| d.is_dir())
        .collect();
    if dirs.is_empty() {
        return None;
    }
    Some(dirs.iter().flat_map(|d| ll_files(d)).collect())
}

/// The first line where two texts differ, for failure messages.
fn first_difference(a: &str, b: &str) -> String {
    for (n, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  first:  {x}\n  second: {y}", n + 1);
        }
    }
    format!(
        "one text is a prefix of the other ({} and {} lines)",
        a.lines().count(),
        b.lines().count()
    )
}

/// Parses, prints, parses and prints `path`; returns the first printed text.
fn round_trip(path: &Path) -> Result<String, String> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let m1 = parse_module(&source, &name).map_err(|e| format!("does not parse: {e}"))?;
    verify_module(&m1).map_err(|e| format!("does not verify:\n{e}"))?;
    let text1 = print_module(&m1);
    let m2 =
        parse_module(&text1, &name).map_err(|e| format!("printed text does not parse: {e}"))?;
    verify_module(&m2).map_err(|e| format!("printed text does not verify:\n{e}"))?;
    let text2 = print_module(&m2);
    if text1 != text2 {
        return Err(format!(
            "printing is not stable: {}",
            first_difference(&text1, &text2)
        ));
    }
    Ok(text1)
}

/// Round-trips every file, panicking on the first failure. With `JIT_ROUNDTRIP_DUMP=DIR`
/// set, the printed modules are also written to `DIR/ARCH.NAME` for inspection (e.g. to
/// compile them with clang and compare the programs' output).
fn check_all(files: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let dump = std::env::var_os("JIT_ROUNDTRIP_DUMP").map(PathBuf::from);
    let mut out = Vec::new();
    for f in files {
        match round_trip(f) {
            Ok(text) => {
                if let Some(dir) = &dump {
                    let arch = f.parent().and_then(|p| p.file_name()).unwrap_or_default();
                    let name = format!(
                        "{}.{}",
                        arch.to_string_lossy(),
                        f.file_name().unwrap().to_string_lossy()
                    );
                    std::fs::create_dir_all(dir).expect("create the dump directory");
                    std::fs::write(dir.join(name), &text).expect("write a printed module");
                }
                out.push((f.clone(), text))
            }
            Err(e) => panic!("{}: {e}", f.display()),
        }
    }
    out
}

#[test]
fn fixtures_round_trip() {
    let files = ll_files(&crate_dir().join("tests/fixtures"));
    assert!(!files.is_empty(), "tests/fixtures holds no .ll files");
    let done = check_all(&files);
    eprintln!("{} fixtures round-trip", done.len());
}

#[test]
fn corpus_round_trips() {
    let Some(files) = corpus_files() else {
        eprintln!("tests/corpus has no generated .ll files (run `cargo xtask corpus`): skipped");
        return;
    };
    assert!(
        !files.is_empty(),
        "tests/corpus/{{x86_64,aarch64}} hold no .ll files"
    );
    let done = check_all(&files);
    eprintln!("{} corpus files round-trip", done.len());
}

/// `llvm-as-19` must accept what the printer writes (skipped when LLVM 19 is not installed).
#[test]
fn llvm_accepts_printed_modules() {
    if Command::new("llvm-as-19")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("llvm-as-19 is not installed: skipped");
        return;
    }
    let mut files = ll_files(&crate_dir().join("tests/fixtures"));
    files.extend(corpus_files().unwrap_or_default());
    for (path, text) in check_all(&files) {
        let mut child = Command::new("llvm-as-19")
            .args(["-", "-o", "/dev/null"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("llvm-as-19 starts");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("piped stdin");
            stdin
                .write_all(text.as_bytes())
                .expect("write to llvm-as-19");
        }
        let out = child.wait_with_output().expect("llvm-as-19 runs");
        assert!(
            out.status.success(),
            "{}: llvm-as-19 rejects the printed module:\n{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
