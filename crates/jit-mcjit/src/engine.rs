//! The engine: modules and objects in, linked native code out.

use crate::builder::{CodeModel, McjitBuilder};
use crate::tier::{self, TierPolicy, TierState};
use crate::{call, exit, tls};
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::engine::{
    EngineError, ExecutionEngine, GenericValue, ModuleHandle, SymbolInfo, TierStats,
};
use jit_core::events::JitEventListener;
use jit_core::ir::{GlobalRef, Module};
use jit_core::memory::{MemoryManager, MmError, MmStats, ModuleId};
use jit_core::object::{CompiledObject, SymbolKind};
use jit_core::target::Arch;
use jit_link::{EventListeners, LinkError, LinkStats, Linker};
use jit_remote::{Ended, Executor, Request};
use std::collections::BTreeMap;
use std::ffi::{CString, c_char, c_int};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// Counters of the engine, with the memory manager's and the linker's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct McjitStats {
    /// The memory manager's counters.
    pub mm: MmStats,
    /// The linker's counters.
    pub link: LinkStats,
    /// IR modules added.
    pub modules_added: u64,
    /// IR modules compiled by the backend (lazily, so possibly fewer than added).
    pub modules_compiled: u64,
    /// Object files and objects added.
    pub objects_added: u64,
    /// Modules and objects removed.
    pub removed: u64,
    /// Times pending code was resolved and the memory manager finalized.
    pub finalizations: u64,
    /// Tiering's counters (all zero when the engine does not tier).
    pub tier: TierStats,
}

/// One module or object of the engine.
struct Entry {
    name: String,
    /// The IR (`None` for object files), shared with the tier-up thread.
    module: Option<Arc<Module>>,
    /// Compiled (IR) or loaded (objects) into the linker.
    loaded: bool,
    /// The IR went through the OptLevel's pass pipeline (done once, just before the
    /// module is first compiled).
    optimized: bool,
}

/// What the engine shares with its tier-up thread, under one lock: the linker, the memory
/// manager, and what tiering knows of each module.
pub(crate) struct Core {
    /// Declared (so dropped) before `mm`: dropping it deregisters unwind tables, which
    /// reads their memory.
    pub(crate) linker: Linker,
    pub(crate) mm: Box<dyn MemoryManager>,
    /// Code was loaded since the last resolve + finalize.
    pub(crate) dirty: bool,
    pub(crate) tier: TierState,
}

/// Stack reserved for the tier-up thread.
const COMPILE_THREAD_STACK_BYTES: usize = 256 << 20;

/// The tier-up side of an engine that tiers.
struct Tiering {
    policy: TierPolicy,
    queue: Arc<tier::Queue>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The memory manager of an engine, borrowed (see [`Mcjit::memory_manager`]).
pub struct MemoryManagerRef<'a>(MutexGuard<'a, Core>);

impl std::ops::Deref for MemoryManagerRef<'_> {
    type Target = dyn MemoryManager;
    fn deref(&self) -> &Self::Target {
        self.0.mm.as_ref()
    }
}

/// The MCJIT-style native execution engine; see the crate documentation.
pub struct Mcjit {
    arch: Arch,
    backend: Option<Arc<dyn Backend>>,
    codegen: CodegenOptions,
    code_model: CodeModel,
    fast_isel: bool,
    core: Arc<Mutex<Core>>,
    tiering: Option<Tiering>,
    entries: BTreeMap<u32, Entry>,
    next_id: u32,
    ctors_ran: bool,
    dtors_ran: bool,
    engine_id: u64,
    stats: McjitStats,
    /// Where the code runs when not in this process.
    executor: Option<Executor>,
}

fn mm_error(module: &str, e: MmError) -> EngineError {
    EngineError::InvalidModule {
        module: module.to_string(),
        message: format!("memory manager: {e}"),
    }
}

fn link_error(e: LinkError) -> EngineError {
    match e {
        LinkError::UndefinedSymbol {
            symbol,
            module,
            referenced_from,
            searched,
        } => EngineError::UndefinedSymbol {
            symbol,
            module,
            referenced_from,
            searched,
        },
        LinkError::WrongArch { ref object, .. }
        | LinkError::Memory { ref object, .. }
        | LinkError::Overflow { ref object, .. }
        | LinkError::Malformed { ref object, .. } => EngineError::InvalidModule {
            module: object.clone(),
            message: e.to_string(),
        },
        LinkError::DuplicateSymbol { ref second, .. } => EngineError::InvalidModule {
            module: second.clone(),
            message: e.to_string(),
        },
        LinkError::AlreadyLoaded(_) => EngineError::Unsupported(format!("engine bug: {e}")),
    }
}

fn codegen_error(module: &str, e: CodegenError) -> EngineError {
    match e {
        CodegenError::WrongTarget { .. } => EngineError::InvalidModule {
            module: module.to_string(),
            message: e.to_string(),
        },
        CodegenError::Unsupported { .. } | CodegenError::Limit(_) => {
            EngineError::Unsupported(e.to_string())
        }
    }
}

