//! The interpreter lock under contention: threads that interpret while they take turns on
//! a pthread mutex and condition variable, on threads of the host and threads the program
//! starts, with a watchdog so that a hand-over that loses its wake-up fails the test
//! instead of hanging it.
//!
//! Every native call releases the lock and retakes it, so these programs hand it over
//! hundreds of thousands of times. A lost wake-up is a deadlock here: the thread that
//! missed it holds the pthread mutex and waits for the interpreter lock, while the one that
//! released the lock without waking it blocks on that mutex. Under QEMU (test-arm) the
//! lock's former hand-over lost such wake-ups within minutes in the last two scenarios (see
//! `Gil` in `src/threads.rs`). Each scenario repeats for about a second
//! (`JIT_INTERP_STRESS_SECS` sets another duration, for long runs by hand).

use jit_core::{ExecutionEngine, GenericValue};
use jit_interp::Interpreter;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const SRC: &str = r#"
; Large enough for a pthread_mutex_t / pthread_cond_t on x86-64 and AArch64 (40/48 bytes);
; all zeros is PTHREAD_MUTEX_INITIALIZER / PTHREAD_COND_INITIALIZER in glibc.
@mu = global [64 x i8] zeroinitializer, align 16
@cv = global [64 x i8] zeroinitializer, align 16
@counter = global i64 0
@turn = global i64 0

declare i32 @pthread_mutex_lock(ptr)
declare i32 @pthread_mutex_unlock(ptr)
declare i32 @pthread_cond_wait(ptr, ptr)
declare i32 @pthread_cond_broadcast(ptr)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)

; %n times: lock, increment the counter, unlock.
define i64 @hammer(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %a = call i32 @pthread_mutex_lock(ptr @mu)
  %c = load i64, ptr @counter
  %c1 = add i64 %c, 1
  store i64 %c1, ptr @counter
  %b = call i32 @pthread_mutex_unlock(ptr @mu)
  %i1 = add i64 %i, 1
  %done = icmp uge i64 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i64 %i1
}

; %n rounds of waiting (pthread_cond_wait) until `turn % %k == %id`, then passing the turn on.
define i64 @take_turns(i64 %id, i64 %k, i64 %n) {
entry:
  br label %round
round:
  %r = phi i64 [ 0, %entry ], [ %r1, %go ]
  %a = call i32 @pthread_mutex_lock(ptr @mu)
  br label %check
check:
  %t = load i64, ptr @turn
  %m = urem i64 %t, %k
  %mine = icmp eq i64 %m, %id
  br i1 %mine, label %go, label %wait
wait:
  %w = call i32 @pthread_cond_wait(ptr @cv, ptr @mu)
  br label %check
go:
  %t1 = add i64 %t, 1
  store i64 %t1, ptr @turn
  %b = call i32 @pthread_cond_broadcast(ptr @cv)
  %u = call i32 @pthread_mutex_unlock(ptr @mu)
  %r1 = add i64 %r, 1
  %done = icmp uge i64 %r1, %n
  br i1 %done, label %exit, label %round
exit:
  ret i64 %r1
}

define ptr @spawned(ptr %arg) {
  %n = ptrtoint ptr %arg to i64
  %r = call i64 @hammer(i64 %n)
  ret ptr null
}

; Starts %threads threads (at most 8) running @hammer(%n) and joins them; returns the counter.
define i64 @spawn_and_join(i64 %threads, i64 %n) {
entry:
  %ids = alloca [8 x i64], align 8
  %arg = inttoptr i64 %n to ptr
  br label %create
create:
  %i = phi i64 [ 0, %entry ], [ %i1, %create ]
  %slot = getelementptr [8 x i64], ptr %ids, i64 0, i64 %i
  %c = call i32 @pthread_create(ptr %slot, ptr null, ptr @spawned, ptr %arg)
  %i1 = add i64 %i, 1
  %cdone = icmp uge i64 %i1, %threads
  br i1 %cdone, label %join, label %create
join:
  %j = phi i64 [ 0, %create ], [ %j1, %join ]
  %jslot = getelementptr [8 x i64], ptr %ids, i64 0, i64 %j
  %id = load i64, ptr %jslot
  %r = call i32 @pthread_join(i64 %id, ptr null)
  %j1 = add i64 %j, 1
  %jdone = icmp uge i64 %j1, %threads
  br i1 %jdone, label %exit, label %join
exit:
  %v = load i64, ptr @counter
  ret i64 %v
}
"#;

fn engine() -> Interpreter {
    let module = jit_core::reader::parse_module(SRC, "lock_handover.ll").expect("parses");
    let mut e = Interpreter::new();
    e.add_module(module).expect("loads");
    e
}

