//! The `.ll` printer: writes a [`Module`] as LLVM IR text in clang's style.
//!
//! The output is meant to be read back by [`crate::reader`] into an equal module and to be
//! accepted by LLVM's own tools (`llvm-as`, `opt -S`). What it writes:
//!
//! - the header (`; ModuleID`, `source_filename`, `target datalayout`, `target triple`),
//!   named struct definitions, globals, aliases, then functions in module order;
//! - function attributes inline after the parameter list (no `#N` attribute groups);
//! - unnamed values and blocks numbered exactly as LLVM numbers them: parameters first, then
//!   for each block in layout order its label (when unnamed; an unnamed entry block takes a
//!   number but prints no label) and the unnamed instruction results in order;
//! - names quoted where LLVM's lexer needs it; duplicate names inside one function (possible
//!   through [`crate::ir::FunctionBuilder`]) are made unique deterministically by appending the
//!   smallest number that makes them unique (`x`, `x1`, `x2`, ...), so the text never holds two
//!   definitions of one name;
//! - floating-point constants in LLVM's format: `%e`-style decimal with six fraction digits
//!   when that reads back to the same `double`, else the `double`'s bits in hexadecimal.
//!
//! - a `metadata` argument the reader dropped (kept as `metadata undef`) as `!{}`, and as a
//!   one-scope list for `llvm.experimental.noalias.scope.decl`, so LLVM accepts the text;
//! - block labels with LLVM's `; preds = ...` comment.
//!
//! Everything is written through [`std::fmt::Write`] into one buffer; malformed IR (indices
//! out of range, built through the API) never panics, it prints as `<badref>` or `<badtype>`
//! so the [`crate::verifier`] can show it.

use crate::entity::EntityRef;
use crate::ir::{
    ArithFlags, Block, Body, ConstExpr, ConstKind, FnAttrs, FuncId, Function, GlobalRef, Inst,
    InstKind, Intrinsic, Linkage, Module, Operand, ParamAttrs, TailKind, Type, TypeData, Types,
    Value, write_local_name,
};
use std::collections::HashSet;
use std::fmt::{self, Write};

/// Nesting limit for types and constants, so that cyclic garbage (forward indices made
/// through the API) cannot recurse without end.
const MAX_DEPTH: u32 = 256;

/// Passes text through to `out`, counting the bytes.
struct Counting<'w, W: Write> {
    out: &'w mut W,
    n: usize,
}

impl<W: Write> Write for Counting<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.n += s.len();
        self.out.write_str(s)
    }
}

/// Drops the first character written when the flag is set (the leading space of an
/// attribute list).
struct SkipFirstSpace<'w, W: Write>(&'w mut W, bool);

impl<W: Write> Write for SkipFirstSpace<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if std::mem::take(&mut self.1) {
            self.0.write_str(s.strip_prefix(' ').unwrap_or(s))
        } else {
            self.0.write_str(s)
        }
    }
}

/// Written for the dropped scope-list argument of `llvm.experimental.noalias.scope.decl`:
/// one alias scope (named by a string) in its own domain, the shape LLVM's verifier requires.
const SCOPE_LIST_PLACEHOLDER: &str = "!{!{!\"jit.scope\", !{!\"jit.domain\"}}}";

/// Column of the `; preds = ...` comment after block labels (as LLVM writes it).
const PREDS_COLUMN: usize = 50;

/// Prints a whole module.
pub fn print_module(m: &Module) -> String {
    let mut s = String::with_capacity(estimate_size(m));
    // Writing into a `String` cannot fail.
    let _ = write_module(&mut s, m);
    s
}

/// Writes a whole module to `out`.
pub fn write_module(out: &mut impl Write, m: &Module) -> fmt::Result {
    ModulePrinter::new(m).module(out)
}

/// A module that displays as its `.ll` text: `format!("{}", DisplayModule(&m))`.
pub struct DisplayModule<'a>(pub &'a Module);

impl fmt::Display for DisplayModule<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_module(f, self.0)
    }
}

/// Prints one function (`define ... { ... }` or `declare ...`), numbered as in the module.
pub fn print_function(m: &Module, f: FuncId) -> String {
    let mut s = String::new();
    let mut p = ModulePrinter::new(m);
    let _ = p.function(&mut s, f);
    s
}

/// Prints one instruction of function `f` without indentation or newline
/// (`%3 = add nsw i32 %1, %2`), with the value numbering of the whole function.
pub fn print_instruction(m: &Module, f: FuncId, inst: Inst) -> String {
    let mut s = String::new();
    if let Some(func) = m.functions.get(f) {
        let slots = Slots::new(func);
        let _ = FunctionPrinter::new(m, func, &slots).inst(&mut s, inst);
    } else {
        s.push_str("<badref>");
    }
    s
}

/// Prints a constant with its type (`i32 -1`, `ptr @g`, `[2 x i8] c"a\00"`).
pub fn print_constant(m: &Module, c: crate::ir::Const) -> String {
    let mut s = String::new();
    let _ = write_typed_const(&mut s, m, c, Nest::TOP);
    s
}

/// Prints a type (`{ i32, ptr }`); unlike [`Types::display`] it never panics on indices
/// outside the table.
pub fn print_type(types: &Types, t: Type) -> String {
    let mut s = String::new();
    let _ = write_type(&mut s, types, t);
    s
}

/// Writes a type in `.ll` syntax, printing `<badtype>` for indices outside the table.
pub fn write_type(out: &mut impl Write, types: &Types, t: Type) -> fmt::Result {
    write_type_in(out, types, t, Nest::TOP)
}

/// Where a recursive walk over types or constants is. Interning makes every member of a
/// literal type, and every operand of a constant, older (a smaller index) than its parent,
/// so a member that is not older is malformed (possibly cyclic) and is not followed; depth
/// is capped as well, to bound the stack.
#[derive(Copy, Clone)]
struct Nest {
    below: usize,
    depth: u32,
}

