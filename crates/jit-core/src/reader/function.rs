//! Function bodies: blocks and the per-function symbol table.
//!
//! Local names live in one namespace shared by values and blocks. Named locals are in a
//! hash map keyed by the (zero-copy) name; numbered locals (`%0`, `%1`, labels `3:`) in a
//! vector indexed by number, since they must be defined in increasing order without gaps
//! (as clang writes them; LLVM's own parser is no more lenient about order): an unnamed
//! parameter, block or non-void instruction takes the next number.
//!
//! A use before the definition (phis, branches to later blocks, blocks laid out before
//! their dominators) creates the value or block at once, with the type the use gives it;
//! the definition then fills it in, so operands never need patching. Anything still
//! undefined when the function ends is an error at its first use.
//!
//! A block ends at its terminator, at the next label or at the closing `}`: a block without
//! a terminator is left for the verifier to report. Debug records (`#dbg_value(...)`)
//! between instructions are dropped.

use std::borrow::Cow;
use std::collections::hash_map::Entry;

use super::error::PResult;
use super::fxhash::FxHashMap;
use super::lexer::{Tok, Token};
use super::parser::{Param, Parser};
use crate::ir::{
    Block, BlockData, Body, FuncId, Inst, InstData, InstKind, SrcLoc, Type, Value, ValueData,
    ValueDef,
};

/// The definition of a value that was used before being defined.
const PENDING: ValueDef = ValueDef::Param(u32::MAX);

/// What a local name stands for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    Value(Value),
    Block(Block),
}

/// A named local.
#[derive(Copy, Clone, Debug)]
pub(super) struct Local {
    slot: Slot,
    defined: bool,
    /// First use (forward references) or definition.
    loc: SrcLoc,
}

/// Per-function parser state (kept between functions to reuse its allocations).
pub(super) struct FnState<'a> {
    body: Body,
    named: FxHashMap<Cow<'a, str>, Local>,
    numbered: Vec<Slot>,
    fwd_numbered: FxHashMap<u32, (Slot, SrcLoc)>,
    /// Named forward references not defined yet.
    unresolved: usize,
    cur: Block,
    /// The return type of the function being read.
    pub(super) ret_ty: Type,
}

impl Default for FnState<'_> {
    fn default() -> Self {
        FnState {
            body: Body::default(),
            named: FxHashMap::default(),
            numbered: Vec::new(),
            fwd_numbered: FxHashMap::default(),
            unresolved: 0,
            cur: Block::from_u32(0),
            ret_ty: Type::VOID,
        }
    }
}

/// How an instruction's result is named.
pub(super) enum ResName<'a> {
    /// No `%x =`: void, or takes the next number.
    None,
    /// `%name =`.
    Named(Cow<'a, str>, SrcLoc),
    /// `%N =`.
    Numbered(u32, SrcLoc),
}

fn local_name(name: &str) -> String {
    let mut s = String::new();
    let _ = crate::ir::write_local_name(&mut s, '%', name);
    s
}

impl<'a> Parser<'a> {
    // ---- symbol table -------------------------------------------------------------------

