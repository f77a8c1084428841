//! The recursive-descent parser: shared state, token helpers, the module-level symbol table,
//! the top-level loop and the end-of-module checks. Top-level entities, types, constants,
//! attributes, metadata and function bodies are parsed by `impl Parser` blocks in the
//! sibling files.
//!
//! Forward references to globals are resolved without a second pass: the first use of an
//! unknown `@name` interns a placeholder address constant (pointing at an impossible
//! `GlobalId`), every later use gets the same constant, and the definition patches it in
//! place with [`Module::redefine_constant`]. Names still undefined at the end are errors.

use std::borrow::Cow;
use std::collections::hash_map::Entry;

use super::error::{Diag, PResult, ParseErrorKind};
use super::function::FnState;
use super::fxhash::FxHashMap;
use super::lexer::{Lexer, Tok, Token, unescape};
use crate::entity::EntityRef;
use crate::ir::{
    Const, ConstKind, FuncId, GlobalId, GlobalRef, Module, ParamAttrs, SrcLoc, Type, TypeData,
};

/// How deeply types and constants may nest (`[1 x [1 x ...]]`) before the reader gives up
/// instead of risking the stack.
pub(super) const MAX_DEPTH: u32 = 256;

/// A module-level name seen so far.
pub(super) struct GlobalEntry {
    /// The address constant every use of the name gets.
    pub addr: Const,
    /// A definition was read.
    pub defined: bool,
    /// First use, for "undefined" errors.
    pub first_use: SrcLoc,
}

/// A named struct type seen so far.
pub(super) struct NamedType {
    /// The type.
    pub ty: Type,
    /// `%T = type ...` was read.
    pub defined: bool,
    /// First use, for "undefined" errors.
    pub first_use: SrcLoc,
}

/// One parameter of a function header.
pub(super) struct Param {
    pub ty: Type,
    pub attrs: ParamAttrs,
    pub name: Option<Token>,
}

/// The parser state for one module.
pub(super) struct Parser<'a> {
    pub(super) src: &'a str,
    lex: Lexer<'a>,
    /// The current token.
    pub(super) tok: Token,
    peeked: Option<Token>,
    /// The module being built.
    pub(super) m: Module,
    pub(super) globals: FxHashMap<Cow<'a, str>, GlobalEntry>,
    next_placeholder: u32,
    pub(super) named_types: FxHashMap<Cow<'a, str>, NamedType>,
    pub(super) attr_groups: FxHashMap<u32, u32>,
    /// (group, function it applies to, position of the reference).
    pub(super) group_uses: Vec<(u32, Option<FuncId>, SrcLoc)>,
    /// Current nesting depth of types and constants.
    pub(super) depth: u32,
    /// Per-function state, reused from one function to the next.
    pub(super) fs: FnState<'a>,
    /// Interned `iN` constants (the module's own table hashes whole `ConstData`s).
    pub(super) int_cache: FxHashMap<(Type, u128), Const>,
    /// Interned function types by a hash of (return, params, varargs); lookups need no
    /// allocation (each candidate is compared with the type table).
    pub(super) fn_type_cache: FxHashMap<u64, Vec<Type>>,
    /// `blockaddress` constants resolved at the end of the module.
    pub(super) block_addrs: Vec<super::blockaddr::PendingBlockAddr>,
    /// The placeholder of each (function, label) pair.
    pub(super) block_addr_map: FxHashMap<(String, super::blockaddr::Label), Const>,
    /// The `elementtype(T)` of the last parameter attribute list (inline asm operands).
    pub(super) elementtype: Option<Type>,
    /// Metadata read so far, resolved at the end of the module.
    pub(super) md: super::metadata::MdState<'a>,
}

impl<'a> Parser<'a> {
    /// A parser positioned on the first token of `src`.
    pub(super) fn new(src: &'a str, module_name: &str) -> PResult<Self> {
        let mut lex = Lexer::new(src);
        let tok = lex.next_token()?;
        Ok(Parser {
            src,
            lex,
            tok,
            peeked: None,
            m: Module::new(module_name),
            globals: FxHashMap::default(),
            next_placeholder: 0,
            named_types: FxHashMap::default(),
            attr_groups: FxHashMap::default(),
            group_uses: Vec::new(),
            elementtype: None,
            depth: 0,
            fs: FnState::default(),
            int_cache: FxHashMap::default(),
            fn_type_cache: FxHashMap::default(),
            block_addrs: Vec::new(),
            block_addr_map: FxHashMap::default(),
            md: Default::default(),
        })
    }

