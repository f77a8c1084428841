//! The bitstream container (LLVM's "Bitstream" format): a sequence of bits read in
//! little-endian order, structured into nested blocks of records, each record either
//! unabbreviated (code, count and operands as 6-bit VBR numbers) or described by an
//! abbreviation (a list of literal, fixed-width, VBR, array, char6 and blob operands) that
//! the block, or the `BLOCKINFO` block for every block of an id, defines.
//!
//! The [`Cursor`] reads it without ever trusting a length: every read is checked against
//! the end of the enclosing block, array and blob lengths against the bits left, nesting
//! depth is bounded, so truncated or corrupted input is an error and never a panic or a
//! loop without progress. [`BitWriter`] writes it (unabbreviated records, plus the one
//! abbreviation a blob needs).

mod reader;
mod writer;

pub(crate) use reader::{Cursor, Entry};
pub(crate) use writer::BitWriter;

/// Abbreviation id of `END_BLOCK`.
pub(crate) const END_BLOCK: u64 = 0;
/// Abbreviation id of `ENTER_SUBBLOCK`.
pub(crate) const ENTER_SUBBLOCK: u64 = 1;
/// Abbreviation id of `DEFINE_ABBREV`.
pub(crate) const DEFINE_ABBREV: u64 = 2;
/// Abbreviation id of `UNABBREV_RECORD`.
pub(crate) const UNABBREV_RECORD: u64 = 3;
/// Block id of the `BLOCKINFO` block.
pub(crate) const BLOCKINFO_BLOCK_ID: u32 = 0;

/// One operand of an abbreviation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevOp {
    /// A constant, not stored in the stream.
    Literal(u64),
    /// A fixed-width field of 1..=64 bits.
    Fixed(u32),
    /// A variable-width field in chunks of 2..=32 bits.
    Vbr(u32),
    /// A count (VBR6) then that many elements encoded as the next operand.
    Array,
    /// A 6-bit character from `[a-zA-Z0-9._]`.
    Char6,
    /// A count (VBR6), alignment to 32 bits, the bytes, alignment again.
    Blob,
}

/// An abbreviation: how the operands of a record are encoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Abbrev {
    pub ops: Vec<AbbrevOp>,
}

/// Decodes a char6 value.
pub(crate) fn char6(v: u64) -> u8 {
    match v {
        0..=25 => b'a' + v as u8,
        26..=51 => b'A' + (v - 26) as u8,
        52..=61 => b'0' + (v - 52) as u8,
        62 => b'.',
        _ => b'_',
    }
}
