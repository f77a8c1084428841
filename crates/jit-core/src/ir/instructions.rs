//! Instructions and their operands.

use super::constant::Const;
use super::function::{Block, Value};
use super::types::Type;
use crate::entity;

entity!(
    /// An instruction of a function's instruction arena.
    Inst,
    "inst"
);

/// An instruction operand: a function-local SSA value or a module constant.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Operand {
    /// A parameter or instruction result of the same function.
    Value(Value),
    /// A constant of the module (literal, global address, constant expression).
    Const(Const),
}

impl From<Value> for Operand {
    fn from(v: Value) -> Self {
        Operand::Value(v)
    }
}

impl From<Const> for Operand {
    fn from(c: Const) -> Self {
        Operand::Const(c)
    }
}

/// Where an entity came from in `.ll` text (1-based; 0 when built through the API).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SrcLoc {
    /// Line, 1-based.
    pub line: u32,
    /// Column, 1-based.
    pub col: u32,
}

impl SrcLoc {
    /// True when the entity was not read from text.
    pub fn is_unknown(self) -> bool {
        self.line == 0
    }
}

impl std::fmt::Display for SrcLoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// Binary operations on integers and floats.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(
    missing_docs,
    reason = "the variants are LLVM's opcodes, named as in .ll text"
)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    UDiv,
    SDiv,
    URem,
    SRem,
    Shl,
    LShr,
    AShr,
    And,
    Or,
    Xor,
    FAdd,
    FSub,
    FMul,
    FDiv,
    FRem,
}

impl BinaryOp {
    /// The `.ll` opcode.
    pub fn name(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "add",
            Sub => "sub",
            Mul => "mul",
            UDiv => "udiv",
            SDiv => "sdiv",
            URem => "urem",
            SRem => "srem",
            Shl => "shl",
            LShr => "lshr",
            AShr => "ashr",
            And => "and",
            Or => "or",
            Xor => "xor",
            FAdd => "fadd",
            FSub => "fsub",
            FMul => "fmul",
            FDiv => "fdiv",
            FRem => "frem",
        }
    }
    /// The operation named by a `.ll` opcode.
    pub fn from_name(s: &str) -> Option<Self> {
        use BinaryOp::*;
        Some(match s {
            "add" => Add,
            "sub" => Sub,
            "mul" => Mul,
            "udiv" => UDiv,
            "sdiv" => SDiv,
            "urem" => URem,
            "srem" => SRem,
            "shl" => Shl,
            "lshr" => LShr,
            "ashr" => AShr,
            "and" => And,
            "or" => Or,
            "xor" => Xor,
            "fadd" => FAdd,
            "fsub" => FSub,
            "fmul" => FMul,
            "fdiv" => FDiv,
            "frem" => FRem,
            _ => return None,
        })
    }
    /// True for the floating-point operations.
    pub fn is_float(self) -> bool {
        use BinaryOp::*;
        matches!(self, FAdd | FSub | FMul | FDiv | FRem)
    }
}

/// Flags that only refine poison semantics (`nuw`, `nsw`, `exact`, `disjoint`, fast-math):
/// parsed and printed, never needed to compute a result.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ArithFlags(pub u16);

impl ArithFlags {
    /// `nuw`.
    pub const NUW: u16 = 1 << 0;
    /// `nsw`.
    pub const NSW: u16 = 1 << 1;
    /// `exact`.
    pub const EXACT: u16 = 1 << 2;
    /// `disjoint` (on `or`).
    pub const DISJOINT: u16 = 1 << 3;
    /// `nneg` (on `zext`, `uitofp`).
    pub const NNEG: u16 = 1 << 4;
    /// Fast-math `nnan`.
    pub const NNAN: u16 = 1 << 5;
    /// Fast-math `ninf`.
    pub const NINF: u16 = 1 << 6;
    /// Fast-math `nsz`.
    pub const NSZ: u16 = 1 << 7;
    /// Fast-math `arcp`.
    pub const ARCP: u16 = 1 << 8;
    /// Fast-math `contract`.
    pub const CONTRACT: u16 = 1 << 9;
    /// Fast-math `afn`.
    pub const AFN: u16 = 1 << 10;
    /// Fast-math `reassoc`.
    pub const REASSOC: u16 = 1 << 11;
    /// Fast-math `fast` (all of the above).
    pub const FAST: u16 = 1 << 12;

