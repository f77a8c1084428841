; A thread-local variable: its address comes from a call to the engine's TLS runtime.
; test compile

@counter = thread_local global i64 0
declare ptr @llvm.threadlocal.address.p0(ptr)

define i64 @bump() {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @counter)
  %v = load i64, ptr %p
  %n = add i64 %v, 1
  store i64 %n, ptr %p
  ret i64 %n
}
