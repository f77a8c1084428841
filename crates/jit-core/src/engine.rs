//! The execution-engine abstraction shared by the interpreter and the native engine:
//! modules go in, functions come out callable by name, `main` runs like a program.

use crate::ir::Module;

/// A value passed to or returned from [`ExecutionEngine::run_function`], like LLVM's
/// `GenericValue`.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum GenericValue {
    /// No value (`void`).
    Void,
    /// An integer of `bits` bits, zero-extended into `value`.
    Int {
        /// Width in bits.
        bits: u32,
        /// The bits of the value.
        value: u128,
    },
    /// A `float`.
    Float(f32),
    /// A `double`.
    Double(f64),
    /// A pointer.
    Pointer(u64),
}

impl GenericValue {
    /// An integer of `bits` bits (truncated).
    pub fn int(bits: u32, value: u128) -> Self {
        let value = if bits >= 128 {
            value
        } else {
            value & ((1u128 << bits) - 1)
        };
        GenericValue::Int { bits, value }
    }
    /// The value as a sign-extended integer (0 for non-integers).
    pub fn as_i64(self) -> i64 {
        match self {
            GenericValue::Int { bits, value } if bits > 0 && bits <= 64 => {
                let shift = 64 - bits;
                ((value as u64) << shift) as i64 >> shift
            }
            GenericValue::Int { value, .. } => value as i64,
            GenericValue::Pointer(p) => p as i64,
            _ => 0,
        }
    }
}

/// A handle on a module added to an engine.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ModuleHandle(pub u32);

/// Why an engine operation failed: bad input, a missing symbol, or what the program did.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The module is for another target or fails verification.
    #[error("module `{module}`: {message}")]
    InvalidModule {
        /// The module's name.
        module: String,
        /// What is wrong.
        message: String,
    },
    /// No function or global of that name exists in the engine.
    #[error("no function or global named `{0}` in the engine")]
    NotFound(String),
    /// A symbol used by a module resolves nowhere.
    #[error(
        "undefined symbol `{symbol}` {}; searched {}",
        undefined_symbol_user(.module, .referenced_from.as_deref()),
        undefined_symbol_searched(.searched)
    )]
    UndefinedSymbol {
        /// The symbol.
        symbol: String,
        /// The module that uses it.
        module: String,
        /// The function (or global) whose code or initializer refers to it, when known.
        referenced_from: Option<String>,
        /// Where the engine looked, in order: its modules, then the process and the
        /// libraries it searches (`jit_link::process::searched`).
        searched: Vec<String>,
    },
    /// Arguments do not match the function's signature.
    #[error("bad arguments for `{function}`: {message}")]
    BadArguments {
        /// The function.
        function: String,
        /// What does not match.
        message: String,
    },
    /// The program did something the engine detects and refuses (division by zero,
    /// `unreachable`, an unsupported operation), with where it happened.
    #[error("runtime error in `{function}` at {location}: {message}")]
    Runtime {
        /// Function executing.
        function: String,
        /// `file:line:col` or block name.
        location: String,
        /// What happened.
        message: String,
    },
    /// The program called `exit(code)`.
    #[error("program exited with code {0}")]
    Exit(i32),
    /// The program, running in another process, did not finish in the time it was given
    /// and was stopped (its process killed).
    #[error("program did not finish within {0:?} and was stopped")]
    TimedOut(std::time::Duration),
    /// The program, running in another process, was killed by a signal.
    #[error("program killed by signal {signal} ({})", signal_name(*.signal).unwrap_or("unknown"))]
    Killed {
        /// The signal's number.
        signal: i32,
    },
    /// Something the engine does not support yet.
    #[error("unsupported: {0}")]
    Unsupported(String),
}

/// The conventional name of Linux signal `sig` (`SIGSEGV`), when it has one. The numbers
/// are the same on x86-64 and AArch64, so a host can name an executor's signal.
pub fn signal_name(sig: i32) -> Option<&'static str> {
    Some(match sig {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        10 => "SIGUSR1",
        11 => "SIGSEGV",
        12 => "SIGUSR2",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        31 => "SIGSYS",
        _ => return None,
    })
}

/// The "who needs it" part of an undefined-symbol message: "referenced by `f` in module
/// `m`", or "needed by module `m`" when the user is not known.
pub fn undefined_symbol_user(module: &str, referenced_from: Option<&str>) -> String {
    match referenced_from {
        Some(f) => format!("referenced by `{f}` in module `{module}`"),
        None => format!("needed by module `{module}`"),
    }
}

/// The "where the engine looked" part of an undefined-symbol message.
pub fn undefined_symbol_searched(searched: &[String]) -> String {
    let mut out = String::from("the engine's modules and global mappings");
    for s in searched {
        out.push_str(", ");
        out.push_str(s);
    }
    out
}

