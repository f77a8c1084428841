//! The literals of run lines, turned into [`GenericValue`]s by the type of the parameter
//! they are passed to, and results compared with them.
//!
//! A literal is an optional type (`i32`, `double`, `ptr`, ...; checked against the
//! signature) and a value: a decimal integer (`-3`), a hexadecimal bit pattern (`0xff`; for
//! `float`/`double` the bits of that type), `true`/`false`, a decimal float (`1.5`,
//! `-0.0`, `1e300`), `inf`/`-inf`/`nan`/`-nan`, or `null`. An integer is accepted for a
//! width when it fits as a signed or an unsigned number (`-1` and `255` are the same `i8`).
//!
//! Comparisons are exact: `-0.0` differs from `0.0`, except that a decimal `nan` matches
//! any NaN (payloads and signs of NaNs differ between machines and are not IR semantics);
//! a hexadecimal pattern matches only those bits.

use std::fmt;

use jit_core::GenericValue;
use jit_core::ir::{Module, Type, TypeData};

/// A literal of a run line.
#[derive(Clone, Debug, PartialEq)]
pub struct Literal {
    /// The type written before the value, if any.
    pub ty: Option<String>,
    /// The value.
    pub kind: LiteralKind,
}

/// The value of a [`Literal`].
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum LiteralKind {
    /// A decimal integer.
    Int(i128),
    /// A hexadecimal bit pattern.
    Bits(u128),
    /// A decimal or special float.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(ty) = &self.ty {
            write!(f, "{ty} ")?;
        }
        match self.kind {
            LiteralKind::Int(v) => write!(f, "{v}"),
            LiteralKind::Bits(v) => write!(f, "{v:#x}"),
            LiteralKind::Float(v) => write!(f, "{}", float_text(v)),
            LiteralKind::Bool(b) => write!(f, "{b}"),
            LiteralKind::Null => f.write_str("null"),
        }
    }
}

fn float_text(v: f64) -> String {
    if v.is_nan() {
        if v.is_sign_negative() { "-nan" } else { "nan" }.to_string()
    } else if v.is_infinite() {
        if v < 0.0 { "-inf" } else { "inf" }.to_string()
    } else {
        format!("{v:?}")
    }
}

/// Reads one literal (surrounding white space allowed).
pub fn parse_literal(text: &str) -> Result<Literal, String> {
    let text = text.trim();
    let (ty, value) = match text.split_once(char::is_whitespace) {
        Some((ty, value)) => (Some(ty.to_string()), value.trim()),
        None => (None, text),
    };
    if let Some(ty) = &ty
        && !is_type_name(ty)
    {
        return Err(format!("`{ty}` is not a type (in `{text}`)"));
    }
    let kind = parse_kind(value).ok_or_else(|| format!("cannot read the value `{value}`"))?;
    Ok(Literal { ty, kind })
}

fn is_type_name(t: &str) -> bool {
    matches!(t, "float" | "double" | "ptr")
        || t.strip_prefix('i')
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

fn parse_kind(v: &str) -> Option<LiteralKind> {
    let (negative, magnitude) = match v.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    // Negation, not multiplication by -1, so that `-nan` has its sign bit set.
    let signed = |x: f64| if negative { -x } else { x };
    Some(match magnitude {
        "true" if !negative => LiteralKind::Bool(true),
        "false" if !negative => LiteralKind::Bool(false),
        "null" if !negative => LiteralKind::Null,
        "nan" => LiteralKind::Float(signed(f64::NAN)),
        "inf" => LiteralKind::Float(signed(f64::INFINITY)),
        _ => {
            if let Some(hex) = magnitude
                .strip_prefix("0x")
                .or_else(|| magnitude.strip_prefix("0X"))
            {
                if negative {
                    return None;
                }
                let hex = hex.replace('_', "");
                LiteralKind::Bits(u128::from_str_radix(&hex, 16).ok()?)
            } else if magnitude.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
                let digits = magnitude.replace('_', "");
                let m: i128 = digits.parse().ok()?;
                LiteralKind::Int(if negative { -m } else { m })
            } else {
                let f: f64 = magnitude.parse().ok()?;
                if f.is_nan() || f.is_infinite() && !magnitude.contains(['e', 'E']) {
                    // Rust also reads `NaN`, `infinity`: keep one spelling.
                    return None;
                }
                LiteralKind::Float(signed(f))
            }
        }
    })
}

/// The shape of a value that a run line can pass or expect.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `void` (results only).
    Void,
    /// An integer of 1 to 64 bits.
    Int(u32),
    /// `float`.
    Float,
    /// `double`.
    Double,
    /// `ptr`.
    Ptr,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Void => f.write_str("void"),
            Shape::Int(bits) => write!(f, "i{bits}"),
            Shape::Float => f.write_str("float"),
            Shape::Double => f.write_str("double"),
            Shape::Ptr => f.write_str("ptr"),
        }
    }
}

