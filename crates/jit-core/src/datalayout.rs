//! Sizes, alignments and struct field offsets, from a module's `target datalayout` string
//! (LangRef "Data Layout"). GEP, alloca, globals and every backend use it, so all of them
//! agree with the clang that wrote the IR.

use crate::ir::{Type, TypeData, Types};

/// A malformed data layout string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed datalayout specification `{spec}`: {reason}")]
pub struct DataLayoutError {
    /// The offending `-`-separated piece.
    pub spec: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

/// The layout rules of one target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataLayout {
    /// Little endian (`e`) or big endian (`E`).
    pub little_endian: bool,
    /// Pointer size in bytes (address space 0).
    pub pointer_size: u64,
    /// Pointer ABI alignment in bytes.
    pub pointer_align: u64,
    /// Natural stack alignment in bytes (`S`; 0 = unspecified).
    pub stack_align: u64,
    /// (bit width, ABI alignment in bytes) for integer types, sorted by width.
    int_aligns: Vec<(u32, u64)>,
    /// ABI alignment of `float`.
    pub f32_align: u64,
    /// ABI alignment of `double`.
    pub f64_align: u64,
    /// ABI alignment of `x86_fp80` (`f80`; LLVM's fallback when unlisted is its store size
    /// rounded up to a power of two, 16).
    pub f80_align: u64,
    /// ABI alignment of `fp128` (`f128`).
    pub f128_align: u64,
    /// ABI alignment of aggregates (`a`), usually 1.
    pub aggregate_align: u64,
}

/// Offsets of a struct's fields with its size and alignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StructLayout {
    /// Byte offset of each field.
    pub offsets: Vec<u64>,
    /// Allocation size in bytes (padded to `align`).
    pub size: u64,
    /// ABI alignment in bytes.
    pub align: u64,
}

impl Default for DataLayout {
    /// LangRef's defaults for an empty string.
    fn default() -> Self {
        DataLayout {
            little_endian: true,
            pointer_size: 8,
            pointer_align: 8,
            stack_align: 0,
            int_aligns: vec![(1, 1), (8, 1), (16, 2), (32, 4), (64, 4)],
            f32_align: 4,
            f64_align: 8,
            f80_align: 16,
            f128_align: 16,
            aggregate_align: 1,
        }
    }
}

fn bits_to_bytes(spec: &str, field: Option<&str>) -> Result<Option<u64>, DataLayoutError> {
    let Some(field) = field else { return Ok(None) };
    let bits: u64 = field.parse().map_err(|_| DataLayoutError {
        spec: spec.to_string(),
        reason: "expected a number of bits",
    })?;
    if bits % 8 != 0 {
        return Err(DataLayoutError {
            spec: spec.to_string(),
            reason: "alignment or size is not a multiple of 8 bits",
        });
    }
    Ok(Some(bits / 8))
}

/// An alignment field: bits as for [`bits_to_bytes`], a power of two (or 0, which callers
/// treat as unspecified) below 2^16 bits, as LLVM requires; object writers and layout
/// arithmetic rely on it (fuzzing found `i8:8832`, 1104 bytes, panicking the ELF writer,
/// and `i8:4294967296`, 512 MiB per global, exhausting memory).
fn align_to_bytes(spec: &str, field: Option<&str>) -> Result<Option<u64>, DataLayoutError> {
    let align = bits_to_bytes(spec, field)?;
    match align {
        Some(a) if a != 0 && !a.is_power_of_two() => Err(DataLayoutError {
            spec: spec.to_string(),
            reason: "alignment is not a power of two",
        }),
        Some(a) if a >= 1 << 13 => Err(DataLayoutError {
            spec: spec.to_string(),
            reason: "alignment is not below 2^16 bits",
        }),
        _ => Ok(align),
    }
}

