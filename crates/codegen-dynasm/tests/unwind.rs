//! Unwind tables of JIT code, on the host's backend run by the real engine (x86-64 natively,
//! AArch64 under `cargo xtask test-arm`): `backtrace()` called three JIT frames deep walks
//! through all of them and on into the Rust caller, at both tiers — which needs an FDE for
//! every function, describing its prologue, registered with the process's unwinder; a C++
//! exception thrown in one JIT function and caught in another, again after the module was
//! removed and added back (its tables deregistered with its memory and registered anew). On
//! every host, both backends' objects carry `.eh_frame` with one absolute (`Abs64`) pc-begin
//! per function and the zero terminator the unwinder's registration reads up to.

mod support;

use codegen_dynasm::{A64Backend, X64Backend};
use jit_core::ExecutionEngine;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::object::{RelocKind, SectionIndex};
use support::build::{parse, parse_a64};
use support::engine::{addr, engine_at, host_backend, parse_host};

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

/// `@catcher` catches the `int` `@thrower` throws and returns it plus one (libstdc++'s
/// runtime, which the engine loads itself).
const THROW_AND_CATCH: &str = r#"
@_ZTIi = external constant ptr

declare ptr @__cxa_allocate_exception(i64)
declare void @__cxa_throw(ptr, ptr, ptr)
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()
declare i32 @__gxx_personality_v0(...)
declare i32 @llvm.eh.typeid.for(ptr)

define void @thrower(i32 %v) noinline {
  %e = call ptr @__cxa_allocate_exception(i64 4)
  store i32 %v, ptr %e
  call void @__cxa_throw(ptr %e, ptr @_ZTIi, ptr null)
  unreachable
}

define i32 @catcher(i32 %v) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @thrower(i32 %v)
          to label %ok unwind label %pad
ok:
  ret i32 -1
pad:
  %lp = landingpad { ptr, i32 }
          catch ptr @_ZTIi
  %ex = extractvalue { ptr, i32 } %lp, 0
  %sel = extractvalue { ptr, i32 } %lp, 1
  %int = call i32 @llvm.eh.typeid.for(ptr @_ZTIi)
  %is_int = icmp eq i32 %sel, %int
  br i1 %is_int, label %caught, label %other
caught:
  %p = call ptr @__cxa_begin_catch(ptr %ex)
  %x = load i32, ptr %p
  call void @__cxa_end_catch()
  %r = add i32 %x, 1
  ret i32 %r
other:
  resume { ptr, i32 } %lp
}
"#;

#[test]
fn exceptions_are_caught_again_after_the_module_is_removed_and_added_back() {
    for level in [0, 2] {
        let mut e = jit_mcjit::McjitBuilder::new()
            .backend(host_backend().0)
            .memory_manager(Box::new(mm_section::SectionMemoryManager::new().unwrap()))
            .opt_level(level)
            .build()
            .unwrap();
        let mut handle = e.add_module(parse_host(THROW_AND_CATCH)).unwrap();
        for round in 0..3 {
            let catcher = addr(&mut e, "catcher");
            // SAFETY: `catcher` has this signature in THROW_AND_CATCH.
            let f: extern "C" fn(i32) -> i32 = unsafe { std::mem::transmute(catcher) };
            assert_eq!(f(41 + round), 42 + round, "level {level}, round {round}");
            e.remove_module(handle).unwrap();
            handle = e.add_module(parse_host(THROW_AND_CATCH)).unwrap();
        }
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
