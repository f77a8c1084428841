//! The linker on hand-assembled x86-64 objects: bytes written by hand, relocations applied,
//! code run, and the bytes at `symbol+offset` checked after relocation.
#![cfg(target_arch = "x86_64")]

use jit_core::memory::{MemoryManager, ModuleId, SectionKind};
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SectionIndex,
    SymbolIndex, SymbolKind,
};
use jit_core::target::Arch;
use jit_link::{LinkError, Linker};
use mm_section::SectionMemoryManager;

fn section(obj: &mut CompiledObject, name: &str, kind: SectionKind, data: &[u8]) -> SectionIndex {
    obj.add_section(ObjSection {
        name: name.into(),
        kind,
        align: 16,
        data: data.to_vec(),
        size: data.len() as u64,
    })
}

fn define(
    obj: &mut CompiledObject,
    name: &str,
    s: SectionIndex,
    offset: u64,
    binding: Binding,
) -> SymbolIndex {
    obj.add_symbol(ObjSymbol {
        name: name.into(),
        section: Some(s),
        offset,
        size: 0,
        kind: SymbolKind::Function,
        binding,
    })
}

fn undefined(obj: &mut CompiledObject, name: &str, binding: Binding) -> SymbolIndex {
    obj.add_symbol(ObjSymbol {
        name: name.into(),
        section: None,
        offset: 0,
        size: 0,
        kind: SymbolKind::Unknown,
        binding,
    })
}

fn reloc(
    obj: &mut CompiledObject,
    section: SectionIndex,
    offset: u64,
    kind: RelocKind,
    symbol: SymbolIndex,
    addend: i64,
) {
    obj.relocations.push(Relocation {
        section,
        offset,
        kind,
        symbol,
        addend,
    });
}

fn setup() -> (Linker, SectionMemoryManager) {
    (
        Linker::new(Arch::X86_64),
        SectionMemoryManager::with_reservation(256 << 20).unwrap(),
    )
}

fn link_all(l: &mut Linker, mm: &mut SectionMemoryManager) {
    l.resolve().unwrap();
    mm.finalize().unwrap();
}

#[test]
fn return_42() {
    let (mut l, mut mm) = setup();
    let mut o = CompiledObject::new(Arch::X86_64, "ret42");
    let t = section(
        &mut o,
        ".text",
        SectionKind::Code,
        &[0xb8, 42, 0, 0, 0, 0xc3],
    );
    define(&mut o, "f", t, 0, Binding::Global);
    l.load(ModuleId(0), o, &mut mm).unwrap();
    link_all(&mut l, &mut mm);
    let a = l.exported("f").unwrap();
    // SAFETY: `f` is `mov eax, 42; ret`, finalized executable.
    let f: extern "C" fn() -> i32 = unsafe { std::mem::transmute(a as usize) };
    assert_eq!(f(), 42);
}

/// `f(s) = strlen(s)`: `sub rsp, 8; call strlen@PLT; add rsp, 8; ret`.
fn strlen_caller(name: &str, callee: &str) -> CompiledObject {
    let mut o = CompiledObject::new(Arch::X86_64, name);
    let code = [
        0x48, 0x83, 0xec, 0x08, 0xe8, 0, 0, 0, 0, 0x48, 0x83, 0xc4, 0x08, 0xc3,
    ];
    let t = section(&mut o, ".text", SectionKind::Code, &code);
    define(&mut o, name, t, 0, Binding::Global);
    let s = undefined(&mut o, callee, Binding::Global);
    reloc(&mut o, t, 5, RelocKind::Plt32, s, -4);
    o
}

#[test]
fn plt32_call_to_libc_goes_through_a_stub() {
    let (mut l, mut mm) = setup();
    l.load(ModuleId(0), strlen_caller("my_strlen", "strlen"), &mut mm)
        .unwrap();
    link_all(&mut l, &mut mm);
    // SAFETY: the function follows the C ABI: (const char*) -> size_t.
    let f: extern "C" fn(*const u8) -> usize =
        unsafe { std::mem::transmute(l.exported("my_strlen").unwrap() as usize) };
    assert_eq!(f(c"hello, world".as_ptr().cast()), 12);
    let st = l.stats();
    assert_eq!(st.stubs, 1);
    let libc_strlen = l.lookup("strlen").unwrap();
    let here = l.exported("my_strlen").unwrap();
    let far = (libc_strlen as i128 - here as i128).abs() > i32::MAX as i128;
    assert_eq!(
        st.stub_calls, far as u64,
        "the stub is used exactly when libc is out of rel32 reach"
    );
}

