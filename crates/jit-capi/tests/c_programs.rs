//! Builds the C programs of `tests/capi/` against `include/` and the static library
//! `libjit_capi.a` (built by a nested `cargo build`, see [`static_lib`]), runs each, checks its
//! output, and runs it again under valgrind memcheck (no leaks, no invalid accesses).
//!
//! Environment: `JIT_TEST_CC` picks the C compiler (default `cc`, or `aarch64-linux-gnu-gcc`
//! when this test runs under `JIT_TEST_RUNNER` for AArch64); `JIT_TEST_RUNNER` is a command
//! prefix (e.g. QEMU) for running the programs. Valgrind runs only natively and is skipped
//! with a note when it is not installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// `libjit_capi.a`, freshly built: `cargo test` builds only the rlib for this test, so the
/// static library is built here (once per test process) with the same profile and target as
/// this test executable, and found through cargo's JSON messages.
fn static_lib() -> PathBuf {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target profile directory");
        let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        cmd.args([
            "build",
            "--quiet",
            "--message-format=json",
            "-p",
            "jit-capi",
            "--lib",
        ]);
        cmd.current_dir(workspace_root());
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        // Cross builds live in target/<triple>/<profile>.
        if let Some(triple) = profile_dir
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str())
            && triple.contains("-linux-")
        {
            cmd.args(["--target", triple]);
        }
        let out = cmd.output().expect("running cargo build for libjit_capi.a");
        assert!(
            out.status.success(),
            "building libjit_capi.a failed:\n{}",
            show(&out)
        );
        let json = String::from_utf8_lossy(&out.stdout);
        let path = json
            .rsplit('"')
            .find(|s| s.ends_with("/libjit_capi.a"))
            .unwrap_or_else(|| panic!("cargo did not report libjit_capi.a:\n{json}"));
        PathBuf::from(path)
    })
    .clone()
}

