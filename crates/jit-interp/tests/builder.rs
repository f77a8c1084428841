//! Interpreter tests on modules built with `FunctionBuilder`.

use jit_core::ir::{
    BinaryOp, CastOp, ConstKind, FuncId, FunctionBuilder, GlobalRef, IntPredicate, Module, Operand,
    SrcLoc, Type,
};
use jit_core::{EngineError, ExecutionEngine, GenericValue};
use jit_interp::Interpreter;

fn engine_with(m: Module) -> Interpreter {
    let mut e = Interpreter::new();
    e.add_module(m).expect("module loads");
    e
}

fn int(bits: u32, v: u128) -> GenericValue {
    GenericValue::int(bits, v)
}

/// `define iN @name(iN %a, iN %b) { %r = op %a, %b; ret %r }`
fn binop_fn(m: &mut Module, name: &str, bits: u32, op: BinaryOp) -> FuncId {
    let t = m.types.int(bits);
    let fty = m.types.function(t, &[t, t], false);
    let f = m.define_function(name, fty).unwrap();
    let mut b = FunctionBuilder::new(m, f);
    let bb = b.create_block(Some("entry"));
    b.switch_to_block(bb);
    let (x, y) = (b.param(0), b.param(1));
    let r = b.binary(op, x, y);
    b.ret(Some(r.into()));
    f
}

#[test]
fn arithmetic_at_odd_widths() {
    let mut m = Module::new("odd");
    binop_fn(&mut m, "add24", 24, BinaryOp::Add);
    binop_fn(&mut m, "sdiv24", 24, BinaryOp::SDiv);
    binop_fn(&mut m, "ashr33", 33, BinaryOp::AShr);
    binop_fn(&mut m, "mul40", 40, BinaryOp::Mul);
    binop_fn(&mut m, "srem40", 40, BinaryOp::SRem);
    binop_fn(&mut m, "mul128", 128, BinaryOp::Mul);
    binop_fn(&mut m, "udiv128", 128, BinaryOp::UDiv);
    binop_fn(&mut m, "add1", 1, BinaryOp::Add);
    let mut e = engine_with(m);
    let mut run = |f: &str, bits: u32, a: u128, b: u128| {
        e.run_function(f, &[int(bits, a), int(bits, b)]).unwrap()
    };
    // 0xFFFFFF + 2 wraps to 1 in 24 bits.
    assert_eq!(run("add24", 24, 0xFF_FFFF, 2), int(24, 1));
    // -6 / 4 == -1 (truncating), seen through 24 bits.
    assert_eq!(run("sdiv24", 24, 0xFF_FFFA, 4), int(24, 0xFF_FFFF));
    // i33 sign bit is bit 32.
    assert_eq!(run("ashr33", 33, 1 << 32, 4), int(33, 0x1_F000_0000));
    assert_eq!(run("mul40", 40, 1 << 39, 2), int(40, 0));
    // -7 % 3 == -1 in 40 bits.
    let minus7 = (1u128 << 40) - 7;
    assert_eq!(run("srem40", 40, minus7, 3), int(40, (1u128 << 40) - 1));
    let big = u128::from(u64::MAX);
    assert_eq!(run("mul128", 128, big, big), int(128, big * big));
    assert_eq!(run("udiv128", 128, big * big, big), int(128, big));
    assert_eq!(run("add1", 1, 1, 1), int(1, 0));
}

