//! A second opinion on run lines: LLVM itself. The file is linked (`llvm-link-19`) with a
//! generated `main` that makes each run line's call and prints the result's bits, built
//! with `clang-19` at `-O0` and `-O2`, and run; every result must match the expected value.
//!
//! The interpreter is the oracle of the engines, but an expected value written by hand can
//! be wrong in the same way the interpreter is; this check catches that. It needs LLVM 19
//! on the host and runs only where the file's IR is for the host.

use std::path::Path;
use std::process::Command;

use jit_core::GenericValue;

use crate::diagnostics::parse_and_verify;
use crate::directive::TestFile;
use crate::report::{Failure, Outcome};
use crate::run::{Call, host_skip_reason, prepare};
use crate::value::{Shape, show};

/// The LLVM tools the check runs.
pub struct Tools {
    /// `clang-19`.
    pub clang: String,
    /// `llvm-link-19`.
    pub llvm_link: String,
}

impl Tools {
    /// The tools from `PATH`, or why they cannot be used.
    pub fn find() -> Result<Tools, String> {
        let tools = Tools {
            clang: "clang-19".into(),
            llvm_link: "llvm-link-19".into(),
        };
        for tool in [&tools.clang, &tools.llvm_link] {
            let works = Command::new(tool)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            if !works {
                return Err(format!("`{tool}` is not available"));
            }
        }
        Ok(tools)
    }
}

/// Checks the file's run lines against LLVM's build of it, in `scratch` (a directory of
/// this file's own).
pub fn check(file: &TestFile, tools: &Tools, scratch: &Path) -> Outcome {
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
    if module.function_by_name("main").is_some() {
        return Outcome::Skipped("the file has its own `main`".into());
    }
    let (calls, mut failures) = prepare(file, &module);
    if let Err(e) = std::fs::create_dir_all(scratch) {
        return Outcome::Failed(vec![Failure::new(
            &file.path,
            0,
            format!("{}: {e}", scratch.display()),
        )]);
    }
    let driver = scratch.join("driver.ll");
    let linked = scratch.join("linked.ll");
    let exe = scratch.join("exe");
    let mut checks = 0;
    let steps = std::fs::write(&driver, driver_text(&module, &calls))
        .map_err(|e| e.to_string())
        .and_then(|()| {
            tool(
                Command::new(&tools.llvm_link)
                    .arg(&file.path)
                    .arg(&driver)
                    .arg("-S")
                    .arg("-o")
                    .arg(&linked),
            )
        });
    if let Err(e) = steps {
        failures.push(Failure::new(
            &file.path,
            0,
            format!("LLVM cannot link the file: {e}"),
        ));
        return Outcome::Failed(failures);
    }
    // A personality (`__gxx_personality_v0`) lives in the C++ runtime.
    let cxx = module.functions.values().any(|f| f.personality.is_some());
    for level in ["-O0", "-O2"] {
        let built = tool(
            Command::new(&tools.clang)
                .arg(level)
                .arg("-Wno-override-module")
                .arg(&linked)
                .arg("-o")
                .arg(&exe)
                .arg("-lm")
                .args(cxx.then_some("-lstdc++")),
        );
        let output = built.and_then(|()| {
            Command::new(&exe)
                .output()
                .map_err(|e| e.to_string())
                .and_then(|o| {
                    if o.status.success() {
                        Ok(String::from_utf8_lossy(&o.stdout).into_owned())
                    } else {
                        Err(format!("the program failed: {}", o.status))
                    }
                })
        });
        let output = match output {
            Ok(o) => o,
            Err(e) => {
                failures.push(Failure::new(
                    &file.path,
                    0,
                    format!("clang-19 {level}: {e}"),
                ));
                continue;
            }
        };
        // The file's own output may come first; the driver's lines are the last ones.
        let lines: Vec<&str> = output
            .lines()
            .filter_map(|l| l.strip_prefix("jit-filetests: "))
            .collect();
        for (i, call) in calls.iter().enumerate() {
            let Some(value) = lines.get(i).and_then(|l| parse_bits(l, call.ret)) else {
                failures.push(Failure::new(
                    &file.path,
                    call.run.line,
                    format!("clang-19 {level}: no result for {call}"),
                ));
                continue;
            };
            match &call.run.expected {
                Some(expected) => match expected.matches(call.ret, &value) {
                    Ok(true) => checks += 1,
                    Ok(false) => failures.push(Failure::new(
                        &file.path,
                        call.run.line,
                        format!(
                            "clang-19 {level}: {call} = {}, expected {expected}",
                            show(&value)
                        ),
                    )),
                    Err(e) => failures.push(Failure::new(&file.path, call.run.line, e)),
                },
                None => checks += 1,
            }
        }
    }
    if failures.is_empty() {
        Outcome::Passed { checks }
    } else {
        Outcome::Failed(failures)
    }
}

fn tool(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| e.to_string())?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// The IR type spelling of a shape.
fn ir_type(shape: Shape) -> String {
    shape.to_string()
}

