//! Instructions: one parser per `.ll` opcode, producing [`InstKind`]s with their result
//! types, plus the operand helpers they share (atomics in [`atomics`]). Itanium exception
//! handling (`invoke`, `landingpad`, `resume`) is read; funclet EH (`catchpad`, ...),
//! `callbr` and operand bundles (except on `llvm.assume`, whose bundles are
//! dropped) are rejected here. Calls to `llvm.dbg.*` are read and dropped; other `metadata`
//! arguments become `undef` constants of type `metadata`. An `asm ...` callee becomes an
//! [`InlineAsm`] constant.

use super::error::{PResult, ParseErrorKind};
use super::function::ResName;
use super::lexer::Tok;
use super::parser::Parser;
use crate::ir::{
    BinaryOp, CallArg, CastOp, ConstKind, FloatPredicate, InlineAsm, InstKind, IntPredicate,
    LandingPadClause, Operand, ParamAttrs, SrcLoc, TailKind, Type, TypeData, parse_constraints,
};

mod atomics;

/// The most lanes a `shufflevector` mask may have (the backends' widest vectors have 64).
const MAX_SHUFFLE_LANES: u32 = 1 << 16;

/// What `call` and `invoke` share, as read.
struct CallSite<'a> {
    callee: Operand,
    fn_ty: Type,
    ret_ty: Type,
    args: Vec<CallArg>,
    ret_attrs: ParamAttrs,
    /// A call to `llvm.dbg.*`, which the reader drops.
    dropped: bool,
    /// `llvm.dbg.declare`'s address, variable and expression.
    declare: Option<(
        Option<crate::ir::Value>,
        super::metadata::MdVal<'a>,
        super::metadata::MdVal<'a>,
    )>,
}

impl<'a> Parser<'a> {
    /// `T v` where `v` is a local or a constant of type `T`.
    #[inline]
    pub(super) fn parse_operand(&mut self, ty: Type) -> PResult<Operand> {
        match self.tok.kind {
            Tok::LocalVar | Tok::LocalId => {
                let v = self.lookup_value(self.tok, ty)?;
                self.bump()?;
                Ok(Operand::Value(v))
            }
            _ => Ok(Operand::Const(self.parse_const(ty)?)),
        }
    }

    /// Parses a type then an operand of that type.
    fn parse_typed_operand(&mut self) -> PResult<(Type, Operand)> {
        let t = self.parse_type()?;
        let v = self.parse_operand(t)?;
        Ok((t, v))
    }

    /// Parses `T v`, requiring `T == want`.
    fn parse_operand_as(&mut self, want: Type, role: &str) -> PResult<Operand> {
        let loc = self.here();
        let t = self.parse_type()?;
        if t != want {
            return Err(self.err_at(
                loc,
                format!(
                    "{role} has type '{}' but '{}' was expected",
                    self.ty_str(t),
                    self.ty_str(want)
                ),
            ));
        }
        self.parse_operand(t)
    }

    /// Parses `T v` with a pointer `T`.
    fn parse_pointer_operand(&mut self, role: &str) -> PResult<Operand> {
        let loc = self.here();
        let t = self.parse_type()?;
        if !self.m.types.is_ptr(t) {
            return Err(self.err_at(
                loc,
                format!("{role} must be a pointer, not '{}'", self.ty_str(t)),
            ));
        }
        self.parse_operand(t)
    }

    /// `, align N` if present.
    fn parse_opt_align(&mut self) -> PResult<u32> {
        if self.tok.kind == Tok::Comma && self.peek()?.kind == Tok::Ident {
            let p = self.peek()?;
            if self.text(p) == "align" {
                self.bump()?;
                self.bump()?;
                return self.parse_align_value();
            }
        }
        Ok(0)
    }

    fn expect_comma(&mut self) -> PResult<()> {
        self.expect(Tok::Comma, "','")?;
        Ok(())
    }

    /// Checks a type is usable as an SSA value.
    fn check_value_type(&self, t: Type, loc: SrcLoc) -> PResult<()> {
        if self.m.is_first_class(t) {
            Ok(())
        } else {
            Err(self.err_at(loc, format!("invalid value type '{}'", self.ty_str(t))))
        }
    }

