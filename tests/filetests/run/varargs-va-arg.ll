; The `va_arg` instruction: `pick` reads seven i64 and nine double arguments (more than
; the registers hold, so some come from the stack), `count_then_sum` a count-prefixed
; list, also called with no variadic argument at all. Clang lowers va_arg itself for both
; targets, so only hand-written IR has the instruction, and only the x86-64 backend and
; the interpreter on x86-64 implement it.
; test run
; target x86_64

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

; pick(n, ...): the sum of seven i64 arguments plus the sum of nine doubles, truncated.
define i64 @pick(i32 %n, ...) {
  %ap = alloca [32 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  %a1 = va_arg ptr %ap, i64
  %a2 = va_arg ptr %ap, i64
  %a3 = va_arg ptr %ap, i64
  %a4 = va_arg ptr %ap, i64
  %a5 = va_arg ptr %ap, i64
  %a6 = va_arg ptr %ap, i64
  %a7 = va_arg ptr %ap, i64
  %d1 = va_arg ptr %ap, double
  %d2 = va_arg ptr %ap, double
  %d3 = va_arg ptr %ap, double
  %d4 = va_arg ptr %ap, double
  %d5 = va_arg ptr %ap, double
  %d6 = va_arg ptr %ap, double
  %d7 = va_arg ptr %ap, double
  %d8 = va_arg ptr %ap, double
  %d9 = va_arg ptr %ap, double
  call void @llvm.va_end.p0(ptr %ap)
  %s1 = add i64 %a1, %a2
  %s2 = add i64 %s1, %a3
  %s3 = add i64 %s2, %a4
  %s4 = add i64 %s3, %a5
  %s5 = add i64 %s4, %a6
  %s6 = add i64 %s5, %a7
  %e1 = fadd double %d1, %d2
  %e2 = fadd double %e1, %d3
  %e3 = fadd double %e2, %d4
  %e4 = fadd double %e3, %d5
  %e5 = fadd double %e4, %d6
  %e6 = fadd double %e5, %d7
  %e7 = fadd double %e6, %d8
  %e8 = fadd double %e7, %d9
  %ei = fptosi double %e8 to i64
  %r = add i64 %s6, %ei
  ret i64 %r
}

define i64 @call_pick() {
  %r = call i64 (i32, ...) @pick(i32 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, double 0.5, double 1.5, double 2.0, double 3.0, double 4.0, double 5.0, double 6.0, double 7.0, double 8.0)
  ret i64 %r
}
; run: @call_pick() == 65

; A variadic function called with no variadic arguments at all, and one that walks a
; count-prefixed list of ints.
define i32 @count_then_sum(i32 %count, ...) {
entry:
  %ap = alloca [32 x i8], align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %body ]
  %more = icmp slt i32 %i, %count
  br i1 %more, label %body, label %done
body:
  %v = va_arg ptr %ap, i32
  %acc.next = add i32 %acc, %v
  %i.next = add i32 %i, 1
  br label %loop
done:
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %acc
}

define i32 @call_count_then_sum() {
  %none = call i32 (i32, ...) @count_then_sum(i32 0)
  %ten = call i32 (i32, ...) @count_then_sum(i32 10, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10)
  %r = add i32 %none, %ten
  ret i32 %r
}
; run: @call_count_then_sum() == 55
