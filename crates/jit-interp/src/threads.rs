//! Threads: interpreted functions run on whichever thread calls them.
//!
//! * **One interpreter lock** ([`Gil`]) per machine serializes interpretation: a thread holds
//!   it while it interprets and releases it around every native call (`with_active`), so
//!   a thread blocked in `pthread_join`, `pthread_mutex_lock` or `printf` lets the others
//!   run. It is taken once per entry and per native call, never per instruction; a
//!   single-threaded program pays two uncontended atomic operations per native call. Atomic instructions hand the lock over when another thread waits for it,
//!   so spin loops on atomics make progress.
//! * **Execution state per thread** ([`ThreadState`]): frames, register file, alloca stack,
//!   `setjmp` records, the pending error, and the thread's copies of `thread_local`
//!   globals. `Machine::thread` holds the state of one thread, the *resident* one; a
//!   thread that takes the lock makes itself resident ([`Machine::make_resident`]),
//!   parking the previous resident's state in the lock's table. The thread that created
//!   the machine (the *owner*) uses the globals' own storage for `thread_local` variables;
//!   any other thread gets its own copy of each, made from the initial image on first use
//!   and freed when the thread exits.
//! * **Shared state** (modules, globals, lowered code, trampolines, exit handlers) is only
//!   touched under the lock.

use crate::machine::{Frame, JmpRecord, Machine, Unwind};
use crate::memory::{GlobalBlock, Stack};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Weak};

/// The calling thread's id (`pthread_self`: cheap, and unique among live threads).
pub(crate) fn tid() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// The execution state of one thread (see the module doc): the resident thread's is
/// [`Machine::thread`], the others' are parked until they take the lock
/// ([`Machine::swap_state`] exchanges them).
pub(crate) struct ThreadState {
    pub(crate) stack: Stack,
    pub(crate) frames: Vec<Frame>,
    pub(crate) regs: Vec<u64>,
    pub(crate) retval: Vec<u64>,
    pub(crate) tmp: Vec<u64>,
    pub(crate) argbuf: Vec<u64>,
    pub(crate) argoffs: Vec<(u32, u32)>,
    pub(crate) vscratch: [Vec<u64>; 4],
    pub(crate) serial: u64,
    pub(crate) floor: usize,
    pub(crate) jmpbufs: HashMap<u64, JmpRecord>,
    pub(crate) pending: Option<Unwind>,
    pub(crate) tls: Option<HashMap<u64, TlsCopy>>,
}

/// A thread's copy of one `thread_local` global.
pub(crate) enum TlsCopy {
    /// Of a global defined by an interpreted module: made by the interpreter.
    Own(GlobalBlock),
    /// Of a global defined by native code: the thread's own, found by `dlsym`.
    Native(u64),
}

impl TlsCopy {
    fn address(&self) -> u64 {
        match self {
            TlsCopy::Own(b) => b.base(),
            TlsCopy::Native(a) => *a,
        }
    }
}

// SAFETY: a parked state is only used by the thread it belongs to, after that thread has
// taken the interpreter lock (which orders its accesses after those of the previous
// holder). Its frames hold `Rc`s of lowered code whose counts only change under that lock;
// a state dropped at thread exit has no frames left (`drop_parked` makes sure).
unsafe impl Send for ThreadState {}

impl ThreadState {
    /// A fresh state; `own_tls` gives it per-thread copies of `thread_local` globals.
    pub(crate) fn new(own_tls: bool) -> Result<ThreadState, String> {
        Ok(ThreadState {
            stack: Stack::new()?,
            frames: Vec::new(),
            regs: vec![0; 1 << 12],
            retval: Vec::new(),
            tmp: Vec::new(),
            argbuf: Vec::new(),
            argoffs: Vec::new(),
            vscratch: Default::default(),
            serial: 0,
            floor: 0,
            jmpbufs: HashMap::new(),
            pending: None,
            tls: own_tls.then(HashMap::new),
        })
    }
}

/// The thread table the lock's mutex protects.
struct GilState {
    /// Every thread's state but the resident one's.
    parked: HashMap<u64, ThreadState>,
    /// Threads other than the owner inside the interpreter (in a call from native code).
    foreign: usize,
}