impl Nest {
    const TOP: Nest = Nest {
        below: usize::MAX,
        depth: 0,
    };
    /// The nest for the members of entity `index`, or `None` when it must not be entered.
    fn enter(self, index: usize) -> Option<Nest> {
        (index < self.below && self.depth < MAX_DEPTH).then_some(Nest {
            below: index,
            depth: self.depth + 1,
        })
    }
}

fn write_type_list(out: &mut impl Write, types: &Types, items: &[Type], nest: Nest) -> fmt::Result {
    for (i, &t) in items.iter().enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        write_type_in(out, types, t, nest)?;
    }
    Ok(())
}

fn write_type_in(out: &mut impl Write, types: &Types, t: Type, nest: Nest) -> fmt::Result {
    let (Some(data), Some(nest)) = (types.get(t), nest.enter(t.index())) else {
        return out.write_str("<badtype>");
    };
    match data {
        TypeData::Void => out.write_str("void"),
        TypeData::Int(b) => write!(out, "i{b}"),
        TypeData::Float => out.write_str("float"),
        TypeData::Double => out.write_str("double"),
        TypeData::Ptr(0) => out.write_str("ptr"),
        TypeData::Ptr(a) => write!(out, "ptr addrspace({a})"),
        TypeData::Array { elem, len } => {
            write!(out, "[{len} x ")?;
            write_type_in(out, types, *elem, nest)?;
            out.write_char(']')
        }
        TypeData::Vector { elem, len } => {
            write!(out, "<{len} x ")?;
            write_type_in(out, types, *elem, nest)?;
            out.write_char('>')
        }
        TypeData::Struct { fields, packed } => write_struct_body(out, types, fields, *packed, nest),
        TypeData::Named(_) => match types.named_info(t) {
            Some(n) => write_local_name(out, '%', &n.name),
            None => out.write_str("<badtype>"),
        },
        TypeData::Function {
            ret,
            params,
            varargs,
        } => {
            write_type_in(out, types, *ret, nest)?;
            out.write_str(" (")?;
            write_type_list(out, types, params, nest)?;
            if *varargs {
                out.write_str(if params.is_empty() { "..." } else { ", ..." })?;
            }
            out.write_char(')')
        }
        TypeData::Label => out.write_str("label"),
        TypeData::Metadata => out.write_str("metadata"),
    }
}

fn write_struct_body(
    out: &mut impl Write,
    types: &Types,
    fields: &[Type],
    packed: bool,
    nest: Nest,
) -> fmt::Result {
    if fields.is_empty() {
        return out.write_str(if packed { "<{}>" } else { "{}" });
    }
    out.write_str(if packed { "<{ " } else { "{ " })?;
    write_type_list(out, types, fields, nest)?;
    out.write_str(if packed { " }>" } else { " }" })
}

/// True when a name can be written without quotes: only `[-a-zA-Z$._0-9]`, not empty, and
/// (unless `digits_ok` and it is all digits) not starting with a digit.
fn is_plain_name(name: &str, digits_ok: bool) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'$' | b'.' | b'_'))
        && (!b[0].is_ascii_digit() || (digits_ok && b.iter().all(u8::is_ascii_digit)))
}

/// Writes a function-local name (`%x`, `%"a b"`, or a label without sigil). Unlike
/// [`write_local_name`], a name made only of digits is quoted too: unquoted it would read
/// back as a numbered value.
fn write_local(out: &mut impl Write, sigil: Option<char>, name: &str) -> fmt::Result {
    if let Some(s) = sigil {
        out.write_char(s)?;
    }
    if is_plain_name(name, false) {
        out.write_str(name)
    } else {
        write_quoted_bytes(out, name.as_bytes())
    }
}

/// Writes `"text"` with LLVM's escapes (`\22`, `\5C` and non-printable bytes as `\XX`).
fn write_quoted_bytes(out: &mut impl Write, bytes: &[u8]) -> fmt::Result {
    out.write_char('"')?;
    write_escaped(out, bytes)?;
    out.write_char('"')
}

