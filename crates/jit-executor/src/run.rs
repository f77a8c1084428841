//! Running code the host asks for: one call with C arguments through libffi
//! ([`Request::Call`]), `void f(void)` functions in order ([`Request::RunVoid`]), and the
//! program itself ([`Request::RunMain`]), which ends the process.
//!
//! Nothing here checks that an address is code: running it is what the host asked, and
//! a crash is the program's, reported by the supervisor.
//!
//! [`Request::Call`]: jit_remote::Request::Call
//! [`Request::RunVoid`]: jit_remote::Request::RunVoid
//! [`Request::RunMain`]: jit_remote::Request::RunMain

use jit_remote::{Value, ValueKind};
use libffi::middle::{Arg, Cif, Ret, Type};
use std::ffi::{CString, c_char, c_int};
use std::sync::Mutex;

/// The libffi type of a value kind; `None` for `void`.
fn ffi_type(kind: ValueKind) -> Option<Type> {
    Some(match kind {
        ValueKind::Void => return None,
        ValueKind::Ptr => Type::pointer(),
        ValueKind::F32 => Type::f32(),
        ValueKind::F64 => Type::f64(),
        ValueKind::Int { bits, signed } => match (bits, signed) {
            (8, false) => Type::u8(),
            (8, true) => Type::i8(),
            (16, false) => Type::u16(),
            (16, true) => Type::i16(),
            (32, false) => Type::u32(),
            (32, true) => Type::i32(),
            (_, false) => Type::u64(),
            (_, true) => Type::i64(),
        },
    })
}

/// Checks the arguments of a call: every one has a type (`void` is not an argument).
pub(crate) fn check_args(args: &[Value]) -> Result<(), String> {
    match args.iter().position(|a| a.kind == ValueKind::Void) {
        Some(i) => Err(format!("argument {} of the call is void", i + 1)),
        None => Ok(()),
    }
}

/// Calls the function at `address` with `args` (checked by [`check_args`]) and returns its
/// result: an integer zero-extended from its width, a float as its IEEE bits.
///
/// # Safety
/// `address` is a function with this C signature (or the process may crash, which the
/// supervisor reports).
pub(crate) unsafe fn call(address: u64, args: &[Value], ret: ValueKind) -> Value {
    let types: Vec<Type> = args.iter().filter_map(|a| ffi_type(a.kind)).collect();
    let cif = Cif::new(types, ffi_type(ret).unwrap_or_else(Type::void));
    // Each argument is read from the low bytes of its 8-byte slot: both targets are
    // little-endian, and libffi reads exactly the size of the argument's type.
    let slots: Vec<u64> = args.iter().map(|a| a.bits).collect();
    let ffi_args: Vec<Arg> = slots.iter().map(Arg::new).collect();
    let mut out = [0u64; 2];
    // SAFETY: the caller guarantees `address` is a function of this signature; the call
    // interface has one type per argument slot, every slot is 8 bytes (at least the size
    // of its type), and `out` is large enough for any scalar result (libffi widens small
    // integers to a full register).
    unsafe {
        let code = libffi::middle::CodePtr(address as usize as *mut std::ffi::c_void);
        if ret == ValueKind::Void {
            cif.call_return_into(code, &ffi_args, Ret::void());
        } else {
            cif.call_return_into(code, &ffi_args, Ret::new(&mut out));
        }
    }
    let bits = match ret {
        ValueKind::Void => 0,
        ValueKind::Int { bits: 64, .. } | ValueKind::F64 | ValueKind::Ptr => out[0],
        ValueKind::Int { bits, .. } => out[0] & ((1u64 << bits) - 1),
        ValueKind::F32 => out[0] & 0xffff_ffff,
    };
    Value { kind: ret, bits }
}

/// Calls each address as `void f(void)`, in order.
///
/// # Safety
/// Each address is such a function.
pub(crate) unsafe fn run_void(addresses: &[u64]) {
    for &a in addresses {
        // SAFETY: the caller's guarantee.
        unsafe { std::mem::transmute::<usize, extern "C" fn()>(a as usize)() };
    }
}

/// Everything [`run_main`] needs, checked and converted while the host can still be told
/// what is wrong with it.
#[derive(Debug)]
pub struct Program {
    main: u64,
    params: u8,
    args: Vec<CString>,
    env: Vec<CString>,
    constructors: Vec<u64>,
    destructors: Vec<u64>,
}

impl Program {
    /// Checks the fields of a [`jit_remote::Request::RunMain`]: `params` is 0, 2 or 3 and
    /// no string holds a NUL byte (C could not see past it).
    pub fn new(
        main: u64,
        params: u8,
        args: Vec<String>,
        env: Vec<String>,
        constructors: Vec<u64>,
        destructors: Vec<u64>,
    ) -> Result<Self, String> {
        if !matches!(params, 0 | 2 | 3) {
            return Err(format!(
                "main with {params} parameters (expected 0, 2 or 3)"
            ));
        }
        let c = |what: &str, v: Vec<String>| -> Result<Vec<CString>, String> {
            v.into_iter()
                .enumerate()
                .map(|(i, s)| {
                    CString::new(s).map_err(|_| format!("{what} {i} contains a NUL byte"))
                })
                .collect()
        };
        Ok(Program {
            main,
            params,
            args: c("argument", args)?,
            env: c("environment entry", env)?,
            constructors,
            destructors,
        })
    }
}

/// The destructors of the running program, for [`run_destructors`].
static DESTRUCTORS: Mutex<Vec<u64>> = Mutex::new(Vec::new());

/// The exit handler that runs the program's static destructors (see [`prepare_process`]).
extern "C" fn run_destructors() {
    let dtors = std::mem::take(&mut *DESTRUCTORS.lock().unwrap_or_else(|e| e.into_inner()));
    // SAFETY: the host named these as the program's `void (*)(void)` destructors.
    unsafe { run_void(&dtors) };
}

