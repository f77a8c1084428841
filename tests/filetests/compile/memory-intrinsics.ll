; memcpy and memset with a small constant length (which a backend may expand inline) and
; with a variable one (a call to the C library).
; test compile
; test run

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define i64 @copy16(i64 %x) {
  %a = alloca [2 x i64], align 8
  %b = alloca [2 x i64], align 8
  store i64 %x, ptr %a
  %a1 = getelementptr inbounds i64, ptr %a, i64 1
  store i64 %x, ptr %a1
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 16, i1 false)
  %b1 = getelementptr inbounds i64, ptr %b, i64 1
  %v = load i64, ptr %b1
  ret i64 %v
}
; run: @copy16(5) == 5

define void @clear(ptr %p, i64 %n) {
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 %n, i1 false)
  ret void
}
