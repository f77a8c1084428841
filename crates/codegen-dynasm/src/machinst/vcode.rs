//! Machine code over virtual registers, in the form `regalloc2` reads: instructions in
//! block order, each with its operand list (collected once, through
//! [`MachInst::visit_operands`]), block parameters (the phis) and branch arguments.

use regalloc2::{
    Block as RaBlock, Inst as RaInst, InstRange, Operand, PReg, PRegSet, RegClass, VReg,
};

use super::{MachInst, OperandVisitor, Reg, Terminator};

/// A function's machine code before (and, with [`super::regalloc`], after) allocation.
pub struct VCode<I> {
    /// Instructions in layout order.
    pub insts: Vec<I>,
    operands: Vec<Operand>,
    /// `operands[ranges[i]..ranges[i+1]]` belong to instruction `i`.
    operand_starts: Vec<u32>,
    /// Index into `clobber_sets` per instruction (0 = none).
    clobber_index: Vec<u32>,
    clobber_sets: Vec<PRegSet>,
    terminators: Vec<Terminator>,
    /// First instruction of each block, plus one past the last block.
    block_starts: Vec<u32>,
    succs: Vec<Vec<RaBlock>>,
    preds: Vec<Vec<RaBlock>>,
    params: Vec<Vec<VReg>>,
    /// Per block, per successor: the arguments passed to its parameters.
    branch_args: Vec<Vec<Vec<VReg>>>,
    /// Number of virtual registers made so far.
    num_vregs: usize,
    /// Loop depth of each block (for the emitter's alignment choices and for tests).
    pub loop_depth: Vec<u32>,
    /// Float-class values may be 128-bit vectors: their spill slots take 16 bytes.
    pub wide_float_slots: bool,
    /// The source location of each instruction, parallel to `insts` when the function has
    /// debug information, else empty.
    pub srclocs: Vec<Option<jit_core::ir::DebugLoc>>,
}

impl<I: MachInst> VCode<I> {
    /// An empty function whose blocks have the given successors and predecessors.
    pub fn new(succs: &[Vec<u32>], preds: &[Vec<u32>]) -> Self {
        let conv = |v: &Vec<u32>| v.iter().map(|&b| RaBlock::new(b as usize)).collect();
        VCode {
            insts: Vec::new(),
            operands: Vec::new(),
            operand_starts: vec![0],
            clobber_index: Vec::new(),
            clobber_sets: vec![PRegSet::empty()],
            terminators: Vec::new(),
            block_starts: vec![0],
            succs: succs.iter().map(conv).collect(),
            preds: preds.iter().map(conv).collect(),
            params: Vec::new(),
            branch_args: Vec::new(),
            num_vregs: 0,
            loop_depth: Vec::new(),
            wide_float_slots: false,
            srclocs: Vec::new(),
        }
    }

    /// A new virtual register.
    pub fn new_vreg(&mut self, class: RegClass) -> Reg {
        let v = VReg::new(self.num_vregs, class);
        self.num_vregs += 1;
        Reg::virt(v)
    }

    /// Appends the next block (blocks come in order): its parameters, instructions (the
    /// last one its terminator) and the arguments for each successor's parameters.
    pub fn push_block(
        &mut self,
        params: Vec<VReg>,
        insts: impl IntoIterator<Item = I>,
        branch_args: Vec<Vec<VReg>>,
    ) {
        self.insts.extend(insts);
        self.block_starts.push(self.insts.len() as u32);
        self.params.push(params);
        self.branch_args.push(branch_args);
    }

    /// Completes the function once every block is pushed: splits fixed-register operands
    /// of values used more than once (see below) and collects every instruction's operands
    /// for the allocator.
    ///
    /// A value with a fixed-register constraint (a call argument, a division's dividend)
    /// that is also used elsewhere gets split by the allocator around that point, and the
    /// pieces cost moves at its other uses, in loops too; a fresh copy made just before
    /// (or, for a def, just after) takes the constraint instead. A value used only there
    /// keeps the constraint, so it is computed straight into its register.
    pub fn finish(&mut self) {
        let mut uses = vec![0u32; self.num_vregs];
        {
            let mut count = UseCounter { uses: &mut uses };
            for inst in &mut self.insts {
                inst.visit_operands(&mut count);
            }
        }
        for args in self.branch_args.iter().flatten().flatten() {
            uses[args.vreg()] += 2;
        }
        let insts = std::mem::take(&mut self.insts);
        let starts = std::mem::replace(&mut self.block_starts, vec![0]);
        let old_locs = std::mem::take(&mut self.srclocs);
        let with_locs = old_locs.len() == insts.len() && !old_locs.is_empty();
        let mut insts = insts.into_iter();
        for b in 0..starts.len() - 1 {
            for k in starts[b]..starts[b + 1] {
                let mut inst = insts.next().expect("block ranges cover the instructions");
                let mut split = FixedSplitter {
                    next_vreg: &mut self.num_vregs,
                    uses: &uses,
                    before: Vec::new(),
                    after: Vec::new(),
                };
                inst.visit_operands(&mut split);
                let (before, after) = (split.before, split.after);
                if with_locs {
                    // The copies belong to the instruction they were split for.
                    let loc = old_locs[k as usize];
                    let n = before.len() + 1 + after.len();
                    self.srclocs.extend(std::iter::repeat_n(loc, n));
                }
                for (dst, src) in before {
                    self.push_inst(I::gen_copy(dst, src));
                }
                self.push_inst(inst);
                for (dst, src) in after {
                    self.push_inst(I::gen_copy(dst, src));
                }
            }
            self.block_starts.push(self.insts.len() as u32);
        }
    }

