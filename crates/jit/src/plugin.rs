//! Loading memory-manager plugins: shared libraries that export the versioned C entry point
//! of `jit-plugin` (`docs/plugin-abi.md`).
//!
//! The returned table's four mandatory callbacks are driven by the same adapter as the C
//! API's client managers ([`CallbackMemoryManager`]); [`PluginMemoryManager`] adds the
//! optional entries (module ownership, release, statistics, error text) around it.
//!
//! Every way a plugin can be wrong is an error, not a crash: a file that does not load, a
//! missing entry symbol, an entry point returning NULL (its message is passed on), a table
//! of another ABI version or smaller than the mandatory part, NULL mandatory callbacks, and
//! later any callback returning NULL or failing. (A plugin can still crash the process by
//! misbehaving inside a callback: it runs in our address space.)
//!
//! Libraries are never unloaded: a plugin written in Rust or C++ leaves thread-local
//! destructors behind that would run into unmapped code after `dlclose`.

use crate::JitError;
use crate::callback_mm::{CallbackMemoryManager, MemoryManagerCallbacks};
use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind};
use jit_plugin::{ABI_VERSION, ENTRY_SYMBOL, EntryFn, MIN_STRUCT_SIZE, PluginStats, PluginTable};
use std::ffi::{CStr, CString, c_char, c_void};
use std::path::Path;

unsafe extern "C" {
    fn free(p: *mut c_void);
}

/// Splits a plugin spec `PATH[:CONFIG]`: the configuration starts at the first `:` after
/// the last `/`, so directories may contain colons.
pub fn split_plugin_spec(spec: &str) -> (&str, &str) {
    let file_start = spec.rfind('/').map_or(0, |i| i + 1);
    match spec[file_start..].find(':') {
        Some(i) => (&spec[..file_start + i], &spec[file_start + i + 1..]),
        None => (spec, ""),
    }
}

/// A loader error with its causes (libloading keeps `dlerror()`'s text in the source).
fn with_source(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(&format!(": {c}"));
        cause = c.source();
    }
    text
}

fn plugin_error(path: &Path, what: impl std::fmt::Display) -> JitError {
    JitError::MemoryManager(format!("memory manager plugin {}: {what}", path.display()))
}

/// Opens the library at `path` and returns its entry point.
///
/// The library is deliberately leaked, never `dlclose`d: a plugin written in Rust (or C++)
/// registers thread-local destructors and may have started threads; once its code is
/// unmapped, those destructors run at thread exit into unmapped memory and crash. Loading
/// the same path again reuses the already loaded library (the loader counts references).
fn load_library(path: &Path) -> Result<EntryFn, JitError> {
    // SAFETY: loading runs the library's initialisers; choosing the file is the user's act
    // of trust, as with any plugin.
    let lib = unsafe { libloading::Library::new(path) }
        .map_err(|e| plugin_error(path, with_source(&e)))?;
    // SAFETY: the symbol, if present, is the ABI's entry point of type `EntryFn`
    // (`docs/plugin-abi.md`); its address stays valid because the library is never closed.
    let entry = unsafe { lib.get::<EntryFn>(ENTRY_SYMBOL.as_bytes()) }
        .map(|sym| *sym)
        .map_err(|e| {
            plugin_error(
                path,
                format!(
                    "not a memory manager plugin (no `{ENTRY_SYMBOL}` symbol: {})",
                    with_source(&e)
                ),
            )
        })?;
    std::mem::forget(lib);
    Ok(entry)
}

