//! Program semantics around `main`: static constructors and destructors, `argc`/`argv`/`envp`,
//! and the exit sequence (atexit handlers in reverse order of registration, then the static
//! destructors, once), the same whether `main` returns or the program calls `exit`.

use crate::abi::AbiTy;
use crate::code::FnKey;
use crate::machine::{Machine, Unwind};
use jit_core::EngineError;
use jit_core::ir::GlobalRef;

/// Turns an unwind into the engine's error (`exit` becomes [`EngineError::Exit`]).
pub(crate) fn to_error(u: Unwind) -> EngineError {
    match u {
        Unwind::Exit(c) => EngineError::Exit(c),
        Unwind::ThreadExit(_) => EngineError::Unsupported(
            "pthread_exit on the thread that runs the interpreter (or inside a call from C)"
                .to_string(),
        ),
        Unwind::Error(e) => e,
    }
}

impl Machine {
    /// Constructors in run order, or destructors in run order: every module's entries
    /// merged by priority, equal priorities in order of addition (as a static linker sorts
    /// `.init_array.N` across objects; see `jit_core::ir::structor_order`).
    fn initializers(&self, destructors: bool) -> Vec<FnKey> {
        let mut lists = Vec::new();
        for (i, lm) in self.modules.iter().enumerate() {
            let Some(lm) = lm else { continue };
            let list: Vec<(u32, FnKey)> = lm
                .ir
                .structors(destructors)
                .into_iter()
                .filter_map(|(p, r)| match r {
                    GlobalRef::Function(f) if lm.ir.functions[f].body.is_some() => Some((
                        p,
                        FnKey {
                            module: i as u32,
                            func: f,
                        },
                    )),
                    _ => None,
                })
                .collect();
            lists.push(list);
        }
        jit_core::ir::structor_order(lists, destructors)
    }

    /// Calls a function without arguments.
    pub(crate) fn call_no_args(&mut self, key: FnKey) -> Result<(), Unwind> {
        let f = self.lowered(key)?;
        self.thread.argbuf.clear();
        self.thread.argoffs.clear();
        self.invoke(f)
    }

    /// Runs `@llvm.global_ctors` of every module.
    pub(crate) fn run_constructors(&mut self) -> Result<(), Unwind> {
        self.ctors_done = true;
        for k in self.initializers(false) {
            self.call_no_args(k)?;
        }
        Ok(())
    }

    /// Runs `@llvm.global_dtors` of every module, once.
    pub(crate) fn run_destructors(&mut self) -> Result<(), Unwind> {
        if self.dtors_done {
            return Ok(());
        }
        self.dtors_done = true;
        for k in self.initializers(true) {
            self.call_no_args(k)?;
        }
        Ok(())
    }

    /// The exit sequence: the owner thread's `thread_local` destructors, atexit handlers (last registered first, including handlers
    /// registered while it runs), then static destructors. `exit` inside it ends the
    /// current handler only.
    pub(crate) fn finish_program(&mut self) -> Result<(), EngineError> {
        // `exit` runs the calling thread's `thread_local` destructors first (only the owner's
        // are kept here; other threads' are the native runtime's).
        if crate::threads::tid() == self.owner {
            while let Some((f, obj)) = self.thread_dtors.pop() {
                match self.call_address(f, Some(obj)) {
                    Ok(()) | Err(Unwind::Exit(_)) => {}
                    Err(u) => return Err(to_error(u)),
                }
            }
        }
        while let Some((f, arg)) = self.atexit.pop() {
            match self.call_address(f, arg) {
                Ok(()) | Err(Unwind::Exit(_)) => {}
                Err(u) => return Err(to_error(u)),
            }
        }
        match self.run_destructors() {
            Ok(()) | Err(Unwind::Exit(_)) => Ok(()),
            Err(u) => Err(to_error(u)),
        }
    }

    /// `run_main` of the engine.
    pub(crate) fn run_main(&mut self, args: &[String], env: &[String]) -> Result<i32, EngineError> {
        if !self.ctors_done {
            match self.run_constructors() {
                Ok(()) => {}
                Err(Unwind::Exit(code)) => {
                    self.finish_program()?;
                    return Ok(code);
                }
                Err(u) => return Err(to_error(u)),
            }
        }
        let (mi, r) = self
            .find_defined("main", None)
            .ok_or_else(|| EngineError::NotFound("main".to_string()))?;
        let GlobalRef::Function(func) = r else {
            return Err(EngineError::NotFound("main".to_string()));
        };
        let main = self.lowered(FnKey { module: mi, func })?;
        let argv = c_string_array(args)?;
        let envp = c_string_array(env)?;
        let words = [args.len() as u64, argv, envp];
        let n = main.params.len().min(3);
        self.thread.argbuf.clear();
        self.thread.argoffs.clear();
        for (i, w) in words.iter().take(n).enumerate() {
            self.thread.argbuf.push(*w);
            self.thread.argoffs.push((i as u32, 1));
        }
        let code = match self.invoke(main.clone()) {
            Ok(()) => match main.ret_abi {
                AbiTy::Int { .. } => self.thread.retval.first().copied().unwrap_or(0) as u32 as i32,
                _ => 0,
            },
            Err(Unwind::Exit(code)) => code,
            Err(u) => return Err(to_error(u)),
        };
        self.finish_program()?;
        Ok(code)
    }
}

/// A NULL-terminated array of C strings in malloc'd memory (it lives as long as the
/// process, like a native program's argv).
fn c_string_array(items: &[String]) -> Result<u64, EngineError> {
    let oom = || EngineError::Unsupported("out of memory building argv".to_string());
    // SAFETY: malloc has no preconditions; the result is checked.
    let arr = unsafe { libc::malloc((items.len() + 1) * 8) }.cast::<u64>();
    if arr.is_null() {
        return Err(oom());
    }
    for (i, s) in items.iter().enumerate() {
        let bytes = s.as_bytes();
        // SAFETY: as above.
        let p = unsafe { libc::malloc(bytes.len() + 1) }.cast::<u8>();
        if p.is_null() {
            return Err(oom());
        }
        // SAFETY: `p` has room for the bytes and the NUL; `arr` for items.len() + 1 words.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
            p.add(bytes.len()).write(0);
            arr.add(i).write(p as u64);
        }
    }
    // SAFETY: the last slot of the array.
    unsafe { arr.add(items.len()).write(0) };
    Ok(arr as u64)
}
