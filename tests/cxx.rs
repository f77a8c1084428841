//! The C++ programs of `tests/cxx/`: small programs (STL containers, iostreams, every
//! exception-handling shape clang emits) whose `.ll` and bitcode are made by `clang++-19`
//! when a test asks for them, for every target and level. They are not committed: clang's
//! output for code that includes the standard headers is large (hundreds of KB).
//!
//! A source may say `// cxx-flags: -std=c++03` (flags added to every compile). The
//! programs never throw at run time, except `throws.cpp`, which says
//! `// cxx: throws` and is there to check that an engine stops it cleanly.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Root of the C++ programs: `tests/cxx` in the workspace.
pub fn cxx_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cxx")
}

/// The compiler the `.ll` files come from, when installed (`clang++-19`); tests that need
/// it are skipped (with a message) without it.
pub fn clangxx() -> Option<&'static str> {
    let ok = Command::new("clang++-19")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some("clang++-19")
}

/// One C++ program of `tests/cxx/`.
#[derive(Clone, Debug)]
pub struct CxxProgram {
    /// File stem, e.g. `eh_shapes`.
    pub name: String,
    /// The source file.
    pub source: PathBuf,
    /// Extra compiler flags from a `// cxx-flags:` line.
    pub flags: Vec<String>,
    /// The source says `// cxx: throws`: it throws an exception at run time.
    pub throws: bool,
}

/// What to make of a source.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Emit {
    /// `.ll` text (`-S -emit-llvm`).
    Text,
    /// Bitcode (`-c -emit-llvm`).
    Bitcode,
}

/// Every program of `tests/cxx/`, sorted by name.
pub fn cxx_programs() -> Vec<CxxProgram> {
    let dir = cxx_dir();
    let mut out: Vec<CxxProgram> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| {
            let source = e.ok()?.path();
            if source.extension()? != "cpp" {
                return None;
            }
            let name = source.file_stem()?.to_str()?.to_owned();
            let text = std::fs::read_to_string(&source).ok()?;
            let flags = text
                .lines()
                .find_map(|l| l.strip_prefix("// cxx-flags:"))
                .map(|f| f.split_whitespace().map(str::to_owned).collect())
                .unwrap_or_default();
            let throws = text.lines().any(|l| l.trim() == "// cxx: throws");
            Some(CxxProgram {
                name,
                source,
                flags,
                throws,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

impl CxxProgram {
    /// Compiles the program for `arch` (`x86_64` or `aarch64`) at `opt` (`O0`..`O3`) into
    /// `out_dir`, once: an existing output newer than the source is reused. Returns the
    /// file written.
    pub fn compile(
        &self,
        arch: &str,
        opt: &str,
        emit: Emit,
        out_dir: &Path,
    ) -> Result<PathBuf, String> {
        let clang = clangxx().ok_or("clang++-19 is not installed")?;
        let ext = match emit {
            Emit::Text => "ll",
            Emit::Bitcode => "bc",
        };
        std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
        let out = out_dir.join(format!("{}.{arch}.{opt}.{ext}", self.name));
        let fresh = |p: &Path| -> Option<bool> {
            let src = std::fs::metadata(&self.source).ok()?.modified().ok()?;
            Some(std::fs::metadata(p).ok()?.modified().ok()? >= src)
        };
        if fresh(&out) == Some(true) {
            return Ok(out);
        }
        // Written beside the output and renamed, so a concurrent test never reads half a
        // file.
        let tmp = out.with_extension(format!("{ext}.{}.tmp", std::process::id()));
        let mut cmd = Command::new(clang);
        cmd.arg(format!("--target={arch}-linux-gnu"))
            .arg(format!("-{opt}"))
            .args(&self.flags)
            .arg(match emit {
                Emit::Text => "-S",
                Emit::Bitcode => "-c",
            })
            .arg("-emit-llvm")
            .arg(&self.source)
            .arg("-o")
            .arg(&tmp);
        let res = cmd.output().map_err(|e| format!("{clang}: {e}"))?;
        if !res.status.success() {
            return Err(format!(
                "{clang} {}: {}",
                self.source.display(),
                String::from_utf8_lossy(&res.stderr)
            ));
        }
        std::fs::rename(&tmp, &out).map_err(|e| format!("{}: {e}", out.display()))?;
        Ok(out)
    }

    /// Builds the program natively (`-O0`, for the architecture this test runs on: AArch64
    /// under QEMU in `cargo xtask test-arm`) in `out_dir` and runs it: the oracle of what
    /// running its IR must print.
    pub fn run_native(&self, out_dir: &Path) -> Result<crate::Outcome, String> {
        let clang = clangxx().ok_or("clang++-19 is not installed")?;
        std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
        let exe = out_dir.join(format!("{}.native", self.name));
        let res = Command::new(clang)
            .arg(format!("--target={}-linux-gnu", std::env::consts::ARCH))
            .args(&self.flags)
            .arg(&self.source)
            .arg("-o")
            .arg(&exe)
            .output()
            .map_err(|e| format!("{clang}: {e}"))?;
        if !res.status.success() {
            return Err(format!(
                "{clang} {}: {}",
                self.source.display(),
                String::from_utf8_lossy(&res.stderr)
            ));
        }
        let out = crate::command(&exe)
            .output()
            .map_err(|e| format!("{}: {e}", exe.display()))?;
        Ok(out.into())
    }
}
