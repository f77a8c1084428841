//! Source-level debug information of compiled code, shared by both ISAs and both tiers:
//! line tables and variable locations in
//! [`CompiledObject::debug`](jit_core::object::CompiledObject::debug).
//!
//! # How it is recorded
//! A module without debug information (`Module::debug` empty) pays a few tests per function
//! and one of a local flag per instruction: the assembler's [`FunctionDebug`] recorder
//! (`Asm::debug`) is `None` and nothing else happens. With debug information:
//! - while a tier emits a function, it tells the recorder the `!dbg` location of each IR
//!   instruction (tier 0) or machine instruction (the optimizing tier, which carries each
//!   IR instruction's location onto the machine instructions made for it) with the code
//!   offset where its code starts; [`FunctionDebug::at`] keeps a row only when the location
//!   changes (a comparison and, rarely, a push);
//! - each tier tells the recorder the frame-pointer offset of every `alloca` that a
//!   variable declaration (`Body::debug_declares`) names and that has a fixed frame area
//!   for the whole function ([`FunctionDebug::slot`]): tier 0's static allocas, the
//!   optimizing tier's frame objects;
//! - once the function is placed, [`DebugRecorder::add_function`] turns that into a
//!   [`FunctionDebugInfo`]: the locations into rows of the innermost position (the
//!   `DILocation`'s own line and its scope's file: for inlined code, the callee's line, as
//!   LLVM's line tables have it), files and types into the object's deduplicated tables.
//!
//! # The line table's shape
//! The first row, at offset 0, is the subprogram's line and covers the prologue (frame
//! record, frame allocation, and at tier 0 the stores of the arguments into the frame and
//! the tier-up check). The second row starts at the code of the first instruction with a
//! location — always a new row, even when that instruction is on the subprogram's line —
//! so a debugger that finds the end of the prologue from the line table (gdb's
//! `skip_prologue_using_sal`: the second row's address) stops after the frame is set up.
//! An instruction without a location continues the row before it. Tier 0's code after the
//! last block (landing pads, tier-up stubs) has a row of line 0 (no source line, as LLVM
//! marks compiler-generated code); the optimizing tier's cold blocks carry the locations
//! of the instructions they come from.
//!
//! # Addresses
//! Function ranges are `.text` offsets (section 0 of the object), not symbols: tiering moves
//! a function's symbol to its entry stub (as [`crate::unwind`] addresses FDEs). Variables
//! are at [`VariableLocation::FrameOffset`] from the frame pointer the prologue sets (`rbp`,
//! DWARF 6; `x29`, DWARF 29), which both tiers always keep.

use jit_core::ir::{
    DebugLoc, DiFile, DiScope, DiScopeKind, DiSubprogram, DiType, DiTypeData, DiVariable, FuncId,
    Function, Module, Value,
};
use jit_core::object::{
    DebugFile, DebugMember, DebugType, DebugVariable, FunctionDebugInfo, LineRow, ObjectDebugInfo,
    SectionIndex, VariableLocation,
};
use jit_core::target::Arch;

/// DWARF register number of the x86-64 frame pointer (`rbp`).
pub const X64_FRAME_BASE: u16 = 6;
/// DWARF register number of the AArch64 frame pointer (`x29`).
pub const AARCH64_FRAME_BASE: u16 = 29;

/// The frame base register of `arch`'s code (both tiers keep frame pointers).
pub fn frame_base(arch: Arch) -> u16 {
    match arch {
        Arch::X86_64 => X64_FRAME_BASE,
        Arch::AArch64 => AARCH64_FRAME_BASE,
    }
}

/// What a tier records while it emits one function (see the module doc). Lives in the
/// ISA's assembler (`Asm::debug`), `None` when the module has no debug information.
#[derive(Clone, Debug, Default)]
pub struct FunctionDebug {
    /// (`.text` offset, location) where the location changes, in code order; `None`: code
    /// of no source line (line 0).
    rows: Vec<(u32, Option<DebugLoc>)>,
    last: Option<DebugLoc>,
    /// Frame-pointer offsets of the declared allocas with a fixed frame area.
    slots: Vec<(Value, i64)>,
}

