//! Calls between interpreted code and C through libffi.
//!
//! * **Out**: a call to native code builds (once per call site) a libffi `cif` from the
//!   call's [`AbiTy`]s: integers by width with `signext` deciding signedness, `float`,
//!   `double`, pointers, literal structs and small vectors as libffi structs, `byval(T)`
//!   pointers as a by-value struct of T's layout (libffi copies the pointee where the ABI
//!   wants it), and an `sret(T)` first argument as a struct return written straight to that
//!   pointer. Varargs calls use `ffi_prep_cif_var` with the fixed-argument count.
//! * **In**: the address of an interpreted function is a libffi closure trampoline
//!   ([`Trampoline`]) whose handler interprets the function, so C can call back (qsort
//!   comparators, atexit handlers). Its cif is built from the function's own signature in
//!   the same way.

use crate::abi::AbiTy;
use crate::code::{ArgKind, CallSite, FnKey};
use libffi::middle::{Cif, Type};
use libffi::raw;
use std::ffi::c_void;

/// The libffi type of an ABI value.
pub(crate) fn ffi_type(t: &AbiTy) -> Result<Type, String> {
    Ok(match t {
        AbiTy::Void => Type::void(),
        AbiTy::Int { bits, signed } => match (bits, signed) {
            (0..=8, false) => Type::u8(),
            (0..=8, true) => Type::i8(),
            (9..=16, false) => Type::u16(),
            (9..=16, true) => Type::i16(),
            (17..=32, false) => Type::u32(),
            (17..=32, true) => Type::i32(),
            (33..=64, false) => Type::u64(),
            (33..=64, true) => Type::i64(),
            _ => Type::structure([Type::u64(), Type::u64()]),
        },
        AbiTy::F32 => Type::f32(),
        AbiTy::F64 => Type::f64(),
        AbiTy::Ptr => Type::pointer(),
        AbiTy::LongDouble => Type::longdouble(),
        // AArch64's `long double` is binary128 in a q register; libffi has no x86-64
        // `__float128` (an SSE+SSEUP register).
        AbiTy::Quad if cfg!(target_arch = "aarch64") => Type::longdouble(),
        AbiTy::Quad => return Err("fp128 (`__float128`) in a call to native code".to_string()),
        AbiTy::Agg {
            size, vector: true, ..
        } => return vector_type(*size),
        AbiTy::Agg { fields, .. } => {
            let fs = fields.iter().map(ffi_type).collect::<Result<Vec<_>, _>>()?;
            if fs.is_empty() {
                return Err("empty struct passed by value".to_string());
            }
            Type::structure(fs)
        }
        AbiTy::Blob { size, align } => {
            let unit = (*align).clamp(1, 8);
            let n = size.div_ceil(unit).max(1) as usize;
            let elem = || match unit {
                1 => Type::u8(),
                2 => Type::u16(),
                3 | 4 => Type::u32(),
                _ => Type::u64(),
            };
            Type::structure((0..n).map(|_| elem()))
        }
    })
}

/// The libffi stand-in for an IR vector of `size` bytes: libffi has no vector types, but a
/// scalar of the same size travels in the same SIMD register: on x86-64 a `float` or
/// `double` in the low bytes of an xmm register (where LLVM puts a widened short vector),
/// on AArch64 a `double` in a d register and a `long double` in a q register (so that
/// structs of vectors become the homogeneous aggregates AAPCS64 passes in consecutive
/// v registers). Wider vectors (a whole xmm register, classes SSE+SSEUP) have no libffi
/// equivalent.
fn vector_type(size: u64) -> Result<Type, String> {
    match size {
        8 => Ok(Type::f64()),
        4 if cfg!(target_arch = "x86_64") => Ok(Type::f32()),
        16 if cfg!(target_arch = "aarch64") => Ok(Type::longdouble()),
        _ => Err(format!(
            "a {size}-byte vector in a call to native code (libffi cannot pass it)"
        )),
    }
}

/// A prepared libffi call interface with what the caller needs to fill it.
#[derive(Debug)]
pub(crate) struct FfiSig {
    cif: Cif,
    /// Index of the `sret` argument, whose pointer is the return buffer.
    pub(crate) sret: Option<usize>,
}

