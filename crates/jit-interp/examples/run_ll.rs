//! Runs a `.ll` file's `main` on the interpreter, like `lli`: `run_ll FILE.ll [ARGS...]`.
//! The process exits with the program's exit code (used by the corpus tests).

use jit_core::ExecutionEngine;
use jit_interp::Interpreter;

fn run() -> Result<i32, String> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: run_ll FILE.ll [ARGS...]")?;
    let src = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let module = jit_core::reader::parse_module(&src, &path).map_err(|e| format!("{e}"))?;
    let mut engine = Interpreter::try_new().map_err(|e| e.to_string())?;
    engine.add_module(module).map_err(|e| e.to_string())?;
    let mut argv = vec![path.clone()];
    argv.extend(args);
    let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    engine.run_main(&argv, &env).map_err(|e| e.to_string())
}

fn main() {
    // A big stack for the parser and for callbacks nested in native code.
    let child = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("spawn the interpreter thread");
    match child.join() {
        Ok(Ok(code)) => std::process::exit(code),
        Ok(Err(e)) => {
            eprintln!("run_ll: {e}");
            std::process::exit(70);
        }
        Err(_) => {
            eprintln!("run_ll: the interpreter panicked");
            std::process::exit(71);
        }
    }
}
