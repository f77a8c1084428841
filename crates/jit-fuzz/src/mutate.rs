//! The text mutator for the `.ll` reader: byte flips, tokens from a dictionary of `.ll`
//! keywords inserted or written over, ranges deleted or duplicated, lines swapped, numbers
//! replaced by boundary values, and splices of two corpus files (the head of one, the
//! tail of another). One to four mutations per mutant, all drawn from the caller's [`Rng`].

use crate::rng::Rng;

/// Words of the `.ll` language (types, instructions, attributes, punctuation) that
/// mutations insert.
pub const DICTIONARY: &[&str] = &[
    "define",
    "declare",
    "global",
    "constant",
    "internal",
    "private",
    "weak",
    "linkonce_odr",
    "i1",
    "i8",
    "i32",
    "i64",
    "i128",
    "i0",
    "i65536",
    "float",
    "double",
    "half",
    "x86_fp80",
    "fp128",
    "ptr",
    "void",
    "label",
    "metadata",
    "opaque",
    "type",
    "<4 x i32>",
    "<vscale x 2 x",
    "[0 x i8]",
    "{ i32, ptr }",
    "%struct.S",
    "add",
    "sub",
    "mul",
    "sdiv",
    "udiv",
    "shl",
    "fadd",
    "fneg",
    "icmp",
    "fcmp",
    "eq",
    "slt",
    "oeq",
    "uno",
    "select",
    "phi",
    "br",
    "switch",
    "indirectbr",
    "ret",
    "unreachable",
    "call",
    "invoke",
    "landingpad",
    "alloca",
    "load",
    "store",
    "getelementptr",
    "inbounds",
    "extractvalue",
    "insertvalue",
    "extractelement",
    "shufflevector",
    "bitcast",
    "trunc",
    "zext",
    "sext",
    "inttoptr",
    "atomicrmw",
    "cmpxchg",
    "fence",
    "seq_cst",
    "align",
    "nsw",
    "nuw",
    "exact",
    "undef",
    "poison",
    "null",
    "zeroinitializer",
    "true",
    "false",
    "blockaddress",
    "dso_local",
    "noundef",
    "nonnull",
    "#0",
    "!0",
    "!dbg",
    "!{",
    "!DILocation(",
    "distinct",
    "...",
    "c\"\\00\"",
    "0x7FF8000000000000",
    "%0",
    "%1",
    "@main",
    "@0",
    "entry:",
    "label %",
    "to",
    "x",
    ",",
    "=",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "*",
    "\n",
    " ",
    "\"",
    "'",
    ";",
    "\\",
];

/// Numbers that hit limits.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "65535",
    "2147483647",
    "-2147483648",
    "4294967296",
    "9223372036854775807",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "99999999999999999999999999999999",
    "1e400",
    "0x",
    "0xK",
    "0xFFFFFFFFFFFFFFFFFFFF",
];

/// One mutant of `src`; `other` is a second corpus file for splicing.
pub fn mutate_text(src: &[u8], other: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        if v.is_empty() {
            v.extend_from_slice(rng.pick(DICTIONARY).as_bytes());
            continue;
        }
        let at = rng.below(v.len() + 1);
        match rng.below(9) {
            0 => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 => {
                let w = rng.pick(DICTIONARY).as_bytes();
                v.splice(at..at, w.iter().copied());
            }
            2 => {
                // A token written over: up to the next space.
                let end = v[at..]
                    .iter()
                    .position(|&b| b == b' ' || b == b'\n')
                    .map_or(v.len(), |n| at + n);
                let w = rng.pick(DICTIONARY).as_bytes();
                v.splice(at..end, w.iter().copied());
            }
            3 => {
                let end = (at + 1 + rng.below(48)).min(v.len());
                v.drain(at.min(end)..end);
            }
            4 => {
                let end = (at + 1 + rng.below(96)).min(v.len());
                let chunk = v[at.min(end)..end].to_vec();
                let to = rng.below(v.len() + 1);
                v.splice(to..to, chunk);
            }
            5 => {
                let text = String::from_utf8_lossy(&v).into_owned();
                let mut lines: Vec<&str> = text.split('\n').collect();
                if lines.len() > 2 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                }
                v = lines.join("\n").into_bytes();
            }
            6 => {
                // A run of digits replaced by a boundary value.
                if let Some(start) = v[at.min(v.len())..].iter().position(u8::is_ascii_digit) {
                    let start = at + start;
                    let end = v[start..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .map_or(v.len(), |n| start + n);
                    let w = rng.pick(NUMBERS).as_bytes();
                    v.splice(start..end, w.iter().copied());
                }
            }
            7 if !other.is_empty() => {
                // Splice: our head, the other file's tail, cut at line starts.
                let cut = line_start(&v, at);
                let from = line_start(other, rng.below(other.len()));
                v.truncate(cut);
                v.extend_from_slice(&other[from..]);
            }
            _ => v.truncate(at),
        }
    }
    v
}

fn line_start(v: &[u8], at: usize) -> usize {
    let at = at.min(v.len());
    v[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_changes_the_input() {
        let src = b"define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n";
        let mut changed = 0;
        for seed in 0..64 {
            let a = mutate_text(src, b"declare void @g()\n", &mut Rng::new(seed));
            let b = mutate_text(src, b"declare void @g()\n", &mut Rng::new(seed));
            assert_eq!(a, b);
            changed += usize::from(a != src);
        }
        assert!(changed > 50);
        assert!(!mutate_text(b"", b"", &mut Rng::new(1)).is_empty());
    }
}