impl FfiSig {
    /// The raw cif.
    pub(crate) fn raw(&self) -> *mut raw::ffi_cif {
        self.cif.as_raw_ptr()
    }
}

/// Builds the cif of a call site.
pub(crate) fn sig_for_call(cs: &CallSite) -> Result<FfiSig, String> {
    let mut args = Vec::with_capacity(cs.args.len());
    let mut ret = ffi_type(&cs.ret_abi)?;
    let mut sret = None;
    let mut nfixed = cs.nfixed;
    for (i, a) in cs.args.iter().enumerate() {
        match a.kind {
            ArgKind::Sret if sret.is_none() => {
                sret = Some(i);
                ret = ffi_type(&a.abi)?;
                if i < cs.nfixed {
                    nfixed -= 1;
                }
            }
            _ => args.push(ffi_type(&a.abi)?),
        }
    }
    let cif = if cs.varargs {
        Cif::try_new_variadic(args, nfixed, ret)
    } else {
        Cif::try_new(args, ret)
    }
    .map_err(|e| format!("libffi cannot prepare the call: {e:?}"))?;
    Ok(FfiSig { cif, sret })
}

/// Builds the cif of a closure for a function with these parameters and result.
pub(crate) fn sig_for_function(
    params: &[(AbiTy, bool, bool)],
    ret_abi: &AbiTy,
) -> Result<FfiSig, String> {
    let mut args = Vec::with_capacity(params.len());
    let mut ret = ffi_type(ret_abi)?;
    let mut sret = None;
    for (i, (abi, _byval, is_sret)) in params.iter().enumerate() {
        if *is_sret && sret.is_none() {
            sret = Some(i);
            ret = ffi_type(abi)?;
        } else {
            args.push(ffi_type(abi)?);
        }
    }
    let cif = Cif::try_new(args, ret).map_err(|e| format!("libffi cannot prepare: {e:?}"))?;
    Ok(FfiSig { cif, sret })
}

/// Calls native code.
///
/// # Safety
/// `f` must be the address of a function whose C signature matches `sig`; each `args[i]`
/// must point to a value of the i-th argument type; `ret` must have room for the result
/// (at least 8 bytes, aligned 8, for scalar results).
pub(crate) unsafe fn call(sig: &FfiSig, f: u64, args: &mut [*mut c_void], ret: *mut c_void) {
    // SAFETY: `f` is a non-null code address per the caller's contract.
    let fun: unsafe extern "C" fn() = unsafe { std::mem::transmute::<usize, _>(f as usize) };
    // SAFETY: the caller guarantees that the arguments and return buffer match the cif.
    unsafe { raw::ffi_call(sig.raw(), Some(fun), ret, args.as_mut_ptr()) }
}

/// What a trampoline's handler needs: whose function to interpret and on which machine.
pub(crate) struct TrampData {
    /// The machine (boxed, so its address is stable).
    pub(crate) machine: *mut crate::machine::Machine,
    /// The function.
    pub(crate) key: FnKey,
    /// The machine's interpreter lock (kept here so that a thread can take it without
    /// touching the machine first).
    pub(crate) gil: std::sync::Arc<crate::threads::Gil>,
    /// Why native code cannot call the function (a signature libffi cannot express, such
    /// as a vector in a whole SSE register): the closure then only gives the function an
    /// address that interpreted code calls directly.
    pub(crate) not_callable: Option<String>,
}

/// A libffi closure whose code address calls an interpreted function.
pub(crate) struct Trampoline {
    closure: *mut raw::ffi_closure,
    code: u64,
    _sig: Box<FfiSig>,
    _data: Box<TrampData>,
}