impl DataLayout {
    /// Parses a datalayout string; unknown specifications that do not affect layout
    /// (mangling, native widths, function pointer alignment, address spaces other than 0)
    /// are accepted and ignored.
    pub fn parse(s: &str) -> Result<Self, DataLayoutError> {
        let mut dl = DataLayout::default();
        for spec in s.split('-').filter(|p| !p.is_empty()) {
            // The first character (which may be any UTF-8 character in bad input).
            let first = spec.chars().next().map_or(0, char::len_utf8);
            let (head, rest) = spec.split_at(first);
            let mut fields = rest.split(':');
            match head {
                "e" => dl.little_endian = true,
                "E" => dl.little_endian = false,
                "S" => dl.stack_align = align_to_bytes(spec, Some(rest))?.unwrap_or(0),
                "p" => {
                    let addr_space = fields.next().unwrap_or("");
                    if addr_space.is_empty() || addr_space == "0" {
                        if let Some(size) = bits_to_bytes(spec, fields.next())? {
                            dl.pointer_size = size;
                        }
                        if let Some(align) = align_to_bytes(spec, fields.next())? {
                            dl.pointer_align = align.max(1);
                        }
                    }
                }
                "i" => {
                    let width: u32 =
                        fields
                            .next()
                            .and_then(|w| w.parse().ok())
                            .ok_or(DataLayoutError {
                                spec: spec.to_string(),
                                reason: "expected an integer width",
                            })?;
                    let align = align_to_bytes(spec, fields.next())?.unwrap_or(1).max(1);
                    match dl.int_aligns.iter_mut().find(|(w, _)| *w == width) {
                        Some(entry) => entry.1 = align,
                        None => {
                            dl.int_aligns.push((width, align));
                            dl.int_aligns.sort_unstable();
                        }
                    }
                }
                "f" => {
                    let width = fields.next().unwrap_or("");
                    let align = align_to_bytes(spec, fields.next())?.unwrap_or(1).max(1);
                    match width {
                        "32" => dl.f32_align = align,
                        "64" => dl.f64_align = align,
                        "80" => dl.f80_align = align,
                        "128" => dl.f128_align = align,
                        _ => {}
                    }
                }
                "a" => {
                    dl.aggregate_align = align_to_bytes(spec, fields.next())?.unwrap_or(1).max(1);
                }
                // Mangling, native integer widths, function pointer alignment, vector
                // alignment, program/alloca/global address spaces, non-integral pointers.
                "m" | "n" | "F" | "v" | "P" | "A" | "G" | "n8" | "ni" => {}
                _ => {}
            }
        }
        Ok(dl)
    }

    /// ABI alignment of `iN` per LangRef: the alignment of the smallest listed width ≥ N,
    /// else that of the largest listed width.
    pub fn int_align(&self, bits: u32) -> u64 {
        self.int_aligns
            .iter()
            .find(|(w, _)| *w >= bits)
            .or(self.int_aligns.last())
            .map_or(1, |(_, a)| *a)
    }

    /// Bytes written by a store of `ty` (ints rounded up to whole bytes, no tail padding).
    pub fn store_size(&self, types: &Types, ty: Type) -> u64 {
        match types.data(ty) {
            TypeData::Int(bits) => u64::from(bits.div_ceil(8)),
            TypeData::X86Fp80 => 10,
            TypeData::Vector { elem, len } => {
                // Vectors are bit-packed: <N x iM> stores N*M bits.
                let elem_bits = match types.data(*elem) {
                    TypeData::Int(b) => u64::from(*b),
                    _ => self.store_size(types, *elem) * 8,
                };
                (elem_bits * u64::from(*len)).div_ceil(8)
            }
            _ => self.alloc_size(types, ty),
        }
    }

    /// Distance between consecutive array elements of `ty` (store size rounded up to the
    /// ABI alignment); what `sizeof` gives in C.
    pub fn alloc_size(&self, types: &Types, ty: Type) -> u64 {
        match types.data(ty) {
            TypeData::Void | TypeData::Label | TypeData::Metadata | TypeData::Function { .. } => 0,
            TypeData::Int(_) | TypeData::Vector { .. } | TypeData::X86Fp80 => self
                .store_size(types, ty)
                .next_multiple_of(self.abi_align(types, ty)),
            TypeData::Float => 4,
            TypeData::Double => 8,
            TypeData::Fp128 => 16,
            TypeData::Ptr(_) => self.pointer_size,
            TypeData::Array { elem, len } => self.alloc_size(types, *elem).saturating_mul(*len),
            TypeData::Struct { .. } | TypeData::Named(_) => self.struct_layout(types, ty).size,
        }
    }

    /// ABI alignment of `ty` in bytes (at least 1).
    pub fn abi_align(&self, types: &Types, ty: Type) -> u64 {
        match types.data(ty) {
            TypeData::Int(bits) => self.int_align(*bits),
            TypeData::Float => self.f32_align,
            TypeData::Double => self.f64_align,
            TypeData::X86Fp80 => self.f80_align,
            TypeData::Fp128 => self.f128_align,
            TypeData::Ptr(_) => self.pointer_align,
            TypeData::Array { elem, .. } => self.abi_align(types, *elem),
            // Vectors are naturally aligned to their size rounded to a power of two.
            TypeData::Vector { .. } => self.store_size(types, ty).max(1).next_power_of_two(),
            TypeData::Struct { .. } | TypeData::Named(_) => self.struct_layout(types, ty).align,
            TypeData::Void | TypeData::Label | TypeData::Metadata | TypeData::Function { .. } => 1,
        }
    }

