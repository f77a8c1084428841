; The same crash with hand-written debug information (as clang -g writes it): the report
; names /src/crash.c:15.
source_filename = "crash.c"

define void @hot_spot(ptr %p, i32 %v) !dbg !10 {
entry:
  %w = add i32 %v, 1, !dbg !13
  store volatile i32 %w, ptr %p, align 4, !dbg !14
  ret void, !dbg !15
}

define i32 @run(i32 %n) !dbg !20 {
entry:
  call void @hot_spot(ptr null, i32 %n), !dbg !21
  ret i32 %n, !dbg !22
}

define i32 @main() !dbg !30 {
entry:
  %r = call i32 @run(i32 7), !dbg !31
  ret i32 %r, !dbg !32
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "hand-written", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "crash.c", directory: "/src")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !DISubroutineType(types: !7)
!7 = !{!5}
!10 = distinct !DISubprogram(name: "hot_spot", scope: !1, file: !1, line: 13, type: !6, scopeLine: 13, spFlags: DISPFlagDefinition, unit: !0)
!13 = !DILocation(line: 14, column: 11, scope: !10)
!14 = !DILocation(line: 15, column: 6, scope: !10)
!15 = !DILocation(line: 16, column: 1, scope: !10)
!20 = distinct !DISubprogram(name: "run", scope: !1, file: !1, line: 18, type: !6, scopeLine: 18, spFlags: DISPFlagDefinition, unit: !0)
!21 = !DILocation(line: 19, column: 3, scope: !20)
!22 = !DILocation(line: 20, column: 3, scope: !20)
!30 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 23, type: !6, scopeLine: 23, spFlags: DISPFlagDefinition, unit: !0)
!31 = !DILocation(line: 24, column: 10, scope: !30)
!32 = !DILocation(line: 25, column: 3, scope: !30)
