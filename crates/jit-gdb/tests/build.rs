//! `build_debug_object` on hand-made objects, read back with `object` and `gimli::read`:
//! sections at their load addresses, symbols (with debug ranges for stubbed functions),
//! line rows at the right addresses, subprograms, variable locations and types; and the
//! registration list under `__jit_debug_descriptor`.

use std::collections::BTreeMap;

use gimli::{EndianSlice, LittleEndian};
use jit_core::events::{JitEventListener, LoadedObject};
use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, DebugFile, DebugMember, DebugType, DebugVariable, FunctionDebugInfo,
    LineRow, ObjSection, ObjSymbol, ObjectDebugInfo, SectionIndex, SymbolKind, VariableLocation,
};
use jit_core::target::Arch;
use jit_gdb::{GdbError, GdbRegistration, build_debug_object};
use object::{Object, ObjectSection, ObjectSymbol};

const TEXT: u64 = 0x7f00_1000_0000;
const DATA: u64 = 0x7f00_2000_0000;

fn section(name: &str, kind: SectionKind, size: u64) -> ObjSection {
    ObjSection {
        name: name.into(),
        kind,
        align: 16,
        data: vec![0; size as usize],
        size,
    }
}

fn symbol(
    name: &str,
    section: u32,
    offset: u64,
    size: u64,
    kind: SymbolKind,
    b: Binding,
) -> ObjSymbol {
    ObjSymbol {
        name: name.into(),
        section: Some(SectionIndex(section)),
        offset,
        size,
        kind,
        binding: b,
    }
}

fn row(offset: u32, file: u32, line: u32) -> LineRow {
    LineRow {
        offset,
        file,
        line,
        column: 3,
    }
}

fn var(name: &str, arg: u32, ty: u32, off: i64) -> DebugVariable {
    DebugVariable {
        name: name.into(),
        arg,
        file: 0,
        line: 10,
        ty: Some(ty),
        location: VariableLocation::FrameOffset(off),
    }
}

/// Types: 0 int, 1 struct point {int x; int y}, 2 point *, 3 typedef point_t, 4 const int,
/// 5 int[4][2], 6 enum color, 7 union, 8 void *, 9 function type.
fn types() -> Vec<DebugType> {
    vec![
        DebugType::Base {
            name: "int".into(),
            size: 4,
            encoding: gimli::DW_ATE_signed.0,
        },
        DebugType::Composite {
            tag: gimli::DW_TAG_structure_type.0,
            name: Some("point".into()),
            size: 8,
            members: vec![
                DebugMember {
                    name: "x".into(),
                    ty: Some(0),
                    offset: 0,
                },
                DebugMember {
                    name: "y".into(),
                    ty: Some(0),
                    offset: 4,
                },
            ],
        },
        DebugType::Pointer {
            pointee: Some(1),
            size: 8,
        },
        DebugType::Modified {
            tag: gimli::DW_TAG_typedef.0,
            name: Some("point_t".into()),
            base: Some(1),
        },
        DebugType::Modified {
            tag: gimli::DW_TAG_const_type.0,
            name: None,
            base: Some(0),
        },
        DebugType::Array {
            element: Some(0),
            counts: vec![Some(4), Some(2)],
        },
        DebugType::Enum {
            name: Some("color".into()),
            size: 4,
            values: vec![("RED".into(), 0), ("BLUE".into(), -1)],
        },
        DebugType::Composite {
            tag: gimli::DW_TAG_union_type.0,
            name: None,
            size: 4,
            members: vec![DebugMember {
                name: "i".into(),
                ty: Some(0),
                offset: 0,
            }],
        },
        DebugType::Pointer {
            pointee: None,
            size: 8,
        },
        DebugType::Subroutine,
    ]
}

