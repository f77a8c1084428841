define void @f() {
entry:
  ret void
lp:
  %e = landingpad { ptr, i32 }
          cleanup
  ret void
}
