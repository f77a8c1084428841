//! Tiered execution on the native engine: functions replaced by optimized code while they
//! run, under every memory manager, with addresses that escaped into data, recursion,
//! threads, `setjmp`, functions that cannot be replaced, and module removal with requests
//! still queued. Deterministic tests use threshold 1 and synchronous tier-up (the thread
//! whose counter ran out waits for the replacement).

use jit::jit_core::engine::{ExecutionEngine, ModuleHandle};
use jit::{Mcjit, McjitBuilder, TierPolicy};

const MODULE: &str = r#"
@count = internal global i32 0
@table = global [2 x ptr] [ptr @add1, ptr @twice]

define internal void @bump() noinline {
  %v = atomicrmw add ptr @count, i32 1 seq_cst
  ret void
}

define i32 @add1(i32 %x) {
  call void @bump()
  %r = add i32 %x, 1
  ret i32 %r
}

define i32 @twice(i32 %x) {
  call void @bump()
  %r = shl i32 %x, 1
  ret i32 %r
}

define i32 @calls() {
  %v = load i32, ptr @count
  ret i32 %v
}

define i32 @via_table(i32 %i, i32 %x) {
  %p = getelementptr [2 x ptr], ptr @table, i32 0, i32 %i
  %f = load ptr, ptr %p
  %r = call i32 %f(i32 %x)
  ret i32 %r
}

define i64 @sum_to(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %s1 = add i64 %s, %i
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  ret i64 %s1
}

define i32 @fib(i32 %n) {
  %small = icmp slt i32 %n, 2
  br i1 %small, label %base, label %rec
base:
  ret i32 %n
rec:
  %a = sub i32 %n, 1
  %fa = call i32 @fib(i32 %a)
  %b = sub i32 %n, 2
  %fb = call i32 @fib(i32 %b)
  %r = add i32 %fa, %fb
  ret i32 %r
}

define i32 @pick(i32 %i) {
entry:
  %c = icmp eq i32 %i, 1
  %target = select i1 %c, ptr blockaddress(@pick, %one), ptr blockaddress(@pick, %two)
  indirectbr ptr %target, [label %one, label %two]
one:
  ret i32 10
two:
  ret i32 20
}
"#;

fn native() -> bool {
    matches!(std::env::consts::ARCH, "x86_64" | "aarch64")
}

fn policy(threshold: u32, synchronous: bool) -> Option<TierPolicy> {
    Some(TierPolicy {
        threshold,
        synchronous,
        ..TierPolicy::default()
    })
}

fn engine_with(manager: &str, tiering: Option<TierPolicy>) -> (Mcjit, ModuleHandle) {
    let mut e = McjitBuilder::new()
        .backend(jit::native_backend().unwrap())
        .memory_manager(jit::create_memory_manager(manager).unwrap())
        .tiering(tiering)
        .build()
        .unwrap();
    let m = jit::load_module_str(MODULE, "tiering.ll").unwrap();
    let h = e.add_module(m).unwrap();
    (e, h)
}

/// `name` as a C function pointer of type `F`.
fn function<F: Copy>(e: &mut Mcjit, name: &str) -> F {
    let a = e.get_function_address(name).unwrap();
    assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<usize>());
    // SAFETY: the callers name functions of MODULE with the C type `F`.
    unsafe { std::mem::transmute_copy(&(a as usize)) }
}

#[test]
fn replacement_keeps_addresses_and_shares_state_under_every_manager() {
    if !native() {
        return;
    }
    for name in managers() {
        let (mut e, _) = engine_with(name, policy(1, true));
        let before = e.get_function_address("add1").unwrap();
        let add1: extern "C" fn(i32) -> i32 = function(&mut e, "add1");
        let calls: extern "C" fn() -> i32 = function(&mut e, "calls");
        assert_eq!(add1(1), 2, "{}: first call, tier 0", name);
        let published = e.stats().tier.published;
        assert!(
            published >= 1,
            "{}: add1 (and bump) replaced: {:?}",
            name,
            e.stats().tier
        );
        assert_eq!(add1(41), 42, "{}: replacement", name);
        assert_eq!(
            calls(),
            2,
            "{}: tier-0 and optimized code share the internal global",
            name
        );
        assert_eq!(e.get_function_address("add1").unwrap(), before);
        assert_eq!(e.stats().tier.failed, 0, "{}", name);
    }
}

#[test]
fn pointers_stored_in_data_reach_the_replacement() {
    if !native() {
        return;
    }
    let (mut e, _) = engine_with("section", policy(1, true));
    let via_table: extern "C" fn(i32, i32) -> i32 = function(&mut e, "via_table");
    let calls: extern "C" fn() -> i32 = function(&mut e, "calls");
    for round in 0..3 {
        assert_eq!(via_table(0, 5), 6, "round {round}");
        assert_eq!(via_table(1, 5), 10, "round {round}");
    }
    assert_eq!(calls(), 6);
    assert!(e.stats().tier.published >= 3, "{:?}", e.stats().tier);
}