/// The interpreter lock of one machine (see the module doc).
///
/// Uncontended, taking and releasing it are one atomic operation each (`word` goes from
/// [`FREE`] to [`HELD`] and back). A thread that finds it taken marks it [`CONTENDED`] and
/// sleeps on the condition variable; a release that finds it [`CONTENDED`] wakes one sleeper.
///
/// Every change of `word` is a read-modify-write of that one word, so whether a release
/// must wake someone follows from the order of the operations on it alone: a waiter's mark
/// comes either before the release (which then reads it) or after it (and then finds the
/// lock free). Nothing depends on a store to one variable being ordered before a load of
/// another (sequential consistency across two variables): QEMU's AArch64 emulation does not
/// give it (it translates `stlr` + `ldar` with a barrier before the store and one after the
/// load, so on an x86 host the load passes the store), and a hand-over built on a holder
/// store and a waiter-count load lost wake-ups there (`tests/lock_handover.rs`).
pub(crate) struct Gil {
    /// [`FREE`], [`HELD`] or [`CONTENDED`].
    word: AtomicU32,
    /// Thread holding the lock (0: none). Set by the holder after it took the lock and
    /// cleared before it releases it; only read to tell whether the caller holds it, which
    /// needs no ordering (a thread sees its own last write).
    holder: AtomicU64,
    /// Thread whose state is `Machine::thread` (changed by the holder only).
    resident: AtomicU64,
    /// Threads waiting for the lock: only a hint, for [`Gil::contended`] (the hand-over
    /// itself goes by `word`).
    waiting: AtomicUsize,
    state: Mutex<GilState>,
    turn: Condvar,
}

/// [`Gil::word`]: nobody holds the lock.
const FREE: u32 = 0;
/// [`Gil::word`]: held, and nobody has waited since it was taken.
const HELD: u32 = 1;
/// [`Gil::word`]: held, and threads may be asleep waiting for it (the release wakes one).
const CONTENDED: u32 = 2;

impl Gil {
    /// A lock whose resident state is `owner`'s.
    pub(crate) fn new(owner: u64) -> Arc<Gil> {
        Arc::new(Gil {
            word: AtomicU32::new(FREE),
            holder: AtomicU64::new(0),
            resident: AtomicU64::new(owner),
            waiting: AtomicUsize::new(0),
            state: Mutex::new(GilState {
                parked: HashMap::new(),
                foreign: 0,
            }),
            turn: Condvar::new(),
        })
    }

    fn lock_state(&self) -> MutexGuard<'_, GilState> {
        // A poisoned mutex only means a panic elsewhere; the table itself is consistent
        // (every update is a single map operation or assignment).
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the lock for thread `me`; false when `me` holds it already (nothing to release).
    pub(crate) fn acquire(&self, me: u64) -> bool {
        if self.holder.load(Ordering::Relaxed) == me {
            return false;
        }
        if self
            .word
            .compare_exchange(FREE, HELD, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.wait_for_lock();
        }
        self.holder.store(me, Ordering::Relaxed);
        true
    }

    /// Sleeps until the lock is free and takes it.
    #[cold]
    fn wait_for_lock(&self) {
        let mut st = self.lock_state();
        self.waiting.fetch_add(1, Ordering::Relaxed);
        // One swap both tries to take the lock and marks it contended, so the holder's
        // release (a swap too) reads the mark and wakes a sleeper. This thread keeps the
        // mutex from the swap until `wait` has put it to sleep, and the release takes the
        // mutex before it notifies, so the notification cannot come in between. A thread
        // that takes the lock this way leaves it marked: others may still sleep, and a
        // needless wake-up at its release is harmless.
        // AcqRel: the release's swap synchronizes with this one (it reads this mark or a
        // later one of the same release sequence), so its mutex lock comes after ours.
        while self.word.swap(CONTENDED, Ordering::AcqRel) != FREE {
            st = self.turn.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        drop(st);
    }

    /// Releases the lock (held by the caller).
    pub(crate) fn release(&self) {
        self.holder.store(0, Ordering::Relaxed);
        if self.word.swap(FREE, Ordering::AcqRel) == CONTENDED {
            // Taking the mutex waits for a waiter between its swap and its sleep.
            drop(self.lock_state());
            self.turn.notify_one();
        }
    }

    /// Whether a thread holds the lock.
    fn is_held(&self) -> bool {
        self.word.load(Ordering::Relaxed) != FREE
    }

    /// Whether another thread waits for the lock.
    #[inline]
    pub(crate) fn contended(&self) -> bool {
        self.waiting.load(Ordering::Relaxed) != 0
    }

    /// Counts a thread other than the owner entering (+1) or leaving (-1) the interpreter.
    pub(crate) fn foreign_delta(&self, enter: bool) {
        let mut st = self.lock_state();
        if enter {
            st.foreign += 1;
        } else {
            st.foreign = st.foreign.saturating_sub(1);
        }
    }

    /// Threads other than the owner inside the interpreter.
    pub(crate) fn foreign(&self) -> usize {
        self.lock_state().foreign
    }

    /// Forgets the parked state of a thread that exits.
    fn drop_parked(&self, t: u64) {
        let gone = self.lock_state().parked.remove(&t);
        if let Some(mut s) = gone {
            // Frames would drop `Rc`s of lowered code outside the lock: leak them (a
            // thread exiting from inside the interpreter has already gone wrong).
            std::mem::forget(std::mem::take(&mut s.frames));
        }
    }
}

thread_local! {
    /// The machines this thread has a state in, so it can be dropped at thread exit.
    static EXIT_GUARD: ExitGuard = const { ExitGuard(std::cell::RefCell::new(Vec::new())) };
}

/// Drops this thread's parked states when the thread exits.
struct ExitGuard(std::cell::RefCell<Vec<Weak<Gil>>>);

impl Drop for ExitGuard {
    fn drop(&mut self) {
        let me = tid();
        for g in self.0.borrow().iter() {
            if let Some(g) = g.upgrade() {
                g.drop_parked(me);
            }
        }
    }
}

impl Machine {
    /// Exchanges the resident execution state with `ts`.
    fn swap_state(&mut self, ts: &mut ThreadState) {
        std::mem::swap(&mut self.thread, ts);
    }

