//! `pool`: a sub-page memory manager for many small functions.
//!
//! Code of many modules is packed into shared pages, 64-byte granule by granule, and W^X is
//! kept by a dual mapping instead of permission changes, so adding a function costs a bitmap
//! search and a store, and publishing a batch costs one instruction-cache flush. It does
//! not link or relocate (that is `jit-link`) and does not pick itself (the facade does).
//!
//! # Design notes
//! - **One reservation per manager** (256 MiB by default, at most 2 GiB, see
//!   [`PoolConfig`]) holding three arenas: code (half), read-only data and read-write data
//!   (a quarter each). Every section of the manager lies in it, so every branch between JIT
//!   code is within x86-64 rel32 reach, and with the default 128 MiB code arena within
//!   AArch64 `B`/`BL` reach (±128 MiB); data is within `ADRP` reach (±4 GiB).
//! - **Granularity**: 64 bytes. Each arena has a bitmap (one bit per granule) searched first
//!   fit from the lowest address, word at a time; a section takes `ceil(size / 64)` granules
//!   aligned to `max(align, 64)`. Owners (modules) share pages freely.
//! - **W^X by dual mapping**: one `memfd` holds the code and read-only arenas and is mapped
//!   twice: a read-write *alias* somewhere in the address space ([`Placement::local`]) and,
//!   inside the reservation, a read-execute view of the code arena and a read-only view of
//!   the read-only arena ([`Placement::target`]). No mapping is ever writable and
//!   executable, yet new code can go into a page whose other functions are running, and
//!   read-only data is read-only at its target address from the start. Read-write data is
//!   ordinary private memory (`local == target`).
//! - **Fallback**: where `memfd_create` or a shared executable mapping is refused (old
//!   kernels, seccomp, SELinux `execmem` policies) the code and read-only arenas are private
//!   pages, read-write until `finalize` flips every page holding new code to RX (rodata:
//!   R). Such a page is *sealed*: it takes no new allocation until all of its allocations
//!   are released, then it is flipped back to RW, trap-filled and reused. The mode and why
//!   are reported in [`MmStats::notes`] (`w^x: dual mapping (memfd)` or
//!   `w^x: permission flipping (...)`); sealed-but-free granules are counted as waste.
//! - **Batched publish**: `allocate` records the granule runs it hands out (coalesced on the
//!   fly); `finalize` merges them and, per merged run, flushes the instruction cache (flip
//!   mode: one `mprotect` per run of pages, then the flush). A finalize that published
//!   anything counts one [`MmStats::publishes`]; each flushed range counts one
//!   [`MmStats::icache_flushes`], so a batch of consecutive functions is one of each.
//! - **Instruction cache (AArch64)**: maintenance goes to the *RX view* addresses. Data
//!   caches behave as physically indexed, so `dc cvau` through either alias would clean the
//!   same lines, but `ic ivau` is only guaranteed for the virtual address given (a VIPT
//!   instruction cache may hold the line under the executing alias), and at EL0 both need
//!   read permission at that address, which the RX view has. Uses `mm_common::icache`.
//!   On AArch64 the constructor *probes* this: it writes, flushes and runs a two-instruction
//!   function twice through the two views. QEMU user mode fails the probe (it tracks
//!   translated code by guest page and treats `ic ivau` as a no-op, so a write through the
//!   alias goes unnoticed). The pool then makes sure new code never lands on bytes a
//!   translation may cover: freed code granules are reused only once their whole page is
//!   free, and a page is re-protected (execute permission taken away and given back, which
//!   makes QEMU drop its translations) only when no thread can be running in it — at its
//!   first publish and when it empties. It says so in the notes (`icache: ... emulator`).
//! - **Metadata** (bitmaps, per-owner records of 16 bytes, dirty runs) lives on the Rust
//!   heap, never in JIT memory.
//! - **Freed code** is filled with a trap pattern ([`trap`]: `int3` on x86-64, `brk #0` on
//!   AArch64) through the writable alias at once, and flushed from the instruction cache, so
//!   a stale call traps instead of running cached old instructions (flip mode: deferred
//!   until the sealed page empties). New allocations are zeroed (granules above the arena's
//!   high-water mark are known zero and skipped). Pages are not returned to the system until
//!   the manager is dropped: reuse keeps resident memory flat.
//! - **Statistics**: the [`MmStats`] counters plus, in `notes`, granules used/total per
//!   arena, free runs, the largest free run, fragmentation (1 − largest free run / free) and
//!   metadata bytes; [`PoolMemoryManager::pool_stats`] gives the same as numbers.
//!
//! Cross-thread use of freshly published code on AArch64 needs a context synchronization
//! event on the running thread (the `isb` in the flush covers only the finalizing thread).

