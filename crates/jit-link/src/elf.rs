//! ELF relocatable objects (`gcc -c`, `clang -c`) into the [`CompiledObject`] form, read with
//! the `object` crate.
//!
//! - Kept sections: every `SHF_ALLOC` section except `.note*` and `.debug*` (`.eh_frame`
//!   with a zero terminator added, registered with the unwinder by the linker),
//!   plus any allocatable section a kept relocation refers to. Code (`SHF_EXECINSTR`),
//!   writable (`SHF_WRITE`, including `.init_array`/`.fini_array`, `.bss` as a zero-filled
//!   tail) or read-only (`.rodata*`, mergeable string sections, loaded as they are).
//! - Symbols: every ELF symbol, section symbols included, keeps a slot; COMMON symbols are
//!   placed in a synthesized `.bss.common` section.
//! - Relocations: RELA sections of kept sections, mapped to [`RelocKind`] for x86-64 and
//!   AArch64; an unknown type is an error naming it.
//! - `.init_array[.N]` / `.fini_array[.N]` keep their names, which is how the linker finds the
//!   constructors and destructors.
//!
//! Malformed input gives an [`ElfError`], never a panic.

use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SectionIndex,
    SymbolIndex, SymbolKind,
};
use jit_core::target::Arch;
use object::elf;
use object::{
    Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget, SectionFlags,
    SymbolSection,
};
use std::collections::{HashMap, HashSet};

/// Why an ELF file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ElfError {
    /// The bytes are not a well-formed ELF file (the input's fault).
    #[error("`{file}`: malformed object file: {message}")]
    Malformed {
        /// File name.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// A well-formed file of a kind the engine does not load (executable, 32-bit, other
    /// architecture).
    #[error("`{file}`: {message}")]
    WrongKind {
        /// File name.
        file: String,
        /// What kind it is and what is expected.
        message: String,
    },
    /// A relocation type the linker does not implement.
    #[error(
        "`{file}`: unsupported relocation type {r_type} ({type_name}) at `{section}`+{offset:#x}"
    )]
    UnsupportedRelocation {
        /// File name.
        file: String,
        /// Section patched.
        section: String,
        /// Offset in it.
        offset: u64,
        /// ELF `r_type`.
        r_type: u32,
        /// The type's ELF name when known.
        type_name: &'static str,
    },
    /// A feature the loader does not support (thread-local storage, REL sections).
    #[error("`{file}`: unsupported: {message}")]
    Unsupported {
        /// File name.
        file: String,
        /// What.
        message: String,
    },
}

/// Largest section size accepted (a sanity bound against corrupted headers).
const MAX_SECTION: u64 = 1 << 40;

fn x86_64_kind(r_type: u32) -> Result<Option<RelocKind>, &'static str> {
    Ok(Some(match r_type {
        elf::R_X86_64_NONE => return Ok(None),
        elf::R_X86_64_64 => RelocKind::Abs64,
        elf::R_X86_64_32 => RelocKind::Abs32,
        elf::R_X86_64_32S => RelocKind::Abs32S,
        elf::R_X86_64_PC32 => RelocKind::Pc32,
        elf::R_X86_64_PC64 => RelocKind::Pc64,
        elf::R_X86_64_PLT32 => RelocKind::Plt32,
        elf::R_X86_64_GOTPCREL | elf::R_X86_64_GOTPCRELX | elf::R_X86_64_REX_GOTPCRELX => {
            RelocKind::GotPcRel
        }
        elf::R_X86_64_GOT32 => return Err("R_X86_64_GOT32"),
        elf::R_X86_64_COPY => return Err("R_X86_64_COPY"),
        elf::R_X86_64_16 => return Err("R_X86_64_16"),
        elf::R_X86_64_PC16 => return Err("R_X86_64_PC16"),
        elf::R_X86_64_8 => return Err("R_X86_64_8"),
        elf::R_X86_64_PC8 => return Err("R_X86_64_PC8"),
        elf::R_X86_64_TLSGD => return Err("R_X86_64_TLSGD (thread-local storage)"),
        elf::R_X86_64_TLSLD => return Err("R_X86_64_TLSLD (thread-local storage)"),
        elf::R_X86_64_DTPOFF32 => return Err("R_X86_64_DTPOFF32 (thread-local storage)"),
        elf::R_X86_64_GOTTPOFF => return Err("R_X86_64_GOTTPOFF (thread-local storage)"),
        elf::R_X86_64_TPOFF32 => return Err("R_X86_64_TPOFF32 (thread-local storage)"),
        elf::R_X86_64_GOTOFF64 => return Err("R_X86_64_GOTOFF64"),
        elf::R_X86_64_GOTPC32 => return Err("R_X86_64_GOTPC32"),
        elf::R_X86_64_SIZE32 => return Err("R_X86_64_SIZE32"),
        elf::R_X86_64_SIZE64 => return Err("R_X86_64_SIZE64"),
        _ => return Err("unknown"),
    }))
}

