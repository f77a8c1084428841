//! Metadata: numbered and named definitions, inline nodes, `!dbg` attachments and debug
//! declarations, read into a raw node table while parsing and resolved into
//! [`DebugInfo`](crate::ir::DebugInfo) at the end of the module (metadata is defined after
//! the functions that use it).
//!
//! Parsing stores every node's fields as zero-copy slices of the source in one flat array,
//! so a `-g` file costs one small record per field. Resolution is lazy: only nodes reached
//! from a `!dbg` attachment, a function's `!dbg`, a debug declaration or
//! `!llvm.module.flags` are turned into typed entities (memoised per node, cycles through
//! types broken by reserving the entity first). Other metadata (TBAA, loop metadata,
//! unknown `DI*` kinds, global variable expressions, `#dbg_value`) is parsed for syntax
//! and otherwise ignored. A reference to a `!N` that is never defined is an error wherever
//! it appears.

use super::error::{PResult, ParseErrorKind};
use super::fxhash::FxHashMap;
use super::lexer::{Tok, Token, unescape};
use super::parser::Parser;
use crate::ir::dwarf;
use crate::ir::{
    DebugDeclare, DebugInfo, DebugLoc, DiFile, DiFileData, DiLocationData, DiScope, DiScopeKind,
    DiSubprogram, DiSubprogramData, DiType, DiTypeData, DiUnit, DiUnitData, DiVariable,
    DiVariableData, FuncId, SrcLoc, Value,
};

/// High bit of a raw `!dbg` reference kept in [`crate::ir::InstData::dbg`] until the end
/// of the module: set for an inline node (index into the node table), clear for `!N`.
const INLINE_BIT: u32 = 1 << 31;

/// How deep resolution may recurse (scope chains, inlined-at chains, type chains).
const MAX_RESOLVE_DEPTH: u32 = 512;

/// One metadata value as written.
#[derive(Copy, Clone, Debug)]
pub(super) enum MdVal<'a> {
    /// `null`.
    Null,
    /// `!N`.
    Ref(u32),
    /// An inline node (`!{...}`, `!DIExpression(...)`): index into the node table.
    Node(u32),
    /// `"..."` or `!"..."` (the token, decoded on use).
    Str(Token),
    /// An integer literal (decimal text, possibly negative).
    Int(&'a str),
    /// A word (`DW_TAG_member`, `true`, `FullDebug`) or a flag set `A | B` (whole text).
    Word(&'a str),
    /// A typed IR value in a tuple (`i32 7`): the integer's text when it is one.
    Typed(Option<&'a str>),
}

/// A node: `!{...}` tuple (kind "") or `!DIKind(...)`.
pub(super) struct RawNode<'a> {
    kind: &'a str,
    /// Fields (`key: value`; key "" for tuple elements and `DIExpression` operands) are
    /// `fields[start..end]`.
    start: u32,
    end: u32,
    loc: SrcLoc,
}

/// A debug declaration as read, resolved at the end.
pub(super) struct PendingDeclare<'a> {
    pub func: FuncId,
    pub address: Value,
    pub variable: MdVal<'a>,
    pub expression: MdVal<'a>,
    pub loc: Option<MdVal<'a>>,
    pub at: SrcLoc,
}

