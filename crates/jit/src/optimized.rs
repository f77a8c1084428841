//! An engine that optimizes every module it is given before handing it on: how the
//! interpreter runs at an OptLevel above 0 (`jit run --engine interp -O2`), so that it judges
//! the IR optimizer alone. (The native engine optimizes inside `jit-mcjit`, lazily.)

use jit_core::engine::{EngineError, ExecutionEngine, GenericValue, ModuleHandle};
use jit_core::ir::Module;

/// Runs `jit_opt::optimize(module, level)` on each added module, then delegates.
pub struct Optimized<E> {
    inner: E,
    level: u8,
}

impl<E: ExecutionEngine> Optimized<E> {
    /// Wraps `inner`; `level` is 1 to 3 (0 optimizes nothing).
    pub fn new(inner: E, level: u8) -> Self {
        Optimized { inner, level }
    }
    /// The wrapped engine.
    pub fn inner(&mut self) -> &mut E {
        &mut self.inner
    }
}

impl<E: ExecutionEngine> ExecutionEngine for Optimized<E> {
    fn add_module(&mut self, mut module: Module) -> Result<ModuleHandle, EngineError> {
        jit_opt::optimize(&mut module, self.level).map_err(|e| match e {
            jit_opt::OptError::BadModule { .. } | jit_opt::OptError::InvalidInput { .. } => {
                EngineError::InvalidModule {
                    module: module.name.clone(),
                    message: e.to_string(),
                }
            }
            _ => EngineError::Unsupported(e.to_string()),
        })?;
        self.inner.add_module(module)
    }
    fn remove_module(&mut self, handle: ModuleHandle) -> Result<Module, EngineError> {
        self.inner.remove_module(handle)
    }
    fn find_function(&self, name: &str) -> Option<ModuleHandle> {
        self.inner.find_function(name)
    }
    fn add_global_mapping(&mut self, name: &str, address: u64) {
        self.inner.add_global_mapping(name, address)
    }
    fn get_global_value_address(&mut self, name: &str) -> Result<u64, EngineError> {
        self.inner.get_global_value_address(name)
    }
    fn run_function(
        &mut self,
        name: &str,
        args: &[GenericValue],
    ) -> Result<GenericValue, EngineError> {
        self.inner.run_function(name, args)
    }
    fn run_static_constructors(&mut self) -> Result<(), EngineError> {
        self.inner.run_static_constructors()
    }
    fn run_static_destructors(&mut self) -> Result<(), EngineError> {
        self.inner.run_static_destructors()
    }
    fn run_main(&mut self, args: &[String], env: &[String]) -> Result<i32, EngineError> {
        self.inner.run_main(args, env)
    }
}
