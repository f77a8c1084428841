//! C programs compiled by gcc into ELF objects run through the engine, compared with the
//! same programs compiled natively: stdout and exit code must match. Each JIT run happens in
//! a child process (this test binary re-executed) because programs may call `exit()`.

mod common;

use jit_core::engine::{EngineError, ExecutionEngine};
use jit_mcjit::Mcjit;
use std::path::PathBuf;
use std::process::Command;

const CHILD_OBJECTS: &str = "JIT_MCJIT_CHILD_OBJECTS";
const CHILD_OUT: &str = "JIT_MCJIT_CHILD_OUT";
const CHILD_ARGS: &str = "JIT_MCJIT_CHILD_ARGS";

/// In a child process: runs the objects named in the environment with stdout redirected to
/// a file, and exits with the program's exit code. In the normal test run: does nothing.
#[test]
fn child_process_entry() {
    let Ok(objects) = std::env::var(CHILD_OBJECTS) else {
        return;
    };
    let out = std::fs::File::create(std::env::var(CHILD_OUT).unwrap()).unwrap();
    // SAFETY: dup2 onto fd 1 makes C stdio and Rust stdout write to the file; the file stays
    // open (leaked) until the process exits.
    unsafe {
        use std::os::fd::IntoRawFd;
        libc::dup2(out.into_raw_fd(), 1);
    }
    let mut engine = Mcjit::builder().build().unwrap();
    let paths: Vec<&str> = objects.split(':').collect();
    for p in &paths {
        if let Err(e) = engine.add_object_file(&std::fs::read(p).unwrap(), p) {
            eprintln!("{e}");
            std::process::exit(70);
        }
    }
    let mut args = vec![paths[0].to_string()];
    // Each argument is preceded by 0x1f, so empty arguments survive.
    args.extend(
        std::env::var(CHILD_ARGS)
            .unwrap_or_default()
            .split('\x1f')
            .skip(1)
            .map(String::from),
    );
    let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    let code = match engine.run_main(&args, &env) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            70
        }
    };
    // SAFETY: flushing every C stream before leaving.
    unsafe { libc::fflush(std::ptr::null_mut()) };
    std::process::exit(code);
}