/// `!N = ...` definitions: a vector indexed by `N` for the small numbers clang writes
/// (bounded by the size of the input), a map for the others.
#[derive(Default)]
struct Numbered<'a> {
    dense: Vec<Option<(MdVal<'a>, SrcLoc)>>,
    sparse: FxHashMap<u32, (MdVal<'a>, SrcLoc)>,
}

impl<'a> Numbered<'a> {
    /// Defines `!n`; false when it was defined already.
    fn insert(&mut self, n: u32, v: (MdVal<'a>, SrcLoc), dense_limit: usize) -> bool {
        let i = n as usize;
        if i < dense_limit {
            if i >= self.dense.len() {
                self.dense.resize(i + 1, None);
            }
            self.dense[i].replace(v).is_none()
        } else {
            self.sparse.insert(n, v).is_none()
        }
    }

    #[inline]
    fn get(&self, n: u32) -> Option<&(MdVal<'a>, SrcLoc)> {
        match self.dense.get(n as usize) {
            Some(x) => x.as_ref(),
            None => self.sparse.get(&n),
        }
    }
}

/// The metadata read so far.
#[derive(Default)]
pub(super) struct MdState<'a> {
    nodes: Vec<RawNode<'a>>,
    fields: Vec<(&'a str, MdVal<'a>)>,
    /// Fields of the nodes being read.
    scratch: Vec<(&'a str, MdVal<'a>)>,
    /// `!N = ...` definitions: value and position.
    numbered: Numbered<'a>,
    /// `!name = !{...}`.
    named: Vec<(&'a str, MdVal<'a>)>,
    /// Functions' `!dbg`.
    pub fn_dbg: Vec<(FuncId, MdVal<'a>, SrcLoc)>,
    /// Declarations of the function being read (moved to `declares` at its end).
    pub fn_declares: Vec<PendingDeclare<'a>>,
    /// Declarations of finished functions.
    pub declares: Vec<PendingDeclare<'a>>,
    /// An instruction's `!dbg` seen by the attachment parser, for `emit` to take.
    pub pending_dbg: Option<DebugLoc>,
    /// Any `!dbg` attachment was seen on an instruction.
    pub any_inst_dbg: bool,
    /// Inside a function body (where function-local values may appear in metadata).
    pub in_body: bool,
}

impl<'a> Parser<'a> {
    // ---- parsing ----------------------------------------------------------------------

    /// A metadata value: `!N`, `!{...}`, `!"str"`, `!DIKind(...)` (optionally `distinct`).
    pub(super) fn parse_md(&mut self) -> PResult<MdVal<'a>> {
        self.eat_kw("distinct")?;
        match self.tok.kind {
            Tok::MetaId => {
                let n = self.md_number(self.tok)?;
                self.bump()?;
                Ok(MdVal::Ref(n))
            }
            Tok::MetaVar => {
                if self.peek()?.kind != Tok::LParen {
                    return Err(self.expected("a metadata node"));
                }
                let kind = self.cur_text();
                self.parse_md_node(kind, Tok::RParen)
            }
            Tok::Exclaim => {
                self.bump()?;
                match self.tok.kind {
                    Tok::LBrace => self.parse_md_node("", Tok::RBrace),
                    Tok::Str => {
                        let t = self.tok;
                        self.bump()?;
                        Ok(MdVal::Str(t))
                    }
                    _ => Err(self.expected("'{' or a string after '!'")),
                }
            }
            _ => Err(self.expected("metadata")),
        }
    }

    #[inline]
    fn md_number(&self, t: Token) -> PResult<u32> {
        // The lexer gave a `MetaId` only digits.
        let mut n: u32 = 0;
        for b in self.text(t).bytes() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u32::from(b.wrapping_sub(b'0'))))
                .ok_or_else(|| self.err_at(Self::loc(t), "metadata number is out of range"))?;
        }
        Ok(n)
    }

    /// A node body from the current token (the kind name, or `{` of a tuple) through the
    /// closer.
    fn parse_md_node(&mut self, kind: &'a str, close: Tok) -> PResult<MdVal<'a>> {
        let loc = self.here();
        self.enter()?;
        if !kind.is_empty() {
            self.bump()?;
        }
        self.bump()?; // `(` or `{`
        // Fields go to a scratch stack (inline nodes inside push and drain their own on
        // top), then to the flat array: no allocation per node.
        let first = self.md.scratch.len();
        if !self.eat(close)? {
            loop {
                let key = if self.tok.kind == Tok::Label && !self.tok.quoted {
                    let k = self.cur_text();
                    self.bump()?;
                    k
                } else {
                    ""
                };
                let v = self.parse_md_field()?;
                self.md.scratch.push((key, v));
                if self.eat(Tok::Comma)? {
                    continue;
                }
                if self.tok.kind == Tok::Eof {
                    self.leave();
                    return Err(
                        self.err_at(loc, "unbalanced brackets: reached the end of the file")
                    );
                }
                if self.tok.kind != close {
                    self.leave();
                    return Err(self.expected(if close == Tok::RBrace {
                        "',' or '}' in a metadata tuple"
                    } else {
                        "',' or ')' in a metadata node"
                    }));
                }
                self.bump()?;
                break;
            }
        }
        self.leave();
        let md = &mut self.md;
        let start = md.fields.len() as u32;
        md.fields.extend(md.scratch.drain(first..));
        let idx = md.nodes.len() as u32;
        if idx >= INLINE_BIT {
            return Err(Self::diag(
                loc,
                ParseErrorKind::Limit,
                "too many metadata nodes".to_string(),
            ));
        }
        md.nodes.push(RawNode {
            kind,
            start,
            end: md.fields.len() as u32,
            loc,
        });
        Ok(MdVal::Node(idx))
    }

    /// One field value or tuple element.
    fn parse_md_field(&mut self) -> PResult<MdVal<'a>> {
        match self.tok.kind {
            Tok::MetaId | Tok::MetaVar | Tok::Exclaim => self.parse_md(),
            Tok::Str => {
                let t = self.tok;
                self.bump()?;
                Ok(MdVal::Str(t))
            }
            Tok::Int => {
                let t = self.cur_text();
                self.bump()?;
                Ok(MdVal::Int(t))
            }
            Tok::Ident => {
                let w = self.cur_text();
                if w == "null" {
                    self.bump()?;
                    return Ok(MdVal::Null);
                }
                if w == "distinct" {
                    return self.parse_md();
                }
                if !is_type_keyword(w) {
                    // `DW_TAG_member`, `true`, `FullDebug`, `DIFlagA | DIFlagB`, ...
                    let t0 = self.tok;
                    let mut end = t0.end;
                    self.bump()?;
                    while self.tok.kind == Tok::Bar {
                        self.bump()?;
                        let t = self.expect(Tok::Ident, "a flag after '|'")?;
                        end = t.end;
                    }
                    return Ok(MdVal::Word(
                        self.src.get(t0.start as usize..end as usize).unwrap_or(""),
                    ));
                }
                self.parse_md_typed()
            }
            Tok::Float | Tok::HexFloat | Tok::HexFloatOther => {
                // Not written by clang in debug info; accepted and ignored.
                self.bump()?;
                Ok(MdVal::Typed(None))
            }
            _ => self.parse_md_typed(),
        }
    }

    /// `T value` inside a tuple or `DIArgList`.
    fn parse_md_typed(&mut self) -> PResult<MdVal<'a>> {
        let loc = self.here();
        let ty = self.parse_type()?;
        if ty == crate::ir::Type::METADATA {
            return self.parse_md();
        }
        if !self.m.is_first_class(ty) {
            return Err(self.err_at(loc, format!("invalid value type '{}'", self.ty_str(ty))));
        }
        if self.tok.kind == Tok::Int {
            let t = self.cur_text();
            if self.m.types.is_int(ty) {
                // `i32 7` in module flags, `i64 0` in TBAA tags: no constant is needed.
                self.bump()?;
            } else {
                self.parse_const(ty)?;
            }
            return Ok(MdVal::Typed(Some(t)));
        }
        if matches!(self.tok.kind, Tok::LocalVar | Tok::LocalId) {
            // A function-local value (`DIArgList(i32 %x)`): only meaningful in a function.
            if !self.md.in_body {
                return Err(self.err("function-local metadata is only allowed in a function"));
            }
            self.parse_operand(ty)?;
            return Ok(MdVal::Typed(None));
        }
        self.parse_const(ty)?;
        Ok(MdVal::Typed(None))
    }

    /// `!N = ...` or `!name = !{...}` at the top level (the current token is the name).
    pub(super) fn parse_md_definition(&mut self) -> PResult<()> {
        let t = self.tok;
        self.bump()?;
        self.expect(Tok::Equal, "'='")?;
        let fast = if self.tok.kind == Tok::MetaVar && self.cur_text() == "DILocation" {
            self.fast_location()?
        } else {
            None
        };
        let v = match fast {
            Some(v) => v,
            None => self.parse_md()?,
        };
        if t.kind == Tok::MetaId {
            let n = self.md_number(t)?;
            let dense_limit = (self.src.len() / 8).max(1024);
            if !self.md.numbered.insert(n, (v, Self::loc(t)), dense_limit) {
                return Err(self.err_at(Self::loc(t), format!("redefinition of metadata '!{n}'")));
            }
        } else {
            let name = self.text(t);
            self.md.named.push((name, v));
        }
        Ok(())
    }

    /// `DILocation(line: L, column: C, scope: !S[, inlinedAt: !I])` exactly as LLVM writes
    /// the common case, read straight from the bytes after the current `!DILocation`
    /// token (a third of a `-g` file's lines). `None`, with nothing consumed, for any other
    /// spelling, which the general parser then reads.
    fn fast_location(&mut self) -> PResult<Option<MdVal<'a>>> {
        let Some(start) = self.lex_pos() else {
            return Ok(None);
        };
        let src: &'a str = self.src;
        let b = src.as_bytes();
        let mut p = start;
        let lit = |p: &mut usize, s: &str| -> bool {
            let ok = b.get(*p..*p + s.len()) == Some(s.as_bytes());
            if ok {
                *p += s.len();
            }
            ok
        };
        let digits = |p: &mut usize| -> Option<&'a str> {
            let s = *p;
            while *p < b.len() && b[*p].is_ascii_digit() && *p - s < 10 {
                *p += 1;
            }
            (*p > s && !b.get(*p).is_some_and(u8::is_ascii_digit)).then(|| &src[s..*p])
        };
        let num = |t: &str| t.parse::<u32>().ok();
        if !lit(&mut p, "(line: ") {
            return Ok(None);
        }
        let Some(line) = digits(&mut p) else {
            return Ok(None);
        };
        if !lit(&mut p, ", column: ") {
            return Ok(None);
        }
        let Some(column) = digits(&mut p) else {
            return Ok(None);
        };
        if !lit(&mut p, ", scope: !") {
            return Ok(None);
        }
        let Some(scope) = digits(&mut p).and_then(num) else {
            return Ok(None);
        };
        let mut inlined = None;
        if lit(&mut p, ", inlinedAt: !") {
            let Some(at) = digits(&mut p).and_then(num) else {
                return Ok(None);
            };
            inlined = Some(at);
        }
        if !lit(&mut p, ")") {
            return Ok(None);
        }
        let loc = self.here();
        let md = &mut self.md;
        let first = md.fields.len() as u32;
        md.fields.push(("line", MdVal::Int(line)));
        md.fields.push(("column", MdVal::Int(column)));
        md.fields.push(("scope", MdVal::Ref(scope)));
        if let Some(at) = inlined {
            md.fields.push(("inlinedAt", MdVal::Ref(at)));
        }
        let idx = md.nodes.len() as u32;
        if idx >= INLINE_BIT {
            return Ok(None);
        }
        md.nodes.push(RawNode {
            kind: "DILocation",
            start: first,
            end: md.fields.len() as u32,
            loc,
        });
        self.resume_at(p)?;
        Ok(Some(MdVal::Node(idx)))
    }

    /// `, !kind !N` attachments at the end of an instruction; a `!dbg` is kept for
    /// [`Parser::emit`](super::parser::Parser) to put on the instruction.
    pub(super) fn parse_attachments(&mut self) -> PResult<()> {
        while self.tok.kind == Tok::Comma && self.peek()?.kind == Tok::MetaVar {
            self.bump()?;
            let k = self.tok;
            self.bump()?;
            let v = self.parse_md()?;
            if self.text(k) == "dbg" {
                self.md.pending_dbg = Some(self.raw_dbg(v, Self::loc(k))?);
                self.md.any_inst_dbg = true;
            }
        }
        Ok(())
    }

    /// The raw encoding of a `!dbg` value in [`crate::ir::InstData::dbg`].
    fn raw_dbg(&self, v: MdVal<'a>, loc: SrcLoc) -> PResult<DebugLoc> {
        match v {
            MdVal::Ref(n) if n < INLINE_BIT => Ok(DebugLoc::from_u32(n)),
            MdVal::Ref(_) => Err(Self::diag(
                loc,
                ParseErrorKind::Limit,
                "metadata number is too large for a '!dbg' attachment".to_string(),
            )),
            MdVal::Node(i) => Ok(DebugLoc::from_u32(i | INLINE_BIT)),
            _ => Err(self.err_at(loc, "'!dbg' must name a DILocation")),
        }
    }

    /// Function attachments (`!dbg !N`, others ignored): the current token is the kind.
    pub(super) fn parse_fn_attachment(
        &mut self,
        dbg: &mut Option<(MdVal<'a>, SrcLoc)>,
    ) -> PResult<()> {
        let k = self.tok;
        self.bump()?;
        let v = self.parse_md()?;
        if self.text(k) == "dbg" {
            *dbg = Some((v, Self::loc(k)));
        }
        Ok(())
    }

    /// The arguments of `llvm.dbg.declare(metadata ptr %x, metadata !var, metadata !expr)`
    /// or of `#dbg_declare(ptr %x, !var, !expr, !loc)` after the `(`; returns the
    /// address (`None`: not a local value, e.g. `ptr poison`), variable and expression.
    /// The caller consumes what follows.
    pub(super) fn parse_declare_args(
        &mut self,
        record: bool,
    ) -> PResult<(Option<Value>, MdVal<'a>, MdVal<'a>)> {
        if !record {
            self.expect_kw("metadata")?;
        }
        let address = match self.tok.kind {
            Tok::MetaId | Tok::MetaVar | Tok::Exclaim => {
                self.parse_md()?;
                None
            }
            _ => {
                let loc = self.here();
                let ty = self.parse_type()?;
                if !self.m.is_first_class(ty) {
                    return Err(
                        self.err_at(loc, format!("invalid value type '{}'", self.ty_str(ty)))
                    );
                }
                match self.parse_operand(ty)? {
                    crate::ir::Operand::Value(v) => Some(v),
                    crate::ir::Operand::Const(_) => None,
                }
            }
        };
        self.expect(Tok::Comma, "','")?;
        if !record {
            self.expect_kw("metadata")?;
        }
        let var = self.parse_md()?;
        self.expect(Tok::Comma, "','")?;
        if !record {
            self.expect_kw("metadata")?;
        }
        let expr = self.parse_md()?;
        Ok((address, var, expr))
    }

    /// `#dbg_declare(...)`, `#dbg_value(...)`, ... (the current token is the record name):
    /// declarations are kept, the others dropped.
    pub(super) fn parse_debug_record(&mut self) -> PResult<()> {
        let at = self.here();
        let t = self.cur_text();
        if !t.starts_with("dbg_") {
            return Err(self.err(format!("unknown debug record '#{t}'")));
        }
        self.bump()?;
        if self.tok.kind != Tok::LParen {
            return Err(self.expected("'(' after a debug record"));
        }
        if t != "dbg_declare" {
            return self.skip_balanced();
        }
        self.bump()?;
        let (address, variable, expression) = self.parse_declare_args(true)?;
        self.expect(Tok::Comma, "','")?;
        let loc = self.parse_md()?;
        self.expect(Tok::RParen, "')' to end the debug record")?;
        if let Some(address) = address {
            self.md.fn_declares.push(PendingDeclare {
                func: FuncId::from_u32(0),
                address,
                variable,
                expression,
                loc: Some(loc),
                at,
            });
        }
        Ok(())
    }

    // ---- resolution -------------------------------------------------------------------

    /// Resolves the metadata into [`DebugInfo`]: functions' subprograms, instructions'
    /// locations, declarations. Called once at the end of the module.
    pub(super) fn resolve_metadata(&mut self) -> PResult<()> {
        let md = std::mem::take(&mut self.md);
        // Every `!N` used anywhere must be defined.
        for node in &md.nodes {
            for (_, v) in &md.fields[node.start as usize..node.end as usize] {
                if let MdVal::Ref(n) = *v
                    && md.numbered.get(n).is_none()
                {
                    return Err(self.err_at(node.loc, format!("use of undefined metadata '!{n}'")));
                }
            }
        }
        for &(name, v) in &md.named {
            if let MdVal::Node(i) = v {
                let node = &md.nodes[i as usize];
                for (_, e) in &md.fields[node.start as usize..node.end as usize] {
                    if !matches!(e, MdVal::Ref(_) | MdVal::Node(_)) {
                        return Err(self.err_at(
                            node.loc,
                            format!("named metadata '!{name}' may only list metadata nodes"),
                        ));
                    }
                }
            }
        }
        if md.fn_dbg.is_empty() && !md.any_inst_dbg && md.declares.is_empty() {
            // Nothing to resolve (a file without debug information).
            return Ok(());
        }
        let mut r = Resolver {
            p: self,
            md: &md,
            cache: vec![Res::None; md.nodes.len()],
            scope_cache: FxHashMap::default(),
            depth: 0,
            di: DebugInfo::default(),
        };
        r.module_flags()?;
        for &(f, v, loc) in &md.fn_dbg {
            // A `!dbg` that is not a DISubprogram (which LLVM's verifier, not its parser,
            // rejects) gives no subprogram.
            if r.is_kind(v, "DISubprogram", loc)? {
                let sp = r.subprogram(v, loc)?;
                r.p.m.functions[f].subprogram = sp;
            }
        }
        let mut functions = std::mem::take(&mut r.p.m.functions);
        let mut failed = None;
        'outer: for f in functions.values_mut() {
            let Some(body) = f.body.as_mut() else {
                continue;
            };
            for inst in body.insts.values_mut() {
                if let Some(raw) = inst.dbg {
                    match r.dbg_location(raw, inst.loc) {
                        Ok(l) => inst.dbg = l,
                        Err(e) => {
                            failed = Some(e);
                            break 'outer;
                        }
                    }
                }
            }
        }
        r.p.m.functions = functions;
        if let Some(e) = failed {
            return Err(e);
        }
        for d in &md.declares {
            // LLVM's verifier, not its parser, rejects a declaration of something that is
            // not a variable: such a declaration is dropped.
            let Some(variable) = r.variable(d.variable, d.at)? else {
                continue;
            };
            let Some(expression) = r.expression(d.expression, d.at)? else {
                continue;
            };
            let loc = match d.loc {
                Some(v) => r.location_val(v, d.at)?,
                None => None,
            };
            let decl = DebugDeclare {
                address: d.address,
                variable,
                expression,
                loc,
            };
            if let Some(body) = r.p.m.functions[d.func].body.as_mut() {
                body.debug_declares.push(decl);
            }
        }
        let di = std::mem::take(&mut r.di);
        self.m.debug = di;
        Ok(())
    }

    /// Moves the declarations of the function just read to the module's list.
    pub(super) fn finish_fn_metadata(&mut self, f: FuncId) {
        let md = &mut self.md;
        for mut d in md.fn_declares.drain(..) {
            d.func = f;
            md.declares.push(d);
        }
    }

    /// Records the `!dbg` of function `f`.
    pub(super) fn set_fn_dbg(&mut self, f: FuncId, dbg: Option<(MdVal<'a>, SrcLoc)>) {
        if let Some((v, loc)) = dbg {
            self.md.fn_dbg.push((f, v, loc));
        }
    }

    /// Records a declaration read from an `llvm.dbg.declare` call.
    pub(super) fn add_declare_call(
        &mut self,
        address: Option<Value>,
        variable: MdVal<'a>,
        expression: MdVal<'a>,
        at: SrcLoc,
    ) {
        let loc = self.md.pending_dbg.take().map(|raw| {
            let n = raw.as_u32();
            if n & INLINE_BIT != 0 {
                MdVal::Node(n & !INLINE_BIT)
            } else {
                MdVal::Ref(n)
            }
        });
        if let Some(address) = address {
            self.md.fn_declares.push(PendingDeclare {
                func: FuncId::from_u32(0),
                address,
                variable,
                expression,
                loc,
                at,
            });
        }
    }
}

