//! Atomic memory operations, done with the host's own atomic instructions on the program's
//! addresses: memory may be shared with native threads (and JIT-compiled code) running at
//! the same time, so a plain read-modify-write would not do.

use crate::value::Fault;
use jit_core::ir::{AtomicOrdering, RmwOp, SyncScope};
use std::sync::atomic::{self, AtomicU8, AtomicU16, AtomicU32, AtomicU64, Ordering};

/// The host ordering of an IR ordering on an access that both reads and writes.
fn rmw_order(o: AtomicOrdering) -> Ordering {
    match o {
        AtomicOrdering::Unordered | AtomicOrdering::Monotonic => Ordering::Relaxed,
        AtomicOrdering::Acquire => Ordering::Acquire,
        AtomicOrdering::Release => Ordering::Release,
        AtomicOrdering::AcqRel => Ordering::AcqRel,
        AtomicOrdering::SeqCst => Ordering::SeqCst,
    }
}

/// The host ordering for a load (release parts dropped, as the verifier rejects them).
fn load_order(o: AtomicOrdering) -> Ordering {
    match rmw_order(o) {
        Ordering::Release => Ordering::Relaxed,
        Ordering::AcqRel => Ordering::Acquire,
        x => x,
    }
}

/// The host ordering for a store (acquire parts dropped).
fn store_order(o: AtomicOrdering) -> Ordering {
    match rmw_order(o) {
        Ordering::Acquire => Ordering::Relaxed,
        Ordering::AcqRel => Ordering::Release,
        x => x,
    }
}

/// Checks an atomic access of `size` bytes at `addr`: not in the null page, naturally
/// aligned (the host's atomic instructions need it; LLVM itself would call a library for a
/// misaligned atomic), and a supported width.
fn check(addr: u64, size: u32, what: &str) -> Result<(), Fault> {
    crate::memory::check(addr, what)?;
    if !matches!(size, 1 | 2 | 4 | 8) {
        return Err(Fault::Msg(format!(
            "{what} of {size} bytes is not supported (1, 2, 4 or 8 bytes)"
        )));
    }
    if addr % u64::from(size) != 0 {
        return Err(Fault::Msg(format!(
            "{what} at {addr:#x} is not aligned to its size ({size} bytes)"
        )));
    }
    Ok(())
}

/// Runs `$body` with `$a` bound to the atomic of width `$size` at `$addr`.
macro_rules! with_atomic {
    ($addr:expr, $size:expr, |$a:ident, $ty:ident| $body:expr) => {{
        // SAFETY: `check` verified the address is outside the null page and naturally
        // aligned; the program owns that memory (as natively, an invalid address faults),
        // and every concurrent access through this engine is atomic too.
        unsafe {
            match $size {
                1 => {
                    type $ty = u8;
                    let $a = AtomicU8::from_ptr($addr as *mut u8);
                    u64::from($body)
                }
                2 => {
                    type $ty = u16;
                    let $a = AtomicU16::from_ptr($addr as *mut u16);
                    u64::from($body)
                }
                4 => {
                    type $ty = u32;
                    let $a = AtomicU32::from_ptr($addr as *mut u32);
                    u64::from($body)
                }
                _ => {
                    type $ty = u64;
                    let $a = AtomicU64::from_ptr($addr as *mut u64);
                    $body
                }
            }
        }
    }};
}

/// `load atomic`: the zero-extended bits.
pub(crate) fn load(addr: u64, size: u32, ordering: AtomicOrdering) -> Result<u64, Fault> {
    check(addr, size, "atomic load")?;
    let o = load_order(ordering);
    Ok(with_atomic!(addr, size, |a, _T| a.load(o)))
}

/// `store atomic` of the low `size` bytes of `v`.
pub(crate) fn store(addr: u64, size: u32, v: u64, ordering: AtomicOrdering) -> Result<(), Fault> {
    check(addr, size, "atomic store")?;
    let o = store_order(ordering);
    with_atomic!(addr, size, |a, T| {
        a.store(v as T, o);
        0 as T
    });
    Ok(())
}

/// The value an `atomicrmw` stores, from the old value and the operand (both zero-extended
/// `bits`-wide patterns; floats are `float` for 32 bits, `double` for 64).
pub(crate) fn rmw_apply(op: RmwOp, bits: u32, old: u64, v: u64) -> u64 {
    let mask = crate::value::mask64(bits);
    let sext = |x: u64| crate::value::sext64(x, bits);
    let float = |f: fn(f64, f64) -> f64| {
        if bits == 32 {
            let r = f(
                f64::from(f32::from_bits(old as u32)),
                f64::from(f32::from_bits(v as u32)),
            );
            u64::from((r as f32).to_bits())
        } else {
            f(f64::from_bits(old), f64::from_bits(v)).to_bits()
        }
    };
    let r = match op {
        RmwOp::Xchg => v,
        RmwOp::Add => old.wrapping_add(v),
        RmwOp::Sub => old.wrapping_sub(v),
        RmwOp::And => old & v,
        RmwOp::Nand => !(old & v),
        RmwOp::Or => old | v,
        RmwOp::Xor => old ^ v,
        RmwOp::Max => {
            if sext(old) >= sext(v) {
                old
            } else {
                v
            }
        }
        RmwOp::Min => {
            if sext(old) <= sext(v) {
                old
            } else {
                v
            }
        }
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
        // Single rounding per operation: an f32 sum computed in f64 then rounded to f32 is
        // the correctly rounded f32 sum.
        RmwOp::FAdd => float(|a, b| a + b),
        RmwOp::FSub => float(|a, b| a - b),
        RmwOp::FMax => float(f64::max),
        RmwOp::FMin => float(f64::min),
    };
    r & mask
}