    fn push_inst(&mut self, mut inst: I) {
        let mut c = Collector {
            ops: &mut self.operands,
        };
        inst.visit_operands(&mut c);
        self.operand_starts.push(self.operands.len() as u32);
        let clob = inst.clobbers();
        if clob == PRegSet::empty() {
            self.clobber_index.push(0);
        } else {
            self.clobber_index.push(self.clobber_sets.len() as u32);
            self.clobber_sets.push(clob);
        }
        self.terminators.push(inst.terminator());
        self.insts.push(inst);
    }

    /// Number of blocks pushed.
    pub fn num_blocks_pushed(&self) -> usize {
        self.params.len()
    }

    /// The instruction range of block `b`.
    pub fn block_range(&self, b: usize) -> std::ops::Range<usize> {
        self.block_starts[b] as usize..self.block_starts[b + 1] as usize
    }

    /// Successors of block `b` (lowered block indices).
    pub fn block_successors(&self, b: usize) -> impl Iterator<Item = usize> + '_ {
        self.succs[b].iter().map(|s| s.index())
    }
}

impl<I: MachInst> VCode<I> {
    /// A listing of the blocks, their parameters and instructions (with operand
    /// constraints), for debugging instruction selection (`JIT_DUMP_VCODE=function`).
    pub fn dump(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        for b in 0..self.params.len() {
            let _ = writeln!(
                out,
                "block{b} {:?} succs {:?} preds {:?}",
                self.params[b],
                self.succs[b].iter().map(|s| s.index()).collect::<Vec<_>>(),
                self.preds[b].iter().map(|s| s.index()).collect::<Vec<_>>()
            );
            for i in self.block_range(b) {
                let ops = &self.operands
                    [self.operand_starts[i] as usize..self.operand_starts[i + 1] as usize];
                let _ = writeln!(out, "  {i:4}: {:?}", self.insts[i]);
                let _ = writeln!(
                    out,
                    "        {}",
                    ops.iter()
                        .map(|o| o.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            if !self.branch_args[b].iter().all(Vec::is_empty) {
                let _ = writeln!(out, "  args {:?}", self.branch_args[b]);
            }
        }
        out
    }
}

/// Counts the uses of each virtual register.
struct UseCounter<'a> {
    uses: &'a mut [u32],
}

impl UseCounter<'_> {
    fn count(&mut self, r: &Reg) {
        if let Some(v) = r.as_virt() {
            self.uses[v.vreg()] += 1;
        }
    }
}

impl OperandVisitor for UseCounter<'_> {
    fn use_reg(&mut self, r: &mut Reg) {
        self.count(r);
    }
    fn use_fixed(&mut self, r: &mut Reg, _p: PReg) {
        self.count(r);
    }
    fn use_late(&mut self, r: &mut Reg) {
        self.count(r);
    }
    fn def_reg(&mut self, _r: &mut Reg) {}
    fn def_early(&mut self, _r: &mut Reg) {}
    fn def_fixed(&mut self, _r: &mut Reg, _p: PReg) {}
    fn def_reuse(&mut self, _r: &mut Reg, _input: usize) {}
    fn temp(&mut self, _r: &mut Reg) {}
    fn temp_fixed(&mut self, _r: &mut Reg, _p: PReg) {}
}

/// Replaces the fixed-register uses and defs of values used more than once by fresh
/// virtual registers, recording the copies to make before and after the instruction.
struct FixedSplitter<'a> {
    next_vreg: &'a mut usize,
    uses: &'a [u32],
    before: Vec<(Reg, Reg)>,
    after: Vec<(Reg, Reg)>,
}

impl FixedSplitter<'_> {
    fn shared(&self, r: &Reg) -> bool {
        r.as_virt().is_some_and(|v| self.uses[v.vreg()] > 1)
    }
    fn fresh(&mut self, class: RegClass) -> Reg {
        let v = VReg::new(*self.next_vreg, class);
        *self.next_vreg += 1;
        Reg::virt(v)
    }
}

