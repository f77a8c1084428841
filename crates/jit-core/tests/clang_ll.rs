//! Real clang 19 output: the fixtures in `tests/fixtures/clang/` were made from the C files
//! in `tests/fixtures/clang/src/` (the `.ll` files are committed; clang is not run here):
//!
//! ```text
//! clang-19 -S -emit-llvm -O{0,2} -fno-vectorize -fno-slp-vectorize \
//!     --target={x86_64,aarch64}-linux-gnu src/NAME.c -o NAME.TARGET.O{0,2}.ll
//! ```
//! with `-g` added for `debuginfo.c`, and `debuginfo_intrinsics.x86_64.O2.ll` made with
//! `-g -mllvm --write-experimental-debuginfo=false` (debug intrinsic calls instead of
//! `#dbg_*` records). Two C++ fixtures with exception handling come from the workspace's
//! `tests/cxx/` (`clang++-19 -S -emit-llvm`, flags as the source says):
//! `eh_shapes.x86_64.O2.ll` and `exception_specs.aarch64.O0.ll` (`-std=c++03`). The corpus of the workspace (`tests/corpus/{x86_64,aarch64}`) is read
//! too when it is present.

use jit_core::ir::{
    ConstExpr, ConstKind, FnAttrs, GlobalRef, InstKind, Linkage, Module, Operand, Type, TypeData,
};
use std::path::{Path, PathBuf};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clang")
}

fn ll_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ll"))
        .collect();
    v.sort();
    v
}

fn read(path: &Path) -> Module {
    let src = std::fs::read_to_string(path).expect("readable fixture");
    let name = path.display().to_string();
    jit_core::parse_module(&src, &name).unwrap_or_else(|e| panic!("{e}"))
}

fn fixture(name: &str) -> Module {
    read(&fixture_dir().join(name))
}

fn func<'m>(m: &'m Module, name: &str) -> &'m jit_core::ir::Function {
    &m.functions[m
        .function_by_name(name)
        .unwrap_or_else(|| panic!("no @{name}"))]
}

fn insts(m: &Module, name: &str) -> Vec<InstKind> {
    let body = func(m, name).body.as_ref().expect("defined");
    body.layout
        .iter()
        .flat_map(|&b| body.blocks[b].insts.iter())
        .map(|&i| body.insts[i].kind.clone())
        .collect()
}

fn callee_name(m: &Module, callee: Operand) -> Option<&str> {
    match callee {
        Operand::Const(c) => m.strip_to_global(c).map(|r| m.symbol_name(r)),
        Operand::Value(_) => None,
    }
}

/// Checks that hold for every module read from clang output.
fn check_invariants(m: &Module, file: &str) {
    for f in m.functions.values() {
        assert!(!f.loc.is_unknown(), "{file}: @{} has no position", f.name);
        let Some(body) = &f.body else { continue };
        assert!(!body.layout.is_empty());
        for &b in &body.layout {
            assert!(
                !body.blocks[b].loc.is_unknown(),
                "{file}: block without position"
            );
            for &i in &body.blocks[b].insts {
                let inst = &body.insts[i];
                assert_eq!(inst.block, b, "{file}: InstData.block is wrong");
                assert!(
                    !inst.loc.is_unknown(),
                    "{file}: instruction without position"
                );
                if let InstKind::Call { callee, .. } = &inst.kind {
                    let name = callee_name(m, *callee).unwrap_or("");
                    assert!(!name.starts_with("llvm.dbg."), "{file}: debug call kept");
                }
            }
            assert!(
                body.terminator(b).is_some(),
                "{file}: block without terminator"
            );
        }
        // Every value is defined (no forward-reference placeholder survived).
        for v in body.values.values() {
            if let jit_core::ir::ValueDef::Param(i) = v.def {
                assert!((i as usize) < f.params.len(), "{file}: dangling value");
            }
        }
    }
    for g in m.globals.values() {
        assert!(!g.loc.is_unknown(), "{file}: @{} has no position", g.name);
    }
}

#[test]
fn every_fixture_parses() {
    let files = ll_files(&fixture_dir());
    assert!(files.len() >= 15, "fixtures missing");
    for path in files {
        let m = read(&path);
        check_invariants(&m, &path.display().to_string());
        assert!(m.triple.is_some() && m.datalayout.is_some());
    }
}

#[test]
fn corpus_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut n = 0;
    for arch in ["x86_64", "aarch64"] {
        for path in ll_files(&root.join(arch)) {
            let m = read(&path);
            check_invariants(&m, &path.display().to_string());
            n += 1;
        }
    }
    eprintln!("read {n} corpus files");
}

