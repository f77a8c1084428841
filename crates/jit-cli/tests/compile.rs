//! `jit compile --target aarch64 FILE.ll -o FILE.o`: any host writes an AArch64 ELF
//! relocatable object that binutils can read (checked with `aarch64-linux-gnu-objdump` when
//! it is installed).

use std::path::Path;

#[test]
fn compile_writes_an_aarch64_elf_object() {
    let ll =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/aarch64/recursion.O0.ll");
    let dir = std::env::temp_dir().join(format!("jit-compile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let obj = dir.join("recursion.o");
    let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
        .args(["compile", "--target", "aarch64"])
        .arg(&ll)
        .arg("-o")
        .arg(&obj)
        .output()
        .expect("spawn jit");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&obj).unwrap();
    assert_eq!(&bytes[..4], b"\x7fELF");
    assert_eq!(bytes[16], 1, "ET_REL");
    assert_eq!(
        u16::from_le_bytes([bytes[18], bytes[19]]),
        183,
        "EM_AARCH64"
    );
    match std::process::Command::new("aarch64-linux-gnu-objdump")
        .args(["-dr"])
        .arg(&obj)
        .output()
    {
        Ok(d) => {
            let text = String::from_utf8_lossy(&d.stdout);
            assert!(text.contains("<main>:"), "{text}");
            assert!(text.contains("R_AARCH64_CALL26\tprintf"), "{text}");
        }
        Err(_) => eprintln!("note: aarch64-linux-gnu-objdump missing; skipped the disassembly"),
    }
}

#[test]
fn compile_rejects_an_unknown_target() {
    let out = jit_tests::command(env!("CARGO_BIN_EXE_jit"))
        .args(["compile", "--target", "riscv64", "x.ll", "-o", "x.o"])
        .output()
        .expect("spawn jit");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown target"));
}
