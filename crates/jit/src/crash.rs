//! Crash reports for JIT programs: when JIT code dies of `SIGSEGV`, `SIGBUS`, `SIGILL` or
//! `SIGFPE`, one line names the signal, the faulting address and the function (with
//! `file:line` when the module has debug information), then a short backtrace of the JIT
//! frames, and the process dies of the same signal, as the native program would.
//!
//! ```text
//! jit: program crashed: SIGSEGV (address 0x0) in hot_spot at /src/prog.c:15:6 (module prog.ll)
//! jit:   #0 hot_spot+0x1c at /src/prog.c:15:6 (module prog.ll)
//! jit:   #1 main+0x14 at /src/prog.c:21:3 (module prog.ll)
//! ```
//!
//! # How
//! [`install`] puts one handler per signal in place for the process (once), remembering
//! the previous ones, and gives the calling thread an alternate signal stack, so that a
//! stack overflow in JIT code is reported too. The handler asks the native engines of the
//! process ([`jit_mcjit::try_symbolize_in_process`]) whether the faulting instruction is
//! JIT code:
//!
//! * not JIT code (a fault in Rust, in libc, or while an engine's lock is held): the
//!   previous handler runs as if ours were not there (Rust's stack-overflow detection,
//!   which prints "has overflowed its stack", or the default action);
//! * JIT code: the report is written to stderr, the default action is restored and the
//!   signal raised again, so the exit status is the signal's (139 in a shell for `SIGSEGV`).
//!
//! The backtrace follows the frame-pointer chain (all JIT code keeps frame pointers:
//! x86-64 `rbp`, AArch64 `x29`), at most [`MAX_FRAMES`] frames, stopping at the first
//! frame that is not JIT code; each return address is symbolized as `address - 1` (inside
//! the call). Frame pointers are followed only within the thread's stack as [`install`]
//! recorded it, and only upwards.
//!
//! # Signal safety
//! The report is formatted into a buffer on the (alternate) stack and written with
//! `write(2)`. The symbolizer takes every lock with `try_lock`, but it allocates its
//! answer: the process is about to die, and a crash inside `malloc` (whose lock the
//! allocation would wait for) is rare enough to accept losing that report.
//!
//! `JIT_CRASH_REPORT=0` in the environment turns reports off ([`install`] does nothing).

use std::cell::Cell;
use std::ffi::{c_int, c_void};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The environment variable that turns crash reports off when `0`.
pub const ENV_CRASH_REPORT: &str = "JIT_CRASH_REPORT";

/// Frames shown at most in a report's backtrace.
pub const MAX_FRAMES: usize = 32;

/// Bytes of the alternate signal stack given to each thread [`install`] is called on:
/// the symbolizer and the formatting need more than the minimal stack Rust's runtime
/// gives threads for its stack-overflow message.
const ALT_STACK_BYTES: usize = 256 << 10;

/// The signals reported.
const SIGNALS: [c_int; 4] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE];

/// Why crash reports could not be installed.
#[derive(Debug, thiserror::Error)]
pub enum CrashReportError {
    /// `sigaction` or `sigaltstack` failed.
    #[error("cannot install the crash handler: {call}: {source}")]
    System {
        /// The call that failed.
        call: &'static str,
        /// The reason.
        source: std::io::Error,
    },
}

/// The handlers that were in place before ours, by index in [`SIGNALS`].
static PREVIOUS: OnceLock<[libc::sigaction; 4]> = OnceLock::new();

thread_local! {
    /// The calling thread's stack as (lowest, highest) address, for the frame walk; (0, 0)
    /// when unknown. Const-initialized and without destructor: reading it in a signal
    /// handler is a plain thread-local load.
    static STACK: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// True unless `$JIT_CRASH_REPORT` is `0` (or `off`, `false`, `no`).
pub fn enabled_by_env() -> bool {
    std::env::var(ENV_CRASH_REPORT).map_or(true, |v| {
        !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "0" | "off" | "false" | "no"
        )
    })
}

/// Installs crash reports (see the module documentation): the process's handlers once,
/// and an alternate signal stack and the stack bounds for the calling thread. Call it on
/// the thread that runs the JIT program, before running it. Does nothing when
/// `$JIT_CRASH_REPORT=0`.
pub fn install() -> Result<(), CrashReportError> {
    if !enabled_by_env() {
        return Ok(());
    }
    install_alt_stack()?;
    record_stack_bounds();
    let mut failure = None;
    PREVIOUS.get_or_init(|| {
        // SAFETY: an all-zero `sigaction` is a valid value (SIG_DFL, empty mask).
        let mut previous: [libc::sigaction; 4] = unsafe { std::mem::zeroed() };
        for (i, &sig) in SIGNALS.iter().enumerate() {
            // SAFETY: as above.
            let mut action: libc::sigaction = unsafe { std::mem::zeroed() };
            action.sa_sigaction = handler as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            // SAFETY: both pointers are valid for the call; the mask is ours to fill.
            let r = unsafe {
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(sig, &action, &mut previous[i])
            };
            if r != 0 && failure.is_none() {
                failure = Some(std::io::Error::last_os_error());
            }
        }
        previous
    });
    match failure {
        Some(source) => Err(CrashReportError::System {
            call: "sigaction",
            source,
        }),
        None => Ok(()),
    }
}

