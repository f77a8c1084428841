//! Debug information written back as metadata: `!dbg !N` on instructions and `define`s,
//! `#dbg_declare` records (LLVM 19's format, which `llvm-as-19` reads), and at the end of
//! the module the nodes (`DICompileUnit`, `DIFile`, `DISubprogram`, `DILexicalBlock`,
//! `DILocation`, `DILocalVariable`, `DI*Type`), `!llvm.dbg.cu` and the two module flags
//! without which LLVM drops debug information ("Dwarf Version", "Debug Info Version").
//!
//! Numbers come from a walk of the module ([`Numbering`]), so that reading the text back
//! and printing again gives the same text. A scope of kind `Subprogram` is written as its
//! subprogram, one of kind `File` as its file. What LLVM's verifier would reject is left out rather than written: a location
//! that does not belong to the function it is in, a declaration whose variable and
//! location are in different functions, a `!dbg` on a declaration.

use std::collections::HashMap;
use std::fmt::{self, Write};

use super::names::write_quoted_bytes;
use crate::entity::EntityRef;
use crate::ir::{
    Body, DebugDeclare, DebugInfo, DebugLoc, DiFile, DiScope, DiScopeKind, DiSubprogram, DiType,
    DiTypeData, DiUnit, DiVariable, Function, Inst, InstKind, Module, ValueDef, dwarf,
};

const NONE: u32 = u32::MAX;

/// A node to write, in number order.
#[derive(Copy, Clone)]
enum Node {
    Unit(DiUnit),
    SynthUnit,
    File(DiFile),
    Block(DiScope),
    Type(DiType),
    Sp(DiSubprogram),
    Var(DiVariable),
    Loc(DebugLoc),
}

/// Metadata numbers given in a walk of the module (functions in order, each one's
/// subprogram, then its instructions' locations and declarations in the order they are
/// written, each entity before or after what it names): the numbering depends on what the
/// module says, not on the order of its tables, so printing what was read back from the
/// printed text gives the same text. Entities nothing refers to are not written.
pub(super) struct Numbering {
    files: Vec<u32>,
    units: Vec<u32>,
    synth_unit: u32,
    scopes: Vec<u32>,
    types: Vec<u32>,
    sps: Vec<u32>,
    vars: Vec<u32>,
    locs: Vec<u32>,
    /// Locations with equal contents share a number (the reader interns them).
    loc_keys: HashMap<(u32, u32, u32, u32), u32>,
    order: Vec<Node>,
    depth: u32,
}

impl Numbering {
    fn next(&mut self, n: Node) -> u32 {
        self.order.push(n);
        self.order.len() as u32 - 1
    }
}

/// Most nesting the walk follows (cyclic tables built through the API end there).
const MAX_WALK: u32 = 200;

/// True when the module has debug information to write.
pub(super) fn has_debug_info(m: &Module) -> bool {
    let d = &m.debug;
    !(d.units.is_empty() && d.subprograms.is_empty() && d.locations.is_empty())
}

/// The subprogram of a scope, or `None` (also for bad indices).
fn scope_sp(d: &DebugInfo, s: DiScope) -> Option<DiSubprogram> {
    d.scopes
        .is_valid(s)
        .then(|| d.scope_subprogram(s))
        .flatten()
}

/// The function a location belongs to, checking every index on the way.
fn loc_function(d: &DebugInfo, l: DebugLoc) -> Option<DiSubprogram> {
    let mut cur = l;
    for _ in 0..=d.locations.len() {
        let data = d.locations.get(cur)?;
        match data.inlined_at {
            Some(at) => cur = at,
            None => return scope_sp(d, data.scope),
        }
    }
    None
}

/// True when `l` may be written on an instruction of `func`.
fn loc_fits(d: &DebugInfo, func: &Function, l: DebugLoc) -> bool {
    func.subprogram.is_some_and(|sp| d.subprograms.is_valid(sp))
        && loc_function(d, l) == func.subprogram
}

/// The subprogram written after a definition's header, if any.
fn fn_subprogram(d: &DebugInfo, func: &Function) -> Option<DiSubprogram> {
    func.subprogram
        .filter(|sp| func.body.is_some() && d.subprograms.is_valid(*sp))
}

