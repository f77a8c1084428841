//! Helpers to build test modules with `FunctionBuilder` or from `.ll` text, for either ISA.

use codegen_dynasm::X64Backend;
use jit_core::backend::{Backend, CodegenOptions};
use jit_core::ir::{
    BinaryOp, CastOp, FuncId, FunctionBuilder, IntPredicate, Module, Operand, Type,
};
use jit_core::object::CompiledObject;

/// The target triple of the x86-64 tests.
pub const X64_TRIPLE: &str = "x86_64-unknown-linux-gnu";
/// The target triple of the AArch64 tests.
pub const A64_TRIPLE: &str = "aarch64-unknown-linux-gnu";

/// An empty module for `triple` with `datalayout`, read from `test.ll`.
pub fn module_for(triple: &str, datalayout: &str) -> Module {
    let mut m = Module::new("test");
    m.triple = Some(triple.into());
    m.datalayout = Some(datalayout.into());
    m.source_path = Some("test.ll".into());
    m
}

/// A module for x86-64 Linux.
pub fn module() -> Module {
    module_for(X64_TRIPLE, codegen_dynasm::x64::X86_64_DATALAYOUT)
}

/// A module for AArch64 Linux.
pub fn a64_module() -> Module {
    module_for(A64_TRIPLE, codegen_dynasm::aarch64::AARCH64_DATALAYOUT)
}

/// Reads `body` as `test.ll` for `triple` with `datalayout` and verifies it; panics with the
/// error.
pub fn parse_for(triple: &str, datalayout: &str, body: &str) -> Module {
    let text =
        format!("target datalayout = \"{datalayout}\"\ntarget triple = \"{triple}\"\n{body}");
    let m = jit_core::reader::parse_module(&text, "test.ll").unwrap_or_else(|e| panic!("{e}"));
    jit_core::verifier::verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    m
}

/// [`parse_for`] x86-64.
pub fn parse(body: &str) -> Module {
    parse_for(X64_TRIPLE, codegen_dynasm::x64::X86_64_DATALAYOUT, body)
}

/// [`parse_for`] AArch64.
pub fn parse_a64(body: &str) -> Module {
    parse_for(
        A64_TRIPLE,
        codegen_dynasm::aarch64::AARCH64_DATALAYOUT,
        body,
    )
}

