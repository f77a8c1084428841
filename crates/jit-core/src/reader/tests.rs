//! Unit tests of the reader: each instruction form, constants, forward references,
//! attributes, metadata, and every kind of error.

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

// ---- instructions ----------------------------------------------------------------------

#[test]
fn arithmetic_with_flags() {
    let m = parse(
        "define i32 @f(i32 %a, i32 %b, double %x) {\n\
         \x20 %1 = add nuw nsw i32 %a, %b\n  %2 = sdiv exact i32 %1, 4\n  %3 = or disjoint i32 %2, 1\n\
         \x20 %4 = shl i32 %3, 2\n  %5 = fadd fast double %x, 1.0\n  %6 = fmul nnan ninf nsz arcp contract afn reassoc double %5, %x\n\
         \x20 %7 = fneg double %6\n  %8 = frem double %7, 0x4000000000000000\n  ret i32 %4\n}\n",
    );
    let k = kinds(&m, "f");
    let InstKind::Binary { op, flags, .. } = &k[0] else {
        panic!("binary")
    };
    assert_eq!(
        (*op, flags.0),
        (BinaryOp::Add, ArithFlags::NUW | ArithFlags::NSW)
    );
    let InstKind::Binary { flags, .. } = &k[1] else {
        panic!("binary")
    };
    assert_eq!(flags.0, ArithFlags::EXACT);
    let InstKind::Binary { flags, .. } = &k[2] else {
        panic!("binary")
    };
    assert_eq!(flags.0, ArithFlags::DISJOINT);
    let InstKind::Binary { op, flags, .. } = &k[4] else {
        panic!("binary")
    };
    assert_eq!((*op, flags.0), (BinaryOp::FAdd, ArithFlags::FAST));
    let InstKind::Binary { flags, .. } = &k[5] else {
        panic!("binary")
    };
    assert_eq!(flags.0.count_ones(), 7);
    assert!(matches!(k[6], InstKind::FNeg { .. }));
    let InstKind::Binary { rhs, .. } = &k[7] else {
        panic!("binary")
    };
    let Operand::Const(c) = rhs else {
        panic!("const")
    };
    assert_eq!(m.consts[*c].kind, ConstKind::Float(2.0f64.to_bits()));
}

#[test]
fn numbered_values_and_implicit_entry_block() {
    let m = parse(
        "define i32 @f(i32 noundef %0) {\n  %2 = alloca i32, align 4\n  store i32 %0, ptr %2, align 4\n  br label %3\n\n\
         3:                                                ; preds = %1\n  %4 = load i32, ptr %2, align 4\n  ret i32 %4\n}\n",
    );
    let f = func(&m, "f");
    let body = f.body.as_ref().expect("body");
    assert_eq!(body.layout.len(), 2);
    assert_eq!(body.blocks[body.layout[0]].name, None);
    assert_eq!(body.blocks[body.layout[1]].loc.line, 6);
    assert_eq!(body.values.len(), 3);
    assert_eq!(f.params.len(), 1);
    let k = kinds(&m, "f");
    assert!(matches!(k[0], InstKind::Alloca { align: 4, .. }));
    assert_eq!(
        k[2],
        InstKind::Br {
            dest: body.layout[1]
        }
    );
    // Source positions on instructions.
    let first = body.blocks[body.layout[0]].insts[0];
    assert_eq!(
        (body.insts[first].loc.line, body.insts[first].loc.col),
        (2, 3)
    );
}

#[test]
fn named_values_blocks_and_forward_references() {
    let m = parse(
        "define i32 @f(i32 %n) {\nentry:\n  br label %loop\n\
         loop:\n  %i = phi i32 [ 0, %entry ], [ %i.next, %loop.latch ]\n  %c = icmp slt i32 %i, %n\n  br i1 %c, label %loop.latch, label %\"exit block\"\n\
         \"exit block\":\n  ret i32 %i\n\
         loop.latch:\n  %i.next = add i32 %i, 1\n  br label %loop\n}\n",
    );
    let body = func(&m, "f").body.as_ref().expect("body");
    assert_eq!(body.layout.len(), 4);
    let names: Vec<_> = body
        .layout
        .iter()
        .map(|&b| body.blocks[b].name.as_deref().unwrap_or("?").to_string())
        .collect();
    assert_eq!(names, ["entry", "loop", "exit block", "loop.latch"]);
    // The forward-referenced %i.next is the add's result.
    let InstKind::Phi { incoming } = &kinds(&m, "f")[1] else {
        panic!("phi")
    };
    let Operand::Value(v) = incoming[1].0 else {
        panic!("value")
    };
    let ValueDef::Inst(i) = body.values[v].def else {
        panic!("inst")
    };
    assert!(matches!(
        body.insts[i].kind,
        InstKind::Binary {
            op: BinaryOp::Add,
            ..
        }
    ));
    assert_eq!(body.values[v].name.as_deref(), Some("i.next"));
    assert_eq!(incoming[1].1, body.layout[3]);
    assert_eq!(body.insts[i].block, body.layout[3]);
}

#[test]
fn numbered_forward_references_in_blocks_out_of_order() {
    // -O2 layouts put blocks before the blocks defining the values they use.
    let m = parse(
        "define i32 @f(i1 %0) {\n  br i1 %0, label %2, label %4\n\
         2:\n  %3 = phi i32 [ %5, %4 ], [ 0, %1 ]\n  ret i32 %3\n\
         4:\n  %5 = add i32 1, 2\n  br label %2\n}\n",
    );
    assert_eq!(kinds(&m, "f").len(), 5);
}

