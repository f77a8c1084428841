; test opt default<O2>
; The whole level-2 pipeline on -O0-style code: locals promoted, the helper inlined and its
; body folded into the caller, the loop cleaned.
; run: @main_like(10) == 285
; run: @main_like(1) == 0

define internal i32 @sq(i32 %v) {
  %v.addr = alloca i32
  store i32 %v, ptr %v.addr
  %a = load i32, ptr %v.addr
  %b = load i32, ptr %v.addr
  %m = mul nsw i32 %a, %b
  ret i32 %m
}

define i32 @main_like(i32 %n) {
entry:
  %n.addr = alloca i32
  %i = alloca i32
  %s = alloca i32
  store i32 %n, ptr %n.addr
  store i32 0, ptr %i
  store i32 0, ptr %s
  br label %cond
cond:
  %iv = load i32, ptr %i
  %nv = load i32, ptr %n.addr
  %lt = icmp slt i32 %iv, %nv
  br i1 %lt, label %body, label %end
body:
  %iv2 = load i32, ptr %i
  %q = call i32 @sq(i32 %iv2)
  %sv = load i32, ptr %s
  %ns = add nsw i32 %sv, %q
  store i32 %ns, ptr %s
  br label %inc
inc:
  %iv3 = load i32, ptr %i
  %i1 = add nsw i32 %iv3, 1
  store i32 %i1, ptr %i
  br label %cond
end:
  %r = load i32, ptr %s
  ret i32 %r
}
