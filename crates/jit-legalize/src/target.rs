//! Target-specific SIMD intrinsics that portable C reaches through `<emmintrin.h>` and
//! `<arm_neon.h>` (Zstandard's match finder, for one), rewritten lane by lane like the
//! generic vector operations: x86 sign-bit masks (`pmovmskb`, `movmsk.ps/pd`) and AArch64
//! structure loads and stores (`ld2`–`ld4`, `st2`–`st4`, `ld1x2`–`ld1x4`, `st1x2`–`st1x4`)
//! and shift-and-insert (`vsli`, `vsri`). clang emits them at `-O0`; at `-O2` instcombine
//! has usually turned them into generic IR already.

use jit_core::ir::{ArithFlags, BinaryOp, CallArg, CastOp, ConstKind, InstKind, IntPredicate};
use jit_core::ir::{Operand, Type, TypeData, Value};

use crate::emit::Emit;
use crate::{Fx, R};

/// What a target intrinsic does, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetOp {
    /// The sign bit of each lane, packed into the low bits of an `i32`.
    SignMask,
    /// `ldN` (interleaved) or `ld1xN` (consecutive) of N vectors.
    Load { n: u32, interleaved: bool },
    /// `stN` / `st1xN`.
    Store { n: u32, interleaved: bool },
    /// Shift the second operand left (`vsli`) or right (`vsri`) and insert it into the
    /// first, keeping the first's bits the shift vacated.
    ShiftInsert { left: bool },
}

fn target_op(name: &str) -> Option<TargetOp> {
    if let Some(rest) = name.strip_prefix("llvm.x86.") {
        return matches!(
            rest,
            "sse2.pmovmskb.128"
                | "avx2.pmovmskb"
                | "sse.movmsk.ps"
                | "sse2.movmsk.pd"
                | "avx.movmsk.ps.256"
                | "avx.movmsk.pd.256"
        )
        .then_some(TargetOp::SignMask);
    }
    let rest = name.strip_prefix("llvm.aarch64.neon.")?;
    let op = rest.split('.').next()?;
    let count = |digits: &str| digits.parse::<u32>().ok().filter(|n| (2..=4).contains(n));
    Some(match op {
        "vsli" => TargetOp::ShiftInsert { left: true },
        "vsri" => TargetOp::ShiftInsert { left: false },
        _ => {
            if let Some(n) = op.strip_prefix("ld1x").and_then(count) {
                TargetOp::Load {
                    n,
                    interleaved: false,
                }
            } else if let Some(n) = op.strip_prefix("st1x").and_then(count) {
                TargetOp::Store {
                    n,
                    interleaved: false,
                }
            } else if let Some(n) = op.strip_prefix("ld").and_then(count) {
                TargetOp::Load {
                    n,
                    interleaved: true,
                }
            } else if let Some(n) = op.strip_prefix("st").and_then(count) {
                TargetOp::Store {
                    n,
                    interleaved: true,
                }
            } else {
                return None;
            }
        }
    })
}

/// Whether `name` is a target intrinsic this pass rewrites.
pub fn is_target_simd_intrinsic(name: &str) -> bool {
    target_op(name).is_some()
}

