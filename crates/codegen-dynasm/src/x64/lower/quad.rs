//! `fp128` (`__float128`) on x86-64 through libgcc's soft-float routines (`__addtf3`,
//! `__lttf2`, `__extenddftf2`, `__fixtfdi`, ...), which take and return `fp128` in whole
//! SSE registers (class SSE+SSEUP). A value lives in a 16-byte slot; glibc's `*f128`
//! functions cover the intrinsics that are not plain bit operations.

use super::*;
use crate::softfloat::{self, MathCall, QuadCompare, QuadLibm, ResultVsZero};

impl FnLower<'_, '_> {
    /// Loads an `fp128` operand into `xmm<x>`.
    fn ldq(&mut self, x: u8, op: Operand) -> R {
        let o = self.wide_addr(op, Type::FP128)?;
        dynasm!(self.asm.ops ; .arch x64 ; movups Rx(x), [rbp + o]);
        Ok(())
    }

    /// Stores `xmm0` into the slot at `o`.
    fn stq(&mut self, o: i32) {
        dynasm!(self.asm.ops ; .arch x64 ; movups [rbp + o], xmm0);
    }

    /// Writes an `fp128` constant's 16 bytes at `[base + off]` (uses `rcx`).
    pub(super) fn write_const_quad(&mut self, bits: u128, base: u8, off: i32) {
        self.asm.imm(RCX, bits as u64);
        self.asm.st(base, off, RCX);
        self.asm.imm(RCX, (bits >> 64) as u64);
        self.asm.st(base, off + 8, RCX);
    }

    /// `fadd`/`fsub`/`fmul`/`fdiv`/`frem` on `fp128`.
    pub(super) fn binary_quad(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, o: i32) -> R {
        let Some(name) = softfloat::arith(op, "fmodf128") else {
            return Err(self.err("integer operation on fp128"));
        };
        self.ldq(0, lhs)?;
        self.ldq(1, rhs)?;
        self.libcall(name);
        self.stq(o);
        Ok(())
    }

    /// `fneg` on `fp128`: flips the sign bit.
    pub(super) fn fneg_quad(&mut self, arg: Operand, o: i32) -> R {
        let s = self.wide_addr(arg, Type::FP128)?;
        self.asm.ld(RAX, RBP, s);
        self.asm.st(RBP, o, RAX);
        self.asm.ld(RAX, RBP, s + 8);
        dynasm!(self.asm.ops ; .arch x64 ; btc rax, 63);
        self.asm.st(RBP, o + 8, RAX);
        Ok(())
    }

    /// Calls the libgcc comparison `name` on (lhs, rhs) and sets `rax` to `eax <cc> 0`.
    fn cmp_call(&mut self, name: &'static str, lhs: Operand, rhs: Operand, cc: Cc) -> R {
        self.ldq(0, lhs)?;
        self.ldq(1, rhs)?;
        self.libcall(name);
        dynasm!(self.asm.ops ; .arch x64 ; test eax, eax);
        self.asm.setcc(cc, RAX);
        Ok(())
    }

