//! Types: `void`, `iN`, `float`, `double`, `ptr [addrspace(N)]`, arrays, vectors,
//! literal and packed structs, named structs (`%T`, possibly before their definition),
//! function types, `label` and `metadata`. Other LLVM types are clear errors.

use super::error::PResult;
use super::lexer::{Tok, Token};
use super::parser::{NamedType, Parser};
use crate::ir::{MAX_INT_BITS, Type, TypeData};

impl<'a> Parser<'a> {
    /// Parses a type.
    pub(super) fn parse_type(&mut self) -> PResult<Type> {
        self.enter()?;
        let r = self.parse_type_inner();
        self.leave();
        r
    }

    fn parse_type_inner(&mut self) -> PResult<Type> {
        let mut ty = match self.tok.kind {
            Tok::Ident => {
                let t = self.keyword_type()?;
                self.bump()?;
                if t == Type::PTR && self.is_kw("addrspace") {
                    self.bump()?;
                    self.expect(Tok::LParen, "'('")?;
                    let n = self.parse_u32("address space")?;
                    self.expect(Tok::RParen, "')'")?;
                    self.m.types.intern(TypeData::Ptr(n))
                } else {
                    t
                }
            }
            Tok::LocalVar | Tok::LocalId => {
                let t = self.named_type(self.tok)?;
                self.bump()?;
                t
            }
            Tok::LBracket => {
                self.bump()?;
                let len = self.parse_u64("array length")?;
                self.expect_kw("x")?;
                let eloc = self.here();
                let elem = self.parse_type()?;
                self.check_element(elem, eloc, "array")?;
                self.expect(Tok::RBracket, "']'")?;
                self.m.types.array(elem, len)
            }
            Tok::LBrace => {
                let fields = self.parse_struct_fields(false)?;
                self.m.types.struct_(&fields, false)
            }
            Tok::Less => {
                if self.peek()?.kind == Tok::LBrace {
                    self.bump()?;
                    let fields = self.parse_struct_fields(true)?;
                    self.m.types.struct_(&fields, true)
                } else {
                    self.bump()?;
                    if self.is_kw("vscale") {
                        return Err(self.unsupported("scalable vectors are not supported"));
                    }
                    let lloc = self.here();
                    let len = self.parse_u32("vector length")?;
                    if len == 0 {
                        return Err(self.err_at(lloc, "vectors must have at least one element"));
                    }
                    self.expect_kw("x")?;
                    let eloc = self.here();
                    let elem = self.parse_type()?;
                    if !self.m.types.is_scalar(elem) {
                        return Err(self.err_at(
                            eloc,
                            format!("invalid vector element type '{}'", self.ty_str(elem)),
                        ));
                    }
                    self.expect(Tok::Greater, "'>'")?;
                    self.m.types.vector(elem, len)
                }
            }
            _ => return Err(self.expected("a type")),
        };
        loop {
            match self.tok.kind {
                Tok::LParen => ty = self.parse_function_type_params(ty)?,
                Tok::Star => {
                    return Err(
                        self.unsupported("typed pointers ('T*') are not supported; write 'ptr'")
                    );
                }
                _ => return Ok(ty),
            }
        }
    }

    /// The type named by the current keyword token (not consumed).
    fn keyword_type(&mut self) -> PResult<Type> {
        let t = self.cur_text();
        Ok(match t {
            "void" => Type::VOID,
            "ptr" => Type::PTR,
            "i32" => Type::I32,
            "i64" => Type::I64,
            "i8" => Type::I8,
            "i1" => Type::I1,
            "i16" => Type::I16,
            "i128" => Type::I128,
            "float" => Type::F32,
            "double" => Type::F64,
            "x86_fp80" => Type::X86_FP80,
            "fp128" => Type::FP128,
            "label" => Type::LABEL,
            "metadata" => Type::METADATA,
            "half" | "bfloat" | "ppc_fp128" | "x86_amx" | "x86_mmx" => {
                return Err(self.unsupported(format!("unsupported type '{t}'")));
            }
            "token" => return Err(self.unsupported("the 'token' type is not supported")),
            "target" => {
                return Err(self.unsupported("target extension types are not supported"));
            }
            "opaque" => {
                return Err(self.err("'opaque' is only valid in a named type definition"));
            }
            _ => {
                if let Some(digits) = t.strip_prefix('i')
                    && !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                {
                    let bits = digits.parse::<u32>().unwrap_or(u32::MAX);
                    if bits == 0 {
                        return Err(self.err("integer type 'i0' is invalid (widths start at 1)"));
                    }
                    if bits > MAX_INT_BITS {
                        return Err(self.unsupported(format!(
                            "integer type '{t}' is wider than {MAX_INT_BITS} bits"
                        )));
                    }
                    return Ok(self.m.types.int(bits));
                }
                return Err(self.expected("a type"));
            }
        })
    }

    /// `%T` (numbered `%0` too): the named struct, created opaque on first use.
    pub(super) fn named_type(&mut self, t: Token) -> PResult<Type> {
        let name = self.name(t);
        if let Some(e) = self.named_types.get(name.as_ref()) {
            return Ok(e.ty);
        }
        let ty = self.m.types.named_struct(&name);
        self.named_types.insert(
            name,
            NamedType {
                ty,
                defined: false,
                first_use: Self::loc(t),
            },
        );
        Ok(ty)
    }

    /// The fields of `{ T, U }` (current token `{`), or of `<{ T, U }>` when `packed` (the
    /// `<` already consumed).
    pub(super) fn parse_struct_fields(&mut self, packed: bool) -> PResult<Vec<Type>> {
        self.expect(Tok::LBrace, "'{'")?;
        let mut fields = Vec::new();
        if !self.eat(Tok::RBrace)? {
            loop {
                let floc = self.here();
                let f = self.parse_type()?;
                self.check_element(f, floc, "struct")?;
                fields.push(f);
                if self.eat(Tok::Comma)? {
                    continue;
                }
                self.expect(Tok::RBrace, "',' or '}' in the struct type")?;
                break;
            }
        }
        if packed {
            self.expect(Tok::Greater, "'>' after a packed struct")?;
        }
        Ok(fields)
    }

    /// `R (A, B, ...)` after the return type `ret` (current token `(`).
    fn parse_function_type_params(&mut self, ret: Type) -> PResult<Type> {
        self.bump()?;
        let mut params = Vec::new();
        let mut varargs = false;
        if !self.eat(Tok::RParen)? {
            loop {
                if self.eat(Tok::Dots)? {
                    varargs = true;
                    self.expect(Tok::RParen, "')' after '...'")?;
                    break;
                }
                let ploc = self.here();
                let p = self.parse_type()?;
                if matches!(
                    self.m.types.data(p),
                    TypeData::Void | TypeData::Function { .. }
                ) {
                    return Err(
                        self.err_at(ploc, format!("invalid parameter type '{}'", self.ty_str(p)))
                    );
                }
                params.push(p);
                if self.eat(Tok::Comma)? {
                    continue;
                }
                self.expect(Tok::RParen, "',' or ')' in the function type")?;
                break;
            }
        }
        Ok(self.function_type(ret, &params, varargs))
    }

    /// Rejects element types that cannot be stored in an aggregate.
    fn check_element(&self, t: Type, loc: crate::ir::SrcLoc, what: &str) -> PResult<()> {
        if matches!(
            self.m.types.data(t),
            TypeData::Void | TypeData::Label | TypeData::Metadata | TypeData::Function { .. }
        ) {
            return Err(self.err_at(
                loc,
                format!("invalid {what} element type '{}'", self.ty_str(t)),
            ));
        }
        Ok(())
    }
}