    /// One instruction; true when it was a terminator.
    pub(super) fn parse_instruction(&mut self) -> PResult<bool> {
        let loc = self.here();
        let res = match self.tok.kind {
            Tok::LocalVar => {
                let n = self.name(self.tok);
                self.bump()?;
                self.expect(Tok::Equal, "'=' after the result name")?;
                ResName::Named(n, loc)
            }
            Tok::LocalId => {
                let n = self.local_number(self.tok)?;
                self.bump()?;
                self.expect(Tok::Equal, "'=' after the result name")?;
                ResName::Numbered(n, loc)
            }
            _ => ResName::None,
        };
        if self.tok.kind != Tok::Ident {
            return Err(self.expected("an instruction"));
        }
        let op_loc = self.here();
        let op = self.cur_text();
        self.bump()?;
        let (kind, ty) = match op {
            "ret" => {
                let tloc = self.here();
                let t = self.parse_type()?;
                let value = if t == Type::VOID {
                    None
                } else {
                    Some(self.parse_operand(t)?)
                };
                if t != self.fs.ret_ty {
                    return Err(self.err_at(
                        tloc,
                        format!(
                            "'ret {}' does not match the function's return type '{}'",
                            self.ty_str(t),
                            self.ty_str(self.fs.ret_ty)
                        ),
                    ));
                }
                self.parse_attachments()?;
                self.emit(InstKind::Ret { value }, Type::VOID, res, loc)?;
                return Ok(true);
            }
            "br" => {
                let kind = if self.is_kw("label") {
                    let dest = self.parse_label_operand()?;
                    InstKind::Br { dest }
                } else {
                    let cond = self.parse_operand_as(Type::I1, "the branch condition")?;
                    self.expect_comma()?;
                    let then_dest = self.parse_label_operand()?;
                    self.expect_comma()?;
                    let else_dest = self.parse_label_operand()?;
                    InstKind::CondBr {
                        cond,
                        then_dest,
                        else_dest,
                    }
                };
                self.parse_attachments()?;
                self.emit(kind, Type::VOID, res, loc)?;
                return Ok(true);
            }
            "switch" => {
                let tloc = self.here();
                let (t, value) = self.parse_typed_operand()?;
                if !self.m.types.is_int(t) {
                    return Err(self.err_at(
                        tloc,
                        format!("switch value must be an integer, not '{}'", self.ty_str(t)),
                    ));
                }
                self.expect_comma()?;
                let default = self.parse_label_operand()?;
                self.expect(Tok::LBracket, "'['")?;
                let mut cases = Vec::new();
                while !self.eat(Tok::RBracket)? {
                    let cloc = self.here();
                    let c = match self.parse_operand_as(t, "the case value")? {
                        Operand::Const(c) => c,
                        Operand::Value(_) => {
                            return Err(self.err_at(cloc, "switch case values must be constants"));
                        }
                    };
                    let ConstKind::Int(v) = self.m.consts[c].kind else {
                        return Err(
                            self.err_at(cloc, "switch case values must be integer literals")
                        );
                    };
                    self.expect_comma()?;
                    let b = self.parse_label_operand()?;
                    cases.push((v, b));
                }
                self.parse_attachments()?;
                let kind = InstKind::Switch {
                    value,
                    default,
                    cases: cases.into(),
                };
                self.emit(kind, Type::VOID, res, loc)?;
                return Ok(true);
            }
            "unreachable" => {
                self.parse_attachments()?;
                self.emit(InstKind::Unreachable, Type::VOID, res, loc)?;
                return Ok(true);
            }
            "indirectbr" => {
                let (kind, ty) = self.parse_indirectbr()?;
                self.parse_attachments()?;
                self.emit(kind, ty, res, loc)?;
                return Ok(true);
            }
            "invoke" => return self.parse_invoke(res, loc).map(|()| true),
            "resume" => {
                let (_, value) = self.parse_typed_operand()?;
                self.parse_attachments()?;
                self.emit(InstKind::Resume { value }, Type::VOID, res, loc)?;
                return Ok(true);
            }
            "landingpad" => self.parse_landingpad()?,
            "cleanuppad" | "catchpad" | "catchswitch" | "catchret" | "cleanupret" => {
                return Err(self.unsupported_at(
                    op_loc,
                    format!(
                        "funclet exception handling ('{op}', Windows SEH and C++ EH) is not supported"
                    ),
                ));
            }
            "callbr" => {
                return Err(self.unsupported_at(op_loc, "'callbr' (asm goto) is not supported"));
            }
            "fence" => self.parse_fence()?,
            "atomicrmw" => self.parse_atomicrmw()?,
            "cmpxchg" => self.parse_cmpxchg()?,
            "fneg" => {
                let flags = self.parse_arith_flags()?;
                let tloc = self.here();
                let (t, arg) = self.parse_typed_operand()?;
                if !self.is_float_like(t) {
                    return Err(self.err_at(
                        tloc,
                        format!(
                            "'fneg' needs a floating-point operand, not '{}'",
                            self.ty_str(t)
                        ),
                    ));
                }
                (InstKind::FNeg { flags, arg }, t)
            }
            "icmp" => {
                self.eat_kw("samesign")?;
                let Some(pred) = IntPredicate::from_name(self.cur_text())
                    .filter(|_| self.tok.kind == Tok::Ident)
                else {
                    return Err(self.expected("an icmp predicate"));
                };
                self.bump()?;
                let tloc = self.here();
                let (t, lhs) = self.parse_typed_operand()?;
                if !self.is_int_like(t) && !self.is_ptr_like(t) {
                    return Err(self.err_at(
                        tloc,
                        format!(
                            "'icmp' needs integer or pointer operands, not '{}'",
                            self.ty_str(t)
                        ),
                    ));
                }
                self.expect_comma()?;
                let rhs = self.parse_operand(t)?;
                let rt = self.bool_like(t);
                (InstKind::ICmp { pred, lhs, rhs }, rt)
            }
            "fcmp" => {
                let flags = self.parse_arith_flags()?;
                let Some(pred) = FloatPredicate::from_name(self.cur_text())
                    .filter(|_| self.tok.kind == Tok::Ident)
                else {
                    return Err(self.expected("an fcmp predicate"));
                };
                self.bump()?;
                let tloc = self.here();
                let (t, lhs) = self.parse_typed_operand()?;
                if !self.is_float_like(t) {
                    return Err(self.err_at(
                        tloc,
                        format!(
                            "'fcmp' needs floating-point operands, not '{}'",
                            self.ty_str(t)
                        ),
                    ));
                }
                self.expect_comma()?;
                let rhs = self.parse_operand(t)?;
                let rt = self.bool_like(t);
                (
                    InstKind::FCmp {
                        pred,
                        flags,
                        lhs,
                        rhs,
                    },
                    rt,
                )
            }
            "alloca" => self.parse_alloca()?,
            "load" => {
                if self.eat_kw("atomic")? {
                    self.parse_atomic_load()?
                } else {
                    let volatile = self.eat_kw("volatile")?;
                    let tloc = self.here();
                    let t = self.parse_type()?;
                    self.check_value_type(t, tloc)?;
                    self.expect_comma()?;
                    let ptr = self.parse_pointer_operand("the load address")?;
                    let align = self.parse_opt_align()?;
                    (
                        InstKind::Load {
                            ptr,
                            align,
                            volatile,
                        },
                        t,
                    )
                }
            }
            "store" => {
                if self.eat_kw("atomic")? {
                    self.parse_atomic_store()?
                } else {
                    let volatile = self.eat_kw("volatile")?;
                    let tloc = self.here();
                    let (t, value) = self.parse_typed_operand()?;
                    self.check_value_type(t, tloc)?;
                    self.expect_comma()?;
                    let ptr = self.parse_pointer_operand("the store address")?;
                    let align = self.parse_opt_align()?;
                    (
                        InstKind::Store {
                            value,
                            ptr,
                            align,
                            volatile,
                        },
                        Type::VOID,
                    )
                }
            }
            "getelementptr" => self.parse_gep(op_loc)?,
            "select" => {
                self.parse_arith_flags()?;
                let cloc = self.here();
                let (ct, cond) = self.parse_typed_operand()?;
                if self.m.types.int_bits(ct) != Some(1) && !self.is_bool_vector(ct) {
                    return Err(self.err_at(
                        cloc,
                        format!("select condition must be 'i1', not '{}'", self.ty_str(ct)),
                    ));
                }
                self.expect_comma()?;
                let (t, if_true) = self.parse_typed_operand()?;
                self.expect_comma()?;
                let if_false = self.parse_operand_as(t, "the second select value")?;
                (
                    InstKind::Select {
                        cond,
                        if_true,
                        if_false,
                    },
                    t,
                )
            }
            "phi" => {
                self.parse_arith_flags()?;
                let tloc = self.here();
                let t = self.parse_type()?;
                self.check_value_type(t, tloc)?;
                let mut incoming = Vec::with_capacity(2);
                loop {
                    self.expect(Tok::LBracket, "'['")?;
                    let v = self.parse_operand(t)?;
                    self.expect_comma()?;
                    let b = self.parse_block_ref()?;
                    self.expect(Tok::RBracket, "']'")?;
                    incoming.push((v, b));
                    if self.tok.kind == Tok::Comma && self.peek()?.kind == Tok::LBracket {
                        self.bump()?;
                        continue;
                    }
                    break;
                }
                (InstKind::Phi { incoming }, t)
            }
            "call" | "tail" | "musttail" | "notail" => {
                return self.parse_call(op, res, loc).map(|()| false);
            }
            "freeze" => {
                let (t, arg) = self.parse_typed_operand()?;
                (InstKind::Freeze { arg }, t)
            }
            "extractvalue" => {
                let (t, agg) = self.parse_typed_operand()?;
                let (indices, member) = self.parse_member_path(t)?;
                (InstKind::ExtractValue { agg, indices }, member)
            }
            "insertvalue" => {
                let (t, agg) = self.parse_typed_operand()?;
                self.expect_comma()?;
                let eloc = self.here();
                let (et, elt) = self.parse_typed_operand()?;
                let (indices, member) = self.parse_member_path(t)?;
                if member != et {
                    return Err(self.err_at(
                        eloc,
                        format!(
                            "inserted value has type '{}' but the member has type '{}'",
                            self.ty_str(et),
                            self.ty_str(member)
                        ),
                    ));
                }
                (InstKind::InsertValue { agg, elt, indices }, t)
            }
            "extractelement" => {
                let vloc = self.here();
                let (vt, vec) = self.parse_typed_operand()?;
                let elem = self.vector_elem(vt, vloc)?;
                self.expect_comma()?;
                let index = self.parse_int_operand("the lane index")?;
                (InstKind::ExtractElement { vec, index }, elem)
            }
            "insertelement" => {
                let vloc = self.here();
                let (vt, vec) = self.parse_typed_operand()?;
                let elem = self.vector_elem(vt, vloc)?;
                self.expect_comma()?;
                let elt = self.parse_operand_as(elem, "the inserted value")?;
                self.expect_comma()?;
                let index = self.parse_int_operand("the lane index")?;
                (InstKind::InsertElement { vec, elt, index }, vt)
            }
            "shufflevector" => {
                let vloc = self.here();
                let (vt, a) = self.parse_typed_operand()?;
                let elem = self.vector_elem(vt, vloc)?;
                self.expect_comma()?;
                let b = self.parse_operand_as(vt, "the second vector")?;
                self.expect_comma()?;
                let mloc = self.here();
                let mt = self.parse_type()?;
                let Some(len) = (match *self.m.types.data(mt) {
                    TypeData::Vector { elem, len } if elem == Type::I32 => Some(len),
                    _ => None,
                }) else {
                    return Err(self.err_at(
                        mloc,
                        format!(
                            "shuffle mask must be a vector of 'i32', not '{}'",
                            self.ty_str(mt)
                        ),
                    ));
                };
                // The mask is expanded lane by lane: a huge vector type with a
                // `zeroinitializer` mask would otherwise allocate gigabytes (fuzzing found
                // `<2147483647 x i32> zeroinitializer`).
                if len > MAX_SHUFFLE_LANES {
                    return Err(Self::diag(
                        mloc,
                        ParseErrorKind::Limit,
                        format!("shuffle mask has {len} lanes (limit {MAX_SHUFFLE_LANES})"),
                    ));
                }
                let c = self.parse_const(mt)?;
                let mask: Vec<Option<u32>> = match &self.m.consts[c].kind {
                    ConstKind::Zero => vec![Some(0); len as usize],
                    ConstKind::Undef | ConstKind::Poison => vec![None; len as usize],
                    ConstKind::Aggregate(lanes) => lanes
                        .iter()
                        .map(|&l| match self.m.consts[l].kind {
                            ConstKind::Int(v) => Some(v as u32),
                            _ => None,
                        })
                        .collect(),
                    _ => return Err(self.err_at(mloc, "shuffle mask must be a constant vector")),
                };
                let rt = self.m.types.vector(elem, len);
                (
                    InstKind::ShuffleVector {
                        a,
                        b,
                        mask: mask.into(),
                    },
                    rt,
                )
            }
            "va_arg" => {
                let list = self.parse_pointer_operand("the va_list address")?;
                self.expect_comma()?;
                let tloc = self.here();
                let t = self.parse_type()?;
                self.check_value_type(t, tloc)?;
                (InstKind::VaArg { list }, t)
            }
            _ => {
                if let Some(bop) = BinaryOp::from_name(op) {
                    let flags = self.parse_arith_flags()?;
                    let tloc = self.here();
                    let (t, lhs) = self.parse_typed_operand()?;
                    if let Err(m) = self.check_binary(bop, t) {
                        return Err(self.err_at(tloc, m));
                    }
                    self.expect_comma()?;
                    let rhs = self.parse_operand(t)?;
                    (
                        InstKind::Binary {
                            op: bop,
                            flags,
                            lhs,
                            rhs,
                        },
                        t,
                    )
                } else if let Some(cop) = CastOp::from_name(op) {
                    let flags = self.parse_arith_flags()?;
                    let (from, value) = self.parse_typed_operand()?;
                    self.expect_kw("to")?;
                    let to = self.parse_type()?;
                    if let Err(m) = self.check_cast(cop, from, to) {
                        return Err(self.err_at(op_loc, m));
                    }
                    (
                        InstKind::Cast {
                            op: cop,
                            flags,
                            value,
                        },
                        to,
                    )
                } else {
                    return Err(self.err_at(op_loc, format!("unknown instruction '{op}'")));
                }
            }
        };
        self.parse_attachments()?;
        self.emit(kind, ty, res, loc)?;
        Ok(false)
    }

