//! What C++ programs need from the engines beyond the IR, on both engines: the C++ runtime
//! found without being asked for, constructors of several modules merged by priority,
//! one copy of a `linkonce_odr` definition shared by every module (an inline function's
//! static local), libraries loaded and symbols mapped through the builder, and
//! undefined-symbol errors that say who needs the symbol and where the engine looked.

use jit::jit_core::engine::{ExecutionEngine, GenericValue};
use jit::{EngineBuilder, EngineKind, JitError};

fn engines() -> Vec<EngineKind> {
    let mut out = vec![EngineKind::Interpreter];
    if jit::native_backend().is_ok() {
        out.push(EngineKind::Mcjit);
    }
    out
}

fn build(kind: EngineKind) -> Box<dyn ExecutionEngine> {
    EngineBuilder::new().kind(kind).build().unwrap()
}

fn add(e: &mut dyn ExecutionEngine, text: &str, name: &str) {
    e.add_module(jit::load_module_str(text, name).unwrap())
        .unwrap();
}

fn call_i64(e: &mut dyn ExecutionEngine, f: &str, args: &[GenericValue]) -> i64 {
    match e.run_function(f, args) {
        Ok(v) => v.as_i64(),
        Err(err) => panic!("{f}: {err}"),
    }
}

/// `operator new` and `operator delete` are in libstdc++, which nothing here links: the
/// engine opens it when the module needs them.
#[test]
fn the_cxx_runtime_is_found_without_being_asked_for() {
    const TEXT: &str = r#"
declare ptr @_Znwm(i64)
declare void @_ZdlPv(ptr)
define i64 @roundtrip(i64 %x) {
  %p = call ptr @_Znwm(i64 16)
  store i64 %x, ptr %p
  %q = getelementptr i8, ptr %p, i64 8
  store i64 1, ptr %q
  %a = load i64, ptr %p
  %b = load i64, ptr %q
  call void @_ZdlPv(ptr %p)
  %r = add i64 %a, %b
  ret i64 %r
}
"#;
    for kind in engines() {
        let mut e = build(kind);
        add(e.as_mut(), TEXT, "new_delete.ll");
        assert_eq!(
            call_i64(e.as_mut(), "roundtrip", &[GenericValue::int(64, 41)]),
            42,
            "{kind:?}"
        );
    }
    assert!(
        jit::dylib::searched_libraries()
            .iter()
            .any(|l| l == "libstdc++.so.6")
    );
}

/// `llvm.global_ctors` of three modules: every constructor of the engine runs by priority
/// (lower first), equal priorities in module order then array order, as a static linker
/// sorts `.init_array.N` over its inputs; destructors in exactly the reverse order.
#[test]
fn constructors_of_several_modules_run_by_priority() {
    const LOG: &str = r#"
@log = global [32 x i8] zeroinitializer
@len = global i64 0
define void @note(i8 %c) {
  %n = load i64, ptr @len
  %p = getelementptr [32 x i8], ptr @log, i64 0, i64 %n
  store i8 %c, ptr %p
  %m = add i64 %n, 1
  store i64 %m, ptr @len
  ret void
}
define i64 @logged(i64 %i) {
  %p = getelementptr [32 x i8], ptr @log, i64 0, i64 %i
  %c = load i8, ptr %p
  %r = zext i8 %c to i64
  ret i64 %r
}
define i64 @length() {
  %n = load i64, ptr @len
  ret i64 %n
}
"#;
    // Module `a`: c(65535) d(200); module `b`: e(65535) f(101) g(200); `c`: h(150).
    let module = |ctors: &[(u32, char)], dtors: &[(u32, char)]| {
        let mut text = String::from("declare void @note(i8)\n");
        let mut table = |name: &str, list: &[(u32, char)], prefix: &str| {
            if list.is_empty() {
                return;
            }
            let entries: Vec<String> = list
                .iter()
                .map(|(p, c)| {
                    format!("{{ i32, ptr, ptr }} {{ i32 {p}, ptr @{prefix}_{c}, ptr null }}")
                })
                .collect();
            text.push_str(&format!(
                "@{name} = appending global [{} x {{ i32, ptr, ptr }}] [{}]\n",
                list.len(),
                entries.join(", ")
            ));
            for (_, c) in list {
                let code = if prefix == "dtor" {
                    c.to_ascii_lowercase()
                } else {
                    *c
                } as u32;
                text.push_str(&format!(
                    "define internal void @{prefix}_{c}() {{\n  call void @note(i8 {code})\n  ret void\n}}\n"
                ));
            }
        };
        table("llvm.global_ctors", ctors, "ctor");
        table("llvm.global_dtors", dtors, "dtor");
        text
    };
    let a = module(&[(65535, 'C'), (200, 'D')], &[(65535, 'C'), (200, 'D')]);
    let b = module(&[(65535, 'E'), (101, 'F'), (200, 'G')], &[(101, 'F')]);
    let c = module(&[(150, 'H')], &[(150, 'H')]);
    for kind in engines() {
        let mut e = build(kind);
        add(e.as_mut(), LOG, "log.ll");
        add(e.as_mut(), &a, "a.ll");
        add(e.as_mut(), &b, "b.ll");
        add(e.as_mut(), &c, "c.ll");
        e.run_static_constructors().unwrap();
        e.run_static_destructors().unwrap();
        let n = call_i64(e.as_mut(), "length", &[]);
        let log: String = (0..n)
            .map(|i| {
                call_i64(e.as_mut(), "logged", &[GenericValue::int(64, i as u128)]) as u8 as char
            })
            .collect();
        // Constructors F(101) H(150) D(200) G(200) C E; destructors reversed: c(65535),
        // d(200), h(150), f(101).
        assert_eq!(log, "FHDGCEcdhf", "{kind:?}");
    }
}

