//! The relocatable object format shared by the backends, the ELF loader and the linker:
//! sections of bytes, symbols that name places in them (or are undefined), and relocations
//! that patch section bytes with symbol addresses.
//!
//! A backend turns a module into a [`CompiledObject`]; an ELF `.o` file loads into the same
//! form; the linker places every section through a memory manager and applies relocations.

use crate::memory::SectionKind;
use crate::target::Arch;

/// Index of a section in [`CompiledObject::sections`].
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SectionIndex(pub u32);

/// Index of a symbol in [`CompiledObject::symbols`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymbolIndex(pub u32);

/// A section: bytes to place, with how they will be protected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjSection {
    /// Name for messages and memory-manager hints (`.text`, `.rodata.str`, `.bss`).
    pub name: String,
    /// Code, read-only data or writable data.
    pub kind: SectionKind,
    /// Required alignment in bytes (a power of two).
    pub align: u64,
    /// Initial contents; shorter than `size` for zero-filled tails (`.bss`).
    pub data: Vec<u8>,
    /// Size in bytes (≥ `data.len()`).
    pub size: u64,
}

/// What a symbol names.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    /// Code.
    Function,
    /// Data.
    Data,
    /// Unknown (undefined symbols, ELF `NOTYPE`).
    Unknown,
}

/// Who can see a symbol.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Binding {
    /// Only this object (internal/private linkage, ELF `STB_LOCAL`).
    Local,
    /// Every module of the engine.
    Global,
    /// Global, but another definition takes precedence and absence resolves to 0.
    Weak,
}

/// A named place in a section, or an undefined name to resolve elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjSymbol {
    /// Symbol name (empty for anonymous section symbols).
    pub name: String,
    /// Section of the definition; `None` when undefined here.
    pub section: Option<SectionIndex>,
    /// Offset in the section.
    pub offset: u64,
    /// Size in bytes (0 when unknown).
    pub size: u64,
    /// Function or data.
    pub kind: SymbolKind,
    /// Visibility.
    pub binding: Binding,
}

/// How a relocation patches its place. `S` = symbol address, `A` = addend, `P` = address of
/// the place, `G` = address of the symbol's GOT entry, `Page(x)` = `x & !0xfff`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum RelocKind {
    /// 64-bit absolute `S + A` (x86-64 `R_X86_64_64`, AArch64 `R_AARCH64_ABS64`).
    Abs64,
    /// 32-bit absolute `S + A`, zero-extended (`R_X86_64_32`).
    Abs32,
    /// 32-bit absolute `S + A`, sign-extended (`R_X86_64_32S`).
    Abs32S,
    /// 32-bit PC-relative `S + A - P` (`R_X86_64_PC32`, AArch64 `R_AARCH64_PREL32`).
    Pc32,
    /// 64-bit PC-relative `S + A - P` (`R_X86_64_PC64`, `R_AARCH64_PREL64`).
    Pc64,
    /// x86-64 call/jump rel32 through a stub when `S` is out of reach (`R_X86_64_PLT32`).
    Plt32,
    /// x86-64 `G + A - P` (`R_X86_64_GOTPCREL`, `GOTPCRELX`, `REX_GOTPCRELX`).
    GotPcRel,
    /// AArch64 `BL` imm26 `(S + A - P) >> 2`, through a veneer when out of ±128 MiB.
    Call26,
    /// AArch64 `B` imm26, as [`RelocKind::Call26`].
    Jump26,
    /// AArch64 `ADRP` `Page(S + A) - Page(P)` (`R_AARCH64_ADR_PREL_PG_HI21`).
    AdrPrelPgHi21,
    /// AArch64 `ADD` imm12 `(S + A) & 0xfff` (`R_AARCH64_ADD_ABS_LO12_NC`).
    AddAbsLo12Nc,
    /// AArch64 load/store imm12 scaled by the access size `1 << shift`
    /// (`R_AARCH64_LDST{8,16,32,64,128}_ABS_LO12_NC`).
    LdstAbsLo12Nc {
        /// log2 of the access size in bytes (0..=4).
        shift: u8,
    },
    /// AArch64 `ADRP` to the GOT entry `Page(G) - Page(P)` (`R_AARCH64_ADR_GOT_PAGE`).
    AdrGotPage,
    /// AArch64 `LDR` of the GOT entry `G & 0xfff` (`R_AARCH64_LD64_GOT_LO12_NC`).
    Ld64GotLo12Nc,
    /// AArch64 `ADR` imm21 `S + A - P` (`R_AARCH64_ADR_PREL_LO21`).
    AdrPrelLo21,
    /// AArch64 conditional branch imm19 (`R_AARCH64_CONDBR19`).
    CondBr19,
    /// AArch64 `TBZ`/`TBNZ` imm14 (`R_AARCH64_TSTBR14`).
    TstBr14,
    /// AArch64 literal `LDR` imm19 (`R_AARCH64_LD_PREL_LO19`).
    LdPrelLo19,
    /// AArch64 `MOVZ`/`MOVK` 16-bit groups of `S + A` (`R_AARCH64_MOVW_UABS_G{0,1,2,3}[_NC]`).
    MovwUabs {
        /// Which 16-bit group (0..=3).
        group: u8,
    },
}

