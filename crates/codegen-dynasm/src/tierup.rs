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

use jit_core::ir::{Block, Body, FuncId};
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
