//! Translation of one function body: blocks in reverse postorder (so every definition is
//! emitted before its uses), phis as block parameters, each IR value as the flattened list
//! of Cranelift values of its leaves.

use crate::consts::{self, Sym};
use crate::types::{self, Leaf};
use crate::{ModuleCx, Symbol, TranslateError};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self as clir, BlockArg, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode,
    types as clt,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use cranelift_module::{DataId, FuncId as ClFuncId, Module};
use jit_core::ir::{
    BinaryOp, Block, Body, CallArg, CastOp, ConstExpr, ConstKind, FloatPredicate, FuncId,
    GlobalRef, Inst, InstKind, IntPredicate, Intrinsic, Module as IrModule, Operand, Type,
    TypeData, Value,
};
use std::collections::HashMap;

type R<T> = Result<T, TranslateError>;

/// Translates the body of `f` into `func`.
pub fn translate_body(
    cx: &mut ModuleCx,
    f: FuncId,
    func: &mut clir::Function,
    fctx: &mut FunctionBuilderContext,
) -> R<()> {
    let m = cx.m;
    let irf = &m.functions[f];
    let item = format!("function @{}", irf.name);
    let Some(body) = irf.body.as_ref() else {
        return Ok(());
    };
    let fb = FunctionBuilder::new(func, fctx);
    let mut t = Fx {
        cx,
        m,
        body,
        item,
        fb,
        spans: vec![(0, 0); body.values.len()],
        pool: Vec::new(),
        blocks: HashMap::new(),
        gvs: HashMap::new(),
        frefs: HashMap::new(),
        cur: None,
        dyn_stack: None,
        va: None,
    };
    t.run(f)?;
    let config = t.cx.jit.isa().frontend_config();
    let Fx { mut fb, .. } = t;
    fb.seal_all_blocks();
    fb.finalize(config);
    Ok(())
}

struct Fx<'a, 'm> {
    cx: &'a mut ModuleCx<'m>,
    m: &'m IrModule,
    body: &'m Body,
    item: String,
    fb: FunctionBuilder<'a>,
    /// (start, len) in `pool` of each IR value's Cranelift values.
    spans: Vec<(u32, u32)>,
    pool: Vec<clir::Value>,
    blocks: HashMap<Block, clir::Block>,
    gvs: HashMap<DataId, clir::GlobalValue>,
    frefs: HashMap<ClFuncId, clir::FuncRef>,
    cur: Option<Block>,
    /// For functions with dynamic allocas: the address of the dynamic stack pointer and
    /// its value on entry, restored by every `ret`.
    dyn_stack: Option<(clir::Value, clir::Value)>,
    /// For variadic definitions: what `va_start` stores (register save area, first unused
    /// integer and vector register offsets, stack argument area).
    va: Option<VaInfo>,
}

#[derive(Copy, Clone)]
struct VaInfo {
    save_area: clir::Value,
    gp_offset: i64,
    fp_offset: i64,
    overflow_area: clir::Value,
}

fn flags() -> MemFlagsData {
    MemFlagsData::new()
}

impl<'a, 'm> Fx<'a, 'm> {
    fn unsupported(&self, what: impl Into<String>) -> TranslateError {
        TranslateError::Unsupported {
            item: self.item.clone(),
            what: what.into(),
        }
    }

    fn leaves(&mut self, ty: Type) -> R<std::rc::Rc<[Leaf]>> {
        self.cx.leaves_in(ty, &self.item)
    }

    fn leaf(&mut self, ty: Type) -> R<Leaf> {
        let l = self.leaves(ty)?;
        match &l[..] {
            [one] => Ok(*one),
            _ => Err(self.unsupported(format!(
                "aggregate {} where a scalar is needed",
                self.m.types.display(ty)
            ))),
        }
    }

    fn lane_leaves(&mut self, ty: Type) -> R<std::rc::Rc<[Leaf]>> {
        self.cx
            .lane_leaves(ty)
            .map_err(|what| self.unsupported(what))
    }

    /// The Cranelift vector type when `ty` is a vector held in one vector register.
    fn native(&mut self, ty: Type) -> R<Option<clir::Type>> {
        let l = self.leaves(ty)?;
        Ok(match &l[..] {
            [one] if one.ty.is_vector() => Some(one.ty),
            _ => None,
        })
    }

    /// Splits a value of type `ty` into lanes when it is a native vector.
    fn unpack_lanes(&mut self, ty: Type, vals: Vec<clir::Value>) -> R<Vec<clir::Value>> {
        match self.native(ty)? {
            Some(vt) => Ok((0..vt.lane_count())
                .map(|k| self.fb.ins().extractlane(vals[0], k as u8))
                .collect()),
            None => Ok(vals),
        }
    }

    /// The lane values of an operand (its leaves for non-vectors).
    fn lane_operand(&mut self, op: Operand) -> R<Vec<clir::Value>> {
        let v = self.operand(op)?;
        self.unpack_lanes(self.op_ty(op), v)
    }

    /// Builds the leaves of a value of type `ty` from its lanes.
    fn pack_lanes(&mut self, ty: Type, lanes: Vec<clir::Value>) -> R<Vec<clir::Value>> {
        match self.native(ty)? {
            Some(vt) => {
                let mut v = self.fb.ins().splat(vt, lanes[0]);
                for (k, &l) in lanes.iter().enumerate().skip(1) {
                    v = self.fb.ins().insertlane(v, l, k as u8);
                }
                Ok(vec![v])
            }
            None => Ok(lanes),
        }
    }

    fn set(&mut self, v: Value, vals: &[clir::Value]) {
        let start = self.pool.len() as u32;
        self.pool.extend_from_slice(vals);
        self.spans[v.as_u32() as usize] = (start, vals.len() as u32);
    }

    fn get(&self, v: Value) -> &[clir::Value] {
        let (s, n) = self.spans[v.as_u32() as usize];
        &self.pool[s as usize..(s + n) as usize]
    }

