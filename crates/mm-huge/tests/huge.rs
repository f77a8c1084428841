//! The huge-page manager against the real kernel: smaps, W^X, execution, shadow model,
//! stress.

use jit_core::memory::{MemoryManager, MmError, ModuleId, Placement, SectionKind};
use mm_common::test_support::*;
use mm_huge::{HugeConfig, HugeMemoryManager, HugeSource, ThpMode};

fn small(source: HugeSource, reopen: bool) -> HugeMemoryManager {
    HugeMemoryManager::with_config(&HugeConfig {
        code_bytes: 16 << 20,
        data_bytes: 4 << 20,
        source,
        reopen_sealed_units: reopen,
    })
    .unwrap()
}

fn code(mm: &mut HugeMemoryManager, owner: u32, value: u32) -> Placement {
    let bytes = ret_const(value);
    let p = mm
        .allocate(SectionKind::Code, bytes.len(), 16, ModuleId(owner), ".text")
        .unwrap();
    // SAFETY: the allocation has `bytes.len()` writable bytes until finalize.
    unsafe { write(p.local, &bytes) };
    p
}

#[test]
fn code_region_is_huge_page_backed_when_thp_is_enabled() {
    let mut mm = small(HugeSource::Thp, false);
    let unit = mm.unit_size();
    let p = code(&mut mm, 1, 42);
    assert_eq!(p.target % unit as u64, 0, "first code at a unit boundary");
    mm.finalize().unwrap();
    let notes = mm.stats().notes;
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: published `ret_const(42)`.
        assert_eq!(unsafe { call(p.target) }, 42);
    }
    let mode = mm_huge::thp_mode(unit);
    let Some((anon_huge_kb, _)) = smaps_huge_kb(p.target) else {
        println!("skipped: /proc/self/smaps has no entry for the code region (emulator?)");
        return;
    };
    match &mode {
        ThpMode::Always | ThpMode::Madvise => {
            assert!(notes.starts_with("huge: yes (thp "), "{notes}");
            if anon_huge_kb == 0 && std::env::var_os("JIT_TEST_RUNNER").is_some() {
                println!("skipped: an emulator's smaps shows host mappings");
                return;
            }
            assert!(
                anon_huge_kb >= (unit as u64 >> 10),
                "code unit not on a huge page: AnonHugePages {anon_huge_kb} kB ({notes})"
            );
            println!("THP {mode:?}: code unit backed by {anon_huge_kb} kB of huge pages");
        }
        other => {
            assert!(notes.starts_with("huge: no ("), "{notes}");
            println!("skipped: THP is {other:?}, the manager reports `{notes}`");
        }
    }
    // The fallback configuration says so and (in madvise mode) gets ordinary pages.
    let mut normal = small(HugeSource::Normal, false);
    let q = code(&mut normal, 1, 7);
    normal.finalize().unwrap();
    let notes = normal.stats().notes;
    assert!(
        notes.starts_with("huge: no (ordinary pages by configuration)"),
        "{notes}"
    );
    if mode == ThpMode::Madvise
        && let Some((kb, _)) = smaps_huge_kb(q.target)
    {
        assert_eq!(kb, 0, "ordinary pages without MADV_HUGEPAGE");
    }
    assert!(!normal.is_huge());
}

#[test]
fn seal_policy_new_code_goes_to_the_next_unit() {
    let mut mm = small(HugeSource::Auto, false);
    let unit = mm.unit_size() as u64;
    let a = code(&mut mm, 1, 1);
    let b = code(&mut mm, 2, 2);
    assert_eq!(
        b.target / unit,
        a.target / unit,
        "one open unit takes both modules"
    );
    let ro = mm
        .allocate(SectionKind::ReadOnly, 8, 8, ModuleId(1), ".rodata")
        .unwrap();
    let rw = mm
        .allocate(SectionKind::ReadWrite, 8, 8, ModuleId(1), ".data")
        .unwrap();
    assert!(perms_at(a.target).starts_with("rw-"));
    mm.finalize().unwrap();
    assert_no_wx();
    assert!(perms_at(a.target).starts_with("r-x"));
    let ro_perms = perms_at(ro.target);
    assert!(!ro_perms.contains('w'), "{ro_perms}");
    assert!(perms_at(rw.target).starts_with("rw-"));
    let range = mm.code_range();
    assert!(range.contains(&a.target) && !range.contains(&ro.target));
    assert!(
        ro.target.abs_diff(a.target) < 1 << 31,
        "data within rel32 reach"
    );
    let c = code(&mut mm, 3, 3);
    assert_eq!(
        c.target / unit,
        a.target / unit + 1,
        "sealed unit takes no new code"
    );
    assert!(
        perms_at(a.target).starts_with("r-x"),
        "older unit stays executable"
    );
    mm.finalize().unwrap();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: all three are published.
        unsafe { assert_eq!((call(a.target), call(b.target), call(c.target)), (1, 2, 3)) };
    }
    let s = mm.stats();
    assert_eq!((s.publishes, s.icache_flushes, s.allocations), (2, 2, 5));
    // Releasing module 2 leaves its bytes (sealed); module 1 too empties nothing yet.
    mm.release(ModuleId(1));
    mm.release(ModuleId(2));
    assert!(
        perms_at(a.target).starts_with("rw-"),
        "empty unit cached RW (not executable)"
    );
    // SAFETY: the cached unit is RW and zeroed.
    assert_eq!(unsafe { read(a.target, 8) }, [0; 8]);
    mm.release(ModuleId(3));
    assert!(
        perms_at(c.target).starts_with("---"),
        "second empty unit decommitted"
    );
    let d = code(&mut mm, 4, 4);
    assert_eq!(d.target, a.target, "the cached unit is reused");
    mm.finalize().unwrap();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: published.
        assert_eq!(unsafe { call(d.target) }, 4);
    }
    assert_eq!(mm.stats().bytes_used, ret_const(4).len() as u64);
    let notes = mm.stats().notes;
    assert!(
        notes.contains("1 sealed") && notes.contains("policy: seal units"),
        "{notes}"
    );
}

