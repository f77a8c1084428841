//! The in-memory ELF object a debugger loads for one JIT object.
//!
//! It is a relocatable object (`ET_REL`, as LLVM's MCJIT registers) without relocations:
//! each placed section of the JIT object becomes an `SHT_NOBITS` section whose `sh_addr` is
//! the address it was placed at, so debuggers take the section addresses as they are (GDB
//! hands `sh_addr` of every allocated section to its symbol reader as the load address).
//! `.eh_frame` is left out: its bytes are not copied, and debuggers unwind JIT frames
//! through the frame pointer (prologue analysis).
//! Symbol values are offsets in their sections, as in any relocatable object; DWARF
//! addresses are absolute. Code bytes are not copied: the debugger reads them from the
//! process.

use std::collections::HashSet;

use jit_core::events::LoadedObject;
use jit_core::memory::SectionKind;
use jit_core::object::{Binding, ObjSection, SectionIndex, SymbolKind};
use jit_core::target::Arch;
use object::elf;
use object::write::elf::{FileHeader, SectionHeader, Sym, Writer};

use crate::GdbError;

/// A symbol of the image.
struct OutSymbol {
    name: Vec<u8>,
    /// Index of the JIT object's section.
    section: SectionIndex,
    offset: u64,
    size: u64,
    st_type: u8,
    st_bind: u8,
}

