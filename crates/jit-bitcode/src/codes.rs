//! Block ids, record codes and encodings of LLVM's bitcode (the permanent numbers of
//! `LLVMBitCodes.h`), only those this crate reads or writes.

#![allow(
    dead_code,
    reason = "a table of the format's numbers; not every one is used"
)]

/// Block ids.
pub mod block {
    pub const MODULE: u32 = 8;
    pub const PARAMATTR: u32 = 9;
    pub const PARAMATTR_GROUP: u32 = 10;
    pub const CONSTANTS: u32 = 11;
    pub const FUNCTION: u32 = 12;
    pub const IDENTIFICATION: u32 = 13;
    pub const VALUE_SYMTAB: u32 = 14;
    pub const METADATA: u32 = 15;
    pub const METADATA_ATTACHMENT: u32 = 16;
    pub const TYPE_NEW: u32 = 17;
    pub const USELIST: u32 = 18;
    pub const MODULE_STRTAB: u32 = 19;
    pub const GLOBALVAL_SUMMARY: u32 = 20;
    pub const OPERAND_BUNDLE_TAGS: u32 = 21;
    pub const METADATA_KIND: u32 = 22;
    pub const STRTAB: u32 = 23;
    pub const FULL_LTO_GLOBALVAL_SUMMARY: u32 = 24;
    pub const SYMTAB: u32 = 25;
    pub const SYNC_SCOPE_NAMES: u32 = 26;

    /// The name LLVM's tools show for a block id.
    pub fn name(id: u32) -> String {
        match id {
            0 => "BLOCKINFO".into(),
            MODULE => "MODULE_BLOCK".into(),
            PARAMATTR => "PARAMATTR_BLOCK".into(),
            PARAMATTR_GROUP => "PARAMATTR_GROUP_BLOCK".into(),
            CONSTANTS => "CONSTANTS_BLOCK".into(),
            FUNCTION => "FUNCTION_BLOCK".into(),
            IDENTIFICATION => "IDENTIFICATION_BLOCK".into(),
            VALUE_SYMTAB => "VALUE_SYMTAB".into(),
            METADATA => "METADATA_BLOCK".into(),
            METADATA_ATTACHMENT => "METADATA_ATTACHMENT".into(),
            TYPE_NEW => "TYPE_BLOCK".into(),
            USELIST => "USELIST_BLOCK".into(),
            OPERAND_BUNDLE_TAGS => "OPERAND_BUNDLE_TAGS_BLOCK".into(),
            METADATA_KIND => "METADATA_KIND_BLOCK".into(),
            STRTAB => "STRTAB_BLOCK".into(),
            SYMTAB => "SYMTAB_BLOCK".into(),
            SYNC_SCOPE_NAMES => "SYNC_SCOPE_NAMES_BLOCK".into(),
            _ => format!("block {id}"),
        }
    }
}

/// IDENTIFICATION block records.
pub mod ident {
    pub const STRING: u32 = 1;
    pub const EPOCH: u32 = 2;
}

/// MODULE block records.
pub mod module {
    pub const VERSION: u32 = 1;
    pub const TRIPLE: u32 = 2;
    pub const DATALAYOUT: u32 = 3;
    pub const ASM: u32 = 4;
    pub const SECTIONNAME: u32 = 5;
    pub const DEPLIB: u32 = 6;
    pub const GLOBALVAR: u32 = 7;
    pub const FUNCTION: u32 = 8;
    pub const ALIAS_OLD: u32 = 9;
    pub const GCNAME: u32 = 11;
    pub const COMDAT: u32 = 12;
    pub const VSTOFFSET: u32 = 13;
    pub const ALIAS: u32 = 14;
    pub const METADATA_VALUES_UNUSED: u32 = 15;
    pub const SOURCE_FILENAME: u32 = 16;
    pub const HASH: u32 = 17;
    pub const IFUNC: u32 = 18;
}

/// PARAMATTR and PARAMATTR_GROUP records.
pub mod attr {
    pub const ENTRY_OLD: u32 = 1;
    pub const ENTRY: u32 = 2;
    pub const GRP_ENTRY: u32 = 3;

