//! The objects behind LLVM-C's opaque handles, and how a handle is checked and read.
//!
//! ## Design
//! * `LLVMContextRef`, `LLVMModuleRef`, `LLVMBuilderRef`, `LLVMExecutionEngineRef`,
//!   `LLVMMemoryBufferRef`, `LLVMGenericValueRef`, `LLVMMCJITMemoryManagerRef` and
//!   `LLVMTargetDataRef` point to Rust boxes made by the matching `Create` function and
//!   freed by the matching `Dispose`.
//! * `LLVMTypeRef`, `LLVMValueRef` and `LLVMBasicBlockRef` are small handles: each points to
//!   an interned entry naming one entity — a context type; a context constant; or, in a
//!   module, a function, global, parameter, instruction result, instruction, module constant
//!   or basic block. Asking twice for the same entity gives the same pointer, so C code may
//!   compare handles with `==` as it does with LLVM.
//! * Types and constants made without a module (`LLVMInt32Type()`, `LLVMConstInt`) live in
//!   the context, in a scratch [`Module`] whose type table and constant arena are the
//!   context's; when such a type or constant is used in a module it is copied into the
//!   module's own tables (structurally; named structs by name).
//! * Every entry and box (`#[repr(C)]`) starts with a magic number checked on each use: NULL handles and handles of
//!   the wrong kind are reported as errors. A handle that was freed cannot always be
//!   detected (that is undefined behaviour in LLVM too).
//!
//! ## Lifetimes (as in LLVM)
//! * Type and constant handles of a context are valid until the context is disposed.
//! * Value and block handles of a module are valid until the module is disposed — by
//!   `LLVMDisposeModule`, or by `LLVMDisposeExecutionEngine` for a module an engine owns.
//!   A module given to an engine stays readable (names, `LLVMFindFunction`,
//!   `LLVMRunFunction` with its functions) but can no longer be changed.
//! * A context must outlive its modules and builders; the global context is never freed.
//!
//! Contexts are not thread-safe (as in LLVM): use one context, and everything made in it,
//! from one thread at a time.

use crate::engine::EngineBox;
use jit_core::ir::{
    Block, Const, ConstKind, FuncId, GlobalId, GlobalRef, Inst, Module, Operand, Type, TypeData,
    Types, Value,
};
use std::collections::{HashMap, HashSet};
use std::ffi::CString;
use std::ptr::NonNull;

const CONTEXT_MAGIC: u32 = 0x4a43_7478;
const MODULE_MAGIC: u32 = 0x4a4d_6f64;
const TYPE_MAGIC: u32 = 0x4a54_7970;
const VALUE_MAGIC: u32 = 0x4a56_616c;
const BLOCK_MAGIC: u32 = 0x4a42_6c6b;
const BUILDER_MAGIC: u32 = 0x4a42_6c64;
const DEAD_MAGIC: u32 = 0xdead_0000;

/// An interned entry behind a small handle: a magic number, then the handle's data.
#[repr(C)]
pub struct Entry<T> {
    magic: u32,
    data: T,
}

/// What a type handle names: a type of a context's table.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct TypeH {
    /// The context.
    pub ctx: *mut Context,
    /// The type in the context's table.
    pub ty: Type,
}

/// Which entity of a module a value handle names.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ValueKey {
    /// A constant (of the module, or of the context when the handle has no module).
    Const(Const),
    /// A function.
    Function(FuncId),
    /// A global variable.
    Global(GlobalId),
    /// The n-th parameter of a function (valid before the function has a body).
    Param(FuncId, u32),
    /// The result of an instruction.
    Result(FuncId, Value),
    /// An instruction without a result (`store`, `br`, `ret`, ...).
    Inst(FuncId, Inst),
}

/// What a value handle names.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ValueH {
    /// The context.
    pub ctx: *mut Context,
    /// The module, or NULL for a constant of the context.
    pub module: *mut ModuleBox,
    /// The entity.
    pub key: ValueKey,
}

