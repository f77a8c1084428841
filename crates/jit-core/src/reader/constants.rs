//! Constants: integer and floating-point literals, `null`/`undef`/`poison`/
//! `zeroinitializer`, `c"..."` strings, arrays, structs, vectors, global addresses and the
//! constant expressions clang emits (`getelementptr`, casts, arithmetic, comparisons).
//!
//! Every constant is parsed against the type written before it and checked against it.
//! Integer literals must fit the width (as a signed or an unsigned number); `float`
//! literals must be exactly representable; hexadecimal `0x...` literals are `double` bit
//! patterns for both `float` and `double`, as LLVM writes them; `x86_fp80` and `fp128`
//! take `0xK...`/`0xL...` bit patterns (or a `double` literal, widened).

use super::error::PResult;
use super::lexer::{Tok, unescape};
use super::parser::Parser;
use crate::ir::{
    BinaryOp, CastOp, Const, ConstExpr, ConstKind, FloatPredicate, IntPredicate, Type, TypeData,
};

/// Parses a decimal integer literal (optionally negative) as an `iN` value, zero-extended.
/// `None` when it does not fit in `bits` bits as a signed or unsigned number.
pub(super) fn int_literal(text: &str, bits: u32) -> Option<u128> {
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut mag: u128 = 0;
    if digits.len() <= 19 {
        // Fits in u64 without overflow checks.
        let mut v: u64 = 0;
        for b in digits.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            v = v * 10 + (b - b'0') as u64;
        }
        mag = v as u128;
    } else {
        for b in digits.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            mag = mag.checked_mul(10)?.checked_add((b - b'0') as u128)?;
        }
    }
    let mask = if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    if neg {
        // The most negative signed value of the width is 2^(bits-1).
        if mag > 1u128 << (bits - 1) {
            return None;
        }
        Some(mag.wrapping_neg() & mask)
    } else {
        if mag & !mask != 0 {
            return None;
        }
        Some(mag)
    }
}

/// The type a hexadecimal float literal with prefix letter `k` would have.
fn other_float_type(k: u8) -> &'static str {
    match k {
        b'K' => "x86_fp80",
        b'L' => "fp128",
        b'M' => "ppc_fp128",
        b'H' => "half",
        _ => "bfloat",
    }
}

impl<'a> Parser<'a> {
    /// The interned `iN` constant `value` (already truncated to the width).
    #[inline]
    pub(super) fn int_const(&mut self, ty: Type, value: u128) -> Const {
        if let Some(&c) = self.int_cache.get(&(ty, value)) {
            return c;
        }
        let c = self.m.const_int(ty, value);
        self.int_cache.insert((ty, value), c);
        c
    }

    /// A constant of type `ty`.
    pub(super) fn parse_const(&mut self, ty: Type) -> PResult<Const> {
        match self.tok.kind {
            Tok::Int => self.parse_int_const(ty),
            Tok::GlobalVar | Tok::GlobalId => {
                if !self.m.types.is_ptr(ty) {
                    return Err(self.err(format!(
                        "global address {} must have type 'ptr', not '{}'",
                        self.found(),
                        self.ty_str(ty)
                    )));
                }
                if ty != Type::PTR {
                    return Err(
                        self.unsupported("globals outside address space 0 are not supported")
                    );
                }
                let c = self.global_addr(self.tok)?;
                self.bump()?;
                Ok(c)
            }
            _ => {
                self.enter()?;
                let r = self.parse_const_inner(ty);
                self.leave();
                r
            }
        }
    }

    fn parse_int_const(&mut self, ty: Type) -> PResult<Const> {
        let text = self.cur_text();
        let Some(bits) = self.m.types.int_bits(ty) else {
            return Err(self.err(format!(
                "integer constant '{text}' must have an integer type, not '{}'",
                self.ty_str(ty)
            )));
        };
        if bits > 128 {
            let Some(words) = crate::ir::wideint::parse_decimal(text, bits) else {
                return Err(self.err(format!("integer constant '{text}' does not fit in i{bits}")));
            };
            self.bump()?;
            return Ok(self.m.const_wide(ty, words));
        }
        let Some(v) = int_literal(text, bits) else {
            return Err(self.err(format!("integer constant '{text}' does not fit in i{bits}")));
        };
        self.bump()?;
        Ok(self.int_const(ty, v))
    }

