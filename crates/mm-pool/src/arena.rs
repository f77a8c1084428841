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
    /// Dual mapping on an instruction-fetch model that ignores cache maintenance for writes
    /// through the alias (QEMU user mode): re-protect published pages so it drops stale
    /// translations. Set by [`Arena::probe_alias_coherence`].
    pub(crate) refresh_by_protect: bool,
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
    /// `mprotect` calls made.
    pub(crate) protects: u64,
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
            refresh_by_protect: false,
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
            self.bits.clear_range(g, n);
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
                // SAFETY: whole pages of our arena; code in them is complete (protocol).
                if unsafe { libc::mprotect(addr as *mut _, len, f.prot) } != 0 {
                    self.dirty = runs;
                    return Err(MmError::Protect(format!(
                        "mprotect: {}",
                        std::io::Error::last_os_error()
                    )));
                }
                out.protects += 1;
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
            out.protects += self.refresh(&runs);
            out.flushes += self.invalidate(&runs);
        }
        Ok(out)
    }

    /// Emulator workaround (dual mapping): takes execute permission away from the pages of
    /// `runs` and gives it back, which makes QEMU drop its translations of them. Returns
    /// the number of `mprotect` calls.
    fn refresh(&self, runs: &[(usize, usize)]) -> u64 {
        if !self.refresh_by_protect {
            return 0;
        }
        let pg = self.page_g;
        let mut pages: Vec<(usize, usize)> = runs
            .iter()
            .map(|&(s, e)| (s / pg, e.div_ceil(pg)))
            .collect();
        merge(&mut pages, 0);
        for &(p0, p1) in &pages {
            let (addr, len) = (self.target + p0 * pg * GRANULE, (p1 - p0) * pg * GRANULE);
            // SAFETY: pages of our RX view; taking execute away and giving it back changes
            // no bytes. Code in them cannot run in between (only done under an emulator).
            unsafe {
                libc::mprotect(addr as *mut _, len, libc::PROT_READ);
                libc::mprotect(addr as *mut _, len, libc::PROT_READ | libc::PROT_EXEC);
            }
        }
        2 * pages.len() as u64
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
        self.refresh(&runs);
        self.invalidate(&runs);
        runs.clear();
        self.freed = runs;
    }

    /// Unseals page `p` that holds nothing live (flip mode).
    fn free_sealed_empty(&mut self, p: usize) {
        let Some(f) = &mut self.flip else { return };
        let pg = f.page_g;
        let (addr, len) = (self.target + p * pg * GRANULE, pg * GRANULE);
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
