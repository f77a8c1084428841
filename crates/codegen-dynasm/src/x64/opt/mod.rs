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

pub use isel::keeps_vectors;

use jit_core::DataLayout;
use jit_core::ir::{FuncId, Module};
use regalloc2::{MachineEnv, PReg, PRegSet};

use crate::unwind::FunctionEh;

use crate::machinst::blockorder::BlockOrder;
use crate::machinst::emit::{Frame, emit_function};
use crate::machinst::layout::Layouts;
use crate::machinst::lower::lower_function;
use crate::machinst::{Lower, MachInst, Unsupported, regalloc};
use crate::objbuild::SymbolTable;
use crate::timing::{self, Phase};
use crate::x64::emit::Asm;
use crate::x64::lower::Fixup;
use inst::{Inst, gpr, xmm};

/// Callee-saved general registers of System V, in save order.
const CALLEE_SAVED: [u8; 5] = [3, 12, 13, 14, 15];

/// The allocatable registers. A function that calls anything (`leaf == false`) gets every
/// register as "preferred": with callee-saved registers in the non-preferred set, the
/// allocator splits a value live across a call into pieces in caller-saved registers joined
/// by moves (inside loops too) rather than giving it one callee-saved register. A leaf
/// function has no such values, and there the callee-saved registers are non-preferred, so
/// it saves and restores one only when the caller-saved ones run out.
fn machine_env(leaf: bool) -> MachineEnv {
    let set = |regs: &[u8]| {
        let mut s = PRegSet::empty();
        for &r in regs {
            s.add(gpr(r));
        }
        s
    };
    let caller_saved = [0u8, 1, 2, 6, 7, 8, 9, 10];
    let all: Vec<u8> = caller_saved
        .iter()
        .chain(CALLEE_SAVED.iter())
        .copied()
        .collect();
    let mut floats = PRegSet::empty();
    for r in 0..15 {
        floats.add(xmm(r));
    }
    let (preferred, non_preferred) = if leaf {
        (set(&caller_saved), set(&CALLEE_SAVED))
    } else {
        (set(&all), PRegSet::empty())
    };
    MachineEnv {
        preferred_regs_by_class: [preferred, floats, PRegSet::empty()],
        non_preferred_regs_by_class: [non_preferred, PRegSet::empty(), PRegSet::empty()],
        scratch_by_class: [Some(gpr(11)), Some(xmm(15)), None],
        fixed_stack_slots: Vec::new(),
    }
}

/// What the functions of a module share besides the assembler and the symbols.
pub struct Shared<'a> {
    /// Patches applied once the code is assembled (jump tables).
    pub fixups: &'a mut Vec<Fixup>,
    /// Labels of the module's address-taken blocks.
    pub block_labels: &'a crate::blockaddr::BlockLabels,
}

/// Reusable state of the optimizing tier across the functions of a module.
pub struct OptCompiler {
    env: MachineEnv,
    leaf_env: MachineEnv,
    ra: regalloc2::Ctx,
    allocator: regalloc::Allocator,
    layouts: std::cell::RefCell<Layouts>,
}

impl OptCompiler {
    /// A compiler using register allocator `allocator`.
    pub fn new(allocator: regalloc::Allocator) -> Self {
        OptCompiler {
            env: machine_env(false),
            leaf_env: machine_env(true),
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
        shared: Shared<'_>,
    ) -> Result<Option<FunctionEh>, Unsupported> {
        let Shared {
            fixups,
            block_labels,
        } = shared;
        let body = m.functions[f]
            .body
            .as_ref()
            .ok_or_else(|| Unsupported("a declaration".into()))?;
        self.layouts.borrow_mut().vectors = isel::keeps_vectors(m, f);
        let order = timing::time(Phase::Select, || BlockOrder::new(body));
        let (vcode, isel) = timing::time(Phase::Select, || {
            let ctx = Lower::new(m, dl, f, &order, &self.layouts, block_labels)?;
            let mut isel = isel::Isel::new(ctx, syms)?;
            let vcode = lower_function(&mut isel)?;
            let landings = std::mem::take(&mut isel.ctx.landings);
            let eh = std::mem::take(&mut isel.eh);
            let declared = declared_objects(asm, &m.functions[f], |v| isel.alloca_object(v));
            Ok::<_, Unsupported>((
                vcode,
                (
                    isel.objects,
                    isel.outgoing,
                    isel.pool,
                    landings,
                    eh,
                    declared,
                ),
            ))
        })?;
        let (objects, outgoing, pool, landings, eh, declared) = isel;
        let dump = std::env::var("JIT_DUMP_VCODE").is_ok_and(|n| *n == *m.functions[f].name);
        if dump {
            eprintln!("vcode of `@{}`:\n{}", m.functions[f].name, vcode.dump());
        }
        let leaf = vcode.insts.iter().all(|i| i.clobbers() == PRegSet::empty());
        let env = if leaf { &self.leaf_env } else { &self.env };
        let alloc = timing::time(Phase::Allocate, || {
            regalloc::allocate(vcode, env, &mut self.ra, self.allocator)
        })
        .map_err(Unsupported)?;
        if dump {
            eprintln!("edits: {:?}", alloc.edits);
        }
        let sites = timing::time(Phase::Encode, || {
            self.emit(
                &order, &alloc, &objects, outgoing, &pool, landings, asm, fixups, &declared,
            )
        });
        Ok(eh.finish(sites))
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "the pieces of one function's emission"
    )]
    fn emit(
        &self,
        order: &BlockOrder,
        alloc: &regalloc::Allocated<Inst>,
        objects: &[(u32, u32)],
        outgoing: u32,
        pool: &[u128],
        landings: Vec<(crate::machinst::blockorder::LBlock, dynasmrt::DynamicLabel)>,
        asm: &mut Asm,
        fixups: &mut Vec<Fixup>,
        declared: &[(jit_core::ir::Value, u32)],
    ) -> Vec<(usize, usize, dynasmrt::DynamicLabel, u32)> {
        let callee_saved: Vec<PReg> = CALLEE_SAVED.iter().map(|&r| gpr(r)).collect();
        let frame = Frame::layout(
            objects,
            outgoing,
            alloc.num_spillslots,
            alloc.written,
            &callee_saved,
        );
        crate::machinst::emit::record_object_slots(asm.debug.as_mut(), &frame, declared);
        let labels = (0..order.len())
            .map(|_| asm.ops.new_dynamic_label())
            .collect();
        let pool_labels = (0..pool.len())
            .map(|_| asm.ops.new_dynamic_label())
            .collect();
        let mut e = encode::Emitter {
            asm,
            labels,
            pool_labels,
            fixups,
            wide_float_slots: alloc.vcode.wide_float_slots,
            landings,
            eh_sites: Vec::new(),
        };
        emit_function(&mut e, alloc, &frame, |i: &Inst| match i {
            Inst::Jmp { target } => Some(*target),
            _ => None,
        });
        e.emit_pool(pool);
        e.eh_sites
    }
}

/// The frame objects of `func`'s declared variables' allocas, when `asm` records debug
/// information (else nothing, without looking).
fn declared_objects(
    asm: &Asm,
    func: &jit_core::ir::Function,
    object: impl Fn(jit_core::ir::Value) -> Option<u32>,
) -> Vec<(jit_core::ir::Value, u32)> {
    if asm.debug.is_none() {
        return Vec::new();
    }
    crate::debuginfo::declared_addresses(func)
        .filter_map(|v| object(v).map(|o| (v, o)))
        .collect()
}