impl OperandVisitor for FixedSplitter<'_> {
    fn use_reg(&mut self, _r: &mut Reg) {}
    fn use_fixed(&mut self, r: &mut Reg, _p: PReg) {
        if self.shared(r) {
            let c = self.fresh(r.class());
            self.before.push((c, *r));
            *r = c;
        }
    }
    fn use_late(&mut self, _r: &mut Reg) {}
    fn def_reg(&mut self, _r: &mut Reg) {}
    fn def_early(&mut self, _r: &mut Reg) {}
    fn def_fixed(&mut self, r: &mut Reg, _p: PReg) {
        if self.shared(r) {
            let c = self.fresh(r.class());
            self.after.push((*r, c));
            *r = c;
        }
    }
    fn def_reuse(&mut self, _r: &mut Reg, _input: usize) {}
    fn temp(&mut self, _r: &mut Reg) {}
    fn temp_fixed(&mut self, _r: &mut Reg, _p: PReg) {}
}

struct Collector<'a> {
    ops: &'a mut Vec<Operand>,
}

fn virt(r: &Reg) -> VReg {
    r.as_virt()
        .unwrap_or_else(|| unreachable!("physical register {r:?} before allocation"))
}

impl OperandVisitor for Collector<'_> {
    fn use_reg(&mut self, r: &mut Reg) {
        self.ops.push(Operand::reg_use(virt(r)));
    }
    fn use_fixed(&mut self, r: &mut Reg, p: PReg) {
        self.ops.push(Operand::reg_fixed_use(virt(r), p));
    }
    fn use_late(&mut self, r: &mut Reg) {
        self.ops.push(Operand::reg_use_at_end(virt(r)));
    }
    fn def_reg(&mut self, r: &mut Reg) {
        self.ops.push(Operand::reg_def(virt(r)));
    }
    fn def_early(&mut self, r: &mut Reg) {
        self.ops.push(Operand::reg_def_at_start(virt(r)));
    }
    fn def_fixed(&mut self, r: &mut Reg, p: PReg) {
        self.ops.push(Operand::reg_fixed_def(virt(r), p));
    }
    fn def_reuse(&mut self, r: &mut Reg, input: usize) {
        self.ops.push(Operand::reg_reuse_def(virt(r), input));
    }
    fn temp(&mut self, r: &mut Reg) {
        self.ops.push(Operand::reg_temp(virt(r)));
    }
    fn temp_fixed(&mut self, r: &mut Reg, p: PReg) {
        self.ops.push(Operand::reg_fixed_def_at_start(virt(r), p));
    }
}

impl<I: MachInst> regalloc2::Function for VCode<I> {
    fn num_insts(&self) -> usize {
        self.insts.len()
    }
    fn num_blocks(&self) -> usize {
        self.params.len()
    }
    fn entry_block(&self) -> RaBlock {
        RaBlock::new(0)
    }
    fn block_insns(&self, block: RaBlock) -> InstRange {
        let r = self.block_range(block.index());
        InstRange::new(RaInst::new(r.start), RaInst::new(r.end))
    }
    fn block_succs(&self, block: RaBlock) -> &[RaBlock] {
        &self.succs[block.index()]
    }
    fn block_preds(&self, block: RaBlock) -> &[RaBlock] {
        &self.preds[block.index()]
    }
    fn block_params(&self, block: RaBlock) -> &[VReg] {
        &self.params[block.index()]
    }
    fn is_ret(&self, insn: RaInst) -> bool {
        self.terminators[insn.index()] == Terminator::Ret
    }
    fn is_branch(&self, insn: RaInst) -> bool {
        self.terminators[insn.index()] == Terminator::Branch
    }
    fn branch_blockparams(&self, block: RaBlock, _insn: RaInst, succ_idx: usize) -> &[VReg] {
        &self.branch_args[block.index()][succ_idx]
    }
    fn inst_operands(&self, insn: RaInst) -> &[Operand] {
        let i = insn.index();
        &self.operands[self.operand_starts[i] as usize..self.operand_starts[i + 1] as usize]
    }
    fn inst_clobbers(&self, insn: RaInst) -> PRegSet {
        self.clobber_sets[self.clobber_index[insn.index()] as usize]
    }
    fn num_vregs(&self) -> usize {
        self.num_vregs
    }
    fn spillslot_size(&self, regclass: RegClass) -> usize {
        // Slots are 8 bytes: integers, pointers and scalar floats fit in one, a vector
        // register takes two.
        if regclass == RegClass::Float && self.wide_float_slots {
            2
        } else {
            1
        }
    }
}
