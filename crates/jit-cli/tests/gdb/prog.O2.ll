; ModuleID = 'prog.c'
source_filename = "prog.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { i32, i64 }

@checksum = internal unnamed_addr global i32 0, align 4, !dbg !0
@__const.run.pt = private unnamed_addr constant %struct.point { i32 3, i64 40 }, align 8
@.str = private unnamed_addr constant [23 x i8] c"result %d checksum %d\0A\00", align 1, !dbg !7

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @hot_spot(i32 noundef %0, ptr nocapture noundef %1) local_unnamed_addr #0 !dbg !21 {
    #dbg_value(i32 %0, !31, !DIExpression(), !36)
    #dbg_value(ptr %1, !32, !DIExpression(), !36)
    #dbg_value(i32 7, !33, !DIExpression(), !36)
    #dbg_value(i32 0, !34, !DIExpression(), !37)
  %3 = icmp sgt i32 %0, 0, !dbg !38
  br i1 %3, label %4, label %32, !dbg !40

4:                                                ; preds = %2
  %5 = load i32, ptr %1, align 8, !tbaa !41
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !47
  %8 = and i32 %0, 3, !dbg !40
  %9 = icmp ult i32 %0, 4, !dbg !40
  br i1 %9, label %12, label %10, !dbg !40

10:                                               ; preds = %4
  %11 = and i32 %0, 2147483644, !dbg !40
  br label %36, !dbg !40

12:                                               ; preds = %36, %4
  %13 = phi i32 [ poison, %4 ], [ %56, %36 ]
  %14 = phi i64 [ poison, %4 ], [ %59, %36 ]
  %15 = phi i64 [ %7, %4 ], [ %59, %36 ]
  %16 = phi i32 [ 7, %4 ], [ %56, %36 ]
  %17 = icmp eq i32 %8, 0, !dbg !40
  br i1 %17, label %29, label %18, !dbg !40

18:                                               ; preds = %12, %18
  %19 = phi i64 [ %26, %18 ], [ %15, %12 ], !dbg !48
  %20 = phi i32 [ %23, %18 ], [ %16, %12 ]
  %21 = phi i32 [ %27, %18 ], [ 0, %12 ]
    #dbg_value(i32 poison, !34, !DIExpression(), !37)
    #dbg_value(i32 %20, !33, !DIExpression(), !36)
  %22 = mul nsw i32 %20, 31, !dbg !48
  %23 = add nsw i32 %5, %22, !dbg !50
    #dbg_value(i32 %23, !33, !DIExpression(), !36)
  %24 = and i32 %23, 255, !dbg !51
  %25 = zext nneg i32 %24 to i64, !dbg !52
  %26 = add nsw i64 %19, %25, !dbg !53
    #dbg_value(i32 poison, !34, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !37)
  %27 = add i32 %21, 1, !dbg !40
  %28 = icmp eq i32 %27, %8, !dbg !40
  br i1 %28, label %29, label %18, !dbg !40, !llvm.loop !54

29:                                               ; preds = %18, %12
  %30 = phi i32 [ %13, %12 ], [ %23, %18 ], !dbg !50
  %31 = phi i64 [ %14, %12 ], [ %26, %18 ], !dbg !53
  store i64 %31, ptr %6, align 8, !dbg !53, !tbaa !47
  br label %32, !dbg !40

32:                                               ; preds = %29, %2
  %33 = phi i32 [ %30, %29 ], [ 7, %2 ], !dbg !36
  %34 = load i32, ptr @checksum, align 4, !dbg !56, !tbaa !57
  %35 = add nsw i32 %34, %33, !dbg !56
  store i32 %35, ptr @checksum, align 4, !dbg !56, !tbaa !57
  ret i32 %33, !dbg !58

