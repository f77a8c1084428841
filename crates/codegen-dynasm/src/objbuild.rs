//! ISA-independent parts of turning a module into a [`CompiledObject`]: the symbol table
//! (defined functions and globals, undefined declarations, libc helpers), the data sections
//! (`.data`, `.rodata`, `.bss`) laid out per the module's data layout with `Abs64`/`Pc32`
//! relocations for addresses in initializers, aliases, and the final assembly of the object
//! from a backend's `.text` bytes and relocations.
//!
//! Used by both backends. Which of the module's functions and globals the object defines is
//! a [`Scope`]: the whole module (`Backend::compile`), or only some functions, for code that
//! replaces theirs in an object already loaded (`Backend::compile_functions`, tier-up).

use std::collections::HashMap;

use jit_core::DataLayout;
use jit_core::backend::{CodegenError, TIER_COUNTERS_SYMBOL};
use jit_core::ir::{
    Block, ConstKind, FuncId, GlobalId, GlobalRef, Linkage, Module, Type, TypeData,
};
use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SectionIndex,
    SymbolIndex, SymbolKind,
};
use jit_core::target::Arch;

use crate::x64::consts::{CVal, eval, float_bits};

/// The `.text` section is always section 0; `.data`, `.rodata`, `.bss` follow.
pub const TEXT: SectionIndex = SectionIndex(0);

/// Which functions and globals of a module an object defines.
#[derive(Copy, Clone, Debug)]
pub struct Scope<'a>(Option<&'a [FuncId]>);

impl<'a> Scope<'a> {
    /// Every function with code and every global with an initializer (aliases of them
    /// included): a whole-module object.
    pub const MODULE: Scope<'static> = Scope(None);

    /// Only `functions`; every other function, every global variable and every alias of `m`
    /// is left undefined, so references to them are relocations against undefined symbols
    /// of their IR names (internal and private ones too), resolved by whoever loads the
    /// object. Refused ([`CodegenError::Unsupported`]) for an id that is not a function of
    /// `m` with code, and for a function whose blocks have their address taken: code and data
    /// elsewhere hold addresses into its old body, which new code cannot honour.
    pub fn functions(m: &Module, functions: &'a [FuncId]) -> Result<Self, CodegenError> {
        let refuse = |function: String, loc: String, message: String| CodegenError::Unsupported {
            function,
            location: format!("{}:{loc}", file_of(m)),
            message,
        };
        let mut listed = vec![false; m.functions.len()];
        for &f in functions {
            let Some(func) = m.functions.get(f) else {
                return Err(refuse(
                    String::new(),
                    jit_core::ir::SrcLoc::default().to_string(),
                    format!(
                        "function #{} is not in module `{}` ({} functions)",
                        f.as_u32(),
                        m.name,
                        m.functions.len()
                    ),
                ));
            };
            if !is_emitted_function(func) {
                return Err(refuse(
                    func.name.to_string(),
                    func.loc.to_string(),
                    "not a defined function: only functions with code in this module can be \
                     compiled alone"
                        .into(),
                ));
            }
            listed[f.as_u32() as usize] = true;
        }
        for data in m.consts.values() {
            if let ConstKind::BlockAddress { func, .. } = data.kind
                && listed.get(func.as_u32() as usize) == Some(&true)
            {
                return Err(refuse(
                    m.functions[func].name.to_string(),
                    m.functions[func].loc.to_string(),
                    "the address of a block of this function is taken (blockaddress): its \
                     code cannot be replaced"
                        .into(),
                ));
            }
        }
        Ok(Scope(Some(functions)))
    }

    /// Whether the object holds the module's global data (and its aliases).
    fn defines_globals(&self) -> bool {
        self.0.is_none()
    }

    /// Makes the module's vector and wide-integer code legal for the backends: all of it for
    /// a whole module, only the listed functions' otherwise (so a partial compile costs what
    /// its functions cost).
    /// The functions `keep` names keep their vector code (the backend compiles it).
    pub fn legalize<'m>(
        &self,
        m: &'m Module,
        keep: jit_legalize::KeepVectors<'_>,
    ) -> Result<std::borrow::Cow<'m, Module>, jit_legalize::LegalizeError> {
        match self.0 {
            Some(functions) => jit_legalize::legalize_functions_keeping(m, functions, keep),
            None => jit_legalize::legalize_keeping(m, keep),
        }
    }
}

