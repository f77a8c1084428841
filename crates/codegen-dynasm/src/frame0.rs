//! Tier 0's frame layout, shared by both ISAs' tier 0: every SSA value gets a slot of its
//! own (8 bytes for scalars, the layout size rounded up to 8 for the rest) and every static
//! `alloca` of the entry block an area of the frame, in layout order, below the frame
//! pointer. The ISA decides the rest (variadic save areas, where parameters live). The
//! same plan is what `Backend::tier0_frame` reports for on-stack replacement, so the two
//! can never disagree.

use jit_core::DataLayout;
use jit_core::backend::{CodegenError, FrameHome};
use jit_core::ir::{Body, ConstKind, InstKind, Module, Operand, Type, TypeData, Value};

/// Why a frame cannot be planned.
pub(crate) enum PlanError {
    /// The parameters' ABI layout failed.
    Abi(String),
    /// Over 2 GiB of frame.
    TooLarge,
}

impl PlanError {
    /// The error of function `name`, with `unsupported` making an ABI failure.
    pub(crate) fn into_codegen(
        self,
        name: &str,
        unsupported: impl FnOnce(String) -> CodegenError,
    ) -> CodegenError {
        match self {
            PlanError::Abi(e) => unsupported(e),
            PlanError::TooLarge => {
                CodegenError::Limit(format!("function `@{name}`: stack frame too large"))
            }
        }
    }
}

/// Bytes allocated below the frame pointer so far.
#[derive(Default)]
pub(crate) struct FrameAlloc {
    /// Bytes allocated.
    pub(crate) size: u32,
}

impl FrameAlloc {
    /// A new area of at least `bytes` (a multiple of 8), aligned to `align` clamped to
    /// 8..=16: its offset from the frame pointer.
    pub(crate) fn alloc(&mut self, bytes: u64, align: u64) -> Result<i64, PlanError> {
        let bytes = bytes.max(1).next_multiple_of(8);
        let align = align.clamp(8, 16);
        let end = (u64::from(self.size) + bytes).next_multiple_of(align);
        if end > 0x7fff_0000 {
            return Err(PlanError::TooLarge);
        }
        self.size = end as u32;
        Ok(-(end as i64))
    }
}

/// Homes of the instruction results of `body` in layout order: a static `alloca` of the
/// entry block (constant count, alignment up to 16) is `Addr` of its area, any other result
/// `Slot` (`void` results too unless `skip_void`).
pub(crate) fn plan_results(
    m: &Module,
    dl: &DataLayout,
    body: &Body,
    frame: &mut FrameAlloc,
    skip_void: bool,
    mut home: impl FnMut(Value, FrameHome64),
) -> Result<(), PlanError> {
    let entry = body.entry();
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let data = &body.insts[i];
            let Some(v) = data.result else { continue };
            let ty = body.values[v].ty;
            if let InstKind::Alloca {
                ty: aty,
                count,
                align,
            } = &data.kind
                && Some(b) == entry
                && let Operand::Const(c) = count
                && let ConstKind::Int(n) = m.const_data(*c).kind
            {
                let align = if *align == 0 {
                    dl.abi_align(&m.types, *aty)
                } else {
                    u64::from(*align)
                };
                if align <= 16 {
                    let bytes = alloc_size(m, dl, *aty).saturating_mul(n as u64);
                    home(v, FrameHome64::Addr(frame.alloc(bytes, align)?));
                    continue;
                }
            }
            if skip_void && matches!(m.types.data(ty), TypeData::Void) {
                continue;
            }
            home(
                v,
                FrameHome64::Slot(frame.alloc(alloc_size(m, dl, ty).max(8), 8)?),
            );
        }
    }
    Ok(())
}

/// A value's home with a 64-bit offset, as the ISAs keep it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum FrameHome64 {
    /// Stored at the offset.
    Slot(i64),
    /// The address at the offset.
    Addr(i64),
}

/// The allocation size of `ty`.
pub(crate) fn alloc_size(m: &Module, dl: &DataLayout, ty: Type) -> u64 {
    dl.alloc_size(&m.types, ty)
}

/// The engine's view of homes (`None`, `Slot`, `Addr`) from an ISA's: `home` gives each
/// value's, `None` for none.
pub(crate) fn engine_homes<L>(
    locs: &[L],
    home: impl Fn(&L) -> Option<FrameHome64>,
) -> Vec<FrameHome> {
    locs.iter()
        .map(|l| match home(l) {
            None => FrameHome::None,
            Some(FrameHome64::Slot(o)) => FrameHome::Slot(o as i32),
            Some(FrameHome64::Addr(o)) => FrameHome::Addr(o as i32),
        })
        .collect()
}
