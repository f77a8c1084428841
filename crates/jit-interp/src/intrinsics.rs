//! The `llvm.*` intrinsics clang emits for C. Memory intrinsics act on real memory;
//! arithmetic ones work lane by lane (so `llvm.smax.v4i32` is `llvm.smax.i32` four times);
//! float functions use the operand's own precision (`llvm.sin.f32` is `sinf`, as natively).
//! `llvm.fmuladd` is fused on AArch64 and a separate multiply and add on x86-64, as the
//! native backends without `-mfma` lower it.

use crate::code::*;
use crate::machine::Machine;
use crate::memory::{self, as_bytes, as_bytes_mut};
use crate::value::{self, Fault, Fp, mask64, sext64};
use jit_core::Arch;
use jit_core::ir::AsmAction;
use jit_core::ir::Intrinsic as I;

impl Machine {
    /// Executes intrinsic site `idx` of `f`.
    pub(crate) fn exec_intrinsic(
        &mut self,
        f: &LFunc,
        base: usize,
        frame_base: u64,
        idx: usize,
    ) -> Result<(), Fault> {
        let site = &f.intrs[idx];
        let arg = |m: &Machine, i: usize| -> u64 {
            match site.args.get(i) {
                Some(&(o, _)) if o != NONE => m.rd(f, base, o),
                _ => 0,
            }
        };
        let set = |m: &mut Machine, v: u64| {
            if site.dst != NONE {
                m.thread.regs[base + site.dst as usize] = v;
            }
        };
        let std = match site.kind {
            IntrKind::Std(I::LoadRelative) | IntrKind::LoadRelative => {
                let (p, off) = (arg(self, 0), arg(self, 1));
                let at = p.wrapping_add(off);
                memory::check(at, "llvm.load.relative")?;
                // SAFETY: the relative table is a constant global of the program.
                let rel = unsafe { (at as *const i32).read_unaligned() };
                set(self, p.wrapping_add(rel as i64 as u64));
                return Ok(());
            }
            IntrKind::Std(i) => i,
            IntrKind::Reduce(op) => return self.reduce(f, base, site, op),
            IntrKind::Wide(which, w) => return self.wide_intrinsic(f, base, site, which, w),
            IntrKind::InlineAsm(plan) => return self.inline_asm(f, base, site, plan),
        };
        match std {
            I::Memcpy | I::MemcpyInline | I::Memmove => {
                let (d, s, n) = (arg(self, 0), arg(self, 1), arg(self, 2));
                if n > 0 {
                    memory::check(d, "memcpy destination")?;
                    memory::check(s, "memcpy source")?;
                    // SAFETY: the program copies between its own objects; overlapping ranges
                    // are allowed (memmove semantics covers memcpy).
                    unsafe { std::ptr::copy(s as *const u8, d as *mut u8, n as usize) };
                }
            }
            I::Memset | I::MemsetInline => {
                let (d, v, n) = (arg(self, 0), arg(self, 1), arg(self, 2));
                if n > 0 {
                    memory::check(d, "memset destination")?;
                    // SAFETY: the program fills its own object.
                    unsafe { std::ptr::write_bytes(d as *mut u8, v as u8, n as usize) };
                }
            }
            I::VaStart => {
                let list = arg(self, 0);
                memory::check(list, "va_start")?;
                let va = self
                    .thread
                    .frames
                    .last()
                    .and_then(|fr| fr.va.clone())
                    .ok_or_else(|| {
                        Fault::Msg(
                            "llvm.va_start in a function that has no variadic arguments".into(),
                        )
                    })?;
                // SAFETY: `list` is the program's va_list object, large enough for the image.
                unsafe { memory::write_bytes(list, &va.image[..va.len]) };
            }
            I::VaCopy => {
                let (d, s) = (arg(self, 0), arg(self, 1));
                memory::check(d, "va_copy")?;
                memory::check(s, "va_copy")?;
                let n = crate::varargs::va_list_size(self.arch);
                // SAFETY: both are va_list objects of the program.
                unsafe { std::ptr::copy(s as *const u8, d as *mut u8, n) };
            }
            I::VaEnd => {}
            I::StackSave => set(self, self.thread.stack.sp),
            I::ThreadLocalAddress => {
                let a = self
                    .thread_local_address(arg(self, 0))
                    .map_err(Fault::Msg)?;
                set(self, a);
            }
            I::StackRestore => self.thread.stack.restore(arg(self, 0))?,
            I::Expect
            | I::ExpectWithProbability
            | I::LaunderInvariantGroup
            | I::StripInvariantGroup
            | I::PtrAnnotation
            | I::Annotation => {
                if site.dst != NONE
                    && let Some(&(o, _)) = site.args.first()
                {
                    self.copy_words(f, base, site.dst, o, site.words);
                }
            }
            I::PtrMask => set(self, arg(self, 0) & arg(self, 1)),
            I::ObjectSize => {
                let bits = site.res.map_or(64, |s| s.elem.bits());
                let min = arg(self, 1) & 1 != 0;
                set(self, if min { 0 } else { mask64(bits) });
            }
            I::IsConstant | I::InvariantStart => set(self, 0),
            I::Trap | I::DebugTrap | I::UbsanTrap => {
                return Err(Fault::Msg(format!("trap (@{})", site.name)));
            }
            I::FrameAddress => set(self, frame_base),
            I::ReturnAddress => set(self, 0),
            I::FltRounds => set(self, 1),
            I::SAddWithOverflow
            | I::UAddWithOverflow
            | I::SSubWithOverflow
            | I::USubWithOverflow
            | I::SMulWithOverflow
            | I::UMulWithOverflow => self.with_overflow(f, base, site, std)?,
            i if i.is_no_op() => {}
            _ => self.lanewise(f, base, site, std)?,
        }
        Ok(())
    }

