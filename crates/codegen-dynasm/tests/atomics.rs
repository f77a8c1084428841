//! Atomic instructions compiled by the backend of the host (x86-64 natively, AArch64
//! natively or under `cargo xtask test-arm`), loaded by the real engine and called: every
//! `atomicrmw` operation at every width and with every ordering against reference
//! semantics, `cmpxchg`, atomic loads and stores, fences, and several native threads
//! hammering one counter and one spinlock.

#![cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]

mod support;

use jit_core::ir::RmwOp;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use support::engine::{addr, parse_host};

/// The real engine with the host backend, `text` verified and added.
fn engine(text: &str) -> jit_mcjit::Mcjit {
    support::engine::engine(parse_host(text))
}

const WIDTHS: [u32; 4] = [8, 16, 32, 64];
const ORDERINGS: [&str; 5] = ["monotonic", "acquire", "release", "acq_rel", "seq_cst"];
const SAMPLES: [u64; 9] = [
    0,
    1,
    2,
    0x7f,
    0x80,
    0xffff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    0x1234_5678_9abc_def0,
    0x7fff_ffff,
];

fn mask(bits: u32, v: u64) -> u64 {
    if bits == 64 { v } else { v & ((1 << bits) - 1) }
}

fn sext(bits: u32, v: u64) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

/// What `atomicrmw op` stores, for integers.
fn reference(op: RmwOp, bits: u32, old: u64, v: u64) -> u64 {
    let r = match op {
        RmwOp::Xchg => v,
        RmwOp::Add => old.wrapping_add(v),
        RmwOp::Sub => old.wrapping_sub(v),
        RmwOp::And => old & v,
        RmwOp::Nand => !(old & v),
        RmwOp::Or => old | v,
        RmwOp::Xor => old ^ v,
        RmwOp::Max => [old, v][usize::from(sext(bits, v) > sext(bits, old))],
        RmwOp::Min => [old, v][usize::from(sext(bits, v) < sext(bits, old))],
        RmwOp::UMax => old.max(v),
        RmwOp::UMin => old.min(v),
        RmwOp::UIncWrap => {
            if old >= v {
                0
            } else {
                old + 1
            }
        }
        RmwOp::UDecWrap => {
            if old == 0 || old > v {
                v
            } else {
                old - 1
            }
        }
        _ => unreachable!("integer operations only"),
    };
    mask(bits, r)
}

const INT_OPS: [RmwOp; 13] = [
    RmwOp::Xchg,
    RmwOp::Add,
    RmwOp::Sub,
    RmwOp::And,
    RmwOp::Nand,
    RmwOp::Or,
    RmwOp::Xor,
    RmwOp::Max,
    RmwOp::Min,
    RmwOp::UMax,
    RmwOp::UMin,
    RmwOp::UIncWrap,
    RmwOp::UDecWrap,
];

#[test]
fn atomicrmw_every_operation_width_and_ordering() {
    let mut text = String::new();
    for w in WIDTHS {
        for (k, op) in INT_OPS.iter().enumerate() {
            let ord = ORDERINGS[k % ORDERINGS.len()];
            let _ = writeln!(
                text,
                "define i{w} @{op}{w}(ptr %p, i{w} %v) {{\n  %o = atomicrmw {op} ptr %p, i{w} %v {ord}, align {a}\n  ret i{w} %o\n}}",
                op = op.name(),
                a = w / 8
            );
        }
    }
    let mut e = engine(&text);
    for w in WIDTHS {
        for op in INT_OPS {
            let f = addr(&mut e, &format!("{}{w}", op.name()));
            for &a in &SAMPLES {
                for &b in &SAMPLES {
                    let (a, b) = (mask(w, a), mask(w, b));
                    let mut cell = 0u64;
                    let p = &mut cell as *mut u64;
                    // SAFETY: the signature matches the IR; the cell is 8-byte aligned and
                    // the function touches its first w/8 bytes (little-endian, as the cell's
                    // low bits).
                    let old = unsafe {
                        cell = a;
                        match w {
                            8 => u64::from(std::mem::transmute::<
                                usize,
                                extern "C" fn(*mut u64, u8) -> u8,
                            >(f)(p, b as u8)),
                            16 => u64::from(std::mem::transmute::<
                                usize,
                                extern "C" fn(*mut u64, u16) -> u16,
                            >(f)(p, b as u16)),
                            32 => u64::from(std::mem::transmute::<
                                usize,
                                extern "C" fn(*mut u64, u32) -> u32,
                            >(f)(p, b as u32)),
                            _ => std::mem::transmute::<usize, extern "C" fn(*mut u64, u64) -> u64>(
                                f,
                            )(p, b),
                        }
                    };
                    assert_eq!(old, a, "{} i{w}: old value of {a:#x}, {b:#x}", op.name());
                    assert_eq!(
                        cell,
                        reference(op, w, a, b),
                        "{} i{w}: {a:#x} op {b:#x}",
                        op.name()
                    );
                }
            }
        }
    }
}

