//! End to end under GDB: this program compiles a small module with the x86-64 backend,
//! links it with `jit_link::Linker`, registers it with the GDB JIT interface together with
//! hand-made debug information for a fake C source (`demo.c`, lines found by decoding the
//! code), and calls it. Run as a test it runs itself under `gdb -batch` and checks that
//! GDB stops in the JIT function at the right `file:line`, shows the frames and the
//! arguments, breaks by `file:line`, and finishes back into the JIT caller.
//!
//! Skipped (passing, with a message) without `gdb` or off x86-64.

use std::path::Path;
use std::process::{Command, ExitCode};

/// Set (to the directory holding `demo.c`) in the environment of the debuggee run.
const DEBUGGEE_ENV: &str = "JIT_GDB_DEBUGGEE";

/// The source GDB shows; the module below is what a compiler could make of it.
const DEMO_C: &str = "\
#include <stdio.h>

int hot_spot(int n) {
  int acc = n * 3;
  acc = acc + 7;
  return acc;
}

int outer(int n) {
  int r = hot_spot(n + 1);
  return r + 1;
}
";

const MODULE: &str = "
define i32 @hot_spot(i32 %n) {
entry:
  %n.addr = alloca i32
  %acc = alloca i32
  store i32 %n, ptr %n.addr
  %v = load i32, ptr %n.addr
  %m = mul i32 %v, 3
  store i32 %m, ptr %acc
  %a = load i32, ptr %acc
  %b = add i32 %a, 7
  store i32 %b, ptr %acc
  %r = load i32, ptr %acc
  ret i32 %r
}

define i32 @outer(i32 %n) {
entry:
  %n.addr = alloca i32
  %r = alloca i32
  store i32 %n, ptr %n.addr
  %v = load i32, ptr %n.addr
  %n1 = add i32 %v, 1
  %c = call i32 @hot_spot(i32 %n1)
  store i32 %c, ptr %r
  %x = load i32, ptr %r
  %y = add i32 %x, 1
  ret i32 %y
}
";

fn main() -> ExitCode {
    if let Some(dir) = std::env::var_os(DEBUGGEE_ENV) {
        return debuggee::run(Path::new(&dir));
    }
    if !cfg!(all(target_arch = "x86_64", target_os = "linux")) {
        println!("gdb: skipped: the GDB test runs on x86-64 Linux only");
        return ExitCode::SUCCESS;
    }
    match Command::new("gdb").arg("--version").output() {
        Ok(o) if o.status.success() => {}
        _ => {
            println!("gdb: skipped: no `gdb` on PATH");
            return ExitCode::SUCCESS;
        }
    }
    match under_gdb() {
        Ok(()) => {
            println!("gdb: ok");
            ExitCode::SUCCESS
        }
        Err(Outcome::Skip(why)) => {
            println!("gdb: skipped: {why}");
            ExitCode::SUCCESS
        }
        Err(Outcome::Fail(why)) => {
            eprintln!("gdb: FAILED: {why}");
            ExitCode::FAILURE
        }
    }
}

/// Why the GDB run did not pass.
enum Outcome {
    /// The environment cannot run the test (no ptrace, ...).
    Skip(String),
    /// A check failed.
    Fail(String),
}

fn fail(why: impl Into<String>) -> Outcome {
    Outcome::Fail(why.into())
}