/// Gives the calling thread an alternate signal stack of [`ALT_STACK_BYTES`] (never
/// freed: the thread may use it until the process ends).
fn install_alt_stack() -> Result<(), CrashReportError> {
    let stack: &'static mut [u8] = Box::leak(vec![0u8; ALT_STACK_BYTES].into_boxed_slice());
    let ss = libc::stack_t {
        ss_sp: stack.as_mut_ptr().cast::<c_void>(),
        ss_flags: 0,
        ss_size: stack.len(),
    };
    // SAFETY: `ss` describes memory that lives for the rest of the process.
    if unsafe { libc::sigaltstack(&ss, std::ptr::null_mut()) } != 0 {
        return Err(CrashReportError::System {
            call: "sigaltstack",
            source: std::io::Error::last_os_error(),
        });
    }
    Ok(())
}

/// Records the calling thread's stack bounds in [`STACK`] (left unknown on failure).
fn record_stack_bounds() {
    // SAFETY: `attr` is initialized by `pthread_getattr_np` before it is read, and
    // destroyed once.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return;
        }
        let mut addr: *mut c_void = std::ptr::null_mut();
        let mut size = 0usize;
        if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
            let lo = addr as u64;
            STACK.with(|s| s.set((lo, lo + size as u64)));
        }
        libc::pthread_attr_destroy(&mut attr);
    }
}

/// The registers a report needs from the interrupted context.
#[derive(Copy, Clone, Debug)]
struct Registers {
    pc: u64,
    fp: u64,
    sp: u64,
}

/// # Safety
/// `ctx` is the `ucontext_t` the kernel passed to a `SA_SIGINFO` handler.
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
unsafe fn registers(ctx: *mut c_void) -> Registers {
    // SAFETY: per the caller's guarantee.
    let g = unsafe { &(*ctx.cast::<libc::ucontext_t>()).uc_mcontext.gregs };
    Registers {
        pc: g[libc::REG_RIP as usize] as u64,
        fp: g[libc::REG_RBP as usize] as u64,
        sp: g[libc::REG_RSP as usize] as u64,
    }
}

/// # Safety
/// `ctx` is the `ucontext_t` the kernel passed to a `SA_SIGINFO` handler.
#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
unsafe fn registers(ctx: *mut c_void) -> Registers {
    // SAFETY: per the caller's guarantee.
    let m = unsafe { &(*ctx.cast::<libc::ucontext_t>()).uc_mcontext };
    Registers {
        pc: m.pc,
        fp: m.regs[29],
        sp: m.sp,
    }
}

/// # Safety
/// Never called: other targets have no JIT code.
#[cfg(not(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
)))]
unsafe fn registers(_ctx: *mut c_void) -> Registers {
    Registers {
        pc: 0,
        fp: 0,
        sp: 0,
    }
}

fn signal_name(sig: c_int) -> &'static str {
    match sig {
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL",
        libc::SIGFPE => "SIGFPE",
        _ => "signal",
    }
}

/// A line of a report, formatted without allocating; what does not fit is cut.
struct Line {
    buf: [u8; 1024],
    len: usize,
}

impl Line {
    fn new() -> Self {
        Line {
            buf: [0; 1024],
            len: 0,
        }
    }
    /// Writes the line and a newline to stderr.
    fn emit(&mut self) {
        let _ = self.write_str("\n");
        if self.len == self.buf.len() {
            self.buf[self.len - 1] = b'\n';
        }
        let mut done = 0;
        while done < self.len {
            // SAFETY: the range is inside `buf`.
            let n = unsafe {
                libc::write(
                    2,
                    self.buf[done..].as_ptr().cast::<c_void>(),
                    self.len - done,
                )
            };
            if n <= 0 {
                break;
            }
            done += n as usize;
        }
        self.len = 0;
    }
}

impl std::fmt::Write for Line {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let n = s.len().min(self.buf.len() - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&s.as_bytes()[..n]);
        self.len += n;
        Ok(())
    }
}

/// Reads the word at `address` if it lies inside `stack` and is aligned.
///
/// # Safety
/// `stack` is the current thread's stack, whose mapped part holds `address` when it is
/// between the stack pointer and the top.
unsafe fn read_frame_word(address: u64, stack: (u64, u64), sp: u64) -> Option<u64> {
    let lo = stack.0.max(sp);
    if address % 8 != 0 || address < lo || address.checked_add(8)? > stack.1 {
        return None;
    }
    // SAFETY: an aligned word of the live part of this thread's stack (per the checks).
    Some(unsafe { (address as *const u64).read_volatile() })
}

