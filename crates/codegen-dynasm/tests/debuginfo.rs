//! Source-level debug information of compiled code (`CompiledObject::debug`): line tables
//! and variable locations from both backends at both tiers, for whole modules and for the
//! single-function compiles of tiering.
//!
//! The modules are read from `.ll` text without metadata; the tests then fill the debug
//! tables the reader will fill from `!dbg`: a `DISubprogram` per function, and on each
//! instruction a `DILocation` whose line is the instruction's own line in the text (so the
//! expected rows can be read off the program), except the entry block's allocas and the
//! stores of the parameters into them (clang `-O0` gives those none). Allocas named
//! `%NAME.addr` are parameter `NAME`, the others locals, each with a declaration.
//!
//! On x86-64 the code also runs: a function reports its frame pointer (through a tiny
//! assembly helper that returns its caller's `rbp`) and the addresses of its variables,
//! which must be the frame pointer plus the offsets the object reports, at both tiers.

mod support;

use std::collections::{HashMap, HashSet};

use codegen_dynasm::{A64Backend, X64Backend};
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::{
    DebugDeclare, DebugLoc, DiFileData, DiLocationData, DiScopeData, DiScopeKind, DiSubprogramData,
    DiType, DiTypeData, DiUnitData, DiVariableData, InstKind, Module, Operand,
};
use jit_core::object::{CompiledObject, DebugType, FunctionDebugInfo, VariableLocation};
use support::build::{parse, parse_a64};

/// Clang `-O0`-shaped code: parameters stored to `.addr` allocas, locals in allocas, a
/// loop, calls; `@probe` reports its frame and its variables' addresses.
const PROGRAM: &str = r#"
%struct.node = type { i32, ptr }

declare ptr @caller_fp()
declare void @report(ptr, ptr, ptr, ptr, ptr)
declare i32 @ext(i32)

define i32 @probe(i32 %x, i64 %y) noinline {
entry:
  %x.addr = alloca i32, align 4
  %y.addr = alloca i64, align 8
  %n = alloca %struct.node, align 8
  store i32 %x, ptr %x.addr, align 4
  store i64 %y, ptr %y.addr, align 8
  store i32 77, ptr %n, align 8
  %fp = call ptr @caller_fp()
  call void @report(ptr %fp, ptr %x.addr, ptr %y.addr, ptr %n, ptr null)
  %v = load i32, ptr %x.addr, align 4
  %w = add i32 %v, 1
  ret i32 %w
}

define i32 @sum(i32 %n) noinline {
entry:
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %cond
cond:
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %c = icmp slt i32 %0, %1
  br i1 %c, label %body, label %done
body:
  %2 = load i32, ptr %i, align 4
  %3 = call i32 @ext(i32 %2)
  %4 = load i32, ptr %s, align 4
  %5 = add i32 %4, %3
  store i32 %5, ptr %s, align 4
  %6 = add i32 %2, 1
  store i32 %6, ptr %i, align 4
  br label %cond
done:
  %r = load i32, ptr %s, align 4
  ret i32 %r
}

define i32 @one_line(i32 %a) noinline {
  %r = mul i32 %a, 3
  ret i32 %r
}
"#;

/// What `attach_debug` made: per function, the line of its subprogram and the lines its
/// instructions carry (in layout order).
struct Expected {
    sp_line: HashMap<String, u32>,
    inst_lines: HashMap<String, Vec<u32>>,
    /// Per function: (variable name, arg number).
    variables: HashMap<String, Vec<(String, u32)>>,
    /// Per function: the lines of its calls (code at every tier, so rows at every tier).
    call_lines: HashMap<String, Vec<u32>>,
    /// The `DIFile` line rows name for inlined code (`inc.h`).
    inlined_line: u32,
}

