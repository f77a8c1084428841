//! Encoding checks for the instructions `emit.rs` writes byte by byte (the ones dynasm does
//! not assemble for us): each is decoded with iced-x86 and compared with assembler text,
//! for every register so REX prefixes are exercised.

use super::emit::{Asm, Cc};
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};
use jit_core::object::{RelocKind, SymbolIndex};

const REGS64: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];
const REGS8: [&str; 16] = [
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b",
    "r13b", "r14b", "r15b",
];

fn text(asm: Asm) -> Vec<String> {
    let code = asm.ops.finalize().unwrap();
    let mut dec = Decoder::with_ip(64, &code, 0, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut out = Vec::new();
    for ins in &mut dec {
        let mut s = String::new();
        fmt.format(&ins, &mut s);
        out.push(s);
    }
    out
}

#[test]
fn setcc_and_cmov_for_every_register() {
    for r in 0..16u8 {
        let mut a = Asm::new();
        a.setcc(Cc::L, r);
        let t = text(a);
        assert_eq!(t[0], format!("setl {}", REGS8[r as usize]));
        for s in [0u8, 9, 15] {
            let mut a = Asm::new();
            a.cmov(Cc::Be, r, s);
            assert_eq!(
                text(a),
                vec![format!(
                    "cmovbe {},{}",
                    REGS64[r as usize], REGS64[s as usize]
                )]
            );
        }
    }
}

#[test]
fn rip_relative_forms_and_their_relocations() {
    for r in 0..16u8 {
        let mut a = Asm::new();
        a.lea_sym(r, SymbolIndex(3), 16);
        a.got_load(r, SymbolIndex(4));
        a.call_sym(SymbolIndex(5));
        let relocs = a.relocs.clone();
        let t = text(a);
        // Displacements are 0 before linking: rip + 0 is the next instruction.
        assert_eq!(t[0], format!("lea {},[7]", REGS64[r as usize]));
        assert_eq!(t[1], format!("mov {},[0Eh]", REGS64[r as usize]));
        assert_eq!(t[2], "call 0000000000000013h");
        assert_eq!(
            (relocs[0].offset, relocs[0].kind, relocs[0].addend),
            (3, RelocKind::Pc32, 12)
        );
        assert_eq!(
            (relocs[1].offset, relocs[1].kind, relocs[1].addend),
            (10, RelocKind::GotPcRel, -4)
        );
        assert_eq!(
            (relocs[2].offset, relocs[2].kind, relocs[2].addend),
            (15, RelocKind::Plt32, -4)
        );
    }
}

#[test]
fn immediates_pick_the_short_forms() {
    let cases: [(u64, &str); 5] = [
        (0, "xor eax,eax"),
        (5, "mov eax,5"),
        (0xffff_ffff, "mov eax,0FFFFFFFFh"),
        (u64::MAX, "mov rax,0FFFFFFFFFFFFFFFFh"),
        (0x1_0000_0000, "mov rax,100000000h"),
    ];
    for (v, want) in cases {
        let mut a = Asm::new();
        a.imm(0, v);
        assert_eq!(text(a), vec![want.to_string()], "{v:#x}");
    }
}

#[test]
fn odd_sized_loads_and_stores() {
    let mut a = Asm::new();
    a.ld_bytes(1, 2, 8, 3, 0);
    a.st_bytes(2, 8, 1, 7);
    assert_eq!(
        text(a),
        vec![
            "movzx ecx,word ptr [rdx+8]",
            "movzx eax,byte ptr [rdx+0Ah]",
            "shl rax,10h",
            "or rcx,rax",
            "mov [rdx+8],ecx",
            "shr rcx,20h",
            "mov [rdx+0Ch],cx",
            "shr rcx,10h",
            "mov [rdx+0Eh],cl",
        ]
    );
}

/// `Asm::mem_op` against dynasm's own encoding of the same instruction: the same
/// instruction once decoded, never longer, and shorter than dynasm's SIB + disp32 whenever
/// a shorter form exists — for the registers that need special encodings as base (`rsp`,
/// `rbp`, `r12`, `r13`), every index and scale, and displacements at the size boundaries.
#[test]
fn memory_operands_take_their_shortest_encoding() {
    use super::emit::MemOp;
    use dynasmrt::{DynasmApi, dynasm};
    let ops: [(MemOp, &str); 13] = [
        (MemOp::LOAD64, "mov r64"),
        (MemOp::STORE64, "mov m64"),
        (MemOp::LEA64, "lea r64"),
        (MemOp::LEA32, "lea r32"),
        (MemOp::load(1, false), "movzx8"),
        (MemOp::load(1, true), "movsx8"),
        (MemOp::load(2, false), "movzx16"),
        (MemOp::load(2, true), "movsx16"),
        (MemOp::load(4, false), "mov r32"),
        (MemOp::load(4, true), "movsxd"),
        (MemOp::store(1), "mov m8"),
        (MemOp::store(2), "mov m16"),
        (MemOp::store(4), "mov m32"),
    ];
    // dynasm's encoding: always a SIB byte and a 32-bit displacement for run-time bases.
    fn reference(name: &str, r: u8, b: u8, index: Option<(u8, u8)>, d: i32) -> Asm {
        let mut a = Asm::new();
        let o = &mut a.ops;
        macro_rules! each {
            ([$($pre:tt)*], [$($post:tt)*]) => {
                match index {
                    None => dynasm!(o ; .arch x64 ; $($pre)* [Rq(b) + d] $($post)*),
                    Some((i, 0)) => dynasm!(o ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) + d] $($post)*),
                    Some((i, 1)) => dynasm!(o ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) * 2 + d] $($post)*),
                    Some((i, 2)) => dynasm!(o ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) * 4 + d] $($post)*),
                    Some((i, _)) => dynasm!(o ; .arch x64 ; $($pre)* [Rq(b) + Rq(i) * 8 + d] $($post)*),
                }
            };
        }
        match name {
            "mov r64" => each!([mov Rq(r), QWORD], []),
            "mov m64" => each!([mov QWORD], [, Rq(r)]),
            "lea r64" => each!([lea Rq(r),], []),
            "lea r32" => each!([lea Rd(r),], []),
            "movzx8" => each!([movzx Rd(r), BYTE], []),
            "movsx8" => each!([movsx Rq(r), BYTE], []),
            "movzx16" => each!([movzx Rd(r), WORD], []),
            "movsx16" => each!([movsx Rq(r), WORD], []),
            "mov r32" => each!([mov Rd(r), DWORD], []),
            "movsxd" => each!([movsxd Rq(r), DWORD], []),
            "mov m8" => each!([mov BYTE], [, Rb(r)]),
            "mov m16" => each!([mov WORD], [, Rw(r)]),
            _ => each!([mov DWORD], [, Rd(r)]),
        }
        a
    }
    let disps = [0, 1, -1, 127, -128, 128, -129, 0x1234_5678];
    let mut shorter = 0;
    for (op, name) in ops {
        for r in [0u8, 3, 4, 5, 6, 7, 8, 12, 13, 15] {
            for b in 0..16u8 {
                let indexes = std::iter::once(None)
                    .chain((0..16u8).filter(|&i| i != 4).map(|i| Some((i, i % 4))));
                for index in indexes {
                    for d in disps {
                        let mut mine = Asm::new();
                        mine.mem_op(op, r, b, index, d);
                        // [rbp/r13 + i] is encoded as [i + rbp/r13]: the same address.
                        let want = match index {
                            Some((i, 0)) if d == 0 && b & 7 == 5 && i & 7 != 5 => {
                                reference(name, r, i, Some((b, 0)), d)
                            }
                            _ => reference(name, r, b, index, d),
                        };
                        let (mine_len, want_len) = (mine.pos(), want.pos());
                        let (got, want) = (text(mine), text(want));
                        assert_eq!(got, want, "{name} r{r} b{b} {index:?} {d}");
                        assert!(mine_len <= want_len, "{name}: longer than dynasm");
                        shorter += usize::from(mine_len < want_len);
                    }
                }
            }
        }
    }
    assert!(shorter > 100_000, "only {shorter} encodings got shorter");
}

