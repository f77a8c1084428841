//! Unit tests of the reader: each instruction form, constants, forward references,
//! attributes, metadata, and every kind of error. The helpers and the module-level tests
//! are here; [`instructions`], [`constants`] and [`errors`] hold the rest by topic.

use super::{ParseError, ParseErrorKind, parse_module};
use crate::ir::{
    ArithFlags, BinaryOp, CastOp, ConstExpr, ConstKind, FnAttrs, FuncId, GlobalRef, InstKind,
    IntPredicate, Linkage, Module, Operand, ParamAttrs, TailKind, Type, TypeData, ValueDef,
};

fn parse(src: &str) -> Module {
    match parse_module(src, "test.ll") {
        Ok(m) => m,
        Err(e) => panic!("unexpected error: {e}\n--- input ---\n{src}"),
    }
}

fn err(src: &str) -> ParseError {
    match parse_module(src, "test.ll") {
        Ok(_) => panic!("expected an error for:\n{src}"),
        Err(e) => e,
    }
}

/// Asserts the error message contains `needle` and returns the error.
fn err_has(src: &str, needle: &str) -> ParseError {
    let e = err(src);
    assert!(
        e.message.contains(needle),
        "message `{}` lacks `{needle}`\n--- input ---\n{src}",
        e.message
    );
    e
}

fn func<'m>(m: &'m Module, name: &str) -> &'m crate::ir::Function {
    let f: FuncId = m.function_by_name(name).expect("function exists");
    &m.functions[f]
}

/// The kinds of all instructions of `@name`, in layout order.
fn kinds(m: &Module, name: &str) -> Vec<InstKind> {
    let body = func(m, name).body.as_ref().expect("has a body");
    body.layout
        .iter()
        .flat_map(|&b| body.blocks[b].insts.iter())
        .map(|&i| body.insts[i].kind.clone())
        .collect()
}

fn const_int(m: &Module, op: Operand) -> Option<u128> {
    match op {
        Operand::Const(c) => match m.consts[c].kind {
            ConstKind::Int(v) => Some(v),
            _ => None,
        },
        Operand::Value(_) => None,
    }
}

mod constants;
mod eh;
mod errors;
mod instructions;

// ---- module level ----------------------------------------------------------------------

#[test]
fn empty_input_is_an_empty_module() {
    let m = parse("");
    assert_eq!(m.functions.len(), 0);
    assert_eq!(m.name, "test.ll");
    let m = parse("; just a comment\n\n");
    assert_eq!(m.symbol_count(), 0);
}

#[test]
fn header_lines() {
    let m = parse(
        "; ModuleID = 'a.c'\nsource_filename = \"a.c\"\n\
         target datalayout = \"e-m:e-i64:64\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n",
    );
    assert_eq!(m.name, "a.c");
    assert_eq!(m.source_filename.as_deref(), Some("a.c"));
    assert_eq!(m.datalayout.as_deref(), Some("e-m:e-i64:64"));
    assert_eq!(m.triple.as_deref(), Some("x86_64-unknown-linux-gnu"));
}

#[test]
fn named_types_forward_and_recursive() {
    let m = parse(
        "%struct.list = type { i32, ptr, %struct.inner }\n\
         %struct.inner = type <{ i8, [3 x i16] }>\n\
         %\"struct.a b\" = type opaque\n\
         %union.U = type { double }\n\
         @g = global %struct.list zeroinitializer\n",
    );
    let t = m.types.get_named("struct.list").expect("named");
    let (fields, packed) = m.types.struct_fields(t).expect("struct");
    assert!(!packed);
    assert_eq!(fields.len(), 3);
    let inner = m.types.get_named("struct.inner").expect("named");
    assert_eq!(fields[2], inner);
    assert!(m.types.struct_fields(inner).expect("struct").1);
    assert!(
        m.types
            .is_opaque(m.types.get_named("struct.a b").expect("named"))
    );
}

