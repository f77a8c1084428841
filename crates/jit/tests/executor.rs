//! Engines whose code runs in a `jit-executor` (`EngineBuilder::executor`): functions are
//! compiled here and called there, addresses are the executor's, two executors serve one
//! process side by side, a module removed frees its executor memory, a function that kills
//! its process is an error naming the signal, and an executor that is gone is an error
//! rather than a hang.

use jit::jit_core::engine::{EngineError, GenericValue};
use jit::{EngineBuilder, Executor, JitError};

const MODULE: &str = r#"
declare i32 @getpid()
declare i32 @kill(i32, i32)
declare ptr @malloc(i64)

@counter = global i32 5

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

define double @scale(double %x, float %f) {
  %e = fpext float %f to double
  %r = fmul double %x, %e
  ret double %r
}

define i64 @bump() {
  %v = load i32, ptr @counter
  %n = add i32 %v, 1
  store i32 %n, ptr @counter
  %w = sext i32 %n to i64
  ret i64 %w
}

define i32 @pid() {
  %p = call i32 @getpid()
  ret i32 %p
}

define ptr @allocate() {
  %p = call ptr @malloc(i64 16)
  ret ptr %p
}

define i32 @die(i32 %sig) {
  %p = call i32 @getpid()
  %r = call i32 @kill(i32 %p, i32 %sig)
  ret i32 %r
}
"#;

fn engine() -> (Box<dyn jit::jit_core::ExecutionEngine>, Executor) {
    let exec = Executor::launch(&jit_tests::executor_command()).expect("launch jit-executor");
    let mut engine = EngineBuilder::new()
        .opt_level(1)
        .executor(exec.clone())
        .build()
        .expect("engine");
    let module = jit::load_module_str(MODULE, "executor-test.ll").expect("module");
    engine.add_module(module).expect("add");
    (engine, exec)
}

fn int(bits: u32, v: u128) -> GenericValue {
    GenericValue::int(bits, v)
}

#[test]
fn functions_run_in_the_executor() {
    let (mut e, exec) = engine();
    assert_eq!(
        e.run_function("twice", &[int(32, 21)]).unwrap(),
        int(32, 42)
    );
    assert_eq!(
        e.run_function(
            "scale",
            &[GenericValue::Double(1.5), GenericValue::Float(4.0)]
        )
        .unwrap(),
        GenericValue::Double(6.0)
    );
    // Data lives there and keeps its state between calls.
    assert_eq!(e.run_function("bump", &[]).unwrap(), int(64, 6));
    assert_eq!(e.run_function("bump", &[]).unwrap(), int(64, 7));
    let pid = e.run_function("pid", &[]).unwrap().as_i64();
    assert_eq!(pid as u32, exec.setup().pid);
    assert_ne!(pid as u32, std::process::id());
    // Addresses are the executor's: the global's is not readable here, but it is in the
    // range the executor's memory manager reported.
    let counter = e.get_global_value_address("counter").unwrap();
    assert_ne!(counter, 0);
    let heap = e.run_function("allocate", &[]).unwrap();
    assert!(matches!(heap, GenericValue::Pointer(p) if p != 0));
    // Wrong arguments are refused here, before anything is sent.
    assert!(matches!(
        e.run_function("twice", &[GenericValue::Double(1.0)]),
        Err(EngineError::BadArguments { .. })
    ));
}

#[test]
fn two_executors_serve_one_process() {
    let (mut a, ea) = engine();
    let (mut b, eb) = engine();
    assert_ne!(ea.setup().pid, eb.setup().pid);
    assert_eq!(a.run_function("bump", &[]).unwrap(), int(64, 6));
    assert_eq!(a.run_function("bump", &[]).unwrap(), int(64, 7));
    // b's counter is its own.
    assert_eq!(b.run_function("bump", &[]).unwrap(), int(64, 6));
    assert_eq!(
        a.run_function("pid", &[]).unwrap().as_i64() as u32,
        ea.setup().pid
    );
    assert_eq!(
        b.run_function("pid", &[]).unwrap().as_i64() as u32,
        eb.setup().pid
    );
}

#[test]
fn a_program_killed_by_a_signal_is_an_error_naming_it() {
    let (mut e, _exec) = engine();
    match e.run_function("die", &[int(32, libc::SIGSEGV as u128)]) {
        Err(EngineError::Killed { signal }) => assert_eq!(signal, libc::SIGSEGV),
        other => panic!("{other:?}"),
    }
    let msg = EngineError::Killed {
        signal: libc::SIGSEGV,
    }
    .to_string();
    assert_eq!(msg, "program killed by signal 11 (SIGSEGV)");
    // The executor is gone: later calls fail at once.
    assert!(e.run_function("twice", &[int(32, 1)]).is_err());
}

#[test]
fn an_executor_that_vanishes_is_an_error() {
    let (mut e, exec) = engine();
    assert_eq!(e.run_function("twice", &[int(32, 2)]).unwrap(), int(32, 4));
    exec.kill();
    let started = std::time::Instant::now();
    assert!(e.run_function("bump", &[]).is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn removing_a_module_releases_its_memory_there() {
    let exec = Executor::launch(&jit_tests::executor_command()).expect("launch");
    let mut e = EngineBuilder::new()
        .executor(exec)
        .build_mcjit()
        .expect("engine");
    use jit::jit_core::ExecutionEngine;
    let m = jit::load_module_str(MODULE, "executor-test.ll").unwrap();
    let h = e.add_module(m).unwrap();
    assert_eq!(e.run_function("twice", &[int(32, 5)]).unwrap(), int(32, 10));
    let used = e.stats().mm.bytes_used;
    assert!(used > 0);
    e.remove_module(h).unwrap();
    assert_eq!(e.stats().mm.bytes_used, 0);
    assert!(e.stats().mm.notes.contains("in executor"));
    // The engine keeps working with a new module.
    let m = jit::load_module_str(MODULE, "again.ll").unwrap();
    e.add_module(m).unwrap();
    assert_eq!(e.run_function("twice", &[int(32, 6)]).unwrap(), int(32, 12));
}

#[test]
fn what_needs_this_process_is_refused_with_an_executor() {
    let exec = Executor::launch(&jit_tests::executor_command()).expect("launch");
    let err = EngineBuilder::new()
        .executor(exec.clone())
        .tiering(Some(jit::TierPolicy::default()))
        .build()
        .err()
        .expect("tiering is refused");
    assert!(err.to_string().contains("tiering"), "{err}");
    let err = EngineBuilder::new()
        .executor(exec.clone())
        .memory_manager_by_name("pool")
        .build()
        .err()
        .expect("a local memory manager is refused");
    assert!(matches!(err, JitError::NotBuilt(_)), "{err}");
    let err = EngineBuilder::new()
        .executor(exec)
        .kind(jit::EngineKind::Interpreter)
        .build()
        .err()
        .expect("the interpreter is refused");
    assert!(err.to_string().contains("interpreter"), "{err}");
}
