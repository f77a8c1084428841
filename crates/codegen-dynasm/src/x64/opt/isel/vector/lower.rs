//! Instruction selection of the vector forms [`super::keep`] accepts.

use super::*;

impl<'a> Isel<'a, '_> {
    /// Whether `ty` is a vector this function keeps in an SSE register.
    pub(in crate::x64::opt::isel) fn is_vector_value(&self, ty: Type) -> bool {
        self.vectors && Lanes::of(self.ctx.m, ty).is_some()
    }

    fn vtmp(&mut self) -> Reg {
        self.ctx.new_reg(RegClass::Float)
    }

    fn valu(&mut self, op: VOp, lhs: Reg, rhs: Reg) -> Reg {
        let dst = self.vtmp();
        self.emit(Inst::VAlu { op, dst, lhs, rhs });
        dst
    }

    fn vperm(&mut self, op: VPerm, src: Reg, imm: u8) -> Reg {
        let dst = self.vtmp();
        self.emit(Inst::VPermute { op, dst, src, imm });
        dst
    }

    /// A vector constant in a register.
    pub(in crate::x64::opt::isel) fn vector_const(&mut self, c: Const, ty: Type) -> LResult<Reg> {
        self.ctx.vcode.wide_float_slots = true;
        let Some(bits) = any_const_bits(self.ctx.m, c, ty) else {
            return unsupported("a vector constant expression");
        };
        if bits == 0 {
            let dst = self.vtmp();
            self.emit(Inst::FZero { dst });
            return Ok(dst);
        }
        Ok(self.pool_vector(bits))
    }

    /// A new register loaded with 128 bits from the constant pool.
    fn pool_vector(&mut self, bits: u128) -> Reg {
        let dst = self.vtmp();
        let addr = self.pool_entry(bits);
        self.emit(Inst::VLoad { dst, addr });
        dst
    }

    /// Selects IR instruction `inst` when it computes with vectors; false when it does not.
    pub(in crate::x64::opt::isel) fn lower_vector(&mut self, inst: IrInst) -> LResult<bool> {
        let m = self.ctx.m;
        let data: &'a InstData = &self.ctx.body.insts[inst];
        let result_ty = data.result.map(|v| self.ctx.value_ty(v));
        let result_lanes = result_ty.and_then(|t| Lanes::of(m, t));
        let lanes_of = |isel: &Self, op: Operand| Lanes::of(m, isel.ctx.ty(op));
        match data.kind {
            InstKind::Store { value, ptr, .. } => {
                if lanes_of(self, value).is_none() {
                    return Ok(false);
                }
                self.ctx.vcode.wide_float_slots = true;
                let src = self.put(value)?;
                let addr = self.amode_at(ptr, 0)?;
                if is_narrow(m, self.ctx.ty(value)) {
                    self.emit(Inst::VStoreLow { src, addr });
                } else {
                    self.emit(Inst::VStore { src, addr });
                }
                return Ok(true);
            }
            InstKind::ExtractElement { vec, index } => {
                let Some(l) = lanes_of(self, vec) else {
                    return Ok(false);
                };
                self.ctx.vcode.wide_float_slots = true;
                let Some(k) = const_lane(m, index, l) else {
                    return unsupported("extractelement at a variable index");
                };
                let dst = self.result(inst)?;
                let src = self.put(vec)?;
                self.extract(l, k, src, dst)?;
                return Ok(true);
            }
            InstKind::Call { ref args, .. } => {
                if result_ty.is_some_and(|t| m.types.is_vector(t))
                    || args.iter().any(|a| m.types.is_vector(self.ctx.ty(a.value)))
                {
                    // Vectors in and out of calls are spilled around them whole.
                    self.ctx.vcode.wide_float_slots = true;
                }
                let Some((name, args)) = intrinsic(m, data) else {
                    return Ok(false);
                };
                if let Some(l) = result_lanes {
                    let Some(kind) = elementwise(name, l, args.len()) else {
                        return unsupported(format!("a call of `llvm.{name}`"));
                    };
                    self.ctx.vcode.wide_float_slots = true;
                    let dst = self.result(inst)?;
                    let ops: Vec<Operand> = args.iter().map(|a| a.value).collect();
                    self.elementwise(kind, l, &ops, dst)?;
                    return Ok(true);
                }
                let Some(l) = args.first().and_then(|a| lanes_of(self, a.value)) else {
                    return Ok(false);
                };
                let Some(op) = reduction(name, l) else {
                    return unsupported(format!("a call of `llvm.{name}`"));
                };
                self.ctx.vcode.wide_float_slots = true;
                let dst = self.result(inst)?;
                let x = self.put(args[0].value)?;
                self.reduce(op, l, x, dst);
                return Ok(true);
            }
            InstKind::Cast {
                op: CastOp::BitCast,
                value,
                ..
            } if is_narrow(m, self.ctx.ty(value)) && result_lanes.is_none() => {
                // A 64-bit vector as an `i64` or a `double`.
                self.ctx.vcode.wide_float_slots = true;
                let dst = self.result(inst)?;
                let src = self.put(value)?;
                if dst.class() == RegClass::Int {
                    self.emit(Inst::MovFromF {
                        double: true,
                        dst,
                        src,
                    });
                } else {
                    self.emit(Inst::FCopy { dst, src });
                }
                return Ok(true);
            }
            InstKind::Cast {
                op: CastOp::BitCast,
                value,
                ..
            } if Lanes::of_mask(m, self.ctx.ty(value)).is_some() && result_lanes.is_none() => {
                // A mask's lanes as the bits of an integer.
                self.ctx.vcode.wide_float_slots = true;
                let op = match Lanes::of_mask(m, self.ctx.ty(value)) {
                    Some(Lanes::I8) => VMask::Pmovmskb,
                    Some(Lanes::I32) => VMask::Movmskps,
                    Some(Lanes::I64) => VMask::Movmskpd,
                    _ => return unsupported("a bitcast of an <8 x i1> mask"),
                };
                let dst = self.result(inst)?;
                let src = self.put(value)?;
                self.emit(Inst::VMoveMask { op, dst, src });
                return Ok(true);
            }
            _ => {}
        }
        let Some(l) = result_ty.and_then(|t| Lanes::of_any(m, t)) else {
            return Ok(false);
        };
        self.ctx.vcode.wide_float_slots = true;
        match data.kind {
            InstKind::Binary { op, lhs, rhs, .. } => {
                let dst = self.result(inst)?;
                self.vector_binary(op, l, lhs, rhs, dst)?;
            }
            InstKind::FNeg { arg, .. } => {
                let dst = self.result(inst)?;
                let mask = self.sign_bits(l);
                let x = self.put(arg)?;
                self.emit(Inst::VAlu {
                    op: VOp::Pxor,
                    dst,
                    lhs: x,
                    rhs: mask,
                });
            }
            InstKind::Load { ptr, .. } => {
                let dst = self.result(inst)?;
                let addr = self.amode_at(ptr, 0)?;
                if result_ty.is_some_and(|t| is_narrow(m, t)) {
                    self.emit(Inst::VLoadLow { dst, addr });
                } else {
                    self.emit(Inst::VLoad { dst, addr });
                }
            }
            InstKind::Cast { op, value, .. } => {
                let dst = self.result(inst)?;
                let src = self.put(value)?;
                if matches!(op, CastOp::SIToFP | CastOp::FPToSI) {
                    let op = if op == CastOp::SIToFP {
                        VUnary::Cvtdq2ps
                    } else {
                        VUnary::Cvttps2dq
                    };
                    self.emit(Inst::VUn { op, dst, src });
                } else if op == CastOp::ZExt {
                    // A mask's lanes are all ones or zeros: keep bit 0 of each.
                    let one = self.pool_vector(every_lane(l, 1));
                    self.emit(Inst::VAlu {
                        op: VOp::Pand,
                        dst,
                        lhs: src,
                        rhs: one,
                    });
                } else if src.class() == RegClass::Int {
                    // An `i64` as a 64-bit vector.
                    self.emit(Inst::MovToF {
                        double: true,
                        dst,
                        src,
                    });
                } else {
                    // Bitcasts between vectors (or from a `double`), and sign extensions of
                    // masks, keep the bits.
                    self.emit(Inst::FCopy { dst, src });
                }
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                let dst = self.result(inst)?;
                self.vector_icmp(pred, l, lhs, rhs, dst)?;
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let dst = self.result(inst)?;
                self.vector_fcmp(pred, l, lhs, rhs, dst)?;
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } if Lanes::of_mask(m, self.ctx.ty(cond)).is_some() => {
                let dst = self.result(inst)?;
                let mask = self.put(cond)?;
                let t = self.put(if_true)?;
                let f = self.put(if_false)?;
                self.blend(mask, t, f, dst);
            }
            InstKind::InsertElement { vec, elt, index } => {
                let Some(k) = const_lane(m, index, l) else {
                    return unsupported("insertelement at a variable index");
                };
                let dst = self.result(inst)?;
                let s = self.put(elt)?;
                if is_poison(m, vec) && k == 0 {
                    // The other lanes are poison: whatever the register holds.
                    if l.is_float() {
                        self.emit(Inst::FCopy { dst, src: s });
                    } else {
                        self.emit(Inst::MovToF {
                            double: l == Lanes::I64,
                            dst,
                            src: s,
                        });
                    }
                } else {
                    let v = self.put(vec)?;
                    self.insert(l, k, v, s, dst)?;
                }
            }
            InstKind::ShuffleVector { a, b, ref mask } => {
                let dst = self.result(inst)?;
                let n = lane_count(m, self.ctx.ty(a));
                if let Some((imm, source)) = pshufd_mask(mask, l, n) {
                    let src = self.put(if source == 0 { a } else { b })?;
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src,
                        imm,
                    });
                } else if is_splat0(mask, l) {
                    let src = self.put(a)?;
                    let words = match l {
                        Lanes::I8 => self.valu(VOp::Punpcklbw, src, src),
                        _ => src,
                    };
                    let low = self.vperm(VPerm::Pshuflw, words, 0);
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src: low,
                        imm: 0,
                    });
                } else if is_concat(mask, n) && is_narrow(m, self.ctx.ty(a)) {
                    let low = self.put(a)?;
                    let high = self.put(b)?;
                    self.emit(Inst::VAlu {
                        op: VOp::Punpcklqdq,
                        dst,
                        lhs: low,
                        rhs: high,
                    });
                } else {
                    return unsupported("a two-source or narrow-lane shufflevector");
                }
            }
            // Phis, selects and freezes of vectors are copies of one register.
            InstKind::Select { .. } | InstKind::Freeze { .. } | InstKind::Phi { .. } => {
                return Ok(false);
            }
            ref other => return unsupported(format!("`{}` on vectors", other.opcode())),
        }
        Ok(true)
    }

    fn vector_binary(
        &mut self,
        op: BinaryOp,
        l: Lanes,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        if let Some(shift) = packed_shift(op, l) {
            let Some(amount) = splat_amount(self.ctx.m, rhs, l) else {
                return unsupported("a vector shift by a variable amount");
            };
            let src = self.put(lhs)?;
            self.emit(Inst::VShiftImm {
                op: shift,
                dst,
                src,
                amount,
            });
            return Ok(());
        }
        let a = self.put(lhs)?;
        let b = self.put(rhs)?;
        if let Some(vop) = packed_op(op, l) {
            self.emit(Inst::VAlu {
                op: vop,
                dst,
                lhs: a,
                rhs: b,
            });
            return Ok(());
        }
        if op == BinaryOp::Mul && l == Lanes::I32 {
            // SSE2 multiplies the even 32-bit lanes into 64-bit products (`pmuludq`): once
            // for lanes 0 and 2, once for 1 and 3 moved down, then the low halves are
            // gathered.
            let even = self.valu(VOp::Pmuludq, a, b);
            let odd_lanes = |isel: &mut Self, op: Operand, r: Reg| {
                if isel.is_splat(op) {
                    r
                } else {
                    isel.vperm(VPerm::Pshufd, r, 0xf5)
                }
            };
            let a_odd = odd_lanes(self, lhs, a);
            let b_odd = odd_lanes(self, rhs, b);
            let odd = self.valu(VOp::Pmuludq, a_odd, b_odd);
            let even_low = self.vperm(VPerm::Pshufd, even, 0x08);
            let odd_low = self.vperm(VPerm::Pshufd, odd, 0x08);
            self.emit(Inst::VAlu {
                op: VOp::Punpckldq,
                dst,
                lhs: even_low,
                rhs: odd_low,
            });
            return Ok(());
        }
        unsupported(format!("`{}` on vectors", op.name()))
    }

    /// `dst = |a|` lane by lane (the minimum integer stays itself).
    fn vector_abs(&mut self, l: Lanes, a: Reg, dst: Reg) {
        match l {
            // max(a, -a) signed for 16-bit lanes, min(a, -a) unsigned for bytes.
            Lanes::I8 | Lanes::I16 => {
                let zero = self.vtmp();
                self.emit(Inst::FZero { dst: zero });
                let (sub, pick) = if l == Lanes::I8 {
                    (VOp::Psubb, VOp::Pminub)
                } else {
                    (VOp::Psubw, VOp::Pmaxsw)
                };
                let neg = self.valu(sub, zero, a);
                self.emit(Inst::VAlu {
                    op: pick,
                    dst,
                    lhs: a,
                    rhs: neg,
                });
            }
            // (a ^ s) - s with s the sign of each lane.
            _ => {
                let high = self.vtmp();
                self.emit(Inst::VShiftImm {
                    op: VShift::Psrad,
                    dst: high,
                    src: a,
                    amount: 31,
                });
                let sign = if l == Lanes::I64 {
                    self.vperm(VPerm::Pshufd, high, 0xf5)
                } else {
                    high
                };
                let flipped = self.valu(VOp::Pxor, a, sign);
                let sub = if l == Lanes::I64 {
                    VOp::Psubq
                } else {
                    VOp::Psubd
                };
                self.emit(Inst::VAlu {
                    op: sub,
                    dst,
                    lhs: flipped,
                    rhs: sign,
                });
            }
        }
    }

    /// `dst = fshl/fshr(a, b, k)`: the high (fshl) or low (fshr) lane of the double-width
    /// concatenation `a:b` shifted by `k` (below the lane width).
    fn funnel(&mut self, l: Lanes, left: bool, a: Reg, b: Reg, k: u8, dst: Reg) {
        let w = l.bits() as u8;
        let (shl, shr) = match l {
            Lanes::I16 => (VShift::Psllw, VShift::Psrlw),
            Lanes::I32 => (VShift::Pslld, VShift::Psrld),
            _ => (VShift::Psllq, VShift::Psrlq),
        };
        if k == 0 {
            self.emit(Inst::FCopy {
                dst,
                src: if left { a } else { b },
            });
            return;
        }
        let (up, down) = if left { (k, w - k) } else { (w - k, k) };
        let high = self.vtmp();
        self.emit(Inst::VShiftImm {
            op: shl,
            dst: high,
            src: a,
            amount: up,
        });
        let low = self.vtmp();
        self.emit(Inst::VShiftImm {
            op: shr,
            dst: low,
            src: b,
            amount: down,
        });
        self.emit(Inst::VAlu {
            op: VOp::Por,
            dst,
            lhs: high,
            rhs: low,
        });
    }

    /// `dst = mask ? t : f`, lane by lane (`mask` lanes all ones or all zeros).
    fn blend(&mut self, mask: Reg, t: Reg, f: Reg, dst: Reg) {
        let kept = self.valu(VOp::Pand, mask, t);
        let other = self.valu(VOp::Pandn, mask, f);
        self.emit(Inst::VAlu {
            op: VOp::Por,
            dst,
            lhs: kept,
            rhs: other,
        });
    }

    /// A register of all ones.
    fn all_ones(&mut self) -> Reg {
        self.pool_vector(u128::MAX)
    }

    /// The top bit of each lane of `lanes`, as a register.
    fn sign_bits(&mut self, lanes: Lanes) -> Reg {
        self.pool_vector(every_lane(lanes, 1 << (lanes.bits() - 1)))
    }

    /// `icmp` of integer vectors: SSE2 has equality and signed greater-than; unsigned
    /// compares flip the top bits first, the other predicates swap or invert.
    fn vector_icmp(
        &mut self,
        pred: IntPredicate,
        l: Lanes,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        use IntPredicate::*;
        let (eq, gt) = match l {
            Lanes::I8 => (VOp::Pcmpeqb, VOp::Pcmpgtb),
            Lanes::I16 => (VOp::Pcmpeqw, VOp::Pcmpgtw),
            Lanes::I32 => (VOp::Pcmpeqd, VOp::Pcmpgtd),
            _ => return unsupported("icmp of 64-bit lanes"),
        };
        let mut a = self.put(lhs)?;
        let mut b = self.put(rhs)?;
        if matches!(pred, Ugt | Uge | Ult | Ule) {
            let flip = self.sign_bits(l);
            a = self.valu(VOp::Pxor, a, flip);
            b = self.valu(VOp::Pxor, b, flip);
        }
        // (operation, swap the operands, invert the result)
        let (op, swap, invert) = match pred {
            Eq => (eq, false, false),
            Ne => (eq, false, true),
            Sgt | Ugt => (gt, false, false),
            Slt | Ult => (gt, true, false),
            Sge | Uge => (gt, true, true),
            Sle | Ule => (gt, false, true),
        };
        let (x, y) = if swap { (b, a) } else { (a, b) };
        if invert {
            let r = self.valu(op, x, y);
            let ones = self.all_ones();
            self.emit(Inst::VAlu {
                op: VOp::Pxor,
                dst,
                lhs: r,
                rhs: ones,
            });
        } else {
            self.emit(Inst::VAlu {
                op,
                dst,
                lhs: x,
                rhs: y,
            });
        }
        Ok(())
    }

    /// `fcmp` of float vectors with `cmpps`/`cmppd` (its eight predicates; `one` and `ueq`
    /// combine two).
    fn vector_fcmp(
        &mut self,
        pred: FloatPredicate,
        l: Lanes,
        lhs: Operand,
        rhs: Operand,
        dst: Reg,
    ) -> LResult {
        use FloatPredicate::*;
        let double = l == Lanes::I64;
        match pred {
            False => {
                self.emit(Inst::FZero { dst });
                return Ok(());
            }
            True => {
                let ones = self.all_ones();
                self.emit(Inst::FCopy { dst, src: ones });
                return Ok(());
            }
            _ => {}
        }
        let a = self.put(lhs)?;
        let b = self.put(rhs)?;
        let cmp = |isel: &mut Self, pred: u8, swap: bool, dst: Reg| {
            let (lhs, rhs) = if swap { (b, a) } else { (a, b) };
            isel.emit(Inst::VCmpF {
                double,
                pred,
                dst,
                lhs,
                rhs,
            });
        };
        // cmpps predicates: 0 eq, 1 lt, 2 le, 3 unord, 4 neq, 5 nlt, 6 nle, 7 ord; the
        // ordered ones are false and the negated ones true on NaN.
        let (first, second, combine) = match pred {
            Oeq => ((0, false), None, VOp::Pand),
            Olt => ((1, false), None, VOp::Pand),
            Ole => ((2, false), None, VOp::Pand),
            Ogt => ((1, true), None, VOp::Pand),
            Oge => ((2, true), None, VOp::Pand),
            Uno => ((3, false), None, VOp::Pand),
            Une => ((4, false), None, VOp::Pand),
            Uge => ((5, false), None, VOp::Pand),
            Ugt => ((6, false), None, VOp::Pand),
            Ule => ((5, true), None, VOp::Pand),
            Ult => ((6, true), None, VOp::Pand),
            Ord => ((7, false), None, VOp::Pand),
            One => ((7, false), Some((4, false)), VOp::Pand),
            Ueq => ((3, false), Some((0, false)), VOp::Por),
            False | True => unreachable!("handled above"),
        };
        match second {
            None => cmp(self, first.0, first.1, dst),
            Some(second) => {
                let x = self.vtmp();
                cmp(self, first.0, first.1, x);
                let y = self.vtmp();
                cmp(self, second.0, second.1, y);
                self.emit(Inst::VAlu {
                    op: combine,
                    dst,
                    lhs: x,
                    rhs: y,
                });
            }
        }
        Ok(())
    }

    fn elementwise(&mut self, kind: Elementwise, l: Lanes, ops: &[Operand], dst: Reg) -> LResult {
        let a = self.put(ops[0])?;
        match kind {
            Elementwise::Sqrt => {
                let op = if l == Lanes::F32 {
                    VUnary::Sqrtps
                } else {
                    VUnary::Sqrtpd
                };
                self.emit(Inst::VUn { op, dst, src: a });
                return Ok(());
            }
            Elementwise::Fabs => {
                let sign = self.sign_bits(l.as_int());
                self.emit(Inst::VAlu {
                    op: VOp::Pandn,
                    dst,
                    lhs: sign,
                    rhs: a,
                });
                return Ok(());
            }
            Elementwise::Abs => {
                self.vector_abs(l, a, dst);
                return Ok(());
            }
            Elementwise::Funnel { left } => {
                let b = self.put(ops[1])?;
                let Some(k) = splat_amount_mod(self.ctx.m, ops[2], l) else {
                    return unsupported("a funnel shift by a variable amount");
                };
                self.funnel(l, left, a, b, k, dst);
                return Ok(());
            }
            Elementwise::MulAdd | Elementwise::MinMax { .. } | Elementwise::Saturating(_) => {}
        }
        let b = self.put(ops[1])?;
        if let Elementwise::Saturating(op) = kind {
            self.emit(Inst::VAlu {
                op,
                dst,
                lhs: a,
                rhs: b,
            });
            return Ok(());
        }
        let (max, signed) = match kind {
            Elementwise::MulAdd => {
                let (mul, add) = if l == Lanes::F32 {
                    (VOp::Mulps, VOp::Addps)
                } else {
                    (VOp::Mulpd, VOp::Addpd)
                };
                let product = self.valu(mul, a, b);
                let c = self.put(ops[2])?;
                self.emit(Inst::VAlu {
                    op: add,
                    dst,
                    lhs: product,
                    rhs: c,
                });
                return Ok(());
            }
            Elementwise::MinMax { max, signed } => (max, signed),
            _ => unreachable!("handled above"),
        };
        self.min_max(l, max, signed, a, b, dst);
        Ok(())
    }

    /// `dst = min/max(a, b)` lane by lane.
    fn min_max(&mut self, l: Lanes, max: bool, signed: bool, a: Reg, b: Reg, dst: Reg) {
        // SSE2 has signed 16-bit and unsigned 8-bit minimum and maximum; the other
        // signedness flips the top bit of each lane around them.
        let native = match (l, signed, max) {
            (Lanes::I16, true, false) => Some(VOp::Pminsw),
            (Lanes::I16, true, true) => Some(VOp::Pmaxsw),
            (Lanes::I8, false, false) => Some(VOp::Pminub),
            (Lanes::I8, false, true) => Some(VOp::Pmaxub),
            _ => None,
        };
        if let Some(op) = native {
            self.emit(Inst::VAlu {
                op,
                dst,
                lhs: a,
                rhs: b,
            });
            return;
        }
        if l != Lanes::I32 {
            let op = match (l, max) {
                (Lanes::I16, false) => VOp::Pminsw,
                (Lanes::I16, true) => VOp::Pmaxsw,
                (_, false) => VOp::Pminub,
                (_, true) => VOp::Pmaxub,
            };
            let flip = self.sign_bits(l);
            let fa = self.valu(VOp::Pxor, a, flip);
            let fb = self.valu(VOp::Pxor, b, flip);
            let r = self.valu(op, fa, fb);
            self.emit(Inst::VAlu {
                op: VOp::Pxor,
                dst,
                lhs: r,
                rhs: flip,
            });
            return;
        }
        // 32-bit lanes: a mask of the lanes where a > b (signed, or after flipping the
        // top bits for unsigned), then a blend.
        let greater = if signed {
            self.valu(VOp::Pcmpgtd, a, b)
        } else {
            let flip = self.sign_bits(l);
            let fa = self.valu(VOp::Pxor, a, flip);
            let fb = self.valu(VOp::Pxor, b, flip);
            self.valu(VOp::Pcmpgtd, fa, fb)
        };
        let (when_greater, otherwise) = if max { (a, b) } else { (b, a) };
        self.blend(greater, when_greater, otherwise, dst);
    }

    /// `dst = op` of every lane of `x` (lane 0 of halves combined, then of quarters, ...).
    fn reduce(&mut self, op: Reduction, l: Lanes, x: Reg, dst: Reg) {
        let combine = |isel: &mut Self, a: Reg, b: Reg| match op {
            Reduction::Packed(v) => isel.valu(v, a, b),
            Reduction::MinMax { max, signed } => {
                let r = isel.vtmp();
                isel.min_max(l, max, signed, a, b, r);
                r
            }
        };
        let high = self.vperm(VPerm::Pshufd, x, 0x4e);
        let mut acc = combine(self, x, high);
        if l.count() >= 4 {
            let odd = self.vperm(VPerm::Pshufd, acc, 0xb1);
            acc = combine(self, acc, odd);
        }
        // 16-bit neighbours within each 32 bits, then bytes within each 16.
        for (lanes, shift, amount) in [(8, VShift::Psrld, 16), (16, VShift::Psrlw, 8)] {
            if l.count() >= lanes {
                let down = self.vtmp();
                self.emit(Inst::VShiftImm {
                    op: shift,
                    dst: down,
                    src: acc,
                    amount,
                });
                acc = combine(self, acc, down);
            }
        }
        match l {
            Lanes::I8 => {
                let word = self.ctx.new_reg(RegClass::Int);
                self.emit(Inst::VExtractW {
                    dst: word,
                    src: acc,
                    lane: 0,
                });
                self.emit(Inst::Ext {
                    signed: false,
                    from: 8,
                    dst,
                    src: word,
                });
            }
            Lanes::I16 => self.emit(Inst::VExtractW {
                dst,
                src: acc,
                lane: 0,
            }),
            _ => self.emit(Inst::MovFromF {
                double: l == Lanes::I64,
                dst,
                src: acc,
            }),
        }
    }

    /// Whether vector `op` has the same value in every lane: a splat constant or shuffle.
    fn is_splat(&self, op: Operand) -> bool {
        let m = self.ctx.m;
        match self.ctx.resolve(op) {
            Operand::Const(c) => match &m.const_data(c).kind {
                ConstKind::Aggregate(elems) => elems.windows(2).all(|w| w[0] == w[1]),
                _ => true,
            },
            Operand::Value(v) => {
                let Some(p) = self.ctx.producer(Operand::Value(v)) else {
                    return false;
                };
                match &self.ctx.body.insts[p].kind {
                    InstKind::ShuffleVector { mask, .. } => {
                        let first = mask.iter().flatten().next();
                        mask.iter().all(|k| k.is_none() || k.as_ref() == first)
                    }
                    _ => false,
                }
            }
        }
    }

    /// `dst = lane k of src`.
    fn extract(&mut self, l: Lanes, k: u32, src: Reg, dst: Reg) -> LResult {
        let k = k as u8;
        match l {
            Lanes::I16 => self.emit(Inst::VExtractW { dst, src, lane: k }),
            Lanes::I32 | Lanes::I64 => {
                let double = l == Lanes::I64;
                let from = match (k, double) {
                    (0, _) => src,
                    (_, false) => self.vperm(VPerm::Pshufd, src, k),
                    (_, true) => self.vperm(VPerm::Pshufd, src, 0xee),
                };
                self.emit(Inst::MovFromF {
                    double,
                    dst,
                    src: from,
                });
            }
            Lanes::F32 | Lanes::F64 => {
                if k == 0 {
                    self.emit(Inst::FCopy { dst, src });
                } else {
                    let imm = if l == Lanes::F32 { k } else { 0xee };
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src,
                        imm,
                    });
                }
            }
            Lanes::I8 => return unsupported("extractelement of a byte lane"),
        }
        Ok(())
    }

    /// Lane value `s` in lane 0 of an SSE register (a float already is; an integer is
    /// moved with `movd`/`movq`).
    fn in_sse_register(&mut self, l: Lanes, s: Reg) -> Reg {
        if l.is_float() {
            return s;
        }
        let t = self.vtmp();
        self.emit(Inst::MovToF {
            double: l == Lanes::I64,
            dst: t,
            src: s,
        });
        t
    }

    /// `dst = vec with lane k replaced by s`.
    fn insert(&mut self, l: Lanes, k: u32, vec: Reg, s: Reg, dst: Reg) -> LResult {
        match l {
            Lanes::I16 => self.emit(Inst::VInsertW {
                dst,
                vec,
                src: s,
                lane: k as u8,
            }),
            Lanes::I64 | Lanes::F64 => {
                let low = self.in_sse_register(l, s);
                let op = if k == 0 { VOp::Movsd } else { VOp::Punpcklqdq };
                self.emit(Inst::VAlu {
                    op,
                    dst,
                    lhs: vec,
                    rhs: low,
                });
            }
            Lanes::I32 | Lanes::F32 => {
                let low = self.in_sse_register(l, s);
                // `movss` replaces lane 0; another lane is swapped with lane 0 around it.
                if k == 0 {
                    self.emit(Inst::VAlu {
                        op: VOp::Movss,
                        dst,
                        lhs: vec,
                        rhs: low,
                    });
                } else {
                    let mut lanes = [0u8, 1, 2, 3];
                    lanes.swap(0, k as usize);
                    let swap = lanes
                        .iter()
                        .enumerate()
                        .fold(0u8, |imm, (i, &from)| imm | from << (2 * i));
                    let swapped = self.vperm(VPerm::Pshufd, vec, swap);
                    let merged = self.valu(VOp::Movss, swapped, low);
                    self.emit(Inst::VPermute {
                        op: VPerm::Pshufd,
                        dst,
                        src: merged,
                        imm: swap,
                    });
                }
            }
            Lanes::I8 => return unsupported("insertelement into a byte lane"),
        }
        Ok(())
    }
}