    /// Keywords and their bits, in the order the printer writes them.
    pub const KEYWORDS: [(&'static str, u16); 13] = [
        ("nuw", Self::NUW),
        ("nsw", Self::NSW),
        ("exact", Self::EXACT),
        ("disjoint", Self::DISJOINT),
        ("nneg", Self::NNEG),
        ("fast", Self::FAST),
        ("nnan", Self::NNAN),
        ("ninf", Self::NINF),
        ("nsz", Self::NSZ),
        ("arcp", Self::ARCP),
        ("contract", Self::CONTRACT),
        ("afn", Self::AFN),
        ("reassoc", Self::REASSOC),
    ];

    /// The bit of a keyword.
    pub fn keyword(s: &str) -> Option<u16> {
        Self::KEYWORDS
            .iter()
            .find(|(k, _)| *k == s)
            .map(|(_, b)| *b)
    }
}

/// Conversions.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(
    missing_docs,
    reason = "the variants are LLVM's opcodes, named as in .ll text"
)]
pub enum CastOp {
    Trunc,
    ZExt,
    SExt,
    FPTrunc,
    FPExt,
    FPToUI,
    FPToSI,
    UIToFP,
    SIToFP,
    PtrToInt,
    IntToPtr,
    BitCast,
    AddrSpaceCast,
}

impl CastOp {
    /// The `.ll` opcode.
    pub fn name(self) -> &'static str {
        use CastOp::*;
        match self {
            Trunc => "trunc",
            ZExt => "zext",
            SExt => "sext",
            FPTrunc => "fptrunc",
            FPExt => "fpext",
            FPToUI => "fptoui",
            FPToSI => "fptosi",
            UIToFP => "uitofp",
            SIToFP => "sitofp",
            PtrToInt => "ptrtoint",
            IntToPtr => "inttoptr",
            BitCast => "bitcast",
            AddrSpaceCast => "addrspacecast",
        }
    }
    /// The cast named by a `.ll` opcode.
    pub fn from_name(s: &str) -> Option<Self> {
        use CastOp::*;
        Some(match s {
            "trunc" => Trunc,
            "zext" => ZExt,
            "sext" => SExt,
            "fptrunc" => FPTrunc,
            "fpext" => FPExt,
            "fptoui" => FPToUI,
            "fptosi" => FPToSI,
            "uitofp" => UIToFP,
            "sitofp" => SIToFP,
            "ptrtoint" => PtrToInt,
            "inttoptr" => IntToPtr,
            "bitcast" => BitCast,
            "addrspacecast" => AddrSpaceCast,
            _ => return None,
        })
    }
}

/// `icmp` predicates.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(
    missing_docs,
    reason = "the variants are LLVM's predicates, named as in .ll text"
)]
pub enum IntPredicate {
    Eq,
    Ne,
    Ugt,
    Uge,
    Ult,
    Ule,
    Sgt,
    Sge,
    Slt,
    Sle,
}

impl IntPredicate {
    /// The `.ll` keyword.
    pub fn name(self) -> &'static str {
        use IntPredicate::*;
        match self {
            Eq => "eq",
            Ne => "ne",
            Ugt => "ugt",
            Uge => "uge",
            Ult => "ult",
            Ule => "ule",
            Sgt => "sgt",
            Sge => "sge",
            Slt => "slt",
            Sle => "sle",
        }
    }
    /// The predicate named by a `.ll` keyword.
    pub fn from_name(s: &str) -> Option<Self> {
        use IntPredicate::*;
        Some(match s {
            "eq" => Eq,
            "ne" => Ne,
            "ugt" => Ugt,
            "uge" => Uge,
            "ult" => Ult,
            "ule" => Ule,
            "sgt" => Sgt,
            "sge" => Sge,
            "slt" => Slt,
            "sle" => Sle,
            _ => return None,
        })
    }
}

/// `fcmp` predicates (`o*` ordered: false if either is NaN; `u*` unordered: true if either is).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(
    missing_docs,
    reason = "the variants are LLVM's predicates, named as in .ll text"
)]
pub enum FloatPredicate {
    False,
    Oeq,
    Ogt,
    Oge,
    Olt,
    Ole,
    One,
    Ord,
    Ueq,
    Ugt,
    Uge,
    Ult,
    Ule,
    Une,
    Uno,
    True,
}

