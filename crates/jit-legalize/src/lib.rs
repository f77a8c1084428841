//! IR-to-IR legalization shared by the native backends (x86-64 and AArch64 in
//! `codegen-dynasm`): before a backend lowers a module, every vector operation is rewritten
//! into per-lane scalar operations, so one pass gives both backends everything clang emits
//! at `-O2` with its loop and SLP vectorizers on.
//!
//! # What it does
//! [`legalize`] rewrites each function that computes with vectors; functions without vector
//! values are left untouched (and a module without any is returned borrowed, not copied).
//! Inside a rewritten function every vector value is tracked as its list of lanes (scalar
//! SSA values or constants): arithmetic, comparisons, selects, casts (bitcasts between any
//! shapes included, `<N x i1>` ↔ `iN` bit-packing too), loads and stores (lane by lane, or as
//! one integer for bit-packed `<N x i1>`), `getelementptr` on vectors, phis, `freeze`,
//! `extractelement`/`insertelement` (constant or variable index: a variable index becomes
//! a chain of compares and selects), `shufflevector`, element-wise intrinsics (each lane
//! calls the scalar intrinsic) and `llvm.vector.reduce.*` (ordered for `fadd`/`fmul`).
//!
//! Vector-typed values survive only where the ABI needs them: parameters, call and invoke
//! arguments and results, return values and vector members of aggregates (`extractvalue` /
//! `insertvalue`). An invoke's vector result is taken apart in a new block on its normal
//! edge (the result exists there only); unwind edges are never split. There the pass converts with constant-index `extractelement` and
//! `insertelement`, which both backends support for any vector they can pass.
//!
//! Scalar values keep their identity: an instruction without vectors is kept as it is, and
//! a scalar result of a rewritten instruction is defined again under its old value, so the
//! pass needs to know nothing of instructions that never touch vectors. Anything with
//! vectors that it cannot rewrite is a [`LegalizeError::Unsupported`] naming the construct
//! and its `file:line:col`.
//!
//! Lanes are independent scalar code: the backends' tier 0 handles each like any scalar.
//!
//! A backend that compiles some vector code itself names the functions to leave alone
//! ([`legalize_keeping`], [`KeepVectors`]): their vector operations pass through untouched
//! (a function that also has integers over 128 bits is legalized whole).
//!
//! A second pass (module `wide`, run after the vector one) splits integers wider than 128
//! bits into 64-bit words in the same way; the interpreter runs it too.

mod emit;
mod wide;

pub use wide::{functions_with_wide_ints, is_wide_int, legalize_wide_function};

use std::borrow::Cow;
use std::collections::HashMap;

use jit_core::backend::CodegenError;
use jit_core::entity::EntityRef;
use jit_core::ir::{
    ArithFlags, BinaryOp, Block, Body, CallArg, CastOp, Const, ConstExpr, ConstKind, DebugLoc,
    FuncId, GlobalRef, Inst, InstData, InstKind, IntPredicate, Module, Operand, ParamAttrs, SrcLoc,
    TailKind, Type, TypeData, Value, ValueData, ValueDef,
};

use crate::emit::{Cursor, Emit, fill_piece_phis};

/// Why a function could not be legalized.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LegalizeError {
    /// A vector construct the pass does not rewrite.
    #[error("{location}: in function `@{function}`: unsupported: {message}")]
    Unsupported {
        /// The function.
        function: String,
        /// `file:line:col` of the instruction.
        location: String,
        /// What is unsupported.
        message: String,
    },
}

impl From<LegalizeError> for CodegenError {
    fn from(e: LegalizeError) -> Self {
        match e {
            LegalizeError::Unsupported {
                function,
                location,
                message,
            } => CodegenError::Unsupported {
                function,
                location,
                message,
            },
        }
    }
}

type R<T> = Result<T, LegalizeError>;

/// The module with every vector operation scalarized: borrowed when no function computes
/// with vectors, otherwise a rewritten copy.
pub fn legalize(m: &Module) -> R<Cow<'_, Module>> {
    legalize_keeping(m, &|_, _| false)
}

/// Which functions a backend compiles with their vectors as they are (its own vector
/// instructions), so legalization leaves their vector code alone. It is asked only about
/// functions that compute with vectors and have no integers over 128 bits.
pub type KeepVectors<'k> = &'k dyn Fn(&Module, FuncId) -> bool;

/// [`legalize`], except for the functions `keep` names.
pub fn legalize_keeping<'m>(m: &'m Module, keep: KeepVectors<'_>) -> R<Cow<'m, Module>> {
    let todo: Vec<FuncId> = m
        .functions
        .keys()
        .filter(|&f| needs_legalizing_keeping(m, f, keep))
        .collect();
    if todo.is_empty() {
        return Ok(Cow::Borrowed(m));
    }
    let mut owned = m.clone();
    for f in todo {
        legalize_function_in_place(&mut owned, f)?;
    }
    Ok(Cow::Owned(owned))
}

/// [`legalize`] for code generation of `functions` alone: only they are checked and
/// rewritten (the module is copied only when one of them needs it), so the cost is theirs,
/// not the module's.
pub fn legalize_functions<'m>(m: &'m Module, functions: &[FuncId]) -> R<Cow<'m, Module>> {
    legalize_functions_keeping(m, functions, &|_, _| false)
}

/// [`legalize_functions`], except for the functions `keep` names.
pub fn legalize_functions_keeping<'m>(
    m: &'m Module,
    functions: &[FuncId],
    keep: KeepVectors<'_>,
) -> R<Cow<'m, Module>> {
    let todo: Vec<FuncId> = functions
        .iter()
        .copied()
        .filter(|&f| needs_legalizing_keeping(m, f, keep))
        .collect();
    if todo.is_empty() {
        return Ok(Cow::Borrowed(m));
    }
    let mut owned = m.clone();
    for f in todo {
        legalize_function_in_place(&mut owned, f)?;
    }
    Ok(Cow::Owned(owned))
}

/// Whether `f` needs legalizing when the backend keeps the vector code of the functions
/// `keep` names.
pub fn needs_legalizing_keeping(m: &Module, f: FuncId, keep: KeepVectors<'_>) -> bool {
    if wide::has_wide_ints(m, f) {
        return true;
    }
    has_vectors(m, f) && !keep(m, f)
}

/// Whether defined function `f` computes with vectors or with integers over 128 bits.
pub fn function_needs_legalizing(m: &Module, f: FuncId) -> bool {
    has_vectors(m, f) || wide::has_wide_ints(m, f)
}

/// Rewrites function `f` in place when it needs it; true when it did.
pub fn legalize_function_in_place(m: &mut Module, f: FuncId) -> R<bool> {
    let vectors = has_vectors(m, f);
    if vectors {
        legalize_function(m, f)?;
    }
    // Vectors first: their lanes may be wide integers, which the second pass splits.
    let wide = wide::has_wide_ints(m, f);
    if wide {
        legalize_wide_function(m, f)?;
    }
    Ok(vectors || wide)
}

/// Rewrites `m` in place; true when something changed. On error the module may be
/// partly rewritten.
pub fn legalize_in_place(m: &mut Module) -> R<bool> {
    let todo = functions_to_legalize(m);
    for &f in &todo {
        legalize_function(m, f)?;
    }
    // Vectors first: their lanes may be wide integers, which the second pass splits.
    let wide = functions_with_wide_ints(m);
    for &f in &wide {
        legalize_wide_function(m, f)?;
    }
    Ok(!todo.is_empty() || !wide.is_empty())
}

