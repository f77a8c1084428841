//! Calls: entering interpreted functions (byval copies, `va_list` areas, the fixed alloca
//! area), native calls through libffi, the intercepted libc functions (`exit`, `atexit`,
//! `setjmp`/`longjmp`), and C calling back into interpreted code through a trampoline.

use crate::abi::AbiTy;
use crate::code::*;
use crate::exec::{fault_at, runtime_error};
use crate::machine::{Frame, JmpRecord, Machine, Sym, Unwind};
use crate::memory::{self, as_bytes, as_bytes_mut};
use crate::value::{self, Fault};
use jit_core::EngineError;
use std::ffi::c_void;
use std::rc::Rc;

/// Deepest call nesting allowed (a native 8 MiB stack holds far fewer frames); beyond it
/// runaway recursion is reported instead of exhausting memory.
const MAX_DEPTH: usize = 1_000_000;

impl Machine {
    /// Flattens the arguments of a call site into `argbuf`/`argoffs`.
    fn gather_args(&mut self, f: &LFunc, base: usize, args: &[ArgSpec]) {
        let mut buf = std::mem::take(&mut self.thread.argbuf);
        buf.clear();
        self.thread.argoffs.clear();
        for a in args {
            let off = buf.len() as u32;
            buf.extend_from_slice(self.words_of(f, base, a.opnd, a.words));
            self.thread.argoffs.push((off, a.words));
        }
        self.thread.argbuf = buf;
    }

    /// Pushes a frame for `callee` with the first `nargs` arguments of `argbuf`; `ret` is the
    /// caller's (slot, words) receiving the result.
    /// `va` gives the call site's arguments and fixed count when the callee is varargs.
    pub(crate) fn push_frame(
        &mut self,
        callee: Rc<LFunc>,
        nargs: usize,
        ret: (u32, u32),
        va: Option<(&[ArgSpec], usize)>,
    ) -> Result<(), Fault> {
        let (ret_dst, ret_words) = ret;
        if self.thread.frames.len() >= MAX_DEPTH {
            return Err(Fault::Msg(format!(
                "stack overflow: more than {MAX_DEPTH} nested calls"
            )));
        }
        let base = self
            .thread
            .frames
            .last()
            .map_or(0, |f| f.base + f.func.nregs as usize);
        let need = base + callee.nregs as usize;
        if self.thread.regs.len() < need {
            let n = need.max(self.thread.regs.len() * 2);
            self.thread.regs.resize(n, 0);
        }
        let sp_entry = self.thread.stack.sp;
        let r = self.fill_frame(&callee, base, nargs, va);
        let (va_list, frame_base) = match r {
            Ok(x) => x,
            Err(e) => {
                self.thread.stack.sp = sp_entry;
                return Err(e);
            }
        };
        self.thread.serial += 1;
        self.thread.frames.push(Frame {
            func: callee,
            pc: 0,
            base,
            sp_entry,
            frame_base,
            ret_dst,
            ret_words,
            serial: self.thread.serial,
            va: va_list,
        });
        Ok(())
    }

    fn fill_frame(
        &mut self,
        callee: &LFunc,
        base: usize,
        nargs: usize,
        va: Option<(&[ArgSpec], usize)>,
    ) -> Result<(Option<Box<crate::varargs::VaList>>, u64), Fault> {
        for (i, p) in callee.params.iter().enumerate() {
            let d = base + p.slot as usize;
            let pw = p.words as usize;
            if i < nargs {
                let (off, w) = self.thread.argoffs[i];
                let n = (w as usize).min(pw);
                let off = off as usize;
                self.thread.regs[d..d + n].copy_from_slice(&self.thread.argbuf[off..off + n]);
                self.thread.regs[d + n..d + pw].fill(0);
            } else {
                self.thread.regs[d..d + pw].fill(0);
            }
            if let Some((size, align)) = p.byval {
                let src = self.thread.regs[d];
                memory::check(src, "byval argument")?;
                let copy = self.thread.stack.alloc(size, align)?;
                // SAFETY: `src` points at the caller's `size`-byte object (byval contract);
                // `copy` was just carved from the stack; the ranges do not overlap.
                unsafe {
                    std::ptr::copy_nonoverlapping(src as *const u8, copy as *mut u8, size as usize)
                };
                self.thread.regs[d] = copy;
            }
        }
        let va_list = match (callee.varargs, va) {
            (true, Some((specs, nfixed))) => {
                let args: Vec<crate::varargs::VaArg<'_>> = specs
                    .iter()
                    .zip(&self.thread.argoffs)
                    .map(|(s, &(off, w))| crate::varargs::VaArg {
                        abi: &s.abi,
                        kind: &s.kind,
                        bytes: as_bytes(&self.thread.argbuf[off as usize..(off + w) as usize]),
                    })
                    .collect();
                Some(Box::new(crate::varargs::build(
                    self.arch,
                    &mut self.thread.stack,
                    &args,
                    nfixed,
                )?))
            }
            _ => None,
        };
        let frame_base = self
            .thread
            .stack
            .alloc(callee.frame_size, callee.frame_align)?;
        Ok((va_list, frame_base))
    }

