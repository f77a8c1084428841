//! Reading the bitstream: bits, blocks, abbreviations and records.

use super::{
    Abbrev, AbbrevOp, BLOCKINFO_BLOCK_ID, DEFINE_ABBREV, END_BLOCK, ENTER_SUBBLOCK,
    UNABBREV_RECORD, char6,
};
use crate::error::{DResult, limit, malformed};
use std::collections::HashMap;
use std::rc::Rc;

/// How deep blocks may nest (LLVM's own files nest four deep).
const MAX_DEPTH: usize = 32;

/// One record: its code, operands and (for blob operands) the byte range of the blob.
#[derive(Clone, Debug, Default)]
pub(crate) struct Record {
    /// The record code.
    pub code: u32,
    /// The operands, the code excluded (array elements and char6 characters inline).
    pub ops: Vec<u64>,
    /// The byte range of a blob operand in the input.
    pub blob: Option<(usize, usize)>,
    /// Whether the record was abbreviated.
    pub abbreviated: bool,
}

/// What [`Cursor::advance`] found.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    /// The start of a nested block with this id; call [`Cursor::enter_block`] or
    /// [`Cursor::skip_block`].
    SubBlock(u32),
    /// The end of the current block (already left).
    EndBlock,
    /// A record, now in [`Cursor::record`].
    Record(u32),
    /// The end of the input at the top level.
    Eof,
}

struct Scope {
    id: u32,
    abbrev_width: u32,
    abbrevs: Vec<Rc<Abbrev>>,
    /// Bit position where the block ends.
    end: u64,
    /// The limit of the enclosing scope, restored when this one ends.
    outer_limit: u64,
}

/// A pending block header read by `advance`.
#[derive(Copy, Clone)]
struct PendingBlock {
    id: u32,
    abbrev_width: u32,
    /// First bit of the block's contents (after the header, 32-bit aligned).
    start: u64,
    /// Bit position after the block.
    end: u64,
}

/// Reads a bitstream. Never reads past the end of the current block.
pub(crate) struct Cursor<'a> {
    data: &'a [u8],
    pos: u64,
    /// Reads stop here: the end of the current block, or of the data.
    limit: u64,
    stack: Vec<Scope>,
    blockinfo: HashMap<u32, Vec<Rc<Abbrev>>>,
    pending: Option<PendingBlock>,
    record: Record,
}

impl<'a> Cursor<'a> {
    /// A cursor over `data` (whose length must be a multiple of 4, as bitcode is).
    pub fn new(data: &'a [u8]) -> Self {
        Cursor {
            data,
            pos: 0,
            limit: data.len() as u64 * 8,
            stack: Vec::new(),
            blockinfo: HashMap::new(),
            pending: None,
            record: Record::default(),
        }
    }

    /// The current bit position.
    pub fn pos(&self) -> u64 {
        self.pos
    }

    /// The ids of the blocks entered, outermost first.
    pub fn block_path(&self) -> Vec<u32> {
        self.stack.iter().map(|s| s.id).collect()
    }

    /// The record read by the last `advance`.
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// Moves to `bit`, which must be inside the current block (used to read the top-level
    /// blocks of a file out of order).
    pub fn seek(&mut self, bit: u64) -> DResult<()> {
        if bit > self.limit {
            return malformed(format!("seek to bit {bit} past the end of the block"));
        }
        self.pos = bit;
        self.pending = None;
        Ok(())
    }

    /// Reads `n` ≤ 64 bits.
    pub fn read(&mut self, n: u32) -> DResult<u64> {
        if n == 0 {
            return Ok(0);
        }
        if n > 64 {
            return malformed(format!("a field of {n} bits (at most 64)"));
        }
        if self.pos + u64::from(n) > self.limit {
            return malformed(if self.stack.is_empty() {
                "unexpected end of the input".to_string()
            } else {
                "the block ends in the middle of a record (truncated or corrupted input)"
                    .to_string()
            });
        }
        let byte = (self.pos / 8) as usize;
        let shift = (self.pos % 8) as u32;
        let mut buf = [0u8; 16];
        let avail = (self.data.len() - byte).min(16);
        buf[..avail].copy_from_slice(&self.data[byte..byte + avail]);
        let v = u128::from_le_bytes(buf) >> shift;
        self.pos += u64::from(n);
        Ok(if n == 64 {
            v as u64
        } else {
            (v as u64) & ((1u64 << n) - 1)
        })
    }

