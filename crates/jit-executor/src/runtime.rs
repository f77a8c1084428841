//! The runtime the executor gives JIT code: what the in-process engine installs as global
//! mappings (`jit-mcjit`'s `tls.rs` and `exit.rs`), minus the tiering entry points and
//! minus `atexit`/`__cxa_atexit`, which stay libc's: the executor process is the
//! program's, so libc's own exit handling is already the native one.
//!
//! - `__jit_tls_address(image, size, align)`: emulated thread-local variables. The backends
//!   lower every access to a thread-local variable to this call, with the variable's own
//!   storage as the initial image; each thread gets its own copy on first use (null for a
//!   null image: an undefined weak variable).
//! - `__cxa_thread_atexit` / `__cxa_thread_atexit_impl(func, obj, dso)`: destructors of C++
//!   `thread_local` objects, run most recent first when the thread ends (before its copies
//!   are freed) or, on the thread that runs `main`, when `main` returns or the program
//!   calls `exit` — before the exit handlers, as glibc's `exit` does. A destructor whose
//!   code was released in the meantime is dropped, never run.
//! - `exit(code)`: the calling thread's thread-local destructors, then libc's `exit`.
//! - `__dso_handle`: the address of a static byte (C++ passes it to `__cxa_atexit`).
//! - `atexit(func)`: libc's own, made findable: glibc keeps `atexit` in
//!   `libc_nonshared.a`, linked into each program, so no library exports it and `dlsym`
//!   cannot find it (`__cxa_atexit`, which it calls, is exported and found as usual).
//!
//! A thread-local variable of a native library (found by `dlsym`, which gives the instance
//! of the thread that looked it up) is the library's own on every thread: the first
//! access on a thread looks its name up again there, and no copy is made.
//!
//! Copies are found by the image's address, which a later module may reuse once its owner
//! is released; [`forget`] records released ranges, and a copy made before such a release
//! for an address inside it is stale (the next access makes a fresh one).
//!
//! # Thread state
//! Every per-thread structure is a raw pointer in a `const` thread-local without a
//! destructor, so it stays usable while the thread is being torn down (a destructor may
//! register another, or read its variable). One guard with a destructor, armed on first
//! use, runs the pending destructors and then frees the copies. On the process's main
//! thread (marked by [`keep_main_thread_copies`]) the copies are never freed: glibc runs
//! thread-local destructors at the start of `exit`, and the exit handlers that run after
//! them (static destructors) may still read thread-local variables, as natively, where
//! the main thread's static TLS lives as long as the process.

use std::alloc::Layout;
use std::cell::Cell;
use std::collections::HashMap;
use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Address given to JIT code for `__dso_handle`.
static DSO_HANDLE: u8 = 0;

/// The symbols the executor provides, in the order the host should bind them.
pub fn symbols() -> Vec<(&'static str, u64)> {
    vec![
        ("__jit_tls_address", tls_address as *const () as u64),
        ("__cxa_thread_atexit", thread_atexit as *const () as u64),
        (
            "__cxa_thread_atexit_impl",
            thread_atexit as *const () as u64,
        ),
        ("exit", exit as *const () as u64),
        ("__dso_handle", &DSO_HANDLE as *const u8 as u64),
        ("atexit", atexit as *const () as u64),
    ]
}

/// The address of runtime symbol `name`, if the runtime provides it.
pub fn lookup(name: &str) -> Option<u64> {
    symbols()
        .into_iter()
        .find_map(|(n, a)| (n == name).then_some(a))
}