impl FloatPredicate {
    /// The `.ll` keyword.
    pub fn name(self) -> &'static str {
        use FloatPredicate::*;
        match self {
            False => "false",
            Oeq => "oeq",
            Ogt => "ogt",
            Oge => "oge",
            Olt => "olt",
            Ole => "ole",
            One => "one",
            Ord => "ord",
            Ueq => "ueq",
            Ugt => "ugt",
            Uge => "uge",
            Ult => "ult",
            Ule => "ule",
            Une => "une",
            Uno => "uno",
            True => "true",
        }
    }
    /// The predicate named by a `.ll` keyword.
    pub fn from_name(s: &str) -> Option<Self> {
        use FloatPredicate::*;
        Some(match s {
            "false" => False,
            "oeq" => Oeq,
            "ogt" => Ogt,
            "oge" => Oge,
            "olt" => Olt,
            "ole" => Ole,
            "one" => One,
            "ord" => Ord,
            "ueq" => Ueq,
            "ugt" => Ugt,
            "uge" => Uge,
            "ult" => Ult,
            "ule" => Ule,
            "une" => Une,
            "uno" => Uno,
            "true" => True,
            _ => return None,
        })
    }
}

/// Attributes of a parameter or argument that change the ABI or are worth keeping.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ParamAttrs {
    /// Bit set of the `*` constants below.
    pub flags: u16,
    /// `byval(T)`: the callee gets its own copy of the pointee.
    pub byval: Option<Type>,
    /// `sret(T)`: the pointer to the returned aggregate.
    pub sret: Option<Type>,
    /// `align N` (on byval: the alignment of the copy).
    pub align: Option<u32>,
}

impl ParamAttrs {
    /// `signext`.
    pub const SIGNEXT: u16 = 1 << 0;
    /// `zeroext`.
    pub const ZEROEXT: u16 = 1 << 1;
    /// `inreg`.
    pub const INREG: u16 = 1 << 2;
    /// `noundef`.
    pub const NOUNDEF: u16 = 1 << 3;
    /// `nonnull`.
    pub const NONNULL: u16 = 1 << 4;
    /// `noalias`.
    pub const NOALIAS: u16 = 1 << 5;
    /// `nocapture`.
    pub const NOCAPTURE: u16 = 1 << 6;
    /// `readonly`.
    pub const READONLY: u16 = 1 << 7;
    /// `writeonly`.
    pub const WRITEONLY: u16 = 1 << 8;
    /// `returned`.
    pub const RETURNED: u16 = 1 << 9;

    /// Keywords and their bits, in the order the printer writes them.
    pub const KEYWORDS: [(&'static str, u16); 10] = [
        ("signext", Self::SIGNEXT),
        ("zeroext", Self::ZEROEXT),
        ("inreg", Self::INREG),
        ("noundef", Self::NOUNDEF),
        ("nonnull", Self::NONNULL),
        ("noalias", Self::NOALIAS),
        ("nocapture", Self::NOCAPTURE),
        ("readonly", Self::READONLY),
        ("writeonly", Self::WRITEONLY),
        ("returned", Self::RETURNED),
    ];

    /// True when flag `bit` is set.
    pub fn has(&self, bit: u16) -> bool {
        self.flags & bit != 0
    }
    /// True when no attribute is set.
    pub fn is_empty(&self) -> bool {
        self.flags == 0 && self.byval.is_none() && self.sret.is_none() && self.align.is_none()
    }
}

/// `tail`, `musttail`, `notail` markers on calls.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum TailKind {
    /// No marker.
    #[default]
    None,
    /// `tail`.
    Tail,
    /// `musttail`.
    MustTail,
    /// `notail`.
    NoTail,
}

/// One argument of a call.
#[derive(Clone, Debug, PartialEq)]
pub struct CallArg {
    /// The value passed.
    pub value: Operand,
    /// Its ABI attributes at the call site.
    pub attrs: ParamAttrs,
}

/// Memory ordering of an atomic operation (LangRef "Atomic Memory Ordering Constraints").
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AtomicOrdering {
    /// `unordered` (loads and stores only).
    Unordered,
    /// `monotonic` (C11 relaxed).
    Monotonic,
    /// `acquire`.
    Acquire,
    /// `release`.
    Release,
    /// `acq_rel`.
    AcqRel,
    /// `seq_cst`.
    SeqCst,
}

