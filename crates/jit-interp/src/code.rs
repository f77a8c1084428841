//! The pre-lowered form of a function that the execution loop runs.
//!
//! Every SSA value owns a run of 64-bit *words* in the frame's register file, holding the
//! value's in-memory byte image zero-padded to whole words: an `i32` is its 4 bytes
//! zero-extended, a `float` its bits in the low half, an `i128` two words, a struct or vector
//! its exact memory layout. A load is therefore a byte copy from memory into the value's
//! words and a store the reverse, for every type alike.
//!
//! Operands ([`Opnd`]) are pre-resolved: either a word offset in the frame or, with
//! [`CONST`] set, an offset in the function's constant pool (constants evaluated once to
//! their runtime bits, global and function addresses included). Block targets are edges
//! with their phi moves; calls, intrinsics, vector operations and switches keep their
//! details in side tables so [`Op`] stays small.

use crate::abi::AbiTy;
use crate::value::{Conv, FloatOp, Fp, IntOp};
use crate::wide::Wide;
use jit_core::ir::{
    AtomicOrdering, Block, FloatPredicate, FuncId, IntPredicate, Intrinsic, RmwOp, SrcLoc,
    SyncScope,
};
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// A word offset in the frame.
pub(crate) type Slot = u32;
/// A frame slot, or a constant-pool offset with [`CONST`] set.
pub(crate) type Opnd = u32;
/// Marks an [`Opnd`] as a constant-pool offset.
pub(crate) const CONST: u32 = 1 << 31;
/// No slot / no operand.
pub(crate) const NONE: u32 = u32::MAX;

/// A function of a module of the engine: (module index, function).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct FnKey {
    /// Index of the module in the engine.
    pub(crate) module: u32,
    /// The function.
    pub(crate) func: FuncId,
}

