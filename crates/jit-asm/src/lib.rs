//! General inline assembly: turns one `call ... asm "template", "constraints"(args)` site
//! into position-independent machine code that every engine can run.
//!
//! The code works on an *operand buffer* whose address arrives in the first integer
//! argument register (`rdi` on x86-64, `x0` on AArch64): call argument `i` sits at
//! [`Snippet::arg_offset`], result `k` is left at [`Snippet::result_offset`], each in a
//! 16-byte slot. In between, the snippet behaves like a call to a C function: it may
//! change every caller-saved register and the flags, and restores the callee-saved
//! registers, the stack pointer and the frame pointer. The native backends splice
//! [`Snippet::code`] after filling the buffer on their stack; the interpreter wraps it in
//! a return ([`ExecThunk`]) and calls it.
//!
//! Three steps, one module each: [`bind`] gives every operand a location (register,
//! memory through a register, immediate) from its constraint; [`template`] substitutes
//! those locations into the template the way LLVM's asm printers do; [`assemble`] runs the
//! system assembler on the result and takes the bytes of `.text`, refusing anything that
//! needs a relocation. Results are cached by the assembled text.

pub mod assemble;
pub mod bind;
mod exec;
pub mod template;

pub use exec::ExecThunk;

use jit_core::DataLayout;
use jit_core::ir::{ConstKind, InlineAsm, Module, Operand, Type, TypeData, Types};
use std::sync::Arc;

/// The instruction set a snippet is assembled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Isa {
    /// x86-64 (AT&T syntax unless the asm is `inteldialect`).
    X86_64,
    /// AArch64.
    Aarch64,
}

impl Isa {
    /// The ISA this program was built for.
    pub fn host() -> Isa {
        if cfg!(target_arch = "aarch64") {
            Isa::Aarch64
        } else {
            Isa::X86_64
        }
    }
}

impl std::fmt::Display for Isa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Isa::X86_64 => "x86-64",
            Isa::Aarch64 => "AArch64",
        })
    }
}

/// The size and kind of an operand's value: enough to pick a register class and name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ValueShape {
    /// Store size in bytes.
    pub bytes: u32,
    /// A floating-point or vector value (named as an FP/SIMD register by default).
    pub float: bool,
}

impl ValueShape {
    /// The shape of a value of IR type `ty`.
    pub fn of(types: &Types, dl: &DataLayout, ty: Type) -> ValueShape {
        let float = matches!(
            types.data(ty),
            TypeData::Float
                | TypeData::Double
                | TypeData::Fp128
                | TypeData::X86Fp80
                | TypeData::Vector { .. }
        );
        ValueShape {
            bytes: dl.store_size(types, ty) as u32,
            float,
        }
    }
}

/// One call argument of an asm site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SiteArg {
    /// Its value's shape (for indirect operands: the pointer's).
    pub shape: ValueShape,
    /// Its value when it is an integer constant (immediate constraints need one).
    pub imm: Option<i64>,
}

/// Why an asm site cannot be turned into code. Every message names the template.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AsmError {
    /// A constraint this crate cannot satisfy.
    #[error("inline asm `{template}`: constraint '{constraint}': {reason}")]
    Constraint {
        /// The template (escaped).
        template: String,
        /// The constraint entry.
        constraint: String,
        /// What is wrong.
        reason: String,
    },
    /// An operand reference in the template that cannot be printed.
    #[error("inline asm `{template}`: {reason}")]
    Template {
        /// The template (escaped).
        template: String,
        /// What is wrong.
        reason: String,
    },
    /// No assembler for the target on this machine.
    #[error(
        "inline asm `{template}`: no {isa} assembler found (tried {tried}); install the Debian package {package}"
    )]
    NoAssembler {
        /// The template (escaped).
        template: String,
        /// The ISA.
        isa: Isa,
        /// The programs tried.
        tried: String,
        /// The package that provides one.
        package: &'static str,
    },
    /// The assembler rejected the substituted template.
    #[error(
        "inline asm `{template}`: the assembler rejected it:\n{message}\nassembled text:\n{text}"
    )]
    Rejected {
        /// The template (escaped).
        template: String,
        /// The assembler's diagnostics.
        message: String,
        /// The text given to the assembler.
        text: String,
    },
    /// The assembled code needs something a spliced snippet cannot have.
    #[error("inline asm `{template}`: {reason}")]
    Unsupported {
        /// The template (escaped).
        template: String,
        /// What it needs.
        reason: String,
    },
}

