//! The x86-64 side of the optimizing tier (OptLevel ≥ 1): instruction selection
//! ([`isel`]), the instructions ([`inst`]) and their encoding ([`encode`]); the driver that
//! orders blocks, allocates registers and lays out the frame is [`crate::machinst`].
//!
//! Registers: `rbp` is the frame pointer and `rsp` the stack pointer; `r11` and `xmm15`
//! are scratch registers of the register allocator and of the encoder. The allocator
//! prefers the caller-saved `rax, rcx, rdx, rsi, rdi, r8–r10` and takes the callee-saved
//! `rbx, r12–r15` (saved and restored only when written) for values live across calls.

pub mod encode;
pub mod inst;
pub mod isel;

use jit_core::DataLayout;
use jit_core::ir::{FuncId, Module};
use regalloc2::{MachineEnv, PReg, PRegSet};

use crate::machinst::blockorder::BlockOrder;
use crate::machinst::emit::{Frame, emit_function};
use crate::machinst::lower::lower_function;
use crate::machinst::{Lower, Unsupported, regalloc};
use crate::objbuild::SymbolTable;
use crate::x64::emit::Asm;
use crate::x64::lower::Fixup;
use inst::{Inst, gpr, xmm};

/// Callee-saved general registers of System V, in save order.
const CALLEE_SAVED: [u8; 5] = [3, 12, 13, 14, 15];

fn machine_env() -> MachineEnv {
    let set = |regs: &[PReg]| {
        let mut s = PRegSet::empty();
        for &r in regs {
            s.add(r);
        }
        s
    };
    let preferred_int: Vec<PReg> = [0u8, 1, 2, 6, 7, 8, 9, 10]
        .iter()
        .map(|&r| gpr(r))
        .collect();
    let callee_int: Vec<PReg> = CALLEE_SAVED.iter().map(|&r| gpr(r)).collect();
    let floats: Vec<PReg> = (0..15).map(xmm).collect();
    MachineEnv {
        preferred_regs_by_class: [set(&preferred_int), set(&floats), PRegSet::empty()],
        non_preferred_regs_by_class: [set(&callee_int), PRegSet::empty(), PRegSet::empty()],
        scratch_by_class: [Some(gpr(11)), Some(xmm(15)), None],
        fixed_stack_slots: Vec::new(),
    }
}

/// Reusable state of the optimizing tier across the functions of a module.
pub struct OptCompiler {
    env: MachineEnv,
    ra: regalloc2::Ctx,
    allocator: regalloc::Allocator,
}

impl OptCompiler {
    /// A compiler using register allocator `allocator`.
    pub fn new(allocator: regalloc::Allocator) -> Self {
        OptCompiler {
            env: machine_env(),
            ra: regalloc2::Ctx::default(),
            allocator,
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
        fixups: &mut Vec<Fixup>,
    ) -> Result<(), Unsupported> {
        let body = m.functions[f]
            .body
            .as_ref()
            .ok_or_else(|| Unsupported("a declaration".into()))?;
        let order = BlockOrder::new(body);
        let ctx = Lower::new(m, dl, f, &order)?;
        let mut isel = isel::Isel::new(ctx, syms)?;
        let vcode = lower_function(&mut isel)?;
        let alloc = regalloc::allocate(vcode, &self.env, &mut self.ra, self.allocator)
            .map_err(Unsupported)?;
        let callee_saved: Vec<PReg> = CALLEE_SAVED.iter().map(|&r| gpr(r)).collect();
        let frame = Frame::layout(
            &isel.objects,
            isel.outgoing,
            alloc.num_spillslots,
            alloc.written,
            &callee_saved,
        );
        let labels = (0..order.len())
            .map(|_| asm.ops.new_dynamic_label())
            .collect();
        let pool_labels = (0..isel.pool.len())
            .map(|_| asm.ops.new_dynamic_label())
            .collect();
        let mut e = encode::Emitter {
            asm,
            labels,
            pool_labels,
            fixups,
        };
        emit_function(&mut e, &alloc, &frame, |i: &Inst| match i {
            Inst::Jmp { target } => Some(*target),
            _ => None,
        });
        e.emit_pool(&isel.pool);
        Ok(())
    }
}
