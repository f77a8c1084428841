//! One function: its header, blocks with their `; preds = ...` comments, and the names and
//! operands instructions refer to.

use super::attrs::{write_fn_attrs, write_linkage, write_param_attrs};
use super::constants::write_const;
use super::debuginfo::DebugPrinter;
use super::names::write_local;
use super::slots::{Slot, Slots, own_name};
use super::{Nest, write_type};
use crate::entity::EntityRef;
use crate::ir::{
    Block, Body, ConstKind, DebugDeclare, Function, GlobalRef, InstKind, Intrinsic, Module,
    Operand, Type, TypeData, Types, Value, write_local_name,
};
use std::fmt::{self, Write};

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

/// Column of the `; preds = ...` comment after block labels (as LLVM writes it).
const PREDS_COLUMN: usize = 50;

/// Prints the parts of one function, with its slot numbering.
pub(crate) struct FunctionPrinter<'a> {
    pub(super) m: &'a Module,
    pub(super) func: &'a Function,
    pub(super) slots: &'a Slots,
    /// Debug metadata numbering, when the whole module is printed.
    dbg: Option<&'a DebugPrinter<'a>>,
}

impl<'a> FunctionPrinter<'a> {
    pub(crate) fn new(m: &'a Module, func: &'a Function, slots: &'a Slots) -> Self {
        FunctionPrinter {
            m,
            func,
            slots,
            dbg: None,
        }
    }

    /// Also writes debug information (`!dbg`, `#dbg_declare`) with `dbg`'s numbers.
    pub(super) fn with_debug(mut self, dbg: Option<&'a DebugPrinter<'a>>) -> Self {
        self.dbg = dbg;
        self
    }