36:                                               ; preds = %36, %10
  %37 = phi i64 [ %7, %10 ], [ %59, %36 ], !dbg !48
  %38 = phi i32 [ 7, %10 ], [ %56, %36 ]
  %39 = phi i32 [ 0, %10 ], [ %60, %36 ]
    #dbg_value(i32 poison, !34, !DIExpression(), !37)
    #dbg_value(i32 %38, !33, !DIExpression(), !36)
  %40 = mul nsw i32 %38, 31, !dbg !48
  %41 = add nsw i32 %5, %40, !dbg !50
    #dbg_value(i32 %41, !33, !DIExpression(), !36)
  %42 = and i32 %41, 255, !dbg !51
  %43 = zext nneg i32 %42 to i64, !dbg !52
  %44 = add nsw i64 %37, %43, !dbg !53
    #dbg_value(i32 poison, !34, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !37)
  %45 = mul nsw i32 %41, 31, !dbg !48
  %46 = add nsw i32 %5, %45, !dbg !50
    #dbg_value(i32 %46, !33, !DIExpression(), !36)
  %47 = and i32 %46, 255, !dbg !51
  %48 = zext nneg i32 %47 to i64, !dbg !52
  %49 = add nsw i64 %44, %48, !dbg !53
    #dbg_value(i32 poison, !34, !DIExpression(DW_OP_plus_uconst, 2, DW_OP_stack_value), !37)
  %50 = mul nsw i32 %46, 31, !dbg !48
  %51 = add nsw i32 %5, %50, !dbg !50
    #dbg_value(i32 %51, !33, !DIExpression(), !36)
  %52 = and i32 %51, 255, !dbg !51
  %53 = zext nneg i32 %52 to i64, !dbg !52
  %54 = add nsw i64 %49, %53, !dbg !53
    #dbg_value(i32 poison, !34, !DIExpression(DW_OP_plus_uconst, 3, DW_OP_stack_value), !37)
  %55 = mul nsw i32 %51, 31, !dbg !48
  %56 = add nsw i32 %5, %55, !dbg !50
    #dbg_value(i32 %56, !33, !DIExpression(), !36)
  %57 = and i32 %56, 255, !dbg !51
  %58 = zext nneg i32 %57 to i64, !dbg !52
  %59 = add nsw i64 %54, %58, !dbg !53
    #dbg_value(i32 poison, !34, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !37)
  %60 = add i32 %39, 4, !dbg !40
  %61 = icmp eq i32 %60, %11, !dbg !40
  br i1 %61, label %12, label %36, !dbg !40, !llvm.loop !59
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @run(i32 noundef %0) local_unnamed_addr #0 !dbg !62 {
  %2 = alloca %struct.point, align 8, !DIAssignID !71
    #dbg_assign(i1 undef, !67, !DIExpression(), !71, ptr %2, !DIExpression(), !72)
    #dbg_value(i32 %0, !66, !DIExpression(), !72)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #5, !dbg !73
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) @__const.run.pt, i64 16, i1 false), !dbg !74, !DIAssignID !75
    #dbg_assign(i1 undef, !67, !DIExpression(), !75, ptr %2, !DIExpression(), !72)
    #dbg_value(i32 0, !68, !DIExpression(), !72)
    #dbg_value(i32 0, !69, !DIExpression(), !76)
  %3 = icmp sgt i32 %0, 0, !dbg !77
  br i1 %3, label %11, label %9, !dbg !79

4:                                                ; preds = %11
  %5 = getelementptr inbounds i8, ptr %2, i64 8
  %6 = load i64, ptr %5, align 8, !dbg !80, !tbaa !47
  %7 = trunc i64 %6 to i32, !dbg !81
  %8 = add nsw i32 %15, %7, !dbg !80
  br label %9, !dbg !80

9:                                                ; preds = %4, %1
  %10 = phi i32 [ 40, %1 ], [ %8, %4 ], !dbg !82
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #5, !dbg !83
  ret i32 %10, !dbg !84

11:                                               ; preds = %1, %11
  %12 = phi i32 [ %16, %11 ], [ 0, %1 ]
  %13 = phi i32 [ %15, %11 ], [ 0, %1 ]
    #dbg_value(i32 %12, !69, !DIExpression(), !76)
    #dbg_value(i32 %13, !68, !DIExpression(), !72)
  %14 = call i32 @hot_spot(i32 noundef 10, ptr noundef nonnull %2), !dbg !85
  %15 = add nsw i32 %14, %13, !dbg !86
    #dbg_value(i32 %15, !68, !DIExpression(), !72)
  %16 = add nuw nsw i32 %12, 1, !dbg !87
    #dbg_value(i32 %16, !69, !DIExpression(), !76)
  %17 = icmp eq i32 %16, %0, !dbg !77
  br i1 %17, label %4, label %11, !dbg !79, !llvm.loop !88
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 !dbg !90 {
  %1 = tail call i32 @run(i32 noundef 2), !dbg !94
    #dbg_value(i32 %1, !93, !DIExpression(), !95)
  %2 = load i32, ptr @checksum, align 4, !dbg !96, !tbaa !57
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1, i32 noundef %2), !dbg !97
  ret i32 0, !dbg !98
}

; Function Attrs: nofree nounwind
declare !dbg !99 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

