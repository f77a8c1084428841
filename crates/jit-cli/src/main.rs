//! `jit`: runs `.ll` programs the way `lli` does, and checks them.
//!
//! `jit run FILE.ll ARGS...` runs `main` with ARGS and exits with its code (or the `exit()`
//! code); the program's output is its own. FILE may be `.ll` text, LLVM bitcode (`clang -c
//! -emit-llvm`) or an ELF object, with more modules, objects, archives and shared libraries
//! as `lli` takes them. `jit check FILE.ll` parses and verifies. `jit opt -O2 FILE.ll -o
//! OUT.ll` (or `--passes=PIPELINE`) writes the optimized module. `jit link A.ll B.bc -o
//! out.bc` links modules like `llvm-link`. Bad input is one clear message on stderr and exit
//! code 1, never a panic backtrace.

use clap::{Parser, Subcommand};
use jit::jit_core::EngineError;
use jit::{EngineBuilder, EngineKind, JitError};
use std::path::PathBuf;
use std::process::ExitCode;

/// Stack for the thread that runs the program: deep recursion in C programs is common and
/// the interpreter's native frames (FFI callbacks) use it too.
const PROGRAM_STACK_BYTES: usize = 1 << 30;

#[derive(Parser)]
#[command(
    name = "jit",
    version,
    about = "Runs LLVM IR (.ll or bitcode) programs, like lli"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run `main` of a .ll file (or of an ELF object from `cc -c -fPIC`) with the given
    /// arguments.
    Run(Box<RunArgs>),
    /// Parse and verify a .ll or bitcode file; print problems as FILE:LINE:COL: message.
    Check {
        /// The .ll or bitcode file.
        file: PathBuf,
    },
    /// Link modules (.ll or bitcode) into one, like llvm-link: `jit link A.ll B.bc -o out.bc`.
    Link {
        /// The modules, linked in order into the first.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The file to write.
        #[arg(short = 'o')]
        output: PathBuf,
        /// Write .ll text instead of bitcode.
        #[arg(short = 'S')]
        text: bool,
    },
    /// Compile a .ll file to an ELF relocatable object for a target (any host can produce
    /// code for any supported target): `jit compile --target aarch64 FILE.ll -o FILE.o`.
    Compile {
        /// Target architecture: `aarch64` or `x86_64` (not needed with --emit-bc).
        #[arg(long, required_unless_present = "emit_bc")]
        target: Option<String>,
        /// Optimisation level of the code generator (-O0 .. -O3).
        #[arg(short = 'O', default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=3))]
        opt_level: u8,
        /// Write the verified module as LLVM bitcode instead of an object.
        #[arg(long = "emit-bc")]
        emit_bc: bool,
        /// The .ll (or bitcode) file.
        file: PathBuf,
        /// The object file to write.
        #[arg(short = 'o')]
        output: PathBuf,
        /// Print the time spent in each phase of code generation (like `llc -time-passes`).
        #[arg(long)]
        time_passes: bool,
    },
    /// Optimize a .ll file and print the result as .ll text (like LLVM's `opt -S`):
    /// `jit opt -O2 FILE.ll -o OUT.ll`, `jit opt --passes=mem2reg,instcombine FILE.ll`.
    Opt(OptArgs),
    /// List the memory managers this build has (name and description), and the plugins
    /// given with --mm-plugin.
    Managers {
        /// A memory-manager plugin to describe too (PATH.so[:CONFIG]); may be repeated.
        #[arg(long = "mm-plugin")]
        plugins: Vec<String>,
    },
}

