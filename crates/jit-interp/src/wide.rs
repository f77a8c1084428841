//! `x86_fp80` and `fp128` (C `long double` on x86-64 and AArch64 Linux) computed in software
//! with `rustc_apfloat`, a port of LLVM's APFloat: every operation is correctly rounded in
//! the format's own precision, as the x87 unit (at its default 64-bit precision) and
//! libgcc's binary128 routines compute it, so interpreted programs print what native ones do.
//!
//! Values travel as their memory image in a `u128`: an `x86_fp80` in the low 80 bits, an
//! `fp128` as its IEEE encoding.

use crate::value::{FloatOp, mask128, sext128};
use jit_core::ir::{FloatPredicate, Intrinsic};
use rustc_apfloat::ieee::{Double, Quad, Single, X87DoubleExtended};
use rustc_apfloat::{Float, FloatConvert, Round};
use std::cmp::Ordering;

/// One of the two wide formats.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Wide {
    /// `x86_fp80`.
    X87,
    /// `fp128`.
    Quad,
}

/// Any float format: the two ends of a conversion that involves a wide one.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum AnyFp {
    /// `float`.
    F32,
    /// `double`.
    F64,
    /// A wide format.
    Wide(Wide),
}

const X87_BITS: u128 = (1u128 << 80) - 1;
/// The quiet NaN the x87 unit produces for invalid operations (0/0, inf-inf).
const X87_INDEFINITE: u128 = 0xffff_c000_0000_0000_0000;

/// Runs `$body` with `$t` bound to the apfloat type of wide format `$w`.
macro_rules! with_wide {
    ($w:expr, $t:ident => $body:expr) => {
        match $w {
            Wide::X87 => {
                type $t = X87DoubleExtended;
                $body
            }
            Wide::Quad => {
                type $t = Quad;
                $body
            }
        }
    };
}

impl Wide {
    /// The sign bit.
    fn sign(self) -> u128 {
        match self {
            Wide::X87 => 1 << 79,
            Wide::Quad => 1 << 127,
        }
    }
    /// The bits of the format inside a 16-byte image (x87 ignores its 6 padding bytes).
    fn clean(self, v: u128) -> u128 {
        match self {
            Wide::X87 => v & X87_BITS,
            Wide::Quad => v,
        }
    }
}

/// `fadd`/`fsub`/`fmul`/`fdiv`/`frem` (C `fmod` semantics for `frem`).
pub(crate) fn bin(w: Wide, op: FloatOp, a: u128, b: u128) -> u128 {
    with_wide!(w, T => {
        let (x, y) = (T::from_bits(w.clean(a)), T::from_bits(w.clean(b)));
        let r = match op {
            FloatOp::Add => (x + y).value,
            FloatOp::Sub => (x - y).value,
            FloatOp::Mul => (x * y).value,
            FloatOp::Div => (x / y).value,
            FloatOp::Rem => x.c_fmod(y).value,
        };
        if w == Wide::X87 && r.is_nan() && !x.is_nan() && !y.is_nan() {
            // An invalid operation on the x87 unit gives its "real indefinite", which is
            // negative; APFloat's default NaN is positive.
            return X87_INDEFINITE;
        }
        r.to_bits()
    })
}

/// `fneg`: flips the sign bit only (NaNs included).
pub(crate) fn neg(w: Wide, a: u128) -> u128 {
    w.clean(a) ^ w.sign()
}

/// `fcmp pred a, b`.
pub(crate) fn cmp(w: Wide, pred: FloatPredicate, a: u128, b: u128) -> bool {
    use FloatPredicate::*;
    let ord = with_wide!(w, T => T::from_bits(w.clean(a)).partial_cmp(&T::from_bits(w.clean(b))));
    let Some(o) = ord else {
        return matches!(pred, True | Uno | Ueq | Ugt | Uge | Ult | Ule | Une);
    };
    match pred {
        False | Uno => false,
        True | Ord => true,
        Oeq | Ueq => o == Ordering::Equal,
        Ogt | Ugt => o == Ordering::Greater,
        Oge | Uge => o != Ordering::Less,
        Olt | Ult => o == Ordering::Less,
        Ole | Ule => o != Ordering::Greater,
        One | Une => o != Ordering::Equal,
    }
}

fn conv<S: Float + FloatConvert<D>, D: Float>(v: u128) -> u128 {
    let mut loses_info = false;
    let r: D = S::from_bits(v).convert(&mut loses_info).value;
    r.to_bits()
}

