//! Execution tests: builder-made functions compiled, loaded by the test loader and called.

mod support;

use jit_core::ir::{BinaryOp, CastOp, FunctionBuilder, IntPredicate, Operand, Type};
use support::build::{
    add_function, binary_op_functions, cast_function, compile, define, module, phi_swap_function,
    sum_function,
};
use support::load;
use support::reference::{OPS, PREDS, SAMPLES, WIDTHS, check_binary_ops, pred_ref};

#[test]
fn add_two_i64() {
    let mut m = module();
    add_function(&mut m);
    let obj = compile(&m);
    let l = load(&obj);
    // SAFETY: signature matches the IR.
    let add: extern "C" fn(i64, i64) -> i64 = unsafe { l.func("add") };
    assert_eq!(add(40, 2), 42);
    assert_eq!(add(-1, -1), -2);
}

#[test]
fn loop_with_phis() {
    // sum(n) = 0 + 1 + ... + (n-1) with a loop counting up, phis on the header.
    let mut m = module();
    sum_function(&mut m);
    let obj = compile(&m);
    let l = load(&obj);
    // SAFETY: signature matches the IR.
    let sum: extern "C" fn(i64) -> i64 = unsafe { l.func("sum") };
    assert_eq!(sum(0), 0);
    assert_eq!(sum(10), 45);
    assert_eq!(sum(1000), 499500);
}

/// `v` truncated to `ty` (an integer type no wider than `i64`).
fn trunc_to(b: &mut FunctionBuilder<'_>, v: jit_core::ir::Value, ty: Type) -> Operand {
    if ty == Type::I64 {
        v.into()
    } else {
        b.cast(CastOp::Trunc, v, ty).into()
    }
}

#[test]
fn integer_ops_at_every_width() {
    let mut m = module();
    let names = binary_op_functions(&mut m, &WIDTHS, &OPS);
    let obj = compile(&m);
    let l = load(&obj);
    // SAFETY: signature matches the IR.
    let checked = check_binary_ops(&names, &SAMPLES, |name| unsafe { l.func(name) });
    assert!(checked > 10_000);
}

#[test]
fn compares_set_and_branch() {
    let mut m = module();
    let mut names = Vec::new();
    for &w in &WIDTHS {
        let ty = m.types.int(w);
        for p in PREDS {
            // Value form: zext(icmp) — and branch form: br (icmp), ret 1, ret 0.
            for fused in [false, true] {
                let name = format!("{}_{w}_{fused}", p.name());
                let f = define(&mut m, &name, Type::I64, &[Type::I64, Type::I64]);
                let mut b = FunctionBuilder::new(&mut m, f);
                let e = b.create_block(None);
                b.switch_to_block(e);
                let (p0, p1) = (b.param(0), b.param(1));
                let x = trunc_to(&mut b, p0, ty);
                let y = trunc_to(&mut b, p1, ty);
                let c = b.icmp(p, x, y);
                if fused {
                    let t = b.create_block(None);
                    let el = b.create_block(None);
                    b.cond_br(c, t, el);
                    b.switch_to_block(t);
                    let one = b.module().const_i64(1);
                    b.ret(Some(one.into()));
                    b.switch_to_block(el);
                    let zero = b.module().const_i64(0);
                    b.ret(Some(zero.into()));
                } else {
                    let z = b.cast(CastOp::ZExt, c, Type::I64);
                    b.ret(Some(z.into()));
                }
                names.push((name, p, w));
            }
        }
    }
    let obj = compile(&m);
    let l = load(&obj);
    for (name, p, w) in &names {
        // SAFETY: signature matches the IR.
        let f: extern "C" fn(i64, i64) -> i64 = unsafe { l.func(name) };
        for &a in &SAMPLES {
            for &bv in &SAMPLES {
                assert_eq!(f(a, bv) != 0, pred_ref(*p, *w, a, bv), "{name}({a}, {bv})");
                assert_eq!(f(a, bv) as u64 >> 1, 0);
            }
        }
    }
}

#[test]
fn phi_swap_is_a_parallel_copy() {
    // (a, b) = (b, a) n times, return a * 1000 + b.
    let mut m = module();
    phi_swap_function(&mut m, Some(1000));
    let l = load(&compile(&m));
    // SAFETY: signature matches the IR.
    let f: extern "C" fn(i64) -> i64 = unsafe { l.func("swap") };
    assert_eq!(f(1), 1002);
    assert_eq!(f(2), 2001);
    assert_eq!(f(5), 1002);
    assert_eq!(f(6), 2001);
}

fn switch_module(cases: &[(u128, i64)], name: &str, m: &mut jit_core::ir::Module) {
    let f = define(m, name, Type::I64, &[Type::I32]);
    let mut b = FunctionBuilder::new(m, f);
    let entry = b.create_block(None);
    let dflt = b.create_block(None);
    let join = b.create_block(None);
    let mut targets = Vec::new();
    for _ in cases {
        targets.push(b.create_block(None));
    }
    b.switch_to_block(entry);
    let p = b.param(0);
    let list: Vec<(u128, jit_core::ir::Block)> = cases
        .iter()
        .zip(&targets)
        .map(|((v, _), t)| (*v, *t))
        .collect();
    b.switch(p, dflt, &list);
    for t in &targets {
        b.switch_to_block(*t);
        b.br(join);
    }
    b.switch_to_block(dflt);
    b.br(join);
    b.switch_to_block(join);
    let phi = b.phi(Type::I64);
    b.ret(Some(phi.into()));
    for ((_, r), t) in cases.iter().zip(&targets) {
        let c = b.module().const_i64(*r);
        b.add_phi_incoming(phi, c, *t);
    }
    let d = b.module().const_i64(-1);
    b.add_phi_incoming(phi, d, dflt);
}

