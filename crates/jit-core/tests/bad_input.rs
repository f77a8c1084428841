//! Malformed and unsupported `.ll` files: each file in `tests/bad-input/` holds one
//! problem, and the reader's message for it is an `insta` snapshot named after the file
//! (`tests/snapshots/bad_input__<file>.snap`). Files that are not valid UTF-8 are read
//! lossily, as a tool reading arbitrary bytes would.
//!
//! Re-bless after an intended change with `INSTA_UPDATE=always cargo test -p jit-core
//! --test bad_input`, then read the changed `.snap` files.

use std::path::Path;

fn describe(result: Result<jit_core::ir::Module, jit_core::ParseError>) -> String {
    match result {
        Ok(m) => format!(
            "ok: {} functions, {} globals, {} aliases",
            m.functions.len(),
            m.globals.len(),
            m.aliases.len()
        ),
        Err(e) => format!("{e}\nkind: {:?}", e.kind),
    }
}

#[test]
fn bad_input_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/bad-input exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ll"))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "expected at least 25 bad-input files");
    for path in files {
        let bytes = std::fs::read(&path).expect("readable");
        let src = String::from_utf8_lossy(&bytes);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 file name")
            .to_string();
        let result = std::panic::catch_unwind(|| jit_core::parse_module(&src, &name));
        let Ok(result) = result else {
            panic!("{name}: the reader panicked");
        };
        let stem = name.trim_end_matches(".ll").to_string();
        insta::with_settings!({ description => format!("reading tests/bad-input/{name}"), omit_expression => true }, {
            insta::assert_snapshot!(stem, describe(result));
        });
    }
}

/// An empty file is an empty module, not an error.
#[test]
fn empty_file_is_an_empty_module() {
    let m = jit_core::parse_module("", "empty.ll").expect("empty input parses");
    assert_eq!(m.symbol_count(), 0);
}