#[test]
fn globals_with_attributes() {
    let m = parse(
        "$c = comdat any\n\
         @a = dso_local global i32 5, align 4\n\
         @b = internal unnamed_addr constant [2 x i8] c\"x\\00\", section \".rodata\", align 1\n\
         @c = linkonce_odr dso_local local_unnamed_addr global i64 0, comdat, align 8, !dbg !0\n\
         @d = external global i32, align 4\n\
         @e = extern_weak global ptr\n\
         @f = dso_local thread_local(initialexec) global i32 0, align 4\n\
         @g = weak hidden global i8 1, partition \"p\"\n\
         @h = private externally_initialized global i16 -1\n\
         @0 = private constant i32 7\n\
         !0 = !{}\n",
    );
    let a = &m.globals[m.global_by_name("a").expect("a")];
    assert_eq!(
        (a.align, a.is_constant, a.linkage),
        (Some(4), false, Linkage::External)
    );
    let b = &m.globals[m.global_by_name("b").expect("b")];
    assert!(b.is_constant && b.unnamed_addr);
    assert_eq!(b.section.as_deref(), Some(".rodata"));
    assert_eq!(b.linkage, Linkage::Internal);
    let init = b.init.expect("init");
    assert_eq!(
        m.consts[init].kind,
        ConstKind::Bytes(b"x\0".to_vec().into())
    );
    let c = &m.globals[m.global_by_name("c").expect("c")];
    assert_eq!(c.linkage, Linkage::LinkOnceOdr);
    assert!(c.unnamed_addr);
    let d = &m.globals[m.global_by_name("d").expect("d")];
    assert!(d.init.is_none());
    assert!(m.globals[m.global_by_name("e").expect("e")].init.is_none());
    assert!(m.globals[m.global_by_name("f").expect("f")].thread_local);
    let h = &m.globals[m.global_by_name("h").expect("h")];
    assert_eq!(m.consts[h.init.expect("init")].kind, ConstKind::Int(0xffff));
    assert!(m.global_by_name("0").is_some());
    assert_eq!(a.loc.line, 2);
}

#[test]
fn global_ctors_and_forward_function_references() {
    let m = parse(
        "@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }, { i32, ptr, ptr } { i32 100, ptr @early, ptr null }]\n\
         @llvm.used = appending global [1 x ptr] [ptr @init], section \"llvm.metadata\"\n\
         @table = global [2 x ptr] [ptr @init, ptr @var]\n\
         define internal void @init() {\n  ret void\n}\n\
         define internal void @early() {\n  ret void\n}\n\
         @var = global i32 0\n",
    );
    let ctors = m.static_initializers(false);
    assert_eq!(
        ctors,
        vec![
            GlobalRef::Function(m.function_by_name("early").expect("early")),
            GlobalRef::Function(m.function_by_name("init").expect("init")),
        ]
    );
    // The forward reference was patched in place and is interned under its real value.
    let var = GlobalRef::Global(m.global_by_name("var").expect("var"));
    let table = &m.globals[m.global_by_name("table").expect("table")];
    let ConstKind::Aggregate(items) = &m.consts[table.init.expect("init")].kind else {
        panic!("aggregate")
    };
    assert_eq!(m.consts[items[1]].kind, ConstKind::GlobalAddr(var));
    let mut m2 = m.clone();
    assert_eq!(m2.const_addr(var), items[1]);
}

#[test]
fn aliases() {
    let m = parse(
        "@a = dso_local alias i32, ptr @b\n\
         @w = weak alias void (), ptr @f\n\
         @b = dso_local global i32 1\n\
         define void @f() {\n  ret void\n}\n",
    );
    let a = m.lookup("a").expect("a");
    let GlobalRef::Alias(id) = a else {
        panic!("alias")
    };
    let alias = &m.aliases[id];
    assert_eq!(alias.value_ty, Type::I32);
    assert_eq!(
        m.strip_to_global(alias.aliasee),
        Some(GlobalRef::Global(m.global_by_name("b").expect("b")))
    );
    let GlobalRef::Alias(w) = m.lookup("w").expect("w") else {
        panic!("alias")
    };
    assert_eq!(m.aliases[w].linkage, Linkage::Weak);
}

