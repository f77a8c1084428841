//! Reading a test file's directives: the comments that say what to check.
//!
//! A directive is a comment (`;` outside a string constant up to the end of the line) that
//! starts with one of the words below; every other comment, such as clang's `; ModuleID`
//! or `; Function Attrs:`, is left alone.
//!
//! | directive | meaning |
//! |---|---|
//! | `; test parse-error` | the reader must reject the file with the `; error:` below |
//! | `; test verify` | the verifier must report exactly the `; error:`/`; note:` lines (none: clean) |
//! | `; test run` | every `; run:` line on the interpreter and the native engine at each level |
//! | `; test compile` / `; test compile opt=0,2` | disassembly per target and level vs snapshot |
//! | `; test opt PIPELINE` | the optimizer's output vs snapshot; `; run:` lines before and after |
//! | `; target x86_64` / `; target aarch64` | only these targets (repeatable) |
//! | `; run: @f(3, 4) == 7` | a call and its expected result (`== ...` optional) |
//! | `; error: TEXT` / `; error:COL: TEXT` | an expected error whose message contains TEXT |
//! | `; note: TEXT` | an expected verifier note |
//! | `; xfail native: WHY` / `; xfail aarch64: WHY` | the native engine (on that host) is known to fail the run lines |
//!
//! An `; error:` written after code on a line expects the error on that line; written on a
//! line of its own, it expects it on the nearest line above that holds code, or anywhere in
//! the file when no code comes before it.

use std::path::{Path, PathBuf};

use jit_core::Arch;

use crate::value::{Literal, parse_literal};

/// What a `; test` line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// The reader must reject the file.
    ParseError,
    /// The verifier must report exactly the expected diagnostics.
    Verify,
    /// Run lines on the interpreter and every native level.
    Run,
    /// Disassembly snapshot at these levels.
    Compile {
        /// The optimisation levels to compile at (`opt=`; default 0).
        levels: Vec<u8>,
    },
    /// Optimizer output snapshot.
    Opt {
        /// The pass pipeline, as LLVM's `-passes=` spells it.
        pipeline: String,
    },
}

impl Command {
    /// The name written after `; test`.
    pub fn name(&self) -> &'static str {
        match self {
            Command::ParseError => "parse-error",
            Command::Verify => "verify",
            Command::Run => "run",
            Command::Compile { .. } => "compile",
            Command::Opt { .. } => "opt",
        }
    }
}

/// Whether a diagnostic is an error or a verifier note.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    /// `; error:`.
    Error,
    /// `; note:`.
    Note,
}

/// The line an expected diagnostic must be reported on.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// This 1-based line.
    Line(u32),
    /// Any line, or none (no code comes before the expectation).
    Anywhere,
}

/// An expected diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// Where the expectation is written.
    pub line: u32,
    /// Error or note.
    pub severity: Severity,
    /// Where the diagnostic must be.
    pub at: Anchor,
    /// The column it must be at, when given (`; error:COL: ...`).
    pub col: Option<u32>,
    /// Text the diagnostic's message must contain.
    pub text: String,
}

/// A `; run:` line: a call and what it should return.
#[derive(Clone, Debug, PartialEq)]
pub struct RunLine {
    /// Where it is written.
    pub line: u32,
    /// The function, without `@`.
    pub function: String,
    /// The arguments.
    pub args: Vec<Literal>,
    /// The expected result; `None` when the engines need only agree.
    pub expected: Option<Literal>,
}

impl std::fmt::Display for RunLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "@{}(", self.function)?;
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{a}")?;
        }
        f.write_str(")")
    }
}

/// A `; xfail` line: native engines known to fail a `test run` file (an unsupported
/// construct, a known bug). Their failures are counted as skipped with the reason; an
/// engine that passes every line is a failure, so the line is removed when the bug is fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XFail {
    /// Where it is written.
    pub line: u32,
    /// The host architecture it applies to; `None` for every native engine.
    pub arch: Option<Arch>,
    /// Why they fail.
    pub reason: String,
}

/// A directive that cannot be understood.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DirectiveError {
    /// The line of the directive (0 for the whole file).
    pub line: u32,
    /// What is wrong with it.
    pub message: String,
}

/// A test file with its directives read.
#[derive(Clone, Debug)]
pub struct TestFile {
    /// The file.
    pub path: PathBuf,
    /// Its text: the IR given to the reader, directives included (they are comments).
    pub text: String,
    /// The `; test` lines, in order, with their line numbers.
    pub commands: Vec<(u32, Command)>,
    /// The `; target` lines; empty when the file runs on every target.
    pub targets: Vec<Arch>,
    /// The `; run:` lines.
    pub runs: Vec<RunLine>,
    /// The `; error:` and `; note:` lines.
    pub expected: Vec<Expected>,
    /// The `; xfail` lines.
    pub xfails: Vec<XFail>,
}