    fn is_bool_vector(&self, t: Type) -> bool {
        matches!(*self.m.types.data(t), TypeData::Vector { elem, .. } if elem == Type::I1)
    }

    fn vector_elem(&self, t: Type, loc: SrcLoc) -> PResult<Type> {
        match *self.m.types.data(t) {
            TypeData::Vector { elem, .. } => Ok(elem),
            _ => Err(self.err_at(
                loc,
                format!("expected a vector type, found '{}'", self.ty_str(t)),
            )),
        }
    }

    fn parse_int_operand(&mut self, role: &str) -> PResult<Operand> {
        let loc = self.here();
        let (t, v) = self.parse_typed_operand()?;
        if !self.m.types.is_int(t) {
            return Err(self.err_at(
                loc,
                format!("{role} must be an integer, not '{}'", self.ty_str(t)),
            ));
        }
        Ok(v)
    }

    /// `, i, j, ...` member indices of extractvalue/insertvalue into `agg_ty`: the indices
    /// and the member type they reach.
    fn parse_member_path(&mut self, agg_ty: Type) -> PResult<(Box<[u32]>, Type)> {
        let mut indices = Vec::new();
        let mut cur = agg_ty;
        while self.tok.kind == Tok::Comma && self.peek()?.kind == Tok::Int {
            self.bump()?;
            let iloc = self.here();
            let i = self.parse_u32("member index")?;
            let next = match self.m.types.data(cur) {
                TypeData::Array { elem, len } if (i as u64) < *len => Some(*elem),
                TypeData::Struct { .. } | TypeData::Named(_) => self.m.types.member(cur, i as u64),
                _ => None,
            };
            cur = next.ok_or_else(|| {
                self.err_at(
                    iloc,
                    format!("index {i} is out of range for '{}'", self.ty_str(cur)),
                )
            })?;
            indices.push(i);
        }
        if indices.is_empty() {
            return Err(self.expected("',' and a member index"));
        }
        Ok((indices.into(), cur))
    }

