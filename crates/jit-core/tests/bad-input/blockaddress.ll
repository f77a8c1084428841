@target = global ptr blockaddress(@f, %nope)
define void @f() {
entry:
  br label %bb
bb:
  ret void
}
