//! Type queries that never panic, whatever the type table holds (indices outside it, forged
//! cycles): classification, aggregate members, sizedness (memoized) and the cast rules.

use crate::entity::EntityRef;
use crate::ir::{CastOp, Module, Type, TypeData};
use crate::printer::print_type;

/// Nesting limit when walking types, so cyclic garbage cannot recurse without end.
pub(super) const MAX_DEPTH: u32 = 256;

pub(super) struct Ty<'m> {
    pub(super) m: &'m Module,
    /// Memo of [`Ty::is_sized`], one state per type.
    pub(super) sized: std::cell::RefCell<Vec<u8>>,
}

impl<'m> Ty<'m> {
    pub(super) fn data(&self, t: Type) -> Option<&'m TypeData> {
        self.m.types.get(t)
    }
    pub(super) fn int_bits(&self, t: Type) -> Option<u32> {
        match self.data(t)? {
            TypeData::Int(b) => Some(*b),
            _ => None,
        }
    }
    pub(super) fn is_int(&self, t: Type) -> bool {
        self.int_bits(t).is_some()
    }
    pub(super) fn fp_bits(&self, t: Type) -> Option<u32> {
        match self.data(t)? {
            TypeData::Float => Some(32),
            TypeData::Double => Some(64),
            TypeData::X86Fp80 => Some(80),
            TypeData::Fp128 => Some(128),
            _ => None,
        }
    }
    pub(super) fn is_fp(&self, t: Type) -> bool {
        self.fp_bits(t).is_some()
    }
    fn addr_space(&self, t: Type) -> Option<u32> {
        match self.data(t)? {
            TypeData::Ptr(a) => Some(*a),
            _ => None,
        }
    }
    pub(super) fn is_ptr(&self, t: Type) -> bool {
        self.addr_space(t).is_some()
    }
    /// The element type and lane count of a vector, or `t` itself and `None`.
    pub(super) fn lanes(&self, t: Type) -> (Type, Option<u32>) {
        match self.data(t) {
            Some(TypeData::Vector { elem, len }) => (*elem, Some(*len)),
            _ => (t, None),
        }
    }
    pub(super) fn is_int_or_int_vector(&self, t: Type) -> bool {
        self.is_int(self.lanes(t).0)
    }
    pub(super) fn is_fp_or_fp_vector(&self, t: Type) -> bool {
        self.is_fp(self.lanes(t).0)
    }
    pub(super) fn is_first_class(&self, t: Type) -> bool {
        matches!(
            self.data(t),
            Some(
                TypeData::Int(_)
                    | TypeData::Float
                    | TypeData::Double
                    | TypeData::X86Fp80
                    | TypeData::Fp128
                    | TypeData::Ptr(_)
                    | TypeData::Array { .. }
                    | TypeData::Vector { .. }
                    | TypeData::Struct { .. }
                    | TypeData::Named(_)
            )
        )
    }
    pub(super) fn struct_fields(&self, t: Type) -> Option<&'m [Type]> {
        match self.data(t)? {
            TypeData::Struct { fields, .. } => Some(fields),
            TypeData::Named(_) => Some(self.m.types.named_info(t)?.fields.as_deref()?),
            _ => None,
        }
    }
    /// True for types with a size: scalars, vectors, and arrays and structs of sized types
    /// (not opaque structs, nor structs that contain themselves). Memoized per type, so it is
    /// linear even on malformed, cyclic type tables.
    pub(super) fn is_sized(&self, t: Type) -> bool {
        self.is_sized_at(t, 0)
    }
    fn is_sized_at(&self, t: Type, depth: u32) -> bool {
        const UNKNOWN: u8 = 0;
        const VISITING: u8 = 1;
        const SIZED: u8 = 2;
        const UNSIZED: u8 = 3;
        if !self.m.types.is_valid(t) || depth > MAX_DEPTH {
            return false;
        }
        {
            let memo = self.sized.borrow();
            match memo.get(t.index()).copied().unwrap_or(UNKNOWN) {
                SIZED => return true,
                // A cycle through `t` (VISITING) makes it unsized.
                VISITING | UNSIZED => return false,
                _ => {}
            }
        }
        {
            let mut memo = self.sized.borrow_mut();
            if memo.len() < self.m.types.len() {
                memo.resize(self.m.types.len(), UNKNOWN);
            }
            memo[t.index()] = VISITING;
        }
        let sized = match self.data(t) {
            Some(
                TypeData::Int(_)
                | TypeData::Float
                | TypeData::Double
                | TypeData::X86Fp80
                | TypeData::Fp128
                | TypeData::Ptr(_),
            ) => true,
            Some(TypeData::Vector { elem, .. } | TypeData::Array { elem, .. }) => {
                self.is_sized_at(*elem, depth + 1)
            }
            Some(TypeData::Struct { fields, .. }) => {
                fields.iter().all(|&f| self.is_sized_at(f, depth + 1))
            }
            Some(TypeData::Named(_)) => match self.m.types.named_info(t) {
                Some(n) => n
                    .fields
                    .as_deref()
                    .is_some_and(|fs| fs.iter().all(|&f| self.is_sized_at(f, depth + 1))),
                None => false,
            },
            _ => false,
        };
        self.sized.borrow_mut()[t.index()] = if sized { SIZED } else { UNSIZED };
        sized
    }
    /// The member of aggregate `t` at `index` (struct field or array/vector element, range
    /// checked).
    pub(super) fn member(&self, t: Type, index: u64) -> Result<Type, String> {
        match self.data(t) {
            Some(TypeData::Struct { .. } | TypeData::Named(_)) => {
                let fields = self.struct_fields(t).unwrap_or(&[]);
                usize::try_from(index)
                    .ok()
                    .and_then(|i| fields.get(i).copied())
                    .ok_or_else(|| {
                        format!(
                            "index {index} is out of range for {} ({} fields)",
                            self.show(t),
                            fields.len()
                        )
                    })
            }
            Some(TypeData::Array { elem, len }) if index < *len => Ok(*elem),
            Some(TypeData::Vector { elem, len }) if index < u64::from(*len) => Ok(*elem),
            Some(TypeData::Array { .. } | TypeData::Vector { .. }) => Err(format!(
                "index {index} is out of range for {}",
                self.show(t)
            )),
            _ => Err(format!(
                "cannot index into non-aggregate type {}",
                self.show(t)
            )),
        }
    }
    pub(super) fn show(&self, t: Type) -> String {
        print_type(&self.m.types, t)
    }
    /// Why a cast from `from` to `to` is illegal, if it is.
    pub(super) fn cast_error(&self, op: CastOp, from: Type, to: Type) -> Option<String> {
        let (fe, fl) = self.lanes(from);
        let (te, tl) = self.lanes(to);
        let bad = || {
            Some(format!(
                "invalid cast: {} from {} to {}",
                op.name(),
                self.show(from),
                self.show(to)
            ))
        };
        if fl != tl && op != CastOp::BitCast {
            return Some(format!(
                "{} between {} and {} changes the number of lanes",
                op.name(),
                self.show(from),
                self.show(to)
            ));
        }
        let ok = match op {
            CastOp::Trunc => {
                matches!((self.int_bits(fe), self.int_bits(te)), (Some(a), Some(b)) if a > b)
            }
            CastOp::ZExt | CastOp::SExt => {
                matches!((self.int_bits(fe), self.int_bits(te)), (Some(a), Some(b)) if a < b)
            }
            CastOp::FPTrunc => {
                matches!((self.fp_bits(fe), self.fp_bits(te)), (Some(a), Some(b)) if a > b)
            }
            CastOp::FPExt => {
                matches!((self.fp_bits(fe), self.fp_bits(te)), (Some(a), Some(b)) if a < b)
            }
            CastOp::FPToUI | CastOp::FPToSI => self.is_fp(fe) && self.is_int(te),
            CastOp::UIToFP | CastOp::SIToFP => self.is_int(fe) && self.is_fp(te),
            CastOp::PtrToInt => self.is_ptr(fe) && self.is_int(te),
            CastOp::IntToPtr => self.is_int(fe) && self.is_ptr(te),
            CastOp::AddrSpaceCast => match (self.addr_space(fe), self.addr_space(te)) {
                (Some(a), Some(b)) => a != b,
                _ => false,
            },
            CastOp::BitCast => return self.bitcast_error(from, to),
        };
        if ok { None } else { bad() }
    }
    fn bit_size(&self, t: Type) -> Option<u64> {
        match self.data(t)? {
            TypeData::Int(b) => Some(u64::from(*b)),
            TypeData::Float => Some(32),
            TypeData::Double => Some(64),
            TypeData::X86Fp80 => Some(80),
            TypeData::Fp128 => Some(128),
            TypeData::Vector { elem, len } => {
                let lane = match self.data(*elem)? {
                    TypeData::Int(b) => u64::from(*b),
                    TypeData::Float => 32,
                    TypeData::Double => 64,
                    TypeData::X86Fp80 => 80,
                    TypeData::Fp128 => 128,
                    _ => return None,
                };
                lane.checked_mul(u64::from(*len))
            }
            _ => None,
        }
    }
    fn bitcast_error(&self, from: Type, to: Type) -> Option<String> {
        let (fp, tp) = (self.lanes(from).0, self.lanes(to).0);
        let msg = |why: &str| {
            Some(format!(
                "invalid bitcast from {} to {}: {why}",
                self.show(from),
                self.show(to)
            ))
        };
        match (self.addr_space(fp), self.addr_space(tp)) {
            (Some(a), Some(b)) => {
                if a != b {
                    return msg("address spaces differ (use addrspacecast)");
                }
                if self.lanes(from).1 != self.lanes(to).1 {
                    return msg("lane counts differ");
                }
                return None;
            }
            (None, None) => {}
            _ => return msg("pointers convert to integers with ptrtoint/inttoptr"),
        }
        match (self.bit_size(from), self.bit_size(to)) {
            (Some(a), Some(b)) if a == b => None,
            (Some(_), Some(_)) => msg("sizes differ"),
            _ => msg("only non-aggregate first-class types can be bitcast"),
        }
    }
}

pub(super) fn is_pow2_or_zero(a: u32) -> bool {
    a == 0 || a.is_power_of_two()
}
