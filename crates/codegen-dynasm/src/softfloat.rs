//! Which libgcc soft-float routine implements an `fp128` operation. Both backends lower
//! `fp128` (`__float128` on x86-64, `long double` on AArch64) to the same routines; only
//! how the operands reach them differs, so the choice of routine lives here once.

use jit_core::ir::{BinaryOp, FloatPredicate, Intrinsic};

/// How the integer a libgcc comparison returns answers the predicate: compared with 0.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ResultVsZero {
    /// `r == 0`.
    Eq,
    /// `r != 0`.
    Ne,
    /// `r < 0` (signed).
    Lt,
    /// `r <= 0` (signed).
    Le,
    /// `r > 0` (signed).
    Gt,
    /// `r >= 0` (signed).
    Ge,
}

/// How an `fcmp` on `fp128` is answered.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum QuadCompare {
    /// `false` / `true`: no call.
    Constant(bool),
    /// One call of the routine, its result compared with 0.
    Call(&'static str, ResultVsZero),
    /// `one` (`negate`) / `ueq`: `__unordtf2(a, b) != 0 || __eqtf2(a, b) == 0`, negated
    /// for `one`.
    UnorderedOrEqual {
        /// True for `one`.
        negate: bool,
    },
}

/// The routine for `fadd`/`fsub`/`fmul`/`fdiv`; `frem` is the C library's `fmod` of the
/// type (`fmodf128` or `fmodl`), which the caller names.
pub fn arith(op: BinaryOp, frem: &'static str) -> Option<&'static str> {
    Some(match op {
        BinaryOp::FAdd => "__addtf3",
        BinaryOp::FSub => "__subtf3",
        BinaryOp::FMul => "__multf3",
        BinaryOp::FDiv => "__divtf3",
        BinaryOp::FRem => frem,
        _ => return None,
    })
}

/// The comparison for `pred`. libgcc's comparisons return a value whose sign answers the
/// ordered predicate and that is chosen to answer "false" for unordered operands, so the
/// unordered predicates are their ordered opposites.
pub fn compare(pred: FloatPredicate) -> QuadCompare {
    use FloatPredicate::*;
    use QuadCompare::Call;
    use ResultVsZero as Z;
    match pred {
        False => QuadCompare::Constant(false),
        True => QuadCompare::Constant(true),
        Oeq => Call("__eqtf2", Z::Eq),
        Une => Call("__netf2", Z::Ne),
        Olt => Call("__lttf2", Z::Lt),
        Ole => Call("__letf2", Z::Le),
        Ogt => Call("__gttf2", Z::Gt),
        Oge => Call("__getf2", Z::Ge),
        Uge => Call("__lttf2", Z::Ge),
        Ugt => Call("__letf2", Z::Gt),
        Ule => Call("__gttf2", Z::Le),
        Ult => Call("__getf2", Z::Lt),
        Uno => Call("__unordtf2", Z::Ne),
        Ord => Call("__unordtf2", Z::Eq),
        One => QuadCompare::UnorderedOrEqual { negate: true },
        Ueq => QuadCompare::UnorderedOrEqual { negate: false },
    }
}

/// `fpext` from `float` (`f32`) or `double` to `fp128`.
pub fn extend(f32: bool) -> &'static str {
    if f32 {
        "__extendsftf2"
    } else {
        "__extenddftf2"
    }
}

/// `fptrunc` from `fp128` to `float` (`f32`) or `double`.
pub fn truncate(f32: bool) -> &'static str {
    if f32 { "__trunctfsf2" } else { "__trunctfdf2" }
}

/// `sitofp`/`uitofp` from an integer of `bits` bits (up to 128) to `fp128`.
pub fn from_int(signed: bool, bits: u32) -> &'static str {
    match (signed, bits) {
        (true, 0..=32) => "__floatsitf",
        (true, 33..=64) => "__floatditf",
        (true, _) => "__floattitf",
        (false, 0..=32) => "__floatunsitf",
        (false, 33..=64) => "__floatunditf",
        (false, _) => "__floatuntitf",
    }
}