    /// Reads a variable-width number in chunks of `n` bits (2..=32).
    pub fn read_vbr(&mut self, n: u32) -> DResult<u64> {
        if !(2..=32).contains(&n) {
            return malformed(format!("a VBR field of chunk width {n}"));
        }
        let hi = 1u64 << (n - 1);
        let mut value = 0u64;
        let mut shift = 0u32;
        loop {
            let chunk = self.read(n)?;
            let bits = chunk & (hi - 1);
            if shift >= 64 || (shift > 0 && (bits << shift) >> shift != bits) {
                return malformed("a VBR number does not fit in 64 bits");
            }
            value |= bits << shift;
            if chunk & hi == 0 {
                return Ok(value);
            }
            shift += n - 1;
        }
    }

    fn align32(&mut self) -> DResult<()> {
        let aligned = self.pos.div_ceil(32) * 32;
        if aligned > self.limit {
            return malformed("unexpected end of the input at an alignment");
        }
        self.pos = aligned;
        Ok(())
    }

    fn abbrev_width(&self) -> u32 {
        self.stack.last().map_or(2, |s| s.abbrev_width)
    }

    /// Bits left in the current block.
    pub fn bits_left(&self) -> u64 {
        self.limit.saturating_sub(self.pos)
    }

    /// Reads the next entry of the current block (definitions of abbreviations are
    /// handled here and never returned).
    pub fn advance(&mut self) -> DResult<Entry> {
        if let Some(p) = self.pending.take() {
            // The caller neither entered nor skipped the block: skip it.
            self.pos = p.end;
        }
        loop {
            // At the top level, fewer than 4 bytes or only zero padding (some producers
            // round files up) end the input.
            if self.stack.is_empty()
                && (self.pos + 32 > self.limit
                    || self.data[(self.pos / 8) as usize..].iter().all(|&b| b == 0))
            {
                return Ok(Entry::Eof);
            }
            let id = self.read(self.abbrev_width())?;
            match id {
                END_BLOCK => {
                    if self.stack.is_empty() {
                        return malformed("END_BLOCK outside any block");
                    }
                    self.align32()?;
                    let scope = self.stack.pop().expect("checked non-empty above");
                    if self.pos != scope.end {
                        return malformed(format!(
                            "{} ends at bit {} but its header said {}",
                            block_name(scope.id),
                            self.pos,
                            scope.end
                        ));
                    }
                    self.limit = scope.outer_limit;
                    return Ok(Entry::EndBlock);
                }
                ENTER_SUBBLOCK => {
                    let bid = self.read_vbr(8)?;
                    let width = self.read_vbr(4)?;
                    self.align32()?;
                    let words = self.read(32)?;
                    let id = u32::try_from(bid)
                        .ok()
                        .filter(|_| bid < 1 << 20)
                        .map_or_else(|| malformed(format!("block id {bid}")), Ok)?;
                    if !(1..=32).contains(&width) {
                        return malformed(format!(
                            "block {id} declares abbreviation ids of {width} bits"
                        ));
                    }
                    let start = self.pos;
                    let end = start + words * 32;
                    if end > self.limit {
                        return malformed(format!(
                            "{} claims {words} words, more than is left of the {}",
                            block_name(id),
                            if self.stack.is_empty() {
                                "input"
                            } else {
                                "enclosing block"
                            }
                        ));
                    }
                    self.pending = Some(PendingBlock {
                        id,
                        abbrev_width: width as u32,
                        start,
                        end,
                    });
                    return Ok(Entry::SubBlock(id));
                }
                _ if self.stack.is_empty() => {
                    return malformed(format!(
                        "abbreviation id {id} at the top level (only blocks may appear there)"
                    ));
                }
                DEFINE_ABBREV => {
                    let abbrev = self.read_abbrev()?;
                    let scope = self.stack.last_mut().expect("checked non-empty above");
                    scope.abbrevs.push(Rc::new(abbrev));
                }
                UNABBREV_RECORD => {
                    self.read_unabbrev()?;
                    return Ok(Entry::Record(self.record.code));
                }
                _ => {
                    let scope = self.stack.last().expect("checked non-empty above");
                    let Some(a) = scope.abbrevs.get((id - 4) as usize).cloned() else {
                        return malformed(format!(
                            "abbreviation id {id} is not defined in block {}",
                            scope.id
                        ));
                    };
                    self.read_abbreviated(&a)?;
                    return Ok(Entry::Record(self.record.code));
                }
            }
        }
    }

