//! Unit tests: a fake page source for the placement policy, the real one for protections.

use super::*;
use std::sync::{Arc, Mutex};

use mm_common::test_support::{maps, maps_lock, perms_at};

/// Page states the fake records, shared with the test for inspection.
#[derive(Default)]
struct FakeState {
    prot: Vec<Protection>,
    commits: usize,
    decommits: usize,
}

/// A page source over a heap buffer that checks the call protocol.
struct FakeSource {
    /// One page more than reserved, so the reservation can start page aligned.
    buf: Vec<u8>,
    skip: usize,
    len: usize,
    page: usize,
    state: Arc<Mutex<FakeState>>,
}

impl FakeSource {
    fn new(pages: usize, page: usize) -> (Self, Arc<Mutex<FakeState>>) {
        let state = Arc::new(Mutex::new(FakeState {
            prot: vec![Protection::None; pages],
            ..Default::default()
        }));
        let buf = vec![0xAA; (pages + 1) * page];
        let skip = (buf.as_ptr() as usize).next_multiple_of(page) - buf.as_ptr() as usize;
        (
            FakeSource {
                buf,
                skip,
                len: pages * page,
                page,
                state: state.clone(),
            },
            state,
        )
    }
    fn mem(&mut self, offset: usize, len: usize) -> &mut [u8] {
        &mut self.buf[self.skip + offset..self.skip + offset + len]
    }
    fn pages(&self, offset: usize, len: usize) -> std::ops::Range<usize> {
        assert_eq!(offset % self.page, 0, "unaligned offset");
        assert_eq!(len % self.page, 0, "unaligned length");
        assert!(offset + len <= self.len, "outside the reservation");
        offset / self.page..(offset + len) / self.page
    }
}

