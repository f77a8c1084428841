//! The reader: bitcode in, a [`Module`] out.
//!
//! ```text
//!   bytes ─ wrapper/magic ─ top level: IDENTIFICATION, MODULE, STRTAB, SYMTAB blocks
//!                             │ (the string table is found first: names point into it)
//!                             ▼
//!                     module.rs   version, triple, data layout, globals, functions,
//!                                 aliases, sections, comdats, nested blocks
//!                     types.rs    the type table
//!                     attrs.rs    attribute groups and lists
//!                     constants.rs  constants blocks (module and function level)
//!                     function.rs   function bodies, one decoder per instruction record
//! ```
//!
//! What is kept and dropped mirrors the `.ll` reader ([`jit_core::reader`]): metadata
//! blocks, metadata attachments, debug locations and debug records, use-list orders,
//! comdats, visibility and `dso_local` are read past; calls to `llvm.dbg.*` are dropped;
//! operand bundles are accepted on `llvm.assume` only. Exception handling, `callbr`,
//! calling conventions other than C (and `fastcc`, read as C), `half`/`bfloat`, ifuncs,
//! module asm and typed-pointer-era bitcode (module version 0 and 1, before LLVM 5) are
//! [`BitcodeErrorKind::Unsupported`] errors naming the record.

mod attrs;
mod constants;
mod function;
mod module;
mod types;

#[cfg(test)]
pub(crate) use constants::f32_bits_to_f64_bits;
#[cfg(test)]
mod tests;

use crate::bitstream::{Cursor, Entry};
use crate::codes::{self, block};
use crate::error::{BitcodeError, BitcodeErrorKind, DResult, Diag, malformed, unsupported};
use jit_core::ir::Module;

/// Strips the wrapper header, if any, and checks the magic number. Returns the raw
/// bitcode (starting with `BC\xC0\xDE`).
pub(crate) fn raw_bitcode(bytes: &[u8]) -> DResult<&[u8]> {
    let mut data = bytes;
    if data.len() >= 4 && data[..4] == codes::WRAPPER_MAGIC {
        if data.len() < 20 {
            return malformed("the wrapper header is truncated");
        }
        let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
        let (offset, size) = (word(8) as usize, word(12) as usize);
        let Some(end) = offset.checked_add(size).filter(|&e| e <= data.len()) else {
            return malformed(format!(
                "the wrapper header says the bitcode is at {offset}..+{size}, past the end of the {} bytes",
                data.len()
            ));
        };
        data = &data[offset..end];
    }
    if data.len() < 4 || data[..4] != codes::MAGIC {
        return malformed("not LLVM bitcode (no `BC\\xC0\\xDE` magic number)");
    }
    if data.len() % 4 != 0 {
        return malformed(format!(
            "bitcode of {} bytes, not a multiple of 4 (truncated?)",
            data.len()
        ));
    }
    Ok(data)
}

/// Reads a module from bitcode (raw, or inside the wrapper header clang writes for some
/// targets). `file_name` is used in messages and as the module name.
pub fn read_module(bytes: &[u8], file_name: &str) -> Result<Module, BitcodeError> {
    let fail = |d: Box<Diag>, bit: u64, context: String| BitcodeError {
        file: file_name.to_string(),
        bit,
        context,
        message: d.message,
        kind: d.kind,
    };
    let data = raw_bitcode(bytes).map_err(|d| fail(d, 0, "the file header".into()))?;
    // The offset of the raw bitcode in `bytes`, so that errors give positions in the file.
    let base = (data.as_ptr() as usize - bytes.as_ptr() as usize) as u64 * 8;
    let mut c = Cursor::new(data);
    let top =
        scan_top_level(&mut c).map_err(|d| fail(d, base + c.pos(), "the top level".into()))?;
    let Some(module_start) = top.module else {
        return Err(fail(
            Box::new(Diag {
                kind: BitcodeErrorKind::Malformed,
                message: "no MODULE_BLOCK".into(),
            }),
            base,
            "the top level".into(),
        ));
    };
    let strtab = top.strtab.map_or(&[][..], |(s, e)| &data[s..e]);
    let mut r = module::ModuleReader::new(c, strtab, file_name);
    match r.read(module_start) {
        Ok(()) => Ok(r.finish()),
        Err(d) => {
            let (bit, context) = r.where_();
            Err(fail(d, base + bit, context))
        }
    }
}

/// What the top level of a file holds.
struct TopLevel {
    /// The header of the first module block (its position, to seek back to it).
    module: Option<u64>,
    /// The byte range of the string table blob.
    strtab: Option<(usize, usize)>,
}

/// Reads the top-level blocks: checks the identification block's epoch, notes where the
/// module block is, and reads the string table (which follows the module).
fn scan_top_level(c: &mut Cursor<'_>) -> DResult<TopLevel> {
    c.seek(32)?;
    let mut top = TopLevel {
        module: None,
        strtab: None,
    };
    loop {
        let before = c.pos();
        match c.advance()? {
            Entry::Eof => return Ok(top),
            Entry::SubBlock(block::IDENTIFICATION) => {
                c.enter_block()?;
                read_identification(c)?;
            }
            Entry::SubBlock(block::MODULE) => {
                if top.module.is_some() {
                    return unsupported("a file with more than one module");
                }
                top.module = Some(before);
                c.skip_block();
            }
            Entry::SubBlock(block::STRTAB) => {
                c.enter_block()?;
                loop {
                    match c.advance()? {
                        Entry::EndBlock => break,
                        Entry::Record(codes::misc::STRTAB_BLOB) => {
                            let Some(b) = c.record().blob else {
                                return malformed("STRTAB_BLOB without a blob operand");
                            };
                            if top.strtab.is_none() {
                                top.strtab = Some(b);
                            }
                        }
                        Entry::Record(_) => {}
                        Entry::SubBlock(_) => c.skip_block(),
                        Entry::Eof => return malformed("the input ends inside STRTAB_BLOCK"),
                    }
                }
            }
            Entry::SubBlock(0) => c.read_blockinfo()?,
            Entry::SubBlock(_) => c.skip_block(),
            Entry::EndBlock | Entry::Record(_) => {
                return malformed("a record at the top level");
            }
        }
    }
}

/// Checks the epoch of the identification block (0 for every LLVM since 3.9).
fn read_identification(c: &mut Cursor<'_>) -> DResult<()> {
    let mut producer = String::new();
    loop {
        match c.advance()? {
            Entry::EndBlock => return Ok(()),
            Entry::Record(codes::ident::STRING) => {
                producer = c.record().ops.iter().map(|&b| b as u8 as char).collect();
            }
            Entry::Record(codes::ident::EPOCH) => {
                let epoch = c.record().ops.first().copied().unwrap_or(0);
                if epoch != 0 {
                    return unsupported(format!(
                        "bitcode epoch {epoch} (written by `{producer}`); this reader knows epoch 0 (LLVM 4 to 19)"
                    ));
                }
            }
            Entry::Record(_) => {}
            Entry::SubBlock(_) => c.skip_block(),
            Entry::Eof => return malformed("the input ends inside IDENTIFICATION_BLOCK"),
        }
    }
}