/// What a basic-block handle names.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct BlockH {
    /// The module.
    pub module: *mut ModuleBox,
    /// The function.
    pub func: FuncId,
    /// The block.
    pub block: Block,
}

/// `LLVMTypeRef`.
pub type LLVMTypeRef = *mut Entry<TypeH>;
/// `LLVMValueRef`.
pub type LLVMValueRef = *mut Entry<ValueH>;
/// `LLVMBasicBlockRef`.
pub type LLVMBasicBlockRef = *mut Entry<BlockH>;
/// `LLVMContextRef`.
pub type LLVMContextRef = *mut Context;
/// `LLVMModuleRef`.
pub type LLVMModuleRef = *mut ModuleBox;
/// `LLVMBuilderRef`.
pub type LLVMBuilderRef = *mut BuilderBox;

/// Interned entries, freed with their owner.
struct Interner<K, T> {
    map: HashMap<K, NonNull<Entry<T>>>,
}

impl<K: std::hash::Hash + Eq, T> Interner<K, T> {
    fn new() -> Self {
        Interner {
            map: HashMap::new(),
        }
    }
    fn get(&mut self, key: K, magic: u32, make: impl FnOnce() -> T) -> *mut Entry<T> {
        self.map
            .entry(key)
            .or_insert_with(|| {
                let b = Box::new(Entry {
                    magic,
                    data: make(),
                });
                NonNull::from(Box::leak(b))
            })
            .as_ptr()
    }
}

impl<K, T> Drop for Interner<K, T> {
    fn drop(&mut self) {
        for (_, p) in self.map.drain() {
            // SAFETY: every pointer came from `Box::leak` in `get` and is freed only here.
            let mut b = unsafe { Box::from_raw(p.as_ptr()) };
            b.magic = DEAD_MAGIC;
        }
    }
}

/// `LLVMContextRef`: the owner of context-level types and constants.
#[repr(C)]
pub struct Context {
    magic: u32,
    /// Holds the context's type table and constant arena (never has functions or globals).
    pub ir: Module,
    types: Interner<Type, TypeH>,
    consts: Interner<Const, ValueH>,
    /// True for the global context, which is never freed.
    pub is_global: bool,
    /// `LLVMContextSetYieldCallback`: called with its handle between long steps.
    pub yield_callback: Option<(YieldCallback, *mut std::ffi::c_void)>,
}

/// `LLVMYieldCallback`.
pub type YieldCallback = unsafe extern "C" fn(LLVMContextRef, *mut std::ffi::c_void);

impl Context {
    /// A new context, boxed (its address is part of every handle it gives out).
    pub fn new_boxed(is_global: bool) -> Box<Context> {
        Box::new(Context {
            magic: CONTEXT_MAGIC,
            ir: Module::new("<context>"),
            types: Interner::new(),
            consts: Interner::new(),
            is_global,
            yield_callback: None,
        })
    }
    /// Calls the client's yield callback, if one is set (LLVM calls it between passes; this
    /// library after reading, linking and emitting a module).
    pub fn yield_now(&mut self) {
        if let Some((f, opaque)) = self.yield_callback {
            let me: *mut Context = self;
            // SAFETY: the client registered `f` for this context with `opaque`.
            unsafe { f(me, opaque) };
        }
    }
    /// The handle of a type of this context.
    pub fn type_ref(&mut self, ty: Type) -> LLVMTypeRef {
        let ctx: *mut Context = self;
        self.types.get(ty, TYPE_MAGIC, || TypeH { ctx, ty })
    }
    /// The handle of a constant of this context.
    pub fn const_ref(&mut self, c: Const) -> LLVMValueRef {
        let ctx: *mut Context = self;
        self.consts.get(c, VALUE_MAGIC, || ValueH {
            ctx,
            module: std::ptr::null_mut(),
            key: ValueKey::Const(c),
        })
    }
    /// The handle of a module type, copied into this context's table.
    pub fn export_type(&mut self, from: &Types, t: Type) -> LLVMTypeRef {
        let ty = copy_type(from, &mut self.ir.types, t);
        self.type_ref(ty)
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        self.magic = DEAD_MAGIC;
    }
}