    /// Runs an inline asm plan: the instruction's effect, then the results.
    fn inline_asm(
        &mut self,
        f: &LFunc,
        base: usize,
        site: &IntrSite,
        plan: u32,
    ) -> Result<(), Fault> {
        let plan = &f.asms[plan as usize];
        if let Some(g) = &plan.general {
            return self.general_asm(f, base, site, g);
        }
        let arg = |m: &Machine, i: Option<usize>| -> u64 {
            match i.and_then(|i| site.args.get(i)) {
                Some(&(o, _)) if o != NONE => m.rd(f, base, o),
                _ => 0,
            }
        };
        // `eax`..`edx` after the instruction (`cpuid`, `rdtsc`); zero for the others.
        let regs: [u64; 4] = match plan.action {
            AsmAction::Pause => {
                std::hint::spin_loop();
                [0; 4]
            }
            AsmAction::Fence(_) => {
                std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
                [0; 4]
            }
            #[cfg(target_arch = "x86_64")]
            AsmAction::Cpuid => {
                let (leaf, sub) = (arg(self, plan.ax_arg), arg(self, plan.cx_arg));
                let r = std::arch::x86_64::__cpuid_count(leaf as u32, sub as u32);
                [r.eax, r.ebx, r.ecx, r.edx].map(u64::from)
            }
            #[cfg(target_arch = "x86_64")]
            AsmAction::Rdtsc => {
                // SAFETY: rdtsc is available on every x86-64 processor.
                let t = unsafe { std::arch::x86_64::_rdtsc() };
                [t & 0xffff_ffff, 0, 0, t >> 32]
            }
            _ => [0; 4],
        };
        if site.dst == NONE {
            return Ok(());
        }
        let d = base + site.dst as usize;
        let values: Vec<u64> = plan
            .outs
            .iter()
            .map(|o| match o.src {
                AsmSrc::Arg(i) => arg(self, Some(i)),
                AsmSrc::Reg(r) => regs[usize::from(r)],
                AsmSrc::Zero => 0,
            })
            .collect();
        let w = &mut self.thread.regs[d..d + site.words as usize];
        w.fill(0);
        let bytes = as_bytes_mut(w);
        for (o, v) in plan.outs.iter().zip(values) {
            let (off, n) = (o.off as usize, o.size as usize);
            if let Some(dst) = bytes.get_mut(off..off + n) {
                dst.copy_from_slice(&v.to_le_bytes()[..n]);
            }
        }
        Ok(())
    }

