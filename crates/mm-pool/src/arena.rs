//! One arena per section kind: a run of granules inside the reservation, its bitmap, and
//! (for code and read-only data) the bookkeeping of what was written since the last publish.

use crate::bitmap::Bitmap;
use crate::trap;
use jit_core::memory::{MmError, SectionKind};

/// Allocation granularity in bytes.
pub const GRANULE: usize = 64;

/// Permission-flipping state (no dual mapping): pages are sealed (made RX / R) at publish and
/// take no new allocations until every allocation in them is released.
#[derive(Debug)]
struct Flip {
    /// Granules per page.
    page_g: usize,
    /// Protection given at publish.
    prot: libc::c_int,
    sealed: Vec<bool>,
    /// Live granules per page.
    live: Vec<u32>,
}

/// Dual mapping on an instruction-fetch model that ignores cache maintenance for writes
/// through the alias (QEMU user mode keeps its translations of a page until the page loses
/// execute permission or is unmapped). Taking execute permission away is only safe on a
/// page no thread can be running in, so it is done exactly there:
/// - at publish, on pages that held no published code before (new pages, or pages emptied
///   since), which drops translations left by earlier users of the address;
/// - when the last allocation of a page is released. Until then the page's freed granules
///   are quarantined (not reused), so new code in a page with running code only ever goes
///   into bytes nothing has executed, which no translation covers.
///
/// The price is sub-page reuse of freed code, under the emulator only.
#[derive(Debug)]
struct Quarantine {
    /// Live granules per page.
    live: Vec<u32>,
    /// Page holds published code (someone may be running in it).
    published: Vec<bool>,
}

/// A granule allocator over `[target, target + len)`, written through `local`.
#[derive(Debug)]
pub(crate) struct Arena {
    pub(crate) kind: SectionKind,
    target: usize,
    local: usize,
    pub(crate) bits: Bitmap,
    /// Granules handed out and not released.
    pub(crate) live: usize,
    /// Granules at or above this index were never handed out (still zero).
    high_water: usize,
    /// Granules per page (coalescing distance for dirty runs).
    page_g: usize,
    /// Granule runs `[start, end)` allocated since the last publish (code and rodata only).
    dirty: Vec<(usize, usize)>,
    flip: Option<Flip>,
    /// Set when instruction fetch ignores cache maintenance for writes through the alias
    /// (an emulator); see [`Quarantine`].
    emulated: Option<Quarantine>,
    /// `mprotect` calls made so far.
    pub(crate) mprotect_calls: u64,
    /// Code granule runs trap-filled through the alias since the last `flush_freed`.
    freed: Vec<(usize, usize)>,
}

/// What a publish did.
#[derive(Debug, Default)]
pub(crate) struct Published {
    /// Something new became visible.
    pub(crate) any: bool,
    /// Code ranges flushed from the instruction cache.
    pub(crate) flushes: u64,
}

