//! Writes a [`CompiledObject`] as an ELF relocatable object (`.o`) with the `object` crate,
//! mapping every [`RelocKind`] back to its `R_AARCH64_*` or `R_X86_64_*` type, so system
//! tools (`objdump -d`, `gcc` as a linker) can inspect and link what the backends produce.

use jit_core::memory::SectionKind;
use jit_core::object::{Binding, CompiledObject, RelocKind, SymbolKind};
use jit_core::target::Arch;
use object::write::{Object, Relocation, Symbol, SymbolId, SymbolSection};
use object::{
    Architecture, BinaryFormat, Endianness, RelocationFlags, SymbolFlags, SymbolScope, elf,
};

/// The ELF relocation type of `kind` on `arch`, if ELF has one.
pub fn elf_reloc_type(arch: Arch, kind: RelocKind) -> Option<u32> {
    Some(match (arch, kind) {
        (Arch::AArch64, k) => match k {
            RelocKind::Abs64 => elf::R_AARCH64_ABS64,
            RelocKind::Abs32 => elf::R_AARCH64_ABS32,
            RelocKind::Pc32 => elf::R_AARCH64_PREL32,
            RelocKind::Pc64 => elf::R_AARCH64_PREL64,
            RelocKind::Call26 => elf::R_AARCH64_CALL26,
            RelocKind::Jump26 => elf::R_AARCH64_JUMP26,
            RelocKind::AdrPrelPgHi21 => elf::R_AARCH64_ADR_PREL_PG_HI21,
            RelocKind::AddAbsLo12Nc => elf::R_AARCH64_ADD_ABS_LO12_NC,
            RelocKind::LdstAbsLo12Nc { shift } => match shift {
                0 => elf::R_AARCH64_LDST8_ABS_LO12_NC,
                1 => elf::R_AARCH64_LDST16_ABS_LO12_NC,
                2 => elf::R_AARCH64_LDST32_ABS_LO12_NC,
                3 => elf::R_AARCH64_LDST64_ABS_LO12_NC,
                4 => elf::R_AARCH64_LDST128_ABS_LO12_NC,
                _ => return None,
            },
            RelocKind::AdrGotPage => elf::R_AARCH64_ADR_GOT_PAGE,
            RelocKind::Ld64GotLo12Nc => elf::R_AARCH64_LD64_GOT_LO12_NC,
            RelocKind::AdrPrelLo21 => elf::R_AARCH64_ADR_PREL_LO21,
            RelocKind::CondBr19 => elf::R_AARCH64_CONDBR19,
            RelocKind::TstBr14 => elf::R_AARCH64_TSTBR14,
            RelocKind::LdPrelLo19 => elf::R_AARCH64_LD_PREL_LO19,
            RelocKind::MovwUabs { group } => match group {
                0 => elf::R_AARCH64_MOVW_UABS_G0_NC,
                1 => elf::R_AARCH64_MOVW_UABS_G1_NC,
                2 => elf::R_AARCH64_MOVW_UABS_G2_NC,
                3 => elf::R_AARCH64_MOVW_UABS_G3,
                _ => return None,
            },
            RelocKind::Abs32S | RelocKind::Plt32 | RelocKind::GotPcRel => return None,
        },
        (Arch::X86_64, k) => match k {
            RelocKind::Abs64 => elf::R_X86_64_64,
            RelocKind::Abs32 => elf::R_X86_64_32,
            RelocKind::Abs32S => elf::R_X86_64_32S,
            RelocKind::Pc32 => elf::R_X86_64_PC32,
            RelocKind::Pc64 => elf::R_X86_64_PC64,
            RelocKind::Plt32 => elf::R_X86_64_PLT32,
            RelocKind::GotPcRel => elf::R_X86_64_GOTPCREL,
            _ => return None,
        },
    })
}

/// The bytes of an ELF relocatable object holding `obj`.
pub fn write_elf(obj: &CompiledObject) -> Result<Vec<u8>, String> {
    let arch = match obj.arch {
        Arch::AArch64 => Architecture::Aarch64,
        Arch::X86_64 => Architecture::X86_64,
    };
    let mut out = Object::new(BinaryFormat::Elf, arch, Endianness::Little);
    let mut sections = Vec::with_capacity(obj.sections.len());
    for s in &obj.sections {
        let kind = match s.kind {
            SectionKind::Code => object::SectionKind::Text,
            SectionKind::ReadOnly => object::SectionKind::ReadOnlyData,
            SectionKind::ReadWrite if s.data.is_empty() && s.size > 0 => {
                object::SectionKind::UninitializedData
            }
            SectionKind::ReadWrite => object::SectionKind::Data,
        };
        let id = out.add_section(Vec::new(), s.name.as_bytes().to_vec(), kind);
        if kind == object::SectionKind::UninitializedData {
            out.append_section_bss(id, s.size, s.align.max(1));
        } else {
            let mut data = s.data.clone();
            data.resize(s.size as usize, 0);
            out.set_section_data(id, data, s.align.max(1));
        }
        sections.push(id);
    }
    let mut symbols: Vec<SymbolId> = Vec::with_capacity(obj.symbols.len());
    for s in &obj.symbols {
        let section = match s.section {
            Some(i) => SymbolSection::Section(sections[i.0 as usize]),
            None => SymbolSection::Undefined,
        };
        if s.name.is_empty()
            && let Some(i) = s.section
        {
            symbols.push(out.section_symbol(sections[i.0 as usize]));
            continue;
        }
        let kind = match s.kind {
            SymbolKind::Function => object::SymbolKind::Text,
            SymbolKind::Data => object::SymbolKind::Data,
            SymbolKind::Unknown => object::SymbolKind::Unknown,
        };
        let (scope, weak) = match s.binding {
            Binding::Local => (SymbolScope::Compilation, false),
            Binding::Global => (SymbolScope::Linkage, false),
            Binding::Weak => (SymbolScope::Linkage, true),
        };
        let id = out.add_symbol(Symbol {
            name: s.name.as_bytes().to_vec(),
            value: s.offset,
            size: s.size,
            kind: if s.section.is_none() {
                object::SymbolKind::Unknown
            } else {
                kind
            },
            scope: if s.section.is_none() {
                SymbolScope::Unknown
            } else {
                scope
            },
            weak,
            section,
            flags: SymbolFlags::None,
        });
        symbols.push(id);
    }
    for r in &obj.relocations {
        let r_type = elf_reloc_type(obj.arch, r.kind)
            .ok_or_else(|| format!("relocation {:?} has no ELF form on {}", r.kind, obj.arch))?;
        out.add_relocation(
            sections[r.section.0 as usize],
            Relocation {
                offset: r.offset,
                symbol: symbols[r.symbol.0 as usize],
                addend: r.addend,
                flags: RelocationFlags::Elf { r_type },
            },
        )
        .map_err(|e| e.to_string())?;
    }
    out.write().map_err(|e| e.to_string())
}
