//! The budget manager on its own (no engine): counting, the budget, release, config.

use budget_mm::BudgetMemoryManager;
use jit_core::memory::{MemoryManager, ModuleId, SectionKind};

#[test]
fn budget_is_enforced_and_released_bytes_count_again() {
    let mut mm = BudgetMemoryManager::from_config("budget=8K,reserve=16M").unwrap();
    let a = ModuleId(1);
    let b = ModuleId(2);
    mm.allocate(SectionKind::Code, 4096, 16, a, ".text")
        .unwrap();
    mm.allocate(SectionKind::ReadOnly, 4000, 8, a, ".rodata")
        .unwrap();
    let e = mm
        .allocate(SectionKind::Code, 200, 16, b, ".text")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("budget of 8192 bytes exceeded (8096 bytes in use)"),
        "{e}"
    );
    assert_eq!(mm.used(), 8096);
    mm.finalize().unwrap();
    mm.release(a);
    assert_eq!(mm.used(), 0);
    mm.allocate(SectionKind::Code, 200, 16, b, ".text").unwrap();
    let s = mm.stats();
    assert_eq!(s.bytes_used, 200);
    assert!(
        s.notes
            .starts_with("budget: 200 of 8192 bytes in use, peak 8096, 1 refused"),
        "{}",
        s.notes
    );
}

#[test]
fn configuration_errors() {
    assert!(BudgetMemoryManager::from_config("").is_ok());
    let e = budget_mm::create("budget=1M,limit=2")
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("unknown configuration key `limit`"), "{e}");
    assert!(budget_mm::create("log=maybe").is_err());
}

#[test]
fn it_registers_itself_when_linked() {
    let names: Vec<&str> = jit_core::memory::registered_managers()
        .iter()
        .map(|f| f.name)
        .collect();
    assert!(names.contains(&"budget"), "{names:?}");
}
