//! A module: named types, constants, global variables, functions and aliases of one
//! translation unit, plus its target triple and data layout.

use super::constant::{Const, ConstData, ConstKind};
use super::function::{FnAttrs, Function};
use super::instructions::{ParamAttrs, SrcLoc};
use super::intrinsics::Intrinsic;
use super::types::{Type, TypeData, Types};
use crate::entity;
use crate::entity::PrimaryMap;
use std::collections::HashMap;

entity!(
    /// A function of a module.
    FuncId,
    "fn"
);
entity!(
    /// A global variable of a module.
    GlobalId,
    "global"
);
entity!(
    /// An alias of a module.
    AliasId,
    "alias"
);

/// Something with a symbol name at module level: its address is a `ptr` constant.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum GlobalRef {
    /// A function.
    Function(FuncId),
    /// A global variable.
    Global(GlobalId),
    /// An alias.
    Alias(AliasId),
}

/// Symbol linkage, as in LLVM.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
#[allow(
    missing_docs,
    reason = "the variants are LLVM's linkage kinds, named as in .ll text"
)]
pub enum Linkage {
    #[default]
    External,
    Internal,
    Private,
    Weak,
    WeakOdr,
    LinkOnce,
    LinkOnceOdr,
    Common,
    ExternWeak,
    AvailableExternally,
    Appending,
}

impl Linkage {
    /// The `.ll` keyword (`""` for external, which is never written).
    pub fn keyword(self) -> &'static str {
        use Linkage::*;
        match self {
            External => "",
            Internal => "internal",
            Private => "private",
            Weak => "weak",
            WeakOdr => "weak_odr",
            LinkOnce => "linkonce",
            LinkOnceOdr => "linkonce_odr",
            Common => "common",
            ExternWeak => "extern_weak",
            AvailableExternally => "available_externally",
            Appending => "appending",
        }
    }
    /// The linkage named by a `.ll` keyword (`external` included).
    pub fn from_keyword(s: &str) -> Option<Self> {
        use Linkage::*;
        Some(match s {
            "external" => External,
            "internal" => Internal,
            "private" => Private,
            "weak" => Weak,
            "weak_odr" => WeakOdr,
            "linkonce" => LinkOnce,
            "linkonce_odr" => LinkOnceOdr,
            "common" => Common,
            "extern_weak" => ExternWeak,
            "available_externally" => AvailableExternally,
            "appending" => Appending,
            _ => return None,
        })
    }
    /// True when the symbol is invisible outside its module.
    pub fn is_local(self) -> bool {
        matches!(self, Linkage::Internal | Linkage::Private)
    }
    /// A definition another one of the same name may replace (weak, `linkonce`, their
    /// `_odr` forms, `common`): a program linking several of them keeps one, the first.
    pub fn is_discardable_definition(self) -> bool {
        matches!(
            self,
            Linkage::Weak
                | Linkage::WeakOdr
                | Linkage::LinkOnce
                | Linkage::LinkOnceOdr
                | Linkage::Common
        )
    }
}

/// A global variable.
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalVar {
    /// Symbol name without `@`.
    pub name: Box<str>,
    /// The type of the stored value (the global itself is a `ptr`).
    pub value_ty: Type,
    /// Initial value; `None` for an external declaration.
    pub init: Option<Const>,
    /// `constant` rather than `global`.
    pub is_constant: bool,
    /// Linkage.
    pub linkage: Linkage,
    /// `align N`, if given.
    pub align: Option<u32>,
    /// `unnamed_addr` or `local_unnamed_addr` was given.
    pub unnamed_addr: bool,
    /// `thread_local`.
    pub thread_local: bool,
    /// `section "..."`, if given.
    pub section: Option<Box<str>>,
    /// Position in the `.ll` text.
    pub loc: SrcLoc,
}

/// An alias `@a = alias T, ptr @target`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Symbol name without `@`.
    pub name: Box<str>,
    /// The aliased value's type.
    pub value_ty: Type,
    /// The aliasee (a global address or constant expression on one).
    pub aliasee: Const,
    /// Linkage.
    pub linkage: Linkage,
    /// Position in the `.ll` text.
    pub loc: SrcLoc,
}

