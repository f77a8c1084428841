//! The facade of the jit workspace: what an embedder links against.
//!
//! It loads IR (`.ll` text or LLVM bitcode, told apart by the bitcode magic number; parsed
//! and verified, checked against the host target), links modules (`jit-irlink`), runs
//! programs made of several modules, objects, archives and shared libraries
//! ([`program`]), builds an
//! execution engine of the requested kind with defaults, and re-exports the core types. It
//! holds no engine logic of its own: the interpreter lives in `jit-interp`, the native engine
//! in `codegen-dynasm` and the memory managers in the `mm-*` crates.

use jit_core::ir::Module;
use jit_core::memory::MemoryManager;
use jit_core::{Arch, EngineError, ExecutionEngine};
pub use jit_remote::Executor;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub mod archive;
pub mod callback_mm;
pub mod crash;
pub mod dylib;
pub mod optimized;
pub mod plugin;
pub mod program;
pub mod registry;

pub use plugin::{PluginMemoryManager, load_memory_manager_plugin};
pub use registry::{available_memory_managers, create_memory_manager};

pub use jit_bitcode;
pub use jit_core;
pub use jit_gdb;
pub use jit_interp::Interpreter;
pub use jit_irlink;
pub use jit_mcjit::{EventListeners, JitEventListener, LoadedObject};
pub use jit_mcjit::{Mcjit, McjitBuilder, TierPolicy};
pub use jit_mcjit::{SymbolInfo, symbolize_in_process, try_symbolize_in_process};
pub use jit_opt;
pub use jit_perf;
pub use jit_remote;

/// Which engine runs the code.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum EngineKind {
    /// The reference interpreter (`jit-interp`).
    #[default]
    Interpreter,
    /// The native MCJIT-style engine (`jit-mcjit` with the `codegen-dynasm` backend).
    Mcjit,
}

impl EngineKind {
    /// The native engine where this build has a code generator for the host, else the
    /// interpreter.
    pub fn default_for_host() -> Self {
        if native_backend().is_ok() {
            EngineKind::Mcjit
        } else {
            EngineKind::Interpreter
        }
    }
}

impl std::str::FromStr for EngineKind {
    type Err = JitError;
    fn from_str(s: &str) -> Result<Self, JitError> {
        match s {
            "interp" | "interpreter" => Ok(EngineKind::Interpreter),
            "mcjit" | "jit" | "native" => Ok(EngineKind::Mcjit),
            _ => Err(JitError::UnknownEngine(s.to_string())),
        }
    }
}

