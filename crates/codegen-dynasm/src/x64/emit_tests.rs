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