/// True when `m` defines `name` with a symbol visible to other modules.
fn defines(m: &Module, name: &str) -> bool {
    match m.lookup(name) {
        Some(GlobalRef::Function(f)) => {
            let f = &m.functions[f];
            f.body.is_some() && !f.linkage.is_local()
        }
        Some(GlobalRef::Global(g)) => {
            let g = &m.globals[g];
            g.init.is_some() && !g.linkage.is_local()
        }
        Some(GlobalRef::Alias(a)) => !m.aliases[a].linkage.is_local(),
        None => false,
    }
}

/// The first function (or global, through its initializer) of `m` whose code uses the
/// symbol `name`, for error messages.
fn first_user(m: &Module, name: &str) -> Option<String> {
    let target = m.lookup(name)?;
    let mut seen = std::collections::HashSet::new();
    let mut mentions = |c| const_mentions(m, c, target, &mut seen);
    for f in m.functions.values() {
        let Some(body) = &f.body else { continue };
        let mut found = false;
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                body.insts[i].kind.for_each_operand(|op| {
                    if let jit_core::ir::Operand::Const(c) = op {
                        found |= mentions(c);
                    }
                });
            }
        }
        if found {
            return Some(f.name.to_string());
        }
    }
    m.globals
        .values()
        .find(|g| g.init.is_some_and(&mut mentions))
        .map(|g| g.name.to_string())
}

/// Whether constant `c` refers to `target` (through expressions and aggregates).
fn const_mentions(
    m: &Module,
    c: jit_core::ir::Const,
    target: GlobalRef,
    seen: &mut std::collections::HashSet<jit_core::ir::Const>,
) -> bool {
    use jit_core::ir::{ConstExpr, ConstKind};
    if !seen.insert(c) {
        return false;
    }
    let parts: Vec<jit_core::ir::Const> = match &m.consts[c].kind {
        ConstKind::GlobalAddr(r) => return *r == target,
        ConstKind::Aggregate(items) => items.to_vec(),
        ConstKind::Expr(ConstExpr::Gep { base, indices, .. }) => std::iter::once(*base)
            .chain(indices.iter().copied())
            .collect(),
        ConstKind::Expr(ConstExpr::Cast { value, .. }) => vec![*value],
        ConstKind::Expr(
            ConstExpr::Binary { lhs, rhs, .. }
            | ConstExpr::ICmp { lhs, rhs, .. }
            | ConstExpr::FCmp { lhs, rhs, .. },
        ) => vec![*lhs, *rhs],
        ConstKind::Expr(ConstExpr::Select {
            cond,
            if_true,
            if_false,
        }) => vec![*cond, *if_true, *if_false],
        _ => return false,
    };
    parts
        .into_iter()
        .any(|p| const_mentions(m, p, target, seen))
}

impl Mcjit {
    /// A builder with the default options.
    pub fn builder() -> McjitBuilder {
        McjitBuilder::new()
    }