/// The defined functions that compute with vectors.
pub fn functions_to_legalize(m: &Module) -> Vec<FuncId> {
    m.functions.keys().filter(|&f| has_vectors(m, f)).collect()
}

/// Whether defined function `f` computes with vectors (values, operands or calls of
/// target SIMD intrinsics).
pub fn has_vectors(m: &Module, f: FuncId) -> bool {
    m.functions[f]
        .body
        .as_ref()
        .is_some_and(|b| b.layout.iter().any(|&bl| block_has_vectors(m, b, bl)))
}

fn block_has_vectors(m: &Module, body: &Body, b: Block) -> bool {
    body.blocks[b]
        .insts
        .iter()
        .any(|&i| inst_has_vectors(m, body, &body.insts[i]))
}

fn operand_type(m: &Module, body: &Body, op: Operand) -> Type {
    match op {
        Operand::Value(v) => body.values[v].ty,
        Operand::Const(c) => m.const_data(c).ty,
    }
}

fn inst_has_vectors(m: &Module, body: &Body, data: &InstData) -> bool {
    if calls_target_simd(m, data) {
        return true;
    }
    if data
        .result
        .is_some_and(|v| m.types.is_vector(body.values[v].ty))
    {
        return true;
    }
    let mut any = false;
    data.kind.for_each_operand(|op| {
        any |= m.types.is_vector(operand_type(m, body, op));
    });
    any
}

/// Whether `data` calls a target SIMD intrinsic (an AArch64 structure load, say, has no
/// vector operand or result, only a struct of vectors).
fn calls_target_simd(m: &Module, data: &InstData) -> bool {
    let InstKind::Call {
        callee: Operand::Const(c),
        ..
    } = &data.kind
    else {
        return false;
    };
    matches!(m.strip_to_global(*c), Some(GlobalRef::Function(f))
        if target::is_target_simd_intrinsic(&m.functions[f].name))
}

/// Rewrites the vector operations of one defined function.
pub fn legalize_function(m: &mut Module, f: FuncId) -> R<()> {
    let Some(body) = m.functions[f].body.take() else {
        return Ok(());
    };
    let function = m.functions[f].name.to_string();
    let file = m.location_file().to_string();
    let params = m.functions[f].params.clone();
    let mut fx = Fx {
        m,
        body,
        function,
        file,
        lanes: HashMap::new(),
        block: Block::new(0),
        loc: SrcLoc::default(),
        dbg: None,
        out: Vec::new(),
        fresh_from: 0,
        vector_phis: Vec::new(),
        scratch: HashMap::new(),
    };
    let r = fx.run(&params);
    let body = std::mem::take(&mut fx.body);
    m.functions[f].body = Some(body);
    r
}

/// The lanes of a vector value and, while it still exists, the vector itself.
#[derive(Clone)]
struct Lanes {
    ops: Vec<Operand>,
    whole: Option<Value>,
}

/// Per-function rewriting state.
struct Fx<'m> {
    m: &'m mut Module,
    body: Body,
    function: String,
    file: String,
    lanes: HashMap<Value, Lanes>,
    block: Block,
    loc: SrcLoc,
    /// `!dbg` of the instruction being rewritten (what the instructions made for it get).
    dbg: Option<DebugLoc>,
    /// The rewritten instruction list of `block`.
    out: Vec<Inst>,
    /// Values with this index or more were created by the instruction being rewritten.
    fresh_from: usize,
    /// (lane phis, the vector phi they replace) to fill once every block is done.
    vector_phis: Vec<(Vec<Value>, Inst)>,
    /// Scratch slots of masked-off lanes, by lane type.
    scratch: HashMap<Type, Value>,
}

impl Emit for Fx<'_> {
    fn emit(&mut self, kind: InstKind, ty: Type) -> Operand {
        let i = self.emit_to(kind, ty, None);
        Operand::Value(self.body.insts[i].result.expect("non-void result"))
    }

    fn ty_of(&self, op: Operand) -> Type {
        operand_type(self.m, &self.body, op)
    }
}