/// What a node resolved to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Res {
    None,
    InProgress,
    File(DiFile),
    Unit(DiUnit),
    Block(DiScope),
    Sp(DiSubprogram),
    Loc(DebugLoc),
    Var(DiVariable),
    Type(DiType),
}

struct Resolver<'p, 'a> {
    p: &'p mut Parser<'a>,
    md: &'p MdState<'a>,
    cache: Vec<Res>,
    /// Scopes made for non-local scope nodes (files, namespaces, types, units).
    scope_cache: FxHashMap<u32, DiScope>,
    depth: u32,
    di: DebugInfo,
}

type Fields<'p, 'a> = &'p [(&'a str, MdVal<'a>)];

impl<'p, 'a> Resolver<'p, 'a> {
    fn err(&self, loc: SrcLoc, msg: impl Into<String>) -> Box<super::error::Diag> {
        self.p.err_at(loc, msg)
    }

    /// Follows `!N` to its definition: the node index and its position.
    fn node(&self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<(u32, SrcLoc)>> {
        match v {
            MdVal::Node(i) => Ok(Some((i, self.md.nodes[i as usize].loc))),
            MdVal::Ref(n) => match self.md.numbered.get(n) {
                Some(&(MdVal::Node(i), l)) => Ok(Some((i, l))),
                Some(_) => Ok(None),
                None => Err(self.err(loc, format!("use of undefined metadata '!{n}'"))),
            },
            _ => Ok(None),
        }
    }

    /// True when `v` is a node of kind `kind`.
    fn is_kind(&self, v: MdVal<'a>, kind: &str, loc: SrcLoc) -> PResult<bool> {
        Ok(self
            .node(v, loc)?
            .is_some_and(|(i, _)| self.kind(i) == kind))
    }

    fn kind(&self, i: u32) -> &'a str {
        self.md.nodes[i as usize].kind
    }