impl TestFile {
    /// Reads the directives of `text` (the contents of `path`); `Err` lists every directive
    /// that is malformed or out of place.
    pub fn parse(path: &Path, text: &str) -> Result<TestFile, Vec<DirectiveError>> {
        let mut file = TestFile {
            path: path.to_path_buf(),
            text: text.to_string(),
            commands: Vec::new(),
            targets: Vec::new(),
            runs: Vec::new(),
            expected: Vec::new(),
            xfails: Vec::new(),
        };
        let mut errors = Vec::new();
        let mut last_code_line = None;
        for (index, raw) in text.lines().enumerate() {
            let line = index as u32 + 1;
            let Some((has_code, comment)) = split_comment(raw) else {
                if !raw.trim().is_empty() {
                    last_code_line = Some(line);
                }
                continue;
            };
            if has_code {
                last_code_line = Some(line);
            }
            let anchor = match last_code_line {
                Some(l) => Anchor::Line(l),
                None => Anchor::Anywhere,
            };
            if let Err(message) = file.directive(line, comment.trim(), anchor) {
                errors.push(DirectiveError { line, message });
            }
        }
        errors.extend(file.check_consistency());
        if errors.is_empty() {
            Ok(file)
        } else {
            Err(errors)
        }
    }

    /// The file name relative to the `filetests` directory when it lies in one (for
    /// messages and snapshot headers), else its whole path.
    pub fn display_name(&self) -> String {
        display_name(&self.path)
    }

    /// Whether the file has a `; test NAME` line.
    pub fn has(&self, name: &str) -> bool {
        self.commands.iter().any(|(_, c)| c.name() == name)
    }

    fn directive(&mut self, line: u32, comment: &str, anchor: Anchor) -> Result<(), String> {
        if let Some(rest) = word(comment, "test") {
            let command = parse_command(rest)?;
            if self.has(command.name()) {
                return Err(format!("a second `; test {}`", command.name()));
            }
            self.commands.push((line, command));
        } else if let Some(rest) = comment.strip_prefix("run:") {
            let run = parse_run(line, rest)?;
            self.runs.push(run);
        } else if let Some(rest) = comment.strip_prefix("error:") {
            self.expected
                .push(parse_expected(line, rest, Severity::Error, anchor)?);
        } else if let Some(rest) = comment.strip_prefix("note:") {
            self.expected
                .push(parse_expected(line, rest, Severity::Note, anchor)?);
        } else if let Some(rest) = word(comment, "target") {
            let arch = Arch::from_triple(rest.trim())
                .filter(|_| !rest.trim().contains('-'))
                .ok_or_else(|| format!("unknown target `{}` (x86_64 or aarch64)", rest.trim()))?;
            if !self.targets.contains(&arch) {
                self.targets.push(arch);
            }
        } else if let Some(rest) = word(comment, "xfail") {
            self.xfails.push(parse_xfail(line, rest)?);
        } else if word(comment, "run").is_some_and(|r| r.trim_start().starts_with('@')) {
            return Err("a run line needs a colon: `; run: @f(...) == ...`".into());
        }
        Ok(())
    }

    /// Directives that are well formed one by one but make no sense together.
    fn check_consistency(&self) -> Vec<DirectiveError> {
        let mut errors = Vec::new();
        let whole = |message: String| DirectiveError { line: 0, message };
        if self.commands.is_empty() {
            errors.push(whole(
                "no `; test` directive (parse-error, verify, run, compile or opt)".into(),
            ));
        }
        if self.has("parse-error") && self.commands.len() > 1 {
            errors.push(whole(
                "`; test parse-error` cannot be combined with other tests: the file does not parse"
                    .into(),
            ));
        }
        let diagnostics = self.has("parse-error") || self.has("verify");
        for e in &self.expected {
            if !diagnostics {
                errors.push(DirectiveError {
                    line: e.line,
                    message: "expected diagnostics need `; test parse-error` or `; test verify`"
                        .into(),
                });
            }
        }
        let runs = self.has("run") || self.has("opt");
        for r in &self.runs {
            if !runs {
                errors.push(DirectiveError {
                    line: r.line,
                    message: "run lines need `; test run` or `; test opt`".into(),
                });
            }
        }
        for x in &self.xfails {
            if !self.has("run") {
                errors.push(DirectiveError {
                    line: x.line,
                    message: "`; xfail` needs `; test run`".into(),
                });
            }
        }
        if self.has("run") && self.runs.is_empty() {
            errors.push(whole("`; test run` without any `; run:` line".into()));
        }
        errors
    }
}

