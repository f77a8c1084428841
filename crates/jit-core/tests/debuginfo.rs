//! Debug information read from real clang 19 `-g` output (fixtures in
//! `tests/fixtures/clang/`, see `clang_ll.rs` for how they were made; in addition
//! `debuginfo_intrinsics.x86_64.O0.ll` is `debuginfo.c` at `-O0` with
//! `-mllvm --write-experimental-debuginfo=false`, and `debuginfo_cxx.x86_64.O0.ll` is
//! `clang++-19 -g -O0 -S -emit-llvm --target=x86_64-linux-gnu src/debuginfo_cxx.cpp`).

use jit_core::ir::{
    DebugLoc, DiScopeKind, DiTypeData, Function, InstKind, Module, ValueDef, dwarf,
};
use std::collections::HashMap;
use std::path::Path;

fn fixture_text(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/clang")
        .join(name);
    std::fs::read_to_string(p).expect("readable fixture")
}

fn read(name: &str) -> Module {
    jit_core::parse_module(&fixture_text(name), name).unwrap_or_else(|e| panic!("{e}"))
}

fn func<'m>(m: &'m Module, name: &str) -> &'m Function {
    &m.functions[m.function_by_name(name).expect("function")]
}

/// `(line, column)` of every `!dbg` on an instruction, in text order, from the `.ll` text.
fn text_locations(src: &str) -> Vec<(u32, u32)> {
    let mut defs: HashMap<u32, (u32, u32)> = HashMap::new();
    for l in src.lines() {
        let Some(rest) = l.strip_prefix('!') else {
            continue;
        };
        let Some((n, def)) = rest.split_once(" = ") else {
            continue;
        };
        let Ok(n) = n.parse::<u32>() else { continue };
        let Some(fields) = def.strip_prefix("!DILocation(") else {
            continue;
        };
        let field = |k: &str| -> u32 {
            fields
                .split(", ")
                .find_map(|f| f.strip_prefix(k))
                .map(|v| v.trim_end_matches(')').parse().expect("number"))
                .unwrap_or(0)
        };
        defs.insert(n, (field("line: "), field("column: ")));
    }
    let mut out = Vec::new();
    for l in src.lines() {
        if !l.starts_with("  ") || l.trim_start().starts_with('#') {
            continue;
        }
        if l.contains("@llvm.dbg.") {
            continue;
        }
        if let Some((_, n)) = l.rsplit_once("!dbg !") {
            let n: u32 = n
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("")
                .parse()
                .expect("n");
            out.push(defs[&n]);
        }
    }
    out
}

/// `(line, column)` of every instruction with a location, in layout order.
fn module_locations(m: &Module) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for f in m.functions.values() {
        let Some(body) = &f.body else { continue };
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                if let Some(l) = body.insts[i].dbg {
                    let d = m.debug.locations[l];
                    out.push((d.line, d.column));
                }
            }
        }
    }
    out
}

fn check_locations_match_text(name: &str) {
    let src = fixture_text(name);
    let m = read(name);
    let want = text_locations(&src);
    assert!(!want.is_empty(), "{name}: no !dbg in the text");
    assert_eq!(module_locations(&m), want, "{name}");
    // Every location of a function belongs to it (after undoing inlining).
    for f in m.functions.values() {
        let Some(body) = &f.body else { continue };
        let sp = f.subprogram.expect("a -g function has a subprogram");
        for inst in body.insts.values() {
            if let Some(l) = inst.dbg {
                assert_eq!(
                    m.debug.location_function(l),
                    Some(sp),
                    "{name}: @{}",
                    f.name
                );
            }
        }
    }
    assert_eq!(m.debug.check(), None);
}

#[test]
fn locations_match_the_text() {
    for name in [
        "debuginfo.x86_64.O0.ll",
        "debuginfo.x86_64.O2.ll",
        "debuginfo.aarch64.O0.ll",
        "debuginfo.aarch64.O2.ll",
        "debuginfo_intrinsics.x86_64.O0.ll",
        "debuginfo_intrinsics.x86_64.O2.ll",
        "debuginfo_cxx.x86_64.O0.ll",
    ] {
        check_locations_match_text(name);
    }
}

