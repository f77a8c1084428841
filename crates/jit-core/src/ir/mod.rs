//! The IR: types, constants, values, instructions, functions and modules, stored in arenas
//! indexed by typed `u32` handles.

mod builder;
mod constant;
mod debuginfo;
pub mod dwarf;
mod eh;
mod function;
mod inline_asm;
mod instructions;
mod intrinsics;
mod module;
mod types;
pub mod wideint;

pub use builder::FunctionBuilder;
pub use constant::{Const, ConstData, ConstExpr, ConstKind, f64_to_quad_bits, f64_to_x87_bits};
pub use debuginfo::{
    DebugDeclare, DebugInfo, DebugInfoRemap, DebugLoc, DiFile, DiFileData, DiLocationData, DiScope,
    DiScopeData, DiScopeKind, DiSubprogram, DiSubprogramData, DiType, DiTypeData, DiUnit,
    DiUnitData, DiVariable, DiVariableData,
};
pub use function::{Block, BlockData, Body, FnAttrs, Function, Value, ValueData, ValueDef};
pub use inline_asm::{
    AsmAction, AsmCode, AsmConstraint, AsmConstraintError, AsmConstraintKind, AsmFence, InlineAsm,
    parse_constraints,
};
pub use instructions::{
    ArithFlags, AtomicOrdering, BinaryOp, CallArg, CallView, CastOp, FloatPredicate, Inst,
    InstData, InstKind, IntPredicate, LandingPadClause, Operand, ParamAttrs, RmwOp, SrcLoc,
    SyncScope, TailKind,
};
pub use intrinsics::Intrinsic;
pub use module::{
    Alias, AliasId, DuplicateSymbol, FuncId, GlobalId, GlobalRef, GlobalVar, Linkage, Module,
    structor_order,
};
pub use types::{MAX_INT_BITS, NamedStruct, Type, TypeData, TypeDisplay, Types, write_local_name};
