//! Source-level debug information as clang `-g` emits it (`!dbg` locations, `DIFile`,
//! `DICompileUnit`, `DISubprogram`, `DILexicalBlock`, `DILocalVariable`, `DI*Type`,
//! `llvm.dbg.declare` / `#dbg_declare`), as typed data in arenas of the module.
//!
//! The `.ll` metadata graph is resolved into the entities backends and debug-format writers
//! need: an instruction's [`InstData::dbg`](super::InstData::dbg) names a [`DebugLoc`]
//! (line, column, scope, inlined-at), a scope leads to its file and subprogram, a
//! function's [`Function::subprogram`](super::Function::subprogram) and
//! [`Body::debug_declares`](super::Body::debug_declares) say where it and its
//! variables come from. Everything lives in [`Module::debug`](super::Module::debug), shared
//! by index, so copying a function body between modules that share the table is free.

use crate::entity;
use crate::entity::PrimaryMap;

use super::function::Value;

entity!(
    /// A source file (`DIFile`).
    DiFile,
    "difile"
);
entity!(
    /// A compile unit (`DICompileUnit`).
    DiUnit,
    "diunit"
);
entity!(
    /// A lexical scope: a subprogram, a block inside one, or a file.
    DiScope,
    "discope"
);
entity!(
    /// A function's debug description (`DISubprogram`).
    DiSubprogram,
    "disp"
);
entity!(
    /// A source location (`DILocation`).
    DebugLoc,
    "diloc"
);
entity!(
    /// A source variable: parameter or local (`DILocalVariable`).
    DiVariable,
    "divar"
);
entity!(
    /// A source type (`DIBasicType`, `DIDerivedType`, `DICompositeType`, ...).
    DiType,
    "ditype"
);

/// The debug information of a module.
///
/// Build it with the `add_*` methods and [`DebugInfo::location`] (which interns: the same
/// line, column, scope and inlined-at give the same [`DebugLoc`]), like LLVM's `DIBuilder`.
/// Equality compares the tables only.
#[derive(Clone, Debug, Default)]
pub struct DebugInfo {
    /// Source files.
    pub files: PrimaryMap<DiFile, DiFileData>,
    /// Compile units.
    pub units: PrimaryMap<DiUnit, DiUnitData>,
    /// Lexical scopes.
    pub scopes: PrimaryMap<DiScope, DiScopeData>,
    /// Subprograms.
    pub subprograms: PrimaryMap<DiSubprogram, DiSubprogramData>,
    /// Locations (interned: instructions at the same place share one).
    pub locations: PrimaryMap<DebugLoc, DiLocationData>,
    /// Variables.
    pub variables: PrimaryMap<DiVariable, DiVariableData>,
    /// Types.
    pub types: PrimaryMap<DiType, DiTypeData>,
    /// `!{i32 7, !"Dwarf Version", i32 N}` in `!llvm.module.flags`, if the module said.
    pub dwarf_version: Option<u32>,
    /// Interning table of [`DebugInfo::location`]; rebuilt when `locations` was changed
    /// behind its back.
    loc_index: crate::reader::fxhash::FxHashMap<DiLocationData, DebugLoc>,
    /// How many of `locations` are in `loc_index`.
    loc_indexed: usize,
}

impl PartialEq for DebugInfo {
    fn eq(&self, o: &Self) -> bool {
        self.files == o.files
            && self.units == o.units
            && self.scopes == o.scopes
            && self.subprograms == o.subprograms
            && self.locations == o.locations
            && self.variables == o.variables
            && self.types == o.types
            && self.dwarf_version == o.dwarf_version
    }
}

/// Index offsets of the tables of a [`DebugInfo`] appended to another with
/// [`DebugInfo::append`]: maps the appended module's entities to their new numbers.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct DebugInfoRemap {
    files: u32,
    units: u32,
    scopes: u32,
    subprograms: u32,
    locations: u32,
    variables: u32,
    types: u32,
}