/// Fills `m.debug` (see the file doc). The subprogram of each function is on the line
/// before its first instruction. The second instruction of `@sum`'s `body` block gets an
/// inlined location from `inc.h` line 500.
fn attach_debug(m: &mut Module) -> Expected {
    let d = &mut m.debug;
    let file = d.files.push(DiFileData {
        filename: "test.c".into(),
        directory: "/src".into(),
    });
    let header = d.files.push(DiFileData {
        filename: "inc.h".into(),
        directory: "/src".into(),
    });
    let unit = d.units.push(DiUnitData {
        file: Some(file),
        producer: "clang version 19.1.7".into(),
        language: 0x1d,
        optimized: false,
    });
    let int = d.types.push(DiTypeData::Basic {
        name: "int".into(),
        size_bits: 32,
        encoding: 5,
    });
    let long = d.types.push(DiTypeData::Basic {
        name: "long".into(),
        size_bits: 64,
        encoding: 5,
    });
    // struct node { int v; struct node *next; }: the member's pointer leads back.
    let node = d.types.next_key();
    let ptr_node = DiType::from_u32(node.as_u32() + 1);
    let member_v = DiType::from_u32(node.as_u32() + 2);
    let member_next = DiType::from_u32(node.as_u32() + 3);
    d.types.push(DiTypeData::Composite {
        tag: 0x13,
        name: Some("node".into()),
        base: None,
        size_bits: 128,
        members: vec![member_v, member_next],
        counts: Vec::new(),
        enumerators: Vec::new(),
    });
    d.types.push(DiTypeData::Derived {
        tag: 0x0f,
        name: None,
        base: Some(node),
        size_bits: 64,
        offset_bits: 0,
    });
    d.types.push(DiTypeData::Derived {
        tag: 0x0d,
        name: Some("v".into()),
        base: Some(int),
        size_bits: 32,
        offset_bits: 0,
    });
    d.types.push(DiTypeData::Derived {
        tag: 0x0d,
        name: Some("next".into()),
        base: Some(ptr_node),
        size_bits: 64,
        offset_bits: 64,
    });
    // The inlined callee's subprogram and scope.
    let callee_sp = d.subprograms.next_key();
    let callee_scope = d.scopes.push(DiScopeData {
        file: Some(header),
        kind: DiScopeKind::Subprogram(callee_sp),
    });
    d.subprograms.push(DiSubprogramData {
        name: "helper".into(),
        file: Some(header),
        line: 498,
        scope_line: 498,
        unit: Some(unit),
        scope: Some(callee_scope),
        ..Default::default()
    });

    let mut exp = Expected {
        sp_line: HashMap::new(),
        inst_lines: HashMap::new(),
        variables: HashMap::new(),
        call_lines: HashMap::new(),
        inlined_line: 500,
    };
    let ids: Vec<_> = m.functions.keys().collect();
    for f in ids {
        let func = &m.functions[f];
        let Some(body) = &func.body else { continue };
        let name = func.name.to_string();
        let d = &mut m.debug;
        let first = body
            .layout
            .first()
            .and_then(|&b| body.blocks[b].insts.first())
            .map_or(1, |&i| body.insts[i].loc.line);
        let sp_line = first - 1;
        let sp = d.subprograms.next_key();
        let scope = d.scopes.push(DiScopeData {
            file: Some(file),
            kind: DiScopeKind::Subprogram(sp),
        });
        d.subprograms.push(DiSubprogramData {
            name: name.clone(),
            linkage_name: None,
            file: Some(file),
            line: sp_line,
            scope_line: sp_line,
            unit: Some(unit),
            ty: None,
            scope: Some(scope),
        });
        let inlined_at = d.locations.push(DiLocationData {
            line: 1,
            column: 1,
            scope,
            inlined_at: None,
        });
        let inline_loc = d.locations.push(DiLocationData {
            line: 500,
            column: 7,
            scope: callee_scope,
            inlined_at: Some(inlined_at),
        });
        let mut locs: Vec<(jit_core::ir::Inst, DebugLoc)> = Vec::new();
        let mut lines = Vec::new();
        let mut declares = Vec::new();
        let mut vars = Vec::new();
        let mut calls = Vec::new();
        let param_index = |v| func.params.iter().position(|&p| p == v);
        for &b in &body.layout {
            let bname = body.blocks[b].name.as_deref().unwrap_or("").to_string();
            for (k, &i) in body.blocks[b].insts.iter().enumerate() {
                let data = &body.insts[i];
                match &data.kind {
                    InstKind::Alloca { .. } => {
                        let v = data.result.expect("alloca result");
                        let vname = body.values[v].name.as_deref().unwrap_or("").to_string();
                        let (var_name, arg, ty) = match vname.strip_suffix(".addr") {
                            Some(p) => {
                                let arg = func
                                    .params
                                    .iter()
                                    .position(|&q| body.values[q].name.as_deref() == Some(p))
                                    .map_or(0, |k| k as u32 + 1);
                                let ty = if p == "y" { long } else { int };
                                (p.to_string(), arg, ty)
                            }
                            None if vname == "n" => (vname.clone(), 0, node),
                            None => (vname.clone(), 0, int),
                        };
                        let var = d.variables.push(DiVariableData {
                            name: var_name.clone(),
                            arg,
                            file: Some(file),
                            line: data.loc.line,
                            ty: Some(ty),
                            scope: Some(scope),
                        });
                        declares.push(DebugDeclare {
                            address: v,
                            variable: var,
                            expression: Vec::new(),
                            loc: None,
                        });
                        vars.push((var_name, arg));
                        continue;
                    }
                    InstKind::Store {
                        value: Operand::Value(v),
                        ..
                    } if param_index(*v).is_some() => continue,
                    _ => {}
                }
                if name == "sum" && bname == "body" && k == 1 {
                    locs.push((i, inline_loc));
                    lines.push(500);
                    continue;
                }
                if matches!(data.kind, InstKind::Call { .. }) {
                    calls.push(data.loc.line);
                }
                let loc = d.locations.push(DiLocationData {
                    line: data.loc.line,
                    column: data.loc.col,
                    scope,
                    inlined_at: None,
                });
                locs.push((i, loc));
                lines.push(data.loc.line);
            }
        }
        let func = &mut m.functions[f];
        func.subprogram = Some(sp);
        let body = func.body.as_mut().expect("body");
        for (i, loc) in locs {
            body.insts[i].dbg = Some(loc);
        }
        body.debug_declares = declares;
        exp.sp_line.insert(name.clone(), sp_line);
        exp.inst_lines.insert(name.clone(), lines);
        exp.variables.insert(name.clone(), vars);
        exp.call_lines.insert(name, calls);
    }
    exp
}

