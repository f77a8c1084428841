//! Tier 0 (x86-64): control flow — block labels, phi copies on edges, `indirectbr`, `switch`, returns.

use super::*;

impl FnLower<'_, '_> {
    pub(super) fn label(&self, b: Block) -> DynamicLabel {
        self.labels[b.as_u32() as usize]
    }

    /// The module-wide label of block `b` of `f`, whose address the module takes.
    pub(super) fn block_label(&self, f: FuncId, b: Block) -> Result<DynamicLabel, CodegenError> {
        if self.syms.function(f).is_none() {
            return Err(self.err("blockaddress of a function without code in this module"));
        }
        self.blocks
            .get(f, b)
            .ok_or_else(|| self.bug("blockaddress constant without a label"))
    }

    /// `indirectbr`: a jump through a register to a block's code. The phis of a successor
    /// are copied for the edge from `b` only when the jump goes there, so the target is
    /// compared with each successor that has phis (its copies are made in a stub, as for
    /// conditional branches); a target without phis is jumped to directly.
    pub(super) fn indirect_br(&mut self, b: Block, addr: Operand, dests: &[Block]) -> R {
        self.gp(RAX, addr)?;
        let (with_phis, all) = self.phi_successors(dests);
        for (k, &d) in with_phis.iter().enumerate() {
            let stub = self.edge(b, d);
            if all && k + 1 == with_phis.len() {
                // The target is one of `dests` (LangRef): the last one needs no test.
                self.asm.jmp(stub);
                return self.emit_stubs();
            }
            let target = self.label(d);
            dynasm!(self.asm.ops ; .arch x64 ; lea rcx, [=>target] ; cmp rax, rcx);
            self.asm.jcc(Cc::E, stub);
        }
        dynasm!(self.asm.ops ; .arch x64 ; jmp rax);
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

    /// The label to jump to for edge `from -> to`: the block itself, or a stub doing the
    /// phi copies (emitted after the terminator).
    pub(super) fn edge(&mut self, from: Block, to: Block) -> DynamicLabel {
        if !self.has_phis(to) {
            return self.label(to);
        }
        // All stubs of one terminator share `from`: key them by target.
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
            self.asm.jmp(target);
        }
        Ok(())
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
            // Phis with many predecessors (big switches) get an index so that the copies
            // of all edges stay linear.
            let found = if incoming.len() > 8 {
                self.phi_maps
                    .entry(i)
                    .or_insert_with(|| {
                        let mut map = HashMap::with_capacity(incoming.len());
                        for &(op, b) in incoming.iter().rev() {
                            map.insert(b, op);
                        }
                        map
                    })
                    .get(&from)
                    .copied()
            } else {
                incoming.iter().find(|(_, b)| *b == from).map(|&(op, _)| op)
            };
            let Some(op) = found else {
                return Err(self.err("phi without an incoming value for a predecessor"));
            };
            phis.push((v, op));
        }
        let conflict = phis.iter().any(
            |&(_, op)| matches!(op, Operand::Value(src) if phis.iter().any(|&(d, _)| d == src)),
        );
        if !conflict {
            for &(v, op) in &phis {
                if op == Operand::Value(v) {
                    continue;
                }
                let ty = body.values[v].ty;
                let off = self.slot(v)?;
                self.put_slot(op, ty, off)?;
            }
            return Ok(());
        }
        // Read everything first (push), then write (pop in reverse).
        for &(v, op) in &phis {
            let ty = body.values[v].ty;
            if self.is_word(ty) {
                self.gp(RCX, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; push rcx);
            } else if self.is_i128(ty) || self.is_x87(ty) || self.is_fp128(ty) {
                self.gp(RCX, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; push rcx);
                self.gp_hi(RCX, op)?;
                dynasm!(self.asm.ops ; .arch x64 ; push rcx);
            } else {
                return Err(self.err("swapping aggregate phis"));
            }
        }
        for &(v, _) in phis.iter().rev() {
            let ty = body.values[v].ty;
            let off = self.slot(v)?;
            if self.is_i128(ty) || self.is_x87(ty) || self.is_fp128(ty) {
                dynasm!(self.asm.ops ; .arch x64 ; pop rcx ; mov [rbp + off + 8], rcx);
            }
            dynasm!(self.asm.ops ; .arch x64 ; pop rcx ; mov [rbp + off], rcx);
        }
        Ok(())
    }

    pub(super) fn ret(&mut self, value: Option<Operand>) -> R {
        let rty = self.ty_of_ret();
        match (self.ret.clone(), value) {
            (RetLoc::Void, _) | (_, None) => {
                if let Some(p) = self.sret_param() {
                    self.gp(RAX, Operand::Value(p))?;
                }
            }
            (RetLoc::Gp, Some(v)) => {
                self.gp(RAX, v)?;
                if self.func.ret_attrs.has(ParamAttrs::SIGNEXT) {
                    let bits = bit_width(self.m, rty);
                    self.asm.sext(RAX, bits);
                }
            }
            (RetLoc::Gp2, Some(v)) => {
                self.gp(RAX, v)?;
                self.gp_hi(RDX, v)?;
            }
            (RetLoc::Xmm, Some(v)) => {
                let f32 = matches!(self.data(rty), TypeData::Float);
                self.xmm(0, v, f32)?;
            }
            (RetLoc::X87, Some(v)) => self.ret80(v)?,
            (RetLoc::Xmm16(n), Some(v)) => {
                let o = self.wide_addr(v, rty)?;
                self.load_xmm16(0, n, o);
            }
            (RetLoc::Parts(parts), Some(v)) => {
                // Materialise into a temporary area below the frame when constant.
                let base = match v {
                    Operand::Value(val) => self.slot(val)?,
                    Operand::Const(_) => {
                        let size = self.size(rty);
                        let t = self.alloc(size, 8)?;
                        self.store_mem(v, rty, RBP, t)?;
                        t
                    }
                };
                self.parts_to_regs(&parts, base);
            }
        }
        dynasm!(self.asm.ops ; .arch x64 ; mov rsp, rbp ; pop rbp ; ret);
        Ok(())
    }

    pub(super) fn parts_to_regs(&mut self, parts: &[Eightbyte], base: i32) {
        let (mut g, mut x) = (0usize, 0u8);
        for (k, p) in parts.iter().enumerate() {
            let o = base + 8 * k as i32;
            match p {
                Eightbyte::Int => {
                    self.asm.ld([RAX, RDX][g], RBP, o);
                    g += 1;
                }
                Eightbyte::Sse => {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd Rx(x), QWORD [rbp + o]);
                    x += 1;
                }
            }
        }
    }

    pub(super) fn regs_to_parts(&mut self, parts: &[Eightbyte], base: i32) {
        let (mut g, mut x) = (0usize, 0u8);
        for (k, p) in parts.iter().enumerate() {
            let o = base + 8 * k as i32;
            match p {
                Eightbyte::Int => {
                    self.asm.st(RBP, o, [RAX, RDX][g]);
                    g += 1;
                }
                Eightbyte::Sse => {
                    dynasm!(self.asm.ops ; .arch x64 ; movsd QWORD [rbp + o], Rx(x));
                    x += 1;
                }
            }
        }
    }

    pub(super) fn ty_of_ret(&self) -> Type {
        self.m
            .types
            .function_sig(self.func.ty)
            .map_or(Type::VOID, |(r, _, _)| r)
    }

    pub(super) fn sret_param(&self) -> Option<Value> {
        self.func
            .param_attrs
            .iter()
            .position(|a| a.sret.is_some())
            .map(|i| self.func.params[i])
    }

    pub(super) fn switch(
        &mut self,
        b: Block,
        value: Operand,
        default: Block,
        cases: &[(u128, Block)],
    ) -> R {
        let ty = self.ty_of(value);
        let bits = self.int_bits(ty)?;
        if bits > 64 {
            return Err(self.err("switch on i128"));
        }
        self.gp(RAX, value)?;
        let dflt = self.edge(b, default);
        let n = cases.len() as u64;
        let (min, max) = cases.iter().fold((u128::MAX, 0u128), |(lo, hi), (v, _)| {
            (lo.min(*v), hi.max(*v))
        });
        let range = max.wrapping_sub(min) as u64;
        if n >= 4 && max >= min && range < 4 * n && range < 100_000 {
            // Dense: jump table of i32 offsets relative to the table.
            let mut targets = vec![dflt; range as usize + 1];
            for &(v, t) in cases {
                targets[(v - min) as usize] = self.edge(b, t);
            }
            if min != 0 {
                self.imm_sub(min as u64);
            }
            self.asm.cmp_imm(RAX, range, RCX);
            self.asm.jcc(Cc::A, dflt);
            let table = self.asm.ops.new_dynamic_label();
            dynasm!(self.asm.ops ; .arch x64
                ; lea rcx, [=>table]
                ; movsxd rax, DWORD [rcx + rax * 4]
                ; add rax, rcx
                ; jmp rax
                ; .align 4
                ; =>table);
            let at = self.asm.pos();
            self.asm
                .ops
                .extend(std::iter::repeat_n(0u8, targets.len() * 4));
            self.fixups.push(Fixup::Table { at, targets });
        } else {
            // Sparse: binary search over the sorted cases, compare chains at the leaves.
            let mut sorted: Vec<(u64, DynamicLabel)> = Vec::with_capacity(cases.len());
            for &(v, t) in cases {
                let l = self.edge(b, t);
                sorted.push((v as u64, l));
            }
            sorted.sort_unstable_by_key(|&(v, _)| v);
            self.switch_search(&sorted, dflt);
        }
        self.emit_stubs()
    }

    /// Emits the search for `rax` (zero-extended) among sorted `cases`.
    pub(super) fn switch_search(&mut self, cases: &[(u64, DynamicLabel)], dflt: DynamicLabel) {
        if cases.len() <= 4 {
            for &(v, l) in cases {
                self.asm.cmp_imm(RAX, v, RCX);
                self.asm.jcc(Cc::E, l);
            }
            self.asm.jmp(dflt);
            return;
        }
        let mid = cases.len() / 2;
        let upper = self.asm.ops.new_dynamic_label();
        self.asm.cmp_imm(RAX, cases[mid].0, RCX);
        self.asm.jcc(Cc::Ae, upper);
        self.switch_search(&cases[..mid], dflt);
        self.asm.ops.dynamic_label(upper);
        self.switch_search(&cases[mid..], dflt);
    }

    pub(super) fn imm_sub(&mut self, k: u64) {
        if fits_i32(k) {
            dynasm!(self.asm.ops ; .arch x64 ; sub rax, k as i64 as i32);
        } else {
            self.asm.imm(RCX, k);
            dynasm!(self.asm.ops ; .arch x64 ; sub rax, rcx);
        }
    }
}
