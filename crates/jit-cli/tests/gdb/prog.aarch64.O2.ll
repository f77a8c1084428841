; ModuleID = 'prog.c'
source_filename = "prog.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.point = type { i32, i64 }

@checksum = internal unnamed_addr global i32 0, align 4, !dbg !0
@__const.run.pt = private unnamed_addr constant %struct.point { i32 3, i64 40 }, align 8
@.str = private unnamed_addr constant [23 x i8] c"result %d checksum %d\0A\00", align 1, !dbg !7

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @hot_spot(i32 noundef %0, ptr nocapture noundef %1) local_unnamed_addr #0 !dbg !22 {
    #dbg_value(i32 %0, !32, !DIExpression(), !37)
    #dbg_value(ptr %1, !33, !DIExpression(), !37)
    #dbg_value(i32 7, !34, !DIExpression(), !37)
    #dbg_value(i32 0, !35, !DIExpression(), !38)
  %3 = icmp sgt i32 %0, 0, !dbg !39
  br i1 %3, label %4, label %9, !dbg !41

4:                                                ; preds = %2
  %5 = load i32, ptr %1, align 8, !tbaa !42
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !48
  br label %13, !dbg !41

8:                                                ; preds = %13
  store i64 %21, ptr %6, align 8, !dbg !49, !tbaa !48
  br label %9, !dbg !41

9:                                                ; preds = %8, %2
  %10 = phi i32 [ %18, %8 ], [ 7, %2 ], !dbg !37
  %11 = load i32, ptr @checksum, align 4, !dbg !51, !tbaa !52
  %12 = add nsw i32 %11, %10, !dbg !51
  store i32 %12, ptr @checksum, align 4, !dbg !51, !tbaa !52
  ret i32 %10, !dbg !53

13:                                               ; preds = %4, %13
  %14 = phi i64 [ %7, %4 ], [ %21, %13 ], !dbg !54
  %15 = phi i32 [ 0, %4 ], [ %22, %13 ]
  %16 = phi i32 [ 7, %4 ], [ %18, %13 ]
    #dbg_value(i32 %15, !35, !DIExpression(), !38)
    #dbg_value(i32 %16, !34, !DIExpression(), !37)
  %17 = mul nsw i32 %16, 31, !dbg !54
  %18 = add nsw i32 %5, %17, !dbg !55
    #dbg_value(i32 %18, !34, !DIExpression(), !37)
  %19 = and i32 %18, 255, !dbg !56
  %20 = zext nneg i32 %19 to i64, !dbg !57
  %21 = add nsw i64 %14, %20, !dbg !49
  %22 = add nuw nsw i32 %15, 1, !dbg !58
    #dbg_value(i32 %22, !35, !DIExpression(), !38)
  %23 = icmp eq i32 %22, %0, !dbg !39
  br i1 %23, label %8, label %13, !dbg !41, !llvm.loop !59
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
  %6 = load i64, ptr %5, align 8, !dbg !80, !tbaa !48
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
  %2 = load i32, ptr @checksum, align 4, !dbg !96, !tbaa !52
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1, i32 noundef %2), !dbg !97
  ret i32 0, !dbg !98
}

; Function Attrs: nofree nounwind
declare !dbg !99 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

attributes #0 = { nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19, !20}
!llvm.ident = !{!21}

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
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_unsigned_char)
!11 = !{!12}
!12 = !DISubrange(count: 23)
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = !{i32 7, !"frame-pointer", i32 1}
!20 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!21 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!22 = distinct !DISubprogram(name: "hot_spot", scope: !3, file: !3, line: 12, type: !23, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !31)
!23 = !DISubroutineType(types: !24)
!24 = !{!5, !5, !25}
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "point", file: !3, line: 5, size: 128, elements: !27)
!27 = !{!28, !29}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !26, file: !3, line: 6, baseType: !5, size: 32)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !26, file: !3, line: 7, baseType: !30, size: 64, offset: 64)
!30 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!31 = !{!32, !33, !34, !35}
!32 = !DILocalVariable(name: "rounds", arg: 1, scope: !22, file: !3, line: 12, type: !5)
!33 = !DILocalVariable(name: "p", arg: 2, scope: !22, file: !3, line: 12, type: !25)
!34 = !DILocalVariable(name: "acc", scope: !22, file: !3, line: 13, type: !5)
!35 = !DILocalVariable(name: "i", scope: !36, file: !3, line: 14, type: !5)
!36 = distinct !DILexicalBlock(scope: !22, file: !3, line: 14, column: 5)
!37 = !DILocation(line: 0, scope: !22)
!38 = !DILocation(line: 0, scope: !36)
!39 = !DILocation(line: 14, column: 23, scope: !40)
!40 = distinct !DILexicalBlock(scope: !36, file: !3, line: 14, column: 5)
!41 = !DILocation(line: 14, column: 5, scope: !36)
!42 = !{!43, !44, i64 0}
!43 = !{!"point", !44, i64 0, !47, i64 8}
!44 = !{!"int", !45, i64 0}
!45 = !{!"omnipotent char", !46, i64 0}
!46 = !{!"Simple C/C++ TBAA"}
!47 = !{!"long", !45, i64 0}
!48 = !{!43, !47, i64 8}
!49 = !DILocation(line: 16, column: 14, scope: !50)
!50 = distinct !DILexicalBlock(scope: !40, file: !3, line: 14, column: 38)
!51 = !DILocation(line: 18, column: 14, scope: !22)
!52 = !{!44, !44, i64 0}
!53 = !DILocation(line: 19, column: 5, scope: !22)
!54 = !DILocation(line: 15, column: 19, scope: !50)
!55 = !DILocation(line: 15, column: 24, scope: !50)
!56 = !DILocation(line: 16, column: 21, scope: !50)
!57 = !DILocation(line: 16, column: 17, scope: !50)
!58 = !DILocation(line: 14, column: 34, scope: !40)
!59 = distinct !{!59, !41, !60, !61}
!60 = !DILocation(line: 17, column: 5, scope: !36)
!61 = !{!"llvm.loop.mustprogress"}
!62 = distinct !DISubprogram(name: "run", scope: !3, file: !3, line: 22, type: !63, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65)
!63 = !DISubroutineType(types: !64)
!64 = !{!5, !5}
!65 = !{!66, !67, !68, !69}
!66 = !DILocalVariable(name: "n", arg: 1, scope: !62, file: !3, line: 22, type: !5)
!67 = !DILocalVariable(name: "pt", scope: !62, file: !3, line: 23, type: !26)
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
!100 = !DIFile(filename: "/usr/lib/gcc-cross/aarch64-linux-gnu/12/../../../../aarch64-linux-gnu/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!101 = !DISubroutineType(types: !102)
!102 = !{!5, !103, null}
!103 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !104)
!104 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !105, size: 64)
!105 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
