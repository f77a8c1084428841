//! Framed messages over a pair of file descriptors (pipes, a Unix socket, TCP), with a
//! deadline on reads and writes that never raise `SIGPIPE` in a process that did not ask
//! to ignore it (a C program embedding the engine).

use crate::message::{MAX_FRAME_BYTES, Reply, Request};
use crate::{Ended, RemoteError};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::time::{Duration, Instant};

/// One end of an executor connection.
#[derive(Debug)]
pub struct Connection {
    read: std::fs::File,
    write: std::fs::File,
    /// How long a reply may take (`None`: wait for ever).
    timeout: Option<Duration>,
    /// How the program ended, once an [`Reply::Ended`] arrived.
    ended: Option<Ended>,
}

impl Connection {
    /// A connection reading from `read` and writing to `write` (two pipes, or two
    /// descriptors of one socket).
    pub fn new(read: OwnedFd, write: OwnedFd) -> Self {
        Connection {
            read: read.into(),
            write: write.into(),
            timeout: None,
            ended: None,
        }
    }

    /// A connection over a connected socket (Unix or TCP).
    pub fn from_socket(socket: OwnedFd) -> Result<Self, RemoteError> {
        let write = socket.try_clone()?;
        Ok(Connection::new(socket, write))
    }

    /// Sets how long [`Connection::call`] and [`Connection::recv_reply`] wait for an answer
    /// (`None`: for ever, for calls into the program that may run long).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.timeout = timeout;
    }

    /// The current reply timeout.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// How the program ended, once the executor said so.
    pub fn ended(&self) -> Option<Ended> {
        self.ended
    }

    /// Sends one frame.
    pub fn send_frame(&mut self, body: &[u8]) -> Result<(), RemoteError> {
        if body.len() as u64 > MAX_FRAME_BYTES {
            return Err(RemoteError::Oversized(body.len() as u64));
        }
        let mut frame = Vec::with_capacity(4 + body.len());
        frame.extend_from_slice(&(body.len() as u32).to_le_bytes());
        frame.extend_from_slice(body);
        write_without_sigpipe(&mut self.write, &frame)
    }

    /// Receives one frame, waiting at most `timeout` for it to start and to complete.
    pub fn recv_frame(&mut self, timeout: Option<Duration>) -> Result<Vec<u8>, RemoteError> {
        let deadline = timeout.map(|t| (Instant::now() + t, t));
        let mut len = [0u8; 4];
        self.read_exact(&mut len, deadline, true)?;
        let n = u32::from_le_bytes(len) as u64;
        if n > MAX_FRAME_BYTES {
            return Err(RemoteError::Oversized(n));
        }
        if n == 0 {
            return Err(RemoteError::Malformed("empty frame".into()));
        }
        let mut body = vec![0u8; n as usize];
        self.read_exact(&mut body, deadline, false)?;
        Ok(body)
    }

    fn read_exact(
        &mut self,
        mut buf: &mut [u8],
        deadline: Option<(Instant, Duration)>,
        at_frame_start: bool,
    ) -> Result<(), RemoteError> {
        let mut first = true;
        while !buf.is_empty() {
            let left = deadline.map(|(at, _)| at.saturating_duration_since(Instant::now()));
            if !wait_readable(&self.read, left)? {
                let limit = deadline.map_or(Duration::ZERO, |(_, limit)| limit);
                return Err(RemoteError::Timeout(limit));
            }
            match self.read.read(buf) {
                Ok(0) if first && at_frame_start => return Err(RemoteError::Closed),
                Ok(0) => return Err(RemoteError::Malformed("connection closed mid-frame".into())),
                Ok(k) => buf = &mut buf[k..],
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // A peer that closed with our request unread resets the connection.
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset && first => {
                    return Err(RemoteError::Closed);
                }
                Err(e) => return Err(e.into()),
            }
            first = false;
        }
        Ok(())
    }

    /// Sends a request.
    pub fn send_request(&mut self, request: &Request) -> Result<(), RemoteError> {
        self.send_frame(&request.encode())
    }

    /// Receives a reply (within the connection's timeout). [`Reply::Ended`] is returned
    /// as is and remembered ([`Connection::ended`]).
    pub fn recv_reply(&mut self) -> Result<Reply, RemoteError> {
        if let Some(e) = self.ended {
            return Err(RemoteError::Ended(e));
        }
        let body = self.recv_frame(self.timeout)?;
        let reply = Reply::decode(&body)?;
        if let Reply::Ended(e) = reply {
            self.ended = Some(e);
        }
        Ok(reply)
    }

    /// Sends `request` and waits for its reply: an executor error is
    /// [`RemoteError::Executor`], the program's end [`RemoteError::Ended`].
    pub fn call(&mut self, request: &Request) -> Result<Reply, RemoteError> {
        if let Some(e) = self.ended {
            return Err(RemoteError::Ended(e));
        }
        self.send_request(request)?;
        match self.recv_reply()? {
            Reply::Error { message } => Err(RemoteError::Executor(message)),
            Reply::Ended(e) => Err(RemoteError::Ended(e)),
            r => Ok(r),
        }
    }

    /// Receives a request (the executor's side; no timeout).
    pub fn recv_request(&mut self) -> Result<Request, RemoteError> {
        let body = self.recv_frame(None)?;
        Request::decode(&body)
    }

    /// Sends a reply (the executor's side).
    pub fn send_reply(&mut self, reply: &Reply) -> Result<(), RemoteError> {
        self.send_frame(&reply.encode())
    }
}

