//! `instcombine` (and `instsimplify`): folds each instruction to a constant or an operand it
//! already has when it can ([`crate::fold::simplify`]), and otherwise rewrites it in place
//! into a simpler or canonical form. `instsimplify` does only the first part.
//!
//! The rewrites (integers of at most 128 bits, scalars only; flags that might no longer
//! hold are dropped):
//! - constants to the right of commutative operations and of `icmp` (predicate swapped);
//!   `sub x, C` → `add x, -C`;
//! - `(x op C1) op C2` → `x op (C1 op C2)` for `add`, `mul`, `and`, `or`, `xor`;
//! - `mul x, 2^k` → `shl x, k`; `udiv x, 2^k` → `lshr x, k`; `urem x, 2^k` → `and x, 2^k-1`;
//! - cast chains: `zext (zext x)`, `sext (sext x)`, `sext (zext x)`, `trunc (trunc x)`,
//!   `trunc (zext/sext x)` back to `x`'s width or past it, `bitcast (bitcast x)`;
//! - `and (zext x), C` with every bit of `x` kept → the `zext`;
//! - compares: `icmp (zext/sext x), C` with `C` in `x`'s range and `icmp (ext x), (ext y)`
//!   on the narrow values; `icmp eq/ne (xor x, C1), C2` → `icmp x, C1^C2`;
//!   `xor (icmp p a b), true` → `icmp !p a b`; `icmp ne (zext i1 b), 0` → `b`;
//!   `icmp eq/ne i1 b, C` → `b` or `xor b, true`;
//! - `getelementptr` of a `getelementptr`, both with constant indices → one `i8` GEP.
//!
//! Floats are never reassociated or reordered. Dead instructions left behind are removed.
//!
//! - Requires: nothing.
//! - Preserves: the CFG.
//! - Invalidates: instruction lists.

use jit_core::DataLayout;
use jit_core::entity::SecondaryMap;
use jit_core::ir::{
    ArithFlags, BinaryOp, Body, CastOp, FuncId, Inst, InstKind, IntPredicate, Module, Operand, Type,
};

use crate::PassCx;
use crate::analysis::Cfg;
use crate::edit::{self, Replacements};
use crate::fold::{self, const_gep_offset, int_const, make_int, mask, sext, small_int_bits};

/// Sweeps over the function before giving up on a fixpoint.
const MAX_SWEEPS: usize = 4;

/// `instcombine`.
pub(crate) fn run(m: &mut Module, cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    combine(m, cx.dl, body, true)
}

/// `instsimplify`.
pub(crate) fn run_simplify_only(m: &mut Module, cx: &PassCx, _f: FuncId, body: &mut Body) -> bool {
    combine(m, cx.dl, body, false)
}

/// Simplifies every instruction (and rewrites when `rewrite`), then removes dead ones.
pub(crate) fn combine(m: &mut Module, dl: &DataLayout, body: &mut Body, rewrite: bool) -> bool {
    let mut changed = false;
    // Terminators keep their successors here: the block order is computed once.
    let order = Cfg::build(body).rpo;
    for _ in 0..MAX_SWEEPS {
        let mut sweep_changed = false;
        let mut repl = Replacements::new();
        let mut dead: SecondaryMap<Inst, bool> = SecondaryMap::with_default(false);
        for &b in &order {
            for k in 0..body.blocks[b].insts.len() {
                let i = body.blocks[b].insts[k];
                let mut kind = std::mem::replace(&mut body.insts[i].kind, InstKind::Unreachable);
                repl.resolve_operands(&mut kind);
                body.insts[i].kind = kind;
                let Some(r) = body.insts[i].result else {
                    continue;
                };
                let ty = body.values[r].ty;
                for _ in 0..8 {
                    let view: &Body = body;
                    if let Some(op) = fold::simplify(m, dl, view, &view.insts[i].kind, ty, Some(r))
                    {
                        repl.replace(r, op);
                        dead[i] = true;
                        sweep_changed = true;
                        break;
                    }
                    if !rewrite {
                        break;
                    }
                    match peephole(m, dl, body, &repl, i, ty) {
                        Some(Outcome::Replace(op)) => {
                            repl.replace(r, op);
                            dead[i] = true;
                            sweep_changed = true;
                            break;
                        }
                        Some(Outcome::Rewrite(kind)) => {
                            body.insts[i].kind = kind;
                            sweep_changed = true;
                        }
                        None => break,
                    }
                }
            }
        }
        edit::remove_marked(body, &dead);
        repl.apply(body);
        sweep_changed |= super::dce::remove_dead(m, body);
        changed |= sweep_changed;
        if !sweep_changed {
            break;
        }
    }
    changed
}