/// An object with `main_fn` (global, 0..0x40), `helper` (local, 0x40..0x70), `tiered`
/// (a stub at 0x80 whose body is at 0xa0..0xc0), `anon` (debug only, 0xc0..0xd0) and the
/// data object `counter`.
fn sample(arch: Arch) -> CompiledObject {
    let mut obj = CompiledObject::new(arch, "sample");
    obj.add_section(section(".text", SectionKind::Code, 0x100));
    obj.add_section(section(".data", SectionKind::ReadWrite, 16));
    obj.add_section(section(".bss.unplaced", SectionKind::ReadWrite, 0));
    obj.add_section(section(".eh_frame", SectionKind::ReadOnly, 0x40));
    obj.add_symbol(symbol(
        "main_fn",
        0,
        0,
        0x40,
        SymbolKind::Function,
        Binding::Global,
    ));
    obj.add_symbol(symbol(
        "helper",
        0,
        0x40,
        0x30,
        SymbolKind::Function,
        Binding::Local,
    ));
    obj.add_symbol(symbol(
        "tiered",
        0,
        0x80,
        8,
        SymbolKind::Function,
        Binding::Global,
    ));
    obj.add_symbol(symbol(
        "counter",
        1,
        8,
        8,
        SymbolKind::Data,
        Binding::Global,
    ));
    obj.add_symbol(ObjSymbol {
        name: "printf".into(),
        section: None,
        offset: 0,
        size: 0,
        kind: SymbolKind::Unknown,
        binding: Binding::Global,
    });
    let fb = match arch {
        Arch::X86_64 => 6,
        Arch::AArch64 => 29,
    };
    let function =
        |name: &str, offset: u64, size: u64, line: u32, lines: Vec<LineRow>| FunctionDebugInfo {
            section: SectionIndex(0),
            offset,
            size,
            name: name.into(),
            linkage_name: None,
            file: 0,
            line,
            lines,
            frame_base: Some(fb),
            variables: Vec::new(),
            return_type: None,
        };
    let mut main_fn = function(
        "main_fn",
        0,
        0x40,
        10,
        vec![
            row(0, 0, 10),
            row(8, 0, 11),
            row(0x20, 1, 3),
            row(0x30, 0, 12),
        ],
    );
    main_fn.variables = vec![
        var("p", 2, 2, -32),
        var("n", 1, 0, -20),
        var("grid", 0, 5, -64),
        var("c", 0, 6, -68),
    ];
    let mut helper = function("helper", 0x40, 0x30, 20, vec![row(0, 0, 20), row(4, 0, 21)]);
    helper.linkage_name = Some("helper".into());
    helper.variables = vec![var("pt", 1, 3, -16), var("k", 0, 4, -4), var("u", 0, 7, -8)];
    let tiered = function(
        "tiered",
        0xa0,
        0x20,
        30,
        // Out of order and out of range rows are dropped.
        vec![
            row(0, 0, 30),
            row(0x10, 0, 31),
            row(0x8, 0, 99),
            row(0x40, 0, 98),
        ],
    );
    let mut anon = function("anon", 0xc0, 0x10, 40, vec![row(0, 0, 40)]);
    anon.frame_base = None;
    anon.variables = vec![var("lost", 0, 8, -8)];
    obj.debug = Some(Box::new(ObjectDebugInfo {
        producer: "jit-gdb test".into(),
        language: gimli::DW_LANG_C11.0,
        unit_file: Some(0),
        files: vec![
            DebugFile {
                directory: "/src".into(),
                name: "demo.c".into(),
            },
            DebugFile {
                directory: "/src/include".into(),
                name: "util.h".into(),
            },
        ],
        functions: vec![tiered, main_fn, helper, anon],
        types: types(),
    }));
    obj
}

const ADDRESSES: [u64; 4] = [TEXT, DATA, 0, 0x7f00_3000_0000];

fn loaded(obj: &CompiledObject, key: u64) -> LoadedObject<'_> {
    LoadedObject {
        key,
        object: obj,
        section_addresses: &ADDRESSES,
    }
}

type Slice<'a> = EndianSlice<'a, LittleEndian>;

fn dwarf<'a>(file: &'a object::File<'a>) -> gimli::Dwarf<Slice<'a>> {
    gimli::Dwarf::load(|id| -> Result<Slice<'a>, gimli::Error> {
        let data = file
            .section_by_name(id.name())
            .and_then(|s| s.data().ok())
            .unwrap_or(&[]);
        Ok(EndianSlice::new(data, LittleEndian))
    })
    .unwrap()
}

