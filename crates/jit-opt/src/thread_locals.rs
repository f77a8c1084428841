//! Every access to a thread-local variable through `llvm.threadlocal.address`: a use of
//! `@g` (a `thread_local` global) as an operand anywhere else — `store i32 0, ptr @tr`,
//! `call @__cxa_thread_atexit(ptr @dtor, ptr @tr, ...)`, `getelementptr (i8, ptr @tr, i64
//! 4)` — becomes the result of a `call ptr @llvm.threadlocal.address.p0(ptr @g)` placed just
//! before the user (for a phi: at the end of the incoming block, before its terminator).
//!
//! LangRef gives a thread-local global used as a value the meaning "this thread's copy",
//! and clang relies on it: a C++ `thread_local` with a dynamic initializer is constructed,
//! guarded and registered for destruction (`__tls_init`, `__cxx_global_var_init`) through
//! plain uses of `@g`, at -O0 and -O2 alike; only ordinary accesses go through the
//! intrinsic. An engine that emulates thread-local storage by lowering the intrinsic alone
//! (jit-mcjit's `tls.rs`: `@g`'s own storage is the initial image, each thread gets a copy)
//! runs this first, so that no code ever writes the image.
//!
//! Constant expressions over `@g` (`getelementptr`, casts, integer arithmetic, `icmp`,
//! `select`) become the same instructions over the intrinsic's result. A thread-local
//! address inside a constant aggregate or vector operand is [`OptError::Unsupported`]
//! (clang does not produce one: such an address is not a constant).
//!
//! Requires nothing (runs before any pass); preserves the CFG (no block is added); the
//! arguments of existing `llvm.threadlocal.address` calls are left alone. Linear in the
//! size of the module; a module without thread-local globals is not looked at.

use std::collections::HashMap;

use jit_core::ir::{
    ArithFlags, Block, Body, CallArg, Const, ConstExpr, ConstKind, FuncId, GlobalRef, Inst,
    InstKind, Intrinsic, Module, Operand, ParamAttrs, SrcLoc, TailKind, Type,
};

use crate::OptError;
use crate::edit::{for_each_operand_mut, new_inst};

/// The intrinsic's name for the default address space.
const INTRINSIC: &str = "llvm.threadlocal.address.p0";

/// Rewrites every function of `m` so that thread-local globals are only used as the
/// argument of `llvm.threadlocal.address` (see the module documentation). Returns how many
/// uses were rewritten.
pub fn address_thread_locals(m: &mut Module) -> Result<usize, OptError> {
    if !m.globals.values().any(|g| g.thread_local) {
        return Ok(0);
    }
    let mut cx = Rewriter {
        intrinsic: None,
        mentions: HashMap::new(),
        count: 0,
    };
    let funcs: Vec<FuncId> = m
        .functions
        .iter()
        .filter(|(_, f)| f.body.is_some())
        .map(|(id, _)| id)
        .collect();
    for f in funcs {
        let Some(mut body) = m.functions[f].body.take() else {
            continue;
        };
        let result = cx.function(m, &mut body);
        m.functions[f].body = Some(body);
        result.map_err(|message| OptError::Unsupported {
            pass: "thread-locals".into(),
            function: m.functions[f].name.to_string(),
            message,
        })?;
    }
    Ok(cx.count)
}

struct Rewriter {
    /// `llvm.threadlocal.address.p0`, declared when first needed.
    intrinsic: Option<FuncId>,
    /// Whether a constant mentions a thread-local global, memoized.
    mentions: HashMap<Const, bool>,
    count: usize,
}

impl Rewriter {
    fn mentions_tls(&mut self, m: &Module, c: Const) -> bool {
        if let Some(&known) = self.mentions.get(&c) {
            return known;
        }
        let found = match &m.consts[c].kind {
            ConstKind::GlobalAddr(GlobalRef::Global(g)) => m.globals[*g].thread_local,
            ConstKind::Aggregate(items) => {
                let items = items.clone();
                items.iter().any(|&i| self.mentions_tls(m, i))
            }
            ConstKind::Expr(e) => {
                let parts: Vec<Const> = match e {
                    ConstExpr::Gep { base, indices, .. } => std::iter::once(*base)
                        .chain(indices.iter().copied())
                        .collect(),
                    ConstExpr::Cast { value, .. } => vec![*value],
                    ConstExpr::Binary { lhs, rhs, .. }
                    | ConstExpr::ICmp { lhs, rhs, .. }
                    | ConstExpr::FCmp { lhs, rhs, .. } => vec![*lhs, *rhs],
                    ConstExpr::Select {
                        cond,
                        if_true,
                        if_false,
                    } => vec![*cond, *if_true, *if_false],
                };
                parts.into_iter().any(|p| self.mentions_tls(m, p))
            }
            _ => false,
        };
        self.mentions.insert(c, found);
        found
    }