#[test]
fn float_atomicrmw_and_pointer_exchange() {
    let text = "
define float @fadd(ptr %p, float %v) {
  %o = atomicrmw fadd ptr %p, float %v seq_cst, align 4
  ret float %o
}
define float @fsub(ptr %p, float %v) {
  %o = atomicrmw fsub ptr %p, float %v acquire, align 4
  ret float %o
}
define double @fmax(ptr %p, double %v) {
  %o = atomicrmw fmax ptr %p, double %v release, align 8
  ret double %o
}
define double @fmin(ptr %p, double %v) {
  %o = atomicrmw fmin ptr %p, double %v monotonic, align 8
  ret double %o
}
define double @daddd(ptr %p, double %v) {
  %o = atomicrmw fadd ptr %p, double %v acq_rel, align 8
  ret double %o
}
define ptr @pxchg(ptr %p, ptr %v) {
  %o = atomicrmw xchg ptr %p, ptr %v seq_cst, align 8
  ret ptr %o
}
";
    let mut e = engine(text);
    type F32 = extern "C" fn(*mut f32, f32) -> f32;
    type F64 = extern "C" fn(*mut f64, f64) -> f64;
    type P = extern "C" fn(*mut usize, usize) -> usize;
    // SAFETY: the signatures match the IR.
    let (fadd, fsub, fmax, fmin, dadd, pxchg) = unsafe {
        (
            std::mem::transmute::<usize, F32>(addr(&mut e, "fadd")),
            std::mem::transmute::<usize, F32>(addr(&mut e, "fsub")),
            std::mem::transmute::<usize, F64>(addr(&mut e, "fmax")),
            std::mem::transmute::<usize, F64>(addr(&mut e, "fmin")),
            std::mem::transmute::<usize, F64>(addr(&mut e, "daddd")),
            std::mem::transmute::<usize, P>(addr(&mut e, "pxchg")),
        )
    };
    let mut f = 1.5f32;
    assert_eq!(fadd(&mut f, 2.25), 1.5);
    assert_eq!(f, 3.75);
    assert_eq!(fsub(&mut f, 0.75), 3.75);
    assert_eq!(f, 3.0);
    let mut d = -1.0f64;
    assert_eq!(fmax(&mut d, 2.0), -1.0);
    assert_eq!(d, 2.0);
    assert_eq!(fmax(&mut d, f64::NAN), 2.0);
    assert_eq!(d, 2.0, "maxnum ignores a NaN operand");
    assert_eq!(fmin(&mut d, -8.5), 2.0);
    assert_eq!(d, -8.5);
    assert_eq!(dadd(&mut d, 0.25), -8.5);
    assert_eq!(d, -8.25);
    let mut slot = 0x1000usize;
    assert_eq!(pxchg(&mut slot, 0x2000), 0x1000);
    assert_eq!(slot, 0x2000);
}