#[test]
fn reopen_policy_refills_the_last_unit() {
    let mut mm = small(HugeSource::Auto, true);
    let a = code(&mut mm, 1, 10);
    mm.finalize().unwrap();
    let b = code(&mut mm, 2, 11);
    assert_eq!(mm.reopens(), 1);
    assert_eq!(
        b.target / mm.unit_size() as u64,
        a.target / mm.unit_size() as u64
    );
    assert!(
        perms_at(a.target).starts_with("rw-"),
        "reopened unit is RW until finalize"
    );
    assert_no_wx();
    mm.finalize().unwrap();
    assert_no_wx();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: both published.
        unsafe { assert_eq!((call(a.target), call(b.target)), (10, 11)) };
    }
    assert!(mm.stats().notes.contains("policy: reopen sealed units"));
}

#[test]
fn big_sections_span_units_and_alignment_is_checked() {
    let mut mm = small(HugeSource::Auto, false);
    let unit = mm.unit_size();
    let big = mm
        .allocate(
            SectionKind::Code,
            unit + unit / 2,
            64,
            ModuleId(1),
            ".text.big",
        )
        .unwrap();
    assert_eq!(big.target % unit as u64, 0);
    // SAFETY: the whole section is writable.
    unsafe { std::ptr::write_bytes(big.local.as_ptr(), 0xcc, unit + unit / 2) };
    let aligned = mm
        .allocate(SectionKind::Code, 8, unit, ModuleId(1), ".text")
        .unwrap();
    assert_eq!(aligned.target % unit as u64, 0);
    let e = mm
        .allocate(SectionKind::Code, 8, 2 * unit, ModuleId(1), ".text")
        .unwrap_err();
    assert!(matches!(e, MmError::Invalid(_)), "{e}");
    let e = mm
        .allocate(SectionKind::Code, 64 << 20, 16, ModuleId(1), ".text.huge")
        .unwrap_err();
    assert!(matches!(e, MmError::OutOfMemory { .. }), "{e}");
    mm.finalize().unwrap();
    assert_no_wx();
    mm.release(ModuleId(1));
    assert_eq!(mm.stats().bytes_used, 0);
    assert!(
        mm.stats().notes.contains("8 of 8 units free")
            || mm.stats().notes.contains("7 of 8 units free")
    );
}

#[derive(Clone, Copy)]
struct Live {
    owner: ModuleId,
    p: Placement,
    size: usize,
    fill: u8,
}

