//! `x86_fp80` (C `long double` on x86-64) on the x87 unit.
//!
//! A value lives in a 16-byte slot holding its 10-byte memory format. Each instruction
//! pushes its operands with `fld tword`, computes on the x87 register stack and pops the
//! result with `fstp tword`, so the x87 stack is empty between instructions, as the
//! System V ABI wants it at calls (except for an `x86_fp80` result in `st(0)`).
//!
//! The control word stays at the ABI default (64-bit precision, round to nearest).
//! Conversions to integers switch its rounding field to truncation around one `fistp`,
//! since `fisttp` is SSE3 and baseline x86-64 lacks it; `floor`/`ceil`/`trunc` do the same
//! around `frndint`. The x87 instructions are emitted as raw bytes from the Intel manual.

use super::*;

/// 2^63 and 2^64 as IEEE single-precision bit patterns (exact, loaded with `fld dword`).
const TWO63_F32: i32 = 0x5F00_0000;
const TWO64_F32: i32 = 0x5F80_0000;

/// x87 control word rounding-control field values (bits 10–11).
const RC_DOWN: i32 = 0x0400;
const RC_UP: i32 = 0x0800;
const RC_CHOP: i32 = 0x0C00;

impl FnLower<'_, '_> {
    /// True for `x86_fp80`.
    pub(super) fn is_x87(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::X86Fp80)
    }

    /// True for `fp128` (`__float128`, computed in `quad.rs`).
    pub(super) fn is_fp128(&self, ty: Type) -> bool {
        matches!(self.data(ty), TypeData::Fp128)
    }

    /// An x87 instruction with a `[rbp + disp32]` operand: `opc /ext`.
    fn x87_rbp(&mut self, opc: u8, ext: u8, off: i32) {
        self.asm.ops.extend([opc, 0x80 | (ext << 3) | 5]);
        self.asm.ops.extend(off.to_le_bytes());
    }

    /// An x87 instruction with a `[rsp + disp32]` operand: `opc /ext`.
    fn x87_rsp(&mut self, opc: u8, ext: u8, off: i32) {
        self.asm.ops.extend([opc, 0x84 | (ext << 3), 0x24]);
        self.asm.ops.extend(off.to_le_bytes());
    }

    /// Raw x87 instruction bytes.
    fn x87(&mut self, bytes: &[u8]) {
        self.asm.ops.extend(bytes.iter().copied());
    }

    /// The slot holding an `x86_fp80` operand; a constant is written to a fresh temporary.
    fn x87_addr(&mut self, op: Operand) -> Result<i32, CodegenError> {
        self.rax_cache = None;
        match op {
            Operand::Value(v) => self.slot(v),
            Operand::Const(c) => {
                let t = self.alloc(16, 16)?;
                self.write_const(c, Type::X86_FP80, RBP, t)?;
                Ok(t)
            }
        }
    }

    /// `fld tword` of an operand.
    fn fld80(&mut self, op: Operand) -> R {
        let o = self.x87_addr(op)?;
        self.x87_rbp(0xDB, 5, o);
        Ok(())
    }

    /// `fstp tword [rbp + o]`.
    pub(super) fn fstp80(&mut self, o: i32) {
        self.x87_rbp(0xDB, 7, o);
    }

    /// Pushes an `x86_fp80` operand for a return in `st(0)`.
    pub(super) fn ret80(&mut self, op: Operand) -> R {
        self.fld80(op)
    }

    /// `fstp st(0)`: drops an unused `st(0)` result of a call.
    pub(super) fn pop80(&mut self) {
        self.x87(&[0xDD, 0xD8]);
    }

    /// Writes an `x86_fp80` constant's 10 bytes at `[base + off]`.
    pub(super) fn write_const80(&mut self, bits: u128, base: u8, off: i32) {
        self.asm.imm(RCX, bits as u64);
        self.asm.st(base, off, RCX);
        self.asm.imm(RCX, (bits >> 64) as u64);
        self.asm.st_n(base, off + 8, RCX, 2);
    }

    /// Sets the rounding control to `rc` around `body`; `t` is a 16-byte temporary whose
    /// bytes 0–3 hold the saved and the modified control words.
    fn with_rounding(&mut self, rc: i32, t: i32, body: impl FnOnce(&mut Self) -> R) -> R {
        self.x87_rbp(0xD9, 7, t); // fnstcw [t]
        dynasm!(self.asm.ops ; .arch x64
            ; movzx eax, WORD [rbp + t] ; or eax, rc ; mov WORD [rbp + t + 2], ax);
        self.x87_rbp(0xD9, 5, t + 2); // fldcw [t+2]
        body(self)?;
        self.x87_rbp(0xD9, 5, t); // fldcw [t]
        Ok(())
    }

    /// `fadd`/`fsub`/`fmul`/`fdiv`/`frem` on `x86_fp80`.
    pub(super) fn binary80(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand, o: i32) -> R {
        self.fld80(lhs)?;
        self.fld80(rhs)?;
        // st(0) = rhs, st(1) = lhs; `op st(1), st(0)` then pop leaves lhs op rhs.
        match op {
            BinaryOp::FAdd => self.x87(&[0xDE, 0xC1]),
            BinaryOp::FSub => self.x87(&[0xDE, 0xE9]),
            BinaryOp::FMul => self.x87(&[0xDE, 0xC9]),
            BinaryOp::FDiv => self.x87(&[0xDE, 0xF9]),
            BinaryOp::FRem => {
                // fprem computes C's fmod (truncating quotient), in steps: repeat while C2.
                self.x87(&[0xD9, 0xC9]); // fxch: st(0) = lhs, st(1) = rhs
                let again = self.asm.ops.new_dynamic_label();
                dynasm!(self.asm.ops ; .arch x64 ; =>again);
                self.x87(&[0xD9, 0xF8, 0xDF, 0xE0]); // fprem ; fnstsw ax
                dynasm!(self.asm.ops ; .arch x64 ; test eax, 0x400 ; jnz =>again);
                self.x87(&[0xDD, 0xD9]); // fstp st(1)
            }
            _ => return Err(self.err("integer operation on x86_fp80")),
        }
        self.fstp80(o);
        Ok(())
    }

    /// `fneg` on `x86_fp80`.
    pub(super) fn fneg80(&mut self, arg: Operand, o: i32) -> R {
        self.fld80(arg)?;
        self.x87(&[0xD9, 0xE0]); // fchs
        self.fstp80(o);
        Ok(())
    }

    /// `fcmp` on `x86_fp80`: the result (0/1) in `rax`.
    pub(super) fn fcmp80(&mut self, pred: FloatPredicate, lhs: Operand, rhs: Operand) -> R {
        use FloatPredicate::*;
        match pred {
            False | True => {
                self.rax_cache = None;
                self.asm.imm(RAX, u64::from(pred == True));
                return Ok(());
            }
            _ => {}
        }
        // Only "above" conditions are safe with unordered operands: swap for less-than.
        let swap = matches!(pred, Olt | Ole | Ugt | Uge);
        let (a, b) = if swap { (rhs, lhs) } else { (lhs, rhs) };
        self.fld80(b)?;
        self.fld80(a)?;
        // fucomip st(0), st(1): flags as `ucomisd a, b`; then drop b.
        self.x87(&[0xDF, 0xE9, 0xDD, 0xD8]);
        self.setcc_after_ucomi(pred);
        Ok(())
    }

    /// Casts with an `x86_fp80` side.
    pub(super) fn cast80(&mut self, op: CastOp, value: Operand, from: Type, to: Type, o: i32) -> R {
        let fbits = bit_width(self.m, from);
        let tbits = bit_width(self.m, to);
        match op {
            CastOp::FPExt => {
                // float/double → x86_fp80 through memory.
                self.gp(RAX, value)?;
                let t = self.alloc(16, 16)?;
                self.asm.st(RBP, t, RAX);
                let opc = if matches!(self.data(from), TypeData::Float) {
                    0xD9
                } else {
                    0xDD
                };
                self.x87_rbp(opc, 0, t); // fld dword/qword
                self.fstp80(o);
            }
            CastOp::FPTrunc => {
                self.fld80(value)?;
                let t = self.alloc(16, 16)?;
                let f32 = matches!(self.data(to), TypeData::Float);
                self.x87_rbp(if f32 { 0xD9 } else { 0xDD }, 3, t); // fstp dword/qword
                self.asm.ld_n(RAX, RBP, t, if f32 { 4 } else { 8 });
                self.asm.st(RBP, o, RAX);
            }
            CastOp::SIToFP | CastOp::UIToFP => {
                let signed = op == CastOp::SIToFP;
                let t = self.alloc(16, 16)?;
                if fbits > 64 {
                    // hi·2^64 + lo with one rounding: both terms are exact in 64 bits.
                    self.gp(RAX, value)?;
                    self.gp_hi(RCX, value)?;
                    self.asm.st(RBP, t, RCX);
                    self.asm.st(RBP, t + 8, RAX);
                    self.x87_rbp(0xDF, 5, t); // fild qword hi
                    dynasm!(self.asm.ops ; .arch x64 ; mov DWORD [rbp + t], TWO64_F32);
                    if !signed {
                        self.fix_unsigned(RCX, t);
                    }
                    self.x87_rbp(0xD8, 1, t); // fmul dword 2^64
                    self.x87_rbp(0xDF, 5, t + 8); // fild qword lo
                    self.fix_unsigned(RAX, t);
                    self.x87(&[0xDE, 0xC1]); // faddp
                } else {
                    self.gp(RAX, value)?;
                    if signed {
                        self.asm.sext(RAX, fbits);
                    }
                    self.asm.st(RBP, t + 8, RAX);
                    self.x87_rbp(0xDF, 5, t + 8); // fild qword
                    if !signed && fbits == 64 {
                        dynasm!(self.asm.ops ; .arch x64 ; mov DWORD [rbp + t], TWO64_F32);
                        self.fix_unsigned(RAX, t);
                    }
                }
                self.fstp80(o);
            }
            CastOp::FPToSI | CastOp::FPToUI => {
                let signed = op == CastOp::FPToSI;
                if tbits > 64 {
                    // libgcc: __fix{,uns}xfti(long double in memory) -> rdx:rax
                    self.fld80(value)?;
                    dynasm!(self.asm.ops ; .arch x64 ; sub rsp, 16);
                    self.x87_rsp(0xDB, 7, 0);
                    self.libcall(if signed { "__fixxfti" } else { "__fixunsxfti" });
                    dynasm!(self.asm.ops ; .arch x64 ; add rsp, 16);
                    self.asm.st(RBP, o, RAX);
                    self.asm.st(RBP, o + 8, RDX);
                    return Ok(());
                }
                let t = self.alloc(16, 16)?;
                self.fld80(value)?;
                if !signed && tbits == 64 {
                    // x < 2^63: plain; else convert x - 2^63 and set the top bit.
                    let big = self.asm.ops.new_dynamic_label();
                    let done = self.asm.ops.new_dynamic_label();
                    dynasm!(self.asm.ops ; .arch x64 ; mov DWORD [rbp + t + 4], TWO63_F32);
                    self.x87_rbp(0xD9, 0, t + 4); // fld dword 2^63
                    self.x87(&[0xDF, 0xE9]); // fucomip: 2^63 vs x, pops
                    dynasm!(self.asm.ops ; .arch x64 ; jbe =>big);
                    self.with_rounding(RC_CHOP, t, |s| {
                        s.x87_rbp(0xDF, 7, t + 8); // fistp qword
                        Ok(())
                    })?;
                    dynasm!(self.asm.ops ; .arch x64 ; mov rax, [rbp + t + 8] ; jmp =>done ; =>big);
                    self.x87_rbp(0xD8, 4, t + 4); // fsub dword 2^63
                    self.with_rounding(RC_CHOP, t, |s| {
                        s.x87_rbp(0xDF, 7, t + 8);
                        Ok(())
                    })?;
                    dynasm!(self.asm.ops ; .arch x64 ; mov rax, [rbp + t + 8] ; btc rax, 63 ; =>done);
                } else {
                    self.with_rounding(RC_CHOP, t, |s| {
                        s.x87_rbp(0xDF, 7, t + 8); // fistp qword
                        Ok(())
                    })?;
                    self.asm.ld(RAX, RBP, t + 8);
                }
                self.asm.zext(RAX, tbits);
                self.asm.st(RBP, o, RAX);
            }
            CastOp::BitCast => {
                self.put_slot(value, from, o)?;
                if self.is_x87(from) {
                    // An `i80` slot is zero-extended to 128 bits.
                    self.asm.zero(RBP, o + 10, 6, RCX);
                }
            }
            _ => return Err(self.err(format!("`{}` with x86_fp80", op.name()))),
        }
        Ok(())
    }

    /// After `fild` of the 64-bit pattern in `reg`: adds 2^64 (the float at `[rbp + t]`)
    /// when its top bit is set, making the load unsigned (exact: the sum fits 64 bits).
    fn fix_unsigned(&mut self, reg: u8, t: i32) {
        let skip = self.asm.ops.new_dynamic_label();
        dynasm!(self.asm.ops ; .arch x64 ; test Rq(reg), Rq(reg) ; jns =>skip);
        self.x87_rbp(0xD8, 0, t); // fadd dword 2^64
        dynasm!(self.asm.ops ; .arch x64 ; =>skip);
    }

    /// Calls a C library function taking `x87` `long double` arguments (in memory, in
    /// order) and optionally one `int` in `edi`; the result stays in `st(0)` / `rax`.
    fn x87_libcall(&mut self, name: &'static str, x87: &[Operand], int: Option<Operand>) -> R {
        let bytes = 16 * x87.len() as i32;
        if bytes > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; sub rsp, bytes);
        }
        for (i, &a) in x87.iter().enumerate() {
            self.fld80(a)?;
            self.x87_rsp(0xDB, 7, 16 * i as i32);
        }
        if let Some(k) = int {
            self.gp(RDI, k)?;
        }
        self.libcall(name);
        if bytes > 0 {
            dynasm!(self.asm.ops ; .arch x64 ; add rsp, bytes);
        }
        Ok(())
    }

    /// Intrinsics with an `x86_fp80` operand or result.
    pub(super) fn intrinsic80(&mut self, intr: Intrinsic, args: &[CallArg], v: Value) -> R {
        use Intrinsic::*;
        let o = self.slot(v)?;
        let a = |i: usize| args.get(i).map(|a| a.value);
        let missing = || self.err("intrinsic arguments");
        let a0 = a(0).ok_or_else(missing)?;
        let unary = |s: &mut Self, bytes: &[u8]| -> R {
            s.fld80(a0)?;
            s.x87(bytes);
            s.fstp80(o);
            Ok(())
        };
        match intr {
            Fabs => unary(self, &[0xD9, 0xE1])?,
            Sqrt => unary(self, &[0xD9, 0xFA])?,
            Rint | NearbyInt | RoundEven => unary(self, &[0xD9, 0xFC])?,
            Floor | Ceil | Trunc => {
                let rc = match intr {
                    Floor => RC_DOWN,
                    Ceil => RC_UP,
                    _ => RC_CHOP,
                };
                let t = self.alloc(16, 16)?;
                self.fld80(a0)?;
                self.with_rounding(rc, t, |s| {
                    s.x87(&[0xD9, 0xFC]); // frndint
                    Ok(())
                })?;
                self.fstp80(o);
            }
            Copysign => {
                let b = a(1).ok_or_else(missing)?;
                let (sa, sb) = (self.x87_addr(a0)?, self.x87_addr(b)?);
                self.asm.copy(RBP, o, RBP, sa, 10, RCX);
                dynasm!(self.asm.ops ; .arch x64
                    ; movzx eax, WORD [rbp + sb + 8] ; and eax, 0x8000
                    ; movzx ecx, WORD [rbp + sa + 8] ; and ecx, 0x7fff
                    ; or eax, ecx ; mov WORD [rbp + o + 8], ax);
            }
            FMulAdd => {
                // Not fused, like the x86-64 backend's `double` and clang without FMA.
                let (b, c) = (a(1).ok_or_else(missing)?, a(2).ok_or_else(missing)?);
                self.fld80(a0)?;
                self.fld80(b)?;
                self.x87(&[0xDE, 0xC9]); // fmulp
                self.fld80(c)?;
                self.x87(&[0xDE, 0xC1]); // faddp
                self.fstp80(o);
            }
            IsFpClass => {
                let mask = a(1).ok_or_else(missing)?;
                let s = self.x87_addr(a0)?;
                self.fpclass80(s, mask, o)?;
            }
            Lround | Llround | Lrint | Llrint => {
                let name = match intr {
                    Lround => "lroundl",
                    Llround => "llroundl",
                    Lrint => "lrintl",
                    _ => "llrintl",
                };
                self.x87_libcall(name, &[a0], None)?;
                let bits = bit_width(self.m, self.body.values[v].ty);
                self.asm.zext(RAX, bits);
                self.asm.st(RBP, o, RAX);
            }
            _ => {
                let (name, n, int): (&'static str, usize, bool) = match intr {
                    Round => ("roundl", 1, false),
                    Fma => ("fmal", 3, false),
                    MinNum => ("fminl", 2, false),
                    MaxNum => ("fmaxl", 2, false),
                    Pow => ("powl", 2, false),
                    Exp => ("expl", 1, false),
                    Exp2 => ("exp2l", 1, false),
                    Log => ("logl", 1, false),
                    Log2 => ("log2l", 1, false),
                    Log10 => ("log10l", 1, false),
                    Sin => ("sinl", 1, false),
                    Cos => ("cosl", 1, false),
                    Ldexp => ("ldexpl", 1, true),
                    Powi => ("__powixf2", 1, true),
                    _ => {
                        return Err(
                            self.err(format!("intrinsic `llvm.{}` on x86_fp80", intr.base_name()))
                        );
                    }
                };
                let ops: Vec<Operand> = (0..n)
                    .map(|i| a(i).ok_or_else(missing))
                    .collect::<Result<_, _>>()?;
                let int = if int {
                    Some(a(1).ok_or_else(missing)?)
                } else {
                    None
                };
                self.x87_libcall(name, &ops, int)?;
                self.fstp80(o);
            }
        }
        Ok(())
    }

    /// `llvm.is.fpclass` on the x86_fp80 at `[rbp + s]`: sign, exponent and significand are
    /// examined as integers, then the class's bit (LangRef numbering) is tested in `mask`.
    fn fpclass80(&mut self, s: i32, mask: Operand, o: i32) -> R {
        self.gp(R8, mask)?;
        // rcx: class bit; rax: significand; edx: sign and exponent.
        let (special, zero_exp, sign, done) = (
            self.asm.ops.new_dynamic_label(),
            self.asm.ops.new_dynamic_label(),
            self.asm.ops.new_dynamic_label(),
            self.asm.ops.new_dynamic_label(),
        );
        dynasm!(self.asm.ops ; .arch x64
            ; mov rax, [rbp + s] ; movzx edx, WORD [rbp + s + 8]
            ; mov ecx, edx ; and ecx, 0x7fff
            ; cmp ecx, 0x7fff ; je =>special
            ; test ecx, ecx ; je =>zero_exp
            // normal: 8 (positive) / 3 (negative)
            ; mov ecx, 8 ; jmp =>sign
            ; =>zero_exp
            ; mov ecx, 6 ; test rax, rax ; je =>sign // zero: 6 / 5
            ; mov ecx, 7 ; jmp =>sign               // subnormal: 7 / 4
            ; =>special
            ; mov r9, rax ; shl r9, 1 ; jne >nan
            ; mov ecx, 9 ; jmp =>sign               // infinity: 9 / 2
            ; nan:
            ; bt rax, 62 ; setc cl ; movzx ecx, cl  // quiet NaN: 1, signalling: 0
            ; jmp =>done
            ; =>sign
            ; test edx, 0x8000 ; je =>done
            ; neg ecx ; add ecx, 11                 // mirror: 8→3, 6→5, 7→4, 9→2
            ; =>done
            ; bt r8, rcx ; setc al ; movzx eax, al
        );
        self.asm.st(RBP, o, RAX);
        Ok(())
    }
}