/// Writes the report of a crash in JIT code at `regs.pc` (known to be JIT code).
///
/// # Safety
/// Called from the signal handler, on the thread that crashed, with its registers.
unsafe fn report(sig: c_int, fault: u64, regs: Registers, top: &jit_mcjit::SymbolInfo) {
    let mut line = Line::new();
    let _ = write!(line, "jit: program crashed: {}", signal_name(sig));
    if sig == libc::SIGSEGV || sig == libc::SIGBUS {
        let _ = write!(line, " (address {fault:#x}");
        if fault.abs_diff(regs.sp) < 64 << 10 {
            let _ = write!(line, ", stack overflow?");
        }
        let _ = write!(line, ")");
    }
    let _ = write!(line, " in {}", top.function);
    if let Some(file) = &top.file {
        let _ = write!(line, " at {file}:{}", top.line);
    }
    let _ = write!(line, " (module {})", top.module);
    line.emit();
    let _ = write!(line, "jit:   #0 {top}");
    line.emit();
    let stack = STACK.with(Cell::get);
    let mut fp = regs.fp;
    for n in 1..MAX_FRAMES {
        // SAFETY: reads only words of this thread's stack (see `read_frame_word`).
        let (next, ret) = unsafe {
            match (
                read_frame_word(fp, stack, regs.sp),
                read_frame_word(fp.wrapping_add(8), stack, regs.sp),
            ) {
                (Some(n), Some(r)) => (n, r),
                _ => break,
            }
        };
        let Some(s) = (ret > 0)
            .then(|| jit_mcjit::try_symbolize_in_process(ret - 1))
            .flatten()
        else {
            break;
        };
        let _ = write!(line, "jit:   #{n} {s}");
        line.emit();
        if next <= fp {
            break;
        }
        fp = next;
    }
}

/// Runs the handler that was in place before ours for `sig`.
///
/// # Safety
/// Called from our signal handler with its arguments.
unsafe fn chain(sig: c_int, info: *mut libc::siginfo_t, ctx: *mut c_void) {
    let Some(i) = SIGNALS.iter().position(|&s| s == sig) else {
        return;
    };
    let Some(previous) = PREVIOUS.get().map(|p| p[i]) else {
        return;
    };
    let h = previous.sa_sigaction;
    if h == libc::SIG_DFL || h == libc::SIG_IGN {
        // The fault happens again on return and the default action ends the process.
        // SAFETY: restoring a default disposition.
        unsafe { libc::signal(sig, libc::SIG_DFL) };
    } else if previous.sa_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: a `SA_SIGINFO` handler has this signature; it gets our arguments.
        let f: extern "C" fn(c_int, *mut libc::siginfo_t, *mut c_void) =
            unsafe { std::mem::transmute(h) };
        f(sig, info, ctx);
    } else {
        // SAFETY: a plain handler has this signature.
        let f: extern "C" fn(c_int) = unsafe { std::mem::transmute(h) };
        f(sig);
    }
}

extern "C" fn handler(sig: c_int, info: *mut libc::siginfo_t, ctx: *mut c_void) {
    // SAFETY: the kernel's arguments to a `SA_SIGINFO` handler.
    let regs = unsafe { registers(ctx) };
    let top = jit_mcjit::try_symbolize_in_process(regs.pc);
    let Some(top) = top else {
        // SAFETY: our own arguments, passed on.
        unsafe { chain(sig, info, ctx) };
        return;
    };
    // SAFETY: `info` is the kernel's siginfo for this signal.
    let fault = unsafe { (*info).si_addr() } as u64;
    // SAFETY: on the crashed thread, with its registers.
    unsafe { report(sig, fault, regs, &top) };
    // The default action, raised again: pending until this handler returns (the signal is
    // blocked meanwhile), then it ends the process with this signal.
    // SAFETY: plain libc calls with valid arguments.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_not_overflowed() {
        let mut l = Line::new();
        for _ in 0..2000 {
            let _ = l.write_str("ab");
        }
        assert_eq!(l.len, l.buf.len());
    }

    #[test]
    fn frame_words_stay_inside_the_stack() {
        let stack = (0x1000, 0x2000);
        // SAFETY: every address is refused before being read.
        unsafe {
            assert_eq!(read_frame_word(0x2000, stack, 0x1000), None);
            assert_eq!(read_frame_word(0x1ff9, stack, 0x1000), None);
            assert_eq!(read_frame_word(0x1008, stack, 0x1800), None);
            assert_eq!(read_frame_word(0x1008, (0, 0), 0), None);
        }
        let word = 42u64;
        let at = &raw const word as u64;
        // SAFETY: `word` is a live local.
        assert_eq!(unsafe { read_frame_word(at, (at, at + 8), at) }, Some(42));
    }
}
