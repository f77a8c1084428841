//! Parameter, return and function attributes, and metadata, which is parsed only
//! syntactically (balanced brackets, strings) and dropped.
//!
//! Attributes that matter to code generation are kept ([`ParamAttrs`] bits, `byval`,
//! `sret`, `align`; the [`FnAttrs`] bits, with `"frame-pointer"="all"`/`"non-leaf"` as
//! [`FnAttrs::FRAME_POINTER`]); every other attribute LLVM 19 prints is accepted and
//! ignored. `inalloca` and `preallocated` change the ABI in ways we do not implement and
//! are errors.

use super::error::PResult;
use super::lexer::Tok;
use super::parser::Parser;
use crate::ir::{FnAttrs, ParamAttrs};

/// Function attributes accepted at call sites (where an unknown word would be the next
/// instruction's opcode, so the list must be explicit).
const CALL_SITE_FN_ATTRS: &[&str] = &[
    "alwaysinline",
    "builtin",
    "cold",
    "convergent",
    "hot",
    "inlinehint",
    "minsize",
    "mustprogress",
    "naked",
    "nobuiltin",
    "nocallback",
    "nocf_check",
    "noduplicate",
    "nofree",
    "noinline",
    "nomerge",
    "norecurse",
    "noredzone",
    "noreturn",
    "nosync",
    "nounwind",
    "optnone",
    "optsize",
    "readnone",
    "readonly",
    "returns_twice",
    "speculatable",
    "strictfp",
    "willreturn",
    "writeonly",
    "memory",
    "allocsize",
    "allockind",
    "uwtable",
    "nosanitize_bounds",
    "nosanitize_coverage",
];

/// Parameter attributes that take a parenthesised argument and are ignored.
const PARAM_ATTRS_WITH_ARG: &[&str] = &[
    "dereferenceable",
    "dereferenceable_or_null",
    "range",
    "initializes",
    "nofpclass",
    "byref",
    "alignstack",
    "captures",
];

/// Parameter attributes without an argument that are ignored.
const PARAM_ATTRS_IGNORED: &[&str] = &[
    "nofree",
    "immarg",
    "nest",
    "readnone",
    "swiftself",
    "swiftasync",
    "swifterror",
    "allocalign",
    "allocptr",
    "writable",
    "dead_on_unwind",
    "noext",
];

impl<'a> Parser<'a> {
    /// Parameter or return attributes, up to the first token that is not one.
    pub(super) fn parse_param_attrs(&mut self) -> PResult<ParamAttrs> {
        let mut a = ParamAttrs::default();
        while self.tok.kind == Tok::Ident {
            let t = self.cur_text();
            if let Some(&(_, bit)) = ParamAttrs::KEYWORDS.iter().find(|(k, _)| *k == t) {
                a.flags |= bit;
                self.bump()?;
                continue;
            }
            match t {
                "byval" | "sret" => {
                    let loc = self.here();
                    self.bump()?;
                    if self.tok.kind != Tok::LParen {
                        return Err(self.err_at(loc, format!("'{t}' needs a type: {t}(<type>)")));
                    }
                    self.bump()?;
                    let ty = self.parse_type()?;
                    self.expect(Tok::RParen, "')'")?;
                    if t == "byval" {
                        a.byval = Some(ty);
                    } else {
                        a.sret = Some(ty);
                    }
                }
                "align" => {
                    self.bump()?;
                    a.align = Some(self.parse_align_value()?);
                }
                "elementtype" => {
                    self.bump()?;
                    self.expect(Tok::LParen, "'(' after 'elementtype'")?;
                    self.elementtype = Some(self.parse_type()?);
                    self.expect(Tok::RParen, "')'")?;
                }
                "inalloca" | "preallocated" => {
                    return Err(self.unsupported(format!("the '{t}' attribute is not supported")));
                }
                _ if PARAM_ATTRS_WITH_ARG.contains(&t) => {
                    self.bump()?;
                    if self.tok.kind != Tok::LParen {
                        return Err(self.expected(&format!("'(' after '{t}'")));
                    }
                    self.skip_balanced()?;
                }
                _ if PARAM_ATTRS_IGNORED.contains(&t) => self.bump()?,
                _ => break,
            }
        }
        Ok(a)
    }

