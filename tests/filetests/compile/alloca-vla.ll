; Stack memory: fixed allocas in the frame, a dynamic alloca with its alignment, and
; stacksave/stackrestore around it.
; test compile
; test run

declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define i32 @fixed(i32 %x) {
  %a = alloca i32, align 4
  %b = alloca [4 x i64], align 16
  store i32 %x, ptr %a
  %p = getelementptr inbounds [4 x i64], ptr %b, i64 0, i64 3
  store i64 9, ptr %p
  %v = load i32, ptr %a
  ret i32 %v
}
; run: @fixed(3) == 3

define i8 @vla(i64 %n) {
  %sp = call ptr @llvm.stacksave.p0()
  %p = alloca i8, i64 %n, align 32
  call void @llvm.memset.p0.i64(ptr %p, i8 7, i64 %n, i1 false)
  %last = getelementptr inbounds i8, ptr %p, i64 -1
  %end = getelementptr inbounds i8, ptr %last, i64 %n
  %v = load i8, ptr %end
  call void @llvm.stackrestore.p0(ptr %sp)
  ret i8 %v
}
; run: @vla(100) == 7