    // ---- tokens -------------------------------------------------------------------------

    /// Moves to the next token.
    #[inline]
    pub(super) fn bump(&mut self) -> PResult<()> {
        self.tok = match self.peeked.take() {
            Some(t) => t,
            None => self.lex.next_token()?,
        };
        Ok(())
    }

    /// The token after the current one.
    pub(super) fn peek(&mut self) -> PResult<Token> {
        if let Some(t) = self.peeked {
            return Ok(t);
        }
        let t = self.lex.next_token()?;
        self.peeked = Some(t);
        Ok(t)
    }

    /// Where the lexer stands (just past the current token) when no token was peeked.
    pub(super) fn lex_pos(&self) -> Option<usize> {
        self.peeked.is_none().then(|| self.lex.pos())
    }

    /// Skips the text up to byte offset `pos` (on the current line, read by the caller)
    /// and reads the token there.
    pub(super) fn resume_at(&mut self, pos: usize) -> PResult<()> {
        self.lex.skip_to(pos);
        self.tok = self.lex.next_token()?;
        Ok(())
    }

    /// The payload text of a token.
    #[inline]
    pub(super) fn text(&self, t: Token) -> &'a str {
        self.src.get(t.start as usize..t.end as usize).unwrap_or("")
    }

    /// The payload text of the current token.
    #[inline]
    pub(super) fn cur_text(&self) -> &'a str {
        self.text(self.tok)
    }

    /// A name token's name, with escapes decoded.
    #[inline]
    pub(super) fn name(&self, t: Token) -> Cow<'a, str> {
        let raw = self.text(t);
        if t.quoted && raw.contains('\\') {
            let bytes = unescape(raw.as_bytes());
            Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())
        } else {
            Cow::Borrowed(raw)
        }
    }

    /// Where a token starts.
    #[inline]
    pub(super) fn loc(t: Token) -> SrcLoc {
        SrcLoc {
            line: t.line,
            col: t.col,
        }
    }

    /// Where the current token starts.
    #[inline]
    pub(super) fn here(&self) -> SrcLoc {
        Self::loc(self.tok)
    }

    /// An error of `kind` at `loc`.
    pub(super) fn diag(loc: SrcLoc, kind: ParseErrorKind, message: String) -> Box<Diag> {
        Box::new(Diag {
            line: loc.line,
            col: loc.col,
            kind,
            message,
        })
    }

    /// A "malformed input" error at `loc`.
    pub(super) fn err_at(&self, loc: SrcLoc, message: impl Into<String>) -> Box<Diag> {
        Self::diag(loc, ParseErrorKind::Malformed, message.into())
    }

    /// A "malformed input" error at the current token.
    pub(super) fn err(&self, message: impl Into<String>) -> Box<Diag> {
        self.err_at(self.here(), message)
    }

    /// An "unsupported construct" error at `loc`.
    pub(super) fn unsupported_at(&self, loc: SrcLoc, message: impl Into<String>) -> Box<Diag> {
        Self::diag(loc, ParseErrorKind::Unsupported, message.into())
    }

    /// An "unsupported construct" error at the current token.
    pub(super) fn unsupported(&self, message: impl Into<String>) -> Box<Diag> {
        self.unsupported_at(self.here(), message)
    }

    /// The current token as shown in messages ("'foo'", "end of file", ...).
    pub(super) fn found(&self) -> String {
        let t = self.tok;
        let text = self.text(t);
        let shown: String = match t.kind {
            Tok::Eof => return "end of file".to_string(),
            Tok::LocalVar | Tok::LocalId => format!("%{text}"),
            Tok::GlobalVar | Tok::GlobalId => format!("@{text}"),
            Tok::MetaVar | Tok::MetaId => format!("!{text}"),
            Tok::ComdatVar => format!("${text}"),
            Tok::AttrGrp | Tok::HashIdent => format!("#{text}"),
            Tok::Label | Tok::LabelId => format!("{text}:"),
            Tok::Str => format!("\"{text}\""),
            Tok::CStr => format!("c\"{text}\""),
            _ => text.to_string(),
        };
        let mut shown = shown;
        if shown.chars().count() > 40 {
            shown = shown.chars().take(37).collect::<String>() + "...";
        }
        format!("'{shown}'")
    }

    /// "expected X, found Y" at the current token.
    pub(super) fn expected(&self, what: &str) -> Box<Diag> {
        self.err(format!("expected {what}, found {}", self.found()))
    }

    /// Consumes a token of `kind` or fails with "expected `what`".
    #[inline]
    pub(super) fn expect(&mut self, kind: Tok, what: &str) -> PResult<Token> {
        if self.tok.kind != kind {
            return Err(self.expected(what));
        }
        let t = self.tok;
        self.bump()?;
        Ok(t)
    }

    /// Consumes a token of `kind` if it is the current one.
    #[inline]
    pub(super) fn eat(&mut self, kind: Tok) -> PResult<bool> {
        if self.tok.kind == kind {
            self.bump()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// True when the current token is the keyword `kw`.
    #[inline]
    pub(super) fn is_kw(&self, kw: &str) -> bool {
        self.tok.kind == Tok::Ident && self.cur_text() == kw
    }

    /// Consumes the keyword `kw` if it is the current token.
    #[inline]
    pub(super) fn eat_kw(&mut self, kw: &str) -> PResult<bool> {
        if self.is_kw(kw) {
            self.bump()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Consumes the keyword `kw` or fails.
    pub(super) fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if !self.eat_kw(kw)? {
            return Err(self.expected(&format!("'{kw}'")));
        }
        Ok(())
    }

    /// Consumes a non-negative decimal integer that fits in `u64`.
    pub(super) fn parse_u64(&mut self, what: &str) -> PResult<u64> {
        if self.tok.kind != Tok::Int {
            return Err(self.expected(what));
        }
        let text = self.cur_text();
        let Ok(v) = text.parse::<u64>() else {
            return Err(self.err(format!("{what} '{text}' is out of range")));
        };
        self.bump()?;
        Ok(v)
    }

    /// Consumes a non-negative decimal integer that fits in `u32`.
    pub(super) fn parse_u32(&mut self, what: &str) -> PResult<u32> {
        let loc = self.here();
        let v = self.parse_u64(what)?;
        u32::try_from(v).map_err(|_| self.err_at(loc, format!("{what} {v} is out of range")))
    }

    /// Consumes a string token and returns its decoded contents.
    pub(super) fn parse_string(&mut self, what: &str) -> PResult<String> {
        let t = self.expect(Tok::Str, what)?;
        let raw = self.text(t);
        Ok(if raw.contains('\\') {
            String::from_utf8_lossy(&unescape(raw.as_bytes())).into_owned()
        } else {
            raw.to_string()
        })
    }

    /// Consumes `align N` after the keyword was seen; checks N is a power of two.
    pub(super) fn parse_align_value(&mut self) -> PResult<u32> {
        let paren = self.eat(Tok::LParen)?;
        let loc = self.here();
        let n = self.parse_u64("alignment")?;
        if paren {
            self.expect(Tok::RParen, "')'")?;
        }
        if !n.is_power_of_two() || n > 1 << 32 {
            return Err(self.err_at(loc, format!("alignment {n} is not a power of two")));
        }
        // 2^32 is legal LLVM; it does not fit our u32 fields and no C program needs it.
        u32::try_from(n).map_err(|_| self.unsupported_at(loc, "alignment 2^32 is not supported"))
    }

    /// Consumes `addrspace(N)` (the keyword is the current token); an address space other
    /// than 0 is unsupported on `what` (`"globals"`, `"functions"`, `"allocas"`).
    pub(super) fn parse_addrspace_zero(&mut self, what: &str) -> PResult<()> {
        self.bump()?;
        self.expect(Tok::LParen, "'('")?;
        let aloc = self.here();
        let n = self.parse_u32("address space")?;
        self.expect(Tok::RParen, "')'")?;
        if n != 0 {
            return Err(self.unsupported_at(
                aloc,
                format!("{what} in address space {n} are not supported"),
            ));
        }
        Ok(())
    }

    /// Consumes `comdat` (the current token) and an optional `($name)`.
    pub(super) fn skip_comdat(&mut self) -> PResult<()> {
        self.bump()?;
        if self.eat(Tok::LParen)? {
            self.expect(Tok::ComdatVar, "a comdat name")?;
            self.expect(Tok::RParen, "')'")?;
        }
        Ok(())
    }

    /// Enters one level of type/constant nesting.
    #[inline]
    pub(super) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Self::diag(
                self.here(),
                ParseErrorKind::Limit,
                format!("types or constants are nested too deeply (limit {MAX_DEPTH})"),
            ));
        }
        Ok(())
    }

    /// Leaves one level of nesting.
    #[inline]
    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// `.ll` spelling of a type, for messages.
    pub(super) fn ty_str(&self, t: Type) -> String {
        self.m.types.display(t).to_string()
    }

    // ---- globals --------------------------------------------------------------------------

    /// The address constant for the global named by token `t` (a forward reference when it
    /// is not defined yet).
    pub(super) fn global_addr(&mut self, t: Token) -> PResult<Const> {
        let name = self.name(t);
        if let Some(e) = self.globals.get(name.as_ref()) {
            return Ok(e.addr);
        }
        let id = u32::MAX - 1 - self.next_placeholder;
        self.next_placeholder += 1;
        let addr = self.m.constant(
            Type::PTR,
            ConstKind::GlobalAddr(GlobalRef::Global(GlobalId::from_u32(id))),
        );
        self.globals.insert(
            name,
            GlobalEntry {
                addr,
                defined: false,
                first_use: Self::loc(t),
            },
        );
        Ok(addr)
    }

    /// Records that `name` is now defined as `r`, resolving earlier forward references.
    pub(super) fn define_global_symbol(&mut self, name: Cow<'a, str>, r: GlobalRef) {
        match self.globals.entry(name) {
            Entry::Occupied(mut e) => {
                let e = e.get_mut();
                e.defined = true;
                self.m.redefine_constant(e.addr, ConstKind::GlobalAddr(r));
            }
            Entry::Vacant(v) => {
                let addr = self.m.const_addr(r);
                v.insert(GlobalEntry {
                    addr,
                    defined: true,
                    first_use: SrcLoc::default(),
                });
            }
        }
    }

    pub(super) fn duplicate(&self, t: Token, name: &str) -> Box<Diag> {
        let mut s = String::new();
        // Writing to a String cannot fail.
        let _ = crate::ir::write_local_name(&mut s, '@', name);
        self.err_at(Self::loc(t), format!("redefinition of global '{s}'"))
    }

    // ---- module level ---------------------------------------------------------------------

    /// Parses the whole input and returns the module.
    pub(super) fn parse_module(mut self) -> PResult<Module> {
        loop {
            match self.tok.kind {
                Tok::Eof => break,
                Tok::Ident => match self.cur_text() {
                    "define" => self.parse_function(true)?,
                    "declare" => self.parse_function(false)?,
                    "source_filename" => {
                        self.bump()?;
                        self.expect(Tok::Equal, "'='")?;
                        self.m.source_filename = Some(self.parse_string("a file name string")?);
                    }
                    "target" => {
                        self.bump()?;
                        let is_triple = self.eat_kw("triple")?;
                        if !is_triple && !self.eat_kw("datalayout")? {
                            return Err(self.expected("'triple' or 'datalayout'"));
                        }
                        self.expect(Tok::Equal, "'='")?;
                        let s = self.parse_string("a string")?;
                        if is_triple {
                            self.m.triple = Some(s);
                        } else {
                            self.m.datalayout = Some(s);
                        }
                    }
                    "attributes" => self.parse_attr_group()?,
                    "module" => {
                        return Err(self.unsupported("module-level inline asm is not supported"));
                    }
                    "uselistorder" | "uselistorder_bb" => {
                        return Err(self.unsupported("uselistorder directives are not supported"));
                    }
                    _ => return Err(self.expected("a top-level entity")),
                },
                Tok::LocalVar | Tok::LocalId => self.parse_type_def()?,
                Tok::GlobalVar | Tok::GlobalId => self.parse_global()?,
                Tok::ComdatVar => {
                    self.bump()?;
                    self.expect(Tok::Equal, "'='")?;
                    self.expect_kw("comdat")?;
                    self.expect(Tok::Ident, "a comdat selection kind")?;
                }
                Tok::MetaVar | Tok::MetaId => self.parse_md_definition()?,
                Tok::Caret => {
                    return Err(self.unsupported("module summary entries ('^N') are not supported"));
                }
                _ => return Err(self.expected("a top-level entity")),
            }
        }
        self.finish()
    }

    /// End-of-module checks: undefined globals, types and attribute groups; recursive
    /// structs.
    fn finish(mut self) -> PResult<Module> {
        if let Some((name, loc)) = self
            .globals
            .iter()
            .filter(|(_, e)| !e.defined)
            .map(|(n, e)| (n, e.first_use))
            .min_by_key(|(_, l)| (l.line, l.col))
        {
            let mut s = String::new();
            let _ = crate::ir::write_local_name(&mut s, '@', name);
            return Err(self.err_at(loc, format!("use of undefined global '{s}'")));
        }
        if let Some((name, loc)) = self
            .named_types
            .iter()
            .filter(|(_, e)| !e.defined)
            .map(|(n, e)| (n, e.first_use))
            .min_by_key(|(_, l)| (l.line, l.col))
        {
            let mut s = String::new();
            let _ = crate::ir::write_local_name(&mut s, '%', name);
            return Err(self.err_at(loc, format!("use of undefined type '{s}'")));
        }
        let mut missing: Option<(u32, SrcLoc)> = None;
        for &(g, f, loc) in &self.group_uses {
            match self.attr_groups.get(&g) {
                Some(&flags) => {
                    if let Some(f) = f {
                        self.m.functions[f].attrs.flags |= flags;
                    }
                }
                None => {
                    if missing.is_none_or(|(_, l)| (loc.line, loc.col) < (l.line, l.col)) {
                        missing = Some((g, loc));
                    }
                }
            }
        }
        if let Some((g, loc)) = missing {
            return Err(self.err_at(loc, format!("undefined attribute group '#{g}'")));
        }
        self.check_recursive_structs()?;
        self.resolve_block_addrs()?;
        self.resolve_metadata()?;
        Ok(self.m)
    }

    /// Rejects named structs that contain themselves by value (their size is infinite;
    /// layout code would recurse forever).
    fn check_recursive_structs(&self) -> PResult<()> {
        let types = &self.m.types;
        // 0 = unvisited, 1 = on the current path, 2 = done.
        let mut state = vec![0u8; types.len()];
        let mut stack: Vec<(Type, usize)> = Vec::new();
        for (root, _) in types.named_structs() {
            if state[root.index()] != 0 {
                continue;
            }
            stack.push((root, 0));
            state[root.index()] = 1;
            while let Some(&mut (t, ref mut i)) = stack.last_mut() {
                let child = match types.data(t) {
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                        (*i == 0).then_some(*elem)
                    }
                    TypeData::Struct { .. } | TypeData::Named(_) => types
                        .struct_fields(t)
                        .and_then(|(fields, _)| fields.get(*i).copied()),
                    _ => None,
                };
                *i += 1;
                match child {
                    Some(c) => {
                        match state[c.index()] {
                            0 => {
                                state[c.index()] = 1;
                                stack.push((c, 0));
                            }
                            1 => {
                                let name = types.struct_name(c).unwrap_or("?");
                                let loc = self
                                    .named_types
                                    .get(name)
                                    .map(|e| e.first_use)
                                    .unwrap_or_default();
                                let mut s = String::new();
                                let _ = crate::ir::write_local_name(&mut s, '%', name);
                                return Err(self.err_at(
                                loc,
                                format!("struct type '{s}' contains itself (its size would be infinite)"),
                            ));
                            }
                            _ => {}
                        }
                    }
                    None => {
                        state[t.index()] = 2;
                        stack.pop();
                    }
                }
            }
        }
        Ok(())
    }
}
