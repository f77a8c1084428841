//! Scalar semantics: integer arithmetic at any width 1..=128, IEEE float operations done in
//! the operand's own precision, comparisons and conversions. Shared by the execution loop,
//! the vector lanes and constant folding, so all three agree bit for bit.
//!
//! Integers are kept *zero-extended* to their width in a `u64` (≤ 64 bits) or `u128` word;
//! signed operations sign-extend from the width first and truncate the result back.

use crate::wide::{self, AnyFp, Wide};
use jit_core::ir::{FloatPredicate, IntPredicate};
use std::ops::{Add, Div, Mul, Rem, Sub};

/// Why a scalar operation refused to compute (turned into a runtime error by the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// `udiv`/`sdiv`/`urem`/`srem` by zero.
    DivByZero,
    /// `sdiv`/`srem` of the smallest value by -1.
    DivOverflow,
    /// Anything else, with its message.
    Msg(String),
}

impl Fault {
    /// The message shown to the user.
    pub(crate) fn message(&self) -> String {
        match self {
            Fault::DivByZero => "integer division by zero".to_string(),
            Fault::DivOverflow => "integer division overflow (INT_MIN / -1)".to_string(),
            Fault::Msg(m) => m.clone(),
        }
    }
}

/// The bits of a `bits`-wide integer inside a `u64` (`bits` in 1..=64).
#[inline]
pub(crate) fn mask64(bits: u32) -> u64 {
    if bits >= 64 { !0 } else { (1u64 << bits) - 1 }
}

/// The bits of a `bits`-wide integer inside a `u128` (`bits` in 1..=128).
#[inline]
pub(crate) fn mask128(bits: u32) -> u128 {
    if bits >= 128 { !0 } else { (1u128 << bits) - 1 }
}

/// Sign-extends the low `bits` bits of `v` (`bits` in 1..=64).
#[inline]
pub(crate) fn sext64(v: u64, bits: u32) -> i64 {
    let s = 64 - bits.clamp(1, 64);
    ((v << s) as i64) >> s
}

/// Sign-extends the low `bits` bits of `v` (`bits` in 1..=128).
#[inline]
pub(crate) fn sext128(v: u128, bits: u32) -> i128 {
    let s = 128 - bits.clamp(1, 128);
    ((v << s) as i128) >> s
}

/// Integer binary operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum IntOp {
    Add,
    Sub,
    Mul,
    UDiv,
    SDiv,
    URem,
    SRem,
    Shl,
    LShr,
    AShr,
    And,
    Or,
    Xor,
}

/// Float binary operations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    /// C `fmod` (Rust's `%` on floats has exactly that semantics).
    Rem,
}

