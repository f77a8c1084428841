//! Computing and writing relocated values, one function per field shape. Pure functions
//! over byte slices, so each encoding is unit tested without memory managers.
//!
//! Naming as in the ELF psABIs: `S` symbol address, `A` addend, `P` address of the place,
//! `G` address of the symbol's GOT slot, `Page(x) = x & !0xfff`.
//!
//! AArch64 `MOVW_UABS_G*` relocations are applied without the overflow check of the
//! non-`_NC` variants ([`RelocKind::MovwUabs`] does not record which was used).

use jit_core::object::RelocKind;

/// Why a value could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unfit {
    /// The computed value.
    pub value: i128,
    /// What the field requires.
    pub why: &'static str,
}

/// Inputs of one relocation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Inputs {
    /// Symbol address.
    pub s: u64,
    /// Addend.
    pub a: i64,
    /// Address of the place.
    pub p: u64,
    /// Address of the symbol's GOT slot, when the kind uses one.
    pub g: u64,
}

/// Bytes a relocation kind patches.
pub(crate) fn width(kind: RelocKind) -> usize {
    match kind {
        RelocKind::Abs64 | RelocKind::Pc64 => 8,
        _ => 4,
    }
}

/// True for kinds that need a GOT slot.
pub(crate) fn uses_got(kind: RelocKind) -> bool {
    matches!(
        kind,
        RelocKind::GotPcRel | RelocKind::AdrGotPage | RelocKind::Ld64GotLo12Nc
    )
}

/// True for calls and jumps that may go through a stub when the target is out of reach.
pub(crate) fn may_use_stub(kind: RelocKind) -> bool {
    matches!(
        kind,
        RelocKind::Plt32 | RelocKind::Call26 | RelocKind::Jump26
    )
}

/// True when a direct branch of `kind` from `p` reaches `target`.
pub(crate) fn branch_reaches(kind: RelocKind, target: u64, a: i64, p: u64) -> bool {
    let d = target as i128 + a as i128 - p as i128;
    match kind {
        RelocKind::Plt32 => fits_signed(d, 32),
        RelocKind::Call26 | RelocKind::Jump26 => d % 4 == 0 && fits_signed(d, 28),
        _ => true,
    }
}

fn fits_signed(v: i128, bits: u32) -> bool {
    let half = 1i128 << (bits - 1);
    (-half..half).contains(&v)
}

fn read32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

fn write32(b: &mut [u8], v: u32) {
    b[..4].copy_from_slice(&v.to_le_bytes());
}

fn signed(value: i128, bits: u32, why: &'static str) -> Result<i128, Unfit> {
    if fits_signed(value, bits) {
        Ok(value)
    } else {
        Err(Unfit { value, why })
    }
}

fn page(x: i128) -> i128 {
    x & !0xfff
}

/// Replaces the bits `mask << shift` of the instruction at `b` with `field`.
fn patch_insn(b: &mut [u8], field: u32, mask: u32, shift: u32) {
    let insn = read32(b);
    write32(b, (insn & !(mask << shift)) | ((field & mask) << shift));
}

/// ADR/ADRP immediate: 21 bits split into immlo (bits 29-30) and immhi (bits 5-23).
fn patch_adr(b: &mut [u8], imm: i128) {
    let imm = imm as u32;
    patch_insn(b, imm & 3, 3, 29);
    patch_insn(b, imm >> 2, 0x7ffff, 5);
}

