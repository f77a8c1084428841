//! What translated code needs from the host process: the variadic-call thunk, the
//! dynamic-alloca stack, the `atexit` shim, libm, and symbol lookup.
//!
//! Cranelift cannot set `%al` before a call, which the x86-64 System V ABI wants for
//! variadic callees (an upper bound on the vector registers holding arguments; `printf`
//! skips saving `%xmm0-7` when it is 0). Translated code therefore stores the real callee
//! in [`SLOT_NAME`] and calls [`THUNK_NAME`] with the call site's own signature; the thunk
//! sets `%al` to 8, the largest legal value, and jumps to the callee with every argument
//! register untouched. AArch64 passes variadic arguments like fixed ones, so there the
//! thunk just jumps.

use cranelift_jit::JITBuilder;
use std::sync::atomic::AtomicUsize;

/// The thunk's symbol name in translated modules.
pub const THUNK_NAME: &str = "peer_cranelift_varargs_thunk";
/// The name of the slot holding the callee of the variadic call in progress.
pub const SLOT_NAME: &str = "peer_cranelift_varargs_target";

/// The callee of the variadic call being made (process-wide: variadic calls from several
/// threads at once are not supported).
static VARARGS_TARGET: AtomicUsize = AtomicUsize::new(0);

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl peer_cranelift_varargs_thunk_impl",
    "peer_cranelift_varargs_thunk_impl:",
    "mov r11, qword ptr [rip + {slot}]",
    "mov eax, 8",
    "jmp r11",
    slot = sym VARARGS_TARGET,
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl peer_cranelift_varargs_thunk_impl",
    "peer_cranelift_varargs_thunk_impl:",
    "adrp x16, {slot}",
    "ldr x16, [x16, :lo12:{slot}]",
    "br x16",
    slot = sym VARARGS_TARGET,
);

unsafe extern "C" {
    fn peer_cranelift_varargs_thunk_impl();
}

unsafe extern "C" {
    fn __cxa_atexit(
        f: unsafe extern "C" fn(*mut std::ffi::c_void),
        arg: *mut std::ffi::c_void,
        dso: *mut std::ffi::c_void,
    ) -> std::ffi::c_int;
}

/// glibc's `atexit` lives in `libc_nonshared.a`, linked statically into each program, so
/// the process does not export it: translated code gets this equivalent.
unsafe extern "C" fn atexit_shim(f: unsafe extern "C" fn()) -> std::ffi::c_int {
    // SAFETY: glibc's own `atexit` registers the handler the same way; a `void (void)`
    // function called with one extra argument is fine in the C calling convention.
    unsafe {
        __cxa_atexit(
            std::mem::transmute::<
                unsafe extern "C" fn(),
                unsafe extern "C" fn(*mut std::ffi::c_void),
            >(f),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )
    }
}

/// Loads libm into the global symbol scope once, so math functions resolve as they do
/// for a program linked with `-lm`.
fn load_libm() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for name in [c"libm.so.6", c"libm.so"] {
            // SAFETY: dlopen with a valid NUL-terminated name; the handle is kept for the
            // life of the process.
            let h = unsafe { libc::dlopen(name.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL) };
            if !h.is_null() {
                break;
            }
        }
    });
}

/// The symbol of the dynamic-alloca stack pointer.
pub const DYN_SP_NAME: &str = "peer_cranelift_dyn_sp";

/// Size of the region dynamic `alloca`s come from (Cranelift has no variable-sized stack
/// allocation, so they use this separate downward-growing stack).
const DYN_STACK_SIZE: usize = 64 << 20;

/// Top of the dynamic-alloca stack (process-wide: translated code that uses dynamic
/// allocas must not run on several threads at once).
static DYN_SP: AtomicUsize = AtomicUsize::new(0);

fn init_dyn_stack() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: an anonymous private mapping; only its address is used afterwards.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                DYN_STACK_SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base != libc::MAP_FAILED {
            // SAFETY: the lowest page of our own mapping becomes a guard against overflow.
            unsafe { libc::mprotect(base, 4096, libc::PROT_NONE) };
            DYN_SP.store(
                base as usize + DYN_STACK_SIZE,
                std::sync::atomic::Ordering::SeqCst,
            );
        }
    });
}

/// Makes the thunk, its slot and the process-local shims known to a JIT builder.
pub fn register(builder: &mut JITBuilder) {
    load_libm();
    init_dyn_stack();
    builder.symbol(DYN_SP_NAME, DYN_SP.as_ptr() as *const u8);
    builder.symbol("atexit", atexit_shim as *const u8);
    builder.symbol(THUNK_NAME, peer_cranelift_varargs_thunk_impl as *const u8);
    builder.symbol(SLOT_NAME, VARARGS_TARGET.as_ptr() as *const u8);
}

/// True when the process defines `name` (what cranelift-jit's default lookup will find).
pub fn symbol_exists(name: &str) -> bool {
    if [THUNK_NAME, SLOT_NAME, DYN_SP_NAME, "atexit"].contains(&name) {
        return true;
    }
    let Ok(c) = std::ffi::CString::new(name) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated string; RTLD_DEFAULT searches the global scope.
    !unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) }.is_null()
}