    fn parse_alloca(&mut self) -> PResult<(InstKind, Type)> {
        if self.is_kw("inalloca") {
            return Err(self.unsupported("'alloca inalloca' is not supported"));
        }
        let tloc = self.here();
        let ty = self.parse_type()?;
        if !self.m.is_first_class(ty) || self.m.types.is_opaque(ty) {
            return Err(self.err_at(
                tloc,
                format!("cannot allocate a value of type '{}'", self.ty_str(ty)),
            ));
        }
        let mut count = None;
        let mut align = 0;
        while self.tok.kind == Tok::Comma {
            let p = self.peek()?;
            match (p.kind, self.text(p)) {
                (Tok::MetaVar, _) => break,
                (Tok::Ident, "align") => {
                    self.bump()?;
                    self.bump()?;
                    align = self.parse_align_value()?;
                }
                (Tok::Ident, "addrspace") => {
                    self.bump()?;
                    self.parse_addrspace_zero("allocas")?;
                }
                _ if count.is_none() => {
                    self.bump()?;
                    count = Some(self.parse_int_operand("the element count")?);
                }
                _ => {
                    self.bump()?;
                    return Err(self.expected("'align', 'addrspace' or metadata"));
                }
            }
        }
        let count = match count {
            Some(c) => c,
            None => Operand::Const(self.int_const(Type::I32, 1)),
        };
        Ok((InstKind::Alloca { ty, count, align }, Type::PTR))
    }

