//! DWARF 4 for one JIT object: a compile unit with a subprogram per function (code range,
//! frame base, parameters and locals at frame offsets), the types of the variables, and a
//! line program with one sequence per function, all at absolute addresses.
//!
//! DWARF 4 rather than 5: every debugger in use reads it, and it needs no `.debug_addr`,
//! `.debug_line_str` or `.debug_rnglists`.

use gimli::write::{
    Address, AttributeValue, DwarfUnit, EndianVec, Expression, FileId, LineProgram, LineString,
    Range, RangeList, Sections, StringTable, UnitEntryId,
};
use gimli::{Encoding, Format, LineEncoding, LittleEndian, Register};

use jit_core::events::LoadedObject;
use jit_core::object::{DebugType, FunctionDebugInfo, ObjectDebugInfo};

use crate::GdbError;

/// `DW_TAG_*` values [`DebugType::Modified`] may carry.
const MODIFIER_TAGS: [gimli::DwTag; 7] = [
    gimli::DW_TAG_typedef,
    gimli::DW_TAG_const_type,
    gimli::DW_TAG_volatile_type,
    gimli::DW_TAG_restrict_type,
    gimli::DW_TAG_atomic_type,
    gimli::DW_TAG_reference_type,
    gimli::DW_TAG_rvalue_reference_type,
];

/// `DW_TAG_*` values [`DebugType::Composite`] may carry.
const COMPOSITE_TAGS: [gimli::DwTag; 3] = [
    gimli::DW_TAG_structure_type,
    gimli::DW_TAG_class_type,
    gimli::DW_TAG_union_type,
];

/// Bytes of a string for DWARF: NUL bytes dropped.
fn bytes(s: &str) -> Vec<u8> {
    s.bytes().filter(|&b| b != 0).collect()
}

/// A string attribute value, in `.debug_str`.
fn string(strings: &mut StringTable, s: &str) -> AttributeValue {
    AttributeValue::StringRef(strings.add(bytes(s)))
}

