//! Itanium exception handling: `invoke`, `landingpad`, `resume` and the personality.
//!
//! A *pad block* is a block whose first instruction after its phis is a `landingpad`
//! ([`crate::ir::Body::landing_pad`]). The rules, as LLVM's verifier has them:
//! - a `landingpad` is the first non-phi instruction of its block, and has `cleanup` or at
//!   least one clause; a `catch` clause is a pointer constant, a `filter` clause a constant
//!   array;
//! - every edge into a pad block is the unwind edge of an `invoke` (so an invoke's normal
//!   destination is never a pad block, and its two destinations differ), and every
//!   invoke's unwind destination is a pad block;
//! - `invoke`, `landingpad` and `resume` appear only in functions with a personality; a
//!   declaration has none; the personality is a `ptr` constant;
//! - an intrinsic is never invoked;
//! - every `landingpad` and `resume` of a function has the same type.
//!
//! Stricter than LLVM's verifier: that type must be `{ ptr, i32 }` (a literal or named
//! struct of those two members), the only shape an Itanium backend lowers (the exception
//! pointer and the selector); LLVM's code generators assume it without checking.

use super::cfg::NONE;
use super::{Context, FnVerifier};
use crate::entity::EntityRef;
use crate::ir::{
    Block, ConstKind, GlobalRef, Inst, InstKind, LandingPadClause, Operand, Type, TypeData,
};
use crate::printer::{FunctionPrinter, Slots};

