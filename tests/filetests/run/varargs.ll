; Variadic functions defined in IR. `fmt_v` builds a real va_list with `llvm.va_start`,
; copies it with `llvm.va_copy` and hands the copy to the C library's vsnprintf, which
; reads the arguments the way C does (register save area and overflow area on x86-64,
; the general and vector register areas and the stack on AArch64). The va_list storage
; is 32 bytes, enough for either target's va_list. (The `va_arg` instruction is in
; varargs-va-arg.ll.)
; test run

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)
declare i32 @vsnprintf(ptr, i64, ptr, ptr)
declare i32 @strcmp(ptr, ptr)

@fmt = private constant [72 x i8] c"%d %s %.3f %ld %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\00"
@two = private constant [4 x i8] c"two\00"
@want = private constant [58 x i8] c"1 two 3.000 4 5 6 7 8 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0\00"

define i32 @fmt_v(ptr %buf, i64 %n, ptr %fmt, ...) {
  %ap = alloca [32 x i8], align 16
  %ap2 = alloca [32 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  call void @llvm.va_copy.p0(ptr %ap2, ptr %ap)
  %r = call i32 @vsnprintf(ptr %buf, i64 %n, ptr %fmt, ptr %ap2)
  call void @llvm.va_end.p0(ptr %ap2)
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %r
}

; 17 variadic arguments: more integers and more doubles than there are registers.
; Returns the length when the text is right, else -1.
define i32 @check_fmt_v() {
  %buf = alloca [128 x i8], align 16
  %n = call i32 (ptr, i64, ptr, ...) @fmt_v(ptr %buf, i64 128, ptr @fmt, i32 1, ptr @two, double 3.0, i64 4, i32 5, i32 6, i32 7, i32 8, double 1.0, double 2.0, double 3.0, double 4.0, double 5.0, double 6.0, double 7.0, double 8.0, double 9.0)
  %c = call i32 @strcmp(ptr %buf, ptr @want)
  %same = icmp eq i32 %c, 0
  %r = select i1 %same, i32 %n, i32 -1
  ret i32 %r
}
; run: @check_fmt_v() == 57