#[test]
fn global_mapping_takes_precedence_over_the_process() {
    extern "C" fn fake_strlen(_: *const u8) -> usize {
        777
    }
    let (mut l, mut mm) = setup();
    l.add_global_mapping("strlen", fake_strlen as *const () as u64);
    l.load(ModuleId(0), strlen_caller("g", "strlen"), &mut mm)
        .unwrap();
    link_all(&mut l, &mut mm);
    // SAFETY: C ABI function (const char*) -> size_t.
    let f: extern "C" fn(*const u8) -> usize =
        unsafe { std::mem::transmute(l.exported("g").unwrap() as usize) };
    assert_eq!(f(c"x".as_ptr().cast()), 777);
}

#[test]
fn pc32_and_gotpcrel_data_references() {
    let (mut l, mut mm) = setup();
    let mut o = CompiledObject::new(Arch::X86_64, "data");
    // msg: lea rax, [rip + msg]; ret
    // get: mov rax, [rip + counter@GOTPCREL]; mov eax, [rax]; ret
    let code = [
        0x48, 0x8d, 0x05, 0, 0, 0, 0, 0xc3, 0x48, 0x8b, 0x05, 0, 0, 0, 0, 0x8b, 0x00, 0xc3,
    ];
    let t = section(&mut o, ".text", SectionKind::Code, &code);
    let r = section(
        &mut o,
        ".rodata.str1.1",
        SectionKind::ReadOnly,
        b"relocated!\0",
    );
    let d = section(
        &mut o,
        ".data",
        SectionKind::ReadWrite,
        &[9, 0, 0, 0, 0xee, 0xee, 0xee, 0xee, 1, 2, 3, 4, 5, 6, 7, 8],
    );
    define(&mut o, "msg", t, 0, Binding::Global);
    define(&mut o, "get", t, 8, Binding::Global);
    let rs = define(&mut o, "", r, 0, Binding::Local);
    let counter = define(&mut o, "counter", d, 0, Binding::Global);
    reloc(&mut o, t, 3, RelocKind::Pc32, rs, -4);
    reloc(&mut o, t, 11, RelocKind::GotPcRel, counter, -4);
    // .data+8: a pointer to the string (Abs64), .data+4: a 32-bit PC-relative offset to it.
    reloc(&mut o, d, 8, RelocKind::Abs64, rs, 2);
    reloc(&mut o, d, 4, RelocKind::Pc32, rs, 0);
    l.load(ModuleId(3), o, &mut mm).unwrap();
    link_all(&mut l, &mut mm);
    let msg = l.exported("msg").unwrap();
    // SAFETY: C ABI functions returning a pointer and an int.
    let (fmsg, fget) = unsafe {
        (
            std::mem::transmute::<usize, extern "C" fn() -> *const std::ffi::c_char>(msg as usize),
            std::mem::transmute::<usize, extern "C" fn() -> i32>(
                l.exported("get").unwrap() as usize
            ),
        )
    };
    // SAFETY: the pointer is to the NUL-terminated string in .rodata.
    let text = unsafe { std::ffi::CStr::from_ptr(fmsg()) };
    assert_eq!(text.to_str().unwrap(), "relocated!");
    assert_eq!(fget(), 9);
    let str_addr = l.section_address(ModuleId(3), r).unwrap();
    let data = l.exported("counter").unwrap();
    // SAFETY: .data is 16 readable bytes.
    let bytes = unsafe { std::slice::from_raw_parts(data as *const u8, 16) };
    assert_eq!(
        u64::from_le_bytes(bytes[8..16].try_into().unwrap()),
        str_addr + 2
    );
    assert_eq!(
        i32::from_le_bytes(bytes[4..8].try_into().unwrap()) as i64,
        str_addr as i64 - (data as i64 + 4)
    );
    assert_eq!(l.stats().got_entries, 1);
}