impl DebugInfoRemap {
    /// The new number of a file.
    pub fn file(&self, x: DiFile) -> DiFile {
        DiFile::from_u32(x.as_u32() + self.files)
    }
    /// The new number of a unit.
    pub fn unit(&self, x: DiUnit) -> DiUnit {
        DiUnit::from_u32(x.as_u32() + self.units)
    }
    /// The new number of a scope.
    pub fn scope(&self, x: DiScope) -> DiScope {
        DiScope::from_u32(x.as_u32() + self.scopes)
    }
    /// The new number of a subprogram.
    pub fn subprogram(&self, x: DiSubprogram) -> DiSubprogram {
        DiSubprogram::from_u32(x.as_u32() + self.subprograms)
    }
    /// The new number of a location.
    pub fn location(&self, x: DebugLoc) -> DebugLoc {
        DebugLoc::from_u32(x.as_u32() + self.locations)
    }
    /// The new number of a variable.
    pub fn variable(&self, x: DiVariable) -> DiVariable {
        DiVariable::from_u32(x.as_u32() + self.variables)
    }
    /// The new number of a type.
    pub fn ty(&self, x: DiType) -> DiType {
        DiType::from_u32(x.as_u32() + self.types)
    }
    /// A declaration with its entities renumbered (the address is left alone).
    pub fn declare(&self, d: &DebugDeclare) -> DebugDeclare {
        DebugDeclare {
            address: d.address,
            variable: self.variable(d.variable),
            expression: d.expression.clone(),
            loc: d.loc.map(|l| self.location(l)),
        }
    }
}

impl DebugInfo {
    /// True when the module has no debug information.
    pub fn is_empty(&self) -> bool {
        self.subprograms.is_empty() && self.locations.is_empty()
    }
    /// Adds a source file.
    pub fn add_file(&mut self, filename: &str, directory: &str) -> DiFile {
        self.files.push(DiFileData {
            filename: filename.to_string(),
            directory: directory.to_string(),
        })
    }
    /// Adds a compile unit.
    pub fn add_unit(&mut self, data: DiUnitData) -> DiUnit {
        self.units.push(data)
    }
    /// Adds a subprogram and the scope its locations name (stored in `data.scope`,
    /// replacing what was there).
    pub fn add_subprogram(&mut self, mut data: DiSubprogramData) -> DiSubprogram {
        let sp = self.subprograms.next_key();
        let scope = self.scopes.push(DiScopeData {
            file: data.file,
            kind: DiScopeKind::Subprogram(sp),
        });
        data.scope = Some(scope);
        self.subprograms.push(data)
    }
    /// The scope of a subprogram, creating it if the subprogram has none.
    pub fn subprogram_scope(&mut self, sp: DiSubprogram) -> DiScope {
        if let Some(s) = self.subprograms[sp].scope {
            return s;
        }
        let scope = self.scopes.push(DiScopeData {
            file: self.subprograms[sp].file,
            kind: DiScopeKind::Subprogram(sp),
        });
        self.subprograms[sp].scope = Some(scope);
        scope
    }
    /// Adds a lexical block (`DILexicalBlock`) inside `parent`.
    pub fn add_lexical_block(
        &mut self,
        parent: DiScope,
        file: Option<DiFile>,
        line: u32,
        column: u32,
    ) -> DiScope {
        self.scopes.push(DiScopeData {
            file,
            kind: DiScopeKind::Block {
                parent,
                line,
                column,
            },
        })
    }
    /// Adds a scope of kind [`DiScopeKind::File`].
    pub fn add_file_scope(&mut self, file: Option<DiFile>) -> DiScope {
        self.scopes.push(DiScopeData {
            file,
            kind: DiScopeKind::File,
        })
    }
    /// Adds a type.
    pub fn add_type(&mut self, data: DiTypeData) -> DiType {
        self.types.push(data)
    }
    /// Adds a variable.
    pub fn add_variable(&mut self, data: DiVariableData) -> DiVariable {
        self.variables.push(data)
    }

    /// The location `line:column` in `scope` (inlined at `inlined_at`), interned.
    pub fn location(
        &mut self,
        line: u32,
        column: u32,
        scope: DiScope,
        inlined_at: Option<DebugLoc>,
    ) -> DebugLoc {
        self.intern_location(DiLocationData {
            line,
            column,
            scope,
            inlined_at,
        })
    }

