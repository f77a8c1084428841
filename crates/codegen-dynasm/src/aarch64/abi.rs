//! AAPCS64 as clang lowers it for `aarch64-linux-gnu`. The IR signature already carries
//! clang's ABI lowering (small structs coerced to `i64`/`[2 x i64]`/`i128`, HFAs to
//! `[N x float]`/`[N x double]`, big structs passed by pointer to a caller copy, `sret`),
//! so classification places each IR-level argument:
//!
//! - integers ≤ 64 bits and pointers: the next of `x0`–`x7`, else an 8-byte stack slot;
//! - `i128`: an even-aligned pair of x registers, else a 16-byte-aligned stack slot;
//! - `float`/`double`: the next of `v0`–`v7`, else an 8-byte stack slot;
//! - arrays/structs of 1–4 floats or doubles (HFAs): consecutive v registers when all fit,
//!   otherwise the stack (natural layout, 8-byte aligned) and no more v registers;
//! - other aggregates ≤ 16 bytes (`[2 x i64]`): consecutive x registers when all fit,
//!   otherwise the stack (and no more x registers);
//! - `byval(T)` pointers: a copy of the pointee in the stack argument area (aligned per
//!   `align`, 8 to 16), whose address the callee uses;
//! - `sret` pointers travel in `x8`; variadic arguments are passed like named ones
//!   (Linux, unlike Apple);
//! - short vectors (8 or 16 bytes, narrower ones widened to 8): the next v register (`d`
//!   or `q`), else an 8- or 16-byte-aligned stack slot of their size; wider vectors (only
//!   JIT-internal: clang passes them by reference) as consecutive 16-byte pieces in `q`
//!   registers, like an HVA; vectors are HFA/HVA members too (`[2 x <4 x float>]` in
//!   `q0`, `q1`), and results use the same registers.

use jit_core::DataLayout;
use jit_core::ir::{Module, ParamAttrs, Type, TypeData};

/// Where one argument travels.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArgLoc {
    /// `n` consecutive x registers starting at `first` (a scalar: `n == 1`).
    Gp {
        /// First register.
        first: u8,
        /// Count.
        n: u8,
    },
    /// `n` consecutive v registers, each holding one element of `elem_size` bytes (a
    /// float, an `fp128` or a short vector).
    Fp {
        /// First register.
        first: u8,
        /// Count.
        n: u8,
        /// 4 (`s`), 8 (`d`) or 16 (`q`, `fp128`).
        elem_size: u8,
    },
    /// `x8` (sret pointer).
    X8,
    /// A `byval` copy of the pointee at this offset from the first stack argument (the
    /// callee sees its address).
    Byval {
        /// Offset.
        off: u32,
        /// Bytes copied.
        size: u32,
    },
    /// Bytes at this offset from the first stack argument.
    Stack {
        /// Offset.
        off: u32,
        /// Bytes.
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
    /// x registers used by named arguments (`va_start`'s `__gr_offs`).
    pub gp_used: u8,
    /// v registers used (`__vr_offs`).
    pub fp_used: u8,
}

/// The homogeneous floating-point aggregate shape of `ty`: (element size, count).
pub fn hfa(m: &Module, ty: Type) -> Option<(u8, u8)> {
    let mut elem: Option<u8> = None;
    let mut count = 0u32;
    if !walk_hfa(m, ty, &mut elem, &mut count) || count == 0 || count > 4 {
        return None;
    }
    Some((elem?, count as u8))
}

/// The AAPCS64 shape of a vector passed in v registers: (bytes per register, registers).
/// Short vectors are one `d` (8 bytes; narrower vectors widened) or `q` register; wider
/// ones, which LLVM splits into 128-bit halves, one `q` register per 16 bytes.
pub fn short_vector(m: &Module, dl: &DataLayout, ty: Type) -> Option<(u8, u8)> {
    let TypeData::Vector { elem, .. } = m.types.data(ty) else {
        return None;
    };
    if matches!(m.types.data(*elem), TypeData::Int(1)) {
        return None;
    }
    match dl.alloc_size(&m.types, ty) {
        0..=8 => Some((8, 1)),
        16 => Some((16, 1)),
        s if s % 16 == 0 && s <= 64 => Some((16, (s / 16) as u8)),
        _ => None,
    }
}

