//! Tier-up counters in tier-0 code, shared by both ISAs' tier 0 (the contract is on
//! [`jit_core::backend::TIER_COUNTERS_SYMBOL`]).
//!
//! With `CodegenOptions::tier_counters` set, the object gets a local array of one `u32` per
//! function of the module (see [`crate::objbuild::SymbolTable::define_tier_counters`]), and
//! every function lowered by tier 0 decrements its own counter once on entry and once at
//! the top of every loop header, calling `__jit_tier_up(&counter)` when it reaches zero.
//!
//! Where the checks go, and why nothing live is lost across the call: tier 0 keeps every
//! SSA value in its frame slot between blocks (phi copies are made on the edges, before the
//! jump; no register carries a value into a block), so at a block's first instruction no
//! caller-saved register holds anything. The entry check sits after the prologue has stored
//! every incoming argument (and a variadic function's register save area) into the frame,
//! just before the entry block's code, which is the same state. The slow path is a cold stub
//! after the function's last block; it calls with the stack as tier 0 keeps it at every
//! instruction boundary (16-byte aligned), so the call is like any other call of tier-0 code,
//! and callee-saved registers and memory survive it (which is also why `returns_twice`
//! functions and address-taken blocks need no special case).
//!
//! A function [`osr_eligible`] says tier 0 may leave in the middle of a loop calls
//! `__jit_osr(&counter, block, frame)` instead ([`jit_core::backend::OSR_SYMBOL`]), from its
//! entry with [`jit_core::backend::OSR_AT_ENTRY`]; at a loop header, the same invariant
//! (every value in its slot) is what lets an OSR entry read them all from the frame.

use jit_core::ir::{
    Block, Body, FnAttrs, FuncId, GlobalRef, InstKind, Intrinsic, Module, Operand, Type, TypeData,
};
use jit_core::object::SymbolIndex;

/// What a tier-0 function needs to count: the counter array's symbol and its own counter's
/// offset in it.
#[derive(Copy, Clone, Debug)]
pub struct Counter {
    /// [`jit_core::backend::TIER_COUNTERS_SYMBOL`].
    pub array: SymbolIndex,
    /// Byte offset of this function's counter in the array.
    pub offset: i64,
}

impl Counter {
    /// The counter of function `f` in `array`: the array is indexed by the `FuncId` of the
    /// module the backend was given, which legalization keeps (it only appends
    /// declarations).
    pub fn of(array: SymbolIndex, f: FuncId) -> Self {
        Counter {
            array,
            offset: 4 * i64::from(f.as_u32()),
        }
    }
}

/// For every block of `body` (indexed by block number), whether tier 0 counts at its top:
/// the target of an edge from a block at or after it in layout order (which covers every
/// loop, reducible or not, since a cycle must go backwards somewhere), or a block whose
/// address is taken (`indirectbr` may reach it from anywhere).
pub fn counted_blocks(body: &Body, address_taken: impl Fn(Block) -> bool) -> Vec<bool> {
    let mut counted = body.layout_back_edge_targets();
    for &b in &body.layout {
        if address_taken(b) {
            counted[b.as_u32() as usize] = true;
        }
    }
    counted
}

/// Whether tier 0 lets function `f` of `m` (as the backend was given it, before
/// legalization) leave a running loop for optimized code: its loop headers call
/// [`jit_core::backend::OSR_SYMBOL`] instead of the tier-up function, and the backend
/// answers [`jit_core::backend::Backend::tier0_frame`] for it. The optimized entry reads the
/// values live at the header from tier 0's frame and returns the function's result in
/// tier 0's place, so the function must have a loop and:
/// - need no legalization (tier 0 would compile another body than the one the entry is made
///   from) and no address of its blocks taken (such functions are optimized up front);
/// - keep only integers up to 128 bits, pointers, `float` and `double` in slots;
/// - return nothing or one such scalar in registers (no `sret`), and not be variadic;
/// - not call `returns_twice` functions (a `longjmp` could land in the abandoned loop) nor
///   `llvm.stackrestore` (the entry's frame lies below tier 0's).
pub fn osr_eligible(m: &Module, f: FuncId, blocks_taken: bool) -> bool {
    let func = &m.functions[f];
    let Some(body) = &func.body else { return false };
    let Some((ret, _, varargs)) = m.types.function_sig(func.ty) else {
        return false;
    };
    let scalar = |t: Type| match m.types.data(t) {
        TypeData::Int(bits) => *bits <= 128,
        TypeData::Ptr(_) | TypeData::Float | TypeData::Double => true,
        _ => false,
    };
    let small = |t: Type| {
        t == Type::VOID || (scalar(t) && !matches!(m.types.data(t), TypeData::Int(b) if *b > 64))
    };
    if varargs
        || blocks_taken
        || !small(ret)
        || func.param_attrs.iter().any(|a| a.sret.is_some())
        || !body.layout_back_edge_targets().contains(&true)
        || jit_legalize::function_needs_legalizing(m, f)
    {
        return false;
    }
    if body
        .values
        .values()
        .any(|v| v.ty != Type::VOID && !scalar(v.ty))
    {
        return false;
    }
    body.layout.iter().all(|&b| {
        body.blocks[b]
            .insts
            .iter()
            .all(|&i| match &body.insts[i].kind {
                InstKind::Call { callee, .. } => match callee {
                    Operand::Const(c) => match m.strip_to_global(*c) {
                        Some(GlobalRef::Function(g)) => {
                            let callee = &m.functions[g];
                            !callee.attrs.has(FnAttrs::RETURNS_TWICE)
                                && callee.intrinsic != Some(Intrinsic::StackRestore)
                        }
                        _ => true,
                    },
                    Operand::Value(_) => true,
                },
                _ => true,
            })
    })
}