    fn fields(&self, i: u32) -> Fields<'p, 'a> {
        let md: &'p MdState<'a> = self.md;
        let n = &md.nodes[i as usize];
        &md.fields[n.start as usize..n.end as usize]
    }

    fn field(&self, i: u32, key: &str) -> Option<MdVal<'a>> {
        self.fields(i)
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, v)| v)
    }

    fn enter(&mut self, loc: SrcLoc) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_RESOLVE_DEPTH {
            return Err(Parser::diag(
                loc,
                ParseErrorKind::Limit,
                format!("metadata is nested too deeply (limit {MAX_RESOLVE_DEPTH})"),
            ));
        }
        Ok(())
    }

    fn string(&self, i: u32, key: &str) -> PResult<Option<String>> {
        match self.field(i, key) {
            None | Some(MdVal::Null) => Ok(None),
            Some(MdVal::Str(t)) => {
                let raw = self.p.text(t);
                Ok(Some(if raw.contains('\\') {
                    String::from_utf8_lossy(&unescape(raw.as_bytes())).into_owned()
                } else {
                    raw.to_string()
                }))
            }
            Some(_) => Err(self.err(
                self.md.nodes[i as usize].loc,
                format!("'{key}:' of {} must be a string", self.kind(i)),
            )),
        }
    }

    fn int(&self, i: u32, key: &str) -> PResult<Option<i128>> {
        match self.field(i, key) {
            None => Ok(None),
            Some(MdVal::Int(t)) if t.len() <= 18 && t.bytes().all(|b| b.is_ascii_digit()) => {
                // The common case, without the general parser.
                Ok(Some(
                    t.bytes().fold(0i128, |n, b| n * 10 + i128::from(b - b'0')),
                ))
            }
            Some(MdVal::Int(t)) => t.parse::<i128>().map(Some).map_err(|_| {
                self.err(
                    self.md.nodes[i as usize].loc,
                    format!("'{key}:' of {} is out of range", self.kind(i)),
                )
            }),
            Some(_) => Err(self.err(
                self.md.nodes[i as usize].loc,
                format!("'{key}:' of {} must be an integer", self.kind(i)),
            )),
        }
    }

    /// An unsigned field that must fit `T` (0 when absent).
    fn unsigned_field<T: TryFrom<i128>>(&self, i: u32, key: &str) -> PResult<T> {
        let v = self.int(i, key)?.unwrap_or(0);
        T::try_from(v).map_err(|_| {
            self.err(
                self.md.nodes[i as usize].loc,
                format!("'{key}:' of {} is out of range", self.kind(i)),
            )
        })
    }

    fn u32_field(&self, i: u32, key: &str) -> PResult<u32> {
        self.unsigned_field(i, key)
    }

    fn u64_field(&self, i: u32, key: &str) -> PResult<u64> {
        self.unsigned_field(i, key)
    }

    /// A `DW_*` constant field: a name from `table` or a number.
    fn dw_field(&self, i: u32, key: &str, table: &[(&str, u16)]) -> PResult<u16> {
        match self.field(i, key) {
            None => Ok(0),
            Some(MdVal::Word(w)) => Ok(dwarf::lookup(table, w).unwrap_or(0)),
            Some(MdVal::Int(_)) => self.unsigned_field(i, key),
            Some(_) => Err(self.err(
                self.md.nodes[i as usize].loc,
                format!("'{key}:' of {} must be a DWARF constant", self.kind(i)),
            )),
        }
    }

    fn word(&self, i: u32, key: &str) -> Option<&'a str> {
        match self.field(i, key) {
            Some(MdVal::Word(w)) => Some(w),
            _ => None,
        }
    }

    /// `!llvm.module.flags`: the DWARF version.
    fn module_flags(&mut self) -> PResult<()> {
        for &(name, v) in &self.md.named {
            if name != "llvm.module.flags" {
                continue;
            }
            let Some((i, _)) = self.node(v, SrcLoc::default())? else {
                continue;
            };
            for &(_, flag) in self.fields(i) {
                let Some((f, _)) = self.node(flag, SrcLoc::default())? else {
                    continue;
                };
                let fl = self.fields(f);
                if let [_, (_, MdVal::Str(key)), (_, MdVal::Typed(Some(val)))] = *fl
                    && self.p.text(key) == "Dwarf Version"
                {
                    self.di.dwarf_version = val.parse().ok();
                }
            }
        }
        Ok(())
    }

    fn file(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DiFile>> {
        let Some((i, _)) = self.node(v, loc)? else {
            return Ok(None);
        };
        if let Res::File(f) = self.cache[i as usize] {
            return Ok(Some(f));
        }
        if self.kind(i) != "DIFile" {
            return Ok(None);
        }
        let f = self.di.files.push(DiFileData {
            filename: self.string(i, "filename")?.unwrap_or_default(),
            directory: self.string(i, "directory")?.unwrap_or_default(),
        });
        self.cache[i as usize] = Res::File(f);
        Ok(Some(f))
    }

    fn file_field(&mut self, i: u32, loc: SrcLoc) -> PResult<Option<DiFile>> {
        match self.field(i, "file") {
            Some(v) => self.file(v, loc),
            None => Ok(None),
        }
    }

    fn unit(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DiUnit>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Ok(None);
        };
        if let Res::Unit(u) = self.cache[i as usize] {
            return Ok(Some(u));
        }
        if self.kind(i) != "DICompileUnit" {
            return Ok(None);
        }
        let data = DiUnitData {
            file: self.file_field(i, nloc)?,
            producer: self.string(i, "producer")?.unwrap_or_default(),
            language: self.dw_field(i, "language", dwarf::LANGUAGES)?,
            optimized: self.word(i, "isOptimized") == Some("true"),
        };
        let u = self.di.units.push(data);
        self.cache[i as usize] = Res::Unit(u);
        Ok(Some(u))
    }

    fn subprogram(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DiSubprogram>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Err(self.err(loc, "a function's '!dbg' must name a DISubprogram"));
        };
        match self.cache[i as usize] {
            Res::Sp(s) => return Ok(Some(s)),
            Res::None => {}
            _ => return Err(self.err(nloc, "a DISubprogram is expected here")),
        }
        if self.kind(i) != "DISubprogram" {
            return Err(self.err(loc, "a function's '!dbg' must name a DISubprogram"));
        }
        self.enter(nloc)?;
        let sp = self.di.add_subprogram(DiSubprogramData::default());
        self.cache[i as usize] = Res::Sp(sp);
        let data = DiSubprogramData {
            name: self.string(i, "name")?.unwrap_or_default(),
            linkage_name: self.string(i, "linkageName")?,
            file: self.file_field(i, nloc)?,
            line: self.u32_field(i, "line")?,
            scope_line: self.u32_field(i, "scopeLine")?,
            unit: match self.field(i, "unit") {
                Some(u) => self.unit(u, nloc)?,
                None => None,
            },
            ty: match self.field(i, "type") {
                Some(t) => self.ty(t, nloc)?,
                None => None,
            },
            scope: self.di.subprograms[sp].scope,
        };
        if let Some(s) = data.scope {
            self.di.scopes[s].file = data.file;
        }
        self.di.subprograms[sp] = data;
        self.depth -= 1;
        Ok(Some(sp))
    }

    /// A scope node: a local scope (subprogram, lexical block) or any other node used as a
    /// scope (file, namespace, type, unit), which becomes a [`DiScopeKind::File`] scope.
    fn scope(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DiScope>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Ok(None);
        };
        match self.kind(i) {
            "DISubprogram" => {
                let sp = self.subprogram(v, loc)?;
                Ok(sp.map(|sp| self.di.subprogram_scope(sp)))
            }
            "DILexicalBlock" | "DILexicalBlockFile" => {
                match self.cache[i as usize] {
                    Res::Block(s) => return Ok(Some(s)),
                    Res::InProgress => {
                        return Err(self.err(nloc, "a lexical block is its own parent scope"));
                    }
                    _ => {}
                }
                self.cache[i as usize] = Res::InProgress;
                self.enter(nloc)?;
                let parent = match self.field(i, "scope") {
                    Some(p) => self.scope(p, nloc)?,
                    None => None,
                };
                let Some(parent) = parent else {
                    return Err(self.err(nloc, format!("{} needs a 'scope:'", self.kind(i))));
                };
                let file = self.file_field(i, nloc)?;
                let (line, column) = if self.kind(i) == "DILexicalBlock" {
                    (self.u32_field(i, "line")?, self.u32_field(i, "column")?)
                } else {
                    (0, 0)
                };
                let s = self.di.add_lexical_block(parent, file, line, column);
                self.cache[i as usize] = Res::Block(s);
                self.depth -= 1;
                Ok(Some(s))
            }
            _ => {
                if let Some(&s) = self.scope_cache.get(&i) {
                    return Ok(Some(s));
                }
                let file = if self.kind(i) == "DIFile" {
                    self.file(v, loc)?
                } else {
                    self.file_field(i, nloc)?
                };
                let s = self.di.add_file_scope(file);
                self.scope_cache.insert(i, s);
                Ok(Some(s))
            }
        }
    }

    fn is_local_scope(&self, s: DiScope) -> bool {
        !matches!(self.di.scopes[s].kind, DiScopeKind::File)
    }

    /// A `!dbg` attachment's location (raw encoding from the reader).
    fn dbg_location(&mut self, raw: DebugLoc, loc: SrcLoc) -> PResult<Option<DebugLoc>> {
        let n = raw.as_u32();
        let v = if n & INLINE_BIT != 0 {
            MdVal::Node(n & !INLINE_BIT)
        } else {
            MdVal::Ref(n)
        };
        self.location_val(v, loc)
    }

    /// A `DILocation`; `None` for other nodes (a `!dbg` naming something else is
    /// rejected by LLVM's verifier, not its parser: it is ignored).
    fn location_val(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DebugLoc>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Ok(None);
        };
        match self.cache[i as usize] {
            Res::Loc(l) => return Ok(Some(l)),
            Res::InProgress => return Err(self.err(nloc, "a DILocation is inlined at itself")),
            _ => {}
        }
        if self.kind(i) != "DILocation" {
            return Ok(None);
        }
        self.cache[i as usize] = Res::InProgress;
        self.enter(nloc)?;
        let line = self.u32_field(i, "line")?;
        let column = self.u32_field(i, "column")?;
        let scope = match self.field(i, "scope") {
            Some(s) => self.scope(s, nloc)?,
            None => None,
        };
        let Some(scope) = scope.filter(|&s| self.is_local_scope(s)) else {
            return Err(self.err(
                nloc,
                "a DILocation needs a 'scope:' that is a DISubprogram or a DILexicalBlock",
            ));
        };
        let inlined_at = match self.field(i, "inlinedAt") {
            Some(MdVal::Null) | None => None,
            Some(a) => match self.location_val(a, nloc)? {
                Some(l) => Some(l),
                None => return Err(self.err(nloc, "'inlinedAt:' must name a DILocation")),
            },
        };
        let l = self.di.intern_location(DiLocationData {
            line,
            column,
            scope,
            inlined_at,
        });
        self.cache[i as usize] = Res::Loc(l);
        self.depth -= 1;
        Ok(Some(l))
    }

    fn variable(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DiVariable>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Ok(None);
        };
        if let Res::Var(x) = self.cache[i as usize] {
            return Ok(Some(x));
        }
        if self.kind(i) != "DILocalVariable" {
            return Ok(None);
        }
        self.enter(nloc)?;
        let data = DiVariableData {
            name: self.string(i, "name")?.unwrap_or_default(),
            arg: self.u32_field(i, "arg")?,
            file: self.file_field(i, nloc)?,
            line: self.u32_field(i, "line")?,
            ty: match self.field(i, "type") {
                Some(t) => self.ty(t, nloc)?,
                None => None,
            },
            scope: match self.field(i, "scope") {
                Some(s) => self.scope(s, nloc)?,
                None => None,
            },
        };
        let x = self.di.add_variable(data);
        self.cache[i as usize] = Res::Var(x);
        self.depth -= 1;
        Ok(Some(x))
    }

    /// `!DIExpression(DW_OP_x, 8, ...)` as numbers; `None` when it uses an operation this
    /// reader does not know (the declaration is then dropped).
    fn expression(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<Vec<u64>>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Err(self.err(loc, "a debug declaration needs a DIExpression"));
        };
        if self.kind(i) != "DIExpression" {
            return Err(self.err(nloc, "a debug declaration needs a DIExpression"));
        }
        let mut ops = Vec::new();
        for &(_, f) in self.fields(i) {
            ops.push(match f {
                MdVal::Word(w) => match dwarf::lookup(dwarf::OPS, w) {
                    Some(op) => u64::from(op),
                    None => return Ok(None),
                },
                MdVal::Int(t) => match t.parse::<u64>() {
                    Ok(x) => x,
                    Err(_) => match t.parse::<i64>() {
                        Ok(x) => x as u64,
                        Err(_) => {
                            return Err(self
                                .err(nloc, format!("DIExpression operand '{t}' is out of range")));
                        }
                    },
                },
                _ => return Err(self.err(nloc, "a DIExpression takes operations and integers")),
            });
        }
        Ok(Some(ops))
    }

    /// The types of an `elements:`/`types:` tuple field.
    fn tuple(&self, i: u32, key: &str, loc: SrcLoc) -> PResult<Vec<MdVal<'a>>> {
        match self.field(i, key) {
            None | Some(MdVal::Null) => Ok(Vec::new()),
            Some(v) => match self.node(v, loc)? {
                Some((t, _)) if self.kind(t).is_empty() => {
                    Ok(self.fields(t).iter().map(|&(_, x)| x).collect())
                }
                _ => Err(self.err(loc, format!("'{key}:' of {} must be a tuple", self.kind(i)))),
            },
        }
    }

    fn ty(&mut self, v: MdVal<'a>, loc: SrcLoc) -> PResult<Option<DiType>> {
        let Some((i, nloc)) = self.node(v, loc)? else {
            return Ok(None);
        };
        if let Res::Type(t) = self.cache[i as usize] {
            return Ok(Some(t));
        }
        let kind = self.kind(i);
        if !matches!(
            kind,
            "DIBasicType"
                | "DIDerivedType"
                | "DICompositeType"
                | "DISubroutineType"
                | "DIStringType"
        ) {
            return Ok(None);
        }
        self.enter(nloc)?;
        // Reserved first: types refer to themselves through pointers and members.
        let t = self.di.add_type(DiTypeData::Unknown);
        self.cache[i as usize] = Res::Type(t);
        let base = |r: &mut Self| -> PResult<Option<DiType>> {
            match r.field(i, "baseType") {
                Some(b) => r.ty(b, nloc),
                None => Ok(None),
            }
        };
        let data = match kind {
            "DIBasicType" => DiTypeData::Basic {
                name: self.string(i, "name")?.unwrap_or_default(),
                size_bits: self.u64_field(i, "size")?,
                encoding: self.dw_field(i, "encoding", dwarf::ENCODINGS)? as u8,
            },
            "DIDerivedType" => DiTypeData::Derived {
                tag: self.dw_field(i, "tag", dwarf::TAGS)?,
                name: self.string(i, "name")?,
                base: base(self)?,
                size_bits: self.u64_field(i, "size")?,
                offset_bits: self.u64_field(i, "offset")?,
            },
            "DICompositeType" => {
                let tag = self.dw_field(i, "tag", dwarf::TAGS)?;
                let name = self.string(i, "name")?;
                let b = base(self)?;
                let size_bits = self.u64_field(i, "size")?;
                let mut members = Vec::new();
                let mut counts = Vec::new();
                let mut enumerators = Vec::new();
                for e in self.tuple(i, "elements", nloc)? {
                    let Some((ei, _)) = self.node(e, nloc)? else {
                        continue;
                    };
                    match self.kind(ei) {
                        "DIDerivedType" => {
                            if let Some(m) = self.ty(e, nloc)? {
                                members.push(m);
                            }
                        }
                        "DISubrange" => {
                            let c = match self.field(ei, "count") {
                                Some(MdVal::Int(_)) => {
                                    u64::try_from(self.int(ei, "count")?.unwrap_or(-1)).ok()
                                }
                                _ => None,
                            };
                            counts.push(c);
                        }
                        "DIEnumerator" => {
                            let name = self.string(ei, "name")?.unwrap_or_default();
                            let v = self.int(ei, "value")?.unwrap_or(0);
                            enumerators.push((name, v as i64));
                        }
                        _ => {}
                    }
                }
                DiTypeData::Composite {
                    tag,
                    name,
                    base: b,
                    size_bits,
                    members,
                    counts,
                    enumerators,
                }
            }
            "DISubroutineType" => {
                let mut types = Vec::new();
                for e in self.tuple(i, "types", nloc)? {
                    types.push(match e {
                        MdVal::Null => None,
                        e => self.ty(e, nloc)?,
                    });
                }
                DiTypeData::Subroutine { types }
            }
            _ => DiTypeData::Unknown,
        };
        self.di.types[t] = data;
        self.depth -= 1;
        Ok(Some(t))
    }
}

/// True for the words that start a type (a typed value such as `i64 -1` or `ptr @g` in a
/// metadata field); other bare words are metadata keywords (`DW_TAG_member`, `true`,
/// `FullDebug`, `DIFlagPrototyped`, ...).
fn is_type_keyword(w: &str) -> bool {
    matches!(
        w,
        "ptr"
            | "void"
            | "half"
            | "bfloat"
            | "float"
            | "double"
            | "x86_fp80"
            | "fp128"
            | "ppc_fp128"
            | "label"
            | "metadata"
            | "token"
            | "x86_amx"
    ) || w
        .strip_prefix('i')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}
