//! Small helpers around `std::process::Command`: run-to-completion with a clear error,
//! and capture of a child's output with a time limit.

use std::io::Read;
use std::os::unix::process::ExitStatusExt as _;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

/// A command line rendered for messages: program and arguments, quoted when needed.
pub fn display(cmd: &Command) -> String {
    let mut parts = vec![quote(&cmd.get_program().to_string_lossy())];
    parts.extend(cmd.get_args().map(|a| quote(&a.to_string_lossy())));
    parts.join(" ")
}

fn quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:+,@%".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Describes how a process ended: `exit code 3` or `signal 11`.
pub fn describe(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit code {code}"),
        (None, Some(sig)) => format!("signal {sig}"),
        (None, None) => "unknown status".to_string(),
    }
}

/// Runs `cmd` with inherited stdio and fails unless it exits with status 0.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = display(cmd);
    let status = cmd
        .status()
        .with_context(|| format!("could not start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed with {}", describe(status));
    }
    Ok(())
}

/// Runs `cmd` and returns its stdout as text; fails unless it exits with status 0.
pub fn stdout_of(cmd: &mut Command) -> Result<String> {
    let shown = display(cmd);
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("could not start `{shown}`"))?;
    if !out.status.success() {
        bail!(
            "`{shown}` failed with {}:\n{}",
            describe(out.status),
            String::from_utf8_lossy(&out.stderr).trim_end()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// What a finished child produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    /// Bytes written to standard output.
    pub stdout: Vec<u8>,
    /// Bytes written to standard error.
    pub stderr: Vec<u8>,
    /// How the child ended.
    pub status: ExitStatus,
}

/// Runs `cmd` with stdin from /dev/null, capturing stdout and stderr, and kills it if it
/// runs longer than `limit`.
pub fn capture(cmd: &mut Command, limit: Duration) -> Result<Captured> {
    let shown = display(cmd);
    capture_within(cmd, limit)?.with_context(|| {
        format!(
            "`{shown}` did not finish within {} s and was killed",
            limit.as_secs()
        )
    })
}

/// Like [`capture`], but a run longer than `limit` is killed and reported as `None`
/// rather than as an error, for callers to whom a timeout is an outcome.
pub fn capture_within(cmd: &mut Command, limit: Duration) -> Result<Option<Captured>> {
    let shown = display(cmd);
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{shown}`"))?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                // A read error only truncates what we show; the exit status still decides.
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_thread = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_thread = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .with_context(|| format!("waiting for `{shown}`"))?
        {
            break status;
        }
        if start.elapsed() > limit {
            // Kill only the child we spawned, by its handle.
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    Ok(Some(Captured {
        stdout,
        stderr,
        status,
    }))
}
