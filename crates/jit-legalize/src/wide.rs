//! Integers wider than 128 bits (`iN`, N > 128: C `_BitInt(N)`, the storage units of wide
//! packed bit-fields) become 64-bit words before the backends and the interpreter see them.
//!
//! Each wide value is tracked as its `ceil(N / 64)` little-endian `i64` words, the top word
//! zero-extended (bits at N and above are always zero, so equality and unsigned order
//! compare words directly). Loads and stores touch exactly the store size (the top word
//! goes through an integer of the remaining width, whose store size the backends already
//! honour); `and`/`or`/`xor`, `add`/`sub` with carries, `mul` (schoolbook on 128-bit
//! products), shifts by constant or variable amounts, `icmp`, `trunc`/`zext`/`sext` to
//! and from any width, `select`, `phi` and `freeze` are straight-line word code;
//! `udiv`/`sdiv`/`urem`/`srem` become a shift-and-subtract loop (the block is split
//! around it), as LLVM itself expands divisions wider than 128 bits.
//!
//! Wide values at ABI boundaries (parameters, returns, call arguments: clang passes
//! `_BitInt(N > 128)` through memory, so its IR has none), inside aggregates or vectors,
//! in atomics and float conversions are a [`LegalizeError::Unsupported`] naming the
//! function and the instruction.

use std::collections::HashMap;

use jit_core::entity::EntityRef;
use jit_core::ir::{
    ArithFlags, BinaryOp, Block, BlockData, Body, CastOp, Const, ConstKind, DebugLoc, FuncId, Inst,
    InstData, InstKind, IntPredicate, Module, Operand, SrcLoc, Type, TypeData, Value, ValueDef,
};

use crate::emit::{Cursor, Emit, fill_piece_phis};
use crate::{LegalizeError, R};

/// True for integer types wider than 128 bits.
pub fn is_wide_int(m: &Module, ty: Type) -> bool {
    matches!(m.types.data(ty), TypeData::Int(b) if *b > 128)
}

/// The defined functions whose bodies or signatures mention integers wider than 128 bits.
pub fn functions_with_wide_ints(m: &Module) -> Vec<FuncId> {
    m.functions
        .keys()
        .filter(|&f| has_wide_ints(m, f))
        .collect()
}

/// Whether defined function `f`'s body or signature mentions integers wider than 128 bits.
pub fn has_wide_ints(m: &Module, f: FuncId) -> bool {
    m.functions[f].body.as_ref().is_some_and(|b| {
        b.layout.iter().any(|&bl| {
            b.blocks[bl].insts.iter().any(|&i| {
                let d = &b.insts[i];
                d.result.is_some_and(|v| is_wide_int(m, b.values[v].ty))
                    || inst_mentions_wide(m, b, d)
            })
        })
    })
}

fn inst_mentions_wide(m: &Module, body: &Body, data: &InstData) -> bool {
    let mut any = false;
    data.kind.for_each_operand(|op| {
        any |= is_wide_int(m, crate::operand_type(m, body, op));
    });
    any || match data.kind.as_call() {
        // Calls and invokes alike.
        Some(call) => match m.types.data(call.fn_ty) {
            TypeData::Function { ret, params, .. } => {
                is_wide_int(m, *ret) || params.iter().any(|&p| is_wide_int(m, p))
            }
            _ => false,
        },
        None => false,
    }
}

/// Splits the wide integers of one defined function into words.
pub fn legalize_wide_function(m: &mut Module, f: FuncId) -> R<()> {
    let Some(body) = m.functions[f].body.take() else {
        return Ok(());
    };
    let mut wx = Wx {
        function: m.functions[f].name.to_string(),
        file: m.location_file().to_string(),
        m,
        body,
        words: HashMap::new(),
        block: Block::new(0),
        loc: SrcLoc::default(),
        dbg: None,
        out: Vec::new(),
        phis: Vec::new(),
        last_block: HashMap::new(),
        loop_blocks: Vec::new(),
    };
    let r = wx.run(f);
    let body = std::mem::take(&mut wx.body);
    m.functions[f].body = Some(body);
    r
}

type Words = Vec<Operand>;

/// The widest integer split into words: multiplication and division emit code quadratic
/// in the word count, and C's `_BitInt` stops at 8,388,607 bits only in theory (clang's
/// `__BITINT_MAXWIDTH__` is 8,388,608, but real programs stay in the hundreds).
const MAX_SPLIT_BITS: u32 = 16384;

