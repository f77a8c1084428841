//! `jit`: runs `.ll` programs the way `lli` does, and checks them.
//!
//! `jit run FILE.ll ARGS...` runs `main` with ARGS and exits with its code (or the `exit()`
//! code); the program's output is its own. `jit check FILE.ll` parses and verifies. Bad input
//! is one clear message on stderr and exit code 1, never a panic backtrace.

use clap::{Parser, Subcommand};
use jit::{EngineBuilder, EngineKind, JitError};
use std::path::PathBuf;
use std::process::ExitCode;

/// Stack for the thread that runs the program: deep recursion in C programs is common and
/// the interpreter's native frames (FFI callbacks) use it too.
const PROGRAM_STACK_BYTES: usize = 1 << 30;

#[derive(Parser)]
#[command(name = "jit", version, about = "Runs LLVM IR (.ll) programs, like lli")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run `main` of a .ll file with the given arguments.
    Run(RunArgs),
    /// Parse and verify a .ll file; print problems as FILE:LINE:COL: message.
    Check {
        /// The .ll file.
        file: PathBuf,
    },
}

#[derive(clap::Args)]
struct RunArgs {
    /// Execution engine: `interp` (reference interpreter) or `mcjit` (native).
    #[arg(long, default_value = "interp")]
    engine: String,
    /// Optimisation level of the native engine (-O0 .. -O3).
    #[arg(short = 'O', default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=3))]
    opt_level: u8,
    /// Memory manager of the native engine, by name.
    #[arg(long = "mm")]
    memory_manager: Option<String>,
    /// The .ll file to run.
    file: PathBuf,
    /// Arguments passed to the program's `main`.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn run(args: RunArgs) -> Result<i32, JitError> {
    let kind: EngineKind = args.engine.parse()?;
    let mut builder = EngineBuilder::new().kind(kind).opt_level(args.opt_level);
    if let Some(mm) = &args.memory_manager {
        builder = builder.memory_manager_by_name(mm);
    }
    let mut engine = builder.build()?;
    let module = jit::load_module_file(&args.file)?;
    let mut argv = vec![args.file.display().to_string()];
    argv.extend(args.args);
    jit::run_program(engine.as_mut(), module, &argv)
}

fn report(e: &JitError) {
    match e {
        // These already read `file:line:col: message`.
        JitError::Parse(_) | JitError::Verify(_) => eprintln!("{e}"),
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
        Command::Run(args) => {
            let runner = std::thread::Builder::new()
                .name("program".into())
                .stack_size(PROGRAM_STACK_BYTES);
            let outcome = runner.spawn(move || run(args)).map(|h| h.join());
            match outcome {
                Ok(Ok(Ok(code))) => {
                    // `exit` (not a return from `main`) so libc flushes the program's stdio
                    // buffers exactly as a native process would.
                    std::process::exit(code)
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