/// Writes the relocated value of `kind` into `b` (which holds at least [`width`] bytes).
pub(crate) fn apply(kind: RelocKind, b: &mut [u8], i: Inputs) -> Result<(), Unfit> {
    let s = i.s as i128;
    let a = i.a as i128;
    let p = i.p as i128;
    let g = i.g as i128;
    match kind {
        RelocKind::Abs64 => b[..8].copy_from_slice(&((s + a) as u64).to_le_bytes()),
        RelocKind::Pc64 => b[..8].copy_from_slice(&((s + a - p) as u64).to_le_bytes()),
        RelocKind::Abs32 => {
            let v = s + a;
            if !(0..=u32::MAX as i128).contains(&v) {
                return Err(Unfit {
                    value: v,
                    why: "does not fit in 32 unsigned bits",
                });
            }
            write32(b, v as u32);
        }
        RelocKind::Abs32S => write32(
            b,
            signed(s + a, 32, "does not fit in 32 signed bits")? as u32,
        ),
        RelocKind::Pc32 | RelocKind::Plt32 => write32(
            b,
            signed(s + a - p, 32, "is out of rel32 reach (±2 GiB)")? as u32,
        ),
        RelocKind::GotPcRel => write32(
            b,
            signed(g + a - p, 32, "GOT slot is out of rel32 reach (±2 GiB)")? as u32,
        ),
        RelocKind::Call26 | RelocKind::Jump26 => {
            let d = s + a - p;
            if d % 4 != 0 {
                return Err(Unfit {
                    value: d,
                    why: "is not a multiple of 4",
                });
            }
            let d = signed(d, 28, "is out of branch reach (±128 MiB)")?;
            patch_insn(b, (d >> 2) as u32, 0x3ff_ffff, 0);
        }
        RelocKind::AdrPrelPgHi21 => {
            let d = signed(
                page(s + a) - page(p),
                33,
                "page is out of ADRP reach (±4 GiB)",
            )?;
            patch_adr(b, d >> 12);
        }
        RelocKind::AdrGotPage => {
            let d = signed(
                page(g) - page(p),
                33,
                "GOT page is out of ADRP reach (±4 GiB)",
            )?;
            patch_adr(b, d >> 12);
        }
        RelocKind::AdrPrelLo21 => {
            patch_adr(b, signed(s + a - p, 21, "is out of ADR reach (±1 MiB)")?)
        }
        RelocKind::AddAbsLo12Nc => patch_insn(b, ((s + a) & 0xfff) as u32, 0xfff, 10),
        RelocKind::LdstAbsLo12Nc { shift } => {
            let lo = (s + a) & 0xfff;
            if shift > 4 || lo & ((1 << shift) - 1) != 0 {
                return Err(Unfit {
                    value: s + a,
                    why: "is not aligned to the access size",
                });
            }
            patch_insn(b, (lo >> shift) as u32, 0xfff, 10);
        }
        RelocKind::Ld64GotLo12Nc => {
            if g & 7 != 0 {
                return Err(Unfit {
                    value: g,
                    why: "GOT slot is not 8-byte aligned",
                });
            }
            patch_insn(b, ((g & 0xfff) >> 3) as u32, 0xfff, 10);
        }
        RelocKind::CondBr19 | RelocKind::LdPrelLo19 => {
            let d = s + a - p;
            if d % 4 != 0 {
                return Err(Unfit {
                    value: d,
                    why: "is not a multiple of 4",
                });
            }
            let d = signed(d, 21, "is out of imm19 reach (±1 MiB)")?;
            patch_insn(b, (d >> 2) as u32, 0x7ffff, 5);
        }
        RelocKind::TstBr14 => {
            let d = s + a - p;
            if d % 4 != 0 {
                return Err(Unfit {
                    value: d,
                    why: "is not a multiple of 4",
                });
            }
            let d = signed(d, 16, "is out of TBZ reach (±32 KiB)")?;
            patch_insn(b, (d >> 2) as u32, 0x3fff, 5);
        }
        RelocKind::MovwUabs { group } => {
            if group > 3 {
                return Err(Unfit {
                    value: group as i128,
                    why: "is not a MOVW group (0..=3)",
                });
            }
            let v = ((s + a) as u64 >> (16 * group as u32)) & 0xffff;
            patch_insn(b, v as u32, 0xffff, 5);
        }
    }
    Ok(())
}

/// Size of one call stub.
pub(crate) const STUB_SIZE: usize = 16;

