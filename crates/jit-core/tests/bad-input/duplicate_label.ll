define void @f() {
entry:
  br label %next
next:
  br label %next
next:
  ret void
}