    /// The location with these data: an existing one when there is one, else a new one.
    pub fn intern_location(&mut self, data: DiLocationData) -> DebugLoc {
        if self.loc_indexed > self.locations.len() {
            self.loc_index.clear();
            self.loc_indexed = 0;
        }
        // Index what was pushed since the last call (by `append`, or directly).
        for i in self.loc_indexed..self.locations.len() {
            let k = DebugLoc::from_u32(i as u32);
            self.loc_index.entry(self.locations[k]).or_insert(k);
        }
        self.loc_indexed = self.locations.len();
        if let Some(&k) = self.loc_index.get(&data)
            && self.locations.get(k) == Some(&data)
        {
            return k;
        }
        let k = self.locations.push(data);
        self.loc_index.insert(data, k);
        self.loc_indexed = self.locations.len();
        k
    }

    /// `loc` as it reads once the code it describes is inlined at `call_site`: the same
    /// line, column and scope, with `call_site` appended to the end of its inlined-at
    /// chain. Interned. A chain longer than the location table (a cycle) is cut.
    pub fn inlined_location(&mut self, loc: DebugLoc, call_site: DebugLoc) -> DebugLoc {
        let mut chain = Vec::new();
        let mut cur = Some(loc);
        while let Some(l) = cur {
            if chain.len() > self.locations.len() {
                break;
            }
            let d = self.locations[l];
            chain.push(d);
            cur = d.inlined_at;
        }
        let mut at = call_site;
        for d in chain.into_iter().rev() {
            at = self.intern_location(DiLocationData {
                inlined_at: Some(at),
                ..d
            });
        }
        at
    }

    /// The subprogram a location belongs to once inlining is undone: the subprogram of the
    /// scope of the last location of its inlined-at chain (the function it is in).
    pub fn location_function(&self, mut loc: DebugLoc) -> Option<DiSubprogram> {
        for _ in 0..=self.locations.len() {
            match self.locations.get(loc)?.inlined_at {
                Some(at) => loc = at,
                None => return self.scope_subprogram(self.locations[loc].scope),
            }
        }
        None
    }

    /// Appends `other`'s tables to this one's (entities keep their order) and returns
    /// how `other`'s entities are numbered here. Used when functions move between modules.
    pub fn append(&mut self, other: &DebugInfo) -> DebugInfoRemap {
        let r = DebugInfoRemap {
            files: self.files.len() as u32,
            units: self.units.len() as u32,
            scopes: self.scopes.len() as u32,
            subprograms: self.subprograms.len() as u32,
            locations: self.locations.len() as u32,
            variables: self.variables.len() as u32,
            types: self.types.len() as u32,
        };
        let of = |x: Option<DiFile>| x.map(|f| r.file(f));
        let ot = |x: Option<DiType>| x.map(|t| r.ty(t));
        let os = |x: Option<DiScope>| x.map(|s| r.scope(s));
        for f in other.files.values() {
            self.files.push(f.clone());
        }
        for u in other.units.values() {
            self.units.push(DiUnitData {
                file: of(u.file),
                ..u.clone()
            });
        }
        for s in other.scopes.values() {
            self.scopes.push(DiScopeData {
                file: of(s.file),
                kind: match s.kind {
                    DiScopeKind::Subprogram(sp) => DiScopeKind::Subprogram(r.subprogram(sp)),
                    DiScopeKind::Block {
                        parent,
                        line,
                        column,
                    } => DiScopeKind::Block {
                        parent: r.scope(parent),
                        line,
                        column,
                    },
                    DiScopeKind::File => DiScopeKind::File,
                },
            });
        }
        for sp in other.subprograms.values() {
            self.subprograms.push(DiSubprogramData {
                file: of(sp.file),
                unit: sp.unit.map(|u| r.unit(u)),
                ty: ot(sp.ty),
                scope: os(sp.scope),
                ..sp.clone()
            });
        }
        for l in other.locations.values() {
            let d = DiLocationData {
                scope: r.scope(l.scope),
                inlined_at: l.inlined_at.map(|a| r.location(a)),
                ..*l
            };
            // Pushed, not interned: numbering must stay an offset.
            self.locations.push(d);
        }
        for v in other.variables.values() {
            self.variables.push(DiVariableData {
                file: of(v.file),
                ty: ot(v.ty),
                scope: os(v.scope),
                ..v.clone()
            });
        }
        for t in other.types.values() {
            self.types.push(match t {
                DiTypeData::Derived {
                    tag,
                    name,
                    base,
                    size_bits,
                    offset_bits,
                } => DiTypeData::Derived {
                    tag: *tag,
                    name: name.clone(),
                    base: ot(*base),
                    size_bits: *size_bits,
                    offset_bits: *offset_bits,
                },
                DiTypeData::Composite {
                    tag,
                    name,
                    base,
                    size_bits,
                    members,
                    counts,
                    enumerators,
                } => DiTypeData::Composite {
                    tag: *tag,
                    name: name.clone(),
                    base: ot(*base),
                    size_bits: *size_bits,
                    members: members.iter().map(|m| r.ty(*m)).collect(),
                    counts: counts.clone(),
                    enumerators: enumerators.clone(),
                },
                DiTypeData::Subroutine { types } => DiTypeData::Subroutine {
                    types: types.iter().map(|t| ot(*t)).collect(),
                },
                other => other.clone(),
            });
        }
        if self.dwarf_version.is_none() {
            self.dwarf_version = other.dwarf_version;
        }
        r
    }