/// A float argument as the integer type and value of its bits.
fn bits_of_float(v: &GenericValue) -> Option<(&'static str, u64)> {
    match *v {
        GenericValue::Float(x) => Some(("i32", u64::from(x.to_bits()))),
        GenericValue::Double(x) => Some(("i64", x.to_bits())),
        _ => None,
    }
}

/// An integer or pointer argument as an IR constant.
fn ir_constant(v: &GenericValue) -> String {
    match *v {
        GenericValue::Int { bits: 1, value } => (value != 0).to_string(),
        GenericValue::Int { value, .. } => value.to_string(),
        GenericValue::Float(_) | GenericValue::Double(_) => unreachable!("passed as bits"),
        GenericValue::Pointer(0) => "null".into(),
        GenericValue::Pointer(p) => format!("inttoptr (i64 {p} to ptr)"),
        GenericValue::Void => "void".into(),
    }
}

/// A `main` that makes every call and prints `jit-filetests: BITS` for each.
fn driver_text(module: &jit_core::ir::Module, calls: &[Call<'_>]) -> String {
    let mut body = String::new();
    for (i, call) in calls.iter().enumerate() {
        let f = module
            .function_by_name(&call.run.function)
            .expect("prepared calls exist");
        let (_, params, _) = module
            .types
            .function_sig(module.functions[f].ty)
            .expect("a function");
        let args: Vec<String> = params
            .iter()
            .zip(&call.args)
            .enumerate()
            .map(|(j, (&p, a))| {
                let ty = module.types.display(p);
                match bits_of_float(a) {
                    // Through the bits, so that no conversion quiets a signalling NaN.
                    Some((int, bits)) => {
                        body.push_str(&format!("  %a{i}.{j} = bitcast {int} {bits} to {ty}\n"));
                        format!("{ty} %a{i}.{j}")
                    }
                    None => format!("{ty} {}", ir_constant(a)),
                }
            })
            .collect();
        let callee = format!("@\"{}\"", call.run.function);
        let ret = ir_type(call.ret);
        let bits = match call.ret {
            Shape::Void => {
                body.push_str(&format!("  call void {callee}({})\n", args.join(", ")));
                "0".to_string()
            }
            shape => {
                body.push_str(&format!(
                    "  %r{i} = call {ret} {callee}({})\n",
                    args.join(", ")
                ));
                match shape {
                    Shape::Int(64) => format!("%r{i}"),
                    Shape::Int(_) => {
                        body.push_str(&format!("  %b{i} = zext {ret} %r{i} to i64\n"));
                        format!("%b{i}")
                    }
                    Shape::Float => {
                        body.push_str(&format!("  %c{i} = bitcast float %r{i} to i32\n  %b{i} = zext i32 %c{i} to i64\n"));
                        format!("%b{i}")
                    }
                    Shape::Double => {
                        body.push_str(&format!("  %b{i} = bitcast double %r{i} to i64\n"));
                        format!("%b{i}")
                    }
                    Shape::Ptr => {
                        body.push_str(&format!("  %b{i} = ptrtoint ptr %r{i} to i64\n"));
                        format!("%b{i}")
                    }
                    Shape::Void => unreachable!("handled above"),
                }
            }
        };
        body.push_str(&format!(
            "  call i32 (ptr, ...) @printf(ptr @jit.filetests.format, i64 {bits})\n"
        ));
    }
    let mut declared: Vec<&str> = Vec::new();
    let mut declarations = String::new();
    for call in calls {
        let name = call.run.function.as_str();
        if declared.contains(&name) {
            continue;
        }
        declared.push(name);
        let f = module.function_by_name(name).expect("prepared calls exist");
        let (ret, params, _) = module
            .types
            .function_sig(module.functions[f].ty)
            .expect("a function");
        let params: Vec<String> = params
            .iter()
            .map(|&p| module.types.display(p).to_string())
            .collect();
        declarations.push_str(&format!(
            "declare {} @\"{name}\"({})\n",
            module.types.display(ret),
            params.join(", ")
        ));
    }
    format!(
        "{declarations}@jit.filetests.format = private constant [21 x i8] c\"jit-filetests: %llx\\0A\\00\"\n\
         declare i32 @printf(ptr, ...)\n\
         define i32 @main() {{\n{body}  ret i32 0\n}}\n"
    )
}

/// A printed result back as a value of `shape`.
fn parse_bits(text: &str, shape: Shape) -> Option<GenericValue> {
    let bits = u64::from_str_radix(text.trim(), 16).ok()?;
    Some(match shape {
        Shape::Void => GenericValue::Void,
        Shape::Int(w) => GenericValue::int(w, u128::from(bits)),
        Shape::Float => GenericValue::Float(f32::from_bits(bits as u32)),
        Shape::Double => GenericValue::Double(f64::from_bits(bits)),
        Shape::Ptr => GenericValue::Pointer(bits),
    })
}
