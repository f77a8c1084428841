//! Tiered execution support in the backends (both ISAs):
//!
//! - tier-up counters in tier-0 code (`CodegenOptions::tier_counters`): the object's counter
//!   array and relocations on every host, and — on x86-64, natively or on AArch64 under
//!   `cargo xtask test-arm` — code linked with `jit_link::Linker` and run, with
//!   `__jit_tier_up` mapped to a Rust function that logs the counter it is given; and on any
//!   host, the AArch64 corpus compiled with counters that call back at every check, linked
//!   by the cross gcc and run under QEMU (the x86-64 corpus does the same in `corpus.rs`);
//! - `Backend::compile_functions`: objects that define only the listed functions and name
//!   everything else as undefined symbols, and replacement code linked against a loaded
//!   tier-0 object, called, sharing its globals.

mod support;

use codegen_dynasm::{A64Backend, X64Backend};
use jit_core::backend::{
    Backend, CodegenError, CodegenOptions, OSR_SYMBOL, TIER_COUNTERS_SYMBOL, TIER_UP_SYMBOL,
};
use jit_core::ir::{FuncId, Module};
use jit_core::memory::SectionKind;
use jit_core::object::{Binding, CompiledObject, ObjSymbol, RelocKind};
use jit_core::target::Arch;
use support::build::{parse, parse_a64};

/// A loop that calls an internal function, globals of both linkages; functions in this
/// order: `step` 0, `sum` 1, `get_total` 2, `get_calls` 3.
const PROGRAM: &str = "
@total = internal global i64 0
@calls = global i64 0

define internal i64 @step(i64 %x) {
  %c = load i64, ptr @calls
  %c1 = add i64 %c, 1
  store i64 %c1, ptr @calls
  %r = mul i64 %x, 3
  ret i64 %r
}

define i64 @sum(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %s = call i64 @step(i64 %i)
  %acc1 = add i64 %acc, %s
  %i1 = add i64 %i, 1
  %c = icmp slt i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %t = load i64, ptr @total
  %t1 = add i64 %t, %acc1
  store i64 %t1, ptr @total
  ret i64 %acc1
}

define i64 @get_total() {
  %t = load i64, ptr @total
  ret i64 %t
}

define i64 @get_calls() {
  %c = load i64, ptr @calls
  ret i64 %c
}
";

/// A backend and how to read `.ll` text for it.
type Isa = (&'static dyn Backend, fn(&str) -> Module);

/// Both backends with their modules of [`PROGRAM`]-like text.
fn isas() -> [Isa; 2] {
    [(&X64Backend, parse), (&A64Backend, parse_a64)]
}

fn counting(t: u32) -> CodegenOptions {
    CodegenOptions {
        tier_counters: Some(t),
        ..CodegenOptions::default()
    }
}

fn o2() -> CodegenOptions {
    CodegenOptions {
        opt_level: 2,
        ..CodegenOptions::default()
    }
}

fn symbol<'a>(obj: &'a CompiledObject, name: &str) -> Option<&'a ObjSymbol> {
    obj.symbols.iter().find(|s| s.name == name)
}

fn is_defined(obj: &CompiledObject, name: &str) -> bool {
    symbol(obj, name).is_some_and(|s| s.section.is_some())
}

fn is_undefined(obj: &CompiledObject, name: &str) -> bool {
    symbol(obj, name).is_some_and(|s| s.section.is_none())
}

fn func(m: &Module, name: &str) -> FuncId {
    m.function_by_name(name).unwrap()
}

/// Relocations against `name`, as (kind, addend).
fn relocs_against(obj: &CompiledObject, name: &str) -> Vec<(RelocKind, i64)> {
    obj.relocations
        .iter()
        .filter(|r| obj.symbols[r.symbol.0 as usize].name == name)
        .map(|r| (r.kind, r.addend))
        .collect()
}