/// Everything that can go wrong between a file name and a running program.
#[derive(Debug, thiserror::Error)]
pub enum JitError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The text is not valid IR (message is `file:line:col: what`).
    #[error("{0}")]
    Parse(#[from] jit_core::reader::ParseError),
    /// The bitcode is malformed or uses what the engine does not support (the message
    /// names the bit offset, block and record).
    #[error("{0}")]
    Bitcode(#[from] jit_bitcode::BitcodeError),
    /// Modules do not link (two definitions of a symbol, different targets).
    #[error("{0}")]
    Link(#[from] jit_irlink::LinkError),
    /// An archive or shared library could not be read or loaded.
    #[error("{0}")]
    Input(String),
    /// The IR is malformed (one `file:line:col: ...` line per problem).
    #[error("{0}")]
    Verify(String),
    /// The IR was written for another machine.
    #[error("{file}: the module targets `{triple}`, but this engine runs {host} code")]
    WrongTarget {
        /// The module's file or name.
        file: String,
        /// Its target triple.
        triple: String,
        /// The host architecture.
        host: Arch,
    },
    /// An engine name that does not exist.
    #[error("unknown engine `{0}` (available: interp, mcjit)")]
    UnknownEngine(String),
    /// A memory-manager name this build does not have.
    #[error("unknown memory manager `{name}` (available: {available})")]
    UnknownMemoryManager {
        /// The name asked for.
        name: String,
        /// The names this build has, comma separated.
        available: String,
    },
    /// A memory manager could not be made (bad configuration, a plugin that does not load
    /// or breaks the ABI); the message names the manager or plugin.
    #[error("{0}")]
    MemoryManager(String),
    /// A shared library could not be loaded (`-l`, `--load`, [`EngineBuilder::load_library`]):
    /// the message names it and gives the dynamic loader's reason.
    #[error("{0}")]
    Library(String),
    /// A part of the product that this build does not have yet.
    #[error("{0}")]
    NotBuilt(String),
    /// The engine failed.
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// Parses and verifies `.ll` text, and checks that it was written for this machine.
pub fn load_module_str(text: &str, file_name: &str) -> Result<Module, JitError> {
    let module = jit_core::reader::parse_module(text, file_name)?;
    jit_core::verifier::verify_module(&module).map_err(|e| JitError::Verify(e.to_string()))?;
    check_target(&module, file_name)?;
    Ok(module)
}

/// Reads, parses and verifies a `.ll` or bitcode file, and checks that it was written for
/// this machine.
pub fn load_module_file(path: &Path) -> Result<Module, JitError> {
    let display = path.display().to_string();
    let module = read_module_file(path)?;
    check_target(&module, &display)?;
    Ok(module)
}

/// Reads, parses and verifies a `.ll` or bitcode file (told apart by the bitcode magic
/// number, raw or in its wrapper header), for any target.
pub fn read_module_file(path: &Path) -> Result<Module, JitError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| JitError::Io {
        path: display.clone(),
        source,
    })?;
    read_module_bytes(&bytes, &display)
}

/// Parses and verifies `.ll` text or bitcode held in memory, for any target.
pub fn read_module_bytes(bytes: &[u8], name: &str) -> Result<Module, JitError> {
    let module = if jit_bitcode::is_bitcode(bytes) {
        jit_bitcode::read_module(bytes, name)?
    } else {
        let text = std::str::from_utf8(bytes).map_err(|e| JitError::Io {
            path: name.to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("neither LLVM bitcode nor UTF-8 text: {e}"),
            ),
        })?;
        jit_core::reader::parse_module(text, name)?
    };
    jit_core::verifier::verify_module(&module).map_err(|e| JitError::Verify(e.to_string()))?;
    Ok(module)
}

/// True when the file starts with the bitcode magic number (raw or wrapped).
pub fn is_bitcode_file(path: &Path) -> bool {
    use std::io::Read as _;
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok_and(|()| jit_bitcode::is_bitcode(&magic))
}

/// Fails when the module's triple names an architecture other than the host's. A module
/// without a triple is taken to be for the host.
pub fn check_target(module: &Module, file: &str) -> Result<(), JitError> {
    check_target_for(module, file, Arch::host())
}

/// Fails when the module's triple names an architecture other than `arch` (the code's;
/// `None`: anything goes). A module without a triple is taken to be for `arch`.
pub fn check_target_for(module: &Module, file: &str, arch: Option<Arch>) -> Result<(), JitError> {
    let (Some(triple), Some(host)) = (module.triple.as_deref(), arch) else {
        return Ok(());
    };
    if Arch::from_triple(triple) == Some(host) {
        return Ok(());
    }
    Err(JitError::WrongTarget {
        file: file.to_string(),
        triple: triple.to_string(),
        host,
    })
}

/// LLVM's code models (`LLVMCodeModel`); the native engine decides what each means for it.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum CodeModel {
    /// The target's default.
    Default,
    /// The JIT's default (LLVM's default for MCJIT).
    #[default]
    JitDefault,
    /// Tiny.
    Tiny,
    /// Small.
    Small,
    /// Kernel.
    Kernel,
    /// Medium.
    Medium,
    /// Large.
    Large,
}

/// Code-generation options of the native engine, as `LLVMMCJITCompilerOptions` has them
/// (the memory manager aside).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct NativeOptions {
    /// The code model.
    pub code_model: CodeModel,
    /// Keep frame pointers (`NoFramePointerElim`).
    pub no_frame_pointer_elim: bool,
    /// Prefer the fast instruction selector (`EnableFastISel`).
    pub fast_isel: bool,
}

