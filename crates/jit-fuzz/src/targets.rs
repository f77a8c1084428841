//! The fuzz targets and the campaign loop.
//!
//! A case is a function of (target, seed): the mutation targets draw a corpus file, a
//! second file for splicing and the mutations from the seed; `irgen` generates a module
//! from it. [`Fuzzer::run_case`] judges one case and returns a [`Finding`] for a panic, a
//! round-trip difference, or engines that disagree. Panics are caught (`catch_unwind`), so a
//! campaign survives them; a crash of generated native code (a signal) ends the process,
//! which is why [`campaign`] tells its caller each seed before running it.

use crate::rng::Rng;
use crate::{irgen, mutate};
use jit::jit_core::{Arch, ExecutionEngine, GenericValue, printer, reader, verifier};
use jit::{EngineBuilder, EngineKind};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A case that takes longer than this is a finding (a hang, or something quadratic).
pub const SLOW_CASE: Duration = Duration::from_secs(10);

/// What is fuzzed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Mutated `.ll` text through the reader, the verifier and (when it verifies) the
    /// printer and the reader again.
    LlReader,
    /// Mutated bitcode through the bitcode reader, verifier, printer and writer.
    BitcodeReader,
    /// Generated modules: printer round trip, then the interpreter against the native
    /// engine at -O0 to -O3 (and the optimizing interpreter) on `@fuzz_main`.
    Irgen,
    /// Generated and mutated executor sessions (frames of the `jit-remote` protocol)
    /// through the message decoders and an executor worker's request checks, judged by a
    /// model of its memory (`jit_executor::fuzz`); no code runs.
    ExecutorProtocol,
}

impl Target {
    /// Every target, in the order campaigns run them.
    pub const ALL: [Target; 4] = [
        Target::LlReader,
        Target::BitcodeReader,
        Target::Irgen,
        Target::ExecutorProtocol,
    ];

    /// The name on the command line and in finding file names.
    pub fn name(self) -> &'static str {
        match self {
            Target::LlReader => "ll-reader",
            Target::BitcodeReader => "bitcode-reader",
            Target::Irgen => "irgen",
            Target::ExecutorProtocol => "executor-protocol",
        }
    }

    /// The extension of this target's inputs.
    pub fn extension(self) -> &'static str {
        match self {
            Target::BitcodeReader => "bc",
            Target::ExecutorProtocol => "bin",
            _ => "ll",
        }
    }
}

impl std::str::FromStr for Target {
    type Err = FuzzError;
    fn from_str(s: &str) -> Result<Self, FuzzError> {
        Target::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| FuzzError::UnknownTarget(s.to_string()))
    }
}

/// Why a campaign could not start.
#[derive(Debug)]
pub enum FuzzError {
    /// A target name that does not exist (the caller's mistake).
    UnknownTarget(String),
    /// The seed corpus could not be read (the checkout's fault).
    Corpus(PathBuf, std::io::Error),
    /// The seed corpus has no usable file.
    EmptyCorpus(PathBuf),
}

impl std::fmt::Display for FuzzError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FuzzError::UnknownTarget(t) => write!(
                f,
                "unknown fuzz target `{t}` (available: ll-reader, bitcode-reader, irgen, \
                 executor-protocol)"
            ),
            FuzzError::Corpus(p, e) => write!(f, "{}: {e}", p.display()),
            FuzzError::EmptyCorpus(p) => write!(f, "{}: no seed inputs found", p.display()),
        }
    }
}

impl std::error::Error for FuzzError {}

/// A failed case: what went wrong and the input that shows it.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The target.
    pub target: Target,
    /// The case's seed.
    pub seed: u64,
    /// What went wrong.
    pub message: String,
    /// The input (a mutant, or the generated module's text).
    pub input: Vec<u8>,
}

impl Finding {
    /// `target/fuzz/findings/<target>-<seed>.<ext>` under `root`.
    pub fn path(&self, root: &Path) -> PathBuf {
        root.join("target/fuzz/findings").join(format!(
            "{}-{}.{}",
            self.target.name(),
            self.seed,
            self.target.extension()
        ))
    }
}

/// Files of at most this size seed the mutators (bigger ones make slow cases).
const MAX_SEED_FILE: u64 = 48 * 1024;

/// One target with its seed inputs.
pub struct Fuzzer {
    target: Target,
    seeds: Vec<Vec<u8>>,
    native: bool,
}

/// The `.ll` files under `dir`, recursively, sorted (so seeds mean the same file).
fn ll_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), FuzzError> {
    let rd = std::fs::read_dir(dir).map_err(|e| FuzzError::Corpus(dir.to_path_buf(), e))?;
    for entry in rd {
        let path = entry
            .map_err(|e| FuzzError::Corpus(dir.to_path_buf(), e))?
            .path();
        if path.is_dir() {
            ll_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "ll") {
            out.push(path);
        }
    }
    Ok(())
}

