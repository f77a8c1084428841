//! Helpers for the unit tests: IR text in, a verified module out.

use jit_core::ir::{FuncId, Module};

/// Parses and verifies `text`; returns the module and its first defined function.
pub(crate) fn parse_body(text: &str) -> (Module, FuncId) {
    let m = jit_core::reader::parse_module(text, "test.ll").expect("test IR parses");
    jit_core::verifier::verify_module(&m).expect("test IR verifies");
    let f = m
        .functions
        .keys()
        .find(|&f| m.functions[f].body.is_some())
        .expect("a defined function");
    (m, f)
}
