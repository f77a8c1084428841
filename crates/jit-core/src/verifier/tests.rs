//! Verifier tests: one malformed module per check, each asserting the message.

use super::*;
use crate::ir::{
    ArithFlags, BinaryOp, CallArg, CastOp, ConstExpr, ConstKind, FnAttrs, FunctionBuilder,
    GlobalId, GlobalRef, InstData, InstKind, IntPredicate, Operand, ParamAttrs, TailKind, Type,
    TypeData, Value, ValueDef,
};

fn new_module() -> Module {
    let mut m = Module::new("test.ll");
    m.triple = Some("x86_64-pc-linux-gnu".into());
    m
}

/// Defines `name` and returns a builder positioned at its (empty) entry block `entry`.
fn define<'m>(m: &'m mut Module, name: &str, ret: Type, params: &[Type]) -> FunctionBuilder<'m> {
    let fty = m.types.function(ret, params, false);
    let f = m.define_function(name, fty).unwrap();
    let mut b = FunctionBuilder::new(m, f);
    let entry = b.create_block(Some("entry"));
    b.switch_to_block(entry);
    b
}

fn report(m: &Module) -> String {
    check_module(m).to_string()
}

#[track_caller]
fn assert_error(m: &Module, needle: &str) {
    let r = check_module(m);
    assert!(
        r.has_errors(),
        "expected an error containing {needle:?}, got none"
    );
    let text = r.to_string();
    assert!(text.contains(needle), "expected {needle:?} in:\n{text}");
}

#[track_caller]
fn assert_clean(m: &Module) {
    if let Err(e) = verify_module(m) {
        panic!("unexpected errors:\n{e}");
    }
}

/// In a function with parameters `(i1 %c, i32 %x)`, builds `entry -> a | b -> join` with
/// `add %x, %x` defined in `a`; returns that value and blocks `a` and `b`, and leaves the
/// builder at the start of `join`.
fn diamond_defining_in_a(b: &mut FunctionBuilder<'_>) -> (Value, Block, Block) {
    let (c, x) = (b.param(0), b.param(1));
    let a = b.create_block(Some("a"));
    let other = b.create_block(Some("b"));
    let join = b.create_block(Some("join"));
    b.cond_br(c, a, other);
    b.switch_to_block(a);
    let v = b.binary(BinaryOp::Add, x, x);
    b.br(join);
    b.switch_to_block(other);
    b.br(join);
    b.switch_to_block(join);
    (v, a, other)
}

/// Edits, in place, the incoming list of phi `p` of function `@f`.
fn edit_phi(m: &mut Module, p: Value, edit: impl FnOnce(&mut Vec<(Operand, Block)>)) {
    let f = m.function_by_name("f").unwrap();
    let body = m.functions[f].body.as_mut().unwrap();
    if let ValueDef::Inst(pi) = body.values[p].def
        && let InstKind::Phi { incoming } = &mut body.insts[pi].kind
    {
        edit(incoming);
    }
}

#[test]
fn good_function_verifies() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let then = b.create_block(Some("then"));
    let join = b.create_block(Some("join"));
    let zero = b.module().const_i32(0);
    let c = b.icmp(IntPredicate::Sgt, x, zero);
    b.cond_br(c, then, join);
    b.switch_to_block(then);
    let y = b.binary(BinaryOp::Add, x, x);
    b.br(join);
    b.switch_to_block(join);
    let p = b.phi(Type::I32);
    b.add_phi_incoming(p, x, Block::from_u32(0));
    b.add_phi_incoming(p, y, then);
    b.ret(Some(p.into()));
    assert_clean(&m);
}

#[test]
fn error_format_names_file_function_block_and_instruction() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32, Type::I64]);
    b.set_loc(SrcLoc { line: 7, col: 3 });
    let (x, y) = (b.param(0), b.param(1));
    let s = b.binary(BinaryOp::Add, x, y);
    b.ret(Some(s.into()));
    let r = verify_module(&m).unwrap_err();
    assert_eq!(
        r.to_string(),
        "test.ll:7:3: in function @f, block %entry: both operands of add must have the same \
         type (i32 and i64): %2 = add i32 %0, %1"
    );
}

// ----- module level -------------------------------------------------------------------

#[test]
fn bad_datalayout() {
    let mut m = new_module();
    m.datalayout = Some("e-i64:6".into());
    assert_error(&m, "malformed datalayout specification `i64:6`");
}

#[test]
fn unknown_triple() {
    let mut m = new_module();
    m.triple = Some("riscv64-unknown-linux-gnu".into());
    assert_error(
        &m,
        "target triple \"riscv64-unknown-linux-gnu\" names an architecture",
    );
    m.triple = None;
    assert_clean(&m);
}

#[test]
fn duplicate_symbol_names() {
    let mut m = new_module();
    let a = m.add_global("a", Type::I32, None, false).unwrap();
    m.add_global("b", Type::I32, None, false).unwrap();
    m.globals[a].name = "b".into();
    assert_error(&m, "symbol @b is defined more than once");
}

#[test]
fn global_initializer_type() {
    let mut m = new_module();
    let c = m.const_i64(1);
    m.add_global("g", Type::I32, Some(c), false).unwrap();
    assert_error(
        &m,
        "in @g: initializer i64 1 does not have the global's type i32",
    );
}

#[test]
fn global_declaration_linkage() {
    let mut m = new_module();
    let g = m.add_global("g", Type::I32, None, false).unwrap();
    m.globals[g].linkage = Linkage::Internal;
    assert_error(
        &m,
        "a global declaration must have external or extern_weak linkage, not internal",
    );
}

#[test]
fn global_alignment() {
    let mut m = new_module();
    let c = m.const_i32(0);
    let g = m.add_global("g", Type::I32, Some(c), false).unwrap();
    m.globals[g].align = Some(3);
    assert_error(&m, "alignment 3 is not a power of two");
}