enum Outcome {
    /// The result is this operand.
    Replace(Operand),
    /// The instruction becomes this one (same result type).
    Rewrite(InstKind),
}

/// The definition of an operand, with its operands resolved.
/// (Only the kinds the rules look into; others are `None` without copying them.)
fn def_of(body: &Body, repl: &Replacements, op: Operand) -> Option<InstKind> {
    let Operand::Value(v) = op else { return None };
    let i = edit::def_inst(body, v)?;
    let kind = &body.insts[i].kind;
    if !matches!(
        kind,
        InstKind::Binary { .. }
            | InstKind::Cast { .. }
            | InstKind::ICmp { .. }
            | InstKind::Gep { .. }
    ) {
        return None;
    }
    let mut kind = kind.clone();
    repl.resolve_operands(&mut kind);
    Some(kind)
}

fn is_commutative(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add | BinaryOp::Mul | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
    )
}

fn is_const(op: Operand) -> bool {
    matches!(op, Operand::Const(_))
}

fn swapped(p: IntPredicate) -> IntPredicate {
    use IntPredicate::*;
    match p {
        Eq => Eq,
        Ne => Ne,
        Ugt => Ult,
        Uge => Ule,
        Ult => Ugt,
        Ule => Uge,
        Sgt => Slt,
        Sge => Sle,
        Slt => Sgt,
        Sle => Sge,
    }
}

fn inverse(p: IntPredicate) -> IntPredicate {
    use IntPredicate::*;
    match p {
        Eq => Ne,
        Ne => Eq,
        Ugt => Ule,
        Uge => Ult,
        Ult => Uge,
        Ule => Ugt,
        Sgt => Sle,
        Sge => Slt,
        Slt => Sge,
        Sle => Sgt,
    }
}

fn is_signed(p: IntPredicate) -> bool {
    matches!(
        p,
        IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
    )
}

fn to_unsigned(p: IntPredicate) -> IntPredicate {
    use IntPredicate::*;
    match p {
        Sgt => Ugt,
        Sge => Uge,
        Slt => Ult,
        Sle => Ule,
        other => other,
    }
}

fn binary(op: BinaryOp, lhs: Operand, rhs: Operand) -> InstKind {
    InstKind::Binary {
        op,
        flags: ArithFlags::default(),
        lhs,
        rhs,
    }
}

fn cast(op: CastOp, value: Operand) -> InstKind {
    InstKind::Cast {
        op,
        flags: ArithFlags::default(),
        value,
    }
}

/// One rewrite of instruction `i` (result type `ty`), if a rule applies.
fn peephole(
    m: &mut Module,
    dl: &DataLayout,
    body: &Body,
    repl: &Replacements,
    i: Inst,
    ty: Type,
) -> Option<Outcome> {
    match &body.insts[i].kind {
        &InstKind::Binary {
            op,
            flags,
            lhs,
            rhs,
        } => {
            let bits = small_int_bits(m, ty)?;
            binary_rule(m, body, repl, op, flags, lhs, rhs, ty, bits)
        }
        &InstKind::ICmp { pred, lhs, rhs } => icmp_rule(m, body, repl, pred, lhs, rhs),
        &InstKind::Cast { op, value, .. } => cast_rule(m, body, repl, op, value, ty),
        InstKind::Gep {
            source_ty,
            base,
            indices,
            inbounds,
        } => {
            if m.types.is_vector(ty) {
                return None;
            }
            let InstKind::Gep {
                source_ty: inner_ty,
                base: inner_base,
                indices: inner_idx,
                inbounds: inner_inb,
            } = def_of(body, repl, *base)?
            else {
                return None;
            };
            let outer = const_gep_offset(m, dl, *source_ty, indices.iter().copied())?;
            let inner = const_gep_offset(m, dl, inner_ty, inner_idx.iter().copied())?;
            if m.types.is_vector(edit::operand_type(m, body, inner_base)) {
                return None;
            }
            let total = Operand::Const(m.const_i64(outer.wrapping_add(inner)));
            Some(Outcome::Rewrite(InstKind::Gep {
                source_ty: Type::I8,
                base: inner_base,
                indices: Box::new([total]),
                inbounds: *inbounds && inner_inb,
            }))
        }
        _ => None,
    }
}

