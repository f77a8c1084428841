; The default<O2> pipeline on code as clang -O0 writes it (every local in an alloca,
; loads and stores around every use): the result should be the SSA loop a person would
; write. The run lines must give the same results before and after.
; test opt default<O2>
; test run

define i32 @dot(ptr %a, ptr %b, i32 %n) {
entry:
  %a.addr = alloca ptr
  %b.addr = alloca ptr
  %n.addr = alloca i32
  %sum = alloca i32
  %i = alloca i32
  store ptr %a, ptr %a.addr
  store ptr %b, ptr %b.addr
  store i32 %n, ptr %n.addr
  store i32 0, ptr %sum
  store i32 0, ptr %i
  br label %cond
cond:
  %0 = load i32, ptr %i
  %1 = load i32, ptr %n.addr
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %body, label %end
body:
  %2 = load ptr, ptr %a.addr
  %3 = load i32, ptr %i
  %idx = sext i32 %3 to i64
  %pa = getelementptr inbounds i32, ptr %2, i64 %idx
  %4 = load i32, ptr %pa
  %5 = load ptr, ptr %b.addr
  %pb = getelementptr inbounds i32, ptr %5, i64 %idx
  %6 = load i32, ptr %pb
  %mul = mul nsw i32 %4, %6
  %7 = load i32, ptr %sum
  %add = add nsw i32 %7, %mul
  store i32 %add, ptr %sum
  %8 = load i32, ptr %i
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i
  br label %cond
end:
  %9 = load i32, ptr %sum
  ret i32 %9
}

@x = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@y = global [4 x i32] [i32 5, i32 6, i32 7, i32 8]

define i32 @dot_xy() {
  %r = call i32 @dot(ptr @x, ptr @y, i32 4)
  ret i32 %r
}
; run: @dot_xy() == 70
