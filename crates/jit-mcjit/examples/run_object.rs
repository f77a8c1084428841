//! Runs ELF relocatable objects like a program: `run_object a.o [b.o ...] [-- args...]`.
//! Links every object into one engine (no code generator), runs `main` with the given
//! arguments (the first object's path as `argv[0]`) and the process environment, and exits
//! with `main`'s exit code. Engine errors go to stderr with exit code 70.

use jit_core::engine::ExecutionEngine;
use jit_mcjit::Mcjit;

fn run() -> Result<i32, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let (objects, rest) = args.split_at(split);
    let program_args = rest.get(1..).unwrap_or(&[]);
    if objects.is_empty() {
        return Err("usage: run_object a.o [b.o ...] [-- args...]".into());
    }
    let mut engine = Mcjit::builder().build().map_err(|e| e.to_string())?;
    for path in objects {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        engine
            .add_object_file(&bytes, path)
            .map_err(|e| e.to_string())?;
    }
    let mut argv = vec![objects[0].clone()];
    argv.extend(program_args.iter().cloned());
    let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    engine.run_main(&argv, &env).map_err(|e| e.to_string())
}

fn main() {
    match run() {
        Ok(code) => {
            // Flush C stdio before leaving through Rust's exit path.
            // SAFETY: fflush(NULL) flushes every open C stream.
            unsafe { libc::fflush(std::ptr::null_mut()) };
            std::process::exit(code)
        }
        Err(e) => {
            eprintln!("run_object: {e}");
            std::process::exit(70)
        }
    }
}
