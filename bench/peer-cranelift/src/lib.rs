//! Benchmark peer: translates a `jit_core::ir::Module` into Cranelift IR with
//! `cranelift-frontend` and compiles it with `cranelift-jit`, so the benchmarks can compare
//! our engine with Cranelift on exactly the same functions.
//!
//! [`translate`] builds the CLIF functions and data descriptions without compiling them;
//! [`Translated::compile`] compiles, defines the data and finalizes, so the two costs can be
//! timed apart. Constructs outside the supported subset (thread-locals, the `va_arg`
//! instruction, variadic definitions off x86-64, integers wider than 128 bits, ...) give a
//! [`TranslateError`] naming the construct and where it is, never a panic (Cranelift
//! panics are caught and reported the same way).
//!
//! How IR maps to CLIF: integers live in the next Cranelift integer type (`i1` and `i24`
//! kept zero-extended in `i8`/`i32`); first-class aggregates are flattened into their
//! scalar leaves; 128-bit vectors are Cranelift vectors and other vectors are handled lane
//! by lane; phis are block parameters. Where this differs from a native build:
//! - varargs calls on x86-64 go through a thunk that sets `%al` to 8 (an upper bound on the
//!   vector registers used, which the ABI allows) and reads the callee from one
//!   process-wide slot, so variadic calls from several threads at once are not supported;
//! - a variadic definition (x86-64) takes all six integer and eight vector argument
//!   registers as parameters and finds stack arguments through the frame pointer, so a
//!   module that has one is compiled with frame pointers preserved;
//! - dynamic `alloca` and `llvm.stacksave` use a separate 64 MiB stack (Cranelift has no
//!   variable-sized stack allocation), also process-wide;
//! - `atexit` resolves to a shim over `__cxa_atexit`, and libm is loaded into the process,
//!   as a program linked with `-lm` would have it;
//! - the Cranelift verifier runs in debug builds only (release builds measure Cranelift as
//!   an embedder would ship it).

mod consts;
mod function;
mod types;
mod varargs;

use cranelift_codegen::ir::{self as clir, UserFuncName};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{DataDescription, DataId, FuncId as ClFuncId, Linkage as ClLinkage, Module};
use jit_core::DataLayout;
use jit_core::ir::{FuncId, GlobalId, GlobalRef, Linkage, Module as IrModule};
use std::collections::HashMap;

pub use types::Leaf;

/// How hard Cranelift optimizes (its `opt_level` setting).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum OptLevel {
    /// `opt_level=none`.
    None,
    /// `opt_level=speed`.
    Speed,
}

/// Why a module could not be translated or compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TranslateError {
    /// The module uses a construct outside the supported subset.
    #[error("unsupported in {item}: {what}")]
    Unsupported {
        /// `function @name` or `global @name`.
        item: String,
        /// The construct.
        what: String,
    },
    /// An external symbol the code refers to is not found in the process.
    #[error("unresolved external symbol `{0}`")]
    Unresolved(String),
    /// Cranelift refused the translated code (a bug in the translator or a Cranelift limit).
    #[error("cranelift failed on {item}: {message}")]
    Cranelift {
        /// What was being compiled.
        item: String,
        /// Cranelift's message.
        message: String,
    },
    /// The host ISA could not be set up.
    #[error("host ISA: {0}")]
    Host(String),
}

/// CLIF functions and data of one module, built but not compiled.
pub struct Translated {
    jit: JITModule,
    functions: Vec<(ClFuncId, clir::Function, String)>,
    data: Vec<(DataId, DataDescription, String)>,
    patches: Vec<PendingPatch>,
    exports: HashMap<String, ClFuncId>,
}

/// A relative-table field to write after finalization: data object, field, and the two
/// resolved symbols (with offsets) whose difference it holds.
type PendingPatch = (DataId, consts::Patch, (Symbol, i64), (Symbol, i64));

/// A compiled, finalized module.
pub struct CraneliftEngine {
    jit: Option<JITModule>,
    exports: HashMap<String, ClFuncId>,
}

impl std::fmt::Debug for CraneliftEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CraneliftEngine")
            .field("functions", &self.exports.len())
            .finish()
    }
}

impl std::fmt::Debug for Translated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translated")
            .field("functions", &self.functions.len())
            .field("data", &self.data.len())
            .finish()
    }
}

impl Translated {
    /// Number of CLIF instructions over all functions (a size measure for reports).
    pub fn instruction_count(&self) -> usize {
        self.functions
            .iter()
            .map(|(_, f, _)| f.dfg.num_insts())
            .sum()
    }

