//! Writing the bitstream: unabbreviated records in nested blocks, and blob records through
//! an abbreviation defined in their block.

use super::{DEFINE_ABBREV, END_BLOCK, ENTER_SUBBLOCK, UNABBREV_RECORD};

/// Writes a bitstream into a byte vector.
pub(crate) struct BitWriter {
    out: Vec<u8>,
    /// Bits not yet flushed to `out` (the low `nbits` bits of `cur`).
    cur: u64,
    nbits: u32,
    /// Per open block: its abbreviation width and the byte offset of its length word.
    blocks: Vec<(u32, usize)>,
}

impl Default for BitWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl BitWriter {
    /// An empty stream.
    pub fn new() -> Self {
        BitWriter {
            out: Vec::new(),
            cur: 0,
            nbits: 0,
            blocks: Vec::new(),
        }
    }

    /// Appends `n` ≤ 32 bits of `v`.
    fn emit32(&mut self, v: u64, n: u32) {
        debug_assert!(n <= 32);
        if n == 0 {
            return;
        }
        self.cur |= (v & ((1u64 << n) - 1)) << self.nbits;
        self.nbits += n;
        while self.nbits >= 8 {
            self.out.push(self.cur as u8);
            self.cur >>= 8;
            self.nbits -= 8;
        }
    }

    /// Appends `n` ≤ 64 bits of `v`.
    pub fn emit(&mut self, v: u64, n: u32) {
        if n > 32 {
            self.emit32(v, 32);
            self.emit32(v >> 32, n - 32);
        } else {
            self.emit32(v, n);
        }
    }

    /// Appends `v` as a VBR number in chunks of `n` bits.
    pub fn emit_vbr(&mut self, mut v: u64, n: u32) {
        let hi = 1u64 << (n - 1);
        while v >= hi {
            self.emit32((v & (hi - 1)) | hi, n);
            v >>= n - 1;
        }
        self.emit32(v, n);
    }

    /// Pads with zero bits to a multiple of 32.
    pub fn align32(&mut self) {
        let pad = (32 - (self.bit_len() % 32) as u32) % 32;
        self.emit(0, pad);
    }

    /// The number of bits written.
    pub fn bit_len(&self) -> u64 {
        self.out.len() as u64 * 8 + u64::from(self.nbits)
    }

    fn abbrev_width(&self) -> u32 {
        self.blocks.last().map_or(2, |b| b.0)
    }

    /// Opens a block with abbreviation ids of `width` bits.
    pub fn enter_block(&mut self, id: u32, width: u32) {
        self.emit(ENTER_SUBBLOCK, self.abbrev_width());
        self.emit_vbr(u64::from(id), 8);
        self.emit_vbr(u64::from(width), 4);
        self.align32();
        let at = self.out.len();
        self.emit(0, 32);
        self.blocks.push((width, at));
    }

    /// Closes the innermost block, filling in its length.
    pub fn end_block(&mut self) {
        self.emit(END_BLOCK, self.abbrev_width());
        self.align32();
        let Some((_, at)) = self.blocks.pop() else {
            return;
        };
        let words = ((self.out.len() - at - 4) / 4) as u32;
        self.out[at..at + 4].copy_from_slice(&words.to_le_bytes());
    }

    /// Writes an unabbreviated record.
    pub fn record(&mut self, code: u32, ops: &[u64]) {
        self.emit(UNABBREV_RECORD, self.abbrev_width());
        self.emit_vbr(u64::from(code), 6);
        self.emit_vbr(ops.len() as u64, 6);
        for &op in ops {
            self.emit_vbr(op, 6);
        }
    }

    /// Writes a record of `code` whose one operand is a blob. Defines, in the current
    /// block, the abbreviation `[literal code, blob]` (so call it once per block).
    pub fn blob_record(&mut self, code: u32, blob: &[u8]) {
        let width = self.abbrev_width();
        // DEFINE_ABBREV: two operands, literal code, then blob (encoding 5).
        self.emit(DEFINE_ABBREV, width);
        self.emit_vbr(2, 5);
        self.emit(1, 1);
        self.emit_vbr(u64::from(code), 8);
        self.emit(0, 1);
        self.emit(5, 3);
        // The first abbreviation of a block has id 4.
        self.emit(4, width);
        self.emit_vbr(blob.len() as u64, 6);
        self.align32();
        for &b in blob {
            self.emit(u64::from(b), 8);
        }
        self.align32();
    }

    /// The bytes written (the stream is padded to 32 bits).
    pub fn finish(mut self) -> Vec<u8> {
        while !self.blocks.is_empty() {
            self.end_block();
        }
        self.align32();
        self.out
    }
}
