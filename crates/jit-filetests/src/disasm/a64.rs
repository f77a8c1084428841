//! AArch64 code as text (`yaxpeax-arm`): one 32-bit word per line; words that are no
//! instruction print as `.inst 0x...`. PC-relative branch targets print as offsets in the
//! function (like the x86-64 listing), `adrp` keeps its page distance.

use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Opcode};

use super::Line;

/// Decodes a whole function.
pub fn decode(bytes: &[u8]) -> Vec<Line> {
    let decoder = InstDecoder::default();
    bytes
        .chunks(4)
        .enumerate()
        .map(|(i, word)| {
            let offset = 4 * i as u64;
            let text = match decoder.decode(&mut U8Reader::new(word)) {
                Ok(ins) if ins.opcode == Opcode::ADRP => ins.to_string(),
                Ok(ins) => absolute_targets(&ins.to_string(), offset),
                Err(_) if word.len() == 4 => {
                    format!(
                        ".inst {:#010x}",
                        u32::from_le_bytes(word.try_into().expect("4 bytes"))
                    )
                }
                Err(_) => format!(".byte {word:02x?}"),
            };
            Line {
                offset,
                len: word.len() as u64,
                text,
            }
        })
        .collect()
}

/// Rewrites `$+0x10` / `$-0x8` (relative to the instruction at `pc`) as the target's offset.
fn absolute_targets(text: &str, pc: u64) -> String {
    let Some(at) = text.find('$') else {
        return text.to_string();
    };
    let rest = &text[at + 1..];
    let (negative, digits) = match rest.as_bytes().first() {
        Some(b'+') => (false, &rest[1..]),
        Some(b'-') => (true, &rest[1..]),
        _ => return text.to_string(),
    };
    let hex = digits.strip_prefix("0x").unwrap_or(digits);
    let len = hex.bytes().take_while(u8::is_ascii_hexdigit).count();
    let Ok(distance) = u64::from_str_radix(&hex[..len], 16) else {
        return text.to_string();
    };
    let target = if negative {
        pc.wrapping_sub(distance)
    } else {
        pc.wrapping_add(distance)
    };
    let consumed = 1 + 1 + (digits.len() - hex.len()) + len;
    format!("{}{target:#06x}{}", &text[..at], &text[at + consumed..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_branch_targets() {
        let words: [u32; 4] = [
            0xd65f_03c0, // ret
            0x1400_0002, // b +8 -> 0x0c
            0x17ff_ffff, // b -4 -> 0x04
            0xffff_ffff, // no instruction
        ];
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let lines: Vec<String> = decode(&bytes)
            .iter()
            .map(|l| format!("{:04x} {}", l.offset, l.text))
            .collect();
        assert_eq!(
            lines,
            [
                "0000 ret",
                "0004 b 0x000c",
                "0008 b 0x0004",
                "000c .inst 0xffffffff"
            ]
        );
    }
}
