//! `huge`: a memory manager that puts hot code on huge pages (2 MiB on x86-64 and 4 KiB-page
//! AArch64), so calls spread over a large body of JIT code do not thrash the instruction TLB.
//!
//! It places code in 2 MiB *units* backed by transparent huge pages or hugetlbfs and keeps
//! every permission change on whole units, so a huge page is never split. Data sections go
//! to ordinary pages next to the code. It does not link (that is `jit-link`), and it is not
//! the manager for many small, separately published modules (use `pool`): each publish
//! seals a unit.
//!
//! # Design notes
//! - **One reservation per manager**: a code region (256 MiB by default) aligned to the huge
//!   page size, followed by a data window (64 MiB), at most 2 GiB in all, so code and data
//!   are within x86-64 rel32 and AArch64 `ADRP` reach of each other.
//! - **Huge pages**: the code region is marked `madvise(MADV_HUGEPAGE)` once; a unit faults
//!   in as one transparent huge page when the THP mode (`/sys/kernel/mm/
//!   transparent_hugepage/enabled`, or the per-size knob) is `always` or `madvise`. With
//!   free hugetlbfs pages of the same size (`/proc/meminfo`), units are instead mapped
//!   `MAP_HUGETLB` (reserved at commit, so a shortage is an error then, never a SIGBUS
//!   later), falling back to THP when that fails. With neither, units are ordinary pages.
//!   [`MmStats::notes`] starts with `huge: yes (thp madvise)`, `huge: yes (thp always)`,
//!   `huge: yes (hugetlbfs)` or `huge: no (why)`.
//! - **Units and blocks**: code is bump-allocated in an *open* block (one unit, or several
//!   consecutive units for a section larger than a unit), written read-write. Sections
//!   keep their alignment (up to a unit). Owners share blocks.
//! - **W^X policy (seal)**: `finalize` flips every open block to read+execute with one
//!   `mprotect` of whole units (never splitting a huge page; about 2 µs) and flushes the
//!   written part from the instruction cache. A sealed block is never written again; the
//!   next code opens the next unit. Cost: each publish with new code starts a fresh unit,
//!   so N publishes of tiny modules take N units (2 MiB of memory each once touched).
//!   **Opt-in reopen** ([`HugeConfig::reopen_sealed_units`]): when new code needs a unit,
//!   the latest sealed unit with room is flipped back to read-write and sealed again at the
//!   next finalize (two whole-unit `mprotect`s, no split). Its older code is not executable
//!   in between, so only use it when no thread runs this manager's code during loading.
//! - **Release**: a released section in an open block is filled with the trap pattern
//!   (`mm_common::trap`) at once; in a sealed block it stays until the block empties (writing
//!   it would need a flip). An empty block is made read-write and zeroed and kept as the one
//!   *cached* unit for the next code (no page fault, no new huge page), or decommitted
//!   (`MADV_DONTNEED` + `PROT_NONE`) and its units returned to the free list. Stale calls
//!   into released code fault in both cases.
//! - **Data**: read-only and read-write sections are placed by `mm_section`'s policy (page
//!   groups per owner, W^X per group) in the data window, through a small page source over
//!   this manager's reservation.
//! - **Metadata** (block table, free unit list, owner records) lives on the Rust heap.
//! - **Statistics**: code counters plus the data manager's; `notes` gives the huge-page
//!   verdict, the unit size, open/sealed/cached block counts, free units and the policy.

pub mod registry;
mod thp;
mod vm;

pub use thp::{DEFAULT_HUGE_PAGE, ThpMode, free_hugetlb_pages, huge_page_size, thp_mode};

use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind};
use mm_section::{Protection, SectionMemoryManager};
use std::collections::{BTreeMap, HashMap};
use std::ptr::NonNull;

/// Which huge-page mechanism to use.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum HugeSource {
    /// hugetlbfs when free pages exist, else THP when enabled, else ordinary pages.
    #[default]
    Auto,
    /// Transparent huge pages only.
    Thp,
    /// hugetlbfs first (then THP).
    HugeTlb,
    /// Ordinary pages (the fallback, selectable for comparisons).
    Normal,
}

/// Sizes and policy; see the crate documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HugeConfig {
    /// Bytes of the code region (rounded up to whole units).
    pub code_bytes: usize,
    /// Bytes of the data window (rounded up to pages).
    pub data_bytes: usize,
    /// Huge-page mechanism.
    pub source: HugeSource,
    /// Flip a sealed unit back to read-write when new code needs room (see the crate doc).
    pub reopen_sealed_units: bool,
}