/// Whether a relocation of `kind` assumes its target is in the same object (a PC-relative
/// address formed directly, not through the GOT or a call stub).
fn same_object_only(kind: RelocKind) -> bool {
    matches!(
        kind,
        RelocKind::Pc32
            | RelocKind::AdrPrelPgHi21
            | RelocKind::AddAbsLo12Nc
            | RelocKind::LdstAbsLo12Nc { .. }
    )
}

#[test]
fn counters_are_a_local_writable_array_of_the_threshold() {
    for (backend, parse) in isas() {
        let m = parse(PROGRAM);
        let obj = backend.compile(&m, &counting(3)).unwrap();
        let c = symbol(&obj, TIER_COUNTERS_SYMBOL).expect("counter array");
        assert_eq!(c.binding, Binding::Local);
        assert_eq!(c.size, 4 * m.functions.len() as u64);
        assert_eq!(c.offset % 4, 0);
        let sec = &obj.sections[c.section.unwrap().0 as usize];
        assert_eq!(sec.kind, SectionKind::ReadWrite);
        let bytes = &sec.data[c.offset as usize..(c.offset + c.size) as usize];
        assert!(
            bytes.chunks(4).all(|w| w == 3u32.to_le_bytes()),
            "{bytes:?}"
        );
        assert!(is_undefined(&obj, TIER_UP_SYMBOL), "{:?}", backend.arch());

        // Without the option: no array, no call, and the same code as before.
        let plain = backend.compile(&m, &CodegenOptions::default()).unwrap();
        assert!(symbol(&plain, TIER_COUNTERS_SYMBOL).is_none());
        assert!(symbol(&plain, TIER_UP_SYMBOL).is_none());
        assert!(obj.sections[0].data.len() > plain.sections[0].data.len());
    }
}

/// Each function's checks name its own counter: on entry, and once per loop header (`sum`
/// has one loop), the slow path forming the same address.
#[test]
fn counter_relocations_name_each_functions_slot() {
    for (backend, parse) in isas() {
        let m = parse(PROGRAM);
        let obj = backend.compile(&m, &counting(3)).unwrap();
        let mut relocs = relocs_against(&obj, TIER_COUNTERS_SYMBOL);
        relocs.sort_by_key(|&(k, a)| (a, format!("{k:?}")));
        let mut want = Vec::new();
        for (name, checks) in [("step", 1), ("sum", 2), ("get_total", 1), ("get_calls", 1)] {
            let slot = 4 * i64::from(func(&m, name).as_u32());
            for _ in 0..checks {
                match backend.arch() {
                    // sub dword [rip+slot], 1 (an immediate after the displacement);
                    // lea rdi, [rip+slot] in the stub.
                    Arch::X86_64 => {
                        want.push((RelocKind::Pc32, slot - 5));
                        want.push((RelocKind::Pc32, slot - 4));
                    }
                    // adrp, ldr, str on the hot path; add in the stub.
                    _ => {
                        want.push((RelocKind::AdrPrelPgHi21, slot));
                        want.push((RelocKind::LdstAbsLo12Nc { shift: 2 }, slot));
                        want.push((RelocKind::LdstAbsLo12Nc { shift: 2 }, slot));
                        want.push((RelocKind::AddAbsLo12Nc, slot));
                    }
                }
            }
        }
        want.sort_by_key(|&(k, a)| (a, format!("{k:?}")));
        assert_eq!(relocs, want, "{:?}", backend.arch());
        let call = match backend.arch() {
            Arch::X86_64 => (RelocKind::Plt32, -4),
            _ => (RelocKind::Call26, 0),
        };
        // `sum`, with a loop tier 0 may leave, makes its two checks through `__jit_osr`.
        assert_eq!(relocs_against(&obj, TIER_UP_SYMBOL), vec![call; 3]);
        assert_eq!(relocs_against(&obj, OSR_SYMBOL), vec![call; 2]);
    }
}