    /// The CLIF text of the function `name`, if it was translated (for tests and debugging).
    pub fn clif(&self, name: &str) -> Option<String> {
        self.functions
            .iter()
            .find(|(_, _, n)| n == name)
            .map(|(_, f, _)| f.display().to_string())
    }

    /// Compiles every function, defines the data objects and finalizes the module.
    pub fn compile(self) -> Result<CraneliftEngine, TranslateError> {
        let Translated {
            mut jit,
            functions,
            data,
            patches,
            exports,
        } = self;
        let mut ctx = jit.make_context();
        for (id, func, name) in functions {
            ctx.func = func;
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                jit.define_function(id, &mut ctx)
                    .map_err(|e| module_error_message(&e))
            }));
            let err = match result {
                Ok(Ok(())) => None,
                Ok(Err(e)) => Some(e),
                Err(p) => Some(panic_message(p)),
            };
            if let Some(message) = err {
                return Err(TranslateError::Cranelift {
                    item: format!("function @{name}"),
                    message,
                });
            }
            jit.clear_context(&mut ctx);
        }
        for (id, desc, name) in data {
            jit.define_data(id, &desc)
                .map_err(|e| TranslateError::Cranelift {
                    item: format!("global @{name}"),
                    message: module_error_message(&e),
                })?;
        }
        let finalized = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            jit.finalize_definitions()
                .map_err(|e| module_error_message(&e))
        }));
        match finalized {
            Ok(Ok(())) => {}
            Ok(Err(message)) => {
                return Err(TranslateError::Cranelift {
                    item: "module finalization".into(),
                    message,
                });
            }
            Err(p) => {
                return Err(TranslateError::Cranelift {
                    item: "module finalization".into(),
                    message: panic_message(p),
                });
            }
        }
        for (id, patch, plus, minus) in patches {
            let addr = |(s, off): (Symbol, i64)| {
                let target = match s {
                    Symbol::Func(f) => cranelift_module::ModuleRelocTarget::from(f),
                    Symbol::Data(d) => cranelift_module::ModuleRelocTarget::from(d),
                };
                (jit.get_address(&target) as i64).wrapping_add(off)
            };
            let value = addr(plus)
                .wrapping_sub(addr(minus))
                .wrapping_add(patch.addend);
            let (base, len) = jit.get_finalized_data(id);
            if patch.offset + patch.size > len as u64 {
                return Err(TranslateError::Cranelift {
                    item: "relative data patch".into(),
                    message: "field outside its data object".into(),
                });
            }
            let bytes = value.to_le_bytes();
            // SAFETY: the field lies inside the finalized, writable data object (checked
            // above); nothing runs the module's code yet.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    bytes.as_ptr(),
                    base.cast_mut().add(patch.offset as usize),
                    patch.size as usize,
                );
            }
        }
        Ok(CraneliftEngine {
            jit: Some(jit),
            exports,
        })
    }
}

impl CraneliftEngine {
    /// The entry point of the defined function (or function alias) `name`.
    pub fn function(&self, name: &str) -> Option<*const u8> {
        let id = *self.exports.get(name)?;
        Some(self.jit.as_ref()?.get_finalized_function(id))
    }
}

impl Drop for CraneliftEngine {
    fn drop(&mut self) {
        if let Some(jit) = self.jit.take() {
            // SAFETY: the engine owns the code; callers may not use pointers from
            // `function` after dropping it, the same contract as any JIT engine.
            unsafe { jit.free_memory() };
        }
    }
}

fn module_error_message(e: &cranelift_module::ModuleError) -> String {
    match e {
        cranelift_module::ModuleError::Compilation(c) => format!("{c:?}"),
        other => other.to_string(),
    }
}

fn panic_message(p: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("panic: {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("panic: {s}")
    } else {
        "panic".into()
    }
}

fn host_isa(opt: OptLevel, frame_pointers: bool) -> Result<OwnedTargetIsa, TranslateError> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| TranslateError::Host(format!("setting {k}={v}: {e}")))
    };
    set(
        &mut flags,
        "opt_level",
        match opt {
            OptLevel::None => "none",
            OptLevel::Speed => "speed",
        },
    )?;
    set(&mut flags, "is_pic", "false")?;
    // Variadic definitions find their stack arguments through the frame pointer.
    if frame_pointers {
        set(&mut flags, "preserve_frame_pointers", "true")?;
    }
    // i128 parameters and results as the System V ABI passes them.
    set(&mut flags, "enable_llvm_abi_extensions", "true")?;
    // The verifier checks our translation in tests; benchmarks (release builds) measure
    // Cranelift as a production embedder would run it.
    set(
        &mut flags,
        "enable_verifier",
        if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        },
    )?;
    let isa = cranelift_native::builder().map_err(|e| TranslateError::Host(e.to_string()))?;
    isa.finish(settings::Flags::new(flags))
        .map_err(|e| TranslateError::Host(e.to_string()))
}

