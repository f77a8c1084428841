//! IR-to-IR optimization passes on [`jit_core::ir::Module`], independent of any backend,
//! and the pass manager that runs them by name: [`run_passes`] takes a pipeline in the
//! syntax of LLVM's new pass manager (`"mem2reg,instcombine,simplifycfg"`, `"default<O2>"`,
//! `"function(sroa,early-cse),module(inline)"`), [`optimize`] runs the pipeline of an
//! OptLevel (what the engines, `jit run -O2` and `LLVMMCJITCompilerOptions.OptLevel` use).
//! `LLVMRunPasses` in `jit-capi` and `jit opt` in `jit-cli` call these two functions.
//!
//! # Passes
//! Each pass is one file of `src/passes/` whose doc says what it requires, preserves and
//! invalidates: `mem2reg` and `sroa` (allocas to SSA values, aggregates split), `sccp`
//! (sparse conditional constant propagation), `instcombine`/`instsimplify` (folding and
//! peepholes), `simplifycfg`, `dce`/`adce`, `gvn`/`early-cse` (dominator-scoped value
//! numbering with load forwarding), `licm` (loop-invariant code motion) and `inline`.
//! They share the analyses of `analysis` (CFG, dominator tree, loops), the folding rules
//! of `fold` and the side-effect rules of `effects`. The IR has no use lists: passes
//! record replacements and rewrite operands in one sweep (`edit`).
//!
//! # Guarantees
//! A pass never changes what a program does: volatile and atomic accesses are never
//! removed or reordered, calls are assumed to write memory unless they are known pure
//! intrinsics, LangRef's poison and undefined cases are left to run time, floats are
//! bit-exact. Every pass is linear or close to it in the size of the function (no
//! quadratic dataflow), since modules of tens of MB go through them. With verification on
//! (debug builds, tests, or [`PassOptions::verify_each`]) the verifier checks the input and
//! every function a pass changed, and a pass that breaks the IR is reported as
//! [`OptError::Broken`] naming the pass: a bug here, never a panic.
//!
//! # Levels
//! [`PIPELINE_O1`] .. [`PIPELINE_O3`] were chosen by measuring pipeline time against run
//! time (`docs/benchmarks-internal.md`): OptLevel 1 promotes and folds; OptLevel 2 adds
//! inlining of small callees, value numbering and LICM; OptLevel 3 inlines more and folds
//! twice.
//!
//! # Rewrites for engines
//! [`address_thread_locals`] is not an optimization: it makes every access to a
//! thread-local global go through `llvm.threadlocal.address`, which an engine emulating
//! thread-local storage (jit-mcjit) needs before any pass or backend sees the module.
//!
//! # Tests
//! Unit tests beside the code; per-pass cases in the workspace's filetests
//! (`tests/filetests/opt/*.ll`: `; test opt <pipeline>` with the output's snapshot beside
//! each file, and `; run:` lines the interpreter checks before and after); and
//! `tests/corpus.rs` here, which runs every pass on every corpus module under the verifier
//! and every optimized host program on the interpreter against its native output.
//!
//! # What it does not do
//! No loop transformations (rotation, unrolling, vectorization): those names are accepted
//! as no-ops; no interprocedural analysis beyond inlining and deleting dead internal
//! functions; nothing target-specific.

mod analysis;
mod edit;
mod effects;
mod error;
mod fold;
mod hash;
pub mod osr;
mod passes;
mod pipeline;
mod thread_locals;

#[cfg(test)]
mod testutil;

pub use error::OptError;
pub use thread_locals::address_thread_locals;

use jit_core::DataLayout;
use jit_core::ir::{FnAttrs, FuncId, Module};
use pipeline::{PassId, Step};

/// The pipeline of OptLevel 1: promote locals, fold, clean the CFG, remove dead code. Cheap
/// (on SQLite's 14 MB of -O0 IR it costs about a quarter of reading the text): no inlining,
/// no loop passes.
pub const PIPELINE_O1: &str = "function(sroa,early-cse,instcombine,simplifycfg,dce)";