impl Default for HugeConfig {
    fn default() -> Self {
        HugeConfig {
            code_bytes: 256 << 20,
            data_bytes: 64 << 20,
            source: HugeSource::Auto,
            reopen_sealed_units: false,
        }
    }
}

/// Largest reservation: keeps code and data in x86-64 rel32 reach.
pub const MAX_RESERVATION: usize = 2 << 30;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum State {
    /// Read-write, taking allocations.
    Open,
    /// Read-execute.
    Sealed,
    /// Empty, read-write and zero, kept for the next code.
    Cached,
}

#[derive(Debug)]
struct Block {
    units: usize,
    state: State,
    /// Bump pointer (bytes from the block start).
    used: usize,
    /// Live sections.
    live: usize,
    /// In the list of blocks to seal at the next finalize.
    pending: bool,
    hugetlb: bool,
}

#[derive(Copy, Clone, Debug)]
struct CodeRec {
    block: u32,
    offset: u32,
    size: u32,
}

/// The huge-page code memory manager; see the crate documentation.
pub struct HugeMemoryManager {
    base: usize,
    len: usize,
    code_base: usize,
    unit: usize,
    units: usize,
    blocks: BTreeMap<usize, Block>,
    /// Free unit runs: first unit → count, coalesced.
    free: BTreeMap<usize, usize>,
    current: Option<usize>,
    pending: Vec<usize>,
    cached: Option<usize>,
    owners: HashMap<ModuleId, Vec<CodeRec>>,
    data: SectionMemoryManager,
    data_pending: bool,
    thp: bool,
    hugetlb: bool,
    verdict: String,
    reopen: bool,
    reopens: u64,
    code_used: u64,
    code_allocations: u64,
    stats: MmStats,
}

impl HugeMemoryManager {
    /// A manager with the default configuration.
    pub fn new() -> Result<Self, MmError> {
        Self::with_config(&HugeConfig::default())
    }

    /// A manager laid out as `config` says.
    pub fn with_config(config: &HugeConfig) -> Result<Self, MmError> {
        let unit = huge_page_size();
        let page = mm_section::system_page_size();
        let invalid = || MmError::Invalid(format!("bad huge manager configuration {config:?}"));
        let code = config
            .code_bytes
            .checked_next_multiple_of(unit)
            .filter(|&n| n > 0)
            .ok_or_else(invalid)?;
        let data = config
            .data_bytes
            .checked_next_multiple_of(page)
            .filter(|&n| n > 0)
            .ok_or_else(invalid)?;
        let len = code + unit + data;
        if len > MAX_RESERVATION {
            return Err(MmError::Invalid(format!(
                "a huge reservation of {len} bytes exceeds {MAX_RESERVATION} (branch reach)"
            )));
        }
        let base = vm::reserve(len).map_err(|reason| MmError::OutOfMemory {
            size: len,
            section: "<huge reservation>".into(),
            reason,
        })?;
        let code_base = base.next_multiple_of(unit);
        let mode = thp_mode(unit);
        let free_tlb = free_hugetlb_pages(unit);
        let (want_tlb, want_thp) = match config.source {
            HugeSource::Auto => (free_tlb > 0, true),
            HugeSource::Thp => (false, true),
            HugeSource::HugeTlb => (true, true),
            HugeSource::Normal => (false, false),
        };
        let mut thp = want_thp && mode.usable();
        let mut advise_error = None;
        if thp {
            // SAFETY: the code region lies inside the reservation just made.
            if let Err(e) = unsafe { vm::advise_huge(code_base, code) } {
                thp = false;
                advise_error = Some(e);
            }
        }
        let verdict = verdict(want_tlb, want_thp, thp, &mode, advise_error);
        // SAFETY: the data window is the page-aligned tail of our reservation, used by
        // nothing else, and the reservation outlives `data_mm` (unmapped in `drop`).
        let window = unsafe { mm_common::RangePageSource::new(code_base + code, data, page) };
        let data_mm = SectionMemoryManager::with_page_source(Box::new(window));
        let mut free = BTreeMap::new();
        free.insert(0, code / unit);
        Ok(HugeMemoryManager {
            base,
            len,
            code_base,
            unit,
            units: code / unit,
            blocks: BTreeMap::new(),
            free,
            current: None,
            pending: Vec::new(),
            cached: None,
            owners: HashMap::new(),
            data: data_mm,
            data_pending: false,
            thp,
            hugetlb: want_tlb,
            verdict,
            reopen: config.reopen_sealed_units,
            reopens: 0,
            code_used: 0,
            code_allocations: 0,
            stats: MmStats {
                bytes_reserved: len as u64,
                mappings: 1,
                ..MmStats::default()
            },
        })
    }

