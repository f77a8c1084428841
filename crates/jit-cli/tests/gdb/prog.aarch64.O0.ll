; ModuleID = 'prog.c'
source_filename = "prog.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.point = type { i32, i64 }

@checksum = internal global i32 0, align 4, !dbg !0
@__const.run.pt = private unnamed_addr constant %struct.point { i32 3, i64 40 }, align 8
@.str = private unnamed_addr constant [23 x i8] c"result %d checksum %d\0A\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @hot_spot(i32 noundef %0, ptr noundef %1) #0 !dbg !21 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !31, !DIExpression(), !32)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !33, !DIExpression(), !34)
    #dbg_declare(ptr %5, !35, !DIExpression(), !36)
  store i32 7, ptr %5, align 4, !dbg !36
    #dbg_declare(ptr %6, !37, !DIExpression(), !39)
  store i32 0, ptr %6, align 4, !dbg !39
  br label %7, !dbg !40

7:                                                ; preds = %25, %2
  %8 = load i32, ptr %6, align 4, !dbg !41
  %9 = load i32, ptr %3, align 4, !dbg !43
  %10 = icmp slt i32 %8, %9, !dbg !44
  br i1 %10, label %11, label %28, !dbg !45

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4, !dbg !46
  %13 = mul nsw i32 %12, 31, !dbg !48
  %14 = load ptr, ptr %4, align 8, !dbg !49
  %15 = getelementptr inbounds %struct.point, ptr %14, i32 0, i32 0, !dbg !50
  %16 = load i32, ptr %15, align 8, !dbg !50
  %17 = add nsw i32 %13, %16, !dbg !51
  store i32 %17, ptr %5, align 4, !dbg !52
  %18 = load i32, ptr %5, align 4, !dbg !53
  %19 = and i32 %18, 255, !dbg !54
  %20 = sext i32 %19 to i64, !dbg !53
  %21 = load ptr, ptr %4, align 8, !dbg !55
  %22 = getelementptr inbounds %struct.point, ptr %21, i32 0, i32 1, !dbg !56
  %23 = load i64, ptr %22, align 8, !dbg !57
  %24 = add nsw i64 %23, %20, !dbg !57
  store i64 %24, ptr %22, align 8, !dbg !57
  br label %25, !dbg !58

25:                                               ; preds = %11
  %26 = load i32, ptr %6, align 4, !dbg !59
  %27 = add nsw i32 %26, 1, !dbg !59
  store i32 %27, ptr %6, align 4, !dbg !59
  br label %7, !dbg !60, !llvm.loop !61

28:                                               ; preds = %7
  %29 = load i32, ptr %5, align 4, !dbg !64
  %30 = load i32, ptr @checksum, align 4, !dbg !65
  %31 = add nsw i32 %30, %29, !dbg !65
  store i32 %31, ptr @checksum, align 4, !dbg !65
  %32 = load i32, ptr %5, align 4, !dbg !66
  ret i32 %32, !dbg !67
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @run(i32 noundef %0) #0 !dbg !68 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.point, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !71, !DIExpression(), !72)
    #dbg_declare(ptr %3, !73, !DIExpression(), !74)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.run.pt, i64 16, i1 false), !dbg !74
    #dbg_declare(ptr %4, !75, !DIExpression(), !76)
  store i32 0, ptr %4, align 4, !dbg !76
    #dbg_declare(ptr %5, !77, !DIExpression(), !79)
  store i32 0, ptr %5, align 4, !dbg !79
  br label %6, !dbg !80

6:                                                ; preds = %14, %1
  %7 = load i32, ptr %5, align 4, !dbg !81
  %8 = load i32, ptr %2, align 4, !dbg !83
  %9 = icmp slt i32 %7, %8, !dbg !84
  br i1 %9, label %10, label %17, !dbg !85

10:                                               ; preds = %6
  %11 = call i32 @hot_spot(i32 noundef 10, ptr noundef %3), !dbg !86
  %12 = load i32, ptr %4, align 4, !dbg !87
  %13 = add nsw i32 %12, %11, !dbg !87
  store i32 %13, ptr %4, align 4, !dbg !87
  br label %14, !dbg !88

14:                                               ; preds = %10
  %15 = load i32, ptr %5, align 4, !dbg !89
  %16 = add nsw i32 %15, 1, !dbg !89
  store i32 %16, ptr %5, align 4, !dbg !89
  br label %6, !dbg !90, !llvm.loop !91