    /// The first index out of range in the tables' cross references, described, or
    /// `None` when every reference is valid (what the verifier checks).
    pub fn check(&self) -> Option<String> {
        let file = |f: Option<DiFile>, what: &str| -> Option<String> {
            f.filter(|f| !self.files.is_valid(*f))
                .map(|f| format!("{what} names {f}, which does not exist"))
        };
        let scope = |s: DiScope, what: &str| -> Option<String> {
            (!self.scopes.is_valid(s)).then(|| format!("{what} names {s}, which does not exist"))
        };
        let ty = |t: Option<DiType>, what: &str| -> Option<String> {
            t.filter(|t| !self.types.is_valid(*t))
                .map(|t| format!("{what} names {t}, which does not exist"))
        };
        for (k, u) in self.units.iter() {
            if let Some(e) = file(u.file, &k.to_string()) {
                return Some(e);
            }
        }
        for (k, s) in self.scopes.iter() {
            let what = k.to_string();
            if let Some(e) = file(s.file, &what) {
                return Some(e);
            }
            match s.kind {
                DiScopeKind::Subprogram(sp) if !self.subprograms.is_valid(sp) => {
                    return Some(format!("{what} names {sp}, which does not exist"));
                }
                DiScopeKind::Block { parent, .. } => {
                    if let Some(e) = scope(parent, &what) {
                        return Some(e);
                    }
                }
                _ => {}
            }
        }
        for (k, sp) in self.subprograms.iter() {
            let what = k.to_string();
            if let Some(e) = file(sp.file, &what).or_else(|| ty(sp.ty, &what)) {
                return Some(e);
            }
            if let Some(e) = sp.scope.and_then(|s| scope(s, &what)) {
                return Some(e);
            }
            if let Some(u) = sp.unit.filter(|u| !self.units.is_valid(*u)) {
                return Some(format!("{what} names {u}, which does not exist"));
            }
        }
        for (k, l) in self.locations.iter() {
            let what = k.to_string();
            if let Some(e) = scope(l.scope, &what) {
                return Some(e);
            }
            if let Some(a) = l.inlined_at.filter(|a| !self.locations.is_valid(*a)) {
                return Some(format!("{what} names {a}, which does not exist"));
            }
        }
        for (k, v) in self.variables.iter() {
            let what = k.to_string();
            if let Some(e) = file(v.file, &what)
                .or_else(|| ty(v.ty, &what))
                .or_else(|| v.scope.and_then(|s| scope(s, &what)))
            {
                return Some(e);
            }
        }
        for (k, t) in self.types.iter() {
            let what = k.to_string();
            let bad = match t {
                DiTypeData::Derived { base, .. } => ty(*base, &what),
                DiTypeData::Composite { base, members, .. } => {
                    ty(*base, &what).or_else(|| members.iter().find_map(|m| ty(Some(*m), &what)))
                }
                DiTypeData::Subroutine { types } => types.iter().find_map(|t| ty(*t, &what)),
                _ => None,
            };
            if bad.is_some() {
                return bad;
            }
        }
        None
    }