#[allow(
    clippy::too_many_arguments,
    reason = "the decoded instruction, passed as its parts"
)]
fn binary_rule(
    m: &mut Module,
    body: &Body,
    repl: &Replacements,
    op: BinaryOp,
    flags: ArithFlags,
    lhs: Operand,
    rhs: Operand,
    ty: Type,
    bits: u32,
) -> Option<Outcome> {
    use BinaryOp::*;
    // Constants to the right.
    if is_commutative(op) && is_const(lhs) && !is_const(rhs) {
        return Some(Outcome::Rewrite(InstKind::Binary {
            op,
            flags,
            lhs: rhs,
            rhs: lhs,
        }));
    }
    let c = int_const(m, rhs).map(|(_, v)| v);
    match (op, c) {
        (Sub, Some(c)) => {
            let neg = c.wrapping_neg() & mask(bits);
            Some(Outcome::Rewrite(binary(Add, lhs, make_int(m, ty, neg))))
        }
        (Add | Mul | And | Or | Xor, Some(c2)) => {
            // (x op C1) op C2
            if let Some(InstKind::Binary {
                op: inner,
                lhs: x,
                rhs: c1,
                ..
            }) = def_of(body, repl, lhs)
                && inner == op
                && let Some((_, c1)) = int_const(m, c1)
            {
                let folded = match op {
                    Add => c1.wrapping_add(c2),
                    Mul => c1.wrapping_mul(c2),
                    And => c1 & c2,
                    Or => c1 | c2,
                    _ => c1 ^ c2,
                } & mask(bits);
                return Some(Outcome::Rewrite(binary(op, x, make_int(m, ty, folded))));
            }
            if op == Mul && c2.is_power_of_two() {
                let k = u128::from(c2.trailing_zeros());
                return Some(Outcome::Rewrite(binary(Shl, lhs, make_int(m, ty, k))));
            }
            if op == And
                && let Some(InstKind::Cast {
                    op: CastOp::ZExt,
                    value,
                    ..
                }) = def_of(body, repl, lhs)
                && let Some(from) = small_int_bits(m, edit::operand_type(m, body, value))
                && c2 & mask(from) == mask(from)
            {
                // Bits above `from` are zero in the zext: the mask keeps all of `x`.
                return Some(Outcome::Replace(lhs));
            }
            if op == Xor
                && bits == 1
                && c2 == 1
                && let Some(InstKind::ICmp {
                    pred,
                    lhs: a,
                    rhs: b,
                }) = def_of(body, repl, lhs)
            {
                return Some(Outcome::Rewrite(InstKind::ICmp {
                    pred: inverse(pred),
                    lhs: a,
                    rhs: b,
                }));
            }
            None
        }
        (UDiv, Some(c)) if c.is_power_of_two() => {
            let k = u128::from(c.trailing_zeros());
            Some(Outcome::Rewrite(binary(LShr, lhs, make_int(m, ty, k))))
        }
        (URem, Some(c)) if c.is_power_of_two() => {
            Some(Outcome::Rewrite(binary(And, lhs, make_int(m, ty, c - 1))))
        }
        _ => None,
    }
}

