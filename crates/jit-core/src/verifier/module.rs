//! Module-level checks: datalayout and triple, the type table, symbol names, globals
//! (including `@llvm.global_ctors`/`@llvm.global_dtors`) and aliases.

use super::ty::{MAX_DEPTH, is_pow2_or_zero};
use super::{Context, Severity, Verifier, global_name};
use crate::datalayout::DataLayout;
use crate::entity::EntityRef;
use crate::ir::{Const, ConstExpr, ConstKind, GlobalRef, Linkage, Type, TypeData};
use crate::printer::print_constant;
use crate::target::Arch;
use std::collections::HashSet;

impl<'m> Verifier<'m> {
    pub(super) fn module(&mut self) {
        let m = self.m;
        if let Some(dl) = &m.datalayout
            && let Err(e) = DataLayout::parse(dl)
        {
            self.module_err(e.to_string());
        }
        if let Some(t) = &m.triple
            && Arch::from_triple(t).is_none()
        {
            self.module_err(format!(
                "target triple \"{t}\" names an architecture this engine does not know"
            ));
        }
        self.type_table();
        self.symbol_names();
        if let Some(e) = m.debug.check() {
            self.module_err(format!("debug information: {e}"));
        }
        for g in m.globals.keys() {
            self.global(g);
        }
        for a in m.aliases.keys() {
            self.alias(a);
        }
        for f in m.functions.keys() {
            self.function(f);
        }
    }