#[test]
fn subprograms_files_units_and_types_at_o0() {
    let m = read("debuginfo.x86_64.O0.ll");
    let d = &m.debug;
    assert_eq!(d.dwarf_version, Some(5));
    let main = func(&m, "main");
    let sp = &d.subprograms[main.subprogram.expect("main has a subprogram")];
    assert_eq!((sp.name.as_str(), sp.line, sp.scope_line), ("main", 14, 14));
    assert_eq!(sp.linkage_name, None);
    let file = &d.files[sp.file.expect("file")];
    assert_eq!(file.filename, "src/debuginfo.c");
    let unit = &d.units[sp.unit.expect("unit")];
    assert!(
        unit.producer.starts_with("Debian clang version 19") || unit.producer.contains("clang")
    );
    assert_eq!(
        unit.language,
        dwarf::lookup(dwarf::LANGUAGES, "DW_LANG_C11").expect("C11")
    );
    assert!(!unit.optimized);
    let scope = sp.scope.expect("scope");
    assert_eq!(
        d.scopes[scope].kind,
        DiScopeKind::Subprogram(main.subprogram.expect("sp"))
    );

    let scale = func(&m, "scale");
    let ssp = &d.subprograms[scale.subprogram.expect("scale")];
    assert_eq!((ssp.name.as_str(), ssp.line), ("scale", 8));
    let DiTypeData::Subroutine { types } = &d.types[ssp.ty.expect("type")] else {
        panic!("subroutine type")
    };
    assert_eq!(types.len(), 3);
    let int = types[0].expect("int");
    assert_eq!(
        d.types[int],
        DiTypeData::Basic {
            name: "int".into(),
            size_bits: 32,
            encoding: 5
        }
    );

    // Declarations: main's argc, argv, p, total, i; scale's p, k, sx, sy.
    let body = main.body.as_ref().expect("body");
    let names: Vec<&str> = body
        .debug_declares
        .iter()
        .map(|x| d.variables[x.variable].name.as_str())
        .collect();
    assert_eq!(names, ["argc", "argv", "p", "total", "i"]);
    for decl in &body.debug_declares {
        let ValueDef::Inst(i) = body.values[decl.address].def else {
            panic!("declared address is an instruction")
        };
        assert!(matches!(body.insts[i].kind, InstKind::Alloca { .. }));
        assert!(decl.expression.is_empty());
        let l = decl.loc.expect("declaration location");
        assert_eq!(d.location_function(l), main.subprogram);
    }
    let argc = &d.variables[body.debug_declares[0].variable];
    assert_eq!((argc.arg, argc.line), (1, 14));
    assert_eq!(argc.ty, Some(int));
    // `i` lives in a lexical block (the `for`).
    let i = &d.variables[body.debug_declares[4].variable];
    assert!(matches!(
        d.scopes[i.scope.expect("scope")].kind,
        DiScopeKind::Block { line: 17, .. }
    ));
    // `p` is a `struct point` with two int members.
    let p = &d.variables[body.debug_declares[2].variable];
    let DiTypeData::Composite {
        tag,
        name,
        size_bits,
        members,
        ..
    } = &d.types[p.ty.expect("type")]
    else {
        panic!("composite")
    };
    assert_eq!(
        (*tag, name.as_deref(), *size_bits, members.len()),
        (0x13, Some("point"), 64, 2)
    );
    let DiTypeData::Derived {
        name,
        offset_bits,
        base,
        ..
    } = &d.types[members[1]]
    else {
        panic!("member")
    };
    assert_eq!(
        (name.as_deref(), *offset_bits, *base),
        (Some("y"), 32, Some(int))
    );
    let sdecls = &scale.body.as_ref().expect("body").debug_declares;
    assert_eq!(sdecls.len(), 4);
}

#[test]
fn intrinsic_calls_give_the_same_declarations_as_records() {
    let a = read("debuginfo.x86_64.O0.ll");
    let b = read("debuginfo_intrinsics.x86_64.O0.ll");
    for f in ["main", "scale"] {
        let names = |m: &Module| -> Vec<(String, u32)> {
            func(m, f)
                .body
                .as_ref()
                .expect("body")
                .debug_declares
                .iter()
                .map(|x| {
                    let l = m.debug.locations[x.loc.expect("loc")];
                    (m.debug.variables[x.variable].name.clone(), l.line)
                })
                .collect()
        };
        assert_eq!(names(&a), names(&b), "{f}");
    }
}

#[test]
fn inlined_locations_at_o2() {
    let m = read("debuginfo.x86_64.O2.ll");
    let d = &m.debug;
    let main = func(&m, "main");
    let body = main.body.as_ref().expect("body");
    let inlined: Vec<DebugLoc> = body
        .insts
        .values()
        .filter_map(|i| i.dbg)
        .filter(|&l| d.locations[l].inlined_at.is_some())
        .collect();
    assert!(!inlined.is_empty(), "scale is inlined into main");
    for l in inlined {
        let sp = d.scope_subprogram(d.locations[l].scope).expect("sp");
        assert_eq!(d.subprograms[sp].name, "scale");
        let at = d.locations[l].inlined_at.expect("at");
        assert_eq!(d.scope_subprogram(d.locations[at].scope), main.subprogram);
    }
    assert!(d.units.values().all(|u| u.optimized));
}

