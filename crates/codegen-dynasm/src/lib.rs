//! Native code generation with dynasm: lowers a `jit_core` module to a relocatable
//! `CompiledObject` for x86-64 (System V) and AArch64 (AAPCS64).
//!
//! Not built yet: the x86-64 backend arrives with the native-engine issue and the AArch64
//! backend with the AArch64 issue. Until then the `jit` facade offers only the interpreter.
