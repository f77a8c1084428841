//! The execution loop: runs lowered instructions of the innermost frame until the frame
//! stack drops back to the current floor. Interpreted calls push a [`Frame`](crate::machine::Frame) and continue
//! the same loop (no Rust recursion per IR call); only a C callback re-enters it, one level
//! per native call on the way.

use crate::code::*;
use crate::machine::{Machine, Unwind};
use crate::memory::{self, as_bytes, as_bytes_mut};
use crate::value::{self, Fault, Fp};
use crate::wide;
use jit_core::EngineError;
use std::rc::Rc;

/// Backward branches between two looks at the interpreter lock (about a millisecond).
const SLICE: u32 = 1 << 16;

/// The runtime error for `fault` at instruction `pc` of `f`.
pub(crate) fn runtime_error(f: &LFunc, pc: usize, message: String) -> EngineError {
    let location = match f.locs.get(pc) {
        Some(loc) if !loc.is_unknown() => format!("{}:{}", f.module_name, loc),
        _ => format!(
            "{}: block #{}, instruction #{pc}",
            f.module_name,
            f.op_blocks.get(pc).copied().unwrap_or(0)
        ),
    };
    EngineError::Runtime {
        function: f.name.to_string(),
        location,
        message,
    }
}

/// The [`Unwind`] for a fault at `pc` of `f`.
pub(crate) fn fault_at(f: &LFunc, pc: usize, fault: Fault) -> Unwind {
    Unwind::Error(runtime_error(f, pc, fault.message()))
}

impl Machine {
    /// Reads a one-word operand.
    #[inline(always)]
    pub(crate) fn rd(&self, f: &LFunc, base: usize, o: Opnd) -> u64 {
        if o & CONST != 0 {
            f.consts[(o & !CONST) as usize]
        } else {
            self.thread.regs[base + o as usize]
        }
    }

    /// Reads a two-word operand.
    #[inline]
    pub(crate) fn rd2(&self, f: &LFunc, base: usize, o: Opnd) -> u128 {
        let (lo, hi) = if o & CONST != 0 {
            let k = (o & !CONST) as usize;
            (f.consts[k], f.consts.get(k + 1).copied().unwrap_or(0))
        } else {
            let k = base + o as usize;
            (self.thread.regs[k], self.thread.regs[k + 1])
        };
        u128::from(lo) | (u128::from(hi) << 64)
    }

    /// The words of an operand.
    #[inline]
    pub(crate) fn words_of<'a>(&'a self, f: &'a LFunc, base: usize, o: Opnd, n: u32) -> &'a [u64] {
        let n = n as usize;
        if o & CONST != 0 {
            let k = (o & !CONST) as usize;
            &f.consts[k..k + n]
        } else {
            let k = base + o as usize;
            &self.thread.regs[k..k + n]
        }
    }

    /// Copies `n` words of an operand into slot `dst`.
    #[inline]
    pub(crate) fn copy_words(&mut self, f: &LFunc, base: usize, dst: Slot, src: Opnd, n: u32) {
        let d = base + dst as usize;
        let n = n as usize;
        if src & CONST != 0 {
            let k = (src & !CONST) as usize;
            self.thread.regs[d..d + n].copy_from_slice(&f.consts[k..k + n]);
        } else {
            let s = base + src as usize;
            self.thread.regs.copy_within(s..s + n, d);
        }
    }

    /// Takes an edge: performs its phi moves and returns the target instruction.
    #[inline]
    fn take_edge(&mut self, f: &LFunc, base: usize, e: u32) -> usize {
        let edge = &f.edges[e as usize];
        let moves = &f.moves[edge.moves as usize..(edge.moves + edge.nmoves) as usize];
        if !edge.tmp {
            for mv in moves {
                if mv.words == 1 {
                    let v = self.rd(f, base, mv.src);
                    self.thread.regs[base + mv.dst as usize] = v;
                } else {
                    self.copy_words(f, base, mv.dst, mv.src, mv.words);
                }
            }
        } else {
            // All incoming values are read before any phi is written.
            let mut tmp = std::mem::take(&mut self.thread.tmp);
            tmp.clear();
            for mv in moves {
                tmp.extend_from_slice(self.words_of(f, base, mv.src, mv.words));
            }
            let mut at = 0;
            for mv in moves {
                let d = base + mv.dst as usize;
                let n = mv.words as usize;
                self.thread.regs[d..d + n].copy_from_slice(&tmp[at..at + n]);
                at += n;
            }
            self.thread.tmp = tmp;
        }
        edge.target as usize
    }