    /// Field offsets, size and alignment of a struct type (literal or named).
    pub fn struct_layout(&self, types: &Types, ty: Type) -> StructLayout {
        let (fields, packed) = types.struct_fields(ty).unwrap_or((&[], false));
        let mut offsets = Vec::with_capacity(fields.len());
        let mut offset = 0u64;
        let mut align = if packed { 1 } else { self.aggregate_align };
        for &f in fields {
            let a = if packed { 1 } else { self.abi_align(types, f) };
            offset = offset.next_multiple_of(a);
            offsets.push(offset);
            offset = offset.saturating_add(self.alloc_size(types, f));
            align = align.max(a);
        }
        StructLayout {
            offsets,
            size: offset.next_multiple_of(align),
            align,
        }
    }

    /// Byte offset of member `index` of an aggregate type and the member's type.
    pub fn member_offset(&self, types: &Types, ty: Type, index: u64) -> Option<(u64, Type)> {
        match types.data(ty) {
            TypeData::Struct { .. } | TypeData::Named(_) => {
                let member = types.member(ty, index)?;
                let layout = self.struct_layout(types, ty);
                Some((layout.offsets[index as usize], member))
            }
            TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                Some((self.alloc_size(types, *elem).wrapping_mul(index), *elem))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const X86_64: &str =
        "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";
    const AARCH64: &str = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";

    #[test]
    fn clang_layouts() {
        for s in [X86_64, AARCH64] {
            let dl = DataLayout::parse(s).unwrap();
            let mut t = Types::new();
            assert_eq!(dl.abi_align(&t, Type::I64), 8);
            assert_eq!(dl.abi_align(&t, Type::I128), 16);
            assert_eq!(dl.stack_align, 16);
            let i24 = t.int(24);
            assert_eq!((dl.store_size(&t, i24), dl.alloc_size(&t, i24)), (3, 4));
            let i40 = t.int(40);
            assert_eq!((dl.store_size(&t, i40), dl.alloc_size(&t, i40)), (5, 8));
            let s = t.struct_(&[Type::I8, Type::F64, Type::I16], false);
            assert_eq!(
                dl.struct_layout(&t, s),
                StructLayout {
                    offsets: vec![0, 8, 16],
                    size: 24,
                    align: 8
                }
            );
            let p = t.struct_(&[Type::I8, Type::I32], true);
            assert_eq!(
                dl.struct_layout(&t, p),
                StructLayout {
                    offsets: vec![0, 1],
                    size: 5,
                    align: 1
                }
            );
            let a = t.array(s, 3);
            assert_eq!(dl.alloc_size(&t, a), 72);
        }
    }

    #[test]
    fn bad_specs_are_errors_not_panics() {
        // A non-ASCII first character, and alignments that are not powers of two (both
        // from `cargo xtask fuzz --target ll-reader`).
        assert!(DataLayout::parse("e-\u{fffd}128").is_ok());
        for bad in ["e-i8:8832", "e-S24", "e-f64:96", "e-p:64:48"] {
            let e = DataLayout::parse(bad).unwrap_err();
            assert_eq!(e.reason, "alignment is not a power of two", "{bad}");
        }
        for big in ["e-i8:4294967296", "e-S65536"] {
            let e = DataLayout::parse(big).unwrap_err();
            assert_eq!(e.reason, "alignment is not below 2^16 bits", "{big}");
        }
        assert_eq!(
            DataLayout::parse("e-i64:32768").unwrap().int_align(64),
            4096
        );
        assert_eq!(DataLayout::parse("e-S0").unwrap().stack_align, 0);
        assert_eq!(DataLayout::parse("e-i8:0").unwrap().int_align(8), 1);
    }

    #[test]
    fn long_double_layouts() {
        let mut t = Types::new();
        let x86 = DataLayout::parse(X86_64).unwrap();
        assert_eq!(x86.store_size(&t, Type::X86_FP80), 10);
        assert_eq!(x86.alloc_size(&t, Type::X86_FP80), 16);
        assert_eq!(x86.abi_align(&t, Type::X86_FP80), 16);
        let arm = DataLayout::parse(AARCH64).unwrap();
        assert_eq!(arm.store_size(&t, Type::FP128), 16);
        assert_eq!(arm.alloc_size(&t, Type::FP128), 16);
        assert_eq!(arm.abi_align(&t, Type::FP128), 16);
        // i386's `f80:32`: 12-byte slots, 4-byte alignment; the module's string wins.
        let i386 = DataLayout::parse("e-m:e-p:32:32-f64:32:64-f80:32-n8:16:32-S128").unwrap();
        assert_eq!(i386.alloc_size(&t, Type::X86_FP80), 12);
        let s = t.struct_(&[Type::I8, Type::X86_FP80, Type::I32], false);
        assert_eq!(x86.struct_layout(&t, s).offsets, vec![0, 16, 32]);
        assert_eq!(x86.struct_layout(&t, s).size, 48);
        assert_eq!(i386.struct_layout(&t, s).offsets, vec![0, 4, 16]);
    }

    #[test]
    fn bad_specs_are_errors() {
        assert!(DataLayout::parse("e-i64:6").is_err());
        assert!(DataLayout::parse("e-p:x").is_err());
    }
}
