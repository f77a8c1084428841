//! Programs made of several inputs, as `lli` takes them: a main module (`.ll`, bitcode)
//! or ELF object, extra modules, extra objects, static archives whose members are loaded
//! only when they define a symbol still undefined (as a static linker does), and shared
//! libraries loaded into the process first.
//!
//! Modules stay separate in the engine (each engine resolves symbols across the modules
//! and objects it holds). ELF objects, and archives of them, need the native engine;
//! archives of bitcode members work with both.

use crate::{EngineBuilder, EngineKind, JitError, Mcjit, check_target_for, read_module_bytes};
use jit_core::Arch;
use jit_core::ExecutionEngine;
use jit_core::ir::{Linkage, Module};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The inputs of one program.
#[derive(Clone, Debug, Default)]
pub struct ProgramInputs {
    /// The module (`.ll`, `.bc`) or ELF object holding `main`.
    pub main: PathBuf,
    /// More modules (`--extra-module`).
    pub extra_modules: Vec<PathBuf>,
    /// More ELF objects (`--extra-object`).
    pub extra_objects: Vec<PathBuf>,
    /// Static archives (`--extra-archive`), members loaded on demand.
    pub extra_archives: Vec<PathBuf>,
    /// Shared libraries by name (`-l NAME`: `libNAME.so`).
    pub libraries: Vec<String>,
    /// Shared libraries by path (`--load PATH`).
    pub load: Vec<PathBuf>,
}

/// One loadable unit.
enum Unit {
    Module(Box<Module>),
    Object(Vec<u8>),
}

/// Names a unit defines and needs.
#[derive(Default)]
struct Symbols {
    defined: Vec<String>,
    undefined: Vec<String>,
}

fn read_file(path: &Path) -> Result<Vec<u8>, JitError> {
    std::fs::read(path).map_err(|source| JitError::Io {
        path: path.display().to_string(),
        source,
    })
}

fn is_elf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x7fELF")
}

/// A module or object from bytes; modules are checked against the engine's target.
fn unit(bytes: Vec<u8>, name: &str, arch: Option<Arch>) -> Result<Unit, JitError> {
    if is_elf(&bytes) {
        return Ok(Unit::Object(bytes));
    }
    let m = read_module_bytes(&bytes, name)?;
    check_target_for(&m, name, arch)?;
    Ok(Unit::Module(Box::new(m)))
}

fn symbols(u: &Unit, name: &str) -> Result<Symbols, JitError> {
    let mut s = Symbols::default();
    match u {
        Unit::Module(m) => {
            let external = |l: Linkage| !l.is_local();
            for f in m.functions.values() {
                if f.name.starts_with("llvm.") {
                    continue;
                }
                if f.body.is_some() {
                    if external(f.linkage) {
                        s.defined.push(f.name.to_string());
                    }
                } else {
                    s.undefined.push(f.name.to_string());
                }
            }
            for g in m.globals.values() {
                if g.name.starts_with("llvm.") {
                    continue;
                }
                if g.init.is_some() {
                    if external(g.linkage) {
                        s.defined.push(g.name.to_string());
                    }
                } else {
                    s.undefined.push(g.name.to_string());
                }
            }
            for a in m.aliases.values() {
                if external(a.linkage) {
                    s.defined.push(a.name.to_string());
                }
            }
        }
        Unit::Object(bytes) => {
            let obj = jit_link::load_elf_object(bytes, name)
                .map_err(|e| JitError::Input(e.to_string()))?;
            for sym in obj.symbols {
                if sym.name.is_empty() {
                    continue;
                }
                match (sym.section, sym.binding) {
                    (Some(_), jit_core::object::Binding::Local) => {}
                    (Some(_), _) => s.defined.push(sym.name),
                    (None, _) => s.undefined.push(sym.name),
                }
            }
        }
    }
    Ok(s)
}

/// The engine of a program: the native one as its concrete type (it takes objects), or
/// any engine behind the trait.
enum Engine {
    Native(Box<Mcjit>),
    Other(Box<dyn ExecutionEngine>),
}

