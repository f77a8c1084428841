//! Block addresses (`blockaddress(@f, %bb)`, GCC's `&&label`) for both backends.
//!
//! A block address is where the block's code starts. Every function of a module is
//! assembled into one dynasm assembler, so each block whose address the module takes gets one
//! dynamic label for the whole module, created before any function is lowered and bound by
//! its function's lowering at the block's start. Code anywhere in the module can then refer
//! to a block of any function, whether that function was lowered before or after it.
//!
//! References that become relocations (data initializers, and AArch64 `adrp`+`add` pairs)
//! are made against the function's symbol; their addend gets the block's offset in the
//! function once the labels are resolved ([`BlockOffsets`]). Distances between two blocks
//! of a function (`&&a - &&b`, GCC's position-independent label tables) need no
//! relocation: they are written into data, or patched into an immediate in code, once
//! known.
//!
//! The tier-0 backends bind the label at the block's first instruction, after its phis:
//! phi copies are done on each edge before the jump (see the backends' `indirectbr`, which
//! compares the target with each successor that has phis to run that edge's copies).
//!
//! The optimizing tier binds it where an `indirectbr` lands ([`landings`]): the block itself,
//! or the edge block the driver put on a critical `indirectbr` edge, whose moves (the
//! successor's phis, the allocator's) then run on every jump to the address. A block that
//! several `indirectbr`s enter through edge blocks has no single such place; that function
//! is left to tier 0.

use std::collections::{HashMap, HashSet};

use dynasmrt::DynamicLabel;
use jit_core::ir::{Block, Body, ConstKind, FuncId, InstKind, Module};
use jit_core::object::SymbolIndex;

use crate::machinst::blockorder::{BlockOrder, LBlock, LoweredBlock};
use crate::objbuild::{DataSections, SymbolTable, TextReloc};

/// The label of every block whose address the module takes.
#[derive(Default)]
pub struct BlockLabels(HashMap<(FuncId, Block), DynamicLabel>, HashSet<FuncId>);

impl BlockLabels {
    /// Labels for every `blockaddress` constant of `m`, made by `new_label`.
    pub fn new(m: &Module, mut new_label: impl FnMut() -> DynamicLabel) -> Self {
        let mut map = HashMap::new();
        let mut functions = HashSet::new();
        for data in m.consts.values() {
            if let ConstKind::BlockAddress { func, block } = data.kind {
                map.entry((func, block)).or_insert_with(&mut new_label);
                functions.insert(func);
            }
        }
        BlockLabels(map, functions)
    }

    /// True when the module takes the address of a block of `f`.
    pub fn takes_blocks_of(&self, f: FuncId) -> bool {
        self.1.contains(&f)
    }

    /// The label of block `b` of `f`, when the module takes its address.
    pub fn get(&self, f: FuncId, b: Block) -> Option<DynamicLabel> {
        self.0.get(&(f, b)).copied()
    }

    /// True when the module takes no block's address.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Offsets in `.text` of every labelled block of an emitted function, and of each such
    /// function's start, with `offset_of` resolving a label (before `finalize`).
    pub fn resolve(
        &self,
        syms: &SymbolTable,
        offset_of: impl Fn(DynamicLabel) -> Result<usize, String>,
    ) -> Result<BlockOffsets, String> {
        let mut out = HashMap::with_capacity(self.0.len());
        for (&(f, b), &l) in &self.0 {
            let Some(s) = syms.function(f) else {
                continue;
            };
            let at = offset_of(l)? as u64;
            let start = syms.list[s.0 as usize].offset;
            out.insert((f, b), at.wrapping_sub(start) as i64);
        }
        Ok(BlockOffsets(out))
    }
}

/// True when `m` takes the address of a block of `f`.
pub fn takes_blocks_of(m: &Module, f: FuncId) -> bool {
    m.consts
        .values()
        .any(|c| matches!(c.kind, ConstKind::BlockAddress { func, .. } if func == f))
}

