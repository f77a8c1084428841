//! The reference interpreter of the jit workspace: runs IR faithfully enough that a C
//! program compiled by clang (x86-64 or AArch64, -O0 or -O2) prints exactly what the native
//! program prints. Every native backend is compared against it.
//!
//! It does not compile anything, check the IR (the verifier does), or run IR written for
//! another architecture than the host's: the IR clang emits is already ABI-lowered for its
//! target, so such modules are rejected by [`Interpreter`]'s `add_module`.
//!
//! # Design
//!
//! * **Values** (`code.rs`): each function is lowered once (`lower.rs`) into a compact
//!   instruction list over a register file of 64-bit words. A value's words hold its
//!   in-memory byte image (integers zero-extended to their width, `i128` in two words,
//!   floats as bits, structs and vectors in their exact layout), so loads and stores are
//!   byte copies and integer widths 1..=128 all work (`value.rs` defines the arithmetic).
//!   Operands are pre-resolved to a slot or a constant-pool entry; constants, including
//!   global and function addresses, are evaluated once (`consts.rs`); phis become parallel
//!   moves on CFG edges; switches binary-search a sorted table.
//! * **Memory** (`memory.rs`): real. Globals get properly aligned real addresses (all of a
//!   module's globals are allocated before any initializer is written); allocas live in an
//!   interpreter-owned stack with a bump pointer per frame; the heap is libc's. Pointers
//!   pass freely between interpreted code and C.
//! * **Calls** (`calls.rs`, `ffi.rs`): interpreted calls push a frame on an explicit frame
//!   stack (deep recursion does not grow the Rust stack). External functions are resolved
//!   through the global mappings, the other modules and the process (searched as the native
//!   engine's linker does, `jit_link::process`: libc, libm, the C++ runtime), and called
//!   through libffi with signatures derived from the call site (`abi.rs`): `signext`/`zeroext`,
//!   struct returns, `byval` and `sret` included. An interpreted function's address is a
//!   libffi closure trampoline that interprets it, so C can call back; indirect calls to a
//!   trampoline are interpreted directly. Varargs functions defined in IR get a real ABI
//!   `va_list` (`varargs.rs`).
//! * **Unwinding**: `exit` and runtime errors unwind the frame stack as an internal
//!   `Unwind` value, never a Rust panic; `run_main` turns `exit(code)` into its result after
//!   running the atexit handlers and static destructors (`program.rs`). `setjmp` records the
//!   frame and `jmp_buf` address; `longjmp` truncates the frame stack back to that frame.
//!   Neither can cross C frames: `exit` inside a C callback finishes the program and calls
//!   the real `exit`; a runtime error there is kept pending and reported when the native
//!   call returns; `longjmp` across one is an error.
//! * **Detected undefined behaviour** (division by zero, `INT_MIN / -1`, `unreachable`,
//!   accesses and calls through the null page, traps, unknown intrinsics) is an
//!   [`EngineError::Runtime`] naming the function and the `module:line:col` of the instruction.
//!
//! * **Threads** (`threads.rs`): an interpreted function can be called on any thread (a
//!   `pthread_create` or `thrd_create` start routine, a `std::thread` body, a callback from
//!   a native thread pool). Each thread has its own execution state: frames, register file,
//!   alloca stack, `setjmp` records and its own copy of every `thread_local` global (the
//!   thread that created the interpreter uses the globals themselves; another thread gets a
//!   copy of the initial image on first use, freed when it exits; `thread_local`s of native
//!   libraries are found with `dlsym` on the thread; every use of a thread-local global
//!   goes through `llvm.threadlocal.address`, `jit_opt::address_thread_locals`). Modules,
//!   globals, lowered code, trampolines and exit handlers are shared.
//!
//!   An interpreter lock serializes interpretation: a thread holds it while it interprets
//!   and releases it around each native call, so threads blocked in `pthread_join`,
//!   mutexes, condition variables or I/O let the others run; atomic instructions, and every
//!   65536th backward branch, hand it over when another thread waits (spin loops progress).
//!   Uncontended it costs two atomic operations per native call, nothing per instruction.
//!   Atomics (`atomicrmw`, `cmpxchg`, atomic loads and stores, `fence`) are the host's
//!   atomic instructions on the real memory, so they also synchronize with native threads.
//!
//!   `exit` on any thread runs the exit sequence once (the calling thread's C++
//!   `thread_local` destructors, atexit handlers, static destructors), then ends the
//!   process. `pthread_exit` (or C11 `thrd_exit`) on a thread started by native code
//!   unwinds that thread's interpreter frames and ends it; on the interpreter's own thread
//!   it is an error. A runtime error on a thread started by native code (nobody to return
//!   it to) is printed and ends the process with status 1. Dropping the interpreter while
//!   another thread is still inside it leaks the machine rather than freeing memory under
//!   that thread.
//! * **C++ exceptions**: an `invoke` is a call followed by a branch to its normal
//!   destination; landing pads and `resume` are never reached, because a throw
//!   (`__cxa_throw`, `__cxa_rethrow`, `_Unwind_RaiseException`, libstdc++'s `std::__throw_*`
//!   helpers called from interpreted code) stops the program with a runtime error at the
//!   call site: the interpreter cannot unwind through its own frames. `llvm.eh.typeid.for`
//!   gives the per-function numbering of [`jit_core::ir::Module::eh_type_infos`].
//!
//! # Not supported (yet)
//!
//! * Catching C++ exceptions: programs that throw stop at the first throw (see above); an
//!   exception thrown inside native code (libstdc++ itself) is not seen and terminates the
//!   process as `std::terminate` does.
//! * Calls into the interpreter from an asynchronous signal handler: it is not reentrant
//!   except through native calls it makes itself.
//! * Parallel speed-up: threads are interpreted one at a time (see *Threads*).
//! * Vectors of integers wider than 64 bits, vectors of `x86_fp80`/`fp128`.
//! * `longjmp` across C frames (e.g. out of a qsort comparator): a runtime error.
//! * i128 arguments of *native* calls on AArch64 use a two-register struct in libffi, which
//!   does not force the even register pair AAPCS64 asks for.

