define half @f(half %x) {
  ret half %x
}