    /// What a call to `addr` reaches.
    fn target_of_address(&self, addr: u64) -> Target {
        if let Some(&k) = self.tramp_map.get(&addr) {
            return Target::Interp(k);
        }
        if let Some(&i) = self.intercept_addrs.get(&addr) {
            return Target::Intercept(i);
        }
        Target::Native(addr)
    }

    /// Executes call site `idx` of `func`; true when the frame stack changed (a callee was
    /// entered or longjmp unwound), so the loop must reload the innermost frame.
    pub(crate) fn exec_call(
        &mut self,
        func: &Rc<LFunc>,
        base: usize,
        pc: usize,
        idx: usize,
    ) -> Result<bool, Unwind> {
        let f: &LFunc = func;
        let cs = &f.calls[idx];
        let target = match &cs.callee {
            Callee::Interp(k) => Target::Interp(*k),
            Callee::Intercept(i) => Target::Intercept(*i),
            Callee::Extern(name) => match cs.resolved.get() {
                Some(t) => t,
                None => {
                    let t = match self.lookup_symbol(name, f.key.module)? {
                        Some(Sym::Func(k)) => Target::Interp(k),
                        Some(Sym::Addr(a)) => self.target_of_address(a),
                        None => {
                            return Err(Unwind::Error(EngineError::UndefinedSymbol {
                                symbol: name.to_string(),
                                module: f.module_name.to_string(),
                                referenced_from: Some(f.name.to_string()),
                                searched: jit_link::process::searched(),
                            }));
                        }
                    };
                    cs.resolved.set(Some(t));
                    t
                }
            },
            Callee::Indirect(o) => {
                let a = self.rd(f, base, *o);
                if a < memory::NULL_PAGE {
                    return Err(fault_at(
                        f,
                        pc,
                        Fault::Msg(format!("call through invalid function pointer {a:#x}")),
                    ));
                }
                self.target_of_address(a)
            }
        };
        match target {
            Target::Interp(k) => {
                let callee = self.lowered(k)?;
                self.gather_args(f, base, &cs.args);
                let va = callee.varargs.then_some((&cs.args[..], cs.nfixed));
                let nargs = cs.args.len();
                self.push_frame(callee, nargs, (cs.dst, cs.ret_words), va)
                    .map_err(|e| fault_at(f, pc, e))?;
                Ok(true)
            }
            Target::Native(addr) => {
                self.call_native(f, base, pc, cs, addr)?;
                Ok(false)
            }
            Target::Intercept(i) => self.intercept(f, base, pc, cs, i),
        }
    }