/// Whether a declaration of `func` can be written (its variable and location belong to
/// the same function, which is `func`).
fn declare_fits(d: &DebugInfo, func: &Function, decl: &DebugDeclare) -> bool {
    let Some(l) = decl.loc else { return false };
    let (Some(var), Some(loc)) = (d.variables.get(decl.variable), d.locations.get(l)) else {
        return false;
    };
    let var_sp = var.scope.and_then(|s| scope_sp(d, s));
    loc_fits(d, func, l) && var_sp.is_some() && var_sp == scope_sp(d, loc.scope)
}

/// Declarations to write after an instruction, and at the start of the entry block.
pub(super) type DeclarePositions<'a> =
    (HashMap<Inst, Vec<&'a DebugDeclare>>, Vec<&'a DebugDeclare>);

/// Where the `#dbg_declare` records go: after the instruction defining the address (after
/// the phis for a phi), or at the start of the entry block for parameters. Declarations
/// LLVM would reject are left out.
pub(super) fn declare_positions<'a>(
    d: &DebugInfo,
    func: &Function,
    body: &'a Body,
) -> DeclarePositions<'a> {
    let mut after: HashMap<Inst, Vec<&'a DebugDeclare>> = HashMap::new();
    let mut entry = Vec::new();
    let is_phi = |i: Inst| {
        matches!(
            body.insts.get(i).map(|x| &x.kind),
            Some(InstKind::Phi { .. })
        )
    };
    for decl in &body.debug_declares {
        if !declare_fits(d, func, decl) {
            continue;
        }
        match body.values.get(decl.address).map(|v| v.def) {
            Some(ValueDef::Param(_)) => entry.push(decl),
            Some(ValueDef::Inst(i)) => {
                let Some(data) = body.insts.get(i) else {
                    continue;
                };
                let Some(bd) = body.blocks.get(data.block) else {
                    continue;
                };
                let Some(pos) = bd.insts.iter().position(|&x| x == i) else {
                    continue;
                };
                let at = if is_phi(i) {
                    pos + bd.insts[pos..].iter().take_while(|&&x| is_phi(x)).count() - 1
                } else {
                    pos
                };
                // A record needs an instruction after it in the block.
                if at + 1 < bd.insts.len() && !data.kind.is_terminator() {
                    after.entry(bd.insts[at]).or_default().push(decl);
                }
            }
            None => {}
        }
    }
    (after, entry)
}

/// Writes references and nodes.
pub(super) struct DebugPrinter<'m> {
    d: &'m DebugInfo,
    n: Numbering,
    /// Subprograms attached to a defined function.
    defined_sps: Vec<bool>,
}

impl<'m> DebugPrinter<'m> {
    /// Numbers everything the module's functions refer to.
    pub(super) fn new(m: &'m Module) -> Self {
        let d = &m.debug;
        let mut defined_sps = vec![false; d.subprograms.len()];
        for f in m.functions.values() {
            if let Some(sp) = fn_subprogram(d, f) {
                defined_sps[sp.index()] = true;
            }
        }
        let mut p = DebugPrinter {
            d,
            n: Numbering {
                files: vec![NONE; d.files.len()],
                units: vec![NONE; d.units.len()],
                synth_unit: NONE,
                scopes: vec![NONE; d.scopes.len()],
                types: vec![NONE; d.types.len()],
                sps: vec![NONE; d.subprograms.len()],
                vars: vec![NONE; d.variables.len()],
                locs: vec![NONE; d.locations.len()],
                loc_keys: HashMap::new(),
                order: Vec::new(),
                depth: 0,
            },
            defined_sps,
        };
        for f in m.functions.values() {
            if let Some(sp) = fn_subprogram(d, f) {
                p.visit_sp(sp);
            }
            let Some(body) = &f.body else { continue };
            if f.subprogram.is_none() {
                continue;
            }
            let (after, entry) = declare_positions(d, f, body);
            for decl in &entry {
                p.visit_declare(decl);
            }
            for &b in &body.layout {
                let Some(bd) = body.blocks.get(b) else {
                    continue;
                };
                for &i in &bd.insts {
                    if let Some(l) = body.insts.get(i).and_then(|x| x.dbg)
                        && loc_fits(d, f, l)
                    {
                        p.visit_loc(l);
                    }
                    for decl in after.get(&i).into_iter().flatten() {
                        p.visit_declare(decl);
                    }
                }
            }
        }
        p
    }

    /// True when there are nodes to write.
    pub(super) fn any(&self) -> bool {
        !self.n.order.is_empty()
    }

