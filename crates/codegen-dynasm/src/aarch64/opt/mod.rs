//! The AArch64 side of the optimizing tier (OptLevel ≥ 1): instruction selection
//! ([`isel`]), the instructions ([`inst`]), their words ([`enc`]) and their encoding with
//! the frame ([`encode`]); the driver that orders blocks, allocates registers and lays out
//! the frame is [`crate::machinst`].
//!
//! Registers: `x29` is the frame pointer (always kept) and `x30` the link register, both
//! saved by the frame record; `x18` (the platform register) is never touched. `x16` and
//! `v31` are the register allocator's scratch registers, `x17` the encoder's (see
//! [`encode`]). The allocator prefers the caller-saved `x0`–`x15`, `v0`–`v7` and
//! `v16`–`v30`, and takes the callee-saved `x19`–`x28` and `d8`–`d15` (saved with
//! `stp`/`ldp` pairs only when written) for values live across calls.

pub mod enc;
#[cfg(test)]
mod enc_tests;
pub mod encode;
pub mod inst;
pub mod isel;

use jit_core::DataLayout;
use jit_core::ir::{FuncId, Module};
use jit_core::object::SymbolIndex;
use regalloc2::{MachineEnv, PReg, PRegSet};

use crate::aarch64::emit::Asm;
use crate::aarch64::lower::Fixup;
use crate::machinst::blockorder::BlockOrder;
use crate::machinst::emit::{Frame, emit_function};
use crate::machinst::layout::Layouts;
use crate::machinst::lower::lower_function;
use crate::machinst::{Lower, Unsupported, regalloc};
use crate::objbuild::SymbolTable;
use inst::{Inst, vreg, xreg};

/// Callee-saved registers of AAPCS64 the allocator uses, in save order (pairs of
/// neighbours share one `stp`).
fn callee_saved() -> Vec<PReg> {
    (19..=28).map(xreg).chain((8..=15).map(vreg)).collect()
}

fn machine_env() -> MachineEnv {
    let set = |regs: &mut dyn Iterator<Item = PReg>| {
        let mut s = PRegSet::empty();
        for r in regs {
            s.add(r);
        }
        s
    };
    MachineEnv {
        preferred_regs_by_class: [
            set(&mut (0..=15).map(xreg)),
            set(&mut (0..=7).chain(16..=30).map(vreg)),
            PRegSet::empty(),
        ],
        non_preferred_regs_by_class: [
            set(&mut (19..=28).map(xreg)),
            set(&mut (8..=15).map(vreg)),
            PRegSet::empty(),
        ],
        scratch_by_class: [Some(xreg(16)), Some(vreg(31)), None],
        fixed_stack_slots: Vec::new(),
    }
}

/// Where the optimizing tier puts jump tables: the tier-0 lowerer's `.rodata` tables
/// (shared, so both tiers append to one area).
pub struct Tables<'a> {
    /// Patches applied once the code is assembled.
    pub fixups: &'a mut Vec<Fixup>,
    /// End of the tables in `.rodata` so far.
    pub end: &'a mut u64,
    /// The `.rodata` section symbol.
    pub rodata: SymbolIndex,
    /// `.text` relocations of block addresses (see [`crate::blockaddr`]).
    pub block_relocs: &'a mut Vec<crate::blockaddr::PendingText>,
    /// Labels of the module's address-taken blocks.
    pub block_labels: &'a crate::blockaddr::BlockLabels,
}

/// Reusable state of the optimizing tier across the functions of a module.
pub struct OptCompiler {
    env: MachineEnv,
    ra: regalloc2::Ctx,
    allocator: regalloc::Allocator,
    layouts: std::cell::RefCell<Layouts>,
}

impl OptCompiler {
    /// A compiler using register allocator `allocator`.
    pub fn new(allocator: regalloc::Allocator) -> Self {
        OptCompiler {
            env: machine_env(),
            ra: regalloc2::Ctx::default(),
            allocator,
            layouts: Default::default(),
        }
    }
}

impl OptCompiler {
    /// Compiles function `f` at the end of `asm`, or says why it is left to tier 0 (in
    /// which case nothing was emitted).
    pub fn compile_function(
        &mut self,
        m: &Module,
        dl: &DataLayout,
        f: FuncId,
        asm: &mut Asm,
        syms: &mut SymbolTable,
        tables: Tables<'_>,
    ) -> Result<Option<crate::unwind::FunctionEh>, Unsupported> {
        let body = m.functions[f]
            .body
            .as_ref()
            .ok_or_else(|| Unsupported("a declaration".into()))?;
        let order = BlockOrder::new(body);
        let ctx = Lower::new(m, dl, f, &order, &self.layouts, tables.block_labels)?;
        let mut isel = isel::Isel::new(ctx, syms)?;
        let vcode = lower_function(&mut isel)?;
        let landings = std::mem::take(&mut isel.ctx.landings);
        let alloc = regalloc::allocate(vcode, &self.env, &mut self.ra, self.allocator)
            .map_err(Unsupported)?;
        let frame = Frame::layout(
            &isel.objects,
            isel.outgoing,
            alloc.num_spillslots,
            alloc.written,
            &callee_saved(),
        );
        if asm.debug.is_some() {
            let declared: Vec<(jit_core::ir::Value, u32)> =
                crate::debuginfo::declared_addresses(&m.functions[f])
                    .filter_map(|v| isel.alloca_object(v).map(|o| (v, o)))
                    .collect();
            crate::machinst::emit::record_object_slots(asm.debug.as_mut(), &frame, &declared);
        }
        let labels = (0..order.len())
            .map(|_| asm.ops.new_dynamic_label())
            .collect();
        let mut e = encode::Emitter::new(
            asm,
            labels,
            tables.fixups,
            tables.end,
            tables.rodata,
            isel.dynamic_sp,
            tables.block_relocs,
        );
        e.landings = landings;
        emit_function(&mut e, &alloc, &frame, |i: &Inst| match i {
            Inst::Jmp { target } => Some(*target),
            _ => None,
        });
        e.finish();
        let sites = std::mem::take(&mut e.eh_sites);
        Ok(std::mem::take(&mut isel.eh).finish(sites))
    }
}
