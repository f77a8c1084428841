//! The one error type of the crate: what went wrong, whose fault it is, and where (the
//! bit offset in the file and the block/record being read).

/// Whose fault a [`BitcodeError`] is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BitcodeErrorKind {
    /// The bytes are not valid bitcode (truncated, corrupted, inconsistent records).
    Malformed,
    /// Valid bitcode using something this engine does not support (funclet exception
    /// handling, other calling conventions, a newer format version, unknown record kinds).
    Unsupported,
    /// A resource limit of the reader was hit (nesting depth, size).
    Limit,
}

/// A problem found while reading bitcode.
///
/// Displays as `file: bit N (byte M), in BLOCK/RECORD: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: bit {bit} (byte {}), in {context}: {message}", bit / 8)]
pub struct BitcodeError {
    /// The file (or buffer) name given to the reader.
    pub file: String,
    /// Bit offset from the start of the input where the problem was found.
    pub bit: u64,
    /// The block and record being read, e.g. `MODULE_BLOCK > FUNCTION_BLOCK #3 > INST_CALL`.
    pub context: String,
    /// What is wrong.
    pub message: String,
    /// Whose fault it is.
    pub kind: BitcodeErrorKind,
}

/// An error before the file name and context are attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Diag {
    pub kind: BitcodeErrorKind,
    pub message: String,
}

/// The result type of the crate's internal functions.
pub(crate) type DResult<T> = Result<T, Box<Diag>>;

/// A malformed-input error.
pub(crate) fn malformed<T>(message: impl Into<String>) -> DResult<T> {
    Err(Box::new(Diag {
        kind: BitcodeErrorKind::Malformed,
        message: message.into(),
    }))
}

/// An unsupported-construct error.
pub(crate) fn unsupported<T>(message: impl Into<String>) -> DResult<T> {
    Err(Box::new(Diag {
        kind: BitcodeErrorKind::Unsupported,
        message: message.into(),
    }))
}

/// A resource-limit error.
pub(crate) fn limit<T>(message: impl Into<String>) -> DResult<T> {
    Err(Box::new(Diag {
        kind: BitcodeErrorKind::Limit,
        message: message.into(),
    }))
}