/// A backend with its module reader and frame-base register.
type Target = (&'static dyn Backend, fn(&str) -> Module, u16);

const TARGETS: [Target; 2] = [(&X64Backend, parse, 6), (&A64Backend, parse_a64, 29)];

fn options(level: u8, counters: bool) -> CodegenOptions {
    CodegenOptions {
        opt_level: level,
        tier_counters: counters.then_some(1000),
        ..CodegenOptions::default()
    }
}

fn function<'a>(obj: &'a CompiledObject, name: &str) -> &'a FunctionDebugInfo {
    let dbg = obj
        .debug
        .as_ref()
        .expect("the object has debug information");
    dbg.functions
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no debug information for `{name}`"))
}

/// The checks every object must pass, whatever the ISA and tier.
fn check_object(obj: &CompiledObject, exp: &Expected, frame_base: u16, what: &str) {
    let dbg = obj.debug.as_ref().expect("debug information");
    assert_eq!(dbg.producer, "clang version 19.1.7", "{what}");
    assert_eq!(dbg.language, 0x1d, "{what}");
    let test_c = dbg
        .files
        .iter()
        .position(|f| f.name == "test.c" && f.directory == "/src")
        .expect("test.c") as u32;
    assert_eq!(dbg.unit_file, Some(test_c), "{what}");
    let files: HashSet<_> = dbg.files.iter().collect();
    assert_eq!(files.len(), dbg.files.len(), "{what}: files deduplicated");
    for (name, sp_line) in &exp.sp_line {
        let f = function(obj, name);
        let what = format!("{what} @{name}");
        let sym = obj
            .symbols
            .iter()
            .find(|s| s.name == *name && s.section.is_some())
            .expect("symbol");
        assert_eq!(f.section, sym.section.unwrap(), "{what}");
        assert_eq!((f.offset, f.size), (sym.offset, sym.size), "{what}");
        assert_eq!((f.file, f.line), (test_c, *sp_line), "{what}");
        assert_eq!(f.frame_base, Some(frame_base), "{what}");
        // The prologue row, then the body's rows at increasing offsets inside the code.
        assert!(f.lines.len() >= 2, "{what}: {:?}", f.lines);
        assert_eq!(
            (f.lines[0].offset, f.lines[0].line, f.lines[0].file),
            (0, *sp_line, test_c),
            "{what}"
        );
        assert!(
            f.lines[1].offset > 0,
            "{what}: the prologue has a row of its own"
        );
        for w in f.lines.windows(2) {
            assert!(w[0].offset < w[1].offset, "{what}: {:?}", f.lines);
        }
        assert!(
            u64::from(f.lines.last().unwrap().offset) < f.size,
            "{what}: {:?}",
            f.lines
        );
        let lines = &exp.inst_lines[name];
        let body_rows = match f.lines.last() {
            // Tier 0's code after the blocks (tier-up stubs here) has no source line.
            Some(r) if r.line == 0 => &f.lines[1..f.lines.len() - 1],
            _ => &f.lines[1..],
        };
        for row in body_rows {
            assert!(
                lines.contains(&row.line),
                "{what}: row {row:?} not a line of the code"
            );
            let file = &dbg.files[row.file as usize].name;
            let expected_file = if row.line == exp.inlined_line {
                "inc.h"
            } else {
                "test.c"
            };
            assert_eq!(file, expected_file, "{what}: {row:?}");
        }
        for line in &exp.call_lines[name] {
            assert!(
                f.lines.iter().any(|r| r.line == *line),
                "{what}: no row for the call on line {line}: {:?}",
                f.lines
            );
        }
        // No two consecutive rows say the same.
        for w in f.lines[1..].windows(2) {
            assert!(
                (w[0].file, w[0].line, w[0].column) != (w[1].file, w[1].line, w[1].column),
                "{what}: {:?}",
                f.lines
            );
        }
        // Every variable at a distinct frame offset below the frame pointer, parameters
        // numbered.
        let mut offsets = HashSet::new();
        for v in &f.variables {
            let VariableLocation::FrameOffset(o) = v.location;
            assert!(o < 0, "{what}: {v:?}");
            assert!(offsets.insert(o), "{what}: {v:?}");
        }
        let got: Vec<(String, u32)> = f
            .variables
            .iter()
            .map(|v| (v.name.clone(), v.arg))
            .collect();
        assert_eq!(got, exp.variables[name], "{what}");
    }
    // `@probe`'s `n` is a `struct node` whose `next` points back at it.
    let n = function(obj, "probe")
        .variables
        .iter()
        .find(|v| v.name == "n")
        .expect("n");
    let t = n.ty.expect("type of n") as usize;
    let DebugType::Composite {
        tag,
        name,
        size,
        members,
    } = &dbg.types[t]
    else {
        panic!("{what}: {:?}", dbg.types[t]);
    };
    assert_eq!((*tag, name.as_deref(), *size), (0x13, Some("node"), 16));
    assert_eq!(members.len(), 2);
    assert_eq!((members[1].name.as_str(), members[1].offset), ("next", 8));
    let next = members[1].ty.expect("type of next") as usize;
    assert_eq!(
        dbg.types[next],
        DebugType::Pointer {
            pointee: Some(t as u32),
            size: 8
        }
    );
    let int = members[0].ty.expect("type of v") as usize;
    assert_eq!(
        dbg.types[int],
        DebugType::Base {
            name: "int".into(),
            size: 4,
            encoding: 5
        }
    );
}