/// `fptosi`/`fptoui` from `fp128` to an integer of `bits` bits (up to 128).
pub fn to_int(signed: bool, bits: u32) -> &'static str {
    match (signed, bits) {
        (true, 0..=32) => "__fixtfsi",
        (true, 33..=64) => "__fixtfdi",
        (true, _) => "__fixtfti",
        (false, 0..=32) => "__fixunstfsi",
        (false, 33..=64) => "__fixunstfdi",
        (false, _) => "__fixunstfti",
    }
}

/// Which C library spells the `fp128` math functions: `long double` ones (`sqrtl`, AArch64
/// Linux, where `long double` is binary128) or `_Float128` ones (`sqrtf128`, x86-64).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum QuadLibm {
    /// `sqrtl`, `fmal`, ...
    LongDouble,
    /// `sqrtf128`, `fmaf128`, ...
    Float128,
}

/// A math intrinsic on `fp128` as a library call.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MathCall {
    /// The function.
    pub name: &'static str,
    /// How many leading `fp128` arguments it takes.
    pub quad_args: u8,
    /// Whether an integer argument follows them (`ldexp`, `powi`).
    pub int_arg: bool,
}

/// The library call for the math intrinsic `which` on `fp128`, if there is one.
pub fn quad_math(which: Intrinsic, libm: QuadLibm) -> Option<MathCall> {
    use Intrinsic::*;
    let (long_double, float128, quad_args, int_arg) = match which {
        Sqrt => ("sqrtl", "sqrtf128", 1, false),
        Floor => ("floorl", "floorf128", 1, false),
        Ceil => ("ceill", "ceilf128", 1, false),
        Trunc => ("truncl", "truncf128", 1, false),
        Round => ("roundl", "roundf128", 1, false),
        RoundEven => ("roundevenl", "roundevenf128", 1, false),
        Rint => ("rintl", "rintf128", 1, false),
        NearbyInt => ("nearbyintl", "nearbyintf128", 1, false),
        Fma => ("fmal", "fmaf128", 3, false),
        MinNum => ("fminl", "fminf128", 2, false),
        MaxNum => ("fmaxl", "fmaxf128", 2, false),
        Pow => ("powl", "powf128", 2, false),
        Exp => ("expl", "expf128", 1, false),
        Exp2 => ("exp2l", "exp2f128", 1, false),
        Log => ("logl", "logf128", 1, false),
        Log2 => ("log2l", "log2f128", 1, false),
        Log10 => ("log10l", "log10f128", 1, false),
        Sin => ("sinl", "sinf128", 1, false),
        Cos => ("cosl", "cosf128", 1, false),
        Ldexp => ("ldexpl", "ldexpf128", 1, true),
        // libgcc's, the same for either spelling.
        Powi => ("__powitf2", "__powitf2", 1, true),
        _ => return None,
    };
    let name = match libm {
        QuadLibm::LongDouble => long_double,
        QuadLibm::Float128 => float128,
    };
    Some(MathCall {
        name,
        quad_args,
        int_arg,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unordered_predicates_are_ordered_opposites() {
        use FloatPredicate::*;
        let call = |p| match compare(p) {
            QuadCompare::Call(name, z) => (name, z),
            other => panic!("{p:?}: {other:?}"),
        };
        // `ult` is "not oge": the same routine, the opposite test.
        assert_eq!(call(Ult), ("__getf2", ResultVsZero::Lt));
        assert_eq!(call(Oge), ("__getf2", ResultVsZero::Ge));
        assert_eq!(
            compare(Ueq),
            QuadCompare::UnorderedOrEqual { negate: false }
        );
        assert_eq!(from_int(true, 33), "__floatditf");
        assert_eq!(to_int(false, 128), "__fixunstfti");
        assert_eq!(arith(BinaryOp::Add, "fmodl"), None);
    }
}