    fn float_const(&mut self, ty: Type) -> PResult<Const> {
        let text = self.cur_text();
        if self.m.types.is_long_float(ty) {
            return self.wide_float_const(ty);
        }
        if self.tok.kind == Tok::HexFloatOther {
            let k = text.as_bytes().get(2).copied().unwrap_or(b'K');
            if matches!(k, b'K' | b'L') {
                return Err(self.err(format!(
                    "{} constant '{text}' must have type '{}', not '{}'",
                    other_float_type(k),
                    other_float_type(k),
                    self.ty_str(ty)
                )));
            }
            return Err(self.unsupported(format!(
                "{} constant '{text}' is not supported (unsupported type '{}')",
                other_float_type(k),
                other_float_type(k)
            )));
        }
        if !self.m.types.is_float(ty) {
            return Err(self.err(format!(
                "floating-point constant '{text}' must have a floating-point type, not '{}'",
                self.ty_str(ty)
            )));
        }
        let value = self.f64_literal(text)?;
        if ty == Type::F32 && !value.is_nan() && (value as f32) as f64 != value {
            return Err(self.err(format!(
                "floating-point constant '{text}' is not exactly representable as 'float'"
            )));
        }
        self.bump()?;
        Ok(self.m.constant(ty, ConstKind::Float(value.to_bits())))
    }

    /// A decimal literal or a `0x` + 16 digits `double` bit pattern.
    fn f64_literal(&self, text: &str) -> PResult<f64> {
        Ok(if self.tok.kind == Tok::HexFloat {
            let digits = &text[2..];
            if digits.len() > 16 {
                return Err(self.err(format!(
                    "hexadecimal constant '{text}' has more than 16 digits"
                )));
            }
            let bits = u64::from_str_radix(digits, 16)
                .map_err(|_| self.err(format!("malformed hexadecimal constant '{text}'")))?;
            f64::from_bits(bits)
        } else {
            text.parse::<f64>()
                .map_err(|_| self.err(format!("malformed floating-point constant '{text}'")))?
        })
    }

    /// An `x86_fp80` or `fp128` constant: `0xK` + 20 hex digits (sign and exponent, then
    /// the 64-bit significand), `0xL` + 32 hex digits (the low 64 bits of the binary128
    /// encoding first, then the high 64 bits, as LLVM writes them), or a `double` literal
    /// (decimal or `0x`), which widens exactly.
    fn wide_float_const(&mut self, ty: Type) -> PResult<Const> {
        let text = self.cur_text();
        let fp80 = ty == Type::X86_FP80;
        let bits = if self.tok.kind == Tok::HexFloatOther {
            let k = text.as_bytes()[2];
            let want = if fp80 { b'K' } else { b'L' };
            if k != want {
                return Err(self.err(format!(
                    "{} constant '{text}' must have type '{}', not '{}'",
                    other_float_type(k),
                    other_float_type(k),
                    self.ty_str(ty)
                )));
            }
            let digits = &text[3..];
            let max = if fp80 { 20 } else { 32 };
            if digits.len() > max {
                return Err(self.err(format!(
                    "hexadecimal constant '{text}' has more than {max} digits"
                )));
            }
            let malformed = || self.err(format!("malformed hexadecimal constant '{text}'"));
            if fp80 {
                // Shorter literals are right-aligned, like LLVM's lexer does.
                u128::from_str_radix(digits, 16).map_err(|_| malformed())?
            } else {
                // Each half is read from the left; LLVM fills missing digits of the
                // second half from the right.
                let split = digits.len().min(16);
                let lo = u64::from_str_radix(&digits[..split], 16).map_err(|_| malformed())?;
                let hi = if split < digits.len() {
                    u64::from_str_radix(&digits[split..], 16).map_err(|_| malformed())?
                } else {
                    0
                };
                u128::from(lo) | (u128::from(hi) << 64)
            }
        } else {
            let v = self.f64_literal(text)?;
            if fp80 {
                crate::ir::f64_to_x87_bits(v)
            } else {
                crate::ir::f64_to_quad_bits(v)
            }
        };
        self.bump()?;
        Ok(self.m.constant(ty, ConstKind::WideFloat(bits)))
    }

