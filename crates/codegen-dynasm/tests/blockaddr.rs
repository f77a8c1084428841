//! `indirectbr` and `blockaddress` (computed goto) on the host's backend, run by the real
//! engine: block addresses in code of another function (lowered before and after the
//! function whose block it is) and in a global initializer (a dispatch table), and
//! `indirectbr` to successors with phis, including a parallel copy that swaps values;
//! distances between blocks (`&&a - &&b`) in code and in data. On
//! every host, the AArch64 and x86-64 objects carry the table as `Abs64` relocations against
//! the function's symbol with the block's offset as addend, and are written as ELF.

use codegen_dynasm::elfwrite::write_elf;
use codegen_dynasm::{A64Backend, X64Backend};
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::Module;
use jit_core::object::{CompiledObject, RelocKind};

/// An interpreter of byte codes (0: `inc`, 1: `dbl`, 2: `done`) threaded through `@table`;
/// `@pick` (lowered before `@interp`) and `@is_done` (after it) name its blocks.
const IR: &str = r#"
@table = internal constant [3 x ptr] [ptr blockaddress(@interp, %inc), ptr blockaddress(@interp, %dbl), ptr blockaddress(@interp, %done)]

define ptr @pick(i64 %i) {
  %c = icmp eq i64 %i, 0
  %a = select i1 %c, ptr blockaddress(@interp, %inc), ptr blockaddress(@interp, %dbl)
  ret ptr %a
}

define i64 @interp(ptr %code, i64 %first) {
entry:
  %start = call ptr @pick(i64 %first)
  indirectbr ptr %start, [label %inc, label %dbl]
inc:
  %x = phi i64 [ 1, %entry ], [ %k, %inc ], [ %d2, %dbl ]
  %k = phi i64 [ 100, %entry ], [ %x1, %inc ], [ %dk, %dbl ]
  %pc = phi ptr [ %code, %entry ], [ %pcn, %inc ], [ %dpcn, %dbl ]
  %x1 = add i64 %x, 1
  %op = load i8, ptr %pc
  %pcn = getelementptr i8, ptr %pc, i64 1
  %opx = zext i8 %op to i64
  %slot = getelementptr [3 x ptr], ptr @table, i64 0, i64 %opx
  %t = load ptr, ptr %slot
  indirectbr ptr %t, [label %inc, label %dbl, label %done]
dbl:
  %d = phi i64 [ 3, %entry ], [ %x1, %inc ], [ %d2, %dbl ]
  %dk = phi i64 [ 5, %entry ], [ %k, %inc ], [ %dk, %dbl ]
  %dpc = phi ptr [ %code, %entry ], [ %pcn, %inc ], [ %dpcn, %dbl ]
  %d2 = mul i64 %d, 2
  %op2 = load i8, ptr %dpc
  %dpcn = getelementptr i8, ptr %dpc, i64 1
  %opx2 = zext i8 %op2 to i64
  %slot2 = getelementptr [3 x ptr], ptr @table, i64 0, i64 %opx2
  %t2 = load ptr, ptr %slot2
  indirectbr ptr %t2, [label %inc, label %dbl, label %done]
done:
  %r = phi i64 [ %x1, %inc ], [ %d2, %dbl ]
  %rk = phi i64 [ %k, %inc ], [ %dk, %dbl ]
  %rr = mul i64 %r, 1000
  %res = add i64 %rr, %rk
  ret i64 %res
}

@dists = internal constant [2 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@interp, %done) to i64), i64 ptrtoint (ptr blockaddress(@interp, %inc) to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@interp, %inc) to i64), i64 ptrtoint (ptr blockaddress(@interp, %done) to i64)) to i32)]

define i64 @table_distance(i64 %i, i64 %j) {
  %pi = getelementptr [3 x ptr], ptr @table, i64 0, i64 %i
  %pj = getelementptr [3 x ptr], ptr @table, i64 0, i64 %j
  %ai = load ptr, ptr %pi
  %aj = load ptr, ptr %pj
  %xi = ptrtoint ptr %ai to i64
  %xj = ptrtoint ptr %aj to i64
  %d = sub i64 %xi, %xj
  ret i64 %d
}