/// Builds an engine with defaults for everything not set.
#[derive(Clone, Debug, Default)]
pub struct EngineBuilder {
    kind: EngineKind,
    opt_level: u8,
    memory_manager: Option<String>,
    memory_manager_plugin: Option<(PathBuf, String)>,
    native: NativeOptions,
    tiering: Option<TierPolicy>,
    libraries: Vec<Library>,
    symbols: Vec<(String, u64)>,
    listeners: Listeners,
    executor: Option<Executor>,
}

/// The event listeners an [`EngineBuilder`] gives the native engine.
#[derive(Clone, Default)]
struct Listeners {
    /// Added one by one ([`EngineBuilder::event_listener`]).
    own: Vec<Arc<dyn JitEventListener>>,
    /// A list the caller keeps ([`EngineBuilder::event_listeners`]).
    shared: Option<EventListeners>,
    /// `/tmp/perf-<pid>.map` ([`EngineBuilder::perf_map`]).
    perf_map: bool,
    /// `jit-<pid>.dump` ([`EngineBuilder::jitdump`]).
    jitdump: bool,
    /// GDB's JIT interface ([`EngineBuilder::gdb_registration`]); `None`: the default, on
    /// unless `$JIT_GDB` says off.
    gdb: Option<bool>,
}

impl std::fmt::Debug for Listeners {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Listeners")
            .field("own", &self.own.len())
            .field("shared", &self.shared)
            .field("perf_map", &self.perf_map)
            .field("jitdump", &self.jitdump)
            .field("gdb", &self.gdb)
            .finish()
    }
}

/// Environment variable: when set (not empty, `0`, `false`, `off` or `no`), every native
/// engine the facade builds writes perf's `/tmp/perf-<pid>.map`.
pub const ENV_PERF_MAP: &str = "JIT_PERF_MAP";
/// Environment variable: when set, every native engine the facade builds writes a perf
/// jitdump file (`$JITDUMPDIR` or `~/.debug/jit`, `jit-<pid>.dump`).
pub const ENV_JITDUMP: &str = "JIT_JITDUMP";
/// Environment variable: `0`, `false`, `off` or `no` keeps native engines the facade builds
/// from registering their code with GDB's JIT interface (on by default, as in MCJIT).
pub const ENV_GDB: &str = "JIT_GDB";

fn perf_error(e: jit_perf::PerfError) -> JitError {
    JitError::Io {
        path: e.path.display().to_string(),
        source: std::io::Error::new(e.kind, e.message),
    }
}

/// A shared library an [`EngineBuilder`] loads before making the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Library {
    /// By path (`--load PATH`).
    Path(PathBuf),
    /// By `-lNAME` name.
    Name(String),
}

