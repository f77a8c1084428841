//! A configurable test plugin: a `section` manager exported through `jit-plugin`, whose
//! table is then broken in the way the configuration string says, so the loader's tests can
//! check that each kind of broken plugin is a clear error and not a crash.
//!
//! Modes (the whole configuration string): `` (a good plugin), `minimal` (only the mandatory
//! part of the table), `entry_null` (the entry point fails with a message), `entry_null_silent`
//! (fails without one), `version=N` (another ABI version), `small` (an 8-byte table),
//! `null_callbacks` (NULL `finalize` and `allocate_data`), `null_alloc` (`allocate_code`
//! returns NULL), `fail_finalize` (`finalize` fails with a message), `panic_create` (the
//! manager's constructor panics; the helper must catch it).

use jit_core::memory::{ManagerFactory, MemoryManager, MmError};
use jit_plugin::{MIN_STRUCT_SIZE, PluginTable, export_entry};
use std::ffi::{CStr, c_char, c_int, c_uint, c_void};

unsafe extern "C" {
    fn strdup(s: *const c_char) -> *mut c_char;
}

fn create(_config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
    Ok(Box::new(
        mm_section::SectionMemoryManager::with_reservation(64 << 20)?,
    ))
}

fn create_panicking(_config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
    panic!("the test plugin's constructor panics on purpose")
}

const FACTORY: ManagerFactory = ManagerFactory {
    name: "test-plugin",
    description: "a section manager behind a configurable, possibly broken table",
    create,
};

unsafe extern "C" fn null_alloc(
    _opaque: *mut c_void,
    _size: usize,
    _align: c_uint,
    _id: c_uint,
    _name: *const c_char,
) -> *mut u8 {
    std::ptr::null_mut()
}

unsafe extern "C" fn fail_finalize(_opaque: *mut c_void, error: *mut *mut c_char) -> c_int {
    if !error.is_null() {
        // SAFETY: `error` is writable per the ABI; strdup's result is malloc'd.
        unsafe { error.write(strdup(c"the test plugin refuses to finalize".as_ptr())) };
    }
    1
}

/// The entry point (see the crate documentation for the modes).
///
/// # Safety
/// As the plugin ABI says: `config` NULL or NUL-terminated, `error` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn jit_memory_manager_plugin_v1(
    config: *const c_char,
    error: *mut *mut c_char,
) -> *const PluginTable {
    let mode = if config.is_null() {
        String::new()
    } else {
        // SAFETY: per the ABI, NUL-terminated.
        unsafe { CStr::from_ptr(config) }
            .to_string_lossy()
            .into_owned()
    };
    match mode.as_str() {
        "entry_null" => {
            if !error.is_null() {
                // SAFETY: as in `fail_finalize`.
                unsafe { error.write(strdup(c"the test plugin was told to fail".as_ptr())) };
            }
            return std::ptr::null();
        }
        "entry_null_silent" => return std::ptr::null(),
        "panic_create" => {
            let f = ManagerFactory {
                create: create_panicking,
                ..FACTORY
            };
            // The panic is the point: keep it off the test output. (This library has its
            // own copy of std, so the hook is this plugin's, not the host's.)
            std::panic::set_hook(Box::new(|_| {}));
            // SAFETY: forwarded.
            let t = unsafe { export_entry(std::ptr::null(), error, f) };
            drop(std::panic::take_hook());
            return t;
        }
        _ => {}
    }
    // SAFETY: forwarded.
    let good = unsafe { export_entry(std::ptr::null(), error, FACTORY) };
    if good.is_null() {
        return good;
    }
    // SAFETY: `export_entry` returned a valid table; we hand out a modified copy (leaked:
    // tests make few) and keep the original's instance behind `opaque`.
    let mut t = unsafe { *good };
    match mode.as_str() {
        "" => {}
        "minimal" => t.struct_size = MIN_STRUCT_SIZE,
        "small" => t.struct_size = 8,
        "null_callbacks" => {
            t.finalize = None;
            t.allocate_data = None;
        }
        "null_alloc" => {
            t.allocate_code = Some(null_alloc);
            t.last_error = None;
        }
        "fail_finalize" => t.finalize = Some(fail_finalize),
        m if m.starts_with("version=") => {
            t.abi_version = m["version=".len()..].parse().unwrap_or(0);
        }
        other => {
            let msg = format!("test plugin: unknown mode `{other}`\0");
            if !error.is_null() {
                // SAFETY: as in `fail_finalize`; `msg` is NUL-terminated.
                unsafe { error.write(strdup(msg.as_ptr().cast())) };
            }
            return std::ptr::null();
        }
    }
    Box::into_raw(Box::new(t))
}
