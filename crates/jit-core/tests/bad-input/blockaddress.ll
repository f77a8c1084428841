@target = global ptr blockaddress(@f, %bb)
define void @f() {
bb:
  ret void
}
