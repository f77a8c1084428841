//! Intrinsics and `i128` arithmetic checked against Rust reference semantics at several
//! widths, through the test loader.

mod support;

use jit_core::ir::{BinaryOp, CastOp, FunctionBuilder, IntPredicate, Operand, Type};
use support::build::{compile, declare, define, int_function, module};
use support::load;
use support::reference::{OPS, PREDS};

const SAMPLES: [i64; 12] = [
    0,
    1,
    2,
    7,
    100,
    -1,
    -2,
    -100,
    i64::MAX,
    i64::MIN,
    0x1234_5678_9abc,
    -0x8000_0000,
];

fn mask(w: u32, x: i128) -> u64 {
    if w >= 64 {
        x as u64
    } else {
        (x as u64) & ((1u64 << w) - 1)
    }
}
fn sx(w: u32, x: u64) -> i128 {
    let sh = 64 - w;
    (((x << sh) as i64) >> sh) as i128
}

fn intrinsic_call(b: &mut FunctionBuilder<'_>, name: &str, ret: Type, args: &[Operand]) -> Operand {
    let tys: Vec<Type> = args.iter().map(|a| b.operand_type(*a)).collect();
    let f = match b.module().function_by_name(name) {
        Some(f) => f,
        None => declare(b.module(), name, ret, &tys, false),
    };
    b.call_function(f, args).1.unwrap().into()
}