fn runner() -> Vec<String> {
    std::env::var("JIT_TEST_RUNNER")
        .map(|r| r.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn compiler() -> String {
    if let Ok(cc) = std::env::var("JIT_TEST_CC") {
        return cc;
    }
    if cfg!(target_arch = "aarch64") && !runner().is_empty() {
        return "aarch64-linux-gnu-gcc".to_string();
    }
    "cc".to_string()
}

fn show(out: &Output) -> String {
    format!(
        "status {}\n--- stdout\n{}--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Compiles `tests/capi/<name>.c` and returns the executable.
fn build(name: &str) -> PathBuf {
    let root = workspace_root();
    let exe = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("capi-{name}"));
    let out = Command::new(compiler())
        .args([
            "-std=c11",
            "-D_POSIX_C_SOURCE=200809L",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-g",
            "-I",
        ])
        .arg(root.join("include"))
        .arg(root.join(format!("tests/capi/{name}.c")))
        .arg("-o")
        .arg(&exe)
        // The whole archive: the built-in memory managers register themselves from static
        // constructors (`inventory`) that nothing references, so a plain archive link drops
        // them.
        .arg("-Wl,--whole-archive")
        .arg(static_lib())
        .arg("-Wl,--no-whole-archive")
        .args(["-lm", "-ldl", "-lpthread", "-lgcc_s", "-lrt"])
        .output()
        .expect("running the C compiler");
    assert!(
        out.status.success(),
        "compiling {name}.c failed:\n{}",
        show(&out)
    );
    exe
}

fn command(prefix: &[String], exe: &Path, args: &[&str]) -> Command {
    let mut cmd = match prefix.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(exe);
            c
        }
        None => Command::new(exe),
    };
    cmd.args(args).current_dir(workspace_root());
    cmd
}

/// Runs a program (through the runner), checks it succeeded and printed `ok` and every line
/// of `expected`, then runs it under valgrind when possible. Returns its stdout.
fn run(name: &str, args: &[&str], expected: &[&str]) -> String {
    let exe = build(name);
    let out = command(&runner(), &exe, args)
        .output()
        .expect("running the program");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{name} failed:\n{}", show(&out));
    for line in expected.iter().chain(&["ok"]) {
        assert!(
            stdout.lines().any(|l| l == *line),
            "{name}: missing line `{line}`:\n{}",
            show(&out)
        );
    }
    valgrind(name, &exe, args);
    stdout
}

fn valgrind(name: &str, exe: &Path, args: &[&str]) {
    if !runner().is_empty() {
        eprintln!(
            "note: {name}: valgrind skipped (programs run under {:?})",
            runner()
        );
        return;
    }
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("note: {name}: valgrind is not installed; memcheck skipped");
        return;
    }
    let supp = workspace_root().join("tests/capi/valgrind.supp");
    let prefix: Vec<String> = [
        "valgrind",
        "--quiet",
        "--error-exitcode=99",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite,indirect",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([format!("--suppressions={}", supp.display())])
    .collect();
    let out = command(&prefix, exe, args)
        .output()
        .expect("running valgrind");
    assert!(
        out.status.success(),
        "{name} under valgrind:\n{}",
        show(&out)
    );
}

#[test]
fn getting_started_sum() {
    let out = run(
        "sum",
        &[],
        &[
            "interp sum(2, 3) = 5",
            "interp fact(10) = 3628800",
            "interp pick(1) = 100",
            "interp pick(2) = 21",
            "interp pick(-9) = 9",
            "interp mem() = 42",
            "interp strsize() = 12",
        ],
    );
    // The native engine runs `sum` through its address where the facade has a backend for
    // the host (x86-64 today); elsewhere MCJIT reports cleanly that it is not available.
    if cfg!(target_arch = "x86_64") {
        assert!(out.contains("mcjit sum(2, 3) = 5"), "{out}");
        assert!(out.contains("any-engine fact(5) = 120"), "{out}");
    } else {
        assert!(
            out.contains("mcjit sum(2, 3) = 5")
                || out.contains("error: the mcjit engine")
                || out.contains("mcjit unavailable: "),
            "{out}"
        );
    }
    assert!(
        out.contains("interp address sum(20, 22) = 42") || out.contains("interp address: "),
        "{out}"
    );
}

#[test]
fn parse_ll_and_run_main() {
    run(
        "parse_run",
        &["examples/hello.ll"],
        &[
            "Hello, world!",
            "hello exit code = 0",
            "inline exit code = 42",
        ],
    );
}

#[test]
fn client_memory_manager() {
    let out = run("memory_manager", &[], &["destroy calls: 1"]);
    assert!(
        out.contains("section: "),
        "the registry lists the section manager:\n{out}"
    );
    if cfg!(target_arch = "x86_64") {
        assert!(out.contains("section manager: answer() = 42"), "{out}");
        assert!(
            out.contains("allocations: code "),
            "the engine used the client's callbacks:\n{out}"
        );
    }
}

#[test]
fn engines_in_an_executor() {
    if !cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        return;
    }
    let executor = jit_tests::executor_command().join(" ");
    let out = run(
        "executor",
        &[&executor],
        &[
            "calls: twice(21) = 42 in another process",
            "main returned 8",
        ],
    );
    assert!(
        out.contains("error: JitCreateCompilerInExecutor: exactly one of"),
        "{out}"
    );
}

#[test]
fn options_struct_size_idiom() {
    let out = run("options", &[], &[]);
    if cfg!(target_arch = "x86_64") {
        assert!(out.contains("smaller struct: engine built"), "{out}");
    }
    assert!(
        out.contains("the header and the library do not match"),
        "{out}"
    );
}

#[test]
fn tiered_engines() {
    let out = run(
        "tiering",
        &[],
        &["defaults: threshold 2000, opt level 2, synchronous 0"],
    );
    // Where the facade has a native backend, functions must really be replaced (published
    // ≥ 1), with the same results and addresses before and after, also with a client
    // memory manager and in the background.
    if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        for line in [
            "tiered: sum_to(1000) = 499500 before tier-up, 499500 after",
            "tiered: fib(20) = 6765 before tier-up, 6765 after",
            "tiered: tier-up seen",
            "client manager: tier-up seen",
            "background: tier-up seen",
        ] {
            assert!(out.lines().any(|l| l == line), "missing `{line}`:\n{out}");
        }
    } else {
        assert!(out.contains("mcjit unavailable: "), "{out}");
    }
    assert!(
        out.contains("the header and the library do not match"),
        "{out}"
    );
    assert!(out.contains("LLVMModuleRef is NULL"), "{out}");
}

