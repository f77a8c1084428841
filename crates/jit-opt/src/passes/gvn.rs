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
//! Loads are forwarded while memory is known not to have changed: a load of the same
//! address and type as an earlier load or store takes its value unless something in between
//! may have written there. Calls other than pure intrinsics, atomics, fences, volatile
//! accesses and stores through addresses not based on an identified object (an alloca, a
//! global, a `noalias` parameter) may write anything; a store into an identified object
//! changes only that object (distinct objects never overlap), and only loads from it or
//! from unidentified addresses are affected. Blocks not entered straight from their
//! immediate dominator start with nothing known. Volatile and atomic loads are never
//! forwarded or replaced. Both pass names run this same pass.
//!
//! - Requires: nothing (builds the dominator tree).
//! - Preserves: the CFG.
//! - Invalidates: instruction lists.

use std::hash::Hash;

use jit_core::DataLayout;
use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    BinaryOp, Block, Body, CastOp, ConstExpr, ConstKind, FloatPredicate, FuncId, GlobalRef, Inst,
    InstKind, IntPredicate, Module, Operand, Type, Value, ValueDef,
};

use crate::PassCx;
use crate::analysis::{Cfg, DomTree};
use crate::edit::{self, Replacements};
use crate::effects::{is_pure, may_write_memory};
use crate::fold;
use crate::hash::FastMap;

/// `gvn`.
pub(crate) fn run_gvn(m: &mut Module, cx: &PassCx, f: FuncId, body: &mut Body) -> bool {
    number(m, cx.dl, f, body)
}

/// `early-cse`.
pub(crate) fn run_early_cse(m: &mut Module, cx: &PassCx, f: FuncId, body: &mut Body) -> bool {
    number(m, cx.dl, f, body)
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

/// An identified memory object: an address based on it (through GEPs of any indices)
/// never reaches another identified object's memory.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
enum Object {
    Alloca(Value),
    Global(jit_core::ir::GlobalId),
    NoAliasParam(Value),
}

/// The object `ptr` is based on, when it is an identified one.
fn object_of(m: &Module, body: &Body, noalias: &[Value], ptr: Operand) -> Option<Object> {
    let mut cur = ptr;
    for _ in 0..32 {
        match cur {
            Operand::Const(c) => {
                return match &m.consts[c].kind {
                    ConstKind::GlobalAddr(GlobalRef::Global(g)) => Some(Object::Global(*g)),
                    ConstKind::Expr(ConstExpr::Gep { base, .. }) => {
                        cur = Operand::Const(*base);
                        continue;
                    }
                    _ => None,
                };
            }
            Operand::Value(v) => match body.values[v].def {
                ValueDef::Param(_) => {
                    return noalias.contains(&v).then_some(Object::NoAliasParam(v));
                }
                ValueDef::Inst(i) => match &body.insts[i].kind {
                    InstKind::Alloca { .. } => return Some(Object::Alloca(v)),
                    InstKind::Gep { base, .. } => cur = *base,
                    _ => return None,
                },
            },
        }
    }
    None
}

/// A load's or store's value, remembered with the memory state it was seen in.
#[derive(Copy, Clone)]
struct Known {
    value: Operand,
    /// `all` when recorded (for addresses not based on an identified object).
    all: u32,
    /// `any` when recorded, and the object's version (for identified objects).
    any: u32,
    version: u32,
}

/// The memory state along the dominator-tree walk. Every write makes a fresh number:
/// `all` changes at every write, `any` at every write that may reach any object (calls,
/// stores through unidentified addresses, atomics, fences), and an identified object's
/// version at every store into it. A value known for an address based on object `O` holds
/// while `any` and `O`'s version are unchanged; for any other address, while `all` is.
struct Memory {
    counter: u32,
    all: u32,
    any: u32,
    versions: Scoped<Object, u32>,
}

impl Memory {
    fn fresh(&mut self) -> u32 {
        self.counter += 1;
        self.counter
    }
    fn clobber_everything(&mut self) {
        let n = self.fresh();
        self.all = n;
        self.any = n;
    }
    fn store(&mut self, object: Option<Object>) {
        let n = self.fresh();
        self.all = n;
        match object {
            Some(o) => self.versions.insert(o, n),
            None => self.any = n,
        }
    }
    fn version(&self, o: Object) -> u32 {
        self.versions.get(&o).copied().unwrap_or(0)
    }
    fn remember(&self, value: Operand, object: Option<Object>) -> Known {
        Known {
            value,
            all: self.all,
            any: self.any,
            version: object.map_or(0, |o| self.version(o)),
        }
    }
    fn still_holds(&self, k: &Known, object: Option<Object>) -> bool {
        match object {
            Some(o) => k.any == self.any && k.version == self.version(o),
            None => k.all == self.all,
        }
    }
}

/// Everything the walk carries.
struct Walk<'a> {
    dl: &'a DataLayout,
    noalias: Vec<Value>,
    exprs: Scoped<Key, Operand>,
    loads: Scoped<(Operand, Type), Known>,
    memory: Memory,
    /// (`all`, `any`) at the end of each block, for single-predecessor children.
    end_state: SecondaryMap<Block, (u32, u32)>,
    repl: Replacements,
    dead: SecondaryMap<Inst, bool>,
    changed: bool,
}