fn write_escaped(out: &mut impl Write, bytes: &[u8]) -> fmt::Result {
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' || b == b'\\' || !(0x20..0x7f).contains(&b) {
            if start < i {
                // The run holds only printable ASCII, so it is valid UTF-8.
                out.write_str(std::str::from_utf8(&bytes[start..i]).unwrap_or(""))?;
            }
            write!(out, "\\{b:02X}")?;
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.write_str(std::str::from_utf8(&bytes[start..]).unwrap_or(""))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Floating point
// ---------------------------------------------------------------------------------------

/// Writes a floating-point constant (given as the bits of its `f64` value) the way LLVM
/// does: `1.000000e-01`, `-0.000000e+00`, `1.000000e+300` when the six-digit form reads back
/// to the same `double`, else `0x` and the upper-case hexadecimal bits (`0x7FF0000000000000`
/// for infinity, `0x3FB99999A0000000` for the `float` 0.1).
pub fn write_float_literal(out: &mut impl Write, bits: u64) -> fmt::Result {
    let v = f64::from_bits(bits);
    if v.is_finite() {
        let mut buf = [0u8; 24];
        let len = decimal_form(v, &mut buf);
        // The buffer holds ASCII only.
        let text = std::str::from_utf8(&buf[..len]).unwrap_or("");
        if text.parse::<f64>().is_ok_and(|back| back == v) {
            return out.write_str(text);
        }
    }
    write!(out, "0x{bits:X}")
}

/// Formats a finite `v` as `[-]d.dddddde±XX`: the exact decimal expansion is cut to about
/// seven significant digits (dropping whole powers of ten, as LLVM's `APFloat::toString`
/// does before it rounds), then rounded half-up to six significant digits, then padded to
/// six fraction digits. Returns the length written into `buf`.
fn decimal_form(v: f64, buf: &mut [u8; 24]) -> usize {
    let mut len = 0;
    let mut push = |buf: &mut [u8; 24], b: u8| {
        buf[len] = b;
        len += 1;
    };
    if v.is_sign_negative() {
        push(buf, b'-');
    }
    if v == 0.0 {
        for &b in b"0.000000e+00" {
            push(buf, b);
        }
        return len;
    }
    // v = mant * 2^exp2 with mant odd.
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp2) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp2 += tz as i32;

    // The exact value as significand * 10^exp10.
    let mut big = BigUint::from_u64(mant);
    let mut exp10: i32 = 0;
    if exp2 > 0 {
        big.shl(exp2 as u32);
    } else if exp2 < 0 {
        // mant * 2^-k = mant * 5^k * 10^-k
        big.mul_pow5((-exp2) as u32);
        exp10 = exp2;
    }
    // Drop whole decimal digits until about 20 bits (6 * log2(10)) remain.
    const BITS_REQUIRED: u32 = (6 * 196u32).div_ceil(59);
    let active = big.bit_len();
    if active > BITS_REQUIRED {
        let tens = (active - BITS_REQUIRED) * 59 / 196;
        if tens > 0 {
            big.div_pow10(tens);
            exp10 += tens as i32;
        }
    }
    // Decimal digits, least significant first, without trailing zeros.
    let mut digits = [0u8; 40];
    let mut n = 0;
    let mut sig = big.to_u128();
    while sig != 0 && n < digits.len() {
        let d = (sig % 10) as u8;
        sig /= 10;
        if n == 0 && d == 0 {
            exp10 += 1;
        } else {
            digits[n] = d;
            n += 1;
        }
    }
    // Round half-up to six significant digits.
    if n > 6 {
        let mut first = n - 6;
        if digits[first - 1] < 5 {
            while first < n && digits[first] == 0 {
                first += 1;
            }
        } else {
            while first < n && digits[first] == 9 {
                first += 1;
            }
            if first < n {
                digits[first] += 1;
            }
        }
        if first == n {
            digits[0] = 1;
            exp10 += n as i32;
            n = 1;
        } else {
            digits.copy_within(first..n, 0);
            exp10 += first as i32;
            n -= first;
        }
    }
    let exp_out = exp10 + n as i32 - 1;
    push(buf, b'0' + digits[n - 1]);
    push(buf, b'.');
    for i in (0..n - 1).rev() {
        push(buf, b'0' + digits[i]);
    }
    for _ in n - 1..6 {
        push(buf, b'0');
    }
    push(buf, b'e');
    push(buf, if exp_out < 0 { b'-' } else { b'+' });
    let e = exp_out.unsigned_abs();
    if e >= 100 {
        push(buf, b'0' + (e / 100) as u8);
    }
    push(buf, b'0' + (e / 10 % 10) as u8);
    push(buf, b'0' + (e % 10) as u8);
    len
}

/// Just enough of an unsigned big integer for [`decimal_form`]: values up to
/// 2^53 · 5^1074 (about 2550 bits).
struct BigUint {
    /// Little-endian 32-bit limbs.
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_u64(v: u64) -> Self {
        BigUint {
            limbs: vec![v as u32, (v >> 32) as u32],
        }
    }
    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }
    fn bit_len(&self) -> u32 {
        match self.limbs.iter().rposition(|&l| l != 0) {
            Some(i) => i as u32 * 32 + (32 - self.limbs[i].leading_zeros()),
            None => 0,
        }
    }
    fn shl(&mut self, k: u32) {
        let (words, bits) = ((k / 32) as usize, k % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for l in &mut self.limbs {
                let next = *l >> (32 - bits);
                *l = (*l << bits) | carry;
                carry = next;
            }
            self.limbs.push(carry);
        }
        self.limbs.splice(0..0, std::iter::repeat_n(0, words));
        self.trim();
    }
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for l in &mut self.limbs {
            let p = u64::from(*l) * u64::from(m) + carry;
            *l = p as u32;
            carry = p >> 32;
        }
        if carry > 0 {
            self.limbs.push(carry as u32);
        }
    }
    fn mul_pow5(&mut self, mut k: u32) {
        const POW5_13: u32 = 1_220_703_125;
        while k >= 13 {
            self.mul_small(POW5_13);
            k -= 13;
        }
        if k > 0 {
            self.mul_small(5u32.pow(k));
        }
    }
    fn div_small(&mut self, d: u32) {
        let mut rem = 0u64;
        for l in self.limbs.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*l);
            *l = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        self.trim();
    }
    fn div_pow10(&mut self, mut k: u32) {
        // Floor division in steps is exact floor division overall.
        while k >= 9 {
            self.div_small(1_000_000_000);
            k -= 9;
        }
        if k > 0 {
            self.div_small(10u32.pow(k));
        }
    }
    fn to_u128(&self) -> u128 {
        self.limbs
            .iter()
            .take(4)
            .rev()
            .fold(0u128, |acc, &l| (acc << 32) | u128::from(l))
    }
}

// ---------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------

/// Writes an integer of `bits` bits (stored zero-extended) as LLVM does: signed decimal,
/// `true`/`false` for `i1`.
fn write_int(out: &mut impl Write, bits: u32, v: u128) -> fmt::Result {
    match bits {
        1 => out.write_str(if v & 1 != 0 { "true" } else { "false" }),
        2..=127 => {
            let shift = 128 - bits;
            write!(out, "{}", ((v << shift) as i128) >> shift)
        }
        128 => write!(out, "{}", v as i128),
        _ => write!(out, "{v}"),
    }
}

fn write_typed_const(
    out: &mut impl Write,
    m: &Module,
    c: crate::ir::Const,
    nest: Nest,
) -> fmt::Result {
    match m.consts.get(c) {
        Some(d) => {
            write_type(out, &m.types, d.ty)?;
            out.write_char(' ')?;
            write_const(out, m, c, nest)
        }
        None => out.write_str("<badtype> <badref>"),
    }
}

fn write_global_ref(out: &mut impl Write, m: &Module, r: GlobalRef) -> fmt::Result {
    let name = match r {
        GlobalRef::Function(f) => m.functions.get(f).map(|f| &*f.name),
        GlobalRef::Global(g) => m.globals.get(g).map(|g| &*g.name),
        GlobalRef::Alias(a) => m.aliases.get(a).map(|a| &*a.name),
    };
    match name {
        Some(n) => write_local_name(out, '@', n),
        None => out.write_str("@<badref>"),
    }
}

