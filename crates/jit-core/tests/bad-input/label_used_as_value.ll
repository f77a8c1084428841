define i32 @f() {
entry:
  %v = add i32 %entry, 1
  ret i32 %v
}