    pub const ALIGNMENT: u64 = 1;
    pub const ALWAYS_INLINE: u64 = 2;
    pub const BY_VAL: u64 = 3;
    pub const IN_REG: u64 = 5;
    pub const NAKED: u64 = 7;
    pub const NO_ALIAS: u64 = 9;
    pub const NO_CAPTURE: u64 = 11;
    pub const NO_INLINE: u64 = 14;
    pub const NO_RETURN: u64 = 17;
    pub const NO_UNWIND: u64 = 18;
    pub const READ_ONLY: u64 = 21;
    pub const RETURNED: u64 = 22;
    pub const RETURNS_TWICE: u64 = 23;
    pub const S_EXT: u64 = 24;
    pub const STRUCT_RET: u64 = 29;
    pub const Z_EXT: u64 = 34;
    pub const COLD: u64 = 36;
    pub const OPTIMIZE_NONE: u64 = 37;
    pub const IN_ALLOCA: u64 = 38;
    pub const NON_NULL: u64 = 39;
    pub const WRITEONLY: u64 = 52;
    pub const PREALLOCATED: u64 = 65;
    pub const NOUNDEF: u64 = 68;
    pub const ELEMENTTYPE: u64 = 77;
}

/// TYPE block records.
pub mod ty {
    pub const NUMENTRY: u32 = 1;
    pub const VOID: u32 = 2;
    pub const FLOAT: u32 = 3;
    pub const DOUBLE: u32 = 4;
    pub const LABEL: u32 = 5;
    pub const OPAQUE: u32 = 6;
    pub const INTEGER: u32 = 7;
    pub const POINTER: u32 = 8;
    pub const FUNCTION_OLD: u32 = 9;
    pub const HALF: u32 = 10;
    pub const ARRAY: u32 = 11;
    pub const VECTOR: u32 = 12;
    pub const X86_FP80: u32 = 13;
    pub const FP128: u32 = 14;
    pub const PPC_FP128: u32 = 15;
    pub const METADATA: u32 = 16;
    pub const X86_MMX: u32 = 17;
    pub const STRUCT_ANON: u32 = 18;
    pub const STRUCT_NAME: u32 = 19;
    pub const STRUCT_NAMED: u32 = 20;
    pub const FUNCTION: u32 = 21;
    pub const TOKEN: u32 = 22;
    pub const BFLOAT: u32 = 23;
    pub const X86_AMX: u32 = 24;
    pub const OPAQUE_POINTER: u32 = 25;
    pub const TARGET_TYPE: u32 = 26;
}

/// CONSTANTS block records.
pub mod cst {
    pub const SETTYPE: u32 = 1;
    pub const NULL: u32 = 2;
    pub const UNDEF: u32 = 3;
    pub const INTEGER: u32 = 4;
    pub const WIDE_INTEGER: u32 = 5;
    pub const FLOAT: u32 = 6;
    pub const AGGREGATE: u32 = 7;
    pub const STRING: u32 = 8;
    pub const CSTRING: u32 = 9;
    pub const CE_BINOP: u32 = 10;
    pub const CE_CAST: u32 = 11;
    pub const CE_GEP_OLD: u32 = 12;
    pub const CE_SELECT: u32 = 13;
    pub const CE_EXTRACTELT: u32 = 14;
    pub const CE_INSERTELT: u32 = 15;
    pub const CE_SHUFFLEVEC: u32 = 16;
    pub const CE_CMP: u32 = 17;
    pub const INLINEASM_OLD: u32 = 18;
    pub const CE_SHUFVEC_EX: u32 = 19;
    pub const CE_INBOUNDS_GEP: u32 = 20;
    pub const BLOCKADDRESS: u32 = 21;
    pub const DATA: u32 = 22;
    pub const INLINEASM_OLD2: u32 = 23;
    pub const CE_GEP_WITH_INRANGE_INDEX_OLD: u32 = 24;
    pub const CE_UNOP: u32 = 25;
    pub const POISON: u32 = 26;
    pub const DSO_LOCAL_EQUIVALENT: u32 = 27;
    pub const INLINEASM_OLD3: u32 = 28;
    pub const NO_CFI_VALUE: u32 = 29;
    pub const INLINEASM: u32 = 30;
    pub const CE_GEP_WITH_INRANGE: u32 = 31;
    pub const CE_GEP: u32 = 32;
    pub const PTRAUTH: u32 = 33;
}

