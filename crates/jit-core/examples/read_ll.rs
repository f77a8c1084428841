//! Reads `.ll` files and reports what the reader made of them (a debugging aid).

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        let t = std::time::Instant::now();
        match jit_core::parse_module(&src, &path) {
            Ok(m) => {
                let insts: usize = m
                    .functions
                    .values()
                    .filter_map(|f| f.body.as_ref())
                    .map(|b| b.insts.len())
                    .sum();
                let secs = t.elapsed().as_secs_f64();
                println!(
                    "{path}: ok: {} functions, {} globals, {insts} instructions, {:.1} MB/s",
                    m.functions.len(),
                    m.globals.len(),
                    src.len() as f64 / secs / 1e6
                );
            }
            Err(e) => {
                println!("{e}");
                failed = true;
            }
        }
    }
    std::process::exit(i32::from(failed));
}
