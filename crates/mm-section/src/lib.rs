//! The default memory manager: LLVM `SectionMemoryManager` semantics done right.
//!
//! It hands out memory for the sections of JIT-compiled objects (code, read-only data,
//! read-write data), makes code executable and constants read-only on `finalize`, and gives a
//! module's pages back on `release`. It does not link or relocate anything (that is
//! `jit-link`) and does not share memory between processes.
//!
//! # Design notes
//! - **One reservation per manager.** A single `PROT_NONE` range (1 GiB by default,
//!   configurable) is reserved when the manager is made; every section comes from it, so all
//!   sections of one engine are within x86-64 rel32 reach (±2 GiB) of each other. Placement
//!   is first fit from the lowest address, so small engines stay within AArch64 `B/BL` reach
//!   (±128 MiB) as well. (LLVM's manager maps each block wherever the kernel likes, which is
//!   how far-apart sections crash it.)
//! - **Page groups.** Memory is committed in *groups*: runs of whole pages that belong to one
//!   owner (module) and hold one kind of section. Sections are bump-allocated inside an open
//!   group. Since groups never mix owners, `release(owner)` returns whole groups; since they
//!   never mix kinds, each group gets exactly one protection.
//! - **W^X.** Groups are committed read+write. `finalize` turns code groups read+execute and
//!   read-only groups read-only, and seals them: later allocations open new groups, so no page
//!   is ever writable and executable, not even briefly. Read-write groups stay open.
//! - **Granularity.** Groups are at least [`SectionMemoryManager::set_min_group_size`] bytes
//!   (64 KiB by default) unless a `reserve` hint announced the exact sizes of the next object,
//!   in which case its groups are sized to fit it.
//! - **Metadata** (the group table and the free list) lives in ordinary Rust heap memory,
//!   never inside JIT memory.
//! - **Freed memory** is decommitted (`madvise(MADV_DONTNEED)` then `PROT_NONE`): a stale call
//!   into released code faults instead of running old bytes, and reused pages read as zero.
//! - **Instruction cache**: every finalized code group is flushed with [`icache::invalidate`]
//!   and counted in [`MmStats::icache_flushes`].
//! - **Page source seam**: placement talks to a [`PageSource`] (reserve/commit/protect/
//!   decommit over one range); [`MmapPageSource`] is the real one, tests use fakes.
//! - Everything is unmapped when the manager is dropped.

pub mod registry;

pub use mm_common::{MmapPageSource, PageSource, Protection, icache, system_page_size};

use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind};
use std::collections::{BTreeMap, HashMap};
use std::ptr::NonNull;

/// Default size of the reserved range.
pub const DEFAULT_RESERVATION: usize = 1 << 30;
/// Default minimum size of a page group.
pub const DEFAULT_MIN_GROUP: usize = 64 << 10;

/// A run of committed pages for one owner and one kind of section.
#[derive(Debug)]
struct Group {
    owner: ModuleId,
    kind: SectionKind,
    /// Offset from the reservation base (page aligned).
    offset: usize,
    /// Length in bytes (whole pages).
    len: usize,
    /// Bump pointer: bytes of the group handed out so far, padding included.
    used: usize,
    /// Bytes requested by `allocate` in this group.
    allocated: usize,
    /// Finalized code or read-only group: takes no more allocations.
    sealed: bool,
}

/// The default memory manager; see the crate documentation.
pub struct SectionMemoryManager {
    source: Box<dyn PageSource>,
    /// Group table; `None` slots are reused (indices stay stable).
    groups: Vec<Option<Group>>,
    vacant: Vec<usize>,
    /// Groups still taking allocations, per (owner, kind index).
    open: HashMap<(ModuleId, usize), Vec<usize>>,
    /// Code and read-only groups not finalized yet.
    unpublished: Vec<usize>,
    committed: usize,
    /// Free page ranges: offset → length, coalesced.
    free: BTreeMap<usize, usize>,
    min_group: usize,
    /// Size hint per kind (code, read-only, read-write) from the last `reserve`.
    hint: [usize; 3],
    stats: MmStats,
}

fn kind_index(kind: SectionKind) -> usize {
    match kind {
        SectionKind::Code => 0,
        SectionKind::ReadOnly => 1,
        SectionKind::ReadWrite => 2,
    }
}

