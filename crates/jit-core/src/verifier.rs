//! The verifier: checks that a [`Module`] is well formed before anyone executes it, and
//! reports every problem it finds (it never stops at the first, and never panics, whatever
//! the module holds: out-of-range indices made through the builder API are reported too).
//!
//! Each [`VerifyError`] names the module file, the source position, the function and block,
//! and the offending instruction as the [`crate::printer`] writes it:
//! `FILE:LINE:COL: in function @f, block %bb: message: <instruction>` (module-level problems
//! say `in @global:` or nothing; `:LINE:COL` is left out for IR built through the API).
//!
//! # Invariants checked
//!
//! Module:
//! - the datalayout string parses; a target triple, when present, names a known
//!   architecture ([`crate::Arch::from_triple`]);
//! - every type of the type table refers only to types of the table, and a literal type only
//!   to older types (interning guarantees it; a forged forward index could make a cycle);
//!   named struct fields are first-class;
//! - symbol names are non-empty and unique across functions, globals and aliases;
//! - globals: value type valid, sized and first-class; initializer of exactly that type;
//!   declarations have `external` or `extern_weak` linkage; `align` is a power of two;
//! - `@llvm.global_ctors`/`@llvm.global_dtors`: appending linkage, type
//!   `[N x { i32, ptr, ptr }]`, every entry's second field a function;
//! - aliases: the aliasee is a `ptr` constant that leads (through casts and GEPs, and
//!   through other aliases without a cycle) to a defined global or function;
//! - every constant reachable from a global, alias or instruction: integers fit their width,
//!   floats have a float type (and a `float` value is exactly representable), `null` is a
//!   pointer, `undef`/`poison`/`zeroinitializer` are first-class (or `metadata`: the reader's
//!   placeholder for a dropped metadata argument), aggregates match their type member by
//!   member, `c"..."` has type `[N x i8]`, global addresses exist, constant expressions obey
//!   the instruction rules below.
//!
//! Functions:
//! - the type is a function type whose parameters are first-class (`metadata` too, for
//!   `llvm.*` only); parameter attributes do not outnumber parameters; `byval`/`sret` only
//!   on pointers with a valid type; at most one `sret`, on the first or second parameter, of
//!   a function returning `void`; `optnone` needs `noinline`; `noinline` and `alwaysinline`
//!   exclude each other; `align` is a power of two;
//! - `llvm.*` functions are declarations whose recognised [`crate::ir::Intrinsic`] agrees with
//!   the name, whose signature has the intrinsic's shape and whose overload suffix names the
//!   overloaded types (for the intrinsics clang emits);
//! - definitions: parameter values match the signature; at least one block; layout blocks
//!   exist and appear once; every instruction exists, appears once and records its block.
//!
//! Blocks: non-empty; exactly one terminator, at the end; phis only at the start; the entry
//! block has no predecessors and no phis; branch targets exist and are in the layout.
//!
//! Instructions:
//! - results: present exactly when the instruction produces a value, of a first-class type,
//!   and recorded as defined by that instruction;
//! - operand types: binary operators on one int (or float, for `f*`) type equal to the
//!   result; `icmp` on ints or pointers, `fcmp` on floats, both giving `i1`; casts legal by
//!   kind and width; `select` condition `i1`; `alloca`, `load` and `store` of sized
//!   first-class types through pointers, power-of-two alignments; `getelementptr` source type
//!   sized, indices integers, struct indices `i32` constants in range; `extractvalue` and
//!   `insertvalue` paths valid and member types right; vector element operations on vectors;
//!   `ret` matches the return type; `br` condition `i1`; `switch` on an integer with
//!   in-range, unique case values;
//! - calls: callee a `ptr`, `fn_ty` a function type, argument count equal to the parameter
//!   count (at least, for varargs) and fixed argument types equal; a direct call whose
//!   `fn_ty` differs from the callee's own type is allowed (as in LLVM) but noted;
//! - SSA: every operand value exists and belongs to the function (a parameter in the
//!   parameter list, or the result of an instruction in the layout); every use is dominated by
//!   its definition (dominators by the Cooper–Harvey–Kennedy iterative algorithm; a phi use
//!   counts at the end of its incoming block; uses in unreachable blocks are exempt, as in
//!   LLVM); phis have exactly one entry per incoming edge (as LLVM: a predecessor reaching
//!   the block by two edges needs two entries, carrying the same value) and none for blocks
//!   that are not predecessors.
//!
//! Sizedness is memoized per type and every walk over types or constants is bounded, so
//! the verifier runs in time linear in the module even on malformed input.
//!
//! # Not checked yet
//! - attribute compatibility beyond the few above (e.g. `signext` on non-integers), calling
//!   conventions, `musttail` rules;
//! - intrinsic signatures for the rarer intrinsics (`objectsize`, `is.fpclass`, annotations,
//!   ...), and immediate-argument rules (e.g. `memcpy`'s `isvolatile` being a constant);
//! - alignment upper bounds, address-space rules; a named struct that contains itself by
//!   value is reported only where a sized type is required (global, `alloca`, `load`, ...);
//! - `common` linkage rules (zero initializer), `available_externally` restrictions.

use crate::datalayout::DataLayout;
use crate::entity::EntityRef;
use crate::ir::{
    Block, Body, CastOp, Const, ConstExpr, ConstKind, FnAttrs, FuncId, Function, GlobalRef, Inst,
    InstKind, Intrinsic, Linkage, Module, Operand, ParamAttrs, SrcLoc, Type, TypeData, Value,
    ValueDef, write_local_name,
};
use crate::printer::{FunctionPrinter, Slots, print_constant, print_type};
use crate::target::Arch;
use std::collections::HashSet;
use std::fmt::{self, Write};

/// How serious a diagnostic is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The module is malformed.
    Error,
    /// Allowed, but worth knowing (e.g. a call whose type differs from its callee's).
    Note,
}

/// One problem found by the verifier: always the fault of the IR given to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Error or note.
    pub severity: Severity,
    /// The module's name (its file).
    pub file: String,
    /// Position in the `.ll` text (unknown for IR built through the API).
    pub loc: SrcLoc,
    /// The function, printed (`@main`), when the problem is inside one.
    pub function: Option<String>,
    /// The block, printed (`%entry`, `%3`), when the problem is inside one.
    pub block: Option<String>,
    /// The global variable or alias, printed (`@g`), for module-level problems.
    pub global: Option<String>,
    /// The offending instruction as the printer writes it.
    pub inst: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if !self.loc.is_unknown() {
            write!(f, ":{}:{}", self.loc.line, self.loc.col)?;
        }
        f.write_str(": ")?;
        if let Some(func) = &self.function {
            write!(f, "in function {func}")?;
            if let Some(b) = &self.block {
                write!(f, ", block {b}")?;
            }
            f.write_str(": ")?;
        } else if let Some(g) = &self.global {
            write!(f, "in {g}: ")?;
        }
        if self.severity == Severity::Note {
            f.write_str("note: ")?;
        }
        f.write_str(&self.message)?;
        if let Some(i) = &self.inst {
            write!(f, ": {i}")?;
        }
        Ok(())
    }
}

/// Everything the verifier found: errors and notes in the order found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerifyErrors {
    /// All diagnostics.
    pub diagnostics: Vec<VerifyError>,
}

impl VerifyErrors {
    /// The diagnostics of severity [`Severity::Error`].
    pub fn errors(&self) -> impl Iterator<Item = &VerifyError> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
    /// The diagnostics of severity [`Severity::Note`].
    pub fn notes(&self) -> impl Iterator<Item = &VerifyError> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Note)
    }
    /// True when at least one error (not just notes) was found.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
    fn into_result(self) -> Result<(), VerifyErrors> {
        if self.has_errors() { Err(self) } else { Ok(()) }
    }
}

impl fmt::Display for VerifyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_char('\n')?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for VerifyErrors {}

/// Verifies a whole module; `Err` holds every error found (and the notes).
pub fn verify_module(m: &Module) -> Result<(), VerifyErrors> {
    check_module(m).into_result()
}

/// Verifies one function (and the constants it uses); `Err` holds every error found.
pub fn verify_function(m: &Module, f: FuncId) -> Result<(), VerifyErrors> {
    let mut v = Verifier::new(m);
    v.function(f);
    v.out.into_result()
}

/// Runs every check on a module and returns all diagnostics, notes included, whether or not
/// there are errors.
pub fn check_module(m: &Module) -> VerifyErrors {
    let mut v = Verifier::new(m);
    v.module();
    v.out
}

// ---------------------------------------------------------------------------------------
// Type helpers that never panic
// ---------------------------------------------------------------------------------------

/// Nesting limit when walking types, so cyclic garbage cannot recurse without end.
const MAX_DEPTH: u32 = 256;

struct Ty<'m> {
    m: &'m Module,
    /// Memo of [`Ty::is_sized`], one state per type.
    sized: std::cell::RefCell<Vec<u8>>,
}

