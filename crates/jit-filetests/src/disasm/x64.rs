//! x86-64 code as Intel-syntax text (`iced-x86`), with the backend's jump tables shown as
//! data.
//!
//! A jump table lives inside the code: `lea t, [rip+TABLE]`, `movsxd r, [t + i*4]` ...
//! `jmp r`, then (aligned) one `i32` per entry, each the target's distance from the table
//! start. The table is found from that sequence (a `lea` of a block's address followed by a
//! `jmp` without the table load is an `indirectbr`, not a table); its length is the bound of
//! the `cmp r, N` range check before it (N + 1 entries), or, without one, runs up to the
//! first target that lies after the table.

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Mnemonic, OpKind};

use super::Line;

/// Decodes a whole function.
pub fn decode(bytes: &[u8]) -> Vec<Line> {
    let mut formatter = IntelFormatter::new();
    let options = formatter.options_mut();
    options.set_hex_prefix("0x");
    options.set_hex_suffix("");
    options.set_uppercase_hex(false);
    options.set_branch_leading_zeros(false);
    options.set_leading_zeros(false);
    options.set_space_after_operand_separator(true);
    options.set_rip_relative_addresses(false);
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut lines = Vec::new();
    let mut tables: Vec<(u64, Option<u64>)> = Vec::new();
    // A `lea` of an address after the current instruction, its register, and whether a
    // table load through that register followed.
    let mut pending_table: Option<(u64, iced_x86::Register, bool)> = None;
    let mut last_bound: Option<u64> = None;
    let mut text = String::new();
    while decoder.can_decode() {
        let ip = decoder.ip();
        if let Some(&(start, bound)) = tables.iter().find(|(start, _)| *start == ip) {
            let end = table_entries(bytes, start, bound, &mut lines);
            if end as usize >= bytes.len() {
                break;
            }
            // `set_position` only fails beyond the end, excluded just above.
            let _ = decoder.set_position(end as usize);
            decoder.set_ip(end);
            continue;
        }
        let ins: Instruction = decoder.decode();
        text.clear();
        formatter.format(&ins, &mut text);
        lines.push(Line {
            offset: ins.ip(),
            len: ins.len() as u64,
            text: text.clone(),
        });
        if ins.mnemonic() == Mnemonic::Cmp && ins.op_count() == 2 && is_immediate(ins.op1_kind()) {
            last_bound = Some(ins.immediate(1));
        }
        if ins.mnemonic() == Mnemonic::Lea && ins.is_ip_rel_memory_operand() {
            let target = ins.ip_rel_memory_address();
            pending_table = (target > ins.ip() && target < bytes.len() as u64).then_some((
                target,
                ins.op0_register(),
                false,
            ));
        }
        if ins.mnemonic() == Mnemonic::Movsxd
            && let Some((_, base, loaded)) = &mut pending_table
            && ins.op1_kind() == OpKind::Memory
            && ins.memory_base() == *base
        {
            *loaded = true;
        }
        if ins.mnemonic() == Mnemonic::Jmp
            && ins.op0_kind() == OpKind::Register
            && let Some((start, _, true)) = pending_table.take()
            && start >= ins.next_ip()
            && !tables.iter().any(|(s, _)| *s == start)
        {
            tables.push((start, last_bound.take()));
        }
    }
    lines
}

fn is_immediate(kind: OpKind) -> bool {
    matches!(
        kind,
        OpKind::Immediate8
            | OpKind::Immediate16
            | OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate8to16
            | OpKind::Immediate8to32
            | OpKind::Immediate8to64
            | OpKind::Immediate32to64
    )
}

/// Lists the table at `start` and returns where code resumes.
fn table_entries(bytes: &[u8], start: u64, bound: Option<u64>, lines: &mut Vec<Line>) -> u64 {
    let mut at = start;
    let mut first_after: u64 = bytes.len() as u64;
    let mut count = 0u64;
    loop {
        let stop = match bound {
            Some(n) => count > n,
            None => at >= first_after,
        };
        let Some(entry) = bytes.get(at as usize..at as usize + 4) else {
            break;
        };
        if stop {
            break;
        }
        let distance = i32::from_le_bytes(entry.try_into().expect("four bytes"));
        let target = start.wrapping_add_signed(i64::from(distance));
        if target > start {
            first_after = first_after.min(target);
        }
        lines.push(Line {
            offset: at,
            len: 4,
            text: format!(".jump {target:#06x}"),
        });
        at += 4;
        count += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_and_a_jump_table() {
        // lea rcx, [rip+5]; movsxd rax, [rcx+rax*4]; add rax, rcx; jmp rax; (pad) table of
        // two entries; ret. The `lea` points at the table start (offset 0x10), printed as that
        // offset.
        let mut code = vec![0x48, 0x8d, 0x0d, 0x09, 0, 0, 0]; // lea rcx, [rip+9] -> 0x10
        code.extend([0x48, 0x63, 0x04, 0x81]); // movsxd rax, dword [rcx+rax*4]
        code.extend([0x48, 0x01, 0xc8]); // add rax, rcx
        code.extend([0xff, 0xe0]); // jmp rax
        assert_eq!(code.len(), 0x10);
        code.extend(8i32.to_le_bytes()); // -> 0x18
        code.extend(8i32.to_le_bytes());
        code.push(0xc3); // ret at 0x18
        let lines: Vec<String> = decode(&code)
            .iter()
            .map(|l| format!("{:04x} {}", l.offset, l.text))
            .collect();
        assert_eq!(
            lines,
            [
                "0000 lea rcx, [0x10]",
                "0007 movsxd rax, [rcx+rax*4]",
                "000b add rax, rcx",
                "000e jmp rax",
                "0010 .jump 0x0018",
                "0014 .jump 0x0018",
                "0018 ret"
            ]
        );
    }
}