#[test]
fn division_by_zero_is_a_runtime_error_with_location() {
    let mut m = Module::new("divmod.c");
    let t = Type::I32;
    let fty = m.types.function(t, &[t, t], false);
    let f = m.define_function("divide", fty).unwrap();
    let mut b = FunctionBuilder::new(&mut m, f);
    let bb = b.create_block(Some("entry"));
    b.switch_to_block(bb);
    b.set_loc(SrcLoc { line: 7, col: 12 });
    let (x, y) = (b.param(0), b.param(1));
    let r = b.binary(BinaryOp::SDiv, x, y);
    b.ret(Some(r.into()));
    let mut e = engine_with(m);
    let err = e
        .run_function("divide", &[int(32, 10), int(32, 0)])
        .unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, EngineError::Runtime { .. }), "{msg}");
    assert!(msg.contains("division by zero"), "{msg}");
    assert!(
        msg.contains("`divide`") && msg.contains("divmod.c:7:12"),
        "{msg}"
    );
    let err = e
        .run_function("divide", &[int(32, 0x8000_0000), int(32, 0xFFFF_FFFF)])
        .unwrap_err();
    assert!(err.to_string().contains("overflow"), "{err}");
    // The engine is still usable after an error.
    assert_eq!(
        e.run_function("divide", &[int(32, 9), int(32, 3)]).unwrap(),
        int(32, 3)
    );
}

#[test]
fn phis_read_their_inputs_simultaneously() {
    // swap(n): a=1, b=2; loop n times { (a, b) = (b, a) } ; return a*10 + b
    let mut m = Module::new("phi");
    let t = Type::I32;
    let fty = m.types.function(t, &[t], false);
    let f = m.define_function("swap", fty).unwrap();
    let one = m.const_i32(1);
    let two = m.const_i32(2);
    let zero = m.const_i32(0);
    let ten = m.const_i32(10);
    let mut b = FunctionBuilder::new(&mut m, f);
    let entry = b.create_block(Some("entry"));
    let lp = b.create_block(Some("loop"));
    let exit = b.create_block(Some("exit"));
    b.switch_to_block(entry);
    b.br(lp);
    b.switch_to_block(lp);
    let a = b.phi(t);
    let bv = b.phi(t);
    let i = b.phi(t);
    let i1 = b.binary(BinaryOp::Add, i, one);
    let n = b.param(0);
    let more = b.icmp(IntPredicate::Slt, i1, n);
    b.cond_br(more, lp, exit);
    b.add_phi_incoming(a, one, entry);
    b.add_phi_incoming(bv, two, entry);
    b.add_phi_incoming(i, zero, entry);
    b.add_phi_incoming(a, bv, lp);
    b.add_phi_incoming(bv, a, lp);
    b.add_phi_incoming(i, i1, lp);
    b.switch_to_block(exit);
    let a10 = b.binary(BinaryOp::Mul, a, ten);
    let r = b.binary(BinaryOp::Add, a10, bv);
    b.ret(Some(r.into()));
    let mut e = engine_with(m);
    // The loop body runs n times; the swap happens on the n-1 back edges.
    assert_eq!(e.run_function("swap", &[int(32, 1)]).unwrap(), int(32, 12));
    assert_eq!(e.run_function("swap", &[int(32, 2)]).unwrap(), int(32, 21));
    assert_eq!(e.run_function("swap", &[int(32, 5)]).unwrap(), int(32, 12));
}

#[test]
fn deep_recursion_does_not_overflow() {
    // depth(n) = n == 0 ? 0 : 1 + depth(n - 1), with an alloca per frame.
    let mut m = Module::new("rec");
    let t = Type::I64;
    let fty = m.types.function(t, &[t], false);
    let f = m.define_function("depth", fty).unwrap();
    let zero = m.const_i64(0);
    let one = m.const_i64(1);
    let mut b = FunctionBuilder::new(&mut m, f);
    let entry = b.create_block(Some("entry"));
    let base = b.create_block(Some("base"));
    let rec = b.create_block(Some("rec"));
    b.switch_to_block(entry);
    let slot = b.alloca(t);
    let n = b.param(0);
    b.store(n, slot);
    let is0 = b.icmp(IntPredicate::Eq, n, zero);
    b.cond_br(is0, base, rec);
    b.switch_to_block(base);
    b.ret(Some(zero.into()));
    b.switch_to_block(rec);
    let m1 = b.binary(BinaryOp::Sub, n, one);
    let (_, r) = b.call_function(f, &[m1.into()]);
    let back = b.load(t, slot);
    let s = b.binary(BinaryOp::Add, r.unwrap(), one);
    let s = b.binary(BinaryOp::Add, s, back);
    let s = b.binary(BinaryOp::Sub, s, n);
    b.ret(Some(s.into()));
    let mut e = engine_with(m);
    assert_eq!(
        e.run_function("depth", &[int(64, 100_000)]).unwrap(),
        int(64, 100_000)
    );
}

