//! Generated compile-time workloads, as `.ll` text every engine parses itself: many small
//! functions, one long straight-line function, and deeply nested control flow. They use only
//! integers, calls, branches and phis, so every peer can compile them.

use std::fmt::Write as _;

/// A generated module: its name, text, the function whose address finishes a compile, and
/// how many functions it defines.
pub struct Generated {
    pub name: String,
    pub text: String,
    pub symbol: String,
    pub functions: usize,
}

/// `n` small functions, each calling the previous one on one branch, so the last reaches
/// every other one and linking has work to do.
pub fn functions(n: usize) -> Generated {
    let mut text = String::new();
    text.push_str("define i32 @f0(i32 %x) {\n  %r = add i32 %x, 1\n  ret i32 %r\n}\n");
    for i in 1..n {
        let _ = write!(
            text,
            "define i32 @f{i}(i32 %x) {{\nentry:\n  %c = icmp slt i32 %x, {i}\n  br i1 %c, label %a, label %b\n\
             a:\n  %y = mul i32 %x, 3\n  %z = call i32 @f{p}(i32 %y)\n  ret i32 %z\n\
             b:\n  %w = sub i32 %x, {i}\n  ret i32 %w\n}}\n",
            p = i - 1
        );
    }
    Generated {
        name: format!("functions_{n}"),
        text,
        symbol: format!("f{}", n - 1),
        functions: n,
    }
}

/// One function of `n` dependent integer instructions in a single block.
pub fn straight_line(n: usize) -> Generated {
    let mut text = String::from("define i64 @straight(i64 %a, i64 %b) {\nentry:\n");
    let _ = writeln!(text, "  %v0 = add i64 %a, %b");
    let _ = writeln!(text, "  %v1 = xor i64 %a, %v0");
    for i in 2..n {
        let op = ["add", "xor", "mul", "sub", "or", "and"][i % 6];
        let _ = writeln!(text, "  %v{i} = {op} i64 %v{}, %v{}", i - 1, i - 2);
    }
    let _ = writeln!(text, "  ret i64 %v{}\n}}", n - 1);
    Generated {
        name: format!("straight_line_{n}"),
        text,
        symbol: "straight".to_string(),
        functions: 1,
    }
}

/// One function with `depth` nested if/else diamonds (3 blocks and a phi per level).
pub fn deep_control_flow(depth: usize) -> Generated {
    let mut text = String::from("define i64 @deep(i64 %x) {\nentry:\n  br label %h0\n");
    for i in 0..depth {
        let then = if i + 1 < depth {
            format!("h{}", i + 1)
        } else {
            "inner".to_string()
        };
        let _ = write!(
            text,
            "h{i}:\n  %c{i} = icmp sgt i64 %x, {i}\n  br i1 %c{i}, label %{then}, label %e{i}\n\
             e{i}:\n  %a{i} = add i64 %x, {i}\n  br label %j{i}\n"
        );
    }
    let _ = writeln!(
        text,
        "inner:\n  %r{depth} = mul i64 %x, 3\n  br label %j{}",
        depth - 1
    );
    for i in (0..depth).rev() {
        let from = if i + 1 < depth {
            format!("j{}", i + 1)
        } else {
            "inner".to_string()
        };
        let _ = writeln!(
            text,
            "j{i}:\n  %r{i} = phi i64 [ %r{n}, %{from} ], [ %a{i}, %e{i} ]",
            n = i + 1
        );
        if i == 0 {
            let _ = writeln!(text, "  ret i64 %r0\n}}");
        } else {
            let _ = writeln!(text, "  br label %j{}", i - 1);
        }
    }
    Generated {
        name: format!("deep_control_flow_{depth}"),
        text,
        symbol: "deep".to_string(),
        functions: 1,
    }
}

/// The generated set: 1, 100 and (unless `quick`) 10,000 functions, a 10,000-instruction
/// straight line and 1,000 nested diamonds.
pub fn all(quick: bool) -> Vec<Generated> {
    let mut v = vec![functions(1), functions(100)];
    if !quick {
        v.push(functions(10_000));
    }
    v.push(straight_line(if quick { 1_000 } else { 10_000 }));
    v.push(deep_control_flow(if quick { 100 } else { 1_000 }));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_modules_parse_and_verify() {
        for g in all(true).into_iter().chain([functions(3)]) {
            jit::load_module_str(&g.text, &g.name).unwrap_or_else(|e| panic!("{}: {e}", g.name));
        }
    }

    #[test]
    fn generated_modules_compute_what_they_should() {
        let run = |g: &Generated, args: &[i64]| -> i64 {
            let m = jit::load_module_str(&g.text, &g.name).unwrap();
            let mut e = jit::EngineBuilder::new()
                .kind(jit::EngineKind::Mcjit)
                .build_mcjit()
                .unwrap();
            jit::jit_core::ExecutionEngine::add_module(&mut e, m).unwrap();
            let addr = e.get_function_address(&g.symbol).unwrap() as usize;
            // SAFETY: the symbols have the signatures used here.
            unsafe {
                match args {
                    [a] => std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(addr)(*a),
                    [a, b] => {
                        std::mem::transmute::<usize, extern "C" fn(i64, i64) -> i64>(addr)(*a, *b)
                    }
                    _ => unreachable!(),
                }
            }
        };
        // Deep: x > every level index → innermost `x * 3`; x = 2 → else branch at level 2.
        assert_eq!(run(&deep_control_flow(10), &[50]), 150);
        assert_eq!(run(&deep_control_flow(10), &[2]), 4);
        let mut v = vec![3i64, 3 ^ 1];
        for i in 2..20 {
            let (x, y) = (v[i - 1], v[i - 2]);
            v.push(match i % 6 {
                0 => x.wrapping_add(y),
                1 => x ^ y,
                2 => x.wrapping_mul(y),
                3 => x.wrapping_sub(y),
                4 => x | y,
                _ => x & y,
            });
        }
        assert_eq!(run(&straight_line(20), &[1, 2]), v[19]);
    }
}