#[test]
fn overflow_saturating_and_bit_intrinsics() {
    let mut m = module();
    let widths = [8u32, 13, 16, 32, 40, 64];
    let ovf_ops = ["sadd", "uadd", "ssub", "usub", "smul", "umul"];
    let sat_ops = ["sadd", "uadd", "ssub", "usub"];
    let minmax = ["smax", "smin", "umax", "umin"];
    for &w in &widths {
        for op in ovf_ops {
            for part in [0u32, 1] {
                int_function(&mut m, &format!("{op}o{part}_{w}"), w, |b, x, y, ty| {
                    let st = b.module().types.struct_(&[ty, Type::I1], false);
                    let r =
                        intrinsic_call(b, &format!("llvm.{op}.with.overflow.i{w}"), st, &[x, y]);
                    let pty = if part == 0 { ty } else { Type::I1 };
                    b.extract_value(r, &[part], pty).into()
                });
            }
        }
        for op in sat_ops {
            int_function(&mut m, &format!("{op}s_{w}"), w, |b, x, y, ty| {
                intrinsic_call(b, &format!("llvm.{op}.sat.i{w}"), ty, &[x, y])
            });
        }
        for op in minmax {
            int_function(&mut m, &format!("{op}_{w}"), w, |b, x, y, ty| {
                intrinsic_call(b, &format!("llvm.{op}.i{w}"), ty, &[x, y])
            });
        }
        int_function(&mut m, &format!("abs_{w}"), w, |b, x, _, ty| {
            let f = b.module().const_int(Type::I1, 0);
            intrinsic_call(b, &format!("llvm.abs.i{w}"), ty, &[x, f.into()])
        });
        for op in ["ctpop", "bitreverse"] {
            int_function(&mut m, &format!("{op}_{w}"), w, |b, x, _, ty| {
                intrinsic_call(b, &format!("llvm.{op}.i{w}"), ty, &[x])
            });
        }
        for op in ["ctlz", "cttz"] {
            int_function(&mut m, &format!("{op}_{w}"), w, |b, x, _, ty| {
                let f = b.module().const_int(Type::I1, 0);
                intrinsic_call(b, &format!("llvm.{op}.i{w}"), ty, &[x, f.into()])
            });
        }
        if w % 16 == 0 {
            int_function(&mut m, &format!("bswap_{w}"), w, |b, x, _, ty| {
                intrinsic_call(b, &format!("llvm.bswap.i{w}"), ty, &[x])
            });
        }
        if matches!(w, 8 | 16 | 32 | 64) {
            for op in ["fshl", "fshr"] {
                int_function(&mut m, &format!("{op}_{w}"), w, |b, x, y, ty| {
                    let c = b.binary(BinaryOp::Xor, x, y);
                    intrinsic_call(b, &format!("llvm.{op}.i{w}"), ty, &[x, y, c.into()])
                });
            }
        }
    }
    let l = load(&compile(&m));
    let get = |name: &str| -> extern "C" fn(i64, i64) -> i64 {
        // SAFETY: every function above is (i64, i64) -> i64.
        unsafe { l.func(name) }
    };
    for &w in &widths {
        let smin = -(1i128 << (w - 1));
        let smax = (1i128 << (w - 1)) - 1;
        let umax = (1i128 << w) - 1;
        for &a0 in &SAMPLES {
            for &b0 in &SAMPLES {
                let (a, b) = (mask(w, a0 as i128), mask(w, b0 as i128));
                let (sa, sb) = (sx(w, a), sx(w, b));
                let (ua, ub) = (a as i128, b as i128);
                for op in ovf_ops {
                    let r = match op {
                        "sadd" => sa + sb,
                        "uadd" => ua + ub,
                        "ssub" => sa - sb,
                        "usub" => ua - ub,
                        "smul" => sa * sb,
                        _ => (a as u128).wrapping_mul(b as u128) as i128,
                    };
                    let ovf = match op {
                        "umul" => (a as u128) * (b as u128) > umax as u128,
                        _ if op.starts_with('s') => r < smin || r > smax,
                        _ => r < 0 || r > umax,
                    };
                    let tag = format!("{op}.with.overflow.i{w}({a:#x}, {b:#x})");
                    assert_eq!(
                        get(&format!("{op}o0_{w}"))(a0, b0) as u64,
                        mask(w, r),
                        "{tag}"
                    );
                    assert_eq!(
                        get(&format!("{op}o1_{w}"))(a0, b0),
                        ovf as i64,
                        "{tag} overflow"
                    );
                }
                for op in sat_ops {
                    let r = match op {
                        "sadd" => (sa + sb).clamp(smin, smax),
                        "ssub" => (sa - sb).clamp(smin, smax),
                        "uadd" => (ua + ub).min(umax),
                        _ => (ua - ub).max(0),
                    };
                    assert_eq!(
                        get(&format!("{op}s_{w}"))(a0, b0) as u64,
                        mask(w, r),
                        "{op}.sat.i{w}({a:#x}, {b:#x})"
                    );
                }
                for op in minmax {
                    let r = match op {
                        "smax" => sa.max(sb),
                        "smin" => sa.min(sb),
                        "umax" => ua.max(ub),
                        _ => ua.min(ub),
                    };
                    assert_eq!(
                        get(&format!("{op}_{w}"))(a0, b0) as u64,
                        mask(w, r),
                        "{op}.i{w}"
                    );
                }
                if matches!(w, 8 | 16 | 32 | 64) {
                    let c = ((a ^ b) % w as u64) as u32;
                    let wide = ((a as u128) << w) | b as u128;
                    let l = if c == 0 {
                        a
                    } else {
                        mask(w, ((wide << c) >> w) as i128)
                    };
                    let r = if c == 0 {
                        b
                    } else {
                        mask(w, (wide >> c) as i128)
                    };
                    assert_eq!(
                        get(&format!("fshl_{w}"))(a0, b0) as u64,
                        l,
                        "fshl.i{w}({a:#x}, {b:#x})"
                    );
                    assert_eq!(
                        get(&format!("fshr_{w}"))(a0, b0) as u64,
                        r,
                        "fshr.i{w}({a:#x}, {b:#x})"
                    );
                }
            }
            let a = mask(w, a0 as i128);
            assert_eq!(
                get(&format!("abs_{w}"))(a0, 0) as u64,
                mask(w, sx(w, a).abs()),
                "abs.i{w}({a:#x})"
            );
            assert_eq!(
                get(&format!("ctpop_{w}"))(a0, 0) as u32,
                a.count_ones(),
                "ctpop.i{w}"
            );
            assert_eq!(
                get(&format!("ctlz_{w}"))(a0, 0) as u32,
                a.leading_zeros() - (64 - w),
                "ctlz.i{w}({a:#x})"
            );
            assert_eq!(
                get(&format!("cttz_{w}"))(a0, 0) as u32,
                a.trailing_zeros().min(w),
                "cttz.i{w}({a:#x})"
            );
            assert_eq!(
                get(&format!("bitreverse_{w}"))(a0, 0) as u64,
                a.reverse_bits() >> (64 - w),
                "bitreverse.i{w}"
            );
            if w % 16 == 0 {
                assert_eq!(
                    get(&format!("bswap_{w}"))(a0, 0) as u64,
                    a.swap_bytes() >> (64 - w),
                    "bswap.i{w}"
                );
            }
        }
    }
}