fn ctors_module(entry_fn: bool, appending: bool) -> Module {
    let mut m = new_module();
    let fty = m.types.function(Type::VOID, &[], false);
    let f = m.define_function("init", fty).unwrap();
    let mut b = FunctionBuilder::new(&mut m, f);
    let blk = b.create_block(None);
    b.switch_to_block(blk);
    b.ret(None);
    let entry_ty = m.types.struct_(&[Type::I32, Type::PTR, Type::PTR], false);
    let arr = m.types.array(entry_ty, 1);
    let prio = m.const_i32(65535);
    let target = if entry_fn {
        m.const_addr(GlobalRef::Function(f))
    } else {
        m.const_null()
    };
    let null = m.const_null();
    let e = m.constant(entry_ty, ConstKind::Aggregate([prio, target, null].into()));
    let init = m.constant(arr, ConstKind::Aggregate([e].into()));
    let g = m
        .add_global("llvm.global_ctors", arr, Some(init), false)
        .unwrap();
    if appending {
        m.globals[g].linkage = Linkage::Appending;
    }
    m
}

#[test]
fn global_ctors_shape() {
    assert_clean(&ctors_module(true, true));
    assert_error(
        &ctors_module(true, false),
        "llvm.global_ctors must have appending linkage",
    );
    assert_error(
        &ctors_module(false, true),
        "of llvm.global_ctors does not name a function",
    );
    let mut m = ctors_module(true, true);
    let g = m.global_by_name("llvm.global_ctors").unwrap();
    m.globals[g].value_ty = Type::I32;
    assert_error(
        &m,
        "llvm.global_ctors must have type [N x { i32, ptr, ptr }], not i32",
    );
}

#[test]
fn alias_targets() {
    let mut m = new_module();
    let decl = m.add_global("ext", Type::I32, None, false).unwrap();
    let a = m.const_addr(GlobalRef::Global(decl));
    m.add_alias("al", Type::I32, a, Linkage::External).unwrap();
    assert_error(
        &m,
        "in @al: alias must point to a definition, not the declaration ptr @ext",
    );

    let mut m = new_module();
    let one = m.const_i32(1);
    m.add_alias("al", Type::I32, one, Linkage::External)
        .unwrap();
    assert_error(&m, "aliasee i32 1 is not a pointer");

    let mut m = new_module();
    let to_b = m.const_addr(GlobalRef::Alias(crate::ir::AliasId::from_u32(1)));
    let to_a = m.const_addr(GlobalRef::Alias(crate::ir::AliasId::from_u32(0)));
    m.add_alias("a", Type::I32, to_b, Linkage::External)
        .unwrap();
    m.add_alias("b", Type::I32, to_a, Linkage::External)
        .unwrap();
    assert_error(&m, "alias cycle");
}

#[test]
fn constant_rules() {
    let mut m = new_module();
    let wide = m.constant(Type::I8, ConstKind::Int(300));
    m.add_global("a", Type::I8, Some(wide), false).unwrap();
    let f = m.constant(Type::F32, ConstKind::Float(0.1f64.to_bits()));
    m.add_global("b", Type::F32, Some(f), false).unwrap();
    let n = m.constant(Type::I32, ConstKind::Null);
    m.add_global("c", Type::I32, Some(n), false).unwrap();
    let st = m.types.struct_(&[Type::I32, Type::PTR], false);
    let one = m.const_i32(1);
    let agg = m.constant(st, ConstKind::Aggregate([one, one].into()));
    m.add_global("d", st, Some(agg), false).unwrap();
    let text = report(&m);
    for needle in [
        "in @a: constant i8 44: value 300 does not fit in i8",
        "in @b: constant float 1.000000e-01: value is not exactly representable as float",
        "in @c: constant i32 null: null must have pointer type",
        "in @d: constant { i32, ptr } { i32 1, i32 1 }: element 1 has type i32, expected ptr",
    ] {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }
}

#[test]
fn constant_expression_rules() {
    let mut m = new_module();
    let one = m.const_i32(1);
    let bad = m.constant(
        Type::I64,
        ConstKind::Expr(ConstExpr::Cast {
            op: CastOp::Trunc,
            value: one,
        }),
    );
    m.add_global("t", Type::I64, Some(bad), false).unwrap();
    assert_error(&m, "invalid cast: trunc from i32 to i64");
}

#[test]
fn type_table_references() {
    let mut m = new_module();
    m.types.array(Type::from_u32(500), 2);
    assert_error(&m, "refers to a type outside the type table");
}

// ----- functions ----------------------------------------------------------------------

#[test]
fn function_type_must_be_a_function() {
    let mut m = new_module();
    m.declare_function("f", Type::I32).unwrap();
    assert_error(
        &m,
        "in function @f: function type i32 is not a function type",
    );
}

#[test]
fn attribute_rules() {
    let mut m = new_module();
    let fty = m.types.function(
        Type::I32,
        &[Type::I32, Type::PTR, Type::PTR, Type::PTR],
        false,
    );
    let f = m.declare_function("f", fty).unwrap();
    let func = &mut m.functions[f];
    func.attrs.flags = FnAttrs::OPTNONE;
    func.param_attrs[0].byval = Some(Type::I32);
    func.param_attrs[2].sret = Some(Type::I32);
    func.param_attrs[3].sret = Some(Type::I32);
    let text = report(&m);
    for needle in [
        "optnone requires noinline",
        "parameter 0: byval on a non-pointer i32",
        "more than one sret parameter",
        "sret must be on the first or second parameter",
        "a function with an sret parameter must return void, not i32",
    ] {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }
}