fn merge(runs: &mut Vec<(usize, usize)>, gap: usize) {
    runs.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
    for &(s, e) in runs.iter() {
        match out.last_mut() {
            Some(last) if s <= last.1 + gap => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    *runs = out;
}

impl Arena {
    /// An arena of `len` bytes (a multiple of `page`) at `target`, written at `local`.
    /// `flip` = permission flipping to `prot` at publish.
    pub(crate) fn new(
        kind: SectionKind,
        target: usize,
        local: usize,
        len: usize,
        page: usize,
        flip: Option<libc::c_int>,
    ) -> Self {
        let page_g = page / GRANULE;
        let pages = len / page;
        Arena {
            kind,
            target,
            local,
            bits: Bitmap::new(len / GRANULE),
            live: 0,
            high_water: 0,
            page_g,
            dirty: Vec::new(),
            flip: flip.map(|prot| Flip {
                page_g,
                prot,
                sealed: vec![false; pages],
                live: vec![0; pages],
            }),
            emulated: None,
            mprotect_calls: 0,
            freed: Vec::new(),
        }
    }

    /// Dual-mapped code arena, AArch64: writes `mov w0, #1; ret` at granule 0 through the
    /// alias, flushes and calls it, then rewrites it to return 2 and calls again. Returns
    /// false when the second call still returns 1, i.e. instruction fetch ignored the
    /// architected maintenance (an emulator). Leaves granule 0 zeroed. Call before any
    /// allocation.
    #[cfg(target_arch = "aarch64")]
    pub(crate) fn probe_alias_coherence(&mut self) -> bool {
        let run = |imm: u32| -> u32 {
            let words = [0x5280_0000u32 | imm << 5, 0xd65f_03c0];
            // SAFETY: granule 0 is unallocated, writable through the alias, and 64 bytes
            // long; nothing else uses it during the probe.
            unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), self.local as *mut u32, 2) };
            mm_common::icache::invalidate(self.target, 8);
            // SAFETY: the RX view at `target` now holds a complete `fn() -> u32`, made
            // visible to instruction fetch just above.
            let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(self.target) };
            f()
        };
        let coherent = run(1) == 1 && run(2) == 2;
        // SAFETY: as above; granules above the high-water mark must read as zero.
        unsafe { std::ptr::write_bytes(self.local as *mut u8, 0, GRANULE) };
        coherent
    }

    /// Switches to the emulator workaround ([`Quarantine`]). Call before any allocation.
    #[cfg_attr(
        not(any(test, target_arch = "aarch64")),
        expect(dead_code, reason = "the probe that needs it runs on AArch64")
    )]
    pub(crate) fn work_around_emulated_fetch(&mut self) {
        let pages = self.bits.len() / self.page_g;
        self.emulated = Some(Quarantine {
            live: vec![0; pages],
            published: vec![false; pages],
        });
    }

    /// True when the emulator workaround is on.
    pub(crate) fn is_emulated(&self) -> bool {
        self.emulated.is_some()
    }

    /// Address (in the target view) of granule `g`.
    pub(crate) fn target_addr(&self, g: usize) -> usize {
        self.target + g * GRANULE
    }

    /// Address (in the writable view) of granule `g`.
    pub(crate) fn local_addr(&self, g: usize) -> usize {
        self.local + g * GRANULE
    }

    /// Bytes of the arena.
    pub(crate) fn len_bytes(&self) -> usize {
        self.bits.len() * GRANULE
    }

    /// Granules made unusable by sealing (free, but in pages that are RX / R).
    pub(crate) fn sealed_waste(&self) -> usize {
        self.bits.used() - self.live
    }

    /// Takes `n` granules aligned to `align` granules; the memory reads as zero.
    pub(crate) fn alloc(&mut self, n: usize, align: usize) -> Option<usize> {
        let g = self.bits.find(n, align)?;
        self.bits.set_range(g, n);
        self.live += n;
        if g < self.high_water {
            // SAFETY: the granules were just taken from the bitmap, so nothing else uses
            // them, and the writable view maps them (flip mode: unsealed pages are RW).
            unsafe { std::ptr::write_bytes(self.local_addr(g) as *mut u8, 0, n * GRANULE) };
        }
        self.high_water = self.high_water.max(g + n);
        if let Some(f) = &mut self.flip {
            for_pages(g, n, f.page_g, |p, k| f.live[p] += k as u32);
        }
        if let Some(q) = &mut self.emulated {
            for_pages(g, n, self.page_g, |p, k| q.live[p] += k as u32);
        }
        if self.kind != SectionKind::ReadWrite {
            let gap = self.page_g;
            match self.dirty.last_mut() {
                Some(last) if g <= last.1 + gap && g + n + gap >= last.0 => {
                    last.0 = last.0.min(g);
                    last.1 = last.1.max(g + n);
                }
                _ => self.dirty.push((g, g + n)),
            }
        }
        Some(g)
    }

    /// Gives back `n` granules at `g`: freed code is filled with the trap pattern (at once
    /// with a dual mapping; in flip mode, when its page is unsealed).
    pub(crate) fn free(&mut self, g: usize, n: usize) {
        self.live -= n;
        let code = self.kind == SectionKind::Code;
        let Some(f) = &mut self.flip else {
            if code {
                // SAFETY: the granules belonged to the released allocation; the writable
                // view maps them and no one may use released memory any more.
                unsafe { trap::fill(self.local_addr(g) as *mut u8, n * GRANULE) };
                self.freed.push((g, g + n));
            }
            let Some(q) = &mut self.emulated else {
                self.bits.clear_range(g, n);
                return;
            };
            // Quarantined until the page empties; then no one can be running in it.
            let mut emptied = Vec::new();
            for_pages(g, n, self.page_g, |p, k| {
                q.live[p] -= k as u32;
                if q.live[p] == 0 {
                    q.published[p] = false;
                    emptied.push(p);
                }
            });
            for p in emptied {
                self.refresh(p, p + 1);
                self.bits.clear_range(p * self.page_g, self.page_g);
            }
            return;
        };
        let page_g = f.page_g;
        let mut unseal = Vec::new();
        for_pages(g, n, page_g, |p, k| {
            f.live[p] -= k as u32;
            if f.sealed[p] && f.live[p] == 0 {
                unseal.push(p);
            }
        });
        // Parts in unsealed (still writable) pages are freed right away.
        let mut i = g;
        while i < g + n {
            let p = i / page_g;
            let end = ((p + 1) * page_g).min(g + n);
            if !f.sealed[p] {
                if code {
                    // SAFETY: an unsealed page is RW in flip mode; the granules were the
                    // released allocation's.
                    unsafe {
                        trap::fill((self.local + i * GRANULE) as *mut u8, (end - i) * GRANULE)
                    };
                }
                self.bits.clear_range(i, end - i);
            }
            i = end;
        }
        for p in unseal {
            let addr = self.target + p * page_g * GRANULE;
            let len = page_g * GRANULE;
            let rw = libc::PROT_READ | libc::PROT_WRITE;
            self.mprotect_calls += 1;
            // SAFETY: the page lies in our arena and holds no live allocation.
            if unsafe { libc::mprotect(addr as *mut _, len, rw) } != 0 {
                continue; // stays sealed: leaking a page beats reusing unknown state
            }
            if code {
                // SAFETY: the page is now RW and holds nothing live.
                unsafe { trap::fill(addr as *mut u8, len) };
            }
            self.flip.as_mut().expect("flip mode").sealed[p] = false;
            self.bits.clear_range(p * page_g, page_g);
        }
    }

    /// Makes everything allocated since the last publish visible to the target view: flushes
    /// new code from the instruction cache (dual mapping), or seals its pages (flip mode).
    pub(crate) fn publish(&mut self) -> Result<Published, MmError> {
        let mut out = Published::default();
        if self.dirty.is_empty() {
            return Ok(out);
        }
        out.any = true;
        let mut runs = std::mem::take(&mut self.dirty);
        merge(&mut runs, self.page_g);
        let code = self.kind == SectionKind::Code;
        if let Some(f) = &mut self.flip {
            let pg = f.page_g;
            let mut pages: Vec<(usize, usize)> = runs
                .iter()
                .map(|&(s, e)| (s / pg, e.div_ceil(pg)))
                .collect();
            merge(&mut pages, 0);
            for &(p0, p1) in &pages {
                let (addr, len) = (self.target + p0 * pg * GRANULE, (p1 - p0) * pg * GRANULE);
                self.mprotect_calls += 1;
                // SAFETY: whole pages of our arena; code in them is complete (protocol).
                if unsafe { libc::mprotect(addr as *mut _, len, f.prot) } != 0 {
                    self.dirty = runs;
                    return Err(MmError::Protect(format!(
                        "mprotect: {}",
                        std::io::Error::last_os_error()
                    )));
                }
                for p in p0..p1 {
                    if !f.sealed[p] {
                        f.sealed[p] = true;
                        self.bits.set_range(p * pg, pg);
                    }
                }
            }
            // A page whose allocations were all released before publishing: unseal at once.
            let empty: Vec<usize> = pages
                .iter()
                .flat_map(|&(a, b)| a..b)
                .filter(|&p| f.live[p] == 0)
                .collect();
            for p in empty {
                self.free_sealed_empty(p);
            }
            if code {
                for &(p0, p1) in &pages {
                    let (addr, len) = (self.target + p0 * pg * GRANULE, (p1 - p0) * pg * GRANULE);
                    mm_common::icache::invalidate(addr, len);
                    out.flushes += 1;
                }
            }
        } else if code {
            self.refresh_unpublished(&runs);
            out.flushes += self.invalidate(&runs);
        }
        Ok(out)
    }

    /// Emulator workaround at publish: refreshes the pages of `runs` that held no published
    /// code (no one can be running in them) and marks them all published.
    fn refresh_unpublished(&mut self, runs: &[(usize, usize)]) {
        let Some(q) = &mut self.emulated else { return };
        let pg = self.page_g;
        let mut fresh = Vec::new();
        for &(s, e) in runs {
            for p in s / pg..e.div_ceil(pg) {
                if !std::mem::replace(&mut q.published[p], true) {
                    fresh.push((p, p + 1));
                }
            }
        }
        merge(&mut fresh, 0);
        for (p0, p1) in fresh {
            self.refresh(p0, p1);
        }
    }

    /// Emulator workaround: takes execute permission away from pages `[p0, p1)` of the RX
    /// view and gives it back, which makes QEMU drop its translations of them. Callers
    /// guarantee no thread runs code in those pages.
    fn refresh(&mut self, p0: usize, p1: usize) {
        let pg = self.page_g;
        let (addr, len) = (self.target + p0 * pg * GRANULE, (p1 - p0) * pg * GRANULE);
        // SAFETY: pages of our RX view; taking execute away and giving it back changes no
        // bytes, and the caller guarantees nothing executes there in between.
        unsafe {
            libc::mprotect(addr as *mut _, len, libc::PROT_READ);
            libc::mprotect(addr as *mut _, len, libc::PROT_READ | libc::PROT_EXEC);
        }
        self.mprotect_calls += 2;
    }

    /// Flushes the granule runs `runs` from the instruction cache, by their RX-view
    /// addresses (the addresses instruction fetch uses). Returns the number of ranges.
    fn invalidate(&self, runs: &[(usize, usize)]) -> u64 {
        for &(s, e) in runs {
            mm_common::icache::invalidate(self.target_addr(s), (e - s) * GRANULE);
        }
        runs.len() as u64
    }

    /// Makes the trap fill of code freed since the last call visible to instruction fetch
    /// (dual mapping: the fill went through the alias), so a stale call traps rather than
    /// running cached old instructions.
    pub(crate) fn flush_freed(&mut self) {
        if self.freed.is_empty() {
            return;
        }
        let mut runs = std::mem::take(&mut self.freed);
        merge(&mut runs, self.page_g);
        self.invalidate(&runs);
        runs.clear();
        self.freed = runs;
    }

    /// Unseals page `p` that holds nothing live (flip mode).
    fn free_sealed_empty(&mut self, p: usize) {
        let Some(f) = &mut self.flip else { return };
        let pg = f.page_g;
        let (addr, len) = (self.target + p * pg * GRANULE, pg * GRANULE);
        self.mprotect_calls += 1;
        // SAFETY: the page lies in our arena and holds no live allocation.
        if unsafe { libc::mprotect(addr as *mut _, len, libc::PROT_READ | libc::PROT_WRITE) } == 0 {
            f.sealed[p] = false;
            self.bits.clear_range(p * pg, pg);
            if self.kind == SectionKind::Code {
                // SAFETY: the page is RW now and holds nothing live.
                unsafe { trap::fill(addr as *mut u8, len) };
            }
        }
    }
}

/// Calls `f(page, granules_in_page)` for each page that `[g, g + n)` touches.
fn for_pages(g: usize, n: usize, page_g: usize, mut f: impl FnMut(usize, usize)) {
    let mut i = g;
    while i < g + n {
        let p = i / page_g;
        let end = ((p + 1) * page_g).min(g + n);
        f(p, end - i);
        i = end;
    }
}