#[derive(clap::Args)]
struct RunArgs {
    /// Execution engine: `mcjit` (native code; the default where this build has a backend
    /// for the host) or `interp` (the reference interpreter).
    #[arg(long)]
    engine: Option<String>,
    /// Optimisation level (-O0 .. -O3): 1 to 3 run the IR optimizer's pipeline of that
    /// level before the program runs (on either engine) and optimize native code. Pins the
    /// level: no tiering.
    #[arg(short = 'O', value_parser = clap::value_parser!(u8).range(0..=3))]
    opt_level: Option<u8>,
    /// Tiered execution on the native engine: tier-0 code first, hot functions
    /// recompiled at -O2 on a background thread. The default unless -O is given.
    #[arg(long, value_name = "on|off")]
    tiering: Option<Switch>,
    /// Calls plus loop iterations after which a function is recompiled (tiering);
    /// $JIT_TIER_THRESHOLD sets it too.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    tier_threshold: Option<u32>,
    /// Tiering: a thread whose function ran out of count waits for its replacement, so
    /// the next call runs optimized code (deterministic; for tests).
    #[arg(long)]
    tier_sync: bool,
    /// Write /tmp/perf-<pid>.map naming every function of the native code (tier-up
    /// replacements included), for `perf report`; $JIT_PERF_MAP=1 does too.
    #[arg(long = "perf-map")]
    perf_map: bool,
    /// Write a perf jitdump file (jit-<pid>.dump in $JITDUMPDIR, else ~/.debug/jit) for
    /// `perf record -k 1` + `perf inject --jit`; $JIT_JITDUMP=1 does too.
    #[arg(long)]
    jitdump: bool,
    /// Register the code with GDB's JIT interface (symbols, source lines and variables for
    /// gdb and LLDB); on by default, as in lli; $JIT_GDB=0 turns the default off.
    #[arg(long, value_name = "on|off")]
    gdb: Option<Switch>,
    /// Memory manager of the native engine: NAME[:key=value,...] (see `jit managers`).
    /// Without it (and without --mm-plugin), $JIT_MEMORY_MANAGER_PLUGIN or
    /// $JIT_MEMORY_MANAGER choose.
    #[arg(long = "mm", conflicts_with = "memory_manager_plugin")]
    memory_manager: Option<String>,
    /// Memory manager loaded from a plugin: PATH.so[:CONFIG] (see docs/plugin-abi.md).
    #[arg(long = "mm-plugin")]
    memory_manager_plugin: Option<String>,
    /// Another module (.ll or bitcode) to load beside FILE; may be repeated.
    #[arg(long = "extra-module", value_name = "FILE")]
    extra_modules: Vec<PathBuf>,
    /// An ELF object to load beside FILE (mcjit engine); may be repeated.
    #[arg(long = "extra-object", value_name = "FILE.o")]
    extra_objects: Vec<PathBuf>,
    /// A static archive whose members are loaded when they define a symbol still
    /// undefined; may be repeated.
    #[arg(long = "extra-archive", value_name = "FILE.a")]
    extra_archives: Vec<PathBuf>,
    /// Load the shared library libNAME.so (or libNAME.so.N), found as the dynamic loader
    /// finds libraries, before the program is linked; may be repeated. libc, libm and the
    /// C++ runtime (libstdc++, libgcc_s) need none: they are opened when a name is missing.
    #[arg(short = 'l', value_name = "NAME")]
    libraries: Vec<String>,
    /// Load the shared library at PATH before the program is linked (lli's -load); may be
    /// repeated.
    #[arg(long = "load", value_name = "PATH")]
    load: Vec<PathBuf>,
    /// Run the program in another process, a `jit-executor` (beside this `jit`, else on
    /// PATH; $JIT_EXECUTOR names another command): its crash is reported and this process
    /// survives. The OptLevel is pinned (-O, default 2): no tiering.
    #[arg(long)]
    out_of_process: bool,
    /// The executor command line (implies --out-of-process), for instance
    /// "qemu-aarch64-static -L /usr/aarch64-linux-gnu PATH/jit-executor" to compile AArch64
    /// code here and run it there.
    #[arg(long, value_name = "CMD ARGS", conflicts_with = "connect")]
    executor: Option<String>,
    /// Run the program in a listening executor (`jit-executor --listen ADDR`): unix:PATH or
    /// HOST:PORT (implies --out-of-process).
    #[arg(long, value_name = "ADDR")]
    connect: Option<String>,
    /// Out of process: stop the program after SECS seconds (its executor is killed; exit
    /// status 124).
    #[arg(long, value_name = "SECS")]
    timeout: Option<f64>,
    /// The .ll or bitcode file (or ELF relocatable object) to run.
    file: PathBuf,
    /// Arguments passed to the program's `main`.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(clap::Args)]
struct OptArgs {
    /// The OptLevel pipeline to run (-O0 .. -O3), as `jit run -O` does; it optimizes
    /// `optnone` functions too (clang marks all of them so at -O0).
    #[arg(short = 'O', value_parser = clap::value_parser!(u8).range(0..=3), conflicts_with = "passes")]
    opt_level: Option<u8>,
    /// A pass pipeline in LLVM's syntax (`mem2reg,instcombine,simplifycfg`, `default<O2>`,
    /// `function(sroa,gvn),cgscc(inline)`). Like LLVM, it leaves `optnone` functions alone
    /// unless --ignore-optnone is given.
    #[arg(long)]
    passes: Option<String>,
    /// Optimize `optnone` functions too (with --passes): drops `optnone` and the `noinline`
    /// clang pairs with it at -O0, as -O does.
    #[arg(long)]
    ignore_optnone: bool,
    /// Print each pass with its time to stderr.
    #[arg(long)]
    debug_pass_manager: bool,
    /// Where to write the result (stdout when not given).
    #[arg(short = 'o')]
    output: Option<PathBuf>,
    /// The .ll file.
    file: PathBuf,
}

/// `jit opt`: .ll text → parse, verify → pipeline → .ll text.
fn opt(args: &OptArgs) -> Result<(), String> {
    let display = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file).map_err(|e| format!("{display}: {e}"))?;
    let mut module =
        jit::jit_core::reader::parse_module(&text, &display).map_err(|e| e.to_string())?;
    jit::jit_core::verifier::verify_module(&module).map_err(|e| e.to_string())?;
    let mut options = jit::jit_opt::PassOptions {
        respect_optnone: !args.ignore_optnone,
        debug_logging: args.debug_pass_manager,
        ..Default::default()
    };
    if args.ignore_optnone {
        jit::jit_opt::clear_optnone(&mut module);
    }
    let done = match (&args.passes, args.opt_level) {
        (Some(p), _) => jit::jit_opt::run_passes_with(&mut module, p, &options),
        (None, Some(level)) => {
            options.respect_optnone = false;
            jit::jit_opt::optimize_with(&mut module, level, &options)
        }
        (None, None) => Ok(()),
    };
    done.map_err(|e| e.to_string())?;
    let out = jit::jit_core::printer::print_module(&module);
    match &args.output {
        Some(path) => std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display())),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(out.as_bytes())
                .map_err(|e| format!("stdout: {e}"))
        }
    }
}

