; test opt sroa
; `= {0}` memsets become zero stores into the fields; a union read as another type keeps
; its memory (reinterpreting it is the program's business); an array indexed by a variable
; is left alone.
; run: @zeroed(7) == 7
; run: @pun(1.0) == 1065353216
; run: @indexed(2) == 30
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.Z = type { i32, [4 x i8], i64 }

define i32 @zeroed(i32 %x) {
  %z = alloca %struct.Z, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %z, i8 0, i64 16, i1 false)
  %f0 = getelementptr inbounds %struct.Z, ptr %z, i32 0, i32 0
  %old = load i32, ptr %f0, align 8
  %n = add i32 %old, %x
  store i32 %n, ptr %f0, align 8
  %f2 = getelementptr inbounds %struct.Z, ptr %z, i32 0, i32 2
  %w = load i64, ptr %f2, align 8
  %wt = trunc i64 %w to i32
  %v = load i32, ptr %f0, align 8
  %r = add i32 %v, %wt
  ret i32 %r
}

define i32 @pun(float %f) {
  %u = alloca float, align 4
  store float %f, ptr %u, align 4
  %i = load i32, ptr %u, align 4
  ret i32 %i
}

define i32 @indexed(i32 %k) {
  %a = alloca [4 x i32], align 16
  %e0 = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 0
  store i32 10, ptr %e0
  %e1 = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 1
  store i32 20, ptr %e1
  %e2 = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 2
  store i32 30, ptr %e2
  %e3 = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 3
  store i32 40, ptr %e3
  %kk = sext i32 %k to i64
  %ek = getelementptr inbounds [4 x i32], ptr %a, i64 0, i64 %kk
  %v = load i32, ptr %ek
  ret i32 %v
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