/// `path` relative to its `filetests` ancestor directory, for messages.
pub fn display_name(path: &Path) -> String {
    let components: Vec<_> = path.components().collect();
    match components
        .iter()
        .rposition(|c| c.as_os_str() == "filetests")
    {
        Some(i) if i + 1 < components.len() => components[i + 1..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        _ => path.display().to_string(),
    }
}

/// `rest` when `text` is `keyword` alone or followed by white space.
fn word<'t>(text: &'t str, keyword: &str) -> Option<&'t str> {
    let rest = text.strip_prefix(keyword)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// Splits a line at its comment: `(whether code comes before it, the comment's text)`, or
/// `None` without a comment. A `;` inside a string constant (`c"a;b"`, a quoted name) does
/// not start a comment; LLVM strings escape quotes as `\22`, so quotes simply toggle.
pub fn split_comment(line: &str) -> Option<(bool, &str)> {
    let mut in_string = false;
    for (i, b) in line.bytes().enumerate() {
        match b {
            b'"' => in_string = !in_string,
            b';' if !in_string => {
                return Some((!line[..i].trim().is_empty(), &line[i + 1..]));
            }
            _ => {}
        }
    }
    None
}

fn parse_command(rest: &str) -> Result<Command, String> {
    let rest = rest.trim();
    let (name, args) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(n, a)| (n, a.trim()));
    let no_args = |command: Command| {
        if args.is_empty() {
            Ok(command)
        } else {
            Err(format!(
                "`; test {name}` takes no arguments, found `{args}`"
            ))
        }
    };
    match name {
        "parse-error" => no_args(Command::ParseError),
        "verify" => no_args(Command::Verify),
        "run" => no_args(Command::Run),
        "compile" => {
            if args.is_empty() {
                return Ok(Command::Compile { levels: vec![0] });
            }
            let list = args
                .strip_prefix("opt=")
                .ok_or_else(|| format!("`; test compile` takes `opt=LEVELS`, found `{args}`"))?;
            let mut levels = Vec::new();
            for l in list.split(',') {
                let level = l
                    .trim()
                    .parse::<u8>()
                    .ok()
                    .filter(|&l| l <= 3)
                    .ok_or_else(|| format!("`{l}` is not an optimisation level (0-3)"))?;
                if !levels.contains(&level) {
                    levels.push(level);
                }
            }
            Ok(Command::Compile { levels })
        }
        "opt" if args.is_empty() => Err("`; test opt` needs a pass pipeline".into()),
        "opt" => Ok(Command::Opt {
            pipeline: args.to_string(),
        }),
        "" => Err("`; test` needs a kind: parse-error, verify, run, compile or opt".into()),
        other => Err(format!(
            "unknown test kind `{other}` (parse-error, verify, run, compile or opt)"
        )),
    }
}

/// `@f(1, 2.5, null) == 7` after `; run:`.
fn parse_run(line: u32, text: &str) -> Result<RunLine, String> {
    let text = text.trim();
    let (call, expected) = match text.split_once("==") {
        Some((call, expected)) => (call.trim(), Some(expected.trim())),
        None => (text, None),
    };
    let name_and_args = call
        .strip_prefix('@')
        .ok_or_else(|| format!("a run line starts with the function, `@name(...)`: `{text}`"))?;
    let (name, args) = name_and_args
        .split_once('(')
        .ok_or_else(|| format!("missing `(` after the function name: `{text}`"))?;
    let args = args
        .strip_suffix(')')
        .ok_or_else(|| format!("the argument list must end with `)`: `{text}`"))?;
    let function = name.trim().trim_matches('"').to_string();
    if function.is_empty() {
        return Err(format!("a run line needs a function name: `{text}`"));
    }
    let args = if args.trim().is_empty() {
        Vec::new()
    } else {
        args.split(',')
            .map(parse_literal)
            .collect::<Result<Vec<_>, _>>()?
    };
    let expected = match expected {
        Some("") => return Err(format!("nothing after `==`: `{text}`")),
        Some(e) => Some(parse_literal(e)?),
        None => None,
    };
    Ok(RunLine {
        line,
        function,
        args,
        expected,
    })
}

/// `native: WHY` or `ARCH: WHY` after `; xfail`.
fn parse_xfail(line: u32, rest: &str) -> Result<XFail, String> {
    let (which, reason) = rest
        .split_once(':')
        .ok_or("`; xfail` is written `; xfail native: WHY` (or `x86_64`/`aarch64` for one host)")?;
    let arch = match which.trim() {
        "native" => None,
        name => Some(
            Arch::from_triple(name)
                .filter(|_| !name.contains('-'))
                .ok_or_else(|| format!("`; xfail {name}`: native, x86_64 or aarch64"))?,
        ),
    };
    let reason = reason.trim();
    if reason.is_empty() {
        return Err("`; xfail` needs a reason after the colon".into());
    }
    Ok(XFail {
        line,
        arch,
        reason: reason.to_string(),
    })
}