    fn parse_const_inner(&mut self, ty: Type) -> PResult<Const> {
        match self.tok.kind {
            Tok::Float | Tok::HexFloat | Tok::HexFloatOther => self.float_const(ty),
            Tok::CStr => {
                let raw = self.cur_text();
                let bytes = if raw.contains('\\') {
                    unescape(raw.as_bytes())
                } else {
                    raw.as_bytes().to_vec()
                };
                match self.m.types.data(ty) {
                    TypeData::Array { elem, len } if *elem == Type::I8 => {
                        if *len != bytes.len() as u64 {
                            return Err(self.err(format!(
                                "string constant has {} bytes but its type '{}' says {len}",
                                bytes.len(),
                                self.ty_str(ty)
                            )));
                        }
                    }
                    _ => {
                        return Err(self.err(format!(
                            "c\"...\" constants must have type '[N x i8]', not '{}'",
                            self.ty_str(ty)
                        )));
                    }
                }
                self.bump()?;
                Ok(self.m.constant(ty, ConstKind::Bytes(bytes.into())))
            }
            Tok::LBracket => self.parse_array_const(ty),
            Tok::LBrace => self.parse_struct_const(ty, false),
            Tok::Less => {
                if self.peek()?.kind == Tok::LBrace {
                    self.bump()?;
                    self.parse_struct_const(ty, true)
                } else {
                    self.parse_vector_const(ty)
                }
            }
            Tok::Ident => self.parse_keyword_const(ty),
            Tok::LocalVar | Tok::LocalId => Err(self.err(format!(
                "local value {} is not allowed in a constant",
                self.found()
            ))),
            Tok::MetaVar | Tok::MetaId | Tok::Exclaim => {
                Err(self.err("metadata is not allowed here"))
            }
            _ => Err(self.expected(&format!("a value of type '{}'", self.ty_str(ty)))),
        }
    }

    /// `T v` elements up to `close`, checking each type against `want(i)`.
    fn parse_elements(
        &mut self,
        close: Tok,
        what: &str,
        mut want: impl FnMut(usize) -> Option<Type>,
        agg_ty: Type,
    ) -> PResult<Vec<Const>> {
        let mut out = Vec::new();
        if self.eat(close)? {
            return Ok(out);
        }
        loop {
            let loc = self.here();
            let t = self.parse_type()?;
            match want(out.len()) {
                Some(w) if w == t => {}
                Some(w) => {
                    return Err(self.err_at(
                        loc,
                        format!(
                            "{what} element {} has type '{}' but '{}' expects '{}'",
                            out.len(),
                            self.ty_str(t),
                            self.ty_str(agg_ty),
                            self.ty_str(w)
                        ),
                    ));
                }
                None => {
                    return Err(self.err_at(
                        loc,
                        format!(
                            "{what} constant has more elements than its type '{}'",
                            self.ty_str(agg_ty)
                        ),
                    ));
                }
            }
            out.push(self.parse_const(t)?);
            if self.eat(Tok::Comma)? {
                continue;
            }
            if self.tok.kind != close {
                return Err(self.expected(&format!("',' or {}", close.describe())));
            }
            self.bump()?;
            return Ok(out);
        }
    }

    fn parse_array_const(&mut self, ty: Type) -> PResult<Const> {
        let loc = self.here();
        let TypeData::Array { elem, len } = *self.m.types.data(ty) else {
            return Err(self.err(format!(
                "array constant needs an array type, not '{}'",
                self.ty_str(ty)
            )));
        };
        self.bump()?;
        let elems = self.parse_elements(
            Tok::RBracket,
            "array",
            |i| ((i as u64) < len).then_some(elem),
            ty,
        )?;
        if elems.len() as u64 != len {
            return Err(self.err_at(
                loc,
                format!(
                    "array constant has {} elements but its type '{}' says {len}",
                    elems.len(),
                    self.ty_str(ty)
                ),
            ));
        }
        Ok(self.m.constant(ty, ConstKind::Aggregate(elems.into())))
    }