#[test]
fn switch_dense_and_sparse() {
    let mut m = module();
    let dense: Vec<(u128, i64)> = (0..10).map(|i| (i as u128 + 3, i * 11)).collect();
    let sparse: Vec<(u128, i64)> = vec![(1, 5), (1000, 6), (0xffff_fff0, 7), (77, 8)];
    switch_module(&dense, "dense", &mut m);
    switch_module(&sparse, "sparse", &mut m);
    // Many sparse cases: a binary search.
    let many: Vec<(u128, i64)> = (0..60)
        .map(|i| ((i * i * 37 + 5) as u128 & 0xffff_ffff, i as i64))
        .collect();
    switch_module(&many, "many", &mut m);
    let obj = compile(&m);
    let l = load(&obj);
    // SAFETY: signatures match the IR.
    let (d, s): (extern "C" fn(i32) -> i64, extern "C" fn(i32) -> i64) =
        unsafe { (l.func("dense"), l.func("sparse")) };
    for x in -5..20 {
        let want = if (3..13).contains(&x) {
            (x as i64 - 3) * 11
        } else {
            -1
        };
        assert_eq!(d(x), want, "dense({x})");
    }
    assert_eq!(s(1), 5);
    assert_eq!(s(1000), 6);
    assert_eq!(s(-16), 7);
    assert_eq!(s(77), 8);
    assert_eq!(s(2), -1);
    // SAFETY: signature matches the IR.
    let mf: extern "C" fn(i32) -> i64 = unsafe { l.func("many") };
    for (v, r) in &many {
        assert_eq!(mf(*v as u32 as i32), *r);
        assert_eq!(mf(*v as u32 as i32 + 1), -1);
    }
    assert_eq!(mf(-1), -1);
}