    fn enter(&mut self) -> bool {
        if self.n.depth >= MAX_WALK {
            return false;
        }
        self.n.depth += 1;
        true
    }

    fn visit_declare(&mut self, decl: &DebugDeclare) {
        self.visit_var(decl.variable);
        if let Some(l) = decl.loc {
            self.visit_loc(l);
        }
    }

    fn visit_file(&mut self, f: Option<DiFile>) {
        if let Some(f) = f.filter(|f| self.d.files.is_valid(*f))
            && self.n.files[f.index()] == NONE
        {
            self.n.files[f.index()] = self.n.next(Node::File(f));
        }
    }

    /// The unit a definition names: its own, else the first one, else a made-up one.
    fn unit_of(&self, u: Option<DiUnit>) -> Option<DiUnit> {
        u.filter(|u| self.d.units.is_valid(*u))
            .or_else(|| self.d.units.keys().next())
    }

    fn visit_unit(&mut self, u: Option<DiUnit>) {
        match self.unit_of(u) {
            Some(u) => {
                if self.n.units[u.index()] == NONE {
                    self.n.units[u.index()] = self.n.next(Node::Unit(u));
                    let file = self.d.units[u].file.or_else(|| self.d.files.keys().next());
                    self.visit_file(file);
                }
            }
            None => {
                if self.n.synth_unit == NONE {
                    self.n.synth_unit = self.n.next(Node::SynthUnit);
                    self.visit_file(self.d.files.keys().next());
                }
            }
        }
    }

    fn visit_sp(&mut self, sp: DiSubprogram) {
        if !self.d.subprograms.is_valid(sp) || self.n.sps[sp.index()] != NONE {
            return;
        }
        self.n.sps[sp.index()] = self.n.next(Node::Sp(sp));
        if !self.enter() {
            return;
        }
        let data = &self.d.subprograms[sp];
        let (file, ty, unit) = (data.file, self.sp_type(sp), data.unit);
        self.visit_file(file);
        if let Some(t) = ty {
            self.visit_type(t);
        }
        if self.is_definition(sp) {
            self.visit_unit(unit);
        }
        self.n.depth -= 1;
    }

    fn is_definition(&self, sp: DiSubprogram) -> bool {
        self.defined_sps.get(sp.index()).copied().unwrap_or(false)
            || self.d.subprograms.get(sp).is_some_and(|s| s.unit.is_some())
    }

    /// A subprogram's `type:` when it is a subroutine type (LLVM requires one).
    fn sp_type(&self, sp: DiSubprogram) -> Option<DiType> {
        self.d.subprograms[sp]
            .ty
            .filter(|t| matches!(self.d.types.get(*t), Some(DiTypeData::Subroutine { .. })))
    }

    fn visit_scope(&mut self, s: DiScope) {
        let Some(data) = self.d.scopes.get(s) else {
            return;
        };
        match data.kind {
            DiScopeKind::Subprogram(sp) => self.visit_sp(sp),
            DiScopeKind::File => self.visit_file(data.file),
            DiScopeKind::Block { parent, .. } => {
                if self.n.scopes[s.index()] != NONE {
                    return;
                }
                self.n.scopes[s.index()] = self.n.next(Node::Block(s));
                if self.enter() {
                    self.visit_scope(parent);
                    self.visit_file(data.file);
                    self.n.depth -= 1;
                }
            }
        }
    }

    fn visit_type(&mut self, t: DiType) {
        if !self.d.types.is_valid(t) || self.n.types[t.index()] != NONE {
            return;
        }
        self.n.types[t.index()] = self.n.next(Node::Type(t));
        if !self.enter() {
            return;
        }
        let d = self.d;
        match &d.types[t] {
            DiTypeData::Derived { base, .. } => {
                if let Some(b) = base {
                    self.visit_type(*b);
                }
            }
            DiTypeData::Composite { base, members, .. } => {
                if let Some(b) = base {
                    self.visit_type(*b);
                }
                for &mb in members {
                    self.visit_type(mb);
                }
            }
            DiTypeData::Subroutine { types } => {
                for t in types.iter().flatten() {
                    self.visit_type(*t);
                }
            }
            DiTypeData::Basic { .. } | DiTypeData::Unknown => {}
        }
        self.n.depth -= 1;
    }

