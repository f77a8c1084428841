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
#[derive(Clone, Debug, Default, PartialEq)]
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
}

impl DebugInfo {
    /// True when the module has no debug information.
    pub fn is_empty(&self) -> bool {
        self.subprograms.is_empty() && self.locations.is_empty()
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