    /// `{ ... }`, or `<{ ... }>` with the `<` consumed when `packed`.
    fn parse_struct_const(&mut self, ty: Type, packed: bool) -> PResult<Const> {
        let loc = self.here();
        let fields: Vec<Type> = match self.m.types.struct_fields(ty) {
            Some((f, p)) if p == packed && !self.m.types.is_opaque(ty) => f.to_vec(),
            _ => {
                return Err(self.err(format!(
                    "{} constant needs a{} struct type, not '{}'",
                    if packed { "packed struct" } else { "struct" },
                    if packed { " packed" } else { "n unpacked" },
                    self.ty_str(ty)
                )));
            }
        };
        self.expect(Tok::LBrace, "'{'")?;
        let elems = self.parse_elements(Tok::RBrace, "struct", |i| fields.get(i).copied(), ty)?;
        if packed {
            self.expect(Tok::Greater, "'>' after a packed struct constant")?;
        }
        if elems.len() != fields.len() {
            return Err(self.err_at(
                loc,
                format!(
                    "struct constant has {} fields but its type '{}' has {}",
                    elems.len(),
                    self.ty_str(ty),
                    fields.len()
                ),
            ));
        }
        Ok(self.m.constant(ty, ConstKind::Aggregate(elems.into())))
    }

    fn parse_vector_const(&mut self, ty: Type) -> PResult<Const> {
        let loc = self.here();
        let TypeData::Vector { elem, len } = *self.m.types.data(ty) else {
            return Err(self.err(format!(
                "vector constant needs a vector type, not '{}'",
                self.ty_str(ty)
            )));
        };
        self.bump()?;
        let elems = self.parse_elements(
            Tok::Greater,
            "vector",
            |i| (i < len as usize).then_some(elem),
            ty,
        )?;
        if elems.len() != len as usize {
            return Err(self.err_at(
                loc,
                format!(
                    "vector constant has {} elements but its type '{}' says {len}",
                    elems.len(),
                    self.ty_str(ty)
                ),
            ));
        }
        Ok(self.m.constant(ty, ConstKind::Aggregate(elems.into())))
    }

    /// Parses `T v` and checks `T` is `want`.
    fn parse_typed_const_as(&mut self, want: Type) -> PResult<Const> {
        let loc = self.here();
        let t = self.parse_type()?;
        if t != want {
            return Err(self.err_at(
                loc,
                format!(
                    "operand has type '{}' but '{}' was expected",
                    self.ty_str(t),
                    self.ty_str(want)
                ),
            ));
        }
        self.parse_const(t)
    }