fn lock<T>(m: &'static Mutex<T>) -> MutexGuard<'static, T> {
    // A panic while holding one of these locks leaves consistent data (plain pushes and
    // retains), so a poisoned lock is still usable.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// ---- Released memory ------------------------------------------------------------------

/// How many times module memory has been released; changes only under [`RELEASED`]'s lock.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// Released address ranges `[start, end)` with the generation of their release. It only
/// grows, by one entry per released region.
static RELEASED: Mutex<Vec<(u64, u64, u64)>> = Mutex::new(Vec::new());

/// Finalized code ranges `[start, end)`: a thread-exit destructor runs only while its code
/// is in one of them.
static LIVE_CODE: Mutex<Vec<(u64, u64)>> = Mutex::new(Vec::new());

/// Records finalized code at `[start, end)`.
pub fn code_finalized(start: u64, end: u64) {
    lock(&LIVE_CODE).push((start, end));
}

/// Records that the memory in `ranges` was given back: copies of thread-local variables
/// whose images were there are stale, and destructors in code there never run.
pub fn forget(ranges: &[(u64, u64)]) {
    if ranges.is_empty() {
        return;
    }
    lock(&LIVE_CODE).retain(|c| !ranges.contains(c));
    let mut released = lock(&RELEASED);
    let generation = GENERATION.load(Ordering::Acquire) + 1;
    released.extend(ranges.iter().map(|&(s, e)| (s, e, generation)));
    GENERATION.store(generation, Ordering::Release);
}

fn is_live_code(address: u64) -> bool {
    lock(&LIVE_CODE)
        .iter()
        .any(|&(s, e)| s <= address && address < e)
}

// ---- Per-thread state -----------------------------------------------------------------

/// One thread's copy of one variable.
struct Copy {
    ptr: *mut u8,
    /// How the copy was allocated; `None` for a library's variable (its storage is the
    /// library's, not ours).
    layout: Option<Layout>,
    /// The release generation the copy is known to be current for.
    generation: u64,
}

impl Drop for Copy {
    fn drop(&mut self) {
        if let Some(layout) = self.layout {
            // SAFETY: allocated in `tls_address` with this layout, freed once.
            unsafe { std::alloc::dealloc(self.ptr, layout) };
        }
    }
}

/// A destructor registered for this thread: `func(obj)`.
#[derive(Clone, Copy)]
struct Dtor {
    func: usize,
    obj: usize,
}

/// Where a thread is in its life, as far as this runtime is concerned.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Phase {
    /// Nothing allocated yet; the guard is not armed.
    Fresh,
    /// The guard is armed.
    Armed,
    /// The thread ended and its copies were freed: no storage is left to give.
    Gone,
}

thread_local! {
    /// This thread's copies by the address of the variable's image: a leaked
    /// `Box<HashMap>` or null (see the module documentation).
    static COPIES: Cell<*mut HashMap<usize, Copy>> = const { Cell::new(std::ptr::null_mut()) };
    /// This thread's registered destructors, oldest first: a leaked `Box<Vec>` or null.
    static PENDING: Cell<*mut Vec<Dtor>> = const { Cell::new(std::ptr::null_mut()) };
    static PHASE: Cell<Phase> = const { Cell::new(Phase::Fresh) };
    /// The main thread's copies live as long as the process.
    static KEEP: Cell<bool> = const { Cell::new(false) };
    /// Armed on first use; its destructor tears this thread's state down.
    static GUARD: Guard = const { Guard };
}

/// See [`GUARD`].
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        run_thread_dtors();
        if KEEP.get() {
            return;
        }
        let copies = COPIES.replace(std::ptr::null_mut());
        PHASE.set(Phase::Gone);
        if !copies.is_null() {
            // SAFETY: this thread's leaked box (see COPIES); the pointer was cleared, so
            // nothing refers to it any more.
            drop(unsafe { Box::from_raw(copies) });
        }
    }
}

/// Arms this thread's guard; false once the thread is past its teardown.
fn arm() -> bool {
    match PHASE.get() {
        Phase::Armed => true,
        Phase::Gone => false,
        Phase::Fresh => {
            // Fails only while thread-locals with destructors are being destroyed.
            let armed = GUARD.try_with(|_| ()).is_ok();
            if armed {
                PHASE.set(Phase::Armed);
            }
            armed
        }
    }
}

/// Marks the calling thread as the process's main thread: its copies are never freed
/// (see the module documentation).
pub fn keep_main_thread_copies() {
    KEEP.set(true);
}

/// Whether the copy for `key` made at `copy.generation` is still current; brings its
/// generation up to date when it is.
fn current(key: usize, copy: &mut Copy) -> bool {
    let now = GENERATION.load(Ordering::Acquire);
    if copy.generation == now {
        return true;
    }
    let released = lock(&RELEASED);
    let key = key as u64;
    let stale = released
        .iter()
        .any(|&(s, e, g)| g > copy.generation && s <= key && key < e);
    if !stale {
        copy.generation = now;
    }
    !stale
}

