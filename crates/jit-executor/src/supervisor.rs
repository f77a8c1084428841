//! The supervisor: forks the worker for one connection, waits for it, and tells the host
//! how it ended — the one report the host gets in every case (`exit`, `main` returning, a
//! crash, a protocol failure).
//!
//! The worker dies with its supervisor (`PR_SET_PDEATHSIG`), so a killed supervisor never
//! leaves a program running unsupervised. The supervisor then ends the way the worker did
//! (the same exit status, or the same signal re-raised with core dumps off: the worker
//! already dumped one if the system wanted it), so whoever waits for the executor process
//! sees what it would have seen of a native program.
//!
//! Signals meant for the program: `SIGINT` and `SIGQUIT` come from the terminal to the
//! whole process group, the worker included, so the supervisor ignores them and waits to
//! report; `SIGTERM` and `SIGHUP`, usually sent to the process the host started (the
//! supervisor), are forwarded to the worker. The worker starts with the dispositions and
//! signal mask the executor was started with, except `SIGPIPE`, which Rust's runtime
//! ignores and the worker sets back to the default a native program starts with.

use crate::worker::{self, Worker};
use jit_remote::{Connection, Ended, Reply};
use std::sync::atomic::{AtomicI32, Ordering};

/// The worker's pid, for the forwarding handler.
static WORKER: AtomicI32 = AtomicI32::new(0);

/// Signals the supervisor ignores (the worker gets them from the terminal itself).
const IGNORED: [libc::c_int; 2] = [libc::SIGINT, libc::SIGQUIT];
/// Signals the supervisor passes on to the worker.
const FORWARDED: [libc::c_int; 2] = [libc::SIGTERM, libc::SIGHUP];

extern "C" fn forward(sig: libc::c_int) {
    let pid = WORKER.load(Ordering::Relaxed);
    if pid > 0 {
        // SAFETY: kill is async-signal-safe.
        unsafe { libc::kill(pid, sig) };
    }
}

/// A signal set of `signals`.
fn set_of(signals: &[libc::c_int]) -> libc::sigset_t {
    // SAFETY: sigemptyset initializes the zeroed set; sigaddset with valid signals.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for &s in signals {
            libc::sigaddset(&mut set, s);
        }
        set
    }
}

/// Serves `conn` in a forked worker using `make_worker` (called in the worker), reports
/// how it ended on `conn`, and ends this process the same way. Never returns.
pub fn supervise(conn: Connection, make_worker: impl FnOnce() -> Result<Worker, String>) -> ! {
    let handled = set_of(&[IGNORED, FORWARDED].concat());
    // SAFETY: zeroed sigset_t is a valid out-parameter.
    let mut old_mask: libc::sigset_t = unsafe { std::mem::zeroed() };
    // Blocked across the fork so that none arrives before the handlers are in place.
    // SAFETY: valid sets; changes only this (single-threaded) process's mask.
    unsafe { libc::sigprocmask(libc::SIG_BLOCK, &handled, &mut old_mask) };
    // SAFETY: getpid has no preconditions.
    let supervisor = unsafe { libc::getpid() };
    // SAFETY: the executor is single-threaded here, so the child may run any code.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = std::io::Error::last_os_error();
        eprintln!("jit-executor: cannot start the worker: {e}");
        report(conn, Ended::Exited(1));
    }
    if pid == 0 {
        become_worker(conn, supervisor, &old_mask, make_worker);
    }
    WORKER.store(pid, Ordering::Relaxed);
    // SAFETY: installs plain handlers (`forward` is async-signal-safe) and SIG_IGN for
    // valid signals, then restores the mask.
    unsafe {
        for s in IGNORED {
            libc::signal(s, libc::SIG_IGN);
        }
        for s in FORWARDED {
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = forward as *const () as libc::sighandler_t;
            act.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut act.sa_mask);
            libc::sigaction(s, &act, std::ptr::null_mut());
        }
        libc::sigprocmask(libc::SIG_SETMASK, &old_mask, std::ptr::null_mut());
    }
    let ended = wait_for(pid);
    report(conn, ended)
}

/// The child side of [`supervise`]: never returns.
fn become_worker(
    conn: Connection,
    supervisor: libc::pid_t,
    old_mask: &libc::sigset_t,
    make_worker: impl FnOnce() -> Result<Worker, String>,
) -> ! {
    // SAFETY: prctl with PR_SET_PDEATHSIG and a valid signal; getppid and sigprocmask
    // have no preconditions beyond valid pointers.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
        // The supervisor may have died before the line above took effect.
        if libc::getppid() != supervisor {
            libc::_exit(1);
        }
        libc::sigprocmask(libc::SIG_SETMASK, old_mask, std::ptr::null_mut());
        // Rust's runtime ignores SIGPIPE; a native program starts with the default (which
        // is also what Rust's `Command` gives the programs it starts), so writing to a
        // closed pipe ends it as it would natively.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    match make_worker() {
        Ok(w) => worker::serve(conn, w),
        Err(e) => {
            eprintln!("jit-executor: {e}");
            worker::leave(1)
        }
    }
}

/// Waits for the worker `pid` to end.
fn wait_for(pid: libc::pid_t) -> Ended {
    let mut status = 0;
    loop {
        // SAFETY: waits for our own child with a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, 0) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if r < 0 && e.kind() != std::io::ErrorKind::Interrupted {
            eprintln!("jit-executor: cannot wait for the worker: {e}");
            return Ended::Exited(1);
        }
    }
    if libc::WIFSIGNALED(status) {
        Ended::Signaled(libc::WTERMSIG(status))
    } else {
        Ended::Exited(libc::WEXITSTATUS(status))
    }
}

/// Tells the host how the program ended (it may be gone: then nobody needs to know), and
/// ends this process the same way.
fn report(mut conn: Connection, ended: Ended) -> ! {
    let _ = conn.send_reply(&Reply::Ended(ended));
    drop(conn);
    match ended {
        Ended::Exited(code) => std::process::exit(code),
        Ended::Signaled(sig) => die_of(sig),
    }
}

/// Ends this process by signal `sig`, as the worker ended.
fn die_of(sig: libc::c_int) -> ! {
    // SAFETY: plain process-wide calls with valid arguments; the process ends here.
    unsafe {
        // The worker dumped core already if the system wanted one.
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &zero);
        libc::signal(sig, libc::SIG_DFL);
        let only = set_of(&[sig]);
        libc::sigprocmask(libc::SIG_UNBLOCK, &only, std::ptr::null_mut());
        libc::raise(sig);
        // Not reached for a signal that killed the worker; should one not end this
        // process after all, the shell's convention says the same.
        libc::_exit(128 + sig)
    }
}