#[test]
fn cxx_linkage_names() {
    let m = read("debuginfo_cxx.x86_64.O0.ll");
    let d = &m.debug;
    let norm = func(&m, "_ZN3geo5norm2ENS_4Vec2E");
    let sp = &d.subprograms[norm.subprogram.expect("sp")];
    assert_eq!(sp.name, "norm2");
    assert_eq!(sp.linkage_name.as_deref(), Some("_ZN3geo5norm2ENS_4Vec2E"));
    let dot = func(&m, "_ZNK3geo4Vec23dotERKS0_");
    let sp = &d.subprograms[dot.subprogram.expect("sp")];
    assert_eq!(sp.linkage_name.as_deref(), Some("_ZNK3geo4Vec23dotERKS0_"));
    let decls = &dot.body.as_ref().expect("body").debug_declares;
    let this = &d.variables[decls[0].variable];
    assert_eq!((this.name.as_str(), this.arg), ("this", 1));
    let unit = &d.units[sp.unit.expect("unit")];
    assert_eq!(
        unit.language,
        dwarf::lookup(dwarf::LANGUAGES, "DW_LANG_C_plus_plus_14").expect("C++14")
    );
}

#[test]
fn malformed_debug_metadata_is_a_positioned_error() {
    let head = "define void @f() !dbg !1 {\n  ret void, !dbg !9\n}\n\
                !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2)\n\
                !1 = distinct !DISubprogram(name: \"f\", file: !2, unit: !0)\n\
                !2 = !DIFile(filename: \"a.c\", directory: \"/\")\n";
    let cases = [
        ("", "3:... undefined", "use of undefined metadata '!9'"),
        ("!9 = !DILocation(line: 1)\n", "", "needs a 'scope:'"),
        (
            "!9 = !DILocation(line: -1, scope: !1)\n",
            "",
            "out of range",
        ),
        (
            "!9 = !DILocation(line: 1, scope: !1, inlinedAt: !9)\n",
            "",
            "inlined at itself",
        ),
        (
            "!9 = !DILocation(line: 1, scope: !2)\n",
            "",
            "needs a 'scope:'",
        ),
        (
            "!9 = !DILocation(line: \"x\", scope: !1)\n",
            "",
            "must be an integer",
        ),
        (
            "!9 = !DILocation(line: 1, scope: !8)\n!8 = !DILexicalBlock(scope: !8)\n",
            "",
            "own parent",
        ),
        (
            "!9 = !DILocation(line: 1, scope: !1)\n!9 = !{}\n",
            "",
            "redefinition of metadata",
        ),
    ];
    for (tail, _, needle) in cases {
        let src = format!("{head}{tail}");
        let e = jit_core::parse_module(&src, "x.ll").expect_err(needle);
        assert!(e.message.contains(needle), "{e} lacks {needle}");
        assert!(e.to_string().starts_with("x.ll:"), "{e}");
    }
    // The same file with a valid location reads.
    let ok = format!("{head}!9 = !DILocation(line: 2, column: 3, scope: !1)\n");
    let m = jit_core::parse_module(&ok, "x.ll").expect("valid");
    let f = func(&m, "f");
    let l = f
        .body
        .as_ref()
        .expect("body")
        .insts
        .values()
        .next()
        .expect("ret")
        .dbg;
    assert_eq!(m.debug.locations[l.expect("dbg")].line, 2);
}

