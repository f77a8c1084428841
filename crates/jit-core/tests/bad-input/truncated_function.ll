define i32 @f(i32 %0) {
  %2 = add nsw i32 %0, 1
  %3 = mul i32 %2,