//! AArch64 objects built by the cross compiler (`aarch64-linux-gnu-gcc`), linked on any host
//! and checked the rtdyld-check way: every patched field is decoded again and compared with
//! the address it must reach (directly, through a GOT slot, or through a veneer). Skipped
//! with a note when the cross compiler is not installed.

use jit_core::memory::{MemoryManager, ModuleId};
use jit_core::object::{CompiledObject, RelocKind};
use jit_core::target::Arch;
use jit_link::{Linker, load_elf_object};
use mm_section::SectionMemoryManager;
use std::path::PathBuf;
use std::process::Command;

fn cross_compile(file: &str, flags: &[&str]) -> Option<Vec<u8>> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/c")
        .join(file);
    let name = file.replace('.', "-");
    // Unique per call: tests run in parallel and may build the same source.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let unique = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("a64-{name}-{}-{unique}.o", std::process::id()));
    let status = Command::new("aarch64-linux-gnu-gcc")
        .args(["-O1", "-c"])
        .args(flags)
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .status();
    match status {
        Ok(s) if s.success() => Some(std::fs::read(&out).unwrap()),
        Ok(_) => panic!("aarch64-linux-gnu-gcc failed on {}", src.display()),
        Err(_) => {
            eprintln!(
                "note: aarch64-linux-gnu-gcc not installed (Debian: gcc-aarch64-linux-gnu); test skipped"
            );
            None
        }
    }
}

fn read32(addr: u64) -> u32 {
    // SAFETY: callers pass addresses inside finalized (readable) sections.
    unsafe { (addr as *const u32).read_unaligned() }
}

fn read64(addr: u64) -> u64 {
    // SAFETY: as read32.
    unsafe { (addr as *const u64).read_unaligned() }
}

