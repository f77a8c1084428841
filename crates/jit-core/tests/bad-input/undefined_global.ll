define i32 @main() {
  %1 = call i32 @missing(i32 1)
  ret i32 %1
}