impl<'m> Ty<'m> {
    fn data(&self, t: Type) -> Option<&'m TypeData> {
        self.m.types.get(t)
    }
    fn int_bits(&self, t: Type) -> Option<u32> {
        match self.data(t)? {
            TypeData::Int(b) => Some(*b),
            _ => None,
        }
    }
    fn is_int(&self, t: Type) -> bool {
        self.int_bits(t).is_some()
    }
    fn fp_bits(&self, t: Type) -> Option<u32> {
        match self.data(t)? {
            TypeData::Float => Some(32),
            TypeData::Double => Some(64),
            _ => None,
        }
    }
    fn is_fp(&self, t: Type) -> bool {
        self.fp_bits(t).is_some()
    }
    fn addr_space(&self, t: Type) -> Option<u32> {
        match self.data(t)? {
            TypeData::Ptr(a) => Some(*a),
            _ => None,
        }
    }
    fn is_ptr(&self, t: Type) -> bool {
        self.addr_space(t).is_some()
    }
    /// The element type and lane count of a vector, or `t` itself and `None`.
    fn lanes(&self, t: Type) -> (Type, Option<u32>) {
        match self.data(t) {
            Some(TypeData::Vector { elem, len }) => (*elem, Some(*len)),
            _ => (t, None),
        }
    }
    fn is_int_or_int_vector(&self, t: Type) -> bool {
        self.is_int(self.lanes(t).0)
    }
    fn is_fp_or_fp_vector(&self, t: Type) -> bool {
        self.is_fp(self.lanes(t).0)
    }
    fn is_first_class(&self, t: Type) -> bool {
        matches!(
            self.data(t),
            Some(
                TypeData::Int(_)
                    | TypeData::Float
                    | TypeData::Double
                    | TypeData::Ptr(_)
                    | TypeData::Array { .. }
                    | TypeData::Vector { .. }
                    | TypeData::Struct { .. }
                    | TypeData::Named(_)
            )
        )
    }
    fn struct_fields(&self, t: Type) -> Option<&'m [Type]> {
        match self.data(t)? {
            TypeData::Struct { fields, .. } => Some(fields),
            TypeData::Named(_) => Some(self.m.types.named_info(t)?.fields.as_deref()?),
            _ => None,
        }
    }
    /// True for types with a size: scalars, vectors, and arrays and structs of sized types
    /// (not opaque structs, nor structs that contain themselves). Memoized per type, so it is
    /// linear even on malformed, cyclic type tables.
    fn is_sized(&self, t: Type) -> bool {
        self.is_sized_at(t, 0)
    }
    fn is_sized_at(&self, t: Type, depth: u32) -> bool {
        const UNKNOWN: u8 = 0;
        const VISITING: u8 = 1;
        const SIZED: u8 = 2;
        const UNSIZED: u8 = 3;
        if !self.m.types.is_valid(t) || depth > MAX_DEPTH {
            return false;
        }
        {
            let memo = self.sized.borrow();
            match memo.get(t.index()).copied().unwrap_or(UNKNOWN) {
                SIZED => return true,
                // A cycle through `t` (VISITING) makes it unsized.
                VISITING | UNSIZED => return false,
                _ => {}
            }
        }
        {
            let mut memo = self.sized.borrow_mut();
            if memo.len() < self.m.types.len() {
                memo.resize(self.m.types.len(), UNKNOWN);
            }
            memo[t.index()] = VISITING;
        }
        let sized = match self.data(t) {
            Some(TypeData::Int(_) | TypeData::Float | TypeData::Double | TypeData::Ptr(_)) => true,
            Some(TypeData::Vector { elem, .. } | TypeData::Array { elem, .. }) => {
                self.is_sized_at(*elem, depth + 1)
            }
            Some(TypeData::Struct { fields, .. }) => {
                fields.iter().all(|&f| self.is_sized_at(f, depth + 1))
            }
            Some(TypeData::Named(_)) => match self.m.types.named_info(t) {
                Some(n) => n
                    .fields
                    .as_deref()
                    .is_some_and(|fs| fs.iter().all(|&f| self.is_sized_at(f, depth + 1))),
                None => false,
            },
            _ => false,
        };
        self.sized.borrow_mut()[t.index()] = if sized { SIZED } else { UNSIZED };
        sized
    }
    /// The member of aggregate `t` at `index` (struct field or array/vector element, range
    /// checked).
    fn member(&self, t: Type, index: u64) -> Result<Type, String> {
        match self.data(t) {
            Some(TypeData::Struct { .. } | TypeData::Named(_)) => {
                let fields = self.struct_fields(t).unwrap_or(&[]);
                usize::try_from(index)
                    .ok()
                    .and_then(|i| fields.get(i).copied())
                    .ok_or_else(|| {
                        format!(
                            "index {index} is out of range for {} ({} fields)",
                            self.show(t),
                            fields.len()
                        )
                    })
            }
            Some(TypeData::Array { elem, len }) if index < *len => Ok(*elem),
            Some(TypeData::Vector { elem, len }) if index < u64::from(*len) => Ok(*elem),
            Some(TypeData::Array { .. } | TypeData::Vector { .. }) => Err(format!(
                "index {index} is out of range for {}",
                self.show(t)
            )),
            _ => Err(format!(
                "cannot index into non-aggregate type {}",
                self.show(t)
            )),
        }
    }
    fn show(&self, t: Type) -> String {
        print_type(&self.m.types, t)
    }
    /// Why a cast from `from` to `to` is illegal, if it is.
    fn cast_error(&self, op: CastOp, from: Type, to: Type) -> Option<String> {
        let (fe, fl) = self.lanes(from);
        let (te, tl) = self.lanes(to);
        let bad = || {
            Some(format!(
                "invalid cast: {} from {} to {}",
                op.name(),
                self.show(from),
                self.show(to)
            ))
        };
        if fl != tl && op != CastOp::BitCast {
            return Some(format!(
                "{} between {} and {} changes the number of lanes",
                op.name(),
                self.show(from),
                self.show(to)
            ));
        }
        let ok = match op {
            CastOp::Trunc => {
                matches!((self.int_bits(fe), self.int_bits(te)), (Some(a), Some(b)) if a > b)
            }
            CastOp::ZExt | CastOp::SExt => {
                matches!((self.int_bits(fe), self.int_bits(te)), (Some(a), Some(b)) if a < b)
            }
            CastOp::FPTrunc => {
                matches!((self.fp_bits(fe), self.fp_bits(te)), (Some(a), Some(b)) if a > b)
            }
            CastOp::FPExt => {
                matches!((self.fp_bits(fe), self.fp_bits(te)), (Some(a), Some(b)) if a < b)
            }
            CastOp::FPToUI | CastOp::FPToSI => self.is_fp(fe) && self.is_int(te),
            CastOp::UIToFP | CastOp::SIToFP => self.is_int(fe) && self.is_fp(te),
            CastOp::PtrToInt => self.is_ptr(fe) && self.is_int(te),
            CastOp::IntToPtr => self.is_int(fe) && self.is_ptr(te),
            CastOp::AddrSpaceCast => match (self.addr_space(fe), self.addr_space(te)) {
                (Some(a), Some(b)) => a != b,
                _ => false,
            },
            CastOp::BitCast => return self.bitcast_error(from, to),
        };
        if ok { None } else { bad() }
    }
    fn bit_size(&self, t: Type) -> Option<u64> {
        match self.data(t)? {
            TypeData::Int(b) => Some(u64::from(*b)),
            TypeData::Float => Some(32),
            TypeData::Double => Some(64),
            TypeData::Vector { elem, len } => {
                let lane = match self.data(*elem)? {
                    TypeData::Int(b) => u64::from(*b),
                    TypeData::Float => 32,
                    TypeData::Double => 64,
                    _ => return None,
                };
                lane.checked_mul(u64::from(*len))
            }
            _ => None,
        }
    }
    fn bitcast_error(&self, from: Type, to: Type) -> Option<String> {
        let (fp, tp) = (self.lanes(from).0, self.lanes(to).0);
        let msg = |why: &str| {
            Some(format!(
                "invalid bitcast from {} to {}: {why}",
                self.show(from),
                self.show(to)
            ))
        };
        match (self.addr_space(fp), self.addr_space(tp)) {
            (Some(a), Some(b)) => {
                if a != b {
                    return msg("address spaces differ (use addrspacecast)");
                }
                if self.lanes(from).1 != self.lanes(to).1 {
                    return msg("lane counts differ");
                }
                return None;
            }
            (None, None) => {}
            _ => return msg("pointers convert to integers with ptrtoint/inttoptr"),
        }
        match (self.bit_size(from), self.bit_size(to)) {
            (Some(a), Some(b)) if a == b => None,
            (Some(_), Some(_)) => msg("sizes differ"),
            _ => msg("only non-aggregate first-class types can be bitcast"),
        }
    }
}

/// The overload suffix LLVM gives a type in intrinsic names (`i32`, `f64`, `p0`, `v2f32`).
fn mangle(ty: &Ty<'_>, t: Type) -> Option<String> {
    Some(match ty.data(t)? {
        TypeData::Int(b) => format!("i{b}"),
        TypeData::Float => "f32".into(),
        TypeData::Double => "f64".into(),
        TypeData::Ptr(a) => format!("p{a}"),
        TypeData::Vector { elem, len } => match ty.data(*elem)? {
            TypeData::Vector { .. } => return None,
            _ => format!("v{len}{}", mangle(ty, *elem)?),
        },
        _ => return None,
    })
}

fn is_pow2_or_zero(a: u32) -> bool {
    a == 0 || a.is_power_of_two()
}

// ---------------------------------------------------------------------------------------
// The verifier
// ---------------------------------------------------------------------------------------

/// Where a diagnostic is reported.
#[derive(Clone, Default)]
struct Context {
    loc: SrcLoc,
    function: Option<String>,
    block: Option<String>,
    global: Option<String>,
    inst: Option<String>,
}

struct Verifier<'m> {
    m: &'m Module,
    ty: Ty<'m>,
    out: VerifyErrors,
    /// Constants already checked.
    const_seen: Vec<bool>,
    const_stack: Vec<Const>,
}

fn global_name(name: &str) -> String {
    let mut s = String::with_capacity(name.len() + 1);
    let _ = write_local_name(&mut s, '@', name);
    s
}

impl<'m> Verifier<'m> {
    fn new(m: &'m Module) -> Self {
        Verifier {
            m,
            ty: Ty {
                m,
                sized: Default::default(),
            },
            out: VerifyErrors::default(),
            const_seen: vec![false; m.consts.len()],
            const_stack: Vec::new(),
        }
    }

    fn report(&mut self, severity: Severity, ctx: &Context, message: String) {
        self.out.diagnostics.push(VerifyError {
            severity,
            file: self.m.name.clone(),
            loc: ctx.loc,
            function: ctx.function.clone(),
            block: ctx.block.clone(),
            global: ctx.global.clone(),
            inst: ctx.inst.clone(),
            message,
        });
    }

    fn module_err(&mut self, message: String) {
        self.report(Severity::Error, &Context::default(), message);
    }

    fn module(&mut self) {
        let m = self.m;
        if let Some(dl) = &m.datalayout
            && let Err(e) = DataLayout::parse(dl)
        {
            self.module_err(e.to_string());
        }
        if let Some(t) = &m.triple
            && Arch::from_triple(t).is_none()
        {
            self.module_err(format!(
                "target triple \"{t}\" names an architecture this engine does not know"
            ));
        }
        self.type_table();
        self.symbol_names();
        for g in m.globals.keys() {
            self.global(g);
        }
        for a in m.aliases.keys() {
            self.alias(a);
        }
        for f in m.functions.keys() {
            self.function(f);
        }
    }

