//! Atomic instructions on x86-64. The hardware is TSO: every aligned load is an acquire
//! load and every aligned store a release store, so only a `seq_cst` store (through `xchg`)
//! and a `seq_cst` fence (`mfence`) need more than a plain move. Read-modify-writes are
//! `xchg`, `lock xadd`, or a `lock cmpxchg` loop that recomputes the new value from the old
//! one until no other thread wrote in between.

use dynasmrt::{DynasmApi, DynasmLabelApi, dynasm};
use jit_core::ir::{AtomicOrdering, InstKind, RmwOp, SyncScope, Type, TypeData, Value};

use super::{FnLower, R};
use crate::x64::emit::{Cc, R8, R9, RAX, RBP, RCX, RDX};

impl FnLower<'_, '_> {
    /// Bytes of an atomic access of type `ty` (1, 2, 4 or 8).
    fn atomic_bytes(&self, ty: Type) -> Result<u32, jit_core::backend::CodegenError> {
        let n = self.store_size(ty);
        if !matches!(n, 1 | 2 | 4 | 8) || !self.is_word(ty) {
            return Err(self.err(format!(
                "atomic access of type `{}`",
                self.m.types.display(ty)
            )));
        }
        Ok(n as u32)
    }

    /// `lock cmpxchg [rdx], src` of `n` bytes (compares with `rax`/`eax`/`ax`/`al`).
    fn lock_cmpxchg(&mut self, n: u32, src: u8) {
        match n {
            1 => dynasm!(self.asm.ops ; .arch x64 ; lock cmpxchg BYTE [rdx], Rb(src)),
            2 => dynasm!(self.asm.ops ; .arch x64 ; lock cmpxchg WORD [rdx], Rw(src)),
            4 => dynasm!(self.asm.ops ; .arch x64 ; lock cmpxchg DWORD [rdx], Rd(src)),
            _ => dynasm!(self.asm.ops ; .arch x64 ; lock cmpxchg QWORD [rdx], Rq(src)),
        }
    }

    /// `xchg [rdx], rcx` of `n` bytes (implicitly locked).
    fn xchg_rdx_rcx(&mut self, n: u32) {
        match n {
            1 => dynasm!(self.asm.ops ; .arch x64 ; xchg BYTE [rdx], cl),
            2 => dynasm!(self.asm.ops ; .arch x64 ; xchg WORD [rdx], cx),
            4 => dynasm!(self.asm.ops ; .arch x64 ; xchg DWORD [rdx], ecx),
            _ => dynasm!(self.asm.ops ; .arch x64 ; xchg QWORD [rdx], rcx),
        }
    }

    /// Lowers `load atomic`, `store atomic`, `atomicrmw`, `cmpxchg` and `fence`.
    pub(super) fn atomic(&mut self, kind: &InstKind, res: Option<Value>) -> R {
        match kind {
            InstKind::AtomicLoad { ptr, .. } => {
                let v = self.result(res)?;
                let n = self.atomic_bytes(self.body.values[v].ty)?;
                let o = self.slot(v)?;
                self.gp_via_rax(RDX, *ptr)?;
                self.asm.ld_n(RCX, RDX, 0, n);
                self.asm.st(RBP, o, RCX);
                Ok(())
            }
            InstKind::AtomicStore {
                value,
                ptr,
                ordering,
                scope,
                ..
            } => {
                let n = self.atomic_bytes(self.ty_of(*value))?;
                self.gp_via_rax(RDX, *ptr)?;
                self.gp(RCX, *value)?;
                if *ordering == AtomicOrdering::SeqCst && *scope == SyncScope::System {
                    self.xchg_rdx_rcx(n);
                } else {
                    self.asm.st_n(RDX, 0, RCX, n);
                }
                Ok(())
            }
            InstKind::AtomicRmw { op, ptr, value, .. } => {
                let v = self.result(res)?;
                let ty = self.ty_of(*value);
                let n = self.atomic_bytes(ty)?;
                let o = self.slot(v)?;
                self.gp_via_rax(RDX, *ptr)?;
                self.gp(RCX, *value)?;
                match op {
                    RmwOp::Xchg => self.xchg_rdx_rcx(n),
                    RmwOp::Add | RmwOp::Sub => {
                        if *op == RmwOp::Sub {
                            dynasm!(self.asm.ops ; .arch x64 ; neg rcx);
                        }
                        match n {
                            1 => dynasm!(self.asm.ops ; .arch x64 ; lock xadd BYTE [rdx], cl),
                            2 => dynasm!(self.asm.ops ; .arch x64 ; lock xadd WORD [rdx], cx),
                            4 => dynasm!(self.asm.ops ; .arch x64 ; lock xadd DWORD [rdx], ecx),
                            _ => dynasm!(self.asm.ops ; .arch x64 ; lock xadd QWORD [rdx], rcx),
                        }
                    }
                    _ => {
                        self.rmw_loop(*op, n, ty)?;
                        dynasm!(self.asm.ops ; .arch x64 ; mov rcx, rax);
                    }
                }
                self.asm.zext(RCX, n * 8);
                self.asm.st(RBP, o, RCX);
                Ok(())
            }
            InstKind::CmpXchg {
                ptr, expected, new, ..
            } => {
                let v = self.result(res)?;
                let n = self.atomic_bytes(self.ty_of(*expected))?;
                let o = self.slot(v)?;
                self.gp_via_rax(RDX, *ptr)?;
                self.gp(RCX, *new)?;
                self.gp(RAX, *expected)?;
                self.lock_cmpxchg(n, RCX);
                self.asm.setcc(Cc::E, R8);
                self.asm.zext(RAX, n * 8);
                if n == 8 {
                    self.asm.st(RBP, o, RAX);
                    self.asm.st(RBP, o + 8, R8);
                } else {
                    // `{ iN, i1 }`: the flag is the byte right after the value.
                    let sh = (n * 8) as i8;
                    dynasm!(self.asm.ops ; .arch x64 ; shl r8, sh ; or rax, r8);
                    self.asm.st(RBP, o, RAX);
                }
                Ok(())
            }
            InstKind::Fence { ordering, scope } => {
                if *ordering == AtomicOrdering::SeqCst && *scope == SyncScope::System {
                    dynasm!(self.asm.ops ; .arch x64 ; mfence);
                }
                Ok(())
            }
            _ => Err(self.bug("not an atomic instruction")),
        }
    }