#[test]
fn intrinsics() {
    let mut m = new_module();
    let good = m.types.function(Type::I32, &[Type::I32, Type::I32], false);
    m.declare_function("llvm.smax.i32", good).unwrap();
    let memcpy = m.types.function(
        Type::VOID,
        &[Type::PTR, Type::PTR, Type::I64, Type::I1],
        false,
    );
    m.declare_function("llvm.memcpy.p0.p0.i64", memcpy).unwrap();
    assert_clean(&m);

    let mut m = new_module();
    let good = m.types.function(Type::I32, &[Type::I32, Type::I32], false);
    m.declare_function("llvm.smax.i64", good).unwrap();
    assert_error(
        &m,
        "name does not match the overloaded types (expected llvm.smax.i32)",
    );

    let mut m = new_module();
    let bad = m.types.function(Type::I32, &[Type::I32], false);
    m.declare_function("llvm.umin.i32", bad).unwrap();
    assert_error(&m, "intrinsic llvm.umin.i32: wrong signature i32 (i32)");

    let mut m = new_module();
    let mut b = define(&mut m, "llvm.trap", Type::VOID, &[]);
    b.ret(None);
    assert_error(&m, "llvm.* intrinsics cannot be defined");

    let mut m = new_module();
    let t = m.types.function(Type::VOID, &[], false);
    let f = m.declare_function("llvm.trap", t).unwrap();
    m.functions[f].intrinsic = None;
    assert_error(&m, "recorded intrinsic None does not match the name");
}

#[test]
fn declaration_linkage() {
    let mut m = new_module();
    let t = m.types.function(Type::VOID, &[], false);
    let f = m.declare_function("f", t).unwrap();
    m.functions[f].linkage = Linkage::Internal;
    assert_error(
        &m,
        "a function declaration must have external or extern_weak linkage",
    );
}

#[test]
fn definition_needs_blocks() {
    let mut m = new_module();
    let t = m.types.function(Type::VOID, &[], false);
    m.define_function("f", t).unwrap();
    assert_error(&m, "a function definition needs at least one block");
}

// ----- blocks -------------------------------------------------------------------------

#[test]
fn empty_block() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::VOID, &[]);
    let next = b.create_block(Some("next"));
    b.br(next);
    assert_error(&m, "in function @f, block %next: block is empty");
}

#[test]
fn missing_terminator() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    b.binary(BinaryOp::Add, x, x);
    assert_error(
        &m,
        "block does not end in a terminator: %1 = add i32 %0, %0",
    );
}

#[test]
fn terminator_in_the_middle() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::VOID, &[]);
    b.ret(None);
    b.ret(None);
    assert_error(
        &m,
        "block %entry: terminator in the middle of a block: ret void",
    );
}

#[test]
fn phi_after_non_phi() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let next = b.create_block(Some("next"));
    b.br(next);
    b.switch_to_block(next);
    b.binary(BinaryOp::Add, x, x);
    let p = b.phi(Type::I32);
    b.add_phi_incoming(p, x, Block::from_u32(0));
    b.ret(Some(p.into()));
    assert_error(
        &m,
        "phi after a non-phi instruction: %2 = phi i32 [ %0, %entry ]",
    );
}

#[test]
fn entry_block_predecessors_and_phis() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let entry = b.current_block().unwrap();
    let p = b.phi(Type::I32);
    b.add_phi_incoming(p, x, entry);
    let loop_ = b.create_block(Some("loop"));
    b.br(loop_);
    b.switch_to_block(loop_);
    b.br(entry);
    let text = report(&m);
    assert!(
        text.contains("block %entry: the entry block has predecessors (%loop)"),
        "{text}"
    );
    assert!(
        text.contains("the entry block cannot have phis: %1 = phi i32 [ %0, %entry ]"),
        "{text}"
    );
}

#[test]
fn branch_to_block_outside_layout() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::VOID, &[]);
    b.br(Block::from_u32(9));
    assert_error(
        &m,
        "branch to block bb9, which is not in the function's layout: br label %<badref>",
    );
}

// ----- operand types ------------------------------------------------------------------

/// `lhs + rhs` of type `ty` without asking the builder for operand types (which it cannot
/// know for values defined later).
fn raw_add(b: &mut FunctionBuilder<'_>, ty: Type, lhs: Value, rhs: Value) -> Value {
    let kind = InstKind::Binary {
        op: BinaryOp::Add,
        flags: ArithFlags::default(),
        lhs: lhs.into(),
        rhs: rhs.into(),
    };
    b.ins(kind, ty).1.unwrap()
}