fn declare(m: &mut Module, name: &str, ret: Type, params: &[Type], varargs: bool) -> FuncId {
    let fty = m.types.function(ret, params, varargs);
    m.declare_function(name, fty).unwrap()
}

fn cstring(m: &mut Module, name: &str, s: &str) -> Operand {
    let mut bytes = s.as_bytes().to_vec();
    bytes.push(0);
    let c = m.const_bytes(&bytes);
    let ty = m.consts[c].ty;
    let g = m.add_global(name, ty, Some(c), true).unwrap();
    m.const_addr(GlobalRef::Global(g)).into()
}

#[test]
fn strlen_and_varargs_snprintf() {
    let mut m = Module::new("strs");
    let strlen = declare(&mut m, "strlen", Type::I64, &[Type::PTR], false);
    let snprintf = declare(
        &mut m,
        "snprintf",
        Type::I32,
        &[Type::PTR, Type::I64, Type::PTR],
        true,
    );
    let fmt = cstring(&mut m, "fmt", "%s=%d %.2f %ld %c");
    let word = cstring(&mut m, "word", "answer");
    let buf_ty = m.types.array(Type::I8, 64);
    let buf_init = m.constant(buf_ty, ConstKind::Zero);
    let buf = m.add_global("buf", buf_ty, Some(buf_init), false).unwrap();
    let buf_addr = m.const_addr(GlobalRef::Global(buf));
    let n64 = m.const_i64(64);
    let v42 = m.const_i32(42);
    let pi = m.const_f64(1.23456);
    let big = m.const_i64(-1234567890123);
    let ch = m.const_i32(i32::from(b'Z'));
    let fty = m.types.function(Type::I64, &[], false);
    let f = m.define_function("go", fty).unwrap();
    let snty = m.functions[snprintf].ty;
    let snaddr = m.const_addr(GlobalRef::Function(snprintf));
    let mut b = FunctionBuilder::new(&mut m, f);
    let bb = b.create_block(None);
    b.switch_to_block(bb);
    b.call(
        snty,
        snaddr,
        &[
            buf_addr.into(),
            n64.into(),
            fmt,
            word,
            v42.into(),
            pi.into(),
            big.into(),
            ch.into(),
        ],
    );
    let (_, len) = b.call_function(strlen, &[buf_addr.into()]);
    b.ret(Some(len.unwrap().into()));
    let mut e = engine_with(m);
    let expected = "answer=42 1.23 -1234567890123 Z";
    assert_eq!(
        e.run_function("go", &[]).unwrap(),
        int(64, expected.len() as u128)
    );
    let addr = e.get_global_value_address("buf").unwrap();
    // SAFETY: `buf` is a live 64-byte global of the engine, NUL-terminated by snprintf.
    let got = unsafe { std::ffi::CStr::from_ptr(addr as *const std::ffi::c_char) };
    assert_eq!(got.to_str().unwrap(), expected);
}

