//! The event listeners of a linker (debugger interfaces, profiler maps) and when they hear
//! of objects: see [`jit_core::events`] for the contract, [`crate::Linker::notify_loaded`]
//! for when objects are reported.

use jit_core::events::{JitEventListener, LoadedObject};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The listeners of one linker, in the order they were added. Cloning gives another handle
/// to the same list, so that a listener can be added to an engine that exists already
/// (LLVM's `RegisterJITEventListener`): it hears of objects reported from then on.
#[derive(Clone, Default)]
pub struct EventListeners(Arc<Mutex<Vec<Arc<dyn JitEventListener>>>>);

impl std::fmt::Debug for EventListeners {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EventListeners({})", self.len())
    }
}

impl EventListeners {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `listener`, unless it is already in the list: the process-wide listeners (GDB
    /// registration, perf files) are shared, and one attached by default and again by a
    /// client must hear each event once.
    pub fn add(&self, listener: Arc<dyn JitEventListener>) {
        let mut list = self.list();
        if !list.iter().any(|l| Arc::ptr_eq(l, &listener)) {
            list.push(listener);
        }
    }

    /// How many listeners there are.
    pub fn len(&self) -> usize {
        self.list().len()
    }

    /// True when nobody listens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn list(&self) -> std::sync::MutexGuard<'_, Vec<Arc<dyn JitEventListener>>> {
        // A panicking listener is contained below; the list itself is always consistent.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The listeners now, so that none is called with the list locked.
    fn snapshot(&self) -> Vec<Arc<dyn JitEventListener>> {
        self.list().clone()
    }

    /// Tells every listener that `object` is loaded. A listener that panics (against the
    /// trait's contract) is skipped for this event; the others still hear of it.
    pub(crate) fn loaded(&self, object: &LoadedObject<'_>) {
        for l in self.snapshot() {
            let _ = catch_unwind(AssertUnwindSafe(|| l.object_loaded(object)));
        }
    }

    /// Tells every listener that the object loaded under `key` is about to be freed.
    pub(crate) fn freed(&self, key: u64) {
        for l in self.snapshot() {
            let _ = catch_unwind(AssertUnwindSafe(|| l.object_freed(key)));
        }
    }
}

/// A key no other object of the process has had ([`LoadedObject::key`]).
pub(crate) fn new_key() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
