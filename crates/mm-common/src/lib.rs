//! Plumbing shared by the memory managers `mm-section`, `mm-pool` and `mm-huge`, so each
//! keeps only its placement policy.
//!
//! - [`page_source`]: the [`PageSource`] seam (reserve / commit / protect / decommit over
//!   one range, in whole pages, with a [`Protection`] that has no writable-and-executable
//!   variant), its mmap implementation [`MmapPageSource`], and [`RangePageSource`], a page
//!   source over part of a range someone else owns.
//! - [`sys`]: the checked system calls under them (`mmap`, `mprotect`, `madvise`, `munmap`).
//! - [`icache`]: making new code visible to instruction fetch (the AArch64 flush sequence).
//! - [`trap`]: the fill pattern for freed code.
//! - `test_support` (feature `test-support`, for the managers' tests only): `/proc/self/maps`,
//!   machine code that returns a constant, re-running a test in a child process.
//!
//! It has no placement policy and no `MemoryManager`; nothing here picks addresses.

pub mod icache;
pub mod page_source;
pub mod sys;
pub mod trap;

#[cfg(feature = "test-support")]
pub mod test_support;

pub use page_source::{MmapPageSource, PageSource, Protection, RangePageSource, system_page_size};