    fn type_table(&mut self) {
        let m = self.m;
        for i in 0..m.types.len() {
            let t = Type::new(i);
            let Some(d) = m.types.get(t) else { continue };
            let mut children: Vec<Type> = Vec::new();
            match d {
                TypeData::Array { elem, .. } | TypeData::Vector { elem, .. } => {
                    children.push(*elem)
                }
                TypeData::Struct { fields, .. } => children.extend_from_slice(fields),
                TypeData::Function { ret, params, .. } => {
                    children.push(*ret);
                    children.extend_from_slice(params);
                }
                TypeData::Named(_) => match m.types.named_info(t) {
                    Some(n) => {
                        for &f in n.fields.as_deref().unwrap_or(&[]) {
                            if m.types.is_valid(f) && !self.ty.is_first_class(f) {
                                let msg = format!(
                                    "field of struct {} has type {}, which is not first-class",
                                    self.ty.show(t),
                                    self.ty.show(f)
                                );
                                self.module_err(msg);
                            }
                            children.push(f);
                        }
                    }
                    None => {
                        self.module_err(format!("type {t} names a struct that does not exist"));
                    }
                },
                _ => {}
            }
            if children.iter().any(|&c| !m.types.is_valid(c)) {
                self.module_err(format!("type {t} refers to a type outside the type table"));
            } else if !matches!(d, TypeData::Named(_)) && children.iter().any(|&c| c >= t) {
                // Interning builds literal types from existing ones; a member that is not
                // older than its type was forged, and may form a cycle.
                self.module_err(format!(
                    "type {t} refers to a type created after it (a malformed, possibly cyclic type)"
                ));
            }
        }
    }

    fn symbol_names(&mut self) {
        let m = self.m;
        let mut seen: HashSet<&str> = HashSet::new();
        let names = m
            .functions
            .values()
            .map(|f| (&*f.name, f.loc))
            .chain(m.globals.values().map(|g| (&*g.name, g.loc)))
            .chain(m.aliases.values().map(|a| (&*a.name, a.loc)));
        let mut errs = Vec::new();
        for (n, loc) in names {
            if n.is_empty() {
                errs.push((loc, "a module-level symbol has an empty name".to_string()));
            } else if !seen.insert(n) {
                errs.push((
                    loc,
                    format!("symbol {} is defined more than once", global_name(n)),
                ));
            }
        }
        for (loc, msg) in errs {
            let ctx = Context {
                loc,
                ..Context::default()
            };
            self.report(Severity::Error, &ctx, msg);
        }
    }

    fn global(&mut self, id: crate::ir::GlobalId) {
        let m = self.m;
        let g = &m.globals[id];
        let ctx = Context {
            loc: g.loc,
            global: Some(global_name(&g.name)),
            ..Context::default()
        };
        let err = |v: &mut Self, msg: String| v.report(Severity::Error, &ctx, msg);
        if !m.types.is_valid(g.value_ty) {
            err(self, "value type is outside the type table".into());
        } else if !self.ty.is_first_class(g.value_ty) || !self.ty.is_sized(g.value_ty) {
            let msg = format!(
                "a global's value type must be sized and first-class, not {}",
                self.ty.show(g.value_ty)
            );
            err(self, msg);
        }
        if let Some(a) = g.align
            && !is_pow2_or_zero(a)
        {
            err(self, format!("alignment {a} is not a power of two"));
        }
        match g.init {
            None => {
                if !matches!(g.linkage, Linkage::External | Linkage::ExternWeak) {
                    let msg = format!(
                        "a global declaration must have external or extern_weak linkage, not {}",
                        g.linkage.keyword()
                    );
                    err(self, msg);
                }
            }
            Some(c) => {
                if self.constant(c, &ctx)
                    && let Some(d) = m.consts.get(c)
                    && d.ty != g.value_ty
                {
                    let msg = format!(
                        "initializer {} does not have the global's type {}",
                        print_constant(m, c),
                        self.ty.show(g.value_ty)
                    );
                    err(self, msg);
                }
            }
        }
        if &*g.name == "llvm.global_ctors" || &*g.name == "llvm.global_dtors" {
            self.ctors(id, &ctx);
        }
    }

    fn ctors(&mut self, id: crate::ir::GlobalId, ctx: &Context) {
        let m = self.m;
        let g = &m.globals[id];
        if g.linkage != Linkage::Appending {
            self.report(
                Severity::Error,
                ctx,
                format!("{} must have appending linkage", g.name),
            );
        }
        let shape_ok = match self.ty.data(g.value_ty) {
            Some(TypeData::Array { elem, .. }) => self.ty.struct_fields(*elem).is_some_and(|f| {
                f.len() == 3
                    && self.ty.int_bits(f[0]) == Some(32)
                    && self.ty.is_ptr(f[1])
                    && self.ty.is_ptr(f[2])
            }),
            _ => false,
        };
        if !shape_ok {
            let msg = format!(
                "{} must have type [N x {{ i32, ptr, ptr }}], not {}",
                g.name,
                self.ty.show(g.value_ty)
            );
            self.report(Severity::Error, ctx, msg);
            return;
        }
        let Some(init) = g.init.and_then(|c| m.consts.get(c)) else {
            return;
        };
        let ConstKind::Aggregate(entries) = &init.kind else {
            return;
        };
        for &e in entries.iter() {
            let Some(ConstKind::Aggregate(fields)) = m.consts.get(e).map(|d| &d.kind) else {
                continue;
            };
            let Some(&f) = fields.get(1) else { continue };
            let target = self.strip_to_global(f);
            if !matches!(target, Some(GlobalRef::Function(_))) {
                let msg = format!(
                    "entry {} of {} does not name a function",
                    print_constant(m, e),
                    g.name
                );
                self.report(Severity::Error, ctx, msg);
            }
        }
    }

    /// The global a constant points at, looking through casts and GEPs.
    fn strip_to_global(&self, c: Const) -> Option<GlobalRef> {
        let mut c = c;
        for _ in 0..MAX_DEPTH {
            match &self.m.consts.get(c)?.kind {
                ConstKind::GlobalAddr(r) => return Some(*r),
                ConstKind::Expr(ConstExpr::Cast { value, .. }) => c = *value,
                ConstKind::Expr(ConstExpr::Gep { base, .. }) => c = *base,
                _ => return None,
            }
        }
        None
    }

    fn alias(&mut self, id: crate::ir::AliasId) {
        let m = self.m;
        let a = &m.aliases[id];
        let ctx = Context {
            loc: a.loc,
            global: Some(global_name(&a.name)),
            ..Context::default()
        };
        if !m.types.is_valid(a.value_ty) {
            self.report(
                Severity::Error,
                &ctx,
                "value type is outside the type table".into(),
            );
        }
        if !self.constant(a.aliasee, &ctx) {
            return;
        }
        if !self.ty.is_ptr(m.consts[a.aliasee].ty) {
            let msg = format!("aliasee {} is not a pointer", print_constant(m, a.aliasee));
            self.report(Severity::Error, &ctx, msg);
            return;
        }
        // Follow aliases of aliases, stopping at a cycle.
        let mut target = self.strip_to_global(a.aliasee);
        let mut steps = 0;
        while let Some(GlobalRef::Alias(next)) = target {
            steps += 1;
            if next == id || steps > m.aliases.len() {
                self.report(Severity::Error, &ctx, "alias cycle".into());
                return;
            }
            target = m
                .aliases
                .get(next)
                .and_then(|n| self.strip_to_global(n.aliasee));
        }
        let defined = match target {
            Some(GlobalRef::Function(f)) => m.functions.get(f).map(|f| f.body.is_some()),
            Some(GlobalRef::Global(g)) => m.globals.get(g).map(|g| g.init.is_some()),
            _ => None,
        };
        match defined {
            Some(true) => {}
            Some(false) => {
                let msg = format!(
                    "alias must point to a definition, not the declaration {}",
                    print_constant(m, a.aliasee)
                );
                self.report(Severity::Error, &ctx, msg);
            }
            None => {
                let msg = format!(
                    "aliasee {} is not a global, function or alias",
                    print_constant(m, a.aliasee)
                );
                self.report(Severity::Error, &ctx, msg);
            }
        }
    }

    /// Checks constant `c` and everything it refers to (once per constant); returns false
    /// when `c` itself is out of range.
    fn constant(&mut self, c: Const, ctx: &Context) -> bool {
        if !self.m.consts.is_valid(c) {
            self.report(
                Severity::Error,
                ctx,
                format!("constant {c} is outside the constant arena"),
            );
            return false;
        }
        self.const_stack.push(c);
        while let Some(c) = self.const_stack.pop() {
            if std::mem::replace(&mut self.const_seen[c.index()], true) {
                continue;
            }
            if let Err(msg) = self.check_const(c) {
                let msg = format!("constant {}: {msg}", print_constant(self.m, c));
                self.report(Severity::Error, ctx, msg);
            }
        }
        true
    }

    /// Checks one constant against its direct members, queueing the members.
    fn check_const(&mut self, c: Const) -> Result<(), String> {
        let m = self.m;
        let ty = &self.ty;
        let d = &m.consts[c];
        let t = d.ty;
        if !m.types.is_valid(t) {
            return Err("type is outside the type table".into());
        }
        let mut kids: Vec<Const> = Vec::new();
        let sub_ty = |k: Const| m.consts.get(k).map(|d| d.ty);
        let res = (|| -> Result<(), String> {
            match &d.kind {
                ConstKind::Int(v) => {
                    let bits = ty
                        .int_bits(t)
                        .ok_or("integer constant of non-integer type")?;
                    if bits < 128 && *v >> bits != 0 {
                        return Err(format!("value {v} does not fit in i{bits}"));
                    }
                }
                ConstKind::Float(bits) => {
                    let w = ty
                        .fp_bits(t)
                        .ok_or("floating-point constant of non-floating-point type")?;
                    let v = f64::from_bits(*bits);
                    if w == 32 && !v.is_nan() && f64::from(v as f32) != v {
                        return Err("value is not exactly representable as float".into());
                    }
                }
                ConstKind::Null => {
                    if !ty.is_ptr(t) {
                        return Err("null must have pointer type".into());
                    }
                }
                ConstKind::Undef | ConstKind::Poison | ConstKind::Zero => {
                    // `metadata undef` is how the reader keeps a dropped metadata argument.
                    let metadata = matches!(ty.data(t), Some(TypeData::Metadata));
                    if !ty.is_first_class(t) && !metadata {
                        return Err("type is not first-class".into());
                    }
                }
                ConstKind::Bytes(b) => match ty.data(t) {
                    Some(TypeData::Array { elem, len })
                        if ty.int_bits(*elem) == Some(8) && *len == b.len() as u64 => {}
                    _ => return Err(format!("c\"...\" of {} bytes has the wrong type", b.len())),
                },
                ConstKind::GlobalAddr(r) => {
                    let ok = match *r {
                        GlobalRef::Function(f) => m.functions.is_valid(f),
                        GlobalRef::Global(g) => m.globals.is_valid(g),
                        GlobalRef::Alias(a) => m.aliases.is_valid(a),
                    };
                    if !ok {
                        return Err("refers to a symbol that does not exist".into());
                    }
                    if !ty.is_ptr(t) {
                        return Err("a global's address must have pointer type".into());
                    }
                }
                ConstKind::Aggregate(elems) => {
                    kids.extend_from_slice(elems);
                    let expected: Vec<Type> = match ty.data(t) {
                        Some(TypeData::Array { elem, len }) => {
                            if *len != elems.len() as u64 {
                                return Err(format!("{} elements for {}", elems.len(), ty.show(t)));
                            }
                            vec![*elem; elems.len()]
                        }
                        Some(TypeData::Vector { elem, len }) => {
                            if u64::from(*len) != elems.len() as u64 {
                                return Err(format!("{} elements for {}", elems.len(), ty.show(t)));
                            }
                            vec![*elem; elems.len()]
                        }
                        Some(TypeData::Struct { .. } | TypeData::Named(_)) => {
                            let f = ty.struct_fields(t).unwrap_or(&[]);
                            if f.len() != elems.len() {
                                return Err(format!("{} elements for {}", elems.len(), ty.show(t)));
                            }
                            f.to_vec()
                        }
                        _ => return Err("aggregate constant of non-aggregate type".into()),
                    };
                    for (i, (&e, &want)) in elems.iter().zip(&expected).enumerate() {
                        match sub_ty(e) {
                            None => return Err(format!("element {i} is out of range")),
                            Some(got) if got != want => {
                                return Err(format!(
                                    "element {i} has type {}, expected {}",
                                    ty.show(got),
                                    ty.show(want)
                                ));
                            }
                            _ => {}
                        }
                    }
                }
                ConstKind::Expr(e) => self.check_const_expr(t, e, &mut kids)?,
            }
            Ok(())
        })();
        for k in kids {
            if m.consts.is_valid(k) {
                self.const_stack.push(k);
            }
        }
        res
    }

