//! Inline asm beyond the recognized idioms: the snippet from `jit-asm`, spliced between
//! a fill of its operand buffer (on the stack) and a copy of its results.

use super::{FnLower, R};
use crate::aarch64::emit::{FP, SP, X9};
use jit_core::ir::{CallArg, InlineAsm, Value};

impl FnLower<'_, '_> {
    /// Any inline asm: operands go to a stack buffer, the assembled snippet runs with the
    /// buffer address in `x0` (it keeps the C calling convention), results come back.
    pub(super) fn general_asm(&mut self, a: &InlineAsm, args: &[CallArg], res: Option<Value>) -> R {
        let typed: Vec<_> = args
            .iter()
            .map(|x| (x.value, self.ty_of(x.value)))
            .collect();
        let rty = res.map(|v| self.body.values[v].ty);
        let site = jit_asm::compile_site(self.m, self.dl, a, jit_asm::Isa::Aarch64, &typed, rty)
            .map_err(|e| self.err(e.to_string()))?;
        let snip = &site.snippet;
        let size = i64::from(snip.buffer_size());
        self.asm.add_off(SP, SP, -size);
        for (i, &(op, ty)) in typed.iter().enumerate() {
            self.store_mem(op, ty, SP, i64::from(snip.arg_offset(i)))?;
        }
        self.asm.add_off(0, SP, 0);
        for w in snip.code.chunks_exact(4) {
            self.asm
                .word(u32::from_le_bytes(w.try_into().expect("4-byte chunk")));
        }
        if let (Some(v), Some(rty)) = (res, rty) {
            let o = self.slot(v)?;
            let n = self.size(rty).max(8);
            self.asm.zero(FP, o, n);
            for (k, place) in site.results.iter().enumerate() {
                let from = i64::from(snip.result_offset(k));
                let to = o + place.offset as i64;
                self.asm.copy(FP, to, SP, from, u64::from(place.bytes), X9);
            }
        }
        self.asm.add_off(SP, SP, size);
        Ok(())
    }
}
