; Module-level inline assembly is not supported.
; test parse-error

module asm "nop" ; error: module-level inline asm