impl AtomicOrdering {
    /// The `.ll` keyword.
    pub fn name(self) -> &'static str {
        match self {
            AtomicOrdering::Unordered => "unordered",
            AtomicOrdering::Monotonic => "monotonic",
            AtomicOrdering::Acquire => "acquire",
            AtomicOrdering::Release => "release",
            AtomicOrdering::AcqRel => "acq_rel",
            AtomicOrdering::SeqCst => "seq_cst",
        }
    }
    /// The ordering named by a `.ll` keyword.
    pub fn from_name(s: &str) -> Option<Self> {
        Some(match s {
            "unordered" => AtomicOrdering::Unordered,
            "monotonic" => AtomicOrdering::Monotonic,
            "acquire" => AtomicOrdering::Acquire,
            "release" => AtomicOrdering::Release,
            "acq_rel" => AtomicOrdering::AcqRel,
            "seq_cst" => AtomicOrdering::SeqCst,
            _ => return None,
        })
    }
    /// True when the ordering includes acquire semantics.
    pub fn is_acquire(self) -> bool {
        matches!(
            self,
            AtomicOrdering::Acquire | AtomicOrdering::AcqRel | AtomicOrdering::SeqCst
        )
    }
    /// True when the ordering includes release semantics.
    pub fn is_release(self) -> bool {
        matches!(
            self,
            AtomicOrdering::Release | AtomicOrdering::AcqRel | AtomicOrdering::SeqCst
        )
    }
}

/// The set of threads an atomic operation synchronises with (`syncscope`).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum SyncScope {
    /// No `syncscope`: every thread of the system.
    #[default]
    System,
    /// `syncscope("singlethread")`: only the current thread (signal handlers).
    SingleThread,
}

/// Operations of `atomicrmw`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(
    missing_docs,
    reason = "the variants are LLVM's atomicrmw operations, named as in .ll text"
)]
pub enum RmwOp {
    Xchg,
    Add,
    Sub,
    And,
    Nand,
    Or,
    Xor,
    Max,
    Min,
    UMax,
    UMin,
    FAdd,
    FSub,
    FMax,
    FMin,
    UIncWrap,
    UDecWrap,
}

impl RmwOp {
    /// Every operation, for tests and tables.
    pub const ALL: [RmwOp; 17] = [
        RmwOp::Xchg,
        RmwOp::Add,
        RmwOp::Sub,
        RmwOp::And,
        RmwOp::Nand,
        RmwOp::Or,
        RmwOp::Xor,
        RmwOp::Max,
        RmwOp::Min,
        RmwOp::UMax,
        RmwOp::UMin,
        RmwOp::FAdd,
        RmwOp::FSub,
        RmwOp::FMax,
        RmwOp::FMin,
        RmwOp::UIncWrap,
        RmwOp::UDecWrap,
    ];
    /// The `.ll` keyword.
    pub fn name(self) -> &'static str {
        match self {
            RmwOp::Xchg => "xchg",
            RmwOp::Add => "add",
            RmwOp::Sub => "sub",
            RmwOp::And => "and",
            RmwOp::Nand => "nand",
            RmwOp::Or => "or",
            RmwOp::Xor => "xor",
            RmwOp::Max => "max",
            RmwOp::Min => "min",
            RmwOp::UMax => "umax",
            RmwOp::UMin => "umin",
            RmwOp::FAdd => "fadd",
            RmwOp::FSub => "fsub",
            RmwOp::FMax => "fmax",
            RmwOp::FMin => "fmin",
            RmwOp::UIncWrap => "uinc_wrap",
            RmwOp::UDecWrap => "udec_wrap",
        }
    }
    /// The operation named by a `.ll` keyword.
    pub fn from_name(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|op| op.name() == s)
    }
    /// True for the floating-point operations.
    pub fn is_float(self) -> bool {
        matches!(self, RmwOp::FAdd | RmwOp::FSub | RmwOp::FMax | RmwOp::FMin)
    }
}