/// Tier 0 emits in layout order: its rows follow the program's lines (except the inlined
/// one), the first body row is the first located instruction, and every call has a row.
fn check_tier0_order(obj: &CompiledObject, exp: &Expected, counters: bool, what: &str) {
    for name in exp.sp_line.keys() {
        let f = function(obj, name);
        let lines = &exp.inst_lines[name];
        assert_eq!(f.lines[1].line, lines[0], "{what} @{name}: {:?}", f.lines);
        let body: Vec<u32> = f.lines[1..]
            .iter()
            .map(|r| r.line)
            .filter(|&l| l != exp.inlined_line && l != 0)
            .collect();
        // With counters, the tier-up stubs after the blocks are the last row, of line 0.
        let stubs = f.lines.last().is_some_and(|r| r.line == 0);
        assert_eq!(stubs, counters, "{what} @{name}: {:?}", f.lines);
        assert!(
            body.windows(2).all(|w| w[0] < w[1]),
            "{what} @{name}: {:?}",
            f.lines
        );
    }
    // The loop body's lines, the inlined one included, all have rows.
    let sum = function(obj, "sum");
    let got: HashSet<u32> = sum.lines.iter().map(|r| r.line).collect();
    assert!(got.contains(&exp.inlined_line), "{what}: {:?}", sum.lines);
}

#[test]
fn both_backends_record_lines_variables_and_types_at_every_tier() {
    for (backend, parse, fb) in TARGETS {
        for (level, counters) in [(0, false), (0, true), (1, false), (2, false), (3, false)] {
            let mut m = parse(PROGRAM);
            let exp = attach_debug(&mut m);
            let what = format!("{:?} -O{level} counters={counters}", backend.arch());
            let obj = backend
                .compile(&m, &options(level, counters))
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            check_object(&obj, &exp, fb, &what);
            if level == 0 {
                check_tier0_order(&obj, &exp, counters, &what);
            }
        }
    }
}

