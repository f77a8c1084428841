//! The AArch64 (AAPCS64, `aarch64-linux-gnu`) backend: module-level driver. Lays out
//! globals into `.data`, `.rodata` and `.bss` (shared with other ISAs through
//! [`crate::objbuild`]), lowers every defined function into one `.text` section — with the
//! optimizing tier ([`opt`], OptLevel ≥ 1) where it handles the function, else with tier 0
//! ([`lower`]) — and names everything with symbols and relocations: `Call26` for calls (the
//! linker adds veneers beyond ±128 MiB), `AdrPrelPgHi21` + `AddAbsLo12Nc` for addresses of
//! symbols defined in the object, `AdrGotPage` + `Ld64GotLo12Nc` for symbols defined
//! elsewhere, `Abs64`/`Pc32` in data.
//!
//! The code runs on any host: an x86-64 machine produces AArch64 objects (see
//! `jit compile --target aarch64`).

#![allow(
    clippy::useless_conversion,
    reason = "dynasm! expands dynamic register operands with `.into()`"
)]

pub mod abi;
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
use crate::objbuild::{RODATA, Scope, SymbolTable, TEXT, assemble, lay_out_globals};
use emit::Asm;
use jit_core::object::{RelocKind, SectionIndex};

/// The data layout clang uses for `aarch64-linux-gnu`, assumed when a module has none.
pub const AARCH64_DATALAYOUT: &str = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";

/// The AArch64 code generator (AAPCS64, position-independent code).
#[derive(Clone, Copy, Debug, Default)]
pub struct A64Backend;

impl A64Backend {
    /// A backend.
    pub fn new() -> Self {
        A64Backend
    }
}

impl Backend for A64Backend {
    fn arch(&self) -> Arch {
        Arch::AArch64
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

    fn tier0_frame(&self, module: &Module, f: FuncId) -> Option<Vec<FrameHome>> {
        if !crate::tierup::osr_eligible(module, f, crate::blockaddr::takes_blocks_of(module, f)) {
            return None;
        }
        let dl =
            DataLayout::parse(module.datalayout.as_deref().unwrap_or(AARCH64_DATALAYOUT)).ok()?;
        let func = &module.functions[f];
        let plan = lower::plan_frame(module, &dl, func, func.body.as_ref()?, Vec::new()).ok()?;
        Some(plan.homes())
    }
}

impl A64Backend {
    /// Compiles the functions `scope` defines (each with the optimizing tier when
    /// `options` asks for it and it can, else with tier 0), and the module's globals when it
    /// defines them.
    fn compile_scope(
        module: &Module,
        options: &CodegenOptions,
        scope: Scope<'_>,
    ) -> Result<CompiledObject, CodegenError> {
        if let Some(arch) = module.triple.as_deref().and_then(Arch::from_triple)
            && arch != Arch::AArch64
        {
            return Err(CodegenError::WrongTarget {
                module: module.name.clone(),
                module_arch: arch,
                backend_arch: Arch::AArch64,
            });
        }
        let dl = DataLayout::parse(module.datalayout.as_deref().unwrap_or(AARCH64_DATALAYOUT))
            .map_err(|e| CodegenError::Limit(format!("module `{}`: {e}", module.name)))?;
        // Vector operations become per-lane scalar code (shared with the x86-64 backend).
        let legal = scope.legalize(module, &|_, _| false)?;
        // Counters are indexed by the caller's FuncIds, which legalization keeps (it only
        // appends declarations), so the array has one per function of the caller's module.
        let counted_functions = module.functions.len();
        let original = module;
        let module: &Module = &legal;
        let mut syms = SymbolTable::new(module, scope);
        let mut data = lay_out_globals(module, &dl, &mut syms)?;
        let counters = options
            .tier_counters
            .map(|t| syms.define_tier_counters(&mut data, counted_functions, t));
        let mut asm = Asm::new();
        let mut debug = crate::debuginfo::DebugRecorder::new(module, Arch::AArch64);
        asm.debug = debug.as_ref().map(|d| d.function_recorder());
        let rodata = SectionIndex(1 + RODATA as u32);
        let tables_start = data[RODATA].size().next_multiple_of(4);
        let blocks = BlockLabels::new(module, || asm.ops.new_dynamic_label());
        let mut lw = lower::Lowerer::new(module, &dl, rodata, tables_start, &blocks, counters);
        // `JIT_O0_TIER=fast` runs the optimizing tier at -O0 too, with the single-pass
        // allocator (for measuring, as on x86-64).
        let mut choice = crate::machinst::TierChoice::new(options, opt::OptCompiler::new);
        for (f, func) in module.functions.iter() {
            let Some(s) = syms.function(f) else {
                continue;
            };
            while asm.pos() % 16 != 0 {
                asm.word(0xd503_201f); // nop
            }
            let start = asm.pos() as u64;
            if let Some(d) = &mut asm.debug {
                d.begin();
            }
            let oc = choice.for_function(blocks.takes_blocks_of(f));
            let done = match oc {
                Some(oc) => {
                    let tables = opt::Tables {
                        fixups: &mut lw.fixups,
                        end: &mut lw.tables_end,
                        rodata: syms.section_symbol(rodata),
                        block_relocs: &mut lw.block_relocs,
                        block_labels: &blocks,
                    };
                    match oc.compile_function(module, &dl, f, &mut asm, &mut syms, tables) {
                        Ok(eh) => {
                            lw.eh = eh;
                            true
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
                lw.lower_function(&mut asm, &mut syms, f)?;
            }
            syms.place(s, start, asm.pos() as u64 - start);
            let eh = lw.eh.take();
            let end = asm.pos();
            asm.unwind.add_function(start as usize, end, eh);
            if let (Some(rec), Some(fd)) = (&mut debug, &asm.debug) {
                rec.add_function(module, f, start as usize, end, fd);
            }
        }
        syms.define_aliases(module, &dl);
        let fail = |e: String| {
            CodegenError::Limit(format!("module `{}`: assembling failed: {e}", module.name))
        };
        let fixups = lower::ResolvedFixups::resolve(&asm, &lw.fixups).map_err(fail)?;
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
        offsets
            .patch_text(&mut asm.relocs, &lw.block_relocs)
            .map_err(fail)?;
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
        let mut code = asm.ops.finalize().map_err(|e| {
            CodegenError::Limit(format!(
                "module `{}`: assembling failed (branch out of range?): {e}",
                module.name
            ))
        })?;
        fixups.apply(&mut code);
        if lw.tables_end > tables_start {
            let zeros = vec![0u8; (lw.tables_end - tables_start) as usize];
            let at = data[RODATA].append(&zeros, 4);
            debug_assert_eq!(at, tables_start);
            let text = syms.section_symbol(TEXT);
            for &(entry, table, target) in fixups.table_entries() {
                // S + A - P = (text + target + (entry - table)) - entry = target - table
                let addend = (target + (entry - table)) as i64;
                data[RODATA].add_reloc(entry, text, addend, RelocKind::Pc32);
            }
        }
        let mut object = assemble(Arch::AArch64, &module.name, code, &relocs, data, syms);
        unwind.write(&mut object).map_err(fail)?;
        object.debug = debug.and_then(crate::debuginfo::DebugRecorder::finish);
        Ok(object)
    }
}