/// One lowered instruction.
#[derive(Clone, Debug)]
pub(crate) enum Op {
    /// Integer arithmetic of width ≤ 64.
    IBin {
        op: IntOp,
        bits: u8,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// Integer arithmetic of width 65..=128.
    IBinW {
        op: IntOp,
        bits: u8,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// Float arithmetic.
    FBin {
        op: FloatOp,
        fp: Fp,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// `fneg`.
    FNeg { fp: Fp, dst: Slot, a: Opnd },
    /// Float arithmetic on `x86_fp80`/`fp128` (two-word values).
    WBin {
        op: FloatOp,
        w: Wide,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// `fneg` of a wide float.
    WNeg { w: Wide, dst: Slot, a: Opnd },
    /// `fcmp` of wide floats.
    WCmp {
        pred: FloatPredicate,
        w: Wide,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// `icmp` of width ≤ 64 (pointers included).
    ICmp {
        pred: IntPredicate,
        bits: u8,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// `icmp` of width 65..=128.
    ICmpW {
        pred: IntPredicate,
        bits: u8,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// `fcmp`.
    FCmp {
        pred: FloatPredicate,
        fp: Fp,
        dst: Slot,
        a: Opnd,
        b: Opnd,
    },
    /// A scalar conversion; `src2`/`dst2` when that side takes two words.
    Conv {
        conv: Conv,
        src2: bool,
        dst2: bool,
        dst: Slot,
        a: Opnd,
    },
    /// Copies `words` words (freeze, same-size bitcasts, aggregates).
    Copy { dst: Slot, a: Opnd, words: u32 },
    /// `select` on a scalar condition.
    Select {
        dst: Slot,
        c: Opnd,
        a: Opnd,
        b: Opnd,
        words: u32,
    },
    /// A static alloca: an offset in the frame's fixed area.
    FrameAddr { dst: Slot, off: u32 },
    /// A dynamic alloca (not in the entry block, or with a variable count).
    Alloca {
        dst: Slot,
        count: Opnd,
        count_bits: u8,
        align: u32,
        elem_size: u64,
    },
    /// Loads `size` bytes into `words` words.
    Load {
        dst: Slot,
        ptr: Opnd,
        size: u32,
        words: u32,
    },
    /// Stores the first `size` bytes of a value.
    Store { src: Opnd, ptr: Opnd, size: u32 },
    /// `getelementptr`: base + `off` + Σ sext(index) × scale over `terms`.
    Gep {
        dst: Slot,
        base: Opnd,
        off: i64,
        terms: u32,
        nterms: u32,
    },
    /// `extractvalue`: `size` bytes at byte offset `off` of an aggregate.
    Extract {
        dst: Slot,
        agg: Opnd,
        off: u32,
        size: u32,
        words: u32,
    },
    /// `insertvalue`: copy of the aggregate (`words`) with `size` bytes at `off` replaced.
    Insert {
        dst: Slot,
        agg: Opnd,
        elt: Opnd,
        off: u32,
        size: u32,
        words: u32,
    },
    /// A vector operation ([`VecSite`]).
    Vector { idx: u32 },
    /// A call ([`CallSite`]).
    Call { idx: u32 },
    /// An intrinsic call ([`IntrSite`]).
    Intr { idx: u32 },
    /// `va_arg` on x86-64 ([`VaArgSite`]).
    VaArg { idx: u32 },
    /// `ret`; `val` is [`NONE`] for `ret void`.
    Ret { val: Opnd, words: u32 },
    /// Unconditional branch along an edge.
    Br { edge: u32 },
    /// Conditional branch.
    CondBr { c: Opnd, t: u32, f: u32 },
    /// `switch` ([`SwitchTable`]).
    Switch { v: Opnd, idx: u32 },
    /// `unreachable`.
    Unreachable,
    /// `load atomic` of `size` bytes (1, 2, 4 or 8).
    AtomicLoad {
        dst: Slot,
        ptr: Opnd,
        size: u8,
        ordering: AtomicOrdering,
    },
    /// `store atomic`.
    AtomicStore {
        src: Opnd,
        ptr: Opnd,
        size: u8,
        ordering: AtomicOrdering,
    },
    /// `atomicrmw`; the old value goes to `dst`.
    AtomicRmw {
        op: RmwOp,
        size: u8,
        ordering: AtomicOrdering,
        dst: Slot,
        ptr: Opnd,
        val: Opnd,
    },
    /// `cmpxchg` ([`CmpXchgSite`]).
    CmpXchg { idx: u32 },
    /// `fence`.
    Fence {
        ordering: AtomicOrdering,
        scope: SyncScope,
    },
    /// `indirectbr` ([`IndirectTable`]).
    IndirectBr { a: Opnd, idx: u32 },
    /// An instruction that could not be lowered: fails when executed ([`FailKind`]).
    Fail { idx: u32 },
}

/// The tag in the top byte of an interpreted `blockaddress`: with it the value is in the
/// non-canonical range on x86-64 and above the 48-bit address space on AArch64, so it
/// never aliases data and faults if dereferenced.
const BLOCK_ADDRESS_TAG: u64 = 0xb1 << 56;

/// The pointer value of `blockaddress(@func, %block)` in the interpreter: unique per
/// (function, block) of a module, non-null, and mapping back to the block. Label
/// differences (`&&a - &&b`) are small integers, as in native code.
pub(crate) fn block_address(func: FuncId, block: Block) -> u64 {
    BLOCK_ADDRESS_TAG | (u64::from(func.as_u32() & 0xff_ffff) << 32) | u64::from(block.as_u32())
}

/// The destinations of an `indirectbr`.
#[derive(Clone, Debug)]
pub(crate) struct IndirectTable {
    /// (block address, edge), sorted by address.
    pub(crate) dests: Vec<(u64, u32)>,
}

/// A `cmpxchg` instruction.
#[derive(Clone, Debug)]
pub(crate) struct CmpXchgSite {
    /// The address.
    pub(crate) ptr: Opnd,
    /// The expected value.
    pub(crate) expected: Opnd,
    /// The replacement.
    pub(crate) new: Opnd,
    /// Bytes accessed (1, 2, 4 or 8); the `i1` of the `{ T, i1 }` result is at this byte.
    pub(crate) size: u32,
    /// Result slot.
    pub(crate) dst: Slot,
    /// Words of the result.
    pub(crate) words: u32,
    /// Ordering on success.
    pub(crate) success: AtomicOrdering,
    /// Ordering on failure.
    pub(crate) failure: AtomicOrdering,
}

/// Why a [`Op::Fail`] fails.
#[derive(Clone, Debug)]
pub(crate) enum FailKind {
    /// A symbol used by the instruction resolves nowhere.
    Undefined {
        /// The symbol.
        symbol: String,
        /// The module using it.
        module: String,
    },
    /// Anything else (unsupported construct, unknown intrinsic).
    Msg(String),
}

/// A variable index of a GEP.
#[derive(Clone, Debug)]
pub(crate) struct GepTerm {
    /// The index value.
    pub(crate) idx: Opnd,
    /// Its width (sign-extended from it).
    pub(crate) bits: u8,
    /// Bytes per unit.
    pub(crate) scale: i64,
}

/// A CFG edge: where it goes and the phi moves done on the way.
#[derive(Clone, Debug)]
pub(crate) struct Edge {
    /// Target instruction index.
    pub(crate) target: u32,
    /// First move in [`LFunc::moves`].
    pub(crate) moves: u32,
    /// Number of moves.
    pub(crate) nmoves: u32,
    /// A move reads a slot another move writes: go through a temporary.
    pub(crate) tmp: bool,
}

/// A phi assignment done when an edge is taken.
#[derive(Clone, Debug)]
pub(crate) struct Move {
    /// The phi's slot.
    pub(crate) dst: Slot,
    /// The incoming value.
    pub(crate) src: Opnd,
    /// Words of the value.
    pub(crate) words: u32,
}

/// Cases of a `switch`, sorted by value for binary search.
#[derive(Clone, Debug)]
pub(crate) struct SwitchTable {
    /// Width of the switched value.
    pub(crate) words: u32,
    /// Edge when no case matches.
    pub(crate) default: u32,
    /// (value, edge), sorted.
    pub(crate) cases: Vec<(u128, u32)>,
}

/// Functions whose calls the interpreter handles itself when the module does not define them.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Intercept {
    /// `exit`.
    Exit,
    /// `atexit`.
    AtExit,
    /// `__cxa_atexit`.
    CxaAtExit,
    /// `__cxa_thread_atexit` (C++ `thread_local` destructors): on the thread that created
    /// the interpreter, kept and run by the exit sequence before the atexit handlers, as
    /// `exit` runs the calling thread's; on other threads, passed to the native one (run
    /// when the thread exits, while the interpreter is alive).
    CxaThreadAtExit,
    /// `pthread_exit`: unwinds the thread's interpreter frames first (see
    /// [`crate::machine::Unwind::ThreadExit`]).
    PthreadExit,
    /// C11 `thrd_exit(int)`: glibc's is `pthread_exit` of the sign-extended result.
    ThrdExit,
    /// `setjmp`, `_setjmp`, `sigsetjmp`, `__sigsetjmp`.
    SetJmp,
    /// `longjmp`, `_longjmp`, `siglongjmp`.
    LongJmp,
    /// A function that throws a C++ exception (`__cxa_throw`, `__cxa_rethrow`,
    /// `_Unwind_RaiseException`, libstdc++'s `std::__throw_*` helpers, ...), named for the
    /// message: the interpreter cannot unwind through its frames, so a throw stops the
    /// program with a runtime error at the call site instead of aborting in the unwinder.
    Throw(&'static str),
}

/// The functions [`Intercept::Throw`] stands for, with the names shown in messages.
const THROWERS: &[(&str, &str)] = &[
    ("__cxa_throw", "__cxa_throw"),
    ("__cxa_rethrow", "__cxa_rethrow"),
    ("_Unwind_RaiseException", "_Unwind_RaiseException"),
    ("_Unwind_Resume", "_Unwind_Resume"),
    ("_Unwind_Resume_or_Rethrow", "_Unwind_Resume_or_Rethrow"),
    ("_Unwind_ForcedUnwind", "_Unwind_ForcedUnwind"),
    ("__cxa_bad_cast", "__cxa_bad_cast"),
    ("__cxa_bad_typeid", "__cxa_bad_typeid"),
    (
        "__cxa_throw_bad_array_new_length",
        "__cxa_throw_bad_array_new_length",
    ),
];

/// libstdc++'s `std::__throw_*` helpers (`_ZSt20__throw_length_errorPKc`), by their
/// unmangled names.
const STD_THROWERS: &[&str] = &[
    "__throw_bad_alloc",
    "__throw_bad_array_new_length",
    "__throw_bad_cast",
    "__throw_bad_typeid",
    "__throw_bad_exception",
    "__throw_bad_function_call",
    "__throw_bad_optional_access",
    "__throw_bad_variant_access",
    "__throw_logic_error",
    "__throw_domain_error",
    "__throw_invalid_argument",
    "__throw_length_error",
    "__throw_out_of_range",
    "__throw_out_of_range_fmt",
    "__throw_runtime_error",
    "__throw_range_error",
    "__throw_overflow_error",
    "__throw_underflow_error",
    "__throw_system_error",
    "__throw_future_error",
    "__throw_ios_failure",
    "__throw_regex_error",
];

/// The display name of a throwing function, if `name` is one.
fn thrower(name: &str) -> Option<&'static str> {
    if let Some(&(_, shown)) = THROWERS.iter().find(|(n, _)| *n == name) {
        return Some(shown);
    }
    // `_ZSt<len><name>...`: a function `std::<name>` taking arguments.
    let rest = name.strip_prefix("_ZSt")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let len: usize = rest[..digits].parse().ok()?;
    let ident = rest.get(digits..digits + len)?;
    if !ident.starts_with("__throw_") {
        return None;
    }
    Some(match STD_THROWERS.iter().find(|&&s| s == ident) {
        Some(&s) => s,
        None => "__throw_*",
    })
}

impl Intercept {
    /// The intercepted function named `name`, if any.
    pub(crate) fn from_name(name: &str) -> Option<Intercept> {
        Some(match name {
            "exit" => Intercept::Exit,
            "atexit" => Intercept::AtExit,
            "__cxa_atexit" => Intercept::CxaAtExit,
            "__cxa_thread_atexit" | "__cxa_thread_atexit_impl" => Intercept::CxaThreadAtExit,
            "pthread_exit" => Intercept::PthreadExit,
            "thrd_exit" => Intercept::ThrdExit,
            "setjmp" | "_setjmp" | "sigsetjmp" | "__sigsetjmp" => Intercept::SetJmp,
            "longjmp" | "_longjmp" | "siglongjmp" | "__longjmp_chk" => Intercept::LongJmp,
            _ => Intercept::Throw(thrower(name)?),
        })
    }
}

/// Where a call goes.
#[derive(Clone, Debug)]
pub(crate) enum Callee {
    /// A function defined in the same module.
    Interp(FnKey),
    /// A declared function: resolved (and cached) when first called.
    Extern(Box<str>),
    /// An intercepted libc function.
    Intercept(Intercept),
    /// A pointer computed at run time.
    Indirect(Opnd),
}

/// A resolved external callee.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Target {
    /// Interpreted (defined in another module, or a trampoline address).
    Interp(FnKey),
    /// Native code at this address.
    Native(u64),
    /// An intercepted function reached through its address.
    Intercept(Intercept),
}

/// How an argument is passed.
#[derive(Clone, Debug)]
pub(crate) enum ArgKind {
    /// By value in the IR.
    Value,
    /// `byval(T)`: the pointer's pointee is passed by copy.
    Byval {
        /// Size of T.
        size: u64,
        /// Alignment of the copy.
        align: u64,
    },
    /// `sret(T)`: the pointer where the callee writes its result.
    Sret,
}

/// One argument of a call site.
#[derive(Clone, Debug)]
pub(crate) struct ArgSpec {
    /// The value.
    pub(crate) opnd: Opnd,
    /// Its words.
    pub(crate) words: u32,
    /// How the C ABI sees the IR value (for FFI and `va_list` building).
    pub(crate) abi: AbiTy,
    /// byval / sret / plain.
    pub(crate) kind: ArgKind,
}

/// A call instruction.
#[derive(Debug)]
pub(crate) struct CallSite {
    /// Where it goes.
    pub(crate) callee: Callee,
    /// Arguments in order.
    pub(crate) args: Vec<ArgSpec>,
    /// Result slot ([`NONE`] for void).
    pub(crate) dst: Slot,
    /// Result words.
    pub(crate) ret_words: u32,
    /// The result as the C ABI sees it.
    pub(crate) ret_abi: AbiTy,
    /// Number of fixed parameters of the call's function type.
    pub(crate) nfixed: usize,
    /// The call's function type ends with `...`.
    pub(crate) varargs: bool,
    /// The resolved target of an [`Callee::Extern`].
    pub(crate) resolved: Cell<Option<Target>>,
    /// The libffi signature, built at the first native call.
    pub(crate) ffi: OnceCell<Rc<crate::ffi::FfiSig>>,
}

/// An element kind of a vector (or a scalar seen as one lane).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Elem {
    /// An integer of this width (bit-packed when 1 inside vectors).
    Int(u8),
    /// `float`.
    F32,
    /// `double`.
    F64,
}

impl Elem {
    /// The float format, for float elements.
    pub(crate) fn fp(self) -> Option<Fp> {
        match self {
            Elem::F32 => Some(Fp::F32),
            Elem::F64 => Some(Fp::F64),
            Elem::Int(_) => None,
        }
    }
    /// Width in bits.
    pub(crate) fn bits(self) -> u32 {
        match self {
            Elem::Int(b) => u32::from(b),
            Elem::F32 => 32,
            Elem::F64 => 64,
        }
    }
}

/// A value's shape for lane-wise operations: `lanes == 0` is a scalar.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Element kind.
    pub(crate) elem: Elem,
    /// Number of lanes; 0 for a scalar.
    pub(crate) lanes: u32,
}

impl Shape {
    /// Number of lanes to iterate (1 for a scalar).
    pub(crate) fn count(self) -> usize {
        self.lanes.max(1) as usize
    }
    /// Reads lane `i` of a value image (scalars: lane 0 is the value, whatever `i`).
    #[inline]
    pub(crate) fn get(self, img: &[u8], i: usize) -> u64 {
        let i = if self.lanes == 0 { 0 } else { i };
        match self.elem {
            Elem::Int(1) if self.lanes > 0 => u64::from((img[i / 8] >> (i % 8)) & 1),
            e => {
                let n = e.bits().div_ceil(8) as usize;
                let mut b = [0u8; 8];
                b[..n].copy_from_slice(&img[i * n..i * n + n]);
                u64::from_le_bytes(b) & crate::value::mask64(e.bits())
            }
        }
    }
    /// Writes lane `i` of a value image.
    #[inline]
    pub(crate) fn set(self, img: &mut [u8], i: usize, v: u64) {
        match self.elem {
            Elem::Int(1) if self.lanes > 0 => {
                let bit = 1u8 << (i % 8);
                if v & 1 != 0 {
                    img[i / 8] |= bit;
                } else {
                    img[i / 8] &= !bit;
                }
            }
            e => {
                let n = e.bits().div_ceil(8) as usize;
                img[i * n..i * n + n].copy_from_slice(&v.to_le_bytes()[..n]);
            }
        }
    }
}

/// What a vector instruction does per lane.
#[derive(Clone, Debug)]
pub(crate) enum VecKind {
    IBin(IntOp),
    FBin(FloatOp),
    FNeg,
    ICmp(IntPredicate),
    FCmp(FloatPredicate),
    Conv(Conv),
    /// `select` with a vector condition (`c`).
    Select,
    /// `extractelement a, b`.
    Extract,
    /// `insertelement a, b (elt), c (index)`.
    Insert,
    /// `shufflevector a, b, mask`.
    Shuffle(Box<[Option<u32>]>),
}

/// A vector instruction.
#[derive(Clone, Debug)]
pub(crate) struct VecSite {
    /// The operation.
    pub(crate) kind: VecKind,
    /// Shape of the first operand.
    pub(crate) src: Shape,
    /// Shape of the result.
    pub(crate) res: Shape,
    /// Result slot.
    pub(crate) dst: Slot,
    /// Operands (unused ones are [`NONE`]) and their words.
    pub(crate) ops: [(Opnd, u32); 3],
    /// Result words.
    pub(crate) words: u32,
}

/// Intrinsics, including a few recognised here by name that the IR's enum lacks.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum IntrKind {
    /// One of [`Intrinsic`].
    Std(Intrinsic),
    /// `llvm.vector.reduce.*`.
    Reduce(ReduceOp),
    /// `llvm.load.relative.*`.
    LoadRelative,
    /// A float intrinsic on `x86_fp80`/`fp128` operands ([`crate::wide::intrinsic`]).
    Wide(Intrinsic, Wide),
    /// An inline asm snippet ([`AsmPlan`] index in [`LFunc::asms`]).
    InlineAsm(u32),
}

/// How an inline asm call the interpreter can run is carried out.
#[derive(Clone, Debug)]
pub(crate) struct AsmPlan {
    /// What the template does.
    pub(crate) action: jit_core::ir::AsmAction,
    /// Argument index of the `eax` input (cpuid leaf) and of the `ecx` input (subleaf):
    /// only x86-64 hosts run `cpuid`.
    #[cfg(target_arch = "x86_64")]
    pub(crate) ax_arg: Option<usize>,
    #[cfg(target_arch = "x86_64")]
    pub(crate) cx_arg: Option<usize>,
    /// Where each result goes and what it is.
    pub(crate) outs: Vec<AsmOut>,
    /// For any other template: the assembled snippet.
    pub(crate) general: Option<std::sync::Arc<GeneralAsm>>,
}

/// An inline asm snippet assembled for the host, and where its results go.
#[derive(Debug)]
pub(crate) struct GeneralAsm {
    pub(crate) thunk: jit_asm::ExecThunk,
    pub(crate) results: Vec<jit_asm::ResultPlace>,
}

/// One result of an inline asm call: bytes `off..off + size` of the result slot.
#[derive(Clone, Debug)]
pub(crate) struct AsmOut {
    pub(crate) off: u32,
    pub(crate) size: u32,
    pub(crate) src: AsmSrc,
}

/// Where an inline asm result comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum AsmSrc {
    /// The value of call argument N (an input tied to this output).
    Arg(usize),
    /// Register `eax`, `ebx`, `ecx` or `edx` (0..=3) after `cpuid`/`rdtsc`.
    Reg(u8),
    /// Nothing wrote it: zero.
    Zero,
}

/// The operation of a `llvm.vector.reduce.*`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum ReduceOp {
    Add,
    Mul,
    And,
    Or,
    Xor,
    Smax,
    Smin,
    Umax,
    Umin,
    FAdd,
    FMul,
    FMax,
    FMin,
}

