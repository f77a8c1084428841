//! `gvn` and `early-cse`: dominator-scoped value numbering with load forwarding.
//!
//! The dominator tree is walked in preorder with a scoped table of the pure instructions
//! seen on the path from the entry ([`crate::effects::is_pure`]: arithmetic, compares,
//! casts, GEPs, selects, aggregate and vector element operations, pure intrinsic calls).
//! An instruction equal to one in scope (same operation, flags, types and operands, with
//! commutative integer operands and `icmp` operands in a canonical order) is replaced by it;
//! each instruction is first simplified ([`crate::fold::simplify`]) with the replacements so
//! far.
//!
//! Loads are forwarded within one *memory generation*: the generation changes at every
//! instruction that may write memory (stores, calls other than pure intrinsics, atomics,
//! fences, volatile accesses) and at every block that is not entered straight from its
//! immediate dominator. A load of the same address and type as an earlier load or store of
//! the same generation takes its value. Volatile and atomic loads are never forwarded or
//! replaced. Both pass names run this same pass.
//!
//! - Requires: nothing (builds the dominator tree).
//! - Preserves: the CFG.
//! - Invalidates: instruction lists.

use std::hash::Hash;

use jit_core::DataLayout;
use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    BinaryOp, Block, Body, CastOp, FloatPredicate, FuncId, Inst, InstKind, IntPredicate, Module,
    Operand, Type,
};

use crate::PassCx;
use crate::analysis::{Cfg, DomTree};
use crate::edit::{self, Replacements};
use crate::effects::{is_pure, may_write_memory};
use crate::fold;
use crate::hash::FastMap;

/// `gvn`.
pub(crate) fn run_gvn(m: &mut Module, cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    number(m, cx.dl, body)
}

/// `early-cse`.
pub(crate) fn run_early_cse(m: &mut Module, cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    number(m, cx.dl, body)
}

/// What makes two pure instructions equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Binary(BinaryOp, u16, Operand, Operand, Type),
    FNeg(u16, Operand, Type),
    ICmp(IntPredicate, Operand, Operand),
    FCmp(FloatPredicate, u16, Operand, Operand),
    Cast(CastOp, u16, Operand, Type),
    Gep(Type, Operand, Box<[Operand]>, bool, Type),
    Select(Operand, Operand, Operand),
    ExtractValue(Operand, Box<[u32]>, Type),
    InsertValue(Operand, Operand, Box<[u32]>),
    ExtractElement(Operand, Operand, Type),
    InsertElement(Operand, Operand, Operand),
    Shuffle(Operand, Operand, Box<[Option<u32>]>, Type),
    Call(Operand, Type, Box<[Operand]>, Type),
}

/// A stable order on operands (for commutative operations).
fn rank(op: Operand) -> (u8, u32) {
    match op {
        Operand::Value(v) => (0, v.as_u32()),
        Operand::Const(c) => (1, c.as_u32()),
    }
}

fn swapped(p: IntPredicate) -> IntPredicate {
    use IntPredicate::*;
    match p {
        Ugt => Ult,
        Uge => Ule,
        Ult => Ugt,
        Ule => Uge,
        Sgt => Slt,
        Sge => Sle,
        Slt => Sgt,
        Sle => Sge,
        other => other,
    }
}