/// Writes a stub jumping to `target` (absolute address stored in the stub itself).
pub(crate) fn write_stub(arch: jit_core::target::Arch, b: &mut [u8], target: u64) {
    match arch {
        // jmp qword ptr [rip + 2]; int3; int3; .quad target
        jit_core::target::Arch::X86_64 => {
            b[..8].copy_from_slice(&[0xff, 0x25, 0x02, 0, 0, 0, 0xcc, 0xcc])
        }
        // ldr x16, #8; br x16; .quad target
        jit_core::target::Arch::AArch64 => {
            write32(&mut b[..4], 0x5800_0050);
            write32(&mut b[4..8], 0xd61f_0200);
        }
    }
    b[8..16].copy_from_slice(&target.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(kind: RelocKind, insn: u32, s: u64, a: i64, p: u64, g: u64) -> Result<u32, Unfit> {
        let mut b = insn.to_le_bytes();
        apply(kind, &mut b, Inputs { s, a, p, g })?;
        Ok(u32::from_le_bytes(b))
    }

    #[test]
    fn x86_64_fields() {
        let mut b = [0u8; 8];
        apply(
            RelocKind::Abs64,
            &mut b,
            Inputs {
                s: 0x1122_3344_5566_7788,
                a: 8,
                p: 0,
                g: 0,
            },
        )
        .unwrap();
        assert_eq!(u64::from_le_bytes(b), 0x1122_3344_5566_7790);
        apply(
            RelocKind::Pc64,
            &mut b,
            Inputs {
                s: 0x1000,
                a: 0,
                p: 0x2000,
                g: 0,
            },
        )
        .unwrap();
        assert_eq!(i64::from_le_bytes(b), -0x1000);
        assert_eq!(
            run(RelocKind::Pc32, 0, 0x1000, -4, 0x2000, 0).unwrap() as i32,
            -0x1004
        );
        assert_eq!(
            run(RelocKind::GotPcRel, 0, 0, -4, 0x2000, 0x3000).unwrap(),
            0xffc
        );
        assert_eq!(
            run(RelocKind::Abs32, 0, 0xffff_fff0, 0xf, 0, 0).unwrap(),
            0xffff_ffff
        );
        assert!(run(RelocKind::Abs32, 0, 0xffff_fff0, 0x10, 0, 0).is_err());
        assert!(run(RelocKind::Abs32, 0, 0, -1, 0, 0).is_err());
        assert_eq!(run(RelocKind::Abs32S, 0, 0, -1, 0, 0).unwrap(), 0xffff_ffff);
        assert!(run(RelocKind::Abs32S, 0, 0x8000_0000, 0, 0, 0).is_err());
        let far = run(RelocKind::Plt32, 0, 0x7f00_0000_0000, -4, 0x1000, 0).unwrap_err();
        assert!(far.why.contains("rel32"));
        assert!(!branch_reaches(
            RelocKind::Plt32,
            0x7f00_0000_0000,
            -4,
            0x1000
        ));
        assert!(branch_reaches(RelocKind::Plt32, 0x7fff_0000, -4, 0x1000));
    }

    #[test]
    fn aarch64_fields() {
        // bl #0 → bl +0x100
        assert_eq!(
            run(RelocKind::Call26, 0x9400_0000, 0x1100, 0, 0x1000, 0).unwrap(),
            0x9400_0040
        );
        // b backwards by 4
        assert_eq!(
            run(RelocKind::Jump26, 0x1400_0000, 0xffc, 0, 0x1000, 0).unwrap(),
            0x17ff_ffff
        );
        assert!(
            run(
                RelocKind::Call26,
                0x9400_0000,
                0x1000 + (128 << 20),
                0,
                0x1000,
                0
            )
            .is_err()
        );
        assert!(branch_reaches(
            RelocKind::Call26,
            0x1000 + (128 << 20) - 4,
            0,
            0x1000
        ));
        // adrp x0, page delta +0x12345 pages: immlo = 1, immhi = 0x48d1
        let v = run(
            RelocKind::AdrPrelPgHi21,
            0x9000_0000,
            0x1234_5678,
            0,
            0x0000_0abc,
            0,
        )
        .unwrap();
        assert_eq!(v, 0x9000_0000 | (1 << 29) | (0x48d1 << 5));
        // add x0, x0, #:lo12:
        assert_eq!(
            run(RelocKind::AddAbsLo12Nc, 0x9100_0000, 0x1234_5678, 0, 0, 0).unwrap(),
            0x9100_0000 | (0x678 << 10)
        );
        // ldr x0, [x0, #:lo12:] scaled by 8
        assert_eq!(
            run(
                RelocKind::LdstAbsLo12Nc { shift: 3 },
                0xf940_0000,
                0x1234_5678,
                0,
                0,
                0
            )
            .unwrap(),
            0xf940_0000 | ((0x678 >> 3) << 10)
        );
        assert!(
            run(
                RelocKind::LdstAbsLo12Nc { shift: 3 },
                0xf940_0000,
                0x1234_5674,
                0,
                0,
                0
            )
            .is_err()
        );
        assert_eq!(
            run(RelocKind::Ld64GotLo12Nc, 0xf940_0000, 0, 0, 0, 0x5008).unwrap(),
            0xf940_0000 | (1 << 10)
        );
        assert_eq!(
            run(RelocKind::AdrGotPage, 0x9000_0000, 0, 0, 0x1000, 0x3000).unwrap(),
            0x9000_0000 | (2 << 29)
        );
        // adr x0, -4
        assert_eq!(
            run(RelocKind::AdrPrelLo21, 0x1000_0000, 0xffc, 0, 0x1000, 0).unwrap(),
            0x1000_0000 | (0x7ffff << 5)
        );
        // b.eq +8
        assert_eq!(
            run(RelocKind::CondBr19, 0x5400_0000, 0x1008, 0, 0x1000, 0).unwrap(),
            0x5400_0040
        );
        assert!(
            run(
                RelocKind::CondBr19,
                0x5400_0000,
                0x1000 + (1 << 20),
                0,
                0x1000,
                0
            )
            .is_err()
        );
        // tbz +16
        assert_eq!(
            run(RelocKind::TstBr14, 0x3600_0000, 0x1010, 0, 0x1000, 0).unwrap(),
            0x3600_0080
        );
        assert!(
            run(
                RelocKind::TstBr14,
                0x3600_0000,
                0x1000 + (1 << 15),
                0,
                0x1000,
                0
            )
            .is_err()
        );
        // ldr x0, literal +12
        assert_eq!(
            run(RelocKind::LdPrelLo19, 0x5800_0000, 0x100c, 0, 0x1000, 0).unwrap(),
            0x5800_0060
        );
        // movz/movk groups of 0x1111_2222_3333_4444
        for (group, want) in [(0u8, 0x4444), (1, 0x3333), (2, 0x2222), (3, 0x1111)] {
            let v = run(
                RelocKind::MovwUabs { group },
                0xd280_0000,
                0x1111_2222_3333_4444,
                0,
                0,
                0,
            )
            .unwrap();
            assert_eq!((v >> 5) & 0xffff, want);
        }
    }

    #[test]
    fn stubs() {
        let mut b = [0u8; STUB_SIZE];
        write_stub(
            jit_core::target::Arch::X86_64,
            &mut b,
            0x1122_3344_5566_7788,
        );
        assert_eq!(&b[..6], &[0xff, 0x25, 2, 0, 0, 0]);
        assert_eq!(
            u64::from_le_bytes(b[8..].try_into().unwrap()),
            0x1122_3344_5566_7788
        );
        write_stub(jit_core::target::Arch::AArch64, &mut b, 7);
        assert_eq!(&b[..8], &[0x50, 0, 0, 0x58, 0, 0x02, 0x1f, 0xd6]);
    }
}
