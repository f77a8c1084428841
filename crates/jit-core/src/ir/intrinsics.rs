//! The `llvm.*` intrinsics that clang emits for C (and `llvm.eh.typeid.for` of C++
//! exception handling), recognised once by name so backends and
//! the interpreter switch on an enum instead of comparing strings.

macro_rules! intrinsics {
    ($($variant:ident = $name:literal,)*) => {
        /// An intrinsic function, whatever its overload suffix (`llvm.memcpy.p0.p0.i64` is
        /// [`Intrinsic::Memcpy`]).
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs, reason = "each variant is the intrinsic of the same name")]
        pub enum Intrinsic {
            $($variant,)*
        }

        impl Intrinsic {
            /// Every intrinsic with its base name (without `llvm.` and overload suffixes).
            pub const ALL: &'static [(Intrinsic, &'static str)] = &[$((Intrinsic::$variant, $name),)*];
        }
    };
}

intrinsics! {
    Memcpy = "memcpy",
    MemcpyInline = "memcpy.inline",
    Memmove = "memmove",
    Memset = "memset",
    MemsetInline = "memset.inline",
    VaStart = "va_start",
    VaEnd = "va_end",
    VaCopy = "va_copy",
    LifetimeStart = "lifetime.start",
    LifetimeEnd = "lifetime.end",
    DbgDeclare = "dbg.declare",
    DbgValue = "dbg.value",
    DbgLabel = "dbg.label",
    DbgAssign = "dbg.assign",
    StackSave = "stacksave",
    StackRestore = "stackrestore",
    Smax = "smax",
    Smin = "smin",
    Umax = "umax",
    Umin = "umin",
    Abs = "abs",
    Scmp = "scmp",
    Ucmp = "ucmp",
    Fabs = "fabs",
    Sqrt = "sqrt",
    Floor = "floor",
    Ceil = "ceil",
    Trunc = "trunc",
    Round = "round",
    RoundEven = "roundeven",
    Rint = "rint",
    NearbyInt = "nearbyint",
    Lround = "lround",
    Llround = "llround",
    Lrint = "lrint",
    Llrint = "llrint",
    Copysign = "copysign",
    Fma = "fma",
    FMulAdd = "fmuladd",
    MinNum = "minnum",
    MaxNum = "maxnum",
    Minimum = "minimum",
    Maximum = "maximum",
    Pow = "pow",
    Powi = "powi",
    Exp = "exp",
    Exp2 = "exp2",
    Log = "log",
    Log2 = "log2",
    Log10 = "log10",
    Sin = "sin",
    Cos = "cos",
    Ldexp = "ldexp",
    IsFpClass = "is.fpclass",
    Ctpop = "ctpop",
    Ctlz = "ctlz",
    Cttz = "cttz",
    Bswap = "bswap",
    BitReverse = "bitreverse",
    Fshl = "fshl",
    Fshr = "fshr",
    SAddWithOverflow = "sadd.with.overflow",
    UAddWithOverflow = "uadd.with.overflow",
    SSubWithOverflow = "ssub.with.overflow",
    USubWithOverflow = "usub.with.overflow",
    SMulWithOverflow = "smul.with.overflow",
    UMulWithOverflow = "umul.with.overflow",
    SAddSat = "sadd.sat",
    UAddSat = "uadd.sat",
    SSubSat = "ssub.sat",
    USubSat = "usub.sat",
    PtrMask = "ptrmask",
    Expect = "expect",
    ExpectWithProbability = "expect.with.probability",
    Assume = "assume",
    Trap = "trap",
    DebugTrap = "debugtrap",
    UbsanTrap = "ubsantrap",
    ObjectSize = "objectsize",
    IsConstant = "is.constant",
    Prefetch = "prefetch",
    NoAliasScopeDecl = "experimental.noalias.scope.decl",
    ThreadLocalAddress = "threadlocal.address",
    FrameAddress = "frameaddress",
    ReturnAddress = "returnaddress",
    InvariantStart = "invariant.start",
    InvariantEnd = "invariant.end",
    LaunderInvariantGroup = "launder.invariant.group",
    StripInvariantGroup = "strip.invariant.group",
    Annotation = "annotation",
    VarAnnotation = "var.annotation",
    PtrAnnotation = "ptr.annotation",
    SideEffect = "sideeffect",
    CodeViewAnnotation = "codeview.annotation",
    FltRounds = "get.rounding",
    LoadRelative = "load.relative",
    EhTypeidFor = "eh.typeid.for",
}

impl Intrinsic {
    /// Recognises a full function name such as `llvm.umax.i32`; `None` for names outside
    /// `llvm.*` and for intrinsics this IR subset does not know.
    pub fn from_name(name: &str) -> Option<Intrinsic> {
        let rest = name.strip_prefix("llvm.")?;
        let mut best: Option<(Intrinsic, usize)> = None;
        for &(which, base) in Self::ALL {
            let matches = rest == base
                || (rest.len() > base.len()
                    && rest.starts_with(base)
                    && rest.as_bytes()[base.len()] == b'.');
            if matches && best.is_none_or(|(_, len)| base.len() > len) {
                best = Some((which, base.len()));
            }
        }
        best.map(|(i, _)| i)
    }

    /// The base name (`memcpy` for [`Intrinsic::Memcpy`]).
    pub fn base_name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(i, _)| *i == self)
            .map(|(_, n)| *n)
            .unwrap_or("?")
    }

    /// Intrinsics with no effect on a program's result, which an executor may skip.
    pub fn is_no_op(self) -> bool {
        use Intrinsic::*;
        matches!(
            self,
            LifetimeStart
                | LifetimeEnd
                | DbgDeclare
                | DbgValue
                | DbgLabel
                | DbgAssign
                | Assume
                | NoAliasScopeDecl
                | Prefetch
                | SideEffect
                | InvariantEnd
                | VarAnnotation
                | CodeViewAnnotation
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Intrinsic;

    #[test]
    fn overloads_and_longest_match() {
        assert_eq!(
            Intrinsic::from_name("llvm.memcpy.p0.p0.i64"),
            Some(Intrinsic::Memcpy)
        );
        assert_eq!(
            Intrinsic::from_name("llvm.memcpy.inline.p0.p0.i64"),
            Some(Intrinsic::MemcpyInline)
        );
        assert_eq!(
            Intrinsic::from_name("llvm.sadd.with.overflow.i32"),
            Some(Intrinsic::SAddWithOverflow)
        );
        assert_eq!(Intrinsic::from_name("llvm.trap"), Some(Intrinsic::Trap));
        assert_eq!(
            Intrinsic::from_name("llvm.expect.with.probability.i64"),
            Some(Intrinsic::ExpectWithProbability)
        );
        // LLVM 19's clang writes the overloaded name; older IR the plain one.
        assert_eq!(
            Intrinsic::from_name("llvm.eh.typeid.for.p0"),
            Some(Intrinsic::EhTypeidFor)
        );
        assert_eq!(
            Intrinsic::from_name("llvm.eh.typeid.for"),
            Some(Intrinsic::EhTypeidFor)
        );
        assert_eq!(Intrinsic::from_name("llvm.nonexistent.i32"), None);
        assert_eq!(Intrinsic::from_name("memcpy"), None);
        assert_eq!(Intrinsic::from_name("llvm.memcpyx"), None);
    }
}