fn one_inst(ret: Type, params: &[Type], build: impl FnOnce(&mut FunctionBuilder<'_>)) -> Module {
    let mut m = new_module();
    let mut b = define(&mut m, "f", ret, params);
    build(&mut b);
    m
}

#[test]
fn binary_operator_types() {
    let m = one_inst(Type::VOID, &[Type::F64], |b| {
        let x = b.param(0);
        b.binary(BinaryOp::Add, x, x);
        b.ret(None);
    });
    assert_error(
        &m,
        "add requires integer operands, not double: %1 = add double %0, %0",
    );
    let m = one_inst(Type::VOID, &[Type::I32], |b| {
        let x = b.param(0);
        b.binary(BinaryOp::FAdd, x, x);
        b.ret(None);
    });
    assert_error(&m, "fadd requires floating-point operands, not i32");
    let m = one_inst(Type::VOID, &[Type::I32], |b| {
        let x = b.param(0);
        b.ins(
            InstKind::Binary {
                op: BinaryOp::Add,
                flags: ArithFlags::default(),
                lhs: x.into(),
                rhs: x.into(),
            },
            Type::I64,
        );
        b.ret(None);
    });
    assert_error(&m, "result type i64 differs from operand type i32");
}

#[test]
fn comparison_types() {
    let m = one_inst(Type::VOID, &[Type::F64], |b| {
        let x = b.param(0);
        b.icmp(IntPredicate::Eq, x, x);
        b.ret(None);
    });
    assert_error(&m, "invalid operand type double for icmp");
    let m = one_inst(Type::VOID, &[Type::I32], |b| {
        let x = b.param(0);
        b.fcmp(crate::ir::FloatPredicate::Oeq, x, x);
        b.ret(None);
    });
    assert_error(&m, "invalid operand type i32 for fcmp");
}

#[test]
fn cast_legality() {
    let m = one_inst(Type::VOID, &[Type::I32], |b| {
        let x = b.param(0);
        b.cast(CastOp::ZExt, x, Type::I8);
        b.ret(None);
    });
    assert_error(
        &m,
        "invalid cast: zext from i32 to i8: %1 = zext i32 %0 to i8",
    );
    let m = one_inst(Type::VOID, &[Type::PTR], |b| {
        let x = b.param(0);
        b.cast(CastOp::BitCast, x, Type::I64);
        b.ret(None);
    });
    assert_error(
        &m,
        "invalid bitcast from ptr to i64: pointers convert to integers",
    );
    let m = one_inst(Type::VOID, &[Type::F64], |b| {
        let x = b.param(0);
        b.cast(CastOp::FPExt, x, Type::F32);
        b.ret(None);
    });
    assert_error(&m, "invalid cast: fpext from double to float");
}

#[test]
fn select_condition() {
    let m = one_inst(Type::VOID, &[Type::I32], |b| {
        let x = b.param(0);
        b.select(x, x, x);
        b.ret(None);
    });
    assert_error(&m, "select condition must be i1, not i32");
}

#[test]
fn memory_operand_types() {
    let m = one_inst(Type::VOID, &[Type::I64], |b| {
        let x = b.param(0);
        b.load(Type::I32, x);
        b.ret(None);
    });
    assert_error(&m, "load address must be a pointer, not i64");
    let m = one_inst(Type::VOID, &[Type::PTR], |b| {
        let p = b.param(0);
        let opaque = b.module().types.named_struct("struct.O");
        b.load(opaque, p);
        b.ret(None);
    });
    assert_error(&m, "cannot load a value of type %struct.O");
    let m = one_inst(Type::VOID, &[], |b| {
        let opaque = b.module().types.named_struct("struct.O");
        b.alloca(opaque);
        b.ret(None);
    });
    assert_error(&m, "cannot allocate unsized type %struct.O");
}

#[test]
fn gep_indices() {
    let st = |b: &mut FunctionBuilder<'_>| b.module().types.struct_(&[Type::I32, Type::I64], false);
    let m = one_inst(Type::VOID, &[Type::PTR, Type::I32], |b| {
        let (p, i) = (b.param(0), b.param(1));
        let s = st(b);
        let zero = b.module().const_i64(0);
        b.gep(s, p, &[zero.into(), i.into()], true);
        b.ret(None);
    });
    assert_error(
        &m,
        "getelementptr index 1 into struct { i32, i64 } must be an i32 constant",
    );
    let m = one_inst(Type::VOID, &[Type::PTR], |b| {
        let p = b.param(0);
        let s = st(b);
        let zero = b.module().const_i64(0);
        let two = b.module().const_i32(2);
        b.gep(s, p, &[zero.into(), two.into()], true);
        b.ret(None);
    });
    assert_error(
        &m,
        "getelementptr index 1: index 2 is out of range for { i32, i64 } (2 fields)",
    );
    let m = one_inst(Type::VOID, &[Type::PTR], |b| {
        let p = b.param(0);
        let zero = b.module().const_i64(0);
        b.gep(Type::I32, p, &[zero.into(), zero.into()], true);
        b.ret(None);
    });
    assert_error(
        &m,
        "getelementptr index 1 indexes into non-aggregate type i32",
    );
}

#[test]
fn vector_gep_struct_index_is_a_splat_constant() {
    let text = |index: &str| {
        format!(
            "%pair = type {{ i32, i64 }}\n\
             define <2 x ptr> @f(<2 x ptr> %p) {{\n\
             %q = getelementptr %pair, <2 x ptr> %p, i64 0, {index}\n\
             ret <2 x ptr> %q\n}}\n"
        )
    };
    let m = crate::reader::parse_module(&text("<2 x i32> <i32 1, i32 1>"), "t.ll").unwrap();
    assert_clean(&m);
    let m = crate::reader::parse_module(&text("<2 x i32> zeroinitializer"), "t.ll").unwrap();
    assert_clean(&m);
    let err = crate::reader::parse_module(&text("<2 x i32> <i32 0, i32 1>"), "t.ll").unwrap_err();
    assert!(
        err.message.contains("must be a constant field number"),
        "{err}"
    );
}

#[test]
fn aggregate_value_paths() {
    let m = one_inst(Type::VOID, &[], |b| {
        let st = b.module().types.struct_(&[Type::I32, Type::I1], false);
        let u = b.module().constant(st, ConstKind::Undef);
        b.extract_value(u, &[2], Type::I32);
        b.ret(None);
    });
    assert_error(&m, "index 2 is out of range for { i32, i1 } (2 fields)");
    let m = one_inst(Type::VOID, &[Type::I64], |b| {
        let x = b.param(0);
        let st = b.module().types.struct_(&[Type::I32, Type::I1], false);
        let u = b.module().constant(st, ConstKind::Undef);
        b.insert_value(u, x, &[0]);
        b.ret(None);
    });
    assert_error(&m, "inserted value has type i64, the member has type i32");
}

#[test]
fn return_types() {
    let m = one_inst(Type::I32, &[Type::I64], |b| {
        let x = b.param(0);
        b.ret(Some(x.into()));
    });
    assert_error(
        &m,
        "returned value has type i64, but the function returns i32: ret i64 %0",
    );
    let m = one_inst(Type::I32, &[], |b| {
        b.ret(None);
    });
    assert_error(&m, "ret void in a function returning i32");
}

#[test]
fn branch_condition() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::VOID, &[Type::I32]);
    let x = b.param(0);
    let t = b.create_block(Some("t"));
    b.cond_br(x, t, t);
    b.switch_to_block(t);
    b.ret(None);
    assert_error(&m, "branch condition must be i1, not i32");
}

#[test]
fn switch_rules() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::VOID, &[Type::I8, Type::F64]);
    let (x, d) = (b.param(0), b.param(1));
    let t = b.create_block(Some("t"));
    let u = b.create_block(Some("u"));
    b.switch(x, t, &[(1, t), (1, t), (256, t)]);
    b.switch_to_block(t);
    b.switch(d, u, &[]);
    b.switch_to_block(u);
    b.ret(None);
    let text = report(&m);
    for needle in [
        "duplicate case value 1",
        "case value 256 does not fit in i8",
        "switch value must be an integer, not double",
    ] {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }
}