mod arena;
mod bitmap;
mod region;
pub mod registry;

pub use arena::GRANULE;
pub use mm_common::trap;

use arena::Arena;
use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind};
use region::{Backing, Region};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ptr::NonNull;

/// Sizes of the arenas and the W^X mode; see the crate documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolConfig {
    /// Bytes of the code arena (rounded up to pages).
    pub code_bytes: usize,
    /// Bytes of the read-only data arena (rounded up to pages).
    pub read_only_bytes: usize,
    /// Bytes of the read-write data arena (rounded up to pages).
    pub read_write_bytes: usize,
    /// Try the memfd dual mapping (`false` forces permission flipping, e.g. for tests).
    pub dual_mapping: bool,
}

/// Default total reservation.
pub const DEFAULT_RESERVATION: usize = 256 << 20;

/// Largest total reservation: keeps every section in x86-64 rel32 reach of every other.
pub const MAX_RESERVATION: usize = 2 << 30;

impl Default for PoolConfig {
    fn default() -> Self {
        PoolConfig::with_reservation(DEFAULT_RESERVATION)
    }
}

impl PoolConfig {
    /// Splits `bytes` as half code, a quarter read-only and a quarter read-write data.
    pub fn with_reservation(bytes: usize) -> Self {
        PoolConfig {
            code_bytes: bytes / 2,
            read_only_bytes: bytes / 4,
            read_write_bytes: bytes / 4,
            dual_mapping: true,
        }
    }
}

/// Per-arena numbers (granules of [`GRANULE`] bytes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArenaStats {
    /// Granules in the arena.
    pub granules: usize,
    /// Granules held by live allocations.
    pub live: usize,
    /// Free granules made unusable by sealed pages (permission-flipping mode only).
    pub sealed_waste: usize,
    /// Maximal runs of free granules.
    pub free_runs: usize,
    /// Length of the largest free run.
    pub largest_free_run: usize,
}

impl ArenaStats {
    /// 1 − largest free run / free granules, in percent (0 = one free block).
    pub fn fragmentation_percent(&self) -> f64 {
        let free = self.granules - self.live - self.sealed_waste;
        if free == 0 {
            0.0
        } else {
            100.0 * (1.0 - self.largest_free_run as f64 / free as f64)
        }
    }
}

/// The pool's own numbers, beyond [`MmStats`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PoolStats {
    /// True with the memfd dual mapping, false when flipping permissions.
    pub dual_mapping: bool,
    /// Code, read-only and read-write arenas.
    pub arenas: [ArenaStats; 3],
    /// Heap bytes of metadata (bitmaps, owner records, dirty runs).
    pub metadata_bytes: usize,
    /// Live allocations.
    pub live_allocations: usize,
    /// `mprotect` calls made by `finalize` so far (0 with the dual mapping on hardware).
    pub mprotect_calls: u64,
}

/// One allocation, as remembered for `release`.
#[derive(Copy, Clone, Debug)]
struct Rec {
    start: u32,
    granules: u32,
    size: u32,
    arena: u8,
}

/// Hashes a `ModuleId` by multiplying its number (owners are few and dense).
#[derive(Default)]
struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64 ^ self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The pool memory manager; see the crate documentation.
pub struct PoolMemoryManager {
    arenas: [Arena; 3],
    owners: HashMap<ModuleId, Vec<Rec>, BuildHasherDefault<IdHasher>>,
    live_allocations: usize,
    stats: MmStats,
    // Declared last: unmapped after the arenas stop referring to it.
    region: Region,
}

fn kind_index(kind: SectionKind) -> usize {
    match kind {
        SectionKind::Code => 0,
        SectionKind::ReadOnly => 1,
        SectionKind::ReadWrite => 2,
    }
}

impl PoolMemoryManager {
    /// A manager with the default configuration.
    pub fn new() -> Result<Self, MmError> {
        Self::with_config(&PoolConfig::default())
    }

