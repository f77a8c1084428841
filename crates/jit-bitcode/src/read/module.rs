//! The module block: header records, global variables, functions, aliases, and the
//! nested blocks (types, attributes, constants, function bodies) read in file order.

use super::attrs::AttrList;
use super::types::TypeSlot;
use crate::bitstream::{Cursor, Entry};
use crate::codes::{self, block, module as rec};
use crate::error::{DResult, malformed, unsupported};
use jit_core::ir::{AliasId, Const, ConstKind, FuncId, GlobalId, GlobalRef, Linkage, Module, Type};

/// The bitcode version this reader understands (LLVM 5 and later: relative value ids,
/// names in the string table).
const VERSION: u64 = 2;

/// State of one module read.
pub(crate) struct ModuleReader<'a> {
    pub(super) c: Cursor<'a>,
    pub(super) strtab: &'a [u8],
    pub(super) m: Module,
    /// Bitcode type id → type.
    pub(super) types: Vec<TypeSlot>,
    /// Attribute groups by id: (index, set).
    pub(super) attr_groups: std::collections::HashMap<u64, (u32, super::attrs::AttrSet)>,
    /// Attribute lists (bitcode ids are 1-based; 0 is the empty list).
    pub(super) attr_lists: Vec<AttrList>,
    /// The value list: module-level values, then (inside a function) its arguments,
    /// constants and instruction results.
    pub(super) vals: Vec<(jit_core::ir::Operand, Type)>,
    /// Global variables waiting for their initializer's value id.
    pending_inits: Vec<(GlobalId, u64)>,
    /// Aliases waiting for their aliasee's value id.
    pending_aliases: Vec<(AliasId, u64)>,
    /// Functions waiting for their personality's value id.
    pending_personalities: Vec<(FuncId, u64)>,
    /// Functions with bodies, in record order (bodies follow in this order).
    defined: Vec<FuncId>,
    next_body: usize,
    /// `SECTIONNAME` records.
    sections: Vec<String>,
    /// Operand bundle tags.
    pub(super) bundle_tags: Vec<String>,
    /// Synchronization scope names.
    pub(super) sync_scopes: Vec<String>,
    /// `blockaddress` constants, checked once every body is read.
    pub(super) block_addresses: Vec<Const>,
    /// Counter for names of unnamed structs and globals.
    pub(super) unnamed: u32,
    /// Where the current record starts, and what it is, for messages.
    pub(super) at: u64,
    pub(super) what: String,
    /// The function whose body is being read.
    pub(super) current_fn: Option<FuncId>,
    version_seen: bool,
    file: String,
}

impl<'a> ModuleReader<'a> {
    /// A reader positioned anywhere; `read` seeks to the module block.
    pub fn new(c: Cursor<'a>, strtab: &'a [u8], file: &str) -> Self {
        ModuleReader {
            c,
            strtab,
            m: Module::new(file),
            types: Vec::new(),
            attr_groups: Default::default(),
            attr_lists: Vec::new(),
            vals: Vec::new(),
            pending_inits: Vec::new(),
            pending_aliases: Vec::new(),
            pending_personalities: Vec::new(),
            defined: Vec::new(),
            next_body: 0,
            sections: Vec::new(),
            bundle_tags: Vec::new(),
            sync_scopes: Vec::new(),
            block_addresses: Vec::new(),
            unnamed: 0,
            at: 0,
            what: String::new(),
            current_fn: None,
            version_seen: false,
            file: file.to_string(),
        }
    }

    /// The module read.
    pub fn finish(self) -> Module {
        self.m
    }

    /// Where the reader is, for an error message: bit offset and block/record path.
    pub fn where_(&self) -> (u64, String) {
        let mut ctx: Vec<String> = self.c.block_path().into_iter().map(block::name).collect();
        if let Some(f) = self.current_fn.and_then(|f| self.m.functions.get(f)) {
            if let Some(last) = ctx
                .iter_mut()
                .rev()
                .find(|s| s.as_str() == "FUNCTION_BLOCK")
            {
                last.push_str(&format!(" of @{}", f.name));
            }
        }
        if !self.what.is_empty() {
            ctx.push(self.what.clone());
        }
        if ctx.is_empty() {
            ctx.push("the top level".into());
        }
        (self.at, ctx.join(" > "))
    }

