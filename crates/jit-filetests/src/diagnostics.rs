//! `test parse-error` and `test verify`: the reader or the verifier must report exactly the
//! diagnostics the file's `; error:` and `; note:` lines expect, each on its line (and
//! column, when given), and nothing else.

use jit_core::ir::{Module, SrcLoc};
use jit_core::verifier::{self, VerifyError};

use crate::directive::{Anchor, Expected, Severity, TestFile};
use crate::report::{Failure, Outcome};

/// A diagnostic reported by the reader or the verifier, as expectations see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    /// 1-based line; 0 when the diagnostic has no position.
    pub line: u32,
    /// 1-based column; 0 when unknown.
    pub col: u32,
    /// Error or note.
    pub severity: Severity,
    /// The message without the `file:line:col: ` prefix.
    pub text: String,
}

impl Reported {
    fn describe(&self) -> String {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Note => "note",
        };
        if self.line == 0 {
            format!("{kind}: {}", self.text)
        } else {
            format!("{kind} at {}:{}: {}", self.line, self.col, self.text)
        }
    }
}

/// Parses the file, which must fail as its `; error:` line says.
pub fn check_parse_error(file: &TestFile) -> Outcome {
    match jit_core::reader::parse_module(&file.text, &file.display_name()) {
        Ok(_) => Outcome::Failed(vec![Failure::new(
            &file.path,
            0,
            "the file parses, but `; test parse-error` expects the reader to reject it",
        )]),
        Err(e) => compare(
            file,
            &[Reported {
                line: e.line,
                col: e.col,
                severity: Severity::Error,
                text: e.message,
            }],
        ),
    }
}

/// Parses and verifies the file, which must report exactly the expected diagnostics.
pub fn check_verify(file: &TestFile) -> Outcome {
    let module = match parse(file) {
        Ok(m) => m,
        Err(failure) => return Outcome::Failed(vec![failure]),
    };
    let reported: Vec<Reported> = verifier::check_module(&module)
        .diagnostics
        .iter()
        .map(reported)
        .collect();
    compare(file, &reported)
}

/// Parses the file for commands that need a module, turning a parse error into a failure
/// at its line.
pub fn parse(file: &TestFile) -> Result<Module, Failure> {
    jit_core::reader::parse_module(&file.text, &file.display_name()).map_err(|e| {
        Failure::new(
            &file.path,
            e.line,
            format!(
                "the reader rejects the file: {}:{}: {}",
                e.line, e.col, e.message
            ),
        )
    })
}

/// Parses and verifies the file, for commands that need a correct module.
pub fn parse_and_verify(file: &TestFile) -> Result<Module, Vec<Failure>> {
    let module = parse(file).map_err(|f| vec![f])?;
    match verifier::verify_module(&module) {
        Ok(()) => Ok(module),
        Err(errors) => Err(errors
            .errors()
            .map(|e| {
                let r = reported(e);
                Failure::new(
                    &file.path,
                    r.line,
                    format!("the verifier rejects the file: {}", r.describe()),
                )
            })
            .collect()),
    }
}

fn reported(e: &VerifyError) -> Reported {
    // The verifier's own rendering, minus the position (compared separately).
    let mut bare = e.clone();
    bare.file.clear();
    bare.loc = SrcLoc::default();
    let text = bare.to_string();
    let text = text.strip_prefix(": ").unwrap_or(&text).to_string();
    Reported {
        line: e.loc.line,
        col: e.loc.col,
        severity: match e.severity {
            verifier::Severity::Error => Severity::Error,
            verifier::Severity::Note => Severity::Note,
        },
        text,
    }
}

fn satisfies(expected: &Expected, r: &Reported) -> bool {
    expected.severity == r.severity
        && match expected.at {
            Anchor::Line(line) => line == r.line,
            Anchor::Anywhere => true,
        }
        && expected.col.is_none_or(|c| c == r.col)
        && r.text.contains(&expected.text)
}

