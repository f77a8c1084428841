; Calls into the C library: a plain call, a variadic call (snprintf with integers, a
; string, a double and a char: x86-64 sets %al to the number of vector registers used),
; a recursive function, and a C function calling back into JIT code (qsort's comparator).
; test run

@msg = constant [13 x i8] c"hello, world\00"
@fmt = private constant [18 x i8] c"%d-%s-%.2f-%ld-%c\00"
@want = private constant [38 x i8] c"-42-hello, world-2.50-1099511627776-x\00"

declare i64 @strlen(ptr)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @strcmp(ptr, ptr)
declare void @qsort(ptr, i64, i64, ptr)

define i64 @len() {
  %n = call i64 @strlen(ptr @msg)
  ret i64 %n
}
; run: @len() == 12

; snprintf into a local buffer; returns the length it reports when the text is right,
; else -1.
define i32 @format() {
  %buf = alloca [64 x i8], align 16
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 64, ptr @fmt, i32 -42, ptr @msg, double 2.5, i64 1099511627776, i32 120)
  %cmp = call i32 @strcmp(ptr %buf, ptr @want)
  %same = icmp eq i32 %cmp, 0
  %r = select i1 %same, i32 %n, i32 -1
  ret i32 %r
}
; run: @format() == 37

define i32 @fib(i32 %n) {
entry:
  %small = icmp slt i32 %n, 2
  br i1 %small, label %base, label %rec
base:
  ret i32 %n
rec:
  %n1 = sub i32 %n, 1
  %n2 = sub i32 %n, 2
  %a = call i32 @fib(i32 %n1)
  %b = call i32 @fib(i32 %n2)
  %s = add i32 %a, %b
  ret i32 %s
}
; run: @fib(0) == 0
; run: @fib(1) == 1
; run: @fib(20) == 6765

; qsort compares through JIT code; the result is the sorted array read back as digits.
define internal i32 @compare(ptr %a, ptr %b) {
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %gt = icmp sgt i32 %x, %y
  %lt = icmp slt i32 %x, %y
  %g = zext i1 %gt to i32
  %l = zext i1 %lt to i32
  %r = sub i32 %g, %l
  ret i32 %r
}

define i64 @sorted() {
  %a = alloca [5 x i32], align 4
  %p1 = getelementptr inbounds i32, ptr %a, i64 1
  %p2 = getelementptr inbounds i32, ptr %a, i64 2
  %p3 = getelementptr inbounds i32, ptr %a, i64 3
  %p4 = getelementptr inbounds i32, ptr %a, i64 4
  store i32 4, ptr %a
  store i32 -1, ptr %p1
  store i32 3, ptr %p2
  store i32 9, ptr %p3
  store i32 0, ptr %p4
  call void @qsort(ptr %a, i64 5, i64 4, ptr @compare)
  ; digits: ((((a0 * 10 + a1) * 10 + a2) * 10 + a3) * 10 + a4)
  %v0 = load i32, ptr %a
  %v1 = load i32, ptr %p1
  %v2 = load i32, ptr %p2
  %v3 = load i32, ptr %p3
  %v4 = load i32, ptr %p4
  %w0 = sext i32 %v0 to i64
  %w1 = sext i32 %v1 to i64
  %w2 = sext i32 %v2 to i64
  %w3 = sext i32 %v3 to i64
  %w4 = sext i32 %v4 to i64
  %t0 = mul i64 %w0, 10
  %t1 = add i64 %t0, %w1
  %t2 = mul i64 %t1, 10
  %t3 = add i64 %t2, %w2
  %t4 = mul i64 %t3, 10
  %t5 = add i64 %t4, %w3
  %t6 = mul i64 %t5, 10
  %t7 = add i64 %t6, %w4
  ret i64 %t7
}
; run: @sorted() == -9651