    /// Advances to the next entry, remembering where it starts.
    pub(super) fn next(&mut self) -> DResult<Entry> {
        self.at = self.c.pos();
        self.what.clear();
        let e = self.c.advance()?;
        if e == Entry::EndBlock {
            self.what.clear();
        }
        Ok(e)
    }

    /// Operand `i` of the current record.
    pub(super) fn op(&self, i: usize) -> DResult<u64> {
        match self.c.record().ops.get(i) {
            Some(&v) => Ok(v),
            None => malformed(format!(
                "the record has {} operands; operand {} is missing",
                self.c.record().ops.len(),
                i + 1
            )),
        }
    }

    /// Operand `i`, or 0 when the record is shorter (optional trailing fields).
    pub(super) fn op_or0(&self, i: usize) -> u64 {
        self.c.record().ops.get(i).copied().unwrap_or(0)
    }

    /// The operands from `i` on as a string (one character per operand).
    pub(super) fn op_string(&self, from: usize) -> DResult<String> {
        let ops = self.c.record().ops.get(from..).unwrap_or(&[]);
        let bytes: Vec<u8> = ops.iter().map(|&v| v as u8).collect();
        if ops.iter().any(|&v| v > 255) {
            return malformed("a string operand above 255");
        }
        String::from_utf8(bytes).map_or_else(|_| unsupported("a string that is not UTF-8"), Ok)
    }

    /// A name from the string table.
    fn strtab_name(&self, offset: u64, size: u64) -> DResult<String> {
        let range = usize::try_from(offset)
            .ok()
            .zip(usize::try_from(size).ok())
            .and_then(|(o, s)| Some(o..o.checked_add(s)?))
            .filter(|r| r.end <= self.strtab.len());
        let Some(range) = range else {
            return malformed(format!(
                "name at {offset}..+{size} is outside the string table of {} bytes",
                self.strtab.len()
            ));
        };
        String::from_utf8(self.strtab[range].to_vec())
            .map_or_else(|_| unsupported("a symbol name that is not UTF-8"), Ok)
    }

    /// Reads the module block starting at `start` (the bit position of its header).
    pub fn read(&mut self, start: u64) -> DResult<()> {
        self.c.seek(start)?;
        match self.c.advance()? {
            Entry::SubBlock(block::MODULE) => self.c.enter_block()?,
            _ => return malformed("lost the module block"),
        }
        loop {
            match self.next()? {
                Entry::EndBlock => break,
                Entry::Eof => return malformed("the input ends inside MODULE_BLOCK"),
                Entry::SubBlock(id) => self.module_subblock(id)?,
                Entry::Record(code) => self.module_record(code)?,
            }
        }
        self.resolve_globals()?;
        if self.next_body != self.defined.len() {
            let f = self.defined[self.next_body];
            return malformed(format!(
                "function @{} is a definition but its body is missing",
                self.m.functions[f].name
            ));
        }
        self.check_block_addresses()?;
        Ok(())
    }

    fn module_subblock(&mut self, id: u32) -> DResult<()> {
        match id {
            0 => self.c.read_blockinfo(),
            block::PARAMATTR_GROUP => {
                self.c.enter_block()?;
                self.read_attr_groups()
            }
            block::PARAMATTR => {
                self.c.enter_block()?;
                self.read_attr_lists()
            }
            block::TYPE_NEW => {
                self.c.enter_block()?;
                self.read_types()
            }
            block::CONSTANTS => {
                self.c.enter_block()?;
                self.read_constants()
            }
            block::FUNCTION => {
                self.resolve_globals()?;
                let Some(&f) = self.defined.get(self.next_body) else {
                    return malformed("a function body for which no function is defined");
                };
                self.next_body += 1;
                self.c.enter_block()?;
                self.current_fn = Some(f);
                self.read_function(f)?;
                self.current_fn = None;
                Ok(())
            }
            block::OPERAND_BUNDLE_TAGS => {
                self.c.enter_block()?;
                self.bundle_tags = self.read_string_records(codes::misc::OPERAND_BUNDLE_TAG)?;
                Ok(())
            }
            block::SYNC_SCOPE_NAMES => {
                self.c.enter_block()?;
                self.sync_scopes = self.read_string_records(codes::misc::SYNC_SCOPE_NAME)?;
                Ok(())
            }
            block::METADATA
            | block::METADATA_KIND
            | block::VALUE_SYMTAB
            | block::USELIST
            | block::GLOBALVAL_SUMMARY
            | block::FULL_LTO_GLOBALVAL_SUMMARY
            | block::MODULE_STRTAB
            | block::SYMTAB
            | block::IDENTIFICATION => {
                self.c.skip_block();
                Ok(())
            }
            _ => unsupported(format!("unknown block id {id} in MODULE_BLOCK")),
        }
    }

