; A vector lane index must be an integer.
; test parse-error

define i32 @f(<4 x i32> %v) {
  %1 = extractelement <4 x i32> %v, double 1.0 ; error:37: the lane index must be an integer, not 'double'
  ret i32 %1
}
