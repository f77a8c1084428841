//! The interpreter's state: loaded modules with their globals, lowered functions and
//! trampolines; symbol resolution; the frame stack, register file and alloca stack of the
//! thread that holds the interpreter lock (the other threads' are parked, `threads.rs`).

use crate::code::{FnKey, Intercept, LFunc};
use crate::ffi::{TrampData, Trampoline};
use crate::memory::GlobalBlock;
use crate::threads::{Gil, ThreadState};
use crate::varargs::VaList;
use jit_core::ir::{FuncId, GlobalRef, Linkage, Module};
use jit_core::{Arch, DataLayout, EngineError};
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

thread_local! {
    /// The machine currently making a native call on this thread (see [`active_machine`]).
    static ACTIVE: Cell<*mut Machine> = const { Cell::new(std::ptr::null_mut()) };
}

/// The machine a trampoline should re-enter: the one suspended in a native call on this
/// thread when it is the trampoline's own (its pointer then derives from the live `&mut`),
/// else the trampoline's recorded machine.
pub(crate) fn active_machine(own: *mut Machine) -> *mut Machine {
    let a = ACTIVE.with(Cell::get);
    if a == own { a } else { own }
}

/// Why interpretation stopped early.
#[derive(Debug)]
pub(crate) enum Unwind {
    /// The program called `exit(code)`.
    Exit(i32),
    /// The program called `pthread_exit(value)` on a thread other than the owner: the
    /// trampoline handler that entered the interpreter on that thread ends it.
    ThreadExit(u64),
    /// An error.
    Error(EngineError),
}

impl From<EngineError> for Unwind {
    fn from(e: EngineError) -> Self {
        Unwind::Error(e)
    }
}

/// One activation of an interpreted function.
pub(crate) struct Frame {
    /// The function.
    pub(crate) func: Rc<LFunc>,
    /// Next instruction (saved while a callee runs).
    pub(crate) pc: usize,
    /// First word of its registers.
    pub(crate) base: usize,
    /// Alloca stack pointer at entry, restored at exit.
    pub(crate) sp_entry: u64,
    /// Address of the fixed alloca area.
    pub(crate) frame_base: u64,
    /// Slot of the caller receiving the result ([`crate::code::NONE`]: none).
    pub(crate) ret_dst: u32,
    /// Words the caller expects there.
    pub(crate) ret_words: u32,
    /// Unique id (for setjmp tokens).
    pub(crate) serial: u64,
    /// The `va_list` of a varargs function.
    pub(crate) va: Option<Box<VaList>>,
}

/// What `setjmp` recorded for a `jmp_buf` address.
#[derive(Clone, Debug)]
pub(crate) struct JmpRecord {
    /// Index of the frame that called setjmp.
    pub(crate) depth: usize,
    /// Its serial.
    pub(crate) serial: u64,
    /// Instruction after the setjmp call.
    pub(crate) pc: usize,
    /// Slot of the setjmp result.
    pub(crate) dst: u32,
    /// Alloca stack pointer at the setjmp.
    pub(crate) sp: u64,
}

/// A module added to the machine.
pub(crate) struct LoadedModule {
    /// The IR.
    pub(crate) ir: Rc<Module>,
    /// The file its locations refer to (for messages; the module name when built in memory).
    pub(crate) name: Rc<str>,
    /// Its data layout.
    pub(crate) dl: DataLayout,
    /// Its globals' memory.
    pub(crate) _globals: GlobalBlock,
    /// Address of each defined global (0 for declarations).
    pub(crate) global_addr: Vec<u64>,
    /// Address of each alias.
    pub(crate) alias_addr: Vec<u64>,
    /// Lowered functions, filled on first call.
    pub(crate) lowered: Vec<Option<Rc<LFunc>>>,
    /// Trampolines made so far.
    pub(crate) tramps: HashMap<FuncId, Trampoline>,
    /// Initial image and alignment of each `thread_local` global, by address: the copy
    /// a thread other than the owner starts from.
    pub(crate) tls_init: HashMap<u64, (Vec<u8>, u64)>,
}

/// A symbol found by name.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Sym {
    /// An address (data, or native code).
    Addr(u64),
    /// An interpreted function.
    Func(FnKey),
}