    fn call_native(
        &mut self,
        f: &LFunc,
        base: usize,
        pc: usize,
        cs: &CallSite,
        addr: u64,
    ) -> Result<(), Unwind> {
        let sig = match cs.ffi.get() {
            Some(s) => s.clone(),
            None => {
                let s = crate::ffi::sig_for_call(cs).map_err(|m| {
                    fault_at(f, pc, Fault::Msg(format!("cannot call native code: {m}")))
                })?;
                let s = Rc::new(s);
                let _ = cs.ffi.set(s.clone());
                s
            }
        };
        self.gather_args(f, base, &cs.args);
        // The buffers stay out of `self` during the call: a callback may make calls too.
        let mut buf = std::mem::take(&mut self.thread.argbuf);
        let offs = std::mem::take(&mut self.thread.argoffs);
        let mut ptrs: Vec<*mut c_void> = Vec::with_capacity(cs.args.len());
        let mut sret_ptr: u64 = 0;
        for (a, &(off, _)) in cs.args.iter().zip(&offs) {
            let word = &mut buf[off as usize];
            match a.kind {
                ArgKind::Sret if sig.sret.is_some() && sret_ptr == 0 => sret_ptr = *word,
                ArgKind::Byval { .. } => {
                    memory::check(*word, "byval argument").map_err(|e| fault_at(f, pc, e))?;
                    ptrs.push(*word as *mut c_void);
                }
                _ => ptrs.push((word as *mut u64).cast()),
            }
        }
        let ret_size = cs.ret_abi.size() as usize;
        let mut rbuf = vec![0u64; ret_size.div_ceil(8).max(2)];
        let rp: *mut c_void = if sig.sret.is_some() {
            memory::check(sret_ptr, "sret pointer").map_err(|e| fault_at(f, pc, e))?;
            sret_ptr as *mut c_void
        } else {
            rbuf.as_mut_ptr().cast()
        };
        self.with_active(|| {
            // SAFETY: the cif was built from this call site's IR signature, which the
            // program asserts matches the callee; every pointer in `ptrs` refers to a live
            // value of the matching type (words in `buf` or the program's byval objects);
            // `rp` has room for the result (`rbuf`, or the program's sret object).
            unsafe { crate::ffi::call(&sig, addr, &mut ptrs, rp) }
        });
        self.thread.argbuf = buf;
        self.thread.argoffs = offs;
        if let Some(p) = self.thread.pending.take() {
            return Err(p);
        }
        if cs.dst != NONE && sig.sret.is_none() {
            let d = base + cs.dst as usize;
            match cs.ret_abi {
                AbiTy::Int { bits, .. } if bits <= 64 => {
                    self.thread.regs[d] = rbuf[0] & value::mask64(bits);
                }
                AbiTy::F32 => self.thread.regs[d] = rbuf[0] & 0xFFFF_FFFF,
                _ => {
                    let n = cs.ret_words as usize;
                    let bytes = &as_bytes(&rbuf)[..ret_size.min(rbuf.len() * 8)];
                    let w = &mut self.thread.regs[d..d + n];
                    w.fill(0);
                    let wb = as_bytes_mut(w);
                    let k = bytes.len().min(wb.len());
                    wb[..k].copy_from_slice(&bytes[..k]);
                }
            }
        }
        Ok(())
    }

