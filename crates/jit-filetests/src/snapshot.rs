//! Snapshots stored beside the test file: `name.compile.snap` (disassembly) and
//! `name.opt.snap` (optimized IR) next to `name.ll`.
//!
//! A snapshot is a header line (which file, how to re-bless) and the text. A mismatch is a
//! failure with a unified diff; with blessing on ([`crate::ENV_BLESS`]) the snapshot is
//! rewritten instead and the run reports it. A snapshot whose test file is gone, or no
//! longer asks for it, is a failure too, so none goes stale unnoticed.

use std::path::{Path, PathBuf};

use crate::directive::TestFile;
use crate::report::FileReport;

/// How to re-bless, for messages and headers.
pub const BLESS_HINT: &str = "JIT_FILETESTS_BLESS=1 cargo test -p jit-filetests --test filetests";

/// The snapshot kinds: the suffix before `.snap`, and the command that owns it.
const KINDS: [(&str, &str); 2] = [("compile", "compile"), ("opt", "opt")];

/// The snapshot of `kind` for the test file `file`: `dir/name.ll` → `dir/name.KIND.snap`.
pub fn snapshot_path(file: &Path, kind: &str) -> PathBuf {
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    file.with_file_name(format!("{stem}.{kind}.snap"))
}

/// What comparing with a snapshot found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Same text.
    Same,
    /// Different or missing, and rewritten (blessing on).
    Blessed(PathBuf),
    /// Different or missing: the failure message (diff and how to bless).
    Differs(String),
}

/// Compares `actual` with the snapshot at `path`, rewriting it when `bless` is set.
pub fn compare(path: &Path, file_name: &str, actual: &str, bless: bool) -> Verdict {
    let stored = std::fs::read_to_string(path).ok();
    let stored_body = stored
        .as_deref()
        .map(|s| s.split_once('\n').map_or("", |(_, body)| body));
    if stored_body == Some(actual) {
        return Verdict::Same;
    }
    if bless {
        let text = format!(
            "; jit-filetests snapshot of {file_name}; re-bless with {BLESS_HINT}\n{actual}"
        );
        return match std::fs::write(path, text) {
            Ok(()) => Verdict::Blessed(path.to_path_buf()),
            Err(e) => Verdict::Differs(format!("cannot write {}: {e}", path.display())),
        };
    }
    let name = path.display();
    Verdict::Differs(match stored_body {
        None => format!(
            "no snapshot {name} yet; create it with {BLESS_HINT} after checking the output:\n{}",
            excerpt(actual, 80)
        ),
        Some(stored) => {
            let diff = similar::TextDiff::from_lines(stored, actual);
            format!(
                "output differs from snapshot {name} (-snapshot +actual):\n{}re-bless with {BLESS_HINT} if the change is right",
                diff.unified_diff()
                    .context_radius(3)
                    .header("snapshot", "actual")
            )
        }
    })
}

/// The first `lines` lines of `text`, saying how many were left out.
fn excerpt(text: &str, lines: usize) -> String {
    let total = text.lines().count();
    let mut out: String = text.lines().take(lines).map(|l| format!("{l}\n")).collect();
    if total > lines {
        out.push_str(&format!("... ({} more lines)\n", total - lines));
    }
    out
}

/// A failure report when the snapshot at `path` belongs to no test that asks for it.
pub fn check_orphan(path: &Path) -> Option<FileReport> {
    let name = path.file_name()?.to_string_lossy();
    let (stem, command) = KINDS.iter().find_map(|(kind, command)| {
        name.strip_suffix(&format!(".{kind}.snap"))
            .map(|stem| (stem.to_string(), *command))
    })?;
    let test = path.with_file_name(format!("{stem}.ll"));
    let owned = std::fs::read_to_string(&test)
        .ok()
        .and_then(|text| TestFile::parse(&test, &text).ok())
        .is_some_and(|file| file.has(command));
    (!owned).then(|| {
        FileReport::failed(
            path,
            format!(
                "stale snapshot: {} does not exist or has no `; test {command}`; delete the snapshot",
                test.display()
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_beside_the_test() {
        assert_eq!(
            snapshot_path(Path::new("a/b/add.ll"), "compile"),
            PathBuf::from("a/b/add.compile.snap")
        );
    }

    #[test]
    fn compare_bless_and_diff() {
        let dir = std::env::temp_dir().join(format!("jit-filetests-snap-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let snap = dir.join("t.compile.snap");
        let _ = std::fs::remove_file(&snap);
        match compare(&snap, "t.ll", "a\nb\n", false) {
            Verdict::Differs(m) => assert!(m.contains("no snapshot"), "{m}"),
            v => panic!("{v:?}"),
        }
        assert_eq!(
            compare(&snap, "t.ll", "a\nb\n", true),
            Verdict::Blessed(snap.clone())
        );
        assert_eq!(compare(&snap, "t.ll", "a\nb\n", false), Verdict::Same);
        match compare(&snap, "t.ll", "a\nc\n", false) {
            Verdict::Differs(m) => assert!(m.contains("-b\n+c\n"), "{m}"),
            v => panic!("{v:?}"),
        }
        // No test file beside it: stale.
        assert!(check_orphan(&snap).is_some());
        std::fs::write(dir.join("t.ll"), "; test compile\n").unwrap();
        assert!(check_orphan(&snap).is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
