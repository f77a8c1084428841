//! Tier 0 (AArch64): the block walk and control flow — labels, phi copies on edges, switches, indirect branches, returns.

use super::*;

impl FnLower<'_, '_> {
    pub(super) fn run(&mut self) -> Result<usize, CodegenError> {
        let body = self.body;
        let m = self.m;
        let nvals = body.values.len();
        self.uses = vec![0; nvals];
        for b in body.blocks.keys() {
            let l = match self.blocks.get(self.fid, b) {
                Some(l) => l,
                None => self.asm.ops.new_dynamic_label(),
            };
            self.labels.push(l);
        }
        for &b in &body.layout {
            for &i in &body.blocks[b].insts {
                body.insts[i].kind.for_each_operand(|op| {
                    if let Operand::Value(v) = op {
                        self.uses[v.as_u32() as usize] += 1;
                    }
                });
            }
        }
        let (ret_ty, param_tys, _) = m
            .types
            .function_sig(self.func.ty)
            .ok_or_else(|| self.err("function type"))?;
        self.refuse_long_double(ret_ty, param_tys)?;
        self.ret = classify_ret(m, self.dl, ret_ty).map_err(|e| self.err(e))?;
        self.eh =
            crate::eh::function_eh(m, self.dl, self.syms, self.fid).map_err(|e| self.err(e))?;

        let loc = std::mem::take(&mut self.loc);
        let plan = plan_frame(m, self.dl, self.func, body, loc)
            .map_err(|e| e.into_codegen(&self.func.name, |e| self.err(e)))?;
        let FramePlan {
            loc,
            va_areas,
            params,
            size,
        } = plan;
        self.loc = loc;
        self.frame = size;
        if let Some(d) = &mut self.asm.debug {
            // Static allocas are frame areas at fixed `x29` offsets for the whole function.
            for v in crate::debuginfo::declared_addresses(self.func) {
                if let Some(Loc::Addr(o)) = self.loc.get(v.as_u32() as usize) {
                    d.slot(v, *o);
                }
            }
        }

        // Prologue: frame record, frame (size patched at the end).
        self.asm.frame_record();
        let frame_at = self.asm.pos();
        self.asm.word(0xd280_0000 | u32::from(X16)); // movz x16, #frame_lo
        self.asm.word(0xf2a0_0000 | u32::from(X16)); // movk x16, #frame_hi, lsl 16
        self.asm.word(0xcb30_63ff); // sub sp, sp, x16 (uxtx)
        if let Some((gr, vr)) = va_areas {
            for r in 0..8u8 {
                self.asm.stx(r, FP, gr + 8 * i64::from(r));
                self.asm.st(Mem::Q, r, FP, vr + 16 * i64::from(r));
            }
            self.va = Some(VaInfo {
                gr_area: gr,
                vr_area: vr,
                gp_used: params.gp_used,
                fp_used: params.fp_used,
                stack_bytes: params.stack_size,
            });
        }
        for (i, &p) in self.func.params.iter().enumerate() {
            let ty = body.values[p].ty;
            let dst = match self.loc[p.as_u32() as usize] {
                Loc::Slot(o) if o < 0 => o,
                _ => continue,
            };
            let bits = match self.data(ty) {
                TypeData::Int(b) => *b,
                _ => 64,
            };
            match params.locs[i] {
                ArgLoc::Gp { first, n } => {
                    if n == 1 && bits < 64 {
                        self.asm.mov(X9, first);
                        self.asm.zext(X9, bits);
                        self.asm.stx(X9, FP, dst);
                    } else {
                        for k in 0..n {
                            self.asm.stx(first + k, FP, dst + 8 * i64::from(k));
                        }
                    }
                }
                ArgLoc::X8 => self.asm.stx(X8, FP, dst),
                ArgLoc::Fp {
                    first,
                    n,
                    elem_size,
                } => {
                    if n == 1 && self.is_word(ty) {
                        self.st_fp(dst, first, elem_size == 4);
                    } else {
                        let k = fp_mem(elem_size);
                        for j in 0..n {
                            self.asm.st(
                                k,
                                first + j,
                                FP,
                                dst + i64::from(j) * i64::from(elem_size),
                            );
                        }
                    }
                }
                ArgLoc::Byval { .. } => {}
                ArgLoc::Stack { off, size } => {
                    let src = 16 + i64::from(off);
                    if self.is_word(ty) {
                        self.asm
                            .ld_bytes(X9, FP, src, self.store_size(ty) as u32, X10);
                        self.asm.zext(X9, bits);
                        self.asm.stx(X9, FP, dst);
                    } else {
                        self.asm.copy(FP, dst, FP, src, u64::from(size), X9);
                    }
                }
            }
        }

        // Every argument is in the frame now: see `crate::tierup` for why counting is safe
        // here and at the top of the counted blocks.
        let counted = match self.counter {
            Some(_) => {
                let (blocks, fid) = (self.blocks, self.fid);
                self.count(self.osr.then_some(jit_core::backend::OSR_AT_ENTRY));
                counted_blocks(body, |b| blocks.get(fid, b).is_some())
            }
            None => Vec::new(),
        };
        // Source lines are recorded only for modules with debug information.
        let lines = self.asm.debug.is_some();
        for (bi, &b) in body.layout.iter().enumerate() {
            let next = body.layout.get(bi + 1).copied();
            let label = self.labels[b.as_u32() as usize];
            self.asm.ops.dynamic_label(label);
            if counted.get(b.as_u32() as usize) == Some(&true) {
                self.count(self.osr.then_some(b.as_u32()));
            }
            let insts = &body.blocks[b].insts;
            for (ii, &i) in insts.iter().enumerate() {
                self.cur_loc = body.insts[i].loc;
                if lines && let Some(d) = &mut self.asm.debug {
                    d.at(self.asm.ops.offset().0, body.insts[i].dbg);
                }
                let following = insts.get(ii + 1).copied();
                self.lower_inst(b, i, following, next)?;
            }
            self.fused = None;
        }
        if let Some(d) = &mut self.asm.debug {
            d.no_line(self.asm.ops.offset().0);
        }
        self.emit_landings()?;
        self.emit_tier_up_stubs();
        Ok(frame_at)
    }

