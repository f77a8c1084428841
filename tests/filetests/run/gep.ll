; `getelementptr`: array indexing with constant, variable and negative indices of every
; integer width (sign-extended to the pointer width), struct fields (padding from the data
; layout), nested aggregates, vector-free GEP chains, and GEP constant expressions.
; test run

%pair = type { i8, i32 }
%outer = type { i16, [3 x %pair], i64 }

@table = constant [5 x i32] [i32 10, i32 20, i32 30, i32 40, i32 50]
@outer = global %outer { i16 1, [3 x %pair] [%pair { i8 2, i32 3 }, %pair { i8 4, i32 5 }, %pair { i8 6, i32 7 }], i64 8 }
; Addresses computed at load time: the last element, and one field deep inside @outer.
@last = constant ptr getelementptr inbounds ([5 x i32], ptr @table, i64 0, i64 4)
@deep = constant ptr getelementptr inbounds (%outer, ptr @outer, i64 0, i32 1, i64 2, i32 1)

define i32 @element(i64 %i) {
  %p = getelementptr inbounds [5 x i32], ptr @table, i64 0, i64 %i
  %v = load i32, ptr %p
  ret i32 %v
}
; run: @element(0) == 10
; run: @element(4) == 50

; Narrow indices are sign-extended: i8 -1 steps back one element.
define i32 @back_from_end(i8 %k) {
  %end = getelementptr inbounds [5 x i32], ptr @table, i64 0, i64 4
  %p = getelementptr inbounds i32, ptr %end, i8 %k
  %v = load i32, ptr %p
  ret i32 %v
}
; run: @back_from_end(0) == 50
; run: @back_from_end(-1) == 40
; run: @back_from_end(-4) == 10

define i32 @with_i32_index(i32 %k) {
  %p = getelementptr i32, ptr @table, i32 %k
  %v = load i32, ptr %p
  ret i32 %v
}
; run: @with_i32_index(2) == 30

; Byte offsets of fields in the data layout (i8 at 0, i32 at 4 in %pair; in %outer the
; array at 4 and the i64 at 32).
define i64 @offsets() {
  %base = ptrtoint ptr @outer to i64
  %f1 = getelementptr %outer, ptr @outer, i64 0, i32 1
  %f1i = ptrtoint ptr %f1 to i64
  %f2 = getelementptr %outer, ptr @outer, i64 0, i32 2
  %f2i = ptrtoint ptr %f2 to i64
  %e = getelementptr %outer, ptr @outer, i64 0, i32 1, i64 1, i32 1
  %ei = ptrtoint ptr %e to i64
  %o1 = sub i64 %f1i, %base
  %o2 = sub i64 %f2i, %base
  %o3 = sub i64 %ei, %base
  %s1 = mul i64 %o1, 10000
  %s2 = mul i64 %o2, 100
  %s3 = add i64 %s1, %s2
  %s4 = add i64 %s3, %o3
  ret i64 %s4
}
; run: @offsets() == 43216

; sizeof(%outer) the classic way: GEP one element past null.
define i64 @size_of_outer() {
  %end = getelementptr %outer, ptr null, i64 1
  %n = ptrtoint ptr %end to i64
  ret i64 %n
}
; run: @size_of_outer() == 40

define i32 @field(i64 %i) {
  %p = getelementptr inbounds %outer, ptr @outer, i64 0, i32 1, i64 %i, i32 1
  %v = load i32, ptr %p
  %q = getelementptr inbounds %outer, ptr @outer, i64 0, i32 1, i64 %i, i32 0
  %b = load i8, ptr %q
  %b32 = zext i8 %b to i32
  %t = mul i32 %b32, 10
  %r = add i32 %t, %v
  ret i32 %r
}
; run: @field(0) == 23
; run: @field(2) == 67

define i32 @through_constants() {
  %p = load ptr, ptr @last
  %a = load i32, ptr %p
  %q = load ptr, ptr @deep
  %b = load i32, ptr %q
  %r = add i32 %a, %b
  ret i32 %r
}
; run: @through_constants() == 57

; A pointer walked by a loop: sum of the table with a GEP chain.
define i32 @walk() {
entry:
  %end = getelementptr inbounds [5 x i32], ptr @table, i64 1
  br label %loop
loop:
  %p = phi ptr [ @table, %entry ], [ %p.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %v = load i32, ptr %p
  %acc.next = add i32 %acc, %v
  %p.next = getelementptr inbounds i32, ptr %p, i64 1
  %done = icmp eq ptr %p.next, %end
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc.next
}
; run: @walk() == 150

; GEP with a large and negative constant offset, then back.
define i32 @far_and_back() {
  %far = getelementptr i8, ptr @table, i64 1000000
  %back = getelementptr i8, ptr %far, i64 -999996
  %v = load i32, ptr %back
  ret i32 %v
}
; run: @far_and_back() == 20