/// Module-wide state shared by the function translators.
pub(crate) struct ModuleCx<'m> {
    pub m: &'m IrModule,
    pub dl: DataLayout,
    pub jit: JITModule,
    pub types: types::TypeCache,
    funcs: HashMap<FuncId, ClFuncId>,
    datas: HashMap<GlobalId, DataId>,
    helpers: HashMap<String, ClFuncId>,
    varargs: Option<(ClFuncId, DataId)>,
    dyn_sp: Option<DataId>,
    imports: Vec<String>,
}

/// Something a module-level address can resolve to after looking through aliases.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Symbol {
    Func(ClFuncId),
    Data(DataId),
}

impl<'m> ModuleCx<'m> {
    fn fn_item(&self, f: FuncId) -> String {
        format!("function @{}", self.m.functions[f].name)
    }

    /// The Cranelift function of an IR function, declared on first use.
    pub fn func_id(&mut self, f: FuncId) -> Result<ClFuncId, TranslateError> {
        if let Some(&id) = self.funcs.get(&f) {
            return Ok(id);
        }
        let m = self.m;
        let func = &m.functions[f];
        if func.intrinsic.is_some() {
            return Err(TranslateError::Unsupported {
                item: self.fn_item(f),
                what: "address of an intrinsic".into(),
            });
        }
        let sig = self.signature_of(f)?;
        let linkage = if func.linkage == Linkage::ExternWeak {
            ClLinkage::Preemptible
        } else {
            if !varargs::symbol_exists(&func.name) {
                return Err(TranslateError::Unresolved(func.name.to_string()));
            }
            self.imports.push(func.name.to_string());
            ClLinkage::Import
        };
        let id = self
            .jit
            .declare_function(&func.name, linkage, &sig)
            .map_err(|e| TranslateError::Cranelift {
                item: self.fn_item(f),
                message: e.to_string(),
            })?;
        self.funcs.insert(f, id);
        Ok(id)
    }

    /// The Cranelift data object of a global, declared on first use.
    pub fn data_id(&mut self, g: GlobalId) -> Result<DataId, TranslateError> {
        if let Some(&id) = self.datas.get(&g) {
            return Ok(id);
        }
        let m = self.m;
        let global = &m.globals[g];
        let item = format!("global @{}", global.name);
        if global.thread_local {
            return Err(TranslateError::Unsupported {
                item,
                what: "thread_local global".into(),
            });
        }
        let linkage = if global.linkage == Linkage::ExternWeak {
            ClLinkage::Preemptible
        } else {
            if !varargs::symbol_exists(&global.name) {
                return Err(TranslateError::Unresolved(global.name.to_string()));
            }
            self.imports.push(global.name.to_string());
            ClLinkage::Import
        };
        let id = self
            .jit
            .declare_data(&global.name, linkage, true, false)
            .map_err(|e| TranslateError::Cranelift {
                item,
                message: e.to_string(),
            })?;
        self.datas.insert(g, id);
        Ok(id)
    }

    /// Resolves a module-level reference (through aliases) to a symbol plus byte offset.
    pub fn symbol(&mut self, r: GlobalRef, depth: u32) -> Result<(Symbol, i64), TranslateError> {
        match r {
            GlobalRef::Function(f) => Ok((Symbol::Func(self.func_id(f)?), 0)),
            GlobalRef::Global(g) => Ok((Symbol::Data(self.data_id(g)?), 0)),
            GlobalRef::Alias(a) => {
                let m = self.m;
                let alias = &m.aliases[a];
                let item = format!("alias @{}", alias.name);
                if depth > 16 {
                    return Err(TranslateError::Unsupported {
                        item,
                        what: "alias cycle".into(),
                    });
                }
                match consts::eval(self, alias.aliasee, &item)? {
                    consts::Sym::Addr(target, off) => {
                        let (s, o) = self.symbol(target, depth + 1)?;
                        Ok((s, o.wrapping_add(off)))
                    }
                    consts::Sym::Int(_) | consts::Sym::Diff(..) => {
                        Err(TranslateError::Unsupported {
                            item,
                            what: "alias of a non-address".into(),
                        })
                    }
                }
            }
        }
    }

