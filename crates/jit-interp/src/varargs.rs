//! Real ABI `va_list`s for interpreted varargs functions.
//!
//! clang lowers `va_arg` inline: the IR reads the `va_list` fields itself, and programs pass
//! their `va_list` on to `vprintf`. So when an interpreted varargs function is called, the
//! interpreter lays the arguments out exactly as the native calling convention would have
//! left them after the prologue (register save areas plus the stack overflow area), and
//! `llvm.va_start` writes a `va_list` pointing there.
//!
//! * **x86-64 System V**: `{ i32 gp_offset, i32 fp_offset, ptr overflow_arg_area,
//!   ptr reg_save_area }`; the save area holds 6 GP registers × 8 bytes then 8 XMM registers
//!   × 16 bytes (176 bytes). Integers and pointers take one GP register, `i128` two (or go to
//!   memory aligned 16 when fewer than two are left), floats, doubles and small vectors one
//!   XMM register, `byval` aggregates go to memory. Memory arguments take 8-byte slots,
//!   16-byte-aligned for 16-byte-aligned types.
//! * **AArch64 AAPCS64**: `{ ptr __stack, ptr __gr_top, ptr __vr_top, i32 __gr_offs,
//!   i32 __vr_offs }` with 8 GP × 8 and 8 FP/SIMD × 16 save areas; `__gr_offs`/`__vr_offs`
//!   are negative offsets from the tops. 16-byte-aligned integers start at an even register;
//!   homogeneous float aggregates take one SIMD register per member; an argument that does
//!   not fit closes its register class for the rest of the call.
//!
//! Only the register save areas and the variadic stack arguments are materialised: named
//! arguments reach the callee as parameters, they only count registers here.

use crate::abi::AbiTy;
use crate::code::ArgKind;
use crate::memory::Stack;
use crate::value::Fault;
use jit_core::Arch;

/// An argument as seen by the layout: its ABI type, kind and bytes.
pub(crate) struct VaArg<'a> {
    /// ABI description (the pointee for byval).
    pub(crate) abi: &'a AbiTy,
    /// byval / value.
    pub(crate) kind: &'a ArgKind,
    /// The value's image (for byval: the pointer's word).
    pub(crate) bytes: &'a [u8],
}

/// The prebuilt `va_list` image of one call, written by `llvm.va_start`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct VaList {
    /// The image (24 bytes on x86-64, 32 on AArch64).
    pub(crate) image: [u8; 32],
    /// Its length.
    pub(crate) len: usize,
}

#[derive(Debug, PartialEq)]
enum Class {
    /// `n` consecutive GP registers (`even`: AArch64 16-byte alignment).
    Gp { n: u32, even: bool },
    /// `n` SIMD registers, each holding `elem` bytes of the value (0 = the whole value).
    Fp { n: u32, elem: u64 },
    /// Memory.
    Mem,
}

fn classify(arch: Arch, abi: &AbiTy, kind: &ArgKind) -> Class {
    if matches!(kind, ArgKind::Byval { .. }) {
        return Class::Mem;
    }
    match abi {
        AbiTy::Int { bits, .. } if *bits > 64 => Class::Gp { n: 2, even: true },
        AbiTy::Int { .. } | AbiTy::Ptr => Class::Gp { n: 1, even: false },
        AbiTy::F32 | AbiTy::F64 => Class::Fp { n: 1, elem: 0 },
        // fp128 takes one q / whole xmm register; x86-64's x87 class always goes in memory.
        AbiTy::Quad => Class::Fp { n: 1, elem: 0 },
        AbiTy::Agg { size, vector, .. } if *vector && *size <= 16 => Class::Fp { n: 1, elem: 0 },
        AbiTy::Agg { size, align, .. } if arch == Arch::AArch64 => match abi.hfa() {
            Some((elem, n)) => Class::Fp { n, elem },
            None if *size <= 16 => Class::Gp {
                n: size.div_ceil(8) as u32,
                even: *align >= 16,
            },
            None => Class::Mem,
        },
        _ => Class::Mem,
    }
}

fn put(save: &mut [u8], at: usize, src: &[u8]) {
    let n = src.len().min(save.len().saturating_sub(at));
    save[at..at + n].copy_from_slice(&src[..n]);
}

