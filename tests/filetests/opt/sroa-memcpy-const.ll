; test opt sroa,instcombine
; `struct S s = {...}` at -O0 copies a constant global with memcpy; SROA turns the copy into
; per-field loads, which fold to the initializer's values; a struct assignment (memcpy
; between two locals) splits the same way.
; run: @init() == 1234
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.S = type { i32, i8, i64 }
@__const.init.s = private unnamed_addr constant %struct.S { i32 1000, i8 34, i64 200 }, align 8

define i32 @init() {
  %s = alloca %struct.S, align 8
  %t = alloca %struct.S, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %s, ptr align 8 @__const.init.s, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %t, ptr align 8 %s, i64 16, i1 false)
  %a = getelementptr inbounds %struct.S, ptr %t, i32 0, i32 0
  %av = load i32, ptr %a, align 8
  %b = getelementptr inbounds %struct.S, ptr %t, i32 0, i32 1
  %bv = load i8, ptr %b, align 4
  %c = getelementptr inbounds %struct.S, ptr %t, i32 0, i32 2
  %cv = load i64, ptr %c, align 8
  %bz = zext i8 %bv to i32
  %ct = trunc i64 %cv to i32
  %s1 = add i32 %av, %bz
  %s2 = add i32 %s1, %ct
  ret i32 %s2
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
