define void @f() {
  frobnicate i32 1, 2
  ret void
}
