//! Atomic memory instructions: `load atomic`, `store atomic`, `atomicrmw`, `cmpxchg` and
//! `fence`. The reader checks operand types against each other; the ordering rules of
//! LangRef (no release loads, failure orderings, explicit alignment...) are the verifier's.

use super::super::error::PResult;
use super::super::lexer::Tok;
use super::super::parser::Parser;
use crate::ir::{AtomicOrdering, InstKind, RmwOp, SyncScope, Type};

impl<'a> Parser<'a> {
    /// `[syncscope("name")] ordering`.
    fn parse_scope_and_ordering(&mut self) -> PResult<(SyncScope, AtomicOrdering)> {
        let scope = self.parse_syncscope()?;
        let ordering = self.parse_ordering()?;
        Ok((scope, ordering))
    }

    /// `syncscope("...")` if present. Only the scopes meaningful on CPUs are accepted.
    fn parse_syncscope(&mut self) -> PResult<SyncScope> {
        if !self.eat_kw("syncscope")? {
            return Ok(SyncScope::System);
        }
        self.expect(Tok::LParen, "'(' after 'syncscope'")?;
        let loc = self.here();
        let name = self.parse_string("a synchronization scope name")?;
        self.expect(Tok::RParen, "')'")?;
        match name.as_str() {
            "singlethread" => Ok(SyncScope::SingleThread),
            "" => Ok(SyncScope::System),
            _ => Err(self.unsupported_at(
                loc,
                format!("synchronization scope \"{name}\" is not supported"),
            )),
        }
    }

    /// One ordering keyword.
    fn parse_ordering(&mut self) -> PResult<AtomicOrdering> {
        let found = (self.tok.kind == Tok::Ident)
            .then(|| AtomicOrdering::from_name(self.cur_text()))
            .flatten();
        let Some(ordering) = found else {
            return Err(self.expected("an atomic ordering"));
        };
        self.bump()?;
        Ok(ordering)
    }

    /// `load atomic` after the keyword `atomic`.
    pub(super) fn parse_atomic_load(&mut self) -> PResult<(InstKind, Type)> {
        let volatile = self.eat_kw("volatile")?;
        let tloc = self.here();
        let t = self.parse_type()?;
        self.check_value_type(t, tloc)?;
        self.expect_comma()?;
        let ptr = self.parse_pointer_operand("the load address")?;
        let (scope, ordering) = self.parse_scope_and_ordering()?;
        let align = self.parse_opt_align()?;
        let kind = InstKind::AtomicLoad {
            ptr,
            align,
            volatile,
            ordering,
            scope,
        };
        Ok((kind, t))
    }

    /// `store atomic` after the keyword `atomic`.
    pub(super) fn parse_atomic_store(&mut self) -> PResult<(InstKind, Type)> {
        let volatile = self.eat_kw("volatile")?;
        let tloc = self.here();
        let (t, value) = self.parse_typed_operand()?;
        self.check_value_type(t, tloc)?;
        self.expect_comma()?;
        let ptr = self.parse_pointer_operand("the store address")?;
        let (scope, ordering) = self.parse_scope_and_ordering()?;
        let align = self.parse_opt_align()?;
        let kind = InstKind::AtomicStore {
            value,
            ptr,
            align,
            volatile,
            ordering,
            scope,
        };
        Ok((kind, Type::VOID))
    }

    /// `atomicrmw [volatile] op ptr p, T v [syncscope] ordering[, align N]`.
    pub(super) fn parse_atomicrmw(&mut self) -> PResult<(InstKind, Type)> {
        let volatile = self.eat_kw("volatile")?;
        let found = (self.tok.kind == Tok::Ident)
            .then(|| RmwOp::from_name(self.cur_text()))
            .flatten();
        let Some(op) = found else {
            return Err(self.expected("an atomicrmw operation"));
        };
        self.bump()?;
        let ptr = self.parse_pointer_operand("the atomicrmw address")?;
        self.expect_comma()?;
        let tloc = self.here();
        let (t, value) = self.parse_typed_operand()?;
        self.check_value_type(t, tloc)?;
        let (scope, ordering) = self.parse_scope_and_ordering()?;
        let align = self.parse_opt_align()?;
        let kind = InstKind::AtomicRmw {
            op,
            ptr,
            value,
            align,
            volatile,
            ordering,
            scope,
        };
        Ok((kind, t))
    }

    /// `cmpxchg [weak] [volatile] ptr p, T cmp, T new [syncscope] success failure[, align N]`;
    /// the result type is `{ T, i1 }`.
    pub(super) fn parse_cmpxchg(&mut self) -> PResult<(InstKind, Type)> {
        let weak = self.eat_kw("weak")?;
        let volatile = self.eat_kw("volatile")?;
        let ptr = self.parse_pointer_operand("the cmpxchg address")?;
        self.expect_comma()?;
        let tloc = self.here();
        let (t, expected) = self.parse_typed_operand()?;
        self.check_value_type(t, tloc)?;
        self.expect_comma()?;
        let new = self.parse_operand_as(t, "the new value")?;
        let (scope, success) = self.parse_scope_and_ordering()?;
        let failure = self.parse_ordering()?;
        let align = self.parse_opt_align()?;
        let rt = self.m.types.struct_(&[t, Type::I1], false);
        let kind = InstKind::CmpXchg {
            ptr,
            expected,
            new,
            align,
            volatile,
            weak,
            success,
            failure,
            scope,
        };
        Ok((kind, rt))
    }

    /// `fence [syncscope] ordering`.
    pub(super) fn parse_fence(&mut self) -> PResult<(InstKind, Type)> {
        let (scope, ordering) = self.parse_scope_and_ordering()?;
        Ok((InstKind::Fence { ordering, scope }, Type::VOID))
    }
}
