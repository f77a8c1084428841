//! The pool manager against the real kernel: shadow model, W^X, execution, stress.

use jit_core::memory::{MemoryManager, MmError, ModuleId, Placement, SectionKind};
use mm_common::test_support::*;
use mm_pool::{GRANULE, PoolConfig, PoolMemoryManager};

const KINDS: [SectionKind; 3] = [
    SectionKind::Code,
    SectionKind::ReadOnly,
    SectionKind::ReadWrite,
];

fn small(dual: bool) -> PoolMemoryManager {
    let cfg = PoolConfig {
        code_bytes: 256 << 10,
        read_only_bytes: 128 << 10,
        read_write_bytes: 128 << 10,
        dual_mapping: dual,
    };
    PoolMemoryManager::with_config(&cfg).unwrap()
}

#[derive(Clone, Copy)]
struct Live {
    owner: ModuleId,
    kind: SectionKind,
    p: Placement,
    size: usize,
    fill: u8,
}

fn shadow_model(dual: bool) {
    let mut mm = small(dual);
    assert_eq!(mm.is_dual_mapped(), dual);
    let reservation = mm.reservation();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ dual as u64);
    let mut live: Vec<Live> = Vec::new();
    for step in 0..6000u32 {
        let r = rng.below(100);
        if r < 8 {
            let owner = ModuleId(rng.below(8) as u32);
            let gone: Vec<Live> = live.iter().filter(|l| l.owner == owner).copied().collect();
            mm.release(owner);
            live.retain(|l| l.owner != owner);
            if dual {
                for g in gone
                    .iter()
                    .filter(|g| g.kind == SectionKind::Code && g.size > 0)
                {
                    // SAFETY: the RX view stays mapped for the manager's life.
                    let bytes = unsafe { read(g.p.target, g.size) };
                    assert!(
                        bytes
                            .iter()
                            .enumerate()
                            .all(|(i, &b)| b == mm_pool::trap::TRAP_WORD[i % 4]),
                        "freed code is trap-filled at step {step}"
                    );
                }
            }
        } else if r < 12 {
            mm.finalize().unwrap();
            // Both views see the same bytes once published.
            for l in &live {
                // SAFETY: live allocations are readable at their target address after
                // finalize, and at `local` through the alias (or the same pages).
                let (t, w) = unsafe {
                    (
                        read(l.p.target, l.size),
                        read(l.p.local.as_ptr() as u64, l.size),
                    )
                };
                assert_eq!(t, w, "views differ at step {step}");
                assert!(
                    t.iter().all(|&b| b == l.fill),
                    "contents changed at step {step}"
                );
            }
        } else {
            let owner = ModuleId(rng.below(8) as u32);
            let kind = KINDS[rng.below(3) as usize];
            let size = match rng.below(10) {
                0 => 0,
                1 => 4096 + rng.below(8192) as usize,
                _ => 1 + rng.below(200) as usize,
            };
            let align = 1usize << rng.below(10);
            let p = match mm.allocate(kind, size, align, owner, "s") {
                Ok(p) => p,
                Err(MmError::OutOfMemory { .. }) => continue,
                Err(e) => panic!("{e}"),
            };
            assert_eq!(p.target % align as u64, 0, "misaligned at step {step}");
            assert!(reservation.contains(&p.target), "outside the reservation");
            if kind == SectionKind::ReadWrite {
                assert_eq!(p.local.as_ptr() as u64, p.target);
            } else if dual {
                assert_ne!(p.local.as_ptr() as u64, p.target, "dual mapping: two views");
            }
            for l in &live {
                let disjoint = p.target + size.max(1) as u64 <= l.p.target
                    || l.p.target + l.size.max(1) as u64 <= p.target;
                assert!(disjoint, "overlap at step {step}");
            }
            // SAFETY: `size` writable bytes at `local` until the next finalize.
            let fresh = unsafe { read(p.local.as_ptr() as u64, size) };
            assert!(
                fresh.iter().all(|&b| b == 0),
                "new memory not zero at step {step}"
            );
            let fill = (step % 251) as u8 + 1;
            // SAFETY: as above.
            unsafe { std::ptr::write_bytes(p.local.as_ptr(), fill, size) };
            live.push(Live {
                owner,
                kind,
                p,
                size,
                fill,
            });
        }
        let used: usize = live.iter().map(|l| l.size).sum();
        assert_eq!(
            mm.stats().bytes_used,
            used as u64,
            "bytes_used at step {step}"
        );
    }
    mm.finalize().unwrap();
    assert_no_wx();
    for o in 0..8 {
        mm.release(ModuleId(o));
    }
    let ps = mm.pool_stats();
    assert_eq!(mm.stats().bytes_used, 0);
    for a in &ps.arenas {
        assert_eq!((a.live, a.sealed_waste, a.free_runs), (0, 0, 1), "{ps:?}");
    }
}