    /// Runs an assembled inline asm snippet: arguments into its buffer, the call, the
    /// results out of it.
    fn general_asm(
        &mut self,
        f: &LFunc,
        base: usize,
        site: &IntrSite,
        g: &crate::code::GeneralAsm,
    ) -> Result<(), Fault> {
        let snip = g.thunk.snippet();
        let mut buf = vec![0u8; snip.buffer_size() as usize];
        for (i, &(o, words)) in site.args.iter().enumerate() {
            if o == NONE {
                continue;
            }
            let at = snip.arg_offset(i) as usize;
            if words >= 2 {
                buf[at..at + 16].copy_from_slice(&self.rd2(f, base, o).to_le_bytes());
            } else {
                buf[at..at + 8].copy_from_slice(&self.rd(f, base, o).to_le_bytes());
            }
        }
        // SAFETY: the buffer has the snippet's layout and holds the program's own operand
        // values; what the template does with them is the program's business, exactly as
        // when the natively compiled program runs it.
        unsafe { g.thunk.call(&mut buf) };
        if site.dst == NONE {
            return Ok(());
        }
        let d = base + site.dst as usize;
        let w = &mut self.thread.regs[d..d + site.words as usize];
        w.fill(0);
        let bytes = as_bytes_mut(w);
        for (k, place) in g.results.iter().enumerate() {
            let from = snip.result_offset(k) as usize;
            let (off, n) = (place.offset as usize, place.bytes as usize);
            if let Some(dst) = bytes.get_mut(off..off + n) {
                dst.copy_from_slice(&buf[from..from + n]);
            }
        }
        Ok(())
    }

    /// A float intrinsic with `x86_fp80`/`fp128` operands or result.
    fn wide_intrinsic(
        &mut self,
        f: &LFunc,
        base: usize,
        site: &IntrSite,
        which: I,
        w: crate::wide::Wide,
    ) -> Result<(), Fault> {
        let mut args = [0u128; 3];
        for (slot, &(o, words)) in args.iter_mut().zip(&site.args) {
            if o == NONE {
                continue;
            }
            *slot = if words >= 2 {
                self.rd2(f, base, o)
            } else {
                u128::from(self.rd(f, base, o))
            };
        }
        let res_bits = site.res.map_or(128, |s| s.elem.bits());
        let r = match crate::wide::intrinsic(which, w, args, res_bits) {
            Some(r) => r,
            None => match crate::wide::libm_name(which) {
                Some(name) if crate::wide::is_host_long_double(w) => {
                    let nargs = site.args.iter().filter(|&&(o, _)| o != NONE).count();
                    call_long_double_libm(name, &args[..nargs.min(3)])?
                }
                _ => {
                    return Err(Fault::Msg(format!(
                        "unsupported intrinsic @{} on x86_fp80/fp128",
                        site.name
                    )));
                }
            },
        };
        if site.dst != NONE {
            if site.words >= 2 {
                self.write_u128(base, site.dst, r);
            } else {
                self.thread.regs[base + site.dst as usize] = r as u64;
            }
        }
        Ok(())
    }

