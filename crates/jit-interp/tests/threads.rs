//! Interpreted functions called on threads the interpreter did not start: through their
//! address (a libffi trampoline), from Rust threads, at the same time.

use jit_core::{ExecutionEngine, GenericValue};
use jit_interp::Interpreter;

const SRC: &str = r#"
@counter = thread_local global i64 1000
@total = global i64 0

; The thread's counter through the intrinsic, the shared total with an atomic add.
define i64 @bump(i64 %n) {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @counter)
  %c = load i64, ptr %p
  %c1 = add i64 %c, %n
  store i64 %c1, ptr %p
  %old = atomicrmw add ptr @total, i64 %n seq_cst
  ret i64 %c1
}

; A plain use of the thread-local global means this thread's copy too.
define i64 @peek() {
  %v = load i64, ptr @counter
  ret i64 %v
}

define i64 @total_now() {
  %v = load atomic i64, ptr @total seq_cst, align 8
  ret i64 %v
}

declare ptr @llvm.threadlocal.address.p0(ptr)
"#;

fn engine() -> Interpreter {
    let module = jit_core::reader::parse_module(SRC, "threads.ll").expect("parses");
    let mut e = Interpreter::new();
    e.add_module(module).expect("loads");
    e
}

#[test]
fn threads_have_their_own_thread_locals_and_share_atomics() {
    const THREADS: u64 = 4;
    const CALLS: u64 = 2000;
    let mut e = engine();
    let bump = e.get_global_value_address("bump").unwrap();
    let peek = e.get_global_value_address("peek").unwrap();
    // The owner thread first: its copy is the global itself.
    assert_eq!(
        e.run_function("bump", &[GenericValue::int(64, 5)]).unwrap(),
        GenericValue::int(64, 1005)
    );
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            std::thread::spawn(move || {
                // SAFETY: `bump` and `peek` are trampolines of functions of these types; the
                // engine outlives the threads (they are joined below).
                let (bump, peek) = unsafe {
                    (
                        std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(bump as usize),
                        std::mem::transmute::<usize, extern "C" fn() -> i64>(peek as usize),
                    )
                };
                let mut last = 0;
                for _ in 0..CALLS {
                    last = bump(t as i64 + 1);
                }
                (last, peek())
            })
        })
        .collect();
    for (t, h) in handles.into_iter().enumerate() {
        let (last, seen) = h.join().unwrap();
        let want = 1000 + CALLS as i64 * (t as i64 + 1);
        assert_eq!((last, seen), (want, want), "thread {t}");
    }
    // The owner's copy is untouched by the other threads.
    assert_eq!(
        e.run_function("peek", &[]).unwrap(),
        GenericValue::int(64, 1005)
    );
    let total = 5 + CALLS * (1..=THREADS).sum::<u64>();
    assert_eq!(
        e.run_function("total_now", &[]).unwrap(),
        GenericValue::int(64, u128::from(total))
    );
}