/// An intrinsic call.
#[derive(Clone, Debug)]
pub(crate) struct IntrSite {
    /// Which intrinsic.
    pub(crate) kind: IntrKind,
    /// The full callee name (for messages).
    pub(crate) name: Box<str>,
    /// Arguments and their words.
    pub(crate) args: Vec<(Opnd, u32)>,
    /// Shape of each argument (`None` when not a scalar or vector of scalars ≤ 64 bits).
    pub(crate) shapes: Vec<Option<Shape>>,
    /// Result slot ([`NONE`] for void).
    pub(crate) dst: Slot,
    /// Result words.
    pub(crate) words: u32,
    /// Shape of the result (of its first member for `{ iN, i1 }` results).
    pub(crate) res: Option<Shape>,
    /// Byte offset of the overflow flag in `*.with.overflow` results.
    pub(crate) flag_off: u32,
}

/// A `va_arg` instruction.
#[derive(Clone, Debug)]
pub(crate) struct VaArgSite {
    /// The `va_list` pointer.
    pub(crate) list: Opnd,
    /// Result slot.
    pub(crate) dst: Slot,
    /// Result words.
    pub(crate) words: u32,
    /// The fetched type as the ABI sees it.
    pub(crate) abi: AbiTy,
}

/// A parameter of a lowered function.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    /// Its slot.
    pub(crate) slot: Slot,
    /// Its words.
    pub(crate) words: u32,
    /// `byval`: size and alignment of the callee's copy.
    pub(crate) byval: Option<(u64, u64)>,
    /// How the C ABI sees it.
    pub(crate) abi: AbiTy,
    /// `sret`.
    pub(crate) sret: bool,
}