    /// Makes thread `me`'s state the resident one (a new one on its first entry).
    /// The caller holds the lock.
    pub(crate) fn make_resident(&mut self, me: u64) -> Result<(), String> {
        if self.gil.resident.load(Ordering::Relaxed) == me {
            return Ok(());
        }
        let gil = self.gil.clone();
        let mut st = gil.lock_state();
        let mut mine = match st.parked.remove(&me) {
            Some(s) => s,
            None => {
                let s = ThreadState::new(me != self.owner)?;
                let weak = Arc::downgrade(&gil);
                let _ = EXIT_GUARD.try_with(|g| g.0.borrow_mut().push(weak));
                s
            }
        };
        self.swap_state(&mut mine);
        let prev = gil.resident.swap(me, Ordering::Relaxed);
        st.parked.insert(prev, mine);
        Ok(())
    }

    /// Lets a waiting thread run (from an atomic instruction, so spin loops progress).
    pub(crate) fn yield_lock(&mut self) {
        let me = tid();
        self.gil.release();
        // Give a waiter the time to take the lock before trying again.
        for _ in 0..64 {
            std::thread::yield_now();
            if self.gil.is_held() || !self.gil.contended() {
                break;
            }
        }
        self.gil.acquire(me);
        self.reenter(me);
    }

    /// Makes `me` resident again after retaking the lock; a failure here (no memory for
    /// another thread's stack) cannot be reported to anyone, so it ends the process.
    pub(crate) fn reenter(&mut self, me: u64) {
        if let Err(e) = self.make_resident(me) {
            fatal(&format!("cannot switch interpreter threads: {e}"));
        }
    }

    /// This thread's copy of the `thread_local` global at `addr`, the address the module's
    /// code was given for it: on the owner thread, the global's own storage; elsewhere a
    /// copy of its initial image, made on first use. For a global defined by native code,
    /// the address is the copy of the thread that resolved it; others ask `dlsym`, which
    /// answers with the calling thread's copy.
    pub(crate) fn thread_local_address(&mut self, addr: u64) -> Result<u64, String> {
        let me = tid();
        let owner = me == self.owner;
        if owner && self.extern_tls.is_empty() {
            return Ok(addr);
        }
        if let Some(c) = self.thread.tls.as_ref().and_then(|t| t.get(&addr)) {
            return Ok(c.address());
        }
        let init = self
            .modules
            .iter()
            .flatten()
            .find_map(|lm| lm.tls_init.get(&addr));
        let copy = match (init, self.extern_tls.get(&addr)) {
            (Some(_), _) if owner => TlsCopy::Native(addr),
            (Some((image, align)), _) => {
                let block = GlobalBlock::new(image.len() as u64, *align)?;
                // SAFETY: the block was just allocated with the image's size.
                unsafe { crate::memory::write_bytes(block.base(), image) };
                TlsCopy::Own(block)
            }
            (None, Some((_, by))) if *by == me => TlsCopy::Native(addr),
            (None, Some((name, _))) => {
                TlsCopy::Native(jit_link::process::search(name).ok_or_else(|| {
                    format!("the thread-local variable `{name}` is not found on this thread")
                })?)
            }
            (None, None) if owner => TlsCopy::Native(addr),
            (None, None) => {
                return Err(format!(
                    "the thread-local variable at {addr:#x} is not defined by an interpreted \
                     module, so this thread has no copy of it"
                ));
            }
        };
        let a = copy.address();
        self.thread
            .tls
            .get_or_insert_with(HashMap::new)
            .insert(addr, copy);
        Ok(a)
    }
}

/// Ends the process after an error that has nobody to return to (on a thread started by
/// native code): prints it, flushes stdio and exits with status 1.
pub(crate) fn fatal(message: &str) -> ! {
    eprintln!("jit-interp: error: {message}");
    // SAFETY: flushing all stdio streams and ending the process have no preconditions.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(1)
    }
}