impl<'m> FnVerifier<'_, 'm> {
    /// True for `{ ptr, i32 }`, the value of a landing pad.
    pub(super) fn is_eh_value_type(&self, t: Type) -> bool {
        let ty = self.ty();
        ty.struct_fields(t)
            .is_some_and(|f| f.len() == 2 && ty.is_ptr(f[0]) && ty.int_bits(f[1]) == Some(32))
    }

    /// Type rules of a `landingpad`: its result type and its clauses.
    pub(super) fn landing_pad_error(
        &self,
        cleanup: bool,
        clauses: &[LandingPadClause],
        rt: Type,
    ) -> Option<String> {
        let ty = self.ty();
        if !self.is_eh_value_type(rt) {
            return Some(format!(
                "landingpad must produce {{ ptr, i32 }} (exception pointer and selector), not {}",
                ty.show(rt)
            ));
        }
        if !cleanup && clauses.is_empty() {
            return Some("landingpad needs at least one clause or 'cleanup'".into());
        }
        for (k, c) in clauses.iter().enumerate() {
            let Operand::Const(cst) = c.operand() else {
                return Some(format!("clause {k} must be a constant"));
            };
            let d = &self.m.consts[cst];
            match c {
                LandingPadClause::Catch(_) => {
                    if !ty.is_ptr(d.ty) {
                        return Some(format!(
                            "clause {k}: a catch takes a pointer (a type info or null), not {}",
                            ty.show(d.ty)
                        ));
                    }
                }
                LandingPadClause::Filter(_) => {
                    let is_array = matches!(ty.data(d.ty), Some(TypeData::Array { .. }));
                    let is_constant_array =
                        matches!(d.kind, ConstKind::Aggregate(_) | ConstKind::Zero);
                    if !is_array || !is_constant_array {
                        return Some(format!(
                            "clause {k}: a filter takes a constant array of type infos, not {}",
                            crate::printer::print_constant(self.m, cst)
                        ));
                    }
                }
            }
        }
        None
    }

    /// The personality of a declaration (an error) or a definition (a `ptr` constant).
    pub(super) fn personality(&mut self) {
        let Some(p) = self.func.personality else {
            return;
        };
        if self.body.is_none() {
            self.err(
                None,
                None,
                "a function declaration cannot have a personality".into(),
            );
            return;
        }
        if !self.m.consts.is_valid(p) {
            self.err(
                None,
                None,
                format!("personality constant {p} does not exist"),
            );
            return;
        }
        let ctx = Context {
            loc: self.func.loc,
            function: Some(self.fname.clone()),
            ..Context::default()
        };
        self.v.constant(p, &ctx);
        let t = self.m.consts[p].ty;
        if !self.ty().is_ptr(t) {
            let msg = format!(
                "the personality must be a pointer constant, not {}",
                self.ty().show(t)
            );
            self.err(None, None, msg);
        }
    }

    /// The structural rules of the module doc, over the whole body (after [`Self::blocks`]
    /// built the CFG).
    pub(super) fn exception_handling(&mut self) {
        let body = self.body.expect("checked by layout");
        let has_personality = self.func.personality.is_some();
        // The type every landingpad and resume must share: the first one's.
        let mut eh_type: Option<(Type, &'static str)> = None;
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
                let Some(data) = body.insts.get(i) else {
                    continue;
                };
                let (what, value_ty) = match &data.kind {
                    InstKind::LandingPad { .. } => {
                        if self.pad_of(b) != Some(i) {
                            self.err(
                                Some(b),
                                Some(i),
                                "landingpad must be the first instruction of its block after the phis".into(),
                            );
                        }
                        let t = data.result.and_then(|v| body.values.get(v)).map(|d| d.ty);
                        ("landingpad", t)
                    }
                    InstKind::Resume { value } => ("resume", self.op_type(*value)),
                    InstKind::Invoke { callee, unwind, .. } => {
                        self.invoke_rules(b, i, *callee, *unwind);
                        ("invoke", None)
                    }
                    _ => continue,
                };
                if !has_personality {
                    let msg = format!("{what} in a function without a personality");
                    self.err(Some(b), Some(i), msg);
                }
                // A type of the wrong shape is reported by the instruction's own checks.
                if let Some(t) = value_ty.filter(|&t| self.is_eh_value_type(t)) {
                    match eh_type {
                        None => eh_type = Some((t, what)),
                        Some((first, first_what)) if first != t => {
                            let msg = format!(
                                "{what} has type {}, but an earlier {first_what} of this function has type {}",
                                self.ty().show(t),
                                self.ty().show(first)
                            );
                            self.err(Some(b), Some(i), msg);
                        }
                        _ => {}
                    }
                }
            }
        }
        self.pad_predecessors();
    }

    /// An invoke's callee is not an intrinsic and its unwind destination is a pad block.
    fn invoke_rules(&mut self, b: Block, i: Inst, callee: Operand, unwind: Block) {
        if let Operand::Const(c) = callee
            && let Some(ConstKind::GlobalAddr(GlobalRef::Function(f))) =
                self.m.consts.get(c).map(|d| &d.kind)
            && self
                .m
                .functions
                .get(*f)
                .is_some_and(|f| f.name.starts_with("llvm."))
        {
            self.err(Some(b), Some(i), "an intrinsic cannot be invoked".into());
        }
        let in_layout = self
            .block_pos
            .get(unwind.index())
            .is_some_and(|&p| p != NONE);
        if in_layout && self.pad_of(unwind).is_none() {
            let msg = format!(
                "the unwind destination {} does not start with a landingpad",
                self.block_name(unwind)
            );
            self.err(Some(b), Some(i), msg);
        }
    }

    /// Every edge into a pad block is the unwind edge of an invoke.
    fn pad_predecessors(&mut self) {
        let body = self.body.expect("checked by layout");
        for &pad in &body.layout {
            if self.block_pos.get(pad.index()).is_none_or(|&p| p == NONE) {
                continue;
            }
            let Some(lp) = self.pad_of(pad) else {
                continue;
            };
            let preds: Vec<u32> = self.cfg.preds(pad.index()).to_vec();
            let mut last = NONE;
            for p in preds {
                if p == last {
                    // Two edges from one block: an invoke whose normal destination is the
                    // pad too, reported once.
                    continue;
                }
                last = p;
                let pb = Block::from_u32(p);
                let term = body
                    .blocks
                    .get(pb)
                    .and_then(|bd| bd.insts.last())
                    .and_then(|&t| body.insts.get(t))
                    .map(|d| &d.kind);
                let ok = matches!(term, Some(InstKind::Invoke { normal, unwind, .. })
                    if *unwind == pad && *normal != pad);
                if !ok {
                    let how = match term {
                        Some(InstKind::Invoke { unwind, .. }) if *unwind == pad => {
                            "by both edges of its invoke"
                        }
                        Some(InstKind::Invoke { .. }) => "by the normal edge of its invoke",
                        _ => "by an edge that is not an invoke's unwind edge",
                    };
                    let msg = format!(
                        "landing pad block is entered from {} {how}",
                        self.block_name(pb)
                    );
                    self.err(Some(pad), Some(lp), msg);
                }
            }
        }
    }

    /// [`crate::ir::Body::landing_pad`], without trusting the arenas.
    fn pad_of(&self, b: Block) -> Option<Inst> {
        let body = self.body?;
        let first = body.blocks.get(b)?.insts.iter().copied().find(|&i| {
            !matches!(
                body.insts.get(i).map(|d| &d.kind),
                Some(InstKind::Phi { .. })
            )
        })?;
        matches!(body.insts.get(first)?.kind, InstKind::LandingPad { .. }).then_some(first)
    }

    fn block_name(&mut self, b: Block) -> String {
        let slots = self.slots.get_or_insert_with(|| Slots::new(self.func));
        let mut s = String::new();
        let _ = FunctionPrinter::new(self.m, self.func, slots).block_ref(&mut s, b);
        s
    }
}
