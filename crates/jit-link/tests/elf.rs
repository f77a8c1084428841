//! ELF relocatable objects built by gcc at test time, loaded, linked and called.

mod common;

use common::build_c;
use jit_core::memory::{MemoryManager, ModuleId, SectionKind};
use jit_core::object::{Binding, RelocKind};
use jit_core::target::Arch;
use jit_link::{ElfError, Linker, load_elf_object};
use mm_section::SectionMemoryManager;

#[test]
fn loads_sections_symbols_and_relocations() {
    let obj = load_elf_object(&build_c("lib1", &[]), "lib1.o").unwrap();
    assert_eq!(obj.arch, Arch::host().unwrap());
    let names: Vec<&str> = obj.sections.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&".text"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with(".note") || n.starts_with(".debug"))
    );
    // Kept for the unwinder, with the zero terminator a static link would add.
    let eh = obj.sections.iter().find(|s| s.name == ".eh_frame").unwrap();
    assert!(eh.data.len() as u64 == eh.size && eh.data.ends_with(&[0; 4]));
    assert!(
        names.iter().any(|n| n.starts_with(".init_array")),
        "{names:?}"
    );
    let bss = obj.sections.iter().find(|s| s.name == ".bss").unwrap();
    assert!(bss.data.is_empty() && bss.size >= 400 && bss.kind == SectionKind::ReadWrite);
    assert!(
        obj.sections
            .iter()
            .any(|s| s.name.starts_with(".rodata.str") && s.kind == SectionKind::ReadOnly)
    );
    let apply = &obj.symbols[obj.find_symbol("apply").unwrap().0 as usize];
    assert_eq!(apply.binding, Binding::Global);
    let cmp = obj.symbols.iter().find(|s| s.name == "cmp").unwrap();
    assert_eq!(cmp.binding, Binding::Local);
    assert!(
        obj.symbols
            .iter()
            .any(|s| s.name == "qsort" && s.section.is_none())
    );
    if obj.arch == Arch::X86_64 {
        assert!(obj.relocations.iter().any(|r| r.kind == RelocKind::Plt32));
        assert!(
            obj.relocations
                .iter()
                .any(|r| r.kind == RelocKind::GotPcRel)
        );
    }
}

#[test]
fn gcc_objects_link_and_run() {
    use std::ffi::{CStr, c_char};
    let mut mm = SectionMemoryManager::new().unwrap();
    let mut l = Linker::new(Arch::host().unwrap());
    let lib1 = load_elf_object(&build_c("lib1", &[]), "lib1.o").unwrap();
    let lib2 = load_elf_object(&build_c("lib2", &["-fcommon"]), "lib2.o").unwrap();
    assert!(
        lib2.sections.iter().any(|s| s.name == ".bss.common"),
        "COMMON symbols get a section"
    );
    l.load(ModuleId(1), lib1, &mut mm).unwrap();
    l.load(ModuleId(2), lib2, &mut mm).unwrap();
    l.resolve().unwrap();
    mm.finalize().unwrap();
    let addr = |n: &str| l.exported(n).unwrap_or_else(|| panic!("{n} not exported")) as usize;
    // SAFETY: the C definitions in tests/c have the signatures transmuted to below, and
    // the pointers they return are valid as used.
    unsafe {
        // Constructors: run them like the engine would.
        for &(_, f) in l.init_functions(ModuleId(1)) {
            std::mem::transmute::<usize, extern "C" fn()>(f as usize)();
        }
        assert_eq!(*(addr("initialized") as *const i32), 42);
        let sort: extern "C" fn(*mut i32, i32) -> i32 =
            std::mem::transmute(addr("sort_and_checksum"));
        let mut v = [5, 3, 9, 1, 7];
        let want = [1, 3, 5, 7, 9]
            .iter()
            .fold(0i32, |s, &x| s.wrapping_mul(31).wrapping_add(x));
        assert_eq!(sort(v.as_mut_ptr(), 5), want);
        assert_eq!(v, [1, 3, 5, 7, 9]);
        let len: extern "C" fn() -> usize = std::mem::transmute(addr("greeting_len"));
        assert_eq!(len(), 10);
        let apply: extern "C" fn(i32, i32, i32) -> i32 = std::mem::transmute(addr("apply"));
        assert_eq!(
            (apply(0, 6, 7), apply(1, 6, 7), apply(2, 6, 7)),
            (13, -1, 42)
        );
        let twice: extern "C" fn(i32, i32, i32) -> i32 = std::mem::transmute(addr("twice_apply"));
        assert_eq!(twice(2, 6, 7), 84);
        let bump: extern "C" fn() -> i32 = std::mem::transmute(addr("bump"));
        assert_eq!(bump(), 6);
        let read: extern "C" fn() -> i32 = std::mem::transmute(addr("read_counter"));
        assert_eq!(read(), 6, "lib2 sees lib1's variable");
        let fmt: extern "C" fn(*mut c_char, usize, f64) -> i32 =
            std::mem::transmute(addr("format"));
        let mut buf = [0 as c_char; 64];
        fmt(buf.as_mut_ptr(), buf.len(), 2.5);
        assert_eq!(
            CStr::from_ptr(buf.as_ptr()).to_str().unwrap(),
            "hello, jit 2.50 6"
        );
        let cbrt: extern "C" fn(f64) -> f64 = std::mem::transmute(addr("cube_root"));
        assert!(
            (cbrt(27.0) - 3.0).abs() < 1e-12,
            "glibc cbrt is within an ulp"
        );
        let common: extern "C" fn() -> *mut i32 = std::mem::transmute(addr("common_addr"));
        assert_eq!(common() as usize, addr("common_var"));
        assert_eq!(*common(), 0);
    }
    // No mapping of the process is writable and executable.
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    for line in maps.lines() {
        let perms = line.split_whitespace().nth(1).unwrap();
        assert!(
            !(perms.contains('w') && perms.contains('x')),
            "W+X mapping: {line}"
        );
    }
}