    fn type_table(&mut self) {
        let m = self.m;
        for i in 0..m.types.len() {
            let t = Type::new(i);
            let Some(d) = m.types.get(t) else { continue };
            let mut children: Vec<Type> = Vec::new();
            match d {
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    children.push(*elem)
                }
                TypeData::Struct { fields, .. } => children.extend_from_slice(fields),
                TypeData::Function { ret, params, .. } => {
                    children.push(*ret);
                    children.extend_from_slice(params);
                }
                TypeData::Named(_) => match m.types.named_info(t) {
                    Some(n) => {
                        for &f in n.fields.as_deref().unwrap_or(&[]) {
                            if m.types.is_valid(f) && !self.ty.is_first_class(f) {
                                let msg = format!(
                                    "field of struct {} has type {}, which is not first-class",
                                    self.ty.show(t),
                                    self.ty.show(f)
                                );
                                self.module_err(msg);
                            }
                            children.push(f);
                        }
                    }
                    None => {
                        self.module_err(format!("type {t} names a struct that does not exist"));
                    }
                },
                _ => {}
            }
            if children.iter().any(|&c| !m.types.is_valid(c)) {
                self.module_err(format!("type {t} refers to a type outside the type table"));
            } else if !matches!(d, TypeData::Named(_)) && children.iter().any(|&c| c >= t) {
                // Interning builds literal types from existing ones; a member that is not
                // older than its type was forged, and may form a cycle.
                self.module_err(format!(
                    "type {t} refers to a type created after it (a malformed, possibly cyclic type)"
                ));
            }
        }
    }

    fn symbol_names(&mut self) {
        let m = self.m;
        let mut seen: HashSet<&str> = HashSet::new();
        let names = m
            .functions
            .values()
            .map(|f| (&*f.name, f.loc))
            .chain(m.globals.values().map(|g| (&*g.name, g.loc)))
            .chain(m.aliases.values().map(|a| (&*a.name, a.loc)));
        let mut errs = Vec::new();
        for (n, loc) in names {
            if n.is_empty() {
                errs.push((loc, "a module-level symbol has an empty name".to_string()));
            } else if !seen.insert(n) {
                errs.push((
                    loc,
                    format!("symbol {} is defined more than once", global_name(n)),
                ));
            }
        }
        for (loc, msg) in errs {
            let ctx = Context {
                loc,
                ..Context::default()
            };
            self.report(Severity::Error, &ctx, msg);
        }
    }

    fn global(&mut self, id: crate::ir::GlobalId) {
        let m = self.m;
        let g = &m.globals[id];
        let ctx = Context {
            loc: g.loc,
            global: Some(global_name(&g.name)),
            ..Context::default()
        };
        let err = |v: &mut Self, msg: String| v.report(Severity::Error, &ctx, msg);
        if !m.types.is_valid(g.value_ty) {
            err(self, "value type is outside the type table".into());
        } else if !self.ty.is_first_class(g.value_ty) || !self.ty.is_sized(g.value_ty) {
            let msg = format!(
                "a global's value type must be sized and first-class, not {}",
                self.ty.show(g.value_ty)
            );
            err(self, msg);
        }
        if let Some(a) = g.align
            && !is_pow2_or_zero(a)
        {
            err(self, format!("alignment {a} is not a power of two"));
        }
        match g.init {
            None => {
                if !matches!(g.linkage, Linkage::External | Linkage::ExternWeak) {
                    let msg = format!(
                        "a global declaration must have external or extern_weak linkage, not {}",
                        g.linkage.keyword()
                    );
                    err(self, msg);
                }
            }
            Some(c) => {
                if self.constant(c, &ctx)
                    && let Some(d) = m.consts.get(c)
                    && d.ty != g.value_ty
                {
                    let msg = format!(
                        "initializer {} does not have the global's type {}",
                        print_constant(m, c),
                        self.ty.show(g.value_ty)
                    );
                    err(self, msg);
                }
            }
        }
        if &*g.name == "llvm.global_ctors" || &*g.name == "llvm.global_dtors" {
            self.ctors(id, &ctx);
        }
    }

    fn ctors(&mut self, id: crate::ir::GlobalId, ctx: &Context) {
        let m = self.m;
        let g = &m.globals[id];
        if g.linkage != Linkage::Appending {
            self.report(
                Severity::Error,
                ctx,
                format!("{} must have appending linkage", g.name),
            );
        }
        let shape_ok = match self.ty.data(g.value_ty) {
            Some(TypeData::Array { elem, .. }) => self.ty.struct_fields(*elem).is_some_and(|f| {
                f.len() == 3
                    && self.ty.int_bits(f[0]) == Some(32)
                    && self.ty.is_ptr(f[1])
                    && self.ty.is_ptr(f[2])
            }),
            _ => false,
        };
        if !shape_ok {
            let msg = format!(
                "{} must have type [N x {{ i32, ptr, ptr }}], not {}",
                g.name,
                self.ty.show(g.value_ty)
            );
            self.report(Severity::Error, ctx, msg);
            return;
        }
        let Some(init) = g.init.and_then(|c| m.consts.get(c)) else {
            return;
        };
        let ConstKind::Aggregate(entries) = &init.kind else {
            return;
        };
        for &e in entries.iter() {
            let Some(ConstKind::Aggregate(fields)) = m.consts.get(e).map(|d| &d.kind) else {
                continue;
            };
            let Some(&f) = fields.get(1) else { continue };
            let target = self.strip_to_global(f);
            if !matches!(target, Some(GlobalRef::Function(_))) {
                let msg = format!(
                    "entry {} of {} does not name a function",
                    print_constant(m, e),
                    g.name
                );
                self.report(Severity::Error, ctx, msg);
            }
        }
    }

    /// The global a constant points at, looking through casts and GEPs.
    fn strip_to_global(&self, c: Const) -> Option<GlobalRef> {
        let mut c = c;
        for _ in 0..MAX_DEPTH {
            match &self.m.consts.get(c)?.kind {
                ConstKind::GlobalAddr(r) => return Some(*r),
                ConstKind::Expr(ConstExpr::Cast { value, .. }) => c = *value,
                ConstKind::Expr(ConstExpr::Gep { base, .. }) => c = *base,
                _ => return None,
            }
        }
        None
    }

    fn alias(&mut self, id: crate::ir::AliasId) {
        let m = self.m;
        let a = &m.aliases[id];
        let ctx = Context {
            loc: a.loc,
            global: Some(global_name(&a.name)),
            ..Context::default()
        };
        if !m.types.is_valid(a.value_ty) {
            self.report(
                Severity::Error,
                &ctx,
                "value type is outside the type table".into(),
            );
        }
        if !self.constant(a.aliasee, &ctx) {
            return;
        }
        if !self.ty.is_ptr(m.consts[a.aliasee].ty) {
            let msg = format!("aliasee {} is not a pointer", print_constant(m, a.aliasee));
            self.report(Severity::Error, &ctx, msg);
            return;
        }
        // Follow aliases of aliases, stopping at a cycle.
        let mut target = self.strip_to_global(a.aliasee);
        let mut steps = 0;
        while let Some(GlobalRef::Alias(next)) = target {
            steps += 1;
            if next == id || steps > m.aliases.len() {
                self.report(Severity::Error, &ctx, "alias cycle".into());
                return;
            }
            target = m
                .aliases
                .get(next)
                .and_then(|n| self.strip_to_global(n.aliasee));
        }
        let defined = match target {
            Some(GlobalRef::Function(f)) => m.functions.get(f).map(|f| f.body.is_some()),
            Some(GlobalRef::Global(g)) => m.globals.get(g).map(|g| g.init.is_some()),
            _ => None,
        };
        match defined {
            Some(true) => {}
            Some(false) => {
                let msg = format!(
                    "alias must point to a definition, not the declaration {}",
                    print_constant(m, a.aliasee)
                );
                self.report(Severity::Error, &ctx, msg);
            }
            None => {
                let msg = format!(
                    "aliasee {} is not a global, function or alias",
                    print_constant(m, a.aliasee)
                );
                self.report(Severity::Error, &ctx, msg);
            }
        }
    }
}
