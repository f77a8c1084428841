//! The measures. The driver ([`run_all`]) runs each engine's share of a measure in a child
//! process of this same binary (`jit-bench child ...`), so a crash or an abort in one engine
//! costs only its own entries, which the report then lists as not measured, with the reason.

use crate::engines::{self, EngineId};
use crate::generated;
use crate::results::*;
use peer_llvm::Llvm;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Settings of one run.
#[derive(Clone, Debug)]
pub struct Config {
    pub repo: PathBuf,
    pub work: PathBuf,
    pub jit_cli: PathBuf,
    pub quick: bool,
}

impl Config {
    fn corpus_dir(&self) -> PathBuf {
        self.repo.join("tests/corpus")
    }
    pub fn kernels_dir(&self) -> PathBuf {
        self.repo.join("bench/kernels")
    }
}

/// Repetition policy for in-process timings: one warm-up, then at least `min` and at most
/// `max` timed runs, stopping after `min` once `budget` has passed.
#[derive(Clone, Copy, Debug)]
pub struct Repeat {
    pub min: usize,
    pub max: usize,
    pub budget: Duration,
}

impl Repeat {
    pub fn compile(quick: bool) -> Repeat {
        if quick {
            Repeat {
                min: 1,
                max: 2,
                budget: Duration::from_millis(100),
            }
        } else {
            Repeat {
                min: 3,
                max: 7,
                budget: Duration::from_millis(500),
            }
        }
    }
    pub fn describe(&self) -> String {
        format!(
            "1 warm-up, then {}–{} timed runs (stopping after {} once {} ms have passed)",
            self.min,
            self.max,
            self.min,
            self.budget.as_millis()
        )
    }
    /// Runs `f` (which returns one sample, seconds) by this policy.
    pub fn run(&self, mut f: impl FnMut() -> Result<f64, String>) -> Outcome {
        if let Err(e) = f() {
            return Outcome::NotMeasured(e);
        }
        let start = Instant::now();
        let mut samples = Vec::new();
        while samples.len() < self.max
            && (samples.len() < self.min || start.elapsed() < self.budget)
        {
            match f() {
                Ok(s) => samples.push(s),
                Err(e) => return Outcome::NotMeasured(e),
            }
        }
        Outcome::from_samples(&samples)
    }
}

/// One module of the compile measure.
pub struct CompileModule {
    pub name: String,
    pub group: String,
    pub text: String,
    pub symbol: String,
    pub functions: usize,
}

/// The corpus modules (x86-64, -O0 and -O2; a sample of them when quick) and the
/// generated ones, in a fixed order.
pub fn compile_modules(cfg: &Config) -> Result<Vec<CompileModule>, String> {
    let dir = cfg.corpus_dir().join("x86_64");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ll"))
        .collect();
    files.sort();
    if cfg.quick {
        // A sample of programs, each at both levels.
        let mut programs: Vec<String> = files
            .iter()
            .filter_map(|f| Some(f.file_stem()?.to_str()?.split('.').next()?.to_string()))
            .collect();
        programs.dedup();
        let keep: Vec<String> = programs.into_iter().step_by(12).collect();
        files.retain(|f| {
            let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            keep.iter()
                .any(|k| stem.split('.').next() == Some(k.as_str()))
        });
    }
    let mut out = Vec::new();
    for opt in ["O0", "O2"] {
        for f in &files {
            let stem = f.file_stem().unwrap_or_default().to_string_lossy();
            if !stem.ends_with(opt) {
                continue;
            }
            let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
            out.push(CompileModule {
                name: stem.to_string(),
                group: format!("corpus-{opt}"),
                functions: text.lines().filter(|l| l.starts_with("define ")).count(),
                text,
                symbol: "main".to_string(),
            });
        }
    }
    for g in generated::all(cfg.quick) {
        out.push(CompileModule {
            name: g.name,
            group: "generated".to_string(),
            text: g.text,
            symbol: g.symbol,
            functions: g.functions,
        });
    }
    Ok(out)
}

/// Engines of the compile measure.
pub fn compile_engines() -> Vec<EngineId> {
    vec![
        EngineId::Ours { opt: 0, mm: None },
        EngineId::Ours { opt: 2, mm: None },
        EngineId::Mcjit(0),
        EngineId::Mcjit(2),
        EngineId::Orc(2),
        EngineId::Cranelift(false),
        EngineId::Cranelift(true),
    ]
}