#[test]
fn qsort_with_an_interpreted_comparator() {
    let mut m = Module::new("sort");
    let qsort = declare(
        &mut m,
        "qsort",
        Type::VOID,
        &[Type::PTR, Type::I64, Type::I64, Type::PTR],
        false,
    );
    // int cmp(const void *a, const void *b) { return *(int*)a - *(int*)b; } (descending: b - a)
    let cty = m.types.function(Type::I32, &[Type::PTR, Type::PTR], false);
    let cmp = m.define_function("cmp_desc", cty).unwrap();
    {
        let mut b = FunctionBuilder::new(&mut m, cmp);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        let x = b.load(Type::I32, b.param(0));
        let y = b.load(Type::I32, b.param(1));
        let d = b.binary(BinaryOp::Sub, y, x);
        b.ret(Some(d.into()));
    }
    let arr_ty = m.types.array(Type::I32, 6);
    let elems: Vec<_> = [5, -3, 9, 0, 12, 7]
        .iter()
        .map(|&v| m.const_i32(v))
        .collect();
    let init = m.constant(arr_ty, ConstKind::Aggregate(elems.into()));
    let arr = m.add_global("arr", arr_ty, Some(init), false).unwrap();
    let arr_addr = m.const_addr(GlobalRef::Global(arr));
    let six = m.const_i64(6);
    let four = m.const_i64(4);
    let cmp_addr = m.const_addr(GlobalRef::Function(cmp));
    let fty = m.types.function(Type::VOID, &[], false);
    let f = m.define_function("sort", fty).unwrap();
    let mut b = FunctionBuilder::new(&mut m, f);
    let bb = b.create_block(None);
    b.switch_to_block(bb);
    b.call_function(
        qsort,
        &[arr_addr.into(), six.into(), four.into(), cmp_addr.into()],
    );
    b.ret(None);
    let mut e = engine_with(m);
    e.run_function("sort", &[]).unwrap();
    let addr = e.get_global_value_address("arr").unwrap();
    // SAFETY: `arr` is a live [6 x i32] global of the engine.
    let got = unsafe { std::slice::from_raw_parts(addr as *const i32, 6) };
    assert_eq!(got, [12, 9, 7, 5, 0, -3]);
    // The comparator is also callable from Rust through its trampoline.
    let cmp_ptr = e.get_global_value_address("cmp_desc").unwrap();
    // SAFETY: the trampoline has the C signature int(const void *, const void *).
    let cmp_fn: extern "C" fn(*const i32, *const i32) -> i32 =
        unsafe { std::mem::transmute(cmp_ptr as usize) };
    assert_eq!(cmp_fn(&1, &10), 9);
}

#[test]
fn global_initializers_hold_addresses() {
    // @target = global i64 77; @fp_answer() returns 5;
    // @table = global { ptr, ptr, i64 } { @target, @answer, ptrtoint-free constant 3 }
    let mut m = Module::new("globals");
    let v = m.const_i64(77);
    let target = m.add_global("target", Type::I64, Some(v), false).unwrap();
    let fty = m.types.function(Type::I64, &[], false);
    let answer = m.define_function("answer", fty).unwrap();
    {
        let five = m.const_i64(5);
        let mut b = FunctionBuilder::new(&mut m, answer);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        b.ret(Some(five.into()));
    }
    let sty = m.types.struct_(&[Type::PTR, Type::PTR, Type::I64], false);
    let ta = m.const_addr(GlobalRef::Global(target));
    let fa = m.const_addr(GlobalRef::Function(answer));
    let three = m.const_i64(3);
    let init = m.constant(sty, ConstKind::Aggregate(vec![ta, fa, three].into()));
    let table = m.add_global("table", sty, Some(init), false).unwrap();
    // use(): load table.0 → *p; call table.1; return *p + f() + table.2
    let f = m.define_function("use_table", fty).unwrap();
    let tab = m.const_addr(GlobalRef::Global(table));
    let zero = m.const_i32(0);
    let onei = m.const_i32(1);
    let twoi = m.const_i32(2);
    let mut b = FunctionBuilder::new(&mut m, f);
    let bb = b.create_block(None);
    b.switch_to_block(bb);
    let p0 = b.gep(sty, tab, &[zero.into(), zero.into()], true);
    let p = b.load(Type::PTR, p0);
    let x = b.load(Type::I64, p);
    let p1 = b.gep(sty, tab, &[zero.into(), onei.into()], true);
    let fp = b.load(Type::PTR, p1);
    let (_, y) = b.call(fty, fp, &[]);
    let p2 = b.gep(sty, tab, &[zero.into(), twoi.into()], true);
    let z = b.load(Type::I64, p2);
    let s = b.binary(BinaryOp::Add, x, y.unwrap());
    let s = b.binary(BinaryOp::Add, s, z);
    b.ret(Some(s.into()));
    let mut e = engine_with(m);
    assert_eq!(e.run_function("use_table", &[]).unwrap(), int(64, 85));
    let t = e.get_global_value_address("table").unwrap();
    let target_addr = e.get_global_value_address("target").unwrap();
    let answer_addr = e.get_global_value_address("answer").unwrap();
    assert_eq!(t % 8, 0);
    // SAFETY: `table` is a live { ptr, ptr, i64 } global.
    let words = unsafe { std::slice::from_raw_parts(t as *const u64, 3) };
    assert_eq!(words, [target_addr, answer_addr, 3]);
}