/// Functions the optimizing tier compiles do not count; the array is still there.
#[test]
fn the_optimizing_tier_does_not_count() {
    for (backend, parse) in isas() {
        let m = parse(PROGRAM);
        let obj = backend
            .compile(
                &m,
                &CodegenOptions {
                    tier_counters: Some(3),
                    ..o2()
                },
            )
            .unwrap();
        assert!(is_defined(&obj, TIER_COUNTERS_SYMBOL));
        assert!(relocs_against(&obj, TIER_UP_SYMBOL).is_empty());
    }
}

#[test]
fn compile_functions_defines_only_the_listed_functions() {
    for (backend, parse) in isas() {
        let m = parse(PROGRAM);
        let obj = backend
            .compile_functions(&m, &o2(), &[func(&m, "sum")])
            .unwrap();
        let defined: Vec<&str> = obj
            .symbols
            .iter()
            .filter(|s| s.section.is_some() && !s.name.is_empty())
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(defined, ["sum"], "{:?}", backend.arch());
        assert_eq!(symbol(&obj, "sum").unwrap().binding, Binding::Global);
        // Internal ones too, under their IR names.
        for name in ["step", "total"] {
            assert!(is_undefined(&obj, name), "{name} on {:?}", backend.arch());
        }
        // No module data (unwind tables aside); references reach what is elsewhere through
        // the GOT or stubs.
        for s in &obj.sections[1..] {
            assert!(
                s.name.contains("rodata") || s.name == ".eh_frame" || s.size == 0,
                "{}",
                s.name
            );
        }
        for r in &obj.relocations {
            let s = &obj.symbols[r.symbol.0 as usize];
            assert!(
                s.section.is_some() || !same_object_only(r.kind),
                "{:?} against undefined `{}` on {:?}",
                r.kind,
                s.name,
                backend.arch()
            );
        }

        // Tier 0 replacement code too (and several functions at once).
        let both = [func(&m, "step"), func(&m, "get_total")];
        let obj = backend
            .compile_functions(&m, &CodegenOptions::default(), &both)
            .unwrap();
        assert!(is_defined(&obj, "step") && is_defined(&obj, "get_total"));
        assert!(!is_defined(&obj, "sum") && !is_defined(&obj, "total"));
        assert!(is_undefined(&obj, "calls") && is_undefined(&obj, "total"));
        for r in &obj.relocations {
            let s = &obj.symbols[r.symbol.0 as usize];
            assert!(s.section.is_some() || !same_object_only(r.kind), "{r:?}");
        }
    }
}

#[test]
fn compile_functions_refuses_what_it_cannot_replace() {
    let text = "
declare i64 @ext(i64)
@table = global [2 x ptr] [ptr blockaddress(@jump, %a), ptr blockaddress(@jump, %b)]
define i64 @jump(i64 %i) {
entry:
  %p = getelementptr [2 x ptr], ptr @table, i64 0, i64 %i
  %t = load ptr, ptr %p
  indirectbr ptr %t, [label %a, label %b]
a:
  ret i64 1
b:
  ret i64 2
}
define i64 @plain(i64 %x) {
  ret i64 %x
}
define ptr @pick() {
  ret ptr blockaddress(@jump, %b)
}
";
    for (backend, parse) in isas() {
        let m = parse(text);
        let unsupported = |fs: &[FuncId]| match backend.compile_functions(&m, &o2(), fs) {
            Err(CodegenError::Unsupported { message, .. }) => message,
            other => panic!("{:?}: {other:?}", backend.arch()),
        };
        assert!(unsupported(&[func(&m, "jump")]).contains("blockaddress"));
        assert!(unsupported(&[func(&m, "plain"), func(&m, "ext")]).contains("not a defined"));
        assert!(unsupported(&[FuncId::from_u32(99)]).contains("not in module"));
        // Code that takes the address of a block elsewhere cannot know where it is.
        assert!(unsupported(&[func(&m, "pick")]).contains("blockaddress"));
        assert!(
            backend
                .compile_functions(&m, &o2(), &[func(&m, "plain")])
                .is_ok()
        );
    }
}