    /// Size of a unit (the huge page size).
    pub fn unit_size(&self) -> usize {
        self.unit
    }

    /// Target address range of the code region.
    pub fn code_range(&self) -> std::ops::Range<u64> {
        self.code_base as u64..(self.code_base + self.units * self.unit) as u64
    }

    /// Whether code is placed on huge pages (THP or hugetlbfs), as promised by the system;
    /// `/proc/self/smaps` tells whether a particular unit got one.
    pub fn is_huge(&self) -> bool {
        self.thp || self.hugetlb
    }

    /// Times a sealed unit was flipped back to read-write (reopen policy).
    pub fn reopens(&self) -> u64 {
        self.reopens
    }

    fn unit_addr(&self, u: usize) -> usize {
        self.code_base + u * self.unit
    }

    /// Takes `k` free units, lowest first.
    fn take_units(&mut self, k: usize) -> Option<usize> {
        let (&start, &run) = self.free.iter().find(|&(_, &run)| run >= k)?;
        self.free.remove(&start);
        if run > k {
            self.free.insert(start + k, run - k);
        }
        Some(start)
    }

    /// Returns units to the free list, merging neighbours.
    fn give_units(&mut self, mut start: usize, mut k: usize) {
        if let Some((&p, &pk)) = self.free.range(..start).next_back()
            && p + pk == start
        {
            self.free.remove(&p);
            start = p;
            k += pk;
        }
        if let Some(nk) = self.free.remove(&(start + k)) {
            k += nk;
        }
        self.free.insert(start, k);
    }

    /// Opens a block of `k` units for new code.
    fn open_block(&mut self, k: usize, size: usize, name: &str) -> Result<usize, MmError> {
        if k == 1
            && let Some(u) = self.cached.take()
        {
            let b = self.blocks.get_mut(&u).expect("cached block exists");
            b.state = State::Open;
            return Ok(u);
        }
        let u = self.take_units(k).ok_or_else(|| MmError::OutOfMemory {
            size,
            section: name.to_string(),
            reason: format!(
                "no {k} free {}-byte units in the {}-byte code region",
                self.unit,
                self.units * self.unit
            ),
        })?;
        let (addr, len) = (self.unit_addr(u), k * self.unit);
        let mut hugetlb = false;
        if self.hugetlb {
            // SAFETY: free units of our code region, unit aligned, holding nothing.
            match unsafe { vm::map_hugetlb(addr, len) } {
                Ok(()) => hugetlb = true,
                Err(e) => {
                    // A failed MAP_FIXED may have unmapped the range on some kernels: put
                    // fresh reserved pages back before using it.
                    // SAFETY: as above.
                    unsafe {
                        vm::map_none(addr, len)?;
                        if self.thp {
                            let _ = vm::advise_huge(addr, len);
                        }
                    }
                    self.hugetlb = false;
                    self.verdict = if self.thp {
                        format!("huge: yes (thp; hugetlbfs refused: {e})")
                    } else {
                        format!("huge: no (hugetlbfs refused: {e}; THP not usable)")
                    };
                }
            }
        }
        if !hugetlb {
            // SAFETY: free units of our code region; nothing refers to them.
            if let Err(e) = unsafe { vm::protect(addr, len, Protection::ReadWrite) } {
                self.give_units(u, k);
                return Err(e);
            }
        }
        self.stats.mappings += hugetlb as u64;
        self.blocks.insert(
            u,
            Block {
                units: k,
                state: State::Open,
                used: 0,
                live: 0,
                pending: false,
                hugetlb,
            },
        );
        Ok(u)
    }

    /// Flips the latest sealed one-unit block with room for `size` at `align` back to RW.
    fn reopen_block(&mut self, size: usize, align: usize) -> Result<Option<usize>, MmError> {
        let unit = self.unit;
        let found = self.blocks.iter().rev().find_map(|(&u, b)| {
            let fits = b.used.next_multiple_of(align) + size <= unit;
            (b.state == State::Sealed && b.units == 1 && fits).then_some(u)
        });
        let Some(u) = found else { return Ok(None) };
        // SAFETY: a whole unit of our code region; the policy's contract is that no thread
        // runs its code until the next finalize.
        unsafe { vm::protect(self.unit_addr(u), unit, Protection::ReadWrite)? };
        self.blocks.get_mut(&u).expect("found above").state = State::Open;
        self.reopens += 1;
        Ok(Some(u))
    }

