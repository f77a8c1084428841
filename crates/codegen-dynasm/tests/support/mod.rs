//! Helpers shared by the test binaries of this crate (each uses a part of them):
//! [`build`] makes modules for either ISA, [`reference`] holds the integer semantics to
//! check results against, [`engine`] runs code in the real engine with the host's backend.
//!
//! This file is the x86-64 test loader: it places a `CompiledObject` in fresh memory,
//! resolves undefined symbols with `dlsym`, applies `Abs64`/`Pc32`/`Plt32`/`GotPcRel`
//! relocations (calls to external functions go through local stubs, GOT entries live in the
//! read-only part), then makes code read+execute and constants read-only (never writable and
//! executable at once); and [`disasm`] prints x86-64 code.
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the helpers"
)]

use std::collections::HashMap;
use std::ffi::CString;

use jit_core::memory::SectionKind;
use jit_core::object::{CompiledObject, RelocKind};

pub mod build;
pub mod engine;
pub mod reference;

/// Intel-syntax disassembly of `len` bytes of code at `offset` in section 0.
pub fn disasm(obj: &CompiledObject, name: &str) -> String {
    use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};
    let sym = obj
        .symbols
        .iter()
        .find(|s| s.name == name && s.section.is_some())
        .expect("symbol");
    let sec = &obj.sections[sym.section.unwrap().0 as usize];
    let bytes = &sec.data[sym.offset as usize..(sym.offset + sym.size) as usize];
    let mut dec = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut out = String::new();
    let mut text = String::new();
    let mut prev_add = false;
    let mut last_cmp = 0usize;
    while dec.can_decode() {
        let ins = dec.decode();
        text.clear();
        fmt.format(&ins, &mut text);
        out.push_str(&format!("{:04x}  {text}\n", ins.ip()));
        // The backend's jump tables follow `cmp rax, N; ...; add rax, rcx; jmp rax`,
        // 4-aligned, with N + 1 entries: print them as data.
        if ins.mnemonic() == iced_x86::Mnemonic::Cmp
            && ins.op_count() == 2
            && ins.op1_kind() != iced_x86::OpKind::Register
        {
            last_cmp = ins.immediate(1) as usize;
        }
        if prev_add && text == "jmp rax" {
            let start = (ins.next_ip() as usize).next_multiple_of(4);
            let mut at = start;
            for _ in 0..=last_cmp {
                let rel = i32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
                let target = start as i64 + i64::from(rel);
                out.push_str(&format!("{at:04x}  .table {target:#06x}\n"));
                at += 4;
            }
            dec.set_position(at).unwrap();
            dec.set_ip(at as u64);
        }
        prev_add = text == "add rax,rcx";
    }
    out
}

/// A loaded object; unmapped on drop.
pub struct Loaded {
    base: *mut u8,
    len: usize,
    symbols: HashMap<String, u64>,
}

impl Drop for Loaded {
    fn drop(&mut self) {
        // SAFETY: `base`/`len` are the mapping made in `load`, unmapped once.
        unsafe {
            libc::munmap(self.base.cast(), self.len);
        }
    }
}

impl Loaded {
    /// Every defined symbol's address, local ones included.
    pub fn symbols(&self) -> &HashMap<String, u64> {
        &self.symbols
    }

    /// Address of a defined symbol.
    pub fn addr(&self, name: &str) -> u64 {
        *self
            .symbols
            .get(name)
            .unwrap_or_else(|| panic!("no symbol `{name}`"))
    }
    /// A function pointer of type `F` for `name`.
    ///
    /// # Safety
    /// `F` must be an `extern "C" fn` type matching the IR signature.
    pub unsafe fn func<F: Copy>(&self, name: &str) -> F {
        assert_eq!(std::mem::size_of::<F>(), 8);
        let a = self.addr(name);
        // SAFETY: the caller promises `F` is a function pointer type of the right signature.
        unsafe { std::mem::transmute_copy(&a) }
    }
}

fn page_up(x: usize) -> usize {
    x.next_multiple_of(4096)
}

