define x86_fp80 @f(fp128 %q) {
  %r = fadd x86_fp80 %q, 0xK3FFF8000000000000000
  ret x86_fp80 %r
}