impl Fx<'_> {
    fn err(&self, message: impl Into<String>) -> LegalizeError {
        LegalizeError::Unsupported {
            function: self.function.clone(),
            location: format!("{}:{}", self.file, self.loc),
            message: message.into(),
        }
    }

    fn ty_name(&self, t: Type) -> String {
        self.m.types.display(t).to_string()
    }

    /// Element type and lane count of a vector type.
    fn vec_of(&self, t: Type) -> Option<(Type, u32)> {
        match self.m.types.data(t) {
            TypeData::Vector { elem, len } => Some((*elem, *len)),
            _ => None,
        }
    }

    fn is_vec(&self, t: Type) -> bool {
        self.m.types.is_vector(t)
    }

    /// Bits of a scalar lane type (pointers: 64).
    fn scalar_bits(&self, t: Type) -> Option<u32> {
        match self.m.types.data(t) {
            TypeData::Int(b) => Some(*b),
            TypeData::Float => Some(32),
            TypeData::Double | TypeData::Ptr(_) => Some(64),
            _ => None,
        }
    }

    // ------------------------------------------------------------------ driver

    fn run(&mut self, params: &[Value]) -> R<()> {
        let order = self.block_order();
        let entry = self.body.entry();
        for b in order {
            self.block = b;
            self.out.clear();
            if Some(b) == entry {
                for &p in params {
                    let ty = self.body.values[p].ty;
                    if self.is_vec(ty) {
                        let ops = self.split(Operand::Value(p), ty);
                        self.lanes.insert(
                            p,
                            Lanes {
                                ops,
                                whole: Some(p),
                            },
                        );
                    }
                }
            }
            let insts = self.body.blocks[b].insts.clone();
            for i in insts {
                self.fresh_from = self.body.values.len();
                self.inst(i)?;
            }
            self.body.blocks[b].insts = std::mem::take(&mut self.out);
        }
        self.fill_vector_phis()
    }

    /// Reverse postorder of the reachable blocks (definitions come before their non-phi
    /// uses), then the unreachable ones in layout order.
    fn block_order(&self) -> Vec<Block> {
        block_order(&self.body)
    }

    fn fill_vector_phis(&mut self) -> R<()> {
        for (lane_phis, old) in std::mem::take(&mut self.vector_phis) {
            let InstKind::Phi { incoming } = self.body.insts[old].kind.clone() else {
                continue;
            };
            self.loc = self.body.insts[old].loc;
            self.dbg = self.body.insts[old].dbg;
            let mut pieces = Vec::with_capacity(incoming.len());
            for (op, pred) in incoming {
                let ty = self.ty_of(op);
                let ops = match op {
                    Operand::Const(c) => self
                        .const_lanes(c)?
                        .into_iter()
                        .map(Operand::Const)
                        .collect(),
                    Operand::Value(v) => self.value_lanes(v, ty),
                };
                pieces.push((ops, pred));
            }
            fill_piece_phis(&mut self.body, lane_phis, pieces);
        }
        Ok(())
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

    fn binary(&mut self, op: BinaryOp, flags: ArithFlags, lhs: Operand, rhs: Operand) -> Operand {
        let ty = self.ty_of(lhs);
        self.emit(
            InstKind::Binary {
                op,
                flags,
                lhs,
                rhs,
            },
            ty,
        )
    }

    fn call_fn(&mut self, f: FuncId, args: Vec<Operand>) -> Operand {
        let fn_ty = self.m.functions[f].ty;
        let ret = self.m.return_type(f);
        let callee = Operand::Const(self.m.const_addr(GlobalRef::Function(f)));
        let args = args
            .into_iter()
            .map(|value| CallArg {
                value,
                attrs: ParamAttrs::default(),
            })
            .collect();
        self.emit(
            InstKind::Call {
                callee,
                fn_ty,
                args,
                ret_attrs: ParamAttrs::default(),
                tail: TailKind::None,
            },
            ret,
        )
    }

    /// Declares (or finds) the scalar intrinsic `name` with the given signature.
    fn intrinsic_fn(&mut self, name: &str, ret: Type, params: &[Type]) -> R<FuncId> {
        if let Some(f) = self.m.function_by_name(name) {
            return Ok(f);
        }
        let ty = self.m.types.function(ret, params, false);
        self.m
            .declare_function(name, ty)
            .map_err(|e| self.err(e.to_string()))
    }

    /// Defines the scalar result `old` of the instruction being rewritten as `x`: by
    /// re-targeting the instruction that computed `x` when this rewrite created it (such a
    /// final result is used by nothing else), otherwise with a `freeze` copy.
    fn bind_scalar(&mut self, old: Value, x: Operand) {
        if let Operand::Value(nv) = x
            && nv.index() >= self.fresh_from
            && let ValueDef::Inst(ni) = self.body.values[nv].def
            && self.body.values[nv].ty == self.body.values[old].ty
        {
            self.body.insts[ni].result = Some(old);
            self.body.values[old].def = ValueDef::Inst(ni);
            return;
        }
        let ty = self.body.values[old].ty;
        self.emit_to(InstKind::Freeze { arg: x }, ty, Some(old));
    }

    fn bind_lanes(&mut self, old: Value, ops: Vec<Operand>) {
        self.lanes.insert(old, Lanes { ops, whole: None });
    }

    // ------------------------------------------------------------------ lanes

    fn poison(&mut self, ty: Type) -> Operand {
        Operand::Const(self.m.constant(ty, ConstKind::Poison))
    }

    fn is_poison(&self, op: Operand) -> bool {
        matches!(op, Operand::Const(c) if matches!(self.m.const_data(c).kind, ConstKind::Poison))
    }

    fn is_undef_or_poison(&self, op: Operand) -> bool {
        matches!(op, Operand::Const(c)
            if matches!(self.m.const_data(c).kind, ConstKind::Poison | ConstKind::Undef))
    }

    fn zero_of(&mut self, ty: Type) -> Const {
        match self.m.types.data(ty) {
            TypeData::Int(_) => self.m.const_int(ty, 0),
            TypeData::Float | TypeData::Double => self.m.constant(ty, ConstKind::Float(0)),
            TypeData::Ptr(_) => self.m.constant(ty, ConstKind::Null),
            _ => self.m.constant(ty, ConstKind::Zero),
        }
    }

    fn int_const(&mut self, ty: Type, v: u128) -> Operand {
        Operand::Const(self.m.const_int(ty, v))
    }

    /// The lanes of a vector operand.
    fn lanes_of(&mut self, op: Operand) -> R<Vec<Operand>> {
        let ty = self.ty_of(op);
        match op {
            Operand::Const(c) => Ok(self
                .const_lanes(c)?
                .into_iter()
                .map(Operand::Const)
                .collect()),
            Operand::Value(v) => Ok(self.value_lanes(v, ty)),
        }
    }

    /// Lanes of a vector value; `undef` lanes for a value not defined yet, which only
    /// unreachable code can use.
    fn value_lanes(&mut self, v: Value, ty: Type) -> Vec<Operand> {
        if let Some(l) = self.lanes.get(&v) {
            return l.ops.clone();
        }
        let (elem, n) = self.vec_of(ty).unwrap_or((ty, 1));
        let u = Operand::Const(self.m.constant(elem, ConstKind::Undef));
        vec![u; n as usize]
    }

    /// Lanes of an operand that may be a vector or a scalar (a scalar splats to `n` lanes).
    fn lanes_or_splat(&mut self, op: Operand, n: usize) -> R<Vec<Operand>> {
        if self.is_vec(self.ty_of(op)) {
            self.lanes_of(op)
        } else {
            Ok(vec![op; n])
        }
    }

    /// The lanes of a vector constant, as constants.
    fn const_lanes(&mut self, c: Const) -> R<Vec<Const>> {
        let data = self.m.const_data(c).clone();
        let Some((elem, n)) = self.vec_of(data.ty) else {
            return Err(self.err(format!(
                "constant of type `{}` used as a vector",
                self.ty_name(data.ty)
            )));
        };
        let n = n as usize;
        Ok(match &data.kind {
            ConstKind::Aggregate(elems) if elems.len() == n => elems.to_vec(),
            ConstKind::Zero => vec![self.zero_of(elem); n],
            ConstKind::Undef => vec![self.m.constant(elem, ConstKind::Undef); n],
            ConstKind::Poison => vec![self.m.constant(elem, ConstKind::Poison); n],
            ConstKind::Expr(ConstExpr::Binary { op, lhs, rhs }) => {
                let (l, r) = (self.const_lanes(*lhs)?, self.const_lanes(*rhs)?);
                l.into_iter()
                    .zip(r)
                    .map(|(lhs, rhs)| {
                        let kind = ConstKind::Expr(ConstExpr::Binary { op: *op, lhs, rhs });
                        self.m.constant(elem, kind)
                    })
                    .collect()
            }
            ConstKind::Expr(ConstExpr::ICmp { pred, lhs, rhs }) => {
                let (l, r) = (self.const_lanes(*lhs)?, self.const_lanes(*rhs)?);
                l.into_iter()
                    .zip(r)
                    .map(|(lhs, rhs)| {
                        let kind = ConstKind::Expr(ConstExpr::ICmp {
                            pred: *pred,
                            lhs,
                            rhs,
                        });
                        self.m.constant(elem, kind)
                    })
                    .collect()
            }
            ConstKind::Expr(ConstExpr::Cast { op, value })
                if *op != CastOp::BitCast
                    && self
                        .vec_of(self.m.const_data(*value).ty)
                        .is_some_and(|(_, k)| k as usize == n) =>
            {
                self.const_lanes(*value)?
                    .into_iter()
                    .map(|value| {
                        let kind = ConstKind::Expr(ConstExpr::Cast { op: *op, value });
                        self.m.constant(elem, kind)
                    })
                    .collect()
            }
            ConstKind::Expr(ConstExpr::Cast {
                op: CastOp::BitCast,
                value,
            }) => self.fold_bitcast(*value, data.ty)?,
            _ => {
                return Err(self.err(format!(
                    "vector constant `{}`",
                    jit_core::printer::print_constant(self.m, c)
                )));
            }
        })
    }

    /// Folds `bitcast` of a constant made of integer and float lanes.
    fn fold_bitcast(&mut self, src: Const, to: Type) -> R<Vec<Const>> {
        let sty = self.m.const_data(src).ty;
        let (selem, slanes) = match self.vec_of(sty) {
            Some((e, _)) => (e, self.const_lanes(src)?),
            None => (sty, vec![src]),
        };
        let sbits = self
            .scalar_bits(selem)
            .ok_or_else(|| self.err("bitcast of this constant"))?;
        let mut bits: Vec<bool> = Vec::new();
        for c in slanes {
            let v = match self.m.const_data(c).kind {
                ConstKind::Int(v) => v,
                ConstKind::Float(b) if selem == Type::F32 => {
                    u128::from((f64::from_bits(b) as f32).to_bits())
                }
                ConstKind::Float(b) => u128::from(b),
                ConstKind::Zero | ConstKind::Undef | ConstKind::Poison | ConstKind::Null => 0,
                _ => return Err(self.err("bitcast of a vector constant expression")),
            };
            bits.extend((0..sbits).map(|k| k < 128 && (v >> k) & 1 == 1));
        }
        let (delem, dn) = self.vec_of(to).unwrap_or((to, 1));
        let dbits = self
            .scalar_bits(delem)
            .ok_or_else(|| self.err("bitcast to this type"))?;
        if dbits as usize * dn as usize != bits.len() || dbits > 128 {
            return Err(self.err("bitcast between types of different sizes"));
        }
        let mut out = Vec::new();
        for chunk in bits.chunks(dbits as usize) {
            let v = chunk
                .iter()
                .enumerate()
                .fold(0u128, |acc, (k, &b)| acc | (u128::from(b) << k));
            out.push(match self.m.types.data(delem) {
                TypeData::Float => {
                    let f = f32::from_bits(v as u32) as f64;
                    self.m.constant(delem, ConstKind::Float(f.to_bits()))
                }
                TypeData::Double => self.m.constant(delem, ConstKind::Float(v as u64)),
                TypeData::Int(_) => self.m.const_int(delem, v),
                _ => return Err(self.err("bitcast of a constant to pointers")),
            });
        }
        Ok(out)
    }

    /// `extractelement` of every lane of a vector that exists as a value.
    fn split(&mut self, vec: Operand, ty: Type) -> Vec<Operand> {
        let (elem, n) = self.vec_of(ty).expect("split of a vector");
        (0..n)
            .map(|k| {
                let index = Operand::Const(self.m.const_i64(i64::from(k)));
                self.emit(InstKind::ExtractElement { vec, index }, elem)
            })
            .collect()
    }

    /// A vector value (or constant) of type `ty` with the given lanes.
    fn materialize(&mut self, lanes: Vec<Operand>, ty: Type) -> Operand {
        let consts: Option<Vec<Const>> = lanes
            .iter()
            .map(|o| match o {
                Operand::Const(c) => Some(*c),
                Operand::Value(_) => None,
            })
            .collect();
        if let Some(cs) = consts {
            return Operand::Const(self.m.constant(ty, ConstKind::Aggregate(cs.into())));
        }
        let mut acc = self.poison(ty);
        for (k, elt) in lanes.into_iter().enumerate() {
            if self.is_poison(elt) {
                continue;
            }
            let index = Operand::Const(self.m.const_i64(k as i64));
            acc = self.emit(
                InstKind::InsertElement {
                    vec: acc,
                    elt,
                    index,
                },
                ty,
            );
        }
        acc
    }

    /// A vector operand as a whole vector (for ABI uses): the original value when it still
    /// exists, otherwise rebuilt from its lanes.
    fn whole(&mut self, op: Operand) -> R<Operand> {
        let ty = self.ty_of(op);
        if let Operand::Value(v) = op
            && let Some(w) = self.lanes.get(&v).and_then(|l| l.whole)
        {
            return Ok(Operand::Value(w));
        }
        if let Operand::Const(_) = op {
            return Ok(op);
        }
        let lanes = self.lanes_of(op)?;
        Ok(self.materialize(lanes, ty))
    }

    // ------------------------------------------------------------------ instructions

    fn inst(&mut self, i: Inst) -> R<()> {
        let data = self.body.insts[i].clone();
        self.loc = data.loc;
        self.dbg = data.dbg;
        if !inst_has_vectors(self.m, &self.body, &data) {
            self.out.push(i);
            return Ok(());
        }
        let res = data.result;
        let rty = res.map(|v| self.body.values[v].ty);
        let rvec = rty.and_then(|t| self.vec_of(t));
        match (&data.kind, res, rvec) {
            (
                InstKind::Binary {
                    op,
                    flags,
                    lhs,
                    rhs,
                },
                Some(v),
                Some(_),
            ) => {
                let (l, r) = (self.lanes_of(*lhs)?, self.lanes_of(*rhs)?);
                let ops = l
                    .into_iter()
                    .zip(r)
                    .map(|(a, b)| self.lane_binary(*op, *flags, a, b))
                    .collect();
                self.bind_lanes(v, ops);
            }
            (InstKind::FNeg { flags, arg }, Some(v), Some((elem, _))) => {
                let ops = self
                    .lanes_of(*arg)?
                    .into_iter()
                    .map(|arg| self.emit(InstKind::FNeg { flags: *flags, arg }, elem))
                    .collect();
                self.bind_lanes(v, ops);
            }
            (InstKind::ICmp { pred, lhs, rhs }, Some(v), Some(_)) => {
                let (l, r) = (self.lanes_of(*lhs)?, self.lanes_of(*rhs)?);
                let ops = l
                    .into_iter()
                    .zip(r)
                    .map(|(a, b)| self.icmp(*pred, a, b))
                    .collect();
                self.bind_lanes(v, ops);
            }
            (
                InstKind::FCmp {
                    pred,
                    flags,
                    lhs,
                    rhs,
                },
                Some(v),
                Some(_),
            ) => {
                let (l, r) = (self.lanes_of(*lhs)?, self.lanes_of(*rhs)?);
                let ops = l
                    .into_iter()
                    .zip(r)
                    .map(|(lhs, rhs)| {
                        self.emit(
                            InstKind::FCmp {
                                pred: *pred,
                                flags: *flags,
                                lhs,
                                rhs,
                            },
                            Type::I1,
                        )
                    })
                    .collect();
                self.bind_lanes(v, ops);
            }
            (
                InstKind::Select {
                    cond,
                    if_true,
                    if_false,
                },
                Some(v),
                Some((_, n)),
            ) => {
                let c = self.lanes_or_splat(*cond, n as usize)?;
                let (t, f) = (self.lanes_of(*if_true)?, self.lanes_of(*if_false)?);
                let mut ops = Vec::with_capacity(n as usize);
                for ((c, t), f) in c.into_iter().zip(t).zip(f) {
                    ops.push(if self.is_undef_or_poison(c) {
                        t
                    } else {
                        self.select(c, t, f)
                    });
                }
                self.bind_lanes(v, ops);
            }
            (
                InstKind::Load {
                    ptr,
                    align,
                    volatile,
                },
                Some(v),
                Some(_),
            ) => {
                let ops = self.load(*ptr, rty.expect("typed"), *align, *volatile)?;
                self.bind_lanes(v, ops);
            }
            (
                InstKind::Store {
                    value,
                    ptr,
                    align,
                    volatile,
                },
                _,
                _,
            ) if self.is_vec(self.ty_of(*value)) => {
                self.store(*value, *ptr, *align, *volatile)?;
            }
            (
                InstKind::Gep {
                    source_ty,
                    base,
                    indices,
                    inbounds,
                },
                Some(v),
                Some((_, n)),
            ) => {
                let n = n as usize;
                let bases = self.lanes_or_splat(*base, n)?;
                let mut idx = Vec::with_capacity(indices.len());
                for &ix in indices.iter() {
                    idx.push(self.lanes_or_splat(ix, n)?);
                }
                let mut ops = Vec::with_capacity(n);
                for (k, base) in bases.into_iter().enumerate() {
                    let indices: Box<[Operand]> = idx.iter().map(|l| l[k]).collect();
                    ops.push(self.emit(
                        InstKind::Gep {
                            source_ty: *source_ty,
                            base,
                            indices,
                            inbounds: *inbounds,
                        },
                        Type::PTR,
                    ));
                }
                self.bind_lanes(v, ops);
            }
            (InstKind::Cast { op, flags, value }, Some(v), _) => {
                self.cast_inst(*op, *flags, *value, v)?;
            }
            (InstKind::Phi { .. }, Some(v), Some((elem, n))) => {
                let mut phis = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    let p = self.emit(
                        InstKind::Phi {
                            incoming: Vec::new(),
                        },
                        elem,
                    );
                    let Operand::Value(p) = p else { unreachable!() };
                    phis.push(p);
                }
                self.bind_lanes(v, phis.iter().map(|&p| Operand::Value(p)).collect());
                self.vector_phis.push((phis, i));
            }
            (InstKind::Freeze { arg }, Some(v), Some((elem, _))) => {
                let ops = self
                    .lanes_of(*arg)?
                    .into_iter()
                    .map(|arg| self.emit(InstKind::Freeze { arg }, elem))
                    .collect();
                self.bind_lanes(v, ops);
            }
            (InstKind::ExtractElement { vec, index }, Some(v), None) => {
                let lanes = self.lanes_of(*vec)?;
                let x = self.extract(lanes, *index, rty.expect("typed"));
                self.bind_scalar(v, x);
            }
            (InstKind::InsertElement { vec, elt, index }, Some(v), Some(_)) => {
                let mut lanes = self.lanes_of(*vec)?;
                match self.const_index(*index) {
                    Some(Some(k)) => {
                        if let Some(l) = lanes.get_mut(k) {
                            *l = *elt;
                        } else {
                            let p = self.poison(self.ty_of(*elt));
                            lanes.iter_mut().for_each(|l| *l = p);
                        }
                    }
                    Some(None) => {
                        let p = self.poison(self.ty_of(*elt));
                        lanes.iter_mut().for_each(|l| *l = p);
                    }
                    None => {
                        let ity = self.ty_of(*index);
                        for (k, l) in lanes.iter_mut().enumerate() {
                            let kc = self.int_const(ity, k as u128);
                            let c = self.icmp(IntPredicate::Eq, *index, kc);
                            *l = self.select(c, *elt, *l);
                        }
                    }
                }
                self.bind_lanes(v, lanes);
            }
            (InstKind::ShuffleVector { a, b, mask }, Some(v), Some((elem, _))) => {
                let mut all = self.lanes_of(*a)?;
                all.extend(self.lanes_of(*b)?);
                let p = self.poison(elem);
                let ops = mask
                    .iter()
                    .map(|k| k.and_then(|k| all.get(k as usize).copied()).unwrap_or(p))
                    .collect();
                self.bind_lanes(v, ops);
            }
            (InstKind::Call { .. }, _, _) => self.call(i, &data)?,
            (InstKind::Invoke { .. }, _, _) => self.invoke(i, &data)?,
            (InstKind::ExtractValue { .. }, Some(v), Some(_)) => {
                // An ABI aggregate with vector members: keep the member as a vector value.
                self.out.push(i);
                let ops = self.split(Operand::Value(v), rty.expect("typed"));
                self.lanes.insert(
                    v,
                    Lanes {
                        ops,
                        whole: Some(v),
                    },
                );
            }
            (InstKind::InsertValue { agg, elt, indices }, _, None)
                if self.is_vec(self.ty_of(*elt)) =>
            {
                let elt = self.whole(*elt)?;
                self.body.insts[i].kind = InstKind::InsertValue {
                    agg: *agg,
                    elt,
                    indices: indices.clone(),
                };
                self.out.push(i);
            }
            (InstKind::Ret { value: Some(op) }, _, _) => {
                let value = self.whole(*op)?;
                self.body.insts[i].kind = InstKind::Ret { value: Some(value) };
                self.out.push(i);
            }
            (kind, _, _) => {
                return Err(self.err(format!("vector operand or result of `{}`", kind.opcode())));
            }
        }
        Ok(())
    }

    /// One lane of a binary operation; a `poison` operand (or an undefined divisor, which is
    /// undefined behaviour) makes the lane `poison` without computing it, so no division
    /// by a made-up zero happens.
    fn lane_binary(&mut self, op: BinaryOp, flags: ArithFlags, a: Operand, b: Operand) -> Operand {
        use BinaryOp::*;
        let divisor_undefined =
            matches!(op, UDiv | SDiv | URem | SRem) && self.is_undef_or_poison(b);
        if self.is_poison(a) || self.is_poison(b) || divisor_undefined {
            let ty = self.ty_of(a);
            return self.poison(ty);
        }
        self.binary(op, flags, a, b)
    }

    /// `Some(Some(k))` for a constant lane index, `Some(None)` for an `undef`/`poison` or
    /// out-of-range index, `None` for a variable one.
    fn const_index(&self, index: Operand) -> Option<Option<usize>> {
        let Operand::Const(c) = index else {
            return None;
        };
        Some(match self.m.const_data(c).kind {
            ConstKind::Int(k) => usize::try_from(k).ok(),
            ConstKind::Zero => Some(0),
            _ => None,
        })
    }

    fn extract(&mut self, lanes: Vec<Operand>, index: Operand, ety: Type) -> Operand {
        match self.const_index(index) {
            Some(Some(k)) if k < lanes.len() => lanes[k],
            Some(_) => self.poison(ety),
            None => {
                // Out of range yields poison, so any lane may serve as the default.
                let ity = self.ty_of(index);
                let mut acc = lanes[0];
                for (k, &lane) in lanes.iter().enumerate().skip(1) {
                    let kc = self.int_const(ity, k as u128);
                    let c = self.icmp(IntPredicate::Eq, index, kc);
                    acc = self.select(c, lane, acc);
                }
                acc
            }
        }
    }

    // ------------------------------------------------------------------ memory

    fn lane_layout(&self, vty: Type) -> R<(Type, u32, u32, bool)> {
        let (elem, n) = self.vec_of(vty).expect("vector type");
        let bits = self
            .scalar_bits(elem)
            .ok_or_else(|| self.err(format!("vector of `{}`", self.ty_name(elem))))?;
        // Lanes narrower than a byte (or of odd widths) are bit-packed in memory.
        let packed = bits % 8 != 0;
        Ok((elem, n, bits, packed))
    }

    fn lane_addr(&mut self, ptr: Operand, off: u64) -> Operand {
        if off == 0 {
            return ptr;
        }
        let o = Operand::Const(self.m.const_i64(off as i64));
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

    fn lane_align(align: u32, off: u64, size: u32) -> u32 {
        let a = if align == 0 { size } else { align };
        let mut g = u64::from(a.max(1));
        if off != 0 {
            g = gcd(g, off);
        }
        (g as u32).max(1)
    }

    fn packed_int(&mut self, n: u32, bits: u32) -> R<Type> {
        let total = n * bits;
        if total > 128 {
            return Err(self.err(format!(
                "bit-packed vector of {total} bits in memory (at most 128)"
            )));
        }
        Ok(self.m.types.int(total))
    }

    fn load(&mut self, ptr: Operand, vty: Type, align: u32, volatile: bool) -> R<Vec<Operand>> {
        let (elem, n, bits, packed) = self.lane_layout(vty)?;
        if packed {
            let ity = self.packed_int(n, bits)?;
            let whole = self.emit(
                InstKind::Load {
                    ptr,
                    align,
                    volatile,
                },
                ity,
            );
            return self.reshape(vec![whole], ity, vty);
        }
        let size = bits / 8;
        let mut ops = Vec::with_capacity(n as usize);
        for k in 0..n {
            let off = u64::from(k * size);
            let addr = self.lane_addr(ptr, off);
            ops.push(self.emit(
                InstKind::Load {
                    ptr: addr,
                    align: Self::lane_align(align, off, size),
                    volatile,
                },
                elem,
            ));
        }
        Ok(ops)
    }

    fn store(&mut self, value: Operand, ptr: Operand, align: u32, volatile: bool) -> R<()> {
        let vty = self.ty_of(value);
        let (_, n, bits, packed) = self.lane_layout(vty)?;
        let lanes = self.lanes_of(value)?;
        if packed {
            let ity = self.packed_int(n, bits)?;
            let whole = self.reshape(lanes, vty, ity)?;
            self.emit_to(
                InstKind::Store {
                    value: whole[0],
                    ptr,
                    align,
                    volatile,
                },
                Type::VOID,
                None,
            );
            return Ok(());
        }
        let size = bits / 8;
        for (k, lane) in lanes.into_iter().enumerate() {
            let off = k as u64 * u64::from(size);
            let addr = self.lane_addr(ptr, off);
            self.emit_to(
                InstKind::Store {
                    value: lane,
                    ptr: addr,
                    align: Self::lane_align(align, off, size),
                    volatile,
                },
                Type::VOID,
                None,
            );
        }
        Ok(())
    }

    // ------------------------------------------------------------------ casts

    fn cast_inst(&mut self, op: CastOp, flags: ArithFlags, value: Operand, v: Value) -> R<()> {
        let from = self.ty_of(value);
        let to = self.body.values[v].ty;
        if op == CastOp::BitCast {
            let lanes = self.lanes_or_splat(value, 1)?;
            let out = self.reshape(lanes, from, to)?;
            if self.is_vec(to) {
                self.bind_lanes(v, out);
            } else {
                self.bind_scalar(v, out[0]);
            }
            return Ok(());
        }
        let (Some((_, n)), Some((elem, m))) = (self.vec_of(from), self.vec_of(to)) else {
            return Err(self.err(format!(
                "`{}` from `{}` to `{}`",
                op.name(),
                self.ty_name(from),
                self.ty_name(to)
            )));
        };
        if n != m {
            return Err(self.err(format!("`{}` changing the lane count", op.name())));
        }
        let ops = self
            .lanes_of(value)?
            .into_iter()
            .map(|value| self.emit(InstKind::Cast { op, flags, value }, elem))
            .collect();
        self.bind_lanes(v, ops);
        Ok(())
    }

    /// A lane as an integer of its width.
    fn lane_to_int(&mut self, x: Operand, ty: Type) -> R<(Operand, u32)> {
        Ok(match self.m.types.data(ty) {
            TypeData::Int(b) => (x, *b),
            TypeData::Float => (self.cast(CastOp::BitCast, x, Type::I32), 32),
            TypeData::Double => (self.cast(CastOp::BitCast, x, Type::I64), 64),
            TypeData::Ptr(_) => (self.cast(CastOp::PtrToInt, x, Type::I64), 64),
            _ => return Err(self.err(format!("bitcast of `{}`", self.ty_name(ty)))),
        })
    }

    fn int_to_lane(&mut self, x: Operand, ty: Type) -> Operand {
        match self.m.types.data(ty) {
            TypeData::Float | TypeData::Double => self.cast(CastOp::BitCast, x, ty),
            TypeData::Ptr(_) => self.cast(CastOp::IntToPtr, x, ty),
            _ => x,
        }
    }

    /// Reinterprets the bits of `lanes` (of type `from`, a vector or a scalar) as lanes of
    /// `to`, lane 0 in the low bits (both targets are little-endian).
    fn reshape(&mut self, lanes: Vec<Operand>, from: Type, to: Type) -> R<Vec<Operand>> {
        let (selem, _) = self.vec_of(from).unwrap_or((from, 1));
        let (delem, dn) = self.vec_of(to).unwrap_or((to, 1));
        if selem == delem {
            return Ok(lanes);
        }
        let mut ints = Vec::with_capacity(lanes.len());
        let mut s = 0;
        for l in lanes {
            let (x, b) = self.lane_to_int(l, selem)?;
            ints.push(x);
            s = b;
        }
        let d = self
            .scalar_bits(delem)
            .ok_or_else(|| self.err(format!("bitcast to `{}`", self.ty_name(to))))?;
        if s as u64 * ints.len() as u64 != u64::from(d) * u64::from(dn) {
            return Err(self.err("bitcast between types of different sizes"));
        }
        let dint = self.m.types.int(d);
        let mut out = Vec::with_capacity(dn as usize);
        if s == d {
            out = ints;
        } else if d > s && d % s == 0 {
            let k = (d / s) as usize;
            for chunk in ints.chunks(k) {
                let mut acc: Option<Operand> = None;
                for (t, &x) in chunk.iter().enumerate() {
                    if self.is_undef_or_poison(x) {
                        continue;
                    }
                    let mut w = self.cast(CastOp::ZExt, x, dint);
                    if t > 0 {
                        let sh = self.int_const(dint, (t as u32 * s) as u128);
                        w = self.binary(BinaryOp::Shl, ArithFlags::default(), w, sh);
                    }
                    acc = Some(match acc {
                        None => w,
                        Some(a) => self.binary(BinaryOp::Or, ArithFlags::default(), a, w),
                    });
                }
                let z = Operand::Const(self.zero_of(dint));
                out.push(acc.unwrap_or(z));
            }
        } else if s > d && s % d == 0 {
            let k = s / d;
            for x in ints {
                for t in 0..k {
                    let mut w = x;
                    if t > 0 {
                        let sty = self.ty_of(x);
                        let sh = self.int_const(sty, (t * d) as u128);
                        w = self.binary(BinaryOp::LShr, ArithFlags::default(), w, sh);
                    }
                    out.push(self.cast(CastOp::Trunc, w, dint));
                }
            }
        } else {
            return Err(self.err(format!(
                "bitcast from `{}` to `{}`",
                self.ty_name(from),
                self.ty_name(to)
            )));
        }
        Ok(out
            .into_iter()
            .map(|x| self.int_to_lane(x, delem))
            .collect())
    }

    // ------------------------------------------------------------------ calls

    fn call(&mut self, i: Inst, data: &InstData) -> R<()> {
        let InstKind::Call { callee, args, .. } = &data.kind else {
            unreachable!("only calls come here")
        };
        let callee_fn = match callee {
            Operand::Const(c) => match self.m.strip_to_global(*c) {
                Some(GlobalRef::Function(f)) => Some(f),
                _ => None,
            },
            Operand::Value(_) => None,
        };
        let name = callee_fn.map(|f| self.m.functions[f].name.to_string());
        if let Some(name) = name.as_deref()
            && name.starts_with("llvm.")
        {
            if let Some(rest) = name.strip_prefix("llvm.vector.reduce.") {
                return self.reduce(rest, args, data.result);
            }
            if let Some(rest) = name.strip_prefix("llvm.masked.") {
                return self.masked(name, rest, args, data.result);
            }
            if let Some(done) = self.target_intrinsic(name, args, data.result) {
                return done;
            }
            return self.elementwise(name, args, data.result);
        }
        // An ordinary call: vectors cross it whole.
        let mut new_args = args.to_vec();
        for a in &mut new_args {
            if self.is_vec(self.ty_of(a.value)) {
                a.value = self.whole(a.value)?;
            }
        }
        if let InstKind::Call { args, .. } = &mut self.body.insts[i].kind {
            *args = new_args.into();
        }
        self.out.push(i);
        if let Some(v) = data.result {
            let ty = self.body.values[v].ty;
            if self.is_vec(ty) {
                let ops = self.split(Operand::Value(v), ty);
                self.lanes.insert(
                    v,
                    Lanes {
                        ops,
                        whole: Some(v),
                    },
                );
            }
        }
        Ok(())
    }

    /// An invoke with vector arguments or a vector result: vectors cross it whole, as for a
    /// call. The result exists on the normal edge only, so its lanes are taken apart in a
    /// new block on that edge (the invoke ends its block; the normal destination may have
    /// other predecessors). The unwind edge is never split.
    fn invoke(&mut self, i: Inst, data: &InstData) -> R<()> {
        let InstKind::Invoke { args, normal, .. } = &data.kind else {
            unreachable!("only invokes come here")
        };
        let normal = *normal;
        let mut new_args = args.to_vec();
        for a in &mut new_args {
            if self.is_vec(self.ty_of(a.value)) {
                a.value = self.whole(a.value)?;
            }
        }
        if let InstKind::Invoke { args, .. } = &mut self.body.insts[i].kind {
            *args = new_args.into();
        }
        self.out.push(i);
        let Some(v) = data.result else {
            return Ok(());
        };
        let ty = self.body.values[v].ty;
        if !self.is_vec(ty) {
            return Ok(());
        }
        let from = self.block;
        let edge = jit_core::ir::BlockData {
            name: None,
            insts: Vec::new(),
            loc: self.body.blocks[normal].loc,
        };
        let split = self.body.blocks.push(edge);
        if let InstKind::Invoke { normal: n, .. } = &mut self.body.insts[i].kind {
            *n = split;
        }
        // The normal destination's phis now take the invoke's edge from the new block.
        let phis: Vec<Inst> = self.body.blocks[normal]
            .insts
            .iter()
            .copied()
            .take_while(|&p| matches!(self.body.insts[p].kind, InstKind::Phi { .. }))
            .collect();
        for p in phis {
            if let InstKind::Phi { incoming } = &mut self.body.insts[p].kind {
                for (_, pred) in incoming.iter_mut() {
                    if *pred == from {
                        *pred = split;
                    }
                }
            }
        }
        let at = self
            .body
            .layout
            .iter()
            .position(|&b| b == from)
            .map_or(self.body.layout.len(), |k| k + 1);
        self.body.layout.insert(at, split);
        // Build the new block's code with the emitter pointed at it.
        let saved_out = std::mem::take(&mut self.out);
        self.block = split;
        let ops = self.split(Operand::Value(v), ty);
        self.emit_to(InstKind::Br { dest: normal }, Type::VOID, None);
        self.body.blocks[split].insts = std::mem::replace(&mut self.out, saved_out);
        self.block = from;
        self.lanes.insert(
            v,
            Lanes {
                ops,
                whole: Some(v),
            },
        );
        Ok(())
    }

    /// An element-wise intrinsic on vectors: the scalar intrinsic on each lane.
    fn elementwise(&mut self, name: &str, args: &[CallArg], res: Option<Value>) -> R<()> {
        let Some(v) = res else {
            return Err(self.err(format!("intrinsic `{name}` on vectors")));
        };
        let rty = self.body.values[v].ty;
        let Some((relem, n)) = self.vec_of(rty) else {
            return Err(self.err(format!("intrinsic `{name}` on vectors")));
        };
        let known = jit_core::ir::Intrinsic::from_name(name);
        if known.is_none_or(|k| k.is_no_op()) {
            return Err(self.err(format!("intrinsic `{name}` on vectors")));
        }
        let scalar_name = scalar_intrinsic_name(name);
        let mut params = Vec::with_capacity(args.len());
        let mut lanes = Vec::with_capacity(args.len());
        for a in args {
            let t = self.ty_of(a.value);
            match self.vec_of(t) {
                Some((e, k)) if k == n => {
                    params.push(e);
                    lanes.push(self.lanes_of(a.value)?);
                }
                Some(_) => return Err(self.err(format!("intrinsic `{name}` mixing lane counts"))),
                None => {
                    params.push(t);
                    lanes.push(vec![a.value; n as usize]);
                }
            }
        }
        let f = self.intrinsic_fn(&scalar_name, relem, &params)?;
        let ops = (0..n as usize)
            .map(|k| {
                let a: Vec<Operand> = lanes.iter().map(|l| l[k]).collect();
                self.call_fn(f, a)
            })
            .collect();
        self.bind_lanes(v, ops);
        Ok(())
    }

    /// A frame slot for lanes that a mask turns off: their accesses go there instead of to
    /// memory the program may not touch, which keeps the code free of branches.
    fn scratch(&mut self, elem: Type) -> Operand {
        if let Some(&s) = self.scratch.get(&elem) {
            return Operand::Value(s);
        }
        let entry = self.body.entry().expect("a body has an entry block");
        let count = Operand::Const(self.m.const_i32(1));
        let inst = self.body.insts.next_key();
        let v = self.body.values.push(ValueData {
            ty: Type::PTR,
            def: ValueDef::Inst(inst),
            name: None,
        });
        self.body.insts.push(InstData {
            kind: InstKind::Alloca {
                ty: elem,
                count,
                align: 0,
            },
            result: Some(v),
            block: entry,
            loc: self.loc,
            dbg: None,
        });
        // A static alloca at the top of the entry block (the list being built when that is
        // the current block).
        if self.block == entry {
            self.out.insert(0, inst);
        } else {
            self.body.blocks[entry].insts.insert(0, inst);
        }
        self.scratch.insert(elem, v);
        Operand::Value(v)
    }

    /// `llvm.masked.{load,store,gather,scatter}`: each lane accesses its address when its
    /// mask bit is set and a scratch slot otherwise; loads then select the pass-through.
    fn masked(&mut self, name: &str, rest: &str, args: &[CallArg], res: Option<Value>) -> R<()> {
        let op = rest.split('.').next().unwrap_or("");
        let a: Vec<Operand> = args.iter().map(|a| a.value).collect();
        let (vty, addrs_of, mask, passthru, value) = match (op, a.as_slice(), res) {
            ("load", [p, _, m, pt], Some(v)) => {
                (self.body.values[v].ty, Err(*p), *m, Some(*pt), None)
            }
            ("gather", [p, _, m, pt], Some(v)) => {
                (self.body.values[v].ty, Ok(*p), *m, Some(*pt), None)
            }
            ("store", [x, p, _, m], None) => (self.ty_of(*x), Err(*p), *m, None, Some(*x)),
            ("scatter", [x, p, _, m], None) => (self.ty_of(*x), Ok(*p), *m, None, Some(*x)),
            _ => return Err(self.err(format!("intrinsic `{name}`"))),
        };
        let (elem, n, bits, packed) = self.lane_layout(vty)?;
        if packed {
            return Err(self.err(format!("intrinsic `{name}` on bit-packed lanes")));
        }
        let addrs = match addrs_of {
            Ok(ptrs) => self.lanes_of(ptrs)?,
            Err(base) => (0..n)
                .map(|k| self.lane_addr(base, u64::from(k * (bits / 8))))
                .collect(),
        };
        let mask = self.lanes_or_splat(mask, n as usize)?;
        let scratch = self.scratch(elem);
        let addrs: Vec<Operand> = addrs
            .into_iter()
            .zip(&mask)
            .map(|(addr, &m)| self.select(m, addr, scratch))
            .collect();
        match (value, passthru, res) {
            (Some(x), _, _) => {
                let lanes = self.lanes_of(x)?;
                for (lane, addr) in lanes.into_iter().zip(addrs) {
                    self.emit_to(
                        InstKind::Store {
                            value: lane,
                            ptr: addr,
                            align: 1,
                            volatile: false,
                        },
                        Type::VOID,
                        None,
                    );
                }
            }
            (None, Some(pt), Some(v)) => {
                let pass = self.lanes_of(pt)?;
                let mut ops = Vec::with_capacity(n as usize);
                for ((addr, m), p) in addrs.into_iter().zip(mask).zip(pass) {
                    let l = self.emit(
                        InstKind::Load {
                            ptr: addr,
                            align: 1,
                            volatile: false,
                        },
                        elem,
                    );
                    ops.push(if self.is_undef_or_poison(p) {
                        l
                    } else {
                        self.select(m, l, p)
                    });
                }
                self.bind_lanes(v, ops);
            }
            _ => return Err(self.err(format!("intrinsic `{name}`"))),
        }
        Ok(())
    }

    /// `llvm.vector.reduce.<op>`: a left-to-right fold over the lanes (the order `fadd` and
    /// `fmul` without `reassoc` require; any order is right for the others).
    fn reduce(&mut self, rest: &str, args: &[CallArg], res: Option<Value>) -> R<()> {
        let op = rest.split('.').next().unwrap_or("");
        let Some(v) = res else {
            return Err(self.err(format!("`llvm.vector.reduce.{rest}` without a result")));
        };
        let ety = self.body.values[v].ty;
        let (start, vec) = match (op, args) {
            ("fadd" | "fmul", [s, x]) => (Some(s.value), x.value),
            (_, [x]) => (None, x.value),
            _ => return Err(self.err(format!("`llvm.vector.reduce.{rest}` arguments"))),
        };
        let lanes = self.lanes_of(vec)?;
        let mut acc = start;
        let flags = ArithFlags::default();
        for lane in lanes {
            let Some(a) = acc else {
                acc = Some(lane);
                continue;
            };
            let next = match op {
                "add" => self.binary(BinaryOp::Add, flags, a, lane),
                "mul" => self.binary(BinaryOp::Mul, flags, a, lane),
                "and" => self.binary(BinaryOp::And, flags, a, lane),
                "or" => self.binary(BinaryOp::Or, flags, a, lane),
                "xor" => self.binary(BinaryOp::Xor, flags, a, lane),
                "fadd" => self.binary(BinaryOp::FAdd, flags, a, lane),
                "fmul" => self.binary(BinaryOp::FMul, flags, a, lane),
                "smax" | "smin" | "umax" | "umin" => {
                    let pred = match op {
                        "smax" => IntPredicate::Sgt,
                        "smin" => IntPredicate::Slt,
                        "umax" => IntPredicate::Ugt,
                        _ => IntPredicate::Ult,
                    };
                    let c = self.icmp(pred, a, lane);
                    self.select(c, a, lane)
                }
                "fmax" | "fmin" => {
                    let base = if op == "fmax" { "maxnum" } else { "minnum" };
                    let name = format!("llvm.{base}.{}", type_suffix(self.m, ety));
                    let f = self.intrinsic_fn(&name, ety, &[ety, ety])?;
                    self.call_fn(f, vec![a, lane])
                }
                _ => {
                    return Err(self.err(format!("intrinsic `llvm.vector.reduce.{rest}`")));
                }
            };
            acc = Some(next);
        }
        let x = match acc {
            Some(x) => x,
            None => self.poison(ety),
        };
        self.bind_scalar(v, x);
        Ok(())
    }
}