    /// A manager over a reservation laid out as `config` says.
    pub fn with_config(config: &PoolConfig) -> Result<Self, MmError> {
        let page = mm_common::system_page_size();
        let round = |n: usize| n.checked_next_multiple_of(page).filter(|&n| n > 0);
        let (Some(code), Some(ro), Some(rw)) = (
            round(config.code_bytes),
            round(config.read_only_bytes),
            round(config.read_write_bytes),
        ) else {
            return Err(MmError::Invalid(format!(
                "pool arenas must be non-empty, got {config:?}"
            )));
        };
        if code + ro + rw > MAX_RESERVATION {
            return Err(MmError::Invalid(format!(
                "a pool reservation of {} bytes exceeds {MAX_RESERVATION} (branch reach)",
                code + ro + rw
            )));
        }
        let region = Region::new(code, ro, rw, config.dual_mapping)?;
        let base = region.base;
        let (code_local, ro_local, flip) = match region.backing {
            Backing::Dual { alias, .. } => (alias, alias + code, false),
            Backing::Flip(_) => (base, base + code, true),
        };
        #[allow(unused_mut, reason = "mutated on AArch64 only")]
        let mut arenas = [
            Arena::new(
                SectionKind::Code,
                base,
                code_local,
                code,
                page,
                flip.then_some(libc::PROT_READ | libc::PROT_EXEC),
            ),
            Arena::new(
                SectionKind::ReadOnly,
                base + code,
                ro_local,
                ro,
                page,
                flip.then_some(libc::PROT_READ),
            ),
            Arena::new(
                SectionKind::ReadWrite,
                base + code + ro,
                base + code + ro,
                rw,
                page,
                None,
            ),
        ];
        #[cfg(target_arch = "aarch64")]
        if !flip && !arenas[0].probe_alias_coherence() {
            arenas[0].work_around_emulated_fetch();
        }
        let stats = MmStats {
            bytes_reserved: region.len() as u64,
            mappings: region.mappings(),
            ..MmStats::default()
        };
        Ok(PoolMemoryManager {
            arenas,
            owners: HashMap::default(),
            live_allocations: 0,
            stats,
            region,
        })
    }

    /// True when W^X comes from the memfd dual mapping (false: permission flipping).
    pub fn is_dual_mapped(&self) -> bool {
        matches!(self.region.backing, Backing::Dual { .. })
    }

    /// Target address range of the code arena.
    pub fn code_range(&self) -> std::ops::Range<u64> {
        let a = &self.arenas[0];
        a.target_addr(0) as u64..(a.target_addr(0) + a.len_bytes()) as u64
    }

    /// Target address range of the whole reservation.
    pub fn reservation(&self) -> std::ops::Range<u64> {
        self.region.base as u64..(self.region.base + self.region.len()) as u64
    }

    /// Granule-level statistics (the linear scans make this O(arena size / 64 / 64)).
    pub fn pool_stats(&self) -> PoolStats {
        let arenas = std::array::from_fn(|i| {
            let a = &self.arenas[i];
            let (free_runs, largest_free_run) = a.bits.free_runs();
            ArenaStats {
                granules: a.bits.len(),
                live: a.live,
                sealed_waste: a.sealed_waste(),
                free_runs,
                largest_free_run,
            }
        });
        let records: usize = self
            .owners
            .values()
            .map(|v| v.capacity() * std::mem::size_of::<Rec>())
            .sum();
        let metadata_bytes = records
            + self.owners.capacity() * std::mem::size_of::<(ModuleId, Vec<Rec>)>()
            + self
                .arenas
                .iter()
                .map(|a| a.bits.heap_bytes())
                .sum::<usize>();
        PoolStats {
            dual_mapping: self.is_dual_mapped(),
            arenas,
            metadata_bytes,
            live_allocations: self.live_allocations,
            mprotect_calls: self.arenas.iter().map(|a| a.mprotect_calls).sum(),
        }
    }
}

impl MemoryManager for PoolMemoryManager {
    fn name(&self) -> &str {
        "pool"
    }

    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError> {
        if !align.is_power_of_two() {
            return Err(MmError::Invalid(format!(
                "alignment {align} of section `{section_name}` is not a power of two"
            )));
        }
        let ai = kind_index(kind);
        let arena = &mut self.arenas[ai];
        let oom = |reason: String| MmError::OutOfMemory {
            size,
            section: section_name.to_string(),
            reason,
        };
        // Zero-sized sections still get a distinct address.
        let n = size.max(1).div_ceil(GRANULE);
        if size > u32::MAX as usize || n > arena.bits.len() {
            return Err(oom(format!(
                "larger than the {}-byte arena",
                arena.len_bytes()
            )));
        }
        let g = arena.alloc(n, (align / GRANULE).max(1)).ok_or_else(|| {
            oom(format!(
                "no {} free granules in the {}-byte arena",
                n,
                arena.len_bytes()
            ))
        })?;
        let (local, target) = (arena.local_addr(g), arena.target_addr(g));
        self.owners.entry(owner).or_default().push(Rec {
            start: g as u32,
            granules: n as u32,
            size: size as u32,
            arena: ai as u8,
        });
        self.live_allocations += 1;
        self.stats.allocations += 1;
        self.stats.bytes_used += size as u64;
        let local = NonNull::new(local as *mut u8)
            .ok_or_else(|| MmError::Other("pool mapping at address 0".into()))?;
        Ok(Placement {
            local,
            target: target as u64,
        })
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        // Order the writes through the alias before anything the caller does next.
        std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
        let mut any = false;
        for a in &mut self.arenas[..2] {
            let p = a.publish()?;
            any |= p.any;
            self.stats.icache_flushes += p.flushes;
        }
        if any {
            self.stats.publishes += 1;
        }
        Ok(())
    }