    fn parse_keyword_const(&mut self, ty: Type) -> PResult<Const> {
        let kw = self.cur_text();
        let loc = self.here();
        let simple = |p: &Self, ok: bool, need: &str| -> PResult<()> {
            if ok {
                Ok(())
            } else {
                Err(p.err(format!(
                    "'{kw}' constants must have {need} type, not '{}'",
                    p.ty_str(ty)
                )))
            }
        };
        match kw {
            "true" | "false" => {
                simple(self, ty == Type::I1, "the 'i1'")?;
                self.bump()?;
                Ok(self.int_const(ty, (kw == "true") as u128))
            }
            "null" => {
                simple(self, self.m.types.is_ptr(ty), "a pointer")?;
                self.bump()?;
                Ok(self.m.constant(ty, ConstKind::Null))
            }
            "undef" | "poison" | "zeroinitializer" => {
                simple(self, self.m.is_first_class(ty), "a first-class")?;
                self.bump()?;
                let kind = match kw {
                    "undef" => ConstKind::Undef,
                    "poison" => ConstKind::Poison,
                    _ => ConstKind::Zero,
                };
                Ok(self.m.constant(ty, kind))
            }
            "none" => Err(self.unsupported("'none' (token) constants are not supported")),
            "getelementptr" => self.parse_gep_const(ty),
            "blockaddress" => self.parse_blockaddress(ty),
            "dso_local_equivalent" | "no_cfi" => {
                Err(self.unsupported(format!("'{kw}' constants are not supported")))
            }
            "extractelement" | "insertelement" | "shufflevector" | "extractvalue"
            | "insertvalue" => {
                Err(self.unsupported(format!("constant expression '{kw}' is not supported")))
            }
            "asm" => Err(self.unsupported("inline asm is not supported")),
            "splat" => {
                let TypeData::Vector { elem, len } = *self.m.types.data(ty) else {
                    return Err(self.err(format!(
                        "'splat' needs a vector type, not '{}'",
                        self.ty_str(ty)
                    )));
                };
                self.bump()?;
                self.expect(Tok::LParen, "'('")?;
                let c = self.parse_typed_const_as(elem)?;
                self.expect(Tok::RParen, "')'")?;
                Ok(self
                    .m
                    .constant(ty, ConstKind::Aggregate(vec![c; len as usize].into())))
            }
            "icmp" | "fcmp" => {
                self.bump()?;
                let ploc = self.here();
                let pred = self.cur_text();
                let ip = IntPredicate::from_name(pred);
                let fp = FloatPredicate::from_name(pred);
                if self.tok.kind != Tok::Ident
                    || (kw == "icmp" && ip.is_none())
                    || fp.is_none() && kw == "fcmp"
                {
                    return Err(self.expected(&format!("an {kw} predicate")));
                }
                self.bump()?;
                self.expect(Tok::LParen, "'('")?;
                let oloc = self.here();
                let ot = self.parse_type()?;
                let lhs = self.parse_const(ot)?;
                self.expect(Tok::Comma, "','")?;
                let rhs = self.parse_typed_const_as(ot)?;
                self.expect(Tok::RParen, "')'")?;
                let ok = if kw == "icmp" {
                    self.m.types.is_int(ot) || self.m.types.is_ptr(ot)
                } else {
                    self.m.types.is_float(ot)
                };
                if !ok {
                    return Err(self.err_at(
                        oloc,
                        format!("invalid operand type '{}' for {kw}", self.ty_str(ot)),
                    ));
                }
                if ty != Type::I1 {
                    return Err(self.err_at(
                        ploc,
                        format!("{kw} produces 'i1', not '{}'", self.ty_str(ty)),
                    ));
                }
                let expr = match (ip, fp) {
                    (Some(pred), _) if kw == "icmp" => ConstExpr::ICmp { pred, lhs, rhs },
                    (_, Some(pred)) => ConstExpr::FCmp { pred, lhs, rhs },
                    _ => return Err(self.err_at(ploc, "invalid predicate")),
                };
                Ok(self.m.constant(ty, ConstKind::Expr(expr)))
            }
            "select" => {
                self.bump()?;
                self.expect(Tok::LParen, "'('")?;
                let cond = self.parse_typed_const_as(Type::I1)?;
                self.expect(Tok::Comma, "','")?;
                let if_true = self.parse_typed_const_as(ty)?;
                self.expect(Tok::Comma, "','")?;
                let if_false = self.parse_typed_const_as(ty)?;
                self.expect(Tok::RParen, "')'")?;
                Ok(self.m.constant(
                    ty,
                    ConstKind::Expr(ConstExpr::Select {
                        cond,
                        if_true,
                        if_false,
                    }),
                ))
            }
            _ => {
                if let Some(op) = CastOp::from_name(kw) {
                    self.bump()?;
                    self.expect(Tok::LParen, "'('")?;
                    let from = self.parse_type()?;
                    let value = self.parse_const(from)?;
                    self.expect_kw("to")?;
                    let tloc = self.here();
                    let to = self.parse_type()?;
                    self.expect(Tok::RParen, "')'")?;
                    if to != ty {
                        return Err(self.err_at(
                            tloc,
                            format!(
                                "cast produces '{}' but '{}' was expected",
                                self.ty_str(to),
                                self.ty_str(ty)
                            ),
                        ));
                    }
                    if let Err(m) = self.check_cast(op, from, to) {
                        return Err(self.err_at(loc, m));
                    }
                    return Ok(self
                        .m
                        .constant(ty, ConstKind::Expr(ConstExpr::Cast { op, value })));
                }
                if let Some(op) = BinaryOp::from_name(kw) {
                    self.bump()?;
                    self.parse_arith_flags()?;
                    self.expect(Tok::LParen, "'('")?;
                    let lhs = self.parse_typed_const_as(ty)?;
                    self.expect(Tok::Comma, "','")?;
                    let rhs = self.parse_typed_const_as(ty)?;
                    self.expect(Tok::RParen, "')'")?;
                    if let Err(m) = self.check_binary(op, ty) {
                        return Err(self.err_at(loc, m));
                    }
                    return Ok(self
                        .m
                        .constant(ty, ConstKind::Expr(ConstExpr::Binary { op, lhs, rhs })));
                }
                if let Some(hex) = kw.strip_prefix("u0x").or_else(|| kw.strip_prefix("s0x")) {
                    let Some(bits) = self.m.types.int_bits(ty) else {
                        return Err(self.err(format!(
                            "integer constant '{kw}' must have an integer type, not '{}'",
                            self.ty_str(ty)
                        )));
                    };
                    if bits > 128 {
                        let words = crate::ir::wideint::parse_hex(hex, bits).ok_or_else(|| {
                            self.err(format!("integer constant '{kw}' does not fit in i{bits}"))
                        })?;
                        self.bump()?;
                        return Ok(self.m.const_wide(ty, words));
                    }
                    let v = u128::from_str_radix(hex, 16)
                        .ok()
                        .filter(|v| bits >= 128 || v >> bits == 0)
                        .ok_or_else(|| {
                            self.err(format!("integer constant '{kw}' does not fit in i{bits}"))
                        })?;
                    self.bump()?;
                    return Ok(self.int_const(ty, v));
                }
                Err(self.expected(&format!("a constant of type '{}'", self.ty_str(ty))))
            }
        }
    }

