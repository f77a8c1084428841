//! Memory managers through the facade: the build-time registry, plugins (the example
//! `budget` plugin and a deliberately broken test plugin), W^X after finalize, and stress.
//!
//! Native-code tests run on x86-64 only (the AArch64 backend is not there yet); the
//! registry and plugin-loading error tests run everywhere.

// Links the example downstream manager in: `budget` must join the registry through
// `inventory` without any code here naming its factory.
use budget_mm as _;

use jit::jit_core::memory::MemoryManager;
use jit::{JitError, Mcjit, McjitBuilder};
use std::path::PathBuf;

/// The managers every native test runs under: the registry's and the example plugin.
const MANAGERS: &[&str] = &["section", "pool", "huge", "budget", "plugin:budget"];

/// Whether this build has `spec`'s manager (the facade's features decide for the
/// workspace's managers; plugins are always there).
fn available(spec: &str) -> bool {
    let name = spec.split(':').next().unwrap_or(spec);
    name == "plugin"
        || jit::available_memory_managers()
            .iter()
            .any(|f| f.name == name)
}

fn native() -> bool {
    std::env::consts::ARCH == "x86_64"
}

/// A `cdylib` of this workspace, built as a dev-dependency next to the test binary.
fn plugin_path(crate_name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let deps = exe.parent().unwrap();
    let file = format!("lib{crate_name}.so");
    for dir in [deps, deps.parent().unwrap()] {
        if dir.join(&file).exists() {
            return dir.join(&file);
        }
    }
    panic!("{file} was not built next to {}", exe.display())
}

fn make(manager: &str) -> Box<dyn MemoryManager> {
    match manager.strip_prefix("plugin:") {
        Some("budget") => Box::new(
            jit::load_memory_manager_plugin(&plugin_path("budget_mm"), "budget=256M").unwrap(),
        ),
        Some(other) => panic!("no plugin {other}"),
        None => jit::create_memory_manager(manager).unwrap(),
    }
}

fn engine(manager: &str) -> Mcjit {
    McjitBuilder::new()
        .backend(jit::native_backend().unwrap())
        .memory_manager(make(manager))
        .build()
        .unwrap()
}

/// A module with code, read-only data and read-write data: `@f(x)` returns
/// `x + k + table[1] + counter++`.
fn small_module(name: &str, k: i32) -> jit::jit_core::ir::Module {
    let text = format!(
        "@table = private constant [2 x i32] [i32 0, i32 {k}]\n\
         @counter = internal global i32 0\n\
         define i32 @f_{name}(i32 %x) {{\n\
           %t = load i32, ptr getelementptr inbounds ([2 x i32], ptr @table, i64 0, i64 1)\n\
           %c = load i32, ptr @counter\n\
           %c1 = add i32 %c, 1\n\
           store i32 %c1, ptr @counter\n\
           %a = add i32 %x, %t\n\
           %r = add i32 %a, %c\n\
           ret i32 %r\n\
         }}\n"
    );
    jit::load_module_str(&text, name).unwrap()
}

fn call_i32(e: &mut Mcjit, name: &str, x: i32) -> i32 {
    let addr = e.get_function_address(name).unwrap();
    assert_ne!(addr, 0);
    // SAFETY: `name` was compiled from `define i32 @name(i32)` for this machine.
    let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(addr as usize) };
    f(x)
}

