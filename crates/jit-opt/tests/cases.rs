//! The per-pass cases of `tests/cases/*.ll`, written in the filetest format (`; test opt
//! <pipeline>`, `; run: @f(args) == result`) so they can move to `tests/filetests/opt/`.
//! For each file: the pipeline runs with the verifier after every pass, the output is an
//! insta snapshot (`tests/snapshots/cases__<name>.snap`), the output reads back, and every
//! `run:` line holds on the reference interpreter for the input *and* the output.

use std::path::Path;

use jit_core::ExecutionEngine;
use jit_core::GenericValue;
use jit_core::ir::{Module, Type, TypeData};
use jit_opt::PassOptions;

/// A `; run: @f(a, b) == r` expectation.
struct Run {
    function: String,
    args: Vec<String>,
    expected: String,
}

fn directives(text: &str) -> (String, Vec<Run>) {
    let mut pipeline = None;
    let mut runs = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix(';') else {
            continue;
        };
        let rest = rest.trim();
        if let Some(p) = rest.strip_prefix("test opt ") {
            pipeline = Some(p.trim().to_string());
        } else if let Some(r) = rest.strip_prefix("run:") {
            let (call, expected) = r.split_once("==").expect("run: @f(...) == value");
            let call = call
                .trim()
                .strip_prefix('@')
                .expect("run: names a function");
            let (name, args) = call.split_once('(').expect("run: @f(...)");
            let args = args
                .trim_end()
                .strip_suffix(')')
                .expect("closing parenthesis");
            runs.push(Run {
                function: name.to_string(),
                args: args
                    .split(',')
                    .map(|a| a.trim().to_string())
                    .filter(|a| !a.is_empty())
                    .collect(),
                expected: expected.trim().to_string(),
            });
        }
    }
    (pipeline.expect("a `; test opt <pipeline>` line"), runs)
}

/// A literal as a value of type `ty`.
fn value(m: &Module, ty: Type, text: &str) -> GenericValue {
    match m.types.data(ty) {
        TypeData::Int(bits) => {
            let v: i128 = text
                .parse()
                .unwrap_or_else(|_| panic!("integer literal {text}"));
            GenericValue::int(*bits, v as u128)
        }
        TypeData::Float => GenericValue::Float(text.parse().expect("float literal")),
        TypeData::Double => GenericValue::Double(text.parse().expect("double literal")),
        other => panic!("run: cannot pass or return {other:?}"),
    }
}

/// Bit-exact equality (so that -0.0 and 0.0 differ).
fn same(a: &GenericValue, b: &GenericValue) -> bool {
    match (a, b) {
        (GenericValue::Double(x), GenericValue::Double(y)) => x.to_bits() == y.to_bits(),
        (GenericValue::Float(x), GenericValue::Float(y)) => x.to_bits() == y.to_bits(),
        _ => a == b,
    }
}

fn check_runs(what: &str, m: &Module, runs: &[Run]) -> Vec<String> {
    let mut failures = Vec::new();
    for r in runs {
        let f = m
            .function_by_name(&r.function)
            .expect("run: names a defined function");
        let (ret, params, _) = m
            .types
            .function_sig(m.functions[f].ty)
            .expect("a function type");
        let args: Vec<GenericValue> = params
            .iter()
            .zip(&r.args)
            .map(|(&t, a)| value(m, t, a))
            .collect();
        let want = value(m, ret, &r.expected);
        // A fresh interpreter per run: runs do not see each other's global writes.
        let mut engine = jit_interp::Interpreter::try_new().expect("an interpreter");
        engine
            .add_module(m.clone())
            .expect("the interpreter takes the module");
        match engine.run_function(&r.function, &args) {
            Ok(got) if same(&got, &want) => {}
            Ok(got) => failures.push(format!(
                "{what}: @{}({}) = {got:?}, want {want:?}",
                r.function,
                r.args.join(", ")
            )),
            Err(e) => failures.push(format!("{what}: @{}: {e}", r.function)),
        }
    }
    failures
}

#[test]
fn per_pass_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ll"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "only {} cases", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(file).unwrap();
        let (pipeline, runs) = directives(&text);
        let input = jit_core::reader::parse_module(&text, &format!("{name}.ll"))
            .unwrap_or_else(|e| panic!("{e}"));
        jit_core::verifier::verify_module(&input).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut output = input.clone();
        let options = PassOptions {
            verify_each: true,
            ..PassOptions::default()
        };
        if let Err(e) = jit_opt::run_passes_with(&mut output, &pipeline, &options) {
            failures.push(format!("{name}: {e}"));
            continue;
        }
        let printed = jit_core::printer::print_module(&output);
        if let Err(e) = jit_core::reader::parse_module(&printed, &name) {
            failures.push(format!("{name}: the output does not read back: {e}"));
        }
        insta::with_settings!({ description => format!("{pipeline} on tests/cases/{name}.ll"), omit_expression => true }, {
            insta::assert_snapshot!(name.clone(), printed);
        });
        failures.extend(check_runs(&format!("{name} (input)"), &input, &runs));
        failures.extend(check_runs(
            &format!("{name} (after {pipeline})"),
            &output,
            &runs,
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