/// The AArch64 `__jit_tier_up` of [`a64_counting_programs_link_and_run_under_qemu`]: every
/// caller-saved register overwritten, the counter set back to 1; its `__jit_osr` does the
/// same and never hands out an entry.
const A64_TIER_UP_C: &str = r#"
#include <stdint.h>
void __jit_tier_up(uint32_t *counter) {
  *counter = 1;
  __asm__ volatile(
      "mov x0, #-1\n mov x1, x0\n mov x2, x0\n mov x3, x0\n mov x4, x0\n mov x5, x0\n"
      "mov x6, x0\n mov x7, x0\n mov x8, x0\n mov x9, x0\n mov x10, x0\n mov x11, x0\n"
      "mov x12, x0\n mov x13, x0\n mov x14, x0\n mov x15, x0\n mov x16, x0\n mov x17, x0\n"
      "movi v0.2d, #-1\n movi v1.2d, #-1\n movi v2.2d, #-1\n movi v3.2d, #-1\n"
      "movi v4.2d, #-1\n movi v5.2d, #-1\n movi v6.2d, #-1\n movi v7.2d, #-1\n"
      "movi v16.2d, #-1\n movi v17.2d, #-1\n movi v18.2d, #-1\n movi v19.2d, #-1\n"
      "movi v20.2d, #-1\n movi v21.2d, #-1\n movi v22.2d, #-1\n movi v23.2d, #-1\n"
      "movi v24.2d, #-1\n movi v25.2d, #-1\n movi v26.2d, #-1\n movi v27.2d, #-1\n"
      "movi v28.2d, #-1\n movi v29.2d, #-1\n movi v30.2d, #-1\n movi v31.2d, #-1\n"
      "cmn x0, #1\n"
      ::: "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12",
          "x13", "x14", "x15", "x16", "x17", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7",
          "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27",
          "v28", "v29", "v30", "v31", "cc", "memory");
}
void *__jit_osr(uint32_t *counter, uint32_t block, void *frame) {
  (void)block;
  (void)frame;
  __jit_tier_up(counter);
  return 0;
}
"#;

fn tool(name: &str) -> bool {
    std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok()
}