    /// The file a scope belongs to, if known.
    pub fn scope_file(&self, scope: DiScope) -> Option<DiFile> {
        self.scopes[scope].file
    }
    /// The subprogram a scope is in (walking out through lexical blocks).
    pub fn scope_subprogram(&self, mut scope: DiScope) -> Option<DiSubprogram> {
        for _ in 0..self.scopes.len() {
            match self.scopes[scope].kind {
                DiScopeKind::Subprogram(sp) => return Some(sp),
                DiScopeKind::Block { parent, .. } => scope = parent,
                DiScopeKind::File => return None,
            }
        }
        None
    }
}

/// `DIFile(filename: ..., directory: ...)`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DiFileData {
    /// `filename:`.
    pub filename: String,
    /// `directory:`.
    pub directory: String,
}

/// `DICompileUnit(...)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiUnitData {
    /// `file:`.
    pub file: Option<DiFile>,
    /// `producer:` ("clang version 19...").
    pub producer: String,
    /// `language:` as a `DW_LANG_*` number.
    pub language: u16,
    /// `isOptimized:`.
    pub optimized: bool,
}

/// A lexical scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiScopeData {
    /// The scope's file (`file:` of the node).
    pub file: Option<DiFile>,
    /// What kind of scope.
    pub kind: DiScopeKind,
}

/// The kinds of [`DiScopeData`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DiScopeKind {
    /// A function.
    Subprogram(DiSubprogram),
    /// `DILexicalBlock` / `DILexicalBlockFile` inside `parent`.
    Block {
        /// Enclosing scope.
        parent: DiScope,
        /// `line:` (0 for a `DILexicalBlockFile`).
        line: u32,
        /// `column:`.
        column: u32,
    },
    /// A file, or any scope this model does not distinguish (namespaces, types).
    File,
}

/// `DISubprogram(...)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiSubprogramData {
    /// `name:`.
    pub name: String,
    /// `linkageName:` (C++ mangled name), if any.
    pub linkage_name: Option<String>,
    /// `file:`.
    pub file: Option<DiFile>,
    /// `line:`.
    pub line: u32,
    /// `scopeLine:` (the line of the opening brace).
    pub scope_line: u32,
    /// `unit:`.
    pub unit: Option<DiUnit>,
    /// `type:` (a subroutine type).
    pub ty: Option<DiType>,
    /// This subprogram as a scope (what its locations name).
    pub scope: Option<DiScope>,
}

/// `DILocation(line: ..., column: ..., scope: ..., inlinedAt: ...)`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct DiLocationData {
    /// Line (0: no line, compiler-generated code).
    pub line: u32,
    /// Column.
    pub column: u32,
    /// Innermost scope.
    pub scope: DiScope,
    /// The call site this code was inlined into, if it was.
    pub inlined_at: Option<DebugLoc>,
}

/// `DILocalVariable(...)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiVariableData {
    /// `name:`.
    pub name: String,
    /// `arg:` (1-based parameter number; 0 for locals).
    pub arg: u32,
    /// `file:`.
    pub file: Option<DiFile>,
    /// `line:`.
    pub line: u32,
    /// `type:`.
    pub ty: Option<DiType>,
    /// `scope:`.
    pub scope: Option<DiScope>,
}

/// A source type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiTypeData {
    /// `DIBasicType(name:, size: bits, encoding: DW_ATE_*)`.
    Basic {
        /// `name:`.
        name: String,
        /// `size:` in bits.
        size_bits: u64,
        /// `encoding:` as a `DW_ATE_*` number.
        encoding: u8,
    },
    /// `DIDerivedType(tag: ...)`: pointers, references, typedefs, qualifiers, members.
    Derived {
        /// `tag:` as a `DW_TAG_*` number.
        tag: u16,
        /// `name:`, if any.
        name: Option<String>,
        /// `baseType:` (`None`: void).
        base: Option<DiType>,
        /// `size:` in bits.
        size_bits: u64,
        /// `offset:` in bits (members).
        offset_bits: u64,
    },
    /// `DICompositeType(tag: ...)`: structures, classes, unions, arrays, enumerations.
    Composite {
        /// `tag:` as a `DW_TAG_*` number.
        tag: u16,
        /// `name:`, if any.
        name: Option<String>,
        /// `baseType:` (array element, enumeration's underlying type).
        base: Option<DiType>,
        /// `size:` in bits.
        size_bits: u64,
        /// `elements:`: members (derived types with tag `DW_TAG_member`) of aggregates.
        members: Vec<DiType>,
        /// Array dimensions (`DISubrange(count:)`; `None`: unknown), outermost first.
        counts: Vec<Option<u64>>,
        /// Enumerators (`DIEnumerator(name:, value:)`).
        enumerators: Vec<(String, i64)>,
    },
    /// `DISubroutineType(types: ...)`: the return type first (`None`: void).
    Subroutine {
        /// Return type then parameter types.
        types: Vec<Option<DiType>>,
    },
    /// A type this model does not describe.
    Unknown,
}