    fn visit_var(&mut self, v: DiVariable) {
        if !self.d.variables.is_valid(v) || self.n.vars[v.index()] != NONE {
            return;
        }
        self.n.vars[v.index()] = self.n.next(Node::Var(v));
        if !self.enter() {
            return;
        }
        let data = &self.d.variables[v];
        let (scope, file, ty) = (data.scope, data.file, data.ty);
        if let Some(s) = scope {
            self.visit_scope(s);
        }
        self.visit_file(file);
        if let Some(t) = ty {
            self.visit_type(t);
        }
        self.n.depth -= 1;
    }

    /// Locations are numbered after what they name, and share a number with an equal one.
    fn visit_loc(&mut self, l: DebugLoc) -> u32 {
        let Some(&data) = self.d.locations.get(l) else {
            return NONE;
        };
        if self.n.locs[l.index()] != NONE || !self.enter() {
            return self.n.locs[l.index()];
        }
        self.visit_scope(data.scope);
        let at = match data.inlined_at {
            Some(a) => self.visit_loc(a),
            None => NONE,
        };
        self.n.depth -= 1;
        let key = (data.line, data.column, self.scope_number(data.scope), at);
        let num = match self.n.loc_keys.get(&key) {
            Some(&n) => n,
            None => {
                let n = self.n.next(Node::Loc(l));
                self.n.loc_keys.insert(key, n);
                n
            }
        };
        self.n.locs[l.index()] = num;
        num
    }

    /// The number a scope is written as.
    fn scope_number(&self, s: DiScope) -> u32 {
        let Some(data) = self.d.scopes.get(s) else {
            return NONE;
        };
        match data.kind {
            DiScopeKind::Subprogram(sp) => self.n.sps.get(sp.index()).copied().unwrap_or(NONE),
            DiScopeKind::Block { .. } => self.n.scopes[s.index()],
            DiScopeKind::File => data
                .file
                .and_then(|f| self.n.files.get(f.index()).copied())
                .unwrap_or(NONE),
        }
    }

    fn write_num(out: &mut impl Write, n: u32) -> fmt::Result {
        if n == NONE {
            out.write_str("null")
        } else {
            write!(out, "!{n}")
        }
    }

    fn file_ref(&self, out: &mut impl Write, f: Option<DiFile>) -> fmt::Result {
        let n = f
            .and_then(|f| self.n.files.get(f.index()).copied())
            .unwrap_or(NONE);
        Self::write_num(out, n)
    }

    fn unit_ref(&self, out: &mut impl Write, u: Option<DiUnit>) -> fmt::Result {
        let n = match self.unit_of(u) {
            Some(u) => self.n.units[u.index()],
            None => self.n.synth_unit,
        };
        Self::write_num(out, n)
    }

    fn sp_ref(&self, out: &mut impl Write, sp: DiSubprogram) -> fmt::Result {
        Self::write_num(out, self.n.sps.get(sp.index()).copied().unwrap_or(NONE))
    }

    fn scope_ref(&self, out: &mut impl Write, s: Option<DiScope>) -> fmt::Result {
        Self::write_num(out, s.map_or(NONE, |s| self.scope_number(s)))
    }

    fn type_ref(&self, out: &mut impl Write, t: Option<DiType>) -> fmt::Result {
        let n = t
            .and_then(|t| self.n.types.get(t.index()).copied())
            .unwrap_or(NONE);
        Self::write_num(out, n)
    }

    fn loc_ref(&self, out: &mut impl Write, l: DebugLoc) -> fmt::Result {
        Self::write_num(out, self.n.locs.get(l.index()).copied().unwrap_or(NONE))
    }

