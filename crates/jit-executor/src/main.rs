//! `jit-executor`: runs JIT code for a jit host in this process (see the library's
//! documentation and `--help`).

use jit_executor::{Options, USAGE};
use std::process::ExitCode;

fn main() -> ExitCode {
    // `std::env::args` would panic on an argument that is not UTF-8.
    let args: Result<Vec<String>, _> = std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect();
    let Ok(args) = args else {
        eprintln!("jit-executor: an argument is not UTF-8 (see --help)");
        return ExitCode::from(2);
    };
    let options = match Options::parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("jit-executor: {e}");
            return ExitCode::from(e.exit_code());
        }
    };
    if options.help {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let e = jit_executor::run(&options);
    eprintln!("jit-executor: {e}");
    ExitCode::from(e.exit_code())
}
