//! `test compile`: each function's disassembly, per target and optimisation level, compared
//! with the snapshot beside the file (`name.compile.snap`).
//!
//! Both backends compile for any target on any host, so a file is listed for both
//! x86-64 and AArch64 unless its `; target` lines or its triple say otherwise, and the
//! snapshot is the same whichever host made it.

use jit_core::Arch;
use jit_core::backend::{CodegenError, CodegenOptions};
use jit_core::ir::Module;

use crate::diagnostics::parse_and_verify;
use crate::directive::TestFile;
use crate::report::{Failure, Outcome};
use crate::snapshot::{self, Verdict};

/// Every target a file compiles for, in listing order.
pub const ALL_TARGETS: [Arch; 2] = [Arch::X86_64, Arch::AArch64];

/// The targets a file is compiled for: its triple's, else its `; target` lines, else all.
pub fn targets(file: &TestFile, module: &Module) -> Result<Vec<Arch>, String> {
    let triple_arch = module.triple.as_deref().and_then(Arch::from_triple);
    match triple_arch {
        Some(arch) if !file.targets.is_empty() && !file.targets.contains(&arch) => Err(format!(
            "the triple is for {arch}, but the `; target` lines name other targets"
        )),
        Some(arch) => Ok(vec![arch]),
        None if file.targets.is_empty() => Ok(ALL_TARGETS.to_vec()),
        None => Ok(ALL_TARGETS
            .into_iter()
            .filter(|a| file.targets.contains(a))
            .collect()),
    }
}

/// Compiles the file for each target at each level and compares the listings with the
/// snapshot (rewriting it when `bless` is set).
pub fn check_compile(
    file: &TestFile,
    levels: &[u8],
    bless: bool,
) -> (Outcome, Option<std::path::PathBuf>) {
    let module = match parse_and_verify(file) {
        Ok(m) => m,
        Err(failures) => return (Outcome::Failed(failures), None),
    };
    let targets = match targets(file, &module) {
        Ok(t) => t,
        Err(e) => return (Outcome::Failed(vec![Failure::new(&file.path, 0, e)]), None),
    };
    let mut failures = Vec::new();
    let mut text = String::new();
    let mut sections = 0;
    for &arch in &targets {
        for &level in levels {
            let options = CodegenOptions {
                opt_level: level,
                ..CodegenOptions::default()
            };
            match codegen_dynasm::backend_for(arch).compile(&module, &options) {
                Ok(obj) => {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text.push_str(&format!("; {arch} -O{level}\n"));
                    text.push_str(&crate::disasm::listing(&obj));
                    sections += 1;
                }
                Err(e) => failures.push(Failure::new(
                    &file.path,
                    error_line(&e),
                    format!("{arch} -O{level}: {e}"),
                )),
            }
        }
    }
    if !failures.is_empty() {
        return (Outcome::Failed(failures), None);
    }
    let path = snapshot::snapshot_path(&file.path, "compile");
    match snapshot::compare(&path, &file.display_name(), &text, bless) {
        Verdict::Same => (Outcome::Passed { checks: sections }, None),
        Verdict::Blessed(p) => (Outcome::Passed { checks: sections }, Some(p)),
        Verdict::Differs(message) => (
            Outcome::Failed(vec![Failure::new(&file.path, 0, message)]),
            None,
        ),
    }
}

/// The line of a code-generation error's `file:line:col`, or 0.
fn error_line(e: &CodegenError) -> u32 {
    match e {
        CodegenError::Unsupported { location, .. } => location
            .rsplit(':')
            .nth(1)
            .and_then(|l| l.parse().ok())
            .unwrap_or(0),
        _ => 0,
    }
}
