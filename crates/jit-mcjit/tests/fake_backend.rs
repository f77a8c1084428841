//! The IR path of the engine with a fake backend that returns hand-assembled x86-64 code:
//! laziness, cross-module compilation, `run_function` argument checks, static constructors
//! and destructors, target checks.
#![cfg(target_arch = "x86_64")]

use jit_core::backend::{Backend, CodegenError, CodegenOptions};
use jit_core::engine::{EngineError, ExecutionEngine, GenericValue};
use jit_core::ir::{Body, ConstKind, GlobalRef, Linkage, Module, ParamAttrs, Type};
use jit_core::memory::SectionKind;
use jit_core::object::{
    Binding, CompiledObject, ObjSection, ObjSymbol, RelocKind, Relocation, SymbolKind,
};
use jit_core::target::Arch;
use jit_mcjit::Mcjit;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

/// A relocation of canned code: `(offset, kind, symbol, addend)`.
type CannedReloc = (u64, RelocKind, &'static str, i64);

/// Machine code per function name: bytes and relocations.
fn code_for(name: &str) -> Option<(Vec<u8>, Vec<CannedReloc>)> {
    Some(match name {
        // lea eax, [rdi + rsi]; ret
        "add" => (vec![0x8d, 0x04, 0x37, 0xc3], vec![]),
        // addsd xmm0, xmm0; ret
        "twice" => (vec![0xf2, 0x0f, 0x58, 0xc0, 0xc3], vec![]),
        // addss xmm0, xmm0; ret
        "twice_f" => (vec![0xf3, 0x0f, 0x58, 0xc0, 0xc3], vec![]),
        // mov eax, edi; neg al; ret
        "neg8" => (vec![0x89, 0xf8, 0xf6, 0xd8, 0xc3], vec![]),
        // mov rax, rdi; ret
        "ptr_id" => (vec![0x48, 0x89, 0xf8, 0xc3], vec![]),
        // jmp add
        "call_add" => (
            vec![0xe9, 0, 0, 0, 0],
            vec![(1, RelocKind::Plt32, "add", -4)],
        ),
        // mov rax, [rip + counter@GOTPCREL]; mov eax, [rax]; ret
        "get_counter" => (
            vec![0x48, 0x8b, 0x05, 0, 0, 0, 0, 0x8b, 0x00, 0xc3],
            vec![(3, RelocKind::GotPcRel, "counter", -4)],
        ),
        // mov dword ptr [rip + counter], 42; ret
        "ctor" => (
            vec![0xc7, 0x05, 0, 0, 0, 0, 42, 0, 0, 0, 0xc3],
            vec![(2, RelocKind::Pc32, "counter", -8)],
        ),
        // mov rax, [rip + dtor_mark@GOTPCREL]; mov dword ptr [rax], 7; ret
        "dtor" => (
            vec![0x48, 0x8b, 0x05, 0, 0, 0, 0, 0xc7, 0x00, 7, 0, 0, 0, 0xc3],
            vec![(3, RelocKind::GotPcRel, "dtor_mark", -4)],
        ),
        // mov eax, 9; ret
        "main" => (vec![0xb8, 9, 0, 0, 0, 0xc3], vec![]),
        _ => return None,
    })
}

/// Compiles modules by looking their functions up in [`code_for`]; counts compilations.
struct FakeBackend {
    arch: Arch,
    compiled: Arc<AtomicUsize>,
}

impl Backend for FakeBackend {
    fn arch(&self) -> Arch {
        self.arch
    }
    fn compile(&self, m: &Module, _: &CodegenOptions) -> Result<CompiledObject, CodegenError> {
        self.compiled.fetch_add(1, Ordering::SeqCst);
        let mut obj = CompiledObject::new(Arch::X86_64, &m.name);
        let mut text = Vec::new();
        let mut relocs = Vec::new();
        let mut defs = Vec::new();
        for (_, f) in m.functions.iter() {
            if f.body.is_none() {
                continue;
            }
            let (bytes, rs) = code_for(&f.name).ok_or_else(|| CodegenError::Unsupported {
                function: f.name.to_string(),
                location: "fake".into(),
                message: "no canned code".into(),
            })?;
            let at = text.len() as u64;
            defs.push((f.name.to_string(), at, f.linkage.is_local()));
            relocs.extend(rs.into_iter().map(|(o, k, s, a)| (at + o, k, s, a)));
            text.extend(bytes);
            text.resize(text.len().next_multiple_of(16), 0xcc);
        }
        let t = obj.add_section(ObjSection {
            name: ".text".into(),
            kind: SectionKind::Code,
            align: 16,
            size: text.len() as u64,
            data: text,
        });
        let mut data = Vec::new();
        let mut data_defs = Vec::new();
        for (_, g) in m.globals.iter() {
            let Some(init) = g.init else { continue };
            if g.name.starts_with("llvm.") {
                continue;
            }
            let ConstKind::Int(v) = m.const_data(init).kind else {
                continue;
            };
            data_defs.push((g.name.to_string(), data.len() as u64));
            data.extend((v as u32).to_le_bytes());
        }
        let d = obj.add_section(ObjSection {
            name: ".data".into(),
            kind: SectionKind::ReadWrite,
            align: 8,
            size: data.len() as u64,
            data,
        });
        for (name, off, local) in defs {
            let binding = if local {
                Binding::Local
            } else {
                Binding::Global
            };
            obj.add_symbol(ObjSymbol {
                name,
                section: Some(t),
                offset: off,
                size: 0,
                kind: SymbolKind::Function,
                binding,
            });
        }
        for (name, off) in data_defs {
            obj.add_symbol(ObjSymbol {
                name,
                section: Some(d),
                offset: off,
                size: 4,
                kind: SymbolKind::Data,
                binding: Binding::Global,
            });
        }
        for (offset, kind, name, addend) in relocs {
            let symbol = match obj.symbols.iter().position(|s| s.name == name) {
                Some(i) => jit_core::object::SymbolIndex(i as u32),
                None => obj.add_symbol(ObjSymbol {
                    name: name.into(),
                    section: None,
                    offset: 0,
                    size: 0,
                    kind: SymbolKind::Unknown,
                    binding: Binding::Global,
                }),
            };
            obj.relocations.push(Relocation {
                section: t,
                offset,
                kind,
                symbol,
                addend,
            });
        }
        Ok(obj)
    }
}

fn define(m: &mut Module, name: &str, ret: Type, params: &[Type], linkage: Linkage) {
    let ty = m.types.function(ret, params, false);
    let f = m.declare_function(name, ty).unwrap();
    m.functions[f].body = Some(Body::default());
    m.functions[f].linkage = linkage;
}

fn declare(m: &mut Module, name: &str, ret: Type, params: &[Type]) {
    let ty = m.types.function(ret, params, false);
    m.declare_function(name, ty).unwrap();
}

fn x86_module(name: &str) -> Module {
    let mut m = Module::new(name);
    m.triple = Some("x86_64-pc-linux-gnu".into());
    m
}

/// `@llvm.global_ctors` or `_dtors` with one entry.
fn structor(m: &mut Module, list: &str, func: &str) {
    let st = m.types.struct_(&[Type::I32, Type::PTR, Type::PTR], false);
    let arr = m.types.array(st, 1);
    let prio = m.const_i32(65535);
    let f = m.function_by_name(func).unwrap();
    let addr = m.const_addr(GlobalRef::Function(f));
    let null = m.const_null();
    let entry = m.constant(st, ConstKind::Aggregate(vec![prio, addr, null].into()));
    let init = m.constant(arr, ConstKind::Aggregate(vec![entry].into()));
    let g = m.add_global(list, arr, Some(init), false).unwrap();
    m.globals[g].linkage = Linkage::Appending;
}

/// Module "lib": leaf functions.
fn lib_module() -> Module {
    let mut m = x86_module("lib");
    define(
        &mut m,
        "add",
        Type::I32,
        &[Type::I32, Type::I32],
        Linkage::External,
    );
    define(&mut m, "twice", Type::F64, &[Type::F64], Linkage::External);
    define(
        &mut m,
        "twice_f",
        Type::F32,
        &[Type::F32],
        Linkage::External,
    );
    define(&mut m, "neg8", Type::I8, &[Type::I8], Linkage::External);
    let f = m.function_by_name("neg8").unwrap();
    m.functions[f].param_attrs[0].flags |= ParamAttrs::SIGNEXT;
    m.functions[f].ret_attrs.flags |= ParamAttrs::SIGNEXT;
    define(&mut m, "ptr_id", Type::PTR, &[Type::PTR], Linkage::External);
    m
}

/// Module "app": uses "lib", has data, constructors, destructors and main.
fn app_module() -> Module {
    let mut m = x86_module("app");
    declare(&mut m, "add", Type::I32, &[Type::I32, Type::I32]);
    define(
        &mut m,
        "call_add",
        Type::I32,
        &[Type::I32, Type::I32],
        Linkage::External,
    );
    define(&mut m, "get_counter", Type::I32, &[], Linkage::External);
    define(&mut m, "ctor", Type::VOID, &[], Linkage::Internal);
    define(&mut m, "dtor", Type::VOID, &[], Linkage::Internal);
    define(&mut m, "main", Type::I32, &[], Linkage::External);
    let five = m.const_i32(5);
    m.add_global("counter", Type::I32, Some(five), false)
        .unwrap();
    structor(&mut m, "llvm.global_ctors", "ctor");
    structor(&mut m, "llvm.global_dtors", "dtor");
    m
}

fn engine() -> (Mcjit, Arc<AtomicUsize>) {
    let compiled = Arc::new(AtomicUsize::new(0));
    let backend = FakeBackend {
        arch: Arch::X86_64,
        compiled: compiled.clone(),
    };
    // OptLevel 0: the modules here are not real IR (bodies without blocks, for a backend
    // that returns canned code), and levels 1-3 run the IR optimizer first.
    (
        Mcjit::builder()
            .backend(Box::new(backend))
            .opt_level(0)
            .build()
            .unwrap(),
        compiled,
    )
}

#[test]
fn modules_compile_lazily_and_pull_in_what_they_use() {
    let (mut e, compiled) = engine();
    let hl = e.add_module(lib_module()).unwrap();
    let ha = e.add_module(app_module()).unwrap();
    // Without this, linking `app` fails: its destructor uses `dtor_mark`.
    let err = e.get_function_address("call_add").unwrap_err();
    assert_eq!(
        err.to_string(),
        "undefined symbol `dtor_mark` referenced by `dtor` in module `app`; searched the \
         engine's modules and global mappings, the process (dlsym), libc.so.6, libm.so.6, \
         libstdc++.so.6, libgcc_s.so.1"
    );
    compiled.store(0, Ordering::SeqCst);
    e.add_global_mapping("dtor_mark", &DTOR_MARK as *const AtomicI32 as u64);
    assert_eq!(e.find_function("add"), Some(hl));
    assert_eq!(e.find_function("call_add"), Some(ha));
    assert_eq!(
        e.find_function("ctor"),
        None,
        "internal functions are not found"
    );
    assert_eq!(
        compiled.load(Ordering::SeqCst),
        0,
        "find_function does not compile"
    );
    let r = e
        .run_function(
            "call_add",
            &[GenericValue::int(32, 40), GenericValue::int(32, 2)],
        )
        .unwrap();
    assert_eq!(r, GenericValue::int(32, 42));
    assert_eq!(
        compiled.load(Ordering::SeqCst),
        0,
        "both were compiled by the failed attempt, and only once"
    );
    e.get_function_address("call_add").unwrap();
    assert_eq!(compiled.load(Ordering::SeqCst), 0, "compiled once");
    let s = e.stats();
    assert_eq!(
        (s.modules_added, s.modules_compiled, s.finalizations),
        (2, 2, 1)
    );
    assert_eq!(e.codegen_options().opt_level, 0);
    let leveled = Mcjit::builder().opt_level(7).build().unwrap();
    assert_eq!(leveled.codegen_options().opt_level, 3, "levels clamp to 3");
}

#[test]
fn add_module_and_find_function_do_not_compile() {
    let (mut e, compiled) = engine();
    e.add_module(lib_module()).unwrap();
    e.add_module(app_module()).unwrap();
    assert!(e.find_function("call_add").is_some() && e.find_function("twice").is_some());
    assert_eq!(compiled.load(Ordering::SeqCst), 0);
    assert_eq!(e.stats().modules_compiled, 0);
}

#[test]
fn only_the_needed_module_is_compiled() {
    let (mut e, compiled) = engine();
    e.add_module(lib_module()).unwrap();
    e.add_module(app_module()).unwrap();
    assert_eq!(
        e.run_function("twice", &[GenericValue::Double(1.25)])
            .unwrap(),
        GenericValue::Double(2.5)
    );
    assert_eq!(compiled.load(Ordering::SeqCst), 1);
}

#[test]
fn run_function_checks_and_converts_generic_values() {
    let (mut e, _) = engine();
    e.add_module(lib_module()).unwrap();
    assert_eq!(
        e.run_function("twice_f", &[GenericValue::Float(1.25)])
            .unwrap(),
        GenericValue::Float(2.5)
    );
    assert_eq!(
        e.run_function("neg8", &[GenericValue::int(8, (-2i8) as u8 as u128)])
            .unwrap(),
        GenericValue::int(8, 2)
    );
    assert_eq!(
        e.run_function("ptr_id", &[GenericValue::Pointer(0x1234)])
            .unwrap(),
        GenericValue::Pointer(0x1234)
    );
    let err = e
        .run_function("add", &[GenericValue::int(32, 1)])
        .unwrap_err();
    assert!(matches!(err, EngineError::BadArguments { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "bad arguments for `add`: expected 2 arguments, got 1"
    );
    let err = e
        .run_function(
            "add",
            &[GenericValue::int(32, 1), GenericValue::Double(2.0)],
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad arguments for `add`: argument 2 is double, the parameter is i32"
    );
    let err = e
        .run_function("add", &[GenericValue::int(64, 1), GenericValue::int(32, 2)])
        .unwrap_err();
    assert!(matches!(err, EngineError::BadArguments { .. }), "{err}");
    assert!(matches!(
        e.run_function("nope", &[]),
        Err(EngineError::NotFound(_))
    ));
}

static DTOR_MARK: AtomicI32 = AtomicI32::new(0);

#[test]
fn static_constructors_destructors_and_main() {
    let (mut e, _) = engine();
    e.add_global_mapping("dtor_mark", &DTOR_MARK as *const AtomicI32 as u64);
    e.add_module(lib_module()).unwrap();
    e.add_module(app_module()).unwrap();
    assert_eq!(
        e.run_function("get_counter", &[]).unwrap(),
        GenericValue::int(32, 5)
    );
    e.run_static_constructors().unwrap();
    assert_eq!(
        e.run_function("get_counter", &[]).unwrap(),
        GenericValue::int(32, 42)
    );
    let counter = e.get_global_value_address("counter").unwrap();
    // SAFETY: `counter` is the address of the module's i32 global.
    assert_eq!(unsafe { *(counter as *const i32) }, 42);
    assert_eq!(e.run_main(&["app".into()], &[]).unwrap(), 9);
    assert_eq!(
        DTOR_MARK.swap(0, Ordering::SeqCst),
        7,
        "run_main ran the destructors"
    );
    e.run_static_destructors().unwrap();
    assert_eq!(DTOR_MARK.load(Ordering::SeqCst), 0, "destructors run once");
}

#[test]
fn ir_for_another_target_is_rejected() {
    let (mut e, _) = engine();
    let mut m = lib_module();
    m.triple = Some("aarch64-unknown-linux-gnu".into());
    let err = e.add_module(m).unwrap_err();
    assert!(matches!(err, EngineError::InvalidModule { .. }));
    assert_eq!(
        err.to_string(),
        "module `lib`: the module is for aarch64 (triple `aarch64-unknown-linux-gnu`), this engine runs x86_64 code"
    );
    let backend = FakeBackend {
        arch: Arch::AArch64,
        compiled: Arc::default(),
    };
    assert!(
        Mcjit::builder().backend(Box::new(backend)).build().is_err(),
        "backend for another target"
    );
}

#[test]
fn the_engine_is_send() {
    fn assert_send<T: Send>() {}
    assert_send::<Mcjit>();
}

#[test]
fn code_for_another_target_links_but_does_not_run() {
    let mut e = Mcjit::builder().target(Arch::AArch64).build().unwrap();
    let err = e.run_main(&["x".into()], &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unsupported: this engine generates aarch64 code, which cannot run on this host"
    );
    let mut m = lib_module();
    m.triple = Some("aarch64-unknown-linux-gnu".into());
    e.add_module(m).unwrap();
}

#[test]
fn without_a_backend_ir_is_an_error_when_needed() {
    let mut e = Mcjit::builder().build().unwrap();
    e.add_module(lib_module()).unwrap();
    let err = e.get_function_address("add").unwrap_err();
    assert!(matches!(err, EngineError::Unsupported(_)), "{err}");
    assert!(err.to_string().contains("no backend"), "{err}");
}

#[test]
fn codegen_errors_and_removal() {
    let (mut e, _) = engine();
    let mut m = x86_module("odd");
    define(
        &mut m,
        "unknown_to_the_fake",
        Type::VOID,
        &[],
        Linkage::External,
    );
    let h = e.add_module(m).unwrap();
    let err = e.get_function_address("unknown_to_the_fake").unwrap_err();
    assert!(matches!(err, EngineError::Unsupported(_)), "{err}");
    assert_eq!(e.remove_module(h).unwrap().name, "odd");
    let h = e.add_module(lib_module()).unwrap();
    e.get_function_address("add").unwrap();
    assert!(e.stats().mm.bytes_used > 0);
    let m = e.remove_module(h).unwrap();
    assert_eq!(m.name, "lib");
    assert_eq!(e.stats().mm.bytes_used, 0);
    assert!(matches!(e.remove_module(h), Err(EngineError::NotFound(_))));
    // Adding it back compiles it again.
    e.add_module(m).unwrap();
    assert_eq!(
        e.run_function("add", &[GenericValue::int(32, 1), GenericValue::int(32, 2)])
            .unwrap(),
        GenericValue::int(32, 3)
    );
}