/// A function ready to run.
#[derive(Debug)]
pub(crate) struct LFunc {
    /// The function.
    pub(crate) key: FnKey,
    /// Its name.
    pub(crate) name: Box<str>,
    /// Its module's name (the "file" of error locations).
    pub(crate) module_name: Rc<str>,
    /// Words of the register file.
    pub(crate) nregs: u32,
    /// Bytes of the fixed (static alloca) area and its alignment.
    pub(crate) frame_size: u64,
    /// Alignment of the fixed area.
    pub(crate) frame_align: u64,
    /// Parameters.
    pub(crate) params: Vec<Param>,
    /// Result as the C ABI sees it.
    pub(crate) ret_abi: AbiTy,
    /// `...` function.
    pub(crate) varargs: bool,
    /// Instructions.
    pub(crate) code: Vec<Op>,
    /// Source position of each instruction.
    pub(crate) locs: Vec<SrcLoc>,
    /// Block (layout index) of each instruction, for messages without positions.
    pub(crate) op_blocks: Vec<u32>,
    /// Constant pool.
    pub(crate) consts: Vec<u64>,
    /// GEP terms.
    pub(crate) gep_terms: Vec<GepTerm>,
    /// Edges.
    pub(crate) edges: Vec<Edge>,
    /// Phi moves.
    pub(crate) moves: Vec<Move>,
    /// Switch tables.
    pub(crate) switches: Vec<SwitchTable>,
    /// Call sites.
    pub(crate) calls: Vec<CallSite>,
    /// Intrinsic sites.
    pub(crate) intrs: Vec<IntrSite>,
    /// Inline asm plans.
    pub(crate) asms: Vec<AsmPlan>,
    /// Vector sites.
    pub(crate) vecs: Vec<VecSite>,
    /// `va_arg` sites.
    pub(crate) va_args: Vec<VaArgSite>,
    /// `indirectbr` destination tables.
    pub(crate) indirects: Vec<IndirectTable>,
    /// `cmpxchg` sites.
    pub(crate) cmpxchgs: Vec<CmpXchgSite>,
    /// Reasons of [`Op::Fail`] instructions.
    pub(crate) fails: Vec<FailKind>,
}