// ----- calls --------------------------------------------------------------------------

fn call_module(args: &[Type], varargs: bool, callee_is_ptr: bool, call_args: usize) -> Module {
    let mut m = new_module();
    let cty = m.types.function(Type::I32, args, varargs);
    let callee = m.declare_function("g", cty).unwrap();
    let mut b = define(&mut m, "f", Type::VOID, &[Type::I32, Type::I64]);
    let (x, y) = (b.param(0), b.param(1));
    let target: Operand = if callee_is_ptr {
        b.module().const_addr(GlobalRef::Function(callee)).into()
    } else {
        x.into()
    };
    let all: Vec<Operand> = [x.into(), y.into(), x.into()][..call_args].to_vec();
    b.call(cty, target, &all);
    b.ret(None);
    m
}

#[test]
fn call_rules() {
    assert_clean(&call_module(&[Type::I32, Type::I64], false, true, 2));
    assert_clean(&call_module(&[Type::I32], true, true, 3));
    assert_error(
        &call_module(&[Type::I32, Type::I64], false, false, 2),
        "callee must be a pointer, not i32",
    );
    assert_error(
        &call_module(&[Type::I32, Type::I64], false, true, 1),
        "1 arguments for 2 parameters: %2 = call i32 @g(i32 %0)",
    );
    assert_error(
        &call_module(&[Type::I32, Type::I64, Type::I32], true, true, 2),
        "2 arguments for 3 parameters (and varargs)",
    );
    assert_error(
        &call_module(&[Type::I32, Type::I32], false, true, 2),
        "argument 1 has type i64, but the parameter has type i32",
    );
}

#[test]
fn direct_call_with_other_type_is_a_note() {
    let mut m = new_module();
    let decl_ty = m.types.function(Type::I32, &[], true);
    let callee = m.declare_function("g", decl_ty).unwrap();
    let mut b = define(&mut m, "f", Type::VOID, &[Type::I32]);
    let x = b.param(0);
    let call_ty = b.module().types.function(Type::I32, &[Type::I32], false);
    let c = b.module().const_addr(GlobalRef::Function(callee));
    b.call(call_ty, c, &[x.into()]);
    b.ret(None);
    assert_clean(&m);
    let r = check_module(&m);
    let notes: Vec<String> = r.notes().map(|n| n.to_string()).collect();
    assert_eq!(
        notes,
        [
            "test.ll: in function @f, block %entry: note: call type i32 (i32) differs from the \
          callee's type i32 (...): %1 = call i32 @g(i32 %0)"
        ]
    );
}

// ----- SSA ----------------------------------------------------------------------------

#[test]
fn use_not_dominated_by_definition() {
    // entry -> a | b -> join; join uses a value defined in a.
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I1, Type::I32]);
    let (y, _, _) = diamond_defining_in_a(&mut b);
    let x = b.param(1);
    let z = b.binary(BinaryOp::Mul, y, x);
    b.ret(Some(z.into()));
    assert_error(
        &m,
        "block %join: definition of %2 does not dominate this use: %3 = mul i32 %2, %1",
    );
}

#[test]
fn use_before_definition_in_one_block() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    // %1 = add %2, %0 ; %2 = add %0, %0
    let later = Value::from_u32(2);
    raw_add(&mut b, Type::I32, later, x);
    let v = b.binary(BinaryOp::Add, x, x);
    assert_eq!(v, later);
    b.ret(Some(v.into()));
    assert_error(
        &m,
        "definition of %2 does not dominate this use: %1 = add i32 %2, %0",
    );
}

#[test]
fn phi_use_checked_at_end_of_incoming_block() {
    // loop: %i = phi [0, entry], [%next, loop]; %next defined later in loop: fine.
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let entry = b.current_block().unwrap();
    let lp = b.create_block(Some("loop"));
    let other = b.create_block(Some("other"));
    let exit = b.create_block(Some("exit"));
    b.br(lp);
    b.switch_to_block(lp);
    let i = b.phi(Type::I32);
    let zero = b.module().const_i32(0);
    let next = b.binary(BinaryOp::Add, i, x);
    b.add_phi_incoming(i, zero, entry);
    b.add_phi_incoming(i, next, lp);
    let c = b.icmp(IntPredicate::Slt, next, x);
    b.cond_br(c, lp, other);
    b.switch_to_block(other);
    let o = b.binary(BinaryOp::Sub, x, x);
    b.br(exit);
    b.switch_to_block(exit);
    let p = b.phi(Type::I32);
    b.add_phi_incoming(p, o, other);
    b.ret(Some(p.into()));
    assert_clean(&m);
}

#[test]
fn phi_value_must_dominate_its_incoming_block() {
    // entry -> a | b -> join; join's phi takes the value defined in a along the edge from b.
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I1, Type::I32]);
    let (v, a, other) = diamond_defining_in_a(&mut b);
    let p = b.phi(Type::I32);
    b.add_phi_incoming(p, v, a);
    b.add_phi_incoming(p, v, other);
    b.ret(Some(p.into()));
    assert_error(
        &m,
        "block %join: definition of %2 does not dominate the end of its incoming block: \
         %3 = phi i32 [ %2, %a ], [ %2, %b ]",
    );
}

#[test]
fn unreachable_uses_are_exempt() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let dead = b.create_block(Some("dead"));
    b.ret(Some(x.into()));
    b.switch_to_block(dead);
    // Uses its own result: fine in unreachable code, as in LLVM.
    let own = Value::from_u32(1);
    let v = raw_add(&mut b, Type::I32, own, x);
    assert_eq!(v, own);
    b.ret(Some(v.into()));
    assert_clean(&m);
}

#[test]
fn values_must_exist() {
    let m = one_inst(Type::VOID, &[], |b| {
        let kind = InstKind::Binary {
            op: BinaryOp::Add,
            flags: ArithFlags::default(),
            lhs: Value::from_u32(77).into(),
            rhs: crate::ir::Const::from_u32(9999).into(),
        };
        b.ins(kind, Type::I32);
        b.ret(None);
    });
    let text = report(&m);
    assert!(text.contains("operand value v77 does not exist"), "{text}");
    assert!(
        text.contains("operand constant const9999 does not exist"),
        "{text}"
    );
}

