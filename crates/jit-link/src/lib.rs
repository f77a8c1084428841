//! The jit linker, the analog of LLVM's RuntimeDyld: it takes relocatable objects
//! ([`CompiledObject`], from a backend or from an ELF `.o` via [`load_elf_object`]), places
//! their sections through a [`MemoryManager`], resolves symbols across all objects of an
//! engine and applies relocations. It does not compile, does not change protections (the
//! memory manager's `finalize` does) and does not run anything.
//!
//! # Layers
//! ```text
//!   elf.rs      ELF bytes (object crate) ──► CompiledObject
//!   linker.rs   CompiledObject ──► placed sections, symbol table, GOT, stubs
//!   reloc.rs    one relocation ──► patched bytes (pure functions, unit tested)
//!   process.rs  names ──► addresses in the process (dlsym, libc, libm)
//! ```
//!
//! # Protocol
//! [`Linker::load`] each object (sections allocated and copied, global symbols published),
//! then [`Linker::resolve`] (every relocation applied; GOT slots and stubs written), then the
//! caller calls the manager's `finalize`, then code runs. [`Linker::unresolved_names`] tells
//! an engine which names no loaded object defines yet, so it can compile the modules that do
//! before resolving.
//!
//! # Symbol resolution order
//! 1. definitions in the same object (local symbols first, then global ones; a weak
//!    definition yields to a strong one elsewhere in the engine);
//! 2. for an object loaded with [`Linker::load_private`] (replacement code, tier-up): the
//!    definitions of its scope object, local symbols included;
//! 3. global symbols of every other loaded object (private objects export nothing);
//! 4. the engine's global mappings ([`Linker::add_global_mapping`]);
//! 5. the process: `dlsym(RTLD_DEFAULT)`, then explicitly opened `libc.so.6` and `libm.so.6`;
//! 6. an undefined weak symbol is 0; anything else is [`LinkError::UndefinedSymbol`].
//!
//! # GOT and stubs
//! Every symbol used by a GOT-relative relocation (`GotPcRel`, `AdrGotPage`,
//! `Ld64GotLo12Nc`) gets an 8-byte slot in a `.got` section allocated read-only through the
//! manager (written before finalize, read-only after). Every undefined symbol used by a call
//! (`Plt32`, `Call26`, `Jump26`) gets a 16-byte stub in a `.stubs` code section
//! (x86-64 `jmp *[rip+2]` + address; AArch64 `ldr x16, #8; br x16` + address); a call goes
//! through its stub only when the target is out of direct reach, which is usual for libc
//! (far from JIT memory). Every other field is checked for overflow, and an overflow names the
//! symbol, the section and the offset.
//!
//! # Not done
//! TLS relocations, GOT relaxation, REL (implicit-addend) relocation sections, big-endian
//! targets, SHN_ABS symbols other than 0.

mod elf;
mod error;
mod linker;
mod process;
mod reloc;
mod unwind;

pub use elf::{ElfError, load_elf_object};
pub use error::LinkError;
pub use linker::{LinkStats, Linker};

#[doc(no_inline)]
pub use jit_core::memory::MemoryManager;
#[doc(no_inline)]
pub use jit_core::object::CompiledObject;
