//! Attributes, flags and linkage keywords, in the order LLVM writes them.

use super::write_type;
use crate::ir::{ArithFlags, FnAttrs, Linkage, ParamAttrs, Types};
use std::fmt::{self, Write};

/// Parameter attribute keywords in the order LLVM prints them (alphabetical).
const PARAM_KEYWORDS: [(&str, u16); 10] = [
    ("inreg", ParamAttrs::INREG),
    ("noalias", ParamAttrs::NOALIAS),
    ("nocapture", ParamAttrs::NOCAPTURE),
    ("nonnull", ParamAttrs::NONNULL),
    ("noundef", ParamAttrs::NOUNDEF),
    ("readonly", ParamAttrs::READONLY),
    ("returned", ParamAttrs::RETURNED),
    ("signext", ParamAttrs::SIGNEXT),
    ("writeonly", ParamAttrs::WRITEONLY),
    ("zeroext", ParamAttrs::ZEROEXT),
];

/// Writes ` attr` for each parameter attribute (each with a leading space): keywords, then
/// `byval(T)`, `sret(T)`, then `align N`, the order LLVM uses.
pub(super) fn write_param_attrs(
    out: &mut impl Write,
    types: &Types,
    a: &ParamAttrs,
) -> fmt::Result {
    for (kw, bit) in PARAM_KEYWORDS {
        if a.has(bit) {
            out.write_char(' ')?;
            out.write_str(kw)?;
        }
    }
    if let Some(t) = a.byval {
        out.write_str(" byval(")?;
        write_type(out, types, t)?;
        out.write_char(')')?;
    }
    if let Some(t) = a.sret {
        out.write_str(" sret(")?;
        write_type(out, types, t)?;
        out.write_char(')')?;
    }
    if let Some(n) = a.align {
        write!(out, " align {n}")?;
    }
    Ok(())
}

/// Fast-math bits implied by `fast`.
const FMF_BITS: u16 = ArithFlags::NNAN
    | ArithFlags::NINF
    | ArithFlags::NSZ
    | ArithFlags::ARCP
    | ArithFlags::CONTRACT
    | ArithFlags::AFN
    | ArithFlags::REASSOC;

/// Writes ` flag` for each set flag; `fast` stands for all fast-math flags.
pub(super) fn write_flags(out: &mut impl Write, flags: ArithFlags) -> fmt::Result {
    let fast = flags.0 & ArithFlags::FAST != 0 || flags.0 & FMF_BITS == FMF_BITS;
    for (kw, bit) in ArithFlags::KEYWORDS {
        let set = if bit == ArithFlags::FAST {
            fast
        } else if bit & FMF_BITS != 0 {
            !fast && flags.0 & bit != 0
        } else {
            flags.0 & bit != 0
        };
        if set {
            out.write_char(' ')?;
            out.write_str(kw)?;
        }
    }
    Ok(())
}

pub(super) fn write_fn_attrs(out: &mut impl Write, a: &FnAttrs) -> fmt::Result {
    for (kw, bit) in FnAttrs::KEYWORDS {
        if a.has(bit) {
            out.write_char(' ')?;
            out.write_str(kw)?;
        }
    }
    if a.has(FnAttrs::FRAME_POINTER) {
        out.write_str(" \"frame-pointer\"=\"all\"")?;
    }
    Ok(())
}

pub(super) fn write_linkage(out: &mut impl Write, l: Linkage) -> fmt::Result {
    let kw = l.keyword();
    if !kw.is_empty() {
        out.write_str(kw)?;
        out.write_char(' ')?;
    }
    Ok(())
}