impl EngineBuilder {
    /// A builder for the default engine.
    pub fn new() -> Self {
        Self::default()
    }
    /// Chooses the engine.
    pub fn kind(mut self, kind: EngineKind) -> Self {
        self.kind = kind;
        self
    }
    /// Optimisation level 0–3. Levels 1–3 run `jit-opt`'s IR pipeline of that level on
    /// every module before it runs, on either engine (the native engine also optimizes its
    /// code generation); 0 runs none.
    pub fn opt_level(mut self, level: u8) -> Self {
        self.opt_level = level.min(3);
        self
    }
    /// Tiered execution on the native engine (see [`TierPolicy`]): tier-0 code first,
    /// functions that reach the threshold recompiled at the policy's level in the
    /// background. `None` (the default) compiles once at [`EngineBuilder::opt_level`]. The
    /// interpreter ignores it.
    pub fn tiering(mut self, policy: Option<TierPolicy>) -> Self {
        self.tiering = policy;
        self
    }
    /// Chooses the memory manager of the native engine by name, with an optional
    /// configuration: `NAME[:key=value,...]` (`pool`, `pool:reserve=64M`). The names are
    /// those of [`available_memory_managers`]; an unknown one makes `build` fail with the
    /// list. Replaces an earlier plugin choice.
    pub fn memory_manager_by_name(mut self, name: &str) -> Self {
        self.memory_manager = Some(name.to_string());
        self.memory_manager_plugin = None;
        self
    }
    /// Chooses a memory-manager plugin (a shared library, `docs/plugin-abi.md`) with its
    /// default configuration. Replaces an earlier choice by name.
    pub fn memory_manager_plugin(self, path: impl AsRef<Path>) -> Self {
        self.memory_manager_plugin_with_config(path, "")
    }
    /// Chooses a memory-manager plugin with a configuration string passed to its entry
    /// point. Replaces an earlier choice by name.
    pub fn memory_manager_plugin_with_config(
        mut self,
        path: impl AsRef<Path>,
        config: &str,
    ) -> Self {
        self.memory_manager_plugin = Some((path.as_ref().to_path_buf(), config.to_string()));
        self.memory_manager = None;
        self
    }
    /// When no memory manager is chosen yet, takes the choice from the environment:
    /// `JIT_MEMORY_MANAGER_PLUGIN=PATH[:CONFIG]`, else `JIT_MEMORY_MANAGER=NAME[:CONFIG]`
    /// (empty values count as unset).
    pub fn memory_manager_from_env(self) -> Self {
        if self.memory_manager.is_some() || self.memory_manager_plugin.is_some() {
            return self;
        }
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
        if let Some(spec) = var(registry::ENV_MEMORY_MANAGER_PLUGIN) {
            let (path, config) = plugin::split_plugin_spec(&spec);
            return self.memory_manager_plugin_with_config(path, config);
        }
        match var(registry::ENV_MEMORY_MANAGER) {
            Some(spec) => self.memory_manager_by_name(&spec),
            None => self,
        }
    }
    /// Loads the shared library at `path` (or found by the dynamic loader's search when it
    /// has no `/`) when the engine is built, for the rest of the process: its symbols
    /// resolve the modules' undefined names (as `lli -load`, `jit run --load`). The C++
    /// runtime, libc and libm need no loading: the engines open them when a name is missing.
    pub fn load_library(mut self, path: impl AsRef<Path>) -> Self {
        self.libraries
            .push(Library::Path(path.as_ref().to_path_buf()));
        self
    }
    /// Loads `libNAME.so` (or its versioned name) when the engine is built, as `-lNAME`
    /// names it (`jit run -l NAME`).
    pub fn link_library(mut self, name: &str) -> Self {
        self.libraries.push(Library::Name(name.to_string()));
        self
    }
    /// Makes `name` resolve to `address` in the engine built, before anything of the
    /// process (an engine's global mapping; `jit::dylib::add_symbol` adds one for every
    /// engine of the process).
    pub fn symbol(mut self, name: &str, address: u64) -> Self {
        self.symbols.push((name.to_string(), address));
        self
    }
    /// Adds an event listener to the native engine (a debugger interface, a profiler map;
    /// LLVM's `RegisterJITEventListener`): it is told about every object of code the engine
    /// makes executable, tier-up replacements included, and about their freeing. The
    /// interpreter, which generates no code, ignores listeners.
    pub fn event_listener(mut self, listener: Arc<dyn JitEventListener>) -> Self {
        self.listeners.own.push(listener);
        self
    }
    /// Makes the native engine use `listeners`, a list its caller keeps and may add to
    /// while the engine runs (the C API's `JitExecutionEngineAddEventListener`). Listeners
    /// given with [`EngineBuilder::event_listener`] are added to it.
    pub fn event_listeners(mut self, listeners: EventListeners) -> Self {
        self.listeners.shared = Some(listeners);
        self
    }
    /// Writes perf's `/tmp/perf-<pid>.map` for the native engine's code
    /// ([`jit_perf::PerfMapListener`]); `$JIT_PERF_MAP` turns it on too.
    pub fn perf_map(mut self, on: bool) -> Self {
        self.listeners.perf_map = on;
        self
    }
    /// Writes a perf jitdump file for the native engine's code
    /// ([`jit_perf::JitDumpListener`], for `perf inject --jit`); `$JIT_JITDUMP` turns it on
    /// too.
    pub fn jitdump(mut self, on: bool) -> Self {
        self.listeners.jitdump = on;
        self
    }
    /// Registers the native engine's code with GDB's JIT interface
    /// ([`jit_gdb::GdbRegistration`]: an in-memory ELF with symbols and DWARF per loaded
    /// object), so `break f`, `bt` and source lines work in gdb and LLDB. On by default, as
    /// in MCJIT; `$JIT_GDB=0` turns the default off.
    pub fn gdb_registration(mut self, on: bool) -> Self {
        self.listeners.gdb = Some(on);
        self
    }
    /// The listener list the native engine gets: the caller's shared one or a new one, with
    /// the listeners added one by one and the profilers asked for (by the builder or the
    /// environment).
    fn engine_listeners(&self) -> Result<EventListeners, JitError> {
        let list = self.listeners.shared.clone().unwrap_or_default();
        for l in &self.listeners.own {
            list.add(l.clone());
        }
        if self.executor.is_some() {
            // Perf maps, jitdump files and GDB's interface describe this process's code.
            return Ok(list);
        }
        if self.listeners.perf_map || jit_perf::env_enabled(ENV_PERF_MAP) {
            list.add(jit_perf::PerfMapListener::global().map_err(perf_error)?);
        }
        if self.listeners.jitdump || jit_perf::env_enabled(ENV_JITDUMP) {
            list.add(jit_perf::JitDumpListener::global().map_err(perf_error)?);
        }
        let gdb = self.listeners.gdb.unwrap_or_else(|| {
            std::env::var(ENV_GDB).map_or(true, |v| {
                !matches!(
                    v.trim().to_ascii_lowercase().as_str(),
                    "0" | "false" | "off" | "no"
                )
            })
        });
        if gdb {
            list.add(jit_gdb::listener());
        }
        Ok(list)
    }
    /// Runs the native engine's code in another process, `executor` ([`Executor::launch`]
    /// starts one, [`Executor::connect`] reaches a listening one): the engine compiles for
    /// the executor's architecture, its memory is the executor's, names resolve in the
    /// executor's process, and calls and `main` run there, so a crash there leaves this
    /// process intact. No tiering (the OptLevel is pinned), no memory manager of this
    /// process, no profiler or debugger registration here (they describe this process);
    /// libraries (`load_library`, `link_library`) are loaded into the executor. Chooses the
    /// native engine (the interpreter, chosen after this, is refused at `build`).
    pub fn executor(mut self, executor: Executor) -> Self {
        self.executor = Some(executor);
        self.kind = EngineKind::Mcjit;
        self
    }
    /// The architecture the engine will generate code for: the executor's, else the host's.
    pub fn target_arch(&self) -> Option<Arch> {
        match &self.executor {
            Some(e) => Arch::from_triple(&e.setup().triple),
            None => Arch::host(),
        }
    }
    /// Loads the libraries asked for, in order; the first failure names its library.
    fn load_libraries(&self) -> Result<(), JitError> {
        if let Some(exec) = &self.executor {
            for lib in &self.libraries {
                let library = match lib {
                    Library::Path(p) => p.display().to_string(),
                    Library::Name(n) => format!("-l{n}"),
                };
                exec.request(&jit_remote::Request::LoadLibrary { library })
                    .map_err(|e| JitError::Library(e.to_string()))?;
            }
            return Ok(());
        }
        for lib in &self.libraries {
            match lib {
                Library::Path(p) => dylib::load_library_permanently(Some(&p.display().to_string())),
                Library::Name(n) => dylib::load_library_by_name(n).map(|_| ()),
            }
            .map_err(JitError::Library)?;
        }
        Ok(())
    }
    /// Sets the native engine's code model, frame-pointer and instruction-selector options.
    pub fn native_options(mut self, options: NativeOptions) -> Self {
        self.native = options;
        self
    }
    /// The native engine's options as set so far.
    pub fn get_native_options(&self) -> NativeOptions {
        self.native
    }
    /// Makes the engine with a memory manager supplied by the caller (for example the C
    /// API's client callbacks, [`callback_mm::CallbackMemoryManager`]). The engine owns the
    /// manager; when building fails the manager is dropped before this returns.
    pub fn build_with_memory_manager(
        self,
        manager: Box<dyn MemoryManager>,
    ) -> Result<Box<dyn ExecutionEngine>, JitError> {
        self.load_libraries()?;
        let symbols = self.symbols.clone();
        let mut engine: Box<dyn ExecutionEngine> = match self.kind {
            EngineKind::Interpreter => {
                return Err(JitError::NotBuilt(format!(
                    "memory manager `{}`: memory managers belong to the mcjit engine; the interpreter uses none",
                    manager.name()
                )));
            }
            EngineKind::Mcjit => Box::new(self.build_native(Some(manager))?),
        };
        for (name, address) in symbols {
            engine.add_global_mapping(&name, address);
        }
        Ok(engine)
    }
    /// Makes the engine.
    pub fn build(self) -> Result<Box<dyn ExecutionEngine>, JitError> {
        self.load_libraries()?;
        let symbols = self.symbols.clone();
        let mut engine = self.build_unmapped()?;
        for (name, address) in symbols {
            engine.add_global_mapping(&name, address);
        }
        Ok(engine)
    }