fn llvm_for(engine: &EngineId) -> Result<Option<Llvm>, String> {
    match engine {
        EngineId::Mcjit(_) | EngineId::Orc(_) => Llvm::new().map(Some).map_err(|e| e.to_string()),
        _ => Ok(None),
    }
}

#[derive(Serialize, Deserialize)]
struct CompileLine {
    index: usize,
    outcome: Outcome,
}

/// Child: compile modules `start..` with `engine`, one JSON line per module to `out`.
pub fn child_compile(
    cfg: &Config,
    engine: &EngineId,
    start: usize,
    out: &Path,
) -> Result<(), String> {
    let modules = compile_modules(cfg)?;
    let llvm = llvm_for(engine)?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(out)
        .map_err(|e| format!("{}: {e}", out.display()))?;
    let repeat = Repeat::compile(cfg.quick);
    for (index, m) in modules.iter().enumerate().skip(start) {
        eprintln!("compiling {index} {}", m.name);
        let outcome = match engines::load(engine, llvm.as_ref(), &m.text, &m.name) {
            Err(e) => Outcome::NotMeasured(e),
            Ok(loaded) => repeat.run(|| {
                let (t, live, _) = loaded.compile(&m.symbol)?;
                drop(live);
                Ok(t.as_secs_f64())
            }),
        };
        let line =
            serde_json::to_string(&CompileLine { index, outcome }).map_err(|e| e.to_string())?;
        writeln!(file, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Runs a child of this binary; returns its captured stdout, or how it failed.
fn spawn_child(args: &[String], limit: Duration) -> Result<Vec<u8>, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .arg("child")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start the child process: {e}"))?;
    capture(&mut child, limit)
}

/// Waits for `child` (killing it after `limit`); its stdout on success, else why it failed
/// with the last lines of its stderr.
fn capture(child: &mut std::process::Child, limit: Duration) -> Result<Vec<u8>, String> {
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(p) = stdout.as_mut() {
            let _ = p.read_to_end(&mut b);
        }
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(p) = stderr.as_mut() {
            let _ = p.read_to_end(&mut b);
        }
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Ok(s),
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("timed out after {} s", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => break Err(e.to_string()),
        }
    };
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    let tail = || {
        let text = String::from_utf8_lossy(&err);
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        lines[lines.len().saturating_sub(3)..].join(" / ")
    };
    match status {
        Ok(s) if s.success() => Ok(out),
        Ok(s) => {
            use std::os::unix::process::ExitStatusExt as _;
            let how = match (s.code(), s.signal()) {
                (Some(c), _) => format!("exit code {c}"),
                (_, Some(sig)) => format!("signal {sig}"),
                _ => "unknown status".to_string(),
            };
            Err(format!("process failed ({how}): {}", tail()))
        }
        Err(e) => Err(format!("{e}: {}", tail())),
    }
}

/// The compile measure: every module for every engine.
pub fn compile(cfg: &Config) -> Result<Vec<CompileRow>, String> {
    let modules = compile_modules(cfg)?;
    let mut rows: Vec<CompileRow> = modules
        .iter()
        .map(|m| CompileRow {
            module: m.name.clone(),
            group: m.group.clone(),
            functions: m.functions,
            bytes: m.text.len(),
            results: BTreeMap::new(),
        })
        .collect();
    for engine in compile_engines() {
        let id = engine.id();
        eprintln!("jit-bench: compile: {id}");
        let out = cfg.work.join(format!("compile-{id}.jsonl"));
        let _ = std::fs::remove_file(&out);
        let mut start = 0;
        while start < modules.len() {
            let result = spawn_child(
                &[
                    "compile".into(),
                    "--engine".into(),
                    id.clone(),
                    "--start".into(),
                    start.to_string(),
                    "--out".into(),
                    out.display().to_string(),
                ],
                Duration::from_secs(1800),
            );
            let text = std::fs::read_to_string(&out).unwrap_or_default();
            let mut done = start;
            for line in text.lines() {
                // An index past the parent's list means the corpus changed under the run.
                if let Ok(l) = serde_json::from_str::<CompileLine>(line)
                    && let Some(row) = rows.get_mut(l.index)
                {
                    row.results.insert(id.clone(), l.outcome);
                    done = done.max(l.index + 1);
                }
            }
            match result {
                Ok(_) => break,
                Err(e) if done < modules.len() => {
                    // The module being compiled when the child died.
                    rows[done]
                        .results
                        .insert(id.clone(), Outcome::NotMeasured(e));
                    start = done + 1;
                }
                Err(_) => break,
            }
        }
        for row in &mut rows {
            row.results.entry(id.clone()).or_insert_with(|| {
                Outcome::NotMeasured("no result from the engine's process".to_string())
            });
        }
    }
    Ok(rows)
}

/// The module of the first-call measure.
pub const FIRST_CALL_MODULE: &str =
    "define i32 @add1(i32 %x) {\nentry:\n  %r = add i32 %x, 1\n  ret i32 %r\n}\n";

/// Engines of the first-call measure.
pub fn first_call_engines() -> Vec<EngineId> {
    vec![
        EngineId::Ours { opt: 0, mm: None },
        EngineId::Ours {
            opt: 0,
            mm: Some("pool".to_string()),
        },
        EngineId::Mcjit(0),
        EngineId::Mcjit(2),
        EngineId::Orc(0),
        EngineId::Orc(2),
        EngineId::Cranelift(false),
    ]
}

/// Runs of the first-call measure.
pub fn first_call_runs(quick: bool) -> usize {
    if quick { 20 } else { 200 }
}

/// Child: new engine + the one-function module + a call, repeatedly; writes an Outcome.
pub fn child_first_call(cfg: &Config, engine: &EngineId, out: &Path) -> Result<(), String> {
    let llvm = llvm_for(engine)?;
    let runs = first_call_runs(cfg.quick);
    let outcome = match engines::load(engine, llvm.as_ref(), FIRST_CALL_MODULE, "first_call.ll") {
        Err(e) => Outcome::NotMeasured(e),
        Ok(loaded) => {
            let mut samples = Vec::new();
            let mut failure = None;
            for i in 0..=runs {
                let r = loaded.compile("add1").and_then(|(t, live, addr)| {
                    let start = Instant::now();
                    // SAFETY: `add1` is `i32 (i32)` compiled for this machine.
                    let f: extern "C" fn(i32) -> i32 =
                        unsafe { std::mem::transmute(addr as usize) };
                    let v = f(41);
                    let total = t + start.elapsed();
                    drop(live);
                    if v == 42 {
                        Ok(total.as_secs_f64())
                    } else {
                        Err(format!("add1(41) returned {v}"))
                    }
                });
                match r {
                    Ok(s) if i > 0 => samples.push(s),
                    Ok(_) => {}
                    Err(e) => {
                        failure = Some(e);
                        break;
                    }
                }
            }
            match failure {
                Some(e) => Outcome::NotMeasured(e),
                None => Outcome::from_samples(&samples),
            }
        }
    };
    write_json(out, &outcome)
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The first-call measure.
pub fn first_call(cfg: &Config) -> BTreeMap<String, Outcome> {
    let mut out = BTreeMap::new();
    for engine in first_call_engines() {
        let id = engine.id();
        eprintln!("jit-bench: first call: {id}");
        let file = cfg.work.join(format!("first-call-{id}.json"));
        let _ = std::fs::remove_file(&file);
        let r = spawn_child(
            &[
                "first-call".into(),
                "--engine".into(),
                id.clone(),
                "--out".into(),
                file.display().to_string(),
            ],
            Duration::from_secs(600),
        )
        .and_then(|_| read_json::<Outcome>(&file));
        out.insert(id, r.unwrap_or_else(Outcome::NotMeasured));
    }
    out
}

/// A kernel: its C source, `.ll` (clang-19 -O2) and native binary (clang-19 -O2).
pub struct Kernel {
    pub name: String,
    pub ll: PathBuf,
    pub native: PathBuf,
}

/// Compiles every kernel to `.ll` and to a native binary under the work directory.
pub fn build_kernels(cfg: &Config) -> Result<Vec<Kernel>, String> {
    let dir = cfg.kernels_dir();
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    sources.sort();
    if cfg.quick {
        sources.retain(|p| {
            let n = p.file_stem().unwrap_or_default().to_string_lossy();
            n == "fib" || n == "sieve" || n == "mandelbrot"
        });
    }
    let out_dir = cfg.work.join("kernels");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let mut kernels = Vec::new();
    for src in sources {
        let name = src
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let ll = out_dir.join(format!("{name}.ll"));
        let native = out_dir.join(&name);
        let clang = |args: &[&str]| -> Result<(), String> {
            let o = Command::new("clang-19")
                .args(args)
                .output()
                .map_err(|e| format!("clang-19: {e}"))?;
            if o.status.success() {
                Ok(())
            } else {
                Err(format!(
                    "clang-19 {}: {}",
                    args.join(" "),
                    String::from_utf8_lossy(&o.stderr)
                ))
            }
        };
        let s = src.display().to_string();
        clang(&[
            "-O2",
            "-S",
            "-emit-llvm",
            &s,
            "-o",
            &ll.display().to_string(),
        ])?;
        clang(&["-O2", &s, "-o", &native.display().to_string(), "-lm"])?;
        kernels.push(Kernel { name, ll, native });
    }
    Ok(kernels)
}

/// Timed runs of a kernel after its warm-up run.
pub fn kernel_runs(quick: bool) -> usize {
    if quick { 1 } else { 3 }
}

#[derive(Serialize, Deserialize)]
struct KernelTimes {
    compile: f64,
    runs: Vec<f64>,
}

unsafe extern "C" {
    fn fflush(stream: *mut std::ffi::c_void) -> i32;
}

/// Child: compile a kernel's `main` with `engine`, then call it (warm-up + timed runs);
/// the kernel's own output goes to stdout for the parent to check.
pub fn child_kernel(cfg: &Config, engine: &EngineId, ll: &Path, out: &Path) -> Result<(), String> {
    let llvm = llvm_for(engine)?;
    let text = std::fs::read_to_string(ll).map_err(|e| format!("{}: {e}", ll.display()))?;
    let loaded = engines::load(engine, llvm.as_ref(), &text, &ll.display().to_string())?;
    let (compile, live, addr) = loaded.compile("main")?;
    // SAFETY: clang's `int main(void)`, called as `int main(int, char **)` — the extra
    // arguments are ignored under the C calling convention.
    let main: extern "C" fn(i32, *const *const i8) -> i32 =
        unsafe { std::mem::transmute(addr as usize) };
    let argv: [*const i8; 2] = [c"kernel".as_ptr(), std::ptr::null()];
    let mut runs = Vec::new();
    let mut timed = kernel_runs(cfg.quick);
    let mut i = 0;
    while i <= timed {
        let start = Instant::now();
        let code = main(1, argv.as_ptr());
        let t = start.elapsed().as_secs_f64();
        // SAFETY: flushing all C streams, so the kernel's printf output reaches the pipe.
        unsafe { fflush(std::ptr::null_mut()) };
        if code != 0 {
            return Err(format!("main returned {code}"));
        }
        if i == 0 && t > 3.0 && !cfg.quick {
            // A slow engine: one timed run after the warm-up keeps the budget.
            timed = 1;
        }
        runs.push(t);
        i += 1;
    }
    drop(live);
    write_json(
        out,
        &KernelTimes {
            compile: compile.as_secs_f64(),
            runs,
        },
    )
}

/// Engines of the code-speed measure, ours at the OptLevels that produce distinct code.
pub fn kernel_engines(our_levels: &[u8]) -> Vec<EngineId> {
    let mut v: Vec<EngineId> = our_levels
        .iter()
        .map(|&opt| EngineId::Ours { opt, mm: None })
        .collect();
    v.extend([
        EngineId::Mcjit(0),
        EngineId::Mcjit(2),
        EngineId::Cranelift(false),
        EngineId::Cranelift(true),
    ]);
    v
}

/// Compares our backend's output for every kernel at OptLevels 0–3; returns notes for the
/// report and the levels worth measuring (those whose code differs from every lower level
/// for some kernel).
pub fn compare_opt_levels(kernels: &[Kernel]) -> (Vec<String>, Vec<u8>) {
    let mut notes = Vec::new();
    let mut levels = vec![0u8];
    let backend = match jit::native_backend() {
        Ok(b) => b,
        Err(e) => return (vec![format!("no native backend: {e}")], levels),
    };
    let mut identical = Vec::new();
    for k in kernels {
        let text = match std::fs::read_to_string(&k.ll) {
            Ok(t) => t,
            Err(e) => {
                notes.push(format!("{}: {e}", k.name));
                continue;
            }
        };
        let module = match jit::load_module_str(&text, &k.name) {
            Ok(m) => m,
            Err(e) => {
                notes.push(format!("`{}`: cannot compare levels: {e}", k.name));
                continue;
            }
        };
        let objects: Result<Vec<String>, String> = (0..=3u8)
            .map(|opt_level| {
                let options = jit::jit_core::backend::CodegenOptions {
                    opt_level,
                    ..Default::default()
                };
                backend
                    .compile(&module, &options)
                    .map(|o| format!("{:?}{:?}{:?}", o.sections, o.symbols, o.relocations))
                    .map_err(|e| e.to_string())
            })
            .collect();
        match objects {
            Err(e) => notes.push(format!("`{}`: cannot compare levels: {e}", k.name)),
            Ok(objs) => {
                let mut same = true;
                for level in 1..=3u8 {
                    if objs[..level as usize]
                        .iter()
                        .all(|o| *o != objs[level as usize])
                    {
                        same = false;
                        if !levels.contains(&level) {
                            levels.push(level);
                        }
                    }
                }
                if same {
                    identical.push(format!("`{}`", k.name));
                }
            }
        }
    }
    if !identical.is_empty() {
        notes.insert(
            0,
            format!(
                "OptLevel 0, 1, 2 and 3 produce byte-identical code (sections, symbols and relocations) for: {}",
                identical.join(", ")
            ),
        );
    }
    levels.sort_unstable();
    (notes, levels)
}

fn run_native(path: &Path) -> Result<(f64, Vec<u8>), String> {
    let start = Instant::now();
    let mut child = Command::new(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let out = capture(&mut child, Duration::from_secs(120))?;
    Ok((start.elapsed().as_secs_f64(), out))
}

/// The code-speed measure.
pub fn kernels(cfg: &Config, kernels: &[Kernel], our_levels: &[u8]) -> Vec<KernelRow> {
    let mut rows = Vec::new();
    for k in kernels {
        eprintln!("jit-bench: kernel {}", k.name);
        let mut results = BTreeMap::new();
        let runs = kernel_runs(cfg.quick);
        let mut native_times = Vec::new();
        let mut expected = None;
        let mut native_error = None;
        for i in 0..=runs {
            match run_native(&k.native) {
                Ok((t, out)) => {
                    if i > 0 {
                        native_times.push(t);
                    }
                    if expected.as_ref().is_some_and(|e| *e != out) {
                        native_error = Some("native output differs between runs".to_string());
                    }
                    expected = Some(out);
                }
                Err(e) => native_error = Some(e),
            }
        }
        let expected = expected.unwrap_or_default();
        results.insert(
            "native".to_string(),
            match native_error {
                Some(e) => Outcome::NotMeasured(e),
                None => Outcome::from_samples(&native_times),
            },
        );
        for engine in kernel_engines(our_levels) {
            let id = engine.id();
            let file = cfg.work.join(format!("kernel-{}-{id}.json", k.name));
            let _ = std::fs::remove_file(&file);
            let r = spawn_child(
                &[
                    "kernel".into(),
                    "--engine".into(),
                    id.clone(),
                    "--ll".into(),
                    k.ll.display().to_string(),
                    "--out".into(),
                    file.display().to_string(),
                ],
                Duration::from_secs(300),
            )
            .and_then(|stdout| {
                let times: KernelTimes = read_json(&file)?;
                let want = expected.repeat(times.runs.len());
                if stdout != want {
                    return Err(format!(
                        "wrong checksum: printed {:?}, native printed {:?} per run",
                        String::from_utf8_lossy(&stdout).trim(),
                        String::from_utf8_lossy(&expected).trim()
                    ));
                }
                Ok(Outcome::from_samples(&times.runs[1..]))
            });
            let outcome = r.unwrap_or_else(Outcome::NotMeasured);
            eprintln!("jit-bench:   {id}: {outcome:?}");
            results.insert(id, outcome);
        }
        rows.push(KernelRow {
            kernel: k.name.clone(),
            checksum: String::from_utf8_lossy(&expected).trim().to_string(),
            results,
        });
    }
    rows
}

/// A module of `n` functions, each with its own 32-byte global that it reads and writes.
pub fn memory_module(n: usize) -> String {
    let mut text = String::new();
    use std::fmt::Write as _;
    for i in 0..n {
        let _ = write!(
            text,
            "@g{i} = global [4 x i64] [i64 {i}, i64 1, i64 2, i64 3]\n\
             define i64 @m{i}(i64 %x) {{\n  %p = getelementptr [4 x i64], ptr @g{i}, i64 0, i64 1\n  \
             %v = load i64, ptr %p\n  %r = add i64 %v, %x\n  store i64 %r, ptr %p\n  ret i64 %r\n}}\n"
        );
    }
    text
}

/// Engines of the memory measure: each of our managers and LLVM's (MCJIT's default).
pub fn memory_engines() -> Vec<EngineId> {
    let mut v: Vec<EngineId> = ["section", "pool", "huge"]
        .into_iter()
        .map(|mm| EngineId::Ours {
            opt: 0,
            mm: Some(mm.to_string()),
        })
        .collect();
    v.push(EngineId::Mcjit(0));
    v
}

/// Address space and resident bytes of anonymous mappings and of `memfd` files (which
/// managers with a dual W^X mapping use), not counting the brk heap. Every view counts as
/// address space; the resident pages of two views of the same memfd range count once.
fn anonymous_mapped() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/self/smaps").unwrap_or_default();
    parse_smaps(&text)
}

fn parse_smaps(text: &str) -> (u64, u64) {
    // Key: None for an anonymous mapping (each counts), or (inode, offset) for memfd.
    let mut memfd: BTreeMap<(String, String), (u64, u64)> = BTreeMap::new();
    let (mut size, mut rss) = (0u64, 0u64);
    let mut current: Option<Option<(String, String)>> = None;
    let (mut this_size, mut this_rss) = (0u64, 0u64);
    let mut flush = |key: &Option<Option<(String, String)>>, sz: u64, rs: u64| match key {
        Some(None) => {
            size += sz;
            rss += rs;
        }
        Some(Some(k)) => {
            // Every view takes address space; the pages behind them are resident once.
            size += sz;
            let e = memfd.entry(k.clone()).or_default();
            e.1 = e.1.max(rs);
        }
        None => {}
    };
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let header = fields
            .first()
            .is_some_and(|f| f.contains('-') && !f.ends_with(':'));
        if header {
            flush(&current, this_size, this_rss);
            (this_size, this_rss) = (0, 0);
            current = match fields.as_slice() {
                [_, _, _, _, "0"] => Some(None),
                [_, _, offset, _, inode, path, ..] if path.starts_with("/memfd:") => {
                    Some(Some((inode.to_string(), offset.to_string())))
                }
                _ => None,
            };
            continue;
        }
        let kb = || -> u64 { fields.get(1).and_then(|v| v.parse().ok()).unwrap_or(0) * 1024 };
        match fields.first() {
            Some(&"Size:") => this_size = kb(),
            Some(&"Rss:") => this_rss = kb(),
            _ => {}
        }
    }
    flush(&current, this_size, this_rss);
    rss += memfd.values().map(|(_, r)| r).sum::<u64>();
    (size, rss)
}

/// Child: compile the memory module of `n` functions with `engine`; writes [`Memory`].
pub fn child_memory(engine: &EngineId, n: usize, out: &Path) -> Result<(), String> {
    // Keep malloc out of the anonymous mappings being counted: the main arena grows with
    // brk (the named `[heap]`) up to the largest threshold glibc accepts.
    // SAFETY: mallopt only changes allocator tuning.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
    }
    let llvm = llvm_for(engine)?;
    let text = memory_module(n);
    let loaded = engines::load(engine, llvm.as_ref(), &text, "memory.ll")?;
    let before = anonymous_mapped();
    let (_, live, _) = loaded.compile(&format!("m{}", n - 1))?;
    let after = anonymous_mapped();
    if let Ok(path) = std::env::var("JIT_BENCH_DUMP_SMAPS") {
        // For checking what the measure counts: the mappings after the compile.
        let _ = std::fs::copy("/proc/self/smaps", path);
    }
    let payload = live.ours().map(|e| e.memory_manager().stats().bytes_used);
    let m = Memory {
        mapped: after.0.saturating_sub(before.0),
        resident: after.1.saturating_sub(before.1),
        payload,
    };
    drop(live);
    write_json(out, &m)
}