/// The whole interpreter state; boxed by [`crate::Interpreter`] so trampolines can point at it.
pub(crate) struct Machine {
    /// Host architecture (the only one whose modules are accepted).
    pub(crate) arch: Arch,
    /// Modules by index (`None` once removed).
    pub(crate) modules: Vec<Option<LoadedModule>>,
    /// `add_global_mapping` entries.
    pub(crate) mappings: HashMap<String, u64>,
    /// Trampoline address → function.
    pub(crate) tramp_map: HashMap<u64, FnKey>,
    /// Real addresses of intercepted libc functions.
    pub(crate) intercept_addrs: HashMap<u64, Intercept>,
    /// Registered exit handlers: (function, argument for `__cxa_atexit`).
    pub(crate) atexit: Vec<(u64, Option<u64>)>,
    /// `thread_local` destructors of the owner thread: (function, object).
    pub(crate) thread_dtors: Vec<(u64, u64)>,
    /// Static constructors ran.
    pub(crate) ctors_done: bool,
    /// Static destructors ran.
    pub(crate) dtors_done: bool,
    /// `thread_local` globals defined by native code (libstdc++'s `__once_call`, ...):
    /// the address first resolved, with the symbol name and the thread it was resolved
    /// on (`dlsym` gives the calling thread's copy).
    pub(crate) extern_tls: HashMap<u64, (String, u64)>,
    /// Backward branches taken (see `loop_tick`).
    pub(crate) ticks: u32,
    /// The execution state of the thread holding the interpreter lock (frames, registers,
    /// alloca stack, ...): swapped with a parked [`ThreadState`] when another thread enters.
    pub(crate) thread: ThreadState,
    /// The interpreter lock and the parked states of other threads (`threads.rs`).
    pub(crate) gil: Arc<Gil>,
    /// The thread that created the machine.
    pub(crate) owner: u64,
}

/// What `__dso_handle` names for interpreted code: the linker defines it per shared object
/// and never exports it, and the interpreter runs `__cxa_atexit` handlers itself
/// (`Intercept::CxaAtExit` ignores the handle), so any address will do.
static DSO_HANDLE: u8 = 0;

impl Machine {
    /// A machine for the host architecture.
    pub(crate) fn new() -> Result<Machine, String> {
        let arch = Arch::host().ok_or("unsupported host architecture")?;
        let owner = crate::threads::tid();
        let mut m = Machine {
            arch,
            modules: Vec::new(),
            mappings: HashMap::new(),
            tramp_map: HashMap::new(),
            intercept_addrs: HashMap::new(),
            atexit: Vec::new(),
            thread_dtors: Vec::new(),
            ctors_done: false,
            dtors_done: false,
            extern_tls: HashMap::new(),
            ticks: 0,
            thread: ThreadState::new(false)?,
            gil: Gil::new(owner),
            owner,
        };
        for name in [
            "exit",
            "atexit",
            "__cxa_atexit",
            "__cxa_thread_atexit",
            "__cxa_thread_atexit_impl",
            "pthread_exit",
            "thrd_exit",
            "setjmp",
            "_setjmp",
            "sigsetjmp",
            "__sigsetjmp",
            "longjmp",
            "_longjmp",
            "siglongjmp",
            // A throw through a function pointer (rare: `throw` calls them directly).
            "__cxa_throw",
            "__cxa_rethrow",
            "_Unwind_RaiseException",
            "_Unwind_Resume",
        ] {
            if let (Some(a), Some(i)) = (m.process_symbol(name), Intercept::from_name(name)) {
                m.intercept_addrs.insert(a, i);
            }
        }
        // C++ registers its static destructors with `__cxa_atexit(f, obj, &__dso_handle)`;
        // the handle only needs an address (the linker's crtbegin provides it natively).
        m.mappings
            .insert("__dso_handle".to_string(), &DSO_HANDLE as *const u8 as u64);
        Ok(m)
    }

    /// A symbol of the process, searched as the native engine's linker does
    /// (`jit_link::process`: added symbols, the global scope, libc and libm, then the C++
    /// runtime when nothing else defines the name).
    fn process_symbol(&self, name: &str) -> Option<u64> {
        jit_link::process::search(name)
    }

    /// The loaded module at `idx`.
    pub(crate) fn module(&self, idx: u32) -> Result<&LoadedModule, EngineError> {
        self.modules
            .get(idx as usize)
            .and_then(Option::as_ref)
            .ok_or_else(|| EngineError::NotFound(format!("module #{idx} (removed)")))
    }

