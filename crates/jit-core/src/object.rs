//! The relocatable object format shared by the backends, the ELF loader and the linker:
//! sections of bytes, symbols that name places in them (or are undefined), and relocations
//! that patch section bytes with symbol addresses.
//!
//! A backend turns a module into a [`CompiledObject`]; an ELF `.o` file loads into the same
//! form; the linker places every section through a memory manager and applies relocations.

use crate::memory::SectionKind;
use crate::target::Arch;

/// Index of a section in [`CompiledObject::sections`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// The defined, non-local symbol named `name`.
    pub fn find_symbol(&self, name: &str) -> Option<SymbolIndex> {
        self.symbols
            .iter()
            .position(|s| s.name == name && s.section.is_some())
            .map(|i| SymbolIndex(i as u32))
    }
}
