//! Interposed `exit`, `atexit` and `__cxa_atexit`, so destructors run when JIT code exits.
//!
//! JIT code must not register its handlers with the real libc: they would run at process
//! exit, possibly after the engine freed the code, and the module's static destructors
//! would not run at all when the program calls `exit()` (neither of LLVM's JITs runs them).
//! So the engine maps these three names (global mappings, which come before the process
//! in symbol resolution) to the functions below:
//!
//! - `atexit(f)` / `__cxa_atexit(f, arg, dso)` record the handler here, tagged with the engine
//!   whose code is running.
//! - `exit(code)` runs the calling thread's thread-local destructors (`tls.rs`), then that
//!   engine's (on a thread the program started, which runs no engine itself: the engine
//!   armed last in the process) recorded handlers in reverse order of registration, then
//!   its static destructors (`@llvm.global_dtors`, `.fini_array`) — the order a native
//!   program observes, where libc's destructor hook is registered before `main` — and then
//!   calls the real `exit(code)`, which flushes stdio and ends the process.
//! - When `main` returns normally, `run_main` does the same without ending the process.
//! - Handlers registered while no engine was running code (the host called JIT code
//!   directly) are tagged "no engine" and belong to whichever engine holds the handler's code.
//! - Handlers of an engine that is dropped, or whose code lives in a module that is removed,
//!   are discarded, never run.

use std::cell::RefCell;
use std::ffi::{c_int, c_void};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// A recorded exit handler.
#[derive(Clone, Copy, Debug)]
struct Handler {
    engine: u64,
    func: usize,
    arg: usize,
    /// `__cxa_atexit` handlers take their argument; `atexit` ones take none.
    with_arg: bool,
}

/// Handlers recorded by the JIT code of every engine of the process.
static HANDLERS: Mutex<Vec<Handler>> = Mutex::new(Vec::new());

thread_local! {
    /// The engine whose code runs on this thread (0: none) and the destructors `exit()` must
    /// run for it. Thread-local, because JIT code calls `exit` on the thread that runs it.
    static ARMED: RefCell<(u64, Vec<u64>)> = const { RefCell::new((0, Vec::new())) };
}

/// Every armed engine of the process with its destructors, innermost last: what `exit()`
/// runs when it is called on a thread that runs no engine's code itself (a thread the
/// program started: its code runs there, but the engine was armed on the program thread).
static PROCESS_ARMED: Mutex<Vec<(u64, Vec<u64>)>> = Mutex::new(Vec::new());

fn process_armed() -> std::sync::MutexGuard<'static, Vec<(u64, Vec<u64>)>> {
    PROCESS_ARMED.lock().unwrap_or_else(|e| e.into_inner())
}

static NEXT_ENGINE: AtomicU64 = AtomicU64::new(1);
/// Address given to JIT code for `__dso_handle`.
static DSO_HANDLE: u8 = 0;

fn handlers() -> std::sync::MutexGuard<'static, Vec<Handler>> {
    HANDLERS.lock().unwrap_or_else(|e| e.into_inner())
}

fn active() -> u64 {
    ARMED.with(|a| a.borrow().0)
}

/// A fresh engine id.
pub(crate) fn new_engine_id() -> u64 {
    NEXT_ENGINE.fetch_add(1, Ordering::Relaxed)
}