impl Engine {
    fn as_dyn(&mut self) -> &mut dyn ExecutionEngine {
        match self {
            Engine::Native(m) => m.as_mut(),
            Engine::Other(e) => e.as_mut(),
        }
    }
    fn add(&mut self, u: Unit, name: &str) -> Result<(), JitError> {
        match (u, self) {
            (Unit::Module(m), e) => {
                e.as_dyn().add_module(*m)?;
            }
            (Unit::Object(bytes), Engine::Native(m)) => {
                m.add_object_file(&bytes, name)?;
            }
            (Unit::Object(_), Engine::Other(_)) => {
                return Err(JitError::NotBuilt(format!(
                    "{name}: an ELF object runs on the mcjit engine only; the interpreter runs .ll and bitcode files"
                )));
            }
        }
        Ok(())
    }
}

/// Loads the libraries, then every input into an engine of `kind` made by `builder`, and
/// runs the program's static constructors and `main(args)`. Returns the exit code.
pub fn run_inputs(
    builder: EngineBuilder,
    kind: EngineKind,
    inputs: &ProgramInputs,
    args: &[String],
) -> Result<i32, JitError> {
    // Loaded before any module is added, so the modules' names resolve to them; the C++
    // runtime and libm need no -l: the engine opens them when a name is missing.
    let mut builder = builder;
    for name in &inputs.libraries {
        builder = builder.link_library(name);
    }
    for path in &inputs.load {
        builder = builder.load_library(path);
    }
    let mut units: Vec<(Unit, String)> = Vec::new();
    let main_name = inputs.main.display().to_string();
    let arch = builder.target_arch();
    units.push((unit(read_file(&inputs.main)?, &main_name, arch)?, main_name));
    for p in &inputs.extra_modules {
        let name = p.display().to_string();
        let bytes = read_file(p)?;
        if is_elf(&bytes) {
            return Err(JitError::Input(format!(
                "{name}: an ELF object given as --extra-module (use --extra-object)"
            )));
        }
        units.push((unit(bytes, &name, arch)?, name));
    }
    for p in &inputs.extra_objects {
        let name = p.display().to_string();
        let bytes = read_file(p)?;
        if !is_elf(&bytes) {
            return Err(JitError::Input(format!("{name}: not an ELF object file")));
        }
        units.push((Unit::Object(bytes), name));
    }
    // Archive members, not loaded yet.
    let mut members: Vec<(Unit, String, Symbols)> = Vec::new();
    for p in &inputs.extra_archives {
        let name = p.display().to_string();
        let bytes = read_file(p)?;
        for m in crate::archive::read_archive(&bytes, &name).map_err(JitError::Input)? {
            let mname = format!("{name}({})", m.name);
            let u = unit(m.data, &mname, arch)?;
            let s = symbols(&u, &mname)?;
            members.push((u, mname, s));
        }
    }
    let needs_native = units.iter().any(|(u, _)| matches!(u, Unit::Object(_)));
    let mut engine = match kind {
        EngineKind::Mcjit => Engine::Native(Box::new(builder.build_mcjit()?)),
        EngineKind::Interpreter if needs_native => {
            let (_, name) = units
                .iter()
                .find(|(u, _)| matches!(u, Unit::Object(_)))
                .expect("needs_native says one exists");
            return Err(JitError::NotBuilt(format!(
                "{name}: an ELF object runs on the mcjit engine only; the interpreter runs .ll and bitcode files"
            )));
        }
        EngineKind::Interpreter => Engine::Other(builder.build()?),
    };
    let mut defined: HashSet<String> = HashSet::new();
    let mut undefined: HashSet<String> = HashSet::new();
    let note = |s: Symbols, defined: &mut HashSet<String>, undefined: &mut HashSet<String>| {
        for d in s.defined {
            undefined.remove(&d);
            defined.insert(d);
        }
        for u in s.undefined {
            if !defined.contains(&u) {
                undefined.insert(u);
            }
        }
    };
    for (u, name) in units {
        let s = symbols(&u, &name)?;
        engine.add(u, &name)?;
        note(s, &mut defined, &mut undefined);
    }
    // Members that define a symbol still undefined, until nothing changes.
    loop {
        let pick = members
            .iter()
            .position(|(_, _, s)| s.defined.iter().any(|d| undefined.contains(d)));
        let Some(i) = pick else { break };
        let (u, name, s) = members.swap_remove(i);
        engine.add(u, &name)?;
        note(s, &mut defined, &mut undefined);
    }
    crate::run_added_program(engine.as_dyn(), args)
}
