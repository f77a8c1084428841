//! `section` by name: the configuration string and the build-time registration.
//!
//! Configuration keys: `reserve=SIZE` (the reserved range, default 1G) and
//! `min_group=SIZE` (the smallest page group, default 64K). The factory is registered with
//! the facade's registry when the `register` feature is on (the facade's `section` feature
//! turns it on), so a build without it simply lacks the name.

use crate::{DEFAULT_RESERVATION, SectionMemoryManager};
use jit_core::memory::{ConfigMap, ManagerFactory, MemoryManager, MmError};

/// Name in the registry.
pub const NAME: &str = "section";
/// One line for `jit managers`.
pub const DESCRIPTION: &str = "default: page groups per module in one reserved range, W^X by permission changes \
     (keys: reserve=SIZE, min_group=SIZE)";

impl SectionMemoryManager {
    /// A manager configured by `key=value[,key=value]` (see the [module docs](self)); an
    /// empty string gives the defaults.
    pub fn from_config(config: &str) -> Result<Self, MmError> {
        let mut c = ConfigMap::parse(NAME, config)?;
        let reserve = c.take_size("reserve")?.unwrap_or(DEFAULT_RESERVATION);
        let min_group = c.take_size("min_group")?;
        c.finish(&["reserve", "min_group"])?;
        let mut mm = SectionMemoryManager::with_reservation(reserve)?;
        if let Some(g) = min_group {
            mm.set_min_group_size(g);
        }
        Ok(mm)
    }
}

/// The registry's constructor.
pub fn create(config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
    Ok(Box::new(SectionMemoryManager::from_config(config)?))
}

/// The factory this crate registers (also usable directly).
pub const FACTORY: ManagerFactory = ManagerFactory {
    name: NAME,
    description: DESCRIPTION,
    create,
};

#[cfg(feature = "register")]
jit_core::memory::inventory::submit! { FACTORY }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_by_string() {
        let mm = SectionMemoryManager::from_config("reserve=16M,min_group=4K").unwrap();
        assert_eq!(mm.stats().bytes_reserved, 16 << 20);
        assert!(SectionMemoryManager::from_config("").is_ok());
        let e = create("reserve=16M,wx=yes").err().unwrap().to_string();
        assert!(e.contains("unknown configuration key `wx`"), "{e}");
    }
}