impl SectionMemoryManager {
    /// A manager over a fresh [`DEFAULT_RESERVATION`]-byte reservation.
    pub fn new() -> Result<Self, MmError> {
        Self::with_reservation(DEFAULT_RESERVATION)
    }

    /// A manager over a fresh reservation of `bytes` (rounded up to pages).
    pub fn with_reservation(bytes: usize) -> Result<Self, MmError> {
        Ok(Self::with_page_source(Box::new(MmapPageSource::reserve(
            bytes,
        )?)))
    }

    /// A manager placing sections in the pages of `source`.
    pub fn with_page_source(source: Box<dyn PageSource>) -> Self {
        let mut free = BTreeMap::new();
        if !source.is_empty() {
            free.insert(0, source.len());
        }
        let stats = MmStats {
            bytes_reserved: source.len() as u64,
            mappings: 1,
            ..MmStats::default()
        };
        SectionMemoryManager {
            source,
            groups: Vec::new(),
            vacant: Vec::new(),
            open: HashMap::new(),
            unpublished: Vec::new(),
            committed: 0,
            free,
            min_group: DEFAULT_MIN_GROUP,
            hint: [0; 3],
            stats,
        }
    }

    /// Sets the minimum size of a new page group (rounded up to whole pages).
    pub fn set_min_group_size(&mut self, bytes: usize) {
        self.min_group = bytes;
    }

    /// Address of the first byte of the reservation.
    pub fn base(&self) -> usize {
        self.source.base()
    }

    /// Bytes currently committed (in live page groups).
    pub fn committed_bytes(&self) -> usize {
        self.committed
    }

    /// Number of live page groups.
    pub fn group_count(&self) -> usize {
        self.groups.len() - self.vacant.len()
    }

    /// Takes `len` bytes (whole pages) aligned to `align` from the free list, lowest first.
    fn take_pages(&mut self, len: usize, align: usize) -> Option<usize> {
        // The address must be aligned, not the offset: the reservation's base is only
        // page-aligned.
        let base = self.source.base();
        let (start, run, at) = self.free.iter().find_map(|(&start, &run)| {
            let at = aligned_offset(base, start, align)?;
            let end = at.checked_add(len)?;
            (end <= start + run).then_some((start, run, at))
        })?;
        self.free.remove(&start);
        if at > start {
            self.free.insert(start, at - start);
        }
        if at + len < start + run {
            self.free.insert(at + len, start + run - (at + len));
        }
        Some(at)
    }

    /// Returns pages to the free list, merging with neighbours.
    fn give_pages(&mut self, mut offset: usize, mut len: usize) {
        if let Some((&prev, &plen)) = self.free.range(..offset).next_back()
            && prev + plen == offset
        {
            self.free.remove(&prev);
            offset = prev;
            len += plen;
        }
        if let Some(&next_len) = self.free.get(&(offset + len)) {
            self.free.remove(&(offset + len));
            len += next_len;
        }
        self.free.insert(offset, len);
    }

    fn new_group(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        name: &str,
    ) -> Result<usize, MmError> {
        let page = self.source.page_size();
        let oom = |reason: &str| MmError::OutOfMemory {
            size,
            section: name.to_string(),
            reason: reason.to_string(),
        };
        let hint = std::mem::take(&mut self.hint[kind_index(kind)]);
        let want = if hint >= size {
            hint
        } else {
            size.max(self.min_group)
        };
        let len = want
            .checked_next_multiple_of(page)
            .ok_or_else(|| oom("size overflows"))?
            .max(page);
        let offset = self
            .take_pages(len, align.max(page))
            .ok_or_else(|| oom("the engine's reserved address range is exhausted"))?;
        if let Err(e) = self.source.commit(offset, len, Protection::ReadWrite) {
            self.give_pages(offset, len);
            return Err(e);
        }
        let group = Group {
            owner,
            kind,
            offset,
            len,
            used: 0,
            allocated: 0,
            sealed: false,
        };
        let gi = match self.vacant.pop() {
            Some(i) => {
                self.groups[i] = Some(group);
                i
            }
            None => {
                self.groups.push(Some(group));
                self.groups.len() - 1
            }
        };
        self.committed += len;
        self.open
            .entry((owner, kind_index(kind)))
            .or_default()
            .push(gi);
        if kind != SectionKind::ReadWrite {
            self.unpublished.push(gi);
        }
        Ok(gi)
    }
}