    fn build_unmapped(self) -> Result<Box<dyn ExecutionEngine>, JitError> {
        match self.kind {
            EngineKind::Interpreter if self.executor.is_some() => Err(JitError::NotBuilt(
                "an executor runs native code; the interpreter runs in this process".into(),
            )),
            EngineKind::Interpreter => {
                let plugin = self
                    .memory_manager_plugin
                    .map(|(p, _)| p.display().to_string());
                if let Some(mm) = self.memory_manager.or(plugin) {
                    return Err(JitError::NotBuilt(format!(
                        "memory manager `{mm}`: memory managers belong to the mcjit engine; the interpreter uses none"
                    )));
                }
                if self.opt_level > 0 {
                    return Ok(Box::new(optimized::Optimized::new(
                        Interpreter::new(),
                        self.opt_level,
                    )));
                }
                Ok(Box::new(Interpreter::new()))
            }
            EngineKind::Mcjit => Ok(Box::new(self.build_native(None)?)),
        }
    }

    /// Makes the native engine as its concrete type (for what the trait does not cover,
    /// such as adding ELF object files). Without a code generator for the host it still
    /// runs object files; IR modules are then an error.
    pub fn build_mcjit(self) -> Result<Mcjit, JitError> {
        self.load_libraries()?;
        let symbols = self.symbols.clone();
        let mut engine = self.build_native(None)?;
        for (name, address) in symbols {
            engine.add_global_mapping(&name, address);
        }
        Ok(engine)
    }

