//! The x86-64 (System V) backend: module-level driver. Lays out globals into `.data`,
//! `.rodata` and `.bss`, lowers every defined function into one `.text` section (see
//! [`lower`]), and names everything with symbols and relocations.

#![allow(
    clippy::useless_conversion,
    reason = "dynasm! expands dynamic register operands with `.into()`"
)]

pub mod abi;
pub mod consts;
pub mod emit;
#[cfg(test)]
mod emit_tests;
pub mod lower;
pub mod opt;

use jit_core::DataLayout;
use jit_core::backend::{Backend, CodegenError, CodegenOptions, FrameHome};
use jit_core::ir::{FuncId, Module};
use jit_core::object::CompiledObject;
use jit_core::target::Arch;

use crate::blockaddr::BlockLabels;
pub use crate::objbuild::file_of;
use crate::objbuild::{Scope, SymbolTable, assemble, lay_out_globals};
use emit::Asm;

/// The data layout clang uses for x86-64 Linux, assumed when a module has none.
pub const X86_64_DATALAYOUT: &str =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

/// The x86-64 code generator (System V ABI, position-independent code).
#[derive(Clone, Copy, Debug, Default)]
pub struct X64Backend;

impl X64Backend {
    /// A backend.
    pub fn new() -> Self {
        X64Backend
    }
}

impl Backend for X64Backend {
    fn arch(&self) -> Arch {
        Arch::X86_64
    }

    fn compile(
        &self,
        module: &Module,
        options: &CodegenOptions,
    ) -> Result<CompiledObject, CodegenError> {
        Self::compile_scope(module, options, Scope::MODULE)
    }

    fn compile_functions(
        &self,
        module: &Module,
        options: &CodegenOptions,
        functions: &[FuncId],
    ) -> Result<CompiledObject, CodegenError> {
        Self::compile_scope(module, options, Scope::functions(module, functions)?)
    }

    fn keeps_vectors(&self, module: &Module, f: FuncId, options: &CodegenOptions) -> bool {
        options.opt_level > 0 && opt::keeps_vectors(module, f)
    }

    fn tier0_frame(&self, module: &Module, f: FuncId) -> Option<Vec<FrameHome>> {
        if !crate::tierup::osr_eligible(module, f, crate::blockaddr::takes_blocks_of(module, f)) {
            return None;
        }
        let dl =
            DataLayout::parse(module.datalayout.as_deref().unwrap_or(X86_64_DATALAYOUT)).ok()?;
        let func = &module.functions[f];
        let plan = lower::plan_frame(module, &dl, func, func.body.as_ref()?, Vec::new()).ok()?;
        Some(plan.homes())
    }
}

impl X64Backend {
    /// Compiles the functions `scope` defines (each with the optimizing tier when
    /// `options` asks for it and it can, else with tier 0), and the module's globals when it
    /// defines them.
    fn compile_scope(
        module: &Module,
        options: &CodegenOptions,
        scope: Scope<'_>,
    ) -> Result<CompiledObject, CodegenError> {
        if let Some(arch) = module.triple.as_deref().and_then(Arch::from_triple)
            && arch != Arch::X86_64
        {
            return Err(CodegenError::WrongTarget {
                module: module.name.clone(),
                module_arch: arch,
                backend_arch: Arch::X86_64,
            });
        }
        let dl = DataLayout::parse(module.datalayout.as_deref().unwrap_or(X86_64_DATALAYOUT))
            .map_err(|e| CodegenError::Limit(format!("module `{}`: {e}", module.name)))?;
        // The optimizing tier compiles the vector code of the functions it can with SSE;
        // should it fail on some of them after all (for a reason other than their vectors),
        // the scope is compiled once more with those scalarized for tier 0. (The second
        // pass keeps only functions the first compiled, so it cannot fail that way.)
        let mut scalarized = Vec::new();
        loop {
            match Self::compile_scope_keeping(module, options, scope, &dl, &scalarized)? {
                Ok(object) => return Ok(object),
                Err(failed) => scalarized.extend(failed),
            }
        }
    }