/// Whether `jit run` tiers when neither `--tiering` nor `-O` is given.
const TIERING_BY_DEFAULT: bool = true;

/// `on` or `off`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Switch {
    On,
    Off,
}

/// The executor command `--out-of-process` starts: $JIT_EXECUTOR, else `jit-executor`
/// beside this program, else on PATH.
fn default_executor() -> Vec<String> {
    if let Ok(cmd) = std::env::var("JIT_EXECUTOR")
        && !cmd.trim().is_empty()
    {
        return cmd.split_whitespace().map(String::from).collect();
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.join("jit-executor")))
        .filter(|p| p.is_file());
    vec![beside.map_or_else(|| "jit-executor".to_string(), |p| p.display().to_string())]
}

/// The executor `jit run` was asked to use, if any.
fn executor_for(args: &RunArgs) -> Result<Option<jit::Executor>, JitError> {
    let remote = |e: jit::jit_remote::RemoteError| JitError::NotBuilt(e.to_string());
    let exec = if let Some(addr) = &args.connect {
        jit::Executor::connect(addr).map_err(remote)?
    } else if let Some(cmd) = &args.executor {
        let words: Vec<String> = cmd.split_whitespace().map(String::from).collect();
        jit::Executor::launch(&words).map_err(remote)?
    } else if args.out_of_process {
        jit::Executor::launch(&default_executor()).map_err(remote)?
    } else {
        if args.timeout.is_some() {
            return Err(JitError::Input(
                "--timeout needs the program out of process (--out-of-process, --executor or --connect)".into(),
            ));
        }
        return Ok(None);
    };
    if let Some(secs) = args.timeout {
        let limit = std::time::Duration::try_from_secs_f64(secs)
            .ok()
            .filter(|d| !d.is_zero())
            .ok_or_else(|| {
                JitError::Input(format!(
                    "--timeout {secs}: expected a positive number of seconds"
                ))
            })?;
        exec.set_run_timeout(Some(limit));
    }
    Ok(Some(exec))
}

