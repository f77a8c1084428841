define void @f(i32 %x, i32 %y) {
  switch i32 %x, label %d [
    i32 %y, label %d
  ]
d:
  ret void
}
