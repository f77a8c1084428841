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