/// The DWARF sections (name and contents, empty ones left out) describing `debug` for the
/// placed `object`; `is_global` tells which symbol names are visible outside the object.
pub(crate) fn write_dwarf(
    object: &LoadedObject<'_>,
    debug: &ObjectDebugInfo,
    is_global: &dyn Fn(&str) -> bool,
) -> Result<Vec<(&'static str, Vec<u8>)>, GdbError> {
    let name = &object.object.name;
    let invalid = |message: String| GdbError::InvalidDebugInfo {
        object: name.clone(),
        message,
    };
    let encoding = Encoding {
        format: Format::Dwarf32,
        version: 4,
        address_size: 8,
    };
    let mut dwarf = DwarfUnit::new(encoding);

    // The unit's file and directory: `unit_file`, else the first file, else the object.
    let unit_file = debug
        .unit_file
        .and_then(|i| debug.files.get(i as usize))
        .or_else(|| debug.files.first());
    let comp_dir = unit_file
        .map(|f| bytes(&f.directory))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| b"/".to_vec());
    let unit_name = unit_file
        .map(|f| bytes(&f.name))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| {
            let n = bytes(name);
            if n.is_empty() { b"<jit>".to_vec() } else { n }
        });

    // Line program with every file of the object.
    let mut program = LineProgram::new(
        encoding,
        LineEncoding::default(),
        LineString::String(comp_dir.clone()),
        None,
        LineString::String(unit_name.clone()),
        None,
    );
    let file_ids: Vec<FileId> = debug
        .files
        .iter()
        .map(|f| {
            let dir = bytes(&f.directory);
            let dir_id = if dir.is_empty() || dir == comp_dir {
                program.default_directory()
            } else {
                program.add_directory(LineString::String(dir))
            };
            let mut file = bytes(&f.name);
            if file.is_empty() {
                file = b"<unknown>".to_vec();
            }
            program.add_file(LineString::String(file), dir_id, None)
        })
        .collect();
    let file_of = |i: u32| {
        file_ids
            .get(i as usize)
            .copied()
            .ok_or_else(|| invalid(format!("file index {i} out of range")))
    };

    // Function addresses first: every function must be placed.
    let mut functions: Vec<(&FunctionDebugInfo, u64)> = Vec::with_capacity(debug.functions.len());
    for f in &debug.functions {
        let address = object.address(f.section, f.offset).ok_or_else(|| {
            invalid(format!(
                "function `{}` is in section {}, which was not placed",
                f.name, f.section.0
            ))
        })?;
        functions.push((f, address));
    }
    functions.sort_by_key(|&(_, a)| a);

    for &(f, address) in &functions {
        program.begin_sequence(Some(Address::Constant(address)));
        let mut last = None;
        let mut rows = 0;
        for row in &f.lines {
            let offset = u64::from(row.offset);
            // Rows must be in order and inside the function.
            if offset >= f.size || last.is_some_and(|l| offset < l) {
                continue;
            }
            last = Some(offset);
            let file = file_of(row.file)?;
            let r = program.row();
            r.address_offset = offset;
            r.file = file;
            r.line = u64::from(row.line);
            r.column = u64::from(row.column);
            r.is_statement = true;
            // The backends' first row covers the prologue and the second starts the body:
            // mark it, since gdb skips a prologue to the first `prologue_end` (it cannot
            // tell a one-line function's prologue from its body by line changes alone).
            r.prologue_end = rows == 1;
            rows += 1;
            program.generate_row();
        }
        program.end_sequence(f.size);
    }
    dwarf.unit.line_program = program;

    // The compile unit.
    let ranges = RangeList(
        functions
            .iter()
            .map(|&(f, address)| Range::StartLength {
                begin: Address::Constant(address),
                length: f.size,
            })
            .collect(),
    );
    let ranges = dwarf.unit.ranges.add(ranges);
    let root = dwarf.unit.root();
    {
        let cu = dwarf.unit.get_mut(root);
        cu.set(
            gimli::DW_AT_producer,
            string(&mut dwarf.strings, &debug.producer),
        );
        if debug.language != 0 {
            cu.set(
                gimli::DW_AT_language,
                AttributeValue::Language(gimli::DwLang(debug.language)),
            );
        }
        cu.set(
            gimli::DW_AT_name,
            AttributeValue::StringRef(dwarf.strings.add(unit_name)),
        );
        cu.set(
            gimli::DW_AT_comp_dir,
            AttributeValue::StringRef(dwarf.strings.add(comp_dir)),
        );
        cu.set(
            gimli::DW_AT_low_pc,
            AttributeValue::Address(Address::Constant(0)),
        );
        cu.set(gimli::DW_AT_ranges, AttributeValue::RangeListRef(ranges));
    }

    let types = write_types(&mut dwarf, root, debug, &invalid)?;
    let type_of = |t: Option<u32>| -> Result<Option<UnitEntryId>, GdbError> {
        match t {
            None => Ok(None),
            Some(i) => types
                .get(i as usize)
                .copied()
                .map(Some)
                .ok_or_else(|| invalid(format!("type index {i} out of range"))),
        }
    };

    for &(f, address) in &functions {
        let sp = dwarf.unit.add(root, gimli::DW_TAG_subprogram);
        let linkage = f.linkage_name.as_deref().unwrap_or(&f.name);
        let e = dwarf.unit.get_mut(sp);
        e.set(gimli::DW_AT_name, string(&mut dwarf.strings, &f.name));
        if let Some(l) = &f.linkage_name {
            e.set(gimli::DW_AT_linkage_name, string(&mut dwarf.strings, l));
        }
        e.set(
            gimli::DW_AT_decl_file,
            AttributeValue::FileIndex(Some(file_of(f.file)?)),
        );
        e.set(
            gimli::DW_AT_decl_line,
            AttributeValue::Udata(u64::from(f.line)),
        );
        e.set(
            gimli::DW_AT_low_pc,
            AttributeValue::Address(Address::Constant(address)),
        );
        e.set(gimli::DW_AT_high_pc, AttributeValue::Udata(f.size));
        if is_global(linkage) {
            e.set(gimli::DW_AT_external, AttributeValue::Flag(true));
        }
        // What `finish` prints as "Value returned".
        if let Some(ty) = type_of(f.return_type)? {
            e.set(gimli::DW_AT_type, AttributeValue::UnitRef(ty));
        }
        if let Some(reg) = f.frame_base {
            let mut base = Expression::new();
            base.op_breg(Register(reg), 0);
            e.set(gimli::DW_AT_frame_base, AttributeValue::Exprloc(base));
        }
        // Parameters in argument order, then locals.
        let mut vars: Vec<_> = f.variables.iter().collect();
        vars.sort_by_key(|v| (v.arg == 0, v.arg));
        for v in vars {
            let tag = if v.arg > 0 {
                gimli::DW_TAG_formal_parameter
            } else {
                gimli::DW_TAG_variable
            };
            let ty = type_of(v.ty)?;
            let file = file_of(v.file)?;
            let id = dwarf.unit.add(sp, tag);
            let e = dwarf.unit.get_mut(id);
            e.set(gimli::DW_AT_name, string(&mut dwarf.strings, &v.name));
            e.set(
                gimli::DW_AT_decl_file,
                AttributeValue::FileIndex(Some(file)),
            );
            e.set(
                gimli::DW_AT_decl_line,
                AttributeValue::Udata(u64::from(v.line)),
            );
            if let Some(ty) = ty {
                e.set(gimli::DW_AT_type, AttributeValue::UnitRef(ty));
            }
            // Without a frame base the location is unknown: the debugger says so.
            if f.frame_base.is_some() {
                let jit_core::object::VariableLocation::FrameOffset(off) = v.location;
                let mut loc = Expression::new();
                loc.op_fbreg(off);
                e.set(gimli::DW_AT_location, AttributeValue::Exprloc(loc));
            }
        }
    }

    let mut sections = Sections::new(EndianVec::new(LittleEndian));
    dwarf.write(&mut sections).map_err(|e| GdbError::Dwarf {
        object: name.clone(),
        message: e.to_string(),
    })?;
    let mut out = Vec::new();
    sections
        .for_each(|id, data| -> Result<(), std::convert::Infallible> {
            if !data.slice().is_empty() {
                out.push((id.name(), data.slice().to_vec()));
            }
            Ok(())
        })
        .map_err(|e| match e {})?;
    Ok(out)
}

