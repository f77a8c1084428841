//! Building an engine: the options of LLVM's `LLVMMCJITCompilerOptions`, plus the target and
//! the backend.

use crate::Mcjit;
use crate::tier::TierPolicy;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::engine::EngineError;
use jit_core::events::JitEventListener;
use jit_core::memory::MemoryManager;
use jit_core::target::Arch;
use jit_link::EventListeners;
use jit_remote::Executor;
use std::sync::Arc;

/// The code model (LLVM `LLVMCodeModel`). Accepted and recorded: every section of an engine
/// is placed within ±2 GiB by the default memory manager and calls that reach further go
/// through stubs, so the small model is what the backend generates.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum CodeModel {
    /// The JIT's default (small, with stubs for far calls).
    #[default]
    JitDefault,
    /// Code and data within 2 GiB.
    Small,
    /// No assumption about distances.
    Large,
}

/// Options and parts of an [`Mcjit`]; [`McjitBuilder::build`] makes the engine.
pub struct McjitBuilder {
    pub(crate) opt_level: u8,
    pub(crate) code_model: CodeModel,
    pub(crate) no_frame_pointer_elim: bool,
    pub(crate) enable_fast_isel: bool,
    pub(crate) memory_manager: Option<Box<dyn MemoryManager>>,
    pub(crate) target: Option<Arch>,
    pub(crate) backend: Option<Box<dyn Backend>>,
    pub(crate) tiering: Option<TierPolicy>,
    pub(crate) listeners: EventListeners,
    pub(crate) executor: Option<Executor>,
}

impl Default for McjitBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl McjitBuilder {
    /// Defaults: `-O0`, [`CodeModel::JitDefault`], frame pointers kept, the default
    /// `mm-section` memory manager, the host target, no backend (only object files can be
    /// added until one is given).
    pub fn new() -> Self {
        McjitBuilder {
            opt_level: 0,
            code_model: CodeModel::JitDefault,
            no_frame_pointer_elim: CodegenOptions::default().frame_pointers,
            enable_fast_isel: false,
            memory_manager: None,
            target: None,
            backend: None,
            tiering: None,
            listeners: EventListeners::new(),
            executor: None,
        }
    }
    /// Optimization level 0–3 (values above 3 are clamped): levels 1–3 run `jit-opt`'s IR
    /// pipeline of that level on each module before compiling it, and reach the backend in
    /// `CodegenOptions::opt_level`.
    pub fn opt_level(mut self, level: u8) -> Self {
        self.opt_level = level.min(3);
        self
    }
    /// The code model (accepted; see [`CodeModel`]).
    pub fn code_model(mut self, model: CodeModel) -> Self {
        self.code_model = model;
        self
    }
    /// Keep the frame-pointer chain in every function.
    pub fn no_frame_pointer_elim(mut self, keep: bool) -> Self {
        self.no_frame_pointer_elim = keep;
        self
    }
    /// Accepted for compatibility; the backend's level-0 tier is already the fast selector.
    pub fn enable_fast_isel(mut self, enable: bool) -> Self {
        self.enable_fast_isel = enable;
        self
    }
    /// The memory manager; the engine takes ownership.
    pub fn memory_manager(mut self, mm: Box<dyn MemoryManager>) -> Self {
        self.memory_manager = Some(mm);
        self
    }
    /// The target architecture (the host's by default). Code for another architecture
    /// can be generated and linked but not run in this process.
    pub fn target(mut self, arch: Arch) -> Self {
        self.target = Some(arch);
        self
    }
    /// The code generator used for IR modules.
    pub fn backend(mut self, backend: Box<dyn Backend>) -> Self {
        self.backend = Some(backend);
        self
    }
    /// Tiered execution (see the `tier` module of this crate): modules start as tier-0 code
    /// that counts calls and loop iterations, and functions that reach `policy.threshold`
    /// are recompiled at `policy.level` on a background thread and swapped in. `None` (the
    /// default) compiles every module once at [`McjitBuilder::opt_level`]. Needs a backend.
    pub fn tiering(mut self, policy: Option<TierPolicy>) -> Self {
        self.tiering = policy.map(|p| TierPolicy {
            threshold: p.threshold.max(1),
            level: p.level.clamp(1, 3),
            ..p
        });
        self
    }
    /// Adds an event listener (LLVM's `RegisterJITEventListener`): see
    /// [`Mcjit::add_event_listener`]. May be called several times.
    pub fn event_listener(self, listener: Arc<dyn JitEventListener>) -> Self {
        self.listeners.add(listener);
        self
    }
    /// Makes the engine use `listeners`, a list its caller keeps and may add to later;
    /// replaces listeners added before.
    pub fn event_listeners(mut self, listeners: EventListeners) -> Self {
        self.listeners = listeners;
        self
    }
    /// Runs the code in another process, `executor`, instead of this one: code is generated
    /// for the executor's architecture (its setup message names it), placed in its memory by
    /// its own memory manager, linked against its process's symbols, and every call, the
    /// static constructors and destructors and `main` run there. No tiering (its counters and
    /// stubs call into this process); [`McjitBuilder::memory_manager`] must not be given.
    pub fn executor(mut self, executor: Executor) -> Self {
        self.executor = Some(executor);
        self
    }
    /// Makes the engine.
    pub fn build(self) -> Result<Mcjit, EngineError> {
        Mcjit::from_builder(self)
    }
}
