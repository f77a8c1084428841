//! Exception handling (the Itanium C++ ABI, as clang emits it for Linux) as both tiers of
//! both ISAs lower it: the function's [`FunctionEh`] tables from its personality, the
//! clauses of the landing pad an invoke unwinds to, and the type index
//! `llvm.eh.typeid.for` returns.
//!
//! An `invoke` is a call whose call instruction is recorded as a call site of the LSDA
//! (see [`crate::unwind`]), with a *landing* address where the unwinder resumes: the
//! exception pointer and the selector in the first two return registers, the stack pointer
//! as right after the call, callee-saved registers and the frame as at the call, every
//! other register undefined.
//! - Tier 0 keeps every value in its slot, so its landing is a stub after the function's
//!   blocks: it pops what the call pushed, stores both words into the `landingpad`'s slot,
//!   does the unwind edge's phi copies and jumps to the pad's block (the `landingpad`
//!   itself emits nothing).
//! - The optimizing tier ends the invoke's block with the call and gives both edges a
//!   block of their own ([`crate::machinst::blockorder`]): the normal one defines the
//!   results from their registers, the landing one the exception pointer and selector —
//!   fixed definitions at the block's very start, so no move of the register allocator
//!   can use those registers before them — and passes them to the pad's block as block
//!   parameters. Values live into the pad survive the call like any value live across a
//!   call: in callee-saved registers or spill slots, which is where the unwinder leaves
//!   them.
//!
//! `resume` calls `_Unwind_Resume` with the exception pointer.

use jit_core::DataLayout;
use jit_core::ir::{
    Block, Body, Const, FuncId, InstKind, LandingPadClause, Module, Operand, Value,
};
use jit_core::object::SymbolIndex;

use crate::objbuild::SymbolTable;
use crate::unwind::{Clause, FunctionEh};
use crate::x64::consts::{CVal, eval};

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

/// The exception tables to fill for function `f`, if it has a personality and any landing
/// pad. Its type infos are numbered as `Module::eh_type_infos` orders them, the numbering the
/// interpreter gives `llvm.eh.typeid.for` too (a `catch ptr null` comes after them).
pub fn function_eh(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
    f: FuncId,
) -> Result<Option<FunctionEh>, String> {
    let func = &m.functions[f];
    let (Some(p), Some(body)) = (func.personality, func.body.as_ref()) else {
        return Ok(None);
    };
    if !body.layout.iter().any(|&b| body.is_pad_block(b)) {
        return Ok(None);
    }
    let personality = match eval(m, dl, p)? {
        CVal::Sym(r, 0) => syms.of(m, r),
        _ => None,
    }
    .ok_or("the personality is not a function's address")?;
    let mut eh = FunctionEh::new(personality);
    for ti in m.eh_type_infos(f) {
        eh.type_index(type_info(m, dl, syms, Operand::Const(ti))?);
    }
    Ok(Some(eh))
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
    let pad = body
        .landing_pad(block)
        .ok_or("an invoke's unwind destination does not begin with a landingpad")?;
    let InstKind::LandingPad { cleanup, clauses } = &body.insts[pad].kind else {
        unreachable!("Body::landing_pad finds landing pads");
    };
    let mut out = Vec::with_capacity(clauses.len());
    for c in clauses.iter() {
        out.push(match c {
            LandingPadClause::Catch(op) => Clause::Catch(type_info(m, dl, syms, *op)?),
            LandingPadClause::Filter(op) => Clause::Filter(filter_types(m, dl, syms, *op)?),
        });
    }
    Ok((body.insts[pad].result, out, *cleanup))
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

/// The exception tables of a function the optimizing tier compiles, and the landing pads of
/// its invokes, numbered as instruction selection meets them (the number travels in the
/// invoke's machine instruction to the emitter, which knows the code offsets).
#[derive(Debug, Default)]
pub struct PadSites {
    eh: Option<FunctionEh>,
    pads: Vec<(Vec<Clause>, bool)>,
}

impl PadSites {
    /// The tables for function `f` (none without a personality or landing pads).
    pub fn new(
        m: &Module,
        dl: &DataLayout,
        syms: &mut SymbolTable,
        f: FuncId,
    ) -> Result<Self, String> {
        Ok(PadSites {
            eh: function_eh(m, dl, syms, f)?,
            pads: Vec::new(),
        })
    }

    /// The tables, for `llvm.eh.typeid.for`.
    pub fn tables(&mut self) -> Option<&mut FunctionEh> {
        self.eh.as_mut()
    }

    /// Numbers the landing pad at the head of `unwind` for an invoke.
    pub fn add(
        &mut self,
        m: &Module,
        dl: &DataLayout,
        syms: &mut SymbolTable,
        body: &Body,
        unwind: Block,
    ) -> Result<u32, String> {
        if self.eh.is_none() {
            return Err("an invoke in a function without a personality".into());
        }
        let (_, clauses, cleanup) = landing_pad(m, dl, syms, body, unwind)?;
        self.pads.push((clauses, cleanup));
        Ok(self.pads.len() as u32 - 1)
    }

    /// The tables with each emitted invoke's call range and landing label (by pad number).
    pub fn finish(
        self,
        sites: Vec<(usize, usize, dynasmrt::DynamicLabel, u32)>,
    ) -> Option<FunctionEh> {
        let mut eh = self.eh?;
        for (begin, end, landing, pad) in sites {
            let (clauses, cleanup) = &self.pads[pad as usize];
            eh.add_site(begin, end, landing, clauses, *cleanup);
        }
        Some(eh)
    }
}

/// A tier-0 invoke's landing stub, emitted after the function's blocks.
pub(crate) struct Landing {
    /// Where the unwinder lands.
    pub label: dynasmrt::DynamicLabel,
    /// The invoke's block.
    pub from: Block,
    /// The pad's block.
    pub to: Block,
    /// Bytes of stack arguments the call left pushed.
    pub stack: u32,
    /// The `landingpad`'s value, when it has a slot.
    pub value: Option<Value>,
}