/// A module of IR.
#[derive(Clone, Debug, Default)]
pub struct Module {
    /// `; ModuleID = '...'` (the name used in messages).
    pub name: String,
    /// `source_filename = "..."`.
    pub source_filename: Option<String>,
    /// The file the text was read from (set by the reader): every [`SrcLoc`] is a line and
    /// column in it, so messages name this file rather than the C source in `source_filename`.
    pub source_path: Option<String>,
    /// `target triple = "..."`.
    pub triple: Option<String>,
    /// `target datalayout = "..."`.
    pub datalayout: Option<String>,
    /// The type table.
    pub types: Types,
    /// The constant arena (constants are interned: equal constants share an index).
    pub consts: PrimaryMap<Const, ConstData>,
    const_lookup: HashMap<ConstData, Const>,
    /// Global variables.
    pub globals: PrimaryMap<GlobalId, GlobalVar>,
    /// Functions (declarations and definitions).
    pub functions: PrimaryMap<FuncId, Function>,
    /// Aliases.
    pub aliases: PrimaryMap<AliasId, Alias>,
    /// Debug information (`!dbg` metadata), empty for modules without.
    pub debug: super::DebugInfo,
    symbols: HashMap<Box<str>, GlobalRef>,
}

/// Returned when a symbol name is already taken in a module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("symbol `@{0}` is defined more than once")]
pub struct DuplicateSymbol(pub String);

impl Module {
    /// The file that `line:col` locations in this module refer to: the `.ll` file it was
    /// read from, or the module name for modules built in memory.
    pub fn location_file(&self) -> &str {
        self.source_path.as_deref().unwrap_or(&self.name)
    }

    /// Removes all debug information (like LLVM's `StripDebugInfo`): the tables,
    /// instructions' locations, functions' subprograms, variable declarations.
    pub fn strip_debug_info(&mut self) {
        self.debug = super::DebugInfo::default();
        for f in self.functions.values_mut() {
            f.subprogram = None;
            if let Some(body) = f.body.as_mut() {
                body.debug_declares.clear();
                for inst in body.insts.values_mut() {
                    inst.dbg = None;
                }
            }
        }
    }

    /// A copy with every function's body left out (definitions keep their parameters and
    /// linkage), for a client that copies in the bodies it needs (a tiering engine's
    /// working copy of a large module): everything else is shared by index, so a body
    /// copied later from `self` is valid in the copy.
    pub fn clone_without_bodies(&self) -> Module {
        let mut functions = PrimaryMap::with_capacity(self.functions.len());
        for f in self.functions.values() {
            functions.push(Function {
                personality: f.personality,
                subprogram: f.subprogram,
                name: f.name.clone(),
                ty: f.ty,
                linkage: f.linkage,
                param_attrs: f.param_attrs.clone(),
                ret_attrs: f.ret_attrs.clone(),
                attrs: f.attrs.clone(),
                align: f.align,
                intrinsic: f.intrinsic,
                body: None,
                params: f.params.clone(),
                loc: f.loc,
            });
        }
        Module {
            name: self.name.clone(),
            source_filename: self.source_filename.clone(),
            source_path: self.source_path.clone(),
            triple: self.triple.clone(),
            datalayout: self.datalayout.clone(),
            types: self.types.clone(),
            consts: self.consts.clone(),
            const_lookup: self.const_lookup.clone(),
            globals: self.globals.clone(),
            functions,
            aliases: self.aliases.clone(),
            debug: self.debug.clone(),
            symbols: self.symbols.clone(),
        }
    }

    /// An empty module named `name`.
    pub fn new(name: &str) -> Self {
        Module {
            name: name.to_string(),
            ..Default::default()
        }
    }

