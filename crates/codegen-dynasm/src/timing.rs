//! Time spent in each phase of code generation, so a slow phase is seen the day it lands
//! (`jit compile --time-passes` prints it; the benchmark report uses it).
//!
//! Totals accumulate per thread across compilations until [`take`] resets them; each
//! measurement costs two reads of the thread's CPU clock (CPU time, not wall time: the
//! figures stay meaningful on a machine shared with other work).

use std::cell::RefCell;
use std::time::Duration;

/// CPU time consumed by the calling thread.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec; CLOCK_THREAD_CPUTIME_ID always exists on
    // Linux.
    unsafe {
        libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts);
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// A phase of code generation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// `jit-legalize`: vectors and wide integers to scalar code.
    Legalize,
    /// Optimizing tier: block order and instruction selection.
    Select,
    /// Optimizing tier: register allocation.
    Allocate,
    /// Optimizing tier: frame layout and encoding.
    Encode,
    /// Tier 0 (single pass) for the functions it compiles.
    Tier0,
    /// Object assembly: symbols, data, relocations, fixups.
    Object,
}

impl Phase {
    /// Every phase, in pipeline order.
    pub const ALL: [Phase; 6] = [
        Phase::Legalize,
        Phase::Select,
        Phase::Allocate,
        Phase::Encode,
        Phase::Tier0,
        Phase::Object,
    ];

    /// A short name.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Legalize => "legalize",
            Phase::Select => "instruction selection",
            Phase::Allocate => "register allocation",
            Phase::Encode => "encoding",
            Phase::Tier0 => "tier 0",
            Phase::Object => "object",
        }
    }
}

thread_local! {
    static TOTALS: RefCell<[Duration; 6]> = const { RefCell::new([Duration::ZERO; 6]) };
    static ENABLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Turns measuring on or off for this thread (off by default: reading the thread's CPU
/// clock is a system call, too slow to do for every function of every compilation).
pub fn enable(on: bool) {
    ENABLED.with(|e| e.set(on));
}

/// Runs `f`, adding its time to `phase` when measuring is on.
pub fn time<T>(phase: Phase, f: impl FnOnce() -> T) -> T {
    if !ENABLED.with(|e| e.get()) {
        return f();
    }
    let start = thread_cpu_time();
    let r = f();
    let spent = thread_cpu_time().saturating_sub(start);
    TOTALS.with(|t| t.borrow_mut()[phase as usize] += spent);
    r
}

/// The totals of this thread since the last call, and resets them.
pub fn take() -> Vec<(Phase, Duration)> {
    TOTALS.with(|t| {
        let mut t = t.borrow_mut();
        let out = Phase::ALL.iter().map(|&p| (p, t[p as usize])).collect();
        *t = [Duration::ZERO; 6];
        out
    })
}
