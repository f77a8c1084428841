//! The C corpus (`tests/corpus/x86_64/*.ll`, clang 19 output): every module must compile or
//! fail only with `Unsupported`; the programs whose modules compile run in a subprocess
//! through the test loader and must print the expected stdout and exit status — as compiled,
//! with tier-up counters calling back everywhere, and with their functions replaced by
//! code compiled alone (`Backend::compile_functions`).

mod support;

use std::path::Path;
use std::time::Duration;

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::ir::GlobalRef;

const CHILD_ENTRY: &str = "corpus_child";
const TIMEOUT: Duration = Duration::from_secs(120);
/// The child's mode for code with tier-up counters that call back at every check.
const COUNTING: &str = "counting";
/// The child's mode for a program whose functions are all replaced by code compiled alone
/// at -O2 (`Backend::compile_functions`), linked against the tier-0 object.
const REPLACED: &str = "replaced";

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
    let options = CodegenOptions {
        tier_counters: (req.mode == COUNTING).then_some(1),
        ..CodegenOptions::default()
    };
    let obj = X64Backend.compile(&m, &options).expect("compiles");
    let first = support::load(&obj);
    let replacement = (req.mode == REPLACED).then(|| {
        let o2 = CodegenOptions {
            opt_level: 2,
            ..CodegenOptions::default()
        };
        let obj = X64Backend
            .compile_functions(&m, &o2, &replaceable(&m))
            .expect("compiles alone");
        support::load_with(&obj, first.symbols())
    });
    // `main` from the replacement code; constructors, destructors from the first object.
    let l = &first;
    let entry = replacement.as_ref().unwrap_or(&first);
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
    let main: extern "C" fn(i32, *const *const std::ffi::c_char) -> i32 =
        unsafe { entry.func("main") };
    let rc = main(args.len() as i32, argv.as_ptr());
    // The code stays mapped: the exit handlers registered above run it.
    std::mem::forget(first);
    std::mem::forget(replacement);
    jit_tests::child::exit(Ok(rc))
}

/// The functions `compile_functions` can replace: those with code whose blocks' addresses
/// are not taken.
fn replaceable(m: &jit_core::ir::Module) -> Vec<jit_core::ir::FuncId> {
    let taken: Vec<_> = m
        .consts
        .values()
        .filter_map(|c| match c.kind {
            jit_core::ir::ConstKind::BlockAddress { func, .. } => Some(func),
            _ => None,
        })
        .collect();
    m.functions
        .iter()
        .filter(|(f, func)| {
            func.body.is_some()
                && func.intrinsic.is_none()
                && func.linkage != jit_core::ir::Linkage::AvailableExternally
                && !taken.contains(f)
        })
        .map(|(f, _)| f)
        .collect()
}

#[test]
fn corpus_programs_run() {
    run_corpus("test loader corpus", "");
}

/// The corpus again with tier-up counters of 1 in tier-0 code, so every function entry and
/// loop iteration calls `__jit_tier_up`, or `__jit_osr` in functions that may leave their
/// loops (both clobber every caller-saved register, see `support::tier_up_every_time`):
/// the programs' output must not change.
#[test]
fn corpus_programs_run_with_tier_up_calls_everywhere() {
    run_corpus("test loader corpus, counting", COUNTING);
}

/// The corpus again, `main` and every function it can reach replaced by code compiled alone
/// at -O2 and linked against the first (tier-0) object, whose globals it shares: the
/// programs' output must not change.
#[test]
fn corpus_programs_run_with_replaced_functions() {
    run_corpus("test loader corpus, replaced", REPLACED);
}

fn run_corpus(what: &str, mode: &str) {
    let programs = jit_tests::programs();
    jit_tests::check_corpus(what, &programs, &["O0", "O2"], |p, opt| {
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
        // Replacement code takes the address of a function it defines as its own copy's, so
        // `ops[0].fn == add` compares the first object's `add` (in `ops`) with the new one;
        // keeping function pointers canonical is the engine's part (see the crate docs).
        if mode == REPLACED && p.name == "func_pointers" {
            return Ok(None);
        }
        jit_tests::child::run(CHILD_ENTRY, &path, &p.args, mode, TIMEOUT).map(Some)
    });
}