    fn with_overflow(
        &mut self,
        f: &LFunc,
        base: usize,
        site: &IntrSite,
        which: I,
    ) -> Result<(), Fault> {
        let bits = match site.res {
            Some(s) => s.elem.bits(),
            None if site.words == 4 => 128,
            None => return Err(Fault::Msg(format!("unsupported width in @{}", site.name))),
        };
        let (a, b) = match (site.args.first(), site.args.get(1)) {
            (Some(&(x, _)), Some(&(y, _))) if bits > 64 => {
                (self.rd2(f, base, x), self.rd2(f, base, y))
            }
            (Some(&(x, _)), Some(&(y, _))) => (
                u128::from(self.rd(f, base, x)),
                u128::from(self.rd(f, base, y)),
            ),
            _ => return Err(Fault::Msg(format!("bad arguments to @{}", site.name))),
        };
        let m = value::mask128(bits);
        let (sa, sb) = (value::sext128(a, bits), value::sext128(b, bits));
        let (r, o): (u128, bool) = match which {
            I::UAddWithOverflow => {
                let (r, c) = a.overflowing_add(b);
                (r & m, c || r > m)
            }
            I::USubWithOverflow => (a.wrapping_sub(b) & m, b > a),
            I::UMulWithOverflow => match a.checked_mul(b) {
                Some(r) => (r & m, r > m),
                None => (a.wrapping_mul(b) & m, true),
            },
            I::SAddWithOverflow => {
                let (r, c) = sa.overflowing_add(sb);
                let t = (r as u128) & m;
                (t, c || value::sext128(t, bits) != r)
            }
            I::SSubWithOverflow => {
                let (r, c) = sa.overflowing_sub(sb);
                let t = (r as u128) & m;
                (t, c || value::sext128(t, bits) != r)
            }
            _ => match sa.checked_mul(sb) {
                Some(r) => {
                    let t = (r as u128) & m;
                    (t, value::sext128(t, bits) != r)
                }
                None => ((sa.wrapping_mul(sb) as u128) & m, true),
            },
        };
        let d = base + site.dst as usize;
        let n = site.words as usize;
        let w = &mut self.thread.regs[d..d + n];
        w.fill(0);
        let bytes = as_bytes_mut(w);
        let vb = bits.div_ceil(8) as usize;
        bytes[..vb.min(16)].copy_from_slice(&r.to_le_bytes()[..vb.min(16)]);
        if let Some(flag) = bytes.get_mut(site.flag_off as usize) {
            *flag = u8::from(o);
        }
        Ok(())
    }

    fn reduce(
        &mut self,
        f: &LFunc,
        base: usize,
        site: &IntrSite,
        op: ReduceOp,
    ) -> Result<(), Fault> {
        // fadd/fmul take a start value first.
        let (vi, start) = match op {
            ReduceOp::FAdd | ReduceOp::FMul => {
                (1, site.args.first().map(|&(o, _)| self.rd(f, base, o)))
            }
            _ => (0, None),
        };
        let (Some(&(vo, vw)), Some(Some(s))) = (site.args.get(vi), site.shapes.get(vi)) else {
            return Err(Fault::Msg(format!("bad arguments to @{}", site.name)));
        };
        let img = as_bytes(self.words_of(f, base, vo, vw)).to_vec();
        let bits = s.elem.bits();
        let fp = s.elem.fp().unwrap_or(Fp::F64);
        let n = s.count();
        let mut acc = match start {
            Some(v) => v,
            None => s.get(&img, 0),
        };
        let first = usize::from(start.is_none());
        for i in first..n {
            let x = s.get(&img, i);
            acc = match op {
                ReduceOp::Add => acc.wrapping_add(x) & mask64(bits),
                ReduceOp::Mul => acc.wrapping_mul(x) & mask64(bits),
                ReduceOp::And => acc & x,
                ReduceOp::Or => acc | x,
                ReduceOp::Xor => acc ^ x,
                ReduceOp::Smax => {
                    if sext64(x, bits) > sext64(acc, bits) {
                        x
                    } else {
                        acc
                    }
                }
                ReduceOp::Smin => {
                    if sext64(x, bits) < sext64(acc, bits) {
                        x
                    } else {
                        acc
                    }
                }
                ReduceOp::Umax => acc.max(x),
                ReduceOp::Umin => acc.min(x),
                ReduceOp::FAdd | ReduceOp::FMul | ReduceOp::FMax | ReduceOp::FMin => {
                    let (p, q) = (fp.get(u128::from(acc)), fp.get(u128::from(x)));
                    let r = match (op, fp) {
                        (ReduceOp::FAdd, Fp::F32) => f64::from(p as f32 + q as f32),
                        (ReduceOp::FMul, Fp::F32) => f64::from(p as f32 * q as f32),
                        (ReduceOp::FAdd, _) => p + q,
                        (ReduceOp::FMul, _) => p * q,
                        (ReduceOp::FMax, _) => p.max(q),
                        _ => p.min(q),
                    };
                    fp.put(r) as u64
                }
            };
        }
        if site.dst != NONE {
            self.thread.regs[base + site.dst as usize] = acc;
        }
        Ok(())
    }