/// Each instruction's operation and operands. The result type lives with the result value
/// ([`super::function::ValueData`]).
#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    /// Integer or float arithmetic; both operands and the result have one type.
    Binary {
        /// Operation.
        op: BinaryOp,
        /// Poison/fast-math flags.
        flags: ArithFlags,
        /// Left operand.
        lhs: Operand,
        /// Right operand.
        rhs: Operand,
    },
    /// `fneg`.
    FNeg {
        /// Fast-math flags.
        flags: ArithFlags,
        /// Operand.
        arg: Operand,
    },
    /// `icmp` (result `i1`).
    ICmp {
        /// Predicate.
        pred: IntPredicate,
        /// Left operand (integer or pointer).
        lhs: Operand,
        /// Right operand.
        rhs: Operand,
    },
    /// `fcmp` (result `i1`).
    FCmp {
        /// Predicate.
        pred: FloatPredicate,
        /// Fast-math flags.
        flags: ArithFlags,
        /// Left operand.
        lhs: Operand,
        /// Right operand.
        rhs: Operand,
    },
    /// `alloca T, <ty> count, align N` (result `ptr`).
    Alloca {
        /// Allocated type.
        ty: Type,
        /// Number of elements (`i32 1` when not written).
        count: Operand,
        /// Alignment in bytes (0 = the type's ABI alignment).
        align: u32,
    },
    /// `load`.
    Load {
        /// Address.
        ptr: Operand,
        /// Alignment in bytes (0 = ABI alignment).
        align: u32,
        /// `volatile`.
        volatile: bool,
    },
    /// `store`.
    Store {
        /// Value stored.
        value: Operand,
        /// Address.
        ptr: Operand,
        /// Alignment in bytes (0 = ABI alignment).
        align: u32,
        /// `volatile`.
        volatile: bool,
    },
    /// `getelementptr`.
    Gep {
        /// The type the first index steps over.
        source_ty: Type,
        /// Base address.
        base: Operand,
        /// Indices; struct indices are `i32` constants.
        indices: Box<[Operand]>,
        /// `inbounds`.
        inbounds: bool,
    },
    /// A conversion to the result type.
    Cast {
        /// Which conversion.
        op: CastOp,
        /// Flags such as `nneg`.
        flags: ArithFlags,
        /// Operand.
        value: Operand,
    },
    /// `select`.
    Select {
        /// Condition (`i1`).
        cond: Operand,
        /// Value when true.
        if_true: Operand,
        /// Value when false.
        if_false: Operand,
    },
    /// `phi`; one incoming value per predecessor edge.
    Phi {
        /// (value, predecessor) pairs.
        incoming: Vec<(Operand, Block)>,
    },
    /// `call`; the result type is the callee type's return type (no result for `void`).
    Call {
        /// The function called: a function's address constant, or any pointer value.
        callee: Operand,
        /// The function type of the call (`call i32 (ptr, ...) @printf(...)`).
        fn_ty: Type,
        /// Arguments with their attributes.
        args: Box<[CallArg]>,
        /// Return-value attributes (`signext`, `zeroext`, ...).
        ret_attrs: ParamAttrs,
        /// Tail-call marker.
        tail: TailKind,
    },
    /// `extractvalue agg, i, j, ...`.
    ExtractValue {
        /// Aggregate.
        agg: Operand,
        /// Member path.
        indices: Box<[u32]>,
    },
    /// `insertvalue agg, elt, i, j, ...`.
    InsertValue {
        /// Aggregate.
        agg: Operand,
        /// New member value.
        elt: Operand,
        /// Member path.
        indices: Box<[u32]>,
    },
    /// `extractelement <N x T> vec, idx`.
    ExtractElement {
        /// Vector.
        vec: Operand,
        /// Lane index.
        index: Operand,
    },
    /// `insertelement <N x T> vec, elt, idx`.
    InsertElement {
        /// Vector.
        vec: Operand,
        /// New lane value.
        elt: Operand,
        /// Lane index.
        index: Operand,
    },
    /// `shufflevector a, b, <mask>`; mask lanes of `None` are `poison`/`undef`.
    ShuffleVector {
        /// First vector.
        a: Operand,
        /// Second vector.
        b: Operand,
        /// Lane selectors into the concatenation of `a` and `b`.
        mask: Box<[Option<u32>]>,
    },
    /// `freeze`.
    Freeze {
        /// Operand.
        arg: Operand,
    },
    /// `va_arg ptr, T` (rare in clang output for these targets; kept for completeness).
    VaArg {
        /// The `va_list` address.
        list: Operand,
    },
    /// `load atomic [volatile] T, ptr p [syncscope(..)] ordering, align N`.
    AtomicLoad {
        /// Address.
        ptr: Operand,
        /// Alignment in bytes (always explicit in the text).
        align: u32,
        /// `volatile`.
        volatile: bool,
        /// Ordering (not `release`/`acq_rel`).
        ordering: AtomicOrdering,
        /// `syncscope`.
        scope: SyncScope,
    },
    /// `store atomic [volatile] T v, ptr p [syncscope(..)] ordering, align N`.
    AtomicStore {
        /// Value stored.
        value: Operand,
        /// Address.
        ptr: Operand,
        /// Alignment in bytes (always explicit in the text).
        align: u32,
        /// `volatile`.
        volatile: bool,
        /// Ordering (not `acquire`/`acq_rel`).
        ordering: AtomicOrdering,
        /// `syncscope`.
        scope: SyncScope,
    },
    /// `atomicrmw [volatile] op ptr p, T v [syncscope(..)] ordering[, align N]`; the result is
    /// the old value.
    AtomicRmw {
        /// Operation.
        op: RmwOp,
        /// Address.
        ptr: Operand,
        /// Operand of the operation.
        value: Operand,
        /// Alignment in bytes (0 = the type's size, as LLVM defaults it).
        align: u32,
        /// `volatile`.
        volatile: bool,
        /// Ordering (not `unordered`).
        ordering: AtomicOrdering,
        /// `syncscope`.
        scope: SyncScope,
    },
    /// `cmpxchg [weak] [volatile] ptr p, T cmp, T new [syncscope(..)] success failure[, align N]`;
    /// the result is `{ T, i1 }`: the old value and whether it equalled `cmp`.
    CmpXchg {
        /// Address.
        ptr: Operand,
        /// The expected value.
        expected: Operand,
        /// The value stored when the old value equals `expected`.
        new: Operand,
        /// Alignment in bytes (0 = the type's size).
        align: u32,
        /// `volatile`.
        volatile: bool,
        /// `weak` (may fail spuriously; this engine never does).
        weak: bool,
        /// Ordering when the exchange happens.
        success: AtomicOrdering,
        /// Ordering when it does not.
        failure: AtomicOrdering,
        /// `syncscope`.
        scope: SyncScope,
    },
    /// `fence [syncscope(..)] ordering`.
    Fence {
        /// Ordering (`acquire`, `release`, `acq_rel` or `seq_cst`).
        ordering: AtomicOrdering,
        /// `syncscope`.
        scope: SyncScope,
    },
    /// `ret` or `ret void`.
    Ret {
        /// Returned value.
        value: Option<Operand>,
    },
    /// `br label %dest`.
    Br {
        /// Successor.
        dest: Block,
    },
    /// `br i1 %c, label %t, label %f`.
    CondBr {
        /// Condition.
        cond: Operand,
        /// Successor when true.
        then_dest: Block,
        /// Successor when false.
        else_dest: Block,
    },
    /// `switch`.
    Switch {
        /// The integer switched on.
        value: Operand,
        /// Successor when no case matches.
        default: Block,
        /// (case value zero-extended, successor).
        cases: Box<[(u128, Block)]>,
    },
    /// `unreachable`.
    Unreachable,
    /// `indirectbr ptr %addr, [label %a, label %b, ...]`: jumps to the block whose
    /// `blockaddress` is `addr`, which must be one of `dests`.
    IndirectBr {
        /// The target address (a `blockaddress` of this function).
        addr: Operand,
        /// Every possible destination.
        dests: Box<[Block]>,
    },
    /// `invoke`: a call that ends its block. Control continues at `normal` when the callee
    /// returns, and at `unwind` (a block whose first non-phi instruction is a `landingpad`)
    /// when an exception unwinds out of it. The result is defined on the normal edge only.
    Invoke {
        /// The function called, as for [`InstKind::Call`].
        callee: Operand,
        /// The function type of the call.
        fn_ty: Type,
        /// Arguments with their attributes.
        args: Box<[CallArg]>,
        /// Return-value attributes.
        ret_attrs: ParamAttrs,
        /// Successor when the callee returns.
        normal: Block,
        /// Successor when an exception unwinds out of the callee.
        unwind: Block,
    },
    /// `landingpad { ptr, i32 } [cleanup] [catch ptr @ti | filter [N x ptr] [...]]*`: the
    /// first non-phi instruction of an invoke's unwind destination. Its value is the
    /// exception object and the selector the personality function chose.
    LandingPad {
        /// `cleanup`: the pad is entered even when no clause matches.
        cleanup: bool,
        /// Clauses in order.
        clauses: Box<[LandingPadClause]>,
    },
    /// `resume { ptr, i32 } %v`: continues unwinding the exception a landing pad caught.
    Resume {
        /// The landing pad's value (or one built like it).
        value: Operand,
    },
}

