//! The GDB JIT compilation interface: debuggers see JIT code with symbols, source lines,
//! variables and types.
//!
//! For every object the linker reports as loaded ([`JitEventListener::object_loaded`]),
//! [`GdbRegistration`] builds an in-memory ELF object ([`build_debug_object`]): a
//! relocatable ELF for the object's architecture whose sections sit at the addresses the
//! code and data were placed at (`sh_addr`), with a `.symtab` naming each function and
//! global and, when the object carries [`jit_core::object::ObjectDebugInfo`], DWARF 4
//! (`.debug_info`, `.debug_abbrev`, `.debug_line`, `.debug_str`, `.debug_ranges`). The
//! object is then linked into the list under [`__jit_debug_descriptor`] and
//! [`__jit_debug_register_code`] is called: a debugger that set a breakpoint on that
//! function (GDB always does; LLDB with `plugin.jit-loader.gdb.enable`) reads the new entry
//! and loads the ELF image from the process's memory as if it were a shared library. When
//! the object is freed its entry is unlinked the same way.
//!
//! One ELF image is made per loaded object (a module, or one tier-up body), never per
//! function: debuggers re-read their symbol tables for every registration.
//!
//! A process may contain two copies of the interface (for instance when LLVM is linked into
//! the same program): each copy has its own descriptor and list. GDB (since version 10)
//! tracks the descriptor of every objective file that defines one, so both work side by
//! side; older GDBs and LLDB may read only the first one they find. See `docs/gdb-jit.md`.

mod dwarf;
mod elf;
mod interface;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use jit_core::events::{JitEventListener, LoadedObject};

pub use elf::build_debug_object;
pub use interface::{
    __jit_debug_descriptor, __jit_debug_register_code, DescriptorCell, JIT_NOACTION,
    JIT_REGISTER_FN, JIT_UNREGISTER_FN, JitCodeEntry, JitDescriptor, registered_images,
};

/// Why no debug object could be made for a loaded object.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum GdbError {
    /// The object's architecture has no ELF machine number here.
    #[error("object `{object}`: no ELF machine for {arch:?}")]
    UnsupportedArch {
        /// The object's name.
        object: String,
        /// Its architecture.
        arch: jit_core::target::Arch,
    },
    /// The debug information refers to something that does not exist (a file, type or
    /// section index out of range).
    #[error("object `{object}`: invalid debug information: {message}")]
    InvalidDebugInfo {
        /// The object's name.
        object: String,
        /// What is wrong.
        message: String,
    },
    /// gimli could not write the DWARF sections.
    #[error("object `{object}`: writing DWARF: {message}")]
    Dwarf {
        /// The object's name.
        object: String,
        /// gimli's message.
        message: String,
    },
    /// The ELF writer failed.
    #[error("object `{object}`: writing ELF: {message}")]
    Elf {
        /// The object's name.
        object: String,
        /// The writer's message.
        message: String,
    },
}

/// The process's registration of JIT objects with debuggers through the GDB JIT interface;
/// get it with [`listener`] or [`GdbRegistration::global`] and attach it to linkers or
/// engines as a [`JitEventListener`].
///
/// Registered images stay in the process (and visible to debuggers) until
/// [`JitEventListener::object_freed`] is called with their key.
#[derive(Debug)]
pub struct GdbRegistration {
    /// Registered entries by the key of their object.
    entries: Mutex<HashMap<u64, interface::Registered>>,
    /// The last error met while building an image (listeners cannot return errors).
    last_error: Mutex<Option<GdbError>>,
}

static REGISTRATION: OnceLock<Arc<GdbRegistration>> = OnceLock::new();

/// The process-wide GDB registration listener (one per process, like LLVM's
/// `JITEventListener::createGDBRegistrationListener`).
pub fn listener() -> Arc<dyn JitEventListener> {
    GdbRegistration::global()
}

impl GdbRegistration {
    /// The process-wide registration.
    pub fn global() -> Arc<GdbRegistration> {
        Arc::clone(REGISTRATION.get_or_init(|| {
            Arc::new(GdbRegistration {
                entries: Mutex::new(HashMap::new()),
                last_error: Mutex::new(None),
            })
        }))
    }

    /// Number of objects currently registered by this registration.
    pub fn registered_count(&self) -> usize {
        lock(&self.entries).len()
    }

    /// Whether an object is registered under `key`.
    pub fn is_registered(&self, key: u64) -> bool {
        lock(&self.entries).contains_key(&key)
    }

    /// A copy of the ELF image registered for `key` (what the debugger reads).
    pub fn image(&self, key: u64) -> Option<Vec<u8>> {
        lock(&self.entries).get(&key).map(|r| r.image().to_vec())
    }

    /// Takes the last error met while building an image for a loaded object; such objects
    /// are not registered.
    pub fn take_last_error(&self) -> Option<GdbError> {
        lock(&self.last_error).take()
    }

    /// Builds and registers the image of `object`, replacing one registered under the same
    /// key.
    pub fn register(&self, object: &LoadedObject<'_>) -> Result<(), GdbError> {
        let image = build_debug_object(object)?;
        let mut entries = lock(&self.entries);
        if let Some(old) = entries.remove(&object.key) {
            old.unregister();
        }
        entries.insert(object.key, interface::Registered::register(image));
        Ok(())
    }

    /// Unregisters the image of the object loaded under `key`, if any.
    pub fn unregister(&self, key: u64) {
        let removed = lock(&self.entries).remove(&key);
        if let Some(r) = removed {
            r.unregister();
        }
    }
}

impl JitEventListener for GdbRegistration {
    fn object_loaded(&self, object: &LoadedObject<'_>) {
        if let Err(e) = self.register(object) {
            *lock(&self.last_error) = Some(e);
        }
    }

    fn object_freed(&self, key: u64) {
        self.unregister(key);
    }
}

/// Locks `m`, going on after a panic elsewhere poisoned it (the data stays consistent:
/// every update is a single insert or remove).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
