//! The executor protocol: what a `jit` host and a `jit-executor` process say to each other
//! when JIT code runs in another process (crash isolation, another architecture).
//!
//! The host reads, optimizes, compiles and links; the executor only holds memory, looks up
//! symbols in its own process, and runs code. They exchange length-prefixed messages
//! ([`message`]): the host sends a [`Request`], the executor answers each with one
//! [`Reply`], in order. [`Connection`] frames messages over any pair of byte streams
//! (pipes to a child, a Unix socket, TCP on loopback) with an optional deadline on every
//! read, so a vanished or stuck executor is an error, never a hang. [`launch`] starts an
//! executor as a child process and [`connect`] reaches a listening one.
//!
//! The host's side is [`Executor`] (a shared handle on one executor: its connection, its
//! [`Setup`], the child process when it was launched), [`RemoteMemoryManager`] (a
//! [`MemoryManager`] whose memory is the executor's: sections are written locally and sent
//! in one batch at `finalize`) and [`RemoteSymbols`] (the linker's symbol source: the
//! executor's process, asked once per resolution). `jit-mcjit` runs on them when it is built
//! with an executor. This crate has no compiler in it: the executor links it too.
//!
//! [`MemoryManager`]: jit_core::memory::MemoryManager
//! The wire format is documented in `docs/executor-protocol.md`.
//!
//! [`launch`]: launch::launch
//! [`connect`]: launch::connect

mod host;
pub mod launch;
pub mod message;
mod transport;
mod wire;

pub use host::{Executor, RemoteMemoryManager, RemoteSymbols};
pub use message::{
    Ended, MAX_FRAME_BYTES, PROTOCOL_VERSION, Region, Reply, Request, Setup, Value, ValueKind,
    Write,
};
pub use transport::Connection;

/// Why talking to an executor failed.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// Reading or writing the connection failed.
    #[error("executor connection: {0}")]
    Io(#[from] std::io::Error),
    /// The other side closed the connection.
    #[error("the executor closed the connection")]
    Closed,
    /// No answer came before the deadline.
    #[error("the executor did not answer within {0:?}")]
    Timeout(std::time::Duration),
    /// Bytes that are not a valid message (the connection is unusable after this).
    #[error("malformed message: {0}")]
    Malformed(String),
    /// A frame larger than [`MAX_FRAME_BYTES`].
    #[error("message of {0} bytes exceeds the protocol's limit of {MAX_FRAME_BYTES} bytes")]
    Oversized(u64),
    /// The other side speaks another protocol version.
    #[error("protocol version mismatch: this side speaks {ours}, the other {theirs}")]
    Version {
        /// This side's version.
        ours: u32,
        /// The other side's.
        theirs: u32,
    },
    /// The executor answered a request with an error.
    #[error("executor: {0}")]
    Executor(String),
    /// The executor's program ended (the connection is closed after this).
    #[error("the program in the executor {0}")]
    Ended(Ended),
    /// An answer that does not fit the request.
    #[error("unexpected reply to {request}: {reply}")]
    Unexpected {
        /// The request's name.
        request: &'static str,
        /// What came instead.
        reply: String,
    },
    /// Starting or reaching the executor failed.
    #[error("cannot start executor `{command}`: {message}")]
    Launch {
        /// The command or address.
        command: String,
        /// Why.
        message: String,
    },
}