/// `TEXT` or `COL: TEXT` after `; error:` or `; note:`.
fn parse_expected(
    line: u32,
    rest: &str,
    severity: Severity,
    at: Anchor,
) -> Result<Expected, String> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (col, text) = if digits > 0 && rest[digits..].starts_with(':') {
        (rest[..digits].parse().ok(), &rest[digits + 1..])
    } else {
        (None, rest)
    };
    let text = text.trim();
    if text.is_empty() {
        return Err("an expected diagnostic needs the text of its message".into());
    }
    Ok(Expected {
        line,
        severity,
        at,
        col,
        text: text.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::LiteralKind;

    fn parse(text: &str) -> Result<TestFile, Vec<DirectiveError>> {
        TestFile::parse(Path::new("t.ll"), text)
    }

    #[test]
    fn comments_outside_strings_only() {
        assert_eq!(split_comment("  ret void ; x"), Some((true, " x")));
        assert_eq!(split_comment("; run: @f()"), Some((false, " run: @f()")));
        assert_eq!(
            split_comment(r#"@s = constant [3 x i8] c"a;b" ; c"#),
            Some((true, " c"))
        );
        assert_eq!(split_comment(r#"@s = constant [3 x i8] c"a;b""#), None);
    }

    #[test]
    fn commands_runs_and_targets() {
        let f = parse(
            "; test run\n; test compile opt=0,2\n; target x86_64\n\
             define i32 @f(i32 %a) {\n  ret i32 %a\n}\n; run: @f(-3) == -3\n; run: @f(i32 0x10)\n",
        )
        .unwrap();
        assert_eq!(
            f.commands,
            vec![
                (1, Command::Run),
                (2, Command::Compile { levels: vec![0, 2] })
            ]
        );
        assert_eq!(f.targets, vec![Arch::X86_64]);
        assert_eq!(f.runs.len(), 2);
        assert_eq!(f.runs[0].function, "f");
        assert_eq!(f.runs[0].args[0].kind, LiteralKind::Int(-3));
        assert_eq!(f.runs[1].args[0].ty.as_deref(), Some("i32"));
        assert_eq!(f.runs[1].expected, None);
        assert_eq!(f.runs[0].to_string(), "@f(-3)");
    }

    #[test]
    fn expected_failures() {
        let f = parse("; test run\n; xfail native: no powi\n; xfail aarch64: bug 7\n; run: @f()\n")
            .unwrap();
        assert_eq!(f.xfails[0].arch, None);
        assert_eq!(f.xfails[1].arch, Some(Arch::AArch64));
        assert_eq!(f.xfails[1].reason, "bug 7");
        assert!(parse("; test run\n; xfail native\n; run: @f()\n").is_err());
        assert!(parse("; test compile\n; xfail native: x\n").is_err());
    }

    #[test]
    fn expectations_anchor_to_the_code_above() {
        let f = parse(
            "; test verify\n; error: anywhere\ndefine void @f() {\n  ret void ; error: same line\n\n; error:7: above\n}\n",
        )
        .unwrap();
        let at: Vec<_> = f.expected.iter().map(|e| (e.at, e.col)).collect();
        assert_eq!(
            at,
            vec![
                (Anchor::Anywhere, None),
                (Anchor::Line(4), None),
                (Anchor::Line(4), Some(7))
            ]
        );
        assert_eq!(f.expected[2].text, "above");
    }

    #[test]
    fn malformed_directives_are_all_reported() {
        let errors = parse(
            "; test frobnicate\n; test compile opt=5\n; target sparc\n; run @f()\n; run: f()\n; error:\n",
        )
        .unwrap_err();
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4, 5, 6, 0]);
        assert!(errors[0].message.contains("unknown test kind `frobnicate`"));
    }

    #[test]
    fn directives_out_of_place() {
        let errors = parse("; test compile\n; run: @f() == 1\n; error: x\n").unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        let errors = parse("; test parse-error\n; test run\n; run: @f()\n").unwrap_err();
        assert!(errors[0].message.contains("cannot be combined"));
        let errors = parse("define void @f() {\n  ret void\n}\n").unwrap_err();
        assert!(errors[0].message.contains("no `; test` directive"));
        let errors = parse("; test run\n; test run\n").unwrap_err();
        assert!(errors[0].message.contains("a second"));
    }
}