#[test]
fn single_function_compiles_of_tiering_carry_debug_information() {
    for (backend, parse, _) in TARGETS {
        let mut m = parse(PROGRAM);
        let exp = attach_debug(&mut m);
        let sum = m.function_by_name("sum").expect("sum");
        let obj = backend
            .compile_functions(&m, &options(2, false), &[sum])
            .expect("compile");
        let dbg = obj.debug.as_ref().expect("debug information");
        assert_eq!(dbg.functions.len(), 1);
        let f = function(&obj, "sum");
        assert_eq!(f.lines[0].line, exp.sp_line["sum"]);
        assert!(f.lines.len() > 2, "{:?}", f.lines);
        assert_eq!(f.variables.len(), 3);
    }
}

#[test]
fn modules_without_debug_information_get_none() {
    for level in [0, 2] {
        let obj = X64Backend
            .compile(&parse(PROGRAM), &options(level, false))
            .expect("compile");
        assert!(obj.debug.is_none());
        let obj = A64Backend
            .compile(&parse_a64(PROGRAM), &options(level, false))
            .expect("compile");
        assert!(obj.debug.is_none());
    }
}

#[test]
fn functions_without_subprogram_are_left_out() {
    let mut m = parse(PROGRAM);
    attach_debug(&mut m);
    let one = m.function_by_name("one_line").expect("one_line");
    m.functions[one].subprogram = None;
    let obj = X64Backend.compile(&m, &options(0, false)).expect("compile");
    let dbg = obj.debug.as_ref().expect("debug");
    assert!(dbg.functions.iter().all(|f| f.name != "one_line"));
    assert_eq!(dbg.functions.len(), 2);
}

#[test]
fn declarations_with_an_offset_expression_and_inlined_variables() {
    let mut m = parse(PROGRAM);
    attach_debug(&mut m);
    let probe = m.function_by_name("probe").expect("probe");
    let plain = X64Backend.compile(&m, &options(0, false)).expect("compile");
    let n_at = |obj: &CompiledObject, name: &str| {
        function(obj, "probe")
            .variables
            .iter()
            .find(|v| v.name == name)
            .map(|v| v.location)
    };
    let Some(VariableLocation::FrameOffset(n)) = n_at(&plain, "n") else {
        panic!("n");
    };
    let body = m.functions[probe].body.as_mut().expect("body");
    // `n` at `DW_OP_plus_uconst 8`; `x` with an expression this model cannot say: omitted.
    for d in &mut body.debug_declares {
        let var = &m.debug.variables[d.variable];
        match var.name.as_str() {
            "n" => d.expression = vec![0x23, 8],
            "x" => d.expression = vec![0x06],
            _ => {}
        }
    }
    // `y` becomes a variable of the inlined `helper`: not `probe`'s.
    let y = body
        .debug_declares
        .iter()
        .find(|d| m.debug.variables[d.variable].name == "y")
        .expect("y")
        .variable;
    let helper_scope = m
        .debug
        .subprograms
        .values()
        .find(|s| s.name == "helper")
        .and_then(|s| s.scope);
    m.debug.variables[y].scope = helper_scope;
    let obj = X64Backend.compile(&m, &options(0, false)).expect("compile");
    assert_eq!(n_at(&obj, "n"), Some(VariableLocation::FrameOffset(n + 8)));
    assert_eq!(n_at(&obj, "x"), None);
    assert_eq!(n_at(&obj, "y"), None);
}

#[test]
fn bad_debug_tables_do_not_panic() {
    // Locations, variables and types that index past the tables are skipped.
    let mut m = parse(PROGRAM);
    attach_debug(&mut m);
    let bogus_loc = DebugLoc::from_u32(1_000_000);
    let bogus_ty = DiType::from_u32(1_000_000);
    let ids: Vec<_> = m.functions.keys().collect();
    for f in ids {
        if let Some(body) = m.functions[f].body.as_mut() {
            for data in body.insts.values_mut() {
                if data.dbg.is_some() && data.loc.line % 2 == 0 {
                    data.dbg = Some(bogus_loc);
                }
            }
        }
    }
    for v in m.debug.variables.values_mut() {
        v.ty = Some(bogus_ty);
    }
    for level in [0, 2] {
        let obj = X64Backend
            .compile(&m, &options(level, false))
            .expect("compile");
        let f = function(&obj, "sum");
        assert!(f.variables.iter().all(|v| v.ty.is_none()));
        let obj = A64Backend
            .compile(&parse_a64_with_debug(), &options(level, false))
            .expect("compile");
        assert!(obj.debug.is_some());
    }
}