    pub(super) fn types(&self) -> &'a Types {
        &self.m.types
    }

    pub(super) fn function(&self, out: &mut impl Write) -> fmt::Result {
        let m = self.m;
        let func = self.func;
        // `function_sig` indexes the table: look the type up first, so a bad index is `None`.
        let sig = m
            .types
            .get(func.ty)
            .and_then(|_| m.types.function_sig(func.ty));
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
        if let Some(p) = func.personality {
            out.write_str(" personality ")?;
            self.typed(out, Operand::Const(p))?;
        }
        if let Some(dp) = self.dbg {
            dp.fn_attachment(out, func)?;
        }
        let Some(body) = &func.body else {
            return out.write_char('\n');
        };
        out.write_str(" {\n")?;
        let (declares_after, declares_at_entry) = match self.dbg {
            Some(dp) => dp.declare_positions(func, body),
            None => Default::default(),
        };

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
            let mut first_non_phi = is_entry;
            for &i in &bd.insts {
                if first_non_phi
                    && !matches!(
                        body.insts.get(i).map(|d| &d.kind),
                        Some(InstKind::Phi { .. })
                    )
                {
                    first_non_phi = false;
                    if let Some(dp) = self.dbg {
                        for d in &declares_at_entry {
                            self.declare_record(out, dp, d)?;
                        }
                    }
                }
                out.write_str("  ")?;
                self.inst(out, i)?;
                if let (Some(dp), Some(data)) = (self.dbg, body.insts.get(i)) {
                    dp.attachment(out, m, func, data.dbg, &data.kind)?;
                }
                out.write_char('\n')?;
                if let (Some(dp), Some(list)) = (self.dbg, declares_after.get(&i)) {
                    for d in list {
                        self.declare_record(out, dp, d)?;
                    }
                }
            }
        }
        out.write_str("}\n")
    }

    /// `    #dbg_declare(ptr %x, !var, !DIExpression(), !loc)` and a newline.
    fn declare_record(
        &self,
        out: &mut impl Write,
        dp: &DebugPrinter<'_>,
        d: &DebugDeclare,
    ) -> fmt::Result {
        out.write_str("    #dbg_declare(")?;
        self.typed(out, Operand::Value(d.address))?;
        dp.declare_tail(out, d)?;
        out.write_str(")\n")
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
        self.write_slot(out, Some('%'), slot, || {
            self.func
                .body
                .as_ref()
                .and_then(|b| b.values.get(v))
                .and_then(|d| own_name(&d.name))
        })
    }

    /// Writes a block's label without `%` or `:`.
    fn block_label(&self, out: &mut impl Write, b: Block) -> fmt::Result {
        let slot = self
            .slots
            .blocks
            .get(b.index())
            .copied()
            .unwrap_or(Slot::None);
        self.write_slot(out, None, slot, || {
            self.func
                .body
                .as_ref()
                .and_then(|body| body.blocks.get(b))
                .and_then(|d| own_name(&d.name))
        })
    }

    /// Writes a value or block numbered `slot` after `sigil`: `<badref>`, its number, its own
    /// name (`own`, looked up only when the slot says it is used) or its made-unique name.
    fn write_slot(
        &self,
        out: &mut impl Write,
        sigil: Option<char>,
        slot: Slot,
        own: impl FnOnce() -> Option<&'a str>,
    ) -> fmt::Result {
        if matches!(slot, Slot::None | Slot::Num(_))
            && let Some(s) = sigil
        {
            out.write_char(s)?;
        }
        match slot {
            Slot::None => out.write_str("<badref>"),
            Slot::Num(n) => write!(out, "{n}"),
            Slot::Named => write_local(out, sigil, own().unwrap_or("")),
            Slot::Renamed(i) => write_local(out, sigil, &self.slots.renamed[i as usize]),
        }
    }

    /// Writes `%label` for a block operand.
    pub(crate) fn block_ref(&self, out: &mut impl Write, b: Block) -> fmt::Result {
        out.write_char('%')?;
        self.block_label(out, b)
    }

    pub(super) fn operand_type(&self, op: Operand) -> Option<Type> {
        match op {
            Operand::Value(v) => self.func.body.as_ref()?.values.get(v).map(|d| d.ty),
            Operand::Const(c) => self.m.consts.get(c).map(|d| d.ty),
        }
    }

    pub(super) fn write_opt_type(&self, out: &mut impl Write, t: Option<Type>) -> fmt::Result {
        match t {
            Some(t) => write_type(out, self.types(), t),
            None => out.write_str("<badtype>"),
        }
    }

    pub(super) fn operand(&self, out: &mut impl Write, op: Operand) -> fmt::Result {
        match op {
            Operand::Value(v) => self.value_name(out, v),
            Operand::Const(c) => write_const(out, self.m, c, Nest::TOP),
        }
    }

    pub(super) fn typed(&self, out: &mut impl Write, op: Operand) -> fmt::Result {
        self.write_opt_type(out, self.operand_type(op))?;
        out.write_char(' ')?;
        self.operand(out, op)
    }

    pub(super) fn align(out: &mut impl Write, align: u32) -> fmt::Result {
        if align != 0 {
            write!(out, ", align {align}")?;
        }
        Ok(())
    }

    /// True when `op` is the address of a declaration of intrinsic `which`.
    pub(super) fn is_intrinsic(&self, op: Operand, which: Intrinsic) -> bool {
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
    pub(super) fn is_metadata_placeholder(&self, op: Operand) -> bool {
        let Operand::Const(c) = op else { return false };
        self.m.consts.get(c).is_some_and(|d| {
            matches!(self.m.types.get(d.ty), Some(TypeData::Metadata))
                && matches!(
                    d.kind,
                    ConstKind::Undef | ConstKind::Poison | ConstKind::Zero
                )
        })
    }

    pub(super) fn is_i32_one(&self, op: Operand) -> bool {
        match op {
            Operand::Const(c) => self
                .m
                .consts
                .get(c)
                .is_some_and(|d| d.ty == Type::I32 && d.kind == ConstKind::Int(1)),
            Operand::Value(_) => false,
        }
    }
}
