//! Errors of the reader: one public type with the position, plus the boxed internal form
//! the parser passes around before it knows the file name.

/// Whose fault a [`ParseError`] is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ParseErrorKind {
    /// The text is not valid LLVM IR (syntax, types, undefined or duplicate names).
    Malformed,
    /// Valid LLVM IR that this engine does not support (module asm, funclet exception
    /// handling, `half`, ...).
    Unsupported,
    /// A resource limit of the reader was hit (nesting depth, file size).
    Limit,
}

/// A problem found while reading `.ll` text, with the position it was found at.
///
/// Displays as `file:line:col: message`. Lines and columns are 1-based; columns count
/// bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct ParseError {
    /// The file name given to [`super::parse_module`].
    pub file: String,
    /// Line, 1-based.
    pub line: u32,
    /// Column in bytes, 1-based.
    pub col: u32,
    /// What is wrong, naming the offending construct.
    pub message: String,
    /// Whose fault it is.
    pub kind: ParseErrorKind,
}

/// An error before the file name is attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Diag {
    pub line: u32,
    pub col: u32,
    pub kind: ParseErrorKind,
    pub message: String,
}

/// Result of the parser's internal functions; the error is boxed to keep `Ok` paths lean.
pub(crate) type PResult<T> = Result<T, Box<Diag>>;

impl Diag {
    pub(crate) fn into_error(self, file: &str) -> ParseError {
        ParseError {
            file: file.to_string(),
            line: self.line,
            col: self.col,
            message: self.message,
            kind: self.kind,
        }
    }
}