    /// `getelementptr [inbounds] (T, ptr base, indices...)`.
    fn parse_gep_const(&mut self, ty: Type) -> PResult<Const> {
        let loc = self.here();
        self.bump()?;
        let inbounds = self.parse_gep_flags()?;
        self.expect(Tok::LParen, "'('")?;
        let source_ty = self.parse_type()?;
        self.expect(Tok::Comma, "','")?;
        let bloc = self.here();
        let base_ty = self.parse_type()?;
        if !self.m.types.is_ptr(base_ty) {
            return Err(self.err_at(
                bloc,
                format!(
                    "getelementptr base must be a pointer, not '{}'",
                    self.ty_str(base_ty)
                ),
            ));
        }
        let base = self.parse_const(base_ty)?;
        let mut indices = Vec::new();
        let mut values = Vec::new();
        while self.eat(Tok::Comma)? {
            self.eat_kw("inrange")?;
            let iloc = self.here();
            let it = self.parse_type()?;
            if !self.m.types.is_int(it) {
                return Err(self.err_at(
                    iloc,
                    format!(
                        "getelementptr index must be an integer, not '{}'",
                        self.ty_str(it)
                    ),
                ));
            }
            let c = self.parse_const(it)?;
            values.push(match self.m.consts[c].kind {
                ConstKind::Int(v) => Some(v),
                _ => None,
            });
            indices.push(c);
        }
        self.expect(Tok::RParen, "')'")?;
        if let Err(m) = self.check_gep(source_ty, &values) {
            return Err(self.err_at(loc, m));
        }
        if ty != base_ty {
            return Err(self.err_at(
                loc,
                format!(
                    "getelementptr produces '{}' but '{}' was expected",
                    self.ty_str(base_ty),
                    self.ty_str(ty)
                ),
            ));
        }
        Ok(self.m.constant(
            ty,
            ConstKind::Expr(ConstExpr::Gep {
                source_ty,
                base,
                indices: indices.into(),
                inbounds,
            }),
        ))
    }
}
