//! Debug information through the optimiser: locations survive rewrites, inlining chains
//! the callee's locations to the call site, promoted variables lose their declarations,
//! and every location still belongs to the function it is in.

use jit_core::ir::{InstKind, Module};

/// `debuginfo.c` from jit-core's clang fixtures, `-g -O0`.
fn fixture() -> Module {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../jit-core/tests/fixtures/clang/debuginfo.x86_64.O0.ll"
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    jit_core::reader::parse_module(&text, "debuginfo.ll").expect("parses")
}

/// Every location of every function belongs to that function's subprogram (after
/// undoing inlining), and the tables are consistent.
fn check(m: &Module) {
    assert_eq!(m.debug.check(), None);
    for f in m.functions.values() {
        let Some(body) = &f.body else { continue };
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                if let Some(l) = body.insts[i].dbg {
                    assert_eq!(m.debug.location_function(l), f.subprogram, "@{}", f.name);
                }
            }
        }
        for d in &body.debug_declares {
            if let Some(l) = d.loc {
                assert_eq!(m.debug.location_function(l), f.subprogram, "@{}", f.name);
            }
        }
    }
    jit_core::verifier::verify_module(m).expect("verifies");
}

#[test]
fn o2_keeps_locations_and_inlining_chains_them() {
    let mut m = fixture();
    check(&m);
    jit_opt::optimize(&mut m, 2).expect("optimizes");
    check(&m);
    let main = &m.functions[m.function_by_name("main").expect("main")];
    let body = main.body.as_ref().expect("body");
    let d = &m.debug;
    let mut located = 0;
    let mut inlined = 0;
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            let Some(l) = body.insts[i].dbg else { continue };
            located += 1;
            if let Some(at) = d.locations[l].inlined_at {
                inlined += 1;
                let sp = d.scope_subprogram(d.locations[l].scope).expect("sp");
                assert_eq!(d.subprograms[sp].name, "scale");
                // The call of `scale` was on line 18.
                assert_eq!(d.locations[at].line, 18);
            }
        }
    }
    assert!(located > 0, "main keeps locations");
    llvm_accepts(&m);
    assert!(
        inlined > 0,
        "scale was inlined into main: its code is located inlined-at"
    );
    // Every alloca was promoted: no declaration names a vanished address.
    for decl in &body.debug_declares {
        let jit_core::ir::ValueDef::Inst(i) = body.values[decl.address].def else {
            continue;
        };
        let inst = &body.insts[i];
        assert!(
            body.blocks[inst.block].insts.contains(&i),
            "a declaration names an instruction still in the function"
        );
    }
}

#[test]
fn instcombine_and_gvn_keep_the_location_of_what_they_rewrite() {
    let text = "define i32 @f(i32 %x) !dbg !4 {\n\
                \x20 %a = add i32 %x, 0, !dbg !7\n\
                \x20 %b = mul i32 %a, 2, !dbg !8\n\
                \x20 %c = mul i32 %a, 2, !dbg !9\n\
                \x20 %d = add i32 %b, %c, !dbg !9\n\
                \x20 ret i32 %d, !dbg !9\n}\n\
                !llvm.dbg.cu = !{!0}\n\
                !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: FullDebug)\n\
                !1 = !DIFile(filename: \"f.c\", directory: \"/\")\n\
                !4 = distinct !DISubprogram(name: \"f\", file: !1, line: 1, spFlags: DISPFlagDefinition, unit: !0)\n\
                !7 = !DILocation(line: 2, column: 1, scope: !4)\n\
                !8 = !DILocation(line: 3, column: 1, scope: !4)\n\
                !9 = !DILocation(line: 4, column: 1, scope: !4)\n";
    let mut m = jit_core::reader::parse_module(text, "f.ll").expect("parses");
    jit_opt::run_passes(&mut m, "instcombine,gvn,instcombine,dce").expect("runs");
    check(&m);
    let f = &m.functions[m.function_by_name("f").expect("f")];
    let body = f.body.as_ref().expect("body");
    let lines: Vec<(String, u32)> = body.blocks[body.layout[0]]
        .insts
        .iter()
        .map(|&i| {
            let inst = &body.insts[i];
            let kind = match &inst.kind {
                InstKind::Binary { op, .. } => format!("{op:?}"),
                InstKind::Ret { .. } => "ret".to_string(),
                k => format!("{k:?}"),
            };
            (kind, inst.dbg.map_or(0, |l| m.debug.locations[l].line))
        })
        .collect();
    // `x + 0` is gone; `b` and `c` are one value, computed where `b` was (line 3); every
    // remaining instruction has its line.
    assert!(lines.iter().all(|(_, l)| *l != 0), "{lines:?}");
    assert_eq!(lines.last().map(|x| x.1), Some(4), "{lines:?}");
    assert!(lines.len() <= 3, "{lines:?}");
}

/// `llvm-as-19` (when installed) accepts the printed module with its debug information.
fn llvm_accepts(m: &Module) {
    let text = jit_core::printer::print_module(m);
    assert!(text.contains("!llvm.dbg.cu"));
    let Ok(mut child) = std::process::Command::new("llvm-as-19")
        .args(["-", "-o", "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        return;
    };
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("llvm-as-19 runs");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "llvm-as-19: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
}