    fn check_const_expr(
        &self,
        t: Type,
        e: &ConstExpr,
        kids: &mut Vec<Const>,
    ) -> Result<(), String> {
        let m = self.m;
        let ty = &self.ty;
        let sub = |k: Const| -> Result<Type, String> {
            m.consts
                .get(k)
                .map(|d| d.ty)
                .ok_or_else(|| format!("operand {k} is outside the constant arena"))
        };
        match e {
            ConstExpr::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                kids.push(*base);
                kids.extend_from_slice(indices);
                if !ty.is_ptr(t) || !ty.is_ptr(sub(*base)?) {
                    return Err("getelementptr needs a pointer base and result".into());
                }
                if !ty.is_sized(*source_ty) {
                    return Err(format!(
                        "getelementptr source type {} is not sized",
                        ty.show(*source_ty)
                    ));
                }
                let mut cur = *source_ty;
                for (k, &i) in indices.iter().enumerate() {
                    let it = sub(i)?;
                    if !ty.is_int(it) {
                        return Err(format!("index {k} is not an integer"));
                    }
                    if k == 0 {
                        continue;
                    }
                    let value = match &m.consts[i].kind {
                        ConstKind::Int(v) => Some(*v),
                        ConstKind::Zero => Some(0),
                        _ => None,
                    };
                    if ty.struct_fields(cur).is_some() {
                        let Some(v) = value.filter(|_| ty.int_bits(it) == Some(32)) else {
                            return Err(format!("struct index {k} must be an i32 constant"));
                        };
                        cur = ty.member(cur, u64::try_from(v).unwrap_or(u64::MAX))?;
                    } else {
                        cur = ty.member(cur, 0)?;
                    }
                }
                Ok(())
            }
            ConstExpr::Cast { op, value } => {
                kids.push(*value);
                match ty.cast_error(*op, sub(*value)?, t) {
                    Some(e) => Err(e),
                    None => Ok(()),
                }
            }
            ConstExpr::Binary { op, lhs, rhs } => {
                kids.push(*lhs);
                kids.push(*rhs);
                let (a, b) = (sub(*lhs)?, sub(*rhs)?);
                if a != t || b != t {
                    return Err(format!(
                        "{} operands must have the constant's type",
                        op.name()
                    ));
                }
                let ok = if op.is_float() {
                    ty.is_fp_or_fp_vector(t)
                } else {
                    ty.is_int_or_int_vector(t)
                };
                if ok {
                    Ok(())
                } else {
                    Err(format!("{} on {}", op.name(), ty.show(t)))
                }
            }
            ConstExpr::ICmp { lhs, rhs, .. } | ConstExpr::FCmp { lhs, rhs, .. } => {
                kids.push(*lhs);
                kids.push(*rhs);
                let (a, b) = (sub(*lhs)?, sub(*rhs)?);
                let int = matches!(e, ConstExpr::ICmp { .. });
                let ok_operand = if int {
                    ty.is_int(ty.lanes(a).0) || ty.is_ptr(ty.lanes(a).0)
                } else {
                    ty.is_fp_or_fp_vector(a)
                };
                if a != b || !ok_operand || ty.int_bits(ty.lanes(t).0) != Some(1) {
                    return Err("ill-typed comparison".into());
                }
                Ok(())
            }
            ConstExpr::Select {
                cond,
                if_true,
                if_false,
            } => {
                kids.extend_from_slice(&[*cond, *if_true, *if_false]);
                if ty.int_bits(sub(*cond)?) != Some(1) {
                    return Err("select condition must be i1".into());
                }
                if sub(*if_true)? != t || sub(*if_false)? != t {
                    return Err("select arms must have the constant's type".into());
                }
                Ok(())
            }
        }
    }

    fn function(&mut self, f: FuncId) {
        let m = self.m;
        let Some(func) = m.functions.get(f) else {
            self.module_err(format!("function {f} does not exist"));
            return;
        };
        let mut fv = FnVerifier::new(self, func);
        fv.run();
    }
}

// ---------------------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------------------

const NONE: u32 = u32::MAX;

/// Control flow of one function: edges, reachability and the dominator tree.
#[derive(Default)]
struct Cfg {
    /// Per block index: `succs[succ_start[b]..succ_start[b+1]]`, duplicates kept.
    succ_start: Vec<u32>,
    succs: Vec<u32>,
    /// Per block index: predecessors with one entry per edge, sorted.
    pred_start: Vec<u32>,
    preds: Vec<u32>,
    /// Postorder number of reachable blocks, `NONE` for unreachable ones.
    po: Vec<u32>,
    /// Immediate dominator (entry: itself), `NONE` when unreachable.
    idom: Vec<u32>,
    /// Preorder / postorder interval of each block in the dominator tree.
    dom_in: Vec<u32>,
    dom_out: Vec<u32>,
}

impl Cfg {
    fn succs(&self, b: usize) -> &[u32] {
        &self.succs[self.succ_start[b] as usize..self.succ_start[b + 1] as usize]
    }
    fn preds(&self, b: usize) -> &[u32] {
        &self.preds[self.pred_start[b] as usize..self.pred_start[b + 1] as usize]
    }
    fn reachable(&self, b: usize) -> bool {
        self.po.get(b).is_some_and(|&p| p != NONE)
    }
    /// True when block `a` dominates block `b` (both reachable).
    fn dominates(&self, a: usize, b: usize) -> bool {
        self.reachable(a)
            && self.reachable(b)
            && self.dom_in[a] <= self.dom_in[b]
            && self.dom_out[b] <= self.dom_out[a]
    }

    /// Builds edges from `succ_lists` (per block index) and dominators from `entry`.
    fn build(n: usize, succ_lists: &[Vec<u32>], entry: usize) -> Cfg {
        let mut cfg = Cfg::default();
        cfg.succ_start.reserve(n + 1);
        cfg.succ_start.push(0);
        for s in succ_lists {
            cfg.succs.extend_from_slice(s);
            cfg.succ_start.push(cfg.succs.len() as u32);
        }
        // Predecessors (one per edge).
        let mut count = vec![0u32; n + 1];
        for &s in &cfg.succs {
            count[s as usize + 1] += 1;
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        cfg.preds = vec![0; cfg.succs.len()];
        let mut fill = count.clone();
        for b in 0..n {
            for k in cfg.succ_start[b]..cfg.succ_start[b + 1] {
                let s = cfg.succs[k as usize] as usize;
                cfg.preds[fill[s] as usize] = b as u32;
                fill[s] += 1;
            }
        }
        cfg.pred_start = count;

        // Postorder by an iterative depth-first search from the entry.
        cfg.po = vec![NONE; n];
        let mut visited = vec![false; n];
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut stack: Vec<(u32, u32)> = vec![(entry as u32, 0)];
        visited[entry] = true;
        while let Some(top) = stack.last_mut() {
            let (b, i) = *top;
            let succ = cfg.succs(b as usize);
            if (i as usize) < succ.len() {
                top.1 += 1;
                let s = succ[i as usize] as usize;
                if !visited[s] {
                    visited[s] = true;
                    stack.push((s as u32, 0));
                }
            } else {
                cfg.po[b as usize] = order.len() as u32;
                order.push(b);
                stack.pop();
            }
        }

        // Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm".
        cfg.idom = vec![NONE; n];
        cfg.idom[entry] = entry as u32;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in order.iter().rev() {
                let b = b as usize;
                if b == entry {
                    continue;
                }
                let mut new_idom = NONE;
                for &p in cfg.preds(b) {
                    if cfg.idom[p as usize] == NONE {
                        continue;
                    }
                    new_idom = if new_idom == NONE {
                        p
                    } else {
                        cfg.intersect(p, new_idom)
                    };
                }
                if new_idom != cfg.idom[b] {
                    cfg.idom[b] = new_idom;
                    changed = true;
                }
            }
        }

        // Dominator tree intervals.
        let mut kids_count = vec![0u32; n + 1];
        for b in 0..n {
            let d = cfg.idom[b];
            if d != NONE && b != entry {
                kids_count[d as usize + 1] += 1;
            }
        }
        for i in 0..n {
            kids_count[i + 1] += kids_count[i];
        }
        let mut kids = vec![0u32; kids_count[n] as usize];
        let mut fill = kids_count.clone();
        for b in 0..n {
            let d = cfg.idom[b];
            if d != NONE && b != entry {
                kids[fill[d as usize] as usize] = b as u32;
                fill[d as usize] += 1;
            }
        }
        cfg.dom_in = vec![0; n];
        cfg.dom_out = vec![0; n];
        let mut clock = 0u32;
        let mut stack: Vec<(u32, u32)> = vec![(entry as u32, kids_count[entry])];
        cfg.dom_in[entry] = clock;
        clock += 1;
        while let Some(top) = stack.last_mut() {
            let (b, i) = *top;
            if i < kids_count[b as usize + 1] {
                top.1 += 1;
                let k = kids[i as usize];
                cfg.dom_in[k as usize] = clock;
                clock += 1;
                stack.push((k, kids_count[k as usize]));
            } else {
                cfg.dom_out[b as usize] = clock;
                clock += 1;
                stack.pop();
            }
        }
        cfg
    }

