//! Per-instruction checks: the result value, operands (existence and SSA dominance), phis
//! against the incoming edges, and switch case values.

use super::cfg::NONE;
use super::{Context, FnVerifier};
use crate::entity::EntityRef;
use crate::ir::{Block, Inst, InstKind, Operand, Type, TypeData, Value, ValueDef};
use crate::printer::{FunctionPrinter, Slots};

impl<'m> FnVerifier<'_, 'm> {
    pub(super) fn op_type(&self, op: Operand) -> Option<Type> {
        match op {
            Operand::Value(v) => self.body?.values.get(v).map(|d| d.ty),
            Operand::Const(c) => self.m.consts.get(c).map(|d| d.ty),
        }
    }

    pub(super) fn instructions(&mut self, sig: Option<(Type, &'m [Type], bool)>) {
        let body = self.body.expect("checked by layout");
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            if self.block_pos[b.index()] == NONE {
                continue;
            }
            for &i in &bd.insts {
                if self.inst_block.get(i.index()) != Some(&b.as_u32()) {
                    continue;
                }
                self.instruction(b, i, sig);
            }
        }
    }

    /// Checks an operand's existence, SSA dominance (the use being at `(b, pos)`, or at the
    /// end of `b` for phi uses) and queues constants; returns its type.
    fn operand(&mut self, b: Block, i: Inst, op: Operand, phi_pred: Option<Block>) -> Option<Type> {
        let body = self.body?;
        match op {
            Operand::Const(c) => {
                if !self.m.consts.is_valid(c) {
                    self.err(
                        Some(b),
                        Some(i),
                        format!("operand constant {c} does not exist"),
                    );
                    return None;
                }
                let ctx = Context {
                    loc: body.insts.get(i).map_or(self.func.loc, |d| d.loc),
                    function: Some(self.fname.clone()),
                    ..Context::default()
                };
                self.v.constant(c, &ctx);
                Some(self.m.consts[c].ty)
            }
            Operand::Value(v) => {
                let Some(vd) = body.values.get(v) else {
                    self.err(
                        Some(b),
                        Some(i),
                        format!("operand value {v} does not exist"),
                    );
                    return None;
                };
                match vd.def {
                    ValueDef::Param(n) => {
                        if self.func.params.get(n as usize) != Some(&v) {
                            let msg = format!(
                                "operand {v} claims to be parameter {n} but is not in the parameter list"
                            );
                            self.err(Some(b), Some(i), msg);
                        }
                    }
                    ValueDef::Inst(d) => self.dominance(b, i, v, d, phi_pred),
                }
                Some(vd.ty)
            }
        }
    }

    fn dominance(&mut self, b: Block, i: Inst, v: Value, d: Inst, phi_pred: Option<Block>) {
        let body = self.body.expect("has body");
        if body.insts.get(d).and_then(|dd| dd.result) != Some(v) {
            let msg =
                format!("operand {v} claims to be defined by {d}, which defines something else");
            self.err(Some(b), Some(i), msg);
            return;
        }
        let def_block = self.inst_block.get(d.index()).copied().unwrap_or(NONE);
        if def_block == NONE {
            let msg = "operand is defined by an instruction that is not in the function's layout";
            self.err(Some(b), Some(i), msg.into());
            return;
        }
        // The point of use: the end of the incoming block for phis.
        let (use_block, use_pos) = match phi_pred {
            Some(p) => (p.index(), u32::MAX),
            None => (b.index(), self.inst_pos[i.index()]),
        };
        if !self.cfg.reachable(use_block) {
            return;
        }
        let ok = if let InstKind::Invoke { normal, .. } = body.insts[d].kind {
            // An invoke's result exists on its normal edge only.
            let phi_here = phi_pred.map(|_| b.index());
            self.cfg
                .edge_dominates(def_block as usize, normal.index(), use_block, phi_here)
        } else if def_block as usize == use_block {
            self.inst_pos[d.index()] < use_pos
        } else {
            self.cfg.dominates(def_block as usize, use_block)
        };
        if !ok {
            let mut name = String::new();
            let slots = self.slots.get_or_insert_with(|| Slots::new(self.func));
            let _ = FunctionPrinter::new(self.m, self.func, slots).value_name(&mut name, v);
            let invoke = matches!(body.insts[d].kind, InstKind::Invoke { .. });
            let msg = match phi_pred {
                Some(_) if invoke => format!(
                    "{name} is defined on the normal edge of its invoke, which does not dominate the end of this incoming block"
                ),
                Some(_) => {
                    format!("definition of {name} does not dominate the end of its incoming block")
                }
                None if invoke => format!(
                    "{name} is defined on the normal edge of its invoke, which does not dominate this use"
                ),
                None => format!("definition of {name} does not dominate this use"),
            };
            self.err(Some(b), Some(i), msg);
        }
    }

    fn instruction(&mut self, b: Block, i: Inst, sig: Option<(Type, &'m [Type], bool)>) {
        let body = self.body.expect("has body");
        let data = &body.insts[i];
        let kind = &data.kind;

        // The result value.
        let result_ty = match data.result {
            None => None,
            Some(v) => match body.values.get(v) {
                None => {
                    self.err(Some(b), Some(i), format!("result value {v} does not exist"));
                    return;
                }
                Some(vd) => {
                    if vd.def != ValueDef::Inst(i) {
                        self.err(
                            Some(b),
                            Some(i),
                            "result value is not recorded as defined by this instruction".into(),
                        );
                    }
                    if !self.ty().is_first_class(vd.ty) {
                        let msg =
                            format!("result type {} is not first-class", self.ty().show(vd.ty));
                        self.err(Some(b), Some(i), msg);
                    }
                    Some(vd.ty)
                }
            },
        };
        let wants_result = match kind {
            InstKind::Store { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::Fence { .. }
            | InstKind::IndirectBr { .. }
            | InstKind::Ret { .. }
            | InstKind::Br { .. }
            | InstKind::CondBr { .. }
            | InstKind::Switch { .. }
            | InstKind::Unreachable
            | InstKind::Resume { .. } => Some(false),
            InstKind::Call { fn_ty, .. } | InstKind::Invoke { fn_ty, .. } => {
                match self.m.types.get(*fn_ty) {
                    Some(TypeData::Function { ret, .. }) => Some(*ret != Type::VOID),
                    _ => None,
                }
            }
            _ => Some(true),
        };
        match (wants_result, result_ty.is_some()) {
            (Some(true), false) => {
                self.err(Some(b), Some(i), "instruction has no result value".into());
                return;
            }
            (Some(false), true) => {
                self.err(Some(b), Some(i), "instruction cannot have a result".into());
            }
            _ => {}
        }
        let rt = result_ty.unwrap_or(Type::VOID);

        // Operands: existence and dominance; phis are handled separately.
        let mut op_types: Vec<Option<Type>> = Vec::new();
        if let InstKind::Phi { incoming } = kind {
            for (val, pred) in incoming {
                let t = self.operand(b, i, *val, Some(*pred));
                op_types.push(t);
            }
            self.phi(b, i, incoming, rt, &op_types);
            return;
        }
        let mut ops: Vec<Operand> = Vec::new();
        kind.for_each_operand(|o| ops.push(o));
        let mut missing = false;
        for &o in &ops {
            let t = self.operand(b, i, o, None);
            missing |= t.is_none();
        }
        if missing {
            return;
        }
        if let Some(msg) = self.type_error(kind, rt, sig) {
            self.err(Some(b), Some(i), msg);
        }
        if let Some(call) = kind.as_call() {
            self.direct_call_note(b, i, call.callee, call.fn_ty);
        }
        if let InstKind::Switch { value, cases, .. } = kind {
            self.switch_cases(b, i, *value, cases);
        }
    }

    fn phi(
        &mut self,
        b: Block,
        i: Inst,
        incoming: &[(Operand, Block)],
        rt: Type,
        tys: &[Option<Type>],
    ) {
        for (k, t) in tys.iter().enumerate() {
            if let Some(t) = t
                && *t != rt
            {
                let msg = format!(
                    "incoming value {k} has type {}, but the phi has type {}",
                    self.ty().show(*t),
                    self.ty().show(rt)
                );
                self.err(Some(b), Some(i), msg);
            }
        }
        // Multiset of incoming blocks against the multiset of edges into `b`.
        let mut entries = std::mem::take(&mut self.scratch);
        entries.clear();
        entries.extend(
            incoming
                .iter()
                .enumerate()
                .map(|(k, (_, p))| (p.as_u32(), k as u32)),
        );
        entries.sort_unstable();
        let preds: Vec<u32> = self.cfg.preds(b.index()).to_vec();
        let mut msgs: Vec<String> = Vec::new();
        let name_of = |this: &mut Self, blk: u32| -> String {
            let slots = this.slots.get_or_insert_with(|| Slots::new(this.func));
            let mut s = String::new();
            let _ = FunctionPrinter::new(this.m, this.func, slots)
                .block_ref(&mut s, Block::from_u32(blk));
            s
        };
        let (mut x, mut y) = (0, 0);
        while x < entries.len() || y < preds.len() {
            let eb = entries.get(x).map(|e| e.0);
            let pb = preds.get(y).copied();
            let blk = match (eb, pb) {
                (Some(e), Some(p)) => e.min(p),
                (Some(e), None) => e,
                (None, Some(p)) => p,
                (None, None) => break,
            };
            let x0 = x;
            while x < entries.len() && entries[x].0 == blk {
                x += 1;
            }
            let y0 = y;
            while y < preds.len() && preds[y] == blk {
                y += 1;
            }
            let (ne, np) = (x - x0, y - y0);
            if ne != np {
                let name = name_of(self, blk);
                msgs.push(match (ne, np) {
                    (_, 0) => format!("phi has an entry for {name}, which is not a predecessor"),
                    (0, _) => format!("phi has no entry for predecessor {name}"),
                    _ => format!(
                        "phi has {ne} entries for {name}, which reaches the block by {np} edges"
                    ),
                });
            }
            // Entries for one predecessor must agree.
            let group = &entries[x0..x];
            if let Some(&(_, k0)) = group.first()
                && group
                    .iter()
                    .any(|&(_, k)| incoming[k as usize].0 != incoming[k0 as usize].0)
            {
                let name = name_of(self, blk);
                msgs.push(format!("phi entries for {name} carry different values"));
            }
        }
        self.scratch = entries;
        for msg in msgs {
            self.err(Some(b), Some(i), msg);
        }
    }

    fn switch_cases(&mut self, b: Block, i: Inst, value: Operand, cases: &[(u128, Block)]) {
        let Some(bits) = self.op_type(value).and_then(|t| self.ty().int_bits(t)) else {
            return;
        };
        let mut vals: Vec<u128> = cases.iter().map(|c| c.0).collect();
        if bits < 128
            && let Some(v) = vals.iter().find(|&&v| v >> bits != 0)
        {
            let msg = format!("case value {v} does not fit in i{bits}");
            self.err(Some(b), Some(i), msg);
        }
        vals.sort_unstable();
        if let Some(w) = vals.windows(2).find(|w| w[0] == w[1]) {
            let msg = format!("duplicate case value {}", w[0]);
            self.err(Some(b), Some(i), msg);
        }
    }
}