    /// The native engine, with `manager` or else the named one or else the default.
    fn build_native(self, manager: Option<Box<dyn MemoryManager>>) -> Result<Mcjit, JitError> {
        let code_model = match self.native.code_model {
            CodeModel::Small | CodeModel::Tiny | CodeModel::Kernel => jit_mcjit::CodeModel::Small,
            CodeModel::Medium | CodeModel::Large => jit_mcjit::CodeModel::Large,
            CodeModel::Default | CodeModel::JitDefault => jit_mcjit::CodeModel::JitDefault,
        };
        let mut builder = McjitBuilder::new()
            .event_listeners(self.engine_listeners()?)
            .opt_level(self.opt_level)
            .code_model(code_model)
            .no_frame_pointer_elim(self.native.no_frame_pointer_elim)
            .enable_fast_isel(self.native.fast_isel);
        if let Some(exec) = self.executor.clone() {
            if self.tiering.is_some() {
                return Err(JitError::NotBuilt(
                    "tiering needs the code in this process (its counters call the compile thread); with an executor the OptLevel is pinned".into(),
                ));
            }
            if manager.is_some()
                || self.memory_manager.is_some()
                || self.memory_manager_plugin.is_some()
            {
                return Err(JitError::NotBuilt(
                    "a memory manager of this process cannot place code that runs in an executor; choose the executor's with `jit-executor --mm`".into(),
                ));
            }
            let arch = self.target_arch().ok_or_else(|| {
                JitError::NotBuilt(format!(
                    "the executor runs `{}`, which has no code generator here",
                    exec.setup().triple
                ))
            })?;
            builder = builder.backend(backend_for(arch)).executor(exec);
            return Ok(builder.build()?);
        }
        builder = builder.tiering(self.tiering);
        if let Ok(backend) = native_backend() {
            builder = builder.backend(backend);
        }
        let manager = match (manager, &self.memory_manager_plugin, &self.memory_manager) {
            (Some(m), _, _) => Some(m),
            (None, Some((path, config)), _) => {
                Some(Box::new(load_memory_manager_plugin(path, config)?) as Box<dyn MemoryManager>)
            }
            (None, None, Some(spec)) => Some(create_memory_manager(spec)?),
            (None, None, None) => None,
        };
        if let Some(m) = manager {
            builder = builder.memory_manager(m);
        }
        Ok(builder.build()?)
    }
}