    fn intrinsic(&mut self, m: &mut Module) -> Result<FuncId, String> {
        if let Some(f) = self.intrinsic {
            return Ok(f);
        }
        let f = match m.function_by_name(INTRINSIC) {
            Some(f) => f,
            None => {
                let ty = m.types.function(Type::PTR, &[Type::PTR], false);
                m.declare_function(INTRINSIC, ty)
                    .map_err(|e| format!("cannot declare {INTRINSIC}: {e}"))?
            }
        };
        if m.functions[f].intrinsic != Some(Intrinsic::ThreadLocalAddress) {
            return Err(format!("`@{INTRINSIC}` is not the intrinsic"));
        }
        self.intrinsic = Some(f);
        Ok(f)
    }

    fn function(&mut self, m: &mut Module, body: &mut Body) -> Result<(), String> {
        let layout = body.layout.clone();
        // Phi operands are materialized at the end of their incoming blocks: collected
        // first, placed when each block's list is rebuilt.
        let mut at_end: HashMap<Block, Vec<Inst>> = HashMap::new();
        let mut rebuilt: Vec<(Block, Vec<Inst>)> = Vec::new();
        for &b in &layout {
            let insts = body.blocks[b].insts.clone();
            let mut out: Vec<Inst> = Vec::with_capacity(insts.len());
            let mut changed = false;
            for inst in insts {
                let mut kind = body.insts[inst].kind.clone();
                let loc = body.insts[inst].loc;
                if self.is_intrinsic_call(m, &kind) {
                    out.push(inst);
                    continue;
                }
                let mut edits = false;
                if let InstKind::Phi { incoming } = &mut kind {
                    for (op, pred) in incoming.iter_mut() {
                        if let Operand::Const(c) = *op
                            && self.mentions_tls(m, c)
                        {
                            let list = at_end.entry(*pred).or_default();
                            *op = self.materialize(m, body, c, *pred, loc, list)?;
                            edits = true;
                        }
                    }
                } else {
                    let mut consts = Vec::new();
                    for_each_operand_mut(&mut kind, |op| {
                        if let Operand::Const(c) = *op {
                            consts.push(c);
                        }
                    });
                    let mut with: HashMap<Const, Operand> = HashMap::new();
                    for c in consts {
                        if !with.contains_key(&c) && self.mentions_tls(m, c) {
                            let v = self.materialize(m, body, c, b, loc, &mut out)?;
                            with.insert(c, v);
                        }
                    }
                    if !with.is_empty() {
                        for_each_operand_mut(&mut kind, |op| {
                            if let Operand::Const(c) = *op
                                && let Some(&v) = with.get(&c)
                            {
                                *op = v;
                            }
                        });
                        edits = true;
                    }
                }
                if edits {
                    body.insts[inst].kind = kind;
                    changed = true;
                }
                out.push(inst);
            }
            if changed {
                rebuilt.push((b, out));
            }
        }
        for (b, insts) in rebuilt {
            body.blocks[b].insts = insts;
        }
        for (b, extra) in at_end {
            let insts = &mut body.blocks[b].insts;
            let at = insts.len().saturating_sub(1);
            insts.splice(at..at, extra);
        }
        Ok(())
    }

    fn is_intrinsic_call(&self, m: &Module, kind: &InstKind) -> bool {
        let InstKind::Call {
            callee: Operand::Const(c),
            ..
        } = kind
        else {
            return false;
        };
        matches!(
            m.consts[*c].kind,
            ConstKind::GlobalAddr(GlobalRef::Function(f))
                if m.functions[f].intrinsic == Some(Intrinsic::ThreadLocalAddress)
        )
    }