/// One clause of a [`InstKind::LandingPad`].
#[derive(Clone, Debug, PartialEq)]
pub enum LandingPadClause {
    /// `catch ptr @typeinfo` (`null` catches everything).
    Catch(Operand),
    /// `filter [N x ptr] [...]`: an exception specification; a constant array of type infos
    /// (`zeroinitializer` or an empty array for `throw()`).
    Filter(Operand),
}

impl LandingPadClause {
    /// The clause's operand.
    pub fn operand(&self) -> Operand {
        match self {
            LandingPadClause::Catch(o) | LandingPadClause::Filter(o) => *o,
        }
    }
}

/// The call half of a [`InstKind::Call`] or [`InstKind::Invoke`]: what every pass that only
/// cares about the call itself looks at.
#[derive(Copy, Clone, Debug)]
pub struct CallView<'a> {
    /// The function called.
    pub callee: Operand,
    /// The function type of the call.
    pub fn_ty: Type,
    /// Arguments with their attributes.
    pub args: &'a [CallArg],
    /// Return-value attributes.
    pub ret_attrs: &'a ParamAttrs,
}

impl InstKind {
    /// True for kinds that only compute their result from their operands: no memory read
    /// or written, no control transfer, no other effect (`alloca` included: its slot is
    /// the result). Such an instruction whose result is unused may be dropped. Loads and
    /// calls depend on their operands (volatility, the callee) and are never counted here.
    /// No catch-all: a new kind must be placed on one side.
    pub fn only_computes(&self) -> bool {
        match self {
            InstKind::Binary { .. }
            | InstKind::FNeg { .. }
            | InstKind::ICmp { .. }
            | InstKind::FCmp { .. }
            | InstKind::Alloca { .. }
            | InstKind::Gep { .. }
            | InstKind::Cast { .. }
            | InstKind::Select { .. }
            | InstKind::Phi { .. }
            | InstKind::ExtractValue { .. }
            | InstKind::InsertValue { .. }
            | InstKind::ExtractElement { .. }
            | InstKind::InsertElement { .. }
            | InstKind::ShuffleVector { .. }
            | InstKind::Freeze { .. } => true,
            InstKind::Load { .. }
            | InstKind::Store { .. }
            | InstKind::Call { .. }
            | InstKind::VaArg { .. }
            | InstKind::AtomicLoad { .. }
            | InstKind::AtomicStore { .. }
            | InstKind::AtomicRmw { .. }
            | InstKind::CmpXchg { .. }
            | InstKind::Fence { .. }
            | InstKind::Ret { .. }
            | InstKind::Br { .. }
            | InstKind::CondBr { .. }
            | InstKind::Switch { .. }
            | InstKind::Unreachable
            | InstKind::IndirectBr { .. }
            | InstKind::Invoke { .. }
            | InstKind::LandingPad { .. }
            | InstKind::Resume { .. } => false,
        }
    }

