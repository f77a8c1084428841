//! Address → function and source line, for crash reports, profilers that sample without
//! listeners, and `JitSymbolizeAddress`: [`symbolize_in_object`] does the lookup in one
//! object's tables; [`crate::Linker::symbolize`] finds the object.
//!
//! The function is the symbol covering the address (by symbol size; a symbol of unknown
//! size covers up to the next one), else the debug-information function range covering
//! it. Symbol names are what listeners see ([`crate::Linker::rename_for_listeners`]), so a
//! tier-0 body, an entry stub and a tier-up replacement all carry the function's name. The
//! source position is the last line-table row whose offset is at or before the address.

use jit_core::engine::SymbolInfo;
use jit_core::object::{
    CompiledObject, DebugFile, FunctionDebugInfo, ObjSymbol, SectionIndex, SymbolKind,
};

/// The named symbol of `section` covering `offset`: a sized symbol containing it first
/// (the innermost, i.e. the one starting last), else the closest unsized one before it.
/// Functions are preferred over other kinds at the same place.
fn covering_symbol(obj: &CompiledObject, section: SectionIndex, offset: u64) -> Option<&ObjSymbol> {
    let candidates = obj
        .symbols
        .iter()
        .filter(|s| s.section == Some(section) && !s.name.is_empty() && s.offset <= offset);
    let rank = |s: &ObjSymbol| (s.offset, s.kind == SymbolKind::Function);
    let covers = |s: &ObjSymbol| offset < s.offset.saturating_add(obj.symbol_extent(s));
    let sized = candidates
        .clone()
        .filter(|s| s.size > 0 && covers(s))
        .max_by_key(|s| rank(s));
    // An unsized symbol covers up to the next symbol of the section.
    sized.or_else(|| {
        candidates
            .filter(|s| s.size == 0 && covers(s))
            .max_by_key(|s| rank(s))
    })
}

/// The debug-information function of `section` whose code range holds `offset`.
fn covering_debug_function(
    obj: &CompiledObject,
    section: SectionIndex,
    offset: u64,
) -> Option<&FunctionDebugInfo> {
    obj.debug.as_ref()?.functions.iter().find(|f| {
        f.section == section && f.offset <= offset && offset < f.offset.saturating_add(f.size)
    })
}

/// What is at `offset` of section `section` of `obj`, with `module` as the module's name.
/// `None` when no symbol or debug function covers it.
pub fn symbolize_in_object(
    obj: &CompiledObject,
    module: &str,
    section: SectionIndex,
    offset: u64,
) -> Option<SymbolInfo> {
    let sym = covering_symbol(obj, section, offset);
    let dbg = covering_debug_function(obj, section, offset);
    let (function, start) = match (sym, dbg) {
        (Some(s), _) => (s.name.clone(), s.offset),
        (None, Some(d)) => (d.linkage_name.clone().unwrap_or(d.name.clone()), d.offset),
        (None, None) => return None,
    };
    let mut info = SymbolInfo {
        module: module.to_string(),
        function,
        offset: offset - start,
        ..SymbolInfo::default()
    };
    if let (Some(d), Some(debug)) = (dbg, obj.debug.as_ref()) {
        let within = offset - d.offset;
        let row = d
            .lines
            .iter()
            .take_while(|r| u64::from(r.offset) <= within)
            .last();
        let (file, line, column) = match row {
            Some(r) => (r.file, r.line, r.column),
            None => (d.file, d.line, 0),
        };
        info.file = debug.files.get(file as usize).map(DebugFile::path);
        info.line = line;
        info.column = column;
    }
    Some(info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::memory::SectionKind;
    use jit_core::object::{Binding, LineRow, ObjSection, ObjectDebugInfo};
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

    fn object() -> CompiledObject {
        let mut obj = CompiledObject::new(Arch::X86_64, "m.ll");
        obj.add_section(ObjSection {
            name: ".text".into(),
            kind: SectionKind::Code,
            align: 16,
            data: vec![0x90; 0x60],
            size: 0x60,
        });
        obj.add_symbol(function("first", 0, 0x20));
        obj.add_symbol(function("second", 0x20, 0x10));
        obj.add_symbol(function("unsized", 0x40, 0));
        let row = |offset, line, column| LineRow {
            offset,
            file: 0,
            line,
            column,
        };
        obj.debug = Some(Box::new(ObjectDebugInfo {
            files: vec![DebugFile {
                directory: "/src/".into(),
                name: "m.c".into(),
            }],
            functions: vec![FunctionDebugInfo {
                section: SectionIndex(0),
                offset: 0x20,
                size: 0x10,
                name: "second".into(),
                line: 7,
                lines: vec![row(0, 7, 0), row(4, 8, 3), row(9, 9, 5)],
                ..FunctionDebugInfo::default()
            }],
            ..ObjectDebugInfo::default()
        }));
        obj
    }

    fn at(offset: u64) -> Option<SymbolInfo> {
        symbolize_in_object(&object(), "m.ll", SectionIndex(0), offset)
    }

    #[test]
    fn symbols_cover_their_size() {
        let s = at(0x1f).unwrap();
        assert_eq!(
            (s.function.as_str(), s.offset, s.file),
            ("first", 0x1f, None)
        );
        assert_eq!(at(0x20).unwrap().function, "second");
        // Past `second`'s end and before `unsized`: nothing.
        assert_eq!(at(0x30), None);
        let u = at(0x50).unwrap();
        assert_eq!((u.function.as_str(), u.offset), ("unsized", 0x10));
    }

    #[test]
    fn lines_come_from_the_last_row_at_or_before_the_address() {
        let s = at(0x20 + 8).unwrap();
        assert_eq!(s.file.as_deref(), Some("/src/m.c"));
        assert_eq!((s.line, s.column, s.offset), (8, 3, 8));
        assert_eq!(at(0x20 + 9).unwrap().line, 9);
        assert_eq!(at(0x20).unwrap().line, 7);
        assert_eq!(s.to_string(), "second+0x8 at /src/m.c:8:3 (module m.ll)");
    }

    #[test]
    fn debug_ranges_name_code_without_symbols() {
        let mut obj = object();
        obj.symbols.clear();
        let s = symbolize_in_object(&obj, "m.ll", SectionIndex(0), 0x2c).unwrap();
        assert_eq!((s.function.as_str(), s.line), ("second", 9));
        assert_eq!(
            symbolize_in_object(&obj, "m.ll", SectionIndex(0), 0x10),
            None
        );
    }
}