/// `LLVMModuleRef`: a module of IR, its handles, and who owns it.
#[repr(C)]
pub struct ModuleBox {
    magic: u32,
    /// The context the module was made in.
    pub ctx: *mut Context,
    /// The IR. Once an engine owns the module this is a read-only copy of what it was given.
    pub ir: Module,
    /// The engine owning the module, or NULL while the client owns it.
    pub owner: *mut EngineBox,
    values: Interner<ValueKey, ValueH>,
    blocks: Interner<(FuncId, Block), BlockH>,
    local_names: HashMap<FuncId, HashSet<Box<str>>>,
    /// Names given to parameters of functions that have no body yet.
    pub pending_param_names: HashMap<(FuncId, u32), Box<str>>,
    /// C strings handed out as `const char *` owned by the module (names, triple, ...).
    pub strings: HashMap<String, CString>,
}

impl ModuleBox {
    /// A new module box in context `ctx`.
    pub fn new_boxed(ctx: *mut Context, ir: Module) -> Box<ModuleBox> {
        Box::new(ModuleBox {
            magic: MODULE_MAGIC,
            ctx,
            ir,
            owner: std::ptr::null_mut(),
            values: Interner::new(),
            blocks: Interner::new(),
            local_names: HashMap::new(),
            pending_param_names: HashMap::new(),
            strings: HashMap::new(),
        })
    }
    /// The handle of an entity of this module.
    pub fn value_ref(&mut self, key: ValueKey) -> LLVMValueRef {
        let module: *mut ModuleBox = self;
        let ctx = self.ctx;
        self.values
            .get(key, VALUE_MAGIC, || ValueH { ctx, module, key })
    }
    /// The handle of a block of this module.
    pub fn block_ref(&mut self, func: FuncId, block: Block) -> LLVMBasicBlockRef {
        let module: *mut ModuleBox = self;
        self.blocks.get((func, block), BLOCK_MAGIC, || BlockH {
            module,
            func,
            block,
        })
    }
    /// The handle of a global symbol.
    pub fn global_ref(&mut self, r: GlobalRef) -> LLVMValueRef {
        match r {
            GlobalRef::Function(f) => self.value_ref(ValueKey::Function(f)),
            GlobalRef::Global(g) => self.value_ref(ValueKey::Global(g)),
            GlobalRef::Alias(_) => {
                let c = self.ir.const_addr(r);
                self.value_ref(ValueKey::Const(c))
            }
        }
    }
    /// A `const char *` for `s` that lives as long as the module.
    pub fn c_string(&mut self, s: &str) -> *const std::ffi::c_char {
        self.strings
            .entry(s.to_string())
            .or_insert_with(|| CString::new(s.replace('\0', " ")).unwrap_or_default())
            .as_ptr()
    }
    /// Fails when an engine owns the module (it can no longer be changed).
    pub fn check_mutable(&self) -> Result<(), String> {
        if self.owner.is_null() {
            Ok(())
        } else {
            Err(format!(
                "module `{}` is owned by an execution engine and can no longer be changed",
                self.ir.name
            ))
        }
    }
    /// The context.
    pub fn context(&mut self) -> Result<&mut Context, String> {
        // SAFETY: a module's context outlives it (documented lifetime rule).
        unsafe { context(self.ctx) }
    }

    /// A module-level type for a context type (copied into the module's table).
    pub fn import_type(&mut self, t: TypeH) -> Result<Type, String> {
        if t.ctx != self.ctx {
            return Err("the type belongs to another context than the module".to_string());
        }
        // SAFETY: `t.ctx` is this module's context, which outlives it.
        let ctx = unsafe { context(t.ctx) }?;
        Ok(copy_type(&ctx.ir.types, &mut self.ir.types, t.ty))
    }