/// A module with `main` calling `level1` which calls `exit(code)`; `main` would return 1.
fn exit_module(code: i32) -> Module {
    let mut m = Module::new("exit");
    let exit = declare(&mut m, "exit", Type::VOID, &[Type::I32], false);
    let vty = m.types.function(Type::VOID, &[], false);
    let level1 = m.define_function("level1", vty).unwrap();
    let c = m.const_i32(code);
    {
        let mut b = FunctionBuilder::new(&mut m, level1);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        b.call_function(exit, &[c.into()]);
        b.unreachable();
    }
    let mty = m.types.function(Type::I32, &[], false);
    let main = m.define_function("main", mty).unwrap();
    let one = m.const_i32(1);
    let mut b = FunctionBuilder::new(&mut m, main);
    let bb = b.create_block(None);
    b.switch_to_block(bb);
    b.call_function(level1, &[]);
    b.ret(Some(one.into()));
    m
}

#[test]
fn exit_from_a_nested_call_ends_run_main() {
    let mut e = engine_with(exit_module(42));
    assert_eq!(e.run_main(&["prog".into()], &[]).unwrap(), 42);
    // run_function reports it as Exit.
    let mut e = engine_with(exit_module(3));
    assert!(matches!(
        e.run_function("level1", &[]),
        Err(EngineError::Exit(3))
    ));
}