fn key_of(kind: &InstKind, ty: Type) -> Option<Key> {
    Some(match kind {
        InstKind::Binary {
            op,
            flags,
            lhs,
            rhs,
        } => {
            let commutative = matches!(
                op,
                BinaryOp::Add | BinaryOp::Mul | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
            );
            let (a, b) = if commutative && rank(*rhs) < rank(*lhs) {
                (*rhs, *lhs)
            } else {
                (*lhs, *rhs)
            };
            Key::Binary(*op, flags.0, a, b, ty)
        }
        InstKind::FNeg { flags, arg } => Key::FNeg(flags.0, *arg, ty),
        InstKind::ICmp { pred, lhs, rhs } => {
            if rank(*rhs) < rank(*lhs) {
                Key::ICmp(swapped(*pred), *rhs, *lhs)
            } else {
                Key::ICmp(*pred, *lhs, *rhs)
            }
        }
        InstKind::FCmp {
            pred,
            flags,
            lhs,
            rhs,
        } => Key::FCmp(*pred, flags.0, *lhs, *rhs),
        InstKind::Cast { op, flags, value } => Key::Cast(*op, flags.0, *value, ty),
        InstKind::Gep {
            source_ty,
            base,
            indices,
            inbounds,
        } => Key::Gep(*source_ty, *base, indices.clone(), *inbounds, ty),
        InstKind::Select {
            cond,
            if_true,
            if_false,
        } => Key::Select(*cond, *if_true, *if_false),
        InstKind::ExtractValue { agg, indices } => Key::ExtractValue(*agg, indices.clone(), ty),
        InstKind::InsertValue { agg, elt, indices } => {
            Key::InsertValue(*agg, *elt, indices.clone())
        }
        InstKind::ExtractElement { vec, index } => Key::ExtractElement(*vec, *index, ty),
        InstKind::InsertElement { vec, elt, index } => Key::InsertElement(*vec, *elt, *index),
        InstKind::ShuffleVector { a, b, mask } => Key::Shuffle(*a, *b, mask.clone(), ty),
        InstKind::Call {
            callee,
            fn_ty,
            args,
            ..
        } => Key::Call(*callee, *fn_ty, args.iter().map(|a| a.value).collect(), ty),
        _ => return None,
    })
}

/// A hash map whose insertions can be undone back to a mark.
struct Scoped<K: Hash + Eq + Clone, V: Clone> {
    map: FastMap<K, V>,
    log: Vec<(K, Option<V>)>,
}

impl<K: Hash + Eq + Clone, V: Clone> Scoped<K, V> {
    fn new() -> Self {
        Scoped {
            map: FastMap::default(),
            log: Vec::new(),
        }
    }
    fn insert(&mut self, k: K, v: V) {
        let old = self.map.insert(k.clone(), v);
        self.log.push((k, old));
    }
    fn get(&self, k: &K) -> Option<&V> {
        self.map.get(k)
    }
    fn mark(&self) -> usize {
        self.log.len()
    }
    fn undo(&mut self, mark: usize) {
        while self.log.len() > mark {
            let (k, old) = self.log.pop().expect("above the mark");
            match old {
                Some(v) => {
                    self.map.insert(k, v);
                }
                None => {
                    self.map.remove(&k);
                }
            }
        }
    }
}

