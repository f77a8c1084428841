//! Differential test: the reference interpreter is the oracle for the native engine. Every
//! corpus function that can be called directly by name (external linkage) — integer
//! parameters only (so no pointer has to be made up), an integer or void result — is called
//! with a few small argument tuples on both engines, and the results must agree.
//!
//! The interpreter runs first. A call it refuses (division by zero, a null dereference, an
//! `exit()`, an unknown intrinsic) or that fails is not repeated natively, where the same
//! call would trap or end the test process instead of reporting an error.
//!
//! Each module is compared in a child process (this test binary re-executed) with a time
//! limit, because a function called with made-up arguments may not terminate (`ack(7, 7)`);
//! a module that runs out of time is reported and skipped, not failed. The child silences
//! the programs' stdout.

use jit::jit_core::ir::{Module, Type, TypeData};
use jit::jit_core::{ExecutionEngine, GenericValue};
use jit::{EngineBuilder, EngineKind};

/// Argument values tried for every integer parameter (as tuples: all params get the same
/// index of this list, plus one mixed tuple).
const ARGS: [u64; 3] = [0, 1, 2];

/// Wall-clock limit for comparing one module.
const MODULE_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Set in the child: the module it compares.
const CHILD_ENV: &str = "JIT_DIFFERENTIAL_MODULE";

/// Set in the child: `name:index` calls (comma-separated) not to make, because an earlier
/// child crashed in the interpreter on them (made-up arguments, e.g. a bad pointer cast
/// from an integer).
const SKIP_ENV: &str = "JIT_DIFFERENTIAL_SKIP";

/// Values whose bits are not defined by C, so the engines may legitimately differ.
const UNDEFINED_RESULTS: &[(&str, &str)] = &[
    // Returns `struct { char; short; }` coerced to i32: byte 1 is padding.
    ("struct_small", "tiny_make"),
];

const TEST_NAME: &str =
    "native_engine_agrees_with_the_interpreter_on_every_directly_callable_function";

fn callable_signature(m: &Module, ty: Type) -> Option<Vec<u32>> {
    let (ret, params, varargs) = m.types.function_sig(ty)?;
    // `run_function` passes integers of at most 64 bits (AArch64 IR returns `i128` where
    // x86-64 IR returns `{ i64, i64 }`).
    let small_int = matches!(m.types.data(ret), TypeData::Int(bits) if *bits <= 64);
    if varargs || !(ret == Type::VOID || small_int) {
        return None;
    }
    params
        .iter()
        .map(|&p| match m.types.data(p) {
            TypeData::Int(bits) if *bits <= 64 => Some(*bits),
            _ => None,
        })
        .collect()
}

fn engine(kind: EngineKind, module: Module) -> Box<dyn ExecutionEngine> {
    let mut e = EngineBuilder::new().kind(kind).build().expect("engine");
    e.add_module(module).expect("add module");
    e
}

/// Silences fd 1 while alive (corpus functions print).
struct MuteStdout(i32);

impl MuteStdout {
    fn new() -> Self {
        // SAFETY: plain file-descriptor calls on fds this process owns; the saved copy of fd 1
        // is restored in `drop`.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            let saved = libc::dup(1);
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
            libc::dup2(null, 1);
            libc::close(null);
            MuteStdout(saved)
        }
    }
}

impl Drop for MuteStdout {
    fn drop(&mut self) {
        // SAFETY: restores the fd saved in `new`.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            libc::dup2(self.0, 1);
            libc::close(self.0);
        }
    }
}