    pub(super) fn local_number(&self, t: Token) -> PResult<u32> {
        let mut n: u32 = 0;
        for b in self.text(t).bytes() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u32::from(b.wrapping_sub(b'0'))))
                .filter(|_| b.is_ascii_digit())
                .ok_or_else(|| self.err_at(Self::loc(t), "local number is out of range"))?;
        }
        Ok(n)
    }

    fn describe_local(&self, t: Token) -> String {
        match t.kind {
            Tok::LocalId | Tok::LabelId => format!("%{}", self.text(t)),
            _ => local_name(&self.name(t)),
        }
    }

    /// The slot for a use of local `t`, creating a forward reference (`fresh`) when
    /// the name is unknown.
    fn use_local(
        &mut self,
        t: Token,
        fresh: impl FnOnce(&mut Body) -> Slot,
    ) -> PResult<(Slot, bool)> {
        let loc = Self::loc(t);
        if t.kind == Tok::LocalId {
            let n = self.local_number(t)?;
            if let Some(&s) = self.fs.numbered.get(n as usize) {
                return Ok((s, true));
            }
            let fs = &mut self.fs;
            let (s, _) = *fs
                .fwd_numbered
                .entry(n)
                .or_insert_with(|| (fresh(&mut fs.body), loc));
            return Ok((s, false));
        }
        let name = self.name(t);
        let fs = &mut self.fs;
        match fs.named.entry(name) {
            Entry::Occupied(e) => Ok((e.get().slot, e.get().defined)),
            Entry::Vacant(v) => {
                let slot = fresh(&mut fs.body);
                v.insert(Local {
                    slot,
                    defined: false,
                    loc,
                });
                fs.unresolved += 1;
                Ok((slot, false))
            }
        }
    }

    /// The value named by local token `t`, which must have type `ty`.
    pub(super) fn lookup_value(&mut self, t: Token, ty: Type) -> PResult<Value> {
        let (slot, defined) = self.use_local(t, |b| {
            Slot::Value(b.values.push(ValueData {
                ty,
                def: PENDING,
                name: None,
            }))
        })?;
        match slot {
            Slot::Value(v) => {
                let vty = self.fs.body.values[v].ty;
                if vty != ty {
                    let what = if defined {
                        "defined with type"
                    } else {
                        "used earlier with type"
                    };
                    return Err(self.err_at(
                        Self::loc(t),
                        format!(
                            "'{}' {what} '{}' but expected '{}'",
                            self.describe_local(t),
                            self.ty_str(vty),
                            self.ty_str(ty)
                        ),
                    ));
                }
                Ok(v)
            }
            Slot::Block(_) => Err(self.err_at(
                Self::loc(t),
                format!("'{}' is a label, not a value", self.describe_local(t)),
            )),
        }
    }

    /// The block named by local token `t`.
    pub(super) fn lookup_block(&mut self, t: Token) -> PResult<Block> {
        let (slot, _) = self.use_local(t, |b| Slot::Block(b.blocks.push(BlockData::default())))?;
        match slot {
            Slot::Block(b) => Ok(b),
            Slot::Value(_) => Err(self.err_at(
                Self::loc(t),
                format!("'{}' is a value, not a label", self.describe_local(t)),
            )),
        }
    }

    /// Consumes a block reference `%name` / `%N`.
    pub(super) fn parse_block_ref(&mut self) -> PResult<Block> {
        if !matches!(self.tok.kind, Tok::LocalVar | Tok::LocalId) {
            return Err(self.expected("a label name"));
        }
        let b = self.lookup_block(self.tok)?;
        self.bump()?;
        Ok(b)
    }

    /// Consumes `label %name`.
    pub(super) fn parse_label_operand(&mut self) -> PResult<Block> {
        self.expect_kw("label")?;
        self.parse_block_ref()
    }

    /// Takes the next local number, checking an explicit `%N` / `N:` against it.
    fn claim_number(
        &mut self,
        explicit: Option<(u32, SrcLoc)>,
        what: &str,
    ) -> PResult<(u32, Option<Slot>)> {
        let next = self.fs.numbered.len() as u32;
        if let Some((n, loc)) = explicit
            && n != next
        {
            return Err(self.err_at(
                loc,
                format!("{what} expected to be numbered '%{next}', found '%{n}'"),
            ));
        }
        let pending = if self.fs.fwd_numbered.is_empty() {
            None
        } else {
            self.fs.fwd_numbered.remove(&next).map(|(s, _)| s)
        };
        Ok((next, pending))
    }

    /// Defines the result of the instruction `inst` with type `ty`.
    fn define_result(&mut self, res: ResName<'a>, ty: Type, inst: Inst) -> PResult<Option<Value>> {
        if ty == Type::VOID {
            return match res {
                ResName::None => Ok(None),
                ResName::Named(_, loc) | ResName::Numbered(_, loc) => {
                    Err(self.err_at(loc, "an instruction that returns void cannot have a name"))
                }
            };
        }
        let fresh = |body: &mut Body, name: Option<Box<str>>| {
            body.values.push(ValueData {
                ty,
                def: ValueDef::Inst(inst),
                name,
            })
        };
        match res {
            ResName::Named(name, loc) => {
                let owned: Box<str> = name.as_ref().into();
                let fs = &mut self.fs;
                match fs.named.entry(name) {
                    Entry::Vacant(v) => {
                        let val = fresh(&mut fs.body, Some(owned));
                        v.insert(Local {
                            slot: Slot::Value(val),
                            defined: true,
                            loc,
                        });
                        Ok(Some(val))
                    }
                    Entry::Occupied(mut e) => {
                        let local = *e.get();
                        match local.slot {
                            Slot::Value(v) if !local.defined => {
                                let vd = &mut fs.body.values[v];
                                if vd.ty != ty {
                                    let used = vd.ty;
                                    return Err(self.err_at(
                                        loc,
                                        format!(
                                            "'{}' is defined with type '{}' but was used with type '{}' at {}",
                                            local_name(&owned),
                                            self.ty_str(ty),
                                            self.ty_str(used),
                                            local.loc
                                        ),
                                    ));
                                }
                                vd.def = ValueDef::Inst(inst);
                                vd.name = Some(owned);
                                let l = e.get_mut();
                                l.defined = true;
                                l.loc = loc;
                                fs.unresolved -= 1;
                                Ok(Some(v))
                            }
                            Slot::Block(_) if !local.defined => Err(self.err_at(
                                loc,
                                format!(
                                    "'{}' is defined as a value but was used as a label at {}",
                                    local_name(&owned),
                                    local.loc
                                ),
                            )),
                            _ => Err(self
                                .err_at(loc, format!("redefinition of '{}'", local_name(&owned)))),
                        }
                    }
                }
            }
            ResName::Numbered(..) | ResName::None => {
                let explicit = match res {
                    ResName::Numbered(n, loc) => Some((n, loc)),
                    _ => None,
                };
                let (n, pending) = self.claim_number(explicit, "instruction")?;
                let v = match pending {
                    None => fresh(&mut self.fs.body, None),
                    Some(Slot::Value(v)) => {
                        let used = self.fs.body.values[v].ty;
                        if used != ty {
                            let loc = explicit.map(|(_, l)| l).unwrap_or_default();
                            return Err(self.err_at(
                                loc,
                                format!(
                                    "'%{n}' is defined with type '{}' but was used with type '{}'",
                                    self.ty_str(ty),
                                    self.ty_str(used)
                                ),
                            ));
                        }
                        self.fs.body.values[v].def = ValueDef::Inst(inst);
                        v
                    }
                    Some(Slot::Block(_)) => {
                        let loc = explicit.map(|(_, l)| l).unwrap_or_default();
                        return Err(self.err_at(
                            loc,
                            format!("'%{n}' is defined as a value but was used as a label"),
                        ));
                    }
                };
                self.fs.numbered.push(Slot::Value(v));
                Ok(Some(v))
            }
        }
    }

    /// Defines a parameter value.
    fn define_param(&mut self, p: &Param, v: Value) -> PResult<()> {
        match p.name {
            Some(t) if t.kind == Tok::LocalVar => {
                let name = self.name(t);
                let loc = Self::loc(t);
                self.fs.body.values[v].name = Some(name.as_ref().into());
                match self.fs.named.entry(name) {
                    Entry::Vacant(e) => {
                        e.insert(Local {
                            slot: Slot::Value(v),
                            defined: true,
                            loc,
                        });
                        Ok(())
                    }
                    Entry::Occupied(_) => Err(self.err_at(
                        loc,
                        format!("redefinition of parameter '{}'", self.describe_local(t)),
                    )),
                }
            }
            name => {
                let explicit = match name {
                    Some(t) => Some((self.local_number(t)?, Self::loc(t))),
                    None => None,
                };
                self.claim_number(explicit, "parameter")?;
                self.fs.numbered.push(Slot::Value(v));
                Ok(())
            }
        }
    }

    /// Starts a block at a label (or an unnamed, numbered block when `label` is `None`).
    fn define_block(&mut self, label: Option<Token>, loc: SrcLoc) -> PResult<()> {
        let (b, name): (Block, Option<Box<str>>) = match label {
            Some(t) if t.kind == Tok::Label => {
                let name = self.name(t);
                let owned: Box<str> = name.as_ref().into();
                let fs = &mut self.fs;
                let b = match fs.named.entry(name) {
                    Entry::Vacant(v) => {
                        let b = fs.body.blocks.push(BlockData::default());
                        v.insert(Local {
                            slot: Slot::Block(b),
                            defined: true,
                            loc,
                        });
                        b
                    }
                    Entry::Occupied(mut e) => {
                        let local = *e.get();
                        match local.slot {
                            Slot::Block(b) if !local.defined => {
                                let l = e.get_mut();
                                l.defined = true;
                                l.loc = loc;
                                fs.unresolved -= 1;
                                b
                            }
                            Slot::Value(_) if !local.defined => {
                                return Err(self.err_at(
                                    loc,
                                    format!(
                                        "'{}' is defined as a label but was used as a value at {}",
                                        local_name(&owned),
                                        local.loc
                                    ),
                                ));
                            }
                            _ => {
                                return Err(self.err_at(
                                    loc,
                                    format!("redefinition of '{}'", local_name(&owned)),
                                ));
                            }
                        }
                    }
                };
                (b, Some(owned))
            }
            label => {
                let explicit = match label {
                    Some(t) => Some((self.local_number(t)?, loc)),
                    None => None,
                };
                let (n, pending) = self.claim_number(explicit, "label")?;
                let b = match pending {
                    None => self.fs.body.blocks.push(BlockData::default()),
                    Some(Slot::Block(b)) => b,
                    Some(Slot::Value(_)) => {
                        return Err(self.err_at(
                            loc,
                            format!("'%{n}' is defined as a label but was used as a value"),
                        ));
                    }
                };
                self.fs.numbered.push(Slot::Block(b));
                (b, None)
            }
        };
        let fs = &mut self.fs;
        let data = &mut fs.body.blocks[b];
        data.name = name;
        data.loc = loc;
        // Most blocks hold a few instructions: skip the 4 → 8 reallocation.
        data.insts.reserve(8);
        fs.body.layout.push(b);
        fs.cur = b;
        Ok(())
    }

    /// Fails at the first use of a local that was never defined.
    fn check_unresolved(&self) -> PResult<()> {
        let fs = &self.fs;
        let mut worst: Option<(SrcLoc, String, bool)> = None;
        let mut consider = |loc: SrcLoc, name: String, is_block: bool| {
            if worst
                .as_ref()
                .is_none_or(|(l, _, _)| (loc.line, loc.col) < (l.line, l.col))
            {
                worst = Some((loc, name, is_block));
            }
        };
        if fs.unresolved > 0 {
            for (name, l) in &fs.named {
                if !l.defined {
                    consider(l.loc, local_name(name), matches!(l.slot, Slot::Block(_)));
                }
            }
        }
        for (n, (slot, loc)) in &fs.fwd_numbered {
            consider(*loc, format!("%{n}"), matches!(slot, Slot::Block(_)));
        }
        match worst {
            Some((loc, name, true)) => {
                Err(self.err_at(loc, format!("use of undefined label '{name}'")))
            }
            Some((loc, name, false)) => {
                Err(self.err_at(loc, format!("use of undefined value '{name}'")))
            }
            None => Ok(()),
        }
    }

    // ---- bodies ---------------------------------------------------------------------------

    /// `{ blocks }` of function `f`.
    pub(super) fn parse_body(&mut self, f: FuncId, ret_ty: Type, params: &[Param]) -> PResult<()> {
        let open = self.here();
        self.expect(Tok::LBrace, "'{' to start the function body")?;
        {
            let fs = &mut self.fs;
            fs.body = Body::default();
            fs.named.clear();
            fs.numbered.clear();
            fs.fwd_numbered.clear();
            fs.unresolved = 0;
            fs.ret_ty = ret_ty;
        }
        self.md.in_body = true;
        let mut values = Vec::with_capacity(params.len());
        for (i, p) in params.iter().enumerate() {
            let v = self.fs.body.values.push(ValueData {
                ty: p.ty,
                def: ValueDef::Param(i as u32),
                name: None,
            });
            self.define_param(p, v)?;
            values.push(v);
        }
        loop {
            // A block: optional label, then instructions up to a terminator.
            let loc = self.here();
            match self.tok.kind {
                Tok::RBrace => {
                    if self.fs.body.layout.is_empty() {
                        return Err(self.err("a function body needs at least one block"));
                    }
                    self.bump()?;
                    break;
                }
                Tok::Label | Tok::LabelId => {
                    let t = self.tok;
                    self.bump()?;
                    self.define_block(Some(t), loc)?;
                }
                Tok::Eof => {
                    return Err(self.err_at(open, "function body is not closed (missing '}')"));
                }
                _ => self.define_block(None, loc)?,
            }
            loop {
                match self.tok.kind {
                    Tok::RBrace | Tok::Label | Tok::LabelId => break,
                    Tok::Eof => {
                        return Err(self.err_at(open, "function body is not closed (missing '}')"));
                    }
                    Tok::HashIdent => self.parse_debug_record()?,
                    _ => {
                        if self.parse_instruction()? {
                            break;
                        }
                    }
                }
            }
        }
        self.md.in_body = false;
        self.check_unresolved()?;
        self.finish_fn_metadata(f);
        let body = std::mem::take(&mut self.fs.body);
        let func = &mut self.m.functions[f];
        func.params = values;
        func.body = Some(body);
        Ok(())
    }

    /// Appends an instruction to the current block.
    pub(super) fn emit(
        &mut self,
        kind: InstKind,
        ty: Type,
        res: ResName<'a>,
        loc: SrcLoc,
    ) -> PResult<()> {
        let inst = self.fs.body.insts.next_key();
        let result = self.define_result(res, ty, inst)?;
        let block = self.fs.cur;
        self.fs.body.insts.push(InstData {
            kind,
            result,
            block,
            loc,
            dbg: self.md.pending_dbg.take(),
        });
        self.fs.body.blocks[block].insts.push(inst);
        Ok(())
    }
}