/// The pipeline of OptLevel 2: a first cleanup so that callees are measured optimized,
/// inlining of callees up to about 20 instructions (and of larger internal functions with
/// one call), then value numbering, loop-invariant code motion and a final cleanup, and
/// last (no `instcombine` may fold its `(i + 1) - 1` back) the induction variables' uses
/// after loops.
pub const PIPELINE_O2: &str = "function(sroa,early-cse,instcombine,simplifycfg),\
     cgscc(inline<threshold=100>),globaldce,\
     function(sroa,instcombine,gvn,licm,simplifycfg,adce,indvars)";

/// The pipeline of OptLevel 3: more inlining (LLVM's -O3 threshold), SCCP, and a second
/// round of folding after LICM.
pub const PIPELINE_O3: &str = "function(sroa,early-cse,instcombine,simplifycfg),\
     cgscc(inline<threshold=250>),globaldce,\
     function(sroa,sccp,instcombine,simplifycfg,gvn,licm,instcombine,simplifycfg,adce,indvars)";

/// The pipeline of `default<Os>` and `default<Oz>`: OptLevel 2's passes, inlining only
/// what shrinks.
pub const PIPELINE_OS: &str = "function(sroa,early-cse,instcombine,simplifycfg),\
     cgscc(inline<threshold=25>),globaldce,\
     function(sroa,instcombine,gvn,licm,simplifycfg,adce,indvars)";

/// How a pipeline runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassOptions {
    /// Verify the input and every function a pass changed, and fail with
    /// [`OptError::Broken`] when a pass broke one. On by default in debug builds.
    pub verify_each: bool,
    /// Leave `optnone` functions alone, as LLVM does. [`run_passes`] sets it; [`optimize`]
    /// does not, because clang marks every function `optnone` at `-O0` and an engine asked
    /// for OptLevel 2 is asked to optimize them (see [`optimize_with`]).
    pub respect_optnone: bool,
    /// Print each pass's name and how long it took to stderr.
    pub debug_logging: bool,
    /// The inliner's threshold (instructions in the callee) when the pipeline gives none.
    pub inline_threshold: Option<i32>,
    /// When set, only these functions change: function passes and the inliner work on
    /// them alone (callees outside the set may still be inlined into them, without the
    /// bonus of internal functions called once), and `globaldce` does nothing. The cost is
    /// then that of the set, not of the module. A tiering engine optimizes the functions it is about to
    /// recompile this way instead of the whole module.
    pub only: Option<std::collections::HashSet<FuncId>>,
}

impl Default for PassOptions {
    fn default() -> Self {
        PassOptions {
            verify_each: cfg!(debug_assertions),
            respect_optnone: true,
            debug_logging: false,
            inline_threshold: None,
            only: None,
        }
    }
}

/// Parses `pipeline` and runs it on `module` with LLVM's semantics (`optnone` functions
/// are left alone). An unknown pass name, a malformed pipeline or a misplaced pass is an
/// [`OptError`] and nothing runs.
pub fn run_passes(module: &mut Module, pipeline: &str) -> Result<(), OptError> {
    run_passes_with(module, pipeline, &PassOptions::default())
}

/// [`run_passes`] with explicit options.
pub fn run_passes_with(
    module: &mut Module,
    pipeline: &str,
    options: &PassOptions,
) -> Result<(), OptError> {
    let steps = pipeline::parse(pipeline)?;
    run_steps(module, &steps, options)
}

/// Runs the pipeline of OptLevel `level` (0 runs nothing; 1 to 3 are [`PIPELINE_O1`] ..
/// [`PIPELINE_O3`]), optimizing `optnone` functions too (see
/// [`PassOptions::respect_optnone`]).
pub fn optimize(module: &mut Module, level: u8) -> Result<(), OptError> {
    let options = PassOptions {
        respect_optnone: false,
        ..PassOptions::default()
    };
    optimize_with(module, level, &options)
}

/// [`optimize`] with explicit options. When the options do not respect `optnone`, the
/// attribute is cleared from every function first: the functions are optimized, so it no
/// longer describes them (and the backend may optimize them too). So is the `noinline`
/// that comes with it: clang gives every function `noinline optnone` at -O0, so at -O0 the
/// pair says how the file was compiled, not what its author wanted (inlining never changes
/// what a program computes; functions whose frame matters — `setjmp`, frame and return
/// addresses — are never inlined anyway). A `noinline` without `optnone` is honoured.
pub fn optimize_with(
    module: &mut Module,
    level: u8,
    options: &PassOptions,
) -> Result<(), OptError> {
    let text = level_pipeline(level)?;
    if level > 0 && !options.respect_optnone {
        clear_optnone(module);
    }
    run_passes_with(module, text, options)
}

