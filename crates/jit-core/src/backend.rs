//! The code-generator abstraction: a module in, a relocatable object out.

use crate::ir::Module;
use crate::object::CompiledObject;
use crate::target::Arch;

/// How to generate code (LLVM's `LLVMMCJITCompilerOptions`, minus the memory manager).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodegenOptions {
    /// 0–3. Level 0 is the fast single-pass tier.
    pub opt_level: u8,
    /// Keep a frame-pointer chain in every function (LLVM `NoFramePointerElim`).
    pub frame_pointers: bool,
}

impl Default for CodegenOptions {
    fn default() -> Self {
        CodegenOptions {
            opt_level: 0,
            frame_pointers: true,
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
}