    /// The flags after `getelementptr` (of an instruction or a constant expression):
    /// `inbounds` is kept; `nusw`, `nuw` and `inrange(...)` are read and dropped.
    pub(super) fn parse_gep_flags(&mut self) -> PResult<bool> {
        let mut inbounds = false;
        loop {
            if self.eat_kw("inbounds")? {
                inbounds = true;
            } else if self.eat_kw("nusw")? || self.eat_kw("nuw")? {
            } else if self.eat_kw("inrange")? {
                if self.tok.kind != Tok::LParen {
                    return Err(self.expected("'(' after 'inrange'"));
                }
                self.skip_balanced()?;
            } else {
                break;
            }
        }
        Ok(inbounds)
    }

    fn parse_gep(&mut self, loc: SrcLoc) -> PResult<(InstKind, Type)> {
        let inbounds = self.parse_gep_flags()?;
        let source_ty = self.parse_type()?;
        self.expect_comma()?;
        let bloc = self.here();
        let (bt, base) = self.parse_typed_operand()?;
        if !self.is_ptr_like(bt) {
            return Err(self.err_at(
                bloc,
                format!(
                    "getelementptr base must be a pointer, not '{}'",
                    self.ty_str(bt)
                ),
            ));
        }
        let mut result_ty = bt;
        let mut indices = Vec::new();
        let mut values = Vec::new();
        while self.tok.kind == Tok::Comma && self.peek()?.kind != Tok::MetaVar {
            self.bump()?;
            let iloc = self.here();
            let (it, idx) = self.parse_typed_operand()?;
            if !self.is_int_like(it) {
                return Err(self.err_at(
                    iloc,
                    format!(
                        "getelementptr index must be an integer, not '{}'",
                        self.ty_str(it)
                    ),
                ));
            }
            if let TypeData::Vector { len, .. } = *self.m.types.data(it) {
                result_ty = self.m.types.vector(Type::PTR, len);
            }
            values.push(match idx {
                Operand::Const(c) => self.m.int_or_splat(c),
                Operand::Value(_) => None,
            });
            indices.push(idx);
        }
        if let Err(m) = self.check_gep(source_ty, &values) {
            return Err(self.err_at(loc, m));
        }
        Ok((
            InstKind::Gep {
                source_ty,
                base,
                indices: indices.into(),
                inbounds,
            },
            result_ty,
        ))
    }