/// Drops `optnone`, and the `noinline` paired with it, from every defined function: what
/// [`optimize_with`] does before optimizing (see there), for callers that run their own
/// pipeline on clang -O0 output (`jit opt --ignore-optnone`).
pub fn clear_optnone(module: &mut Module) {
    for f in module.functions.values_mut() {
        if f.body.is_some() && f.attrs.has(FnAttrs::OPTNONE) {
            f.attrs.flags &= !(FnAttrs::OPTNONE | FnAttrs::NOINLINE);
        }
    }
}

/// The functions `f` calls directly (declarations included), each once, in order of first
/// call.
pub fn direct_callees(m: &Module, f: FuncId) -> Vec<FuncId> {
    let mut out: Vec<FuncId> = Vec::new();
    let Some(body) = &m.functions[f].body else {
        return out;
    };
    for &b in &body.layout {
        for &i in &body.blocks[b].insts {
            if let Some(g) = passes::inline::direct_callee(m, &body.insts[i].kind)
                && !out.contains(&g)
            {
                out.push(g);
            }
        }
    }
    out
}

/// The pipeline text of OptLevel `level`.
pub fn level_pipeline(level: u8) -> Result<&'static str, OptError> {
    match level {
        0 => Ok(""),
        1 => Ok(PIPELINE_O1),
        2 => Ok(PIPELINE_O2),
        3 => Ok(PIPELINE_O3),
        _ => Err(OptError::BadLevel(level)),
    }
}

/// What every pass gets besides the module.
pub(crate) struct PassCx<'a> {
    /// The module's data layout.
    pub dl: &'a DataLayout,
    /// The options of the run.
    pub opts: &'a PassOptions,
    /// The inliner threshold of this step.
    pub inline_threshold: Option<i32>,
    /// The blocks of each function whose address a `blockaddress` takes (computed once per
    /// step; no pass makes new ones).
    pub address_taken: &'a std::collections::HashMap<FuncId, Vec<jit_core::ir::Block>>,
}

fn run_steps(module: &mut Module, steps: &[Step], options: &PassOptions) -> Result<(), OptError> {
    if steps.is_empty() {
        return Ok(());
    }
    let dl = match module.datalayout.as_deref() {
        Some(s) => DataLayout::parse(s).map_err(|e| OptError::BadModule {
            module: module.name.clone(),
            message: e.to_string(),
        })?,
        None => DataLayout::default(),
    };
    if options.verify_each
        && let Err(e) = jit_core::verifier::verify_module(module)
    {
        return Err(OptError::InvalidInput {
            module: module.name.clone(),
            errors: e.to_string(),
        });
    }
    let mut clean = CleanState::new(module);
    for step in steps {
        let address_taken = edit::address_taken_map(module);
        let cx = PassCx {
            dl: &dl,
            opts: options,
            inline_threshold: step.inline_threshold.or(options.inline_threshold),
            address_taken: &address_taken,
        };
        let started = std::time::Instant::now();
        let changed = run_step(module, &cx, step.id, &mut clean);
        if options.debug_logging {
            eprintln!(
                "jit-opt: {} ({} functions changed) {:.3} ms",
                step.name,
                changed.len(),
                started.elapsed().as_secs_f64() * 1e3
            );
        }
        if step.id == PassId::Verify || options.verify_each {
            let to_check: Vec<FuncId> = if step.id == PassId::Verify {
                module.functions.keys().collect()
            } else {
                changed
            };
            for f in to_check {
                if !module.functions.is_valid(f) {
                    continue;
                }
                if let Err(e) = jit_core::verifier::verify_function(module, f) {
                    return Err(OptError::Broken {
                        pass: step.name.to_string(),
                        function: module.functions[f].name.to_string(),
                        errors: e.to_string(),
                    });
                }
            }
        }
    }
    // Declarations of variables whose address a pass removed (promoted, split, dead)
    // describe nothing any more.
    for f in module.functions.values_mut() {
        if let Some(body) = f.body.as_mut() {
            body.prune_debug_declares();
        }
    }
    Ok(())
}