    /// The module defining `name` (not counting `except`) with what it defines.
    pub(crate) fn find_defined(&self, name: &str, except: Option<u32>) -> Option<(u32, GlobalRef)> {
        for (i, lm) in self.modules.iter().enumerate() {
            let Some(lm) = lm else { continue };
            if Some(i as u32) == except {
                continue;
            }
            let ir = &lm.ir;
            let Some(r) = ir.lookup(name) else { continue };
            let visible = match r {
                GlobalRef::Function(f) => {
                    let f = &ir.functions[f];
                    f.body.is_some() && !f.linkage.is_local()
                }
                GlobalRef::Global(g) => {
                    let g = &ir.globals[g];
                    g.init.is_some() && !g.linkage.is_local() && g.linkage != Linkage::ExternWeak
                }
                GlobalRef::Alias(a) => !ir.aliases[a].linkage.is_local(),
            };
            if visible {
                return Some((i as u32, r));
            }
        }
        None
    }

    /// Resolves a name used by module `from`: global mappings, other modules, the process,
    /// then libm and libc.
    pub(crate) fn lookup_symbol(
        &mut self,
        name: &str,
        from: u32,
    ) -> Result<Option<Sym>, EngineError> {
        if let Some(&a) = self.mappings.get(name) {
            return Ok(Some(Sym::Addr(a)));
        }
        if let Some((mi, r)) = self.find_defined(name, Some(from)) {
            return Ok(Some(match r {
                GlobalRef::Function(func) => Sym::Func(FnKey { module: mi, func }),
                other => Sym::Addr(self.address_of(mi, other)?),
            }));
        }
        if let Some(a) = self.process_symbol(name) {
            return Ok(Some(Sym::Addr(a)));
        }
        Ok(None)
    }

    /// The runtime address of a module-level entity of module `mi`.
    pub(crate) fn address_of(&mut self, mi: u32, r: GlobalRef) -> Result<u64, EngineError> {
        let lm = self.module(mi)?;
        let ir = lm.ir.clone();
        let undefined = |name: &str| EngineError::UndefinedSymbol {
            symbol: name.to_string(),
            module: ir.name.clone(),
            referenced_from: None,
            searched: jit_link::process::searched(),
        };
        match r {
            GlobalRef::Global(g) => {
                let a = lm.global_addr[g.as_u32() as usize];
                if a != 0 {
                    return Ok(a);
                }
                let name = &ir.globals[g].name;
                match self.lookup_symbol(name, mi)? {
                    Some(Sym::Addr(a)) if ir.globals[g].thread_local => {
                        self.extern_tls
                            .entry(a)
                            .or_insert_with(|| (name.to_string(), crate::threads::tid()));
                        Ok(a)
                    }
                    Some(Sym::Addr(a)) => Ok(a),
                    Some(Sym::Func(k)) => self.trampoline(k),
                    None if ir.globals[g].linkage == Linkage::ExternWeak => Ok(0),
                    None => Err(undefined(name)),
                }
            }
            GlobalRef::Function(f) => {
                let fd = &ir.functions[f];
                if fd.body.is_some() {
                    return self.trampoline(FnKey {
                        module: mi,
                        func: f,
                    });
                }
                if fd.name.starts_with("llvm.") {
                    return Err(EngineError::Unsupported(format!(
                        "the address of intrinsic @{} cannot be taken",
                        fd.name
                    )));
                }
                match self.lookup_symbol(&fd.name, mi)? {
                    Some(Sym::Addr(a)) => Ok(a),
                    Some(Sym::Func(k)) => self.trampoline(k),
                    None if fd.linkage == Linkage::ExternWeak => Ok(0),
                    None => Err(undefined(&fd.name)),
                }
            }
            GlobalRef::Alias(a) => Ok(lm.alias_addr[a.as_u32() as usize]),
        }
    }

