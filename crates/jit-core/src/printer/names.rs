//! Names and strings: when a name needs quotes, and LLVM's escapes inside quotes.

use std::fmt::{self, Write};

/// True when a name can be written without quotes: only `[-a-zA-Z$._0-9]`, not empty, and
/// (unless `digits_ok` and it is all digits) not starting with a digit.
fn is_plain_name(name: &str, digits_ok: bool) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'$' | b'.' | b'_'))
        && (!b[0].is_ascii_digit() || (digits_ok && b.iter().all(u8::is_ascii_digit)))
}

/// Writes a function-local name (`%x`, `%"a b"`, or a label without sigil). Unlike
/// [`write_local_name`](crate::ir::write_local_name), a name made only of digits is quoted
/// too: unquoted it would read back as a numbered value.
pub(super) fn write_local(out: &mut impl Write, sigil: Option<char>, name: &str) -> fmt::Result {
    if let Some(s) = sigil {
        out.write_char(s)?;
    }
    if is_plain_name(name, false) {
        out.write_str(name)
    } else {
        write_quoted_bytes(out, name.as_bytes())
    }
}

/// Writes `"text"` with LLVM's escapes (`\22`, `\5C` and non-printable bytes as `\XX`).
pub(super) fn write_quoted_bytes(out: &mut impl Write, bytes: &[u8]) -> fmt::Result {
    out.write_char('"')?;
    write_escaped(out, bytes)?;
    out.write_char('"')
}

fn write_escaped(out: &mut impl Write, bytes: &[u8]) -> fmt::Result {
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' || b == b'\\' || !(0x20..0x7f).contains(&b) {
            if start < i {
                // The run holds only printable ASCII, so it is valid UTF-8.
                out.write_str(std::str::from_utf8(&bytes[start..i]).unwrap_or(""))?;
            }
            write!(out, "\\{b:02X}")?;
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.write_str(std::str::from_utf8(&bytes[start..]).unwrap_or(""))?;
    }
    Ok(())
}