/// How long a reader polls (yielding the CPU in between) before it blocks. Answers to
/// requests that run no program code come within a few microseconds; a reader blocked in
/// `poll` then waits for the scheduler to wake it (tens of microseconds in a virtual
/// machine), which made a round trip 8x slower. Bounded, so an idle side stops polling
/// almost at once.
const SPIN: Duration = Duration::from_micros(50);

/// Waits until `file` is readable (or closed), at most `timeout` (`None`: for ever); false
/// on timeout.
fn wait_readable(file: &std::fs::File, timeout: Option<Duration>) -> Result<bool, RemoteError> {
    let mut pfd = libc::pollfd {
        fd: file.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let start = Instant::now();
    loop {
        // SAFETY: one valid pollfd for the duration of the call; a zero timeout never
        // sleeps.
        let r = unsafe { libc::poll(&mut pfd, 1, 0) };
        if r > 0 {
            return Ok(true);
        }
        let spun = start.elapsed();
        if spun >= SPIN || timeout.is_some_and(|t| spun >= t) {
            break;
        }
        // Yield rather than spin: when the other side waits for this very core, it runs.
        std::thread::yield_now();
    }
    let ms = timeout.map_or(-1, |t| {
        t.saturating_sub(start.elapsed())
            .as_millis()
            .min(i32::MAX as u128) as i32
    });
    loop {
        // SAFETY: one valid pollfd for the duration of the call.
        let r = unsafe { libc::poll(&mut pfd, 1, ms) };
        if r >= 0 {
            return Ok(r > 0);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e.into());
        }
    }
}

/// `write_all` with `SIGPIPE` blocked on this thread, so a closed peer is an `EPIPE` error
/// rather than the death of a process that never chose to ignore the signal. A `SIGPIPE`
/// the write raised is consumed before the mask is restored.
fn write_without_sigpipe(file: &mut std::fs::File, bytes: &[u8]) -> Result<(), RemoteError> {
    // SAFETY: plain signal-set manipulation on local sets; pthread_sigmask changes only
    // this thread's mask and is restored below.
    let (old, pipe) = unsafe {
        let mut pipe: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut pipe);
        libc::sigaddset(&mut pipe, libc::SIGPIPE);
        let mut pending: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut pending);
        libc::sigpending(&mut pending);
        let already_pending = libc::sigismember(&pending, libc::SIGPIPE) == 1;
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::pthread_sigmask(libc::SIG_BLOCK, &pipe, &mut old);
        ((old, already_pending), pipe)
    };
    let result = file.write_all(bytes);
    if let Err(e) = &result
        && e.kind() == std::io::ErrorKind::BrokenPipe
        && !old.1
    {
        let zero = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: consumes the SIGPIPE this write raised (blocked, so pending on this
        // thread); a zero timeout never blocks.
        unsafe { libc::sigtimedwait(&pipe, std::ptr::null_mut(), &zero) };
    }
    // SAFETY: restores the mask saved above.
    unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &old.0, std::ptr::null_mut()) };
    result.map_err(RemoteError::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixStream;

    fn pair() -> (Connection, Connection) {
        let (a, b) = UnixStream::pair().unwrap();
        (
            Connection::from_socket(a.into()).unwrap(),
            Connection::from_socket(b.into()).unwrap(),
        )
    }

    #[test]
    fn requests_and_replies_cross() {
        let (mut host, mut exec) = pair();
        let t = std::thread::spawn(move || {
            let q = exec.recv_request().unwrap();
            assert_eq!(q, Request::Release { owner: 4 });
            exec.send_reply(&Reply::Done).unwrap();
            let q = exec.recv_request().unwrap();
            assert_eq!(q, Request::Hangup);
            exec.send_reply(&Reply::Ended(Ended::Exited(3))).unwrap();
        });
        assert_eq!(
            host.call(&Request::Release { owner: 4 }).unwrap(),
            Reply::Done
        );
        match host.call(&Request::Hangup) {
            Err(RemoteError::Ended(Ended::Exited(3))) => {}
            r => panic!("{r:?}"),
        }
        assert_eq!(host.ended(), Some(Ended::Exited(3)));
        assert!(matches!(
            host.call(&Request::Hangup),
            Err(RemoteError::Ended(_))
        ));
        t.join().unwrap();
    }

    #[test]
    fn silence_is_a_timeout_and_a_closed_peer_an_error() {
        let (mut host, exec) = pair();
        host.set_timeout(Some(Duration::from_millis(50)));
        assert!(matches!(
            host.call(&Request::Hangup),
            Err(RemoteError::Timeout(_))
        ));
        drop(exec);
        assert!(matches!(host.recv_reply(), Err(RemoteError::Closed)));
        // Writing to the closed peer is an error, not SIGPIPE.
        let mut failed = false;
        for _ in 0..4 {
            failed |= host.send_request(&Request::Hangup).is_err();
        }
        assert!(failed);
    }

    #[test]
    fn oversized_and_garbage_frames_are_refused() {
        let (mut host, mut exec) = pair();
        write_without_sigpipe(&mut exec.write, &(u32::MAX).to_le_bytes()).unwrap();
        assert!(matches!(host.recv_reply(), Err(RemoteError::Oversized(_))));
        let (mut host, mut exec) = pair();
        exec.send_frame(&[0xee, 1, 2]).unwrap();
        assert!(matches!(host.recv_reply(), Err(RemoteError::Malformed(_))));
    }
}