/// Print → (llvm-as-19 accepts, when installed) → read: the same locations on the same
/// instructions, the same declarations, and printing again gives the same text.
#[test]
fn printed_debug_info_round_trips() {
    let llvm = std::process::Command::new("llvm-as-19")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    for name in [
        "debuginfo.x86_64.O0.ll",
        "debuginfo.x86_64.O2.ll",
        "debuginfo.aarch64.O2.ll",
        "debuginfo_intrinsics.x86_64.O0.ll",
        "debuginfo_cxx.x86_64.O0.ll",
    ] {
        let m = read(name);
        let text = jit_core::printer::print_module(&m);
        assert!(text.contains("!llvm.dbg.cu = !{"), "{name}");
        assert!(text.contains("!\"Debug Info Version\", i32 3}"), "{name}");
        let back = jit_core::parse_module(&text, name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(module_locations(&back), module_locations(&m), "{name}");
        assert_eq!(
            jit_core::printer::print_module(&back),
            text,
            "{name}: not stable"
        );
        for (f, g) in m.functions.values().zip(back.functions.values()) {
            let decls = |m: &Module, f: &Function| -> Vec<(String, u32)> {
                f.body.as_ref().map_or(Vec::new(), |b| {
                    b.debug_declares
                        .iter()
                        .map(|d| {
                            let l = m.debug.locations[d.loc.expect("loc")];
                            (m.debug.variables[d.variable].name.clone(), l.line)
                        })
                        .collect()
                })
            };
            assert_eq!(decls(&m, f), decls(&back, g), "{name}: @{}", f.name);
            // Declarations' subprograms (`declare !dbg`) are not written.
            let sp_name = |m: &Module, f: &Function| {
                f.subprogram
                    .filter(|_| f.body.is_some())
                    .map(|s| m.debug.subprograms[s].name.clone())
            };
            assert_eq!(sp_name(&m, f), sp_name(&back, g));
        }
        if llvm {
            let dir = std::env::temp_dir().join(format!("jit-dbg-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("temp dir");
            let path = dir.join(name);
            std::fs::write(&path, &text).expect("write");
            let out = std::process::Command::new("llvm-as-19")
                .arg(&path)
                .arg("-o")
                .arg(dir.join("out.bc"))
                .output()
                .expect("llvm-as-19 runs");
            assert!(
                out.status.success(),
                "{name}: llvm-as-19 rejects the printed module:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            // Without the flags LLVM would drop the debug information with a warning.
            assert!(
                out.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}

#[test]
fn unknown_metadata_words_and_operations_are_tolerated() {
    let src = "define void @f() !dbg !1 {\n  %p = alloca i32, align 4\n\
               \x20   #dbg_declare(ptr %p, !3, !DIExpression(DW_OP_LLVM_future_op, 1), !9)\n\
               \x20   #dbg_declare(ptr %p, !3, !DIExpression(DW_OP_plus_uconst, 16), !9)\n\
               \x20 ret void, !dbg !9\n}\n\
               !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, emissionKind: SomeFutureKind, futureField: Whatever | Other, extra: i64 -1, dwoId: 0x1234)\n\
               !1 = distinct !DISubprogram(name: \"f\", file: !2, unit: !0)\n\
               !2 = !DIFile(filename: \"a.c\", directory: \"/\")\n\
               !3 = !DILocalVariable(name: \"v\", scope: !1, file: !2, line: 1)\n\
               !4 = !DIFutureNode(a: 1, b: !{!5, null}, c: FutureWord)\n!5 = !{}\n\
               !9 = !DILocation(line: 2, column: 3, scope: !1)\n";
    let m = jit_core::parse_module(src, "x.ll").unwrap_or_else(|e| panic!("{e}"));
    let f = func(&m, "f");
    let decls = &f.body.as_ref().expect("body").debug_declares;
    // The declaration with an unknown operation is dropped, the other kept.
    assert_eq!(decls.len(), 1);
    let plus = u64::from(dwarf::lookup(dwarf::OPS, "DW_OP_plus_uconst").expect("op"));
    assert_eq!(decls[0].expression, [plus, 16]);
    let text = jit_core::printer::print_module(&m);
    assert!(
        text.contains("!DIExpression(DW_OP_plus_uconst, 16)"),
        "{text}"
    );
}

#[test]
fn locations_read_the_same_in_any_spelling() {
    let head = "define void @f() !dbg !1 {\n  ret void, !dbg !9\n}\n\
                !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2)\n\
                !1 = distinct !DISubprogram(name: \"f\", file: !2, unit: !0)\n\
                !2 = !DIFile(filename: \"a.c\", directory: \"/\")\n\
                !3 = !DILocation(line: 7, column: 1, scope: !1)\n";
    for loc in [
        "!9 = !DILocation(line: 12, column: 5, scope: !1, inlinedAt: !3)",
        "!9 = !DILocation(line:12, column:5, scope:!1, inlinedAt:!3)",
        "!9 = !DILocation(scope: !1, inlinedAt: !3, column: 5, line: 12)",
        "!9 = !DILocation(line: 12, column: 5, scope: !1, inlinedAt: !3, isImplicitCode: true)",
        "!9 = distinct !DILocation(line: 12, column: 5, scope: !1, inlinedAt: !3)",
    ] {
        let m = jit_core::parse_module(&format!("{head}{loc}\n"), "x.ll")
            .unwrap_or_else(|e| panic!("{loc}: {e}"));
        let f = func(&m, "f");
        let l = f
            .body
            .as_ref()
            .expect("body")
            .insts
            .values()
            .next()
            .expect("ret")
            .dbg;
        let d = m.debug.locations[l.expect("dbg")];
        assert_eq!((d.line, d.column), (12, 5), "{loc}");
        let at = m.debug.locations[d.inlined_at.expect("inlined")];
        assert_eq!(at.line, 7, "{loc}");
    }
    // An undefined scope is an error at the node, however it is spelled.
    for loc in [
        "!9 = !DILocation(line: 12, column: 5, scope: !77)",
        "!9 = !DILocation(line:12, column:5, scope:!77)",
    ] {
        let e = jit_core::parse_module(&format!("{head}{loc}\n"), "x.ll").expect_err(loc);
        assert!(e.message.contains("undefined metadata '!77'"), "{e}");
        assert_eq!((e.line, e.col), (8, 6), "{e}");
    }
}