attributes #0 = { nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "checksum", scope: !2, file: !3, line: 10, type: !5, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "prog.c", directory: ".", checksumkind: CSK_MD5, checksum: "5eab35d6d987e63919323f2346d3bb31")
!4 = !{!5}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !{!7, !0}
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !3, line: 32, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 184, elements: !11)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{!12}
!12 = !DISubrange(count: 23)
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!20 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!21 = distinct !DISubprogram(name: "hot_spot", scope: !3, file: !3, line: 12, type: !22, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !30)
!22 = !DISubroutineType(types: !23)
!23 = !{!5, !5, !24}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "point", file: !3, line: 5, size: 128, elements: !26)
!26 = !{!27, !28}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !25, file: !3, line: 6, baseType: !5, size: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !25, file: !3, line: 7, baseType: !29, size: 64, offset: 64)
!29 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!30 = !{!31, !32, !33, !34}
!31 = !DILocalVariable(name: "rounds", arg: 1, scope: !21, file: !3, line: 12, type: !5)
!32 = !DILocalVariable(name: "p", arg: 2, scope: !21, file: !3, line: 12, type: !24)
!33 = !DILocalVariable(name: "acc", scope: !21, file: !3, line: 13, type: !5)
!34 = !DILocalVariable(name: "i", scope: !35, file: !3, line: 14, type: !5)
!35 = distinct !DILexicalBlock(scope: !21, file: !3, line: 14, column: 5)
!36 = !DILocation(line: 0, scope: !21)
!37 = !DILocation(line: 0, scope: !35)
!38 = !DILocation(line: 14, column: 23, scope: !39)
!39 = distinct !DILexicalBlock(scope: !35, file: !3, line: 14, column: 5)
!40 = !DILocation(line: 14, column: 5, scope: !35)
!41 = !{!42, !43, i64 0}
!42 = !{!"point", !43, i64 0, !46, i64 8}
!43 = !{!"int", !44, i64 0}
!44 = !{!"omnipotent char", !45, i64 0}
!45 = !{!"Simple C/C++ TBAA"}
!46 = !{!"long", !44, i64 0}
!47 = !{!42, !46, i64 8}
!48 = !DILocation(line: 15, column: 19, scope: !49)
!49 = distinct !DILexicalBlock(scope: !39, file: !3, line: 14, column: 38)
!50 = !DILocation(line: 15, column: 24, scope: !49)
!51 = !DILocation(line: 16, column: 21, scope: !49)
!52 = !DILocation(line: 16, column: 17, scope: !49)
!53 = !DILocation(line: 16, column: 14, scope: !49)
!54 = distinct !{!54, !55}
!55 = !{!"llvm.loop.unroll.disable"}
!56 = !DILocation(line: 18, column: 14, scope: !21)
!57 = !{!43, !43, i64 0}
!58 = !DILocation(line: 19, column: 5, scope: !21)
!59 = distinct !{!59, !40, !60, !61}
!60 = !DILocation(line: 17, column: 5, scope: !35)
!61 = !{!"llvm.loop.mustprogress"}
!62 = distinct !DISubprogram(name: "run", scope: !3, file: !3, line: 22, type: !63, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65)
!63 = !DISubroutineType(types: !64)
!64 = !{!5, !5}
!65 = !{!66, !67, !68, !69}
!66 = !DILocalVariable(name: "n", arg: 1, scope: !62, file: !3, line: 22, type: !5)
!67 = !DILocalVariable(name: "pt", scope: !62, file: !3, line: 23, type: !25)
!68 = !DILocalVariable(name: "total", scope: !62, file: !3, line: 24, type: !5)
!69 = !DILocalVariable(name: "k", scope: !70, file: !3, line: 25, type: !5)
!70 = distinct !DILexicalBlock(scope: !62, file: !3, line: 25, column: 5)
!71 = distinct !DIAssignID()
!72 = !DILocation(line: 0, scope: !62)
!73 = !DILocation(line: 23, column: 5, scope: !62)
!74 = !DILocation(line: 23, column: 18, scope: !62)
!75 = distinct !DIAssignID()
!76 = !DILocation(line: 0, scope: !70)
!77 = !DILocation(line: 25, column: 23, scope: !78)
!78 = distinct !DILexicalBlock(scope: !70, file: !3, line: 25, column: 5)
!79 = !DILocation(line: 25, column: 5, scope: !70)
!80 = !DILocation(line: 27, column: 28, scope: !62)
!81 = !DILocation(line: 27, column: 20, scope: !62)
!82 = !DILocation(line: 27, column: 18, scope: !62)
!83 = !DILocation(line: 28, column: 1, scope: !62)
!84 = !DILocation(line: 27, column: 5, scope: !62)
!85 = !DILocation(line: 26, column: 18, scope: !78)
!86 = !DILocation(line: 26, column: 15, scope: !78)
!87 = !DILocation(line: 25, column: 29, scope: !78)
!88 = distinct !{!88, !79, !89, !61}
!89 = !DILocation(line: 26, column: 34, scope: !70)
!90 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 30, type: !91, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !92)
!91 = !DISubroutineType(types: !4)
!92 = !{!93}
!93 = !DILocalVariable(name: "result", scope: !90, file: !3, line: 31, type: !5)
!94 = !DILocation(line: 31, column: 18, scope: !90)
!95 = !DILocation(line: 0, scope: !90)
!96 = !DILocation(line: 32, column: 47, scope: !90)
!97 = !DILocation(line: 32, column: 5, scope: !90)
!98 = !DILocation(line: 33, column: 5, scope: !90)
!99 = !DISubprogram(name: "printf", scope: !100, file: !100, line: 356, type: !101, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!100 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!101 = !DISubroutineType(types: !102)
!102 = !{!5, !103, null}
!103 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !104)
!104 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !105, size: 64)
!105 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