    /// Decrements this function's tier-up counter (`adrp`, `ldr`, `subs`, `str`,
    /// `b.eq stub`; the call out of line, see [`Self::emit_tier_up_stubs`]). Uses `x16` and
    /// `x17`, free at block starts like every scratch register.
    fn count(&mut self, osr: Option<u32>) {
        let Some(c) = self.counter else { return };
        self.asm.sub1_u32_sym(c.array, c.offset);
        let stub = self.asm.ops.new_dynamic_label();
        let back = self.asm.ops.new_dynamic_label();
        self.asm.bcond(Cond::Eq, stub);
        self.asm.ops.dynamic_label(back);
        self.tier_up_stubs.push((stub, back, osr));
    }

    /// The slow paths of [`Self::count`], after the function's last block: each calls
    /// `__jit_tier_up(&counter)` — the counter's page is still in `x16` — and goes back; at
    /// a loop header of a function that may leave it, `__jit_osr(&counter, header, x29)`
    /// instead, and when that gives an entry, calls it with `x29` and returns its result as
    /// this function's (see [`jit_core::backend::OSR_SYMBOL`]). `x30` is free to clobber:
    /// the epilogue reloads it from the frame record.
    fn emit_tier_up_stubs(&mut self) {
        let Some(c) = self.counter else { return };
        if self.tier_up_stubs.is_empty() {
            return;
        }
        let tier_up = self.syms.external(self.m, TIER_UP_SYMBOL);
        let osr = self.osr.then(|| self.syms.external(self.m, OSR_SYMBOL));
        for (stub, back, header) in std::mem::take(&mut self.tier_up_stubs) {
            self.asm.ops.dynamic_label(stub);
            self.asm.add_lo12(0, X16, c.array, c.offset);
            match (header, osr) {
                (Some(block), Some(osr)) => {
                    self.asm.imm(1, u64::from(block));
                    dynasm!(self.asm.ops ; .arch aarch64 ; mov x2, x29);
                    self.asm.bl_sym(osr);
                    dynasm!(self.asm.ops
                        ; .arch aarch64
                        ; cbz x0, =>back
                        ; mov x16, x0
                        ; mov x0, x29
                        ; blr x16
                        ; mov sp, x29
                        ; ldp x29, x30, [sp], #16
                        ; ret
                    );
                }
                _ => {
                    self.asm.bl_sym(tier_up);
                    self.asm.b(back);
                }
            }
        }
    }

