//! System V x86-64 calling convention, as clang lowers it: the IR signature already carries
//! clang's ABI lowering (structs split into scalars, `byval`, `sret`), so classification here
//! only places each IR-level argument in a register or a stack slot.
//!
//! Vectors and `fp128` follow what LLVM's x86-64 backend does with those IR types (clang
//! emits them for `__m128`, `__float128` and GCC vector extensions): a vector of up to 16
//! bytes (narrower ones widened) or an `fp128` is one SSE register (classes SSE+SSEUP) or a
//! 16-byte-aligned 16-byte stack slot; a wider vector is split into 16-byte pieces, each
//! such a value. Without AVX clang passes `__m256` named arguments `byval` (align 32) but
//! still returns `<8 x float>` in `xmm0:xmm1`; results of up to four pieces come back in
//! `xmm0`–`xmm3`.

use jit_core::DataLayout;
use jit_core::ir::{Module, ParamAttrs, Type, TypeData};

/// Where one argument travels.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArgLoc {
    /// A general-purpose register (index into [`super::emit::GP_ARGS`]).
    Gp(u8),
    /// Two consecutive GP registers (`i128`).
    Gp2(u8),
    /// An SSE register `xmm<n>` holding 4 or 8 bytes.
    Xmm(u8),
    /// `n` consecutive SSE registers from `xmm<first>`, each holding 16 bytes of the value
    /// (a vector or `fp128`; the last piece of a narrow vector only its low bytes).
    Xmm16 {
        /// First register.
        first: u8,
        /// Count.
        n: u8,
    },
    /// A vector or `fp128` in 16-byte-aligned stack memory of `size` bytes (a multiple
    /// of 16) at this offset from the first stack argument.
    Stack16 {
        /// Offset from the first stack argument.
        off: u32,
        /// Bytes.
        size: u32,
    },
    /// An 8-byte (or 16-byte for `i128`) stack slot at this offset from the first stack
    /// argument.
    Stack(u32),
    /// A `byval` copy of `size` bytes at this stack offset.
    Byval {
        /// Offset from the first stack argument.
        off: u32,
        /// Bytes copied.
        size: u32,
    },
}

/// Placement of all arguments of a call or a function.
#[derive(Clone, Debug, Default)]
pub struct ArgLayout {
    /// One location per argument.
    pub locs: Vec<ArgLoc>,
    /// Bytes of stack arguments (not yet rounded to 16).
    pub stack_size: u32,
    /// GP registers used.
    pub gp_used: u8,
    /// SSE registers used.
    pub xmm_used: u8,
}

/// The class of one eightbyte of a small aggregate.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Eightbyte {
    /// In a GP register.
    Int,
    /// In an SSE register.
    Sse,
}

/// How a value is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetLoc {
    /// No value.
    Void,
    /// `rax`.
    Gp,
    /// `rax:rdx`.
    Gp2,
    /// `xmm0`.
    Xmm,
    /// `st(0)` (`x86_fp80`, class X87).
    X87,
    /// Up to two eightbytes in rax/rdx and xmm0/xmm1 by class.
    Parts(Vec<Eightbyte>),
    /// A vector or `fp128` in `xmm0`..`xmm<n-1>`, 16 bytes each.
    Xmm16(u8),
}

