//! Register allocation with `regalloc2`'s backtracking allocator, then the rewrite of every
//! operand to its physical register.
//!
//! Every operand is constrained to a register (never "any"), so allocations are always
//! registers; the allocator's own spills, reloads and moves come back as edits between
//! registers and spill slots, which the emitter interleaves with the instructions. In debug
//! builds `regalloc2`'s checker verifies the result symbolically.

use regalloc2::{Allocation, Edit, MachineEnv, PReg, PRegSet, ProgPoint, RegallocOptions};

use super::vcode::VCode;
use super::{MachInst, OperandVisitor, Reg};

/// A function after register allocation.
pub struct Allocated<I> {
    /// The machine code; every operand is a physical register.
    pub vcode: VCode<I>,
    /// Moves, spills and reloads to insert, sorted by program point.
    pub edits: Vec<(ProgPoint, Edit)>,
    /// Spill slots used (8 bytes each).
    pub num_spillslots: usize,
    /// Every physical register written: defs, temporaries and edit destinations (the
    /// prologue saves the callee-saved ones among them).
    pub written: PRegSet,
}

/// Which of `regalloc2`'s allocators runs.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Allocator {
    /// The backtracking allocator: live-range splitting, spill weights, coalescing.
    Backtracking,
    /// The single-pass allocator: a fraction of the time, more moves and spills.
    SinglePass,
}

/// Allocates registers for `vcode` in the machine environment `env`.
pub fn allocate<I: MachInst>(
    mut vcode: VCode<I>,
    env: &MachineEnv,
    ctx: &mut regalloc2::Ctx,
    which: Allocator,
) -> Result<Allocated<I>, String> {
    let options = RegallocOptions {
        verbose_log: false,
        validate_ssa: cfg!(debug_assertions),
        algorithm: match which {
            Allocator::Backtracking => regalloc2::Algorithm::Ion,
            Allocator::SinglePass => regalloc2::Algorithm::Fastalloc,
        },
    };
    regalloc2::run_with_ctx(&vcode, env, &options, ctx)
        .map_err(|e| format!("register allocation failed: {e:?}"))?;
    let out = std::mem::take(&mut ctx.output);
    #[cfg(debug_assertions)]
    {
        let mut checker = regalloc2::checker::Checker::new(&vcode, env);
        checker.prepare(&out);
        checker
            .run()
            .map_err(|e| format!("register allocation checker: {e:?}"))?;
    }
    let mut written = PRegSet::empty();
    for i in 0..vcode.insts.len() {
        let allocs = out.inst_allocs(regalloc2::Inst::new(i));
        let mut rw = Rewriter {
            allocs,
            next: 0,
            written: &mut written,
        };
        vcode.insts[i].visit_operands(&mut rw);
        debug_assert_eq!(rw.next, allocs.len(), "operand walk changed between passes");
    }
    for (_, edit) in &out.edits {
        let Edit::Move { to, .. } = edit;
        if let Some(r) = to.as_reg() {
            written.add(r);
        }
    }
    Ok(Allocated {
        vcode,
        edits: out.edits,
        num_spillslots: out.num_spillslots,
        written,
    })
}

struct Rewriter<'a> {
    allocs: &'a [Allocation],
    next: usize,
    written: &'a mut PRegSet,
}

impl Rewriter<'_> {
    fn take(&mut self) -> PReg {
        let a = self.allocs[self.next];
        self.next += 1;
        a.as_reg()
            .unwrap_or_else(|| unreachable!("register operand allocated to {a:?}"))
    }
    fn read(&mut self, r: &mut Reg) {
        *r = Reg::phys(self.take());
    }
    fn write(&mut self, r: &mut Reg) {
        let p = self.take();
        self.written.add(p);
        *r = Reg::phys(p);
    }
}

impl OperandVisitor for Rewriter<'_> {
    fn use_reg(&mut self, r: &mut Reg) {
        self.read(r);
    }
    fn use_fixed(&mut self, r: &mut Reg, _p: PReg) {
        self.read(r);
    }
    fn use_late(&mut self, r: &mut Reg) {
        self.read(r);
    }
    fn def_reg(&mut self, r: &mut Reg) {
        self.write(r);
    }
    fn def_early(&mut self, r: &mut Reg) {
        self.write(r);
    }
    fn def_fixed(&mut self, r: &mut Reg, _p: PReg) {
        self.write(r);
    }
    fn def_reuse(&mut self, r: &mut Reg, _input: usize) {
        self.write(r);
    }
    fn temp(&mut self, r: &mut Reg) {
        self.write(r);
    }
    fn temp_fixed(&mut self, r: &mut Reg, _p: PReg) {
        self.write(r);
    }
}