    /// [`Self::compile_scope`] with the vector code of every function the optimizing tier
    /// supports kept for it, except `scalarized`; `Err` with the functions it could not
    /// compile after all.
    fn compile_scope_keeping(
        module: &Module,
        options: &CodegenOptions,
        scope: Scope<'_>,
        dl: &DataLayout,
        scalarized: &[FuncId],
    ) -> Result<Result<CompiledObject, Vec<FuncId>>, CodegenError> {
        let mut choice = crate::machinst::TierChoice::new(options, opt::OptCompiler::new);
        let optimizing_tier = choice.optimizes_all();
        let keep = |m: &Module, f: FuncId| {
            optimizing_tier && !scalarized.contains(&f) && opt::keeps_vectors(m, f)
        };
        // Other vector operations become per-lane scalar code (shared with the AArch64
        // backend).
        let legal = crate::timing::time(crate::timing::Phase::Legalize, || {
            scope.legalize(module, &keep)
        })?;
        // Counters are indexed by the caller's FuncIds, which legalization keeps (it only
        // appends declarations), so the array has one per function of the caller's module.
        let counted_functions = module.functions.len();
        let original = module;
        let module: &Module = &legal;
        let mut syms = SymbolTable::new(module, scope);
        let mut data = lay_out_globals(module, dl, &mut syms)?;
        let counters = options
            .tier_counters
            .map(|t| syms.define_tier_counters(&mut data, counted_functions, t));
        let mut asm = Asm::new();
        let mut debug = crate::debuginfo::DebugRecorder::new(module, Arch::X86_64);
        asm.debug = debug.as_ref().map(|d| d.function_recorder());
        let blocks = BlockLabels::new(module, || asm.ops.new_dynamic_label());
        let mut lw = lower::Lowerer::new(module, dl, &blocks, counters);
        let mut failed_kept = Vec::new();
        for (f, func) in module.functions.iter() {
            let Some(s) = syms.function(f) else {
                continue;
            };
            dynasmrt::DynasmApi::align(&mut asm.ops, 16, 0xcc);
            let start = asm.pos() as u64;
            if let Some(d) = &mut asm.debug {
                d.begin();
            }
            let oc = choice.for_function(blocks.takes_blocks_of(f));
            let done = match oc {
                Some(oc) => {
                    let shared = opt::Shared {
                        fixups: &mut lw.fixups,
                        block_labels: &blocks,
                    };
                    match oc.compile_function(module, dl, f, &mut asm, &mut syms, shared) {
                        Ok(eh) => {
                            lw.eh = eh;
                            true
                        }
                        // A function kept for its vectors still has them (vectors at
                        // ABI boundaries survive legalization, hence the first test).
                        Err(why)
                            if !scalarized.contains(&f)
                                && jit_legalize::function_needs_legalizing(module, f) =>
                        {
                            // Tier 0 cannot take its vectors: this pass is discarded.
                            crate::machinst::trace_fallback(module, func, &why);
                            failed_kept.push(f);
                            continue;
                        }
                        Err(why) => {
                            crate::machinst::trace_fallback(module, func, &why);
                            false
                        }
                    }
                }
                None => false,
            };
            if !done {
                if let Some(d) = &mut asm.debug {
                    d.begin();
                }
                lw.osr = counters.is_some()
                    && crate::tierup::osr_eligible(original, f, blocks.takes_blocks_of(f));
                crate::timing::time(crate::timing::Phase::Tier0, || {
                    lw.lower_function(&mut asm, &mut syms, f)
                })?;
            }
            syms.place(s, start, asm.pos() as u64 - start);
            let eh = lw.eh.take();
            let end = asm.pos();
            asm.unwind.add_function(start as usize, end, eh);
            if let (Some(rec), Some(fd)) = (&mut debug, &asm.debug) {
                rec.add_function(module, f, start as usize, end, fd);
            }
        }
        if !failed_kept.is_empty() {
            return Ok(Err(failed_kept));
        }
        crate::timing::time(crate::timing::Phase::Object, || {
            let mut object = Self::finish(module, dl, asm, syms, blocks, data, &lw.fixups)?;
            object.debug = debug.and_then(crate::debuginfo::DebugRecorder::finish);
            Ok(object)
        })
        .map(Ok)
    }

    /// Aliases, fixups, block addresses and the object itself, once every function is in
    /// `asm`.
    fn finish(
        module: &Module,
        dl: &DataLayout,
        mut asm: Asm,
        mut syms: crate::objbuild::SymbolTable,
        blocks: BlockLabels,
        mut data: crate::objbuild::DataSections,
        fixups: &[lower::Fixup],
    ) -> Result<CompiledObject, CodegenError> {
        let fail = |e: String| {
            CodegenError::Limit(format!("module `{}`: assembling failed: {e}", module.name))
        };
        syms.define_aliases(module, dl);
        let fixups = lower::ResolvedFixups::resolve(&asm, fixups).map_err(fail)?;
        let offsets = blocks
            .resolve(&syms, |l| {
                asm.ops
                    .labels()
                    .resolve_dynamic(l)
                    .map(|o| o.0)
                    .map_err(|e| e.to_string())
            })
            .map_err(fail)?;
        offsets.patch_data(&mut data).map_err(fail)?;
        let mut unwind = asm.unwind.take();
        unwind
            .resolve_landings(|l| {
                asm.ops
                    .labels()
                    .resolve_dynamic(l)
                    .map(|o| o.0)
                    .map_err(|e| e.to_string())
            })
            .map_err(fail)?;
        let relocs = std::mem::take(&mut asm.relocs);
        let mut code = asm.ops.finalize().map_err(|e| fail(e.to_string()))?;
        fixups.apply(&mut code);
        let mut object = assemble(Arch::X86_64, &module.name, code, &relocs, data, syms);
        unwind.write(&mut object).map_err(fail)?;
        Ok(object)
    }
}
