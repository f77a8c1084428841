//! Hand-made bitcode: the errors name what is wrong and where.

use crate::bitstream::BitWriter;
use crate::codes::{self, block, func, module, ty};
use crate::{BitcodeErrorKind, read_module};

/// A file with a module block whose contents `body` writes, and a string table.
fn file(strtab: &[u8], body: impl FnOnce(&mut BitWriter)) -> Vec<u8> {
    let mut w = BitWriter::new();
    for &b in &codes::MAGIC {
        w.emit(u64::from(b), 8);
    }
    w.enter_block(block::MODULE, 3);
    body(&mut w);
    w.end_block();
    w.enter_block(block::STRTAB, 3);
    w.blob_record(codes::misc::STRTAB_BLOB, strtab);
    w.end_block();
    w.finish()
}

/// Version 2, types `i32` and `i32 ()`, and `define i32 @f()` whose body `body` writes.
fn with_function(body: impl FnOnce(&mut BitWriter)) -> Vec<u8> {
    file(b"f", |w| {
        w.record(module::VERSION, &[2]);
        w.enter_block(block::TYPE_NEW, 3);
        w.record(ty::INTEGER, &[32]);
        w.record(ty::FUNCTION, &[0, 0]);
        w.end_block();
        w.record(module::FUNCTION, &[0, 1, 1, 0, 0, 0, 0, 0]);
        w.enter_block(block::FUNCTION, 3);
        w.record(func::DECLAREBLOCKS, &[1]);
        body(w);
        w.end_block();
    })
}

#[test]
fn a_minimal_module_reads() {
    let bytes = with_function(|w| {
        w.enter_block(block::CONSTANTS, 3);
        w.record(codes::cst::SETTYPE, &[0]);
        w.record(codes::cst::INTEGER, &[84]);
        w.end_block();
        // ret i32 42: the constant is value 1, the next value number is 2.
        w.record(func::INST_RET, &[1]);
    });
    let m = read_module(&bytes, "min.bc").unwrap();
    let text = jit_core::printer::print_module(&m);
    assert!(
        text.contains("define i32 @f() {\n  ret i32 42\n}"),
        "{text}"
    );
}

#[test]
fn a_newer_module_version_is_unsupported() {
    let bytes = file(b"", |w| w.record(module::VERSION, &[3]));
    let e = read_module(&bytes, "v3.bc").unwrap_err();
    assert_eq!(e.kind, BitcodeErrorKind::Unsupported);
    assert!(e.message.contains("module version 3 is newer"), "{e}");
    assert!(e.context.contains("MODULE_BLOCK > VERSION"), "{e}");
    let old = read_module(&file(b"", |w| w.record(module::VERSION, &[1])), "v1.bc").unwrap_err();
    assert!(old.message.contains("before LLVM 5"), "{old}");
}

#[test]
fn unknown_records_and_blocks_are_named() {
    let e = read_module(&file(b"", |w| w.record(99, &[1, 2])), "r.bc").unwrap_err();
    assert!(
        e.message.contains("unknown record 99 in MODULE_BLOCK"),
        "{e}"
    );
    let e = read_module(
        &file(b"", |w| {
            w.enter_block(77, 3);
            w.end_block();
        }),
        "b.bc",
    )
    .unwrap_err();
    assert!(e.message.contains("unknown block id 77"), "{e}");
    let i = with_function(|w| w.record(99, &[]));
    let e = read_module(&i, "i.bc").unwrap_err();
    assert!(e.message.contains("unknown instruction record 99"), "{e}");
    assert!(e.context.contains("FUNCTION_BLOCK of @f"), "{e}");
    assert_eq!(e.kind, BitcodeErrorKind::Unsupported);
    // The position is the record's: past the header, inside the file.
    assert!(e.bit > 64 && e.bit < i.len() as u64 * 8, "{e}");
    let shown = e.to_string();
    assert!(shown.starts_with("i.bc: bit "), "{shown}");
}

#[test]
fn truncated_exception_handling_and_bad_operands_are_errors() {
    // An invoke cut after its attributes, one to a block that does not exist, and a
    // landingpad claiming more clauses than its record holds.
    let e = read_module(
        &with_function(|w| w.record(func::INST_INVOKE, &[0])),
        "eh.bc",
    )
    .unwrap_err();
    assert!(e.message.contains("ends too early"), "{e}");
    assert_eq!(e.kind, BitcodeErrorKind::Malformed);
    let e = read_module(
        &with_function(|w| w.record(func::INST_INVOKE, &[0, 1 << 13, 0, 9])),
        "eh.bc",
    )
    .unwrap_err();
    assert!(e.message.contains("block 9 does not exist"), "{e}");
    let e = read_module(
        &with_function(|w| w.record(func::INST_LANDINGPAD, &[0, 1, 5])),
        "eh.bc",
    )
    .unwrap_err();
    assert_eq!(e.kind, BitcodeErrorKind::Malformed, "{e}");
    let e = read_module(
        &with_function(|w| w.record(func::INST_CATCHPAD, &[0])),
        "eh.bc",
    )
    .unwrap_err();
    assert!(e.message.contains("funclet exception handling"), "{e}");
    // `ret` of a value that does not exist (relative id 5 from value 1).
    let e = read_module(&with_function(|w| w.record(func::INST_RET, &[5])), "v.bc").unwrap_err();
    assert_eq!(e.kind, BitcodeErrorKind::Malformed);
    // A block without terminator.
    let e = read_module(&with_function(|_| {}), "t.bc").unwrap_err();
    assert!(e.message.contains("has no terminator"), "{e}");
}

#[test]
fn the_wrapper_header_is_read() {
    let raw = with_function(|w| w.record(func::INST_UNREACHABLE, &[]));
    let mut wrapped = Vec::new();
    for word in [0x0B17_C0DEu32, 0, 20, raw.len() as u32, 7] {
        wrapped.extend(word.to_le_bytes());
    }
    wrapped.extend(&raw);
    wrapped.extend([0; 12]);
    assert!(crate::is_bitcode(&wrapped));
    let m = read_module(&wrapped, "w.bc").unwrap();
    assert!(m.function_by_name("f").is_some());
    // A wrapper pointing past the end.
    wrapped[12] = 0xff;
    let e = read_module(&wrapped, "w.bc").unwrap_err();
    assert!(e.message.contains("wrapper header"), "{e}");
}

#[test]
fn not_bitcode_is_an_error() {
    let e = read_module(b"define void @f() { ret void }", "x.ll").unwrap_err();
    assert!(e.message.contains("not LLVM bitcode"), "{e}");
    let e = read_module(b"BC\xC0\xDE\x01", "x.bc").unwrap_err();
    assert!(e.message.contains("multiple of 4"), "{e}");
}
