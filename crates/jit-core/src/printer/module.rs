//! The module level: header, named structs, globals, aliases, then the functions.

use super::attrs::write_linkage;
use super::constants::{write_const, write_typed_const};
use super::function::FunctionPrinter;
use super::names::write_quoted_bytes;
use super::slots::Slots;
use super::types::write_struct_body;
use super::{Nest, write_type};
use crate::entity::EntityRef;
use crate::ir::{FuncId, Linkage, Module, NamedStruct, Type, TypeData, Types, write_local_name};
use std::fmt::{self, Write};

pub(super) fn estimate_size(m: &Module) -> usize {
    let insts: usize = m
        .functions
        .values()
        .filter_map(|f| f.body.as_ref())
        .map(|b| b.insts.len())
        .sum();
    insts * 40 + m.globals.len() * 64 + m.functions.len() * 64 + 256
}

pub(super) struct ModulePrinter<'m> {
    m: &'m Module,
    /// Debug metadata numbering (set while a whole module is printed).
    dbg: Option<super::debuginfo::DebugPrinter<'m>>,
}

impl<'m> ModulePrinter<'m> {
    pub(super) fn new(m: &'m Module) -> Self {
        ModulePrinter { m, dbg: None }
    }

    pub(super) fn module(&mut self, out: &mut impl Write) -> fmt::Result {
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
        for n in named_struct_order(&m.types) {
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

        if super::debuginfo::has_debug_info(m) {
            self.dbg = Some(super::debuginfo::DebugPrinter::new(m));
        }
        for f in m.functions.keys() {
            out.write_char('\n')?;
            self.function(out, f)?;
        }
        if let Some(dp) = &self.dbg
            && dp.any()
        {
            dp.nodes(out)?;
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

    pub(super) fn function(&mut self, out: &mut impl Write, f: FuncId) -> fmt::Result {
        let m = self.m;
        let Some(func) = m.functions.get(f) else {
            return out.write_str("; <badref>\n");
        };
        let slots = Slots::new(func);
        FunctionPrinter::new(m, func, &slots)
            .with_debug(self.dbg.as_ref())
            .function(out)
    }
}

/// The named structs in the order their definitions are written: breadth first from each
/// struct in creation order, a struct's body naming the next ones. The reader creates named
/// structs at their first mention, so reading this order back creates them in this order
/// and printing again gives the same text (creation order alone is not stable: a body
/// written early can mention a struct defined later, which is then created earlier).
fn named_struct_order(types: &Types) -> Vec<&NamedStruct> {
    let all: Vec<(Type, &NamedStruct)> = types.named_structs().collect();
    let index: std::collections::HashMap<Type, usize> =
        all.iter().enumerate().map(|(i, &(t, _))| (t, i)).collect();
    let mut seen = vec![false; all.len()];
    let mut order = Vec::with_capacity(all.len());
    let mut queue = std::collections::VecDeque::new();
    // Literal types inside a body, walked in text order. Each is walked once (after that
    // every struct it names is seen) and only into older types (a literal type only refers
    // to older ones; forged tables cannot make the walk loop).
    let mut stack: Vec<Type> = Vec::new();
    let mut walked = vec![false; types.len()];
    for root in 0..all.len() {
        if std::mem::replace(&mut seen[root], true) {
            continue;
        }
        queue.push_back(root);
        while let Some(k) = queue.pop_front() {
            let n = all[k].1;
            order.push(n);
            let Some(fields) = &n.fields else { continue };
            stack.extend(fields.iter().rev());
            while let Some(t) = stack.pop() {
                if !types.is_valid(t) {
                    continue;
                }
                let named = matches!(types.data(t), TypeData::Named(_));
                if !named && std::mem::replace(&mut walked[t.index()], true) {
                    continue;
                }
                match types.data(t) {
                    TypeData::Named(_) => {
                        if let Some(&j) = index.get(&t)
                            && !std::mem::replace(&mut seen[j], true)
                        {
                            queue.push_back(j);
                        }
                    }
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. }
                        if elem.index() < t.index() =>
                    {
                        stack.push(*elem);
                    }
                    TypeData::Struct { fields, .. } => {
                        stack.extend(fields.iter().rev().filter(|f| {
                            f.index() < t.index()
                                || matches!(types.get(**f), Some(TypeData::Named(_)))
                        }))
                    }
                    _ => {}
                }
            }
        }
    }
    order
}
