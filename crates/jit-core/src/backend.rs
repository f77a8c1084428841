//! The code-generator abstraction: a module in, a relocatable object out.

use crate::ir::{FuncId, Module};
use crate::object::CompiledObject;
use crate::target::Arch;

/// How to generate code (LLVM's `LLVMMCJITCompilerOptions`, minus the memory manager).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodegenOptions {
    /// 0–3. Level 0 is the fast single-pass tier.
    pub opt_level: u8,
    /// Keep a frame-pointer chain in every function (LLVM `NoFramePointerElim`).
    pub frame_pointers: bool,
    /// Tier-up counters in tier-0 code, starting at this value (`None`: no counting). See
    /// [`TIER_COUNTERS_SYMBOL`] for what the backend emits.
    pub tier_counters: Option<u32>,
}

/// The local data symbol of the tier-up counters: with [`CodegenOptions::tier_counters`]
/// set, tier-0 code gets a writable array of one `u32` per function of the module (indexed
/// by `FuncId`, declarations included), each starting at the threshold. A function's code
/// decrements its counter on entry and at the top of every loop header; when the result is
/// zero it calls [`TIER_UP_SYMBOL`] with the counter's address as the only argument, at a
/// point where no live value is in a caller-saved register. Code of the optimizing tier does
/// not count.
pub const TIER_COUNTERS_SYMBOL: &str = "__jit_tier_counters";

/// The function tier-0 code calls when a counter reaches zero: C ABI,
/// `void __jit_tier_up(uint32_t *counter)`, resolved by the engine.
pub const TIER_UP_SYMBOL: &str = "__jit_tier_up";

impl Default for CodegenOptions {
    fn default() -> Self {
        CodegenOptions {
            opt_level: 0,
            frame_pointers: true,
            tier_counters: None,
        }
    }
}

/// A backend could not compile a module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodegenError {
    /// The module uses something this backend does not support yet.
    #[error("{location}: in function `@{function}`: unsupported: {message}")]
    Unsupported {
        /// Function being compiled.
        function: String,
        /// `file:line:col` of the instruction.
        location: String,
        /// What is unsupported.
        message: String,
    },
    /// The module is for another architecture.
    #[error("module `{module}` targets {module_arch}, this backend generates {backend_arch} code")]
    WrongTarget {
        /// Module name.
        module: String,
        /// Module's architecture.
        module_arch: Arch,
        /// Backend's architecture.
        backend_arch: Arch,
    },
    /// A limit was exceeded (function too large for a branch range, ...).
    #[error("{0}")]
    Limit(String),
}

/// A code generator for one architecture.
pub trait Backend: Send + Sync {
    /// The architecture produced.
    fn arch(&self) -> Arch;
    /// Compiles every defined function and global of `module`.
    fn compile(
        &self,
        module: &Module,
        options: &CodegenOptions,
    ) -> Result<CompiledObject, CodegenError>;

    /// Compiles only `functions` of `module`, for code that replaces theirs in an object
    /// already loaded (tier-up): the object defines a symbol for each of them, under its IR
    /// name, and names every other function and every global variable and alias of the
    /// module as an undefined symbol (internal and private ones too), so the engine resolves
    /// them to the existing definitions. No module global is emitted; constants private to
    /// the backend may be. A function whose blocks have their address taken is refused
    /// ([`CodegenError::Unsupported`]): other code holds addresses into its old body.
    fn compile_functions(
        &self,
        module: &Module,
        options: &CodegenOptions,
        functions: &[FuncId],
    ) -> Result<CompiledObject, CodegenError> {
        let _ = (options, functions);
        Err(CodegenError::Unsupported {
            function: String::new(),
            location: module.name.clone(),
            message: "this backend compiles whole modules only".into(),
        })
    }

    /// Whether the backend compiles function `f` (which computes with vectors) with its own
    /// vector instructions at `options`, so vector legalization (scalarizing) must leave it
    /// alone. Callers that legalize before they compile ask this; the default is never.
    fn keeps_vectors(&self, module: &Module, f: FuncId, options: &CodegenOptions) -> bool {
        let _ = (module, f, options);
        false
    }
}
