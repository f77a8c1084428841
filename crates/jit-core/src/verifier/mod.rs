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
//! Exception handling (`eh.rs`): `landingpad` first after the phis of a *pad block*; every
//! edge into a pad block an invoke's unwind edge and every unwind destination a pad block;
//! `invoke`/`landingpad`/`resume` only under a personality (a `ptr` constant, never on a
//! declaration); no invoked intrinsics; one `{ ptr, i32 }` type for the landing pads and
//! resumes of a function; `catch` clauses pointer constants, `filter` clauses constant
//! arrays.
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
//! - calls and invokes: callee a `ptr`, `fn_ty` a function type, argument count equal to the
//!   parameter count (at least, for varargs) and fixed argument types equal; a direct call
//!   whose `fn_ty` differs from the callee's own type is allowed (as in LLVM) but noted;
//! - SSA: every operand value exists and belongs to the function (a parameter in the
//!   parameter list, or the result of an instruction in the layout); every use is dominated by
//!   its definition (dominators by the Cooper–Harvey–Kennedy iterative algorithm; a phi use
//!   counts at the end of its incoming block; uses in unreachable blocks are exempt, as in
//!   LLVM); an invoke's result is defined on its normal edge only, so that edge must
//!   dominate every use (an entry of the normal destination's phi for the invoke's block is
//!   on the edge itself; a use in the unwind destination never is); phis have exactly one
//!   entry per incoming edge (as LLVM: a predecessor reaching
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
//!
//! # Layout
//! `diagnostics.rs` the error types; `ty.rs` type queries; `module.rs` and `constants.rs`
//! module-level checks; `signature.rs`, `intrinsics.rs`, `blocks.rs`, `instructions.rs`,
//! `types.rs`, `calls.rs` and `eh.rs` the checks of one function; `cfg.rs` its dominators.

mod atomics;
mod blocks;
mod calls;
mod cfg;
mod constants;
mod diagnostics;
mod eh;
mod instructions;
mod intrinsics;
mod module;
mod signature;
mod ty;
mod types;

pub use diagnostics::{Severity, VerifyError, VerifyErrors};

use crate::ir::{
    Block, Body, Const, FuncId, Function, Inst, Linkage, Module, SrcLoc, write_local_name,
};
use crate::printer::{FunctionPrinter, Slots};
use cfg::Cfg;
use ty::Ty;

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
            file: self.m.location_file().to_string(),
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

/// The checks of one function; its `impl` blocks are spread over the sibling files.
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
        self.personality();
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
        self.exception_handling();
        self.debug_info();
    }

    /// Debug information indices: a bad one is an error here rather than a panic in a
    /// backend or the printer.
    fn debug_info(&mut self) {
        let (d, func) = (&self.m.debug, self.func);
        if let Some(sp) = func.subprogram.filter(|sp| !d.subprograms.is_valid(*sp)) {
            self.err(
                None,
                None,
                format!("the function's subprogram {sp} does not exist"),
            );
        }
        let Some(body) = self.body else { return };
        for &b in &body.layout {
            let Some(bd) = body.blocks.get(b) else {
                continue;
            };
            for &i in &bd.insts {
                let dbg = body.insts.get(i).and_then(|x| x.dbg);
                if let Some(l) = dbg.filter(|l| !d.locations.is_valid(*l)) {
                    self.err(
                        Some(b),
                        Some(i),
                        format!("!dbg names location {l}, which does not exist"),
                    );
                }
            }
        }
        for decl in &body.debug_declares {
            let bad = if !body.values.is_valid(decl.address) {
                Some(format!("its address {} does not exist", decl.address))
            } else if !d.variables.is_valid(decl.variable) {
                Some(format!("its variable {} does not exist", decl.variable))
            } else {
                decl.loc
                    .filter(|l| !d.locations.is_valid(*l))
                    .map(|l| format!("its location {l} does not exist"))
            };
            if let Some(why) = bad {
                self.err(
                    None,
                    None,
                    format!("a variable declaration is invalid: {why}"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests;