/// Makes the worker's process the program's, before any of its code runs:
/// - the exit handler that runs the static destructors [`run_main`] is given is registered
///   first, so it runs after every handler the program registers — in constructors the
///   host runs before `main` (`RunVoid`) too — as a native program's `.fini_array` does;
/// - `SIGSEGV` and `SIGBUS` get their default action back: the Rust runtime's handler
///   (which reports a stack overflow of a Rust thread and aborts) would turn the program's
///   stack overflow into `SIGABRT`, where a native program dies of `SIGSEGV`.
pub fn prepare_process() {
    // SAFETY: `run_destructors` is a plain C function that lives as long as the process.
    if unsafe { libc::atexit(run_destructors) } != 0 {
        eprintln!("jit-executor: cannot register the program's destructors (atexit failed)");
        crate::worker::leave(1);
    }
    for sig in [libc::SIGSEGV, libc::SIGBUS] {
        // SAFETY: restoring the default disposition of a signal is always sound.
        unsafe { libc::signal(sig, libc::SIG_DFL) };
    }
}

/// A NUL-terminated array of pointers to the strings (which must outlive it).
fn c_array(strings: &[CString]) -> Vec<*mut c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr().cast_mut())
        .chain(std::iter::once(std::ptr::null_mut()))
        .collect()
}

/// Runs the program as a native process would: constructors, `main(argc, argv, envp)`,
/// the main thread's thread-local destructors, then `exit` with `main`'s result (which
/// runs the program's exit handlers, then its destructors, and flushes stdio).
///
/// # Safety
/// The addresses are the program's `main` and its `void (*)(void)` constructors and
/// destructors; `main` takes `params` parameters of C `main`'s types.
pub unsafe fn run_main(p: Program) -> ! {
    *DESTRUCTORS.lock().unwrap_or_else(|e| e.into_inner()) = p.destructors;
    // SAFETY: the caller's guarantee.
    unsafe { run_void(&p.constructors) };
    let argv = c_array(&p.args);
    let envp = c_array(&p.env);
    let argc = c_int::try_from(p.args.len()).unwrap_or(c_int::MAX);
    let main = p.main as usize;
    // SAFETY: the caller guarantees `main`'s signature; `argv` and `envp` are
    // NUL-terminated arrays of NUL-terminated strings that live until the process ends
    // (`exit` below never returns), so the program may keep pointers into them.
    let ret = unsafe {
        match p.params {
            0 => std::mem::transmute::<usize, extern "C" fn() -> c_int>(main)(),
            2 => std::mem::transmute::<usize, extern "C" fn(c_int, *const *mut c_char) -> c_int>(
                main,
            )(argc, argv.as_ptr()),
            _ => std::mem::transmute::<
                usize,
                extern "C" fn(c_int, *const *mut c_char, *const *mut c_char) -> c_int,
            >(main)(argc, argv.as_ptr(), envp.as_ptr()),
        }
    };
    crate::runtime::run_thread_dtors();
    // SAFETY: the program is over: libc runs its exit handlers and flushes stdio.
    unsafe { libc::exit(ret) }
}

#[cfg(test)]
mod tests {
    use super::*;

    extern "C" fn mix(a: i8, b: u16, c: f64, d: f32, e: i64) -> f64 {
        f64::from(a) + f64::from(b) + c + f64::from(d) + e as f64
    }

    extern "C" fn negative(x: i32) -> i32 {
        -x
    }

    extern "C" fn narrow(x: u8) -> i16 {
        -(i16::from(x))
    }

    fn int(bits: u8, signed: bool, v: u64) -> Value {
        Value {
            kind: ValueKind::Int { bits, signed },
            bits: v,
        }
    }

    #[test]
    fn calls_take_and_return_c_values() {
        let args = [
            int(8, true, 0xff),
            int(16, false, 1000),
            Value {
                kind: ValueKind::F64,
                bits: 0.5f64.to_bits(),
            },
            Value {
                kind: ValueKind::F32,
                bits: u64::from(2.0f32.to_bits()),
            },
            int(64, true, (-10i64) as u64),
        ];
        check_args(&args).unwrap();
        // SAFETY: `mix` has exactly this signature.
        let r = unsafe { call(mix as *const () as u64, &args, ValueKind::F64) };
        assert_eq!(f64::from_bits(r.bits), -1.0 + 1000.0 + 0.5 + 2.0 - 10.0);
        // SAFETY: as above.
        let r = unsafe {
            call(
                negative as *const () as u64,
                &[int(32, true, 5)],
                ValueKind::Int {
                    bits: 32,
                    signed: true,
                },
            )
        };
        assert_eq!(
            r.bits,
            u64::from((-5i32) as u32),
            "zero-extended from 32 bits"
        );
        // SAFETY: as above.
        let r = unsafe {
            call(
                narrow as *const () as u64,
                &[int(8, false, 3)],
                ValueKind::Int {
                    bits: 16,
                    signed: true,
                },
            )
        };
        assert_eq!(r.bits, 0xfffd);
        assert!(
            check_args(&[Value {
                kind: ValueKind::Void,
                bits: 0
            }])
            .is_err()
        );
    }

    #[test]
    fn programs_are_checked() {
        assert!(Program::new(1, 1, vec![], vec![], vec![], vec![]).is_err());
        let e = Program::new(1, 2, vec!["a\0b".into()], vec![], vec![], vec![]).unwrap_err();
        assert!(e.contains("argument 0"), "{e}");
        assert!(Program::new(1, 3, vec!["p".into()], vec!["A=1".into()], vec![], vec![]).is_ok());
    }
}