/// Overwrites every caller-saved register with garbage (all ones), as any callee may: a
/// callback that calls this shows code that keeps a value in one of them across the call.
#[inline(never)]
pub fn clobber() {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: writes only the registers it declares as clobbered.
    unsafe {
        std::arch::asm!(
            "mov rax, -1", "mov rcx, rax", "mov rdx, rax", "mov rsi, rax", "mov rdi, rax",
            "mov r8, rax", "mov r9, rax", "mov r10, rax", "mov r11, rax",
            "pcmpeqd xmm0, xmm0", "pcmpeqd xmm1, xmm1", "pcmpeqd xmm2, xmm2",
            "pcmpeqd xmm3, xmm3", "pcmpeqd xmm4, xmm4", "pcmpeqd xmm5, xmm5",
            "pcmpeqd xmm6, xmm6", "pcmpeqd xmm7, xmm7", "pcmpeqd xmm8, xmm8",
            "pcmpeqd xmm9, xmm9", "pcmpeqd xmm10, xmm10", "pcmpeqd xmm11, xmm11",
            "pcmpeqd xmm12, xmm12", "pcmpeqd xmm13, xmm13", "pcmpeqd xmm14, xmm14",
            "pcmpeqd xmm15, xmm15",
            out("rax") _, out("rcx") _, out("rdx") _, out("rsi") _, out("rdi") _,
            out("r8") _, out("r9") _, out("r10") _, out("r11") _,
            out("xmm0") _, out("xmm1") _, out("xmm2") _, out("xmm3") _, out("xmm4") _,
            out("xmm5") _, out("xmm6") _, out("xmm7") _, out("xmm8") _, out("xmm9") _,
            out("xmm10") _, out("xmm11") _, out("xmm12") _, out("xmm13") _, out("xmm14") _,
            out("xmm15") _,
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: writes only the registers it declares as clobbered.
    unsafe {
        std::arch::asm!(
            "mov x0, #-1", "mov x1, x0", "mov x2, x0", "mov x3, x0", "mov x4, x0",
            "mov x5, x0", "mov x6, x0", "mov x7, x0", "mov x8, x0", "mov x9, x0",
            "mov x10, x0", "mov x11, x0", "mov x12, x0", "mov x13, x0", "mov x14, x0",
            "mov x15, x0", "mov x16, x0", "mov x17, x0",
            "movi v0.2d, #-1", "movi v1.2d, #-1", "movi v2.2d, #-1", "movi v3.2d, #-1",
            "movi v4.2d, #-1", "movi v5.2d, #-1", "movi v6.2d, #-1", "movi v7.2d, #-1",
            "movi v16.2d, #-1", "movi v17.2d, #-1", "movi v18.2d, #-1", "movi v19.2d, #-1",
            "movi v20.2d, #-1", "movi v21.2d, #-1", "movi v22.2d, #-1", "movi v23.2d, #-1",
            "movi v24.2d, #-1", "movi v25.2d, #-1", "movi v26.2d, #-1", "movi v27.2d, #-1",
            "movi v28.2d, #-1", "movi v29.2d, #-1", "movi v30.2d, #-1", "movi v31.2d, #-1",
            out("x0") _, out("x1") _, out("x2") _, out("x3") _, out("x4") _, out("x5") _,
            out("x6") _, out("x7") _, out("x8") _, out("x9") _, out("x10") _, out("x11") _,
            out("x12") _, out("x13") _, out("x14") _, out("x15") _, out("x16") _,
            out("x17") _,
            out("v0") _, out("v1") _, out("v2") _, out("v3") _, out("v4") _, out("v5") _,
            out("v6") _, out("v7") _, out("v16") _, out("v17") _, out("v18") _,
            out("v19") _, out("v20") _, out("v21") _, out("v22") _, out("v23") _,
            out("v24") _, out("v25") _, out("v26") _, out("v27") _, out("v28") _,
            out("v29") _, out("v30") _, out("v31") _,
        );
    }
}

/// `__jit_tier_up` for code compiled with tier-up counters: clobbers the caller-saved
/// registers and sets the counter back to 1, so the next check calls again.
pub extern "C" fn tier_up_every_time(counter: *mut u32) {
    clobber();
    // SAFETY: tier-0 code passes the address of its counter, a live writable u32.
    unsafe { counter.write(1) };
}

/// `__jit_osr` for the same code: clobbers the caller-saved registers, sets the counter
/// back to 1 and never hands out an entry, so every loop iteration goes back to tier 0's
/// loop through the check's slow path.
pub extern "C" fn osr_never(counter: *mut u32, _block: u32, _frame: *mut u8) -> u64 {
    tier_up_every_time(counter);
    0
}

fn resolve_external(name: &str) -> u64 {
    if name == jit_core::backend::TIER_UP_SYMBOL {
        return tier_up_every_time as *const () as u64;
    }
    if name == jit_core::backend::OSR_SYMBOL {
        return osr_never as *const () as u64;
    }
    // glibc's `atexit` lives in libc_nonshared.a, so dlsym cannot find it; use the copy
    // linked into this binary.
    if name == "atexit" {
        return libc::atexit as *const () as u64;
    }
    let c = CString::new(name).unwrap();
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) };
    if !p.is_null() {
        return p as u64;
    }
    // libm is not always linked into the test binary.
    // SAFETY: dlopen of a system library by a NUL-terminated name; never closed.
    let h = unsafe { libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL) };
    if h.is_null() {
        return 0;
    }
    // SAFETY: as above, on the libm handle.
    unsafe { libc::dlsym(h, c.as_ptr()) as u64 }
}

/// Loads `obj`; panics on anything the test loader cannot do.
pub fn load(obj: &CompiledObject) -> Loaded {
    load_with(obj, &HashMap::new())
}