impl FunctionDebug {
    /// Starts a function: forgets what the previous one recorded.
    pub fn begin(&mut self) {
        self.rows.clear();
        self.slots.clear();
        self.last = None;
    }

    /// Code emitted from `.text` offset `pos` on comes from `loc` (`None`: no location, the
    /// code continues the current row).
    #[inline]
    pub fn at(&mut self, pos: usize, loc: Option<DebugLoc>) {
        if let Some(l) = loc
            && self.last != Some(l)
        {
            self.last = Some(l);
            self.rows.push((pos as u32, Some(l)));
        }
    }

    /// Code emitted from `.text` offset `pos` on belongs to no source line (the code a tier
    /// adds after a function's blocks: landing pads, tier-up stubs).
    pub fn no_line(&mut self, pos: usize) {
        self.last = None;
        self.rows.push((pos as u32, None));
    }

    /// The `alloca` `address` lives at `fp_offset` from the frame pointer for the whole
    /// function.
    pub fn slot(&mut self, address: Value, fp_offset: i64) {
        self.slots.push((address, fp_offset));
    }

    /// The recorded (`.text` offset, location) pairs.
    pub fn rows(&self) -> &[(u32, Option<DebugLoc>)] {
        &self.rows
    }

    /// The recorded slots.
    pub fn slots(&self) -> &[(Value, i64)] {
        &self.slots
    }
}

/// The values a tier should report with [`FunctionDebug::slot`]: the addresses of `f`'s
/// variable declarations (empty without a subprogram).
pub fn declared_addresses(func: &Function) -> impl Iterator<Item = Value> + '_ {
    func.body
        .as_ref()
        .filter(|_| func.subprogram.is_some())
        .into_iter()
        .flat_map(|b| b.debug_declares.iter().map(|d| d.address))
}

/// Builds an object's [`ObjectDebugInfo`] function by function.
#[derive(Debug)]
pub struct DebugRecorder {
    info: ObjectDebugInfo,
    frame_base: u16,
    /// Index in `info.files` by `DiFile` (`u32::MAX`: not converted yet).
    files: Vec<u32>,
    /// Index in `info.types` by `DiType` (`None`: not converted yet; `Some(None)`: not
    /// describable).
    types: Vec<Option<Option<u32>>>,
    /// The last scope a row named and its file index (rows of a function mostly share it).
    last_scope: Option<(DiScope, u32)>,
    /// Variables of the function being added (to keep the first declaration of each).
    seen: Vec<DiVariable>,
    unit_known: bool,
}

/// `DW_OP_plus_uconst`.
const DW_OP_PLUS_UCONST: u64 = 0x23;

impl DebugRecorder {
    /// A recorder for code of `m` on `arch`, or `None` when `m` has no debug information.
    pub fn new(m: &Module, arch: Arch) -> Option<Self> {
        if m.debug.is_empty() {
            return None;
        }
        Some(DebugRecorder {
            info: ObjectDebugInfo::default(),
            frame_base: frame_base(arch),
            files: vec![u32::MAX; m.debug.files.len()],
            types: vec![None; m.debug.types.len()],
            last_scope: None,
            seen: Vec::new(),
            unit_known: false,
        })
    }

    /// The function recorder for a new function (the ISA's `Asm::debug`).
    pub fn function_recorder(&self) -> FunctionDebug {
        FunctionDebug::default()
    }

