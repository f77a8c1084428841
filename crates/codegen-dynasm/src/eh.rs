//! What tier 0 of both ISAs shares for exception handling (Itanium C++ ABI, as clang emits
//! it for Linux): the function's [`FunctionEh`] tables from its personality, the clauses of
//! the landing pad an invoke unwinds to, and the type index `llvm.eh.typeid.for` returns.
//!
//! The code itself: an `invoke` is a call whose call instruction is recorded as a call site,
//! followed by the normal edge's phi copies and a jump. Its landing pad is a stub after the
//! function's blocks, where the unwinder resumes with the exception pointer and selector in
//! the first two return registers and the stack pointer as it was right after the call: the
//! stub pops what the call pushed, stores both words into the `landingpad`'s slot, does the
//! unwind edge's phi copies and jumps to the pad's block (the `landingpad` itself emits
//! nothing). Every value lives in its slot in tier 0, so nothing else needs restoring.
//! `resume` calls `_Unwind_Resume` with the exception pointer.

use jit_core::DataLayout;
use jit_core::ir::{
    Block, Body, Const, Function, InstKind, LandingPadClause, Module, Operand, Value,
};
use jit_core::object::SymbolIndex;

use crate::objbuild::SymbolTable;
use crate::unwind::{Clause, FunctionEh};
use crate::x64::consts::{CVal, eval};

/// True when `func` has an invoke, a landing pad or a resume: code only tier 0 makes.
pub fn uses_exceptions(func: &Function) -> bool {
    func.personality.is_some()
        && func.body.as_ref().is_some_and(|b| {
            b.insts.values().any(|i| {
                matches!(
                    i.kind,
                    InstKind::Invoke { .. } | InstKind::LandingPad { .. } | InstKind::Resume { .. }
                )
            })
        })
}

/// The symbol (and offset) a type-info operand names; `None` for `null` (catch-all).
pub fn type_info(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
    op: Operand,
) -> Result<Option<(SymbolIndex, i64)>, String> {
    let Operand::Const(c) = op else {
        return Err("a landing-pad clause's type info is not a constant".into());
    };
    match eval(m, dl, c)? {
        CVal::Bits(0) => Ok(None),
        CVal::Sym(r, off) => syms
            .of(m, r)
            .map(|s| Some((s, off)))
            .ok_or_else(|| "type info names no symbol".into()),
        _ => Err("a type info must be a global's address or null".into()),
    }
}

/// The exception tables to fill for `func`, if it has a personality and any landing pad.
pub fn function_eh(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
    func: &Function,
) -> Result<Option<FunctionEh>, String> {
    let (Some(p), Some(body)) = (func.personality, func.body.as_ref()) else {
        return Ok(None);
    };
    let has_pads = body
        .insts
        .values()
        .any(|i| matches!(i.kind, InstKind::LandingPad { .. }));
    if !has_pads {
        return Ok(None);
    }
    let personality = match eval(m, dl, p)? {
        CVal::Sym(r, 0) => syms.of(m, r),
        _ => None,
    }
    .ok_or("the personality is not a function's address")?;
    Ok(Some(FunctionEh::new(personality)))
}

/// The landing pad at the head of `block`: its value (when used) and its clauses resolved
/// to type-info symbols.
pub fn landing_pad(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
    body: &Body,
    block: Block,
) -> Result<(Option<Value>, Vec<Clause>, bool), String> {
    for &i in &body.blocks[block].insts {
        match &body.insts[i].kind {
            InstKind::Phi { .. } => continue,
            InstKind::LandingPad { cleanup, clauses } => {
                let mut out = Vec::with_capacity(clauses.len());
                for c in clauses.iter() {
                    out.push(match c {
                        LandingPadClause::Catch(op) => Clause::Catch(type_info(m, dl, syms, *op)?),
                        LandingPadClause::Filter(op) => {
                            Clause::Filter(filter_types(m, dl, syms, *op)?)
                        }
                    });
                }
                return Ok((body.insts[i].result, out, *cleanup));
            }
            _ => break,
        }
    }
    Err("an invoke's unwind destination does not begin with a landingpad".into())
}

/// The type infos of a `filter` clause's constant array.
fn filter_types(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
    op: Operand,
) -> Result<Vec<Option<(SymbolIndex, i64)>>, String> {
    let Operand::Const(c) = op else {
        return Err("a filter clause is not a constant".into());
    };
    use jit_core::ir::ConstKind;
    match &m.const_data(c).kind {
        ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Ok(Vec::new()),
        ConstKind::Aggregate(elems) => {
            let elems: Vec<Const> = elems.to_vec();
            elems
                .into_iter()
                .map(|e| type_info(m, dl, syms, Operand::Const(e)))
                .collect()
        }
        _ => Err("a filter clause must be a constant array of type infos".into()),
    }
}

/// `llvm.eh.typeid.for(ti)`: the selector value a landing pad of this function sees when a
/// `catch` of `ti` matched.
pub fn typeid_for(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
    eh: Option<&mut FunctionEh>,
    op: Operand,
) -> Result<u32, String> {
    let ty = type_info(m, dl, syms, op)?;
    match eh {
        Some(eh) => Ok(eh.type_index(ty)),
        // No landing pad: no selector can be compared with it.
        None => Ok(0),
    }
}
