//! The core of the jit workspace: the IR (types, constants, functions and modules in arenas
//! with typed indices), the `.ll` reader and printer, the verifier, the data layout, and the
//! engine abstraction every executor implements.
//!
//! It names no concrete backend, interpreter or memory manager: those crates depend on this
//! one, never the other way round.

pub mod backend;
pub mod datalayout;
pub mod engine;
pub mod entity;
pub mod events;
pub mod ir;
pub mod memory;
pub mod object;
pub mod printer;
pub mod reader;
pub mod target;
pub mod verifier;

pub use datalayout::{DataLayout, DataLayoutError, StructLayout};
pub use engine::{EngineError, ExecutionEngine, GenericValue, ModuleHandle, SymbolInfo, TierStats};
pub use reader::{ParseError, parse_module};
pub use target::Arch;
