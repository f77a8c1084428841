; The `ppc_fp128` type.
; test parse-error

@a = global ppc_fp128 0xM0 ; error: unsupported type 'ppc_fp128'
