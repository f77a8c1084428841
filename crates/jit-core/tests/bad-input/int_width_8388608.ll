define i8388608 @f() {
  ret i8388608 0
}
