//! `test opt PIPELINE`: the IR optimizer runs the pipeline on the file's module; the output
//! must verify and print as the snapshot beside the file (`name.opt.snap`), and the
//! interpreter must give the same results for the `; run:` lines before and after.
//!
//! The optimizer is a plain function pointer, [`Optimizer`], so this crate does not depend
//! on the optimizer's crate: the test binary passes one in (or none, and `test opt` files
//! are reported as skipped).

use std::path::PathBuf;

use jit_core::ir::Module;
use jit_core::verifier;

use crate::diagnostics::parse_and_verify;
use crate::directive::TestFile;
use crate::report::{Failure, Outcome};
use crate::run::{Engine, host_skip_reason, prepare, run_on};
use crate::snapshot::{self, Verdict};
use crate::value::{same_result, show};

/// Runs a pass pipeline (LLVM `-passes=` syntax) on a module in place.
pub type Optimizer = fn(&mut Module, &str) -> Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Why `test opt` files are skipped when no optimizer is given.
pub const NO_OPTIMIZER: &str = "no IR optimizer is wired into the runner yet";

/// Optimizes the file with `pipeline` and checks the output and the run lines.
pub fn check_opt(
    file: &TestFile,
    line: u32,
    pipeline: &str,
    optimizer: Option<Optimizer>,
    bless: bool,
) -> (Outcome, Option<PathBuf>) {
    let Some(optimize) = optimizer else {
        return (Outcome::Skipped(NO_OPTIMIZER.into()), None);
    };
    let module = match parse_and_verify(file) {
        Ok(m) => m,
        Err(failures) => return (Outcome::Failed(failures), None),
    };
    let fail = |message: String| {
        (
            Outcome::Failed(vec![Failure::new(&file.path, line, message)]),
            None,
        )
    };
    let mut optimized = module.clone();
    if let Err(e) = optimize(&mut optimized, pipeline) {
        return fail(format!("the optimizer fails on `{pipeline}`: {e}"));
    }
    let printed = jit_core::printer::print_module(&optimized);
    if let Err(errors) = verifier::verify_module(&optimized) {
        return fail(format!(
            "the module after `{pipeline}` does not verify:\n{errors}\n--- the module:\n{printed}"
        ));
    }
    let mut failures = Vec::new();
    let mut checks = 1;
    let mut blessed = None;
    let path = snapshot::snapshot_path(&file.path, "opt");
    match snapshot::compare(&path, &file.display_name(), &printed, bless) {
        Verdict::Same => {}
        Verdict::Blessed(p) => blessed = Some(p),
        Verdict::Differs(message) => failures.push(Failure::new(&file.path, line, message)),
    }
    if !file.runs.is_empty() && host_skip_reason(file, Some(&module)).is_none() {
        let (calls, prepare_failures) = prepare(file, &module);
        failures.extend(prepare_failures);
        let before = run_on(
            file,
            &module,
            &calls,
            Engine::Interpreter,
            " before opt",
            &mut failures,
        );
        let after = run_on(
            file,
            &optimized,
            &calls,
            Engine::Interpreter,
            " after opt",
            &mut failures,
        );
        for ((call, before), after) in calls.iter().zip(&before).zip(&after) {
            let (Some(before), Some(after)) = (before, after) else {
                continue;
            };
            let mut problems = Vec::new();
            if let Some(expected) = &call.run.expected {
                for (when, value) in [("before", before), ("after", after)] {
                    match expected.matches(call.ret, value) {
                        Ok(true) => {}
                        Ok(false) => problems.push(format!(
                            "{call} = {} {when} `{pipeline}`, expected {expected}",
                            show(value)
                        )),
                        Err(e) => problems.push(e),
                    }
                }
            }
            if !same_result(before, after) {
                problems.push(format!(
                    "{call} = {} before `{pipeline}` but {} after",
                    show(before),
                    show(after)
                ));
            }
            if problems.is_empty() {
                checks += 1;
            }
            for p in problems {
                failures.push(Failure::new(
                    &file.path,
                    call.run.line,
                    format!("interpreter: {p}"),
                ));
            }
        }
    }
    if failures.is_empty() {
        (Outcome::Passed { checks }, blessed)
    } else {
        (Outcome::Failed(failures), blessed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jit_core::ir::{BinaryOp, InstKind};
    use std::path::Path;

    /// Stand-ins for the optimizer: `identity`, `sub-to-add` (a wrong "optimization"),
    /// anything else an error.
    fn fake(
        m: &mut Module,
        pipeline: &str,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        match pipeline {
            "identity" => Ok(()),
            "sub-to-add" => {
                for f in m.functions.values_mut() {
                    for inst in f.body.iter_mut().flat_map(|b| b.insts.values_mut()) {
                        if let InstKind::Binary { op, .. } = &mut inst.kind
                            && *op == BinaryOp::Sub
                        {
                            *op = BinaryOp::Add;
                        }
                    }
                }
                Ok(())
            }
            other => Err(format!("unknown pass `{other}`").into()),
        }
    }

    fn file(dir: &Path, pipeline: &str) -> TestFile {
        let path = dir.join("t.ll");
        let text = format!(
            "; test opt {pipeline}\ndefine i32 @f(i32 %a) {{\n  %r = sub i32 %a, 1\n  ret i32 %r\n}}\n; run: @f(5) == 4\n"
        );
        std::fs::write(&path, &text).unwrap();
        TestFile::parse(&path, &text).unwrap()
    }

    fn failures(outcome: &Outcome) -> String {
        match outcome {
            Outcome::Failed(list) => list.iter().map(|f| f.to_string() + "\n").collect(),
            other => panic!("expected failures, got {other:?}"),
        }
    }

    #[test]
    fn the_optimizer_hook() {
        let dir = std::env::temp_dir().join(format!("jit-filetests-opt-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let _ = std::fs::remove_file(dir.join("t.opt.snap"));

        let f = file(&dir, "identity");
        assert_eq!(
            check_opt(&f, 1, "identity", None, false).0,
            Outcome::Skipped(NO_OPTIMIZER.into())
        );
        // No snapshot yet; then blessed; then the same.
        let (outcome, _) = check_opt(&f, 1, "identity", Some(fake), false);
        assert!(failures(&outcome).contains("no snapshot"));
        let (outcome, blessed) = check_opt(&f, 1, "identity", Some(fake), true);
        assert_eq!(outcome, Outcome::Passed { checks: 2 });
        assert_eq!(blessed, Some(dir.join("t.opt.snap")));
        let snap = std::fs::read_to_string(dir.join("t.opt.snap")).unwrap();
        assert!(snap.contains("%r = sub i32 %a, 1"), "{snap}");
        assert_eq!(
            check_opt(&f, 1, "identity", Some(fake), false).0,
            Outcome::Passed { checks: 2 }
        );

        // A pass that changes the meaning: the interpreter tells, and so does the snapshot.
        let f = file(&dir, "sub-to-add");
        let text = failures(&check_opt(&f, 1, "sub-to-add", Some(fake), false).0);
        assert!(
            text.contains("@f(5) = 6 after `sub-to-add`, expected 4"),
            "{text}"
        );
        assert!(
            text.contains("@f(5) = 4 before `sub-to-add` but 6 after"),
            "{text}"
        );
        assert!(text.contains("-  %r = sub i32 %a, 1"), "{text}");

        // An optimizer error is a failure at the directive.
        let f = file(&dir, "nonsense");
        let text = failures(&check_opt(&f, 1, "nonsense", Some(fake), false).0);
        assert!(
            text.contains("t.ll:1: the optimizer fails on `nonsense`: unknown pass `nonsense`"),
            "{text}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