/// For a vector or `fp128` passed in whole SSE registers: the number of 16-byte pieces.
/// Vectors of up to 8 bytes with float lanes keep the historical 8-byte [`ArgLoc::Xmm`]
/// (clang coerces those to `double` at the C ABI, so only JIT-internal calls see them).
pub fn sse_pieces(m: &Module, dl: &DataLayout, ty: Type) -> Option<u8> {
    match m.types.data(ty) {
        TypeData::Fp128 => Some(1),
        TypeData::Vector { elem, .. } => {
            if matches!(m.types.data(*elem), TypeData::Int(1)) || scalar_class(m, dl, ty).is_some()
            {
                return None;
            }
            let size = dl.alloc_size(&m.types, ty);
            if size <= 16 {
                Some(1)
            } else if size % 16 == 0 && size / 16 <= 8 {
                Some((size / 16) as u8)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Classifies a scalar or small-vector type: `Some(true)` = SSE, `Some(false)` = INTEGER.
fn scalar_class(m: &Module, dl: &DataLayout, ty: Type) -> Option<bool> {
    match m.types.data(ty) {
        TypeData::Int(b) if *b <= 64 => Some(false),
        TypeData::Ptr(_) => Some(false),
        TypeData::Float | TypeData::Double => Some(true),
        TypeData::Vector { elem, .. }
            if matches!(m.types.data(*elem), TypeData::Float | TypeData::Double)
                && dl.alloc_size(&m.types, ty) <= 8 =>
        {
            Some(true)
        }
        _ => None,
    }
}

/// Lays out arguments of the given types and attributes.
pub fn layout_args(
    m: &Module,
    dl: &DataLayout,
    tys: &[Type],
    attrs: &mut dyn Iterator<Item = Option<&ParamAttrs>>,
) -> Result<ArgLayout, String> {
    let mut out = ArgLayout::default();
    for &ty in tys {
        let a = attrs.next().flatten();
        if let Some(bt) = a.and_then(|a| a.byval) {
            let size = dl.alloc_size(&m.types, bt).next_multiple_of(8) as u32;
            let align = a.and_then(|a| a.align).unwrap_or(8);
            if align > 32 {
                return Err("byval argument aligned beyond 32 bytes".into());
            }
            let align = align.max(8);
            out.stack_size = out.stack_size.next_multiple_of(align);
            out.locs.push(ArgLoc::Byval {
                off: out.stack_size,
                size,
            });
            out.stack_size += size;
            continue;
        }
        if matches!(m.types.data(ty), TypeData::X86Fp80) {
            // Class X87: always in memory, 16-byte aligned, whether named or variadic.
            out.stack_size = out.stack_size.next_multiple_of(16);
            out.locs.push(ArgLoc::Stack(out.stack_size));
            out.stack_size += 16;
            continue;
        }
        if let Some(n) = sse_pieces(m, dl, ty) {
            if out.xmm_used + n <= 8 {
                out.locs.push(ArgLoc::Xmm16 {
                    first: out.xmm_used,
                    n,
                });
                out.xmm_used += n;
            } else {
                out.stack_size = out.stack_size.next_multiple_of(16);
                let size = 16 * u32::from(n);
                out.locs.push(ArgLoc::Stack16 {
                    off: out.stack_size,
                    size,
                });
                out.stack_size += size;
            }
            continue;
        }
        if matches!(m.types.data(ty), TypeData::Int(128)) {
            if out.gp_used <= 4 {
                out.locs.push(ArgLoc::Gp2(out.gp_used));
                out.gp_used += 2;
            } else {
                out.stack_size = out.stack_size.next_multiple_of(16);
                out.locs.push(ArgLoc::Stack(out.stack_size));
                out.stack_size += 16;
            }
            continue;
        }
        match scalar_class(m, dl, ty) {
            Some(false) if out.gp_used < 6 => {
                out.locs.push(ArgLoc::Gp(out.gp_used));
                out.gp_used += 1;
            }
            Some(true) if out.xmm_used < 8 => {
                out.locs.push(ArgLoc::Xmm(out.xmm_used));
                out.xmm_used += 1;
            }
            Some(_) => {
                out.locs.push(ArgLoc::Stack(out.stack_size));
                out.stack_size += 8;
            }
            None => {
                return Err(format!(
                    "argument of type `{}` passed by value without byval",
                    m.types.display(ty)
                ));
            }
        }
    }
    Ok(out)
}

/// Classifies a return type.
pub fn classify_ret(m: &Module, dl: &DataLayout, ty: Type) -> Result<RetLoc, String> {
    match m.types.data(ty) {
        TypeData::Void => return Ok(RetLoc::Void),
        TypeData::Int(128) => return Ok(RetLoc::Gp2),
        TypeData::X86Fp80 => return Ok(RetLoc::X87),
        _ => {}
    }
    if let Some(sse) = scalar_class(m, dl, ty) {
        return Ok(if sse { RetLoc::Xmm } else { RetLoc::Gp });
    }
    if let Some(n) = sse_pieces(m, dl, ty) {
        if n > 4 {
            return Err(format!(
                "returning `{}` (more than 64 bytes of vector)",
                m.types.display(ty)
            ));
        }
        return Ok(RetLoc::Xmm16(n));
    }
    if m.types.is_aggregate(ty) {
        let size = dl.alloc_size(&m.types, ty);
        if size > 16 {
            return Err(format!(
                "aggregate return of {size} bytes without sret (`{}`)",
                m.types.display(ty)
            ));
        }
        let mut classes = vec![None; size.div_ceil(8) as usize];
        flatten(m, dl, ty, 0, &mut classes)?;
        return Ok(RetLoc::Parts(
            classes
                .into_iter()
                .map(|c| {
                    if c == Some(true) {
                        Eightbyte::Sse
                    } else {
                        Eightbyte::Int
                    }
                })
                .collect(),
        ));
    }
    Err(format!("return type `{}`", m.types.display(ty)))
}

/// Marks each eightbyte INTEGER (false) unless every scalar in it is a float (true).
fn flatten(
    m: &Module,
    dl: &DataLayout,
    ty: Type,
    base: u64,
    classes: &mut [Option<bool>],
) -> Result<(), String> {
    if let Some(sse) = scalar_class(m, dl, ty) {
        let i = (base / 8) as usize;
        if let Some(c) = classes.get_mut(i) {
            *c = Some(c.unwrap_or(true) && sse);
        }
        return Ok(());
    }
    match m.types.data(ty) {
        TypeData::Struct { .. } | TypeData::Named(_) => {
            let layout = dl.struct_layout(&m.types, ty);
            let fields = m
                .types
                .struct_fields(ty)
                .map(|(f, _)| f.to_vec())
                .unwrap_or_default();
            for (f, off) in fields.iter().zip(layout.offsets) {
                flatten(m, dl, *f, base + off, classes)?;
            }
            Ok(())
        }
        TypeData::Array { elem, len } => {
            let sz = dl.alloc_size(&m.types, *elem);
            for i in 0..*len {
                flatten(m, dl, *elem, base + i * sz, classes)?;
            }
            Ok(())
        }
        _ => Err(format!(
            "aggregate member of type `{}`",
            m.types.display(ty)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (Module, DataLayout) {
        let dl = DataLayout::parse(crate::x64::X86_64_DATALAYOUT).expect("datalayout");
        (Module::new("abi"), dl)
    }

    fn layout(m: &Module, dl: &DataLayout, tys: &[Type]) -> ArgLayout {
        layout_args(m, dl, tys, &mut std::iter::repeat(None)).expect("layout")
    }

    #[test]
    fn vectors_and_fp128_take_whole_sse_registers_then_16_byte_stack_slots() {
        let (mut m, dl) = setup();
        let v4f = m.types.vector(Type::F32, 4);
        let v16b = m.types.vector(Type::I8, 16);
        let v8f = m.types.vector(Type::F32, 8);
        let v2f = m.types.vector(Type::F32, 2);
        let tys = [
            v4f,
            Type::I32,
            Type::FP128,
            v8f,
            Type::F64,
            v16b,
            v4f,
            v2f,
            v4f,
            Type::FP128,
        ];
        let l = layout(&m, &dl, &tys);
        use ArgLoc::*;
        assert_eq!(
            l.locs,
            vec![
                Xmm16 { first: 0, n: 1 },
                Gp(0),
                Xmm16 { first: 1, n: 1 },
                Xmm16 { first: 2, n: 2 },
                Xmm(4),
                Xmm16 { first: 5, n: 1 },
                Xmm16 { first: 6, n: 1 },
                Xmm(7),
                Stack16 { off: 0, size: 16 },
                Stack16 { off: 16, size: 16 },
            ]
        );
        assert_eq!((l.xmm_used, l.gp_used, l.stack_size), (8, 1, 32));
        // An 8-byte stack argument first: the next vector is realigned to 16.
        let l = layout(&m, &dl, &[v8f, v8f, v8f, v8f, Type::F64, Type::FP128]);
        assert_eq!(l.locs[4], Stack(0));
        assert_eq!(l.locs[5], Stack16 { off: 16, size: 16 });
    }

    #[test]
    fn vector_results_use_up_to_four_sse_registers() {
        let (mut m, dl) = setup();
        let v4i = m.types.vector(Type::I32, 4);
        let v4d = m.types.vector(Type::F64, 4);
        let v16f = m.types.vector(Type::F32, 16);
        let v32f = m.types.vector(Type::F32, 32);
        let v4b = m.types.vector(Type::I8, 4);
        assert_eq!(classify_ret(&m, &dl, v4i), Ok(RetLoc::Xmm16(1)));
        assert_eq!(classify_ret(&m, &dl, v4b), Ok(RetLoc::Xmm16(1)));
        assert_eq!(classify_ret(&m, &dl, Type::FP128), Ok(RetLoc::Xmm16(1)));
        assert_eq!(classify_ret(&m, &dl, v4d), Ok(RetLoc::Xmm16(2)));
        assert_eq!(classify_ret(&m, &dl, v16f), Ok(RetLoc::Xmm16(4)));
        assert!(classify_ret(&m, &dl, v32f).is_err());
    }

    #[test]
    fn byval_aligned_32_rounds_its_stack_offset() {
        let (mut m, dl) = setup();
        let v8f = m.types.vector(Type::F32, 8);
        let byval = ParamAttrs {
            byval: Some(v8f),
            align: Some(32),
            ..ParamAttrs::default()
        };
        let i64_stack = [None; 6];
        let mut attrs = i64_stack
            .iter()
            .copied()
            .chain([None, Some(&byval)])
            .chain(std::iter::repeat(None));
        let tys = [Type::I64; 8];
        let l = layout_args(&m, &dl, &tys, &mut attrs).expect("layout");
        assert_eq!(l.locs[6], ArgLoc::Stack(0));
        assert_eq!(l.locs[7], ArgLoc::Byval { off: 32, size: 32 });
    }
}
