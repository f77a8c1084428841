//! `huge` by name: the configuration string and the build-time registration.
//!
//! Configuration keys: `code=SIZE` (the code region, default 256M), `data=SIZE` (the data
//! window, default 64M), `source=auto|thp|hugetlb|normal` (the huge-page mechanism) and
//! `reopen=yes|no` ([`HugeConfig::reopen_sealed_units`]). The factory is registered when
//! the `register` feature is on (the facade's `huge` feature turns it on).

use crate::{HugeConfig, HugeMemoryManager, HugeSource};
use jit_core::memory::{ConfigMap, ManagerFactory, MemoryManager, MmError};

/// Name in the registry.
pub const NAME: &str = "huge";
/// One line for `jit managers`.
pub const DESCRIPTION: &str = "hot code on 2 MiB huge pages (THP or hugetlbfs), permissions per whole unit \
     (keys: code, data = SIZE; source=auto|thp|hugetlb|normal; reopen=yes|no)";

impl HugeConfig {
    /// The configuration a `key=value[,key=value]` string describes (see the
    /// [module docs](self)); an empty string gives the defaults.
    pub fn from_config(config: &str) -> Result<Self, MmError> {
        let mut c = ConfigMap::parse(NAME, config)?;
        let mut h = HugeConfig::default();
        if let Some(n) = c.take_size("code")? {
            h.code_bytes = n;
        }
        if let Some(n) = c.take_size("data")? {
            h.data_bytes = n;
        }
        if let Some(s) = c.take("source") {
            h.source = match s.as_str() {
                "auto" => HugeSource::Auto,
                "thp" => HugeSource::Thp,
                "hugetlb" | "hugetlbfs" => HugeSource::HugeTlb,
                "normal" | "none" => HugeSource::Normal,
                _ => {
                    return Err(MmError::Invalid(format!(
                        "memory manager `huge`: `source={s}` is not one of auto, thp, hugetlb, normal"
                    )));
                }
            };
        }
        if let Some(r) = c.take_bool("reopen")? {
            h.reopen_sealed_units = r;
        }
        c.finish(&["code", "data", "source", "reopen"])?;
        Ok(h)
    }
}

/// The registry's constructor.
pub fn create(config: &str) -> Result<Box<dyn MemoryManager>, MmError> {
    Ok(Box::new(HugeMemoryManager::with_config(
        &HugeConfig::from_config(config)?,
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
        let c = HugeConfig::from_config("code=64M,data=8M,source=normal,reopen=yes").unwrap();
        assert_eq!(c.code_bytes, 64 << 20);
        assert_eq!(c.data_bytes, 8 << 20);
        assert_eq!(c.source, HugeSource::Normal);
        assert!(c.reopen_sealed_units);
        assert_eq!(HugeConfig::from_config("").unwrap(), HugeConfig::default());
        assert!(HugeConfig::from_config("source=giant").is_err());
        let e = create("code=64M,pages=2").err().unwrap().to_string();
        assert!(e.contains("unknown configuration key `pages`"), "{e}");
    }
}