fn aarch64_kind(r_type: u32) -> Result<Option<RelocKind>, &'static str> {
    Ok(Some(match r_type {
        elf::R_AARCH64_NONE => return Ok(None),
        elf::R_AARCH64_ABS64 => RelocKind::Abs64,
        elf::R_AARCH64_PREL32 => RelocKind::Pc32,
        elf::R_AARCH64_PREL64 => RelocKind::Pc64,
        elf::R_AARCH64_CALL26 => RelocKind::Call26,
        elf::R_AARCH64_JUMP26 => RelocKind::Jump26,
        elf::R_AARCH64_ADR_PREL_PG_HI21 | elf::R_AARCH64_ADR_PREL_PG_HI21_NC => {
            RelocKind::AdrPrelPgHi21
        }
        elf::R_AARCH64_ADD_ABS_LO12_NC => RelocKind::AddAbsLo12Nc,
        elf::R_AARCH64_LDST8_ABS_LO12_NC => RelocKind::LdstAbsLo12Nc { shift: 0 },
        elf::R_AARCH64_LDST16_ABS_LO12_NC => RelocKind::LdstAbsLo12Nc { shift: 1 },
        elf::R_AARCH64_LDST32_ABS_LO12_NC => RelocKind::LdstAbsLo12Nc { shift: 2 },
        elf::R_AARCH64_LDST64_ABS_LO12_NC => RelocKind::LdstAbsLo12Nc { shift: 3 },
        elf::R_AARCH64_LDST128_ABS_LO12_NC => RelocKind::LdstAbsLo12Nc { shift: 4 },
        elf::R_AARCH64_ADR_GOT_PAGE => RelocKind::AdrGotPage,
        elf::R_AARCH64_LD64_GOT_LO12_NC => RelocKind::Ld64GotLo12Nc,
        elf::R_AARCH64_ADR_PREL_LO21 => RelocKind::AdrPrelLo21,
        elf::R_AARCH64_CONDBR19 => RelocKind::CondBr19,
        elf::R_AARCH64_TSTBR14 => RelocKind::TstBr14,
        elf::R_AARCH64_LD_PREL_LO19 => RelocKind::LdPrelLo19,
        elf::R_AARCH64_MOVW_UABS_G0 | elf::R_AARCH64_MOVW_UABS_G0_NC => {
            RelocKind::MovwUabs { group: 0 }
        }
        elf::R_AARCH64_MOVW_UABS_G1 | elf::R_AARCH64_MOVW_UABS_G1_NC => {
            RelocKind::MovwUabs { group: 1 }
        }
        elf::R_AARCH64_MOVW_UABS_G2 | elf::R_AARCH64_MOVW_UABS_G2_NC => {
            RelocKind::MovwUabs { group: 2 }
        }
        elf::R_AARCH64_MOVW_UABS_G3 => RelocKind::MovwUabs { group: 3 },
        elf::R_AARCH64_ABS32 => return Err("R_AARCH64_ABS32"),
        elf::R_AARCH64_ABS16 => return Err("R_AARCH64_ABS16"),
        elf::R_AARCH64_PREL16 => return Err("R_AARCH64_PREL16"),
        elf::R_AARCH64_TLSLE_ADD_TPREL_HI12 => {
            return Err("R_AARCH64_TLSLE_ADD_TPREL_HI12 (thread-local storage)");
        }
        elf::R_AARCH64_TLSLE_ADD_TPREL_LO12_NC => {
            return Err("R_AARCH64_TLSLE_ADD_TPREL_LO12_NC (thread-local storage)");
        }
        elf::R_AARCH64_TLSDESC_ADR_PAGE21 => {
            return Err("R_AARCH64_TLSDESC_ADR_PAGE21 (thread-local storage)");
        }
        elf::R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21 => {
            return Err("R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21 (thread-local storage)");
        }
        _ => return Err("unknown"),
    }))
}

fn skipped_by_name(name: &str) -> bool {
    name.starts_with(".note") || name.starts_with(".debug")
}

