; A member of a `{ ptr, ptr }` call result used as a load address in another block than
; the `extractvalue` (clang -O2 on libstdc++'s std::map insertion: the pair returned by
; _M_get_insert_hint_unique_pos). The optimizing tier reads the member as a slice of the
; call result's registers.
; test run

@xs = global [4 x i64] [i64 10, i64 20, i64 30, i64 40]

define { ptr, ptr } @get(i64 %i) noinline {
  %a = getelementptr inbounds i64, ptr @xs, i64 %i
  %z = icmp eq i64 %i, 0
  %n = getelementptr inbounds i64, ptr %a, i64 1
  %b = select i1 %z, ptr null, ptr %n
  %s1 = insertvalue { ptr, ptr } undef, ptr %a, 0
  %s2 = insertvalue { ptr, ptr } %s1, ptr %b, 1
  ret { ptr, ptr } %s2
}

; -1 when the second pointer is null, else *b + a[1] + a[0]
define i64 @f(i64 %i) {
  %r = tail call { ptr, ptr } @get(i64 %i)
  %b = extractvalue { ptr, ptr } %r, 1
  %c = icmp eq ptr %b, null
  br i1 %c, label %none, label %some
none:
  ret i64 -1
some:
  %a = extractvalue { ptr, ptr } %r, 0
  %x = load i64, ptr %b
  %a1 = getelementptr inbounds i8, ptr %a, i64 8
  %y = load i64, ptr %a1
  %z = load i64, ptr %a
  %s = add i64 %x, %y
  %t = add i64 %s, %z
  ret i64 %t
}
; run: @f(0) == -1
; run: @f(1) == 80
; run: @f(2) == 110