/// `llvm.dbg.declare(metadata ptr %x.addr, metadata !var, metadata !DIExpression())` or
/// `#dbg_declare(...)`: the variable lives at `address` for the whole function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugDeclare {
    /// Where the variable lives (usually an `alloca`).
    pub address: Value,
    /// The variable.
    pub variable: DiVariable,
    /// `DIExpression` operations applied to the address (`DW_OP_*` numbers and operands).
    pub expression: Vec<u64>,
    /// The declaration's `!dbg` location.
    pub loc: Option<DebugLoc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_functions() -> (DebugInfo, DiScope, DiScope) {
        let mut d = DebugInfo::default();
        let file = d.add_file("a.c", "/");
        let f = d.add_subprogram(DiSubprogramData {
            name: "f".into(),
            file: Some(file),
            ..Default::default()
        });
        let g = d.add_subprogram(DiSubprogramData {
            name: "g".into(),
            file: Some(file),
            ..Default::default()
        });
        let (sf, sg) = (d.subprogram_scope(f), d.subprogram_scope(g));
        (d, sf, sg)
    }

    #[test]
    fn locations_are_interned_and_inlining_chains_them() {
        let (mut d, sf, sg) = two_functions();
        let a = d.location(3, 1, sg, None);
        assert_eq!(d.location(3, 1, sg, None), a);
        let b = d.location(4, 1, sg, None);
        assert_ne!(a, b);
        // g's line 3, already inlined into f at f:10; that f code inlined at main:20
        // (here: f's scope stands in for main).
        let call_in_f = d.location(10, 2, sf, None);
        let once = d.inlined_location(a, call_in_f);
        assert_eq!(d.locations[once].inlined_at, Some(call_in_f));
        assert_eq!(d.location_function(once), d.scope_subprogram(sf));
        let outer = d.location(20, 3, sf, None);
        let twice = d.inlined_location(once, outer);
        let at = d.locations[twice].inlined_at.unwrap();
        assert_eq!(d.locations[at].line, 10);
        assert_eq!(d.locations[at].inlined_at, Some(outer));
        assert_eq!((d.locations[twice].line, d.locations[twice].scope), (3, sg));
        // Interned: doing it again makes nothing new.
        let n = d.locations.len();
        assert_eq!(d.inlined_location(once, outer), twice);
        assert_eq!(d.locations.len(), n);
        assert_eq!(d.check(), None);
    }

    #[test]
    fn append_renumbers_by_offsets() {
        let (mut a, _, _) = two_functions();
        let (mut b, _, sg) = two_functions();
        let lb = b.location(5, 6, sg, None);
        let la = a.location(1, 1, DiScope::from_u32(0), None);
        let r = a.append(&b);
        assert_eq!(a.files.len(), 2);
        assert_eq!(a.subprograms.len(), 4);
        let moved = r.location(lb);
        assert_eq!(a.locations[moved].line, 5);
        assert_eq!(a.locations[moved].scope, r.scope(sg));
        let sp = a.scope_subprogram(a.locations[moved].scope).unwrap();
        assert_eq!(a.subprograms[sp].name, "g");
        assert_eq!(a.subprograms[sp].file, Some(r.file(DiFile::from_u32(0))));
        // Interning still works after the append, and finds the appended entries.
        assert_eq!(a.location(5, 6, r.scope(sg), None), moved);
        assert_eq!(a.location(1, 1, DiScope::from_u32(0), None), la);
        assert_eq!(a.check(), None);
    }
}