    /// The module constant a value stands for (functions and globals as their addresses).
    pub fn constant(&mut self, v: ValueH) -> Result<Const, String> {
        if v.ctx != self.ctx {
            return Err("the value belongs to another context than the module".to_string());
        }
        if v.module.is_null() {
            let ValueKey::Const(c) = v.key else {
                return Err("malformed context value".to_string());
            };
            // SAFETY: `v.ctx` is this module's context, which outlives it.
            let ctx = unsafe { context(v.ctx) }?;
            return copy_const(&ctx.ir, &mut self.ir, c);
        }
        if !std::ptr::eq(v.module, self) {
            return Err("the value belongs to another module".to_string());
        }
        match v.key {
            ValueKey::Const(c) => Ok(c),
            ValueKey::Function(f) => Ok(self.ir.const_addr(GlobalRef::Function(f))),
            ValueKey::Global(g) => Ok(self.ir.const_addr(GlobalRef::Global(g))),
            _ => Err("the value is not a constant".to_string()),
        }
    }

    /// The operand a value stands for inside function `func`.
    pub fn operand(&mut self, v: ValueH, func: FuncId) -> Result<Operand, String> {
        match v.key {
            ValueKey::Param(f, i) if std::ptr::eq(v.module, self) => {
                if f != func {
                    return Err("a parameter of another function was used".to_string());
                }
                self.ir.ensure_body(f);
                self.ir.functions[f]
                    .params
                    .get(i as usize)
                    .map(|&p| Operand::Value(p))
                    .ok_or_else(|| format!("parameter {i} out of range"))
            }
            ValueKey::Result(f, val) if std::ptr::eq(v.module, self) => {
                if f != func {
                    return Err("a value of another function was used".to_string());
                }
                Ok(Operand::Value(val))
            }
            ValueKey::Inst(..) if std::ptr::eq(v.module, self) => {
                Err("the instruction has no result value".to_string())
            }
            _ => Ok(Operand::Const(self.constant(v)?)),
        }
    }

    /// The module-level type of a value (of this module or its context).
    pub fn value_type(&mut self, v: ValueH) -> Result<Type, String> {
        if v.module.is_null() {
            let ValueKey::Const(c) = v.key else {
                return Err("malformed context value".to_string());
            };
            // SAFETY: context values name their live context.
            let ctx = unsafe { context(v.ctx) }?;
            return Ok(copy_type(
                &ctx.ir.types,
                &mut self.ir.types,
                ctx.ir.consts[c].ty,
            ));
        }
        if !std::ptr::eq(v.module, self) {
            return Err("the value belongs to another module".to_string());
        }
        local_type(&self.ir, v.key)
    }

    /// A fresh local name (`%name`, unique in the function, LLVM-style `name1`, `name2`...),
    /// or `None` for an empty name (the value stays numbered).
    pub fn unique_local(&mut self, f: FuncId, wanted: &str) -> Option<Box<str>> {
        if wanted.is_empty() {
            return None;
        }
        let ir = &self.ir;
        let pending = &self.pending_param_names;
        let names = self.local_names.entry(f).or_insert_with(|| {
            let mut set: HashSet<Box<str>> = HashSet::new();
            if let Some(body) = &ir.functions[f].body {
                set.extend(body.values.values().filter_map(|v| v.name.clone()));
                set.extend(body.blocks.values().filter_map(|b| b.name.clone()));
            }
            set.extend(
                pending
                    .iter()
                    .filter(|((g, _), _)| *g == f)
                    .map(|(_, n)| n.clone()),
            );
            set
        });
        let mut name: Box<str> = wanted.into();
        let mut n = 0u64;
        while names.contains(&name) {
            n += 1;
            name = format!("{wanted}{n}").into();
        }
        names.insert(name.clone());
        Some(name)
    }

    /// A symbol name not yet used in the module (`name`, then `name.1`, `name.2`...).
    pub fn unique_global(&self, wanted: &str) -> String {
        let wanted = if wanted.is_empty() { ".anon" } else { wanted };
        if self.ir.lookup(wanted).is_none() {
            return wanted.to_string();
        }
        (1u64..)
            .map(|n| format!("{wanted}.{n}"))
            .find(|c| self.ir.lookup(c).is_none())
            .unwrap_or_default()
    }