fn run(args: RunArgs) -> Result<i32, JitError> {
    if let Some(executor) = executor_for(&args)? {
        return run_out_of_process(args, executor);
    }
    let object = jit::is_elf_file(&args.file);
    let kind = match &args.engine {
        Some(name) => name.parse()?,
        None if object => EngineKind::Mcjit,
        None => EngineKind::default_for_host(),
    };
    if object && kind != EngineKind::Mcjit {
        return Err(JitError::NotBuilt(format!(
            "{}: an ELF object file runs on the mcjit engine only; the interpreter runs .ll files",
            args.file.display()
        )));
    }
    let tiering = match (args.tiering, args.opt_level) {
        (Some(Switch::On), Some(level)) => {
            return Err(JitError::Input(format!(
                "--tiering=on and -O{level} contradict each other: -O pins one level"
            )));
        }
        (Some(Switch::On), None) => true,
        (Some(Switch::Off), _) | (None, Some(_)) => false,
        (None, None) => TIERING_BY_DEFAULT,
    };
    let threshold = match args.tier_threshold {
        Some(t) => t,
        None => match std::env::var("JIT_TIER_THRESHOLD") {
            Ok(v) => v.parse().ok().filter(|&t| t > 0).ok_or_else(|| {
                JitError::Input(format!(
                    "JIT_TIER_THRESHOLD={v:?}: expected a number of at least 1"
                ))
            })?,
            Err(_) => jit::TierPolicy::default().threshold,
        },
    };
    let mut builder = EngineBuilder::new()
        .kind(kind)
        .perf_map(args.perf_map)
        .jitdump(args.jitdump);
    if let Some(gdb) = args.gdb {
        builder = builder.gdb_registration(gdb == Switch::On);
    }
    builder = builder
        .opt_level(args.opt_level.unwrap_or(0))
        .tiering(tiering.then_some(jit::TierPolicy {
            threshold,
            synchronous: args.tier_sync,
            ..jit::TierPolicy::default()
        }));
    if let Some(mm) = &args.memory_manager {
        builder = builder.memory_manager_by_name(mm);
    } else if let Some(spec) = &args.memory_manager_plugin {
        let (path, config) = jit::plugin::split_plugin_spec(spec);
        builder = builder.memory_manager_plugin_with_config(path, config);
    } else if kind == EngineKind::Mcjit {
        builder = builder.memory_manager_from_env();
    }
    run_program(builder, kind, args)
}

/// `jit run` with the program in an executor: one OptLevel, the native engine.
fn run_out_of_process(args: RunArgs, executor: jit::Executor) -> Result<i32, JitError> {
    if args.engine.as_deref().is_some_and(|e| e != "mcjit") {
        return Err(JitError::Input(
            "an executor runs native code: --engine must be mcjit out of process".into(),
        ));
    }
    if args.tiering == Some(Switch::On) {
        return Err(JitError::Input(
            "--tiering=on needs the code in this process; out of process the OptLevel is pinned (-O, default 2)".into(),
        ));
    }
    if args.memory_manager.is_some() || args.memory_manager_plugin.is_some() {
        return Err(JitError::Input(
            "out of process the executor places the code: choose its manager with `jit-executor --mm NAME`".into(),
        ));
    }
    let builder = EngineBuilder::new()
        .kind(EngineKind::Mcjit)
        .opt_level(args.opt_level.unwrap_or(OUT_OF_PROCESS_OPT_LEVEL))
        .executor(executor);
    run_program(builder, EngineKind::Mcjit, args)
}