fn walk_hfa(m: &Module, ty: Type, elem: &mut Option<u8>, count: &mut u32) -> bool {
    match m.types.data(ty) {
        TypeData::Vector { .. } => {
            // A short vector is one member of a homogeneous short-vector aggregate.
            let sz = match m.types.data(ty) {
                TypeData::Vector { elem: e, len } => {
                    let lane = match m.types.data(*e) {
                        TypeData::Int(b) if *b >= 8 && b.is_power_of_two() => u64::from(*b / 8),
                        TypeData::Float => 4,
                        TypeData::Double | TypeData::Ptr(_) => 8,
                        _ => return false,
                    };
                    lane * u64::from(*len)
                }
                _ => return false,
            };
            if sz != 8 && sz != 16 {
                return false;
            }
            let sz = sz as u8;
            if elem.is_some_and(|e| e != sz) {
                return false;
            }
            *elem = Some(sz);
            *count += 1;
            *count <= 4
        }
        TypeData::Float | TypeData::Double | TypeData::Fp128 => {
            let sz = match m.types.data(ty) {
                TypeData::Float => 4,
                TypeData::Double => 8,
                _ => 16,
            };
            if elem.is_some_and(|e| e != sz) {
                return false;
            }
            *elem = Some(sz);
            *count += 1;
            *count <= 4
        }
        TypeData::Array { elem: e, len } => {
            (0..*len).all(|_| walk_hfa(m, *e, elem, count)) || *len == 0
        }
        TypeData::Struct { .. } | TypeData::Named(_) => match m.types.struct_fields(ty) {
            Some((fields, false)) => fields.iter().all(|f| walk_hfa(m, *f, elem, count)),
            _ => false,
        },
        _ => false,
    }
}

/// How a value is returned.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RetLoc {
    /// No value.
    Void,
    /// `n` x registers (`x0`, `x0:x1`) holding the value's bytes.
    Gp(u8),
    /// `n` v registers, one element each.
    Fp {
        /// Count.
        n: u8,
        /// 4, 8 or 16.
        elem_size: u8,
    },
}

/// Classifies a return type.
pub fn classify_ret(m: &Module, dl: &DataLayout, ty: Type) -> Result<RetLoc, String> {
    Ok(match m.types.data(ty) {
        TypeData::Void => RetLoc::Void,
        TypeData::Int(b) if *b <= 64 => RetLoc::Gp(1),
        TypeData::Int(b) if *b <= 128 => RetLoc::Gp(2),
        TypeData::Ptr(_) => RetLoc::Gp(1),
        TypeData::Float => RetLoc::Fp { n: 1, elem_size: 4 },
        TypeData::Double => RetLoc::Fp { n: 1, elem_size: 8 },
        TypeData::Fp128 => RetLoc::Fp {
            n: 1,
            elem_size: 16,
        },
        TypeData::Vector { .. } => match short_vector(m, dl, ty) {
            Some((elem_size, n)) if n <= 4 => RetLoc::Fp { n, elem_size },
            _ => return Err(format!("returning `{}`", m.types.display(ty))),
        },
        TypeData::Array { .. } | TypeData::Struct { .. } | TypeData::Named(_) => {
            if let Some((elem_size, n)) = hfa(m, ty) {
                RetLoc::Fp { n, elem_size }
            } else {
                let size = dl.alloc_size(&m.types, ty);
                if size > 16 {
                    return Err(format!(
                        "returning `{}` (more than 16 bytes) without sret",
                        m.types.display(ty)
                    ));
                }
                RetLoc::Gp(size.div_ceil(8).max(1) as u8)
            }
        }
        _ => return Err(format!("returning `{}`", m.types.display(ty))),
    })
}