#[test]
fn memory_instructions() {
    let m = parse(
        "%struct.S = type { i32, [4 x i8], double }\n\
         define void @f(ptr %p, i64 %n) {\n\
         \x20 %a = alloca %struct.S, align 8\n  %v = alloca i32, i64 %n, align 16\n  %w = alloca i8\n\
         \x20 %x = load volatile i32, ptr %p, align 4, !tbaa !1, !nonnull !2\n\
         \x20 store volatile i32 %x, ptr %p, align 4\n  store i32 7, ptr %p\n\
         \x20 %g = getelementptr inbounds %struct.S, ptr %a, i32 0, i32 1, i64 3\n\
         \x20 %h = getelementptr i8, ptr %p, i64 -4\n  %k = getelementptr inbounds nuw i8, ptr %p, i64 %n\n\
         \x20 ret void\n}\n!1 = !{}\n!2 = !{}\n",
    );
    let k = kinds(&m, "f");
    let InstKind::Alloca { count, align, .. } = k[1] else {
        panic!("alloca")
    };
    assert_eq!(align, 16);
    assert!(matches!(count, Operand::Value(_)));
    let InstKind::Alloca { count, align, .. } = k[2] else {
        panic!("alloca")
    };
    assert_eq!((align, const_int(&m, count)), (0, Some(1)));
    assert!(matches!(
        k[3],
        InstKind::Load {
            volatile: true,
            align: 4,
            ..
        }
    ));
    assert!(matches!(k[4], InstKind::Store { volatile: true, .. }));
    assert!(matches!(
        k[5],
        InstKind::Store {
            volatile: false,
            align: 0,
            ..
        }
    ));
    let InstKind::Gep {
        indices, inbounds, ..
    } = &k[6]
    else {
        panic!("gep")
    };
    assert!(*inbounds);
    assert_eq!(indices.len(), 3);
    assert_eq!(const_int(&m, indices[2]), Some(3));
    let InstKind::Gep { indices, .. } = &k[7] else {
        panic!("gep")
    };
    assert_eq!(const_int(&m, indices[0]), Some(u64::MAX as u128 - 3));
}

#[test]
fn casts_compare_select() {
    let m = parse(
        "define i64 @f(i32 %a, double %d, ptr %p) {\n\
         \x20 %1 = zext nneg i32 %a to i64\n  %2 = trunc nuw nsw i64 %1 to i24\n  %3 = sext i24 %2 to i40\n\
         \x20 %4 = fptosi double %d to i32\n  %5 = uitofp nneg i32 %a to float\n  %6 = fpext float %5 to double\n\
         \x20 %7 = fptrunc double %6 to float\n  %8 = ptrtoint ptr %p to i64\n  %9 = inttoptr i64 %8 to ptr\n\
         \x20 %10 = bitcast double %d to i64\n  %11 = icmp ult ptr %p, %9\n  %12 = fcmp fast olt double %d, 0.0\n\
         \x20 %13 = select i1 %11, i64 %1, i64 %10\n  %14 = freeze i64 %13\n  ret i64 %14\n}\n",
    );
    let k = kinds(&m, "f");
    let InstKind::Cast { op, flags, .. } = &k[0] else {
        panic!("cast")
    };
    assert_eq!((*op, flags.0), (CastOp::ZExt, ArithFlags::NNEG));
    let body = func(&m, "f").body.as_ref().expect("body");
    let r = |i: usize| {
        let b = body.layout[0];
        let inst = body.blocks[b].insts[i];
        body.values[body.insts[inst].result.expect("result")].ty
    };
    assert_eq!(m.types.int_bits(r(1)), Some(24));
    assert_eq!(m.types.int_bits(r(2)), Some(40));
    assert_eq!(r(10), Type::I1);
    assert!(matches!(
        k[10],
        InstKind::ICmp {
            pred: IntPredicate::Ult,
            ..
        }
    ));
    assert!(matches!(k[12], InstKind::Select { .. }));
    assert!(matches!(k[13], InstKind::Freeze { .. }));
}

#[test]
fn control_flow() {
    let m = parse(
        "define i32 @f(i32 %x) {\n  switch i32 %x, label %d [\n    i32 1, label %a\n    i32 -1, label %b\n  ]\n\
         a:\n  br label %d\nb:\n  unreachable\nd:\n  %r = phi i32 [ 1, %a ], [ 2, %0 ]\n  ret i32 %r\n}\n",
    );
    let k = kinds(&m, "f");
    let InstKind::Switch { cases, .. } = &k[0] else {
        panic!("switch")
    };
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[1].0, 0xffff_ffff);
    assert!(matches!(k[2], InstKind::Unreachable));
}

