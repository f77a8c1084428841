//! The C corpus (`tests/corpus/x86_64/*.ll`, clang 19 output): every module must compile or
//! fail only with `Unsupported`; the programs whose modules compile run in a subprocess
//! through the test loader and must print the expected stdout and exit status.

mod support;

use std::path::Path;
use std::time::Duration;

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::ir::GlobalRef;

const CHILD_ENTRY: &str = "corpus_child";
const TIMEOUT: Duration = Duration::from_secs(120);

fn parse(path: &Path) -> Option<jit_core::ir::Module> {
    let text = std::fs::read_to_string(path).ok()?;
    let name = path.file_name()?.to_string_lossy().to_string();
    jit_core::reader::parse_module(&text, &name).ok()
}

#[test]
fn corpus_compiles_or_is_unsupported() {
    let (mut ok, mut unsupported, mut unparsed, mut text) = (0, 0, 0, 0);
    let x86_64 = jit_tests::corpus_dir().join("x86_64");
    for path in jit_tests::all_ll_files()
        .into_iter()
        .filter(|p| p.starts_with(&x86_64))
    {
        let Some(m) = parse(&path) else {
            unparsed += 1;
            continue;
        };
        match X64Backend.compile(&m, &CodegenOptions::default()) {
            Ok(obj) => {
                ok += 1;
                let code = obj.sections.iter().filter(|s| s.name == ".text");
                text += code.map(|s| s.size).sum::<u64>();
            }
            Err(e @ CodegenError::Unsupported { .. }) => {
                eprintln!("{}: {e}", path.display());
                unsupported += 1;
            }
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    eprintln!(
        "corpus: {ok} compiled, {unsupported} unsupported, {unparsed} not parsed; \
         {text} bytes of .text"
    );
}

/// Child side: runs the program [`jit_tests::child::run`] names and exits with its status.
#[test]
fn corpus_child() {
    let Some(req) = jit_tests::child::request() else {
        return;
    };
    let m = parse(&req.input).expect("parses");
    let obj = X64Backend
        .compile(&m, &CodegenOptions::default())
        .expect("compiles");
    let l = support::load(&obj);
    let stem = req
        .input
        .file_name()
        .unwrap()
        .to_string_lossy()
        .split('.')
        .next()
        .unwrap()
        .to_string();
    let mut args: Vec<std::ffi::CString> = vec![std::ffi::CString::new(stem).unwrap()];
    for arg in &req.args {
        args.push(std::ffi::CString::new(arg.as_str()).unwrap());
    }
    let mut argv: Vec<*const std::ffi::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let run = |r: GlobalRef| {
        let name = m.symbol_name(r);
        // SAFETY: constructors and destructors are `void ()` functions.
        let f: extern "C" fn() = unsafe { l.func(name) };
        f();
    };
    // Destructors run at exit, after the handlers the program registers itself,
    // constructors included (as `.fini_array` does). `static_initializers(true)` lists them
    // in running order and `atexit` runs last-registered first, so register in reverse.
    for r in m.static_initializers(true).into_iter().rev() {
        // SAFETY: destructors are `void ()` functions of the loaded object, which is never
        // unloaded in this process.
        unsafe {
            let f: extern "C" fn() = l.func(m.symbol_name(r));
            libc::atexit(f);
        }
    }
    for r in m.static_initializers(false) {
        run(r);
    }
    // SAFETY: `main` has the C signature (argc, argv) -> int; extra arguments are ignored.
    let main: extern "C" fn(i32, *const *const std::ffi::c_char) -> i32 = unsafe { l.func("main") };
    let rc = main(args.len() as i32, argv.as_ptr());
    // The code stays mapped: the exit handlers registered above run it.
    std::mem::forget(l);
    jit_tests::child::exit(Ok(rc))
}

#[test]
fn corpus_programs_run() {
    let programs = jit_tests::programs();
    jit_tests::check_corpus("test loader corpus", &programs, &["O0", "O2"], |p, opt| {
        let path = p.ll_path("x86_64", opt);
        let Some(m) = parse(&path) else {
            return Ok(None);
        };
        if X64Backend.compile(&m, &CodegenOptions::default()).is_err() {
            return Ok(None);
        }
        // Thread-local variables need the engine's TLS runtime, which this bare loader
        // lacks; the engine's own corpus runs (jit-cli, jit-mcjit) cover those programs.
        if m.globals.iter().any(|(_, g)| g.thread_local) {
            return Ok(None);
        }
        jit_tests::child::run(CHILD_ENTRY, &path, &p.args, "", TIMEOUT).map(Some)
    });
}
