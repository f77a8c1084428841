//! Unwind information for the code both backends make: one `.eh_frame` FDE per function
//! (DWARF call-frame information, written with gimli) so that the system unwinder — C++
//! exceptions, `backtrace()`, gdb, `perf --call-graph dwarf` — can step through every JIT
//! frame, and for functions with landing pads an Itanium LSDA in `.gcc_except_table` (the
//! call-site, action and type tables `__gxx_personality_v0` reads).
//!
//! Every frame either tier builds has the same shape: the caller's frame pointer (and on
//! AArch64 the link register) pushed, the frame pointer set to the stack pointer, then
//! callee-saved registers stored at fixed offsets from it. Emitters record each step with its
//! code position ([`UnwindTable::mark`]); after the function the driver turns the steps into the
//! FDE's instructions ([`UnwindTable::add_function`]). Pointers are absolute (`DW_EH_PE_absptr`,
//! `Abs64` relocations), so the sections may be placed anywhere relative to the code — a
//! client's memory manager need not keep them within 2 GiB.
//!
//! Epilogues are not described: an exception or a backtrace sees a frame only at a call, and
//! every call happens with the whole prologue done.

use std::collections::HashMap;

use dynasmrt::DynamicLabel;
use gimli::write::{
    Address, CallFrameInstruction, CommonInformationEntry, EhFrame, EndianVec,
    FrameDescriptionEntry, FrameTable, RelocateWriter, Relocation as GimliReloc, RelocationTarget,
};
use gimli::{Encoding, Format, LittleEndian, Register};
use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SectionIndex,
    SymbolIndex, SymbolKind,
};
use jit_core::target::Arch;

/// What a prologue has done once the code reaches a recorded position.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FrameStep {
    /// The caller's frame pointer (x86-64 `push rbp`) or frame record (AArch64
    /// `stp x29, x30, [sp, #-16]!`) is on the stack: the canonical frame address is the
    /// stack pointer + 16.
    RecordPushed,
    /// The frame pointer holds the stack pointer of the record: CFA = frame pointer + 16
    /// for the rest of the function.
    FramePointerSet,
    /// A callee-saved register (DWARF number) was stored at `fp_offset` from the frame
    /// pointer.
    Saved {
        /// DWARF register number.
        dwarf: u16,
        /// Offset from the frame pointer.
        fp_offset: i32,
    },
}

/// DWARF number of an x86-64 general-purpose register given by its hardware encoding.
pub fn x64_dwarf_gp(hw: u8) -> u16 {
    const DWARF: [u16; 16] = [0, 2, 1, 3, 7, 6, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15];
    DWARF[usize::from(hw & 15)]
}

/// DWARF number of an AArch64 register: `x0`–`x30` are 0–30, `v0`–`v31` 64–95.
pub fn aarch64_dwarf(hw: u8, float: bool) -> u16 {
    u16::from(hw & 31) + if float { 64 } else { 0 }
}

/// A function's exception tables, built while its code is emitted: the personality, the
/// type infos its landing pads name (in the order of their type indices, which
/// `llvm.eh.typeid.for` returns) and each invoke's call range and landing pad.
#[derive(Clone, Debug)]
pub struct FunctionEh {
    /// The personality routine.
    pub personality: SymbolIndex,
    /// Type infos by index − 1 (`None`: `catch ptr null`, which catches everything).
    types: Vec<Option<(SymbolIndex, i64)>>,
    /// Exception specifications (`filter` clauses): lists of type indices.
    filters: Vec<Vec<u32>>,
    /// Invoke call sites, in code order.
    sites: Vec<CallSite>,
}

/// A clause of a landing pad, with its type infos already resolved to symbols.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    /// `catch` of one type (`None`: everything).
    Catch(Option<(SymbolIndex, i64)>),
    /// `filter` with the listed types.
    Filter(Vec<Option<(SymbolIndex, i64)>>),
}