    /// Runs until the frame stack is back at the floor; the result is left in `retval`.
    pub(crate) fn run(&mut self) -> Result<(), Unwind> {
        'frames: loop {
            let (func, mut pc, base, frame_base) = match self.thread.frames.last() {
                Some(fr) => (fr.func.clone(), fr.pc, fr.base, fr.frame_base),
                None => return Ok(()),
            };
            let f: &LFunc = &func;
            loop {
                let here = pc;
                pc += 1;
                macro_rules! rd {
                    ($o:expr) => {
                        self.rd(f, base, $o)
                    };
                }
                macro_rules! wr {
                    ($d:expr, $v:expr) => {{
                        let v = $v;
                        self.thread.regs[base + $d as usize] = v;
                    }};
                }
                macro_rules! fault {
                    ($e:expr) => {
                        fault_at(f, here, $e)
                    };
                }
                let Some(op) = f.code.get(here) else {
                    return Err(fault!(Fault::Msg(
                        "fell off the end of the function".into()
                    )));
                };
                match *op {
                    Op::IBin {
                        op,
                        bits,
                        dst,
                        a,
                        b,
                    } => {
                        let r = value::int_binop(op, u32::from(bits), rd!(a), rd!(b))
                            .map_err(|e| fault!(e))?;
                        wr!(dst, r);
                    }
                    Op::IBinW {
                        op,
                        bits,
                        dst,
                        a,
                        b,
                    } => {
                        let (x, y) = (self.rd2(f, base, a), self.rd2(f, base, b));
                        let r = value::int_binop128(op, u32::from(bits), x, y)
                            .map_err(|e| fault!(e))?;
                        self.write_u128(base, dst, r);
                    }
                    Op::FBin { op, fp, dst, a, b } => {
                        let (x, y) = (rd!(a), rd!(b));
                        let r = match fp {
                            Fp::F32 => u64::from(
                                value::fbin(op, f32::from_bits(x as u32), f32::from_bits(y as u32))
                                    .to_bits(),
                            ),
                            Fp::F64 => {
                                value::fbin(op, f64::from_bits(x), f64::from_bits(y)).to_bits()
                            }
                        };
                        wr!(dst, r);
                    }
                    Op::FNeg { fp, dst, a } => {
                        let x = rd!(a);
                        wr!(
                            dst,
                            match fp {
                                Fp::F32 => x ^ 0x8000_0000,
                                Fp::F64 => x ^ (1 << 63),
                            }
                        );
                    }
                    Op::WBin { op, w, dst, a, b } => {
                        let (x, y) = (self.rd2(f, base, a), self.rd2(f, base, b));
                        self.write_u128(base, dst, wide::bin(w, op, x, y));
                    }
                    Op::WNeg { w, dst, a } => {
                        let x = self.rd2(f, base, a);
                        self.write_u128(base, dst, wide::neg(w, x));
                    }
                    Op::WCmp { pred, w, dst, a, b } => {
                        let (x, y) = (self.rd2(f, base, a), self.rd2(f, base, b));
                        wr!(dst, u64::from(wide::cmp(w, pred, x, y)));
                    }
                    Op::ICmp {
                        pred,
                        bits,
                        dst,
                        a,
                        b,
                    } => {
                        wr!(
                            dst,
                            u64::from(value::icmp64(pred, u32::from(bits), rd!(a), rd!(b)))
                        );
                    }
                    Op::ICmpW {
                        pred,
                        bits,
                        dst,
                        a,
                        b,
                    } => {
                        let (x, y) = (self.rd2(f, base, a), self.rd2(f, base, b));
                        wr!(dst, u64::from(value::icmp128(pred, u32::from(bits), x, y)));
                    }
                    Op::FCmp {
                        pred,
                        fp,
                        dst,
                        a,
                        b,
                    } => {
                        let (x, y) = (fp.get(u128::from(rd!(a))), fp.get(u128::from(rd!(b))));
                        wr!(dst, u64::from(value::fcmp(pred, x, y)));
                    }
                    Op::Conv {
                        conv,
                        src2,
                        dst2,
                        dst,
                        a,
                    } => {
                        let x = if src2 {
                            self.rd2(f, base, a)
                        } else {
                            u128::from(rd!(a))
                        };
                        let r = value::convert(conv, x);
                        if dst2 {
                            self.write_u128(base, dst, r);
                        } else {
                            wr!(dst, r as u64);
                        }
                    }
                    Op::Copy { dst, a, words } => {
                        if words == 1 {
                            wr!(dst, rd!(a));
                        } else {
                            self.copy_words(f, base, dst, a, words);
                        }
                    }
                    Op::Select {
                        dst,
                        c,
                        a,
                        b,
                        words,
                    } => {
                        let src = if rd!(c) & 1 != 0 { a } else { b };
                        if words == 1 {
                            wr!(dst, rd!(src));
                        } else {
                            self.copy_words(f, base, dst, src, words);
                        }
                    }
                    Op::FrameAddr { dst, off } => wr!(dst, frame_base + u64::from(off)),
                    Op::Alloca {
                        dst,
                        count,
                        count_bits,
                        align,
                        elem_size,
                    } => {
                        let n = rd!(count) & value::mask64(u32::from(count_bits));
                        let size = elem_size.checked_mul(n).ok_or_else(|| {
                            fault!(Fault::Msg(format!("alloca of {n} elements overflows")))
                        })?;
                        let p = self
                            .thread
                            .stack
                            .alloc(size, u64::from(align))
                            .map_err(|e| fault!(e))?;
                        wr!(dst, p);
                    }
                    Op::Load {
                        dst,
                        ptr,
                        size,
                        words,
                    } => {
                        let p = rd!(ptr);
                        memory::check(p, "load").map_err(|e| fault!(e))?;
                        let d = base + dst as usize;
                        // SAFETY: the program loads from its own memory; the null page is
                        // checked above, any other invalid address faults as it would natively.
                        unsafe {
                            match size {
                                1 => self.thread.regs[d] = u64::from((p as *const u8).read()),
                                2 => {
                                    self.thread.regs[d] =
                                        u64::from((p as *const u16).read_unaligned())
                                }
                                4 => {
                                    self.thread.regs[d] =
                                        u64::from((p as *const u32).read_unaligned())
                                }
                                8 => self.thread.regs[d] = (p as *const u64).read_unaligned(),
                                _ => {
                                    let w = &mut self.thread.regs[d..d + words as usize];
                                    w.fill(0);
                                    let bytes = as_bytes_mut(w);
                                    let n = (size as usize).min(bytes.len());
                                    memory::read_bytes(p, &mut bytes[..n]);
                                }
                            }
                        }
                    }
                    Op::Store { src, ptr, size } => {
                        let p = rd!(ptr);
                        memory::check(p, "store").map_err(|e| fault!(e))?;
                        // SAFETY: as for loads: the program writes its own memory.
                        unsafe {
                            match size {
                                1 => (p as *mut u8).write(rd!(src) as u8),
                                2 => (p as *mut u16).write_unaligned(rd!(src) as u16),
                                4 => (p as *mut u32).write_unaligned(rd!(src) as u32),
                                8 => (p as *mut u64).write_unaligned(rd!(src)),
                                _ => {
                                    let w = self.words_of(f, base, src, size.div_ceil(8));
                                    memory::write_bytes(p, &as_bytes(w)[..size as usize]);
                                }
                            }
                        }
                    }
                    Op::AtomicLoad {
                        dst,
                        ptr,
                        size,
                        ordering,
                    } => {
                        if self.gil.contended() {
                            self.yield_lock();
                        }
                        let v = crate::atomics::load(rd!(ptr), u32::from(size), ordering)
                            .map_err(|e| fault!(e))?;
                        wr!(dst, v);
                    }
                    Op::AtomicStore {
                        src,
                        ptr,
                        size,
                        ordering,
                    } => {
                        crate::atomics::store(rd!(ptr), u32::from(size), rd!(src), ordering)
                            .map_err(|e| fault!(e))?;
                    }
                    Op::AtomicRmw {
                        op,
                        size,
                        ordering,
                        dst,
                        ptr,
                        val,
                    } => {
                        if self.gil.contended() {
                            self.yield_lock();
                        }
                        let old =
                            crate::atomics::rmw(op, rd!(ptr), u32::from(size), rd!(val), ordering)
                                .map_err(|e| fault!(e))?;
                        wr!(dst, old);
                    }
                    Op::CmpXchg { idx } => {
                        if self.gil.contended() {
                            self.yield_lock();
                        }
                        let site = &f.cmpxchgs[idx as usize];
                        let (old, ok) = crate::atomics::cmpxchg(
                            rd!(site.ptr),
                            site.size,
                            rd!(site.expected),
                            rd!(site.new),
                            site.success,
                            site.failure,
                        )
                        .map_err(|e| fault!(e))?;
                        let d = base + site.dst as usize;
                        let w = &mut self.thread.regs[d..d + site.words as usize];
                        w.fill(0);
                        let bytes = as_bytes_mut(w);
                        let n = site.size as usize;
                        bytes[..n].copy_from_slice(&old.to_le_bytes()[..n]);
                        bytes[n] = u8::from(ok);
                    }
                    Op::Fence { ordering, scope } => crate::atomics::fence(ordering, scope),
                    Op::Gep {
                        dst,
                        base: b,
                        off,
                        terms,
                        nterms,
                    } => {
                        let mut p = rd!(b).wrapping_add(off as u64);
                        for t in &f.gep_terms[terms as usize..(terms + nterms) as usize] {
                            let i = value::sext64(rd!(t.idx), u32::from(t.bits));
                            p = p.wrapping_add(i.wrapping_mul(t.scale) as u64);
                        }
                        wr!(dst, p);
                    }
                    Op::Extract {
                        dst,
                        agg,
                        off,
                        size,
                        words,
                    } => {
                        let mut tmp = std::mem::take(&mut self.thread.tmp);
                        tmp.clear();
                        tmp.resize(words as usize, 0);
                        {
                            let src =
                                as_bytes(self.words_of(f, base, agg, (off + size).div_ceil(8)));
                            as_bytes_mut(&mut tmp)[..size as usize]
                                .copy_from_slice(&src[off as usize..(off + size) as usize]);
                        }
                        let d = base + dst as usize;
                        self.thread.regs[d..d + words as usize].copy_from_slice(&tmp);
                        self.thread.tmp = tmp;
                    }
                    Op::Insert {
                        dst,
                        agg,
                        elt,
                        off,
                        size,
                        words,
                    } => {
                        let mut tmp = std::mem::take(&mut self.thread.tmp);
                        tmp.clear();
                        tmp.extend_from_slice(self.words_of(f, base, agg, words));
                        {
                            let e = as_bytes(self.words_of(f, base, elt, size.div_ceil(8)));
                            as_bytes_mut(&mut tmp)[off as usize..(off + size) as usize]
                                .copy_from_slice(&e[..size as usize]);
                        }
                        let d = base + dst as usize;
                        self.thread.regs[d..d + words as usize].copy_from_slice(&tmp);
                        self.thread.tmp = tmp;
                    }
                    Op::Vector { idx } => {
                        self.exec_vector(f, base, idx as usize)
                            .map_err(|e| fault!(e))?;
                    }
                    Op::Intr { idx } => {
                        self.exec_intrinsic(f, base, frame_base, idx as usize)
                            .map_err(|e| fault!(e))?;
                    }
                    Op::VaArg { idx } => {
                        let site = &f.va_args[idx as usize];
                        let list = rd!(site.list);
                        if self.arch != jit_core::Arch::X86_64 {
                            return Err(fault!(Fault::Msg(
                                "the va_arg instruction is only supported on x86-64".into()
                            )));
                        }
                        let mut out = vec![0u64; site.words as usize];
                        // SAFETY: the program passes a va_list it initialised with va_start.
                        unsafe {
                            crate::varargs::va_arg_x86(list, &site.abi, as_bytes_mut(&mut out))
                        }
                        .map_err(|e| fault!(e))?;
                        let d = base + site.dst as usize;
                        self.thread.regs[d..d + out.len()].copy_from_slice(&out);
                    }
                    Op::Call { idx } => {
                        if let Some(fr) = self.thread.frames.last_mut() {
                            fr.pc = pc;
                        }
                        if self.exec_call(&func, base, here, idx as usize)? {
                            continue 'frames;
                        }
                    }
                    Op::Ret { val, words } => {
                        let mut rv = std::mem::take(&mut self.thread.retval);
                        rv.clear();
                        if val != NONE {
                            rv.extend_from_slice(self.words_of(f, base, val, words));
                        }
                        self.thread.retval = rv;
                        let Some(done) = self.thread.frames.pop() else {
                            return Ok(());
                        };
                        self.thread.stack.sp = done.sp_entry;
                        if self.thread.frames.len() <= self.thread.floor {
                            return Ok(());
                        }
                        if done.ret_dst != NONE
                            && let Some(caller) = self.thread.frames.last()
                        {
                            let d = caller.base + done.ret_dst as usize;
                            let n = self.thread.retval.len().min(done.ret_words as usize);
                            self.thread.regs[d..d + n].copy_from_slice(&self.thread.retval[..n]);
                            self.thread.regs[d + n..d + done.ret_words as usize].fill(0);
                        }
                        continue 'frames;
                    }
                    Op::Br { edge } => {
                        pc = self.take_edge(f, base, edge);
                        if pc <= here {
                            self.loop_tick();
                        }
                    }
                    Op::CondBr { c, t, f: e } => {
                        let edge = if rd!(c) & 1 != 0 { t } else { e };
                        pc = self.take_edge(f, base, edge);
                        if pc <= here {
                            self.loop_tick();
                        }
                    }
                    Op::Switch { v, idx } => {
                        let table = &f.switches[idx as usize];
                        let x = if table.words > 1 {
                            self.rd2(f, base, v)
                        } else {
                            u128::from(rd!(v))
                        };
                        let edge = match table.cases.binary_search_by_key(&x, |&(k, _)| k) {
                            Ok(i) => table.cases[i].1,
                            Err(_) => table.default,
                        };
                        pc = self.take_edge(f, base, edge);
                    }
                    Op::IndirectBr { a, idx } => {
                        let target = rd!(a);
                        let table = &f.indirects[idx as usize].dests;
                        let Ok(i) = table.binary_search_by_key(&target, |&(k, _)| k) else {
                            return Err(fault!(Fault::Msg(format!(
                                "indirectbr to {target:#x}, which is not one of its destinations"
                            ))));
                        };
                        pc = self.take_edge(f, base, table[i].1);
                    }
                    Op::Unreachable => {
                        return Err(fault!(Fault::Msg("`unreachable` was executed".into())));
                    }
                    Op::Fail { idx } => {
                        return Err(match &f.fails[idx as usize] {
                            FailKind::Undefined { symbol, module } => {
                                Unwind::Error(EngineError::UndefinedSymbol {
                                    symbol: symbol.clone(),
                                    module: module.clone(),
                                    referenced_from: Some(f.name.to_string()),
                                    searched: jit_link::process::searched(),
                                })
                            }
                            FailKind::Msg(m) => fault!(Fault::Msg(m.clone())),
                        });
                    }
                }
            }
        }
    }

    /// Counts a backward branch; every [`SLICE`] of them, lets a thread waiting for the
    /// interpreter lock run, so a thread that loops without native calls or atomics does
    /// not starve the others.
    #[inline(always)]
    fn loop_tick(&mut self) {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks % SLICE == 0 && self.gil.contended() {
            self.yield_lock();
        }
    }

    /// Writes a two-word value.
    #[inline]
    pub(crate) fn write_u128(&mut self, base: usize, dst: Slot, v: u128) {
        let d = base + dst as usize;
        self.thread.regs[d] = v as u64;
        self.thread.regs[d + 1] = (v >> 64) as u64;
    }

    /// Runs `func` with the arguments in `argbuf`/`argoffs` to completion on top of the
    /// current frames (a nested run: the new frame is the floor). The result is in `retval`.
    pub(crate) fn invoke(&mut self, func: Rc<LFunc>) -> Result<(), Unwind> {
        let saved_floor = self.thread.floor;
        let floor = self.thread.frames.len();
        let sp0 = self.thread.stack.sp;
        let nargs = self.thread.argoffs.len();
        self.push_frame(func.clone(), nargs, (NONE, 0), None)
            .map_err(|e| fault_at(&func, 0, e))?;
        // The first frame of this run returns to the host: the floor is the frame count
        // below it, reached when that frame returns.
        self.thread.floor = floor;
        let r = self.run();
        self.thread.floor = saved_floor;
        if r.is_err() {
            self.thread.frames.truncate(floor);
            self.thread.stack.sp = sp0;
        }
        r
    }
}