fn sext(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

/// Links `obj` with every undefined symbol mapped far away (so calls need veneers) and checks
/// every relocation. Returns the kinds seen.
fn link_and_check(obj: CompiledObject) -> Vec<RelocKind> {
    let mut mm = SectionMemoryManager::with_reservation(64 << 20).unwrap();
    let mut l = Linker::new(Arch::AArch64);
    let far = 0x5555_0000_0000u64;
    let mut mapped = std::collections::HashMap::new();
    for (i, s) in obj.symbols.iter().enumerate() {
        if s.section.is_none() && !s.name.is_empty() {
            let a = far + 0x1000 * i as u64;
            l.add_global_mapping(&s.name, a);
            mapped.insert(s.name.clone(), a);
        }
    }
    let owner = ModuleId(0);
    l.load(owner, obj.clone(), &mut mm).unwrap();
    l.resolve().unwrap();
    mm.finalize().unwrap();
    let sec = |i: jit_core::object::SectionIndex| l.section_address(owner, i).unwrap();
    let value = |r: &jit_core::object::Relocation| -> u64 {
        let s = &obj.symbols[r.symbol.0 as usize];
        let base = match s.section {
            Some(si) => sec(si) + s.offset,
            None => mapped[&s.name],
        };
        base.wrapping_add(r.addend as u64)
    };
    let mut got_page: std::collections::HashMap<u32, u64> = std::collections::HashMap::new();
    let mut kinds = Vec::new();
    for r in &obj.relocations {
        let p = sec(r.section) + r.offset;
        let insn = read32(p);
        let want = value(r);
        let name = &obj.symbols[r.symbol.0 as usize].name;
        match r.kind {
            RelocKind::Call26 | RelocKind::Jump26 => {
                let t = p.wrapping_add((sext(u64::from(insn & 0x3ff_ffff), 26) << 2) as u64);
                if t != want {
                    assert_eq!(
                        (read32(t), read32(t + 4)),
                        (0x5800_0050, 0xd61f_0200),
                        "veneer for `{name}`"
                    );
                    assert_eq!(read64(t + 8), want, "veneer target for `{name}`");
                }
            }
            RelocKind::AdrPrelPgHi21 | RelocKind::AdrGotPage => {
                let imm = (u64::from(insn >> 29) & 3) | (u64::from((insn >> 5) & 0x7ffff) << 2);
                let page = (p & !0xfff).wrapping_add((sext(imm, 21) << 12) as u64);
                if r.kind == RelocKind::AdrPrelPgHi21 {
                    assert_eq!(page, want & !0xfff, "ADRP page of `{name}`");
                } else {
                    got_page.insert(r.symbol.0, page);
                }
            }
            RelocKind::AddAbsLo12Nc => assert_eq!(u64::from((insn >> 10) & 0xfff), want & 0xfff),
            RelocKind::LdstAbsLo12Nc { shift } => {
                assert_eq!(
                    u64::from((insn >> 10) & 0xfff) << shift,
                    want & 0xfff,
                    "lo12 of `{name}`"
                )
            }
            RelocKind::Ld64GotLo12Nc => {
                let slot = got_page[&r.symbol.0] + (u64::from((insn >> 10) & 0xfff) << 3);
                assert_eq!(read64(slot), want, "GOT slot of `{name}`");
            }
            RelocKind::Abs64 => assert_eq!(read64(p), want),
            RelocKind::Pc32 => assert_eq!(p.wrapping_add(read32(p) as i32 as i64 as u64), want),
            RelocKind::Pc64 => assert_eq!(p.wrapping_add(read64(p)), want),
            RelocKind::AdrPrelLo21 => {
                let imm = (u64::from(insn >> 29) & 3) | (u64::from((insn >> 5) & 0x7ffff) << 2);
                assert_eq!(
                    p.wrapping_add(sext(imm, 21) as u64),
                    want,
                    "ADR of `{name}`"
                );
            }
            RelocKind::CondBr19 | RelocKind::LdPrelLo19 => {
                let imm = u64::from((insn >> 5) & 0x7ffff);
                assert_eq!(
                    p.wrapping_add((sext(imm, 19) << 2) as u64),
                    want,
                    "imm19 of `{name}`"
                );
            }
            RelocKind::TstBr14 => {
                let imm = u64::from((insn >> 5) & 0x3fff);
                assert_eq!(
                    p.wrapping_add((sext(imm, 14) << 2) as u64),
                    want,
                    "imm14 of `{name}`"
                );
            }
            RelocKind::MovwUabs { group } => {
                assert_eq!(
                    u64::from((insn >> 5) & 0xffff),
                    (want >> (16 * u32::from(group))) & 0xffff,
                    "MOVW of `{name}`"
                )
            }
            other => panic!("unexpected relocation kind {other:?} in the test object"),
        }
        kinds.push(r.kind);
    }
    kinds
}

#[test]
fn aarch64_pic_object_links_with_got_and_veneers() {
    let Some(bytes) = cross_compile("lib1.c", &["-fPIC"]) else {
        return;
    };
    let obj = load_elf_object(&bytes, "lib1-a64.o").unwrap();
    assert_eq!(obj.arch, Arch::AArch64);
    let kinds = link_and_check(obj);
    for k in [
        RelocKind::Call26,
        RelocKind::AdrPrelPgHi21,
        RelocKind::AdrGotPage,
        RelocKind::Ld64GotLo12Nc,
        RelocKind::Abs64,
    ] {
        assert!(kinds.contains(&k), "{k:?} not exercised: {kinds:?}");
    }
}

#[test]
fn aarch64_every_relocation_kind() {
    let Some(bytes) = cross_compile("relocs_a64.s", &[]) else {
        return;
    };
    let kinds = link_and_check(load_elf_object(&bytes, "relocs_a64.o").unwrap());
    let mut want = vec![
        RelocKind::Abs64,
        RelocKind::Pc32,
        RelocKind::Pc64,
        RelocKind::Call26,
        RelocKind::Jump26,
        RelocKind::AdrPrelPgHi21,
        RelocKind::AddAbsLo12Nc,
        RelocKind::AdrGotPage,
        RelocKind::Ld64GotLo12Nc,
        RelocKind::AdrPrelLo21,
        RelocKind::CondBr19,
        RelocKind::TstBr14,
        RelocKind::LdPrelLo19,
    ];
    want.extend((0..=4).map(|shift| RelocKind::LdstAbsLo12Nc { shift }));
    want.extend((0..=3).map(|group| RelocKind::MovwUabs { group }));
    for k in want {
        assert!(kinds.contains(&k), "{k:?} not exercised: {kinds:?}");
    }
}

#[test]
fn aarch64_object_is_rejected_by_an_x86_64_linker() {
    let Some(bytes) = cross_compile("lib2.c", &["-fPIC"]) else {
        return;
    };
    let obj = load_elf_object(&bytes, "lib2-a64.o").unwrap();
    let mut mm = SectionMemoryManager::with_reservation(1 << 20).unwrap();
    let e = Linker::new(Arch::X86_64)
        .load(ModuleId(0), obj, &mut mm)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "object `lib2-a64.o` contains aarch64 code, the linker links x86_64"
    );
    assert_eq!(mm.stats().bytes_used, 0);
}
