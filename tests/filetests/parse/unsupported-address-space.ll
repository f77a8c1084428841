; Globals in an address space other than 0.
; test parse-error

@a = addrspace(1) global i32 0 ; error: address space 1
