//! Event listeners: each object reported once after finalize, with its section addresses,
//! under the names given for listeners; freeing reported on `remove` and on drop, before the
//! memory goes; nothing for objects of another architecture.

use jit_core::events::{JitEventListener, LoadedObject};
use jit_core::memory::{MemoryManager, ModuleId, SectionKind};
use jit_core::object::{Binding, CompiledObject, ObjSection, ObjSymbol, SymbolKind};
use jit_core::target::Arch;
use jit_link::{EventListeners, Linker};
use mm_section::SectionMemoryManager;
use std::sync::{Arc, Mutex};

#[derive(Debug, PartialEq, Eq)]
enum Event {
    /// key, object name, (symbol name, address, first code byte) of each named symbol.
    Loaded(u64, String, Vec<(String, u64, u8)>),
    Freed(u64),
}

#[derive(Default)]
struct Recorder(Mutex<Vec<Event>>);

impl JitEventListener for Recorder {
    fn object_loaded(&self, o: &LoadedObject<'_>) {
        let symbols = o
            .object
            .symbols
            .iter()
            .filter(|s| !s.name.is_empty())
            .filter_map(|s| {
                let a = o.address(s.section?, s.offset)?;
                // SAFETY: reported objects are finalized code of this process, readable.
                let byte = unsafe { *(a as *const u8) };
                Some((s.name.clone(), a, byte))
            })
            .collect();
        self.0
            .lock()
            .unwrap()
            .push(Event::Loaded(o.key, o.object.name.clone(), symbols));
    }
    fn object_freed(&self, key: u64) {
        self.0.lock().unwrap().push(Event::Freed(key));
    }
}

impl Recorder {
    fn take(&self) -> Vec<Event> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

fn object(arch: Arch, name: &str) -> CompiledObject {
    // Each object defines its own global function: `f` in `a`, `f_b` in `b`, ...
    let global = if name == "a" {
        "f".to_string()
    } else {
        format!("f_{name}")
    };
    let mut obj = CompiledObject::new(arch, name);
    let text = obj.add_section(ObjSection {
        name: ".text".into(),
        kind: SectionKind::Code,
        align: 16,
        data: vec![0xc3, 0xcc, 0xcc, 0xcc],
        size: 4,
    });
    for (sym, offset, binding) in [
        (global.as_str(), 0, Binding::Global),
        ("", 2, Binding::Local),
    ] {
        obj.add_symbol(ObjSymbol {
            name: sym.into(),
            section: Some(text),
            offset,
            size: 2,
            kind: SymbolKind::Function,
            binding,
        });
    }
    obj
}

fn host() -> Option<Arch> {
    Arch::host()
}

#[test]
fn objects_are_reported_after_finalize_and_freed_before_release() {
    let Some(arch) = host() else { return };
    let rec = Arc::new(Recorder::default());
    let mut mm = SectionMemoryManager::new().unwrap();
    let mut l = Linker::new(arch);
    l.add_listener(rec.clone());
    l.load(ModuleId(1), object(arch, "a"), &mut mm).unwrap();
    // The anonymous local symbol gets a name for listeners only; a global cannot.
    assert!(l.rename_for_listeners(ModuleId(1), jit_core::object::SymbolIndex(1), "f.body"));
    assert!(!l.rename_for_listeners(ModuleId(1), jit_core::object::SymbolIndex(0), "g"));
    assert!(!l.rename_for_listeners(ModuleId(9), jit_core::object::SymbolIndex(0), "g"));
    l.notify_loaded();
    assert_eq!(rec.take(), [], "not resolved yet");
    l.resolve().unwrap();
    mm.finalize().unwrap();
    l.notify_loaded();
    let f = l.symbol_address(ModuleId(1), "f").unwrap();
    let events = rec.take();
    let [Event::Loaded(key, name, symbols)] = &events[..] else {
        panic!("{events:?}")
    };
    assert_eq!(name, "a");
    assert_eq!(
        symbols,
        &[
            ("f".to_string(), f, 0xc3),
            ("f.body".to_string(), f + 2, 0xcc)
        ]
    );
    // Resolution still uses the names the object was loaded with.
    assert_eq!(l.symbol_address(ModuleId(1), "f.body"), None);
    // Reported once.
    l.notify_loaded();
    assert_eq!(rec.take(), []);

    // A listener added through the shared list hears of later objects only.
    let late = Arc::new(Recorder::default());
    let shared: EventListeners = l.listeners();
    shared.add(late.clone());
    l.load(ModuleId(2), object(arch, "b"), &mut mm).unwrap();
    l.resolve().unwrap();
    mm.finalize().unwrap();
    l.notify_loaded();
    let (first, second) = (rec.take(), late.take());
    assert_eq!(first, second);
    let [Event::Loaded(key2, ..)] = &first[..] else {
        panic!("{first:?}")
    };
    assert_ne!(key, key2);

    l.remove(ModuleId(1), &mut mm).unwrap();
    assert_eq!(rec.take(), [Event::Freed(*key)]);
    let key2 = *key2;
    drop(l);
    assert_eq!(rec.take(), [Event::Freed(key2)]);
    assert_eq!(late.take(), [Event::Freed(*key), Event::Freed(key2)]);
}

#[test]
fn nothing_is_reported_without_listeners_or_for_another_architecture() {
    let Some(arch) = host() else { return };
    let other = match arch {
        Arch::X86_64 => Arch::AArch64,
        Arch::AArch64 => Arch::X86_64,
    };
    let rec = Arc::new(Recorder::default());
    let mut mm = SectionMemoryManager::new().unwrap();
    let mut l = Linker::new(other);
    l.add_listener(rec.clone());
    l.load(ModuleId(1), object(other, "foreign"), &mut mm)
        .unwrap();
    l.resolve().unwrap();
    mm.finalize().unwrap();
    l.notify_loaded();
    l.remove(ModuleId(1), &mut mm);
    drop(l);
    assert_eq!(rec.take(), []);

    // Objects resolved while nobody listened are reported to the first listener.
    let mut l = Linker::new(arch);
    l.load(ModuleId(1), object(arch, "early"), &mut mm).unwrap();
    l.resolve().unwrap();
    mm.finalize().unwrap();
    l.notify_loaded();
    l.add_listener(rec.clone());
    l.notify_loaded();
    let events = rec.take();
    assert!(
        matches!(&events[..], [Event::Loaded(_, n, _)] if n == "early"),
        "{events:?}"
    );
}

#[test]
fn a_panicking_listener_does_not_stop_the_others() {
    struct Panics;
    impl JitEventListener for Panics {
        fn object_loaded(&self, _: &LoadedObject<'_>) {
            panic!("listener bug");
        }
        fn object_freed(&self, _: u64) {
            panic!("listener bug");
        }
    }
    let Some(arch) = host() else { return };
    let rec = Arc::new(Recorder::default());
    let mut mm = SectionMemoryManager::new().unwrap();
    let mut l = Linker::new(arch);
    l.add_listener(Arc::new(Panics));
    l.add_listener(rec.clone());
    l.load(ModuleId(1), object(arch, "a"), &mut mm).unwrap();
    l.resolve().unwrap();
    mm.finalize().unwrap();
    l.notify_loaded();
    l.remove(ModuleId(1), &mut mm);
    let events = rec.take();
    assert!(
        matches!(&events[..], [Event::Loaded(..), Event::Freed(_)]),
        "{events:?}"
    );
}