#[test]
fn recursion_tiers_up_mid_recursion() {
    if !native() {
        return;
    }
    for threshold in [1, 7, 500] {
        let (mut e, _) = engine_with("section", policy(threshold, true));
        let fib: extern "C" fn(i32) -> i32 = function(&mut e, "fib");
        assert_eq!(fib(24), 46368, "threshold {threshold}");
        assert_eq!(fib(10), 55);
        assert!(e.stats().tier.published >= 1, "{:?}", e.stats().tier);
    }
}

#[test]
fn loops_count_toward_tier_up() {
    if !native() {
        return;
    }
    let (mut e, _) = engine_with("section", policy(1000, true));
    let sum_to: extern "C" fn(i64) -> i64 = function(&mut e, "sum_to");
    // One call, many iterations: the loop's count makes the next call optimized.
    assert_eq!(sum_to(100_000), 4_999_950_000);
    assert_eq!(e.stats().tier.published, 1, "{:?}", e.stats().tier);
    assert_eq!(sum_to(10), 45);
}

#[test]
fn threads_call_functions_while_they_tier_up() {
    if !native() {
        return;
    }
    for manager in managers() {
        threads_call_while_tiering_up(manager);
    }
}

/// Every manager of this build, `pool` included under QEMU: its emulator workaround (see
/// mm-pool's `Quarantine`) never takes execute permission from a page another thread may be
/// running in, which this test's six threads would notice.
fn managers() -> Vec<&'static str> {
    jit::available_memory_managers()
        .iter()
        .map(|f| f.name)
        .collect()
}

fn threads_call_while_tiering_up(manager: &str) {
    let (mut e, _) = engine_with(manager, policy(50, false));
    let sum_to: extern "C" fn(i64) -> i64 = function(&mut e, "sum_to");
    let fib: extern "C" fn(i32) -> i32 = function(&mut e, "fib");
    let add1: extern "C" fn(i32) -> i32 = function(&mut e, "add1");
    std::thread::scope(|s| {
        for t in 0..6i64 {
            s.spawn(move || {
                for i in 0..3000i64 {
                    let n = (i + t) % 97;
                    assert_eq!(sum_to(n.max(1)), n.max(1) * (n.max(1) - 1) / 2);
                    assert_eq!(add1(i as i32), i as i32 + 1);
                    if i % 100 == 0 {
                        assert_eq!(fib(15), 610);
                    }
                }
            });
        }
    });
    e.wait_for_tier_up();
    let calls: extern "C" fn() -> i32 = function(&mut e, "calls");
    assert_eq!(calls(), 6 * 3000, "no call lost while code was swapped");
    let stats = e.stats().tier;
    assert!(stats.published >= 3, "{manager}: {stats:?}");
    assert_eq!(stats.failed, 0, "{manager}: {stats:?}");
}

#[test]
fn functions_whose_blocks_are_addressed_are_optimized_from_the_start() {
    if !native() {
        return;
    }
    let (mut e, _) = engine_with("section", policy(1, true));
    let pick: extern "C" fn(i32) -> i32 = function(&mut e, "pick");
    for _ in 0..3 {
        assert_eq!((pick(1), pick(2)), (10, 20));
    }
    // Never replaceable (data may hold addresses into it), so compiled by the optimizing
    // tier up front, without counters: no request is ever made for it.
    let stats = e.stats().tier;
    assert_eq!((stats.requests, stats.failed), (0, 0), "{stats:?}");
}

#[test]
fn removing_a_module_with_requests_queued() {
    if !native() {
        return;
    }
    for _ in 0..20 {
        let (mut e, h) = engine_with("section", policy(1, false));
        let add1: extern "C" fn(i32) -> i32 = function(&mut e, "add1");
        let fib: extern "C" fn(i32) -> i32 = function(&mut e, "fib");
        assert_eq!(add1(1), 2);
        assert_eq!(fib(12), 144);
        e.remove_module(h).unwrap();
        // The engine goes on with another copy of the module.
        let h2 = e
            .add_module(jit::load_module_str(MODULE, "again.ll").unwrap())
            .unwrap();
        let fib: extern "C" fn(i32) -> i32 = function(&mut e, "fib");
        assert_eq!(fib(20), 6765);
        e.wait_for_tier_up();
        assert_eq!(fib(20), 6765);
        e.remove_module(h2).unwrap();
    }
}