#[test]
fn wrong_kinds_are_clear_errors() {
    let e = load_elf_object(b"not an object", "junk.o").unwrap_err();
    assert!(matches!(e, ElfError::Malformed { .. }), "{e}");
    assert!(
        e.to_string().starts_with("`junk.o`: malformed object file"),
        "{e}"
    );
    // An executable is not a relocatable object.
    let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    let e = load_elf_object(&exe, "exe").unwrap_err();
    assert!(e.to_string().contains("not a relocatable object"), "{e}");
}

#[test]
fn thread_local_storage_is_reported() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let src = dir.join("tls.c");
    std::fs::write(&src, "_Thread_local int t; int get(void) { return t; }\n").unwrap();
    let out = dir.join("tls.o");
    let ok = std::process::Command::new(common::c_compiler())
        .args(["-O1", "-fPIC", "-c"])
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(ok.success());
    let e = load_elf_object(&std::fs::read(&out).unwrap(), "tls.o").unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("thread-local"), "{msg}");
}

/// Truncated and corrupted copies of a real object: errors, never panics; whatever loads
/// also links (bounds are checked) without being run.
#[test]
fn fuzz_truncated_and_corrupted_objects() {
    let good = build_c("lib1", &[]);
    let arch = Arch::host().unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut loaded = 0;
    let mut mm = SectionMemoryManager::with_reservation(512 << 20).unwrap();
    let mut l = Linker::new(arch);
    let mut owner = 0;
    let mut try_one = |bytes: &[u8], l: &mut Linker, mm: &mut SectionMemoryManager| {
        if let Ok(obj) = load_elf_object(bytes, "fuzz.o") {
            loaded += 1;
            owner += 1;
            if l.load(ModuleId(owner), obj, mm).is_ok() {
                let _ = l.resolve();
                l.remove(ModuleId(owner), mm);
            }
        }
    };
    for len in (0..good.len()).step_by(good.len() / 97 + 1) {
        try_one(&good[..len], &mut l, &mut mm);
    }
    for _ in 0..600 {
        let mut bad = good.clone();
        for _ in 0..1 + next() % 4 {
            let i = (next() as usize) % bad.len();
            bad[i] = next() as u8;
        }
        try_one(&bad, &mut l, &mut mm);
    }
    assert!(loaded > 0, "some corruptions leave the object loadable");
    assert_eq!(mm.stats().bytes_used, 0);
}