    /// `[tail|musttail|notail] call [fast-math] [cc] [ret attrs] T callee(args) [fn attrs]`.
    fn parse_call(&mut self, op: &str, res: ResName<'a>, loc: SrcLoc) -> PResult<()> {
        let tail = match op {
            "tail" => TailKind::Tail,
            "musttail" => TailKind::MustTail,
            "notail" => TailKind::NoTail,
            _ => TailKind::None,
        };
        if tail != TailKind::None {
            self.expect_kw("call")?;
        }
        self.parse_arith_flags()?;
        let site = self.parse_call_site(loc, "call")?;
        self.parse_attachments()?;
        if site.dropped {
            match site.declare {
                Some((address, var, expr)) => self.add_declare_call(address, var, expr, loc),
                None => self.md.pending_dbg = None,
            }
            return match res {
                ResName::None => Ok(()),
                ResName::Named(_, l) | ResName::Numbered(_, l) => {
                    Err(self.err_at(l, "a call to a debug intrinsic cannot have a result"))
                }
            };
        }
        let kind = InstKind::Call {
            callee: site.callee,
            fn_ty: site.fn_ty,
            args: site.args.into(),
            ret_attrs: site.ret_attrs,
            tail,
        };
        self.emit(kind, site.ret_ty, res, loc)
    }

    /// `invoke [cc] [ret attrs] T callee(args) [fn attrs] to label %normal unwind label
    /// %unwind`: a call that ends its block.
    fn parse_invoke(&mut self, res: ResName<'a>, loc: SrcLoc) -> PResult<()> {
        let site = self.parse_call_site(loc, "invoke")?;
        if site.dropped {
            // `llvm.dbg.*` calls are dropped, but an invoke is a terminator: it cannot be.
            return Err(self.err_at(loc, "a debug intrinsic cannot be invoked"));
        }
        self.expect_kw("to")?;
        let normal = self.parse_label_operand()?;
        self.expect_kw("unwind")?;
        let unwind = self.parse_label_operand()?;
        self.parse_attachments()?;
        let kind = InstKind::Invoke {
            callee: site.callee,
            fn_ty: site.fn_ty,
            args: site.args.into(),
            ret_attrs: site.ret_attrs,
            normal,
            unwind,
        };
        self.emit(kind, site.ret_ty, res, loc)
    }