impl Walk<'_> {
    fn block(&mut self, m: &mut Module, body: &mut Body, cfg: &Cfg, dom: &DomTree, b: Block) {
        // Memory flows straight from the immediate dominator only when it is the single
        // predecessor; anywhere else, everything known may have changed.
        match dom.idom(b) {
            Some(d) if cfg.preds(b).len() == 1 && cfg.preds(b)[0] == d => {
                (self.memory.all, self.memory.any) = self.end_state[d];
            }
            _ => self.memory.clobber_everything(),
        }
        for k in 0..body.blocks[b].insts.len() {
            let i = body.blocks[b].insts[k];
            let mut kind = std::mem::replace(&mut body.insts[i].kind, InstKind::Unreachable);
            self.repl.resolve_operands(&mut kind);
            body.insts[i].kind = kind;
            let result = body.insts[i].result;
            if let Some(r) = result
                && !matches!(body.insts[i].kind, InstKind::Phi { .. })
            {
                let ty = body.values[r].ty;
                let view: &Body = body;
                let kind = &view.insts[i].kind;
                if let Some(op) = fold::simplify(m, self.dl, view, kind, ty, Some(r)) {
                    self.dead[i] = !may_write_memory(m, kind);
                    self.repl.replace(r, op);
                    self.changed = true;
                    continue;
                }
                if is_pure(m, view, kind)
                    && let Some(key) = key_of(kind, ty)
                {
                    if let Some(&prev) = self.exprs.get(&key) {
                        self.repl.replace(r, prev);
                        self.dead[i] = true;
                        self.changed = true;
                    } else {
                        self.exprs.insert(key, Operand::Value(r));
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
                    let object = object_of(m, body, &self.noalias, *ptr);
                    let key = (*ptr, body.values[r].ty);
                    match self.loads.get(&key) {
                        Some(k) if self.memory.still_holds(k, object) => {
                            self.repl.replace(r, k.value);
                            self.dead[i] = true;
                            self.changed = true;
                        }
                        _ => {
                            let known = self.memory.remember(Operand::Value(r), object);
                            self.loads.insert(key, known);
                        }
                    }
                }
                InstKind::Store {
                    value,
                    ptr,
                    volatile,
                    ..
                } => {
                    if *volatile {
                        self.memory.clobber_everything();
                    } else {
                        let object = object_of(m, body, &self.noalias, *ptr);
                        self.memory.store(object);
                        let ty = edit::operand_type(m, body, *value);
                        let known = self.memory.remember(*value, object);
                        self.loads.insert((*ptr, ty), known);
                    }
                }
                k if may_write_memory(m, k) => self.memory.clobber_everything(),
                _ => {}
            }
        }
        self.end_state[b] = (self.memory.all, self.memory.any);
    }
}

/// Numbers the function; true when anything was replaced.
fn number(m: &mut Module, dl: &DataLayout, f: FuncId, body: &mut Body) -> bool {
    let cfg = Cfg::build(body);
    let dom = DomTree::build(&cfg);
    let Some(entry) = body.entry() else {
        return false;
    };
    let func = &m.functions[f];
    let noalias = func
        .params
        .iter()
        .zip(&func.param_attrs)
        .filter(|(_, a)| a.has(jit_core::ir::ParamAttrs::NOALIAS))
        .map(|(v, _)| *v)
        .collect();
    let mut w = Walk {
        dl,
        noalias,
        exprs: Scoped::new(),
        loads: Scoped::new(),
        memory: Memory {
            counter: 0,
            all: 0,
            any: 0,
            versions: Scoped::new(),
        },
        end_state: SecondaryMap::with_default((0, 0)),
        repl: Replacements::new(),
        dead: SecondaryMap::with_default(false),
        changed: false,
    };
    // (block, expression mark, load mark, version mark, next child)
    let mut stack: Vec<(Block, usize, usize, usize, usize)> = Vec::new();
    w.block(m, body, &cfg, &dom, entry);
    stack.push((entry, 0, 0, 0, 0));
    while let Some(top) = stack.last_mut() {
        let b = top.0;
        let children = dom.children(b);
        if top.4 < children.len() {
            let c = children[top.4];
            top.4 += 1;
            let marks = (w.exprs.mark(), w.loads.mark(), w.memory.versions.mark());
            w.block(m, body, &cfg, &dom, c);
            stack.push((c, marks.0, marks.1, marks.2, 0));
        } else {
            w.exprs.undo(top.1);
            w.loads.undo(top.2);
            w.memory.versions.undo(top.3);
            stack.pop();
        }
    }
    if w.changed {
        edit::remove_marked(body, &w.dead);
        w.repl.apply(body);
        super::dce::remove_dead(m, body);
    }
    w.changed
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
