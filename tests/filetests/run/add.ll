; test run
; test compile

define i64 @add(i64 %a, i64 %b) {
entry:
  %s = add i64 %a, %b
  ret i64 %s
}
; run: @add(40, 2) == 42
; run: @add(-1, -1) == -2
