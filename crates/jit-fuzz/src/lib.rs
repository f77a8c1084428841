//! In-tree fuzzing of the jit workspace, on stable Rust and without cargo-fuzz.
//!
//! Four targets ([`Target`]), each a deterministic function of a seed:
//!
//! * `ll-reader`: `.ll` files of `tests/corpus` and `tests/filetests` mutated as text
//!   ([`mutate`]: byte flips, dictionary tokens, deletions, duplications, splices) must
//!   read to a module or an error, never a panic or a 10 s stall; what verifies must
//!   print and read back to the same print, and compile (not run) on the x86-64 or AArch64
//!   backend at -O0 or -O2 without a panic;
//! * `bitcode-reader`: the same for bitcode, with `jit-bitcode`'s own mutator and checks;
//! * `irgen`: random valid, UB-free modules ([`irgen`]) must survive the printer round trip
//!   and give the same `@fuzz_main` results on the interpreter (the oracle, at -O0 and
//!   -O2) and the native engine at -O0 to -O3; the other architecture's backend compiles
//!   them too;
//! * `executor-protocol`: generated executor sessions, mutated as bytes half the time, go
//!   through the `jit-remote` message decoders (no panic, canonical encoding) and an
//!   executor worker's request checks, whose answers a model of its memory judges
//!   (`jit_executor::fuzz`); no code runs.
//!
//! [`campaign`] runs a seed range or a time budget and collects [`Finding`]s. The
//! `jit-fuzz` binary is the command line behind `cargo xtask fuzz`; tests use the library
//! directly. It does not minimize findings, and does not guide mutations by coverage.

pub mod irgen;
pub mod mutate;
pub mod rng;
pub mod targets;

pub use targets::{Finding, FuzzError, Fuzzer, Stats, Target, campaign, seed_corpus};