#[test]
fn setjmp_functions_tier_up_correctly() {
    if !native() {
        return;
    }
    let text = r#"
@buf = internal global [64 x i64] zeroinitializer

declare i32 @_setjmp(ptr) returns_twice
declare void @longjmp(ptr, i32) noreturn

define internal void @jump(i32 %v) noinline {
  call void @longjmp(ptr @buf, i32 %v)
  unreachable
}

define i32 @catches(i32 %v) {
entry:
  %local = alloca i32
  store volatile i32 100, ptr %local
  %r = call i32 @_setjmp(ptr @buf)
  %first = icmp eq i32 %r, 0
  br i1 %first, label %throw, label %caught
throw:
  store volatile i32 200, ptr %local
  call void @jump(i32 %v)
  unreachable
caught:
  %l = load volatile i32, ptr %local
  %s = add i32 %l, %r
  ret i32 %s
}
"#;
    let mut e = McjitBuilder::new()
        .backend(jit::native_backend().unwrap())
        .tiering(policy(1, true))
        .build()
        .unwrap();
    e.add_module(jit::load_module_str(text, "setjmp.ll").unwrap())
        .unwrap();
    let catches: extern "C" fn(i32) -> i32 = function(&mut e, "catches");
    for v in 1..5 {
        assert_eq!(catches(v), 200 + v);
    }
}

#[test]
fn dropping_an_engine_while_it_compiles() {
    if !native() {
        return;
    }
    for _ in 0..10 {
        let (mut e, _) = engine_with("section", policy(1, false));
        let fib: extern "C" fn(i32) -> i32 = function(&mut e, "fib");
        let sum_to: extern "C" fn(i64) -> i64 = function(&mut e, "sum_to");
        assert_eq!(fib(10), 55);
        assert_eq!(sum_to(10), 45);
        drop(e);
    }
}

#[test]
fn without_tiering_nothing_counts() {
    if !native() {
        return;
    }
    let (mut e, _) = engine_with("section", None);
    let fib: extern "C" fn(i32) -> i32 = function(&mut e, "fib");
    assert_eq!(fib(20), 6765);
    assert_eq!(e.stats().tier, Default::default());
    assert!(e.tier_policy().is_none());
}

#[test]
fn a_looping_main_is_optimized_before_it_runs_unless_its_loops_can_move() {
    if !native() {
        return;
    }
    // Tier 0 can leave this loop mid-way (on-stack replacement): nothing is compiled before
    // `main` runs, and with a threshold the loop moves to optimized code as it runs.
    let looping = r#"
define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 1000
  br i1 %c, label %loop, label %done
done:
  %r = sub i32 %i1, 1000
  ret i32 %r
}
"#;
    // A vector accumulator needs legalization, so tier 0 cannot leave this loop: `main` is
    // replaced before it runs.
    let vector = r#"
define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %v = phi <2 x i32> [ zeroinitializer, %entry ], [ %v1, %loop ]
  %v1 = add <2 x i32> %v, <i32 1, i32 2>
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, 1000
  br i1 %c, label %loop, label %done
done:
  %a = extractelement <2 x i32> %v1, i32 1
  %r = sub i32 %a, 2000
  ret i32 %r
}
"#;
    let straight = "define i32 @main() {\n  ret i32 3\n}\n";
    for (text, threshold, published, osr, code) in [
        (looping, u32::MAX, 0, 0, 0),
        (looping, 10, 1, 1, 0),
        (vector, u32::MAX, 1, 0, 0),
        (straight, u32::MAX, 0, 0, 3),
    ] {
        let mut e = McjitBuilder::new()
            .backend(jit::native_backend().unwrap())
            .tiering(policy(threshold, true))
            .build()
            .unwrap();
        e.add_module(jit::load_module_str(text, "main.ll").unwrap())
            .unwrap();
        assert_eq!(e.run_main(&["main".into()], &[]).unwrap(), code);
        let stats = e.stats().tier;
        assert_eq!(
            (stats.published, stats.osr_entries),
            (published, osr),
            "{text} at {threshold}: {stats:?}"
        );
    }
}

/// Functions whose one call is a long loop: tier 0 leaves the loop for an OSR entry.
const LONG_LOOPS: &str = r#"
declare void @touch(ptr)

; One loop, values from before it (%n, %k) and carried around it.
define i64 @sum_squares(i64 %n, i64 %k) {
entry:
  %k2 = mul i64 %k, 2
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %sq = mul i64 %i, %i
  %t = add i64 %sq, %k2
  %s1 = add i64 %s, %t
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %r = add i64 %s1, %k
  ret i64 %r
}