/// The global mappings an engine installs: `(name, address)`.
pub(crate) fn mappings() -> [(&'static str, u64); 4] {
    [
        ("exit", jit_exit as *const () as u64),
        ("atexit", jit_atexit as *const () as u64),
        ("__cxa_atexit", jit_cxa_atexit as *const () as u64),
        ("__dso_handle", &DSO_HANDLE as *const u8 as u64),
    ]
}

/// Marks `engine` as the one running JIT code, with the destructors `exit()` must run.
/// Returns a guard restoring the previous state.
pub(crate) fn arm(engine: u64, dtors: Vec<u64>) -> Armed {
    process_armed().push((engine, dtors.clone()));
    let prev = ARMED.with(|a| std::mem::replace(&mut *a.borrow_mut(), (engine, dtors)));
    Armed { prev, engine }
}

/// Restores the previously running engine of this thread when dropped (engines may nest:
/// JIT code can call into the host, which can run another engine).
pub(crate) struct Armed {
    prev: (u64, Vec<u64>),
    engine: u64,
}

impl Drop for Armed {
    fn drop(&mut self) {
        let prev = std::mem::take(&mut self.prev);
        ARMED.with(|a| *a.borrow_mut() = prev);
        let mut all = process_armed();
        if let Some(i) = all.iter().rposition(|(e, _)| *e == self.engine) {
            all.remove(i);
        }
    }
}

/// Runs (and forgets) `engine`'s handlers, most recent first: those registered while its code
/// ran, and untagged ones whose function `owns` says is its code. A handler may register
/// more.
pub(crate) fn run_handlers(engine: u64, owns: &dyn Fn(u64) -> bool) {
    loop {
        let h = {
            let mut hs = handlers();
            let Some(i) = hs
                .iter()
                .rposition(|h| h.engine == engine || (h.engine == 0 && owns(h.func as u64)))
            else {
                return;
            };
            hs.remove(i)
        };
        // SAFETY: the handler was registered by JIT code that is still alive (handlers of
        // dropped engines and removed modules are discarded), with the C signature matching
        // `with_arg`.
        unsafe {
            if h.with_arg {
                std::mem::transmute::<usize, extern "C" fn(*mut c_void)>(h.func)(
                    h.arg as *mut c_void,
                );
            } else {
                std::mem::transmute::<usize, extern "C" fn()>(h.func)();
            }
        }
    }
}

/// Forgets, without running them, `engine`'s handlers (all of them when `all_of_engine`) and
/// any handler whose function `owns` says is going away.
pub(crate) fn discard(engine: u64, all_of_engine: bool, owns: &dyn Fn(u64) -> bool) {
    handlers().retain(|h| !((all_of_engine && h.engine == engine) || owns(h.func as u64)));
}

/// Number of handlers that [`run_handlers`] would run for `engine`.
pub(crate) fn handler_count(engine: u64, owns: &dyn Fn(u64) -> bool) -> usize {
    handlers()
        .iter()
        .filter(|h| h.engine == engine || (h.engine == 0 && owns(h.func as u64)))
        .count()
}

fn record(func: usize, arg: usize, with_arg: bool) -> c_int {
    if func == 0 {
        return -1;
    }
    let engine = active();
    handlers().push(Handler {
        engine,
        func,
        arg,
        with_arg,
    });
    0
}

extern "C" fn jit_atexit(func: Option<extern "C" fn()>) -> c_int {
    record(func.map_or(0, |f| f as usize), 0, false)
}

extern "C" fn jit_cxa_atexit(
    func: Option<extern "C" fn(*mut c_void)>,
    arg: *mut c_void,
    _dso: *mut c_void,
) -> c_int {
    record(func.map_or(0, |f| f as usize), arg as usize, true)
}

extern "C" fn jit_exit(code: c_int) -> ! {
    // As glibc's `exit`: the calling thread's thread-local objects first.
    crate::tls::run_thread_dtors(&|_| true);
    let (engine, dtors) = match ARMED.with(|a| std::mem::take(&mut *a.borrow_mut())) {
        // A thread of the program: the engine armed on the program thread (its handlers and
        // destructors run here, once, as glibc's `exit` runs them on the calling thread).
        (0, _) => process_armed().pop().unwrap_or_default(),
        mine => mine,
    };
    // The process ends: every remaining untagged handler belongs to a live engine.
    run_handlers(engine, &|_| true);
    for d in dtors {
        // SAFETY: destructor addresses come from the engine's finalized modules
        // (`void (*)(void)` by the C and LLVM conventions).
        unsafe { std::mem::transmute::<usize, extern "C" fn()>(d as usize)() };
    }
    // SAFETY: ending the process as the program asked; libc flushes stdio.
    unsafe { libc::exit(code) }
}