/// The seed corpus: `.ll` files of `tests/corpus` and `tests/filetests` under `root`.
pub fn seed_corpus(root: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, FuzzError> {
    let mut files = Vec::new();
    for dir in [
        "tests/corpus/x86_64",
        "tests/corpus/aarch64",
        "tests/filetests",
    ] {
        let dir = root.join(dir);
        if dir.is_dir() {
            ll_files(&dir, &mut files)?;
        }
    }
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let meta = std::fs::metadata(&f).map_err(|e| FuzzError::Corpus(f.clone(), e))?;
        if meta.len() <= MAX_SEED_FILE {
            let bytes = std::fs::read(&f).map_err(|e| FuzzError::Corpus(f.clone(), e))?;
            out.push((f, bytes));
        }
    }
    if out.is_empty() {
        return Err(FuzzError::EmptyCorpus(root.join("tests")));
    }
    Ok(out)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

/// Runs `f`, turning a panic into `Err(message)`.
fn guarded<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f))
        .map_err(|p| format!("{what} panicked: {}", panic_message(p.as_ref())))
}

impl Fuzzer {
    /// A fuzzer for `target` with seed inputs from the repository at `root` (the irgen
    /// target needs none).
    pub fn new(target: Target, root: &Path) -> Result<Self, FuzzError> {
        let seeds = match target {
            // Generated from the seed alone.
            Target::Irgen | Target::ExecutorProtocol => Vec::new(),
            Target::LlReader => seed_corpus(root)?.into_iter().map(|(_, b)| b).collect(),
            Target::BitcodeReader => {
                // Bitcode of the corpus modules that read and verify.
                let seeds: Vec<Vec<u8>> = seed_corpus(root)?
                    .into_iter()
                    .filter_map(|(p, b)| {
                        let text = String::from_utf8(b).ok()?;
                        let m = reader::parse_module(&text, &p.display().to_string()).ok()?;
                        verifier::verify_module(&m).ok()?;
                        jit::jit_bitcode::write_module(&m).ok()
                    })
                    .collect();
                if seeds.is_empty() {
                    return Err(FuzzError::EmptyCorpus(root.join("tests")));
                }
                seeds
            }
        };
        Ok(Fuzzer {
            target,
            seeds,
            native: jit::native_backend().is_ok(),
        })
    }

    /// The target.
    pub fn target(&self) -> Target {
        self.target
    }

    /// The input of case `seed`.
    pub fn input(&self, seed: u64) -> Vec<u8> {
        let mut rng = Rng::new(seed);
        match self.target {
            Target::Irgen => irgen::generate(seed).into_bytes(),
            Target::ExecutorProtocol => jit_executor::fuzz::generate(seed),
            Target::LlReader => {
                let a = rng.below(self.seeds.len());
                let b = rng.below(self.seeds.len());
                mutate::mutate_text(&self.seeds[a], &self.seeds[b], &mut rng)
            }
            Target::BitcodeReader => {
                let a = rng.below(self.seeds.len());
                let mut v = self.seeds[a].clone();
                for _ in 0..1 + rng.below(3) {
                    v = jit::jit_bitcode::fuzz::mutate(
                        &v,
                        &mut jit::jit_bitcode::fuzz::Rng::new(rng.next_u64()),
                    )
                    .0;
                }
                v
            }
        }
    }

    /// Runs case `seed`: `Ok(true)` when the input was accepted (read, or ran on every
    /// engine), `Ok(false)` when it was rejected with an error, `Err` for a finding.
    pub fn run_case(&self, seed: u64) -> Result<bool, Finding> {
        let input = self.input(seed);
        let mut rng = Rng::new(seed ^ 0x5EED);
        let start = Instant::now();
        let result = match self.target {
            Target::LlReader => guarded("the .ll reader", || check_ll(&input))
                .and_then(|r| r)
                .and_then(|verified| {
                    if verified {
                        // Verified IR must compile (or be refused) on both backends.
                        let arch = *rng.pick(&[Arch::X86_64, Arch::AArch64]);
                        let level = *rng.pick(&[0u8, 2]);
                        compile_only(&input, arch, level, false)?;
                    }
                    Ok(verified)
                }),
            Target::BitcodeReader => guarded("the bitcode reader", || {
                jit::jit_bitcode::fuzz::check_one(&input);
                jit::jit_bitcode::read_module(&input, "mutant.bc").is_ok()
            }),
            Target::Irgen => {
                check_generated(&String::from_utf8_lossy(&input), seed, self.native).map(|_| true)
            }
            Target::ExecutorProtocol => check_session(&input, seed).map(|handled| handled > 0),
        };
        let result = match result {
            Ok(_) if start.elapsed() > SLOW_CASE => Err(format!(
                "slow case: {:?} (limit {SLOW_CASE:?})",
                start.elapsed()
            )),
            r => r,
        };
        result.map_err(|message| Finding {
            target: self.target,
            seed,
            message,
            input,
        })
    }
}