/// Two modules with the same inline function and its static local (`linkonce_odr`, as
/// clang emits them in a comdat): no duplicate-symbol error, and both modules use one
/// counter, as a static linker keeps the first definition.
#[test]
fn linkonce_odr_definitions_are_shared_across_modules() {
    let unit = |user: &str| {
        format!(
            r#"
@_ZZ4bumpvE5count = linkonce_odr global i32 0
define linkonce_odr i32 @_Z4bumpv() {{
  %v = load i32, ptr @_ZZ4bumpvE5count
  %w = add i32 %v, 1
  store i32 %w, ptr @_ZZ4bumpvE5count
  ret i32 %w
}}
define i64 @{user}() {{
  %r = call i32 @_Z4bumpv()
  %x = sext i32 %r to i64
  ret i64 %x
}}
"#
        )
    };
    for kind in engines() {
        let mut e = build(kind);
        add(e.as_mut(), &unit("first_user"), "one.ll");
        add(e.as_mut(), &unit("second_user"), "two.ll");
        let got = [
            call_i64(e.as_mut(), "first_user", &[]),
            call_i64(e.as_mut(), "second_user", &[]),
            call_i64(e.as_mut(), "first_user", &[]),
            call_i64(e.as_mut(), "second_user", &[]),
        ];
        assert_eq!(got, [1, 2, 3, 4], "{kind:?}");
    }
}

extern "C" fn host_twice(x: i64) -> i64 {
    2 * x
}

/// The builder loads libraries before the engine exists (their symbols resolve the
/// modules' names) and maps symbols into the engine it builds; a library that does not
/// load is an error naming it.
#[test]
fn builder_loads_libraries_and_maps_symbols() {
    // libatomic: a system library this test binary does not link.
    const TEXT: &str = r#"
declare i1 @__atomic_is_lock_free(i64, ptr)
declare i64 @host_twice(i64)
define i64 @probe(i64 %x) {
  %f = call i1 @__atomic_is_lock_free(i64 4, ptr null)
  %b = zext i1 %f to i64
  %t = call i64 @host_twice(i64 %x)
  %r = add i64 %t, %b
  ret i64 %r
}
"#;
    for kind in engines() {
        let mut e = EngineBuilder::new()
            .kind(kind)
            .load_library("libatomic.so.1")
            .symbol("host_twice", host_twice as *const () as u64)
            .build()
            .unwrap();
        add(e.as_mut(), TEXT, "probe.ll");
        assert_eq!(
            call_i64(e.as_mut(), "probe", &[GenericValue::int(64, 20)]),
            41,
            "{kind:?}: 4-byte atomics are lock-free on both targets"
        );
    }
    assert!(
        jit::dylib::searched_libraries()
            .iter()
            .any(|l| l == "libatomic.so.1 (loaded)")
    );
    let err = EngineBuilder::new()
        .load_library("/nonexistent/libnothing.so")
        .build()
        .err()
        .expect("a missing library is an error");
    assert!(
        matches!(&err, JitError::Library(m) if m.contains("/nonexistent/libnothing.so")),
        "{err}"
    );
    let err = EngineBuilder::new()
        .link_library("surely-not-a-library")
        .build()
        .err()
        .expect("a missing library is an error");
    assert!(err.to_string().contains("-lsurely-not-a-library"), "{err}");
}

/// The error names the symbol, the function that refers to it, the module, and every
/// library searched, the C++ runtime included.
#[test]
fn undefined_symbols_say_who_needs_them_and_where_the_engine_looked() {
    const TEXT: &str = r#"
declare i64 @_Z19nowhere_to_be_foundl(i64)
define i64 @caller(i64 %x) {
  %r = call i64 @_Z19nowhere_to_be_foundl(i64 %x)
  ret i64 %r
}
"#;
    for kind in engines() {
        let mut e = build(kind);
        add(e.as_mut(), TEXT, "needs.ll");
        let err = e
            .run_function("caller", &[GenericValue::int(64, 1)])
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "undefined symbol `_Z19nowhere_to_be_foundl` referenced by `caller` in module \
                 `needs.ll`; searched the engine's modules and global mappings, the process \
                 (dlsym), "
            ),
            "{kind:?}: {err}"
        );
        for lib in ["libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"] {
            assert!(err.contains(lib), "{kind:?}: {lib} missing from {err}");
        }
    }
}