    pub(crate) fn from_builder(b: McjitBuilder) -> Result<Self, EngineError> {
        let executor_arch = match &b.executor {
            Some(e) => {
                let triple = &e.setup().triple;
                let arch = Arch::from_triple(triple).ok_or_else(|| {
                    EngineError::Unsupported(format!(
                        "the executor runs `{triple}`, an architecture this engine has no code generator for"
                    ))
                })?;
                if let Some(t) = b.target.filter(|&t| t != arch) {
                    return Err(EngineError::Unsupported(format!(
                        "the engine was asked for {t} code, but its executor runs {arch}"
                    )));
                }
                if b.memory_manager.is_some() {
                    return Err(EngineError::Unsupported(
                        "a memory manager was given to an engine whose code runs in an executor: the executor's own manager (`jit-executor --mm`) places it".into(),
                    ));
                }
                if b.tiering.is_some() {
                    return Err(EngineError::Unsupported(
                        "tiering needs the code in this process (its counters call the compile thread); an engine with an executor compiles at one OptLevel".into(),
                    ));
                }
                Some(arch)
            }
            None => None,
        };
        let arch = match executor_arch.or(b.target).or_else(Arch::host) {
            Some(a) => a,
            None => {
                return Err(EngineError::Unsupported(
                    "the host architecture is not x86-64 or AArch64".into(),
                ));
            }
        };
        if let Some(be) = &b.backend
            && be.arch() != arch
        {
            return Err(EngineError::Unsupported(format!(
                "the backend generates {} code for a {} engine",
                be.arch(),
                arch
            )));
        }
        let mm: Box<dyn MemoryManager> = match (b.memory_manager, &b.executor) {
            (_, Some(e)) => Box::new(e.memory_manager()),
            (Some(mm), None) => mm,
            (None, None) => Box::new(
                mm_section::SectionMemoryManager::new().map_err(|e| mm_error("<engine>", e))?,
            ),
        };
        let mut linker = Linker::new(arch);
        linker.set_listeners(b.listeners);
        match &b.executor {
            // The executor's runtime stands in for this process's (TLS, exit handling).
            Some(e) => {
                linker.set_symbol_source(Box::new(e.symbols()));
                for (name, address) in &e.setup().bootstrap {
                    linker.add_global_mapping(name, *address);
                }
            }
            None => {
                for (name, address) in exit::mappings()
                    .into_iter()
                    .chain(tls::mappings())
                    .chain(tier::mappings())
                {
                    linker.add_global_mapping(name, address);
                }
            }
        }
        let backend: Option<Arc<dyn Backend>> = b.backend.map(Arc::from);
        // A tiering engine compiles tier 0 with counters; the policy's level is for
        // replacement code.
        let policy = b.tiering.filter(|_| backend.is_some());
        let codegen = CodegenOptions {
            opt_level: if policy.is_some() { 0 } else { b.opt_level },
            frame_pointers: b.no_frame_pointer_elim,
            tier_counters: policy.map(|p| p.threshold),
        };
        let engine_id = exit::new_engine_id();
        let core = Arc::new(Mutex::new(Core {
            mm,
            linker,
            dirty: false,
            tier: TierState::default(),
        }));
        tls::register_engine(engine_id, &core);
        let tiering = match (policy, &backend) {
            (Some(policy), Some(backend)) => {
                let queue = Arc::new(tier::Queue::default());
                let worker = tier::Worker {
                    core: core.clone(),
                    backend: backend.clone(),
                    queue: queue.clone(),
                    policy,
                    frame_pointers: codegen.frame_pointers,
                    engine: engine_id,
                };
                let thread = std::thread::Builder::new()
                    .name("jit-tier-up".into())
                    // The passes and the backend recurse on the IR's structure (dominator
                    // trees, nested expressions): give huge functions room, as the thread
                    // that compiles tier 0 has. Only touched pages cost memory.
                    .stack_size(COMPILE_THREAD_STACK_BYTES)
                    .spawn(move || worker.run())
                    .map_err(|e| {
                        EngineError::Unsupported(format!("cannot start the tier-up thread: {e}"))
                    })?;
                Some(Tiering {
                    policy,
                    queue,
                    thread: Some(thread),
                })
            }
            _ => None,
        };
        Ok(Mcjit {
            arch,
            backend,
            codegen,
            code_model: b.code_model,
            fast_isel: b.enable_fast_isel,
            core,
            tiering,
            entries: BTreeMap::new(),
            next_id: 0,
            ctors_ran: false,
            dtors_ran: false,
            engine_id,
            stats: McjitStats::default(),
            executor: b.executor,
        })
    }

    /// The executor the code runs in, when it does not run in this process.
    pub fn executor(&self) -> Option<&Executor> {
        self.executor.as_ref()
    }

    /// The target architecture.
    pub fn arch(&self) -> Arch {
        self.arch
    }

    /// Adds an event listener (a debugger interface, a profiler map): it is told about every
    /// object of native code the engine makes executable from now on — modules as they are
    /// compiled, lazily, and each tier-up replacement — and about their freeing. Code
    /// already executable is not reported to it.
    pub fn add_event_listener(&self, listener: Arc<dyn JitEventListener>) {
        self.core().linker.add_listener(listener);
    }

    /// The engine's listeners, as a list shared with the engine: adding to it later (from
    /// any thread) is [`Mcjit::add_event_listener`].
    pub fn event_listeners(&self) -> EventListeners {
        self.core().linker.listeners()
    }

    /// The code-generation options given to the backend.
    pub fn codegen_options(&self) -> &CodegenOptions {
        &self.codegen
    }

    /// The code model the engine was built with.
    pub fn code_model(&self) -> CodeModel {
        self.code_model
    }

    /// Whether fast instruction selection was requested (accepted, no effect).
    pub fn fast_isel(&self) -> bool {
        self.fast_isel
    }

    /// Counters of the engine, its memory manager, its linker and tiering.
    pub fn stats(&self) -> McjitStats {
        let core = self.core();
        McjitStats {
            mm: core.mm.stats(),
            link: core.linker.stats(),
            tier: core.tier.stats.clone(),
            ..self.stats.clone()
        }
    }

