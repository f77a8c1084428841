; A floating-point literal where the phi says i32.
; test parse-error

define i32 @f(i32 %x) {
entry:
  br label %b
b:
  %p = phi i32 [ %x, %entry ], [ 1.5, %b ] ; error:34: floating-point constant '1.5' must have a floating-point type, not 'i32'
  br label %b
}