    /// Gives back an empty block: cache it (one unit, RW, zeroed) or decommit it.
    fn retire(&mut self, u: usize) {
        let b = self.blocks.get(&u).expect("retired block exists");
        let (addr, units, used, hugetlb, state) =
            (self.unit_addr(u), b.units, b.used, b.hugetlb, b.state);
        if self.current == Some(u) {
            self.current = None;
        }
        if units == 1 && self.cached.is_none() {
            // SAFETY: a unit of our code region with no live section left.
            let ok = state == State::Open
                || unsafe { vm::protect(addr, self.unit, Protection::ReadWrite) }.is_ok();
            if ok {
                // SAFETY: the unit is RW now and holds nothing live.
                unsafe { std::ptr::write_bytes(addr as *mut u8, 0, used) };
                let b = self.blocks.get_mut(&u).expect("exists");
                (b.state, b.used, b.pending) = (State::Cached, 0, false);
                self.cached = Some(u);
                self.pending.retain(|&p| p != u);
                return;
            }
        }
        let len = units * self.unit;
        // SAFETY: units of our code region with no live section left.
        let done = unsafe {
            if hugetlb {
                vm::map_none(addr, len).map(|()| {
                    if self.thp {
                        let _ = vm::advise_huge(addr, len);
                    }
                })
            } else {
                vm::decommit(addr, len)
            }
        };
        self.pending.retain(|&p| p != u);
        self.blocks.remove(&u);
        if done.is_ok() {
            self.stats.mappings -= hugetlb as u64;
            self.give_units(u, units);
        }
        // Otherwise the units stay out of the free list: leaking address space beats
        // reusing memory in an unknown state.
    }
}

/// The `huge: yes/no (why)` line of the notes, decided at construction.
fn verdict(
    want_tlb: bool,
    want_thp: bool,
    thp: bool,
    mode: &ThpMode,
    advise_error: Option<String>,
) -> String {
    let mode_name = match (advise_error, mode) {
        (Some(e), _) => e,
        (None, ThpMode::Always) => "thp always".to_string(),
        (None, ThpMode::Madvise) => "thp madvise".to_string(),
        (None, ThpMode::Never) => "THP mode is never".to_string(),
        (None, ThpMode::Unavailable(why)) => why.clone(),
    };
    if want_tlb {
        "huge: yes (hugetlbfs)".to_string()
    } else if thp {
        format!("huge: yes ({mode_name})")
    } else if !want_thp {
        "huge: no (ordinary pages by configuration)".to_string()
    } else {
        format!("huge: no ({mode_name}; no free hugetlbfs pages)")
    }
}

impl Drop for HugeMemoryManager {
    fn drop(&mut self) {
        // SAFETY: the reservation (with every unit and the data window inside it) was made
        // by `with_config`; the protocol ends with dropping the manager.
        unsafe { vm::unmap(self.base, self.len) };
    }
}

impl MemoryManager for HugeMemoryManager {
    fn name(&self) -> &str {
        "huge"
    }