fn parse_a64_with_debug() -> Module {
    let mut m = parse_a64(PROGRAM);
    attach_debug(&mut m);
    m
}

/// The reports of `@probe`: its frame pointer, then the addresses of `x.addr`, `y.addr`
/// and `n`.
#[cfg(target_arch = "x86_64")]
mod run {
    use super::*;
    use std::sync::Mutex;

    std::arch::global_asm!(
        ".globl dbgtest_caller_fp",
        "dbgtest_caller_fp:",
        "mov rax, rbp",
        "ret",
    );

    unsafe extern "C" {
        fn dbgtest_caller_fp() -> u64;
    }

    static REPORT: Mutex<Vec<[u64; 4]>> = Mutex::new(Vec::new());

    extern "C" fn ext(x: i32) -> i32 {
        x * 2
    }

    extern "C" fn report(fp: u64, x: u64, y: u64, n: u64, _unused: u64) {
        REPORT.lock().unwrap().push([fp, x, y, n]);
    }

    #[test]
    fn variables_are_at_the_frame_offsets_the_object_reports() {
        for level in [0u8, 2] {
            let mut m = parse(PROGRAM);
            attach_debug(&mut m);
            let obj = X64Backend
                .compile(&m, &options(level, false))
                .expect("compile");
            let mut known = HashMap::new();
            known.insert(
                "caller_fp".to_string(),
                dbgtest_caller_fp as *const () as u64,
            );
            known.insert("report".to_string(), report as *const () as u64);
            known.insert("ext".to_string(), ext as *const () as u64);
            let loaded = support::load_with(&obj, &known);
            REPORT.lock().unwrap().clear();
            // SAFETY: `@probe` has this signature in PROGRAM; its callees are the functions
            // above.
            let f: extern "C" fn(i32, i64) -> i32 =
                unsafe { std::mem::transmute(loaded.addr("probe") as usize) };
            assert_eq!(f(41, -5), 42);
            let [fp, x, y, n] = REPORT.lock().unwrap()[0];
            let probe = function(&obj, "probe");
            let at = |name: &str| {
                let v = probe
                    .variables
                    .iter()
                    .find(|v| v.name == name)
                    .unwrap_or_else(|| panic!("-O{level}: no `{name}`"));
                let VariableLocation::FrameOffset(o) = v.location;
                fp.wrapping_add_signed(o)
            };
            assert_eq!(at("x"), x, "-O{level}");
            assert_eq!(at("y"), y, "-O{level}");
            assert_eq!(at("n"), n, "-O{level}");
            drop(loaded);
        }
    }

    /// At both tiers the prologue row covers the frame setup (`push rbp; mov rbp, rsp; sub
    /// rsp, N`): the second row starts after it.
    #[test]
    fn the_prologue_row_covers_the_frame_setup() {
        use iced_x86::{Decoder, DecoderOptions, Mnemonic, OpKind, Register};
        for level in [0u8, 2] {
            let mut m = parse(PROGRAM);
            attach_debug(&mut m);
            let obj = X64Backend
                .compile(&m, &options(level, false))
                .expect("compile");
            for name in ["probe", "sum", "one_line"] {
                let f = function(&obj, name);
                let text = &obj.sections[0].data;
                let code = &text[f.offset as usize..(f.offset + f.size) as usize];
                let body_at = u64::from(f.lines[1].offset);
                let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
                let mut setup_end = None;
                while dec.can_decode() {
                    let ins = dec.decode();
                    let sets_fp = ins.mnemonic() == Mnemonic::Mov
                        && ins.op0_kind() == OpKind::Register
                        && ins.op0_register() == Register::RBP
                        && ins.op1_register() == Register::RSP;
                    let allocates = ins.mnemonic() == Mnemonic::Sub
                        && ins.op0_register() == Register::RSP
                        && setup_end.is_some();
                    if sets_fp || allocates {
                        setup_end = Some(ins.next_ip());
                    }
                    if ins.next_ip() >= body_at {
                        break;
                    }
                }
                let end = setup_end.unwrap_or_else(|| panic!("-O{level} @{name}: no frame setup"));
                assert!(end <= body_at, "-O{level} @{name}: {end} > {body_at}");
            }
        }
    }

