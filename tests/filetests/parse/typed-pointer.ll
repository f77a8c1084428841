; Typed pointers are gone from LLVM IR.
; test parse-error

@a = global ptr* null ; error: typed pointers
