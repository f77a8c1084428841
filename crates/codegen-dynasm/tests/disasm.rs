//! Disassembly snapshots of small functions (iced-x86): catch wrong encodings and
//! needless work. Re-bless with `INSTA_UPDATE=always cargo test -p codegen-dynasm --test disasm`.

mod support;

use jit_core::ir::{BinaryOp, FunctionBuilder, IntPredicate, Type};
use support::build::{compile, define, module, phi_swap_function};
use support::disasm;

#[test]
fn phi_swap_loop() {
    let mut m = module();
    phi_swap_function(&mut m, None);
    let obj = compile(&m);
    insta::assert_snapshot!(disasm(&obj, "swap"));
}

use jit_core::ir::{CastOp, GlobalRef, Operand};
use support::build::declare;

/// `f(a: i8, b: i32) -> i32 = sext(a) * b + 7 >> 2` with a fused compare-and-branch.
#[test]
fn narrow_integers_and_fused_branch() {
    let mut m = module();
    let f = define(&mut m, "narrow", Type::I32, &[Type::I8, Type::I32]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    let t = b.create_block(None);
    let el = b.create_block(None);
    b.switch_to_block(e);
    let (a, x) = (b.param(0), b.param(1));
    let a32 = b.cast(CastOp::SExt, a, Type::I32);
    let p = b.binary(BinaryOp::Mul, a32, x);
    let seven = b.module().const_i32(7);
    let s = b.binary(BinaryOp::Add, p, seven);
    let two = b.module().const_i32(2);
    let sh = b.binary(BinaryOp::AShr, s, two);
    let zero = b.module().const_i32(0);
    let c = b.icmp(IntPredicate::Slt, sh, zero);
    b.cond_br(c, t, el);
    b.switch_to_block(t);
    b.ret(Some(zero.into()));
    b.switch_to_block(el);
    b.ret(Some(sh.into()));
    let obj = compile(&m);
    insta::assert_snapshot!(disasm(&obj, "narrow"));
}

/// Float arithmetic, a libm call for `frem`, and `printf` with `%al` set for varargs.
#[test]
fn floats_and_varargs_call() {
    let mut m = module();
    let printf = declare(&mut m, "printf", Type::I32, &[Type::PTR], true);
    let fmt = m.const_bytes(b"%f\n\0");
    let fty = m.const_data(fmt).ty;
    let g = m.add_global("fmt", fty, Some(fmt), true).unwrap();
    let f = define(&mut m, "show", Type::F64, &[Type::F64, Type::F64]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (x, y) = (b.param(0), b.param(1));
    let s = b.binary(BinaryOp::FMul, x, y);
    let r = b.binary(BinaryOp::FRem, s, y);
    let ga = b.module().const_addr(GlobalRef::Global(g));
    b.call_function(printf, &[ga.into(), r.into()]);
    b.ret(Some(r.into()));
    let obj = compile(&m);
    insta::assert_snapshot!(disasm(&obj, "show"));
}

/// A dense switch becomes a bounds check and a jump table of relative offsets.
#[test]
fn dense_switch_jump_table() {
    let mut m = module();
    let f = define(&mut m, "sw", Type::I32, &[Type::I32]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    let d = b.create_block(None);
    let cases: Vec<_> = (0..5).map(|_| b.create_block(None)).collect();
    b.switch_to_block(e);
    let x = b.param(0);
    let list: Vec<(u128, jit_core::ir::Block)> = cases
        .iter()
        .enumerate()
        .map(|(i, &c)| (10 + i as u128, c))
        .collect();
    b.switch(x, d, &list);
    for (i, &c) in cases.iter().enumerate() {
        b.switch_to_block(c);
        let v: Operand = b.module().const_i32(i as i32 * 3).into();
        b.ret(Some(v));
    }
    b.switch_to_block(d);
    let v: Operand = b.module().const_i32(-1).into();
    b.ret(Some(v));
    let obj = compile(&m);
    insta::assert_snapshot!(disasm(&obj, "sw"));
}

/// Stores to a slot in `[rbp - k]` (the prologue's parameter spills included).
fn slot_stores(text: &str) -> usize {
    text.lines().filter(|l| l.contains("mov [rbp-")).count()
}

/// `a = x+1; b = a*3; c = b-2; ret c`: each value's only use is the next instruction,
/// which takes it from `rax`, so only the parameter is stored to its slot.
#[test]
fn straight_line_chain_stays_in_rax() {
    let mut m = module();
    let f = define(&mut m, "chain", Type::I64, &[Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let x = b.param(0);
    let (k1, k3, k2) = (
        b.module().const_i64(1),
        b.module().const_i64(3),
        b.module().const_i64(2),
    );
    let a = b.binary(BinaryOp::Add, x, k1);
    let bb = b.binary(BinaryOp::Mul, a, k3);
    let c = b.binary(BinaryOp::Sub, bb, k2);
    b.ret(Some(c.into()));
    let obj = compile(&m);
    let text = disasm(&obj, "chain");
    assert_eq!(slot_stores(&text), 1, "{text}");
    insta::assert_snapshot!(text);
}

/// A value used twice, or used by a call, keeps its slot store even when the next
/// instruction is one of its uses.
#[test]
fn values_used_twice_or_by_calls_keep_their_slots() {
    let mut m = module();
    let g = declare(&mut m, "g", Type::I64, &[Type::I64], false);
    let f = define(&mut m, "keep", Type::I64, &[Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let x = b.param(0);
    let k1 = b.module().const_i64(1);
    let a = b.binary(BinaryOp::Add, x, k1); // used twice: stored
    let d = b.binary(BinaryOp::Mul, a, a); // used by the call: stored
    let r = b.call_function(g, &[d.into()]).1.expect("result");
    b.ret(Some(r.into()));
    let obj = compile(&m);
    let text = disasm(&obj, "keep");
    // x, a, d and the call's result.
    assert_eq!(slot_stores(&text), 4, "{text}");
}

/// `p[0] = p[1] + 1`: the address goes from `rax` to the load's base register, and the
/// sum is stored to memory straight from `rax`; no intermediate value touches its slot.
#[test]
fn gep_load_add_store_stays_in_registers() {
    let mut m = module();
    let f = define(&mut m, "bump", Type::VOID, &[Type::PTR]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let p = b.param(0);
    let one = b.module().const_i64(1);
    let q = b.gep(Type::I64, p, &[one.into()], true);
    let v = b.load(Type::I64, q);
    let w = b.binary(BinaryOp::Add, v, one);
    b.store(w, p);
    b.ret(None);
    let obj = compile(&m);
    let text = disasm(&obj, "bump");
    assert_eq!(
        slot_stores(&text),
        2,
        "the parameter and the loaded value: {text}"
    );
    insta::assert_snapshot!(text);
}

/// `indirectbr` from a block whose successors have phis: the target is compared with the
/// address of each successor with phis (`lea` of its label), whose edge copies run in a
/// stub. The target is one of the successors, so the last one with phis needs no test
/// when all have phis; otherwise the rest is a `jmp rax`.
#[test]
fn indirectbr_with_phis() {
    let text = format!(
        "target datalayout = \"{}\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n{}",
        codegen_dynasm::x64::X86_64_DATALAYOUT,
        r#"
define i64 @dispatch(i64 %n) {
entry:
  %t0 = select i1 true, ptr blockaddress(@dispatch, %loop), ptr blockaddress(@dispatch, %out)
  indirectbr ptr %t0, [label %loop, label %out]
loop:
  %i = phi i64 [ 0, %entry ], [ %j, %loop ]
  %a = phi i64 [ 1, %entry ], [ %b, %loop ]
  %b = phi i64 [ 2, %entry ], [ %a, %loop ]
  %j = add i64 %i, 1
  %c = icmp slt i64 %j, %n
  %t = select i1 %c, ptr blockaddress(@dispatch, %loop), ptr blockaddress(@dispatch, %out)
  indirectbr ptr %t, [label %loop, label %out]
out:
  %r = phi i64 [ 0, %entry ], [ %a, %loop ]
  ret i64 %r
}
"#
    );
    let m = jit_core::reader::parse_module(&text, "ibr.ll").unwrap();
    jit_core::verifier::verify_module(&m).unwrap();
    let obj = compile(&m);
    insta::assert_snapshot!(disasm(&obj, "dispatch"));
    let l = support::load(&obj);
    // SAFETY: the signature matches the IR.
    let f: extern "C" fn(i64) -> i64 = unsafe { l.func("dispatch") };
    assert_eq!([f(1), f(2), f(3), f(10)], [1, 2, 1, 2]);
}