    /// The memory manager (locked while the returned value lives: the tier-up thread
    /// allocates through it too).
    pub fn memory_manager(&self) -> MemoryManagerRef<'_> {
        MemoryManagerRef(self.core())
    }

    /// The tiering policy, when the engine tiers.
    pub fn tier_policy(&self) -> Option<TierPolicy> {
        self.tiering.as_ref().map(|t| t.policy)
    }

    /// Waits until the tier-up thread has served every request made so far (for tests and
    /// benchmarks that want replacement code in place). Returns at once when the engine
    /// does not tier.
    pub fn wait_for_tier_up(&self) {
        if let Some(t) = &self.tiering {
            t.queue.wait_all_served();
        }
    }

    pub(crate) fn core(&self) -> MutexGuard<'_, Core> {
        self.core.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// True when `address` is in code or data of this engine.
    fn owns(&self, address: u64) -> bool {
        self.core().linker.owner_of(address).is_some()
    }

    /// Exit handlers (`atexit`, `__cxa_atexit`) JIT code registered and that have not run.
    pub fn pending_exit_handlers(&self) -> usize {
        exit::handler_count(self.engine_id, &|a| self.owns(a))
    }

    fn new_handle(&mut self, name: &str, module: Option<Arc<Module>>) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.entries.insert(
            id,
            Entry {
                name: name.to_string(),
                module,
                loaded: false,
                optimized: false,
            },
        );
        id
    }

    /// Adds an ELF relocatable object (`.o` bytes). It is placed in memory now and linked
    /// when first needed.
    pub fn add_object_file(
        &mut self,
        bytes: &[u8],
        name: &str,
    ) -> Result<ModuleHandle, EngineError> {
        let obj =
            jit_link::load_elf_object(bytes, name).map_err(|e| EngineError::InvalidModule {
                module: name.to_string(),
                message: e.to_string(),
            })?;
        self.add_object(obj)
    }

    /// Adds a relocatable object. It is placed in memory now and linked when first needed.
    pub fn add_object(&mut self, obj: CompiledObject) -> Result<ModuleHandle, EngineError> {
        if obj.arch != self.arch {
            return Err(EngineError::InvalidModule {
                module: obj.name.clone(),
                message: format!(
                    "object contains {} code, this engine runs {} code",
                    obj.arch, self.arch
                ),
            });
        }
        let name = obj.name.clone();
        let id = self.new_handle(&name, None);
        {
            let mut guard = self.core();
            let core = &mut *guard;
            if let Err(e) = core.linker.load(ModuleId(id), obj, core.mm.as_mut()) {
                drop(guard);
                self.entries.remove(&id);
                return Err(link_error(e));
            }
            core.dirty = true;
        }
        self.entries.get_mut(&id).expect("just inserted").loaded = true;
        self.stats.objects_added += 1;
        Ok(ModuleHandle(id))
    }

    /// Runs the OptLevel's IR pass pipeline (`jit-opt`) on module `id`, once. OptLevel 0
    /// runs none; the backend sees the same level in [`CodegenOptions::opt_level`].
    fn optimize(&mut self, id: u32) -> Result<(), EngineError> {
        let level = self.codegen.opt_level;
        let tiering = self.tiering.as_ref().map(|t| t.policy.level);
        let Some(entry) = self.entries.get_mut(&id) else {
            return Ok(());
        };
        if entry.optimized || entry.loaded || (level == 0 && tiering.is_none()) {
            return Ok(());
        }
        entry.optimized = true;
        let Some(module) = entry.module.as_mut() else {
            return Ok(());
        };
        let result = match tiering {
            // Tiered: only the functions whose blocks' addresses are taken, which the
            // backend compiles with its optimizing tier from the start (they can never be
            // replaced; see `tier.rs`).
            Some(tier_level) if level == 0 => {
                let never_replaced = tier::never_replaced(module);
                if never_replaced.is_empty() {
                    return Ok(());
                }
                let options = jit_opt::PassOptions {
                    respect_optnone: false,
                    only: Some(never_replaced),
                    ..jit_opt::PassOptions::default()
                };
                jit_opt::optimize_with(Arc::make_mut(module), tier_level, &options)
            }
            _ => jit_opt::optimize(Arc::make_mut(module), level),
        };
        result.map_err(|e| match e {
            jit_opt::OptError::BadModule { .. } | jit_opt::OptError::InvalidInput { .. } => {
                EngineError::InvalidModule {
                    module: entry.name.clone(),
                    message: e.to_string(),
                }
            }
            _ => EngineError::Unsupported(e.to_string()),
        })
    }

    /// Compiles IR module `id` with the backend and loads the result.
    fn compile(&mut self, id: u32) -> Result<(), EngineError> {
        self.optimize(id)?;
        let entry = &self.entries[&id];
        let Some(module) = &entry.module else {
            return Ok(());
        };
        if entry.loaded {
            return Ok(());
        }
        let Some(backend) = &self.backend else {
            return Err(EngineError::Unsupported(format!(
                "module `{}` needs code generation but the engine has no backend",
                entry.name
            )));
        };
        let mut obj = backend
            .compile(module, &self.codegen)
            .map_err(|e| codegen_error(&entry.name, e))?;
        if obj.arch != self.arch {
            return Err(EngineError::InvalidModule {
                module: entry.name.clone(),
                message: format!(
                    "the backend produced {} code for a {} engine",
                    obj.arch, self.arch
                ),
            });
        }
        let module = module.clone();
        let mut stubs = self
            .tiering
            .as_ref()
            .map(|_| tier::add_entry_stubs(&mut obj, &module));
        {
            let mut guard = self.core();
            let core = &mut *guard;
            core.linker
                .load(ModuleId(id), obj, core.mm.as_mut())
                .map_err(link_error)?;
            core.dirty = true;
            // Listeners see each function's tier-0 body under the function's name.
            for (body, name) in stubs.iter_mut().flat_map(|s| s.body_names.drain(..)) {
                core.linker.rename_for_listeners(ModuleId(id), body, &name);
            }
            if let (Some(t), Some(stubs)) = (&self.tiering, stubs) {
                let counters = core
                    .linker
                    .symbol_address(ModuleId(id), jit_core::backend::TIER_COUNTERS_SYMBOL);
                if let Some(start) = counters {
                    tier::register(
                        self.engine_id,
                        id,
                        (start, module.functions.len()),
                        &t.queue,
                        &t.policy,
                    );
                }
                core.tier.add(id, module, stubs);
            }
        }
        self.entries.get_mut(&id).expect("entry exists").loaded = true;
        self.stats.modules_compiled += 1;
        Ok(())
    }

    /// The not-yet-compiled IR module defining `name`.
    fn pending_definer(&self, name: &str) -> Option<u32> {
        self.entries
            .iter()
            .find(|(_, e)| !e.loaded && e.module.as_ref().is_some_and(|m| defines(m, name)))
            .map(|(&id, _)| id)
    }

    /// Compiles the modules defining what loaded code needs, resolves, finalizes.
    fn link_pending(&mut self) -> Result<(), EngineError> {
        if !self.core().dirty {
            return Ok(());
        }
        loop {
            let needed: Vec<u32> = self
                .core()
                .linker
                .unresolved_names()
                .iter()
                .filter_map(|n| self.pending_definer(n))
                .collect();
            if needed.is_empty() {
                break;
            }
            for id in needed {
                self.compile(id)?;
            }
        }
        let mut guard = self.core();
        let core = &mut *guard;
        if let Err(e) = core.linker.resolve() {
            drop(guard);
            return Err(self.with_referrer(link_error(e)));
        }
        core.mm.finalize().map_err(|e| mm_error("<engine>", e))?;
        core.dirty = false;
        core.linker.notify_loaded();
        if let Some(exec) = &self.executor {
            let mut frames: BTreeMap<u32, Vec<u64>> = BTreeMap::new();
            for (owner, address) in core.linker.take_foreign_eh_frames() {
                frames.entry(owner.0).or_default().push(address);
            }
            for (owner, addresses) in frames {
                exec.request(&Request::RegisterEhFrames { owner, addresses })
                    .map_err(|e| EngineError::InvalidModule {
                        module: "<engine>".into(),
                        message: format!("registering unwind tables in the executor: {e}"),
                    })?;
            }
        }
        tier::publish_pending(core);
        drop(guard);
        self.stats.finalizations += 1;
        Ok(())
    }

    /// An undefined-symbol error whose object could not say who refers to the symbol (a
    /// tiered module's function bodies are anonymous behind their entry stubs): the first
    /// function, or global initializer, of the module's IR that uses it.
    fn with_referrer(&self, e: EngineError) -> EngineError {
        let EngineError::UndefinedSymbol {
            symbol,
            module,
            referenced_from: None,
            searched,
        } = e
        else {
            return e;
        };
        let referenced_from = self
            .entries
            .values()
            .filter(|e| e.name == module)
            .find_map(|e| first_user(e.module.as_deref()?, &symbol));
        EngineError::UndefinedSymbol {
            symbol,
            module,
            referenced_from,
            searched,
        }
    }

    /// Compiles (if needed) the module defining `name`, links and finalizes what is pending.
    fn ensure(&mut self, name: &str) -> Result<(), EngineError> {
        if self.core().linker.exported(name).is_none()
            && let Some(id) = self.pending_definer(name)
        {
            self.compile(id)?;
        }
        self.link_pending()
    }

    /// Compiles every pending module, links and finalizes everything (MCJIT's
    /// `finalizeObject`). Idempotent.
    pub fn finalize(&mut self) -> Result<(), EngineError> {
        let pending: Vec<u32> = self
            .entries
            .iter()
            .filter(|(_, e)| !e.loaded)
            .map(|(&id, _)| id)
            .collect();
        for id in pending {
            self.compile(id)?;
        }
        self.link_pending()
    }

    /// Address of function `name`, compiled, linked and executable. The second call for
    /// the same name only looks it up.
    pub fn get_function_address(&mut self, name: &str) -> Result<u64, EngineError> {
        self.ensure(name)?;
        self.core()
            .linker
            .exported(name)
            .ok_or_else(|| EngineError::NotFound(name.to_string()))
    }

    /// Destructors in the order to run them (see [`Mcjit::structors`]).
    fn destructors(&self) -> Vec<u64> {
        self.structors(true)
    }

    /// Constructors in the order to run them (see [`Mcjit::structors`]).
    fn constructors(&self) -> Vec<u64> {
        self.structors(false)
    }

    /// The constructors (or destructors) of every loaded module and object, merged as a
    /// static linker sorts `.init_array.N`/`.fini_array.N` across its inputs: by priority,
    /// equal priorities in order of addition and then of appearance (`llvm.global_ctors`
    /// entries, `.init_array` entries); destructors in exactly the reverse order.
    fn structors(&self, destructors: bool) -> Vec<u64> {
        let core = self.core();
        let mut lists: Vec<Vec<(u32, u64)>> = Vec::new();
        for (&id, e) in self.entries.iter().filter(|(_, e)| e.loaded) {
            let owner = ModuleId(id);
            lists.push(match &e.module {
                Some(m) => m
                    .structors(destructors)
                    .into_iter()
                    .filter_map(|(p, r)| {
                        let a = core.linker.symbol_address(owner, m.symbol_name(r))?;
                        Some((p, a))
                    })
                    .collect(),
                None if destructors => core.linker.fini_functions(owner).to_vec(),
                None => core.linker.init_functions(owner).to_vec(),
            });
        }
        jit_core::ir::structor_order(lists, destructors)
    }

    /// Refuses to run code of a target other than the host.
    fn check_runnable(&self) -> Result<(), EngineError> {
        if self.executor.is_some() {
            return Ok(());
        }
        match Arch::host() {
            Some(h) if h == self.arch => Ok(()),
            _ => Err(EngineError::Unsupported(format!(
                "this engine generates {} code, which cannot run on this host",
                self.arch
            ))),
        }
    }

    fn arm_exit(&self) -> exit::Armed {
        let dtors = if self.dtors_ran {
            Vec::new()
        } else {
            self.destructors()
        };
        exit::arm(self.engine_id, dtors)
    }

    /// With tiering, has a looping `main` replaced before it runs (see `tier.rs`: tier-up
    /// could never reach a function that runs once), unless tier 0 can move its loops to
    /// optimized code while they run (on-stack replacement), which costs nothing up front:
    /// a short program then never waits for the compile thread.
    fn optimize_main_up_front(&self) {
        let Some(t) = &self.tiering else { return };
        let found = self.entries.iter().find_map(|(&id, e)| {
            let m = e.module.as_deref()?;
            let f = m.function_by_name("main")?;
            let leaves_loops = self
                .backend
                .as_ref()
                .is_some_and(|b| b.tier0_frame(m, f).is_some());
            defines(m, "main").then_some((id, f, tier::has_loop(m, f) && !leaves_loops))
        });
        if let Some((id, f, true)) = found
            && self.core().tier.modules.contains_key(&id)
        {
            t.queue.request_and_wait(id, f);
        }
    }

    /// [`ExecutionEngine::run_main`] in the executor: the program ends there (its exit
    /// handlers and destructors run by its own `exit`), and how it ended comes back.
    fn run_main_remote(
        &mut self,
        main: u64,
        args: &[String],
        env: &[String],
    ) -> Result<i32, EngineError> {
        let exec = self.executor.clone().expect("called with an executor");
        // As many of argc, argv, envp as `main` declares (an object's `main`: all three).
        let params = self
            .entries
            .values()
            .filter_map(|e| e.module.as_deref())
            .find(|m| defines(m, "main"))
            .and_then(|m| {
                let f = m.function_by_name("main")?;
                Some(m.types.function_sig(m.functions[f].ty)?.1.len())
            })
            .map_or(3, |n| match n {
                0 => 0,
                1 | 2 => 2,
                _ => 3,
            });
        let constructors = if self.ctors_ran {
            Vec::new()
        } else {
            self.constructors()
        };
        let destructors = if self.dtors_ran {
            Vec::new()
        } else {
            self.destructors()
        };
        self.ctors_ran = true;
        self.dtors_ran = true;
        let ended = exec
            .run_main(&Request::RunMain {
                main,
                params,
                args: args.to_vec(),
                env: env.to_vec(),
                constructors,
                destructors,
            })
            .map_err(|e| call::remote_error("main", e))?;
        match ended {
            Ended::Exited(code) => Ok(code),
            Ended::Signaled(signal) => Err(EngineError::Killed { signal }),
        }
    }

    /// Runs `void (*)(void)` functions at `addrs`.
    /// Where `owner`'s sections are, as `[start, end)` addresses (none when not loaded).
    fn section_ranges(&self, owner: ModuleId) -> Vec<(u64, u64)> {
        let core = self.core();
        let Some(obj) = core.linker.object(owner) else {
            return Vec::new();
        };
        (0..obj.sections.len())
            .filter_map(|i| {
                let start = core
                    .linker
                    .section_address(owner, jit_core::object::SectionIndex(i as u32))?;
                Some((start, start + obj.sections[i].size))
            })
            .collect()
    }

    fn run_void_functions(&self, addrs: &[u64]) -> Result<(), EngineError> {
        if let Some(exec) = &self.executor {
            if !addrs.is_empty() {
                exec.run(&Request::RunVoid {
                    addresses: addrs.to_vec(),
                })
                .map_err(|e| call::remote_error("<static constructors or destructors>", e))?;
            }
            return Ok(());
        }
        let _armed = self.arm_exit();
        for &a in addrs {
            // SAFETY: constructor and destructor addresses come from finalized modules of
            // this engine and have the C type `void (void)`.
            unsafe { std::mem::transmute::<usize, extern "C" fn()>(a as usize)() };
        }
        Ok(())
    }
}