    /// `landingpad T [cleanup] (catch T c | filter [N x T] c)*`: clause operands are
    /// constants, a `catch` takes a non-array, a `filter` an array.
    fn parse_landingpad(&mut self) -> PResult<(InstKind, Type)> {
        let tloc = self.here();
        let ty = self.parse_type()?;
        self.check_value_type(ty, tloc)?;
        let cleanup = self.eat_kw("cleanup")?;
        let mut clauses = Vec::new();
        loop {
            let filter = if self.is_kw("catch") {
                false
            } else if self.is_kw("filter") {
                true
            } else {
                break;
            };
            let kw = if filter { "filter" } else { "catch" };
            self.bump()?;
            let cloc = self.here();
            let t = self.parse_type()?;
            if matches!(self.m.types.data(t), TypeData::Array { .. }) != filter {
                return Err(self.err_at(
                    cloc,
                    format!(
                        "'{kw}' clause has an invalid type '{}' ({})",
                        self.ty_str(t),
                        if filter {
                            "a filter takes an array of type infos"
                        } else {
                            "a catch takes one type info, not an array"
                        }
                    ),
                ));
            }
            if matches!(self.tok.kind, Tok::LocalVar | Tok::LocalId) {
                return Err(self.err(format!("the '{kw}' clause argument must be a constant")));
            }
            let c = Operand::Const(self.parse_const(t)?);
            clauses.push(if filter {
                LandingPadClause::Filter(c)
            } else {
                LandingPadClause::Catch(c)
            });
        }
        Ok((
            InstKind::LandingPad {
                cleanup,
                clauses: clauses.into(),
            },
            ty,
        ))
    }

