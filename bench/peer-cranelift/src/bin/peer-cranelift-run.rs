//! Runs a `.ll` program's `main` through the Cranelift peer, like `lli`:
//! `peer-cranelift-run [--opt none|speed] prog.ll [args...]`.
//!
//! Static constructors run before `main`, destructors after every `atexit` handler (as
//! glibc's `.fini_array` does), and `main`'s result goes to `exit`, which flushes stdio.
//! A module that cannot be translated exits with status 125 after printing
//! `peer-cranelift: not translated: <reason>` on stderr.

use peer_cranelift::{OptLevel, translate};
use std::ffi::{CString, c_char, c_int};
use std::sync::OnceLock;

/// The status for "not translated", distinct from what the corpus programs return.
const NOT_TRANSLATED: i32 = 125;

static DESTRUCTORS: OnceLock<Vec<usize>> = OnceLock::new();

extern "C" fn run_destructors() {
    for &d in DESTRUCTORS.get().map(Vec::as_slice).unwrap_or(&[]) {
        // SAFETY: each entry is a finalized `void ()` function of the module, which stays
        // mapped because the engine is never dropped.
        let f: extern "C" fn() = unsafe { std::mem::transmute(d) };
        f();
    }
}

fn fail(reason: impl std::fmt::Display) -> ! {
    eprintln!("peer-cranelift: not translated: {reason}");
    std::process::exit(NOT_TRANSLATED);
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut opt = OptLevel::Speed;
    if args.first().map(String::as_str) == Some("--opt") && args.len() >= 2 {
        opt = match args[1].as_str() {
            "none" => OptLevel::None,
            _ => OptLevel::Speed,
        };
        args.drain(..2);
    }
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: peer-cranelift-run [--opt none|speed] prog.ll [args...]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("peer-cranelift: {path}: {e}");
        std::process::exit(2);
    });
    let module = jit_core::parse_module(&text, &path).unwrap_or_else(|e| fail(e));
    let engine = translate(&module, opt)
        .and_then(|t| t.compile())
        .unwrap_or_else(|e| fail(e));
    let Some(main_ptr) = engine.function("main") else {
        fail("no function @main");
    };
    let symbol_ptr = |r| {
        let name = module.symbol_name(r);
        engine
            .function(name)
            .unwrap_or_else(|| fail(format!("static initializer @{name} not compiled")))
    };
    let ctors: Vec<_> = module
        .static_initializers(false)
        .into_iter()
        .map(symbol_ptr)
        .collect();
    let dtors: Vec<usize> = module
        .static_initializers(true)
        .into_iter()
        .map(|r| symbol_ptr(r) as usize)
        .collect();
    let _ = DESTRUCTORS.set(dtors);
    // SAFETY: registering a plain extern "C" function; it runs at `exit`.
    unsafe { libc::atexit(run_destructors) };
    for c in ctors {
        // SAFETY: a finalized `void ()` constructor of the module.
        let f: extern "C" fn() = unsafe { std::mem::transmute(c) };
        f();
    }

    let prog = std::path::Path::new(&path)
        .file_stem()
        .map_or("prog".into(), |s| s.to_string_lossy().into_owned());
    let mut c_args: Vec<CString> = vec![CString::new(prog).unwrap_or_default()];
    c_args.extend(
        args[1..]
            .iter()
            .map(|a| CString::new(a.as_str()).unwrap_or_default()),
    );
    let mut argv: Vec<*const c_char> = c_args.iter().map(|c| c.as_ptr()).collect();
    argv.push(std::ptr::null());
    // SAFETY: `main` is the module's `i32 (i32, ptr)` or `i32 ()`; passing unused
    // arguments to the latter is harmless under the C calling convention.
    let main_fn: extern "C" fn(c_int, *const *const c_char) -> c_int =
        unsafe { std::mem::transmute(main_ptr) };
    let status = main_fn(argv.len() as c_int - 1, argv.as_ptr());
    std::mem::forget(engine);
    // SAFETY: `exit` runs the atexit handlers (ours included) and flushes stdio.
    unsafe { libc::exit(status) };
}