/// A patch of section bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relocation {
    /// The section patched.
    pub section: SectionIndex,
    /// Offset of the place in that section.
    pub offset: u64,
    /// How to patch.
    pub kind: RelocKind,
    /// The symbol whose address is used.
    pub symbol: SymbolIndex,
    /// Added to the symbol's address.
    pub addend: i64,
}

/// A relocatable object: what a backend produces and what an ELF `.o` loads into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledObject {
    /// The instruction set of the code.
    pub arch: Arch,
    /// Name for messages (the module or file name).
    pub name: String,
    /// Sections.
    pub sections: Vec<ObjSection>,
    /// Symbols, defined and undefined.
    pub symbols: Vec<ObjSymbol>,
    /// Relocations.
    pub relocations: Vec<Relocation>,
    /// Source-level debug information for the code (line tables, functions, variables),
    /// when the module carried `!dbg` metadata and the backend recorded it. Addresses are
    /// section offsets; [`crate::events`] listeners turn them into DWARF or profiler
    /// records once the sections are placed.
    pub debug: Option<Box<ObjectDebugInfo>>,
}

impl CompiledObject {
    /// An empty object for `arch`.
    pub fn new(arch: Arch, name: &str) -> Self {
        CompiledObject {
            arch,
            name: name.to_string(),
            sections: Vec::new(),
            symbols: Vec::new(),
            relocations: Vec::new(),
            debug: None,
        }
    }
    /// Adds a section and returns its index.
    pub fn add_section(&mut self, section: ObjSection) -> SectionIndex {
        self.sections.push(section);
        SectionIndex(self.sections.len() as u32 - 1)
    }
    /// Adds a symbol and returns its index.
    pub fn add_symbol(&mut self, symbol: ObjSymbol) -> SymbolIndex {
        self.symbols.push(symbol);
        SymbolIndex(self.symbols.len() as u32 - 1)
    }
    /// The bytes symbol `s` covers: its size, or for a symbol of unknown size (0) up to the
    /// next symbol that starts after it in its section, else to the section's end.
    pub fn symbol_extent(&self, s: &ObjSymbol) -> u64 {
        if s.size != 0 {
            return s.size;
        }
        let Some(section) = s.section else { return 0 };
        let end = self
            .symbols
            .iter()
            .filter(|o| o.section == Some(section) && o.offset > s.offset)
            .map(|o| o.offset)
            .min()
            .unwrap_or_else(|| self.sections.get(section.0 as usize).map_or(0, |x| x.size));
        end.saturating_sub(s.offset)
    }
    /// The defined, non-local symbol named `name`.
    pub fn find_symbol(&self, name: &str) -> Option<SymbolIndex> {
        self.symbols
            .iter()
            .position(|s| s.name == name && s.section.is_some())
            .map(|i| SymbolIndex(i as u32))
    }
}

/// Source-level debug information of a [`CompiledObject`], in a form independent of any
/// debug format: what the backends know after emitting code (which source line each
/// instruction came from, where each variable lives in the frame), and what DWARF writers
/// and profilers need. Files, functions and types are referred to by index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectDebugInfo {
    /// `DW_AT_producer` of the compile unit (clang's `producer:` string).
    pub producer: String,
    /// `DW_AT_language` (a `DW_LANG_*` value; 0 when unknown).
    pub language: u16,
    /// The compile unit's own file (an index in `files`), when known.
    pub unit_file: Option<u32>,
    /// Source files; [`LineRow::file`], [`FunctionDebugInfo::file`] and
    /// [`DebugVariable::file`] index this list.
    pub files: Vec<DebugFile>,
    /// Functions with code in the object, in no particular order.
    pub functions: Vec<FunctionDebugInfo>,
    /// Types of variables; [`DebugVariable::ty`] and the types themselves index this list.
    pub types: Vec<DebugType>,
}

/// A source file: `directory` joined with `name` unless `name` is absolute.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DebugFile {
    /// The compilation directory or the file's directory (may be empty).
    pub directory: String,
    /// The file name as the compiler saw it.
    pub name: String,
}