; Nested loops: entering at the inner header, the outer loop's values (%row, %acc) are
; defined again by the outer header later on.
define i32 @grid(i32 %rows, i32 %cols) {
entry:
  br label %outer
outer:
  %row = phi i32 [ 0, %entry ], [ %row1, %outer.latch ]
  %acc = phi i32 [ 7, %entry ], [ %acc.out, %outer.latch ]
  %base = mul i32 %row, 31
  br label %inner
inner:
  %col = phi i32 [ 0, %outer ], [ %col1, %inner ]
  %a = phi i32 [ %acc, %outer ], [ %a1, %inner ]
  %x = add i32 %base, %col
  %y = xor i32 %x, %a
  %a1 = add i32 %y, %row
  %col1 = add i32 %col, 1
  %ci = icmp slt i32 %col1, %cols
  br i1 %ci, label %inner, label %outer.latch
outer.latch:
  %acc.out = phi i32 [ %a1, %inner ]
  %row1 = add i32 %row, 1
  %co = icmp slt i32 %row1, %rows
  br i1 %co, label %outer, label %done
done:
  ret i32 %acc.out
}

; A stack array whose address escapes, and a double accumulator.
define double @buffer(i32 %n) {
entry:
  %buf = alloca [64 x i32], align 16
  call void @touch(ptr %buf)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %f = phi double [ 0.5, %entry ], [ %f1, %loop ]
  %slot = and i32 %i, 63
  %p = getelementptr inbounds [64 x i32], ptr %buf, i32 0, i32 %slot
  %old = load i32, ptr %p
  %new = add i32 %old, %i
  store i32 %new, ptr %p
  %fi = sitofp i32 %new to double
  %f1 = fadd double %f, %fi
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %last = getelementptr inbounds [64 x i32], ptr %buf, i32 0, i32 5
  %v = load i32, ptr %last
  %fv = sitofp i32 %v to double
  %r = fadd double %f1, %fv
  ret double %r
}
"#;

extern "C" fn touch(p: *mut i32) {
    for k in 0..64 {
        // SAFETY: `buffer` passes its 64-element array.
        unsafe { *p.add(k) = k as i32 };
    }
}

fn sum_squares(n: i64, k: i64) -> i64 {
    (0..n).map(|i| i * i + 2 * k).sum::<i64>() + k
}

fn grid(rows: i32, cols: i32) -> i32 {
    let mut acc = 7i32;
    for row in 0..rows {
        let base = row.wrapping_mul(31);
        let mut a = acc;
        for col in 0..cols {
            a = ((base.wrapping_add(col)) ^ a).wrapping_add(row);
        }
        acc = a;
    }
    acc
}

fn buffer(n: i32) -> f64 {
    let mut buf: Vec<i32> = (0..64).collect();
    let mut f = 0.5f64;
    for i in 0..n {
        let s = (i & 63) as usize;
        buf[s] = buf[s].wrapping_add(i);
        f += f64::from(buf[s]);
    }
    f + f64::from(buf[5])
}

#[test]
fn long_loops_continue_in_optimized_code() {
    if !native() {
        return;
    }
    for (manager, synchronous) in [("section", true), ("pool", true), ("section", false)] {
        let mut e = McjitBuilder::new()
            .backend(jit::native_backend().unwrap())
            .memory_manager(jit::create_memory_manager(manager).unwrap())
            .tiering(policy(100, synchronous))
            .build()
            .unwrap();
        e.add_global_mapping("touch", touch as extern "C" fn(*mut i32) as usize as u64);
        e.add_module(jit::load_module_str(LONG_LOOPS, "loops.ll").unwrap())
            .unwrap();
        let sum: extern "C" fn(i64, i64) -> i64 = function(&mut e, "sum_squares");
        let grid_fn: extern "C" fn(i32, i32) -> i32 = function(&mut e, "grid");
        let buffer_fn: extern "C" fn(i32) -> f64 = function(&mut e, "buffer");
        // One call each, long enough to cross the threshold inside the loop.
        assert_eq!(sum(300_000, 5), sum_squares(300_000, 5), "{manager}");
        assert_eq!(grid_fn(300, 1000), grid(300, 1000), "{manager}");
        assert_eq!(buffer_fn(200_000), buffer(200_000), "{manager}");
        if synchronous {
            let stats = e.stats().tier;
            assert_eq!(stats.osr_entries, 3, "{manager}: {stats:?}");
            assert_eq!(stats.failed, 0, "{manager}: {stats:?}");
        }
        // Short calls stay right too, before and after the replacements.
        assert_eq!(sum(3, 1), sum_squares(3, 1));
        assert_eq!(grid_fn(2, 3), grid(2, 3));
        e.wait_for_tier_up();
        assert_eq!(sum(1000, 2), sum_squares(1000, 2));
        assert_eq!(grid_fn(20, 30), grid(20, 30));
        assert_eq!(buffer_fn(1000), buffer(1000));
    }
}
