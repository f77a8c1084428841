define void @f() #7 {
  ret void
}
attributes #0 = { nounwind }
