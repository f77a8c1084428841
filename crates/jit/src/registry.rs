//! Memory managers by name: the build-time registry (`inventory`) and run-time plugins.
//!
//! A *spec* names a registered manager with an optional configuration, `NAME[:CONFIG]`
//! (`pool`, `pool:reserve=64M,dual=no`). Which names exist depends on the build: the
//! facade's cargo features `section`, `pool` and `huge` (all default) link the workspace's
//! managers in, and any other crate linked into the binary that submits a
//! [`ManagerFactory`] adds its own. Plugins (shared libraries, see [`crate::plugin`]) are
//! named by path instead.

use crate::JitError;
use jit_core::memory::{ManagerFactory, MemoryManager, registered_managers};

/// Environment variable naming the memory manager (a spec) when none is chosen otherwise.
pub const ENV_MEMORY_MANAGER: &str = "JIT_MEMORY_MANAGER";
/// Environment variable naming a memory-manager plugin (`PATH[:CONFIG]`); it wins over
/// [`ENV_MEMORY_MANAGER`].
pub const ENV_MEMORY_MANAGER_PLUGIN: &str = "JIT_MEMORY_MANAGER_PLUGIN";

/// The managers this build can make by name, sorted by name.
pub fn available_memory_managers() -> Vec<&'static ManagerFactory> {
    registered_managers()
}

/// Splits `NAME[:CONFIG]`.
pub fn split_spec(spec: &str) -> (&str, &str) {
    match spec.split_once(':') {
        Some((name, config)) => (name.trim(), config),
        None => (spec.trim(), ""),
    }
}

/// Makes the manager a spec `NAME[:CONFIG]` names. An unknown name is an error listing the
/// names this build has; a bad configuration is the manager's own error.
pub fn create_memory_manager(spec: &str) -> Result<Box<dyn MemoryManager>, JitError> {
    let (name, config) = split_spec(spec);
    let all = available_memory_managers();
    let Some(factory) = all.iter().find(|f| f.name == name) else {
        let names: Vec<&str> = all.iter().map(|f| f.name).collect();
        return Err(JitError::UnknownMemoryManager {
            name: name.to_string(),
            available: if names.is_empty() {
                "none in this build".to_string()
            } else {
                names.join(", ")
            },
        });
    };
    (factory.create)(config).map_err(|e| {
        let text = e.to_string();
        if text.contains(&format!("memory manager `{name}`")) {
            JitError::MemoryManager(text)
        } else {
            JitError::MemoryManager(format!("memory manager `{name}`: {text}"))
        }
    })
}

// Link the workspace's managers in when their features are on: a dependency nothing
// refers to is not linked at all, and its `inventory` registration would go with it.
#[cfg(feature = "huge")]
use mm_huge as _;
#[cfg(feature = "pool")]
use mm_pool as _;
#[cfg(feature = "section")]
use mm_section as _;
