//! Listings of compiled code: every function of a [`CompiledObject`] disassembled with the
//! relocations that patch it, as text stable enough to snapshot.
//!
//! Both decoders are pure Rust (`iced-x86`, `yaxpeax-arm`), so a listing is the same on
//! every host. Offsets are relative to the function, so a listing does not change when
//! another function of the file does. A listing looks like:
//!
//! ```text
//! @add:
//!   0000  push rbp
//!   ...
//!   0012  call 0x17                         ; Plt32 @printf-4
//! ```

mod a64;
mod x64;

use jit_core::Arch;
use jit_core::object::{CompiledObject, ObjSymbol, RelocKind, SymbolKind};

/// One decoded instruction (or piece of data inside code).
pub struct Line {
    /// Offset from the function's start.
    pub offset: u64,
    /// Bytes it covers.
    pub len: u64,
    /// The text.
    pub text: String,
}

/// The listing of every function of `obj`, in address order.
pub fn listing(obj: &CompiledObject) -> String {
    let mut functions: Vec<&ObjSymbol> = obj
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::Function && s.section.is_some() && s.size > 0)
        .collect();
    functions.sort_by_key(|s| (s.section.map(|i| i.0), s.offset));
    let mut out = String::new();
    for (i, f) in functions.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        function_listing(obj, f, &mut out);
    }
    out
}

fn function_listing(obj: &CompiledObject, f: &ObjSymbol, out: &mut String) {
    let Some(section) = f.section else { return };
    let data = &obj.sections[section.0 as usize].data;
    let start = f.offset as usize;
    let end = (f.offset + f.size) as usize;
    out.push_str(&format!("@{}:\n", f.name));
    let Some(bytes) = data.get(start..end.min(data.len())) else {
        out.push_str("  (outside its section)\n");
        return;
    };
    let lines = match obj.arch {
        Arch::X86_64 => x64::decode(bytes),
        Arch::AArch64 => a64::decode(bytes),
    };
    let mut relocs: Vec<_> = obj
        .relocations
        .iter()
        .filter(|r| r.section == section && r.offset >= f.offset && r.offset < f.offset + f.size)
        .collect();
    relocs.sort_by_key(|r| r.offset);
    for line in lines {
        let notes: Vec<String> = relocs
            .iter()
            .filter(|r| {
                let at = r.offset - f.offset;
                at >= line.offset && at < line.offset + line.len
            })
            .map(|r| {
                let target = obj
                    .symbols
                    .get(r.symbol.0 as usize)
                    .map_or("?".to_string(), |s| {
                        if s.name.is_empty() {
                            s.section.map_or("?".to_string(), |i| {
                                obj.sections[i.0 as usize].name.clone()
                            })
                        } else {
                            format!("@{}", s.name)
                        }
                    });
                let addend = match r.addend {
                    0 => String::new(),
                    a => format!("{a:+}"),
                };
                format!("{} {target}{addend}", reloc_name(r.kind))
            })
            .collect();
        let mut text = format!("  {:04x}  {}", line.offset, line.text);
        if !notes.is_empty() {
            let width = text.len().max(40);
            text = format!("{text:<width$}  ; {}", notes.join(", "));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
}

/// A short name for a relocation kind.
fn reloc_name(kind: RelocKind) -> String {
    match kind {
        RelocKind::LdstAbsLo12Nc { shift } => format!("LdstAbsLo12Nc{}", 8 << shift),
        RelocKind::MovwUabs { group } => format!("MovwUabsG{group}"),
        other => format!("{other:?}"),
    }
}