/// The code generator for `arch`.
pub fn backend_for(arch: Arch) -> Box<dyn jit_core::backend::Backend> {
    codegen_dynasm::backend_for(arch)
}

/// The code generator for the host, if this build has one.
pub fn native_backend() -> Result<Box<dyn jit_core::backend::Backend>, JitError> {
    match Arch::host() {
        Some(arch) => Ok(backend_for(arch)),
        None => Err(JitError::NotBuilt(
            "the mcjit engine does not support this host architecture; use `--engine interp`"
                .to_string(),
        )),
    }
}

/// Compiles a verified module for `arch` into an ELF relocatable object (what `jit
/// compile` and `LLVMTargetMachineEmitToFile` write); `opt_level` is the backend's 0-3.
pub fn emit_object(module: &Module, arch: Arch, opt_level: u8) -> Result<Vec<u8>, JitError> {
    use jit_core::backend::CodegenOptions;
    let backend = backend_for(arch);
    let options = CodegenOptions {
        opt_level: opt_level.min(3),
        ..CodegenOptions::default()
    };
    let obj = backend
        .compile(module, &options)
        .map_err(|e| JitError::NotBuilt(format!("{}: {e}", module.name)))?;
    codegen_dynasm::elfwrite::write_elf(&obj).map_err(JitError::Input)
}

/// Runs a whole program like a C process: static constructors, `main(argc, argv, envp)`,
/// then (inside `run_main`) atexit handlers and static destructors. Returns the exit code.
pub fn run_program(
    engine: &mut dyn ExecutionEngine,
    module: Module,
    args: &[String],
) -> Result<i32, JitError> {
    engine.add_module(module)?;
    run_added_program(engine, args)
}

/// Runs an ELF relocatable object (`gcc -c -fPIC prog.c`) as a program, like
/// [`run_program`], on the native engine.
pub fn run_object_file(
    builder: EngineBuilder,
    path: &Path,
    args: &[String],
) -> Result<i32, JitError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| JitError::Io {
        path: display.clone(),
        source,
    })?;
    let mut engine = builder.build_mcjit()?;
    engine.add_object_file(&bytes, &display)?;
    run_added_program(&mut engine, args)
}

/// True when the file starts with the ELF magic number.
pub fn is_elf_file(path: &Path) -> bool {
    use std::io::Read as _;
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok_and(|()| magic == *b"\x7fELF")
}

pub(crate) fn run_added_program(
    engine: &mut dyn ExecutionEngine,
    args: &[String],
) -> Result<i32, JitError> {
    engine.run_static_constructors()?;
    let env: Vec<String> = std::env::vars_os()
        .map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy()))
        .collect();
    Ok(engine.run_main(args, &env)?)
}