/// Places the arguments of types `tys` (with their attributes) per AAPCS64.
pub fn layout_args(
    m: &Module,
    dl: &DataLayout,
    tys: &[Type],
    attrs: &mut dyn Iterator<Item = Option<&ParamAttrs>>,
) -> Result<ArgLayout, String> {
    let mut out = ArgLayout::default();
    let (mut ngrn, mut nsrn, mut nsaa) = (0u8, 0u8, 0u32);
    for &ty in tys {
        let a = attrs.next().flatten();
        let stack = |size: u32, align: u32, nsaa: &mut u32| {
            let off = nsaa.next_multiple_of(align);
            *nsaa = off + size.next_multiple_of(8);
            ArgLoc::Stack { off, size }
        };
        if let Some(a) = a
            && let Some(t) = a.byval
        {
            let size = u32::try_from(dl.alloc_size(&m.types, t))
                .map_err(|_| "byval argument larger than 4 GiB".to_string())?;
            let align = u64::from(a.align.unwrap_or(0))
                .max(dl.abi_align(&m.types, t))
                .clamp(8, 16) as u32;
            let ArgLoc::Stack { off, size } = stack(size, align, &mut nsaa) else {
                unreachable!("stack() makes stack locations")
            };
            out.locs.push(ArgLoc::Byval { off, size });
            continue;
        }
        let loc = match m.types.data(ty) {
            TypeData::Ptr(_) if a.is_some_and(|a| a.sret.is_some()) => ArgLoc::X8,
            TypeData::Int(b) if *b <= 64 => {
                if ngrn < 8 {
                    ngrn += 1;
                    ArgLoc::Gp {
                        first: ngrn - 1,
                        n: 1,
                    }
                } else {
                    stack(8, 8, &mut nsaa)
                }
            }
            TypeData::Ptr(_) => {
                if ngrn < 8 {
                    ngrn += 1;
                    ArgLoc::Gp {
                        first: ngrn - 1,
                        n: 1,
                    }
                } else {
                    stack(8, 8, &mut nsaa)
                }
            }
            TypeData::Int(b) if *b <= 128 => {
                let first = ngrn.next_multiple_of(2);
                if first + 2 <= 8 {
                    ngrn = first + 2;
                    ArgLoc::Gp { first, n: 2 }
                } else {
                    ngrn = 8;
                    stack(16, 16, &mut nsaa)
                }
            }
            TypeData::Fp128 => {
                // A q register, else a 16-byte-aligned stack slot.
                if nsrn < 8 {
                    nsrn += 1;
                    ArgLoc::Fp {
                        first: nsrn - 1,
                        n: 1,
                        elem_size: 16,
                    }
                } else {
                    stack(16, 16, &mut nsaa)
                }
            }
            TypeData::Vector { .. } => {
                let Some((elem_size, n)) = short_vector(m, dl, ty) else {
                    return Err(format!("argument of type `{}`", m.types.display(ty)));
                };
                if nsrn + n <= 8 {
                    nsrn += n;
                    ArgLoc::Fp {
                        first: nsrn - n,
                        n,
                        elem_size,
                    }
                } else {
                    nsrn = 8;
                    let size = u32::from(elem_size) * u32::from(n);
                    stack(size, u32::from(elem_size), &mut nsaa)
                }
            }
            TypeData::Float | TypeData::Double => {
                let sz = if matches!(m.types.data(ty), TypeData::Float) {
                    4
                } else {
                    8
                };
                if nsrn < 8 {
                    nsrn += 1;
                    ArgLoc::Fp {
                        first: nsrn - 1,
                        n: 1,
                        elem_size: sz,
                    }
                } else {
                    stack(8, 8, &mut nsaa)
                }
            }
            TypeData::Array { .. } | TypeData::Struct { .. } | TypeData::Named(_) => {
                let size = dl.alloc_size(&m.types, ty) as u32;
                if let Some((elem_size, n)) = hfa(m, ty) {
                    if nsrn + n <= 8 {
                        nsrn += n;
                        ArgLoc::Fp {
                            first: nsrn - n,
                            n,
                            elem_size,
                        }
                    } else {
                        nsrn = 8;
                        stack(size, u32::from(elem_size).max(8), &mut nsaa)
                    }
                } else if size <= 16 {
                    let n = size.div_ceil(8).max(1) as u8;
                    let align = dl.abi_align(&m.types, ty);
                    let first = if align == 16 {
                        ngrn.next_multiple_of(2)
                    } else {
                        ngrn
                    };
                    if first + n <= 8 {
                        ngrn = first + n;
                        ArgLoc::Gp { first, n }
                    } else {
                        ngrn = 8;
                        stack(size, align.clamp(8, 16) as u32, &mut nsaa)
                    }
                } else {
                    return Err(format!(
                        "aggregate argument `{}` of more than 16 bytes",
                        m.types.display(ty)
                    ));
                }
            }
            _ => return Err(format!("argument of type `{}`", m.types.display(ty))),
        };
        out.locs.push(loc);
    }
    out.stack_size = nsaa;
    out.gp_used = ngrn;
    out.fp_used = nsrn;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (Module, DataLayout) {
        let dl = DataLayout::parse(crate::aarch64::AARCH64_DATALAYOUT).expect("datalayout");
        (Module::new("abi"), dl)
    }

    #[test]
    fn short_vectors_and_hvas_take_v_registers_then_aligned_stack() {
        let (mut m, dl) = setup();
        let v4f = m.types.vector(Type::F32, 4);
        let v2f = m.types.vector(Type::F32, 2);
        let v8h = m.types.vector(Type::I16, 8);
        let v8f = m.types.vector(Type::F32, 8);
        let hva = m.types.array(v4f, 2);
        let tys = [v4f, Type::I32, v2f, hva, v8f, v8h, v4f, Type::F64, v2f];
        let l = layout_args(&m, &dl, &tys, &mut std::iter::repeat(None)).expect("layout");
        use ArgLoc::*;
        let fp = |first, n, elem_size| Fp {
            first,
            n,
            elem_size,
        };
        assert_eq!(
            l.locs,
            vec![
                fp(0, 1, 16),
                Gp { first: 0, n: 1 },
                fp(1, 1, 8),
                fp(2, 2, 16),
                fp(4, 2, 16),
                fp(6, 1, 16),
                fp(7, 1, 16),
                Stack { off: 0, size: 8 },
                Stack { off: 8, size: 8 },
            ]
        );
        // A 16-byte vector on the stack is 16-aligned; an HVA that does not fit closes the
        // v registers.
        let l = layout_args(
            &m,
            &dl,
            &[v8f, v8f, v8f, Type::F32, hva, Type::F64, v4f],
            &mut std::iter::repeat(None),
        )
        .expect("layout");
        assert_eq!(l.locs[3], fp(6, 1, 4));
        assert_eq!(l.locs[4], Stack { off: 0, size: 32 });
        assert_eq!(l.locs[5], Stack { off: 32, size: 8 });
        assert_eq!(l.locs[6], Stack { off: 48, size: 16 });
    }

    #[test]
    fn vector_results_and_hva_results() {
        let (mut m, dl) = setup();
        let v4f = m.types.vector(Type::F32, 4);
        let v2i = m.types.vector(Type::I32, 2);
        let pair = m.types.struct_(&[v4f, v4f], false);
        let mixed = m.types.struct_(&[v4f, v2i], false);
        let v8f = m.types.vector(Type::F32, 8);
        let fp = |n, elem_size| RetLoc::Fp { n, elem_size };
        assert_eq!(classify_ret(&m, &dl, v4f), Ok(fp(1, 16)));
        assert_eq!(classify_ret(&m, &dl, v2i), Ok(fp(1, 8)));
        assert_eq!(classify_ret(&m, &dl, pair), Ok(fp(2, 16)));
        assert_eq!(classify_ret(&m, &dl, v8f), Ok(fp(2, 16)));
        // Not homogeneous: more than 16 bytes without sret is an error.
        assert!(classify_ret(&m, &dl, mixed).is_err());
    }
}