    fn release(&mut self, owner: ModuleId) {
        let Some(recs) = self.owners.remove(&owner) else {
            return;
        };
        for r in &recs {
            self.arenas[r.arena as usize].free(r.start as usize, r.granules as usize);
            self.stats.bytes_used -= r.size as u64;
        }
        self.arenas[0].flush_freed();
        self.live_allocations -= recs.len();
    }

    fn stats(&self) -> MmStats {
        let mut s = self.stats.clone();
        let ps = self.pool_stats();
        let mode = match &self.region.backing {
            Backing::Dual { .. } if self.arenas[0].is_emulated() => {
                "w^x: dual mapping (memfd); icache: the probe saw instruction fetch ignore \
                 maintenance through the alias (emulator), so freed code is reused only \
                 once its page empties, and new or emptied pages are re-protected"
                    .to_string()
            }
            Backing::Dual { .. } => "w^x: dual mapping (memfd)".to_string(),
            Backing::Flip(why) => format!("w^x: permission flipping ({why})"),
        };
        let mut notes = vec![mode, format!("granule {GRANULE} B")];
        for (name, a) in ["code", "rodata", "data"].iter().zip(&ps.arenas) {
            notes.push(format!(
                "{name}: {}/{} granules live, {} free runs, largest {}, fragmentation {:.1}%{}",
                a.live,
                a.granules,
                a.free_runs,
                a.largest_free_run,
                a.fragmentation_percent(),
                if a.sealed_waste > 0 {
                    format!(", {} sealed waste", a.sealed_waste)
                } else {
                    String::new()
                }
            ));
        }
        notes.push(format!(
            "metadata {} bytes for {} allocations",
            ps.metadata_bytes, ps.live_allocations
        ));
        s.notes = notes.join("; ");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mm_common::test_support::{call, ret_const, write};

    fn code(mm: &mut PoolMemoryManager, owner: u32, value: u32) -> Placement {
        let p = mm
            .allocate(SectionKind::Code, 48, 16, ModuleId(owner), ".text")
            .unwrap();
        // SAFETY: 48 writable bytes at `local`.
        unsafe { write(p.local, &ret_const(value)) };
        p
    }

    /// The emulator workaround, forced on (natively the probe passes): a page that holds
    /// published code never loses execute permission, and its freed granules wait until
    /// the page empties.
    #[test]
    fn emulated_fetch_never_reprotects_a_page_in_use() {
        let mut mm = PoolMemoryManager::with_config(&PoolConfig {
            code_bytes: 64 << 10,
            read_only_bytes: 16 << 10,
            read_write_bytes: 16 << 10,
            dual_mapping: true,
        })
        .unwrap();
        if !mm.is_dual_mapped() {
            return; // memfd refused here: flip mode has no alias to work around
        }
        mm.arenas[0].work_around_emulated_fetch();
        let a = code(&mut mm, 1, 11);
        let b = code(&mut mm, 2, 22);
        mm.finalize().unwrap();
        let page_protects = mm.pool_stats().mprotect_calls;
        assert_eq!(
            page_protects, 2,
            "the fresh page is refreshed once at publish"
        );
        // SAFETY: published code returning its constant.
        assert_eq!(unsafe { (call(a.target), call(b.target)) }, (11, 22));

        // More code next to running code: no permission change on that page.
        let c = code(&mut mm, 3, 33);
        mm.finalize().unwrap();
        assert_eq!(mm.pool_stats().mprotect_calls, page_protects);
        // Owner 1 leaves; its granules are quarantined while the page has other code.
        mm.release(ModuleId(1));
        let d = code(&mut mm, 4, 44);
        assert_ne!(
            d.target, a.target,
            "freed granules in a page in use are not reused"
        );
        mm.finalize().unwrap();
        assert_eq!(mm.pool_stats().mprotect_calls, page_protects);
        // SAFETY: published code returning its constant.
        assert_eq!(unsafe { (call(c.target), call(d.target)) }, (33, 44));

        // Emptying the page re-protects it and makes all of it reusable.
        for owner in [2, 3, 4] {
            mm.release(ModuleId(owner));
        }
        assert_eq!(mm.pool_stats().mprotect_calls, page_protects + 2);
        assert_eq!(mm.pool_stats().arenas[0].sealed_waste, 0);
        let e = code(&mut mm, 5, 55);
        assert_eq!(
            e.target, a.target,
            "an emptied page is reused from its start"
        );
        mm.finalize().unwrap();
        // SAFETY: published code returning its constant.
        assert_eq!(unsafe { call(e.target) }, 55);
    }
}
