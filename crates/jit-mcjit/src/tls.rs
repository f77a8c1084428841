//! Thread-local variables of JIT code, emulated: the backends lower
//! `llvm.threadlocal.address(@g)` to a call of `__jit_tls_address(@g, size, align)`, where
//! `@g`'s own storage is the initial image. The engine makes every access go through that
//! intrinsic before compiling (`jit_opt::address_thread_locals`: clang also uses `@g`
//! directly, to construct and guard C++ `thread_local` objects), so the image is never
//! written. Each thread gets its own copy of each variable on first use, freed when the
//! thread ends.
//!
//! # Destructors of thread-local objects
//! `__cxa_thread_atexit` (and glibc's `__cxa_thread_atexit_impl`), which clang calls to
//! register the destructor of a C++ `thread_local` object, map to [`jit_thread_atexit`]:
//! the destructor is recorded for the calling thread and runs, most recent first, when the
//! thread ends — before the thread's copies of the variables are freed — or, on the thread
//! that runs `main`, when `main` returns or the program calls `exit` (before the exit
//! handlers and static destructors, the order of a native program). A destructor whose
//! code no live engine holds any more (its engine dropped, its module removed) is
//! dropped, never run.
//!
//! A thread-local variable of a native library (declared in the module, found by the
//! linker with `dlsym`, which gives the instance of the thread that linked) is the
//! library's own on every thread: the first access on a thread looks its name up again
//! there (`jit_link::process::name_of_resolved`, then `search`), and no copy is made.
//!
//! Copies are found by the image's address, which a later module may reuse once the
//! module that owned it is removed (or its engine dropped). The engine then calls
//! [`forget`] with the released address ranges; a copy made before such a release for an
//! address inside it is stale, and the next access makes a fresh copy from the new image.
//! The check costs one atomic load while nothing is released.

use crate::engine::Core;
use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

/// One thread's copy of one variable.
struct Block {
    ptr: *mut u8,
    /// How the copy was allocated; `None` for a library's variable (its storage is the
    /// library's, not ours).
    layout: Option<Layout>,
    /// The release generation the copy is known to be current for.
    generation: u64,
}

/// How many times module memory has been released; changes only under [`RELEASED`]'s lock.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// Released address ranges `[start, end)` with the generation of their release. It only
/// grows, by a few words per removed module (each module holds far more than that).
static RELEASED: Mutex<Vec<(u64, u64, u64)>> = Mutex::new(Vec::new());

/// Records that the memory in `ranges` (`[start, end)` addresses where JIT code sees it)
/// was given back: copies made from images there are stale from now on.
pub(crate) fn forget(ranges: impl IntoIterator<Item = (u64, u64)>) {
    let mut released = RELEASED.lock().unwrap_or_else(|e| e.into_inner());
    let generation = GENERATION.load(Ordering::Acquire) + 1;
    released.extend(ranges.into_iter().map(|(s, e)| (s, e, generation)));
    GENERATION.store(generation, Ordering::Release);
}

/// Whether the copy for `key` made at `block.generation` is still current; brings the
/// block's generation up to date when it is.
fn current(key: usize, block: &mut Block) -> bool {
    let now = GENERATION.load(Ordering::Acquire);
    if block.generation == now {
        return true;
    }
    let released = RELEASED.lock().unwrap_or_else(|e| e.into_inner());
    let key = key as u64;
    let stale = released
        .iter()
        .any(|&(s, e, g)| g > block.generation && s <= key && key < e);
    if !stale {
        block.generation = now;
    }
    !stale
}

impl Drop for Block {
    fn drop(&mut self) {
        if let Some(layout) = self.layout {
            // SAFETY: allocated in `jit_tls_address` with this layout, freed once.
            unsafe { std::alloc::dealloc(self.ptr, layout) };
        }
    }
}

thread_local! {
    /// This thread's copies, by the address of the variable's initial image.
    static BLOCKS: RefCell<HashMap<usize, Block>> = RefCell::new(HashMap::new());
}