/// Writes a constant's value (without its type).
fn write_const(out: &mut impl Write, m: &Module, c: crate::ir::Const, nest: Nest) -> fmt::Result {
    let (Some(data), Some(nest)) = (m.consts.get(c), nest.enter(c.index())) else {
        return out.write_str("<badref>");
    };
    let types = &m.types;
    match &data.kind {
        ConstKind::Int(v) => match types.get(data.ty) {
            Some(TypeData::Int(bits)) => write_int(out, *bits, *v),
            _ => write!(out, "{v}"),
        },
        ConstKind::Float(bits) => write_float_literal(out, *bits),
        // A metadata argument the reader dropped: write an empty node, which reads back as
        // the same placeholder and which LLVM accepts.
        ConstKind::Undef | ConstKind::Poison | ConstKind::Zero
            if matches!(types.get(data.ty), Some(TypeData::Metadata)) =>
        {
            out.write_str("!{}")
        }
        ConstKind::Null => out.write_str("null"),
        ConstKind::Undef => out.write_str("undef"),
        ConstKind::Poison => out.write_str("poison"),
        ConstKind::Zero => out.write_str("zeroinitializer"),
        ConstKind::Bytes(b) => {
            out.write_char('c')?;
            write_quoted_bytes(out, b)
        }
        ConstKind::GlobalAddr(r) => write_global_ref(out, m, *r),
        ConstKind::Aggregate(elems) => {
            let (open, close) = match types.get(data.ty) {
                Some(TypeData::Array { .. }) => ("[", "]"),
                Some(TypeData::Vector { .. }) => ("<", ">"),
                Some(TypeData::Struct { packed: true, .. }) => ("<{", "}>"),
                _ if types.named_info(data.ty).is_some_and(|n| n.packed) => ("<{", "}>"),
                _ => ("{", "}"),
            };
            let is_struct = open.ends_with('{');
            out.write_str(open)?;
            if is_struct && !elems.is_empty() {
                out.write_char(' ')?;
            }
            for (i, &e) in elems.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                write_typed_const(out, m, e, nest)?;
            }
            if is_struct && !elems.is_empty() {
                out.write_char(' ')?;
            }
            out.write_str(close)
        }
        ConstKind::Expr(e) => write_const_expr(out, m, data.ty, e, nest),
    }
}

fn write_const_expr(
    out: &mut impl Write,
    m: &Module,
    ty: Type,
    e: &ConstExpr,
    nest: Nest,
) -> fmt::Result {
    match e {
        ConstExpr::Gep {
            source_ty,
            base,
            indices,
            inbounds,
        } => {
            out.write_str(if *inbounds {
                "getelementptr inbounds ("
            } else {
                "getelementptr ("
            })?;
            write_type(out, &m.types, *source_ty)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *base, nest)?;
            for &i in indices.iter() {
                out.write_str(", ")?;
                write_typed_const(out, m, i, nest)?;
            }
            out.write_char(')')
        }
        ConstExpr::Cast { op, value } => {
            write!(out, "{} (", op.name())?;
            write_typed_const(out, m, *value, nest)?;
            out.write_str(" to ")?;
            write_type(out, &m.types, ty)?;
            out.write_char(')')
        }
        ConstExpr::Binary { op, lhs, rhs } => {
            write!(out, "{} (", op.name())?;
            write_typed_const(out, m, *lhs, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *rhs, nest)?;
            out.write_char(')')
        }
        ConstExpr::ICmp { pred, lhs, rhs } => {
            write!(out, "icmp {} (", pred.name())?;
            write_typed_const(out, m, *lhs, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *rhs, nest)?;
            out.write_char(')')
        }
        ConstExpr::FCmp { pred, lhs, rhs } => {
            write!(out, "fcmp {} (", pred.name())?;
            write_typed_const(out, m, *lhs, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *rhs, nest)?;
            out.write_char(')')
        }
        ConstExpr::Select {
            cond,
            if_true,
            if_false,
        } => {
            out.write_str("select (")?;
            write_typed_const(out, m, *cond, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *if_true, nest)?;
            out.write_str(", ")?;
            write_typed_const(out, m, *if_false, nest)?;
            out.write_char(')')
        }
    }
}