struct Wx<'m> {
    m: &'m mut Module,
    body: Body,
    function: String,
    file: String,
    words: HashMap<Value, Words>,
    block: Block,
    loc: SrcLoc,
    /// `!dbg` of the instruction being rewritten (what the instructions made for it get).
    dbg: Option<DebugLoc>,
    out: Vec<Inst>,
    /// (word phis, the wide phi they replace), filled once every block is done.
    phis: Vec<(Vec<Value>, Inst)>,
    /// Blocks split by a division loop: the original block → the block that now ends
    /// with its terminator (what successors' phis must name).
    last_block: HashMap<Block, Block>,
    /// The division loops' blocks (their phis name the right predecessors already).
    loop_blocks: Vec<Block>,
}

fn i64c(m: &mut Module, v: u64) -> Operand {
    Operand::Const(m.const_i64(v as i64))
}

impl Emit for Wx<'_> {
    fn emit(&mut self, kind: InstKind, ty: Type) -> Operand {
        let i = self.emit_to(kind, ty, None);
        Operand::Value(self.body.insts[i].result.expect("non-void result"))
    }

    fn ty_of(&self, op: Operand) -> Type {
        crate::operand_type(self.m, &self.body, op)
    }
}

impl Wx<'_> {
    fn err(&self, message: impl Into<String>) -> LegalizeError {
        LegalizeError::Unsupported {
            function: self.function.clone(),
            location: format!("{}:{}", self.file, self.loc),
            message: message.into(),
        }
    }

    fn bits(&self, ty: Type) -> u32 {
        self.m.types.int_bits(ty).unwrap_or(64)
    }

    fn wide(&self, ty: Type) -> bool {
        is_wide_int(self.m, ty)
    }

    fn run(&mut self, f: FuncId) -> R<()> {
        let sig = self.m.functions[f].ty;
        if let TypeData::Function { ret, params, .. } = self.m.types.data(sig).clone()
            && (self.wide(ret) || params.iter().any(|&p| self.wide(p)))
        {
            self.loc = self.m.functions[f].loc;
            return Err(self.err(
                "integers wider than 128 bits as parameters or return values (clang passes \
                 them in memory)",
            ));
        }
        if let Some(v) = self.body.values.iter().find(|(_, v)| {
            self.m
                .types
                .int_bits(v.ty)
                .is_some_and(|b| b > MAX_SPLIT_BITS)
        }) {
            let bits = self.bits(v.1.ty);
            return Err(self.err(format!(
                "`i{bits}`: integers wider than {MAX_SPLIT_BITS} bits are not split into words"
            )));
        }
        // Reverse postorder, so definitions are split before their non-phi uses.
        let order = crate::block_order(&self.body);
        for b in order {
            self.block = b;
            self.out.clear();
            let insts = self.body.blocks[b].insts.clone();
            for i in insts {
                self.inst(i)?;
            }
            self.finish_block();
        }
        self.fill_phis()?;
        self.rename_split_predecessors();
        Ok(())
    }

    /// Stores the rewritten instructions of the current block.
    fn finish_block(&mut self) {
        let out = std::mem::take(&mut self.out);
        for &i in &out {
            self.body.insts[i].block = self.block;
        }
        self.body.blocks[self.block].insts = out;
    }

    fn fill_phis(&mut self) -> R<()> {
        for (word_phis, old) in std::mem::take(&mut self.phis) {
            let InstKind::Phi { incoming } = self.body.insts[old].kind.clone() else {
                continue;
            };
            self.loc = self.body.insts[old].loc;
            self.dbg = self.body.insts[old].dbg;
            let mut pieces = Vec::with_capacity(incoming.len());
            for (op, pred) in incoming {
                pieces.push((self.words_of(op)?, pred));
            }
            fill_piece_phis(&mut self.body, word_phis, pieces);
        }
        Ok(())
    }

    fn rename_split_predecessors(&mut self) {
        if self.last_block.is_empty() {
            return;
        }
        for b in self.body.layout.clone() {
            if self.loop_blocks.contains(&b) {
                continue;
            }
            for &i in &self.body.blocks[b].insts.clone() {
                if let InstKind::Phi { incoming } = &mut self.body.insts[i].kind {
                    for (_, pred) in incoming.iter_mut() {
                        if let Some(&last) = self.last_block.get(pred) {
                            *pred = last;
                        }
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ emitting

    fn emit_to(&mut self, kind: InstKind, ty: Type, result: Option<Value>) -> Inst {
        let cursor = Cursor {
            body: &mut self.body,
            out: &mut self.out,
            block: self.block,
            loc: self.loc,
            dbg: self.dbg,
        };
        cursor.push(kind, ty, result)
    }

    fn bin(&mut self, op: BinaryOp, lhs: Operand, rhs: Operand) -> Operand {
        let ty = self.ty_of(lhs);
        self.emit(
            InstKind::Binary {
                op,
                flags: ArithFlags::default(),
                lhs,
                rhs,
            },
            ty,
        )
    }

    fn c64(&mut self, v: u64) -> Operand {
        i64c(self.m, v)
    }

    /// Defines the narrow result `old` of the instruction being rewritten as `x`.
    fn bind_narrow(&mut self, old: Value, x: Operand) {
        let ty = self.body.values[old].ty;
        self.emit_to(InstKind::Freeze { arg: x }, ty, Some(old));
    }

    // ------------------------------------------------------------------ words

    /// The words of a wide operand.
    fn words_of(&mut self, op: Operand) -> R<Words> {
        let ty = self.ty_of(op);
        let n = jit_core::ir::wideint::word_count(self.bits(ty));
        match op {
            Operand::Value(v) => Ok(match self.words.get(&v) {
                Some(w) => w.clone(),
                // Defined later: only unreachable code uses it.
                None => vec![self.c64(0); n],
            }),
            Operand::Const(c) => self.const_words(c, n),
        }
    }

    fn const_words(&mut self, c: Const, n: usize) -> R<Words> {
        let kind = self.m.const_data(c).kind.clone();
        match kind {
            ConstKind::WideInt(ws) => Ok(ws.iter().map(|&w| i64c(self.m, w)).collect()),
            ConstKind::Int(v) => {
                let mut ws = vec![v as u64, (v >> 64) as u64];
                ws.resize(n, 0);
                Ok(ws.into_iter().map(|w| i64c(self.m, w)).collect())
            }
            // Any value will do for undef and poison; zero keeps every use consistent.
            ConstKind::Zero | ConstKind::Undef | ConstKind::Poison => Ok(vec![self.c64(0); n]),
            _ => Err(self.err(format!(
                "constant `{}` wider than 128 bits",
                jit_core::printer::print_constant(self.m, c)
            ))),
        }
    }

    /// Clears the bits at `bits` and above in the top word.
    fn mask_top(&mut self, mut ws: Words, bits: u32) -> Words {
        let rem = bits % 64;
        if rem != 0 {
            let top = ws.pop().expect("at least one word");
            let mask = self.c64((1u64 << rem) - 1);
            let t = self.bin(BinaryOp::And, top, mask);
            ws.push(t);
        }
        ws
    }

    /// The top word sign-extended from bit `bits - 1` to all 64 bits.
    fn signed_top(&mut self, top: Operand, bits: u32) -> Operand {
        let rem = bits % 64;
        if rem == 0 {
            return top;
        }
        let s = self.c64(u64::from(64 - rem));
        let up = self.bin(BinaryOp::Shl, top, s);
        self.bin(BinaryOp::AShr, up, s)
    }

    /// An integer of at most 128 bits as `n` words, zero- or sign-extended.
    fn split_narrow(&mut self, x: Operand, signed: bool, n: usize) -> Words {
        let bits = self.bits(self.ty_of(x));
        let ext = if signed { CastOp::SExt } else { CastOp::ZExt };
        let mut ws = Vec::with_capacity(n);
        if bits <= 64 {
            let w = if bits == 64 {
                x
            } else {
                self.cast(ext, x, Type::I64)
            };
            ws.push(w);
        } else {
            let x = if bits == 128 {
                x
            } else {
                self.cast(ext, x, Type::I128)
            };
            let lo = self.cast(CastOp::Trunc, x, Type::I64);
            let s = Operand::Const(self.m.const_int(Type::I128, 64));
            let hi = self.bin(BinaryOp::LShr, x, s);
            let hi = self.cast(CastOp::Trunc, hi, Type::I64);
            ws.push(lo);
            ws.push(hi);
        }
        let fill = if signed {
            let top = *ws.last().expect("a word");
            let s = self.c64(63);
            self.bin(BinaryOp::AShr, top, s)
        } else {
            self.c64(0)
        };
        ws.resize(n, fill);
        ws
    }

    /// The low `to` bits (at most 128) of words.
    fn join_narrow(&mut self, ws: &[Operand], to: Type) -> Operand {
        let bits = self.bits(to);
        if bits <= 64 {
            return if bits == 64 {
                ws[0]
            } else {
                self.cast(CastOp::Trunc, ws[0], to)
            };
        }
        let lo = self.cast(CastOp::ZExt, ws[0], Type::I128);
        let hi = self.cast(CastOp::ZExt, ws[1], Type::I128);
        let s = Operand::Const(self.m.const_int(Type::I128, 64));
        let hi = self.bin(BinaryOp::Shl, hi, s);
        let x = self.bin(BinaryOp::Or, lo, hi);
        if bits == 128 {
            x
        } else {
            self.cast(CastOp::Trunc, x, to)
        }
    }

    // ------------------------------------------------------------------ instructions

    fn inst(&mut self, i: Inst) -> R<()> {
        let data = self.body.insts[i].clone();
        self.loc = data.loc;
        self.dbg = data.dbg;
        let res = data.result;
        let rwide = res.is_some_and(|v| self.wide(self.body.values[v].ty));
        if !rwide && !inst_mentions_wide(self.m, &self.body, &data) {
            self.out.push(i);
            return Ok(());
        }
        let unsupported = |s: &Self| {
            s.err(format!(
                "`{}` on integers wider than 128 bits",
                data.kind.opcode()
            ))
        };
        match (&data.kind, res) {
            (InstKind::Binary { op, lhs, rhs, .. }, Some(v)) if rwide => {
                let bits = self.bits(self.body.values[v].ty);
                let (a, b) = (self.words_of(*lhs)?, self.words_of(*rhs)?);
                let ws = self.binary(*op, a, b, bits)?;
                self.words.insert(v, ws);
            }
            (InstKind::ICmp { pred, lhs, rhs }, Some(v))
                if !self.m.types.is_vector(self.ty_of(*lhs)) =>
            {
                let bits = self.bits(self.ty_of(*lhs));
                let (a, b) = (self.words_of(*lhs)?, self.words_of(*rhs)?);
                let r = self.compare(*pred, &a, &b, bits);
                self.bind_narrow(v, r);
            }
            (
                InstKind::Load {
                    ptr,
                    align,
                    volatile,
                },
                Some(v),
            ) if rwide => {
                let bits = self.bits(self.body.values[v].ty);
                let ws = self.load(*ptr, bits, *align, *volatile);
                self.words.insert(v, ws);
            }
            (
                InstKind::Store {
                    value,
                    ptr,
                    align,
                    volatile,
                },
                None,
            ) if self.wide(self.ty_of(*value)) => {
                let bits = self.bits(self.ty_of(*value));
                let ws = self.words_of(*value)?;
                self.store(&ws, *ptr, bits, *align, *volatile);
            }
            (InstKind::Cast { op, value, .. }, Some(v)) => {
                let to = self.body.values[v].ty;
                self.cast_inst(*op, *value, to, v)
                    .ok_or_else(|| unsupported(self))??;
            }
            (
                InstKind::Select {
                    cond,
                    if_true,
                    if_false,
                },
                Some(v),
            ) if rwide && !self.m.types.is_vector(self.ty_of(*cond)) => {
                let (t, f) = (self.words_of(*if_true)?, self.words_of(*if_false)?);
                let ws = t
                    .into_iter()
                    .zip(f)
                    .map(|(t, f)| self.select(*cond, t, f))
                    .collect();
                self.words.insert(v, ws);
            }
            (InstKind::Freeze { arg }, Some(v)) if rwide => {
                let a = self.words_of(*arg)?;
                let ws = a
                    .into_iter()
                    .map(|w| self.emit(InstKind::Freeze { arg: w }, Type::I64))
                    .collect();
                self.words.insert(v, ws);
            }
            (InstKind::Phi { .. }, Some(v)) if rwide => {
                let n = jit_core::ir::wideint::word_count(self.bits(self.body.values[v].ty));
                let mut phis = Vec::with_capacity(n);
                let mut ws = Vec::with_capacity(n);
                for _ in 0..n {
                    let o = self.emit(
                        InstKind::Phi {
                            incoming: Vec::new(),
                        },
                        Type::I64,
                    );
                    if let Operand::Value(p) = o {
                        phis.push(p);
                    }
                    ws.push(o);
                }
                self.phis.push((phis, i));
                self.words.insert(v, ws);
            }
            _ => return Err(unsupported(self)),
        }
        Ok(())
    }

    fn load(&mut self, ptr: Operand, bits: u32, align: u32, volatile: bool) -> Words {
        let n = jit_core::ir::wideint::word_count(bits);
        (0..n)
            .map(|k| {
                let off = 8 * k as u64;
                let addr = self.addr(ptr, off);
                let part = (bits - 64 * k as u32).min(64);
                let ty = self.m.types.int(part);
                let w = self.emit(
                    InstKind::Load {
                        ptr: addr,
                        align: part_align(align, off),
                        volatile,
                    },
                    ty,
                );
                if part == 64 {
                    w
                } else {
                    self.cast(CastOp::ZExt, w, Type::I64)
                }
            })
            .collect()
    }

    fn store(&mut self, ws: &[Operand], ptr: Operand, bits: u32, align: u32, volatile: bool) {
        for (k, &w) in ws.iter().enumerate() {
            let off = 8 * k as u64;
            let addr = self.addr(ptr, off);
            let part = (bits - 64 * k as u32).min(64);
            let value = if part == 64 {
                w
            } else {
                let ty = self.m.types.int(part);
                self.cast(CastOp::Trunc, w, ty)
            };
            self.emit_to(
                InstKind::Store {
                    value,
                    ptr: addr,
                    align: part_align(align, off),
                    volatile,
                },
                Type::VOID,
                None,
            );
        }
    }

    fn addr(&mut self, ptr: Operand, off: u64) -> Operand {
        if off == 0 {
            return ptr;
        }
        let o = self.c64(off);
        self.emit(
            InstKind::Gep {
                source_ty: Type::I8,
                base: ptr,
                indices: Box::new([o]),
                inbounds: true,
            },
            Type::PTR,
        )
    }

    /// `Some(Err)` for a failure, `None` when the cast is not supported at all.
    fn cast_inst(&mut self, op: CastOp, value: Operand, to: Type, v: Value) -> Option<R<()>> {
        let from = self.ty_of(value);
        if self.m.types.is_vector(from) || self.m.types.is_vector(to) {
            return None;
        }
        let (wf, wt) = (self.wide(from), self.wide(to));
        let to_bits = self.bits(to);
        let n = jit_core::ir::wideint::word_count(to_bits);
        let r = (|| -> R<()> {
            match op {
                CastOp::Trunc | CastOp::BitCast | CastOp::PtrToInt | CastOp::IntToPtr
                    if wf && !wt =>
                {
                    let ws = self.words_of(value)?;
                    let x = if op == CastOp::IntToPtr {
                        self.emit(
                            InstKind::Cast {
                                op,
                                flags: ArithFlags::default(),
                                value: ws[0],
                            },
                            to,
                        )
                    } else {
                        self.join_narrow(&ws, to)
                    };
                    self.bind_narrow(v, x);
                }
                CastOp::Trunc | CastOp::ZExt | CastOp::BitCast if wf && wt => {
                    let mut ws = self.words_of(value)?;
                    ws.resize(n, self.c64(0));
                    let ws = self.mask_top(ws, to_bits);
                    self.words.insert(v, ws);
                }
                CastOp::SExt if wf && wt => {
                    let from_bits = self.bits(from);
                    let mut ws = self.words_of(value)?;
                    let top = ws.pop().expect("a word");
                    let top = self.signed_top(top, from_bits);
                    ws.push(top);
                    let s = self.c64(63);
                    let fill = self.bin(BinaryOp::AShr, top, s);
                    ws.resize(n, fill);
                    let ws = self.mask_top(ws, to_bits);
                    self.words.insert(v, ws);
                }
                CastOp::ZExt | CastOp::SExt | CastOp::PtrToInt if !wf && wt => {
                    let x = if op == CastOp::PtrToInt {
                        self.cast(CastOp::PtrToInt, value, Type::I64)
                    } else {
                        value
                    };
                    let ws = self.split_narrow(x, op == CastOp::SExt, n);
                    let ws = self.mask_top(ws, to_bits);
                    self.words.insert(v, ws);
                }
                _ => {
                    return Err(self.err(format!(
                        "`{}` from `{}` to `{}`",
                        op.name(),
                        self.m.types.display(from),
                        self.m.types.display(to)
                    )));
                }
            }
            Ok(())
        })();
        Some(r)
    }

    fn binary(&mut self, op: BinaryOp, a: Words, b: Words, bits: u32) -> R<Words> {
        Ok(match op {
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => a
                .into_iter()
                .zip(b)
                .map(|(x, y)| self.bin(op, x, y))
                .collect(),
            BinaryOp::Add => {
                let s = self.add(&a, &b);
                self.mask_top(s, bits)
            }
            BinaryOp::Sub => {
                let d = self.sub(&a, &b);
                self.mask_top(d, bits)
            }
            BinaryOp::Mul => {
                let p = self.mul(&a, &b);
                self.mask_top(p, bits)
            }
            BinaryOp::Shl | BinaryOp::LShr | BinaryOp::AShr => self.shift(op, a, &b, bits),
            BinaryOp::UDiv | BinaryOp::URem => {
                let (q, r) = self.udivrem(a, b, bits);
                if op == BinaryOp::UDiv { q } else { r }
            }
            BinaryOp::SDiv | BinaryOp::SRem => {
                let (sa, na) = self.abs(a, bits);
                let (sb, nb) = self.abs(b, bits);
                let (q, r) = self.udivrem(na, nb, bits);
                if op == BinaryOp::SDiv {
                    let neg = self.bin(BinaryOp::Xor, sa, sb);
                    self.cond_negate(q, neg, bits)
                } else {
                    self.cond_negate(r, sa, bits)
                }
            }
            _ => return Err(self.err(format!("`{}` on integers", op.name()))),
        })
    }

    fn add(&mut self, a: &[Operand], b: &[Operand]) -> Words {
        let mut out = Vec::with_capacity(a.len());
        let mut carry: Option<Operand> = None;
        let last = a.len() - 1;
        for k in 0..a.len() {
            let t = self.bin(BinaryOp::Add, a[k], b[k]);
            let s = match carry {
                None => t,
                Some(c) => {
                    let c = self.cast(CastOp::ZExt, c, Type::I64);
                    self.bin(BinaryOp::Add, t, c)
                }
            };
            if k < last {
                let c1 = self.icmp(IntPredicate::Ult, t, a[k]);
                carry = Some(match carry {
                    None => c1,
                    Some(_) => {
                        let c2 = self.icmp(IntPredicate::Ult, s, t);
                        self.bin(BinaryOp::Or, c1, c2)
                    }
                });
            }
            out.push(s);
        }
        out
    }

    fn sub(&mut self, a: &[Operand], b: &[Operand]) -> Words {
        let mut out = Vec::with_capacity(a.len());
        let mut borrow: Option<Operand> = None;
        let last = a.len() - 1;
        for k in 0..a.len() {
            let t = self.bin(BinaryOp::Sub, a[k], b[k]);
            let (d, bin) = match borrow {
                None => (t, None),
                Some(br) => {
                    let br = self.cast(CastOp::ZExt, br, Type::I64);
                    (self.bin(BinaryOp::Sub, t, br), Some(br))
                }
            };
            if k < last {
                let b1 = self.icmp(IntPredicate::Ult, a[k], b[k]);
                borrow = Some(match bin {
                    None => b1,
                    Some(br) => {
                        let b2 = self.icmp(IntPredicate::Ult, t, br);
                        self.bin(BinaryOp::Or, b1, b2)
                    }
                });
            }
            out.push(d);
        }
        out
    }

    fn mul(&mut self, a: &[Operand], b: &[Operand]) -> Words {
        let n = a.len();
        let mut r: Words = vec![self.c64(0); n];
        let s64 = Operand::Const(self.m.const_int(Type::I128, 64));
        for i in 0..n {
            let ai = self.cast(CastOp::ZExt, a[i], Type::I128);
            let mut carry: Option<Operand> = None;
            for j in 0..n - i {
                let bj = self.cast(CastOp::ZExt, b[j], Type::I128);
                let mut p = self.bin(BinaryOp::Mul, ai, bj);
                let rk = self.cast(CastOp::ZExt, r[i + j], Type::I128);
                p = self.bin(BinaryOp::Add, p, rk);
                if let Some(c) = carry {
                    let c = self.cast(CastOp::ZExt, c, Type::I128);
                    p = self.bin(BinaryOp::Add, p, c);
                }
                r[i + j] = self.cast(CastOp::Trunc, p, Type::I64);
                if i + j + 1 < n {
                    let hi = self.bin(BinaryOp::LShr, p, s64);
                    carry = Some(self.cast(CastOp::Trunc, hi, Type::I64));
                }
            }
        }
        r
    }

    /// Words of the value shifted by the constant `amount` (< 64 * words); `ashr` treats
    /// the value as signed at width `bits`.
    fn shift_const(&mut self, op: BinaryOp, a: &[Operand], amount: u32, bits: u32) -> Words {
        let n = a.len();
        let (q, r) = ((amount / 64) as usize, amount % 64);
        let zero = self.c64(0);
        let mut ext: Words = a.to_vec();
        let fill = if op == BinaryOp::AShr {
            let top = self.signed_top(ext[n - 1], bits);
            ext[n - 1] = top;
            let s = self.c64(63);
            self.bin(BinaryOp::AShr, top, s)
        } else {
            zero
        };
        let get = |k: isize| -> Operand {
            if k < 0 {
                zero
            } else if (k as usize) < n {
                ext[k as usize]
            } else {
                fill
            }
        };
        let mut out = Vec::with_capacity(n);
        for k in 0..n as isize {
            let w = if op == BinaryOp::Shl {
                let main = get(k - q as isize);
                if r == 0 {
                    main
                } else {
                    let lo = get(k - q as isize - 1);
                    let (sr, sl) = (self.c64(u64::from(r)), self.c64(u64::from(64 - r)));
                    let x = self.bin(BinaryOp::Shl, main, sr);
                    let y = self.bin(BinaryOp::LShr, lo, sl);
                    self.bin(BinaryOp::Or, x, y)
                }
            } else {
                let main = get(k + q as isize);
                if r == 0 {
                    main
                } else {
                    let hi = get(k + q as isize + 1);
                    let (sr, sl) = (self.c64(u64::from(r)), self.c64(u64::from(64 - r)));
                    let x = self.bin(BinaryOp::LShr, main, sr);
                    let y = self.bin(BinaryOp::Shl, hi, sl);
                    self.bin(BinaryOp::Or, x, y)
                }
            };
            out.push(w);
        }
        self.mask_top(out, bits)
    }

    fn shift(&mut self, op: BinaryOp, a: Words, amount: &[Operand], bits: u32) -> Words {
        if let Some(c) = self.const_u64(amount[0])
            && amount[1..].iter().all(|&w| self.const_u64(w) == Some(0))
        {
            if c >= u64::from(bits) {
                // Poison: any value.
                return vec![self.c64(0); a.len()];
            }
            if c == 0 {
                return a;
            }
            return self.shift_const(op, &a, c as u32, bits);
        }
        // A barrel shifter: one conditional constant shift per bit of the amount (amounts
        // of `bits` or more are poison, so higher bits need no stage).
        let amt = amount[0];
        let mut cur = a;
        let mut step = 1u32;
        while step < bits {
            let mask = self.c64(u64::from(step));
            let bit = self.bin(BinaryOp::And, amt, mask);
            let zero = self.c64(0);
            let on = self.icmp(IntPredicate::Ne, bit, zero);
            let shifted = self.shift_const(op, &cur, step, bits);
            cur = shifted
                .into_iter()
                .zip(cur)
                .map(|(s, c)| self.select(on, s, c))
                .collect();
            step *= 2;
        }
        cur
    }

    fn const_u64(&self, op: Operand) -> Option<u64> {
        match op {
            Operand::Const(c) => match self.m.const_data(c).kind {
                ConstKind::Int(v) => Some(v as u64),
                ConstKind::Zero => Some(0),
                _ => None,
            },
            Operand::Value(_) => None,
        }
    }

    /// `a pred b` on words of a `bits`-bit integer.
    fn compare(&mut self, pred: IntPredicate, a: &[Operand], b: &[Operand], bits: u32) -> Operand {
        use IntPredicate::*;
        if matches!(pred, Eq | Ne) {
            let mut acc: Option<Operand> = None;
            for (&x, &y) in a.iter().zip(b) {
                let d = self.bin(BinaryOp::Xor, x, y);
                acc = Some(match acc {
                    None => d,
                    Some(p) => self.bin(BinaryOp::Or, p, d),
                });
            }
            let zero = self.c64(0);
            return self.icmp(pred, acc.expect("a word"), zero);
        }
        let signed = matches!(pred, Sgt | Sge | Slt | Sle);
        let (unsigned_pred, strict) = match pred {
            Ugt | Sgt => (Ugt, Ugt),
            Uge | Sge => (Uge, Ugt),
            Ult | Slt => (Ult, Ult),
            _ => (Ule, Ult),
        };
        let signed_strict = match strict {
            Ugt => Sgt,
            _ => Slt,
        };
        let n = a.len();
        let mut res = self.icmp(unsigned_pred, a[0], b[0]);
        for k in 1..n {
            let (mut x, mut y) = (a[k], b[k]);
            let p = if signed && k == n - 1 {
                x = self.signed_top(x, bits);
                y = self.signed_top(y, bits);
                signed_strict
            } else {
                strict
            };
            let eq = self.icmp(Eq, x, y);
            let here = self.icmp(p, x, y);
            res = self.select(eq, res, here);
        }
        if signed && n == 1 {
            // Not reached: wide values have at least three words.
            return res;
        }
        res
    }

    /// (sign as i1, magnitude) of a signed `bits`-bit value.
    fn abs(&mut self, a: Words, bits: u32) -> (Operand, Words) {
        let top = self.signed_top(a[a.len() - 1], bits);
        let zero = self.c64(0);
        let neg = self.icmp(IntPredicate::Slt, top, zero);
        let m = self.cond_negate(a, neg, bits);
        (neg, m)
    }

    /// `neg ? -a : a` at width `bits`.
    fn cond_negate(&mut self, a: Words, neg: Operand, bits: u32) -> Words {
        let zeros = vec![self.c64(0); a.len()];
        let n = self.sub(&zeros, &a);
        let n = self.mask_top(n, bits);
        n.into_iter()
            .zip(a)
            .map(|(x, y)| self.select(neg, x, y))
            .collect()
    }

    /// Unsigned quotient and remainder by a shift-and-subtract loop of `bits` iterations:
    /// the current block ends with a branch into the loop, and the rest of its
    /// instructions continue in a new block after it.
    fn udivrem(&mut self, num: Words, den: Words, bits: u32) -> (Words, Words) {
        let n = num.len();
        // The partial remainder needs one bit more than the width.
        let rn = jit_core::ir::wideint::word_count(bits + 1);
        let mut den_ext = den.clone();
        den_ext.resize(rn, self.c64(0));

        let pre = self.block;
        let orig = self
            .last_block
            .iter()
            .find(|&(_, &v)| v == pre)
            .map_or(pre, |(&k, _)| k);
        let lp = self.new_block_after(pre);
        let cont = self.new_block_after(lp);
        self.emit_to(InstKind::Br { dest: lp }, Type::VOID, None);
        self.finish_block();

        self.block = lp;
        let phi = |s: &mut Self| -> (Operand, Value) {
            let i = s.emit_to(
                InstKind::Phi {
                    incoming: Vec::new(),
                },
                Type::I64,
                None,
            );
            let v = s.body.insts[i].result.expect("phi result");
            (Operand::Value(v), v)
        };
        let (count, count_phi) = phi(self);
        let mut nn_phis = Vec::new();
        let mut q_phis = Vec::new();
        let mut r_phis = Vec::new();
        let (mut nn, mut q, mut r) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..n {
            let (o, v) = phi(self);
            nn.push(o);
            nn_phis.push(v);
            let (o, v) = phi(self);
            q.push(o);
            q_phis.push(v);
        }
        for _ in 0..rn {
            let (o, v) = phi(self);
            r.push(o);
            r_phis.push(v);
        }
        // The numerator's top bit enters the remainder; both shift left by one.
        let top_bit = (bits - 1) % 64;
        let sh = self.c64(u64::from(top_bit));
        let bit = self.bin(BinaryOp::LShr, nn[n - 1], sh);
        let one = self.c64(1);
        let bit = self.bin(BinaryOp::And, bit, one);
        let nn2 = self.shift_const(BinaryOp::Shl, &nn, 1, bits);
        let mut r2 = self.shift_const(BinaryOp::Shl, &r, 1, 64 * rn as u32);
        r2[0] = self.bin(BinaryOp::Or, r2[0], bit);
        let lt = self.compare(IntPredicate::Ult, &r2, &den_ext, 64 * rn as u32);
        let diff = self.sub(&r2, &den_ext);
        let r3: Words = diff
            .into_iter()
            .zip(r2)
            .map(|(d, x)| self.select(lt, x, d))
            .collect();
        let mut q2 = self.shift_const(BinaryOp::Shl, &q, 1, bits);
        let t = Operand::Const(self.m.const_int(Type::I1, 1));
        let ge = self.bin(BinaryOp::Xor, lt, t);
        let ge = self.cast(CastOp::ZExt, ge, Type::I64);
        q2[0] = self.bin(BinaryOp::Or, q2[0], ge);
        let count2 = self.bin(BinaryOp::Sub, count, one);
        let zero = self.c64(0);
        let more = self.icmp(IntPredicate::Ne, count2, zero);
        self.emit_to(
            InstKind::CondBr {
                cond: more,
                then_dest: lp,
                else_dest: cont,
            },
            Type::VOID,
            None,
        );
        self.finish_block();

        let start = self.c64(u64::from(bits));
        let set = |s: &mut Self, p: Value, init: Operand, next: Operand| {
            if let ValueDef::Inst(pi) = s.body.values[p].def {
                s.body.insts[pi].kind = InstKind::Phi {
                    incoming: vec![(init, pre), (next, lp)],
                };
            }
        };
        set(self, count_phi, start, count2);
        for k in 0..n {
            set(self, nn_phis[k], num[k], nn2[k]);
            set(self, q_phis[k], zero, q2[k]);
        }
        for k in 0..rn {
            set(self, r_phis[k], zero, r3[k]);
        }
        self.block = cont;
        self.last_block.insert(orig, cont);
        self.loop_blocks.push(lp);
        let rem: Words = r3[..n].to_vec();
        (q2, rem)
    }

    fn new_block_after(&mut self, after: Block) -> Block {
        let b = self.body.blocks.push(BlockData {
            name: None,
            insts: Vec::new(),
            loc: self.loc,
        });
        let pos = self
            .body
            .layout
            .iter()
            .position(|&x| x == after)
            .map_or(self.body.layout.len(), |p| p + 1);
        self.body.layout.insert(pos, b);
        b
    }
}

/// The alignment of a word at byte offset `off` of an access aligned to `align`.
fn part_align(align: u32, off: u64) -> u32 {
    let a = u64::from(if align == 0 { 8 } else { align }.min(8));
    let g = if off == 0 { a } else { crate::gcd(a, off) };
    (g as u32).max(1)
}