/// Compiles with `backend` or panics with the error.
pub fn compile_with(backend: &dyn Backend, m: &Module) -> CompiledObject {
    backend
        .compile(m, &CodegenOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Compiles for x86-64 or panics with the error.
pub fn compile(m: &Module) -> CompiledObject {
    compile_with(&X64Backend, m)
}

/// Defines `name` with the given signature.
pub fn define(m: &mut Module, name: &str, ret: Type, params: &[Type]) -> FuncId {
    let ty = m.types.function(ret, params, false);
    m.define_function(name, ty).unwrap()
}

/// Declares `name`.
pub fn declare(m: &mut Module, name: &str, ret: Type, params: &[Type], varargs: bool) -> FuncId {
    let ty = m.types.function(ret, params, varargs);
    m.declare_function(name, ty).unwrap()
}

/// Defines `name(a: i64, b: i64) -> i64` = zext(body(trunc a, trunc b)) with the operands
/// truncated to `iW` (not at all when `w` is 64) and a result that is not `i64` zero-extended.
pub fn int_function(
    m: &mut Module,
    name: &str,
    w: u32,
    body: impl FnOnce(&mut FunctionBuilder<'_>, Operand, Operand, Type) -> Operand,
) {
    let ty = m.types.int(w);
    let f = define(m, name, Type::I64, &[Type::I64, Type::I64]);
    let mut b = FunctionBuilder::new(m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (p0, p1) = (b.param(0), b.param(1));
    let (x, y): (Operand, Operand) = if w == 64 {
        (p0.into(), p1.into())
    } else {
        (
            b.cast(CastOp::Trunc, p0, ty).into(),
            b.cast(CastOp::Trunc, p1, ty).into(),
        )
    };
    let r = body(&mut b, x, y, ty);
    let rty = b.operand_type(r);
    let out: Operand = if rty == Type::I64 {
        r
    } else {
        b.cast(CastOp::ZExt, r, Type::I64).into()
    };
    b.ret(Some(out));
}

/// Defines `add(i64, i64) -> i64`.
pub fn add_function(m: &mut Module) {
    let f = define(m, "add", Type::I64, &[Type::I64, Type::I64]);
    let mut b = FunctionBuilder::new(m, f);
    let e = b.create_block(Some("entry"));
    b.switch_to_block(e);
    let (x, y) = (b.param(0), b.param(1));
    let s = b.binary(BinaryOp::Add, x, y);
    b.ret(Some(s.into()));
}

/// Defines `sum(n) = 0 + 1 + ... + (n - 1)`: a loop counting up with phis on the header
/// and a fused compare-and-branch.
pub fn sum_function(m: &mut Module) {
    let f = define(m, "sum", Type::I64, &[Type::I64]);
    let mut b = FunctionBuilder::new(m, f);
    let entry = b.create_block(Some("entry"));
    let head = b.create_block(Some("head"));
    let body = b.create_block(Some("body"));
    let exit = b.create_block(Some("exit"));
    b.switch_to_block(entry);
    b.br(head);
    b.switch_to_block(head);
    let i = b.phi(Type::I64);
    let acc = b.phi(Type::I64);
    let n = b.param(0);
    let c = b.icmp(IntPredicate::Slt, i, n);
    b.cond_br(c, body, exit);
    b.switch_to_block(body);
    let acc2 = b.binary(BinaryOp::Add, acc, i);
    let one = b.module().const_i64(1);
    let i2 = b.binary(BinaryOp::Add, i, one);
    b.br(head);
    b.switch_to_block(exit);
    b.ret(Some(acc.into()));
    let zero = b.module().const_i64(0);
    b.add_phi_incoming(i, zero, entry);
    b.add_phi_incoming(i, i2, body);
    b.add_phi_incoming(acc, zero, entry);
    b.add_phi_incoming(acc, acc2, body);
}

/// Defines `swap(n)`: `(a, b) = (b, a)` with `(a, b)` starting at `(1, 2)`, repeated `n`
/// times by phis that must read each other's old value (a parallel copy); returns
/// `a * scale + b`, or `a + b` without a scale.
pub fn phi_swap_function(m: &mut Module, scale: Option<i64>) {
    let f = define(m, "swap", Type::I64, &[Type::I64]);
    let mut b = FunctionBuilder::new(m, f);
    let entry = b.create_block(None);
    let head = b.create_block(None);
    let exit = b.create_block(None);
    b.switch_to_block(entry);
    b.br(head);
    b.switch_to_block(head);
    let i = b.phi(Type::I64);
    let x = b.phi(Type::I64);
    let y = b.phi(Type::I64);
    let one = b.module().const_i64(1);
    let i2 = b.binary(BinaryOp::Add, i, one);
    let n = b.param(0);
    let c = b.icmp(IntPredicate::Slt, i2, n);
    b.cond_br(c, head, exit);
    b.switch_to_block(exit);
    let first: Operand = match scale {
        Some(k) => {
            let k = b.module().const_i64(k);
            b.binary(BinaryOp::Mul, x, k).into()
        }
        None => x.into(),
    };
    let r = b.binary(BinaryOp::Add, first, y);
    b.ret(Some(r.into()));
    let zero = b.module().const_i64(0);
    let (c1, c2) = (b.module().const_i64(1), b.module().const_i64(2));
    b.add_phi_incoming(i, zero, entry);
    b.add_phi_incoming(i, i2, head);
    b.add_phi_incoming(x, c1, entry);
    b.add_phi_incoming(x, y, head);
    b.add_phi_incoming(y, c2, entry);
    b.add_phi_incoming(y, x, head);
}

/// Defines `OP_W(a, b)` ([`int_function`]) for every operation of `ops` at every width of
/// `widths`; returns `(name, op, width)` of each.
pub fn binary_op_functions(
    m: &mut Module,
    widths: &[u32],
    ops: &[BinaryOp],
) -> Vec<(String, BinaryOp, u32)> {
    let mut names = Vec::new();
    for &w in widths {
        for &op in ops {
            let name = format!("{}_{w}", op.name());
            int_function(m, &name, w, |b, x, y, _| b.binary(op, x, y).into());
            names.push((name, op, w));
        }
    }
    names
}
