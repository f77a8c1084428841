//! The jit executor: the process that JIT code runs in when the `jit` host compiles it in
//! another process (issue 19) — to survive the program's crashes, to keep its address
//! space the program's own, or to run it on another machine's architecture.
//!
//! The executor has no compiler. It holds the memory of JIT code and data (through a
//! [`MemoryManager`] chosen with `--mm`), writes the linked bytes the host sends into it,
//! finalizes it (W^X, instruction cache), registers `.eh_frame` sections with its
//! unwinder, looks symbols up in its own process (its small [`runtime`] first, then libc
//! and the libraries it loaded), calls functions and runs `main`. The host does everything
//! else: reading, optimizing, code generation and linking. They speak the protocol of the
//! `jit-remote` crate: one [`Reply`] per [`Request`], in order.
//!
//! # Processes
//! ```text
//! listener (--listen ADDR)          one per address; accepts and forks; survives everything
//!   └─ supervisor                   one per connection (the executor itself with --fds)
//!        └─ worker                  serves requests, runs the program; dies with the supervisor
//! ```
//! The [`supervisor`](supervise) forks the worker as soon as a connection exists, waits for
//! it, and then sends the host the last frame of every session, [`Reply::Ended`]: the
//! worker's exit status or the signal that killed it — whether the program returned from
//! `main`, called `exit`, crashed, or the worker gave up on a broken connection. It then
//! ends the same way, so a parent waiting for the executor sees the program's status. The
//! [`worker`] checks every request against what it allocated ([`Worker::handle`]) and
//! answers it; the program's `RunMain` and the host's `Hangup` are never answered (the
//! supervisor's report follows).
//!
//! Bad input never crashes the executor: a request that does not fit its state gets
//! [`Reply::Error`] and the connection stays usable; a malformed frame or a closed
//! connection ends the worker with status 1 and one line on stderr. Code the host asks to
//! run may crash — that is the program's crash, reported as such.
//!
//! The `jit-executor` binary is [`Options::parse`] and [`run`].
//!
//! [`MemoryManager`]: jit_core::memory::MemoryManager
//! [`Reply`]: jit_remote::Reply
//! [`Request`]: jit_remote::Request
//! [`Reply::Ended`]: jit_remote::Reply::Ended
//! [`Reply::Error`]: jit_remote::Reply::Error

mod error;
pub mod fuzz;
mod listen;
pub mod options;
mod regions;
mod run;
pub mod runtime;
mod supervisor;
pub mod worker;

pub use error::ExecutorError;
pub use options::{Mode, Options, USAGE};
pub use run::Program;
pub use supervisor::supervise;
pub use worker::{Action, TRIPLE, Worker, serve};

use jit_core::memory::{MemoryManager, registered_managers};
use jit_remote::Connection;
use std::os::fd::{FromRawFd, OwnedFd};

// Linked in for their registrations by name (`inventory`), which nothing else references.
use mm_huge as _;
use mm_pool as _;
use mm_section as _;

/// Makes the memory manager registered as `name` with `config` (`key=value,...`).
pub fn make_manager(name: &str, config: &str) -> Result<Box<dyn MemoryManager>, ExecutorError> {
    let all = registered_managers();
    let factory = all.iter().find(|f| f.name == name).ok_or_else(|| {
        let known: Vec<&str> = all.iter().map(|f| f.name).collect();
        ExecutorError::Manager(format!(
            "no memory manager `{name}` (available: {})",
            known.join(", ")
        ))
    })?;
    (factory.create)(config).map_err(|e| ExecutorError::Manager(e.to_string()))
}

/// Takes the descriptors of `--fds R,W` as a connection, closed on `exec` (a program that
/// starts another must not hand it the host's connection).
fn connection_from_fds(read: i32, write: i32) -> Result<Connection, ExecutorError> {
    let bad = |message: String| ExecutorError::Fds {
        read,
        write,
        message,
    };
    for fd in [read, write] {
        // SAFETY: F_GETFD/F_SETFD on any number are harmless; an unused one fails EBADF.
        let ok = unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFD);
            flags >= 0 && libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC) == 0
        };
        if !ok {
            return Err(bad(format!(
                "descriptor {fd}: {}",
                std::io::Error::last_os_error()
            )));
        }
    }
    // SAFETY: the launcher handed these open descriptors (checked above) to this process
    // for the connection alone; nothing else in the process owns them.
    let read_fd = unsafe { OwnedFd::from_raw_fd(read) };
    let write_fd = if read == write {
        // One socket for both directions: two owners need two descriptors.
        read_fd.try_clone().map_err(|e| bad(e.to_string()))?
    } else {
        // SAFETY: as above.
        unsafe { OwnedFd::from_raw_fd(write) }
    };
    Ok(Connection::new(read_fd, write_fd))
}

/// Runs the executor as `options` say. Serving ends the process (as its program ended),
/// so this returns only when the executor cannot serve at all.
pub fn run(options: &Options) -> ExecutorError {
    let Some(mode) = &options.mode else {
        return ExecutorError::Usage("nothing to do".into());
    };
    // A misspelt manager or key is reported before any host is waited for; each worker
    // makes its own (a manager's memory must not be shared between connections).
    if let Err(e) = make_manager(&options.manager, &options.manager_config) {
        return e;
    }
    let (name, config) = (options.manager.clone(), options.manager_config.clone());
    let make_worker = move || {
        make_manager(&name, &config)
            .map(Worker::new)
            .map_err(|e| e.to_string())
    };
    match mode {
        Mode::Fds(r, w) => match connection_from_fds(*r, *w) {
            Ok(conn) => supervise(conn, make_worker),
            Err(e) => e,
        },
        Mode::Listen {
            address,
            once,
            allow_remote,
        } => listen::listen(address, *allow_remote, *once, make_worker),
    }
}
