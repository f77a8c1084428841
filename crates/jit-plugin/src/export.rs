//! The plugin side of the ABI for Rust managers: one boxed *instance* per entry-point call,
//! holding the manager and the table whose `opaque` points back to it. Every `extern "C"`
//! function here catches panics; a panic becomes a NULL block, a failed finalize or (in
//! `release`, `stats`, `destroy`) is swallowed, never unwound into the engine.

use crate::abi::{ABI_VERSION, PluginStats, PluginTable};
use jit_core::memory::{ManagerFactory, MemoryManager, MmError, ModuleId, SectionKind};
use std::ffi::{CStr, CString, c_char, c_int, c_uint, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};

unsafe extern "C" {
    fn malloc(size: usize) -> *mut c_void;
}

struct Instance {
    table: PluginTable,
    manager: Box<dyn MemoryManager>,
    owner: ModuleId,
    last_error: CString,
    _name: CString,
    _description: CString,
}

/// A `malloc`'d copy of `text` (NULL if out of memory), for `char **error` out-parameters.
fn malloc_string(text: &str) -> *mut c_char {
    let bytes = text.replace('\0', " ");
    // SAFETY: malloc has no preconditions; the result is checked for NULL.
    let p = unsafe { malloc(bytes.len() + 1) }.cast::<u8>();
    if !p.is_null() {
        // SAFETY: `p` has `len + 1` writable bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            p.add(bytes.len()).write(0);
        }
    }
    p.cast()
}

fn c_string(text: &str) -> CString {
    CString::new(text.replace('\0', " ")).unwrap_or_default()
}