    /// Instructions computing constant `c` (which mentions a thread-local global) for this
    /// thread, appended to `out` in `block`; returns the value standing for `c`.
    fn materialize(
        &mut self,
        m: &mut Module,
        body: &mut Body,
        c: Const,
        block: Block,
        loc: SrcLoc,
        out: &mut Vec<Inst>,
    ) -> Result<Operand, String> {
        if !self.mentions_tls(m, c) {
            return Ok(Operand::Const(c));
        }
        let ty = m.consts[c].ty;
        let kind = match m.consts[c].kind.clone() {
            ConstKind::GlobalAddr(GlobalRef::Global(_)) => {
                let f = self.intrinsic(m)?;
                let fn_ty = m.functions[f].ty;
                let callee = Operand::Const(m.const_addr(GlobalRef::Function(f)));
                self.count += 1;
                InstKind::Call {
                    callee,
                    fn_ty,
                    args: Box::new([CallArg {
                        value: Operand::Const(c),
                        attrs: ParamAttrs::default(),
                    }]),
                    ret_attrs: ParamAttrs::default(),
                    tail: TailKind::None,
                }
            }
            ConstKind::Expr(ConstExpr::Gep {
                source_ty,
                base,
                indices,
                inbounds,
            }) => {
                let base = self.materialize(m, body, base, block, loc, out)?;
                let mut ops = Vec::with_capacity(indices.len());
                for &i in indices.iter() {
                    ops.push(self.materialize(m, body, i, block, loc, out)?);
                }
                InstKind::Gep {
                    source_ty,
                    base,
                    indices: ops.into(),
                    inbounds,
                }
            }
            ConstKind::Expr(ConstExpr::Cast { op, value }) => InstKind::Cast {
                op,
                flags: ArithFlags::default(),
                value: self.materialize(m, body, value, block, loc, out)?,
            },
            ConstKind::Expr(ConstExpr::Binary { op, lhs, rhs }) => InstKind::Binary {
                op,
                flags: ArithFlags::default(),
                lhs: self.materialize(m, body, lhs, block, loc, out)?,
                rhs: self.materialize(m, body, rhs, block, loc, out)?,
            },
            ConstKind::Expr(ConstExpr::ICmp { pred, lhs, rhs }) => InstKind::ICmp {
                pred,
                lhs: self.materialize(m, body, lhs, block, loc, out)?,
                rhs: self.materialize(m, body, rhs, block, loc, out)?,
            },
            ConstKind::Expr(ConstExpr::Select {
                cond,
                if_true,
                if_false,
            }) => InstKind::Select {
                cond: self.materialize(m, body, cond, block, loc, out)?,
                if_true: self.materialize(m, body, if_true, block, loc, out)?,
                if_false: self.materialize(m, body, if_false, block, loc, out)?,
            },
            _ => {
                return Err(
                    "the address of a thread-local variable inside a constant aggregate".into(),
                );
            }
        };
        let (inst, value) = new_inst(body, kind, Some(ty), block, loc);
        out.push(inst);
        value
            .map(Operand::Value)
            .ok_or_else(|| "a thread-local address expression without a value".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::printer::print_module;
    use jit_core::reader::parse_module;

    fn rewrite(text: &str) -> String {
        let mut m = parse_module(text, "t.ll").unwrap();
        address_thread_locals(&mut m).unwrap();
        jit_core::verifier::verify_module(&m).unwrap();
        print_module(&m)
    }

    #[test]
    fn direct_uses_go_through_the_intrinsic() {
        let out = rewrite(
            "@tr = thread_local global { i32, i32 } zeroinitializer\n\
             @g = internal thread_local global i8 0\n\
             @plain = global i32 0\n\
             declare i32 @reg(ptr, ptr)\n\
             declare ptr @llvm.threadlocal.address.p0(ptr)\n\
             define void @init() {\n\
             \x20 %1 = load i8, ptr @g\n\
             \x20 store i8 1, ptr @g\n\
             \x20 store i32 7, ptr getelementptr (i8, ptr @tr, i64 4)\n\
             \x20 store i32 1, ptr @plain\n\
             \x20 %2 = call i32 @reg(ptr @tr, ptr @tr)\n\
             \x20 %3 = call ptr @llvm.threadlocal.address.p0(ptr @tr)\n\
             \x20 ret void\n\
             }\n",
        );
        assert!(!out.contains("ptr @g\n"), "{out}");
        assert!(!out.contains("load i8, ptr @g"), "{out}");
        assert!(
            out.contains("store i32 1, ptr @plain"),
            "non-TLS globals stay: {out}"
        );
        assert!(
            out.contains("getelementptr i8, ptr %"),
            "the constant expression became an instruction: {out}"
        );
        // One call per rewritten instruction (the call passing `@tr` twice makes one), plus
        // the original.
        assert_eq!(
            out.matches("call ptr @llvm.threadlocal.address.p0").count(),
            5,
            "{out}"
        );
    }

    #[test]
    fn phi_operands_are_materialized_in_the_incoming_block() {
        let out = rewrite(
            "@a = thread_local global i32 1\n\
             @b = global i32 2\n\
             define ptr @pick(i1 %c) {\n\
             entry:\n\
             \x20 br i1 %c, label %x, label %y\n\
             x:\n\
             \x20 br label %y\n\
             y:\n\
             \x20 %p = phi ptr [ @a, %x ], [ @b, %entry ]\n\
             \x20 ret ptr %p\n\
             }\n",
        );
        let x = out.find("\nx:").unwrap();
        let y = out.find("\ny:").unwrap();
        let call = out
            .find("call ptr @llvm.threadlocal.address.p0(ptr @a)")
            .unwrap();
        assert!(x < call && call < y, "{out}");
        assert!(out.contains("[ @b, %entry ]"), "{out}");
    }

    #[test]
    fn modules_without_thread_locals_are_left_alone() {
        let text = "@g = global i32 0\ndefine ptr @f() {\n  ret ptr @g\n}\n";
        let mut m = parse_module(text, "t.ll").unwrap();
        assert_eq!(address_thread_locals(&mut m).unwrap(), 0);
        assert!(m.function_by_name(INTRINSIC).is_none());
    }
}