    /// One function attribute (keyword, `name(args)`, `key=value` or `"key"="value"`),
    /// adding its [`FnAttrs`] bit to `flags`. With `any_word`, every keyword counts as an
    /// attribute (in headers and groups); otherwise only known ones do (at call sites).
    /// Returns false, consuming nothing, when the current token is not an attribute.
    pub(super) fn parse_fn_attr(&mut self, flags: &mut u32, any_word: bool) -> PResult<bool> {
        match self.tok.kind {
            Tok::Str => {
                let key = self.cur_text();
                self.bump()?;
                if self.eat(Tok::Equal)? {
                    let v = self.expect(Tok::Str, "an attribute value string")?;
                    if key == "frame-pointer" && matches!(self.text(v), "all" | "non-leaf") {
                        *flags |= FnAttrs::FRAME_POINTER;
                    }
                }
                Ok(true)
            }
            Tok::Ident => {
                let t = self.cur_text();
                let bit = FnAttrs::KEYWORDS
                    .iter()
                    .find(|(k, _)| *k == t)
                    .map(|&(_, b)| b);
                if bit.is_none() && !any_word && !CALL_SITE_FN_ATTRS.contains(&t) {
                    return Ok(false);
                }
                *flags |= bit.unwrap_or(0);
                self.bump()?;
                if self.tok.kind == Tok::LParen {
                    self.skip_balanced()?;
                } else if any_word && self.tok.kind == Tok::Equal {
                    // `alignstack=16` inside attribute groups.
                    self.bump()?;
                    if !matches!(self.tok.kind, Tok::Int | Tok::Ident | Tok::Str) {
                        return Err(self.expected("an attribute value"));
                    }
                    self.bump()?;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Skips a bracketed group starting at the current `(`, `[` or `{`, through its
    /// matching closer. Iterative, so arbitrarily deep nesting cannot exhaust the stack.
    pub(super) fn skip_balanced(&mut self) -> PResult<()> {
        let open = self.here();
        let mut closers: Vec<Tok> = Vec::new();
        loop {
            match self.tok.kind {
                Tok::LParen => closers.push(Tok::RParen),
                Tok::LBracket => closers.push(Tok::RBracket),
                Tok::LBrace => closers.push(Tok::RBrace),
                k @ (Tok::RParen | Tok::RBracket | Tok::RBrace) => {
                    if closers.pop() != Some(k) {
                        return Err(self.err(format!("mismatched {}", k.describe())));
                    }
                }
                Tok::Eof => {
                    return Err(
                        self.err_at(open, "unbalanced brackets: reached the end of the file")
                    );
                }
                _ => {
                    if closers.is_empty() {
                        return Err(self.expected("'(', '[' or '{'"));
                    }
                }
            }
            self.bump()?;
            if closers.is_empty() {
                return Ok(());
            }
        }
    }

    /// Skips one metadata value: `!12`, `!{...}`, `!"str"`, `!DINode(...)`, optionally
    /// preceded by `distinct`.
    pub(super) fn skip_metadata(&mut self) -> PResult<()> {
        self.eat_kw("distinct")?;
        match self.tok.kind {
            Tok::MetaId => self.bump(),
            Tok::MetaVar => {
                self.bump()?;
                if self.tok.kind == Tok::LParen {
                    self.skip_balanced()?;
                }
                Ok(())
            }
            Tok::Exclaim => {
                self.bump()?;
                match self.tok.kind {
                    Tok::LBrace => self.skip_balanced(),
                    Tok::Str => self.bump(),
                    _ => Err(self.expected("'{' or a string after '!'")),
                }
            }
            _ => Err(self.expected("metadata")),
        }
    }
}
