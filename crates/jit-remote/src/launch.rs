//! Reaching an executor: as a child process talking over two pipes, or at a listening
//! address (`unix:PATH` or `HOST:PORT`); then the handshake.

use crate::message::{PROTOCOL_VERSION, Reply, Request, Setup};
use crate::{Connection, RemoteError};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command};
use std::time::Duration;

/// How long the handshake may take: an executor under QEMU starts in well under a second.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);

fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 succeeded, so both are fresh descriptors owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Starts `command` (program and arguments; e.g. `["jit-executor"]` or
/// `["qemu-aarch64-static", "-L", "/usr/aarch64-linux-gnu", "path/jit-executor"]`) with
/// `--fds R,W` appended: it reads requests from descriptor R and writes replies to W. Its
/// standard input, output and error are this process's (they are the program's).
pub fn launch(command: &[String]) -> Result<(Connection, Child), RemoteError> {
    let shown = command.join(" ");
    let fail = |message: String| RemoteError::Launch {
        command: shown.clone(),
        message,
    };
    let (program, args) = command
        .split_first()
        .ok_or_else(|| fail("empty command".into()))?;
    let (req_r, req_w) = pipe()?;
    let (rep_r, rep_w) = pipe()?;
    let (child_r, child_w) = (req_r.as_raw_fd(), rep_w.as_raw_fd());
    let mut cmd = Command::new(program);
    cmd.args(args)
        .arg("--fds")
        .arg(format!("{child_r},{child_w}"));
    // SAFETY: the closure only calls fcntl, which is async-signal-safe, on descriptors
    // that stay open in the child until exec.
    unsafe {
        cmd.pre_exec(move || {
            for fd in [child_r, child_w] {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags < 0 || libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        })
    };
    let child = cmd.spawn().map_err(|e| fail(e.to_string()))?;
    drop((req_r, rep_w));
    Ok((Connection::new(rep_r, req_w), child))
}

/// Connects to an executor listening at `address`: `unix:PATH`, or `HOST:PORT` for TCP.
pub fn connect(address: &str) -> Result<Connection, RemoteError> {
    let fail = |message: String| RemoteError::Launch {
        command: address.to_string(),
        message,
    };
    if let Some(path) = address.strip_prefix("unix:") {
        let s = std::os::unix::net::UnixStream::connect(path).map_err(|e| fail(e.to_string()))?;
        return Connection::from_socket(s.into());
    }
    let s = std::net::TcpStream::connect(address).map_err(|e| fail(e.to_string()))?;
    // Requests are small and answered one by one: do not wait to fill a segment.
    s.set_nodelay(true).map_err(|e| fail(e.to_string()))?;
    Connection::from_socket(s.into())
}

/// The handshake: sends [`Request::Hello`] and returns the executor's [`Setup`], checking
/// that both sides speak the same protocol version.
pub fn handshake(conn: &mut Connection) -> Result<Setup, RemoteError> {
    let saved = conn.timeout();
    conn.set_timeout(Some(HANDSHAKE_TIMEOUT));
    let reply = conn.call(&Request::Hello {
        version: PROTOCOL_VERSION,
    });
    conn.set_timeout(saved);
    match reply? {
        Reply::Setup(s) if s.version == PROTOCOL_VERSION => Ok(s),
        Reply::Setup(s) => Err(RemoteError::Version {
            ours: PROTOCOL_VERSION,
            theirs: s.version,
        }),
        r => Err(RemoteError::Unexpected {
            request: "Hello",
            reply: r.name().to_string(),
        }),
    }
}