#[test]
fn value_defined_outside_the_layout() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let orphan = b.create_block(Some("orphan"));
    b.switch_to_block(orphan);
    let y = b.binary(BinaryOp::Add, x, x);
    b.ret(Some(y.into()));
    b.switch_to_block(Block::from_u32(0));
    b.ret(Some(y.into()));
    let f = m.function_by_name("f").unwrap();
    m.functions[f].body.as_mut().unwrap().layout.pop();
    assert_error(
        &m,
        "operand is defined by an instruction that is not in the function's layout",
    );
}

#[test]
fn phi_entries_match_predecessors() {
    type Edit<'a> = &'a dyn Fn(&mut Vec<(Operand, Block)>);
    let build = |edit: Edit<'_>| {
        let mut m = new_module();
        let mut b = define(&mut m, "f", Type::I32, &[Type::I1, Type::I32]);
        let (c, x) = (b.param(0), b.param(1));
        let entry = b.current_block().unwrap();
        let a = b.create_block(Some("a"));
        let join = b.create_block(Some("join"));
        b.cond_br(c, a, join);
        b.switch_to_block(a);
        b.br(join);
        b.switch_to_block(join);
        let p = b.phi(Type::I32);
        b.add_phi_incoming(p, x, entry);
        b.add_phi_incoming(p, x, a);
        b.ret(Some(p.into()));
        edit_phi(&mut m, p, edit);
        m
    };
    assert_clean(&build(&|_| {}));
    assert_error(
        &build(&|inc| {
            inc.pop();
        }),
        "phi has no entry for predecessor %a",
    );
    assert_error(
        &build(&|inc| inc.clear()),
        "phi has no entry for predecessor %entry",
    );
    assert_error(
        &build(&|inc| inc.push((inc[0].0, Block::from_u32(2)))),
        "phi has an entry for %join, which is not a predecessor",
    );
    assert_error(
        &build(&|inc| inc.push((inc[0].0, Block::from_u32(1)))),
        "phi has 2 entries for %a, which reaches the block by 1 edges",
    );
}

#[test]
fn duplicate_edges_need_equal_phi_values() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let entry = b.current_block().unwrap();
    let join = b.create_block(Some("join"));
    b.switch(x, join, &[(1, join)]);
    b.switch_to_block(join);
    let p = b.phi(Type::I32);
    let one = b.module().const_i32(1);
    b.add_phi_incoming(p, x, entry);
    b.add_phi_incoming(p, x, entry);
    b.ret(Some(p.into()));
    assert_clean(&m);
    edit_phi(&mut m, p, |incoming| incoming[1].0 = one.into());
    assert_error(&m, "phi entries for %entry carry different values");
}

#[test]
fn result_presence() {
    let m = one_inst(Type::VOID, &[Type::I32], |b| {
        let x = b.param(0);
        b.ins(
            InstKind::Binary {
                op: BinaryOp::Add,
                flags: ArithFlags::default(),
                lhs: x.into(),
                rhs: x.into(),
            },
            Type::VOID,
        );
        b.ret(None);
    });
    assert_error(&m, "instruction has no result value: add i32 %0, %0");
}

// ----- listings and robustness --------------------------------------------------------

#[test]
fn error_listing_snapshot() {
    let mut m = new_module();
    m.triple = Some("mips-unknown-linux-gnu".into());
    let c = m.const_i64(1);
    m.add_global("g", Type::I32, Some(c), false).unwrap();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32, Type::F64]);
    b.set_loc(SrcLoc { line: 3, col: 3 });
    let (x, d) = (b.param(0), b.param(1));
    let next = b.create_block(None);
    let s = b.binary(BinaryOp::Add, x, d);
    b.set_loc(SrcLoc { line: 4, col: 3 });
    let c = b.icmp(IntPredicate::Eq, d, d);
    b.set_loc(SrcLoc { line: 5, col: 3 });
    b.cond_br(s, next, next);
    b.switch_to_block(next);
    b.set_loc(SrcLoc { line: 7, col: 3 });
    b.ret(Some(c.into()));
    insta::assert_snapshot!(verify_module(&m).unwrap_err().to_string());
}

#[test]
fn garbage_never_panics() {
    let mut m = new_module();
    let mut b = define(&mut m, "f", Type::I32, &[Type::I32]);
    let x = b.param(0);
    let bad_block = Block::from_u32(1000);
    raw_add(&mut b, Type::I32, x, Value::from_u32(50));
    b.ins(
        InstKind::Phi {
            incoming: vec![(x.into(), bad_block)],
        },
        Type::from_u32(4000),
    );
    b.ins(
        InstKind::Call {
            callee: Operand::Const(crate::ir::Const::from_u32(77777)),
            fn_ty: Type::from_u32(123456),
            args: [CallArg {
                value: x.into(),
                attrs: ParamAttrs {
                    byval: Some(Type::from_u32(99999)),
                    ..Default::default()
                },
            }]
            .into(),
            ret_attrs: ParamAttrs::default(),
            tail: TailKind::Tail,
        },
        Type::I32,
    );
    b.switch(x, bad_block, &[(1, bad_block)]);
    let f = b.func();
    let body = m.functions[f].body.as_mut().unwrap();
    body.layout.push(Block::from_u32(555));
    body.blocks[Block::from_u32(0)]
        .insts
        .push(crate::ir::Inst::from_u32(9999));
    body.insts.push(InstData {
        kind: InstKind::Unreachable,
        result: Some(Value::from_u32(31337)),
        block: Block::from_u32(77),
        loc: SrcLoc::default(),
        dbg: None,
    });
    m.functions[f].params.push(Value::from_u32(4444));
    m.globals.push(crate::ir::GlobalVar {
        name: "".into(),
        value_ty: Type::from_u32(5555),
        init: Some(crate::ir::Const::from_u32(5555)),
        is_constant: false,
        linkage: Linkage::Private,
        align: Some(0),
        unnamed_addr: false,
        thread_local: false,
        section: None,
        loc: SrcLoc::default(),
    });
    let _ = GlobalId::from_u32(0);
    let r = check_module(&m);
    assert!(r.has_errors());
    let _ = r.to_string();
    let _ = crate::printer::print_module(&m);
}

