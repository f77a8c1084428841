//! The `.ll` filetest runner: a test is a file of LLVM IR text whose comments say what to
//! check, and this crate checks it.
//!
//! ```text
//!   file.ll ──directive──▶ TestFile { commands, run lines, expected diagnostics }
//!                              │
//!        ┌──────────┬──────────┼───────────┬──────────────┐
//!   parse-error   verify      run        compile          opt
//!   (reader)    (verifier)  (interpreter  (both backends,  (the IR optimizer hook,
//!                            = oracle,     every level →    printed IR → snapshot,
//!                            + native      disassembly →    interpreter before/after)
//!                            engine at     snapshot)
//!                            each level)
//! ```
//!
//! The directives (`; test run`, `; run: @f(3, 4) == 7`, `; error: ...`, `; target
//! x86_64`, ...) are described in `tests/filetests/README.md` and parsed by [`directive`].
//! Every check reports every failure it finds, each with the `file:line` it concerns;
//! [`run_dir`] collects them for a directory and [`Summary`] prints them, with what was
//! skipped and why.
//!
//! What it does not do: generate IR (files are written by hand or by clang), decide
//! semantics (the interpreter is the oracle for `run`, snapshots are blessed by a person), or
//! catch a crash of native code (a crash ends the test process; [`crash`] prints which file,
//! line, engine and level were running first).
//!
//! The IR optimizer is reached through [`Optimizer`], a plain function pointer, so the
//! runner does not depend on the optimizer crate: without one, `test opt` files are counted
//! as skipped.
//!
//! Layout: `directive.rs` reads the comments; `value.rs` the literals of run lines;
//! `diagnostics.rs` the `parse-error` and `verify` commands; `run.rs` the engines;
//! `compile.rs` and `disasm/` the disassembly; `opt.rs` the optimizer hook; `snapshot.rs`
//! comparing and blessing; `report.rs` failures and the summary; `llvm.rs` an optional
//! cross-check of run lines against LLVM itself.

pub mod compile;
pub mod crash;
pub mod diagnostics;
pub mod directive;
pub mod disasm;
pub mod llvm;
pub mod opt;
pub mod report;
pub mod run;
pub mod snapshot;
pub mod value;

use std::path::{Path, PathBuf};

pub use directive::{Command, DirectiveError, TestFile};
pub use opt::Optimizer;
pub use report::{Failure, FileReport, Outcome, Summary};

/// Environment variable: when set to `1`, snapshot mismatches rewrite the snapshot instead
/// of failing.
pub const ENV_BLESS: &str = "JIT_FILETESTS_BLESS";
/// Environment variable: only files whose path contains this text run.
pub const ENV_FILTER: &str = "JIT_FILETESTS_FILTER";
/// Environment variable: the native optimisation levels to run, e.g. `0,2` (default
/// `0,1,2,3`); `none` runs the interpreter only.
pub const ENV_LEVELS: &str = "JIT_FILETESTS_LEVELS";

/// How the runner runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Rewrite snapshots that differ (or are missing) instead of failing.
    pub bless: bool,
    /// Only files whose path contains this text run.
    pub filter: Option<String>,
    /// The native engine's optimisation levels `test run` files run at.
    pub levels: Vec<u8>,
    /// The IR optimizer for `test opt` files; `None` skips them.
    pub optimizer: Option<Optimizer>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bless: false,
            filter: None,
            levels: vec![0, 1, 2, 3],
            optimizer: None,
        }
    }
}

impl Config {
    /// The defaults, changed by [`ENV_BLESS`], [`ENV_FILTER`] and [`ENV_LEVELS`]. An
    /// unreadable level list is an error naming the variable.
    pub fn from_env() -> Result<Config, ConfigError> {
        let mut config = Config::default();
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        config.bless = var(ENV_BLESS).is_some_and(|v| v != "0");
        config.filter = var(ENV_FILTER);
        if let Some(levels) = var(ENV_LEVELS) {
            config.levels = parse_levels(&levels).ok_or(ConfigError::Levels(levels))?;
        }
        Ok(config)
    }

    /// The same configuration with `optimizer` for `test opt` files.
    pub fn with_optimizer(mut self, optimizer: Option<Optimizer>) -> Config {
        self.optimizer = optimizer;
        self
    }
}

/// `0,2` → `[0, 2]`; `none` → `[]`.
fn parse_levels(text: &str) -> Option<Vec<u8>> {
    if text.trim() == "none" {
        return Some(Vec::new());
    }
    text.split(',')
        .map(|l| l.trim().parse::<u8>().ok().filter(|&l| l <= 3))
        .collect()
}

/// A configuration the environment gets wrong.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// [`ENV_LEVELS`] is not a list of levels 0–3.
    #[error("{ENV_LEVELS}={0}: expected levels 0-3 separated by commas, or `none`")]
    Levels(String),
}

/// Runs one file: every command its directives ask for.
pub fn run_file(path: &Path, config: &Config) -> FileReport {
    let mut report = FileReport::new(path);
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            report.fail(Failure::new(path, 0, format!("cannot read the file: {e}")));
            return report;
        }
    };
    let file = match TestFile::parse(path, &text) {
        Ok(file) => file,
        Err(errors) => {
            for e in errors {
                report.fail(Failure::new(path, e.line, e.to_string()));
            }
            return report;
        }
    };
    for (line, command) in &file.commands {
        let (outcome, blessed) = match command {
            Command::ParseError => (diagnostics::check_parse_error(&file), None),
            Command::Verify => (diagnostics::check_verify(&file), None),
            Command::Run => (run::check_run(&file, &config.levels), None),
            Command::Compile { levels } => compile::check_compile(&file, levels, config.bless),
            Command::Opt { pipeline } => {
                opt::check_opt(&file, *line, pipeline, config.optimizer, config.bless)
            }
        };
        report.blessed.extend(blessed);
        report.record(command.name(), *line, outcome);
    }
    report
}

/// Runs every `.ll` file under `dir` (recursively, in path order) that passes the filter,
/// and checks that no snapshot there has lost its test file.
pub fn run_dir(dir: &Path, config: &Config) -> Summary {
    let mut summary = Summary::new(dir);
    let mut files = Vec::new();
    if let Err(e) = collect_files(dir, &mut files) {
        summary.push(FileReport::failed(
            dir,
            format!("cannot list {}: {e}", dir.display()),
        ));
        return summary;
    }
    files.sort();
    for path in &files {
        let wanted = config
            .filter
            .as_deref()
            .is_none_or(|f| path.to_string_lossy().contains(f));
        match path.extension().and_then(|e| e.to_str()) {
            Some("ll") if wanted => summary.push(run_file(path, config)),
            Some("snap") if config.filter.is_none() => {
                if let Some(report) = snapshot::check_orphan(path) {
                    summary.push(report);
                }
            }
            _ => {}
        }
    }
    summary
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_lists() {
        assert_eq!(parse_levels("0,2"), Some(vec![0, 2]));
        assert_eq!(parse_levels(" 3 "), Some(vec![3]));
        assert_eq!(parse_levels("none"), Some(vec![]));
        assert_eq!(parse_levels("4"), None);
        assert_eq!(parse_levels("O2"), None);
    }
}