    /// At tier 0 the prologue row ends after the parameters are in their slots: a debugger
    /// stopping at the second row's address reads `x` and `y` from their frame slots.
    #[test]
    fn the_prologue_row_ends_after_the_arguments_are_stored() {
        use iced_x86::{Decoder, DecoderOptions, Mnemonic, OpKind, Register};
        let mut m = parse(PROGRAM);
        attach_debug(&mut m);
        let obj = X64Backend.compile(&m, &options(0, false)).expect("compile");
        let probe = function(&obj, "probe");
        let text = &obj.sections[0].data;
        let code = &text[probe.offset as usize..(probe.offset + probe.size) as usize];
        let body_at = u64::from(probe.lines[1].offset);
        let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
        // Reads of the argument registers (`mov [rbp-8], rsi`; `mov rax, rdi` before the
        // zero-extension and store of an `i32`) all come before the second row.
        let mut reads_before = 0;
        let mut boundary = false;
        while dec.can_decode() {
            let ins = dec.decode();
            if ins.ip() == body_at {
                boundary = true;
            }
            let reads_arg = ins.mnemonic() == Mnemonic::Mov
                && ins.op_count() == 2
                && ins.op1_kind() == OpKind::Register
                && matches!(
                    ins.op1_register(),
                    Register::EDI | Register::RDI | Register::ESI | Register::RSI
                );
            if reads_arg {
                assert!(ins.ip() < body_at, "argument read after the prologue row");
                reads_before += 1;
            }
        }
        assert!(boundary, "the second row starts at an instruction");
        assert_eq!(reads_before, 2);
    }
}

/// The same check in the real engine on the host (x86-64, or AArch64 under QEMU) at tier 0:
/// the offsets of an object compiled alone are where the engine's code keeps the variables.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
mod engine_run {
    use super::*;
    use jit_core::ExecutionEngine;
    use std::sync::Mutex;
    use support::engine::{addr, engine_at, host_backend, parse_host};

    #[cfg(target_arch = "x86_64")]
    std::arch::global_asm!(
        ".globl dbgtest_engine_fp",
        "dbgtest_engine_fp:",
        "mov rax, rbp",
        "ret",
    );
    #[cfg(target_arch = "aarch64")]
    std::arch::global_asm!(
        ".globl dbgtest_engine_fp",
        "dbgtest_engine_fp:",
        "mov x0, x29",
        "ret",
    );

    unsafe extern "C" {
        fn dbgtest_engine_fp() -> u64;
    }

    static REPORT: Mutex<Vec<[u64; 4]>> = Mutex::new(Vec::new());

    extern "C" fn report(fp: u64, x: u64, y: u64, n: u64, _unused: u64) {
        REPORT.lock().unwrap().push([fp, x, y, n]);
    }

    extern "C" fn ext(x: i32) -> i32 {
        x * 2
    }

    #[test]
    fn tier0_variables_are_where_the_engine_code_keeps_them() {
        let (backend, _, _) = host_backend();
        let mut m = parse_host(PROGRAM);
        attach_debug(&mut m);
        let obj = backend.compile(&m, &options(0, false)).expect("compile");
        let mut e = engine_at(m, 0);
        e.add_global_mapping("caller_fp", dbgtest_engine_fp as *const () as u64);
        e.add_global_mapping("report", report as *const () as u64);
        e.add_global_mapping("ext", ext as *const () as u64);
        let probe = addr(&mut e, "probe");
        // SAFETY: `@probe` has this signature in PROGRAM; its callees are the functions
        // above.
        let f: extern "C" fn(i32, i64) -> i32 = unsafe { std::mem::transmute(probe) };
        assert_eq!(f(41, -5), 42);
        let [fp, x, y, n] = REPORT.lock().unwrap()[0];
        let vars = &function(&obj, "probe").variables;
        let at = |name: &str| {
            let v = vars.iter().find(|v| v.name == name).expect("variable");
            let VariableLocation::FrameOffset(o) = v.location;
            fp.wrapping_add_signed(o)
        };
        assert_eq!((at("x"), at("y"), at("n")), (x, y, n));
    }
}
