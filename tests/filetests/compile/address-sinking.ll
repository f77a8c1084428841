; Field addresses hoisted out of a loop (as clang's LICM and GVN leave them) are folded back
; into each load and store in the loop, `[base + offset]`, instead of each holding a
; register across it; an address also used as a value (passed to a call) keeps its
; register.
; test compile opt=2
; test run

%struct.state = type { i64, i32, i32, ptr }

define void @observe(ptr %p) noinline {
  %v = load i32, ptr %p
  %w = mul i32 %v, 3
  store i32 %w, ptr %p
  ret void
}

define i64 @drain(ptr %s, i64 %n) {
entry:
  %count = getelementptr inbounds %struct.state, ptr %s, i64 0, i32 1
  %limit = getelementptr inbounds %struct.state, ptr %s, i64 0, i32 2
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %c = load i32, ptr %count
  %l = load i32, ptr %limit
  %c1 = add i32 %c, %l
  store i32 %c1, ptr %count
  %w = zext i32 %c1 to i64
  %acc1 = add i64 %acc, %w
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret i64 %acc1
}

define i32 @escapes(ptr %s) {
entry:
  %count = getelementptr inbounds %struct.state, ptr %s, i64 0, i32 1
  store i32 3, ptr %count
  br label %next
next:
  call void @observe(ptr %count)
  %v = load i32, ptr %count
  ret i32 %v
}

@cell = global %struct.state { i64 0, i32 1, i32 2, ptr null }

define i64 @run_drain(i64 %n) {
  %r = call i64 @drain(ptr @cell, i64 %n)
  ret i64 %r
}
; run: @run_drain(3) == 15

@other = global %struct.state zeroinitializer

define i32 @run_escapes() {
  %r = call i32 @escapes(ptr @other)
  ret i32 %r
}
; run: @run_escapes() == 9
