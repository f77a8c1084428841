define void @f() {
  call void asm sideeffect "nop", "~{dirflag},r,~{flags}"(i32 1)
  ret void
}