#[test]
fn calls() {
    let m = parse(
        "@.str = private constant [3 x i8] c\"%d\\00\"\n\
         define void @f(ptr %fp, ptr %s) {\n\
         \x20 %1 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5)\n\
         \x20 %2 = tail call noundef i32 @g(i32 signext 1) #1\n  call void %fp(i32 1)\n\
         \x20 musttail call void @h(ptr sret(%struct.S) align 8 %s, ptr byval(%struct.S) %s)\n\
         \x20 notail call fastcc void @h(ptr %s, ptr %s) nounwind\n\
         \x20 %3 = call fast double @llvm.sqrt.f64(double 2.0)\n\
         \x20 call void @llvm.assume(i1 true) [ \"align\"(ptr %s, i64 16) ]\n\
         \x20 call void @llvm.dbg.declare(metadata ptr %s, metadata !12, metadata !DIExpression()), !dbg !13\n\
         \x20 call void @llvm.experimental.noalias.scope.decl(metadata !14)\n\
         \x20 ret void\n}\n\
         %struct.S = type { i32 }\n\
         declare i32 @printf(ptr, ...)\ndeclare i32 @g(i32)\ndeclare void @h(ptr, ptr)\n\
         declare double @llvm.sqrt.f64(double)\ndeclare void @llvm.assume(i1)\n\
         declare void @llvm.dbg.declare(metadata, metadata, metadata)\n\
         declare void @llvm.experimental.noalias.scope.decl(metadata)\n\
         attributes #1 = { nounwind }\n",
    );
    let k = kinds(&m, "f");
    assert_eq!(k.len(), 9, "the dbg.declare call is dropped");
    let InstKind::Call { fn_ty, args, .. } = &k[0] else {
        panic!("call")
    };
    assert!(m.types.function_sig(*fn_ty).expect("fn").2);
    assert_eq!(args.len(), 2);
    assert!(args[0].attrs.has(ParamAttrs::NOUNDEF | ParamAttrs::NONNULL));
    let InstKind::Call {
        tail,
        ret_attrs,
        args,
        ..
    } = &k[1]
    else {
        panic!("call")
    };
    assert_eq!(*tail, TailKind::Tail);
    assert!(ret_attrs.has(ParamAttrs::NOUNDEF));
    assert!(args[0].attrs.has(ParamAttrs::SIGNEXT));
    let InstKind::Call { callee, .. } = &k[2] else {
        panic!("call")
    };
    assert!(matches!(callee, Operand::Value(_)));
    let InstKind::Call { tail, args, .. } = &k[3] else {
        panic!("call")
    };
    assert_eq!(*tail, TailKind::MustTail);
    assert!(args[0].attrs.sret.is_some() && args[1].attrs.byval.is_some());
    let InstKind::Call { tail, .. } = &k[4] else {
        panic!("call")
    };
    assert_eq!(*tail, TailKind::NoTail);
    let InstKind::Call { args, .. } = &k[7] else {
        panic!("call")
    };
    let Operand::Const(c) = args[0].value else {
        panic!("const")
    };
    assert_eq!(
        (m.consts[c].ty, &m.consts[c].kind),
        (Type::METADATA, &ConstKind::Undef)
    );
}

#[test]
fn debug_records_are_dropped() {
    let m = parse(
        "define i32 @f(i32 %x) !dbg !4 {\n\
         \x20   #dbg_value(i32 %x, !5, !DIExpression(), !6)\n\
         \x20   #dbg_declare(ptr undef, !5, !DIExpression(DW_OP_plus_uconst, 4), !6)\n\
         \x20 %1 = add i32 %x, 1, !dbg !6\n\
         \x20   #dbg_assign(i1 undef, !5, !DIExpression(), !7, ptr undef, !DIExpression(), !6)\n\
         \x20 ret i32 %1, !dbg !6\n}\n",
    );
    assert_eq!(kinds(&m, "f").len(), 2);
}

#[test]
fn aggregates_and_vectors() {
    let m = parse(
        "define <2 x float> @f({ i64, double } %s, <2 x float> %v, [2 x i32] %a) {\n\
         \x20 %1 = extractvalue { i64, double } %s, 1\n  %2 = insertvalue { i64, double } poison, i64 3, 0\n\
         \x20 %3 = extractvalue [2 x i32] %a, 1\n  %4 = extractelement <2 x float> %v, i64 0\n\
         \x20 %5 = insertelement <2 x float> %v, float 1.5, i32 1\n\
         \x20 %6 = shufflevector <2 x float> %5, <2 x float> poison, <2 x i32> <i32 1, i32 poison>\n\
         \x20 %7 = fadd <2 x float> %6, <float 1.0, float 2.0>\n  %8 = icmp eq <4 x i32> zeroinitializer, splat (i32 1)\n\
         \x20 ret <2 x float> %7\n}\n",
    );
    let k = kinds(&m, "f");
    let InstKind::ExtractValue { indices, .. } = &k[0] else {
        panic!("ev")
    };
    assert_eq!(&indices[..], &[1]);
    let InstKind::ShuffleVector { mask, .. } = &k[5] else {
        panic!("shuffle")
    };
    assert_eq!(&mask[..], &[Some(1), None]);
    let body = func(&m, "f").body.as_ref().expect("body");
    let b = body.layout[0];
    let ty = |i: usize| body.values[body.insts[body.blocks[b].insts[i]].result.expect("r")].ty;
    assert_eq!(ty(0), Type::F64);
    assert_eq!(ty(3), Type::F32);
    assert_eq!(
        m.types.data(ty(7)),
        &TypeData::Vector {
            elem: Type::I1,
            len: 4
        }
    );
}

#[test]
fn va_arg_instruction() {
    let m = parse("define i32 @f(ptr %ap) {\n  %1 = va_arg ptr %ap, i32\n  ret i32 %1\n}\n");
    assert!(matches!(kinds(&m, "f")[0], InstKind::VaArg { .. }));
}

// ---- constants -------------------------------------------------------------------------

fn init_of(m: &Module, name: &str) -> crate::ir::Const {
    m.globals[m.global_by_name(name).expect("global")]
        .init
        .expect("init")
}

