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

/// Re-exported so manager crates can register with [`inventory::submit!`] without naming
/// the crate themselves.
pub use inventory;

/// A memory manager that can be made by name: what a manager crate registers at build time.
///
/// Registration uses [`inventory`]: a crate that is linked into the final binary submits
///
/// ```ignore
/// jit_core::memory::inventory::submit! {
///     jit_core::memory::ManagerFactory {
///         name: "pool",
///         description: "one line for `jit managers`",
///         create: my_create_function,
///     }
/// }
/// ```
///
/// and the facade finds it with [`registered_managers`]. Registration does not cross a
/// `cdylib` boundary: a manager loaded at run time from a shared library uses the plugin ABI
/// instead (`docs/plugin-abi.md`).
#[derive(Copy, Clone, Debug)]
pub struct ManagerFactory {
    /// The name users pick it by (`section`, `pool`, ...): lowercase, no `:`.
    pub name: &'static str,
    /// One line saying what it is for.
    pub description: &'static str,
    /// Makes a manager from a configuration string: `key=value[,key=value]`, or empty for
    /// the defaults. Unknown keys are errors ([`ConfigMap`] does the parsing).
    pub create: fn(config: &str) -> Result<Box<dyn MemoryManager>, MmError>,
}

inventory::collect!(ManagerFactory);

/// Every factory linked into this binary, sorted by name (duplicates kept in link order).
pub fn registered_managers() -> Vec<&'static ManagerFactory> {
    let mut all: Vec<&'static ManagerFactory> = inventory::iter::<ManagerFactory>().collect();
    all.sort_by_key(|f| f.name);
    all
}

/// A parsed `key=value[,key=value]` configuration string. Each key may be taken once; keys
/// never taken are reported by [`ConfigMap::finish`], so a misspelt key is an error rather
/// than silently ignored.
#[derive(Clone, Debug)]
pub struct ConfigMap {
    manager: String,
    entries: Vec<(String, String, bool)>,
}

impl ConfigMap {
    /// Parses `config` for the manager `manager` (named in error messages). Empty items
    /// (`a=1,,b=2`, a trailing comma) are ignored; an item without `=` or a repeated key is
    /// an error.
    pub fn parse(manager: &str, config: &str) -> Result<Self, MmError> {
        let mut entries: Vec<(String, String, bool)> = Vec::new();
        for item in config.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let Some((k, v)) = item.split_once('=') else {
                return Err(MmError::Invalid(format!(
                    "memory manager `{manager}`: configuration item `{item}` is not key=value"
                )));
            };
            let k = k.trim();
            if entries.iter().any(|(e, _, _)| e == k) {
                return Err(MmError::Invalid(format!(
                    "memory manager `{manager}`: configuration key `{k}` given twice"
                )));
            }
            entries.push((k.to_string(), v.trim().to_string(), false));
        }
        Ok(ConfigMap {
            manager: manager.to_string(),
            entries,
        })
    }

    /// The raw value of `key`, if given.
    pub fn take(&mut self, key: &str) -> Option<String> {
        let e = self.entries.iter_mut().find(|(k, _, _)| k == key)?;
        e.2 = true;
        Some(e.1.clone())
    }

    /// A byte size (`4096`, `64K`, `64M`, `1G`, `2MiB`), if given.
    pub fn take_size(&mut self, key: &str) -> Result<Option<usize>, MmError> {
        let Some(v) = self.take(key) else {
            return Ok(None);
        };
        parse_size(&v).map(Some).ok_or_else(|| {
            MmError::Invalid(format!(
                "memory manager `{}`: `{key}={v}` is not a size (e.g. 4096, 64K, 64M, 1G)",
                self.manager
            ))
        })
    }

    /// A flag (`yes`/`no`, `true`/`false`, `on`/`off`, `1`/`0`), if given.
    pub fn take_bool(&mut self, key: &str) -> Result<Option<bool>, MmError> {
        let Some(v) = self.take(key) else {
            return Ok(None);
        };
        match v.to_ascii_lowercase().as_str() {
            "yes" | "true" | "on" | "1" => Ok(Some(true)),
            "no" | "false" | "off" | "0" => Ok(Some(false)),
            _ => Err(MmError::Invalid(format!(
                "memory manager `{}`: `{key}={v}` is not yes/no",
                self.manager
            ))),
        }
    }

    /// Fails if any key was never taken, naming it and the keys `known` to the manager.
    pub fn finish(self, known: &[&str]) -> Result<(), MmError> {
        let unknown: Vec<&str> = self
            .entries
            .iter()
            .filter(|(_, _, used)| !used)
            .map(|(k, _, _)| k.as_str())
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        Err(MmError::Invalid(format!(
            "memory manager `{}`: unknown configuration key{} `{}` (known: {})",
            self.manager,
            if unknown.len() > 1 { "s" } else { "" },
            unknown.join("`, `"),
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        )))
    }
}

/// Parses a byte size: decimal digits with an optional binary suffix `K`, `M`, `G` (also
/// `KB`/`KiB`...), case-insensitive. `None` on anything else or on overflow.
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    if digits == 0 {
        return None;
    }
    let n: usize = t[..digits].parse().ok()?;
    let shift = match t[digits..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    n.checked_mul(1usize << shift)
}

#[cfg(test)]
mod registry_tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("64K"), Some(64 << 10));
        assert_eq!(parse_size("64m"), Some(64 << 20));
        assert_eq!(parse_size("1GiB"), Some(1 << 30));
        assert_eq!(parse_size("2 MB"), Some(2 << 20));
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("M"), None);
        assert_eq!(parse_size("12T"), None);
        assert_eq!(parse_size("99999999999999999999G"), None);
    }

    #[test]
    fn config_keys() {
        let mut c = ConfigMap::parse("pool", "reserve=64M, dual=no,").unwrap();
        assert_eq!(c.take_size("reserve").unwrap(), Some(64 << 20));
        assert_eq!(c.take_bool("dual").unwrap(), Some(false));
        assert_eq!(c.take("absent"), None);
        c.finish(&["reserve", "dual"]).unwrap();

        let mut c = ConfigMap::parse("pool", "reserve=64M,colour=blue").unwrap();
        c.take_size("reserve").unwrap();
        let e = c.finish(&["reserve"]).unwrap_err().to_string();
        assert!(e.contains("unknown configuration key `colour`"), "{e}");
        assert!(e.contains("known: reserve"), "{e}");

        assert!(ConfigMap::parse("x", "novalue").is_err());
        assert!(ConfigMap::parse("x", "a=1,a=2").is_err());
        let mut c = ConfigMap::parse("x", "a=lots").unwrap();
        assert!(c.take_size("a").is_err());
        assert!(ConfigMap::parse("x", "").unwrap().finish(&[]).is_ok());
    }
}