/// The memory measure, for 1 and 1,000 functions.
pub fn memory(cfg: &Config) -> Vec<MemoryRow> {
    let mut rows = Vec::new();
    for n in [1usize, 1000] {
        let mut results = BTreeMap::new();
        for engine in memory_engines() {
            let id = engine.id();
            let id = if id == "mcjit-O0" {
                "llvm-section".to_string()
            } else {
                id
            };
            eprintln!("jit-bench: memory {n}: {id}");
            let file = cfg.work.join(format!("memory-{n}-{id}.json"));
            let _ = std::fs::remove_file(&file);
            let r = spawn_child(
                &[
                    "memory".into(),
                    "--engine".into(),
                    engine.id(),
                    "--functions".into(),
                    n.to_string(),
                    "--out".into(),
                    file.display().to_string(),
                ],
                Duration::from_secs(300),
            )
            .and_then(|_| read_json::<Memory>(&file));
            results.insert(id, r);
        }
        rows.push(MemoryRow {
            functions: n,
            results,
        });
    }
    rows
}

/// Whole-process commands: ours and lli-19 with each JIT kind.
pub fn process_commands(cfg: &Config, ll: &Path) -> Vec<(String, Vec<String>)> {
    let ll = ll.display().to_string();
    let jit = cfg.jit_cli.display().to_string();
    vec![
        (
            "jit run".to_string(),
            vec![jit.clone(), "run".into(), ll.clone()],
        ),
        // The levels a user could pin instead of the default (tiered) run.
        (
            "jit run -O0".to_string(),
            vec![jit.clone(), "run".into(), "-O0".into(), ll.clone()],
        ),
        (
            "jit run -O2".to_string(),
            vec![jit, "run".into(), "-O2".into(), ll.clone()],
        ),
        (
            "lli mcjit".to_string(),
            vec!["lli-19".into(), "--jit-kind=mcjit".into(), ll.clone()],
        ),
        (
            "lli orc".to_string(),
            vec!["lli-19".into(), "--jit-kind=orc".into(), ll],
        ),
    ]
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:+,@%".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[derive(Deserialize)]
struct HyperfineReport {
    results: Vec<HyperfineResult>,
}

#[derive(Deserialize)]
struct HyperfineResult {
    times: Vec<f64>,
}

struct CorpusProgram {
    name: String,
    args: Vec<String>,
    stdout: Vec<u8>,
    exit: i32,
}

fn corpus_programs(cfg: &Config) -> Result<Vec<CorpusProgram>, String> {
    let src = cfg.corpus_dir().join("src");
    let mut names: Vec<String> = std::fs::read_dir(&src)
        .map_err(|e| format!("{}: {e}", src.display()))?
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "c").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    if cfg.quick {
        names = names.into_iter().step_by(12).collect();
    }
    let expected = cfg.corpus_dir().join("expected");
    names
        .into_iter()
        .map(|name| {
            let stdout = std::fs::read(expected.join(format!("{name}.stdout")))
                .map_err(|e| format!("{name}.stdout: {e}"))?;
            let exit = std::fs::read_to_string(expected.join(format!("{name}.exit")))
                .map_err(|e| format!("{name}.exit: {e}"))?
                .trim()
                .parse()
                .map_err(|e| format!("{name}.exit: {e}"))?;
            let args = std::fs::read_to_string(src.join(format!("{name}.args")))
                .map(|s| s.lines().map(str::to_owned).collect())
                .unwrap_or_default();
            Ok(CorpusProgram {
                name,
                args,
                stdout,
                exit,
            })
        })
        .collect()
}

