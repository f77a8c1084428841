//! Events that debuggers and profilers need to see JIT code: an object's code was placed
//! and made executable, or is about to be freed.
//!
//! This is the counterpart of LLVM's `JITEventListener` (`notifyObjectLoaded`,
//! `notifyFreeingObject`). The linker calls every listener attached to it once an object is
//! relocated and its permissions are final, and before its memory is released; tiered
//! engines report each replacement body as an object of its own. Listeners are shared
//! (`Arc`) because one listener — the process's GDB registration, a perf map — serves many
//! engines, as LLVM's singletons do.

use crate::object::CompiledObject;

/// An object whose sections were placed, relocated and protected.
#[derive(Copy, Clone, Debug)]
pub struct LoadedObject<'a> {
    /// Identifies this object until [`JitEventListener::object_freed`] is called with it;
    /// unique among the objects loaded in the process at one time.
    pub key: u64,
    /// The object as the backend (or the ELF loader) made it: sections, symbols (offsets
    /// in sections) and [`CompiledObject::debug`].
    pub object: &'a CompiledObject,
    /// Address of each of `object`'s sections in the process that runs the code (0 for a
    /// section that was not placed, such as an empty one).
    pub section_addresses: &'a [u64],
}

impl LoadedObject<'_> {
    /// Address of `offset` in section `section`, if that section was placed.
    pub fn address(&self, section: crate::object::SectionIndex, offset: u64) -> Option<u64> {
        let base = *self.section_addresses.get(section.0 as usize)?;
        (base != 0).then_some(base + offset)
    }
}

/// Something told about JIT code coming and going: a debugger interface, a profiler map.
///
/// Methods are called with the engine's internal lock held: they must not call back into
/// the engine. They must not panic.
pub trait JitEventListener: Send + Sync {
    /// `object` is ready to run.
    fn object_loaded(&self, object: &LoadedObject<'_>);
    /// The object loaded under `key` is about to be freed.
    fn object_freed(&self, key: u64);
}
