//! An LLVM-C compatible C API (`LLVMCreateMCJITCompilerForModule`, `LLVMGetFunctionAddress`,
//! the IR builder, ...) so programs written for LLVM's MCJIT compile unchanged against our
//! headers and link against this library instead of LLVM.
//!
//! Not built yet: it arrives with the C API issue.
