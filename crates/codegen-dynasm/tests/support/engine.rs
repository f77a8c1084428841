//! The real engine (`jit_mcjit` with the section memory manager) around the backend of the
//! host, for tests that run compiled code on x86-64 or AArch64 (natively or under QEMU).
#![cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]

use jit_core::ExecutionEngine;
use jit_core::backend::Backend;
use jit_core::ir::Module;

/// The backend of the host with its datalayout and triple.
pub fn host_backend() -> (Box<dyn Backend>, &'static str, &'static str) {
    #[cfg(target_arch = "x86_64")]
    let host: (Box<dyn Backend>, _, _) = (
        Box::new(codegen_dynasm::X64Backend::new()),
        codegen_dynasm::x64::X86_64_DATALAYOUT,
        super::build::X64_TRIPLE,
    );
    #[cfg(target_arch = "aarch64")]
    let host: (Box<dyn Backend>, _, _) = (
        Box::new(codegen_dynasm::A64Backend::new()),
        codegen_dynasm::aarch64::AARCH64_DATALAYOUT,
        super::build::A64_TRIPLE,
    );
    host
}

/// Reads `body` as `.ll` text for the host and verifies it; panics with the error.
pub fn parse_host(body: &str) -> Module {
    let (_, datalayout, triple) = host_backend();
    super::build::parse_for(triple, datalayout, body)
}

/// The real engine with the host backend and the section memory manager, `m` added.
pub fn engine(m: Module) -> jit_mcjit::Mcjit {
    let mut e = jit_mcjit::McjitBuilder::new()
        .backend(host_backend().0)
        .memory_manager(Box::new(mm_section::SectionMemoryManager::new().unwrap()))
        .build()
        .unwrap();
    e.add_module(m).unwrap();
    e
}

/// The address of the function `name`; panics with the engine's error.
pub fn addr(e: &mut jit_mcjit::Mcjit, name: &str) -> usize {
    e.get_function_address(name)
        .unwrap_or_else(|err| panic!("{name}: {err}")) as usize
}

/// The real engine at optimisation level `level` (the optimizing tier from 1 on), `m`
/// added.
pub fn engine_at(m: Module, level: u8) -> jit_mcjit::Mcjit {
    let mut e = jit_mcjit::McjitBuilder::new()
        .backend(host_backend().0)
        .memory_manager(Box::new(mm_section::SectionMemoryManager::new().unwrap()))
        .opt_level(level)
        .build()
        .unwrap();
    e.add_module(m).unwrap();
    e
}
