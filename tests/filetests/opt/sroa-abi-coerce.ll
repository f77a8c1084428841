; test opt sroa
; The x86-64 ABI passes a struct of three ints as { i64, i32 }: clang copies the struct
; into a temporary of that type (and back, for a parameter) and loads or stores the pieces.
; SROA keeps the three fields apart and assembles the wide piece with shifts.
; run: @middle(42) == 43
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.T = type { i32, i32, i32 }

define { i64, i32 } @make(i32 %v) {
  %r = alloca %struct.T, align 4
  %f0 = getelementptr inbounds %struct.T, ptr %r, i32 0, i32 0
  store i32 %v, ptr %f0, align 4
  %f1 = getelementptr inbounds %struct.T, ptr %r, i32 0, i32 1
  %v1 = add i32 %v, 1
  store i32 %v1, ptr %f1, align 4
  %f2 = getelementptr inbounds %struct.T, ptr %r, i32 0, i32 2
  %v2 = add i32 %v, 2
  store i32 %v2, ptr %f2, align 4
  %tmp = alloca { i64, i32 }, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %tmp, ptr align 4 %r, i64 12, i1 false)
  %whole = load { i64, i32 }, ptr %tmp, align 8
  ret { i64, i32 } %whole
}

define i32 @middle(i32 %v) {
  %t = alloca %struct.T, align 4
  %coerce = alloca { i64, i32 }, align 4
  %pair = call { i64, i32 } @make(i32 %v)
  %lo = extractvalue { i64, i32 } %pair, 0
  %hi = extractvalue { i64, i32 } %pair, 1
  store i64 %lo, ptr %coerce, align 4
  %p2 = getelementptr inbounds { i64, i32 }, ptr %coerce, i32 0, i32 1
  store i32 %hi, ptr %p2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %t, ptr align 4 %coerce, i64 12, i1 false)
  %f1 = getelementptr inbounds %struct.T, ptr %t, i32 0, i32 1
  %m = load i32, ptr %f1, align 4
  ret i32 %m
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
