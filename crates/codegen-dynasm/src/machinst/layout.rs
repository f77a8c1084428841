//! Memory layouts of types, computed once per module: sizes, field offsets and the scalar
//! pieces ("leaves") values of a type occupy in registers.
//!
//! `DataLayout` computes a struct's layout from scratch on every query, recursing into its
//! fields; real programs (SQLite's structs have dozens of fields, nested) ask thousands of
//! times per module from address arithmetic alone, so the optimizing tier asks this cache.

use std::collections::HashMap;
use std::rc::Rc;

use jit_core::DataLayout;
use jit_core::ir::{Module, Type, TypeData};
use regalloc2::RegClass;

/// One scalar piece of a value held in registers: aggregates are flattened into their
/// scalar fields (in memory order), `i128` into its low and high 64-bit halves.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// The piece's type (an integer of at most 64 bits, `ptr`, `float` or `double`).
    pub ty: Type,
    /// Its byte offset in the value's memory layout.
    pub offset: u32,
    /// Its register class.
    pub class: RegClass,
}

/// Whether `ty` is what one SSE or NEON register holds: a 128-bit vector of 8-, 16-, 32-
/// or 64-bit integers, `float` or `double`, a 64-bit vector of narrower lanes (in the low
/// half), or a `<N x i1>` mask (N = 2, 4, 8, 16) kept as a compare's result of 128-bit
/// vectors, each lane 128/N bits of ones or zeros.
pub fn is_vector128(m: &Module, ty: Type) -> bool {
    let TypeData::Vector { elem, len } = m.types.data(ty) else {
        return false;
    };
    let bits = match m.types.data(*elem) {
        TypeData::Int(1) => return matches!(len, 2 | 4 | 8 | 16),
        TypeData::Int(b @ (8 | 16 | 32 | 64)) => *b,
        TypeData::Float => 32,
        TypeData::Double => 64,
        _ => return false,
    };
    let total = u64::from(bits) * u64::from(*len);
    // 64-bit vectors live in the low half (x86-64 keeps those of 8-, 16-, 32-bit lanes).
    total == 128 || (total == 64 && bits < 64)
}

/// The most scalar pieces a value may have and still live in registers.
pub const MAX_LEAVES: usize = 16;

/// Cached layouts of one module's types.
#[derive(Default)]
pub struct Layouts {
    sizes: HashMap<Type, u64>,
    offsets: HashMap<Type, Rc<[u64]>>,
    leaves: HashMap<Type, Option<Rc<[Leaf]>>>,
    /// 128-bit vectors (of 8-, 16-, 32- or 64-bit integers, `float` or `double`) are one
    /// float-class leaf: the ISA keeps them in its vector registers (set per function, for
    /// the functions whose vector code it compiles). Off by default.
    pub vectors: bool,
}

impl Layouts {
    /// `alloc_size` of `ty`.
    pub fn alloc_size(&mut self, m: &Module, dl: &DataLayout, ty: Type) -> u64 {
        match m.types.data(ty) {
            TypeData::Struct { .. } | TypeData::Named(_) | TypeData::Array { .. } => {
                if let Some(&s) = self.sizes.get(&ty) {
                    return s;
                }
                let s = dl.alloc_size(&m.types, ty);
                self.sizes.insert(ty, s);
                s
            }
            _ => dl.alloc_size(&m.types, ty),
        }
    }

    /// Byte offset and type of member `index` of aggregate `ty`.
    pub fn member_offset(
        &mut self,
        m: &Module,
        dl: &DataLayout,
        ty: Type,
        index: u64,
    ) -> Option<(u64, Type)> {
        match m.types.data(ty) {
            TypeData::Struct { .. } | TypeData::Named(_) => {
                let member = m.types.member(ty, index)?;
                let offsets = match self.offsets.get(&ty) {
                    Some(o) => o.clone(),
                    None => {
                        let o: Rc<[u64]> = dl.struct_layout(&m.types, ty).offsets.into();
                        self.offsets.insert(ty, o.clone());
                        o
                    }
                };
                Some((*offsets.get(index as usize)?, member))
            }
            TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                let elem = *elem;
                Some((self.alloc_size(m, dl, elem).wrapping_mul(index), elem))
            }
            _ => None,
        }
    }

    /// The scalar pieces of `ty`, `None` beyond [`MAX_LEAVES`] or for types with no
    /// register form (vectors, `x86_fp80`, `fp128`, integers over 128 bits).
    pub fn leaves(&mut self, m: &Module, dl: &DataLayout, ty: Type) -> Option<Rc<[Leaf]>> {
        if is_vector128(m, ty) {
            // Not cached: `vectors` changes from function to function.
            return self.vectors.then(|| {
                Rc::from([Leaf {
                    ty,
                    offset: 0,
                    class: RegClass::Float,
                }])
            });
        }
        if let Some(l) = self.leaves.get(&ty) {
            return l.clone();
        }
        let mut out = Vec::new();
        let ok = self.push_leaves(m, dl, ty, 0, &mut out) && out.len() <= MAX_LEAVES;
        let result: Option<Rc<[Leaf]>> = ok.then(|| out.into());
        self.leaves.insert(ty, result.clone());
        result
    }

    fn push_leaves(
        &mut self,
        m: &Module,
        dl: &DataLayout,
        ty: Type,
        base: u32,
        out: &mut Vec<Leaf>,
    ) -> bool {
        if out.len() > MAX_LEAVES {
            return false;
        }
        let leaf = |ty, offset, class| Leaf { ty, offset, class };
        match m.types.data(ty) {
            TypeData::Int(b) if *b <= 64 => out.push(leaf(ty, base, RegClass::Int)),
            TypeData::Int(b) if *b <= 128 => {
                out.push(leaf(Type::I64, base, RegClass::Int));
                out.push(leaf(Type::I64, base + 8, RegClass::Int));
            }
            TypeData::Ptr(_) => out.push(leaf(ty, base, RegClass::Int)),
            TypeData::Float | TypeData::Double => out.push(leaf(ty, base, RegClass::Float)),
            TypeData::Struct { .. } | TypeData::Named(_) => {
                let Some((fields, _)) = m.types.struct_fields(ty) else {
                    return false;
                };
                for (k, &f) in fields.iter().enumerate() {
                    let Some((off, _)) = self.member_offset(m, dl, ty, k as u64) else {
                        return false;
                    };
                    let Ok(off) = u32::try_from(off) else {
                        return false;
                    };
                    if !self.push_leaves(m, dl, f, base + off, out) {
                        return false;
                    }
                }
            }
            TypeData::Array { elem, len } => {
                if *len as usize > MAX_LEAVES {
                    return false;
                }
                let elem = *elem;
                let size = self.alloc_size(m, dl, elem) as u32;
                for k in 0..*len as u32 {
                    if !self.push_leaves(m, dl, elem, base + k * size, out) {
                        return false;
                    }
                }
            }
            _ => return false,
        }
        true
    }
}