    /// A helper function from the C library or libgcc (`fmod`, `memcpy`, `__divti3`, ...),
    /// declared with the given signature.
    pub fn helper(
        &mut self,
        name: &str,
        params: &[clir::Type],
        rets: &[clir::Type],
        item: &str,
    ) -> Result<ClFuncId, TranslateError> {
        if let Some(&id) = self.helpers.get(name) {
            return Ok(id);
        }
        let mut sig = self.jit.make_signature();
        sig.params
            .extend(params.iter().map(|&t| clir::AbiParam::new(t)));
        sig.returns
            .extend(rets.iter().map(|&t| clir::AbiParam::new(t)));
        // A module definition of the same name (a program's own `memcpy`) wins, as it
        // would when linking natively.
        if let Some(GlobalRef::Function(f)) = self.m.lookup(name)
            && !self.m.functions[f].is_declaration()
        {
            let id = self.func_id(f)?;
            self.helpers.insert(name.to_string(), id);
            return Ok(id);
        }
        if !varargs::symbol_exists(name) {
            return Err(TranslateError::Unresolved(name.to_string()));
        }
        let id = self
            .jit
            .declare_function(name, ClLinkage::Import, &sig)
            .map_err(|e| TranslateError::Unsupported {
                item: item.to_string(),
                what: format!("helper `{name}` clashes with a declaration: {e}"),
            })?;
        self.helpers.insert(name.to_string(), id);
        Ok(id)
    }

    /// The data object holding the dynamic-alloca stack pointer.
    pub fn dyn_sp(&mut self) -> Result<DataId, TranslateError> {
        if let Some(d) = self.dyn_sp {
            return Ok(d);
        }
        let d = self
            .jit
            .declare_data(varargs::DYN_SP_NAME, ClLinkage::Import, true, false)
            .map_err(|e| TranslateError::Cranelift {
                item: "dynamic alloca stack".into(),
                message: e.to_string(),
            })?;
        self.dyn_sp = Some(d);
        Ok(d)
    }

    /// The variadic-call thunk and its target slot.
    pub fn varargs_thunk(&mut self) -> Result<(ClFuncId, DataId), TranslateError> {
        if let Some(v) = self.varargs {
            return Ok(v);
        }
        let sig = self.jit.make_signature();
        let err = |e: cranelift_module::ModuleError| TranslateError::Cranelift {
            item: "varargs thunk".into(),
            message: e.to_string(),
        };
        let f = self
            .jit
            .declare_function(varargs::THUNK_NAME, ClLinkage::Import, &sig)
            .map_err(err)?;
        let d = self
            .jit
            .declare_data(varargs::SLOT_NAME, ClLinkage::Import, true, false)
            .map_err(err)?;
        self.varargs = Some((f, d));
        Ok((f, d))
    }

    fn signature_of(&mut self, f: FuncId) -> Result<clir::Signature, TranslateError> {
        let m = self.m;
        let func = &m.functions[f];
        let item = self.fn_item(f);
        if is_variadic_definition(m, f) {
            return self.variadic_definition_signature(func.ty, &func.ret_attrs, &item);
        }
        let sig = types::signature(
            self,
            func.ty,
            &func.param_attrs,
            &func.ret_attrs,
            &[],
            &item,
        )?;
        Ok(sig)
    }
}

/// True for a function with a body whose type ends in `...`.
pub(crate) fn is_variadic_definition(m: &IrModule, f: FuncId) -> bool {
    let func = &m.functions[f];
    !func.is_declaration() && m.types.function_sig(func.ty).is_some_and(|(_, _, va)| va)
}

/// Integer and vector argument registers of the x86-64 System V ABI.
pub(crate) const SYSV_INT_REGS: usize = 6;
/// Vector argument registers (`%xmm0-7`).
pub(crate) const SYSV_XMM_REGS: usize = 8;

impl ModuleCx<'_> {
    /// A variadic definition receives every argument register (x86-64 System V): six
    /// integers then eight doubles, so `va_start` can build the register save area;
    /// arguments passed on the stack stay in the caller's frame.
    fn variadic_definition_signature(
        &mut self,
        fn_ty: jit_core::ir::Type,
        ret_attrs: &jit_core::ir::ParamAttrs,
        item: &str,
    ) -> Result<clir::Signature, TranslateError> {
        if !cfg!(target_arch = "x86_64") {
            return Err(TranslateError::Unsupported {
                item: item.to_string(),
                what: "variadic function definition (x86-64 only)".into(),
            });
        }
        let mut sig = types::signature(self, fn_ty, &[], ret_attrs, &[], item)?;
        sig.params.clear();
        sig.params
            .extend((0..SYSV_INT_REGS).map(|_| clir::AbiParam::new(clir::types::I64)));
        sig.params
            .extend((0..SYSV_XMM_REGS).map(|_| clir::AbiParam::new(clir::types::F64)));
        Ok(sig)
    }
}