#[test]
fn bad_input_gives_errors() {
    let out = run("bad_input", &[], &[]);
    assert!(out.contains("error: bad.ll:2:"), "{out}");
    assert!(out.contains("LLVMExecutionEngineRef is NULL"), "{out}");
}

#[test]
fn run_passes_promotes_a_frontends_allocas() {
    let out = run(
        "passes",
        &[],
        &[
            "gcd(1071, 462) = 21, tally(1000) = 166167, pair(7) = 21",
            "mem2reg,instcombine,simplifycfg: 1 allocas left",
            "default<O2>: 0 allocas left",
        ],
    );
    assert!(
        out.contains("error: unknown pass name 'frobnicate'"),
        "{out}"
    );
    if cfg!(target_arch = "x86_64") {
        assert!(out.contains("mcjit gcd(1071, 462) = 21"), "{out}");
    }
}

/// A scratch file for a program to write.
fn scratch(name: &str) -> String {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(name)
        .display()
        .to_string()
}

#[test]
fn bitcode_reader_and_writer() {
    let path = scratch("capi-bitcode.bc");
    run(
        "bitcode",
        &[&path],
        &[
            "bitcode bytes: multiple of 4",
            "weigh(6) = 13",
            "weigh(8) = 18",
            "weigh(4) = 9",
            "weigh(5) = 12",
            "weigh(3) = 8",
        ],
    );
}

#[test]
fn linker_and_process_symbols() {
    let out = run(
        "linker",
        &[],
        &[
            "interp entry(5) = 1020",
            "interp through_host(14) = 42",
            "yield callback called: yes",
        ],
    );
    assert!(
        out.contains("mcjit entry(5) = 1020") || out.contains("mcjit unavailable: "),
        "{out}"
    );
    if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        assert!(out.contains("mcjit through_host(14) = 42"), "{out}");
    }
}

#[test]
fn frontend_style_client() {
    let path = scratch("capi-frontend.o");
    let out = run(
        "frontend",
        &[&path],
        &[
            "passes: default<O2>",
            "object: ELF",
            "fib(20) = 6765",
            "runtime says: 62 from the frontend",
            "main() = 62",
            "yields: several",
        ],
    );
    let obj = std::fs::read(&path).expect("the object file was written");
    assert_eq!(&obj[..4], b"\x7fELF", "{out}");
}

#[test]
fn exception_handling_builder() {
    run("exceptions", &[], &["guarded(21) = 42"]);
}

#[test]
fn libraries_and_the_cxx_runtime() {
    // The library the program loads by path, built with the programs' compiler.
    let so = Path::new(env!("CARGO_TARGET_TMPDIR")).join("libraries_plugin.so");
    let out = Command::new(compiler())
        .args(["-shared", "-fPIC", "-O2"])
        .arg(workspace_root().join("tests/capi/libraries_plugin.c"))
        .arg("-o")
        .arg(&so)
        .output()
        .expect("running the C compiler");
    assert!(
        out.status.success(),
        "building the library:\n{}",
        show(&out)
    );
    let so = so.display().to_string();
    let out = run(
        "libraries",
        &[&so],
        &[
            "interp: roundtrip(41) = 42 through libstdc++",
            "interp: overridden operator new called 1 time(s)",
            "interp: scaled(6) = 42 from the loaded library",
            "interp: error names the libraries searched",
        ],
    );
    if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
        for line in [
            "mcjit: roundtrip(41) = 42 through libstdc++",
            "mcjit: overridden operator new called 1 time(s)",
            "mcjit: scaled(6) = 42 from the loaded library",
            "mcjit: error names the libraries searched",
        ] {
            assert!(out.lines().any(|l| l == line), "missing `{line}`:\n{out}");
        }
    }
    assert!(
        out.contains("error: cannot load library `/nonexistent/libsurely-missing.so`: "),
        "{out}"
    );
}