/// FUNCTION block records.
pub mod func {
    pub const DECLAREBLOCKS: u32 = 1;
    pub const INST_BINOP: u32 = 2;
    pub const INST_CAST: u32 = 3;
    pub const INST_GEP_OLD: u32 = 4;
    pub const INST_SELECT: u32 = 5;
    pub const INST_EXTRACTELT: u32 = 6;
    pub const INST_INSERTELT: u32 = 7;
    pub const INST_SHUFFLEVEC: u32 = 8;
    pub const INST_CMP: u32 = 9;
    pub const INST_RET: u32 = 10;
    pub const INST_BR: u32 = 11;
    pub const INST_SWITCH: u32 = 12;
    pub const INST_INVOKE: u32 = 13;
    pub const INST_UNREACHABLE: u32 = 15;
    pub const INST_PHI: u32 = 16;
    pub const INST_ALLOCA: u32 = 19;
    pub const INST_LOAD: u32 = 20;
    pub const INST_VAARG: u32 = 23;
    pub const INST_STORE_OLD: u32 = 24;
    pub const INST_EXTRACTVAL: u32 = 26;
    pub const INST_INSERTVAL: u32 = 27;
    pub const INST_CMP2: u32 = 28;
    pub const INST_VSELECT: u32 = 29;
    pub const INST_INBOUNDS_GEP_OLD: u32 = 30;
    pub const INST_INDIRECTBR: u32 = 31;
    pub const DEBUG_LOC_AGAIN: u32 = 33;
    pub const INST_CALL: u32 = 34;
    pub const DEBUG_LOC: u32 = 35;
    pub const INST_FENCE: u32 = 36;
    pub const INST_CMPXCHG_OLD: u32 = 37;
    pub const INST_ATOMICRMW_OLD: u32 = 38;
    pub const INST_RESUME: u32 = 39;
    pub const INST_LANDINGPAD_OLD: u32 = 40;
    pub const INST_LOADATOMIC: u32 = 41;
    pub const INST_STOREATOMIC_OLD: u32 = 42;
    pub const INST_GEP: u32 = 43;
    pub const INST_STORE: u32 = 44;
    pub const INST_STOREATOMIC: u32 = 45;
    pub const INST_CMPXCHG: u32 = 46;
    pub const INST_LANDINGPAD: u32 = 47;
    pub const INST_CLEANUPRET: u32 = 48;
    pub const INST_CATCHRET: u32 = 49;
    pub const INST_CATCHPAD: u32 = 50;
    pub const INST_CLEANUPPAD: u32 = 51;
    pub const INST_CATCHSWITCH: u32 = 52;
    pub const OPERAND_BUNDLE: u32 = 55;
    pub const INST_UNOP: u32 = 56;
    pub const INST_CALLBR: u32 = 57;
    pub const INST_FREEZE: u32 = 58;
    pub const INST_ATOMICRMW: u32 = 59;
    pub const BLOCKADDR_USERS: u32 = 60;
    pub const DEBUG_RECORD_VALUE: u32 = 61;
    pub const DEBUG_RECORD_DECLARE: u32 = 62;
    pub const DEBUG_RECORD_ASSIGN: u32 = 63;
    pub const DEBUG_RECORD_VALUE_SIMPLE: u32 = 64;
    pub const DEBUG_RECORD_LABEL: u32 = 65;