/// Lays out the variadic arguments (`args[nfixed..]`) of a call on `stack` and returns the
/// `va_list` image `llvm.va_start` will write.
pub(crate) fn build(
    arch: Arch,
    stack: &mut Stack,
    args: &[VaArg<'_>],
    nfixed: usize,
) -> Result<VaList, Fault> {
    let (ngp, nfp, fp_size) = match arch {
        Arch::X86_64 => (6u32, 8u32, 16usize),
        Arch::AArch64 => (8, 8, 16),
    };
    let gp_bytes = ngp as usize * 8;
    let mut save = vec![0u8; gp_bytes + nfp as usize * fp_size];
    let mut gp = 0u32;
    let mut fp = 0u32;
    let (mut named_gp, mut named_fp) = (0u32, 0u32);
    // (bytes, size, slot alignment) of the variadic memory arguments.
    let mut mem: Vec<(Vec<u8>, usize, usize)> = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if i == nfixed {
            named_gp = gp;
            named_fp = fp;
        }
        let variadic = i >= nfixed;
        let class = classify(arch, a.abi, a.kind);
        let in_regs = match class {
            Class::Gp { n, even } => {
                if arch == Arch::AArch64 && even && gp % 2 == 1 {
                    gp += 1;
                }
                if gp + n <= ngp {
                    if variadic {
                        put(
                            &mut save,
                            gp as usize * 8,
                            &a.bytes[..a.bytes.len().min(n as usize * 8)],
                        );
                    }
                    gp += n;
                    true
                } else {
                    if arch == Arch::AArch64 {
                        gp = ngp;
                    }
                    false
                }
            }
            Class::Fp { n, elem } => {
                if fp + n <= nfp {
                    if variadic {
                        for j in 0..n as usize {
                            let at = gp_bytes + (fp as usize + j) * fp_size;
                            let src = if elem == 0 {
                                &a.bytes[..a.bytes.len().min(16)]
                            } else {
                                let e = elem as usize;
                                &a.bytes
                                    [(j * e).min(a.bytes.len())..((j + 1) * e).min(a.bytes.len())]
                            };
                            put(&mut save, at, src);
                        }
                    }
                    fp += n;
                    true
                } else {
                    if arch == Arch::AArch64 {
                        fp = nfp;
                    }
                    false
                }
            }
            Class::Mem => false,
        };
        if !in_regs && variadic {
            let (bytes, size, align) = match a.kind {
                ArgKind::Byval { size, align } => {
                    let mut w = [0u8; 8];
                    let n = a.bytes.len().min(8);
                    w[..n].copy_from_slice(&a.bytes[..n]);
                    let ptr = u64::from_le_bytes(w);
                    crate::memory::check(ptr, "byval argument")?;
                    let mut v = vec![0u8; *size as usize];
                    // SAFETY: a byval argument points at `size` readable bytes of the caller.
                    unsafe { crate::memory::read_bytes(ptr, &mut v) };
                    (v, *size as usize, *align as usize)
                }
                _ => {
                    let size = a.abi.size() as usize;
                    let n = size.min(a.bytes.len());
                    (a.bytes[..n].to_vec(), size, a.abi.align() as usize)
                }
            };
            let slot_align = if align >= 16 { 16 } else { 8 };
            mem.push((bytes, size, slot_align));
        }
    }
    if args.len() <= nfixed {
        named_gp = gp;
        named_fp = fp;
    }
    // The overflow area.
    let mut total = 0usize;
    for (_, size, align) in &mem {
        total = total.next_multiple_of(*align) + size.next_multiple_of(8);
    }
    let overflow = stack.alloc(total.max(8) as u64, 16)?;
    let mut off = 0usize;
    for (bytes, size, align) in &mem {
        off = off.next_multiple_of(*align);
        // SAFETY: `overflow..overflow+total` was just carved from the interpreter's stack.
        unsafe { crate::memory::write_bytes(overflow + off as u64, bytes) };
        off += size.next_multiple_of(8);
    }
    let save_addr = stack.alloc(save.len() as u64, 16)?;
    // SAFETY: the save area was just carved from the interpreter's stack with this size.
    unsafe { crate::memory::write_bytes(save_addr, &save) };
    let mut image = [0u8; 32];
    let len = match arch {
        Arch::X86_64 => {
            image[0..4].copy_from_slice(&(named_gp * 8).to_le_bytes());
            image[4..8].copy_from_slice(&(48 + named_fp * 16).to_le_bytes());
            image[8..16].copy_from_slice(&overflow.to_le_bytes());
            image[16..24].copy_from_slice(&save_addr.to_le_bytes());
            24
        }
        Arch::AArch64 => {
            let gr_top = save_addr + gp_bytes as u64;
            let vr_top = save_addr + save.len() as u64;
            let gr_offs = -((ngp - named_gp.min(ngp)) as i32 * 8);
            let vr_offs = -((nfp - named_fp.min(nfp)) as i32 * 16);
            image[0..8].copy_from_slice(&overflow.to_le_bytes());
            image[8..16].copy_from_slice(&gr_top.to_le_bytes());
            image[16..24].copy_from_slice(&vr_top.to_le_bytes());
            image[24..28].copy_from_slice(&gr_offs.to_le_bytes());
            image[28..32].copy_from_slice(&vr_offs.to_le_bytes());
            32
        }
    };
    Ok(VaList { image, len })
}