mod abi;
mod atomics;
mod calls;
mod code;
mod consts;
mod exec;
mod ffi;
mod intrinsics;
mod lower;
mod machine;
mod memory;
mod program;
mod threads;
mod tyinfo;
mod value;
mod varargs;
mod vector;
mod wide;

use code::FnKey;
use consts::ConstEval;
use jit_core::ir::{GlobalRef, Module};
use jit_core::{Arch, DataLayout, EngineError, ExecutionEngine, GenericValue, ModuleHandle};
use machine::{LoadedModule, Machine};
use std::collections::HashMap;
use std::rc::Rc;

/// The datalayout clang uses for the host, for modules that do not give one.
fn host_datalayout(arch: Arch) -> &'static str {
    match arch {
        Arch::X86_64 => {
            "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
        }
        Arch::AArch64 => "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32",
    }
}

/// The reference interpreter: an [`ExecutionEngine`] that interprets IR with real memory and
/// real calls into C.
///
/// The value is not `Send`: create it on the thread that runs the program. The program's
/// own threads may call its interpreted functions (see the crate doc, *Threads*).
pub struct Interpreter {
    m: std::mem::ManuallyDrop<Box<Machine>>,
}

impl Interpreter {
    /// A new interpreter for the host architecture.
    ///
    /// # Panics
    /// When the host is neither x86-64 nor AArch64, or the alloca stack cannot be reserved.
    pub fn new() -> Self {
        Self::try_new().unwrap_or_else(|e| panic!("cannot create the interpreter: {e}"))
    }

    /// A new interpreter, or why none can be made on this host.
    pub fn try_new() -> Result<Self, EngineError> {
        let m = Machine::new().map_err(EngineError::Unsupported)?;
        Ok(Interpreter {
            m: std::mem::ManuallyDrop::new(Box::new(m)),
        })
    }