/// Runs FILE with its extra inputs and arguments on the engine `builder` makes.
fn run_program(builder: EngineBuilder, kind: EngineKind, args: RunArgs) -> Result<i32, JitError> {
    let mut argv = vec![args.file.display().to_string()];
    argv.extend(args.args);
    let inputs = jit::program::ProgramInputs {
        main: args.file,
        extra_modules: args.extra_modules,
        extra_objects: args.extra_objects,
        extra_archives: args.extra_archives,
        libraries: args.libraries,
        load: args.load,
    };
    jit::program::run_inputs(builder, kind, &inputs, &argv)
}

/// The OptLevel of `jit run --out-of-process` without -O: tiering is not available there,
/// and programs run out of process are the long-running kind more often than not.
const OUT_OF_PROCESS_OPT_LEVEL: u8 = 2;

/// `jit link`: every module read and verified, linked in order into the first, written as
/// bitcode (or text with `-S`).
fn link(files: &[PathBuf], output: &std::path::Path, text: bool) -> Result<(), JitError> {
    let mut modules = files.iter().map(|f| jit::read_module_file(f));
    let Some(first) = modules.next() else {
        return Err(JitError::Input("nothing to link".into()));
    };
    let mut dest = first?;
    for m in modules {
        jit::jit_irlink::link_modules(&mut dest, m?)?;
    }
    jit::jit_core::verifier::verify_module(&dest).map_err(|e| JitError::Verify(e.to_string()))?;
    let bytes = if text {
        jit::jit_core::printer::print_module(&dest).into_bytes()
    } else {
        jit::jit_bitcode::write_module(&dest).map_err(|e| JitError::Input(e.to_string()))?
    };
    std::fs::write(output, bytes).map_err(|source| JitError::Io {
        path: output.display().to_string(),
        source,
    })
}

/// `jit compile`: .ll text or bitcode → backend for `target` → ELF relocatable object, or
/// with `--emit-bc` → bitcode.
fn compile(
    target: Option<&str>,
    opt_level: u8,
    emit_bc: bool,
    file: &std::path::Path,
    output: &std::path::Path,
    time_passes: bool,
) -> Result<(), String> {
    use jit::jit_core::backend::CodegenOptions;
    let start = std::time::Instant::now();
    // The target is checked before the (possibly large) input is read.
    let arch = match target {
        Some(t) if !emit_bc => Some(
            jit::jit_core::Arch::from_triple(t)
                .ok_or_else(|| format!("unknown target `{t}` (use aarch64 or x86_64)"))?,
        ),
        _ => None,
    };
    let module = jit::read_module_file(file).map_err(|e| e.to_string())?;
    let Some(arch) = arch else {
        let bytes = jit::jit_bitcode::write_module(&module).map_err(|e| e.to_string())?;
        return std::fs::write(output, bytes).map_err(|e| format!("{}: {e}", output.display()));
    };
    let read = start.elapsed();
    codegen_dynasm::timing::enable(time_passes);
    let backend = jit::backend_for(arch);
    let obj = backend
        .compile(
            &module,
            &CodegenOptions {
                opt_level,
                ..CodegenOptions::default()
            },
        )
        .map_err(|e| e.to_string())?;
    if time_passes {
        let phases = codegen_dynasm::timing::take();
        let total: std::time::Duration = phases.iter().map(|(_, d)| *d).sum();
        eprintln!("{:>10.3} ms  read and verify", read.as_secs_f64() * 1e3);
        for (phase, d) in phases {
            eprintln!("{:>10.3} ms  {}", d.as_secs_f64() * 1e3, phase.name());
        }
        eprintln!(
            "{:>10.3} ms  code generation in all",
            total.as_secs_f64() * 1e3
        );
    }
    let bytes = codegen_dynasm::elfwrite::write_elf(&obj)?;
    std::fs::write(output, bytes).map_err(|e| format!("{}: {e}", output.display()))
}

