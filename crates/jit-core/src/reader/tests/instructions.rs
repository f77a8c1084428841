//! Reader unit tests: each instruction form, values and blocks by name and number,
//! forward references, calls and their attributes.

use super::*;

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
         attributes #1 = { nounwind }\n\
         !12 = !{}\n!13 = !{}\n!14 = !{}\n",
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
         \x20 ret i32 %1, !dbg !6\n}\n\
         !4 = !{}\n!5 = !{}\n!6 = !{}\n!7 = !{}\n",
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