/// Counters of tiered execution (see [`ExecutionEngine::tier_stats`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TierStats {
    /// Functions whose counter reached zero.
    pub requests: u64,
    /// Functions compiled by the optimizing tier and published.
    pub published: u64,
    /// Functions left in tier 0 because their replacement failed.
    pub failed: u64,
    /// Modules whose IR was copied for the tier-up pipeline (once each; the pipeline then
    /// runs on the functions being recompiled and their callees, not on the whole module).
    pub modules_optimized: u64,
    /// On-stack-replacement entries made: optimized code that a running tier-0 loop
    /// continues in (see `jit_core::backend::OSR_SYMBOL`).
    pub osr_entries: u64,
}

/// What an address of JIT code is: the function (and module) whose code holds it, and the
/// source position when the code has debug information (see
/// [`ExecutionEngine::symbolize`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SymbolInfo {
    /// The module (or object file) the code was compiled from.
    pub module: String,
    /// The function's symbol name (the source-level name when the code has no symbol).
    /// Tier-0 bodies, tiering entry stubs and tier-up replacements all give the
    /// function's own name.
    pub function: String,
    /// Bytes from the function's first instruction to the address.
    pub offset: u64,
    /// The source file (directory joined with the file name), with debug information.
    pub file: Option<String>,
    /// Source line, 1-based; 0 without a line.
    pub line: u32,
    /// Source column, 1-based; 0 when unknown.
    pub column: u32,
}

impl std::fmt::Display for SymbolInfo {
    /// `function+0xOFF at file:line:column (module m)`, leaving out what is unknown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.function)?;
        if self.offset != 0 {
            write!(f, "+{:#x}", self.offset)?;
        }
        if let Some(file) = &self.file {
            write!(f, " at {file}")?;
            if self.line != 0 {
                write!(f, ":{}", self.line)?;
                if self.column != 0 {
                    write!(f, ":{}", self.column)?;
                }
            }
        }
        write!(f, " (module {})", self.module)
    }
}

/// An engine that runs IR: the interpreter and the native (MCJIT-style) engine implement it.
pub trait ExecutionEngine {
    /// Adds a module; its functions become callable.
    fn add_module(&mut self, module: Module) -> Result<ModuleHandle, EngineError>;
    /// Removes a module and returns it; its code and data are released.
    fn remove_module(&mut self, handle: ModuleHandle) -> Result<Module, EngineError>;
    /// True when a defined function of that name exists in some module.
    fn find_function(&self, name: &str) -> Option<ModuleHandle>;
    /// Makes `name` resolve to `address` (before the process's own symbols).
    fn add_global_mapping(&mut self, name: &str, address: u64);
    /// Address of a global variable or function, ready to use.
    fn get_global_value_address(&mut self, name: &str) -> Result<u64, EngineError>;
    /// Calls a function with generic values.
    fn run_function(
        &mut self,
        name: &str,
        args: &[GenericValue],
    ) -> Result<GenericValue, EngineError>;
    /// Runs `@llvm.global_ctors` of every module, in priority order.
    fn run_static_constructors(&mut self) -> Result<(), EngineError>;
    /// Runs `@llvm.global_dtors` of every module (once; later calls do nothing).
    fn run_static_destructors(&mut self) -> Result<(), EngineError>;
    /// Runs `main` as a C program's `main(argc, argv, envp)` with `args` (program name first)
    /// and `env` (`NAME=value` strings), passing as many of the three as `main` declares
    /// (0, 2 or 3). Returns the exit code, as a native process would end:
    ///
    /// * the static constructors run first unless [`run_static_constructors`] already ran;
    /// * when `main` returns or the program calls `exit(code)` (from any depth of calls), the
    ///   handlers registered with `atexit`/`__cxa_atexit` run, last registered first, then
    ///   the static destructors (once), and the code is returned as `Ok(code)`;
    /// * `exit` called where no engine frame can be unwound (inside a C callback such as a
    ///   qsort comparator) runs the same handlers and destructors, flushes stdio and calls
    ///   the process's real `exit`;
    /// * a runtime error (division by zero, `unreachable`, an undefined symbol, ...) is
    ///   returned as `Err` without running exit handlers, as a crashing program would not.
    ///
    /// [`run_static_constructors`]: ExecutionEngine::run_static_constructors
    fn run_main(&mut self, args: &[String], env: &[String]) -> Result<i32, EngineError>;
    /// Tiering's counters, or `None` when the engine does not tier (the default).
    fn tier_stats(&self) -> Option<TierStats> {
        None
    }
    /// Waits until every tier-up request made so far has been served (replacement code
    /// published, or refused). Returns at once when the engine does not tier (the default).
    fn wait_for_tier_up(&self) {}
    /// The function (and source line, with debug information) whose machine code holds
    /// `address`, or `None` when the address is not code of this engine (the default: the
    /// interpreter makes no code). For a return address, the caller asks for
    /// `address - 1`, which is still inside the call instruction.
    fn symbolize(&self, address: u64) -> Option<SymbolInfo> {
        let _ = address;
        None
    }
    /// [`ExecutionEngine::symbolize`] without blocking: `None` also when the engine's lock
    /// is held by another thread (or the current one). For crash handlers.
    fn try_symbolize(&self, address: u64) -> Option<SymbolInfo> {
        let _ = address;
        None
    }
}