/// (stdout, exit code) of the objects run by the engine in a child process.
fn run_jit(objects: &[PathBuf], args: &[&str], tag: &str) -> (String, i32) {
    let out = common::scratch(&format!("{tag}.stdout"));
    let joined: Vec<String> = objects.iter().map(|p| p.display().to_string()).collect();
    let status = common::target_command(&std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_process_entry",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_OBJECTS, joined.join(":"))
        .env(CHILD_OUT, &out)
        .env(
            CHILD_ARGS,
            args.iter().map(|a| format!("\x1f{a}")).collect::<String>(),
        )
        .env("JIT_TEST_VAR", "from-the-environment")
        .output()
        .unwrap();
    let stdout = std::fs::read_to_string(&out).unwrap();
    let code = status.status.code().expect("the child exited normally");
    assert_ne!(
        code,
        70,
        "engine error: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    (stdout, code)
}

/// (stdout, exit code) of the native executable.
fn run_native(exe: &std::path::Path, args: &[&str]) -> (String, i32) {
    let o = common::target_command(exe)
        .args(args)
        .env("JIT_TEST_VAR", "from-the-environment")
        .output()
        .unwrap();
    (
        String::from_utf8(o.stdout).unwrap(),
        o.status.code().unwrap(),
    )
}

#[test]
fn run_main_matches_native_program() {
    let args = ["one", "two words", ""];
    let native = run_native(&common::executable(&["hello"]), &args);
    let jit = run_jit(&[common::object("hello")], &args, "hello");
    assert_eq!(jit, native);
    assert!(
        native.0.contains("destructor") && native.0.contains("atexit handler"),
        "{}",
        native.0
    );
    assert_eq!(native.1, 4);
}

#[test]
fn exit_runs_handlers_and_destructors_like_native() {
    let native = run_native(&common::executable(&["exits"]), &[]);
    let jit = run_jit(&[common::object("exits")], &[], "exits");
    assert_eq!(jit, native);
    assert_eq!(native.1, 7);
    assert!(
        native
            .0
            .ends_with("second registered handler\nfirst registered handler\ndestructor\n"),
        "{}",
        native.0
    );
}

#[test]
fn multiple_objects_call_each_other() {
    let native = run_native(&common::executable(&["multi_a", "multi_b"]), &[]);
    let jit = run_jit(
        &[common::object("multi_a"), common::object("multi_b")],
        &[],
        "multi",
    );
    assert_eq!(jit, native);
    assert_eq!(native.0, "zero\none\ntwo\n11 3\n");
}

#[test]
fn undefined_symbol_is_an_error_not_a_crash() {
    let mut e = Mcjit::builder().build().unwrap();
    let path = common::object("undefined");
    e.add_object_file(&std::fs::read(&path).unwrap(), "undefined.o")
        .unwrap();
    let err = e.run_main(&["prog".into()], &[]).unwrap_err();
    assert!(
        matches!(&err, EngineError::UndefinedSymbol { symbol, module, .. } if symbol == "no_such_function_anywhere" && module == "undefined.o"),
        "{err}"
    );
    // The message names the symbol, who refers to it and every library searched (the C++
    // runtime too: a strong miss opens it before giving up).
    let text = err.to_string();
    assert!(
        text.starts_with(
            "undefined symbol `no_such_function_anywhere` referenced by `main` in module \
             `undefined.o`; searched the engine's modules and global mappings, the process \
             (dlsym), "
        ),
        "{text}"
    );
    for lib in ["libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"] {
        assert!(text.contains(lib), "{lib} missing from: {text}");
    }
    // Defining it afterwards (a global mapping) makes the program runnable.
    extern "C" fn stand_in(x: i32) -> i32 {
        x + 41
    }
    e.add_global_mapping("no_such_function_anywhere", stand_in as *const () as u64);
    assert_eq!(e.run_main(&["prog".into()], &[]).unwrap(), 42);
}

#[test]
fn remove_returns_memory_and_readding_works() {
    let a = std::fs::read(common::object("multi_a")).unwrap();
    let b = std::fs::read(common::object("multi_b")).unwrap();
    let mut e = Mcjit::builder().build().unwrap();
    let mut used = None;
    for round in 0..3 {
        let ha = e.add_object_file(&a, "multi_a.o").unwrap();
        let hb = e.add_object_file(&b, "multi_b.o").unwrap();
        assert_eq!(e.find_function("describe"), Some(hb));
        assert_eq!(e.find_function("main"), Some(ha));
        let f = e.get_function_address("apply_twice_then_add").unwrap();
        // SAFETY: the C function `int apply_twice_then_add(int, int)`, finalized.
        let f = unsafe { std::mem::transmute::<usize, extern "C" fn(i32, i32) -> i32>(f as usize) };
        assert_eq!(f(20, 2), 42);
        let s = e.stats();
        assert!(s.mm.bytes_used > 0);
        assert_eq!(
            *used.get_or_insert(s.mm.bytes_used),
            s.mm.bytes_used,
            "round {round} uses the same memory"
        );
        e.remove_module(hb).unwrap();
        assert!(e.stats().mm.bytes_used < s.mm.bytes_used);
        assert_eq!(e.find_function("describe"), None);
        assert!(matches!(
            e.get_function_address("describe"),
            Err(EngineError::NotFound(_))
        ));
        e.remove_module(ha).unwrap();
        assert_eq!(e.stats().mm.bytes_used, 0, "everything released");
    }
    assert_eq!(e.stats().removed, 6);
}

#[test]
fn no_writable_and_executable_mapping_after_finalize() {
    let mut e = Mcjit::builder().build().unwrap();
    e.add_object_file(&std::fs::read(common::object("multi_a")).unwrap(), "a.o")
        .unwrap();
    e.add_object_file(&std::fs::read(common::object("multi_b")).unwrap(), "b.o")
        .unwrap();
    e.finalize().unwrap();
    let main = e.get_function_address("main").unwrap();
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let mut seen_code = false;
    for line in maps.lines() {
        let mut it = line.split_whitespace();
        let (range, perms) = (it.next().unwrap(), it.next().unwrap());
        assert!(
            !(perms.contains('w') && perms.contains('x')),
            "W+X mapping: {line}"
        );
        let (lo, hi) = range.split_once('-').unwrap();
        let (lo, hi) = (
            u64::from_str_radix(lo, 16).unwrap(),
            u64::from_str_radix(hi, 16).unwrap(),
        );
        if (lo..hi).contains(&main) {
            assert!(perms.starts_with("r-x"), "JIT code is {perms}");
            seen_code = true;
        }
    }
    assert!(seen_code);
    // Finalizing again, and asking again, is cheap: nothing new to link.
    let before = e.stats();
    e.finalize().unwrap();
    assert_eq!(e.get_function_address("main").unwrap(), main);
    assert_eq!(e.stats().finalizations, before.finalizations);
    assert_eq!(e.stats().mm.publishes, before.mm.publishes);
}

#[test]
fn bad_object_files_are_clear_errors() {
    let mut e = Mcjit::builder().build().unwrap();
    let err = e.add_object_file(b"\x7fELF garbage", "junk.o").unwrap_err();
    assert!(matches!(err, EngineError::InvalidModule { .. }), "{err}");
    assert!(err.to_string().contains("junk.o"), "{err}");
}

/// Every program of the C corpus, compiled by `gcc -O1 -fPIC -c`, runs through the engine
/// with the corpus's expected stdout and exit status (programs that need clang, and those
/// with thread-local variables, whose TLS sections objects from gcc bring, are skipped).
#[test]
fn corpus_programs_as_gcc_objects_match_expected_output() {
    let programs: Vec<_> = jit_tests::programs()
        .into_iter()
        .filter(|p| !p.clang_only() && !p.uses_thread_locals())
        .collect();
    let ran = jit_tests::check_corpus("corpus as gcc objects", &programs, &["O1"], |p, opt| {
        let obj = common::scratch(&format!("corpus-{}.o", p.name));
        let src = p.source_path();
        let mut compile = Command::new(common::c_compiler());
        compile.arg(format!("-{opt}")).args(["-fPIC", "-c"]);
        if cfg!(target_arch = "aarch64") {
            // GCC's default outline atomics call helpers (`__aarch64_cas4_acq`, ...) that
            // live in the static libgcc.a, which no shared library exports to the engine.
            compile.arg("-mno-outline-atomics");
        }
        let ok = compile.arg(&src).arg("-o").arg(&obj).status().unwrap();
        assert!(ok.success(), "cc failed on {}", src.display());
        let args: Vec<&str> = p.args.iter().map(String::as_str).collect();
        let (stdout, exit) = run_jit(&[obj], &args, &format!("corpus-{}", p.name));
        Ok(Some(jit_tests::Outcome {
            exit,
            stdout: stdout.into_bytes(),
            stderr: String::new(),
        }))
    });
    eprintln!("{ran} corpus programs ran as gcc objects");
}

#[test]
fn exit_handlers_follow_their_code() {
    let bytes = std::fs::read(common::object("handlers")).unwrap();
    let mut e = Mcjit::builder().build().unwrap();
    let h = e.add_object_file(&bytes, "handlers.o").unwrap();
    let register = e.get_function_address("register_handler").unwrap();
    let runs = e.get_global_value_address("handler_runs").unwrap() as *const i32;
    // SAFETY: `void register_handler(void)`, finalized; called directly by the host, so the
    // handler is registered without an engine running code.
    let register = unsafe { std::mem::transmute::<usize, extern "C" fn()>(register as usize) };
    register();
    register();
    assert_eq!(e.pending_exit_handlers(), 2);
    e.run_static_destructors().unwrap();
    assert_eq!(e.pending_exit_handlers(), 0);
    // SAFETY: `handler_runs` is the object's `int`, still loaded.
    assert_eq!(unsafe { *runs }, 2);
    // Handlers whose code is removed are forgotten, never run.
    register();
    assert_eq!(e.pending_exit_handlers(), 1);
    e.remove_module(h).unwrap();
    assert_eq!(e.pending_exit_handlers(), 0);
}

/// A memory manager that records the protocol calls it receives.
struct Recording {
    inner: mm_section::SectionMemoryManager,
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl jit_core::memory::MemoryManager for Recording {
    fn name(&self) -> &str {
        "recording"
    }
    fn reserve(
        &mut self,
        code: usize,
        ro: usize,
        rw: usize,
    ) -> Result<(), jit_core::memory::MmError> {
        self.log.lock().unwrap().push("reserve".into());
        self.inner.reserve(code, ro, rw)
    }
    fn allocate(
        &mut self,
        kind: jit_core::memory::SectionKind,
        size: usize,
        align: usize,
        owner: jit_core::memory::ModuleId,
        name: &str,
    ) -> Result<jit_core::memory::Placement, jit_core::memory::MmError> {
        self.log
            .lock()
            .unwrap()
            .push(format!("allocate {name} for {}", owner.0));
        self.inner.allocate(kind, size, align, owner, name)
    }
    fn finalize(&mut self) -> Result<(), jit_core::memory::MmError> {
        self.log.lock().unwrap().push("finalize".into());
        self.inner.finalize()
    }
    fn release(&mut self, owner: jit_core::memory::ModuleId) {
        self.log
            .lock()
            .unwrap()
            .push(format!("release {}", owner.0));
        self.inner.release(owner)
    }
    fn stats(&self) -> jit_core::memory::MmStats {
        self.inner.stats()
    }
}

#[test]
fn a_custom_memory_manager_sees_the_protocol() {
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mm = Recording {
        inner: mm_section::SectionMemoryManager::with_reservation(16 << 20).unwrap(),
        log: log.clone(),
    };
    let mut e = Mcjit::builder()
        .memory_manager(Box::new(mm))
        .build()
        .unwrap();
    assert_eq!(e.memory_manager().name(), "recording");
    let h = e
        .add_object_file(&std::fs::read(common::object("multi_b")).unwrap(), "b.o")
        .unwrap();
    e.add_object_file(&std::fs::read(common::object("multi_a")).unwrap(), "a.o")
        .unwrap();
    e.get_function_address("main").unwrap();
    e.get_function_address("describe").unwrap();
    e.remove_module(h).unwrap();
    let log = log.lock().unwrap().clone();
    assert_eq!(log.first().map(String::as_str), Some("reserve"));
    let first_finalize = log.iter().position(|l| l == "finalize").unwrap();
    assert!(
        log[..first_finalize]
            .iter()
            .any(|l| l == "allocate .text for 0")
    );
    assert!(
        log[..first_finalize]
            .iter()
            .any(|l| l == "allocate .text for 1")
    );
    assert!(
        log[..first_finalize]
            .iter()
            .any(|l| l.starts_with("allocate .stubs")),
        "{log:?}"
    );
    assert_eq!(
        log.iter().filter(|l| *l == "finalize").count(),
        1,
        "the second lookup finalizes nothing: {log:?}"
    );
    assert_eq!(log.last().map(String::as_str), Some("release 0"));
    assert!(
        e.stats().mm.icache_flushes >= 2,
        "two objects' code groups were published"
    );
}