impl DebugFile {
    /// The file's path: `directory/name`, or `name` alone when it is absolute or there is
    /// no directory.
    pub fn path(&self) -> String {
        if self.directory.is_empty() || self.name.starts_with('/') {
            self.name.clone()
        } else {
            format!("{}/{}", self.directory.trim_end_matches('/'), self.name)
        }
    }
}

/// One function's code range, source position, line table and variables.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionDebugInfo {
    /// Section holding the code.
    pub section: SectionIndex,
    /// Offset of the first byte of code in that section.
    pub offset: u64,
    /// Size of the code in bytes.
    pub size: u64,
    /// Source-level name (`DISubprogram` `name:`).
    pub name: String,
    /// Symbol name when it differs from `name` (C++ mangled names).
    pub linkage_name: Option<String>,
    /// File of the definition (index in [`ObjectDebugInfo::files`]).
    pub file: u32,
    /// Line of the definition.
    pub line: u32,
    /// Line table, sorted by `offset` (relative to [`FunctionDebugInfo::offset`]); each row
    /// holds from its offset up to the next row's (the last one to the end of the function).
    pub lines: Vec<LineRow>,
    /// DWARF register number of the frame base that [`VariableLocation::FrameOffset`] is
    /// relative to (x86-64: 6 = `rbp`, AArch64: 29 = `x29`), when the function has one.
    pub frame_base: Option<u16>,
    /// Parameters and locals with known locations.
    pub variables: Vec<DebugVariable>,
    /// The return type (index in [`ObjectDebugInfo::types`]); `None` for `void` or unknown.
    pub return_type: Option<u32>,
}

/// A line-table row: code from `offset` on comes from `file:line:column`.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LineRow {
    /// Offset from the start of the function.
    pub offset: u32,
    /// Index in [`ObjectDebugInfo::files`].
    pub file: u32,
    /// Line, 1-based (0: no source line, e.g. compiler-generated code).
    pub line: u32,
    /// Column, 1-based (0 when unknown).
    pub column: u32,
}

/// A source variable (`DILocalVariable`) and where its value lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugVariable {
    /// Name.
    pub name: String,
    /// Parameter number, 1-based; 0 for a local variable.
    pub arg: u32,
    /// File of the declaration (index in [`ObjectDebugInfo::files`]).
    pub file: u32,
    /// Line of the declaration.
    pub line: u32,
    /// Type (index in [`ObjectDebugInfo::types`]), when known.
    pub ty: Option<u32>,
    /// Where the variable lives.
    pub location: VariableLocation,
}

/// Where a variable's storage is while its function runs.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum VariableLocation {
    /// At this byte offset from the function's frame base register, for the whole function
    /// (an `alloca`'s slot at OptLevel 0).
    FrameOffset(i64),
}

/// A source type, enough for a debugger to print variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DebugType {
    /// A base type (`DW_TAG_base_type`) with a `DW_ATE_*` encoding.
    Base {
        /// Name (`int`, `unsigned long`).
        name: String,
        /// Size in bytes.
        size: u64,
        /// `DW_ATE_*` value.
        encoding: u8,
    },
    /// A pointer (or reference) to `pointee` (`None`: `void *`).
    Pointer {
        /// Pointed-to type.
        pointee: Option<u32>,
        /// Size in bytes.
        size: u64,
    },
    /// A qualified or renamed type: `DW_TAG_typedef`, `const_type`, `volatile_type`,
    /// `restrict_type` (`tag`), of `base` (`None`: `void`).
    Modified {
        /// The `DW_TAG_*` value.
        tag: u16,
        /// Name (typedefs only).
        name: Option<String>,
        /// The modified type.
        base: Option<u32>,
    },
    /// A structure, class or union (`tag` is the `DW_TAG_*` value).
    Composite {
        /// The `DW_TAG_*` value.
        tag: u16,
        /// Name, if any.
        name: Option<String>,
        /// Size in bytes.
        size: u64,
        /// Members in order.
        members: Vec<DebugMember>,
    },
    /// An array of `element` with one count per dimension (`None`: unknown bound).
    Array {
        /// Element type.
        element: Option<u32>,
        /// Element counts per dimension, outermost first.
        counts: Vec<Option<u64>>,
    },
    /// An enumeration.
    Enum {
        /// Name, if any.
        name: Option<String>,
        /// Size in bytes.
        size: u64,
        /// Enumerators: name and value.
        values: Vec<(String, i64)>,
    },
    /// A function type (for pointers to functions).
    Subroutine,
}

/// A member of a [`DebugType::Composite`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugMember {
    /// Name (empty for anonymous members).
    pub name: String,
    /// Type.
    pub ty: Option<u32>,
    /// Offset in bytes from the start of the aggregate.
    pub offset: u64,
}