/// Numbers the function; true when anything was replaced.
fn number(m: &mut Module, dl: &DataLayout, body: &mut Body) -> bool {
    let cfg = Cfg::build(body);
    let dom = DomTree::build(&cfg);
    let Some(entry) = body.entry() else {
        return false;
    };
    let mut exprs: Scoped<Key, Operand> = Scoped::new();
    let mut loads: Scoped<(Operand, Type), (Operand, u32)> = Scoped::new();
    let mut repl = Replacements::new();
    let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
    let mut end_gen: SecondaryMap<Block, u32> = SecondaryMap::with_default(0);
    let mut counter: u32 = 0;
    let mut changed = false;

    // (block, expression mark, load mark, next child)
    let mut stack: Vec<(Block, usize, usize, usize)> = Vec::new();
    let mut visit = |b: Block,
                     m: &mut Module,
                     body: &mut Body,
                     exprs: &mut Scoped<Key, Operand>,
                     loads: &mut Scoped<(Operand, Type), (Operand, u32)>,
                     repl: &mut Replacements,
                     dead: &mut SecondaryMap<Inst, bool>,
                     end_gen: &mut SecondaryMap<Block, u32>,
                     changed: &mut bool| {
        // Memory flows straight from the immediate dominator only when it is the single
        // predecessor.
        let mut generation = match dom.idom(b) {
            Some(d) if cfg.preds(b).len() == 1 && cfg.preds(b)[0] == d => end_gen[d],
            _ => {
                counter += 1;
                counter
            }
        };
        for k in 0..body.blocks[b].insts.len() {
            let i = body.blocks[b].insts[k];
            let mut kind = std::mem::replace(&mut body.insts[i].kind, InstKind::Unreachable);
            repl.resolve_operands(&mut kind);
            body.insts[i].kind = kind;
            let result = body.insts[i].result;
            if let Some(r) = result
                && !matches!(body.insts[i].kind, InstKind::Phi { .. })
            {
                let ty = body.values[r].ty;
                let view: &Body = body;
                let kind = &view.insts[i].kind;
                if let Some(op) = fold::simplify(m, dl, view, kind, ty, Some(r)) {
                    dead[i] = !may_write_memory(m, kind);
                    repl.replace(r, op);
                    *changed = true;
                    continue;
                }
                if is_pure(m, view, kind)
                    && let Some(key) = key_of(kind, ty)
                {
                    if let Some(&prev) = exprs.get(&key) {
                        repl.replace(r, prev);
                        dead[i] = true;
                        *changed = true;
                    } else {
                        exprs.insert(key, Operand::Value(r));
                    }
                    continue;
                }
            }
            let kind = &body.insts[i].kind;
            match kind {
                InstKind::Load {
                    ptr,
                    volatile: false,
                    ..
                } => {
                    let r = result.expect("load result");
                    let key = (*ptr, body.values[r].ty);
                    match loads.get(&key) {
                        Some(&(v, g)) if g == generation => {
                            repl.replace(r, v);
                            dead[i] = true;
                            *changed = true;
                        }
                        _ => loads.insert(key, (Operand::Value(r), generation)),
                    }
                }
                InstKind::Store {
                    value,
                    ptr,
                    volatile,
                    ..
                } => {
                    counter += 1;
                    generation = counter;
                    if !volatile {
                        let ty = edit::operand_type(m, body, *value);
                        loads.insert((*ptr, ty), (*value, generation));
                    }
                }
                k if may_write_memory(m, k) => {
                    counter += 1;
                    generation = counter;
                }
                _ => {}
            }
        }
        end_gen[b] = generation;
    };
    visit(
        entry,
        m,
        body,
        &mut exprs,
        &mut loads,
        &mut repl,
        &mut dead,
        &mut end_gen,
        &mut changed,
    );
    stack.push((entry, 0, 0, 0));
    while let Some(top) = stack.last_mut() {
        let b = top.0;
        let children = dom.children(b);
        if top.3 < children.len() {
            let c = children[top.3];
            top.3 += 1;
            let (em, lm) = (exprs.mark(), loads.mark());
            visit(
                c,
                m,
                body,
                &mut exprs,
                &mut loads,
                &mut repl,
                &mut dead,
                &mut end_gen,
                &mut changed,
            );
            stack.push((c, em, lm, 0));
        } else {
            exprs.undo(top.1);
            loads.undo(top.2);
            stack.pop();
        }
    }
    if changed {
        edit::remove_marked(body, &dead);
        repl.apply(body);
        super::dce::remove_dead(m, body);
    }
    changed
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    fn run(text: &str) -> String {
        let (mut m, f) = parse_body(text);
        crate::run_passes(&mut m, "gvn").unwrap();
        jit_core::printer::print_function(&m, f)
    }

    #[test]
    fn calls_and_volatile_block_forwarding() {
        let out = run("@g = global i32 0
            declare void @h()
            define i32 @f(ptr %p) {
              %a = load i32, ptr @g
              %b = load i32, ptr @g
              call void @h()
              %c = load i32, ptr @g
              %v1 = load volatile i32, ptr %p
              %v2 = load volatile i32, ptr %p
              store i32 7, ptr %p
              %d = load i32, ptr %p
              %s1 = add i32 %a, %b
              %s2 = add i32 %s1, %c
              %s3 = add i32 %s2, %d
              %s4 = add i32 %s3, %v1
              %s5 = add i32 %s4, %v2
              ret i32 %s5
            }");
        assert!(!out.contains("%b = load"), "{out}");
        assert!(out.contains("%c = load"), "{out}");
        assert!(out.contains("%v2 = load volatile"), "{out}");
        assert!(!out.contains("%d = load"), "{out}");
        assert!(out.contains("add i32 %s2, 7"), "{out}");
    }
}