/// Makes this thread's copy of the variable whose image is `size` bytes at `image`.
fn new_copy(image: *const u8, size: u64, align: u64, generation: u64) -> Option<Copy> {
    if let Some(name) = jit_link::process::name_of_resolved(image as u64) {
        // A library's variable (libstdc++'s `__once_callable`, say): the host was given
        // the instance of the thread that looked it up; this thread's is the library's own.
        let ptr = jit_link::process::search(&name).map_or(std::ptr::null_mut(), |a| a as *mut u8);
        return Some(Copy {
            ptr,
            layout: None,
            generation,
        });
    }
    let size = usize::try_from(size).ok()?;
    let layout = Layout::from_size_align(size.max(1), usize::try_from(align.max(1)).ok()?).ok()?;
    // SAFETY: the layout has a non-zero size.
    let ptr = unsafe { std::alloc::alloc(layout) };
    if ptr.is_null() {
        return None;
    }
    // SAFETY: `image` is the variable's initial image of `size` bytes (JIT data that lives
    // as long as its module) and `ptr` a fresh block of at least that size.
    unsafe { std::ptr::copy_nonoverlapping(image, ptr, size) };
    Some(Copy {
        ptr,
        layout: Some(layout),
        generation,
    })
}

/// `__jit_tls_address(image, size, align)`: the address of this thread's copy of the
/// thread-local variable whose initial image is `size` bytes at `image`. Called by JIT
/// code; never unwinds (null when no storage can be had).
extern "C" fn tls_address(image: *const u8, size: u64, align: u64) -> *mut u8 {
    if image.is_null() || !arm() {
        return std::ptr::null_mut();
    }
    let key = image as usize;
    let mut map = COPIES.get();
    if map.is_null() {
        map = Box::into_raw(Box::default());
        COPIES.set(map);
    }
    // SAFETY: this thread's leaked box (see COPIES). Nothing below calls JIT code, so no
    // other reference to the map is live while this one is.
    let map = unsafe { &mut *map };
    if let Some(c) = map.get_mut(&key)
        && current(key, c)
    {
        return c.ptr;
    }
    let generation = GENERATION.load(Ordering::Acquire);
    match new_copy(image, size, align, generation) {
        Some(c) => {
            let ptr = c.ptr;
            // Replaces (and frees) a stale copy.
            map.insert(key, c);
            ptr
        }
        None => std::ptr::null_mut(),
    }
}

/// `__cxa_thread_atexit(func, obj, dso_handle)`: records `func(obj)` to run when the
/// calling thread ends. Called by JIT code; never unwinds.
extern "C" fn thread_atexit(
    func: Option<extern "C" fn(*mut c_void)>,
    obj: *mut c_void,
    _dso: *mut c_void,
) -> c_int {
    let Some(func) = func else { return -1 };
    if !arm() {
        // Past this thread's teardown: nothing would run it.
        return -1;
    }
    let mut list = PENDING.get();
    if list.is_null() {
        list = Box::into_raw(Box::default());
        PENDING.set(list);
    }
    // SAFETY: this thread's leaked box (see PENDING), used only on this thread and never
    // while another reference to it is live.
    unsafe {
        (*list).push(Dtor {
            func: func as usize,
            obj: obj as usize,
        })
    };
    0
}

/// Runs (and forgets) this thread's registered destructors, most recent first, including
/// those they register; those whose code was released are forgotten without running.
pub fn run_thread_dtors() {
    loop {
        let list = PENDING.get();
        if list.is_null() {
            return;
        }
        // SAFETY: this thread's leaked box (see PENDING); the reference ends before any
        // destructor runs.
        let next = unsafe { (*list).pop() };
        let Some(d) = next else {
            PENDING.set(std::ptr::null_mut());
            // SAFETY: the box was leaked by `thread_atexit`; nothing refers to it once the
            // pointer is cleared.
            drop(unsafe { Box::from_raw(list) });
            return;
        };
        if !is_live_code(d.func as u64) {
            continue;
        }
        // SAFETY: registered by JIT code as `void (*)(void *)` with its argument; its code
        // is still finalized and not released (checked just above).
        unsafe {
            std::mem::transmute::<usize, extern "C" fn(*mut c_void)>(d.func)(d.obj as *mut c_void)
        };
    }
}