/// Loads an ELF relocatable object (`.o`) for x86-64 or AArch64. `name` is used in messages
/// and becomes the object's name.
pub fn load_elf_object(bytes: &[u8], name: &str) -> Result<CompiledObject, ElfError> {
    let file = name.to_string();
    let malformed = |message: String| ElfError::Malformed {
        file: file.clone(),
        message,
    };
    let wrong = |message: String| ElfError::WrongKind {
        file: file.clone(),
        message,
    };
    let obj = object::File::parse(bytes).map_err(|e| malformed(e.to_string()))?;
    if obj.format() != object::BinaryFormat::Elf {
        return Err(wrong(format!("is a {:?} file, not ELF", obj.format())));
    }
    if obj.kind() != object::ObjectKind::Relocatable {
        return Err(wrong(format!(
            "is an ELF {:?} file, not a relocatable object (.o)",
            obj.kind()
        )));
    }
    if !obj.is_little_endian() || !obj.is_64() {
        return Err(wrong("is not a 64-bit little-endian object".into()));
    }
    let arch = match obj.architecture() {
        object::Architecture::X86_64 => Arch::X86_64,
        object::Architecture::Aarch64 => Arch::AArch64,
        other => {
            return Err(wrong(format!(
                "is for {other:?}; x86-64 and AArch64 are supported"
            )));
        }
    };
    let flags_of = |s: &object::Section| match s.flags() {
        SectionFlags::Elf { sh_flags } => sh_flags,
        _ => 0,
    };

    // Which sections to keep: the allocatable ones, then whatever kept relocations need.
    let mut kept: HashSet<usize> = HashSet::new();
    for s in obj.sections() {
        let sname = s.name().map_err(|e| malformed(e.to_string()))?;
        if flags_of(&s) & u64::from(elf::SHF_ALLOC) != 0 && !skipped_by_name(sname) {
            kept.insert(s.index().0);
        }
    }
    let mut work: Vec<usize> = kept.iter().copied().collect();
    while let Some(si) = work.pop() {
        let s = obj
            .section_by_index(object::SectionIndex(si))
            .map_err(|e| malformed(e.to_string()))?;
        for (_, rel) in s.relocations() {
            let RelocationTarget::Symbol(symi) = rel.target() else {
                continue;
            };
            let sym = obj
                .symbol_by_index(symi)
                .map_err(|e| malformed(e.to_string()))?;
            let SymbolSection::Section(ti) = sym.section() else {
                continue;
            };
            if kept.contains(&ti.0) {
                continue;
            }
            let t = obj
                .section_by_index(ti)
                .map_err(|e| malformed(e.to_string()))?;
            if flags_of(&t) & u64::from(elf::SHF_ALLOC) == 0 {
                return Err(malformed(format!(
                    "section `{}` has a relocation against non-allocated section `{}`",
                    s.name().unwrap_or("?"),
                    t.name().unwrap_or("?")
                )));
            }
            kept.insert(ti.0);
            work.push(ti.0);
        }
    }

    let mut out = CompiledObject::new(arch, name);
    let mut section_map: HashMap<usize, SectionIndex> = HashMap::new();
    let mut kept_sorted: Vec<usize> = kept.into_iter().collect();
    kept_sorted.sort_unstable();
    for si in kept_sorted {
        let s = obj
            .section_by_index(object::SectionIndex(si))
            .map_err(|e| malformed(e.to_string()))?;
        let sname = s.name().map_err(|e| malformed(e.to_string()))?.to_string();
        let flags = flags_of(&s);
        if flags & u64::from(elf::SHF_TLS) != 0 {
            return Err(ElfError::Unsupported {
                file: file.clone(),
                message: format!("thread-local section `{sname}`"),
            });
        }
        let kind = if flags & u64::from(elf::SHF_EXECINSTR) != 0 {
            SectionKind::Code
        } else if flags & u64::from(elf::SHF_WRITE) != 0 {
            SectionKind::ReadWrite
        } else {
            SectionKind::ReadOnly
        };
        let size = s.size();
        let align = s.align().max(1);
        if size > MAX_SECTION || !align.is_power_of_two() || align > MAX_SECTION {
            return Err(malformed(format!(
                "section `{sname}` has size {size:#x} and alignment {align}"
            )));
        }
        let data = match s.kind() {
            object::SectionKind::UninitializedData => Vec::new(),
            _ => s
                .data()
                .map_err(|e| malformed(format!("section `{sname}`: {e}")))?
                .to_vec(),
        };
        if data.len() as u64 > size {
            return Err(malformed(format!(
                "section `{sname}` has more data than its size"
            )));
        }
        // A static linker ends the output's `.eh_frame` with a zero length (crtend.o); the
        // unwinder's registration reads up to it.
        let (data, size) = if sname == ".eh_frame" && data.len() as u64 == size {
            let mut data = data;
            data.extend_from_slice(&[0; 4]);
            (data, size + 4)
        } else {
            (data, size)
        };
        let idx = out.add_section(ObjSection {
            name: sname,
            kind,
            align,
            data,
            size,
        });
        section_map.insert(si, idx);
    }

    // Symbols. COMMON symbols go to a synthesized section, created at the end.
    let mut symbol_map: HashMap<usize, SymbolIndex> = HashMap::new();
    let mut commons: Vec<(SymbolIndex, u64, u64)> = Vec::new();
    for sym in obj.symbols() {
        let sname = sym
            .name()
            .map_err(|e| malformed(e.to_string()))?
            .to_string();
        let binding = if sym.is_local() {
            Binding::Local
        } else if sym.is_weak() {
            Binding::Weak
        } else {
            Binding::Global
        };
        let kind = match sym.kind() {
            object::SymbolKind::Text => SymbolKind::Function,
            object::SymbolKind::Data => SymbolKind::Data,
            object::SymbolKind::Tls => {
                // Only an error if something uses it: see the relocation loop.
                continue;
            }
            _ => SymbolKind::Unknown,
        };
        let (section, offset) = match sym.section() {
            SymbolSection::Section(si) => match section_map.get(&si.0) {
                Some(&idx) => (Some(idx), sym.address()),
                None => continue,
            },
            SymbolSection::Undefined => (None, 0),
            SymbolSection::Common => (None, 0),
            _ => continue,
        };
        let index = out.add_symbol(ObjSymbol {
            name: sname,
            section,
            offset,
            size: sym.size(),
            kind,
            binding,
        });
        if sym.section() == SymbolSection::Common {
            let align = sym.address().max(1);
            if !align.is_power_of_two() || align > MAX_SECTION || sym.size() > MAX_SECTION {
                return Err(malformed(format!(
                    "common symbol `{}` has alignment {align}",
                    out.symbols[index.0 as usize].name
                )));
            }
            commons.push((index, sym.size(), align));
        }
        symbol_map.insert(sym.index().0, index);
    }
    if !commons.is_empty() {
        let mut size = 0u64;
        let mut max_align = 1;
        let mut offsets = Vec::new();
        for &(_, sz, align) in &commons {
            size = size.next_multiple_of(align);
            offsets.push(size);
            size += sz;
            max_align = max_align.max(align);
        }
        let idx = out.add_section(ObjSection {
            name: ".bss.common".into(),
            kind: SectionKind::ReadWrite,
            align: max_align,
            data: Vec::new(),
            size,
        });
        for (&(si, _, _), off) in commons.iter().zip(offsets) {
            let s = &mut out.symbols[si.0 as usize];
            s.section = Some(idx);
            s.offset = off;
        }
    }

    // Relocations of kept sections.
    let mut absolute: Option<SymbolIndex> = None;
    let mut sections: Vec<(usize, SectionIndex)> =
        section_map.iter().map(|(&a, &b)| (a, b)).collect();
    sections.sort_unstable();
    for (si, idx) in sections {
        let s = obj
            .section_by_index(object::SectionIndex(si))
            .map_err(|e| malformed(e.to_string()))?;
        let sname = out.sections[idx.0 as usize].name.clone();
        for (offset, rel) in s.relocations() {
            let RelocationFlags::Elf { r_type } = rel.flags() else {
                return Err(malformed(format!("non-ELF relocation in `{sname}`")));
            };
            if rel.has_implicit_addend() {
                return Err(ElfError::Unsupported {
                    file: file.clone(),
                    message: format!("REL (implicit addend) relocations in `{sname}`"),
                });
            }
            let mapped = match arch {
                Arch::X86_64 => x86_64_kind(r_type),
                Arch::AArch64 => aarch64_kind(r_type),
            };
            let kind = match mapped {
                Ok(Some(k)) => k,
                Ok(None) => continue,
                Err(type_name) => {
                    return Err(ElfError::UnsupportedRelocation {
                        file: file.clone(),
                        section: sname,
                        offset,
                        r_type,
                        type_name,
                    });
                }
            };
            let symbol = match rel.target() {
                RelocationTarget::Symbol(i) => match symbol_map.get(&i.0) {
                    Some(&s) => s,
                    None => {
                        let what = obj
                            .symbol_by_index(i)
                            .ok()
                            .and_then(|s| s.name().ok().map(str::to_string));
                        return Err(ElfError::Unsupported {
                            file: file.clone(),
                            message: format!(
                                "relocation at `{sname}`+{offset:#x} uses symbol {} `{}`, which is thread-local, absolute or in a dropped section",
                                i.0,
                                what.unwrap_or_default()
                            ),
                        });
                    }
                },
                RelocationTarget::Absolute => *absolute.get_or_insert_with(|| {
                    out.add_symbol(ObjSymbol {
                        name: String::new(),
                        section: None,
                        offset: 0,
                        size: 0,
                        kind: SymbolKind::Unknown,
                        binding: Binding::Local,
                    })
                }),
                _ => {
                    return Err(malformed(format!(
                        "relocation at `{sname}`+{offset:#x} has an unusable target"
                    )));
                }
            };
            out.relocations.push(Relocation {
                section: idx,
                offset,
                kind,
                symbol,
                addend: rel.addend(),
            });
        }
    }
    Ok(out)
}