/// Symbols of the module being compiled.
pub struct SymbolTable {
    funcs: Vec<Option<SymbolIndex>>,
    globals: Vec<Option<SymbolIndex>>,
    externals: HashMap<&'static str, SymbolIndex>,
    section_syms: HashMap<SectionIndex, SymbolIndex>,
    /// Whether the module's globals and aliases are defined here (see [`Scope`]).
    defines_globals: bool,
    /// Symbols of the object.
    pub list: Vec<ObjSymbol>,
}

impl SymbolTable {
    /// Defined symbols for every function with code in `scope` (in `.text`, offsets set
    /// later) and, for a whole module, every emitted global (sections and offsets set by
    /// [`lay_out_globals`]). Everything else becomes an undefined symbol on first use.
    pub fn new(m: &Module, scope: Scope<'_>) -> Self {
        let mut t = SymbolTable {
            funcs: vec![None; m.functions.len()],
            globals: vec![None; m.globals.len()],
            externals: HashMap::new(),
            section_syms: HashMap::new(),
            defines_globals: scope.defines_globals(),
            list: Vec::new(),
        };
        let all: Vec<FuncId>;
        let defined = match scope.0 {
            Some(list) => list,
            None => {
                all = m.functions.keys().collect();
                &all
            }
        };
        for &f in defined {
            let func = &m.functions[f];
            if is_emitted_function(func) && t.funcs[f.as_u32() as usize].is_none() {
                let s = t.add(ObjSymbol {
                    name: func.name.to_string(),
                    section: Some(TEXT),
                    offset: 0,
                    size: 0,
                    kind: SymbolKind::Function,
                    binding: binding_of(func.linkage),
                });
                t.funcs[f.as_u32() as usize] = Some(s);
            }
        }
        if t.defines_globals {
            for (g, gv) in m.globals.iter() {
                if is_emitted_global(m, g) {
                    let s = t.add(ObjSymbol {
                        name: gv.name.to_string(),
                        section: Some(SectionIndex(1)),
                        offset: 0,
                        size: 0,
                        kind: SymbolKind::Data,
                        binding: binding_of(gv.linkage),
                    });
                    t.globals[g.as_u32() as usize] = Some(s);
                }
            }
        }
        t
    }

    /// Defines [`TIER_COUNTERS_SYMBOL`], a local array of `count` little-endian `u32`s,
    /// each `start`, at the end of `.data` (see `CodegenOptions::tier_counters`).
    pub fn define_tier_counters(
        &mut self,
        data: &mut DataSections,
        count: usize,
        start: u32,
    ) -> SymbolIndex {
        let bytes: Vec<u8> = std::iter::repeat_n(start.to_le_bytes(), count)
            .flatten()
            .collect();
        let offset = data[DATA].append(&bytes, 4);
        self.add(ObjSymbol {
            name: TIER_COUNTERS_SYMBOL.to_string(),
            section: Some(SectionIndex(1 + DATA as u32)),
            offset,
            size: bytes.len() as u64,
            kind: SymbolKind::Data,
            binding: Binding::Local,
        })
    }

    fn add(&mut self, sym: ObjSymbol) -> SymbolIndex {
        self.list.push(sym);
        SymbolIndex(self.list.len() as u32 - 1)
    }

    /// The symbol of a function with code in this object (`None` when it has none here,
    /// even if it is named as an undefined symbol).
    pub fn function(&self, f: FuncId) -> Option<SymbolIndex> {
        self.funcs[f.as_u32() as usize].filter(|&s| self.is_defined(s))
    }

    /// Sets where a function's code is.
    pub fn place(&mut self, s: SymbolIndex, offset: u64, size: u64) {
        let sym = &mut self.list[s.0 as usize];
        sym.offset = offset;
        sym.size = size;
    }

    /// The symbol of a function or global (created undefined on first use for declarations);
    /// `None` for intrinsics and aliases (resolve aliases through [`eval`]).
    pub fn of(&mut self, m: &Module, r: GlobalRef) -> Option<SymbolIndex> {
        let (slot, name, kind, linkage) = match r {
            GlobalRef::Function(f) => {
                let func = &m.functions[f];
                if func.intrinsic.is_some() || func.name.starts_with("llvm.") {
                    return None;
                }
                (
                    &mut self.funcs[f.as_u32() as usize],
                    &func.name,
                    SymbolKind::Function,
                    func.linkage,
                )
            }
            GlobalRef::Global(g) => {
                let gv = &m.globals[g];
                (
                    &mut self.globals[g.as_u32() as usize],
                    &gv.name,
                    SymbolKind::Data,
                    gv.linkage,
                )
            }
            GlobalRef::Alias(_) => return None,
        };
        if let Some(s) = *slot {
            return Some(s);
        }
        let binding = if linkage == Linkage::ExternWeak {
            Binding::Weak
        } else {
            Binding::Global
        };
        self.list.push(ObjSymbol {
            name: name.to_string(),
            section: None,
            offset: 0,
            size: 0,
            kind,
            binding,
        });
        let s = SymbolIndex(self.list.len() as u32 - 1);
        *slot = Some(s);
        Some(s)
    }

