//! `test run`: every `; run:` line executed on the interpreter (the oracle) and on the
//! native engine of the host at each optimisation level, compared with the expected value
//! and with the interpreter.
//!
//! Each engine gets its own copy of the module and runs its static constructors first.
//! Files restricted to another target (`; target`, or a triple for another architecture)
//! are skipped on this host: clang's IR is ABI-lowered for one target, so it cannot run on
//! the other.

use std::fmt;

use jit::{EngineBuilder, EngineKind};
use jit_core::ir::Module;
use jit_core::{Arch, ExecutionEngine, GenericValue};

use crate::diagnostics::parse_and_verify;
use crate::directive::{RunLine, TestFile};
use crate::report::{Failure, Outcome};
use crate::value::{Shape, same_result, shape_of, show};

/// An engine run lines execute on.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The reference interpreter.
    Interpreter,
    /// The native engine (MCJIT-style) of the host at an optimisation level.
    Native {
        /// The host's architecture.
        arch: Arch,
        /// 0–3.
        level: u8,
    },
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Engine::Interpreter => f.write_str("interpreter"),
            Engine::Native { arch, level } => write!(f, "native {arch} -O{level}"),
        }
    }
}

impl Engine {
    /// A fresh engine of this kind.
    pub fn build(self) -> Result<Box<dyn ExecutionEngine>, String> {
        match self {
            Engine::Interpreter => jit_interp::Interpreter::try_new()
                .map(|i| Box::new(i) as Box<dyn ExecutionEngine>)
                .map_err(|e| e.to_string()),
            Engine::Native { level, .. } => EngineBuilder::new()
                .kind(EngineKind::Mcjit)
                .opt_level(level)
                .build()
                .map_err(|e| e.to_string()),
        }
    }
}

/// A run line ready to call: its arguments as generic values and its result's shape.
#[derive(Clone, Debug)]
pub struct Call<'f> {
    /// The line.
    pub run: &'f RunLine,
    /// The arguments.
    pub args: Vec<GenericValue>,
    /// What the function returns.
    pub ret: Shape,
}

impl fmt::Display for Call<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.run.fmt(f)
    }
}

/// Why a file's run lines do not run on this host, if they do not.
pub fn host_skip_reason(file: &TestFile, module: Option<&Module>) -> Option<String> {
    let Some(host) = Arch::host() else {
        return Some("no engine runs on this host's architecture".into());
    };
    if !file.targets.is_empty() && !file.targets.contains(&host) {
        let names: Vec<&str> = file.targets.iter().map(|a| a.name()).collect();
        return Some(format!("for {} only", names.join(", ")));
    }
    let triple = module.and_then(|m| m.triple.as_deref())?;
    match Arch::from_triple(triple) {
        Some(arch) if arch != host => Some(format!("IR for {arch}")),
        _ => None,
    }
}

/// Runs the file's run lines on the interpreter and on the native engine at `levels`.
pub fn check_run(file: &TestFile, levels: &[u8]) -> Outcome {
    if let Some(reason) = host_skip_reason(file, None) {
        return Outcome::Skipped(reason);
    }
    let module = match parse_and_verify(file) {
        Ok(m) => m,
        Err(failures) => return Outcome::Failed(failures),
    };
    if let Some(reason) = host_skip_reason(file, Some(&module)) {
        return Outcome::Skipped(reason);
    }
    let (calls, mut failures) = prepare(file, &module);
    let host = Arch::host().expect("checked by host_skip_reason");
    let mut checks = 0;
    let oracle = run_on(
        file,
        &module,
        &calls,
        Engine::Interpreter,
        "",
        &mut failures,
    );
    check_results(
        file,
        &calls,
        Engine::Interpreter,
        &oracle,
        None,
        &mut failures,
        &mut checks,
    );
    let xfail = file
        .xfails
        .iter()
        .find(|x| x.arch.is_none_or(|a| a == host));
    let mut expected_failures = 0;
    for &level in levels {
        let engine = Engine::Native { arch: host, level };
        let mut engine_failures = Vec::new();
        let mut engine_checks = 0;
        let results = run_on(file, &module, &calls, engine, "", &mut engine_failures);
        check_results(
            file,
            &calls,
            engine,
            &results,
            Some(&oracle),
            &mut engine_failures,
            &mut engine_checks,
        );
        match xfail {
            None => {
                failures.extend(engine_failures);
                checks += engine_checks;
            }
            Some(_) if !engine_failures.is_empty() => expected_failures += 1,
            Some(x) => failures.push(Failure::new(
                &file.path,
                x.line,
                format!("{engine} passes every run line now: remove this `; xfail`"),
            )),
        }
    }
    if !failures.is_empty() {
        failures.sort_by_key(|f| f.line);
        return Outcome::Failed(failures);
    }
    match xfail {
        Some(x) if expected_failures > 0 => Outcome::Skipped(format!(
            "native {host} expected to fail: {}; the interpreter passes",
            x.reason
        )),
        _ => Outcome::Passed { checks },
    }
}

/// Types the arguments and results of the run lines against the module's signatures; a
/// line that does not fit is a failure and is left out.
pub fn prepare<'f>(file: &'f TestFile, module: &Module) -> (Vec<Call<'f>>, Vec<Failure>) {
    let mut calls = Vec::new();
    let mut failures = Vec::new();
    for run in &file.runs {
        match prepare_one(run, module) {
            Ok(call) => calls.push(call),
            Err(message) => failures.push(Failure::new(&file.path, run.line, message)),
        }
    }
    (calls, failures)
}