#[test]
fn shadow_model_dual_mapping() {
    let _maps = maps_lock();
    shadow_model(true);
}

#[test]
fn shadow_model_permission_flipping() {
    let _maps = maps_lock();
    shadow_model(false);
}

fn run_functions(dual: bool) {
    let mut mm = small(dual);
    let a = mm
        .allocate(SectionKind::Code, 16, 16, ModuleId(1), ".text")
        .unwrap();
    let ro = mm
        .allocate(SectionKind::ReadOnly, 8, 8, ModuleId(1), ".rodata")
        .unwrap();
    let rw = mm
        .allocate(SectionKind::ReadWrite, 8, 8, ModuleId(1), ".data")
        .unwrap();
    // SAFETY: each allocation has at least that many writable bytes before finalize.
    unsafe {
        write(a.local, &ret_const(42));
        write(ro.local, &7u64.to_le_bytes());
        write(rw.local, &9u64.to_le_bytes());
    }
    mm.finalize().unwrap();
    assert_no_wx();
    assert!(
        perms_at(a.target).starts_with("r-x"),
        "{}",
        perms_at(a.target)
    );
    let ro_perms = perms_at(ro.target);
    assert!(!ro_perms.contains('w'), "read-only data is {ro_perms}");
    if cfg!(target_arch = "x86_64") {
        assert!(ro_perms.starts_with("r--"), "{ro_perms}");
    }
    assert!(perms_at(rw.target).starts_with("rw-"));
    // SAFETY: both are readable at their targets after finalize.
    unsafe {
        assert_eq!(read(ro.target, 8), 7u64.to_le_bytes());
        assert_eq!(read(rw.target, 8), 9u64.to_le_bytes());
    }
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: `ret_const` code, published by finalize.
        assert_eq!(unsafe { call(a.target) }, 42);
    }
    // A second module: with the dual mapping it shares the page of running code.
    let b = mm
        .allocate(SectionKind::Code, 16, 16, ModuleId(2), ".text")
        .unwrap();
    if dual {
        assert_eq!(
            b.target,
            a.target + GRANULE as u64,
            "packed next to module 1"
        );
    } else {
        assert_ne!(
            b.target / 4096,
            a.target / 4096,
            "sealed page takes no new code"
        );
    }
    // SAFETY: 16 writable bytes.
    unsafe { write(b.local, &ret_const(43)) };
    mm.finalize().unwrap();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: both functions are published.
        unsafe {
            assert_eq!(call(b.target), 43);
            assert_eq!(call(a.target), 42, "older code still runs");
        }
    }
    // Release and reuse: the granules come back zeroed, then run new code.
    mm.release(ModuleId(2));
    if dual {
        // SAFETY: the RX view stays mapped.
        let freed = unsafe { read(b.target, 16) };
        assert!(
            freed.chunks(4).all(|c| c == mm_pool::trap::TRAP_WORD),
            "{freed:x?}"
        );
    }
    let c = mm
        .allocate(SectionKind::Code, 16, 16, ModuleId(3), ".text")
        .unwrap();
    // Under an emulator (QEMU) freed code waits until its page empties (mm-pool's docs).
    let emulated = mm.stats().notes.contains("emulator");
    if dual && !emulated {
        assert_eq!(c.target, b.target, "freed granules are reused first");
    } else if dual {
        assert_ne!(c.target, b.target, "freed granules in a page in use wait");
    }
    // SAFETY: 16 writable bytes, zeroed.
    unsafe {
        assert_eq!(read(c.local.as_ptr() as u64, 16), [0; 16]);
        write(c.local, &ret_const(44));
    }
    mm.finalize().unwrap();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: published.
        assert_eq!(unsafe { call(c.target) }, 44);
    }
    assert_no_wx();
    let notes = mm.stats().notes;
    if dual {
        assert!(notes.starts_with("w^x: dual mapping (memfd)"), "{notes}");
    } else {
        assert!(
            notes.starts_with("w^x: permission flipping (dual mapping disabled"),
            "{notes}"
        );
    }
    let base = mm.reservation().start;
    drop(mm);
    assert!(perms_at(base).is_empty(), "unmapped on drop");
}