// ---------------------------------------------------------------------------------------
// Attributes and flags
// ---------------------------------------------------------------------------------------

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
fn write_param_attrs(out: &mut impl Write, types: &Types, a: &ParamAttrs) -> fmt::Result {
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
fn write_flags(out: &mut impl Write, flags: ArithFlags) -> fmt::Result {
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

fn write_fn_attrs(out: &mut impl Write, a: &FnAttrs) -> fmt::Result {
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

fn write_linkage(out: &mut impl Write, l: Linkage) -> fmt::Result {
    let kw = l.keyword();
    if !kw.is_empty() {
        out.write_str(kw)?;
        out.write_char(' ')?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Slot numbering
// ---------------------------------------------------------------------------------------

/// How a function-local value or block is written.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Slot {
    /// Not reachable through the parameters or the layout: `<badref>`.
    None,
    /// `%N`.
    Num(u32),
    /// Its own name.
    Named,
    /// A made-unique name, index into [`Slots::renamed`].
    Renamed(u32),
}

/// The numbering and naming of one function's values and blocks.
pub(crate) struct Slots {
    values: Vec<Slot>,
    blocks: Vec<Slot>,
    renamed: Vec<String>,
}

/// A local name as stored (`None` or empty means unnamed).
fn own_name(name: &Option<Box<str>>) -> Option<&str> {
    name.as_deref().filter(|n| !n.is_empty())
}

impl Slots {
    /// Numbers and names the values and blocks of `func`.
    pub(crate) fn new(func: &Function) -> Self {
        let Some(body) = &func.body else {
            return Slots {
                values: Vec::new(),
                blocks: Vec::new(),
                renamed: Vec::new(),
            };
        };
        let mut s = Slots {
            values: vec![Slot::None; body.values.len()],
            blocks: vec![Slot::None; body.blocks.len()],
            renamed: Vec::new(),
        };
        // Entities in numbering order: params, then per block its label and its results.
        #[derive(Copy, Clone)]
        enum Ent {
            V(usize),
            B(usize),
        }
        let mut order: Vec<Ent> = Vec::with_capacity(body.values.len() + body.layout.len());
        for &p in &func.params {
            if body.values.is_valid(p) {
                order.push(Ent::V(p.index()));
            }
        }
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            order.push(Ent::B(b.index()));
            for &i in &bd.insts {
                if let Some(v) = body.insts.get(i).and_then(|d| d.result)
                    && body.values.is_valid(v)
                {
                    order.push(Ent::V(v.index()));
                }
            }
        }
        let name_of = |e: Ent| -> Option<&str> {
            match e {
                Ent::V(i) => own_name(&body.values[Value::new(i)].name),
                Ent::B(i) => own_name(&body.blocks[Block::new(i)].name),
            }
        };
        let mut next = 0u32;
        let mut seen: HashSet<&str> = HashSet::new();
        let mut dups: Vec<Ent> = Vec::new();
        for &e in &order {
            let slot = match e {
                Ent::V(i) => &mut s.values[i],
                Ent::B(i) => &mut s.blocks[i],
            };
            if *slot != Slot::None {
                // Listed twice (malformed): keep the first assignment.
                continue;
            }
            match name_of(e) {
                None => {
                    *slot = Slot::Num(next);
                    next += 1;
                }
                Some(n) => {
                    if seen.insert(n) {
                        *slot = Slot::Named;
                    } else {
                        // Placeholder until the duplicates are renamed below.
                        *slot = Slot::Renamed(u32::MAX);
                        dups.push(e);
                    }
                }
            }
        }
        if !dups.is_empty() {
            let mut taken: HashSet<String> = seen.iter().map(|s| s.to_string()).collect();
            for e in dups {
                let base = name_of(e).unwrap_or("");
                let mut k = 1u64;
                let fresh = loop {
                    let cand = format!("{base}{k}");
                    if !taken.contains(&cand) {
                        break cand;
                    }
                    k += 1;
                };
                taken.insert(fresh.clone());
                let idx = s.renamed.len() as u32;
                s.renamed.push(fresh);
                match e {
                    Ent::V(i) => s.values[i] = Slot::Renamed(idx),
                    Ent::B(i) => s.blocks[i] = Slot::Renamed(idx),
                }
            }
        }
        s
    }
}

// ---------------------------------------------------------------------------------------
// Module and functions
// ---------------------------------------------------------------------------------------

fn estimate_size(m: &Module) -> usize {
    let insts: usize = m
        .functions
        .values()
        .filter_map(|f| f.body.as_ref())
        .map(|b| b.insts.len())
        .sum();
    insts * 40 + m.globals.len() * 64 + m.functions.len() * 64 + 256
}

struct ModulePrinter<'m> {
    m: &'m Module,
}

impl<'m> ModulePrinter<'m> {
    fn new(m: &'m Module) -> Self {
        ModulePrinter { m }
    }

    fn module(&mut self, out: &mut impl Write) -> fmt::Result {
        let m = self.m;
        out.write_str("; ModuleID = '")?;
        for ch in m.name.chars() {
            if ch.is_control() {
                out.write_char('?')?;
            } else {
                out.write_char(ch)?;
            }
        }
        out.write_str("'\n")?;
        if let Some(s) = &m.source_filename {
            out.write_str("source_filename = ")?;
            write_quoted_bytes(out, s.as_bytes())?;
            out.write_char('\n')?;
        }
        if let Some(s) = &m.datalayout {
            out.write_str("target datalayout = ")?;
            write_quoted_bytes(out, s.as_bytes())?;
            out.write_char('\n')?;
        }
        if let Some(s) = &m.triple {
            out.write_str("target triple = ")?;
            write_quoted_bytes(out, s.as_bytes())?;
            out.write_char('\n')?;
        }

        let mut any = false;
        for (_, n) in m.types.named_structs() {
            if !any {
                out.write_char('\n')?;
                any = true;
            }
            write_local_name(out, '%', &n.name)?;
            out.write_str(" = type ")?;
            match &n.fields {
                Some(fields) => write_struct_body(out, &m.types, fields, n.packed, Nest::TOP)?,
                None => out.write_str("opaque")?,
            }
            out.write_char('\n')?;
        }

        if !m.globals.is_empty() {
            out.write_char('\n')?;
        }
        for g in m.globals.values() {
            self.global(out, g)?;
        }

        if !m.aliases.is_empty() {
            out.write_char('\n')?;
        }
        for a in m.aliases.values() {
            write_local_name(out, '@', &a.name)?;
            out.write_str(" = ")?;
            write_linkage(out, a.linkage)?;
            out.write_str("alias ")?;
            write_type(out, &m.types, a.value_ty)?;
            out.write_str(", ")?;
            write_typed_const(out, m, a.aliasee, Nest::TOP)?;
            out.write_char('\n')?;
        }

        for f in m.functions.keys() {
            out.write_char('\n')?;
            self.function(out, f)?;
        }
        Ok(())
    }

    fn global(&mut self, out: &mut impl Write, g: &crate::ir::GlobalVar) -> fmt::Result {
        let m = self.m;
        write_local_name(out, '@', &g.name)?;
        out.write_str(" = ")?;
        if g.init.is_none() && g.linkage == Linkage::External {
            out.write_str("external ")?;
        } else {
            write_linkage(out, g.linkage)?;
        }
        if g.thread_local {
            out.write_str("thread_local ")?;
        }
        if g.unnamed_addr {
            out.write_str("unnamed_addr ")?;
        }
        out.write_str(if g.is_constant {
            "constant "
        } else {
            "global "
        })?;
        write_type(out, &m.types, g.value_ty)?;
        if let Some(init) = g.init {
            out.write_char(' ')?;
            write_const(out, m, init, Nest::TOP)?;
        }
        if let Some(s) = &g.section {
            out.write_str(", section ")?;
            write_quoted_bytes(out, s.as_bytes())?;
        }
        if let Some(a) = g.align {
            write!(out, ", align {a}")?;
        }
        out.write_char('\n')
    }

    fn function(&mut self, out: &mut impl Write, f: FuncId) -> fmt::Result {
        let m = self.m;
        let Some(func) = m.functions.get(f) else {
            return out.write_str("; <badref>\n");
        };
        let slots = Slots::new(func);
        FunctionPrinter::new(m, func, &slots).function(out)
    }
}

/// Prints the parts of one function, with its slot numbering.
pub(crate) struct FunctionPrinter<'a> {
    m: &'a Module,
    func: &'a Function,
    slots: &'a Slots,
}

impl<'a> FunctionPrinter<'a> {
    pub(crate) fn new(m: &'a Module, func: &'a Function, slots: &'a Slots) -> Self {
        FunctionPrinter { m, func, slots }
    }

    fn types(&self) -> &'a Types {
        &self.m.types
    }

    fn function(&self, out: &mut impl Write) -> fmt::Result {
        let m = self.m;
        let func = self.func;
        let sig = match m.types.get(func.ty) {
            Some(TypeData::Function {
                ret,
                params,
                varargs,
            }) => Some((*ret, &params[..], *varargs)),
            _ => None,
        };
        let (ret, params, varargs) = sig.unwrap_or((Type::VOID, &[], false));
        out.write_str(if func.body.is_some() {
            "define "
        } else {
            "declare "
        })?;
        write_linkage(out, func.linkage)?;
        if !func.ret_attrs.is_empty() {
            // `write_param_attrs` puts a space before each attribute; here one goes after.
            write_param_attrs(
                &mut SkipFirstSpace(out, true),
                self.types(),
                &func.ret_attrs,
            )?;
            out.write_char(' ')?;
        }
        if sig.is_none() {
            out.write_str("<badtype> ")?;
        }
        write_type(out, self.types(), ret)?;
        out.write_char(' ')?;
        write_local_name(out, '@', &func.name)?;
        out.write_char('(')?;
        for (i, &pt) in params.iter().enumerate() {
            if i > 0 {
                out.write_str(", ")?;
            }
            write_type(out, self.types(), pt)?;
            if let Some(a) = func.param_attrs.get(i) {
                write_param_attrs(out, self.types(), a)?;
            }
            if func.body.is_some() {
                out.write_char(' ')?;
                match func.params.get(i) {
                    Some(&v) => self.value_name(out, v)?,
                    None => out.write_str("%<badref>")?,
                }
            }
        }
        if varargs {
            out.write_str(if params.is_empty() { "..." } else { ", ..." })?;
        }
        out.write_char(')')?;
        write_fn_attrs(out, &func.attrs)?;
        if let Some(a) = func.align {
            write!(out, " align {a}")?;
        }
        let Some(body) = &func.body else {
            return out.write_char('\n');
        };
        out.write_str(" {\n")?;

        let (pred_start, preds) = self.predecessor_lists(body);
        for (pos, &b) in body.layout.iter().enumerate() {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            let is_entry = pos == 0;
            if !is_entry {
                out.write_char('\n')?;
            }
            let unnamed_entry = is_entry && matches!(self.slots.blocks[b.index()], Slot::Num(_));
            if !unnamed_entry {
                let mut counted = Counting { out, n: 0 };
                self.block_label(&mut counted, b)?;
                let len = counted.n + 1;
                out.write_char(':')?;
                if !is_entry {
                    let ps =
                        &preds[pred_start[b.index()] as usize..pred_start[b.index() + 1] as usize];
                    for _ in 0..PREDS_COLUMN.saturating_sub(len).max(1) {
                        out.write_char(' ')?;
                    }
                    if ps.is_empty() {
                        out.write_str("; No predecessors!")?;
                    } else {
                        out.write_str("; preds = ")?;
                        for (i, &p) in ps.iter().enumerate() {
                            if i > 0 {
                                out.write_str(", ")?;
                            }
                            self.block_ref(out, Block::from_u32(p))?;
                        }
                    }
                }
                out.write_char('\n')?;
            }
            for &i in &bd.insts {
                out.write_str("  ")?;
                self.inst(out, i)?;
                out.write_char('\n')?;
            }
        }
        out.write_str("}\n")
    }

    /// The distinct predecessors of every block, in layout order, for the `; preds = ...`
    /// comments: block `b`'s are `preds[start[b]..start[b + 1]]`.
    fn predecessor_lists(&self, body: &Body) -> (Vec<u32>, Vec<u32>) {
        let n = body.blocks.len();
        // (successor, predecessor) pairs, each pair once.
        let mut edges: Vec<(u32, u32)> = Vec::new();
        for &b in &body.layout {
            let Some(t) = self.terminator(b) else {
                continue;
            };
            let first = edges.len();
            t.for_each_successor(|s| {
                if s.index() < n {
                    edges.push((s.as_u32(), b.as_u32()));
                }
            });
            // A switch may name one block many times: keep each successor once.
            edges[first..].sort_unstable();
            let mut kept = first;
            for i in first..edges.len() {
                if kept == first || edges[i] != edges[kept - 1] {
                    edges[kept] = edges[i];
                    kept += 1;
                }
            }
            edges.truncate(kept);
        }
        let mut start = vec![0u32; n + 1];
        for &(s, _) in &edges {
            start[s as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut preds = vec![0u32; edges.len()];
        let mut fill = start.clone();
        for &(s, p) in &edges {
            preds[fill[s as usize] as usize] = p;
            fill[s as usize] += 1;
        }
        (start, preds)
    }

    fn terminator(&self, b: Block) -> Option<&'a InstKind> {
        let body = self.func.body.as_ref()?;
        let last = *body.blocks.get(b)?.insts.last()?;
        let k = &body.insts.get(last)?.kind;
        k.is_terminator().then_some(k)
    }

    /// Writes `%name` / `%N` for a value.
    pub(crate) fn value_name(&self, out: &mut impl Write, v: Value) -> fmt::Result {
        let slot = self
            .slots
            .values
            .get(v.index())
            .copied()
            .unwrap_or(Slot::None);
        match slot {
            Slot::None => out.write_str("%<badref>"),
            Slot::Num(n) => write!(out, "%{n}"),
            Slot::Named => {
                let name = self
                    .func
                    .body
                    .as_ref()
                    .and_then(|b| b.values.get(v))
                    .and_then(|d| own_name(&d.name))
                    .unwrap_or("");
                write_local(out, Some('%'), name)
            }
            Slot::Renamed(i) => write_local(out, Some('%'), &self.slots.renamed[i as usize]),
        }
    }

    /// Writes a block's label without `%` or `:`.
    fn block_label(&self, out: &mut impl Write, b: Block) -> fmt::Result {
        let slot = self
            .slots
            .blocks
            .get(b.index())
            .copied()
            .unwrap_or(Slot::None);
        match slot {
            Slot::None => out.write_str("<badref>"),
            Slot::Num(n) => write!(out, "{n}"),
            Slot::Named => {
                let name = self
                    .func
                    .body
                    .as_ref()
                    .and_then(|body| body.blocks.get(b))
                    .and_then(|d| own_name(&d.name))
                    .unwrap_or("");
                write_local(out, None, name)
            }
            Slot::Renamed(i) => write_local(out, None, &self.slots.renamed[i as usize]),
        }
    }

    /// Writes `%label` for a block operand.
    pub(crate) fn block_ref(&self, out: &mut impl Write, b: Block) -> fmt::Result {
        out.write_char('%')?;
        self.block_label(out, b)
    }

    fn operand_type(&self, op: Operand) -> Option<Type> {
        match op {
            Operand::Value(v) => self.func.body.as_ref()?.values.get(v).map(|d| d.ty),
            Operand::Const(c) => self.m.consts.get(c).map(|d| d.ty),
        }
    }

    fn write_opt_type(&self, out: &mut impl Write, t: Option<Type>) -> fmt::Result {
        match t {
            Some(t) => write_type(out, self.types(), t),
            None => out.write_str("<badtype>"),
        }
    }

    fn operand(&self, out: &mut impl Write, op: Operand) -> fmt::Result {
        match op {
            Operand::Value(v) => self.value_name(out, v),
            Operand::Const(c) => write_const(out, self.m, c, Nest::TOP),
        }
    }

    fn typed(&self, out: &mut impl Write, op: Operand) -> fmt::Result {
        self.write_opt_type(out, self.operand_type(op))?;
        out.write_char(' ')?;
        self.operand(out, op)
    }

    fn align(out: &mut impl Write, align: u32) -> fmt::Result {
        if align != 0 {
            write!(out, ", align {align}")?;
        }
        Ok(())
    }

    /// True when `op` is the address of a declaration of intrinsic `which`.
    fn is_intrinsic(&self, op: Operand, which: Intrinsic) -> bool {
        let Operand::Const(c) = op else { return false };
        match self.m.consts.get(c).map(|d| &d.kind) {
            Some(ConstKind::GlobalAddr(GlobalRef::Function(f))) => self
                .m
                .functions
                .get(*f)
                .is_some_and(|f| f.intrinsic == Some(which)),
            _ => false,
        }
    }

    /// True for the `metadata undef` the reader leaves for a dropped metadata argument.
    fn is_metadata_placeholder(&self, op: Operand) -> bool {
        let Operand::Const(c) = op else { return false };
        self.m.consts.get(c).is_some_and(|d| {
            matches!(self.m.types.get(d.ty), Some(TypeData::Metadata))
                && matches!(
                    d.kind,
                    ConstKind::Undef | ConstKind::Poison | ConstKind::Zero
                )
        })
    }

    fn is_i32_one(&self, op: Operand) -> bool {
        match op {
            Operand::Const(c) => self
                .m
                .consts
                .get(c)
                .is_some_and(|d| d.ty == Type::I32 && d.kind == ConstKind::Int(1)),
            Operand::Value(_) => false,
        }
    }

    /// Writes one instruction (`%r = ...`) without indentation or newline.
    pub(crate) fn inst(&self, out: &mut impl Write, inst: Inst) -> fmt::Result {
        let Some(body) = &self.func.body else {
            return out.write_str("<badref>");
        };
        let Some(data) = body.insts.get(inst) else {
            return out.write_str("<badref>");
        };
        let result_ty = data.result.and_then(|v| body.values.get(v)).map(|d| d.ty);
        if let Some(v) = data.result {
            self.value_name(out, v)?;
            out.write_str(" = ")?;
        }
        let types = self.types();
        match &data.kind {
            InstKind::Binary {
                op,
                flags,
                lhs,
                rhs,
            } => {
                out.write_str(op.name())?;
                write_flags(out, *flags)?;
                out.write_char(' ')?;
                self.typed(out, *lhs)?;
                out.write_str(", ")?;
                self.operand(out, *rhs)
            }
            InstKind::FNeg { flags, arg } => {
                out.write_str("fneg")?;
                write_flags(out, *flags)?;
                out.write_char(' ')?;
                self.typed(out, *arg)
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                write!(out, "icmp {} ", pred.name())?;
                self.typed(out, *lhs)?;
                out.write_str(", ")?;
                self.operand(out, *rhs)
            }
            InstKind::FCmp {
                pred,
                flags,
                lhs,
                rhs,
            } => {
                out.write_str("fcmp")?;
                write_flags(out, *flags)?;
                write!(out, " {} ", pred.name())?;
                self.typed(out, *lhs)?;
                out.write_str(", ")?;
                self.operand(out, *rhs)
            }
            InstKind::Alloca { ty, count, align } => {
                out.write_str("alloca ")?;
                write_type(out, types, *ty)?;
                if !self.is_i32_one(*count) {
                    out.write_str(", ")?;
                    self.typed(out, *count)?;
                }
                Self::align(out, *align)
            }
            InstKind::Load {
                ptr,
                align,
                volatile,
            } => {
                out.write_str(if *volatile { "load volatile " } else { "load " })?;
                self.write_opt_type(out, result_ty)?;
                out.write_str(", ")?;
                self.typed(out, *ptr)?;
                Self::align(out, *align)
            }
            InstKind::Store {
                value,
                ptr,
                align,
                volatile,
            } => {
                out.write_str(if *volatile {
                    "store volatile "
                } else {
                    "store "
                })?;
                self.typed(out, *value)?;
                out.write_str(", ")?;
                self.typed(out, *ptr)?;
                Self::align(out, *align)
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                inbounds,
            } => {
                out.write_str(if *inbounds {
                    "getelementptr inbounds "
                } else {
                    "getelementptr "
                })?;
                write_type(out, types, *source_ty)?;
                out.write_str(", ")?;
                self.typed(out, *base)?;
                for &i in indices.iter() {
                    out.write_str(", ")?;
                    self.typed(out, i)?;
                }
                Ok(())
            }
            InstKind::Cast { op, flags, value } => {
                out.write_str(op.name())?;
                write_flags(out, *flags)?;
                out.write_char(' ')?;
                self.typed(out, *value)?;
                out.write_str(" to ")?;
                self.write_opt_type(out, result_ty)
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                out.write_str("select ")?;
                self.typed(out, *cond)?;
                out.write_str(", ")?;
                self.typed(out, *if_true)?;
                out.write_str(", ")?;
                self.typed(out, *if_false)
            }
            InstKind::Phi { incoming } => {
                out.write_str("phi ")?;
                self.write_opt_type(out, result_ty)?;
                for (i, (v, b)) in incoming.iter().enumerate() {
                    out.write_str(if i == 0 { " [ " } else { ", [ " })?;
                    self.operand(out, *v)?;
                    out.write_str(", ")?;
                    self.block_ref(out, *b)?;
                    out.write_str(" ]")?;
                }
                Ok(())
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                tail,
            } => {
                let is_scope_decl = self.is_intrinsic(*callee, Intrinsic::NoAliasScopeDecl);
                out.write_str(match tail {
                    TailKind::None => "call",
                    TailKind::Tail => "tail call",
                    TailKind::MustTail => "musttail call",
                    TailKind::NoTail => "notail call",
                })?;
                write_param_attrs(out, types, ret_attrs)?;
                out.write_char(' ')?;
                match types.get(*fn_ty) {
                    Some(TypeData::Function {
                        ret,
                        varargs: false,
                        ..
                    }) => write_type(out, types, *ret)?,
                    _ => write_type(out, types, *fn_ty)?,
                }
                out.write_char(' ')?;
                self.operand(out, *callee)?;
                out.write_char('(')?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    self.write_opt_type(out, self.operand_type(a.value))?;
                    write_param_attrs(out, types, &a.attrs)?;
                    out.write_char(' ')?;
                    if is_scope_decl && self.is_metadata_placeholder(a.value) {
                        // LLVM's verifier wants a list of one alias scope here.
                        out.write_str(SCOPE_LIST_PLACEHOLDER)?;
                    } else {
                        self.operand(out, a.value)?;
                    }
                }
                out.write_char(')')
            }
            InstKind::ExtractValue { agg, indices } => {
                out.write_str("extractvalue ")?;
                self.typed(out, *agg)?;
                for i in indices.iter() {
                    write!(out, ", {i}")?;
                }
                Ok(())
            }
            InstKind::InsertValue { agg, elt, indices } => {
                out.write_str("insertvalue ")?;
                self.typed(out, *agg)?;
                out.write_str(", ")?;
                self.typed(out, *elt)?;
                for i in indices.iter() {
                    write!(out, ", {i}")?;
                }
                Ok(())
            }
            InstKind::ExtractElement { vec, index } => {
                out.write_str("extractelement ")?;
                self.typed(out, *vec)?;
                out.write_str(", ")?;
                self.typed(out, *index)
            }
            InstKind::InsertElement { vec, elt, index } => {
                out.write_str("insertelement ")?;
                self.typed(out, *vec)?;
                out.write_str(", ")?;
                self.typed(out, *elt)?;
                out.write_str(", ")?;
                self.typed(out, *index)
            }
            InstKind::ShuffleVector { a, b, mask } => {
                out.write_str("shufflevector ")?;
                self.typed(out, *a)?;
                out.write_str(", ")?;
                self.typed(out, *b)?;
                write!(out, ", <{} x i32> <", mask.len())?;
                for (i, lane) in mask.iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    match lane {
                        Some(n) => write!(out, "i32 {n}")?,
                        None => out.write_str("i32 poison")?,
                    }
                }
                out.write_char('>')
            }
            InstKind::Freeze { arg } => {
                out.write_str("freeze ")?;
                self.typed(out, *arg)
            }
            InstKind::VaArg { list } => {
                out.write_str("va_arg ")?;
                self.typed(out, *list)?;
                out.write_str(", ")?;
                self.write_opt_type(out, result_ty)
            }
            InstKind::Ret { value } => match value {
                Some(v) => {
                    out.write_str("ret ")?;
                    self.typed(out, *v)
                }
                None => out.write_str("ret void"),
            },
            InstKind::Br { dest } => {
                out.write_str("br label ")?;
                self.block_ref(out, *dest)
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                out.write_str("br ")?;
                self.typed(out, *cond)?;
                out.write_str(", label ")?;
                self.block_ref(out, *then_dest)?;
                out.write_str(", label ")?;
                self.block_ref(out, *else_dest)
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => {
                out.write_str("switch ")?;
                self.typed(out, *value)?;
                out.write_str(", label ")?;
                self.block_ref(out, *default)?;
                out.write_str(" [")?;
                let vty = self.operand_type(*value);
                let bits = vty.and_then(|t| match types.get(t) {
                    Some(TypeData::Int(b)) => Some(*b),
                    _ => None,
                });
                for (v, b) in cases.iter() {
                    out.write_str("\n    ")?;
                    self.write_opt_type(out, vty)?;
                    out.write_char(' ')?;
                    write_int(out, bits.unwrap_or(0), *v)?;
                    out.write_str(", label ")?;
                    self.block_ref(out, *b)?;
                }
                out.write_str(if cases.is_empty() { "]" } else { "\n  ]" })
            }
            InstKind::Unreachable => out.write_str("unreachable"),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