define i64 @distance() {
  ret i64 add (i64 sub (i64 ptrtoint (ptr blockaddress(@interp, %done) to i64), i64 ptrtoint (ptr blockaddress(@interp, %inc) to i64)), i64 3)
}

define i32 @distance32() {
  ret i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@interp, %inc) to i64), i64 ptrtoint (ptr blockaddress(@interp, %done) to i64)) to i32)
}

define i64 @dist_entry(i64 %i) {
  %p = getelementptr [2 x i32], ptr @dists, i64 0, i64 %i
  %v = load i32, ptr %p
  %w = sext i32 %v to i64
  ret i64 %w
}

define i64 @is_done(i64 %i) {
  %slot = getelementptr [3 x ptr], ptr @table, i64 0, i64 %i
  %t = load ptr, ptr %slot
  %c = icmp eq ptr %t, blockaddress(@interp, %done)
  %r = zext i1 %c to i64
  ret i64 %r
}
"#;

/// What `@interp` computes.
fn reference(code: &[u8], first: i64) -> i64 {
    let (mut x, mut k, mut d, mut dk) = (1i64, 100i64, 3i64, 5i64);
    let mut in_inc = first == 0;
    for &op in code {
        if in_inc {
            let x1 = x + 1;
            match op {
                0 => (x, k) = (k, x1),
                1 => (d, dk, in_inc) = (x1, k, false),
                _ => return x1 * 1000 + k,
            }
        } else {
            let d2 = d * 2;
            match op {
                0 => (x, k, in_inc) = (d2, dk, true),
                1 => d = d2,
                _ => return d2 * 1000 + dk,
            }
        }
    }
    unreachable!("programs end with 2")
}

const PROGRAMS: [&[u8]; 6] = [
    &[2],
    &[0, 0, 0, 2],
    &[1, 1, 0, 1, 2],
    &[0, 1, 0, 0, 1, 1, 0, 2],
    &[1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 2],
    &[0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 2],
];

fn parse(triple: &str, datalayout: &str) -> Module {
    let text = format!("target datalayout = \"{datalayout}\"\ntarget triple = \"{triple}\"\n{IR}");
    let m = jit_core::reader::parse_module(&text, "blockaddr.ll").unwrap_or_else(|e| panic!("{e}"));
    jit_core::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    m
}