    /// Interns a constant.
    pub fn constant(&mut self, ty: Type, kind: ConstKind) -> Const {
        let data = ConstData { ty, kind };
        if let Some(&c) = self.const_lookup.get(&data) {
            return c;
        }
        let c = self.consts.push(data.clone());
        self.const_lookup.insert(data, c);
        c
    }
    /// An integer constant; `value` is truncated to the type's width.
    pub fn const_int(&mut self, ty: Type, value: u128) -> Const {
        let bits = self.types.int_bits(ty).unwrap_or(128);
        if bits > 128 {
            return self.const_wide(ty, super::wideint::from_u128(value, bits));
        }
        let v = if bits >= 128 {
            value
        } else {
            value & ((1u128 << bits) - 1)
        };
        self.constant(ty, ConstKind::Int(v))
    }
    /// An integer constant of `ty` from little-endian 64-bit words (truncated or
    /// zero-extended to the width): a [`ConstKind::WideInt`] for types wider than 128 bits,
    /// a [`ConstKind::Int`] otherwise.
    pub fn const_wide(&mut self, ty: Type, words: Vec<u64>) -> Const {
        let bits = self.types.int_bits(ty).unwrap_or(128);
        if bits <= 128 {
            let lo = u128::from(words.first().copied().unwrap_or(0));
            let hi = u128::from(words.get(1).copied().unwrap_or(0));
            return self.const_int(ty, lo | (hi << 64));
        }
        let words = super::wideint::normalize(words, bits);
        self.constant(ty, ConstKind::WideInt(words.into()))
    }
    /// An `i32` constant.
    pub fn const_i32(&mut self, value: i32) -> Const {
        self.const_int(Type::I32, value as u32 as u128)
    }
    /// An `i64` constant.
    pub fn const_i64(&mut self, value: i64) -> Const {
        self.const_int(Type::I64, value as u64 as u128)
    }
    /// A `double` constant.
    pub fn const_f64(&mut self, value: f64) -> Const {
        self.constant(Type::F64, ConstKind::Float(value.to_bits()))
    }
    /// A `float` constant.
    pub fn const_f32(&mut self, value: f32) -> Const {
        self.constant(Type::F32, ConstKind::Float((value as f64).to_bits()))
    }
    /// `ptr null`.
    pub fn const_null(&mut self) -> Const {
        self.constant(Type::PTR, ConstKind::Null)
    }
    /// The address of a function, global or alias.
    pub fn const_addr(&mut self, r: GlobalRef) -> Const {
        self.constant(Type::PTR, ConstKind::GlobalAddr(r))
    }
    /// A `c"..."` byte array constant of type `[len x i8]`.
    pub fn const_bytes(&mut self, bytes: &[u8]) -> Const {
        let ty = self.types.array(Type::I8, bytes.len() as u64);
        self.constant(ty, ConstKind::Bytes(bytes.into()))
    }
    /// Changes what constant `c` stands for, keeping its index, and re-keys the interning
    /// table. For readers that must hand out a constant before knowing its value (the
    /// `.ll` reader uses it to resolve forward references to globals). `kind` should not
    /// already be interned under another index: equal constants would then have two.
    pub fn redefine_constant(&mut self, c: Const, kind: ConstKind) {
        let old = self.consts[c].clone();
        if self.const_lookup.get(&old) == Some(&c) {
            self.const_lookup.remove(&old);
        }
        self.consts[c].kind = kind;
        let new = self.consts[c].clone();
        self.const_lookup.entry(new).or_insert(c);
    }
    /// A constant's type and value.
    #[inline]
    pub fn const_data(&self, c: Const) -> &ConstData {
        &self.consts[c]
    }

    /// The value of an integer constant, or of a vector constant whose lanes are all the
    /// same integer (the form a struct index takes in a vector `getelementptr`, per
    /// LangRef); `zeroinitializer` is 0.
    pub fn int_or_splat(&self, c: Const) -> Option<u128> {
        match &self.consts[c].kind {
            ConstKind::Int(v) => Some(*v),
            ConstKind::Zero => Some(0),
            ConstKind::Aggregate(lanes) => {
                let first = self.int_or_splat(*lanes.first()?)?;
                lanes
                    .iter()
                    .all(|&l| self.int_or_splat(l) == Some(first))
                    .then_some(first)
            }
            _ => None,
        }
    }