/// Which function passes are known to do nothing on each function: a deterministic pass
/// that changed nothing in a body changes nothing in it again, so until the body changes
/// the pass is skipped there (a level pipeline runs `instcombine` and `simplifycfg` twice,
/// and already optimized code gives most passes nothing to do).
struct CleanState {
    /// Bumped whenever a pass changes the function.
    version: Vec<u64>,
    /// (pass, function) → the version at which the pass last found nothing to do.
    clean: std::collections::HashMap<(PassId, FuncId), u64>,
}

impl CleanState {
    fn new(m: &Module) -> Self {
        CleanState {
            version: vec![0; m.functions.len()],
            clean: std::collections::HashMap::new(),
        }
    }
    fn version(&mut self, f: FuncId) -> u64 {
        use jit_core::entity::EntityRef;
        if self.version.len() <= f.index() {
            self.version.resize(f.index() + 1, 0);
        }
        self.version[f.index()]
    }
    fn is_clean(&mut self, pass: PassId, f: FuncId) -> bool {
        let v = self.version(f);
        self.clean.get(&(pass, f)) == Some(&v)
    }
    fn record(&mut self, pass: PassId, f: FuncId, changed: bool) {
        use jit_core::entity::EntityRef;
        let v = self.version(f);
        if changed {
            self.version[f.index()] = v + 1;
        } else {
            self.clean.insert((pass, f), v);
        }
    }
}

/// Runs one pass over the module; returns the functions it changed.
fn run_step(m: &mut Module, cx: &PassCx, id: PassId, clean: &mut CleanState) -> Vec<FuncId> {
    use passes::*;
    let pass: fn(&mut Module, &PassCx, FuncId, &mut jit_core::ir::Body) -> bool = match id {
        PassId::Mem2Reg => mem2reg::run,
        PassId::Sroa => sroa::run,
        PassId::InstCombine => instcombine::run,
        PassId::InstSimplify => instcombine::run_simplify_only,
        PassId::Sccp => sccp::run,
        PassId::SimplifyCfg => simplifycfg::run,
        PassId::Dce => dce::run_dce,
        PassId::Adce => dce::run_adce,
        PassId::Gvn => gvn::run_gvn,
        PassId::EarlyCse => gvn::run_early_cse,
        PassId::Licm => licm::run,
        PassId::IndVars => indvars::run,
        PassId::Inline | PassId::AlwaysInline | PassId::GlobalDce => {
            let changed = match id {
                PassId::Inline => inline::run(m, cx, false),
                PassId::AlwaysInline => inline::run(m, cx, true),
                _ => inline::global_dce(m, cx),
            };
            for &f in &changed {
                clean.record(id, f, true);
            }
            return changed;
        }
        PassId::Verify | PassId::NoOp => return Vec::new(),
        #[cfg(test)]
        PassId::BreakForTest => |_, _, _, body| {
            let b = body.layout[0];
            body.blocks[b].insts.pop();
            true
        },
    };
    per_function(m, cx, id, pass, clean)
}

/// True when the passes may change `f`: a definition, not `naked` (its body is the
/// assembly's), not `optnone` when the options respect it.
pub(crate) fn optimizable(m: &Module, f: FuncId, opts: &PassOptions) -> bool {
    let func = &m.functions[f];
    opts.only.as_ref().is_none_or(|only| only.contains(&f))
        && func.body.is_some()
        && !func.attrs.has(FnAttrs::NAKED)
        && !(opts.respect_optnone && func.attrs.has(FnAttrs::OPTNONE))
}

