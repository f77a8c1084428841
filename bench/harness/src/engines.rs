//! The engines under test behind one interface: load a module once (not timed), then
//! compile fresh copies of it to a finalized function pointer (timed).

use jit::jit_core::ir::Module;
use jit::{EngineBuilder, EngineKind, Mcjit};
use peer_llvm::{LiveEngine, Llvm, ParsedModule};
use std::time::{Duration, Instant};

/// One engine configuration, named by a stable id used in results and the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineId {
    /// Ours at an opt level, with a memory manager (`None`: the engine's default).
    Ours { opt: u8, mm: Option<String> },
    /// LLVM MCJIT at a code-generation level.
    Mcjit(u32),
    /// LLVM ORC LLJIT at a code-generation level.
    Orc(u32),
    /// cranelift-jit; `true` for `opt_level=speed`.
    Cranelift(bool),
}

impl EngineId {
    /// The id in results (`ours-O0`, `mcjit-O2`, `cranelift-speed`, `ours-pool`).
    pub fn id(&self) -> String {
        match self {
            EngineId::Ours { opt, mm: None } => format!("ours-O{opt}"),
            EngineId::Ours { mm: Some(mm), .. } => format!("ours-{mm}"),
            EngineId::Mcjit(l) => format!("mcjit-O{l}"),
            EngineId::Orc(l) => format!("orc-O{l}"),
            EngineId::Cranelift(false) => "cranelift-none".to_string(),
            EngineId::Cranelift(true) => "cranelift-speed".to_string(),
        }
    }

    /// Parses an id made by [`EngineId::id`].
    pub fn parse(s: &str) -> Option<EngineId> {
        let level = |rest: &str| rest.strip_prefix('O')?.parse::<u32>().ok();
        if let Some(rest) = s.strip_prefix("ours-") {
            return match level(rest).and_then(|l| u8::try_from(l).ok()) {
                Some(opt) => Some(EngineId::Ours { opt, mm: None }),
                None => Some(EngineId::Ours {
                    opt: 0,
                    mm: Some(rest.to_string()),
                }),
            };
        }
        if let Some(rest) = s.strip_prefix("mcjit-") {
            return level(rest).map(EngineId::Mcjit);
        }
        if let Some(rest) = s.strip_prefix("orc-") {
            return level(rest).map(EngineId::Orc);
        }
        match s {
            "cranelift-none" => Some(EngineId::Cranelift(false)),
            "cranelift-speed" => Some(EngineId::Cranelift(true)),
            _ => None,
        }
    }
}

/// A module loaded for one engine.
pub enum Loaded<'a> {
    Ours(Box<Module>, &'a EngineId),
    Llvm(ParsedModule, &'a Llvm, &'a EngineId),
    #[cfg(feature = "cranelift")]
    Cranelift(Box<Module>, bool),
}

/// Compiled code kept alive until dropped.
pub enum Live {
    Ours(#[allow(dead_code, reason = "keeps the code mapped")] Box<Mcjit>),
    Llvm(#[allow(dead_code, reason = "keeps the code mapped")] LiveEngine),
    #[cfg(feature = "cranelift")]
    Cranelift(
        #[allow(dead_code, reason = "keeps the code mapped")] Box<peer_cranelift::CraneliftEngine>,
    ),
}

impl Live {
    /// Our engine, when this is ours (for its memory-manager counters).
    pub fn ours(&self) -> Option<&Mcjit> {
        match self {
            Live::Ours(e) => Some(e),
            _ => None,
        }
    }
}

/// Parses (and for ours verifies) `.ll` text for `engine`, outside any timing.
pub fn load<'a>(
    engine: &'a EngineId,
    llvm: Option<&'a Llvm>,
    text: &str,
    file: &str,
) -> Result<Loaded<'a>, String> {
    match engine {
        EngineId::Ours { .. } => Ok(Loaded::Ours(
            Box::new(jit::load_module_str(text, file).map_err(|e| e.to_string())?),
            engine,
        )),
        EngineId::Mcjit(_) | EngineId::Orc(_) => {
            let llvm = llvm.ok_or("LLVM is not initialized")?;
            let m = llvm.parse(text, file).map_err(|e| e.to_string())?;
            Ok(Loaded::Llvm(m, llvm, engine))
        }
        #[cfg(feature = "cranelift")]
        EngineId::Cranelift(speed) => Ok(Loaded::Cranelift(
            Box::new(jit::load_module_str(text, file).map_err(|e| e.to_string())?),
            *speed,
        )),
        #[cfg(not(feature = "cranelift"))]
        EngineId::Cranelift(_) => Err(
            "the harness was built without the cranelift peer (feature `cranelift`)".to_string(),
        ),
    }
}

fn ours_engine(opt: u8, mm: Option<&str>) -> Result<Mcjit, String> {
    let mut b = EngineBuilder::new().kind(EngineKind::Mcjit).opt_level(opt);
    if let Some(mm) = mm {
        b = b.memory_manager_by_name(mm);
    }
    b.build_mcjit().map_err(|e| e.to_string())
}

impl Loaded<'_> {
    /// Compiles a fresh copy of the module (the copy is made before the clock starts) and
    /// returns the time from the in-memory module to the finalized address of `symbol`,
    /// engine creation included, with the live code.
    pub fn compile(&self, symbol: &str) -> Result<(Duration, Live, u64), String> {
        match self {
            Loaded::Ours(m, id) => {
                let EngineId::Ours { opt, mm } = id else {
                    unreachable!("ours is loaded only for our engine")
                };
                let copy = Module::clone(m);
                let start = Instant::now();
                let mut e = ours_engine(*opt, mm.as_deref())?;
                jit::jit_core::ExecutionEngine::add_module(&mut e, copy)
                    .map_err(|e| e.to_string())?;
                let addr = e.get_function_address(symbol).map_err(|e| e.to_string())?;
                let t = start.elapsed();
                Ok((t, Live::Ours(Box::new(e)), addr))
            }
            Loaded::Llvm(m, llvm, id) => {
                let copy = llvm.clone_module(m);
                let start = Instant::now();
                let (e, addr) = match id {
                    EngineId::Mcjit(l) => llvm.mcjit(copy, *l, symbol),
                    EngineId::Orc(l) => llvm.orc(copy, *l, symbol),
                    _ => unreachable!("LLVM is loaded only for LLVM engines"),
                }
                .map_err(|e| e.to_string())?;
                let t = start.elapsed();
                Ok((t, Live::Llvm(e), addr))
            }
            #[cfg(feature = "cranelift")]
            Loaded::Cranelift(m, speed) => {
                let level = if *speed {
                    peer_cranelift::OptLevel::Speed
                } else {
                    peer_cranelift::OptLevel::None
                };
                // Translation to CLIF happens before the clock: the peer starts from
                // prebuilt CLIF, as LLVM starts from its parsed module.
                let translated = peer_cranelift::translate(m, level).map_err(|e| e.to_string())?;
                let start = Instant::now();
                let e = translated.compile().map_err(|e| e.to_string())?;
                let addr = e
                    .function(symbol)
                    .ok_or_else(|| format!("cranelift: no function `{symbol}`"))?
                    as u64;
                let t = start.elapsed();
                Ok((t, Live::Cranelift(Box::new(e)), addr))
            }
        }
    }
}