/// `atomicrmw`: returns the old value.
#[allow(
    clippy::useless_conversion,
    reason = "the body is instantiated for u8 to u64; the conversion is needless only for u64"
)]
pub(crate) fn rmw(
    op: RmwOp,
    addr: u64,
    size: u32,
    v: u64,
    ordering: AtomicOrdering,
) -> Result<u64, Fault> {
    check(addr, size, "atomicrmw")?;
    let bits = size * 8;
    let (o, fail) = (rmw_order(ordering), load_order(ordering));
    Ok(with_atomic!(addr, size, |a, T| {
        let mut cur = a.load(Ordering::Relaxed);
        loop {
            let new = rmw_apply(op, bits, u64::from(cur), v) as T;
            match a.compare_exchange_weak(cur, new, o, fail) {
                Ok(old) => break old,
                Err(seen) => cur = seen,
            }
        }
    }))
}

/// `cmpxchg`: the old value and whether it equalled `expected` (and `new` was stored).
pub(crate) fn cmpxchg(
    addr: u64,
    size: u32,
    expected: u64,
    new: u64,
    success: AtomicOrdering,
    failure: AtomicOrdering,
) -> Result<(u64, bool), Fault> {
    check(addr, size, "cmpxchg")?;
    let (s, f) = (rmw_order(success), load_order(failure));
    let mut ok = false;
    let old = with_atomic!(addr, size, |a, T| {
        // Strong even for `weak`: a spurious failure is allowed, never required.
        match a.compare_exchange(expected as T, new as T, s, f) {
            Ok(old) => {
                ok = true;
                old
            }
            Err(old) => old,
        }
    });
    Ok((old, ok))
}

/// `fence`.
pub(crate) fn fence(ordering: AtomicOrdering, scope: SyncScope) {
    let o = rmw_order(ordering);
    if o == Ordering::Relaxed {
        return;
    }
    match scope {
        SyncScope::System => atomic::fence(o),
        SyncScope::SingleThread => atomic::compiler_fence(o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rmw_apply_integer_operations() {
        assert_eq!(rmw_apply(RmwOp::Add, 8, 0xff, 1), 0);
        assert_eq!(rmw_apply(RmwOp::Sub, 16, 0, 1), 0xffff);
        assert_eq!(rmw_apply(RmwOp::Nand, 8, 0xf0, 0x3c), 0xcf);
        assert_eq!(rmw_apply(RmwOp::Max, 32, 0xffff_ffff, 1), 1);
        assert_eq!(rmw_apply(RmwOp::Min, 32, 0xffff_ffff, 1), 0xffff_ffff);
        assert_eq!(rmw_apply(RmwOp::UMax, 32, 0xffff_ffff, 1), 0xffff_ffff);
        assert_eq!(rmw_apply(RmwOp::UMin, 64, 5, 3), 3);
        assert_eq!(rmw_apply(RmwOp::UIncWrap, 32, 9, 9), 0);
        assert_eq!(rmw_apply(RmwOp::UIncWrap, 32, 3, 9), 4);
        assert_eq!(rmw_apply(RmwOp::UDecWrap, 32, 0, 9), 9);
        assert_eq!(rmw_apply(RmwOp::UDecWrap, 32, 12, 9), 9);
        assert_eq!(rmw_apply(RmwOp::UDecWrap, 32, 5, 9), 4);
        assert_eq!(rmw_apply(RmwOp::Xchg, 8, 1, 2), 2);
    }

    #[test]
    fn rmw_apply_float_operations() {
        let f = |x: f32| u64::from(x.to_bits());
        assert_eq!(rmw_apply(RmwOp::FAdd, 32, f(1.5), f(2.25)), f(3.75));
        assert_eq!(
            rmw_apply(RmwOp::FSub, 64, 1.5f64.to_bits(), 0.5f64.to_bits()),
            1f64.to_bits()
        );
        assert_eq!(rmw_apply(RmwOp::FMax, 32, f(-1.0), f(2.0)), f(2.0));
        assert_eq!(rmw_apply(RmwOp::FMin, 32, f(-1.0), f(2.0)), f(-1.0));
    }

    #[test]
    fn operations_on_memory() {
        let mut word = 40u64;
        let p = &mut word as *mut u64 as u64;
        assert_eq!(
            rmw(RmwOp::Add, p, 8, 2, AtomicOrdering::SeqCst).unwrap(),
            40
        );
        assert_eq!(load(p, 8, AtomicOrdering::Acquire).unwrap(), 42);
        assert_eq!(
            cmpxchg(p, 8, 41, 7, AtomicOrdering::SeqCst, AtomicOrdering::SeqCst).unwrap(),
            (42, false)
        );
        assert_eq!(
            cmpxchg(p, 8, 42, 7, AtomicOrdering::AcqRel, AtomicOrdering::Acquire).unwrap(),
            (42, true)
        );
        store(p, 4, 0x1_0000_0009, AtomicOrdering::Release).unwrap();
        assert_eq!(word, 9);
        assert!(load(p + 1, 4, AtomicOrdering::SeqCst).is_err());
        assert!(load(8, 4, AtomicOrdering::SeqCst).is_err());
        fence(AtomicOrdering::SeqCst, SyncScope::System);
    }
}