    fn lanewise(&mut self, f: &LFunc, base: usize, site: &IntrSite, which: I) -> Result<(), Fault> {
        let unsupported = || Fault::Msg(format!("unsupported intrinsic @{}", site.name));
        let res = site.res.ok_or_else(unsupported)?;
        let mut imgs: [Vec<u8>; 3] = Default::default();
        let mut shapes = [res; 3];
        for (i, &(o, w)) in site.args.iter().enumerate().take(3) {
            if o == NONE {
                continue;
            }
            imgs[i] = as_bytes(self.words_of(f, base, o, w)).to_vec();
            shapes[i] = site.shapes[i].ok_or_else(unsupported)?;
        }
        let fused = self.arch == Arch::AArch64;
        let d = base + site.dst as usize;
        let n = site.words as usize;
        if let Elem::Int(bits @ 65..=128) = shapes[0].elem
            && shapes[0].lanes == 0
        {
            let word = |img: &[u8]| -> u128 {
                let mut b = [0u8; 16];
                let k = img.len().min(16);
                b[..k].copy_from_slice(&img[..k]);
                u128::from_le_bytes(b)
            };
            let (x, y, z) = (word(&imgs[0]), word(&imgs[1]), word(&imgs[2]));
            let v = wide_op(which, u32::from(bits), res.elem.bits(), x, y, z)
                .ok_or_else(unsupported)?;
            if site.dst != NONE {
                self.thread.regs[d] = v as u64;
                if n > 1 {
                    self.thread.regs[d + 1] = (v >> 64) as u64;
                }
            }
            return Ok(());
        }
        if res.elem.bits() > 64 || shapes.iter().any(|s| s.elem.bits() > 64) {
            return Err(unsupported());
        }
        let mut out = vec![0u64; n];
        {
            let ob = as_bytes_mut(&mut out);
            for lane in 0..res.count() {
                let x = shapes[0].get(&imgs[0], lane);
                let y = if imgs[1].is_empty() {
                    0
                } else {
                    shapes[1].get(&imgs[1], lane)
                };
                let z = if imgs[2].is_empty() {
                    0
                } else {
                    shapes[2].get(&imgs[2], lane)
                };
                let v = lane_op(which, shapes[0], res, x, y, z, fused).ok_or_else(unsupported)?;
                res.set(ob, lane, v);
            }
        }
        if site.dst != NONE {
            self.thread.regs[d..d + n].copy_from_slice(&out);
        }
        Ok(())
    }
}