fn prepare_one<'f>(run: &'f RunLine, m: &Module) -> Result<Call<'f>, String> {
    let f = m
        .function_by_name(&run.function)
        .map(|f| &m.functions[f])
        .filter(|f| !f.is_declaration())
        .ok_or_else(|| format!("no function `@{}` is defined in the file", run.function))?;
    let (ret, params, varargs) = m
        .types
        .function_sig(f.ty)
        .ok_or_else(|| format!("`@{}` has no function type", run.function))?;
    if varargs {
        return Err(format!(
            "`@{}` is variadic; call it from a wrapper function",
            run.function
        ));
    }
    if params.len() != run.args.len() {
        return Err(format!(
            "`@{}` takes {} arguments, the run line passes {}",
            run.function,
            params.len(),
            run.args.len()
        ));
    }
    let mut args = Vec::with_capacity(params.len());
    for (i, (&p, literal)) in params.iter().zip(&run.args).enumerate() {
        let shape = shape_of(m, p)?;
        let value = literal
            .to_generic(shape)
            .map_err(|e| format!("argument {}: {e}", i + 1))?;
        args.push(value);
    }
    let ret = shape_of(m, ret)?;
    if let Some(expected) = &run.expected {
        if ret == Shape::Void {
            return Err(format!(
                "`@{}` returns void: drop `== {expected}`",
                run.function
            ));
        }
        expected
            .to_generic(ret)
            .map_err(|e| format!("expected result: {e}"))?;
    }
    Ok(Call { run, args, ret })
}

/// Every call's result on `engine` (`None` where the engine failed: that failure is
/// recorded, once per distinct message, naming the engine followed by `what`).
pub fn run_on(
    file: &TestFile,
    module: &Module,
    calls: &[Call<'_>],
    engine: Engine,
    what: &str,
    failures: &mut Vec<Failure>,
) -> Vec<Option<GenericValue>> {
    let label = format!("{engine}{what}");
    let mut results = vec![None; calls.len()];
    let mut instance = match engine.build() {
        Ok(e) => e,
        Err(e) => {
            failures.push(Failure::new(
                &file.path,
                0,
                format!("{label}: cannot make the engine: {e}"),
            ));
            return results;
        }
    };
    let setup = instance
        .add_module(module.clone())
        .and_then(|_| instance.run_static_constructors());
    if let Err(e) = setup {
        failures.push(Failure::new(
            &file.path,
            0,
            format!("{label}: cannot load the module: {e}"),
        ));
        return results;
    }
    // The same error on many lines (a function that does not compile) is reported once.
    let mut seen: Vec<(String, u32, usize)> = Vec::new();
    for (call, result) in calls.iter().zip(&mut results) {
        let _note = matches!(engine, Engine::Native { .. }).then(|| {
            crate::crash::note(&format!(
                "{}:{}: {call} on {label}",
                file.path.display(),
                call.run.line
            ))
        });
        match instance.run_function(&call.run.function, &call.args) {
            Ok(v) => *result = Some(v),
            Err(e) => {
                let message = e.to_string();
                match seen.iter_mut().find(|(m, ..)| *m == message) {
                    Some((_, _, more)) => *more += 1,
                    None => seen.push((message, call.run.line, 0)),
                }
            }
        }
    }
    for (message, line, more) in seen {
        let also = if more > 0 {
            format!(" (and {more} more run lines)")
        } else {
            String::new()
        };
        failures.push(Failure::new(
            &file.path,
            line,
            format!("{label}: {message}{also}"),
        ));
    }
    results
}

/// Compares an engine's results with the expected values and, for native engines, with
/// the interpreter's.
fn check_results(
    file: &TestFile,
    calls: &[Call<'_>],
    engine: Engine,
    results: &[Option<GenericValue>],
    oracle: Option<&[Option<GenericValue>]>,
    failures: &mut Vec<Failure>,
    checks: &mut usize,
) {
    for (i, (call, result)) in calls.iter().zip(results).enumerate() {
        let Some(actual) = result else { continue };
        let reference = oracle.and_then(|o| o[i].as_ref());
        let interp_note = match reference {
            Some(r) if !same_result(r, actual) => format!(" (the interpreter gives {})", show(r)),
            _ => String::new(),
        };
        let ok = match &call.run.expected {
            Some(expected) => match expected.matches(call.ret, actual) {
                Ok(true) => true,
                Ok(false) => {
                    failures.push(Failure::new(
                        &file.path,
                        call.run.line,
                        format!(
                            "{engine}: {call} = {}, expected {expected}{interp_note}",
                            show(actual)
                        ),
                    ));
                    false
                }
                Err(e) => {
                    failures.push(Failure::new(&file.path, call.run.line, e));
                    false
                }
            },
            None if !interp_note.is_empty() => {
                failures.push(Failure::new(
                    &file.path,
                    call.run.line,
                    format!("{engine}: {call} = {}{interp_note}", show(actual)),
                ));
                false
            }
            None => true,
        };
        if ok {
            *checks += 1;
        }
    }
}
