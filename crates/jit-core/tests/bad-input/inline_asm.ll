define void @f() {
  call void asm sideeffect "nop", "~{dirflag},~{fpsr},~{flags}"()
  ret void
}
