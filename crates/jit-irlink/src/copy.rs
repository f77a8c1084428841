//! Carrying out a [`Plan`]: symbols created or replaced in the destination, then the
//! source's constants, initializers, aliasees and function bodies rewritten into it.

use super::resolve::{Action, Plan, fresh_name, is_definition};
use super::types::TypeMap;
use jit_core::entity::EntityRef;
use jit_core::ir::{
    AsmConstraint, Body, Const, ConstExpr, ConstKind, FuncId, GlobalRef, InlineAsm, InstKind,
    LandingPadClause, Linkage, Module, Operand, ParamAttrs, Type,
};
use std::collections::HashSet;

/// Most constant nesting the copy follows.
const MAX_DEPTH: u32 = 2048;

struct Copier<'a> {
    src: &'a Module,
    tmap: &'a TypeMap,
    /// Destination symbol of every source symbol.
    globals: Vec<GlobalRef>,
    functions: Vec<GlobalRef>,
    aliases: Vec<GlobalRef>,
    consts: Vec<Option<Const>>,
    /// Where the source's debug information went in the destination's tables.
    dbg: jit_core::ir::DebugInfoRemap,
}

impl Copier<'_> {
    fn ty(&self, t: Type) -> Type {
        self.tmap.get(t.index()).copied().unwrap_or(Type::VOID)
    }
    fn gref(&self, r: GlobalRef) -> Result<GlobalRef, String> {
        let v = match r {
            GlobalRef::Global(g) => self.globals.get(g.index()),
            GlobalRef::Function(f) => self.functions.get(f.index()),
            GlobalRef::Alias(a) => self.aliases.get(a.index()),
        };
        v.copied()
            .ok_or_else(|| "a reference to a symbol that does not exist".into())
    }
    fn attrs(&self, a: &ParamAttrs) -> ParamAttrs {
        ParamAttrs {
            flags: a.flags,
            byval: a.byval.map(|t| self.ty(t)),
            sret: a.sret.map(|t| self.ty(t)),
            align: a.align,
        }
    }

    fn constant(&mut self, dest: &mut Module, c: Const, depth: u32) -> Result<Const, String> {
        if let Some(Some(d)) = self.consts.get(c.index()) {
            return Ok(*d);
        }
        if depth > MAX_DEPTH {
            return Err("constants nest too deep".into());
        }
        let data = self
            .src
            .consts
            .get(c)
            .ok_or_else(|| format!("constant {} does not exist", c.as_u32()))?
            .clone();
        let ty = self.ty(data.ty);
        let mut sub = |me: &mut Self, x: Const| me.constant(dest, x, depth + 1);
        let kind = match data.kind {
            ConstKind::GlobalAddr(r) => ConstKind::GlobalAddr(self.gref(r)?),
            ConstKind::BlockAddress { func, block } => {
                match self.gref(GlobalRef::Function(func))? {
                    GlobalRef::Function(f) => ConstKind::BlockAddress { func: f, block },
                    _ => return Err("blockaddress of a function that became another symbol".into()),
                }
            }
            ConstKind::Aggregate(items) => {
                let mut out = Vec::with_capacity(items.len());
                for &x in items.iter() {
                    out.push(sub(self, x)?);
                }
                ConstKind::Aggregate(out.into())
            }
            ConstKind::Expr(e) => ConstKind::Expr(match e {
                ConstExpr::Gep {
                    source_ty,
                    base,
                    indices,
                    inbounds,
                } => {
                    let base = sub(self, base)?;
                    let mut idx = Vec::with_capacity(indices.len());
                    for &x in indices.iter() {
                        idx.push(sub(self, x)?);
                    }
                    ConstExpr::Gep {
                        source_ty: self.ty(source_ty),
                        base,
                        indices: idx.into(),
                        inbounds,
                    }
                }
                ConstExpr::Cast { op, value } => ConstExpr::Cast {
                    op,
                    value: sub(self, value)?,
                },
                ConstExpr::Binary { op, lhs, rhs } => ConstExpr::Binary {
                    op,
                    lhs: sub(self, lhs)?,
                    rhs: sub(self, rhs)?,
                },
                ConstExpr::ICmp { pred, lhs, rhs } => ConstExpr::ICmp {
                    pred,
                    lhs: sub(self, lhs)?,
                    rhs: sub(self, rhs)?,
                },
                ConstExpr::FCmp { pred, lhs, rhs } => ConstExpr::FCmp {
                    pred,
                    lhs: sub(self, lhs)?,
                    rhs: sub(self, rhs)?,
                },
                ConstExpr::Select {
                    cond,
                    if_true,
                    if_false,
                } => ConstExpr::Select {
                    cond: sub(self, cond)?,
                    if_true: sub(self, if_true)?,
                    if_false: sub(self, if_false)?,
                },
            }),
            ConstKind::InlineAsm(asm) => {
                let constraints: Vec<AsmConstraint> = asm
                    .constraints
                    .iter()
                    .map(|k| AsmConstraint {
                        elem_ty: k.elem_ty.map(|t| self.ty(t)),
                        ..k.clone()
                    })
                    .collect();
                ConstKind::InlineAsm(Box::new(InlineAsm {
                    constraints: constraints.into(),
                    ..*asm
                }))
            }
            other => other,
        };
        let d = dest.constant(ty, kind);
        if let Some(slot) = self.consts.get_mut(c.index()) {
            *slot = Some(d);
        }
        Ok(d)
    }

    fn operand(&mut self, dest: &mut Module, op: Operand) -> Result<Operand, String> {
        Ok(match op {
            Operand::Const(c) => Operand::Const(self.constant(dest, c, 0)?),
            v => v,
        })
    }

    /// The source body rewritten for the destination.
    fn body(&mut self, dest: &mut Module, body: &Body) -> Result<Body, String> {
        let mut b = body.clone();
        for v in b.values.values_mut() {
            v.ty = self.ty(v.ty);
        }
        for inst in b.insts.values_mut() {
            self.kind(dest, &mut inst.kind)?;
            inst.dbg = inst.dbg.map(|l| self.dbg.location(l));
        }
        for d in &mut b.debug_declares {
            *d = self.dbg.declare(d);
        }
        Ok(b)
    }

    fn kind(&mut self, dest: &mut Module, k: &mut InstKind) -> Result<(), String> {
        // Operands first (every variant through one walk), then the types kinds hold.
        let mut ops = Vec::new();
        k.for_each_operand(|o| ops.push(o));
        let mut mapped = Vec::with_capacity(ops.len());
        for o in ops {
            mapped.push(self.operand(dest, o)?);
        }
        let mut it = mapped.into_iter();
        let mut next = || it.next().unwrap_or(Operand::Const(Const::from_u32(0)));
        match k {
            InstKind::Binary { lhs, rhs, .. }
            | InstKind::ICmp { lhs, rhs, .. }
            | InstKind::FCmp { lhs, rhs, .. } => {
                *lhs = next();
                *rhs = next();
            }
            InstKind::FNeg { arg, .. } | InstKind::Freeze { arg } => *arg = next(),
            InstKind::Alloca { ty, count, .. } => {
                *count = next();
                *ty = self.ty(*ty);
            }
            InstKind::Load { ptr, .. } | InstKind::AtomicLoad { ptr, .. } => *ptr = next(),
            InstKind::Store { value, ptr, .. } | InstKind::AtomicStore { value, ptr, .. } => {
                *value = next();
                *ptr = next();
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                *base = next();
                for i in indices.iter_mut() {
                    *i = next();
                }
                *source_ty = self.ty(*source_ty);
            }
            InstKind::Cast { value, .. } => *value = next(),
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                *cond = next();
                *if_true = next();
                *if_false = next();
            }
            InstKind::Phi { incoming } => {
                for (v, _) in incoming.iter_mut() {
                    *v = next();
                }
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            }
            | InstKind::Invoke {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            } => {
                for a in args.iter_mut() {
                    a.value = next();
                    a.attrs = self.attrs(&a.attrs);
                }
                *callee = next();
                *fn_ty = self.ty(*fn_ty);
                *ret_attrs = self.attrs(ret_attrs);
            }
            InstKind::ExtractValue { agg, .. } => *agg = next(),
            InstKind::InsertValue { agg, elt, .. } => {
                *agg = next();
                *elt = next();
            }
            InstKind::ExtractElement { vec, index } => {
                *vec = next();
                *index = next();
            }
            InstKind::InsertElement { vec, elt, index } => {
                *vec = next();
                *elt = next();
                *index = next();
            }
            InstKind::ShuffleVector { a, b, .. } => {
                *a = next();
                *b = next();
            }
            InstKind::VaArg { list } => *list = next(),
            InstKind::LandingPad { clauses, .. } => {
                for c in clauses.iter_mut() {
                    match c {
                        LandingPadClause::Catch(o) | LandingPadClause::Filter(o) => *o = next(),
                    }
                }
            }
            InstKind::Resume { value } => *value = next(),
            InstKind::AtomicRmw { ptr, value, .. } => {
                *ptr = next();
                *value = next();
            }
            InstKind::CmpXchg {
                ptr, expected, new, ..
            } => {
                *ptr = next();
                *expected = next();
                *new = next();
            }
            InstKind::Ret { value } => {
                if let Some(v) = value {
                    *v = next();
                }
            }
            InstKind::CondBr { cond, .. } => *cond = next(),
            InstKind::Switch { value, .. } => *value = next(),
            InstKind::IndirectBr { addr, .. } => *addr = next(),
            InstKind::Fence { .. } | InstKind::Br { .. } | InstKind::Unreachable => {}
        }
        Ok(())
    }
}