/// Runs this program under GDB as the debuggee and checks what GDB prints.
fn under_gdb() -> Result<(), Outcome> {
    let exe = std::env::current_exe().map_err(|e| fail(format!("current_exe: {e}")))?;

    // The interface's symbols are in the binary, under their C names.
    if let Ok(o) = Command::new("nm").arg(&exe).output() {
        let syms = String::from_utf8_lossy(&o.stdout);
        for name in ["__jit_debug_register_code", "__jit_debug_descriptor"] {
            if !syms
                .lines()
                .any(|l| l.split_whitespace().last() == Some(name))
            {
                return Err(fail(format!("`nm {}` does not list {name}", exe.display())));
            }
        }
    }

    let dir = std::env::temp_dir().join(format!("jit-gdb-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| fail(format!("{}: {e}", dir.display())))?;
    let source = dir.join("demo.c");
    std::fs::write(&source, DEMO_C).map_err(|e| fail(format!("{}: {e}", source.display())))?;

    let commands = [
        "set pagination off",
        "set confirm off",
        "set breakpoint pending on",
        "set print address off",
        "break hot_spot",
        "break jit_gdb_test_after_free",
        "run",
        "bt",
        "info args",
        "info locals",
        "break demo.c:5",
        "continue",
        "info locals",
        "print n * 2",
        "info source",
        "finish",
        "info symbol $pc",
        "continue",
        "print outer",
        "continue",
    ];
    let mut cmd = Command::new("gdb");
    cmd.args(["-batch", "-nx", "-iex", "set debuginfod enabled off"]);
    for c in commands {
        cmd.args(["-ex", c]);
    }
    cmd.arg("--args").arg(&exe).env(DEBUGGEE_ENV, &dir);
    let out = cmd
        .output()
        .map_err(|e| fail(format!("running gdb: {e}")))?;
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    println!("--- gdb stdout ---\n{stdout}--- gdb stderr ---\n{stderr}------------------");
    if stderr.contains("ptrace: Operation not permitted")
        || stderr.contains("Couldn't get registers")
        || stdout.contains("ptrace: Operation not permitted")
    {
        return Err(Outcome::Skip(
            "gdb cannot trace processes here (ptrace)".into(),
        ));
    }
    // GDB prints some messages (`Run till exit`) on stderr in batch mode.
    check(&format!("{stdout}{stderr}"), &source.display().to_string())
}

/// The checks on GDB's output; `source` is the path of `demo.c`.
fn check(out: &str, source: &str) -> Result<(), Outcome> {
    let lines: Vec<&str> = out.lines().collect();
    let find = |what: &str, pred: &dyn Fn(&str) -> bool| -> Result<usize, Outcome> {
        lines
            .iter()
            .position(|l| pred(l))
            .ok_or_else(|| fail(format!("no line with {what}")))
    };
    // Stopped in the JIT function, after its prologue, at the first statement.
    let stop = find("the stop in hot_spot", &|l| {
        l.starts_with("Breakpoint 1, hot_spot (n=6) at ") && l.ends_with("demo.c:4")
    })?;
    if lines
        .get(stop + 1)
        .is_none_or(|l| !l.contains("int acc = n * 3;"))
    {
        return Err(fail("the source line after the stop is not line 4"));
    }
    // The frames: both JIT functions with arguments and positions, then the Rust caller.
    let f0 = find("frame #0", &|l| {
        l.starts_with("#0  hot_spot (n=6) at ") && l.ends_with("demo.c:4")
    })?;
    let f1 = lines.get(f0 + 1).copied().unwrap_or_default();
    if !(f1.starts_with("#1  ") && f1.contains("outer (n=5) at ") && f1.ends_with("demo.c:10")) {
        return Err(fail(format!("frame #1 is not outer at demo.c:10: {f1:?}")));
    }
    let f2 = lines.get(f0 + 2).copied().unwrap_or_default();
    if !(f2.starts_with("#2  ") && f2.contains("call_outer")) {
        return Err(fail(format!("frame #2 is not the Rust caller: {f2:?}")));
    }
    if !lines
        .iter()
        .any(|l| l.starts_with("#3  ") && l.contains("run"))
    {
        return Err(fail("the backtrace does not go on into Rust frames"));
    }
    // `info args` after the backtrace.
    find("n = 6", &|l| l == "n = 6")?;
    find("acc in info locals", &|l| l.starts_with("acc = "))?;
    // Breakpoint by file:line, locals there.
    find("the stop at demo.c:5", &|l| {
        l.starts_with("Breakpoint 3, hot_spot (n=6) at ") && l.ends_with("demo.c:5")
    })?;
    find("n * 2", &|l| l.ends_with(" = 12") && l.starts_with('$'))?;
    // `finish` returns into the JIT caller.
    // The file GDB found for the unit: the one written for the test.
    find("the source's path", &|l| {
        l == format!("Located in {source}")
    })?;
    // `finish` returns into the JIT caller, in the middle of line 10 (after the call).
    // (Batch mode does not print "Run till exit".)
    let finish = find("acc = 18", &|l| l == "acc = 18")?;
    let back = lines[finish..]
        .iter()
        .position(|l| l.starts_with("outer (n=5) at ") && l.ends_with("demo.c:10"))
        .ok_or_else(|| fail("`finish` did not stop in outer at demo.c:10"))?;
    if lines
        .get(finish + back + 1)
        .is_none_or(|l| !l.contains("int r = hot_spot(n + 1);"))
    {
        return Err(fail("the source line after `finish` is not line 10"));
    }
    find("info symbol in outer", &|l| {
        l.starts_with("outer + ") && l.contains("section .text")
    })?;
    // Unregistered after `object_freed`: GDB forgot the JIT symbols.
    let freed = find("the stop after the object was freed", &|l| {
        l.starts_with("Breakpoint 2, ") && l.contains("jit_gdb_test_after_free")
    })?;
    if !lines[freed..].iter().any(|l| {
        l.starts_with("No symbol ") && l.contains("outer") && l.contains("current context")
    }) {
        return Err(fail("`outer` is still known after the object was freed"));
    }
    find("the program's result", &|l| l == "result = 26")?;
    find("a normal exit", &|l| l.contains("exited normally"))?;
    Ok(())
}

#[cfg(not(target_arch = "x86_64"))]
mod debuggee {
    use std::path::Path;
    use std::process::ExitCode;

    pub fn run(_: &Path) -> ExitCode {
        ExitCode::FAILURE
    }
}

#[cfg(target_arch = "x86_64")]
mod debuggee {
    use std::path::Path;
    use std::process::ExitCode;

    use codegen_dynasm::X64Backend;
    use iced_x86::{Decoder, DecoderOptions, Instruction, Mnemonic, OpKind, Register};
    use jit_core::backend::{Backend, CodegenOptions};
    use jit_core::events::{JitEventListener, LoadedObject};
    use jit_core::memory::{MemoryManager, ModuleId};
    use jit_core::object::{
        CompiledObject, DebugFile, DebugType, DebugVariable, FunctionDebugInfo, LineRow,
        ObjectDebugInfo, SectionIndex, VariableLocation,
    };
    use jit_link::Linker;
    use mm_section::SectionMemoryManager;

    /// Compiles, links, registers and calls the module; prints `result = N`.
    pub fn run(dir: &Path) -> ExitCode {
        match try_run(dir) {
            Ok(r) => {
                println!("result = {r}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("debuggee: {e}");
                ExitCode::FAILURE
            }
        }
    }

    fn try_run(dir: &Path) -> Result<i32, String> {
        let text = format!(
            "target datalayout = \"{}\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n{}",
            codegen_dynasm::x64::X86_64_DATALAYOUT,
            super::MODULE
        );
        let m = jit_core::reader::parse_module(&text, "demo.ll").map_err(|e| e.to_string())?;
        let options = CodegenOptions {
            opt_level: 0,
            frame_pointers: true,
            ..CodegenOptions::default()
        };
        let mut obj = X64Backend
            .compile(&m, &options)
            .map_err(|e| e.to_string())?;
        obj.debug = Some(Box::new(debug_info(&obj, dir)?));

        let mut mm = SectionMemoryManager::new().map_err(|e| e.to_string())?;
        let mut linker = Linker::new(obj.arch);
        let owner = ModuleId(0);
        linker
            .load(owner, obj, &mut mm)
            .map_err(|e| e.to_string())?;
        linker.resolve().map_err(|e| e.to_string())?;
        mm.finalize().map_err(|e| e.to_string())?;
        let obj = linker.object(owner).ok_or("no object")?;
        let addresses: Vec<u64> = (0..obj.sections.len() as u32)
            .map(|i| linker.section_address(owner, SectionIndex(i)).unwrap_or(0))
            .collect();
        let gdb = jit_gdb::GdbRegistration::global();
        gdb.object_loaded(&LoadedObject {
            key: 1,
            object: obj,
            section_addresses: &addresses,
        });
        if let Some(e) = gdb.take_last_error() {
            return Err(e.to_string());
        }
        // For looking at the image with readelf or llvm-dwarfdump.
        if let Some(path) = std::env::var_os("JIT_GDB_DUMP") {
            let image = gdb.image(1).ok_or("not registered")?;
            std::fs::write(&path, image).map_err(|e| e.to_string())?;
        }
        let outer = linker.symbol_address(owner, "outer").ok_or("no outer")?;
        let r = call_outer(outer, 5);
        gdb.object_freed(1);
        jit_gdb_test_after_free();
        linker.remove(owner, &mut mm);
        Ok(r)
    }

    /// Calls the JIT `outer` (a frame of its own for the backtrace).
    #[inline(never)]
    fn call_outer(address: u64, n: i32) -> i32 {
        // SAFETY: `address` is `outer` of the module, linked and finalized (executable),
        // and `outer` has the C signature `int outer(int)`.
        let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(address as usize) };
        std::hint::black_box(f(std::hint::black_box(n)))
    }

    /// Called once the object is unregistered: GDB stops here to look at its symbols.
    #[unsafe(no_mangle)]
    #[inline(never)]
    extern "C" fn jit_gdb_test_after_free() {
        std::hint::black_box(());
    }

    /// The instructions of `name` in `obj`, offsets relative to the function.
    fn code(
        obj: &CompiledObject,
        name: &str,
    ) -> Result<(SectionIndex, u64, Vec<Instruction>), String> {
        let s = obj
            .symbols
            .iter()
            .find(|s| s.name == name && s.section.is_some())
            .ok_or(format!("no {name}"))?;
        let section = s.section.ok_or("undefined")?;
        let data = &obj.sections[section.0 as usize].data;
        let bytes = data
            .get(s.offset as usize..(s.offset + s.size) as usize)
            .ok_or("symbol out of its section")?;
        let mut dec = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
        let mut out = Vec::new();
        while dec.can_decode() {
            out.push(dec.decode());
        }
        Ok((section, s.offset, out))
    }

    /// Debug information for `name`: line `line` at the entry, then each of `body` from
    /// the next statement start (a `lea` of an alloca followed by a load through it), the
    /// last line at the epilogue (`mov rsp, rbp`); the allocas, in the order the code
    /// first takes their address, are `vars` (name and parameter number), all `int`.
    fn function(
        obj: &CompiledObject,
        name: &str,
        line: u32,
        body: &[u32],
        vars: &[(&str, u32)],
    ) -> Result<FunctionDebugInfo, String> {
        let (section, offset, code) = code(obj, name)?;
        let mut rows = vec![LineRow {
            offset: 0,
            file: 0,
            line,
            column: 0,
        }];
        let mut slots: Vec<i64> = Vec::new();
        let mut starts = Vec::new();
        for (i, ins) in code.iter().enumerate() {
            if ins.mnemonic() == Mnemonic::Lea && ins.memory_base() == Register::RBP {
                let disp = ins.memory_displacement64() as i64;
                if !slots.contains(&disp) {
                    slots.push(disp);
                }
                let loads = code.get(i + 1).is_some_and(|next| {
                    next.mnemonic() == Mnemonic::Mov
                        && next.op1_kind() == OpKind::Memory
                        && next.memory_base() == ins.op0_register()
                });
                if loads {
                    starts.push(ins.ip() as u32);
                }
            }
            if ins.mnemonic() == Mnemonic::Mov
                && ins.op0_register() == Register::RSP
                && ins.op1_register() == Register::RBP
            {
                starts.push(ins.ip() as u32);
            }
        }
        if starts.len() != body.len() || slots.len() != vars.len() {
            return Err(format!(
                "{name}: found statements at {starts:x?} and slots {slots:?}, expected {} and {}",
                body.len(),
                vars.len()
            ));
        }
        rows.extend(starts.iter().zip(body).map(|(&offset, &line)| LineRow {
            offset,
            file: 0,
            line,
            column: 3,
        }));
        let variables = vars
            .iter()
            .zip(&slots)
            .map(|(&(name, arg), &slot)| DebugVariable {
                name: name.into(),
                arg,
                file: 0,
                line,
                ty: Some(0),
                location: VariableLocation::FrameOffset(slot),
            })
            .collect();
        let size = code.last().map_or(0, |i| i.next_ip());
        Ok(FunctionDebugInfo {
            section,
            offset,
            size,
            name: name.into(),
            linkage_name: None,
            file: 0,
            line,
            lines: rows,
            frame_base: Some(6),
            variables,
            return_type: None,
        })
    }

    /// What a compiler would have recorded for `DEMO_C` in `dir`.
    fn debug_info(obj: &CompiledObject, dir: &Path) -> Result<ObjectDebugInfo, String> {
        Ok(ObjectDebugInfo {
            producer: "jit-gdb test".into(),
            language: 0x0c, // DW_LANG_C99
            unit_file: Some(0),
            files: vec![DebugFile {
                directory: dir.display().to_string(),
                name: "demo.c".into(),
            }],
            functions: vec![
                function(obj, "hot_spot", 3, &[4, 5, 6, 7], &[("n", 1), ("acc", 0)])?,
                function(obj, "outer", 9, &[10, 11, 12], &[("n", 1), ("r", 0)])?,
            ],
            types: vec![DebugType::Base {
                name: "int".into(),
                size: 4,
                encoding: 0x05, // DW_ATE_signed
            }],
        })
    }
}