/// The shape of `ty`, or why run lines cannot use it.
pub fn shape_of(m: &Module, ty: Type) -> Result<Shape, String> {
    match m.types.data(ty) {
        TypeData::Void => Ok(Shape::Void),
        TypeData::Float => Ok(Shape::Float),
        TypeData::Double => Ok(Shape::Double),
        TypeData::Ptr(_) => Ok(Shape::Ptr),
        _ => match m.types.int_bits(ty) {
            Some(bits @ 1..=64) => Ok(Shape::Int(bits)),
            _ => Err(format!(
                "run lines pass and return integers of up to 64 bits, float, double and ptr, not `{}`; call it through a wrapper",
                m.types.display(ty)
            )),
        },
    }
}

impl Literal {
    /// The value passed for a parameter of `shape`, or why it does not fit.
    pub fn to_generic(&self, shape: Shape) -> Result<GenericValue, String> {
        self.check_type(shape)?;
        let bad = || format!("`{self}` is not a valid `{shape}`");
        Ok(match (shape, self.kind) {
            (Shape::Int(bits), kind) => {
                GenericValue::int(bits, int_bits(kind, bits).ok_or_else(bad)?)
            }
            (Shape::Float, LiteralKind::Bits(b)) => {
                GenericValue::Float(f32::from_bits(u32::try_from(b).map_err(|_| bad())?))
            }
            (Shape::Float, LiteralKind::Float(v)) => GenericValue::Float(v as f32),
            (Shape::Float, LiteralKind::Int(v)) => {
                GenericValue::Float(exact_int_float(v).ok_or_else(bad)? as f32)
            }
            (Shape::Double, LiteralKind::Bits(b)) => {
                GenericValue::Double(f64::from_bits(u64::try_from(b).map_err(|_| bad())?))
            }
            (Shape::Double, LiteralKind::Float(v)) => GenericValue::Double(v),
            (Shape::Double, LiteralKind::Int(v)) => {
                GenericValue::Double(exact_int_float(v).ok_or_else(bad)?)
            }
            (Shape::Ptr, LiteralKind::Null) => GenericValue::Pointer(0),
            (Shape::Ptr, LiteralKind::Bits(b)) => {
                GenericValue::Pointer(u64::try_from(b).map_err(|_| bad())?)
            }
            _ => return Err(bad()),
        })
    }