#[test]
fn cmpxchg_loads_stores_and_fences() {
    let mut text = String::new();
    for w in WIDTHS {
        let a = w / 8;
        let _ = writeln!(
            text,
            "define i{w} @cas{w}(ptr %p, i{w} %e, i{w} %n, ptr %ok) {{
  %r = cmpxchg ptr %p, i{w} %e, i{w} %n acq_rel acquire, align {a}
  %old = extractvalue {{ i{w}, i1 }} %r, 0
  %f = extractvalue {{ i{w}, i1 }} %r, 1
  %b = zext i1 %f to i8
  store i8 %b, ptr %ok
  ret i{w} %old
}}
define i{w} @ld{w}(ptr %p) {{
  %a = load atomic i{w}, ptr %p monotonic, align {a}
  %b = load atomic i{w}, ptr %p acquire, align {a}
  %c = load atomic i{w}, ptr %p seq_cst, align {a}
  %s = add i{w} %a, %b
  %t = add i{w} %s, %c
  ret i{w} %t
}}
define void @st{w}(ptr %p, i{w} %v) {{
  store atomic i{w} %v, ptr %p monotonic, align {a}
  store atomic i{w} %v, ptr %p release, align {a}
  fence acquire
  fence release
  fence acq_rel
  fence seq_cst
  fence syncscope(\"singlethread\") seq_cst
  store atomic i{w} %v, ptr %p seq_cst, align {a}
  ret void
}}"
        );
    }
    let mut e = engine(&text);
    for w in WIDTHS {
        let cas = addr(&mut e, &format!("cas{w}"));
        let ld = addr(&mut e, &format!("ld{w}"));
        let st = addr(&mut e, &format!("st{w}"));
        // SAFETY: every argument is passed in a 64-bit register and the callee reads only
        // the low w bits, so the u64 signature is ABI-compatible with the iN one; results
        // are masked to w bits.
        let (cas, ld, st) = unsafe {
            (
                std::mem::transmute::<usize, extern "C" fn(*mut u64, u64, u64, *mut u8) -> u64>(
                    cas,
                ),
                std::mem::transmute::<usize, extern "C" fn(*mut u64) -> u64>(ld),
                std::mem::transmute::<usize, extern "C" fn(*mut u64, u64)>(st),
            )
        };
        let top = mask(w, u64::MAX);
        let mut cell = top;
        let mut ok = 9u8;
        assert_eq!(mask(w, cas(&mut cell, 5, 6, &mut ok)), top);
        assert_eq!((cell, ok), (top, 0), "i{w}: failed cmpxchg");
        assert_eq!(mask(w, cas(&mut cell, top, 6, &mut ok)), top);
        assert_eq!((cell, ok), (6, 1), "i{w}: successful cmpxchg");
        assert_eq!(mask(w, ld(&mut cell)), 18, "i{w}: loads");
        cell = 0xaaaa_aaaa_aaaa_aaaa;
        st(&mut cell, 0x0102_0304_0506_0708);
        let stored = mask(w, 0x0102_0304_0506_0708);
        assert_eq!(
            cell,
            (0xaaaa_aaaa_aaaa_aaaa & !top) | stored,
            "i{w}: store width"
        );
    }
}

#[test]
fn native_threads_share_counters_and_a_spinlock() {
    let text = "
define void @count(ptr %p, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %o = atomicrmw add ptr %p, i64 1 monotonic, align 8
  %o2 = atomicrmw sub ptr %p, i64 -2 seq_cst, align 8
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  ret void
}

define void @locked(ptr %lock, ptr %counter, i64 %n) {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i1, %unlock ]
  br label %spin
spin:
  %r = cmpxchg weak ptr %lock, i32 0, i32 1 acquire monotonic, align 4
  %got = extractvalue { i32, i1 } %r, 1
  br i1 %got, label %critical, label %spin
critical:
  %v = load i64, ptr %counter, align 8
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %counter, align 8
  br label %unlock
unlock:
  store atomic i32 0, ptr %lock release, align 4
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %outer, label %done
done:
  ret void
}

define void @bump_max(ptr %p, i64 %v) {
  %o = atomicrmw umax ptr %p, i64 %v acq_rel, align 8
  ret void
}
";
    let mut e = engine(text);
    type Count = extern "C" fn(*const AtomicU64, u64);
    type Locked = extern "C" fn(*const u32, *mut u64, u64);
    // SAFETY: the signatures match the IR.
    let (count, locked, bump_max) = unsafe {
        (
            std::mem::transmute::<usize, Count>(addr(&mut e, "count")),
            std::mem::transmute::<usize, Locked>(addr(&mut e, "locked")),
            std::mem::transmute::<usize, Count>(addr(&mut e, "bump_max")),
        )
    };
    const THREADS: u64 = 4;
    const N: u64 = 20_000;
    let counter = AtomicU64::new(0);
    let max = AtomicU64::new(0);
    let lock = std::sync::atomic::AtomicU32::new(0);
    let plain = std::cell::UnsafeCell::new(0u64);
    struct Shared(*mut u64);
    // SAFETY: the pointer is only written under the JIT-compiled spinlock.
    unsafe impl Sync for Shared {}
    let shared = Shared(plain.get());
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (counter, max, lock, shared) = (&counter, &max, &lock, &shared);
            s.spawn(move || {
                count(counter, N);
                locked(lock.as_ptr(), shared.0, N);
                bump_max(max, t * 1000 + 7);
            });
        }
    });
    assert_eq!(counter.load(Ordering::SeqCst), THREADS * N * 3);
    assert_eq!(plain.into_inner(), THREADS * N);
    assert_eq!(lock.load(Ordering::SeqCst), 0);
    assert_eq!(max.load(Ordering::SeqCst), (THREADS - 1) * 1000 + 7);
}
