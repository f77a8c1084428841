//! The x86-64 (System V) backend: module-level driver. Lays out globals into `.data`,
//! `.rodata` and `.bss`, lowers every defined function into one `.text` section (see
//! [`lower`]), and names everything with symbols and relocations.

#![allow(
    clippy::useless_conversion,
    reason = "dynasm! expands dynamic register operands with `.into()`"
)]

pub mod abi;
pub mod consts;
pub mod emit;
#[cfg(test)]
mod emit_tests;
pub mod lower;

use std::collections::HashMap;

use jit_core::DataLayout;
use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::ir::{ConstKind, GlobalId, GlobalRef, Linkage, Module, Type, TypeData};
use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SectionIndex,
    SymbolIndex, SymbolKind,
};
use jit_core::target::Arch;

use consts::{CVal, eval, float_bits};
use emit::Asm;

/// The data layout clang uses for x86-64 Linux, assumed when a module has none.
pub const X86_64_DATALAYOUT: &str =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

/// The x86-64 code generator (System V ABI, position-independent code).
#[derive(Clone, Copy, Debug, Default)]
pub struct X64Backend;

impl X64Backend {
    /// A backend.
    pub fn new() -> Self {
        X64Backend
    }
}

impl Backend for X64Backend {
    fn arch(&self) -> Arch {
        Arch::X86_64
    }

    fn compile(
        &self,
        module: &Module,
        options: &CodegenOptions,
    ) -> Result<CompiledObject, CodegenError> {
        if let Some(arch) = module.triple.as_deref().and_then(Arch::from_triple)
            && arch != Arch::X86_64
        {
            return Err(CodegenError::WrongTarget {
                module: module.name.clone(),
                module_arch: arch,
                backend_arch: Arch::X86_64,
            });
        }
        let dl = DataLayout::parse(module.datalayout.as_deref().unwrap_or(X86_64_DATALAYOUT))
            .map_err(|e| CodegenError::Limit(format!("module `{}`: {e}", module.name)))?;
        // Vector operations become per-lane scalar code (shared with the AArch64 backend).
        let legal = jit_legalize::legalize(module)?;
        let mut cx = ModuleCx::new(&legal, dl);
        cx.define_symbols();
        cx.lay_out_globals()?;
        let (text, fixups) = cx.lower_functions(options)?;
        cx.finish(text, fixups)
    }
}

/// Symbols of the module being compiled, shared with the function lowering.
pub struct Symbols {
    funcs: Vec<Option<SymbolIndex>>,
    globals: Vec<Option<SymbolIndex>>,
    externals: HashMap<&'static str, SymbolIndex>,
    /// Symbols of the object.
    pub list: Vec<ObjSymbol>,
}

impl Symbols {
    fn add(&mut self, sym: ObjSymbol) -> SymbolIndex {
        self.list.push(sym);
        SymbolIndex(self.list.len() as u32 - 1)
    }