/// A deterministic pseudo-random sequence (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

#[test]
fn random_corruption_never_panics() {
    let base = crate::printer::tests::sample_module();
    let mut rng = Lcg(42);
    for round in 0..2000 {
        let mut m = base.clone();
        let (ntypes, nconsts) = (m.types.len() + 3, m.consts.len() + 3);
        for _ in 0..1 + round % 4 {
            let fid = FuncId::from_u32(rng.next(m.functions.len()) as u32);
            let Some(body) = m.functions[fid].body.as_mut() else {
                continue;
            };
            let (nv, nb, ni) = (
                body.values.len() + 3,
                body.blocks.len() + 3,
                body.insts.len(),
            );
            let op = |rng: &mut Lcg| -> Operand {
                if rng.next(2) == 0 {
                    Value::from_u32(rng.next(nv) as u32).into()
                } else {
                    crate::ir::Const::from_u32(rng.next(nconsts) as u32).into()
                }
            };
            let inst = crate::ir::Inst::from_u32(rng.next(ni) as u32);
            let blk = Block::from_u32(rng.next(nb) as u32);
            match rng.next(12) {
                0 => match &mut body.insts[inst].kind {
                    InstKind::Binary { lhs, rhs, .. } => {
                        *lhs = op(&mut rng);
                        *rhs = op(&mut rng);
                    }
                    InstKind::Store { value, ptr, .. } => {
                        *value = op(&mut rng);
                        *ptr = op(&mut rng);
                    }
                    InstKind::Call { callee, args, .. } => {
                        *callee = op(&mut rng);
                        if let Some(a) = args.first_mut() {
                            a.value = op(&mut rng);
                        }
                    }
                    InstKind::Gep { indices, base, .. } => {
                        *base = op(&mut rng);
                        if let Some(i) = indices.last_mut() {
                            *i = op(&mut rng);
                        }
                    }
                    InstKind::Phi { incoming } => {
                        if let Some(e) = incoming.first_mut() {
                            *e = (op(&mut rng), blk);
                        }
                    }
                    InstKind::Br { dest } => *dest = blk,
                    InstKind::CondBr {
                        cond, else_dest, ..
                    } => {
                        *cond = op(&mut rng);
                        *else_dest = blk;
                    }
                    InstKind::Switch { default, cases, .. } => {
                        *default = blk;
                        if let Some(c) = cases.first_mut() {
                            c.1 = blk;
                        }
                    }
                    InstKind::Ret { value } => *value = Some(op(&mut rng)),
                    other => {
                        *other = InstKind::Load {
                            ptr: op(&mut rng),
                            align: rng.next(9) as u32,
                            volatile: false,
                        }
                    }
                },
                1 => {
                    let v = Value::from_u32(rng.next(body.values.len()) as u32);
                    body.values[v].ty = Type::from_u32(rng.next(ntypes) as u32);
                }
                2 => {
                    if let Some(b) = body.blocks.get_mut(blk)
                        && !b.insts.is_empty()
                    {
                        let k = rng.next(b.insts.len());
                        b.insts.remove(k);
                    }
                }
                3 => {
                    let n = body.layout.len();
                    body.layout.swap(rng.next(n), rng.next(n));
                }
                4 => body.insts[inst].result = Some(Value::from_u32(rng.next(nv) as u32)),
                5 => body.layout.push(blk),
                8 => {
                    let i2 = crate::ir::Inst::from_u32(rng.next(ni) as u32);
                    let k1 = body.insts[inst].kind.clone();
                    let k2 = std::mem::replace(&mut body.insts[i2].kind, k1);
                    body.insts[inst].kind = k2;
                }
                9 => {
                    if let InstKind::Phi { incoming } = &mut body.insts[inst].kind {
                        if rng.next(2) == 0 {
                            incoming.clear();
                        } else {
                            let o = op(&mut rng);
                            incoming.push((o, blk));
                        }
                    } else {
                        body.insts[inst].kind = InstKind::Phi {
                            incoming: vec![(op(&mut rng), blk)],
                        };
                    }
                }
                10 => {
                    let p = Value::from_u32(rng.next(nv) as u32);
                    m.functions[fid].params.push(p);
                }
                6 => {
                    let c = crate::ir::Const::from_u32(rng.next(m.consts.len()) as u32);
                    m.consts[c].ty = Type::from_u32(rng.next(ntypes) as u32);
                }
                _ => {
                    let g = GlobalId::from_u32(rng.next(m.globals.len()) as u32);
                    m.globals[g].init = Some(crate::ir::Const::from_u32(rng.next(nconsts) as u32));
                }
            }
        }
        let report = check_module(&m);
        let _ = report.to_string();
        let _ = crate::printer::print_module(&m);
    }
}

#[test]
fn cyclic_types_and_constants_terminate() {
    let mut m = new_module();
    // A literal struct that contains itself twice (forged through a forward index).
    let next = Type::from_u32(m.types.len() as u32);
    let cyc = m.types.intern(TypeData::Struct {
        fields: [next, next].into(),
        packed: false,
    });
    assert_eq!(cyc, next);
    // A constant that contains itself twice.
    let self_ref = crate::ir::Const::from_u32(m.consts.len() as u32);
    let c = m.constant(cyc, ConstKind::Aggregate([self_ref, self_ref].into()));
    assert_eq!(c, self_ref);
    m.add_global("g", cyc, Some(c), false).unwrap();
    // A named struct that contains itself by value, allocated on the stack.
    let t = m.types.named_struct("struct.T");
    m.types.set_body(t, &[t, t], false);
    let mut b = define(&mut m, "f", Type::VOID, &[]);
    b.alloca(t);
    b.ret(None);
    let text = report(&m);
    assert!(text.contains("refers to a type created after it"), "{text}");
    assert!(
        text.contains("cannot allocate unsized type %struct.T"),
        "{text}"
    );
    let printed = crate::printer::print_module(&m);
    assert!(
        printed.contains("%struct.T = type { %struct.T, %struct.T }"),
        "{printed}"
    );
    assert!(
        printed
            .contains("@g = global { <badtype>, <badtype> } { { <badtype>, <badtype> } <badref>,"),
        "{printed}"
    );
}