/// iced's number format: decimal below 10, else hex with an `h` suffix (and a leading 0
/// before a letter).
fn iced_imm(v: u8) -> String {
    if v < 10 {
        return v.to_string();
    }
    let hex = format!("{v:X}h");
    if hex.starts_with(|c: char| c.is_ascii_alphabetic()) {
        format!("0{hex}")
    } else {
        hex
    }
}

#[test]
fn packed_sse_operations_for_every_register_pair() {
    use crate::x64::opt::inst::{VMask, VOp, VShift, VUnary};
    let ops = [
        (VOp::Paddb, "paddb"),
        (VOp::Paddw, "paddw"),
        (VOp::Paddd, "paddd"),
        (VOp::Paddq, "paddq"),
        (VOp::Psubb, "psubb"),
        (VOp::Psubw, "psubw"),
        (VOp::Psubd, "psubd"),
        (VOp::Psubq, "psubq"),
        (VOp::Pand, "pand"),
        (VOp::Por, "por"),
        (VOp::Pxor, "pxor"),
        (VOp::Pandn, "pandn"),
        (VOp::Paddsb, "paddsb"),
        (VOp::Paddsw, "paddsw"),
        (VOp::Paddusb, "paddusb"),
        (VOp::Paddusw, "paddusw"),
        (VOp::Psubsb, "psubsb"),
        (VOp::Psubsw, "psubsw"),
        (VOp::Psubusb, "psubusb"),
        (VOp::Psubusw, "psubusw"),
        (VOp::Pcmpeqb, "pcmpeqb"),
        (VOp::Pcmpeqw, "pcmpeqw"),
        (VOp::Pcmpeqd, "pcmpeqd"),
        (VOp::Pcmpgtb, "pcmpgtb"),
        (VOp::Pcmpgtw, "pcmpgtw"),
        (VOp::Pmullw, "pmullw"),
        (VOp::Pmuludq, "pmuludq"),
        (VOp::Pcmpgtd, "pcmpgtd"),
        (VOp::Pminsw, "pminsw"),
        (VOp::Pmaxsw, "pmaxsw"),
        (VOp::Pminub, "pminub"),
        (VOp::Pmaxub, "pmaxub"),
        (VOp::Punpcklbw, "punpcklbw"),
        (VOp::Punpckldq, "punpckldq"),
        (VOp::Punpcklqdq, "punpcklqdq"),
        (VOp::Addps, "addps"),
        (VOp::Addpd, "addpd"),
        (VOp::Subps, "subps"),
        (VOp::Subpd, "subpd"),
        (VOp::Mulps, "mulps"),
        (VOp::Mulpd, "mulpd"),
        (VOp::Divps, "divps"),
        (VOp::Divpd, "divpd"),
        (VOp::Movsd, "movsd"),
        (VOp::Movss, "movss"),
    ];
    for (op, name) in ops {
        let (prefix, opcode) = op.encoding();
        for (d, s) in [(0u8, 1u8), (1, 9), (9, 2), (15, 14), (7, 8)] {
            let mut a = Asm::new();
            a.sse_rr(prefix, opcode, d, s, None);
            assert_eq!(text(a), vec![format!("{name} xmm{d},xmm{s}")], "{op:?}");
        }
    }
    let unary = [
        (VUnary::Sqrtps, "sqrtps"),
        (VUnary::Sqrtpd, "sqrtpd"),
        (VUnary::Cvtdq2ps, "cvtdq2ps"),
        (VUnary::Cvttps2dq, "cvttps2dq"),
    ];
    for (op, name) in unary {
        let (prefix, opcode) = op.encoding();
        for (d, s) in [(0u8, 1u8), (12, 3), (8, 15)] {
            let mut a = Asm::new();
            a.sse_rr(prefix, opcode, d, s, None);
            assert_eq!(text(a), vec![format!("{name} xmm{d},xmm{s}")], "{op:?}");
        }
    }
    for pred in 0..8u8 {
        let mut a = Asm::new();
        a.sse_rr(0, 0xc2, 3, 11, Some(pred));
        a.sse_rr(0x66, 0xc2, 9, 2, Some(pred));
        let names = ["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"];
        let n = names[pred as usize];
        assert_eq!(
            text(a),
            vec![
                format!("cmp{n}ps xmm3,xmm11"),
                format!("cmp{n}pd xmm9,xmm2")
            ]
        );
    }
    let shifts = [
        (VShift::Psllw, "psllw"),
        (VShift::Pslld, "pslld"),
        (VShift::Psllq, "psllq"),
        (VShift::Psrlw, "psrlw"),
        (VShift::Psrld, "psrld"),
        (VShift::Psrlq, "psrlq"),
        (VShift::Psraw, "psraw"),
        (VShift::Psrad, "psrad"),
    ];
    for (op, name) in shifts {
        let (opcode, ext) = op.encoding();
        for d in [0u8, 5, 8, 15] {
            let mut a = Asm::new();
            a.sse_rr(0x66, opcode, ext, d, Some(13));
            assert_eq!(text(a), vec![format!("{name} xmm{d},0Dh")], "{op:?}");
        }
    }
    const REGS32: [&str; 16] = [
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d",
        "r12d", "r13d", "r14d", "r15d",
    ];
    for (d, s) in [(0u8, 1u8), (3, 12), (10, 4), (15, 15)] {
        for imm in [0u8, 0x4e, 0xf5] {
            let mut a = Asm::new();
            a.sse_rr(0x66, 0x70, d, s, Some(imm));
            a.sse_rr(0xf2, 0x70, d, s, Some(imm));
            let k = iced_imm(imm);
            assert_eq!(
                text(a),
                vec![
                    format!("pshufd xmm{d},xmm{s},{k}"),
                    format!("pshuflw xmm{d},xmm{s},{k}")
                ]
            );
        }
        for (op, name) in [
            (VMask::Pmovmskb, "pmovmskb"),
            (VMask::Movmskps, "movmskps"),
            (VMask::Movmskpd, "movmskpd"),
        ] {
            let (prefix, opcode) = op.encoding();
            let mut a = Asm::new();
            a.sse_rr(prefix, opcode, d, s, None);
            assert_eq!(
                text(a),
                vec![format!("{name} {},xmm{s}", REGS32[d as usize])]
            );
        }
        let mut a = Asm::new();
        a.sse_rr(0x66, 0xc5, d, s, Some(5));
        a.sse_rr(0x66, 0xc4, d, s, Some(7));
        let (gd, gs) = (REGS32[d as usize], REGS32[s as usize]);
        assert_eq!(
            text(a),
            vec![
                format!("pextrw {gd},xmm{s},5"),
                format!("pinsrw xmm{d},{gs},7")
            ]
        );
    }
}