/// Loads `obj`, resolving its undefined symbols in `known` first (a loaded object's
/// [`Loaded::symbols`], say, local ones included), then in the process.
pub fn load_with(obj: &CompiledObject, known: &HashMap<String, u64>) -> Loaded {
    // Layout: [code | stubs] [rodata | GOT] [rw data]
    let mut offs = vec![0usize; obj.sections.len()];
    let mut code = 0usize;
    let mut ro = 0usize;
    let mut rw = 0usize;
    for (i, s) in obj.sections.iter().enumerate() {
        let a = s.align.max(1) as usize;
        let cur = match s.kind {
            SectionKind::Code => &mut code,
            SectionKind::ReadOnly => &mut ro,
            SectionKind::ReadWrite => &mut rw,
        };
        *cur = cur.next_multiple_of(a);
        offs[i] = *cur;
        *cur += s.size as usize;
    }
    let nsyms = obj.symbols.len();
    let stubs_at = code.next_multiple_of(16);
    let code_len = page_up(stubs_at + 16 * nsyms + 1);
    let got_at = ro.next_multiple_of(8);
    let ro_len = page_up(got_at + 8 * nsyms + 1);
    let rw_len = page_up(rw + 1);
    let len = code_len + ro_len + rw_len;
    // SAFETY: anonymous private mapping; checked for failure below.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    assert_ne!(base, libc::MAP_FAILED, "mmap failed");
    let base = base.cast::<u8>();
    let region = |k: SectionKind| match k {
        SectionKind::Code => 0,
        SectionKind::ReadOnly => code_len,
        SectionKind::ReadWrite => code_len + ro_len,
    };
    let mut sec_addr = vec![0u64; obj.sections.len()];
    for (i, s) in obj.sections.iter().enumerate() {
        let at = region(s.kind) + offs[i];
        sec_addr[i] = base as u64 + at as u64;
        // SAFETY: `at + data.len()` lies inside the mapping (sizes computed above).
        unsafe { std::ptr::copy_nonoverlapping(s.data.as_ptr(), base.add(at), s.data.len()) };
    }
    let mut addr = vec![0u64; nsyms];
    let mut symbols = HashMap::new();
    for (i, s) in obj.symbols.iter().enumerate() {
        addr[i] = match s.section {
            Some(sec) => sec_addr[sec.0 as usize] + s.offset,
            None => {
                let a = known
                    .get(&s.name)
                    .copied()
                    .unwrap_or_else(|| resolve_external(&s.name));
                assert!(
                    a != 0 || s.binding == jit_core::object::Binding::Weak,
                    "undefined symbol `{}`",
                    s.name
                );
                a
            }
        };
        if s.section.is_some() {
            symbols.insert(s.name.clone(), addr[i]);
        }
    }
    let write = |at: u64, bytes: &[u8]| {
        let off = (at - base as u64) as usize;
        assert!(off + bytes.len() <= len);
        // SAFETY: bounds checked just above; the mapping is still writable.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), base.add(off), bytes.len()) };
    };
    let stub = |i: usize| base as u64 + (stubs_at + 16 * i) as u64;
    let got = |i: usize| base as u64 + (code_len + got_at + 8 * i) as u64;
    for (i, s) in obj.symbols.iter().enumerate() {
        if s.section.is_none() {
            // jmp [rip+2] ; ud2 ; .quad addr
            let mut st = vec![0xff, 0x25, 2, 0, 0, 0, 0x0f, 0x0b];
            st.extend(addr[i].to_le_bytes());
            write(stub(i), &st);
        }
        write(got(i), &addr[i].to_le_bytes());
    }
    for r in &obj.relocations {
        let p = sec_addr[r.section.0 as usize] + r.offset;
        let si = r.symbol.0 as usize;
        let s = addr[si];
        let a = r.addend;
        match r.kind {
            RelocKind::Abs64 => write(p, &(s as i64 + a).to_le_bytes()),
            RelocKind::Pc32 | RelocKind::Plt32 => {
                let target = if r.kind == RelocKind::Plt32 && obj.symbols[si].section.is_none() {
                    stub(si)
                } else {
                    s
                };
                let v = target as i64 + a - p as i64;
                let v32 = i32::try_from(v).unwrap_or_else(|_| {
                    panic!("relocation out of range for `{}`", obj.symbols[si].name)
                });
                write(p, &v32.to_le_bytes());
            }
            RelocKind::GotPcRel => {
                let v = got(si) as i64 + a - p as i64;
                write(p, &i32::try_from(v).unwrap().to_le_bytes());
            }
            k => panic!("unexpected relocation {k:?}"),
        }
    }
    // SAFETY: the three regions are page-aligned parts of the mapping.
    unsafe {
        assert_eq!(
            libc::mprotect(base.cast(), code_len, libc::PROT_READ | libc::PROT_EXEC),
            0
        );
        assert_eq!(
            libc::mprotect(base.add(code_len).cast(), ro_len, libc::PROT_READ),
            0
        );
    }
    Loaded { base, len, symbols }
}