    /// A block of string records of one code (operand bundle tags, sync scope names).
    fn read_string_records(&mut self, code: u32) -> DResult<Vec<String>> {
        let mut out = Vec::new();
        loop {
            match self.next()? {
                Entry::EndBlock => return Ok(out),
                Entry::Record(c) if c == code => out.push(self.op_string(0)?),
                Entry::Record(c) => return unsupported(format!("unknown record {c}")),
                Entry::SubBlock(_) => self.c.skip_block(),
                Entry::Eof => return malformed("the input ends inside a block"),
            }
        }
    }

    fn module_record(&mut self, code: u32) -> DResult<()> {
        match code {
            rec::VERSION => {
                self.what = "VERSION".into();
                let v = self.op(0)?;
                if v < VERSION {
                    return unsupported(format!(
                        "module version {v}: bitcode written before LLVM 5 (names in value symbol tables) is not supported"
                    ));
                }
                if v > VERSION {
                    return unsupported(format!(
                        "module version {v} is newer than this reader's ({VERSION})"
                    ));
                }
                self.version_seen = true;
            }
            rec::TRIPLE => self.m.triple = Some(self.op_string(0)?),
            rec::DATALAYOUT => self.m.datalayout = Some(self.op_string(0)?),
            rec::SOURCE_FILENAME => self.m.source_filename = Some(self.op_string(0)?),
            rec::ASM => {
                self.what = "ASM".into();
                if !self.op_string(0)?.trim().is_empty() {
                    return unsupported("module-level inline asm is not supported");
                }
            }
            rec::SECTIONNAME => {
                let s = self.op_string(0)?;
                self.sections.push(s);
            }
            rec::DEPLIB
            | rec::GCNAME
            | rec::COMDAT
            | rec::VSTOFFSET
            | rec::HASH
            | rec::METADATA_VALUES_UNUSED => {}
            rec::GLOBALVAR => {
                self.what = "GLOBALVAR".into();
                self.need_version()?;
                self.global_var()?;
            }
            rec::FUNCTION => {
                self.what = "FUNCTION".into();
                self.need_version()?;
                self.function_record()?;
            }
            rec::ALIAS => {
                self.what = "ALIAS".into();
                self.need_version()?;
                self.alias_record()?;
            }
            rec::ALIAS_OLD => return unsupported("ALIAS_OLD records (LLVM < 3.7)"),
            rec::IFUNC => {
                self.what = "IFUNC".into();
                return unsupported("ifuncs are not supported");
            }
            _ => return unsupported(format!("unknown record {code} in MODULE_BLOCK")),
        }
        Ok(())
    }

    fn need_version(&self) -> DResult<()> {
        if !self.version_seen {
            return malformed("a global value before the VERSION record");
        }
        Ok(())
    }

    /// A type id that must name a type this reader supports.
    pub(super) fn type_id(&self, id: u64) -> DResult<Type> {
        match usize::try_from(id).ok().and_then(|i| self.types.get(i)) {
            Some(TypeSlot::Ok(t)) => Ok(*t),
            Some(TypeSlot::Unsupported(what)) => {
                unsupported(format!("type {id} ({what}) is not supported"))
            }
            None => malformed(format!(
                "type id {id} is outside the type table of {}",
                self.types.len()
            )),
        }
    }

    fn name_of_global(&mut self) -> DResult<String> {
        let name = self.strtab_name(self.op(0)?, self.op(1)?)?;
        if name.is_empty() {
            let n = self.unnamed;
            self.unnamed += 1;
            return Ok(format!("{n}"));
        }
        Ok(name)
    }

