//! Building functions in Rust: a cursor over one function's body that appends instructions
//! and hands back their result values. The `.ll` reader and the C API both build through it.

use super::constant::Const;
use super::function::{Block, BlockData, Body, Value, ValueData, ValueDef};
use super::instructions::{
    ArithFlags, BinaryOp, CallArg, CastOp, FloatPredicate, Inst, InstData, InstKind, IntPredicate,
    LandingPadClause, Operand, ParamAttrs, SrcLoc, TailKind,
};
use super::module::{DuplicateSymbol, FuncId, Module};
use super::types::Type;

impl Module {
    /// Declares a function and gives it an empty body with one value per parameter.
    pub fn define_function(&mut self, name: &str, ty: Type) -> Result<FuncId, DuplicateSymbol> {
        let f = self.declare_function(name, ty)?;
        self.ensure_body(f);
        Ok(f)
    }

    /// Gives a declared function an empty body (no-op when it has one).
    pub fn ensure_body(&mut self, f: FuncId) {
        if self.functions[f].body.is_some() {
            return;
        }
        let params: Vec<Type> = self
            .types
            .function_sig(self.functions[f].ty)
            .map_or(Vec::new(), |(_, p, _)| p.to_vec());
        let mut body = Body::default();
        let values = params
            .iter()
            .enumerate()
            .map(|(i, &ty)| {
                body.values.push(ValueData {
                    ty,
                    def: ValueDef::Param(i as u32),
                    name: None,
                })
            })
            .collect();
        let func = &mut self.functions[f];
        func.params = values;
        func.body = Some(body);
    }
}

/// Appends instructions to a function's body at the end of the current block.
pub struct FunctionBuilder<'m> {
    module: &'m mut Module,
    func: FuncId,
    current: Option<Block>,
    loc: SrcLoc,
    dbg: Option<super::DebugLoc>,
}

impl<'m> FunctionBuilder<'m> {
    /// A builder for `func`, giving it a body if it has none.
    pub fn new(module: &'m mut Module, func: FuncId) -> Self {
        module.ensure_body(func);
        FunctionBuilder {
            module,
            func,
            current: None,
            loc: SrcLoc::default(),
            dbg: None,
        }
    }

    /// The module being built (to make constants and types).
    pub fn module(&mut self) -> &mut Module {
        self.module
    }
    /// The function being built.
    pub fn func(&self) -> FuncId {
        self.func
    }
    fn body(&mut self) -> &mut Body {
        self.module.functions[self.func]
            .body
            .as_mut()
            .expect("ensure_body gave the function a body")
    }
    /// The value of parameter `i`.
    pub fn param(&self, i: usize) -> Value {
        self.module.functions[self.func].params[i]
    }
    /// Sets the source position recorded on the next instructions.
    pub fn set_loc(&mut self, loc: SrcLoc) {
        self.loc = loc;
    }
    /// Sets the source location (`!dbg`) given to the next instructions, like LLVM's
    /// `IRBuilder::SetCurrentDebugLocation`; `None` stops giving one. Make locations
    /// with [`super::DebugInfo::location`] on [`FunctionBuilder::debug_info`].
    pub fn set_debug_loc(&mut self, dbg: Option<super::DebugLoc>) {
        self.dbg = dbg;
    }
    /// The source location given to the next instructions.
    pub fn debug_loc(&self) -> Option<super::DebugLoc> {
        self.dbg
    }
    /// The module's debug information (to create files, subprograms, locations...).
    pub fn debug_info(&mut self) -> &mut super::DebugInfo {
        &mut self.module.debug
    }
    /// Attaches `sp` to the function being built (`define ... !dbg`).
    pub fn set_subprogram(&mut self, sp: Option<super::DiSubprogram>) {
        self.module.functions[self.func].subprogram = sp;
    }
    /// Declares that `variable` lives at `address` (`#dbg_declare`), at the current
    /// debug location.
    pub fn declare_variable(
        &mut self,
        address: Value,
        variable: super::DiVariable,
        expression: Vec<u64>,
    ) {
        let loc = self.dbg;
        self.body().debug_declares.push(super::DebugDeclare {
            address,
            variable,
            expression,
            loc,
        });
    }
    /// Names a value (`%name` in the printed IR).
    pub fn set_value_name(&mut self, v: Value, name: &str) {
        self.body().values[v].name = Some(name.into());
    }

    /// Adds a block at the end of the layout.
    pub fn create_block(&mut self, name: Option<&str>) -> Block {
        let loc = self.loc;
        let body = self.body();
        let b = body.blocks.push(BlockData {
            name: name.map(Into::into),
            insts: Vec::new(),
            loc,
        });
        body.layout.push(b);
        b
    }
    /// Makes `b` the block new instructions go to.
    pub fn switch_to_block(&mut self, b: Block) {
        self.current = Some(b);
    }
    /// The block new instructions go to.
    pub fn current_block(&self) -> Option<Block> {
        self.current
    }