#[test]
fn abi_mix_x86_64_o0() {
    let m = fixture("abi_mix.x86_64.O0.ll");
    assert_eq!(m.name, "src/abi_mix.c");
    let big = m.types.get_named("struct.Big").expect("struct.Big");
    let make_big = func(&m, "make_big");
    assert_eq!(make_big.param_attrs[0].sret, Some(big));
    assert_eq!(make_big.param_attrs[0].align, Some(8));
    let sum_big = func(&m, "sum_big");
    assert_eq!(sum_big.param_attrs[0].byval, Some(big));
    // byval/sret at call sites too.
    let calls: Vec<_> = insts(&m, "main")
        .into_iter()
        .filter_map(|k| match k {
            InstKind::Call { args, callee, .. } => Some((callee, args)),
            _ => None,
        })
        .collect();
    assert!(
        calls
            .iter()
            .any(|(_, a)| a.iter().any(|a| a.attrs.sret == Some(big)))
    );
    assert!(
        calls
            .iter()
            .any(|(_, a)| a.iter().any(|a| a.attrs.byval == Some(big)))
    );
    // setjmp is returns_twice (from its attribute group, defined at the end of the file).
    assert!(func(&m, "_setjmp").attrs.has(FnAttrs::RETURNS_TWICE));
    assert!(func(&m, "longjmp").attrs.has(FnAttrs::NORETURN));
    assert!(func(&m, "main").attrs.has(FnAttrs::FRAME_POINTER));
    assert!(func(&m, "main").attrs.has(FnAttrs::OPTNONE));
    // Varargs definition and intrinsics.
    let vsum = func(&m, "vsum");
    assert!(m.types.function_sig(vsum.ty).expect("fn type").2);
    assert!(insts(&m, "vsum").iter().any(|k| matches!(k,
        InstKind::Call { callee, .. } if callee_name(&m, *callee).is_some_and(|n| n.starts_with("llvm.va_copy")))));
    // The switch keeps every case, including the negative one.
    let sw = insts(&m, "classify")
        .into_iter()
        .find_map(|k| match k {
            InstKind::Switch { cases, .. } => Some(cases),
            _ => None,
        })
        .expect("switch");
    assert_eq!(sw.len(), 6);
    assert!(sw.iter().any(|(v, _)| *v == (-5i32 as u32) as u128));
    // __int128 arithmetic.
    assert!(
        insts(&m, "mul_wide")
            .iter()
            .any(|k| matches!(k, InstKind::Binary { .. }))
    );
    let body = func(&m, "mul_wide").body.as_ref().expect("body");
    assert!(body.values.values().any(|v| v.ty == Type::I128));
    // Bitfields are stored in integer storage units.
    let bits = m.types.get_named("struct.Bits").expect("struct.Bits");
    let (fields, _) = m.types.struct_fields(bits).expect("struct");
    assert_eq!(fields, &[Type::I64, Type::I8]);
}

#[test]
fn abi_mix_aarch64_o2() {
    let m = fixture("abi_mix.aarch64.O2.ll");
    assert!(
        m.triple
            .as_deref()
            .is_some_and(|t| t.starts_with("aarch64"))
    );
    assert!(func(&m, "_setjmp").attrs.has(FnAttrs::RETURNS_TWICE));
    // AArch64 passes __int128 as i128.
    let mul = func(&m, "mul_wide");
    let (ret, params, _) = m.types.function_sig(mul.ty).expect("fn type");
    assert_eq!(ret, Type::I128);
    assert_eq!(params, &[Type::I128, Type::I128]);
}

#[test]
fn globals_x86_64_o2() {
    let m = fixture("globals.x86_64.O2.ll");
    let g = |n: &str| &m.globals[m.global_by_name(n).unwrap_or_else(|| panic!("no @{n}"))];
    assert!(g("greeting").is_constant);
    assert_eq!(g("weak_value").linkage, Linkage::Weak);
    assert!(g("per_thread").thread_local);
    // `greeting + 7` is a getelementptr on a global.
    let ConstKind::Aggregate(words) = &m.consts[g("words").init.expect("init")].kind else {
        panic!("aggregate")
    };
    assert!(matches!(
        m.consts[words[2]].kind,
        ConstKind::Expr(ConstExpr::Gep { .. })
    ));
    assert_eq!(m.consts[words[3]].kind, ConstKind::Null);
    let pk = g("pk");
    assert!(
        m.types.struct_fields(pk.value_ty).expect("struct").1,
        "packed"
    );
    let GlobalRef::Alias(a) = m.lookup("alias_name").expect("alias") else {
        panic!("alias_name is an alias")
    };
    assert_eq!(
        m.strip_to_global(m.aliases[a].aliasee),
        m.lookup("real_target")
    );
    let dtors = m.static_initializers(true);
    assert_eq!(dtors.len(), 1);
    assert_eq!(m.symbol_name(dtors[0]), "bye");
    // A float global written as the hex of its double value.
    let ConstKind::Float(bits) = m.consts[g("fl").init.expect("init")].kind else {
        panic!("float")
    };
    assert_eq!(f64::from_bits(bits) as f32, 1.0f32 / 3.0);
}

