//! Instruction-cache coherence for freshly written code.
//!
//! **Ordering rule**: after the last write to code bytes and before any core executes
//! them, the data cache lines holding them must be cleaned to the point of unification,
//! the instruction cache lines invalidated, and the pipeline refetched:
//! `dc cvau` per data line → `dsb ish` → `ic ivau` per instruction line → `dsb ish` → `isb`.
//! Line sizes come from `CTR_EL0` (`DminLine`, `IminLine`). The `isb` only synchronizes the
//! executing core; other threads that run the code must pass through a context
//! synchronization event of their own (any syscall or exception does).
//!
//! x86-64 keeps instruction fetch coherent with stores, so [`invalidate`] does nothing
//! there; callers still count the ranges so tests can check that flushing happens.
//!
//! QEMU user mode does not model the instruction cache: a missing flush passes there and
//! fails on hardware, which is why the manager counts flushes in its statistics.

/// Makes `len` bytes of new code at `addr` visible to instruction fetch on this core.
///
/// The range must be mapped and readable (it is called after the code became R+X).
#[cfg(target_arch = "aarch64")]
pub fn invalidate(addr: usize, len: usize) {
    if len == 0 {
        return;
    }
    let ctr: u64;
    // SAFETY: reading CTR_EL0 is permitted at EL0 on Linux and has no side effects.
    unsafe { std::arch::asm!("mrs {0}, ctr_el0", out(reg) ctr, options(nomem, nostack)) };
    let dline = 4usize << ((ctr >> 16) & 0xf);
    let iline = 4usize << (ctr & 0xf);
    let end = addr + len;
    let mut p = addr & !(dline - 1);
    while p < end {
        // SAFETY: cleaning a data cache line of mapped, readable memory does not change it.
        unsafe { std::arch::asm!("dc cvau, {0}", in(reg) p, options(nostack)) };
        p += dline;
    }
    // SAFETY: a barrier has no memory-safety preconditions.
    unsafe { std::arch::asm!("dsb ish", options(nostack)) };
    let mut p = addr & !(iline - 1);
    while p < end {
        // SAFETY: invalidating an instruction cache line of mapped memory is harmless.
        unsafe { std::arch::asm!("ic ivau, {0}", in(reg) p, options(nostack)) };
        p += iline;
    }
    // SAFETY: barriers have no memory-safety preconditions.
    unsafe { std::arch::asm!("dsb ish", "isb", options(nostack)) };
}

/// Makes `len` bytes of new code at `addr` visible to instruction fetch: nothing to do on
/// this architecture (stores are coherent with instruction fetch).
#[cfg(not(target_arch = "aarch64"))]
pub fn invalidate(addr: usize, len: usize) {
    let _ = (addr, len);
}