    fn global_var(&mut self) -> DResult<()> {
        let name = self.name_of_global()?;
        let value_ty = self.type_id(self.op(2)?)?;
        let flags = self.op(3)?;
        if flags & 2 == 0 {
            return unsupported("a global variable with a pointer type (typed-pointer bitcode)");
        }
        if flags >> 2 != 0 {
            return unsupported(format!("global @{name} in address space {}", flags >> 2));
        }
        if !self.m.is_first_class(value_ty) {
            return malformed(format!("global @{name} of a type that cannot be stored"));
        }
        let init = self.op(4)?;
        let linkage = decode_linkage(self.op(5)?)?;
        let align = decode_align(self.op(6)?)?;
        let section = match self.op_or0(7) {
            0 => None,
            s => Some(self.section(s)?),
        };
        let thread_local = self.op_or0(9) != 0;
        let unnamed_addr = self.op_or0(10) != 0;
        let g = self
            .m
            .add_global(&name, value_ty, None, flags & 1 != 0)
            .or_else(|e| malformed(e.to_string()))?;
        let gv = &mut self.m.globals[g];
        gv.linkage = linkage;
        gv.align = align;
        gv.section = section;
        gv.thread_local = thread_local;
        gv.unnamed_addr = unnamed_addr;
        if init != 0 {
            self.pending_inits.push((g, init - 1));
        }
        let c = self.m.const_addr(GlobalRef::Global(g));
        self.vals.push((c.into(), Type::PTR));
        Ok(())
    }

    fn section(&self, index: u64) -> DResult<Box<str>> {
        match self.sections.get((index - 1) as usize) {
            Some(s) => Ok(s.as_str().into()),
            None => malformed(format!(
                "section {index} is not among the SECTIONNAME records"
            )),
        }
    }

    fn function_record(&mut self) -> DResult<()> {
        let name = self.name_of_global()?;
        let ty = self.type_id(self.op(2)?)?;
        if self.m.types.function_sig(ty).is_none() {
            return malformed(format!(
                "function @{name} has a type that is not a function type"
            ));
        }
        let cc = self.op(3)?;
        if cc != 0 && cc != 8 {
            return unsupported(format!(
                "function @{name} uses calling convention {cc} (only C and fastcc are supported)"
            ));
        }
        let is_proto = self.op(4)? != 0;
        let linkage = decode_linkage(self.op(5)?)?;
        let attrs = self.op(6)?;
        let align = decode_align(self.op(7)?)?;
        if self.op_or0(10) != 0 {
            return unsupported(format!("function @{name} uses garbage collection"));
        }
        if self.op_or0(12) != 0 || self.op_or0(15) != 0 {
            return unsupported(format!("function @{name} has prefix or prologue data"));
        }
        if self.op_or0(18) != 0 {
            return unsupported(format!(
                "function @{name} in address space {}",
                self.op_or0(18)
            ));
        }
        let f = self
            .m
            .declare_function(&name, ty)
            .or_else(|e| malformed(e.to_string()))?;
        let list = self.attr_list(attrs)?;
        let func = &mut self.m.functions[f];
        func.linkage = linkage;
        func.align = align;
        func.attrs.flags = list.func.fn_flags;
        func.ret_attrs = list.ret.param.clone();
        for (i, p) in func.param_attrs.iter_mut().enumerate() {
            if let Some(a) = list.params.get(i) {
                *p = a.param.clone();
            }
        }
        list.check_supported()?;
        if !is_proto {
            self.defined.push(f);
        }
        // The personality's value id + 1 (0: none); resolved with the initializers.
        let personality = self.op_or0(16);
        if personality != 0 {
            self.pending_personalities.push((f, personality - 1));
        }
        let c = self.m.const_addr(GlobalRef::Function(f));
        self.vals.push((c.into(), Type::PTR));
        Ok(())
    }

