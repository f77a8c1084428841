//! Linking small modules and checking the printed result.

use super::*;
use jit_core::printer::print_module;
use jit_core::reader::parse_module;

fn parse(text: &str, name: &str) -> Module {
    let m = parse_module(text, name).unwrap_or_else(|e| panic!("{e}"));
    jit_core::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{name}: {e}"));
    m
}

fn link(a: &str, b: &str) -> Result<String, LinkError> {
    let mut dest = parse(a, "a.ll");
    link_modules(&mut dest, parse(b, "b.ll"))?;
    jit_core::verifier::verify_module(&dest).unwrap_or_else(|e| {
        panic!(
            "linked module does not verify: {e}\n{}",
            print_module(&dest)
        )
    });
    // The result prints as text the reader takes back.
    let text = print_module(&dest);
    parse_module(&text, "linked.ll").unwrap_or_else(|e| panic!("{e}\n{text}"));
    Ok(text)
}

#[test]
fn a_declaration_takes_the_definition() {
    let out = link(
        "declare i32 @f(i32)\ndefine i32 @main() {\n  %r = call i32 @f(i32 2)\n  ret i32 %r\n}\n",
        "define i32 @f(i32 %x) {\n  %y = mul i32 %x, 21\n  ret i32 %y\n}\n",
    )
    .unwrap();
    assert!(out.contains("define i32 @f(i32 %x)"), "{out}");
    assert!(!out.contains("declare i32 @f"), "{out}");
    assert!(out.contains("call i32 @f(i32 2)"), "{out}");
}

#[test]
fn the_definition_in_the_destination_stays_when_the_source_declares() {
    let out = link(
        "define i32 @f() {\n  ret i32 1\n}\n",
        "declare i32 @f()\ndefine i32 @g() {\n  %r = call i32 @f()\n  ret i32 %r\n}\n",
    )
    .unwrap();
    assert_eq!(out.matches("@f()").count(), 2, "{out}");
    assert!(out.contains("define i32 @f()"), "{out}");
}