fn compile(backend: &dyn Backend, m: &Module) -> CompiledObject {
    backend
        .compile(m, &CodegenOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn x64_module() -> Module {
    parse(
        "x86_64-unknown-linux-gnu",
        codegen_dynasm::x64::X86_64_DATALAYOUT,
    )
}

fn a64_module() -> Module {
    parse(
        "aarch64-unknown-linux-gnu",
        codegen_dynasm::aarch64::AARCH64_DATALAYOUT,
    )
}

/// The table holds `Abs64` relocations against `@interp` whose addends are three distinct
/// offsets inside it, and the object is written as ELF with them.
fn check_table(obj: &CompiledObject) {
    let interp = obj
        .symbols
        .iter()
        .position(|s| s.name == "interp" && s.section.is_some())
        .expect("interp defined");
    let size = obj.symbols[interp].size as i64;
    let rodata = obj
        .sections
        .iter()
        .position(|s| s.name == ".rodata")
        .expect(".rodata");
    let mut addends: Vec<i64> = obj
        .relocations
        .iter()
        .filter(|r| r.section.0 as usize == rodata)
        .map(|r| {
            assert_eq!(r.kind, RelocKind::Abs64);
            assert_eq!(r.symbol.0 as usize, interp, "relative to the function");
            r.addend
        })
        .collect();
    assert_eq!(addends.len(), 3, "one relocation per table entry");
    assert!(addends.iter().all(|&a| a > 0 && a < size), "{addends:?}");
    addends.dedup();
    assert_eq!(addends.len(), 3, "distinct blocks");
    let elf = write_elf(obj).unwrap_or_else(|e| panic!("{e}"));
    assert!(elf.starts_with(b"\x7fELF"));
}

#[test]
fn aarch64_table_is_relocated_against_the_function() {
    check_table(&compile(&A64Backend, &a64_module()));
}

#[test]
fn x86_64_table_is_relocated_against_the_function() {
    check_table(&compile(&X64Backend, &x64_module()));
}

/// A block address of a function that has no code here is refused with a message.
#[test]
fn blockaddress_of_an_available_externally_function_is_refused() {
    let text = IR.replace(
        "define i64 @interp",
        "define available_externally i64 @interp",
    );
    for (backend, triple, dl) in [
        (
            &X64Backend as &dyn Backend,
            "x86_64-unknown-linux-gnu",
            codegen_dynasm::x64::X86_64_DATALAYOUT,
        ),
        (
            &A64Backend,
            "aarch64-unknown-linux-gnu",
            codegen_dynasm::aarch64::AARCH64_DATALAYOUT,
        ),
    ] {
        let text = format!("target datalayout = \"{dl}\"\ntarget triple = \"{triple}\"\n{text}");
        let m = jit_core::reader::parse_module(&text, "blockaddr.ll").unwrap();
        let e = backend
            .compile(&m, &CodegenOptions::default())
            .expect_err("no code for @interp");
        assert!(e.to_string().contains("without code"), "{e}");
    }
}

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
mod exec {
    use super::*;
    use jit_core::ExecutionEngine;

    #[cfg(target_arch = "x86_64")]
    fn host() -> (Box<dyn Backend>, Module) {
        (Box::new(X64Backend::new()), x64_module())
    }

    #[cfg(target_arch = "aarch64")]
    fn host() -> (Box<dyn Backend>, Module) {
        (Box::new(A64Backend::new()), a64_module())
    }

    #[test]
    fn threaded_interpreter_runs_natively() {
        let (backend, m) = host();
        let mut e = jit_mcjit::McjitBuilder::new()
            .backend(backend)
            .memory_manager(Box::new(mm_section::SectionMemoryManager::new().unwrap()))
            .build()
            .unwrap();
        e.add_module(m).unwrap();
        let interp = e.get_function_address("interp").unwrap() as usize;
        let is_done = e.get_function_address("is_done").unwrap() as usize;
        // SAFETY: the signatures match the IR.
        let interp: extern "C" fn(*const u8, i64) -> i64 = unsafe { std::mem::transmute(interp) };
        // SAFETY: as above.
        let is_done: extern "C" fn(i64) -> i64 = unsafe { std::mem::transmute(is_done) };
        for code in PROGRAMS {
            for first in [0, 1] {
                assert_eq!(
                    interp(code.as_ptr(), first),
                    reference(code, first),
                    "{code:?} from {first}"
                );
            }
        }
        assert_eq!([is_done(0), is_done(1), is_done(2)], [0, 0, 1]);
        let mut f = |name| e.get_function_address(name).unwrap() as usize;
        // SAFETY: the signatures match the IR.
        let (table_distance, distance, distance32, dist_entry) = unsafe {
            (
                std::mem::transmute::<usize, extern "C" fn(i64, i64) -> i64>(f("table_distance")),
                std::mem::transmute::<usize, extern "C" fn() -> i64>(f("distance")),
                std::mem::transmute::<usize, extern "C" fn() -> i32>(f("distance32")),
                std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(f("dist_entry")),
            )
        };
        let d = table_distance(2, 0);
        assert!(d != 0);
        assert_eq!(distance(), d + 3);
        assert_eq!(i64::from(distance32()), -d);
        assert_eq!([dist_entry(0), dist_entry(1)], [d, -d]);
    }
}