    /// An anonymous local symbol at the start of `section` (an ELF section symbol), for
    /// references into code and tables that have no name.
    pub fn section_symbol(&mut self, section: SectionIndex) -> SymbolIndex {
        if let Some(&s) = self.section_syms.get(&section) {
            return s;
        }
        let s = self.add(ObjSymbol {
            name: String::new(),
            section: Some(section),
            offset: 0,
            size: 0,
            kind: SymbolKind::Unknown,
            binding: Binding::Local,
        });
        self.section_syms.insert(section, s);
        s
    }

    /// True when the symbol is defined in this object (so a PC-relative address reaches it).
    pub fn is_defined(&self, s: SymbolIndex) -> bool {
        self.list[s.0 as usize].section.is_some()
    }

    /// A libc/libm/compiler-rt function called by lowered code (`memcpy`, `fmod`, ...).
    pub fn external(&mut self, m: &Module, name: &'static str) -> SymbolIndex {
        if let Some(f) = m.function_by_name(name)
            && let Some(s) = self.of(m, GlobalRef::Function(f))
        {
            return s;
        }
        if let Some(&s) = self.externals.get(name) {
            return s;
        }
        let s = self.add(ObjSymbol {
            name: name.to_string(),
            section: None,
            offset: 0,
            size: 0,
            kind: SymbolKind::Function,
            binding: Binding::Global,
        });
        self.externals.insert(name, s);
        s
    }

    /// Aliases become symbols at their aliasee's place when it is defined here. Code that
    /// replaces some functions defines no alias (references to aliases go to their
    /// aliasees, see [`eval`]).
    pub fn define_aliases(&mut self, m: &Module, dl: &DataLayout) {
        if !self.defines_globals {
            return;
        }
        for (_, a) in m.aliases.iter() {
            let Ok(CVal::Sym(r, off)) = eval(m, dl, a.aliasee) else {
                continue;
            };
            let Some(s) = self.of(m, r) else {
                continue;
            };
            let target = self.list[s.0 as usize].clone();
            if target.section.is_none() {
                continue;
            }
            self.add(ObjSymbol {
                name: a.name.to_string(),
                section: target.section,
                offset: target.offset.wrapping_add(off as u64),
                size: target.size,
                kind: target.kind,
                binding: binding_of(a.linkage),
            });
        }
    }
}

/// The object binding of an IR linkage.
pub fn binding_of(l: Linkage) -> Binding {
    match l {
        Linkage::Internal | Linkage::Private => Binding::Local,
        Linkage::Weak
        | Linkage::WeakOdr
        | Linkage::LinkOnce
        | Linkage::LinkOnceOdr
        | Linkage::Common
        | Linkage::ExternWeak => Binding::Weak,
        _ => Binding::Global,
    }
}

/// Functions with code in this object: bodies that are not intrinsics and not
/// `available_externally` (whose definition lives elsewhere; calls go there).
pub fn is_emitted_function(func: &jit_core::ir::Function) -> bool {
    func.body.is_some() && func.intrinsic.is_none() && func.linkage != Linkage::AvailableExternally
}

fn is_emitted_global(m: &Module, g: GlobalId) -> bool {
    let gv = &m.globals[g];
    gv.init.is_some() && gv.linkage != Linkage::AvailableExternally && !gv.name.starts_with("llvm.")
}

/// Size and alignment of the thread-local variable `@g` whose address `op` is: the
/// arguments besides `@g` of the `__jit_tls_address(@g, size, align)` call that
/// `llvm.threadlocal.address(@g)` becomes (emulated TLS; see jit-mcjit's `tls.rs`).
pub fn thread_local_layout(
    m: &Module,
    dl: &DataLayout,
    op: jit_core::ir::Operand,
) -> Result<(u64, u64), String> {
    let jit_core::ir::Operand::Const(c) = op else {
        return Err("llvm.threadlocal.address of a value that is not a global".into());
    };
    let ConstKind::GlobalAddr(GlobalRef::Global(g)) = m.const_data(c).kind else {
        return Err("llvm.threadlocal.address of a constant that is not a global variable".into());
    };
    let gv = &m.globals[g];
    let size = dl.alloc_size(&m.types, gv.value_ty).max(1);
    let align = u64::from(gv.align.unwrap_or(0))
        .max(dl.abi_align(&m.types, gv.value_ty))
        .max(1);
    Ok((size, align))
}

