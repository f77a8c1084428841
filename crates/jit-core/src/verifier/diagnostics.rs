//! The verifier's diagnostics: one [`VerifyError`] per problem (always the fault of the IR
//! given to the verifier), collected into [`VerifyErrors`] in the order found.

use crate::ir::SrcLoc;
use std::fmt::{self, Write};

/// How serious a diagnostic is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The module is malformed.
    Error,
    /// Allowed, but worth knowing (e.g. a call whose type differs from its callee's).
    Note,
}

/// One problem found by the verifier: always the fault of the IR given to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Error or note.
    pub severity: Severity,
    /// The module's name (its file).
    pub file: String,
    /// Position in the `.ll` text (unknown for IR built through the API).
    pub loc: SrcLoc,
    /// The function, printed (`@main`), when the problem is inside one.
    pub function: Option<String>,
    /// The block, printed (`%entry`, `%3`), when the problem is inside one.
    pub block: Option<String>,
    /// The global variable or alias, printed (`@g`), for module-level problems.
    pub global: Option<String>,
    /// The offending instruction as the printer writes it.
    pub inst: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if !self.loc.is_unknown() {
            write!(f, ":{}:{}", self.loc.line, self.loc.col)?;
        }
        f.write_str(": ")?;
        if let Some(func) = &self.function {
            write!(f, "in function {func}")?;
            if let Some(b) = &self.block {
                write!(f, ", block {b}")?;
            }
            f.write_str(": ")?;
        } else if let Some(g) = &self.global {
            write!(f, "in {g}: ")?;
        }
        if self.severity == Severity::Note {
            f.write_str("note: ")?;
        }
        f.write_str(&self.message)?;
        if let Some(i) = &self.inst {
            write!(f, ": {i}")?;
        }
        Ok(())
    }
}

/// Everything the verifier found: errors and notes in the order found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerifyErrors {
    /// All diagnostics.
    pub diagnostics: Vec<VerifyError>,
}

impl VerifyErrors {
    /// The diagnostics of severity [`Severity::Error`].
    pub fn errors(&self) -> impl Iterator<Item = &VerifyError> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
    /// The diagnostics of severity [`Severity::Note`].
    pub fn notes(&self) -> impl Iterator<Item = &VerifyError> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Note)
    }
    /// True when at least one error (not just notes) was found.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
    pub(super) fn into_result(self) -> Result<(), VerifyErrors> {
        if self.has_errors() { Err(self) } else { Ok(()) }
    }
}

impl fmt::Display for VerifyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_char('\n')?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for VerifyErrors {}