impl Fx<'_> {
    /// Rewrites a call of a target intrinsic; `None` when `name` is not one.
    pub(crate) fn target_intrinsic(
        &mut self,
        name: &str,
        args: &[CallArg],
        res: Option<Value>,
    ) -> Option<R<()>> {
        let op = target_op(name)?;
        let args: Vec<Operand> = args.iter().map(|a| a.value).collect();
        Some(match op {
            TargetOp::SignMask => self.sign_mask(name, &args, res),
            TargetOp::Load { n, interleaved } => self.struct_load(name, n, interleaved, &args, res),
            TargetOp::Store { n, interleaved } => self.struct_store(name, n, interleaved, &args),
            TargetOp::ShiftInsert { left } => self.shift_insert(name, left, &args, res),
        })
    }

    fn sign_mask(&mut self, name: &str, args: &[Operand], res: Option<Value>) -> R<()> {
        let (Some(v), [x]) = (res, args) else {
            return Err(self.err(format!("`{name}` arguments")));
        };
        let rty = self.body.values[v].ty;
        let lanes = self.lanes_of(*x)?;
        let mut acc = self.int_const(rty, 0);
        for (k, lane) in lanes.into_iter().enumerate() {
            let (bits, _) = self.lane_to_int(lane, self.ty_of(lane))?;
            let zero = self.int_const(self.ty_of(bits), 0);
            let negative = self.icmp(IntPredicate::Slt, bits, zero);
            let bit = self.cast(CastOp::ZExt, negative, rty);
            let shift = self.int_const(rty, k as u128);
            let placed = self.binary(BinaryOp::Shl, ArithFlags::default(), bit, shift);
            acc = self.binary(BinaryOp::Or, ArithFlags::default(), acc, placed);
        }
        self.bind_scalar(v, acc);
        Ok(())
    }

    /// The vector type of a structure load or store and its lane layout.
    fn struct_lanes(&self, name: &str, vty: Type) -> R<(Type, u32, u32)> {
        let Some((elem, lanes)) = self.vec_of(vty) else {
            return Err(self.err(format!("`{name}` on `{}`", self.ty_name(vty))));
        };
        match self.scalar_bits(elem) {
            Some(bits) if bits % 8 == 0 => Ok((elem, lanes, bits / 8)),
            _ => Err(self.err(format!("`{name}` on `{}`", self.ty_name(vty)))),
        }
    }

    /// Byte offset of lane `k` of vector `i` among `n` vectors of `lanes` lanes.
    fn struct_offset(i: u32, k: u32, n: u32, lanes: u32, size: u32, interleaved: bool) -> u64 {
        let index = if interleaved {
            k * n + i
        } else {
            i * lanes + k
        };
        u64::from(index) * u64::from(size)
    }

    fn struct_load(
        &mut self,
        name: &str,
        n: u32,
        interleaved: bool,
        args: &[Operand],
        res: Option<Value>,
    ) -> R<()> {
        let (Some(v), [ptr]) = (res, args) else {
            return Err(self.err(format!("`{name}` arguments")));
        };
        let sty = self.body.values[v].ty;
        let vty = match self.m.types.data(sty) {
            TypeData::Struct { fields, .. } if fields.len() == n as usize => fields[0],
            _ => return Err(self.err(format!("`{name}` result `{}`", self.ty_name(sty)))),
        };
        let (elem, lanes, size) = self.struct_lanes(name, vty)?;
        let mut agg = self.poison(sty);
        for i in 0..n {
            let mut ops = Vec::with_capacity(lanes as usize);
            for k in 0..lanes {
                let addr =
                    self.lane_addr(*ptr, Self::struct_offset(i, k, n, lanes, size, interleaved));
                ops.push(self.emit(
                    InstKind::Load {
                        ptr: addr,
                        align: 1,
                        volatile: false,
                    },
                    elem,
                ));
            }
            let vector = self.materialize(ops, vty);
            agg = self.emit(
                InstKind::InsertValue {
                    agg,
                    elt: vector,
                    indices: Box::new([i]),
                },
                sty,
            );
        }
        self.bind_scalar(v, agg);
        Ok(())
    }

    fn struct_store(&mut self, name: &str, n: u32, interleaved: bool, args: &[Operand]) -> R<()> {
        let Some((&ptr, vectors)) = args.split_last() else {
            return Err(self.err(format!("`{name}` arguments")));
        };
        if vectors.len() != n as usize {
            return Err(self.err(format!("`{name}` arguments")));
        }
        let vty = self.ty_of(vectors[0]);
        let (_, lanes, size) = self.struct_lanes(name, vty)?;
        for (i, &vector) in (0u32..).zip(vectors) {
            for (k, lane) in (0u32..).zip(self.lanes_of(vector)?) {
                let addr =
                    self.lane_addr(ptr, Self::struct_offset(i, k, n, lanes, size, interleaved));
                self.emit_to(
                    InstKind::Store {
                        value: lane,
                        ptr: addr,
                        align: 1,
                        volatile: false,
                    },
                    Type::VOID,
                    None,
                );
            }
        }
        Ok(())
    }

    fn shift_insert(
        &mut self,
        name: &str,
        left: bool,
        args: &[Operand],
        res: Option<Value>,
    ) -> R<()> {
        let (Some(v), [into, from, amount]) = (res, args) else {
            return Err(self.err(format!("`{name}` arguments")));
        };
        let shift = match *amount {
            Operand::Const(c) => match self.m.const_data(c).kind {
                ConstKind::Int(k) => Some(k),
                ConstKind::Zero => Some(0),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let rty = self.body.values[v].ty;
        let (elem, bits) = match self.vec_of(rty) {
            Some((elem, _)) => match self.m.types.data(elem) {
                TypeData::Int(bits) => (elem, *bits),
                _ => return Err(self.err(format!("`{name}` on `{}`", self.ty_name(rty)))),
            },
            None => return Err(self.err(format!("`{name}` on `{}`", self.ty_name(rty)))),
        };
        let Some(shift) = shift.filter(|&s| s <= u128::from(bits)) else {
            return Err(self.err(format!("`{name}` with a variable or too large shift")));
        };
        let ones = u128::MAX >> (128 - bits);
        let flags = ArithFlags::default();
        let (keep, shifted_op) = if left {
            (ones & !(ones << shift), BinaryOp::Shl)
        } else {
            // A right shift by the full width (allowed for `sri`) inserts nothing.
            let kept = if shift == u128::from(bits) {
                ones
            } else {
                ones & !(ones >> shift)
            };
            (kept, BinaryOp::LShr)
        };
        let into = self.lanes_of(*into)?;
        let from = self.lanes_of(*from)?;
        let mut ops = Vec::with_capacity(into.len());
        for (a, b) in into.into_iter().zip(from) {
            let mask = self.int_const(elem, keep);
            let kept = self.binary(BinaryOp::And, flags, a, mask);
            if shift == u128::from(bits) {
                ops.push(kept);
                continue;
            }
            let amount = self.int_const(elem, shift);
            let moved = self.binary(shifted_op, flags, b, amount);
            ops.push(self.binary(BinaryOp::Or, flags, kept, moved));
        }
        self.bind_lanes(v, ops);
        Ok(())
    }
}