    /// The name LLVM's tools show for an instruction record code.
    pub fn name(code: u32) -> String {
        let n = match code {
            DECLAREBLOCKS => "DECLAREBLOCKS",
            INST_BINOP => "INST_BINOP",
            INST_CAST => "INST_CAST",
            INST_SELECT | INST_VSELECT => "INST_VSELECT",
            INST_EXTRACTELT => "INST_EXTRACTELT",
            INST_INSERTELT => "INST_INSERTELT",
            INST_SHUFFLEVEC => "INST_SHUFFLEVEC",
            INST_CMP | INST_CMP2 => "INST_CMP2",
            INST_RET => "INST_RET",
            INST_BR => "INST_BR",
            INST_SWITCH => "INST_SWITCH",
            INST_INVOKE => "INST_INVOKE",
            INST_UNREACHABLE => "INST_UNREACHABLE",
            INST_PHI => "INST_PHI",
            INST_ALLOCA => "INST_ALLOCA",
            INST_LOAD => "INST_LOAD",
            INST_VAARG => "INST_VAARG",
            INST_EXTRACTVAL => "INST_EXTRACTVAL",
            INST_INSERTVAL => "INST_INSERTVAL",
            INST_INDIRECTBR => "INST_INDIRECTBR",
            INST_CALL => "INST_CALL",
            INST_FENCE => "INST_FENCE",
            INST_LOADATOMIC => "INST_LOADATOMIC",
            INST_GEP => "INST_GEP",
            INST_STORE => "INST_STORE",
            INST_STOREATOMIC => "INST_STOREATOMIC",
            INST_CMPXCHG | INST_CMPXCHG_OLD => "INST_CMPXCHG",
            INST_ATOMICRMW | INST_ATOMICRMW_OLD => "INST_ATOMICRMW",
            INST_UNOP => "INST_UNOP",
            INST_FREEZE => "INST_FREEZE",
            OPERAND_BUNDLE => "OPERAND_BUNDLE",
            _ => return format!("record {code}"),
        };
        n.to_string()
    }
}

/// VALUE_SYMTAB records.
pub mod vst {
    pub const ENTRY: u32 = 1;
    pub const BBENTRY: u32 = 2;
    pub const FNENTRY: u32 = 3;
}

/// Other blocks' records.
pub mod misc {
    pub const STRTAB_BLOB: u32 = 1;
    pub const OPERAND_BUNDLE_TAG: u32 = 1;
    pub const SYNC_SCOPE_NAME: u32 = 1;
}

/// Binary operator encodings (floating-point operations share the integer codes).
pub mod binop {
    pub const ADD: u64 = 0;
    pub const SUB: u64 = 1;
    pub const MUL: u64 = 2;
    pub const UDIV: u64 = 3;
    pub const SDIV: u64 = 4;
    pub const UREM: u64 = 5;
    pub const SREM: u64 = 6;
    pub const SHL: u64 = 7;
    pub const LSHR: u64 = 8;
    pub const ASHR: u64 = 9;
    pub const AND: u64 = 10;
    pub const OR: u64 = 11;
    pub const XOR: u64 = 12;
}

/// Call record flag bits.
pub mod call {
    pub const TAIL: u64 = 1 << 0;
    pub const CCONV_SHIFT: u32 = 1;
    pub const MUSTTAIL: u64 = 1 << 14;
    pub const EXPLICIT_TYPE: u64 = 1 << 15;
    pub const NOTAIL: u64 = 1 << 16;
    pub const FMF: u64 = 1 << 17;
}

/// Bits of an `INST_INVOKE` record's calling-convention operand.
pub mod invoke {
    /// The calling convention (LLVM's `CallingConv::MaxID` mask).
    pub const CCONV_MASK: u64 = 0x3ff;
    /// The function type operand follows the destinations (always, since LLVM 3.8).
    pub const EXPLICIT_TYPE: u64 = 1 << 13;
}

/// Clause kinds of a landing pad record.
pub mod clause {
    /// `catch`.
    pub const CATCH: u64 = 0;
    /// `filter`.
    pub const FILTER: u64 = 1;
}

/// The magic number at the start of raw bitcode.
pub const MAGIC: [u8; 4] = *b"BC\xC0\xDE";
/// The magic number of the wrapper header (`0x0B17C0DE` little-endian).
pub const WRAPPER_MAGIC: [u8; 4] = [0xDE, 0xC0, 0x17, 0x0B];