#[test]
fn integer_constants_of_all_widths() {
    let m = parse(
        "@a = global i8 -128\n@b = global i8 255\n@c = global i1 true\n@d = global i1 -1\n\
         @e = global i128 -1\n@f = global i128 170141183460469231731687303715884105727\n\
         @g = global i64 18446744073709551615\n@h = global i24 -8388608\n@i = global i33 4294967296\n\
         @j = global i48 u0xFFFFFFFFFFFF\n@k = global i56 0\n@l = global i40 -1\n",
    );
    let v = |n: &str| match m.consts[init_of(&m, n)].kind {
        ConstKind::Int(v) => v,
        _ => panic!("int"),
    };
    assert_eq!(v("a"), 0x80);
    assert_eq!(v("b"), 0xff);
    assert_eq!(v("c"), 1);
    assert_eq!(v("d"), 1);
    assert_eq!(v("e"), u128::MAX);
    assert_eq!(v("f"), i128::MAX as u128);
    assert_eq!(v("g"), u64::MAX as u128);
    assert_eq!(v("h"), 0x80_0000);
    assert_eq!(v("i"), 1 << 32);
    assert_eq!(v("j"), 0xFFFF_FFFF_FFFF);
    assert_eq!(v("l"), (1 << 40) - 1);
    err_has("@a = global i8 256", "does not fit in i8");
    err_has("@a = global i8 -129", "does not fit in i8");
    err_has(
        "@a = global i128 340282366920938463463374607431768211456",
        "does not fit in i128",
    );
    err_has("@a = global i32 1.5", "must have a floating-point type");
    err_has("@a = global double 1", "must have an integer type");
    err_has(
        "@a = global i32 true",
        "'true' constants must have the 'i1' type",
    );
}

#[test]
fn float_constants() {
    let m = parse(
        "@a = global double 1.000000e+00\n@b = global double 0x400921FB54442D18\n\
         @c = global float 0x3FB99999A0000000\n@d = global float -2.5\n@e = global double -0.0\n\
         @f = global float 0x7FF8000000000000\n",
    );
    let bits = |n: &str| match m.consts[init_of(&m, n)].kind {
        ConstKind::Float(b) => b,
        _ => panic!("float"),
    };
    assert_eq!(bits("a"), 1.0f64.to_bits());
    assert_eq!(bits("b"), std::f64::consts::PI.to_bits());
    assert_eq!(bits("c"), (0.1f32 as f64).to_bits());
    assert_eq!(bits("d"), (-2.5f64).to_bits());
    assert_eq!(bits("e"), (-0.0f64).to_bits());
    err_has(
        "@a = global float 0.1",
        "not exactly representable as 'float'",
    );
    err_has(
        "@a = global float 0x3FB999999999999A",
        "not exactly representable",
    );
    err_has(
        "@a = global double 0xK3FFF8000000000000000",
        "x86_fp80 constant '0xK3FFF8000000000000000' must have type 'x86_fp80', not 'double'",
    );
    err_has("@a = global double 0xL0000", "fp128 constant");
    let e = err_has("@a = global half 0xH3C00", "unsupported type 'half'");
    assert_eq!(e.kind, ParseErrorKind::Unsupported);
}

fn global_const(m: &Module, name: &str) -> (Type, ConstKind) {
    let g = m.globals.iter().find(|(_, g)| &*g.name == name).unwrap().1;
    let c = g.init.expect("initialized");
    (m.consts[c].ty, m.consts[c].kind.clone())
}

#[test]
fn long_double_constants() {
    let m = parse(
        "@k = global x86_fp80 0xK3FFF8000000000000000\n\
         @kneg = global x86_fp80 0xKC000C000000000000000\n\
         @l = global fp128 0xL00000000000000003FFF000000000000\n\
         @lfrac = global fp128 0xL00000000000000013FFF800000000000\n\
         @dec = global x86_fp80 1.500000e+00\n\
         @hexd = global fp128 0x3FF0000000000000\n\
         @z = global fp128 zeroinitializer\n\
         @arr = global [2 x x86_fp80] [x86_fp80 0xK00000000000000000001, x86_fp80 0xK7FFF8000000000000000]\n",
    );
    assert_eq!(
        global_const(&m, "k"),
        (
            Type::X86_FP80,
            ConstKind::WideFloat(0x3fff_8000_0000_0000_0000)
        )
    );
    assert_eq!(
        global_const(&m, "kneg"),
        (
            Type::X86_FP80,
            ConstKind::WideFloat(0xc000_c000_0000_0000_0000)
        )
    );
    // 0xL: the low 64 bits of the binary128 encoding come first.
    assert_eq!(
        global_const(&m, "l"),
        (Type::FP128, ConstKind::WideFloat(0x3fff_u128 << 112))
    );
    assert_eq!(
        global_const(&m, "lfrac"),
        (
            Type::FP128,
            ConstKind::WideFloat((0x3fff_8000_0000_0000_u128 << 64) | 1)
        )
    );
    assert_eq!(
        global_const(&m, "dec"),
        (
            Type::X86_FP80,
            ConstKind::WideFloat(0x3fff_c000_0000_0000_0000)
        )
    );
    assert_eq!(
        global_const(&m, "hexd"),
        (Type::FP128, ConstKind::WideFloat(0x3fff_u128 << 112))
    );
    assert_eq!(global_const(&m, "z"), (Type::FP128, ConstKind::Zero));
}