/// Reads a mutant; when it reads and verifies, prints it and reads the print back, which
/// must succeed and print the same. `Ok(true)` when it verified, `Ok(false)` when it was
/// rejected.
pub fn check_ll(input: &[u8]) -> Result<bool, String> {
    let text = String::from_utf8_lossy(input);
    let Ok(m) = reader::parse_module(&text, "mutant.ll") else {
        return Ok(false);
    };
    if verifier::verify_module(&m).is_err() {
        let _ = printer::print_module(&m);
        return Ok(false);
    }
    round_trip(&m).map(|_| true)
}

/// Compiles `.ll` text (which verifies) for `arch` at `level` without running it. A panic
/// is a finding; with `strict` (valid generated modules) so is an error other than
/// "unsupported" (a mutant may well exceed a limit, e.g. "stack frame too large").
fn compile_only(input: &[u8], arch: Arch, level: u8, strict: bool) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    if !strict && has_huge_aggregate(&text) {
        // Compiling would be slow rather than wrong: the backends write zero-initialized
        // constants byte by byte (as LLVM does, for `.rodata`), so `[4294967296 x i8]
        // zeroinitializer` makes a 4 GiB object.
        return Ok(());
    }
    let Ok(m) = reader::parse_module(&text, "input.ll") else {
        return Ok(());
    };
    // A module written for one architecture is refused by the other's backend.
    let arch = m
        .triple
        .as_deref()
        .and_then(Arch::from_triple)
        .unwrap_or(arch);
    match guarded(&format!("the {arch:?} backend at -O{level}"), || {
        jit::emit_object(&m, arch, level)
    })? {
        Ok(_) => Ok(()),
        Err(e) if !strict || e.to_string().contains("unsupported") => Ok(()),
        Err(e) => Err(format!("the {arch:?} backend at -O{level}: {e}")),
    }
}

/// Whether the text mentions an array or vector type of more than 2^20 elements.
fn has_huge_aggregate(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        if c != b'[' && c != b'<' {
            return false;
        }
        let digits = b[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        digits > 0
            && b[i + 1 + digits..].starts_with(b" x ")
            && (digits > 7
                || text[i + 1..i + 1 + digits]
                    .parse::<u64>()
                    .is_ok_and(|n| n > 1 << 20))
    })
}

/// Print → read → print; the two prints must be equal. Returns the module read back.
fn round_trip(m: &jit::jit_core::ir::Module) -> Result<jit::jit_core::ir::Module, String> {
    let printed = printer::print_module(m);
    let back = reader::parse_module(&printed, "printed.ll")
        .map_err(|e| format!("the printed module does not read back: {e}\n{printed}"))?;
    verifier::verify_module(&back)
        .map_err(|e| format!("the printed module does not verify: {e}"))?;
    let again = printer::print_module(&back);
    if again != printed {
        return Err("print → read → print changed the text".into());
    }
    Ok(back)
}

/// The argument pairs `@fuzz_main` is called with.
fn arguments(seed: u64) -> [(i64, i64); 8] {
    let mut rng = Rng::new(seed ^ 0xA5A5);
    let mut r = || rng.next_u64() as i64;
    [
        (0, 0),
        (1, -1),
        (r(), r()),
        (i64::MIN, r() & 0xff),
        (i64::MAX, -(r() & 0xffff)),
        (r() >> 40, r() >> 40),
        (r(), 7),
        (-2, r()),
    ]
}

/// The engines a generated module runs on: the oracle first.
fn engines(native: bool) -> Vec<(String, EngineKind, u8)> {
    let mut v = vec![
        ("interp -O0".to_string(), EngineKind::Interpreter, 0),
        ("interp -O2".to_string(), EngineKind::Interpreter, 2),
    ];
    if native {
        for level in 0..=3 {
            v.push((format!("mcjit -O{level}"), EngineKind::Mcjit, level));
        }
    }
    v
}

/// Runs the check of `target` on one saved input (a regression file), catching panics:
/// `Ok` when the input passes.
pub fn check_input(target: Target, input: &[u8], seed: u64) -> Result<(), String> {
    match target {
        Target::LlReader => {
            let verified = guarded("the .ll reader", || check_ll(input)).and_then(|r| r)?;
            if verified {
                for arch in [Arch::X86_64, Arch::AArch64] {
                    compile_only(input, arch, 0, false)?;
                }
            }
            Ok(())
        }
        Target::BitcodeReader => guarded("the bitcode reader", || {
            jit::jit_bitcode::fuzz::check_one(input)
        }),
        Target::Irgen => check_generated(
            &String::from_utf8_lossy(input),
            seed,
            jit::native_backend().is_ok(),
        )
        .map(drop),
        Target::ExecutorProtocol => check_session(input, seed).map(drop),
    }
}