    pub(super) fn label(&self, b: Block) -> DynamicLabel {
        self.labels[b.as_u32() as usize]
    }

    /// `adrp`+`add` of block `b` of `f` (plus `off`): relocations against `f`'s symbol
    /// (±4 GiB, so any block of the module is in reach) whose addends get the block's
    /// offset once every function is assembled.
    pub(super) fn block_addr(&mut self, reg: u8, f: FuncId, b: Block, off: i64) -> R {
        let s = function_symbol(self.syms, f).map_err(|e| self.err(e))?;
        if self.blocks.get(f, b).is_none() {
            return Err(self.err("internal error (please report): blockaddress without a label"));
        }
        let first = self.asm.relocs.len();
        self.asm.addr_sym(reg, s, off);
        for reloc in first..self.asm.relocs.len() {
            self.block_relocs.push(PendingText {
                reloc,
                func: f,
                block: b,
            });
        }
        Ok(())
    }

    /// `indirectbr`: `br` to a block's code. The phis of a successor are copied for the
    /// edge from `b` only when the jump goes there, so the target is compared with each
    /// successor that has phis (its copies are made in a stub, as for conditional
    /// branches); a target without phis is jumped to directly.
    pub(super) fn indirect_br(&mut self, b: Block, addr: Operand, dests: &[Block]) -> R {
        self.gp(X9, addr)?;
        let (with_phis, all) = self.phi_successors(dests);
        for (k, &d) in with_phis.iter().enumerate() {
            let stub = self.edge(b, d);
            if all && k + 1 == with_phis.len() {
                // The target is one of `dests` (LangRef): the last one needs no test.
                self.asm.b(stub);
                return self.emit_stubs();
            }
            self.block_addr(X10, self.fid, d, 0)?;
            self.asm.cmp(X9, X10);
            let skip = self.asm.ops.new_dynamic_label();
            self.asm.bcond(Cond::Ne, skip);
            self.asm.b(stub);
            self.asm.ops.dynamic_label(skip);
        }
        dynasm!(self.asm.ops ; .arch aarch64 ; br x9);
        self.emit_stubs()
    }

    /// The distinct successors among `dests` that have phis, and whether all of them have.
    pub(super) fn phi_successors(&self, dests: &[Block]) -> (Vec<Block>, bool) {
        let mut seen = std::collections::HashSet::with_capacity(dests.len());
        let mut distinct: Vec<Block> = dests.iter().copied().filter(|&d| seen.insert(d)).collect();
        let n = distinct.len();
        distinct.retain(|&d| self.has_phis(d));
        let all = distinct.len() == n;
        (distinct, all)
    }

    pub(super) fn has_phis(&self, b: Block) -> bool {
        self.body.blocks[b]
            .insts
            .first()
            .is_some_and(|&i| matches!(self.body.insts[i].kind, InstKind::Phi { .. }))
    }

    pub(super) fn edge(&mut self, from: Block, to: Block) -> DynamicLabel {
        if !self.has_phis(to) {
            return self.label(to);
        }
        if let Some(&l) = self.stub_of.get(&to) {
            return l;
        }
        let l = self.asm.ops.new_dynamic_label();
        self.stubs.push((l, from, to));
        self.stub_of.insert(to, l);
        l
    }

    pub(super) fn emit_stubs(&mut self) -> R {
        let stubs = std::mem::take(&mut self.stubs);
        self.stub_of.clear();
        for &(l, from, to) in &stubs {
            self.asm.ops.dynamic_label(l);
            self.phi_copies(from, to)?;
            let target = self.label(to);
            self.asm.b(target);
        }
        Ok(())
    }

    pub(super) fn shadow(&mut self, v: Value) -> Result<i64, CodegenError> {
        if let Some(&o) = self.shadows.get(&v) {
            return Ok(o);
        }
        let ty = self.body.values[v].ty;
        let o = self.alloc(self.size(ty).max(8), 16)?;
        self.shadows.insert(v, o);
        Ok(o)
    }