#[test]
fn strong_beats_weak_and_two_strong_are_an_error() {
    let out = link("@g = weak global i32 1\n", "@g = global i32 2\n").unwrap();
    assert!(out.contains("@g = global i32 2"), "{out}");
    let out = link("@g = global i32 1\n", "@g = weak global i32 2\n").unwrap();
    assert!(out.contains("@g = global i32 1"), "{out}");
    let out = link(
        "define linkonce_odr i32 @h() {\n  ret i32 1\n}\n",
        "define linkonce_odr i32 @h() {\n  ret i32 2\n}\n",
    )
    .unwrap();
    assert!(
        out.contains("ret i32 1") && !out.contains("ret i32 2"),
        "{out}"
    );
    let err = link("@g = global i32 1\n", "@g = global i32 2\n").unwrap_err();
    assert!(
        matches!(err, LinkError::MultiplyDefined { ref name, .. } if name == "g"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "symbol `@g` is defined in both `a.ll` and `b.ll`"
    );
}

#[test]
fn the_larger_common_wins() {
    let dl = "target datalayout = \"e-m:e-i64:64-n8:16:32:64-S128\"\n";
    let out = link(
        &format!("{dl}@c = common global i32 0\n"),
        &format!("{dl}@c = common global [4 x i32] zeroinitializer\n"),
    )
    .unwrap();
    assert!(out.contains("@c = common global [4 x i32]"), "{out}");
}

#[test]
fn locals_never_clash() {
    let a = "define internal i32 @h() {\n  ret i32 1\n}\ndefine i32 @a() {\n  %r = call i32 @h()\n  ret i32 %r\n}\n";
    let b = "define internal i32 @h() {\n  ret i32 2\n}\ndefine i32 @b() {\n  %r = call i32 @h()\n  ret i32 %r\n}\n";
    let out = link(a, b).unwrap();
    assert!(out.contains("define internal i32 @h()"), "{out}");
    assert!(out.contains("define internal i32 @h.1()"), "{out}");
    // Each caller still calls its own helper.
    let b_body = out.split("define i32 @b()").nth(1).unwrap();
    assert!(b_body.contains("call i32 @h.1()"), "{out}");
}

#[test]
fn a_destination_local_makes_room_for_an_external_symbol() {
    let out = link(
        "@x = internal global i32 1\ndefine i32 @a() {\n  %v = load i32, ptr @x\n  ret i32 %v\n}\n",
        "@x = global i32 2\n",
    )
    .unwrap();
    assert!(out.contains("@x.1 = internal global i32 1"), "{out}");
    assert!(out.contains("@x = global i32 2"), "{out}");
    assert!(out.contains("load i32, ptr @x.1"), "{out}");
}

#[test]
fn appending_globals_are_concatenated() {
    let ctor = |f: &str, prio: u32| {
        format!(
            "@llvm.global_ctors = appending global [1 x {{ i32, ptr, ptr }}] [{{ i32, ptr, ptr }} {{ i32 {prio}, ptr @{f}, ptr null }}]\ndefine internal void @{f}() {{\n  ret void\n}}\n"
        )
    };
    let out = link(&ctor("init_a", 1), &ctor("init_b", 2)).unwrap();
    assert!(
        out.contains("@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 1, ptr @init_a, ptr null }, { i32, ptr, ptr } { i32 2, ptr @init_b, ptr null }]"),
        "{out}"
    );
    let mut m = parse(&ctor("init_a", 1), "a.ll");
    link_modules(&mut m, parse(&ctor("init_b", 2), "b.ll")).unwrap();
    assert_eq!(m.static_initializers(false).len(), 2);
}

#[test]
fn structs_of_one_name_and_two_layouts_stay_apart() {
    let out = link(
        "%struct.S = type { i32, i32 }\ndefine i64 @a(ptr %p) {\n  %q = getelementptr %struct.S, ptr %p, i64 1\n  %v = ptrtoint ptr %q to i64\n  ret i64 %v\n}\n",
        "%struct.S = type { i64, i64 }\n%struct.T = type { %struct.S }\ndefine i64 @b(ptr %p) {\n  %q = getelementptr %struct.T, ptr %p, i64 1\n  %v = ptrtoint ptr %q to i64\n  ret i64 %v\n}\n",
    )
    .unwrap();
    assert!(out.contains("%struct.S = type { i32, i32 }"), "{out}");
    assert!(out.contains("%struct.S.1 = type { i64, i64 }"), "{out}");
    assert!(out.contains("%struct.T = type { %struct.S.1 }"), "{out}");
    // Same layout: one struct.
    let out = link(
        "%struct.S = type { i32, ptr }\n@a = global %struct.S zeroinitializer\n",
        "%struct.S = type { i32, ptr }\n@b = global %struct.S zeroinitializer\n",
    )
    .unwrap();
    assert!(!out.contains("struct.S.1"), "{out}");
}

#[test]
fn aliases_and_blockaddresses_follow_their_symbols() {
    let out = link(
        "declare i32 @target()\ndefine i32 @use() {\n  %r = call i32 @al()\n  ret i32 %r\n}\ndeclare i32 @al()\n",
        "define i32 @target() {\n  ret i32 7\n}\n@al = alias i32 (), ptr @target\n@tbl = global ptr blockaddress(@jump, %l)\ndefine void @jump() {\n  br label %l\nl:\n  ret void\n}\n",
    );
    // A declaration of a function replaced by an alias is moved out of the way.
    let out = out.unwrap();
    assert!(out.contains("@al = alias i32 (), ptr @target"), "{out}");
    assert!(out.contains("call i32 @al()"), "{out}");
    assert!(out.contains("blockaddress(@jump, %l)"), "{out}");
}

#[test]
fn different_architectures_do_not_link() {
    let err = link(
        "target triple = \"x86_64-unknown-linux-gnu\"\n",
        "target triple = \"aarch64-unknown-linux-gnu\"\n",
    )
    .unwrap_err();
    assert!(matches!(err, LinkError::Target { .. }), "{err}");
}

#[test]
fn every_corpus_module_links_with_itself_renamed_apart() {
    // Linking a module into an empty one must reproduce it exactly.
    for path in jit_tests_corpus() {
        let text = std::fs::read_to_string(&path).unwrap();
        let src = parse(&text, &path.display().to_string());
        let mut dest = Module::new("empty");
        let want = print_module(&src);
        link_modules(&mut dest, src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let got = print_module(&dest);
        let strip = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
        assert_eq!(strip(&got), strip(&want), "{}", path.display());
    }
}

fn jit_tests_corpus() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/x86_64");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ll"))
        .collect();
    v.sort();
    assert!(v.len() > 50);
    v
}