/// The runtime function that gives JIT code a thread's copy of a thread-local variable.
pub const TLS_ADDRESS_FN: &str = "__jit_tls_address";

/// `file` part of `file:line:col` locations.
pub fn file_of(m: &Module) -> &str {
    m.location_file()
}

/// One data section being filled.
pub struct DataSection {
    name: &'static str,
    kind: SectionKind,
    align: u64,
    data: Vec<u8>,
    size: u64,
    pub(crate) relocs: Vec<(u64, SymbolIndex, i64, RelocKind)>,
    /// Relocations (indices in `relocs`) against a function whose addend still lacks the
    /// offset of a block in it (see [`crate::blockaddr`]).
    pub(crate) block_relocs: Vec<(usize, FuncId, Block)>,
    /// Distances between two blocks of a function (`&&a - &&b + off`) to write at
    /// (offset, size) once the function is assembled.
    pub(crate) block_diffs: Vec<BlockDiffPatch>,
}

/// A block distance to write into data once known (see [`DataSection`]).
#[derive(Copy, Clone, Debug)]
pub(crate) struct BlockDiffPatch {
    pub(crate) offset: u64,
    pub(crate) size: u64,
    pub(crate) func: FuncId,
    pub(crate) plus: Block,
    pub(crate) minus: Block,
    pub(crate) addend: i64,
}

impl DataSection {
    /// The bytes of the section (`.bss` has none).
    pub(crate) fn data_mut(&mut self) -> &mut [u8] {
        &mut self.data
    }
}

impl DataSection {
    /// Current size in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends `bytes` at the next multiple of `align`; returns their offset.
    pub fn append(&mut self, bytes: &[u8], align: u64) -> u64 {
        let off = self.size.next_multiple_of(align);
        self.align = self.align.max(align);
        self.data.resize(off as usize, 0);
        self.data.extend_from_slice(bytes);
        self.size = off + bytes.len() as u64;
        off
    }

    /// Adds a relocation at `offset` in this section.
    pub fn add_reloc(&mut self, offset: u64, symbol: SymbolIndex, addend: i64, kind: RelocKind) {
        self.relocs.push((offset, symbol, addend, kind));
    }
}

/// Index of `.data` in [`DataSections`].
pub const DATA: usize = 0;

/// Index of `.rodata` in [`DataSections`].
pub const RODATA: usize = 1;

/// `.data`, `.rodata`, `.bss`, in section order 1, 2, 3.
pub type DataSections = [DataSection; 3];

/// Lays every global the object defines out into `.data`, `.rodata` or `.bss` and sets its
/// symbol (none when only some functions are compiled: the sections start empty).
pub fn lay_out_globals(
    m: &Module,
    dl: &DataLayout,
    syms: &mut SymbolTable,
) -> Result<DataSections, CodegenError> {
    let sec = |name, kind| DataSection {
        name,
        kind,
        align: 1,
        data: Vec::new(),
        size: 0,
        relocs: Vec::new(),
        block_relocs: Vec::new(),
        block_diffs: Vec::new(),
    };
    let mut secs = [
        sec(".data", SectionKind::ReadWrite),
        sec(".rodata", SectionKind::ReadOnly),
        sec(".bss", SectionKind::ReadWrite),
    ];
    for (g, gv) in m.globals.iter() {
        if !syms.defines_globals || !is_emitted_global(m, g) {
            continue;
        }
        let Some(init) = gv.init else { continue };
        let ty = gv.value_ty;
        let size = dl.alloc_size(&m.types, ty).max(1);
        let align = u64::from(gv.align.unwrap_or(0))
            .max(dl.abi_align(&m.types, ty))
            .max(1);
        let zero = matches!(
            m.const_data(init).kind,
            ConstKind::Zero | ConstKind::Null | ConstKind::Undef | ConstKind::Poison
        ) || matches!(m.const_data(init).kind, ConstKind::Int(0));
        let which = if gv.is_constant {
            1
        } else if zero {
            2
        } else {
            0
        };
        let sec = &mut secs[which];
        sec.align = sec.align.max(align);
        let off = sec.size.next_multiple_of(align);
        sec.size = off + size;
        if which != 2 {
            sec.data.resize(sec.size as usize, 0);
            let mut w = InitWriter {
                m,
                dl,
                syms: &mut *syms,
                relocs: &mut sec.relocs,
                block_relocs: &mut sec.block_relocs,
                block_diffs: &mut sec.block_diffs,
                this: (g, off),
            };
            w.write(&mut sec.data, off, init, ty)
                .map_err(|msg| CodegenError::Unsupported {
                    function: gv.name.to_string(),
                    location: format!("{}:{}", file_of(m), gv.loc),
                    message: format!("initializer of global: {msg}"),
                })?;
        }
        let s = syms.globals[g.as_u32() as usize].expect("defined in SymbolTable::new");
        let sym = &mut syms.list[s.0 as usize];
        sym.section = Some(SectionIndex(1 + which as u32));
        sym.offset = off;
        sym.size = size;
    }
    Ok(secs)
}

