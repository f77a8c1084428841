; SROA: a small struct and an array accessed only at constant offsets split into scalars,
; then promoted; llvm.lifetime markers do not stop it.
; test opt sroa
; test run

declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)

define i64 @pair_sum(i64 %a, i64 %b) {
  %p = alloca { i64, i64 }
  call void @llvm.lifetime.start.p0(i64 16, ptr %p)
  %f0 = getelementptr inbounds { i64, i64 }, ptr %p, i32 0, i32 0
  %f1 = getelementptr inbounds { i64, i64 }, ptr %p, i32 0, i32 1
  store i64 %a, ptr %f0
  store i64 %b, ptr %f1
  %x = load i64, ptr %f0
  %y = load i64, ptr %f1
  call void @llvm.lifetime.end.p0(i64 16, ptr %p)
  %s = add i64 %x, %y
  ret i64 %s
}
; run: @pair_sum(40, 2) == 42

define i32 @array_of_three(i32 %a) {
  %arr = alloca [3 x i32]
  %e0 = getelementptr inbounds [3 x i32], ptr %arr, i64 0, i64 0
  %e1 = getelementptr inbounds [3 x i32], ptr %arr, i64 0, i64 1
  %e2 = getelementptr inbounds [3 x i32], ptr %arr, i64 0, i64 2
  store i32 %a, ptr %e0
  %a2 = mul i32 %a, 2
  store i32 %a2, ptr %e1
  %a3 = mul i32 %a, 3
  store i32 %a3, ptr %e2
  %x = load i32, ptr %e0
  %z = load i32, ptr %e2
  %r = sub i32 %z, %x
  ret i32 %r
}
; run: @array_of_three(7) == 14