#[test]
fn personalities_and_clauses_are_mapped_like_other_constants() {
    // The destination already declares the personality; the source's internal `@pers`
    // collides with the destination's and is renamed, and its user must follow.
    let dest = "declare i32 @__gxx_personality_v0(...)\n\
        define internal i32 @pers() {\n  ret i32 1\n}\n\
        declare i32 @f(i32)\n\
        define i32 @main() {\n  %r = call i32 @f(i32 2)\n  %p = call i32 @pers()\n  ret i32 %r\n}\n";
    let src = "@_ZTIi = external constant ptr\n\
        declare i32 @__gxx_personality_v0(...)\n\
        declare i32 @g(i32)\n\
        define internal i32 @pers(...) {\n  ret i32 2\n}\n\
        define i32 @f(i32 %x) personality ptr @__gxx_personality_v0 {\n\
        entry:\n  %r = invoke i32 @g(i32 %x)\n          to label %ok unwind label %lpad\n\
        ok:\n  ret i32 %r\n\
        lpad:\n  %lp = landingpad { ptr, i32 }\n          catch ptr @_ZTIi\n  ret i32 0\n}\n\
        define i32 @h(i32 %x) personality ptr @pers {\n\
        entry:\n  %r = invoke i32 @g(i32 %x)\n          to label %ok unwind label %lpad\n\
        ok:\n  ret i32 %r\n\
        lpad:\n  %lp = landingpad { ptr, i32 }\n          cleanup\n  resume { ptr, i32 } %lp\n}\n";
    let out = link(dest, src).unwrap();
    assert!(
        out.contains("define i32 @f(i32 %x) personality ptr @__gxx_personality_v0 {"),
        "{out}"
    );
    assert!(out.contains("catch ptr @_ZTIi"), "{out}");
    assert!(out.contains("@_ZTIi = external constant ptr"), "{out}");
    assert!(
        out.contains("define i32 @h(i32 %x) personality ptr @pers.1 {"),
        "{out}"
    );
    assert!(out.contains("define internal i32 @pers.1(...)"), "{out}");
    assert_eq!(out.matches("declare i32 @__gxx_personality_v0").count(), 1);
}

/// A module with one function `@name` with debug information (file `name.c`).
fn dbg_module(name: &str, line: u32) -> String {
    format!(
        "define i32 @{name}(i32 %x) !dbg !4 {{\n\
         \x20 %p = alloca i32, align 4\n\
         \x20   #dbg_declare(ptr %p, !8, !DIExpression(), !7)\n\
         \x20 store i32 %x, ptr %p, align 4, !dbg !7\n\
         \x20 ret i32 %x, !dbg !7\n}}\n\
         !llvm.dbg.cu = !{{!0}}\n!llvm.module.flags = !{{!2, !3}}\n\
         !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: \"clang\", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)\n\
         !1 = !DIFile(filename: \"{name}.c\", directory: \"/src\")\n\
         !2 = !{{i32 7, !\"Dwarf Version\", i32 5}}\n!3 = !{{i32 2, !\"Debug Info Version\", i32 3}}\n\
         !4 = distinct !DISubprogram(name: \"{name}\", scope: !1, file: !1, line: {line}, type: !5, scopeLine: {line}, spFlags: DISPFlagDefinition, unit: !0)\n\
         !5 = !DISubroutineType(types: !{{!6, !6}})\n!6 = !DIBasicType(name: \"int\", size: 32, encoding: DW_ATE_signed)\n\
         !7 = !DILocation(line: {l1}, column: 3, scope: !4)\n\
         !8 = !DILocalVariable(name: \"v\", scope: !4, file: !1, line: {l1}, type: !6)\n",
        l1 = line + 1
    )
}

#[test]
fn debug_information_moves_with_the_functions() {
    let mut dest = parse(&dbg_module("a", 10), "a.ll");
    link_modules(&mut dest, parse(&dbg_module("b", 20), "b.ll")).unwrap();
    jit_core::verifier::verify_module(&dest).unwrap();
    let d = &dest.debug;
    assert_eq!(d.check(), None);
    for (name, line) in [("a", 10), ("b", 20)] {
        let f = &dest.functions[dest.function_by_name(name).unwrap()];
        let sp = f.subprogram.unwrap();
        assert_eq!(
            (d.subprograms[sp].name.as_str(), d.subprograms[sp].line),
            (name, line)
        );
        let file = &d.files[d.subprograms[sp].file.unwrap()];
        assert_eq!(file.filename, format!("{name}.c"));
        let body = f.body.as_ref().unwrap();
        let locs: Vec<_> = body.insts.values().filter_map(|i| i.dbg).collect();
        assert_eq!(locs.len(), 2, "store and ret");
        for l in locs {
            assert_eq!(d.locations[l].line, line + 1);
            assert_eq!(d.location_function(l), Some(sp));
        }
        let decl = &body.debug_declares[0];
        assert_eq!(d.variables[decl.variable].name, "v");
        assert_eq!(d.location_function(decl.loc.unwrap()), Some(sp));
    }
}
