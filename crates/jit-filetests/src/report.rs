//! What a run found: failures with their `file:line`, outcomes per command, and a summary
//! per directory that counts passes, failures and skips (with their reasons).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::directive::display_name;

/// One thing that is wrong, at a place in a test file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The test file.
    pub file: PathBuf,
    /// The 1-based line it concerns; 0 for the whole file.
    pub line: u32,
    /// What is wrong (may span several lines, e.g. a diff).
    pub message: String,
}

impl Failure {
    /// A failure at `line` of `file`.
    pub fn new(file: &Path, line: u32, message: impl Into<String>) -> Failure {
        Failure {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.file.display();
        if self.line > 0 {
            write!(f, "{name}:{}: {}", self.line, self.message)
        } else {
            write!(f, "{name}: {}", self.message)
        }
    }
}

/// How one command of a file ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything checked out; `checks` counts what was compared (run lines × engines,
    /// diagnostics, snapshot sections), so a command that checked nothing shows up.
    Passed {
        /// The number of comparisons made.
        checks: usize,
    },
    /// Something is wrong: every failure found.
    Failed(Vec<Failure>),
    /// Not run, for this reason (counted and printed by the summary).
    Skipped(String),
}

/// The outcomes of one file's commands.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The file.
    pub path: PathBuf,
    /// `(command name, line of its directive, outcome)`; a failure of the file as a whole
    /// (unreadable, bad directives) is recorded under the command name `file`.
    pub outcomes: Vec<(&'static str, u32, Outcome)>,
    /// Snapshots rewritten because blessing was on.
    pub blessed: Vec<PathBuf>,
}

impl FileReport {
    /// An empty report for `path`.
    pub fn new(path: &Path) -> FileReport {
        FileReport {
            path: path.to_path_buf(),
            outcomes: Vec::new(),
            blessed: Vec::new(),
        }
    }

    /// A report holding one failure of the whole file.
    pub fn failed(path: &Path, message: String) -> FileReport {
        let mut report = FileReport::new(path);
        report.fail(Failure::new(path, 0, message));
        report
    }

    /// Records a failure of the file as a whole.
    pub fn fail(&mut self, failure: Failure) {
        match self.outcomes.iter_mut().find(|(name, ..)| *name == "file") {
            Some((_, _, Outcome::Failed(list))) => list.push(failure),
            _ => self
                .outcomes
                .push(("file", 0, Outcome::Failed(vec![failure]))),
        }
    }

    /// Records the outcome of a command.
    pub fn record(&mut self, command: &'static str, line: u32, outcome: Outcome) {
        self.outcomes.push((command, line, outcome));
    }

    /// Every failure of the file.
    pub fn failures(&self) -> impl Iterator<Item = &Failure> {
        self.outcomes.iter().flat_map(|(_, _, o)| match o {
            Outcome::Failed(list) => list.as_slice(),
            _ => &[],
        })
    }
}

/// The results of a directory.
#[derive(Clone, Debug)]
pub struct Summary {
    /// The directory.
    pub dir: PathBuf,
    /// One report per file run.
    pub files: Vec<FileReport>,
}

impl Summary {
    /// An empty summary of `dir`.
    pub fn new(dir: &Path) -> Summary {
        Summary {
            dir: dir.to_path_buf(),
            files: Vec::new(),
        }
    }

    /// Adds a file's report.
    pub fn push(&mut self, report: FileReport) {
        self.files.push(report);
    }

    /// Every failure, in file order.
    pub fn failures(&self) -> Vec<&Failure> {
        self.files.iter().flat_map(FileReport::failures).collect()
    }

    /// True when nothing failed.
    pub fn passed(&self) -> bool {
        self.failures().is_empty()
    }

    /// `(passed, failed, skipped)` commands, and the comparisons the passed ones made.
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let (mut passed, mut failed, mut skipped, mut checks) = (0, 0, 0, 0);
        for (_, _, outcome) in self.files.iter().flat_map(|f| &f.outcomes) {
            match outcome {
                Outcome::Passed { checks: c } => {
                    passed += 1;
                    checks += c;
                }
                Outcome::Failed(_) => failed += 1,
                Outcome::Skipped(_) => skipped += 1,
            }
        }
        (passed, failed, skipped, checks)
    }

    /// Skipped commands grouped by reason: `reason → (command, files)`.
    pub fn skips(&self) -> BTreeMap<(&'static str, &str), Vec<String>> {
        let mut skips: BTreeMap<(&'static str, &str), Vec<String>> = BTreeMap::new();
        for file in &self.files {
            for (command, _, outcome) in &file.outcomes {
                if let Outcome::Skipped(reason) = outcome {
                    skips
                        .entry((command, reason.as_str()))
                        .or_default()
                        .push(display_name(&file.path));
                }
            }
        }
        skips
    }

    /// The one-paragraph account printed after every run: counts, skips with reasons,
    /// blessed snapshots.
    pub fn overview(&self) -> String {
        let (passed, failed, skipped, checks) = self.counts();
        let mut out = format!(
            "filetests {}: {} files, {passed} passed ({checks} checks), {failed} failed, {skipped} skipped\n",
            display_name(&self.dir),
            self.files.len()
        );
        for ((command, reason), files) in self.skips() {
            out.push_str(&format!(
                "  SKIPPED {} `test {command}` ({reason}): {}\n",
                files.len(),
                files.join(", ")
            ));
        }
        for file in &self.files {
            for path in &file.blessed {
                out.push_str(&format!("  blessed {}\n", path.display()));
            }
        }
        out
    }

    /// Every failure, one after the other, then the overview: the message of a failing test.
    pub fn failure_text(&self) -> String {
        let mut out = String::new();
        for failure in self.failures() {
            out.push_str(&failure.to_string());
            out.push_str("\n\n");
        }
        out.push_str(&self.overview());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_and_groups_skips() {
        let mut s = Summary::new(Path::new("tests/filetests/opt"));
        let mut a = FileReport::new(Path::new("tests/filetests/opt/a.ll"));
        a.record("opt", 1, Outcome::Skipped("no optimizer".into()));
        a.record("run", 2, Outcome::Passed { checks: 5 });
        let mut b = FileReport::new(Path::new("tests/filetests/opt/b.ll"));
        b.record("opt", 1, Outcome::Skipped("no optimizer".into()));
        b.fail(Failure::new(&b.path.clone(), 3, "bad"));
        s.push(a);
        s.push(b);
        assert_eq!(s.counts(), (1, 1, 2, 5));
        assert!(!s.passed());
        let overview = s.overview();
        assert!(
            overview.contains("SKIPPED 2 `test opt` (no optimizer): opt/a.ll, opt/b.ll"),
            "{overview}"
        );
        assert!(
            s.failure_text()
                .starts_with("tests/filetests/opt/b.ll:3: bad")
        );
    }
}