    /// Parallel copy of the phis of `to` for the edge from `from`.
    pub(super) fn phi_copies(&mut self, from: Block, to: Block) -> R {
        let body = self.body;
        let mut phis: Vec<(Value, Operand)> = Vec::new();
        for &i in &body.blocks[to].insts {
            let InstKind::Phi { incoming } = &body.insts[i].kind else {
                break;
            };
            let Some(v) = body.insts[i].result else {
                continue;
            };
            let Some(&(op, _)) = incoming.iter().find(|(_, b)| *b == from) else {
                return Err(self.err("phi without an incoming value for a predecessor"));
            };
            if op != Operand::Value(v) {
                phis.push((v, op));
            }
        }
        let conflict = phis.iter().any(
            |&(_, op)| matches!(op, Operand::Value(src) if phis.iter().any(|&(d, _)| d == src)),
        );
        if !conflict {
            for &(v, op) in &phis {
                let ty = body.values[v].ty;
                let off = self.slot(v)?;
                self.put_slot(op, ty, off)?;
            }
            return Ok(());
        }
        let mut staged = Vec::with_capacity(phis.len());
        for &(v, op) in &phis {
            let ty = body.values[v].ty;
            let sh = self.shadow(v)?;
            self.put_slot(op, ty, sh)?;
            staged.push((v, sh));
        }
        for (v, sh) in staged {
            let ty = body.values[v].ty;
            let off = self.slot(v)?;
            let n = self.size(ty).max(8).next_multiple_of(8);
            self.asm.copy(FP, off, FP, sh, n, X9);
        }
        Ok(())
    }

    pub(super) fn switch(
        &mut self,
        b: Block,
        value: Operand,
        default: Block,
        cases: &[(u128, Block)],
    ) -> R {
        let bits = self.int_bits(self.ty_of(value))?;
        if bits > 64 {
            return Err(self.err("switch on i128"));
        }
        self.gp(X11, value)?;
        if let Some((min, range)) = dense(cases) {
            // Jump table in `.rodata`: entries are `i32` offsets of the targets from the
            // table start.
            if min != 0 {
                self.asm.imm(X10, min);
                dynasm!(self.asm.ops ; .arch aarch64 ; sub x11, x11, x10);
            }
            self.asm.cmp_imm(X11, range - 1, X10);
            let inside = self.asm.ops.new_dynamic_label();
            self.asm.bcond(Cond::Ls, inside);
            let d = self.edge(b, default);
            self.asm.b(d);
            self.asm.ops.dynamic_label(inside);
            let at = *self.tables_end;
            *self.tables_end = at + 4 * range;
            let sec = self.syms.section_symbol(self.rodata);
            self.asm.addr_sym(X16, sec, at as i64);
            // ldrsw x17, [x16, x11, lsl #2]
            self.asm
                .word(0xb8a0_7800 | (u32::from(X11) << 16) | (u32::from(X16) << 5) | 17);
            dynasm!(self.asm.ops ; .arch aarch64 ; add x16, x16, x17 ; br x16);
            let mut targets = vec![d; range as usize];
            for &(k, dest) in cases {
                targets[(k as u64 - min) as usize] = self.edge(b, dest);
            }
            self.fixups.push(Fixup::Table { at, targets });
            return self.emit_stubs();
        }
        let mut sorted: Vec<(u64, DynamicLabel)> = Vec::with_capacity(cases.len());
        for &(k, dest) in cases {
            let l = self.edge(b, dest);
            sorted.push((k as u64, l));
        }
        sorted.sort_unstable_by_key(|c| c.0);
        let d = self.edge(b, default);
        self.search(&sorted, d);
        self.emit_stubs()
    }

    /// Binary search over sorted case values in `x11` (unsigned: values are zero-extended);
    /// ends with a branch to `default`.
    pub(super) fn search(&mut self, cases: &[(u64, DynamicLabel)], default: DynamicLabel) {
        let eq = |s: &mut Self, k: u64, l: DynamicLabel| {
            let skip = s.asm.ops.new_dynamic_label();
            s.asm.cmp_imm(X11, k, X10);
            s.asm.bcond(Cond::Ne, skip);
            s.asm.b(l);
            s.asm.ops.dynamic_label(skip);
        };
        if cases.len() <= 4 {
            for &(k, l) in cases {
                eq(self, k, l);
            }
            self.asm.b(default);
            return;
        }
        let mid = cases.len() / 2;
        let (k, l) = cases[mid];
        eq(self, k, l);
        // Flags still hold `x11 - k`: lower half right here, upper half after it.
        let lower = self.asm.ops.new_dynamic_label();
        let upper = self.asm.ops.new_dynamic_label();
        self.asm.bcond(Cond::Lo, lower);
        self.asm.b(upper);
        self.asm.ops.dynamic_label(lower);
        self.search(&cases[..mid], default);
        self.asm.ops.dynamic_label(upper);
        self.search(&cases[mid + 1..], default);
    }