/// Adds a DIE for each of `debug`'s types under `root` and returns their ids, by type index.
fn write_types(
    dwarf: &mut DwarfUnit,
    root: UnitEntryId,
    debug: &ObjectDebugInfo,
    invalid: &dyn Fn(String) -> GdbError,
) -> Result<Vec<UnitEntryId>, GdbError> {
    // Every DIE first, so types can refer to each other (and to themselves) in any order.
    let mut ids = Vec::with_capacity(debug.types.len());
    for (i, t) in debug.types.iter().enumerate() {
        let tag = match t {
            DebugType::Base { .. } => gimli::DW_TAG_base_type,
            DebugType::Pointer { .. } => gimli::DW_TAG_pointer_type,
            DebugType::Modified { tag, .. } => {
                let tag = gimli::DwTag(*tag);
                if !MODIFIER_TAGS.contains(&tag) {
                    return Err(invalid(format!("type {i}: {tag} is not a type modifier")));
                }
                tag
            }
            DebugType::Composite { tag, .. } => {
                let tag = gimli::DwTag(*tag);
                if !COMPOSITE_TAGS.contains(&tag) {
                    return Err(invalid(format!("type {i}: {tag} is not a composite type")));
                }
                tag
            }
            DebugType::Array { .. } => gimli::DW_TAG_array_type,
            DebugType::Enum { .. } => gimli::DW_TAG_enumeration_type,
            DebugType::Subroutine => gimli::DW_TAG_subroutine_type,
        };
        ids.push(dwarf.unit.add(root, tag));
    }
    let reference = |t: &Option<u32>| -> Result<Option<UnitEntryId>, GdbError> {
        match *t {
            None => Ok(None),
            Some(i) => ids
                .get(i as usize)
                .copied()
                .map(Some)
                .ok_or_else(|| invalid(format!("type index {i} out of range"))),
        }
    };
    let mut index_type = None;
    for (t, &id) in debug.types.iter().zip(&ids) {
        match t {
            DebugType::Base {
                name,
                size,
                encoding,
            } => {
                let e = dwarf.unit.get_mut(id);
                e.set(gimli::DW_AT_name, string(&mut dwarf.strings, name));
                e.set(gimli::DW_AT_byte_size, AttributeValue::Udata(*size));
                e.set(
                    gimli::DW_AT_encoding,
                    AttributeValue::Encoding(gimli::DwAte(*encoding)),
                );
            }
            DebugType::Pointer { pointee, size } => {
                let pointee = reference(pointee)?;
                let e = dwarf.unit.get_mut(id);
                e.set(gimli::DW_AT_byte_size, AttributeValue::Udata(*size));
                if let Some(p) = pointee {
                    e.set(gimli::DW_AT_type, AttributeValue::UnitRef(p));
                }
            }
            DebugType::Modified { name, base, .. } => {
                let base = reference(base)?;
                let e = dwarf.unit.get_mut(id);
                if let Some(n) = name {
                    e.set(gimli::DW_AT_name, string(&mut dwarf.strings, n));
                }
                if let Some(b) = base {
                    e.set(gimli::DW_AT_type, AttributeValue::UnitRef(b));
                }
            }
            DebugType::Composite {
                name,
                size,
                members,
                ..
            } => {
                let e = dwarf.unit.get_mut(id);
                if let Some(n) = name {
                    e.set(gimli::DW_AT_name, string(&mut dwarf.strings, n));
                }
                e.set(gimli::DW_AT_byte_size, AttributeValue::Udata(*size));
                for m in members {
                    let ty = reference(&m.ty)?;
                    let mid = dwarf.unit.add(id, gimli::DW_TAG_member);
                    let e = dwarf.unit.get_mut(mid);
                    if !m.name.is_empty() {
                        e.set(gimli::DW_AT_name, string(&mut dwarf.strings, &m.name));
                    }
                    if let Some(ty) = ty {
                        e.set(gimli::DW_AT_type, AttributeValue::UnitRef(ty));
                    }
                    e.set(
                        gimli::DW_AT_data_member_location,
                        AttributeValue::Udata(m.offset),
                    );
                }
            }
            DebugType::Array { element, counts } => {
                let element = reference(element)?;
                if let Some(el) = element {
                    dwarf
                        .unit
                        .get_mut(id)
                        .set(gimli::DW_AT_type, AttributeValue::UnitRef(el));
                }
                // The index type clang names `__ARRAY_SIZE_TYPE__`, made on first use.
                let index = *index_type.get_or_insert_with(|| {
                    let it = dwarf.unit.add(root, gimli::DW_TAG_base_type);
                    let e = dwarf.unit.get_mut(it);
                    e.set(
                        gimli::DW_AT_name,
                        string(&mut dwarf.strings, "__ARRAY_SIZE_TYPE__"),
                    );
                    e.set(gimli::DW_AT_byte_size, AttributeValue::Udata(8));
                    e.set(
                        gimli::DW_AT_encoding,
                        AttributeValue::Encoding(gimli::DW_ATE_unsigned),
                    );
                    it
                });
                for count in counts {
                    let sub = dwarf.unit.add(id, gimli::DW_TAG_subrange_type);
                    let e = dwarf.unit.get_mut(sub);
                    e.set(gimli::DW_AT_type, AttributeValue::UnitRef(index));
                    if let Some(c) = count {
                        e.set(gimli::DW_AT_count, AttributeValue::Udata(*c));
                    }
                }
            }
            DebugType::Enum { name, size, values } => {
                let e = dwarf.unit.get_mut(id);
                if let Some(n) = name {
                    e.set(gimli::DW_AT_name, string(&mut dwarf.strings, n));
                }
                e.set(gimli::DW_AT_byte_size, AttributeValue::Udata(*size));
                for (n, v) in values {
                    let en = dwarf.unit.add(id, gimli::DW_TAG_enumerator);
                    let e = dwarf.unit.get_mut(en);
                    e.set(gimli::DW_AT_name, string(&mut dwarf.strings, n));
                    e.set(gimli::DW_AT_const_value, AttributeValue::Sdata(*v));
                }
            }
            // Parameters unknown: an unprototyped `void ()`.
            DebugType::Subroutine => {}
        }
    }
    Ok(ids)
}