    /// Whether `actual`, a result of `shape`, is what this literal expects; `Err` when the
    /// literal cannot be a value of that shape at all.
    pub fn matches(&self, shape: Shape, actual: &GenericValue) -> Result<bool, String> {
        if let (LiteralKind::Float(want), GenericValue::Float(_) | GenericValue::Double(_)) =
            (self.kind, actual)
            && want.is_nan()
        {
            self.check_type(shape)?;
            return Ok(is_nan(actual));
        }
        let want = self.to_generic(shape)?;
        Ok(match (want, actual) {
            (GenericValue::Float(a), GenericValue::Float(b)) => a.to_bits() == b.to_bits(),
            (GenericValue::Double(a), GenericValue::Double(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == *b,
        })
    }

    fn check_type(&self, shape: Shape) -> Result<(), String> {
        match &self.ty {
            Some(ty) if *ty != shape.to_string() => Err(format!(
                "`{self}` is written as `{ty}`, but the function has `{shape}` there"
            )),
            _ => Ok(()),
        }
    }
}

/// The low `bits` of an integer literal that fits the width signed or unsigned.
fn int_bits(kind: LiteralKind, bits: u32) -> Option<u128> {
    let max_unsigned = (1u128 << bits) - 1;
    match kind {
        LiteralKind::Int(v) => {
            let min_signed = -(1i128 << (bits - 1));
            (v >= min_signed && v <= max_unsigned as i128).then_some(v as u128 & max_unsigned)
        }
        LiteralKind::Bits(v) => (v <= max_unsigned).then_some(v),
        LiteralKind::Bool(b) if bits == 1 => Some(u128::from(b)),
        _ => None,
    }
}

/// An integer that a double holds exactly (so `@f(2)` for a `double` parameter means 2.0).
fn exact_int_float(v: i128) -> Option<f64> {
    let f = v as f64;
    (f as i128 == v).then_some(f)
}

fn is_nan(v: &GenericValue) -> bool {
    match v {
        GenericValue::Float(f) => f.is_nan(),
        GenericValue::Double(d) => d.is_nan(),
        _ => false,
    }
}

/// Whether two engines agree: the same bits, or both NaN.
pub fn same_result(a: &GenericValue, b: &GenericValue) -> bool {
    match (a, b) {
        (GenericValue::Float(x), GenericValue::Float(y)) => {
            x.to_bits() == y.to_bits() || x.is_nan() && y.is_nan()
        }
        (GenericValue::Double(x), GenericValue::Double(y)) => {
            x.to_bits() == y.to_bits() || x.is_nan() && y.is_nan()
        }
        _ => a == b,
    }
}

/// A result as a person reads it: integers signed and, when negative, also as bits;
/// floats in decimal, with the bits of NaNs.
pub fn show(v: &GenericValue) -> String {
    match *v {
        GenericValue::Void => "void".into(),
        GenericValue::Int { bits: 1, value } => (value != 0).to_string(),
        GenericValue::Int { bits, value } => {
            let signed = v.as_i64();
            if signed < 0 && bits <= 64 {
                format!("{signed} ({value:#x})")
            } else {
                value.to_string()
            }
        }
        GenericValue::Float(x) if x.is_nan() => format!("nan ({:#010x})", x.to_bits()),
        GenericValue::Float(x) => float_text(f64::from(x)),
        GenericValue::Double(x) if x.is_nan() => format!("nan ({:#018x})", x.to_bits()),
        GenericValue::Double(x) => float_text(x),
        GenericValue::Pointer(0) => "null".into(),
        GenericValue::Pointer(p) => format!("ptr {p:#x}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(t: &str) -> Literal {
        parse_literal(t).unwrap()
    }

    #[test]
    fn reading_literals() {
        assert_eq!(lit("-3").kind, LiteralKind::Int(-3));
        assert_eq!(lit("1_000").kind, LiteralKind::Int(1000));
        assert_eq!(lit("0xFF").kind, LiteralKind::Bits(255));
        assert_eq!(lit("true").kind, LiteralKind::Bool(true));
        assert_eq!(lit("ptr null").ty.as_deref(), Some("ptr"));
        assert_eq!(lit("-0.0").kind, LiteralKind::Float(-0.0));
        assert!(
            matches!(lit("-nan").kind, LiteralKind::Float(x) if x.is_nan() && x.is_sign_negative())
        );
        assert_eq!(lit("-inf").kind, LiteralKind::Float(f64::NEG_INFINITY));
        assert_eq!(lit("1e300").kind, LiteralKind::Float(1e300));
        for bad in ["", "x", "-0x1", "NaN", "infinity", "i32", "int 3", "3 4"] {
            assert!(parse_literal(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn integers_fit_signed_or_unsigned() {
        let i8v = |t: &str| lit(t).to_generic(Shape::Int(8));
        assert_eq!(i8v("-1"), Ok(GenericValue::int(8, 255)));
        assert_eq!(i8v("255"), Ok(GenericValue::int(8, 255)));
        assert_eq!(i8v("-128"), Ok(GenericValue::int(8, 128)));
        assert!(i8v("256").is_err());
        assert!(i8v("-129").is_err());
        assert!(i8v("true").is_err());
        assert_eq!(
            lit("true").to_generic(Shape::Int(1)),
            Ok(GenericValue::int(1, 1))
        );
        assert_eq!(
            lit("-1").to_generic(Shape::Int(64)),
            Ok(GenericValue::int(64, u64::MAX.into()))
        );
        assert!(lit("i16 3").to_generic(Shape::Int(8)).is_err());
    }

    #[test]
    fn float_comparisons_are_exact_but_nan_is_any_nan() {
        let d = |x: f64| GenericValue::Double(x);
        assert_eq!(lit("-0.0").matches(Shape::Double, &d(-0.0)), Ok(true));
        assert_eq!(lit("0.0").matches(Shape::Double, &d(-0.0)), Ok(false));
        assert_eq!(lit("nan").matches(Shape::Double, &d(-f64::NAN)), Ok(true));
        assert_eq!(lit("nan").matches(Shape::Double, &d(1.0)), Ok(false));
        let quiet = f64::from_bits(0x7ff8_0000_0000_0000);
        assert_eq!(
            lit("0x7ff8000000000000").matches(Shape::Double, &d(quiet)),
            Ok(true)
        );
        assert_eq!(
            lit("0xfff8000000000000").matches(Shape::Double, &d(quiet)),
            Ok(false)
        );
        assert_eq!(
            lit("0.1").matches(Shape::Float, &GenericValue::Float(0.1)),
            Ok(true)
        );
        assert_eq!(lit("2").matches(Shape::Double, &d(2.0)), Ok(true));
        assert!(same_result(&d(f64::NAN), &d(-f64::NAN)));
        assert!(!same_result(&d(0.0), &d(-0.0)));
    }

    #[test]
    fn showing_results() {
        assert_eq!(show(&GenericValue::int(8, 255)), "-1 (0xff)");
        assert_eq!(show(&GenericValue::int(32, 7)), "7");
        assert_eq!(show(&GenericValue::int(1, 1)), "true");
        assert_eq!(show(&GenericValue::Double(-0.0)), "-0.0");
        assert_eq!(show(&GenericValue::Pointer(0)), "null");
    }
}