    /// `, !dbg !N` for an instruction of `func` with location `dbg`; for a call that
    /// needs a location and has none, line 0 of the function (LLVM's verifier: "inlinable
    /// function call in a function with debug info must have a !dbg location").
    pub(super) fn attachment(
        &self,
        out: &mut impl Write,
        m: &Module,
        func: &Function,
        dbg: Option<DebugLoc>,
        kind: &InstKind,
    ) -> fmt::Result {
        match dbg {
            Some(l) if loc_fits(self.d, func, l) => {
                out.write_str(", !dbg ")?;
                self.loc_ref(out, l)
            }
            _ if needs_call_location(m, func, kind) => {
                if let Some(sp) = fn_subprogram(self.d, func) {
                    out.write_str(", !dbg !DILocation(line: 0, scope: ")?;
                    self.sp_ref(out, sp)?;
                    out.write_char(')')?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// ` !dbg !N` after a definition's header.
    pub(super) fn fn_attachment(&self, out: &mut impl Write, func: &Function) -> fmt::Result {
        match fn_subprogram(self.d, func) {
            Some(sp) => {
                out.write_str(" !dbg ")?;
                self.sp_ref(out, sp)
            }
            None => Ok(()),
        }
    }

    /// The declarations of a function by position.
    pub(super) fn declare_positions<'a>(
        &self,
        func: &Function,
        body: &'a Body,
    ) -> DeclarePositions<'a> {
        if func.subprogram.is_none() {
            return (HashMap::new(), Vec::new());
        }
        declare_positions(self.d, func, body)
    }

    /// `!var, !DIExpression(...), !loc` of a `#dbg_declare` (after the address).
    pub(super) fn declare_tail(&self, out: &mut impl Write, decl: &DebugDeclare) -> fmt::Result {
        out.write_str(", ")?;
        Self::write_num(
            out,
            self.n
                .vars
                .get(decl.variable.index())
                .copied()
                .unwrap_or(NONE),
        )?;
        out.write_str(", ")?;
        write_expression(out, &decl.expression)?;
        out.write_str(", ")?;
        match decl.loc {
            Some(l) => self.loc_ref(out, l),
            None => out.write_str("null"),
        }
    }

    /// Everything after the functions: named metadata and the nodes.
    pub(super) fn nodes(&self, out: &mut impl Write) -> fmt::Result {
        let d = self.d;
        let flags = self.n.order.len() as u32;
        out.write_str("\n!llvm.dbg.cu = !{")?;
        let mut first = true;
        for (i, node) in self.n.order.iter().enumerate() {
            if matches!(node, Node::Unit(_) | Node::SynthUnit) {
                if !first {
                    out.write_str(", ")?;
                }
                first = false;
                write!(out, "!{i}")?;
            }
        }
        out.write_str("}\n")?;
        writeln!(out, "!llvm.module.flags = !{{!{}, !{}}}", flags, flags + 1)?;
        out.write_char('\n')?;
        for (i, node) in self.n.order.iter().enumerate() {
            write!(out, "!{i} = ")?;
            match *node {
                Node::Unit(u) => {
                    let u = &d.units[u];
                    out.write_str("distinct !DICompileUnit(language: ")?;
                    write_dw(out, dwarf::LANGUAGES, u.language)?;
                    out.write_str(", file: ")?;
                    self.unit_file(out, u.file.or_else(|| d.files.keys().next()))?;
                    out.write_str(", producer: ")?;
                    write_quoted_bytes(out, u.producer.as_bytes())?;
                    write!(
                        out,
                        ", isOptimized: {}, runtimeVersion: 0, emissionKind: FullDebug)",
                        u.optimized
                    )?;
                }
                Node::SynthUnit => {
                    out.write_str("distinct !DICompileUnit(language: DW_LANG_C11, file: ")?;
                    self.unit_file(out, d.files.keys().next())?;
                    out.write_str(", producer: \"jit\", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)")?;
                }
                Node::File(f) => {
                    let f = &d.files[f];
                    out.write_str("!DIFile(filename: ")?;
                    write_quoted_bytes(out, f.filename.as_bytes())?;
                    out.write_str(", directory: ")?;
                    write_quoted_bytes(out, f.directory.as_bytes())?;
                    out.write_char(')')?;
                }
                Node::Block(s) => {
                    let data = &d.scopes[s];
                    if let DiScopeKind::Block {
                        parent,
                        line,
                        column,
                    } = data.kind
                    {
                        out.write_str("distinct !DILexicalBlock(scope: ")?;
                        self.scope_ref(out, Some(parent))?;
                        out.write_str(", file: ")?;
                        self.file_ref(out, data.file)?;
                        write!(out, ", line: {line}, column: {column})")?;
                    }
                }
                Node::Type(t) => self.type_node(out, &d.types[t])?,
                Node::Sp(k) => {
                    let sp = &d.subprograms[k];
                    let def = self.is_definition(k);
                    out.write_str(if def {
                        "distinct !DISubprogram(name: "
                    } else {
                        "!DISubprogram(name: "
                    })?;
                    write_quoted_bytes(out, sp.name.as_bytes())?;
                    if let Some(l) = &sp.linkage_name {
                        out.write_str(", linkageName: ")?;
                        write_quoted_bytes(out, l.as_bytes())?;
                    }
                    out.write_str(", scope: ")?;
                    self.file_ref(out, sp.file)?;
                    out.write_str(", file: ")?;
                    self.file_ref(out, sp.file)?;
                    write!(out, ", line: {}", sp.line)?;
                    if let Some(t) = self.sp_type(k) {
                        out.write_str(", type: ")?;
                        self.type_ref(out, Some(t))?;
                    }
                    write!(out, ", scopeLine: {}", sp.scope_line)?;
                    if def {
                        out.write_str(", spFlags: DISPFlagDefinition, unit: ")?;
                        self.unit_ref(out, sp.unit)?;
                    } else {
                        // Without `spFlags` LLVM's parser takes a subprogram for a definition.
                        out.write_str(", spFlags: 0")?;
                    }
                    out.write_char(')')?;
                }
                Node::Var(v) => {
                    let v = &d.variables[v];
                    out.write_str("!DILocalVariable(name: ")?;
                    write_quoted_bytes(out, v.name.as_bytes())?;
                    if v.arg > 0 {
                        write!(out, ", arg: {}", v.arg)?;
                    }
                    out.write_str(", scope: ")?;
                    self.scope_ref(out, v.scope)?;
                    out.write_str(", file: ")?;
                    self.file_ref(out, v.file)?;
                    write!(out, ", line: {}", v.line)?;
                    if v.ty.is_some() {
                        out.write_str(", type: ")?;
                        self.type_ref(out, v.ty)?;
                    }
                    out.write_char(')')?;
                }
                Node::Loc(l) => {
                    let l = d.locations[l];
                    write!(
                        out,
                        "!DILocation(line: {}, column: {}, scope: ",
                        l.line, l.column
                    )?;
                    self.scope_ref(out, Some(l.scope))?;
                    if let Some(at) = l.inlined_at {
                        out.write_str(", inlinedAt: ")?;
                        self.loc_ref(out, at)?;
                    }
                    out.write_char(')')?;
                }
            }
            out.write_char('\n')?;
        }
        writeln!(
            out,
            "!{} = !{{i32 7, !\"Dwarf Version\", i32 {}}}",
            flags,
            d.dwarf_version.unwrap_or(5)
        )?;
        writeln!(
            out,
            "!{} = !{{i32 2, !\"Debug Info Version\", i32 3}}",
            flags + 1
        )
    }

    /// A unit's `file:` (required by LLVM): the file, or an empty one.
    fn unit_file(&self, out: &mut impl Write, f: Option<DiFile>) -> fmt::Result {
        if f.is_some_and(|f| self.n.files.get(f.index()).is_some_and(|&n| n != NONE)) {
            self.file_ref(out, f)
        } else {
            out.write_str("!DIFile(filename: \"\", directory: \"\")")
        }
    }

    fn type_node(&self, out: &mut impl Write, t: &DiTypeData) -> fmt::Result {
        match t {
            DiTypeData::Basic {
                name,
                size_bits,
                encoding,
            } => {
                out.write_str("!DIBasicType(name: ")?;
                write_quoted_bytes(out, name.as_bytes())?;
                write!(out, ", size: {size_bits}")?;
                if *encoding != 0 {
                    out.write_str(", encoding: ")?;
                    write_dw(out, dwarf::ENCODINGS, u16::from(*encoding))?;
                }
                out.write_char(')')
            }
            DiTypeData::Derived {
                tag,
                name,
                base,
                size_bits,
                offset_bits,
            } => {
                out.write_str("!DIDerivedType(tag: ")?;
                write_dw(out, dwarf::TAGS, *tag)?;
                if let Some(name) = name {
                    out.write_str(", name: ")?;
                    write_quoted_bytes(out, name.as_bytes())?;
                }
                out.write_str(", baseType: ")?;
                self.type_ref(out, *base)?;
                if *size_bits != 0 {
                    write!(out, ", size: {size_bits}")?;
                }
                if *offset_bits != 0 {
                    write!(out, ", offset: {offset_bits}")?;
                }
                // A `DW_TAG_variable` derived type is a static data member (DWARF 5); LLVM's
                // verifier wants the flag that says so.
                if *tag == 0x34 {
                    out.write_str(", flags: DIFlagStaticMember")?;
                }
                out.write_char(')')
            }
            DiTypeData::Composite {
                tag,
                name,
                base,
                size_bits,
                members,
                counts,
                enumerators,
            } => {
                out.write_str("!DICompositeType(tag: ")?;
                write_dw(out, dwarf::TAGS, *tag)?;
                if let Some(name) = name {
                    out.write_str(", name: ")?;
                    write_quoted_bytes(out, name.as_bytes())?;
                }
                if base.is_some() {
                    out.write_str(", baseType: ")?;
                    self.type_ref(out, *base)?;
                }
                write!(out, ", size: {size_bits}, elements: !{{")?;
                let mut first = true;
                let mut sep = |out: &mut dyn Write| -> fmt::Result {
                    if !first {
                        out.write_str(", ")?;
                    }
                    first = false;
                    Ok(())
                };
                for &mb in members {
                    sep(out)?;
                    self.type_ref(out, Some(mb))?;
                }
                for c in counts {
                    sep(out)?;
                    match c {
                        Some(c) => write!(out, "!DISubrange(count: {c})")?,
                        None => out.write_str("!DISubrange(count: -1)")?,
                    }
                }
                for (name, v) in enumerators {
                    sep(out)?;
                    out.write_str("!DIEnumerator(name: ")?;
                    write_quoted_bytes(out, name.as_bytes())?;
                    write!(out, ", value: {v})")?;
                }
                out.write_str("})")
            }
            DiTypeData::Subroutine { types } => {
                out.write_str("!DISubroutineType(types: !{")?;
                for (i, t) in types.iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    self.type_ref(out, *t)?;
                }
                out.write_str("})")
            }
            DiTypeData::Unknown => {
                out.write_str("!DIBasicType(tag: DW_TAG_unspecified_type, name: \"unknown\")")
            }
        }
    }
}

/// A call in a function with a subprogram, to a defined function with one, needs a
/// location.
fn needs_call_location(m: &Module, func: &Function, kind: &InstKind) -> bool {
    if func.subprogram.is_none() {
        return false;
    }
    let callee = match kind {
        InstKind::Call { callee, .. } | InstKind::Invoke { callee, .. } => *callee,
        _ => return false,
    };
    let crate::ir::Operand::Const(c) = callee else {
        return false;
    };
    match m.consts.get(c).map(|x| &x.kind) {
        Some(crate::ir::ConstKind::GlobalAddr(crate::ir::GlobalRef::Function(f))) => m
            .functions
            .get(*f)
            .is_some_and(|g| g.subprogram.is_some() && g.body.is_some()),
        _ => false,
    }
}

/// A `DW_*` constant by name, or its number when the table does not know it.
fn write_dw(out: &mut impl Write, table: &[(&'static str, u16)], v: u16) -> fmt::Result {
    match dwarf::name_of(table, v) {
        Some(name) => out.write_str(name),
        None => write!(out, "{v}"),
    }
}

/// How many operands a `DIExpression` operation takes.
fn op_arity(op: u64) -> usize {
    match op {
        // const1u..const8s, constu, consts, pick, plus_uconst, piece, deref_size, fbreg,
        // regx, convert, reinterpret, LLVM_tag_offset, LLVM_entry_value, LLVM_arg.
        0x08..=0x11 | 0x15 | 0x23 | 0x93 | 0x94 | 0x91 | 0x90 | 0xa8 | 0xa9 => 1,
        0x1002 | 0x1003 | 0x1005 | 0xa3 => 1,
        0x70..=0x8f => 1,
        // bregx, bit_piece, LLVM_fragment, LLVM_convert, LLVM_extract_bits_*.
        0x92 | 0x9d | 0x1000 | 0x1001 | 0x1006 | 0x1007 => 2,
        _ => 0,
    }
}

/// `!DIExpression(DW_OP_..., N, ...)`.
pub(super) fn write_expression(out: &mut impl Write, ops: &[u64]) -> fmt::Result {
    out.write_str("!DIExpression(")?;
    let mut i = 0;
    while i < ops.len() {
        if i > 0 {
            out.write_str(", ")?;
        }
        let op = ops[i];
        match u16::try_from(op)
            .ok()
            .and_then(|o| dwarf::name_of(dwarf::OPS, o))
        {
            Some(name) => out.write_str(name)?,
            None => write!(out, "{op}")?,
        }
        let k = op_arity(op);
        for &arg in ops.iter().skip(i + 1).take(k) {
            write!(out, ", {arg}")?;
        }
        i += 1 + k;
    }
    out.write_char(')')
}