    fn op_ty(&self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body.values[v].ty,
            Operand::Const(c) => self.m.consts[c].ty,
        }
    }

    fn operand(&mut self, op: Operand) -> R<Vec<clir::Value>> {
        match op {
            Operand::Value(v) => Ok(self.get(v).to_vec()),
            Operand::Const(c) => {
                let mut out = Vec::new();
                self.const_vals(c, &mut out)?;
                Ok(out)
            }
        }
    }

    fn scalar(&mut self, op: Operand) -> R<clir::Value> {
        let v = self.operand(op)?;
        match v[..] {
            [one] => Ok(one),
            _ => Err(self.unsupported("aggregate operand where a scalar is needed")),
        }
    }

    // ---- constants ----

    fn iconst(&mut self, ty: clir::Type, v: u128) -> clir::Value {
        if ty == clt::I128 {
            let lo = self.fb.ins().iconst(clt::I64, v as u64 as i64);
            let hi = self.fb.ins().iconst(clt::I64, (v >> 64) as u64 as i64);
            self.fb.ins().iconcat(lo, hi)
        } else {
            let bits = ty.bits();
            let v = if bits >= 64 {
                v as u64
            } else {
                (v as u64) & ((1u64 << bits) - 1)
            };
            self.fb.ins().iconst(ty, v as i64)
        }
    }

    fn zero(&mut self, ty: clir::Type) -> clir::Value {
        if ty.is_vector() {
            let z = self.zero(ty.lane_type());
            return self.fb.ins().splat(ty, z);
        }
        match ty {
            clt::F32 => self.fb.ins().f32const(0.0),
            clt::F64 => self.fb.ins().f64const(0.0),
            _ => self.iconst(ty, 0),
        }
    }

    fn const_vals(&mut self, c: jit_core::ir::Const, out: &mut Vec<clir::Value>) -> R<()> {
        let m = self.m;
        let data = &m.consts[c];
        match &data.kind {
            ConstKind::WideFloat(_)
            | ConstKind::WideInt(_)
            | ConstKind::BlockAddress { .. }
            | ConstKind::InlineAsm(_) => {
                return Err(self.unsupported(
                    "long double, integer over 128 bits, blockaddress or inline asm constant",
                ));
            }
            ConstKind::Null | ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => {
                for l in self.leaves(data.ty)?.iter() {
                    let z = self.zero(l.ty);
                    out.push(z);
                }
            }
            ConstKind::Float(bits) => {
                let l = self.leaf(data.ty)?;
                let v = if l.ty == clt::F32 {
                    self.fb.ins().f32const(f64::from_bits(*bits) as f32)
                } else {
                    self.fb.ins().f64const(f64::from_bits(*bits))
                };
                out.push(v);
            }
            ConstKind::Aggregate(elems) => {
                self.leaves(data.ty)?;
                if self.native(data.ty)?.is_some() {
                    let mut lanes = Vec::with_capacity(elems.len());
                    for &e in elems.iter() {
                        self.const_vals(e, &mut lanes)?;
                    }
                    out.extend(self.pack_lanes(data.ty, lanes)?);
                } else {
                    for &e in elems.iter() {
                        self.const_vals(e, out)?;
                    }
                }
            }
            ConstKind::Bytes(b) => {
                self.leaves(data.ty)?;
                for &byte in b.iter() {
                    let v = self.fb.ins().iconst(clt::I8, i64::from(byte));
                    out.push(v);
                }
            }
            ConstKind::Expr(ConstExpr::Cast { op, value })
                if consts::eval(self.cx, c, &self.item.clone()).is_err() =>
            {
                // Not foldable at translation time (a truncated address, a float cast):
                // compute it like the instruction.
                let from = self.leaf(m.consts[*value].ty)?;
                let to = self.leaf(data.ty)?;
                let mut v = Vec::new();
                self.const_vals(*value, &mut v)?;
                let x = self.cast(*op, from, to, v[0])?;
                out.push(x);
            }
            ConstKind::Expr(ConstExpr::Binary { op, lhs, rhs })
                if consts::eval(self.cx, c, &self.item.clone()).is_err() =>
            {
                let l = self.leaf(data.ty)?;
                let mut v = Vec::new();
                self.const_vals(*lhs, &mut v)?;
                self.const_vals(*rhs, &mut v)?;
                let x = self.binary(*op, l, v[0], v[1])?;
                out.push(x);
            }
            ConstKind::Int(_) | ConstKind::GlobalAddr(_) | ConstKind::Expr(_) => {
                let l = self.leaf(data.ty)?;
                let item = self.item.clone();
                match consts::eval(self.cx, c, &item)? {
                    Sym::Int(v) => {
                        let v = if l.bits != 0 && l.bits < 128 {
                            v & ((1u128 << l.bits) - 1)
                        } else {
                            v
                        };
                        let x = self.iconst(l.ty, v);
                        out.push(x);
                    }
                    Sym::Addr(r, off) => {
                        if l.ty != clt::I64 {
                            return Err(self.unsupported("address constant narrower than 64 bits"));
                        }
                        let a = self.addr_of(r, off)?;
                        out.push(a);
                    }
                    Sym::Diff(a, b, k) => {
                        let x = self.addr_of(a, k)?;
                        let y = self.addr_of(b, 0)?;
                        let d = self.fb.ins().isub(x, y);
                        let d = if l.ty == clt::I64 {
                            d
                        } else if l.ty.bits() < 64 {
                            self.fb.ins().ireduce(l.ty, d)
                        } else {
                            return Err(self.unsupported("address difference wider than 64 bits"));
                        };
                        out.push(self.mask(d, l));
                    }
                }
            }
        }
        Ok(())
    }

    fn fref(&mut self, id: ClFuncId) -> clir::FuncRef {
        if let Some(&r) = self.frefs.get(&id) {
            return r;
        }
        let r = self.cx.jit.declare_func_in_func(id, self.fb.func);
        self.frefs.insert(id, r);
        r
    }

    fn gv(&mut self, id: DataId) -> clir::GlobalValue {
        if let Some(&g) = self.gvs.get(&id) {
            return g;
        }
        let g = self.cx.jit.declare_data_in_func(id, self.fb.func);
        self.gvs.insert(id, g);
        g
    }

    fn addr_of(&mut self, r: GlobalRef, off: i64) -> R<clir::Value> {
        let (sym, o) = self.cx.symbol(r, 0)?;
        let base = match sym {
            Symbol::Func(id) => {
                let fr = self.fref(id);
                self.fb.ins().func_addr(clt::I64, fr)
            }
            Symbol::Data(id) => {
                let g = self.gv(id);
                self.fb.ins().symbol_value(clt::I64, g)
            }
        };
        let total = off.wrapping_add(o);
        Ok(if total != 0 {
            self.fb.ins().iadd_imm_s(base, total)
        } else {
            base
        })
    }

    // ---- integer helpers for widths narrower than their container ----

    fn mask(&mut self, v: clir::Value, l: Leaf) -> clir::Value {
        if !l.is_odd() {
            return v;
        }
        let m = (1u128 << l.bits) - 1;
        if l.ty == clt::I128 {
            let k = self.iconst(clt::I128, m);
            self.fb.ins().band(v, k)
        } else {
            self.fb.ins().band_imm_u(v, m as i64)
        }
    }

    /// Shift by a constant; the `_imm` forms would need an `i128` immediate for `i128`.
    fn shift_const(&mut self, op: BinaryOp, v: clir::Value, amount: u32) -> clir::Value {
        let k = self.fb.ins().iconst(clt::I32, i64::from(amount));
        match op {
            BinaryOp::Shl => self.fb.ins().ishl(v, k),
            BinaryOp::AShr => self.fb.ins().sshr(v, k),
            _ => self.fb.ins().ushr(v, k),
        }
    }

    fn sext_in(&mut self, v: clir::Value, l: Leaf) -> clir::Value {
        if l.is_odd() {
            let s = l.ty.bits() - l.bits;
            let x = self.shift_const(BinaryOp::Shl, v, s);
            self.shift_const(BinaryOp::AShr, x, s)
        } else {
            v
        }
    }

    // ---- memory ----

    /// Splits the bytes of an odd-width integer into naturally sized pieces.
    fn pieces(bytes: u32) -> Vec<(u32, clir::Type)> {
        let mut out = Vec::new();
        let mut done = 0;
        while done < bytes {
            let (n, t) = match bytes - done {
                8.. => (8, clt::I64),
                4.. => (4, clt::I32),
                2.. => (2, clt::I16),
                _ => (1, clt::I8),
            };
            out.push((done, t));
            done += n;
        }
        out
    }

    fn load_leaf(&mut self, addr: clir::Value, l: Leaf, off: i64) -> R<clir::Value> {
        let off = i32::try_from(off).map_err(|_| self.unsupported("huge aggregate offset"))?;
        if !l.is_odd() {
            return Ok(self.fb.ins().load(l.ty, flags(), addr, off));
        }
        let mut acc: Option<clir::Value> = None;
        for (at, t) in Self::pieces(l.bits.div_ceil(8)) {
            let mut v = self.fb.ins().load(t, flags(), addr, off + at as i32);
            if t != l.ty {
                v = self.fb.ins().uextend(l.ty, v);
            }
            if at > 0 {
                v = self.shift_const(BinaryOp::Shl, v, at * 8);
            }
            acc = Some(match acc {
                Some(a) => self.fb.ins().bor(a, v),
                None => v,
            });
        }
        let v = acc.expect("at least one byte");
        Ok(self.mask(v, l))
    }

    fn store_leaf(&mut self, addr: clir::Value, v: clir::Value, l: Leaf, off: i64) -> R<()> {
        let off = i32::try_from(off).map_err(|_| self.unsupported("huge aggregate offset"))?;
        if !l.is_odd() {
            self.fb.ins().store(flags(), v, addr, off);
            return Ok(());
        }
        for (at, t) in Self::pieces(l.bits.div_ceil(8)) {
            let mut part = if at > 0 {
                self.shift_const(BinaryOp::LShr, v, at * 8)
            } else {
                v
            };
            if t != l.ty {
                part = self.fb.ins().ireduce(t, part);
            }
            self.fb.ins().store(flags(), part, addr, off + at as i32);
        }
        Ok(())
    }

    // ---- calls to helpers ----

    fn call_helper(
        &mut self,
        name: &str,
        params: &[clir::Type],
        rets: &[clir::Type],
        args: &[clir::Value],
    ) -> R<Vec<clir::Value>> {
        let item = self.item.clone();
        let id = self.cx.helper(name, params, rets, &item)?;
        let fr = self.fref(id);
        let call = self.fb.ins().call(fr, args);
        Ok(self.fb.inst_results(call).to_vec())
    }

    fn float_helper(&mut self, base: &str, ty: clir::Type, args: &[clir::Value]) -> R<clir::Value> {
        let name = if ty == clt::F32 {
            format!("{base}f")
        } else {
            base.to_string()
        };
        let params = vec![ty; args.len()];
        Ok(self.call_helper(&name, &params, &[ty], args)?[0])
    }

    // ---- the walk ----

    fn run(&mut self, f: FuncId) -> R<()> {
        let body = self.body;
        let entry = body
            .entry()
            .ok_or_else(|| self.unsupported("function without blocks"))?;
        let order = reverse_postorder(body, entry);
        for &b in &order {
            let cb = self.fb.create_block();
            self.blocks.insert(b, cb);
        }
        let entry_cb = self.blocks[&entry];
        self.fb.append_block_params_for_function_params(entry_cb);
        // Parameters may need unpacking code, so the entry block is entered first.
        self.fb.switch_to_block(entry_cb);
        let params: Vec<clir::Value> = self.fb.block_params(entry_cb).to_vec();
        let irf = &self.m.functions[f];
        if crate::is_variadic_definition(self.m, f) {
            self.variadic_entry(f, &params)?;
        }
        let mut next = 0usize;
        let params = if self.va.is_some() {
            Vec::new()
        } else {
            params
        };
        let fixed: &[Value] = if self.va.is_some() { &[] } else { &irf.params };
        for (i, &pv) in fixed.iter().enumerate() {
            let byval = irf.param_attrs.get(i).and_then(|a| a.byval).is_some();
            let ty = body.values[pv].ty;
            let n = if byval {
                1
            } else {
                let item = self.item.clone();
                self.cx.abi_parts(ty, &item)?.len()
            };
            let abi = params
                .get(next..next + n)
                .ok_or_else(|| self.unsupported("parameter count mismatch"))?
                .to_vec();
            let vals = if byval {
                abi
            } else {
                self.unpack_abi(ty, &abi)?
            };
            self.set(pv, &vals);
            next += n;
        }
        if self.uses_dynamic_stack() {
            let d = self.cx.dyn_sp()?;
            let g = self.gv(d);
            let addr = self.fb.ins().symbol_value(clt::I64, g);
            let saved = self.fb.ins().load(clt::I64, flags(), addr, 0);
            self.dyn_stack = Some((addr, saved));
        }
        // Phis become block parameters.
        for &b in &order {
            let cb = self.blocks[&b];
            for &inst in &body.blocks[b].insts {
                let data = &body.insts[inst];
                if !matches!(data.kind, InstKind::Phi { .. }) {
                    break;
                }
                let Some(res) = data.result else { continue };
                let leaves = self.leaves(body.values[res].ty)?;
                let mut vals = Vec::with_capacity(leaves.len());
                for l in leaves.iter() {
                    vals.push(self.fb.append_block_param(cb, l.ty));
                }
                self.set(res, &vals);
            }
        }
        for &b in &order {
            if b != entry {
                let cb = self.blocks[&b];
                self.fb.switch_to_block(cb);
            }
            self.cur = Some(b);
            for &inst in &body.blocks[b].insts {
                self.inst(inst)?;
            }
            if body.terminator(b).is_none() {
                return Err(self.unsupported("block without terminator"));
            }
        }
        Ok(())
    }

    fn edge_args(&mut self, to: Block) -> R<Vec<BlockArg>> {
        let from = self.cur.expect("inside a block");
        let body = self.body;
        let mut args = Vec::new();
        for &inst in &body.blocks[to].insts {
            let InstKind::Phi { incoming } = &body.insts[inst].kind else {
                break;
            };
            let Some(&(op, _)) = incoming.iter().find(|(_, b)| *b == from) else {
                return Err(self.unsupported("phi without a value for a predecessor"));
            };
            for v in self.operand(op)? {
                args.push(BlockArg::Value(v));
            }
        }
        Ok(args)
    }

    fn target(&self, b: Block) -> clir::Block {
        self.blocks[&b]
    }

    fn inst(&mut self, inst: Inst) -> R<()> {
        let body = self.body;
        let data = &body.insts[inst];
        let result = data.result;
        let res_ty = result.map(|r| body.values[r].ty);
        let out: Vec<clir::Value> = match &data.kind {
            InstKind::Phi { .. } => return Ok(()),
            InstKind::Binary { op, lhs, rhs, .. } => {
                let ty = self.op_ty(*lhs);
                let native = self.native(ty)?;
                if let Some(vt) = native
                    && native_binary(*op, vt)
                {
                    let a = self.scalar(*lhs)?;
                    let b = self.scalar(*rhs)?;
                    let l = self.leaf(ty)?;
                    vec![self.binary(*op, l, a, b)?]
                } else {
                    let leaves = self.lane_leaves(ty)?;
                    let a = self.lane_operand(*lhs)?;
                    let b = self.lane_operand(*rhs)?;
                    let mut out = Vec::with_capacity(a.len());
                    for (k, l) in leaves.iter().enumerate() {
                        out.push(self.binary(*op, *l, a[k], b[k])?);
                    }
                    self.pack_lanes(ty, out)?
                }
            }
            InstKind::FNeg { arg, .. } => {
                let a = self.operand(*arg)?;
                a.into_iter().map(|x| self.fb.ins().fneg(x)).collect()
            }
            InstKind::ICmp { pred, lhs, rhs } => {
                let leaves = self.lane_leaves(self.op_ty(*lhs))?;
                let a = self.lane_operand(*lhs)?;
                let b = self.lane_operand(*rhs)?;
                let mut out = Vec::with_capacity(a.len());
                for (k, l) in leaves.iter().enumerate() {
                    out.push(self.icmp(*pred, *l, a[k], b[k]));
                }
                out
            }
            InstKind::FCmp { pred, lhs, rhs, .. } => {
                let a = self.lane_operand(*lhs)?;
                let b = self.lane_operand(*rhs)?;
                a.into_iter()
                    .zip(b)
                    .map(|(x, y)| self.fcmp(*pred, x, y))
                    .collect()
            }
            InstKind::ExtractElement { vec, index } => {
                let vty = self.op_ty(*vec);
                let lanes = self.lane_leaves(vty)?;
                match (self.native(vty)?, self.const_index(*index)) {
                    (Some(_), Some(k)) if k < lanes.len() => {
                        let v = self.scalar(*vec)?;
                        vec![self.fb.ins().extractlane(v, k as u8)]
                    }
                    _ => {
                        let vals = self.lane_operand(*vec)?;
                        vec![self.pick_lane(&vals, lanes[0], *index)?]
                    }
                }
            }
            InstKind::InsertElement { vec, elt, index } => {
                let vty = self.op_ty(*vec);
                let e = self.scalar(*elt)?;
                if let (Some(vt), Some(k)) = (self.native(vty)?, self.const_index(*index))
                    && k < vt.lane_count() as usize
                {
                    let v = self.scalar(*vec)?;
                    let r = self.fb.ins().insertlane(v, e, k as u8);
                    return self.finish(result, vec![r]);
                }
                let mut vals = self.lane_operand(*vec)?;
                match self.const_index(*index) {
                    Some(k) => {
                        if let Some(slot) = vals.get_mut(k) {
                            *slot = e;
                        }
                    }
                    None => {
                        let i = self.scalar(*index)?;
                        for (k, v) in vals.iter_mut().enumerate() {
                            let c = self.fb.ins().icmp_imm_u(IntCC::Equal, i, k as i64);
                            *v = self.fb.ins().select(c, e, *v);
                        }
                    }
                }
                self.pack_lanes(vty, vals)?
            }
            InstKind::ShuffleVector { a, b, mask } => {
                let rty = res_ty.expect("shufflevector has a result");
                let aty = self.op_ty(*a);
                // Broadcast of one lane of a native vector: `splat`.
                if let (Some(vt), Some(Some(j))) = (self.native(rty)?, mask.first())
                    && mask.iter().all(|m| *m == Some(*j))
                    && self.native(aty)?.is_some()
                    && (*j as usize) < self.lane_leaves(aty)?.len()
                {
                    let v = self.scalar(*a)?;
                    let x = self.fb.ins().extractlane(v, *j as u8);
                    let sp = self.fb.ins().splat(vt, x);
                    return self.finish(result, vec![sp]);
                }
                let av = self.lane_operand(*a)?;
                let bv = self.lane_operand(*b)?;
                let lane = self.lane_leaves(aty)?[0];
                let mut out = Vec::with_capacity(mask.len());
                for m in mask.iter() {
                    let v = match m.map(|j| j as usize) {
                        Some(j) if j < av.len() => av[j],
                        Some(j) if j - av.len() < bv.len() => bv[j - av.len()],
                        _ => self.zero(lane.ty),
                    };
                    out.push(v);
                }
                self.pack_lanes(rty, out)?
            }
            InstKind::Alloca { ty, count, align } => {
                let n = match count {
                    Operand::Const(c) => match self.m.consts[*c].kind {
                        ConstKind::Int(n) => Some(n),
                        _ => None,
                    },
                    Operand::Value(_) => None,
                };
                let Some(n) = n else {
                    return self.dynamic_alloca(result, *ty, *count, *align);
                };
                let ts = &self.m.types;
                let size = self.cx.dl.alloc_size(ts, *ty).saturating_mul(n as u64);
                let align = u64::from(*align).max(self.cx.dl.abi_align(ts, *ty)).max(1);
                // Cranelift aligns stack slots to at most 16 bytes; larger alignments get
                // a bigger slot and an address rounded up inside it.
                let over = if align > 16 { align } else { 0 };
                let size = u32::try_from(size.max(1) + over)
                    .map_err(|_| self.unsupported("alloca larger than 4 GiB"))?;
                let slot = self.fb.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    size,
                    align.min(16).trailing_zeros() as u8,
                ));
                let a = self.fb.ins().stack_addr(clt::I64, slot, 0);
                if over != 0 {
                    let a = self.fb.ins().iadd_imm_s(a, (align - 1) as i64);
                    vec![self.fb.ins().band_imm_s(a, -(align as i64))]
                } else {
                    vec![a]
                }
            }
            InstKind::Load { ptr, .. } => {
                self.check_memory_type(res_ty.expect("load has a result"))?;
                let addr = self.scalar(*ptr)?;
                let leaves = self.leaves(res_ty.expect("load has a result"))?;
                let mut out = Vec::with_capacity(leaves.len());
                for l in leaves.iter() {
                    out.push(self.load_leaf(addr, *l, l.offset as i64)?);
                }
                out
            }
            InstKind::Store { value, ptr, .. } => {
                self.check_memory_type(self.op_ty(*value))?;
                let addr = self.scalar(*ptr)?;
                let leaves = self.leaves(self.op_ty(*value))?;
                let vals = self.operand(*value)?;
                for (l, v) in leaves.iter().zip(vals) {
                    self.store_leaf(addr, v, *l, l.offset as i64)?;
                }
                return Ok(());
            }
            InstKind::Gep {
                source_ty,
                base,
                indices,
                ..
            } => vec![self.gep(*source_ty, *base, indices)?],
            InstKind::Cast { op, value, .. } => {
                let from_ty = self.op_ty(*value);
                let to_ty = res_ty.expect("cast has a result");
                let from = self.lane_leaves(from_ty)?;
                let to = self.lane_leaves(to_ty)?;
                let same_shape = from.len() == to.len()
                    && from
                        .iter()
                        .zip(to.iter())
                        .all(|(f, t)| !matches!(op, CastOp::BitCast) || f.ty.bits() == t.ty.bits());
                if same_shape {
                    let v = self.lane_operand(*value)?;
                    let mut out = Vec::with_capacity(v.len());
                    for (k, x) in v.into_iter().enumerate() {
                        out.push(self.cast(*op, from[k], to[k], x)?);
                    }
                    self.pack_lanes(to_ty, out)?
                } else if *op == CastOp::BitCast
                    && to.len() == 1
                    && to[0].bits as usize == from.len()
                    && from.iter().all(|l| l.bits == 1)
                {
                    // `<N x i1>` to `iN`: lane k becomes bit k.
                    let lanes = self.lane_operand(*value)?;
                    let t = to[0];
                    let mut acc = self.iconst(t.ty, 0);
                    for (k, &lane) in lanes.iter().enumerate() {
                        let mut x = if t.ty == clt::I8 {
                            lane
                        } else {
                            self.fb.ins().uextend(t.ty, lane)
                        };
                        if k > 0 {
                            x = self.shift_const(BinaryOp::Shl, x, k as u32);
                        }
                        acc = self.fb.ins().bor(acc, x);
                    }
                    vec![acc]
                } else if *op == CastOp::BitCast
                    && from.len() == 1
                    && from[0].bits as usize == to.len()
                    && to.iter().all(|l| l.bits == 1)
                {
                    // `iN` to `<N x i1>`: bit k becomes lane k.
                    let v = self.scalar(*value)?;
                    let f = from[0];
                    let mut lanes = Vec::with_capacity(to.len());
                    for k in 0..to.len() {
                        let x = if k > 0 {
                            self.shift_const(BinaryOp::LShr, v, k as u32)
                        } else {
                            v
                        };
                        let x = if f.ty == clt::I8 {
                            x
                        } else {
                            self.fb.ins().ireduce(clt::I8, x)
                        };
                        lanes.push(self.fb.ins().band_imm_u(x, 1));
                    }
                    lanes
                } else if *op == CastOp::BitCast {
                    let v = self.operand(*value)?;
                    self.bitcast_via_memory(from_ty, to_ty, &v)?
                } else {
                    return Err(self.unsupported(format!("{} between different shapes", op.name())));
                }
            }
            InstKind::Select {
                cond,
                if_true,
                if_false,
            } => {
                let cty = self.op_ty(*cond);
                if self.m.types.is_vector(cty) {
                    let c = self.lane_operand(*cond)?;
                    let t = self.lane_operand(*if_true)?;
                    let f = self.lane_operand(*if_false)?;
                    let mut out = Vec::with_capacity(t.len());
                    for (k, (&t, f)) in t.iter().zip(f).enumerate() {
                        out.push(self.fb.ins().select(c[k], t, f));
                    }
                    let rty = res_ty.expect("select has a result");
                    let packed = self.pack_lanes(rty, out)?;
                    return self.finish(result, packed);
                }
                let c = self.operand(*cond)?;
                let t = self.operand(*if_true)?;
                let f = self.operand(*if_false)?;
                let mut out = Vec::with_capacity(t.len());
                for (k, (&t, f)) in t.iter().zip(f).enumerate() {
                    let ck = if c.len() == 1 { c[0] } else { c[k] };
                    out.push(self.fb.ins().select(ck, t, f));
                }
                out
            }
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs,
                ..
            } => return self.call(result, *callee, *fn_ty, args, ret_attrs),
            InstKind::ExtractValue { agg, indices } => {
                let (start, n) = self.member_range(self.op_ty(*agg), indices)?;
                let vals = self.operand(*agg)?;
                vals[start..start + n].to_vec()
            }
            InstKind::InsertValue { agg, elt, indices } => {
                let (start, n) = self.member_range(self.op_ty(*agg), indices)?;
                let mut vals = self.operand(*agg)?;
                let e = self.operand(*elt)?;
                if e.len() != n {
                    return Err(self.unsupported("insertvalue of a mismatched member"));
                }
                vals[start..start + n].copy_from_slice(&e);
                vals
            }
            InstKind::Freeze { arg } => self.operand(*arg)?,
            InstKind::Ret { value } => {
                if let Some((addr, saved)) = self.dyn_stack {
                    self.fb.ins().store(flags(), saved, addr, 0);
                }
                let vals = match value {
                    Some(v) => {
                        let vals = self.operand(*v)?;
                        self.pack_abi(self.op_ty(*v), &vals)?
                    }
                    None => Vec::new(),
                };
                self.fb.ins().return_(&vals);
                return Ok(());
            }
            InstKind::Br { dest } => {
                let args = self.edge_args(*dest)?;
                let t = self.target(*dest);
                self.fb.ins().jump(t, &args);
                return Ok(());
            }
            InstKind::CondBr {
                cond,
                then_dest,
                else_dest,
            } => {
                let c = self.scalar(*cond)?;
                let ta = self.edge_args(*then_dest)?;
                let ea = self.edge_args(*else_dest)?;
                let (t, e) = (self.target(*then_dest), self.target(*else_dest));
                self.fb.ins().brif(c, t, &ta, e, &ea);
                return Ok(());
            }
            InstKind::Switch {
                value,
                default,
                cases,
            } => return self.switch(*value, *default, cases),
            InstKind::Unreachable => {
                self.fb.ins().trap(TrapCode::unwrap_user(1));
                return Ok(());
            }
            other => return Err(self.unsupported(format!("instruction `{}`", other.opcode()))),
        };
        self.finish(result, out)
    }

    fn icmp(
        &mut self,
        pred: IntPredicate,
        l: Leaf,
        mut a: clir::Value,
        mut b: clir::Value,
    ) -> clir::Value {
        let cc = match pred {
            IntPredicate::Eq => IntCC::Equal,
            IntPredicate::Ne => IntCC::NotEqual,
            IntPredicate::Ugt => IntCC::UnsignedGreaterThan,
            IntPredicate::Uge => IntCC::UnsignedGreaterThanOrEqual,
            IntPredicate::Ult => IntCC::UnsignedLessThan,
            IntPredicate::Ule => IntCC::UnsignedLessThanOrEqual,
            IntPredicate::Sgt => IntCC::SignedGreaterThan,
            IntPredicate::Sge => IntCC::SignedGreaterThanOrEqual,
            IntPredicate::Slt => IntCC::SignedLessThan,
            IntPredicate::Sle => IntCC::SignedLessThanOrEqual,
        };
        if matches!(
            pred,
            IntPredicate::Sgt | IntPredicate::Sge | IntPredicate::Slt | IntPredicate::Sle
        ) {
            a = self.sext_in(a, l);
            b = self.sext_in(b, l);
        }
        self.fb.ins().icmp(cc, a, b)
    }

    fn fcmp(&mut self, pred: FloatPredicate, a: clir::Value, b: clir::Value) -> clir::Value {
        let cc = match pred {
            FloatPredicate::False => return self.fb.ins().iconst(clt::I8, 0),
            FloatPredicate::True => return self.fb.ins().iconst(clt::I8, 1),
            FloatPredicate::Oeq => FloatCC::Equal,
            FloatPredicate::Ogt => FloatCC::GreaterThan,
            FloatPredicate::Oge => FloatCC::GreaterThanOrEqual,
            FloatPredicate::Olt => FloatCC::LessThan,
            FloatPredicate::Ole => FloatCC::LessThanOrEqual,
            FloatPredicate::One => FloatCC::OrderedNotEqual,
            FloatPredicate::Ord => FloatCC::Ordered,
            FloatPredicate::Ueq => FloatCC::UnorderedOrEqual,
            FloatPredicate::Ugt => FloatCC::UnorderedOrGreaterThan,
            FloatPredicate::Uge => FloatCC::UnorderedOrGreaterThanOrEqual,
            FloatPredicate::Ult => FloatCC::UnorderedOrLessThan,
            FloatPredicate::Ule => FloatCC::UnorderedOrLessThanOrEqual,
            FloatPredicate::Une => FloatCC::NotEqual,
            FloatPredicate::Uno => FloatCC::Unordered,
        };
        self.fb.ins().fcmp(cc, a, b)
    }

    /// A constant lane index, if the operand is one.
    fn const_index(&self, op: Operand) -> Option<usize> {
        match op {
            Operand::Const(c) => match self.m.consts[c].kind {
                ConstKind::Int(v) => usize::try_from(v).ok(),
                ConstKind::Zero => Some(0),
                _ => None,
            },
            Operand::Value(_) => None,
        }
    }

    fn pick_lane(&mut self, vals: &[clir::Value], lane: Leaf, index: Operand) -> R<clir::Value> {
        if let Some(k) = self.const_index(index) {
            return Ok(match vals.get(k) {
                Some(&v) => v,
                None => self.zero(lane.ty),
            });
        }
        let i = self.scalar(index)?;
        let mut r = vals[0];
        for (k, &v) in vals.iter().enumerate().skip(1) {
            let c = self.fb.ins().icmp_imm_u(IntCC::Equal, i, k as i64);
            r = self.fb.ins().select(c, v, r);
        }
        Ok(r)
    }

    /// Reinterprets the bits of a value as another type of the same size by going through
    /// a stack slot (vector shape changes such as `<2 x i64>` to `<4 x i32>`).
    fn bitcast_via_memory(
        &mut self,
        from: Type,
        to: Type,
        vals: &[clir::Value],
    ) -> R<Vec<clir::Value>> {
        let fl = self.leaves(from)?;
        let tl = self.leaves(to)?;
        if fl.iter().chain(tl.iter()).any(|l| l.is_odd()) {
            return Err(self.unsupported("bitcast of vectors of sub-byte integers"));
        }
        let size = self.cx.dl.store_size(&self.m.types, from).max(1);
        let size = u32::try_from(size).map_err(|_| self.unsupported("huge bitcast"))?;
        let slot = self.fb.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            4,
        ));
        let addr = self.fb.ins().stack_addr(clt::I64, slot, 0);
        for (l, &v) in fl.iter().zip(vals) {
            self.store_leaf(addr, v, *l, l.offset as i64)?;
        }
        let mut out = Vec::with_capacity(tl.len());
        for l in tl.iter() {
            out.push(self.load_leaf(addr, *l, l.offset as i64)?);
        }
        Ok(out)
    }

    fn reduction(&mut self, name: &str, result: Option<Value>, args: &[CallArg]) -> R<()> {
        let op = name
            .strip_prefix("llvm.vector.reduce.")
            .and_then(|r| r.split('.').next())
            .unwrap_or("");
        let ordered_start = matches!(op, "fadd" | "fmul");
        let (start, vec_arg) = match (ordered_start, args) {
            (true, [s, v, ..]) => (Some(self.scalar(s.value)?), v.value),
            (false, [v, ..]) => (None, v.value),
            _ => return Err(self.unsupported(format!("malformed {name}"))),
        };
        let leaves = self.lane_leaves(self.op_ty(vec_arg))?;
        let vals = self.lane_operand(vec_arg)?;
        let l = leaves[0];
        let (mut acc, rest) = match start {
            Some(s) => (s, &vals[..]),
            None => (vals[0], &vals[1..]),
        };
        for &v in rest {
            acc = match op {
                "add" => self.binary(BinaryOp::Add, l, acc, v)?,
                "mul" => self.binary(BinaryOp::Mul, l, acc, v)?,
                "and" => self.fb.ins().band(acc, v),
                "or" => self.fb.ins().bor(acc, v),
                "xor" => self.fb.ins().bxor(acc, v),
                "smax" | "smin" | "umax" | "umin" if !l.is_odd() => match op {
                    "smax" => self.fb.ins().smax(acc, v),
                    "smin" => self.fb.ins().smin(acc, v),
                    "umax" => self.fb.ins().umax(acc, v),
                    _ => self.fb.ins().umin(acc, v),
                },
                "fadd" => self.fb.ins().fadd(acc, v),
                "fmul" => self.fb.ins().fmul(acc, v),
                "fmax" => self.float_helper("fmax", l.ty, &[acc, v])?,
                "fmin" => self.float_helper("fmin", l.ty, &[acc, v])?,
                "fmaximum" => self.fb.ins().fmax(acc, v),
                "fminimum" => self.fb.ins().fmin(acc, v),
                _ => return Err(self.unsupported(format!("intrinsic {name}"))),
            };
        }
        self.finish(result, vec![acc])
    }

    /// Vectors of sub-byte integers are bit-packed in memory, which the leaf layout does
    /// not describe.
    fn check_memory_type(&self, ty: Type) -> R<()> {
        let ts = &self.m.types;
        if let TypeData::Vector { elem, .. } = ts.data(ty)
            && ts.int_bits(*elem).is_some_and(|b| b % 8 != 0)
        {
            return Err(self.unsupported(format!("memory access to {}", ts.display(ty))));
        }
        Ok(())
    }

    /// Packs the leaves of a value into its ABI values (vectors into one register).
    fn pack_abi(&mut self, ty: Type, vals: &[clir::Value]) -> R<Vec<clir::Value>> {
        let item = self.item.clone();
        let parts = self.cx.abi_parts(ty, &item)?;
        if parts.iter().all(|p| !p.packed) {
            return Ok(vals.to_vec());
        }
        let leaves = self.leaves(ty)?;
        let mut out = Vec::with_capacity(parts.len());
        let mut k = 0;
        for p in parts {
            if p.packed {
                let slot = self.abi_slot();
                let base = leaves[k].offset;
                for j in k..k + p.leaves {
                    let l = leaves[j];
                    self.store_leaf(slot, vals[j], l, (l.offset - base) as i64)?;
                }
                out.push(self.fb.ins().load(p.ty, flags(), slot, 0));
            } else {
                out.push(vals[k]);
            }
            k += p.leaves;
        }
        Ok(out)
    }

    /// The inverse of [`Self::pack_abi`].
    fn unpack_abi(&mut self, ty: Type, abi: &[clir::Value]) -> R<Vec<clir::Value>> {
        let item = self.item.clone();
        let parts = self.cx.abi_parts(ty, &item)?;
        if parts.iter().all(|p| !p.packed) {
            return Ok(abi.to_vec());
        }
        let leaves = self.leaves(ty)?;
        let mut out = Vec::with_capacity(leaves.len());
        let mut k = 0;
        for (p, &v) in parts.iter().zip(abi) {
            if p.packed {
                let slot = self.abi_slot();
                self.fb.ins().store(flags(), v, slot, 0);
                let base = leaves[k].offset;
                for l in &leaves[k..k + p.leaves] {
                    out.push(self.load_leaf(slot, *l, (l.offset - base) as i64)?);
                }
            } else {
                out.push(v);
            }
            k += p.leaves;
        }
        Ok(out)
    }

    fn abi_slot(&mut self) -> clir::Value {
        let slot =
            self.fb
                .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 16, 4));
        self.fb.ins().stack_addr(clt::I64, slot, 0)
    }

    /// Binds the fixed parameters of a variadic definition from the argument registers and
    /// saves every register for `va_start` (System V layout: six 8-byte integer slots, then
    /// eight 16-byte vector slots).
    fn variadic_entry(&mut self, f: FuncId, regs: &[clir::Value]) -> R<()> {
        use crate::{SYSV_INT_REGS, SYSV_XMM_REGS};
        let irf = &self.m.functions[f];
        let slot = self.fb.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (SYSV_INT_REGS * 8 + SYSV_XMM_REGS * 16) as u32,
            4,
        ));
        let save_area = self.fb.ins().stack_addr(clt::I64, slot, 0);
        for (k, &r) in regs.iter().enumerate() {
            let off = if k < SYSV_INT_REGS {
                k * 8
            } else {
                SYSV_INT_REGS * 8 + (k - SYSV_INT_REGS) * 16
            };
            self.fb.ins().store(flags(), r, save_area, off as i32);
        }
        let (mut ints, mut floats) = (0usize, 0usize);
        for (i, &pv) in irf.params.iter().enumerate() {
            let ty = self.body.values[pv].ty;
            let attrs = irf.param_attrs.get(i);
            if attrs.is_some_and(|a| a.byval.is_some()) {
                return Err(self.unsupported("byval parameter of a variadic function"));
            }
            let l = self.leaf(ty)?;
            let v = if l.ty.is_float() {
                if floats == SYSV_XMM_REGS {
                    return Err(self.unsupported("variadic function with stack parameters"));
                }
                let r = regs[SYSV_INT_REGS + floats];
                floats += 1;
                if l.ty == clt::F32 {
                    let bits = self.fb.ins().bitcast(clt::I64, flags(), r);
                    let low = self.fb.ins().ireduce(clt::I32, bits);
                    self.fb.ins().bitcast(clt::F32, flags(), low)
                } else {
                    r
                }
            } else if l.ty.bits() <= 64 && !l.ty.is_vector() {
                if ints == SYSV_INT_REGS {
                    return Err(self.unsupported("variadic function with stack parameters"));
                }
                let r = regs[ints];
                ints += 1;
                let x = if l.ty == clt::I64 {
                    r
                } else {
                    self.fb.ins().ireduce(l.ty, r)
                };
                self.mask(x, l)
            } else {
                return Err(self.unsupported("variadic function with a wide fixed parameter"));
            };
            self.set(pv, &[v]);
        }
        let fp = self.fb.ins().get_frame_pointer(clt::I64);
        // Above the saved frame pointer and the return address.
        let overflow_area = self.fb.ins().iadd_imm_s(fp, 16);
        self.va = Some(VaInfo {
            save_area,
            gp_offset: (ints * 8) as i64,
            fp_offset: (SYSV_INT_REGS * 8 + floats * 16) as i64,
            overflow_area,
        });
        Ok(())
    }

    /// True when the body has a dynamic `alloca` or calls `llvm.stacksave`/`stackrestore`.
    fn uses_dynamic_stack(&self) -> bool {
        let m = self.m;
        self.body.insts.values().any(|d| match &d.kind {
            InstKind::Alloca { count, .. } => {
                !matches!(count, Operand::Const(c) if matches!(m.consts[*c].kind, ConstKind::Int(_)))
            }
            InstKind::Call {
                callee: Operand::Const(c),
                ..
            } => matches!(
                m.consts[*c].kind,
                ConstKind::GlobalAddr(GlobalRef::Function(f))
                    if matches!(m.functions[f].intrinsic, Some(Intrinsic::StackSave | Intrinsic::StackRestore))
            ),
            _ => false,
        })
    }

    /// A variable-sized `alloca`, carved from the dynamic stack (released when the
    /// function returns or by `llvm.stackrestore`).
    fn dynamic_alloca(
        &mut self,
        result: Option<Value>,
        ty: Type,
        count: Operand,
        align: u32,
    ) -> R<()> {
        let (addr, _) = self
            .dyn_stack
            .ok_or_else(|| self.unsupported("dynamic alloca"))?;
        let ts = &self.m.types;
        let elem = self.cx.dl.alloc_size(ts, ty);
        let align = u64::from(align).max(self.cx.dl.abi_align(ts, ty)).max(16);
        let n = self.scalar(count)?;
        let n = self.widen_to_i64(n, count)?;
        let size = self.fb.ins().imul_imm_u(n, elem as i64);
        let sp = self.fb.ins().load(clt::I64, flags(), addr, 0);
        let new = self.fb.ins().isub(sp, size);
        let new = self.fb.ins().band_imm_s(new, -(align as i64));
        self.fb.ins().store(flags(), new, addr, 0);
        self.finish(result, vec![new])
    }

    fn finish(&mut self, result: Option<Value>, out: Vec<clir::Value>) -> R<()> {
        if let Some(r) = result {
            self.set(r, &out);
        }
        Ok(())
    }

    fn member_range(&mut self, ty: Type, path: &[u32]) -> R<(usize, usize)> {
        let mut start = 0usize;
        let mut cur = ty;
        for &i in path {
            let ts = &self.m.types;
            if let Some((fields, _)) = ts.struct_fields(cur) {
                let fields: Vec<Type> = fields.to_vec();
                let Some(&fty) = fields.get(i as usize) else {
                    return Err(self.unsupported("aggregate index out of range"));
                };
                for &f in &fields[..i as usize] {
                    start += self.leaves(f)?.len();
                }
                cur = fty;
            } else if let TypeData::Array { elem, .. } = ts.data(cur) {
                let elem = *elem;
                start += i as usize * self.leaves(elem)?.len();
                cur = elem;
            } else {
                return Err(self.unsupported("aggregate index into a scalar"));
            }
        }
        Ok((start, self.leaves(cur)?.len()))
    }

    fn binary(&mut self, op: BinaryOp, l: Leaf, a: clir::Value, b: clir::Value) -> R<clir::Value> {
        use BinaryOp::*;
        Ok(match op {
            Add => {
                let v = self.fb.ins().iadd(a, b);
                self.mask(v, l)
            }
            Sub => {
                let v = self.fb.ins().isub(a, b);
                self.mask(v, l)
            }
            Mul => {
                let v = self.fb.ins().imul(a, b);
                self.mask(v, l)
            }
            Shl => {
                let v = self.fb.ins().ishl(a, b);
                self.mask(v, l)
            }
            And => self.fb.ins().band(a, b),
            Or => self.fb.ins().bor(a, b),
            Xor => self.fb.ins().bxor(a, b),
            LShr => self.fb.ins().ushr(a, b),
            AShr => {
                let a = self.sext_in(a, l);
                let v = self.fb.ins().sshr(a, b);
                self.mask(v, l)
            }
            UDiv | URem | SDiv | SRem if l.ty == clt::I128 => {
                let (name, signed) = match op {
                    UDiv => ("__udivti3", false),
                    URem => ("__umodti3", false),
                    SDiv => ("__divti3", true),
                    _ => ("__modti3", true),
                };
                let (a, b) = if signed {
                    (self.sext_in(a, l), self.sext_in(b, l))
                } else {
                    (a, b)
                };
                let v = self.call_helper(name, &[clt::I128, clt::I128], &[clt::I128], &[a, b])?[0];
                self.mask(v, l)
            }
            UDiv => self.fb.ins().udiv(a, b),
            URem => self.fb.ins().urem(a, b),
            SDiv | SRem => {
                let a = self.sext_in(a, l);
                let b = self.sext_in(b, l);
                let v = if op == SDiv {
                    self.fb.ins().sdiv(a, b)
                } else {
                    self.fb.ins().srem(a, b)
                };
                self.mask(v, l)
            }
            FAdd => self.fb.ins().fadd(a, b),
            FSub => self.fb.ins().fsub(a, b),
            FMul => self.fb.ins().fmul(a, b),
            FDiv => self.fb.ins().fdiv(a, b),
            FRem => self.float_helper("fmod", l.ty, &[a, b])?,
        })
    }

    fn cast(&mut self, op: CastOp, from: Leaf, to: Leaf, v: clir::Value) -> R<clir::Value> {
        use CastOp::*;
        Ok(match op {
            Trunc | PtrToInt | IntToPtr | ZExt => {
                let x = if from.ty == to.ty {
                    v
                } else if from.ty.bits() > to.ty.bits() {
                    self.fb.ins().ireduce(to.ty, v)
                } else {
                    self.fb.ins().uextend(to.ty, v)
                };
                self.mask(x, to)
            }
            SExt => {
                let x = self.sext_in(v, from);
                let x = if from.ty == to.ty {
                    x
                } else {
                    self.fb.ins().sextend(to.ty, x)
                };
                self.mask(x, to)
            }
            FPTrunc => self.fb.ins().fdemote(to.ty, v),
            FPExt => self.fb.ins().fpromote(to.ty, v),
            FPToSI | FPToUI => {
                if to.ty == clt::I128 {
                    return Err(self.unsupported("float to i128 conversion"));
                }
                let wide = if to.ty == clt::I64 {
                    clt::I64
                } else {
                    clt::I32
                };
                let x = if op == FPToSI {
                    self.fb.ins().fcvt_to_sint_sat(wide, v)
                } else {
                    self.fb.ins().fcvt_to_uint_sat(wide, v)
                };
                let x = if wide != to.ty {
                    self.fb.ins().ireduce(to.ty, x)
                } else {
                    x
                };
                self.mask(x, to)
            }
            SIToFP | UIToFP => {
                if from.ty == clt::I128 {
                    return Err(self.unsupported("i128 to float conversion"));
                }
                let signed = op == SIToFP;
                let mut x = if signed { self.sext_in(v, from) } else { v };
                if from.ty.bits() < 32 {
                    x = if signed {
                        self.fb.ins().sextend(clt::I32, x)
                    } else {
                        self.fb.ins().uextend(clt::I32, x)
                    };
                }
                if signed {
                    self.fb.ins().fcvt_from_sint(to.ty, x)
                } else {
                    self.fb.ins().fcvt_from_uint(to.ty, x)
                }
            }
            BitCast | AddrSpaceCast => {
                if from.ty == to.ty {
                    v
                } else if from.ty.bits() == to.ty.bits() {
                    self.fb.ins().bitcast(to.ty, flags(), v)
                } else {
                    return Err(self.unsupported("bitcast between different sizes"));
                }
            }
        })
    }

    fn gep(&mut self, source_ty: Type, base: Operand, indices: &[Operand]) -> R<clir::Value> {
        let mut addr = self.scalar(base)?;
        let mut const_off: i64 = 0;
        let mut cur = source_ty;
        for (n, &idx) in indices.iter().enumerate() {
            let ts = &self.m.types;
            let (stride, next) = if n == 0 {
                (self.cx.dl.alloc_size(ts, cur), cur)
            } else if ts.struct_fields(cur).is_some() {
                let Operand::Const(c) = idx else {
                    return Err(self.unsupported("variable struct index in getelementptr"));
                };
                let i = match self.m.consts[c].kind {
                    ConstKind::Int(v) => v as u64,
                    _ => 0,
                };
                let (off, member) = self
                    .cx
                    .dl
                    .member_offset(ts, cur, i)
                    .ok_or_else(|| self.unsupported("struct index out of range"))?;
                const_off = const_off.wrapping_add(off as i64);
                cur = member;
                continue;
            } else {
                match ts.data(cur) {
                    TypeData::Array { elem, .. } => (self.cx.dl.alloc_size(ts, *elem), *elem),
                    _ => {
                        return Err(
                            self.unsupported(format!("getelementptr into {}", ts.display(cur)))
                        );
                    }
                }
            };
            cur = next;
            let il = self.leaf(self.op_ty(idx))?;
            match idx {
                Operand::Const(c) => {
                    let v = match self.m.consts[c].kind {
                        ConstKind::Int(v) => {
                            let s = 128 - il.bits;
                            (((v << s) as i128) >> s) as i64
                        }
                        ConstKind::Zero
                        | ConstKind::Null
                        | ConstKind::Undef
                        | ConstKind::Poison => 0,
                        _ => return Err(self.unsupported("non-integer getelementptr index")),
                    };
                    const_off = const_off.wrapping_add(v.wrapping_mul(stride as i64));
                }
                Operand::Value(_) => {
                    let v = self.scalar(idx)?;
                    let v = self.sext_in(v, il);
                    let v = if il.ty == clt::I64 {
                        v
                    } else if il.ty == clt::I128 {
                        self.fb.ins().ireduce(clt::I64, v)
                    } else {
                        self.fb.ins().sextend(clt::I64, v)
                    };
                    let scaled = if stride == 1 {
                        v
                    } else {
                        self.fb.ins().imul_imm_s(v, stride as i64)
                    };
                    addr = self.fb.ins().iadd(addr, scaled);
                }
            }
        }
        if const_off != 0 {
            addr = self.fb.ins().iadd_imm_s(addr, const_off);
        }
        Ok(addr)
    }

    fn switch(&mut self, value: Operand, default: Block, cases: &[(u128, Block)]) -> R<()> {
        let l = self.leaf(self.op_ty(value))?;
        let v = self.scalar(value)?;
        // Successors with phis get an edge block that passes the arguments.
        let mut edges: HashMap<Block, (clir::Block, Vec<BlockArg>)> = HashMap::new();
        let mut targets = vec![default];
        targets.extend(cases.iter().map(|(_, b)| *b));
        for b in targets {
            if edges.contains_key(&b) {
                continue;
            }
            let args = self.edge_args(b)?;
            let t = if args.is_empty() {
                self.target(b)
            } else {
                self.fb.create_block()
            };
            edges.insert(b, (t, args));
        }
        if l.ty == clt::I128 {
            // A chain of comparisons: the frontend's `Switch` handles up to 64 bits.
            for (val, b) in cases {
                let k = self.iconst(clt::I128, *val);
                let c = self.fb.ins().icmp(IntCC::Equal, v, k);
                let next = self.fb.create_block();
                self.fb.ins().brif(c, edges[b].0, &[], next, &[]);
                self.fb.switch_to_block(next);
            }
            self.fb.ins().jump(edges[&default].0, &[]);
        } else {
            let mut sw = Switch::new();
            for (val, b) in cases {
                sw.set_entry(*val, edges[b].0);
            }
            sw.emit(&mut self.fb, v, edges[&default].0);
        }
        for (b, (eb, args)) in edges {
            if !args.is_empty() {
                self.fb.switch_to_block(eb);
                let t = self.target(b);
                self.fb.ins().jump(t, &args);
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        result: Option<Value>,
        callee: Operand,
        fn_ty: Type,
        args: &[CallArg],
        ret_attrs: &jit_core::ir::ParamAttrs,
    ) -> R<()> {
        let m = self.m;
        let direct = match callee {
            Operand::Const(c) => match m.consts[c].kind {
                ConstKind::GlobalAddr(GlobalRef::Function(f)) => Some(f),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        if let Some(f) = direct {
            let func = &m.functions[f];
            if let Some(i) = func.intrinsic {
                return self.intrinsic(i, result, args);
            }
            if func.name.starts_with("llvm.vector.reduce.") {
                return self.reduction(&func.name, result, args);
            }
            if func.name.starts_with("llvm.") {
                return Err(self.unsupported(format!("intrinsic @{}", func.name)));
            }
        }
        let Some((_, params, varargs)) = m.types.function_sig(fn_ty) else {
            return Err(self.unsupported("call through a non-function type"));
        };
        let nfixed = params.len();
        let mut argv = Vec::new();
        for a in args.iter() {
            if a.attrs.byval.is_some() {
                argv.push(self.scalar(a.value)?);
            } else {
                let vals = self.operand(a.value)?;
                argv.extend(self.pack_abi(self.op_ty(a.value), &vals)?);
            }
        }
        let call = match direct {
            Some(f) if !varargs && m.functions[f].ty == fn_ty => {
                let id = self.cx.func_id(f)?;
                let fr = self.fref(id);
                self.fb.ins().call(fr, &argv)
            }
            _ => {
                let fixed_attrs: Vec<_> =
                    args.iter().take(nfixed).map(|a| a.attrs.clone()).collect();
                let extra: Vec<_> = args
                    .iter()
                    .skip(nfixed)
                    .map(|a| (self.op_ty(a.value), a.attrs.clone()))
                    .collect();
                let item = self.item.clone();
                let sig = types::signature(self.cx, fn_ty, &fixed_attrs, ret_attrs, &extra, &item)?;
                let sigref = self.fb.import_signature(sig);
                let target = self.scalar(callee)?;
                if varargs && cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
                    let (thunk, slot) = self.cx.varargs_thunk()?;
                    let g = self.gv(slot);
                    let slot_addr = self.fb.ins().symbol_value(clt::I64, g);
                    self.fb.ins().store(flags(), target, slot_addr, 0);
                    let tr = self.fref(thunk);
                    let thunk_addr = self.fb.ins().func_addr(clt::I64, tr);
                    self.fb.ins().call_indirect(sigref, thunk_addr, &argv)
                } else {
                    self.fb.ins().call_indirect(sigref, target, &argv)
                }
            }
        };
        let results = self.fb.inst_results(call).to_vec();
        let results = match result {
            Some(r) => self.unpack_abi(self.body.values[r].ty, &results)?,
            None => results,
        };
        self.finish(result, results)
    }

    fn new_dead_block(&mut self) {
        let b = self.fb.create_block();
        self.fb.switch_to_block(b);
    }

    fn intrinsic(&mut self, i: Intrinsic, result: Option<Value>, args: &[CallArg]) -> R<()> {
        use Intrinsic::*;
        if i.is_no_op() {
            return Ok(());
        }
        let first_ty = args.first().map(|a| self.op_ty(a.value));
        if let Some(vt) = first_ty
            && self.m.types.is_vector(vt)
        {
            let lanewise = matches!(
                i,
                Smax | Smin
                    | Umax
                    | Umin
                    | Abs
                    | Ctpop
                    | Ctlz
                    | Cttz
                    | Bswap
                    | BitReverse
                    | Fshl
                    | Fshr
                    | Fabs
                    | Sqrt
                    | Floor
                    | Ceil
                    | Trunc
                    | Rint
                    | NearbyInt
                    | RoundEven
                    | Round
                    | Copysign
                    | Fma
                    | FMulAdd
                    | Minimum
                    | Maximum
                    | MinNum
                    | MaxNum
                    | Pow
                    | Exp
                    | Exp2
                    | Log
                    | Log2
                    | Log10
                    | Sin
                    | Cos
                    | UAddSat
                    | USubSat
                    | SAddSat
                    | SSubSat
            );
            if !lanewise {
                return Err(
                    self.unsupported(format!("intrinsic llvm.{} on vectors", i.base_name()))
                );
            }
            if let Some(nt) = self.native(vt)?
                && let Some(r) = result
                && let Some(v) = self.native_intrinsic(i, nt, args)?
            {
                return self.finish(Some(r), vec![v]);
            }
            let lanes = self.lane_leaves(vt)?;
            let res_ty = result.map(|r| self.body.values[r].ty);
            let res_lanes = match res_ty {
                Some(t) => Some(self.lane_leaves(t)?),
                None => None,
            };
            let mut vals = Vec::new();
            for a in args {
                if self.op_ty(a.value) != Type::METADATA {
                    vals.push(self.lane_operand(a.value)?);
                }
            }
            let mut out = Vec::with_capacity(lanes.len());
            for (k, l) in lanes.iter().enumerate() {
                let lane_args: Vec<clir::Value> = vals
                    .iter()
                    .map(|v| if v.len() == 1 { v[0] } else { v[k] })
                    .collect();
                let rl = res_lanes.as_ref().and_then(|r| r.get(k).copied());
                out.extend(self.scalar_intrinsic(i, Some(*l), rl, &lane_args, args)?);
            }
            let out = match res_ty {
                Some(t) => self.pack_lanes(t, out)?,
                None => out,
            };
            return self.finish(result, out);
        }
        let res_leaf = match result {
            Some(r) => {
                let ty = self.body.values[r].ty;
                self.leaves(ty)?.first().copied()
            }
            None => None,
        };
        let arg_leaf = match args.first() {
            Some(a) => {
                let ty = self.op_ty(a.value);
                if matches!(
                    self.m.types.data(ty),
                    TypeData::Int(_) | TypeData::Float | TypeData::Double | TypeData::Ptr(_)
                ) {
                    Some(self.leaf(ty)?)
                } else {
                    None
                }
            }
            None => None,
        };
        let mut a = Vec::with_capacity(args.len());
        for arg in args {
            if self.op_ty(arg.value) == Type::METADATA {
                continue;
            }
            a.push(self.scalar(arg.value)?);
        }
        let out = self.scalar_intrinsic(i, arg_leaf, res_leaf, &a, args)?;
        self.finish(result, out)
    }

    fn scalar_intrinsic(
        &mut self,
        i: Intrinsic,
        arg_leaf: Option<Leaf>,
        res_leaf: Option<Leaf>,
        a: &[clir::Value],
        args: &[CallArg],
    ) -> R<Vec<clir::Value>> {
        use Intrinsic::*;
        let need = |s: &Self, n: usize| -> R<()> {
            if a.len() < n {
                Err(s.unsupported(format!(
                    "intrinsic {} with too few arguments",
                    i.base_name()
                )))
            } else {
                Ok(())
            }
        };
        let odd = arg_leaf.is_some_and(|l| l.is_odd());
        let out: Vec<clir::Value> = match i {
            Memcpy | MemcpyInline | Memmove => {
                need(self, 3)?;
                let len = self.widen_to_i64(a[2], args[2].value)?;
                let name = if i == Memmove { "memmove" } else { "memcpy" };
                self.call_helper(name, &[clt::I64; 3], &[clt::I64], &[a[0], a[1], len])?;
                vec![]
            }
            Memset | MemsetInline => {
                need(self, 3)?;
                let len = self.widen_to_i64(a[2], args[2].value)?;
                let byte = self.fb.ins().uextend(clt::I32, a[1]);
                self.call_helper(
                    "memset",
                    &[clt::I64, clt::I32, clt::I64],
                    &[clt::I64],
                    &[a[0], byte, len],
                )?;
                vec![]
            }
            Expect | ExpectWithProbability => vec![a[0]],
            Smax | Smin | Umax | Umin if !odd => {
                need(self, 2)?;
                vec![match i {
                    Smax => self.fb.ins().smax(a[0], a[1]),
                    Smin => self.fb.ins().smin(a[0], a[1]),
                    Umax => self.fb.ins().umax(a[0], a[1]),
                    _ => self.fb.ins().umin(a[0], a[1]),
                }]
            }
            Abs if !odd => vec![self.fb.ins().iabs(a[0])],
            Ctpop => vec![self.fb.ins().popcnt(a[0])],
            Ctlz if !odd => vec![self.fb.ins().clz(a[0])],
            Cttz if !odd => vec![self.fb.ins().ctz(a[0])],
            Bswap if !odd => vec![self.fb.ins().bswap(a[0])],
            BitReverse if !odd => vec![self.fb.ins().bitrev(a[0])],
            Fshl | Fshr if !odd && arg_leaf.is_some_and(|l| l.ty != clt::I128) => {
                need(self, 3)?;
                let l = arg_leaf.expect("integer argument");
                vec![self.funnel(i == Fshl, l, a[0], a[1], a[2], args)?]
            }
            Fabs => vec![self.fb.ins().fabs(a[0])],
            Sqrt => vec![self.fb.ins().sqrt(a[0])],
            Floor => vec![self.fb.ins().floor(a[0])],
            Ceil => vec![self.fb.ins().ceil(a[0])],
            Trunc => vec![self.fb.ins().trunc(a[0])],
            Rint | NearbyInt | RoundEven => vec![self.fb.ins().nearest(a[0])],
            Copysign => vec![self.fb.ins().fcopysign(a[0], a[1])],
            Fma => vec![self.fb.ins().fma(a[0], a[1], a[2])],
            FMulAdd => {
                let p = self.fb.ins().fmul(a[0], a[1]);
                vec![self.fb.ins().fadd(p, a[2])]
            }
            Minimum => vec![self.fb.ins().fmin(a[0], a[1])],
            Maximum => vec![self.fb.ins().fmax(a[0], a[1])],
            Round | MinNum | MaxNum | Pow | Exp | Exp2 | Log | Log2 | Log10 | Sin | Cos => {
                let base = match i {
                    Round => "round",
                    MinNum => "fmin",
                    MaxNum => "fmax",
                    Pow => "pow",
                    Exp => "exp",
                    Exp2 => "exp2",
                    Log => "log",
                    Log2 => "log2",
                    Log10 => "log10",
                    Sin => "sin",
                    _ => "cos",
                };
                let ty = arg_leaf.map_or(clt::F64, |l| l.ty);
                vec![self.float_helper(base, ty, a)?]
            }
            Powi | Ldexp => {
                need(self, 2)?;
                let ty = arg_leaf.map_or(clt::F64, |l| l.ty);
                let name = match (i, ty == clt::F32) {
                    (Powi, true) => "__powisf2",
                    (Powi, false) => "__powidf2",
                    (_, true) => "ldexpf",
                    _ => "ldexp",
                };
                self.call_helper(name, &[ty, clt::I32], &[ty], &a[..2])?
            }
            Lround | Llround | Lrint | Llrint => {
                let ty = arg_leaf.map_or(clt::F64, |l| l.ty);
                let base = if matches!(i, Lround | Llround) {
                    "lround"
                } else {
                    "lrint"
                };
                let name = if ty == clt::F32 {
                    format!("{base}f")
                } else {
                    base.to_string()
                };
                let r = self.call_helper(&name, &[ty], &[clt::I64], &a[..1])?[0];
                let to = res_leaf.ok_or_else(|| self.unsupported("lround without result"))?;
                let r = if to.ty == clt::I64 {
                    r
                } else {
                    self.fb.ins().ireduce(to.ty, r)
                };
                vec![r]
            }
            SAddWithOverflow | UAddWithOverflow | SSubWithOverflow | USubWithOverflow
            | SMulWithOverflow | UMulWithOverflow
                if !odd =>
            {
                need(self, 2)?;
                let (v, o) = match i {
                    SAddWithOverflow => self.fb.ins().sadd_overflow(a[0], a[1]),
                    UAddWithOverflow => self.fb.ins().uadd_overflow(a[0], a[1]),
                    SSubWithOverflow => self.fb.ins().ssub_overflow(a[0], a[1]),
                    USubWithOverflow => self.fb.ins().usub_overflow(a[0], a[1]),
                    SMulWithOverflow => self.fb.ins().smul_overflow(a[0], a[1]),
                    _ => self.fb.ins().umul_overflow(a[0], a[1]),
                };
                vec![v, o]
            }
            UAddSat | USubSat | SAddSat | SSubSat if !odd => {
                need(self, 2)?;
                let l = arg_leaf.expect("integer argument");
                vec![self.saturating(i, l, a[0], a[1])]
            }
            Scmp | Ucmp => {
                need(self, 2)?;
                let to = res_leaf.ok_or_else(|| self.unsupported("scmp without result"))?;
                let l = arg_leaf.expect("integer argument");
                let (x, y) = if i == Scmp {
                    (self.sext_in(a[0], l), self.sext_in(a[1], l))
                } else {
                    (a[0], a[1])
                };
                let (gt, lt) = if i == Scmp {
                    (IntCC::SignedGreaterThan, IntCC::SignedLessThan)
                } else {
                    (IntCC::UnsignedGreaterThan, IntCC::UnsignedLessThan)
                };
                let g = self.fb.ins().icmp(gt, x, y);
                let s = self.fb.ins().icmp(lt, x, y);
                let d = self.fb.ins().isub(g, s);
                let d = if to.ty == clt::I8 {
                    d
                } else {
                    self.fb.ins().sextend(to.ty, d)
                };
                vec![self.mask(d, to)]
            }
            PtrMask => {
                let mk = self.widen_to_i64(a[1], args[1].value)?;
                vec![self.fb.ins().band(a[0], mk)]
            }
            ObjectSize => {
                let to = res_leaf.ok_or_else(|| self.unsupported("objectsize without result"))?;
                let min = match args.get(1).map(|x| x.value) {
                    Some(Operand::Const(c)) => matches!(self.m.consts[c].kind, ConstKind::Int(1)),
                    _ => false,
                };
                let v = if min { 0 } else { u128::MAX };
                vec![self.iconst(to.ty, v)]
            }
            LoadRelative => {
                need(self, 2)?;
                let off = self.widen_to_i64(a[1], args[1].value)?;
                let at = self.fb.ins().iadd(a[0], off);
                let rel = self.fb.ins().sload32(flags(), at, 0);
                vec![self.fb.ins().iadd(a[0], rel)]
            }
            IsFpClass => {
                need(self, 1)?;
                let mask = match args.get(1).map(|x| x.value) {
                    Some(Operand::Const(c)) => match self.m.consts[c].kind {
                        ConstKind::Int(v) => v as u32,
                        _ => 0,
                    },
                    _ => return Err(self.unsupported("llvm.is.fpclass with a variable mask")),
                };
                let ty = arg_leaf.map_or(clt::F64, |l| l.ty);
                vec![self.fp_class(a[0], ty, mask)]
            }
            VaStart => {
                let va = self
                    .va
                    .ok_or_else(|| self.unsupported("va_start outside a variadic function"))?;
                let gp = self.fb.ins().iconst(clt::I32, va.gp_offset);
                let fp = self.fb.ins().iconst(clt::I32, va.fp_offset);
                self.fb.ins().store(flags(), gp, a[0], 0);
                self.fb.ins().store(flags(), fp, a[0], 4);
                self.fb.ins().store(flags(), va.overflow_area, a[0], 8);
                self.fb.ins().store(flags(), va.save_area, a[0], 16);
                vec![]
            }
            VaEnd => vec![],
            VaCopy => {
                need(self, 2)?;
                for off in [0, 8, 16] {
                    let x = self.fb.ins().load(clt::I64, flags(), a[1], off);
                    self.fb.ins().store(flags(), x, a[0], off);
                }
                vec![]
            }
            StackSave => {
                let (addr, _) = self
                    .dyn_stack
                    .ok_or_else(|| self.unsupported("stacksave"))?;
                vec![self.fb.ins().load(clt::I64, flags(), addr, 0)]
            }
            StackRestore => {
                let (addr, _) = self
                    .dyn_stack
                    .ok_or_else(|| self.unsupported("stackrestore"))?;
                self.fb.ins().store(flags(), a[0], addr, 0);
                vec![]
            }
            IsConstant => vec![self.fb.ins().iconst(clt::I8, 0)],
            Trap | UbsanTrap => {
                self.fb.ins().trap(TrapCode::unwrap_user(2));
                self.new_dead_block();
                vec![]
            }
            DebugTrap => {
                self.fb.ins().debugtrap();
                vec![]
            }
            other => {
                return Err(self.unsupported(format!("intrinsic llvm.{}", other.base_name())));
            }
        };
        Ok(out)
    }

    /// `llvm.is.fpclass`: tests the IEEE class of `x` from its bits against the LangRef
    /// mask (bit 0 signaling NaN, 1 quiet NaN, 2 -inf, 3 -normal, 4 -subnormal, 5 -0,
    /// 6 +0, 7 +subnormal, 8 +normal, 9 +inf).
    fn fp_class(&mut self, x: clir::Value, ty: clir::Type, mask: u32) -> clir::Value {
        let (ity, mant_bits, exp_bits) = if ty == clt::F32 {
            (clt::I32, 23i64, 8i64)
        } else {
            (clt::I64, 52, 11)
        };
        let bits = self.fb.ins().bitcast(ity, flags(), x);
        let sign = self.fb.ins().ushr_imm_u(bits, mant_bits + exp_bits);
        let neg = self.fb.ins().icmp_imm_u(IntCC::NotEqual, sign, 0);
        let pos = self.fb.ins().icmp_imm_u(IntCC::Equal, sign, 0);
        let e = self.fb.ins().ushr_imm_u(bits, mant_bits);
        let emax = (1i64 << exp_bits) - 1;
        let e = self.fb.ins().band_imm_u(e, emax);
        let mant = self.fb.ins().band_imm_u(bits, (1i64 << mant_bits) - 1);
        let e_max = self.fb.ins().icmp_imm_u(IntCC::Equal, e, emax);
        let e_zero = self.fb.ins().icmp_imm_u(IntCC::Equal, e, 0);
        let m_zero = self.fb.ins().icmp_imm_u(IntCC::Equal, mant, 0);
        let m_nonzero = self.fb.ins().icmp_imm_u(IntCC::NotEqual, mant, 0);
        let quiet_bit = self.fb.ins().band_imm_u(bits, 1i64 << (mant_bits - 1));
        let quiet = self.fb.ins().icmp_imm_u(IntCC::NotEqual, quiet_bit, 0);
        let not_quiet = self.fb.ins().icmp_imm_u(IntCC::Equal, quiet_bit, 0);
        let nan = self.fb.ins().band(e_max, m_nonzero);
        let inf = self.fb.ins().band(e_max, m_zero);
        let zero = self.fb.ins().band(e_zero, m_zero);
        let sub = self.fb.ins().band(e_zero, m_nonzero);
        let not_special = self.fb.ins().bor(e_max, e_zero);
        let normal = self.fb.ins().bxor_imm_u(not_special, 1);
        let mut acc = self.fb.ins().iconst(clt::I8, 0);
        let classes: [(u32, clir::Value, Option<clir::Value>); 10] = [
            (0, nan, Some(not_quiet)),
            (1, nan, Some(quiet)),
            (2, inf, Some(neg)),
            (3, normal, Some(neg)),
            (4, sub, Some(neg)),
            (5, zero, Some(neg)),
            (6, zero, Some(pos)),
            (7, sub, Some(pos)),
            (8, normal, Some(pos)),
            (9, inf, Some(pos)),
        ];
        for (bit, class, extra) in classes {
            if mask & (1 << bit) != 0 {
                let t = match extra {
                    Some(x) => self.fb.ins().band(class, x),
                    None => class,
                };
                acc = self.fb.ins().bor(acc, t);
            }
        }
        acc
    }

    /// Lane-wise intrinsics Cranelift has vector instructions for.
    fn native_intrinsic(
        &mut self,
        i: Intrinsic,
        vt: clir::Type,
        args: &[CallArg],
    ) -> R<Option<clir::Value>> {
        use Intrinsic::*;
        let float = vt.lane_type().is_float();
        let small_int = !float && vt.lane_type() != clt::I64;
        let supported = match i {
            FMulAdd | Fabs | Sqrt | Floor | Ceil | Trunc | Rint | NearbyInt | RoundEven => float,
            Smax | Smin | Umax | Umin => small_int,
            _ => false,
        };
        if !supported {
            return Ok(None);
        }
        let mut a = Vec::new();
        for arg in args {
            a.push(self.scalar(arg.value)?);
        }
        let ins = self.fb.ins();
        Ok(Some(match i {
            FMulAdd => {
                let p = ins.fmul(a[0], a[1]);
                self.fb.ins().fadd(p, a[2])
            }
            Fabs => ins.fabs(a[0]),
            Sqrt => ins.sqrt(a[0]),
            Floor => ins.floor(a[0]),
            Ceil => ins.ceil(a[0]),
            Trunc => ins.trunc(a[0]),
            Rint | NearbyInt | RoundEven => ins.nearest(a[0]),
            Smax => ins.smax(a[0], a[1]),
            Smin => ins.smin(a[0], a[1]),
            Umax => ins.umax(a[0], a[1]),
            _ => ins.umin(a[0], a[1]),
        }))
    }

    fn widen_to_i64(&mut self, v: clir::Value, op: Operand) -> R<clir::Value> {
        let l = self.leaf(self.op_ty(op))?;
        Ok(if l.ty == clt::I64 {
            v
        } else if l.ty == clt::I128 {
            self.fb.ins().ireduce(clt::I64, v)
        } else {
            self.fb.ins().uextend(clt::I64, v)
        })
    }

    fn funnel(
        &mut self,
        left: bool,
        l: Leaf,
        a: clir::Value,
        b: clir::Value,
        c: clir::Value,
        args: &[CallArg],
    ) -> R<clir::Value> {
        if args[0].value == args[1].value {
            return Ok(if left {
                self.fb.ins().rotl(a, c)
            } else {
                self.fb.ins().rotr(a, c)
            });
        }
        let w = i64::from(l.ty.bits());
        let sh = self.fb.ins().band_imm_u(c, w - 1);
        let inv = self.iconst(l.ty, (w - 1) as u128);
        let inv = self.fb.ins().isub(inv, sh);
        Ok(if left {
            // (a << sh) | ((b >> 1) >> (w - 1 - sh))
            let x = self.fb.ins().ishl(a, sh);
            let y = self.fb.ins().ushr_imm_u(b, 1);
            let y = self.fb.ins().ushr(y, inv);
            self.fb.ins().bor(x, y)
        } else {
            // (b >> sh) | ((a << 1) << (w - 1 - sh))
            let x = self.fb.ins().ushr(b, sh);
            let y = self.fb.ins().ishl_imm_u(a, 1);
            let y = self.fb.ins().ishl(y, inv);
            self.fb.ins().bor(x, y)
        })
    }

    fn saturating(&mut self, i: Intrinsic, l: Leaf, a: clir::Value, b: clir::Value) -> clir::Value {
        use Intrinsic::*;
        let bits = l.ty.bits();
        let umax = if bits >= 128 {
            u128::MAX
        } else {
            (1u128 << bits) - 1
        };
        let smax = umax >> 1;
        match i {
            UAddSat => {
                let (s, o) = self.fb.ins().uadd_overflow(a, b);
                let max = self.iconst(l.ty, umax);
                self.fb.ins().select(o, max, s)
            }
            USubSat => {
                let (s, o) = self.fb.ins().usub_overflow(a, b);
                let zero = self.iconst(l.ty, 0);
                self.fb.ins().select(o, zero, s)
            }
            _ => {
                let (s, o) = if i == SAddSat {
                    self.fb.ins().sadd_overflow(a, b)
                } else {
                    self.fb.ins().ssub_overflow(a, b)
                };
                let zero = self.iconst(l.ty, 0);
                let neg = self.fb.ins().icmp(IntCC::SignedLessThan, a, zero);
                let max = self.iconst(l.ty, smax);
                let min = self.iconst(l.ty, smax + 1);
                let sat = self.fb.ins().select(neg, min, max);
                self.fb.ins().select(o, sat, s)
            }
        }
    }
}

fn reverse_postorder(body: &Body, entry: Block) -> Vec<Block> {
    let mut seen = std::collections::HashSet::new();
    let mut post = Vec::new();
    let mut stack: Vec<(Block, Vec<Block>)> = vec![(entry, body.successors(entry))];
    seen.insert(entry);
    while let Some((b, succs)) = stack.last_mut() {
        if let Some(s) = succs.pop() {
            if seen.insert(s) {
                let next = body.successors(s);
                stack.push((s, next));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Integer and float operations Cranelift has vector instructions for on every target.
fn native_binary(op: BinaryOp, vt: clir::Type) -> bool {
    use BinaryOp::*;
    let float = vt.lane_type().is_float();
    match op {
        Add | Sub | And | Or | Xor => !float,
        Mul => !float && vt.lane_type() != clt::I8,
        FAdd | FSub | FMul | FDiv => float,
        _ => false,
    }
}
