//! Prints a `.ll` file with its vector operations scalarized: `legalize FILE.ll`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: legalize FILE.ll");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let module = jit_core::parse_module(&src, &path).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    match jit_legalize::legalize(&module) {
        Ok(m) => print!("{}", jit_core::printer::print_module(&m)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    }
}