/// An invoke: the call instruction's bytes and where the unwinder lands.
#[derive(Clone, Debug)]
struct CallSite {
    begin: usize,
    end: usize,
    landing: DynamicLabel,
    /// The landing label's code offset, once known.
    landing_at: Option<usize>,
    /// Type filter values in clause order, then 0 for `cleanup` (empty: cleanup only).
    actions: Vec<i64>,
}

impl FunctionEh {
    /// Tables for a function whose landing pads `personality` interprets.
    pub fn new(personality: SymbolIndex) -> Self {
        FunctionEh {
            personality,
            types: Vec::new(),
            filters: Vec::new(),
            sites: Vec::new(),
        }
    }

    /// The 1-based index of `ty` in the type table (added if new): the selector a landing
    /// pad sees when a `catch` of it matched, and `llvm.eh.typeid.for`'s value.
    pub fn type_index(&mut self, ty: Option<(SymbolIndex, i64)>) -> u32 {
        match self.types.iter().position(|t| *t == ty) {
            Some(i) => i as u32 + 1,
            None => {
                self.types.push(ty);
                self.types.len() as u32
            }
        }
    }

    /// Records an invoke whose call instruction occupies `begin..end` of the code and whose
    /// landing pad, with `clauses` (and `cleanup`), starts at `landing`.
    pub fn add_site(
        &mut self,
        begin: usize,
        end: usize,
        landing: DynamicLabel,
        clauses: &[Clause],
        cleanup: bool,
    ) {
        let mut actions = Vec::with_capacity(clauses.len() + 1);
        for c in clauses {
            let value = match c {
                Clause::Catch(ty) => i64::from(self.type_index(*ty)),
                Clause::Filter(tys) => {
                    let list: Vec<u32> = tys.iter().map(|t| self.type_index(*t)).collect();
                    // Negative: one past the byte offset of the list in the specification
                    // table that follows the type table.
                    let offset = self.spec_offset(&list);
                    -(offset as i64 + 1)
                }
            };
            actions.push(value);
        }
        if cleanup && !actions.is_empty() {
            actions.push(0);
        }
        self.sites.push(CallSite {
            begin,
            end,
            landing,
            landing_at: None,
            actions,
        });
    }

    /// Byte offset of `list` in the exception-specification table (added if new).
    fn spec_offset(&mut self, list: &[u32]) -> usize {
        let mut offset = 0;
        for f in &self.filters {
            if f == list {
                return offset;
            }
            offset += spec_len(f);
        }
        self.filters.push(list.to_vec());
        offset
    }

    /// True when the function has no invoke.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }
}

fn spec_len(list: &[u32]) -> usize {
    list.iter().map(|&i| uleb_len(u64::from(i))).sum::<usize>() + 1
}

fn uleb_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