#[test]
fn function_headers_and_attribute_groups() {
    let m = parse(
        "define dso_local noundef range(i32 0, 10) i32 @f(i32 noundef signext %x, ptr noalias nocapture sret(%struct.S) align 8 %out, ptr byval(%struct.S) align 16 %in, ptr nonnull dereferenceable(8) dereferenceable_or_null(4) readonly writeonly returned nofree immarg noundef initializes((0, 8)) %p, ...) local_unnamed_addr #0 section \".text.f\" align 16 !dbg !3 {\n\
         \x20 ret i32 0\n}\n\
         declare zeroext i8 @g(i16 zeroext, i32 inreg) #1\n\
         declare void @h() nounwind noreturn \"frame-pointer\"=\"non-leaf\"\n\
         declare !dbg !7 i32 @_setjmp(ptr noundef) local_unnamed_addr #2\n\
         %struct.S = type { i64, i64 }\n\
         attributes #0 = { noinline nounwind optnone uwtable \"frame-pointer\"=\"all\" \"no-trapping-math\"=\"true\" memory(argmem: readwrite) allocsize(0) vscale_range(1,16) alignstack=16 }\n\
         attributes #1 = { cold naked \"frame-pointer\"=\"none\" }\n\
         attributes #2 = { nounwind returns_twice }\n\
         !3 = distinct !{}\n!7 = !{}\n",
    );
    let f = func(&m, "f");
    assert!(m.types.function_sig(f.ty).expect("fn").2, "varargs");
    assert_eq!(f.align, Some(16));
    assert!(f.ret_attrs.has(ParamAttrs::NOUNDEF));
    assert!(f.param_attrs[0].has(ParamAttrs::SIGNEXT));
    let s = m.types.get_named("struct.S").expect("S");
    assert_eq!(f.param_attrs[1].sret, Some(s));
    assert_eq!(f.param_attrs[1].align, Some(8));
    assert!(f.param_attrs[1].has(ParamAttrs::NOALIAS | ParamAttrs::NOCAPTURE));
    assert_eq!(f.param_attrs[2].byval, Some(s));
    assert_eq!(f.param_attrs[2].align, Some(16));
    assert!(f.param_attrs[3].has(ParamAttrs::RETURNED));
    for bit in [
        FnAttrs::NOINLINE,
        FnAttrs::NOUNWIND,
        FnAttrs::OPTNONE,
        FnAttrs::FRAME_POINTER,
    ] {
        assert!(f.attrs.has(bit));
    }
    let g = func(&m, "g");
    assert!(g.ret_attrs.has(ParamAttrs::ZEROEXT));
    assert!(g.param_attrs[1].has(ParamAttrs::INREG));
    assert!(g.attrs.has(FnAttrs::COLD) && g.attrs.has(FnAttrs::NAKED));
    assert!(!g.attrs.has(FnAttrs::FRAME_POINTER));
    let h = func(&m, "h");
    assert!(h.attrs.has(FnAttrs::NORETURN) && h.attrs.has(FnAttrs::FRAME_POINTER));
    assert!(func(&m, "_setjmp").attrs.has(FnAttrs::RETURNS_TWICE));
    assert_eq!(f.loc.line, 1);
}

#[test]
fn calling_conventions() {
    let m = parse(
        "define internal fastcc void @f() {\n  ret void\n}\ndeclare ccc void @g()\ndeclare cc 0 void @h()\n",
    );
    assert_eq!(m.functions.len(), 3);
    let e = err_has(
        "declare coldcc void @f()",
        "calling convention 'coldcc' is not supported",
    );
    assert_eq!(e.kind, ParseErrorKind::Unsupported);
    err_has("declare cc 42 void @f()", "calling convention 'cc 42'");
    err_has("declare aarch64_vector_pcs void @f()", "calling convention");
}

#[test]
fn metadata_is_skipped() {
    let m = parse(
        "!llvm.module.flags = !{!0, !1}\n!llvm.ident = !{!2}\n\
         !0 = !{i32 1, !\"wchar_size\", i32 4}\n!1 = !{i32 7, !\"PIC\\22 Level\", i32 2}\n\
         !2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: \"clang\", emissionKind: FullDebug, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, nameTableKind: None)\n\
         !3 = !DIFile(filename: \"a.c\", directory: \"/tmp\", checksumkind: CSK_MD5, checksum: \"00\")\n\
         !4 = !DIExpression(DW_OP_LLVM_fragment, 0, 32)\n!5 = !{ptr @f, !{!{}}, null}\n\
         declare void @f()\n",
    );
    assert_eq!(m.functions.len(), 1);
}

// ---- atomics, block addresses, inline asm ----------------------------------------------