/// Creates `s` (a source symbol) in `dest` as a declaration named `name`.
fn declare(
    dest: &mut Module,
    src: &Module,
    c: &Copier<'_>,
    s: GlobalRef,
    name: &str,
) -> Result<GlobalRef, String> {
    let err = |e: jit_core::ir::DuplicateSymbol| e.to_string();
    Ok(match s {
        GlobalRef::Global(g) => {
            let gv = &src.globals[g];
            let id = dest
                .add_global(name, c.ty(gv.value_ty), None, gv.is_constant)
                .map_err(err)?;
            let d = &mut dest.globals[id];
            d.linkage = gv.linkage;
            d.align = gv.align;
            d.unnamed_addr = gv.unnamed_addr;
            d.thread_local = gv.thread_local;
            d.section = gv.section.clone();
            GlobalRef::Global(id)
        }
        GlobalRef::Function(f) => {
            let id = dest
                .declare_function(name, c.ty(src.functions[f].ty))
                .map_err(err)?;
            copy_fn_header(dest, src, c, f, id);
            GlobalRef::Function(id)
        }
        GlobalRef::Alias(a) => {
            let al = &src.aliases[a];
            let placeholder = dest.constant(Type::PTR, ConstKind::Undef);
            let id = dest
                .add_alias(name, c.ty(al.value_ty), placeholder, al.linkage)
                .map_err(err)?;
            GlobalRef::Alias(id)
        }
    })
}

