//! `cargo run -p jit-bitcode --example bcdis FILE.bc`: prints a bitcode (or `.ll`) file as `.ll`
//! text through the jit reader and printer (a debugging aid, like `llvm-dis`).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bcdis FILE.bc");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let module = if jit_bitcode::is_bitcode(&bytes) {
        jit_bitcode::read_module(&bytes, &path).map_err(|e| e.to_string())
    } else {
        let text = String::from_utf8_lossy(&bytes);
        jit_core::reader::parse_module(&text, &path).map_err(|e| e.to_string())
    };
    match module {
        Ok(m) => print!("{}", jit_core::printer::print_module(&m)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