/// Builds CLIF for every function definition and a data description for every global
/// definition of `module`, without compiling anything.
pub fn translate(module: &IrModule, opt: OptLevel) -> Result<Translated, TranslateError> {
    let dl = match &module.datalayout {
        Some(s) => DataLayout::parse(s).map_err(|e| TranslateError::Unsupported {
            item: "module".into(),
            what: e.to_string(),
        })?,
        None => DataLayout::default(),
    };
    let variadic = module
        .functions
        .keys()
        .any(|f| is_variadic_definition(module, f));
    let isa = host_isa(opt, variadic)?;
    if dl.pointer_size != 8 || isa.pointer_bytes() != 8 {
        return Err(TranslateError::Unsupported {
            item: "module".into(),
            what: "pointers that are not 64 bits".into(),
        });
    }
    let mut builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
    varargs::register(&mut builder);
    let jit = JITModule::new(builder);
    let mut cx = ModuleCx {
        m: module,
        dl,
        jit,
        types: types::TypeCache::default(),
        funcs: HashMap::new(),
        datas: HashMap::new(),
        helpers: HashMap::new(),
        varargs: None,
        dyn_sp: None,
        imports: Vec::new(),
    };

    // Declare every definition first so bodies and initializers can refer to any of them.
    let mut exports = HashMap::new();
    let mut defined = Vec::new();
    for (f, func) in module.functions.iter() {
        if func.is_declaration() {
            continue;
        }
        let item = cx.fn_item(f);
        let sig = cx.signature_of(f)?;
        let linkage = if func.linkage.is_local() {
            ClLinkage::Local
        } else {
            ClLinkage::Export
        };
        let id = cx
            .jit
            .declare_function(&func.name, linkage, &sig)
            .map_err(|e| TranslateError::Cranelift {
                item,
                message: e.to_string(),
            })?;
        cx.funcs.insert(f, id);
        exports.insert(func.name.to_string(), id);
        defined.push((f, id, sig));
    }
    let mut defined_data = Vec::new();
    for (g, global) in module.globals.iter() {
        let Some(init) = global.init else { continue };
        if global.name.starts_with("llvm.") {
            continue;
        }
        let item = format!("global @{}", global.name);
        if global.thread_local {
            return Err(TranslateError::Unsupported {
                item,
                what: "thread_local global".into(),
            });
        }
        let linkage = if global.linkage.is_local() {
            ClLinkage::Local
        } else {
            ClLinkage::Export
        };
        let id = cx
            .jit
            // Writable even for constants: relative tables are patched after finalization.
            .declare_data(&global.name, linkage, true, false)
            .map_err(|e| TranslateError::Cranelift {
                item,
                message: e.to_string(),
            })?;
        cx.datas.insert(g, id);
        defined_data.push((g, id, init));
    }
    for (a, alias) in module.aliases.iter() {
        if let Ok((Symbol::Func(id), 0)) = cx.symbol(GlobalRef::Alias(a), 0) {
            exports.insert(alias.name.to_string(), id);
        }
    }

    let mut data = Vec::new();
    let mut patches = Vec::new();
    for (g, id, init) in defined_data {
        let global = &module.globals[g];
        let item = format!("global @{}", global.name);
        let (desc, diffs) = consts::data_description(&mut cx, global, init, &item)?;
        data.push((id, desc, global.name.to_string()));
        for p in diffs {
            let plus = cx.symbol(p.plus, 0)?;
            let minus = cx.symbol(p.minus, 0)?;
            patches.push((id, p, plus, minus));
        }
    }

    let mut functions = Vec::new();
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    for (f, id, sig) in defined {
        let mut func = clir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let item = cx.fn_item(f);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            function::translate_body(&mut cx, f, &mut func, &mut fctx)
        }));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(e),
            Err(p) => {
                return Err(TranslateError::Cranelift {
                    item,
                    message: panic_message(p),
                });
            }
        }
        functions.push((id, func, module.functions[f].name.to_string()));
    }
    let _ = &cx.imports;
    Ok(Translated {
        jit: cx.jit,
        functions,
        data,
        patches,
        exports,
    })
}