/// Calls the C library's `long double` function `name` (`sqrtl`, `powl`, ...) with
/// `args`, each the 16-byte image of a host `long double`.
fn call_long_double_libm(name: &str, args: &[u128]) -> Result<u128, Fault> {
    use libffi::middle::{Cif, Type};
    let cname = std::ffi::CString::new(name).map_err(|_| Fault::Msg(name.to_string()))?;
    // SAFETY: dlsym with RTLD_DEFAULT only reads the NUL-terminated name.
    let addr = unsafe { libc::dlsym(libc::RTLD_DEFAULT, cname.as_ptr()) };
    if addr.is_null() {
        return Err(Fault::Msg(format!("`{name}` is not in the C library")));
    }
    let cif = Cif::new(args.iter().map(|_| Type::longdouble()), Type::longdouble());
    let mut vals: Vec<u128> = args.to_vec();
    let mut ptrs: Vec<*mut std::ffi::c_void> =
        vals.iter_mut().map(|v| (v as *mut u128).cast()).collect();
    let mut ret = [0u128; 2];
    // SAFETY: `addr` is the C library's `long double name(long double...)`, whose
    // signature the cif describes; every argument points to a 16-byte long double image
    // and `ret` has room for one.
    unsafe {
        let fun: unsafe extern "C" fn() = std::mem::transmute::<*mut libc::c_void, _>(addr);
        libffi::raw::ffi_call(
            cif.as_raw_ptr(),
            Some(fun),
            ret.as_mut_ptr().cast(),
            ptrs.as_mut_ptr(),
        );
    }
    Ok(ret[0])
}

/// `ldexp` without libm: exact scaling by powers of two in steps that cannot overflow early.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let step = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= step(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= step(-1000);
        e += 1000;
    }
    x * step(e)
}

fn fpclass(v: f64, is_f32_bits: Option<u32>, mask: u64) -> bool {
    let (neg, nan, snan, inf, zero, sub) = match is_f32_bits {
        Some(b) => {
            let x = f32::from_bits(b);
            let quiet = b & 0x0040_0000 != 0;
            (
                x.is_sign_negative(),
                x.is_nan(),
                x.is_nan() && !quiet,
                x.is_infinite(),
                x == 0.0,
                x.is_subnormal(),
            )
        }
        None => {
            let quiet = v.to_bits() & (1 << 51) != 0;
            (
                v.is_sign_negative(),
                v.is_nan(),
                v.is_nan() && !quiet,
                v.is_infinite(),
                v == 0.0,
                v.is_subnormal(),
            )
        }
    };
    let bit = if nan {
        if snan { 0 } else { 1 }
    } else if inf {
        if neg { 2 } else { 9 }
    } else if zero {
        if neg { 5 } else { 6 }
    } else if sub {
        if neg { 4 } else { 7 }
    } else if neg {
        3
    } else {
        8
    };
    mask & (1 << bit) != 0
}

/// An integer intrinsic on one i65..i128 value (`bits` wide; `res_bits`: the result's width,
/// narrower for `scmp`/`ucmp`). Inputs and the result are zero-extended above their widths.
fn wide_op(which: I, bits: u32, res_bits: u32, x: u128, y: u128, z: u128) -> Option<u128> {
    let m = if bits == 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    let (sx, sy) = (
        crate::value::sext128(x, bits),
        crate::value::sext128(y, bits),
    );
    let sh = 128 - bits;
    Some(match which {
        I::Smax => {
            if sx >= sy {
                x
            } else {
                y
            }
        }
        I::Smin => {
            if sx <= sy {
                x
            } else {
                y
            }
        }
        I::Umax => x.max(y),
        I::Umin => x.min(y),
        I::Abs => (sx.wrapping_abs() as u128) & m,
        I::Scmp | I::Ucmp => {
            let o = if which == I::Scmp {
                sx.cmp(&sy)
            } else {
                x.cmp(&y)
            };
            (o as i8 as i128 as u128) & ((1u128 << res_bits.min(127)) - 1)
        }
        I::Ctpop => u128::from(x.count_ones()),
        I::Ctlz => u128::from(x.leading_zeros() - sh),
        I::Cttz => u128::from(if x == 0 { bits } else { x.trailing_zeros() }),
        I::Bswap => (x.swap_bytes() >> sh) & m,
        I::BitReverse => (x.reverse_bits() >> sh) & m,
        I::Fshl | I::Fshr => {
            let k = (z % u128::from(bits)) as u32;
            if k == 0 {
                if which == I::Fshl { x } else { y }
            } else if which == I::Fshl {
                ((x << k) | (y >> (bits - k))) & m
            } else {
                ((x << (bits - k)) | (y >> k)) & m
            }
        }
        I::UAddSat => x.checked_add(y).filter(|s| *s <= m).unwrap_or(m),
        I::USubSat => x.saturating_sub(y),
        I::SAddSat | I::SSubSat => {
            let max = (m >> 1) as i128;
            let min = -max - 1;
            let r = if which == I::SAddSat {
                sx.checked_add(sy)
            } else {
                sx.checked_sub(sy)
            };
            let r = match r {
                Some(v) => v.clamp(min, max),
                // Only at 128 bits; overflow goes towards the first operand's sign either way.
                None if sx < 0 => min,
                None => max,
            };
            (r as u128) & m
        }
        _ => return None,
    })
}

