//! Vectors and `fp128` at call boundaries: moving a value between its stack slot and the
//! 16-byte SSE registers ([`ArgLoc::Xmm16`], [`RetLoc::Xmm16`]) or 16-byte-aligned stack
//! argument memory ([`ArgLoc::Stack16`]) that the System V convention gives it.

use super::*;

impl FnLower<'_, '_> {
    /// The frame offset of 16-byte-readable memory holding `op` (type `ty`): its slot, or
    /// a fresh temporary written with the constant.
    pub(super) fn wide_addr(&mut self, op: Operand, ty: Type) -> Result<i32, CodegenError> {
        self.rax_cache = None;
        match op {
            Operand::Value(v) => self.slot(v),
            Operand::Const(c) => {
                let size = self.size(ty).max(16);
                let t = self.alloc(size, 16)?;
                self.write_const(c, ty, RBP, t)?;
                Ok(t)
            }
        }
    }

    /// Loads the `n` 16-byte pieces of the value at `[rbp + o]` into `xmm<first>`...
    /// (a value narrower than 16 bytes leaves garbage in the upper lanes, which the ABI
    /// allows).
    pub(super) fn load_xmm16(&mut self, first: u8, n: u8, o: i32) {
        for k in 0..n {
            let x = first + k;
            let at = o + 16 * i32::from(k);
            dynasm!(self.asm.ops ; .arch x64 ; movups Rx(x), [rbp + at]);
        }
    }

    /// Stores `xmm<first>`... into the slot at `[rbp + o]` holding `size` bytes; a value
    /// of 8 bytes or less writes only its 8-byte slot.
    pub(super) fn store_xmm16(&mut self, first: u8, n: u8, o: i32, size: u64) {
        for k in 0..n {
            let x = first + k;
            let at = o + 16 * i32::from(k);
            if size <= 8 {
                dynasm!(self.asm.ops ; .arch x64 ; movsd QWORD [rbp + at], Rx(x));
            } else {
                dynasm!(self.asm.ops ; .arch x64 ; movups [rbp + at], Rx(x));
            }
        }
    }

    /// Writes argument `op` of type `ty` into `n` SSE registers from `xmm<first>`.
    pub(super) fn arg_xmm16(&mut self, first: u8, n: u8, op: Operand, ty: Type) -> R {
        let o = self.wide_addr(op, ty)?;
        self.load_xmm16(first, n, o);
        Ok(())
    }

    /// Copies argument `op` of type `ty` to the outgoing stack argument at `[rsp + off]`.
    pub(super) fn arg_stack16(&mut self, op: Operand, ty: Type, off: u32) -> R {
        self.store_mem(op, ty, RSP, off as i32)
    }

    /// Copies an incoming stack argument at `[rbp + 16 + off]` into the slot `dst`.
    pub(super) fn param_stack16(&mut self, ty: Type, off: u32, dst: i32) {
        let size = self.store_size(ty).max(8);
        self.asm.copy(RBP, dst, RBP, 16 + off as i32, size, RCX);
    }
}