/// The address of this thread's copy of the thread-local variable whose initial image is
/// `size` bytes at `image` (aligned to `align`). Called by JIT code; never unwinds.
pub(crate) extern "C" fn jit_tls_address(image: *const u8, size: u64, align: u64) -> *mut u8 {
    let key = image as usize;
    let found = BLOCKS.try_with(|blocks| {
        if let Some(b) = blocks.borrow_mut().get_mut(&key)
            && current(key, b)
        {
            return b.ptr;
        }
        let generation = GENERATION.load(Ordering::Acquire);
        if image.is_null() {
            // An undefined weak thread-local variable.
            return std::ptr::null_mut();
        }
        if let Some(name) = jit_link::process::name_of_resolved(image as u64) {
            // A library's variable (libstdc++'s `__once_callable`, say): the linker was
            // given the linking thread's instance; this thread's is the library's own.
            let ptr =
                jit_link::process::search(&name).map_or(std::ptr::null_mut(), |a| a as *mut u8);
            blocks.borrow_mut().insert(
                key,
                Block {
                    ptr,
                    layout: None,
                    generation,
                },
            );
            return ptr;
        }
        let Ok(layout) = Layout::from_size_align(size.max(1) as usize, align.max(1) as usize)
        else {
            return std::ptr::null_mut();
        };
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc(layout) };
        if ptr.is_null() {
            return ptr;
        }
        // SAFETY: `image` is the variable's initial image of `size` bytes (JIT data that
        // lives as long as the module) and `ptr` a fresh block of at least that size.
        unsafe { std::ptr::copy_nonoverlapping(image, ptr, size as usize) };
        blocks.borrow_mut().insert(
            key,
            Block {
                ptr,
                layout: Some(layout),
                generation,
            },
        );
        ptr
    });
    // Past this thread's TLS destruction there is no storage left to give.
    found.unwrap_or(std::ptr::null_mut())
}

/// The global mappings an engine installs for thread-local variables and the destructors
/// of thread-local objects.
pub(crate) fn mappings() -> [(&'static str, u64); 3] {
    [
        ("__jit_tls_address", jit_tls_address as *const () as u64),
        ("__cxa_thread_atexit", jit_thread_atexit as *const () as u64),
        (
            "__cxa_thread_atexit_impl",
            jit_thread_atexit as *const () as u64,
        ),
    ]
}

/// A destructor registered for this thread: `func(obj)`.
#[derive(Clone, Copy)]
struct Dtor {
    func: usize,
    obj: usize,
}

thread_local! {
    /// This thread's registered destructors, oldest first: a leaked `Box<Vec<Dtor>>` (or
    /// null). A plain pointer in a `Cell` has no destructor of its own, so it stays usable
    /// while the thread's other thread-locals are destroyed (a destructor may register
    /// another).
    static PENDING: Cell<*mut Vec<Dtor>> = const { Cell::new(std::ptr::null_mut()) };
    /// Armed by the first registration: its destructor runs the pending list when the
    /// thread ends. It is first touched after this thread's `BLOCKS` (a thread-local object
    /// is constructed in its copy before its destructor is registered), so it is destroyed
    /// before them (Rust runs thread-local destructors most recent first) and destructors
    /// still see their variables.
    static AT_THREAD_EXIT: RunAtThreadExit = const { RunAtThreadExit };
}

/// See [`AT_THREAD_EXIT`].
struct RunAtThreadExit;

impl Drop for RunAtThreadExit {
    fn drop(&mut self) {
        run_thread_dtors(&|_| true);
    }
}

/// Engines whose code thread-exit destructors may be in, so that a destructor is run only
/// while some engine still holds its code.
static ENGINES: Mutex<Vec<(u64, Weak<Mutex<Core>>)>> = Mutex::new(Vec::new());

fn engines() -> std::sync::MutexGuard<'static, Vec<(u64, Weak<Mutex<Core>>)>> {
    ENGINES.lock().unwrap_or_else(|e| e.into_inner())
}

/// The live engines, copied out, so that no engine's lock is taken under the registry's.
pub(crate) fn live_engines() -> Vec<Arc<Mutex<Core>>> {
    let cores: Vec<Weak<Mutex<Core>>> = engines().iter().map(|(_, c)| c.clone()).collect();
    cores.iter().filter_map(Weak::upgrade).collect()
}

/// The first `Some` that `f` gives for a live engine, without blocking: `None` at once
/// when the registry is locked (by this thread too). For crash handlers; `f` must not
/// block either.
pub(crate) fn try_find_in_engines<T>(mut f: impl FnMut(&Mutex<Core>) -> Option<T>) -> Option<T> {
    let list = match ENGINES.try_lock() {
        Ok(g) => g,
        Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return None,
    };
    list.iter()
        .filter_map(|(_, c)| c.upgrade())
        .find_map(|core| f(&core))
}

/// Records a new engine (see [`ENGINES`]).
pub(crate) fn register_engine(id: u64, core: &Arc<Mutex<Core>>) {
    engines().push((id, Arc::downgrade(core)));
}

/// Forgets an engine being dropped: destructors in its code are never run.
pub(crate) fn unregister_engine(id: u64) {
    engines().retain(|(e, _)| *e != id);
}

/// Whether some live engine holds code at `address`.
fn held_by_live_engine(address: u64) -> bool {
    // Copied out, so that no engine's lock is taken under the registry's.
    let cores: Vec<Weak<Mutex<Core>>> = engines().iter().map(|(_, c)| c.clone()).collect();
    cores.iter().filter_map(Weak::upgrade).any(|core| {
        core.lock()
            .unwrap_or_else(|e| e.into_inner())
            .linker
            .owner_of(address)
            .is_some()
    })
}