    fn find_defined_function(&self, name: &str) -> Option<FnKey> {
        for (i, lm) in self.m.modules.iter().enumerate() {
            let Some(lm) = lm else { continue };
            if let Some(f) = lm.ir.function_by_name(name)
                && lm.ir.functions[f].body.is_some()
            {
                return Some(FnKey {
                    module: i as u32,
                    func: f,
                });
            }
        }
        None
    }

    /// Forgets everything cached about modules (after one is removed or failed to load).
    fn forget_module(&mut self, idx: u32) {
        self.m.tramp_map.retain(|_, k| k.module != idx);
        for lm in self.m.modules.iter_mut().flatten() {
            lm.lowered.iter_mut().for_each(|l| *l = None);
        }
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        if self.m.gil.foreign() > 0 {
            // Threads started by the program still run interpreted code (or wait in a
            // native call made from it): freeing the machine under them would make them
            // use freed memory. Leak it (the process is usually about to exit).
            return;
        }
        let acquired = self.m.gil.acquire(threads::tid());
        if acquired {
            self.m.gil.release();
        }
        // SAFETY: the machine is dropped exactly once, here, and no other thread is inside it.
        unsafe { std::mem::ManuallyDrop::drop(&mut self.m) }
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Self::new()
    }
}

/// Vectors of `x86_fp80`/`fp128` (the loop vectorizer makes them from `long double`
/// loops) have no lane shape here: their functions are first rewritten lane by lane with
/// `jit-legalize`, as the native backends do, and run on the scalar long double code. So
/// are functions calling target SIMD intrinsics (`llvm.x86.sse2.pmovmskb.128`,
/// `llvm.aarch64.neon.ld2`, ...), which `jit-legalize` expands into generic operations.
fn scalarize_long_double_vectors(module: &mut Module) -> Result<(), EngineError> {
    let long_double_vector = |m: &Module, ty: jit_core::ir::Type| match m.types.data(ty) {
        jit_core::ir::TypeData::Vector { elem, .. } => matches!(
            m.types.data(*elem),
            jit_core::ir::TypeData::X86Fp80 | jit_core::ir::TypeData::Fp128
        ),
        _ => false,
    };
    let todo: Vec<_> = jit_legalize::functions_to_legalize(module)
        .into_iter()
        .filter(|&f| {
            module.functions[f].body.as_ref().is_some_and(|b| {
                b.values
                    .iter()
                    .any(|(_, v)| long_double_vector(module, v.ty))
                    || calls_target_simd(module, b)
            })
        })
        .collect();
    for f in todo {
        jit_legalize::legalize_function(module, f)
            .map_err(|e| EngineError::Unsupported(e.to_string()))?;
    }
    Ok(())
}

/// Integers wider than 128 bits have no value representation here: their functions are
/// rewritten into 64-bit word code by `jit-legalize`, as for the native backends, so both
/// run the same arithmetic.
fn split_wide_integers(module: &mut Module) -> Result<(), EngineError> {
    for f in jit_legalize::functions_with_wide_ints(module) {
        jit_legalize::legalize_wide_function(module, f)
            .map_err(|e| EngineError::Unsupported(e.to_string()))?;
    }
    Ok(())
}

fn calls_target_simd(m: &Module, body: &jit_core::ir::Body) -> bool {
    body.insts.iter().any(|(_, data)| match &data.kind {
        jit_core::ir::InstKind::Call {
            callee: jit_core::ir::Operand::Const(c),
            ..
        } => matches!(m.strip_to_global(*c), Some(jit_core::ir::GlobalRef::Function(f))
            if jit_legalize::is_target_simd_intrinsic(&m.functions[f].name)),
        _ => false,
    })
}

fn invalid(m: &Module, message: String) -> EngineError {
    EngineError::InvalidModule {
        module: m.name.clone(),
        message,
    }
}

