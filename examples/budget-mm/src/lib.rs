//! `budget`: an example of a memory manager written outside the jit workspace's core.
//!
//! It wraps the default manager (`mm-section`), counts allocations and bytes per module,
//! optionally logs each allocation to stderr, and refuses allocations beyond a byte budget.
//! It shows both ways to ship a manager:
//! - **build time**: linking this crate (as an `rlib`) registers `budget` with the
//!   facade's registry through [`inventory`](jit_core::memory::inventory), so
//!   `EngineBuilder::memory_manager_by_name("budget:budget=1M")` finds it;
//! - **run time**: the `cdylib` exports the plugin entry point with
//!   [`jit_plugin::export_memory_manager_plugin!`], so
//!   `jit run --mm-plugin libbudget_mm.so:budget=1M` loads it.
//!
//! Both use the one [`FACTORY`]. Configuration: `budget=SIZE` (default: unlimited),
//! `log=yes|no` (default `no`), `reserve=SIZE` (the section manager's range, default 1G).

use jit_core::memory::{
    ConfigMap, ManagerFactory, MemoryManager, MmError, MmStats, ModuleId, Placement, SectionKind,
};
use mm_section::SectionMemoryManager;
use std::collections::HashMap;

/// The section manager with counting, logging and a byte budget.
pub struct BudgetMemoryManager {
    inner: SectionMemoryManager,
    budget: Option<usize>,
    log: bool,
    used: usize,
    peak: usize,
    per_owner: HashMap<ModuleId, usize>,
    refused: u64,
}

impl BudgetMemoryManager {
    /// A manager allowing `budget` bytes of live sections (`None`: no limit).
    pub fn new(budget: Option<usize>) -> Result<Self, MmError> {
        Ok(Self::wrapping(SectionMemoryManager::new()?, budget))
    }

    /// Wraps an existing section manager.
    pub fn wrapping(inner: SectionMemoryManager, budget: Option<usize>) -> Self {
        BudgetMemoryManager {
            inner,
            budget,
            log: false,
            used: 0,
            peak: 0,
            per_owner: HashMap::new(),
            refused: 0,
        }
    }

    /// Configured by `budget=SIZE,log=yes|no,reserve=SIZE` (all optional).
    pub fn from_config(config: &str) -> Result<Self, MmError> {
        let mut c = ConfigMap::parse(NAME, config)?;
        let budget = c.take_size("budget")?;
        let log = c.take_bool("log")?.unwrap_or(false);
        let reserve = c
            .take_size("reserve")?
            .unwrap_or(mm_section::DEFAULT_RESERVATION);
        c.finish(&["budget", "log", "reserve"])?;
        let mut mm = Self::wrapping(SectionMemoryManager::with_reservation(reserve)?, budget);
        mm.log = log;
        Ok(mm)
    }

    /// Bytes of live sections.
    pub fn used(&self) -> usize {
        self.used
    }
}

impl MemoryManager for BudgetMemoryManager {
    fn name(&self) -> &str {
        NAME
    }

    fn reserve(&mut self, code: usize, read_only: usize, read_write: usize) -> Result<(), MmError> {
        self.inner.reserve(code, read_only, read_write)
    }

    fn allocate(
        &mut self,
        kind: SectionKind,
        size: usize,
        align: usize,
        owner: ModuleId,
        section_name: &str,
    ) -> Result<Placement, MmError> {
        if let Some(budget) = self.budget {
            if self.used.saturating_add(size) > budget {
                self.refused += 1;
                return Err(MmError::OutOfMemory {
                    size,
                    section: section_name.to_string(),
                    reason: format!(
                        "budget of {budget} bytes exceeded ({} bytes in use)",
                        self.used
                    ),
                });
            }
        }
        let p = self
            .inner
            .allocate(kind, size, align, owner, section_name)?;
        self.used += size;
        self.peak = self.peak.max(self.used);
        *self.per_owner.entry(owner).or_default() += size;
        if self.log {
            eprintln!(
                "budget-mm: {kind:?} `{section_name}` {size} bytes (align {align}) for module {} at {:#x}; {} bytes in use",
                owner.0, p.target, self.used
            );
        }
        Ok(p)
    }

    fn finalize(&mut self) -> Result<(), MmError> {
        self.inner.finalize()
    }

    fn release(&mut self, owner: ModuleId) {
        if let Some(n) = self.per_owner.remove(&owner) {
            self.used -= n;
            if self.log {
                eprintln!(
                    "budget-mm: released module {} ({n} bytes); {} bytes in use",
                    owner.0, self.used
                );
            }
        }
        self.inner.release(owner);
    }

    fn stats(&self) -> MmStats {
        let s = self.inner.stats();
        let budget = self
            .budget
            .map_or_else(|| "unlimited".to_string(), |b| b.to_string());
        MmStats {
            notes: format!(
                "budget: {} of {budget} bytes in use, peak {}, {} refused; {}",
                self.used, self.peak, self.refused, s.notes
            ),
            ..s
        }
    }
}

/// Name in the registry.
pub const NAME: &str = "budget";

/// The registry's (and the plugin's) constructor.
pub fn create(config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
    Ok(Box::new(BudgetMemoryManager::from_config(config)?))
}

/// The one factory behind both the build-time registration and the plugin.
pub const FACTORY: ManagerFactory = ManagerFactory {
    name: NAME,
    description: "example: the section manager with allocation logging, counting and a byte budget \
         (keys: budget=SIZE, log=yes|no, reserve=SIZE)",
    create,
};

jit_core::memory::inventory::submit! { FACTORY }

jit_plugin::export_memory_manager_plugin!(FACTORY);