    /// Adds function `f` of `m`, whose code is `.text` `start..end`, with what `fd`
    /// recorded while it was emitted. Functions without a subprogram are left out.
    pub fn add_function(
        &mut self,
        m: &Module,
        f: FuncId,
        start: usize,
        end: usize,
        fd: &FunctionDebug,
    ) {
        let func = &m.functions[f];
        let Some(sp) = func.subprogram else { return };
        let Some(spd) = m.debug.subprograms.get(sp) else {
            return;
        };
        if !self.unit_known
            && let Some(unit) = spd.unit.and_then(|u| m.debug.units.get(u))
        {
            self.unit_known = true;
            self.info.producer = unit.producer.clone();
            self.info.language = unit.language;
            self.info.unit_file = unit.file.map(|file| self.file(m, file));
        }
        let sp_file = spd.file.map_or(0, |file| self.file(m, file));
        // A scope without a file falls back to the function's: not shared between functions.
        self.last_scope = None;
        let sp_line = if spd.line != 0 {
            spd.line
        } else {
            spd.scope_line
        };
        let size = end.saturating_sub(start);
        let mut lines = Vec::with_capacity(fd.rows.len() + 1);
        lines.push(LineRow {
            offset: 0,
            file: sp_file,
            line: sp_line,
            column: 0,
        });
        for &(pos, loc) in &fd.rows {
            let Some(offset) = (pos as usize).checked_sub(start).filter(|&o| o < size) else {
                continue;
            };
            let row = match loc {
                Some(loc) => {
                    let Some(l) = m.debug.locations.get(loc) else {
                        continue;
                    };
                    let file = self.scope_file(m, l.scope, sp_file);
                    LineRow {
                        offset: offset as u32,
                        file,
                        line: l.line,
                        column: l.column,
                    }
                }
                None => LineRow {
                    offset: offset as u32,
                    file: sp_file,
                    line: 0,
                    column: 0,
                },
            };
            let n = lines.len();
            let last = &mut lines[n - 1];
            if row.offset < last.offset {
                // Never out of order (the tiers emit forwards); dropped if it were.
                continue;
            }
            if last.offset == row.offset {
                // The previous location produced no code.
                if n == 1 {
                    // Keep the prologue row: a function without prologue code still
                    // starts at its own line.
                    continue;
                }
                *last = row;
                continue;
            }
            // The body's first row is always a row of its own (the end of the prologue).
            if n > 1 && (last.file, last.line, last.column) == (row.file, row.line, row.column) {
                continue;
            }
            lines.push(row);
        }
        let variables = self.variables(m, func, sp, sp_file, fd);
        // The subroutine type lists the return type first (`null`: void).
        let return_type = match spd.ty.and_then(|t| m.debug.types.get(t)) {
            Some(DiTypeData::Subroutine { types }) => {
                types.first().copied().flatten().and_then(|t| self.ty(m, t))
            }
            _ => None,
        };
        self.info.functions.push(FunctionDebugInfo {
            section: SectionIndex(0),
            offset: start as u64,
            size: size as u64,
            name: spd.name.clone(),
            linkage_name: spd.linkage_name.clone(),
            file: sp_file,
            line: sp_line,
            lines,
            frame_base: Some(self.frame_base),
            variables,
            return_type,
        });
    }

    /// The debug information of the object, `None` when no function had any.
    pub fn finish(self) -> Option<Box<ObjectDebugInfo>> {
        (!self.info.functions.is_empty()).then(|| Box::new(self.info))
    }

