define i32 @f(i64 %wide) {
  %r = add i32 %wide, 1
  ret i32 %r
}
