; Scalable vectors.
; test parse-error

@a = global <vscale x 4 x i32> zeroinitializer ; error: scalable vectors