/// `f` with a personality: `entry: invoke g(i32 1, ... n_args times) to %ok unwind %lpad`,
/// `ok: ret`, `lpad: landingpad cleanup; resume`. Returns the module and the invoke.
fn invoke_function(n_args: usize, g_params: &[Type]) -> (Module, crate::ir::Inst) {
    let mut m = new_module();
    let args: Vec<Operand> = vec![m.const_i32(1).into(); n_args];
    let pty = m.types.function(Type::I32, &[], true);
    let pers = m.declare_function("__gxx_personality_v0", pty).unwrap();
    let pers = m.const_addr(GlobalRef::Function(pers));
    let gty = m.types.function(Type::VOID, g_params, false);
    let g = m.declare_function("g", gty).unwrap();
    let g = m.const_addr(GlobalRef::Function(g));
    let lp_ty = m.types.landing_pad_value();
    let mut b = define(&mut m, "f", Type::VOID, &[]);
    b.set_personality(Some(pers));
    let ok = b.create_block(Some("ok"));
    let lpad = b.create_block(Some("lpad"));
    let (inv, _) = b.invoke(gty, g, &args, ok, lpad);
    b.switch_to_block(ok);
    b.ret(None);
    b.switch_to_block(lpad);
    let lp = b.landing_pad(lp_ty, true, &[]);
    b.resume(lp);
    (m, inv)
}

#[test]
fn built_exception_handling_verifies() {
    let (m, _) = invoke_function(0, &[]);
    assert_clean(&m);
    let text = crate::printer::print_module(&m);
    assert!(
        text.contains("define void @f() personality ptr @__gxx_personality_v0 {"),
        "{text}"
    );
    assert!(
        text.contains("  invoke void @g()\n          to label %ok unwind label %lpad\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "  %0 = landingpad { ptr, i32 }\n          cleanup\n  resume { ptr, i32 } %0\n"
        ),
        "{text}"
    );
    // The printed text reads back to the same module text.
    let again = crate::reader::parse_module(&text, "again.ll").expect("reads");
    assert_eq!(crate::printer::print_module(&again), text);
}

#[test]
fn invoke_arguments_are_checked_like_calls() {
    let (m, _) = invoke_function(1, &[]);
    assert_error(&m, "1 arguments for 0 parameters");
    let (m, _) = invoke_function(1, &[Type::I64]);
    assert_error(
        &m,
        "argument 0 has type i32, but the parameter has type i64",
    );
    let (mut m, inv) = invoke_function(0, &[Type::I32]);
    assert_error(&m, "0 arguments for 1 parameters");
    // A forged argument value that does not exist is reported, not a panic.
    let body = m
        .functions
        .values_mut()
        .last()
        .unwrap()
        .body
        .as_mut()
        .unwrap();
    if let InstKind::Invoke { args, .. } = &mut body.insts[inv].kind {
        *args = vec![CallArg {
            value: Operand::Value(Value::from_u32(999)),
            attrs: ParamAttrs::default(),
        }]
        .into();
    }
    assert_error(&m, "operand value v999 does not exist");
}

#[test]
fn forged_exception_handling_does_not_panic() {
    let (mut m, inv) = invoke_function(0, &[]);
    let f = m.functions.keys().last().unwrap();
    // The unwind destination is outside the layout and the arena; the personality is
    // outside the constant arena; a landingpad clause is a value, not a constant.
    let body = m.functions[f].body.as_mut().unwrap();
    if let InstKind::Invoke { unwind, normal, .. } = &mut body.insts[inv].kind {
        *unwind = Block::from_u32(77);
        *normal = Block::from_u32(78);
    }
    let lp_inst = body.blocks[body.layout[2]].insts[0];
    let lp_val = body.insts[lp_inst].result.unwrap();
    body.insts[lp_inst].kind = InstKind::LandingPad {
        cleanup: false,
        clauses: [crate::ir::LandingPadClause::Catch(Operand::Value(lp_val))].into(),
    };
    m.functions[f].personality = Some(crate::ir::Const::from_u32(9999));
    let text = report(&m);
    assert!(
        text.contains("personality constant const9999 does not exist"),
        "{text}"
    );
    assert!(text.contains("branch to block bb77"), "{text}");
    assert!(text.contains("clause 0 must be a constant"), "{text}");
    // The printer copes too.
    let _ = crate::printer::print_module(&m);
}

#[test]
fn debug_indices_out_of_range_are_errors() {
    use crate::ir::{DebugDeclare, DebugLoc, DiSubprogram, DiVariable};
    let mut m = Module::new("m");
    let fty = m.types.function(Type::VOID, &[], false);
    let f = m.define_function("f", fty).unwrap();
    let mut b = FunctionBuilder::new(&mut m, f);
    let e = b.create_block(None);
    b.switch_to_block(e);
    let a = b.alloca(Type::I32);
    b.set_debug_loc(Some(DebugLoc::from_u32(7)));
    b.ret(None);
    m.functions[f].subprogram = Some(DiSubprogram::from_u32(3));
    m.functions[f]
        .body
        .as_mut()
        .unwrap()
        .debug_declares
        .push(DebugDeclare {
            address: a,
            variable: DiVariable::from_u32(9),
            expression: Vec::new(),
            loc: None,
        });
    let text = crate::verifier::verify_module(&m).unwrap_err().to_string();
    for needle in [
        "subprogram disp3 does not exist",
        "!dbg names location diloc7",
        "its variable divar9 does not exist",
    ] {
        assert!(text.contains(needle), "{needle} not in:\n{text}");
    }
    // The printer does not panic on it either.
    let _ = crate::printer::print_module(&m);
}