#[test]
fn floats_and_conversions() {
    use jit_core::ir::FloatPredicate as P;
    let mut m = module();
    // f(a, b) = (a + b) * (a - b) / b
    let f = define(&mut m, "arith", Type::F64, &[Type::F64, Type::F64]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (x, y) = (b.param(0), b.param(1));
    let s = b.binary(BinaryOp::FAdd, x, y);
    let d = b.binary(BinaryOp::FSub, x, y);
    let p = b.binary(BinaryOp::FMul, s, d);
    let q = b.binary(BinaryOp::FDiv, p, y);
    b.ret(Some(q.into()));
    // g(a: float, b: float) = frem(a, b) + 0.5
    let g = define(&mut m, "fremf", Type::F32, &[Type::F32, Type::F32]);
    let mut b = FunctionBuilder::new(&mut m, g);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (x, y) = (b.param(0), b.param(1));
    let r = b.binary(BinaryOp::FRem, x, y);
    let half = b.module().const_f32(0.5);
    let r2 = b.binary(BinaryOp::FAdd, r, half);
    b.ret(Some(r2.into()));
    // Conversions.
    for (name, op, from, to) in [
        ("d2u64", CastOp::FPToUI, Type::F64, Type::I64),
        ("d2i32", CastOp::FPToSI, Type::F64, Type::I32),
        ("u642d", CastOp::UIToFP, Type::I64, Type::F64),
        ("u642f", CastOp::UIToFP, Type::I64, Type::F32),
        ("i82d", CastOp::SIToFP, Type::I8, Type::F64),
        ("f2d", CastOp::FPExt, Type::F32, Type::F64),
        ("d2f", CastOp::FPTrunc, Type::F64, Type::F32),
        ("f2u64", CastOp::FPToUI, Type::F32, Type::I64),
    ] {
        cast_function(&mut m, name, op, from, to);
    }
    // Every fcmp predicate, as zext i32.
    let preds = [
        P::Oeq,
        P::Ogt,
        P::Oge,
        P::Olt,
        P::Ole,
        P::One,
        P::Ord,
        P::Ueq,
        P::Ugt,
        P::Uge,
        P::Ult,
        P::Ule,
        P::Une,
        P::Uno,
    ];
    for p in preds {
        let f = define(
            &mut m,
            &format!("fcmp_{}", p.name()),
            Type::I32,
            &[Type::F64, Type::F64],
        );
        let mut b = FunctionBuilder::new(&mut m, f);
        let e = b.create_block(None);
        b.switch_to_block(e);
        let (x, y) = (b.param(0), b.param(1));
        let c = b.fcmp(p, x, y);
        let z = b.cast(CastOp::ZExt, c, Type::I32);
        b.ret(Some(z.into()));
    }
    let l = load(&compile(&m));
    // SAFETY: signatures match the IR.
    unsafe {
        let f: extern "C" fn(f64, f64) -> f64 = l.func("arith");
        assert_eq!(f(5.0, 2.0), 10.5);
        let g: extern "C" fn(f32, f32) -> f32 = l.func("fremf");
        assert_eq!(g(7.5, 2.0), 2.0);
        let d2u64: extern "C" fn(f64) -> u64 = l.func("d2u64");
        assert_eq!(d2u64(18446744073709549568.0), 18446744073709549568);
        assert_eq!(d2u64(12345.9), 12345);
        assert_eq!(d2u64(9.3e18), 9300000000000000000);
        let f2u64: extern "C" fn(f32) -> u64 = l.func("f2u64");
        assert_eq!(f2u64(1.0e19), 1.0e19f32 as u64);
        let d2i32: extern "C" fn(f64) -> i32 = l.func("d2i32");
        assert_eq!(d2i32(-7.9), -7);
        let u642d: extern "C" fn(u64) -> f64 = l.func("u642d");
        assert_eq!(u642d(u64::MAX), u64::MAX as f64);
        assert_eq!(
            u642d(0x8000_0000_0000_0401),
            0x8000_0000_0000_0401u64 as f64
        );
        assert_eq!(u642d(12), 12.0);
        let u642f: extern "C" fn(u64) -> f32 = l.func("u642f");
        assert_eq!(u642f(u64::MAX - 5), (u64::MAX - 5) as f32);
        let i82d: extern "C" fn(i8) -> f64 = l.func("i82d");
        assert_eq!(i82d(-3), -3.0);
        let f2d: extern "C" fn(f32) -> f64 = l.func("f2d");
        assert_eq!(f2d(1.5), 1.5);
        let d2f: extern "C" fn(f64) -> f32 = l.func("d2f");
        assert_eq!(d2f(0.1), 0.1f32);
        let vals = [0.0, -0.0, 1.0, -2.5, f64::NAN, f64::INFINITY];
        for p in preds {
            let f: extern "C" fn(f64, f64) -> i32 = l.func(&format!("fcmp_{}", p.name()));
            for &a in &vals {
                for &bv in &vals {
                    let uno = a.is_nan() || bv.is_nan();
                    let want = match p {
                        P::Oeq => a == bv,
                        P::Ogt => a > bv,
                        P::Oge => a >= bv,
                        P::Olt => a < bv,
                        P::Ole => a <= bv,
                        P::One => !uno && a != bv,
                        P::Ord => !uno,
                        P::Ueq => uno || a == bv,
                        P::Ugt => uno || a > bv,
                        P::Uge => uno || a >= bv,
                        P::Ult => uno || a < bv,
                        P::Ule => uno || a <= bv,
                        P::Une => uno || a != bv,
                        _ => uno,
                    };
                    assert_eq!(f(a, bv), want as i32, "fcmp {} {a} {bv}", p.name());
                }
            }
        }
    }
}

use jit_core::ir::{CallArg, ConstKind, GlobalRef, InstKind, Intrinsic, ParamAttrs, TailKind};
use support::build::declare;

/// Appends `call` with explicit per-argument attributes.
fn call_attrs(
    b: &mut FunctionBuilder<'_>,
    fn_ty: Type,
    callee: Operand,
    args: &[(Operand, ParamAttrs)],
) -> Option<jit_core::ir::Value> {
    let ret = b
        .module()
        .types
        .function_sig(fn_ty)
        .map_or(Type::VOID, |(r, _, _)| r);
    let kind = InstKind::Call {
        callee,
        fn_ty,
        args: args
            .iter()
            .map(|(value, attrs)| CallArg {
                value: *value,
                attrs: attrs.clone(),
            })
            .collect(),
        ret_attrs: ParamAttrs::default(),
        tail: TailKind::None,
    };
    b.ins(kind, ret).1
}

#[test]
fn libc_calls_recursion_and_varargs() {
    let mut m = module();
    let strlen = declare(&mut m, "strlen", Type::I64, &[Type::PTR], false);
    let snprintf = declare(
        &mut m,
        "snprintf",
        Type::I32,
        &[Type::PTR, Type::I64, Type::PTR],
        true,
    );
    let msg = m.const_bytes(b"hello, world\0");
    let g = m
        .add_global("msg", m.const_data(msg).ty, Some(msg), true)
        .unwrap();
    let fmt = m.const_bytes(b"%d-%s-%.2f-%ld-%c\0");
    let fty = m.const_data(fmt).ty;
    let gf = m.add_global("fmt", fty, Some(fmt), true).unwrap();
    m.globals[gf].linkage = jit_core::ir::Linkage::Private;

    // len() = strlen(@msg)
    let f = define(&mut m, "len", Type::I64, &[]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let addr = b.module().const_addr(GlobalRef::Global(g));
    let (_, r) = b.call_function(strlen, &[addr.into()]);
    b.ret(Some(r.unwrap().into()));

    // fmt(buf, n) = snprintf(buf, n, "%d-%s-%.2f-%ld-%c", -42, @msg, 2.5, 1<<40, 'x')
    let f = define(&mut m, "format", Type::I32, &[Type::PTR, Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (buf, n) = (b.param(0), b.param(1));
    let fa = b.module().const_addr(GlobalRef::Global(gf));
    let m42 = b.module().const_i32(-42);
    let d = b.module().const_f64(2.5);
    let big = b.module().const_i64(1 << 40);
    let ch = b.module().const_i32('x' as i32);
    let sty = b.module().functions[snprintf].ty;
    let callee = b.module().const_addr(GlobalRef::Function(snprintf));
    let (_, r) = b.call(
        sty,
        callee,
        &[
            buf.into(),
            n.into(),
            fa.into(),
            m42.into(),
            addr.into(),
            d.into(),
            big.into(),
            ch.into(),
        ],
    );
    b.ret(Some(r.unwrap().into()));

    // fib(n) recursive
    let fib = define(&mut m, "fib", Type::I32, &[Type::I32]);
    let mut b = FunctionBuilder::new(&mut m, fib);
    let e = b.create_block(None);
    let rec = b.create_block(None);
    let base = b.create_block(None);
    b.switch_to_block(e);
    let n = b.param(0);
    let two = b.module().const_i32(2);
    let c = b.icmp(IntPredicate::Slt, n, two);
    b.cond_br(c, base, rec);
    b.switch_to_block(base);
    b.ret(Some(n.into()));
    b.switch_to_block(rec);
    let one = b.module().const_i32(1);
    let n1 = b.binary(BinaryOp::Sub, n, one);
    let n2 = b.binary(BinaryOp::Sub, n, two);
    let (_, a) = b.call_function(fib, &[n1.into()]);
    let (_, c2) = b.call_function(fib, &[n2.into()]);
    let s = b.binary(BinaryOp::Add, a.unwrap(), c2.unwrap());
    b.ret(Some(s.into()));

    let l = load(&compile(&m));
    // SAFETY: signatures match the IR.
    unsafe {
        let len: extern "C" fn() -> i64 = l.func("len");
        assert_eq!(len(), 12);
        let format: extern "C" fn(*mut u8, i64) -> i32 = l.func("format");
        let mut buf = [0u8; 64];
        let n = format(buf.as_mut_ptr(), 64);
        let s = std::ffi::CStr::from_bytes_until_nul(&buf)
            .unwrap()
            .to_str()
            .unwrap();
        assert_eq!(s, "-42-hello, world-2.50-1099511627776-x");
        assert_eq!(n as usize, s.len());
        let fib: extern "C" fn(i32) -> i32 = l.func("fib");
        assert_eq!(fib(20), 6765);
    }
}

#[test]
fn struct_returns_sret_byval_and_stack_args() {
    let mut m = module();
    let pair = m.types.struct_(&[Type::I64, Type::I64], false);
    let dpair = m.types.struct_(&[Type::F64, Type::F64], false);
    let mixed = m.types.struct_(&[Type::I64, Type::F64], false);
    // mk(a, b) -> {i64, i64} {a, b}
    let mk = define(&mut m, "mk", pair, &[Type::I64, Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, mk);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let u = b.module().constant(pair, ConstKind::Undef);
    let (p0, p1) = (b.param(0), b.param(1));
    let s1 = b.insert_value(u, p0, &[0]);
    let s2 = b.insert_value(s1, p1, &[1]);
    b.ret(Some(s2.into()));
    // use_mk(a, b) = mk(a, b).0 * 10 + mk(a, b).1
    let use_mk = define(&mut m, "use_mk", Type::I64, &[Type::I64, Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, use_mk);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (p0, p1) = (b.param(0), b.param(1));
    let (_, r) = b.call_function(mk, &[p0.into(), p1.into()]);
    let r = r.unwrap();
    let x = b.extract_value(r, &[0], Type::I64);
    let y = b.extract_value(r, &[1], Type::I64);
    let ten = b.module().const_i64(10);
    let t = b.binary(BinaryOp::Mul, x, ten);
    let s = b.binary(BinaryOp::Add, t, y);
    b.ret(Some(s.into()));
    // dmk(a) -> {double, double} {a, a*2}; mixed(a, d) -> {i64, double}
    let dmk = define(&mut m, "dmk", dpair, &[Type::F64]);
    let mut b = FunctionBuilder::new(&mut m, dmk);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let a = b.param(0);
    let a2 = b.binary(BinaryOp::FAdd, a, a);
    let u = b.module().constant(dpair, ConstKind::Zero);
    let s1 = b.insert_value(u, a, &[0]);
    let s2 = b.insert_value(s1, a2, &[1]);
    b.ret(Some(s2.into()));
    let mx = define(&mut m, "mixed", mixed, &[Type::I64, Type::F64]);
    let mut b = FunctionBuilder::new(&mut m, mx);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (p0, p1) = (b.param(0), b.param(1));
    let u = b.module().constant(mixed, ConstKind::Undef);
    let s1 = b.insert_value(u, p0, &[0]);
    let s2 = b.insert_value(s1, p1, &[1]);
    b.ret(Some(s2.into()));

    // big struct { i64 x 4 } by sret and by byval; sum8(a..h: i64, s byval) uses stack args.
    let big = m.types.array(Type::I64, 4);
    let fill_ty = m.types.function(Type::VOID, &[Type::PTR, Type::I64], false);
    let fill = m.define_function("fill", fill_ty).unwrap();
    m.functions[fill].param_attrs[0].sret = Some(big);
    let mut b = FunctionBuilder::new(&mut m, fill);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (out, v) = (b.param(0), b.param(1));
    for i in 0..4 {
        let idx = b.module().const_i64(i);
        let zero = b.module().const_i64(0);
        let p = b.gep(big, out, &[zero.into(), idx.into()], true);
        let k = b.module().const_i64(i);
        let val = b.binary(BinaryOp::Add, v, k);
        b.store(val, p);
    }
    b.ret(None);
    let params: Vec<Type> = vec![Type::I64; 8].into_iter().chain([Type::PTR]).collect();
    let sum_ty = m.types.function(Type::I64, &params, false);
    let sum = m.define_function("sum_byval", sum_ty).unwrap();
    m.functions[sum].param_attrs[8].byval = Some(big);
    m.functions[sum].param_attrs[8].align = Some(8);
    let mut b = FunctionBuilder::new(&mut m, sum);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let mut acc: Operand = b.module().const_i64(0).into();
    for i in 0..8 {
        let p = b.param(i);
        let k = b.module().const_i64(1 << i);
        let t = b.binary(BinaryOp::Mul, p, k);
        acc = b.binary(BinaryOp::Add, acc, t).into();
    }
    let sp = b.param(8);
    for i in 0..4 {
        let zero = b.module().const_i64(0);
        let idx = b.module().const_i64(i);
        let p = b.gep(big, sp, &[zero.into(), idx.into()], true);
        let v = b.load(Type::I64, p);
        acc = b.binary(BinaryOp::Add, acc, v).into();
    }
    // Writing to the byval copy must not change the caller's struct.
    let zero = b.module().const_i64(0);
    b.store(zero, sp);
    b.ret(Some(acc));
    // driver(v) = fill into an alloca via sret, then sum_byval(1..8, that)
    let drv = define(&mut m, "driver", Type::I64, &[Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, drv);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let slot = b.alloca(big);
    let v = b.param(0);
    let fill_c = b.module().const_addr(GlobalRef::Function(fill));
    let sret = ParamAttrs {
        sret: Some(big),
        ..Default::default()
    };
    call_attrs(
        &mut b,
        fill_ty,
        fill_c.into(),
        &[(slot.into(), sret), (v.into(), ParamAttrs::default())],
    );
    let mut args: Vec<(Operand, ParamAttrs)> = (1..=8)
        .map(|i| (b.module().const_i64(i).into(), ParamAttrs::default()))
        .collect();
    args.push((
        slot.into(),
        ParamAttrs {
            byval: Some(big),
            align: Some(8),
            ..Default::default()
        },
    ));
    let sum_c = b.module().const_addr(GlobalRef::Function(sum));
    let r = call_attrs(&mut b, sum_ty, sum_c.into(), &args).unwrap();
    let zero = b.module().const_i64(0);
    let first = b.load(Type::I64, slot);
    let _ = zero;
    let million = b.module().const_i64(1_000_000);
    let t = b.binary(BinaryOp::Mul, first, million);
    let r2 = b.binary(BinaryOp::Add, r, t);
    b.ret(Some(r2.into()));

    // second_char() = extractvalue c"abc\00", 1 (a constant aggregate operand)
    let f = define(&mut m, "second_char", Type::I8, &[]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let s = b.module().const_bytes(b"abc\0");
    let ch = b.extract_value(s, &[1], Type::I8);
    b.ret(Some(ch.into()));

    let l = load(&compile(&m));
    // SAFETY: signature matches the IR.
    let second_char: extern "C" fn() -> u8 = unsafe { l.func("second_char") };
    assert_eq!(second_char(), b'b');
    #[repr(C)]
    #[derive(Debug, PartialEq)]
    struct Pair(i64, i64);
    #[repr(C)]
    #[derive(Debug, PartialEq)]
    struct DPair(f64, f64);
    #[repr(C)]
    #[derive(Debug, PartialEq)]
    struct Mixed(i64, f64);
    #[repr(C)]
    struct Big([i64; 4]);
    // SAFETY: signatures match the IR.
    unsafe {
        let mkf: extern "C" fn(i64, i64) -> Pair = l.func("mk");
        assert_eq!(mkf(3, -4), Pair(3, -4));
        let use_mk: extern "C" fn(i64, i64) -> i64 = l.func("use_mk");
        assert_eq!(use_mk(4, 2), 42);
        let dmk: extern "C" fn(f64) -> DPair = l.func("dmk");
        assert_eq!(dmk(1.25), DPair(1.25, 2.5));
        let mixed: extern "C" fn(i64, f64) -> Mixed = l.func("mixed");
        assert_eq!(mixed(7, 0.5), Mixed(7, 0.5));
        let fill: extern "C" fn(i64) -> Big = l.func("fill");
        assert_eq!(fill(10).0, [10, 11, 12, 13]);
        let sumf: extern "C" fn(i64, i64, i64, i64, i64, i64, i64, i64, Big) -> i64 =
            l.func("sum_byval");
        let want: i64 = (1..=8).map(|i: i64| i << (i - 1)).sum::<i64>() + 100 + 101 + 102 + 103;
        assert_eq!(
            sumf(1, 2, 3, 4, 5, 6, 7, 8, Big([100, 101, 102, 103])),
            want
        );
        let driver: extern "C" fn(i64) -> i64 = l.func("driver");
        assert_eq!(driver(100), want + 100 * 1_000_000);
    }
}

#[test]
fn variadic_definition_builds_a_real_va_list() {
    // fmt_v(buf, n, fmt, ...) { va_list ap; va_start(ap); r = vsnprintf(buf, n, fmt, ap); va_end(ap); return r }
    let mut m = module();
    let vsn = declare(
        &mut m,
        "vsnprintf",
        Type::I32,
        &[Type::PTR, Type::I64, Type::PTR, Type::PTR],
        false,
    );
    let vs = declare(&mut m, "llvm.va_start.p0", Type::VOID, &[Type::PTR], false);
    let ve = declare(&mut m, "llvm.va_end.p0", Type::VOID, &[Type::PTR], false);
    let vc = declare(
        &mut m,
        "llvm.va_copy.p0",
        Type::VOID,
        &[Type::PTR, Type::PTR],
        false,
    );
    assert_eq!(m.functions[vs].intrinsic, Some(Intrinsic::VaStart));
    let ty = m
        .types
        .function(Type::I32, &[Type::PTR, Type::I64, Type::PTR], true);
    let f = m.define_function("fmt_v", ty).unwrap();
    let va_list = m.types.array(Type::I8, 24);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let ap = b.alloca(va_list);
    let ap2 = b.alloca(va_list);
    b.call_function(vs, &[ap.into()]);
    b.call_function(vc, &[ap2.into(), ap.into()]);
    let (buf, n, fmt) = (b.param(0), b.param(1), b.param(2));
    let (_, r) = b.call_function(vsn, &[buf.into(), n.into(), fmt.into(), ap2.into()]);
    b.call_function(ve, &[ap.into()]);
    b.ret(Some(r.unwrap().into()));
    let l = load(&compile(&m));
    // SAFETY: signature matches the IR (a C variadic function).
    unsafe {
        let f: unsafe extern "C" fn(*mut u8, i64, *const u8, ...) -> i32 = l.func("fmt_v");
        let mut buf = [0u8; 128];
        let fmt =
            c"%d %s %.3f %ld %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f".as_ptr();
        f(
            buf.as_mut_ptr(),
            128,
            fmt.cast(),
            1i32,
            c"two".as_ptr(),
            3.0f64,
            4i64,
            5i32,
            6i32,
            7i32,
            8i32,
            1.0f64,
            2.0f64,
            3.0f64,
            4.0f64,
            5.0f64,
            6.0f64,
            7.0f64,
            8.0f64,
            9.0f64,
        );
        let s = std::ffi::CStr::from_bytes_until_nul(&buf)
            .unwrap()
            .to_str()
            .unwrap();
        assert_eq!(
            s,
            "1 two 3.000 4 5 6 7 8 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 9.0"
        );
    }
}

#[test]
fn globals_allocas_memory_intrinsics_and_select() {
    use jit_core::ir::Linkage;
    let mut m = module();
    // @counter = global i32 5; @table = constant [3 x ptr] [@counter, @counter+4, null]
    let five = m.const_i32(5);
    let counter = m
        .add_global("counter", Type::I32, Some(five), false)
        .unwrap();
    let arr = m.types.array(Type::PTR, 3);
    let addr = m.const_addr(GlobalRef::Global(counter));
    let four = m.const_i64(4);
    let gep = m.constant(
        Type::PTR,
        ConstKind::Expr(jit_core::ir::ConstExpr::Gep {
            source_ty: Type::I8,
            base: addr,
            indices: vec![four].into(),
            inbounds: true,
        }),
    );
    let null = m.const_null();
    let init = m.constant(arr, ConstKind::Aggregate(vec![addr, gep, null].into()));
    let table = m.add_global("table", arr, Some(init), true).unwrap();
    m.globals[table].linkage = Linkage::Internal;
    let zero_init = m.constant(arr, ConstKind::Zero);
    m.add_global("zeros", arr, Some(zero_init), false).unwrap();
    let memcpy = declare(
        &mut m,
        "llvm.memcpy.p0.p0.i64",
        Type::VOID,
        &[Type::PTR, Type::PTR, Type::I64, Type::I1],
        false,
    );
    let memset = declare(
        &mut m,
        "llvm.memset.p0.i64",
        Type::VOID,
        &[Type::PTR, Type::I8, Type::I64, Type::I1],
        false,
    );
    let ssave = declare(&mut m, "llvm.stacksave.p0", Type::PTR, &[], false);
    let srest = declare(
        &mut m,
        "llvm.stackrestore.p0",
        Type::VOID,
        &[Type::PTR],
        false,
    );

    // bump(): *table[0] += 1; return *(ptr)table[0] + (table[1] - table[0])
    let f = define(&mut m, "bump", Type::I64, &[]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let taddr = b.module().const_addr(GlobalRef::Global(table));
    let p0 = b.load(Type::PTR, taddr);
    let c8 = b.module().const_i64(8);
    let t1 = b.gep(Type::I8, taddr, &[c8.into()], true);
    let p1 = b.load(Type::PTR, t1);
    let v = b.load(Type::I32, p0);
    let one = b.module().const_i32(1);
    let v2 = b.binary(BinaryOp::Add, v, one);
    b.store(v2, p0);
    let i0 = b.cast(CastOp::PtrToInt, p0, Type::I64);
    let i1 = b.cast(CastOp::PtrToInt, p1, Type::I64);
    let d = b.binary(BinaryOp::Sub, i1, i0);
    let v64 = b.cast(CastOp::SExt, v2, Type::I64);
    let r = b.binary(BinaryOp::Add, v64, d);
    b.ret(Some(r.into()));

    // vla(n): sp = stacksave; p = alloca i8, n; memset(p, 7, n); q = alloca [16 x i8];
    // memcpy(q, p, 16 min n) ; s = sum of q[0..4]; stackrestore(sp); return select(n > 3, s, -1)
    let f = define(&mut m, "vla", Type::I64, &[Type::I64]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let q_ty = b.module().types.array(Type::I8, 16);
    let q = b.alloca(q_ty);
    let n = b.param(0);
    let (_, sp) = b.call_function(ssave, &[]);
    let p = b
        .ins(
            InstKind::Alloca {
                ty: Type::I8,
                count: n.into(),
                align: 32,
            },
            Type::PTR,
        )
        .1
        .unwrap();
    let seven = b.module().const_int(Type::I8, 7);
    let f0 = b.module().const_int(Type::I1, 0);
    b.call_function(memset, &[p.into(), seven.into(), n.into(), f0.into()]);
    let sixteen = b.module().const_i64(16);
    let lt = b.icmp(IntPredicate::Ult, n, sixteen);
    let len = b.select(lt, n, sixteen);
    b.call_function(memcpy, &[q.into(), p.into(), len.into(), f0.into()]);
    let mut acc: Operand = b.module().const_i64(0).into();
    for i in 0..4 {
        let idx = b.module().const_i64(i);
        let a = b.gep(Type::I8, q, &[idx.into()], true);
        let byte = b.load(Type::I8, a);
        let w = b.cast(CastOp::ZExt, byte, Type::I64);
        acc = b.binary(BinaryOp::Add, acc, w).into();
    }
    // The VLA is 32-byte aligned.
    let pi = b.cast(CastOp::PtrToInt, p, Type::I64);
    let c31 = b.module().const_i64(31);
    let mis = b.binary(BinaryOp::And, pi, c31);
    let acc2 = b.binary(BinaryOp::Add, acc, mis);
    b.call_function(srest, &[sp.unwrap().into()]);
    let three = b.module().const_i64(3);
    let gt = b.icmp(IntPredicate::Ugt, n, three);
    let m1 = b.module().const_i64(-1);
    let r = b.select(gt, acc2, m1);
    b.ret(Some(r.into()));

    let obj = compile(&m);
    assert!(
        obj.symbols
            .iter()
            .any(|s| s.name == "table" && s.binding == jit_core::object::Binding::Local)
    );
    let l = load(&obj);
    // SAFETY: signatures match the IR; `counter`/`zeros` are data symbols of those types.
    unsafe {
        let bump: extern "C" fn() -> i64 = l.func("bump");
        assert_eq!(bump(), 6 + 4);
        assert_eq!(bump(), 7 + 4);
        assert_eq!(*(l.addr("counter") as *const i32), 7);
        assert_eq!(*(l.addr("zeros") as *const [u64; 3]), [0, 0, 0]);
        let vla: extern "C" fn(i64) -> i64 = l.func("vla");
        for _ in 0..3 {
            assert_eq!(vla(100), 28);
            assert_eq!(vla(2), -1);
        }
    }
}

#[test]
fn unsupported_constructs_name_function_and_location() {
    use codegen_dynasm::X64Backend;
    use jit_core::backend::{Backend, CodegenError, CodegenOptions};
    use jit_core::ir::SrcLoc;
    // Vectors travel in SSE registers; a result wider than xmm0-xmm3 has no home.
    let mut m = module();
    let v32 = m.types.vector(Type::I32, 32);
    let f = define(&mut m, "vec_add", v32, &[v32, v32]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (x, y) = (b.param(0), b.param(1));
    let v = b.binary(BinaryOp::Add, x, y);
    b.ret(Some(v.into()));
    let err = X64Backend
        .compile(&m, &CodegenOptions::default())
        .unwrap_err();
    assert_eq!(
        err,
        CodegenError::Unsupported {
            function: "vec_add".into(),
            location: "test.ll:0:0".into(),
            message: "returning `<32 x i32>` (more than 64 bytes of vector)".into()
        }
    );
    // The same operation on vectors in memory is scalarized (jit-legalize); a vector
    // operation the legalizer does not rewrite fails at the instruction, with its location.
    let mut m = module();
    let v4 = m.types.vector(Type::I32, 4);
    let f = define(&mut m, "vec_add", Type::VOID, &[Type::PTR, Type::PTR]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    b.set_loc(SrcLoc { line: 7, col: 9 });
    let (p, q) = (b.param(0), b.param(1));
    let x = b.load(v4, p);
    let v = b.binary(BinaryOp::Add, x, x);
    b.store(v, q);
    b.ret(None);
    assert!(X64Backend.compile(&m, &CodegenOptions::default()).is_ok());
    let masked_ty = m.types.function(v4, &[Type::PTR, v4, v4], false);
    let masked = m
        .declare_function("llvm.masked.expandload.v4i32", masked_ty)
        .expect("declared");
    let g = define(&mut m, "vec_masked", Type::VOID, &[Type::PTR]);
    let mut b = FunctionBuilder::new(&mut m, g);
    let e = b.create_block(None);
    b.switch_to_block(e);
    b.set_loc(SrcLoc { line: 8, col: 3 });
    let p = b.param(0);
    let x = b.load(v4, p);
    b.call_function(masked, &[p.into(), x.into(), x.into()]);
    b.ret(None);
    let err = X64Backend
        .compile(&m, &CodegenOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "test.ll:8:3: in function `@vec_masked`: unsupported: intrinsic `llvm.masked.expandload.v4i32`"
    );

    let mut m = module();
    m.triple = Some("aarch64-unknown-linux-gnu".into());
    assert!(matches!(
        X64Backend.compile(&m, &CodegenOptions::default()),
        Err(CodegenError::WrongTarget { .. })
    ));
}

#[test]
fn odd_width_memory_accesses() {
    // f_N(x, which): buf = [-1, -1] (i64); store trunc x to iN at buf+1;
    // which == 0 -> zext(load iN, buf+1), else -> load i64 buf (neighbours intact?)
    let mut m = module();
    let widths = [1u32, 8, 12, 17, 24, 40, 48, 56, 64];
    for &w in &widths {
        let ty = m.types.int(w);
        let f = define(
            &mut m,
            &format!("mem_{w}"),
            Type::I64,
            &[Type::I64, Type::I64],
        );
        let mut b = FunctionBuilder::new(&mut m, f);
        let e = b.create_block(None);
        b.switch_to_block(e);
        let arr = b.module().types.array(Type::I64, 2);
        let buf = b.alloca(arr);
        let m1 = b.module().const_i64(-1);
        b.store(m1, buf);
        let c8 = b.module().const_i64(8);
        let hi = b.gep(Type::I8, buf, &[c8.into()], true);
        b.store(m1, hi);
        let c1 = b.module().const_i64(1);
        let at = b.gep(Type::I8, buf, &[c1.into()], true);
        let x = b.param(0);
        let t: Operand = if w == 64 {
            x.into()
        } else {
            b.cast(CastOp::Trunc, x, ty).into()
        };
        b.store(t, at);
        let back = b.load(ty, at);
        let z: Operand = if w == 64 {
            back.into()
        } else {
            b.cast(CastOp::ZExt, back, Type::I64).into()
        };
        let whole = b.load(Type::I64, buf);
        let which = b.param(1);
        let zero = b.module().const_i64(0);
        let c = b.icmp(IntPredicate::Eq, which, zero);
        let r = b.select(c, z, whole);
        b.ret(Some(r.into()));
    }
    let l = load(&compile(&m));
    for &w in &widths {
        // SAFETY: (i64, i64) -> i64 as in the IR.
        let f: extern "C" fn(i64, i64) -> i64 = unsafe { l.func(&format!("mem_{w}")) };
        let bytes = w.div_ceil(8);
        for x in [0i64, 1, -1, 0x0123_4567_89ab_cdef, 0x5a5a_5a5a_5a5a_5a5a] {
            let want = (x as u64) & if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
            assert_eq!(f(x, 0) as u64, want, "load i{w} after store {x:#x}");
            // Byte 0 and the bytes after the stored ones keep 0xff.
            let whole = f(x, 1) as u64;
            let stored_mask: u64 = if bytes >= 7 {
                !0xff
            } else {
                ((1u64 << (8 * bytes)) - 1) << 8
            };
            let mem_bytes = (x as u64) << 8;
            let want_whole = !stored_mask | (mem_bytes & stored_mask);
            if w % 8 == 0 {
                assert_eq!(whole, want_whole, "bytes around i{w} store of {x:#x}");
            } else {
                assert_eq!(
                    whole & !stored_mask,
                    !stored_mask,
                    "bytes around i{w} store"
                );
            }
        }
    }
}

#[test]
fn va_arg_instruction_and_i128_float_conversions() {
    // pick(n, ...) = sum of 7 i64 va_args + (i64) sum of 9 double va_args
    let mut m = module();
    let vs = declare(&mut m, "llvm.va_start.p0", Type::VOID, &[Type::PTR], false);
    let ty = m.types.function(Type::I64, &[Type::I32], true);
    let f = m.define_function("pick", ty).unwrap();
    let va_list = m.types.array(Type::I8, 24);
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let ap = b.alloca(va_list);
    b.call_function(vs, &[ap.into()]);
    let mut acc: Operand = b.module().const_i64(0).into();
    for _ in 0..7 {
        let v = b
            .ins(InstKind::VaArg { list: ap.into() }, Type::I64)
            .1
            .unwrap();
        acc = b.binary(BinaryOp::Add, acc, v).into();
    }
    let mut dacc: Operand = b.module().const_f64(0.0).into();
    for _ in 0..9 {
        let v = b
            .ins(InstKind::VaArg { list: ap.into() }, Type::F64)
            .1
            .unwrap();
        dacc = b.binary(BinaryOp::FAdd, dacc, v).into();
    }
    let di = b.cast(CastOp::FPToSI, dacc, Type::I64);
    let r = b.binary(BinaryOp::Add, acc, di);
    b.ret(Some(r.into()));
    for (name, op, from, to) in [
        ("i128_to_d", CastOp::SIToFP, Type::I128, Type::F64),
        ("u128_to_f", CastOp::UIToFP, Type::I128, Type::F32),
        ("d_to_i128", CastOp::FPToSI, Type::F64, Type::I128),
        ("d_to_u128", CastOp::FPToUI, Type::F64, Type::I128),
    ] {
        cast_function(&mut m, name, op, from, to);
    }
    let l = load(&compile(&m));
    // SAFETY: signatures match the IR.
    unsafe {
        let pick: unsafe extern "C" fn(i32, ...) -> i64 = l.func("pick");
        let r = pick(
            0, 1i64, 2i64, 3i64, 4i64, 5i64, 6i64, 7i64, 0.5f64, 1.5f64, 2.0f64, 3.0f64, 4.0f64,
            5.0f64, 6.0f64, 7.0f64, 8.0f64,
        );
        assert_eq!(r, 28 + 37);
        let f: extern "C" fn(i128) -> f64 = l.func("i128_to_d");
        assert_eq!(f(-(1i128 << 100)), -(2f64.powi(100)));
        let f: extern "C" fn(u128) -> f32 = l.func("u128_to_f");
        assert_eq!(f(u128::MAX), u128::MAX as f32);
        let f: extern "C" fn(f64) -> i128 = l.func("d_to_i128");
        assert_eq!(f(-1.5e30), -1.5e30f64 as i128);
        let f: extern "C" fn(f64) -> u128 = l.func("d_to_u128");
        assert_eq!(f(3.0e38), 3.0e38f64 as u128);
    }
}

#[test]
fn huge_switch_into_one_phi_compiles_linearly() {
    // 40,000 sparse cases, each through its own block into one join phi.
    let n = 40_000u32;
    let mut m = module();
    let f = define(&mut m, "huge", Type::I64, &[Type::I32]);
    let mut b = FunctionBuilder::new(&mut m, f);
    let entry = b.create_block(None);
    let dflt = b.create_block(None);
    let join = b.create_block(None);
    let blocks: Vec<_> = (0..n).map(|_| b.create_block(None)).collect();
    b.switch_to_block(entry);
    let p = b.param(0);
    let cases: Vec<(u128, jit_core::ir::Block)> = blocks
        .iter()
        .enumerate()
        .map(|(i, &bl)| (i as u128 * 7, bl))
        .collect();
    b.switch(p, dflt, &cases);
    for &bl in &blocks {
        b.switch_to_block(bl);
        b.br(join);
    }
    b.switch_to_block(dflt);
    b.br(join);
    b.switch_to_block(join);
    let phi = b.phi(Type::I64);
    b.ret(Some(phi.into()));
    for (i, &bl) in blocks.iter().enumerate() {
        let c = b.module().const_i64(i as i64 * 3);
        b.add_phi_incoming(phi, c, bl);
    }
    let d = b.module().const_i64(-1);
    b.add_phi_incoming(phi, d, dflt);
    let t = std::time::Instant::now();
    let obj = compile(&m);
    let dt = t.elapsed();
    assert!(
        dt.as_secs_f64() < 5.0,
        "compiling a {n}-case switch took {dt:?}"
    );
    let l = load(&obj);
    // SAFETY: signature matches the IR.
    let f: extern "C" fn(i32) -> i64 = unsafe { l.func("huge") };
    for i in [0, 1, 2, 999, 20_000, 39_999] {
        assert_eq!(f(i * 7), i as i64 * 3);
        assert_eq!(f(i * 7 + 1), -1);
    }
    assert_eq!(f(-7), -1);
}