/// The machine code of one asm site and where its operands live in the buffer.
#[derive(Clone, Debug)]
pub struct Snippet {
    /// Position-independent code, without a final return; see the crate documentation.
    pub code: Arc<[u8]>,
    /// The number of call arguments.
    pub args: usize,
    /// The number of direct outputs (results).
    pub results: usize,
}

/// Bytes per operand slot in the buffer.
pub const SLOT: u32 = 16;

impl Snippet {
    /// Buffer offset of call argument `i`.
    pub fn arg_offset(&self, i: usize) -> u32 {
        SLOT * i as u32
    }

    /// Buffer offset of result `k`.
    pub fn result_offset(&self, k: usize) -> u32 {
        SLOT * (self.args + k) as u32
    }

    /// Buffer size in bytes (a multiple of 16, at least 16).
    pub fn buffer_size(&self) -> u32 {
        SLOT * (self.args + self.results).max(1) as u32
    }
}

/// Turns one asm call site into code for `isa`: binds the operands, substitutes the
/// template, assembles it (cached by the assembled text).
pub fn compile(
    asm: &InlineAsm,
    isa: Isa,
    args: &[SiteArg],
    results: &[ValueShape],
) -> Result<Snippet, AsmError> {
    let binding = bind::bind(asm, isa, args, results)?;
    let text = template::render(asm, isa, &binding)?;
    let code = assemble::assemble_cached(isa, &text, &asm.template)?;
    Ok(Snippet {
        code,
        args: args.len(),
        results: results.len(),
    })
}

/// The template escaped for messages.
pub(crate) fn shown(template: &str) -> String {
    template.escape_debug().to_string()
}

/// Where result `k` of a site goes inside the call's result value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultPlace {
    /// Byte offset in the result (0 for a single result, the member offset of a struct).
    pub offset: u64,
    /// Bytes to copy from the buffer.
    pub bytes: u32,
}

/// A compiled call site: the snippet and where its results go.
#[derive(Clone, Debug)]
pub struct Site {
    /// The code and buffer layout.
    pub snippet: Snippet,
    /// One entry per direct output.
    pub results: Vec<ResultPlace>,
}

/// Compiles the asm call site with arguments `args` (operand and type) and result type
/// `ret` (`None` when the call has no result value), reading integer constants from
/// `m` for immediate constraints.
pub fn compile_site(
    m: &Module,
    dl: &DataLayout,
    asm: &InlineAsm,
    isa: Isa,
    args: &[(Operand, Type)],
    ret: Option<Type>,
) -> Result<Site, AsmError> {
    let site_args: Vec<SiteArg> = args
        .iter()
        .map(|&(op, ty)| SiteArg {
            shape: ValueShape::of(&m.types, dl, ty),
            imm: const_int(m, op),
        })
        .collect();
    let nres = asm.constraints.iter().filter(|c| c.is_result()).count();
    let mut shapes = Vec::with_capacity(nres);
    let mut results = Vec::with_capacity(nres);
    for k in 0..nres {
        let member = match ret {
            Some(t) if nres == 1 => Some((0, t)),
            Some(t) => dl.member_offset(&m.types, t, k as u64),
            None => None,
        };
        let (offset, shape) = match member {
            Some((off, ty)) => (off, ValueShape::of(&m.types, dl, ty)),
            None if ret.is_none() => (
                0,
                ValueShape {
                    bytes: 8,
                    float: false,
                },
            ),
            None => {
                return Err(AsmError::Template {
                    template: shown(&asm.template),
                    reason: format!("the result type has no member {k}"),
                });
            }
        };
        shapes.push(shape);
        results.push(ResultPlace {
            offset,
            bytes: shape.bytes.min(SLOT),
        });
    }
    if ret.is_none() {
        results.clear();
    }
    let snippet = compile(asm, isa, &site_args, &shapes)?;
    Ok(Site { snippet, results })
}

/// The value of an integer (or null) constant operand, sign-extended from its width.
fn const_int(m: &Module, op: Operand) -> Option<i64> {
    let Operand::Const(c) = op else { return None };
    let data = m.const_data(c);
    match (&data.kind, m.types.data(data.ty)) {
        (ConstKind::Int(v), TypeData::Int(bits)) if *bits <= 64 => {
            let sh = 64 - bits;
            Some(((*v as u64) << sh) as i64 >> sh)
        }
        (ConstKind::Null, _) => Some(0),
        _ => None,
    }
}