/// Size of a `va_list` (for `llvm.va_copy`).
pub(crate) fn va_list_size(arch: Arch) -> usize {
    match arch {
        Arch::X86_64 => 24,
        Arch::AArch64 => 32,
    }
}

/// Fetches the next argument of type `abi` from an x86-64 `va_list` at `list` (the rarely
/// emitted `va_arg` instruction), advancing it, into `out`.
///
/// # Safety
/// `list` must point to a `va_list` initialised by `llvm.va_start`.
pub(crate) unsafe fn va_arg_x86(list: u64, abi: &AbiTy, out: &mut [u8]) -> Result<(), Fault> {
    crate::memory::check(list, "va_arg")?;
    let p = list as *mut u8;
    // SAFETY: the caller guarantees a valid x86-64 va_list (24 bytes) at `list`.
    unsafe {
        let gp_off = p.cast::<u32>().read_unaligned();
        let fp_off = p.add(4).cast::<u32>().read_unaligned();
        let overflow = p.add(8).cast::<u64>().read_unaligned();
        let save = p.add(16).cast::<u64>().read_unaligned();
        let size = (abi.size() as usize).min(out.len());
        let (src, is_fp) = match classify(Arch::X86_64, abi, &ArgKind::Value) {
            Class::Gp { n: 1, .. } if gp_off + 8 <= 48 => {
                p.cast::<u32>().write_unaligned(gp_off + 8);
                (save + u64::from(gp_off), false)
            }
            Class::Fp { n: 1, .. } if fp_off + 16 <= 176 => {
                p.add(4).cast::<u32>().write_unaligned(fp_off + 16);
                (save + u64::from(fp_off), true)
            }
            _ => {
                let align = if abi.align() >= 16 { 16 } else { 8 };
                let at = overflow.next_multiple_of(align);
                p.add(8)
                    .cast::<u64>()
                    .write_unaligned(at + (size as u64).next_multiple_of(8));
                (at, false)
            }
        };
        let _ = is_fp;
        crate::memory::read_bytes(src, &mut out[..size]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rd64(a: u64) -> u64 {
        // SAFETY: test addresses come from the stack built just before.
        unsafe { (a as *const u64).read_unaligned() }
    }

    #[test]
    fn x86_64_layout() {
        let mut stack = Stack::new().unwrap();
        let int = AbiTy::Int {
            bits: 32,
            signed: false,
        };
        let v = ArgKind::Value;
        let fmt = 0x1234u64.to_le_bytes();
        let seven = 7u64.to_le_bytes();
        let d = 2.5f64.to_bits().to_le_bytes();
        // f(ptr fmt, ...) called with (fmt, 7, 2.5, then 6 more ints to spill).
        let mut args = vec![
            VaArg {
                abi: &AbiTy::Ptr,
                kind: &v,
                bytes: &fmt,
            },
            VaArg {
                abi: &int,
                kind: &v,
                bytes: &seven,
            },
            VaArg {
                abi: &AbiTy::F64,
                kind: &v,
                bytes: &d,
            },
        ];
        let nums: Vec<[u8; 8]> = (100u64..106).map(|n| n.to_le_bytes()).collect();
        for n in &nums {
            args.push(VaArg {
                abi: &int,
                kind: &v,
                bytes: n,
            });
        }
        let va = build(Arch::X86_64, &mut stack, &args, 1).unwrap();
        assert_eq!(va.len, 24);
        let img = va.image;
        assert_eq!(u32::from_le_bytes(img[0..4].try_into().unwrap()), 8);
        assert_eq!(u32::from_le_bytes(img[4..8].try_into().unwrap()), 48);
        let overflow = u64::from_le_bytes(img[8..16].try_into().unwrap());
        let save = u64::from_le_bytes(img[16..24].try_into().unwrap());
        assert_eq!(rd64(save + 8), 7);
        assert_eq!(rd64(save + 48), 2.5f64.to_bits());
        // 7 in rsi, 100..=103 in rdx, rcx, r8, r9; 104 and 105 overflow.
        assert_eq!(rd64(save + 40), 103);
        assert_eq!(rd64(overflow), 104);
        assert_eq!(rd64(overflow + 8), 105);
    }

    #[test]
    fn long_double_varargs() {
        let mut stack = Stack::new().unwrap();
        let v = ArgKind::Value;
        let fmt = 0x1234u64.to_le_bytes();
        let one = 0x3fff_8000_0000_0000_0000u128.to_le_bytes();
        let rd128 = |a: u64| {
            // SAFETY: `a` points into the va_list areas built above.
            unsafe { (a as *const u128).read_unaligned() }
        };
        let args = [
            VaArg {
                abi: &AbiTy::Ptr,
                kind: &v,
                bytes: &fmt,
            },
            VaArg {
                abi: &AbiTy::LongDouble,
                kind: &v,
                bytes: &one,
            },
        ];
        // x86-64: class X87 goes to the overflow area, 16-byte aligned.
        let va = build(Arch::X86_64, &mut stack, &args, 1).unwrap();
        let overflow = u64::from_le_bytes(va.image[8..16].try_into().unwrap());
        assert_eq!(overflow % 16, 0);
        assert_eq!(rd128(overflow), u128::from_le_bytes(one));
        assert_eq!(u32::from_le_bytes(va.image[4..8].try_into().unwrap()), 48);
        // fp128 (AArch64 `long double`, x86-64 `__float128`) takes the first slot of the
        // FP/SIMD save area on both.
        let quad = 0x3fff_0000_0000_0000_0000_0000_0000_0000u128.to_le_bytes();
        let args = [
            VaArg {
                abi: &AbiTy::Ptr,
                kind: &v,
                bytes: &fmt,
            },
            VaArg {
                abi: &AbiTy::Quad,
                kind: &v,
                bytes: &quad,
            },
        ];
        let va = build(Arch::AArch64, &mut stack, &args, 1).unwrap();
        let vr_top = u64::from_le_bytes(va.image[16..24].try_into().unwrap());
        let vr_offs = i32::from_le_bytes(va.image[28..32].try_into().unwrap());
        assert_eq!(vr_offs, -128);
        assert_eq!(rd128(vr_top - 128), u128::from_le_bytes(quad));
        let va = build(Arch::X86_64, &mut stack, &args, 1).unwrap();
        let save = u64::from_le_bytes(va.image[16..24].try_into().unwrap());
        assert_eq!(u32::from_le_bytes(va.image[4..8].try_into().unwrap()), 48);
        assert_eq!(rd128(save + 48), u128::from_le_bytes(quad));
    }

    #[test]
    fn aarch64_layout() {
        let mut stack = Stack::new().unwrap();
        let v = ArgKind::Value;
        let i128ty = AbiTy::Int {
            bits: 128,
            signed: false,
        };
        let hfa = AbiTy::Agg {
            size: 16,
            align: 8,
            fields: vec![AbiTy::F64, AbiTy::F64],
            vector: false,
        };
        let n = 1u64.to_le_bytes();
        let wide = (5u128 | (6u128 << 64)).to_le_bytes();
        let mut hb = [0u8; 16];
        hb[..8].copy_from_slice(&1.5f64.to_bits().to_le_bytes());
        hb[8..].copy_from_slice(&2.5f64.to_bits().to_le_bytes());
        // f(int n, ...) with (1, i128, hfa {1.5, 2.5}).
        let args = [
            VaArg {
                abi: &AbiTy::Int {
                    bits: 32,
                    signed: true,
                },
                kind: &v,
                bytes: &n,
            },
            VaArg {
                abi: &i128ty,
                kind: &v,
                bytes: &wide,
            },
            VaArg {
                abi: &hfa,
                kind: &v,
                bytes: &hb,
            },
        ];
        let va = build(Arch::AArch64, &mut stack, &args, 1).unwrap();
        assert_eq!(va.len, 32);
        let img = va.image;
        let gr_top = u64::from_le_bytes(img[8..16].try_into().unwrap());
        let vr_top = u64::from_le_bytes(img[16..24].try_into().unwrap());
        let gr_offs = i32::from_le_bytes(img[24..28].try_into().unwrap());
        let vr_offs = i32::from_le_bytes(img[28..32].try_into().unwrap());
        assert_eq!(gr_offs, -56);
        assert_eq!(vr_offs, -128);
        let gr = gr_top - 64;
        // The i128 starts at the even register x2.
        assert_eq!(rd64(gr + 16), 5);
        assert_eq!(rd64(gr + 24), 6);
        let vr = vr_top - 128;
        assert_eq!(rd64(vr), 1.5f64.to_bits());
        assert_eq!(rd64(vr + 16), 2.5f64.to_bits());
    }
}