impl Trampoline {
    /// Makes the closure for `key` with signature `sig`.
    pub(crate) fn new(sig: FfiSig, data: TrampData) -> Result<Trampoline, String> {
        let sig = Box::new(sig);
        let data = Box::new(data);
        let mut code: *mut c_void = std::ptr::null_mut();
        // SAFETY: allocating a closure has no preconditions; the result is checked.
        let closure =
            unsafe { raw::ffi_closure_alloc(std::mem::size_of::<raw::ffi_closure>(), &mut code) }
                .cast::<raw::ffi_closure>();
        if closure.is_null() || code.is_null() {
            return Err("libffi cannot allocate a closure".to_string());
        }
        // SAFETY: `closure`/`code` come from ffi_closure_alloc; the cif and the user data
        // are boxed and owned by the trampoline, so they outlive the closure.
        let status = unsafe {
            raw::ffi_prep_closure_loc(
                closure,
                sig.raw(),
                Some(handler_c()),
                (&*data as *const TrampData).cast_mut().cast(),
                code,
            )
        };
        if status != raw::ffi_status_FFI_OK {
            // SAFETY: the closure was allocated above and is not used afterwards.
            unsafe { raw::ffi_closure_free(closure.cast()) };
            return Err("libffi cannot prepare a closure".to_string());
        }
        Ok(Trampoline {
            closure,
            code: code as u64,
            _sig: sig,
            _data: data,
        })
    }

    /// The address C code calls.
    pub(crate) fn address(&self) -> u64 {
        self.code
    }
}

impl Drop for Trampoline {
    fn drop(&mut self) {
        // SAFETY: the closure was allocated by ffi_closure_alloc and is freed once.
        unsafe { raw::ffi_closure_free(self.closure.cast()) }
    }
}

impl std::fmt::Debug for Trampoline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Trampoline({:#x})", self.code)
    }
}

/// The closure handler: interprets the function named by the user data.
/// The handler's type as libffi declares it.
type Handler = unsafe extern "C" fn(*mut raw::ffi_cif, *mut c_void, *mut *mut c_void, *mut c_void);

/// [`handler`] as libffi takes it: `extern "C-unwind"`, so that the forced unwind of
/// `pthread_exit` (which it calls to end a thread) may cross it; the calling convention
/// is the same.
fn handler_c() -> Handler {
    let h: unsafe extern "C-unwind" fn(
        *mut raw::ffi_cif,
        *mut c_void,
        *mut *mut c_void,
        *mut c_void,
    ) = handler;
    // SAFETY: "C" and "C-unwind" differ only in whether unwinding may leave the function.
    unsafe { std::mem::transmute::<_, Handler>(h) }
}

unsafe extern "C-unwind" fn handler(
    _cif: *mut raw::ffi_cif,
    result: *mut c_void,
    args: *mut *mut c_void,
    userdata: *mut c_void,
) {
    // SAFETY: userdata is the boxed TrampData registered with this closure, alive as long
    // as the closure.
    let data = unsafe { &*userdata.cast::<TrampData>() };
    if let Some(why) = &data.not_callable {
        // Unwinding out of an `extern "C"` function is not possible; the arguments are
        // not where the function expects them, so running it would compute garbage.
        eprintln!("jit-interp: native code called an interpreted function: unsupported: {why}");
        std::process::abort();
    }
    let machine = crate::machine::active_machine(data.machine);
    let me = crate::threads::tid();
    let acquired = data.gil.acquire(me);
    // SAFETY: the machine outlives its trampolines (they are dropped with it), and this
    // thread holds the interpreter lock, so no other reference to the machine is in use:
    // a thread that was interpreting is suspended in a native call (with the lock
    // released) and makes its own state resident again before it continues.
    let m = unsafe { &mut *machine };
    let foreign = me != m.owner;
    if foreign {
        data.gil.foreign_delta(true);
    }
    m.reenter(me);
    let thread_exit = m.callback(data.key, result, args);
    if foreign && m.thread.frames.is_empty() {
        // The outermost call on this thread: hand the fields back to the owner, so this
        // thread's state can be dropped when it exits.
        let owner = m.owner;
        m.reenter(owner);
    }
    if foreign {
        data.gil.foreign_delta(false);
    }
    if acquired {
        data.gil.release();
    }
    if let Some(value) = thread_exit {
        // SAFETY: the program asked to end this thread; its interpreter frames are gone
        // and the machine was left (lock released, state parked), and nothing in this
        // frame needs dropping, so the forced unwind only crosses native frames.
        unsafe { libc::pthread_exit(value as *mut c_void) }
    }
}
