//! What can go wrong: a profiler file cannot be created (the environment's fault).

use std::path::PathBuf;

/// A profiler file could not be created or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {message}", .path.display())]
pub struct PerfError {
    /// The file.
    pub path: PathBuf,
    /// The kind of I/O error.
    pub kind: std::io::ErrorKind,
    /// The system's message.
    pub message: String,
}

impl PerfError {
    pub(crate) fn io(path: impl Into<PathBuf>, e: &std::io::Error) -> Self {
        PerfError {
            path: path.into(),
            kind: e.kind(),
            message: e.to_string(),
        }
    }
}