/// `jit managers`: one `NAME  DESCRIPTION` line per manager, plugins last.
fn managers(plugins: &[String]) -> Result<(), JitError> {
    let mut rows: Vec<(String, String)> = jit::available_memory_managers()
        .iter()
        .map(|f| (f.name.to_string(), f.description.to_string()))
        .collect();
    for spec in plugins {
        let (path, config) = jit::plugin::split_plugin_spec(spec);
        let m = jit::load_memory_manager_plugin(std::path::Path::new(path), config)?;
        use jit::jit_core::memory::MemoryManager;
        rows.push((
            m.name().to_string(),
            format!("plugin {}: {}", m.path(), m.description()),
        ));
    }
    let width = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (name, description) in rows {
        println!("{name:width$}  {description}");
    }
    Ok(())
}

fn report(e: &JitError) {
    match e {
        // These already read `file:line:col: message`.
        JitError::Parse(_) | JitError::Verify(_) | JitError::Bitcode(_) => eprintln!("{e}"),
        _ => eprintln!("jit: error: {e}"),
    }
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("jit: internal error (a bug in jit, please report it): {info}");
    }));
    let cli = Cli::parse();
    match cli.command {
        Command::Check { file } => match jit::load_module_file(&file) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                report(&e);
                ExitCode::FAILURE
            }
        },
        Command::Compile {
            target,
            opt_level,
            emit_bc,
            file,
            output,
            time_passes,
        } => match compile(
            target.as_deref(),
            opt_level,
            emit_bc,
            &file,
            &output,
            time_passes,
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("jit: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Opt(args) => match opt(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("jit: error: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Link {
            files,
            output,
            text,
        } => match link(&files, &output, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                report(&e);
                ExitCode::FAILURE
            }
        },
        Command::Managers { plugins } => match managers(&plugins) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                report(&e);
                ExitCode::FAILURE
            }
        },
        Command::Run(args) => {
            let runner = std::thread::Builder::new()
                .name("program".into())
                .stack_size(PROGRAM_STACK_BYTES);
            let outcome = runner
                .spawn(move || {
                    // A crash in JIT code is reported (function, source line, JIT frames)
                    // before the process dies of the signal; `JIT_CRASH_REPORT=0` turns it
                    // off.
                    if let Err(e) = jit::crash::install() {
                        eprintln!("jit: warning: {e}");
                    }
                    run(*args)
                })
                .map(|h| h.join());
            match outcome {
                Ok(Ok(Ok(code))) => {
                    // `exit` (not a return from `main`) so libc flushes the program's stdio
                    // buffers exactly as a native process would.
                    std::process::exit(code)
                }
                Ok(Ok(Err(JitError::Engine(EngineError::Killed { signal })))) => {
                    // Out of process: this process survived the program's death.
                    let name = jit::jit_core::engine::signal_name(signal).unwrap_or("unknown");
                    eprintln!("jit: program killed by signal {signal} ({name})");
                    std::process::exit(128 + signal)
                }
                Ok(Ok(Err(JitError::Engine(EngineError::TimedOut(limit))))) => {
                    eprintln!(
                        "jit: program stopped after {:.3} s (--timeout)",
                        limit.as_secs_f64()
                    );
                    ExitCode::from(124)
                }
                Ok(Ok(Err(e))) => {
                    report(&e);
                    ExitCode::FAILURE
                }
                Ok(Err(_panic)) => ExitCode::from(101),
                Err(e) => {
                    eprintln!("jit: error: cannot start the program thread: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