/// Runs a function pass on every optimizable function: the body is taken out of the
/// module while the pass runs, so the pass may read and intern module constants freely.
fn per_function(
    m: &mut Module,
    cx: &PassCx,
    id: PassId,
    pass: fn(&mut Module, &PassCx, FuncId, &mut jit_core::ir::Body) -> bool,
    clean: &mut CleanState,
) -> Vec<FuncId> {
    let mut changed = Vec::new();
    let ids: Vec<FuncId> = m.functions.keys().collect();
    for f in ids {
        if !optimizable(m, f, cx.opts) || clean.is_clean(id, f) {
            continue;
        }
        let Some(mut body) = m.functions[f].body.take() else {
            continue;
        };
        let did = pass(m, cx, f, &mut body);
        m.functions[f].body = Some(body);
        clean.record(id, f, did);
        if did {
            changed.push(f);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pass_that_breaks_the_ir_is_caught_and_named() {
        let (mut m, _) = testutil::parse_body("define i32 @f(i32 %x) {\n  ret i32 %x\n}\n");
        let options = PassOptions {
            verify_each: true,
            ..PassOptions::default()
        };
        let e = run_passes_with(&mut m, "instcombine,break-ir-for-tests", &options).unwrap_err();
        match e {
            OptError::Broken { pass, function, .. } => {
                assert_eq!(pass, "break-ir-for-tests");
                assert_eq!(function, "f");
            }
            other => panic!("{other}"),
        }
    }

    #[test]
    fn only_the_chosen_functions_change() {
        let text = "define internal i32 @sq(i32 %x) {\n  %p = alloca i32\n  store i32 %x, ptr %p\n  \
                    %v = load i32, ptr %p\n  %r = mul i32 %v, %v\n  ret i32 %r\n}\n\
                    define i32 @f(i32 %x) {\n  %p = alloca i32\n  store i32 %x, ptr %p\n  \
                    %v = load i32, ptr %p\n  %r = call i32 @sq(i32 %v)\n  ret i32 %r\n}\n\
                    define i32 @g(i32 %x) {\n  %p = alloca i32\n  store i32 %x, ptr %p\n  \
                    %v = load i32, ptr %p\n  ret i32 %v\n}\n";
        let (mut m, _) = testutil::parse_body(text);
        let f = m.function_by_name("f").unwrap();
        let g = m.function_by_name("g").unwrap();
        let sq = m.function_by_name("sq").unwrap();
        assert_eq!(direct_callees(&m, f), vec![sq]);
        let options = PassOptions {
            only: Some([f].into_iter().collect()),
            verify_each: true,
            ..PassOptions::default()
        };
        optimize_with(&mut m, 2, &options).unwrap();
        let printed = jit_core::printer::print_module(&m);
        let body_of = |name: &str| {
            let start = printed.find(&format!("@{name}(")).unwrap();
            printed[start..].split("\n}").next().unwrap().to_string()
        };
        assert!(
            !body_of("f").contains("alloca"),
            "f is optimized:\n{printed}"
        );
        assert!(
            !body_of("f").contains("call"),
            "sq is inlined into f:\n{printed}"
        );
        assert!(
            body_of("g").contains("alloca"),
            "g is left alone:\n{printed}"
        );
        assert!(
            m.functions[sq].body.is_some(),
            "globaldce keeps sq, which is outside the set"
        );
        assert!(direct_callees(&m, g).is_empty());
    }

    #[test]
    fn malformed_input_is_the_callers_error() {
        let (mut m, f) = testutil::parse_body("define i32 @f(i32 %x) {\n  ret i32 %x\n}\n");
        let body = m.functions[f].body.as_mut().unwrap();
        let b = body.layout[0];
        body.blocks[b].insts.clear();
        let options = PassOptions {
            verify_each: true,
            ..PassOptions::default()
        };
        assert!(matches!(
            run_passes_with(&mut m, "mem2reg", &options),
            Err(OptError::InvalidInput { .. })
        ));
        assert!(matches!(optimize(&mut m, 9), Err(OptError::BadLevel(9))));
    }

    #[test]
    fn optnone_is_left_alone_by_pipelines_and_optimized_by_levels() {
        let text = "define i32 @f(i32 %x) noinline optnone {\n  %a = alloca i32\n  store i32 %x, ptr %a\n  %v = load i32, ptr %a\n  ret i32 %v\n}\n";
        let (mut m, f) = testutil::parse_body(text);
        run_passes(&mut m, "mem2reg").unwrap();
        assert!(jit_core::printer::print_function(&m, f).contains("alloca"));
        optimize(&mut m, 1).unwrap();
        let out = jit_core::printer::print_function(&m, f);
        assert!(!out.contains("alloca"), "{out}");
        assert!(
            !out.contains("optnone") && !out.contains("noinline"),
            "{out}"
        );
    }
}