/// Line rows: (address, "dir/file", line), end-of-sequence rows as line 0 with name "end".
fn line_rows(d: &gimli::Dwarf<Slice<'_>>) -> Vec<(u64, String, u64)> {
    let mut units = d.units();
    let header = units.next().unwrap().unwrap();
    let unit = d.unit(header).unwrap();
    let program = unit.line_program.clone().unwrap();
    let mut rows = program.rows();
    let mut out = Vec::new();
    while let Some((header, row)) = rows.next_row().unwrap() {
        if row.end_sequence() {
            out.push((row.address(), "end".into(), 0));
            continue;
        }
        let file = row.file(header).unwrap();
        let dir = file
            .directory(header)
            .map(|a| {
                d.attr_string(&unit, a)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .unwrap_or_default();
        let name = d.attr_string(&unit, file.path_name()).unwrap();
        out.push((
            row.address(),
            format!("{dir}/{}", name.to_string_lossy()),
            row.line().map_or(0, |l| l.get()),
        ));
    }
    out
}

#[derive(Debug, Default)]
struct Sub {
    low: u64,
    size: u64,
    external: bool,
    frame_base: Vec<u8>,
    /// (tag, name, location bytes, type tag)
    vars: Vec<(gimli::DwTag, String, Vec<u8>, Option<gimli::DwTag>)>,
}

fn subprograms(d: &gimli::Dwarf<Slice<'_>>) -> BTreeMap<String, Sub> {
    let mut units = d.units();
    let header = units.next().unwrap().unwrap();
    let unit = d.unit(header).unwrap();
    let mut out = BTreeMap::new();
    let mut tree = unit.entries_tree(None).unwrap();
    let root = tree.root().unwrap();
    assert_eq!(root.entry().tag(), gimli::DW_TAG_compile_unit);
    let name_of = |e: &gimli::DebuggingInformationEntry<Slice<'_>>| {
        e.attr_value(gimli::DW_AT_name)
            .and_then(|v| d.attr_string(&unit, v).ok())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut children = root.children();
    while let Some(child) = children.next().unwrap() {
        let e = child.entry();
        if e.tag() != gimli::DW_TAG_subprogram {
            continue;
        }
        let mut sub = Sub::default();
        if let Some(gimli::AttributeValue::Addr(a)) = e.attr_value(gimli::DW_AT_low_pc) {
            sub.low = a;
        }
        if let Some(v) = e.attr_value(gimli::DW_AT_high_pc) {
            sub.size = v.udata_value().unwrap();
        }
        sub.external = e.attr_value(gimli::DW_AT_external).is_some();
        if let Some(gimli::AttributeValue::Exprloc(x)) = e.attr_value(gimli::DW_AT_frame_base) {
            sub.frame_base = x.0.to_vec();
        }
        let name = name_of(e);
        let mut vars = child.children();
        while let Some(v) = vars.next().unwrap() {
            let ve = v.entry();
            let loc = match ve.attr_value(gimli::DW_AT_location) {
                Some(gimli::AttributeValue::Exprloc(x)) => x.0.to_vec(),
                _ => Vec::new(),
            };
            let ty = match ve.attr_value(gimli::DW_AT_type) {
                Some(gimli::AttributeValue::UnitRef(o)) => Some(unit.entry(o).unwrap().tag()),
                _ => None,
            };
            sub.vars.push((ve.tag(), name_of(ve), loc, ty));
        }
        out.insert(name, sub);
    }
    out
}

/// `DW_OP_fbreg` with its SLEB128 operand.
fn fbreg(mut off: i64) -> Vec<u8> {
    let mut out = vec![gimli::DW_OP_fbreg.0];
    loop {
        let byte = (off & 0x7f) as u8;
        off >>= 7;
        let done = (off == 0 && byte & 0x40 == 0) || (off == -1 && byte & 0x40 != 0);
        out.push(if done { byte } else { byte | 0x80 });
        if done {
            return out;
        }
    }
}

#[test]
fn sections_and_symbols_sit_at_the_load_addresses() {
    let obj = sample(Arch::X86_64);
    let image = build_debug_object(&loaded(&obj, 1)).unwrap();
    let file = object::File::parse(&*image).unwrap();
    assert_eq!(file.kind(), object::ObjectKind::Relocatable);
    assert_eq!(file.architecture(), object::Architecture::X86_64);
    let text = file.section_by_name(".text").unwrap();
    assert_eq!((text.address(), text.size()), (TEXT, 0x100));
    let data = file.section_by_name(".data").unwrap();
    assert_eq!((data.address(), data.size()), (DATA, 16));
    assert!(file.section_by_name(".bss.unplaced").is_none());
    // Unwind tables stay out (their bytes are not copied).
    assert!(file.section_by_name(".eh_frame").is_none());
    for name in [
        ".debug_info",
        ".debug_abbrev",
        ".debug_line",
        ".debug_str",
        ".debug_ranges",
    ] {
        assert!(file.section_by_name(name).is_some(), "{name} missing");
    }
    let mut syms = BTreeMap::new();
    for s in file.symbols() {
        let section = file.section_by_index(s.section_index().unwrap()).unwrap();
        // Relocatable: values are section offsets; the debugger adds `sh_addr`.
        let address = section.address() + s.address();
        syms.insert(
            s.name().unwrap().to_string(),
            (address, s.size(), s.kind(), s.is_global()),
        );
    }
    use object::SymbolKind as K;
    let expected = BTreeMap::from([
        ("main_fn".to_string(), (TEXT, 0x40, K::Text, true)),
        ("helper".to_string(), (TEXT + 0x40, 0x30, K::Text, false)),
        // The stub's symbol takes the body's range.
        ("tiered".to_string(), (TEXT + 0xa0, 0x20, K::Text, true)),
        ("anon".to_string(), (TEXT + 0xc0, 0x10, K::Text, false)),
        ("counter".to_string(), (DATA + 8, 8, K::Data, true)),
    ]);
    assert_eq!(syms, expected);
}

#[test]
fn line_table_rows_are_the_given_lines() {
    let obj = sample(Arch::X86_64);
    let image = build_debug_object(&loaded(&obj, 1)).unwrap();
    let file = object::File::parse(&*image).unwrap();
    let d = dwarf(&file);
    let c = |s: &str| s.to_string();
    let expected = vec![
        (TEXT, c("/src/demo.c"), 10),
        (TEXT + 8, c("/src/demo.c"), 11),
        (TEXT + 0x20, c("/src/include/util.h"), 3),
        (TEXT + 0x30, c("/src/demo.c"), 12),
        (TEXT + 0x40, c("end"), 0),
        (TEXT + 0x40, c("/src/demo.c"), 20),
        (TEXT + 0x44, c("/src/demo.c"), 21),
        (TEXT + 0x70, c("end"), 0),
        (TEXT + 0xa0, c("/src/demo.c"), 30),
        (TEXT + 0xb0, c("/src/demo.c"), 31),
        (TEXT + 0xc0, c("end"), 0),
        (TEXT + 0xc0, c("/src/demo.c"), 40),
        (TEXT + 0xd0, c("end"), 0),
    ];
    assert_eq!(line_rows(&d), expected);
}

#[test]
fn subprograms_variables_and_types() {
    let obj = sample(Arch::X86_64);
    let image = build_debug_object(&loaded(&obj, 1)).unwrap();
    let file = object::File::parse(&*image).unwrap();
    let d = dwarf(&file);
    let subs = subprograms(&d);
    assert_eq!(
        subs.keys().collect::<Vec<_>>(),
        ["anon", "helper", "main_fn", "tiered"]
    );
    let main_fn = &subs["main_fn"];
    assert_eq!(
        (main_fn.low, main_fn.size, main_fn.external),
        (TEXT, 0x40, true)
    );
    // DW_OP_breg6 (rbp) + 0.
    assert_eq!(main_fn.frame_base, vec![gimli::DW_OP_breg6.0, 0]);
    use gimli::{
        DW_TAG_array_type as ARRAY, DW_TAG_base_type as BASE, DW_TAG_const_type as CONST,
        DW_TAG_enumeration_type as ENUM, DW_TAG_formal_parameter as PARAM,
        DW_TAG_pointer_type as POINTER, DW_TAG_typedef as TYPEDEF, DW_TAG_union_type as UNION,
        DW_TAG_variable as VAR,
    };
    // Parameters in argument order, then locals in their order.
    assert_eq!(
        main_fn.vars,
        vec![
            (PARAM, "n".into(), fbreg(-20), Some(BASE)),
            (PARAM, "p".into(), fbreg(-32), Some(POINTER)),
            (VAR, "grid".into(), fbreg(-64), Some(ARRAY)),
            (VAR, "c".into(), fbreg(-68), Some(ENUM)),
        ]
    );
    let helper = &subs["helper"];
    assert_eq!(
        (helper.low, helper.size, helper.external),
        (TEXT + 0x40, 0x30, false)
    );
    assert_eq!(
        helper.vars,
        vec![
            (PARAM, "pt".into(), fbreg(-16), Some(TYPEDEF)),
            (VAR, "k".into(), fbreg(-4), Some(CONST)),
            (VAR, "u".into(), fbreg(-8), Some(UNION)),
        ]
    );
    assert_eq!(
        (subs["tiered"].low, subs["tiered"].size),
        (TEXT + 0xa0, 0x20)
    );
    // No frame base: no location.
    let anon = &subs["anon"];
    assert!(anon.frame_base.is_empty());
    assert_eq!(
        anon.vars,
        vec![(VAR, "lost".into(), Vec::new(), Some(POINTER))]
    );
}

#[test]
fn type_dies_have_their_attributes() {
    let obj = sample(Arch::X86_64);
    let image = build_debug_object(&loaded(&obj, 1)).unwrap();
    let file = object::File::parse(&*image).unwrap();
    let d = dwarf(&file);
    let header = d.units().next().unwrap().unwrap();
    let unit = d.unit(header).unwrap();
    let mut entries = unit.entries();
    let mut seen = Vec::new();
    while let Some(e) = entries.next_dfs().unwrap() {
        let name = e
            .attr_value(gimli::DW_AT_name)
            .and_then(|v| d.attr_string(&unit, v).ok())
            .map(|s| s.to_string_lossy().into_owned());
        match e.tag() {
            gimli::DW_TAG_structure_type => {
                assert_eq!(name.as_deref(), Some("point"));
                assert_eq!(
                    e.attr_value(gimli::DW_AT_byte_size).unwrap().udata_value(),
                    Some(8)
                );
            }
            gimli::DW_TAG_member if name.as_deref() == Some("y") => {
                let off = e.attr_value(gimli::DW_AT_data_member_location).unwrap();
                assert_eq!(off.udata_value(), Some(4));
            }
            gimli::DW_TAG_subrange_type => {
                let count = e.attr_value(gimli::DW_AT_count).unwrap().udata_value();
                seen.push(format!("subrange {count:?}"));
            }
            gimli::DW_TAG_enumerator => {
                let v = e
                    .attr_value(gimli::DW_AT_const_value)
                    .unwrap()
                    .sdata_value();
                seen.push(format!("{} = {v:?}", name.unwrap_or_default()));
            }
            gimli::DW_TAG_typedef => seen.push(format!("typedef {name:?}")),
            gimli::DW_TAG_subroutine_type => seen.push("subroutine".into()),
            gimli::DW_TAG_compile_unit => {
                assert_eq!(name.as_deref(), Some("demo.c"));
                let lang = e.attr_value(gimli::DW_AT_language);
                assert_eq!(
                    lang,
                    Some(gimli::AttributeValue::Language(gimli::DW_LANG_C11))
                );
                let dir = e.attr_value(gimli::DW_AT_comp_dir).unwrap();
                assert_eq!(&*d.attr_string(&unit, dir).unwrap(), b"/src");
            }
            _ => {}
        }
    }
    assert_eq!(
        seen,
        [
            "typedef Some(\"point_t\")",
            "subrange Some(4)",
            "subrange Some(2)",
            "RED = Some(0)",
            "BLUE = Some(-1)",
            "subroutine"
        ]
    );
}

#[test]
fn aarch64_objects_use_em_aarch64_and_x29() {
    let obj = sample(Arch::AArch64);
    let image = build_debug_object(&loaded(&obj, 1)).unwrap();
    let file = object::File::parse(&*image).unwrap();
    assert_eq!(file.architecture(), object::Architecture::Aarch64);
    let d = dwarf(&file);
    let subs = subprograms(&d);
    // DW_OP_breg29 + 0.
    assert_eq!(subs["main_fn"].frame_base, vec![gimli::DW_OP_breg29.0, 0]);
    assert_eq!(line_rows(&d)[1], (TEXT + 8, "/src/demo.c".into(), 11));
}

#[test]
fn objects_without_debug_info_have_symbols_only() {
    let mut obj = sample(Arch::X86_64);
    obj.debug = None;
    let image = build_debug_object(&loaded(&obj, 1)).unwrap();
    let file = object::File::parse(&*image).unwrap();
    assert!(file.section_by_name(".debug_info").is_none());
    let tiered = file.symbols().find(|s| s.name() == Ok("tiered")).unwrap();
    assert_eq!((tiered.address(), tiered.size()), (0x80, 8));
    assert_eq!(file.symbols().count(), 4);
}

#[test]
fn bad_indices_are_errors() {
    let mut obj = sample(Arch::X86_64);
    if let Some(d) = obj.debug.as_mut() {
        d.functions[0].lines[1].file = 7;
    }
    let err = build_debug_object(&loaded(&obj, 1)).unwrap_err();
    assert!(matches!(err, GdbError::InvalidDebugInfo { .. }), "{err}");
    assert!(err.to_string().contains("file index 7"), "{err}");

    let mut obj = sample(Arch::X86_64);
    if let Some(d) = obj.debug.as_mut() {
        d.functions[1].variables[0].ty = Some(100);
    }
    let err = build_debug_object(&loaded(&obj, 1)).unwrap_err();
    assert!(err.to_string().contains("type index 100"), "{err}");

    let mut obj = sample(Arch::X86_64);
    if let Some(d) = obj.debug.as_mut() {
        d.functions[1].section = SectionIndex(2);
    }
    let err = build_debug_object(&loaded(&obj, 1)).unwrap_err();
    assert!(err.to_string().contains("not placed"), "{err}");
}

#[test]
fn registration_links_and_unlinks_images() {
    let reg = GdbRegistration::global();
    let obj = sample(Arch::X86_64);
    let key = 0x5eed_0001;
    reg.object_loaded(&loaded(&obj, key));
    assert_eq!(reg.take_last_error(), None);
    assert!(reg.is_registered(key));
    let image = reg.image(key).unwrap();
    assert_eq!(image, build_debug_object(&loaded(&obj, key)).unwrap());
    assert!(jit_gdb::registered_images().contains(&image));
    // SAFETY: only read, for the version field, which never changes.
    let version = unsafe { (*jit_gdb::__jit_debug_descriptor.as_ptr()).version };
    assert_eq!(version, 1);

    // A second object, then the first freed: the list keeps the second.
    let mut other = sample(Arch::X86_64);
    other.name = "other".into();
    other.symbols[0].name = "main_other".into();
    reg.object_loaded(&loaded(&other, key + 1));
    let other_image = reg.image(key + 1).unwrap();
    reg.object_freed(key);
    assert!(!reg.is_registered(key));
    let images = jit_gdb::registered_images();
    assert!(!images.contains(&image));
    assert!(images.contains(&other_image));
    reg.object_freed(key + 1);
    assert!(!jit_gdb::registered_images().contains(&other_image));

    // A failed build is reported, not registered.
    let mut bad = sample(Arch::X86_64);
    if let Some(d) = bad.debug.as_mut() {
        d.functions[0].file = 9;
    }
    reg.object_loaded(&loaded(&bad, key + 2));
    assert!(!reg.is_registered(key + 2));
    assert!(matches!(
        reg.take_last_error(),
        Some(GdbError::InvalidDebugInfo { .. })
    ));
}

/// The lines of each function's `!dbg` locations in `m` (its own code, not inlined code),
/// leaving out unconditional branches when `code_only` (at -O0 a branch to the next block
/// is no code at all).
fn ir_lines(
    m: &jit_core::ir::Module,
    code_only: bool,
) -> BTreeMap<String, std::collections::BTreeSet<u64>> {
    let mut out = BTreeMap::new();
    for f in m.functions.values() {
        let (Some(sp), Some(body)) = (f.subprogram, &f.body) else {
            continue;
        };
        let lines: std::collections::BTreeSet<u64> = body
            .insts
            .values()
            .filter(|i| !(code_only && matches!(i.kind, jit_core::ir::InstKind::Br { .. })))
            .filter_map(|i| i.dbg)
            .map(|l| &m.debug.locations[l])
            .filter(|l| l.inlined_at.is_none() && m.debug.scope_subprogram(l.scope) == Some(sp))
            .map(|l| u64::from(l.line))
            .filter(|&l| l != 0)
            .collect();
        out.insert(m.debug.subprograms[sp].name.clone(), lines);
    }
    out
}

/// clang `-g` IR (jit-cli's gdb test program) through the real reader and backends: the
/// image's line table has, for each function, rows inside its code at the lines of the
/// IR's `!dbg` locations only (at -O0 every line with code), after a first row at the
/// function's entry; each subprogram DIE covers its function's code.
#[test]
fn line_tables_of_clang_debug_ir_match_its_dbg_locations() {
    use codegen_dynasm::{A64Backend, X64Backend};
    use jit_core::backend::{Backend, CodegenOptions};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../jit-cli/tests/gdb");
    let files = [
        ("prog.O0.ll", 0u8, &X64Backend as &dyn Backend),
        ("prog.O2.ll", 2, &X64Backend),
        ("prog.aarch64.O0.ll", 0, &A64Backend),
        ("prog.aarch64.O2.ll", 2, &A64Backend),
    ];
    for (file, level, backend) in files {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let m = jit_core::reader::parse_module(&text, file).unwrap();
        let want = ir_lines(&m, false);
        let code = ir_lines(&m, true);
        assert_eq!(
            want.keys().collect::<Vec<_>>(),
            ["hot_spot", "main", "run"],
            "{file}"
        );
        {
            let options = CodegenOptions {
                opt_level: level,
                frame_pointers: true,
                ..CodegenOptions::default()
            };
            let obj = backend.compile(&m, &options).unwrap();
            let addresses: Vec<u64> = (0..obj.sections.len() as u64)
                .map(|i| 0x7f00_0000_0000 + (i << 24))
                .collect();
            let image = build_debug_object(&LoadedObject {
                key: 7,
                object: &obj,
                section_addresses: &addresses,
            })
            .unwrap();
            let file_ = object::File::parse(&*image).unwrap();
            let d = dwarf(&file_);
            let subs = subprograms(&d);
            let rows = line_rows(&d);
            for (name, lines) in &want {
                let what = format!("{file} {:?} {name}", obj.arch);
                let sub = subs.get(name).unwrap_or_else(|| panic!("{what}: no DIE"));
                let range = sub.low..sub.low + sub.size;
                let got: Vec<&(u64, String, u64)> = rows
                    .iter()
                    .filter(|r| range.contains(&r.0) && r.1 != "end")
                    .collect();
                assert!(!got.is_empty(), "{what}: no rows");
                assert_eq!(got[0].0, sub.low, "{what}: first row not at the entry");
                assert!(
                    got.iter().all(|r| r.1.ends_with("/prog.c")),
                    "{what}: {got:?}"
                );
                let seen: std::collections::BTreeSet<u64> = got
                    .iter()
                    .skip(1)
                    .map(|r| r.2)
                    .filter(|&l| l != 0)
                    .collect();
                assert!(seen.is_subset(lines), "{what}: {seen:?} not in {lines:?}");
                if level == 0 {
                    assert!(seen.is_superset(&code[name]), "{what}: {seen:?}");
                } else {
                    assert!(!seen.is_empty(), "{what}");
                }
            }
        }
    }
}
