//! The memory-manager protocol: how the linker obtains memory for an object's sections and
//! makes it executable.
//!
//! ## Protocol
//! 1. `reserve` (optional hint of the total sizes about to be allocated).
//! 2. `allocate` once per section; the caller writes the section's bytes through
//!    [`Placement::local`] and computes addresses (relocations) with [`Placement::target`].
//!    Memory is writable and not executable in this phase.
//! 3. `finalize`: the manager makes code read+execute and read-only data read-only, never
//!    writable and executable at once, then makes the new code visible to instruction fetch
//!    (icache invalidation plus the pipeline barrier on AArch64). Idempotent: a second call
//!    with nothing new does nothing.
//! 4. Code runs at `target` addresses.
//! 5. `release(owner)` gives back everything allocated for that owner; dropping the manager
//!    frees everything.
//!
//! The caller guarantees `align` is a power of two and never writes outside an allocation
//! or after `finalize` (until a later `allocate`). Methods take `&mut self`: a manager is
//! used by one engine, from one thread at a time.

use std::ptr::NonNull;

/// How a section will be protected once finalized.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Machine code: read + execute.
    Code,
    /// Constants: read only.
    ReadOnly,
    /// Variables: read + write.
    ReadWrite,
}

/// Which module an allocation belongs to (for `release`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);

/// Where a section lives: written at `local`, run or read at `target`. They differ with dual
/// mappings (a RW view and an RX view of the same pages) or for another process.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Writable address in this process, valid until `finalize`.
    pub local: NonNull<u8>,
    /// Address the code will see.
    pub target: u64,
}

/// Counters a manager keeps, for tests and benchmarks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MmStats {
    /// Bytes of address space reserved.
    pub bytes_reserved: u64,
    /// Bytes handed out by `allocate` and not released.
    pub bytes_used: u64,
    /// Live mappings (mmap regions).
    pub mappings: u64,
    /// Calls to `allocate` so far.
    pub allocations: u64,
    /// `finalize` calls that changed protections.
    pub publishes: u64,
    /// Instruction-cache invalidations of new code (AArch64 counts flushed ranges; x86-64
    /// needs none but counts the ranges it would have flushed, so tests can check them).
    pub icache_flushes: u64,
    /// A free-form description of the manager's state (e.g. huge pages: yes/no, why).
    pub notes: String,
}

/// A memory manager failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MmError {
    /// The system refused memory (`mmap` failed) or a budget was exceeded.
    #[error("out of memory allocating {size} bytes for section `{section}`: {reason}")]
    OutOfMemory {
        /// Requested size.
        size: usize,
        /// Section name.
        section: String,
        /// Why.
        reason: String,
    },
    /// Changing protections failed.
    #[error("cannot set memory protection: {0}")]
    Protect(String),
    /// The request was invalid (alignment not a power of two, zero-sized reservation...).
    #[error("invalid memory request: {0}")]
    Invalid(String),
    /// Anything else the manager reports (e.g. a client callback's message).
    #[error("{0}")]
    Other(String),
}

/// A strategy for placing JIT code and data; see the module documentation for the protocol.
pub trait MemoryManager: Send {
    /// Short name (`section`, `pool`, ...).
    fn name(&self) -> &str;
    /// Hint: this many bytes of each kind are about to be allocated for one object.
    fn reserve(&mut self, code: usize, read_only: usize, read_write: usize) -> Result<(), MmError> {
        let _ = (code, read_only, read_write);
        Ok(())
    }
    /// Memory for one section, writable until `finalize`. Zero-filled.
    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError>;
    /// Applies final protections and invalidates the instruction cache for new code.
    fn finalize(&mut self) -> Result<(), MmError>;
    /// Frees everything allocated for `owner`.
    fn release(&mut self, owner: ModuleId);
    /// Counters.
    fn stats(&self) -> MmStats;
}