#[test]
fn atomic_instructions_are_read_with_all_their_flags() {
    use crate::ir::{AtomicOrdering, InstKind, RmwOp, SyncScope};
    let src = "define void @f(ptr %p) {
  %a = load atomic volatile i32, ptr %p syncscope(\"singlethread\") acquire, align 4
  store atomic i32 %a, ptr %p release, align 4
  %b = atomicrmw volatile udec_wrap ptr %p, i32 %a acq_rel, align 4
  %c = cmpxchg weak volatile ptr %p, i32 %a, i32 %b seq_cst monotonic, align 4
  fence syncscope(\"singlethread\") seq_cst
  ret void
}
";
    let m = crate::reader::parse_module(src, "t.ll").expect("parses");
    let f = m.functions.iter().next().expect("one function").1;
    let body = f.body.as_ref().expect("body");
    let kinds: Vec<&InstKind> = body.insts.iter().map(|(_, d)| &d.kind).collect();
    assert!(matches!(
        kinds[0],
        InstKind::AtomicLoad {
            align: 4,
            volatile: true,
            ordering: AtomicOrdering::Acquire,
            scope: SyncScope::SingleThread,
            ..
        }
    ));
    assert!(matches!(
        kinds[1],
        InstKind::AtomicStore {
            volatile: false,
            ordering: AtomicOrdering::Release,
            scope: SyncScope::System,
            ..
        }
    ));
    assert!(matches!(
        kinds[2],
        InstKind::AtomicRmw {
            op: RmwOp::UDecWrap,
            volatile: true,
            ordering: AtomicOrdering::AcqRel,
            ..
        }
    ));
    assert!(matches!(
        kinds[3],
        InstKind::CmpXchg {
            weak: true,
            volatile: true,
            success: AtomicOrdering::SeqCst,
            failure: AtomicOrdering::Monotonic,
            ..
        }
    ));
    assert!(matches!(
        kinds[4],
        InstKind::Fence {
            ordering: AtomicOrdering::SeqCst,
            scope: SyncScope::SingleThread
        }
    ));
    let c = body
        .insts
        .iter()
        .nth(3)
        .expect("cmpxchg")
        .1
        .result
        .expect("result");
    assert_eq!(
        m.types.display(body.values[c].ty).to_string(),
        "{ i32, i1 }"
    );
    let printed = crate::printer::print_module(&m);
    for line in src.lines().skip(1).take(5) {
        assert!(
            printed.contains(line.trim()),
            "`{}` not in\n{printed}",
            line.trim()
        );
    }
}

#[test]
fn blockaddress_and_indirectbr_resolve_forward_and_numbered_labels() {
    use crate::ir::{ConstKind, InstKind};
    let src = "@table = global [2 x ptr] [ptr blockaddress(@f, %3), ptr blockaddress(@f, %two)]
@diff = global i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@f, %two) to i64), i64 ptrtoint (ptr blockaddress(@f, %3) to i64)) to i32)

define i32 @f(i32 %0, ptr %1) {
  %a = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i32 %0
  %p = load ptr, ptr %a, align 8
  indirectbr ptr %p, [label %3, label %two, label %3]
3:
  ret i32 1
two:
  %s = getelementptr inbounds i8, ptr blockaddress(@f, %two), i64 0
  indirectbr ptr %s, []
}
";
    let m = crate::reader::parse_module(src, "t.ll").expect("parses");
    crate::verifier::verify_module(&m).expect("verifies");
    let (fid, f) = m.functions.iter().next().expect("@f");
    let body = f.body.as_ref().expect("body");
    let blocks: Vec<_> = body.layout.clone();
    let addrs: Vec<_> = m
        .consts
        .iter()
        .filter_map(|(_, d)| match d.kind {
            ConstKind::BlockAddress { func, block } => Some((func, block)),
            _ => None,
        })
        .collect();
    assert_eq!(addrs, vec![(fid, blocks[1]), (fid, blocks[2])]);
    let first_br = body.blocks[blocks[0]]
        .insts
        .last()
        .copied()
        .expect("terminator");
    match &body.insts[first_br].kind {
        InstKind::IndirectBr { dests, .. } => {
            assert_eq!(&dests[..], &[blocks[1], blocks[2], blocks[1]]);
        }
        k => panic!("expected indirectbr, got {k:?}"),
    }
    let printed = crate::printer::print_module(&m);
    assert!(
        printed.contains("[ptr blockaddress(@f, %3), ptr blockaddress(@f, %two)]"),
        "{printed}"
    );
    assert!(
        printed.contains("indirectbr ptr %p, [label %3, label %two, label %3]"),
        "{printed}"
    );
    assert!(printed.contains("indirectbr ptr %s, []"), "{printed}");
    let again = crate::reader::parse_module(&printed, "t2.ll").expect("reparses");
    assert_eq!(crate::printer::print_module(&again), printed);
}

#[test]
fn blockaddress_of_the_entry_block_is_a_verifier_error() {
    let src = "@t = global ptr blockaddress(@f, %entry)
define void @f() {
entry:
  ret void
}
";
    let m = crate::reader::parse_module(src, "t.ll").expect("parses");
    let errs = crate::verifier::check_module(&m).to_string();
    assert!(errs.contains("blockaddress of the entry block"), "{errs}");
}

