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

/// The function tier-0 code calls, instead of [`TIER_UP_SYMBOL`], when the counter of a
/// function it can leave in the middle of a loop (on-stack replacement, OSR) reaches zero at
/// the top of a loop header: C ABI, `void *__jit_osr(uint32_t *counter, uint32_t block, void
/// *frame)`, with the header's IR block number and the frame pointer (`rbp` / `x29`),
/// resolved by the engine. A null result means "go on here"; otherwise tier-0 code calls
/// the returned entry with `frame` as its only argument and returns what it returns, as
/// its own result. The entry is code for the rest of the function from that header on,
/// reading the values live there from the frame ([`Backend::tier0_frame`] says where).
pub const OSR_SYMBOL: &str = "__jit_osr";

/// The `block` tier-0 code passes to [`OSR_SYMBOL`] from the function's entry check (which a
/// function that may leave its loops makes through it too, so that its counter keeps being
/// looked at while its loops still run in tier 0); the result is then always null.
pub const OSR_AT_ENTRY: u32 = u32::MAX;

/// Where tier-0 code keeps a value of a function, as a byte offset from its frame pointer.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FrameHome {
    /// Nowhere (no result).
    None,
    /// Stored at `frame + offset`: integers zero-extended to at least 8 bytes, pointers,
    /// `float` in the low 4 bytes, `double`, other types in their memory layout.
    Slot(i32),
    /// The value is the address `frame + offset` (a static `alloca`, a `byval` parameter).
    Addr(i32),
}

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

    /// Where tier 0 keeps each value of function `f` (indexed by `Value`), when it compiles
    /// `f` with tier-up counters and calls [`OSR_SYMBOL`] at its loop headers; `None` when
    /// it does not (the default: no on-stack replacement).
    fn tier0_frame(&self, module: &Module, f: FuncId) -> Option<Vec<FrameHome>> {
        let _ = (module, f);
        None
    }
}