#[test]
fn i128_arithmetic_and_compares() {
    let mut m = module();
    let i128t = Type::I128;
    for op in OPS {
        let f = define(&mut m, op.name(), i128t, &[i128t, i128t]);
        let mut b = FunctionBuilder::new(&mut m, f);
        let e = b.create_block(None);
        b.switch_to_block(e);
        let (x, y) = (b.param(0), b.param(1));
        let r = b.binary(op, x, y);
        b.ret(Some(r.into()));
    }
    for p in PREDS {
        let f = define(
            &mut m,
            &format!("icmp_{}", p.name()),
            Type::I32,
            &[i128t, i128t],
        );
        let mut b = FunctionBuilder::new(&mut m, f);
        let e = b.create_block(None);
        b.switch_to_block(e);
        let (x, y) = (b.param(0), b.param(1));
        let c = b.icmp(p, x, y);
        let z = b.cast(CastOp::ZExt, c, Type::I32);
        b.ret(Some(z.into()));
    }
    let l = load(&compile(&m));
    let vals: [i128; 9] = [
        0,
        1,
        -1,
        3,
        1 << 64,
        -(1 << 100),
        i128::MAX,
        i128::MIN,
        0x1234_5678_9abc_def0_1122_3344_5566_7788,
    ];
    for &a in &vals {
        for &b in &vals {
            for op in OPS {
                // SAFETY: (i128, i128) -> i128 as in the IR.
                let f: extern "C" fn(i128, i128) -> i128 = unsafe { l.func(op.name()) };
                let sh = (b as u128 % 128) as u32;
                let want = match op {
                    BinaryOp::Add => a.wrapping_add(b),
                    BinaryOp::Sub => a.wrapping_sub(b),
                    BinaryOp::Mul => a.wrapping_mul(b),
                    BinaryOp::And => a & b,
                    BinaryOp::Or => a | b,
                    BinaryOp::Xor => a ^ b,
                    BinaryOp::Shl => a << sh,
                    BinaryOp::LShr => ((a as u128) >> sh) as i128,
                    BinaryOp::AShr => a >> sh,
                    _ if b == 0 || (b == -1 && a == i128::MIN) => continue,
                    BinaryOp::UDiv => ((a as u128) / (b as u128)) as i128,
                    BinaryOp::URem => ((a as u128) % (b as u128)) as i128,
                    BinaryOp::SDiv => a / b,
                    _ => a % b,
                };
                let arg = if matches!(op, BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr) {
                    sh as i128
                } else {
                    b
                };
                assert_eq!(f(a, arg), want, "{} {a:#x} {arg:#x}", op.name());
            }
            for p in PREDS {
                // SAFETY: (i128, i128) -> i32 as in the IR.
                let f: extern "C" fn(i128, i128) -> i32 =
                    unsafe { l.func(&format!("icmp_{}", p.name())) };
                let (ua, ub) = (a as u128, b as u128);
                let want = match p {
                    IntPredicate::Eq => a == b,
                    IntPredicate::Ne => a != b,
                    IntPredicate::Ugt => ua > ub,
                    IntPredicate::Uge => ua >= ub,
                    IntPredicate::Ult => ua < ub,
                    IntPredicate::Ule => ua <= ub,
                    IntPredicate::Sgt => a > b,
                    IntPredicate::Sge => a >= b,
                    IntPredicate::Slt => a < b,
                    IntPredicate::Sle => a <= b,
                };
                assert_eq!(f(a, b), want as i32, "icmp {} {a:#x} {b:#x}", p.name());
            }
        }
    }
}