/// An executor session through the protocol's decoders and a worker's checks, with the
/// memory manager `seed` picks: how many requests reached the worker.
fn check_session(input: &[u8], seed: u64) -> Result<usize, String> {
    guarded("the executor protocol", || {
        jit_executor::fuzz::check(input, seed as usize)
    })
    .and_then(|r| r)
    .map_err(|e| format!("executor-protocol: {e}"))
}

/// The differential check of one generated module (`seed` picks the arguments): the
/// results of `@fuzz_main` on the oracle, the interpreter at -O0, when every engine
/// agrees; else what went wrong.
pub fn check_generated(text: &str, seed: u64, native: bool) -> Result<Vec<u64>, String> {
    let m = reader::parse_module(text, "gen.ll")
        .map_err(|e| format!("the generated module does not read: {e}"))?;
    verifier::verify_module(&m)
        .map_err(|e| format!("the generated module does not verify: {e}"))?;
    let m = guarded("the printer round trip", || round_trip(&m)).and_then(|r| r)?;
    // The backend of the other architecture compiles it too (not run).
    let other = match Arch::host() {
        Some(Arch::X86_64) => Arch::AArch64,
        _ => Arch::X86_64,
    };
    let level = (seed % 4) as u8;
    compile_only(printer::print_module(&m).as_bytes(), other, level, true)?;
    let args = arguments(seed);
    let mut oracle: Vec<GenericValue> = Vec::new();
    let mut mismatches: Vec<String> = Vec::new();
    for (name, kind, level) in engines(native) {
        let results = guarded(&name, || -> Result<Vec<GenericValue>, String> {
            let mut e: Box<dyn ExecutionEngine> = EngineBuilder::new()
                .kind(kind)
                .opt_level(level)
                .build()
                .map_err(|e| format!("{name}: no engine: {e}"))?;
            e.add_module(m.clone())
                .map_err(|e| format!("{name}: add_module: {e}"))?;
            args.iter()
                .map(|&(a, b)| {
                    e.run_function(
                        "fuzz_main",
                        &[
                            GenericValue::int(64, u128::from(a as u64)),
                            GenericValue::int(64, u128::from(b as u64)),
                        ],
                    )
                    .map_err(|err| format!("{name}: @fuzz_main({a}, {b}): {err}"))
                })
                .collect()
        })
        .and_then(|r| r)?;
        if oracle.is_empty() {
            oracle = results;
        } else if let Some(i) = (0..args.len()).find(|&i| oracle[i] != results[i]) {
            let (a, b) = args[i];
            let hex = |v: &GenericValue| match v {
                GenericValue::Int { value, .. } => format!("{:#x}", *value as u64),
                other => format!("{other:?}"),
            };
            mismatches.push(format!(
                "@fuzz_main({a}, {b}): interp -O0 gives {}, {name} gives {}",
                hex(&oracle[i]),
                hex(&results[i])
            ));
        }
    }
    if !mismatches.is_empty() {
        // Every engine that disagrees, first on the first line.
        return Err(mismatches.join("\n"));
    }
    Ok(oracle
        .iter()
        .map(|v| match v {
            GenericValue::Int { value, .. } => *value as u64,
            _ => 0,
        })
        .collect())
}

/// What a campaign did.
#[derive(Debug, Default)]
pub struct Stats {
    /// Cases run.
    pub execs: u64,
    /// Cases whose input was accepted (read, or generated and run).
    pub accepted: u64,
    /// The failures.
    pub findings: Vec<Finding>,
    /// Wall-clock time.
    pub elapsed: Duration,
}

/// Runs cases `first_seed, first_seed + 1, ...` until `count` cases ran or `time` passed
/// (whichever comes first; at least one must be given, else one case runs). `before` is
/// called with each seed before its case runs (to record it, in case the process dies).
pub fn campaign(
    fuzzer: &Fuzzer,
    first_seed: u64,
    count: Option<u64>,
    time: Option<Duration>,
    mut before: impl FnMut(u64),
) -> Stats {
    let start = Instant::now();
    let mut stats = Stats::default();
    let count = match (count, time) {
        (None, None) => Some(1),
        (c, _) => c,
    };
    let mut seed = first_seed;
    loop {
        if count.is_some_and(|c| stats.execs >= c) || time.is_some_and(|t| start.elapsed() >= t) {
            break;
        }
        before(seed);
        match fuzzer.run_case(seed) {
            Ok(accepted) => stats.accepted += u64::from(accepted),
            Err(f) => stats.findings.push(f),
        }
        stats.execs += 1;
        seed = seed.wrapping_add(1);
    }
    stats.elapsed = start.elapsed();
    stats
}
