//! Template substitution and the text given to the assembler.
//!
//! LLVM's template language: `$N` and `${N:m}` print operand N (with modifier `m`), `$$`
//! is a dollar sign, `${:uid}` a number unique to the asm instance, `${:comment}` the
//! comment leader, `${:private}` the private label prefix, and `$(a$|b$)` picks the
//! alternative of the dialect in use (AT&T first, Intel second). Operands print the way
//! LLVM's x86 (AT&T and Intel) and AArch64 printers print them.

use crate::bind::{Binding, Loc, Operand, X86_RDI, X86_RSP};
use crate::{AsmError, Isa, shown};
use jit_core::ir::InlineAsm;
use std::fmt::Write;

const X86_Q: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];
const X86_D: [&str; 16] = [
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d",
    "r13d", "r14d", "r15d",
];
const X86_W: [&str; 16] = [
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w",
    "r14w", "r15w",
];
const X86_B: [&str; 16] = [
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b",
    "r13b", "r14b", "r15b",
];
const X86_H: [&str; 4] = ["ah", "ch", "dh", "bh"];

/// The instance number `${:uid}` prints. Every snippet is assembled on its own, so one
/// fixed number keeps labels unique within it and lets equal sites share a cache entry.
const UID: u32 = 0;

/// Substitutes the operands of `binding` into `asm`'s template.
pub fn substitute(asm: &InlineAsm, isa: Isa, binding: &Binding) -> Result<String, AsmError> {
    let bad = |reason: String| AsmError::Template {
        template: shown(&asm.template),
        reason,
    };
    let intel = asm.intel_dialect;
    let t = asm.template.as_str();
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len() + 32);
    // Dialect alternatives: which `$|`-separated part of a `$( ... $)` group we are in.
    let mut alt: Option<usize> = None;
    let wanted = usize::from(intel);
    let mut i = 0;
    while i < b.len() {
        let emitting = alt.is_none_or(|a| a == wanted);
        if b[i] != b'$' {
            let ch_len = t[i..].chars().next().map_or(1, char::len_utf8);
            if emitting {
                out.push_str(&t[i..i + ch_len]);
            }
            i += ch_len;
            continue;
        }
        let Some(&next) = b.get(i + 1) else {
            return Err(bad("a lone '$' at the end".into()));
        };
        match next {
            b'$' => {
                if emitting {
                    out.push('$');
                }
                i += 2;
            }
            b'(' => {
                alt = Some(0);
                i += 2;
            }
            b'|' => {
                alt = alt.map(|a| a + 1);
                i += 2;
            }
            b')' => {
                alt = None;
                i += 2;
            }
            b'0'..=b'9' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                let n: usize = t[start..j]
                    .parse()
                    .map_err(|_| bad(format!("operand ${} out of range", &t[start..j])))?;
                if emitting {
                    out.push_str(&print(isa, intel, binding, n, None).map_err(&bad)?);
                }
                i = j;
            }
            b'{' => {
                let Some(end) = t[i..].find('}') else {
                    return Err(bad("'${' without a closing '}'".into()));
                };
                let inner = &t[i + 2..i + end];
                i += end + 1;
                if !emitting {
                    continue;
                }
                let (num, modifier) = match inner.split_once(':') {
                    Some((n, m)) => (n, Some(m)),
                    None => (inner, None),
                };
                if num.is_empty() {
                    match modifier {
                        Some("uid") => write!(out, "{UID}").expect("write to String"),
                        Some("comment") => out.push_str(match isa {
                            Isa::X86_64 => "#",
                            Isa::Aarch64 => "//",
                        }),
                        Some("private") => out.push_str(".L"),
                        _ => return Err(bad(format!("unknown template escape '${{{inner}}}'"))),
                    }
                    continue;
                }
                let n: usize = num
                    .parse()
                    .map_err(|_| bad(format!("bad operand reference '${{{inner}}}'")))?;
                out.push_str(&print(isa, intel, binding, n, modifier).map_err(&bad)?);
            }
            other => {
                return Err(bad(format!(
                    "unknown template escape '${}'",
                    char::from(other)
                )));
            }
        }
    }
    Ok(out)
}

/// Prints operand `n` with an optional modifier.
fn print(
    isa: Isa,
    intel: bool,
    binding: &Binding,
    n: usize,
    modifier: Option<&str>,
) -> Result<String, String> {
    let op = binding
        .operands
        .get(n)
        .ok_or_else(|| format!("operand ${n} does not exist"))?;
    let unknown = || format!("modifier '{}' on operand ${n}", modifier.unwrap_or(""));
    match isa {
        Isa::X86_64 => print_x86(intel, binding, op, modifier).ok_or_else(unknown),
        Isa::Aarch64 => print_a64(binding, op, modifier).ok_or_else(unknown),
    }
}