fn generic_to_words(v: &GenericValue, abi: &abi::AbiTy) -> Option<Vec<u64>> {
    use abi::AbiTy as A;
    Some(match (abi, v) {
        (A::Int { bits, .. }, GenericValue::Int { value, .. }) => {
            let v = *value & value::mask128(*bits);
            if *bits > 64 {
                vec![v as u64, (v >> 64) as u64]
            } else {
                vec![v as u64]
            }
        }
        (A::Int { bits, .. }, GenericValue::Pointer(p)) if *bits == 64 => vec![*p],
        (A::Ptr, GenericValue::Pointer(p)) => vec![*p],
        (A::Ptr, GenericValue::Int { value, .. }) => vec![*value as u64],
        (A::F32, GenericValue::Float(f)) => vec![u64::from(f.to_bits())],
        (A::F32, GenericValue::Double(d)) => vec![u64::from((*d as f32).to_bits())],
        (A::F64, GenericValue::Double(d)) => vec![d.to_bits()],
        (A::F64, GenericValue::Float(f)) => vec![f64::from(*f).to_bits()],
        _ => return None,
    })
}

impl ExecutionEngine for Interpreter {
    fn add_module(&mut self, mut module: Module) -> Result<ModuleHandle, EngineError> {
        let _lock = self.m.host_enter()?;
        scalarize_long_double_vectors(&mut module)?;
        split_wide_integers(&mut module)?;
        // Every use of a thread-local global means this thread's copy: make each go through
        // `llvm.threadlocal.address` (clang uses `@g` directly in `__tls_init` and friends).
        jit_opt::address_thread_locals(&mut module)
            .map_err(|e| invalid(&module, format!("thread-local variables: {e}")))?;
        let host = self.m.arch;
        if let Some(t) = &module.triple {
            match Arch::from_triple(t) {
                Some(a) if a == host => {}
                Some(a) => {
                    return Err(invalid(
                        &module,
                        format!(
                            "the module is for {a} (triple `{t}`) but the interpreter runs on {host}: \
                             clang lowers calls and va_list for its target, so IR is not portable"
                        ),
                    ));
                }
                None => return Err(invalid(&module, format!("unknown target triple `{t}`"))),
            }
        }
        let dl_text = module
            .datalayout
            .clone()
            .unwrap_or_else(|| host_datalayout(host).to_string());
        let dl = DataLayout::parse(&dl_text).map_err(|e| invalid(&module, e.to_string()))?;
        // Lay out every defined global in one block.
        let mut offsets = vec![0u64; module.globals.len()];
        let mut size = 0u64;
        let mut max_align = 16u64;
        for (g, gv) in module.globals.iter() {
            if gv.init.is_none() || gv.name.starts_with("llvm.") {
                continue;
            }
            let align = dl
                .abi_align(&module.types, gv.value_ty)
                .max(u64::from(gv.align.unwrap_or(1)))
                .max(1);
            let sz = dl.alloc_size(&module.types, gv.value_ty).max(1);
            let off = size.next_multiple_of(align);
            offsets[g.as_u32() as usize] = off;
            size = off + sz;
            max_align = max_align.max(align);
        }
        let block = memory::GlobalBlock::new(size, max_align).map_err(|e| invalid(&module, e))?;
        let base = block.base();
        let mut global_addr: Vec<u64> = module
            .globals
            .iter()
            .map(|(g, gv)| {
                if gv.init.is_some() && !gv.name.starts_with("llvm.") {
                    base + offsets[g.as_u32() as usize]
                } else {
                    0
                }
            })
            .collect();
        // A weak or `linkonce_odr` global that a module added earlier defines already (an
        // inline function's static local, a template's static member): this module uses
        // that one, as a static linker keeps the first definition; its own slot stays
        // unused and uninitialized.
        let mut shared = vec![false; module.globals.len()];
        for (g, gv) in module.globals.iter() {
            let i = g.as_u32() as usize;
            if global_addr[i] == 0 || !gv.linkage.is_discardable_definition() {
                continue;
            }
            if let Some((mi, r @ GlobalRef::Global(_))) = self.m.find_defined(&gv.name, None) {
                global_addr[i] = self.m.address_of(mi, r)?;
                shared[i] = true;
            }
        }
        let idx = self.m.modules.len() as u32;
        let ir = Rc::new(module);
        self.m.modules.push(Some(LoadedModule {
            ir: ir.clone(),
            name: Rc::from(ir.location_file()),
            dl: dl.clone(),
            _globals: block,
            global_addr: global_addr.clone(),
            alias_addr: vec![0; ir.aliases.len()],
            lowered: vec![None; ir.functions.len()],
            tramps: HashMap::new(),
            tls_init: HashMap::new(),
        }));
        let r = self.init_module(idx, &ir, &dl, &global_addr, &shared);
        if let Err(e) = r {
            self.m.modules.pop();
            self.forget_module(idx);
            return Err(e);
        }
        // The initial image of each thread-local global, for the copies of other threads.
        let mut tls_init = HashMap::new();
        for (g, gv) in ir.globals.iter() {
            let (i, addr) = (g.as_u32() as usize, global_addr[g.as_u32() as usize]);
            if !gv.thread_local || addr == 0 || shared[i] {
                continue;
            }
            let size = dl.alloc_size(&ir.types, gv.value_ty).max(1) as usize;
            let align = dl
                .abi_align(&ir.types, gv.value_ty)
                .max(u64::from(gv.align.unwrap_or(1)))
                .max(1);
            let mut image = vec![0u8; size];
            // SAFETY: `addr` is this global's `size`-byte slot, initialised just above.
            unsafe { memory::read_bytes(addr, &mut image) };
            tls_init.insert(addr, (image, align));
        }
        if let Some(Some(lm)) = self.m.modules.get_mut(idx as usize) {
            lm.tls_init = tls_init;
        }
        Ok(ModuleHandle(idx))
    }