    /// `rax` = old value of `[rdx]` after atomically replacing it by `op(old, rcx)`;
    /// clobbers `r8`–`r10` and `xmm0`/`xmm1`.
    fn rmw_loop(&mut self, op: RmwOp, n: u32, ty: Type) -> R {
        let bits = n * 8;
        let f32 = matches!(self.data(ty), TypeData::Float);
        if op.is_float() && !matches!(self.data(ty), TypeData::Float | TypeData::Double) {
            return Err(self.err("floating-point atomicrmw on a non-float type"));
        }
        self.asm.ld_n(RAX, RDX, 0, n);
        let again = self.asm.ops.new_dynamic_label();
        self.asm.ops.dynamic_label(again);
        // A failed narrow `cmpxchg` only rewrites the low bits of `rax`.
        self.asm.zext(RAX, bits);
        self.asm.mov(R8, RAX);
        match op {
            RmwOp::And => dynasm!(self.asm.ops ; .arch x64 ; and r8, rcx),
            RmwOp::Or => dynasm!(self.asm.ops ; .arch x64 ; or r8, rcx),
            RmwOp::Xor => dynasm!(self.asm.ops ; .arch x64 ; xor r8, rcx),
            RmwOp::Nand => dynasm!(self.asm.ops ; .arch x64 ; and r8, rcx ; not r8),
            RmwOp::Max | RmwOp::Min => {
                self.asm.sext(R8, bits);
                self.asm.mov(R9, RCX);
                self.asm.sext(R9, bits);
                dynasm!(self.asm.ops ; .arch x64 ; cmp r8, r9 ; mov r8, rax);
                let cc = if op == RmwOp::Max { Cc::L } else { Cc::G };
                self.asm.cmov(cc, R8, RCX);
            }
            RmwOp::UMax | RmwOp::UMin => {
                dynasm!(self.asm.ops ; .arch x64 ; cmp rax, rcx);
                let cc = if op == RmwOp::UMax { Cc::B } else { Cc::A };
                self.asm.cmov(cc, R8, RCX);
            }
            RmwOp::UIncWrap => {
                dynasm!(self.asm.ops ; .arch x64 ; lea r8, [rax + 1] ; xor r9d, r9d ; cmp rax, rcx);
                self.asm.cmov(Cc::Ae, R8, R9);
            }
            RmwOp::UDecWrap => {
                dynasm!(self.asm.ops ; .arch x64 ; lea r8, [rax - 1] ; cmp rax, rcx);
                self.asm.cmov(Cc::A, R8, RCX);
                dynasm!(self.asm.ops ; .arch x64 ; test rax, rax);
                self.asm.cmov(Cc::E, R8, RCX);
            }
            RmwOp::FAdd | RmwOp::FSub | RmwOp::FMax | RmwOp::FMin => {
                dynasm!(self.asm.ops ; .arch x64 ; movq xmm0, rax ; movq xmm1, rcx);
                match (op, f32) {
                    (RmwOp::FAdd, true) => dynasm!(self.asm.ops ; .arch x64 ; addss xmm0, xmm1),
                    (RmwOp::FAdd, false) => dynasm!(self.asm.ops ; .arch x64 ; addsd xmm0, xmm1),
                    (RmwOp::FSub, true) => dynasm!(self.asm.ops ; .arch x64 ; subss xmm0, xmm1),
                    (RmwOp::FSub, false) => dynasm!(self.asm.ops ; .arch x64 ; subsd xmm0, xmm1),
                    // maxnum/minnum: `maxss`/`minss` return the second operand when either is
                    // NaN, so a NaN operand `v` keeps the old value instead.
                    (RmwOp::FMax, true) => dynasm!(self.asm.ops ; .arch x64
                        ; maxss xmm0, xmm1 ; ucomiss xmm1, xmm1 ; jnp >ok ; movq xmm0, rax ; ok:),
                    (RmwOp::FMax, false) => dynasm!(self.asm.ops ; .arch x64
                        ; maxsd xmm0, xmm1 ; ucomisd xmm1, xmm1 ; jnp >ok ; movq xmm0, rax ; ok:),
                    (RmwOp::FMin, true) => dynasm!(self.asm.ops ; .arch x64
                        ; minss xmm0, xmm1 ; ucomiss xmm1, xmm1 ; jnp >ok ; movq xmm0, rax ; ok:),
                    _ => dynasm!(self.asm.ops ; .arch x64
                        ; minsd xmm0, xmm1 ; ucomisd xmm1, xmm1 ; jnp >ok ; movq xmm0, rax ; ok:),
                }
                dynasm!(self.asm.ops ; .arch x64 ; movq r8, xmm0);
            }
            RmwOp::Xchg | RmwOp::Add | RmwOp::Sub => {
                return Err(self.bug("xchg/add/sub need no cmpxchg loop"));
            }
        }
        self.lock_cmpxchg(n, R8);
        self.asm.jcc(Cc::Ne, again);
        Ok(())
    }
}
