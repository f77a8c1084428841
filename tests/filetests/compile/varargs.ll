; A variadic definition: the prologue saves the argument registers (x86-64: a 176-byte
; register save area; AArch64: the general and vector register areas) for va_start, and
; the va_list goes to the C library.
; test compile
; test run

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare i32 @vsnprintf(ptr, i64, ptr, ptr)
@fmt = private constant [3 x i8] c"%d\00"

; The length of the text of its one variadic int.
define i32 @length_of(i32 %n, ...) {
  %ap = alloca [32 x i8], align 16
  %buf = alloca [32 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  %r = call i32 @vsnprintf(ptr %buf, i64 32, ptr @fmt, ptr %ap)
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %r
}

define i32 @call_it() {
  %r = call i32 (i32, ...) @length_of(i32 1, i32 -12345)
  ret i32 %r
}
; run: @call_it() == 6