#[test]
fn long_double_instructions() {
    let m = parse(
        "define x86_fp80 @f(x86_fp80 %a, fp128 %q, ptr %p) {\n\
         \x20 %s = fadd x86_fp80 %a, 0xK3FFF8000000000000000\n\
         \x20 %n = fneg x86_fp80 %s\n\
         \x20 %c = fcmp uno x86_fp80 %s, %n\n\
         \x20 %d = fpext double 1.0 to x86_fp80\n\
         \x20 %t = fptrunc fp128 %q to double\n\
         \x20 %i = fptosi x86_fp80 %a to i128\n\
         \x20 %u = uitofp i64 7 to fp128\n\
         \x20 %b = bitcast fp128 %q to i128\n\
         \x20 %l = load x86_fp80, ptr %p, align 16\n\
         \x20 store fp128 %u, ptr %p, align 16\n\
         \x20 %r = call x86_fp80 @llvm.fabs.f80(x86_fp80 %l)\n\
         \x20 ret x86_fp80 %r\n\
         }\n\
         declare x86_fp80 @llvm.fabs.f80(x86_fp80)\n",
    );
    assert_eq!(kinds(&m, "f").len(), 12);
    err_has(
        "define void @f(x86_fp80 %a) {\n  %t = fptrunc x86_fp80 %a to fp128\n  ret void\n}\n",
        "invalid cast 'fptrunc' from 'x86_fp80' to 'fp128'",
    );
    err_has(
        "define void @f(x86_fp80 %a) {\n  %t = bitcast x86_fp80 %a to i64\n  ret void\n}\n",
        "invalid cast 'bitcast'",
    );
    err_has(
        "@a = global fp128 0xK3FFF8000000000000000",
        "x86_fp80 constant '0xK3FFF8000000000000000' must have type 'x86_fp80', not 'fp128'",
    );
    err_has(
        "@a = global x86_fp80 0xK3FFF80000000000000000",
        "more than 20 digits",
    );
    err_has(
        "@a = global fp128 0xL3FFF800000000000000000000000000000",
        "more than 32 digits",
    );
    err_has(
        "@a = global i32 0xK3FFF8000000000000000",
        "must have type 'x86_fp80'",
    );
}

#[test]
fn aggregate_constants() {
    let m = parse(
        "%struct.S = type { i32, ptr, [2 x i8] }\n%struct.P = type <{ i8, i32 }>\n\
         @s = global %struct.S { i32 1, ptr @s, [2 x i8] c\"a\\00\" }\n\
         @p = global %struct.P <{ i8 1, i32 2 }>\n@lit = global <{ i8, i16 }> <{ i8 1, i16 2 }>\n\
         @arr = global [3 x i16] [i16 1, i16 2, i16 3]\n@empty = global [0 x i32] []\n\
         @z = global { i32, double } zeroinitializer\n@u = global ptr undef\n@q = global i32 poison\n\
         @v = global <4 x i32> <i32 1, i32 2, i32 3, i32 4>\n@n = global ptr null\n",
    );
    let ConstKind::Aggregate(f) = &m.consts[init_of(&m, "s")].kind else {
        panic!("agg")
    };
    assert_eq!(f.len(), 3);
    assert_eq!(
        m.consts[f[1]].kind,
        ConstKind::GlobalAddr(GlobalRef::Global(m.global_by_name("s").expect("s")))
    );
    assert!(
        matches!(m.consts[init_of(&m, "empty")].kind, ConstKind::Aggregate(ref e) if e.is_empty())
    );
    assert_eq!(m.consts[init_of(&m, "z")].kind, ConstKind::Zero);
    assert_eq!(m.consts[init_of(&m, "n")].kind, ConstKind::Null);
    err_has(
        "@a = global [2 x i32] [i32 1]",
        "has 1 elements but its type '[2 x i32]' says 2",
    );
    err_has(
        "@a = global [2 x i32] [i32 1, i64 2]",
        "element 1 has type 'i64'",
    );
    err_has(
        "@a = global { i32 } { i32 1, i32 2 }",
        "more elements than its type",
    );
    err_has(
        "@a = global <{ i32 }> { i32 1 }",
        "needs an unpacked struct type",
    );
    err_has(
        "@a = global { i32 } <{ i32 1 }>",
        "needs a packed struct type",
    );
    err_has(
        "@a = global [2 x i8] c\"abc\"",
        "has 3 bytes but its type '[2 x i8]' says 2",
    );
    err_has(
        "@a = global i32 null",
        "'null' constants must have a pointer type",
    );
}

#[test]
fn constant_expressions() {
    let m = parse(
        "@s = constant [4 x i8] c\"abc\\00\"\n\
         @p = global ptr getelementptr inbounds ([4 x i8], ptr @s, i64 0, i64 1)\n\
         @q = global ptr getelementptr (i8, ptr @x, i64 16)\n\
         @r = global i64 ptrtoint (ptr @s to i64)\n\
         @d = global i64 sub (i64 ptrtoint (ptr @s to i64), i64 ptrtoint (ptr @x to i64))\n\
         @t = global i32 trunc (i64 ptrtoint (ptr @s to i64) to i32)\n\
         @a = global i64 add nuw (i64 ptrtoint (ptr @s to i64), i64 8)\n\
         @i = global ptr inttoptr (i64 4096 to ptr)\n@b = global ptr bitcast (ptr @s to ptr)\n\
         @v = global ptr getelementptr inbounds inrange(-16, 8) ({ [3 x ptr] }, ptr @vt, i32 0, i32 0, i32 2)\n\
         @vt = global { [3 x ptr] } zeroinitializer\n\
         @x = global [32 x i8] zeroinitializer\n",
    );
    let ConstKind::Expr(ConstExpr::Gep {
        inbounds, indices, ..
    }) = &m.consts[init_of(&m, "p")].kind
    else {
        panic!("gep")
    };
    assert!(*inbounds && indices.len() == 2);
    assert!(matches!(
        m.consts[init_of(&m, "r")].kind,
        ConstKind::Expr(ConstExpr::Cast {
            op: CastOp::PtrToInt,
            ..
        })
    ));
    assert!(matches!(
        m.consts[init_of(&m, "d")].kind,
        ConstKind::Expr(ConstExpr::Binary {
            op: BinaryOp::Sub,
            ..
        })
    ));
    err_has(
        "@a = global ptr blockaddress(@f, %bb)",
        "blockaddress names '@f', which is not a function",
    );
    err_has(
        "@a = global ptr dso_local_equivalent @f",
        "'dso_local_equivalent' constants",
    );
    err_has("@a = global ptr no_cfi @f", "'no_cfi' constants");
    err_has(
        "@a = global i32 ptrtoint (ptr @a to i64)",
        "cast produces 'i64' but 'i32'",
    );
    err_has(
        "@a = global i64 zext (ptr @a to i64)",
        "invalid cast 'zext' from 'ptr' to 'i64'",
    );
    err_has(
        "%S = type { i32 }\n@a = global ptr getelementptr (%S, ptr @a, i32 0, i32 1)",
        "must be a constant field number below 1",
    );
}

