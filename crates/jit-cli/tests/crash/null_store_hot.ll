; hot_spot stores through its pointer 200 times without harm, then through null: under
; tiering with a threshold of 1 the crash is in its tier-up replacement (a separate object
; whose symbol is renamed), which the report must still name hot_spot.
define void @hot_spot(ptr %p, i32 %v) noinline {
entry:
  store volatile i32 %v, ptr %p, align 4
  ret void
}

define i32 @run(ptr %slot) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  call void @hot_spot(ptr %slot, i32 %i)
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, 200
  br i1 %more, label %loop, label %done
done:
  call void @hot_spot(ptr null, i32 %i1)
  ret i32 0
}

define i32 @main() {
entry:
  %slot = alloca i32, align 4
  %r = call i32 @run(ptr %slot)
  ret i32 %r
}
