define i32 @f(i32 noundef %0) {
  %2 = alloca i32, align 4
  %4 = load i32, ptr %2, align 4
  ret i32 %4
}