    fn reserve(&mut self, code: usize, read_only: usize, read_write: usize) -> Result<(), MmError> {
        self.data.reserve(0, read_only, read_write)?;
        let _ = code;
        Ok(())
    }

    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError> {
        if kind != SectionKind::Code {
            self.data_pending |= kind == SectionKind::ReadOnly;
            return self.data.allocate(kind, size, align, owner, section_name);
        }
        if !align.is_power_of_two() || align > self.unit {
            return Err(MmError::Invalid(format!(
                "alignment {align} of section `{section_name}` is not a power of two up to {}",
                self.unit
            )));
        }
        if size > u32::MAX as usize {
            return Err(MmError::OutOfMemory {
                size,
                section: section_name.to_string(),
                reason: "larger than the code region".into(),
            });
        }
        let room = size.max(1);
        let unit = self.unit;
        let fits = |b: &Block| b.used.next_multiple_of(align) + room <= b.units * unit;
        let u = match self.current {
            Some(u) if self.blocks.get(&u).is_some_and(fits) => u,
            _ => {
                let k = room.div_ceil(unit);
                let reopened = if self.reopen && k == 1 && self.cached.is_none() {
                    self.reopen_block(room, align)?
                } else {
                    None
                };
                let u = match reopened {
                    Some(u) => u,
                    None => self.open_block(k, size, section_name)?,
                };
                self.current = Some(u);
                u
            }
        };
        let addr = self.unit_addr(u);
        let b = self.blocks.get_mut(&u).expect("current block exists");
        let at = b.used.next_multiple_of(align);
        b.used = at + room;
        b.live += 1;
        if !b.pending {
            b.pending = true;
            self.pending.push(u);
        }
        self.owners.entry(owner).or_default().push(CodeRec {
            block: u as u32,
            offset: at as u32,
            size: size as u32,
        });
        self.code_used += size as u64;
        self.code_allocations += 1;
        let ptr = NonNull::new((addr + at) as *mut u8)
            .ok_or_else(|| MmError::Other("code region at address 0".into()))?;
        Ok(Placement {
            local: ptr,
            target: (addr + at) as u64,
        })
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        let mut any = std::mem::take(&mut self.data_pending);
        self.data.finalize()?;
        while let Some(&u) = self.pending.last() {
            let addr = self.unit_addr(u);
            let b = self.blocks.get_mut(&u).expect("pending block exists");
            if b.used > 0 && b.state == State::Open {
                // SAFETY: whole units of our code region, completely written (protocol).
                unsafe { vm::protect(addr, b.units * self.unit, Protection::ReadExecute)? };
                b.state = State::Sealed;
                mm_section::icache::invalidate(addr, b.used);
                self.stats.icache_flushes += 1;
                any = true;
                if self.current == Some(u) {
                    self.current = None;
                }
            }
            b.pending = false;
            self.pending.pop();
        }
        if any {
            self.stats.publishes += 1;
        }
        Ok(())
    }

    fn release(&mut self, owner: ModuleId) {
        self.data.release(owner);
        let Some(recs) = self.owners.remove(&owner) else {
            return;
        };
        for r in recs {
            let u = r.block as usize;
            let addr = self.unit_addr(u);
            let Some(b) = self.blocks.get_mut(&u) else {
                continue;
            };
            self.code_used -= r.size as u64;
            b.live -= 1;
            if b.state == State::Open {
                // SAFETY: the section's bytes in an open (RW) block; it was released.
                unsafe {
                    mm_common::trap::fill((addr + r.offset as usize) as *mut u8, r.size as usize)
                };
            }
            if b.live == 0 {
                if b.state == State::Open && self.current == Some(u) {
                    // Keep the open block; start it over.
                    // SAFETY: RW and nothing live in it.
                    unsafe { std::ptr::write_bytes(addr as *mut u8, 0, b.used) };
                    b.used = 0;
                } else {
                    self.retire(u);
                }
            }
        }
    }

    fn stats(&self) -> MmStats {
        let d = self.data.stats();
        let mut s = self.stats.clone();
        s.bytes_used = self.code_used + d.bytes_used;
        s.allocations = self.code_allocations + d.allocations;
        let count = |st: State| self.blocks.values().filter(|b| b.state == st).count();
        s.notes = format!(
            "{}; unit {} KiB; blocks: {} open, {} sealed, {} cached; {} of {} units free; \
             policy: {}; data: {} bytes in page groups",
            self.verdict,
            self.unit >> 10,
            count(State::Open),
            count(State::Sealed),
            count(State::Cached),
            self.free.values().sum::<usize>(),
            self.units,
            if self.reopen {
                "reopen sealed units"
            } else {
                "seal units"
            },
            self.data.committed_bytes(),
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_say_yes_or_no_and_why() {
        let v = |tlb, want, thp, mode: ThpMode| verdict(tlb, want, thp, &mode, None);
        assert_eq!(
            v(false, true, true, ThpMode::Madvise),
            "huge: yes (thp madvise)"
        );
        assert_eq!(
            v(false, true, true, ThpMode::Always),
            "huge: yes (thp always)"
        );
        assert_eq!(
            v(true, true, true, ThpMode::Madvise),
            "huge: yes (hugetlbfs)"
        );
        assert_eq!(
            v(false, true, false, ThpMode::Never),
            "huge: no (THP mode is never; no free hugetlbfs pages)"
        );
        assert_eq!(
            v(false, false, false, ThpMode::Madvise),
            "huge: no (ordinary pages by configuration)"
        );
        let refused = verdict(
            false,
            true,
            false,
            &ThpMode::Madvise,
            Some("madvise: EINVAL".into()),
        );
        assert_eq!(
            refused,
            "huge: no (madvise: EINVAL; no free hugetlbfs pages)"
        );
    }
}