impl Drop for Mcjit {
    fn drop(&mut self) {
        if let Some(t) = &mut self.tiering {
            // No new requests. An idle compile thread is joined; a busy one (optimizing a
            // large module can take a while) is left to finish on its own: it holds the
            // linker and the memory manager, which outlive the engine until it has seen
            // the shutdown, and publishes nothing more. A process that exits right after
            // its program does not wait for it.
            tier::unregister(self.engine_id, None);
            let busy = t.queue.shut_down();
            if let Some(thread) = t.thread.take()
                && !busy
            {
                let _ = thread.join();
            }
        }
        exit::discard(self.engine_id, true, &|a| self.owns(a));
        tls::unregister_engine(self.engine_id);
        let owners: Vec<ModuleId> = self.entries.keys().map(|&id| ModuleId(id)).collect();
        for owner in owners {
            tls::forget(self.section_ranges(owner));
        }
    }
}

impl ExecutionEngine for Mcjit {
    fn add_module(&mut self, module: Module) -> Result<ModuleHandle, EngineError> {
        if let Some(triple) = &module.triple {
            match Arch::from_triple(triple) {
                Some(a) if a == self.arch => {}
                other => {
                    let what = other
                        .map_or_else(|| "an unknown architecture".to_string(), |a| a.to_string());
                    return Err(EngineError::InvalidModule {
                        module: module.name.clone(),
                        message: format!(
                            "the module is for {what} (triple `{triple}`), this engine runs {} code",
                            self.arch
                        ),
                    });
                }
            }
        }
        // Thread-local globals used directly (C++ `thread_local` construction) go through
        // the intrinsic the backends emulate, like every other access (see `tls.rs`).
        let mut module = module;
        jit_opt::address_thread_locals(&mut module).map_err(|e| EngineError::InvalidModule {
            module: module.name.clone(),
            message: e.to_string(),
        })?;
        let name = module.name.clone();
        let id = self.new_handle(&name, Some(Arc::new(module)));
        self.stats.modules_added += 1;
        Ok(ModuleHandle(id))
    }

