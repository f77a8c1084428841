//! Inline asm beyond the recognized idioms: the snippet from `jit-asm`, spliced between
//! a fill of its operand buffer (on the stack) and a copy of its results.

use super::{FnLower, R};
use crate::x64::emit::{RBP, RCX, RDI, RSP};
use dynasmrt::{DynasmApi, dynasm};
use jit_core::ir::{CallArg, InlineAsm, Value};

impl FnLower<'_, '_> {
    /// Any inline asm: operands go to a stack buffer, the assembled snippet runs with the
    /// buffer address in `rdi` (it keeps the C calling convention), results come back.
    pub(super) fn general_asm(&mut self, a: &InlineAsm, args: &[CallArg], res: Option<Value>) -> R {
        let typed: Vec<_> = args
            .iter()
            .map(|x| (x.value, self.ty_of(x.value)))
            .collect();
        let rty = res.map(|v| self.body.values[v].ty);
        let site = jit_asm::compile_site(self.m, self.dl, a, jit_asm::Isa::X86_64, &typed, rty)
            .map_err(|e| self.err(e.to_string()))?;
        let snip = &site.snippet;
        let size = snip.buffer_size() as i32;
        dynasm!(self.asm.ops ; .arch x64 ; sub rsp, size);
        for (i, &(op, ty)) in typed.iter().enumerate() {
            self.store_mem(op, ty, RSP, snip.arg_offset(i) as i32)?;
        }
        self.asm.mov(RDI, RSP);
        self.asm.ops.extend(snip.code.iter().copied());
        if let (Some(v), Some(rty)) = (res, rty) {
            let o = self.slot(v)?;
            self.zero_slot(rty, o)?;
            for (k, place) in site.results.iter().enumerate() {
                let from = snip.result_offset(k) as i32;
                let to = o + place.offset as i32;
                self.asm
                    .copy(RBP, to, RSP, from, u64::from(place.bytes), RCX);
            }
        }
        dynasm!(self.asm.ops ; .arch x64 ; add rsp, size);
        Ok(())
    }
}