    /// `fcmp` on `fp128`: the 0/1 result in `rax`.
    pub(super) fn fcmp_quad(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        let cc = |z| match z {
            ResultVsZero::Eq => Cc::E,
            ResultVsZero::Ne => Cc::Ne,
            ResultVsZero::Lt => Cc::L,
            ResultVsZero::Le => Cc::Le,
            ResultVsZero::Gt => Cc::G,
            ResultVsZero::Ge => Cc::Ge,
        };
        match softfloat::compare(pred) {
            QuadCompare::Constant(b) => self.asm.imm(RAX, u64::from(b)),
            QuadCompare::Call(name, z) => self.cmp_call(name, lhs, rhs, cc(z))?,
            QuadCompare::UnorderedOrEqual { negate } => {
                let t = self.alloc(8, 8)?;
                self.cmp_call("__unordtf2", lhs, rhs, Cc::Ne)?;
                self.asm.st(RBP, t, RAX);
                self.cmp_call("__eqtf2", lhs, rhs, Cc::E)?;
                dynasm!(self.asm.ops ; .arch x64 ; or rax, [rbp + t]);
                if negate {
                    dynasm!(self.asm.ops ; .arch x64 ; xor eax, 1);
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
        o: i32,
    ) -> R {
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        match op {
            CastOp::FPExt if self.is_x87(from) => {
                // The x87 argument travels in memory (class X87).
                let s = self.wide_addr(value, from)?;
                dynasm!(self.asm.ops ; .arch x64 ; sub rsp, 16);
                self.asm.copy(RSP, 0, RBP, s, 16, RAX);
                self.libcall("__extendxftf2");
                dynasm!(self.asm.ops ; .arch x64 ; add rsp, 16);
                self.stq(o);
            }
            CastOp::FPExt => {
                let f32 = matches!(self.data(from), TypeData::Float);
                self.xmm(0, value, f32)?;
                self.libcall(softfloat::extend(f32));
                self.stq(o);
            }
            CastOp::FPTrunc if self.is_x87(to) => {
                self.ldq(0, value)?;
                self.libcall("__trunctfxf2");
                self.fstp80(o);
            }
            CastOp::FPTrunc => {
                let f32 = matches!(self.data(to), TypeData::Float);
                self.ldq(0, value)?;
                self.libcall(softfloat::truncate(f32));
                self.st_xmm(o, 0, f32);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let signed = op == CastOp::SIToFP;
                let name = softfloat::from_int(signed, fbits);
                self.gp(RDI, value)?;
                if fbits > 64 {
                    self.gp_hi(RSI, value)?;
                    if signed && fbits < 128 {
                        self.asm.sext(RSI, fbits - 64);
                    }
                } else if signed {
                    self.asm.sext(RDI, fbits);
                }
                self.libcall(name);
                self.stq(o);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let signed = op == CastOp::FPToSI;
                let name = softfloat::to_int(signed, tbits);
                self.ldq(0, value)?;
                self.libcall(name);
                if tbits > 64 {
                    self.asm.st(RBP, o, RAX);
                    if tbits < 128 {
                        self.asm.zext(RDX, tbits - 64);
                    }
                    self.asm.st(RBP, o + 8, RDX);
                } else {
                    if tbits < 64 {
                        self.asm.zext(RAX, tbits);
                    }
                    self.asm.st(RBP, o, RAX);
                }
            }
            CastOp::BitCast => {
                let s = self.wide_addr(value, from)?;
                self.asm.copy(RBP, o, RBP, s, 16, RCX);
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
                let s = self.wide_addr(a0, Type::FP128)?;
                self.asm.ld(RAX, RBP, s);
                self.asm.st(RBP, o, RAX);
                self.asm.ld(RAX, RBP, s + 8);
                dynasm!(self.asm.ops ; .arch x64 ; btr rax, 63);
                if which == Copysign {
                    let b = self.wide_addr(a(1).ok_or_else(missing)?, Type::FP128)?;
                    dynasm!(self.asm.ops ; .arch x64
                        ; mov rcx, [rbp + b + 8] ; shr rcx, 63 ; shl rcx, 63 ; or rax, rcx);
                }
                self.asm.st(RBP, o + 8, RAX);
            }
            FMulAdd => {
                // LLVM expands it into a multiply and an add for fp128.
                self.ldq(0, a0)?;
                self.ldq(1, a(1).ok_or_else(missing)?)?;
                self.libcall("__multf3");
                self.ldq(1, a(2).ok_or_else(missing)?)?;
                self.libcall("__addtf3");
                self.stq(o);
            }
            IsFpClass => {
                let mask = a(1).ok_or_else(missing)?;
                let s = self.wide_addr(a0, Type::FP128)?;
                self.fpclass_quad(s, mask, o)?;
            }
            Lround | Llround | Lrint | Llrint => {
                let name = match which {
                    Lround => "lroundf128",
                    Llround => "llroundf128",
                    Lrint => "lrintf128",
                    _ => "llrintf128",
                };
                self.ldq(0, a0)?;
                self.libcall(name);
                let bits = bit_width(self.m, self.body.values[v].ty);
                if bits < 64 {
                    self.asm.zext(RAX, bits);
                }
                self.asm.st(RBP, o, RAX);
            }
            _ => {
                let Some(MathCall {
                    name,
                    quad_args: n,
                    int_arg: int,
                }) = softfloat::quad_math(which, QuadLibm::Float128)
                else {
                    return Err(
                        self.err(format!("intrinsic `llvm.{}` on fp128", which.base_name()))
                    );
                };
                for r in 0..n {
                    self.ldq(r, a(usize::from(r)).ok_or_else(missing)?)?;
                }
                if int {
                    self.gp(RDI, a(1).ok_or_else(missing)?)?;
                }
                self.libcall(name);
                self.stq(o);
            }
        }
        Ok(())
    }

    /// `llvm.is.fpclass` on the fp128 at `[rbp + s]` (LangRef bit numbering), from the
    /// sign, the 15-bit exponent and the 112-bit significand as integers.
    fn fpclass_quad(&mut self, s: i32, mask: Operand, o: i32) -> R {
        self.gp(RDX, mask)?;
        dynasm!(self.asm.ops ; .arch x64
            ; mov r8, [rbp + s + 8]          // sign, exponent, significand high
            ; mov r9, r8 ; shl r9, 16 ; or r9, [rbp + s] // significand != 0
            ; mov rax, r8 ; shr rax, 48 ; and eax, 0x7fff // exponent
            ; cmp eax, 0x7fff ; je >special
            ; test eax, eax ; jz >zero_exp
            ; mov ecx, 8 ; jmp >sign         // normal: 8 / 3
            ; zero_exp:
            ; mov ecx, 6 ; test r9, r9 ; jz >sign // zero: 6 / 5
            ; mov ecx, 7 ; jmp >sign         // subnormal: 7 / 4
            ; special:
            ; test r9, r9 ; jnz >nan
            ; mov ecx, 9 ; jmp >sign         // infinity: 9 / 2
            ; nan:
            ; mov rcx, r8 ; shr rcx, 47 ; and ecx, 1 // quiet NaN: 1, signalling: 0
            ; jmp >done
            ; sign:
            ; test r8, r8 ; jns >done
            ; neg ecx ; add ecx, 11          // mirror: 8→3, 6→5, 7→4, 9→2
            ; done:
            ; shr rdx, cl ; and edx, 1
        );
        self.asm.st(RBP, o, RDX);
        Ok(())
    }
}