    fn remove_module(&mut self, handle: ModuleHandle) -> Result<Module, EngineError> {
        let e = self
            .entries
            .remove(&handle.0)
            .ok_or_else(|| EngineError::NotFound(format!("module handle {}", handle.0)))?;
        if e.loaded {
            let owner = ModuleId(handle.0);
            exit::discard(self.engine_id, false, &|a| {
                self.core().linker.owner_of(a) == Some(owner)
            });
            tls::forget(self.section_ranges(owner));
            tier::unregister(self.engine_id, Some(handle.0));
            let mut guard = self.core();
            let core = &mut *guard;
            // Replacement code first: queued requests for the module are dropped by the
            // compile thread, which checks under this lock that the module still exists.
            if let Some(t) = core.tier.modules.remove(&handle.0) {
                for child in t.children {
                    core.linker.remove(child, core.mm.as_mut());
                }
            }
            core.tier.unpublished.retain(|u| u.parent != handle.0);
            core.linker.remove(owner, core.mm.as_mut());
        }
        self.stats.removed += 1;
        Ok(e.module
            .map(|m| Arc::try_unwrap(m).unwrap_or_else(|m| (*m).clone()))
            .unwrap_or_else(|| Module::new(&e.name)))
    }

    fn find_function(&self, name: &str) -> Option<ModuleHandle> {
        self.entries
            .iter()
            .find(|(id, e)| match &e.module {
                Some(m) => m
                    .function_by_name(name)
                    .is_some_and(|f| defines(m, &m.functions[f].name)),
                None => self.core().linker.object(ModuleId(**id)).is_some_and(|o| {
                    o.find_symbol(name)
                        .is_some_and(|s| o.symbols[s.0 as usize].kind == SymbolKind::Function)
                }),
            })
            .map(|(&id, _)| ModuleHandle(id))
    }