// ---- errors ----------------------------------------------------------------------------

#[test]
fn error_positions_and_format() {
    let e = err("define void @f() {\n  ret void\n  foo\n}\n");
    assert_eq!((e.line, e.col), (3, 3));
    assert_eq!(e.to_string(), "test.ll:3:3: unknown instruction 'foo'");
    assert_eq!(e.kind, ParseErrorKind::Malformed);
}

#[test]
fn undefined_names() {
    let e = err_has(
        "define void @f() {\n  br label %nowhere\n}\n",
        "use of undefined label '%nowhere'",
    );
    assert_eq!((e.line, e.col), (2, 12));
    err_has(
        "define i32 @f() {\n  %1 = add i32 %x, 1\n  ret i32 %1\n}\n",
        "use of undefined value '%x'",
    );
    err_has(
        "define i32 @f() {\n  %1 = add i32 %7, 1\n  ret i32 %1\n}\n",
        "use of undefined value '%7'",
    );
    let e = err_has(
        "define void @f() {\n  call void @g()\n  ret void\n}\n",
        "use of undefined global '@g'",
    );
    assert_eq!((e.line, e.col), (2, 13));
    err_has(
        "@a = global %T zeroinitializer\n",
        "use of undefined type '%T'",
    );
    err_has("declare void @f() #3\n", "undefined attribute group '#3'");
}

#[test]
fn duplicates_and_numbering() {
    err_has(
        "@a = global i32 0\n@a = global i32 1\n",
        "redefinition of global '@a'",
    );
    err_has(
        "declare void @a()\ndefine void @a() {\n  ret void\n}\n",
        "redefinition of global '@a'",
    );
    err_has(
        "define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  %y = add i32 %x, 2\n  ret i32 %y\n}\n",
        "redefinition of '%y'",
    );
    err_has(
        "define i32 @f(i32 %x, i32 %x) {\n  ret i32 %x\n}\n",
        "redefinition of parameter '%x'",
    );
    err_has(
        "define i32 @f(i32 %0) {\n  %3 = add i32 %0, 1\n  ret i32 %3\n}\n",
        "instruction expected to be numbered '%2', found '%3'",
    );
    err_has(
        "define void @f() {\n  br label %2\n2:\n  ret void\n}\n",
        "label expected to be numbered '%1', found '%2'",
    );
    err_has(
        "%T = type { i32 }\n%T = type { i64 }\n",
        "redefinition of type '%T'",
    );
    err_has(
        "attributes #0 = { }\nattributes #0 = { }\n",
        "redefinition of attribute group '#0'",
    );
    err_has(
        "define void @f() {\nentry:\n  br label %entry\nentry:\n  ret void\n}\n",
        "redefinition of '%entry'",
    );
}

#[test]
fn type_mismatches() {
    err_has(
        "define i32 @f(i64 %x) {\n  %1 = add i32 %x, 1\n  ret i32 %1\n}\n",
        "'%x' defined with type 'i64' but expected 'i32'",
    );
    err_has(
        "define i32 @f(i1 %c) {\nentry:\n  br label %b\nb:\n  %p = phi i32 [ %v, %entry ]\n  %v = add i64 1, 2\n  ret i32 %p\n}\n",
        "'%v' is defined with type 'i64' but was used with type 'i32'",
    );
    err_has(
        "define i32 @f() {\n  ret i64 0\n}\n",
        "does not match the function's return type 'i32'",
    );
    err_has(
        "define void @f(i32 %x) {\n  br i1 %x, label %a, label %a\na:\n  ret void\n}\n",
        "'%x' defined with type 'i32' but expected 'i1'",
    );
    err_has(
        "define void @f(i32 %x) {\n  %1 = fadd i32 %x, %x\n  ret void\n}\n",
        "'fadd' needs floating-point operands, not 'i32'",
    );
    err_has(
        "define void @f(ptr %p) {\n  %1 = trunc ptr %p to i32\n  ret void\n}\n",
        "invalid cast 'trunc' from 'ptr' to 'i32'",
    );
    err_has(
        "define void @f() {\n  %1 = call i32 (i32) @g(i64 1)\n  ret void\n}\ndeclare i32 @g(i32)\n",
        "argument 1 has type 'i64' but the function type says 'i32'",
    );
    err_has(
        "define void @f() {\n  %1 = call i32 (i32) @g()\n  ret void\n}\ndeclare i32 @g(i32)\n",
        "call passes 0 arguments",
    );
    err_has(
        "define void @f() {\n  %x = call void @g()\n  ret void\n}\ndeclare void @g()\n",
        "returns void cannot have a name",
    );
    err_has(
        "define void @f() {\nentry:\n  %x = add i32 %entry, 1\n  ret void\n}\n",
        "'%entry' is a label, not a value",
    );
    err_has(
        "define void @f(i32 %x) {\n  br label %x\n}\n",
        "'%x' is a value, not a label",
    );
    err_has(
        "define void @f({ i32 } %s) {\n  %1 = extractvalue { i32 } %s, 1\n  ret void\n}\n",
        "index 1 is out of range",
    );
}