/// `fpext`/`fptrunc` where at least one side is wide; rounds to nearest even.
pub(crate) fn fp_to_fp(from: AnyFp, to: AnyFp, v: u128) -> u128 {
    use AnyFp::{F32, F64, Wide as W};
    let v = match from {
        F32 => v & 0xffff_ffff,
        F64 => v & u128::from(u64::MAX),
        W(w) => w.clean(v),
    };
    match (from, to) {
        (F32, F32) | (F64, F64) => v,
        (W(Wide::X87), W(Wide::X87)) | (W(Wide::Quad), W(Wide::Quad)) => v,
        (F32, F64) => conv::<Single, Double>(v),
        (F64, F32) => conv::<Double, Single>(v),
        (F32, W(Wide::X87)) => conv::<Single, X87DoubleExtended>(v),
        (F32, W(Wide::Quad)) => conv::<Single, Quad>(v),
        (F64, W(Wide::X87)) => conv::<Double, X87DoubleExtended>(v),
        (F64, W(Wide::Quad)) => conv::<Double, Quad>(v),
        (W(Wide::X87), F32) => conv::<X87DoubleExtended, Single>(v),
        (W(Wide::Quad), F32) => conv::<Quad, Single>(v),
        (W(Wide::X87), F64) => conv::<X87DoubleExtended, Double>(v),
        (W(Wide::Quad), F64) => conv::<Quad, Double>(v),
        (W(Wide::X87), W(Wide::Quad)) => conv::<X87DoubleExtended, Quad>(v),
        (W(Wide::Quad), W(Wide::X87)) => conv::<Quad, X87DoubleExtended>(v),
    }
}

/// `fptosi`/`fptoui` to a `bits`-wide integer, truncating toward zero. Out-of-range values
/// and NaN (poison in LLVM) saturate (NaN gives 0), as Rust's `as` does for `double`.
pub(crate) fn to_int(w: Wide, v: u128, bits: u32, signed: bool) -> u128 {
    let width = bits.clamp(1, 128) as usize;
    let r = with_wide!(w, T => {
        let x = T::from_bits(w.clean(v));
        if signed {
            x.to_i128(width).value as u128
        } else {
            x.to_u128(width).value
        }
    });
    r & mask128(bits)
}

/// `sitofp`/`uitofp` from a `bits`-wide integer, rounding to nearest even.
pub(crate) fn from_int(w: Wide, v: u128, bits: u32, signed: bool) -> u128 {
    with_wide!(w, T => {
        let r = if signed {
            T::from_i128(sext128(v, bits)).value
        } else {
            T::from_u128(v & mask128(bits)).value
        };
        r.to_bits()
    })
}

/// The result of a float intrinsic on wide operands, or `None` when it is not one this
/// module computes (the caller reports it). `lround`-style results are integers of
/// `res_bits` bits.
pub(crate) fn intrinsic(which: Intrinsic, w: Wide, args: [u128; 3], res_bits: u32) -> Option<u128> {
    use Intrinsic as I;
    with_wide!(w, T => {
        let [a, b, c] = args.map(|v| T::from_bits(w.clean(v)));
        let round = |r: Round| a.round_to_integral(r).value.to_bits();
        let to_int = |r: Round| {
            let v = a.round_to_integral(r).value;
            (v.to_i128(res_bits.clamp(1, 128) as usize).value as u128) & mask128(res_bits)
        };
        Some(match which {
            I::Fabs => a.abs().to_bits(),
            I::Copysign => a.copy_sign(b).to_bits(),
            I::Floor => round(Round::TowardNegative),
            I::Ceil => round(Round::TowardPositive),
            I::Trunc => round(Round::TowardZero),
            I::Round => round(Round::NearestTiesToAway),
            I::RoundEven | I::Rint | I::NearbyInt => round(Round::NearestTiesToEven),
            I::Lround | I::Llround => to_int(Round::NearestTiesToAway),
            I::Lrint | I::Llrint => to_int(Round::NearestTiesToEven),
            I::Fma => a.mul_add(b, c).value.to_bits(),
            // LLVM expands `fmuladd` on x86_fp80 and fp128 into a multiply and an add
            // (neither target has a fused long double instruction).
            I::FMulAdd => ((a * b).value + c).value.to_bits(),
            I::MinNum => a.min(b).to_bits(),
            I::MaxNum => a.max(b).to_bits(),
            I::Minimum => a.minimum(b).to_bits(),
            I::Maximum => a.maximum(b).to_bits(),
            I::Ldexp => a.scalbn(args[1] as u32 as i32 as _).to_bits(),
            I::Powi => {
                // Square-and-multiply, as compiler-rt's `__powixf2`/`__powitf2` do.
                let k = args[1] as u32 as i32;
                let mut n = k.unsigned_abs();
                let (mut r, mut base) = (T::from_u128(1).value, a);
                loop {
                    if n & 1 != 0 {
                        r = (r * base).value;
                    }
                    n >>= 1;
                    if n == 0 {
                        break;
                    }
                    base = (base * base).value;
                }
                if k < 0 { (T::from_u128(1).value / r).value } else { r }.to_bits()
            }
            I::IsFpClass => {
                let neg = a.is_negative();
                let bit = if a.is_nan() {
                    if a.is_signaling() { 0 } else { 1 }
                } else if a.is_infinite() {
                    if neg { 2 } else { 9 }
                } else if a.is_zero() {
                    if neg { 5 } else { 6 }
                } else if a.is_denormal() {
                    if neg { 4 } else { 7 }
                } else if neg {
                    3
                } else {
                    8
                };
                (args[1] >> bit) & 1
            }
            _ => return None,
        })
    })
}