#[test]
fn event_listeners_write_perf_map_and_jitdump() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("capi-listeners-jitdump");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let out = run("listeners", &[dir.to_str().expect("UTF-8 path")], &[]);
    if out.contains("mcjit unavailable: ") {
        return;
    }
    assert!(
        out.contains("perf map names sum_to at its address"),
        "{out}"
    );
    assert!(out.contains("tiered: "), "{out}");
    // One dump per run (the program, then again under valgrind when it is installed).
    let mut dumps = 0;
    for entry in std::fs::read_dir(&dir).expect("the dump directory") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("the dump");
        let (_, records) = jit_perf::jitdump::read_dump(&bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let loads = records
            .iter()
            .filter(|r| {
                matches!(r, jit_perf::jitdump::Record::CodeLoad(c)
                    if c.name == "sum_to" && !c.code.is_empty())
            })
            .count();
        // The plain engine's function, then the tiered engine's body, stub and
        // replacement.
        assert!(loads >= 4, "{}: {records:?}", path.display());
        dumps += 1;
    }
    assert!(dumps >= 1);
}

#[test]
fn symbolize_addresses_and_gdb_default() {
    let out = run("symbolize", &[], &[]);
    if out.contains("mcjit unavailable: ") {
        return;
    }
    for line in [
        "gdb registration off: no object registered",
        "scale symbolized with file and lines",
        "gdb registration on: objects registered",
        "tiered: the entry stub is scale",
    ] {
        assert!(out.lines().any(|l| l == line), "missing `{line}`:\n{out}");
    }
}

/// An LLVM-C MCJIT client (`debug_main.c`) under gdb: the engine registers its code with
/// GDB's JIT interface by default, so a breakpoint by name in the program's `-g` IR stops
/// at the source line, with arguments, and `bt` walks the JIT frames into the C caller.
/// Skipped, saying why, without gdb, under an emulator or where ptrace is not allowed.
#[test]
fn gdb_debugs_code_of_a_c_api_client() {
    if !cfg!(target_arch = "x86_64") || !runner().is_empty() {
        eprintln!("skipped: gdb runs the x86-64 native program only");
        return;
    }
    if Command::new("gdb").arg("--version").output().is_err() {
        eprintln!("skipped: no gdb");
        return;
    }
    let exe = build("debug_main");
    let dir = workspace_root().join("crates/jit-cli/tests/gdb");
    let out = Command::new("gdb")
        .current_dir(&dir)
        .args(["-batch", "-nx", "-iex", "set debuginfod enabled off"])
        .args(["-iex", "set breakpoint pending on"])
        .args(["-ex", "break hot_spot", "-ex", "run", "-ex", "bt"])
        .args(["-ex", "delete", "-ex", "continue"])
        .arg("--args")
        .arg(&exe)
        .arg("prog.O0.ll")
        .env_remove("JIT_GDB")
        .output()
        .expect("running gdb");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if text.contains("ptrace: Operation not permitted") {
        eprintln!("skipped: gdb cannot trace processes here");
        return;
    }
    let mut rest = text.as_str();
    for want in [
        "Breakpoint 1, hot_spot (rounds=10, p=0x",
        ") at prog.c:13",
        "#1  0x",
        " in run (n=2) at prog.c:26",
        " in main () at prog.c:31",
        // Through the engine's Rust frames into the C client.
        " in main (argc=2, argv=0x",
        "tests/capi/debug_main.c:",
        "result 253097364 checksum 253094478",
        "exit 0",
    ] {
        let at = rest
            .find(want)
            .unwrap_or_else(|| panic!("gdb output lacks `{want}` (in order):\n{text}"));
        rest = &rest[at + want.len()..];
    }
}