#[test]
fn cross_object_calls_resolve_without_stubs_and_remove_forgets_symbols() {
    let (mut l, mut mm) = setup();
    let mut a = CompiledObject::new(Arch::X86_64, "a");
    let t = section(
        &mut a,
        ".text",
        SectionKind::Code,
        &[0xb8, 42, 0, 0, 0, 0xc3],
    );
    define(&mut a, "forty_two", t, 0, Binding::Global);
    l.load(ModuleId(1), a, &mut mm).unwrap();
    l.load(ModuleId(2), strlen_caller("b", "forty_two"), &mut mm)
        .unwrap();
    assert!(l.unresolved_names().is_empty());
    link_all(&mut l, &mut mm);
    // SAFETY: `b` calls `forty_two`, which ignores its argument and returns 42.
    let f: extern "C" fn(*const u8) -> usize =
        unsafe { std::mem::transmute(l.exported("b").unwrap() as usize) };
    assert_eq!(f(std::ptr::null()) as u32, 42);
    assert_eq!(
        l.stats().stub_calls,
        0,
        "JIT objects are within rel32 reach of each other"
    );
    let b = l.exported("b").unwrap();
    assert_eq!(l.owner_of(b), Some(ModuleId(2)));
    assert_eq!(
        l.owner_of(b + 13),
        Some(ModuleId(2)),
        "last byte of b's .text"
    );
    assert_eq!(
        l.owner_of(l.exported("forty_two").unwrap()),
        Some(ModuleId(1))
    );
    assert_eq!(l.owner_of(0x10), None);
    let used = mm.stats().bytes_used;
    assert!(l.remove(ModuleId(1), &mut mm).is_some());
    assert!(mm.stats().bytes_used < used);
    assert_eq!(l.exported("forty_two"), None);
    assert!(l.remove(ModuleId(1), &mut mm).is_none());
    // A new object needing it now reports it as unresolved.
    l.load(ModuleId(3), strlen_caller("c", "forty_two"), &mut mm)
        .unwrap();
    assert_eq!(l.unresolved_names(), vec!["forty_two".to_string()]);
    let err = l.resolve().unwrap_err();
    let LinkError::UndefinedSymbol {
        symbol,
        module,
        referenced_from,
        searched,
    } = &err
    else {
        panic!("expected an undefined symbol, got {err:?}");
    };
    assert_eq!((symbol.as_str(), module.as_str()), ("forty_two", "c"));
    assert_eq!(
        referenced_from.as_deref(),
        Some("c"),
        "the calling function"
    );
    assert!(searched.iter().any(|s| s == "libc.so.6"), "{searched:?}");
    assert!(
        searched.iter().any(|s| s == "libstdc++.so.6"),
        "a strong miss opens the C++ runtime: {searched:?}"
    );
    let text = err.to_string();
    assert!(
        text.starts_with(
            "undefined symbol `forty_two` referenced by `c` in module `c`; searched the engine's \
             modules and global mappings, the process (dlsym), "
        ),
        "{text}"
    );
    // Retrying after the symbol appears works.
    let mut a = CompiledObject::new(Arch::X86_64, "a2");
    let t = section(
        &mut a,
        ".text",
        SectionKind::Code,
        &[0xb8, 43, 0, 0, 0, 0xc3],
    );
    define(&mut a, "forty_two", t, 0, Binding::Global);
    l.load(ModuleId(1), a, &mut mm).unwrap();
    link_all(&mut l, &mut mm);
    // SAFETY: as above.
    let f: extern "C" fn(*const u8) -> usize =
        unsafe { std::mem::transmute(l.exported("c").unwrap() as usize) };
    assert_eq!(f(std::ptr::null()) as u32, 43);
}

#[test]
fn weak_symbols() {
    let (mut l, mut mm) = setup();
    let mut a = CompiledObject::new(Arch::X86_64, "a");
    let d = section(&mut a, ".data", SectionKind::ReadWrite, &[0xff; 16]);
    let w = undefined(&mut a, "surely_not_defined_anywhere", Binding::Weak);
    reloc(&mut a, d, 0, RelocKind::Abs64, w, 0);
    define(&mut a, "weak_then_strong", d, 8, Binding::Weak);
    let use_ = undefined(&mut a, "weak_then_strong", Binding::Global);
    reloc(&mut a, d, 8, RelocKind::Abs64, use_, 0);
    l.load(ModuleId(0), a, &mut mm).unwrap();
    let weak_addr = l.exported("weak_then_strong").unwrap();
    let mut b = CompiledObject::new(Arch::X86_64, "b");
    let bd = section(&mut b, ".data", SectionKind::ReadWrite, &[0; 8]);
    define(&mut b, "weak_then_strong", bd, 0, Binding::Global);
    l.load(ModuleId(1), b, &mut mm).unwrap();
    let strong = l.exported("weak_then_strong").unwrap();
    assert_ne!(strong, weak_addr, "a strong definition replaces a weak one");
    link_all(&mut l, &mut mm);
    // SAFETY: a's .data is 16 readable bytes at `weak_addr - 8`.
    let v = unsafe { std::slice::from_raw_parts((weak_addr - 8) as *const u64, 2) };
    assert_eq!(v, &[0, strong]);
}