#[test]
fn libm_rounding_three_way_compares_and_frame_queries() {
    let mut m = module();
    let lround = declare(
        &mut m,
        "llvm.lround.i64.f64",
        Type::I64,
        &[Type::F64],
        false,
    );
    let ldexp = declare(
        &mut m,
        "llvm.ldexp.f64.i32",
        Type::F64,
        &[Type::F64, Type::I32],
        false,
    );
    let scmp = declare(
        &mut m,
        "llvm.scmp.i8.i32",
        Type::I8,
        &[Type::I32, Type::I32],
        false,
    );
    let ucmp = declare(
        &mut m,
        "llvm.ucmp.i8.i32",
        Type::I8,
        &[Type::I32, Type::I32],
        false,
    );
    let rounding = declare(&mut m, "llvm.get.rounding", Type::I32, &[], false);
    let frame = declare(
        &mut m,
        "llvm.frameaddress.p0",
        Type::PTR,
        &[Type::I32],
        false,
    );
    let objsize = declare(
        &mut m,
        "llvm.objectsize.i64.p0",
        Type::I64,
        &[Type::PTR, Type::I1, Type::I1, Type::I1],
        false,
    );
    // calc(x: double, n: i32, a: i32, b: i32) -> i64 packs the results.
    let f = define(
        &mut m,
        "calc",
        Type::I64,
        &[Type::F64, Type::I32, Type::I32, Type::I32],
    );
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let (x, n, p, q) = (b.param(0), b.param(1), b.param(2), b.param(3));
    let r1 = b.call_function(lround, &[x.into()]).1.unwrap();
    let y = b.call_function(ldexp, &[x.into(), n.into()]).1.unwrap();
    let r2 = b.cast(CastOp::FPToSI, y, Type::I64);
    let s = b.call_function(scmp, &[p.into(), q.into()]).1.unwrap();
    let u = b.call_function(ucmp, &[p.into(), q.into()]).1.unwrap();
    let s64 = b.cast(CastOp::SExt, s, Type::I64);
    let u64v = b.cast(CastOp::SExt, u, Type::I64);
    let rm = b.call_function(rounding, &[]).1.unwrap();
    let rm64 = b.cast(CastOp::ZExt, rm, Type::I64);
    let zero = b.module().const_i32(0);
    let fa = b.call_function(frame, &[zero.into()]).1.unwrap();
    let fai = b.cast(CastOp::PtrToInt, fa, Type::I64);
    let c15 = b.module().const_i64(15);
    let fa_mis = b.binary(BinaryOp::And, fai, c15);
    let f0 = b.module().const_int(Type::I1, 0);
    let os = b
        .call_function(objsize, &[fa.into(), f0.into(), f0.into(), f0.into()])
        .1
        .unwrap();
    // ((((r1 * 1000 + r2) * 10 + (s + 1)) * 10 + (u + 1)) * 10 + rm) * 100 + fa_mis + (os + 1)
    let mut acc: Operand = r1.into();
    for (k, v) in [
        (1000, r2),
        (10, s64),
        (10, u64v),
        (10, rm64),
        (100, fa_mis),
        (1, os),
    ] {
        let kc = b.module().const_i64(k);
        let t = b.binary(BinaryOp::Mul, acc, kc);
        acc = b.binary(BinaryOp::Add, t, v).into();
    }
    b.ret(Some(acc));
    let l = load(&compile(&m));
    // SAFETY: signature matches the IR.
    let calc: extern "C" fn(f64, i32, i32, i32) -> i64 = unsafe { l.func("calc") };
    let pack = |r1: i64, r2: i64, s: i64, u: i64| {
        ((((r1 * 1000 + r2) * 10 + s) * 10 + u) * 10 + 1) * 100 - 1
    };
    assert_eq!(calc(2.5, 3, -1, 1), pack(3, 20, -1, 1));
    assert_eq!(calc(-2.5, 1, 5, 5), pack(-3, -5, 0, 0));
    assert_eq!(calc(7.4, 0, 9, -3), pack(7, 7, 1, -1));
}
