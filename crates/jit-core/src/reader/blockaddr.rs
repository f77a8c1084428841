//! `blockaddress(@f, %label)` constants and the `indirectbr` instruction.
//!
//! A block address may name a function defined further down the file (dispatch tables are
//! globals, written before the functions), so each one starts as a placeholder constant and
//! is resolved once the whole module is read: the label is looked up by name, or for
//! `%N` by the same numbering the reader assigned while reading the body.

use super::error::PResult;
use super::lexer::Tok;
use super::parser::Parser;
use crate::ir::{Block, Const, ConstKind, FuncId, GlobalRef, InstKind, SrcLoc, Type};

/// A `blockaddress` waiting for the module to be read.
#[derive(Debug)]
pub(super) struct PendingBlockAddr {
    /// The placeholder constant.
    pub(super) constant: Const,
    /// The function's name (as written, without `@`).
    pub(super) func: String,
    /// The label: a name, or the number of `%N`.
    pub(super) label: Label,
    /// Where it was written.
    pub(super) loc: SrcLoc,
}

/// A label as written in a `blockaddress`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Label {
    /// `%name`.
    Named(String),
    /// `%N`.
    Numbered(u32),
}

impl<'a> Parser<'a> {
    /// `blockaddress(@f, %label)` after the keyword.
    pub(super) fn parse_blockaddress(&mut self, ty: Type) -> PResult<Const> {
        let loc = self.here();
        if !self.m.types.is_ptr(ty) {
            return Err(self.err(format!(
                "blockaddress has type 'ptr', not '{}'",
                self.ty_str(ty)
            )));
        }
        self.bump()?;
        self.expect(Tok::LParen, "'(' after 'blockaddress'")?;
        if !matches!(self.tok.kind, Tok::GlobalVar | Tok::GlobalId) {
            return Err(self.expected("a function name"));
        }
        let func = self.name(self.tok).into_owned();
        self.bump()?;
        self.expect(Tok::Comma, "','")?;
        let label = match self.tok.kind {
            Tok::LocalVar => Label::Named(self.name(self.tok).into_owned()),
            Tok::LocalId => Label::Numbered(self.local_number(self.tok)?),
            _ => return Err(self.expected("a label name")),
        };
        self.bump()?;
        self.expect(Tok::RParen, "')'")?;
        let key = (func.clone(), label.clone());
        if let Some(&c) = self.block_addr_map.get(&key) {
            return Ok(c);
        }
        // A placeholder unique to this (function, label) pair until `resolve_block_addrs`.
        let index = self.block_addrs.len() as u32;
        let constant = self.m.constant(
            Type::PTR,
            ConstKind::BlockAddress {
                func: FuncId::from_u32(u32::MAX),
                block: Block::from_u32(index),
            },
        );
        self.block_addrs.push(PendingBlockAddr {
            constant,
            func,
            label,
            loc,
        });
        self.block_addr_map.insert(key, constant);
        Ok(constant)
    }

    /// `indirectbr ptr %a, [label %x, ...]` after the opcode.
    pub(super) fn parse_indirectbr(&mut self) -> PResult<(InstKind, Type)> {
        let aloc = self.here();
        let t = self.parse_type()?;
        if !self.m.types.is_ptr(t) {
            return Err(self.err_at(
                aloc,
                format!(
                    "indirectbr address must be a pointer, not '{}'",
                    self.ty_str(t)
                ),
            ));
        }
        let addr = self.parse_operand(t)?;
        self.expect(Tok::Comma, "','")?;
        self.expect(Tok::LBracket, "'['")?;
        let mut dests = Vec::new();
        if !self.eat(Tok::RBracket)? {
            loop {
                dests.push(self.parse_label_operand()?);
                if self.eat(Tok::RBracket)? {
                    break;
                }
                self.expect(Tok::Comma, "',' or ']'")?;
            }
        }
        Ok((
            InstKind::IndirectBr {
                addr,
                dests: dests.into(),
            },
            Type::VOID,
        ))
    }

    /// Resolves every `blockaddress` once all functions are read.
    pub(super) fn resolve_block_addrs(&mut self) -> PResult<()> {
        let pending = std::mem::take(&mut self.block_addrs);
        for p in &pending {
            let f = match self.m.lookup(&p.func) {
                Some(GlobalRef::Function(f)) => f,
                _ => {
                    return Err(self.err_at(
                        p.loc,
                        format!("blockaddress names '@{}', which is not a function", p.func),
                    ));
                }
            };
            let Some(block) = self.find_label(f, &p.label) else {
                let what = match &p.label {
                    Label::Named(n) => format!("%{n}"),
                    Label::Numbered(n) => format!("%{n}"),
                };
                let why = if self.m.functions[f].body.is_none() {
                    format!("'@{}' is only declared", p.func)
                } else {
                    format!("'@{}' has no block '{what}'", p.func)
                };
                return Err(self.err_at(p.loc, format!("invalid blockaddress: {why}")));
            };
            self.m
                .redefine_constant(p.constant, ConstKind::BlockAddress { func: f, block });
        }
        Ok(())
    }

    /// The block of `f` written as `label`.
    fn find_label(&self, f: FuncId, label: &Label) -> Option<Block> {
        let func = &self.m.functions[f];
        let body = func.body.as_ref()?;
        let unnamed = |n: &Option<Box<str>>| n.as_deref().is_none_or(str::is_empty);
        match label {
            Label::Named(name) => body
                .layout
                .iter()
                .copied()
                .find(|&b| body.blocks[b].name.as_deref() == Some(name.as_str())),
            Label::Numbered(want) => {
                // The numbering of the text: unnamed parameters, then per block its label
                // and its unnamed results.
                let mut n = func
                    .params
                    .iter()
                    .filter(|&&p| unnamed(&body.values[p].name))
                    .count() as u32;
                for &b in &body.layout {
                    if unnamed(&body.blocks[b].name) {
                        if n == *want {
                            return Some(b);
                        }
                        n += 1;
                    }
                    for &i in &body.blocks[b].insts {
                        if let Some(v) = body.insts[i].result
                            && unnamed(&body.values[v].name)
                        {
                            n += 1;
                        }
                    }
                }
                None
            }
        }
    }
}