    /// The part a `call` and an `invoke` share: `[cc] [ret attrs] [addrspace(N)] T
    /// callee(args) [fn attrs] [operand bundles]`. `what` names the instruction in messages.
    fn parse_call_site(&mut self, loc: SrcLoc, what: &str) -> PResult<CallSite<'a>> {
        while self.tok.kind == Tok::Ident && self.parse_callconv()? {}
        let ret_attrs = self.parse_param_attrs()?;
        if self.eat_kw("addrspace")? {
            self.expect(Tok::LParen, "'('")?;
            self.parse_u32("address space")?;
            self.expect(Tok::RParen, "')'")?;
        }
        let tloc = self.here();
        let ty = self.parse_type()?;
        let explicit = self.m.types.function_sig(ty).is_some();
        let ret_ty = match self.m.types.function_sig(ty) {
            Some((r, _, _)) => r,
            None => ty,
        };
        if ret_ty != Type::VOID && !self.m.is_first_class(ret_ty) {
            return Err(self.err_at(
                tloc,
                format!("invalid return type '{}'", self.ty_str(ret_ty)),
            ));
        }
        let callee_tok = self.tok;
        let mut pending_asm = None;
        let mut elem_tys = Vec::new();
        let mut dropped = false;
        let mut is_declare = false;
        let mut bundles_ok = false;
        let callee = match callee_tok.kind {
            Tok::GlobalVar | Tok::GlobalId => {
                let name = self.text(callee_tok);
                dropped = name.starts_with("llvm.dbg.");
                is_declare = name == "llvm.dbg.declare";
                bundles_ok = name == "llvm.assume";
                let c = self.global_addr(callee_tok)?;
                self.bump()?;
                Operand::Const(c)
            }
            Tok::Ident if self.cur_text() == "asm" => {
                self.bump()?;
                pending_asm = Some(self.parse_inline_asm()?);
                // Replaced by the asm constant once the arguments' element types are known.
                Operand::Const(self.m.constant(Type::PTR, ConstKind::Null))
            }
            _ => self.parse_operand(Type::PTR)?,
        };
        self.expect(Tok::LParen, "'(' to start the argument list")?;
        let mut args = Vec::new();
        let mut arg_tys = Vec::new();
        let mut arg_locs = Vec::new();
        let mut declare = None;
        if is_declare {
            for _ in 0..3 {
                arg_locs.push(self.here());
                arg_tys.push(Type::METADATA);
            }
            declare = Some(self.parse_declare_args(false)?);
            self.expect(Tok::RParen, "')' to end the argument list")?;
        } else if !self.eat(Tok::RParen)? {
            loop {
                arg_locs.push(self.here());
                if self.eat_kw("metadata")? {
                    self.skip_metadata_arg()?;
                    let c = self.m.constant(Type::METADATA, ConstKind::Undef);
                    args.push(CallArg {
                        value: Operand::Const(c),
                        attrs: Default::default(),
                    });
                    arg_tys.push(Type::METADATA);
                } else {
                    let aloc = self.here();
                    let t = self.parse_type()?;
                    self.check_value_type(t, aloc)?;
                    self.elementtype = None;
                    let attrs = self.parse_param_attrs()?;
                    elem_tys.push(self.elementtype.take());
                    let value = self.parse_operand(t)?;
                    args.push(CallArg { value, attrs });
                    arg_tys.push(t);
                }
                if self.eat(Tok::Comma)? {
                    continue;
                }
                self.expect(Tok::RParen, "',' or ')' in the argument list")?;
                break;
            }
        }
        // Call-site function attributes: groups are checked for existence, then ignored.
        let mut fn_flags = 0u32;
        loop {
            match self.tok.kind {
                Tok::AttrGrp => {
                    let gloc = self.here();
                    let g = self.parse_group_id()?;
                    self.group_uses.push((g, None, gloc));
                }
                Tok::Ident | Tok::Str => {
                    if !self.parse_fn_attr(&mut fn_flags, false)? {
                        break;
                    }
                }
                _ => break,
            }
        }
        if self.tok.kind == Tok::LBracket {
            if !bundles_ok {
                return Err(self.unsupported("operand bundles are not supported"));
            }
            // `llvm.assume` bundles only carry optimisation hints.
            self.skip_balanced()?;
        }
        let fn_ty = if explicit {
            ty
        } else {
            self.function_type(ret_ty, &arg_tys, false)
        };
        if explicit {
            let Some((_, params, varargs)) = self.m.types.function_sig(fn_ty) else {
                return Err(self.err_at(tloc, "internal error: lost the call's function type"));
            };
            let n = params.len();
            if arg_tys.len() < n || (!varargs && arg_tys.len() > n) {
                return Err(self.err_at(
                    loc,
                    format!(
                        "{what} passes {} argument{} but the function type '{}' takes {}{n}",
                        arg_tys.len(),
                        if arg_tys.len() == 1 { "" } else { "s" },
                        self.ty_str(fn_ty),
                        if varargs { "at least " } else { "" }
                    ),
                ));
            }
            if let Some(i) = (0..n).find(|&i| params[i] != arg_tys[i]) {
                let want = params[i];
                return Err(self.err_at(
                    arg_locs[i],
                    format!(
                        "argument {} has type '{}' but the function type says '{}'",
                        i + 1,
                        self.ty_str(arg_tys[i]),
                        self.ty_str(want)
                    ),
                ));
            }
        }
        let callee = match pending_asm {
            Some(mut asm) => {
                let mut tys = elem_tys.into_iter();
                for c in asm.constraints.iter_mut().filter(|c| c.takes_arg()) {
                    c.elem_ty = tys.next().flatten();
                }
                Operand::Const(
                    self.m
                        .constant(Type::PTR, ConstKind::InlineAsm(Box::new(asm))),
                )
            }
            None => callee,
        };
        Ok(CallSite {
            callee,
            fn_ty,
            ret_ty,
            args,
            ret_attrs,
            dropped,
            declare,
        })
    }

    /// After `asm`: `[sideeffect] [alignstack] [inteldialect] [unwind] "template",
    /// "constraints"`.
    fn parse_inline_asm(&mut self) -> PResult<InlineAsm> {
        let (mut side_effect, mut align_stack, mut intel_dialect, mut unwind) =
            (false, false, false, false);
        loop {
            if self.eat_kw("sideeffect")? {
                side_effect = true;
            } else if self.eat_kw("alignstack")? {
                align_stack = true;
            } else if self.eat_kw("inteldialect")? {
                intel_dialect = true;
            } else if self.eat_kw("unwind")? {
                unwind = true;
            } else {
                break;
            }
        }
        let template = self.parse_string("the inline asm template string")?;
        self.expect(Tok::Comma, "',' after the inline asm template")?;
        let cloc = self.here();
        let constraint_text = self.parse_string("the inline asm constraint string")?;
        let constraints =
            parse_constraints(&constraint_text).map_err(|e| self.err_at(cloc, e.to_string()))?;
        Ok(InlineAsm {
            template,
            constraint_text,
            constraints: constraints.into(),
            side_effect,
            align_stack,
            intel_dialect,
            unwind,
        })
    }

    /// After `metadata` in an argument list: `!...` metadata, or a typed value (whose
    /// value is resolved and dropped).
    fn skip_metadata_arg(&mut self) -> PResult<()> {
        match self.tok.kind {
            Tok::MetaId | Tok::MetaVar | Tok::Exclaim => self.skip_metadata(),
            Tok::Ident if self.is_kw("distinct") => self.skip_metadata(),
            _ => {
                let loc = self.here();
                let t = self.parse_type()?;
                self.check_value_type(t, loc)?;
                self.parse_operand(t)?;
                Ok(())
            }
        }
    }
}