    fn remove_module(&mut self, handle: ModuleHandle) -> Result<Module, EngineError> {
        let _lock = self.m.host_enter()?;
        if !self.m.thread.frames.is_empty() || self.m.gil.foreign() > 0 {
            return Err(EngineError::Unsupported(
                "a module cannot be removed while the interpreter runs (on any thread)".to_string(),
            ));
        }
        let lm = self
            .m
            .modules
            .get_mut(handle.0 as usize)
            .and_then(Option::take)
            .ok_or_else(|| EngineError::NotFound(format!("module #{}", handle.0)))?;
        self.forget_module(handle.0);
        let ir = lm.ir.clone();
        drop(lm);
        Ok(Rc::try_unwrap(ir).unwrap_or_else(|rc| (*rc).clone()))
    }

    fn find_function(&self, name: &str) -> Option<ModuleHandle> {
        self.find_defined_function(name)
            .map(|k| ModuleHandle(k.module))
    }

    fn add_global_mapping(&mut self, name: &str, address: u64) {
        let _lock = self.m.host_enter();
        self.m.mappings.insert(name.to_string(), address);
        for lm in self.m.modules.iter_mut().flatten() {
            lm.lowered.iter_mut().for_each(|l| *l = None);
        }
    }

    fn get_global_value_address(&mut self, name: &str) -> Result<u64, EngineError> {
        let _lock = self.m.host_enter()?;
        let found = self.m.modules.iter().enumerate().find_map(|(i, lm)| {
            let lm = lm.as_ref()?;
            let r = lm.ir.lookup(name)?;
            let defined = match r {
                GlobalRef::Function(f) => lm.ir.functions[f].body.is_some(),
                GlobalRef::Global(g) => lm.ir.globals[g].init.is_some(),
                GlobalRef::Alias(_) => true,
            };
            defined.then_some((i as u32, r))
        });
        match found {
            Some((i, r)) => self.m.address_of(i, r),
            None => Err(EngineError::NotFound(name.to_string())),
        }
    }

