; `bitcast` between types of different sizes.
; test parse-error

define i64 @f(i32 %x) {
  %1 = bitcast i32 %x to i64 ; error:8: invalid cast 'bitcast' from 'i32' to 'i64'
  ret i64 %1
}