/// Two objects defining the same weak data (an inline function's static local, a template
/// instance: `linkonce_odr`, comdat members): every reference, each object's own included,
/// goes to the first definition loaded, as a static linker keeps one copy. No error.
#[test]
fn weak_definitions_in_several_objects_resolve_to_the_first() {
    let (mut l, mut mm) = setup();
    let mut places = Vec::new();
    for (id, name) in [(0, "a"), (1, "b")] {
        let mut o = CompiledObject::new(Arch::X86_64, name);
        // 8 bytes of the weak object, then a pointer to it by the object's own symbol.
        let d = section(&mut o, ".data", SectionKind::ReadWrite, &[0; 16]);
        let own = define(&mut o, "shared_static_local", d, 0, Binding::Weak);
        reloc(&mut o, d, 8, RelocKind::Abs64, own, 0);
        l.load(ModuleId(id), o, &mut mm).unwrap();
        places.push(l.section_address(ModuleId(id), d).unwrap());
    }
    link_all(&mut l, &mut mm);
    assert_eq!(l.exported("shared_static_local"), Some(places[0]));
    for p in &places {
        // SAFETY: each object's .data is 16 readable bytes at `p`.
        let v = unsafe { ((p + 8) as *const u64).read() };
        assert_eq!(v, places[0], "the first definition wins");
    }
}

/// `.init_array.N` and `.fini_array.N` entries come with their priorities; `.init_array`
/// without a suffix has the default one, 65535.
#[test]
fn constructor_tables_keep_their_priorities() {
    let (mut l, mut mm) = setup();
    let mut o = CompiledObject::new(Arch::X86_64, "ctors");
    let t = section(&mut o, ".text", SectionKind::Code, &[0xc3; 3]);
    let f: Vec<SymbolIndex> = (0..3)
        .map(|i| define(&mut o, &format!("f{i}"), t, i, Binding::Local))
        .collect();
    let plain = section(&mut o, ".init_array", SectionKind::ReadWrite, &[0; 8]);
    let early = section(&mut o, ".init_array.101", SectionKind::ReadWrite, &[0; 16]);
    let fini = section(&mut o, ".fini_array.300", SectionKind::ReadWrite, &[0; 8]);
    reloc(&mut o, plain, 0, RelocKind::Abs64, f[0], 0);
    reloc(&mut o, early, 0, RelocKind::Abs64, f[1], 0);
    reloc(&mut o, early, 8, RelocKind::Abs64, f[2], 0);
    reloc(&mut o, fini, 0, RelocKind::Abs64, f[0], 0);
    l.load(ModuleId(0), o, &mut mm).unwrap();
    link_all(&mut l, &mut mm);
    let text = l.section_address(ModuleId(0), t).unwrap();
    assert_eq!(
        l.init_functions(ModuleId(0)),
        &[(101, text + 1), (101, text + 2), (65535, text)]
    );
    assert_eq!(l.fini_functions(ModuleId(0)), &[(300, text)]);
}

