//! The listeners write what perf reads, for an object whose "code" is a buffer of this
//! test (readable like finalized JIT code).

use jit_core::events::{JitEventListener, LoadedObject};
use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, DebugFile, FunctionDebugInfo, LineRow, ObjSection, ObjSymbol,
    ObjectDebugInfo, SectionIndex, SymbolKind,
};
use jit_core::target::Arch;
use jit_perf::jitdump::{Record, read_dump};
use jit_perf::{JitDumpListener, PerfMapListener};

fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("jit-perf-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

fn object(arch: Arch, code: &[u8]) -> CompiledObject {
    let mut obj = CompiledObject::new(arch, "m");
    obj.add_section(ObjSection {
        name: ".text".into(),
        kind: SectionKind::Code,
        align: 16,
        data: code.to_vec(),
        size: code.len() as u64,
    });
    for (name, offset, size) in [("hot", 0, 8), ("cold", 8, 8)] {
        obj.add_symbol(ObjSymbol {
            name: name.into(),
            section: Some(SectionIndex(0)),
            offset,
            size,
            kind: SymbolKind::Function,
            binding: Binding::Global,
        });
    }
    obj.debug = Some(Box::new(ObjectDebugInfo {
        files: vec![DebugFile {
            directory: "/src".into(),
            name: "hot.c".into(),
        }],
        functions: vec![FunctionDebugInfo {
            section: SectionIndex(0),
            offset: 0,
            size: 8,
            name: "hot".into(),
            lines: vec![
                LineRow {
                    offset: 0,
                    file: 0,
                    line: 5,
                    column: 1,
                },
                LineRow {
                    offset: 4,
                    file: 0,
                    line: 6,
                    column: 3,
                },
            ],
            ..FunctionDebugInfo::default()
        }],
        ..ObjectDebugInfo::default()
    }));
    obj
}

#[test]
fn perf_map_lists_each_function_and_appends() {
    let Some(host) = Arch::host() else { return };
    let dir = scratch("map");
    let path = dir.join("perf-1.map");
    let map = PerfMapListener::create(&path).expect("creates");
    let code = [0x90u8; 16];
    let obj = object(host, &code);
    let base = code.as_ptr() as u64;
    let addresses = [base];
    let loaded = LoadedObject {
        key: 1,
        object: &obj,
        section_addresses: &addresses,
    };
    map.object_loaded(&loaded);
    map.object_freed(1);
    map.object_loaded(&loaded);
    let other = [other_arch(host)];
    let foreign = object(other[0], &code);
    map.object_loaded(&LoadedObject {
        key: 2,
        object: &foreign,
        section_addresses: &addresses,
    });
    let text = std::fs::read_to_string(&path).expect("reads");
    let one = format!("{base:x} 8 hot\n{:x} 8 cold\n", base + 8);
    assert_eq!(text, format!("{one}{one}"));
}

fn other_arch(a: Arch) -> Arch {
    match a {
        Arch::X86_64 => Arch::AArch64,
        Arch::AArch64 => Arch::X86_64,
    }
}

#[test]
fn jitdump_has_debug_info_before_each_load_and_the_code_as_it_runs() {
    let Some(host) = Arch::host() else { return };
    let dir = scratch("dump");
    let dump = JitDumpListener::create_in(&dir).expect("creates");
    assert_eq!(
        dump.path(),
        dir.join(format!("jit-{}.dump", std::process::id()))
    );
    // The object's bytes differ from memory's: the code read is what runs.
    let running: Vec<u8> = (0u8..16).collect();
    let obj = object(host, &[0; 16]);
    let base = running.as_ptr() as u64;
    dump.object_loaded(&LoadedObject {
        key: 1,
        object: &obj,
        section_addresses: &[base],
    });
    let bytes = std::fs::read(dump.path()).expect("reads");
    let (header, records) = read_dump(&bytes).expect("parses");
    assert_eq!(header.pid, std::process::id());
    assert_eq!(header.elf_machine, jit_perf::jitdump::elf_machine(host));
    let [
        Record::DebugInfo(d),
        Record::CodeLoad(hot),
        Record::CodeLoad(cold),
    ] = &records[..]
    else {
        panic!("unexpected records {records:?}");
    };
    assert_eq!(d.code_address, base);
    let lines: Vec<(u64, u32, &str)> = d
        .entries
        .iter()
        .map(|e| (e.address - base, e.line, e.file.as_str()))
        .collect();
    assert_eq!(lines, [(0, 5, "/src/hot.c"), (4, 6, "/src/hot.c")]);
    assert_eq!((hot.name.as_str(), hot.code_address), ("hot", base));
    assert_eq!((cold.name.as_str(), cold.code_index), ("cold", 1));
    // Under QEMU's user mode (no process_vm_readv) the listener falls back to the
    // object's bytes.
    let fallback =
        std::env::var("JIT_TEST_RUNNER").is_ok_and(|r| r.contains("qemu")) && hot.code == [0; 8];
    if !fallback {
        assert_eq!(hot.code, &running[..8]);
        assert_eq!(cold.code, &running[8..]);
    }
    assert!(hot.timestamp >= header.timestamp && d.timestamp <= hot.timestamp);
    // The marker mapping perf looks for.
    let maps = std::fs::read_to_string("/proc/self/maps").expect("maps");
    let name = dump.path().display().to_string();
    assert!(
        maps.lines()
            .any(|l| l.ends_with(&name)
                && l.split_whitespace().nth(1).is_some_and(|p| p.contains('x'))),
        "no executable mapping of {name}"
    );
}