/// The whole-process measure with hyperfine, on every corpus program at -O0 and -O2.
pub fn process(cfg: &Config) -> Result<Vec<ProcessRow>, String> {
    let runs = if cfg.quick { 2 } else { 5 };
    let mut rows = Vec::new();
    let programs = corpus_programs(cfg)?;
    for opt in ["O0", "O2"] {
        for p in &programs {
            let ll = cfg
                .corpus_dir()
                .join("x86_64")
                .join(format!("{}.{opt}.ll", p.name));
            let mut results = BTreeMap::new();
            let mut timed = Vec::new();
            for (id, mut argv) in process_commands(cfg, &ll) {
                argv.extend(p.args.iter().cloned());
                // Checked once before timing: same stdout and exit status as native.
                let check = Command::new(&argv[0])
                    .args(&argv[1..])
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .spawn()
                    .map_err(|e| format!("{}: {e}", argv[0]))
                    .and_then(|mut c| {
                        let start = Instant::now();
                        let mut out = Vec::new();
                        if let Some(mut s) = c.stdout.take() {
                            let _ = s.read_to_end(&mut out);
                        }
                        loop {
                            if let Some(st) = c.try_wait().map_err(|e| e.to_string())? {
                                break Ok((out, st.code()));
                            }
                            if start.elapsed() > Duration::from_secs(60) {
                                let _ = c.kill();
                                let _ = c.wait();
                                break Err("timed out after 60 s".to_string());
                            }
                            std::thread::sleep(Duration::from_millis(2));
                        }
                    });
                match check {
                    Ok((out, code)) if out == p.stdout && code == Some(p.exit) => {
                        timed.push((id, argv));
                    }
                    Ok((out, code)) => {
                        let how = match code {
                            Some(c) if c != p.exit => format!("exit status {c}, native {}", p.exit),
                            Some(_) if out != p.stdout => "stdout differs from native".to_string(),
                            Some(_) => "differs from native".to_string(),
                            None => "killed by a signal".to_string(),
                        };
                        results.insert(id, Outcome::NotMeasured(format!("wrong result: {how}")));
                    }
                    Err(e) => {
                        results.insert(id, Outcome::NotMeasured(e));
                    }
                }
            }
            if !timed.is_empty() {
                let json = cfg.work.join("hyperfine.json");
                let mut cmd = Command::new("hyperfine");
                cmd.args(["-N", "-i", "--style", "none", "--warmup", "1", "--runs"])
                    .arg(runs.to_string())
                    .arg("--export-json")
                    .arg(&json);
                for (_, argv) in &timed {
                    let line: Vec<String> = argv.iter().map(|a| shell_quote(a)).collect();
                    cmd.arg(line.join(" "));
                }
                let r = cmd
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .output()
                    .map_err(|e| format!("hyperfine: {e}"))
                    .and_then(|o| {
                        if o.status.success() {
                            read_json::<HyperfineReport>(&json)
                        } else {
                            Err(format!(
                                "hyperfine: {}",
                                String::from_utf8_lossy(&o.stderr).trim()
                            ))
                        }
                    });
                match r {
                    Ok(report) => {
                        for ((id, _), res) in timed.iter().zip(report.results) {
                            results.insert(id.clone(), Outcome::from_samples(&res.times));
                        }
                    }
                    Err(e) => {
                        for (id, _) in &timed {
                            results.insert(id.clone(), Outcome::NotMeasured(e.clone()));
                        }
                    }
                }
            }
            eprintln!("jit-bench: process {}.{opt}", p.name);
            rows.push(ProcessRow {
                program: p.name.clone(),
                opt: opt.to_string(),
                results,
            });
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smaps_counts_anonymous_and_memfd_once_per_range() {
        let text = "\
7f0000000000-7f0000001000 rw-p 00000000 00:00 0 \n\
Size:                  4 kB\n\
Rss:                   4 kB\n\
7f0000001000-7f0000003000 rw-s 00000000 00:01 77   /memfd:pool (deleted)\n\
Size:                  8 kB\n\
Rss:                   8 kB\n\
7f0000003000-7f0000005000 r-xs 00000000 00:01 77   /memfd:pool (deleted)\n\
Size:                  8 kB\n\
Rss:                   8 kB\n\
55d000000000-55d000100000 rw-p 00000000 00:00 0    [heap]\n\
Size:               1024 kB\n\
Rss:                1024 kB\n\
7f1000000000-7f1000001000 r-xp 00000000 08:01 123  /usr/lib/libc.so.6\n\
Size:                  4 kB\n\
Rss:                   4 kB\n";
        assert_eq!(parse_smaps(text), (20 * 1024, 12 * 1024));
    }

    #[test]
    fn memory_module_parses_and_verifies() {
        jit::load_module_str(&memory_module(3), "memory.ll").unwrap();
    }
}