/// `exit(code)` for JIT code: the calling thread's thread-local destructors, then libc's
/// `exit`, which runs the exit handlers and flushes stdio.
extern "C" fn exit(code: c_int) -> ! {
    run_thread_dtors();
    // SAFETY: ending the process as the program asked.
    unsafe { libc::exit(code) }
}

/// `atexit(func)` for JIT code: libc's (see the module documentation).
extern "C" fn atexit(func: Option<extern "C" fn()>) -> c_int {
    match func {
        // SAFETY: registers a C function with libc, as the program asked.
        Some(f) => unsafe { libc::atexit(f) },
        None => -1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thread_gets_its_own_initialized_copy() {
        static IMAGE: [u64; 2] = [7, 9];
        let image = IMAGE.as_ptr().cast::<u8>();
        let a = tls_address(image, 16, 8);
        assert_eq!(a, tls_address(image, 16, 8), "stable within a thread");
        assert_ne!(a, image.cast_mut(), "a copy, not the image");
        assert_eq!(a as usize % 8, 0);
        // SAFETY: a 16-byte block aligned to 8.
        unsafe { *(a as *mut u64) += 1 };
        let image_addr = image as usize;
        let (b, value) = std::thread::spawn(move || {
            let b = tls_address(image_addr as *const u8, 16, 8);
            // SAFETY: this thread's 16-byte copy.
            (b as usize, unsafe { *(b as *const u64) })
        })
        .join()
        .unwrap();
        assert_ne!(b, a as usize);
        assert_eq!(value, 7, "the other thread sees the initial value");
        // SAFETY: this thread's copy.
        assert_eq!(unsafe { *(a as *const u64) }, 8);
        assert!(tls_address(std::ptr::null(), 8, 8).is_null());
    }

    #[test]
    fn a_released_image_gets_a_fresh_copy() {
        static IMAGE: [u64; 1] = [41];
        let image = IMAGE.as_ptr().cast::<u8>();
        let a = tls_address(image, 8, 8);
        // SAFETY: this thread's 8-byte copy.
        unsafe { *(a as *mut u64) = 99 };
        forget(&[(8, 16)]);
        assert_eq!(tls_address(image, 8, 8), a, "unrelated memory released");
        forget(&[(image as u64, image as u64 + 8)]);
        let b = tls_address(image, 8, 8);
        // SAFETY: this thread's new 8-byte copy.
        assert_eq!(unsafe { *(b as *const u64) }, 41);
    }

    static RAN: Mutex<Vec<usize>> = Mutex::new(Vec::new());

    extern "C" fn record(obj: *mut c_void) {
        lock(&RAN).push(obj as usize);
    }

    #[test]
    fn thread_dtors_run_most_recent_first_when_their_code_is_live() {
        let f = record as *const () as u64;
        code_finalized(f, f + 1);
        let ran = std::thread::spawn(|| {
            thread_atexit(
                Some(record),
                std::ptr::without_provenance_mut(11),
                std::ptr::null_mut(),
            );
            thread_atexit(
                Some(record),
                std::ptr::without_provenance_mut(12),
                std::ptr::null_mut(),
            );
        });
        ran.join().unwrap();
        let seen: Vec<usize> = lock(&RAN).drain(..).collect();
        assert_eq!(seen, [12, 11]);
        forget(&[(f, f + 1)]);
        std::thread::spawn(|| {
            thread_atexit(
                Some(record),
                std::ptr::without_provenance_mut(13),
                std::ptr::null_mut(),
            );
        })
        .join()
        .unwrap();
        assert!(lock(&RAN).is_empty(), "released code never runs");
        assert_eq!(
            thread_atexit(None, std::ptr::null_mut(), std::ptr::null_mut()),
            -1
        );
    }

    #[test]
    fn the_runtime_names_resolve() {
        assert_eq!(
            lookup("__jit_tls_address"),
            Some(tls_address as *const () as u64)
        );
        assert!(lookup("__dso_handle").is_some());
        assert_eq!(lookup("__jit_tier_up"), None);
        assert_eq!(lookup("__cxa_atexit"), None, "libc's own");
    }
}
