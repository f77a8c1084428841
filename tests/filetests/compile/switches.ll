; A dense switch (a bounds check and a jump table, listed as `.jump` entries on x86-64 and
; relocated in .rodata on AArch64) and a sparse one (compares, a binary search).
; test compile
; test run

define i32 @dense(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %c
    i32 3, label %e
    i32 4, label %a
  ]
a:
  ret i32 10
b:
  ret i32 11
c:
  ret i32 12
e:
  ret i32 13
d:
  ret i32 -1
}
; run: @dense(1) == 11
; run: @dense(4) == 10
; run: @dense(5) == -1

define i32 @sparse(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 1, label %a
    i32 1000, label %b
    i32 -16, label %c
    i32 77, label %a
    i32 5000, label %b
    i32 123456, label %c
  ]
a:
  ret i32 1
b:
  ret i32 2
c:
  ret i32 3
d:
  ret i32 0
}
; run: @sparse(123456) == 3
; run: @sparse(-16) == 3
; run: @sparse(2) == 0
