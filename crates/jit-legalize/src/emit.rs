//! Appending new instructions while a function is rewritten: what the vector pass and the
//! wide-integer pass share.

use jit_core::ir::{
    ArithFlags, Block, Body, CastOp, DebugLoc, Inst, InstData, InstKind, IntPredicate, Operand,
    SrcLoc, Type, Value, ValueData, ValueDef,
};

/// Where rewritten instructions go: the block being rebuilt and its new instruction list.
pub(crate) struct Cursor<'a> {
    pub body: &'a mut Body,
    pub out: &'a mut Vec<Inst>,
    pub block: Block,
    pub loc: SrcLoc,
    /// The source location (`!dbg`) of the instruction being rewritten, which every
    /// instruction made for it inherits.
    pub dbg: Option<DebugLoc>,
}

impl Cursor<'_> {
    /// Appends `kind`; its result is `result` when given (an existing value now defined
    /// here), else a fresh value of `ty` (none for `void`).
    pub fn push(self, kind: InstKind, ty: Type, result: Option<Value>) -> Inst {
        let inst = self.body.insts.next_key();
        let result = match result {
            Some(v) => {
                self.body.values[v].def = ValueDef::Inst(inst);
                Some(v)
            }
            None => (ty != Type::VOID).then(|| {
                self.body.values.push(ValueData {
                    ty,
                    def: ValueDef::Inst(inst),
                    name: None,
                })
            }),
        };
        self.body.insts.push(InstData {
            kind,
            result,
            block: self.block,
            loc: self.loc,
            dbg: self.dbg,
        });
        self.out.push(inst);
        inst
    }
}

/// Fills the phis that replace one split phi, one per piece (lane or word): `incoming`
/// gives, per predecessor, the pieces of the value arriving from it, in the order of
/// `piece_phis`.
pub(crate) fn fill_piece_phis(
    body: &mut Body,
    piece_phis: Vec<Value>,
    incoming: Vec<(Vec<Operand>, Block)>,
) {
    let mut per_piece: Vec<Vec<(Operand, Block)>> = vec![Vec::new(); piece_phis.len()];
    for (pieces, pred) in incoming {
        for (k, piece) in pieces.into_iter().enumerate() {
            if let Some(list) = per_piece.get_mut(k) {
                list.push((piece, pred));
            }
        }
    }
    for (phi, inc) in piece_phis.into_iter().zip(per_piece) {
        if let ValueDef::Inst(pi) = body.values[phi].def
            && let InstKind::Phi { incoming } = &mut body.insts[pi].kind
        {
            *incoming = inc;
        }
    }
}

/// Builders for the instructions both passes create, on top of `emit` and `ty_of`.
pub(crate) trait Emit {
    /// Appends `kind` with a fresh result of `ty`.
    fn emit(&mut self, kind: InstKind, ty: Type) -> Operand;
    /// The type of an operand of the function being rewritten.
    fn ty_of(&self, op: Operand) -> Type;

    fn cast(&mut self, op: CastOp, value: Operand, to: Type) -> Operand {
        let flags = ArithFlags::default();
        self.emit(InstKind::Cast { op, flags, value }, to)
    }

    fn icmp(&mut self, pred: IntPredicate, lhs: Operand, rhs: Operand) -> Operand {
        self.emit(InstKind::ICmp { pred, lhs, rhs }, Type::I1)
    }

    fn select(&mut self, cond: Operand, if_true: Operand, if_false: Operand) -> Operand {
        let ty = self.ty_of(if_true);
        let kind = InstKind::Select {
            cond,
            if_true,
            if_false,
        };
        self.emit(kind, ty)
    }
}