fn icmp_rule(
    m: &mut Module,
    body: &Body,
    repl: &Replacements,
    pred: IntPredicate,
    lhs: Operand,
    rhs: Operand,
) -> Option<Outcome> {
    use IntPredicate::*;
    let ty = edit::operand_type(m, body, lhs);
    if m.types.is_vector(ty) {
        return None;
    }
    if is_const(lhs) && !is_const(rhs) {
        return Some(Outcome::Rewrite(InstKind::ICmp {
            pred: swapped(pred),
            lhs: rhs,
            rhs: lhs,
        }));
    }
    let bits = small_int_bits(m, ty)?;
    let def = def_of(body, repl, lhs);
    if let Some((_, c)) = int_const(m, rhs) {
        // i1 compares against a constant are the value or its negation.
        if bits == 1 && matches!(pred, Eq | Ne) {
            return Some(if (pred == Eq) == (c == 1) {
                Outcome::Replace(lhs)
            } else {
                Outcome::Rewrite(binary(BinaryOp::Xor, lhs, make_int(m, Type::I1, 1)))
            });
        }
        match def {
            Some(InstKind::Cast {
                op: op @ (CastOp::ZExt | CastOp::SExt),
                value: x,
                ..
            }) => {
                let xty = edit::operand_type(m, body, x);
                let xb = small_int_bits(m, xty)?;
                // `icmp ne (zext i1 b), 0` is `b`.
                if xb == 1 && op == CastOp::ZExt && c == 0 && pred == Ne {
                    return Some(Outcome::Replace(x));
                }
                let narrow = c & mask(xb);
                let fits = if op == CastOp::ZExt {
                    c == narrow
                } else {
                    sext(c, bits) == sext(narrow, xb)
                };
                let pred_ok = match op {
                    CastOp::ZExt => !is_signed(pred),
                    _ => true,
                };
                if fits && pred_ok {
                    return Some(Outcome::Rewrite(InstKind::ICmp {
                        pred,
                        lhs: x,
                        rhs: make_int(m, xty, narrow),
                    }));
                }
                if !fits && matches!(pred, Eq | Ne) {
                    return Some(Outcome::Replace(make_int(
                        m,
                        Type::I1,
                        u128::from(pred == Ne),
                    )));
                }
                None
            }
            Some(InstKind::Binary {
                op: BinaryOp::Xor,
                lhs: x,
                rhs: c1,
                ..
            }) if matches!(pred, Eq | Ne) => {
                let (_, c1) = int_const(m, c1)?;
                Some(Outcome::Rewrite(InstKind::ICmp {
                    pred,
                    lhs: x,
                    rhs: make_int(m, ty, c1 ^ c),
                }))
            }
            _ => None,
        }
    } else {
        // icmp (ext x), (ext y) with the same extension from the same type.
        let (
            Some(InstKind::Cast {
                op: op1 @ (CastOp::ZExt | CastOp::SExt),
                value: x,
                ..
            }),
            Some(InstKind::Cast {
                op: op2, value: y, ..
            }),
        ) = (def, def_of(body, repl, rhs))
        else {
            return None;
        };
        if op1 != op2 || edit::operand_type(m, body, x) != edit::operand_type(m, body, y) {
            return None;
        }
        let pred = if op1 == CastOp::ZExt {
            to_unsigned(pred)
        } else {
            pred
        };
        Some(Outcome::Rewrite(InstKind::ICmp {
            pred,
            lhs: x,
            rhs: y,
        }))
    }
}

fn cast_rule(
    m: &mut Module,
    body: &Body,
    repl: &Replacements,
    op: CastOp,
    value: Operand,
    ty: Type,
) -> Option<Outcome> {
    use CastOp::*;
    if m.types.is_vector(ty) {
        return None;
    }
    let Some(InstKind::Cast {
        op: inner,
        value: x,
        ..
    }) = def_of(body, repl, value)
    else {
        return None;
    };
    let xty = edit::operand_type(m, body, x);
    if m.types.is_vector(xty) {
        return None;
    }
    match (op, inner) {
        (ZExt, ZExt) | (SExt, SExt) => Some(Outcome::Rewrite(cast(op, x))),
        (SExt, ZExt) => Some(Outcome::Rewrite(cast(ZExt, x))),
        (Trunc, Trunc) => Some(Outcome::Rewrite(cast(Trunc, x))),
        (Trunc, ZExt | SExt) => {
            let xb = small_int_bits(m, xty)?;
            let tb = small_int_bits(m, ty)?;
            if xb == tb {
                Some(Outcome::Replace(x))
            } else if xb < tb {
                Some(Outcome::Rewrite(cast(inner, x)))
            } else {
                Some(Outcome::Rewrite(cast(Trunc, x)))
            }
        }
        (BitCast, BitCast) => {
            if xty == ty {
                Some(Outcome::Replace(x))
            } else {
                Some(Outcome::Rewrite(cast(BitCast, x)))
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::parse_body;

    fn run(text: &str) -> String {
        let (mut m, f) = parse_body(text);
        crate::run_passes(&mut m, "instcombine").unwrap();
        jit_core::printer::print_function(&m, f)
    }

    #[test]
    fn never_folds_undefined_cases() {
        let out = run("define i32 @f(i32 %x) {
              %a = udiv i32 %x, 0
              %b = sdiv i32 -2147483648, -1
              %c = shl i32 1, 32
              %d = add i32 %a, %b
              %e = add i32 %d, %c
              ret i32 %e
            }");
        assert!(out.contains("udiv i32 %x, 0"), "{out}");
        assert!(out.contains("sdiv i32 -2147483648, -1"), "{out}");
        assert!(out.contains("shl i32 1, 32"), "{out}");
    }

    #[test]
    fn floats_stay_bit_exact() {
        let out = run("define double @f(double %x) {
              %a = fadd double %x, 0.0
              %b = fmul double %a, 0.0
              %c = fadd double %b, -0.0
              ret double %c
            }");
        assert!(out.contains("fadd double %x, 0.0"), "{out}");
        assert!(out.contains("fmul double %a, 0.0"), "{out}");
        assert!(!out.contains("-0.0"), "{out}");
    }
}
