//! Unwind tables of JIT code, on the host's backend run by the real engine (x86-64 natively,
//! AArch64 under `cargo xtask test-arm`): `backtrace()` called three JIT frames deep walks
//! through all of them and on into the Rust caller, at both tiers — which needs an FDE for
//! every function, describing its prologue, registered with the process's unwinder. On every
//! host, both backends' objects carry `.eh_frame` with one absolute (`Abs64`) pc-begin per
//! function and the zero terminator the unwinder's registration reads up to.

mod support;

use codegen_dynasm::{A64Backend, X64Backend};
use jit_core::ExecutionEngine;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::object::{RelocKind, SectionIndex};
use support::build::{parse, parse_a64};
use support::engine::{addr, engine_at, parse_host};

/// `@deep` → `@middle` → `@leaf`, which records a backtrace; each does work after its call
/// (no tail calls) and none is inlined. `@middle` keeps values live across its call, so the
/// optimizing tier saves callee-saved registers in its prologue.
const PROGRAM: &str = r#"
@frames = global [64 x ptr] zeroinitializer
@count = global i32 0

declare i32 @backtrace(ptr, i32)

define i32 @leaf(i32 %x) noinline {
  %n = call i32 @backtrace(ptr @frames, i32 64)
  store i32 %n, ptr @count
  %r = add i32 %x, 1
  ret i32 %r
}

define i32 @middle(i32 %x, i32 %y, i32 %z) noinline {
  %a = mul i32 %x, %y
  %b = add i32 %y, %z
  %c = call i32 @leaf(i32 %a)
  %d = add i32 %c, %b
  %e = mul i32 %d, %a
  ret i32 %e
}

define i32 @deep(i32 %x) noinline {
  %r = call i32 @middle(i32 %x, i32 3, i32 4)
  %s = add i32 %r, 7
  ret i32 %s
}
"#;

#[test]
fn backtrace_walks_through_jit_frames_at_both_tiers() {
    for level in [0, 2] {
        let mut e = engine_at(parse_host(PROGRAM), level);
        let (leaf, middle, deep) = (
            addr(&mut e, "leaf"),
            addr(&mut e, "middle"),
            addr(&mut e, "deep"),
        );
        // SAFETY: `deep` has this signature in PROGRAM.
        let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(deep) };
        assert_eq!(f(5), ((15 + 1) + 7) * 15 + 7, "level {level}");
        let frames = e.get_global_value_address("frames").unwrap() as *const usize;
        let count = e.get_global_value_address("count").unwrap() as *const i32;
        // SAFETY: the globals are 64 pointers and an i32, written by the call above.
        let (frames, count) = unsafe { (std::slice::from_raw_parts(frames, 64), *count) };
        let frames = &frames[..count as usize];
        // Return addresses: each inside its caller's code, which follows the function's
        // address (functions are laid out in order, each well under 4 KiB).
        let within = |f: usize| frames.iter().any(|&a| a > f && a < f + 4096);
        assert!(
            within(leaf) && within(middle) && within(deep),
            "level {level}: {count} frames {frames:x?}, leaf {leaf:#x} middle {middle:#x} deep {deep:#x}"
        );
        // ... and past them into this test's own frames.
        let last_jit = frames
            .iter()
            .rposition(|&a| a > deep && a < deep + 4096)
            .unwrap();
        assert!(
            count as usize > last_jit + 1,
            "level {level}: the walk stopped at JIT code"
        );
    }
}

#[test]
fn objects_carry_eh_frame_for_every_function() {
    let objects = [
        X64Backend::new().compile(&parse(PROGRAM), &CodegenOptions::default()),
        A64Backend::new().compile(&parse_a64(PROGRAM), &CodegenOptions::default()),
    ];
    for obj in objects {
        let obj = obj.unwrap_or_else(|e| panic!("{e}"));
        let (index, eh) = obj
            .sections
            .iter()
            .enumerate()
            .find(|(_, s)| s.name == ".eh_frame")
            .expect(".eh_frame");
        assert!(eh.data.ends_with(&[0; 4]) && eh.size == eh.data.len() as u64);
        // pc-begin of each function: `.text` + the function's offset (a function's own
        // symbol may be moved to a tiering entry stub).
        let mut starts: Vec<i64> = obj
            .relocations
            .iter()
            .filter(|r| r.section.0 as usize == index)
            .map(|r| {
                assert_eq!(r.kind, RelocKind::Abs64);
                let s = &obj.symbols[r.symbol.0 as usize];
                assert_eq!((s.section, s.offset), (Some(SectionIndex(0)), 0));
                r.addend
            })
            .collect();
        starts.sort_unstable();
        let mut expected: Vec<i64> = ["leaf", "middle", "deep"]
            .iter()
            .map(|n| obj.symbols[obj.find_symbol(n).unwrap().0 as usize].offset as i64)
            .collect();
        expected.sort_unstable();
        assert_eq!(starts, expected, "{:?}", obj.arch);
    }
}