    /// The function, global or alias named `name`.
    pub fn lookup(&self, name: &str) -> Option<GlobalRef> {
        self.symbols.get(name).copied()
    }
    /// The function named `name`.
    pub fn function_by_name(&self, name: &str) -> Option<FuncId> {
        match self.lookup(name)? {
            GlobalRef::Function(f) => Some(f),
            _ => None,
        }
    }
    /// The global variable named `name`.
    pub fn global_by_name(&self, name: &str) -> Option<GlobalId> {
        match self.lookup(name)? {
            GlobalRef::Global(g) => Some(g),
            _ => None,
        }
    }
    /// The symbol name of a module-level entity.
    pub fn symbol_name(&self, r: GlobalRef) -> &str {
        match r {
            GlobalRef::Function(f) => &self.functions[f].name,
            GlobalRef::Global(g) => &self.globals[g].name,
            GlobalRef::Alias(a) => &self.aliases[a].name,
        }
    }

    fn claim(&mut self, name: &str, r: GlobalRef) -> Result<(), DuplicateSymbol> {
        if self.symbols.contains_key(name) {
            return Err(DuplicateSymbol(name.to_string()));
        }
        self.symbols.insert(name.into(), r);
        Ok(())
    }

    /// Declares a function (no body yet). Its intrinsic kind is recognised from the name.
    pub fn declare_function(&mut self, name: &str, ty: Type) -> Result<FuncId, DuplicateSymbol> {
        let nparams = self.types.function_sig(ty).map_or(0, |(_, p, _)| p.len());
        let id = self.functions.next_key();
        self.claim(name, GlobalRef::Function(id))?;
        Ok(self.functions.push(Function {
            personality: None,
            subprogram: None,
            name: name.into(),
            ty,
            linkage: Linkage::External,
            param_attrs: vec![ParamAttrs::default(); nparams],
            ret_attrs: ParamAttrs::default(),
            attrs: FnAttrs::default(),
            align: None,
            intrinsic: Intrinsic::from_name(name),
            body: None,
            params: Vec::new(),
            loc: SrcLoc::default(),
        }))
    }

    /// Adds a global variable (a declaration while `init` is `None`).
    pub fn add_global(
        &mut self,
        name: &str,
        value_ty: Type,
        init: Option<Const>,
        is_constant: bool,
    ) -> Result<GlobalId, DuplicateSymbol> {
        let id = self.globals.next_key();
        self.claim(name, GlobalRef::Global(id))?;
        Ok(self.globals.push(GlobalVar {
            name: name.into(),
            value_ty,
            init,
            is_constant,
            linkage: Linkage::External,
            align: None,
            unnamed_addr: false,
            thread_local: false,
            section: None,
            loc: SrcLoc::default(),
        }))
    }

    /// Adds an alias.
    pub fn add_alias(
        &mut self,
        name: &str,
        value_ty: Type,
        aliasee: Const,
        linkage: Linkage,
    ) -> Result<AliasId, DuplicateSymbol> {
        let id = self.aliases.next_key();
        self.claim(name, GlobalRef::Alias(id))?;
        Ok(self.aliases.push(Alias {
            name: name.into(),
            value_ty,
            aliasee,
            linkage,
            loc: SrcLoc::default(),
        }))
    }

    /// Renames a function, global or alias (the module linker uses it to move a local
    /// symbol out of the way of an incoming external one). Fails, changing nothing, when
    /// `new_name` is taken. A function's intrinsic kind follows its new name.
    pub fn rename(&mut self, r: GlobalRef, new_name: &str) -> Result<(), DuplicateSymbol> {
        if self.symbols.contains_key(new_name) {
            return Err(DuplicateSymbol(new_name.to_string()));
        }
        let old: Box<str> = self.symbol_name(r).into();
        if self.symbols.get(&old) == Some(&r) {
            self.symbols.remove(&old);
        }
        self.symbols.insert(new_name.into(), r);
        match r {
            GlobalRef::Function(f) => {
                self.functions[f].name = new_name.into();
                self.functions[f].intrinsic = Intrinsic::from_name(new_name);
            }
            GlobalRef::Global(g) => self.globals[g].name = new_name.into(),
            GlobalRef::Alias(a) => self.aliases[a].name = new_name.into(),
        }
        Ok(())
    }

    /// Number of module-level symbols (functions, globals, aliases).
    pub fn symbol_count(&self) -> usize {
        self.symbols.len()
    }