#[test]
fn globals_x86_64_o0_constructors_in_priority_order() {
    let m = fixture("globals.x86_64.O0.ll");
    let ctors: Vec<_> = m
        .static_initializers(false)
        .into_iter()
        .map(|r| m.symbol_name(r).to_string())
        .collect();
    assert_eq!(ctors, ["early", "late"]);
    let table = &m.globals[m.global_by_name("table").expect("table")];
    assert!(matches!(
        m.types.data(table.value_ty),
        TypeData::Array { len: 2, .. }
    ));
}

#[test]
fn debug_info_is_dropped() {
    for name in [
        "debuginfo.x86_64.O0.ll",
        "debuginfo.x86_64.O2.ll",
        "debuginfo.aarch64.O0.ll",
        "debuginfo_intrinsics.x86_64.O2.ll",
    ] {
        let m = fixture(name);
        check_invariants(&m, name);
        assert!(func(&m, "main").body.is_some());
    }
    // The same function with and without debug intrinsics reads to the same code
    // (constant indices differ: the intrinsics' declarations intern constants).
    let a = fixture("debuginfo.x86_64.O2.ll");
    let b = fixture("debuginfo_intrinsics.x86_64.O2.ll");
    let ops =
        |m: &Module| -> Vec<&'static str> { insts(m, "main").iter().map(|k| k.opcode()).collect() };
    assert_eq!(ops(&a), ops(&b));
    assert_eq!(
        func(&a, "main").body.as_ref().map(|b| b.values.len()),
        func(&b, "main").body.as_ref().map(|b| b.values.len())
    );
}

#[test]
fn cxx_exception_handling() {
    let m = fixture("eh_shapes.x86_64.O2.ll");
    // Every function with landing pads has clang's personality.
    let gxx = m
        .function_by_name("__gxx_personality_v0")
        .expect("declared");
    let mut pads = 0;
    for f in m.functions.values() {
        let Some(body) = &f.body else { continue };
        let has_pad = body.layout.iter().any(|&b| body.is_pad_block(b));
        if has_pad {
            pads += 1;
            let p = f.personality.expect("a personality");
            assert_eq!(m.strip_to_global(p), Some(GlobalRef::Function(gxx)));
        }
    }
    assert!(pads >= 6, "{pads} functions with landing pads");
    // catch_by_type: a landing pad with three catch clauses (int, MyError, std::exception)
    // and the typeid intrinsic comparing the selector.
    let k = insts(&m, "_Z13catch_by_typei");
    let clauses = k
        .iter()
        .find_map(|i| match i {
            InstKind::LandingPad { clauses, .. } => Some(clauses.len()),
            _ => None,
        })
        .expect("a landing pad");
    assert_eq!(clauses, 3);
    assert!(k.iter().any(|i| matches!(i, InstKind::Invoke { .. })));
    let typeid = m
        .functions
        .values()
        .find(|f| f.name.starts_with("llvm.eh.typeid.for"))
        .expect("declared");
    assert_eq!(typeid.intrinsic, Some(jit_core::ir::Intrinsic::EhTypeidFor));
    // C++03 exception specifications: filters, the empty one as zeroinitializer.
    let m = fixture("exception_specs.aarch64.O0.ll");
    let filters: Vec<String> = m
        .functions
        .values()
        .filter_map(|f| f.body.as_ref())
        .flat_map(|b| b.insts.values())
        .filter_map(|d| match &d.kind {
            InstKind::LandingPad { clauses, .. } => Some(clauses.iter()),
            _ => None,
        })
        .flatten()
        .filter_map(|c| match c {
            jit_core::ir::LandingPadClause::Filter(Operand::Const(c)) => {
                Some(jit_core::printer::print_constant(&m, *c))
            }
            _ => None,
        })
        .collect();
    assert!(
        filters.contains(&"[0 x ptr] zeroinitializer".to_string()),
        "{filters:?}"
    );
    assert!(
        filters.contains(&"[2 x ptr] [ptr @_ZTIi, ptr @_ZTIl]".to_string()),
        "{filters:?}"
    );
}