    fn intersect(&self, a: u32, b: u32) -> u32 {
        let (mut a, mut b) = (a, b);
        while a != b {
            while self.po[a as usize] < self.po[b as usize] {
                a = self.idom[a as usize];
            }
            while self.po[b as usize] < self.po[a as usize] {
                b = self.idom[b as usize];
            }
        }
        a
    }
}

struct FnVerifier<'v, 'm> {
    v: &'v mut Verifier<'m>,
    m: &'m Module,
    func: &'m Function,
    body: Option<&'m Body>,
    slots: Option<Slots>,
    fname: String,
    /// Position of each block in the layout (`NONE` when not in it).
    block_pos: Vec<u32>,
    /// Block index and position of each instruction (`NONE` when not in the layout).
    inst_block: Vec<u32>,
    inst_pos: Vec<u32>,
    cfg: Cfg,
    /// Scratch for phi and switch checks.
    scratch: Vec<(u32, u32)>,
}

impl<'v, 'm> FnVerifier<'v, 'm> {
    fn new(v: &'v mut Verifier<'m>, func: &'m Function) -> Self {
        let m = v.m;
        FnVerifier {
            v,
            m,
            func,
            body: func.body.as_ref(),
            slots: None,
            fname: global_name(&func.name),
            block_pos: Vec::new(),
            inst_block: Vec::new(),
            inst_pos: Vec::new(),
            cfg: Cfg::default(),
            scratch: Vec::new(),
        }
    }

