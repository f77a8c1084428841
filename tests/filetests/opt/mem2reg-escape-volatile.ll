; test opt mem2reg
; An alloca whose address is passed to a call, stored, or accessed volatile stays in
; memory; the others are promoted, also in an unreachable block.
; run: @f(5) == 21

@sink = global ptr null

define internal void @touch(ptr %p) {
  %v = load i32, ptr %p
  %w = add i32 %v, 1
  store i32 %w, ptr %p
  ret void
}

define i32 @f(i32 %x) {
entry:
  %passed = alloca i32
  %stored = alloca i32
  %vol = alloca i32
  %plain = alloca i32
  store i32 %x, ptr %passed
  call void @touch(ptr %passed)
  store i32 3, ptr %stored
  store ptr %stored, ptr @sink
  store volatile i32 4, ptr %vol
  store i32 %x, ptr %plain
  %a = load i32, ptr %passed
  %b = load i32, ptr %stored
  %c = load volatile i32, ptr %vol
  %d = load i32, ptr %plain
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c
  %s3 = add i32 %s2, %d
  %s4 = add i32 %s3, 3
  ret i32 %s4

dead:
  store i32 9, ptr %plain
  %e = load i32, ptr %plain
  ret i32 %e
}
