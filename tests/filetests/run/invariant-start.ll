; `llvm.invariant.start` / `llvm.invariant.end` around a store, as clang -O2 emits them
; after initializing a C++ guard variable (`__tls_guard`, a const object with a dynamic
; initializer): the token is only ever passed to invariant.end; the code around runs as
; if neither were there.
; test run

@guard = global i8 0
@value = global i32 0

declare ptr @llvm.invariant.start.p0(i64, ptr nocapture)
declare void @llvm.invariant.end.p0(ptr, i64, ptr nocapture)

define i32 @init_once(i32 %x) {
entry:
  %g = load i8, ptr @guard
  %done = icmp ne i8 %g, 0
  br i1 %done, label %ready, label %init
init:
  store i32 %x, ptr @value
  store i8 1, ptr @guard
  %t = call ptr @llvm.invariant.start.p0(i64 1, ptr @guard)
  call void @llvm.invariant.end.p0(ptr %t, i64 1, ptr @guard)
  br label %ready
ready:
  %v = load i32, ptr @value
  ret i32 %v
}
; run: @init_once(7) == 7
; run: @init_once(9) == 7