    /// The variables of `func` (subprogram `sp`) whose declared address has a slot.
    fn variables(
        &mut self,
        m: &Module,
        func: &Function,
        sp: DiSubprogram,
        sp_file: u32,
        fd: &FunctionDebug,
    ) -> Vec<DebugVariable> {
        let Some(body) = &func.body else {
            return Vec::new();
        };
        let mut out: Vec<DebugVariable> = Vec::new();
        let mut seen = std::mem::take(&mut self.seen);
        seen.clear();
        for d in &body.debug_declares {
            let Some(&(_, base)) = fd.slots.iter().find(|(v, _)| *v == d.address) else {
                continue;
            };
            let Some(var) = m.debug.variables.get(d.variable) else {
                continue;
            };
            // Variables of inlined callees are not this function's (no inlined scopes in
            // the object's model).
            if let Some(scope) = var.scope
                && scope_subprogram(m, scope).is_some_and(|s| s != sp)
            {
                continue;
            }
            let offset = match d.expression.as_slice() {
                [] => base,
                [DW_OP_PLUS_UCONST, n] => match i64::try_from(*n) {
                    Ok(n) => base.saturating_add(n),
                    Err(_) => continue,
                },
                _ => continue,
            };
            if seen.contains(&d.variable) {
                continue;
            }
            seen.push(d.variable);
            let file = var.file.map_or(sp_file, |file| self.file(m, file));
            let ty = var.ty.and_then(|t| self.ty(m, t));
            out.push(DebugVariable {
                name: var.name.clone(),
                arg: var.arg,
                file,
                line: var.line,
                ty,
                location: VariableLocation::FrameOffset(offset),
            });
        }
        self.seen = seen;
        out
    }

    /// Remembers the conversion of type number `slot`.
    fn set_type(&mut self, slot: usize, index: Option<u32>) {
        if let Some(e) = self.types.get_mut(slot) {
            *e = Some(index);
        }
    }

    /// The file index of the rows of `scope` (`fallback` when the scope has no file).
    fn scope_file(&mut self, m: &Module, scope: DiScope, fallback: u32) -> u32 {
        if let Some((s, f)) = self.last_scope
            && s == scope
        {
            return f;
        }
        let f = match m.debug.scopes.get(scope).and_then(|s| s.file) {
            Some(file) => self.file(m, file),
            None => fallback,
        };
        self.last_scope = Some((scope, f));
        f
    }

    /// The index of `file` in the object's files.
    fn file(&mut self, m: &Module, file: DiFile) -> u32 {
        let slot = file.as_u32() as usize;
        if let Some(&i) = self.files.get(slot)
            && i != u32::MAX
        {
            return i;
        }
        let data = m.debug.files.get(file);
        let entry = DebugFile {
            directory: data.map(|d| d.directory.clone()).unwrap_or_default(),
            name: data.map(|d| d.filename.clone()).unwrap_or_default(),
        };
        // Two `DIFile`s naming the same file share an entry.
        let i = match self.info.files.iter().position(|f| *f == entry) {
            Some(i) => i as u32,
            None => {
                self.info.files.push(entry);
                self.info.files.len() as u32 - 1
            }
        };
        if let Some(e) = self.files.get_mut(slot) {
            *e = i;
        }
        i
    }

