define i999 @f() {
  ret i999 0
}