    /// The trampoline address of an interpreted function, made on first use.
    pub(crate) fn trampoline(&mut self, key: FnKey) -> Result<u64, EngineError> {
        let me: *mut Machine = self;
        let lm = self
            .modules
            .get_mut(key.module as usize)
            .and_then(Option::as_mut)
            .ok_or_else(|| EngineError::NotFound(format!("module #{}", key.module)))?;
        if let Some(t) = lm.tramps.get(&key.func) {
            return Ok(t.address());
        }
        let ir = &lm.ir;
        let f = &ir.functions[key.func];
        let (ret, params, _) =
            ir.types
                .function_sig(f.ty)
                .ok_or_else(|| EngineError::InvalidModule {
                    module: ir.name.clone(),
                    message: format!("@{} has no function type", f.name),
                })?;
        let ps: Vec<_> = params
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let attrs = f.param_attrs.get(i).cloned().unwrap_or_default();
                (
                    crate::lower::param_abi(ir, &lm.dl, t, &attrs),
                    attrs.byval.is_some(),
                    attrs.sret.is_some(),
                )
            })
            .collect();
        let ret_abi = crate::abi::AbiTy::of(&ir.types, &lm.dl, ret, &f.ret_attrs);
        let unsupported = |m: String| EngineError::Unsupported(format!("@{}: {m}", f.name));
        let (sig, not_callable) = match crate::ffi::sig_for_function(&ps, &ret_abi) {
            Ok(sig) => (sig, None),
            Err(why) => (
                crate::ffi::sig_for_function(&[], &crate::abi::AbiTy::Void).map_err(unsupported)?,
                Some(format!("@{}: {why}", f.name)),
            ),
        };
        let t = Trampoline::new(
            sig,
            TrampData {
                machine: me,
                key,
                gil: self.gil.clone(),
                not_callable,
            },
        )
        .map_err(unsupported)?;
        let addr = t.address();
        lm.tramps.insert(key.func, t);
        self.tramp_map.insert(addr, key);
        Ok(addr)
    }

    /// The lowered form of a function, lowering it on first use.
    pub(crate) fn lowered(&mut self, key: FnKey) -> Result<Rc<LFunc>, EngineError> {
        let lm = self.module(key.module)?;
        if let Some(Some(f)) = lm.lowered.get(key.func.as_u32() as usize) {
            return Ok(f.clone());
        }
        let ir = lm.ir.clone();
        let dl = lm.dl.clone();
        let name = lm.name.clone();
        let mi = key.module;
        let lf = crate::lower::lower(&ir, &dl, key, name, &mut |r| self.address_of(mi, r))
            .map_err(|e| match e {
                // A name the function's code needs: say which function.
                EngineError::UndefinedSymbol {
                    symbol,
                    module,
                    referenced_from: None,
                    searched,
                } => EngineError::UndefinedSymbol {
                    symbol,
                    module,
                    referenced_from: Some(ir.functions[key.func].name.to_string()),
                    searched,
                },
                e => e,
            })?;
        let lf = Rc::new(lf);
        if let Some(Some(lm)) = self.modules.get_mut(mi as usize)
            && let Some(slot) = lm.lowered.get_mut(key.func.as_u32() as usize)
        {
            *slot = Some(lf.clone());
        }
        Ok(lf)
    }

    /// Runs the native call `f` with this machine registered as the one making a native
    /// call, so a trampoline re-entering it on this thread derives its access from this
    /// borrow, and with the interpreter lock released, so other threads can interpret
    /// meanwhile (they may swap `Machine::thread` for theirs; this thread's state is
    /// made resident again when the lock is retaken).
    pub(crate) fn with_active<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let me: *mut Machine = self;
        let t = crate::threads::tid();
        let prev = ACTIVE.with(|a| a.replace(me));
        self.gil.release();
        let r = f();
        self.gil.acquire(t);
        self.reenter(t);
        ACTIVE.with(|a| a.set(prev));
        r
    }

    /// Takes the interpreter lock for the host thread calling the engine's API and makes
    /// its state resident; the guard releases the lock.
    pub(crate) fn host_enter(&mut self) -> Result<HostGuard, EngineError> {
        let t = crate::threads::tid();
        let acquired = self.gil.acquire(t);
        let guard = HostGuard {
            gil: self.gil.clone(),
            acquired,
        };
        self.make_resident(t).map_err(EngineError::Unsupported)?;
        Ok(guard)
    }
}

/// The host thread's hold on the interpreter lock (see [`Machine::host_enter`]).
pub(crate) struct HostGuard {
    gil: Arc<Gil>,
    acquired: bool,
}

impl Drop for HostGuard {
    fn drop(&mut self) {
        if self.acquired {
            self.gil.release();
        }
    }
}

impl Drop for Machine {
    fn drop(&mut self) {
        // Trampolines and globals are freed with their modules; the opened libraries stay
        // loaded (unloading libc or libm from a live process is never safe).
        self.modules.clear();
    }
}