/// Defines integer arithmetic and comparison for one word type: `op a, b` and
/// `icmp pred a, b` on `bits`-wide integers held zero-extended in `$u` (with `$i` its signed
/// twin and `$mask`/`$sext` its helpers), so the 64-bit fast path and the 128-bit path share
/// one definition.
///
/// Shifts by `bits` or more are poison in LLVM; they give 0 (or the sign fill for `ashr`).
macro_rules! int_ops {
    (
        $(#[$binop_attr:meta])* fn $binop:ident;
        $(#[$icmp_attr:meta])* fn $icmp:ident;
        $u:ty, $i:ty, $mask:ident, $sext:ident
    ) => {
        $(#[$binop_attr])*
        pub(crate) fn $binop(op: IntOp, bits: u32, a: $u, b: $u) -> Result<$u, Fault> {
            let m = $mask(bits);
            let r = match op {
                IntOp::Add => a.wrapping_add(b),
                IntOp::Sub => a.wrapping_sub(b),
                IntOp::Mul => a.wrapping_mul(b),
                IntOp::And => a & b,
                IntOp::Or => a | b,
                IntOp::Xor => a ^ b,
                IntOp::Shl => {
                    if b >= <$u>::from(bits) {
                        0
                    } else {
                        a << b
                    }
                }
                IntOp::LShr => {
                    if b >= <$u>::from(bits) {
                        0
                    } else {
                        a >> b
                    }
                }
                IntOp::AShr => ($sext(a, bits) >> b.min(<$u>::from(<$u>::BITS - 1))) as $u,
                IntOp::UDiv | IntOp::URem => {
                    if b == 0 {
                        return Err(Fault::DivByZero);
                    }
                    if op == IntOp::UDiv { a / b } else { a % b }
                }
                IntOp::SDiv | IntOp::SRem => {
                    if b == 0 {
                        return Err(Fault::DivByZero);
                    }
                    let (sa, sb) = ($sext(a, bits), $sext(b, bits));
                    let one: $i = 1;
                    let min = if bits >= <$u>::BITS {
                        <$i>::MIN
                    } else {
                        -(one << (bits - 1))
                    };
                    if sa == min && sb == -1 {
                        return Err(Fault::DivOverflow);
                    }
                    (if op == IntOp::SDiv {
                        sa.wrapping_div(sb)
                    } else {
                        sa.wrapping_rem(sb)
                    }) as $u
                }
            };
            Ok(r & m)
        }

        $(#[$icmp_attr])*
        pub(crate) fn $icmp(pred: IntPredicate, bits: u32, a: $u, b: $u) -> bool {
            use IntPredicate::*;
            match pred {
                Eq => a == b,
                Ne => a != b,
                Ugt => a > b,
                Uge => a >= b,
                Ult => a < b,
                Ule => a <= b,
                Sgt => $sext(a, bits) > $sext(b, bits),
                Sge => $sext(a, bits) >= $sext(b, bits),
                Slt => $sext(a, bits) < $sext(b, bits),
                Sle => $sext(a, bits) <= $sext(b, bits),
            }
        }
    };
}

int_ops! {
    /// `op a, b` on `bits`-wide integers (1..=64) held zero-extended.
    #[inline]
    fn int_binop;
    /// `icmp pred a, b` on `bits`-wide integers (1..=64).
    #[inline]
    fn icmp64;
    u64, i64, mask64, sext64
}

int_ops! {
    /// `op a, b` on `bits`-wide integers (1..=128) held zero-extended.
    fn int_binop128;
    /// `icmp pred a, b` on `bits`-wide integers (1..=128).
    fn icmp128;
    u128, i128, mask128, sext128
}

/// `fcmp pred a, b` (a `float` compares exactly the same after widening to `double`).
#[inline]
pub(crate) fn fcmp(pred: FloatPredicate, a: f64, b: f64) -> bool {
    use FloatPredicate::*;
    let unordered = a.is_nan() || b.is_nan();
    match pred {
        False => false,
        True => true,
        Ord => !unordered,
        Uno => unordered,
        Oeq => !unordered && a == b,
        Ogt => !unordered && a > b,
        Oge => !unordered && a >= b,
        Olt => !unordered && a < b,
        Ole => !unordered && a <= b,
        One => !unordered && a != b,
        Ueq => unordered || a == b,
        Ugt => unordered || a > b,
        Uge => unordered || a >= b,
        Ult => unordered || a < b,
        Ule => unordered || a <= b,
        Une => unordered || a != b,
    }
}

/// A float operation on `double`s or `float`s, computed in the operands' own precision.
#[inline]
pub(crate) fn fbin<T>(op: FloatOp, a: T, b: T) -> T
where
    T: Add<Output = T> + Sub<Output = T> + Mul<Output = T> + Div<Output = T> + Rem<Output = T>,
{
    match op {
        FloatOp::Add => a + b,
        FloatOp::Sub => a - b,
        FloatOp::Mul => a * b,
        FloatOp::Div => a / b,
        FloatOp::Rem => a % b,
    }
}

/// The float format of a value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Fp {
    /// `float`, its bits in the low half of the word.
    F32,
    /// `double`.
    F64,
}

impl Fp {
    /// The value of the word as a `double` (exact for `float`).
    #[inline]
    pub(crate) fn get(self, w: u128) -> f64 {
        match self {
            Fp::F32 => f64::from(f32::from_bits(w as u32)),
            Fp::F64 => f64::from_bits(w as u64),
        }
    }
    /// The word holding `v` rounded to this format.
    #[inline]
    pub(crate) fn put(self, v: f64) -> u128 {
        match self {
            Fp::F32 => u128::from((v as f32).to_bits()),
            Fp::F64 => u128::from(v.to_bits()),
        }
    }
}

/// A conversion between scalar representations, decided once at lowering.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Conv {
    /// Same bits, possibly truncated to `to` bits (trunc, zext, ptrtoint, inttoptr, bitcast).
    Resize {
        /// Result width.
        to: u8,
    },
    /// Sign extension from `from` bits to `to` bits.
    SExt {
        /// Source width.
        from: u8,
        /// Result width.
        to: u8,
    },
    /// `fptrunc`/`fpext`.
    FpFp {
        /// Result format.
        to: Fp,
    },
    /// `fptoui`/`fptosi`.
    FpToInt {
        /// Source format.
        from: Fp,
        /// Result width.
        to: u8,
        /// `fptosi`.
        signed: bool,
    },
    /// `uitofp`/`sitofp`.
    IntToFp {
        /// Source width.
        from: u8,
        /// Result format.
        to: Fp,
        /// `sitofp`.
        signed: bool,
    },
    /// A bit-for-bit copy (bitcasts between equal-size values).
    Same,
    /// `fptrunc`/`fpext` with an `x86_fp80` or `fp128` side.
    WideFp {
        /// Source format.
        from: AnyFp,
        /// Result format.
        to: AnyFp,
    },
    /// `fptoui`/`fptosi` from a wide format.
    WideToInt {
        /// Source format.
        from: Wide,
        /// Result width.
        to: u8,
        /// `fptosi`.
        signed: bool,
    },
    /// `uitofp`/`sitofp` to a wide format.
    IntToWide {
        /// Source width.
        from: u8,
        /// Result format.
        to: Wide,
        /// `sitofp`.
        signed: bool,
    },
}

/// Applies a conversion to a scalar held in a `u128` (only the low word is used for
/// scalars of 64 bits or fewer).
///
/// `fptosi`/`fptoui` of a value out of the result's range (or NaN) is poison in LLVM; here it
/// saturates the way Rust's `as` does and is then truncated to the width, never UB.
#[inline]
pub(crate) fn convert(c: Conv, v: u128) -> u128 {
    match c {
        Conv::Same => v,
        Conv::WideFp { from, to } => wide::fp_to_fp(from, to, v),
        Conv::WideToInt { from, to, signed } => wide::to_int(from, v, u32::from(to), signed),
        Conv::IntToWide { from, to, signed } => wide::from_int(to, v, u32::from(from), signed),
        Conv::Resize { to } => v & mask128(u32::from(to)),
        Conv::SExt { from, to } => (sext128(v, u32::from(from)) as u128) & mask128(u32::from(to)),
        Conv::FpFp { to } => match to {
            Fp::F32 => u128::from((f64::from_bits(v as u64) as f32).to_bits()),
            Fp::F64 => u128::from(f64::from(f32::from_bits(v as u32)).to_bits()),
        },
        Conv::FpToInt { from, to, signed } => {
            let x = from.get(v);
            let r = if signed {
                (x as i128) as u128
            } else {
                x as u128
            };
            r & mask128(u32::from(to))
        }
        Conv::IntToFp { from, to, signed } => {
            let from = u32::from(from);
            match (to, signed) {
                (Fp::F64, false) => u128::from((v as f64).to_bits()),
                (Fp::F64, true) => u128::from((sext128(v, from) as f64).to_bits()),
                (Fp::F32, false) => u128::from((v as f32).to_bits()),
                (Fp::F32, true) => u128::from((sext128(v, from) as f32).to_bits()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_widths() {
        // i24: 0xFFFFFF is -1.
        assert_eq!(int_binop(IntOp::Add, 24, 0xFF_FFFF, 1), Ok(0));
        assert_eq!(int_binop(IntOp::SDiv, 24, 0xFF_FFFE, 2), Ok(0xFF_FFFF));
        assert_eq!(int_binop(IntOp::AShr, 24, 0x80_0000, 4), Ok(0xF8_0000));
        assert_eq!(
            int_binop(IntOp::SDiv, 8, 0x80, 0xFF),
            Err(Fault::DivOverflow)
        );
        assert_eq!(int_binop(IntOp::URem, 33, 5, 0), Err(Fault::DivByZero));
        assert!(icmp64(IntPredicate::Slt, 40, mask64(40), 0));
        assert_eq!(
            int_binop128(IntOp::Mul, 128, u128::from(u64::MAX), u128::from(u64::MAX)),
            Ok(u128::from(u64::MAX) * u128::from(u64::MAX))
        );
    }

    #[test]
    fn conversions() {
        let minus_one_i8 = 0xFFu128;
        assert_eq!(
            convert(Conv::SExt { from: 8, to: 32 }, minus_one_i8),
            0xFFFF_FFFF
        );
        let d = Fp::F64.put(-3.7);
        assert_eq!(
            convert(
                Conv::FpToInt {
                    from: Fp::F64,
                    to: 32,
                    signed: true
                },
                d
            ),
            (-3i32) as u32 as u128
        );
        // NaN and out-of-range do not trap.
        let nan = Fp::F64.put(f64::NAN);
        assert_eq!(
            convert(
                Conv::FpToInt {
                    from: Fp::F64,
                    to: 32,
                    signed: true
                },
                nan
            ),
            0
        );
        assert!(fcmp(FloatPredicate::Une, f64::NAN, 1.0));
        assert!(!fcmp(FloatPredicate::Oeq, f64::NAN, f64::NAN));
    }
}