    fn intercept(
        &mut self,
        f: &LFunc,
        base: usize,
        pc: usize,
        cs: &CallSite,
        which: Intercept,
    ) -> Result<bool, Unwind> {
        let arg = |m: &Machine, i: usize| cs.args.get(i).map_or(0, |a| m.rd(f, base, a.opnd));
        let ret0 = |m: &mut Machine| {
            if cs.dst != NONE {
                m.thread.regs[base + cs.dst as usize] = 0;
            }
        };
        match which {
            Intercept::Exit => Err(Unwind::Exit(arg(self, 0) as u32 as i32)),
            Intercept::AtExit => {
                let fp = arg(self, 0);
                self.atexit.push((fp, None));
                ret0(self);
                Ok(false)
            }
            Intercept::CxaAtExit => {
                let (fp, a) = (arg(self, 0), arg(self, 1));
                self.atexit.push((fp, Some(a)));
                ret0(self);
                Ok(false)
            }
            Intercept::PthreadExit => Err(Unwind::ThreadExit(arg(self, 0))),
            Intercept::ThrdExit => Err(Unwind::ThreadExit(
                i64::from(arg(self, 0) as u32 as i32) as u64
            )),
            Intercept::CxaThreadAtExit if crate::threads::tid() == self.owner => {
                let (fp, obj) = (arg(self, 0), arg(self, 1));
                self.thread_dtors.push((fp, obj));
                ret0(self);
                Ok(false)
            }
            Intercept::CxaThreadAtExit => {
                let name = match &cs.callee {
                    Callee::Extern(n) => n.to_string(),
                    _ => "__cxa_thread_atexit".to_string(),
                };
                let Some(addr) = jit_link::process::search(&name) else {
                    return Err(fault_at(
                        f,
                        pc,
                        Fault::Msg(format!("`{name}` is not found in the process")),
                    ));
                };
                self.call_native(f, base, pc, cs, addr)?;
                Ok(false)
            }
            Intercept::SetJmp => {
                let buf = arg(self, 0);
                let depth = self.thread.frames.len() - 1;
                let fr = &self.thread.frames[depth];
                let rec = JmpRecord {
                    depth,
                    serial: fr.serial,
                    pc: fr.pc,
                    dst: cs.dst,
                    sp: self.thread.stack.sp,
                };
                self.thread.jmpbufs.insert(buf, rec);
                ret0(self);
                Ok(false)
            }
            Intercept::LongJmp => {
                let buf = arg(self, 0);
                let mut val = arg(self, 1) as u32;
                if val == 0 {
                    val = 1;
                }
                let err = |m: &str| Err(fault_at(f, pc, Fault::Msg(m.to_string())));
                let Some(rec) = self.thread.jmpbufs.get(&buf).cloned() else {
                    return err("longjmp to a jmp_buf that setjmp never filled");
                };
                let live = self
                    .thread
                    .frames
                    .get(rec.depth)
                    .is_some_and(|fr| fr.serial == rec.serial);
                if !live {
                    return err("longjmp to a function that has already returned");
                }
                if rec.depth < self.thread.floor {
                    return err("longjmp across a C callback frame is not supported");
                }
                self.thread.frames.truncate(rec.depth + 1);
                self.thread.stack.sp = rec.sp;
                let fr = self
                    .thread
                    .frames
                    .last_mut()
                    .expect("the setjmp frame is live");
                fr.pc = rec.pc;
                if rec.dst != NONE {
                    let d = fr.base + rec.dst as usize;
                    self.thread.regs[d] = u64::from(val);
                }
                Ok(true)
            }
            Intercept::Throw(name) => {
                let shown = if name.starts_with("__throw_") {
                    format!("std::{name}")
                } else {
                    name.to_string()
                };
                Err(fault_at(
                    f,
                    pc,
                    Fault::Msg(format!(
                        "a C++ exception is thrown here (call to `{shown}`), and the interpreter \
                         does not unwind C++ exceptions: the program stops"
                    )),
                ))
            }
        }
    }

    /// Entry from a trampoline: interprets `key` with the C arguments, writes the C result.
    ///
    /// An error cannot unwind through the C frames in between: while an interpreter run is
    /// active it is kept pending and raised when the native call returns; when the host
    /// called the trampoline directly there is nobody to return it to, so it is printed.
    ///
    /// Returns the value of a `pthread_exit` that ended the outermost interpreter run of a
    /// thread other than the owner: the caller calls the real one once it left the machine.
    pub(crate) fn callback(
        &mut self,
        key: FnKey,
        result: *mut c_void,
        args: *mut *mut c_void,
    ) -> Option<u64> {
        let from_host = self.thread.frames.is_empty();
        let foreign = crate::threads::tid() != self.owner;
        match self.callback_inner(key, result, args) {
            Ok(()) => {}
            Err(Unwind::Exit(code)) => self.exit_from_native(code),
            Err(Unwind::ThreadExit(v)) if from_host && foreign => return Some(v),
            Err(Unwind::ThreadExit(_)) => crate::threads::fatal(
                "pthread_exit inside a function called from C (a callback), or on the thread \
                 that runs the interpreter, is not supported",
            ),
            Err(Unwind::Error(e)) if from_host => {
                if foreign {
                    // A thread started by native code: nobody can receive the error, and
                    // going on would compute with a made-up result.
                    crate::threads::fatal(&format!("in a thread started by native code: {e}"));
                }
                eprintln!("jit-interp: error in a function called through its address: {e}");
            }
            Err(Unwind::Error(e)) => {
                if self.thread.pending.is_none() {
                    self.thread.pending = Some(Unwind::Error(e));
                }
            }
        }
        None
    }

