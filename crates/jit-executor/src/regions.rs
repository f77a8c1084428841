//! The executor's record of the memory it handed out, so that every address the host
//! sends is checked against it before anything is written, read or registered.
//!
//! A region is one placement of the memory manager: its owner (module), kind, the address
//! JIT code sees (`target`), the address the executor writes through (`local`; they differ
//! with dual mappings), its size, and whether it was finalized (no longer writable).
//! Regions never overlap (the manager's guarantee), so the region containing an address
//! is the last one starting at or before it. Zero-sized regions hold no byte and contain
//! no address.

use jit_core::memory::SectionKind;
use std::collections::BTreeMap;
use std::ptr::NonNull;

/// One placement.
#[derive(Debug)]
pub(crate) struct Region {
    pub(crate) owner: u32,
    pub(crate) kind: SectionKind,
    pub(crate) target: u64,
    pub(crate) local: NonNull<u8>,
    pub(crate) size: u64,
    pub(crate) finalized: bool,
}

impl Region {
    /// One past the last byte (targets and sizes come from the manager, whose memory
    /// cannot wrap around the address space).
    pub(crate) fn end(&self) -> u64 {
        self.target.saturating_add(self.size)
    }
}

/// Every live region, by target address (and an insertion number, so zero-sized regions
/// at one address do not collide).
#[derive(Debug, Default)]
pub(crate) struct Regions {
    map: BTreeMap<(u64, u64), Region>,
    next: u64,
}

impl Regions {
    /// Records a new region.
    pub(crate) fn insert(&mut self, region: Region) {
        self.map.insert((region.target, self.next), region);
        self.next += 1;
    }

    /// Whether `owner` has any region.
    pub(crate) fn owns_any(&self, owner: u32) -> bool {
        self.map.values().any(|r| r.owner == owner)
    }

    /// The region holding all of `[address, address + len)` (for `len` 0: `address` inside
    /// it or at its end).
    pub(crate) fn containing(&self, address: u64, len: u64) -> Option<&Region> {
        let end = address.checked_add(len)?;
        self.map
            .range(..=(address, u64::MAX))
            .rev()
            .map(|(_, r)| r)
            .find(|r| r.size > 0)
            .filter(|r| r.target <= address && end <= r.end())
    }

    /// Where to write `len` bytes at target `address`: inside one region not finalized yet.
    /// An empty write writes nothing, so it is accepted anywhere (a dangling pointer).
    pub(crate) fn writable(&self, address: u64, len: u64) -> Result<*mut u8, String> {
        if len == 0 {
            return Ok(NonNull::dangling().as_ptr());
        }
        match self.containing(address, len) {
            Some(r) if !r.finalized => {
                let offset = (address - r.target) as usize;
                Ok(r.local.as_ptr().wrapping_add(offset))
            }
            Some(r) => Err(format!(
                "write of {len} bytes at {address:#x}: the region at {:#x} (module {}) is \
                 finalized",
                r.target, r.owner
            )),
            None => Err(format!(
                "write of {len} bytes at {address:#x} is outside every allocated region"
            )),
        }
    }

    /// Marks every region finalized; returns the code regions that were not before.
    pub(crate) fn finalize_all(&mut self) -> Vec<(u64, u64)> {
        let mut code = Vec::new();
        for r in self.map.values_mut().filter(|r| !r.finalized) {
            r.finalized = true;
            if r.kind == SectionKind::Code && r.size > 0 {
                code.push((r.target, r.end()));
            }
        }
        code
    }

    /// Forgets `owner`'s regions; returns their ranges.
    pub(crate) fn remove_owner(&mut self, owner: u32) -> Vec<(u64, u64)> {
        let mut ranges = Vec::new();
        self.map.retain(|_, r| {
            if r.owner != owner {
                return true;
            }
            if r.size > 0 {
                ranges.push((r.target, r.end()));
            }
            false
        });
        ranges
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(owner: u32, target: u64, size: u64) -> Region {
        Region {
            owner,
            kind: SectionKind::Code,
            target,
            local: NonNull::dangling(),
            size,
            finalized: false,
        }
    }

    #[test]
    fn containment_is_exact() {
        let mut rs = Regions::default();
        rs.insert(region(1, 0x1000, 0x100));
        rs.insert(region(1, 0x1100, 0));
        rs.insert(region(2, 0x2000, 0x10));
        assert_eq!(rs.containing(0x1000, 0x100).unwrap().target, 0x1000);
        assert_eq!(rs.containing(0x10ff, 1).unwrap().target, 0x1000);
        assert_eq!(rs.containing(0x1100, 0).unwrap().target, 0x1000);
        assert!(rs.containing(0x10ff, 2).is_none());
        assert!(rs.containing(0xfff, 1).is_none());
        assert!(
            rs.containing(0x1100, 1).is_none(),
            "the zero-sized region holds nothing"
        );
        assert!(rs.containing(u64::MAX, 2).is_none());
        assert!(rs.writable(0x2008, 8).is_ok());
        assert!(rs.writable(0x2008, 9).is_err());
        assert!(
            rs.writable(0x10, 0).is_ok(),
            "an empty write writes nothing"
        );
        assert_eq!(rs.finalize_all(), [(0x1000, 0x1100), (0x2000, 0x2010)]);
        assert!(rs.writable(0x2008, 8).unwrap_err().contains("finalized"));
        assert_eq!(rs.remove_owner(1), [(0x1000, 0x1100)]);
        assert!(!rs.owns_any(1));
        assert!(rs.owns_any(2));
        assert!(rs.containing(0x1000, 1).is_none());
    }
}
