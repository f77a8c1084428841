//! An LLVM-C compatible C API over the jit workspace: a C program written for LLVM's MCJIT
//! (`LLVMModuleCreateWithName`, the IR builder, `LLVMCreateMCJITCompilerForModule`,
//! `LLVMGetFunctionAddress`, ...) compiles unchanged against `include/llvm-c/*.h` and links
//! against this library (`libjit_capi.a` or `.so`) instead of LLVM.
//!
//! It covers the subset of Core.h, Analysis.h, IRReader.h, BitReader.h, BitWriter.h,
//! Linker.h, Support.h, Target.h, TargetMachine.h, ExecutionEngine.h, Error.h and
//! Transforms/PassBuilder.h listed in `include/llvm-c/`, plus `Jit*` extensions
//! (`include/jit.h`, generated from [`ext`] by `cargo xtask headers`). Engines are built through the facade's
//! `jit::EngineBuilder`; this crate holds no engine logic.
//!
//! * [`boundary`]: panics never cross into C (`catch_unwind` in every entry point), errors
//!   become `malloc`'d messages freed by `LLVMDisposeMessage`, NULL handles are errors.
//! * [`handles`]: what each opaque handle points to, and the lifetime rules (as LLVM's).
//! * [`core`], [`analysis`], [`irreader`], [`target`]: building, checking and reading IR.
//! * [`bitcode`], [`linker`], [`target_machine`], [`support`]: BitReader.h, BitWriter.h,
//!   Linker.h, TargetMachine.h (objects through the native backend) and Support.h
//!   (libraries and symbols of the process).
//! * [`engine`], [`generic_value`], [`mm`]: ExecutionEngine.h; client memory managers go
//!   through the facade's `jit::callback_mm::CallbackMemoryManager` adapter.
//! * [`passes`], [`error`]: `LLVMRunPasses` over the IR optimizer (`jit-opt`), and the
//!   `LLVMErrorRef` it returns.

pub mod analysis;
pub mod bitcode;
pub mod boundary;
pub mod core;
pub mod engine;
pub mod error;
pub mod ext;
pub mod generic_value;
pub mod handles;
pub mod irreader;
pub mod linker;
pub mod listeners;
pub mod mm;
pub mod passes;
pub mod support;
pub mod target;
pub mod target_machine;

#[cfg(test)]
mod tests;