17:                                               ; preds = %6
  %18 = load i32, ptr %4, align 4, !dbg !93
  %19 = getelementptr inbounds %struct.point, ptr %3, i32 0, i32 1, !dbg !94
  %20 = load i64, ptr %19, align 8, !dbg !94
  %21 = trunc i64 %20 to i32, !dbg !95
  %22 = add nsw i32 %18, %21, !dbg !96
  ret i32 %22, !dbg !97
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !98 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !100, !DIExpression(), !101)
  %3 = call i32 @run(i32 noundef 2), !dbg !102
  store i32 %3, ptr %2, align 4, !dbg !101
  %4 = load i32, ptr %2, align 4, !dbg !103
  %5 = load i32, ptr @checksum, align 4, !dbg !104
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %4, i32 noundef %5), !dbg !105
  ret i32 0, !dbg !106
}

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "checksum", scope: !2, file: !3, line: 10, type: !5, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
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
!20 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!21 = distinct !DISubprogram(name: "hot_spot", scope: !3, file: !3, line: 12, type: !22, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !30)
!22 = !DISubroutineType(types: !23)
!23 = !{!5, !5, !24}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "point", file: !3, line: 5, size: 128, elements: !26)
!26 = !{!27, !28}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !25, file: !3, line: 6, baseType: !5, size: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !25, file: !3, line: 7, baseType: !29, size: 64, offset: 64)
!29 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!30 = !{}
!31 = !DILocalVariable(name: "rounds", arg: 1, scope: !21, file: !3, line: 12, type: !5)
!32 = !DILocation(line: 12, column: 44, scope: !21)
!33 = !DILocalVariable(name: "p", arg: 2, scope: !21, file: !3, line: 12, type: !24)
!34 = !DILocation(line: 12, column: 66, scope: !21)
!35 = !DILocalVariable(name: "acc", scope: !21, file: !3, line: 13, type: !5)
!36 = !DILocation(line: 13, column: 9, scope: !21)
!37 = !DILocalVariable(name: "i", scope: !38, file: !3, line: 14, type: !5)
!38 = distinct !DILexicalBlock(scope: !21, file: !3, line: 14, column: 5)
!39 = !DILocation(line: 14, column: 14, scope: !38)
!40 = !DILocation(line: 14, column: 10, scope: !38)
!41 = !DILocation(line: 14, column: 21, scope: !42)
!42 = distinct !DILexicalBlock(scope: !38, file: !3, line: 14, column: 5)
!43 = !DILocation(line: 14, column: 25, scope: !42)
!44 = !DILocation(line: 14, column: 23, scope: !42)
!45 = !DILocation(line: 14, column: 5, scope: !38)
!46 = !DILocation(line: 15, column: 15, scope: !47)
!47 = distinct !DILexicalBlock(scope: !42, file: !3, line: 14, column: 38)
!48 = !DILocation(line: 15, column: 19, scope: !47)
!49 = !DILocation(line: 15, column: 26, scope: !47)
!50 = !DILocation(line: 15, column: 29, scope: !47)
!51 = !DILocation(line: 15, column: 24, scope: !47)
!52 = !DILocation(line: 15, column: 13, scope: !47)
!53 = !DILocation(line: 16, column: 17, scope: !47)
!54 = !DILocation(line: 16, column: 21, scope: !47)
!55 = !DILocation(line: 16, column: 9, scope: !47)
!56 = !DILocation(line: 16, column: 12, scope: !47)
!57 = !DILocation(line: 16, column: 14, scope: !47)
!58 = !DILocation(line: 17, column: 5, scope: !47)
!59 = !DILocation(line: 14, column: 34, scope: !42)
!60 = !DILocation(line: 14, column: 5, scope: !42)
!61 = distinct !{!61, !45, !62, !63}
!62 = !DILocation(line: 17, column: 5, scope: !38)
!63 = !{!"llvm.loop.mustprogress"}
!64 = !DILocation(line: 18, column: 17, scope: !21)
!65 = !DILocation(line: 18, column: 14, scope: !21)
!66 = !DILocation(line: 19, column: 12, scope: !21)
!67 = !DILocation(line: 19, column: 5, scope: !21)
!68 = distinct !DISubprogram(name: "run", scope: !3, file: !3, line: 22, type: !69, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !30)
!69 = !DISubroutineType(types: !70)
!70 = !{!5, !5}
!71 = !DILocalVariable(name: "n", arg: 1, scope: !68, file: !3, line: 22, type: !5)
!72 = !DILocation(line: 22, column: 39, scope: !68)
!73 = !DILocalVariable(name: "pt", scope: !68, file: !3, line: 23, type: !25)
!74 = !DILocation(line: 23, column: 18, scope: !68)
!75 = !DILocalVariable(name: "total", scope: !68, file: !3, line: 24, type: !5)
!76 = !DILocation(line: 24, column: 9, scope: !68)
!77 = !DILocalVariable(name: "k", scope: !78, file: !3, line: 25, type: !5)
!78 = distinct !DILexicalBlock(scope: !68, file: !3, line: 25, column: 5)
!79 = !DILocation(line: 25, column: 14, scope: !78)
!80 = !DILocation(line: 25, column: 10, scope: !78)
!81 = !DILocation(line: 25, column: 21, scope: !82)
!82 = distinct !DILexicalBlock(scope: !78, file: !3, line: 25, column: 5)
!83 = !DILocation(line: 25, column: 25, scope: !82)
!84 = !DILocation(line: 25, column: 23, scope: !82)
!85 = !DILocation(line: 25, column: 5, scope: !78)
!86 = !DILocation(line: 26, column: 18, scope: !82)
!87 = !DILocation(line: 26, column: 15, scope: !82)
!88 = !DILocation(line: 26, column: 9, scope: !82)
!89 = !DILocation(line: 25, column: 29, scope: !82)
!90 = !DILocation(line: 25, column: 5, scope: !82)
!91 = distinct !{!91, !85, !92, !63}
!92 = !DILocation(line: 26, column: 34, scope: !78)
!93 = !DILocation(line: 27, column: 12, scope: !68)
!94 = !DILocation(line: 27, column: 28, scope: !68)
!95 = !DILocation(line: 27, column: 20, scope: !68)
!96 = !DILocation(line: 27, column: 18, scope: !68)
!97 = !DILocation(line: 27, column: 5, scope: !68)
!98 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 30, type: !99, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !30)
!99 = !DISubroutineType(types: !4)
!100 = !DILocalVariable(name: "result", scope: !98, file: !3, line: 31, type: !5)
!101 = !DILocation(line: 31, column: 9, scope: !98)
!102 = !DILocation(line: 31, column: 18, scope: !98)
!103 = !DILocation(line: 32, column: 39, scope: !98)
!104 = !DILocation(line: 32, column: 47, scope: !98)
!105 = !DILocation(line: 32, column: 5, scope: !98)
!106 = !DILocation(line: 33, column: 5, scope: !98)
