//! Inline asm on x86-64: barriers whose outputs are their tied inputs, fences, `cpuid`
//! (with `rbx` preserved) and `rdtsc`, general templates assembled by `jit-asm`, and a
//! clear error for templates the assembler rejects.
#![cfg(target_arch = "x86_64")]

mod support;

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use support::build::{compile, parse};
use support::load;

#[test]
fn barriers_return_their_tied_inputs() {
    let m = parse(
        r##"
define i64 @plus_r(i64 %x) {
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"()
  call void asm sideeffect ".p2align 5\0A\09nop", "~{dirflag},~{fpsr},~{flags}"()
  call void asm sideeffect "pause", "~{dirflag},~{fpsr},~{flags}"()
  call void asm sideeffect "mfence", "~{memory}"()
  call void asm sideeffect "lfence", "~{memory}"()
  %y = call i64 asm sideeffect "", "=r,0,~{dirflag},~{fpsr},~{flags}"(i64 %x)
  %p = call { i32, i64 } asm "# nothing", "=r,=r,1,0"(i64 %y, i32 7)
  %a = extractvalue { i32, i64 } %p, 0
  %b = extractvalue { i32, i64 } %p, 1
  %az = zext i32 %a to i64
  %s = add i64 %az, %b
  %u = call i32 asm "", "=r"()
  %uz = zext i32 %u to i64
  %r = add i64 %s, %uz
  ret i64 %r
}
"##,
    );
    let l = load(&compile(&m));
    // SAFETY: the function has this signature.
    let f: extern "C" fn(i64) -> i64 = unsafe { l.func("plus_r") };
    assert_eq!(f(35), 42);
    assert_eq!(f(-7), 0);
}

#[test]
fn cpuid_and_rdtsc_keep_rbx() {
    let m = parse(
        r#"
define i32 @vendor(ptr %out) {
  %r = call { i32, i32, i32, i32 } asm sideeffect "cpuid", "={ax},={bx},={cx},={dx},{ax},{cx},~{dirflag},~{fpsr},~{flags}"(i32 0, i32 0)
  %a = extractvalue { i32, i32, i32, i32 } %r, 0
  %b = extractvalue { i32, i32, i32, i32 } %r, 1
  %c = extractvalue { i32, i32, i32, i32 } %r, 2
  %d = extractvalue { i32, i32, i32, i32 } %r, 3
  store i32 %b, ptr %out
  %o4 = getelementptr i8, ptr %out, i64 4
  store i32 %d, ptr %o4
  %o8 = getelementptr i8, ptr %out, i64 8
  store i32 %c, ptr %o8
  ret i32 %a
}

define i64 @ticks() {
  %t = call { i32, i32 } asm sideeffect "rdtsc", "={ax},={dx},~{dirflag},~{fpsr},~{flags}"()
  %lo = extractvalue { i32, i32 } %t, 0
  %hi = extractvalue { i32, i32 } %t, 1
  %l = zext i32 %lo to i64
  %h = zext i32 %hi to i64
  %hs = shl i64 %h, 32
  %r = or i64 %hs, %l
  ret i64 %r
}
"#,
    );
    let l = load(&compile(&m));
    // SAFETY: the functions have these signatures.
    let vendor: extern "C" fn(*mut u8) -> u32 = unsafe { l.func("vendor") };
    // SAFETY: as above.
    let ticks: extern "C" fn() -> u64 = unsafe { l.func("ticks") };
    let mut got = [0u8; 12];
    let max = vendor(got.as_mut_ptr());
    let want = std::arch::x86_64::__cpuid(0);
    assert_eq!(max, want.eax);
    let mut expect = Vec::new();
    for r in [want.ebx, want.edx, want.ecx] {
        expect.extend_from_slice(&r.to_le_bytes());
    }
    assert_eq!(&got[..], &expect[..]);
    let (t0, t1) = (ticks(), ticks());
    assert!(t0 != 0 && t1 >= t0, "{t0} {t1}");
}

#[test]
fn general_templates_run_through_the_assembler() {
    let m = parse(
        r#"
define i32 @swap(i32 %x) {
  %r = call i32 asm "bswap $0", "=r,0,~{dirflag},~{fpsr},~{flags}"(i32 %x)
  ret i32 %r
}

define i64 @mulhi(i64 %a, i64 %b) {
  %r = call { i64, i64 } asm "mulq $3", "={ax},={dx},{ax},r,~{dirflag},~{fpsr},~{flags}"(i64 %a, i64 %b)
  %h = extractvalue { i64, i64 } %r, 1
  ret i64 %h
}

define i64 @keeps_rbx(i64 %x) {
  %r = call i64 asm "movq $1, %rbx\0A\09leaq 3(%rbx), $0", "=r,r,~{rbx},~{dirflag},~{fpsr},~{flags}"(i64 %x)
  ret i64 %r
}

define i32 @is_zero(i64 %x) {
  %r = call i32 asm "testq $1, $1", "={@ccz},r,~{dirflag},~{fpsr},~{flags}"(i64 %x)
  ret i32 %r
}
"#,
    );
    let l = load(&compile(&m));
    // SAFETY: the functions have these signatures.
    let swap: extern "C" fn(u32) -> u32 = unsafe { l.func("swap") };
    // SAFETY: as above.
    let mulhi: extern "C" fn(u64, u64) -> u64 = unsafe { l.func("mulhi") };
    // SAFETY: as above.
    let keeps_rbx: extern "C" fn(u64) -> u64 = unsafe { l.func("keeps_rbx") };
    // SAFETY: as above.
    let is_zero: extern "C" fn(u64) -> u32 = unsafe { l.func("is_zero") };
    assert_eq!(swap(0x1122_3344), 0x4433_2211);
    assert_eq!(mulhi(u64::MAX, 16), 15);
    assert_eq!(keeps_rbx(39), 42);
    assert_eq!((is_zero(0), is_zero(5)), (1, 0));
}

#[test]
fn templates_the_assembler_rejects_are_unsupported() {
    let m = parse(
        r#"
define i32 @frob(i32 %x) {
  %r = call i32 asm "frobnicate $0", "=r,0,~{dirflag},~{fpsr},~{flags}"(i32 %x)
  ret i32 %r
}
"#,
    );
    match X64Backend.compile(&m, &CodegenOptions::default()) {
        Err(e @ CodegenError::Unsupported { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("frobnicate $0")
                    && msg.contains("test.ll:5")
                    && msg.contains("no such instruction"),
                "{msg}"
            );
        }
        other => panic!("expected Unsupported, got {other:?}"),
    }
}
