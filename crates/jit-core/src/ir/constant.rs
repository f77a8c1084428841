//! Module-level constants: literals, aggregates, addresses of globals and constant
//! expressions. Constants live in one arena per module and are shared by all functions.

use super::function::Block;
use super::inline_asm::InlineAsm;
use super::instructions::{BinaryOp, CastOp, FloatPredicate, IntPredicate};
use super::module::{FuncId, GlobalRef};
use super::types::Type;
use crate::entity;

entity!(
    /// A constant of the module's constant arena.
    Const,
    "const"
);

/// A constant: its type and what it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConstData {
    /// The constant's type.
    pub ty: Type,
    /// Its value.
    pub kind: ConstKind,
}

/// What a constant is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKind {
    /// An integer, truncated to its type's width and stored zero-extended.
    Int(u128),
    /// An integer of a type wider than 128 bits (and only those: narrower integers are
    /// always [`ConstKind::Int`]), as little-endian 64-bit words, exactly as many as the
    /// width needs, truncated to the width (see [`super::wideint`]).
    WideInt(Box<[u64]>),
    /// A `float` or `double`, as the bits of the value's `f64` (exactly representable
    /// for `float` constants, as in `.ll` text).
    Float(u64),
    /// An `x86_fp80` or `fp128` constant as its bit pattern in memory order: for
    /// `x86_fp80` the low 80 bits (64-bit significand with its explicit integer bit, then
    /// 15-bit exponent and sign), for `fp128` the IEEE binary128 encoding.
    WideFloat(u128),
    /// `null` (pointer zero).
    Null,
    /// `undef`.
    Undef,
    /// `poison`.
    Poison,
    /// `zeroinitializer` of any type.
    Zero,
    /// A struct, array or vector given element by element.
    Aggregate(Box<[Const]>),
    /// An `[N x i8]` array written as `c"..."`.
    Bytes(Box<[u8]>),
    /// The address of a global, function or alias (type `ptr`).
    GlobalAddr(GlobalRef),
    /// A constant expression.
    Expr(ConstExpr),
    /// `blockaddress(@f, %label)` (type `ptr`): the address of a basic block of a defined
    /// function, usable only by `indirectbr` of that function (and comparable as an integer).
    BlockAddress {
        /// The function.
        func: FuncId,
        /// The block.
        block: Block,
    },
    /// An inline assembly snippet (type `ptr`), only ever the callee of a `call`.
    InlineAsm(Box<InlineAsm>),
}

/// Constant expressions clang emits in initializers and operands.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstExpr {
    /// `getelementptr [inbounds] (T, ptr base, indices...)`.
    Gep {
        /// The type the indices walk through.
        source_ty: Type,
        /// Base address.
        base: Const,
        /// Indices (integer constants).
        indices: Box<[Const]>,
        /// `inbounds` was given.
        inbounds: bool,
    },
    /// A cast (`ptrtoint`, `inttoptr`, `bitcast`, `trunc`, ...); the target type is the
    /// constant's type.
    Cast {
        /// Which cast.
        op: CastOp,
        /// Operand.
        value: Const,
    },
    /// Integer or float arithmetic (`add`, `sub`, `mul`, `shl`, `xor`, ...).
    Binary {
        /// Which operation.
        op: BinaryOp,
        /// Left operand.
        lhs: Const,
        /// Right operand.
        rhs: Const,
    },
    /// `icmp` on constants.
    ICmp {
        /// Predicate.
        pred: IntPredicate,
        /// Left operand.
        lhs: Const,
        /// Right operand.
        rhs: Const,
    },
    /// `fcmp` on constants.
    FCmp {
        /// Predicate.
        pred: FloatPredicate,
        /// Left operand.
        lhs: Const,
        /// Right operand.
        rhs: Const,
    },
    /// `select` on constants.
    Select {
        /// Condition (i1).
        cond: Const,
        /// Value when true.
        if_true: Const,
        /// Value when false.
        if_false: Const,
    },
}

/// The `x86_fp80` bits of `v`; exact, as every `double` is representable in x87 extended
/// precision (an `f64` literal written against a `long double` type is widened this way).
pub fn f64_to_x87_bits(v: f64) -> u128 {
    let bits = v.to_bits();
    let sign = u128::from(bits >> 63) << 79;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0x7ff {
        // Infinity or NaN: all-ones exponent, integer bit set, payload moved to the top.
        return sign | (0x7fffu128 << 64) | u128::from((1u64 << 63) | (frac << 11));
    }
    if exp == 0 {
        if frac == 0 {
            return sign;
        }
        // Subnormal double: normalize; x87's range covers it.
        let shift = frac.leading_zeros() as i64; // ≥ 12
        let mant = frac << shift;
        let e = 1 - 1023 - (shift - 11) + 16383;
        return sign | ((e as u128) << 64) | u128::from(mant);
    }
    let e = exp - 1023 + 16383;
    sign | ((e as u128) << 64) | u128::from((1u64 << 63) | (frac << 11))
}

/// The IEEE binary128 (`fp128`) bits of `v`; exact.
pub fn f64_to_quad_bits(v: f64) -> u128 {
    let bits = v.to_bits();
    let sign = u128::from(bits >> 63) << 127;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = u128::from(bits & ((1u64 << 52) - 1));
    if exp == 0x7ff {
        return sign | (0x7fffu128 << 112) | (frac << 60);
    }
    if exp == 0 {
        if frac == 0 {
            return sign;
        }
        let shift = frac.leading_zeros() as i64 - 128 + 64; // leading zeros within 64 bits
        // Put the leading one at bit 52, dropping it (it becomes implicit).
        let lead = 63 - shift; // position of the leading one
        let mant = (frac << (52 - lead)) & ((1u128 << 52) - 1);
        let e = lead - 52 - 1022 + 16383;
        return sign | ((e as u128) << 112) | (mant << 60);
    }
    let e = exp - 1023 + 16383;
    sign | ((e as u128) << 112) | (frac << 60)
}

#[cfg(test)]
mod wide_float_tests {
    use super::*;

    #[test]
    fn widening_doubles() {
        assert_eq!(f64_to_x87_bits(1.0), 0x3fff_8000_0000_0000_0000);
        assert_eq!(f64_to_x87_bits(-2.0), 0xc000_8000_0000_0000_0000);
        assert_eq!(f64_to_x87_bits(0.0), 0);
        assert_eq!(f64_to_x87_bits(f64::INFINITY), 0x7fff_8000_0000_0000_0000);
        assert_eq!(
            f64_to_x87_bits(f64::from_bits(1)),
            ((16383u128 - 1074) << 64) | (1u128 << 63)
        );
        assert_eq!(f64_to_quad_bits(1.0), 0x3fff_u128 << 112);
        assert_eq!(f64_to_quad_bits(-0.5), (0xbffe_u128) << 112);
        assert_eq!(
            f64_to_quad_bits(f64::from_bits(1)),
            (16383u128 - 1074) << 112
        );
        assert_eq!(
            f64_to_quad_bits(f64::from_bits(3)),
            ((16383u128 - 1073) << 112) | (1u128 << 111)
        );
        assert_eq!(f64_to_quad_bits(1.5), (0x3fff_u128 << 112) | (1u128 << 111));
    }
}