    /// The index of type `t` in the object's types, converting it (and what it refers to)
    /// on first use; `None` for types the object's model cannot describe. A type that
    /// refers back to itself (a structure with a pointer to itself) gets its index before
    /// its parts are converted, so the cycle closes through that index.
    fn ty(&mut self, m: &Module, t: DiType) -> Option<u32> {
        let slot = t.as_u32() as usize;
        if let Some(&Some(i)) = self.types.get(slot) {
            return i;
        }
        let data = m.debug.types.get(t)?;
        let bytes = |bits: u64| bits.div_ceil(8);
        // Types that are another type under this model: converted as that one.
        match data {
            DiTypeData::Unknown => {
                self.set_type(slot, None);
                return None;
            }
            DiTypeData::Derived { tag, base, .. }
                if !matches!(
                    *tag,
                    DW_TAG_POINTER
                        | DW_TAG_REFERENCE
                        | DW_TAG_RVALUE_REFERENCE
                        | DW_TAG_PTR_TO_MEMBER
                        | DW_TAG_TYPEDEF
                        | DW_TAG_CONST
                        | DW_TAG_VOLATILE
                        | DW_TAG_RESTRICT
                        | DW_TAG_ATOMIC
                ) =>
            {
                // Members, inheritance and tags this model does not know: their base.
                self.set_type(slot, None);
                let r = base.and_then(|b| self.ty(m, b));
                self.set_type(slot, r);
                return r;
            }
            _ => {}
        }
        let index = self.info.types.len() as u32;
        self.info.types.push(DebugType::Subroutine);
        self.set_type(slot, Some(index));
        let converted = match data {
            DiTypeData::Basic {
                name,
                size_bits,
                encoding,
            } => DebugType::Base {
                name: name.clone(),
                size: bytes(*size_bits),
                encoding: *encoding,
            },
            DiTypeData::Derived {
                tag,
                name,
                base,
                size_bits,
                ..
            } => match *tag {
                DW_TAG_POINTER
                | DW_TAG_REFERENCE
                | DW_TAG_RVALUE_REFERENCE
                | DW_TAG_PTR_TO_MEMBER => DebugType::Pointer {
                    pointee: base.and_then(|b| self.ty(m, b)),
                    size: if *size_bits == 0 {
                        8
                    } else {
                        bytes(*size_bits)
                    },
                },
                tag => DebugType::Modified {
                    tag,
                    name: if tag == DW_TAG_TYPEDEF {
                        name.clone()
                    } else {
                        None
                    },
                    base: base.and_then(|b| self.ty(m, b)),
                },
            },
            DiTypeData::Composite {
                tag,
                name,
                base,
                size_bits,
                members,
                counts,
                enumerators,
            } => match *tag {
                DW_TAG_ARRAY => DebugType::Array {
                    element: base.and_then(|b| self.ty(m, b)),
                    counts: counts.clone(),
                },
                DW_TAG_ENUMERATION => DebugType::Enum {
                    name: name.clone(),
                    size: bytes(*size_bits),
                    values: enumerators.clone(),
                },
                tag => {
                    let mut out = Vec::with_capacity(members.len());
                    for &mt in members {
                        let Some(DiTypeData::Derived {
                            tag: mtag,
                            name: mname,
                            base: mbase,
                            offset_bits,
                            ..
                        }) = m.debug.types.get(mt)
                        else {
                            continue;
                        };
                        if !matches!(*mtag, DW_TAG_MEMBER | DW_TAG_INHERITANCE) {
                            continue;
                        }
                        out.push(DebugMember {
                            name: mname.clone().unwrap_or_default(),
                            ty: mbase.and_then(|b| self.ty(m, b)),
                            offset: offset_bits / 8,
                        });
                    }
                    DebugType::Composite {
                        tag,
                        name: name.clone(),
                        size: bytes(*size_bits),
                        members: out,
                    }
                }
            },
            DiTypeData::Subroutine { .. } | DiTypeData::Unknown => DebugType::Subroutine,
        };
        self.info.types[index as usize] = converted;
        Some(index)
    }
}

/// The subprogram scope `scope` is in, walking out through lexical blocks (`None` for
/// file scopes and for scopes that are not in the module's tables).
fn scope_subprogram(m: &Module, mut scope: DiScope) -> Option<DiSubprogram> {
    for _ in 0..m.debug.scopes.len() {
        match m.debug.scopes.get(scope)?.kind {
            DiScopeKind::Subprogram(sp) => return Some(sp),
            DiScopeKind::Block { parent, .. } => scope = parent,
            DiScopeKind::File => return None,
        }
    }
    None
}

const DW_TAG_ARRAY: u16 = 0x01;
const DW_TAG_ENUMERATION: u16 = 0x04;
const DW_TAG_MEMBER: u16 = 0x0d;
const DW_TAG_POINTER: u16 = 0x0f;
const DW_TAG_REFERENCE: u16 = 0x10;
const DW_TAG_TYPEDEF: u16 = 0x16;
const DW_TAG_INHERITANCE: u16 = 0x1c;
const DW_TAG_PTR_TO_MEMBER: u16 = 0x1f;
const DW_TAG_CONST: u16 = 0x26;
const DW_TAG_VOLATILE: u16 = 0x35;
const DW_TAG_RESTRICT: u16 = 0x37;
const DW_TAG_RVALUE_REFERENCE: u16 = 0x42;
const DW_TAG_ATOMIC: u16 = 0x47;