    /// The functions registered in `@llvm.global_ctors` (or `_dtors` when `destructors`), in
    /// the order a native program runs them: constructors by ascending priority (array order
    /// for equal priorities), destructors in exactly the reverse order (descending priority,
    /// later entries first), as the ELF `.init_array`/`.fini_array` sections run.
    pub fn static_initializers(&self, destructors: bool) -> Vec<GlobalRef> {
        structor_order(vec![self.structors(destructors)], destructors)
    }

    /// The entries of `@llvm.global_ctors` (or `_dtors` when `destructors`) as (priority,
    /// function), in array order. Engines running several modules merge the lists of all
    /// of them with [`structor_order`].
    pub fn structors(&self, destructors: bool) -> Vec<(u32, GlobalRef)> {
        let name = if destructors {
            "llvm.global_dtors"
        } else {
            "llvm.global_ctors"
        };
        let Some(g) = self.global_by_name(name) else {
            return Vec::new();
        };
        let Some(init) = self.globals[g].init else {
            return Vec::new();
        };
        let ConstKind::Aggregate(entries) = &self.consts[init].kind else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for &e in entries.iter() {
            let ConstKind::Aggregate(fields) = &self.consts[e].kind else {
                continue;
            };
            let (Some(&prio), Some(&func)) = (fields.first(), fields.get(1)) else {
                continue;
            };
            let ConstKind::Int(p) = self.consts[prio].kind else {
                continue;
            };
            if let Some(r) = self.strip_to_global(func) {
                out.push((u32::try_from(p).unwrap_or(u32::MAX), r));
            }
        }
        out
    }

    /// The global a constant points at, looking through casts (as in `ptr @f` or a bitcast).
    pub fn strip_to_global(&self, c: Const) -> Option<GlobalRef> {
        match &self.consts[c].kind {
            ConstKind::GlobalAddr(r) => Some(*r),
            ConstKind::Expr(super::constant::ConstExpr::Cast { value, .. }) => {
                self.strip_to_global(*value)
            }
            _ => None,
        }
    }

    /// The return type of a function.
    pub fn return_type(&self, f: FuncId) -> Type {
        self.types
            .function_sig(self.functions[f].ty)
            .map_or(Type::VOID, |(r, _, _)| r)
    }

    /// True when the type's data is well formed for a value (not void, label, function).
    pub fn is_first_class(&self, t: Type) -> bool {
        !matches!(
            self.types.data(t),
            TypeData::Void | TypeData::Label | TypeData::Function { .. } | TypeData::Metadata
        )
    }
}

/// The order to run constructors (or destructors, when `destructors`) registered by several
/// modules or objects, given each one's `(priority, entry)` list in array order and the
/// lists in the order the modules were added: what a static linker's sorted
/// `.init_array`/`.fini_array` does. Constructors run by ascending priority, the same
/// priority in module order then array order; destructors in exactly the reverse order.
pub fn structor_order<T>(lists: Vec<Vec<(u32, T)>>, destructors: bool) -> Vec<T> {
    let mut all: Vec<(u32, T)> = lists.into_iter().flatten().collect();
    // Stable: equal priorities keep module and array order.
    all.sort_by_key(|(p, _)| *p);
    if destructors {
        all.reverse();
    }
    all.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use crate::printer::print_module;
    use crate::reader::parse_module;

    #[test]
    fn a_copy_without_bodies_takes_the_bodies_back() {
        let text = "@g = internal global i32 7\n\
                    define internal i32 @f(i32 %x) {\n  %v = load i32, ptr @g\n  \
                    %r = add i32 %x, %v\n  ret i32 %r\n}\n\
                    define i32 @h() {\n  %r = call i32 @f(i32 1)\n  ret i32 %r\n}\n";
        let m = parse_module(text, "m.ll").unwrap();
        let mut shell = m.clone_without_bodies();
        assert!(shell.functions.values().all(|f| f.body.is_none()));
        assert_eq!(shell.functions.len(), m.functions.len());
        assert_eq!(shell.lookup("f"), m.lookup("f"));
        for (f, func) in m.functions.iter() {
            shell.functions[f].body = func.body.clone();
        }
        assert_eq!(print_module(&shell), print_module(&m));
    }
}
