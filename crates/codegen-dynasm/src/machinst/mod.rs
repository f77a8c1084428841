//! The optimizing tier's machine-independent driver (OptLevel ≥ 1), shared by both ISAs.
//!
//! # Pipeline of one function
//! 1. [`blockorder`]: reachable IR blocks in reverse post-order, with an *edge block* on
//!    every critical edge (the register allocator places its edge moves there; a branch's
//!    back edges first, so a loop's edge falls through from the branch). A block whose
//!    address is taken is bound where its `indirectbr`s land ([`crate::blockaddr`]).
//! 2. [`lower`]: instruction selection. The ISA's [`LowerIsa`] turns each IR instruction into
//!    machine instructions over virtual registers, walking each block backwards so that a
//!    use can *fold* its operand's producer (a compare into a branch or `cmov`/`csel`, an
//!    address computation into an addressing mode, a load into an arithmetic operand) and the
//!    producer is then skipped. Values that nobody uses are never lowered. Phis become block
//!    parameters; constants are materialised at each use (rematerialisation for free), and
//!    so are constant-offset addresses used only by loads and stores in other blocks
//!    (`base + offset` folded into each one, as LLVM's CodeGenPrepare sinks them).
//! 3. [`vcode`]: the machine code with virtual registers, in the shape `regalloc2` reads
//!    (per-instruction operand lists with constraints: any register, a fixed register for
//!    ABI moves, "reuse input n" for two-address x86 instructions; clobbers for calls).
//! 4. `regalloc2` (its backtracking *Ion* allocator: live-range splitting, spill weights
//!    from loop depth, move coalescing) assigns registers; [`regalloc`] rewrites every
//!    operand to its physical register and keeps the allocator's moves and spills.
//! 5. [`emit`]: frame layout (callee-saved registers actually written, spill slots, static
//!    allocas, outgoing argument area), then the ISA encodes each instruction with dynasm.
//!    Blocks that hold only a jump are skipped and branches go straight to their target;
//!    a jump to the block that follows is dropped.
//!
//! # Why a separate tier and not tier 0 with a trivial allocator
//! Tier 0 (`x64::lower`, `aarch64::lower`) is a single pass that emits as it reads, at about
//! 1 µs per function; building machine instructions, running liveness and an allocator
//! costs several times that even with `regalloc2`'s fast allocator, and the budget
//! for OptLevel 0 is within 1.5× of tier 0's compile time. Measured on x86-64 (SQLite's
//! 14 MB module, CPU time of code generation, 2026-12): tier 0 132 ms; this driver with
//! `regalloc2`'s single-pass *fastalloc* 240 ms (1.8×, over budget) and with Ion 376 ms
//! (instruction selection 170 ms, allocation 167 ms). Fastalloc's code was still 1.3–2.7×
//! slower than `lli-19 -O0`'s on the kernels, so it would buy neither target. So OptLevel 0
//! stays tier 0 (`JIT_O0_TIER=fast` selects this driver with fastalloc there, to measure),
//! and this driver serves OptLevel 1–3. A function this tier does not handle yet (see
//! [`LowerIsa`] implementations for the list) is compiled by tier 0 instead, so every
//! module compiles at every level; `JIT_TRACE_TIER=1` prints which functions fell back and
//! why.
//!
//! # Invariants
//! - Integer values narrower than 64 bits are kept **zero-extended** in their registers
//!   (as tier 0 keeps them in slots): 32-bit operations zero-extend for free on both ISAs,
//!   so `zext` is a copy; instructions that may set high bits (`add`, `shl`, ... on i8/i16,
//!   odd widths) re-extend their result.
//! - Frame pointers are always kept (`rbp` / `x29`), so debuggers and profilers unwind.
//! - A function that calls a `returns_twice` function (setjmp) is left to tier 0, which
//!   keeps every value in memory across such calls.

pub mod blockorder;
pub mod divconst;
pub mod emit;
pub mod layout;
pub mod lower;
pub mod regalloc;
pub mod vcode;

pub use lower::{Lower, LowerIsa, Unsupported};
pub use regalloc2::{Operand, OperandConstraint, OperandKind, OperandPos, PReg, RegClass, VReg};

/// A register operand of a machine instruction: virtual before register allocation, physical
/// after [`regalloc`] rewrote it.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct Reg(u32);

impl Reg {
    const PHYSICAL: u32 = 1 << 31;

    /// A virtual register.
    pub fn virt(v: VReg) -> Reg {
        Reg(v.bits() as u32)
    }
    /// A physical register (used after allocation, and by instructions built after it).
    pub fn phys(p: PReg) -> Reg {
        Reg(Self::PHYSICAL | p.index() as u32)
    }
    /// The virtual register, if this is one.
    pub fn as_virt(self) -> Option<VReg> {
        (self.0 & Self::PHYSICAL == 0).then(|| VReg::from_bits(self.0))
    }
    /// The physical register, if this is one.
    pub fn as_phys(self) -> Option<PReg> {
        (self.0 & Self::PHYSICAL != 0)
            .then(|| PReg::from_index((self.0 & !Self::PHYSICAL) as usize))
    }
    /// The hardware encoding of an allocated register. Emission only runs after allocation,
    /// when every operand is physical.
    pub fn hw(self) -> u8 {
        match self.as_phys() {
            Some(p) => p.hw_enc() as u8,
            None => unreachable!("virtual register {self:?} reached emission"),
        }
    }
    /// The register class.
    pub fn class(self) -> RegClass {
        match (self.as_virt(), self.as_phys()) {
            (Some(v), _) => v.class(),
            (_, Some(p)) => p.class(),
            _ => RegClass::Int,
        }
    }
}

