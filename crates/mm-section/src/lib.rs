//! The default memory manager: LLVM `SectionMemoryManager` semantics done right (code,
//! read-only and read-write sections in separate page groups, never writable and executable
//! at once, all sections of one engine within branch reach of each other).
//!
//! Not built yet: it arrives with the native-engine issue, together with the `MemoryManager`
//! trait it implements.