    fn add_global_mapping(&mut self, name: &str, address: u64) {
        self.core().linker.add_global_mapping(name, address);
    }

    fn get_global_value_address(&mut self, name: &str) -> Result<u64, EngineError> {
        self.get_function_address(name)
    }

    fn run_function(
        &mut self,
        name: &str,
        args: &[GenericValue],
    ) -> Result<GenericValue, EngineError> {
        self.check_runnable()?;
        let address = self.get_function_address(name)?;
        let Some(m) = self
            .entries
            .values()
            .filter_map(|e| e.module.as_ref())
            .find(|m| defines(m, name))
        else {
            return Err(EngineError::Unsupported(format!(
                "run_function needs an IR signature; `{name}` comes from an object file"
            )));
        };
        let Some(f) = m.function_by_name(name) else {
            return Err(EngineError::BadArguments {
                function: name.to_string(),
                message: "not a function".into(),
            });
        };
        if let Some(exec) = &self.executor {
            return call::call_remote(exec, m, &m.functions[f], address, args);
        }
        let _armed = self.arm_exit();
        // SAFETY: `address` is the finalized code of `f` (get_function_address above).
        unsafe { call::call(m, &m.functions[f], address, args) }
    }

    fn run_static_constructors(&mut self) -> Result<(), EngineError> {
        self.check_runnable()?;
        self.finalize()?;
        let ctors = self.constructors();
        self.ctors_ran = true;
        self.run_void_functions(&ctors)?;
        Ok(())
    }