impl PageSource for FakeSource {
    fn page_size(&self) -> usize {
        self.page
    }
    fn base(&self) -> usize {
        self.buf.as_ptr() as usize + self.skip
    }
    fn len(&self) -> usize {
        self.len
    }
    fn commit(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError> {
        let r = self.pages(offset, len);
        let state = self.state.clone();
        let mut st = state.lock().unwrap();
        for p in r {
            assert_eq!(st.prot[p], Protection::None, "page {p} committed twice");
            st.prot[p] = prot;
        }
        st.commits += 1;
        self.mem(offset, len).fill(0);
        Ok(())
    }
    fn protect(&mut self, offset: usize, len: usize, prot: Protection) -> Result<(), MmError> {
        let r = self.pages(offset, len);
        let state = self.state.clone();
        let mut st = state.lock().unwrap();
        for p in r {
            assert_ne!(
                st.prot[p],
                Protection::None,
                "page {p} protected while not committed"
            );
            st.prot[p] = prot;
        }
        Ok(())
    }
    fn decommit(&mut self, offset: usize, len: usize) -> Result<(), MmError> {
        let r = self.pages(offset, len);
        let state = self.state.clone();
        let mut st = state.lock().unwrap();
        for p in r {
            st.prot[p] = Protection::None;
        }
        st.decommits += 1;
        self.mem(offset, len).fill(0xAA);
        Ok(())
    }
}

/// A tiny deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

struct Live {
    owner: ModuleId,
    addr: usize,
    size: usize,
    fill: u8,
}

#[test]
fn shadow_model_alignment_overlap_release_reuse() {
    let _maps = maps_lock();
    let page = 4096;
    let (src, state) = FakeSource::new(256, page);
    let mut mm = SectionMemoryManager::with_page_source(Box::new(src));
    mm.set_min_group_size(2 * page);
    let kinds = [
        SectionKind::Code,
        SectionKind::ReadOnly,
        SectionKind::ReadWrite,
    ];
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut live: Vec<Live> = Vec::new();
    for step in 0..3000u32 {
        if rng.below(10) == 0 {
            let owner = ModuleId(rng.below(6) as u32);
            mm.release(owner);
            live.retain(|l| l.owner != owner);
        } else if rng.below(25) == 0 {
            mm.finalize().unwrap();
        } else {
            let owner = ModuleId(rng.below(6) as u32);
            let kind = kinds[rng.below(3) as usize];
            let size = match rng.below(8) {
                0 => 0,
                1 => page + rng.below(3 * page as u64) as usize,
                _ => 1 + rng.below(300) as usize,
            };
            let align = 1usize << rng.below(7);
            let Ok(p) = mm.allocate(kind, size, align, owner, "s") else {
                continue;
            };
            let addr = p.local.as_ptr() as usize;
            assert_eq!(addr as u64, p.target, "one view: local == target");
            assert_eq!(addr % align, 0, "misaligned allocation at step {step}");
            for l in &live {
                let disjoint = addr + size.max(1) <= l.addr || l.addr + l.size.max(1) <= addr;
                assert!(disjoint, "overlap at step {step}");
            }
            // SAFETY: the manager handed out `size` writable bytes at `addr`.
            let bytes = unsafe { std::slice::from_raw_parts_mut(addr as *mut u8, size) };
            assert!(
                bytes.iter().all(|&b| b == 0),
                "new memory is not zero at step {step}"
            );
            let fill = (step % 251) as u8 + 1;
            // Writes happen only before the next finalize in the protocol; the fake does not
            // enforce protections, so writing right away models that.
            bytes.fill(fill);
            live.push(Live {
                owner,
                addr,
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
    for l in &live {
        // SAFETY: live allocations are still committed.
        let bytes = unsafe { std::slice::from_raw_parts(l.addr as *const u8, l.size) };
        assert!(
            bytes.iter().all(|&b| b == l.fill),
            "allocation contents changed"
        );
    }
    let st = state.lock().unwrap();
    assert!(st.decommits > 0 && st.commits > st.decommits);
    drop(st);
    for o in 0..6 {
        mm.release(ModuleId(o));
    }
    assert_eq!(mm.stats().bytes_used, 0);
    assert_eq!(mm.committed_bytes(), 0);
    assert_eq!(mm.free.len(), 1, "free list coalesces back to one range");
    assert!(
        state
            .lock()
            .unwrap()
            .prot
            .iter()
            .all(|&p| p == Protection::None)
    );
}

#[test]
fn finalize_protects_groups_and_seals_them() {
    let _maps = maps_lock();
    let page = 4096;
    let (src, state) = FakeSource::new(64, page);
    let mut mm = SectionMemoryManager::with_page_source(Box::new(src));
    let base = mm.base();
    let code = mm
        .allocate(SectionKind::Code, 10, 16, ModuleId(1), ".text")
        .unwrap();
    let ro = mm
        .allocate(SectionKind::ReadOnly, 10, 8, ModuleId(1), ".rodata")
        .unwrap();
    let rw = mm
        .allocate(SectionKind::ReadWrite, 10, 8, ModuleId(1), ".data")
        .unwrap();
    let page_of = |p: Placement| (p.target as usize - base) / page;
    assert_ne!(page_of(code), page_of(ro));
    assert_ne!(page_of(ro), page_of(rw));
    mm.finalize().unwrap();
    {
        let st = state.lock().unwrap();
        assert_eq!(st.prot[page_of(code)], Protection::ReadExecute);
        assert_eq!(st.prot[page_of(ro)], Protection::ReadOnly);
        assert_eq!(st.prot[page_of(rw)], Protection::ReadWrite);
    }
    let s = mm.stats();
    assert_eq!(
        (s.publishes, s.icache_flushes, s.allocations, s.bytes_used),
        (1, 1, 3, 30)
    );
    mm.finalize().unwrap();
    assert_eq!(
        mm.stats().publishes,
        1,
        "a finalize with nothing new changes nothing"
    );
    // New code for the same owner goes to a new group, never to the executable pages.
    let code2 = mm
        .allocate(SectionKind::Code, 10, 16, ModuleId(1), ".text")
        .unwrap();
    assert_ne!(page_of(code2), page_of(code));
    assert_eq!(
        state.lock().unwrap().prot[page_of(code2)],
        Protection::ReadWrite
    );
    // Read-write groups stay open after finalize.
    let rw2 = mm
        .allocate(SectionKind::ReadWrite, 10, 8, ModuleId(1), ".data")
        .unwrap();
    assert_eq!(page_of(rw2), page_of(rw));
    mm.finalize().unwrap();
    assert_eq!((mm.stats().publishes, mm.stats().icache_flushes), (2, 2));
}

#[test]
fn reserve_hint_sizes_groups_and_exhaustion_is_an_error() {
    let _maps = maps_lock();
    let page = 4096;
    let (src, _state) = FakeSource::new(8, page);
    let mut mm = SectionMemoryManager::with_page_source(Box::new(src));
    mm.reserve(100, 0, 0).unwrap();
    mm.allocate(SectionKind::Code, 100, 16, ModuleId(0), ".text")
        .unwrap();
    assert_eq!(
        mm.committed_bytes(),
        page,
        "hinted group is one page, not the 64 KiB minimum"
    );
    let err = mm
        .allocate(SectionKind::ReadWrite, 9 * page, 8, ModuleId(0), ".bss")
        .unwrap_err();
    assert!(matches!(err, MmError::OutOfMemory { .. }), "{err}");
    assert!(err.to_string().contains(".bss"));
    let err = mm
        .allocate(SectionKind::ReadWrite, 8, 3, ModuleId(0), ".data")
        .unwrap_err();
    assert!(matches!(err, MmError::Invalid(_)));
}

#[test]
fn large_alignment_is_honoured() {
    let _maps = maps_lock();
    let (src, _state) = FakeSource::new(64, 4096);
    let mut mm = SectionMemoryManager::with_page_source(Box::new(src));
    mm.set_min_group_size(1);
    mm.allocate(SectionKind::ReadWrite, 8, 8, ModuleId(0), "a")
        .unwrap();
    // The address, not the offset in the (only page-aligned) reservation.
    for align in [4 * 4096, 16 * 4096] {
        let p = mm
            .allocate(SectionKind::Code, 8, align, ModuleId(0), "b")
            .unwrap();
        assert_eq!(p.target as usize % align, 0, "alignment {align}");
    }
}

#[test]
fn real_mmap_protections_after_finalize_and_no_wx() {
    let _maps = maps_lock();
    let mut mm = SectionMemoryManager::with_reservation(64 << 20).unwrap();
    assert_eq!(mm.base() % system_page_size(), 0);
    let code = mm
        .allocate(SectionKind::Code, 8, 16, ModuleId(7), ".text")
        .unwrap();
    let ro = mm
        .allocate(SectionKind::ReadOnly, 64, 8, ModuleId(7), ".rodata")
        .unwrap();
    let rw = mm
        .allocate(SectionKind::ReadWrite, 64, 8, ModuleId(7), ".data")
        .unwrap();
    // x86-64 `mov eax, 42; ret; int3; int3`, or AArch64 `mov w0, #42; ret`.
    let bytes: [u8; 8] = if cfg!(target_arch = "aarch64") {
        [0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6]
    } else {
        [0xb8, 42, 0, 0, 0, 0xc3, 0xcc, 0xcc]
    };
    // SAFETY: 8 writable bytes were allocated at `code.local`.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), code.local.as_ptr(), 8) };
    assert_eq!(&perms_at(code.target)[..3], "rw-");
    mm.finalize().unwrap();
    assert_eq!(&perms_at(code.target)[..3], "r-x");
    let ro_perms = perms_at(ro.target);
    assert!(!ro_perms.contains('w'), "read-only data is {ro_perms}");
    // QEMU user mode reports read-only guest pages as r-x; hardware and x86-64 say r--.
    if cfg!(target_arch = "x86_64") {
        assert_eq!(&ro_perms[..3], "r--");
    }
    assert_eq!(&perms_at(rw.target)[..3], "rw-");
    for (a, b, p) in maps() {
        assert!(
            !(p.contains('w') && p.contains('x')),
            "mapping {a:#x}-{b:#x} is {p}"
        );
    }
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        // SAFETY: the bytes are a complete function with this signature, now executable
        // (and, on AArch64, flushed from the data cache to instruction fetch).
        let f: extern "C" fn() -> i32 = unsafe { std::mem::transmute(code.target as usize) };
        assert_eq!(f(), 42);
    }
    let s = mm.stats();
    assert_eq!(
        (s.bytes_reserved, s.bytes_used, s.mappings),
        (64 << 20, 136, 1)
    );
    mm.release(ModuleId(7));
    assert_eq!(
        &perms_at(code.target)[..3],
        "---",
        "released code is inaccessible"
    );
    assert_eq!(mm.stats().bytes_used, 0);
    // Reuse: the same low pages come back, zeroed.
    let again = mm
        .allocate(SectionKind::ReadWrite, 6, 16, ModuleId(8), ".data")
        .unwrap();
    assert_eq!(again.target, code.target);
    // SAFETY: 6 bytes were just allocated there.
    let fresh = unsafe { std::slice::from_raw_parts(again.local.as_ptr(), 6) };
    assert_eq!(fresh, &[0; 6]);
    let base = mm.base();
    drop(mm);
    assert!(
        perms_at(base as u64).is_empty(),
        "the reservation is unmapped on drop"
    );
}