fn print_x86(intel: bool, binding: &Binding, op: &Operand, m: Option<&str>) -> Option<String> {
    let pct = if intel { "" } else { "%" };
    let dollar = if intel { "" } else { "$" };
    let mem = |reg: &str, off: i64| -> String {
        match (intel, off) {
            (false, 0) => format!("(%{reg})"),
            (false, o) => format!("{o}(%{reg})"),
            (true, 0) => format!("[{reg}]"),
            (true, o) => format!("[{reg} + {o}]"),
        }
    };
    Some(match &op.loc {
        Loc::Gpr(r) | Loc::Flag { reg: r, .. } => {
            let r = usize::from(*r);
            let by_size = |bytes: u32| match bytes {
                1 => X86_B[r],
                2 => X86_W[r],
                4 => X86_D[r],
                _ => X86_Q[r],
            };
            let name = match m {
                None | Some("V") | Some("P") | Some("c") => by_size(op.shape.bytes),
                Some("b") => X86_B[r],
                Some("h") => X86_H.get(r)?,
                Some("w") => X86_W[r],
                Some("k") => X86_D[r],
                Some("q") => X86_Q[r],
                Some("a") => return Some(mem(X86_Q[r], 0)),
                _ => return None,
            };
            if m == Some("V") {
                name.to_string()
            } else {
                format!("{pct}{name}")
            }
        }
        Loc::Vec(r) => {
            let prefix = match m {
                None | Some("x") => "xmm",
                Some("t") => "ymm",
                Some("g") => "zmm",
                _ => return None,
            };
            format!("{pct}{prefix}{r}")
        }
        Loc::Imm(v) => match m {
            None => format!("{dollar}{v}"),
            Some("c") | Some("P") | Some("a") => v.to_string(),
            Some("n") => v.wrapping_neg().to_string(),
            _ => return None,
        },
        Loc::Mem(r) => match m {
            None | Some("a") | Some("P") => mem(X86_Q[usize::from(*r)], 0),
            Some("H") => mem(X86_Q[usize::from(*r)], 8),
            _ => return None,
        },
        Loc::BufMem(off) => {
            let base = X86_Q[usize::from(binding.base?)];
            match m {
                None | Some("a") | Some("P") => mem(base, i64::from(*off)),
                Some("H") => mem(base, i64::from(*off) + 8),
                _ => return None,
            }
        }
    })
}

fn print_a64(binding: &Binding, op: &Operand, m: Option<&str>) -> Option<String> {
    let gpr = |r: u8, w: bool| {
        if w { format!("w{r}") } else { format!("x{r}") }
    };
    Some(match &op.loc {
        Loc::Gpr(r) | Loc::Flag { reg: r, .. } => match m {
            None | Some("x") => gpr(*r, false),
            Some("w") => gpr(*r, true),
            _ => return None,
        },
        Loc::Vec(r) => match m {
            None => format!("v{r}"),
            Some(k @ ("b" | "h" | "s" | "d" | "q")) => format!("{k}{r}"),
            _ => return None,
        },
        Loc::Imm(v) => match m {
            None | Some("c") => v.to_string(),
            Some("w") | Some("x") if *v == 0 => {
                if m == Some("w") { "wzr" } else { "xzr" }.to_string()
            }
            _ => return None,
        },
        Loc::Mem(r) => match m {
            None | Some("a") => format!("[x{r}]"),
            _ => return None,
        },
        Loc::BufMem(off) => match m {
            None | Some("a") => format!("[x{}, #{off}]", binding.base?),
            _ => return None,
        },
    })
}