/// A relocation in `.text`.
#[derive(Copy, Clone, Debug)]
pub struct TextReloc {
    /// Offset of the patched instruction or field.
    pub offset: u64,
    /// Kind.
    pub kind: RelocKind,
    /// Target symbol.
    pub symbol: SymbolIndex,
    /// Addend.
    pub addend: i64,
}

/// Assembles the object: `.text` (section 0), then the data sections, the relocations and
/// the symbols.
pub fn assemble(
    arch: Arch,
    name: &str,
    code: Vec<u8>,
    text_relocs: &[TextReloc],
    data: DataSections,
    syms: SymbolTable,
) -> CompiledObject {
    let mut obj = CompiledObject::new(arch, name);
    let text_len = code.len() as u64;
    obj.add_section(ObjSection {
        name: ".text".into(),
        kind: SectionKind::Code,
        align: 16,
        data: code,
        size: text_len,
    });
    for r in text_relocs {
        obj.relocations.push(Relocation {
            section: TEXT,
            offset: r.offset,
            kind: r.kind,
            symbol: r.symbol,
            addend: r.addend,
        });
    }
    for (i, d) in data.into_iter().enumerate() {
        for (offset, symbol, addend, kind) in d.relocs {
            obj.relocations.push(Relocation {
                section: SectionIndex(1 + i as u32),
                offset,
                kind,
                symbol,
                addend,
            });
        }
        let bytes = if d.name == ".bss" { Vec::new() } else { d.data };
        obj.add_section(ObjSection {
            name: d.name.into(),
            kind: d.kind,
            align: d.align,
            data: bytes,
            size: d.size,
        });
    }
    obj.symbols = syms.list;
    obj
}

/// Writes global initializers: bytes plus relocations for addresses.
struct InitWriter<'a, 'b> {
    m: &'a Module,
    dl: &'a DataLayout,
    syms: &'b mut SymbolTable,
    relocs: &'b mut Vec<(u64, SymbolIndex, i64, RelocKind)>,
    block_relocs: &'b mut Vec<(usize, FuncId, Block)>,
    block_diffs: &'b mut Vec<BlockDiffPatch>,
    /// The global being written and its offset in its section.
    this: (GlobalId, u64),
}