    fn ty(&self) -> &Ty<'m> {
        &self.v.ty
    }

    /// Reports a problem, naming the block and instruction when given.
    fn report(&mut self, sev: Severity, block: Option<Block>, inst: Option<Inst>, msg: String) {
        let m = self.m;
        let func = self.func;
        let slots = self.slots.get_or_insert_with(|| Slots::new(func));
        let p = FunctionPrinter::new(m, func, slots);
        let mut loc = func.loc;
        let mut block_text = None;
        if let Some(b) = block {
            let mut s = String::new();
            let _ = p.block_ref(&mut s, b);
            block_text = Some(s);
            if let Some(bd) = self.body.and_then(|body| body.blocks.get(b))
                && !bd.loc.is_unknown()
            {
                loc = bd.loc;
            }
        }
        let mut inst_text = None;
        if let Some(i) = inst {
            let mut s = String::new();
            let _ = p.inst(&mut s, i);
            inst_text = Some(s);
            if let Some(d) = self.body.and_then(|body| body.insts.get(i))
                && !d.loc.is_unknown()
            {
                loc = d.loc;
            }
        }
        let ctx = Context {
            loc,
            function: Some(self.fname.clone()),
            block: block_text,
            global: None,
            inst: inst_text,
        };
        self.v.report(sev, &ctx, msg);
    }

    fn err(&mut self, block: Option<Block>, inst: Option<Inst>, msg: String) {
        self.report(Severity::Error, block, inst, msg);
    }

    fn run(&mut self) {
        let sig = self.signature();
        self.intrinsic(sig);
        if self.body.is_none() {
            if !matches!(self.func.linkage, Linkage::External | Linkage::ExternWeak) {
                let msg = format!(
                    "a function declaration must have external or extern_weak linkage, not {}",
                    self.func.linkage.keyword()
                );
                self.err(None, None, msg);
            }
            return;
        }
        if self.func.name.starts_with("llvm.") {
            self.err(None, None, "llvm.* intrinsics cannot be defined".into());
        }
        self.params(sig);
        if !self.layout() {
            return;
        }
        self.blocks();
        self.instructions(sig);
    }

    /// Checks the function type and attributes; returns (return type, param types, varargs).
    fn signature(&mut self) -> Option<(Type, &'m [Type], bool)> {
        let m = self.m;
        let func = self.func;
        let sig = match m.types.get(func.ty) {
            Some(TypeData::Function {
                ret,
                params,
                varargs,
            }) => Some((*ret, &params[..], *varargs)),
            _ => None,
        };
        let Some((ret, params, _)) = sig else {
            let msg = format!(
                "function type {} is not a function type",
                self.ty().show(func.ty)
            );
            self.err(None, None, msg);
            return None;
        };
        if ret != Type::VOID && !self.ty().is_first_class(ret) {
            let msg = format!("invalid return type {}", self.ty().show(ret));
            self.err(None, None, msg);
        }
        // `metadata` parameters are for intrinsics only (`llvm.experimental.noalias.scope.decl`).
        let intrinsic = func.name.starts_with("llvm.");
        for &p in params {
            let metadata = matches!(m.types.get(p), Some(TypeData::Metadata));
            let allowed = self.ty().is_first_class(p) || (intrinsic && metadata);
            if !allowed {
                let msg = format!("invalid parameter type {}", self.ty().show(p));
                self.err(None, None, msg);
            }
        }
        if func.param_attrs.len() > params.len() {
            let msg = format!(
                "{} parameter attribute sets for {} parameters",
                func.param_attrs.len(),
                params.len()
            );
            self.err(None, None, msg);
        }
        for (i, (a, &p)) in func.param_attrs.iter().zip(params).enumerate() {
            if let Some(msg) = self.attr_error(a, p) {
                self.err(None, None, format!("parameter {i}: {msg}"));
            }
        }
        let srets: Vec<usize> = (func.param_attrs.iter().enumerate())
            .filter(|(_, a)| a.sret.is_some())
            .map(|(i, _)| i)
            .collect();
        if srets.len() > 1 {
            self.err(None, None, "more than one sret parameter".into());
        }
        if srets.iter().any(|&i| i > 1) {
            self.err(
                None,
                None,
                "sret must be on the first or second parameter".into(),
            );
        }
        if !srets.is_empty() && ret != Type::VOID {
            let msg = format!(
                "a function with an sret parameter must return void, not {}",
                self.ty().show(ret)
            );
            self.err(None, None, msg);
        }
        if let Some(msg) = self.attr_error(&func.ret_attrs, ret) {
            self.err(None, None, format!("return value: {msg}"));
        }
        let a = &func.attrs;
        if a.has(FnAttrs::OPTNONE) && !a.has(FnAttrs::NOINLINE) {
            self.err(None, None, "optnone requires noinline".into());
        }
        if a.has(FnAttrs::NOINLINE) && a.has(FnAttrs::ALWAYSINLINE) {
            self.err(
                None,
                None,
                "noinline and alwaysinline are incompatible".into(),
            );
        }
        if let Some(al) = func.align
            && !is_pow2_or_zero(al)
        {
            self.err(None, None, format!("alignment {al} is not a power of two"));
        }
        sig
    }

    /// What is wrong with attributes `a` on a value of type `t`.
    fn attr_error(&self, a: &ParamAttrs, t: Type) -> Option<String> {
        for (name, at) in [("byval", a.byval), ("sret", a.sret)] {
            if let Some(at) = at {
                if !self.m.types.is_valid(at) {
                    return Some(format!("{name} type is outside the type table"));
                }
                if !self.ty().is_ptr(t) {
                    return Some(format!("{name} on a non-pointer {}", self.ty().show(t)));
                }
            }
        }
        if let Some(al) = a.align
            && !is_pow2_or_zero(al)
        {
            return Some(format!("alignment {al} is not a power of two"));
        }
        None
    }

    fn intrinsic(&mut self, sig: Option<(Type, &'m [Type], bool)>) {
        let func = self.func;
        let by_name = Intrinsic::from_name(&func.name);
        if func.intrinsic != by_name {
            let msg = format!(
                "recorded intrinsic {:?} does not match the name (which gives {:?})",
                func.intrinsic, by_name
            );
            self.err(None, None, msg);
        }
        let (Some(which), Some((ret, params, varargs))) = (by_name, sig) else {
            return;
        };
        if let Some(msg) = self.intrinsic_error(which, ret, params, varargs) {
            self.err(None, None, format!("intrinsic {}: {msg}", func.name));
        }
    }

    fn intrinsic_error(
        &self,
        which: Intrinsic,
        ret: Type,
        params: &[Type],
        varargs: bool,
    ) -> Option<String> {
        use Intrinsic::*;
        let ty = self.ty();
        let void = Type::VOID;
        let is_i1 = |t: Type| ty.int_bits(t) == Some(1);
        let int = |t: Type| ty.is_int_or_int_vector(t);
        let fp = |t: Type| ty.is_fp_or_fp_vector(t);
        let shape = |n: usize| params.len() == n && !varargs;
        let p = |i: usize| params.get(i).copied().unwrap_or(void);
        // (signature ok, overload types for the name suffix)
        let (ok, overloads): (bool, Vec<Type>) = match which {
            Memcpy | MemcpyInline | Memmove => (
                shape(4)
                    && ret == void
                    && ty.is_ptr(p(0))
                    && ty.is_ptr(p(1))
                    && ty.is_int(p(2))
                    && is_i1(p(3)),
                vec![p(0), p(1), p(2)],
            ),
            Memset | MemsetInline => (
                shape(4)
                    && ret == void
                    && ty.is_ptr(p(0))
                    && ty.int_bits(p(1)) == Some(8)
                    && ty.is_int(p(2))
                    && is_i1(p(3)),
                vec![p(0), p(2)],
            ),
            VaStart | VaEnd => (shape(1) && ret == void && ty.is_ptr(p(0)), vec![]),
            VaCopy => (
                shape(2) && ret == void && ty.is_ptr(p(0)) && ty.is_ptr(p(1)),
                vec![],
            ),
            LifetimeStart | LifetimeEnd => (
                shape(2) && ret == void && ty.int_bits(p(0)) == Some(64) && ty.is_ptr(p(1)),
                vec![],
            ),
            StackSave => (shape(0) && ty.is_ptr(ret), vec![]),
            StackRestore => (shape(1) && ret == void && ty.is_ptr(p(0)), vec![]),
            Smax | Smin | Umax | Umin | SAddSat | UAddSat | SSubSat | USubSat => (
                shape(2) && int(ret) && p(0) == ret && p(1) == ret,
                vec![ret],
            ),
            Abs => (
                shape(2) && int(ret) && p(0) == ret && is_i1(p(1)),
                vec![ret],
            ),
            Fabs | Sqrt | Floor | Ceil | Trunc | Round | RoundEven | Rint | NearbyInt | Exp
            | Exp2 | Log | Log2 | Log10 | Sin | Cos => {
                (shape(1) && fp(ret) && p(0) == ret, vec![ret])
            }
            Copysign | MinNum | MaxNum | Minimum | Maximum | Pow => {
                (shape(2) && fp(ret) && p(0) == ret && p(1) == ret, vec![ret])
            }
            Fma | FMulAdd => (
                shape(3) && fp(ret) && params.iter().all(|&t| t == ret),
                vec![ret],
            ),
            Ctpop | Bswap | BitReverse => (shape(1) && int(ret) && p(0) == ret, vec![ret]),
            Ctlz | Cttz => (
                shape(2) && int(ret) && p(0) == ret && is_i1(p(1)),
                vec![ret],
            ),
            Fshl | Fshr => (
                shape(3) && int(ret) && params.iter().all(|&t| t == ret),
                vec![ret],
            ),
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow => {
                let fields_ok = ty
                    .struct_fields(ret)
                    .is_some_and(|f| f.len() == 2 && f[0] == p(0) && is_i1(f[1]));
                (
                    shape(2) && int(p(0)) && p(1) == p(0) && fields_ok,
                    vec![p(0)],
                )
            }
            PtrMask => (
                shape(2) && ty.is_ptr(ret) && p(0) == ret && ty.is_int(p(1)),
                vec![ret, p(1)],
            ),
            Expect => (
                shape(2) && int(ret) && p(0) == ret && p(1) == ret,
                vec![ret],
            ),
            Assume => (shape(1) && ret == void && is_i1(p(0)), vec![]),
            Trap | DebugTrap => (shape(0) && ret == void, vec![]),
            _ => return None,
        };
        if !ok {
            return Some(format!("wrong signature {}", ty.show(self.func.ty)));
        }
        if !overloads.is_empty() {
            let mut expected = format!("llvm.{}", which.base_name());
            for t in overloads {
                expected.push('.');
                expected.push_str(&mangle(ty, t)?);
            }
            if *self.func.name != *expected {
                return Some(format!(
                    "name does not match the overloaded types (expected {expected})"
                ));
            }
        }
        None
    }

    fn params(&mut self, sig: Option<(Type, &'m [Type], bool)>) {
        let Some(body) = self.body else { return };
        let func = self.func;
        let want = sig.map_or(0, |(_, p, _)| p.len());
        if func.params.len() != want {
            let msg = format!(
                "{} parameter values for {} parameters",
                func.params.len(),
                want
            );
            self.err(None, None, msg);
        }
        for (i, &v) in func.params.iter().enumerate() {
            let Some(vd) = body.values.get(v) else {
                self.err(
                    None,
                    None,
                    format!("parameter {i} is value {v}, which does not exist"),
                );
                continue;
            };
            if vd.def != ValueDef::Param(i as u32) {
                self.err(
                    None,
                    None,
                    format!("parameter {i} is value {v}, which is not defined as that parameter"),
                );
            }
            if let Some((_, p, _)) = sig
                && let Some(&pt) = p.get(i)
                && pt != vd.ty
            {
                let msg = format!(
                    "parameter {i} has type {}, but the signature says {}",
                    self.ty().show(vd.ty),
                    self.ty().show(pt)
                );
                self.err(None, None, msg);
            }
        }
    }

    /// Checks the layout and records where blocks and instructions are; false when the body
    /// is unusable (no blocks).
    fn layout(&mut self) -> bool {
        let Some(body) = self.body else { return false };
        if body.layout.is_empty() {
            self.err(
                None,
                None,
                "a function definition needs at least one block".into(),
            );
            return false;
        }
        self.block_pos = vec![NONE; body.blocks.len()];
        self.inst_block = vec![NONE; body.insts.len()];
        self.inst_pos = vec![NONE; body.insts.len()];
        let mut first_bad = true;
        for (pos, &b) in body.layout.iter().enumerate() {
            let Some(bd) = body.blocks.get(b) else {
                self.err(
                    None,
                    None,
                    format!("layout lists block {b}, which does not exist"),
                );
                continue;
            };
            if self.block_pos[b.index()] != NONE {
                self.err(Some(b), None, "block appears twice in the layout".into());
                continue;
            }
            self.block_pos[b.index()] = pos as u32;
            for (ipos, &i) in bd.insts.iter().enumerate() {
                let Some(id) = body.insts.get(i) else {
                    self.err(Some(b), None, format!("instruction {i} does not exist"));
                    continue;
                };
                if self.inst_block[i.index()] != NONE {
                    self.err(
                        Some(b),
                        Some(i),
                        "instruction appears twice in the layout".into(),
                    );
                    continue;
                }
                self.inst_block[i.index()] = b.as_u32();
                self.inst_pos[i.index()] = ipos as u32;
                if id.block != b && first_bad {
                    first_bad = false;
                    let msg = format!(
                        "instruction is listed in this block but records block {}",
                        id.block
                    );
                    self.err(Some(b), Some(i), msg);
                }
            }
        }
        if self.block_pos.get(body.layout[0].index()).copied() != Some(0) {
            return false;
        }
        true
    }

    /// Structure of each block and the CFG.
    fn blocks(&mut self) {
        let body = self.body.expect("checked by layout");
        let n = body.blocks.len();
        let mut succ_lists: Vec<Vec<u32>> = vec![Vec::new(); n];
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            if self.block_pos[b.index()] == NONE {
                continue;
            }
            if bd.insts.is_empty() {
                self.err(Some(b), None, "block is empty".into());
                continue;
            }
            let mut seen_non_phi = false;
            let last = bd.insts.len() - 1;
            for (k, &i) in bd.insts.iter().enumerate() {
                let Some(id) = body.insts.get(i) else {
                    continue;
                };
                let is_term = id.kind.is_terminator();
                if is_term && k != last {
                    self.err(
                        Some(b),
                        Some(i),
                        "terminator in the middle of a block".into(),
                    );
                }
                if k == last && !is_term {
                    self.err(
                        Some(b),
                        Some(i),
                        "block does not end in a terminator".into(),
                    );
                }
                if let InstKind::Phi { .. } = id.kind {
                    if seen_non_phi {
                        self.err(Some(b), Some(i), "phi after a non-phi instruction".into());
                    }
                } else {
                    seen_non_phi = true;
                }
            }
            let Some(term) = body.insts.get(bd.insts[last]) else {
                continue;
            };
            let mut bad = Vec::new();
            term.kind.for_each_successor(|s| {
                if self.block_pos.get(s.index()).is_some_and(|&p| p != NONE) {
                    succ_lists[b.index()].push(s.as_u32());
                } else {
                    bad.push(s);
                }
            });
            for s in bad {
                let msg = format!("branch to block {s}, which is not in the function's layout");
                self.err(Some(b), Some(bd.insts[last]), msg);
            }
        }
        let entry = body.layout[0];
        self.cfg = Cfg::build(n, &succ_lists, entry.index());
        let entry_preds: Vec<u32> = self.cfg.preds(entry.index()).to_vec();
        if !entry_preds.is_empty() {
            let slots = self.slots.get_or_insert_with(|| Slots::new(self.func));
            let p = FunctionPrinter::new(self.m, self.func, slots);
            let mut names = String::new();
            let mut last = NONE;
            for &pb in &entry_preds {
                if pb == last {
                    continue;
                }
                if last != NONE {
                    names.push_str(", ");
                }
                last = pb;
                let _ = p.block_ref(&mut names, Block::from_u32(pb));
            }
            self.err(
                Some(entry),
                None,
                format!("the entry block has predecessors ({names})"),
            );
        }
        if let Some(bd) = body.blocks.get(entry) {
            for &i in &bd.insts {
                if let Some(InstKind::Phi { .. }) = body.insts.get(i).map(|d| &d.kind) {
                    self.err(
                        Some(entry),
                        Some(i),
                        "the entry block cannot have phis".into(),
                    );
                }
            }
        }
    }

    fn op_type(&self, op: Operand) -> Option<Type> {
        match op {
            Operand::Value(v) => self.body?.values.get(v).map(|d| d.ty),
            Operand::Const(c) => self.m.consts.get(c).map(|d| d.ty),
        }
    }

    fn instructions(&mut self, sig: Option<(Type, &'m [Type], bool)>) {
        let body = self.body.expect("checked by layout");
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            if self.block_pos[b.index()] == NONE {
                continue;
            }
            for &i in &bd.insts {
                if self.inst_block.get(i.index()) != Some(&b.as_u32()) {
                    continue;
                }
                self.instruction(b, i, sig);
            }
        }
    }

    /// Checks an operand's existence, SSA dominance (the use being at `(b, pos)`, or at the
    /// end of `b` for phi uses) and queues constants; returns its type.
    fn operand(&mut self, b: Block, i: Inst, op: Operand, phi_pred: Option<Block>) -> Option<Type> {
        let body = self.body?;
        match op {
            Operand::Const(c) => {
                if !self.m.consts.is_valid(c) {
                    self.err(
                        Some(b),
                        Some(i),
                        format!("operand constant {c} does not exist"),
                    );
                    return None;
                }
                let ctx = Context {
                    loc: body.insts.get(i).map_or(self.func.loc, |d| d.loc),
                    function: Some(self.fname.clone()),
                    ..Context::default()
                };
                self.v.constant(c, &ctx);
                Some(self.m.consts[c].ty)
            }
            Operand::Value(v) => {
                let Some(vd) = body.values.get(v) else {
                    self.err(
                        Some(b),
                        Some(i),
                        format!("operand value {v} does not exist"),
                    );
                    return None;
                };
                match vd.def {
                    ValueDef::Param(n) => {
                        if self.func.params.get(n as usize) != Some(&v) {
                            let msg = format!(
                                "operand {v} claims to be parameter {n} but is not in the parameter list"
                            );
                            self.err(Some(b), Some(i), msg);
                        }
                    }
                    ValueDef::Inst(d) => self.dominance(b, i, v, d, phi_pred),
                }
                Some(vd.ty)
            }
        }
    }

    fn dominance(&mut self, b: Block, i: Inst, v: Value, d: Inst, phi_pred: Option<Block>) {
        let body = self.body.expect("has body");
        if body.insts.get(d).and_then(|dd| dd.result) != Some(v) {
            let msg =
                format!("operand {v} claims to be defined by {d}, which defines something else");
            self.err(Some(b), Some(i), msg);
            return;
        }
        let def_block = self.inst_block.get(d.index()).copied().unwrap_or(NONE);
        if def_block == NONE {
            let msg = "operand is defined by an instruction that is not in the function's layout";
            self.err(Some(b), Some(i), msg.into());
            return;
        }
        // The point of use: the end of the incoming block for phis.
        let (use_block, use_pos) = match phi_pred {
            Some(p) => (p.index(), u32::MAX),
            None => (b.index(), self.inst_pos[i.index()]),
        };
        if !self.cfg.reachable(use_block) {
            return;
        }
        let ok = if def_block as usize == use_block {
            self.inst_pos[d.index()] < use_pos
        } else {
            self.cfg.dominates(def_block as usize, use_block)
        };
        if !ok {
            let mut name = String::new();
            let slots = self.slots.get_or_insert_with(|| Slots::new(self.func));
            let _ = FunctionPrinter::new(self.m, self.func, slots).value_name(&mut name, v);
            let msg = match phi_pred {
                Some(_) => {
                    format!("definition of {name} does not dominate the end of its incoming block")
                }
                None => format!("definition of {name} does not dominate this use"),
            };
            self.err(Some(b), Some(i), msg);
        }
    }

    fn instruction(&mut self, b: Block, i: Inst, sig: Option<(Type, &'m [Type], bool)>) {
        let body = self.body.expect("has body");
        let data = &body.insts[i];
        let kind = &data.kind;

        // The result value.
        let result_ty = match data.result {
            None => None,
            Some(v) => match body.values.get(v) {
                None => {
                    self.err(Some(b), Some(i), format!("result value {v} does not exist"));
                    return;
                }
                Some(vd) => {
                    if vd.def != ValueDef::Inst(i) {
                        self.err(
                            Some(b),
                            Some(i),
                            "result value is not recorded as defined by this instruction".into(),
                        );
                    }
                    if !self.ty().is_first_class(vd.ty) {
                        let msg =
                            format!("result type {} is not first-class", self.ty().show(vd.ty));
                        self.err(Some(b), Some(i), msg);
                    }
                    Some(vd.ty)
                }
            },
        };
        let wants_result = match kind {
            InstKind::Store { .. }
            | InstKind::Ret { .. }
            | InstKind::Br { .. }
            | InstKind::CondBr { .. }
            | InstKind::Switch { .. }
            | InstKind::Unreachable => Some(false),
            InstKind::Call { fn_ty, .. } => match self.m.types.get(*fn_ty) {
                Some(TypeData::Function { ret, .. }) => Some(*ret != Type::VOID),
                _ => None,
            },
            _ => Some(true),
        };
        match (wants_result, result_ty.is_some()) {
            (Some(true), false) => {
                self.err(Some(b), Some(i), "instruction has no result value".into());
                return;
            }
            (Some(false), true) => {
                self.err(Some(b), Some(i), "instruction cannot have a result".into());
            }
            _ => {}
        }
        let rt = result_ty.unwrap_or(Type::VOID);

        // Operands: existence and dominance; phis are handled separately.
        let mut op_types: Vec<Option<Type>> = Vec::new();
        if let InstKind::Phi { incoming } = kind {
            for (val, pred) in incoming {
                let t = self.operand(b, i, *val, Some(*pred));
                op_types.push(t);
            }
            self.phi(b, i, incoming, rt, &op_types);
            return;
        }
        let mut ops: Vec<Operand> = Vec::new();
        kind.for_each_operand(|o| ops.push(o));
        let mut missing = false;
        for &o in &ops {
            let t = self.operand(b, i, o, None);
            missing |= t.is_none();
        }
        if missing {
            return;
        }
        if let Some(msg) = self.type_error(kind, rt, sig) {
            self.err(Some(b), Some(i), msg);
        }
        if let InstKind::Call { callee, fn_ty, .. } = kind {
            self.direct_call_note(b, i, *callee, *fn_ty);
        }
        if let InstKind::Switch { value, cases, .. } = kind {
            self.switch_cases(b, i, *value, cases);
        }
    }

    fn phi(
        &mut self,
        b: Block,
        i: Inst,
        incoming: &[(Operand, Block)],
        rt: Type,
        tys: &[Option<Type>],
    ) {
        for (k, t) in tys.iter().enumerate() {
            if let Some(t) = t
                && *t != rt
            {
                let msg = format!(
                    "incoming value {k} has type {}, but the phi has type {}",
                    self.ty().show(*t),
                    self.ty().show(rt)
                );
                self.err(Some(b), Some(i), msg);
            }
        }
        // Multiset of incoming blocks against the multiset of edges into `b`.
        let mut entries = std::mem::take(&mut self.scratch);
        entries.clear();
        entries.extend(
            incoming
                .iter()
                .enumerate()
                .map(|(k, (_, p))| (p.as_u32(), k as u32)),
        );
        entries.sort_unstable();
        let preds: Vec<u32> = self.cfg.preds(b.index()).to_vec();
        let mut msgs: Vec<String> = Vec::new();
        let name_of = |this: &mut Self, blk: u32| -> String {
            let slots = this.slots.get_or_insert_with(|| Slots::new(this.func));
            let mut s = String::new();
            let _ = FunctionPrinter::new(this.m, this.func, slots)
                .block_ref(&mut s, Block::from_u32(blk));
            s
        };
        let (mut x, mut y) = (0, 0);
        while x < entries.len() || y < preds.len() {
            let eb = entries.get(x).map(|e| e.0);
            let pb = preds.get(y).copied();
            let blk = match (eb, pb) {
                (Some(e), Some(p)) => e.min(p),
                (Some(e), None) => e,
                (None, Some(p)) => p,
                (None, None) => break,
            };
            let x0 = x;
            while x < entries.len() && entries[x].0 == blk {
                x += 1;
            }
            let y0 = y;
            while y < preds.len() && preds[y] == blk {
                y += 1;
            }
            let (ne, np) = (x - x0, y - y0);
            if ne != np {
                let name = name_of(self, blk);
                msgs.push(match (ne, np) {
                    (_, 0) => format!("phi has an entry for {name}, which is not a predecessor"),
                    (0, _) => format!("phi has no entry for predecessor {name}"),
                    _ => format!(
                        "phi has {ne} entries for {name}, which reaches the block by {np} edges"
                    ),
                });
            }
            // Entries for one predecessor must agree.
            let group = &entries[x0..x];
            if let Some(&(_, k0)) = group.first()
                && group
                    .iter()
                    .any(|&(_, k)| incoming[k as usize].0 != incoming[k0 as usize].0)
            {
                let name = name_of(self, blk);
                msgs.push(format!("phi entries for {name} carry different values"));
            }
        }
        self.scratch = entries;
        for msg in msgs {
            self.err(Some(b), Some(i), msg);
        }
    }

    fn switch_cases(&mut self, b: Block, i: Inst, value: Operand, cases: &[(u128, Block)]) {
        let Some(bits) = self.op_type(value).and_then(|t| self.ty().int_bits(t)) else {
            return;
        };
        let mut vals: Vec<u128> = cases.iter().map(|c| c.0).collect();
        if bits < 128
            && let Some(v) = vals.iter().find(|&&v| v >> bits != 0)
        {
            let msg = format!("case value {v} does not fit in i{bits}");
            self.err(Some(b), Some(i), msg);
        }
        vals.sort_unstable();
        if let Some(w) = vals.windows(2).find(|w| w[0] == w[1]) {
            let msg = format!("duplicate case value {}", w[0]);
            self.err(Some(b), Some(i), msg);
        }
    }

    fn direct_call_note(&mut self, b: Block, i: Inst, callee: Operand, fn_ty: Type) {
        let Operand::Const(c) = callee else { return };
        let Some(ConstKind::GlobalAddr(GlobalRef::Function(f))) =
            self.m.consts.get(c).map(|d| &d.kind)
        else {
            return;
        };
        let Some(target) = self.m.functions.get(*f) else {
            return;
        };
        if target.ty != fn_ty {
            let msg = format!(
                "call type {} differs from the callee's type {}",
                self.ty().show(fn_ty),
                self.ty().show(target.ty)
            );
            self.report(Severity::Note, Some(b), Some(i), msg);
        }
    }

    /// Type rules of one instruction (operands are known to exist).
    fn type_error(
        &self,
        kind: &InstKind,
        rt: Type,
        sig: Option<(Type, &'m [Type], bool)>,
    ) -> Option<String> {
        let ty = self.ty();
        let t = |o: Operand| self.op_type(o).unwrap_or(Type::VOID);
        let show = |x: Type| ty.show(x);
        match kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let (a, b) = (t(*lhs), t(*rhs));
                if a != b {
                    return Some(format!(
                        "both operands of {} must have the same type ({} and {})",
                        op.name(),
                        show(a),
                        show(b)
                    ));
                }
                if op.is_float() && !ty.is_fp_or_fp_vector(a) {
                    return Some(format!(
                        "{} requires floating-point operands, not {}",
                        op.name(),
                        show(a)
                    ));
                }
                if !op.is_float() && !ty.is_int_or_int_vector(a) {
                    return Some(format!(
                        "{} requires integer operands, not {}",
                        op.name(),
                        show(a)
                    ));
                }
                if rt != a {
                    return Some(format!(
                        "result type {} differs from operand type {}",
                        show(rt),
                        show(a)
                    ));
                }
            }
            InstKind::FNeg { arg, .. } => {
                let a = t(*arg);
                if !ty.is_fp_or_fp_vector(a) {
                    return Some(format!(
                        "fneg requires a floating-point operand, not {}",
                        show(a)
                    ));
                }
                if rt != a {
                    return Some(format!(
                        "result type {} differs from operand type {}",
                        show(rt),
                        show(a)
                    ));
                }
            }
            InstKind::ICmp { lhs, rhs, .. } | InstKind::FCmp { lhs, rhs, .. } => {
                let (a, b) = (t(*lhs), t(*rhs));
                let name = kind.opcode();
                if a != b {
                    return Some(format!(
                        "both operands of {name} must have the same type ({} and {})",
                        show(a),
                        show(b)
                    ));
                }
                let (elem, lanes) = ty.lanes(a);
                let ok = if matches!(kind, InstKind::ICmp { .. }) {
                    ty.is_int(elem) || ty.is_ptr(elem)
                } else {
                    ty.is_fp(elem)
                };
                if !ok {
                    return Some(format!("invalid operand type {} for {name}", show(a)));
                }
                let (relem, rlanes) = ty.lanes(rt);
                if ty.int_bits(relem) != Some(1) || rlanes != lanes {
                    return Some(format!("{name} must produce i1, not {}", show(rt)));
                }
            }
            InstKind::Alloca {
                ty: at,
                count,
                align,
            } => {
                if !ty.is_sized(*at) {
                    return Some(format!("cannot allocate unsized type {}", show(*at)));
                }
                if !ty.is_int(t(*count)) {
                    return Some(format!(
                        "alloca count must be an integer, not {}",
                        show(t(*count))
                    ));
                }
                if !is_pow2_or_zero(*align) {
                    return Some(format!("alignment {align} is not a power of two"));
                }
                if !ty.is_ptr(rt) {
                    return Some(format!("alloca produces a pointer, not {}", show(rt)));
                }
            }
            InstKind::Load { ptr, align, .. } => {
                if !ty.is_ptr(t(*ptr)) {
                    return Some(format!(
                        "load address must be a pointer, not {}",
                        show(t(*ptr))
                    ));
                }
                if !ty.is_first_class(rt) || !ty.is_sized(rt) {
                    return Some(format!("cannot load a value of type {}", show(rt)));
                }
                if !is_pow2_or_zero(*align) {
                    return Some(format!("alignment {align} is not a power of two"));
                }
            }
            InstKind::Store {
                value, ptr, align, ..
            } => {
                if !ty.is_ptr(t(*ptr)) {
                    return Some(format!(
                        "store address must be a pointer, not {}",
                        show(t(*ptr))
                    ));
                }
                let vt = t(*value);
                if !ty.is_first_class(vt) || !ty.is_sized(vt) {
                    return Some(format!("cannot store a value of type {}", show(vt)));
                }
                if !is_pow2_or_zero(*align) {
                    return Some(format!("alignment {align} is not a power of two"));
                }
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => {
                if !ty.is_ptr(ty.lanes(t(*base)).0) {
                    return Some(format!(
                        "getelementptr base must be a pointer, not {}",
                        show(t(*base))
                    ));
                }
                if !ty.is_sized(*source_ty) {
                    return Some(format!(
                        "getelementptr source type {} is not sized",
                        show(*source_ty)
                    ));
                }
                let mut cur = *source_ty;
                for (k, &idx) in indices.iter().enumerate() {
                    let it = t(idx);
                    if !ty.is_int_or_int_vector(it) {
                        return Some(format!(
                            "getelementptr index {k} must be an integer, not {}",
                            show(it)
                        ));
                    }
                    if k == 0 {
                        continue;
                    }
                    if ty.struct_fields(cur).is_some() {
                        let value = match idx {
                            Operand::Const(c) => match self.m.consts[c].kind {
                                ConstKind::Int(v) => Some(v),
                                ConstKind::Zero => Some(0),
                                _ => None,
                            },
                            Operand::Value(_) => None,
                        };
                        let Some(v) = value.filter(|_| ty.int_bits(it) == Some(32)) else {
                            return Some(format!(
                                "getelementptr index {k} into struct {} must be an i32 constant",
                                show(cur)
                            ));
                        };
                        match ty.member(cur, u64::try_from(v).unwrap_or(u64::MAX)) {
                            Ok(f) => cur = f,
                            Err(e) => return Some(format!("getelementptr index {k}: {e}")),
                        }
                    } else {
                        match ty.data(cur) {
                            Some(TypeData::Array { elem, .. } | TypeData::Vector { elem, .. }) => {
                                cur = *elem
                            }
                            _ => {
                                return Some(format!(
                                    "getelementptr index {k} indexes into non-aggregate type {}",
                                    show(cur)
                                ));
                            }
                        }
                    }
                }
                if !ty.is_ptr(ty.lanes(rt).0) {
                    return Some(format!(
                        "getelementptr produces a pointer, not {}",
                        show(rt)
                    ));
                }
            }
            InstKind::Cast { op, value, .. } => return ty.cast_error(*op, t(*value), rt),
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                let c = t(*cond);
                let (celem, clanes) = ty.lanes(c);
                if ty.int_bits(celem) != Some(1)
                    || (clanes.is_some() && clanes != ty.lanes(t(*if_true)).1)
                {
                    return Some(format!("select condition must be i1, not {}", show(c)));
                }
                let (a, b) = (t(*if_true), t(*if_false));
                if a != b {
                    return Some(format!(
                        "select arms have different types ({} and {})",
                        show(a),
                        show(b)
                    ));
                }
                if rt != a {
                    return Some(format!(
                        "result type {} differs from operand type {}",
                        show(rt),
                        show(a)
                    ));
                }
            }
            InstKind::Phi { .. } => {}
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ..
            } => {
                if !ty.is_ptr(t(*callee)) {
                    return Some(format!(
                        "callee must be a pointer, not {}",
                        show(t(*callee))
                    ));
                }
                let Some(TypeData::Function {
                    ret,
                    params,
                    varargs,
                }) = ty.data(*fn_ty)
                else {
                    return Some(format!("call type {} is not a function type", show(*fn_ty)));
                };
                let n = args.len();
                if (*varargs && n < params.len()) || (!*varargs && n != params.len()) {
                    return Some(format!(
                        "{n} arguments for {} parameters{}",
                        params.len(),
                        if *varargs { " (and varargs)" } else { "" }
                    ));
                }
                for (k, a) in args.iter().enumerate() {
                    let at = t(a.value);
                    if let Some(&pt) = params.get(k) {
                        if at != pt {
                            return Some(format!(
                                "argument {k} has type {}, but the parameter has type {}",
                                show(at),
                                show(pt)
                            ));
                        }
                    } else if !ty.is_first_class(at) {
                        return Some(format!("variadic argument {k} has type {}", show(at)));
                    }
                    if let Some(e) = self.attr_error(&a.attrs, at) {
                        return Some(format!("argument {k}: {e}"));
                    }
                }
                if *ret != Type::VOID && rt != *ret {
                    return Some(format!(
                        "result type {} differs from the return type {}",
                        show(rt),
                        show(*ret)
                    ));
                }
            }
            InstKind::ExtractValue { agg, indices } => {
                let member = self.value_path(t(*agg), indices);
                match member {
                    Err(e) => return Some(e),
                    Ok(m) if m != rt => {
                        return Some(format!(
                            "result type {} differs from the member type {}",
                            show(rt),
                            show(m)
                        ));
                    }
                    _ => {}
                }
            }
            InstKind::InsertValue { agg, elt, indices } => {
                match self.value_path(t(*agg), indices) {
                    Err(e) => return Some(e),
                    Ok(m) if m != t(*elt) => {
                        return Some(format!(
                            "inserted value has type {}, the member has type {}",
                            show(t(*elt)),
                            show(m)
                        ));
                    }
                    _ => {}
                }
                if rt != t(*agg) {
                    return Some(format!(
                        "result type {} differs from the aggregate type {}",
                        show(rt),
                        show(t(*agg))
                    ));
                }
            }
            InstKind::ExtractElement { vec, index } => {
                let Some(TypeData::Vector { elem, .. }) = ty.data(t(*vec)) else {
                    return Some(format!(
                        "extractelement needs a vector, not {}",
                        show(t(*vec))
                    ));
                };
                if !ty.is_int(t(*index)) {
                    return Some("extractelement index must be an integer".into());
                }
                if rt != *elem {
                    return Some(format!(
                        "result type {} differs from the element type {}",
                        show(rt),
                        show(*elem)
                    ));
                }
            }
            InstKind::InsertElement { vec, elt, index } => {
                let Some(TypeData::Vector { elem, .. }) = ty.data(t(*vec)) else {
                    return Some(format!(
                        "insertelement needs a vector, not {}",
                        show(t(*vec))
                    ));
                };
                if t(*elt) != *elem {
                    return Some(format!(
                        "inserted value has type {}, the element type is {}",
                        show(t(*elt)),
                        show(*elem)
                    ));
                }
                if !ty.is_int(t(*index)) {
                    return Some("insertelement index must be an integer".into());
                }
                if rt != t(*vec) {
                    return Some(format!(
                        "result type {} differs from the vector type {}",
                        show(rt),
                        show(t(*vec))
                    ));
                }
            }
            InstKind::ShuffleVector { a, b, mask } => {
                let Some(TypeData::Vector { elem, len }) = ty.data(t(*a)) else {
                    return Some(format!("shufflevector needs vectors, not {}", show(t(*a))));
                };
                if t(*b) != t(*a) {
                    return Some("shufflevector operands have different types".into());
                }
                if let Some(l) = mask
                    .iter()
                    .flatten()
                    .find(|&&l| u64::from(l) >= 2 * u64::from(*len))
                {
                    return Some(format!("mask lane {l} is out of range"));
                }
                match ty.data(rt) {
                    Some(TypeData::Vector { elem: re, len: rl })
                        if re == elem && *rl as usize == mask.len() => {}
                    _ => return Some(format!("result type {} does not match the mask", show(rt))),
                }
            }
            InstKind::Freeze { arg } => {
                if rt != t(*arg) {
                    return Some(format!(
                        "result type {} differs from operand type {}",
                        show(rt),
                        show(t(*arg))
                    ));
                }
            }
            InstKind::VaArg { list } => {
                if !ty.is_ptr(t(*list)) {
                    return Some(format!(
                        "va_arg list must be a pointer, not {}",
                        show(t(*list))
                    ));
                }
            }
            InstKind::Ret { value } => {
                let (ret, _, _) = sig?;
                match value {
                    None if ret != Type::VOID => {
                        return Some(format!("ret void in a function returning {}", show(ret)));
                    }
                    Some(v) if t(*v) != ret => {
                        return Some(format!(
                            "returned value has type {}, but the function returns {}",
                            show(t(*v)),
                            show(ret)
                        ));
                    }
                    _ => {}
                }
            }
            InstKind::Br { .. } | InstKind::Unreachable => {}
            InstKind::CondBr { cond, .. } => {
                if ty.int_bits(t(*cond)) != Some(1) {
                    return Some(format!(
                        "branch condition must be i1, not {}",
                        show(t(*cond))
                    ));
                }
            }
            InstKind::Switch { value, .. } => {
                if !ty.is_int(t(*value)) {
                    return Some(format!(
                        "switch value must be an integer, not {}",
                        show(t(*value))
                    ));
                }
            }
        }
        None
    }

    /// The member type at `path` inside aggregate `agg` (for extract/insertvalue).
    fn value_path(&self, agg: Type, path: &[u32]) -> Result<Type, String> {
        if path.is_empty() {
            return Err("extractvalue/insertvalue need at least one index".into());
        }
        let ty = self.ty();
        let mut cur = agg;
        for &k in path {
            if ty.lanes(cur).1.is_some() {
                return Err(format!(
                    "cannot index into vector {} with extractvalue/insertvalue",
                    ty.show(cur)
                ));
            }
            cur = ty.member(cur, u64::from(k))?;
        }
        Ok(cur)
    }
}

#[cfg(test)]
mod tests;
