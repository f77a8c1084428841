//! Naming the culprit when native code crashes the test process.
//!
//! Run lines call JIT-compiled code in the test process itself (a process per call would
//! make the suite many times slower, under QEMU most of all), so a miscompiled function can
//! end the process with a signal instead of a failure. Before each native call the runner
//! sets a *note* (`file:line: @f(...) on native x86_64 -O2`); a handler for the fatal
//! signals writes it to stderr and then lets the signal take its previous course (Rust's
//! own stack-overflow handler, or the default action), so the crash still happens — with
//! its cause named.
//!
//! The note is a process-wide buffer: only the thread running native run lines sets it.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

/// The signals native code dies of.
const FATAL: [libc::c_int; 5] = [
    libc::SIGSEGV,
    libc::SIGBUS,
    libc::SIGILL,
    libc::SIGFPE,
    libc::SIGTRAP,
];

static NOTE_PTR: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static NOTE_LEN: AtomicUsize = AtomicUsize::new(0);
/// The note's storage: kept alive here while `NOTE_PTR` points into it.
static NOTE: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static INSTALLED: AtomicBool = AtomicBool::new(false);
/// The actions in place before ours, restored by the handler before the signal repeats.
static PREVIOUS: Mutex<Vec<(libc::c_int, libc::sigaction)>> = Mutex::new(Vec::new());
static PREVIOUS_PTR: AtomicPtr<(libc::c_int, libc::sigaction)> =
    AtomicPtr::new(std::ptr::null_mut());
static PREVIOUS_LEN: AtomicUsize = AtomicUsize::new(0);

/// While alive, a crash prints `note`; dropping it clears the note.
pub struct NoteGuard(());

impl Drop for NoteGuard {
    fn drop(&mut self) {
        NOTE_PTR.store(std::ptr::null_mut(), Ordering::SeqCst);
    }
}

/// Sets the note a crash prints until the guard drops (installing the handlers once).
pub fn note(text: &str) -> NoteGuard {
    install();
    NOTE_PTR.store(std::ptr::null_mut(), Ordering::SeqCst);
    let mut buffer = NOTE.lock().unwrap_or_else(|e| e.into_inner());
    buffer.clear();
    buffer.extend_from_slice(b"\njit-filetests: native code crashed while running ");
    buffer.extend_from_slice(text.as_bytes());
    buffer.push(b'\n');
    NOTE_LEN.store(buffer.len(), Ordering::SeqCst);
    // The buffer is not reallocated until the next `note`, which clears the pointer first.
    NOTE_PTR.store(buffer.as_mut_ptr(), Ordering::SeqCst);
    NoteGuard(())
}

fn install() {
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let mut previous = PREVIOUS.lock().unwrap_or_else(|e| e.into_inner());
    for signal in FATAL {
        // SAFETY: a zeroed `sigaction` is a valid "no handler" value to fill in.
        let mut action: libc::sigaction = unsafe { std::mem::zeroed() };
        action.sa_sigaction = handler as *const () as usize;
        // SA_ONSTACK: a stack overflow must still find a stack for the handler (Rust's
        // runtime gives each thread an alternate signal stack).
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        // SAFETY: `old` is written by sigaction; `action` is fully initialised.
        let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
        // SAFETY: installing a handler for a signal number that exists on every Unix.
        if unsafe { libc::sigaction(signal, &action, &mut old) } == 0 {
            previous.push((signal, old));
        }
    }
    // Published once, never changed again: the handler reads it without locking.
    PREVIOUS_LEN.store(previous.len(), Ordering::SeqCst);
    PREVIOUS_PTR.store(previous.as_mut_ptr(), Ordering::SeqCst);
    std::mem::forget(previous);
}

extern "C" fn handler(
    signal: libc::c_int,
    _info: *mut libc::siginfo_t,
    _context: *mut libc::c_void,
) {
    let ptr = NOTE_PTR.load(Ordering::SeqCst);
    if !ptr.is_null() {
        let len = NOTE_LEN.load(Ordering::SeqCst);
        // SAFETY: `ptr`/`len` describe the live note buffer (see `note`); write(2) is
        // async-signal-safe.
        unsafe { libc::write(2, ptr.cast(), len) };
    }
    let previous = PREVIOUS_PTR.load(Ordering::SeqCst);
    let count = PREVIOUS_LEN.load(Ordering::SeqCst);
    for i in 0..count {
        // SAFETY: `previous` points to `count` entries that are never freed or changed.
        let (s, action) = unsafe { &*previous.add(i) };
        if *s == signal {
            // SAFETY: restoring the action that was in place before ours. Returning then
            // repeats the faulting instruction, which raises the signal again for it; a
            // trap (`int3`) does not repeat, so it is raised again explicitly.
            unsafe {
                libc::sigaction(signal, action, std::ptr::null_mut());
                if signal == libc::SIGTRAP {
                    libc::raise(signal);
                }
            }
            return;
        }
    }
    // SAFETY: no previous action recorded: fall back to the default one.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        if signal == libc::SIGTRAP {
            libc::raise(signal);
        }
    }
}
