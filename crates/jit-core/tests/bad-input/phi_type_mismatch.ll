define i64 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %x = add i32 1, 2
  br label %b
b:
  %p = phi i64 [ %x, %a ], [ 0, %entry ]
  ret i64 %p
}
