//! The C corpus (`tests/corpus/x86_64/*.ll`, clang 19 output): every module must compile or
//! fail only with `Unsupported`; the programs whose modules compile run in a subprocess
//! through the test loader and must print the expected stdout and exit status.

mod support;

use std::path::{Path, PathBuf};

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::ir::GlobalRef;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn corpus_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(corpus_dir().join("x86_64"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "ll"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn parse(path: &Path) -> Option<jit_core::ir::Module> {
    let text = std::fs::read_to_string(path).ok()?;
    let name = path.file_name()?.to_string_lossy().to_string();
    jit_core::reader::parse_module(&text, &name).ok()
}

#[test]
fn corpus_compiles_or_is_unsupported() {
    let (mut ok, mut unsupported, mut unparsed, mut text) = (0, 0, 0, 0);
    for path in corpus_files() {
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

/// Child side: runs the program named by `JIT_CORPUS_RUN` and exits with its status.
#[test]
fn corpus_child() {
    let Ok(file) = std::env::var("JIT_CORPUS_RUN") else {
        return;
    };
    let out = std::env::var("JIT_CORPUS_OUT").expect("output file");
    let path = PathBuf::from(&file);
    {
        use std::io::Write;
        use std::os::fd::IntoRawFd;
        std::io::stdout().flush().unwrap();
        let fd = std::fs::File::create(&out).unwrap().into_raw_fd();
        // SAFETY: replaces fd 1 with the freshly opened output file (the harness's own
        // output was flushed above); the program's C stdio writes go there.
        unsafe {
            libc::dup2(fd, 1);
            libc::close(fd);
        }
    }
    let m = parse(&path).expect("parses");
    let obj = X64Backend
        .compile(&m, &CodegenOptions::default())
        .expect("compiles");
    let l = support::load(&obj);
    let stem = path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .split('.')
        .next()
        .unwrap()
        .to_string();
    let mut args: Vec<std::ffi::CString> = vec![std::ffi::CString::new(stem.clone()).unwrap()];
    if let Ok(text) = std::fs::read_to_string(corpus_dir().join("src").join(format!("{stem}.args")))
    {
        for line in text.lines() {
            args.push(std::ffi::CString::new(line).unwrap());
        }
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
    std::mem::forget(l);
    // SAFETY: C `exit`: runs atexit handlers and flushes stdio, like returning from main.
    unsafe { libc::exit(rc) }
}

#[test]
fn corpus_programs_run() {
    let exe = std::env::current_exe().unwrap();
    let (mut pass, mut total) = (0, 0);
    let mut failures = Vec::new();
    for path in corpus_files() {
        let Some(m) = parse(&path) else { continue };
        if X64Backend.compile(&m, &CodegenOptions::default()).is_err() {
            continue;
        }
        // Thread-local variables need the engine's TLS runtime, which this bare loader
        // lacks; the engine's own corpus runs (jit-cli, jit-mcjit) cover those programs.
        if m.globals.iter().any(|(_, g)| g.thread_local) {
            continue;
        }
        let stem = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .split('.')
            .next()
            .unwrap()
            .to_string();
        let exp_dir = corpus_dir().join("expected");
        let (Ok(want_out), Ok(want_rc)) = (
            std::fs::read(exp_dir.join(format!("{stem}.stdout"))),
            std::fs::read_to_string(exp_dir.join(format!("{stem}.exit"))),
        ) else {
            continue;
        };
        total += 1;
        let out_file =
            std::env::temp_dir().join(format!("jit-corpus-{}-{stem}.out", std::process::id()));
        let out = std::process::Command::new(&exe)
            .args([
                "--exact",
                "corpus_child",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("JIT_CORPUS_RUN", &path)
            .env("JIT_CORPUS_OUT", &out_file)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let rc = out.status.code();
        let stdout = std::fs::read(&out_file).unwrap_or_default();
        let _ = std::fs::remove_file(&out_file);
        if stdout == want_out && rc == want_rc.trim().parse().ok() {
            pass += 1;
        } else {
            failures.push(format!(
                "{} (exit {rc:?})",
                path.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    eprintln!("corpus run: {pass}/{total} programs match; mismatches: {failures:?}");
    // Programs that compile must run correctly: any mismatch is a miscompilation.
    assert!(failures.is_empty(), "mismatching programs: {failures:?}");
}