/// `__cxa_thread_atexit(func, obj, dso_handle)`: records `func(obj)` to run when the
/// calling thread ends (see the module documentation). Called by JIT code; never unwinds.
pub(crate) extern "C" fn jit_thread_atexit(
    func: Option<extern "C" fn(*mut c_void)>,
    obj: *mut c_void,
    _dso: *mut c_void,
) -> c_int {
    let Some(func) = func else { return -1 };
    let dtor = Dtor {
        func: func as usize,
        obj: obj as usize,
    };
    let pushed = PENDING.try_with(|p| {
        let mut list = p.get();
        if list.is_null() {
            list = Box::into_raw(Box::new(Vec::new()));
            p.set(list);
        }
        // SAFETY: `list` is this thread's leaked box (see PENDING), used only on this
        // thread and never while another reference to it is live.
        unsafe { (*list).push(dtor) };
    });
    if pushed.is_err() {
        return -1;
    }
    // Arms the thread-exit run; fails only while it is already running, which then sees
    // the new entry too.
    let _ = AT_THREAD_EXIT.try_with(|_| ());
    0
}

/// Runs (and forgets) this thread's registered destructors that `mine` selects, most
/// recent first, including those they register; those whose code no live engine holds
/// are forgotten without running. Others stay registered.
pub(crate) fn run_thread_dtors(mine: &dyn Fn(u64) -> bool) {
    let mut skipped: Vec<Dtor> = Vec::new();
    loop {
        let next = PENDING
            .try_with(|p| {
                let list = p.get();
                if list.is_null() {
                    return None;
                }
                // SAFETY: this thread's leaked box (see PENDING).
                let list = unsafe { &mut *list };
                let d = list.pop();
                if list.is_empty() && skipped.is_empty() {
                    // SAFETY: the box was leaked by `jit_thread_atexit`; nothing refers to
                    // it once the pointer is cleared.
                    drop(unsafe { Box::from_raw(list) });
                    p.set(std::ptr::null_mut());
                }
                d
            })
            .ok()
            .flatten();
        let Some(d) = next else { break };
        if !mine(d.func as u64) {
            skipped.push(d);
            continue;
        }
        if !held_by_live_engine(d.func as u64) {
            continue;
        }
        // SAFETY: registered by JIT code as `void (*)(void *)` with its argument; a live
        // engine still holds the code (checked just above).
        unsafe {
            std::mem::transmute::<usize, extern "C" fn(*mut c_void)>(d.func)(d.obj as *mut c_void)
        };
    }
    if skipped.is_empty() {
        return;
    }
    // Destructors of other engines stay registered, in their order.
    skipped.reverse();
    let _ = PENDING.try_with(|p| {
        let mut list = p.get();
        if list.is_null() {
            list = Box::into_raw(Box::new(Vec::new()));
            p.set(list);
        }
        // SAFETY: this thread's leaked box (see PENDING).
        unsafe { (*list).splice(0..0, skipped) };
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thread_gets_its_own_initialized_copy() {
        static IMAGE: [u64; 2] = [7, 9];
        let image = IMAGE.as_ptr().cast::<u8>();
        let a = jit_tls_address(image, 16, 8);
        assert_eq!(a, jit_tls_address(image, 16, 8), "stable within a thread");
        assert_ne!(a, image.cast_mut(), "a copy, not the image");
        // SAFETY: a 16-byte block aligned to 8.
        unsafe { *(a as *mut u64) += 1 };
        let image_addr = image as usize;
        let other = std::thread::spawn(move || {
            let b = jit_tls_address(image_addr as *const u8, 16, 8);
            // SAFETY: this thread's 16-byte copy.
            (b as usize, unsafe { *(b as *const u64) })
        })
        .join()
        .unwrap();
        assert_ne!(other.0, a as usize);
        assert_eq!(other.1, 7, "the other thread sees the initial value");
        // SAFETY: this thread's copy.
        assert_eq!(unsafe { *(a as *const u64) }, 8);
        assert_eq!(a as usize % 8, 0);
    }

    #[test]
    fn a_released_image_address_gets_a_fresh_copy() {
        static IMAGE: [u64; 1] = [41];
        let image = IMAGE.as_ptr().cast::<u8>();
        let a = jit_tls_address(image, 8, 8);
        // SAFETY: this thread's 8-byte copy.
        unsafe { *(a as *mut u64) = 99 };
        // Unrelated memory released: the copy stays.
        forget([(8, 16)]);
        assert_eq!(jit_tls_address(image, 8, 8), a);
        // SAFETY: as above.
        assert_eq!(unsafe { *(a as *const u64) }, 99);
        // The image's own memory released and reused: a fresh copy of the (new) image.
        forget([(image as u64, image as u64 + 8)]);
        let b = jit_tls_address(image, 8, 8);
        // SAFETY: this thread's new 8-byte copy.
        assert_eq!(unsafe { *(b as *const u64) }, 41);
    }
}