/// How long each scenario repeats. Under QEMU, keep long runs to a minute or so per test
/// process: each new interpreter thread reserves a 256 MiB alloca stack, and QEMU keeps about
/// 2 MB of page bookkeeping per such mapping after it is unmapped (some 100 MB a second here).
fn budget() -> Duration {
    let secs = std::env::var("JIT_INTERP_STRESS_SECS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(1.0);
    Duration::from_secs_f64(secs)
}

/// How long one round may take before the test calls it a hang: far above a round's time
/// (milliseconds natively, a few hundred under QEMU) even on a loaded machine.
const ROUND_LIMIT: Duration = Duration::from_secs(60);

/// Runs `round` (with the round's number) again and again for [`budget`] on a thread of its
/// own, and fails if one round does not finish within [`ROUND_LIMIT`]: the threads of a
/// hung round stay blocked, so waiting for them would hang the test binary instead.
fn repeat_with_watchdog(what: &str, round: fn(u64)) {
    let (tx, rx) = mpsc::channel::<u64>();
    let budget = budget();
    std::thread::spawn(move || {
        let start = Instant::now();
        let mut n = 0;
        while n == 0 || start.elapsed() < budget {
            round(n);
            n += 1;
            if tx.send(n).is_err() {
                return;
            }
        }
    });
    let mut rounds = 0;
    loop {
        match rx.recv_timeout(ROUND_LIMIT) {
            Ok(n) => rounds = n,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!(
                "{what}: round {} made no progress in {ROUND_LIMIT:?} (the interpreter lock \
                 was released without waking a waiter)",
                rounds + 1
            ),
        }
    }
    eprintln!("{what}: {rounds} rounds");
}

/// Calls `name` with `args(thread)` on `threads` host threads at once, through its native
/// address, and joins them.
fn on_host_threads(e: &mut Interpreter, name: &str, threads: u64, args: fn(u64) -> Vec<i64>) {
    let addr = e.get_global_value_address(name).expect("defined") as usize;
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let a = args(t);
            std::thread::spawn(move || {
                // SAFETY: `addr` is the trampoline of a function taking `a.len()` i64s and
                // returning an i64 (see SRC); the engine outlives the threads (joined below).
                unsafe {
                    match a[..] {
                        [x] => std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(addr)(x),
                        [x, y, z] => std::mem::transmute::<
                            usize,
                            extern "C" fn(i64, i64, i64) -> i64,
                        >(addr)(x, y, z),
                        _ => unreachable!("no such function in SRC"),
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("thread");
    }
}

fn counter(e: &mut Interpreter) -> i64 {
    let addr = e.get_global_value_address("counter").expect("defined");
    // SAFETY: @counter is an i64 global of the engine, which is alive; no thread runs now.
    unsafe { *(addr as *const i64) }
}

#[test]
fn host_threads_contending_on_a_mutex_hand_the_lock_over() {
    const PER_THREAD: i64 = 2000;
    repeat_with_watchdog("mutex, host threads", |round| {
        // Two threads is the tightest ping-pong; four keep several waiters queued.
        let threads = if round % 2 == 0 { 2 } else { 4 };
        let mut e = engine();
        on_host_threads(&mut e, "hammer", threads, |_| vec![PER_THREAD]);
        assert_eq!(counter(&mut e), PER_THREAD * threads as i64);
    });
}

#[test]
fn host_threads_taking_turns_on_a_condition_variable() {
    const THREADS: u64 = 3;
    const ROUNDS: i64 = 300;
    repeat_with_watchdog("condition variable, host threads", |_| {
        let mut e = engine();
        on_host_threads(&mut e, "take_turns", THREADS, |t| {
            vec![t as i64, THREADS as i64, ROUNDS]
        });
        let turn = e.get_global_value_address("turn").expect("defined");
        // SAFETY: @turn is an i64 global of the live engine; the threads were joined.
        assert_eq!(unsafe { *(turn as *const i64) }, ROUNDS * THREADS as i64);
    });
}

#[test]
fn threads_the_program_starts_and_joins_hand_the_lock_over() {
    const THREADS: u64 = 3;
    const PER_THREAD: i64 = 2000;
    repeat_with_watchdog("pthread_create/pthread_join", |_| {
        let mut e = engine();
        let got = e
            .run_function(
                "spawn_and_join",
                &[
                    GenericValue::int(64, u128::from(THREADS)),
                    GenericValue::int(64, PER_THREAD as u128),
                ],
            )
            .expect("runs");
        assert_eq!(got.as_i64(), PER_THREAD * THREADS as i64);
    });
}