/// Reverse postorder of the reachable blocks (definitions come before their non-phi
/// uses), then the unreachable ones in layout order.
fn block_order(body: &Body) -> Vec<Block> {
    let n = body.blocks.len();
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    if let Some(entry) = body.entry() {
        let mut stack: Vec<(Block, Vec<Block>)> = vec![(entry, body.successors(entry))];
        seen[entry.index()] = true;
        while let Some((b, succ)) = stack.last_mut() {
            if let Some(s) = succ.pop() {
                if !seen[s.index()] {
                    seen[s.index()] = true;
                    let ss = body.successors(s);
                    stack.push((s, ss));
                }
            } else {
                post.push(*b);
                stack.pop();
            }
        }
    }
    post.reverse();
    for &b in &body.layout {
        if !seen[b.index()] {
            post.push(b);
        }
    }
    post
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The overload suffix of a scalar type (`i32`, `f64`, `p0`).
fn type_suffix(m: &Module, t: Type) -> String {
    match m.types.data(t) {
        TypeData::Int(b) => format!("i{b}"),
        TypeData::Float => "f32".into(),
        TypeData::Double => "f64".into(),
        TypeData::Ptr(a) => format!("p{a}"),
        _ => m.types.display(t).to_string(),
    }
}

/// `llvm.smax.v4i32` → `llvm.smax.i32`, `llvm.powi.v2f64.i32` → `llvm.powi.f64.i32`: every
/// fixed-vector overload suffix becomes its element's suffix.
pub fn scalar_intrinsic_name(name: &str) -> String {
    name.split('.')
        .map(|part| {
            let Some(rest) = part.strip_prefix('v') else {
                return part;
            };
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let elem = &rest[digits..];
            let is_elem = |e: &str| {
                e.strip_prefix('i')
                    .or_else(|| e.strip_prefix('f'))
                    .or_else(|| e.strip_prefix('p'))
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            };
            if digits > 0 && is_elem(elem) {
                elem
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

mod target;
pub use target::is_target_simd_intrinsic;

#[cfg(test)]
mod tests;