    /// Enters the block whose header `advance` just returned.
    pub fn enter_block(&mut self) -> DResult<()> {
        let Some(p) = self.pending.take() else {
            return malformed("internal: enter_block without a block header");
        };
        if self.stack.len() >= MAX_DEPTH {
            return limit(format!("blocks nest more than {MAX_DEPTH} deep"));
        }
        let abbrevs = self.blockinfo.get(&p.id).cloned().unwrap_or_default();
        self.stack.push(Scope {
            id: p.id,
            abbrev_width: p.abbrev_width,
            abbrevs,
            end: p.end,
            outer_limit: self.limit,
        });
        self.pos = p.start;
        self.limit = p.end;
        Ok(())
    }

    /// Skips the block whose header `advance` just returned.
    pub fn skip_block(&mut self) {
        if let Some(p) = self.pending.take() {
            self.pos = p.end;
        }
    }

    /// Reads a `BLOCKINFO` block whose header `advance` just returned, recording its
    /// abbreviations for the blocks they name.
    pub fn read_blockinfo(&mut self) -> DResult<()> {
        self.enter_block()?;
        let mut current: Option<u32> = None;
        loop {
            let id = self.read(self.abbrev_width())?;
            match id {
                END_BLOCK => {
                    self.align32()?;
                    let scope = self.stack.pop().expect("entered above");
                    if self.pos != scope.end {
                        return malformed("BLOCKINFO block length does not match its contents");
                    }
                    self.limit = scope.outer_limit;
                    return Ok(());
                }
                ENTER_SUBBLOCK => return malformed("a block nested in BLOCKINFO"),
                DEFINE_ABBREV => {
                    let Some(bid) = current else {
                        return malformed("BLOCKINFO defines an abbreviation before SETBID");
                    };
                    let a = self.read_abbrev()?;
                    self.blockinfo.entry(bid).or_default().push(Rc::new(a));
                }
                UNABBREV_RECORD => {
                    self.read_unabbrev()?;
                    if self.record.code == 1 {
                        let Some(&b) = self.record.ops.first() else {
                            return malformed("SETBID without a block id");
                        };
                        current = Some(
                            u32::try_from(b)
                                .ok()
                                .filter(|&b| b != BLOCKINFO_BLOCK_ID)
                                .map_or_else(|| malformed(format!("SETBID {b}")), Ok)?,
                        );
                    }
                }
                _ => return malformed(format!("abbreviated record {id} in BLOCKINFO")),
            }
        }
    }

    fn read_abbrev(&mut self) -> DResult<Abbrev> {
        let n = self.read_vbr(5)?;
        if n == 0 || n > self.bits_left() {
            return malformed(format!("an abbreviation of {n} operands"));
        }
        let mut ops = Vec::with_capacity(n as usize);
        let mut i = 0;
        while i < n {
            i += 1;
            if self.read(1)? == 1 {
                ops.push(AbbrevOp::Literal(self.read_vbr(8)?));
                continue;
            }
            let op = match self.read(3)? {
                enc @ (1 | 2) => {
                    let width = self.read_vbr(5)?;
                    match (enc, width) {
                        // A zero-width field is the constant 0, as LLVM reads it.
                        (_, 0) => AbbrevOp::Literal(0),
                        (1, w @ 1..=64) => AbbrevOp::Fixed(w as u32),
                        (2, w @ 2..=32) => AbbrevOp::Vbr(w as u32),
                        _ => {
                            return malformed(format!(
                                "a {} abbreviation operand of width {width}",
                                if enc == 1 { "fixed" } else { "VBR" }
                            ));
                        }
                    }
                }
                3 => AbbrevOp::Array,
                4 => AbbrevOp::Char6,
                5 => AbbrevOp::Blob,
                e => return malformed(format!("abbreviation operand encoding {e}")),
            };
            ops.push(op);
        }
        check_abbrev(&ops)?;
        Ok(Abbrev { ops })
    }

