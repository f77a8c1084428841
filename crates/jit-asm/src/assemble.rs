//! Runs the system assembler on rendered text and takes the bytes of `.text`.
//!
//! The object must be self-contained: a relocation, or data placed in another section,
//! would point outside the spliced bytes, so both are refused.

use crate::{AsmError, Isa, shown};
use object::{Object, ObjectSection, SectionKind};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

type Cache = Mutex<HashMap<(Isa, String), Result<Arc<[u8]>, AsmError>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The assemblers tried for `isa`, most specific first: a plain `as` may be for another
/// ISA (an AArch64 build run under QEMU on an x86-64 machine), which the object's machine
/// field then shows.
fn candidates(isa: Isa) -> &'static [&'static str] {
    match isa {
        Isa::X86_64 => &["x86_64-linux-gnu-as", "as"],
        Isa::Aarch64 => &["aarch64-linux-gnu-as", "as"],
    }
}

/// The Debian package with an assembler for `isa` on this machine.
fn package(isa: Isa) -> &'static str {
    match (isa, Isa::host()) {
        (Isa::X86_64, Isa::X86_64) | (Isa::Aarch64, Isa::Aarch64) => "binutils",
        (Isa::X86_64, _) => "binutils-x86-64-linux-gnu",
        (Isa::Aarch64, _) => "binutils-aarch64-linux-gnu",
    }
}

/// [`assemble`], remembering the outcome for the same ISA and text.
pub fn assemble_cached(isa: Isa, text: &str, template: &str) -> Result<Arc<[u8]>, AsmError> {
    let key = (isa, text.to_string());
    if let Some(hit) = cache().lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return hit.clone();
    }
    let result = assemble(isa, text, template);
    cache()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key, result.clone());
    result
}

/// Removes a file when dropped.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn temp_path(ext: &str) -> TempFile {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    TempFile(std::env::temp_dir().join(format!("jit-asm-{}-{n}.{ext}", std::process::id())))
}

/// Assembles `text` for `isa`; `template` is named in errors.
pub fn assemble(isa: Isa, text: &str, template: &str) -> Result<Arc<[u8]>, AsmError> {
    let unsupported = |reason: String| AsmError::Unsupported {
        template: shown(template),
        reason,
    };
    let src = temp_path("s");
    std::fs::write(&src.0, text)
        .map_err(|e| unsupported(format!("cannot write {}: {e}", src.0.display())))?;
    let mut tried = Vec::new();
    for &prog in candidates(isa) {
        let obj = temp_path("o");
        let mut cmd = Command::new(prog);
        if isa == Isa::X86_64 {
            cmd.arg("--64");
        }
        cmd.arg("-o").arg(&obj.0).arg(&src.0);
        let out = match cmd.output() {
            Ok(out) => out,
            Err(_) => {
                tried.push(prog);
                continue;
            }
        };
        let bytes = std::fs::read(&obj.0).ok();
        let file = bytes.as_deref().and_then(|b| object::File::parse(b).ok());
        let right_machine = file.as_ref().is_some_and(|f| {
            f.architecture()
                == match isa {
                    Isa::X86_64 => object::Architecture::X86_64,
                    Isa::Aarch64 => object::Architecture::Aarch64,
                }
        });
        if !out.status.success() {
            let message =
                String::from_utf8_lossy(&out.stderr).replace(&*src.0.to_string_lossy(), "snippet");
            return Err(AsmError::Rejected {
                template: shown(template),
                message,
                text: text.to_string(),
            });
        }
        let Some(file) = file.filter(|_| right_machine) else {
            tried.push(prog);
            continue;
        };
        return text_bytes(&file).map_err(unsupported);
    }
    Err(AsmError::NoAssembler {
        template: shown(template),
        isa,
        tried: tried.join(", "),
        package: package(isa),
    })
}

/// The `.text` bytes of an object that needs no relocation and has no other data.
fn text_bytes(file: &object::File<'_>) -> Result<Arc<[u8]>, String> {
    let mut code: Option<Arc<[u8]>> = None;
    for section in file.sections() {
        let name = section.name().unwrap_or("?");
        if section.relocations().next().is_some() {
            return Err(format!(
                "it refers to a symbol outside the snippet (a relocation in {name}); only self-contained code can be spliced"
            ));
        }
        match section.kind() {
            SectionKind::Text if name == ".text" => {
                let data = section
                    .data()
                    .map_err(|e| format!("cannot read {name}: {e}"))?;
                code = Some(data.into());
            }
            SectionKind::Text
            | SectionKind::Data
            | SectionKind::ReadOnlyData
            | SectionKind::ReadOnlyString
            | SectionKind::UninitializedData
            | SectionKind::Tls
            | SectionKind::UninitializedTls
                if section.size() > 0 =>
            {
                return Err(format!(
                    "it places data in section {name}; only code in .text can be spliced"
                ));
            }
            _ => {}
        }
    }
    code.ok_or_else(|| "the assembler produced no .text section".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assembles_x86_and_aarch64() {
        let x = assemble(Isa::X86_64, "\t.text\n\tbswap %eax\n\tnop\n", "t").unwrap();
        assert_eq!(&x[..], [0x0f, 0xc8, 0x90]);
        let a = assemble(Isa::Aarch64, "\t.text\n\trbit x0, x1\n", "t").unwrap();
        assert_eq!(&a[..], 0xdac0_0020u32.to_le_bytes());
    }

    #[test]
    fn local_labels_resolve_without_relocations() {
        let a = assemble(Isa::Aarch64, "1:\n\tsub x0, x0, #1\n\tcbnz x0, 1b\n", "t").unwrap();
        assert_eq!(a.len(), 8);
    }

    #[test]
    fn refuses_relocations_data_and_bad_text() {
        let errs = [
            assemble(Isa::X86_64, "\tcall memcpy\n", "call memcpy"),
            assemble(Isa::X86_64, "\t.data\n\t.long 1\n", ".data"),
            assemble(Isa::X86_64, "\tfrobnicate %eax\n", "frobnicate"),
        ]
        .map(|r| r.unwrap_err().to_string());
        insta::assert_snapshot!(errs.join("\n"));
    }
}