impl InitWriter<'_, '_> {
    /// Writes the bytes of constant `c` of type `ty` at `buf[off..]`.
    fn write(
        &mut self,
        buf: &mut [u8],
        off: u64,
        c: jit_core::ir::Const,
        ty: Type,
    ) -> Result<(), String> {
        let (m, dl) = (self.m, self.dl);
        let data = m.const_data(c);
        let put = |buf: &mut [u8], v: u128, n: u64| {
            let bytes = v.to_le_bytes();
            let n = n.min(16) as usize;
            buf[off as usize..off as usize + n].copy_from_slice(&bytes[..n]);
        };
        match &data.kind {
            ConstKind::Null | ConstKind::Undef | ConstKind::Poison | ConstKind::Zero => Ok(()),
            ConstKind::Int(v) => {
                put(buf, *v, dl.store_size(&m.types, ty));
                Ok(())
            }
            ConstKind::Float(b) => {
                put(buf, float_bits(m, ty, *b), dl.store_size(&m.types, ty));
                Ok(())
            }
            ConstKind::WideInt(words) => {
                let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
                let n = (dl.store_size(&m.types, ty) as usize)
                    .min(bytes.len())
                    .min(buf.len().saturating_sub(off as usize));
                buf[off as usize..off as usize + n].copy_from_slice(&bytes[..n]);
                Ok(())
            }
            ConstKind::WideFloat(b) => {
                put(buf, *b, dl.store_size(&m.types, ty));
                Ok(())
            }
            ConstKind::Bytes(b) => {
                let n = b.len().min(buf.len() - off as usize);
                buf[off as usize..off as usize + n].copy_from_slice(&b[..n]);
                Ok(())
            }
            ConstKind::Aggregate(elems) => {
                match m.types.data(ty) {
                    TypeData::Struct { .. } | TypeData::Named(_) => {
                        let layout = dl.struct_layout(&m.types, ty);
                        let fields = m
                            .types
                            .struct_fields(ty)
                            .map(|(f, _)| f.to_vec())
                            .unwrap_or_default();
                        for ((e, f), o) in elems.iter().zip(fields).zip(layout.offsets) {
                            self.write(buf, off + o, *e, f)?;
                        }
                    }
                    TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                        let sz = dl.alloc_size(&m.types, *elem);
                        for (i, e) in elems.iter().enumerate() {
                            self.write(buf, off + i as u64 * sz, *e, *elem)?;
                        }
                    }
                    _ => return Err("aggregate constant of a scalar type".into()),
                }
                Ok(())
            }
            ConstKind::InlineAsm(_) => Err("inline asm used as a data constant".into()),
            ConstKind::GlobalAddr(_) | ConstKind::Expr(_) | ConstKind::BlockAddress { .. } => {
                match eval(m, dl, c) {
                    Ok(CVal::Bits(v)) => {
                        put(buf, v, dl.store_size(&m.types, ty));
                        Ok(())
                    }
                    Ok(CVal::Sym(r, addend)) => {
                        if dl.store_size(&m.types, ty) != 8 {
                            return Err("symbol address stored in fewer than 8 bytes".into());
                        }
                        let s = self.syms.of(m, r).ok_or("address of an intrinsic")?;
                        self.relocs.push((off, s, addend, RelocKind::Abs64));
                        Ok(())
                    }
                    Ok(CVal::Block(f, b, addend)) => {
                        if dl.store_size(&m.types, ty) != 8 {
                            return Err("block address stored in fewer than 8 bytes".into());
                        }
                        let s = crate::blockaddr::function_symbol(self.syms, f)?;
                        self.block_relocs.push((self.relocs.len(), f, b));
                        self.relocs.push((off, s, addend, RelocKind::Abs64));
                        Ok(())
                    }
                    Ok(CVal::BlockDiff(func, plus, minus, addend)) => {
                        let size = dl.store_size(&m.types, ty);
                        if size > 8 {
                            return Err("block address difference wider than 8 bytes".into());
                        }
                        crate::blockaddr::function_symbol(self.syms, func)?;
                        self.block_diffs.push(BlockDiffPatch {
                            offset: off,
                            size,
                            func,
                            plus,
                            minus,
                            addend,
                        });
                        Ok(())
                    }
                    Err(e) => self.relative(off, c, ty).ok_or(e),
                }
            }
        }
    }

    /// `trunc (sub (ptrtoint @a), (ptrtoint @this)) to i32` (relative lookup tables): a
    /// `Pc32` relocation against `@a` (`R_AARCH64_PREL32` / `R_X86_64_PC32`).
    fn relative(&mut self, off: u64, c: jit_core::ir::Const, ty: Type) -> Option<()> {
        use jit_core::ir::{BinaryOp, CastOp, ConstExpr};
        let m = self.m;
        if self.dl.store_size(&m.types, ty) != 4 {
            return None;
        }
        let ConstKind::Expr(ConstExpr::Cast {
            op: CastOp::Trunc,
            value,
        }) = &m.const_data(c).kind
        else {
            return None;
        };
        let ConstKind::Expr(ConstExpr::Binary {
            op: BinaryOp::Sub,
            lhs,
            rhs,
        }) = &m.const_data(*value).kind
        else {
            return None;
        };
        let (CVal::Sym(a, oa), CVal::Sym(GlobalRef::Global(b), ob)) =
            (eval(m, self.dl, *lhs).ok()?, eval(m, self.dl, *rhs).ok()?)
        else {
            return None;
        };
        if b != self.this.0 {
            return None;
        }
        // value = A + oa - (this + ob) = A + oa - P + (P - this) - ob
        let s = self.syms.of(m, a)?;
        let place_in_global = (off - self.this.1) as i64;
        self.relocs
            .push((off, s, oa - ob + place_in_global, RelocKind::Pc32));
        Some(())
    }
}
