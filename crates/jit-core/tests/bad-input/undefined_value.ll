define i32 @f(i32 %a) {
  %s = add i32 %a, %b
  ret i32 %s
}
