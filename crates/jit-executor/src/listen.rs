//! `--listen ADDR`: waits for hosts at a Unix socket (`unix:PATH`) or a TCP address
//! (`HOST:PORT`), and serves each connection in a forked process (the supervisor of that
//! connection's worker), so that one program's end or crash never takes the listener
//! down. With `--once` the listener serves its first connection itself and ends with it.
//!
//! Whoever can connect can run code as this user, so:
//! - a Unix socket is created accessible to its owner only (mode 0600);
//! - TCP binds loopback addresses only, unless `--allow-remote` is given;
//! - a connection that does not say `Hello` within the handshake timeout is dropped (the
//!   worker's check, `jit_remote::launch::HANDSHAKE_TIMEOUT`).
//!
//! The chosen address (with the actual port for port 0) is printed on stderr as
//! `jit-executor: listening on ADDR`, once the listener accepts connections.

use crate::ExecutorError;
use crate::supervisor::supervise;
use crate::worker::Worker;
use jit_remote::Connection;
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::os::fd::OwnedFd;
use std::os::unix::fs::FileTypeExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

/// A bound listener.
enum Listener {
    Unix(UnixListener, PathBuf),
    Tcp(TcpListener),
}

impl Listener {
    /// The address as `connect` takes it.
    fn describe(&self) -> String {
        match self {
            Listener::Unix(_, p) => format!("unix:{}", p.display()),
            Listener::Tcp(l) => l
                .local_addr()
                .map_or_else(|_| "?".to_string(), |a| a.to_string()),
        }
    }

    /// The next connection (retrying interrupted calls).
    fn accept(&self) -> std::io::Result<OwnedFd> {
        loop {
            let r = match self {
                Listener::Unix(l, _) => l.accept().map(|(s, _)| OwnedFd::from(s)),
                Listener::Tcp(l) => l.accept().and_then(|(s, _)| {
                    // Requests are small and answered one by one: no waiting to fill a
                    // segment.
                    s.set_nodelay(true)?;
                    Ok(OwnedFd::from(s))
                }),
            };
            match r {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                r => return r,
            }
        }
    }
}

/// Binds a Unix socket at `path`, readable and writable by its owner only. A stale socket
/// (one nobody listens on any more) is replaced; any other existing file is an error.
fn bind_unix(path: &Path) -> Result<UnixListener, ExecutorError> {
    let fail = |source| ExecutorError::Listen {
        address: format!("unix:{}", path.display()),
        source,
    };
    let bind = || {
        // SAFETY: umask only changes this process's file-creation mask, restored at once;
        // the executor is single-threaded here.
        let old = unsafe { libc::umask(0o077) };
        let r = UnixListener::bind(path);
        // SAFETY: as above.
        unsafe { libc::umask(old) };
        r
    };
    match bind() {
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            let is_socket =
                std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_socket());
            let stale = is_socket
                && UnixStream::connect(path)
                    .is_err_and(|c| c.kind() == std::io::ErrorKind::ConnectionRefused);
            if !stale {
                return Err(fail(e));
            }
            std::fs::remove_file(path).map_err(fail)?;
            bind().map_err(fail)
        }
        r => r.map_err(fail),
    }
}

/// Binds `HOST:PORT`, refusing addresses that are not loopback unless `allow_remote`.
fn bind_tcp(address: &str, allow_remote: bool) -> Result<TcpListener, ExecutorError> {
    let fail = |source| ExecutorError::Listen {
        address: address.to_string(),
        source,
    };
    let addrs: Vec<SocketAddr> = address.to_socket_addrs().map_err(fail)?.collect();
    if let Some(remote) = addrs.iter().find(|a| !a.ip().is_loopback())
        && !allow_remote
    {
        return Err(ExecutorError::NotLoopback {
            address: address.to_string(),
            resolved: remote.ip().to_string(),
        });
    }
    TcpListener::bind(&addrs[..]).map_err(fail)
}

/// Listens at `address` and serves connections with workers from `make_worker` (called
/// in each worker process); with `once`, serves one connection and ends as its program
/// did. Returns only on failure.
pub fn listen(
    address: &str,
    allow_remote: bool,
    once: bool,
    make_worker: impl Fn() -> Result<Worker, String>,
) -> ExecutorError {
    let listener = match address.strip_prefix("unix:") {
        Some("") => {
            return ExecutorError::Usage("`--listen unix:` needs a socket path".into());
        }
        Some(path) => bind_unix(Path::new(path)).map(|l| Listener::Unix(l, PathBuf::from(path))),
        None => bind_tcp(address, allow_remote).map(Listener::Tcp),
    };
    let listener = match listener {
        Ok(l) => l,
        Err(e) => return e,
    };
    eprintln!("jit-executor: listening on {}", listener.describe());
    if once {
        let conn = listener.accept();
        // Nobody else may connect: the socket file goes with the listener.
        if let Listener::Unix(_, path) = &listener {
            let _ = std::fs::remove_file(path);
        }
        drop(listener);
        return match conn.and_then(|fd| Connection::from_socket(fd).map_err(io_error)) {
            Ok(conn) => supervise(conn, make_worker),
            Err(source) => ExecutorError::Listen {
                address: address.to_string(),
                source,
            },
        };
    }
    // Connection processes are reaped by the kernel; each one's own child (the worker) is
    // waited for by that process, which gets the original disposition back.
    // SAFETY: replaces the SIGCHLD disposition of this single-threaded process.
    let old_chld = unsafe { libc::signal(libc::SIGCHLD, libc::SIG_IGN) };
    loop {
        let fd = match listener.accept() {
            Ok(fd) => fd,
            Err(e) => {
                // Out of descriptors, say: wait and try again rather than busy-loop.
                eprintln!("jit-executor: accepting a connection: {e}");
                std::thread::sleep(std::time::Duration::from_millis(100));
                continue;
            }
        };
        // SAFETY: the listener is single-threaded, so the child may run any code.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            eprintln!(
                "jit-executor: cannot serve a connection: {}",
                std::io::Error::last_os_error()
            );
            continue;
        }
        if pid > 0 {
            // The connection is the child's now.
            drop(fd);
            continue;
        }
        drop(listener);
        // SAFETY: restores the disposition saved above, so that this process can wait
        // for its worker.
        unsafe { libc::signal(libc::SIGCHLD, old_chld) };
        match Connection::from_socket(fd) {
            Ok(conn) => supervise(conn, make_worker),
            Err(e) => {
                eprintln!("jit-executor: {e}");
                std::process::exit(1);
            }
        }
    }
}

fn io_error(e: jit_remote::RemoteError) -> std::io::Error {
    match e {
        jit_remote::RemoteError::Io(e) => e,
        e => std::io::Error::other(e.to_string()),
    }
}