#[test]
fn errors_are_clear() {
    let (mut l, mut mm) = setup();
    // Undefined symbol.
    l.load(
        ModuleId(0),
        strlen_caller("needs", "no_such_function_xyz"),
        &mut mm,
    )
    .unwrap();
    let e = l.resolve().unwrap_err();
    assert!(
        e.to_string().starts_with(
            "undefined symbol `no_such_function_xyz` referenced by `needs` in module `needs`; \
             searched the engine's modules and global mappings, the process (dlsym), "
        ),
        "{e}"
    );
    l.remove(ModuleId(0), &mut mm);
    // Overflow: a 32-bit absolute address of JIT memory (placed above 4 GiB).
    let mut o = CompiledObject::new(Arch::X86_64, "abs");
    let d = section(&mut o, ".data", SectionKind::ReadWrite, &[0; 8]);
    let sym = define(&mut o, "here", d, 0, Binding::Global);
    reloc(&mut o, d, 4, RelocKind::Abs32, sym, 0);
    l.load(ModuleId(1), o, &mut mm).unwrap();
    if mm.base() > u32::MAX as usize {
        let e = l.resolve().unwrap_err().to_string();
        assert!(
            e.contains("`here`")
                && e.contains("`.data`+0x4")
                && e.contains("abs")
                && e.contains("32 unsigned bits"),
            "{e}"
        );
    }
    l.remove(ModuleId(1), &mut mm);
    // Duplicate strong symbols.
    let mut a = CompiledObject::new(Arch::X86_64, "one");
    let t = section(&mut a, ".text", SectionKind::Code, &[0xc3]);
    define(&mut a, "dup", t, 0, Binding::Global);
    let b = CompiledObject {
        name: "two".into(),
        ..a.clone()
    };
    l.load(ModuleId(2), a, &mut mm).unwrap();
    let e = l.load(ModuleId(3), b.clone(), &mut mm).unwrap_err();
    assert_eq!(
        e.to_string(),
        "symbol `dup` is defined by both `one` and `two`"
    );
    // Same owner twice, wrong architecture, out-of-bounds relocation.
    assert_eq!(
        l.load(ModuleId(2), b.clone(), &mut mm).unwrap_err(),
        LinkError::AlreadyLoaded(ModuleId(2))
    );
    let arm = CompiledObject {
        arch: Arch::AArch64,
        ..b.clone()
    };
    assert!(
        l.load(ModuleId(4), arm, &mut mm)
            .unwrap_err()
            .to_string()
            .contains("aarch64")
    );
    let mut bad = CompiledObject::new(Arch::X86_64, "bad");
    let t = section(&mut bad, ".text", SectionKind::Code, &[0xc3]);
    let s = undefined(&mut bad, "x", Binding::Global);
    reloc(&mut bad, t, 0, RelocKind::Pc32, s, 0);
    let e = l.load(ModuleId(5), bad, &mut mm).unwrap_err();
    assert!(matches!(e, LinkError::Malformed { .. }), "{e}");
    assert_eq!(
        mm.stats().bytes_used,
        1,
        "failed loads leave nothing allocated"
    );
}

/// `name() = callee() + 1`: `push rax; call callee; inc eax; pop rcx; ret`.
fn caller_plus_one(name: &str, callee: &str) -> CompiledObject {
    let mut o = CompiledObject::new(Arch::X86_64, name);
    let code = [0x50, 0xe8, 0, 0, 0, 0, 0xff, 0xc0, 0x59, 0xc3];
    let t = section(&mut o, ".text", SectionKind::Code, &code);
    define(&mut o, name, t, 0, Binding::Global);
    let s = undefined(&mut o, callee, Binding::Global);
    reloc(&mut o, t, 2, RelocKind::Plt32, s, -4);
    o
}

#[test]
fn private_objects_see_their_scopes_locals_and_export_nothing() {
    let (mut l, mut mm) = setup();
    // The scope: a local `seven` (internal linkage) and a global `f` calling it.
    let mut o = CompiledObject::new(Arch::X86_64, "scope");
    let code = [
        0xb8, 7, 0, 0, 0, 0xc3, // seven: mov eax, 7; ret
        0xe9, 0, 0, 0, 0, // f: jmp seven
    ];
    let t = section(&mut o, ".text", SectionKind::Code, &code);
    let seven = define(&mut o, "seven", t, 0, Binding::Local);
    define(&mut o, "f", t, 6, Binding::Global);
    reloc(&mut o, t, 7, RelocKind::Pc32, seven, -4);
    l.load(ModuleId(0), o, &mut mm).unwrap();
    link_all(&mut l, &mut mm);
    let f_old = l.exported("f").unwrap();

    // Replacement code for `f`, calling the scope's local `seven` by name.
    let replacement = caller_plus_one("f", "seven");
    l.load_private(ModuleId(1), replacement, &mut mm, ModuleId(0))
        .unwrap();
    l.resolve_owner(ModuleId(1)).unwrap();
    mm.finalize().unwrap();
    assert_eq!(
        l.exported("f"),
        Some(f_old),
        "private objects export nothing"
    );
    let f_new = l.symbol_address(ModuleId(1), "f").unwrap();
    assert_ne!(f_new, f_old);
    // SAFETY: both are `int f(void)` in finalized code.
    let (old, new): (extern "C" fn() -> i32, extern "C" fn() -> i32) = unsafe {
        (
            std::mem::transmute::<usize, extern "C" fn() -> i32>(f_old as usize),
            std::mem::transmute::<usize, extern "C" fn() -> i32>(f_new as usize),
        )
    };
    assert_eq!((old(), new()), (7, 8));

    // Outside a scope, the local stays invisible.
    let other = caller_plus_one("g", "seven");
    l.load(ModuleId(2), other, &mut mm).unwrap();
    assert!(matches!(
        l.resolve_owner(ModuleId(2)),
        Err(LinkError::UndefinedSymbol { .. })
    ));
    // Removing the replacement leaves the scope intact.
    l.remove(ModuleId(1), &mut mm);
    assert_eq!(old(), 7);
}
