//! A snippet made callable: its code followed by a return, in pages that are written
//! while read-write and then switched to read-execute (never both at once).

use crate::{Isa, Snippet};
use mm_common::{MmapPageSource, PageSource, Protection};

/// Executable copy of a [`Snippet`] callable as `extern "C" fn(*mut u8)` (the buffer).
pub struct ExecThunk {
    pages: MmapPageSource,
    snippet: Snippet,
}

impl std::fmt::Debug for ExecThunk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExecThunk")
            .field("addr", &self.pages.base())
            .field("len", &self.snippet.code.len())
            .finish()
    }
}

impl ExecThunk {
    /// Places `snippet` (built for the host ISA) in executable memory.
    pub fn new(snippet: Snippet) -> Result<ExecThunk, String> {
        let mut code = snippet.code.to_vec();
        match Isa::host() {
            Isa::X86_64 => code.push(0xc3),
            Isa::Aarch64 => code.extend(0xd65f_03c0u32.to_le_bytes()),
        }
        let mut pages = MmapPageSource::reserve(code.len()).map_err(|e| e.to_string())?;
        let len = pages.len();
        pages
            .commit(0, len, Protection::ReadWrite)
            .map_err(|e| e.to_string())?;
        // SAFETY: the first `len >= code.len()` bytes at `base` were just committed
        // read-write and belong to this reservation alone.
        unsafe {
            std::ptr::copy_nonoverlapping(code.as_ptr(), pages.base() as *mut u8, code.len());
        }
        pages
            .protect(0, len, Protection::ReadExecute)
            .map_err(|e| e.to_string())?;
        mm_common::icache::invalidate(pages.base(), code.len());
        Ok(ExecThunk { pages, snippet })
    }

    /// The snippet's layout (buffer offsets).
    pub fn snippet(&self) -> &Snippet {
        &self.snippet
    }

    /// Runs the snippet on `buffer`.
    ///
    /// # Safety
    /// `buffer` must be [`Snippet::buffer_size`] bytes holding the arguments, and every
    /// pointer argument must be valid for what the template does with it: the snippet is
    /// arbitrary machine code.
    pub unsafe fn call(&self, buffer: &mut [u8]) {
        assert!(buffer.len() >= self.snippet.buffer_size() as usize);
        // SAFETY: the pages hold the snippet followed by a return, read-execute; the
        // snippet keeps the C calling convention (see the crate documentation).
        let f: extern "C" fn(*mut u8) = unsafe { std::mem::transmute(self.pages.base()) };
        f(buffer.as_mut_ptr());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SiteArg, ValueShape, compile};
    use jit_core::ir::{InlineAsm, parse_constraints};

    #[test]
    fn runs_a_snippet_on_the_host() {
        let (template, constraints) = match Isa::host() {
            Isa::X86_64 => ("bswapq $0\n\taddq $2, $0", "=r,0,r"),
            Isa::Aarch64 => ("rev $0, $1\n\tadd $0, $0, $2", "=r,r,r"),
        };
        let a = InlineAsm {
            template: template.into(),
            constraint_text: constraints.into(),
            constraints: parse_constraints(constraints).unwrap().into(),
            side_effect: true,
            align_stack: false,
            intel_dialect: false,
            unwind: false,
        };
        let i64s = ValueShape {
            bytes: 8,
            float: false,
        };
        let arg = SiteArg {
            shape: i64s,
            imm: None,
        };
        let s = compile(&a, Isa::host(), &[arg, arg], &[i64s]).unwrap();
        let t = ExecThunk::new(s).unwrap();
        let mut buf = vec![0u8; t.snippet().buffer_size() as usize];
        buf[0..8].copy_from_slice(&0x0102_0304_0506_0708u64.to_le_bytes());
        buf[16..24].copy_from_slice(&1u64.to_le_bytes());
        // SAFETY: the snippet only uses registers.
        unsafe { t.call(&mut buf) };
        let off = t.snippet().result_offset(0) as usize;
        let r = u64::from_le_bytes(buf[off..off + 8].try_into().unwrap());
        assert_eq!(r, 0x0807_0605_0403_0202);
    }
}