    fn read_unabbrev(&mut self) -> DResult<()> {
        let code = self.read_vbr(6)?;
        let n = self.read_vbr(6)?;
        if n.saturating_mul(6) > self.bits_left() {
            return malformed(format!(
                "a record of {n} operands, more than is left of the block"
            ));
        }
        self.record.code = record_code(code)?;
        self.record.ops.clear();
        self.record.ops.reserve(n as usize);
        self.record.blob = None;
        self.record.abbreviated = false;
        for _ in 0..n {
            let v = self.read_vbr(6)?;
            self.record.ops.push(v);
        }
        Ok(())
    }

    fn read_scalar(&mut self, op: &AbbrevOp) -> DResult<u64> {
        match *op {
            AbbrevOp::Literal(v) => Ok(v),
            AbbrevOp::Fixed(w) => self.read(w),
            AbbrevOp::Vbr(w) => self.read_vbr(w),
            AbbrevOp::Char6 => Ok(u64::from(char6(self.read(6)?))),
            AbbrevOp::Array | AbbrevOp::Blob => malformed("an array or blob used as a scalar"),
        }
    }

    fn read_abbreviated(&mut self, a: &Abbrev) -> DResult<()> {
        self.record.ops.clear();
        self.record.blob = None;
        self.record.abbreviated = true;
        let code = self.read_scalar(&a.ops[0])?;
        self.record.code = record_code(code)?;
        let mut i = 1;
        while i < a.ops.len() {
            match &a.ops[i] {
                AbbrevOp::Array => {
                    let elem = &a.ops[i + 1];
                    let n = self.read_vbr(6)?;
                    if n > self.bits_left() {
                        return malformed(format!(
                            "an array of {n} elements, more than is left of the block"
                        ));
                    }
                    self.record.ops.reserve(n as usize);
                    for _ in 0..n {
                        let v = self.read_scalar(elem)?;
                        self.record.ops.push(v);
                    }
                    i += 2;
                }
                AbbrevOp::Blob => {
                    let n = self.read_vbr(6)?;
                    self.align32()?;
                    if n.saturating_mul(8) > self.bits_left() {
                        return malformed(format!(
                            "a blob of {n} bytes, more than is left of the block"
                        ));
                    }
                    let start = (self.pos / 8) as usize;
                    self.pos += n * 8;
                    self.align32()?;
                    self.record.blob = Some((start, start + n as usize));
                    i += 1;
                }
                op => {
                    let v = self.read_scalar(op)?;
                    self.record.ops.push(v);
                    i += 1;
                }
            }
        }
        Ok(())
    }
}

fn block_name(id: u32) -> String {
    crate::codes::block::name(id)
}

fn record_code(code: u64) -> DResult<u32> {
    u32::try_from(code).map_or_else(|_| malformed(format!("record code {code}")), Ok)
}

/// Checks the shape of an abbreviation: an array is followed by exactly one scalar element
/// operand and ends the list; a blob ends the list; the first operand is a scalar.
fn check_abbrev(ops: &[AbbrevOp]) -> DResult<()> {
    if matches!(ops[0], AbbrevOp::Array | AbbrevOp::Blob) {
        return malformed("an abbreviation starts with an array or a blob");
    }
    for (i, op) in ops.iter().enumerate() {
        match op {
            AbbrevOp::Array => {
                if i + 2 != ops.len() {
                    return malformed("an array operand is not second to last");
                }
                match ops[i + 1] {
                    AbbrevOp::Fixed(_) | AbbrevOp::Vbr(_) | AbbrevOp::Char6 => {}
                    _ => return malformed("an array of literals, arrays or blobs"),
                }
            }
            AbbrevOp::Blob if i + 1 != ops.len() => {
                return malformed("a blob operand is not last");
            }
            _ => {}
        }
    }
    Ok(())
}
