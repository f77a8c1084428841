//! Encoding table of the optimizing tier's word encoders: (word, assembler text as
//! `aarch64-linux-gnu-objdump -d` prints it). The words were produced by assembling the
//! text column with `aarch64-linux-gnu-as`; to extend the table, assemble the new lines
//! the same way. The disassembly snapshots in `tests/aarch64_opt.rs` check whole
//! functions.

use super::enc::*;

#[test]
fn encodings() {
    let li = |v: u64, is64: bool| logical_imm(v, is64).expect("a bitmask immediate");
    let x = |shift: u8, load: bool| LdSt::int(shift, load, false, false);
    let table: &[(u32, u32, &str)] = &[
        (
            logic_imm(true, 0, 0, 1, li(0xff, true)),
            0x92401c20,
            "and x0, x1, #0xff",
        ),
        (
            logic_imm(false, 1, 2, 31, li(0xffff_fff0, false)),
            0x321c6fe2,
            "orr w2, wzr, #0xfffffff0",
        ),
        (
            logic_imm(true, 2, 3, 4, li(0x5555_5555_5555_5555, true)),
            0xd200f083,
            "eor x3, x4, #0x5555555555555555",
        ),
        (
            logic_imm(true, 3, 31, 5, li(1 << 63, true)),
            0xf24100bf,
            "tst x5, #0x8000000000000000",
        ),
        (
            ldst_uimm(x(3, true), 6, 31, 4095),
            0xf97fffe6,
            "ldr x6, [sp, #32760]",
        ),
        (
            ldst_uimm(x(2, true), 7, 8, 4095),
            0xb97ffd07,
            "ldr w7, [x8, #16380]",
        ),
        (
            ldst_uimm(x(0, true), 9, 10, 4095),
            0x397ffd49,
            "ldrb w9, [x10, #4095]",
        ),
        (
            ldst_unscaled(x(3, true), 11, 29, -8),
            0xf85f83ab,
            "ldur x11, [x29, #-8]",
        ),
        (
            ldst_uimm(LdSt::float(true, true), 0, 12, 1),
            0xfd400580,
            "ldr d0, [x12, #8]",
        ),
        (
            ldst_uimm(LdSt::float(false, false), 1, 13, 1),
            0xbd0005a1,
            "str s1, [x13, #4]",
        ),
        (
            ldst_unscaled(LdSt::int(2, true, true, false), 14, 15, -4),
            0xb89fc1ee,
            "ldursw x14, [x15, #-4]",
        ),
        (
            ldst_reg(x(2, true), 0, 1, 2, Ext::Sxtw, true),
            0xb862d820,
            "ldr w0, [x1, w2, sxtw #2]",
        ),
        (
            ldst_reg(x(3, true), 3, 4, 5, Ext::Uxtx, true),
            0xf8657883,
            "ldr x3, [x4, x5, lsl #3]",
        ),
        (
            ldst_reg(x(1, true), 6, 7, 8, Ext::Uxtx, false),
            0x786868e6,
            "ldrh w6, [x7, x8]",
        ),
        (
            ldst_reg(LdSt::int(0, true, true, true), 9, 10, 11, Ext::Uxtw, false),
            0x38eb4949,
            "ldrsb w9, [x10, w11, uxtw]",
        ),
        (
            addsub_ext(true, false, false, 0, 1, 2, Ext::Sxtw, 0),
            0x8b22c020,
            "add x0, x1, w2, sxtw",
        ),
        (
            addsub_shifted(true, false, false, 3, 4, 5, Shift::Lsl, 3),
            0x8b050c83,
            "add x3, x4, x5, lsl #3",
        ),
        (
            addsub_shifted(false, true, false, 6, 7, 8, Shift::Asr, 31),
            0x4b887ce6,
            "sub w6, w7, w8, asr #31",
        ),
        (
            addsub_ext(true, true, true, 31, 9, 10, Ext::Sxtw, 2),
            0xeb2ac93f,
            "cmp x9, w10, sxtw #2",
        ),
        (
            addsub_imm(false, false, true, 31, 11, 4095, false),
            0x313ffd7f,
            "cmn w11, #4095",
        ),
        (
            addsub_imm(true, false, false, 12, 31, 1, true),
            0x914007ec,
            "add x12, sp, #1, lsl #12",
        ),
        (
            dp3(true, 0, false, 13, 14, 15, 0),
            0x9b0f01cd,
            "madd x13, x14, x15, x0",
        ),
        (
            dp3(false, 0, true, 1, 2, 3, 4),
            0x1b039041,
            "msub w1, w2, w3, w4",
        ),
        (
            dp3(true, 1, false, 5, 6, 7, 31),
            0x9b277cc5,
            "smull x5, w6, w7",
        ),
        (
            dp3(true, 6, false, 8, 9, 10, 31),
            0x9bca7d28,
            "umulh x8, x9, x10",
        ),
        (
            bitfield(true, 2, 11, 12, 3, 7),
            0xd3431d8b,
            "ubfx x11, x12, #3, #5",
        ),
        (
            bitfield(false, 0, 13, 14, 0, 7),
            0x13001dcd,
            "sxtb w13, w14",
        ),
        (
            bitfield(true, 2, 15, 0, 61, 60),
            0xd37df00f,
            "lsl x15, x0, #3",
        ),
        (
            bitfield(false, 0, 1, 2, 31, 31),
            0x131f7c41,
            "asr w1, w2, #31",
        ),
        (extr(true, 3, 4, 5, 13), 0x93c53483, "extr x3, x4, x5, #13"),
        (
            csel(false, false, true, 6, 7, 8, 1),
            0x1a8814e6,
            "csinc w6, w7, w8, ne",
        ),
        (
            csel(true, true, true, 9, 10, 10, 10),
            0xda8aa549,
            "cneg x9, x10, lt",
        ),
        (dp1(false, 1, 11, 12), 0x5ac0058b, "rev16 w11, w12"),
        (dp1(true, 0, 13, 14), 0xdac001cd, "rbit x13, x14"),
        (dp1(false, 4, 15, 0), 0x5ac0100f, "clz w15, w0"),
        (
            fp3(true, false, false, 0, 1, 2, 3),
            0x1f420c20,
            "fmadd d0, d1, d2, d3",
        ),
        (
            fp3(false, true, true, 4, 5, 6, 7),
            0x1f269ca4,
            "fnmsub s4, s5, s6, s7",
        ),
        (fcmp(true, 8, None), 0x1e602108, "fcmp d8, #0.0"),
        (
            fcsel(false, 9, 10, 11, 4),
            0x1e2b4d49,
            "fcsel s9, s10, s11, mi",
        ),
        (fmov_imm(true, 12, 0x70), 0x1e6e100c, "fmov d12, #1.0"),
        (
            fcvt_int(true, true, 3, 1, 13, 14),
            0x9e7901cd,
            "fcvtzu x13, d14",
        ),
        (
            fcvt_int(false, false, 0, 3, 15, 16),
            0x1e23020f,
            "ucvtf s15, w16",
        ),
        (fp1(true, 12, 17, 18), 0x1e664251, "frinta d17, d18"),
        (
            fp2(false, 7, 19, 20, 21),
            0x1e357a93,
            "fminnm s19, s20, s21",
        ),
        (fp1(false, 5, 22, 23), 0x1e22c2f6, "fcvt d22, s23"),
        (cnt8b(24, 25), 0x0e205b38, "cnt v24.8b, v25.8b"),
        (addv8b(26, 27), 0x0e31bb7a, "addv b26, v27.8b"),
        (bsl8b(28, 29, 30), 0x2e7e1fbc, "bsl v28.8b, v29.8b, v30.8b"),
        (movi_zero(1), 0x2f00e401, "movi d1, #0x0"),
        (
            pair(false, false, 19, 20, 29, -32),
            0xa93e53b3,
            "stp x19, x20, [x29, #-32]",
        ),
        (
            pair(true, true, 8, 9, 29, -16),
            0x6d7f27a8,
            "ldp d8, d9, [x29, #-16]",
        ),
        (
            ldst_uimm(LdSt::q(false), 3, 31, 3),
            0x3d800fe3,
            "str q3, [sp, #48]",
        ),
        (
            addsub_imm(false, false, true, 0, 1, 1, false),
            0x31000420,
            "adds w0, w1, #0x1",
        ),
        (
            addsub_shifted(true, true, true, 2, 3, 4, Shift::Lsl, 0),
            0xeb040062,
            "subs x2, x3, x4",
        ),
        (ccmp(1, 2, 0, 0), 0xfa420020, "ccmp x1, x2, #0x0, eq"),
        (adc(true, true, 31, 3, 4), 0xfa04007f, "sbcs xzr, x3, x4"),
        (adc(false, false, 5, 6, 7), 0x9a0700c5, "adc x5, x6, x7"),
        (adc(true, false, 8, 9, 10), 0xda0a0128, "sbc x8, x9, x10"),
        (
            pair_writeback(false, false, 19, 20, 31, -32),
            0xa9be53f3,
            "stp x19, x20, [sp, #-32]!",
        ),
        (
            pair_writeback(true, false, 19, 20, 31, 32),
            0xa8c253f3,
            "ldp x19, x20, [sp], #32",
        ),
        (
            pair_writeback(false, true, 8, 9, 31, -16),
            0x6dbf27e8,
            "stp d8, d9, [sp, #-16]!",
        ),
        (
            pair_writeback(true, true, 8, 9, 31, 16),
            0x6cc127e8,
            "ldp d8, d9, [sp], #16",
        ),
        (
            single_writeback(false, false, 19, 31, -16),
            0xf81f0ff3,
            "str x19, [sp, #-16]!",
        ),
        (
            single_writeback(true, false, 19, 31, 16),
            0xf84107f3,
            "ldr x19, [sp], #16",
        ),
        (
            single_writeback(false, true, 8, 31, -16),
            0xfc1f0fe8,
            "str d8, [sp, #-16]!",
        ),
        (
            single_writeback(true, true, 8, 31, 16),
            0xfc4107e8,
            "ldr d8, [sp], #16",
        ),
        (
            ccmp_any(true, false, 1, 5, true, 4, 1),
            0xfa451824,
            "ccmp x1, #0x5, #0x4, ne",
        ),
        (
            ccmp_any(false, true, 2, 3, false, 2, 0),
            0x3a430042,
            "ccmn w2, w3, #0x2, eq",
        ),
        (
            ccmp_any(false, false, 4, 31, true, 0, 2),
            0x7a5f2880,
            "ccmp w4, #0x1f, #0x0, hs",
        ),
    ];
    for &(got, want, text) in table {
        assert_eq!(got, want, "{text}: got {got:#010x}, want {want:#010x}");
    }
}

#[test]
fn flag_values_for_conditions() {
    // Every condition but `al`/`nv` is true for some flags and false for others, and
    // `nzcv_making` finds them.
    for cond in 0..14u8 {
        for want in [false, true] {
            assert_eq!(
                cond_holds(cond, nzcv_making(cond, want)),
                want,
                "cond {cond}"
            );
        }
    }
    // eq: Z set; hi: C set and Z clear; lt: N != V.
    assert!(cond_holds(0, 0b0100) && !cond_holds(0, 0));
    assert!(cond_holds(8, 0b0010) && !cond_holds(8, 0b0110));
    assert!(cond_holds(11, 0b1000) && !cond_holds(11, 0b1001));
}