impl std::fmt::Debug for Reg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.as_virt(), self.as_phys()) {
            (Some(v), _) => write!(f, "v{}{}", v.vreg(), class_suffix(v.class())),
            (_, Some(p)) => write!(f, "p{}{}", p.hw_enc(), class_suffix(p.class())),
            _ => write!(f, "?"),
        }
    }
}

fn class_suffix(c: RegClass) -> &'static str {
    match c {
        RegClass::Int => "i",
        RegClass::Float => "f",
        RegClass::Vector => "v",
    }
}

/// Receives every register operand of a machine instruction, in a fixed order, with its
/// constraint. The same walk collects operands for the allocator and later rewrites them to
/// their allocations, so an instruction describes its operands exactly once.
pub trait OperandVisitor {
    /// A register read at the start of the instruction.
    fn use_reg(&mut self, r: &mut Reg);
    /// A register read in a fixed physical register.
    fn use_fixed(&mut self, r: &mut Reg, p: PReg);
    /// A register read late (it must not share a register with any def).
    fn use_late(&mut self, r: &mut Reg);
    /// A register written at the end of the instruction (it may share a register with a
    /// use: the instruction reads all its uses before it writes).
    fn def_reg(&mut self, r: &mut Reg);
    /// A register written before the instruction has read all its uses (it never shares a
    /// register with a use).
    fn def_early(&mut self, r: &mut Reg);
    /// A register written in a fixed physical register.
    fn def_fixed(&mut self, r: &mut Reg, p: PReg);
    /// A register written that must be the same register as use operand number `input`
    /// (two-address instructions); `input` counts every operand visited before, defs too.
    fn def_reuse(&mut self, r: &mut Reg, input: usize);
    /// A scratch register written early and dead after the instruction (it never shares a
    /// register with a use).
    fn temp(&mut self, r: &mut Reg);
    /// A scratch register in a fixed physical register.
    fn temp_fixed(&mut self, r: &mut Reg, p: PReg);
}

/// What ends a block.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Terminator {
    /// Not a terminator.
    None,
    /// Returns (or never returns: `unreachable`, tail call).
    Ret,
    /// Branches to the block's successors.
    Branch,
}

/// A machine instruction of an ISA, as the shared driver sees it.
pub trait MachInst: Clone + std::fmt::Debug {
    /// Visits every register operand (see [`OperandVisitor`]).
    fn visit_operands(&mut self, v: &mut dyn OperandVisitor);
    /// Registers the instruction destroys besides its defs (calls).
    fn clobbers(&self) -> regalloc2::PRegSet {
        regalloc2::PRegSet::empty()
    }
    /// Whether the instruction ends a block.
    fn terminator(&self) -> Terminator {
        Terminator::None
    }
    /// A register-to-register copy of class `dst.class()`.
    fn gen_copy(dst: Reg, src: Reg) -> Self;
}

/// Reports a function left to tier 0 when `JIT_TRACE_TIER` is set (to find what the
/// optimizing tier still lacks on real programs).
pub fn trace_fallback(m: &jit_core::ir::Module, f: &jit_core::ir::Function, why: &Unsupported) {
    if std::env::var_os("JIT_TRACE_TIER").is_some() {
        eprintln!(
            "jit: {}: `@{}` compiled by tier 0: {}",
            m.location_file(),
            f.name,
            why.0
        );
    }
}

/// Which functions of a compile the optimizing tier takes, for both ISAs' drivers: all of
/// them at OptLevel ≥ 1 (the backtracking allocator); none at OptLevel 0 (tier 0), except
/// with `JIT_O0_TIER=fast` (the single-pass allocator, for measuring) or `JIT_O0_TIER=opt`
/// (the backtracking allocator: the optimizing tier's code generation without the IR
/// pipeline, for tests) and, under tiering, the functions whose blocks' addresses are
/// taken: they can never be replaced (data holds addresses into their code), so they are
/// optimized from the start — typically an interpreter's dispatch loop, hot by design.
pub struct TierChoice<C> {
    scope: Option<C>,
    never_replaced: Option<C>,
    tiering: bool,
    make: fn(regalloc::Allocator) -> C,
}

impl<C> TierChoice<C> {
    /// The choice for a compile at `options`, with `make` building the ISA's optimizing
    /// compiler for an allocator.
    pub fn new(
        options: &jit_core::backend::CodegenOptions,
        make: fn(regalloc::Allocator) -> C,
    ) -> Self {
        let scope = match (options.opt_level, std::env::var("JIT_O0_TIER").as_deref()) {
            (0, Ok("fast")) => Some(make(regalloc::Allocator::SinglePass)),
            (0, Ok("opt")) => Some(make(regalloc::Allocator::Backtracking)),
            (0, _) => None,
            _ => Some(make(regalloc::Allocator::Backtracking)),
        };
        TierChoice {
            scope,
            never_replaced: None,
            tiering: options.tier_counters.is_some(),
            make,
        }
    }

    /// True when the optimizing tier takes every function it can.
    pub fn optimizes_all(&self) -> bool {
        self.scope.is_some()
    }

    /// The optimizing compiler for a function (`blocks_taken`: the module takes the address
    /// of one of its blocks), or `None` for tier 0.
    pub fn for_function(&mut self, blocks_taken: bool) -> Option<&mut C> {
        match &mut self.scope {
            Some(c) => Some(c),
            None if self.tiering && blocks_taken => Some(
                self.never_replaced
                    .get_or_insert_with(|| (self.make)(regalloc::Allocator::Backtracking)),
            ),
            None => None,
        }
    }
}
