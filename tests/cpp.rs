//! The C++ corpus (`tests/corpus/cpp/`): programs compiled by clang++-19 with exceptions on
//! (the default) and, for sources that ask, a `NAME_noexc` variant compiled with
//! `-fno-exceptions`. Same layout and oracle as the C corpus: `.ll` files per target and
//! level, expected stdout and exit status (128 + the signal for a program that aborts, as
//! `std::terminate` does).

use crate::Program;
use std::path::PathBuf;

/// Root of the C++ corpus.
pub fn corpus_dir() -> PathBuf {
    crate::corpus_dir().join("cpp")
}

/// The name suffix of the `-fno-exceptions` variant of a program.
pub const NO_EXCEPTIONS_SUFFIX: &str = "_noexc";

/// Every program of the C++ corpus (variants included), sorted by name: the programs with
/// an expected exit status. Panics when a program lacks its stdout file.
pub fn programs() -> Vec<Program> {
    let expected = corpus_dir().join("expected");
    let mut names: Vec<String> = std::fs::read_dir(&expected)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", expected.display()))
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "exit").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let read = |ext: &str| {
                let p = expected.join(format!("{name}.{ext}"));
                std::fs::read(&p).unwrap_or_else(|e| {
                    panic!("{}: {e} (run `cargo xtask corpus --lang cpp`)", p.display())
                })
            };
            let exit_text = String::from_utf8_lossy(&read("exit")).trim().to_string();
            let args =
                std::fs::read_to_string(source_dir().join(format!("{}.args", source_name(&name))))
                    .map(|s| s.lines().map(str::to_owned).collect())
                    .unwrap_or_default();
            Program {
                expected_stdout: read("stdout"),
                expected_exit: exit_text
                    .parse()
                    .unwrap_or_else(|_| panic!("{name}.exit holds `{exit_text}`, not a status")),
                args,
                name,
            }
        })
        .collect()
}

fn source_dir() -> PathBuf {
    corpus_dir().join("src")
}

/// The source file's stem of a program (the variant's base name for `NAME_noexc`).
pub fn source_name(name: &str) -> &str {
    match name.strip_suffix(NO_EXCEPTIONS_SUFFIX) {
        Some(base) if source_dir().join(format!("{base}.cpp")).exists() => base,
        _ => name,
    }
}

/// The `.ll` file of a C++ program for `arch` at `opt`.
pub fn ll_path(p: &Program, arch: &str, opt: &str) -> PathBuf {
    corpus_dir().join(arch).join(format!("{}.{opt}.ll", p.name))
}

/// The C++ source of a program.
pub fn source_path(p: &Program) -> PathBuf {
    source_dir().join(format!("{}.cpp", source_name(&p.name)))
}

/// Whether the program was compiled with `-fno-exceptions`.
pub fn exceptions_disabled(p: &Program) -> bool {
    p.name.ends_with(NO_EXCEPTIONS_SUFFIX)
}

/// Whether the source says `corpus: native-only` (something the reference interpreter
/// cannot run; no program needs it at present).
pub fn native_only(p: &Program) -> bool {
    std::fs::read_to_string(source_path(p)).is_ok_and(|s| s.contains("corpus: native-only"))
}