/// The first offset at or after `offset` whose address (`base + offset`) is a multiple of
/// `align`: the reservation's base is only page-aligned, so aligning the offset is not
/// enough for larger alignments.
fn aligned_offset(base: usize, offset: usize, align: usize) -> Option<usize> {
    Some(base.checked_add(offset)?.checked_next_multiple_of(align)? - base)
}

impl MemoryManager for SectionMemoryManager {
    fn name(&self) -> &str {
        "section"
    }

    fn reserve(&mut self, code: usize, read_only: usize, read_write: usize) -> Result<(), MmError> {
        // Sections are padded to their alignment inside a group; leave room for that.
        self.hint = [code, read_only, read_write].map(|n| {
            if n == 0 {
                0
            } else {
                n.saturating_add(n / 8 + 64)
            }
        });
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
        if !align.is_power_of_two() {
            return Err(MmError::Invalid(format!(
                "alignment {align} of section `{section_name}` is not a power of two"
            )));
        }
        // Zero-sized sections still get a distinct address.
        let size_in_group = size.max(1);
        let base = self.source.base();
        let fits = |g: &Group| {
            aligned_offset(base, g.offset + g.used, align)
                .and_then(|at| at.checked_add(size_in_group))
                .is_some_and(|end| end <= g.offset + g.len)
        };
        let found = self.open.get(&(owner, kind_index(kind))).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&i| self.groups[i].as_ref().is_some_and(fits))
        });
        let gi = match found {
            Some(gi) => gi,
            None => self.new_group(kind, size_in_group, align, owner, section_name)?,
        };
        let g = self.groups[gi].as_mut().expect("open groups are live");
        let at = aligned_offset(base, g.offset + g.used, align)
            .expect("the group was chosen or made with room for the aligned section");
        g.used = at + size_in_group - g.offset;
        g.allocated += size;
        self.stats.bytes_used += size as u64;
        self.stats.allocations += 1;
        let addr = base + at;
        let local = NonNull::new(addr as *mut u8)
            .ok_or_else(|| MmError::Other("page source returned a null base".into()))?;
        Ok(Placement {
            local,
            target: addr as u64,
        })
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        let base = self.source.base();
        let mut changed = false;
        while let Some(&gi) = self.unpublished.last() {
            let Some(g) = self.groups[gi].as_mut() else {
                self.unpublished.pop();
                continue;
            };
            match g.kind {
                SectionKind::Code => {
                    self.source
                        .protect(g.offset, g.len, Protection::ReadExecute)?;
                    icache::invalidate(base + g.offset, g.used);
                    self.stats.icache_flushes += 1;
                }
                SectionKind::ReadOnly => {
                    self.source.protect(g.offset, g.len, Protection::ReadOnly)?
                }
                SectionKind::ReadWrite => {}
            }
            g.sealed = true;
            let key = (g.owner, kind_index(g.kind));
            if let Some(ids) = self.open.get_mut(&key) {
                ids.retain(|&i| i != gi);
            }
            self.unpublished.pop();
            changed = true;
        }
        if changed {
            self.stats.publishes += 1;
        }
        Ok(())
    }

    fn release(&mut self, owner: ModuleId) {
        for k in 0..3 {
            self.open.remove(&(owner, k));
        }
        let mut gone = Vec::new();
        for (i, slot) in self.groups.iter_mut().enumerate() {
            if slot.as_ref().is_some_and(|g| g.owner == owner) {
                gone.extend(slot.take());
                self.vacant.push(i);
            }
        }
        let groups = &self.groups;
        self.unpublished.retain(|&i| groups[i].is_some());
        for g in gone {
            self.stats.bytes_used -= g.allocated as u64;
            self.committed -= g.len;
            if self.source.decommit(g.offset, g.len).is_ok() {
                self.give_pages(g.offset, g.len);
            }
            // If decommitting failed the pages stay out of the free list: leaking address
            // space is better than handing out pages that may still hold old contents.
        }
    }

    fn stats(&self) -> MmStats {
        let mut s = self.stats.clone();
        s.notes = format!(
            "{} page groups, {} bytes committed, page size {}, reservation at {:#x}",
            self.group_count(),
            self.committed_bytes(),
            self.source.page_size(),
            self.source.base()
        );
        s
    }
}

#[cfg(test)]
mod tests;
