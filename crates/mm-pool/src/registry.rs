//! `pool` by name: the configuration string and the build-time registration.
//!
//! Configuration keys: `reserve=SIZE` (the whole reservation, split half code, a quarter
//! each read-only and read-write data; default 256M), or the arenas one by one with
//! `code=SIZE`, `ro=SIZE`, `rw=SIZE` (each overrides its share), and `dual=yes|no` (`no`
//! forces permission flipping instead of the memfd dual mapping). The factory is registered
//! when the `register` feature is on (the facade's `pool` feature turns it on).

use crate::{DEFAULT_RESERVATION, PoolConfig, PoolMemoryManager};
use jit_core::memory::{ConfigMap, ManagerFactory, MemoryManager, MmError};

/// Name in the registry.
pub const NAME: &str = "pool";
/// One line for `jit managers`.
pub const DESCRIPTION: &str = "many small functions: 64-byte granules shared across modules, memfd dual mapping, \
     batched publish (keys: reserve, code, ro, rw = SIZE; dual=yes|no)";

impl PoolConfig {
    /// The configuration a `key=value[,key=value]` string describes (see the
    /// [module docs](self)); an empty string gives the defaults.
    pub fn from_config(config: &str) -> Result<Self, MmError> {
        let mut c = ConfigMap::parse(NAME, config)?;
        let mut p =
            PoolConfig::with_reservation(c.take_size("reserve")?.unwrap_or(DEFAULT_RESERVATION));
        if let Some(n) = c.take_size("code")? {
            p.code_bytes = n;
        }
        if let Some(n) = c.take_size("ro")? {
            p.read_only_bytes = n;
        }
        if let Some(n) = c.take_size("rw")? {
            p.read_write_bytes = n;
        }
        if let Some(d) = c.take_bool("dual")? {
            p.dual_mapping = d;
        }
        c.finish(&["reserve", "code", "ro", "rw", "dual"])?;
        Ok(p)
    }
}

/// The registry's constructor.
pub fn create(config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
    Ok(Box::new(PoolMemoryManager::with_config(
        &PoolConfig::from_config(config)?,
    )?))
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
        let c = PoolConfig::from_config("reserve=64M,dual=no,rw=1M").unwrap();
        assert_eq!(c.code_bytes, 32 << 20);
        assert_eq!(c.read_only_bytes, 16 << 20);
        assert_eq!(c.read_write_bytes, 1 << 20);
        assert!(!c.dual_mapping);
        assert_eq!(PoolConfig::from_config("").unwrap(), PoolConfig::default());
        let e = create("reserve=64M,granule=32").err().unwrap().to_string();
        assert!(e.contains("unknown configuration key `granule`"), "{e}");
        let mm = create("reserve=8M").unwrap();
        assert_eq!(mm.name(), "pool");
    }
}
