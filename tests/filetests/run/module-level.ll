; Module-level constructs: static constructors run in priority order before any run line,
; aliases (of a function and of a global, with an offset), constant expressions in
; initializers, a thread-local variable, weak and linkonce definitions, and a global that
; refers to itself.
; test run

@log = global i64 0
@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 200, ptr @second, ptr null }, { i32, ptr, ptr } { i32 100, ptr @first, ptr null }]

; Constructors append a digit to @log: first 1, then 2.
define internal void @first() {
  %v = load i64, ptr @log
  %t = mul i64 %v, 10
  %n = add i64 %t, 1
  store i64 %n, ptr @log
  ret void
}
define internal void @second() {
  %v = load i64, ptr @log
  %t = mul i64 %v, 10
  %n = add i64 %t, 2
  store i64 %n, ptr @log
  ret void
}

define i64 @ctor_log() {
  %v = load i64, ptr @log
  ret i64 %v
}
; run: @ctor_log() == 12

define i32 @target(i32 %x) {
  %r = add i32 %x, 100
  ret i32 %r
}
@target_alias = alias i32 (i32), ptr @target

@pair = global [2 x i32] [i32 11, i32 22]
@second_of_pair = alias i32, ptr getelementptr inbounds ([2 x i32], ptr @pair, i64 0, i64 1)

define i32 @through_aliases(i32 %x) {
  %a = call i32 @target_alias(i32 %x)
  %b = load i32, ptr @second_of_pair
  %r = add i32 %a, %b
  ret i32 %r
}
; run: @through_aliases(1) == 123

; Initializers computed from addresses: a pointer difference, a self-reference.
@words = global [4 x i64] [i64 1, i64 2, i64 3, i64 4]
@span = global i64 sub (i64 ptrtoint (ptr getelementptr inbounds ([4 x i64], ptr @words, i64 0, i64 3) to i64), i64 ptrtoint (ptr @words to i64))
@self = global ptr @self

define i64 @span_bytes() {
  %v = load i64, ptr @span
  ret i64 %v
}
; run: @span_bytes() == 24

define i1 @self_points_to_itself() {
  %p = load ptr, ptr @self
  %same = icmp eq ptr %p, @self
  ret i1 %same
}
; run: @self_points_to_itself() == true

@tls = thread_local global i32 7

define i32 @tls_bump() {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @tls)
  %v = load i32, ptr %p
  %n = add i32 %v, 1
  store i32 %n, ptr %p
  ret i32 %n
}
declare ptr @llvm.threadlocal.address.p0(ptr)
; run: @tls_bump() == 8
; run: @tls_bump() == 9

define weak i32 @weak_fn() {
  ret i32 5
}
define linkonce_odr i32 @linkonce_fn() {
  ret i32 6
}
define i32 @call_weak_and_linkonce() {
  %a = call i32 @weak_fn()
  %b = call i32 @linkonce_fn()
  %t = mul i32 %a, 10
  %r = add i32 %t, %b
  ret i32 %r
}
; run: @call_weak_and_linkonce() == 56

; A private string and a string built as an array constant compare equal with strcmp.
@hello = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@hello2 = private constant [6 x i8] [i8 104, i8 101, i8 108, i8 108, i8 111, i8 0]
declare i32 @strcmp(ptr, ptr)

define i32 @strings_equal() {
  %c = call i32 @strcmp(ptr @hello, ptr @hello2)
  ret i32 %c
}
; run: @strings_equal() == 0

; A packed struct global: fields at byte offsets 0, 1 and 5.
@packed = global <{ i8, i32, i16 }> <{ i8 1, i32 2, i16 3 }>

define i32 @packed_fields() {
  %p1 = getelementptr inbounds <{ i8, i32, i16 }>, ptr @packed, i64 0, i32 1
  %p2 = getelementptr inbounds <{ i8, i32, i16 }>, ptr @packed, i64 0, i32 2
  %b = load i32, ptr %p1, align 1
  %c = load i16, ptr %p2, align 1
  %c32 = zext i16 %c to i32
  %d1 = ptrtoint ptr %p2 to i64
  %d0 = ptrtoint ptr @packed to i64
  %off = sub i64 %d1, %d0
  %off32 = trunc i64 %off to i32
  %t1 = mul i32 %b, 100
  %t2 = mul i32 %c32, 10
  %s = add i32 %t1, %t2
  %r = add i32 %s, %off32
  ret i32 %r
}
; run: @packed_fields() == 235