#[test]
fn runs_code_with_dual_mapping() {
    let _maps = maps_lock();
    run_functions(true);
}

#[test]
fn runs_code_with_permission_flipping() {
    let _maps = maps_lock();
    run_functions(false);
}

#[test]
fn one_publish_and_one_flush_per_batch() {
    let _maps = maps_lock();
    let mut mm = PoolMemoryManager::new().unwrap();
    for i in 0..1000 {
        let p = mm
            .allocate(SectionKind::Code, 48, 16, ModuleId(i % 7), ".text")
            .unwrap();
        // SAFETY: 48 writable bytes.
        unsafe { write(p.local, &ret_const(i)) };
    }
    mm.finalize().unwrap();
    mm.finalize().unwrap();
    let s = mm.stats();
    assert_eq!((s.publishes, s.icache_flushes, s.allocations), (1, 1, 1000));
    assert_eq!(s.bytes_used, 48_000);
    assert_eq!(mm.pool_stats().arenas[0].live, 1000);
    if cfg!(target_arch = "x86_64") {
        assert_eq!(
            mm.pool_stats().mprotect_calls,
            0,
            "dual mapping: no system call"
        );
    }
    // Permission flipping: one mprotect for the whole batch.
    let mut flip = small(false);
    for i in 0..100 {
        let p = flip
            .allocate(SectionKind::Code, 48, 16, ModuleId(i % 7), ".text")
            .unwrap();
        // SAFETY: 48 writable bytes.
        unsafe { write(p.local, &ret_const(i)) };
    }
    flip.finalize().unwrap();
    let s = flip.stats();
    assert_eq!(
        (
            s.publishes,
            s.icache_flushes,
            flip.pool_stats().mprotect_calls
        ),
        (1, 1, 1)
    );
}

#[test]
fn errors_are_typed() {
    let _maps = maps_lock();
    let mut mm = small(true);
    let e = mm
        .allocate(SectionKind::Code, 8, 3, ModuleId(0), ".text")
        .unwrap_err();
    assert!(matches!(e, MmError::Invalid(_)), "{e}");
    let e = mm
        .allocate(SectionKind::ReadWrite, 1 << 20, 8, ModuleId(0), ".bss")
        .unwrap_err();
    assert!(
        matches!(e, MmError::OutOfMemory { .. }) && e.to_string().contains(".bss"),
        "{e}"
    );
    let too_big = PoolConfig::with_reservation(4 << 30);
    assert!(matches!(
        PoolMemoryManager::with_config(&too_big),
        Err(MmError::Invalid(_))
    ));
    // Exhaustion, then recovery after release.
    let mut n = 0;
    while mm
        .allocate(SectionKind::Code, 4096, 64, ModuleId(1), ".text")
        .is_ok()
    {
        n += 1;
    }
    assert_eq!(n, 64);
    mm.release(ModuleId(1));
    mm.allocate(SectionKind::Code, 4096, 64, ModuleId(1), ".text")
        .unwrap();
}

