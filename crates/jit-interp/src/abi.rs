//! How the C ABI sees IR values: the self-contained [`AbiTy`] description built once at
//! lowering, from which libffi types ([`crate::ffi`]) and `va_list` layouts
//! ([`crate::varargs`]) are derived without going back to the module.

use jit_core::DataLayout;
use jit_core::ir::{ParamAttrs, Type, TypeData, Types};

/// A value as the C calling convention sees it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum AbiTy {
    /// No value.
    Void,
    /// An integer (`signed` when the IR says `signext`).
    Int {
        /// Width in bits.
        bits: u32,
        /// Sign-extended by ABI attribute.
        signed: bool,
    },
    /// `float`.
    F32,
    /// `double`.
    F64,
    /// `ptr`.
    Ptr,
    /// `x86_fp80`, C `long double` on x86-64 (class X87: passed in memory, returned in
    /// `st(0)`).
    LongDouble,
    /// `fp128`: C `long double` on AArch64 (a `q` register), `__float128` on x86-64 (one
    /// whole SSE register, classes SSE+SSEUP).
    Quad,
    /// A struct, array or vector with natural C layout, member by member.
    Agg {
        /// Size in bytes.
        size: u64,
        /// Alignment in bytes.
        align: u64,
        /// Members in order.
        fields: Vec<AbiTy>,
        /// Made from an IR vector (one SIMD register on AArch64).
        vector: bool,
    },
    /// Bytes without a natural layout (packed structs, bit-packed vectors, huge arrays).
    Blob {
        /// Size in bytes.
        size: u64,
        /// Alignment in bytes.
        align: u64,
    },
}

impl AbiTy {
    /// Describes `ty` (with the `signext` attribute from `attrs`).
    pub(crate) fn of(types: &Types, dl: &DataLayout, ty: Type, attrs: &ParamAttrs) -> AbiTy {
        let signed = attrs.has(ParamAttrs::SIGNEXT);
        Self::build(types, dl, ty, signed)
    }

    fn build(types: &Types, dl: &DataLayout, ty: Type, signed: bool) -> AbiTy {
        let blob = || AbiTy::Blob {
            size: dl.alloc_size(types, ty),
            align: dl.abi_align(types, ty),
        };
        match types.data(ty) {
            TypeData::Void => AbiTy::Void,
            TypeData::Int(b) => AbiTy::Int { bits: *b, signed },
            TypeData::Float => AbiTy::F32,
            TypeData::Double => AbiTy::F64,
            TypeData::Ptr(_) => AbiTy::Ptr,
            TypeData::X86Fp80 => AbiTy::LongDouble,
            TypeData::Fp128 => AbiTy::Quad,
            TypeData::Struct { .. } | TypeData::Named(_) => {
                let (fields, packed) = types.struct_fields(ty).unwrap_or((&[], false));
                if packed || fields.is_empty() {
                    return blob();
                }
                AbiTy::Agg {
                    size: dl.alloc_size(types, ty),
                    align: dl.abi_align(types, ty),
                    fields: fields
                        .iter()
                        .map(|&f| Self::build(types, dl, f, false))
                        .collect(),
                    vector: false,
                }
            }
            TypeData::Array { elem, .. } | TypeData::Vector { elem, .. }
                if !matches!(types.data(*elem), TypeData::Int(1)) =>
            {
                let n = types.array_elem(ty).map_or(0, |(_, n)| n);
                if n == 0 || n > 4096 {
                    return blob();
                }
                let e = Self::build(types, dl, *elem, false);
                AbiTy::Agg {
                    size: dl.alloc_size(types, ty),
                    align: dl.abi_align(types, ty),
                    fields: vec![e; n as usize],
                    vector: types.is_vector(ty),
                }
            }
            _ => blob(),
        }
    }

    /// Size in bytes of the C object.
    pub(crate) fn size(&self) -> u64 {
        match self {
            AbiTy::Void => 0,
            AbiTy::Int { bits, .. } => match bits {
                0..=8 => 1,
                9..=16 => 2,
                17..=32 => 4,
                33..=64 => 8,
                _ => 16,
            },
            AbiTy::F32 => 4,
            AbiTy::F64 | AbiTy::Ptr => 8,
            AbiTy::LongDouble | AbiTy::Quad => 16,
            AbiTy::Agg { size, .. } | AbiTy::Blob { size, .. } => *size,
        }
    }

    /// Alignment in bytes of the C object.
    pub(crate) fn align(&self) -> u64 {
        match self {
            AbiTy::Agg { align, .. } | AbiTy::Blob { align, .. } => *align,
            AbiTy::Void => 1,
            other => other.size().max(1),
        }
    }

    /// When every leaf is the same float type and there are 1..=4 of them (an AArch64
    /// homogeneous floating-point aggregate): the leaf size and count.
    pub(crate) fn hfa(&self) -> Option<(u64, u32)> {
        fn leaves(t: &AbiTy, out: &mut Vec<u64>) -> bool {
            match t {
                AbiTy::F32 => {
                    out.push(4);
                    true
                }
                AbiTy::F64 => {
                    out.push(8);
                    true
                }
                AbiTy::LongDouble | AbiTy::Quad => {
                    out.push(16);
                    true
                }
                AbiTy::Agg { fields, .. } => fields.iter().all(|f| leaves(f, out)),
                _ => false,
            }
        }
        let mut v = Vec::new();
        if !leaves(self, &mut v) || v.is_empty() || v.len() > 4 {
            return None;
        }
        let first = v[0];
        v.iter()
            .all(|&s| s == first)
            .then_some((first, v.len() as u32))
    }
}