    fn callback_inner(
        &mut self,
        key: FnKey,
        result: *mut c_void,
        args: *mut *mut c_void,
    ) -> Result<(), Unwind> {
        let func = self.lowered(key)?;
        let ret_size = if func.params.iter().any(|p| p.sret) {
            0
        } else {
            func.ret_abi.size() as usize
        };
        let zero_result = || {
            if ret_size > 0 {
                // SAFETY: libffi gives the handler a result buffer of the cif's result size
                // (at least one register for scalars).
                unsafe { std::ptr::write_bytes(result.cast::<u8>(), 0, ret_size.max(8)) }
            }
        };
        if self.thread.pending.is_some() {
            zero_result();
            return Ok(());
        }
        if func.varargs {
            zero_result();
            return Err(Unwind::Error(runtime_error(
                &func,
                0,
                format!(
                    "interpreted varargs function @{} called from C: a libffi closure cannot receive variadic arguments",
                    func.name
                ),
            )));
        }
        self.thread.argbuf.clear();
        self.thread.argoffs.clear();
        let mut j = 0usize;
        for p in &func.params {
            let off = self.thread.argbuf.len() as u32;
            let start = self.thread.argbuf.len();
            self.thread.argbuf.resize(start + p.words as usize, 0);
            if p.sret {
                self.thread.argbuf[start] = result as u64;
            } else {
                // SAFETY: libffi passes one pointer per cif argument, in order.
                let ap = unsafe { *args.add(j) };
                j += 1;
                if p.byval.is_some() {
                    self.thread.argbuf[start] = ap as u64;
                } else {
                    let size = (p.abi.size() as usize).min(p.words as usize * 8);
                    let dst = &mut as_bytes_mut(&mut self.thread.argbuf[start..])[..size];
                    // SAFETY: `ap` points at an argument of the cif type of this parameter,
                    // whose size is `p.abi.size()`.
                    unsafe { memory::read_bytes(ap as u64, dst) };
                }
            }
            self.thread.argoffs.push((off, p.words));
        }
        if let Err(e) = self.invoke(func.clone()) {
            zero_result();
            return Err(e);
        }
        if ret_size > 0 {
            let r = &self.thread.retval;
            match func.ret_abi {
                AbiTy::Int { bits, signed } if bits <= 64 => {
                    let v = r.first().copied().unwrap_or(0);
                    let v = if signed {
                        value::sext64(v, bits) as u64
                    } else {
                        v
                    };
                    // SAFETY: integer results are written as a full ffi_arg (8 bytes).
                    unsafe { result.cast::<u64>().write_unaligned(v) };
                }
                _ => {
                    let bytes = as_bytes(r);
                    let n = ret_size.min(bytes.len());
                    // SAFETY: the result buffer holds the cif's result type (`ret_size`).
                    unsafe { memory::write_bytes(result as u64, &bytes[..n]) };
                }
            }
        }
        Ok(())
    }

    /// Calls a function pointer with no argument or one pointer argument (exit handlers).
    pub(crate) fn call_address(&mut self, addr: u64, arg: Option<u64>) -> Result<(), Unwind> {
        match self.target_of_address(addr) {
            Target::Interp(k) => {
                let func = self.lowered(k)?;
                self.thread.argbuf.clear();
                self.thread.argoffs.clear();
                if let Some(a) = arg {
                    self.thread.argbuf.push(a);
                    self.thread.argoffs.push((0, 1));
                }
                self.invoke(func)
            }
            Target::Native(a) if a >= memory::NULL_PAGE => {
                let params = match arg {
                    Some(_) => vec![(AbiTy::Ptr, false, false)],
                    None => vec![],
                };
                let sig = crate::ffi::sig_for_function(&params, &AbiTy::Void)
                    .map_err(|m| Unwind::Error(EngineError::Unsupported(m)))?;
                let mut word = arg.unwrap_or(0);
                let mut ptrs: Vec<*mut c_void> = match arg {
                    Some(_) => vec![(&mut word as *mut u64).cast()],
                    None => vec![],
                };
                let mut ret = [0u64; 2];
                self.with_active(|| {
                    // SAFETY: exit handlers have type void(void) or void(void *).
                    unsafe { crate::ffi::call(&sig, a, &mut ptrs, ret.as_mut_ptr().cast()) }
                });
                match self.thread.pending.take() {
                    Some(p) => Err(p),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    /// `exit` called while C code is on the stack (inside a callback): no interpreter frame
    /// can be unwound across C frames, so finish the program here as a native exit would.
    fn exit_from_native(&mut self, code: i32) -> ! {
        let _ = self.finish_program();
        // SAFETY: flushing all stdio streams and exiting the process have no preconditions.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            libc::exit(code)
        }
    }
}