    fn run_function(
        &mut self,
        name: &str,
        args: &[GenericValue],
    ) -> Result<GenericValue, EngineError> {
        let _lock = self.m.host_enter()?;
        let key = self
            .find_defined_function(name)
            .ok_or_else(|| EngineError::NotFound(name.to_string()))?;
        let f = self.m.lowered(key)?;
        let bad = |message: String| EngineError::BadArguments {
            function: name.to_string(),
            message,
        };
        if f.varargs {
            return Err(bad(
                "varargs functions cannot be run with generic values".into()
            ));
        }
        if args.len() != f.params.len() {
            return Err(bad(format!(
                "expected {} arguments, got {}",
                f.params.len(),
                args.len()
            )));
        }
        self.m.thread.argbuf.clear();
        self.m.thread.argoffs.clear();
        for (i, (a, p)) in args.iter().zip(&f.params).enumerate() {
            if p.byval.is_some() || p.sret {
                return Err(bad(format!("parameter {i} is passed byval/sret")));
            }
            let w = generic_to_words(a, &p.abi)
                .ok_or_else(|| bad(format!("argument {i} ({a:?}) does not match the parameter")))?;
            let off = self.m.thread.argbuf.len() as u32;
            self.m.thread.argbuf.extend_from_slice(&w);
            self.m.thread.argoffs.push((off, w.len() as u32));
        }
        self.m.invoke(f.clone()).map_err(program::to_error)?;
        let r = &self.m.thread.retval;
        let w0 = r.first().copied().unwrap_or(0);
        Ok(match f.ret_abi {
            abi::AbiTy::Void => GenericValue::Void,
            abi::AbiTy::Int { bits, .. } => {
                let hi = r.get(1).copied().unwrap_or(0);
                let v = if bits > 64 {
                    u128::from(w0) | (u128::from(hi) << 64)
                } else {
                    u128::from(w0)
                };
                GenericValue::int(bits, v)
            }
            abi::AbiTy::F32 => GenericValue::Float(f32::from_bits(w0 as u32)),
            abi::AbiTy::F64 => GenericValue::Double(f64::from_bits(w0)),
            abi::AbiTy::Ptr => GenericValue::Pointer(w0),
            _ => {
                return Err(EngineError::Unsupported(format!(
                    "@{name} returns an aggregate, which a GenericValue cannot hold"
                )));
            }
        })
    }

    fn run_static_constructors(&mut self) -> Result<(), EngineError> {
        let _lock = self.m.host_enter()?;
        self.m.run_constructors().map_err(program::to_error)
    }

    fn run_static_destructors(&mut self) -> Result<(), EngineError> {
        let _lock = self.m.host_enter()?;
        self.m.run_destructors().map_err(program::to_error)
    }

    fn run_main(&mut self, args: &[String], env: &[String]) -> Result<i32, EngineError> {
        let _lock = self.m.host_enter()?;
        self.m.run_main(args, env)
    }
}

impl Interpreter {
    fn init_module(
        &mut self,
        idx: u32,
        ir: &Module,
        dl: &DataLayout,
        global_addr: &[u64],
        shared: &[bool],
    ) -> Result<(), EngineError> {
        let m = &mut *self.m;
        for (a, alias) in ir.aliases.iter() {
            let mut resolve = |r: GlobalRef| m.address_of(idx, r);
            let addr = ConstEval {
                m: ir,
                dl,
                resolve: &mut resolve,
            }
            .scalar(alias.aliasee)?;
            if let Some(Some(lm)) = m.modules.get_mut(idx as usize) {
                lm.alias_addr[a.as_u32() as usize] = addr as u64;
            }
        }
        let mut buf = Vec::new();
        for (g, gv) in ir.globals.iter() {
            let (Some(init), addr) = (gv.init, global_addr[g.as_u32() as usize]) else {
                continue;
            };
            if addr == 0 || shared[g.as_u32() as usize] {
                continue;
            }
            let size = dl.alloc_size(&ir.types, gv.value_ty) as usize;
            buf.clear();
            buf.resize(size.max(1), 0u8);
            let mut resolve = |r: GlobalRef| m.address_of(idx, r);
            ConstEval {
                m: ir,
                dl,
                resolve: &mut resolve,
            }
            .write(init, &mut buf)?;
            // SAFETY: `addr` is this global's slot in the module's block, `size` bytes long.
            unsafe { memory::write_bytes(addr, &buf[..size]) };
        }
        Ok(())
    }
}
