//! Address → function: objects compiled by gcc, loaded into an engine, their functions'
//! addresses (and addresses inside them) named back; the non-blocking variants give up
//! while the engine's lock is held.

mod common;

use jit_core::engine::ExecutionEngine;
use jit_mcjit::{Mcjit, symbolize_in_process, try_symbolize_in_process};

/// An engine with multi_a.c and multi_b.c loaded, and multi_b's module name.
fn engine() -> (Mcjit, String) {
    let mut engine = Mcjit::builder().build().unwrap();
    let mut name = String::new();
    for source in ["multi_a", "multi_b"] {
        let path = common::object(source);
        name = path.display().to_string();
        engine
            .add_object_file(&std::fs::read(&path).unwrap(), &name)
            .unwrap();
    }
    (engine, name)
}

#[test]
fn function_addresses_name_their_function() {
    let (mut engine, module) = engine();
    let describe = engine.get_function_address("describe").unwrap();
    let apply = engine.get_function_address("apply_twice_then_add").unwrap();
    assert_ne!(describe, apply);
    for (address, function) in [(describe, "describe"), (apply, "apply_twice_then_add")] {
        let s = engine.symbolize(address).expect("JIT code is symbolized");
        assert_eq!(s.function, function);
        assert_eq!(s.offset, 0);
        assert_eq!(s.module, module);
        // gcc's objects carry no debug information the loader reads.
        assert_eq!(s.file, None);
        let inside = engine.symbolize(address + 1).unwrap();
        assert_eq!((inside.function.as_str(), inside.offset), (function, 1));
        assert_eq!(engine.try_symbolize(address + 1), Some(inside.clone()));
        assert_eq!(symbolize_in_process(address + 1), Some(inside.clone()));
        // It gives up while the process's engine list is locked, which the other test of
        // this binary does for a moment whenever it makes or drops an engine.
        let found = (0..10_000).find_map(|_| {
            try_symbolize_in_process(address + 1).or_else(|| {
                std::thread::yield_now();
                None
            })
        });
        assert_eq!(found, Some(inside));
    }
    // Data and addresses outside the engine's code are not functions.
    let counter = engine.get_global_value_address("shared_counter").unwrap();
    assert_eq!(engine.symbolize(counter), None);
    assert_eq!(engine.symbolize(0), None);
    let local = 0u8;
    assert_eq!(engine.symbolize(&raw const local as u64), None);
    let twice = engine.get_function_address("twice").unwrap();
    let s = engine.symbolize(twice + 2).unwrap();
    assert_eq!((s.function.as_str(), s.offset), ("twice", 2));
    assert!(s.module.ends_with("multi_a.o"), "{s:?}");
}

#[test]
fn try_symbolize_gives_up_while_the_engine_is_locked() {
    let (mut engine, _) = engine();
    let describe = engine.get_function_address("describe").unwrap();
    let held = engine.memory_manager();
    assert_eq!(engine.try_symbolize(describe), None);
    assert_eq!(try_symbolize_in_process(describe), None);
    drop(held);
    assert_eq!(engine.try_symbolize(describe).unwrap().function, "describe");
}