/// Inline asm the way clang-19 emits it (zstd, barriers, cpuid, memory operands).
const INLINE_ASM_SAMPLE: &str = r#"define i32 @f(i32 %a, i32 %b, ptr %p) {
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"()
  call void asm sideeffect ".p2align 5", "~{dirflag},~{fpsr},~{flags}"()
  %1 = call { i32, i32, i32, i32 } asm "cpuid", "={ax},={bx},={cx},={dx},{ax},~{dirflag},~{fpsr},~{flags}"(i32 0)
  %2 = call i32 asm "cmp $1, $2\0Acmova $3, $0\0A", "=r,r,r,r,0,~{dirflag},~{fpsr},~{flags}"(i32 %a, i32 %b, i32 %b, i32 %a)
  call void asm sideeffect inteldialect "mov dword ptr $0, 1", "=*m,~{dirflag},~{fpsr},~{flags}"(ptr elementtype(i32) %p)
  %3 = call i32 asm alignstack "bswap $0", "=r,0"(i32 %2)
  ret i32 %3
}
"#;

#[test]
fn inline_asm_callees() {
    let m = parse(INLINE_ASM_SAMPLE);
    crate::verifier::verify_module(&m).unwrap();
    let asms: Vec<&crate::ir::InlineAsm> = kinds(&m, "f")
        .iter()
        .filter_map(|k| match k {
            InstKind::Call {
                callee: Operand::Const(c),
                ..
            } => match &m.consts[*c].kind {
                ConstKind::InlineAsm(a) => Some(&**a),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(asms.len(), 6);
    assert!(asms[0].side_effect && asms[0].template.is_empty());
    assert_eq!(
        asms[2].constraints.iter().filter(|c| c.is_result()).count(),
        4
    );
    assert_eq!(asms[3].template, "cmp $1, $2\ncmova $3, $0\n");
    assert!(asms[4].intel_dialect);
    assert_eq!(asms[4].constraints[0].elem_ty, Some(Type::I32));
    assert!(asms[5].align_stack && !asms[5].side_effect);
    // The printed module reads back to the same text.
    let text = crate::printer::print_module(&m);
    let again = crate::printer::print_module(&parse(&text));
    assert_eq!(text, again);
    assert!(text.contains(r#"asm "cmp $1, $2\0Acmova $3, $0\0A", "=r,r,r,r,0,"#));
    assert!(text.contains("(ptr elementtype(i32) %p)"));
}

#[test]
fn llvm_accepts_printed_inline_asm() {
    let Ok(out) = std::process::Command::new("llvm-as-19")
        .arg("--version")
        .output()
    else {
        eprintln!("llvm-as-19 not installed: skipped");
        return;
    };
    assert!(out.status.success());
    let text = crate::printer::print_module(&parse(INLINE_ASM_SAMPLE));
    let dir = std::env::temp_dir().join(format!("jit-asm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("asm.ll");
    std::fs::write(&path, &text).unwrap();
    let res = std::process::Command::new("llvm-as-19")
        .arg(&path)
        .arg("-o")
        .arg(dir.join("asm.bc"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        res.status.success(),
        "llvm-as-19 rejected:\n{}\n{text}",
        String::from_utf8_lossy(&res.stderr)
    );
}

#[test]
fn bad_inline_asm() {
    let wrap = |call: &str| format!("define void @f(ptr %p) {{\n  {call}\n  ret void\n}}\n");
    let cases = [
        r#"call void asm "nop", "~{memory},r"(i32 1)"#,
        r#"call void asm "nop", "{ax"(i32 1)"#,
        r#"call void asm "nop", "=0"()"#,
        r#"call void asm sideeffect "nop""#,
        r#"call void asm "nop", "r,2"(i32 1, i32 2)"#,
        r#"call void asm bogus "nop", ""()"#,
    ];
    let mut lines = Vec::new();
    for c in cases {
        let e = err(&wrap(c));
        assert_eq!(e.kind, ParseErrorKind::Malformed, "{c}");
        lines.push(format!("{c}\n  => {e}"));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn inline_asm_operands_are_verified() {
    let wrap = |call: &str| format!("define void @f(ptr %p) {{\n  {call}\n  ret void\n}}\n");
    let cases = [
        r#"call void asm "nop", "r"()"#,
        r#"call void asm "nop", "=*m"(ptr %p)"#,
        r#"%x = call i32 asm "nop", ""()"#,
        r#"call void asm "nop", "=r"()"#,
    ];
    let mut lines = Vec::new();
    for c in cases {
        let m = parse(&wrap(c));
        let e = crate::verifier::verify_module(&m).unwrap_err();
        lines.push(format!("{c}\n  => {e}"));
    }
    insta::assert_snapshot!(lines.join("\n"));
}