    /// The symbol of a function or global (created undefined on first use for declarations);
    /// `None` for intrinsics and aliases (resolve aliases through [`consts::eval`]).
    pub fn of(&mut self, m: &Module, r: GlobalRef) -> Option<SymbolIndex> {
        let (slot, name, kind, weak) = match r {
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
        let binding = if weak == Linkage::ExternWeak {
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

    /// True when the symbol is defined in this object (so `lea [rip+sym]` reaches it).
    pub fn is_defined(&self, s: SymbolIndex) -> bool {
        self.list[s.0 as usize].section.is_some()
    }

    /// A libc/libm function called by lowered code (`memcpy`, `fmod`, ...).
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
}

fn binding_of(l: Linkage) -> Binding {
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

const TEXT: SectionIndex = SectionIndex(0);

struct DataSection {
    name: &'static str,
    kind: SectionKind,
    align: u64,
    data: Vec<u8>,
    size: u64,
    relocs: Vec<(u64, SymbolIndex, i64, RelocKind)>,
}

struct ModuleCx<'m> {
    m: &'m Module,
    dl: DataLayout,
    syms: Symbols,
    /// .data, .rodata, .bss
    data: [DataSection; 3],
}

impl<'m> ModuleCx<'m> {
    fn new(m: &'m Module, dl: DataLayout) -> Self {
        let sec = |name, kind| DataSection {
            name,
            kind,
            align: 1,
            data: Vec::new(),
            size: 0,
            relocs: Vec::new(),
        };
        ModuleCx {
            m,
            dl,
            syms: Symbols {
                funcs: vec![None; m.functions.len()],
                globals: vec![None; m.globals.len()],
                externals: HashMap::new(),
                list: Vec::new(),
            },
            data: [
                sec(".data", SectionKind::ReadWrite),
                sec(".rodata", SectionKind::ReadOnly),
                sec(".bss", SectionKind::ReadWrite),
            ],
        }
    }

    fn is_emitted_global(&self, g: GlobalId) -> bool {
        let gv = &self.m.globals[g];
        gv.init.is_some()
            && gv.linkage != Linkage::AvailableExternally
            && !gv.name.starts_with("llvm.")
    }

    /// Creates defined symbols (sections are set now, offsets once placed).
    fn define_symbols(&mut self) {
        for (f, func) in self.m.functions.iter() {
            if is_emitted_function(func) {
                let s = self.syms.add(ObjSymbol {
                    name: func.name.to_string(),
                    section: Some(TEXT),
                    offset: 0,
                    size: 0,
                    kind: SymbolKind::Function,
                    binding: binding_of(func.linkage),
                });
                self.syms.funcs[f.as_u32() as usize] = Some(s);
            }
        }
        for (g, gv) in self.m.globals.iter() {
            if self.is_emitted_global(g) {
                let s = self.syms.add(ObjSymbol {
                    name: gv.name.to_string(),
                    section: Some(SectionIndex(1)),
                    offset: 0,
                    size: 0,
                    kind: SymbolKind::Data,
                    binding: binding_of(gv.linkage),
                });
                self.syms.globals[g.as_u32() as usize] = Some(s);
            }
        }
    }

    fn lay_out_globals(&mut self) -> Result<(), CodegenError> {
        let m = self.m;
        for (g, gv) in m.globals.iter() {
            if !self.is_emitted_global(g) {
                continue;
            }
            let Some(init) = gv.init else { continue };
            let ty = gv.value_ty;
            let size = self.dl.alloc_size(&m.types, ty).max(1);
            let align = u64::from(gv.align.unwrap_or(0))
                .max(self.dl.abi_align(&m.types, ty))
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
            let sec = &mut self.data[which];
            sec.align = sec.align.max(align);
            let off = sec.size.next_multiple_of(align);
            sec.size = off + size;
            if which != 2 {
                sec.data.resize(sec.size as usize, 0);
                let mut relocs = std::mem::take(&mut sec.relocs);
                let mut buf = std::mem::take(&mut sec.data);
                let mut w = InitWriter {
                    m,
                    dl: &self.dl,
                    syms: &mut self.syms,
                    relocs: &mut relocs,
                    this: (g, off),
                };
                let r = w.write(&mut buf, off, init, ty);
                let sec = &mut self.data[which];
                sec.data = buf;
                sec.relocs = relocs;
                r.map_err(|msg| CodegenError::Unsupported {
                    function: gv.name.to_string(),
                    location: format!("{}:{}", file_of(m), gv.loc),
                    message: format!("initializer of global: {msg}"),
                })?;
            }
            let s = self.syms.globals[g.as_u32() as usize].expect("defined above");
            let sym = &mut self.syms.list[s.0 as usize];
            sym.section = Some(SectionIndex(1 + which as u32));
            sym.offset = off;
            sym.size = size;
        }
        Ok(())
    }

    fn lower_functions(
        &mut self,
        options: &CodegenOptions,
    ) -> Result<(Asm, Vec<lower::Fixup>), CodegenError> {
        let m = self.m;
        let mut asm = Asm::new();
        let mut lw = lower::Lowerer::new(m, &self.dl, options);
        for (f, func) in m.functions.iter() {
            if !is_emitted_function(func) {
                continue;
            }
            let start = {
                dynasmrt::DynasmApi::align(&mut asm.ops, 16, 0xcc);
                asm.pos() as u64
            };
            lw.lower_function(&mut asm, &mut self.syms, f)?;
            let s = self.syms.funcs[f.as_u32() as usize].expect("defined");
            let sym = &mut self.syms.list[s.0 as usize];
            sym.offset = start;
            sym.size = asm.pos() as u64 - start;
        }
        let fixups = std::mem::take(&mut lw.fixups);
        self.define_aliases();
        Ok((asm, fixups))
    }

    /// Aliases become symbols at their aliasee's place when it is defined here.
    fn define_aliases(&mut self) {
        let m = self.m;
        for (_, a) in m.aliases.iter() {
            let Ok(CVal::Sym(r, off)) = eval(m, &self.dl, a.aliasee) else {
                continue;
            };
            let Some(s) = self.syms.of(m, r) else {
                continue;
            };
            let target = self.syms.list[s.0 as usize].clone();
            if target.section.is_none() {
                continue;
            }
            self.syms.add(ObjSymbol {
                name: a.name.to_string(),
                section: target.section,
                offset: target.offset.wrapping_add(off as u64),
                size: target.size,
                kind: target.kind,
                binding: binding_of(a.linkage),
            });
        }
    }

    fn finish(
        mut self,
        asm: Asm,
        fixups: Vec<lower::Fixup>,
    ) -> Result<CompiledObject, CodegenError> {
        let fail = |e: String| {
            CodegenError::Limit(format!("module `{}`: assembling failed: {e}", self.m.name))
        };
        let resolved = lower::ResolvedFixups::resolve(&asm, &fixups).map_err(fail)?;
        let relocs = asm.relocs;
        let mut code = asm.ops.finalize().map_err(|e| fail(e.to_string()))?;
        resolved.apply(&mut code);
        let mut obj = CompiledObject::new(Arch::X86_64, &self.m.name);
        let text_len = code.len() as u64;
        obj.add_section(ObjSection {
            name: ".text".into(),
            kind: SectionKind::Code,
            align: 16,
            data: code,
            size: text_len,
        });
        for d in self.data.iter_mut() {
            let data = if d.kind == SectionKind::ReadWrite && d.name == ".bss" {
                Vec::new()
            } else {
                std::mem::take(&mut d.data)
            };
            obj.add_section(ObjSection {
                name: d.name.into(),
                kind: d.kind,
                align: d.align,
                data,
                size: d.size,
            });
        }
        for r in relocs {
            obj.relocations.push(Relocation {
                section: TEXT,
                offset: r.offset,
                kind: r.kind,
                symbol: r.symbol,
                addend: r.addend,
            });
        }
        for (i, d) in self.data.iter().enumerate() {
            for &(offset, symbol, addend, kind) in &d.relocs {
                obj.relocations.push(Relocation {
                    section: SectionIndex(1 + i as u32),
                    offset,
                    kind,
                    symbol,
                    addend,
                });
            }
        }
        obj.symbols = self.syms.list;
        Ok(obj)
    }
}

/// Functions with code in this object: bodies that are not intrinsics and not
/// `available_externally` (whose definition lives elsewhere; calls go there).
fn is_emitted_function(func: &jit_core::ir::Function) -> bool {
    func.body.is_some() && func.intrinsic.is_none() && func.linkage != Linkage::AvailableExternally
}

/// `file` part of `file:line:col` locations.
pub fn file_of(m: &Module) -> &str {
    m.location_file()
}

/// Writes global initializers: bytes plus relocations for addresses.
struct InitWriter<'a, 'b> {
    m: &'a Module,
    dl: &'a DataLayout,
    syms: &'b mut Symbols,
    relocs: &'b mut Vec<(u64, SymbolIndex, i64, RelocKind)>,
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
                    Err(e) => self.relative(off, c, ty).ok_or(e),
                }
            }
        }
    }

    /// `trunc (sub (ptrtoint @a), (ptrtoint @this)) to i32` (relative lookup tables): a
    /// `Pc32` relocation against `@a`.
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