/// Builds the ELF image registered with debuggers for `object`: its placed sections at
/// their addresses, a symbol per named function and data object, and DWARF when
/// [`jit_core::object::CompiledObject::debug`] is present.
///
/// A function symbol whose name matches a function of the debug information (its linkage
/// name, else its name) takes that function's code range: with tiered entry stubs the
/// symbol names the stub while the debug information describes the body. Debug functions
/// without a symbol get a local one.
pub fn build_debug_object(object: &LoadedObject<'_>) -> Result<Vec<u8>, GdbError> {
    let obj = object.object;
    let machine = match obj.arch {
        Arch::X86_64 => elf::EM_X86_64,
        Arch::AArch64 => elf::EM_AARCH64,
    };
    let invalid = |message: String| GdbError::InvalidDebugInfo {
        object: obj.name.clone(),
        message,
    };

    // Placed sections, in the JIT object's order. Unwind tables are left out: their bytes
    // are not in the image, and debuggers unwind JIT frames through the frame pointer.
    let placed: Vec<(SectionIndex, &ObjSection, u64)> = obj
        .sections
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let index = SectionIndex(u32::try_from(i).ok()?);
            let address = object.address(index, 0)?;
            let unwind = s.name == ".eh_frame" || s.name == ".eh_frame_hdr";
            (s.size > 0 && !unwind).then_some((index, s, address))
        })
        .collect();
    let is_placed = |s: SectionIndex| placed.iter().any(|&(p, _, _)| p == s);

    // Symbols: the object's named definitions, with debug ranges for functions.
    let debug = obj.debug.as_deref();
    let mut symbols = Vec::new();
    let mut named: HashSet<&str> = HashSet::new();
    let mut globals: HashSet<&str> = HashSet::new();
    for sym in &obj.symbols {
        let Some(section) = sym.section else { continue };
        if sym.name.is_empty() || sym.name.contains('\0') || !is_placed(section) {
            continue;
        }
        let st_type = match sym.kind {
            SymbolKind::Function => elf::STT_FUNC,
            SymbolKind::Data => elf::STT_OBJECT,
            SymbolKind::Unknown => elf::STT_NOTYPE,
        };
        let st_bind = match sym.binding {
            Binding::Local => elf::STB_LOCAL,
            Binding::Global => elf::STB_GLOBAL,
            Binding::Weak => elf::STB_WEAK,
        };
        if sym.binding != Binding::Local {
            globals.insert(&sym.name);
        }
        let body = debug
            .filter(|_| sym.kind == SymbolKind::Function)
            .and_then(|d| {
                d.functions
                    .iter()
                    .find(|f| f.linkage_name.as_deref().unwrap_or(&f.name) == sym.name)
            })
            .filter(|f| is_placed(f.section));
        let (section, offset, size) = match body {
            Some(f) => (f.section, f.offset, f.size),
            None => (section, sym.offset, sym.size),
        };
        named.insert(&sym.name);
        symbols.push(OutSymbol {
            name: sym.name.as_bytes().to_vec(),
            section,
            offset,
            size,
            st_type,
            st_bind,
        });
    }
    if let Some(d) = debug {
        for f in &d.functions {
            if !is_placed(f.section) {
                return Err(invalid(format!(
                    "function `{}` is in section {}, which was not placed",
                    f.name, f.section.0
                )));
            }
            let name = f.linkage_name.as_deref().unwrap_or(&f.name);
            if name.is_empty() || name.contains('\0') || named.contains(name) {
                continue;
            }
            named.insert(name);
            symbols.push(OutSymbol {
                name: name.as_bytes().to_vec(),
                section: f.section,
                offset: f.offset,
                size: f.size,
                st_type: elf::STT_FUNC,
                st_bind: elf::STB_LOCAL,
            });
        }
    }
    // Locals first, as `sh_info` of `.symtab` requires.
    symbols.sort_by_key(|s| s.st_bind != elf::STB_LOCAL);

    let dwarf = match debug {
        Some(d) => crate::dwarf::write_dwarf(object, d, &|name| globals.contains(name))?,
        None => Vec::new(),
    };

    let section_names: Vec<Vec<u8>> = placed
        .iter()
        .map(|&(_, s, _)| {
            let name: Vec<u8> = s.name.bytes().filter(|&b| b != 0).collect();
            if !name.is_empty() {
                return name;
            }
            match s.kind {
                SectionKind::Code => b".text".to_vec(),
                SectionKind::ReadOnly => b".rodata".to_vec(),
                SectionKind::ReadWrite => b".data".to_vec(),
            }
        })
        .collect();

    let mut buffer = Vec::new();
    let mut w = Writer::new(object::Endianness::Little, true, &mut buffer);
    w.reserve_file_header();
    w.reserve_null_section_index();
    let mut placed_out = Vec::with_capacity(placed.len());
    for name in &section_names {
        let name = w.add_section_name(name);
        placed_out.push((name, w.reserve_section_index()));
    }
    let mut dwarf_out = Vec::with_capacity(dwarf.len());
    for (name, _) in &dwarf {
        let name = w.add_section_name(name.as_bytes());
        dwarf_out.push((name, w.reserve_section_index()));
    }
    w.reserve_null_symbol_index();
    let mut symbols_out = Vec::with_capacity(symbols.len());
    for s in &symbols {
        let out_section = placed
            .iter()
            .position(|&(p, _, _)| p == s.section)
            .and_then(|k| placed_out.get(k))
            .map(|&(_, index)| index);
        let name = w.add_string(&s.name);
        w.reserve_symbol_index(out_section);
        symbols_out.push((name, out_section));
    }
    w.reserve_symtab_section_index();
    w.reserve_strtab_section_index();
    w.reserve_shstrtab_section_index();
    let dwarf_offsets: Vec<usize> = dwarf.iter().map(|(_, d)| w.reserve(d.len(), 1)).collect();
    w.reserve_symtab();
    w.reserve_strtab();
    w.reserve_shstrtab();
    w.reserve_section_headers();

    w.write_file_header(&FileHeader {
        os_abi: elf::ELFOSABI_NONE,
        abi_version: 0,
        e_type: elf::ET_REL,
        e_machine: machine,
        e_entry: 0,
        e_flags: 0,
    })
    .map_err(|e| GdbError::Elf {
        object: obj.name.clone(),
        message: e.to_string(),
    })?;
    for ((_, data), &offset) in dwarf.iter().zip(&dwarf_offsets) {
        w.pad_until(offset);
        w.write(data);
    }
    w.write_null_symbol();
    let num_local = 1 + symbols
        .iter()
        .filter(|s| s.st_bind == elf::STB_LOCAL)
        .count() as u32;
    for (s, &(name, section)) in symbols.iter().zip(&symbols_out) {
        w.write_symbol(&Sym {
            name: Some(name),
            section,
            st_info: (s.st_bind << 4) | s.st_type,
            st_other: elf::STV_DEFAULT,
            st_shndx: 0,
            st_value: s.offset,
            st_size: s.size,
        });
    }
    w.write_strtab();
    w.write_shstrtab();
    w.write_null_section_header();
    for (&(_, s, address), &(name, _)) in placed.iter().zip(&placed_out) {
        let flags = match s.kind {
            SectionKind::Code => elf::SHF_ALLOC | elf::SHF_EXECINSTR,
            SectionKind::ReadOnly => elf::SHF_ALLOC,
            SectionKind::ReadWrite => elf::SHF_ALLOC | elf::SHF_WRITE,
        };
        w.write_section_header(&SectionHeader {
            name: Some(name),
            sh_type: elf::SHT_NOBITS,
            sh_flags: u64::from(flags),
            sh_addr: address,
            sh_offset: 0,
            sh_size: s.size,
            sh_link: 0,
            sh_info: 0,
            sh_addralign: s.align.max(1),
            sh_entsize: 0,
        });
    }
    for ((_, data), (&(name, _), &offset)) in dwarf.iter().zip(dwarf_out.iter().zip(&dwarf_offsets))
    {
        w.write_section_header(&SectionHeader {
            name: Some(name),
            sh_type: elf::SHT_PROGBITS,
            sh_flags: 0,
            sh_addr: 0,
            sh_offset: offset as u64,
            sh_size: data.len() as u64,
            sh_link: 0,
            sh_info: 0,
            sh_addralign: 1,
            sh_entsize: 0,
        });
    }
    w.write_symtab_section_header(num_local);
    w.write_strtab_section_header();
    w.write_shstrtab_section_header();
    Ok(buffer)
}
