//! `/tmp/perf-<pid>.map`: perf's simple JIT interface (`tools/perf/Documentation/
//! jit-interface.txt`). One line per function, `START SIZE name`, both numbers in hex
//! without `0x`; `perf report` reads the file of the process it profiled by itself.
//!
//! Lines are only ever appended: code replaced by tier-up stays listed beside its
//! replacement (calls already running finish in it), and a freed object's lines stay too
//! (perf keeps the last definition of an address that was reused).

use crate::error::PerfError;
use crate::functions::loaded_functions;
use jit_core::events::{JitEventListener, LoadedObject};
use jit_core::target::Arch;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// Writes the functions of every object loaded to a perf map file; see the module
/// documentation. Usually the process-wide [`PerfMapListener::global`].
#[derive(Debug)]
pub struct PerfMapListener {
    path: PathBuf,
    file: Mutex<File>,
}

/// The map line of one function: a name holding a line break would end the line early,
/// so breaks become spaces.
pub(crate) fn map_line(address: u64, size: u64, name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    format!("{address:x} {size:x} {name}\n")
}

impl PerfMapListener {
    /// The listener of this process, writing `/tmp/perf-<pid>.map` (created, or emptied when
    /// a process of the same id left one, on first use). Every call returns the same
    /// listener, or the same error.
    pub fn global() -> Result<Arc<PerfMapListener>, PerfError> {
        static GLOBAL: OnceLock<Result<Arc<PerfMapListener>, PerfError>> = OnceLock::new();
        GLOBAL
            .get_or_init(|| {
                let path = PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()));
                PerfMapListener::create(&path).map(Arc::new)
            })
            .clone()
    }

    /// A listener writing to `path` (created or truncated): for tests, and for tools that
    /// collect maps elsewhere. perf itself only reads `/tmp/perf-<pid>.map`.
    pub fn create(path: &Path) -> Result<PerfMapListener, PerfError> {
        let file = File::create(path).map_err(|e| PerfError::io(path, &e))?;
        Ok(PerfMapListener {
            path: path.to_path_buf(),
            file: Mutex::new(file),
        })
    }

    /// The file written.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl JitEventListener for PerfMapListener {
    fn object_loaded(&self, object: &LoadedObject<'_>) {
        if Arch::host() != Some(object.object.arch) {
            return;
        }
        let text: String = loaded_functions(object)
            .iter()
            .map(|f| map_line(f.address, f.size, f.name))
            .collect();
        if text.is_empty() {
            return;
        }
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        // One write per object, so that lines of objects loaded by several threads never
        // interleave; a profiler file that cannot be written is not the program's problem.
        let _ = file.write_all(text.as_bytes());
    }

    fn object_freed(&self, _key: u64) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_hex_without_prefix_and_one_per_function() {
        assert_eq!(map_line(0x7f00_1000, 0x2a, "main"), "7f001000 2a main\n");
        assert_eq!(map_line(16, 1, "a\nb"), "10 1 a b\n");
    }
}