#[test]
fn malformed_syntax() {
    err_has(
        "define i32 @f() {\n  %1 = add i32 1\n  ret i32 %1\n}\n",
        "expected ','",
    );
    err_has(
        "define void @f() {\n  ret void\n",
        "function body is not closed",
    );
    err_has("define void @f() {\n}\n", "needs at least one block");
    err_has("@a = global i32", "expected a value of type 'i32'");
    err_has("@s = global [2 x i8] c\"a", "unterminated string");
    err_has("i32 5", "expected a top-level entity, found 'i32'");
    err_has("@a = global i0 0", "integer type 'i0' is invalid");
    err_has(
        "@a = global i8388608 0",
        "integer type 'i8388608' is wider than 8388607 bits",
    );
    err_has(
        "@a = global i136 87112285931760246646623899502532662132736",
        "does not fit in i136",
    );
    err_has("@a = global ptr* null", "typed pointers");
    err_has("@a = global foo 0", "expected a type, found 'foo'");
    err_has("!0 = !{!1, !{}\n", "unbalanced brackets");
    err_has("!0 = !{!1 ]\n", "mismatched ']'");
    err_has(
        "@a = global i32 0 garbage",
        "expected a top-level entity, found 'garbage'",
    );
    err_has("\u{7f}", "unexpected character U+007F");
}

#[test]
fn unsupported_constructs() {
    let cases: &[(&str, &str)] = &[
        ("module asm \"nop\"\n", "module-level"),
        (
            "define void @f() personality ptr @p {\n  ret void\n}\n",
            "personality functions",
        ),
        (
            "define void @f() {\n  invoke void @g() to label %a unwind label %b\n}\n",
            "exception handling instruction 'invoke'",
        ),
        (
            "define void @f() {\n  %x = landingpad { ptr, i32 } cleanup\n  ret void\n}\n",
            "exception handling instruction 'landingpad'",
        ),
        (
            "define void @f(ptr %p) {\n  %x = atomicrmw add ptr %p, i32 1 syncscope(\"agent\") seq_cst\n  ret void\n}\n",
            "synchronization scope \"agent\"",
        ),
        ("module asm \"nop\"\n", "module-level inline asm"),
        ("@a = ifunc void (), ptr @r\n", "ifuncs are not supported"),
        ("declare void @f() gc \"shadow\"\n", "garbage collection"),
        (
            "define void @f() prefix i32 1 {\n  ret void\n}\n",
            "prefix data",
        ),
        ("@a = global half 0xH3C00\n", "unsupported type 'half'"),
        (
            "@a = global ppc_fp128 0xM0\n",
            "unsupported type 'ppc_fp128'",
        ),
        (
            "@a = global <vscale x 4 x i32> zeroinitializer\n",
            "scalable vectors",
        ),
        ("declare void @f(label)\n", "'label' parameters"),
        ("declare token @f()\n", "'token' type"),
        (
            "define void @f() {\n  call void @g() [ \"deopt\"(i32 1) ]\n  ret void\n}\ndeclare void @g()\n",
            "operand bundles",
        ),
        (
            "declare void @f(ptr inalloca(i32))\n",
            "'inalloca' attribute",
        ),
        ("@a = addrspace(1) global i32 0\n", "address space 1"),
        ("^0 = module: (path: \"\")\n", "module summary"),
    ];
    for (src, needle) in cases {
        let e = err_has(src, needle);
        assert_eq!(e.kind, ParseErrorKind::Unsupported, "{src}");
    }
}

#[test]
fn deep_nesting_is_a_limit_error_not_a_crash() {
    let depth = 10_000;
    let ty = format!("{}i32{}", "[1 x ".repeat(depth), "]".repeat(depth));
    let e = err_has(
        &format!("@a = global {ty} zeroinitializer\n"),
        "nested too deeply",
    );
    assert_eq!(e.kind, ParseErrorKind::Limit);
    let st = format!("{}i32{}", "{ ".repeat(depth), " }".repeat(depth));
    err_has(
        &format!("@a = global {st} zeroinitializer\n"),
        "nested too deeply",
    );
    // Metadata is skipped iteratively: deep nesting is fine.
    parse(&format!(
        "!0 = {}{}\n",
        "!{".repeat(depth),
        "}".repeat(depth)
    ));
    // Nesting up to the limit works.
    let ok = format!("{}i8{}", "[1 x ".repeat(100), "]".repeat(100));
    parse(&format!("@a = global {ok} zeroinitializer\n"));
}