    /// Gives a function a body, applying the names set on its parameters before.
    pub fn ensure_body(&mut self, f: FuncId) {
        if self.ir.functions[f].body.is_some() {
            return;
        }
        self.ir.ensure_body(f);
        let params = self.ir.functions[f].params.clone();
        let body = self.ir.functions[f]
            .body
            .as_mut()
            .expect("ensure_body made a body");
        for (i, p) in params.iter().enumerate() {
            if let Some(n) = self.pending_param_names.remove(&(f, i as u32)) {
                body.values[*p].name = Some(n);
            }
        }
    }
}

impl Drop for ModuleBox {
    fn drop(&mut self) {
        self.magic = DEAD_MAGIC;
    }
}

/// The module-level type of a module entity.
pub fn local_type(m: &Module, key: ValueKey) -> Result<Type, String> {
    Ok(match key {
        ValueKey::Const(c) => m.consts[c].ty,
        ValueKey::Function(_) | ValueKey::Global(_) => Type::PTR,
        ValueKey::Param(f, i) => m
            .types
            .function_sig(m.functions[f].ty)
            .and_then(|(_, p, _)| p.get(i as usize).copied())
            .ok_or_else(|| format!("parameter {i} out of range"))?,
        ValueKey::Result(f, v) => {
            let body = m.functions[f].body.as_ref().ok_or("function has no body")?;
            body.values[v].ty
        }
        ValueKey::Inst(..) => Type::VOID,
    })
}

/// `LLVMBuilderRef`: an insertion point.
#[repr(C)]
pub struct BuilderBox {
    magic: u32,
    /// The context.
    pub ctx: *mut Context,
    /// Where instructions go: the end of this block.
    pub at: Option<BlockH>,
}

impl BuilderBox {
    /// A new builder of context `ctx`.
    pub fn new_boxed(ctx: *mut Context) -> Box<BuilderBox> {
        Box::new(BuilderBox {
            magic: BUILDER_MAGIC,
            ctx,
            at: None,
        })
    }
}

impl Drop for BuilderBox {
    fn drop(&mut self) {
        self.magic = DEAD_MAGIC;
    }
}

/// Copies type `t` of table `from` into table `to` (structurally; named structs by name,
/// with their body when `to` does not have one yet).
pub fn copy_type(from: &Types, to: &mut Types, t: Type) -> Type {
    match from.data(t).clone() {
        TypeData::Array { elem, len } => {
            let e = copy_type(from, to, elem);
            to.array(e, len)
        }
        TypeData::Vector { elem, len } => {
            let e = copy_type(from, to, elem);
            to.vector(e, len)
        }
        TypeData::Struct { fields, packed } => {
            let f: Vec<Type> = fields.iter().map(|&x| copy_type(from, to, x)).collect();
            to.struct_(&f, packed)
        }
        TypeData::Function {
            ret,
            params,
            varargs,
        } => {
            let r = copy_type(from, to, ret);
            let p: Vec<Type> = params.iter().map(|&x| copy_type(from, to, x)).collect();
            to.function(r, &p, varargs)
        }
        TypeData::Named(_) => {
            let info = from.named_info(t).cloned().expect("named type has info");
            let nt = to.named_struct(&info.name);
            if to.is_opaque(nt)
                && let Some(fields) = &info.fields
            {
                let f: Vec<Type> = fields.iter().map(|&x| copy_type(from, to, x)).collect();
                to.set_body(nt, &f, info.packed);
            }
            nt
        }
        other => to.intern(other),
    }
}

