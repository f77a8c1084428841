//! Module-level constants: literals, aggregates, addresses of globals and constant
//! expressions. Constants live in one arena per module and are shared by all functions.

use super::inline_asm::InlineAsm;
use super::instructions::{BinaryOp, CastOp, FloatPredicate, IntPredicate};
use super::module::GlobalRef;
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
    /// A `float` or `double`, as the bits of the value's `f64` (exactly representable
    /// for `float` constants, as in `.ll` text).
    Float(u64),
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
