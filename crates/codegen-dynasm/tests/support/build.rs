//! Helpers to build test modules with `FunctionBuilder`.

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::{FuncId, Module, Type};
use jit_core::object::CompiledObject;

/// A module for x86-64 Linux.
pub fn module() -> Module {
    let mut m = Module::new("test");
    m.triple = Some("x86_64-unknown-linux-gnu".into());
    m.datalayout = Some(codegen_dynasm::x64::X86_64_DATALAYOUT.into());
    m.source_path = Some("test.ll".into());
    m
}

/// Compiles or panics with the error.
pub fn compile(m: &Module) -> CompiledObject {
    X64Backend
        .compile(m, &CodegenOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Defines `name` with the given signature.
pub fn define(m: &mut Module, name: &str, ret: Type, params: &[Type]) -> FuncId {
    let ty = m.types.function(ret, params, false);
    m.define_function(name, ty).unwrap()
}

/// Declares `name`.
pub fn declare(m: &mut Module, name: &str, ret: Type, params: &[Type], varargs: bool) -> FuncId {
    let ty = m.types.function(ret, params, varargs);
    m.declare_function(name, ty).unwrap()
}