    pub(super) fn ret(&mut self, value: Option<Operand>) -> R {
        if let Some(op) = value {
            let ty = self.ty_of(op);
            match self.ret {
                RetLoc::Void => {}
                RetLoc::Gp(1) if self.is_word(ty) => self.gp(0, op)?,
                RetLoc::Gp(n) => {
                    if self.is_i128(ty) {
                        self.gp(0, op)?;
                        self.gp_hi(1, op)?;
                    } else {
                        let src = self.in_memory(op, ty)?;
                        for k in 0..n {
                            self.asm.ldx(k, FP, src + 8 * i64::from(k));
                        }
                    }
                }
                RetLoc::Fp { n, elem_size } => {
                    if n == 1 && self.is_word(ty) {
                        self.fp(0, op, elem_size == 4)?;
                    } else {
                        let src = self.in_memory(op, ty)?;
                        let k = fp_mem(elem_size);
                        for j in 0..n {
                            self.asm
                                .ld(k, j, FP, src + i64::from(j) * i64::from(elem_size));
                        }
                    }
                }
            }
        }
        self.asm.word(0x9100_03bf); // mov sp, x29
        self.asm.word(0xa8c1_7bfd); // ldp x29, x30, [sp], #16
        self.asm.word(0xd65f_03c0); // ret
        Ok(())
    }

    // ---------------------------------------------------------------- arithmetic
}

impl FnLower<'_, '_> {
    /// An invoke: the call (its instruction a call site of the exception tables), the
    /// normal edge's phi copies and branch; the landing pad comes after the blocks.
    pub(super) fn invoke(
        &mut self,
        b: Block,
        (callee, fn_ty, args, res): (Operand, Type, &[CallArg], Option<Value>),
        normal: Block,
        unwind: Block,
        next: Option<Block>,
    ) -> R {
        self.last_call = None;
        self.call(callee, fn_ty, args, &ParamAttrs::default(), res)?;
        if let Some((begin, end, stack)) = self.last_call.take() {
            let (value, clauses, cleanup) =
                crate::eh::landing_pad(self.m, self.dl, self.syms, self.body, unwind)
                    .map_err(|e| self.err(e))?;
            let label = self.asm.ops.new_dynamic_label();
            let Some(eh) = self.eh.as_mut() else {
                return Err(self.err("invoke in a function without a personality"));
            };
            eh.add_site(begin, end, label, &clauses, cleanup);
            let value = value.filter(|v| !matches!(self.loc[v.as_u32() as usize], Loc::None));
            self.landings.push(crate::eh::Landing {
                label,
                from: b,
                to: unwind,
                stack: stack as u32,
                value,
            });
        }
        if self.has_phis(normal) {
            self.phi_copies(b, normal)?;
        }
        if Some(normal) != next {
            let t = self.label(normal);
            self.asm.b(t);
        }
        Ok(())
    }

    /// The landing pads of the function's invokes (see [`crate::eh`]): the exception
    /// pointer comes in `x0`, the selector in `w1`.
    fn emit_landings(&mut self) -> R {
        for l in std::mem::take(&mut self.landings) {
            self.asm.ops.dynamic_label(l.label);
            if l.stack > 0 {
                self.asm.add_off(SP, SP, i64::from(l.stack));
            }
            if let Some(v) = l.value {
                let o = self.slot(v)?;
                self.asm.stx(0, FP, o);
                self.asm.stx(1, FP, o + 8);
            }
            if self.has_phis(l.to) {
                self.phi_copies(l.from, l.to)?;
            }
            let t = self.label(l.to);
            self.asm.b(t);
        }
        Ok(())
    }
}
