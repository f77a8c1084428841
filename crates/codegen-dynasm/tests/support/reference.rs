//! Reference semantics of the integer instructions at any width up to 64 bits, to check
//! compiled code against, and the widths and operations the tests sweep.

use jit_core::ir::{BinaryOp, IntPredicate};

/// Widths that exercise `i1`, byte, odd, half-register and full-register code paths.
pub const WIDTHS: [u32; 8] = [1, 8, 13, 16, 24, 32, 40, 64];

/// Operands: small, negative, extreme and wide values (truncated to each width).
pub const SAMPLES: [i64; 14] = [
    0,
    1,
    2,
    3,
    7,
    100,
    -1,
    -2,
    -100,
    i64::MAX,
    i64::MIN,
    0x1234_5678,
    0xdead_beef_cafe,
    -0x8000_0000,
];

/// The integer binary operations.
pub const OPS: [BinaryOp; 13] = [
    BinaryOp::Add,
    BinaryOp::Sub,
    BinaryOp::Mul,
    BinaryOp::And,
    BinaryOp::Or,
    BinaryOp::Xor,
    BinaryOp::Shl,
    BinaryOp::LShr,
    BinaryOp::AShr,
    BinaryOp::UDiv,
    BinaryOp::URem,
    BinaryOp::SDiv,
    BinaryOp::SRem,
];

/// The integer compare predicates.
pub const PREDS: [IntPredicate; 10] = [
    IntPredicate::Eq,
    IntPredicate::Ne,
    IntPredicate::Ugt,
    IntPredicate::Uge,
    IntPredicate::Ult,
    IntPredicate::Ule,
    IntPredicate::Sgt,
    IntPredicate::Sge,
    IntPredicate::Slt,
    IntPredicate::Sle,
];

/// The low `w` bits of `x`.
pub fn mask(w: u32, x: u128) -> u128 {
    if w >= 128 { x } else { x & ((1u128 << w) - 1) }
}

/// `x` as a signed `w`-bit number.
pub fn sx(w: u32, x: u128) -> i128 {
    let sh = 128 - w;
    ((x << sh) as i128) >> sh
}

/// `op` on the low `w` bits of `a` and `b`, zero-extended; `None` where the IR result is
/// poison or the operation is UB.
pub fn reference(op: BinaryOp, w: u32, a: i64, b: i64) -> Option<u64> {
    let (a, b) = (mask(w, a as u64 as u128), mask(w, b as u64 as u128));
    let r = match op {
        BinaryOp::Add => a.wrapping_add(b),
        BinaryOp::Sub => a.wrapping_sub(b),
        BinaryOp::Mul => a.wrapping_mul(b),
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        BinaryOp::Shl if b < u128::from(w) => a << b,
        BinaryOp::LShr if b < u128::from(w) => a >> b,
        BinaryOp::AShr if b < u128::from(w) => (sx(w, a) >> b) as u128,
        BinaryOp::UDiv if b != 0 => a / b,
        BinaryOp::URem if b != 0 => a % b,
        BinaryOp::SDiv | BinaryOp::SRem
            if b != 0 && !(sx(w, a) == -(1i128 << (w - 1)) && sx(w, b) == -1) =>
        {
            if op == BinaryOp::SDiv {
                (sx(w, a) / sx(w, b)) as u128
            } else {
                (sx(w, a) % sx(w, b)) as u128
            }
        }
        _ => return None,
    };
    Some(mask(w, r) as u64)
}

/// `icmp p` on the low `w` bits of `a` and `b`.
pub fn pred_ref(p: IntPredicate, w: u32, a: i64, b: i64) -> bool {
    let (a, b) = (mask(w, a as u64 as u128), mask(w, b as u64 as u128));
    let (sa, sb) = (sx(w, a), sx(w, b));
    match p {
        IntPredicate::Eq => a == b,
        IntPredicate::Ne => a != b,
        IntPredicate::Ugt => a > b,
        IntPredicate::Uge => a >= b,
        IntPredicate::Ult => a < b,
        IntPredicate::Ule => a <= b,
        IntPredicate::Sgt => sa > sb,
        IntPredicate::Sge => sa >= sb,
        IntPredicate::Slt => sa < sb,
        IntPredicate::Sle => sa <= sb,
    }
}

/// Calls each `(name, op, width)` function (an `fn(i64, i64) -> i64` found by `lookup`) on
/// every pair of `samples` (shift amounts reduced below the width) and compares with
/// [`reference`] wherever the result is defined; returns how many results were compared.
pub fn check_binary_ops(
    functions: &[(String, BinaryOp, u32)],
    samples: &[i64],
    mut lookup: impl FnMut(&str) -> extern "C" fn(i64, i64) -> i64,
) -> usize {
    let mut checked = 0;
    for (name, op, w) in functions {
        let f = lookup(name);
        for &a in samples {
            for &bv in samples {
                let bv = if matches!(op, BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr) {
                    bv.rem_euclid(i64::from(*w))
                } else {
                    bv
                };
                if let Some(want) = reference(*op, *w, a, bv) {
                    assert_eq!(f(a, bv) as u64, want, "{name}({a}, {bv})");
                    checked += 1;
                }
            }
        }
    }
    checked
}