/// The whole text given to the assembler: the prologue that saves callee-saved registers
/// and loads the inputs from the buffer, the substituted template, and the epilogue that
/// stores the outputs and restores what was saved.
pub fn render(asm: &InlineAsm, isa: Isa, binding: &Binding) -> Result<String, AsmError> {
    let body = substitute(asm, isa, binding)?;
    let mut s = String::new();
    let w = &mut s;
    match isa {
        Isa::X86_64 => {
            let q = |r: u8| X86_Q[usize::from(r)];
            w.push_str("\t.text\n");
            for &r in &binding.saved_gprs {
                let _ = writeln!(w, "\tpushq %{}", q(r));
            }
            let _ = writeln!(w, "\tpushq %rdi");
            if let Some(base) = binding.base {
                let _ = writeln!(w, "\tmovq %rdi, %{}", q(base));
            }
            let mut late = None;
            for (off, loc) in &binding.loads {
                match loc {
                    Loc::Gpr(X86_RDI) => late = Some(*off),
                    Loc::Gpr(r) => {
                        let _ = writeln!(w, "\tmovq {off}(%rdi), %{}", q(*r));
                    }
                    Loc::Vec(r) => {
                        let _ = writeln!(w, "\tmovdqu {off}(%rdi), %xmm{r}");
                    }
                    _ => {}
                }
            }
            if let Some(off) = late {
                let _ = writeln!(w, "\tmovq {off}(%rdi), %rdi");
            }
            if asm.intel_dialect {
                w.push_str("\t.intel_syntax noprefix\n");
            }
            w.push_str(&body);
            w.push('\n');
            if asm.intel_dialect {
                w.push_str("\t.att_syntax prefix\n");
            }
            for (cond, r) in &binding.flags {
                let b = X86_B[usize::from(*r)];
                let _ = writeln!(
                    w,
                    "\tset{cond} %{b}\n\tmovzbl %{b}, %{}",
                    X86_D[usize::from(*r)]
                );
            }
            let s = q(binding.scratch);
            let _ = writeln!(w, "\tmovq (%{}), %{s}", X86_Q[usize::from(X86_RSP)]);
            for (loc, off) in &binding.stores {
                match loc {
                    Loc::Gpr(r) => {
                        let _ = writeln!(w, "\tmovq %{}, {off}(%{s})", q(*r));
                    }
                    Loc::Vec(r) => {
                        let _ = writeln!(w, "\tmovdqu %xmm{r}, {off}(%{s})");
                    }
                    _ => {}
                }
            }
            let _ = writeln!(w, "\tleaq 8(%rsp), %rsp");
            for &r in binding.saved_gprs.iter().rev() {
                let _ = writeln!(w, "\tpopq %{}", q(r));
            }
        }
        Isa::Aarch64 => {
            w.push_str("\t.text\n");
            for &r in &binding.saved_gprs {
                let _ = writeln!(w, "\tstr x{r}, [sp, #-16]!");
            }
            for &r in &binding.saved_vecs {
                let _ = writeln!(w, "\tstr d{r}, [sp, #-16]!");
            }
            let _ = writeln!(w, "\tstr x0, [sp, #-16]!");
            if let Some(base) = binding.base {
                let _ = writeln!(w, "\tmov x{base}, x0");
            }
            let mut late = None;
            for (off, loc) in &binding.loads {
                match loc {
                    Loc::Gpr(0) => late = Some(*off),
                    Loc::Gpr(r) => {
                        let _ = writeln!(w, "\tldr x{r}, [x0, #{off}]");
                    }
                    Loc::Vec(r) => {
                        let _ = writeln!(w, "\tldr q{r}, [x0, #{off}]");
                    }
                    _ => {}
                }
            }
            if let Some(off) = late {
                let _ = writeln!(w, "\tldr x0, [x0, #{off}]");
            }
            w.push_str(&body);
            w.push('\n');
            for (cond, r) in &binding.flags {
                let _ = writeln!(w, "\tcset w{r}, {cond}");
            }
            let s = binding.scratch;
            let _ = writeln!(w, "\tldr x{s}, [sp], #16");
            for (loc, off) in &binding.stores {
                match loc {
                    Loc::Gpr(r) => {
                        let _ = writeln!(w, "\tstr x{r}, [x{s}, #{off}]");
                    }
                    Loc::Vec(r) => {
                        let _ = writeln!(w, "\tstr q{r}, [x{s}, #{off}]");
                    }
                    _ => {}
                }
            }
            for &r in binding.saved_vecs.iter().rev() {
                let _ = writeln!(w, "\tldr d{r}, [sp], #16");
            }
            for &r in binding.saved_gprs.iter().rev() {
                let _ = writeln!(w, "\tldr x{r}, [sp], #16");
            }
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bind::bind;
    use crate::{SiteArg, ValueShape};
    use jit_core::ir::parse_constraints;

    fn asm(template: &str, constraints: &str, intel: bool) -> InlineAsm {
        InlineAsm {
            template: template.into(),
            constraint_text: constraints.into(),
            constraints: parse_constraints(constraints).unwrap().into(),
            side_effect: true,
            align_stack: false,
            intel_dialect: intel,
            unwind: false,
        }
    }

    fn shape(bytes: u32) -> ValueShape {
        ValueShape {
            bytes,
            float: false,
        }
    }

    /// Substitutes with every argument and result of the given byte sizes (an argument
    /// "size" of 100 or more is the 4-byte constant `size - 100`).
    fn sub(isa: Isa, t: &str, c: &str, args: &[i64], results: &[u32]) -> String {
        let a = asm(t, c, false);
        let args: Vec<SiteArg> = args
            .iter()
            .map(|&n| {
                if n >= 100 {
                    SiteArg {
                        shape: shape(4),
                        imm: Some(n - 100),
                    }
                } else {
                    SiteArg {
                        shape: shape(n as u32),
                        imm: None,
                    }
                }
            })
            .collect();
        let results: Vec<ValueShape> = results.iter().map(|&n| shape(n)).collect();
        let b = bind(&a, isa, &args, &results).unwrap();
        substitute(&a, isa, &b).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn x86_templates() {
        let x = Isa::X86_64;
        let cases = [
            sub(
                x,
                "cmpq $1,$2\n\tcmova $3,$0",
                "=r,r,r,r,0,~{cc}",
                &[8, 8, 8, 8],
                &[8],
            ),
            sub(x, "bswap $0", "=r,0", &[4], &[4]),
            sub(x, "bsrq $1, $0", "=r,r", &[8], &[8]),
            sub(x, "mulq $3", "={ax},={dx},{ax},r", &[8, 8], &[8, 8]),
            sub(
                x,
                "addq $$1, $0 ; adcq $$0, $1",
                "=r,=r,0,1",
                &[8, 8],
                &[8, 8],
            ),
            sub(x, "xchgl $0, $1", "=r,=*m,0,*m", &[8, 4, 8], &[4]),
            sub(
                x,
                "${0:b} ${0:h} ${0:w} ${0:k} ${0:q} ${0:V}",
                "=r",
                &[],
                &[4],
            ),
            sub(x, "addl $1, $0 # ${1:c} ${1:n}", "=r,i,0", &[105, 4], &[4]),
            sub(
                x,
                "lbl${:uid}: ${:comment} hi $(att$|intel$) $$",
                "",
                &[],
                &[],
            ),
            sub(x, "movl $1, $0", "=r,m", &[4], &[4]),
            sub(x, "${0:h}", "=r,~{rax},~{rcx},~{rdx},~{rbx}", &[], &[4]),
        ];
        insta::assert_snapshot!(cases.join("\n"));
    }

    #[test]
    fn intel_templates() {
        let a = asm("mov $0, $1\n\tadd $0, $2", "=r,r,i", true);
        let args = [
            SiteArg {
                shape: shape(8),
                imm: None,
            },
            SiteArg {
                shape: shape(4),
                imm: Some(3),
            },
        ];
        let b = bind(&a, Isa::X86_64, &args, &[shape(8)]).unwrap();
        insta::assert_snapshot!(render(&a, Isa::X86_64, &b).unwrap());
    }

    #[test]
    fn aarch64_templates() {
        let a = Isa::Aarch64;
        let cases = [
            sub(a, "rbit $0, $1", "=r,r", &[8], &[8]),
            sub(a, "clz ${0:w}, ${1:w}", "=r,r", &[4], &[4]),
            sub(a, "umulh $0, $1, $2", "=r,r,r", &[8, 8], &[8]),
            sub(a, "mrs $0, cntvct_el0", "=r", &[], &[8]),
            sub(
                a,
                "1: ldaxr ${0:w}, $2\n stlxr ${1:w}, ${3:w}, $2\n cbnz ${1:w}, 1b",
                "=&r,=&r,=*Q,r,*Q",
                &[8, 4, 8],
                &[4, 4],
            ),
            sub(
                a,
                "add $0, $1, #$2 ${:comment} x",
                "=r,r,I",
                &[8, 116],
                &[8],
            ),
            sub(a, "mov ${0:w}, ${1:w}", "=r,rZ", &[100], &[4]),
        ];
        insta::assert_snapshot!(cases.join("\n"));
    }

    #[test]
    fn bad_references() {
        let x = Isa::X86_64;
        let cases = [
            sub(x, "mov $3, $0", "=r,r", &[8], &[8]),
            sub(x, "${0:z}", "=r", &[], &[8]),
            sub(x, "${:bogus}", "", &[], &[]),
            sub(x, "a $", "", &[], &[]),
        ];
        insta::assert_snapshot!(cases.join("\n"));
    }

    #[test]
    fn renders_prologue_and_epilogue() {
        let a = asm("cpuid", "={ax},={bx},={cx},={dx},{ax},{cx}", false);
        let args = [SiteArg {
            shape: shape(4),
            imm: None,
        }; 2];
        let b = bind(&a, Isa::X86_64, &args, &[shape(4); 4]).unwrap();
        let x86 = render(&a, Isa::X86_64, &b).unwrap();
        let a = asm(
            "cmp $1, $2\n cset ${0:w}, hi",
            "={@cchi},=r,r,r,~{x20},~{d9}",
            false,
        );
        let args = [SiteArg {
            shape: shape(8),
            imm: None,
        }; 2];
        let b = bind(&a, Isa::Aarch64, &args, &[shape(4), shape(8)]).unwrap();
        let a64 = render(&a, Isa::Aarch64, &b).unwrap();
        insta::assert_snapshot!(format!("{x86}----\n{a64}"));
    }
}
