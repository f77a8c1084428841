//! The functions of a loaded object, with their addresses: what profilers name.

use jit_core::events::LoadedObject;
use jit_core::object::{FunctionDebugInfo, SectionIndex, SymbolKind};

/// A function of a loaded object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedFunction<'a> {
    /// The symbol's name.
    pub name: &'a str,
    /// Address of its first byte in this process.
    pub address: u64,
    /// Size in bytes (never 0).
    pub size: u64,
    /// Its section in the object.
    pub section: SectionIndex,
    /// Its offset in that section.
    pub offset: u64,
    /// Its line table, when the object has debug information for it.
    pub debug: Option<&'a FunctionDebugInfo>,
}

/// Every named function symbol of `object` whose section was placed, by address. A symbol
/// without a size extends to the next symbol of its section, or the section's end; empty
/// functions are left out, and so are repeated (name, address) pairs.
pub fn loaded_functions<'a>(object: &LoadedObject<'a>) -> Vec<LoadedFunction<'a>> {
    let obj = object.object;
    let mut out: Vec<LoadedFunction<'a>> = Vec::new();
    for sym in &obj.symbols {
        let Some(section) = sym.section else { continue };
        if sym.kind != SymbolKind::Function || sym.name.is_empty() {
            continue;
        }
        let Some(address) = object.address(section, sym.offset) else {
            continue;
        };
        let size = obj.symbol_extent(sym);
        if size == 0 {
            continue;
        }
        let debug = obj.debug.as_deref().and_then(|d| {
            d.functions
                .iter()
                .find(|f| f.section == section && f.offset == sym.offset)
        });
        out.push(LoadedFunction {
            name: &sym.name,
            address,
            size,
            section,
            offset: sym.offset,
            debug,
        });
    }
    out.sort_by(|a, b| (a.address, a.name).cmp(&(b.address, b.name)));
    out.dedup_by(|a, b| a.address == b.address && a.name == b.name);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::memory::SectionKind;
    use jit_core::object::{Binding, CompiledObject, ObjSection, ObjSymbol};
    use jit_core::target::Arch;

    fn function(name: &str, offset: u64, size: u64) -> ObjSymbol {
        ObjSymbol {
            name: name.into(),
            section: Some(SectionIndex(0)),
            offset,
            size,
            kind: SymbolKind::Function,
            binding: Binding::Global,
        }
    }

    #[test]
    fn sizes_come_from_symbols_or_their_neighbours() {
        let mut obj = CompiledObject::new(Arch::X86_64, "m");
        obj.add_section(ObjSection {
            name: ".text".into(),
            kind: SectionKind::Code,
            align: 16,
            data: vec![0xc3; 64],
            size: 64,
        });
        obj.add_symbol(function("a", 0, 16));
        obj.add_symbol(function("b", 16, 0));
        obj.add_symbol(function("c", 40, 0));
        obj.add_symbol(function("", 50, 4));
        obj.add_symbol(function("c", 40, 0));
        let addresses = [0x1000];
        let loaded = LoadedObject {
            key: 1,
            object: &obj,
            section_addresses: &addresses,
        };
        let got: Vec<(&str, u64, u64)> = loaded_functions(&loaded)
            .iter()
            .map(|f| (f.name, f.address, f.size))
            .collect();
        assert_eq!(
            got,
            [("a", 0x1000, 16), ("b", 0x1010, 24), ("c", 0x1028, 10)]
        );
    }

    #[test]
    fn unplaced_sections_give_nothing() {
        let mut obj = CompiledObject::new(Arch::X86_64, "m");
        obj.add_section(ObjSection {
            name: ".text".into(),
            kind: SectionKind::Code,
            align: 16,
            data: vec![0xc3; 8],
            size: 8,
        });
        obj.add_symbol(function("a", 0, 8));
        let loaded = LoadedObject {
            key: 1,
            object: &obj,
            section_addresses: &[0],
        };
        assert!(loaded_functions(&loaded).is_empty());
    }
}