    fn alias_record(&mut self) -> DResult<()> {
        let name = self.name_of_global()?;
        let value_ty = self.type_id(self.op(2)?)?;
        if self.op(3)? != 0 {
            return unsupported(format!("alias @{name} in address space {}", self.op(3)?));
        }
        let aliasee = self.op(4)?;
        let linkage = decode_linkage(self.op(5)?)?;
        let placeholder = self.m.constant(Type::PTR, ConstKind::Undef);
        let a = self
            .m
            .add_alias(&name, value_ty, placeholder, linkage)
            .or_else(|e| malformed(e.to_string()))?;
        self.pending_aliases.push((a, aliasee));
        let c = self.m.const_addr(GlobalRef::Alias(a));
        self.vals.push((c.into(), Type::PTR));
        Ok(())
    }

    /// The constant with module-level value id `id`.
    pub(super) fn module_const(&self, id: u64) -> DResult<(Const, Type)> {
        match usize::try_from(id).ok().and_then(|i| self.vals.get(i)) {
            Some(&(jit_core::ir::Operand::Const(c), t)) => Ok((c, t)),
            Some(_) => malformed(format!("value {id} is not a constant")),
            None => malformed(format!(
                "value id {id} is not defined (the module has {} values)",
                self.vals.len()
            )),
        }
    }

    /// Sets the initializers, aliasees and personalities read as value ids (once the
    /// module's constants are known).
    fn resolve_globals(&mut self) -> DResult<()> {
        self.what = "a global initializer".into();
        for (g, id) in std::mem::take(&mut self.pending_inits) {
            let (c, t) = self.module_const(id)?;
            let want = self.m.globals[g].value_ty;
            if t != want {
                return malformed(format!(
                    "the initializer of @{} has another type than the global",
                    self.m.globals[g].name
                ));
            }
            self.m.globals[g].init = Some(c);
        }
        for (a, id) in std::mem::take(&mut self.pending_aliases) {
            let (c, t) = self.module_const(id)?;
            if !self.m.types.is_ptr(t) {
                return malformed(format!(
                    "the aliasee of @{} is not a pointer",
                    self.m.aliases[a].name
                ));
            }
            self.m.aliases[a].aliasee = c;
        }
        for (f, id) in std::mem::take(&mut self.pending_personalities) {
            let (c, t) = self.module_const(id)?;
            if !self.m.types.is_ptr(t) {
                return malformed(format!(
                    "the personality of @{} is not a pointer",
                    self.m.functions[f].name
                ));
            }
            self.m.functions[f].personality = Some(c);
        }
        self.what.clear();
        Ok(())
    }

    fn check_block_addresses(&mut self) -> DResult<()> {
        for &c in &self.block_addresses {
            if let ConstKind::BlockAddress { func, block } = self.m.consts[c].kind {
                let f = &self.m.functions[func];
                let ok = f.body.as_ref().is_some_and(|b| b.blocks.is_valid(block));
                if !ok {
                    return malformed(format!(
                        "blockaddress(@{}, block {}) names a block the function does not have",
                        f.name,
                        block.as_u32()
                    ));
                }
            }
        }
        Ok(())
    }

    /// The file name given to the reader.
    #[allow(dead_code, reason = "kept for messages of future checks")]
    pub(super) fn file(&self) -> &str {
        &self.file
    }
}

/// LLVM's linkage encoding, including the values older releases wrote.
pub(crate) fn decode_linkage(v: u64) -> DResult<Linkage> {
    use Linkage::*;
    Ok(match v {
        0 | 5 | 6 => External,
        2 => Appending,
        3 => Internal,
        7 => ExternWeak,
        8 => Common,
        9 | 13 | 14 => Private,
        12 => AvailableExternally,
        1 | 16 => Weak,
        4 | 18 => LinkOnce,
        10 | 17 => WeakOdr,
        11 | 15 | 19 => LinkOnceOdr,
        _ => return malformed(format!("linkage {v}")),
    })
}

/// An alignment field: 0 = none, else log2 + 1.
pub(crate) fn decode_align(v: u64) -> DResult<Option<u32>> {
    match v {
        0 => Ok(None),
        1..=32 => Ok(Some(1u32 << (v - 1))),
        _ => malformed(format!("alignment field {v} (at most 2^31)")),
    }
}

/// LLVM's signed VBR convention: the sign in bit 0, the magnitude above it.
pub(crate) fn decode_signed(v: u64) -> i64 {
    if v & 1 == 0 {
        (v >> 1) as i64
    } else if v != 1 {
        -((v >> 1) as i64)
    } else {
        i64::MIN
    }
}
