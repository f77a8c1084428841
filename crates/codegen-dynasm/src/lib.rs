//! Native code generation with dynasm: lowers a `jit_core` [`Module`](jit_core::ir::Module)
//! to a relocatable [`CompiledObject`](jit_core::object::CompiledObject) for x86-64 (System V).
//!
//! # What it does
//! [`X64Backend`] implements [`jit_core::backend::Backend`]: every defined function becomes
//! position-independent machine code in one `.text` section; globals become `.data`,
//! `.rodata` and `.bss` sections laid out per the module's data layout. Every reference to a
//! symbol is a relocation: `Plt32` for calls (the linker adds stubs when out of reach),
//! `Pc32` (`lea reg, [rip+sym]`) for addresses of symbols defined in the same object,
//! `GotPcRel` (`mov reg, [rip+sym@GOTPCREL]`) for addresses of symbols defined elsewhere,
//! and `Abs64` for addresses in initialised data.
//!
//! # Two tiers
//! `OptLevel` 0 is **tier 0** (below): one pass per function, the fastest compile. `OptLevel`
//! 1–3 is the **optimizing tier** of [`machinst`] (instruction selection over virtual
//! registers, `regalloc2`, one driver for both ISAs, ISA parts in `x64::opt` and
//! `aarch64::opt`); a function it does not handle yet falls back to tier 0, so every level
//! compiles every module. The IR optimizer (`jit-opt`) runs before either tier at OptLevel
//! ≥ 1 in the engines; this crate only generates code. [`machinst`] says why OptLevel 0
//! stays a separate tier, with the measurements.
//!
//! # Vectors
//! Before either tier runs, `jit-legalize` rewrites vector code into per-lane scalar code,
//! except in the functions the backend keeps whole ([`Backend::keeps_vectors`]): on
//! x86-64 the optimizing tier selects SSE2 instructions for 128-bit vector code of the
//! forms `x64::opt::isel::vector` lists (clang's vectorized loops: arithmetic, splats,
//! loads and stores, reductions, min/max), and a function it then fails on after all is
//! compiled again, scalarized, by tier 0. AArch64 keeps no vectors yet.
//!
//! [`Backend::keeps_vectors`]: jit_core::backend::Backend::keeps_vectors
//!
//! # Tiered execution: counters and partial compiles
//! An engine can run a module as tier-0 code first and recompile its hot functions with the
//! optimizing tier later. The backends give it two things (the contract is in
//! `jit_core::backend`):
//! - **Tier-up counters** (`CodegenOptions::tier_counters: Some(t)`, see [`tierup`]): the
//!   object defines the local symbol `__jit_tier_counters` in `.data`, one little-endian
//!   `u32` per function of the module (indexed by `FuncId`, declarations included; the
//!   legalizer keeps the ids), each `t`. Every function tier 0 compiles decrements its
//!   counter on entry — after the prologue has stored the arguments in the frame — and at
//!   the top of every loop header (a block with a predecessor at or after it in layout
//!   order, or whose address is taken); when it reaches zero, a stub after the function
//!   calls `__jit_tier_up(&counter)` and comes back. The hot path is `sub dword
//!   [rip+counter], 1; je stub` on x86-64 and `adrp; ldr; subs; str; b.eq stub` on
//!   AArch64. Tier 0 keeps every value in its frame slot across blocks, so nothing is live in
//!   a caller-saved register there. Code of the optimizing tier does not count; with
//!   `None` the code is what it always was.
//! - **Partial compiles** (`Backend::compile_functions`): the same driver with a
//!   [`objbuild::Scope`] of some functions. They are defined under their IR names; every
//!   other function, global variable and alias is an undefined symbol under its IR name
//!   (internal and private ones too; a reference to an alias names its aliasee), and no
//!   module data is emitted (the backend's own constants and jump tables are). Undefined
//!   symbols are reached the way external ones always are — `Plt32` calls and `GotPcRel`
//!   addresses on x86-64, `Call26` and `AdrGotPage` + `Ld64GotLo12Nc` on AArch64 — so they
//!   may be anywhere. Refused: ids that are not functions with code here, functions whose
//!   blocks' addresses are taken, and code taking the address of a block of a function not
//!   compiled with it. Inside the new code a listed function's address is the new code's
//!   own: keeping function pointers canonical is the engine's part.
//!
//! # Tier 0
//! One linear pass per function, no IR transformation:
//! - every SSA value has its own stack slot below `rbp` (scalars zero-extended to 8 bytes,
//!   aggregates in memory layout); static allocas of the entry block are frame areas;
//! - each instruction loads operands into scratch registers, computes, and stores its result
//!   once; constants stay immediates; an `icmp` used only by the following branch becomes
//!   `cmp` + `jcc`; phis are parallel copies on each edge;
//! - a result left in `rax` is taken from there by the next instruction; its store is
//!   skipped when that instruction is its only use (no needless spill in straight-line
//!   code); values used by phis, in other blocks, more than once or by calls keep it;
//! - `rbp` frame pointers are always kept (NoFramePointerElim semantics), so debuggers and
//!   profilers can unwind;
//! - **`returns_twice` invariant**: no value is cached in a register across a call, so a
//!   second return from `setjmp` sees every value in memory (the optimizing tier leaves
//!   functions that call a `returns_twice` function to tier 0 for this reason).
//!
//! # System V ABI
//! The IR already carries clang's ABI lowering; the backend places each IR argument:
//! integers and pointers in `rdi, rsi, rdx, rcx, r8, r9`, `float`/`double`/`<2 x float>` in
//! `xmm0`–`xmm7`, `i128` in two GP registers, the rest in 8-byte stack slots; `byval(T)`
//! copies into the outgoing area (aligned per `align`); `sret` comes back in `rax`;
//! `signext`/`zeroext` are applied; small aggregate returns are classified per eightbyte
//! (`rax`/`rdx`, `xmm0`/`xmm1`); variadic calls set `%al`; the stack is 16-byte aligned at
//! every call. Variadic definitions spill the six GP and eight SSE argument registers to a
//! 176-byte register save area so `llvm.va_start` builds a real `va_list`.
//!
//! # Coverage
//! Integer arithmetic at widths 1–64 (odd widths kept zero-extended) and `i128`
//! (division through libgcc's `__divti3` family, float conversions through `__floattidf`
//! and `__fixdfti` and their kin); `float`/`double` with SSE2 (`frem` and rounding
//! functions through libm); every cast, `icmp`/`fcmp` (NaN-correct), `select`, `phi`,
//! `switch` (jump table when dense, binary search otherwise), `indirectbr` and
//! `blockaddress` (in code and in initializers, of any function of the module, and
//! distances between blocks), static and dynamic `alloca`,
//! loads and stores of scalars, odd widths and aggregates, `getelementptr`,
//! `extractvalue`/`insertvalue`, `<2 x float>` carriers (element access, shuffles,
//! arithmetic), `va_arg`, direct/indirect/variadic calls, and the intrinsics clang emits
//! for C (memory, varargs, stack save/restore, min/max/abs, bit counting, byte and bit
//! reversal, funnel shifts, overflow and saturating arithmetic, `is.fpclass`,
//! `load.relative`, libm functions, traps and no-ops). Constant expressions fold into
//! immediates or `lea`.
//!
//! What is not supported returns [`CodegenError::Unsupported`](jit_core::backend::CodegenError)
//! naming the function, the `file:line:col` and the construct: never wrong code. Vector
//! operations never reach the lowering: both backends first run `jit-legalize`, which
//! rewrites them into per-lane scalar code and leaves vectors only at ABI boundaries (read
//! and built with constant-lane `extractelement`/`insertelement`). Thread-local variables
//! are reached through a call to the engine's `__jit_tls_address` (emulated TLS). Not yet:
//! vector parameters and results wider than the small float carriers (x86-64: 8 bytes),
//! aggregates passed by value without `byval`, aggregate returns over 16 bytes without
//! `sret`, funnel shifts of
//! widths 33–63, `i128` switches and overflow intrinsics, `frameaddress`/`returnaddress`
//! of outer frames.
//!
//! # AArch64
//! [`A64Backend`] (module [`aarch64`]) is the same two-tier design; its tier 0, for AAPCS64 as clang lowers
//! it for `aarch64-linux-gnu`: frame records (`x29`/`x30`), every value in a slot below
//! `x29`, scratch registers only (no callee-saved register is used, so none is saved), the
//! same `returns_twice` invariant; `Call26` calls, `ADRP`+`ADD`/GOT pairs for addresses,
//! jump tables for dense switches. It runs on any host: [`elfwrite`] writes its objects as
//! ELF relocatable files (`jit compile --target aarch64`).
//!
//! # Source-level debug information
//! When the module has debug information (`Module::debug`, from clang's `-g` metadata),
//! every object carries [`CompiledObject::debug`](jit_core::object::CompiledObject::debug)
//! — both ISAs, both tiers, whole modules and the single-function compiles of tiering: a
//! line table per function with a subprogram (a prologue row at offset 0, then a row where
//! the innermost source position changes), the frame-pointer offsets of variables declared
//! on allocas with a fixed frame area, and their types. See [`debuginfo`]; without debug
//! information it costs a few tests per function and one of a local flag per instruction.
//!
//! [`objbuild`] holds the ISA-independent parts of building an object (symbols, data
//! sections, global initializers, aliases) that both backends use; [`blockaddr`] gives
//! `blockaddress` constants (computed `goto`) their labels and relocations.
//!
//! # What it does not do
//! Linking, memory placement and symbol resolution belong to the linker and the memory
//! managers.

pub mod aarch64;
pub mod blockaddr;
pub mod debuginfo;
mod eh;
pub mod elfwrite;
mod frame0;
pub mod machinst;
pub mod objbuild;
pub mod softfloat;
pub mod tierup;
pub mod timing;
pub mod unwind;
pub mod x64;

pub use aarch64::A64Backend;
pub use x64::X64Backend;

/// The code generator for `arch`: what the facade, the CLI and the filetests choose by.
pub fn backend_for(arch: jit_core::target::Arch) -> Box<dyn jit_core::backend::Backend> {
    match arch {
        jit_core::target::Arch::X86_64 => Box::new(X64Backend::new()),
        jit_core::target::Arch::AArch64 => Box::new(A64Backend::new()),
    }
}