/// The C library function computing intrinsic `which` on `long double`, for the
/// intrinsics that need more than IEEE basic operations (`llvm.sqrt.f80` is `sqrtl`).
pub(crate) fn libm_name(which: Intrinsic) -> Option<&'static str> {
    use Intrinsic as I;
    Some(match which {
        I::Sqrt => "sqrtl",
        I::Pow => "powl",
        I::Exp => "expl",
        I::Exp2 => "exp2l",
        I::Log => "logl",
        I::Log2 => "log2l",
        I::Log10 => "log10l",
        I::Sin => "sinl",
        I::Cos => "cosl",
        _ => return None,
    })
}

/// True when `w` is the host C compiler's `long double`, which native calls pass.
pub(crate) fn is_host_long_double(w: Wide) -> bool {
    match w {
        Wide::X87 => cfg!(target_arch = "x86_64"),
        Wide::Quad => cfg!(target_arch = "aarch64"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_X87: u128 = 0x3fff_8000_0000_0000_0000;
    const ONE_QUAD: u128 = 0x3fff << 112;

    fn x87(v: f64) -> u128 {
        fp_to_fp(AnyFp::F64, AnyFp::Wide(Wide::X87), u128::from(v.to_bits()))
    }
    fn quad(v: f64) -> u128 {
        fp_to_fp(AnyFp::F64, AnyFp::Wide(Wide::Quad), u128::from(v.to_bits()))
    }
    fn back(w: Wide, v: u128) -> f64 {
        f64::from_bits(fp_to_fp(AnyFp::Wide(w), AnyFp::F64, v) as u64)
    }

    #[test]
    fn arithmetic_in_own_precision() {
        assert_eq!(x87(1.0), ONE_X87);
        assert_eq!(quad(1.0), ONE_QUAD);
        // 1/3 in x87 precision: 64-bit significand 0xAAAA...AAAB.
        let third = bin(Wide::X87, FloatOp::Div, ONE_X87, x87(3.0));
        assert_eq!(third, 0x3ffd_aaaa_aaaa_aaaa_aaab);
        let qthird = bin(Wide::Quad, FloatOp::Div, ONE_QUAD, quad(3.0));
        assert_eq!(qthird, 0x3ffd_5555_5555_5555_5555_5555_5555_5555);
        // 1 + 2^-60 is exact in both wide formats but not in double.
        let tiny = x87(2f64.powi(-60));
        let sum = bin(Wide::X87, FloatOp::Add, ONE_X87, tiny);
        assert_ne!(sum, ONE_X87);
        assert_eq!(back(Wide::X87, sum), 1.0);
        assert_eq!(
            bin(Wide::Quad, FloatOp::Rem, quad(7.5), quad(2.0)),
            quad(1.5)
        );
        assert_eq!(bin(Wide::X87, FloatOp::Rem, x87(-7.5), x87(2.0)), x87(-1.5));
        assert_eq!(neg(Wide::X87, ONE_X87), x87(-1.0));
        assert_eq!(bin(Wide::X87, FloatOp::Div, 0, 0), X87_INDEFINITE);
        assert_eq!(neg(Wide::Quad, quad(2.0)), quad(-2.0));
    }

    #[test]
    fn comparisons_with_nan() {
        let nan = x87(f64::NAN);
        let one = x87(1.0);
        let w = Wide::X87;
        assert!(cmp(w, FloatPredicate::Uno, nan, one));
        assert!(!cmp(w, FloatPredicate::Oeq, nan, nan));
        assert!(cmp(w, FloatPredicate::Une, nan, nan));
        assert!(cmp(w, FloatPredicate::Ult, nan, one));
        assert!(!cmp(w, FloatPredicate::Olt, nan, one));
        assert!(cmp(w, FloatPredicate::Olt, x87(-1.0), one));
        assert!(cmp(w, FloatPredicate::Oeq, x87(0.0), x87(-0.0)));
        assert!(cmp(w, FloatPredicate::Ord, one, one));
        let qnan = quad(f64::NAN);
        assert!(cmp(Wide::Quad, FloatPredicate::Uno, qnan, quad(0.0)));
        assert!(cmp(Wide::Quad, FloatPredicate::Oge, quad(2.0), quad(2.0)));
        assert!(!cmp(Wide::Quad, FloatPredicate::Ogt, quad(2.0), quad(2.0)));
    }

    #[test]
    fn integer_conversions() {
        let big = from_int(Wide::X87, u128::from(u64::MAX), 64, false);
        assert_eq!(to_int(Wide::X87, big, 64, false), u128::from(u64::MAX));
        let min = from_int(Wide::Quad, i128::MIN as u128, 128, true);
        assert_eq!(to_int(Wide::Quad, min, 128, true), i128::MIN as u128);
        let m = from_int(Wide::X87, 0xff, 8, true);
        assert_eq!(m, x87(-1.0));
        assert_eq!(
            to_int(Wide::X87, x87(-3.9), 32, true),
            (-3i32) as u32 as u128
        );
        assert_eq!(to_int(Wide::Quad, quad(3.9), 16, false), 3);
        assert_eq!(to_int(Wide::X87, x87(f64::NAN), 32, true), 0);
        // i128 beyond 2^64 into x87: rounded to 64 significant bits.
        let v = from_int(Wide::X87, (1u128 << 100) + 1, 128, false);
        assert_eq!(to_int(Wide::X87, v, 128, false), 1u128 << 100);
        let q = from_int(Wide::Quad, (1u128 << 100) + 1, 128, false);
        assert_eq!(to_int(Wide::Quad, q, 128, false), (1u128 << 100) + 1);
    }

    #[test]
    fn float_conversions() {
        assert_eq!(back(Wide::X87, x87(0.1)), 0.1);
        assert_eq!(back(Wide::Quad, quad(-1e300)), -1e300);
        let f = fp_to_fp(AnyFp::Wide(Wide::Quad), AnyFp::F32, quad(1.5));
        assert_eq!(f, u128::from(1.5f32.to_bits()));
        let q = fp_to_fp(AnyFp::Wide(Wide::X87), AnyFp::Wide(Wide::Quad), x87(0.1));
        assert_eq!(q, quad(0.1));
        assert!(back(Wide::X87, x87(f64::NAN)).is_nan());
        // x87 keeps more precision than double: third rounds back to double's third.
        let third = bin(Wide::X87, FloatOp::Div, ONE_X87, x87(3.0));
        assert_eq!(back(Wide::X87, third), 1.0 / 3.0);
    }

    #[test]
    fn intrinsics() {
        let f = |i, v: f64| intrinsic(i, Wide::X87, [x87(v), 0, 0], 64).unwrap();
        assert_eq!(f(Intrinsic::Floor, -2.5), x87(-3.0));
        assert_eq!(f(Intrinsic::Ceil, -2.5), x87(-2.0));
        assert_eq!(f(Intrinsic::Round, 2.5), x87(3.0));
        assert_eq!(f(Intrinsic::Rint, 2.5), x87(2.0));
        assert_eq!(f(Intrinsic::Trunc, -2.7), x87(-2.0));
        assert_eq!(f(Intrinsic::Fabs, -2.7), x87(2.7));
        assert_eq!(f(Intrinsic::Llround, -2.5), (-3i64) as u64 as u128);
        let q = intrinsic(
            Intrinsic::Copysign,
            Wide::Quad,
            [quad(2.0), quad(-0.0), 0],
            0,
        );
        assert_eq!(q, Some(quad(-2.0)));
        assert_eq!(intrinsic(Intrinsic::Memcpy, Wide::Quad, [0; 3], 0), None);
        let class =
            |v: u128, mask: u128| intrinsic(Intrinsic::IsFpClass, Wide::X87, [v, mask, 0], 1);
        assert_eq!(class(x87(f64::INFINITY), 1 << 9), Some(1));
        assert_eq!(class(x87(-0.0), 1 << 5), Some(1));
        assert_eq!(class(x87(1.0), 3), Some(0));
        assert_eq!(class(x87(f64::NAN), 3), Some(1));
        let p = intrinsic(
            Intrinsic::Powi,
            Wide::Quad,
            [quad(1.5), (-2i32) as u32 as u128, 0],
            0,
        );
        assert_eq!(p.map(|v| back(Wide::Quad, v)), Some(1.0 / 2.25));
        let l = intrinsic(Intrinsic::Ldexp, Wide::X87, [x87(0.75), 10, 0], 0);
        assert_eq!(l, Some(x87(768.0)));
    }
}
