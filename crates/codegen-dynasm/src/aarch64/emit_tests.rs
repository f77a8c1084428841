//! Encoding table of the hand-encoded AArch64 helpers: (emitter, words, assembler text as
//! `aarch64-linux-gnu-objdump -d` prints it). Regenerate the text column by assembling the
//! words with `aarch64-linux-gnu-as` / disassembling with objdump; the disassembly
//! snapshots in `tests/aarch64.rs` check whole functions the same way.

use super::emit::{Asm, Cond, FP, Mem, SP, X9, X10, X16};

fn words(f: impl FnOnce(&mut Asm)) -> Vec<u32> {
    let mut a = Asm::new();
    f(&mut a);
    let code = a.ops.finalize().expect("no labels");
    code.chunks(4)
        .map(|c| u32::from_le_bytes(c.try_into().expect("whole words")))
        .collect()
}

#[test]
fn encodings() {
    type Emit = fn(&mut Asm);
    let table: &[(Emit, &[u32], &str)] = &[
        (
            |a| a.ldx(X9, FP, -16),
            &[0xf85f_03a9],
            "ldur x9, [x29, #-16]",
        ),
        (
            |a| a.ldx(X9, FP, 512),
            &[0xf941_03a9],
            "ldr x9, [x29, #512]",
        ),
        (
            |a| a.ldx(X9, FP, -4096),
            &[0x9281_fff1, 0xf871_6ba9],
            "mov x17, #0xfffffffffffff000 ; ldr x9, [x29, x17]",
        ),
        (
            |a| a.st(Mem::B, X9, X10, 3),
            &[0x3800_3149],
            "sturb w9, [x10, #3]",
        ),
        (
            |a| a.ld(Mem::D, 16, FP, -8),
            &[0xfc5f_83b0],
            "ldur d16, [x29, #-8]",
        ),
        (
            |a| a.st(Mem::Q, 1, FP, 32),
            &[0x3c82_03a1],
            "stur q1, [x29, #32]",
        ),
        (
            |a| a.ld(Mem::Sw, X10, X10, 0),
            &[0xb880_014a],
            "ldursw x10, [x10]",
        ),
        (
            |a| a.imm(X9, 0x1234_0000_5678),
            &[0xd28a_cf09, 0xf2c2_4689],
            "mov x9, #0x5678 ; movk x9, #0x1234, lsl #32",
        ),
        (
            |a| a.imm(X9, u64::MAX - 1),
            &[0x9280_0029],
            "mov x9, #0xfffffffffffffffe",
        ),
        (|a| a.imm(X9, 0), &[0xd280_0009], "mov x9, #0x0"),
        (|a| a.cset(X9, Cond::Eq), &[0x9a9f_17e9], "cset x9, eq"),
        (
            |a| a.csel(X9, X9, X10, Cond::Gt),
            &[0x9a8a_c129],
            "csel x9, x9, x10, gt",
        ),
        (
            |a| a.add_off(SP, SP, -32),
            &[0xd100_83ff],
            "sub sp, sp, #0x20",
        ),
        (
            |a| a.add_off(X16, FP, 0x12345),
            &[0x9140_4bb0, 0x910d_1610],
            "add x16, x29, #0x12, lsl #12 ; add x16, x16, #0x345",
        ),
        (|a| a.zext(X9, 32), &[0xd340_7d29], "ubfx x9, x9, #0, #32"),
        (|a| a.sext(X10, X9, 8), &[0x9340_1d2a], "sxtb x10, w9"),
        (|a| a.cmp_imm(X9, 5, X10), &[0xf100_153f], "cmp x9, #0x5"),
    ];
    for (emit, want, text) in table {
        assert_eq!(words(emit), *want, "{text}");
    }
}