fn uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn sleb(out: &mut Vec<u8>, mut v: i64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// One function's frame description, waiting for the object's sections.
#[derive(Debug)]
struct FunctionFrame {
    start: usize,
    len: usize,
    steps: Vec<(u32, FrameStep)>,
    eh: Option<FunctionEh>,
}

/// The frame descriptions of an object's functions, written as its `.eh_frame` (and
/// `.gcc_except_table`) once the code is final.
#[derive(Debug)]
pub struct UnwindTable {
    arch: Arch,
    /// Prologue steps recorded since the last function was added, with their positions.
    marks: Vec<(usize, FrameStep)>,
    functions: Vec<FunctionFrame>,
}

impl UnwindTable {
    /// An empty table for code of `arch`.
    pub fn new(arch: Arch) -> Self {
        UnwindTable {
            arch,
            marks: Vec::new(),
            functions: Vec::new(),
        }
    }

    /// The functions described so far, leaving this table empty.
    pub fn take(&mut self) -> UnwindTable {
        std::mem::replace(self, UnwindTable::new(self.arch))
    }

    /// Records, as an emitter writes a prologue, that code from `pos` on has done `step`.
    pub fn mark(&mut self, pos: usize, step: FrameStep) {
        self.marks.push((pos, step));
    }

    /// Describes the function at `start..end` of the code with the steps marked since the
    /// previous one.
    pub fn add_function(&mut self, start: usize, end: usize, eh: Option<FunctionEh>) {
        let steps = self
            .marks
            .drain(..)
            .filter(|&(pos, _)| pos >= start && pos <= end)
            .map(|(pos, step)| ((pos - start) as u32, step))
            .collect();
        self.functions.push(FunctionFrame {
            start,
            len: end - start,
            steps,
            eh: eh.filter(|e| !e.is_empty()),
        });
    }

    /// Looks up the code offset of every landing pad (`resolve` reads the assembler's
    /// labels, which are gone once the code is finalized).
    pub fn resolve_landings(
        &mut self,
        resolve: impl Fn(DynamicLabel) -> Result<usize, String>,
    ) -> Result<(), String> {
        for f in &mut self.functions {
            for s in f.eh.iter_mut().flat_map(|e| e.sites.iter_mut()) {
                s.landing_at = Some(resolve(s.landing)?);
            }
        }
        Ok(())
    }

    /// Adds `.gcc_except_table` (when a function has landing pads) and `.eh_frame` to `obj`.
    pub fn write(self, obj: &mut CompiledObject) -> Result<(), String> {
        if self.functions.is_empty() {
            return Ok(());
        }
        // LSDAs first: the FDEs point into them.
        let mut lsda_at: Vec<Option<usize>> = Vec::with_capacity(self.functions.len());
        let mut table = Vec::new();
        let mut table_relocs: Vec<(usize, SymbolIndex, i64)> = Vec::new();
        for f in &self.functions {
            match &f.eh {
                Some(eh) => {
                    lsda_at.push(Some(table.len()));
                    write_lsda(&mut table, &mut table_relocs, eh, f.start, f.len)?;
                }
                None => lsda_at.push(None),
            }
        }
        let lsda_symbol = if table.is_empty() {
            None
        } else {
            let len = table.len() as u64;
            let section = obj.add_section(ObjSection {
                name: ".gcc_except_table".into(),
                kind: SectionKind::ReadOnly,
                align: 8,
                data: table,
                size: len,
            });
            for (offset, symbol, addend) in table_relocs {
                obj.relocations.push(Relocation {
                    section,
                    offset: offset as u64,
                    kind: RelocKind::Abs64,
                    symbol,
                    addend,
                });
            }
            Some(obj.add_symbol(ObjSymbol {
                name: String::new(),
                section: Some(section),
                offset: 0,
                size: len,
                kind: SymbolKind::Data,
                binding: Binding::Local,
            }))
        };

        let encoding = Encoding {
            format: Format::Dwarf32,
            version: 1,
            address_size: 8,
        };
        let (plain, code_align) = match self.arch {
            Arch::X86_64 => {
                let mut cie = CommonInformationEntry::new(encoding, 1, -8, X64_RA);
                cie.add_instruction(CallFrameInstruction::Cfa(X64_RSP, 8));
                cie.add_instruction(CallFrameInstruction::Offset(X64_RA, -8));
                (cie, 1)
            }
            Arch::AArch64 => {
                let mut cie = CommonInformationEntry::new(encoding, 4, -8, A64_LR);
                cie.add_instruction(CallFrameInstruction::Cfa(A64_SP, 0));
                (cie, 4)
            }
        };
        // Code is addressed through `.text` itself, not the functions' symbols: tiering
        // moves a function's symbol to its entry stub.
        let text = obj.add_symbol(ObjSymbol {
            name: String::new(),
            section: Some(SectionIndex(0)),
            offset: 0,
            size: 0,
            kind: SymbolKind::Unknown,
            binding: Binding::Local,
        });
        let mut frames = FrameTable::default();
        let plain_id = frames.add_cie(plain.clone());
        let mut personality_cies = HashMap::new();
        for (f, lsda) in self.functions.iter().zip(&lsda_at) {
            let mut fde = FrameDescriptionEntry::new(
                Address::Symbol {
                    symbol: text.0 as usize,
                    addend: f.start as i64,
                },
                f.len as u32,
            );
            for &(offset, step) in &f.steps {
                // AArch64 instructions are 4-byte aligned; the factor is exact.
                let offset = offset / code_align * code_align;
                for inst in self.instructions(step) {
                    fde.add_instruction(offset, inst);
                }
            }
            let cie = match (&f.eh, lsda, lsda_symbol) {
                (Some(eh), Some(at), Some(sym)) => {
                    fde.lsda = Some(Address::Symbol {
                        symbol: sym.0 as usize,
                        addend: *at as i64,
                    });
                    *personality_cies.entry(eh.personality).or_insert_with(|| {
                        let mut cie = plain.clone();
                        cie.personality = Some((
                            gimli::DW_EH_PE_absptr,
                            Address::Symbol {
                                symbol: eh.personality.0 as usize,
                                addend: 0,
                            },
                        ));
                        cie.lsda_encoding = Some(gimli::DW_EH_PE_absptr);
                        frames.add_cie(cie)
                    })
                }
                _ => plain_id,
            };
            frames.add_fde(cie, fde);
        }
        let mut eh_frame = EhFrame(EhWriter {
            out: EndianVec::new(LittleEndian),
            relocs: Vec::new(),
        });
        frames
            .write_eh_frame(&mut eh_frame)
            .map_err(|e| format!(".eh_frame: {e}"))?;
        let w = eh_frame.0;
        // The unwinder's registration reads entries up to a zero length.
        let mut data = w.out.into_vec();
        data.extend_from_slice(&[0; 4]);
        let len = data.len() as u64;
        let section = obj.add_section(ObjSection {
            name: ".eh_frame".into(),
            kind: SectionKind::ReadOnly,
            align: 8,
            data,
            size: len,
        });
        for r in w.relocs {
            let RelocationTarget::Symbol(symbol) = r.target else {
                return Err(".eh_frame: relocation against a section".into());
            };
            if r.size != 8 {
                return Err(format!(".eh_frame: {}-byte relocation", r.size));
            }
            obj.relocations.push(Relocation {
                section,
                offset: r.offset as u64,
                kind: RelocKind::Abs64,
                symbol: SymbolIndex(symbol as u32),
                addend: r.addend,
            });
        }
        Ok(())
    }

    /// The call-frame instructions for one prologue step.
    fn instructions(&self, step: FrameStep) -> Vec<CallFrameInstruction> {
        let (fp, extra) = match self.arch {
            Arch::X86_64 => (X64_RBP, None),
            Arch::AArch64 => (A64_FP, Some(A64_LR)),
        };
        match step {
            FrameStep::RecordPushed => {
                let mut v = vec![
                    CallFrameInstruction::CfaOffset(16),
                    CallFrameInstruction::Offset(fp, -16),
                ];
                if let Some(lr) = extra {
                    v.push(CallFrameInstruction::Offset(lr, -8));
                }
                v
            }
            FrameStep::FramePointerSet => vec![CallFrameInstruction::CfaRegister(fp)],
            FrameStep::Saved { dwarf, fp_offset } => {
                vec![CallFrameInstruction::Offset(
                    Register(dwarf),
                    fp_offset - 16,
                )]
            }
        }
    }
}

const X64_RSP: Register = Register(7);
const X64_RBP: Register = Register(6);
const X64_RA: Register = Register(16);
const A64_FP: Register = Register(29);
const A64_LR: Register = Register(30);
const A64_SP: Register = Register(31);

/// Writes one function's LSDA at the end of `out`.
fn write_lsda(
    out: &mut Vec<u8>,
    relocs: &mut Vec<(usize, SymbolIndex, i64)>,
    eh: &FunctionEh,
    start: usize,
    len: usize,
) -> Result<(), String> {
    // Action table: one chain per distinct list of filter values.
    let mut actions = Vec::new();
    let mut chains: HashMap<&[i64], u64> = HashMap::new();
    let mut site_action = Vec::with_capacity(eh.sites.len());
    for s in &eh.sites {
        if s.actions.is_empty() {
            site_action.push(0);
            continue;
        }
        let first = *chains.entry(&s.actions).or_insert_with(|| {
            let first = actions.len() as u64 + 1;
            for (i, &a) in s.actions.iter().enumerate() {
                sleb(&mut actions, a);
                // The next record starts right after this one-byte displacement.
                sleb(&mut actions, if i + 1 < s.actions.len() { 1 } else { 0 });
            }
            first
        });
        site_action.push(first);
    }
    // Call-site table: every byte of the function is covered, so that a call outside any
    // invoke unwinds on (landing pad 0) instead of ending in `std::terminate`.
    let mut sites = Vec::new();
    let mut at = 0usize;
    let entry = |sites: &mut Vec<u8>, from: usize, to: usize, lp: usize, action: u64| {
        if to > from {
            uleb(sites, from as u64);
            uleb(sites, (to - from) as u64);
            uleb(sites, lp as u64);
            uleb(sites, action);
        }
    };
    let mut ordered: Vec<(usize, &CallSite)> = eh.sites.iter().enumerate().collect();
    ordered.sort_by_key(|(_, s)| s.begin);
    for (i, s) in ordered {
        let (b, e) = (s.begin - start, s.end - start);
        if b < at || e > len {
            return Err(format!(
                "invoke call range {b}..{e} overlaps another or leaves the function"
            ));
        }
        let lp = s
            .landing_at
            .ok_or("landing pad label not resolved")?
            .checked_sub(start)
            .filter(|&o| o > 0 && o < len)
            .ok_or("landing pad outside its function")?;
        entry(&mut sites, at, b, 0, 0);
        entry(&mut sites, b, e, lp, site_action[i]);
        at = e;
    }
    entry(&mut sites, at, len, 0, 0);

    let has_types = !eh.types.is_empty() || !eh.filters.is_empty();
    out.push(0xff); // LPStart: the function's start
    if has_types {
        out.push(0x00); // type infos: absolute pointers
        // From after this field to the end of the type table.
        let after = 1 + uleb_len(sites.len() as u64) + sites.len() + actions.len();
        let ttype_offset = after + 8 * eh.types.len();
        uleb(out, ttype_offset as u64);
    } else {
        out.push(0xff);
    }
    out.push(0x01); // call-site fields: uleb128
    uleb(out, sites.len() as u64);
    out.extend_from_slice(&sites);
    out.extend_from_slice(&actions);
    if has_types {
        // Entry i (1-based) sits i pointers before the table's base.
        for ty in eh.types.iter().rev() {
            if let Some((symbol, addend)) = *ty {
                relocs.push((out.len(), symbol, addend));
            }
            out.extend_from_slice(&[0; 8]);
        }
        for list in &eh.filters {
            for &i in list {
                uleb(out, u64::from(i));
            }
            out.push(0);
        }
    }
    Ok(())
}

/// A gimli writer that records the symbol relocations of `.eh_frame`.
struct EhWriter {
    out: EndianVec<LittleEndian>,
    relocs: Vec<GimliReloc>,
}

impl RelocateWriter for EhWriter {
    type Writer = EndianVec<LittleEndian>;
    fn writer(&self) -> &Self::Writer {
        &self.out
    }
    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.out
    }
    fn relocate(&mut self, relocation: GimliReloc) {
        self.relocs.push(relocation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb128_encodings() {
        let mut v = Vec::new();
        uleb(&mut v, 624_485);
        assert_eq!(v, [0xe5, 0x8e, 0x26]);
        v.clear();
        sleb(&mut v, -123_456);
        assert_eq!(v, [0xc0, 0xbb, 0x78]);
        v.clear();
        sleb(&mut v, 63);
        sleb(&mut v, 64);
        sleb(&mut v, -64);
        sleb(&mut v, -65);
        assert_eq!(v, [0x3f, 0xc0, 0x00, 0x40, 0xbf, 0x7f]);
        assert_eq!(uleb_len(127), 1);
        assert_eq!(uleb_len(128), 2);
    }
}
