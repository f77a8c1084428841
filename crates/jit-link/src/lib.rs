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
//!   process.rs  names ──► addresses in the process (added symbols, dlsym, libc, libm, the
//!               C++ runtime on demand, libraries loaded with -l/--load); shared by every
//!               engine of the process
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
//!    definition — weak, `linkonce_odr`, `weak_odr`, so comdat members too — yields to a
//!    strong one elsewhere in the engine, or to the first weak one loaded, as a static
//!    linker keeps one copy of an inline function's static local or a template instance);
//! 2. for an object loaded with [`Linker::load_private`] (replacement code, tier-up): the
//!    definitions of its scope object, local symbols included;
//! 3. global symbols of every other loaded object (private objects export nothing);
//! 4. the engine's global mappings ([`Linker::add_global_mapping`]);
//! 5. the process ([`process::search`]): symbols added with [`process::add_symbol`],
//!    `dlsym(RTLD_DEFAULT)` (libraries loaded with [`process::load_library`] included),
//!    then `libc.so.6` and `libm.so.6`, then the C++ runtime (`libstdc++.so.6`,
//!    `libgcc_s.so.1`), opened only when a strong reference is missed everywhere else —
//!    or, for code that runs in another process, that process
//!    ([`Linker::set_symbol_source`] with a [`SymbolSource`], asked for every such name at
//!    once before each resolution);
//! 6. an undefined weak symbol is 0; anything else is [`LinkError::UndefinedSymbol`],
//!    naming the symbol, the object, the function or data referring to it and the
//!    libraries searched.
//!
//! Two strong definitions of one name are [`LinkError::DuplicateSymbol`]; weak ones never
//! clash.
//!
//! # Event listeners
//! [`Linker::add_listener`] (or a shared [`EventListeners`] list) attaches
//! [`JitEventListener`]s — a debugger interface, a profiler map. The engine calls
//! [`Linker::notify_loaded`] after each finalize: every object resolved since then is
//! reported once, with the address of each section; [`Linker::remove`] and dropping the
//! linker report its freeing before the memory goes. Only objects whose code runs in this
//! process are reported (not code for another architecture, nor code in an executor).
//!
//! # Symbolizing addresses
//! [`Linker::symbolize`] names the function (and, with debug information, the source line)
//! whose code holds an address: for crash reports and backtraces (see [`symbolize`]).
//!
//! # Constructors and destructors
//! `.init_array[.N]` and `.fini_array[.N]` sections are read when an object is resolved:
//! [`Linker::init_functions`] and [`Linker::fini_functions`] give their entries with their
//! priorities, which the engine merges across objects (lower priority first; the same
//! priority in order of loading).
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
mod listeners;
pub mod process;
mod reloc;
pub mod symbolize;
mod unwind;

pub use elf::{ElfError, load_elf_object};
pub use error::LinkError;
#[doc(no_inline)]
pub use jit_core::events::{JitEventListener, LoadedObject};
pub use linker::{DEFAULT_PRIORITY, LinkStats, Linker};
pub use listeners::EventListeners;
pub use process::SymbolSource;
pub use unwind::EhFrameRegistration;

#[doc(no_inline)]
pub use jit_core::memory::MemoryManager;
#[doc(no_inline)]
pub use jit_core::object::CompiledObject;