    /// Appends an instruction whose result has type `result_ty` (`Type::VOID`: no result).
    /// Panics when no block was selected with [`FunctionBuilder::switch_to_block`].
    pub fn ins(&mut self, kind: InstKind, result_ty: Type) -> (Inst, Option<Value>) {
        let block = self.current.expect("FunctionBuilder: no current block");
        let loc = self.loc;
        let dbg = self.dbg;
        let body = self.body();
        let inst = body.insts.next_key();
        let result = (result_ty != Type::VOID).then(|| {
            body.values.push(ValueData {
                ty: result_ty,
                def: ValueDef::Inst(inst),
                name: None,
            })
        });
        body.insts.push(InstData {
            kind,
            result,
            block,
            loc,
            dbg,
        });
        body.blocks[block].insts.push(inst);
        (inst, result)
    }

    fn value(&mut self, kind: InstKind, ty: Type) -> Value {
        self.ins(kind, ty)
            .1
            .expect("non-void instruction has a result")
    }

    /// The type of an operand.
    pub fn operand_type(&mut self, op: Operand) -> Type {
        match op {
            Operand::Value(v) => self.body().values[v].ty,
            Operand::Const(c) => self.module.consts[c].ty,
        }
    }

    /// `op lhs, rhs` with the type of `lhs`.
    pub fn binary(
        &mut self,
        op: BinaryOp,
        lhs: impl Into<Operand>,
        rhs: impl Into<Operand>,
    ) -> Value {
        let (lhs, rhs) = (lhs.into(), rhs.into());
        let ty = self.operand_type(lhs);
        self.value(
            InstKind::Binary {
                op,
                flags: ArithFlags::default(),
                lhs,
                rhs,
            },
            ty,
        )
    }
    /// `icmp pred lhs, rhs`.
    pub fn icmp(
        &mut self,
        pred: IntPredicate,
        lhs: impl Into<Operand>,
        rhs: impl Into<Operand>,
    ) -> Value {
        self.value(
            InstKind::ICmp {
                pred,
                lhs: lhs.into(),
                rhs: rhs.into(),
            },
            Type::I1,
        )
    }
    /// `fcmp pred lhs, rhs`.
    pub fn fcmp(
        &mut self,
        pred: FloatPredicate,
        lhs: impl Into<Operand>,
        rhs: impl Into<Operand>,
    ) -> Value {
        let kind = InstKind::FCmp {
            pred,
            flags: ArithFlags::default(),
            lhs: lhs.into(),
            rhs: rhs.into(),
        };
        self.value(kind, Type::I1)
    }
    /// `alloca ty` (one element, ABI alignment).
    pub fn alloca(&mut self, ty: Type) -> Value {
        let one = self.module.const_i32(1);
        self.value(
            InstKind::Alloca {
                ty,
                count: one.into(),
                align: 0,
            },
            Type::PTR,
        )
    }
    /// `load ty, ptr`.
    pub fn load(&mut self, ty: Type, ptr: impl Into<Operand>) -> Value {
        self.value(
            InstKind::Load {
                ptr: ptr.into(),
                align: 0,
                volatile: false,
            },
            ty,
        )
    }
    /// `store value, ptr`.
    pub fn store(&mut self, value: impl Into<Operand>, ptr: impl Into<Operand>) -> Inst {
        let kind = InstKind::Store {
            value: value.into(),
            ptr: ptr.into(),
            align: 0,
            volatile: false,
        };
        self.ins(kind, Type::VOID).0
    }
    /// `getelementptr source_ty, base, indices...`.
    pub fn gep(
        &mut self,
        source_ty: Type,
        base: impl Into<Operand>,
        indices: &[Operand],
        inbounds: bool,
    ) -> Value {
        let kind = InstKind::Gep {
            source_ty,
            base: base.into(),
            indices: indices.into(),
            inbounds,
        };
        self.value(kind, Type::PTR)
    }
    /// A conversion of `value` to `to`.
    pub fn cast(&mut self, op: CastOp, value: impl Into<Operand>, to: Type) -> Value {
        self.value(
            InstKind::Cast {
                op,
                flags: ArithFlags::default(),
                value: value.into(),
            },
            to,
        )
    }
    /// `select cond, a, b`.
    pub fn select(
        &mut self,
        cond: impl Into<Operand>,
        a: impl Into<Operand>,
        b: impl Into<Operand>,
    ) -> Value {
        let a = a.into();
        let ty = self.operand_type(a);
        self.value(
            InstKind::Select {
                cond: cond.into(),
                if_true: a,
                if_false: b.into(),
            },
            ty,
        )
    }
    /// An empty `phi ty`; add edges with [`FunctionBuilder::add_phi_incoming`].
    pub fn phi(&mut self, ty: Type) -> Value {
        self.value(
            InstKind::Phi {
                incoming: Vec::new(),
            },
            ty,
        )
    }
    /// Adds the edge `[value, pred]` to the phi defining `phi`.
    pub fn add_phi_incoming(&mut self, phi: Value, value: impl Into<Operand>, pred: Block) {
        let value = value.into();
        let body = self.body();
        if let ValueDef::Inst(i) = body.values[phi].def
            && let InstKind::Phi { incoming } = &mut body.insts[i].kind
        {
            incoming.push((value, pred));
        }
    }
    /// `call fn_ty callee(args...)`; returns the result unless the callee returns void.
    pub fn call(
        &mut self,
        fn_ty: Type,
        callee: impl Into<Operand>,
        args: &[Operand],
    ) -> (Inst, Option<Value>) {
        let ret = self
            .module
            .types
            .function_sig(fn_ty)
            .map_or(Type::VOID, |(r, _, _)| r);
        let args = args
            .iter()
            .map(|&value| CallArg {
                value,
                attrs: ParamAttrs::default(),
            })
            .collect();
        let kind = InstKind::Call {
            callee: callee.into(),
            fn_ty,
            args,
            ret_attrs: ParamAttrs::default(),
            tail: TailKind::None,
        };
        self.ins(kind, ret)
    }
    /// `invoke fn_ty callee(args...) to label %normal unwind label %unwind`: a call that ends
    /// the block; returns the result (defined on the normal edge) unless the callee returns
    /// void. The function needs a personality ([`super::Function::personality`]) and
    /// `unwind` must start with a [`FunctionBuilder::landing_pad`].
    pub fn invoke(
        &mut self,
        fn_ty: Type,
        callee: impl Into<Operand>,
        args: &[Operand],
        normal: Block,
        unwind: Block,
    ) -> (Inst, Option<Value>) {
        let ret = self
            .module
            .types
            .function_sig(fn_ty)
            .map_or(Type::VOID, |(r, _, _)| r);
        let args = args
            .iter()
            .map(|&value| CallArg {
                value,
                attrs: ParamAttrs::default(),
            })
            .collect();
        let kind = InstKind::Invoke {
            callee: callee.into(),
            fn_ty,
            args,
            ret_attrs: ParamAttrs::default(),
            normal,
            unwind,
        };
        self.ins(kind, ret)
    }
    /// `landingpad ty [cleanup] clauses...`; `ty` is `{ ptr, i32 }` for the Itanium ABI.
    pub fn landing_pad(&mut self, ty: Type, cleanup: bool, clauses: &[LandingPadClause]) -> Value {
        let kind = InstKind::LandingPad {
            cleanup,
            clauses: clauses.into(),
        };
        self.value(kind, ty)
    }
    /// `resume ty value`: continues unwinding with a landing pad's value.
    pub fn resume(&mut self, value: impl Into<Operand>) -> Inst {
        let kind = InstKind::Resume {
            value: value.into(),
        };
        self.ins(kind, Type::VOID).0
    }
    /// Sets the personality of the function being built (`None`: none).
    pub fn set_personality(&mut self, personality: Option<Const>) {
        self.module.functions[self.func].personality = personality;
    }
    /// Calls a function of this module by id.
    pub fn call_function(&mut self, f: FuncId, args: &[Operand]) -> (Inst, Option<Value>) {
        let ty = self.module.functions[f].ty;
        let callee: Const = self
            .module
            .const_addr(super::module::GlobalRef::Function(f));
        self.call(ty, callee, args)
    }
    /// `extractvalue agg, indices` with the member type `ty`.
    pub fn extract_value(&mut self, agg: impl Into<Operand>, indices: &[u32], ty: Type) -> Value {
        self.value(
            InstKind::ExtractValue {
                agg: agg.into(),
                indices: indices.into(),
            },
            ty,
        )
    }
    /// `insertvalue agg, elt, indices`.
    pub fn insert_value(
        &mut self,
        agg: impl Into<Operand>,
        elt: impl Into<Operand>,
        indices: &[u32],
    ) -> Value {
        let agg = agg.into();
        let ty = self.operand_type(agg);
        self.value(
            InstKind::InsertValue {
                agg,
                elt: elt.into(),
                indices: indices.into(),
            },
            ty,
        )
    }
    /// `ret value` / `ret void`.
    pub fn ret(&mut self, value: Option<Operand>) -> Inst {
        self.ins(InstKind::Ret { value }, Type::VOID).0
    }
    /// `br label %dest`.
    pub fn br(&mut self, dest: Block) -> Inst {
        self.ins(InstKind::Br { dest }, Type::VOID).0
    }
    /// `br i1 cond, label %t, label %f`.
    pub fn cond_br(
        &mut self,
        cond: impl Into<Operand>,
        then_dest: Block,
        else_dest: Block,
    ) -> Inst {
        self.ins(
            InstKind::CondBr {
                cond: cond.into(),
                then_dest,
                else_dest,
            },
            Type::VOID,
        )
        .0
    }
    /// `switch value, label %default [cases]`.
    pub fn switch(
        &mut self,
        value: impl Into<Operand>,
        default: Block,
        cases: &[(u128, Block)],
    ) -> Inst {
        self.ins(
            InstKind::Switch {
                value: value.into(),
                default,
                cases: cases.into(),
            },
            Type::VOID,
        )
        .0
    }
    /// `unreachable`.
    pub fn unreachable(&mut self) -> Inst {
        self.ins(InstKind::Unreachable, Type::VOID).0
    }
}
