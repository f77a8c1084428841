//! The executor's errors: what stops it from serving at all (a request that fails is a
//! `Reply::Error`, never one of these).

/// Why the executor could not serve.
#[derive(Debug, thiserror::Error)]
pub enum ExecutorError {
    /// A bad command line (the user's mistake).
    #[error("{0}")]
    Usage(String),
    /// A TCP address that is not loopback without `--allow-remote` (the user's choice to
    /// make explicitly).
    #[error(
        "refusing to listen on {address} ({resolved} is not a loopback address): whoever can \
         connect can run code as this user; add --allow-remote to accept that"
    )]
    NotLoopback {
        /// The address asked for.
        address: String,
        /// The non-loopback address it resolved to.
        resolved: String,
    },
    /// The memory manager named by `--mm` does not exist or refused its configuration.
    #[error("memory manager: {0}")]
    Manager(String),
    /// The descriptors of `--fds` are not usable (the launcher's fault).
    #[error("--fds {read},{write}: {message}")]
    Fds {
        /// The read descriptor.
        read: i32,
        /// The write descriptor.
        write: i32,
        /// What is wrong.
        message: String,
    },
    /// Listening failed (the address is taken, not permitted, does not resolve...).
    #[error("cannot listen on {address}: {source}")]
    Listen {
        /// The address.
        address: String,
        /// Why.
        source: std::io::Error,
    },
}

impl ExecutorError {
    /// The exit status for this error: 2 for a command line to correct, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            ExecutorError::Usage(_)
            | ExecutorError::NotLoopback { .. }
            | ExecutorError::Manager(_) => 2,
            _ => 1,
        }
    }
}