/// Where the optimizing tier binds the label of each address-taken block of function `f`
/// (see the module doc): (lowered block, label) pairs. A block the walk never reaches (no
/// `indirectbr` can go there) gets the entry's address: it must be some address of the
/// function, and nothing jumps to it. `Err` when a block is entered through the edge
/// blocks of more than one `indirectbr`.
pub fn landings(
    body: &Body,
    f: FuncId,
    order: &BlockOrder,
    labels: &BlockLabels,
) -> Result<Vec<(LBlock, DynamicLabel)>, String> {
    let mut out = Vec::new();
    if labels.is_empty() {
        return Ok(out);
    }
    let jumps_indirectly = |b: Block| {
        body.terminator(b)
            .is_some_and(|t| matches!(body.insts[t].kind, InstKind::IndirectBr { .. }))
    };
    for &b in &body.layout {
        let Some(label) = labels.get(f, b) else {
            continue;
        };
        let Some(lb) = order.index[b] else {
            out.push((0, label));
            continue;
        };
        let mut through_edge = None;
        let mut entries = 0;
        for &p in &order.preds[lb as usize] {
            match order.blocks[p as usize] {
                LoweredBlock::Orig(from) if jumps_indirectly(from) => entries += 1,
                LoweredBlock::Edge { from, .. } if jumps_indirectly(from) => {
                    entries += 1;
                    through_edge = Some(p);
                }
                _ => {}
            }
        }
        match through_edge {
            Some(_) if entries > 1 => {
                return Err(format!(
                    "block {} is entered by several `indirectbr`s on critical edges",
                    b.as_u32()
                ));
            }
            Some(edge) => out.push((edge, label)),
            None => out.push((lb, label)),
        }
    }
    Ok(out)
}

/// The labels of `landings` (sorted by block) that land on lowered block `b`.
pub fn landing_labels(
    landings: &[(LBlock, DynamicLabel)],
    b: LBlock,
) -> impl Iterator<Item = DynamicLabel> + '_ {
    let first = landings.partition_point(|&(at, _)| at < b);
    landings[first..]
        .iter()
        .take_while(move |&&(at, _)| at == b)
        .map(|&(_, l)| l)
}

/// Offset of each address-taken block from the start of its function.
pub struct BlockOffsets(HashMap<(FuncId, Block), i64>);

impl BlockOffsets {
    fn get(&self, f: FuncId, b: Block) -> Result<i64, String> {
        self.0.get(&(f, b)).copied().ok_or_else(|| {
            format!(
                "blockaddress of block {} of function {} without code",
                b.as_u32(),
                f.as_u32()
            )
        })
    }

    /// Adds the block offsets to the addends of the data relocations that name blocks,
    /// and writes the block distances into data.
    pub fn patch_data(&self, data: &mut DataSections) -> Result<(), String> {
        for sec in data.iter_mut() {
            for (i, f, b) in std::mem::take(&mut sec.block_relocs) {
                sec.relocs[i].2 += self.get(f, b)?;
            }
            for p in std::mem::take(&mut sec.block_diffs) {
                let v = self.distance(p.func, p.plus, p.minus, p.addend)?;
                let at = p.offset as usize;
                let bytes = v.to_le_bytes();
                sec.data_mut()[at..at + p.size as usize].copy_from_slice(&bytes[..p.size as usize]);
            }
        }
        Ok(())
    }

    /// `&&plus - &&minus + addend` in function `f`.
    pub fn distance(
        &self,
        f: FuncId,
        plus: Block,
        minus: Block,
        addend: i64,
    ) -> Result<i64, String> {
        Ok(self.get(f, plus)? - self.get(f, minus)? + addend)
    }

    /// Adds the block offsets to the addends of `.text` relocations that name blocks.
    pub fn patch_text(
        &self,
        relocs: &mut [TextReloc],
        pending: &[PendingText],
    ) -> Result<(), String> {
        for p in pending {
            relocs[p.reloc].addend += self.get(p.func, p.block)?;
        }
        Ok(())
    }
}

/// A `.text` relocation against `func`'s symbol whose addend still lacks the offset of
/// `block` in it.
#[derive(Copy, Clone, Debug)]
pub struct PendingText {
    /// Index in the assembler's relocations.
    pub reloc: usize,
    /// The function.
    pub func: FuncId,
    /// The block.
    pub block: Block,
}

/// The symbol a block address is relative to: its function's, which must have code here.
pub fn function_symbol(syms: &SymbolTable, f: FuncId) -> Result<SymbolIndex, String> {
    syms.function(f)
        .ok_or_else(|| "blockaddress of a function without code in this module".to_string())
}