/// Stores `msg` into `*error` if `error` is not NULL.
///
/// # Safety
/// `error` is NULL or writable.
unsafe fn set_error(error: *mut *mut c_char, msg: &str) {
    if !error.is_null() {
        // SAFETY: per the caller's guarantee.
        unsafe { error.write(malloc_string(msg)) };
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// The body of an exported entry point (what [`export_memory_manager_plugin!`] expands to):
/// makes a manager with `factory.create(config)` and returns its table, or NULL with a
/// message in `*error`.
///
/// # Safety
/// `config` is NULL or a NUL-terminated string; `error` is NULL or writable.
///
/// [`export_memory_manager_plugin!`]: crate::export_memory_manager_plugin
pub unsafe fn export_entry(
    config: *const c_char,
    error: *mut *mut c_char,
    factory: ManagerFactory,
) -> *const PluginTable {
    let config = if config.is_null() {
        String::new()
    } else {
        // SAFETY: per the caller's guarantee, a NUL-terminated string.
        unsafe { CStr::from_ptr(config) }
            .to_string_lossy()
            .into_owned()
    };
    let made = catch_unwind(AssertUnwindSafe(|| (factory.create)(&config)));
    let manager = match made {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => {
            // SAFETY: per the caller's guarantee.
            unsafe { set_error(error, &e.to_string()) };
            return std::ptr::null();
        }
        Err(p) => {
            let msg = format!(
                "memory manager `{}` panicked while being created: {}",
                factory.name,
                panic_text(p.as_ref())
            );
            // SAFETY: per the caller's guarantee.
            unsafe { set_error(error, &msg) };
            return std::ptr::null();
        }
    };
    let name = c_string(factory.name);
    let description = c_string(factory.description);
    let mut instance = Box::new(Instance {
        table: PluginTable {
            abi_version: ABI_VERSION,
            struct_size: std::mem::size_of::<PluginTable>() as u32,
            opaque: std::ptr::null_mut(),
            allocate_code: Some(allocate_code),
            allocate_data: Some(allocate_data),
            finalize: Some(finalize),
            destroy: Some(destroy),
            begin_module: Some(begin_module),
            release: Some(release),
            stats: Some(stats),
            last_error: Some(last_error),
            name: name.as_ptr(),
            description: description.as_ptr(),
        },
        manager,
        owner: ModuleId(0),
        last_error: CString::default(),
        _name: name,
        _description: description,
    });
    let raw: *mut Instance = &mut *instance;
    instance.table.opaque = raw.cast();
    let instance = Box::into_raw(instance);
    // SAFETY: just made by `Box::into_raw`; freed only by `destroy`.
    unsafe { &raw const (*instance).table }
}

/// The instance behind `opaque`.
///
/// # Safety
/// `opaque` comes from a table made by [`export_entry`] and not destroyed yet; the engine
/// calls one callback at a time.
unsafe fn instance<'a>(opaque: *mut c_void) -> &'a mut Instance {
    // SAFETY: per the caller's guarantee.
    unsafe { &mut *opaque.cast::<Instance>() }
}

/// Shared body of the two allocation callbacks.
///
/// # Safety
/// As [`instance`]; `name` is NULL or NUL-terminated.
unsafe fn allocate(
    opaque: *mut c_void,
    kind: SectionKind,
    size: usize,
    align: c_uint,
    name: *const c_char,
) -> *mut u8 {
    // SAFETY: per the caller's guarantee.
    let inst = unsafe { instance(opaque) };
    let section = if name.is_null() {
        String::new()
    } else {
        // SAFETY: per the caller's guarantee.
        unsafe { CStr::from_ptr(name) }
            .to_string_lossy()
            .into_owned()
    };
    let owner = inst.owner;
    let result = catch_unwind(AssertUnwindSafe(|| {
        let p = inst
            .manager
            .allocate(kind, size, align as usize, owner, &section)?;
        if p.local.as_ptr() as u64 != p.target {
            return Err(MmError::Invalid(format!(
                "memory manager `{}` writes and runs code at different addresses (a dual mapping); \
                 the plugin ABI has one address per block",
                inst.manager.name()
            )));
        }
        Ok(p.local.as_ptr())
    }));
    match result {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => {
            // The engine's message already says "out of memory allocating N bytes for
            // section S"; the plugin adds why.
            let why = match e {
                MmError::OutOfMemory { reason, .. } => reason,
                e => e.to_string(),
            };
            inst.last_error = c_string(&why);
            std::ptr::null_mut()
        }
        Err(p) => {
            inst.last_error = c_string(&format!(
                "allocation of section `{section}` panicked: {}",
                panic_text(p.as_ref())
            ));
            std::ptr::null_mut()
        }
    }
}

unsafe extern "C" fn allocate_code(
    opaque: *mut c_void,
    size: usize,
    align: c_uint,
    _section_id: c_uint,
    name: *const c_char,
) -> *mut u8 {
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    unsafe { allocate(opaque, SectionKind::Code, size, align, name) }
}

unsafe extern "C" fn allocate_data(
    opaque: *mut c_void,
    size: usize,
    align: c_uint,
    _section_id: c_uint,
    name: *const c_char,
    is_read_only: c_int,
) -> *mut u8 {
    let kind = if is_read_only != 0 {
        SectionKind::ReadOnly
    } else {
        SectionKind::ReadWrite
    };
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    unsafe { allocate(opaque, kind, size, align, name) }
}

unsafe extern "C" fn finalize(opaque: *mut c_void, error: *mut *mut c_char) -> c_int {
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    let inst = unsafe { instance(opaque) };
    let msg = match catch_unwind(AssertUnwindSafe(|| inst.manager.finalize())) {
        Ok(Ok(())) => return 0,
        Ok(Err(e)) => e.to_string(),
        Err(p) => format!("finalize panicked: {}", panic_text(p.as_ref())),
    };
    // SAFETY: the engine passes NULL or a writable out-pointer.
    unsafe { set_error(error, &msg) };
    1
}

unsafe extern "C" fn destroy(opaque: *mut c_void) {
    // SAFETY: made by `Box::into_raw` in `export_entry`; the engine calls `destroy` once.
    let inst = unsafe { Box::from_raw(opaque.cast::<Instance>()) };
    // A panicking destructor leaks whatever it did not free; it must not unwind into C.
    let _ = catch_unwind(AssertUnwindSafe(move || drop(inst)));
}

unsafe extern "C" fn begin_module(opaque: *mut c_void, owner: u32) {
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    unsafe { instance(opaque) }.owner = ModuleId(owner);
}

unsafe extern "C" fn release(opaque: *mut c_void, owner: u32) {
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    let inst = unsafe { instance(opaque) };
    let _ = catch_unwind(AssertUnwindSafe(|| inst.manager.release(ModuleId(owner))));
}

unsafe extern "C" fn stats(opaque: *mut c_void, out: *mut PluginStats) {
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    let inst = unsafe { instance(opaque) };
    if out.is_null() {
        return;
    }
    // SAFETY: `out` points to a caller's `PluginStats` whose first field is its size.
    let room = unsafe { (*out).struct_size } as usize;
    if room < std::mem::size_of::<PluginStats>() {
        return; // an older caller: write nothing rather than past its struct
    }
    let Ok(s) = catch_unwind(AssertUnwindSafe(|| inst.manager.stats())) else {
        return;
    };
    let mut notes = [0 as c_char; 256];
    for (d, b) in notes.iter_mut().zip(s.notes.bytes().take(255)) {
        *d = b as c_char;
    }
    let filled = PluginStats {
        struct_size: std::mem::size_of::<PluginStats>() as u32,
        reserved: 0,
        bytes_reserved: s.bytes_reserved,
        bytes_used: s.bytes_used,
        mappings: s.mappings,
        allocations: s.allocations,
        publishes: s.publishes,
        icache_flushes: s.icache_flushes,
        notes,
    };
    // SAFETY: checked above that the caller's struct is at least ours.
    unsafe { out.write(filled) };
}

unsafe extern "C" fn last_error(opaque: *mut c_void) -> *const c_char {
    // SAFETY: the engine keeps the ABI contract (see `instance`).
    let inst = unsafe { instance(opaque) };
    if inst.last_error.is_empty() {
        std::ptr::null()
    } else {
        inst.last_error.as_ptr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::MIN_STRUCT_SIZE;

    fn section(_config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
        Ok(Box::new(TestMm::default()))
    }

    /// A heap-backed manager: enough to drive the table without mapping code.
    #[derive(Default)]
    struct TestMm {
        blocks: Vec<(ModuleId, Vec<u64>)>,
        finalized: u64,
        dual: bool,
    }

    impl MemoryManager for TestMm {
        fn name(&self) -> &str {
            "test"
        }
        fn allocate(
            &mut self,
            _kind: SectionKind,
            size: usize,
            align: usize,
            owner: ModuleId,
            section: &str,
        ) -> Result<jit_core::memory::Placement, MmError> {
            if section == "too-big" {
                return Err(MmError::OutOfMemory {
                    size,
                    section: section.into(),
                    reason: "no room".into(),
                });
            }
            assert!(align <= 8);
            let mut v = vec![0u64; size.div_ceil(8).max(1)];
            let local = std::ptr::NonNull::new(v.as_mut_ptr().cast::<u8>()).unwrap();
            let target = local.as_ptr() as u64 + if self.dual { 4096 } else { 0 };
            self.blocks.push((owner, v));
            Ok(jit_core::memory::Placement { local, target })
        }
        fn finalize(&mut self) -> Result<(), MmError> {
            self.finalized += 1;
            if self.finalized == 2 {
                return Err(MmError::Protect("second finalize refused".into()));
            }
            Ok(())
        }
        fn release(&mut self, owner: ModuleId) {
            self.blocks.retain(|(o, _)| *o != owner);
        }
        fn stats(&self) -> jit_core::memory::MmStats {
            jit_core::memory::MmStats {
                allocations: self.blocks.len() as u64,
                publishes: self.finalized,
                notes: "test notes".into(),
                ..Default::default()
            }
        }
    }

    const FACTORY: ManagerFactory = ManagerFactory {
        name: "test",
        description: "heap blocks",
        create: section,
    };

    fn take_error(p: *mut c_char) -> String {
        assert!(!p.is_null());
        // SAFETY: a malloc'd NUL-terminated string from `set_error`.
        let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
        unsafe extern "C" {
            fn free(p: *mut c_void);
        }
        // SAFETY: malloc'd by `malloc_string`, freed once.
        unsafe { free(p.cast()) };
        s
    }

    #[test]
    fn table_drives_the_manager() {
        let mut err = std::ptr::null_mut();
        // SAFETY: valid arguments.
        let t = unsafe { *export_entry(c"".as_ptr(), &mut err, FACTORY) };
        assert!(err.is_null());
        assert_eq!(t.abi_version, ABI_VERSION);
        assert!(t.struct_size >= MIN_STRUCT_SIZE);
        // SAFETY: the table's strings and callbacks are valid until `destroy`.
        unsafe {
            assert_eq!(CStr::from_ptr(t.name).to_str().unwrap(), "test");
            (t.begin_module.unwrap())(t.opaque, 7);
            let code = (t.allocate_code.unwrap())(t.opaque, 16, 8, 0, c".text".as_ptr());
            let ro = (t.allocate_data.unwrap())(t.opaque, 8, 8, 1, c".rodata".as_ptr(), 1);
            assert!(!code.is_null() && !ro.is_null());
            let big = (t.allocate_code.unwrap())(t.opaque, 16, 8, 2, c"too-big".as_ptr());
            assert!(big.is_null());
            let why = CStr::from_ptr((t.last_error.unwrap())(t.opaque));
            assert_eq!(why.to_str().unwrap(), "no room");
            assert_eq!((t.finalize.unwrap())(t.opaque, &mut err), 0);
            assert_ne!((t.finalize.unwrap())(t.opaque, &mut err), 0);
            assert!(take_error(err).contains("second finalize refused"));
            let mut s = PluginStats::default();
            (t.stats.unwrap())(t.opaque, &mut s);
            assert_eq!((s.allocations, s.publishes), (2, 2));
            assert_eq!(
                CStr::from_ptr(s.notes.as_ptr()).to_str().unwrap(),
                "test notes"
            );
            (t.release.unwrap())(t.opaque, 7);
            (t.stats.unwrap())(t.opaque, &mut s);
            assert_eq!(s.allocations, 0);
            (t.destroy.unwrap())(t.opaque);
        }
    }

    #[test]
    fn dual_mapped_managers_and_failing_constructors_are_errors() {
        fn dual(_: &str) -> Result<Box<dyn MemoryManager>, MmError> {
            Ok(Box::new(TestMm {
                dual: true,
                ..TestMm::default()
            }))
        }
        fn refuse(config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
            Err(MmError::Invalid(format!("bad config `{config}`")))
        }
        let mut err = std::ptr::null_mut();
        // SAFETY: valid arguments; the table is used before `destroy` only.
        unsafe {
            let f = ManagerFactory {
                create: dual,
                ..FACTORY
            };
            let t = *export_entry(std::ptr::null(), &mut err, f);
            let p = (t.allocate_data.unwrap())(t.opaque, 8, 8, 0, c".data".as_ptr(), 0);
            assert!(p.is_null());
            let why = CStr::from_ptr((t.last_error.unwrap())(t.opaque));
            assert!(why.to_str().unwrap().contains("one address per block"));
            (t.destroy.unwrap())(t.opaque);

            let f = ManagerFactory {
                create: refuse,
                ..FACTORY
            };
            assert!(export_entry(c"x=1".as_ptr(), &mut err, f).is_null());
            assert!(take_error(err).contains("bad config `x=1`"));
        }
    }
}