/// Matches reported diagnostics with expected ones: every expectation must find its own
/// diagnostic and every diagnostic must be expected.
pub fn compare(file: &TestFile, reported: &[Reported]) -> Outcome {
    let mut taken = vec![false; reported.len()];
    let mut failures = Vec::new();
    // Expectations with a column or a line first, so an `Anywhere` one cannot take the
    // diagnostic a precise one needs.
    let mut order: Vec<&Expected> = file.expected.iter().collect();
    order.sort_by_key(|e| (e.at == Anchor::Anywhere, e.col.is_none()));
    for e in order {
        match (0..reported.len()).find(|&i| !taken[i] && satisfies(e, &reported[i])) {
            Some(i) => taken[i] = true,
            None => {
                let place = match (e.at, e.col) {
                    (Anchor::Line(l), Some(c)) => format!(" at {l}:{c}"),
                    (Anchor::Line(l), None) => format!(" on line {l}"),
                    (Anchor::Anywhere, _) => String::new(),
                };
                let kind = match e.severity {
                    Severity::Error => "error",
                    Severity::Note => "note",
                };
                let mut message = format!(
                    "expected {kind}{place} containing `{}` was not reported",
                    e.text
                );
                if reported.is_empty() {
                    message.push_str(" (nothing was reported)");
                }
                failures.push(Failure::new(&file.path, e.line, message));
            }
        }
    }
    for (r, _) in reported.iter().zip(&taken).filter(|(_, t)| !**t) {
        failures.push(Failure::new(
            &file.path,
            r.line,
            format!("unexpected {}", r.describe()),
        ));
    }
    if failures.is_empty() {
        Outcome::Passed {
            checks: reported.len().max(1),
        }
    } else {
        failures.sort_by_key(|f| f.line);
        Outcome::Failed(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn file(text: &str) -> TestFile {
        TestFile::parse(Path::new("t.ll"), text).unwrap()
    }

    fn failures(outcome: Outcome) -> Vec<String> {
        match outcome {
            Outcome::Failed(list) => list.into_iter().map(|f| f.to_string()).collect(),
            other => panic!("expected failures, got {other:?}"),
        }
    }

    #[test]
    fn a_parse_error_on_its_line() {
        let ok = file(
            "; test parse-error\ndefine void @f() {\n  foo ; error:3: unknown instruction 'foo'\n}\n",
        );
        assert_eq!(check_parse_error(&ok), Outcome::Passed { checks: 1 });
        let wrong_line = file(
            "; test parse-error\ndefine void @f() {\n; error: unknown instruction\n  foo\n}\n",
        );
        let f = failures(check_parse_error(&wrong_line));
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(
            f[0].starts_with("t.ll:3: expected error on line 2"),
            "{f:?}"
        );
        assert!(
            f[1].starts_with("t.ll:4: unexpected error at 4:3: unknown instruction 'foo'"),
            "{f:?}"
        );
        let parses = file("; test parse-error\n; error: x\ndefine void @f() {\n  ret void\n}\n");
        assert!(failures(check_parse_error(&parses))[0].contains("the file parses"));
    }

    #[test]
    fn verify_reports_every_diagnostic() {
        let text = "; test verify\ndefine i32 @f() {\n  %a = add i32 1, 2\n}\ndefine void @g() {\nentry:\n  br label %entry\n}\n";
        let f = failures(check_verify(&file(text)));
        assert_eq!(f.len(), 2, "{f:?}");
        let expected = "; test verify\ndefine i32 @f() {\n  %a = add i32 1, 2 ; error: terminator\n}\ndefine void @g() {\nentry:\n  br label %entry\n}\n";
        let f = failures(check_verify(&file(expected)));
        assert_eq!(f.len(), 1, "{f:?}");
        let clean = file("; test verify\ndefine void @f() {\n  ret void\n}\n");
        assert_eq!(check_verify(&clean), Outcome::Passed { checks: 1 });
    }
}