#[test]
fn nesting_at_the_limit_fits_on_a_test_thread_stack() {
    // Test threads have 2 MiB of stack; the depth limit must fail before the stack does,
    // for the deepest-recursing constant forms too.
    for depth in [200, 300] {
        let mut c = "ptr @x".to_string();
        for i in 0..depth {
            c = if i % 2 == 0 {
                format!("ptr getelementptr (i8, {c}, i64 1)")
            } else {
                format!("ptr inttoptr (i64 ptrtoint ({c} to i64) to ptr)")
            };
        }
        let src = format!("@x = global i8 0\n@y = global {c}\n");
        let r = parse_module(&src, "t.ll");
        if depth < 128 {
            assert!(r.is_ok(), "{r:?}");
        } else if let Err(e) = r {
            assert_eq!(e.kind, ParseErrorKind::Limit);
        }
        let (mut t, mut c) = ("i32".to_string(), "7".to_string());
        for _ in 0..depth {
            c = format!("[{t} {c}]");
            t = format!("[1 x {t}]");
        }
        let r = parse_module(&format!("@z = global {t} {c}\n"), "t.ll");
        match r {
            Ok(_) => assert!(depth < 256),
            Err(e) => assert_eq!(e.kind, ParseErrorKind::Limit, "{e}"),
        }
    }
}

#[test]
fn recursive_struct_by_value_is_an_error() {
    err_has(
        "%a = type { i32, %b }\n%b = type { [2 x %a] }\n",
        "contains itself",
    );
    // Recursion through a pointer is fine.
    parse("%a = type { i32, ptr }\n");
}

#[test]
fn block_without_terminator_is_left_to_the_verifier() {
    let m = parse("define void @f() {\na:\n  %x = add i32 1, 2\nb:\n  ret void\n}\n");
    let body = func(&m, "f").body.as_ref().expect("body");
    assert_eq!(body.layout.len(), 2);
    assert!(body.terminator(body.layout[0]).is_none());
}

#[test]
fn truncated_inputs_never_panic() {
    // Every prefix of a realistic module either parses or gives an error.
    let src = "; ModuleID = 'a.c'\n%struct.S = type { i32, [4 x i8] }\n\
        @.str = private unnamed_addr constant [4 x i8] c\"%d\\0A\\00\", align 1\n\
        @g = global ptr getelementptr inbounds ([4 x i8], ptr @.str, i64 0, i64 1), align 8\n\
        define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {\n\
        \x20 %3 = alloca i32, align 4\n  store i32 %0, ptr %3, align 4, !tbaa !2\n\
        \x20 %4 = icmp sgt i32 %0, 1\n  br i1 %4, label %5, label %7\n\
        5:\n  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %0)\n  br label %7\n\
        7:\n  %8 = phi i32 [ 0, %2 ], [ 1, %5 ]\n  switch i32 %8, label %9 [\n    i32 0, label %9\n  ]\n\
        9:\n  ret i32 %8\n}\ndeclare i32 @printf(ptr noundef, ...) #1\n\
        attributes #0 = { nounwind \"frame-pointer\"=\"all\" }\nattributes #1 = { nounwind }\n\
        !2 = !{!3, !3, i64 0}\n!3 = !{!\"int\", !4, i64 0}\n!4 = !{!\"omnipotent char\"}\n";
    parse(src);
    for end in 0..src.len() {
        if src.is_char_boundary(end) {
            let _ = parse_module(&src[..end], "t.ll");
        }
    }
}

#[test]
fn byte_flips_never_panic() {
    let src = "@g = global [2 x i32] [i32 1, i32 2]\ndefine i32 @f(i32 %x) {\nentry:\n  %a = add nsw i32 %x, 1\n  br label %b\nb:\n  %p = phi i32 [ %a, %entry ]\n  ret i32 %p\n}\n";
    let bytes = src.as_bytes();
    for i in 0..bytes.len() {
        for &b in b"%@!#\"[]{}()<>,=x0-.:;\n" {
            let mut v = bytes.to_vec();
            v[i] = b;
            if let Ok(s) = std::str::from_utf8(&v) {
                let _ = parse_module(s, "t.ll");
            }
        }
    }
}

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

#[test]
fn integers_wider_than_128_bits() {
    let src = "@a = global i136 -1\n\
               @b = global i256 340282366920938463463374607431768211456\n\
               @c = global i200 -803469022129495137770981046170581301261101496891396417650688\n\
               define i160 @f(i160 %x) {\n\
               \x20 %y = add i160 %x, u0x8000000000000000000000000000000000000000\n\
               \x20 %z = lshr i160 %y, 3\n\
               \x20 ret i160 %z\n}\n";
    let m = parse(src);
    let init = |name: &str| {
        let g = m.global_by_name(name).expect("global");
        let c = m.globals[g].init.expect("initializer");
        m.const_data(c).kind.clone()
    };
    assert_eq!(
        init("a"),
        ConstKind::WideInt(vec![u64::MAX, u64::MAX, 0xff].into())
    );
    assert_eq!(init("b"), ConstKind::WideInt(vec![0, 0, 1, 0].into()));
    // -2^199, the most negative i200.
    assert_eq!(init("c"), ConstKind::WideInt(vec![0, 0, 0, 0x80].into()));
    let printed = crate::printer::print_module(&m);
    assert!(printed.contains("@a = global i136 -1"), "{printed}");
    assert!(
        printed.contains("i256 340282366920938463463374607431768211456"),
        "{printed}"
    );
    assert!(
        printed.contains("i160 %x, -730750818665451459101842416358141509827966271488"),
        "{printed}"
    );
    let again = parse(&printed);
    assert_eq!(crate::printer::print_module(&again), printed);
    crate::verifier::verify_module(&m).expect("verifies");
}