#[test]
fn atexit_handlers_then_destructors() {
    // @trace = global [8 x i8] zeroinitializer, @pos = global i64 0
    // mark(c): trace[pos++] = c
    // h1/h2 (atexit handlers) mark 'a'/'b'; dtor marks 'd'; main registers h1 then h2,
    // marks 'm' and returns 7. Native order: m, b, a, d.
    let mut m = Module::new("order");
    let tr_ty = m.types.array(Type::I8, 8);
    let z = m.constant(tr_ty, ConstKind::Zero);
    let trace = m.add_global("trace", tr_ty, Some(z), false).unwrap();
    let z64 = m.const_i64(0);
    let pos = m.add_global("pos", Type::I64, Some(z64), false).unwrap();
    let atexit = declare(&mut m, "atexit", Type::I32, &[Type::PTR], false);
    let mark_ty = m.types.function(Type::VOID, &[Type::I8], false);
    let mark = m.define_function("mark", mark_ty).unwrap();
    let (tr, ps) = (
        m.const_addr(GlobalRef::Global(trace)),
        m.const_addr(GlobalRef::Global(pos)),
    );
    let one = m.const_i64(1);
    {
        let mut b = FunctionBuilder::new(&mut m, mark);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        let p = b.load(Type::I64, ps);
        let slot = b.gep(Type::I8, tr, &[p.into()], true);
        b.store(b.param(0), slot);
        let p1 = b.binary(BinaryOp::Add, p, one);
        b.store(p1, ps);
        b.ret(None);
    }
    let vty = m.types.function(Type::VOID, &[], false);
    let marker = |m: &mut Module, name: &str, c: u8| {
        let f = m.define_function(name, vty).unwrap();
        let k = m.const_int(Type::I8, u128::from(c));
        let mut b = FunctionBuilder::new(m, f);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        b.call_function(mark, &[k.into()]);
        b.ret(None);
        f
    };
    let h1 = marker(&mut m, "h1", b'a');
    let h2 = marker(&mut m, "h2", b'b');
    let dtor = marker(&mut m, "dtor", b'd');
    let ctor = marker(&mut m, "ctor", b'c');
    for (name, f) in [("llvm.global_dtors", dtor), ("llvm.global_ctors", ctor)] {
        let ety = m.types.struct_(&[Type::I32, Type::PTR, Type::PTR], false);
        let aty = m.types.array(ety, 1);
        let prio = m.const_i32(65535);
        let fa = m.const_addr(GlobalRef::Function(f));
        let null = m.const_null();
        let e = m.constant(ety, ConstKind::Aggregate(vec![prio, fa, null].into()));
        let a = m.constant(aty, ConstKind::Aggregate(vec![e].into()));
        m.add_global(name, aty, Some(a), false).unwrap();
    }
    let mty = m.types.function(Type::I32, &[], false);
    let main = m.define_function("main", mty).unwrap();
    let (a1, a2) = (
        m.const_addr(GlobalRef::Function(h1)),
        m.const_addr(GlobalRef::Function(h2)),
    );
    let km = m.const_int(Type::I8, u128::from(b'm'));
    let seven = m.const_i32(7);
    {
        let mut b = FunctionBuilder::new(&mut m, main);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        b.call_function(atexit, &[a1.into()]);
        b.call_function(atexit, &[a2.into()]);
        b.call_function(mark, &[km.into()]);
        b.ret(Some(seven.into()));
    }
    let mut e = engine_with(m);
    assert_eq!(e.run_main(&["order".into()], &[]).unwrap(), 7);
    let addr = e.get_global_value_address("trace").unwrap();
    // SAFETY: `trace` is a live [8 x i8] global.
    let got = unsafe { std::slice::from_raw_parts(addr as *const u8, 5) };
    assert_eq!(got, b"cmbad");
    // Destructors run once only.
    e.run_static_destructors().unwrap();
    // SAFETY: as above.
    let got = unsafe { std::slice::from_raw_parts(addr as *const u8, 6) };
    assert_eq!(got, b"cmbad\0");
}

#[test]
fn undefined_external_symbol_is_reported_when_called() {
    let mut m = Module::new("undef.c");
    let missing = declare(&mut m, "no_such_function_xyz", Type::I32, &[], false);
    let fty = m.types.function(Type::I32, &[], false);
    let f = m.define_function("calls_missing", fty).unwrap();
    let mut b = FunctionBuilder::new(&mut m, f);
    let bb = b.create_block(None);
    b.switch_to_block(bb);
    let (_, r) = b.call_function(missing, &[]);
    b.ret(Some(r.unwrap().into()));
    // Adding works: nothing needs the symbol yet.
    let mut e = engine_with(m);
    match e.run_function("calls_missing", &[]) {
        Err(EngineError::UndefinedSymbol { symbol, module, .. }) => {
            assert_eq!(symbol, "no_such_function_xyz");
            assert_eq!(module, "undef.c");
        }
        other => panic!("expected UndefinedSymbol, got {other:?}"),
    }
    // A global mapping makes it resolve.
    extern "C" fn provided() -> i32 {
        31
    }
    e.add_global_mapping("no_such_function_xyz", provided as *const () as u64);
    assert_eq!(e.run_function("calls_missing", &[]).unwrap(), int(32, 31));
}