/// Compares one module (in the child); prints `COMPARED n` and `MISMATCH ...` lines on
/// stderr, and `INTERP name:index` / `NATIVE name:index` before each call so that the parent
/// knows which call a crash happened in.
fn compare_module(path: &std::path::Path) {
    let skip: Vec<String> = std::env::var(SKIP_ENV)
        .unwrap_or_default()
        .split(',')
        .map(str::to_owned)
        .collect();
    let module = jit::load_module_file(path).expect("corpus module loads");
    let candidates: Vec<(String, Vec<u32>)> = module
        .functions
        .values()
        // Internal functions have no engine-wide name on the native engine (as in MCJIT).
        .filter(|f| !f.is_declaration() && !f.linkage.is_local() && f.name.as_ref() != "main")
        .filter_map(|f| Some((f.name.to_string(), callable_signature(&module, f.ty)?)))
        .collect();
    let mut interp = engine(EngineKind::Interpreter, module.clone());
    let mut native = engine(EngineKind::Mcjit, module);
    let mute = MuteStdout::new();
    let mut compared = 0usize;
    for (name, params) in &candidates {
        let mut tuples: Vec<Vec<u64>> = ARGS.iter().map(|&a| vec![a; params.len()]).collect();
        tuples.push(
            (0..params.len())
                .map(|i| ARGS[i % ARGS.len()] + 1)
                .collect(),
        );
        for (index, tuple) in tuples.into_iter().enumerate() {
            let call = format!("{name}:{index}");
            if skip.contains(&call) {
                continue;
            }
            let args: Vec<GenericValue> = params
                .iter()
                .zip(&tuple)
                .map(|(&bits, &v)| GenericValue::int(bits, u128::from(v)))
                .collect();
            eprintln!("INTERP {call}");
            let Ok(want) = interp.run_function(name, &args) else {
                continue;
            };
            eprintln!("NATIVE {call}");
            let got = native.run_function(name, &args);
            compared += 1;
            match got {
                Ok(got) if got == want => {}
                other => {
                    eprintln!("MISMATCH @{name}{tuple:?}: interpreter {want:?}, native {other:?}")
                }
            }
        }
    }
    drop(mute);
    eprintln!("COMPARED {compared}");
}

/// Runs the comparison of one module in a child; `None` when it ran out of time.
fn run_child(
    exe: &std::path::Path,
    module: &std::path::Path,
    skip: &[String],
) -> Option<(std::process::ExitStatus, String)> {
    let mut child = jit_tests::command(exe)
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, module)
        .env(SKIP_ENV, skip.join(","))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("re-run the test binary");
    // Drain stderr on a thread so a chatty child never blocks on a full pipe.
    let mut pipe = child.stderr.take().expect("piped stderr");
    let reader = std::thread::spawn(move || {
        use std::io::Read as _;
        let mut err = String::new();
        let _ = pipe.read_to_string(&mut err);
        err
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break Some(status);
        }
        if started.elapsed() > MODULE_TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let err = reader.join().unwrap_or_default();
    status.map(|s| (s, err))
}

#[test]
fn native_engine_agrees_with_the_interpreter_on_every_directly_callable_function() {
    if let Some(path) = std::env::var_os(CHILD_ENV) {
        compare_module(std::path::Path::new(&path));
        return;
    }
    if jit::native_backend().is_err() {
        eprintln!("no native backend for this host: differential test skipped");
        return;
    }
    let arch = std::env::consts::ARCH;
    let exe = std::env::current_exe().expect("test binary path");
    let mut compared = 0usize;
    let mut problems = Vec::new();
    for p in jit_tests::programs() {
        for opt in ["O0", "O2"] {
            let path = p.ll_path(arch, opt);
            let label = format!("{}.{opt}", p.name);
            let mut skip: Vec<String> = Vec::new();
            loop {
                let Some((status, err)) = run_child(&exe, &path, &skip) else {
                    eprintln!(
                        "{label}: over {MODULE_TIME_LIMIT:?} (a call that does not terminate): skipped"
                    );
                    break;
                };
                let mut last_call = None;
                for line in err.lines() {
                    if let Some(n) = line.strip_prefix("COMPARED ") {
                        compared += n.trim().parse::<usize>().unwrap_or(0);
                    } else if let Some(m) = line.strip_prefix("MISMATCH ") {
                        let undefined = UNDEFINED_RESULTS
                            .iter()
                            .any(|(prog, f)| *prog == p.name && m.starts_with(&format!("@{f}[")));
                        if !undefined {
                            problems.push(format!("{label} {m}"));
                        }
                    } else if let Some(c) = line.strip_prefix("INTERP ") {
                        last_call = Some((false, c.to_string()));
                    } else if let Some(c) = line.strip_prefix("NATIVE ") {
                        last_call = Some((true, c.to_string()));
                    }
                }
                if status.success() {
                    break;
                }
                match last_call {
                    // The interpreter itself died on made-up arguments: skip that call.
                    Some((false, call)) if skip.len() < 20 => skip.push(call),
                    Some((true, call)) => {
                        problems.push(format!(
                            "{label} @{call}: the interpreter returned, native code crashed ({status})"
                        ));
                        skip.push(call);
                    }
                    _ => {
                        problems.push(format!(
                            "{label}: comparison process failed ({status}):\n{err}"
                        ));
                        break;
                    }
                }
            }
        }
    }
    eprintln!("compared {compared} calls");
    assert!(
        compared > 100,
        "only {compared} calls compared: the filter is too strict"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