/// Every mapping of this process that is writable and executable at once.
fn wx_mappings() -> Vec<String> {
    std::fs::read_to_string("/proc/self/maps")
        .unwrap()
        .lines()
        .filter(|l| {
            let perms = l.split_whitespace().nth(1).unwrap_or("");
            perms.contains('w') && perms.contains('x')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn registry_has_what_the_features_link_in() {
    let names: Vec<&str> = jit::available_memory_managers()
        .iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(names.contains(&"section"), cfg!(feature = "section"));
    assert_eq!(names.contains(&"pool"), cfg!(feature = "pool"));
    assert_eq!(names.contains(&"huge"), cfg!(feature = "huge"));
    // Linked at build time through `inventory`, from the example crate.
    assert!(names.contains(&"budget"), "{names:?}");
    for f in jit::available_memory_managers() {
        assert!(!f.description.is_empty(), "{}", f.name);
    }
}

#[test]
fn unknown_names_and_bad_configurations_are_clear_errors() {
    let e = jit::create_memory_manager("warp")
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("unknown memory manager `warp`"), "{e}");
    assert!(e.contains("budget"), "lists what is available: {e}");
    let e = jit::create_memory_manager("budget:budget=lots")
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("`budget=lots` is not a size"), "{e}");
    let e = jit::EngineBuilder::new()
        .kind(jit::EngineKind::Mcjit)
        .memory_manager_by_name("budget:colour=blue")
        .build()
        .err()
        .unwrap();
    assert!(matches!(e, JitError::MemoryManager(_)), "{e:?}");
    assert!(
        e.to_string().contains("unknown configuration key `colour`"),
        "{e}"
    );
}

#[test]
fn every_manager_runs_code_through_the_builder() {
    if !native() {
        return;
    }
    for spec in [
        "section",
        "pool:reserve=64M",
        "huge:code=16M,data=8M",
        "budget:budget=1M",
    ]
    .into_iter()
    .filter(|m| available(m))
    {
        let mut e = jit::EngineBuilder::new()
            .kind(jit::EngineKind::Mcjit)
            .memory_manager_by_name(spec)
            .build()
            .unwrap();
        let m = jit::load_module_str(
            "define i32 @main(i32 %argc, ptr %argv) {\n  ret i32 42\n}\n",
            "m",
        )
        .unwrap();
        assert_eq!(
            jit::run_program(e.as_mut(), m, &["m".into()]).unwrap(),
            42,
            "{spec}"
        );
    }
    let mut e = jit::EngineBuilder::new()
        .kind(jit::EngineKind::Mcjit)
        .memory_manager_plugin_with_config(plugin_path("budget_mm"), "budget=1M")
        .build()
        .unwrap();
    let m = jit::load_module_str("define i32 @main() {\n  ret i32 9\n}\n", "m").unwrap();
    assert_eq!(jit::run_program(e.as_mut(), m, &["m".into()]).unwrap(), 9);
}

#[test]
fn no_mapping_is_writable_and_executable_after_finalize() {
    if !native() {
        return;
    }
    for &manager in MANAGERS.iter().filter(|m| available(m)) {
        let mut e = engine(manager);
        for i in 0..20 {
            use jit::jit_core::ExecutionEngine;
            e.add_module(small_module(&format!("m{i}"), i)).unwrap();
        }
        e.finalize().unwrap();
        assert_eq!(call_i32(&mut e, "f_m3", 10), 13, "{manager}");
        assert_eq!(
            call_i32(&mut e, "f_m3", 10),
            14,
            "{manager}: counter is writable"
        );
        let wx = wx_mappings();
        assert!(wx.is_empty(), "{manager}: W+X mappings:\n{}", wx.join("\n"));
        let s = e.memory_manager().stats();
        assert!(s.publishes >= 1 && s.allocations >= 20, "{manager}: {s:?}");
    }
}

/// The plugin's budget is enforced and reported, and freed memory counts again.
#[test]
fn budget_plugin_enforces_its_budget() {
    if !native() {
        return;
    }
    use jit::jit_core::ExecutionEngine;
    let mm = jit::load_memory_manager_plugin(&plugin_path("budget_mm"), "budget=200").unwrap();
    assert_eq!(mm.name(), "budget");
    assert!(mm.description().contains("budget"));
    let mut e = McjitBuilder::new()
        .backend(jit::native_backend().unwrap())
        .memory_manager(Box::new(mm))
        .build()
        .unwrap();
    let h = e.add_module(small_module("a", 1)).unwrap();
    assert_eq!(call_i32(&mut e, "f_a", 1), 2);
    e.add_module(small_module("b", 1)).unwrap();
    let err = e.get_function_address("f_b").unwrap_err().to_string();
    assert!(err.contains("budget of 200 bytes exceeded"), "{err}");
    let used = e.memory_manager().stats().bytes_used;
    assert!(used > 0 && used <= 200, "{used}");
    assert!(e.memory_manager().stats().notes.contains("refused"));
    e.remove_module(h).unwrap();
    assert_eq!(e.memory_manager().stats().bytes_used, 0);
}

fn plugin_error(config: &str) -> String {
    match jit::load_memory_manager_plugin(&plugin_path("test_mm_plugin"), config) {
        Ok(_) => panic!("mode `{config}` loaded"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn broken_plugins_are_clear_errors() {
    let e = plugin_error("version=2");
    assert!(
        e.contains("plugin ABI version 2, but this engine speaks version 1"),
        "{e}"
    );
    let e = plugin_error("small");
    assert!(e.contains("table is 8 bytes, smaller than"), "{e}");
    let e = plugin_error("null_callbacks");
    assert!(
        e.contains("mandatory callbacks are NULL: allocate_data, finalize"),
        "{e}"
    );
    let e = plugin_error("entry_null");
    assert!(
        e.contains("entry point failed: the test plugin was told to fail"),
        "{e}"
    );
    let e = plugin_error("entry_null_silent");
    assert!(e.contains("entry point failed: no message"), "{e}");
    let e = plugin_error("panic_create");
    assert!(e.contains("panicked while being created"), "{e}");
    let e = plugin_error("no_such_mode");
    assert!(e.contains("unknown mode `no_such_mode`"), "{e}");
    // A library without the entry symbol, and no library at all.
    let e =
        jit::load_memory_manager_plugin(&plugin_path("budget_mm").with_file_name("nope.so"), "")
            .err()
            .unwrap()
            .to_string();
    assert!(e.contains("nope.so") && e.contains("cannot open"), "{e}");
    let not_plugin = std::env::current_exe().unwrap();
    let e = jit::load_memory_manager_plugin(&not_plugin, "")
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("dlopen failed") || e.contains("no `jit_memory_manager_plugin_v1`"),
        "{e}"
    );
}

#[test]
fn misbehaving_plugin_callbacks_are_clear_errors() {
    if !native() {
        return;
    }
    use jit::jit_core::ExecutionEngine;
    let with = |mode: &str| {
        let mm = jit::load_memory_manager_plugin(&plugin_path("test_mm_plugin"), mode).unwrap();
        McjitBuilder::new()
            .backend(jit::native_backend().unwrap())
            .memory_manager(Box::new(mm))
            .build()
            .unwrap()
    };
    let mut e = with("null_alloc");
    e.add_module(small_module("a", 1)).unwrap();
    let err = e.get_function_address("f_a").unwrap_err().to_string();
    assert!(err.contains("returned NULL"), "{err}");

    let mut e = with("fail_finalize");
    e.add_module(small_module("a", 1)).unwrap();
    let err = e.get_function_address("f_a").unwrap_err().to_string();
    assert!(err.contains("the test plugin refuses to finalize"), "{err}");

    // Only the mandatory part of the table: no release or stats, still runs.
    let mut e = with("minimal");
    e.add_module(small_module("a", 4)).unwrap();
    assert_eq!(call_i32(&mut e, "f_a", 1), 5);
    let mut e = with("");
    e.add_module(small_module("a", 4)).unwrap();
    assert_eq!(call_i32(&mut e, "f_a", 1), 5);
    assert!(e.memory_manager().stats().notes.starts_with("plugin "));
}

/// 100,000 small functions in one engine, all callable (one generated module).
fn many_functions(manager: &str, n: usize) {
    use std::fmt::Write;
    let mut text = String::with_capacity(n * 64);
    for i in 0..n {
        writeln!(
            text,
            "define i32 @g{i}(i32 %x) {{\n  %r = add i32 %x, {i}\n  ret i32 %r\n}}"
        )
        .unwrap();
    }
    let module = jit::load_module_str(&text, "many").unwrap();
    let mut e = engine(manager);
    use jit::jit_core::ExecutionEngine;
    e.add_module(module).unwrap();
    e.finalize().unwrap();
    let s = e.memory_manager().stats();
    assert!(s.bytes_used >= n as u64 * 4, "{manager}: {s:?}");
    for i in 0..n {
        assert_eq!(
            call_i32(&mut e, &format!("g{i}"), 1),
            i as i32 + 1,
            "{manager}"
        );
    }
}

#[test]
fn one_hundred_thousand_functions_in_one_engine() {
    if !native() {
        return;
    }
    for manager in ["section", "pool", "huge", "plugin:budget"]
        .into_iter()
        .filter(|m| available(m))
    {
        many_functions(manager, 100_000);
    }
}

/// Resident set size of this process, in bytes.
fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

/// Add a module, call it, remove it, `cycles` times: the manager's memory stays flat.
fn add_call_remove(manager: &str, cycles: usize) {
    use jit::jit_core::ExecutionEngine;
    let mut e = engine(manager);
    let mut module = small_module("c", 7);
    let mut baseline = None;
    for i in 0..cycles {
        let h = e.add_module(module).unwrap();
        assert_eq!(call_i32(&mut e, "f_c", 1), 8, "{manager} cycle {i}");
        if i == 16 {
            baseline = Some(e.memory_manager().stats());
        }
        module = e.remove_module(h).unwrap();
        let s = e.memory_manager().stats();
        assert_eq!(s.bytes_used, 0, "{manager} cycle {i}: {s:?}");
        if let Some(b) = &baseline {
            assert!(
                s.mappings <= b.mappings && s.bytes_reserved <= b.bytes_reserved,
                "{manager} cycle {i}: mapped memory grew from {b:?} to {s:?}"
            );
        }
    }
}

#[test]
fn add_call_remove_cycles_keep_memory_flat() {
    if !native() {
        return;
    }
    for &manager in MANAGERS.iter().filter(|m| available(m)) {
        add_call_remove(manager, 2_000);
    }
}

/// The full count, with resident memory checked too (alone in its process, so
/// other tests do not disturb the figure). Run with `cargo xtask soak` (a release build);
/// `cargo xtask test` runs the 2,000-cycle slice above.
#[test]
#[ignore = "one million cycles per manager take minutes; run explicitly"]
fn a_million_add_call_remove_cycles() {
    if !native() {
        return;
    }
    for &manager in MANAGERS.iter().filter(|m| available(m)) {
        add_call_remove(manager, 10_000);
        let before = rss_bytes();
        add_call_remove(manager, 1_000_000);
        let grew = rss_bytes().saturating_sub(before);
        assert!(
            grew < 16 << 20,
            "{manager}: resident memory grew by {grew} bytes over a million cycles"
        );
    }
}