#[test]
fn shadow_model() {
    let mut mm = small(HugeSource::Auto, false);
    let kinds = [
        SectionKind::Code,
        SectionKind::ReadOnly,
        SectionKind::ReadWrite,
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut live: Vec<Live> = Vec::new();
    for step in 0..4000u32 {
        let r = rng.below(100);
        if r < 8 {
            let owner = ModuleId(rng.below(6) as u32);
            mm.release(owner);
            live.retain(|l| l.owner != owner);
        } else if r < 14 {
            mm.finalize().unwrap();
            for l in &live {
                // SAFETY: live sections are readable after finalize.
                let bytes = unsafe { read(l.p.target, l.size) };
                assert!(
                    bytes.iter().all(|&b| b == l.fill),
                    "contents changed at step {step}"
                );
            }
        } else {
            let owner = ModuleId(rng.below(6) as u32);
            let kind = kinds[rng.below(3) as usize];
            let size = match rng.below(10) {
                0 => 0,
                1 => 4096 + rng.below(20_000) as usize,
                _ => 1 + rng.below(300) as usize,
            };
            let align = 1usize << rng.below(8);
            let p = match mm.allocate(kind, size, align, owner, "s") {
                Ok(p) => p,
                Err(MmError::OutOfMemory { .. }) => continue,
                Err(e) => panic!("{e}"),
            };
            assert_eq!(p.local.as_ptr() as u64, p.target, "one view");
            assert_eq!(p.target % align as u64, 0, "misaligned at step {step}");
            for l in &live {
                let disjoint = p.target + size.max(1) as u64 <= l.p.target
                    || l.p.target + l.size.max(1) as u64 <= p.target;
                assert!(disjoint, "overlap at step {step}");
            }
            // SAFETY: `size` writable bytes until the next finalize.
            unsafe {
                assert!(
                    read(p.target, size).iter().all(|&b| b == 0),
                    "not zero at step {step}"
                );
                std::ptr::write_bytes(p.local.as_ptr(), (step % 251) as u8 + 1, size);
            }
            live.push(Live {
                owner,
                p,
                size,
                fill: (step % 251) as u8 + 1,
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
    for o in 0..6 {
        mm.release(ModuleId(o));
    }
    assert_eq!(mm.stats().bytes_used, 0);
}

#[test]
fn stress_100k_small_functions() {
    let mut mm = HugeMemoryManager::new().unwrap();
    let mut placed = Vec::with_capacity(100_000);
    for i in 0..100_000u32 {
        placed.push((i, code(&mut mm, i / 1000, i).target));
    }
    mm.finalize().unwrap();
    assert_no_wx();
    let s = mm.stats();
    assert_eq!((s.allocations, s.publishes), (100_000, 1));
    assert!(s.icache_flushes >= 1 && s.icache_flushes <= 4, "{s:?}");
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    for &(i, addr) in placed.iter().step_by(97) {
        // SAFETY: published `ret_const(i)`.
        assert_eq!(unsafe { call(addr) }, i);
    }
}

#[test]
fn cycles_100k_allocate_finalize_release() {
    let mut mm = small(HugeSource::Auto, false);
    let mappings = mm.stats().mappings;
    let mut first = None;
    for i in 0..100_000u32 {
        let p = code(&mut mm, i, i);
        let d = mm
            .allocate(SectionKind::ReadWrite, 24, 8, ModuleId(i), ".data")
            .unwrap();
        // SAFETY: 24 writable bytes.
        unsafe { write(d.local, &[1; 24]) };
        mm.finalize().unwrap();
        if i % 5000 == 0 {
            #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
            {
                // SAFETY: published just now.
                assert_eq!(unsafe { call(p.target) }, i);
            }
        }
        assert_eq!(
            *first.get_or_insert(p.target),
            p.target,
            "the cached unit is reused"
        );
        mm.release(ModuleId(i));
        let s = mm.stats();
        assert_eq!((s.bytes_used, s.mappings), (0, mappings));
    }
}

#[test]
fn hugetlbfs_when_pages_exist_else_a_reported_fallback() {
    let mut mm = small(HugeSource::HugeTlb, false);
    let free = mm_huge::free_hugetlb_pages(mm.unit_size());
    let p = code(&mut mm, 1, 5);
    mm.finalize().unwrap();
    assert_no_wx();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: published `ret_const(5)`.
        assert_eq!(unsafe { call(p.target) }, 5);
    }
    let notes = mm.stats().notes;
    if free > 0 {
        assert!(notes.starts_with("huge: yes (hugetlbfs)"), "{notes}");
        assert_eq!(
            mm.stats().mappings,
            2,
            "the unit is its own hugetlb mapping"
        );
    } else {
        assert!(notes.contains("hugetlbfs refused"), "{notes}");
        println!("no hugetlbfs pages: {notes}");
    }
    mm.release(ModuleId(1));
    let q = code(&mut mm, 2, 6);
    mm.finalize().unwrap();
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: published `ret_const(6)`.
        assert_eq!(unsafe { call(q.target) }, 6);
    }
    assert_eq!(mm.stats().bytes_used, ret_const(6).len() as u64);
}

#[test]
fn stale_call_into_released_code_faults() {
    if is_child() {
        let mut mm = small(HugeSource::Auto, false);
        let p = code(&mut mm, 1, 1);
        mm.finalize().unwrap();
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        // SAFETY: published; then released (the emptied unit is RW, not executable), so
        // the second call must fault.
        unsafe {
            assert_eq!(call(p.target), 1);
            mm.release(ModuleId(1));
            call(p.target);
        }
        std::process::exit(0); // not reached when the fault happens
    }
    if !cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        return;
    }
    use std::os::unix::process::ExitStatusExt;
    let status = rerun_as_child("stale_call_into_released_code_faults");
    assert_eq!(status.signal(), Some(libc::SIGSEGV), "{status:?}");
}
