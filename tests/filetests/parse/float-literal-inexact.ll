; A `float` constant must be exactly representable: 0.1 is not, so LLVM wants its
; hexadecimal double form.
; test parse-error

@f = global float 0.1 ; error: float