#[test]
fn stress_100k_functions_in_one_manager() {
    let _maps = maps_lock();
    let mut mm = PoolMemoryManager::new().unwrap();
    let mut placed = Vec::with_capacity(100_000);
    for i in 0..100_000u32 {
        let size = 8 + (i as usize % 57);
        let p = mm
            .allocate(SectionKind::Code, size, 16, ModuleId(i / 1000), ".text")
            .unwrap();
        let code = ret_const(i);
        assert!(code.len() <= size.max(12));
        if code.len() <= size {
            // SAFETY: `size` writable bytes at `local`.
            unsafe { write(p.local, &code) };
            placed.push((i, p.target));
        }
    }
    mm.finalize().unwrap();
    let s = mm.stats();
    assert_eq!(
        (s.allocations, s.publishes, s.icache_flushes),
        (100_000, 1, 1)
    );
    assert_no_wx();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    for &(i, addr) in placed.iter().step_by(97) {
        // SAFETY: published `ret_const(i)`.
        assert_eq!(unsafe { call(addr) }, i);
    }
    assert!(placed.len() > 90_000);
    let ps = mm.pool_stats();
    // 8..64-byte sections take one granule each: nothing wasted beyond the granule.
    assert_eq!(ps.arenas[0].live, 100_000);
    assert_eq!(ps.arenas[0].free_runs, 1);
}

fn cycles(dual: bool, n: u32) {
    let mut mm = small(dual);
    let mappings = mm.stats().mappings;
    let mut first = None;
    for i in 0..n {
        let owner = ModuleId(i);
        let p = mm
            .allocate(SectionKind::Code, 48, 16, owner, ".text")
            .unwrap();
        let d = mm
            .allocate(SectionKind::ReadWrite, 24, 8, owner, ".data")
            .unwrap();
        // SAFETY: 48 and 24 writable bytes.
        unsafe {
            write(p.local, &ret_const(i));
            write(d.local, &[1; 24]);
        }
        mm.finalize().unwrap();
        if i % 1000 == 0 {
            #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
            {
                // SAFETY: published just now.
                assert_eq!(unsafe { call(p.target) }, i);
            }
        }
        assert_eq!(
            *first.get_or_insert(p.target),
            p.target,
            "granules are reused"
        );
        mm.release(owner);
        let s = mm.stats();
        assert_eq!((s.bytes_used, s.mappings), (0, mappings));
    }
    let ps = mm.pool_stats();
    assert!(ps.arenas.iter().all(|a| a.live == 0 && a.sealed_waste == 0));
    assert_eq!(mm.stats().publishes, n as u64);
}

#[test]
fn cycles_100k_allocate_finalize_release_dual() {
    let _maps = maps_lock();
    cycles(true, 100_000);
}

#[test]
fn cycles_10k_allocate_finalize_release_flipping() {
    let _maps = maps_lock();
    cycles(false, 10_000);
}

#[test]
fn stale_call_into_released_code_traps() {
    let _maps = maps_lock();
    if is_child() {
        let mut mm = small(true);
        let p = mm
            .allocate(SectionKind::Code, 16, 16, ModuleId(1), ".text")
            .unwrap();
        // SAFETY: 16 writable bytes.
        unsafe { write(p.local, &ret_const(1)) };
        mm.finalize().unwrap();
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        // SAFETY: published; then released, so the second call must hit the trap fill.
        unsafe {
            assert_eq!(call(p.target), 1);
            mm.release(ModuleId(1));
            call(p.target);
        }
        std::process::exit(0); // not reached when the trap works
    }
    if !cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        return;
    }
    use std::os::unix::process::ExitStatusExt;
    let status = rerun_as_child("stale_call_into_released_code_traps");
    assert_eq!(status.signal(), Some(libc::SIGTRAP), "{status:?}");
}