/// Copies a context constant into module `to`.
pub fn copy_const(from: &Module, to: &mut Module, c: Const) -> Result<Const, String> {
    let data = from.consts[c].clone();
    let ty = copy_type(&from.types, &mut to.types, data.ty);
    let kind = match data.kind {
        ConstKind::Aggregate(items) => ConstKind::Aggregate(
            items
                .iter()
                .map(|&i| copy_const(from, to, i))
                .collect::<Result<Vec<_>, _>>()?
                .into(),
        ),
        ConstKind::GlobalAddr(_) | ConstKind::Expr(_) => {
            return Err("constant expressions of a context cannot be copied".to_string());
        }
        k => k,
    };
    Ok(to.constant(ty, kind))
}

fn check_magic<'a, T>(
    p: *mut T,
    magic: u32,
    read: impl FnOnce(*mut T) -> u32,
    what: &str,
) -> Result<&'a mut T, String> {
    if p.is_null() {
        return Err(format!("{what} is NULL"));
    }
    let m = read(p);
    if m != magic {
        return Err(format!(
            "{what} is not a valid {what} (wrong kind of handle, or already disposed)"
        ));
    }
    // SAFETY: non-NULL and carrying the right magic: a live object of this kind (the best
    // check possible at the boundary; see the module documentation).
    Ok(unsafe { &mut *p })
}

/// The context behind a handle.
///
/// # Safety
/// `p` is NULL or a handle returned by this library (possibly of another kind).
pub unsafe fn context<'a>(p: LLVMContextRef) -> Result<&'a mut Context, String> {
    // SAFETY: non-NULL handles from this library start with their magic field.
    check_magic(
        p,
        CONTEXT_MAGIC,
        |p| unsafe { (*p).magic },
        "LLVMContextRef",
    )
}

/// The module behind a handle.
///
/// # Safety
/// `p` is NULL or a handle returned by this library.
pub unsafe fn module<'a>(p: LLVMModuleRef) -> Result<&'a mut ModuleBox, String> {
    // SAFETY: non-NULL handles from this library start with their magic field.
    check_magic(p, MODULE_MAGIC, |p| unsafe { (*p).magic }, "LLVMModuleRef")
}

/// The builder behind a handle.
///
/// # Safety
/// `p` is NULL or a handle returned by this library.
pub unsafe fn builder<'a>(p: LLVMBuilderRef) -> Result<&'a mut BuilderBox, String> {
    // SAFETY: non-NULL handles from this library start with their magic field.
    check_magic(
        p,
        BUILDER_MAGIC,
        |p| unsafe { (*p).magic },
        "LLVMBuilderRef",
    )
}

/// What a type handle names.
///
/// # Safety
/// `p` is NULL or a handle returned by this library.
pub unsafe fn ty(p: LLVMTypeRef) -> Result<TypeH, String> {
    // SAFETY: non-NULL handles from this library start with their magic field.
    check_magic(p, TYPE_MAGIC, |p| unsafe { (*p).magic }, "LLVMTypeRef").map(|e| e.data)
}

/// What a value handle names.
///
/// # Safety
/// `p` is NULL or a handle returned by this library.
pub unsafe fn value(p: LLVMValueRef) -> Result<ValueH, String> {
    // SAFETY: non-NULL handles from this library start with their magic field.
    check_magic(p, VALUE_MAGIC, |p| unsafe { (*p).magic }, "LLVMValueRef").map(|e| e.data)
}

/// What a block handle names.
///
/// # Safety
/// `p` is NULL or a handle returned by this library.
pub unsafe fn block(p: LLVMBasicBlockRef) -> Result<BlockH, String> {
    // SAFETY: non-NULL handles from this library start with their magic field.
    check_magic(
        p,
        BLOCK_MAGIC,
        |p| unsafe { (*p).magic },
        "LLVMBasicBlockRef",
    )
    .map(|e| e.data)
}

/// The module a value belongs to (errors for context constants).
///
/// # Safety
/// `v` names a live module (module values are valid while their module lives).
pub unsafe fn value_module<'a>(v: ValueH) -> Result<&'a mut ModuleBox, String> {
    // SAFETY: forwarded from the caller.
    unsafe { module(v.module) }.map_err(|_| "the value is a constant without a module".to_string())
}