    fn run_static_destructors(&mut self) -> Result<(), EngineError> {
        if self.dtors_ran {
            return Ok(());
        }
        self.check_runnable()?;
        self.finalize()?;
        if self.executor.is_none() {
            let _armed = self.arm_exit();
            exit::run_handlers(self.engine_id, &|a| self.owns(a));
        }
        let dtors = self.destructors();
        self.dtors_ran = true;
        self.run_void_functions(&dtors)
    }

    fn run_main(&mut self, args: &[String], env: &[String]) -> Result<i32, EngineError> {
        self.check_runnable()?;
        self.finalize()?;
        let main = self.get_function_address("main")?;
        if self.executor.is_some() {
            return self.run_main_remote(main, args, env);
        }
        self.optimize_main_up_front();
        if !self.ctors_ran {
            self.run_static_constructors()?;
        }
        let to_c = |v: &[String]| -> Result<Vec<CString>, EngineError> {
            v.iter()
                .map(|s| {
                    CString::new(s.as_bytes()).map_err(|_| EngineError::BadArguments {
                        function: "main".into(),
                        message: format!(
                            "argument or environment string {s:?} contains a NUL byte"
                        ),
                    })
                })
                .collect()
        };
        let (argv_s, envp_s) = (to_c(args)?, to_c(env)?);
        let mut argv: Vec<*const c_char> = argv_s.iter().map(|s| s.as_ptr()).collect();
        argv.push(std::ptr::null());
        let mut envp: Vec<*const c_char> = envp_s.iter().map(|s| s.as_ptr()).collect();
        envp.push(std::ptr::null());
        let code = {
            let _armed = self.arm_exit();
            // SAFETY: `main` is finalized code of the C type `int (int, char **, char **)`
            // (a `main` declared with fewer parameters ignores the extra ones under the C
            // calling conventions of both targets); argv/envp are NULL-terminated arrays of
            // NUL-terminated strings that outlive the call.
            unsafe {
                let f = std::mem::transmute::<
                    usize,
                    extern "C" fn(c_int, *const *const c_char, *const *const c_char) -> c_int,
                >(main as usize);
                f(args.len() as c_int, argv.as_ptr(), envp.as_ptr())
            }
        };
        {
            // As `exit` does after a native `main` returns: this thread's thread-local
            // objects first, then the exit handlers and static destructors.
            let _armed = self.arm_exit();
            tls::run_thread_dtors(&|a| self.owns(a));
        }
        self.run_static_destructors()?;
        Ok(code)
    }

    fn tier_stats(&self) -> Option<TierStats> {
        self.tiering
            .as_ref()
            .map(|_| self.core().tier.stats.clone())
    }

    fn wait_for_tier_up(&self) {
        Mcjit::wait_for_tier_up(self)
    }

    fn symbolize(&self, address: u64) -> Option<SymbolInfo> {
        self.core().linker.symbolize(address)
    }

    fn try_symbolize(&self, address: u64) -> Option<SymbolInfo> {
        try_symbolize_core(&self.core, address)
    }
}

/// Symbolizes with `core`'s linker if its lock is free (a poisoned lock is used anyway:
/// reading the linker's tables is safe after a panic elsewhere).
pub(crate) fn try_symbolize_core(core: &Mutex<Core>, address: u64) -> Option<SymbolInfo> {
    match core.try_lock() {
        Ok(c) => c.linker.symbolize(address),
        Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner().linker.symbolize(address),
        Err(std::sync::TryLockError::WouldBlock) => None,
    }
}

/// [`ExecutionEngine::symbolize`] over every native engine of the process: the first
/// engine holding code at `address` answers. Blocks on each engine's lock in turn.
pub fn symbolize_in_process(address: u64) -> Option<SymbolInfo> {
    tls::live_engines().iter().find_map(|core| {
        core.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .linker
            .symbolize(address)
    })
}

/// [`symbolize_in_process`] that never blocks: an engine whose lock is held (say, by a
/// thread that crashed while compiling) is skipped, and `None` comes at once when the
/// process's engine list is locked. Usable from a signal handler that is about to end the
/// process: it takes every lock with `try_lock` (the registry's and the engines'), but it allocates the answer (the interrupted code may hold the allocator's
/// lock: a crash report in a program that crashed inside `malloc` may then hang or be
/// lost, a price worth the report in every other case).
pub fn try_symbolize_in_process(address: u64) -> Option<SymbolInfo> {
    tls::try_find_in_engines(|core| try_symbolize_core(core, address))
}
