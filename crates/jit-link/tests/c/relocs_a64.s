// Every AArch64 relocation kind the linker implements, assembled with the cross assembler.
    .text
    .globl f
f:
    movz x0, #:abs_g3:target
    movk x0, #:abs_g2_nc:target
    movk x0, #:abs_g1_nc:target
    movk x0, #:abs_g0_nc:target
    tbz x1, #3, other
    b.eq other
    ldr x2, lit
    adr x3, other
    b far_function
    bl far_function
    adrp x4, data
    add x4, x4, #:lo12:data
    ldrb w5, [x4, #:lo12:data]
    ldrh w5, [x4, #:lo12:data]
    ldr w5, [x4, #:lo12:data]
    ldr x5, [x4, #:lo12:data]
    ldr q0, [x4, #:lo12:data]
    adrp x6, :got:target
    ldr x6, [x6, #:got_lo12:target]
near:
    ret
    // Branch targets in another section, so the assembler leaves relocations.
    .section .text.other, "ax"
other:
    ret
    .p2align 3
lit:
    .quad 0
    .data
    .p2align 4
data:
    .quad target
    .word near - .
    .p2align 3
    .xword target - .