/// AArch64 tier-0 code on any host: the corpus programs (loops, recursion, variadic
/// functions, HFAs, computed goto, setjmp, callbacks from `qsort`, ...) compiled with
/// counters of 1 — every function entry and loop iteration calls `__jit_tier_up`, which
/// clobbers every caller-saved register — written as ELF, linked by the cross gcc and run
/// under QEMU, print what the native programs printed. Programs with static constructors
/// or destructors (which only the engine runs: the object has no `.init_array`) or
/// thread-local variables (the engine's TLS runtime) are left to the engine's tests.
#[test]
fn a64_counting_programs_link_and_run_under_qemu() {
    if !tool("aarch64-linux-gnu-gcc") || !tool("qemu-aarch64-static") {
        eprintln!("note: aarch64-linux-gnu-gcc or qemu-aarch64-static missing; skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("tierup-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tier_up_c = dir.join("tier_up.c");
    let tier_up_o = dir.join("tier_up.o");
    std::fs::write(&tier_up_c, A64_TIER_UP_C).unwrap();
    let st = std::process::Command::new("aarch64-linux-gnu-gcc")
        .arg("-c")
        .arg(&tier_up_c)
        .arg("-o")
        .arg(&tier_up_o)
        .status()
        .unwrap();
    assert!(st.success(), "compiling the callback");
    let programs = jit_tests::programs();
    let ran = jit_tests::check_corpus(
        "AArch64 counting objects linked by gcc",
        &programs,
        &["O0", "O2"],
        |p, opt| {
            let name = &p.name;
            let text = std::fs::read_to_string(p.ll_path("aarch64", opt)).unwrap();
            let m = jit_core::reader::parse_module(&text, name).unwrap();
            if m.globals.iter().any(|(_, g)| g.thread_local)
                || !m.static_initializers(false).is_empty()
                || !m.static_initializers(true).is_empty()
            {
                return Ok(None);
            }
            let obj = match A64Backend.compile(&m, &counting(1)) {
                Ok(obj) => obj,
                Err(CodegenError::Unsupported { .. }) => return Ok(None),
                Err(e) => panic!("{name}.{opt}: {e}"),
            };
            assert!(
                is_undefined(&obj, TIER_UP_SYMBOL) || is_undefined(&obj, OSR_SYMBOL),
                "{name}.{opt} never counts"
            );
            let o = dir.join(format!("{name}.{opt}.o"));
            let exe = dir.join(format!("{name}.{opt}"));
            std::fs::write(&o, codegen_dynasm::elfwrite::write_elf(&obj).unwrap()).unwrap();
            let st = std::process::Command::new("aarch64-linux-gnu-gcc")
                .arg(&o)
                .arg(&tier_up_o)
                .arg("-o")
                .arg(&exe)
                .arg("-lm")
                .status()
                .unwrap();
            assert!(st.success(), "linking {name}.{opt}");
            let out = std::process::Command::new("qemu-aarch64-static")
                .args(["-L", "/usr/aarch64-linux-gnu"])
                .arg(&exe)
                .args(&p.args)
                .output()
                .unwrap();
            Ok(Some(out.into()))
        },
    );
    assert!(ran > 100, "only {ran} corpus programs ran");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Execution on the host: objects linked with `jit_link` into `mm_section` memory.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
mod run {
    use std::cell::{Cell, RefCell};

    use jit_core::memory::{MemoryManager, ModuleId};
    use jit_link::Linker;
    use mm_section::SectionMemoryManager;

    use super::*;
    use support::engine::{host_backend, parse_host};

    thread_local! {
        /// (counter address, stack 16-byte aligned) of each `__jit_tier_up` call.
        static LOG: RefCell<Vec<(usize, bool)>> = const { RefCell::new(Vec::new()) };
        /// What the callback sets the counter to.
        static RESET: Cell<u32> = const { Cell::new(3) };
    }

    /// A 16-byte aligned local: misplaced when the stack was misaligned at the call.
    #[repr(align(16))]
    struct Aligned(#[allow(dead_code, reason = "only its address matters")] [u8; 16]);

    extern "C" fn tier_up(counter: *mut u32) {
        let local = Aligned([0; 16]);
        let aligned = std::hint::black_box(&local) as *const Aligned as usize % 16 == 0;
        LOG.with(|l| l.borrow_mut().push((counter as usize, aligned)));
        // Code that kept a value in an argument register across the call would see this.
        support::clobber();
        // SAFETY: the JIT code passes the address of its counter, a live writable u32.
        unsafe { counter.write(RESET.with(Cell::get)) };
    }

    /// `__jit_osr` as `tier_up` sees it (every check logged alike), never with an entry.
    extern "C" fn osr(counter: *mut u32, _block: u32, _frame: *mut u8) -> u64 {
        tier_up(counter);
        0
    }

    fn take_log() -> Vec<(usize, bool)> {
        LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
    }

    /// One object loaded by its own linker into `mm`, its relocations applied, the memory
    /// finalized; `mappings` first.
    fn link(
        mm: &mut SectionMemoryManager,
        owner: u32,
        obj: CompiledObject,
        mappings: &[(String, u64)],
    ) -> Linker {
        let mut l = Linker::new(host_backend().0.arch());
        for (name, addr) in mappings {
            l.add_global_mapping(name, *addr);
        }
        l.load(ModuleId(owner), obj, mm).unwrap();
        l.resolve().unwrap();
        mm.finalize().unwrap();
        l
    }

    fn address(l: &Linker, owner: u32, name: &str) -> usize {
        l.symbol_address(ModuleId(owner), name)
            .unwrap_or_else(|| panic!("no `{name}`")) as usize
    }

    fn tier_up_mapping() -> Vec<(String, u64)> {
        vec![
            (TIER_UP_SYMBOL.to_string(), tier_up as *const () as u64),
            (OSR_SYMBOL.to_string(), osr as *const () as u64),
        ]
    }

    /// Entries and loop iterations count down each function's own counter; the callback
    /// gets its address when it reaches zero, on an aligned stack, and the code goes on
    /// with the right values.
    #[test]
    fn counters_fire_with_the_counter_address() {
        let m = parse_host(PROGRAM);
        let (backend, _, _) = host_backend();
        let obj = backend.compile(&m, &counting(3)).unwrap();
        let mut mm = SectionMemoryManager::new().unwrap();
        let l = link(&mut mm, 0, obj, &tier_up_mapping());
        let counters = address(&l, 0, TIER_COUNTERS_SYMBOL);
        let counter = |name: &str| counters + 4 * func(&m, name).as_u32() as usize;
        RESET.with(|r| r.set(3));
        take_log();
        // SAFETY: signatures match the IR.
        let sum: extern "C" fn(i64) -> i64 = unsafe { std::mem::transmute(address(&l, 0, "sum")) };
        assert_eq!(sum(5), 30);
        // `sum`: 3 → 2 on entry, then once per iteration: zero at iterations 2 and 5.
        // `step` (called once per iteration): zero at its third call.
        let log = take_log();
        assert_eq!(
            log,
            [
                (counter("sum"), true),
                (counter("step"), true),
                (counter("sum"), true)
            ]
        );
        let read = |name: &str| {
            // SAFETY: inside the counter array of the loaded object.
            unsafe { (counter(name) as *const u32).read() }
        };
        assert_eq!((read("sum"), read("step"), read("get_total")), (3, 1, 3));
        // SAFETY: as above.
        let total: extern "C" fn() -> i64 =
            unsafe { std::mem::transmute(address(&l, 0, "get_total")) };
        assert_eq!(total(), 30);
        assert_eq!(take_log(), []);
        assert_eq!(read("get_total"), 2);
    }

    /// Counting on every entry and iteration (threshold 1) does not disturb incoming
    /// arguments of any kind: registers and stack, floats, `sret`, variadic.
    #[test]
    fn counting_keeps_every_kind_of_argument() {
        let m = parse_host(
            "
declare i32 @vsnprintf(ptr, i64, ptr, ptr)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

define i32 @format(ptr %buf, i64 %n, ptr %fmt, ...) {
entry:
  %ap = alloca [32 x i8], align 16
  br label %spin
spin:
  %k = phi i32 [ 0, %entry ], [ %k1, %spin ]
  %k1 = add i32 %k, 1
  %more = icmp slt i32 %k1, 3
  br i1 %more, label %spin, label %go
go:
  call void @llvm.va_start.p0(ptr %ap)
  %r = call i32 @vsnprintf(ptr %buf, i64 %n, ptr %fmt, ptr %ap)
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %r
}

define void @fill(ptr sret([4 x i64]) %out, i64 %v, double %d) {
entry:
  %di = fptosi double %d to i64
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr i64, ptr %out, i64 %i
  %x = add i64 %v, %i
  %y = add i64 %x, %di
  store i64 %y, ptr %p
  %i1 = add i64 %i, 1
  %c = icmp slt i64 %i1, 4
  br i1 %c, label %loop, label %done
done:
  ret void
}

define double @many(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, double %x, double %y, i32 signext %j) {
  %s1 = add i64 %a, %b
  %s2 = add i64 %s1, %c
  %s3 = add i64 %s2, %d
  %s4 = add i64 %s3, %e
  %s5 = add i64 %s4, %f
  %s6 = add i64 %s5, %g
  %s7 = add i64 %s6, %h
  %s8 = mul i64 %i, 100
  %s9 = add i64 %s7, %s8
  %jj = sext i32 %j to i64
  %s10 = add i64 %s9, %jj
  %fs = sitofp i64 %s10 to double
  %xy = fmul double %x, %y
  %r = fadd double %fs, %xy
  ret double %r
}
",
        );
        let (backend, _, _) = host_backend();
        let obj = backend.compile(&m, &counting(1)).unwrap();
        let mut mm = SectionMemoryManager::new().unwrap();
        let l = link(&mut mm, 0, obj, &tier_up_mapping());
        RESET.with(|r| r.set(1));
        take_log();

        // SAFETY: signatures match the IR.
        let format: unsafe extern "C" fn(*mut u8, u64, *const u8, ...) -> i32 =
            unsafe { std::mem::transmute(address(&l, 0, "format")) };
        let mut buf = [0u8; 64];
        // SAFETY: a 64-byte buffer, a NUL-terminated format matching the arguments.
        let n = unsafe {
            format(
                buf.as_mut_ptr(),
                64,
                c"%d %s %.1f %ld %d %d".as_ptr().cast(),
                7,
                c"x".as_ptr(),
                2.5f64,
                1234567890123i64,
                8,
                9,
            )
        };
        assert_eq!(&buf[..n as usize], b"7 x 2.5 1234567890123 8 9");
        // Entry, then the `spin` header three times.
        assert_eq!(take_log().len(), 4);

        #[repr(C)]
        struct Four([i64; 4]);
        // SAFETY: as above; `Four` is returned through `sret`.
        let fill: extern "C" fn(i64, f64) -> Four =
            unsafe { std::mem::transmute(address(&l, 0, "fill")) };
        assert_eq!(fill(10, 100.75).0, [110, 111, 112, 113]);
        assert_eq!(take_log().len(), 5);

        type Many =
            extern "C" fn(i64, i64, i64, i64, i64, i64, i64, i64, i64, f64, f64, i32) -> f64;
        // SAFETY: as above.
        let many: Many = unsafe { std::mem::transmute(address(&l, 0, "many")) };
        assert_eq!(
            many(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 3.0, -10),
            36.0 + 900.0 - 10.0 + 1.5
        );
        let log = take_log();
        assert_eq!(log.len(), 1);
        assert!(log.iter().all(|&(_, aligned)| aligned));
    }

    /// Replacement code for `sum`, compiled alone at -O2 and linked against the loaded
    /// tier-0 object: it calls the old internal `step`, and updates the internal `total`
    /// that the old `get_total` reads.
    #[test]
    fn replacement_code_links_against_the_loaded_module() {
        let m = parse_host(PROGRAM);
        let (backend, _, _) = host_backend();
        let mut mm = SectionMemoryManager::new().unwrap();
        let first = link(
            &mut mm,
            0,
            backend.compile(&m, &CodegenOptions::default()).unwrap(),
            &[],
        );

        let obj = backend
            .compile_functions(&m, &o2(), &[func(&m, "sum")])
            .unwrap();
        let mappings: Vec<(String, u64)> = obj
            .symbols
            .iter()
            .filter(|s| s.section.is_none() && !s.name.is_empty())
            .filter_map(|s| {
                let a = first.symbol_address(ModuleId(0), &s.name)?;
                Some((s.name.clone(), a))
            })
            .collect();
        let names: Vec<&str> = mappings.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            names.contains(&"step") && names.contains(&"total"),
            "{names:?}"
        );
        let second = link(&mut mm, 1, obj, &mappings);

        // SAFETY: signatures match the IR.
        let (new_sum, old_sum, total, calls) = unsafe {
            (
                std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(address(&second, 1, "sum")),
                std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(address(&first, 0, "sum")),
                std::mem::transmute::<usize, extern "C" fn() -> i64>(address(
                    &first,
                    0,
                    "get_total",
                )),
                std::mem::transmute::<usize, extern "C" fn() -> i64>(address(
                    &first,
                    0,
                    "get_calls",
                )),
            )
        };
        assert_ne!(new_sum as usize, old_sum as usize);
        assert_eq!(new_sum(5), 30);
        assert_eq!((total(), calls()), (30, 5));
        assert_eq!(old_sum(4), 18);
        assert_eq!(new_sum(1), 0);
        assert_eq!((total(), calls()), (48, 10));
    }
}
