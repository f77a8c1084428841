//! `cargo run -p jit-bitcode --example bcdis FILE.bc [-o OUT.bc]`: prints a bitcode (or
//! `.ll`) file as `.ll` text through the jit reader and printer (a debugging aid, like
//! `llvm-dis`), or with `-o` writes it as bitcode through the jit writer.

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
    let out = std::env::args()
        .nth(3)
        .filter(|_| std::env::args().nth(2).as_deref() == Some("-o"));
    match module {
        Ok(m) => match out {
            Some(out) => match jit_bitcode::write_module(&m) {
                Ok(bytes) => std::fs::write(out, bytes).unwrap_or_else(|e| eprintln!("{e}")),
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(1);
                }
            },
            None => print!("{}", jit_core::printer::print_module(&m)),
        },
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