    /// True for instructions that end a block.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            InstKind::Ret { .. }
                | InstKind::Br { .. }
                | InstKind::CondBr { .. }
                | InstKind::Switch { .. }
                | InstKind::Unreachable
                | InstKind::IndirectBr { .. }
                | InstKind::Invoke { .. }
                | InstKind::Resume { .. }
        )
    }

    /// The exception successor of an `invoke`.
    pub fn unwind_dest(&self) -> Option<Block> {
        match self {
            InstKind::Invoke { unwind, .. } => Some(*unwind),
            _ => None,
        }
    }

    /// The call of a `call` or `invoke`.
    pub fn as_call(&self) -> Option<CallView<'_>> {
        match self {
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            }
            | InstKind::Invoke {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            } => Some(CallView {
                callee: *callee,
                fn_ty: *fn_ty,
                args,
                ret_attrs,
            }),
            _ => None,
        }
    }

    /// The `.ll` opcode.
    pub fn opcode(&self) -> &'static str {
        match self {
            InstKind::Binary { op, .. } => op.name(),
            InstKind::FNeg { .. } => "fneg",
            InstKind::ICmp { .. } => "icmp",
            InstKind::FCmp { .. } => "fcmp",
            InstKind::Alloca { .. } => "alloca",
            InstKind::Load { .. } => "load",
            InstKind::Store { .. } => "store",
            InstKind::Gep { .. } => "getelementptr",
            InstKind::Cast { op, .. } => op.name(),
            InstKind::Select { .. } => "select",
            InstKind::Phi { .. } => "phi",
            InstKind::Call { .. } => "call",
            InstKind::ExtractValue { .. } => "extractvalue",
            InstKind::InsertValue { .. } => "insertvalue",
            InstKind::ExtractElement { .. } => "extractelement",
            InstKind::InsertElement { .. } => "insertelement",
            InstKind::ShuffleVector { .. } => "shufflevector",
            InstKind::Freeze { .. } => "freeze",
            InstKind::VaArg { .. } => "va_arg",
            InstKind::AtomicLoad { .. } => "load",
            InstKind::AtomicStore { .. } => "store",
            InstKind::AtomicRmw { .. } => "atomicrmw",
            InstKind::CmpXchg { .. } => "cmpxchg",
            InstKind::Fence { .. } => "fence",
            InstKind::Ret { .. } => "ret",
            InstKind::Br { .. } | InstKind::CondBr { .. } => "br",
            InstKind::Switch { .. } => "switch",
            InstKind::Unreachable => "unreachable",
            InstKind::IndirectBr { .. } => "indirectbr",
            InstKind::Invoke { .. } => "invoke",
            InstKind::LandingPad { .. } => "landingpad",
            InstKind::Resume { .. } => "resume",
        }
    }

    /// Calls `f` on every operand, in textual order.
    pub fn for_each_operand(&self, mut f: impl FnMut(Operand)) {
        match self {
            InstKind::Binary { lhs, rhs, .. }
            | InstKind::ICmp { lhs, rhs, .. }
            | InstKind::FCmp { lhs, rhs, .. } => {
                f(*lhs);
                f(*rhs);
            }
            InstKind::FNeg { arg, .. } | InstKind::Freeze { arg } => f(*arg),
            InstKind::Alloca { count, .. } => f(*count),
            InstKind::Load { ptr, .. } => f(*ptr),
            InstKind::Store { value, ptr, .. } => {
                f(*value);
                f(*ptr);
            }
            InstKind::Gep { base, indices, .. } => {
                f(*base);
                indices.iter().copied().for_each(f);
            }
            InstKind::Cast { value, .. } => f(*value),
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                f(*cond);
                f(*if_true);
                f(*if_false);
            }
            InstKind::Phi { incoming } => incoming.iter().for_each(|(v, _)| f(*v)),
            InstKind::Call { callee, args, .. } | InstKind::Invoke { callee, args, .. } => {
                args.iter().for_each(|a| f(a.value));
                f(*callee);
            }
            InstKind::LandingPad { clauses, .. } => clauses.iter().for_each(|c| f(c.operand())),
            InstKind::Resume { value } => f(*value),
            InstKind::ExtractValue { agg, .. } => f(*agg),
            InstKind::InsertValue { agg, elt, .. } => {
                f(*agg);
                f(*elt);
            }
            InstKind::ExtractElement { vec, index } => {
                f(*vec);
                f(*index);
            }
            InstKind::InsertElement { vec, elt, index } => {
                f(*vec);
                f(*elt);
                f(*index);
            }
            InstKind::ShuffleVector { a, b, .. } => {
                f(*a);
                f(*b);
            }
            InstKind::VaArg { list } => f(*list),
            InstKind::AtomicLoad { ptr, .. } => f(*ptr),
            InstKind::AtomicStore { value, ptr, .. } | InstKind::AtomicRmw { ptr, value, .. } => {
                if matches!(self, InstKind::AtomicStore { .. }) {
                    f(*value);
                    f(*ptr);
                } else {
                    f(*ptr);
                    f(*value);
                }
            }
            InstKind::CmpXchg {
                ptr, expected, new, ..
            } => {
                f(*ptr);
                f(*expected);
                f(*new);
            }
            InstKind::Fence { .. } => {}
            InstKind::Ret { value } => {
                if let Some(v) = value {
                    f(*v)
                }
            }
            InstKind::CondBr { cond, .. } => f(*cond),
            InstKind::Switch { value, .. } => f(*value),
            InstKind::Br { .. } | InstKind::Unreachable => {}
            InstKind::IndirectBr { addr, .. } => f(*addr),
        }
    }

    /// Calls `f` on every successor block of a terminator, in textual order (duplicates kept).
    pub fn for_each_successor(&self, mut f: impl FnMut(Block)) {
        match self {
            InstKind::Br { dest } => f(*dest),
            InstKind::CondBr {
                then_dest,
                else_dest,
                ..
            } => {
                f(*then_dest);
                f(*else_dest);
            }
            InstKind::Switch { default, cases, .. } => {
                f(*default);
                cases.iter().for_each(|(_, b)| f(*b));
            }
            InstKind::IndirectBr { dests, .. } => dests.iter().for_each(|b| f(*b)),
            InstKind::Invoke { normal, unwind, .. } => {
                f(*normal);
                f(*unwind);
            }
            _ => {}
        }
    }
}

/// An instruction: operation, result and source position.
#[derive(Clone, Debug, PartialEq)]
pub struct InstData {
    /// Operation and operands.
    pub kind: InstKind,
    /// The value defined, if the instruction has a non-void result.
    pub result: Option<Value>,
    /// The block the instruction was appended to.
    pub block: Block,
    /// Position in the `.ll` text.
    pub loc: SrcLoc,
    /// `!dbg !N`: the source location the instruction comes from.
    pub dbg: Option<super::DebugLoc>,
}