#[test]
fn undefined_symbol_in_an_initializer_fails_add_module() {
    let mut m = Module::new("init.c");
    let g = m
        .add_global("ext_data_xyz", Type::I32, None, false)
        .unwrap();
    let a = m.const_addr(GlobalRef::Global(g));
    m.add_global("p", Type::PTR, Some(a), false).unwrap();
    let mut e = Interpreter::new();
    match e.add_module(m) {
        Err(EngineError::UndefinedSymbol { symbol, .. }) => assert_eq!(symbol, "ext_data_xyz"),
        other => panic!("expected UndefinedSymbol, got {other:?}"),
    }
}

#[test]
fn foreign_target_is_rejected() {
    let mut m = Module::new("arm");
    m.triple = Some(if cfg!(target_arch = "x86_64") {
        "aarch64-unknown-linux-gnu".to_string()
    } else {
        "x86_64-unknown-linux-gnu".to_string()
    });
    let mut e = Interpreter::new();
    let err = e.add_module(m).unwrap_err();
    assert!(matches!(err, EngineError::InvalidModule { .. }), "{err}");
}

#[test]
fn unreachable_and_null_accesses_are_errors() {
    let mut m = Module::new("ub");
    let fty = m.types.function(Type::I32, &[Type::PTR], false);
    let f = m.define_function("deref", fty).unwrap();
    {
        let mut b = FunctionBuilder::new(&mut m, f);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        let v = b.load(Type::I32, b.param(0));
        b.ret(Some(v.into()));
    }
    let vty = b_ty(&mut m);
    let g = m.define_function("never", vty).unwrap();
    {
        let mut b = FunctionBuilder::new(&mut m, g);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        b.unreachable();
    }
    let pty = m.types.function(Type::VOID, &[Type::PTR], false);
    let h = m.define_function("callnull", pty).unwrap();
    {
        let mut b = FunctionBuilder::new(&mut m, h);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        let p = b.param(0);
        b.call(vty, p, &[]);
        b.ret(None);
    }
    let mut e = engine_with(m);
    let err = e
        .run_function("deref", &[GenericValue::Pointer(0)])
        .unwrap_err();
    assert!(err.to_string().contains("null page"), "{err}");
    let err = e.run_function("never", &[]).unwrap_err();
    assert!(err.to_string().contains("unreachable"), "{err}");
    let err = e
        .run_function("callnull", &[GenericValue::Pointer(0)])
        .unwrap_err();
    assert!(err.to_string().contains("function pointer"), "{err}");
}

fn b_ty(m: &mut Module) -> Type {
    m.types.function(Type::VOID, &[], false)
}

#[test]
fn float_semantics() {
    // f32 arithmetic is done in single precision; fptosi of NaN does not trap.
    let mut m = Module::new("fp");
    let fty = m.types.function(Type::F32, &[Type::F32, Type::F32], false);
    let f = m.define_function("fadd32", fty).unwrap();
    {
        let mut b = FunctionBuilder::new(&mut m, f);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        let r = b.binary(BinaryOp::FAdd, b.param(0), b.param(1));
        b.ret(Some(r.into()));
    }
    let gty = m.types.function(Type::I32, &[Type::F64], false);
    let g = m.define_function("to_int", gty).unwrap();
    {
        let mut b = FunctionBuilder::new(&mut m, g);
        let bb = b.create_block(None);
        b.switch_to_block(bb);
        let r = b.cast(CastOp::FPToSI, b.param(0), Type::I32);
        b.ret(Some(r.into()));
    }
    let mut e = engine_with(m);
    let r = e
        .run_function(
            "fadd32",
            &[GenericValue::Float(16_777_216.0), GenericValue::Float(1.0)],
        )
        .unwrap();
    assert_eq!(r, GenericValue::Float(16_777_216.0));
    let r = e
        .run_function("to_int", &[GenericValue::Double(-7.9)])
        .unwrap();
    assert_eq!(r, int(32, (-7i32) as u32 as u128));
    assert!(
        e.run_function("to_int", &[GenericValue::Double(f64::NAN)])
            .is_ok()
    );
}