/// One lane of an arithmetic intrinsic. `s`: the first argument's shape; `r`: the result's.
fn lane_op(which: I, s: Shape, r: Shape, x: u64, y: u64, z: u64, fused: bool) -> Option<u64> {
    let bits = s.elem.bits();
    let m = mask64(bits);
    if let Some(fp) = s.elem.fp() {
        let single = fp == Fp::F32;
        let (a, b, c) = (
            fp.get(u128::from(x)),
            fp.get(u128::from(y)),
            fp.get(u128::from(z)),
        );
        let (fa, fb, fc) = (a as f32, b as f32, c as f32);
        macro_rules! pick {
            ($f32:expr, $f64:expr) => {
                if single { f64::from($f32) } else { $f64 }
            };
        }
        let to_int = |v: f64| (v as i64 as u64) & mask64(r.elem.bits());
        let v = match which {
            I::Fabs => a.abs(),
            I::Sqrt => pick!(fa.sqrt(), a.sqrt()),
            I::Floor => a.floor(),
            I::Ceil => a.ceil(),
            I::Trunc => a.trunc(),
            I::Round => a.round(),
            I::RoundEven | I::Rint | I::NearbyInt => a.round_ties_even(),
            I::Lround | I::Llround => return Some(to_int(a.round())),
            I::Lrint | I::Llrint => return Some(to_int(a.round_ties_even())),
            I::Copysign => a.copysign(b),
            I::Fma => pick!(fa.mul_add(fb, fc), a.mul_add(b, c)),
            I::FMulAdd if fused => pick!(fa.mul_add(fb, fc), a.mul_add(b, c)),
            I::FMulAdd => pick!(fa * fb + fc, a * b + c),
            I::MinNum => a.min(b),
            I::MaxNum => a.max(b),
            I::Minimum | I::Maximum => {
                if a.is_nan() || b.is_nan() {
                    f64::NAN
                } else if a == b {
                    // -0 < +0 for minimum/maximum.
                    if (which == I::Minimum) == a.is_sign_negative() {
                        a
                    } else {
                        b
                    }
                } else if (a < b) == (which == I::Minimum) {
                    a
                } else {
                    b
                }
            }
            I::Pow => pick!(fa.powf(fb), a.powf(b)),
            I::Powi => pick!(fa.powi(y as u32 as i32), a.powi(y as u32 as i32)),
            I::Exp => pick!(fa.exp(), a.exp()),
            I::Exp2 => pick!(fa.exp2(), a.exp2()),
            I::Log => pick!(fa.ln(), a.ln()),
            I::Log2 => pick!(fa.log2(), a.log2()),
            I::Log10 => pick!(fa.log10(), a.log10()),
            I::Sin => pick!(fa.sin(), a.sin()),
            I::Cos => pick!(fa.cos(), a.cos()),
            I::Ldexp => ldexp(a, sext64(y, 32)),
            I::IsFpClass => {
                let f32_bits = single.then_some(x as u32);
                return Some(u64::from(fpclass(a, f32_bits, y)));
            }
            _ => return None,
        };
        return Some(fp.put(v) as u64);
    }
    let (sx, sy) = (sext64(x, bits), sext64(y, bits));
    let sh = 64 - bits;
    Some(match which {
        I::Smax => {
            if sx >= sy {
                x
            } else {
                y
            }
        }
        I::Smin => {
            if sx <= sy {
                x
            } else {
                y
            }
        }
        I::Umax => x.max(y),
        I::Umin => x.min(y),
        I::Abs => (sx.wrapping_abs() as u64) & m,
        I::Scmp | I::Ucmp => {
            let o = if which == I::Scmp {
                sx.cmp(&sy)
            } else {
                x.cmp(&y)
            };
            (o as i64 as u64) & mask64(r.elem.bits())
        }
        I::Ctpop => u64::from((x & m).count_ones()),
        I::Ctlz => u64::from((x & m).leading_zeros()) - u64::from(sh),
        I::Cttz => {
            if x & m == 0 {
                u64::from(bits)
            } else {
                u64::from(x.trailing_zeros())
            }
        }
        I::Bswap => (x.swap_bytes() >> sh) & m,
        I::BitReverse => (x.reverse_bits() >> sh) & m,
        I::Fshl | I::Fshr => {
            let k = z % u64::from(bits);
            let w = u64::from(bits);
            if k == 0 {
                if which == I::Fshl { x } else { y }
            } else if which == I::Fshl {
                ((x << k) | (y >> (w - k))) & m
            } else {
                ((x << (w - k)) | (y >> k)) & m
            }
        }
        I::SAddSat | I::SSubSat => {
            let wide = if which == I::SAddSat {
                i128::from(sx) + i128::from(sy)
            } else {
                i128::from(sx) - i128::from(sy)
            };
            let max = (1i128 << (bits - 1)) - 1;
            let min = -(1i128 << (bits - 1));
            (wide.clamp(min, max) as u64) & m
        }
        I::UAddSat => {
            let s = u128::from(x) + u128::from(y);
            s.min(u128::from(m)) as u64
        }
        I::USubSat => x.saturating_sub(y),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const I32: Shape = Shape {
        elem: Elem::Int(32),
        lanes: 0,
    };

    #[test]
    fn bit_intrinsics() {
        assert_eq!(lane_op(I::Ctlz, I32, I32, 1, 0, 0, false), Some(31));
        assert_eq!(lane_op(I::Cttz, I32, I32, 0, 0, 0, false), Some(32));
        assert_eq!(
            lane_op(I::Bswap, I32, I32, 0x1122_3344, 0, 0, false),
            Some(0x4433_2211)
        );
        assert_eq!(
            lane_op(I::Fshl, I32, I32, 0x8000_0001, 0x8000_0000, 1, false),
            Some(3)
        );
        assert_eq!(
            lane_op(I::Smax, I32, I32, 0xFFFF_FFFF, 1, 0, false),
            Some(1)
        );
        assert_eq!(
            lane_op(I::SAddSat, I32, I32, 0x7FFF_FFFF, 1, 0, false),
            Some(0x7FFF_FFFF)
        );
    }

    #[test]
    fn float_intrinsics() {
        let d = Shape {
            elem: Elem::F64,
            lanes: 0,
        };
        let v = |x: f64| x.to_bits();
        assert_eq!(
            lane_op(I::Minimum, d, d, v(-0.0), v(0.0), 0, false),
            Some(v(-0.0))
        );
        assert_eq!(lane_op(I::Ldexp, d, d, v(1.5), 4, 0, false), Some(v(24.0)));
        assert_eq!(
            lane_op(I::IsFpClass, d, d, v(f64::INFINITY), 1 << 9, 0, false),
            Some(1)
        );
        assert_eq!(
            lane_op(I::RoundEven, d, d, v(2.5), 0, 0, false),
            Some(v(2.0))
        );
    }
}
