//! `fp128` (C `long double` on AArch64 Linux) through libgcc's soft-float routines
//! (`__addtf3`, `__lttf2`, `__extenddftf2`, `__fixtfdi`, ...), which take and return
//! `fp128` in `q` registers as AAPCS64 says. A value lives in a 16-byte slot; libm's `*l`
//! functions cover the intrinsics that are not plain bit operations.

use super::*;
use crate::softfloat::{self, MathCall, QuadCompare, QuadLibm, ResultVsZero};

impl FnLower<'_, '_> {
    /// True for `fp128`.
    pub(super) fn is_quad(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Fp128)
    }

    /// Loads an `fp128` operand into `q<r>`.
    fn ldq(&mut self, r: u8, op: Operand) -> R {
        let o = self.in_memory(op, Type::FP128)?;
        self.asm.ld(Mem::Q, r, FP, o);
        Ok(())
    }

    /// Stores `q<r>` into the slot at `o`.
    fn stq(&mut self, o: i64, r: u8) {
        self.asm.st(Mem::Q, r, FP, o);
    }

    /// Writes an `fp128` constant's 16 bytes at `[base + off]`.
    pub(super) fn write_const_quad(&mut self, bits: u128, base: u8, off: i64) {
        self.asm.imm(X9, bits as u64);
        self.asm.stx(X9, base, off);
        self.asm.imm(X9, (bits >> 64) as u64);
        self.asm.stx(X9, base, off + 8);
    }

    /// `fadd`/`fsub`/`fmul`/`fdiv`/`frem` on `fp128`.
    pub(super) fn binary_quad(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, o: i64) -> R {
        let Some(name) = softfloat::arith(op, "fmodl") else {
            return Err(self.err("integer operation on fp128"));
        };
        self.ldq(0, lhs)?;
        self.ldq(1, rhs)?;
        self.libcall(name);
        self.stq(o, 0);
        Ok(())
    }

    /// `fneg` on `fp128`: flips the sign bit.
    pub(super) fn fneg_quad(&mut self, arg: Operand, o: i64) -> R {
        let s = self.in_memory(arg, Type::FP128)?;
        self.asm.ldx(X9, FP, s);
        self.asm.ldx(X10, FP, s + 8);
        self.asm.imm(X11, 1 << 63);
        dynasm!(self.asm.ops ; .arch aarch64 ; eor x10, x10, x11);
        self.asm.stx(X9, FP, o);
        self.asm.stx(X10, FP, o + 8);
        Ok(())
    }

    /// Calls the libgcc comparison `name` on (lhs, rhs) and sets `x9` to `w0 <cond> 0`.
    fn cmp_call(&mut self, name: &'static str, lhs: Operand, rhs: Operand, c: Cond) -> R {
        self.ldq(0, lhs)?;
        self.ldq(1, rhs)?;
        self.libcall(name);
        dynasm!(self.asm.ops ; .arch aarch64 ; cmp w0, 0);
        self.asm.cset(X9, c);
        Ok(())
    }

    /// `fcmp` on `fp128`: the 0/1 result in `x9`.
    pub(super) fn fcmp_quad(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        let cond = |z| match z {
            ResultVsZero::Eq => Cond::Eq,
            ResultVsZero::Ne => Cond::Ne,
            ResultVsZero::Lt => Cond::Lt,
            ResultVsZero::Le => Cond::Le,
            ResultVsZero::Gt => Cond::Gt,
            ResultVsZero::Ge => Cond::Ge,
        };
        match softfloat::compare(pred) {
            QuadCompare::Constant(b) => self.asm.imm(X9, u64::from(b)),
            QuadCompare::Call(name, z) => self.cmp_call(name, lhs, rhs, cond(z))?,
            QuadCompare::UnorderedOrEqual { negate } => {
                let t = self.alloc(16, 16)?;
                self.cmp_call("__unordtf2", lhs, rhs, Cond::Ne)?;
                self.asm.stx(X9, FP, t);
                self.cmp_call("__eqtf2", lhs, rhs, Cond::Eq)?;
                self.asm.ldx(X10, FP, t);
                if negate {
                    dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x10 ; eor x9, x9, 1);
                } else {
                    dynasm!(self.asm.ops ; .arch aarch64 ; orr x9, x9, x10);
                }
            }
        }
        Ok(())
    }

    /// Casts with an `fp128` side.
    pub(super) fn cast_quad(
        &mut self,
        op: CastOp,
        value: Operand,
        from: Type,
        to: Type,
        o: i64,
    ) -> R {
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        if matches!(self.data(from), TypeData::X86Fp80)
            || matches!(self.data(to), TypeData::X86Fp80)
        {
            return Err(self.err("x86_fp80 on AArch64"));
        }
        match op {
            CastOp::FPExt => {
                let f32 = self.is_f32(from);
                self.fp(0, value, f32)?;
                self.libcall(softfloat::extend(f32));
                self.stq(o, 0);
            }
            CastOp::FPTrunc => {
                let f32 = self.is_f32(to);
                self.ldq(0, value)?;
                self.libcall(softfloat::truncate(f32));
                self.st_fp(o, 0, f32);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let signed = op == CastOp::SIToFP;
                let name = softfloat::from_int(signed, fbits);
                self.gp(0, value)?;
                if fbits > 64 {
                    self.gp_hi(1, value)?;
                } else if signed {
                    self.asm.sext(0, 0, fbits);
                }
                self.libcall(name);
                self.stq(o, 0);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let signed = op == CastOp::FPToSI;
                let name = softfloat::to_int(signed, tbits);
                self.ldq(0, value)?;
                self.libcall(name);
                if tbits > 64 {
                    self.asm.stx(0, FP, o);
                    self.asm.stx(1, FP, o + 8);
                } else {
                    self.asm.zext(0, tbits);
                    self.asm.stx(0, FP, o);
                }
            }
            CastOp::BitCast => {
                let s = self.in_memory(value, from)?;
                self.asm.copy(FP, o, FP, s, 16, X9);
            }
            _ => return Err(self.err(format!("`{}` with fp128", op.name()))),
        }
        Ok(())
    }

    /// Intrinsics with an `fp128` operand or result.
    pub(super) fn intrinsic_quad(&mut self, which: Intrinsic, args: &[CallArg], v: Value) -> R {
        use Intrinsic::*;
        let o = self.slot(v)?;
        let a = |i: usize| args.get(i).map(|a| a.value);
        let err = self.err("intrinsic arguments");
        let missing = || err.clone();
        let a0 = a(0).ok_or_else(missing)?;
        match which {
            Fabs | Copysign => {
                let s = self.in_memory(a0, Type::FP128)?;
                self.asm.ldx(X9, FP, s);
                self.asm.ldx(X10, FP, s + 8);
                dynasm!(self.asm.ops ; .arch aarch64 ; and x10, x10, 0x7fff_ffff_ffff_ffff);
                if which == Copysign {
                    let b = self.in_memory(a(1).ok_or_else(missing)?, Type::FP128)?;
                    self.asm.ldx(X11, FP, b + 8);
                    dynasm!(self.asm.ops ; .arch aarch64
                        ; and x11, x11, 0x8000_0000_0000_0000 ; orr x10, x10, x11);
                }
                self.asm.stx(X9, FP, o);
                self.asm.stx(X10, FP, o + 8);
            }
            FMulAdd => {
                // LLVM expands it into a multiply and an add for fp128.
                self.ldq(0, a0)?;
                self.ldq(1, a(1).ok_or_else(missing)?)?;
                self.libcall("__multf3");
                self.ldq(1, a(2).ok_or_else(missing)?)?;
                self.libcall("__addtf3");
                self.stq(o, 0);
            }
            IsFpClass => {
                let mask = a(1).ok_or_else(missing)?;
                let s = self.in_memory(a0, Type::FP128)?;
                self.fpclass_quad(s, mask, o)?;
            }
            Lround | Llround | Lrint | Llrint => {
                let name = match which {
                    Lround => "lroundl",
                    Llround => "llroundl",
                    Lrint => "lrintl",
                    _ => "llrintl",
                };
                self.ldq(0, a0)?;
                self.libcall(name);
                let bits = bit_width(self.m, self.body.values[v].ty);
                self.asm.zext(0, bits);
                self.asm.stx(0, FP, o);
            }
            _ => {
                let Some(MathCall {
                    name,
                    quad_args: n,
                    int_arg: int,
                }) = softfloat::quad_math(which, QuadLibm::LongDouble)
                else {
                    return Err(
                        self.err(format!("intrinsic `llvm.{}` on fp128", which.base_name()))
                    );
                };
                for r in 0..n {
                    self.ldq(r, a(usize::from(r)).ok_or_else(missing)?)?;
                }
                if int {
                    self.gp(0, a(1).ok_or_else(missing)?)?;
                }
                self.libcall(name);
                self.stq(o, 0);
            }
        }
        Ok(())
    }

    /// `llvm.is.fpclass` on the fp128 at `[x29 + s]` (LangRef bit numbering), from the
    /// sign, the 15-bit exponent and the 112-bit significand as integers.
    fn fpclass_quad(&mut self, s: i64, mask: Operand, o: i64) -> R {
        self.gp(X12, mask)?;
        self.asm.ldx(X9, FP, s); // significand low
        self.asm.ldx(X10, FP, s + 8); // sign, exponent, significand high
        dynasm!(self.asm.ops ; .arch aarch64
            ; ubfx x11, x10, 48, 15          // exponent
            ; ubfx x13, x10, 0, 48           // significand high
            ; orr x14, x9, x13               // significand != 0
            ; mov x15, 0x7fff
            ; cmp x11, x15 ; b.eq >special
            ; cbz x11, >zero_exp
            ; mov x11, 8 ; b >sign           // normal: 8 / 3
            ; zero_exp:
            ; mov x11, 6 ; cbz x14, >sign    // zero: 6 / 5
            ; mov x11, 7 ; b >sign           // subnormal: 7 / 4
            ; special:
            ; cbnz x14, >nan
            ; mov x11, 9 ; b >sign           // infinity: 9 / 2
            ; nan:
            ; ubfx x11, x10, 47, 1           // quiet NaN: 1, signalling: 0
            ; b >done
            ; sign:
            ; tbz x10, 63, >done
            ; mov x15, 11 ; sub x11, x15, x11 // mirror: 8→3, 6→5, 7→4, 9→2
            ; done:
            ; lsr x12, x12, x11 ; and x12, x12, 1
        );
        self.asm.stx(X12, FP, o);
        Ok(())
    }
}