fn copy_fn_header(dest: &mut Module, src: &Module, c: &Copier<'_>, f: FuncId, id: FuncId) {
    let sf = &src.functions[f];
    let d = &mut dest.functions[id];
    d.ty = c.ty(sf.ty);
    d.linkage = sf.linkage;
    d.param_attrs = sf.param_attrs.iter().map(|a| c.attrs(a)).collect();
    d.ret_attrs = c.attrs(&sf.ret_attrs);
    d.attrs = sf.attrs.clone();
    d.align = sf.align;
    d.subprogram = sf.subprogram.map(|sp| c.dbg.subprogram(sp));
}

pub(crate) fn copy(
    dest: &mut Module,
    src: &Module,
    tmap: &TypeMap,
    plan: &Plan,
) -> Result<(), String> {
    for (r, name) in &plan.rename_dest {
        dest.rename(*r, name).map_err(|e| e.to_string())?;
    }
    let mut c = Copier {
        src,
        tmap,
        globals: vec![GlobalRef::Global(jit_core::ir::GlobalId::from_u32(0)); src.globals.len()],
        functions: vec![GlobalRef::Function(FuncId::from_u32(0)); src.functions.len()],
        aliases: vec![GlobalRef::Alias(jit_core::ir::AliasId::from_u32(0)); src.aliases.len()],
        consts: vec![None; src.consts.len()],
        // The source's tables are appended whole (entities no function ends up using are
        // harmless) so every index moves by a fixed offset.
        dbg: dest.debug.append(&src.debug),
    };
    let mut taken: HashSet<String> = HashSet::new();
    let mut take_def: Vec<(GlobalRef, GlobalRef)> = Vec::new();
    let mut appends: Vec<(GlobalRef, jit_core::ir::GlobalId)> = Vec::new();
    for (s, action) in &plan.actions {
        let d = match action {
            Action::UseDest(d) => *d,
            Action::New(name) => {
                let d = declare(dest, src, &c, *s, name)?;
                if is_definition(src, *s) {
                    take_def.push((*s, d));
                }
                d
            }
            Action::Replace(d) => {
                take_def.push((*s, *d));
                *d
            }
            Action::ReplaceOtherKind(old) => {
                let name = dest.symbol_name(*old).to_string();
                let away = fresh_name(dest, &mut taken, &format!("{name}.replaced"));
                dest.rename(*old, &away).map_err(|e| e.to_string())?;
                // A definition moved away stays, unexported; a declaration stays unused.
                match *old {
                    _ if !is_definition(dest, *old) => {}
                    GlobalRef::Function(f) => dest.functions[f].linkage = Linkage::Internal,
                    GlobalRef::Global(g) => dest.globals[g].linkage = Linkage::Internal,
                    GlobalRef::Alias(a) => dest.aliases[a].linkage = Linkage::Internal,
                }
                let d = declare(dest, src, &c, *s, &name)?;
                // Every use of the old symbol goes through its one address constant.
                let old_addr = dest.const_addr(*old);
                dest.redefine_constant(old_addr, ConstKind::GlobalAddr(d));
                take_def.push((*s, d));
                d
            }
            Action::Append(g) => {
                appends.push((*s, *g));
                GlobalRef::Global(*g)
            }
        };
        match s {
            GlobalRef::Global(g) => c.globals[g.index()] = d,
            GlobalRef::Function(f) => c.functions[f.index()] = d,
            GlobalRef::Alias(a) => c.aliases[a.index()] = d,
        }
    }
    for (s, d) in take_def {
        match (s, d) {
            (GlobalRef::Global(sg), GlobalRef::Global(dg)) => {
                let gv = &src.globals[sg];
                let init = match gv.init {
                    Some(i) => Some(c.constant(dest, i, 0)?),
                    None => None,
                };
                let t = c.ty(gv.value_ty);
                let dgv = &mut dest.globals[dg];
                dgv.init = init;
                dgv.value_ty = t;
                dgv.is_constant = gv.is_constant;
                dgv.linkage = gv.linkage;
                dgv.align = gv.align;
                dgv.unnamed_addr = gv.unnamed_addr;
                dgv.thread_local = gv.thread_local;
                dgv.section = gv.section.clone();
            }
            (GlobalRef::Function(sf), GlobalRef::Function(df)) => {
                let body = match &src.functions[sf].body {
                    Some(b) => Some(c.body(dest, b)?),
                    None => None,
                };
                // The personality is a constant like any operand (a function's address,
                // mapped to the destination's symbol of that name).
                let personality = match src.functions[sf].personality {
                    Some(p) => Some(c.constant(dest, p, 0)?),
                    None => None,
                };
                copy_fn_header(dest, src, &c, sf, df);
                let d = &mut dest.functions[df];
                d.params = src.functions[sf].params.clone();
                d.body = body;
                d.personality = personality;
            }
            (GlobalRef::Alias(sa), GlobalRef::Alias(da)) => {
                let al = &src.aliases[sa];
                let aliasee = c.constant(dest, al.aliasee, 0)?;
                let t = c.ty(al.value_ty);
                let d = &mut dest.aliases[da];
                d.aliasee = aliasee;
                d.value_ty = t;
                d.linkage = al.linkage;
            }
            _ => return Err("internal: a definition taken by a symbol of another kind".into()),
        }
    }
    for (s, g) in appends {
        let GlobalRef::Global(sg) = s else {
            return Err("an appending symbol that is not a variable".into());
        };
        let sgv = &src.globals[sg];
        let src_elems = match sgv.init {
            Some(i) => {
                let mapped = c.constant(dest, i, 0)?;
                elements(dest, mapped)?
            }
            None => Vec::new(),
        };
        let dgv = &dest.globals[g];
        let mut elems = match dgv.init {
            Some(i) => elements(dest, i)?,
            None => Vec::new(),
        };
        let elem_ty = match dest.types.array_elem(dgv.value_ty) {
            Some((t, _)) => t,
            None => return Err(format!("appending `@{}` is not an array", dgv.name)),
        };
        if let Some((st, _)) = dest.types.array_elem(c.ty(sgv.value_ty)) {
            if st != elem_ty {
                return Err(format!(
                    "appending `@{}` has elements of different types in the two modules",
                    dgv.name
                ));
            }
        }
        elems.extend(src_elems);
        let ty = dest.types.array(elem_ty, elems.len() as u64);
        let init = dest.constant(ty, ConstKind::Aggregate(elems.into()));
        let dgv = &mut dest.globals[g];
        dgv.value_ty = ty;
        dgv.init = Some(init);
    }
    Ok(())
}

/// The elements of an array constant.
fn elements(m: &Module, c: Const) -> Result<Vec<Const>, String> {
    let d = &m.consts[c];
    match &d.kind {
        ConstKind::Aggregate(items) => Ok(items.to_vec()),
        ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => match m.types.array_elem(d.ty) {
            Some((_, 0)) => Ok(Vec::new()),
            _ => Err("an appending array given as zeroinitializer".into()),
        },
        _ => Err("an appending global whose value is not an array".into()),
    }
}