/// Loads the plugin at `path` and makes a manager from it with `config` (the text of
/// `PATH:CONFIG` after the colon; empty for the defaults).
pub fn load_memory_manager_plugin(
    path: &Path,
    config: &str,
) -> Result<PluginMemoryManager, JitError> {
    let entry = load_library(path)?;
    let cconfig = CString::new(config)
        .map_err(|_| plugin_error(path, "the configuration contains a NUL byte"))?;
    let mut err: *mut c_char = std::ptr::null_mut();
    // SAFETY: the entry point follows the ABI: it reads a NUL-terminated string and writes
    // at most one pointer to `err`.
    let table = unsafe { entry(cconfig.as_ptr(), &mut err) };
    let message = if err.is_null() {
        None
    } else {
        // SAFETY: the plugin stored a `malloc`'d NUL-terminated string, now ours.
        let text = unsafe { CStr::from_ptr(err) }
            .to_string_lossy()
            .into_owned();
        // SAFETY: as above; freed once.
        unsafe { free(err.cast()) };
        Some(text)
    };
    if table.is_null() {
        return Err(plugin_error(
            path,
            format!(
                "the entry point failed: {}",
                message.as_deref().unwrap_or("no message")
            ),
        ));
    }
    // SAFETY: a non-NULL table starts with two `u32`s in every ABI version; nothing else
    // is read before they are checked.
    let (version, size) = unsafe {
        let head = table.cast::<u32>();
        (head.read_unaligned(), head.add(1).read_unaligned())
    };
    // A table refused here is leaked: its `destroy` cannot be trusted without knowing the
    // layout.
    if version != ABI_VERSION {
        return Err(plugin_error(
            path,
            format!(
                "plugin ABI version {version}, but this engine speaks version {ABI_VERSION} \
                 (rebuild the plugin against this jit)"
            ),
        ));
    }
    if size < MIN_STRUCT_SIZE {
        return Err(plugin_error(
            path,
            format!(
                "its table is {size} bytes, smaller than the {MIN_STRUCT_SIZE} bytes version \
                 {ABI_VERSION} requires"
            ),
        ));
    }
    let mut t = PluginTable {
        abi_version: version,
        struct_size: size,
        opaque: std::ptr::null_mut(),
        allocate_code: None,
        allocate_data: None,
        finalize: None,
        destroy: None,
        begin_module: None,
        release: None,
        stats: None,
        last_error: None,
        name: std::ptr::null(),
        description: std::ptr::null(),
    };
    let n = (size as usize).min(std::mem::size_of::<PluginTable>());
    // SAFETY: the plugin's table has `size` readable bytes; we copy at most `n <= size`
    // into ours, whose fields (pointers and optional function pointers) are valid for any
    // bit pattern the plugin wrote for them under the ABI; fields it did not cover stay
    // absent.
    unsafe {
        std::ptr::copy_nonoverlapping(table.cast::<u8>(), (&raw mut t).cast::<u8>(), n);
    }
    let missing: Vec<&str> = [
        ("allocate_code", t.allocate_code.is_none()),
        ("allocate_data", t.allocate_data.is_none()),
        ("finalize", t.finalize.is_none()),
        ("destroy", t.destroy.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, absent)| absent.then_some(name))
    .collect();
    let (Some(alloc_code), Some(alloc_data), Some(finalize), Some(destroy)) =
        (t.allocate_code, t.allocate_data, t.finalize, t.destroy)
    else {
        if let Some(destroy) = t.destroy {
            // SAFETY: a valid `destroy` frees the instance once; nothing uses it after.
            unsafe { destroy(t.opaque) };
        }
        return Err(plugin_error(
            path,
            format!("mandatory callbacks are NULL: {}", missing.join(", ")),
        ));
    };
    // SAFETY: `p` is NULL or a NUL-terminated string owned by the table (valid until
    // `destroy`); copied out now.
    let text = |p: *const c_char| unsafe {
        (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    let name = text(t.name).unwrap_or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plugin".to_string())
    });
    let description = text(t.description).unwrap_or_default();
    let callbacks = MemoryManagerCallbacks {
        opaque: t.opaque,
        alloc_code,
        alloc_data,
        finalize,
        destroy,
    };
    // SAFETY: the plugin's callbacks follow the ABI for as long as the instance lives, and
    // the library is never unloaded; `destroy` is called once, when the adapter drops.
    let inner = unsafe { CallbackMemoryManager::new(&name, callbacks) };
    Ok(PluginMemoryManager {
        inner,
        table: t,
        owner: None,
        description,
        path: path.display().to_string(),
    })
}

/// A manager living in a plugin: the four mandatory callbacks through
/// [`CallbackMemoryManager`], plus the optional entries of the table.
pub struct PluginMemoryManager {
    inner: CallbackMemoryManager,
    table: PluginTable,
    owner: Option<ModuleId>,
    description: String,
    path: String,
}

// SAFETY: as for `CallbackMemoryManager`: the plugin's instance is used by one thread at a
// time (every method takes `&mut self` or is a read through `stats`).
unsafe impl Send for PluginMemoryManager {}

impl PluginMemoryManager {
    /// The plugin's one-line description (empty if it gave none).
    pub fn description(&self) -> &str {
        &self.description
    }
    /// The library it came from.
    pub fn path(&self) -> &str {
        &self.path
    }
    /// The plugin's reason for its last NULL allocation, if it says.
    fn last_error(&self) -> Option<String> {
        let f = self.table.last_error?;
        // SAFETY: the callback follows the ABI: NULL or a string valid until the next call.
        let p = unsafe { f(self.table.opaque) };
        // SAFETY: as above, copied out at once.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    }
}

impl MemoryManager for PluginMemoryManager {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError> {
        if self.owner != Some(owner) {
            if let Some(begin) = self.table.begin_module {
                // SAFETY: the callback follows the ABI.
                unsafe { begin(self.table.opaque, owner.0) };
            }
            self.owner = Some(owner);
        }
        self.inner
            .allocate(kind, size, align, owner, section_name)
            .map_err(|e| match (e, self.last_error()) {
                (
                    MmError::OutOfMemory {
                        size,
                        section,
                        reason,
                    },
                    Some(why),
                ) => MmError::OutOfMemory {
                    size,
                    section,
                    reason: format!("{reason}: {why}"),
                },
                (e, _) => e,
            })
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        self.inner.finalize()
    }

    fn release(&mut self, owner: ModuleId) {
        if let Some(release) = self.table.release {
            // SAFETY: the callback follows the ABI.
            unsafe { release(self.table.opaque, owner.0) };
        }
        if self.owner == Some(owner) {
            self.owner = None;
        }
    }

    fn stats(&self) -> MmStats {
        let Some(stats) = self.table.stats else {
            return self.inner.stats();
        };
        let mut s = PluginStats::default();
        // SAFETY: the callback follows the ABI and writes at most `s.struct_size` bytes.
        unsafe { stats(self.table.opaque, &mut s) };
        let len = s
            .notes
            .iter()
            .position(|&c| c == 0)
            .unwrap_or(s.notes.len());
        let notes: Vec<u8> = s.notes[..len].iter().map(|&c| c as u8).collect();
        MmStats {
            bytes_reserved: s.bytes_reserved,
            bytes_used: s.bytes_used,
            mappings: s.mappings,
            allocations: s.allocations,
            publishes: s.publishes,
            icache_flushes: s.icache_flushes,
            notes: format!("plugin {}: {}", self.path, String::from_utf8_lossy(&notes)),
        }
    }
}
